"""Migrations: from a database at every earlier revision (made by that revision) to the newest."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from faceid_console.store import HistoryFilter, HistoryStore, StoreError
from faceid_console.store.database import (
    SCHEMA_HEAD,
    alembic_config,
    current_revision,
    head_revision,
    migrate,
    open_engine,
    postgresql_url,
    sqlite_engine,
)
from faceid_console.store.records import NAME_KEY_CHARS, UUID_KEY_CHARS, search_key
from faceid_console.store.schema import metadata

REVISIONS = [s.revision for s in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))]
EARLIER = REVISIONS[:-1]


def _engine(database_url: str, tmp_path: Path) -> sa.Engine:
    if database_url:
        return sa.create_engine(postgresql_url(database_url, None))
    return sqlite_engine(tmp_path / "fixture.sqlite3")


def _fill_earlier_schema(engine: sa.Engine) -> None:
    """Rows as a console at that revision wrote them (only columns every revision has)."""
    now = datetime.datetime(2026, 1, 2, 3, 4, 5)
    with engine.begin() as c:
        c.execute(sa.text(
            "INSERT INTO calls (id, kind, status, profile, parameters, idcard_name, idcard_number, uuid, request_id, "
            "response_json, billed, verdict, confidence, created_at, completed_at) VALUES "
            "(1, 'verify', 'complete', 'cloud-cn', '{}', '张三', '11010519491231002X', 'U-Old', 'req-1', '{\"a\": 1}', "
            ":yes, 'match', 88.5, :now, :now), "
            "(2, 'get_token', 'pending', 'local-engine', '{}', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, :now, "
            "NULL)"
        ), {"now": now, "yes": True})
        c.execute(sa.text("INSERT INTO decisions (call_id, decision, reason, note, operator, decided_at) "
                          "VALUES (1, 'approve', 'Same person', '', 'old-reviewer', :now)"), {"now": now})
        c.execute(sa.text("INSERT INTO audit_log (at, operator, action, call_id, detail) "
                          "VALUES (:now, 'old-reviewer', 'decision.approve', 1, '{}')"), {"now": now})
        if "idcard_name_key" in {column["name"] for column in sa.inspect(c).get_columns("calls")}:
            # From 0004 on, a console keyed what it wrote, as the journal keys it.
            c.execute(sa.text("UPDATE calls SET idcard_name_key = :name, uuid_key = :uuid WHERE id = 1"),
                      {"name": search_key("张三", NAME_KEY_CHARS), "uuid": search_key("U-Old", UUID_KEY_CHARS)})


def test_revisions_form_one_line_ending_at_the_schema_head_the_store_expects() -> None:
    assert REVISIONS[0] == "0001" and REVISIONS[-1] == head_revision() == SCHEMA_HEAD and len(EARLIER) >= 2


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrade_from_every_earlier_schema_keeps_the_data(revision: str, database_url: str, tmp_path: Path) -> None:
    fixture = _engine(database_url, tmp_path)
    migrate(fixture, revision)  # the fixture database of that schema, made by its own migration
    assert current_revision(fixture) == revision
    _fill_earlier_schema(fixture)
    fixture.dispose()

    store = HistoryStore.open(database_url=database_url, sqlite_path=tmp_path / "fixture.sqlite3", operator="r")
    try:
        assert current_revision(store.engine) == head_revision()
        first, second = sorted(store.history.page(HistoryFilter(), 0, 10),
                               key=lambda e: e.id)
        assert (first.idcard_name, first.request_id, first.verdict, first.response) == \
            ("张三", "req-1", "match", {"a": 1})
        assert [d.reason for d in store.history.decision_trail(first.id)] == ["Same person"]
        if revision < "0003":  # 0003 backfills the last four, so old records are found by them
            found = store.history.page(HistoryFilter(idcard_number="002x"), 0, 5)
            assert [e.id for e in found] == [first.id]
        # 0004 keys the names and uuids already there, so old records are found in any case (0005 reorders keys)
        for search in (HistoryFilter(text="张"), HistoryFilter(text="u-old"), HistoryFilter(uuid="U-OLD")):
            assert [e.id for e in store.history.page(search, 0, 5)] == [first.id], search
        # the old pending entry (its process long gone) is now "outcome unknown"
        assert second.status.value == "unknown"
    finally:
        store.close()


def test_0008_gives_callbacks_kept_as_errors_their_failed_signature_s_verdict_and_back(
        database_url: str, tmp_path: Path) -> None:
    """Before 0008 a received callback whose data could not be read was kept with the verdict "error" whatever its
    signature; the upgrade gives those whose signature failed "signature_invalid", as the console now records them,
    and the downgrade takes it back. Nothing else changes: not another call's error, nor a readable callback."""
    from alembic import command

    engine = _engine(database_url, tmp_path)
    migrate(engine, "0007")
    now = datetime.datetime(2026, 1, 2, 3, 4, 5)

    def kept(signature_valid: object) -> str:
        callback = json.dumps({"signature_valid": signature_valid, "via": "notify_url", "data": "not json",
                               "sign": "0" * 40})
        return json.dumps({"code": "INVALID_RESPONSE", "answer": callback})

    forged = kept(False)
    rows = [  # id, kind, status, verdict, error_json
        (1, "callback_check", "error", "error", forged),
        (2, "callback_check", "error", "error", kept(True)),
        (3, "callback_check", "error", "error", kept(None)),
        (4, "get_result", "error", "error", forged),  # another call's: not a callback
        (5, "callback_check", "complete", "signature_invalid", None),  # readable: its verdict was right already
        (6, "callback_check", "error", "error", json.dumps({"code": "INVALID_RESPONSE", "answer": '{"signature_valid'
                                                             '": false, "via": "notify_url", "data": "x' + "y" * 50})),
    ]
    with engine.begin() as c:
        for row in rows:
            c.execute(sa.text("INSERT INTO calls (id, kind, status, profile, parameters, verdict, error_json, "
                              "created_at) VALUES (:id, :kind, :status, 'cloud-cn', '{}', :verdict, :error, :now)"),
                      dict(zip(("id", "kind", "status", "verdict", "error"), row, strict=True), now=now))

    def verdicts() -> dict[int, str]:
        with engine.connect() as c:
            return {row.id: row.verdict for row in c.execute(sa.text("SELECT id, verdict FROM calls ORDER BY id"))}

    def audited() -> list[tuple[int, str, dict[str, str]]]:
        with engine.connect() as c:
            return [(row.call_id, row.operator, json.loads(row.detail)) for row in c.execute(sa.text(
                "SELECT call_id, operator, detail FROM audit_log WHERE action = 'call.verdict_recorded_again' "
                "ORDER BY id"))]

    migrate(engine)
    assert verdicts() == {1: "signature_invalid", 2: "error", 3: "error", 4: "error", 5: "signature_invalid",
                          6: "signature_invalid"}  # 6: a record cut at its length limit, told by its start
    # Each change is in the audit log, as any change to a recorded entry is.
    upgraded = [(entry, "migration 0008", "error", "signature_invalid") for entry in (1, 6)]
    assert [(e, o, d["from"], d["to"]) for e, o, d in audited()] == upgraded
    config = alembic_config()
    with engine.begin() as c:
        config.attributes["connection"] = c
        command.downgrade(config, "0007")
    assert verdicts() == {1: "error", 2: "error", 3: "error", 4: "error", 5: "signature_invalid", 6: "error"}
    assert [(e, o, d["from"], d["to"]) for e, o, d in audited()] == upgraded + [
        (entry, "migration 0008", "signature_invalid", "error") for entry in (1, 6)]
    engine.dispose()


