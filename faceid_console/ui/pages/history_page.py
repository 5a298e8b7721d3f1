"""The History page: every journaled call, searchable and filterable; one entry's stored result
(the Verify page's result view, from stored data, with no network call), the reviewer's decision and
its trail, a PDF report, exports (masked unless unmasking is chosen and audited), the
retention setting, and billed calls per day and profile.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import html
import json
import logging
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Final, TypeVar

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSettings,
    QSignalBlocker,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ...api import (
    THRESHOLD_LEVELS,
    FaceIDError,
    LivenessSessionResult,
    VerifyFailure,
    VerifyResult,
)
from ...api.callbacks import CallbackBody, MalformedPayload
from ...api.identity import mask_idcard_number, mask_name, mask_uuid
from ...display_time import DisplayZone
from ...settings import Settings
from ...store import (
    NOT_ANSWERING,
    CallKind,
    Decision,
    DecisionKind,
    EntryId,
    EntryStatus,
    HistoryEntry,
    HistoryFilter,
    HistoryStore,
    PendingCall,
    StoredImage,
    StoredImageHead,
    export,
    failure_reason,
)
from ...store.decisions import APPROVABLE_VERDICTS, DecidedMeanwhile, DecisionError, reason_fits
from ...store.export import mask_note
from ...store.history import TOKEN_KINDS, UNDECIDED, decidable, refused_for_the_applicant
from ...store.retention import ImageRetention, PurgeReport, PurgeUnfinished, RetentionPolicy
from ...verdict import IDCARD_SCORES, SESSION_VERDICTS, id_attacked, recorded_verdict, session_verdict
from ..alt_keys import name_without_alt_keys
from ..callback_texts import malformed_text, unreadable_data_text
from ..colours import CAUTION, FAIL, set_outline, set_text_colour
from ..courier import hand_over, listen
from ..database_work import DatabaseWork
from ..detail_texts import detail_text
from ..focus import give_keyboard_back, park_keyboard
from ..models.history_model import (
    COLUMN_NAMES,
    COLUMNS,
    ENTRY_ROLE,
    VERDICTS,
    HistoryModel,
    error_detail,
    verdict_colour,
)
from ..report import (
    VerificationReport,
    sent_quality_threshold,
    stored_error,
    stored_faces,
    stored_session,
    verify_result_of,
)
from ..system_reasons import system_reason_text
from ..tasks import BackgroundTask, in_thread, report_unexpected
from ..texts import (
    decision_summary,
    decision_text,
    error_title,
    problem_text,
    profile_charges,
    reason_text,
    recorded_unbilled_text,
    shortened,
    stored_profile_name,
    verdict_text,
)
from ..widgets.enter_presses import press_with_enter
from ..widgets.field_with_problem import add_named_row, name_unlabelled
from ..widgets.fitting_labels import StatusLabel, WrapAnywhereLabel
from ..widgets.focus_in_view import keep_focus_in_view
from ..widgets.focus_progress import FocusProgressBar
from ..widgets.image_gallery import thumbnail_image
from ..widgets.liveness_view import LivenessView
from ..widgets.photo_slot import PREVIEW_SIZE
from ..widgets.remembered_columns import restored_sort, restored_widths, save_columns
from ..widgets.result_view import ResultView
from ..widgets.stacking_row import StackingRow
from ..widgets.vertical_scroll_area import VerticalScrollArea
from ..widgets.wheel_guard import guard_wheel
from .history_host import least_list_height, narrow_filter

log = logging.getLogger(__name__)

SEARCH_DELAY_MS: Final = 250
#: The window-state key of the folder a report or an export was last saved to (photos have their own).
FILES_FOLDER_KEY: Final = "history/last_folder"
#: The window-state keys of the list's column widths and sort, and of the list's share of the page.
COLUMNS_KEY: Final = "history/columns"
SPLITTER_KEY: Final = "history/splitter"
BILLED_DAYS: Final = 7
#: How often the window purges by the retention setting while it runs: once a day.
RETENTION_PURGE_MS: Final = 24 * 60 * 60 * 1000
#: The days the date filter spans until the reviewer sets its first day.
DEFAULT_DAYS: Final = 30


def callback_problem(entry: HistoryEntry, error: FaceIDError) -> str | None:
    """What was wrong with a received callback recorded as an error (a malformed field, data that is not JSON), in
    the callback inspector's words; None for any other entry."""
    if entry.kind is not CallKind.CALLBACK_CHECK or error.code != "INVALID_RESPONSE" or not error.raw_body:
        return None
    try:
        kept = json.loads(error.raw_body)
        body = CallbackBody(str(kept["data"]), str(kept.get("sign") or ""))
    except (ValueError, TypeError, KeyError):
        return None
    try:
        parsed = body.payload_or_malformed()
    except FaceIDError as err:
        return unreadable_data_text(body.data, err.message)
    return malformed_text(parsed) if isinstance(parsed, MalformedPayload) else None


T = TypeVar("T")


def export_path(name: str, chosen: export.ExportFormat) -> Path:
    """Where an export goes: a name ending .csv or .json keeps its own, and is written in the format it says; any
    other gets the suffix of the format chosen in the save dialog (a bare name was written as CSV, suffixless)."""
    path = Path(name)
    if path.suffix.lower() in {f".{fmt.value}" for fmt in export.ExportFormat}:
        return path
    return path.with_name(f"{path.name}.{chosen.value}")


def decode_stored(images: Sequence[StoredImage], longest: int | None = None) -> dict[str, QImage]:
    """Stored photos decoded, by field (run it in a worker: a large JPEG takes a tenth of a second), each at most
    ``longest`` pixels a side when given (decoded at that scale: the window never rescales megapixels on its
    thread); a photo that does not decode is left out."""
    decoded = {}
    for stored in images:
        data = QByteArray(stored.data or stored.thumbnail or b"")
        buffer = QBuffer(data)
        reader = QImageReader(buffer)
        size = reader.size()
        if longest is not None and size.isValid() and max(size.width(), size.height()) > longest:
            reader.setScaledSize(size.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio))
        picture = reader.read()
        if not picture.isNull():
            decoded[stored.field] = picture
    return decoded


#: The photos face boxes are drawn on: a verify's photo to check, a liveness session's best frame.
BOXED_PHOTOS: Final = ("image", "liveness:image_best")
#: A verify's reference photos, as sent (renumbered in order, so ``image_ref2`` is ``result_ref2``'s).
REFERENCE_PHOTOS: Final = ("image_ref1", "image_ref2", "image_ref3")


def stored_photo(heads: Sequence[StoredImageHead]) -> StoredImageHead | None:
    """The photo an entry's face boxes were drawn on, when the retention setting kept it whole."""
    for head in heads:
        if head.field in BOXED_PHOTOS and (head.has_data or head.has_thumbnail):
            return head if head.has_data else None  # boxes fit the full photo only
    return None


def stored_references(heads: Sequence[StoredImageHead]) -> list[StoredImageHead]:
    """A verify's reference photos the retention setting kept whole (shown beside the face compared; a thumbnail is
    too small to compare a face with)."""
    return [head for head in heads if head.field in REFERENCE_PHOTOS and head.has_data]


def reference_score(field: str) -> str:
    """The score of a reference photo's parameter (``image_ref2`` → ``result_ref2``)."""
    return field.replace("image_", "result_", 1)


def stored_size(head: StoredImageHead) -> QSize:
    """A stored photo's pixel size from its first bytes alone (microseconds; empty when they do not say)."""
    data = QByteArray(head.head)
    buffer = QBuffer(data)
    return QImageReader(buffer).size()


