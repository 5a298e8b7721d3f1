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


class _LongLived:
    """The interpreter's record for its rule on full collections, kept as automatic collection keeps it, for the
    collections made here (one ``gc.collect()`` made elsewhere is not seen: the rule then errs for a while)."""

    #: Objects in the oldest generation after the last full collection (the interpreter's ``long_lived_total``).
    total = 0
    #: Objects moved into it since, by collections of the middle generation (``long_lived_pending``).
    pending = 0


def forget_long_lived() -> None:
    """After ``gc.freeze()``: the oldest generation starts again from what is left in it (nothing, after a freeze)."""
    _LongLived.total, _LongLived.pending = len(gc.get_objects(generation=2)), 0


def collect_due() -> int:
    """Collect the generation the interpreter would collect now, on the calling thread; the generation collected, or
    -1 when none was due."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if thresholds[0] == 0 or counts[0] <= thresholds[0]:
        return -1  # a threshold of 0 turns collection off; the older generations are looked at only with the youngest
    for generation in (2, 1, 0):  # the oldest over its threshold, as the interpreter chooses
        if counts[generation] <= thresholds[generation]:
            continue
        # The interpreter's rule: a full collection only once a quarter more than the last one left has moved into the
        # oldest generation, so that objects made to live long (History's rows) are not walked again and again.
        if generation == 2 and _LongLived.pending < _LongLived.total // 4:
            continue
        if generation == 1:
            young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
            # What survived moved into the oldest generation. Close to the interpreter's count, not exact: weak
            # references its callbacks freed, tuples it stopped tracking and objects brought back to life differ;
            # they only move a full collection a little earlier or later.
            _LongLived.pending += max(young - gc.collect(1), 0)
        elif generation == 2:
            gc.collect(2)
            forget_long_lived()
        else:
            gc.collect(0)
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
