"""App token: ``get_biz_token`` (the signed v3 call) for a mobile-SDK session, every documented parameter
with its range and default; the ``biz_token`` with its one-hour validity counting down, copyable.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...api import BizToken, ComparisonType, DetectedFace, FaceIDError, GetBizTokenRequest, LivenessType
from ...api.errors import ErrorOrigin
from ...api.results import refused_image_faces
from ...lazy_history import LazyHistoryStore
from ...settings import Settings
from ..alt_keys import name_without_alt_keys, with_alt_key
from ..colours import CAUTION, FAIL, NEUTRAL, PASS, set_muted, set_text_colour
from ..connection import Connection, ServiceState
from ..focus import focus_first_marked, park_keyboard_out_of, tab_to_the_checked
from ..history_access import send_with_history
from ..profile_bound import ProfileBound, PutBack
from ..tasks import BackgroundTask, in_thread
from ..texts import shortened, shown_clock, stored_profile_name, unbilled_profile_text
from ..widgets.enter_presses import press_with_enter
from ..widgets.error_panel import ErrorPanel
from ..widgets.face_overlay import FaceOverlay, faces_found_text
from ..widgets.field_with_problem import FieldWithProblem, add_field_row, add_named_row, clear_marks, mark_problems
from ..widgets.fitting_labels import WrapAnywhereLabel
from ..widgets.form_result_splitter import scrolling_form_width
from ..widgets.photo_slot import PhotoSlot
from ..widgets.send_row import SendRow, add_send_shortcut
from ..widgets.stacking_row import StackingRow
from ..widgets.vertical_scroll_area import VerticalScrollArea

#: The documents: a biz_token is valid for one hour, for one session.
TOKEN_LIFETIME_S: Final = 3600
#: How a token just issued is worded (``_word_issued``): the latest request's answer, not failed since.
JUST_ISSUED: Final[dict[str, bool]] = {"latest": True, "failed": False}

#: The form's width beside the token where the window has room for both (more when its photos need it).
FORM_WIDTH: Final = 600

#: How small the face labels' type may be made (of the window's) on a photo narrowed beside the form.
LEAST_LABEL_SCALE: Final = 0.8

#: The liveness types a parameter applies to; None for all.
Only = tuple[LivenessType, ...] | None

#: Integer parameters: (name, lowest, highest, default, the liveness types it applies to).
INT_PARAMETERS: Final[tuple[tuple[str, int, int, int, Only], ...]] = (
    ("liveness_timeout", 5, 60, 10, (LivenessType.MEGLIVE, LivenessType.STILL)),
    ("liveness_action_count", 1, 3, 3, (LivenessType.MEGLIVE,)),
    ("flash_liveness_timeout", 60, 180, 120, (LivenessType.FLASH,)),
    ("face_quality_threshold", 0, 100, 30, (LivenessType.RAW_IMAGE,)),
)
#: liveness_timeout's default by liveness type (get_biz_token v3): 10 s for each action (meglive), 60 s for the mirror
#: step (still). flash has flash_liveness_timeout instead, raw_image no liveness check to time.
LIVENESS_TIMEOUT_DEFAULTS: Final[dict[LivenessType, int]] = {LivenessType.MEGLIVE: 10, LivenessType.STILL: 60}

#: Yes/no parameters: (name, default, the liveness types it applies to).
FLAG_PARAMETERS: Final[tuple[tuple[str, bool, Only], ...]] = (
    ("face_replace_detection", True, (LivenessType.MEGLIVE,)),
    ("eyes_close_detection", False, (LivenessType.STILL, LivenessType.FLASH)),
    ("fail_when_multiple_faces", True, (LivenessType.RAW_IMAGE,)),
    ("return_faces", False, (LivenessType.RAW_IMAGE,)),
    ("force_compare", False, None),
    ("multi_oriented_detection", True, None),
    ("maximum_brightness", False, None),
    ("device_risk", False, None),
    ("multiple_faces_detection", False, None),
)

#: Each flag's Alt key, a letter of its name: none taken by another control of the page, the tool bar or a menu.
FLAG_KEYS: Final[dict[str, str]] = {
    "face_replace_detection": "r", "eyes_close_detection": "y", "fail_when_multiple_faces": "w", "return_faces": "s",
    "force_compare": "a", "multi_oriented_detection": "d", "maximum_brightness": "x", "device_risk": "v",
    "multiple_faces_detection": "e",
}


def fit_narrow(box: QComboBox) -> None:
    """A choice as wide as the page allows, not as its longest item: on a narrow page the chosen item is cut short
    (the list shows each whole) rather than the form scrolling sideways."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)


def applicant_text(request: GetBizTokenRequest) -> str:
    """Whom a request was for, by the parameters that name the applicant (their names are the same in every
    language)."""
    who = (f"idcard_name {shortened(request.idcard_name or '')}" if request.comparison_type is ComparisonType.KYC
           else f"uuid {shortened(request.uuid or '')}")
    return f"{who} · biz_no {shortened(request.biz_no)}" if request.biz_no else who


