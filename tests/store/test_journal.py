"""Journal before send: entries, answers, failures and crash recovery, on both backends."""

from __future__ import annotations

import base64
import datetime
import json
import subprocess
import sys

import pytest
import sqlalchemy as sa

from faceid_console.api.errors import (
    CONNECTION_FAILED,
    INVALID_RESPONSE,
    NETWORK_TIMEOUT,
    ErrorOrigin,
    FaceIDError,
    RefusedField,
)
from faceid_console.api.results import LivenessSessionResult
from faceid_console.store import CallKind, EntryId, EntryStatus, HistoryFilter, HistoryStore, PendingCall
from faceid_console.store.journal import STALE_AFTER, send_journaled, sha256_hex
from faceid_console.store.retention import ImageRetention, RetentionPolicy
from faceid_console.store.schema import calls
from tests.conftest import FIXTURES

VERIFY_PARAMS = {"comparison_type": "1", "idcard_name": "张三", "idcard_number": "11010519491231002x",
                 "face_image_type": "raw_image"}
JPEG = b"\xff\xd8\xff\xe0 not really a photo"


def _fixture(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text("utf-8"))


def test_begin_is_pending_with_identity_and_image_hashes_and_no_secret(store: HistoryStore) -> None:
    entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {**VERIFY_PARAMS, "api_secret": "s3cret", "sign": "x"},
                                {"image": JPEG}, base_url="https://api.megvii.com")
    got = store.history.entry(entry)
    assert got is not None
    assert got.status is EntryStatus.PENDING and got.outcome_unknown
    assert got.idcard_number == "11010519491231002X" and got.idcard_name == "张三"
    assert "api_secret" not in got.parameters and "sign" not in got.parameters
    [image] = store.history.images(entry)
    assert image.field == "image" and image.sha256 == sha256_hex(JPEG) and image.data == JPEG
    with store.engine.connect() as c:
        assert c.execute(sa.select(calls.c.idcard_last4)).scalar_one() == "002X"


def test_complete_keeps_the_answer_and_derives_the_verdict(store: HistoryStore) -> None:
    entry = store.journal.begin(CallKind.VERIFY, "local-engine", VERIFY_PARAMS, {"image": JPEG})
    answer = _fixture("verify_success.json")
    store.journal.complete(entry, answer)
    got = store.history.entry(entry)
    assert got is not None and got.status is EntryStatus.COMPLETE
    assert got.response == answer and got.request_id == answer["request_id"] and got.billed is True
    assert got.confidence == answer["result_faceid"]["confidence"]
    # The documents' example: 68.918 against 64 (1e-3) and 69 (1e-4): a lenient level only, "not confirmed".
    assert got.verdict == "not_confirmed"


def test_a_pass_on_one_reference_with_another_below_the_level_is_recorded_as_photos_disagree(
        store: HistoryStore) -> None:
    below = {"confidence": 12.0, "thresholds": {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}}
    above = {"confidence": 94.0, "thresholds": below["thresholds"]}
    entry = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "u-1"})
    store.journal.complete(entry, {"request_id": "r-1", "time_used": 5, "result_ref1": above, "result_ref2": below})
    got = store.history.entry(entry)
    assert got is not None and got.verdict == "photos_disagree" and got.confidence == 94.0
    entry = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "u-2"})
    store.journal.complete(entry, {"request_id": "r-2", "time_used": 5, "result_ref1": above, "result_ref2": above})
    got = store.history.entry(entry)
    assert got is not None and got.verdict == "match"


def test_the_verdict_is_recorded_at_the_callers_policy_level(store: HistoryStore) -> None:
    """94 and 71 against thresholds 62/69/74/79: both pass at 1e-4; at 1e-5 the second does not."""
    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}
    answer = {"request_id": "r-3", "time_used": 5, "result_ref1": {"confidence": 94.0, "thresholds": thresholds},
              "result_ref2": {"confidence": 71.0, "thresholds": thresholds}}
    verdicts = {}
    for level in ("1e-4", "1e-5"):
        entry = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": level})
        store.journal.complete(entry, answer, policy_level=level)
        got = store.history.entry(entry)
        assert got is not None
        verdicts[level] = got.verdict
    assert verdicts == {"1e-4": "match", "1e-5": "photos_disagree"}
    # Below the policy level but above 1e-3 is "not confirmed"; below every threshold, "not the same person".
    for confidence, expected in ((71.0, "not_confirmed"), (40.0, "no_match")):
        entry = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "x"})
        store.journal.complete(entry, {"request_id": "r", "time_used": 1,
                                       "result_ref1": {"confidence": confidence, "thresholds": thresholds}},
                               policy_level="1e-5")
        got = store.history.entry(entry)
        assert got is not None and got.verdict == expected


