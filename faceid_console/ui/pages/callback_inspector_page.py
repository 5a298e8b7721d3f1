"""Callback inspector: paste a callback as it arrived, check its signature with the active profile's secret,
and read its data with the same widgets as a looked-up result.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...api import CallbackBody, FaceIDError, ReturnUrlOnly, parse_callback_paste
from ...settings import Settings
from ..connection import Connection
from ..widgets.error_panel import ErrorPanel
from ..widgets.genuineness_gauges import suspected_attacks
from ..widgets.liveness_view import LivenessView
from .liveness_session_page import profile_secret


class CallbackInspectorPage(QWidget):
    """Paste → signature valid / invalid / no secret → status, idcard_info, liveness, verify, will results."""

    status_message = Signal(str)
    #: A pasted return_url carried only a biz_id: look it up on the results page.
    look_up_requested = Signal(str)

    def __init__(self, *, connection: Connection, settings: Settings, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackInspectorPage")
        self.connection = connection
        self.settings = settings
        self.language = language
        self.callback: CallbackBody | None = None
        self.signature_valid: bool | None = None

        paste_side = QWidget(self)
        paste_layout = QVBoxLayout(paste_side)
        intro = QLabel(self.tr(
            "Paste a callback as it arrived: the form body (data=…&sign=…), data and sign on two lines, "
            "a JSON object with data and sign, or the return_url with its query."), paste_side)
        intro.setWordWrap(True)
        paste_layout.addWidget(intro)
        self.paste_edit = QPlainTextEdit(paste_side)
        self.paste_edit.setObjectName("callbackPaste")
        self.paste_edit.setTabChangesFocus(True)  # Tab moves on: a callback has no tab character to type
        # A form body is one line with no space in it: wrapped at word boundaries, Qt's layout time grows with
        # the square of its length (2.5 s for 200 KB, minutes for 5 MB); wrapped anywhere, it is linear.
        self.paste_edit.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.paste_edit.setAccessibleName(self.tr("Pasted callback"))
        self.paste_edit.setPlaceholderText("data=%7B%22biz_id%22…&sign=3f2a…")
        paste_layout.addWidget(self.paste_edit, 1)
        row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Check the callback"), paste_side)
        self.check_button.setObjectName("checkCallbackButton")
        self.check_button.clicked.connect(self.inspect)
        row.addWidget(self.check_button)
        self.look_up_button = QPushButton(self.tr("&Look up this biz_id"), paste_side)
        self.look_up_button.setEnabled(False)
        self.look_up_button.clicked.connect(self._look_up)
        row.addWidget(self.look_up_button)
        row.addStretch(1)
        paste_layout.addLayout(row)

        result_side = QWidget(self)
        result_layout = QVBoxLayout(result_side)
        result_layout.setContentsMargins(0, 0, 0, 0)
        self.error_panel = ErrorPanel(language, result_side)
        self.error_panel.setVisible(False)
        result_layout.addWidget(self.error_panel)
        self.view = LivenessView(language, result_side)
        self.view.clear(self.tr("Nothing checked yet"), self.tr(
            "Paste a callback on the left and press Check the callback. Its signature is checked here with this "
            "profile's api_secret; nothing is sent to FaceID."))
        result_layout.addWidget(self.view)
        result_layout.addStretch(1)  # with the view hidden, the error panel keeps its own height
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(result_side)

        splitter = QSplitter(self)
        splitter.addWidget(paste_side)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 720])
        QVBoxLayout(self).addWidget(splitter)
        self._biz_id = ""

    def inspect_body(self, body: bytes) -> None:
        """Check a callback the receiver got (from the session page)."""
        self.paste_edit.setPlainText(body.decode("utf-8", "replace"))
        self.inspect()

    def inspect(self) -> None:
        """Parse the paste, check its signature, show its data; a bad paste gets an error naming the part."""
        self.callback, self.signature_valid, self._biz_id = None, None, ""
        self.look_up_button.setEnabled(False)
        try:
            parsed = parse_callback_paste(self.paste_edit.toPlainText())
            if isinstance(parsed, ReturnUrlOnly):
                self._show_return_url(parsed)
                return
            result = parsed.payload()
        except FaceIDError as err:
            self._show_error(err)
            return
        self.callback = parsed
        secret = profile_secret(self.connection)
        profile = self.connection.profile.name
        if secret is None:
            self.signature_valid = None
            text = self.tr("Signature not checked: no api_secret for profile {profile} (not connected).").format(
                profile=profile)
        else:
            self.signature_valid = parsed.signature_valid(secret)
            text = (self.tr("✔ Signature valid for profile {profile}: this data came from FaceID unchanged.")
                    if self.signature_valid else
                    self.tr("✘ Signature INVALID for profile {profile}: the data was changed, or it was signed "
                            "with another api_secret. Do not trust it.")).format(profile=profile)
        self.error_panel.setVisible(False)
        self.view.setVisible(True)
        self.view.set_signature(text, self.signature_valid)
        self.view.show_result(result, self.settings.policy_level)
        self._biz_id = result.biz_id or ""
        self.look_up_button.setEnabled(bool(self._biz_id))
        attacks = suspected_attacks(result.genuineness())
        self.status_message.emit(self.tr("{signature} · Attack suspected: {checks}").format(
            signature=text, checks=", ".join(attacks)) if attacks else text)

    def settings_changed(self) -> None:
        """Check the callback on show again, judged at a changed policy level."""
        if self.callback is not None:
            self.inspect()

    def _show_return_url(self, parsed: ReturnUrlOnly) -> None:
        self.error_panel.setVisible(False)
        self.view.setVisible(True)
        self.view.clear(self.tr("This return_url carries only a biz_id"))
        self.view.set_signature(self.tr("No signed data in it: biz_id {biz_id}. Look the result up to read it.")
                                .format(biz_id=parsed.biz_id), None)
        self._biz_id = parsed.biz_id
        self.look_up_button.setEnabled(True)

    def _show_error(self, err: FaceIDError) -> None:
        problem = self.paste_problem_text(err)
        self.view.clear()
        self.view.setVisible(False)  # nothing to show but the error panel, which says it all
        self.error_panel.show_local_problem(
            FaceIDError.input(err.field or "body", problem, code=err.code), self.tr("The paste cannot be checked"),
            problem, self.tr("Copy the whole callback again, exactly as it arrived, and paste it here."))
        self.error_panel.setVisible(True)
        self.status_message.emit(self.tr("Callback not checked: {problem}").format(problem=problem))

    def paste_problem_text(self, err: FaceIDError) -> str:
        """What is wrong with the paste, in the window's language."""
        field, code = err.field, err.code
        if field == "sign":
            return (self.tr("The paste has no sign: paste the whole callback, data and sign.")
                    if code == "MISSING_ARGUMENTS" else
                    self.tr("The sign is not 40 hexadecimal characters: the paste is cut off or it is not a "
                            "callback signature."))
        if field == "data":
            if code == "MISSING_ARGUMENTS":
                return self.tr("The paste has no data field.")
            if "exactly as posted" in (err.message or ""):  # re-serialised: its signature can no longer be checked
                return self.tr("The data is an object here, not the JSON text FaceID posted and signed: paste the "
                               "callback as it arrived, with data as a quoted string.")
            return self.tr("The data is cut off or is not JSON: copy the whole callback again.")
        if field == "return_url":
            return self.tr("This URL has neither data and sign nor a biz_id.")
        if code == "MISSING_ARGUMENTS":
            return self.tr("Nothing was pasted.")
        return self.tr("This is not a callback in any shape the inspector knows (form body, data and sign lines, "
                       "JSON, or return_url).")

    def _look_up(self) -> None:
        if self._biz_id:
            self.look_up_requested.emit(self._biz_id)
