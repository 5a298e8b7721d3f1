"""Start a web-liveness session (``get_token``), open its ``do`` page in the browser, and receive its callback.

Against the built-in engine the console listens on loopback for the callback (``notify_url``), checks its
signature with the profile's secret and lists it here, its ``biz_id`` ready for lookup.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...api import (
    CallbackBody,
    ComparisonType,
    FaceIDError,
    GetTokenRequest,
    LivenessSessionResult,
    MalformedPayload,
    VerifyFailure,
    VerifyResult,
    WebLivenessToken,
    parse_callback_form,
    redact,
)
from ...api.client import MASKED_SECRET_CHARS
from ...api.errors import INVALID_RESPONSE, ErrorOrigin
from ...api.request_models import NOTIFY_URL_PORTS, notify_port_not_posted_to
from ...lazy_history import LazyHistoryStore
from ...settings import Profile, ProfileKind, Settings
from ...verdict import COMPARISON_VERDICTS, callback_verdict, session_verdict
from ..callback_receiver import RETURN_PATH, CallbackReceiver
from ..callback_texts import malformed_text, posted_problem_text, unreadable_data_text
from ..colours import CAUTION, FAIL, VERDICT_COLOURS, set_text_colour
from ..connection import Connection, ServiceState
from ..focus import focus_first_marked, park_keyboard, tab_to_the_checked
from ..history_access import send_with_history
from ..profile_bound import ProfileBound, PutBack
from ..tasks import BackgroundTask, in_thread, report_unexpected
from ..texts import shortened, shown_clock, stored_profile_name, unbilled_profile_text, verdict_text
from ..widgets.columns_box import ColumnsBox
from ..widgets.enter_presses import press_with_enter
from ..widgets.error_panel import ErrorPanel
from ..widgets.field_with_problem import FieldWithProblem, add_field_row, clear_marks, mark_problems
from ..widgets.fitting_labels import WrapAnywhereLabel
from ..widgets.form_result_splitter import FormResultSplitter, scrolling_form_width
from ..widgets.genuineness_gauges import suspected_attacks
from ..widgets.photo_slot import PhotoSlot
from ..widgets.readable_item_colours import ReadableItemColours
from ..widgets.send_row import SendRow, add_send_shortcut
from ..widgets.stacking_row import StackingRow
from ..widgets.vertical_scroll_area import VerticalScrollArea

if TYPE_CHECKING:  # asyncio loads with the event loop, after the first paint; the store in a worker
    import asyncio

    from ...store import EntryId, HistoryStore

log = logging.getLogger(__name__)

REF_FIELDS = ("image_ref1", "image_ref2", "image_ref3")


#: A callback's identity for repeats: the profile that checked it, how its signature checked, its fingerprint.
ReceiptKey = tuple[str, bool | None, str]


@dataclass(frozen=True)
class FirstReceipt:
    """When and where a callback was first received: what a repeat of it names."""

    received_at: datetime.datetime
    via: str


#: Callbacks whose repeats are recognised (their fingerprints, a few dozen bytes each): far more than are listed, so
#: a retry is known as one after the first has scrolled off the list; the oldest are forgotten past this.
MAX_CALLBACKS_REMEMBERED: Final = 10_000


class FirstReceipts:
    """When and where each callback was first received (or checked), by ``ReceiptKey``: the session page's and the
    inspector's memory of the callbacks they have seen, so that the same one again is named a repeat, not a new
    result. Bounded: the oldest are forgotten past ``limit``."""

    def __init__(self, limit: int = MAX_CALLBACKS_REMEMBERED) -> None:
        self._firsts: dict[ReceiptKey, FirstReceipt] = {}
        self._limit = limit

    def first_or_remember(self, key: ReceiptKey, receipt: FirstReceipt) -> FirstReceipt | None:
        """The first receipt of the callback ``key`` names, when it came before; else None, ``receipt`` now its
        first."""
        first = self._firsts.get(key)
        if first is None:
            self.remember(key, receipt)
        return first

    def remember(self, key: ReceiptKey, receipt: FirstReceipt) -> None:
        """``receipt`` as the first of the callback ``key`` names."""
        self._firsts[key] = receipt
        if len(self._firsts) > self._limit:
            del self._firsts[next(iter(self._firsts))]  # the oldest: memory stays bounded

    def forget(self, key: ReceiptKey) -> None:
        """The callback ``key`` names is taken as never received: its next receipt is a first."""
        self._firsts.pop(key, None)


@dataclass(frozen=True)
class ReceivedCallback:
    """One callback the receiver got, checked with the active profile's secret."""

    body: bytes
    #: Where it was posted: "notify_url" (the service) or "return_url" (the applicant's browser).
    via: str
    callback: CallbackBody | None
    signature_valid: bool | None
    result: LivenessSessionResult | None
    problem: str
    received_at: datetime.datetime
    #: Which field of its data is malformed (worded by ``malformed_text``), when the data is JSON but not as the
    #: documents give a session's result; its signature is checked all the same.
    malformed: MalformedPayload | None = None
    #: The profile whose api_secret checked it: the one in the top bar when it came, or the one that started its
    #: session here when that one's secret matched. History keeps it under this profile.
    profile: str = ""
    #: ``CallbackBody.fingerprint`` of its data and sign ("" for a post that is no callback).
    fingerprint: str = ""
    #: When it is the same callback as one received before (same data, same sign, checked alike): when and where
    #: that one came. It is listed as a repeat of that one, not as a new result, and not kept in History again.
    repeat_of: FirstReceipt | None = None
    #: When that api_secret was read (``Connection.credentials_read_at``): once its profile's credentials are stored
    #: anew or forgotten, it is no longer that profile's, and the callback is not listed again after a switch.
    secret_read_at: int = 0

    @property
    def biz_id(self) -> str | None:
        """The session's biz_id: its result's, or, when a field is malformed, the one its data names."""
        if self.result is not None:
            return self.result.biz_id
        return self.malformed.biz_id if self.malformed is not None else None


def profile_secret(connection: Connection) -> str | None:
    """The api_secret of the connected profile (to check callback signatures), if connected."""
    client = connection.client
    return client._credentials.api_secret if client is not None else None