def test_a_genuine_callback_that_flags_an_attack_is_recorded_as_the_attack(store: HistoryStore) -> None:
    payload = _fixture("get_result_success.json")  # synthetic_face 0.88 against 0.5
    for valid, expected in ((True, "attack_suspected"), (False, "signature_invalid")):
        entry = store.journal.begin(CallKind.CALLBACK_CHECK, "local-engine", {"biz_id": "b-4"})
        store.journal.complete(entry, {"signature_valid": valid, "payload": payload}, billed=False)
        got = store.history.entry(entry)
        assert got is not None and got.verdict == expected


def test_a_genuine_callback_is_recorded_as_its_session_s_answer_and_never_billed(store: HistoryStore) -> None:
    """A failed liveness must not be listed as a green "signature valid": the callback is the session's answer."""
    failed = _fixture("get_result_success.json")
    failed["liveness_result"] = {**failed["liveness_result"], "result": "failed", "failure_reason": "TIME_OUT"}
    passed = _fixture("get_result_success.json")
    passed["verify_result"] = {k: v for k, v in passed["verify_result"].items() if k != "face_genuineness"}
    status_only = {"status": "OK", "biz_info": {"biz_id": "b-9"}}
    for payload, valid, verdict, confidence in (
            (failed, True, "liveness_failed", None), (failed, False, "signature_invalid", None),
            (passed, True, "not_confirmed", 68.91876), (status_only, True, "signature_valid", None),
            (passed, None, "signature_unchecked", None)):  # no api_secret to check with: unverified
        entry = store.journal.begin(CallKind.CALLBACK_CHECK, "local-engine", {"biz_id": "b-5"})
        store.journal.complete(entry, {"signature_valid": valid, "payload": payload})  # billed left to the rule
        got = store.history.entry(entry)
        assert got is not None and (got.verdict, got.confidence, got.billed) == (verdict, confidence, False)


def test_get_result_images_move_to_the_entry_images(store: HistoryStore) -> None:
    entry = store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": "b-1", "get_image_type": "1"})
    answer = _fixture("get_result_success.json")
    answer["images"] = {"image_best": "data:image/jpeg;base64," + base64.b64encode(JPEG).decode()}
    store.journal.complete(entry, answer)
    got = store.history.entry(entry)
    assert got is not None and got.response is not None
    assert got.response["images"] == {"image_best": "sha256:" + sha256_hex(JPEG)}
    assert got.biz_id == answer["biz_id"] and got.biz_no == answer["biz_no"]
    [image] = store.history.images(entry)
    assert (image.field, image.data, image.media_type) == ("liveness:image_best", JPEG, "image/jpeg")


def test_a_passed_liveness_with_a_flagged_attack_is_recorded_as_an_attack(store: HistoryStore) -> None:
    """The documents' own example: liveness "success", synthetic_face 0.88 against a 0.5 threshold."""
    answer = _fixture("get_result_success.json")
    assert answer["verify_result"]["face_genuineness"]["synthetic_face_confidence"] >= 0.5
    entry = store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": "b-2"})
    store.journal.complete(entry, answer)
    got = store.history.entry(entry)
    assert got is not None and got.verdict == "attack_suspected"
    assert got.confidence == answer["verify_result"]["result_faceid"]["confidence"] and got.billed is True
    # The same session with every check below its threshold: the comparison decides.
    clean = json.loads(json.dumps(answer))
    clean["verify_result"]["face_genuineness"]["synthetic_face_confidence"] = 0.1
    entry = store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": "b-3"})
    store.journal.complete(entry, clean, policy_level="1e-3")
    got = store.history.entry(entry)
    assert got is not None and got.verdict == "match"


def test_thumbnail_and_none_retention_keep_only_what_they_say(store: HistoryStore, faces) -> None:
    photo = next(faces.glob("*.jp*g")).read_bytes()
    store.set_retention(RetentionPolicy(ImageRetention.THUMBNAIL))
    thumb_entry = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS, {"image": photo})
    store.set_retention(RetentionPolicy(ImageRetention.NONE))
    none_entry = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS, {"image": photo})
    [thumb] = store.history.images(thumb_entry)
    [bare] = store.history.images(none_entry)
    assert thumb.data is None and thumb.thumbnail is not None and len(thumb.thumbnail) < len(photo)
    assert bare.data is None and bare.thumbnail is None and bare.sha256 == sha256_hex(photo)


