"""Starting the window: the window paints first; the engine, model and keyring come up behind it."""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from qasync import QEventLoop

from .. import settings as settings_module
from ..connections import Connector
from ..lazy_history import LazyHistoryStore
from ..settings import Settings
from .connection import Connection, ServiceState
from .main_window import MainWindow
from .translations import effective_language, install_translator

log = logging.getLogger(__name__)

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


def window_state_store() -> QSettings:
    """Window geometry, last page and last folder: an INI file beside settings.json."""
    return QSettings(str(settings_module.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def run(
    settings: Settings, connector: Connector, history: LazyHistoryStore, *, language: str | None,
    screenshot: Path | None, smoke: bool, started: float,
) -> int:
    """Show the main window and run the event loop until it closes; returns the exit code."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("FaceID Console")
    app.setOrganizationName("FaceID Console")
    app.setDesktopFileName(APP_ID)  # matches the installed .desktop file, so the desktop groups our windows
    app.setWindowIcon(QIcon(str(resources.files("faceid_console.resources.icons") / "faceid-console.svg")))
    lang = effective_language(language, settings.language)
    translators = install_translator(app, lang)
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)

    connection = Connection(settings, connector)
    window = MainWindow(connection=connection, settings=settings, history=history, state=window_state_store(),
                        language=lang)
    exit_code = 0

    if smoke:
        def report_first_paint() -> None:
            print(f"first paint after {(time.monotonic() - started) * 1000:.0f} ms", flush=True)
            window.close()

        first_paint = _FirstPaint(report_first_paint)
        window.installEventFilter(first_paint)
    else:
        QTimer.singleShot(0, connection.open_active)  # after the first paint: nothing slow before it
    if screenshot is not None:
        def capture_when_settled() -> None:
            if connection.state is ServiceState.STARTING:
                QTimer.singleShot(200, capture_when_settled)
                return
            QTimer.singleShot(300, lambda: (window.grab().save(str(screenshot), "PNG"), window.close()))

        QTimer.singleShot(500, capture_when_settled)

    window.show()
    with loop:
        app.lastWindowClosed.connect(loop.stop)
        loop.run_forever()
    connection.close()
    del translators
    return exit_code
