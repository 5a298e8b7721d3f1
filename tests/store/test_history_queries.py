"""Search, filters, sorting and counts over the history, on both backends."""

from __future__ import annotations

import datetime

import pytest
import sqlalchemy as sa

from faceid_console.store import CallKind, DecisionKind, HistoryFilter, HistoryStore, SortColumn
from faceid_console.store.schema import calls

PEOPLE = [
    ("张三", "11010519491231002X", "U-alpha", "BN-1"),
    ("李四", "110101199003070011", "U-beta", "BN-2"),
    ("张三丰", "440524188001010014", "U-gamma", "BN-3"),
]


@pytest.fixture
def filled(store: HistoryStore) -> HistoryStore:
    day = datetime.datetime(2026, 3, 1, 12, 0, 0)
    for i, (name, number, uuid, biz_no) in enumerate(PEOPLE):
        entry = store.journal.begin(CallKind.VERIFY, "cloud-cn" if i else "local-engine",
                                    {"idcard_name": name, "idcard_number": number, "uuid": uuid, "biz_no": biz_no})
        confidence = 90.0 - 30 * i
        store.journal.complete(entry, {"request_id": f"req-{i}", "result_faceid": {
            "confidence": confidence, "thresholds": {"1e-3": 62, "1e-4": 72, "1e-5": 80}}})
        with store.engine.begin() as c:
            c.execute(calls.update().where(calls.c.id == entry).values(created_at=day + datetime.timedelta(days=i)))
    token = store.journal.begin(CallKind.GET_RESULT, "cloud-cn", {"biz_id": "BIZ-9"})
    from faceid_console.api.errors import FaceIDError

    store.journal.fail(token, FaceIDError("BIZ_ID_NOT_FOUND", http_status=400))
    return store


def _ids(store: HistoryStore, **kw) -> list[str | None]:
    return [e.request_id or e.biz_id for e in store.history.page(HistoryFilter(**kw), 0, 50)]


@pytest.mark.parametrize(("kw", "expected"), [
    ({"text": "张三"}, ["req-2", "req-0"]),               # name prefix
    ({"idcard_name": "李四"}, ["req-1"]),
    ({"text": "110101199003070011"}, ["req-1"]),       # full ID number
    ({"text": "002x"}, ["req-0"]),                     # last four, any case
    ({"idcard_number": "0014"}, ["req-2"]),
    ({"text": "U-gamma"}, ["req-2"]),                  # uuid
    ({"uuid": "U-beta"}, ["req-1"]),
    ({"text": "BN-1"}, ["req-0"]),                     # biz_no
    ({"biz_id": "BIZ-9"}, ["BIZ-9"]),
    ({"text": "req-1"}, ["req-1"]),                    # request_id
    ({"request_id": "req-2"}, ["req-2"]),
    ({"kinds": (CallKind.GET_RESULT,)}, ["BIZ-9"]),
    ({"verdict": "no_match"}, ["req-2", "req-1"]),
    ({"verdict": "match"}, ["req-0"]),
    ({"error_code": "BIZ_ID_NOT_FOUND"}, ["BIZ-9"]),
    ({"profile": "local-engine"}, ["req-0"]),
    ({"since": datetime.datetime(2026, 3, 2), "until": datetime.datetime(2026, 3, 3)}, ["req-1"]),
    ({"text": "nobody"}, []),
])
def test_each_search_and_filter(filled: HistoryStore, kw: dict, expected: list[str]) -> None:
    assert _ids(filled, **kw) == expected
    assert filled.history.count(HistoryFilter(**kw)) == len(expected)


def test_an_entry_is_found_by_its_number_after_a_hash(filled: HistoryStore) -> None:
    """As History's heading, the report and "sent again as entry N" name an entry; "#", a space or full-width forms
    (an input method's) alike; a number past the id column's range is no entry number, and no database error."""
    [second] = filled.history.page(HistoryFilter(text="req-1"), 0, 5)
    digits = str(second.id)
    wide = "".join(chr(ord("０") + int(d)) for d in digits)
    for text in (f"#{digits}", f"# {digits}", f"＃{wide}", f" #{digits} "):
        assert _ids(filled, text=text) == ["req-1"], text
    assert _ids(filled, text=digits) != ["req-1"]  # a bare number is no entry number (an ID number's last four…)
    assert _ids(filled, text="#999999") == [] and _ids(filled, text="#12345678901") == []
    assert _ids(filled, text=f"#{digits}", verdict="match") == []  # with the filters, as any search