def test_fail_records_the_error_and_a_broken_connection_is_unknown(store: HistoryStore) -> None:
    refused = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)
    store.journal.fail(refused, FaceIDError("AUTHENTICATION_ERROR", http_status=401))
    never_sent = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)
    store.journal.fail(never_sent, FaceIDError(CONNECTION_FAILED, origin=ErrorOrigin.TRANSPORT))
    maybe = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)
    store.journal.fail(maybe, FaceIDError(NETWORK_TIMEOUT, origin=ErrorOrigin.TRANSPORT))
    # A gateway's 502/504 page was an error, not billed: the call may have reached FaceID, as one that timed out.
    gateway = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)
    store.journal.fail(gateway, FaceIDError.from_response(504, b"<html>504 Gateway Time-out</html>", "text/html"))
    unavailable = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)  # 503: not handled at all
    store.journal.fail(unavailable, FaceIDError.from_response(503, b"<html>503</html>", "text/html"))
    statuses = {e.id: (e.status, e.error_code) for e in store.history.page(HistoryFilter(), 0, 10)}
    assert statuses[refused] == (EntryStatus.ERROR, "AUTHENTICATION_ERROR")
    assert statuses[never_sent] == (EntryStatus.ERROR, CONNECTION_FAILED)
    assert statuses[maybe] == (EntryStatus.UNKNOWN, NETWORK_TIMEOUT)
    assert statuses[gateway] == (EntryStatus.UNKNOWN, "GATEWAY_ERROR")
    assert statuses[unavailable] == (EntryStatus.ERROR, INVALID_RESPONSE)
    # The gateway's page is kept as a foreign answer's is: which upstream failed, for whoever runs the gateway.
    errors = {e.id: e.error for e in store.history.page(HistoryFilter(), 0, 10)}
    assert errors[gateway] is not None and errors[gateway]["answer"] == "<html>504 Gateway Time-out</html>"
    assert errors[unavailable] is not None and errors[unavailable]["answer"] == "<html>503</html>"


def test_a_refusal_that_carried_faces_keeps_its_answer_and_others_keep_none(store: HistoryStore) -> None:
    """return_faces=1: LOW_QUALITY, MULTIPLE_FACES and NO_FACE_FOUND still carry the faces (verify 2.0.6), which
    History boxes over the photo kept as the Verify page did; the entry kept only the code and its words."""
    face = {"quality": 12.5, "quality_threshold": 30, "rect": {"left": 0.1, "top": 0.2, "width": 0.3, "height": 0.4}}
    body = json.dumps({"request_id": "1,a", "time_used": 5, "error_message": "LOW_QUALITY", "faces": [face]})
    poor = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS, {"image": JPEG})
    store.journal.fail(poor, FaceIDError.from_response(400, body))
    bare = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS, {"image": JPEG})
    store.journal.fail(bare, FaceIDError.from_response(400, json.dumps({"request_id": "1,b", "time_used": 5,
                                                                       "error_message": "NO_SUCH_ID_NUMBER"})))
    errors = {e.id: e.error for e in store.history.page(HistoryFilter(), 0, 10)}
    assert errors[poor] is not None and json.loads(errors[poor]["answer"])["faces"] == [face]
    assert errors[poor]["code"] == "LOW_QUALITY"
    assert errors[bare] is not None and "answer" not in errors[bare]


def test_a_refused_answer_keeps_its_refusal_and_an_entry_written_before_still_reads(store: HistoryStore) -> None:
    """History rebuilt the error without its refusal, so another session's answer read as "not a FaceID answer"."""
    with pytest.raises(FaceIDError) as raised:  # the client's own parse of another session's answer
        LivenessSessionResult.parse_get_result({**_fixture("get_result_success.json"), "biz_id": "1,other"}, "1,asked")
    assert raised.value.refused == RefusedField("response.biz_id", "other_session", "1,other", "1,asked")
    entry = store.journal.begin(CallKind.GET_RESULT, "p", {"biz_id": "1,asked"})
    store.journal.fail(entry, raised.value)
    old = store.journal.begin(CallKind.GET_RESULT, "p", {"biz_id": "1,asked"})
    store.journal.fail(old, raised.value)
    with store.engine.begin() as c:  # as written before refusals were kept
        record = json.loads(c.execute(sa.select(calls.c.error_json).where(calls.c.id == old)).scalar_one())
        record.pop("refused", None)
        c.execute(calls.update().where(calls.c.id == old).values(error_json=json.dumps(record)))
    kept = {e.id: e for e in store.history.page(HistoryFilter(), 0, 10)}
    assert kept[entry].error is not None and kept[entry].error["code"] == INVALID_RESPONSE
    assert RefusedField.from_record(kept[entry].error.get("refused")) == raised.value.refused
    assert kept[old].error is not None and kept[old].error["detail"] == "response.biz_id"
    assert RefusedField.from_record(kept[old].error.get("refused")) is None


