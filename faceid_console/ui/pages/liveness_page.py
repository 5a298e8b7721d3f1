"""Liveness results: look a web-liveness session up by ``biz_id`` (or a pasted return_url) with ``get_result``.

The service answers once, within a day: the answer is written to the history before it is shown, so a
crash never loses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Final, NamedTuple

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QImage, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...api import FaceIDError, GetImageType, GetResultRequest, LivenessSessionResult, biz_id_from_return_url
from ...api.errors import ErrorOrigin
from ...lazy_history import LazyHistoryStore
from ...settings import Settings
from ..colours import set_notice
from ..connection import Connection, ServiceState
from ..focus import park_keyboard_out_of
from ..history_access import send_with_history_entry
from ..input_texts import input_problem_text
from ..profile_bound import ProfileBound, PutBack
from ..tasks import BackgroundTask, in_thread
from ..texts import (
    error_field,
    problem_text,
    profile_charges,
    shortened,
    stored_profile_name,
    unbilled_profile_text,
)
from ..widgets.decide_bar import DecideBar
from ..widgets.enter_presses import press_with_enter
from ..widgets.error_panel import ErrorPanel
from ..widgets.field_with_problem import FieldWithProblem, name_by_label
from ..widgets.fitting_labels import WrapAnywhereLabel
from ..widgets.form_result_splitter import FormResultSplitter, scrolling_form_width
from ..widgets.image_gallery import decode_with_thumbnails
from ..widgets.liveness_view import LivenessView
from ..widgets.send_row import SEND_KEYS, SendRow
from ..widgets.short_choice_combo_box import ShortChoiceComboBox
from ..widgets.vertical_scroll_area import VerticalScrollArea

if TYPE_CHECKING:  # the store loads in a worker, never with the window
    from ...store import Decision

#: Characters a biz_id ("1462259748,52b13fb5-…") never holds but a URL or its query does.
_URL_SIGNS = frozenset("/?#&=")

#: A return_url without its scheme (a host, then its path, query or fragment), or its query alone ("a=b&biz_id=…").
_URL_SHAPE = re.compile(r"[\w-]+(\.[\w-]+)*(:\d+)?[/?#]\S*|[?#]\S*|[\w.-]+=[^\s&]*(&[\w.-]+=[^\s&]*)*")

#: The message of input holding a URL's characters that is not shaped as one ("' OR 1=1 --").
NOT_A_BIZ_ID = "Neither a biz_id nor a return_url."

#: A biz_id as FaceID gives them (get_result's documented example, 47 characters): the field is as wide as one.
TYPICAL_BIZ_ID: Final = "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1"


class FetchedResult(NamedTuple):
    """A session's result as fetched, its images decoded, and the History entry it is kept in."""

    result: LivenessSessionResult
    decoded: dict[str, QImage]
    thumbnails: dict[str, QImage]
    entry: int


