"""The Verify page: the applicant, the photos and options on the left; the verdict and its numbers on the right.

One ``verify`` with ``face_image_type=raw_image`` per press of Verify (Ctrl+Return). Photos are read and
prepared in the background when chosen; the call runs in a worker thread; the page never blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QImage, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...api import ComparisonType, FaceIDError
from ...api.errors import ErrorOrigin, is_about_the_applicant
from ...api.identity import (
    MAX_UUID_BYTES_VERIFY,
    normalize_idcard_name,
    normalize_idcard_number,
    validate_idcard_name,
    validate_idcard_number,
    validate_uuid,
)
from ...settings import ProfileKind, Settings

if TYPE_CHECKING:
    from ...api import VerifyResult
    from ...store import Decision, EntryId
from ...lazy_history import LazyHistoryStore
from ..colours import CAUTION, set_muted, set_text_colour, text_meaning
from ..connection import Connection, ServiceState
from ..focus import focus_first_marked, give_keyboard_back, park_keyboard, park_keyboard_out_of, tab_to_the_checked
from ..input_texts import input_problem_text
from ..profile_bound import ProfileBound, PutBack
from ..tasks import BackgroundTask, in_thread
from ..texts import (
    PHOTO_FIELDS,
    call_billed,
    image_field_name,
    stored_profile_name,
    unbilled_profile_text,
)
from ..widgets.columns_box import ColumnsBox
from ..widgets.decide_bar import DecideBar
from ..widgets.edge_frame import inset_as_text_of
from ..widgets.enter_presses import press_with_enter
from ..widgets.field_with_problem import FieldWithProblem, clear_marks, mark_problems
from ..widgets.focus_progress import FocusProgressBar, FocusStatusLabel
from ..widgets.form_result_splitter import FormResultSplitter, scrolling_form_width
from ..widgets.photo_slot import PhotoSlot
from ..widgets.result_view import ResultView
from ..widgets.vertical_scroll_area import VerticalScrollArea

#: The history cannot record the call, so it is not sent (every call must be journaled first).
HISTORY_UNAVAILABLE = "HISTORY_UNAVAILABLE"
#: The documents' default face_quality_threshold.
DEFAULT_QUALITY_THRESHOLD = 30


def photo_slot_title(field: str) -> str:
    """A photo field as the Verify form titles its slot ("Photo to check", "Reference photo 1"; the PDF report
    captions its photos the same)."""
    return {"image": QCoreApplication.translate("VerifyPage", "Photo to check"),
            "image_ref1": QCoreApplication.translate("VerifyPage", "Reference photo 1"),
            "image_ref2": QCoreApplication.translate("VerifyPage", "Reference photo 2"),
            "image_ref3": QCoreApplication.translate("VerifyPage", "Reference photo 3")}.get(field, field)


@dataclass(frozen=True)
class SentCall:
    """What was last sent, to ask before sending the same inputs again when that call may have been billed."""

    fingerprint: str
    profile: str
    request_id: str | None
    #: Whether that call was billed: None when not known (no answer came, or an error the documents do not list);
    #: never on the built-in engine, which bills nothing.
    billed: bool | None
    #: Its history entry when its outcome is unknown: the same inputs sent again are recorded as its resend.
    unknown_entry: EntryId | None = None


class InputProblems(Exception):
    """Every problem the form has before anything is sent, in reading order; each is marked where it is."""

    def __init__(self, problems: Sequence[FaceIDError]) -> None:
        assert problems, "raised only when there is a problem"
        super().__init__(problems[0].message)
        self.problems = list(problems)


class VerifyPage(QWidget):
    """Enter the applicant, pick photos, send one verify and read the result."""

    status_message = Signal(str)
    #: Emitted after each answer (result or error) has been shown.
    finished = Signal()
    #: The reviewer asks to record a decision on the history entry of the answer on show.
    decide_requested = Signal(int)

    def __init__(self, *, connection: Connection, settings: Settings, history: LazyHistoryStore, state: QSettings,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyPage")
        self.connection = connection
        self.settings = settings
        self.history = history
        self.state = state
        self.language = language
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="faceid-photos")
        self._task = BackgroundTask(self)
        self._task.busy_changed.connect(self._busy_changed)
        self._sending = False
        self._parked: QWidget | None = None  # Verify, while the keyboard waits on the stage line for the connection
        self.last_sent: SentCall | None = None
        #: The history entry of the last call sent from this page.
        self.last_entry: EntryId | None = None
        self._call_entry: EntryId | None = None  # the entry of the call in flight, once journaled
        self._sent_refs: dict[str, str] = {}
        #: Photo parameters of the call in flight sent under another number (image_ref2 from slot 3), to its slot.
        self._renumbered: dict[str, str] = {}
        #: The photo to check and the reference photos (by score, ``result_ref1``) of the call in flight or the answer
        #: on show, upright as sent; let go of when another outcome takes its place (a photo is not kept past it).
        self._sent_photo: QImage | None = None
        self._sent_references: dict[str, QImage] = {}
        #: The face_quality_threshold of the call in flight, which a refusal's faces are held to.
        self._sent_quality_threshold: int | None = None
        #: Draws the outcome on show again in the result view (its marks too), to put it back after a switch.
        self._redraw: Callable[[], None] = lambda: None  # set with each outcome, before any can be taken off

        form_side = QWidget(self)
        form_column = QVBoxLayout(form_side)
        form_column.setContentsMargins(0, 0, 0, 0)
        form_scroll = QScrollArea(form_side)
        form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, and scrolls them into view
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form = QWidget(form_scroll)
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self._build_applicant(form))
        form_layout.addWidget(self._build_photos(form))
        form_layout.addWidget(self._build_options(form))
        form_layout.addStretch(1)
        form_scroll.setWidget(form)
        # The form scrolls vertically only, so its column never gets narrower than the form itself (at its narrowest,
        # the reference photos one to a row); it prefers the width that holds them side by side.
        form_side.setMinimumWidth(scrolling_form_width(form_scroll, form.minimumSizeHint().width()))
        form_column.addWidget(form_scroll, 1)
        form_column.addWidget(self._build_submit_bar(form_side))

        result_side = QWidget(self)
        result_column = QVBoxLayout(result_side)
        result_column.setContentsMargins(0, 0, 0, 0)
        # Its lines wrap to the column, which scrolls up and down only: never narrower than the answer at its
        # narrowest, so at the window's least width the verdict and its numbers wrap in view (they were cut off,
        # to be scrolled to sideways, at 200 %); the form and the window's least width make room for it.
        result_scroll = VerticalScrollArea(result_side)
        result_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, and scrolls them into view
        result_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.result_view = ResultView(language, result_scroll, empty_hint=self.tr(
            "Fill in the applicant and photos on the left, then press Verify (Ctrl+Return)."))
        self.result_view.setObjectName("resultView")
        result_scroll.setWidget(self.result_view)
        self.outdated_note = QLabel(self._outdated_text(sent=True), result_side)
        self.outdated_note.setObjectName("outdatedNote")
        self.outdated_note.setWordWrap(True)
        set_text_colour(self.outdated_note, CAUTION, bold=True)
        inset_as_text_of(self.outdated_note, self.result_view.banner)  # in line with the verdict, off the edge
        self.outdated_note.setVisible(False)
        result_column.addWidget(self.outdated_note)
        result_column.addWidget(result_scroll, 1)
        # Under the answer, level with Verify: go on to the decision on this answer (it is in History).
        self._decide_bar = DecideBar(settings, self, result_side)
        self._decide_bar.decide_requested.connect(self.decide_requested)
        self.decide_action, self.decide_button = self._decide_bar.action, self._decide_bar.button
        self.decision_label = self._decide_bar.label
        result_column.addWidget(self._decide_bar)
        # A wider window widens the result (the verdict, the photo with its boxes); a narrower one narrows the form
        # first, down to one reference photo to a row, so the verdict stays readable on a small or scaled screen.
        self.splitter = FormResultSplitter(form_side, result_side,
                                           scrolling_form_width(form_scroll, form.sizeHint().width()), self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self._restore_state()
        self._mode_changed()
        #: The profile the answer on show (or the call on its way) came from; switching to another one clears it.
        self._answer_from = ProfileBound(connection, self._task, self._take_answer_off, self)
        self._cancel_reason: str | None = None  # why a call was stopped before it was sent, when not by Esc
        #: Each slot's ``choice`` when Verify was pressed: an answer marks only a slot that still holds what was sent.
        self._submitted_choices: dict[str, int] = {}
        self._submitted_form: tuple[object, ...] = ()  # ``_form_now`` when Verify was pressed
        #: Where the keyboard was when Verify was pressed: a problem takes it only if the reviewer has not moved it.
        self._focus_at_submit: QWidget | None = None
        self._keyboard_parked = False  # the keyboard waits on Cancel or the progress bar while Verify is disabled
        #: The applicant and photos the outcome on show is about (None: nothing on show is); a form changed since
        #: says so above it, so an answer is never read as being about another applicant.
        self._shown_for: tuple[object, ...] | None = None
        for edit in (self.name_edit, self.number_edit, self.uuid_edit):
            edit.textChanged.connect(self._form_edited)
        self.mode_group.idToggled.connect(self._form_edited)
        for slot in self.slots.values():
            slot.changed.connect(self._form_edited)
        connection.changed.connect(self._update_submit)
        self._update_submit()

    # --- building -------------------------------------------------------------------------------

    def _build_applicant(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Applicant"), parent)
        layout = QVBoxLayout(box)
        modes = QVBoxLayout()
        self.kyc_radio = QRadioButton(self.tr("&KYC: name and ID number"), box)
        self.kyc_radio.setToolTip(self.tr("comparison_type=1: compare with the ID photo of the identity data source"))
        self.compare_radio = QRadioButton(self.tr("Face &comparison: uuid and reference photos"), box)
        self.compare_radio.setToolTip(self.tr("comparison_type=0: compare with your own reference photos"))
        self.mode_group = QButtonGroup(box)
        self.mode_group.addButton(self.kyc_radio, int(ComparisonType.KYC))
        self.mode_group.addButton(self.compare_radio, int(ComparisonType.FACE_COMPARISON))
        self.kyc_radio.setChecked(True)
        tab_to_the_checked(self.mode_group)
        self.mode_group.idToggled.connect(self._mode_toggled)
        modes.addWidget(self.kyc_radio)
        modes.addWidget(self.compare_radio)
        layout.addLayout(modes)

        fields = QFormLayout()
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("idcardName")
        self.name_edit.setAccessibleName(self.tr("Name (idcard_name)"))
        self.name_edit.setPlaceholderText(self.tr("as printed on the ID card"))
        self.name_field = FieldWithProblem(self.name_edit, parent=box)
        self.number_edit = QLineEdit(box)
        self.number_edit.setObjectName("idcardNumber")
        self.number_edit.setAccessibleName(self.tr("ID number (idcard_number)"))
        self.number_edit.setPlaceholderText(self.tr("18 characters"))
        self.mask_check = QCheckBox(self.tr("&Mask"), box)
        self.mask_check.setToolTip(self.tr("Hide the ID number on screen"))
        self.mask_check.setAccessibleName(self.tr("Mask the ID number on screen"))
        self.mask_check.toggled.connect(self._mask_toggled)
        self.number_field = FieldWithProblem(self.number_edit, self.mask_check, box)
        self.uuid_edit = QLineEdit(box)
        self.uuid_edit.setObjectName("uuid")
        self.uuid_edit.setAccessibleName(self.tr("uuid"))
        self.uuid_edit.setPlaceholderText(self.tr("your own id for this applicant"))
        self.uuid_field = FieldWithProblem(self.uuid_edit, parent=box)
        self.name_label = QLabel(self.tr("&Name:"), box)
        self.name_label.setBuddy(self.name_edit)
        self.number_label = QLabel(self.tr("I&D number:"), box)
        self.number_label.setBuddy(self.number_edit)
        self.uuid_label = QLabel(self.tr("&uuid:"), box)
        self.uuid_label.setBuddy(self.uuid_edit)
        fields.addRow(self.name_label, self.name_field)
        fields.addRow(self.number_label, self.number_field)
        fields.addRow(self.uuid_label, self.uuid_field)
        layout.addLayout(fields)
        for edit in (self.name_edit, self.number_edit, self.uuid_edit):
            edit.textEdited.connect(self._check_identity_as_typed)
        return box

    def _build_photos(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Photos"), parent)
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Choose, drop or paste (Ctrl+V) a photo into each box. JPEG, PNG, BMP, WebP or TIFF."),
                      box)
        hint.setWordWrap(True)
        set_muted(hint)
        layout.addWidget(hint)
        self.slots: dict[str, PhotoSlot] = {}
        references = ColumnsBox(box)  # three side by side where the form has room, fewer per row where not
        for number, field in enumerate(PHOTO_FIELDS):  # Alt+1…8: each photo's Choose… and Clear, in reading order
            slot = PhotoSlot(field, photo_slot_title(field), self._executor, self.state, box, compact=field != "image",
                             keys=(str(2 * number + 1), str(2 * number + 2)))
            slot.changed.connect(self._update_submit)
            self.slots[field] = slot
            if field == "image":
                layout.addWidget(slot)
            else:
                references.add(slot)
        layout.addWidget(references)
        return box

    def _build_options(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Options"), parent)
        form = QFormLayout(box)
        self.fail_multiple = QCheckBox(self.tr("Fail when the photo to check has &several faces"), box)
        self.fail_multiple.setToolTip(self.tr(
            "fail_when_multiple_faces (default 1): on, MULTIPLE_FACES is returned; "
            "off, the largest face is used"))
        self.fail_multiple.setChecked(True)
        self.fail_ref_multiple = QCheckBox(self.tr("Fail when a &reference photo has several faces"), box)
        self.fail_ref_multiple.setToolTip(self.tr(
            "fail_when_ref_multiple_faces (default 1): on, MULTIPLE_FACES is returned; "
            "off, the largest face is used"))
        self.fail_ref_multiple.setChecked(True)
        self.quality_spin = QSpinBox(box)
        self.quality_spin.setRange(0, 100)
        self.quality_spin.setValue(DEFAULT_QUALITY_THRESHOLD)
        self.quality_spin.setAccessibleName(self.tr("Face quality threshold"))
        self.quality_spin.setToolTip(self.tr(
            "face_quality_threshold (0–100, default 30): "
            "a face of lower quality in the photo to check gives LOW_QUALITY"))
        quality_label = QLabel(self.tr("Face &quality threshold:"), box)
        quality_label.setBuddy(self.quality_spin)
        self.return_faces = QCheckBox(self.tr("Return face &boxes and quality"), box)
        self.return_faces.setToolTip(self.tr(
            "return_faces (service default 0; on in the console so boxes can be drawn)"))
        self.return_faces.setChecked(True)
        # Short enough for a narrow form (a check box's text does not wrap); the angles are in its tooltip.
        self.multi_oriented = QCheckBox(self.tr("Try rotated ph&otos when no face is found"), box)
        self.multi_oriented.setToolTip(self.tr(
            "multi_oriented_detection (default 0): also looks for a face turned 90°, 180° or 270°; slower when on"))
        form.addRow(self.fail_multiple)
        form.addRow(self.fail_ref_multiple)
        form.addRow(quality_label, self.quality_spin)
        form.addRow(self.return_faces)
        form.addRow(self.multi_oriented)
        return box

    def _build_submit_bar(self, parent: QWidget) -> QWidget:
        bar = QWidget(parent)
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(9, 4, 9, 4)
        self.progress = FocusProgressBar(bar)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        # Where the keyboard waits while the connection keeps Verify off, saying why (``_update_submit``).
        self.stage_label = FocusStatusLabel(bar)
        self.stage_label.setObjectName("stageLabel")
        self.stage_label.setWordWrap(True)
        row = QHBoxLayout()
        # Away from Verify, at the row's other end: one click empties the form, and must not be a slip off Verify.
        self.new_applicant_action = QAction(self.tr("&New applicant"), self)
        self.new_applicant_action.setShortcut(QKeySequence.StandardKey.New)
        if self.new_applicant_action.shortcut().isEmpty():
            self.new_applicant_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_applicant_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        key = self.new_applicant_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.new_applicant_action.setToolTip(self.tr(
            "Empty the applicant, every photo and the answer, for the next applicant ({key})").format(key=key))
        self.new_applicant_action.triggered.connect(self.new_applicant)
        self.addAction(self.new_applicant_action)
        self.new_applicant_button = QPushButton(self.tr("New applicant"), bar)
        self.new_applicant_button.setObjectName("newApplicantButton")
        self.new_applicant_button.setAccessibleName(self.tr("New applicant"))
        self.new_applicant_button.setToolTip(self.new_applicant_action.toolTip())
        self.new_applicant_button.clicked.connect(self.new_applicant_action.trigger)
        row.addWidget(self.new_applicant_button)
        row.addWidget(self.stage_label, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), bar)
        self.cancel_button.setEnabled(False)
        self.cancel_button.setToolTip(self.tr("Stop while the photos are being prepared (Esc)"))
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.clicked.connect(self.cancel)
        self.submit_button = QPushButton(self.tr("Verify"), bar)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setDefault(True)
        self.submit_action = QAction(self.tr("&Verify"), self)
        self.submit_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.submit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.submit_action.triggered.connect(self.submit)
        self.addAction(self.submit_action)
        self.submit_button.clicked.connect(self.submit_action.trigger)
        # Enter presses them, as Space does; Verify, the page's default, already takes Enter while it has the keyboard.
        press_with_enter(self.new_applicant_button, self.cancel_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.submit_button)
        layout.addWidget(self.progress)
        layout.addLayout(row)
        return bar

    @property
    def answer_entry(self) -> int | None:
        """The history entry of the answer on show, if it came from a call that was sent; None otherwise."""
        return self._decide_bar.entry

    def request_decision(self) -> None:
        """Ask for the decision form of the answer on show (the main window opens it in History)."""
        self._decide_bar.request_decision()

    def _form_now(self) -> tuple[object, ...]:
        """What an outcome is about: the mode, the applicant as typed and the photo in each slot."""
        return (self.comparison_type, self.name_edit.text(), self.number_edit.text(), self.uuid_edit.text(),
                tuple(slot.choice for slot in self.slots.values()))

    def _shown_about(self, form: tuple[object, ...] | None) -> None:
        """The outcome on show is about ``form`` (None: nothing on show is about a form)."""
        self._shown_for = form
        self._form_edited()

    def _outdated_text(self, *, sent: bool) -> str:
        """The note over an outcome the form has changed since: about what was sent, or (nothing sent: the form's own
        problems) about the form as Verify found it."""
        if sent:
            # Not "this answer": a connection that failed or a time-out shows here too.
            return self.tr("⚠ This is about the form as it was when Verify was pressed; the form has changed since. "
                           "Press Verify (Ctrl+Return) for an answer about it as it is now.")
        return self.tr("⚠ These problems were found in the form as it was then (nothing was sent); the form has "
                       "changed since. Press Verify (Ctrl+Return) to check it again.")

    def _form_edited(self) -> None:
        self.outdated_note.setVisible(self._shown_for is not None and self._form_now() != self._shown_for)

    def _set_answer_entry(self, entry: EntryId | None) -> None:
        """The answer on show now belongs to ``entry`` (None: nothing on show can be decided)."""
        self._decide_bar.set_entry(entry)
        self._update_actions()

    def show_decision(self, entry: int, decision: Decision) -> None:
        """A decision was recorded on ``entry``: when it is the answer on show, say so under it."""
        self._decide_bar.show_decision(entry, decision)

    # --- mode and live checks -------------------------------------------------------------------

    @property
    def comparison_type(self) -> ComparisonType:
        return ComparisonType(self.mode_group.checkedId())

    def _mode_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._mode_changed()

    def _mode_changed(self) -> None:
        kyc = self.comparison_type is ComparisonType.KYC
        for widget in (self.name_label, self.name_field, self.number_label, self.number_field):
            widget.setVisible(kyc)
        for widget in (self.uuid_label, self.uuid_field):
            widget.setVisible(not kyc)
        self.slots["image_ref1"].set_required(not kyc)
        self.fail_ref_multiple.setEnabled(True)
        self._clear_problems()
        self._update_submit()

    def _mask_toggled(self, masked: bool) -> None:
        self.number_edit.setEchoMode(QLineEdit.EchoMode.Password if masked else QLineEdit.EchoMode.Normal)

    def identity_problems(self, *, require: bool) -> dict[str, str]:
        """Problems of the identity fields by parameter name; empty fields count only when ``require``."""
        problems: dict[str, str] = {}
        checks = ([("idcard_name", self.name_edit, validate_idcard_name),
                   ("idcard_number", self.number_edit, validate_idcard_number)]
                  if self.comparison_type is ComparisonType.KYC else
                  [("uuid", self.uuid_edit, lambda v: validate_uuid(v.strip(), MAX_UUID_BYTES_VERIFY))])
        for field, edit, check in checks:
            value = edit.text()
            if not value.strip() and not require:
                continue
            try:
                check(value)
            except FaceIDError as err:
                problems[field] = input_problem_text(err)
        return problems

    def _check_identity_as_typed(self) -> None:
        problems = self.identity_problems(require=False)
        for field, widget in self._fields().items():
            widget.set_problem(problems.get(field, ""))

    def _fields(self) -> dict[str, FieldWithProblem]:
        return {"idcard_name": self.name_field, "idcard_number": self.number_field, "uuid": self.uuid_field}

    def _clear_problems(self) -> None:
        clear_marks(self._fields().values(), self.slots)

    # --- sending --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_actions()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_actions()

    def _update_actions(self) -> None:
        """The page's shortcuts (Ctrl+Return, Ctrl+Shift+D, Ctrl+N) act only while the page is on show: the File menu
        holds them for the whole window, and a verify sent from another page would be billed out of sight (a form
        emptied out of sight, lost)."""
        self._update_submit()
        self._decide_bar.update_action()

    def _update_submit(self) -> None:
        ready = self.connection.state is ServiceState.READY and self.connection.client is not None
        busy = self._task.busy
        if not ready and not busy:  # off for the connection: Qt would pass its keyboard on, out of the page
            self._parked = park_keyboard([self.submit_button], self.stage_label) or self._parked
        self.submit_button.setEnabled(ready and not busy)
        self._parked = give_keyboard_back(self._parked, self.stage_label)
        self.submit_action.setEnabled(ready and not busy and self.isVisible())
        # Not while Verify's call is prepared or on its way: its answer is about the applicant the form holds.
        self.new_applicant_button.setEnabled(not busy)
        self.new_applicant_action.setEnabled(not busy and self.isVisible())
        # Said for the profile the call goes to: the built-in engine bills nothing.
        self.submit_button.setToolTip(
            self.tr("Send one verify call (Ctrl+Return). Every call is billed.") if self.connection.profile.billed
            else self.tr("Send one verify call to the built-in engine (Ctrl+Return). Nothing is billed."))
        if text_meaning(self.stage_label) is not None:  # the KYC caution below, taken back whatever comes next
            set_text_colour(self.stage_label, None)
            self.stage_label.setToolTip("")
            self.stage_label.setAccessibleDescription("")
        if busy:
            return
        if self.connection.state is ServiceState.STARTING:
            self.stage_label.setText(self.tr("Waiting for the connection (see the top bar)…"))
        elif self.connection.state is ServiceState.FAILED:
            self.stage_label.setText(self.tr("The profile is not usable: see the top bar, or open Settings."))
        elif any(slot.busy for slot in self.slots.values()):
            self.stage_label.setText(self.tr("Preparing photos…"))
        elif self.comparison_type is ComparisonType.KYC and (references := sum(
                self.slots[field].has_photo for field in PHOTO_FIELDS[1:])):
            # KYC needs none: one left from the last applicant would be sent with this one's call, and journaled.
            self.stage_label.setText(self.tr("⚠ KYC sends 1 reference photo too") if references == 1
                                     else self.tr("⚠ KYC sends {count} reference photos too").format(count=references))
            set_text_colour(self.stage_label, CAUTION)
            advice = self.tr("KYC needs no reference photo. Any in the slots is sent with this applicant's call and "
                             "kept in History: clear it if it is not this applicant's.")
            self.stage_label.setToolTip(advice)
            self.stage_label.setAccessibleDescription(advice)  # read out where the tooltip is not seen
        else:
            self.stage_label.setText("")

    def submit(self) -> None:
        """Check the form and send one verify; asks first when the same inputs were already sent."""
        if self._task.busy or not self.submit_button.isEnabled():
            return
        self._call_entry = None
        self._renumbered = {}
        self._submitted_choices = {}
        self._submitted_form = self._form_now()  # an input problem is about the form as it is now
        self._focus_at_submit = QApplication.focusWidget()
        try:
            request_fields = self._collect()
        except InputProblems as found:
            self._show_error(found.problems[0], also=found.problems[1:])
            return
        self._submitted_choices = {field: slot.choice for field, slot in self.slots.items()}
        fingerprint = self._fingerprint(request_fields)
        # Asked only when that call may have cost money: not after one its error panel said was not billed, nor on the
        # built-in engine, which bills nothing.
        if (self.last_sent is not None and self.last_sent.fingerprint == fingerprint
                and self.last_sent.billed is not False and not self.confirm_resend(self.last_sent)):
            self.status_message.emit(self.tr("Not sent again."))
            return
        # The same inputs after an unknown outcome: linked to that entry, as 'history resend' links its new entry.
        resend_of = (self.last_sent.unknown_entry if self.last_sent is not None
                     and self.last_sent.fingerprint == fingerprint else None)
        working = self.tr("Working…")
        # Ctrl+Return pressed in the answer: its parts are hidden next, and the keyboard goes through the call as
        # from Verify (on Cancel, then back on Verify), not on to the tool bar's profile box.
        park_keyboard_out_of([self.result_view, self._decide_bar], self.submit_button)
        self.result_view.clear(working, "")  # the stage line under the form says what is happening
        # The last answer's photos go with it: nothing draws it again once a new call is on its way.
        self._redraw = lambda: self.result_view.clear(working, "")
        self._let_go_of_photos()
        self._set_answer_entry(None)
        self._answer_from.shown(self.connection.profile.name)
        self._task.start(self._send(request_fields, fingerprint, resend_of), self._show_result, self._show_error,
                         self._cancelled, self._crashed)

    def new_applicant(self) -> None:
        """Empty the applicant, every photo and the answer for the next applicant, and put the keyboard in the first
        identity field; the mode and options stay. Asks first when the answer on show has no decision recorded yet;
        refused while Verify's call is prepared or on its way (its answer is about the applicant the form holds)."""
        if self._task.busy:
            return
        if self.answer_entry is not None and self._decide_bar.decision is None and not self.confirm_new_applicant():
            return
        for edit in (self.name_edit, self.number_edit, self.uuid_edit):
            edit.clear()
        for slot in self.slots.values():
            slot.clear()  # a reference photo left here was sent with the next applicant's KYC call
        self._clear_problems()
        self._let_go_of_photos()
        self._redraw = self.result_view.clear
        self._redraw()
        self._shown_about(None)
        self._set_answer_entry(None)
        self._decide_bar.forget_off()
        self._answer_from.cleared()  # an answer taken off at a profile switch is not put back over the new applicant
        first = self.name_edit if self.comparison_type is ComparisonType.KYC else self.uuid_edit
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.status_message.emit(self.tr("Ready for the next applicant."))

    def confirm_new_applicant(self) -> bool:
        """Ask whether to empty the form while the answer on show has no decision recorded (a native question
        dialog, No by default)."""
        from PySide6.QtWidgets import QMessageBox  # ~1.7 ms to set up: when asked for, not at start-up

        answer = QMessageBox.question(
            self, self.tr("Empty the form without a decision?"),
            self.tr("No decision is recorded on the answer on show yet. It stays in History, where the Undecided "
                    "filter lists it for a decision later.\n\nEmpty the form for a new applicant anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _take_answer_off(self, answered: str) -> PutBack:
        """An answer from another profile's service must not sit beside this profile's name in the top bar: taken
        off when the profile changes, or as soon as it arrives when the profile changed while it was on its way
        (see ``ProfileBound``). Back on that profile, it is put back as it was, its way to a decision too."""
        redraw, about, outdated = self._redraw, self._shown_for, self.outdated_note.text()
        self._decide_bar.take_off()
        self._update_actions()
        self._clear_problems()  # the other profile's answer marked them
        self._shown_about(None)
        self.result_view.clear(self.tr("No answer from this profile yet"), self.tr(
            "What was shown here was for profile {profile}, and is kept in History.").format(
            profile=stored_profile_name(answered, self.settings.profiles)))

        def put_back() -> None:
            self._redraw = redraw
            redraw()
            self.outdated_note.setText(outdated)
            self._shown_about(about)
            self._decide_bar.put_back()
            self._update_actions()
        return put_back

    def confirm_resend(self, previous: SentCall) -> bool:
        """Ask whether to send the same inputs again, ``previous`` billed or maybe billed (a native question dialog)."""
        from PySide6.QtWidgets import QMessageBox  # ~1.7 ms to set up: when asked for, not at start-up

        text = (self.tr("These exact inputs were already sent (request_id {request_id}), and that call was billed. "
                        "Sending them again is billed again.\n\nSend them again?") if previous.billed else
                self.tr("These exact inputs were already sent (request_id {request_id}), and whether that call was "
                        "billed is not known: it may have been. Sending them again may be billed twice.\n\n"
                        "Send them again?"))
        answer = QMessageBox.question(
            self, self.tr("Send the same inputs again?"), text.format(request_id=previous.request_id or "—"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        if not self._sending:
            self._task.cancel()

    def _collect(self) -> dict[str, object]:
        """The request's non-image fields; or InputProblems with every problem, each marked at its field or slot
        (so one press of Verify shows all there is to fix, not one at a time)."""
        self._clear_problems()
        identity = self.identity_problems(require=True)
        problems = [FaceIDError.input(field, text) for field, text in identity.items()]
        refs = [f for f in PHOTO_FIELDS[1:] if self.slots[f].has_photo or self.slots[f].busy]
        for field, slot in self.slots.items():
            if slot.refusal:  # a chosen file that cannot be sent: say so rather than "choose a photo"
                problems.append(FaceIDError.input(field, slot.refusal, code="IMAGE_ERROR_UNSUPPORTED_FORMAT"))
            elif field == "image" and not slot.has_photo and not slot.busy:
                missing = FaceIDError.input("image", "image is required.")
                problems.append(FaceIDError.input("image", input_problem_text(missing), code="MISSING_ARGUMENTS"))
            elif (field == "image_ref1" and self.comparison_type is ComparisonType.FACE_COMPARISON and not refs
                  and not any(self.slots[f].refusal for f in PHOTO_FIELDS[1:])):
                missing = FaceIDError.input("image_ref1", "Face comparison needs at least image_ref1.")
                problems.append(FaceIDError.input("image_ref1", input_problem_text(missing), code="MISSING_ARGUMENTS"))
        if not self.quality_spin.hasAcceptableInput():  # emptied: its value() would send the last number shown
            problems.append(FaceIDError.input("face_quality_threshold", self.tr(
                "Enter a face quality threshold from 0 to 100: the box is empty."), code="BAD_ARGUMENTS"))
        if problems:
            raise InputProblems(problems)  # marked, and the first one given the keyboard, by _show_error
        return self._form_values(refs)

    def _form_values(self, refs: list[str]) -> dict[str, object]:
        """The request's non-image fields as the form holds them now (checked by ``_collect``)."""
        kyc = self.comparison_type is ComparisonType.KYC
        return {
            "comparison_type": self.comparison_type,
            # As sent: the same applicant typed with a trailing space, a pasted zero-width space or a lower-case x is
            # the same call, asked first.
            "idcard_name": normalize_idcard_name(self.name_edit.text()) if kyc else None,
            "idcard_number": normalize_idcard_number(self.number_edit.text()) if kyc else None,
            "uuid": None if kyc else self.uuid_edit.text().strip(),  # a space copied with it is not part of it
            "fail_when_multiple_faces": self.fail_multiple.isChecked(),
            "fail_when_ref_multiple_faces": self.fail_ref_multiple.isChecked() if refs else None,
            "face_quality_threshold": self.quality_spin.value(),
            "return_faces": self.return_faces.isChecked(),
            "multi_oriented_detection": self.multi_oriented.isChecked(),
            "refs": refs,
        }

    def _fingerprint(self, fields: dict[str, object]) -> str:
        photos = [f"{f}={s.photo.sha256 if s.photo else s.file_label.text()}" for f, s in self.slots.items()
                  if s.has_photo or s.busy]
        text = repr((self.connection.profile.name, sorted((k, repr(v)) for k, v in fields.items()), photos))
        import hashlib  # with OpenSSL's libcrypto: loaded on the first press of Verify, not at start-up

        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    async def _send(self, fields: dict[str, object], fingerprint: str,
                    resend_of: EntryId | None = None) -> VerifyResult:
        self._stage(self.tr("Preparing photos… (Esc cancels)"))
        refs = [str(f) for f in fields.pop("refs")]  # type: ignore[attr-defined]
        used = ["image", *refs]
        for field in used:
            await self.slots[field].wait_ready()  # returns early for a photo cleared or replaced meanwhile
        for field in used:
            slot = self.slots[field]
            if slot.photo is None and not slot.busy:
                # The slot's own words when it refused the file; otherwise it was cleared while waiting.
                raise FaceIDError.input(field, slot.error or self.tr("Choose {photo} again: it was cleared before "
                                                                     "it could be sent.").format(
                    photo=image_field_name(field)))
        self._stop_if_changed_meanwhile(fields, refs, used)
        client = self.connection.client
        if client is None or self.connection.state is not ServiceState.READY:
            raise FaceIDError("CONNECTION_FAILED", origin=ErrorOrigin.TRANSPORT,
                              message="the profile is not connected")
        photos = {field: self.slots[field].photo for field in used}
        sources = {f"image_ref{i + 1}": photos[field].data for i, field in enumerate(refs)}  # type: ignore[union-attr]
        # Errors from here on name what was sent; the page names and marks the slot it came from.
        self._renumbered = {f"image_ref{i + 1}": field for i, field in enumerate(refs) if f"image_ref{i + 1}" != field}
        from ...api import VerifyRequest  # the request classes load with the first call

        request = VerifyRequest(image=photos["image"].data, **sources, **fields)  # type: ignore[arg-type, union-attr]
        request.validate()
        # References are renumbered in order, so the service's result_refN match what was sent.
        prepared = {"image": photos["image"].prepared}  # type: ignore[union-attr]
        prepared.update({f"image_ref{i + 1}": photos[field].prepared  # type: ignore[union-attr]
                         for i, field in enumerate(refs)})
        self._sent_refs = {f"result_ref{i + 1}": self.slots[field].title for i, field in enumerate(refs)}
        self._sent_photo = photos["image"].upright  # type: ignore[union-attr]
        self._sent_quality_threshold = request.face_quality_threshold
        self._sent_references = {f"result_ref{i + 1}": photos[field].upright  # type: ignore[union-attr]
                                 for i, field in enumerate(refs)}
        self._sending = True
        self._park_keyboard(self.cancel_button)
        self.cancel_button.setEnabled(False)
        self._stage(self.tr("Waiting for FaceID… (sent; the answer will be shown)"))
        profile, level = self.connection.profile.name, self.settings.policy_level
        billable = self.connection.profile.billed  # nothing the built-in engine answers is billed
        images = {name: image.data for name, image in prepared.items()}

        def journaled_verify() -> tuple[EntryId, VerifyResult]:
            # Durable before the request leaves, and the answer durable before it is shown.
            from sqlalchemy.exc import SQLAlchemyError  # the store loads here, in the worker, not at start-up

            from ...store import CallKind, StoreError
            from ...store.journal import AlreadyResent, send_journaled

            try:
                store = self.history.get()
            except (StoreError, OSError, SQLAlchemyError) as exc:
                raise FaceIDError(HISTORY_UNAVAILABLE, origin=ErrorOrigin.INPUT, message=str(exc)) from None

            def send(linked: EntryId | None) -> tuple[EntryId, VerifyResult]:
                return send_journaled(store.journal, CallKind.VERIFY, profile=profile, params=request.form_fields(),
                                      images=images, send=lambda: client.verify(request, prepared=prepared),
                                      base_url=client.base_url, resend_of=linked, on_begin=entries.append,
                                      policy_level=level, billable=billable)
            try:
                return send(resend_of)
            except AlreadyResent:  # another console resent that entry meanwhile: the reviewer chose to send; unlinked
                return send(None)

        entries: list[EntryId] = []
        try:
            _entry, result = await in_thread(self._executor, journaled_verify)
        except FaceIDError as err:
            self.last_entry = entries[0] if entries else self.last_entry
            self._call_entry = entries[0] if entries else None
            # Asked before sending again only when it may have been billed: not when it never left (no connection, a
            # failed TLS handshake) nor reached FaceID (a host that does not speak HTTP).
            never_left = err.origin is ErrorOrigin.INPUT or (err.origin is ErrorOrigin.TRANSPORT
                                                             and not err.outcome_unknown)
            if not never_left:
                self.last_sent = SentCall(fingerprint, profile, err.request_id,
                                          billed=call_billed(err) if billable else False,
                                          unknown_entry=self._call_entry if err.outcome_unknown else None)
            raise
        self.last_entry = self._call_entry = entries[0]
        self.last_sent = SentCall(fingerprint, profile, result.request_id, billed=billable)
        return result

    def _stop_if_changed_meanwhile(self, fields: dict[str, object], refs: list[str], used: list[str]) -> None:
        """Send only what Verify was pressed for: the profile switched, a photo replaced or the form changed while
        the photos were being prepared stops the call unsent, saying why (nothing is billed on what the reviewer did
        not press Verify for; they check and press Verify again)."""
        import asyncio

        # A photo chosen for a slot that was empty when Verify was pressed is a changed form, not a replaced photo.
        replaced = [field for field in used if (slot := self.slots[field]).choice != self._submitted_choices.get(
            field, slot.choice) and (slot.busy or slot.photo)]
        now = [f for f in PHOTO_FIELDS[1:] if self.slots[f].has_photo or self.slots[f].busy]
        if self.connection.profile.name != self._answer_from.profile:
            self._cancel_reason = self.tr(
                "Not sent: the profile was changed while the photos were prepared. Press Verify to send with "
                "{profile}.").format(profile=self.connection.profile.name)
        elif replaced:
            self._cancel_reason = self.tr(
                "Not sent: {photo} was replaced while the photos were being prepared. Press Verify to send the "
                "new one.").format(photo=self.slots[replaced[0]].title)
        elif self._form_values(now) != {**fields, "refs": refs}:
            self._cancel_reason = self.tr(
                "Not sent: the form was changed while the photos were being prepared. Check it and press Verify "
                "again.")
        else:
            return
        self._answer_from.cleared()  # no answer of any profile: the page says why nothing was sent
        raise asyncio.CancelledError

    def _stage(self, text: str) -> None:
        self.stage_label.setText(text)
        self.status_message.emit(text)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.progress.setVisible(True)
            self.cancel_button.setEnabled(not self._sending)
            self._park_keyboard(self.submit_button)  # disabled next
            self._park_keyboard(self.new_applicant_button)
            self._update_submit()
            return
        self._sending = False
        self._update_submit()
        # Back on Verify, unless the outcome put it on a field or photo to fix (or the reviewer moved it); with the
        # connection lost meanwhile, on the line saying so until Verify is back.
        if self._keyboard_parked and self.window().focusWidget() in (self.cancel_button, self.progress):
            if self.submit_button.isEnabled():
                self.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.stage_label.setFocus(Qt.FocusReason.OtherFocusReason)
                self._parked = self.submit_button
        self._keyboard_parked = False
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _park_keyboard(self, leaving: QWidget) -> None:
        """``leaving`` (Verify, then Cancel) is about to be disabled: if it has the keyboard, Qt would pass it on
        along the Tab order, past the answer's parts (hidden until an answer) and out of the page to the top bar.
        It waits on Cancel while that can stop the call (Space, as Esc), then on the progress bar."""
        if self.window().focusWidget() is not leaving:
            return
        spot = self.cancel_button if self.cancel_button.isEnabled() and leaving is not self.cancel_button \
            else self.progress
        spot.setFocus(Qt.FocusReason.OtherFocusReason)
        self._keyboard_parked = True

    # --- showing answers ------------------------------------------------------------------------

    def _show_result(self, result: VerifyResult) -> None:
        photo, refs, references = self._sent_photo, self._sent_refs, self._sent_references
        self._redraw = lambda: self.result_view.show_result(result, self.settings.policy_level, photo, refs,
                                                            references=references)
        self._redraw()
        self.outdated_note.setText(self._outdated_text(sent=True))
        self._shown_about(self._submitted_form)
        self._set_answer_entry(self._call_entry)
        verdict = self.result_view.verdict
        # A dash: the headline has a colon of its own ("Same person: above the 1-in-1,000,000 threshold").
        self._status_of_answer(self.tr("Answer received — {headline}").format(
            headline=self.result_view.headline.text()) if verdict else self.tr("Answer received."))
        self.finished.emit()

    def _show_error(self, err: FaceIDError, also: Sequence[FaceIDError] = ()) -> None:
        """Explain ``err`` (and list ``also``, further input problems); mark each at its field or photo slot."""
        if err.origin is ErrorOrigin.INPUT:  # the form's own problems: nothing sent, of no profile, kept at a switch
            self._answer_from.cleared()
        else:  # an answer taken off is not put back over this one
            self._answer_from.replaced()
        # The photo sent, for the faces a refusal of it carried; nothing sent, no photo of a call (the last one's).
        photo = self._sent_photo if err.origin is ErrorOrigin.SERVICE else None
        threshold = self._sent_quality_threshold
        self._let_go_of_photos()
        step, renumbered = self._engine_step(err), self._renumbered
        # Of the profile Verify was pressed on, whichever is active now.
        billed = unbilled_profile_text(err, self._answer_from.profile, self.settings.profiles)
        typed = {field: widget.edit.text() for field, widget in self._fields().items()}
        # An answer is about the photos sent; the form's own problems are about the photos in the slots now.
        chosen = ({field: slot.choice for field, slot in self.slots.items()} if err.origin is ErrorOrigin.INPUT
                  else dict(self._submitted_choices))
        self._redraw = lambda: self._draw_error(err, also, step, renumbered, typed=typed, chosen=chosen,
                                                billed=billed, photo=photo, quality_threshold=threshold)
        self._redraw()
        self.outdated_note.setText(self._outdated_text(sent=err.origin is not ErrorOrigin.INPUT))
        self._shown_about(self._submitted_form)
        # Only an answer about the applicant can be decided on: not when nothing was sent or nothing came back,
        # nor on a refusal that says nothing of them (a wrong secret, a busy service, an answer not FaceID's).
        about = err.origin is ErrorOrigin.SERVICE and is_about_the_applicant(err.code)
        self._set_answer_entry(self._call_entry if about else None)
        self._focus_first_problem()
        # In words, as the panel heads it (the code is on the panel's code line); a dash, as the headline may have a
        # colon of its own ("Check the input: nothing was sent").
        self._status_of_answer(self.tr("Not verified — {reason}").format(
            reason=self.result_view.error_panel.headline.text()))
        self.finished.emit()

    def _draw_error(self, err: FaceIDError, also: Sequence[FaceIDError], step: str | None,
                    renumbered: dict[str, str], *, typed: dict[str, str], chosen: dict[str, int],
                    billed: str | None = None, photo: QImage | None = None,
                    quality_threshold: int | None = None) -> None:
        """The error panel, and each problem marked at its field or photo slot, unless that field was typed over or
        that slot given another photo (or cleared) since ``typed`` and ``chosen``: drawn again when the answer is put
        back after a profile switch, a problem corrected meanwhile is not marked again. ``billed``: the words on
        billing in place of the usual ones (an error of the built-in engine's); ``photo``: the photo to check sent,
        with the faces of it a refusal carried (held to ``quality_threshold``, the one sent)."""
        self.result_view.show_error(err, also=also, step=step, renumbered=renumbered, billed=billed, photo=photo,
                                    quality_threshold=quality_threshold)
        fields = {field: widget for field, widget in self._fields().items() if widget.edit.text() == typed.get(field)}
        slots = {field: slot for field, slot in self.slots.items() if slot.choice == chosen.get(field, slot.choice)}
        mark_problems((err, *also), fields, slots, self.language, renumbered)

    def _status_of_answer(self, text: str) -> None:
        """Put ``text`` on the status line, unless the answer is another profile's (the profile was switched while
        it was on its way): the page takes it off, and the status line must not report it under the new name."""
        answered = self._answer_from.profile
        if answered is not None and answered != self.connection.profile.name:
            text = self.tr("The answer from profile {profile} came after the switch and is kept in History.").format(
                profile=stored_profile_name(answered, self.settings.profiles))
        self.status_message.emit(text)

    def _focus_first_problem(self) -> None:
        """The keyboard to the first field or photo marked, in the form's order; a reviewer typing in another field
        while the answer came keeps their place."""
        marked: list[QWidget] = [field.edit for field in self._fields().values() if field.problem.text()]
        marked += [slot for slot in self.slots.values() if slot.error]
        marked += [self.quality_spin] if not self.quality_spin.hasAcceptableInput() else []
        focus_first_marked(self, marked, self._focus_at_submit)

    def _engine_step(self, err: FaceIDError) -> str | None:
        """On the built-in engine an unknown ID number is not the applicant's problem: its KYC registry holds
        only the people added to it; and a call it did not answer means its process stopped, not an address
        to check in Settings."""
        if self.connection.profile.kind is not ProfileKind.LOCAL_ENGINE:
            return None
        if err.code == "NO_SUCH_ID_NUMBER":
            return self.tr("The built-in engine's KYC registry has no such person: add them with "
                           "'faceid-console engine registry add' (see README), or use Face comparison with "
                           "reference photos, which needs no registry.")
        return self.connection.engine_stopped_step(err)

    def _crashed(self) -> None:
        headline = self.tr("Stopped by an unexpected error (see the report)")
        self._let_go_of_photos()
        self._redraw = lambda: self.result_view.clear(headline)
        self._redraw()
        self._shown_about(None)
        self._set_answer_entry(None)
        self.status_message.emit(self.tr("Stopped by an unexpected error; the window keeps working."))
        self.finished.emit()

    def _cancelled(self) -> None:
        reason, self._cancel_reason = self._cancel_reason, None
        headline = self.tr("Cancelled: nothing was sent")
        self._let_go_of_photos()
        self._redraw = lambda: self.result_view.clear(headline, reason or "")
        self._redraw()
        self._shown_about(None)
        self._set_answer_entry(None)
        self.status_message.emit(reason or self.tr("Cancelled: nothing was sent."))
        self.finished.emit()

    def _let_go_of_photos(self) -> None:
        """No answer's photos are on show any more: the page keeps none of them (the slots keep what they hold)."""
        self._sent_photo, self._sent_references, self._sent_quality_threshold = None, {}, None

    def settings_changed(self) -> None:
        """Re-judge the shown result at a changed policy level; say when it was decided in the zone times are now
        shown in."""
        if self.result_view.result is not None:
            self.result_view.show_result(self.result_view.result, self.settings.policy_level, self._sent_photo,
                                         self._sent_refs, references=self._sent_references)
        self._decide_bar.word_decision()

    # --- remembered state -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        # The form's width the reviewer chose, in pixels: the splitter's saved state would be restored before the
        # page has its size, and give a width from before the layout (the form then opened at its narrowest).
        try:
            form_width = int(self.state.value("verify/form_width", 0))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            form_width = 0
        if form_width > 0:
            self.splitter.wanted_form_width = form_width
        # First start: face comparison on the built-in engine, which needs nothing but photos (KYC there needs
        # a registry entry first); KYC elsewhere. Later starts: the mode last used.
        first = "compare" if self.connection.profile.kind is ProfileKind.LOCAL_ENGINE else "kyc"
        if str(self.state.value("verify/mode", first)) == "compare":
            self.compare_radio.setChecked(True)
        self.mask_check.setChecked(str(self.state.value("verify/mask_number", "false")) == "true")

    @property
    def call_in_flight(self) -> bool:
        """A call of this page has been sent and its answer is still on its way."""
        return self._task.busy and self._sending

    @property
    def working(self) -> bool:
        """Photos are being prepared or a verify is on its way (from the first photo chosen to the answer shown)."""
        return self._task.busy or any(slot.busy for slot in self.slots.values())

    def save_state(self) -> None:
        self.state.setValue("verify/form_width", self.splitter.wanted_form_width)
        self.state.setValue("verify/mode", "kyc" if self.comparison_type is ComparisonType.KYC else "compare")
        self.state.setValue("verify/mask_number", "true" if self.mask_check.isChecked() else "false")