def test_the_migrated_schema_is_exactly_the_queries_schema(database_url: str, tmp_path: Path) -> None:
    engine = open_engine(database_url, tmp_path / "h.sqlite3")
    with engine.connect() as c:
        differences = compare_metadata(MigrationContext.configure(c), metadata)
        collations = _collations(c)
    engine.dispose()
    assert differences == []
    # Alembic's comparison does not see a column's collation: the name key's is checked here.
    assert collations.get("idcard_name_key") == ("C" if database_url else None)


def _collations(connection: sa.Connection) -> dict[str, str | None]:
    """The calls table's columns' own collations (PostgreSQL; None each on SQLite, which compares bytewise)."""
    if connection.dialect.name != "postgresql":
        return {column["name"]: None for column in sa.inspect(connection).get_columns("calls")}
    rows = connection.execute(sa.text("SELECT column_name, collation_name FROM information_schema.columns "
                                      "WHERE table_name = 'calls'"))
    return {name: collation for name, collation in rows}


def test_a_database_from_a_newer_console_is_refused(tmp_path: Path) -> None:
    engine = open_engine("", tmp_path / "h.sqlite3")
    with engine.begin() as c:
        c.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="newer than this console"):
        migrate(engine)
    engine.dispose()


def test_downgrade_to_the_first_revision_and_back(database_url: str, tmp_path: Path) -> None:
    from alembic import command

    engine = open_engine(database_url, tmp_path / "h.sqlite3")
    config = alembic_config()
    with engine.begin() as c:
        config.attributes["connection"] = c
        command.downgrade(config, "0004")
        assert _collations(c).get("idcard_name_key") is None  # the database's own again
        command.downgrade(config, REVISIONS[0])
    assert current_revision(engine) == REVISIONS[0]
    migrate(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as c:
        assert _collations(c).get("idcard_name_key") == ("C" if database_url else None)
    engine.dispose()


def test_an_upgrade_is_said_once_in_the_log_and_an_opening_at_the_newest_schema_says_nothing(  # type: ignore[no-untyped-def]
        tmp_path: Path, caplog) -> None:
    """The window's log showed Alembic's set-up chatter at each opening; the store now says itself what it upgraded."""
    import logging

    caplog.set_level(logging.INFO, logger="faceid_console.store.database")
    engine = sqlite_engine(tmp_path / "new.sqlite3")
    migrate(engine, EARLIER[0])
    migrate(engine)
    upgrades = [r.getMessage() for r in caplog.records if "schema upgraded" in r.getMessage()]
    assert upgrades == ["history database schema upgraded from none (a new database) to " + EARLIER[0],
                        f"history database schema upgraded from {EARLIER[0]} to {SCHEMA_HEAD}"]
    caplog.clear()
    migrate(engine)  # already at the newest: nothing to say
    assert not [r for r in caplog.records if "schema upgraded" in r.getMessage()]
