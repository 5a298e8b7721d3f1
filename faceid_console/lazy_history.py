"""The history opened on first use, from a worker thread, so that the window paints before any database work.

Outside ``store/`` on purpose: importing the store loads SQLAlchemy and Alembic (most of a second), which
the window must not wait for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import HistoryStore


class LazyHistoryStore:
    """Holds the console's one HistoryStore; ``get()`` opens (and migrates) it the first time."""

    def __init__(self, opener: Callable[[], HistoryStore]) -> None:
        self._opener = opener
        self._lock = threading.Lock()
        self._store: HistoryStore | None = None

    def get(self) -> HistoryStore:
        """The open store; raises StoreError when the database cannot be opened (then tried again next time)."""
        with self._lock:
            if self._store is None:
                self._store = self._opener()
            return self._store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
