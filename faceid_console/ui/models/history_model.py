"""A lazy table model over the history: fetches one screenful at a time (``canFetchMore``/``fetchMore``).

Queries hit an index each time (``benchmarks/history.py``: a first screenful of a million entries in a
few milliseconds). They run through ``run`` (the page's ``DatabaseWork``: on a worker thread, answered at
once when the database is healthy, later when it is slow). A database that stops answering keeps the rows
already loaded and says so (``unavailable``); it is asked again on ``refresh``. Identifiers are masked
here: the list never shows a full ID number.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ...api.identity import mask_idcard_number, mask_name, mask_uuid
from ...display_time import DisplayZone
from ...store import (
    NOT_ANSWERING,
    CallKind,
    CallsInFlight,
    DecisionKind,
    EntryId,
    HistoryEntry,
    HistoryFilter,
    HistoryReader,
    PendingCall,
    SortColumn,
    failure_reason,
)
from ...store.history import refused_for_the_applicant
from ...verdict import VERDICT_ORDER
from ..colours import NEUTRAL, VERDICT_COLOURS, readable_in_lists
from ..database_work import run_now
from ..texts import (
    authorization_list_titles,
    decision_text,
    error_list_title,
    error_title,
    error_titles,
    verdict_text,
)

PAGE_ROWS: Final = 100
TIME_FORMAT: Final = "%Y-%m-%d %H:%M:%S"
ENTRY_ROLE: Final = Qt.ItemDataRole.UserRole + 1

# Column order, what a reviewer reads first leftmost (the list shares the page with the entry's detail, and
# has less than 300 px of it in an 800-pixel window): when, what came back, what was decided, then who and what
# was asked; None marks a column that cannot be sorted (masked identifiers).
COLUMNS: Final[tuple[tuple[str, SortColumn | None], ...]] = (
    ("time", SortColumn.CREATED_AT),
    ("verdict", SortColumn.VERDICT),
    ("decision", SortColumn.DECISION),
    ("name", SortColumn.IDCARD_NAME),
    ("kind", SortColumn.KIND),
    ("confidence", SortColumn.CONFIDENCE),
    ("outcome", SortColumn.STATUS),
    ("idcard_number", None),
    ("error_code", SortColumn.ERROR_CODE),
    ("profile", SortColumn.PROFILE),
)
#: The columns' names, in their order (the window's state keeps widths and sort by name).
COLUMN_NAMES: Final = tuple(name for name, _ in COLUMNS)

#: The verdicts an entry records, in the order the Verdict filter offers them (and the column sorts them by).
VERDICTS: Final = VERDICT_ORDER

_Index = QModelIndex | QPersistentModelIndex
#: ``DatabaseWork.run``'s shape: (purpose, work, done, failed) -> answered already.
Run = Callable[[str, Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], bool]


def call_kind_text(kind: str) -> str:
    """A call's kind (``verify``, ``get_result``…) as History's Call column says it (the PDF report too)."""
    return {"verify": QCoreApplication.translate("HistoryModel", "Verify"),
            "get_result": QCoreApplication.translate("HistoryModel", "Liveness result"),
            "get_biz_token": QCoreApplication.translate("HistoryModel", "SDK biz token"),
            "get_token": QCoreApplication.translate("HistoryModel", "Web liveness token"),
            "callback_check": QCoreApplication.translate("HistoryModel", "Callback check")}.get(kind, kind)


def verdict_colour(entry: HistoryEntry) -> QColor | None:
    """The colour History gives ``entry``'s verdict: as the result pages colour it, except an error that says nothing
    about the applicant (a wrong secret, a failed connection), which is grey: in red beside "Not the same person" it
    read as one more applicant refused. A forged callback is red by its verdict, "Signature invalid", even when its
    data could not be read."""
    if entry.verdict == "error" and not refused_for_the_applicant(entry):
        return NEUTRAL
    return VERDICT_COLOURS.get(entry.verdict or "")


def error_detail(entry: HistoryEntry) -> str:
    """The detail of a failed entry's error as recorded (a parameter, an AUTHORIZATION_ERROR's reason); "" if none."""
    detail = (entry.error or {}).get("detail")
    return detail if isinstance(detail, str) else ""


class HistoryModel(QAbstractTableModel):
    """Entries matching a filter, in the chosen order, loaded a screenful at a time."""

    #: The database did not answer a read (why, in the driver's words); the rows loaded before stay.
    unavailable = Signal(str)

    def __init__(self, reader: HistoryReader, parent: QObject | None = None, page_rows: int = PAGE_ROWS,
                 profile_name: Callable[[str], str] = str, run: Run = run_now, *,
                 in_flight: CallsInFlight | None = None, zone: Callable[[], DisplayZone] = DisplayZone) -> None:
        super().__init__(parent)
        self._reader = reader
        #: The zone times are shown in, as set now (the reviewer may change it while the list is on show).
        self.zone = zone
        #: The calls this window sent: their pending entries are awaited, not of unknown outcome.
        self._in_flight = CallsInFlight() if in_flight is None else in_flight
        self._run = run
        self._profile_name = profile_name  # a stored profile name as the window names it
        self._page_rows = page_rows
        self._filter = HistoryFilter()
        self._sort = SortColumn.CREATED_AT
        self._descending = True
        self._entries: list[HistoryEntry] = []
        #: Of the entries listed, those sent again: the entry that did (read with each screenful).
        self._resent: dict[EntryId, EntryId] = {}
        self._exhausted = False
        #: A first screenful is on its way: no more rows of the list shown are asked for meanwhile.
        self.loading = False
        #: Why the last read failed, until one succeeds (a page built while the database is down reads it).
        self.failure: str | None = None
        #: What was asked for once a first screenful is listed, by reads superseded before they were answered too.
        self._then: list[Callable[[bool], None]] = []
        self.refresh()

    # --- what is shown --------------------------------------------------------------------------

    def set_filter(self, history_filter: HistoryFilter, then: Callable[[bool], None] | None = None) -> None:
        self._filter = history_filter
        self.refresh(then)

    @property
    def history_filter(self) -> HistoryFilter:
        return self._filter

    def refresh(self, then: Callable[[bool], None] | None = None) -> None:
        """Load the first screenful again in place of the rows loaded; a database that does not answer leaves
        them as they were. ``then`` is told whether the new rows are shown, once they are (or are not)."""
        self.loading = True
        if then is not None:
            self._then.append(then)

        def told(shown: bool) -> None:
            thens, self._then = self._then, []
            for each in thens:
                each(shown)

        def loaded(read: tuple[list[HistoryEntry], dict[EntryId, EntryId]]) -> None:
            first, resent = read
            self.loading = False
            self.failure = None
            self.beginResetModel()
            self._entries = first
            self._resent = dict(resent)
            self._exhausted = len(first) < self._page_rows
            self.endResetModel()
            told(True)

        def not_loaded(exc: Exception) -> None:
            self.loading = False
            # The rows shown are the old list's: none of a new filter or order is appended to them on scroll.
            self._exhausted = True
            try:
                self._failed(exc)
            finally:
                told(False)

        self._run("list", self._reading(0), loaded, not_loaded)

    def _reading(self, offset: int) -> Callable[[], tuple[list[HistoryEntry], dict[EntryId, EntryId]]]:
        """The read of a screenful from ``offset`` with the filter and order of now, and the entries that resent
        any of it (one query for the screenful), run on the worker."""
        history_filter, sort, descending, rows = self._filter, self._sort, self._descending, self._page_rows
        reader = self._reader

        def read() -> tuple[list[HistoryEntry], dict[EntryId, EntryId]]:
            entries = list(reader.page(history_filter, offset, rows, sort, descending))
            return entries, reader.resends([e.id for e in entries])
        return read

    def _failed(self, exc: Exception) -> None:
        """A read failed: a database that does not answer is said (``unavailable``); anything else is a bug."""
        if not isinstance(exc, NOT_ANSWERING):
            raise exc
        self.failure = failure_reason(exc)
        self.unavailable.emit(self.failure)

    def reread(self, entry_id: int) -> None:
        """Read entry ``entry_id`` again into its row (its call has ended). Read even when it is not listed yet: a
        list asked for earlier, and read before the call ended, comes first and then has its row updated."""
        reader = self._reader

        def loaded(read: tuple[HistoryEntry | None, dict[EntryId, EntryId]]) -> None:
            entry, resent = read
            row = self.row_of(entry_id)
            if entry is None or row < 0:
                return  # purged meanwhile, or not in the list as filtered
            self._entries[row] = entry
            self._note_resent(entry_id, resent.get(EntryId(entry_id)))
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

        def read() -> tuple[HistoryEntry | None, dict[EntryId, EntryId]]:
            return reader.entry(EntryId(entry_id)), reader.resends([EntryId(entry_id)])

        self._run(f"row {entry_id}", read, loaded, self._failed)

    def _note_resent(self, entry_id: int, again: EntryId | None) -> None:
        if again is None:
            self._resent.pop(EntryId(entry_id), None)
        else:
            self._resent[EntryId(entry_id)] = again

    def resent_as(self, entry: HistoryEntry) -> EntryId | None:
        """The entry listed that sent ``entry`` again, as last read with the list; None if none did."""
        return self._resent.get(entry.id)

    def entry_resent(self, entry_id: int, again: EntryId | None) -> None:
        """Entry ``entry_id`` was read again with the entry that resent it (its detail, opened): its row says so."""
        row = self.row_of(entry_id)
        if row < 0 or self._resent.get(EntryId(entry_id)) == again:
            return
        self._note_resent(entry_id, again)
        column = COLUMN_NAMES.index("outcome")
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def entry(self, row: int) -> HistoryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def awaited(self, entry: HistoryEntry) -> PendingCall | None:
        """Whether ``entry``'s answer is still awaited, by this window or by another console; None when it is in, or
        never will be (its outcome is unknown)."""
        return self._in_flight.awaited(entry)

    def outcome_unknown(self, entry: HistoryEntry) -> bool:
        """No answer was recorded for ``entry``'s call, and none is awaited any more."""
        return self._in_flight.outcome_unknown(entry)

    def row_of(self, entry_id: int) -> int:
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), -1)

    # --- lazy loading ---------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and not self.loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if not self.canFetchMore(parent):
            return
        self.loading = True

        def loaded(read: tuple[list[HistoryEntry], dict[EntryId, EntryId]]) -> None:
            more, resent = read  # never after a newer read of the list: it supersedes this
            self.failure = None
            self._resent.update(resent)
            self._exhausted = len(more) < self._page_rows
            if more:
                first = len(self._entries)
                self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
                self._entries.extend(more)
                self.loading = False  # the rows are in: one asked for from here reads after them
                self.endInsertRows()
            self.loading = False

        def not_loaded(exc: Exception) -> None:
            self.loading = False
            self._exhausted = True  # not asked again on every scroll: refresh() asks again
            self._failed(exc)

        self._run("list", self._reading(len(self._entries)), loaded, not_loaded)

    # --- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        titles = {"time": self.tr("Time ({zone})").format(zone=self.zone().label()), "kind": self.tr("Call"),
                  "outcome": self.tr("Outcome"),
                  "verdict": self.tr("Verdict"), "confidence": self.tr("Confidence"), "decision": self.tr("Decision"),
                  "name": self.tr("Applicant"), "idcard_number": self.tr("ID number"), "error_code": self.tr("Error"),
                  "profile": self.tr("Profile")}
        return [titles[name] for name, _ in COLUMNS]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries) or index.column() >= len(COLUMNS):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, COLUMNS[index.column()][0])
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.ForegroundRole and column == "verdict":
            colour = verdict_colour(entry)
            return None if colour is None else readable_in_lists(colour)
        # Under a suspected attack the comparison's score is kept but greyed, as the result pages show it.
        overruled = column == "confidence" and entry.confidence is not None and entry.verdict == "attack_suspected"
        if role == Qt.ItemDataRole.ForegroundRole and overruled:
            return readable_in_lists(NEUTRAL)
        if role == Qt.ItemDataRole.ToolTipRole and overruled:
            return self.tr("Face comparison only: the liveness check suspects an attack, so this score does not "
                           "show that the applicant is genuine.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "confidence":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and (awaited := self.awaited(entry)) is not None:
            if awaited is PendingCall.AWAITED_HERE:
                return self.tr("Sent from this window, which is waiting for FaceID's answer: the entry shows it as "
                               "soon as it is recorded. Do not send it again meanwhile.")
            return self.tr("Sent from another console, which has not recorded an answer yet and may still be waiting "
                           "for it. Do not send it again meanwhile; reload the history later to see its answer.")
        if role == Qt.ItemDataRole.ToolTipRole and self.outcome_unknown(entry) \
                and (again := self.resent_as(entry)) is not None:  # not "not sent again unless you choose to"
            return self.tr("No answer from FaceID was recorded for this call; it was sent again as entry {entry}, "
                           "whose answer is the one to decide on.").format(entry=again)
        if role == Qt.ItemDataRole.ToolTipRole and self.outcome_unknown(entry) and entry.kind is CallKind.GET_RESULT:
            # Fetching a result is not billed: what may be lost is the result, given to the first fetch only.
            if entry.error_code:
                return self.tr("No answer from FaceID was recorded ({error}). FaceID may have answered this look-up "
                               "and given it the result, which it gives only once; it is not sent again unless you "
                               "choose to.").format(error=error_title(entry.error_code))
            return self.tr("The console ended before an answer was recorded. FaceID may have answered this look-up "
                           "and given it the result, which it gives only once; it is not sent again unless you "
                           "choose to.")
        if role == Qt.ItemDataRole.ToolTipRole and self.outcome_unknown(entry):
            if entry.error_code:  # it ended with an error that left the outcome unknown: a time-out, a gateway's 502
                return self.tr("No answer from FaceID was recorded ({error}). The call may have been processed and "
                               "billed; it is not sent again unless you choose to.").format(
                    error=error_title(entry.error_code))
            return self.tr("The console ended before an answer was recorded. The call may have been processed "
                           "and billed; it is not sent again unless you choose to.")
        if role == Qt.ItemDataRole.ToolTipRole and column == "verdict" and entry.verdict == "error" \
                and entry.error_code and (error_list_title(entry.error_code, error_detail(entry))
                                          != error_title(entry.error_code, error_detail(entry))):
            return error_title(entry.error_code, error_detail(entry))  # the list's shorter words in full
        if role == Qt.ItemDataRole.ToolTipRole and column == "kind" \
                and (whole := self.kind_text(entry.kind.value)) != self.kind_list_text(entry.kind.value):
            return whole
        return None

    def sorted_by(self) -> tuple[int, Qt.SortOrder]:
        """The column the list is sorted by, and which way (for the header's arrow)."""
        column = next(i for i, (_, sort) in enumerate(COLUMNS) if sort is self._sort)
        return column, Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        chosen = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if chosen is None or (chosen, descending) == (self._sort, self._descending):
            return  # the view asks for the order it already has once it is set up: not read twice
        self._sort = chosen
        self._descending = descending
        self.refresh()

    # --- texts ----------------------------------------------------------------------------------

    def typical_texts(self, column: str) -> list[str]:
        """What ``column`` shows in the ordinary run of entries: the list's columns are as wide as these once, not
        as the rows listed (a list reloaded by a decision or a search never moves them); longer is cut short."""
        if column == "time":  # with its own offset, as a time in another (summer) offset than now's is shown
            sample = datetime.datetime(2000, 12, 28, 20, 58, 58).strftime(TIME_FORMAT)
            zone = self.zone()
            return [f"{sample} {zone.label()}" if zone.varies(datetime.date.today().year) else sample]
        if column == "verdict":  # an error's words too: a translation's longer than every verdict is not cut
            return [*(verdict_text(v) for v in VERDICTS), *(error_list_title(code) for code in error_titles()),
                    *authorization_list_titles().values()]
        if column == "decision":
            return [decision_text(d.value) for d in DecisionKind]
        if column == "kind":
            return [self.kind_list_text(k.value) for k in CallKind]
        if column == "outcome":
            return [self.tr("Answered"), self.tr("Error")]
        if column == "confidence":
            return ["100.00"]
        if column == "idcard_number":
            return [mask_idcard_number("11010519491231002X")]
        return [mask_name("Zhang Sanfeng")]  # a name, an error code, a profile: as long as a common name


    def outcome_text(self, entry: HistoryEntry) -> str:
        awaited = self.awaited(entry)
        if awaited is PendingCall.AWAITED_HERE:
            return self.tr("Sent, waiting for the answer")
        if awaited is PendingCall.AWAITED_ELSEWHERE:
            return self.tr("Sent, no answer recorded yet")
        if entry.outcome_unknown and (again := self.resent_as(entry)) is not None:
            return self.tr("Outcome unknown, resent as entry {entry}").format(entry=again)
        if entry.outcome_unknown:
            return self.tr("Outcome unknown, not resent")
        return {"complete": self.tr("Answered"), "error": self.tr("Error")}.get(entry.status.value, entry.status.value)

    def time_text(self, stored: datetime.datetime) -> str:
        """A stored (naive UTC) time in the zone shown, as the Time column lists it: the column's title names the
        zone's offset of now; a time at another offset (the other side of a summer-time change) names its own."""
        zone = self.zone()
        label = zone.label(stored)
        text = zone.text(stored, TIME_FORMAT)
        return text if label == zone.label() else f"{text} {label}"

    def zone_changed(self) -> None:
        """The zone times are shown in was changed: the Time column's title and times anew."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._entries:
            column = COLUMN_NAMES.index("time")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._entries) - 1, column),
                                  [Qt.ItemDataRole.DisplayRole])

    def kind_text(self, kind: str) -> str:
        return call_kind_text(kind)

    def kind_list_text(self, kind: str) -> str:
        """A call's kind as the Call column lists it: get_token as "Web token" (FaceID's name for what it issues),
        so the column is as wide as "Liveness result", not "Web liveness token"; in full in the cell's tooltip, the
        filter, the entry and the report."""
        return self.tr("Web token") if kind == CallKind.GET_TOKEN.value else self.kind_text(kind)

    def _text(self, entry: HistoryEntry, column: str) -> str:
        if column == "time":
            return self.time_text(entry.created_at)
        if column == "kind":
            return self.kind_list_text(entry.kind.value)
        if column == "outcome":
            return self.outcome_text(entry)
        if column == "profile":
            return self._profile_name(entry.profile)
        if column == "name":
            return mask_name(entry.idcard_name) if entry.idcard_name else (mask_uuid(entry.uuid) if entry.uuid else "")
        if column == "idcard_number":
            return mask_idcard_number(entry.idcard_number) if entry.idcard_number else ""
        if column == "verdict":  # an error in a few words says more than "Error" twice in a row; its code is in Error
            if entry.verdict == "error" and entry.error_code:
                return error_list_title(entry.error_code, error_detail(entry))
            return verdict_text(entry.verdict)
        if column == "confidence":
            return "" if entry.confidence is None else f"{entry.confidence:.2f}"
        if column == "error_code":
            return entry.error_code or ""
        return decision_text(entry.current_decision)
