"""The History page never waits on its database: a server that goes silent (here a real PostgreSQL server
stopped with SIGSTOP, which keeps its connections open and answers nothing) leaves the window answering, says
that it is waiting, lets nothing be decided on an entry not yet shown, and shows the answer when it comes; a
newer choice supersedes an older one still on its way.

These drive the page's asynchronous path on purpose: the rest of the suite lets it wait for each answer.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from faceid_console.settings import Settings
from faceid_console.store import CallKind, HistoryReader, HistoryStore
from faceid_console.ui.pages.history_page import HistoryPage

from .postgres_cluster import PostgresCluster


def _store_with_two(**where: object) -> HistoryStore:
    store = HistoryStore.open(operator="reviewer-3", **where)  # type: ignore[arg-type]
    for uuid in ("U-first", "U-second"):
        entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": uuid})
        store.journal.complete(entry, {"request_id": f"req-{uuid}", "time_used": 3})
    return store


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


@contextlib.contextmanager
def silenced(cluster: PostgresCluster) -> Iterator[None]:
    """The server and every backend stopped: connections stay open, nothing is answered, until resumed."""
    postmaster = int((cluster.folder / "data" / "postmaster.pid").read_text().split()[0])
    stopped = [postmaster, *_children(postmaster)]

    def resume() -> None:
        for pid in stopped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)

    # Resumed after 30 s whatever happens: a page that blocks on the server fails the test, never hangs the run.
    watchdog = threading.Timer(30, resume)
    watchdog.start()
    for pid in stopped:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        watchdog.cancel()
        resume()


def test_a_silent_postgresql_server_never_holds_the_window(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, postgres_cluster: PostgresCluster) -> None:
    url = postgres_cluster.create_database(f"faceid_silent_{os.getpid()}")
    store = _store_with_two(database_url=url)
    page = HistoryPage(store=store, settings=Settings(), language="en")  # the window's own wait
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None, timeout=10_000)
    shown = page.current
    assert shown is not None
    other_row = 1 - page.model.row_of(shown.id)
    other = page.model.entry(other_row)
    assert other is not None
    ticks: list[int] = []
    timer = QTimer(page)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    with silenced(postgres_cluster):
        page.table.selectRow(other_row)  # its entry, photos and trail cannot be read now
        ticks.clear()
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)  # the event loop runs: the window answers
        assert page.waiting_notice.isVisibleTo(page)
        assert "Waiting for the history database" in page.waiting_notice.text()
        # The pane still shows the entry it showed, whole, and nothing can be decided until the chosen one is.
        assert page.current is shown and page.entry_label.text().startswith(f"Entry {shown.id} ")
        assert not page.decision_group.isEnabled()
        page.search.setText("U-")  # typing goes on
        assert page.search.text() == "U-"

    qtbot.waitUntil(lambda: page.current is not None and page.current.id == other.id, timeout=10_000)
    qtbot.waitUntil(lambda: not page.waiting_notice.isVisibleTo(page), timeout=10_000)
    assert page.decision_group.isEnabled() and not page.database_notice.isVisibleTo(page)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("reject"))
    page.reason_choice.setCurrentIndex(0)

    with silenced(postgres_cluster):
        page.decide_button.click()  # the write waits for the server, the window does not
        ticks.clear()
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
        assert not page.decide_button.isEnabled()  # a second press cannot record it twice
        page.decide_button.click()

    with qtbot.waitSignal(page.decided, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: page.trail_list.count() == 1, timeout=10_000)
    assert len(store.history.decision_trail(other.id)) == 1
    timer.stop()
    store.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = _store_with_two(sqlite_path=tmp_path / "h.sqlite3")
    yield opened
    opened.close()


def _slow_entry(monkeypatch: pytest.MonkeyPatch, slow_id: int) -> threading.Event:
    """Reading entry ``slow_id`` waits until the event returned is set."""
    release = threading.Event()
    real = HistoryReader.entry

    def entry(reader: HistoryReader, entry_id: int):  # type: ignore[no-untyped-def]
        if entry_id == slow_id:
            release.wait(10)
        return real(reader, entry_id)  # type: ignore[arg-type]

    monkeypatch.setattr(HistoryReader, "entry", entry)
    return release


def test_a_newer_choice_supersedes_an_entry_still_on_its_way(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    page = HistoryPage(store=store, settings=Settings(), language="en", database_wait_ms=20)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    slow = page.model.entry(0)
    quick = page.model.entry(1)
    assert slow is not None and quick is not None
    release = _slow_entry(monkeypatch, slow.id)
    shown: list[int | None] = []
    show_entry = page._show_entry
    monkeypatch.setattr(page, "_show_entry", lambda entry, *rest: (shown.append(entry and entry.id),
                                                                   show_entry(entry, *rest)))

    page.table.selectRow(0)
    assert page.waiting_notice.isVisibleTo(page) and page.current is None
    page.table.selectRow(1)  # chosen while the first is still being read
    release.set()
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    assert shown == [quick.id]  # the first entry's late answer is never shown
    assert page.current is not None and page.current.id == quick.id
    assert page.table.selectionModel().selectedRows()[0].row() == 1
    assert not page.waiting_notice.isVisibleTo(page) and page.decision_group.isEnabled()


def test_an_entry_on_its_way_when_the_choice_is_cleared_is_not_shown(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    page = HistoryPage(store=store, settings=Settings(), language="en", database_wait_ms=20)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    slow = page.model.entry(0)
    assert slow is not None
    release = _slow_entry(monkeypatch, slow.id)
    page.table.selectRow(0)
    page.table.clearSelection()
    release.set()
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    assert page.current is None and page.result_view.headline.text() == "No entry chosen"


def test_a_page_opened_before_the_database_answers_says_it_is_reading(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    real = HistoryReader.page

    def page_of(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(HistoryReader, "page", page_of)
    page = HistoryPage(store=store, settings=Settings(), language="en", database_wait_ms=20)
    qtbot.addWidget(page)
    page.show()
    assert page.result_view.headline.text() == "Reading the history…"  # not "No calls recorded yet"
    assert page.waiting_notice.isVisibleTo(page) and page.model.rowCount() == 0
    release.set()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: not page.waiting_notice.isVisibleTo(page), timeout=5000)
    assert page.result_view.headline.text() == "No entry chosen"


def test_an_entry_opened_while_a_decision_is_recorded_stays_open(  # type: ignore[no-untyped-def]
        qtbot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision goes to the entry it was made on; the reviewer who moved on meanwhile is not moved back, and
    nothing can be decided until the database has answered."""
    page = HistoryPage(store=store, settings=Settings(), language="en", database_wait_ms=20)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    decided_on, moved_to = page.model.entry(0), page.model.entry(1)
    assert decided_on is not None and moved_to is not None
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None and page.decision_group.isEnabled(), timeout=5000)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("reject"))
    page.reason_choice.setCurrentIndex(0)
    release = threading.Event()
    real = HistoryStore.decide

    def slow_decide(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(HistoryStore, "decide", slow_decide)
    page.decide_button.click()
    assert not page.decision_group.isEnabled() and not page.decide_button.isEnabled()
    page.table.selectRow(1)  # read behind the decision, on the same worker
    release.set()
    with qtbot.waitSignal(page.decided, timeout=5000) as decided:
        pass
    assert decided.args[0] == decided_on.id
    qtbot.waitUntil(lambda: not page.database.waiting, timeout=5000)
    assert page.current is not None and page.current.id == moved_to.id
    assert page.table.selectionModel().selectedRows()[0].row() == page.model.row_of(moved_to.id)
    assert page.decision_group.isEnabled() and page.trail_list.count() == 0
    assert [d.decision.value for d in store.history.decision_trail(decided_on.id)] == ["reject"]