class ElidedTextTips(QStyledItemDelegate):
    """A cell's text cut short to fit its column shows whole in the cell's tooltip (before the model's own)."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if event.type() != QEvent.Type.ToolTip or not isinstance(text, str) or not self._elided(option, index, text):
            return super().helpEvent(event, view, option, index)
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        QToolTip.showText(event.globalPos(), f"{text}\n{own}" if own else text, view, option.rect)
        return True

    def _elided(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, text: str) -> bool:
        """Whether the view draws ``text`` cut short (the room its style leaves it, less the text's margins)."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget).width()
        room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        return item.fontMetrics.horizontalAdvance(text) > room


class Footer(QWidget):
    """The rows under the list, never given less height than they take at their width: the window's least size
    counted neither a wrapped line (the last file's outcome) nor the retention halves stacked, and squeezed the
    boxes ("90 天" drawn as "90 大"). The list gives way instead, or the window keeps that height."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(max(hint.height(), layout.totalHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width: another height for its wrapped lines


def _tell_call_ended(number: int, entry: EntryId) -> None:
    """On the thread that sent the call: its entry handed over to the page numbered ``number``."""
    hand_over(number, int(entry))


class HistoryPage(QWidget):
    """Search the history, read a stored result, decide, report, export."""

    status_message = Signal(str)
    #: A decision was recorded: the entry, and the decision (``Decision``, worded by ``decision_summary``).
    decided = Signal(int, object)

    def __init__(self, *, store: HistoryStore, settings: Settings, language: str,
                 parent: QWidget | None = None, database_wait_ms: int | None = None,
                 state: QSettings | None = None, today: Callable[[], datetime.date] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.settings = settings
        #: Today in the zone times are shown in (by default the setting's): asked again on each refresh, as the
        #: window may stay open past midnight.
        self.today: Callable[[], datetime.date] = today or (lambda: self.zone().today())
        #: The zone setting the page's times and days were last put in (a change re-reads the days asked for).
        self._shown_times = settings.shown_times
        #: The date bounds the reviewer has set; the others follow today.
        self._dates_set: set[QDateEdit] = set()
        self.store = store
        #: The window's remembered state (the folder of the last report or export); None: remembered while open.
        self.state = state
        self._files_folder = ""
        self.language = language
        self._today_verdict: str | None = None  # the open entry's verdict at today's policy level, if judged
        #: Whether that verdict differs from the recorded one by a rule the console reads answers by since, not by
        #: the policy level (no level gives the recorded verdict under today's rules).
        self._today_by_rule = False
        self._current_result: VerifyResult | None = None  # the open entry's comparison, judged again on deciding
        self._current_session: LivenessSessionResult | None = None  # the open entry's session, judged again too
        self.current: HistoryEntry | None = None
        #: The entry that sent the open one again (its outcome unknown), as read with it; None if none did.
        self.current_resent_as: EntryId | None = None
        #: The current decision the reviewer is shown (its id; None: undecided): a decision recorded from the form
        #: supersedes that one only, never one another reviewer made meanwhile without being asked.
        self._shown_current: int | None = None
        #: That decision itself, said in the Decision box (None: undecided, or no entry shown).
        self._current_decision: Decision | None = None
        #: The entry last chosen: the one shown, or the one on its way from a slow database.
        self._chosen: int | None = None
        #: Every read and write of the history: on a worker thread, so a database that goes silent never holds
        #: the window (its answer is shown at once when it comes within ``database_wait_ms``, by default
        #: ``database_work.WAIT_MS``).
        self.database = DatabaseWork(self, database_wait_ms)
        #: The team's configured reasons, read when the page opens or refreshes (the decision form offers those
        #: that fit the chosen decision).
        self._reasons: list[str] = []
        self.model = HistoryModel(store.history, self, profile_name=self.profile_name, run=self.database.run,
                                  in_flight=store.in_flight, zone=self.zone)
        # The entry of a call sent from another page is read again once its answer is in, without F5.
        # Threads tell this page through the courier, by number: they never hold the page (ui/courier.py).
        self._calls_number = listen(self._call_answered)
        self._purge_number = listen(self._retention_purged)
        #: A call this window sent has ended (told from the thread that sent it): its entry.
        self._stop_listening = store.in_flight.listen(partial(_tell_call_ended, self._calls_number))
        self.destroyed.connect(self._stop_listening)  # a page dropped without shutdown() is told nothing more
        #: Photos decoded, and a report, an export or a purge written: off the GUI thread.
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="faceid-history")
        #: A report, an export or a purge: one at a time, their buttons off meanwhile.
        self.files = BackgroundTask(self)
        self.files.busy_changed.connect(self._files_busy)
        #: The open entry's photos being decoded (a newer entry cancels it), and the last entry's pictures
        #: (shown again at once when it is: after a refresh, a decision, a return to the page; let go of once an
        #: entry without pictures is shown).
        self._decode_task: asyncio.Task[None] | None = None
        self._decode_key: Hashable = None
        self._decode_requested = False
        self._pictures: tuple[Hashable, tuple[dict[str, QImage], dict[str, QImage]]] | None = None
        #: A purge is running: decisions wait (SQLite would hold them behind its write lock).
        self._purging = False
        #: The console's own purge by the setting in force is running (``keep_retention``); decisions need not wait:
        #: it deletes what is past its time, in moments.
        self._purging_automatically = False
        #: The console's own purge, once a day while the window runs (started by ``keep_retention``).
        self.retention_timer = QTimer(self)
        self.retention_timer.setInterval(RETENTION_PURGE_MS)
        self.retention_timer.timeout.connect(self.purge_by_retention)
        self._closed = False
        #: The selection is being put back on the entry shown (its replacement could not be read).
        self._restoring_selection = False
        #: A decision is being recorded: the button stays off until the database has answered.
        self._recording = False
        #: The retention setting has been read into the footer (Apply stores what the footer shows).
        self._retention_read = False
        #: A purge count is on its way: the retention boxes wait with it (what is purged is what they show).
        self._counting = False

        outer = QVBoxLayout(self)
        outer.addWidget(self._build_filters())
        self.database_notice = QLabel(self)
        self.database_notice.setObjectName("historyDatabaseNotice")
        self.database_notice.setAccessibleName(self.tr("History database problem"))
        self.database_notice.setWordWrap(True)
        self.database_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_text_colour(self.database_notice, FAIL, bold=True)
        self.database_notice.setVisible(False)
        outer.addWidget(self.database_notice)
        self.waiting_notice = QLabel(self.tr(
            "Waiting for the history database to answer… The page stays usable; what it shows is from before."),
            self)
        self.waiting_notice.setObjectName("historyWaitingNotice")
        self.waiting_notice.setWordWrap(True)
        set_text_colour(self.waiting_notice, CAUTION)
        self.waiting_notice.setVisible(self.database.waiting)  # the first screenful may be late already
        outer.addWidget(self.waiting_notice)
        self.database.waiting_changed.connect(self.waiting_notice.setVisible)
        # Not while the list shown is one the database did not give (the empty pane points at the notice).
        self.database.answered.connect(lambda: self.database_notice.setVisible(self.model.failure is not None
                                                                                and self.database_notice.isVisible()))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.table = QTableView(splitter)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(*self._remembered_sort())
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sort_indicator)
        # After it: the arrow where it stays (not on a column that cannot be sorted), and room made for it there.
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._fit_sorted_title())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # arrows move in the list; Tab goes on to the entry and its decision
        # Widths set once, from what each column typically shows, never from the rows listed: re-measured on every
        # reload (a decision reloads the list), a long name pushed the verdict out of view. The reviewer may drag
        # them: a reload keeps that too. Longer texts are cut short, whole in their tooltip.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setItemDelegate(ElidedTextTips(self.table))
        self.table.setWordWrap(False)  # one line a row, cut short: a wrapped verdict doubled the row's height
        self._size_columns()
        self._restore_column_widths()
        self._fit_sorted_title()  # a width kept from before the arrow had its room, too
        self.table.verticalHeader().setVisible(False)
        # Never fewer than LEAST_ROWS entries in view, its sideways scroll bar counted: the window's least height
        # makes room for them (the filters and the footer above and below it kept their rows, the list had one).
        self.table.setMinimumHeight(least_list_height(self.table))
        self.table.setAccessibleName(self.tr("History entries"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)  # once the list is there: Down goes to it
        self.model.modelReset.connect(self._list_changed)
        self.model.rowsInserted.connect(self._list_changed)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail(splitter))
        # The list gets three fifths: time, call, outcome, verdict, confidence and decision in view at 1360 px.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        self.splitter = splitter
        remembered = self.state.value(SPLITTER_KEY) if self.state is not None else None
        if isinstance(remembered, QByteArray):
            splitter.restoreState(remembered)  # Qt checks what it reads: a damaged value leaves the shares above
        outer.addWidget(splitter, 1)
        outer.addWidget(self._build_footer())
        # Enter presses the page's buttons, as Space does: the decision form's Note takes Enter, it is the habit here.
        press_with_enter(self.find_fetching_button, self.decide_button, self.report_button, self.billed_button,
                         self.export_button, self.retention_button)
        self.model.unavailable.connect(self._database_unavailable)
        self.show_entry(None)
        with self.database.action():
            self._read_reasons()
            self._read_retention()
            self.refresh_billed()
        if self.model.failure is not None:  # its first screenful, read before the notice was there
            self._database_unavailable(self.model.failure)
            self._show_nothing_chosen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tabbing into a list with nothing chosen opens its first (newest) entry: Qt made it current without
        choosing it, so the first Down went to the second. Down in the search goes on to the matches."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Down \
                and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier:
            self.go_to_matches()
            return True
        if watched is self.table and event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent) \
                and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                                       Qt.FocusReason.ShortcutFocusReason) \
                and not self.table.selectionModel().hasSelection() and self.model.rowCount() > 0:
            current = self.table.currentIndex()
            self.table.selectRow(current.row() if current.isValid() else 0)
        return super().eventFilter(watched, event)

    # --- building -------------------------------------------------------------------------------

    def _size_columns(self) -> None:
        """Each column as wide as its title and what it typically shows, in the window's language and font; the
        title sorted by with room for its arrow too."""
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.resizeSection(column, self._measured_width(column))

    def _measured_width(self, column: int) -> int:
        """The width ``column`` takes for its title and what it typically shows, in the window's language and font."""
        style = self.table.style()
        # The item's text margins, as the style draws them, the grid line and the text layout's rounding.
        cell = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1) + 2
        texts = self.model.typical_texts(COLUMNS[column][0])
        widest = max(self.table.fontMetrics().horizontalAdvance(text) for text in texts)
        return max(widest + cell, self._title_width(column))

    def _fit_time_column(self) -> None:
        """The Time column widened to its title and times in the zone now shown ("Time (UTC+08:00)" beside the sort
        arrow, where "Time (UTC)" was measured), never narrowed: a width the reviewer dragged it to stays, as do the
        other columns'."""
        header, column = self.table.horizontalHeader(), COLUMN_NAMES.index("time")
        if header.sectionSize(column) < (wanted := self._measured_width(column)):
            header.resizeSection(column, wanted)

    def _title_width(self, column: int) -> int:
        """The width ``column``'s title takes: its text, its margins and frame, and the sort arrow's room when the
        list is sorted by it (Fusion draws the arrow over the title's end: it covered the ")" of "Time (UTC+08:00)")."""
        header, style = self.table.horizontalHeader(), self.table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        # In bold: Qt draws the titles so while a row is chosen (which row's columns are read), and measured in
        # the regular weight "Confidence" was cut to "onfidence".
        bold = QFont(header.font())
        bold.setBold(True)
        text = QFontMetrics(bold).horizontalAdvance(self.model.column_titles()[column])
        width = text + 2 * (margin + 1)  # its margins, and its frame
        if not (header.isSortIndicatorShown() and header.sortIndicatorSection() == column):
            return width
        # The arrow's room: from where the style draws it to the title's right edge (Fusion's 13 px), at most its
        # mark's size and a margin (a style drawing it above the text needs none); no more: at 800 px the list has
        # room for its time, verdict and decision with a few pixels to spare.
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.rect = QRect(0, 0, width, header.sizeHint().height())
        option.state |= QStyle.StateFlag.State_Horizontal
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
        room = min(option.rect.right() + 1 - arrow.left(),
                   style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin)
        return (margin + 1) + text + margin + room  # a margin between the text and the arrow

    def _fit_sorted_title(self) -> None:
        """The column sorted by made wide enough for its title beside the arrow, if it is not (never narrowed: the
        other columns keep the widths measured or dragged)."""
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        if 0 <= column < len(COLUMNS) and header.sectionSize(column) < (wanted := self._title_width(column)):
            header.resizeSection(column, wanted)

    def _remembered_sort(self) -> tuple[int, Qt.SortOrder]:
        """The order the reviewer last listed by; newest first at a first start."""
        remembered = restored_sort(self.state, COLUMNS_KEY, COLUMN_NAMES) if self.state is not None else None
        if remembered is None or COLUMNS[remembered[0]][1] is None:
            return 0, Qt.SortOrder.DescendingOrder
        return remembered

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column that cannot be sorted (the masked ID number) leaves the arrow on the column the list
        is sorted by: Qt had moved it there while the list kept its order."""
        if 0 <= column < len(COLUMNS) and COLUMNS[column][1] is None:
            self.table.horizontalHeader().setSortIndicator(*self.model.sorted_by())

    def _restore_column_widths(self) -> None:
        """The widths the reviewer dragged the columns to, over those measured from their texts."""
        if self.state is None:
            return
        header = self.table.horizontalHeader()
        for column, width in restored_widths(self.state, COLUMNS_KEY, COLUMN_NAMES).items():
            header.resizeSection(column, width)

    def save_state(self) -> None:
        """Keep the list's column widths, its sort and its share of the page for the next start."""
        if self.state is None:
            return
        save_columns(self.state, COLUMNS_KEY, self.table.horizontalHeader(), COLUMN_NAMES)
        self.state.setValue(SPLITTER_KEY, self.splitter.saveState())

    def _build_filters(self) -> QWidget:
        box = QWidget(self)
        # Two rows (three on a narrow page), so that the page and the window fit a small screen: what to look for,
        # then when.
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        # The search and the four filters side by side where the search keeps its least width beside them, else the
        # filters on a row of their own under it: side by side at 800 px, the search was squeezed to 84 px.
        row = StackingRow(box)
        rows.addWidget(row)
        when = QHBoxLayout()
        rows.addLayout(when)
        self.search = QLineEdit(row)
        self.search.setObjectName("historySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, ID numbers, uuids, ids…"))
        self.search.setToolTip(self.tr("Search: a name or uuid from its start, an ID number whole or its last four, "
                                       "biz_no, biz_id or request_id whole, or an entry by its number (#8); names "
                                       "and uuids in any case"))
        self.search.setAccessibleName(self.tr("Search the history"))
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F: to the search field, its text selected
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        self.find_action = find
        reload = QAction(self.tr("Refresh"), self)
        reload.setShortcut(QKeySequence.StandardKey.Refresh)  # F5: other reviewers' decisions, a database back
        reload.triggered.connect(self.refresh)
        self.addAction(reload)
        self.refresh_action = reload
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        # Enter or Down (eventFilter): on to the matches (the list is seven Tabs away, past the filters and dates).
        self.search.returnPressed.connect(self.go_to_matches)
        # Its whole hint in view, and room for the clear button (at most 40 characters, whatever the language).
        metrics = self.search.fontMetrics()
        self.search.setMinimumWidth(min(metrics.horizontalAdvance(self.search.placeholderText()),
                                        40 * metrics.averageCharWidth()) + self.search.minimumSizeHint().width())
        row.add(self.search, 3)

        filters = QWidget(row)
        filter_row = QHBoxLayout(filters)
        filter_row.setContentsMargins(0, 0, 0, 0)
        self.kind_box = self._combo(filters, self.tr("Call"), [("", self.tr("All calls"))] + [
            (k.value, self.model.kind_text(k.value)) for k in CallKind])
        self.verdict_box = self._combo(filters, self.tr("Verdict"), [("", self.tr("Any verdict"))] + [
            (v, verdict_text(v)) for v in VERDICTS])
        # Undecided: the entries still waiting for a reviewer (those that can be decided on).
        # "Decision filter": the decision form's box below is "Decision".
        self.decision_box = self._combo(filters, self.tr("Decision filter"), [("", self.tr("Any decision"))] + [
            (d.value, decision_text(d.value)) for d in DecisionKind] + [(UNDECIDED, self.tr("Undecided"))])
        self.profile_box = self._combo(filters, self.tr("Profile"), [("", self.tr("All profiles"))] + [
            (p.name, self.profile_name(p.name)) for p in self.settings.profiles])
        for combo in (self.kind_box, self.verdict_box, self.decision_box, self.profile_box):
            narrow_filter(combo)
            # No room for a label beside each (the filters would no longer fit beside the search, nor the window an
            # 800-pixel screen): each is named by a label not shown, the name a screen reader on Linux reads.
            name_unlabelled(combo)
            filter_row.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.apply_filters)
        row.add(filters, 4)
        self.error_code = QLineEdit(box)
        self.error_code.setPlaceholderText(self.tr("Error code"))
        self.error_code.setAccessibleName(self.tr("Error code"))
        self.error_code.editingFinished.connect(self.apply_filters)
        self.error_code.setMaximumWidth(260)
        when.addWidget(self.error_code, 1)
        # Days of the zone the list's times are in: days of another missed the evening's entries west of it (and
        # the morning's east of it), and "today to today" listed none of today's.
        self.date_range = QCheckBox(box)
        self.date_from = QDateEdit(box)
        self.date_to = QDateEdit(box)
        self._follow_today()
        self._word_dates()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            # Set by the reviewer: it stays as set (the defaults are set with its signals blocked).
            edit.dateChanged.connect(lambda _date, edit=edit: self._dates_set.add(edit))
            edit.dateChanged.connect(self.apply_filters)
            edit.setEnabled(False)  # until "From" is ticked: the dates filter nothing before that
        # Before the list is asked for: a window opened yesterday (UTC) ended the range at yesterday.
        self.date_range.toggled.connect(self._follow_today)
        self.date_range.toggled.connect(self.date_from.setEnabled)
        self.date_range.toggled.connect(self.date_to.setEnabled)
        self.date_range.toggled.connect(self.apply_filters)
        when.addWidget(self.date_range)
        when.addWidget(self.date_from)
        when.addWidget(QLabel(self.tr("to"), box))
        when.addWidget(self.date_to)
        when.addStretch(1)
        return box

    def zone(self) -> DisplayZone:
        """The zone the page shows times and days in, as set now."""
        return self.settings.display_zone()

    def _zone_text(self) -> str:
        """The zone times are shown in, as a label or tooltip names it: UTC, or this computer's with its offset."""
        zone = self.zone()
        return "UTC" if zone.is_utc else self.tr("this computer's time zone ({offset})").format(offset=zone.label())

    def _word_dates(self) -> None:
        """The date filter's words, naming the zone its days are in."""
        label = self.zone().label()
        self.date_range.setText(self.tr("Fro&m ({zone})").format(zone=label))
        name_without_alt_keys(self.date_range)  # its name follows its words (zh_CN's "从(&M)（…）")
        self.date_from.setAccessibleName(self.tr("First day shown ({zone})").format(zone=label))
        self.date_to.setAccessibleName(self.tr("Last day shown ({zone})").format(zone=label))
        self.date_range.setToolTip(self.tr("Whole days in {zone}, as the Time column: from the start of the first "
                                           "day to the end of the last").format(zone=self._zone_text()))
        for edit in (self.date_from, self.date_to):
            edit.setToolTip(self.date_range.toolTip())

    def _word_billed(self) -> None:
        """The billed counts' words that name the zone their days are in (the footer's line is worded with them)."""
        label = self.zone().label()
        self.billed_button.setToolTip(self.tr("Billed calls of each of the last {days} {zone} days, per profile")
                                      .format(days=BILLED_DAYS, zone=label))
        if self._billed_dialog is not None:
            dialog, table = self._billed_dialog
            dialog.setWindowTitle(self.tr("Billed calls per {zone} day").format(zone=label))
            table.setAccessibleName(self.tr("Billed calls per {zone} day and profile").format(zone=label))

    def _follow_today(self) -> bool:
        """The date bounds the reviewer has not set to today's defaults (the last 30 days, today's included, in the
        zone times are shown in); whether one moved."""
        now = self.today()
        today = QDate(now.year, now.month, now.day)
        moved = False
        for edit, default in ((self.date_from, today.addDays(-DEFAULT_DAYS)), (self.date_to, today)):
            if edit not in self._dates_set and edit.date() != default:
                with QSignalBlocker(edit):  # not the reviewer's: the filter is applied by whoever moved it
                    edit.setDate(default)
                moved = True
        return moved

    @staticmethod
    def _combo(parent: QWidget, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(name)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _build_detail(self, parent: QWidget) -> QWidget:
        # Never narrower than the entry can be laid out: on a small screen the list scrolls sideways, as tables
        # do, rather than the entry, whose verdict was cut off at its left.
        self.detail_scroll = scroll = VerticalScrollArea(parent)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, and scrolls them into view
        # Tab from the list too: Qt scrolls only for a Tab pressed inside the pane.
        keep_focus_in_view(scroll)
        detail = QWidget(scroll)  # as wide as the pane; a scroll bar only if the pane is narrower than it can be
        column = QVBoxLayout(detail)
        self.entry_label = WrapAnywhereLabel(detail)  # broken inside a long biz_id too, not widening the window
        self.entry_label.setObjectName("historyEntryLabel")
        self.entry_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.entry_label)
        # The entries an entry of unknown outcome and its resend are linked by, each opening the other.
        self.linked_entries = QLabel(detail)
        self.linked_entries.setObjectName("historyLinkedEntries")
        self.linked_entries.setTextFormat(Qt.TextFormat.RichText)
        self.linked_entries.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linked_entries.linkActivated.connect(self._open_linked)
        self.linked_entries.setVisible(False)
        column.addWidget(self.linked_entries)
        # When today's policy level reads an answer differently from the verdict recorded with it.
        self.level_note = QLabel(detail)
        self.level_note.setObjectName("historyLevelNote")
        self.level_note.setWordWrap(True)
        set_text_colour(self.level_note, CAUTION, bold=True)
        self.level_note.setVisible(False)
        column.addWidget(self.level_note)
        self.result_view = ResultView(self.language, detail, verify_options=False)
        self.result_view.setObjectName("historyResultView")
        column.addWidget(self.result_view)
        # A liveness session's answer (get_result, or a checked callback) as the liveness pages show it.
        self.liveness_view = LivenessView(self.language, detail)
        self.liveness_view.setObjectName("historyLivenessView")
        self.liveness_view.setVisible(False)
        column.addWidget(self.liveness_view)

        self.decision_group = QGroupBox(self.tr("Decision"), detail)
        form = QFormLayout(self.decision_group)
        # The verdict decided on, in view beside the form even when the result above is scrolled away.
        self.decision_summary = QLabel(self.decision_group)
        self.decision_summary.setObjectName("decisionSummary")
        self.decision_summary.setWordWrap(True)
        form.addRow(self.decision_summary)
        # The entry's current decision, once there is one: who decided what, why and when (the trail says it too,
        # among the superseded ones).
        self.current_decision = QLabel(self.decision_group)
        self.current_decision.setObjectName("currentDecision")
        self.current_decision.setWordWrap(True)
        self.current_decision.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.current_decision.setVisible(False)
        form.addRow(self.current_decision)
        # Why the form is off on an entry that says nothing about the applicant, and what to do instead.
        self.nothing_to_decide = QLabel(self.decision_group)
        self.nothing_to_decide.setObjectName("nothingToDecide")
        self.nothing_to_decide.setWordWrap(True)
        self.nothing_to_decide.setVisible(False)
        form.addRow(self.nothing_to_decide)
        # A result fetched before (DATA_DESTROYED): the way to the entry that fetched it, searched for by its biz_id.
        self._fetching_row = QWidget(self.decision_group)
        fetching_row = QHBoxLayout(self._fetching_row)
        fetching_row.setContentsMargins(0, 0, 0, 0)
        self.find_fetching_button = QPushButton(self.tr("F&ind the entry that fetched it"), self._fetching_row)
        self.find_fetching_button.setObjectName("findFetchingEntry")
        self.find_fetching_button.clicked.connect(self.find_fetching_entry)
        fetching_row.addWidget(self.find_fetching_button)
        fetching_row.addStretch(1)
        self._fetching_row.setVisible(False)
        form.addRow(self._fetching_row)
        self.decision_choice = QComboBox(self.decision_group)
        for kind, text in ((DecisionKind.APPROVE, self.tr("Approve")), (DecisionKind.REJECT, self.tr("Reject")),
                           (DecisionKind.ESCALATE, self.tr("Escalate"))):
            self.decision_choice.addItem(text, kind.value)
        # Nothing is chosen in advance: a decision on someone's identity is made, never defaulted into.
        # Short: the combo is never narrower than it, and in an 800-pixel window the list beside needs the room.
        self.decision_choice.setPlaceholderText(self.tr("Choose a decision"))
        add_named_row(form, self.tr("&Decision:"), self.decision_choice)
        self.reason_choice = QComboBox(self.decision_group)
        self.reason_choice.setPlaceholderText(self.tr("Choose a reason"))
        # As wide as the pane allows, not as the longest reason: a team's reasons must not widen the detail column.
        self.reason_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason_choice.setMinimumContentsLength(12)
        add_named_row(form, self.tr("&Reason:"), self.reason_choice)
        self.note_edit = QLineEdit(self.decision_group)
        self.note_edit.setPlaceholderText(self.tr("Optional note"))
        self.note_edit.returnPressed.connect(self.record_decision)  # Enter records, once decision and reason are chosen
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.decide_button = QPushButton(self.tr("Re&cord decision"), self.decision_group)
        self.decide_button.clicked.connect(self.record_decision)
        self.decide_button.setToolTip(self.tr("Choose a decision and a reason first"))
        self.decision_choice.currentIndexChanged.connect(self._offer_fitting_reasons)
        for combo in (self.decision_choice, self.reason_choice):
            combo.currentIndexChanged.connect(self._update_decide_button)
        self._clear_decision_form()
        form.addRow(self.decide_button)
        self.trail_list = QListWidget(self.decision_group)
        self.trail_list.setObjectName("decisionTrail")
        self.trail_list.setAccessibleName(self.tr("Decision trail"))
        self.trail_list.setWordWrap(True)  # each decision whole: time, operator, decision, reason and note
        self.trail_list.setAlternatingRowColors(True)  # where one wrapped decision ends and the next begins
        form.addRow(self.tr("Trail:"), self.trail_list)
        column.addWidget(self.decision_group)

        self.report_button = QPushButton(self.tr("Save PDF rep&ort…"), detail)
        self.report_button.clicked.connect(self._ask_report_path)
        column.addWidget(self.report_button)
        # In its place, as high, while the report is written: where the keyboard waits meanwhile (``_files_busy``).
        self.report_progress = self._busy_bar(detail)
        column.addWidget(self.report_progress)
        column.addStretch(1)
        scroll.setWidget(detail)
        return scroll

    def _build_footer(self) -> QWidget:
        """Two short rows under the list, so a small screen still shows entries: the billed counts with the export
        beside them, then the retention settings (their two halves one under the other when narrow)."""
        footer = Footer(self)
        column = QVBoxLayout(footer)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        column.addLayout(top)
        # One line whatever the volume (a paragraph per day and profile took the list's room): the week's totals,
        # cut at its end when narrow, the days in a table the button opens.
        self.billed_label = StatusLabel(footer)
        self.billed_label.setObjectName("billedLabel")
        self.billed_label.setAccessibleName(self.tr("Billed calls"))
        top.addWidget(self.billed_label, 1)
        self.billed_button = QPushButton(self.tr("Per da&y…"), footer)
        self.billed_button.setObjectName("billedPerDay")
        self.billed_button.clicked.connect(self.show_billed_days)
        top.addWidget(self.billed_button)
        #: The week's days per profile, and the window that shows them (built when first asked for).
        self._billed_days: tuple[list[str], list[str], dict[tuple[str, str], int]] = ([], [], {})
        self._billed_dialog: tuple[QDialog, QTableWidget] | None = None
        self._word_billed()
        self.unmask_box = QCheckBox(self.tr("Export &unmasked (audited)"), footer)
        self.unmask_box.setToolTip(self.tr("Names, ID numbers and uuids are exported whole, not masked; the export is "
                                           "recorded in the audit log with your name."))
        top.addWidget(self.unmask_box)
        self.export_button = QPushButton(self.tr("E&xport…"), footer)
        self.export_button.clicked.connect(self._ask_export_path)
        top.addWidget(self.export_button)
        # In its place, as wide, while the export is written: where the keyboard waits meanwhile (``_files_busy``).
        self.export_progress = self._busy_bar(footer)
        top.addWidget(self.export_progress)
        #: The bar of the report or export being written, shown in its button's place; the retention's bar while a
        #: purge is made; None: nothing is written.
        self._files_bar: FocusProgressBar | None = None
        self._files_parked: QWidget | None = None  # the button off while the keyboard waits on ``_files_bar``
        # The last report, export or purge, in a line of its own: still there once the status line moves on.
        self.files_outcome = QLabel(footer)
        self.files_outcome.setObjectName("filesOutcome")
        self.files_outcome.setAccessibleName(self.tr("Last report, export or purge"))
        self.files_outcome.setWordWrap(True)
        self.files_outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files_outcome.setVisible(False)
        column.addWidget(self.files_outcome)

        # A row of its own, without a group box's frame and title line: on a small screen each line is an entry less.
        halves = StackingRow(footer, stretch=True)
        halves.setAccessibleName(self.tr("Retention"))
        what, how_long = QWidget(halves), QWidget(halves)
        what_row, how_long_row = QHBoxLayout(what), QHBoxLayout(how_long)
        for row in (what_row, how_long_row):
            row.setContentsMargins(0, 0, 0, 0)
        self.image_mode = self._combo(what, self.tr("Photos kept"), [
            (ImageRetention.FULL.value, self.tr("Full photos")),
            (ImageRetention.THUMBNAIL.value, self.tr("Thumbnails")),
            (ImageRetention.NONE.value, self.tr("Fingerprints only"))])
        retention_label = QLabel(self.tr("Retention:"), what)
        retention_label.setBuddy(self.image_mode)  # its name for a screen reader on Linux (see name_unlabelled)
        what_row.addWidget(retention_label)
        self.image_days = QSpinBox(how_long)
        self.record_days = QSpinBox(how_long)
        for spin, name in ((self.image_days, self.tr("Photos purged after (days)")),
                           (self.record_days, self.tr("Records purged after (days)"))):
            spin.setRange(0, 3650)
            spin.setSuffix(self.tr(" days"))
            spin.valueChanged.connect(lambda days, spin=spin: spin.setSuffix(self.tr(" day") if days == 1 else
                                                                             self.tr(" days")))
            spin.setSpecialValueText(self.tr("forever"))  # 0: never purged
            spin.setAccessibleName(name)
            spin.setToolTip(name)
        guard_wheel(self.image_mode, self.image_days, self.record_days)  # a wheel turn must not set up a purge
        self.retention_button = QPushButton(self.tr("&Apply"), how_long)
        self.retention_button.clicked.connect(self.apply_retention)
        # In Apply's place, as wide, while the purge is counted and made: where the keyboard waits meanwhile. Beside
        # it, the row stacked a window width sooner (the room kept for it), or while it was shown.
        self.retention_progress = self._busy_bar(how_long)
        self._parked: QWidget | None = None  # Apply, while the keyboard waits on the bar in its place
        what_row.addWidget(self.image_mode)
        how_long_row.addWidget(QLabel(self.tr("photos kept:"), how_long))
        how_long_row.addWidget(self.image_days)
        how_long_row.addWidget(QLabel(self.tr("records kept:"), how_long))
        how_long_row.addWidget(self.record_days)
        how_long_row.addWidget(self.retention_button)
        how_long_row.addWidget(self.retention_progress)
        halves.add(what)
        halves.add(how_long)
        column.addWidget(halves)
        # Why Apply refused the days shown, under them, the records' box outlined (``_mark_retention``).
        self.retention_problem = QLabel(footer)
        self.retention_problem.setObjectName("retentionProblem")
        set_text_colour(self.retention_problem, FAIL)
        self.retention_problem.setWordWrap(True)
        self.retention_problem.setVisible(False)
        column.addWidget(self.retention_problem)
        for spin in (self.image_days, self.record_days):
            spin.valueChanged.connect(lambda _days: self._mark_retention(""))
        return footer

    def _busy_bar(self, parent: QWidget) -> FocusProgressBar:
        """A busy bar, hidden until shown in a button's place while its work runs (the keyboard waits on it)."""
        bar = FocusProgressBar(parent)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setAccessibleName(self.tr("Progress"))
        bar.setVisible(False)
        return bar

    def _read_retention(self) -> None:
        """The retention setting of now into the footer; Apply waits for it (it would store what it shows)."""
        self._retention_usable(False)

        def show(current: RetentionPolicy) -> None:
            self.image_mode.setCurrentIndex(self.image_mode.findData(current.image_mode.value))
            self.image_days.setValue(current.image_days)
            self.record_days.setValue(current.record_days)
            self._retention_read = True
            self._retention_usable(True)

        store = self.store
        self._database("retention", lambda: store.retention, show, lambda: self._retention_usable(True))

    def _retention_usable(self, usable: bool) -> None:
        """The retention boxes and Apply: off while the setting or a purge count is on its way, or a file is
        being written; Apply stays off until the setting has been read once."""
        usable = usable and not self.files.busy and not self._counting
        working = self._counting or self._purging
        if working:
            self.retention_progress.setFixedWidth(self.retention_button.sizeHint().width())  # as laid out
            self.retention_progress.setVisible(True)
        for widget in (self.image_mode, self.image_days, self.record_days):
            widget.setEnabled(usable)
        # Apply, pressed from the keyboard and off while it works: the keyboard waits on the bar in its place, on the
        # page (Qt passed it on to the page list), and is back on Apply once it is on again.
        if not (usable and self._retention_read):
            self._parked = park_keyboard([self.retention_button], self.retention_progress) or self._parked
        self.retention_button.setEnabled(usable and self._retention_read)
        self.retention_button.setVisible(not working)
        self._parked = give_keyboard_back(self._parked, self.retention_progress)
        self.retention_progress.setVisible(working)

    # --- filtering ------------------------------------------------------------------------------

    def profile_name(self, name: str) -> str:
        """A stored profile name as the top bar's switcher shows it."""
        return stored_profile_name(name, self.settings.profiles)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def go_to_matches(self) -> None:
        """Enter or Down in the search: the keyboard to the list of matches, the first one opened (or the entry open
        kept); a search still in its pause is listed first. With nothing listed, it stays in the search."""
        def to_the_list() -> None:
            if self.search.hasFocus() and self.model.rowCount() > 0:  # not taken from where the reviewer went since
                self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)  # opens the first when none is (eventFilter)

        if self._search_timer.isActive():
            self._list_matches(to_the_list)
        else:
            to_the_list()

    def current_filter(self) -> HistoryFilter:
        since = until = None
        if self.date_range.isChecked():  # whole days of the zone shown, the last one included, as naive UTC bounds
            first, last = self.date_from.date(), self.date_to.date()
            since, until = self.zone().day_bounds(datetime.date(first.year(), first.month(), first.day()),
                                                  datetime.date(last.year(), last.month(), last.day()))
        kind = self.kind_box.currentData()
        return HistoryFilter(
            text=self.search.text(), since=since, until=until, kinds=(CallKind(kind),) if kind else (),
            verdict=self.verdict_box.currentData() or "", decision=self.decision_box.currentData() or "",
            profile=self.profile_box.currentData() or "", error_code=self.error_code.text().strip(),
        )

    def apply_filters(self) -> None:
        """List the entries matching the search and filters of now."""
        self._list_matches()

    def _list_matches(self, then: Callable[[], None] | None = None) -> None:
        """List the entries matching the search and filters of now; ``then`` once they are listed."""
        self._search_timer.stop()

        def listed(shown: bool) -> None:
            if not shown:
                return  # the rows shown are the old list's, not matches: the notice says why
            self.show_entry(None)  # the list is the new one: no entry of the old one stays open
            if then is not None:
                then()

        with self.database.action():
            self.model.set_filter(self.current_filter(), listed)

    def show_search(self, text: str, then: Callable[[], None] | None = None) -> None:
        """Search for ``text`` (a biz_id, a request_id…) now, whatever the filters, and show the newest match that
        holds an answer (a later failed look-up, such as DATA_DESTROYED, is listed but not what the reviewer came
        for); ``then`` once it is shown."""
        self._clear_filters()  # set for another look (errors only, one profile): they would hide what is asked for
        self.search.setText(text)

        def open_newest() -> None:
            rows = range(self.model.rowCount())
            answered = [row for row in rows if (entry := self.model.entry(row)) is not None and entry.response]
            if not self.model.rowCount():
                return
            row = answered[0] if answered else 0
            newest = self.model.entry(row)
            if then is not None and newest is not None:
                self.select_entry(newest.id, then)  # highlighted as a selected row is, and ``then`` once shown
            else:
                self.table.selectRow(row)

        self._list_matches(open_newest)

    def _clear_filters(self) -> None:
        """Every filter back to "all", without listing anything (the search that follows lists once)."""
        boxes = (self.kind_box, self.verdict_box, self.decision_box, self.profile_box)
        for widget in (*boxes, self.date_range):
            widget.blockSignals(True)
        try:
            for box in boxes:
                box.setCurrentIndex(0)
            self.date_range.setChecked(False)
        finally:
            for widget in (*boxes, self.date_range):
                widget.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)  # as the unticked "From" leaves them
        self.error_code.clear()

    def find_fetching_entry(self) -> None:
        """For an entry whose result was fetched before (DATA_DESTROYED): search for its biz_id and open the entry
        that fetched it, with the keyboard at its decision; when History holds none, say so."""
        entry = self.current
        if entry is None or not entry.biz_id:
            return
        biz_id = entry.biz_id
        # The button goes when another entry is shown: the keyboard waits in the list, not passed along the page.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

        def at_decision() -> None:
            if self.current is not None and self.current.response and self._nothing_to_decide(self.current) is None:
                self.decision_choice.setFocus(Qt.FocusReason.OtherFocusReason)
                # Once the entry is laid out: scrolled now, it would go to where the form was for the last one.
                QTimer.singleShot(0, lambda: self.detail_scroll.ensureWidgetVisible(self.decision_group))
                return
            self.status_message.emit(self.tr(
                "No entry in History holds the result of biz_id {biz_id}: it was fetched elsewhere (another computer "
                "or another history), or it is more than a day old. Start a new liveness session and decide on its "
                "result.").format(biz_id=shortened(biz_id)))

        self.show_search(biz_id, at_decision)

    def refresh(self, *, reread_chosen: bool = True) -> None:
        """Reload from the store (new calls, other reviewers' decisions), keeping the entry chosen; not read again
        unless ``reread_chosen`` (False: another is about to be opened)."""
        self._offer_profiles()
        with self.database.action():
            self._read_reasons()
            if not self._retention_read:  # not read when the page was built: Apply waits for it
                self._read_retention()
            zone_changed = self._zone_changed()
            # A new day, or the days of another zone: their calls listed.
            if (self._follow_today() or zone_changed) and self.date_range.isChecked():
                self.model.set_filter(self.current_filter())
            else:
                self.model.refresh()
            self.refresh_billed()
            if reread_chosen:
                self._reread_chosen()

    def _zone_changed(self) -> bool:
        """Whether the zone times are shown in was changed since the page last worded them; if so, their words and
        the list's times anew (the entry, the trail and the billed days are read again by ``refresh``)."""
        if self.settings.shown_times == self._shown_times:
            return False
        self._shown_times = self.settings.shown_times
        self._word_dates()
        self._word_billed()
        self.model.zone_changed()
        self._fit_time_column()  # its title and times are worded in the new zone: "Time (UTC)" became longer
        return True

    def _call_answered(self, entry_id: int) -> None:
        """A call this window sent has ended (its answer or error recorded, or not): its row, the entry if it is the
        one chosen, and the billed calls read again. A page out of sight reads everything anew when shown."""
        if self._closed or not self.isVisible():
            return
        with self.database.action():
            self.model.reread(entry_id)
            if self._chosen == entry_id:
                self._open_entry(entry_id)
            self.refresh_billed()

    def _reread_chosen(self) -> None:
        """Read the entry shown again (its trail may have grown), after the list asked for before it: the worker
        answers in order. One chosen meanwhile and still on its way is left to come."""
        if self.current is not None and self._chosen == self.current.id:
            self._open_entry(self._chosen)

    def _read_reasons(self) -> None:
        def read(reasons: list[str]) -> None:
            self._reasons = reasons
            self._offer_fitting_reasons()

        store = self.store
        self._database("reasons", lambda: list(store.reasons()), read)

    def _offer_profiles(self) -> None:
        """The profile filter lists the profiles of now (one added in Settings meanwhile too); the chosen one
        stays chosen while it exists."""
        names = [p.name for p in self.settings.profiles]
        if [self.profile_box.itemData(i) for i in range(1, self.profile_box.count())] == names:
            return
        chosen = self.profile_box.currentData()
        self.profile_box.blockSignals(True)  # the filter is applied once, below, if the choice went away
        while self.profile_box.count() > 1:
            self.profile_box.removeItem(1)
        for name in names:
            self.profile_box.addItem(self.profile_name(name), name)
        index = self.profile_box.findData(chosen)
        self.profile_box.setCurrentIndex(max(0, index))
        self.profile_box.blockSignals(False)
        if index < 0:
            self.apply_filters()

    def select_entry(self, entry_id: int, then: Callable[[], None] | None = None) -> None:
        """Open entry ``entry_id``, highlighted in the list when the list holds it (not in the list as filtered: shown
        alone, no other row highlighted beside it); ``then`` once it is shown."""
        self._chosen = entry_id
        self._highlight_current()  # read once, below, not again by the selection's change
        self._open_entry(entry_id, then)

    def open_for_decision(self, entry_id: int) -> None:
        """Open entry ``entry_id`` (the Verify page's last answer) with the keyboard at its decision."""
        def at_decision() -> None:
            if self.current is None or self.current.id != entry_id:
                return
            self.decision_choice.setFocus(Qt.FocusReason.ShortcutFocusReason)
            # Once the new entry is laid out: scrolled now, it would go to where the form was for the last one.
            QTimer.singleShot(0, lambda: self.detail_scroll.ensureWidgetVisible(self.decision_group))

        self.select_entry(entry_id, at_decision)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._restoring_selection:
            return
        indexes = selected.indexes()
        entry_id = indexes[0].data(ENTRY_ROLE) if indexes else None
        if entry_id is None:
            self.show_entry(None)
        else:
            self._open_entry(entry_id)

    def _highlight_current(self) -> None:
        """The row of the entry chosen highlighted, or none when the list does not hold it; no entry is read."""
        self._restoring_selection = True
        try:
            row = self.model.row_of(self._chosen) if self._chosen is not None else -1
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self._restoring_selection = False

    # --- one entry ------------------------------------------------------------------------------

    def show_entry(self, entry: HistoryEntry | None) -> None:
        """Show a stored entry exactly as the Verify page showed it; nothing is sent. Its photos and decision
        trail are read first: when the database does not answer, the entry shown before stays, whole."""
        if entry is None:
            self.database.forget("entry")  # one still on its way is not shown
            self._showing(None, (), ())
            self._highlight_current()  # no row stays highlighted over the empty pane
            return
        self._open_entry(entry.id)

    def _open_entry(self, entry_id: int, then: Callable[[], None] | None = None) -> None:
        """Read entry ``entry_id``, its photos' heads and its decision trail (in one snapshot) on the database's
        worker, then show it; the photos' bytes are read by the worker that decodes them. While it is on its way
        nothing can be decided (the form names the entry shown, not the one chosen)."""
        history = self.store.history
        self._chosen = entry_id

        def read() -> tuple[HistoryEntry | None, Sequence[StoredImageHead], Sequence[Decision], EntryId | None]:
            detail = history.entry_detail(EntryId(entry_id), headed=(*BOXED_PHOTOS, *REFERENCE_PHOTOS))
            if detail is None:
                return None, (), (), None
            return detail.entry, detail.heads, detail.trail, detail.resent_as

        def show(read_entry: tuple[HistoryEntry | None, Sequence[StoredImageHead], Sequence[Decision],
                                   EntryId | None]) -> None:
            self._showing(*read_entry)
            self._highlight_current()  # its row, in the list as it is now (none when it is not listed)
            if then is not None:
                then()

        def not_shown() -> None:
            self._chosen = None if self.current is None else self.current.id
            self._highlight_current()  # the row highlighted stays the entry the pane shows
            self._enable_decisions()

        self._enable_decisions()  # off until it is shown: the form names the entry shown
        self._database("entry", read, show, not_shown)

    def _enable_decisions(self) -> None:
        """Decisions can be made on the entry shown, except while a purge or another decision is being written, and
        never on an entry that says nothing about the applicant (its trail, if any, stays readable)."""
        self.decision_group.setEnabled(self.current is not None and self._chosen == self.current.id
                                       and not self._purging and not self._recording)
        why = self._nothing_to_decide(self.current)
        for widget in (self.decision_choice, self.reason_choice, self.note_edit):
            widget.setEnabled(why is None)
        self._update_decide_button()
        self.nothing_to_decide.setText(why or "")
        self.nothing_to_decide.setVisible(why is not None)
        # After the form is on: the button, hidden with the keyboard on it, passes the keyboard along to the form.
        self._fetching_row.setVisible(why is not None and self.current is not None
                                      and self.current.error_code == "DATA_DESTROYED" and bool(self.current.biz_id))

    def _nothing_to_decide(self, entry: HistoryEntry | None) -> str | None:
        """Why ``entry`` cannot be decided on, with what to do instead; None when it can (or none is shown)."""
        if entry is None or decidable(entry):
            return None
        if entry.kind in TOKEN_KINDS and refused_for_the_applicant(entry):  # red in the list: about the applicant
            return self.tr("Nothing to decide: FaceID refused to issue a token because of what was sent about the "
                           "applicant ({error}), so no liveness session started. Correct the photo or details it "
                           "names and ask for a token again; decide on that session's answer.").format(
                error=error_title(entry.error_code or "", error_detail(entry)))
        if entry.kind in TOKEN_KINDS:  # whatever its state: even once answered, a token says nothing of the applicant
            return self.tr("Nothing to decide: a token only starts a liveness session and says nothing about the "
                           "applicant. Decide on the session's answer, an entry of its own (Liveness result, or "
                           "Callback check).")
        awaited = self.model.awaited(entry)
        if awaited is PendingCall.AWAITED_HERE:
            return self.tr("Nothing to decide yet: this call is waiting for FaceID's answer. It is shown here as soon "
                           "as it is recorded; decide on it then.")
        if awaited is PendingCall.AWAITED_ELSEWHERE:
            return self.tr("Nothing to decide yet: no answer is recorded for this call, and the console that sent it "
                           "may still be waiting for it. Press {key} later to read it again; decide once its answer "
                           "is in.").format(key=self._refresh_key())
        if entry.outcome_unknown and self.current_resent_as is not None:
            return self.tr("Nothing to decide: no answer was recorded for this call. It was sent again as entry "
                           "{entry}: decide on that entry's answer.").format(entry=self.current_resent_as)
        if entry.outcome_unknown:
            return self.tr("Nothing to decide: no answer was recorded for this call. Decide on the answer of the "
                           "call once it is sent again.")
        if entry.kind is CallKind.CALLBACK_CHECK and entry.verdict == "signature_invalid":
            return self.tr("Nothing to decide: this callback's signature is invalid (its data was changed, or signed "
                           "with another api_secret), and its data could not be read. Do not trust it: ask for the "
                           "session's result (Liveness result) and decide on its answer.")
        if entry.kind is CallKind.CALLBACK_CHECK:
            return self.tr("Nothing to decide: this callback could not be read as a result. Ask for the session's "
                           "result (Liveness result) and decide on its answer.")
        # A result FaceID no longer has: sending the look-up again gets the same answer, so say where a result is.
        if entry.error_code == "RESULT_NOT_FOUND":
            return self.tr("Nothing to decide: FaceID has no result for this biz_id (a mistyped biz_id, a session "
                           "made with another api_key, or a result more than a day old). Sending it again will not "
                           "help: start a new liveness session and decide on its result.")
        if entry.error_code == "DATA_DESTROYED":
            return self.tr("Nothing to decide: FaceID gives a session's result only once, and this one was fetched "
                           "before (or is more than a day old). Sending it again will not help: find the entry that "
                           "fetched it (search History for its biz_id) and decide on that one; if there is none, "
                           "start a new liveness session.")
        # Not "send it again" alone: a wrong api_secret or a refused address fails the same way until put right.
        return self.tr("Nothing to decide: this error says nothing about the applicant. Do what its “What to do” "
                       "says, send the call again, and decide on its answer.")

    def _showing(self, entry: HistoryEntry | None, heads: Sequence[StoredImageHead],
                 trail: Sequence[Decision], resent_as: EntryId | None = None) -> None:
        """``_show_entry``, then no decoding goes on for pictures it no longer shows."""
        self._decode_requested = False
        try:
            self._show_entry(entry, heads, trail, resent_as)
        finally:
            if not self._decode_requested:
                self._cancel_decoding()
                self._pictures = None  # no photo is kept past the entry it was shown with

    def _show_entry(self, entry: HistoryEntry | None, heads: Sequence[StoredImageHead],
                    trail: Sequence[Decision], resent_as: EntryId | None = None) -> None:
        if entry is None or self.current is None or entry.id != self.current.id:
            self._clear_decision_form()  # a choice made for one entry never carries over to another
            self.detail_scroll.verticalScrollBar().setValue(0)  # a new entry opens at its verdict
        self.current = entry
        self.current_resent_as = None if entry is None else resent_as
        self._chosen = None if entry is None else entry.id
        self._show_linked_entries(entry)
        if entry is not None:  # its row says the same as its detail, resent since the list was read or not
            self.model.entry_resent(entry.id, resent_as)
        self._shown_current = trail[0].id if entry is not None and trail else None
        self._current_decision = trail[0] if entry is not None and trail else None
        self._enable_decisions()
        self.report_button.setEnabled(entry is not None and not self.files.busy)
        session = None if entry is None or entry.outcome_unknown or entry.error is not None else stored_session(entry)
        self.result_view.setVisible(session is None)
        self.liveness_view.setVisible(session is not None)
        if entry is None:
            self.entry_label.setVisible(False)  # the result view says what to do
            self.level_note.setVisible(False)
            self._today_verdict, self._today_by_rule = None, False
            self._current_result, self._current_session = None, None
            self.decision_summary.clear()
            self._show_current_decision()
            self._show_nothing_chosen()
            self._show_trail(())
            return
        self.entry_label.setVisible(True)
        zone = self.zone()
        facts = {"id": entry.id, "kind": self.model.kind_text(entry.kind.value),
                 "profile": self.profile_name(entry.profile), "time": zone.text(entry.created_at),
                 "zone": zone.label(entry.created_at), "operator": entry.operator}
        header = (
            self.tr("Entry {id} · {kind} · {time} {zone} · profile {profile} · operator {operator} · biz_id {biz_id}")
            .format(**facts, biz_id=shortened(entry.biz_id)) if entry.biz_id else
            self.tr("Entry {id} · {kind} · {time} {zone} · profile {profile} · operator {operator}").format(**facts))
        # Who it is about, masked as the list shows it: the reviewer checks they are on the right applicant.
        who = [mask_name(entry.idcard_name) if entry.idcard_name else "",
               mask_idcard_number(entry.idcard_number) if entry.idcard_number else "",
               self.tr("uuid {uuid}").format(uuid=mask_uuid(entry.uuid)) if entry.uuid else ""]
        applicant = " · ".join(part for part in who if part)
        self.entry_label.setText(header + ("\n" + self.tr("Applicant: {applicant}").format(applicant=applicant)
                                           if applicant else ""))
        if session is None:
            result = verify_result_of(entry)
        else:  # parsed once: the session's own comparison
            result = session.verify_result if isinstance(session.verify_result, VerifyResult) else None
        error = stored_error(entry)
        self._current_result, self._current_session = result, session
        self._note_level_change(entry, result, session)
        if session is not None:
            self._show_session(entry, session, heads)
        elif (awaited := self.model.awaited(entry)) is not None:
            self.result_view.clear(self.model.outcome_text(entry), self._awaited_text(awaited), scored=False)
        elif entry.outcome_unknown and self.current_resent_as is not None:
            self.result_view.clear(
                self.tr("Outcome unknown, resent as entry {entry}").format(entry=self.current_resent_as),
                self._unknown_outcome_text(entry, error) + "\n" + self.tr(
                    "It was sent again as entry {entry}: its answer is there.").format(entry=self.current_resent_as),
                scored=False)
        elif entry.outcome_unknown:
            self.result_view.clear(self.tr("Outcome unknown, not resent"), self._unknown_outcome_text(entry, error),
                                   scored=False)
        elif entry.kind in (CallKind.GET_TOKEN, CallKind.GET_BIZ_TOKEN) and error is None:
            hint = self.tr("A token starts a liveness session and has no score or verdict of its own: the session's "
                           "answer is its own entry (Liveness result, or Callback check).")
            sdk = entry.kind is CallKind.GET_BIZ_TOKEN
            issued = entry.response.get("biz_token" if sdk else "token") if entry.response is not None else None
            if isinstance(issued, str) and issued:
                # Not a secret (the SDK is given it, the session's link holds it): the reviewer can tell which token
                # an applicant was handed.
                hint = (self.tr("biz_token: {biz_token}").format(biz_token=shortened(issued)) if sdk else
                        self.tr("token: {token}").format(token=shortened(issued))) + "\n" + hint
            found = stored_faces(entry, None)  # a raw_image biz_token's (return_faces=1), as App token showed them
            photo = stored_photo(heads) if found is not None else None
            with self.result_view.keeping_keyboard():  # on its photo, F5 leaves it there (not on Decision)
                self.result_view.clear(
                    self.tr("Web liveness token issued") if entry.kind is CallKind.GET_TOKEN else
                    self.tr("SDK biz_token issued"), hint, scored=False)
                if found is not None:
                    self.result_view.show_token_faces(found.faces, found.quality_threshold,
                                                      photo_pending=None if photo is None else stored_size(photo))
            if photo is not None:
                self._decode_photo_to_box(entry.id, photo)
        elif result is not None:
            photo = stored_photo(heads)
            # Beside the face compared only: without the photo to check kept whole, there is no face to cut.
            references = stored_references(heads) if photo is not None else []
            self.result_view.show_result(result, self.policy_level,
                                         photo_pending=None if photo is None else stored_size(photo),
                                         references_pending={reference_score(head.field): stored_size(head)
                                                             for head in references})
            if photo is not None:
                self._decode_later(entry.id, [photo, *references],
                                   lambda decoded, _: self.result_view.show_photo(decoded.get(photo.field), references={
                                       reference_score(field): picture for field, picture in decoded.items()
                                       if field in REFERENCE_PHOTOS}),
                                   lambda: self.result_view.show_photo(None),
                                   longest=PREVIEW_SIZE)  # as the Verify page draws its boxes over
        elif error is not None:
            # The photo to check (or a biz_token's to compare) under the faces a refusal of it carried, as the Verify
            # (or App token) page showed them.
            checked = stored_photo(heads) if stored_faces(entry, error) is not None else None
            # An error recorded as not billed (the built-in engine's) is not said to be, whatever FaceID's tables say.
            self.result_view.show_error(error, call=entry.kind.value,
                                        billed=recorded_unbilled_text(error, entry.billed),
                                        photo_pending=None if checked is None else stored_size(checked),
                                        quality_threshold=sent_quality_threshold(entry), recorded=True)
            if checked is not None:
                self._decode_photo_to_box(entry.id, checked)
            problem = callback_problem(entry, error)
            if problem is not None:  # posted to us, never sent anywhere: no base URL to check
                self.result_view.error_panel.show_local_problem(
                    error, self.tr("This callback cannot be read as a result"), problem, self.tr(
                        "Look the session's result up in Liveness results by its biz_id and decide on that; to see "
                        "this callback whole, paste its raw JSON (Details) into the Callback inspector."))
        else:
            self.result_view.clear(self.model.outcome_text(entry), "", scored=False)
        self._show_trail(trail, entry)
        self._show_decision_summary(entry)

    def _decode_photo_to_box(self, entry_id: int, photo: StoredImageHead) -> None:
        """Decode ``photo`` off the GUI thread, then show it under the faces boxed over it (none, if it cannot be)."""
        field = photo.field
        self._decode_later(entry_id, [photo], lambda decoded, _: self.result_view.show_photo(decoded.get(field)),
                           lambda: self.result_view.show_photo(None), longest=PREVIEW_SIZE)

    def _show_linked_entries(self, entry: HistoryEntry | None) -> None:
        """The entry the open one sends again, and the one that sent it again, each a link that opens it."""
        def link(entry_id: int) -> str:
            return f'<a href="entry:{entry_id}">{html.escape(self.tr("entry {id}").format(id=entry_id))}</a>'

        lines = []
        if entry is not None and entry.resend_of is not None:
            lines.append(html.escape(self.tr("Resend of {entry}")).format(entry=link(entry.resend_of)))
        if entry is not None and self.current_resent_as is not None:
            lines.append(html.escape(self.tr("Resent as {entry}")).format(entry=link(self.current_resent_as)))
        self.linked_entries.setText("<br>".join(lines))
        self.linked_entries.setVisible(bool(lines))

    def _open_linked(self, link: str) -> None:
        """A link of ``linked_entries`` was followed: its entry opened (alone when the list as filtered lacks it)."""
        entry_id = link.removeprefix("entry:")
        if entry_id.isascii() and entry_id.isdecimal():  # not isdigit(): "²" is a digit int() refuses
            self.select_entry(int(entry_id))

    def _awaited_text(self, awaited: PendingCall) -> str:
        """Why a call with no answer recorded is not one whose outcome is unknown: it is still on its way."""
        if awaited is PendingCall.AWAITED_HERE:
            return self.tr("This window sent this call and is waiting for FaceID's answer, which is shown here as soon "
                           "as it is recorded. Do not send it again meanwhile.")
        return self.tr("Another console sent this call and has not recorded an answer yet: it may still be waiting "
                       "for it. Do not send it again meanwhile; press {key} later to read the entry again.").format(
            key=self._refresh_key())

    def _unknown_outcome_text(self, entry: HistoryEntry, error: FaceIDError | None) -> str:
        """Why a call's outcome is unknown: what its recorded error says (no answer in time, a gateway's 502/504, a
        connection closed after the request was sent), or, with none recorded, that the console stopped first."""
        if error is None and entry.kind is CallKind.GET_RESULT:  # fetching is not billed: the result may be used up
            return self.tr("The console stopped before this look-up's answer was recorded: FaceID may have answered it "
                           "and given it the result, which it gives only once. Nothing is sent again unless an "
                           "operator resends it ('faceid-console history resend').")
        if error is None:
            return self.tr("The console stopped before this call's answer was recorded: FaceID may have answered, and "
                           "billed it. Nothing is sent again unless an operator resends it ('faceid-console history "
                           "resend').")
        lines = [problem_text(error, self.language, call=entry.kind.value)]
        if error.message:  # the technical line: what the transport or the gateway said
            lines.append(detail_text(error.message))
        lines.append(self.tr("Nothing is sent again unless an operator resends it ('faceid-console history "
                             "resend')."))
        return "\n".join(lines)

    def _show_session(self, entry: HistoryEntry, session: LivenessSessionResult,
                      heads: Sequence[StoredImageHead]) -> None:
        """A stored session's answer in the liveness view: its outcome, genuineness, comparison and the images
        kept; a checked callback with its signature as checked when it arrived."""
        view = self.liveness_view
        signature: tuple[str, bool | None] | None = None
        if entry.kind is CallKind.CALLBACK_CHECK and entry.response is not None:
            valid = entry.response.get("signature_valid")
            text = {True: self.tr("✔ Signature valid when it arrived (profile {profile}): this data came from "
                                  "FaceID unchanged."),
                    False: self.tr("✘ Signature INVALID when it arrived (profile {profile}): the data was changed, "
                                   "or signed with another api_secret. Do not trust it."),
                    None: self.tr("Signature not checked when it arrived (no api_secret for profile {profile}): "
                                  "this data is unverified.")}[valid if isinstance(valid, bool) else None]
            signature = (text.format(profile=self.profile_name(entry.profile)),
                         valid if isinstance(valid, bool) else None)
        kept = [head for head in heads
                if head.field.startswith("liveness:") and (head.has_data or head.has_thumbnail)]
        names = {head.field.removeprefix("liveness:") for head in kept}
        # Only the images the retention setting kept: the answer itself holds their SHA-256, not the pictures.
        shown = dataclasses.replace(session, images=tuple(i for i in session.images if i.name in names))
        with view.keeping_keyboard():  # on a part of it, F5 leaves it there (not on Decision)
            view.clear()
            if signature is not None:
                view.set_signature(*signature)
            view.show_result(shown, self.policy_level, {}, images_pending=bool(shown.images),
                             billable=profile_charges(entry.profile, self.settings.profiles))
        if shown.images:
            def by_name(pictures: dict[str, QImage]) -> dict[str, QImage]:  # stored as "liveness:<name>"
                return {field.removeprefix("liveness:"): picture for field, picture in pictures.items()}

            def show_images(decoded: dict[str, QImage], thumbnails: dict[str, QImage]) -> None:
                view.gallery.set_images(shown.images, by_name(decoded), thumbnails=by_name(thumbnails))

            self._decode_later(entry.id, kept, show_images, lambda: view.gallery.set_images(shown.images,
                                                                                             unavailable=True),
                               thumbnails_at=view.gallery.devicePixelRatioF())

    def _decode_later(self, entry_id: int, heads: Sequence[StoredImageHead],
                      show: Callable[[dict[str, QImage], dict[str, QImage]], None], unavailable: Callable[[], None],
                      *, longest: int | None = None, thumbnails_at: float | None = None) -> None:
        """Read the photos ``heads`` of entry ``entry_id`` and decode them (at most ``longest`` pixels a side) on a
        worker thread, then ``show`` the pictures if their entry is still open (``unavailable`` when the database
        does not give them). With ``thumbnails_at`` (a screen scale), the worker also makes the image gallery's
        thumbnails of them, shown with them (else none). The last pictures decoded are shown again at once while they
        are the same photos."""
        # The same photos: an entry id can come back after a purge or a restore, its SHA-256s cannot.
        key = (entry_id, longest, thumbnails_at, tuple(sorted((h.field, h.sha256, h.has_data) for h in heads)))
        self._decode_requested = True
        if self._pictures is not None and self._pictures[0] == key:
            self._cancel_decoding()
            show(*self._pictures[1])
            return
        if self.decoding and self._decode_key == key:
            return  # already on their way (the entry shown again: F5, a return to the page)
        self._cancel_decoding()
        if self._closed:
            return
        fields, history = {h.field for h in heads}, self.store.history

        def read_and_decode() -> tuple[dict[str, QImage], dict[str, QImage]]:
            decoded = decode_stored(history.images(EntryId(entry_id), fields), longest)
            # Four liveness images scaled to thumbnails took ~10 ms: here, not on the GUI thread.
            return decoded, ({} if thumbnails_at is None else {
                field: thumbnail_image(picture, thumbnails_at) for field, picture in decoded.items()})

        async def decode() -> None:
            try:
                try:
                    decoded = await in_thread(self._executor, read_and_decode)
                except NOT_ANSWERING as exc:
                    self._database_unavailable(failure_reason(exc))
                    unavailable()  # never "loading" for ever: the notice says why
                    return
                self._pictures = (key, decoded)
                show(*decoded)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a bug: reported, and the page stays usable
                report_unexpected(exc)

        self._decode_key = key
        self._decode_task = asyncio.ensure_future(decode())

    @property
    def decoding(self) -> bool:
        """Pictures for the open entry are being decoded."""
        return self._decode_task is not None and not self._decode_task.done()

    def _cancel_decoding(self) -> None:
        if self._decode_task is not None:
            self._decode_task.cancel()  # one not yet started never runs; one running finishes unobserved
        self._decode_task, self._decode_key = None, None

    def _database(self, purpose: str, work: Callable[[], T], done: Callable[[T], None],
                  not_done: Callable[[], None] | None = None) -> bool:
        """Run ``work`` (a read or a write of the history) on the database's worker, then ``done`` with its answer.
        A database that does not answer is said on the page (what is shown stays, nothing chosen is lost), never
        a crash report, and ``not_done`` is called; the next action that gets its answers clears the notice.
        True when it has been answered already, False when the answer comes later."""
        def failed(exc: Exception) -> None:
            try:
                if not isinstance(exc, NOT_ANSWERING):
                    raise exc  # a bug: DatabaseWork reports it
                self._database_unavailable(failure_reason(exc))
            finally:
                if not_done is not None:  # the page is left usable either way
                    not_done()

        return self.database.run(purpose, work, done, failed)

    def _database_unavailable(self, reason: str) -> None:
        self.database.note_failure()
        self.database_notice.setText(self.tr(
            "The history database does not answer: {reason}. What is shown may be out of date, and nothing you "
            "chose is lost. Press {key} to ask it again.").format(
            reason=reason, key=self._refresh_key()))
        self.database_notice.setVisible(True)
        if self.current is None:  # the empty pane says why, not "Reading the history…"
            self._show_nothing_chosen()

    def _refresh_key(self) -> str:
        """The key that asks the database again, as the platform writes it (F5 here)."""
        return self.refresh_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def _show_nothing_chosen(self) -> None:
        """The pane while no entry is chosen: how to choose one, or why the list is empty."""
        if not self.model.rowCount() and self.model.loading:
            self.result_view.clear(self.tr("Reading the history…"), self.tr(
                "The history database has not answered yet; the list appears as soon as it does."), scored=False)
        elif not self.model.rowCount() and self.model.failure is not None:
            self.result_view.clear(self.tr("The history is not available"), self.tr(
                "The history database does not answer (see the notice above). Nothing is lost: the list comes back "
                "when it answers."), scored=False)
        elif self.model.rowCount():
            self.result_view.clear(self.tr("No entry chosen"), self.tr(
                "Choose an entry in the list; search or filter above to find one."), scored=False)
        elif self.model.history_filter == HistoryFilter():
            self.result_view.clear(self.tr("No calls recorded yet"), self.tr(
                "Every call made from this window or the command line is recorded here before it is sent."),
                scored=False)
        elif self.date_range.isChecked() and self.date_from.date() > self.date_to.date():
            self.result_view.clear(self.tr("No entry matches"), self.tr(
                "The date range ends before it starts: set “to” on or after “from”."), scored=False)
        elif self.model.history_filter.text.strip():  # how the search matches: "kit" finds Kit, "Harington" nothing
            self.result_view.clear(self.tr("No entry matches"), self.tr(
                "Nothing recorded matches the search and filters above: change or clear them. Names and uuids match "
                "from their start; an ID number whole or its last four; biz_no, biz_id and request_id whole; an "
                "entry by its number after # (#8). Case does not matter."), scored=False)
        else:
            self.result_view.clear(self.tr("No entry matches"), self.tr(
                "Nothing recorded matches the search and filters above: change or clear them."), scored=False)

    def _list_changed(self) -> None:
        if self.current is None:  # the empty pane's words follow the list (a first call, a search with no match)
            self._show_nothing_chosen()
        self._highlight_current()  # loaded anew: the entry chosen (shown, or on its way) keeps its row highlighted

    @property
    def policy_level(self) -> str:
        return str(getattr(self.settings, "policy_level", "1e-4"))

    def _show_trail(self, trail: Sequence[Decision], entry: HistoryEntry | None = None) -> None:
        """The decisions on ``entry``, newest first; a note's mentions of the applicant masked, as the window shows
        them everywhere else."""
        self.trail_list.clear()
        zone = self.zone()
        for index, d in enumerate(trail):
            state = self.tr("current") if index == 0 else self.tr("superseded")
            text = self.tr("{time} {zone} · {operator} · {decision} ({state}) · {reason}").format(
                time=zone.text(d.decided_at), zone=zone.label(d.decided_at), operator=d.operator,
                decision=decision_text(d.decision.value), state=state, reason=reason_text(d.reason))
            note = mask_note(d.note, entry) if entry is not None else d.note
            # A note starts on a line of its own: its own line breaks then read as the reviewer wrote them.
            self.trail_list.addItem(text + (f"\n{note.strip()}" if note.strip() else ""))

    def _note_level_change(self, entry: HistoryEntry, result: VerifyResult | None,
                           session: LivenessSessionResult | None) -> None:
        """The list shows the verdict recorded with the call; the view below judges the answer at today's policy
        level, by today's rules. When the two differ, say so, and why: the level changed since, or the console reads
        the answer by a rule it did not have then (``id_attacked``, an ID card photo's score…)."""
        today = _verdict_today(entry, result, session, self.policy_level)
        self._today_verdict = today
        differs = today is not None and entry.verdict is not None and today != entry.verdict
        self._today_by_rule = differs and entry.verdict not in {
            _verdict_today(entry, result, session, level) for level in THRESHOLD_LEVELS}
        self.level_note.setVisible(differs)
        if not differs:
            return
        words = {"recorded": verdict_text(entry.verdict), "level": self.policy_level, "today": verdict_text(today)}
        if not self._today_by_rule:
            self.level_note.setText(self.tr(
                "Recorded as “{recorded}” when it was answered; at today's policy level ({level}) it reads "
                "“{today}”, as shown below. Decide knowing which one your procedure asks for.").format(**words))
        elif session is not None and session.failed_will() is not None:
            self.level_note.setText(self.tr(
                "Recorded as “{recorded}” when it was answered, before the console read a failed spoken consent "
                "(will_result) as deciding the session; it reads “{today}” now (policy level {level}), as shown "
                "below. Decide knowing which one your procedure asks for.").format(**words))
        elif session is not None and isinstance(session.verify_result, VerifyFailure):
            self.level_note.setText(self.tr(
                "Recorded as “{recorded}” when it was answered, before the console read an error in the comparison "
                "(verify_result) as a failed comparison; it reads “{today}” now, as shown below. Decide knowing "
                "which one your procedure asks for.").format(**words))
        elif result is not None and id_attacked(result):
            self.level_note.setText(self.tr(
                "Recorded as “{recorded}” when it was answered, before the console read a match on an ID number "
                "used in attacks (id_exceptions.id_attacked) as needing review; it reads “{today}” now (policy "
                "level {level}), as shown below. Decide knowing which one your procedure asks for.").format(**words))
        elif result is not None and any(getattr(result, key) is not None for key in IDCARD_SCORES):
            self.level_note.setText(self.tr(
                "Recorded as “{recorded}” when it was answered, before the console weighed the scores of the ID "
                "card photographed (result_idcard_photo, result_idcard_datasource); it reads “{today}” now (policy "
                "level {level}), as shown below. Decide knowing which one your procedure asks for.").format(**words))
        else:
            self.level_note.setText(self.tr(
                "Recorded as “{recorded}” when it was answered, by the rules the console read answers by then; it "
                "reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your "
                "procedure asks for.").format(**words))

    def _show_decision_summary(self, entry: HistoryEntry) -> None:
        verdict = verdict_text(entry.verdict) or self.tr("no verdict")
        if entry.verdict in ("error", "signature_invalid") and entry.error_code:  # in words, in full (the list may
            # shorten them), and the code; an AUTHORIZATION_ERROR by its reason. A forged callback whose data could
            # not be read is headed by its verdict: its failed signature first.
            title = error_title(entry.error_code, error_detail(entry)) if entry.verdict == "error" else verdict
            verdict = entry.error_code if title == entry.error_code else self.tr("{title} ({code})").format(
                title=title, code=entry.error_code)  # zh_CN's parentheses are full-width
        # "Deciding on" only while undecided: once decided, the box says so, and the form changes the decision.
        decided = self._current_decision is not None
        if self._nothing_to_decide(entry) is not None or (decided and entry.confidence is None):
            text = self.tr("Entry {id}: {verdict}").format(id=entry.id, verdict=verdict)
        elif decided:
            text = self.tr("Entry {id}: {verdict}, confidence {confidence:.2f}").format(
                id=entry.id, verdict=verdict, confidence=entry.confidence)
        elif entry.confidence is None:
            text = self.tr("Deciding on entry {id}: {verdict}").format(id=entry.id, verdict=verdict)
        else:
            text = self.tr("Deciding on entry {id}: {verdict}, confidence {confidence:.2f}").format(
                id=entry.id, verdict=verdict, confidence=entry.confidence)
        self.decision_summary.setText(text)
        set_text_colour(self.decision_summary, verdict_colour(entry), bold=True)
        self._show_current_decision()

    def _show_current_decision(self) -> None:
        """The current decision under the verdict, as the Verify page says it under its answer (with its date: an
        entry may have been decided days ago), and the button named for changing it; an undecided entry's form
        as before."""
        head = self._current_decision
        self.current_decision.setVisible(head is not None)
        if head is None:
            self.current_decision.clear()
            self.decide_button.setText(self.tr("Re&cord decision"))
            return
        self.current_decision.setText(self.tr("Decided: {summary}").format(
            summary=decision_summary(head, self.zone(), "%Y-%m-%d %H:%M:%S")))
        self.decide_button.setText(self.tr("&Change the decision"))

    def confirm_approval(self, entry: HistoryEntry) -> bool:
        """Ask before approving an entry whose verdict is not a pass (a native question; No is the default)."""
        verdict = verdict_text(entry.verdict) or self.tr("no verdict")
        today = self._today_verdict
        if today is not None and today != entry.verdict:
            verdict = (self.tr("{recorded} when answered, {today} as the console reads it now") if self._today_by_rule
                       else self.tr("{recorded} when answered, {today} at today's policy level")).format(
                recorded=verdict, today=verdict_text(today))
        answer = QMessageBox.question(
            self, self.tr("Approve against the verdict?"),
            self.tr("The console's verdict for entry {id} is: {verdict}.\n\nApprove it anyway? The decision, "
                    "its reason and your note go into the audit trail.").format(id=entry.id, verdict=verdict),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _offer_fitting_reasons(self) -> None:
        """The reasons that can justify the chosen decision (all of them before one is chosen); a reason already
        chosen stays if it still fits."""
        data = self.decision_choice.currentData()
        decision = DecisionKind(data) if data else None
        wanted = [r for r in self._reasons if decision is None or reason_fits(r, decision)]
        if [self.reason_choice.itemData(i) for i in range(self.reason_choice.count())] == wanted:
            return
        kept = self.reason_choice.currentData()
        self.reason_choice.clear()
        for reason in wanted:  # recorded as configured, shown in the window's words
            self.reason_choice.addItem(reason_text(reason), reason)
        self.reason_choice.setCurrentIndex(self.reason_choice.findData(kept) if kept is not None else -1)

    def _clear_decision_form(self) -> None:
        """No decision or reason chosen, no note: the form as each entry first shows it."""
        self.decision_choice.setCurrentIndex(-1)
        self.reason_choice.setCurrentIndex(-1)
        self.note_edit.clear()
        self._update_decide_button()

    def _choice_made(self) -> bool:
        return self.decision_choice.currentIndex() >= 0 and self.reason_choice.currentIndex() >= 0

    def _update_decide_button(self) -> None:
        self.decide_button.setEnabled(self._choice_made() and not self._recording
                                      and self._nothing_to_decide(self.current) is None)

    def record_decision(self) -> None:
        """Append the chosen decision to the open entry (it supersedes the current one)."""
        if self.current is None or not self.decide_button.isEnabled():
            return
        entry_id = self.current.id
        # What was chosen, read before any question: nothing that arrives while it is asked (a late list, another
        # entry) changes what is recorded, on the entry the question names.
        decision = DecisionKind(self.decision_choice.currentData())
        reason, note = str(self.reason_choice.currentData()), self.note_edit.text().strip()
        shown_current = self._shown_current  # the trail the reviewer decided by, not one read during a question
        focus = QApplication.focusWidget()
        if focus is not None and self.decision_group.isAncestorOf(focus):
            # The form goes off while it is recorded: the keyboard goes on to the list, where Down opens the next
            # entry (it was left nowhere, and Tab went to the page list).
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._recording = True  # the form is off from here: never changed under way, nor recorded twice
        self._update_decide_button()
        self._enable_decisions()
        # Judged at the policy level of now: it may have changed in Settings since the entry was shown.
        self._note_level_change(self.current, self._current_result, self._current_session)
        # Asked when the verdict recorded with the call, or the one at today's policy level, is not a pass.
        verdicts = {self.current.verdict, self._today_verdict or self.current.verdict}
        if decision is DecisionKind.APPROVE and not verdicts <= APPROVABLE_VERDICTS \
                and not self.confirm_approval(self.current):
            self._done_recording()
            # The form was off while asked, so the keyboard had left it: back where the choice is changed.
            self.decision_choice.setFocus(Qt.FocusReason.OtherFocusReason)
            self.status_message.emit(self.tr("Not approved: nothing was recorded."))
            return
        self._send_decision(entry_id, decision, reason, note, shown_current)

    def _send_decision(self, entry_id: EntryId, decision: DecisionKind, reason: str, note: str,
                       shown_current: int | None) -> None:
        """Record the decision, unless the entry's current decision is no longer ``shown_current`` (the one the
        reviewer was shown): then the reviewer is told whose decision came meanwhile and asked."""
        if self._purging or self._closed:  # started while a question was open: decisions wait for it
            self._done_recording()
            self.status_message.emit(self.tr("Nothing was recorded: a purge started meanwhile. Record it again once "
                                             "it is done."))
            return
        store = self.store

        def recorded(head: Decision) -> None:
            self._done_recording()
            if self.current is not None and self.current.id == entry_id:
                self._clear_decision_form()
                # Said in the box at once, not once the trail is read again: the form is for changing it now.
                self._shown_current, self._current_decision = head.id, head
                self._show_decision_summary(self.current)
            self.status_message.emit(self.tr("Decision recorded for entry {id}.").format(id=entry_id))
            self.decided.emit(entry_id, head)
            # The list's decision column and the trail, unless another entry was chosen meanwhile.
            self.model.refresh()
            self._reread_chosen()

        def failed(exc: Exception) -> None:
            if isinstance(exc, DecidedMeanwhile):
                self._reread_chosen()  # the trail with the other reviewer's decision in it, under the question
                # Asked from the event loop, not from inside the answer's delivery.
                QTimer.singleShot(0, self, lambda: self._decided_meanwhile(entry_id, decision, reason, note,
                                                                           exc.current))
                return
            self._done_recording()
            if isinstance(exc, DecisionError):  # purged meanwhile, or the reasons were changed by another reviewer
                self.status_message.emit(self.tr(
                    "The decision was not recorded: the entry or the reason chosen is no longer in the history "
                    "(purged, or the reasons were changed). The page is reloaded: check the entry and decide again."))
                self.refresh()
                return
            if not isinstance(exc, NOT_ANSWERING):
                raise exc
            self._database_unavailable(failure_reason(exc))  # the form keeps the choice, to record once it answers
            self.status_message.emit(self.tr(
                "The decision may not have been recorded: the history database did not answer. Your choice is "
                "kept: press {key} to see the trail, and record it again if it is not there.").format(
                key=self._refresh_key()))

        with self.database.action():
            self.database.run("decide", lambda: store.decide(entry_id, decision, reason, note,
                                                             shown_current=shown_current), recorded, failed)

    def _decided_meanwhile(self, entry_id: EntryId, decision: DecisionKind, reason: str, note: str,
                           current: Decision) -> None:
        """Another reviewer decided on the entry after it was shown: record over their decision only when asked to
        (checked again against theirs: a third decision meanwhile is asked about too)."""
        if self._closed:
            return
        if not self.confirm_over_decision(entry_id, decision, current):
            self._done_recording()
            if self.current is not None and self.current.id == entry_id:
                self.decision_choice.setFocus(Qt.FocusReason.OtherFocusReason)  # the choice kept, to change it
            self.status_message.emit(self.tr(
                "Nothing was recorded: {operator} decided entry {id} meanwhile (see the trail). Decide again if "
                "yours still stands.").format(operator=current.operator, id=entry_id))
            return
        self._send_decision(entry_id, decision, reason, note, current.id)

    def confirm_over_decision(self, entry_id: int, decision: DecisionKind, current: Decision) -> bool:
        """Ask before superseding a decision the reviewer was not shown (a native question dialog, No by default)."""
        note = mask_note(current.note, self.current) if self.current is not None and self.current.id == entry_id \
            else current.note
        theirs = decision_summary(current, self.zone(), "%Y-%m-%d %H:%M:%S")
        answer = QMessageBox.question(
            self, self.tr("Decided meanwhile"),
            self.tr("Another reviewer decided on entry {id} after it was shown to you:\n\n{theirs}{note}\n\nRecord "
                    "your decision ({yours}) anyway? It supersedes theirs; both stay in the trail.").format(
                id=entry_id, theirs=theirs, note=f"\n{note.strip()}" if note.strip() else "",
                yours=decision_text(decision.value)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _done_recording(self) -> None:
        self._recording = False
        self._enable_decisions()
        self._update_decide_button()

    # --- files ----------------------------------------------------------------------------------

    def save_report(self, path: Path) -> bool:
        """Write the open entry's PDF report on a worker thread; False when nothing was started."""
        if self.current is None:
            return False
        entry, level, history = self.current, self.policy_level, self.store.history
        profile, language, zone = self.profile_name(entry.profile), self.language, self.zone()
        # A call still awaited is said to be, as the list says it, not to have an unknown outcome.
        outcome = self.model.outcome_text(entry) if entry.status is EntryStatus.PENDING else None

        def write() -> None:
            again = history.resent_as(entry.id)
            VerificationReport(entry, history.images(entry.id), history.decision_trail(entry.id), level,
                               profile_name=profile, language=language, outcome=outcome, zone=zone,
                               resent_as=None if again is None else again.id).write_pdf(path)

        return self._run_in_background(
            write, self.tr("Saving the report to {path}…").format(path=str(path)),
            lambda _: self.tr("Report saved to {path}.").format(path=str(path)),
            lambda reason: self.tr("The report was not saved to {path}: {reason}. Choose another folder or file "
                                   "name.").format(path=str(path), reason=reason), bar=self.report_progress)

    def _ask_report_path(self) -> None:
        if self.current is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF report"),
                                              str(self.files_folder() / f"faceid-{self.current.id}.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if not name:
            return
        # A name typed without ".pdf" gets it (the report was written to a file no viewer would open by its name).
        path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        self._remember_folder(path)
        if self._may_replace(path, name, self.tr("Save PDF report")):
            self.save_report(path)

    def _may_replace(self, path: Path, typed: str, title: str) -> bool:
        """Whether to write ``path``: the save dialog asked about the name ``typed``, not about one with a suffix
        added; an existing file under that other name is replaced only when the reviewer says so (No by default)."""
        return path == Path(typed) or not path.exists() or QMessageBox.question(
            self, title, self.tr("{file} already exists.\nDo you want to replace it?").format(file=str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def export_to(self, path: Path, unmasked: bool = False) -> bool:
        """Export the filtered history (CSV or JSON by the file's suffix) on a worker thread; unmasked exports
        are audited, and untick "Export unmasked" once written. False when nothing was started."""
        fmt = export.ExportFormat.JSON if path.suffix.lower() == ".json" else export.ExportFormat.CSV
        engine, history_filter, operator = self.store.engine, self.model.history_filter, self.store.operator

        def exported(count: int) -> str:
            if unmasked:  # the next export is masked unless unmasking is chosen, and confirmed, again
                self.unmask_box.setChecked(False)
            # Two texts, not Qt's %n: English is the source, with no catalogue to give %n a singular.
            text = self.tr("{count} entry exported to {path}.") if count == 1 \
                else self.tr("{count} entries exported to {path}.")
            return text.format(count=count, path=str(path))

        return self._run_in_background(
            lambda: export.to_file(engine, history_filter, fmt, path, unmasked=unmasked, operator=operator),
            self.tr("Exporting to {path}…").format(path=str(path)), exported,
            lambda reason: self.tr("Nothing was exported to {path}: {reason}. Choose another folder or file name; "
                                   "a file already there is unchanged.").format(path=str(path), reason=reason),
            bar=self.export_progress)

    def _ask_export_path(self) -> None:
        formats = {self.tr("CSV (*.csv)"): export.ExportFormat.CSV, self.tr("JSON (*.json)"): export.ExportFormat.JSON}
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export history"),
                                                   str(self.files_folder() / "faceid-history.csv"), ";;".join(formats))
        if not name:
            return
        path = export_path(name, formats.get(chosen, export.ExportFormat.CSV))
        self._remember_folder(path)
        if not self._may_replace(path, name, self.tr("Export history")):
            return
        unmasked = self.unmask_box.isChecked()
        # No by default: Enter alone never writes full ID numbers to a file.
        if unmasked and QMessageBox.question(
                self, self.tr("Export full ID numbers?"),
                self.tr("The file will hold full ID numbers, names and uuids. This export is written to the "
                        "audit log with your name."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        self.export_to(path, unmasked)

    def files_folder(self) -> Path:
        """Where the report and export dialogs open: the folder last saved to, else Documents, else home; never the
        process's working folder (a bare file name would put the file there)."""
        remembered = str(self.state.value(FILES_FOLDER_KEY, "") or "") if self.state is not None \
            else self._files_folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        for folder in (remembered, documents):
            if folder and Path(folder).is_absolute() and Path(folder).is_dir():
                return Path(folder)
        return Path.home()

    def _remember_folder(self, chosen: Path) -> None:
        self._files_folder = str(chosen.parent)
        if self.state is not None:
            self.state.setValue(FILES_FOLDER_KEY, self._files_folder)

    # --- retention and cost ---------------------------------------------------------------------

    def apply_retention(self) -> bool:
        """Store the retention setting (audited) and purge what it no longer keeps, on a worker thread, once the
        reviewer has confirmed what it deletes; False when nothing was started (or not yet: the database is slow
        to say what it would delete)."""
        policy = self._retention_shown()
        try:
            policy.validate()
        except ValueError:
            problem = self.tr("Records cannot be purged before their photos: keep records at least as long as "
                              "photos, or for ever.")
            self._mark_retention(problem)
            self.record_days.setFocus(Qt.FocusReason.OtherFocusReason)  # where it is put right, as a form's problem
            self.status_message.emit(problem)
            return False
        store = self.store
        counted: list[PurgeReport] = []
        answered_now = True

        def count(doomed: PurgeReport) -> None:
            if answered_now:
                counted.append(doomed)  # asked below, once the count's delivery is over
            else:  # asked from the event loop, not from inside the answer's delivery
                QTimer.singleShot(0, self, lambda: self._confirm_and_purge(store, policy, doomed))

        def not_counted() -> None:
            self._counting = False
            self._retention_usable(True)

        # The boxes wait with it: what is purged is what they show. A database that does not answer is said by
        # the notice; nothing was changed.
        self._counting = True
        self._retention_usable(False)
        answered_now = self._database("purge-count", lambda: store.would_purge(policy), count, not_counted)
        return bool(counted) and self._confirm_and_purge(store, policy, counted[0])

    def _mark_retention(self, problem: str) -> None:
        """Say ``problem`` with the days shown under them, the records' box outlined and described by it, as a form
        marks a field ("": none)."""
        self.retention_problem.setText(problem)
        self.retention_problem.setVisible(bool(problem))
        set_outline(self.record_days, FAIL if problem else None)
        self.record_days.setAccessibleDescription(problem)

    def _retention_shown(self) -> RetentionPolicy:
        return RetentionPolicy(ImageRetention(self.image_mode.currentData()), self.image_days.value(),
                               self.record_days.value())

    def _confirm_and_purge(self, store: HistoryStore, policy: RetentionPolicy, doomed: PurgeReport) -> bool:
        """Ask before deleting for ever, then purge; False when nothing was started."""
        if self._closed:
            return False
        self._counting = False
        self._retention_usable(True)
        if self._retention_shown() != policy:  # counted for a setting no longer shown: never purged by it
            self.status_message.emit(self.tr(
                "Retention not changed: the setting shown changed while the purge was counted. Press Apply again."))
            return False
        if (doomed.records_purged or doomed.images_purged or doomed.images_reduced) \
                and not self.confirm_purge(doomed):
            self.status_message.emit(self.tr("Retention not changed: nothing was purged."))
            return False
        return self._purge(store, policy)

    def _purge(self, store: HistoryStore, policy: RetentionPolicy) -> bool:
        def apply() -> PurgeReport:
            return store.apply_retention(policy)  # the setting is stored with its purge, or not at all

        def applied(purged: PurgeReport) -> str:
            self._pictures = None  # photos purged are not kept in memory either
            self.refresh()
            return self.tr("Retention saved; {summary}.").format(summary=self._purge_summary(purged, policy.image_mode))

        def not_applied(reason: str) -> str:
            # The setting and its purge are one transaction: none of it, unless the answer to its commit was lost.
            return self.tr("Retention may not have been applied: {reason}. The setting and its purge are saved "
                           "together or not at all; apply it again when the history database answers.").format(
                reason=reason)

        def refused(reason: str) -> str:
            return self.tr("Retention not changed and nothing purged: the history database refused the purge "
                           "({reason}). Tell whoever looks after the history database; the setting in force is "
                           "unchanged.").format(reason=reason)

        def unfinished(stopped: PurgeUnfinished) -> str:
            self._pictures = None
            self.refresh()
            return self.tr("Retention saved; {summary}, but {left} are still kept whole: the history database did not "
                           "answer or refused their reduction ({reason}). Press Apply again to reduce them, or the "
                           "next automatic purge will.").format(**self._unfinished_words(stopped, policy.image_mode))

        # Before it starts: its start disables Apply, and the keyboard waits beside it. One already running stays.
        running, self._purging = self._purging, True
        started = self._run_in_background(apply, self.tr("Saving retention and purging…"), applied, not_applied,
                                          bar=self.retention_progress, database_failed=not_applied,
                                          database_refused=refused, purge_unfinished=unfinished)
        self._purging = started or running
        if started:
            self.decision_group.setEnabled(False)  # decisions wait for the purge, never behind its write lock
        return started

    def _purge_summary(self, purged: PurgeReport, mode: ImageRetention) -> str:
        """What a purge did: "0 photos and 1 record purged", and the photos it reduced to the form kept."""
        images, records = self._photos(purged.images_purged), self._records(purged.records_purged)
        if not purged.images_reduced:
            return self.tr("{images} and {records} purged").format(images=images, records=records)
        reduced = self._photos(purged.images_reduced)
        if mode is ImageRetention.THUMBNAIL:
            return self.tr("{images} and {records} purged; {reduced} reduced to thumbnails").format(
                images=images, records=records, reduced=reduced)
        return self.tr("{images} and {records} purged; {reduced} reduced to fingerprints (SHA-256)").format(
            images=images, records=records, reduced=reduced)

    def _unfinished_words(self, stopped: PurgeUnfinished, mode: ImageRetention) -> dict[str, str]:
        """What a purge that stopped part way did, the photos it left whole, and why it stopped (the database
        notice says it too when the database did not answer)."""
        reason = failure_reason(stopped.__cause__ or stopped)
        log.warning("a retention purge stopped part way: %s", reason)
        if isinstance(stopped.__cause__, NOT_ANSWERING):
            self._database_unavailable(reason)
        return {"summary": self._purge_summary(stopped.done, mode), "left": self._photos(stopped.left),
                "reason": reason}

    def keep_retention(self) -> None:
        """Purge by the retention setting in force now, off the GUI thread, and again once a day while the window
        runs: a setting applies whether or not anyone presses Apply."""
        self.retention_timer.start()
        self.purge_by_retention()

    def purge_by_retention(self) -> None:
        """The console's own purge by the setting in force (audited as automatic); said only when it purged
        something, or failed."""
        if self._closed or self._purging or self._purging_automatically:
            return  # a reviewer's purge is running (it applies the setting it stores), or this one still is
        self._purging_automatically = True
        store = self.store
        future = self._executor.submit(lambda: (store.purge(automatic=True), store.retention.image_mode))
        future.add_done_callback(partial(hand_over, self._purge_number))  # the page is not held by the purge

    def _retention_purged(self, future: Future[tuple[PurgeReport, ImageRetention]]) -> None:
        self._purging_automatically = False
        if self._closed or future.cancelled():
            return
        try:
            purged, mode = future.result()
        except PurgeUnfinished as stopped:  # part of it written: said as far as it got
            self._pictures = None
            self.refresh()
            self.status_message.emit(self._file_outcome(self.tr(
                "Retention applied automatically (the setting in force): {summary}, but {left} are still kept whole: "
                "the history database did not answer or refused their reduction ({reason}). They are reduced at the "
                "next automatic purge, in a day, or press Apply to purge now.").format(
                **self._unfinished_words(stopped, ImageRetention.THUMBNAIL)), failed=True))
            return
        except SQLAlchemyError as exc:  # not answering, or refused: said, never a crash; tried again in a day
            reason = failure_reason(exc)
            log.warning("the automatic retention purge failed: %s: %s", type(exc).__name__, reason)
            self.status_message.emit(self._file_outcome(self.tr(
                "The automatic retention purge did not run: the history database did not answer or refused it "
                "({reason}). Nothing was purged; it is tried again in a day, or press Apply to purge now.").format(
                reason=reason), failed=True))
            return
        if not (purged.images_purged or purged.records_purged or purged.images_reduced):
            return
        self._pictures = None  # photos purged are not kept in memory either
        self.refresh()
        self.status_message.emit(self._file_outcome(self.tr(
            "Retention applied automatically (the setting in force): {summary}.").format(
            summary=self._purge_summary(purged, mode)), failed=False))

    def _photos(self, count: int) -> str:
        """"1 photo", "3 photos": English has no translator installed to pick a plural form."""
        return self.tr("1 photo") if count == 1 else self.tr("{count} photos").format(count=count)

    def _records(self, count: int) -> str:
        return self.tr("1 record") if count == 1 else self.tr("{count} records").format(count=count)

    def confirm_purge(self, doomed: PurgeReport) -> bool:
        """Ask before a retention purge deletes for ever, saying all it deletes (the photos it reduces to the form
        the setting shown keeps too); a native question dialog, No by default."""
        mode = self._retention_shown().image_mode  # the setting counted: a change since is never purged by
        words = {"records": self._records(doomed.records_purged), "images": self._photos(doomed.images_purged),
                 "reduced": self._photos(doomed.images_reduced)}
        if not doomed.images_reduced:
            text = self.tr("Applying this retention deletes {records}, with their decisions, and {images}, for ever. "
                           "Exports made before keep their copies.\n\nPurge now?")
        elif mode is ImageRetention.THUMBNAIL:
            text = self.tr("Applying this retention deletes {records}, with their decisions, and {images}, for ever, "
                           "and keeps only a thumbnail of {reduced} kept whole until now (the full photos are "
                           "deleted for ever). Exports made before keep their copies.\n\nPurge now?")
        else:
            text = self.tr("Applying this retention deletes {records}, with their decisions, and {images}, for ever, "
                           "and keeps only the fingerprint (SHA-256) of {reduced} kept until now (the photos and "
                           "thumbnails are deleted for ever). Exports made before keep their copies.\n\nPurge now?")
        answer = QMessageBox.question(
            self, self.tr("Purge the history?"), text.format(**words),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _run_in_background(self, work: Callable[[], T], started: str, done: Callable[[T], str],
                           failed: Callable[[str], str], *, bar: FocusProgressBar,
                           database_failed: Callable[[str], str] | None = None,
                           database_refused: Callable[[str], str] | None = None,
                           purge_unfinished: Callable[[PurgeUnfinished], str] | None = None) -> bool:
        """Run ``work`` (a file or a purge) on a worker thread, ``bar`` in its button's place meanwhile; its
        outcome, or why it failed (``failed`` for a file that cannot be written, ``database_failed`` for a database
        that stopped answering, ``database_refused`` for one that refused the work, ``purge_unfinished`` for a purge
        that stopped part way), goes to the status line and beside Export. False when another is running."""
        if self._closed:
            return False
        if not self.files.busy:  # the one running keeps its bar
            self._files_bar = bar

        async def run() -> str:
            try:
                outcome = await in_thread(self._executor, work)
            except PurgeUnfinished as stopped:  # part of it written: said as far as it got
                if purge_unfinished is None:
                    raise
                return self._file_outcome(purge_unfinished(stopped), failed=True)
            except OSError as exc:  # an unwritable place, a full disk
                return self._file_outcome(failed(system_reason_text(failure_reason(exc))), failed=True)
            except NOT_ANSWERING as exc:  # the database went away under it
                reason = failure_reason(exc)
                self._database_unavailable(reason)
                return self._file_outcome(database_failed(reason) if database_failed is not None else self.tr(
                    "Nothing was written: the history database did not answer ({reason}). Try again once it "
                    "answers.").format(reason=reason), failed=True)
            except SQLAlchemyError as exc:  # refused (a constraint, a permission): said, never a crash or a stuck line
                reason = failure_reason(exc)
                log.warning("the history database refused background work: %s: %s", type(exc).__name__, reason)
                return self._file_outcome(database_refused(reason) if database_refused is not None else self.tr(
                    "Nothing was written: the history database refused it ({reason}). Try again; if it is refused "
                    "again, tell whoever looks after the history database.").format(reason=reason), failed=True)
            return self._file_outcome(done(outcome), failed=False)

        if not self.files.start(run(), self.status_message.emit, lambda err: self.status_message.emit(err.message)):
            self.status_message.emit(self.tr("A report, an export or a purge is still running; try again when it "
                                             "is done."))
            return False
        self.status_message.emit(started)
        self._file_outcome(started, failed=False)
        return True

    def _file_outcome(self, text: str, *, failed: bool) -> str:
        """The last report, export or purge, beside Export: still there after the status line has moved on."""
        self.files_outcome.setText(text)
        set_text_colour(self.files_outcome, FAIL if failed else None)
        self.files_outcome.setVisible(True)
        return text

    @property
    def recording_decision(self) -> bool:
        """A decision was asked for and the history database has not confirmed it yet."""
        return self._recording

    def shutdown(self) -> None:
        """No new work; a file already being written is finished before the process ends, one still waiting
        is dropped."""
        self.save_state()
        self._closed = True
        self.retention_timer.stop()
        self._stop_listening()
        self._cancel_decoding()
        self.database.shutdown()
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _files_busy(self, busy: bool) -> None:
        purged = not busy and self._purging
        if purged:
            self._purging = False  # before the retention boxes are on again: their busy bar goes
        bar = self._files_bar
        placed = ((self.export_button, self.export_progress), (self.report_button, self.report_progress))
        # Export…, Save PDF report… or Apply, pressed from the keyboard and off while the file is written: the keyboard
        # waits on the busy bar in its button's place, on the page (Qt passed it on to the page list), and is back on
        # the button once that is on again.
        leaving = [self.export_button, self.report_button, self.retention_button]

        def park() -> None:  # once the bar is shown, before the button is off
            if bar is not None:
                self._files_parked = park_keyboard(leaving, bar) or self._files_parked

        def give_back() -> None:  # once the button is on, before the bar goes
            if bar is not None:
                self._files_parked = give_keyboard_back(self._files_parked, bar)

        if busy:
            for button, shown in placed:
                if shown is bar:  # as large as the button, as laid out: the row around it keeps its place
                    shown.setFixedHeight(button.sizeHint().height())
                    if button is self.export_button:  # the report's fills the pane's width, as its button does
                        shown.setFixedWidth(button.sizeHint().width())
                    shown.setVisible(True)
            park()  # onto the report's or the export's bar
            self._retention_usable(False)  # a purge's bar is Apply's: shown here
            park()  # onto Apply's, while a purge is made
        for button, shown in placed:
            button.setEnabled(not busy and (button is not self.report_button or self.current is not None))
            button.setVisible(not (busy and shown is bar))
        if not busy:
            give_back()  # Export… or Save PDF report…, from either bar
            self._retention_usable(True)  # Apply's bar goes
            give_back()  # Apply, on again only now
            for _button, shown in placed:
                shown.setVisible(False)
            self._files_bar = None
        if purged:
            self._enable_decisions()

    def refresh_billed(self) -> None:
        """Billed calls per day and profile over the last week (what the FaceID account will be charged); when
        the database does not answer, the line shown before stays and the notice says why."""
        today = self.today()
        days = self.zone().days_ending(today, BILLED_DAYS)  # each from its own midnight there, in UTC
        history = self.store.history
        self._database("billed", lambda: list(history.billed_per_shown_day(days)),
                       lambda counts: self._show_billed(today, counts))

    def show_billed_days(self) -> None:
        """The week's billed calls per day and profile, in a window of their own beside the page."""
        dialog = self.billed_dialog
        self._fill_billed_table()
        dialog.adjustSize()  # to the table of now (a profile more since it was last open)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @property
    def billed_dialog(self) -> QDialog:
        """The window of the week's billed calls per day and profile."""
        return self._billed_window()[0]

    @property
    def billed_table(self) -> QTableWidget:
        """The week's billed calls: a row a day (newest first) and a column a profile, each with its total."""
        return self._billed_window()[1]

    def _billed_window(self) -> tuple[QDialog, QTableWidget]:
        if self._billed_dialog is None:
            dialog = QDialog(self)
            column = QVBoxLayout(dialog)
            table = QTableWidget(dialog)
            table.setObjectName("billedTable")
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setTabKeyNavigation(False)  # arrows move between the days; Tab goes on to Close, as in the list
            column.addWidget(table)
            close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
            close.rejected.connect(dialog.reject)
            column.addWidget(close)
            self._billed_dialog = (dialog, table)
            self._word_billed()
            self._fill_billed_table()
        return self._billed_dialog

    def _show_billed(self, today: datetime.date, counts: list[tuple[str, str, int]]) -> None:
        per_profile: dict[str, int] = {}
        for _day, profile, count in counts:
            per_profile[profile] = per_profile.get(profile, 0) + count
        profiles = sorted(per_profile, key=lambda p: -per_profile[p])  # the most billed first: kept when cut short
        days = sorted({str(today - datetime.timedelta(days=back)) for back in range(BILLED_DAYS)}
                      | {day for day, _profile, _count in counts}, reverse=True)
        self._billed_days = (days, profiles, {(day, profile): count for day, profile, count in counts})
        if self._billed_dialog is not None:
            self._fill_billed_table()
            if self._billed_dialog[0].isVisible():
                self._billed_dialog[0].adjustSize()  # to a profile more, or one less
        if not counts:
            self.billed_label.setText(self.tr("No billed calls in the last {days} days.").format(days=BILLED_DAYS))
            return
        totals = self.tr("; ").join(self.tr("{profile}: {count}").format(profile=self.profile_name(profile),
                                                               count=per_profile[profile]) for profile in profiles)
        self.billed_label.setText(self.tr("Billed: {total} in the last {days} {zone} days ({profiles})").format(
            days=BILLED_DAYS, zone=self.zone().label(), total=sum(per_profile.values()), profiles=totals))

    def _fill_billed_table(self) -> None:
        """A row a day (newest first) and a column a profile, each with its total."""
        days, profiles, counts = self._billed_days
        table = self.billed_table
        table.clear()
        table.setRowCount(len(days) + 1)
        table.setColumnCount(len(profiles) + 1)
        total = self.tr("Total")
        table.setVerticalHeaderLabels([*days, total])
        table.setHorizontalHeaderLabels([*(self.profile_name(p) for p in profiles), total])
        for row, day in enumerate([*days, None]):
            for column, profile in enumerate([*profiles, None]):
                count = sum(n for (d, p), n in counts.items() if day in (None, d) and profile in (None, p))
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.ensurePolished()  # measured in the font and style it is shown in
        table.resizeColumnsToContents()
        # As large as its week and profiles, no scroll bar and no empty strip under Total (Qt's own fit to contents
        # counted scroll bars the table did not show), within the screen.
        frame = 2 * table.frameWidth()
        room = table.screen().availableGeometry().size() * 0.8
        table.setFixedSize(min(table.verticalHeader().sizeHint().width() + table.horizontalHeader().length() + frame,
                               room.width()),
                           min(table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() + frame,
                               room.height()))


def _verdict_today(entry: HistoryEntry, result: VerifyResult | None, session: LivenessSessionResult | None,
                   policy_level: str) -> str | None:
    """The verdict today's rules give the entry's answer at ``policy_level``: a session's (``session_verdict``) for a
    session whose recorded verdict is one of a session's, a verify's comparison (``recorded_verdict``); None for an
    entry no rule judges again (an error, a token, a callback whose signature did not vouch for it)."""
    if session is not None:
        return session_verdict(session, policy_level)[0] if entry.verdict in SESSION_VERDICTS else None
    if entry.kind is CallKind.VERIFY and result is not None:
        return recorded_verdict(result, policy_level)
    return None
