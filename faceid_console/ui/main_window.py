"""The console's main window: page navigation, profile switcher, connection state, status line and menus.

It owns no FaceID logic: pages get the connection and settings they need as arguments.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .. import __version__
from ..connections import OpenFailure
from ..lazy_history import LazyHistoryStore
from ..settings import ProfileKind, Settings
from .alt_keys import name_without_alt_keys
from .alt_letter_guard import AltLetterGuard
from .colours import CAUTION, FAIL, PASS, set_text_colour
from .connection import Connection, ServiceState
from .crash_report import CrashReporter
from .focus import focus_first_field
from .idle_steps import IdleSteps
from .pages.deferred_page import DeferredPage
from .pages.history_host import HistoryPageHost
from .pages.verify_page import VerifyPage
from .start_up_heap import freeze_start_up_heap
from .texts import check_outcome_text, engine_stop_text, open_failure_text, profile_display_name
from .widgets.decide_bar import DECIDE_KEYS
from .widgets.fitting_labels import StatusLabel
from .widgets.nav_icons import nav_icon
from .widgets.photo_slot import PhotoSlot
from .widgets.settling_combo_box import SettlingComboBox

if TYPE_CHECKING:  # these pages and the settings dialog load when first opened, not at start-up
    from .pages.app_token_page import AppTokenPage
    from .pages.callback_inspector_page import CallbackInspectorPage
    from .pages.history_page import HistoryPage
    from .pages.liveness_page import LivenessResultsPage
    from .pages.liveness_session_page import LivenessSessionPage
    from .settings_dialog import SettingsDialog


#: The deferred pages' modules, imported ahead one a step in idle time, the page's heavier parts before it.
IDLE_IMPORTS: dict[str, tuple[str, ...]] = {
    "liveness": ("faceid_console.api.results", "faceid_console.ui.widgets.genuineness_gauges",
                 "faceid_console.ui.widgets.image_gallery", "faceid_console.ui.widgets.result_view",
                 "faceid_console.ui.widgets.liveness_view", "faceid_console.ui.pages.liveness_page"),
    "session": ("faceid_console.api.callbacks", "faceid_console.ui.callback_receiver",
                "faceid_console.ui.pages.liveness_session_page"),
    "inspector": ("faceid_console.ui.widgets.long_paste_edit", "faceid_console.ui.pages.callback_inspector_page"),
    "token": ("faceid_console.ui.widgets.stacking_row", "faceid_console.ui.pages.app_token_page"),
}


#: The profile box's most width, in average characters: the built-in names and a 40-letter Latin name fit whole.
PROFILE_BOX_MOST_CHARS = 62


class MainWindow(QMainWindow):
    """Top-level window. Receives what it shows from the composition root."""

    #: Emitted with a short message for the status line (pages report through it).
    status_message = Signal(str)

    def __init__(self, *, connection: Connection, settings: Settings, history: LazyHistoryStore, state: QSettings,
                 language: str) -> None:
        super().__init__()
        self.connection = connection
        self.settings = settings
        self.history = history
        self.state = state
        self.language = language
        self.setWindowTitle(self.tr("FaceID Console"))
        self.setObjectName("mainWindow")
        self.crash_reporter = CrashReporter(self, self._known_secrets)
        self._alt_letter_guard: AltLetterGuard | None = None
        self.crash_reporter.install()

        self.pages = QStackedWidget(self)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMaximumWidth(200)
        self.navigation.setMinimumWidth(120)
        # Narrowed (a small screen), a name ends in "…" with the whole name as its tooltip: never cut mid-word.
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([150, 1100])
        self.setCentralWidget(splitter)
        self._page_actions: list[QAction] = []

        self.verify_page = VerifyPage(connection=connection, settings=settings, history=history, state=state,
                                      language=language, parent=self)
        self.add_page(self.verify_page, self.tr("Verify"), "verify", self.tr("&Verify"))
        self.verify_page.status_message.connect(self.show_status)
        # The History page shares the window's history; the database opens when the page is first shown.
        self.history_page = HistoryPageHost(open_store=history.get, settings=settings, language=language,
                                            parent=self, state=state)
        self.add_page(self.history_page, self.tr("History"), "history", self.tr("&History"))
        self.history_page.status_message.connect(self.show_status)
        self.history_page.finished_opening.connect(self._keep_tab_order)  # its page is built once its store is open
        self.history_page.finished_opening.connect(lambda: name_without_alt_keys(self.history_page))
        self.verify_page.decide_requested.connect(self._decide)
        self.history_page.decided.connect(self.verify_page.show_decision)
        self._add_liveness_pages()

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._keep_tab_order()
        name_without_alt_keys(self)
        self._shown_profile = connection.profile.name
        self._keyboard_placed = False
        connection.changed.connect(self._show_connection)
        #: The profile whose connection test the reviewer asked for (Ctrl+T), and its opening (``Connection.opening``)
        #: the test belongs to, until its outcome is said: a later opening's automatic check was not asked for.
        self._testing: tuple[str, int] | None = None
        connection.checked.connect(self._connection_tested)
        self._show_connection()
        self._restore_state()
        #: The pages not yet visited, built ahead in idle time once the window has painted (``build_pages_when_idle``).
        self.idle_build = IdleSteps(self._idle_build_steps(), self._idle, self)
        #: What start-up made is out of the garbage collector's full passes (``start_up_heap``): the idle build's end.
        self.heap_frozen = False

    # --- pages ----------------------------------------------------------------------------------

    def add_page(self, page: QWidget, title: str, icon: str, menu_text: str | None = None) -> None:
        """Add a page to the navigation (``icon``: a name from ``nav_icons``); the n-th page is also Ctrl+n, and an
        item of the Go menu (``menu_text``: the title with its Alt key marked, "&History")."""
        item = QListWidgetItem(nav_icon(icon), title)
        item.setToolTip(title)
        self.navigation.addItem(item)
        self.pages.addWidget(page)
        index = self.pages.count() - 1
        action = QAction(menu_text or title, self)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda: self._show_page_from_keyboard(index))
        self._page_actions.append(action)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def _show_page_from_keyboard(self, index: int) -> None:
        """Ctrl+n: show the page and put the keyboard in it, at its first field (a click or the arrow keys in the
        page list leave the focus in the list)."""
        self.navigation.setCurrentRow(index)
        page = self.pages.widget(index)
        if page is not None:  # once shown: a page built just now shows its controls from the event loop
            QTimer.singleShot(0, lambda: focus_first_field(page))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._keyboard_placed:
            self._keyboard_placed = True
            # Typed at once, the first keys go to the page's first field, not to the page list's type-ahead (which
            # would switch pages on "a…" or "L…"). Once painted: finding the field costs ~5 ms, not for the first paint.
            QTimer.singleShot(0, self._focus_current_page)

    def _focus_current_page(self) -> None:
        page = self.pages.currentWidget()
        if page is not None:
            focus_first_field(page)

    def _add_liveness_pages(self) -> None:
        """Liveness results, a new liveness session (with its callback receiver), the callback inspector, app token.

        Each is built the first time it is shown or used (``DeferredPage``), so start-up does not pay for them.
        """
        self._deferred: dict[str, DeferredPage] = {}
        for key, title, menu_text, build in (
            ("liveness", self.tr("Liveness results"), self.tr("&Liveness results"), self._build_liveness_page),
            ("session", self.tr("Liveness session"), self.tr("Liveness &session"), self._build_session_page),
            ("inspector", self.tr("Callback inspector"), self.tr("&Callback inspector"), self._build_inspector_page),
            ("token", self.tr("App token"), self.tr("&App token"), self._build_token_page),
        ):
            holder = DeferredPage(build, name=f"{key}PageHolder", parent=self)
            holder.built.connect(lambda page: page.status_message.connect(self.show_status))
            holder.built.connect(lambda _page: self._keep_tab_order())
            holder.built.connect(name_without_alt_keys)
            self._deferred[key] = holder
            self.add_page(holder, title, key, menu_text)

    def guard_alt_letters(self) -> None:
        """In every window of the application (Settings too), an Alt key whose control is disabled types nothing.

        Started after the first paint, with nothing to do before it.
        """
        app = QApplication.instance()
        if self._alt_letter_guard is None and isinstance(app, QApplication):
            self._alt_letter_guard = AltLetterGuard(self)
            app.focusChanged.connect(self._alt_letter_guard.follow)
            self._alt_letter_guard.follow(None, app.focusWidget())

    def build_pages_when_idle(self) -> None:
        """Build the pages not yet visited in idle time, a short step per turn of the event loop, so that a
        reviewer's first Ctrl+n finds its page built. Called once the window has painted (``application.run``):
        start-up does not pay for them. History's least size is reckoned first, so the window's least size is whole
        before the reviewer works."""
        if not self.history_page.least_reckoned:
            self.history_page.reckon_least_size()
        self.idle_build.start()

    def _idle(self) -> bool:
        """The profile is open and nothing of the reviewer's own is under way (a verify prepared or sent goes first).

        Not while the profile opens: its worker imports the HTTP client, which the liveness pages import too, and
        the GUI thread would wait for the worker's import to end (measured: a 160–250 ms stall)."""
        return (self.connection.state is not ServiceState.STARTING and not self.verify_page.working
                and self.calls_in_flight() == 0)

    def _idle_build_steps(self) -> Iterator[Callable[[], object]]:
        """First the parts of Verify's answer (the page on show, its answer the likeliest first one): their modules
        imported one a step, the parts built, then placed in the Tab order (built with the first answer, they
        stalled its showing 40-50 ms). Then each deferred page: its modules imported one a step, then the page built
        (a page visited meanwhile is skipped); History's database last, opened on the page's worker (the page is
        built once it is open): its imports on that thread would slow every step taken meanwhile. Then what start-up
        made is frozen."""
        yield from self.verify_page.result_view.answer_part_steps()
        for key, modules in IDLE_IMPORTS.items():
            holder = self._deferred[key]
            for module in modules:
                if not holder.is_built:
                    yield partial(importlib.import_module, module)
            if not holder.is_built:
                yield holder.content
        yield self.history_page.open_ahead
        yield self._freeze_heap_once_history_open

    def _freeze_heap_once_history_open(self) -> None:
        """Freeze what start-up made (``start_up_heap``) once the History store, SQLAlchemy's many objects with it,
        has opened or failed to: a full collection over it stalled whatever the reviewer did then 40–70 ms."""
        if self.history_page.opening:
            self.history_page.finished_opening.connect(self._freeze_start_up_heap)
        else:
            self._freeze_start_up_heap()

    def _freeze_start_up_heap(self) -> None:
        if not self.heap_frozen:  # once: a History opened again later (after a failure) is no part of start-up
            self.heap_frozen = True
            freeze_start_up_heap()

    def _build_liveness_page(self, parent: QWidget) -> QWidget:
        from .pages.liveness_page import LivenessResultsPage

        page = LivenessResultsPage(connection=self.connection, settings=self.settings, history=self.history,
                                   language=self.language, parent=parent)
        page.open_in_history.connect(self._open_in_history)
        page.decide_requested.connect(self._decide)
        self.history_page.decided.connect(page.show_decision)
        return page

    def _decide(self, entry_id: int) -> None:
        # Asked before History is shown: shown, it opens that entry rather than read and draw the one it showed.
        self.history_page.open_for_decision(entry_id)
        self.go_to(self.history_page)

    def _open_in_history(self, text: str) -> None:
        # Asked before History is shown: shown, it searches rather than read and draw the one it showed.
        self.history_page.show_search(text)
        self.go_to(self.history_page)

    def _build_session_page(self, parent: QWidget) -> QWidget:
        from .pages.liveness_session_page import LivenessSessionPage

        page = LivenessSessionPage(connection=self.connection, settings=self.settings, state=self.state,
                                   history=self.history, language=self.language, parent=parent)
        page.look_up_requested.connect(self._look_up)
        page.inspect_requested.connect(self._inspect_callback)
        return page

    def _build_inspector_page(self, parent: QWidget) -> QWidget:
        from .pages.callback_inspector_page import CallbackInspectorPage

        page = CallbackInspectorPage(connection=self.connection, settings=self.settings, language=self.language,
                                     history=self.history, parent=parent)
        page.look_up_requested.connect(self._look_up)
        page.open_in_history.connect(self._open_in_history)
        return page

    def _build_token_page(self, parent: QWidget) -> QWidget:
        from .pages.app_token_page import AppTokenPage

        page = AppTokenPage(connection=self.connection, settings=self.settings, state=self.state,
                            history=self.history, language=self.language, parent=parent)
        return page

    @property
    def liveness_page(self) -> LivenessResultsPage:
        return cast("LivenessResultsPage", self._deferred["liveness"].content())

    @property
    def session_page(self) -> LivenessSessionPage:
        return cast("LivenessSessionPage", self._deferred["session"].content())

    @property
    def inspector_page(self) -> CallbackInspectorPage:
        return cast("CallbackInspectorPage", self._deferred["inspector"].content())

    @property
    def token_page(self) -> AppTokenPage:
        return cast("AppTokenPage", self._deferred["token"].content())

    def current_page(self) -> QWidget | None:
        """The page on show (built, when it waited for its first visit)."""
        widget = self.pages.currentWidget()
        return widget.content() if isinstance(widget, DeferredPage) else widget

    def go_to(self, page: QWidget) -> None:
        """Show ``page`` (a page, or the built content of a deferred one)."""
        holder = page.parentWidget()
        index = self.pages.indexOf(page)
        if index < 0 and isinstance(holder, DeferredPage):
            index = self.pages.indexOf(holder)
        self.navigation.setCurrentRow(index)

    def _look_up(self, biz_id: str) -> None:
        self.liveness_page.look_up(biz_id)
        self.go_to(self._deferred["liveness"])

    def _inspect_callback(self, body: bytes) -> None:
        self.go_to(self._deferred["inspector"])
        self.inspector_page.inspect_body(body)

    # --- chrome ---------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Connection"), self)
        bar.setObjectName("connectionToolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        label = QLabel(self.tr("&Profile:"), bar)
        self.profile_box = SettlingComboBox(bar)
        self.profile_box.setObjectName("profileBox")
        self.profile_box.setAccessibleName(self.tr("Connection profile"))
        self.profile_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # As wide as its names, up to PROFILE_BOX_MOST_CHARS: the tool bar takes room from every control that can
        # shrink, and the state after it is the one to give way (cut with "…"); a longer name (40 Chinese
        # characters are allowed) is cut in the box, whole in its list and tooltip, and never pushes the buttons off.
        self.profile_box.setSizePolicy(QSizePolicy.Policy.Fixed, self.profile_box.sizePolicy().verticalPolicy())
        self.profile_box.setMaximumWidth(self.profile_box.fontMetrics().averageCharWidth() * PROFILE_BOX_MOST_CHARS)
        self.profile_box.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.profile_box.currentIndexChanged.connect(
            lambda _index: self.profile_box.setToolTip(self.profile_box.currentText()))
        label.setBuddy(self.profile_box)
        self._fill_profiles()
        self.profile_box.chosen.connect(self._profile_chosen)
        bar.addWidget(label)
        bar.addWidget(self.profile_box)
        # A long state (an error with its advice) is cut to the room left, never pushing the buttons into the » menu;
        # the whole of it is in its tooltip and its menu's Copy.
        self.connection_label = StatusLabel(bar)
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setContentsMargins(12, 0, 12, 0)
        bar.addWidget(self.connection_label)
        # The bar's buttons show an icon text without the menu's Alt letter: Qt strips only the "&", so zh_CN's
        # "测试连接(&T)" showed "(T)" on the bar, where Alt+T opens the Tools menu instead.
        self.test_action = QAction(self.tr("&Test connection"), self)
        self.test_action.setIconText(self.tr("Test connection"))
        self.test_action.setShortcut(QKeySequence("Ctrl+T"))
        self.test_action.setToolTip(self.tr("Make one cheap, unbilled call to see whether this profile works (Ctrl+T)"))
        self.test_action.triggered.connect(self._test_connection)
        bar.addAction(self.test_action)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setIconText(self.tr("Settings…"))
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        # Its own tooltip: Qt's default is the menu text, which showed zh_CN's Alt letter as "设置(S)…".
        self.settings_action.setToolTip(self.tr("Profiles, credentials, policy level, time-outs and language ({key})")
                                        .format(key=self.settings_action.shortcut().toString(
                                            QKeySequence.SequenceFormat.NativeText)))
        self.settings_action.triggered.connect(self.open_settings)
        bar.addAction(self.settings_action)

    def _build_menus(self) -> None:
        # No Edit or View menu: their Alt keys (E, V…) are taken by the pages' controls ("Cl&ear the paste").
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.verify_page.new_applicant_action)  # first, as File → New is everywhere
        self.paste_photo_action = self._key_of_a_page(self.tr("&Paste photo"), QKeySequence.StandardKey.Paste,
                                                      self._paste_photo)
        file_menu.addAction(self.paste_photo_action)
        file_menu.addAction(self.verify_page.submit_action)
        self.cancel_action = self._key_of_a_page(self.tr("&Cancel"), QKeySequence(Qt.Key.Key_Escape),
                                                 self._cancel_preparing)
        file_menu.addAction(self.cancel_action)
        # One item for both pages' Ctrl+Shift+D (Verify's answer, a liveness result), each page's own key acting.
        self.decide_menu_action = self._key_of_a_page(self.tr("Record a &decision on this answer…"),
                                                      QKeySequence(DECIDE_KEYS), self._decide_on_page)
        file_menu.addAction(self.decide_menu_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if quit_action.shortcut().isEmpty():
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for action in self._page_actions:
            go_menu.addAction(action)
        go_menu.addSeparator()  # History's own keys, with the page they act on
        self.find_action = self._key_of_a_page(self.tr("&Find in History"), QKeySequence.StandardKey.Find,
                                               self._find_in_history)
        go_menu.addAction(self.find_action)
        self.reload_history_action = self._key_of_a_page(self.tr("&Reload History"),
                                                         QKeySequence.StandardKey.Refresh, self._reload_history)
        go_menu.addAction(self.reload_history_action)
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        tools.addAction(self.test_action)
        tools.addAction(self.settings_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About FaceID Console"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        #: The photo slot the keyboard was last in (Ctrl+V pastes there), or None: the menu bar takes the keyboard
        #: while it is used, so the slot is remembered from before.
        self._slot_in_focus: PhotoSlot | None = None
        for menu in (file_menu, go_menu):
            menu.aboutToShow.connect(self._update_keys_of_pages)
        self.navigation.currentRowChanged.connect(lambda _row: self._update_keys_of_pages())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._update_keys_of_pages()

    def _key_of_a_page(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], None],
                       ) -> QAction:
        """A menu item for a key a page or a photo slot answers itself (Esc, Ctrl+V, Ctrl+F, F5): the menu shows the
        key and does the same when chosen. Only the page's own shortcut answers the key: two shortcuts for one key in
        the window would be ambiguous, and Qt fires neither."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        # Only in its menu, where the window's keys do not reach it (while a menu is open, no shortcut is matched).
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        return action

    def _update_keys_of_pages(self) -> None:
        """Each of those menu items is enabled where its key acts."""
        self.cancel_action.setEnabled(self._cancel_button_active())
        self.paste_photo_action.setEnabled(self._photo_slot_in_focus() is not None)
        history_open = self._history_page_open() is not None
        decide = self._decide_action_on_show()
        self.decide_menu_action.setEnabled(decide is not None and decide.isEnabled())
        self.find_action.setEnabled(history_open)
        self.reload_history_action.setEnabled(history_open)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or isinstance(new, (QMenuBar, QMenu)) or new.window() is not self:
            return  # the menu bar, a menu, another window: the keyboard comes back to where it was
        widget: QWidget | None = new
        while widget is not None and not isinstance(widget, PhotoSlot):
            widget = widget.parentWidget()
        self._slot_in_focus = widget
        self.paste_photo_action.setEnabled(self._photo_slot_in_focus() is not None)

    def _photo_slot_in_focus(self) -> PhotoSlot | None:
        """The slot Ctrl+V pastes into: the keyboard is in it or in one of its buttons, and it takes a photo now."""
        slot = self._slot_in_focus
        return slot if slot is not None and slot.isVisible() and slot.isEnabled() else None

    def _paste_photo(self) -> None:
        slot = self._photo_slot_in_focus()
        if slot is not None:
            slot.paste()

    def _cancel_button_active(self) -> bool:
        button = self.verify_page.cancel_button
        return button.isVisible() and button.isEnabled()  # as for its Esc: on show, while photos are prepared

    def _cancel_preparing(self) -> None:
        if self._cancel_button_active():
            self.verify_page.cancel_button.click()

    def _decide_action_on_show(self) -> QAction | None:
        """The decide action of the page on show (Verify, or Liveness results once built), else None."""
        shown = self.pages.currentWidget()
        if shown is self.verify_page:
            return self.verify_page.decide_action
        liveness = self._deferred["liveness"]
        return self.liveness_page.decide_action if shown is liveness and liveness.is_built else None

    def _decide_on_page(self) -> None:
        decide = self._decide_action_on_show()
        if decide is not None and decide.isEnabled():
            decide.trigger()

    def _history_page_open(self) -> HistoryPage | None:
        """The History page when it is on show (Ctrl+F and F5 are its keys, acting on what it lists), else None."""
        return self.history_page.page if self.pages.currentWidget() is self.history_page else None

    def _find_in_history(self) -> None:
        if (page := self._history_page_open()) is not None:
            page.find_action.trigger()

    def _reload_history(self) -> None:
        if (page := self._history_page_open()) is not None:
            page.refresh_action.trigger()

    def _build_status_bar(self) -> None:
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setObjectName("statusDetails")
        self.details_button.setFlat(True)
        self.details_button.setVisible(False)
        self.details_button.clicked.connect(self.crash_reporter.show_last)
        self.statusBar().addPermanentWidget(self.details_button)
        self.crash_reporter.reported.connect(self._crash_reported)
        # A page's last message belongs to that page: another page starts with a clean line. (The
        # connection's state is in the top bar, so the line starts empty rather than saying "Ready".)
        self.navigation.currentRowChanged.connect(lambda _row: self.statusBar().clearMessage())

    def _keep_tab_order(self) -> None:
        """The window's own controls in the Tab order as they are shown, on every page: the status bar's Details…
        (under the pages), round to the tool bar's profile box (above them), the page list, then the page.

        The focus chain is a ring: with these three together, every page's controls come between the page list and
        Details…, wherever a page built later joined the chain (History at its start, the others at its end). Tab went
        page list → page → profile box on Verify, made before the tool bar, but page list → profile box → page on
        every page built after it."""
        QWidget.setTabOrder(self.details_button, self.profile_box)
        QWidget.setTabOrder(self.profile_box, self.navigation)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def _crash_reported(self, _report: str) -> None:
        self.statusBar().showMessage(self.tr("An unexpected error was reported; the window keeps working."))
        self.details_button.setVisible(True)

    # --- connection -----------------------------------------------------------------------------

    def _fill_profiles(self) -> None:
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for profile in self.settings.profiles:
            self.profile_box.addItem(profile_display_name(profile), profile.name)
        index = self.profile_box.findData(self.connection.profile.name)
        self.profile_box.setCurrentIndex(max(index, 0))
        self.profile_box.setToolTip(self.profile_box.currentText())
        self.profile_box.blockSignals(False)
        view = self.profile_box.view()  # its list as wide as its longest name, where the box is capped
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth())

    def _profile_chosen(self, index: int) -> None:
        name = self.profile_box.itemData(index)
        if isinstance(name, str):
            self.connection.switch_to(name)

    def _show_connection(self) -> None:
        c = self.connection
        profile = c.profile
        if profile.name != self._shown_profile:
            self.statusBar().clearMessage()  # the last message was about the other profile's calls
        self._shown_profile = profile.name
        if self.profile_box.count() != len(self.settings.profiles) or self.profile_box.findData(profile.name) < 0:
            self._fill_profiles()  # profiles were added or removed (settings, command line)
        index = self.profile_box.findData(profile.name)
        if index >= 0 and index != self.profile_box.currentIndex() and not self.profile_box.settling:
            self.profile_box.setCurrentIndex(index)  # (not under the reviewer stepping through the list)
        where = self.tr("built-in engine") if profile.kind is ProfileKind.LOCAL_ENGINE else (
            c.client.base_url if c.client is not None else profile_display_name(profile))
        if c.state is ServiceState.STARTING and c.engine_ended is not None:
            text = self.tr("● The built-in engine stopped ({how}); starting it again…").format(
                how=engine_stop_text(c.engine_ended))
            colour = CAUTION
        elif c.state is ServiceState.STARTING:
            text = (self.tr("● Starting the built-in engine and loading the face model…")
                    if profile.kind is ProfileKind.LOCAL_ENGINE else self.tr("● Opening {where}…").format(where=where))
            colour = CAUTION
        elif c.state is ServiceState.FAILED:
            reason = open_failure_text(c.failure, c.failure_detail, address=profile.custom_url or "")
            text = self.tr("● Not usable: {reason}").format(reason=reason)
            colour = FAIL
            # Test connection opened it again (a locked keyring), and it still fails.
            if self._testing == (profile.name, c.opening):
                self._testing = None
                self.statusBar().showMessage(self.tr("Nothing tested: {reason}").format(reason=reason))
        elif c.check_result is None:
            text = self.tr("● Ready: {where} (checking…)").format(where=where)
            colour = PASS
        else:
            ok = c.check_result.outcome.value == "ok"
            text = (self.tr("● Ready: {where} answers").format(where=where) if ok else
                    self.tr("● {where}: {problem}").format(where=where, problem=check_outcome_text(c.check_result)))
            # A busy account accepted the credentials: calls work again once its calls in flight end.
            colour = PASS if ok else CAUTION if c.check_result.outcome.value == "busy" else FAIL
        self.connection_label.setText(text)
        set_text_colour(self.connection_label, colour)
        self.connection_label.setAccessibleName(text)

    def _test_connection(self) -> None:
        # Always enabled (Qt fires no disabled action's key): a profile that cannot be tested says why here.
        c = self.connection
        if c.state is ServiceState.FAILED and c.failure is OpenFailure.KEYRING_LOCKED:
            # The keyring asks to be unlocked when the profile is opened: trying again is opening it again, then a test.
            c.open_active()
            self._testing = (c.profile.name, c.opening)  # the opening just started, whose check is the test
            self.statusBar().showMessage(
                self.tr("Not tested yet: this profile is still opening, and it is tested as soon as it is open."))
        elif c.state is ServiceState.FAILED:
            reason = open_failure_text(c.failure, c.failure_detail, address=c.profile.custom_url or "")
            self.statusBar().showMessage(
                self.tr("Nothing tested: {reason} Correct the address in Settings (Ctrl+,), or choose another "
                        "profile.").format(reason=reason) if c.failure is OpenFailure.BAD_ADDRESS
                else self.tr("Nothing tested: {reason}").format(reason=reason))
        elif c.state is ServiceState.STARTING:
            self.statusBar().showMessage(
                self.tr("Not tested yet: this profile is still opening, and it is tested as soon as it is open."))
        elif c.check():
            self._testing = (c.profile.name, c.opening)
            self.statusBar().showMessage(self.tr("Testing the connection…"))

    def _connection_tested(self, profile: str, opening: int, _result: object) -> None:
        """The outcome of a test the reviewer asked for, in the status line ("Testing…" stayed there)."""
        if (profile, opening) != self._testing:
            return
        self._testing = None
        if profile == self.connection.profile.name:  # the top bar's line, brought up to date by ``changed``
            self.statusBar().showMessage(self.tr("Connection tested: {outcome}").format(
                outcome=self.connection_label.text().removeprefix("● ")))

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.connection, self.settings, self.language, self)
        dialog.finished.connect(lambda _result: self._settings_closed(dialog))
        dialog.open()

    def _settings_closed(self, dialog: SettingsDialog) -> None:
        self._fill_profiles()
        # Every answer on show is judged again at the policy level now set, not only the Verify page's, and every
        # time on show is worded again in the zone times are now shown in.
        self.verify_page.settings_changed()
        if self._deferred["liveness"].is_built:
            self.liveness_page.settings_changed()
        if self._deferred["inspector"].is_built:
            self.inspector_page.settings_changed()
        if self._deferred["session"].is_built:
            self.session_page.settings_changed()
        if self._deferred["token"].is_built:
            self.token_page.settings_changed()
        if self.history_page.page is not None:
            self.history_page.page.refresh()  # the open entry, its level note and what approving asks
        if dialog.reopen_needed:
            self.connection.open_active()
        if dialog.language_note is not None:  # after the reopening, which clears the line of another profile's
            self.statusBar().showMessage(dialog.language_note)
        dialog.delete_when_idle()  # each opening builds a new one: a closed one is not kept until the window closes

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # ~1.7 ms to set up: when asked for, not at start-up

        QMessageBox.about(self, self.tr("About FaceID Console"), self.tr(
            "FaceID Console {version}\n\nFace-based identity checks against FaceID, "
            "or offline against the built-in FaceID-compatible engine.").format(version=__version__))

    def _known_secrets(self) -> list[str]:
        client = self.connection.client
        return [client._credentials.api_secret] if client is not None else []

    # --- remembered state -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.state.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
                and self._restored_size_is_sane()):
            # A first start fits the screen it opens on (a 1366×768 laptop too, with room for the title bar),
            # at most at the size the pages are laid out for.
            available = self.screen().availableGeometry()
            self.resize(min(1280, available.width() * 95 // 100), min(820, available.height() * 9 // 10))
        page = self.state.value("window/page", 0)
        try:
            row = int(page)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            row = 0
        if 0 <= row < self.navigation.count():
            self.navigation.setCurrentRow(row)

    def _restored_size_is_sane(self) -> bool:
        """A damaged window.ini can restore a sliver (Qt reads a cut-short geometry as zeros): smaller than the
        layout allows, no reviewer made it; such a start is a first start."""
        least = self.minimumSizeHint()
        return self.width() >= least.width() and self.height() >= least.height()

    def calls_in_flight(self) -> int:
        """How many calls, on the pages opened, have been sent and wait for their answer."""
        opened = [holder.content() for key, holder in self._deferred.items()
                  if key in ("liveness", "session", "token") and holder.is_built]
        pages: list[QWidget] = [self.verify_page, *opened]
        return sum(1 for page in pages if getattr(page, "call_in_flight", False))

    def confirm_close(self, calls: int) -> bool:
        """Ask whether to close while ``calls`` answers are on their way (a native question dialog)."""
        del calls  # one question whatever their number: each is recorded the same way
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Close while a call is on its way?"),
            self.tr("A call was sent and its answer has not arrived yet. If you close now, the console waits for "
                    "it in the background, within the answer time-out, and records what comes back in History.\n\n"
                    "Close anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_close_while_recording(self) -> bool:
        """Ask whether to close while a decision waits for the history database (a native question dialog).

        Confirmed by the database while asked, nothing is at risk any more: the question goes and the window closes,
        as the reviewer asked (a failure leaves the question, which still holds).
        """
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Close while a decision is being recorded?"),
            self.tr("The history database has not confirmed the decision you recorded yet. If you close now, it may "
                    "not be kept: check the entry's trail in History when you next open the console.\n\n"
                    "Close anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        confirmed: list[bool] = []

        def recorded() -> None:
            confirmed.append(True)
            box.done(0)

        page = self.history_page.page
        connection = page.decided.connect(recorded) if page is not None else None
        try:
            box.exec()
        finally:
            if connection is not None:
                QObject.disconnect(connection)  # by the connection: PySide's disconnect(slot) leaks a reference
        clicked = box.clickedButton()
        return bool(confirmed) or (clicked is not None
                                   and box.standardButton(clicked) == QMessageBox.StandardButton.Yes)

    def closeEvent(self, event: QCloseEvent) -> None:
        calls = self.calls_in_flight()
        if calls and not self.confirm_close(calls):
            event.ignore()  # the reviewer waits for the answer on screen
            return
        if self.history_page.recording_decision and not self.confirm_close_while_recording():
            event.ignore()  # the reviewer waits for the database to confirm it
            return
        self.profile_box.drop_steps()  # a profile stepped to, not settled, is not opened on the way out
        self.idle_build.stop()
        self.state.setValue("window/geometry", self.saveGeometry())
        self.state.setValue("window/page", self.navigation.currentRow())
        self.verify_page.save_state()
        # The callback receiver stops listening and workers end, on the pages that were opened.
        if self._deferred["liveness"].is_built:
            self.liveness_page.shutdown()
        if self._deferred["session"].is_built:
            self.session_page.shutdown()
        if self._deferred["inspector"].is_built:
            self.inspector_page.shutdown()
        if self._deferred["token"].is_built:
            self.token_page.shutdown()
        self.history_page.shutdown()
        self.state.sync()
        self.crash_reporter.uninstall()
        super().closeEvent(event)
