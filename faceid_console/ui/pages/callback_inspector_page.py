"""Callback inspector: paste a callback as it arrived, check its signature with the active profile's secret,
and read its data with the same widgets as a looked-up result.

A callback can be megabytes on one line (its images in base64): the box shows a long one's start and end only
(``LongPasteEdit``); the parsing and the signature check run in a worker, and the images are decoded in it while
the verdict is already on show.
"""

from __future__ import annotations

import datetime
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...api import (
    CallbackBody,
    FaceIDError,
    LivenessSessionResult,
    MalformedPayload,
    ReturnUrlOnly,
    parse_callback_paste,
)
from ...api.request_models import MAX_BIZ_ID_CHARS
from ...lazy_history import LazyHistoryStore
from ...settings import Settings
from ..callback_texts import NESTED, NOT_UTF8, REPEATED, malformed_text, nested_text
from ..colours import CAUTION, FAIL, set_text_colour
from ..connection import Connection, ServiceState
from ..focus import park_keyboard_out_of
from ..pattern_texts import matched_text
from ..tasks import BackgroundTask, in_thread, report_unexpected
from ..texts import profile_charges, profile_display_name, shortened, status_line
from ..widgets.edge_frame import inset_as_text_of
from ..widgets.enter_presses import press_with_enter
from ..widgets.error_panel import ErrorPanel
from ..widgets.form_result_splitter import FormResultSplitter
from ..widgets.genuineness_gauges import suspected_attacks
from ..widgets.image_gallery import decode_with_thumbnails
from ..widgets.liveness_view import LivenessView
from ..widgets.long_paste_edit import HEAD, TAIL, LongPasteEdit
from ..widgets.send_row import add_send_shortcut
from ..widgets.stacking_row import StackingRow
from ..widgets.vertical_scroll_area import VerticalScrollArea
from .liveness_session_page import FirstReceipt, FirstReceipts, profile_secret

if TYPE_CHECKING:  # asyncio loads with the event loop, after the first paint
    import asyncio

#: The protocol library's English for a paste with no data (or sign) field, naming the fields it has instead, and
#: for a paste in no shape it reads, quoting its start; and the start of its words for JSON it cannot parse.
NO_FIELD = r"The callback has no (?P<field>data|sign) field \(its fields: (?P<fields>.*)\)\."
NO_SHAPE = r"The paste is not a callback in any known shape; it begins: (?P<start>.*)"
JSON_CUT_OFF = "The pasted JSON is cut off or malformed"

#: The paste's width where the window has room for it and a readable verdict beside it.
PASTE_WIDTH = 420


class PasteProblem(NamedTuple):
    """What is wrong with a paste, and what to do about it (the error panel's "What to do")."""

    problem: str
    step: str


@dataclass(frozen=True)
class CheckedCallback:
    """A pasted callback parsed, and its signature checked (None: there was no secret to check it with)."""

    callback: CallbackBody
    result: LivenessSessionResult
    signature_valid: bool | None
    #: ``CallbackBody.fingerprint``: the same callback pasted again is known as checked before.
    fingerprint: str = ""


@dataclass(frozen=True)
class MalformedCallback:
    """A pasted callback whose signature was checked (None: no secret) but whose data has a malformed field."""

    callback: CallbackBody
    malformed: MalformedPayload
    signature_valid: bool | None
    fingerprint: str = ""


def check_paste(text: str, secret: str | None) -> CheckedCallback | MalformedCallback | ReturnUrlOnly:
    """What the inspector does with a paste before showing it (run it in a worker: a paste can be megabytes, and
    parsing it holds the GIL); FaceIDError names the part of a bad paste."""
    parsed = parse_callback_paste(text)
    if isinstance(parsed, ReturnUrlOnly):
        return parsed
    # The signature covers the posted string, not what it holds: checked whether or not the data reads.
    valid = parsed.signature_valid(secret) if secret is not None else None
    fingerprint = parsed.fingerprint()  # here, off the GUI thread: data can be megabytes
    payload = parsed.payload_or_malformed()
    if isinstance(payload, MalformedPayload):
        return MalformedCallback(parsed, payload, valid, fingerprint)
    return CheckedCallback(parsed, payload, valid, fingerprint)


