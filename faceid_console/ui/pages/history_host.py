"""Holds the History page's place in the window until the history database is open.

The store (SQLAlchemy, a migration check, perhaps a PostgreSQL server) opens on a worker thread the
first time the page is shown, so nothing slow happens before the window's first paint or on the GUI
thread. Importing this module loads no database code.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...settings import Settings
from ..courier import hand_over, listen
from ..focus import focus_first_field

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QTableView

    from .history_page import HistoryPage

#: The entries the list shows at the least: at the window's least size it showed one.
LEAST_ROWS: Final = 5
#: The rows of controls around the list at the page's narrowest, none taller than its tallest control: the search,
#: the filters and the dates above it; the billed calls and the retention's two halves under it.
CONTROL_ROWS: Final = 6
#: The filters side by side under the search, each at least this many characters wide: the page's widest row.
FILTERS: Final = 4
FILTER_CHARS: Final = 10


def least_list_height(table: QTableView) -> int:
    """The list's least height: LEAST_ROWS entries in view under its header, its sideways scroll bar counted."""
    return (table.horizontalHeader().sizeHint().height() + LEAST_ROWS * table.verticalHeader().defaultSectionSize()
            + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth())


def narrow_filter(combo: QComboBox) -> None:
    """A filter as wide as the row allows, not as its longest choice: the page must still fit an 800 px screen."""
    combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(FILTER_CHARS)


def history_least_size(font_of: QWidget, text: str) -> QSize:
    """The History page's least size at its narrowest, reckoned without the page: from controls of the kinds it lays
    out, in ``font_of``'s font and the style, showing ``text`` (in the window's language: Chinese is drawn taller).
    CONTROL_ROWS rows of the tallest control and the list at its least, a layout's spacing between each two, within
    a layout's margins; as wide as the filters side by side. At most a little higher than the page's own (a row of
    the page's is as tall as its tallest control only)."""
    # Imported here: this module is part of the first paint, which needs none of these types.
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPushButton, QSpinBox, QTableView

    holder = QWidget()  # a page is inside the window: a window's own layout has wider margins
    holder.setFont(font_of.font())
    probe = QWidget(holder)
    column = QVBoxLayout(probe)  # the page's own layout: the style's margins and spacing
    combo = QComboBox(probe)
    combo.addItem(text)
    narrow_filter(combo)
    controls: list[QWidget] = [QLineEdit(probe), combo, QPushButton(text, probe), QCheckBox(text, probe),
                               QSpinBox(probe), QDateEdit(probe)]
    table = QTableView(probe)
    model = QStandardItemModel(0, 1, table)
    model.setHorizontalHeaderLabels([text])
    table.setModel(model)
    table.setSortingEnabled(True)
    margins, spacing = column.contentsMargins(), column.spacing()
    tallest = max(control.sizeHint().height() for control in controls)
    return QSize(margins.left() + margins.right() + FILTERS * combo.minimumSizeHint().width() + (FILTERS - 1) * spacing,
                 margins.top() + margins.bottom() + CONTROL_ROWS * (tallest + spacing) + least_list_height(table))


@dataclass(frozen=True)
class _OpeningFailed:
    reason: str


def _open_in_thread(open_store: Callable[[], Any], number: int) -> None:
    """The opening thread: the store, or why it did not open, handed over to the host with ``number``."""
    try:
        store = open_store()
    except Exception as exc:  # shown on the page: a server down or a bad URL is not a crash
        hand_over(number, _OpeningFailed(f"{type(exc).__name__}: {exc}"))
        return
    hand_over(number, store)


