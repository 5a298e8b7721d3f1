"""Opening the history database: SQLite in the data folder, or a team's PostgreSQL server.

Either way the schema is brought to the newest revision by Alembic before anything else runs, so a
console never works on a database older (or newer) than it understands.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url

if TYPE_CHECKING:
    from alembic.config import Config

from .. import settings as app_settings

log = logging.getLogger(__name__)

SQLITE_FILE_NAME: Final = "history.sqlite3"
MIGRATIONS: Final = "faceid_console.store:migrations"
#: The newest migration (a test checks it): a database already there opens without loading Alembic.
SCHEMA_HEAD: Final = "0008"
#: Held while migrating, so two consoles opening one PostgreSQL database do not both migrate it.
_PG_MIGRATION_LOCK: Final = 0x46616365  # "Face"


class StoreError(RuntimeError):
    """The history database cannot be opened or is newer than this console."""


#: How long a statement waits for a lock another session holds (an administrator's open transaction, another
#: console's purge) before it fails with a reason the reviewer is told: as long as SQLite's busy time-out.
LOCK_TIMEOUT_MS: Final = 10_000

#: libpq settings so that a server that stops answering without closing the connection (a failover, a cable)
#: is noticed in seconds, not after the system's TCP time-out of many minutes, a connection made after a
#: failover goes to the server that takes writes, and a lock held elsewhere is not waited for without end.
#: Defaults only: the URL's own query wins.
POSTGRESQL_LIVENESS: Final = {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 10,
                              "keepalives_interval": 5, "keepalives_count": 3, "tcp_user_timeout": 20_000,
                              "target_session_attrs": "read-write", "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}"}

#: What a database that stops answering raises: a server gone or refusing, a connection lost, SQLite's lock
#: held past its busy time-out or a table gone, a server that failed over to a read-only standby (psycopg's
#: InternalError). Said to the reviewer; anything else SQLAlchemy raises is a bug, for the crash reporter.
NOT_ANSWERING: Final = (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.InternalError)


def failure_reason(exc: BaseException) -> str:
    """Why the database (or a file) failed, in the driver's or the system's words: one line, without
    SQLAlchemy's statement dump or a temporary file's name."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    orig = getattr(exc, "orig", None)
    return (str(orig if orig is not None else exc).strip().splitlines() or [type(exc).__name__])[0]


def default_sqlite_path() -> Path:
    """``history.sqlite3`` in the data folder (under FACEID_CONSOLE_HOME when that is set)."""
    return app_settings.data_dir() / SQLITE_FILE_NAME


def alembic_config() -> Config:
    """The migrations shipped inside the package (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _private_file(path: Path) -> None:
    """Create the SQLite file readable by its owner only (SQLite gives -wal/-shm the same mode)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    if stat.S_IMODE(path.stat().st_mode) != 0o600:
        path.chmod(0o600)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # First: switching a new file to WAL waits for its lock too, while another process migrates it (CI saw one of six
    # processes opening a new history at once give up after sqlite3's own 5 s).
    cursor.execute(f"PRAGMA busy_timeout={LOCK_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")   # readers (the window) never block the writer (the CLI)
    cursor.execute("PRAGMA synchronous=FULL")   # a committed journal entry survives a power cut too
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def sqlite_engine(path: Path) -> Engine:
    _private_file(path)
    engine = sa.create_engine(f"sqlite:///{path}")
    sa.event.listen(engine, "connect", _on_sqlite_connect)
    return engine


def postgresql_url(url: str, password: str | None) -> URL:
    """A SQLAlchemy URL for psycopg 3 from the settings' ``postgresql://user@host/db`` and the keyring's password."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(f"history_database_url must be a postgresql:// URL, not {parsed.get_backend_name()}://")
    if parsed.password is not None:
        raise StoreError("history_database_url must not contain the password; it belongs in the keyring")
    return parsed.set(drivername="postgresql+psycopg", password=password)


def liveness_settings(database_url: str) -> dict[str, object]:
    """``POSTGRESQL_LIVENESS`` for a connection to ``database_url``, less what its query sets itself."""
    configured = make_url(database_url).query
    return {key: value for key, value in POSTGRESQL_LIVENESS.items() if key not in configured}


def open_engine(database_url: str = "", sqlite_path: Path | None = None) -> Engine:
    """An engine on the configured database, migrated to the newest schema."""
    keyring_problem: Exception | None = None
    if database_url:
        from .. import credentials

        safe = make_url(database_url).render_as_string(hide_password=False)
        try:
            password = credentials.load_database_password(safe)
        except credentials.CredentialStoreError as err:
            # No keyring, or a locked one: a server that needs no password from us (trust or peer authentication,
            # ~/.pgpass, PGPASSWORD) is reached all the same; one that asks for one is told below why none came.
            log.warning("history database: no password from the keyring (%s); connecting without one", err)
            keyring_problem, password = err, None
        engine = sa.create_engine(postgresql_url(database_url, password),
                                  pool_pre_ping=True, connect_args=liveness_settings(database_url))
    else:
        engine = sqlite_engine(sqlite_path or default_sqlite_path())
    try:
        revision = current_revision(engine)
    except sa.exc.OperationalError as err:
        if keyring_problem is not None and "password" in str(err.orig).lower():
            raise credentials.CredentialStoreError(f"{keyring_problem} The history database asks for its password, "
                                                   f"which is kept there ({err.orig})") from err
        raise
    if revision != SCHEMA_HEAD:
        migrate(engine)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database (None for an empty one)."""
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (the newest by default); refuse a database from a newer console."""
    with _sqlite_migration_lock(engine):
        if revision == "head" and current_revision(engine) == SCHEMA_HEAD:
            return  # another process migrated it while this one waited for the lock
        _migrate(engine, revision)


@contextlib.contextmanager
def _sqlite_migration_lock(engine: Engine) -> Iterator[None]:
    """One process at a time migrates a SQLite file (PostgreSQL uses an advisory lock in ``_migrate``).

    Two consoles or commands opening a new history at once would otherwise both create its tables.
    """
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    lock_path = Path(database).with_name(Path(database).name + ".migrate-lock")
    # Owner-only, like the database beside it.
    with os.fdopen(os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600), "r+b") as handle:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield  # the lock goes with the file's closing


def _migrate(engine: Engine, revision: str) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    found = current_revision(engine)
    if found is not None and found not in known:
        raise StoreError(f"The history database has schema {found}, newer than this console understands.")
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Another console migrating the same database is waited for, however long its migration takes.
            connection.execute(sa.text("SET LOCAL lock_timeout = 0"))
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    reached = current_revision(engine)
    if reached != found:
        log.info("history database schema upgraded from %s to %s", found or "none (a new database)", reached)
