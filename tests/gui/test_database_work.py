"""The History page's database worker: answers in the order asked, never delivered inside ``run``, no wait
behind an answer already owed, and ``answered`` once everything asked was answered."""

from __future__ import annotations

import collections
import threading
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject

from faceid_console.ui.database_work import DatabaseWork
from tests.apart import assert_survives_apart


def _never(exc: Exception) -> None:
    raise AssertionError(exc)


def test_answers_are_delivered_in_the_order_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    """An answer asked for behind a late one is never delivered before it (it was, when it came within a wait of
    its own: a late entry then reopened after a search had closed it)."""
    work = DatabaseWork(wait_ms=100)
    order: list[str] = []
    assert not work.run("entry", lambda: time.sleep(0.15) or "first", order.append, _never)  # late
    # The worker finishes the first at ~150 ms and this one right after: inside this call's 100 ms wait.
    work.run("list", lambda: "second", order.append, _never)
    qtbot.waitUntil(lambda: not work.waiting, timeout=5000)
    work.shutdown()
    assert order == ["first", "second"]


def test_answered_is_emitted_once_everything_asked_was_answered(qtbot) -> None:  # type: ignore[no-untyped-def]
    work = DatabaseWork(wait_ms=100)
    answered: list[int] = []
    work.answered.connect(lambda: answered.append(1))
    work.run("entry", lambda: time.sleep(0.15), lambda _: None, _never)  # action 1: late
    work.run("list", lambda: None, lambda _: None, _never)  # action 2: within its wait, behind action 1
    qtbot.waitUntil(lambda: not work.waiting, timeout=5000)
    qtbot.wait(100)
    work.shutdown()
    assert answered, "every action got all its answers, yet 'answered' was never emitted"


def test_run_says_late_only_when_done_has_not_run_yet(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The work ends between the end of the wait and add_done_callback: the callback then runs at once, on the GUI
    thread. Its answer is still delivered from the event loop (a queued signal), never inside run(), which said
    it comes later (the page turned the form off after it had been shown)."""
    work = DatabaseWork(wait_ms=20)
    release = threading.Event()

    class EndingJustAfterTheWait(collections.deque):  # type: ignore[type-arg]
        def append(self, item: object) -> None:
            super().append(item)
            release.set()  # the worker finishes now, just after the wait timed out
            time.sleep(0.2)

    work._late = EndingJustAfterTheWait()
    done: list[str] = []
    answered_at_once = work.run("entry", lambda: (release.wait(10), "x")[1], done.append, _never)
    assert not answered_at_once and done == []  # not inside run()
    qtbot.waitUntil(lambda: done == ["x"], timeout=5000)  # from the event loop
    work.shutdown()


def test_nothing_is_waited_for_behind_an_answer_already_owed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Behind a late answer (a silent server), new work is not waited for on the GUI thread: it cannot come
    first, and each wait would stall the window again (F5 asks for the reasons, the list, the billed counts)."""
    work = DatabaseWork(wait_ms=20)
    release = threading.Event()
    assert not work.run("entry", lambda: release.wait(10), lambda _: None, _never)  # late
    threading.Timer(1.0, release.set).start()  # the server answers in a second
    work.wait_ms = 60_000  # waited for, this would be answered within its wait
    done: list[str] = []
    assert not work.run("list", lambda: "listed", done.append, _never)
    assert done == []  # not run inside run(): comes from the event loop, after the first
    qtbot.waitUntil(lambda: done == ["listed"], timeout=5000)
    work.shutdown()


def test_work_queued_when_the_page_is_destroyed_is_not_run(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QObject()
    work = DatabaseWork(parent, wait_ms=10)
    release = threading.Event()
    ran: list[str] = []
    work.run("entry", lambda: release.wait(10), lambda _: None, _never)
    work.run("list", lambda: ran.append("read after the page was gone"), lambda _: None, _never)
    shiboken6.delete(parent)  # the page destroyed without shutdown()
    release.set()
    time.sleep(0.3)
    qtbot.wait(50)
    assert ran == [], ran


_DROPPED_WORKERS = """
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from faceid_console.ui.database_work import DatabaseWork

app = QApplication([])
for _ in range(300):
    work = DatabaseWork(wait_ms=0)
    work.run("page", lambda: [1, 2, 3], lambda rows: None, print)
    while work.waiting:
        app.processEvents()
    work.shutdown()
    for _event in range(50):  # events still on their way to the worker when its page drops it
        QCoreApplication.postEvent(work, QEvent(QEvent.Type.User))
    del work
    app.processEvents()
print("survived")
"""


def test_a_worker_dropped_with_events_on_their_way_never_crashes_the_window(tmp_path: Path) -> None:
    """A parentless worker dropped while events were posted for it: its thread held the last reference to it
    (the thread's target), freed it off the GUI thread, and the next event processing crashed (a segfault in
    CI's History tests). Run apart, so a crash reads as a failure."""
    assert_survives_apart(_DROPPED_WORKERS, tmp_path)


def test_a_worker_whose_read_failed_within_its_wait_is_freed_as_soon_as_it_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A failure answered within the wait was read with ``Future.result()``, which re-raised it with ``run``'s frame
    (the worker itself) in its traceback: a cycle, so a dropped worker waited for the cycle collector, which frees it
    on whichever thread it next runs on, off the GUI thread (a crash, as its thread's target did)."""
    import gc
    import weakref

    failures: list[Exception] = []

    def database_down() -> None:
        raise ConnectionError("the history database does not answer")

    collecting = gc.isenabled()
    gc.disable()  # only reference counting frees it here
    try:
        work = DatabaseWork(wait_ms=5000)
        assert work.run("entry", database_down, lambda _: None, failures.append)  # answered within the wait
        assert [type(failure) for failure in failures] == [ConnectionError]
        gone = weakref.ref(work)
        del work
        assert gone() is None, "the dropped worker is kept alive by a reference cycle"
    finally:
        if collecting:
            gc.enable()