def test_recover_marks_a_dead_senders_pending_entry_unknown_and_leaves_live_ones(store: HistoryStore) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    orphan = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)
    live = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == orphan).values(owner_pid=int(dead.stdout)))
    assert store.journal.recover() == [orphan]
    orphan_entry, live_entry = store.history.entry(orphan), store.history.entry(live)
    assert orphan_entry is not None and orphan_entry.status is EntryStatus.UNKNOWN
    assert live_entry is not None and live_entry.status is EntryStatus.PENDING
    assert [e.action for e in store.audit_events(orphan)] == ["call.outcome_unknown"]


class _Answer:
    raw = _fixture("verify_success.json")


def test_a_call_on_its_way_is_awaited_here_until_it_ends_and_then_its_entry_is_told(store: HistoryStore) -> None:
    """A pending entry whose call this process is still sending is not one whose outcome is unknown; once the call
    has ended (its answer recorded) whoever listens is told, to read the entry again."""
    told: list[EntryId] = []
    store.in_flight.listen(told.append)
    seen: list[tuple[PendingCall | None, list[EntryId]]] = []

    def send() -> _Answer:
        [entry] = store.history.page(HistoryFilter(), 0, 1)
        seen.append((store.in_flight.pending_call(entry), list(told)))
        return _Answer()

    entry, _answer = send_journaled(store.journal, CallKind.VERIFY, profile="p", params=VERIFY_PARAMS, images={},
                                    send=send)
    assert seen == [(PendingCall.AWAITED_HERE, [])] and told == [entry]
    answered = store.history.entry(entry)
    assert answered is not None and store.in_flight.pending_call(answered) is None  # complete: nothing pending


def test_a_call_that_ended_without_its_answer_recorded_is_gone_and_said_so(store: HistoryStore) -> None:
    told: list[EntryId] = []
    store.in_flight.listen(told.append)

    def broken() -> _Answer:
        raise RuntimeError("a bug between sending and recording")

    with pytest.raises(RuntimeError):
        send_journaled(store.journal, CallKind.VERIFY, profile="p", params=VERIFY_PARAMS, images={}, send=broken)
    [entry] = store.history.page(HistoryFilter(), 0, 1)
    assert entry.status is EntryStatus.PENDING and told == [entry.id]
    assert store.in_flight.pending_call(entry) is PendingCall.GONE
    # Begun by this process and never sent through it (a console before this one, with the same process id): gone.
    begun = store.history.entry(store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS))
    assert begun is not None and store.in_flight.pending_call(begun) is PendingCall.GONE