def test_sort_by_column_both_ways_and_paging(filled: HistoryStore) -> None:
    f = HistoryFilter(kinds=(CallKind.VERIFY,))
    by_confidence = [e.confidence for e in filled.history.page(f, 0, 10, SortColumn.CONFIDENCE, descending=False)]
    assert by_confidence == [30.0, 60.0, 90.0]
    newest_first = [e.request_id for e in filled.history.page(f, 0, 10)]
    assert newest_first == ["req-2", "req-1", "req-0"]
    assert [e.request_id for e in filled.history.page(f, 1, 1)] == ["req-1"]


def test_keyed_columns_sort_in_their_domain_order_not_by_the_key_s_spelling(filled: HistoryStore) -> None:
    """A verdict from agreement to failure (the History filter's order), a decision approve, reject, escalate, a
    kind as sent: by the key's spelling "error" came before "match", which means nothing in either language."""
    by_request = {e.request_id: e.id for e in filled.history.page(HistoryFilter(), 0, 10)}
    filled.decide(by_request["req-0"], DecisionKind.ESCALATE, filled.reasons()[-1], "")
    filled.decide(by_request["req-1"], DecisionKind.APPROVE, filled.reasons()[0], "")
    filled.decide(by_request["req-2"], DecisionKind.REJECT, filled.reasons()[1], "")

    def order(column: SortColumn, descending: bool = False) -> list[str | None]:
        return [e.request_id or e.biz_id for e in filled.history.page(HistoryFilter(), 0, 10, column, descending)]

    assert order(SortColumn.VERDICT) == ["req-0", "req-1", "req-2", "BIZ-9"]  # match, no_match ×2, error
    assert order(SortColumn.VERDICT, descending=True) == ["BIZ-9", "req-2", "req-1", "req-0"]
    assert order(SortColumn.DECISION) == ["req-1", "req-2", "req-0", "BIZ-9"]  # undecided last
    assert order(SortColumn.KIND) == ["req-0", "req-1", "req-2", "BIZ-9"]  # verify before get_result
    assert order(SortColumn.STATUS) == ["req-0", "req-1", "req-2", "BIZ-9"]  # complete before error


def test_billed_calls_per_day_and_profile(filled: HistoryStore) -> None:
    counts = filled.history.billed_per_day(datetime.datetime(2026, 1, 1))
    assert ("2026-03-01", "local-engine", 1) in counts
    assert ("2026-03-02", "cloud-cn", 1) in counts and ("2026-03-03", "cloud-cn", 1) in counts
    assert filled.history.billed_per_day(datetime.datetime(2026, 1, 1), ["local-engine"]) == \
        [("2026-03-01", "local-engine", 1)]


def test_image_heads_say_what_is_kept_without_the_bytes(store: HistoryStore, faces) -> None:  # type: ignore[no-untyped-def]
    """On SQLite and PostgreSQL: the first bytes of what is kept, enough for a pixel size, and no more."""
    from PIL import Image

    from faceid_console.store import CallKind
    from faceid_console.store.retention import ImageRetention, RetentionPolicy

    photo = (faces / "obama_1.jpg").read_bytes()
    entry = store.journal.begin(CallKind.VERIFY, "p", {"comparison_type": "0", "uuid": "U-1"},
                                {"image": photo, "image_ref1": b"\x89PNG not really"})
    store.set_retention(RetentionPolicy(ImageRetention.THUMBNAIL, 0, 0))
    thumbnailed = store.journal.begin(CallKind.VERIFY, "p", {"comparison_type": "0", "uuid": "U-2"}, {"image": photo})
    heads = {h.field: h for h in store.history.image_heads(entry, length=4096)}
    assert set(heads) == {"image", "image_ref1"}
    whole = heads["image"]
    assert whole.has_data and not whole.has_thumbnail and whole.head == photo[:4096]
    assert heads["image_ref1"].head == b"\x89PNG not really"  # shorter than the head: all of it
    [thumb] = store.history.image_heads(thumbnailed)
    assert not thumb.has_data and thumb.has_thumbnail
    full_thumbnail = store.history.images(thumbnailed)[0].thumbnail
    assert full_thumbnail is not None and thumb.head == full_thumbnail[:65_536]
    import io

    headed = {h.field: h for h in store.history.image_heads(entry, headed={"image"})}
    assert headed["image"].head == photo[:65_536] and headed["image_ref1"].head == b""  # flags only
    assert headed["image_ref1"].has_data and headed["image_ref1"].sha256 == heads["image_ref1"].sha256
    assert [i.field for i in store.history.images(entry, fields={"image_ref1"})] == ["image_ref1"]
    [default] = [h for h in store.history.image_heads(entry) if h.field == "image"]
    assert Image.open(io.BytesIO(default.head)).size == Image.open(io.BytesIO(photo)).size  # its size is in it


