"""The History page with its database worker, continued: orderings found by a second review (a search that still
lists the entry shown, a list read superseded with work waiting on it, a purge begun while the approval question
was open, a first read failing late, entries passed over on a slow database, a store opened after the window
closed) and that no SQL runs on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from faceid_console.store import HistoryReader, HistoryStore
from tests.apart import assert_survives_apart

from .test_history_database_waits import _blocking, _page, _store_with_two


@pytest.fixture
def store(tmp_path) -> Iterator[HistoryStore]:  # type: ignore[no-untyped-def]
    opened = _store_with_two(sqlite_path=tmp_path / "h.sqlite3")
    yield opened
    opened.close()


def _gone(*_args):  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError

    raise OperationalError("SELECT", {}, Exception("server closed the connection unexpectedly"))


def test_apply_comes_back_after_a_failed_first_retention_read(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The retention setting could not be read when the page was built; the database is back and F5 pressed
    (what the notice tells the reviewer to do): Apply must become usable again."""
    from faceid_console.store import retention

    real = retention.policy
    monkeypatch.setattr(retention, "policy", _gone)
    page = _page(qtbot, store)
    assert page.database_notice.isVisibleTo(page) and not page.retention_button.isEnabled()
    monkeypatch.setattr(retention, "policy", real)  # the database answers again
    page.refresh()  # F5
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    assert not page.database_notice.isVisibleTo(page)  # the page says all is well...
    assert page.retention_button.isEnabled(), "Apply stays off for good: the setting is never read again"


def _decided_entry_ready(qtbot, page, decision: str) -> int:  # type: ignore[no-untyped-def]
    page.table.selectRow(page.model.row_of(1))
    qtbot.waitUntil(lambda: page.current is not None and page.decision_group.isEnabled(), timeout=5000)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData(decision))
    page.reason_choice.setCurrentIndex(0)
    return page.current.id


