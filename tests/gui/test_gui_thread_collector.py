"""Only the GUI thread runs the cyclic garbage collector in the window's process (ui/gui_thread_collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable, Iterator
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


def _make_garbage_on_a_worker(name: str, cycles: int) -> None:
    def work() -> None:
        for _ in range(cycles):
            _Cycle()

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

    collector = GuiThreadCollector(qapp, interval_ms=20)
    try:
        dropped_by_a_worker("worker")
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
        assert freed_on == [threading.main_thread().name]
    finally:
        collector.stop()
        collector.deleteLater()


def test_each_generation_is_collected_when_the_interpreter_would_collect_it(  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The thresholds decide, as in automatic collection: the young generation when it is over its own, an older one
    when it is over its own too; a full collection only once a quarter more than the last one left has moved into the
    oldest generation."""
    from faceid_console.ui import gui_thread_collector

    thresholds = gc.get_threshold()
    gc.collect()
    gc.freeze()  # the session's objects out of the way: the oldest generation starts empty
    monkeypatch.setattr(gui_thread_collector._LongLived, "total", 0)
    monkeypatch.setattr(gui_thread_collector._LongLived, "pending", 0)
    kept: list[object] = []

    def steps(count: int, make: Callable[[], object]) -> list[int]:
        chosen = []
        for _ in range(count):
            made = [make() for _ in range(60)]
            if make is list:
                kept.extend(made)
            del made
            chosen.append(collect_due())
        return chosen

    try:
        gc.set_threshold(50, 2, 2)
        assert collect_due() == -1  # nothing made since the last collection
        # Objects that live on move into the oldest generation, which had nothing: a full collection.
        assert steps(13, list) == [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 2]
        left = gui_thread_collector._LongLived.total
        assert left >= len(kept)  # every list kept is in it
        # Garbage only: nothing moves into the oldest generation, so where it is due the middle one is collected.
        assert steps(16, _Cycle) == [0, 0, 0, 1] * 4
        assert gc.get_count()[2] > 2 and gui_thread_collector._LongLived.pending < left // 20  # far from a quarter
        # Twice as much again that lives on, moved in by the next middle collection: a full collection follows, and
        # frees an old cycle only it can reach.
        old_cycle = _Cycle()
        freed = weakref.ref(old_cycle)
        kept.extend([old_cycle, *([] for _ in range(2 * left))])
        del old_cycle
        assert steps(4, _Cycle) == [0, 0, 0, 1] and gui_thread_collector._LongLived.pending > left
        kept.remove(freed())
        assert steps(1, _Cycle) == [2] and freed() is None
        # After a freeze nothing is left in the oldest generation to weigh against: the next full collection is due.
        gc.freeze()
        gui_thread_collector.forget_long_lived()
        assert gui_thread_collector._LongLived.total == 0
        assert steps(16, _Cycle)[-4:] == [2, 0, 0, 0]  # garbage only: due only because nothing is left to weigh
        gc.set_threshold(0)
        kept.extend([] for _ in range(600))
        assert collect_due() == -1  # a threshold of 0: collection off, as the interpreter reads it
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
