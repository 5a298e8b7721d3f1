"""The local KYC registry: the sandbox stand-in for the identity data source (comparison_type=1).

Stored durably in ``<data-dir>/registry.sqlite3``; every lookup reads the database, so a running
engine sees ``faceid-console engine registry add|remove`` changes without a restart. Lookups open
the file read-only: the schema is created once, by the first writer, never per connection.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

REGISTRY_FILE: Final = "registry.sqlite3"

SCHEMA_VERSION: Final = 1
_SCHEMA: Final = f"""
CREATE TABLE IF NOT EXISTS person (
    idcard_number TEXT PRIMARY KEY,
    idcard_name   TEXT NOT NULL,
    photo         BLOB,
    photo_sha256  TEXT,
    id_attacked   INTEGER NOT NULL DEFAULT 0,
    added_at      REAL NOT NULL
);
PRAGMA user_version = {SCHEMA_VERSION};
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
        self._schema_ready = False
        self._schema_lock = threading.Lock()

    def _open(self, *, read_only: bool) -> sqlite3.Connection:
        try:
            if read_only:
                return sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return sqlite3.connect(self.path, timeout=5.0)
        except (OSError, sqlite3.Error) as exc:
            raise RegistryUnavailable(f"cannot open {self.path}: {exc}") from exc

    def _ensure_schema(self) -> None:
        """Create the table once per registry (and only when the file does not have it yet)."""
        with self._schema_lock:
            if self._schema_ready:
                return
            with closing(self._open(read_only=False)) as conn:
                try:
                    if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                        conn.executescript(_SCHEMA)
                        conn.commit()
                except sqlite3.DatabaseError as exc:
                    raise RegistryUnavailable(f"registry {self.path} is unreadable: {exc}") from exc
            self._schema_ready = True

    @contextmanager
    def _connect(self, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
        self._ensure_schema()
        conn = self._open(read_only=read_only)
        with closing(conn):
            try:
                yield conn
                if not read_only:
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
        with self._connect(read_only=True) as conn:
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
        with self._connect(read_only=True) as conn:
            rows = conn.execute(
                "SELECT idcard_number, idcard_name, photo_sha256, id_attacked, added_at "
                "FROM person ORDER BY idcard_number"
            ).fetchall()
        return [RegistryEntry(r[0], r[1], None, r[2], bool(r[3]), r[4]) for r in rows]
