"""The bridge from qasync to worker threads: busy always ends, whatever ends the work."""

from __future__ import annotations

import gc


def test_work_cancelled_before_it_starts_ends_busy_and_is_closed(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """A dialog closed right after starting a keyring look-up: the task never took its first step, so its own
    clean-up never ran; busy stayed True and the work was never awaited (a warning at garbage collection)."""
    import asyncio

    from faceid_console.ui.tasks import BackgroundTask

    task = BackgroundTask()
    seen: list[object] = []
    task.busy_changed.connect(seen.append)
    cancelled: list[bool] = []

    async def work() -> int:
        await asyncio.sleep(0)
        return 1

    coroutine = work()
    assert task.start(coroutine, seen.append, seen.append, lambda: cancelled.append(True))
    task.cancel()  # before the loop ran it
    qtbot.waitUntil(lambda: not task.busy, timeout=5_000)
    assert seen == [True, False] and cancelled == [True]
    assert coroutine.cr_frame is None  # closed: nothing left to warn about
    gc.collect()
    assert task.start(work(), seen.append, seen.append)  # usable again
    qtbot.waitUntil(lambda: not task.busy, timeout=5_000)
    assert seen[-2:] == [1, False]


def test_work_that_reaches_a_shut_executor_ends_as_cancelled_not_as_a_crash(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """A page shut down with the window while its look-up was between two steps: the next step finds the executor
    shut. Nobody waits for that work any more; it ends like cancelled work, not in the "Unexpected error" dialog."""
    from concurrent.futures import ThreadPoolExecutor

    from faceid_console.ui.tasks import BackgroundTask, in_thread

    executor = ThreadPoolExecutor(max_workers=1)
    task = BackgroundTask()
    outcomes: list[str] = []

    async def two_steps() -> int:
        first = await in_thread(executor, lambda: 1)
        executor.shutdown(wait=False, cancel_futures=True)  # the window closed meanwhile
        return first + await in_thread(executor, lambda: 1)

    assert task.start(two_steps(), lambda _result: outcomes.append("result"), lambda _err: outcomes.append("error"),
                      lambda: outcomes.append("cancelled"), lambda: outcomes.append("crash"))
    qtbot.waitUntil(lambda: not task.busy, timeout=5_000)
    assert outcomes == ["cancelled"]


def test_any_other_runtime_error_from_the_executor_is_still_a_crash(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """Only a shut executor means "nobody waits": another RuntimeError is a bug, reported as one."""
    from concurrent.futures import Executor

    from faceid_console.ui.tasks import BackgroundTask, in_thread

    class Broken(Executor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise RuntimeError("a bug in the executor")

    task = BackgroundTask()
    outcomes: list[str] = []
    import sys

    reported: list[BaseException] = []
    hook, sys.excepthook = sys.excepthook, lambda _type, exc, _tb: reported.append(exc)
    try:
        assert task.start(in_thread(Broken(), lambda: 1), lambda _r: outcomes.append("result"),
                          lambda _e: outcomes.append("error"), lambda: outcomes.append("cancelled"),
                          lambda: outcomes.append("crash"))
        qtbot.waitUntil(lambda: not task.busy, timeout=5_000)
    finally:
        sys.excepthook = hook
    assert outcomes == ["crash"] and str(reported[0]) == "a bug in the executor"
