"""The History page in the main window: registered beside Verify, its store opened off the GUI thread
when first shown (nothing before the first paint), and a clear message when the store cannot open."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont

from faceid_console.connections import Connector
from faceid_console.lazy_history import LazyHistoryStore
from faceid_console.settings import Settings
from faceid_console.store import CallKind, HistoryStore
from faceid_console.ui.connection import Connection
from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.models.history_model import COLUMNS
from faceid_console.ui.pages.history_host import HistoryPageHost, open_history_store
from faceid_console.ui.pages.history_page import HistoryPage
from faceid_console.ui.translations import install_translator

from ..gui.helpers import MNEMONIC, alt_key_clashes

pytestmark = pytest.mark.usefixtures("history_answers_awaited")


def test_history_page_is_registered_and_opens_the_store_on_a_worker_thread(qtbot, tmp_path: Path) -> None:
    settings = Settings.load()
    seed = HistoryStore.open(settings, operator="earlier")
    seed.journal.begin(CallKind.VERIFY, "local-engine", {"uuid": "U-window"})
    seed.close()
    threads: list[str] = []

    def opener() -> HistoryStore:
        threads.append(threading.current_thread().name)
        return open_history_store(settings)

    connector = Connector(tmp_path / "engine")
    window = MainWindow(connection=Connection(settings, connector), settings=settings,
                        history=LazyHistoryStore(opener),
                        state=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), language="en")
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:2] == ["Verify", "History"]
    assert window.history_page is not None and threads == []  # nothing opened before the page is shown
    window.navigation.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.history_page is not None and window.history_page.page is not None, timeout=30_000)
    assert threads and threads[0] != threading.main_thread().name
    page = window.history_page.page
    assert page is not None and page.model.rowCount() == 1
    outcome = [name for name, _ in COLUMNS].index("outcome")
    assert page.model.index(0, outcome).data() == "Outcome unknown, not resent"
    assert page.state is window.state  # its report and export folder is remembered with the window's state
    window.close()
    connector.close()


def test_the_window_purges_by_the_setting_in_force_once_the_history_is_open(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Retention took effect only when someone pressed Apply: under "photos kept: 90 days" (the default) a 200-day-old
    entry kept its photos whole for as long as nobody did."""
    import datetime

    from faceid_console.store.schema import calls

    settings = Settings.load()
    seed = HistoryStore.open(settings, operator="earlier")
    old = seed.journal.begin(CallKind.VERIFY, "local-engine", {"uuid": "U-old"}, {"image": b"\xff\xd8photo"})
    with seed.engine.begin() as connection:
        connection.execute(calls.update().where(calls.c.id == old).values(
            created_at=datetime.datetime.now() - datetime.timedelta(days=200)))
    connector = Connector(tmp_path / "engine")
    window = MainWindow(connection=Connection(settings, connector), settings=settings,
                        history=LazyHistoryStore(partial(open_history_store, settings)),
                        state=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), language="en")
    qtbot.addWidget(window)
    window.show()
    window.history_page.open_ahead()  # as the window's idle build does, once it has painted
    qtbot.waitUntil(lambda: seed.history.images(old)[0].data is None, timeout=30_000)
    [purged] = [e for e in seed.audit_events() if e.action == "retention.purged"]
    assert purged.detail["automatic"] is True and purged.detail["images"] == 1
    page = window.history_page.page
    assert page is not None and page.retention_timer.isActive()  # and again once a day while the window runs
    window.close()
    connector.close()
    seed.close()


def test_a_store_that_cannot_open_is_reported_on_the_page(qtbot) -> None:
    settings = Settings(history_database_url="mysql://team@db.example/faceid")
    host = HistoryPageHost(open_store=partial(open_history_store, settings), settings=settings, language="en")
    qtbot.addWidget(host)
    host.show()
    qtbot.waitUntil(lambda: "cannot be opened" in host.notice.text(), timeout=30_000)
    assert "postgresql://" in host.notice.text() and host.page is None


