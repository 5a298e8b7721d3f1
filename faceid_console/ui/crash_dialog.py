"""The details dialog an unexpected exception ends in: what happened, that the window still works, and the
report to copy (built by ``crash_report``, with no secret in it). Loaded with the first such error."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

#: How many different reports one dialog lists: an error that keeps coming back with new words (a timer's, a
#: paint's) is counted, not listed without end.
MAX_LISTED = 20
#: Between two reports in the text to copy.
SEPARATOR = "-" * 72


class CrashReportDialog(QDialog):
    """Says that something went wrong, that the window still works, and shows the report to copy. Errors reported
    while it is open are counted in it and their reports added to it (``add_report``): one dialog, not one each."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        #: The different reports listed, in the order they came; ``more`` counts every error after the first.
        self.reports = [report]
        self.more = 0
        self.unlisted = False  # whether a different report came when MAX_LISTED were listed
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Something went wrong inside FaceID Console. Your inputs are kept and the window keeps working. "
            "If it happens again, copy this report (it contains no api_secret) and send it to support."
        ), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.more_label = QLabel(self)
        self.more_label.setObjectName("moreErrors")
        self.more_label.setWordWrap(True)
        self.more_label.setVisible(False)
        layout.addWidget(self.more_label)
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

    def add_report(self, report: str) -> None:
        """Another error, reported while this dialog is open: counted, and its report added after the others unless
        the same report is there already (or ``MAX_LISTED`` are)."""
        self.more += 1
        if report not in self.reports:
            if len(self.reports) < MAX_LISTED:
                self.reports.append(report)
                bar = self.report_view.verticalScrollBar()
                reading = bar.value()  # stays where the reader is (the first report, at first), not at the newest
                self.report_view.appendPlainText(f"{SEPARATOR}\n{report}")
                bar.setValue(reading)
            else:
                self.unlisted = True
        if self.unlisted:
            text = self.tr("{count} more errors happened since. The report lists the first {listed} different "
                           "errors.").format(count=self.more, listed=MAX_LISTED)
        elif self.more == 1:
            text = self.tr("1 more error happened since. The report lists each different error once.")
        else:
            text = self.tr("{count} more errors happened since. The report lists each different error "
                           "once.").format(count=self.more)
        self.more_label.setText(text)
        self.more_label.setVisible(True)
