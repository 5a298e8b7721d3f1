"""Hang guards for hostile-input tests: a deadline, never a speed assertion."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import pytest

T = TypeVar("T")

#: Far above any normal time on a loaded 2-core machine; only a hang or runaway loop reaches it.
HANG_DEADLINE_S = 60.0


def within_deadline(work: Callable[[], T], seconds: float = HANG_DEADLINE_S, what: str = "call") -> T:
    """Run ``work`` in a daemon thread; fail the test (instead of hanging it) when it does not return in time."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the test thread below
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="hang-guard", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"{what} did not return within {seconds:.0f} s: a hang")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