def test_the_page_is_shown_the_moment_it_exists_so_what_was_asked_of_it_works(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A search or a decision asked for while the store was opening runs as the page arrives: the page must be
    on show by then (focus and shortcuts go nowhere in a widget Qt would only show on its next pass)."""
    settings = Settings.load()
    store = HistoryStore.open(sqlite_path=tmp_path / "h.sqlite3", operator="reviewer")
    host = HistoryPageHost(open_store=lambda: store, settings=settings, language="en")
    qtbot.addWidget(host)
    host._started = True  # opened by hand below, not on a worker, so the moment of arrival can be looked at
    host.show()
    seen: list[bool] = []
    host.show_search("U-9")
    asked = host._pending
    assert asked is not None

    def watched(page: HistoryPage) -> None:
        seen.append(page.search.isVisible())  # at the moment the asked-for search runs
        asked(page)

    host._pending = watched
    host._show_page(store)
    assert seen == [True] and host.page is not None and host.page.search.text() == "U-9"
    store.close()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_history_page_s_buttons_have_alt_keys_of_their_own(qtbot, qapp, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """Deciding, finding the entry that fetched a result, reporting, exporting and retention are reached from the
    keyboard, each by a key no other control on the page, the tool bar or the menus uses."""
    translators = install_translator(qapp, language)
    window, connector = _window_on_history(qtbot, tmp_path, language)
    try:
        page = window.history_page.page
        assert page is not None
        buttons = (page.decide_button, page.report_button, page.export_button, page.unmask_box, page.retention_button,
                   page.find_fetching_button)
        assert all(MNEMONIC.search(b.text().replace("&&", "")) for b in buttons), [b.text() for b in buttons]
        assert alt_key_clashes(window, page) == {}
    finally:
        window.close()
        connector.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_the_window_on_the_history_page_still_fits_an_800_pixel_screen(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Its filters give way rather than widen it by their longest choice ("Signature unchecked", a profile's
    name): with a desktop font a size up from Qt's default, they had it 831 px wide, off the screen's edge."""
    default = qapp.font()
    larger = QFont(default)
    larger.setPointSizeF(default.pointSizeF() + 1)
    qapp.setFont(larger)
    window, connector = _window_on_history(qtbot, tmp_path, "en")
    try:
        assert window.minimumSizeHint().width() <= 800
    finally:
        qapp.setFont(default)
        window.close()
        connector.close()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(800, 560), (1024, 640), (1360, 900), (2560, 1440)])