class BizIdEdit(QLineEdit):
    """The biz_id field, asking for the width of a whole biz_id: QLineEdit's own 17 characters showed 30 of its 47,
    and reviewers compare it with tickets. Its least width stays QLineEdit's, so the window's does too."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        # Its hex digits all the font's widest: any biz_id of that shape fits, not only the example.
        widest = max("0123456789abcdef", key=metrics.horizontalAdvance)
        biz_id = re.sub("[0-9a-f]", widest, TYPICAL_BIZ_ID)
        # Qt's hint is 17 "x" and the field's margins and frame: the biz_id in their place, the margins kept, and
        # the pixel Qt adds to a text's width before it scrolls it.
        whole = hint.width() - 17 * metrics.horizontalAdvance("x") + metrics.horizontalAdvance(biz_id) + 1
        return QSize(max(hint.width(), whole), hint.height())


def biz_id_from_input(text: str) -> str:
    """A typed biz_id as is, or the biz_id of a pasted return_url: whole, without its scheme, or its query alone."""
    text = text.strip()
    if text.lower().startswith(("http://", "https://")):
        return biz_id_from_return_url(text)
    if _URL_SIGNS.intersection(text):
        if not _URL_SHAPE.fullmatch(text):  # a biz_id gone wrong, not a URL: told what a biz_id looks like
            raise FaceIDError.input("biz_id", NOT_A_BIZ_ID)
        return biz_id_from_return_url(text if "?" in text or "#" in text else f"?{text}")
    if not text:
        raise FaceIDError.input("biz_id", "biz_id is required.", code="MISSING_ARGUMENTS")
    return text


class LivenessResultsPage(QWidget):
    """One get_result per press of Fetch (Ctrl+Return); the answer is journaled, then shown."""

    status_message = Signal(str)
    #: Emitted after each answer (result or error) has been shown.
    finished = Signal()
    #: Emitted with a biz_id whose result the service no longer gives: the History page shows it if kept.
    open_in_history = Signal(str)
    #: The reviewer asked to decide on the result on show: its History entry (the main window opens it there).
    decide_requested = Signal(int)

    def __init__(self, *, connection: Connection, settings: Settings, history: LazyHistoryStore, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("livenessResultsPage")
        self.connection = connection
        self.settings = settings
        self.history = history
        self.language = language
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-get-result")
        self._task = BackgroundTask(self)
        self._task.busy_changed.connect(self._busy_changed)
        self._request_profile = ""  # the profile Fetch was last pressed for
        #: The result last shown, with its decoded images (to put it back after a switch away and back).
        self._shown: tuple[LivenessSessionResult, dict[str, QImage], dict[str, QImage]] | None = None
        #: The profile the error on show came from: an error is about the calls of its own profile.
        self._error_from = ProfileBound(connection, self._task, self._take_error_off, self)
        #: The profile the result on show came from: a session is its own account's, as Verify's answer is.
        self._result_from = ProfileBound(connection, self._task, self._take_result_off, self)

        form_side = QWidget(self)
        form_layout = QVBoxLayout(form_side)
        form = QFormLayout()
        # On a narrow page a field goes under its label, as on the App token page: side by side, the choice of
        # images and its label kept the form too wide for the answer beside it at 800 px.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.biz_edit = BizIdEdit(form_side)
        self.biz_edit.setObjectName("bizIdEdit")
        self.biz_edit.setPlaceholderText(self.tr("biz_id, or the whole return_url"))
        self.biz_edit.setAccessibleName(self.tr("biz_id or return_url"))
        self.biz_field = FieldWithProblem(self.biz_edit, parent=form_side)
        self.biz_edit.textEdited.connect(lambda _t: self.biz_field.set_problem(""))
        self.biz_edit.returnPressed.connect(self.fetch)
        label = QLabel(self.tr("&biz_id:"), form_side)
        label.setBuddy(self.biz_edit)
        # Over its field, which then spans the form: beside it, under the column of the longest label, a whole biz_id
        # kept the form wider than the answer beside it at 1024 px.
        form.addRow(label)
        form.addRow(self.biz_field)
        # In short when closed, whole in its list and tooltip: the whole choice, cut off in a narrow form, read
        # "1 — the best frame (image_b".
        self.image_type_box = ShortChoiceComboBox(form_side)
        self.image_type_box.setObjectName("imageTypeBox")
        # 0 is the service's default (get_result: "0(默认)"); 1 is chosen here: the result is given once, so images
        # not asked for are gone for good, and the best frame is the face the session compared.
        self.image_type_box.add_choice(self.tr("0 — no images (the service's default)"),
                                       self.tr("0 — no images (default)"), GetImageType.NONE)
        self.image_type_box.add_choice(self.tr("1 — the best frame (image_best)"), self.tr("1 — the best frame"),
                                       GetImageType.BEST)
        self.image_type_box.add_choice(self.tr("2 — the best frame and the action frames (image_action*)"),
                                       self.tr("2 — best and action frames"), GetImageType.ALL)
        self.image_type_box.setCurrentIndex(1)
        image_label = QLabel(self.tr("&Images (get_image_type):"), form_side)
        image_label.setToolTip(self.tr(
            "FaceID returns no images unless asked (0 is its default). The console asks for the best frame: the "
            "result is given only once, so images not asked for now cannot be fetched later."))
        name_by_label(image_label, self.image_type_box)
        form.addRow(image_label, self.image_type_box)
        form_layout.addLayout(form)

        self.once_note = QLabel(self.tr(
            "⚠ The service returns a session's result only once, and only within a day of the session. "
            "The answer is saved in the history before it is shown, so it can be read again there."), form_side)
        self.once_note.setObjectName("onceNote")
        self.once_note.setWordWrap(True)
        set_notice(self.once_note)
        form_layout.addWidget(self.once_note)
        self.send_row = SendRow(self.tr("Fetch the &result"), "fetchButton", self.fetch, form_side, default=True)
        self.fetch_button, self.stage_label = self.send_row.button, self.send_row.stage_label
        self.fetch_action = QAction(self.tr("Fetch the liveness result"), self)
        self.fetch_action.setShortcuts(list(SEND_KEYS))
        self.fetch_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.fetch_action.triggered.connect(self.fetch_button.click)  # as the button: nothing while it is off
        self.addAction(self.fetch_action)
        form_layout.addWidget(self.send_row)
        form_layout.addStretch(1)

        result_side = QWidget(self)
        result_layout = QVBoxLayout(result_side)
        result_layout.setContentsMargins(0, 0, 0, 0)
        # The biz_id the answer on show is about: one taken from a pasted return_url is seen nowhere else, and an
        # error names none. Wraps anywhere: a biz_id has no space to break at.
        self.looked_up_label = WrapAnywhereLabel(result_side)
        self.looked_up_label.setObjectName("lookedUpBizId")
        self.looked_up_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy it
        self.looked_up_label.setVisible(False)
        self._looked_up = ""  # its text for the look-up on its way
        result_layout.addWidget(self.looked_up_label)
        self.error_panel = ErrorPanel(language, result_side, call="get_result")
        self.error_panel.setVisible(False)
        result_layout.addWidget(self.error_panel)
        # Lined up with the text of the panel or banner under it, not against the column's edge.
        self.looked_up_label.setContentsMargins(self.error_panel.text_indent(), 6, 0, 2)
        # The way to the answer kept in History, under the explanation and lined up with its text.
        self._history_row = QWidget(result_side)
        history_row = QHBoxLayout(self._history_row)
        history_row.setContentsMargins(self.error_panel.text_indent(), 6, 0, 6)
        self.history_button = QPushButton(self.tr("&Open the saved result in History"), self._history_row)
        self.history_button.setObjectName("openInHistory")
        press_with_enter(self.history_button)  # Enter opens it, as Space does
        history_row.addWidget(self.history_button)
        history_row.addStretch(1)
        self._history_row.setVisible(False)
        self._biz_id = ""  # the biz_id of the last look-up sent
        self.history_button.clicked.connect(lambda: self.open_in_history.emit(self._biz_id))
        result_layout.addWidget(self._history_row)
        # Its comparison's parts built ahead once it is on screen, not while the profile opens: that worker's imports
        # would hold the steps up (as the window's own idle build waits, ``MainWindow._idle``).
        self.view = LivenessView(language, result_side,
                                 build_ahead=lambda: connection.state is not ServiceState.STARTING)
        self.view.clear(self.tr("No result yet"), self.tr(
            "Enter a session's biz_id, or paste its return_url, and press Enter."))
        result_layout.addWidget(self.view)
        result_layout.addStretch(1)  # with the view hidden, the error panel keeps its own height
        result_column = QWidget(self)
        column_layout = QVBoxLayout(result_column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        # Scrolls up and down only, as the session page's side: never narrower than the answer at its narrowest, so
        # the verdict, the gauges' readings and the biz_id wrap in the column rather than being cut off at its edge
        # (at 800×600 the answer scrolled 310 px sideways, its headline cut).
        scroll = VerticalScrollArea(result_column)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, and scrolls them into view
        scroll.setWidget(result_side)
        column_layout.addWidget(scroll, 1)
        # Under the result, never scrolled out of view: the way to a decision on it (it is in History), as under
        # Verify's answer.
        self._decide_bar = DecideBar(settings, self, result_column)
        self._decide_bar.decide_requested.connect(self.decide_requested)
        self.decide_action, self.decide_button = self._decide_bar.action, self._decide_bar.button
        self.decision_label = self._decide_bar.label
        column_layout.addWidget(self._decide_bar)

        form_scroll = VerticalScrollArea(self)
        form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, and scrolls them into view
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setWidget(form_side)
        # As on the Verify and session pages: a narrower window narrows the form first, down to its least width, so
        # the answer stays readable; a wider one widens the answer. Where there is room, the form is as wide as its
        # rows with each label beside its field, as the Verify page's: a fixed 470 px left most of it empty at 1024 px
        # while the answer beside it was squeezed.
        self.splitter = FormResultSplitter(form_scroll, result_column,
                                           scrolling_form_width(form_scroll, form_side.sizeHint().width()), self)
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)
        connection.changed.connect(self._update_fetch)
        self._update_fetch()

    def look_up(self, biz_id: str) -> None:
        """Put ``biz_id`` in the form (from a received callback); the reviewer presses Fetch."""
        self.biz_edit.setText(biz_id)
        self.biz_edit.setCursorPosition(0)  # its start (the timestamp part) in view, not its end
        self.biz_field.set_problem("")
        if not self._task.busy:  # the last look-up's error or answer was about another biz_id: not left beside it
            self.error_panel.setVisible(False)
            self._show_looked_up(False)
            self._error_from.cleared()
            self._result_from.cleared()
            self._history_row.setVisible(False)
            self._decide_bar.set_entry(None)
            self.view.clear(self.tr("No result yet"), self.tr("Press Enter to fetch this session's result."))
            self.view.setVisible(True)
        self.biz_edit.setFocus()

    def fetch(self) -> None:
        if self._task.busy or not self.fetch_button.isEnabled():
            return
        self._request_profile = self.connection.profile.name
        try:
            biz_id = biz_id_from_input(self.biz_edit.text())
            request = GetResultRequest(biz_id, GetImageType(self.image_type_box.currentData()))
            request.validate()
        except FaceIDError as err:
            err = FaceIDError.input(err.field or "biz_id", self.biz_id_problem_text(err), code=err.code)
            self.biz_field.set_problem(err.message)
            self._looked_up = ""  # nothing was looked up
            self._show_error(err)
            return
        self.biz_field.set_problem("")  # a mark left from earlier input (text set without textEdited) is stale now
        # Fetched again from the answer (Ctrl+Return): it is hidden next, and the keyboard goes through the call as
        # from Fetch, not on to the tool bar's profile box.
        park_keyboard_out_of([self.view, self._history_row, self._decide_bar], self.fetch_button)
        self._decide_bar.set_entry(None)
        self.view.clear(self.tr("Working…"))
        self.view.setVisible(True)  # hidden while an error was on show
        self.error_panel.setVisible(False)
        self._error_from.cleared()
        self._result_from.cleared()
        self._history_row.setVisible(False)
        self._biz_id = biz_id
        pasted_url = biz_id != self.biz_edit.text().strip()  # read out of a return_url (or its query)
        self._looked_up = (self.tr("Looked up biz_id {biz_id} (from the pasted return URL)") if pasted_url else
                           self.tr("Looked up biz_id {biz_id}")).format(biz_id=shortened(biz_id))
        self._show_looked_up(False)  # the last look-up's, until this one's answer is shown
        self._task.start(self._fetch(request), self._show_result, self._show_error)

    def biz_id_problem_text(self, err: FaceIDError) -> str:
        """What is wrong with the typed biz_id or pasted return_url, in the window's language."""
        if err.field == "return_url":
            return self.tr("This URL has no biz_id parameter: paste the return_url the applicant's browser "
                           "landed on, or type the biz_id.")
        if err.code == "MISSING_ARGUMENTS":
            return self.tr("Enter the biz_id, or paste the return_url.")
        if err.message == NOT_A_BIZ_ID:
            return self.tr("This is not a biz_id: a biz_id looks like 1462259748,52b13fb5-… with no spaces. Or paste "
                           "the whole return_url.")
        if "spaces" in err.message:
            return self.tr("A biz_id has no spaces: check that it was copied whole.")
        return input_problem_text(err)  # control characters, a paste too long: the library's rules, worded there

    async def _fetch(self, request: GetResultRequest) -> FetchedResult:
        client = self.connection.client
        if client is None or self.connection.state is not ServiceState.READY:
            raise FaceIDError("CONNECTION_FAILED", origin=ErrorOrigin.TRANSPORT, message="the profile is not connected")
        self._stage(self.tr("Waiting for FaceID… (the answer is saved, then shown)"))
        profile, level = self.connection.profile.name, self.settings.policy_level
        billable = self.connection.profile.billed  # nothing the built-in engine answers is billed
        entry, result = await in_thread(self._executor, lambda: send_with_history_entry(
            self.history, "get_result", profile=profile, params=request.query(), images={},
            send=lambda: client.get_result(request), base_url=client.base_url, policy_level=level,
            billable=billable))
        ratio = self.view.gallery.devicePixelRatioF()  # its thumbnails made in the worker too, for its screen
        decoded, thumbnails = await in_thread(self._executor, decode_with_thumbnails, result.images, ratio)
        return FetchedResult(result, decoded, thumbnails, entry)

    def _stage(self, text: str) -> None:
        self.stage_label.setText(text)
        self.status_message.emit(text)

    def _busy_changed(self, _busy: bool) -> None:
        self._update_fetch()

    def _update_fetch(self) -> None:
        ready = self.connection.state is ServiceState.READY and self.connection.client is not None
        self.send_row.set_state(ready, self._task.busy)
        self.fetch_action.setEnabled(ready and not self._task.busy)

    def _show_result(self, answer: FetchedResult) -> None:
        result, decoded, thumbnails, entry = answer
        self.error_panel.setVisible(False)
        self._error_from.cleared()
        self.view.setVisible(True)
        self.stage_label.setText(self.tr("Saved in the history."))
        if self._request_profile != self.connection.profile.name:
            # The answer of the profile the look-up went with; the top bar now names another: said whose it is, and
            # shown once that profile is back.
            self._say_result_of(self._request_profile)
            self._decide_bar.keep_off(entry)  # a decision recorded on it in History meanwhile shows once it is back
            self._result_from.kept_off(self._request_profile, self._result_put_back(
                result, decoded, thumbnails, self._decide_bar.put_back))
            self.status_message.emit(self.view.status_label.text())
            self.finished.emit()
            return
        self.view.show_result(result, self.settings.policy_level, decoded, thumbnails=thumbnails,
                              billable=profile_charges(self._request_profile, self.settings.profiles))
        self._shown = (result, decoded, thumbnails)
        self._decide_bar.set_entry(entry)
        self._show_looked_up(True)
        self._result_from.shown(self._request_profile)
        self.status_message.emit(self.tr("Liveness result received and saved — {headline}").format(
            headline=self.view.headline.text()))
        self.finished.emit()

    def _show_error(self, err: FaceIDError) -> None:
        self.stage_label.setText("")
        self.view.clear()
        self.view.setVisible(False)  # nothing to show but the error panel, which says it all
        step = self.connection.engine_stopped_step(err)
        billed = unbilled_profile_text(err, self._request_profile, self.settings.profiles)
        if err.outcome_unknown:  # fetching is free, but only the first fetch gets the result
            billed = self.tr("Not billed: fetching a result is free. But only the first fetch gets it: if FaceID "
                             "answered this one, the result is used up.")
            step = step or self.tr("Fetch it again. If FaceID answers that there is no such result, the answer that "
                                   "did not arrive took it: look for the session's callback in History (it carries "
                                   "the same result), or start a new session.")
        self.error_panel.show_error(err, step=step, billed=billed)
        self.error_panel.setVisible(True)
        if err.origin is ErrorOrigin.SERVICE and error_field(err) == "biz_id":  # as the panel's advice says
            self.biz_field.set_problem(problem_text(err, self.language, call="get_result"))
        self._show_looked_up(True)
        self._error_from.shown(self._request_profile)
        self._result_from.cleared()  # the view holds no result now
        self._decide_bar.set_entry(None)
        # Given once only: a second look-up's answer is DATA_DESTROYED, but the first answer is in the history.
        self._history_row.setVisible(err.code == "DATA_DESTROYED" and bool(self._biz_id))
        self.status_message.emit(self.tr("No liveness result — {reason}").format(
            reason=self.error_panel.headline.text()))
        self.finished.emit()

    def _take_error_off(self, _profile: str) -> None:
        """Another profile's error (and its mark at the biz_id, its way to History) is off the page once the
        reviewer switched (see ``ProfileBound``): it said nothing about this profile's sessions."""
        self.error_panel.setVisible(False)
        self._history_row.setVisible(False)
        self._show_looked_up(False)
        self.biz_field.set_problem("")
        self.view.clear(self.tr("No result yet"), self.tr(
            "Enter a session's biz_id, or paste its return_url, and press Enter."))
        self.view.setVisible(True)

    def _take_result_off(self, profile: str) -> PutBack | None:
        """Another profile's session result is off the page once the reviewer switched (see ``ProfileBound``), as
        Verify takes its answer off: the session was that profile's account's, and beside this profile's name in the
        top bar it read as this one's. Back on that profile, it is put back (the service gives it only once)."""
        shown = self._shown
        self._decide_bar.take_off()  # its way to a decision too, with any decision recorded meanwhile when back
        self._say_result_of(profile)
        return None if shown is None else self._result_put_back(*shown, self._decide_bar.put_back)

    def _result_put_back(self, result: LivenessSessionResult, decoded: dict[str, QImage],
                         thumbnails: dict[str, QImage], decidable: Callable[[], None]) -> PutBack:
        """What shows ``result`` again as it was, with the biz_id it was looked up by; ``decidable`` puts its way to a
        decision back."""
        looked_up = self._looked_up
        billable = profile_charges(self._request_profile, self.settings.profiles)

        def put_back() -> None:
            self._shown = (result, decoded, thumbnails)
            self._history_row.setVisible(False)
            self.view.show_result(result, self.settings.policy_level, decoded, thumbnails=thumbnails, billable=billable)
            self._looked_up = looked_up
            self._show_looked_up(True)
            decidable()
        return put_back

    def show_decision(self, entry: int, decision: Decision) -> None:
        """A decision was recorded on ``entry`` in History: when it is the result on show, say so under it."""
        self._decide_bar.show_decision(entry, decision)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._decide_bar.update_action()  # Ctrl+Shift+D decides on this page's result while it is on show

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._decide_bar.update_action()

    def _say_result_of(self, profile: str) -> None:
        """Say, where the result would be, that the last one is ``profile``'s and kept in History, with the way
        there."""
        self.view.clear(self.tr("No result from this profile yet"), self.tr(
            "The last result came from profile {profile} and is kept in History.").format(
            profile=stored_profile_name(profile, self.settings.profiles)))
        self._show_looked_up(False)  # that profile's look-up: History has it
        self.view.setVisible(True)
        self._history_row.setVisible(bool(self._biz_id))

    def _show_looked_up(self, shown: bool) -> None:
        """Show (or take off) which biz_id the answer on show was looked up by."""
        self.looked_up_label.setText(self._looked_up if shown else "")
        self.looked_up_label.setVisible(shown and bool(self._looked_up))

    @property
    def call_in_flight(self) -> bool:
        """A call of this page has been sent and its answer is still on its way."""
        return self._task.busy

    def settings_changed(self) -> None:
        """Re-judge the answer on show at a changed policy level; say when it was decided in the zone times are now
        shown in."""
        if self.view.isVisible():
            self.view.rejudge(self.settings.policy_level)
        self._decide_bar.word_decision()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