@dataclass(frozen=True)
class FacesFound:
    """The faces an answer carried (return_faces=1, raw_image) over the photo to compare as it was sent."""

    photo: QImage
    faces: tuple[DetectedFace, ...]
    #: The face_quality_threshold sent: the largest face's quality is held to it (LOW_QUALITY below it).
    quality_threshold: int | None
    #: A refusal's faces (LOW_QUALITY, MULTIPLE_FACES, NO_FACE_FOUND): none of them is to be compared.
    refused: bool


def countdown_text(seconds_left: float) -> str:
    """``mm:ss`` left, never negative."""
    left = max(0, int(seconds_left))
    return f"{left // 60:02d}:{left % 60:02d}"


class AppTokenPage(QWidget):
    """Configure a mobile-SDK session and get its single-use, one-hour biz_token."""

    status_message = Signal(str)
    #: Emitted after each answer (token or error) has been shown.
    finished = Signal()

    def __init__(self, *, connection: Connection, settings: Settings, state: QSettings, history: LazyHistoryStore,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appTokenPage")
        self.connection = connection
        self.settings = settings
        self.state = state
        self.history = history
        self.language = language
        self.token: BizToken | None = None
        self.expires_at = 0.0  # time.time() when the token stops being valid
        self._token_for = ""  # whom the token on show was issued for (applicant_text)
        self._issued_at = 0.0
        self._request_profile = ""  # the profile and applicant of the request on its way
        self._request_for = ""
        self._wording = dict(JUST_ISSUED)  # how the token on show is said to be issued
        #: The error on show, with the rest, and what the fields and photo slots held when it was marked.
        self._error_shown: tuple[FaceIDError, Sequence[FaceIDError], dict[str, str], dict[str, int]] | None = None
        self._focus_at_send: QWidget | None = None  # where the keyboard was when Get was pressed
        #: The photo to compare of the request on its way, upright as sent, and its face_quality_threshold.
        self._request_photo: tuple[QImage, int | None] | None = None
        #: The faces of the latest answer on show (None: none): a new request takes them off.
        self.faces_found: FacesFound | None = None
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="faceid-biz-token")
        self._task = BackgroundTask(self)
        self._task.busy_changed.connect(self._busy_changed)
        #: The profile the error on show came from: an error is about the calls of its own profile.
        self._error_from = ProfileBound(connection, self._task, self._take_error_off, self)
        #: The profile whose account issued the token on show: a biz_token works only with that account.
        self._token_from = ProfileBound(connection, self._task, self._take_token_off, self, at_once=True)
        self.clock = time.time  # replaceable so a test can move time on
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

        splitter = QSplitter(self)
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_token_side())
        splitter.setStretchFactor(1, 1)
        # The form as wide as its three photos side by side need, where the window has room: stacked (English's slots
        # are the wider), they made the form three times taller, Options and a marked photo's message out of view.
        splitter.setSizes([self.form_width, 560])
        QVBoxLayout(self).addWidget(splitter)
        connection.changed.connect(self._update_send)
        self._liveness_changed()
        self._update_send()

    # --- layout ---------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        column = QWidget(self)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        scroll = self.form_scroll = QScrollArea(column)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, and scrolls them into view
        scroll.setWidgetResizable(True)
        side = QWidget(scroll)
        layout = QVBoxLayout(side)
        form = QFormLayout()
        self.liveness_box = QComboBox(side)
        self.liveness_box.setObjectName("livenessTypeBox")
        for kind, text in ((LivenessType.MEGLIVE, self.tr("meglive — action liveness")),
                           (LivenessType.STILL, self.tr("still — silent liveness")),
                           (LivenessType.FLASH, self.tr("flash — colour-flash liveness (safer, a little lower pass "
                                                        "rate)")),
                           (LivenessType.RAW_IMAGE, self.tr("raw_image — no liveness, compare an uploaded photo"))):
            self.liveness_box.addItem(text, kind)
        self.liveness_box.currentIndexChanged.connect(self._liveness_changed)
        fit_narrow(self.liveness_box)
        add_named_row(form, self.tr("&liveness_type:"), self.liveness_box)
        kind_row = StackingRow(side, stretch=True)
        self.kyc_radio = QRadioButton(self.tr("&KYC (1): identity data source"), side)
        self.compare_radio = QRadioButton(self.tr("Face c&omparison (0): your photos"), side)
        self.compare_radio.setChecked(True)
        group = QButtonGroup(side)
        group.addButton(self.kyc_radio)
        group.addButton(self.compare_radio)
        tab_to_the_checked(group)
        self.kyc_radio.toggled.connect(self._kind_changed)
        kind_row.add(self.compare_radio)
        kind_row.add(self.kyc_radio)
        kind_label = QLabel(self.tr("co&mparison_type:"), side)
        kind_label.setBuddy(self.compare_radio)  # a row of radio buttons: Alt+M goes to the first one
        form.addRow(kind_label, kind_row)
        self.name_edit = QLineEdit(side)
        self.name_field = FieldWithProblem(self.name_edit, parent=side)
        add_field_row(form, self.tr("idcard_&name:"), self.name_field)
        self.number_edit = QLineEdit(side)
        self.number_field = FieldWithProblem(self.number_edit, parent=side)
        add_field_row(form, self.tr("&idcard_number:"), self.number_field)
        self.uuid_edit = QLineEdit(side)
        self.uuid_field = FieldWithProblem(self.uuid_edit, parent=side)
        add_field_row(form, self.tr("&uuid:"), self.uuid_field)
        self.biz_no_edit = QLineEdit(side)
        self.biz_no_edit.setPlaceholderText(self.tr("empty by default; at most 128 bytes"))
        self.biz_no_field = FieldWithProblem(self.biz_no_edit, parent=side)
        add_field_row(form, self.tr("bi&z_no:"), self.biz_no_field)
        layout.addLayout(form)

        photos = QGroupBox(self.tr("Photos"), side)
        photo_row = StackingRow(photos)
        QVBoxLayout(photos).addWidget(photo_row)
        self.slots: dict[str, PhotoSlot] = {}
        for number, (field, title) in enumerate((
                ("image_ref1", self.tr("Reference photo 1")), ("image_ref2", self.tr("Reference photo 2")),
                ("image", self.tr("Photo to compare (raw_image only)")))):  # Alt+1…6: Choose… and Clear of each
            slot = PhotoSlot(field, title, self._executor, self.state, photo_row, compact=True,
                             keys=(str(2 * number + 1), str(2 * number + 2)))
            self.slots[field] = slot
            photo_row.add(slot, 1)
        layout.addWidget(photos)

        options = QGroupBox(self.tr("Options (range and default from the FaceID documents)"), side)
        grid = self.options_grid = QFormLayout(options)
        # On a narrow page a field goes under its label rather than past the page's edge.
        grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.int_edits: dict[str, QSpinBox] = {}
        self.int_labels: dict[str, QLabel] = {}
        for name, lo, hi, default, _only in INT_PARAMETERS:
            spin = QSpinBox(options)
            spin.setRange(lo, hi)
            spin.setValue(default)
            spin.setAccessibleName(name)
            label = QLabel(self._int_label_text(name, lo, hi, default), options)
            grid.addRow(label, spin)
            self.int_edits[name] = spin
            self.int_labels[name] = label
        self.verbose_box = self._choice(grid, options, "verbose", [
            (0, self.tr("0 — the conclusion only")), (1, self.tr("1 — conclusion and summary (default)"))], 1)
        self.security_box = self._choice(grid, options, "security_level", [
            (1, self.tr("1 — lenient")), (2, self.tr("2 — normal (default)")), (3, self.tr("3 — strict")),
            (4, self.tr("4 — very strict"))], 1)
        self.level_box = self._choice(grid, options, "liveness_level", [
            (0, self.tr("0 — strict (default)")), (1, self.tr("1 — standard")), (2, self.tr("2 — fast"))], 0)
        self.video_box = self._choice(grid, options, "get_liveness_video", [
            (0, self.tr("0 — keep nothing (default)")), (1, self.tr("1 — keep video and images")),
            (2, self.tr("2 — keep the video only")), (3, self.tr("3 — keep the images only"))], 0)
        self.flags: dict[str, QCheckBox] = {}
        for name, default, _only in FLAG_PARAMETERS:
            check = QCheckBox(self.tr("{name} (default {default})").format(
                name=with_alt_key(name, FLAG_KEYS[name]), default=self.tr("on") if default else self.tr("off")),
                options)
            check.setChecked(default)
            check.setToolTip(self._flag_tooltip(name))
            grid.addRow(check)
            self.flags[name] = check
        layout.addWidget(options)

        layout.addStretch(1)
        scroll.setWidget(side)
        # The form scrolls vertically only: its column is never narrower than the form at its narrowest.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.setMinimumWidth(scrolling_form_width(scroll, side.minimumSizeHint().width()))
        # Its width with the photos in one row: the row's, and the room around it in its box and in the form.
        in_box = photos.minimumSizeHint().width() - photo_row.minimumSizeHint().width()
        margins = layout.contentsMargins()
        photos_in_a_row = photo_row.row_width() + in_box + margins.left() + margins.right()
        self.form_width = max(FORM_WIDTH, scrolling_form_width(scroll, max(side.minimumSizeHint().width(),
                                                                            photos_in_a_row)))
        column_layout.addWidget(scroll, 1)
        # Below the scrolling form, as on the Verify page: the button stays in view however far it scrolls.
        self.send_row = SendRow(self.tr("Get the &biz_token"), "getBizTokenButton", self.send, column)
        add_send_shortcut(self, self.send_row.button)
        self.send_button, self.stage_label = self.send_row.button, self.send_row.stage_label
        self.send_row.watch_photos(self.slots.values())
        column_layout.addWidget(self.send_row)
        self._kind_changed()
        return column

    def _choice(self, grid: QFormLayout, parent: QWidget, name: str, items: list[tuple[int, str]],
                default_index: int) -> QComboBox:
        box = QComboBox(parent)
        box.setAccessibleName(name)
        for value, text in items:
            box.addItem(text, value)
        fit_narrow(box)
        box.setCurrentIndex(default_index)
        grid.addRow(self.tr("{name}:").format(name=name), box)  # a parameter name; the colon is the language's
        return box

    def _build_token_side(self) -> QWidget:
        # Scrolls when the window is short: an error above the token squeezed its wrapped lines over each other.
        scroll = VerticalScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, and scrolls them into view
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        side = QWidget(scroll)
        layout = QVBoxLayout(side)
        self.error_panel = ErrorPanel(self.language, side, call="get_biz_token")
        self.error_panel.setVisible(False)
        layout.addWidget(self.error_panel)
        box = QGroupBox(self.tr("biz_token"), side)
        box_layout = QVBoxLayout(box)
        # Whom the token was issued for, and whether it is the latest request's: read before the token itself.
        # Broken inside a 128-byte uuid or biz_no too: whole on one line, it had the window 1510 px wide.
        self.issued_label = WrapAnywhereLabel(box)
        self.issued_label.setObjectName("issuedLabel")
        self.issued_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issued_label.setVisible(False)
        box_layout.addWidget(self.issued_label)
        self.token_edit = QLineEdit(box)
        self.token_edit.setObjectName("bizTokenEdit")
        self.token_edit.setReadOnly(True)
        self.token_edit.setAccessibleName(self.tr("biz_token"))
        self.token_edit.setPlaceholderText(self.tr("No token yet"))
        box_layout.addWidget(self.token_edit)
        self.expiry_label = QLabel(box)
        self.expiry_label.setObjectName("expiryLabel")
        # The latest request's token counts down in large bold type; an earlier request's in the text's own (_tick).
        self._earlier_font = QFont(self.expiry_label.font())
        self._countdown_font = QFont(self._earlier_font)
        self._countdown_font.setPointSizeF(self._countdown_font.pointSizeF() * 1.4)
        self._countdown_font.setBold(True)
        self.expiry_label.setFont(self._countdown_font)
        self.expiry_label.setWordWrap(True)  # in its large type, on one line it widened the window past 800 px
        box_layout.addWidget(self.expiry_label)
        self.token_note = QLabel(self.tr(
            "Give the biz_token to the mobile SDK: it is valid for one hour and for one session."), box)
        self.token_note.setWordWrap(True)
        box_layout.addWidget(self.token_note)
        self.copy_button = QPushButton(self.tr("&Copy the biz_token"), box)
        self.copy_button.setObjectName("copyTokenButton")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_token)
        press_with_enter(self.copy_button)  # Enter copies, as Space does
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        box_layout.addLayout(row)
        # A request_id has no space to break at: whole on one line, it widened the window past an 800 px screen.
        self.request_label = WrapAnywhereLabel(box)
        set_muted(self.request_label)
        box_layout.addWidget(self.request_label)
        layout.addWidget(box)
        # The faces the latest answer carried (return_faces, raw_image), boxed over the photo sent, as Verify shows
        # the photo to check's: a token's, or a refusal's (LOW_QUALITY, MULTIPLE_FACES, NO_FACE_FOUND keep them).
        self.faces_box = QGroupBox(self.tr("Faces in the photo to compare"), side)
        self.faces_box.setObjectName("tokenFacesBox")
        faces_layout = QVBoxLayout(self.faces_box)
        self.faces_label = QLabel(self.faces_box)
        self.faces_label.setObjectName("tokenFacesLabel")
        self.faces_label.setWordWrap(True)
        self.faces_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        faces_layout.addWidget(self.faces_label)
        self.faces_overlay = FaceOverlay(self.faces_box)
        self.faces_overlay.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable from the keyboard for screen readers
        # Beside the form, in an 800 px window (Chinese's form is the wider), the photo may be narrower than its
        # widest face label: the labels' type is then made a little smaller, each still whole on the photo.
        self.faces_overlay.least_label_scale = LEAST_LABEL_SCALE
        faces_layout.addWidget(self.faces_overlay)
        self.faces_box.setVisible(False)
        layout.addWidget(self.faces_box)
        layout.addStretch(1)
        scroll.setWidget(side)
        return scroll

    # --- form -----------------------------------------------------------------------------------

    @property
    def liveness_type(self) -> LivenessType:
        return LivenessType(self.liveness_box.currentData())

    def _liveness_changed(self) -> None:
        kind = self.liveness_type
        for name, _lo, _hi, _default, only in INT_PARAMETERS:
            applies = only is None or kind in only
            self.int_edits[name].setEnabled(applies)
            self.int_labels[name].setEnabled(applies)
        for name, _default, only in FLAG_PARAMETERS:
            self.flags[name].setEnabled(only is None or kind in only)
        self.slots["image"].setEnabled(kind is LivenessType.RAW_IMAGE)
        # Shown only for the types it times, with that type's default: for flash or raw_image no default of it is
        # documented (flash has its own flash_liveness_timeout), and it is not sent.
        timeout = self.int_edits["liveness_timeout"]
        default = LIVENESS_TIMEOUT_DEFAULTS.get(kind)
        self.options_grid.setRowVisible(timeout, default is not None)
        if default is not None:
            timeout.setValue(default)
            self.int_labels["liveness_timeout"].setText(self._int_label_text(
                "liveness_timeout", timeout.minimum(), timeout.maximum(), default))  # its label says the same default

    def _int_label_text(self, name: str, lo: int, hi: int, default: int) -> str:
        """An integer option's label: its parameter, the documents' range and its default."""
        return self.tr("{name} ({lo}–{hi}, default {default}):").format(name=name, lo=lo, hi=hi, default=default)

    def _flag_tooltip(self, name: str) -> str:
        """What a flag does, in the documents' words: the check box shows only its parameter name."""
        return {
            "face_replace_detection": self.tr(
                "Compare a frame of each action with the reference photo, to catch a face swapped during the check "
                "(meglive only)."),
            "eyes_close_detection": self.tr(
                "Fail the liveness check when the applicant's eyes stay closed throughout (still and flash only; the "
                "check takes longer)."),
            "fail_when_multiple_faces": self.tr(
                "When the photo to compare has several faces: refuse it with MULTIPLE_FACES (on), or compare the "
                "largest (off). raw_image only."),
            "return_faces": self.tr(
                "Return the faces found in the photo to compare (their boxes and quality), even with LOW_QUALITY, "
                "MULTIPLE_FACES or NO_FACE_FOUND. raw_image only."),
            "force_compare": self.tr(
                "Compare the face even when FaceID judges it fake (the result then says so only in verification, with "
                "verbose=1). Such a session is billed; off, a fake face ends the session unbilled."),
            "multi_oriented_detection": self.tr(
                "When no face is found in a reference photo, try it turned 90°, 180° and 270°. Slightly raises the "
                "chance of a false face: turn off if your photos are always upright."),
            "maximum_brightness": self.tr(
                "Turn the phone's screen to full brightness during the check (SDK 3.3.3 and later, action and still "
                "liveness)."),
            "device_risk": self.tr(
                "Check the applicant's device for risk: verify then blocks risky devices and returns what it found."),
            "multiple_faces_detection": self.tr(
                "Watch for several faces during the check: the SDK stops and tells the applicant."),
        }.get(name, "")

    def _kind_changed(self) -> None:
        kyc = self.kyc_radio.isChecked()
        self.name_field.setEnabled(kyc)
        self.number_field.setEnabled(kyc)
        self.uuid_field.setEnabled(not kyc)

    def build_request(self) -> GetBizTokenRequest:
        """The request as the form says; parameters that do not apply to the liveness type are left out."""
        kind = self.liveness_type
        kyc = self.kyc_radio.isChecked()
        values: dict[str, object] = {}
        for name, _lo, _hi, _default, only in INT_PARAMETERS:
            if only is None or kind in only:
                values[name] = self.int_edits[name].value()
        for name, _default, only in FLAG_PARAMETERS:
            if only is None or kind in only:
                values[name] = self.flags[name].isChecked()
        photos = {f: s.photo.data for f, s in self.slots.items() if s.photo is not None
                  and (f != "image" or kind is LivenessType.RAW_IMAGE)}
        return GetBizTokenRequest(
            liveness_type=kind,
            comparison_type=ComparisonType.KYC if kyc else ComparisonType.FACE_COMPARISON,
            idcard_name=self.name_edit.text() if kyc else None,
            idcard_number=self.number_edit.text() if kyc else None,
            uuid=None if kyc else self.uuid_edit.text().strip(),  # as Verify: spaces copied around it are dropped
            biz_no=self.biz_no_edit.text().strip() or None,
            verbose=int(self.verbose_box.currentData()),
            security_level=int(self.security_box.currentData()),
            liveness_level=int(self.level_box.currentData()),
            get_liveness_video=int(self.video_box.currentData()),
            **photos,  # type: ignore[arg-type]
            **values,  # type: ignore[arg-type]
        )

    def send(self) -> None:
        if self._task.busy or not self.send_button.isEnabled():
            return
        clear_marks(self._fields().values(), self.slots)
        if self.send_row.photos_busy():
            return
        request = self.build_request()
        self._request_profile, self._request_for = self.connection.profile.name, applicant_text(request)
        photo = self.slots["image"].photo if request.image is not None else None
        # The photo the answer's face boxes are fractions of: as sent (upright), decoded when it was chosen.
        self._request_photo = None if photo is None else (photo.upright, request.face_quality_threshold)
        # Sent again from the photo with the faces (Ctrl+Return): it is hidden next, and the keyboard goes through the
        # call as from Get, not on to the tool bar's profile box.
        park_keyboard_out_of([self.faces_box], self.send_button)
        self._show_faces(None)  # the last answer's faces are not this request's
        self._focus_at_send = QApplication.focusWidget()
        # A token on show stays while it is valid (it was handed out, or is about to be), named as an earlier
        # request's: it is not the answer to this one.
        self._word_issued(latest=False)
        problems = request.problems()  # all of them at once, each marked at its field or photo
        if problems:
            self._show_error(problems[0], also=problems[1:])
            return
        self.error_panel.setVisible(False)
        self._error_from.cleared()
        self._task.start(self._send(request), self._show_token, self._show_error)
        # Get, pressed from the keyboard, is disabled while it works and Qt moves the keyboard on along the Tab
        # order: that is where the reviewer left it, not a field they went to type in.
        self._focus_at_send = QApplication.focusWidget()

    async def _send(self, request: GetBizTokenRequest) -> tuple[BizToken, float]:
        """The biz_token, and when it was asked for (``clock``): FaceID issued it at that time or after."""
        client = self.connection.client
        if client is None or self.connection.state is not ServiceState.READY:
            raise FaceIDError("CONNECTION_FAILED", origin=ErrorOrigin.TRANSPORT, message="the profile is not connected")
        self.stage_label.setText(self.tr("Waiting for FaceID…"))
        images = {name: data for name, data in request.image_fields().items() if isinstance(data, bytes)}
        profile, level = self.connection.profile.name, self.settings.policy_level
        billable = self.connection.profile.billed  # nothing the built-in engine answers is billed
        # Its hour is counted from before the request leaves: counted from the answer's arrival, the countdown
        # promised more of the hour than the token has, by as long as the answer took.
        requested_at = self.clock()
        token = await in_thread(self._executor, lambda: send_with_history(
            self.history, "get_biz_token", profile=profile, params=request.form_fields(), images=images,
            send=lambda: client.get_biz_token(request), base_url=client.base_url, policy_level=level,
            billable=billable))
        return token, requested_at

    def _busy_changed(self, _busy: bool) -> None:
        self._update_send()

    def _update_send(self) -> None:
        ready = self.connection.state is ServiceState.READY and self.connection.client is not None
        self.send_row.set_state(ready, self._task.busy)

    # --- the token ------------------------------------------------------------------------------

    def _show_token(self, answer: tuple[BizToken, float]) -> None:
        (token, issued_at), issued_for = answer, self._request_for
        found = self._faces_of(token.faces if token.faces else None, refused=False)
        if self._request_profile != self.connection.profile.name:
            # Issued for the account of the profile the request went with; the top bar now names another. Shown
            # once that profile is back, with its faces.
            self._say_token_of(self._request_profile)

            def put_back() -> None:
                self._put_token(token, issued_for, issued_at, JUST_ISSUED)
                self._show_faces(found)
            self._token_from.kept_off(self._request_profile, put_back)
            self.stage_label.setText("")
            self.status_message.emit(self.issued_label.text())
            self.finished.emit()
            return
        self._token_from.shown(self._request_profile)
        self._put_token(token, issued_for, issued_at, JUST_ISSUED)
        self._show_faces(found)
        self.stage_label.setText("")
        self.status_message.emit(self.tr("biz_token received; valid for one hour."))
        self.finished.emit()

    def _put_token(self, token: BizToken, issued_for: str, issued_at: float, wording: dict[str, bool]) -> None:
        """Show ``token``, issued at ``issued_at`` for ``issued_for``, counting down to its expiry."""
        self.token = token
        self._token_for, self._issued_at = issued_for, issued_at
        self.expires_at = issued_at + TOKEN_LIFETIME_S
        self.token_edit.setPlaceholderText(self.tr("No token yet"))
        self.token_edit.setText(token.biz_token)
        self.copy_button.setEnabled(True)
        self.request_label.setText(self.tr("request_id: {request_id}").format(request_id=token.request_id or "—"))
        self._word_issued(**wording)  # with its countdown: an expired one is said to be, and cannot be copied
        if self.expires_at > self.clock():
            self.timer.start()

    def _word_issued(self, *, latest: bool, failed: bool = False) -> None:
        """Say whom the token on show was issued for, and, when it is not the latest request's answer, that it came
        from an earlier one (the latest outcome is the error panel above, or the request on its way): its countdown
        and the token muted, and its copy button naming it the earlier one."""
        if self.token is None:
            return
        self._wording = {"latest": latest, "failed": failed}
        facts = {"time": shown_clock(self._issued_at, self.settings.display_zone()), "applicant": self._token_for}
        if latest:
            self.issued_label.setText(self.tr("Issued at {time} for {applicant}.").format(**facts))
            set_text_colour(self.issued_label, None)
        elif failed:
            self.issued_label.setText(self.tr(
                "Issued at {time} for {applicant}, by an earlier request: the latest request failed (above) and "
                "gave no new biz_token.").format(**facts))
            set_text_colour(self.issued_label, CAUTION)
        else:
            self.issued_label.setText(self.tr(
                "Issued at {time} for {applicant}, by an earlier request: a new biz_token is being requested.")
                .format(**facts))
            set_text_colour(self.issued_label, CAUTION)
        self.issued_label.setVisible(True)
        # Issued for other inputs than the form's latest request: not handed out by a glance at a green countdown.
        set_text_colour(self.token_edit, None if latest else NEUTRAL)
        set_text_colour(self.token_note, None if latest else NEUTRAL)  # "Give the biz_token…" is the latest's to give
        self._name_copy_button(latest=latest)
        self._tick()

    def _name_copy_button(self, *, latest: bool) -> None:
        """Copy names the token it copies: the latest request's, or an earlier one's."""
        self.copy_button.setText(self.tr("&Copy the biz_token") if latest else self.tr("&Copy the earlier biz_token"))
        name_without_alt_keys(self.copy_button)  # a screen reader's name follows the words ("复制…(&C)")

    @property
    def token_profile(self) -> str | None:
        """The profile whose account issued the token on show (None: no token on show)."""
        return self._token_from.profile

    def _take_error_off(self, _profile: str) -> PutBack | None:
        """Another profile's error, with the marks its attempt made, is off the page once the reviewer switched
        (see ``ProfileBound``); back on that profile, both are put back."""
        self.error_panel.setVisible(False)
        clear_marks(self._fields().values(), self.slots)
        found = self.faces_found if self.faces_found is not None and self.faces_found.refused else None
        if found is not None:  # the refusal's faces go with it
            self._show_faces(None)
        if self._error_shown is None:
            return None
        # As the marks were made: a field typed over or a photo changed since is not marked again.
        err, also, typed, chosen = self._error_shown

        def put_back() -> None:
            fields = {field: widget for field, widget in self._fields().items() if widget.edit.text() == typed[field]}
            slots = {field: slot for field, slot in self.slots.items() if slot.choice == chosen[field]}
            mark_problems((err, *also), fields, slots, self.language, call="get_biz_token")
            self.error_panel.setVisible(True)  # it still holds that error: any other would have replaced this one
            if found is not None:
                self._show_faces(found)
        return put_back

    def _take_token_off(self, profile: str) -> PutBack | None:
        """Another profile's biz_token is off the page once the reviewer switched: it works only with the account of
        the profile that issued it (it kept counting down as if it were this profile's). Back on that profile, it is
        put back, counting down from when it was issued."""
        if self.token is None:
            return None
        token, issued_for, issued_at, wording = self.token, self._token_for, self._issued_at, self._wording
        # The token's faces go with it, when they are on show (the latest answer's, not taken off by a request since).
        found = self.faces_found if self.faces_found is not None and not self.faces_found.refused else None
        if found is not None:
            self._show_faces(None)
        self._clear_token()
        self._say_token_of(profile)

        def put_back() -> None:
            self._put_token(token, issued_for, issued_at, wording)
            if found is not None:
                self._show_faces(found)
        return put_back

    def _say_token_of(self, profile: str) -> None:
        """Say, where the token would be, that the last one is ``profile``'s and kept in History."""
        self.token_edit.setPlaceholderText(self.tr("No biz_token from this profile yet"))
        self.issued_label.setText(self.tr(
            "The last biz_token was issued by profile {profile}, for that profile's account only; it is kept "
            "in History.").format(profile=stored_profile_name(profile, self.settings.profiles)))
        set_text_colour(self.issued_label, None)
        self.issued_label.setVisible(True)

    def _clear_token(self) -> None:
        self.token = None
        self._token_from.cleared()
        self.issued_label.clear()
        self.issued_label.setVisible(False)
        self.timer.stop()
        self.token_edit.clear()
        self.token_edit.setPlaceholderText(self.tr("No token yet"))
        self.copy_button.setEnabled(False)
        self._name_copy_button(latest=True)
        set_text_colour(self.token_edit, None)
        self.expiry_label.clear()
        self.request_label.clear()

    def _tick(self) -> None:
        left = self.expires_at - self.clock()
        if left <= 0:
            self.timer.stop()
            self.expiry_label.setText(self.tr("Expired: get a new biz_token."))
            self.expiry_label.setFont(self._countdown_font)
            set_text_colour(self.expiry_label, FAIL)
            self.copy_button.setEnabled(False)
            # Off the page: an expired biz_token copied by hand would only start a failing session. Its
            # request_id stays below for support.
            self.token_edit.clear()
            self.token_edit.setPlaceholderText(self.tr("Expired"))
            return
        until = shown_clock(self.expires_at, self.settings.display_zone())
        if self._wording["latest"]:
            self.expiry_label.setText(self.tr("Expires in {left} (at {until})").format(
                left=countdown_text(left), until=until))
            self.expiry_label.setFont(self._countdown_font)
            set_text_colour(self.expiry_label, CAUTION if left < 300 else PASS)
            return
        # An earlier request's token: muted and named so, never in the colour of a token just issued.
        self.expiry_label.setText(self.tr("Earlier biz_token: expires in {left} (at {until})").format(
            left=countdown_text(left), until=until))
        self.expiry_label.setFont(self._earlier_font)
        set_text_colour(self.expiry_label, NEUTRAL)

    def copy_token(self) -> None:
        if self.token is not None and self.expires_at > self.clock():
            QGuiApplication.clipboard().setText(self.token.biz_token)
            self.status_message.emit(self.tr("biz_token copied.") if self._wording["latest"] else self.tr(
                "Earlier biz_token copied: issued at {time} for {applicant}, not by the latest request.").format(
                time=shown_clock(self._issued_at, self.settings.display_zone()), applicant=self._token_for))

    def _show_error(self, err: FaceIDError, also: Sequence[FaceIDError] = ()) -> None:
        """Explain ``err`` (and list ``also``, the form's further problems); mark each at its field or photo. A
        token of an earlier request stays, said to be an earlier one's."""
        mark_problems((err, *also), self._fields(), self.slots, self.language, call="get_biz_token")
        self._focus_first_marked()  # the service's refusal of a field or photo too, as the form's own problems
        # return_faces=1: LOW_QUALITY, MULTIPLE_FACES and NO_FACE_FOUND still carry the faces ("依然会包含faces字段"):
        # shown when the refusal is about the photo to compare, never under a reference photo's.
        self._show_faces(self._faces_of(refused_image_faces(err, v3=True), refused=True))
        self.stage_label.setText("")
        self.error_panel.show_error(err, also=also, step=self.connection.engine_stopped_step(err),
                                    billed=unbilled_profile_text(err, self._request_profile, self.settings.profiles))
        self.error_panel.setVisible(True)
        self._error_from.shown(self._request_profile)
        self._error_shown = (err, also, {field: widget.edit.text() for field, widget in self._fields().items()},
                             {field: slot.choice for field, slot in self.slots.items()})
        self._word_issued(latest=False, failed=True)
        # The panel's headline, in the window's language, as Liveness results words it (not the code or HTTP reason).
        reason = self.error_panel.headline.text()
        self.status_message.emit(
            self.tr("No new biz_token: {reason}. The earlier one is still shown.").format(reason=reason)
            if self.token is not None and self.expires_at > self.clock() else
            self.tr("No biz_token: {reason}").format(reason=reason))
        self.finished.emit()

    # --- the faces found --------------------------------------------------------------------------

    def _faces_of(self, faces: tuple[DetectedFace, ...] | None, *, refused: bool) -> FacesFound | None:
        """The faces an answer carried over the photo of the request they answer; None when it carried none (or no
        photo was sent, nothing for their boxes to be drawn on). The page keeps that photo no longer than its answer."""
        sent, self._request_photo = self._request_photo, None
        if faces is None or sent is None:
            return None
        photo, threshold = sent
        return FacesFound(photo, faces, threshold, refused)

    def _show_faces(self, found: FacesFound | None) -> None:
        """Box ``found``'s faces over its photo, under a line with their count and the largest one's quality; None
        takes them off the page (the photo too: none is kept past its answer)."""
        self.faces_found = found
        self.faces_box.setVisible(found is not None)
        if found is None:
            self.faces_label.clear()
            self.faces_overlay.set_photo(QImage(), ())
            self.faces_overlay.setMinimumWidth(0)
            return
        self.faces_label.setText(self.faces_text(found))
        # A refusal's boxes against the threshold it was about, as the line above holds the largest to it.
        self.faces_overlay.set_photo(found.photo, found.faces, compared=not found.refused,
                                     quality_threshold=found.quality_threshold if found.refused else None)
        # A face's label is drawn on one line within the photo: the photo is never narrower than the widest label
        # in the smallest type it may have.
        self.faces_overlay.setMinimumWidth(self.faces_overlay.least_label_width())

    def faces_text(self, found: FacesFound) -> str:
        """How many faces were found, and the quality of the largest, which face_quality_threshold is held to."""
        if not found.faces:
            return self.tr("No face was found in the photo to compare.")
        return faces_found_text(found.faces, found.quality_threshold, to_compare=True)

    def _focus_first_marked(self) -> None:
        """The keyboard to the first field or photo marked, in the form's order; a reviewer who went on typing in
        another field, or to another page, while the answer came keeps their place."""
        marked: list[QWidget] = [field.edit for field in self._fields().values() if field.problem.text()]
        marked += [slot for slot in self.slots.values() if slot.error]
        focus_first_marked(self, marked, self._focus_at_send)
        slot = self.window().focusWidget()  # the slot given the keyboard (or where it stayed)
        if isinstance(slot, PhotoSlot) and slot in marked:
            # Its message is at its foot: scrolled into view with it, not only its top edge. Once laid out with it.
            QTimer.singleShot(0, lambda: self._show_marked_slot(slot))

    def _show_marked_slot(self, slot: PhotoSlot) -> None:
        """Scroll the form to ``slot``, its message in view (on a short window, rather than its heading)."""
        self.form_scroll.ensureWidgetVisible(slot, 0, 0)
        if slot.error:
            self.form_scroll.ensureWidgetVisible(slot.error_label)

    def _fields(self) -> dict[str, FieldWithProblem]:
        """The form's fields by the parameter an error names."""
        return {"idcard_name": self.name_field, "idcard_number": self.number_field, "uuid": self.uuid_field,
                "biz_no": self.biz_no_field}

    def settings_changed(self) -> None:
        """Say when the token on show was issued and expires in the zone times are now shown in."""
        if self.token is not None:
            self._word_issued(**self._wording)  # and its countdown

    @property
    def call_in_flight(self) -> bool:
        """A call of this page has been sent and its answer is still on its way."""
        return self._task.busy

    def shutdown(self) -> None:
        self.timer.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)