def test_an_entry_is_read_in_one_snapshot_so_a_purge_meanwhile_does_not_split_it(store: HistoryStore) -> None:
    """A purge committed between an entry's reads showed the entry without the trail it had just dropped."""
    entry = store.journal.begin(CallKind.VERIFY, "local-engine", {"uuid": "U-snapshot"})
    store.journal.complete(entry, {"request_id": "req-snapshot"})
    store.decide(entry, DecisionKind.REJECT, "Different person")
    purged: list[int] = []

    def purge_before_the_trail_is_read(_conn, _cursor, statement: str, *_rest) -> None:  # type: ignore[no-untyped-def]
        if "FROM decisions" in statement and not purged:
            with store.engine.begin() as other:  # another connection, as a purge by another reviewer would be
                purged.append(other.execute(calls.delete().where(calls.c.id == entry)).rowcount)

    sa.event.listen(store.engine, "before_cursor_execute", purge_before_the_trail_is_read)
    try:
        detail = store.history.entry_detail(entry)
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", purge_before_the_trail_is_read)
    assert purged == [1] and store.history.entry(entry) is None  # the purge did happen, mid-read
    assert detail is not None and detail.entry.request_id == "req-snapshot"
    assert [d.decision for d in detail.trail] == [DecisionKind.REJECT]  # the trail as of the entry's moment


def test_undecided_lists_what_waits_for_a_decision_and_not_what_cannot_be_decided(store: HistoryStore) -> None:
    """On SQLite and PostgreSQL: the entries a reviewer still has to decide on. An error that says nothing of the
    applicant (a wrong secret, a connection that failed, an input check before sending) and a call whose outcome is
    unknown cannot be decided on, so they never wait for a decision."""
    from faceid_console.api.errors import CONNECTION_FAILED, NETWORK_TIMEOUT, ErrorOrigin, FaceIDError
    from faceid_console.store.history import UNDECIDED, decidable

    def entry(uuid: str, error: FaceIDError | None = None, answered: bool = True) -> int:
        made = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": uuid})
        if error is not None:
            store.journal.fail(made, error)
        elif answered:
            store.journal.complete(made, {"request_id": f"req-{uuid}", "result_ref1": {
                "confidence": 90.0, "thresholds": {"1e-3": 62, "1e-4": 72, "1e-5": 80}}})
        return made

    waiting = entry("U-answered")
    decided = entry("U-decided")
    store.decide(decided, DecisionKind.APPROVE, "Same person, documents consistent")
    no_face = entry("U-no-face", FaceIDError.from_response(400, b'{"error_message": "NO_FACE_FOUND: image"}'))
    entry("U-secret", FaceIDError.from_response(401, b'{"error_message": "AUTHENTICATION_ERROR"}'))
    entry("U-offline", FaceIDError(CONNECTION_FAILED, origin=ErrorOrigin.TRANSPORT, message="refused"))
    entry("U-timeout", FaceIDError(NETWORK_TIMEOUT, origin=ErrorOrigin.TRANSPORT, message="timed out"))
    entry("U-input", FaceIDError.input("image", "image: not a photo", code="IMAGE_ERROR_UNSUPPORTED_FORMAT"))
    entry("U-pending", answered=False)
    store.decide(no_face, DecisionKind.REJECT, "Photo quality too low to judge")
    no_face_again = entry("U-no-face-2", FaceIDError.from_response(400, b'{"error_message": "NO_FACE_FOUND: image"}'))

    undecided = HistoryFilter(decision=UNDECIDED)
    assert [e.id for e in store.history.page(undecided, 0, 50)] == [no_face_again, waiting]
    assert store.history.count(undecided) == 2
    # The page's rule and the filter's are one: every entry not listed as decidable is one the page refuses.
    for e in store.history.page(HistoryFilter(), 0, 50):
        assert decidable(e) == (e.uuid in {"U-answered", "U-decided", "U-no-face", "U-no-face-2"}), e.uuid
    assert [e.id for e in store.history.page(HistoryFilter(decision="reject"), 0, 50)] == [no_face]


