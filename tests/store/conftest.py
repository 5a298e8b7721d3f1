"""The store's suite runs on SQLite and on a real PostgreSQL server (a throw-away cluster per session)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from faceid_console.store import HistoryStore

from .postgres_cluster import PostgresCluster, server_bin_dir

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