class HistoryPageHost(QWidget):
    """A placeholder that becomes the History page once ``open_store`` has returned."""

    status_message = Signal(str)
    #: The page's ``decided``, once the page is there.
    decided = Signal(int, object)
    #: The store has opened and the page is built, or the opening failed (said on the page).
    finished_opening = Signal()

    def __init__(self, *, open_store: Callable[[], Any], settings: Settings, language: str,
                 parent: QWidget | None = None, state: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPageHost")
        self._open_store = open_store
        self._state = state  # the window's remembered state, for the page's report and export folder
        self._settings = settings
        self._language = language
        self._started = False
        #: What was asked of the page before it existed (a search, an entry to decide on); done once it is.
        self._pending: Callable[[HistoryPage], None] | None = None
        #: What was asked of the page while out of sight (a search, an entry to decide on); done once it is shown, in
        #: place of reading again the entry it showed.
        self._on_show: Callable[[HistoryPage], None] | None = None
        self.page: HistoryPage | None = None
        self.store: Any = None
        self._shut = False  # the window is closing: a store that opens now builds no page
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(self.tr("Opening the history…"), self)
        self.notice.setObjectName("historyNotice")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self._layout.addWidget(self.notice)
        self._number = listen(self._handed_over)
        self._least: QSize | None = None  # History's least size, reckoned when first asked for

    def minimumSizeHint(self) -> QSize:
        """History's least size once reckoned (``reckon_least_size``), not only once the page is built: the window's
        least height grew from 180 to 450 px when the history opened (472 in Chinese), and a window shorter than that
        with it."""
        least = super().minimumSizeHint()
        return least if self._least is None else least.expandedTo(self._least)

    @property
    def least_reckoned(self) -> bool:
        return self._least is not None

    def reckon_least_size(self) -> None:
        """Reckon History's least size, once the window has painted: its probe controls (a table, a date field…) are
        Qt types the first paint needs none of."""
        self._least = history_least_size(self, self.tr("Opening the history…"))
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self._least is not None:
            self.reckon_least_size()  # other controls' sizes

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._least is None:  # shown before the window's first paint was followed up (a test, a restored page)
            self.reckon_least_size()
        if self.page is not None:
            asked, self._on_show = self._on_show, None
            # Calls made on the other pages since it was last shown. The entry it showed is read again only when no
            # other is asked for: else read and drawn for nothing, in the same pass as the page switch.
            self.page.refresh(reread_chosen=asked is None)
            if asked is not None:
                asked(self.page)
        elif not self._started:
            self.open()

    def open_ahead(self) -> None:
        """Open the store before the page is first shown (in idle time); the page is built once it is open."""
        if self.page is None and not self._started and not self._shut:
            self.open()

    @property
    def opening(self) -> bool:
        """The store is being opened on the worker: the page is not built yet, nor its failure said."""
        return self._started and self.page is None and not self._shut

    def open(self) -> None:
        """Open the store on a worker thread (once)."""
        self._started = True
        # The thread holds the opener and a number, not this page: it never frees the page off the GUI thread.
        threading.Thread(target=_open_in_thread, args=(self._open_store, self._number), name="faceid-history-open",
                         daemon=True).start()

    def _handed_over(self, outcome: object) -> None:
        if isinstance(outcome, _OpeningFailed):
            self._show_failure(outcome.reason)
        else:
            self._show_page(outcome)

    def _show_page(self, store: Any) -> None:
        from .history_page import HistoryPage

        self.store = store
        if self._shut:
            return  # closed with the window (close_store), no page built and no read started
        # Built without a parent: one that fails is not left behind, hidden. A database gone again before the page's
        # first reads is said on the page, which asks again on F5.
        self.page = HistoryPage(store=store, settings=self._settings, language=self._language, state=self._state)
        self.page.setParent(self)
        self.page.status_message.connect(self.status_message)
        self.page.decided.connect(self.decided)
        self._layout.removeWidget(self.notice)
        self.notice.hide()
        self._layout.addWidget(self.page)
        self.page.show()  # now, not on the next pass of the loop: its shortcuts and the focus asked for need it shown
        self.page.keep_retention()  # the setting in force applies from now on, and once a day, unasked
        if self.hasFocus():  # asked for from the keyboard (Ctrl+2, or at start-up) while the history was opening
            focus_first_field(self.page)
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending(self.page)
        self.finished_opening.emit()

    def show_search(self, text: str) -> None:
        """Search the history for ``text`` and open the newest match, once the page is there and shown (ask before
        showing it)."""
        self._when_open(lambda page: page.show_search(text), once_shown=True)

    def open_for_decision(self, entry_id: int) -> None:
        """Open entry ``entry_id`` at its decision, once the page is there and shown (ask before showing it)."""
        self._when_open(lambda page: page.open_for_decision(entry_id), once_shown=True)

    def _when_open(self, action: Callable[[HistoryPage], None], *, once_shown: bool = False) -> None:
        """``action`` once the page is there (``once_shown``: and shown, if it is out of sight now)."""
        if self.page is None:
            self._pending = action
        elif once_shown and not self.isVisible():
            self._on_show = action
        else:
            action(self.page)

    def _show_failure(self, reason: str) -> None:
        self.notice.setText(self.tr("The history cannot be opened: {reason}").format(reason=reason))
        self._started = False  # showing the page again tries again
        self.finished_opening.emit()

    @property
    def recording_decision(self) -> bool:
        """A decision on the page waits for the history database to confirm it."""
        return self.page is not None and self.page.recording_decision

    def shutdown(self) -> None:
        """The page's workers take no new work (the window is closing)."""
        self._shut = True
        if self.page is not None:
            self.page.shutdown()

    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()


def open_history_store(settings: Settings) -> Any:
    """The configured history store; imported and opened on the host's worker thread."""
    from ...store import HistoryStore

    return HistoryStore.open(settings)
