"""Helpers shared by the benchmark scripts (not part of the test run)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
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
