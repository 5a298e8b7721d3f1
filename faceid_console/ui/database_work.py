"""The History page's database reads and writes, on a worker thread: a database that goes silent never holds
the window.

Each piece of work runs on one worker thread, in the order asked. The GUI thread waits for it at most
``wait_ms`` (a healthy database answers in a few milliseconds, so the page shows its answer at once, with no
"waiting" flicker); past that the page goes on, says it is waiting, and the answer is delivered through
the event loop when it comes. A newer piece of work for the same purpose (another entry chosen, another
search) supersedes an older one still on its way: only the newest answer is shown.

Work asked for while an answer is delivered belongs to the same *action* (a refresh re-selects the entry it
showed): the page clears its "does not answer" notice only when the newest action got all its answers.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from .tasks import report_unexpected

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Longest the GUI thread waits for the database before going on without its answer: under the 50 ms a
#: reviewer would notice as a stall (benchmarks/responsiveness.py), above what a healthy database takes.
WAIT_MS: Final = 25


@dataclass
class _Job(Generic[T]):
    purpose: str
    serial: int
    action: int
    future: Future[T]
    done: Callable[[T], None]
    failed: Callable[[Exception], None]


class DatabaseWork(QObject):
    """Runs database work off the GUI thread and delivers its answer (or its failure) on it."""

    #: True while some answer is late (past ``wait_ms``), False once none is.
    waiting_changed = Signal(bool)
    #: The newest action got every answer it asked for: a notice that the database does not answer can go.
    answered = Signal()
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None, wait_ms: int | None = None) -> None:
        super().__init__(parent)
        self.wait_ms = WAIT_MS if wait_ms is None else wait_ms
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-history-db")
        self._serials: dict[str, int] = {}
        self._late: set[int] = set()  # ids of the jobs past their wait, not yet delivered
        self._action = 0
        self._current_action: int | None = None
        self._failed_actions: set[int] = set()
        self._closed = False
        self._arrived.connect(self._deliver)

    # --- actions --------------------------------------------------------------------------------

    @contextlib.contextmanager
    def action(self) -> Iterator[None]:
        """Work asked for inside belongs to one action (a new one, unless already inside one)."""
        if self._current_action is not None:
            yield
            return
        self._action += 1
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
        self._failed_actions.add(self._current_action if self._current_action is not None else self._action)

    def forget(self, purpose: str) -> None:
        """Work for ``purpose`` still on its way is not delivered (the reviewer no longer wants it)."""
        self._serials[purpose] = self._serials.get(purpose, 0) + 1

    @property
    def waiting(self) -> bool:
        """Some answer is late."""
        return bool(self._late)

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
            serial = self._serials.get(purpose, 0) + 1
            self._serials[purpose] = serial
            job = _Job(purpose, serial, self._current_action, self._executor.submit(work), done, failed)
            with contextlib.suppress(concurrent.futures.TimeoutError, Exception):
                job.future.result(timeout=self.wait_ms / 1000)
            if job.future.done():
                self._finish(job)
                return True
            self._late.add(id(job))
            if len(self._late) == 1:
                self.waiting_changed.emit(True)
            job.future.add_done_callback(lambda _future: self._arrive(job))
            return False

    def _arrive(self, job: _Job[Any]) -> None:
        """On the worker thread: hand the job to the GUI thread (a queued signal)."""
        try:
            self._arrived.emit(job)
        except RuntimeError:  # the page (and this object) are gone: nobody to tell
            log.debug("database answer after the page closed")

    def _deliver(self, job: _Job[Any]) -> None:
        self._late.discard(id(job))
        try:
            if not self._closed:
                self._finish(job)
        finally:
            if not self._late:
                self.waiting_changed.emit(False)

    def _finish(self, job: _Job[Any]) -> None:
        if self._serials.get(job.purpose) != job.serial or job.future.cancelled():
            return  # superseded: what it read is no longer what the reviewer asked for
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
        if job.action == self._action and job.action not in self._failed_actions and not self._late:
            self.answered.emit()

    def shutdown(self) -> None:
        """No new work; work waiting is dropped, work running finishes unobserved."""
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)


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
