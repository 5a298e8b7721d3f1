"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs on whichever thread allocates past its threshold: a worker preparing a photo,
writing a report or reading the History database (measured: a History export and report ran 10–20 collections on
their workers). Garbage found there can hold the GUI's Qt objects (a closed page's timers, pixmaps, parentless
widgets), whose C++ destructors then run off the GUI thread, where Qt forbids it (CI crashed in History's tests when a
worker freed a page's object that way). So automatic collection stays off in the window's process and the GUI
thread collects on a short timer, each generation when the interpreter would have collected it (its thresholds, and
its rule for full collections), as pyqtgraph's ``GarbageCollector`` and Spyder's ``QGarbageCollector`` do.
"""

from __future__ import annotations

import gc
from typing import Final

from PySide6.QtCore import QObject, Qt, QTimer

#: How often the GUI thread looks whether a generation is due: short, so the young generation stays small (one
#: pass over it well under a millisecond) even while a worker makes objects quickly.
CHECK_INTERVAL_MS: Final = 100


class _OldestGeneration:
    """What the interpreter keeps to decide whether a full collection is worth its cost."""

    #: Objects in the oldest generation after the last full collection (the interpreter's ``long_lived_total``).
    size_after_full = 0


def _full_collection_worth_it() -> bool:
    """The interpreter's rule: a full collection only once the oldest generation has grown by a quarter since the
    last one, so that objects made to live long (History's rows) are not walked again and again."""
    grown = len(gc.get_objects(generation=2)) - _OldestGeneration.size_after_full
    return grown >= _OldestGeneration.size_after_full // 4


def collect_due() -> int:
    """Collect the generation the interpreter would collect now, on the calling thread; the generation collected, or
    -1 when none was due."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if thresholds[0] == 0 or counts[0] <= thresholds[0]:
        return -1  # a threshold of 0 turns collection off; the older generations are looked at only with the youngest
    for generation in (2, 1, 0):  # the oldest over its threshold, as the interpreter chooses
        if counts[generation] <= thresholds[generation]:
            continue
        if generation == 2 and not _full_collection_worth_it():
            continue
        gc.collect(generation)
        if generation == 2:
            _OldestGeneration.size_after_full = len(gc.get_objects(generation=2))
        return generation
    return -1  # not reached: the youngest generation is over its threshold


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the thread it was made on (the GUI thread) instead.

    Made once, parented to the application; ``stop()`` hands collection back to the interpreter."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_automatic = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)  # a few ms late is of no matter
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collect_due)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        """Stop collecting here; automatic collection (on any thread) is back as it was before."""
        self._timer.stop()
        if self._was_automatic:
            gc.enable()
