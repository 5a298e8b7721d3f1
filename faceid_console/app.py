"""Composition root: settings, the connector (built-in engine, credentials) and the window.

Qt stays in ``ui/``; this module builds the non-Qt services and hands them to ``ui.application.run``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import settings as settings_module
from .connections import Connector, Timeouts
from .lazy_history import LazyHistoryStore

if TYPE_CHECKING:
    from .store import HistoryStore


def main(
    language: str | None = None, screenshot: Path | None = None, smoke: bool = False, started: float | None = None
) -> int:
    """Open the console window and run until it is closed."""
    started = time.monotonic() if started is None else started
    settings = settings_module.Settings.load()
    connector = Connector(
        settings_module.data_dir() / "engine",
        Timeouts(settings.connect_timeout, settings.read_timeout),
    )
    def open_history() -> HistoryStore:
        from .store import HistoryStore  # SQLAlchemy and Alembic load in the worker that first needs them

        return HistoryStore.open(settings)

    history = LazyHistoryStore(open_history)
    from .ui.application import run

    try:
        return run(settings, connector, history, language=language, screenshot=screenshot, smoke=smoke,
                   started=started)
    finally:
        connector.close()
        history.close()
