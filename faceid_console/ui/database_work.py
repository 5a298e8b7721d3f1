"""The History page's database reads and writes, on a worker thread: a database that goes silent never holds
the window.

Work runs on one worker thread, in the order asked, and its answers reach the page in that same order. The
GUI thread waits for an answer at most ``wait_ms`` (a healthy database answers in a few milliseconds, so the
page shows it at once, with no "waiting" flicker), and not at all while an earlier answer is still owed:
past that the page goes on, says it is waiting, and the answer is delivered through the event loop when it
comes. Newer work for the same purpose (another entry chosen, another search) supersedes older work still
on its way: only the newest answer is shown.

Work asked for while an answer is delivered belongs to the same *action* (a refresh re-selects the entry it
showed): ``answered`` tells the page it may clear its "does not answer" notice once nothing is owed and the
newest action met no failure.

The worker thread never holds the last reference to anything the GUI thread made: a QObject (this one, a page's
model a job's closure names) freed on the worker would be deleted off its thread while events are posted for it,
and the next event processing crashes. So the worker knows only the queue, a stop flag, a count and the courier;
it lets go of each job before it says so, and the GUI thread keeps every job until the worker has.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent import futures
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Final, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from .courier import hand_over, listen
from .tasks import report_unexpected

T = TypeVar("T")

#: Longest the GUI thread waits for a database answer before going on without it: with the answer then shown,
#: under the 50 ms a reviewer would notice as a stall (benchmarks/history_responsiveness.py), and above what
#: a healthy database takes. Never waited twice in a row: nothing is waited for while an answer is owed.
WAIT_MS: Final = 25


@dataclass
class _Job(Generic[T]):
    purpose: str
    action: int
    work: Callable[[], T]
    done: Callable[[T], None]
    failed: Callable[[Exception], None]
    future: Future[T] = field(default_factory=Future)
    number: int = 0  # its place in the worker's queue, counted from 1


class _Progress:
    """How many jobs the worker has let go of: written by the worker only, read by the GUI thread."""

    def __init__(self) -> None:
        self.released = 0


def _serve(jobs: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None], stopped: threading.Event,
           progress: _Progress, number: int) -> None:
    """The worker thread: each job in turn, until stopped. It holds a job's future and work only while it runs
    them, and drops both before it hands over."""
    while (item := jobs.get()) is not None:
        future, work = item
        del item
        if not stopped.is_set() and future.set_running_or_notify_cancel():
            try:
                result = work()
            except BaseException as exc:  # handed to the GUI thread, which says it or reports it
                del work
                future.set_exception(exc)
            else:
                del work
                future.set_result(result)
                del result
        else:
            future.cancel()
            del work
        del future
        progress.released += 1
        hand_over(number)


class DatabaseWork(QObject):
    """Runs database work off the GUI thread and delivers its answer (or its failure) on it, in order."""

    #: True while some answer is owed past its wait, False once none is.
    waiting_changed = Signal(bool)
    #: Nothing is owed and the newest action got all its answers: a "does not answer" notice can go.
    answered = Signal()

    def __init__(self, parent: QObject | None = None, wait_ms: int | None = None) -> None:
        super().__init__(parent)
        self.wait_ms = WAIT_MS if wait_ms is None else wait_ms
        self._queue: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None] = queue.SimpleQueue()
        self._stopped = threading.Event()  # set by shutdown() or the page's end: nothing queued runs after it
        self._progress = _Progress()
        # Through the event loop: an answer is never delivered inside ``run``, and the worker hands over on its thread.
        self._number = listen(self._handed_over)
        # A daemon thread, not an executor's: a read stuck on a silent server never holds the process at exit.
        self._worker = threading.Thread(target=_serve, name="faceid-history-db", daemon=True,
                                        args=(self._queue, self._stopped, self._progress, self._number))
        self._worker.start()
        self._queued = 0
        self._held: deque[_Job[Any]] = deque()  # every job queued until the worker has let go of it
        #: Per purpose, the one job whose answer is wanted: an older one is superseded (not run if not started).
        self._newest: dict[str, _Job[Any]] = {}
        self._late: deque[_Job[Any]] = deque()  # answers owed past their wait, in the order asked
        self._action = 0
        self._newest_failed = False  # the newest action met a database that did not answer
        self._current_action: int | None = None
        self._closed = False
        jobs, stopped = self._queue, self._stopped

        def ended() -> None:  # a page dropped without shutdown(): nothing queued runs, and its worker ends
            stopped.set()
            jobs.put(None)

        self.destroyed.connect(ended)

    # --- actions --------------------------------------------------------------------------------

    @contextlib.contextmanager
    def action(self) -> Iterator[None]:
        """Work asked for inside belongs to one action (a new one, unless already inside one)."""
        if self._current_action is not None:
            yield
            return
        self._action += 1
        self._newest_failed = False
        with self._within(self._action):
            yield

    @contextlib.contextmanager
    def _within(self, action: int) -> Iterator[None]:
        outer, self._current_action = self._current_action, action
        try:
            yield
        finally:
            self._current_action = outer

    def note_failure(self) -> None:
        """The database did not answer within the current action: its later answers do not clear the notice."""
        if self._current_action in (None, self._action):
            self._newest_failed = True

    @property
    def waiting(self) -> bool:
        """Some answer is owed past its wait."""
        return bool(self._late)

    def forget(self, purpose: str) -> None:
        """Work for ``purpose`` still on its way is not delivered (the reviewer no longer wants it)."""
        if (older := self._newest.pop(purpose, None)) is not None:
            older.future.cancel()  # not started yet: never run

    # --- work -----------------------------------------------------------------------------------

    def run(self, purpose: str, work: Callable[[], T], done: Callable[[T], None],
            failed: Callable[[Exception], None]) -> bool:
        """Run ``work`` on the worker; ``done`` with its result, or ``failed`` with what it raised, on the GUI
        thread, unless newer work for ``purpose`` came meanwhile. True when that has already happened (the
        answer came within ``wait_ms``), False when it comes later."""
        if self._closed:
            return True  # the page is closing: nothing is read, nothing shown
        with self.action():
            assert self._current_action is not None
            job = _Job(purpose, self._current_action, work, done, failed)
            if (older := self._newest.get(purpose)) is not None:
                older.future.cancel()  # not started yet: never run (one running finishes, unobserved)
            self._newest[purpose] = job
            self._queued += 1
            job.number = self._queued
            self._held.append(job)
            self._queue.put((job.future, job.work))
            if not self._late:  # behind an answer owed, it cannot come first: not waited for
                # Waited for, not read: result() re-raises a failure with this frame (self, job) in its traceback, a
                # cycle that left a dropped worker to the cycle collector, on whichever thread it next ran.
                futures.wait((job.future,), timeout=self.wait_ms / 1000)
                if job.future.done():
                    self._finish(job)
                    return True
            self._late.append(job)
            if len(self._late) == 1:
                self.waiting_changed.emit(True)
            return False

    def _handed_over(self, _nothing: object) -> None:
        self._deliver()

    def _deliver(self) -> None:
        """Deliver every owed answer that has come, in the order asked (none overtakes an earlier one)."""
        while self._held and self._held[0].number <= self._progress.released:
            self._held.popleft()  # the worker let go of it: freed here, on the GUI thread
        owed = bool(self._late)
        while self._late and self._late[0].future.done():
            job = self._late.popleft()
            if not self._closed:
                self._finish(job)
        if owed and not self._late and not self._closed:
            self.waiting_changed.emit(False)
            if not self._newest_failed:
                self.answered.emit()

    def _finish(self, job: _Job[Any]) -> None:
        if self._newest.get(job.purpose) is not job or job.future.cancelled():
            return  # superseded: what it read is no longer what the reviewer asked for
        del self._newest[job.purpose]
        with self._within(job.action):
            try:
                error = job.future.exception()
                if error is None:
                    job.done(job.future.result())
                elif isinstance(error, Exception):
                    job.failed(error)
                else:
                    raise error
            except Exception as exc:  # a bug in what was asked or in showing it: reported, the page stays usable
                report_unexpected(exc)
        if job.action == self._action and not self._newest_failed and not self._late:
            self.answered.emit()

    def shutdown(self) -> None:
        """No new work; work waiting is dropped, work running finishes unobserved."""
        self._closed = True
        self._stopped.set()
        for job in self._late:
            job.future.cancel()
        # Nothing is delivered after this: the jobs (and the pages' methods they hold) are let go of here.
        self._late.clear()
        self._newest.clear()
        self._queue.put(None)

    def join(self, timeout: float) -> bool:
        """After ``shutdown``, wait up to ``timeout`` seconds for the work running to finish (its connection back in
        the store's pool, a write committed); True when the worker has ended."""
        self._worker.join(timeout)
        return not self._worker.is_alive()


def run_now(_purpose: str, work: Callable[[], T], done: Callable[[T], None],
            failed: Callable[[Exception], None]) -> bool:
    """``DatabaseWork.run`` without a worker: for a model used on its own (its reads are quick and local)."""
    try:
        value = work()
    except Exception as exc:
        failed(exc)
        return True
    done(value)
    return True