def test_a_token_waits_for_no_decision_and_one_recorded_on_it_before_stays(store: HistoryStore) -> None:
    """On SQLite and PostgreSQL: every get_token and get_biz_token call sat in Undecided, and could be decided on,
    though a token only starts a liveness session (its result is an entry of its own). One recorded before stays."""
    from faceid_console.store import decisions
    from faceid_console.store.decisions import UndecidableEntry
    from faceid_console.store.history import UNDECIDED, decidable

    web = store.journal.begin(CallKind.GET_TOKEN, "local-engine", {"comparison_type": "0", "uuid": "U-web"})
    store.journal.complete(web, {"request_id": "r-web", "time_used": 3, "token": "t-1", "expired_time": 1})
    sdk = store.journal.begin(CallKind.GET_BIZ_TOKEN, "local-engine", {"comparison_type": "0", "uuid": "U-sdk"})
    store.journal.complete(sdk, {"request_id": "r-sdk", "time_used": 2, "biz_token": "1700000000,bt-1"})
    result = store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": "1700000000,b-1"})
    store.journal.complete(result, {"request_id": "r-result", "biz_id": "1700000000,b-1", "status": "OK"})

    assert [e.id for e in store.history.page(HistoryFilter(decision=UNDECIDED), 0, 50)] == [result]
    assert store.history.count(HistoryFilter(decision=UNDECIDED)) == 1
    for entry in (web, sdk):
        found = store.history.entry(entry)
        assert found is not None and not decidable(found)
        with pytest.raises(UndecidableEntry, match=r"only starts a liveness session"):
            store.decide(entry, DecisionKind.APPROVE, "Same person, documents consistent")
    # recorded before this rule (the store refuses it now): written as it was then, and shown as it is
    decisions.decide(store.engine, web, DecisionKind.APPROVE, "Same person, documents consistent", note="",
                     operator="r")
    assert [e.id for e in store.history.page(HistoryFilter(decision="approve"), 0, 50)] == [web]
    assert [d.decision for d in store.history.decision_trail(web)] == [DecisionKind.APPROVE]


