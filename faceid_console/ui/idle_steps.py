"""Work done a little at a time while the window is idle: one short step per turn of the event loop.

Keys, clicks and paints are handled between two steps, so no step freezes the window for longer than itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer

#: How long to wait before trying again while the reviewer's own work goes on (a verify being prepared or sent).
BUSY_RETRY_MS = 250


class IdleSteps(QObject):
    """Runs the steps ``steps`` yields, one per turn of the event loop, while ``may_run()`` says so."""

    def __init__(self, steps: Iterator[Callable[[], object]], may_run: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self._may_run = may_run
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        self.finished = False

    def start(self) -> None:
        if not self.finished:
            self._timer.start(0)

    def stop(self) -> None:
        """No further step (the window is closing)."""
        self._timer.stop()
        self.finished = True

    def _step(self) -> None:
        if self.finished:
            return
        if not self._may_run():
            self._timer.start(BUSY_RETRY_MS)  # the reviewer's work first: the steps wait for it to end
            return
        step = next(self._steps, None)
        if step is None:
            self.finished = True
            return
        step()
        self._timer.start(0)  # the next step after the events that came meanwhile