def check_callback(body: bytes, secret: str | None, via: str = "notify_url", profile: str = "",
                   earlier: Mapping[str, str] | None = None) -> ReceivedCallback:
    """Parse a posted body and check its signature with ``profile``'s ``secret``; problems are kept as text, never
    raised. ``earlier``: the api_secrets of other profiles that started sessions here, by profile: a callback of
    one of those sessions that comes after a switch is that profile's, checked with its secret."""
    now = datetime.datetime.now(datetime.UTC)  # aware: shown in the window's zone, as History's times
    try:
        callback = parse_callback_form(body)
    except FaceIDError as err:  # not a callback at all: said in the window's words, nothing is recorded
        return ReceivedCallback(body, via, None, None, None, posted_problem_text(err), now, profile=profile)
    # The signature covers the posted string, not what it holds: checked whether or not the data reads.
    valid = callback.signature_valid(secret) if secret else None
    if not valid:
        # Signed by the account of a profile that started a session here before the switch: it is that one's.
        owner = next((name for name, other in (earlier or {}).items()
                      if name != profile and callback.signature_valid(other)), None)
        if owner is not None:
            valid, profile = True, owner
    fingerprint = callback.fingerprint()  # here, off the GUI thread: data can be megabytes
    try:
        payload = callback.payload_or_malformed()
    except FaceIDError as err:  # data that is not JSON at all
        return ReceivedCallback(body, via, callback, valid, None, err.message, now, profile=profile,
                                fingerprint=fingerprint)
    if isinstance(payload, MalformedPayload):
        return ReceivedCallback(body, via, callback, valid, None, "", now, payload, profile=profile,
                                fingerprint=fingerprint)
    return ReceivedCallback(body, via, callback, valid, payload, "", now, profile=profile, fingerprint=fingerprint)


def refused_callback(checked: ReceivedCallback, secrets: Iterable[str]) -> FaceIDError:
    """What History keeps of a received callback whose data cannot be read as a session's result: an error naming
    the field in the way (INVALID_RESPONSE, as a get_result answer with that field is kept), holding the callback as
    it came (its data as posted and its sign, to check again in the inspector, and how its signature checked), with
    any of ``secrets`` masked."""
    callback = checked.callback
    assert callback is not None
    refusal: FaceIDError | None = None
    if checked.malformed is not None and checked.malformed.path:
        try:
            callback.payload()  # the protocol library's own refusal: the field's path and what it should be
        except FaceIDError as err:
            refusal = err if err.code == INVALID_RESPONSE else None
    if refusal is None:  # not JSON, or JSON but not an object: the data itself is in the way
        refusal = FaceIDError(INVALID_RESPONSE, detail="data", origin=ErrorOrigin.SERVICE,
                              message=checked.problem or "the answer is JSON but not an object")
    # signature_valid first: a record cut at its length limit still starts with it (report.kept_callback_signature)
    kept = json.dumps({"signature_valid": checked.signature_valid, "via": checked.via, "data": callback.data,
                       "sign": callback.sign}, ensure_ascii=False)
    for secret in secrets:
        if len(secret) >= MASKED_SECRET_CHARS:  # a shorter one would mask letters of the data itself
            kept = kept.replace(secret, "***")
    return dataclasses.replace(refusal, raw_body=redact(kept))


def keep_refused_callback(store: HistoryStore, checked: ReceivedCallback, profile: str,
                          secrets: Iterable[str]) -> EntryId:
    """Keep ``checked``, whose data cannot be read as a session's result, in History as ``refused_callback``'s error;
    its verdict is its signature's when that failed (as for a readable one: listed and found as "Signature invalid",
    not as one more unreadable answer). Off the GUI thread: it parses the data again."""
    from ...store import CallKind  # loads the store in the worker, never at start-up

    refusal = refused_callback(checked, secrets)
    entry = store.journal.begin(CallKind.CALLBACK_CHECK, profile, {"biz_id": checked.biz_id or ""})
    store.journal.fail(entry, refusal, verdict="signature_invalid" if checked.signature_valid is False else "error")
    return entry


class CallbackList(QListWidget):
    """The callbacks received: as tall as the page has room for, asking only for two callbacks' height. At a list's
    usual 192 px, the side scrolled at 1024×640 with an error shown, Look up and Inspect out of sight."""

    def minimumSizeHint(self) -> QSize:
        two_callbacks = 5 * self.fontMetrics().lineSpacing()  # two lines each, and their padding
        return QSize(super().minimumSizeHint().width(), two_callbacks + 2 * self.frameWidth())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())


#: Callbacks listed on the page, newest first; older ones are in History (a body can be megabytes).
MAX_CALLBACKS_SHOWN: Final = 100