def test_names_and_uuids_are_found_in_any_case_and_the_search_uses_their_index(store: HistoryStore) -> None:
    """On SQLite and PostgreSQL: "kit" found nothing while "Kit" found 2, "Alex" did not find "Álex", a uuid had to
    be typed in its own case ("DAY-001" vs "day-001"). A name matches from its start, and in the search box a uuid
    too (it needed the whole uuid, while the list shows a long one cut in the middle)."""
    made = {}
    for name, uuid in (("Kit Harington", "DAY-001"), ("kit walker", "day-002"), ("Álex Ürün", "U-Straße"),
                       ("Nikita", "XDAY-001"), ("张三", "张-UUID")):
        made[name] = store.journal.begin(CallKind.VERIFY, "local-engine",
                                         {"comparison_type": "1", "idcard_name": name, "uuid": uuid})

    def found(**kw: str) -> set[int]:
        entries = store.history.page(HistoryFilter(**kw), 0, 50)
        assert store.history.count(HistoryFilter(**kw)) == len(entries)
        return {e.id for e in entries}

    kits = {made["Kit Harington"], made["kit walker"]}
    assert found(text="kit") == found(text="KIT") == found(text="Kit") == kits  # from the start: not "Nikita"
    assert found(text="kit h") == found(idcard_name="KIT HAR") == {made["Kit Harington"]}
    assert found(text="alex") == found(text="ÁLEX ü") == found(idcard_name="Alex") == {made["Álex Ürün"]}
    assert found(text="张") == {made["张三"]}
    assert found(text="day-001") == found(uuid="Day-001") == {made["Kit Harington"]}  # from its start: not XDAY-001
    assert found(text="u-strasse") == found(uuid="U-STRASSE") == {made["Álex Ürün"]}
    # The search box finds a uuid from its start (the list shows a long one cut in the middle); --uuid whole.
    assert found(text="DAY") == {made["Kit Harington"], made["kit walker"]} and found(uuid="day") == set()
    assert found(text="\u0301") == set()  # accents alone match no name, and not every uuid
    assert found(text="\u200b ") == found() == set(made.values())  # a field that looks empty searches for nothing
    assert found(text="\u200bday-0\u200b01 ") == {made["Kit Harington"]}  # a pasted text's zero-width characters
    with store.engine.connect() as c:  # the keys' indexes are there to be used on either backend
        indexes = {i["name"] for i in sa.inspect(c).get_indexes("calls")}
    assert {"ix_calls_idcard_name_key", "ix_calls_uuid_key"} <= indexes


def test_a_name_or_uuid_search_reads_through_the_key_s_index_on_sqlite(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The history benchmark's 200,000 entries: a search that scanned the table would take a second, not a few
    milliseconds. SQLite's own plan says which index answers."""
    from faceid_console.store.history import select_entries

    store = HistoryStore.open(sqlite_path=tmp_path / "h.sqlite3", operator="r")
    try:
        with store.engine.connect() as c:
            for f, index in ((HistoryFilter(idcard_name="kit"), "ix_calls_idcard_name_key"),
                             (HistoryFilter(uuid="day-001"), "ix_calls_uuid_key")):
                query = select_entries(f).compile(c, compile_kwargs={"literal_binds": True})
                plan = " ".join(str(r[-1]) for r in c.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}"))
                assert index in plan, plan
    finally:
        store.close()


def test_the_entries_that_resent_a_screenful_are_read_at_once_through_an_index(store: HistoryStore) -> None:
    """On SQLite and PostgreSQL: History says of an entry of unknown outcome which entry sent it again. Asked for a
    screenful of the list at once, through the resends' own index (a scan of the table per screenful otherwise)."""
    unknown = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-lost"})
    again = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-lost"},
                                resend_of=unknown)
    third = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-lost"},
                                resend_of=again)
    alone = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-alone"})
    assert store.history.resends([unknown, again, third, alone]) == {unknown: again, again: third}
    assert store.history.resends([]) == {}
    detail = store.history.entry_detail(again)
    assert detail is not None and (detail.entry.resend_of, detail.resent_as) == (unknown, third)
    detail = store.history.entry_detail(alone)
    assert detail is not None and (detail.entry.resend_of, detail.resent_as) == (None, None)
    from faceid_console.store.history import resends_query

    with store.engine.connect() as c:
        if c.dialect.name == "postgresql":
            c.execute(sa.text("SET enable_seqscan = off"))  # four rows: the planner would rather scan them
        query = resends_query([unknown, again]).compile(c, compile_kwargs={"literal_binds": True})
        explain = "EXPLAIN QUERY PLAN" if c.dialect.name == "sqlite" else "EXPLAIN"
        plan = " ".join(str(r[-1] if c.dialect.name == "sqlite" else r[0]) for r in c.exec_driver_sql(
            f"{explain} {query}"))
    assert "ix_calls_resend_of" in plan, plan


#: PostgreSQL's most common collation; scripts/bootstrap.sh test generates it.
LANGUAGE_LOCALE = "en_US.utf8"


def _language_database(postgres_cluster, name: str) -> str:  # type: ignore[no-untyped-def]
    """A database of the test cluster in LANGUAGE_LOCALE's collation, named ``name``: its URL. Skipped where the locale
    is missing; under CI, where the set-up generates it, a failure."""
    import os
    import subprocess

    available = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.split()
    if LANGUAGE_LOCALE not in available:
        if os.environ.get("CI"):
            pytest.fail(f"the {LANGUAGE_LOCALE} locale is missing (scripts/bootstrap.sh test generates it)")
        pytest.skip(f"the {LANGUAGE_LOCALE} locale is missing (scripts/bootstrap.sh test generates it)")
    return postgres_cluster.create_database(f"faceid_test_{os.getpid()}_{name}", locale=LANGUAGE_LOCALE)


