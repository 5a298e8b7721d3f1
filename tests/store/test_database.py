"""Where the history lives, and how: data folder, file mode, WAL, PostgreSQL URL and keyring password."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa

from faceid_console import credentials, settings
from faceid_console.store import CallKind, HistoryStore, StoreError
from faceid_console.store.database import default_sqlite_path, postgresql_url


def test_sqlite_file_is_in_faceid_console_home_private_and_in_wal_mode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(settings.ENV_DATA_DIR)
    monkeypatch.delenv(settings.ENV_CONFIG_DIR)
    monkeypatch.setenv(settings.ENV_HOME, str(tmp_path / "portable"))
    assert settings.config_dir() == tmp_path / "portable" / "config"
    path = default_sqlite_path()
    assert path == tmp_path / "portable" / "data" / "history.sqlite3"
    store = HistoryStore.open(settings.Settings())
    store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U"})
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    for file in path.parent.glob("history.sqlite3*"):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    store.close()


def test_history_database_url_round_trips_through_settings(tmp_path: Path) -> None:
    saved = settings.Settings(history_database_url="postgresql://team@db.example/faceid")
    saved.save(tmp_path / "s.json")
    assert settings.Settings.load(tmp_path / "s.json").history_database_url == "postgresql://team@db.example/faceid"


def test_a_password_in_the_url_is_refused_and_the_keyring_supplies_it() -> None:
    with pytest.raises(StoreError, match="keyring"):
        postgresql_url("postgresql://team:pw@db.example/faceid", None)
    with pytest.raises(StoreError, match="postgresql://"):
        postgresql_url("mysql://team@db.example/faceid", None)
    url = postgresql_url("postgresql://team@db.example/faceid", "from-keyring")
    assert url.drivername == "postgresql+psycopg" and url.password == "from-keyring"


def test_postgresql_store_uses_the_keyring_password(postgres_cluster) -> None:
    url = postgres_cluster.create_database("keyring_pw")
    with psycopg_connection(postgres_cluster) as c:
        c.execute("CREATE ROLE teamuser LOGIN PASSWORD 'team-pw-123'")
        c.execute('GRANT ALL ON DATABASE keyring_pw TO teamuser')
        c.execute('ALTER DATABASE keyring_pw OWNER TO teamuser')
    team_url = url.replace("faceid@", "teamuser@")
    credentials.save_database_password(team_url, "team-pw-123")
    store = HistoryStore.open(database_url=team_url, operator="r")
    with store.engine.connect() as c:
        assert c.execute(sa.text("SELECT current_user")).scalar() == "teamuser"
    store.close()


def test_a_postgresql_history_that_needs_no_password_opens_without_a_keyring(postgres_cluster) -> None:
    """With no keyring (a headless server), a database reached by trust or peer authentication, ~/.pgpass or
    PGPASSWORD could not be opened at all: the keyring was asked first and its failure ended it."""
    from keyring.backends import fail

    url = postgres_cluster.create_database("no_keyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = HistoryStore.open(database_url=url, operator="r")
        with store.engine.connect() as c:
            assert c.execute(sa.text("SELECT current_database()")).scalar() == "no_keyring"
        store.close()
    finally:
        keyring.set_keyring(previous)


def test_a_locked_keyring_is_passed_over_where_no_password_is_needed_and_named_where_one_is(  # type: ignore[no-untyped-def]
        postgres_cluster, monkeypatch) -> None:
    """A headless server's keyring may be there but locked (no way to show the unlock prompt): a database that needs
    no password from it opens; one that asks for its password says the keyring is why none came, not only the
    server's "no password supplied"."""
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked
    from sqlalchemy.exc import OperationalError

    from faceid_console.store import database

    class Locked(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringLocked("the login keyring is locked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise KeyringLocked("the login keyring is locked")

        def delete_password(self, service: str, username: str) -> None:
            raise KeyringLocked("the login keyring is locked")

    url = postgres_cluster.create_database("locked_keyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(Locked())
    try:
        store = HistoryStore.open(database_url=url, operator="r")  # trust authentication: no password needed
        store.close()

        def asks_for_a_password(engine):  # type: ignore[no-untyped-def]
            raise OperationalError("connect", {}, Exception("fe_sendauth: no password supplied"))

        monkeypatch.setattr(database, "current_revision", asks_for_a_password)
        with pytest.raises(credentials.CredentialStoreError) as refused:
            HistoryStore.open(database_url=url, operator="r")
        assert "the login keyring is locked" in str(refused.value)
        assert "asks for its password" in str(refused.value) and "no password supplied" in str(refused.value)
    finally:
        keyring.set_keyring(previous)


def psycopg_connection(cluster):
    import psycopg

    return psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=faceid dbname=postgres", autocommit=True)


def test_processes_opening_a_new_history_at_once_migrate_it_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Several commands (or a console and a command) opening a new SQLite history together all succeed."""
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from faceid_console.store import HistoryStore; "
            "HistoryStore.open(sqlite_path=Path(sys.argv[1]), database_url='').close(); print('opened')")
    database = tmp_path / "history.sqlite3"
    processes = [subprocess.Popen([sys.executable, "-c", code, str(database)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(6)]
    results = [process.communicate(timeout=120) for process in processes]
    assert [out.strip() for out, _ in results] == ["opened"] * 6, [err[-500:] for _, err in results]


def test_a_silent_postgresql_server_is_noticed_in_seconds_unless_the_url_says_otherwise() -> None:
    from faceid_console.store.database import POSTGRESQL_LIVENESS, liveness_settings

    assert liveness_settings("postgresql://reviewer@db.bank.internal/faceid") == POSTGRESQL_LIVENESS
    own = liveness_settings("postgresql://reviewer@db/faceid?connect_timeout=60&keepalives=0")
    assert "connect_timeout" not in own and "keepalives" not in own  # the team's own settings win
    assert own["tcp_user_timeout"] == 20_000 and own["target_session_attrs"] == "read-write"


def test_a_lock_held_elsewhere_on_postgresql_is_waited_for_at_most_the_lock_timeout(  # type: ignore[no-untyped-def]
        postgres_cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    """An administrator's open transaction locking the calls table must not hold the History page's reads (and
    the command line) without end: past the time-out the read fails with the server's reason, which is told."""
    from faceid_console.store import NOT_ANSWERING, HistoryFilter, failure_reason
    from faceid_console.store.database import LOCK_TIMEOUT_MS, POSTGRESQL_LIVENESS

    url = postgres_cluster.create_database("lock_wait")
    store = HistoryStore.open(database_url=url, operator="r")
    with store.engine.connect() as c:  # the default reaches the server's session
        assert c.execute(sa.text("SHOW lock_timeout")).scalar() == f"{LOCK_TIMEOUT_MS // 1000}s"
    store.close()
    own = HistoryStore.open(database_url=url + "?options=-c%20lock_timeout%3D0", operator="r")
    with own.engine.connect() as c:  # a team's own setting in the URL wins
        assert c.execute(sa.text("SHOW lock_timeout")).scalar() == "0"
    own.close()
    monkeypatch.setitem(POSTGRESQL_LIVENESS, "options", "-c lock_timeout=300")  # the same path, a shorter wait
    store = HistoryStore.open(database_url=url, operator="r")
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={postgres_cluster.port} user=faceid dbname=lock_wait") as locker:
        locker.execute("LOCK TABLE calls IN ACCESS EXCLUSIVE MODE")  # held until the transaction ends
        with pytest.raises(NOT_ANSWERING) as raised:
            store.history.page(HistoryFilter(), 0, 10)
        locker.rollback()
    assert "lock timeout" in failure_reason(raised.value)
    assert store.history.page(HistoryFilter(), 0, 10) == []  # the lock gone, the same store reads again
    store.close()