class LivenessSessionPage(QWidget):
    """A get_token form, the session's link, and the callbacks received for it."""

    status_message = Signal(str)
    #: Emitted after get_token's answer (token or error) has been shown.
    finished = Signal()
    #: A received callback was checked and listed.
    callback_received = Signal(object)
    #: The reviewer wants this biz_id looked up (Liveness results page).
    look_up_requested = Signal(str)
    #: The reviewer wants this callback body in the inspector.
    inspect_requested = Signal(bytes)
    #: A first receipt's History write ended (from the writer's thread): its key, and whether it was kept.
    _written = Signal(object, bool)

    def __init__(self, *, connection: Connection, settings: Settings, state: QSettings, history: LazyHistoryStore,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("livenessSessionPage")
        self.connection = connection
        self.settings = settings
        self.state = state
        self.history = history
        self.language = language
        #: Opens the applicant's link; replaceable so tests never start a browser.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.token: WebLivenessToken | None = None
        self.do_url = ""
        self._link_expires: int | None = None  # when the link on show expires (Unix seconds; None: not known)
        self.received: list[ReceivedCallback] = []
        #: The profile whose api_secret checked the callbacks listed, as it was then (None: none listed).
        self._listed_for: Profile | None = None
        #: Each other profile's callbacks, off the list while another is in use (those listed before the switch, and
        #: those of its sessions that came after it), with the row chosen: listed again when it is back.
        self._off_list: dict[str, tuple[Profile, list[ReceivedCallback], int]] = {}
        self._request_profile = ""  # the profile get_token was last pressed for
        self._request_secret: str | None = None  # its api_secret then
        self._request_read_at = 0  # when that api_secret was read
        #: The api_secret of each profile that started a session here (in memory only): a callback of that session
        #: that comes after a switch is checked with it and kept in History under that profile.
        self._session_secrets: dict[str, str] = {}
        self._session_secrets_read_at: dict[str, int] = {}  # when each was read
        #: The profile the note under the receiver's address is about (callbacks of it kept in History, not listed).
        self._note_about: str | None = None
        self._noted: ReceivedCallback | None = None  # the callback whose time the note names (None: it names none)
        #: When and where each callback was first received, by the profile that checked it, how its signature checked
        #: and its fingerprint: a repeat of one is listed as such, and History keeps the first alone.
        self._first_receipts = FirstReceipts()
        #: A repeat that came while its first's History write was on its way: written instead, should that one fail.
        self._writing: dict[ReceiptKey, ReceivedCallback | None] = {}
        self._written.connect(self._receipt_written)
        self._focus_at_start: QWidget | None = None  # where the keyboard was when Start was pressed
        self._closed = False
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="faceid-session")
        self._checking = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-callback-check")
        self._listings: set[asyncio.Task[None]] = set()  # callbacks being checked, to list when they are
        self._task = BackgroundTask(self)
        self._task.busy_changed.connect(self._busy_changed)
        #: The profile the error on show came from: an error is about the calls of its own profile.
        self._error_from = ProfileBound(connection, self._task, self._take_error_off, self)
        #: The profile whose account made the link on show: its session and callbacks are that account's.
        self._link_from = ProfileBound(connection, self._task, self._take_link_off, self, at_once=True)
        self.receiver = CallbackReceiver(self)
        self.receiver.received.connect(self._on_callback)

        form = self._build_form()
        # As on the Verify page: a narrower window narrows the form first, down to its least width, so the link and
        # the callbacks stay readable; a wider one widens them.
        self.splitter = FormResultSplitter(form, self._build_session_side(), self._form_width, self)
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)
        connection.changed.connect(self._connection_changed)
        self._connection_changed()

    # --- layout ---------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        column = QWidget(self)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        # Scrolls vertically only, as Verify's form: its column is never narrower than the form at its narrowest (the
        # reference photos one to a row). At 800×560 it scrolled sideways and cut its fields off at the right.
        scroll = VerticalScrollArea(column)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, and scrolls them into view
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column_layout.addWidget(scroll, 1)
        side = QWidget(scroll)
        layout = QVBoxLayout(side)
        kind_box = QGroupBox(self.tr("Compare the applicant's face with"), side)
        kind_layout = QVBoxLayout(kind_box)
        self.kyc_radio = QRadioButton(self.tr("the identity data source (&KYC): name and ID number"), kind_box)
        self.compare_radio = QRadioButton(self.tr("your o&wn reference photos: uuid and photos"), kind_box)
        # comparison_type -1: a liveness check alone, its result's verify_result null (get_result's document).
        self.liveness_only_radio = QRadioButton(self.tr("nothing: the liveness check only (no co&mparison)"),
                                                kind_box)
        self.liveness_only_radio.setObjectName("livenessOnlyRadio")
        self.compare_radio.setChecked(True)
        group = QButtonGroup(kind_box)
        group.addButton(self.kyc_radio)
        group.addButton(self.compare_radio)
        group.addButton(self.liveness_only_radio)
        tab_to_the_checked(group)
        for radio in (self.kyc_radio, self.liveness_only_radio):  # any change of choice toggles one of them
            radio.toggled.connect(self._kind_changed)
        kind_layout.addWidget(self.kyc_radio)
        kind_layout.addWidget(self.compare_radio)
        kind_layout.addWidget(self.liveness_only_radio)
        layout.addWidget(kind_box)

        form = QFormLayout()
        self.name_edit = QLineEdit(side)
        self.name_field = FieldWithProblem(self.name_edit, parent=side)
        add_field_row(form, self.tr("&Name (idcard_name):"), self.name_field)
        self.number_edit = QLineEdit(side)
        self.number_field = FieldWithProblem(self.number_edit, parent=side)
        add_field_row(form, self.tr("I&D number (idcard_number):"), self.number_field)
        self.uuid_edit = QLineEdit(side)
        self.uuid_edit.setPlaceholderText(self.tr("your own id for this applicant"))
        self.uuid_field = FieldWithProblem(self.uuid_edit, parent=side)
        add_field_row(form, self.tr("&uuid:"), self.uuid_field)
        layout.addLayout(form)

        # The box's heading wraps: as its title, one line, it was the form's least width (406 px in English).
        self.refs_heading = QLabel(side)
        self.refs_heading.setObjectName("refsHeading")
        self.refs_heading.setWordWrap(True)
        layout.addWidget(self.refs_heading)
        self.refs_box = QGroupBox(side)
        # Side by side where the form has room, fewer to a row where not: three in a row had the form scroll
        # sideways at 1024×600.
        refs = ColumnsBox(self.refs_box)
        QVBoxLayout(self.refs_box).addWidget(refs)
        self.slots: dict[str, PhotoSlot] = {}
        for index, field in enumerate(REF_FIELDS, start=1):
            slot = PhotoSlot(field, self.tr("Reference photo {n}").format(n=index), self._executor, self.state,
                             self.refs_box, compact=True, keys=(str(2 * index - 1), str(2 * index)))  # Alt+1…6
            self.slots[field] = slot
            refs.add(slot)
        layout.addWidget(self.refs_box)

        urls = QFormLayout()
        self.use_receiver = QCheckBox(self.tr("Receive the call&back in this window (built-in engine)"), side)
        self.use_receiver.setChecked(True)
        self.use_receiver.toggled.connect(self._fill_urls)
        urls.addRow(self.use_receiver)
        self.return_edit = QLineEdit(side)
        self.return_edit.setPlaceholderText("https://example.com/liveness/return")
        self.return_field = FieldWithProblem(self.return_edit, parent=side)
        add_field_row(urls, self.tr("&return_url:"), self.return_field)
        self.notify_edit = QLineEdit(side)
        self.notify_edit.setPlaceholderText("https://example.com/liveness/notify")
        self.notify_field = FieldWithProblem(self.notify_edit, parent=side)
        add_field_row(urls, self.tr("notif&y_url:"), self.notify_field)
        # Its port said at the field once typed, and when Start is pressed; as it is typed, only taken back (each
        # digit of 8883 is a port FaceID does not post to).
        self.notify_edit.textChanged.connect(lambda _text: self._note_notify_port(typing=True))
        self.notify_edit.editingFinished.connect(self._note_notify_port)
        self.biz_no_edit = QLineEdit(side)
        self.biz_no_edit.setPlaceholderText(self.tr("your order number (at most 128 bytes)"))
        self.biz_no_field = FieldWithProblem(self.biz_no_edit, parent=side)
        add_field_row(urls, self.tr("bi&z_no:"), self.biz_no_field)
        self.extra_edit = QLineEdit(side)
        self.extra_edit.setPlaceholderText(self.tr("returned unchanged in the callbacks"))
        self.extra_field = FieldWithProblem(self.extra_edit, parent=side)
        add_field_row(urls, self.tr("biz_e&xtra_data:"), self.extra_field)
        layout.addLayout(urls)

        layout.addStretch(1)
        scroll.setWidget(side)
        self._form_width = scrolling_form_width(scroll, side.sizeHint().width())  # its photos side by side
        # Start stays in view under the form, as Verify does: at the foot of the scrolled form it was out of
        # sight at 1100×700.
        self.send_row = SendRow(self.tr("&Start the session"), "startSessionButton", self.start_session, column)
        add_send_shortcut(self, self.send_row.button)
        self.start_button, self.stage_label = self.send_row.button, self.send_row.stage_label
        self.send_row.watch_photos(self.slots.values())
        self.send_row.setContentsMargins(9, 4, 9, 4)
        column_layout.addWidget(self.send_row)
        # Each field at least as wide as an 18-digit ID number: beside their long labels in Chinese, at 800 px, they
        # were squeezed to a few characters.
        digits = side.fontMetrics().horizontalAdvance("0" * 18)
        for edit in (named.edit for named in self._fields().values()):
            edit.setMinimumWidth(digits + edit.minimumSizeHint().width())
        self._kind_changed()
        return column

    def _build_session_side(self) -> QWidget:
        # Scrolls when the window is short, as the App token page's: beside the form at 800×560, an error above the
        # link squeezed its wrapped lines over each other (or had the window taller than the screen).
        scroll = VerticalScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, and scrolls them into view
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        side = QWidget(scroll)
        layout = QVBoxLayout(side)
        self.error_panel = ErrorPanel(self.language, side, call="get_token")
        self.error_panel.setVisible(False)
        layout.addWidget(self.error_panel)
        self.session_box = QGroupBox(self.tr("The applicant's link"), side)
        session = QVBoxLayout(self.session_box)
        # Broken inside the link too: a QLabel breaks only between words, and the link had the window 893 px wide.
        self.session_label = WrapAnywhereLabel(self.session_box)
        self.session_label.setText(self.tr("No session started yet."))
        self.session_label.setObjectName("sessionLabel")
        self.session_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        session.addWidget(self.session_label)
        # When the answer's expired_time is already past, or no plausible time at all: said, not taken on trust.
        self.expiry_note = QLabel(self.session_box)
        self.expiry_note.setObjectName("linkExpiryNote")
        self.expiry_note.setWordWrap(True)
        self.expiry_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_text_colour(self.expiry_note, CAUTION)
        self.expiry_note.setVisible(False)
        session.addWidget(self.expiry_note)
        # Side by side where there is room, one under the other where not: side by side, they kept the form from
        # the width it needs at 800 px.
        buttons = StackingRow(self.session_box, stretch=True)
        self.open_button = QPushButton(self.tr("&Open in the browser"), buttons)
        self.open_button.setObjectName("openDoPage")
        self.open_button.clicked.connect(self.open_do_page)
        self.copy_button = QPushButton(self.tr("&Copy the link"), buttons)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.do_url))
        press_with_enter(self.open_button, self.copy_button)  # Enter presses them, as Space does
        for button in (self.open_button, self.copy_button):
            button.setEnabled(False)
            buttons.add(button)
        session.addWidget(buttons)
        layout.addWidget(self.session_box)

        self.callbacks_box = QGroupBox(self.tr("Callbacks received"), side)
        callbacks = QVBoxLayout(self.callbacks_box)
        self.receiver_label = QLabel(self.callbacks_box)
        self.receiver_label.setObjectName("receiverLabel")
        self.receiver_label.setWordWrap(True)
        callbacks.addWidget(self.receiver_label)
        # The address on a line of its own, never broken (a line break after "/" read as two addresses), and
        # selectable: it is copied whole.
        self.receiver_url = QLabel(self.callbacks_box)
        self.receiver_url.setObjectName("receiverUrl")
        self.receiver_url.setWordWrap(False)
        self.receiver_url.setTextFormat(Qt.TextFormat.PlainText)
        self.receiver_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receiver_url.setAccessibleName("notify_url")
        callbacks.addWidget(self.receiver_url)
        self.elsewhere_label = QLabel(self.callbacks_box)
        self.elsewhere_label.setObjectName("otherProfileCallbacks")
        self.elsewhere_label.setWordWrap(True)
        self.elsewhere_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.elsewhere_label.setVisible(False)
        callbacks.addWidget(self.elsewhere_label)
        self.callback_list = CallbackList(self.callbacks_box)
        self.callback_list.setObjectName("callbackList")
        self.callback_list.setAccessibleName(self.tr("Callbacks received"))
        self.callback_list.setWordWrap(True)
        self.callback_list.setItemDelegate(ReadableItemColours(self.callback_list))  # readable on a dark palette
        self.callback_list.itemDoubleClicked.connect(lambda _item: self.look_up_selected())
        callbacks.addWidget(self.callback_list)
        actions = StackingRow(self.callbacks_box, stretch=True)
        self.look_up_button = QPushButton(self.tr("&Look up the result"), actions)
        self.look_up_button.setObjectName("lookUpButton")
        self.look_up_button.clicked.connect(self.look_up_selected)
        self.inspect_button = QPushButton(self.tr("&Inspect the callback"), actions)
        self.inspect_button.clicked.connect(self.inspect_selected)
        press_with_enter(self.look_up_button, self.inspect_button)  # Enter presses them, as Space does
        for button in (self.look_up_button, self.inspect_button):
            button.setEnabled(False)
            actions.add(button)
        callbacks.addWidget(actions)
        self.callback_list.currentRowChanged.connect(self._selection_changed)
        layout.addWidget(self.callbacks_box, 1)
        scroll.setWidget(side)
        return scroll

    # --- form -----------------------------------------------------------------------------------

    @property
    def comparison_type(self) -> ComparisonType:
        if self.liveness_only_radio.isChecked():
            return ComparisonType.LIVENESS_ONLY
        return ComparisonType.KYC if self.kyc_radio.isChecked() else ComparisonType.FACE_COMPARISON

    def _kind_changed(self) -> None:
        kind = self.comparison_type
        kyc = kind is ComparisonType.KYC
        compared = kind is not ComparisonType.LIVENESS_ONLY  # liveness only: no identity, no reference photo
        for widget in (self.name_field, self.number_field):
            widget.setEnabled(kyc)
        self.uuid_field.setEnabled(kind is ComparisonType.FACE_COMPARISON)
        if not compared:
            heading = self.tr("Reference photos (not used: with the liveness check only, no face is compared)")
        elif kyc:
            heading = self.tr("Reference photos (optional with KYC)")
        else:
            heading = self.tr("Reference photos (image_ref1 is required for face comparison)")
        self.refs_heading.setText(heading)
        self.refs_box.setAccessibleName(heading)  # what its title said to a screen reader
        self.refs_heading.setEnabled(compared)
        self.refs_box.setEnabled(compared)

    def _receiving(self) -> bool:
        """Whether new sessions can be given the receiver's address: the built-in engine is the profile in use."""
        c = self.connection
        return self.receiver.running and c.profile.kind is ProfileKind.LOCAL_ENGINE and c.state is ServiceState.READY

    def _fill_urls(self) -> None:
        running = self._receiving()
        self.use_receiver.setEnabled(running)
        use = running and self.use_receiver.isChecked()
        for edit, url in ((self.return_edit, self.receiver.return_url), (self.notify_edit, self.receiver.notify_url)):
            if use:
                edit.setText(url)
            elif edit.isReadOnly():
                edit.clear()  # it held the receiver's address, of no use without the receiver
            edit.setReadOnly(use)

    def _connection_changed(self) -> None:
        if self._closed:  # shut down with the window: a late change (the engine back at READY) starts nothing
            return
        c = self.connection
        self._list_of(c.profile)
        engine = c.profile.kind is ProfileKind.LOCAL_ENGINE and c.state is ServiceState.READY
        if engine and not self.receiver.running:
            self.receiver.start()
        # Left listening at a switch (until the window closes): a session started with its address posts there
        # later, and a callback refused at the door was lost, with no entry in History.
        receiving = self._receiving()
        self.receiver_url.setText(self.receiver.notify_url if receiving else "")
        self.receiver_url.setVisible(receiving)
        self.elsewhere_label.setVisible(self._note_about not in (None, c.profile.name))
        if receiving:
            self.receiver_label.setText(self.tr(
                "The console listens at the address below and passes it as notify_url: a finished sandbox session "
                "shows up here by itself, its signature checked."))
        else:
            self.receiver_label.setText(self.tr(
                "Callbacks are received here only with the built-in engine. With the cloud, FaceID posts them "
                "to your own server: paste one into the Callback inspector."))
        self._fill_urls()
        self._note_notify_port()
        self._update_start()

    def _note_notify_port(self, *, typing: bool = False) -> None:
        """Say at notify_url when FaceID posts no callback to its port: the session can still be started, but its
        callback will not come. Not for the built-in engine, which posts to any port. ``typing``: a note only goes
        or follows the port, never comes, while the reviewer types."""
        port = (notify_port_not_posted_to(self.notify_edit.text())
                if self.connection.profile.kind is not ProfileKind.LOCAL_ENGINE else None)
        if port is None:
            self.notify_field.set_note("")
        elif not typing or self.notify_field.note.text():
            self.notify_field.set_note(self.tr(
                "FaceID posts callbacks only to ports {ports}: none will come to port {port} of this notify_url. The "
                "session can still be started; to receive its callback, give an address on one of those ports."
            ).format(ports=", ".join(str(allowed) for allowed in NOTIFY_URL_PORTS), port=port))

    def _update_start(self) -> None:
        ready = self.connection.state is ServiceState.READY and self.connection.client is not None
        self.send_row.set_state(ready, self._task.busy)

    def _collect(self) -> tuple[GetTokenRequest, list[FaceIDError]]:
        """The request as the form says, and every problem it has (the service's rules and this page's own)."""
        clear_marks(self._fields().values(), self.slots)
        kind = self.comparison_type
        kyc = kind is ComparisonType.KYC
        compare = kind is ComparisonType.FACE_COMPARISON
        # Liveness only sends no photo: those left in the slots (greyed out) stay for the next session that compares.
        refs = {f: s.photo.data for f, s in self.slots.items()
                if s.photo is not None and kind is not ComparisonType.LIVENESS_ONLY}
        request = GetTokenRequest(
            comparison_type=kind,
            return_url=self.return_edit.text().strip(),
            notify_url=self.notify_edit.text().strip(),
            idcard_name=self.name_edit.text() if kyc else None,
            idcard_number=self.number_edit.text() if kyc else None,
            uuid=self.uuid_edit.text().strip() if compare else None,  # as Verify: spaces copied around it are dropped
            biz_no=self.biz_no_edit.text().strip() or None,
            biz_extra_data=self.extra_edit.text() or None,
            **refs,  # type: ignore[arg-type]
        )
        problems = request.problems()
        if refs and "image_ref1" not in refs:  # the service numbers its scores after the slots: say it our way
            first = FaceIDError.input("image_ref1", self.tr("Put the first reference photo in Reference photo 1."))
            problems = [first, *(problem for problem in problems if problem.field != "image_ref1")]
        return request, problems

    def start_session(self) -> None:
        """Check the form and send get_token."""
        if self._task.busy or not self.start_button.isEnabled():
            return
        if self.send_row.photos_busy():
            return
        # Started again from the link's buttons (Ctrl+Return): they are off next, and the keyboard goes through the
        # call as from Start, not on to the list of callbacks.
        park_keyboard([self.open_button, self.copy_button], self.start_button)
        # The link on show was made for the form as it was: a new start must not leave it to be handed out.
        self._clear_link()
        self.session_label.setText(self.tr("No session started yet."))
        self._request_profile = self.connection.profile.name
        self._request_secret = profile_secret(self.connection)
        self._request_read_at = self.connection.credentials_read_at
        self._focus_at_start = QApplication.focusWidget()
        self._note_notify_port()  # typed and Start pressed at once (Ctrl+Enter): not yet said
        request, problems = self._collect()  # all of them at once, each marked at its field or photo
        if problems:
            self._show_error(problems[0], also=problems[1:])
            return
        self.error_panel.setVisible(False)
        self._error_from.cleared()
        self.session_label.setText(self.tr("Working…"))
        self._task.start(self._send(request), self._show_token, self._show_error)
        # Start, pressed from the keyboard, is disabled while it works and Qt moves the keyboard on along the Tab
        # order: that is where the reviewer left it, not a field they went to type in.
        self._focus_at_start = QApplication.focusWidget()

    async def _send(self, request: GetTokenRequest) -> WebLivenessToken:
        client = self.connection.client
        if client is None or self.connection.state is not ServiceState.READY:
            raise FaceIDError("CONNECTION_FAILED", origin=ErrorOrigin.TRANSPORT, message="the profile is not connected")
        self.stage_label.setText(self.tr("Waiting for FaceID…"))
        images = {name: data for name, data in request.image_fields().items() if isinstance(data, bytes)}
        profile, level = self.connection.profile.name, self.settings.policy_level
        billable = self.connection.profile.billed  # nothing the built-in engine answers is billed
        return await in_thread(self._executor, lambda: send_with_history(
            self.history, "get_token", profile=profile, params=request.form_fields(), images=images,
            send=lambda: client.get_token(request), base_url=client.base_url, policy_level=level,
            billable=billable))

    def _busy_changed(self, _busy: bool) -> None:
        self._update_start()

    def _take_error_off(self, _profile: str) -> None:
        """Another profile's error, with the marks it made, is off the page once the reviewer switched (see
        ``ProfileBound``)."""
        self.error_panel.setVisible(False)
        clear_marks(self._fields().values(), self.slots)

    def _clear_link(self) -> None:
        self.token = None
        self.do_url = ""
        self._link_expires = None
        self._note_expiry("")
        self._link_from.cleared()
        for button in (self.open_button, self.copy_button):
            button.setEnabled(False)

    def _take_link_off(self, profile: str) -> PutBack | None:
        """Another profile's link is off the page once the reviewer switched (see ``ProfileBound``), as App token
        does with a biz_token: its session is that profile's account's, and its callbacks are not received (nor
        their signatures checked) under this one. Back on that profile, the link is put back."""
        if self.token is None:
            return None
        token, url, expires, expiry = self.token, self.do_url, self._link_expires, self.expiry_note.text()
        self._clear_link()
        self.session_label.setText(self.tr(
            "The last session's link was made by profile {profile}, for that profile's account only: its callbacks "
            "are not received under this profile. Its token is kept in History.").format(
            profile=stored_profile_name(profile, self.settings.profiles)))

        def put_back() -> None:
            self.token, self.do_url, self._link_expires = token, url, expires
            self._word_link()  # in the zone times are shown in now: it may have been changed meanwhile
            self._note_expiry(expiry)
            for button in (self.open_button, self.copy_button):
                button.setEnabled(bool(url))
        return put_back

    def _show_token(self, token: WebLivenessToken) -> None:
        client = self.connection.client
        self.token = token
        self._link_from.shown(self._request_profile)
        if self._request_secret:  # its callbacks are signed with it, whichever profile is in use when they come
            self._session_secrets[self._request_profile] = self._request_secret
            self._session_secrets_read_at[self._request_profile] = self._request_read_at
        self.do_url = client.liveness_page_url(token.token) if client is not None else ""
        now = time.time()
        expires = self._link_expires = token.expires_at(now)
        self._word_link()
        status = self.tr("Liveness session started; the link is ready.")
        if expires is None and token.expired_time is not None:
            self._note_expiry(self.tr(
                "The answer's expired_time, {value}, is not a time within a day of this workstation's clock, so it "
                "is not shown as a date: it may be in milliseconds rather than seconds, or one of the two clocks is "
                "far off.").format(value=token.expired_time))
            status = self.tr("Liveness session started; the link is ready, but when it expires is unknown.")
        elif expires is not None and expires <= now:
            self._note_expiry(self.tr(
                "That time is already past by this workstation's clock: this workstation's clock or the "
                "service's is wrong, and the link is likely dead. Check this computer's date and time; if it is "
                "right, start a new session."))
            status = self.tr("Liveness session started, but its link has expired already by this workstation's "
                             "clock: check the clock.")
        for button in (self.open_button, self.copy_button):
            button.setEnabled(bool(self.do_url))
        self.stage_label.setText("")
        self.status_message.emit(status)
        self.finished.emit()

    def _word_link(self) -> None:
        """The link on show and until when it is valid, in the zone times are shown in (worded again when that
        changes)."""
        if self.token is None:
            return
        if self._link_expires is None and self.token.expired_time is not None:  # not printed as a date: nonsense
            self.session_label.setText(self.tr(
                "Session started. The applicant opens this link (once; when it expires is unknown):\n{url}").format(
                url=self.do_url))
            return
        expires = self._link_expires
        until = shown_clock(expires, self.settings.display_zone()) if expires else "—"  # as App token's
        self.session_label.setText(self.tr(
            "Session started. The applicant opens this link (valid until {expires}, once):\n{url}").format(
            expires=until, url=self.do_url))

    def _note_expiry(self, text: str) -> None:
        """What is wrong with the link's expired_time, under the link (``""``: nothing)."""
        self.expiry_note.setText(text)
        self.expiry_note.setVisible(bool(text))

    def _show_error(self, err: FaceIDError, also: Sequence[FaceIDError] = ()) -> None:
        """Explain ``err`` (and list ``also``, the form's further problems); mark each at its field or photo."""
        mark_problems((err, *also), self._fields(), self.slots, self.language)
        self._focus_first_marked()
        self.stage_label.setText("")
        self.error_panel.show_error(err, also=also, step=self.connection.engine_stopped_step(err),
                                    billed=unbilled_profile_text(err, self._request_profile, self.settings.profiles))
        self.error_panel.setVisible(True)
        self._error_from.shown(self._request_profile)
        self.session_label.setText(self.tr("No session started yet."))
        # The headline, as Liveness results says it; a dash, as it may have a colon of its own ("Check the input: …").
        self.status_message.emit(self.tr("No session started — {reason}").format(
            reason=self.error_panel.headline.text()))
        self.finished.emit()

    def _fields(self) -> dict[str, FieldWithProblem]:
        """The form's fields by the parameter an error names."""
        return {"idcard_name": self.name_field, "idcard_number": self.number_field, "uuid": self.uuid_field,
                "return_url": self.return_field, "notify_url": self.notify_field, "biz_no": self.biz_no_field,
                "biz_extra_data": self.extra_field}

    def _focus_first_marked(self) -> None:
        """The keyboard to the first field or photo marked, in the form's order; a reviewer who went on typing in
        another field, or to another page, while the answer came keeps their place."""
        fields = self._fields()
        identity = [fields.pop(name) for name in ("idcard_name", "idcard_number", "uuid")]
        marked: list[QWidget] = [field.edit for field in identity if field.problem.text()]
        marked += [slot for slot in self.slots.values() if slot.error]
        marked += [field.edit for field in fields.values() if field.problem.text()]  # below the photos
        focus_first_marked(self, marked, self._focus_at_start)

    def open_do_page(self) -> None:
        """Open the applicant's page in the system browser."""
        if self.do_url:
            self.open_url(QUrl(self.do_url))

    # --- callbacks ------------------------------------------------------------------------------

    def _on_callback(self, path: str, body: bytes) -> None:
        if self._closed:
            return  # posted just before the window closed: the executor that would journal it is gone
        via = "return_url" if path.startswith(RETURN_PATH) else "notify_url"
        import asyncio

        # Parsed and its signature checked on a worker (a body can be megabytes), one at a time: listed in the
        # order they arrived.
        profile = self.connection.profile.name
        earlier = {name: secret for name, secret in self._session_secrets.items() if name != profile}
        read_at = {**self._session_secrets_read_at, profile: self.connection.credentials_read_at}
        listing = asyncio.ensure_future(self._list_when_checked(
            in_thread(self._checking, check_callback, body, profile_secret(self.connection), via, profile, earlier),
            read_at))
        self._listings.add(listing)  # held until done: the loop keeps only a weak reference to a task
        listing.add_done_callback(self._listings.discard)

    async def _list_when_checked(self, checking: Awaitable[ReceivedCallback], read_at: Mapping[str, int]) -> None:
        """List a callback once checked, with when the api_secret that checked it was read (by profile)."""
        try:
            checked = await checking
            checked = dataclasses.replace(checked, secret_read_at=read_at.get(checked.profile, 0))
            if not self._closed:
                self._list_callback(checked)
        except Exception as exc:  # a bug: reported, and the page goes on receiving
            report_unexpected(exc)

    def _list_callback(self, checked: ReceivedCallback) -> None:
        current = self.connection.profile
        checked = self._as_repeat(checked)
        if checked.callback is not None and checked.profile != current.name:
            # Another profile's (its session's, or checked before a switch): kept in History under that profile,
            # not listed beside this one's name, but listed with that profile's when it is back. A post that is no
            # callback is no profile's: listed as it is.
            if checked.repeat_of is None:
                self._journal_first(checked)
            self._keep_elsewhere(checked)
            return
        self.received.insert(0, checked)
        self._listed_for = current
        item = QListWidgetItem()
        self._word_item(item, checked)
        self.callback_list.insertItem(0, item)
        while len(self.received) > MAX_CALLBACKS_SHOWN:  # the oldest go (each is in History): memory stays bounded
            self.received.pop()
            self.callback_list.takeItem(self.callback_list.count() - 1)
        self.callback_list.setCurrentRow(0)
        if checked.repeat_of is None:
            self._journal_first(checked)
        self.status_message.emit(item.text().splitlines()[0])
        self.callback_received.emit(checked)

    def _as_repeat(self, checked: ReceivedCallback) -> ReceivedCallback:
        """``checked`` marked as a repeat when the same callback (same data, same sign, checked alike for the same
        profile) was received before, else remembered as the first.

        A repeat gets no History entry of its own: its signed data is byte for byte the first one's, which History
        already keeps as the session's answer. FaceID posts one callback to both return_url and notify_url, and
        again when notify_url did not answer, and anyone can replay one: an entry each would be the same answer
        waiting for a decision two or three times (and exported as often). A callback checked otherwise
        than before (no api_secret then, one now) says something new, and is a first of its own."""
        if checked.callback is None:
            return checked  # not a callback: nothing to be a repeat of
        key = _receipt_key(checked)
        first = self._first_receipts.first_or_remember(key, FirstReceipt(checked.received_at, checked.via))
        if first is None:
            return checked
        if key in self._writing:
            self._writing[key] = checked  # the first's write may yet fail: this one is kept for it
        return dataclasses.replace(checked, repeat_of=first)

    def _list_of(self, active: Profile) -> None:
        """The callbacks of ``active`` on the list. Those listed go once the reviewer switched: they were checked
        with their profile's api_secret, and beside another profile's name they read as checked with its own. Each
        is in History, under its profile; back on that profile, they are listed again, with any of its sessions'
        that came meanwhile. A profile renamed, removed or given another address since gets none back."""
        listed = self._listed_for
        if listed is not None and listed != active:
            if self.received:
                self._off_list[listed.name] = (listed, list(self.received), self.callback_list.currentRow())
                self._note(listed.name, self.tr(
                    "The callbacks received under profile {profile} were checked with that profile's api_secret: "
                    "they are off this list, and kept in History under that profile.").format(
                    profile=stored_profile_name(listed.name, self.settings.profiles)))
            self.received = []
            self.callback_list.clear()
            self._listed_for = None
        self._off_list = {name: off for name, off in self._off_list.items() if off[0] in self.settings.profiles}
        off = self._off_list.get(active.name)
        if self._listed_for is None and off is not None and off[0] == active:
            del self._off_list[active.name]
            _profile, held, row = off
            chosen = held[row] if 0 <= row < len(held) else None
            # Those checked with an api_secret the profile no longer has (stored anew or forgotten since) are not.
            received = [checked for checked in held if checked.callback is None
                        or not self.connection.credentials_changed_since(checked.profile, checked.secret_read_at)]
            if not received:
                return
            self.received, self._listed_for = received, active
            for checked in received:
                item = QListWidgetItem()
                self._word_item(item, checked)  # at the policy level of now, as settings_changed words them
                self.callback_list.addItem(item)
            self.callback_list.setCurrentRow(next((i for i, checked in enumerate(received) if checked is chosen), 0))

    def _keep_elsewhere(self, checked: ReceivedCallback) -> None:
        """Say that a callback of another profile came, and where it is kept; list it when that profile is back."""
        source = self.settings.profile_or_none(checked.profile)
        if source is not None:
            was, kept, _row = self._off_list.get(checked.profile, (source, [], 0))
            kept = [checked, *(kept if was == source else [])][:MAX_CALLBACKS_SHOWN]
            self._off_list[checked.profile] = (source, kept, 0)  # the newest chosen, as when one is listed
        text = self._came_elsewhere_text(checked)
        self._note(checked.profile, text, checked)
        self.status_message.emit(text)

    def _came_elsewhere_text(self, checked: ReceivedCallback) -> str:
        """That a callback of another profile came, when (in the zone times are shown in), and where it is kept."""
        zone = self.settings.display_zone()
        return self.tr(
            "A callback of profile {profile} came at {time} {zone}, after the switch: checked with that profile's "
            "api_secret and kept in History under that profile, not listed here (biz_id {biz_id}).").format(
            profile=stored_profile_name(checked.profile, self.settings.profiles),
            time=zone.text(checked.received_at, "%H:%M:%S"), zone=zone.label(checked.received_at),
            biz_id=shortened(checked.biz_id or "—"))

    def _note(self, profile: str, text: str, came: ReceivedCallback | None = None) -> None:
        """The note under the receiver's address, about ``profile``'s callbacks: shown while another is in use.
        ``came``: the callback whose time it names, worded again when the zone times are shown in changes."""
        self._note_about, self._noted = profile, came
        self.elsewhere_label.setText(text)
        self.elsewhere_label.setVisible(profile != self.connection.profile.name)

    def _word_item(self, item: QListWidgetItem, checked: ReceivedCallback) -> None:
        """A listed callback's words and colour, by its session's verdict at the policy level of now."""
        item.setText(self._callback_text(checked))
        colour = self._callback_colour(checked)
        # No colour: the role cleared (an empty QBrush would paint the text with no brush at all).
        item.setData(Qt.ItemDataRole.ForegroundRole, QBrush(colour) if colour is not None else None)

    def settings_changed(self) -> None:
        """Word and colour the callbacks listed again at a changed policy level, and every time on show in the zone
        times are now shown in."""
        for row, checked in enumerate(self.received):
            item = self.callback_list.item(row)
            if item is not None:
                self._word_item(item, checked)
        self._word_link()
        if self._noted is not None:
            self.elsewhere_label.setText(self._came_elsewhere_text(self._noted))

    def _session_verdict(self, checked: ReceivedCallback) -> str | None:
        """The verdict History records for this callback's session (the one rule, ``verdict.session_verdict``)."""
        if checked.result is None:
            return None
        return session_verdict(checked.result, self.settings.policy_level)[0]

    def _callback_colour(self, checked: ReceivedCallback) -> QColor | None:
        """As History colours the entry: red for a forged callback, amber for one that could not be checked, else
        the session's verdict (a valid signature alone is no verdict). A repeat is no new verdict: red only when
        forged."""
        if checked.result is None or checked.repeat_of is not None:  # not a callback, data that does not parse,
            return FAIL if checked.signature_valid is False else None  # or a repeat: no verdict recorded for it
        verdict, _confidence = callback_verdict(checked.signature_valid, checked.result, self.settings.policy_level)
        return VERDICT_COLOURS.get(verdict)

    def _callback_text(self, checked: ReceivedCallback) -> str:
        zone = self.settings.display_zone()
        when = f"{zone.text(checked.received_at, '%H:%M:%S')} {zone.label(checked.received_at)} · {checked.via}"
        if checked.callback is None:
            return self.tr("{time} · not a callback: {problem}").format(time=when, problem=shortened(checked.problem))
        signature = {True: self.tr("signature valid"), False: self.tr("SIGNATURE INVALID"),
                     None: self.tr("signature not checked (no secret)")}[checked.signature_valid]
        first = checked.repeat_of
        if first is not None:  # the first one's outcome is listed (and kept in History) once, as it came
            return self.tr("{time} · {signature} · repeat of the callback received at {first} {zone} via "
                           "{first_via}, not a new result\nbiz_id {biz_id}").format(
                time=when, signature=signature, first=zone.text(first.received_at, "%H:%M:%S"),
                zone=zone.label(first.received_at), first_via=first.via, biz_id=shortened(checked.biz_id or "—"))
        result = checked.result
        if checked.malformed is not None:  # named as the inspector names it, in the window's language
            return self.tr("{time} · {signature} · {problem}\nbiz_id {biz_id}").format(
                time=when, signature=signature, problem=malformed_text(checked.malformed),
                biz_id=shortened(checked.malformed.biz_id or "—"))
        if result is None:  # data that is not JSON at all, worded as the malformed
            return self.tr("{time} · {signature} · {problem}\nbiz_id {biz_id}").format(
                time=when, signature=signature, problem=unreadable_data_text(checked.callback.data, checked.problem),
                biz_id="—")
        # Here, not at the top: the liveness view's modules would slow the page's first opening; a callback is later.
        from ..widgets.liveness_view import without_liveness_headline

        liveness = result.liveness_result
        attacks = suspected_attacks(result.genuineness())
        compared = self._session_verdict(checked)
        failure = result.verify_result if isinstance(result.verify_result, VerifyFailure) else None
        # A verdict on result_idcard_photo alone (no result_faceid, no result_refN) is named as the ID card's.
        on_card = isinstance(result.verify_result, VerifyResult) and result.verify_result.judged_on_idcard_photo
        outcome = (self.tr("ATTACK SUSPECTED: {checks} (the liveness check itself passed)").format(
                       checks=", ".join(attacks))
                   if liveness is not None and liveness.passed and attacks else
                   self.tr("liveness passed; spoken consent failed")
                   if liveness is not None and liveness.passed and compared == "will_failed" else
                   self.tr("liveness passed; comparison failed: {code}").format(code=shortened(failure.code))
                   if liveness is not None and liveness.passed and failure is not None else
                   (self.tr("liveness passed; comparison against the ID card's photo: {verdict}") if on_card else
                    self.tr("liveness passed; comparison: {verdict}")).format(verdict=verdict_text(compared))
                   if liveness is not None and liveness.passed and compared in COMPARISON_VERDICTS else
                   self.tr("liveness passed") if liveness is not None and liveness.passed else
                   self.tr("liveness failed") if liveness is not None else
                   # Cancelled, timed out, broken off…: what happened, in the words the inspector heads it with.
                   without_liveness_headline(result) or self.tr("no liveness result"))
        if checked.signature_valid is not True:  # a forger's words, or anyone's unchecked: a claim, never an outcome
            outcome = self.tr("claims, unverified: {claim}").format(claim=outcome)
        # The poster chooses biz_id and biz_no: shortened, as a list item lays out all it is given (the whole values
        # go to Look up and Inspect).
        return self.tr("{time} · {signature} · {outcome}\nbiz_id {biz_id} · biz_no {biz_no}").format(
            time=when, signature=signature, outcome=outcome, biz_id=shortened(result.biz_id or "—"),
            biz_no=shortened(result.biz_no or "—"))

    def _journal_first(self, checked: ReceivedCallback) -> None:
        """Keep the first receipt of a callback in History; should that fail, a repeat received meanwhile is kept
        instead, or else the next one to come is taken as a first (History must not lose the session's answer to
        one failed write: get_result answers once)."""
        key = _receipt_key(checked)
        self._writing[key] = None

        def ended(kept: bool) -> None:  # on the writer's thread
            if not self._closed:
                with contextlib.suppress(RuntimeError):  # the page deleted meanwhile, the window closing
                    self._written.emit(key, kept)

        self._journal_callback(checked, ended)

    def _receipt_written(self, key: ReceiptKey, kept: bool) -> None:
        repeat = self._writing.pop(key, None)
        if kept or self._closed:
            return
        if repeat is not None:
            self._first_receipts.remember(key, FirstReceipt(repeat.received_at, repeat.via))
            self._journal_first(repeat)
        else:
            self._first_receipts.forget(key)

    def _journal_callback(self, checked: ReceivedCallback, ended: Callable[[bool], None] | None = None) -> None:
        """Keep a checked callback in the history (off the GUI thread), under the profile whose api_secret checked
        it: its data is the session's answer too. One whose data cannot be read as a result (a malformed field, or
        not JSON) is kept as an error naming the field, with the callback as it came: listed, and to be found in
        History later."""
        history, result, callback = self.history, checked.result, checked.callback
        if callback is None:
            return  # not a callback (no data and sign): nothing of a session to keep
        profile = checked.profile or self.connection.profile.name
        if result is None:
            secrets = [secret for secret in (profile_secret(self.connection), *self._session_secrets.values())
                       if secret]

            def write_refused() -> None:
                keep_refused_callback(history.get(), checked, profile, secrets)

            self._executor.submit(write_refused).add_done_callback(partial(_log_failure, ended=ended))
            return
        body = {"signature_valid": checked.signature_valid, "payload": dict(result.raw),  # None: not checked
                "biz_id": result.biz_id, "biz_no": result.biz_no}

        def write() -> None:
            from ...store import CallKind  # loads the store in the worker, never at start-up

            store = history.get()
            entry = store.journal.begin(CallKind.CALLBACK_CHECK, profile,
                                        {"biz_id": result.biz_id or "", "biz_no": result.biz_no or ""})
            store.journal.complete(entry, body)

        self._executor.submit(write).add_done_callback(partial(_log_failure, ended=ended))

    def _selected(self) -> ReceivedCallback | None:
        row = self.callback_list.currentRow()
        return self.received[row] if 0 <= row < len(self.received) else None

    def _selection_changed(self, _row: int) -> None:
        checked = self._selected()
        self.look_up_button.setEnabled(checked is not None and bool(checked.biz_id))
        self.inspect_button.setEnabled(checked is not None)

    def look_up_selected(self) -> None:
        checked = self._selected()
        if checked is not None and checked.biz_id:
            self.look_up_requested.emit(checked.biz_id)

    def inspect_selected(self) -> None:
        checked = self._selected()
        if checked is not None:
            self.inspect_requested.emit(checked.body)

    @property
    def call_in_flight(self) -> bool:
        """A call of this page has been sent and its answer is still on its way."""
        return self._task.busy

    def shutdown(self) -> None:
        """Stop the receiver (joins its thread) and the page's workers; called when the window closes."""
        self._closed = True
        self.receiver.stop()
        self._checking.shutdown(wait=False, cancel_futures=True)
        self._executor.shutdown(wait=False, cancel_futures=True)


def _log_failure(future: Future[None], ended: Callable[[bool], None] | None = None) -> None:
    """A callback that could not be kept in the history is logged (it stays listed in the window); ``ended`` is told
    whether it was kept (from the writer's thread)."""
    failed = future.cancelled() or future.exception() is not None
    if not future.cancelled() and future.exception() is not None:
        log.warning("a received callback was not kept in the history: %s", future.exception())
    if ended is not None:
        ended(not failed)


def _receipt_key(checked: ReceivedCallback) -> ReceiptKey:
    return (checked.profile, checked.signature_valid, checked.fingerprint)
