"""The store's suite runs on SQLite and on a real PostgreSQL server (a throw-away cluster per session)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from faceid_console.store import HistoryStore

from .postgres_cluster import PostgresCluster, server_bin_dir


@pytest.fixture
def history_answers_awaited(monkeypatch: pytest.MonkeyPatch) -> None:
    """The History page waits up to 25 ms for a database answer before going on without it; on this shared,
    loaded machine a quick SQLite read can take longer. The suites that expect an answer shown at once wait for
    it (10 s); the asynchronous path is driven on purpose in tests/store/test_history_database_waits.py."""
    from faceid_console.ui import database_work

    monkeypatch.setattr(database_work, "WAIT_MS", 10_000)


_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bin_dir = server_bin_dir()
    if bin_dir is None:
        message = "PostgreSQL's server binaries are missing (scripts/bootstrap.sh test installs Debian's postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run the PostgreSQL half of the suite, never skip it
        pytest.skip(message)
    cluster = PostgresCluster.start(bin_dir)
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file URL marker ("") or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return ""
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.create_database(f"faceid_test_{os.getpid()}_{next(_databases)}")


@pytest.fixture
def store(database_url: str, tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(database_url=database_url, sqlite_path=tmp_path / "history.sqlite3",
                               operator="reviewer-1")
    yield opened
    opened.close()
