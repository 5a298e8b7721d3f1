"""The details dialog an unexpected exception ends in: what happened, that the window still works, and the
report to copy (built by ``crash_report``, with no secret in it). Loaded with the first such error."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class CrashReportDialog(QDialog):
    """Says that something went wrong, that the window still works, and shows the report to copy."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Something went wrong inside FaceID Console. Your inputs are kept and the window keeps working. "
            "If it happens again, copy this report (it contains no api_secret) and send it to support."
        ), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report_view = QPlainTextEdit(report, self)
        self.report_view.setReadOnly(True)
        self.report_view.setTabChangesFocus(True)  # Tab reaches the buttons
        self.report_view.setAccessibleName(self.tr("Error report"))
        self.report_view.setMinimumSize(560, 240)
        layout.addWidget(self.report_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report_view.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
