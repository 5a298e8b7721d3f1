"""The local KYC registry: the sandbox stand-in for the identity data source (comparison_type=1).

Stored durably in ``<data-dir>/registry.sqlite3``; every lookup reads the database, so a running
engine sees ``faceid-console engine registry add|remove`` changes without a restart.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

REGISTRY_FILE: Final = "registry.sqlite3"

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS person (
    idcard_number TEXT PRIMARY KEY,
    idcard_name   TEXT NOT NULL,
    photo         BLOB,
    photo_sha256  TEXT,
    id_attacked   INTEGER NOT NULL DEFAULT 0,
    added_at      REAL NOT NULL
);
PRAGMA user_version = 1;
"""


class RegistryUnavailable(RuntimeError):
    """The registry database cannot be read: the engine answers DATA_SOURCE_ERROR."""


@dataclass(frozen=True)
class RegistryEntry:
    """One person of the registry."""

    idcard_number: str
    idcard_name: str
    photo: bytes | None = field(repr=False)
    photo_sha256: str | None
    id_attacked: bool
    added_at: float


class KycRegistry:
    """Durable person records keyed by ID number."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / REGISTRY_FILE

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=5.0)
        except (OSError, sqlite3.Error) as exc:
            raise RegistryUnavailable(f"cannot open {self.path}: {exc}") from exc
        with closing(conn):
            try:
                conn.executescript(_SCHEMA)
                yield conn
                conn.commit()
            except sqlite3.DatabaseError as exc:
                raise RegistryUnavailable(f"registry {self.path} is unreadable: {exc}") from exc

    def add(self, idcard_number: str, idcard_name: str, photo: bytes | None, *, id_attacked: bool = False) -> None:
        """Add or replace a person."""
        digest = hashlib.sha256(photo).hexdigest() if photo else None
        with self._connect() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO person VALUES (?, ?, ?, ?, ?, ?)",
                (idcard_number, idcard_name, photo, digest, int(id_attacked), time.time()),
            )

    def remove(self, idcard_number: str) -> bool:
        """Remove a person; False when there was none."""
        with self._connect() as conn:
            return conn.execute("DELETE FROM person WHERE idcard_number = ?", (idcard_number,)).rowcount > 0

    def get(self, idcard_number: str) -> RegistryEntry | None:
        """The person with this ID number, read fresh from disk."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT idcard_number, idcard_name, photo, photo_sha256, id_attacked, added_at "
                "FROM person WHERE idcard_number = ?",
                (idcard_number,),
            ).fetchone()
        if row is None:
            return None
        return RegistryEntry(row[0], row[1], row[2], row[3], bool(row[4]), row[5])

    def entries(self) -> list[RegistryEntry]:
        """Everyone, without photos, in ID-number order."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT idcard_number, idcard_name, photo_sha256, id_attacked, added_at "
                "FROM person ORDER BY idcard_number"
            ).fetchall()
        return [RegistryEntry(r[0], r[1], None, r[2], bool(r[3]), r[4]) for r in rows]
