"""Unexpected exceptions end in a details dialog with a copyable report that holds no secret."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from .. import __version__
from ..api import redact

if TYPE_CHECKING:
    from .crash_dialog import CrashReportDialog

log = logging.getLogger(__name__)


def crash_report_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                      secrets: Iterable[str]) -> str:
    """The report a reviewer can copy: versions and traceback, with api_secret values and known secrets removed."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    import platform  # only when a report is written

    header = f"FaceID Console {__version__}, Python {platform.python_version()}, {platform.platform()}\n\n"
    report = redact(header + text)
    for secret in secrets:
        if secret and len(secret) >= 4:
            report = report.replace(secret, "***")
    return report


class CrashReporter(QObject):
    """Installed as ``sys.excepthook`` and ``threading.excepthook``; shows each error in a non-blocking dialog, one
    at a time: errors reported while it is open are added to it (an error that repeats, a timer's or a paint's,
    stacked up a dialog each)."""

    reported = Signal(str)

    def __init__(self, parent_widget: QWidget, secrets: Callable[[], Iterable[str]]) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._secrets = secrets
        self._pending: list[str] = []
        self.last_report = ""
        self._dialog: CrashReportDialog | None = None  # the one open
        self._shown: list[str] = []  # the reports the last dialog held, for Details… once it is closed
        self._previous_hooks = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        report = crash_report_text(exc_type, exc, tb, self._secrets())
        log.error("unexpected error:\n%s", report)
        self._pending.append(report)
        # Shown from the event loop: the hook may run inside a paint or a worker thread.
        QMetaObject.invokeMethod(self, "_show_pending", Qt.ConnectionType.QueuedConnection)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot()
    def _show_pending(self) -> None:
        while self._pending:
            report = self._pending.pop(0)
            self.last_report = report
            self.reported.emit(report)
            self._show(report)

    def show_last(self) -> None:
        """The last dialog's reports again, all of them (the status bar's Details…), or the open dialog brought to the
        front."""
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        for report in list(self._shown):
            self._show(report)

    def _show(self, report: str) -> None:
        if self._dialog is not None:
            self._dialog.add_report(report)
            self._shown.append(report)
            return
        self._shown = [report]
        from .crash_dialog import CrashReportDialog  # the dialog's classes load with the first error, not at start-up

        dialog = CrashReportDialog(report, self._parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        self._dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self._dialog = None  # the next error opens a dialog again
