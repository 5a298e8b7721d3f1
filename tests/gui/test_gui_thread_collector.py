"""Only the GUI thread runs the cyclic garbage collector in the window's process (ui/gui_thread_collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt

from faceid_console.ui.gui_thread_collector import GuiThreadCollector, collect_due


class _Cycle:
    """Garbage only the cyclic collector frees: it refers to itself."""

    def __init__(self, held: object = None) -> None:
        self.me = self
        self.held = held


@pytest.fixture
def automatic_at_first() -> Iterator[None]:
    """The interpreter's default (automatic collection) before the test; the test session's policy after it."""
    gc.collect()
    gc.enable()
    yield
    gc.disable()


@pytest.fixture
def collections() -> Iterator[list[tuple[str, int]]]:
    """Every collection from now on: the thread it ran on and its generation."""
    seen: list[tuple[str, int]] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append((threading.current_thread().name, info["generation"]))

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


def _make_garbage_on_a_worker(name: str, cycles: int, held: object = None) -> None:
    def work() -> None:
        for _ in range(cycles):
            _Cycle(held)

    worker = threading.Thread(target=work, name=name)
    worker.start()
    worker.join()


def test_a_worker_making_garbage_never_collects_and_the_gui_thread_does(  # type: ignore[no-untyped-def]
        qtbot, qapp, automatic_at_first: None, collections: list[tuple[str, int]]) -> None:
    _make_garbage_on_a_worker("before", 5_000)
    assert ("before", 0) in collections  # the interpreter's way: whichever thread allocates collects
    collector = GuiThreadCollector(qapp, interval_ms=20)
    try:
        assert collector.running and not gc.isenabled()
        collections.clear()
        _make_garbage_on_a_worker("after", 5_000)
        qtbot.waitUntil(lambda: bool(collections), timeout=5000)
        assert {thread for thread, _ in collections} == {threading.main_thread().name}
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()  # handed back to the interpreter


def test_a_qt_object_a_worker_drops_in_a_cycle_is_freed_on_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, qapp, automatic_at_first: None) -> None:
    """Before, a cycle holding a parentless QObject was freed by whichever thread the collector ran on."""
    freed_on: list[str] = []

    def dropped_by_a_worker(name: str) -> None:
        held = QObject()
        held.destroyed.connect(lambda *_: freed_on.append(threading.current_thread().name),
                               Qt.ConnectionType.DirectConnection)
        box = [_Cycle(held)]
        del held

        def work() -> None:
            box.pop()  # the worker lets go of the last reference outside the cycle
            for _ in range(5_000):  # and makes garbage, as a photo's preparation does
                _Cycle()

        worker = threading.Thread(target=work, name=name)
        worker.start()
        worker.join()

    dropped_by_a_worker("automatic")
    assert freed_on == ["automatic"]  # what the collector fixes: a Qt object deleted off the GUI thread
    collector = GuiThreadCollector(qapp, interval_ms=20)
    try:
        dropped_by_a_worker("worker")
        qtbot.waitUntil(lambda: len(freed_on) == 2, timeout=5000)
        assert freed_on[1] == threading.main_thread().name
    finally:
        collector.stop()
        collector.deleteLater()


def test_each_generation_is_collected_when_the_interpreter_would_collect_it() -> None:
    """The thresholds decide, as in automatic collection: the young generation when it is over its own, an older
    one when it is over its own too."""
    thresholds = gc.get_threshold()
    gc.collect()
    gc.set_threshold(50, 2, 2)
    kept: list[object] = []
    try:
        assert collect_due() == -1  # nothing made since the last collection
        chosen = []
        for _ in range(16):
            kept.extend([] for _ in range(60))
            chosen.append(collect_due())
        assert chosen == [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 2, 0, 0, 0]
        garbage = _Cycle()
        freed = weakref.ref(garbage)
        del garbage
        kept.extend([] for _ in range(60))
        assert collect_due() == 1 and freed() is None
    finally:
        gc.set_threshold(*thresholds)