def test_open_in_history_while_a_decision_is_on_its_way_opens_the_match(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """A decision is being written (slow database); the reviewer uses "Open in History" on a liveness page
    (show_search). The decision's answer comes first and its list reload supersedes the search's list read,
    dropping its 'then': nothing is opened, and the pane keeps an entry the new list does not hold."""
    page = _page(qtbot, store)
    _decided_entry_ready(qtbot, page, "reject")
    release = _blocking(monkeypatch, HistoryStore, "decide")
    page.decide_button.click()  # late
    page.show_search("U-second")
    release.set()
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    qtbot.wait(50)
    assert page.model.rowCount() == 1
    assert page.current is not None and page.current.uuid == "U-second", \
        f"'Open in History' for U-second ends on {page.current and page.current.uuid}"


def test_a_sort_while_a_search_is_on_its_way_keeps_the_search_s_outcome(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, store)
    page.table.selectRow(page.model.row_of(1))  # U-first shown
    qtbot.waitUntil(lambda: page.current is not None, timeout=5000)
    release = _blocking(monkeypatch, HistoryReader, "page")
    page.show_search("U-second")  # late
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # a header click meanwhile
    release.set()
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    qtbot.wait(50)
    assert page.model.rowCount() == 1
    assert page.current is not None and page.current.uuid == "U-second", \
        f"the search's newest match was never opened; the pane shows {page.current and page.current.uuid}"


def test_a_purge_started_while_the_approval_question_is_open_is_not_raced_by_the_decision(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Apply pressed (the count is late), then an approval against the verdict: while the approval question is
    open the count arrives, the purge question is asked (from the event loop, nested in the first) and the purge
    starts. The decision then goes ahead while the purge is being written."""
    page = _page(qtbot, store)
    _decided_entry_ready(qtbot, page, "approve")
    release_count = _blocking(monkeypatch, HistoryStore, "would_purge")
    release_purge = _blocking(monkeypatch, HistoryStore, "apply_retention")
    monkeypatch.setattr(page, "confirm_purge", lambda _doomed: True)
    page.image_days.setValue(30)
    page.retention_button.click()  # the count is late
    assert not page.retention_button.isEnabled() and page.decide_button.isEnabled()

    def question(_entry):  # type: ignore[no-untyped-def]  # the modal question's own event loop
        release_count.set()
        qtbot.waitUntil(lambda: page._purging, timeout=5000)
        return True

    monkeypatch.setattr(page, "confirm_approval", question)
    while_purging: list[bool] = []
    real_decide = HistoryStore.decide

    def decide(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        while_purging.append(page._purging)
        return real_decide(self, *args, **kwargs)

    monkeypatch.setattr(HistoryStore, "decide", decide)
    page.decide_button.click()
    qtbot.wait(300)
    release_purge.set()
    qtbot.waitUntil(lambda: not page.files.busy and not page.database.waiting, timeout=5000)
    assert True not in while_purging, "the decision was written while the purge ran (decisions wait for it)"


def test_no_sql_runs_on_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, store: HistoryStore, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    import traceback

    import sqlalchemy as sa

    gui = threading.get_ident()
    on_gui: list[str] = []

    def seen(_conn, _cursor, statement, *_rest):  # type: ignore[no-untyped-def]
        if threading.get_ident() == gui:
            on_gui.append(statement.split()[0] + " <- " + "".join(traceback.format_stack(limit=12)[:-1]))

    sa.event.listen(store.engine, "before_cursor_execute", seen)
    from faceid_console.settings import Settings
    from faceid_console.ui.pages.history_page import HistoryPage

    page = HistoryPage(store=store, settings=Settings(), language="en", database_wait_ms=200)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.database.waiting, timeout=5000)
    _decided_entry_ready(qtbot, page, "reject")
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.decide_button.click()
    page.refresh()
    page.show_search("U-")
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    page.open_for_decision(2)
    monkeypatch.setattr(page, "confirm_purge", lambda _d: False)
    page.apply_retention()
    page.model.fetchMore()
    # The entry asked for last is shown first (on a loaded machine it can take longer than the page's wait).
    qtbot.waitUntil(lambda: not page.files.busy and not page.database.waiting and page.current is not None,
                    timeout=10000)
    assert page.save_report(tmp_path / "r.pdf")
    qtbot.waitUntil(lambda: not page.files.busy, timeout=10000)
    assert page.export_to(tmp_path / "e.csv")
    qtbot.waitUntil(lambda: not page.files.busy and not page.database.waiting, timeout=10000)
    page.shutdown()
    assert on_gui == [], on_gui[0]


def test_a_first_list_that_fails_late_keeps_its_notice(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first screenful is late, then fails (a pooled connection the server had closed); the page's other
    first reads (reasons, retention, billed), asked behind it, are answered. The model's read is an action of its
    own (HistoryModel.__init__ runs before the page's action), so its failure is not the newest action's and
    'answered' hides the notice, while the empty pane says 'see the notice above'."""
    from faceid_console.settings import Settings
    from faceid_console.ui.pages.history_page import HistoryPage

    release = threading.Event()
    real = HistoryReader.page
    calls = {"n": 0}

    def page_of(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            release.wait(10)
            _gone()
        return real(*args, **kwargs)

    monkeypatch.setattr(HistoryReader, "page", page_of)
    page = HistoryPage(store=store, settings=Settings(), language="en", database_wait_ms=20)
    qtbot.addWidget(page)
    page.show()
    release.set()
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    qtbot.wait(50)
    assert page.model.failure is not None and page.model.rowCount() == 0
    assert page.result_view.headline.text() == "The history is not available"
    assert page.database_notice.isVisibleTo(page), \
        "the pane says 'see the notice above'; the notice was hidden by the other first reads' answers"


def test_entries_passed_over_on_a_slow_database_are_not_read(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Arrowing through the list on a slow database: each row passed over supersedes the last, yet every
    superseded read still runs on the one worker, in full, before the row the reviewer stopped on."""
    import time

    page = _page(qtbot, store)
    reads: list[int] = []
    real = HistoryReader.entry_detail

    def entry(reader, entry_id, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(entry_id)
        time.sleep(0.2)
        return real(reader, entry_id, **kwargs)

    monkeypatch.setattr(HistoryReader, "entry_detail", entry)
    started = time.monotonic()
    for row in (0, 1, 0, 1, 0, 1):
        page.table.selectRow(row)
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    took = time.monotonic() - started
    assert len(reads) <= 2, f"{len(reads)} reads run for one entry shown ({took:.1f} s)"


def test_open_in_history_for_the_entry_already_shown_opens_it(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore) -> None:
    """The entry shown is the newest match of the search asked for: the list's reset re-highlights its row
    (_list_changed), then listed() closes the entry, and open_newest's selectRow on the row already selected
    changes no selection: nothing is opened while the row stays highlighted."""
    page = _page(qtbot, store)
    second = page.model.row_of(2)
    page.table.selectRow(second)
    qtbot.waitUntil(lambda: page.current is not None and page.current.uuid == "U-second", timeout=5000)
    page.show_search("U-second")  # "Open in History" on the liveness page, for this entry's biz_id
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    qtbot.wait(50)
    assert page.model.rowCount() == 1 and page.table.selectionModel().isRowSelected(0)
    assert page.current is not None, f"row highlighted, pane says {page.result_view.headline.text()!r}"


def test_a_filter_that_keeps_the_entry_shown_leaves_no_row_highlighted_for_a_closed_pane(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore) -> None:
    """Healthy database. A search that still matches the entry shown: the reset re-highlights its row, then
    listed() closes the entry. The row stays highlighted over an empty pane, and clicking it opens nothing."""
    page = _page(qtbot, store)
    page.table.selectRow(page.model.row_of(2))
    qtbot.waitUntil(lambda: page.current is not None and page.current.uuid == "U-second", timeout=5000)
    page.search.setText("U-second")
    page.apply_filters()  # the entry shown still matches
    assert page.model.rowCount() == 1
    assert page.current is None  # closed by the new list (as designed)
    highlighted = page.table.selectionModel().selectedRows()
    page.table.selectRow(0)  # the reviewer clicks the highlighted row to open it again
    assert highlighted == [] and page.current is not None, \
        (f"rows {[i.row() for i in highlighted]} highlighted over {page.result_view.headline.text()!r}; "
         f"selecting it opens {page.current}")


def test_a_store_opened_after_shutdown_builds_no_page(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore) -> None:
    from faceid_console.settings import Settings
    from faceid_console.ui.pages.history_host import HistoryPageHost

    release = threading.Event()
    host = HistoryPageHost(open_store=lambda: (release.wait(10), store)[1], settings=Settings(), language="en")
    qtbot.addWidget(host)
    host.show()  # opening (a PostgreSQL server slow to connect)
    host.shutdown()  # the window closes meanwhile
    release.set()
    qtbot.wait(300)
    assert host.page is None, "a page was built, and its database reads started, after shutdown()"


def test_the_retention_boxes_stay_off_while_the_purge_count_is_on_its_way(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, store: HistoryStore, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    page = _page(qtbot, store)
    release = _blocking(monkeypatch, HistoryStore, "would_purge")
    page.retention_button.click()  # the count is late: boxes off
    assert not page.record_days.isEnabled()
    assert page.export_to(tmp_path / "e.json")  # runs on the executor, not behind the count
    qtbot.waitUntil(lambda: not page.files.busy, timeout=5000)
    usable = page.record_days.isEnabled() or page.retention_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    assert not usable, "an export's end turned the boxes and Apply on while the purge count was on its way"


def test_a_list_arriving_while_a_row_is_on_its_way_keeps_that_row_highlighted(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from .test_history_database_waits import _slow_entry

    page = _page(qtbot, store)
    first, second = page.model.entry(0), page.model.entry(1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == first.id, timeout=5000)
    release_list = _blocking(monkeypatch, HistoryReader, "page")
    release_entry = _slow_entry(monkeypatch, second.id)
    page.refresh()  # F5: the list is late
    page.table.selectRow(1)  # the reviewer moves on: its entry comes after the list
    release_list.set()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    rows = [i.row() for i in page.table.selectionModel().selectedRows()]
    release_entry.set()
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    assert rows == [page.model.row_of(second.id)], \
        f"while entry {second.id} was on its way the list highlighted row(s) {rows} (entry {first.id})"


_DROPPED_HOSTS = """
import threading
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from faceid_console.settings import Settings
from faceid_console.ui.pages.history_host import HistoryPageHost

app = QApplication([])
for _ in range(200):
    opened = threading.Event()
    host = HistoryPageHost(open_store=lambda: opened.wait(0.002) and None, settings=Settings(), language="en")
    host.open()
    for _event in range(50):  # events still on their way to the host when the window drops it
        QCoreApplication.postEvent(host, QEvent(QEvent.Type.User))
    del host
    app.processEvents()
print("survived")
"""


def test_a_history_dropped_while_its_store_opens_never_crashes_the_window(tmp_path: Path) -> None:
    """The opening thread's target was the host's own method: the thread held the last reference to a dropped host
    and freed it off the GUI thread while events were posted for it. Run apart, so a crash reads as a failure."""
    assert_survives_apart(_DROPPED_HOSTS, tmp_path)


def test_the_store_and_the_purge_never_hold_the_page(qtbot, store: HistoryStore) -> None:  # type: ignore[no-untyped-def]
    """The store's in-flight listeners held the page's own method, and so did the automatic purge's Future: the
    thread that sent a call, or purged, could hold the page last and free it off the GUI thread."""
    import gc

    from faceid_console.settings import Settings
    from faceid_console.ui.pages.history_page import HistoryPage

    page = HistoryPage(store=store, settings=Settings(), language="en", database_wait_ms=20)
    qtbot.addWidget(page)
    futures = []
    submit = page._executor.submit
    page._executor.submit = lambda *args: futures.append(submit(*args)) or futures[-1]  # type: ignore[method-assign]
    page.purge_by_retention()
    qtbot.waitUntil(lambda: not page._purging_automatically, timeout=5000)
    held = [*store.in_flight._listeners, *futures[0]._done_callbacks]
    assert len(held) == 2

    def holds_page(thing: object) -> bool:
        return any(r is page or holds_page(r) for r in gc.get_referents(thing) if callable(r) or r is page)

    assert not any(holds_page(thing) for thing in held), "a thread's callback holds the page"