def test_the_search_keeps_a_usable_width_and_the_filters_stay_on_the_page(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, language: str, size: tuple[int, int]) -> None:
    """At 800×560 the search box was squeezed to 84 px ("Search na…") beside the four filters at their full width.
    Where the search and the filters do not fit side by side, the filters go on a row of their own under it."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QWidget

    translators = install_translator(qapp, language)
    window, connector = _window_on_history(qtbot, tmp_path, language)
    try:
        page = window.history_page.page
        assert page is not None
        window.resize(*size)
        qtbot.waitUntil(lambda: window.width() == size[0] and page.width() > 0, timeout=5_000)
        qtbot.wait(100)  # the rows rearranged for the width

        def place(widget: QWidget) -> QRect:
            return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())

        search = page.search
        hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
        filters = [page.kind_box, page.verdict_box, page.decision_box, page.profile_box]
        controls = [search, *filters, page.error_code, page.date_range, page.date_from, page.date_to]
        qtbot.waitUntil(lambda: search.width() >= hint, timeout=3_000)  # its hint whole, not "Search na…"
        for control in controls:
            assert page.rect().contains(place(control)), (control.accessibleName(), place(control), page.rect())
            assert control.width() >= control.minimumSizeHint().width(), control.accessibleName()
        for index, control in enumerate(controls):
            for other in controls[index + 1:]:
                assert not place(control).intersects(place(other)), (control.accessibleName(), other.accessibleName())
        beside = all(place(box).center().y() == place(search).center().y() for box in filters)
        under = all(place(box).top() > place(search).bottom() for box in filters)
        # Side by side where there is room (one row less for the list), under the search where there is not.
        assert beside if size[0] >= 1024 else under
    finally:
        window.close()
        connector.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_at_the_window_s_least_size_the_footer_s_boxes_keep_their_height(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, language: str) -> None:
    """At the least size "照片保留: 90 天" read "90 大" (the top of 天 cut off), and "90 davs" in English: the footer's
    boxes were squeezed below their height."""
    import datetime

    from faceid_console.store.schema import calls

    store = HistoryStore.open(sqlite_path=tmp_path / "h.sqlite3", operator="reviewer")
    made = {}
    for back in range(7):  # three profiles billed each day of the week: the footer's billed line was a paragraph
        for profile in ("local-engine", "cloud-cn", "cloud-sgp"):
            entry = store.journal.begin(CallKind.VERIFY, profile, {"uuid": "U-billed"})
            store.journal.complete(entry, {"request_id": "r", "result_ref1": {"confidence": 90.0}})
            made[entry] = datetime.datetime.now(datetime.UTC).replace(tzinfo=None) - datetime.timedelta(days=back)
    with store.engine.begin() as c:
        for entry, when in made.items():
            c.execute(calls.update().where(calls.c.id == entry).values(created_at=when))
    store.close()
    translators = install_translator(qapp, language)
    window, connector = _window_on_history(qtbot, tmp_path, language)
    try:
        page = window.history_page.page
        assert page is not None
        qtbot.waitUntil(lambda: page.model.rowCount() == 21, timeout=5_000)
        page._file_outcome(page.tr("The report was not saved to {path}: {reason}. Choose another folder or file "
                                   "name.").format(path="/home/reviewer/reports/faceid-1.pdf", reason="Disk full"),
                           failed=True)  # the last report's line, under the billed calls: two lines when narrow
        window.resize(1, 1)  # no smaller than it lets itself be
        qtbot.waitUntil(lambda: window.size() == window.minimumSize(), timeout=5_000)
        qtbot.wait(100)  # the rows rearranged for the width
        for box in (page.image_mode, page.image_days, page.record_days, page.retention_button, page.export_button,
                    page.billed_button, page.unmask_box):
            assert box.height() >= box.sizeHint().height(), (box.accessibleName() or box.text(), box.height(),
                                                             box.sizeHint().height())
    finally:
        window.close()
        connector.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_window_s_least_size_is_history_s_from_the_start_not_once_the_history_opens(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, language: str) -> None:
    """History's least height (five entries in its list, its filters and footer) counted only once its page was
    built, when the history opened: the window's least height then grew from 180 to 450 px (195 to 472 in Chinese),
    a window shorter than that with it. It counts from the start, the page still built when the history opens."""
    translators = install_translator(qapp, language)
    window, connector = _window(qtbot, tmp_path, language)
    try:
        assert window.history_page.page is None and not window.history_page.opening  # not built, nor opening
        # Reckoned once the window has painted, not before: its probes are Qt types the first paint needs none of.
        assert not window.history_page.least_reckoned
        window.build_pages_when_idle()  # what follows the first paint
        assert window.history_page.least_reckoned
        least = window.minimumSizeHint()
        window.resize(1, 1)  # no smaller than it lets itself be
        qtbot.waitUntil(lambda: window.size() == least, timeout=5_000)
        window.navigation.setCurrentRow(1)
        qtbot.waitUntil(lambda: window.history_page.page is not None, timeout=30_000)
        page = window.history_page.page
        assert page is not None
        qtbot.wait(100)  # the page's rows rearranged for the width
        assert (window.minimumSizeHint(), window.size()) == (least, least)
        assert page.table.height() >= page.table.minimumHeight() > 0  # its five entries in view, at the least size
        for width in (least.width() + 300, least.width()):  # nor when its rows rearrange for another width
            window.resize(width, least.height())
            qtbot.waitUntil(lambda width=width: window.width() == width, timeout=5_000)
            qtbot.wait(100)
            assert window.minimumSizeHint() == least, width
    finally:
        window.close()
        connector.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def _window(qtbot, tmp_path: Path, language: str) -> tuple[MainWindow, Connector]:  # type: ignore[no-untyped-def]
    """The main window on Verify, shown, its History page not built yet (over an empty store in ``tmp_path``)."""
    settings = Settings.load()
    store = HistoryStore.open(sqlite_path=tmp_path / "h.sqlite3", operator="reviewer")
    connector = Connector(tmp_path / "engine")
    window = MainWindow(connection=Connection(settings, connector), settings=settings,
                        history=LazyHistoryStore(lambda: store),
                        state=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), language=language)
    qtbot.addWidget(window)
    window.show()
    return window, connector


def _window_on_history(qtbot, tmp_path: Path, language: str) -> tuple[MainWindow, Connector]:  # type: ignore[no-untyped-def]
    """The main window on its History page, the page built (over an empty store in ``tmp_path``)."""
    window, connector = _window(qtbot, tmp_path, language)
    window.navigation.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.history_page is not None and window.history_page.page is not None,
                    timeout=30_000)
    return window, connector


class _Deciding(NamedTuple):
    window: MainWindow
    page: HistoryPage
    store: HistoryStore
    entry: int
    connector: Connector
    release: threading.Event  # set: the slow database confirms the decision


def _deciding_on_a_slow_database(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> _Deciding:  # type: ignore[no-untyped-def]
    """A window on History with one answered entry, approve and a reason chosen, and a database that records a
    decision only once ``release`` is set."""
    settings = Settings.load()
    store = HistoryStore.open(sqlite_path=tmp_path / "h.sqlite3", operator="reviewer")
    entry = store.journal.begin(CallKind.VERIFY, "local-engine", {"uuid": "U-close"})
    store.journal.complete(entry, {"request_id": "req-1", "result_faceid": {
        "confidence": 90.0, "thresholds": {"1e-3": 62, "1e-4": 72, "1e-5": 80}}})
    connector = Connector(tmp_path / "engine")
    window = MainWindow(connection=Connection(settings, connector), settings=settings,
                        history=LazyHistoryStore(lambda: store),
                        state=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), language="en")
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.history_page.page is not None and window.history_page.page.model.rowCount() == 1,
                    timeout=30_000)
    page = window.history_page.page
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None and page.decision_group.isEnabled(), timeout=5000)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
    page.reason_choice.setCurrentIndex(0)
    release = threading.Event()
    real = HistoryStore.decide
    monkeypatch.setattr(HistoryStore, "decide",
                        lambda *args, **kwargs: release.wait(10) and real(*args, **kwargs))
    return _Deciding(window, page, store, entry, connector, release)


def test_a_decision_confirmed_while_the_close_question_is_open_closes_the_window(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The question stayed up after the database had confirmed the decision, asking about a risk that was gone."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window, page, store, entry, connector, release = _deciding_on_a_slow_database(qtbot, tmp_path, monkeypatch)
    page.database.wait_ms = 20
    page.decide_button.click()
    asked: list[str] = []

    def while_asked() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box.windowTitle() if isinstance(box, QMessageBox) else "")
        release.set()  # the database confirms while the question is open
        # Were the question left up, the test answers No after 10 s (and fails), rather than hang; a timer of the
        # box's own, gone with it.
        if isinstance(box, QMessageBox):
            QTimer.singleShot(10_000, box, lambda: box.button(QMessageBox.StandardButton.No).click())

    QTimer.singleShot(200, while_asked)
    window.close()
    assert asked == ["Close while a decision is being recorded?"]
    assert not window.isVisible()
    assert [d.decision.value for d in store.history.decision_trail(entry)] == ["approve"]
    connector.close()
    store.close()


def test_closing_while_a_decision_waits_for_the_database_asks_first(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Record decision, then Ctrl+Q while a slow history database had not confirmed it: the window closed at once and
    the decision, still queued, was dropped with no word. Now the reviewer is asked, as for a call on its way."""
    window, page, store, entry, connector, release = _deciding_on_a_slow_database(qtbot, tmp_path, monkeypatch)
    asked: list[bool] = []
    monkeypatch.setattr(window, "confirm_close_while_recording", lambda: asked.append(True) and False, raising=False)
    page.database.wait_ms = 20
    page.decide_button.click()
    assert window.history_page.recording_decision
    window.close()
    assert asked == [True] and window.isVisible()  # "No": the window stays, the decision still on its way
    release.set()
    with qtbot.waitSignal(page.decided, timeout=10_000):
        pass
    assert not window.history_page.recording_decision
    window.close()
    assert asked == [True] and not window.isVisible()  # confirmed: nothing to ask
    assert [d.decision.value for d in store.history.decision_trail(entry)] == ["approve"]
    connector.close()
    store.close()