def test_names_are_found_from_their_start_in_a_postgresql_database_with_a_language_s_collation(  # type: ignore[no-untyped-def]
        postgres_cluster, tmp_path) -> None:
    """Under en_US.UTF-8 (the usual default of a PostgreSQL server) spaces and punctuation weigh nothing at first:
    "kit" found only an applicant named exactly "Kit", and "张三" missed "张三丰". The test cluster is in the C locale,
    which hid it."""
    from faceid_console.store.database import migrate, postgresql_url
    from faceid_console.store.records import NAME_KEY_CHARS, search_key

    url = _language_database(postgres_cluster, "en_us")
    earlier = sa.create_engine(postgresql_url(url, None))
    migrate(earlier, "0004")  # names a console of that schema wrote, keys and all: the upgrade reorders them
    with earlier.begin() as c:
        for name in ("Kit Harington", "张三"):
            c.execute(sa.text("INSERT INTO calls (kind, status, profile, idcard_name, idcard_name_key, created_at) "
                              "VALUES ('verify', 'complete', 'local-engine', :name, :key, :now)"),
                      {"name": name, "key": search_key(name, NAME_KEY_CHARS), "now": datetime.datetime(2026, 3, 1)})
    earlier.dispose()
    store = HistoryStore.open(database_url=url, sqlite_path=tmp_path / "unused.sqlite3", operator="r")
    try:
        made = {name: store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "1",
                                                                              "idcard_name": name})
                for name in ("Kit", "kit-walker", "Kitty", "Ki Tune", "张三丰")}
        made |= {"Kit Harington": 0, "张三": 0}

        def found(text: str) -> set[str]:
            return {e.idcard_name or "" for e in store.history.page(HistoryFilter(text=text), 0, 50)}

        assert found("kit") == {"Kit", "Kit Harington", "kit-walker", "Kitty"}
        assert found("kit h") == {"Kit Harington"} and found("kit-") == {"kit-walker"}
        assert found("ki t") == {"Ki Tune"}
        assert found("张三") == {"张三", "张三丰"}
        assert set(made) == found("k") | found("张")
        from faceid_console.store.history import select_entries

        with store.engine.connect() as c:  # and read through the key's index, rebuilt in code point order
            c.execute(sa.text("SET enable_seqscan = off"))  # seven rows: the planner would rather scan them
            query = select_entries(HistoryFilter(idcard_name="kit")).compile(c, compile_kwargs={"literal_binds": True})
            plan = " ".join(str(r[0]) for r in c.exec_driver_sql(f"EXPLAIN {query}"))
        assert "ix_calls_idcard_name_key" in plan, plan
    finally:
        store.close()


