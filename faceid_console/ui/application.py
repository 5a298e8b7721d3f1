"""Starting the window: the window paints first; the event loop, engine, model and keyring come up behind it.

Until the main window has painted once, Qt's own event loop runs; then asyncio and qasync (with ssl and
socket, some 20 ms) are imported and qasync's loop takes over for the rest of the session. Nothing before
the first paint needs asyncio: background work (``tasks``) starts from the event loop, and the profile
is opened once it runs.
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from .. import settings as settings_module
from ..connections import Connector
from ..lazy_history import LazyHistoryStore
from ..settings import Settings
from .connection import Connection, ServiceState
from .gui_thread_collector import GuiThreadCollector
from .interpreter_lock import hand_the_lock_over_quickly
from .main_window import MainWindow
from .translations import effective_language, install_translator

if TYPE_CHECKING:
    import qasync

log = logging.getLogger(__name__)

#: How long to wait for the first paint before installing the asyncio loop anyway (a window that is never
#: exposed, such as one started minimised on some desktops, must not hold back the engine).
FIRST_PAINT_TIMEOUT_MS = 1000

#: The AppStream id, also the name of the installed .desktop file (packaging/).
APP_ID = "io.github.faceidconsole.FaceIDConsole"


class _FirstPaint(QObject):
    """Calls back once, after the watched widget's first paint has been handled."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback = callback
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._callback)
        return False


def run_until_first_paint(app: QApplication, window: QWidget, on_first_paint: Callable[[], None] | None = None,
                          timeout_ms: int = FIRST_PAINT_TIMEOUT_MS) -> None:
    """Run Qt's event loop until ``window`` has painted once, is closed, or ``timeout_ms`` has passed.

    The window is shown and usable meanwhile; ``on_first_paint`` is called right after the first paint.
    """
    waiting = QEventLoop()

    def painted() -> None:
        if on_first_paint is not None:
            on_first_paint()
        waiting.quit()

    first_paint = _FirstPaint(painted)
    window.installEventFilter(first_paint)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may end the wait up to 5 % early
    timeout.timeout.connect(waiting.quit)
    closed = app.lastWindowClosed.connect(waiting.quit)
    timeout.start(timeout_ms)
    try:
        waiting.exec()
    finally:
        timeout.stop()
        # By the connection: PySide 6.12's signal.disconnect(slot) drops a reference to True on every call.
        QObject.disconnect(closed)
        window.removeEventFilter(first_paint)


def install_asyncio_loop(app: QApplication) -> qasync.QEventLoop:
    """Import asyncio and qasync and make qasync's loop (running inside Qt's) the current asyncio loop."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return loop


def icon_path() -> Path:
    """The application icon, shipped in the package (faceid_console.resources.icons).

    Found through the package's own folder: importlib.resources costs ~2.5 ms before the first paint, and
    the icon must be a file on disk for QIcon anyway.
    """
    icons = importlib.import_module("faceid_console.resources.icons")
    return Path(next(iter(icons.__path__))) / "faceid-console.svg"


def window_state_store() -> QSettings:
    """Window geometry, last page and last folder: an INI file beside settings.json."""
    return QSettings(str(settings_module.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def run(
    settings: Settings, connector: Connector, history: LazyHistoryStore, *, language: str | None,
    screenshot: Path | None, smoke: bool, started: float,
) -> int:
    """Show the main window and run the event loop until it closes; returns the exit code."""
    hand_the_lock_over_quickly()  # a worker running Python holds the GUI thread 1 ms, not 5, at each call into Python
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Alembic's INFO is its set-up chatter at every opening of the history (plugins, "Context impl SQLiteImpl."); the
    # store says itself when it upgrades the schema.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("FaceID Console")
    app.setOrganizationName("FaceID Console")
    app.setDesktopFileName(APP_ID)  # matches the installed .desktop file, so the desktop groups our windows
    app.setWindowIcon(QIcon(str(icon_path())))
    lang = effective_language(language, settings.language)
    translators = install_translator(app, lang)

    connection = Connection(settings, connector)
    window = MainWindow(connection=connection, settings=settings, history=history, state=window_state_store(),
                        language=lang)
    exit_code = 0

    def report_first_paint() -> None:
        print(f"first paint after {(time.monotonic() - started) * 1000:.0f} ms", flush=True)

    if screenshot is not None:
        def capture_when_settled() -> None:
            if connection.state is ServiceState.STARTING:
                QTimer.singleShot(200, capture_when_settled)
                return
            QTimer.singleShot(300, lambda: (window.grab().save(str(screenshot), "PNG"), window.close()))

        QTimer.singleShot(500, capture_when_settled)

    window.show()
    run_until_first_paint(app, window, report_first_paint if smoke else None)
    # Off since the command started (entry.py): nothing before the first paint needed it. From now on the GUI thread
    # collects, never a worker (gui_thread_collector.py).
    GuiThreadCollector(app)
    if window.isVisible():
        loop = install_asyncio_loop(app)
        if smoke:
            loop.call_soon(window.close)  # once the asyncio loop runs: the smoke test goes through it too
        else:
            loop.call_soon(connection.open_active)  # after the first paint: nothing slow before it
            window.guard_alt_letters()
            loop.call_soon(window.build_pages_when_idle)  # the other pages, a short step at a time
        with loop:
            app.lastWindowClosed.connect(loop.stop)
            loop.run_forever()
    connection.close()
    del translators
    return exit_code
