"""The one bridge from qasync to background work: a busy state that always resets, cancellation,
and one route for failures (expected FaceID errors to the caller, anything else to the crash reporter).

asyncio (with ssl and socket) is imported by the work, not by this module: the window paints before the
event loop is installed (``application.run``), and nothing here runs before that.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Executor
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ..api import FaceIDError

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

T = TypeVar("T")


async def in_thread(executor: Executor | None, work: Callable[..., T], *args: Any) -> T:
    """Run blocking ``work`` in ``executor`` while the Qt event loop keeps running.

    An executor already shut down (its page or connection closed with the window) ends the work as cancelled:
    nobody waits for it any more, so it is not a crash to report.
    """
    import asyncio

    try:
        future = asyncio.get_running_loop().run_in_executor(executor, partial(work, *args))
    except RuntimeError as exc:
        if "shutdown" not in str(exc):  # "cannot schedule new futures after (interpreter) shutdown" only
            raise
        raise asyncio.CancelledError(str(exc)) from exc
    return await future


def report_unexpected(exc: BaseException) -> None:
    """Hand an unexpected exception to the crash reporter (``sys.excepthook``, set by the window)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class BackgroundTask(QObject):
    """Runs one coroutine at a time for a page or dialog.

    ``busy_changed`` is emitted True when work starts and False when it ends, whatever the ending:
    result, FaceIDError, cancellation or a bug.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: asyncio.Task[None] | None = None
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running

    def start(
        self,
        work: Coroutine[Any, Any, T],
        on_result: Callable[[T], None],
        on_error: Callable[[FaceIDError], None],
        on_cancelled: Callable[[], None] | None = None,
        on_crash: Callable[[], None] | None = None,
    ) -> bool:
        """Start ``work``; False (and ``work`` closed) when something is already running."""
        if self.busy:
            work.close()
            return False
        import asyncio

        self._running = True
        self.busy_changed.emit(True)
        task = asyncio.ensure_future(self._run(work, on_result, on_error, on_cancelled, on_crash))
        self._task = task
        task.add_done_callback(lambda _task: self._ended_unstarted(task, work, on_cancelled))
        return True

    def _ended_unstarted(self, task: object, work: Coroutine[Any, Any, Any],
                         on_cancelled: Callable[[], None] | None) -> None:
        """A task cancelled before its first step never runs ``_run``, whose ``finally`` reports the end: report it
        here, and close the work no one will await."""
        if task is not self._task or not self._running:
            return  # _run ran, and said so
        import inspect

        if inspect.getcoroutinestate(work) == inspect.CORO_CREATED:
            work.close()
        self._running = False
        if on_cancelled is not None:
            on_cancelled()
        self.busy_changed.emit(False)

    def cancel(self) -> None:
        """Cancel the running work at its next ``await``; threads already running finish unobserved."""
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def _run(
        self,
        work: Awaitable[T],
        on_result: Callable[[T], None],
        on_error: Callable[[FaceIDError], None],
        on_cancelled: Callable[[], None] | None,
        on_crash: Callable[[], None] | None,
    ) -> None:
        import asyncio

        try:
            try:
                result = await work
            except asyncio.CancelledError:
                if on_cancelled is not None:
                    on_cancelled()
                return
            except FaceIDError as err:
                on_error(err)
                return
            on_result(result)
        except Exception as exc:  # a bug in our own code: reported, and the page stays usable
            log.exception("background work failed")
            report_unexpected(exc)
            if on_crash is not None:
                on_crash()  # the caller leaves its "working" state too
        finally:
            self._running = False  # before the signal, so listeners see the page as idle
            with contextlib.suppress(RuntimeError):  # its owner deleted meanwhile (the window closed): none to tell
                self.busy_changed.emit(False)
