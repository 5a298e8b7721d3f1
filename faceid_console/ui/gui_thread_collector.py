"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs on whichever thread allocates past its threshold: a worker preparing a photo,
writing a report or reading the History database (measured: a History export and report ran 10–20 collections on
their workers). Garbage found there can hold the GUI's Qt objects (a closed page's timers, pixmaps, parentless
widgets), whose C++ destructors then run off the GUI thread, where Qt forbids it: a crash or a hang with no Python
frame to show, as CI met in History's tests. So automatic collection stays off in the window's process and the GUI
thread collects on a short timer, each generation when the collector's own thresholds say it is due, as pyqtgraph's
``GarbageCollector`` and Spyder's ``QGarbageCollector`` do.
"""

from __future__ import annotations

import gc
from typing import Final

from PySide6.QtCore import QObject, Qt, QTimer

#: How often the GUI thread looks whether a generation is due: short, so the young generation stays small (one
#: pass over it well under a millisecond) even while a worker makes objects quickly.
CHECK_INTERVAL_MS: Final = 100


def collect_due() -> int:
    """Collect the oldest generation the collector's thresholds say is due, on the calling thread; the generation
    collected, or -1 when none was due."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return -1  # the interpreter looks at the older generations only when the youngest is due, too
    due = max(generation for generation in range(3) if counts[generation] > thresholds[generation])
    gc.collect(due)
    return due


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the thread it was made on (the GUI thread) instead.

    Made once, parented to the application; ``stop()`` hands collection back to the interpreter."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
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
        """Stop collecting here; the interpreter collects automatically again (on any thread)."""
        self._timer.stop()
        gc.enable()