def test_uuids_are_found_from_their_start_in_a_postgresql_database_with_a_language_s_collation(  # type: ignore[no-untyped-def]
        postgres_cluster, tmp_path) -> None:
    """Under en_US.UTF-8 hyphens weigh nothing at first: the range "app-" <= key < "app-" + U+10FFFF held "app-9"
    but also "apple", and missed none only by luck. Schema 0006 orders uuid keys by code point, as 0005 the names',
    keys written under 0005 included."""
    from faceid_console.store.database import migrate, postgresql_url
    from faceid_console.store.history import _uuid_start_condition
    from faceid_console.store.records import UUID_KEY_CHARS, search_key

    url = _language_database(postgres_cluster, "uuid_en_us")
    earlier = sa.create_engine(postgresql_url(url, None))
    migrate(earlier, "0005")  # uuids a console of that schema wrote, keys and all: the upgrade reorders them
    with earlier.begin() as c:
        for uuid in ("app-2026-042", "apple"):
            c.execute(sa.text("INSERT INTO calls (kind, status, profile, uuid, uuid_key, created_at) "
                              "VALUES ('verify', 'complete', 'local-engine', :uuid, :key, :now)"),
                      {"uuid": uuid, "key": search_key(uuid, UUID_KEY_CHARS), "now": datetime.datetime(2026, 3, 1)})
    earlier.dispose()
    store = HistoryStore.open(database_url=url, sqlite_path=tmp_path / "unused.sqlite3", operator="r")
    try:
        for uuid in ("APP-9", "app_7", "Apps", "ap-p"):
            store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": uuid})

        def found(text: str) -> set[str]:
            return {e.uuid or "" for e in store.history.page(HistoryFilter(text=text), 0, 50)}

        assert found("app-") == {"app-2026-042", "APP-9"}
        assert found("app") == {"app-2026-042", "apple", "APP-9", "app_7", "Apps"}
        assert found("ap-") == {"ap-p"} and found("app_") == {"app_7"}
        with store.engine.connect() as c:  # read through the key's index, rebuilt in code point order
            c.execute(sa.text("SET enable_seqscan = off"))
            query = sa.select(calls.c.id).where(_uuid_start_condition("app-")).compile(
                c, compile_kwargs={"literal_binds": True})
            plan = " ".join(str(r[0]) for r in c.exec_driver_sql(f"EXPLAIN {query}"))
        assert "ix_calls_uuid_key" in plan, plan
    finally:
        store.close()


def test_billed_calls_per_day_of_the_zone_shown(store: HistoryStore) -> None:
    """On SQLite and PostgreSQL: a call at 17:30 UTC is 01:30 the next day in Beijing, counted under that day; a
    week across New York's change to summer time counts each day from its own midnight."""
    from zoneinfo import ZoneInfo

    from faceid_console.display_time import DisplayZone
    from faceid_console.store import CallKind
    from faceid_console.store.schema import calls

    def billed_at(moment: datetime.datetime, profile: str = "local-engine") -> None:
        entry = store.journal.begin(CallKind.GET_TOKEN, profile, {})
        with store.engine.begin() as c:
            c.execute(calls.update().where(calls.c.id == entry).values(created_at=moment, billed=True))

    billed_at(datetime.datetime(2026, 12, 1, 17, 30))  # 2026-12-02 01:30 in Beijing
    billed_at(datetime.datetime(2026, 12, 1, 15, 59))  # 23:59 on the 1st there
    billed_at(datetime.datetime(2026, 12, 1, 16, 0), "cloud-cn")  # its midnight: the 2nd
    billed_at(datetime.datetime(2026, 11, 29, 12))  # before the days asked for
    beijing = DisplayZone(ZoneInfo("Asia/Shanghai"))
    days = beijing.days_ending(datetime.date(2026, 12, 2), 3)
    assert store.history.billed_per_shown_day(days) == [
        ("2026-12-02", "cloud-cn", 1), ("2026-12-02", "local-engine", 1), ("2026-12-01", "local-engine", 1)]
    assert store.history.billed_per_shown_day(days, ["cloud-cn"]) == [("2026-12-02", "cloud-cn", 1)]
    assert store.history.billed_per_shown_day([]) == []
    # By UTC days the same calls are all the 1st's.
    assert store.history.billed_per_shown_day(DisplayZone(datetime.UTC).days_ending(datetime.date(2026, 12, 2), 3)) \
        == [("2026-12-01", "cloud-cn", 1), ("2026-12-01", "local-engine", 2)]
    new_york = DisplayZone(ZoneInfo("America/New_York"))
    for moment in (datetime.datetime(2026, 3, 8, 4, 30),  # 23:30 on the 7th (EST)
                   datetime.datetime(2026, 3, 9, 3, 30),  # 23:30 on the 8th (EDT): still the 8th
                   datetime.datetime(2026, 3, 9, 4, 0)):  # midnight of the 9th (EDT)
        billed_at(moment, "lab-ny")
    # The newest day counts every later call too (December's, in another profile here).
    assert store.history.billed_per_shown_day(new_york.days_ending(datetime.date(2026, 3, 9), 3), ["lab-ny"]) == [
        ("2026-03-09", "lab-ny", 1), ("2026-03-08", "lab-ny", 1), ("2026-03-07", "lab-ny", 1)]