def history_entries_for(history: LazyHistoryStore, biz_id: str) -> int | None:
    """How many History entries name ``biz_id`` (its look-ups, its callbacks received); None when History cannot
    be read. Run it in a worker: it opens the database on first use."""
    from sqlalchemy.exc import SQLAlchemyError

    from ...store import HistoryFilter, StoreError  # loads the store in the worker, never at start-up

    try:
        return history.get().history.count(HistoryFilter(biz_id=biz_id))
    except (StoreError, OSError, SQLAlchemyError):
        return None


class CallbackInspectorPage(QWidget):
    """Paste → signature valid / invalid / no secret → status, idcard_info, liveness, verify, will results."""

    status_message = Signal(str)
    #: A pasted return_url carried only a biz_id: look it up on the results page.
    look_up_requested = Signal(str)
    #: Emitted after a check's outcome (the callback's data with its images, or what is wrong with the paste) has
    #: been shown.
    finished = Signal()
    #: Emitted once History, asked after the outcome was shown, said whether it holds the biz_id on show.
    history_noted = Signal()
    #: The reviewer asked to see History's entries for this biz_id.
    open_in_history = Signal(str)

    def __init__(self, *, connection: Connection, settings: Settings, language: str,
                 history: LazyHistoryStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackInspectorPage")
        self.connection = connection
        self.settings = settings
        self.language = language
        #: Asked (in the worker) whether it already holds entries for the biz_id of a paste; None: not asked.
        self.history = history
        self.callback: CallbackBody | None = None
        self.signature_valid: bool | None = None
        #: The callbacks checked here, as the session page remembers those it received: the same one pasted again
        #: (same data, same sign, checked alike for the same profile) is said to be no new result.
        self._checked_before = FirstReceipts()
        self._repeat_at: datetime.datetime | None = None  # the paste on show was checked here before: when
        self._kept = ""  # what History holds for its biz_id (the note under the verdict)
        self._shown = 0  # counts the checks started: History's answer is noted for the one on show only
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-callback-inspect")
        self._history_reads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-callback-history")
        self._asking: set[asyncio.Task[None]] = set()  # History asked about a biz_id, to note when it answers
        self._task = BackgroundTask(self)
        self._task.busy_changed.connect(self._busy_changed)
        self._check_again = False  # Check was asked for while a check ran: the paste may have changed since

        paste_side = QWidget(self)
        paste_layout = QVBoxLayout(paste_side)
        intro = QLabel(self.tr(
            "Paste a callback as it arrived: the form body (data=…&sign=…), data and sign on two lines, "
            "a JSON object with data and sign, or the return_url with its query."), paste_side)
        intro.setWordWrap(True)
        paste_layout.addWidget(intro)
        self.paste_edit = LongPasteEdit(paste_side)
        self.paste_edit.setObjectName("callbackPaste")
        self.paste_edit.setTabChangesFocus(True)  # Tab moves on: a callback has no tab character to type
        # A form body is one line with no space in it: wrapped at word boundaries, Qt's layout time grows with
        # the square of its length (2.5 s for 200 KB, minutes for 5 MB); wrapped anywhere, it is linear. Still
        # linear is too slow for megabytes (1.9 s for 5 MB): the box shows only the start and end of those.
        self.paste_edit.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.paste_edit.setAccessibleName(self.tr("Pasted callback"))
        self.paste_edit.setPlaceholderText("data=%7B%22biz_id%22…&sign=3f2a…")
        paste_layout.addWidget(self.paste_edit, 1)
        # What the box shows of a paste too long to show in full, and the way to empty it.
        self.long_paste_row = QWidget(paste_side)
        long_paste_layout = QHBoxLayout(self.long_paste_row)
        long_paste_layout.setContentsMargins(0, 0, 0, 0)
        self.long_paste_note = QLabel(self.long_paste_row)
        self.long_paste_note.setObjectName("longPasteNote")
        self.long_paste_note.setWordWrap(True)
        long_paste_layout.addWidget(self.long_paste_note, 1)
        self.clear_button = QPushButton(self.tr("Cl&ear the paste"), self.long_paste_row)
        self.clear_button.clicked.connect(self._clear_paste)
        long_paste_layout.addWidget(self.clear_button)
        self.long_paste_row.setVisible(False)
        paste_layout.addWidget(self.long_paste_row)
        self.paste_edit.held_changed.connect(self._paste_held_changed)
        # Side by side where there is room, one under the other where not, as on the session page: side by side, they
        # made the paste's least width (277 px in English) more than an 800 px window leaves it beside the verdict.
        row = StackingRow(paste_side, stretch=True)
        self.check_button = QPushButton(self.tr("&Check the callback"), row)
        add_send_shortcut(self, self.check_button)
        self.check_button.setObjectName("checkCallbackButton")
        self.check_button.clicked.connect(self.inspect)
        row.add(self.check_button)
        self.look_up_button = QPushButton(self.tr("&Look up this biz_id"), row)
        self.look_up_button.setEnabled(False)
        self.look_up_button.clicked.connect(self._look_up)
        row.add(self.look_up_button)
        press_with_enter(self.clear_button, self.check_button, self.look_up_button)  # Enter presses them, as Space does
        paste_layout.addWidget(row)

        result_side = QWidget(self)
        result_layout = QVBoxLayout(result_side)
        result_layout.setContentsMargins(0, 0, 0, 0)
        self.error_panel = ErrorPanel(language, result_side)
        self.error_panel.setVisible(False)
        result_layout.addWidget(self.error_panel)
        # Above the verdict, read before it: this callback was checked here before, History holds its biz_id.
        self.seen_note = QLabel(result_side)
        self.seen_note.setObjectName("callbackSeenNote")
        self.seen_note.setWordWrap(True)
        self.seen_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_text_colour(self.seen_note, CAUTION, bold=True)
        self.seen_note.setVisible(False)
        result_layout.addWidget(self.seen_note)
        # Its comparison's parts built ahead once it is on screen, not while the profile opens: that worker's imports
        # would hold the steps up (as the window's own idle build waits, ``MainWindow._idle``).
        self.view = LivenessView(language, result_side,
                                 build_ahead=lambda: connection.state is not ServiceState.STARTING)
        inset_as_text_of(self.seen_note, self.view.banner)  # in line with the verdict under it, off the frame
        # Under the verdict, read after it: where the session's other entries are (a pointer, not a warning; bold
        # orange above the verdict, it was read before "Signature invalid").
        self.history_note = QLabel(self.view)
        self.history_note.setObjectName("callbackHistoryNote")
        self.history_note.setWordWrap(True)
        self.history_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_note.setVisible(False)
        inset_as_text_of(self.history_note, self.view.banner)
        margins = self.history_note.contentsMargins()
        # The way to them, under the note and lined up with it (added first: each goes right under the verdict).
        self._history_row = QWidget(self.view)
        history_row = QHBoxLayout(self._history_row)
        history_row.setContentsMargins(margins.left(), 0, 0, margins.top())  # as far from what follows as the verdict
        self.history_button = QPushButton(self.tr("&Open in History"), self._history_row)
        self.history_button.setObjectName("callbackOpenInHistory")
        press_with_enter(self.history_button)  # Enter opens it, as Space does
        self._kept_biz_id = ""  # the biz_id the note speaks of
        self.history_button.clicked.connect(lambda: self.open_in_history.emit(self._kept_biz_id))
        history_row.addWidget(self.history_button)
        history_row.addStretch(1)
        self._history_row.setVisible(False)
        self.view.add_under_verdict(self._history_row)
        self.view.add_under_verdict(self.history_note)
        self.view.clear(self.tr("Nothing checked yet"), self.tr(
            "Paste a callback on the left and press Check the callback. Its signature is checked here with this "
            "profile's api_secret; nothing is sent to FaceID."))
        result_layout.addWidget(self.view)
        result_layout.addStretch(1)  # with the view hidden, the error panel keeps its own height
        # Scrolls up and down only, as the session page's side: never narrower than the verdict at its narrowest, so
        # the signature's verdict and the explanation wrap in the column rather than being cut off at its edge (at
        # 800×600 it scrolled 204 px sideways).
        scroll = VerticalScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, and scrolls them into view
        scroll.setWidget(result_side)

        # As on the Verify and session pages: a narrower window narrows the paste first, down to its least width, so
        # the verdict stays readable; a wider one widens the verdict.
        self.splitter = FormResultSplitter(paste_side, scroll, PASTE_WIDTH, self)
        QVBoxLayout(self).addWidget(self.splitter)
        self._biz_id = ""

    def inspect_body(self, body: bytes) -> None:
        """Check a callback the receiver got (from the session page), the keyboard in the paste box: as Ctrl+n puts
        it, at the page's first field, with Check the callback and the verdict next in Tab order (the control it was
        on is on the page left behind, and Qt left it on the page itself, where nothing shows it)."""
        self.paste_edit.setPlainText(body.decode("utf-8", "replace"))
        self.paste_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.inspect()

    def inspect(self) -> None:
        """Check the whole paste in a worker, then show its data, then its images (``finished``); a bad paste gets an
        error naming the part. Asked for again while a check runs, the paste is checked again when that one ends."""
        if self._task.busy:
            self._check_again = True
            return
        self.callback, self.signature_valid, self._biz_id = None, None, ""
        self._shown += 1  # what History says of an earlier paste's biz_id is not this one's
        # Checked again from the verdict (Ctrl+Return): it is hidden next, and the keyboard waits on Check the
        # callback, not on the tool bar's profile box.
        park_keyboard_out_of([self.view, self.look_up_button], self.check_button)
        self.look_up_button.setEnabled(False)
        self.error_panel.setVisible(False)
        self._note_seen(None)
        self.view.clear(self.tr("Checking the callback…"))
        self.view.setVisible(True)
        profile = self.connection.profile
        self._task.start(self._check(self.paste_edit.whole_text(), profile_secret(self.connection),
                                     profile_display_name(profile), profile.name),
                         self._checked, self._show_error, on_crash=self._crashed)

    async def _check(self, text: str, secret: str | None, profile: str, profile_name: str) -> bool:
        """Whether the outcome was shown (not when the paste is to be checked again at once: it may have changed)."""
        checked = await in_thread(self._executor, check_paste, text, secret)
        if self._check_again:
            return False
        if isinstance(checked, ReturnUrlOnly):
            self._show_return_url(checked)
        elif isinstance(checked, MalformedCallback):
            self._show_malformed(checked, profile, self._first_check(checked, profile_name))
        else:
            images = checked.result.images
            self._show_checked(checked, profile, self._first_check(checked, profile_name), images_pending=bool(images),
                               billable=profile_charges(profile_name, self.settings.profiles))
            if images:  # as History does: the verdict at once, the pictures when a worker has decoded them
                import asyncio

                # Once the verdict is laid out and painted, a turn of the event loop later: the decoding's Python (the
                # base64) held the interpreter lock that their Python (labels' heights, paint events) waited for.
                await asyncio.sleep(0)
                ratio = self.view.gallery.devicePixelRatioF()  # its thumbnails made in the worker too
                decoded, thumbnails = await in_thread(self._executor, decode_with_thumbnails, images, ratio)
                if self._check_again:
                    return False
                self.view.gallery.set_images(images, decoded, thumbnails=thumbnails)
        self._ask_history(self._biz_id)
        return True

    def _ask_history(self, biz_id: str) -> None:
        """Ask History, in a worker of its own, whether it holds entries for ``biz_id`` and note it: opening it the
        first time takes a second, a database server may be slow to answer, and neither the verdict nor the next
        check waits for it."""
        if self.history is None or not biz_id.strip() or len(biz_id) > MAX_BIZ_ID_CHARS:
            return  # a biz_id longer than any is no session's: not looked for
        import asyncio

        asking = asyncio.ensure_future(self._note_history(self.history, biz_id, self._shown))
        self._asking.add(asking)  # held until done: the loop keeps only a weak reference to a task
        asking.add_done_callback(self._asking.discard)

    async def _note_history(self, history: LazyHistoryStore, biz_id: str, shown: int) -> None:
        try:
            kept = await in_thread(self._history_reads, history_entries_for, history, biz_id)
        except Exception as exc:  # a bug: reported, and the page goes on checking
            report_unexpected(exc)
            return
        if shown == self._shown:  # still the paste on show
            self._kept_biz_id = biz_id
            self._note_seen(self._repeat_at, self._history_text(kept, biz_id))
            self.history_noted.emit()

    def _first_check(self, checked: CheckedCallback | MalformedCallback, profile_name: str) -> datetime.datetime | None:
        """When this callback was checked here before (None: never), remembered now as checked; as the session
        page tells a repeat, by profile, by how its signature checked and by its data and sign."""
        now = datetime.datetime.now(datetime.UTC)  # aware: shown in the window's zone, as every time in the window
        first = self._checked_before.first_or_remember((profile_name, checked.signature_valid, checked.fingerprint),
                                                       FirstReceipt(now, "inspector"))
        return first.received_at if first is not None else None

    def _repeat_text(self, first_at: datetime.datetime | None) -> str:
        """That the callback on show was checked here before, at ``first_at``, in the zone times are shown in
        (``""``: it was not)."""
        if first_at is None:
            return ""
        zone = self.settings.display_zone()
        return self.tr("Checked here before, at {time} {zone}: the same callback (same data and sign), not a new "
                       "result.").format(time=zone.text(first_at, "%H:%M:%S"), zone=zone.label(first_at))

    def _history_text(self, kept: int | None, biz_id: str) -> str:
        """What History holds for ``biz_id`` (``""``: nothing, or it cannot be read)."""
        if not kept:
            return ""
        return (self.tr("History already holds an entry for biz_id {biz_id}.") if kept == 1 else
                self.tr("History already holds {count} entries for biz_id {biz_id}.")).format(
            count=kept, biz_id=shortened(biz_id))

    def _note_seen(self, repeat_at: datetime.datetime | None, kept: str = "") -> None:
        """The notes around the verdict: checked here before (at ``repeat_at``) above it, what History holds for its
        biz_id (``kept``) under it; each hidden when there is nothing to say."""
        self._repeat_at, self._kept = repeat_at, kept
        repeat = self._repeat_text(repeat_at)
        self.seen_note.setText(repeat)
        self.seen_note.setVisible(bool(repeat))
        self.history_note.setText(kept)
        self.history_note.setVisible(bool(kept))
        self._history_row.setVisible(bool(kept))

    def _checked(self, shown: bool) -> None:
        if shown:
            self.finished.emit()

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._check_again:
            self._check_again = False
            self.inspect()

    def signature_text(self, valid: bool | None, profile: str) -> str:
        """The signature check's outcome for ``profile`` (None: there was no secret to check with)."""
        if valid is None:
            return self.tr("Signature not checked: no api_secret for profile {profile} (not connected).").format(
                profile=profile)
        return (self.tr("✔ Signature valid for profile {profile}: this data came from FaceID unchanged.")
                if valid else
                self.tr("✘ Signature INVALID for profile {profile}: the data was changed, or it was signed "
                        "with another api_secret. Do not trust it.")).format(profile=profile)

    def _show_checked(self, checked: CheckedCallback, profile: str, repeat_at: datetime.datetime | None, *,
                      images_pending: bool, billable: bool = True) -> None:
        result = checked.result
        self.callback = checked.callback
        self.signature_valid = checked.signature_valid
        text = self.signature_text(self.signature_valid, profile)
        self.error_panel.setVisible(False)
        self.view.setVisible(True)
        with self.view.filled_hidden():  # the signature, the data and the note above them laid out once, together
            self.view.set_signature(text, self.signature_valid)
            self.view.show_result(result, self.settings.policy_level, {}, images_pending=images_pending,
                                  billable=billable)
            self._note_seen(repeat_at)
        self._biz_id = result.biz_id or ""
        self.look_up_button.setEnabled(bool(self._biz_id))
        # A forged callback's suspected attack is its claim, not an outcome: the view folds it away, and so does this.
        attacks = suspected_attacks(result.genuineness()) if self.signature_valid is not False else []
        outcome = ""
        if attacks:  # in the liveness view's words
            outcome = QCoreApplication.translate("LivenessView", "Attack suspected: {checks}").format(
                checks=", ".join(attacks))
        elif self.signature_valid is True and self.view.banner.edge() in (FAIL, CAUTION):
            # A genuine session's verdict that is no pass (a failed comparison or consent, one that needs review):
            # said with the signature, as an attack is, not left behind a bare "valid".
            outcome = self.view.headline.text()
        self.status_message.emit(status_line(text, outcome, self._repeat_text(repeat_at)))

    def _show_malformed(self, checked: MalformedCallback, profile: str, repeat_at: datetime.datetime | None) -> None:
        """The signature's verdict as for any callback, then which field of the data is malformed and why."""
        self.callback = checked.callback
        self.signature_valid = checked.signature_valid
        signature = self.signature_text(self.signature_valid, profile)
        problem = malformed_text(checked.malformed)
        if self.signature_valid:
            advice = self.tr("The signature is valid, so FaceID sent the data this way; the rest of it is not shown, "
                             "as it cannot be read reliably. Report the field to FaceID. A look-up by its biz_id will "
                             "likely meet the same field: the answer is then kept in History, as an error.")
        elif self.signature_valid is False:
            advice = self.tr("The signature does not match: this data was changed or is not from FaceID, and the "
                             "malformed field may be part of the change.")
        else:
            advice = self.tr("Connect to the profile that started the session to check the signature.")
        self.error_panel.setVisible(False)
        self.view.setVisible(True)
        with self.view.filled_hidden():
            self.view.set_signature(signature, self.signature_valid)
            self.view.show_unreadable(self.tr("A field of the callback's data is malformed"), problem, advice)
            self._note_seen(repeat_at)
        self._biz_id = checked.malformed.biz_id or ""
        self.look_up_button.setEnabled(bool(self._biz_id))
        self.status_message.emit(status_line(signature, problem, self._repeat_text(repeat_at)))

    def _crashed(self) -> None:
        """A bug in the check (reported by the crash reporter): the page is left ready for another paste."""
        self.view.clear(self.tr("Nothing checked yet"))
        self.finished.emit()

    def settings_changed(self) -> None:
        """Show the callback on show again, judged at a changed policy level (its images as they were decoded), and
        when it was checked here before in the zone times are now shown in."""
        if self.callback is not None:
            self.view.rejudge(self.settings.policy_level)
        if self._repeat_at is not None:
            self._note_seen(self._repeat_at, self._kept)

    def shutdown(self) -> None:
        """The workers end with the window (a check or History read still running finishes unobserved)."""
        self._task.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._history_reads.shutdown(wait=False, cancel_futures=True)

    def _paste_held_changed(self) -> None:
        """Say plainly what the box shows when a paste is too long to show in full."""
        held = self.paste_edit.held
        note = self.tr(
            "Too long to show in full: this paste has {count} characters. The box shows its first {head} and last "
            "{tail}, with the gap marked; the whole paste is kept, and Check the callback checks all of it."
        ).format(count=f"{len(self.paste_edit.whole_text()):,}", head=f"{HEAD:,}", tail=f"{TAIL:,}") if held else ""
        self.long_paste_note.setText(note)
        self.paste_edit.setAccessibleDescription(note)
        self.long_paste_row.setVisible(held)

    def _clear_paste(self) -> None:
        self.paste_edit.clear()
        self.paste_edit.setFocus()

    def _show_return_url(self, parsed: ReturnUrlOnly) -> None:
        self.error_panel.setVisible(False)
        self.view.setVisible(True)
        self.view.clear(self.tr("This return_url carries only a biz_id"))
        self.view.set_signature(self.tr("No signed data in it: biz_id {biz_id}. Look the result up to read it.")
                                .format(biz_id=shortened(parsed.biz_id)), None)
        self._biz_id = parsed.biz_id
        self.look_up_button.setEnabled(True)
        # Its own outcome: the last callback's "Signature valid" left in the status bar read as this URL's.
        self.status_message.emit(self.tr(
            "This return_url carries only a biz_id ({biz_id}), no signed data: look the result up to read it.")
            .format(biz_id=shortened(parsed.biz_id)))

    def _show_error(self, err: FaceIDError) -> None:
        if self._check_again:
            return  # the paste is checked again at once
        problem, step = self.paste_problem(err)
        self.view.clear()
        self.view.setVisible(False)  # nothing to show but the error panel, which says it all
        self.error_panel.show_local_problem(
            FaceIDError.input(err.field or "body", problem, code=err.code), self.tr("The paste cannot be checked"),
            problem, step)
        self.error_panel.setVisible(True)
        # A dash: the problem has colons of its own ("… the fields found are: data, sign.").
        self.status_message.emit(self.tr("Callback not checked — {problem}").format(problem=problem))
        self.finished.emit()

    def paste_problem(self, err: FaceIDError) -> PasteProblem:
        """What is wrong with the paste, and what to do about it, in the window's language. The problem says only what
        is wrong: the panel says what to do under it ("What to do: …"), and saying it in both repeated it."""
        field, code = err.field, err.code
        copy_again = self.tr("Copy the whole callback again, exactly as it arrived, and paste it here.")
        copy_both = self.tr("Copy the whole callback again, data and sign, exactly as it arrived, and paste it here.")
        as_arrived = self.tr("Paste the callback as it arrived, with data as a quoted string.")
        found = matched_text(err.message, [
            (REPEATED, self.tr("The paste has {count} {field} fields.")),
            (NOT_UTF8, self.tr("The {field} holds percent-encoded bytes that are not UTF-8 text: FaceID posts UTF-8, "
                               "so the paste is damaged or it is not a callback from FaceID.")),
        ])
        if found is not None:
            words, values = found
            step = self.tr("Paste one callback, exactly as it arrived.") if "count" in values else copy_again
            return PasteProblem(words.format(**values), step)
        # What was found instead, quoted: "no data field" alone read as false beside a paste plainly holding one.
        found = matched_text(err.message, [
            (NO_FIELD, self.tr("The paste has no {field} field; the fields found are: {fields}.")),
            (NO_SHAPE, self.tr("This is not a callback in any shape the inspector knows (form body, data and sign "
                               "lines, JSON, or return_url). The paste begins: {start}")),
        ], re.DOTALL)
        if found is not None:
            words, values = found
            return PasteProblem(words.format(**{name: shortened(value) for name, value in values.items()}),
                                copy_both if "fields" in values else copy_again)
        if field == "body" and (err.message or "").startswith(JSON_CUT_OFF):
            return PasteProblem(self.tr("The pasted JSON is cut off or malformed."), copy_again)
        nested = matched_text(err.message, [(NESTED, "")])
        if nested is not None:
            levels = nested[1]["levels"]
            return PasteProblem(nested_text(levels), copy_again) if field == "data" else PasteProblem(self.tr(
                "The pasted JSON is nested too deeply to read (over {levels} levels).").format(levels=levels),
                as_arrived)
        if field == "sign":
            return (PasteProblem(self.tr("The paste has no sign."), copy_both) if code == "MISSING_ARGUMENTS" else
                    PasteProblem(self.tr("The sign is not 40 hexadecimal characters: the paste is cut off or it is "
                                         "not a callback signature."), copy_again))
        if field == "data":
            if code == "MISSING_ARGUMENTS":
                return PasteProblem(self.tr("The paste has no data field."), copy_both)
            if "exactly as posted" in (err.message or ""):  # re-serialised: its signature can no longer be checked
                return PasteProblem(self.tr("The data is an object here, not the JSON text FaceID posted and "
                                            "signed."), as_arrived)
            return PasteProblem(self.tr("The data is cut off or is not JSON."), copy_again)
        if field == "return_url":
            return PasteProblem(self.tr("This URL has neither data and sign nor a biz_id."), copy_again)
        if code == "MISSING_ARGUMENTS":
            return PasteProblem(self.tr("Nothing was pasted."), copy_again)
        return PasteProblem(self.tr("This is not a callback in any shape the inspector knows (form body, data and sign "
                                    "lines, JSON, or return_url)."), copy_again)

    def _look_up(self) -> None:
        if self._biz_id:
            self.look_up_requested.emit(self._biz_id)