def test_another_console_s_pending_call_is_awaited_there_until_its_sender_is_gone(store: HistoryStore) -> None:
    """A shared history holds the pending calls of other consoles: awaited there, unless their sender is gone
    as ``recover`` judges it (an hour old, or a process of this computer that no longer runs)."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    elsewhere = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)
    stale = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)
    ended = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id.in_([elsewhere, stale])).values(owner_host="reviewer-pc-2",
                                                                                   owner_pid=4242))
        c.execute(calls.update().where(calls.c.id == stale).values(
            created_at=datetime.datetime.now(datetime.UTC).replace(tzinfo=None) - STALE_AFTER * 2))
        c.execute(calls.update().where(calls.c.id == ended).values(owner_pid=int(dead.stdout)))
    standing = {}
    for entry in (elsewhere, stale, ended):
        read = store.history.entry(entry)
        assert read is not None
        standing[entry] = store.in_flight.pending_call(read)
    assert standing == {elsewhere: PendingCall.AWAITED_ELSEWHERE, stale: PendingCall.GONE, ended: PendingCall.GONE}


def test_a_listener_that_fails_changes_nothing_of_the_call(store: HistoryStore) -> None:
    def broken(_entry: EntryId) -> None:
        raise RuntimeError("a listener's bug")

    store.in_flight.listen(broken)
    told: list[EntryId] = []
    stop = store.in_flight.listen(told.append)
    entry, answer = send_journaled(store.journal, CallKind.VERIFY, profile="p", params=VERIFY_PARAMS, images={},
                                   send=_Answer)
    assert isinstance(answer, _Answer) and told == [entry]
    stop()
    send_journaled(store.journal, CallKind.VERIFY, profile="p", params=VERIFY_PARAMS, images={}, send=_Answer)
    assert told == [entry]  # no longer listening


def test_the_built_in_engine_s_calls_are_recorded_as_not_billed_and_not_counted(store: HistoryStore) -> None:
    """A verify on the built-in engine was recorded as billed (its answer carries a score), as was a refusal FaceID's
    billing table charges (NO_SUCH_ID_NUMBER), so History's footer and per-day table counted them."""
    refused = FaceIDError("NO_SUCH_ID_NUMBER", http_status=400, origin=ErrorOrigin.SERVICE)

    def refuse() -> _Answer:
        raise refused

    sent: dict[tuple[str, bool], EntryId] = {}
    for profile, billable in (("local-engine", False), ("cloud-cn", True)):
        sent[profile, True], _answer = send_journaled(store.journal, CallKind.VERIFY, profile=profile,
                                                      params=VERIFY_PARAMS, images={}, send=_Answer,
                                                      billable=billable)
        with pytest.raises(FaceIDError):
            send_journaled(store.journal, CallKind.VERIFY, profile=profile, params=VERIFY_PARAMS, images={},
                           send=refuse, billable=billable, on_begin=lambda e, p=profile: sent.update({(p, False): e}))
    billed = {key: getattr(store.history.entry(entry), "billed", "missing") for key, entry in sent.items()}
    assert billed == {("local-engine", True): False, ("local-engine", False): False,
                      ("cloud-cn", True): True, ("cloud-cn", False): True}
    today = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    counts = store.history.billed_per_day(today - datetime.timedelta(days=1))
    assert [(profile, count) for _day, profile, count in counts] == [("cloud-cn", 2)]


def test_two_resends_of_one_entry_at_the_same_moment_send_it_once(store: HistoryStore, database_url: str,
                                                                  tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A second operator's resend (its own connection) waits for the first one's transaction and is then refused:
    checked before the insert alone, both saw "not resent yet" and both were sent, each billed."""
    import threading

    from faceid_console.store import audit
    from faceid_console.store.journal import AlreadyResent

    unknown = store.journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS)
    store.journal.fail(unknown, FaceIDError(NETWORK_TIMEOUT, origin=ErrorOrigin.TRANSPORT))
    other = HistoryStore.open(database_url=database_url, sqlite_path=tmp_path / "history.sqlite3", operator="reviewer-2")
    first_inside, first_may_commit = threading.Event(), threading.Event()
    real_append = audit.append

    def held_append(connection, operator, action, entry, detail=None):  # type: ignore[no-untyped-def]
        if operator == "reviewer-1":  # the first resend: its entry written, its transaction not committed yet
            first_inside.set()
            first_may_commit.wait(30)
        return real_append(connection, operator, action, entry, detail)

    monkeypatch.setattr(audit, "append", held_append)
    outcomes: dict[str, object] = {}

    def resend(name: str, journal) -> None:  # type: ignore[no-untyped-def]
        try:
            outcomes[name] = journal.begin(CallKind.VERIFY, "p", VERIFY_PARAMS, resend_of=unknown)
        except AlreadyResent as exc:
            outcomes[name] = exc

    first = threading.Thread(target=resend, args=("first", store.journal))
    first.start()
    assert first_inside.wait(30)
    second = threading.Thread(target=resend, args=("second", other.journal))
    second.start()
    second.join(1)  # it waits on the first one's lock (or, without the lock, has already gone ahead)
    first_may_commit.set()
    first.join(30)
    second.join(30)
    other.close()
    assert isinstance(outcomes["first"], int)
    refused = outcomes["second"]
    assert isinstance(refused, AlreadyResent) and (refused.entry, refused.again) == (unknown, outcomes["first"])
    with store.engine.connect() as c:
        assert c.execute(sa.select(sa.func.count()).select_from(calls).where(calls.c.resend_of == unknown)).scalar() == 1
