"""Helpers shared by the benchmark scripts (not part of the test run)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

FACES = Path(__file__).resolve().parents[1] / "tests" / "data" / "faces"


def median_seconds(work: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``repeats`` runs of ``work`` after one warm-up run."""
    work()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def interleaved(floor: Callable[[], object], subject: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Medians of floor and subject, run alternately so machine noise hits both alike."""
    floor()
    subject()
    floor_times, subject_times = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        floor()
        floor_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        subject()
        subject_times.append(time.perf_counter() - started)
    return statistics.median(floor_times), statistics.median(subject_times)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time used so far by the live process ``pid``, from /proc."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime (fields 14, 15)


def isolate() -> Path:
    """A throw-away home (and XDG folders) for a benchmark that runs the window: the real one is never touched."""
    home = Path(tempfile.mkdtemp(prefix="faceid-bench-"))
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "run")):
        os.environ[var] = str(home / sub)
    (home / "run").mkdir(mode=0o700)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return home


class LoopStalls:
    """The GUI event loop's longest stall during some work: a precise timer ticks every ``tick_ms``, and a gap
    between ticks beyond that is time the loop was blocked. Needs a QApplication and a running qasync loop."""

    def __init__(self, tick_ms: int = 2) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.tick_ms = tick_ms
        self._gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self._gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    async def longest(self, work: Awaitable[object]) -> float:
        """Milliseconds of the longest stall while ``work`` runs."""
        self._gaps.clear()
        self._clock.start()
        self._timer.start()
        await work
        self._timer.stop()
        return max(self._gaps) - self.tick_ms if self._gaps else 0.0


def exit_without_teardown(code: int) -> None:
    """Flush and end the process with ``code``, skipping interpreter teardown: PySide 6.12 with a closed qasync loop
    can abort while collecting garbage at exit ("bool_dealloc"), after all the work is done and written."""
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)

