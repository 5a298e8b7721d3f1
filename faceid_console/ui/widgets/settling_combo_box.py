"""A combo box whose arrow-key and wheel steps settle before they count as a choice."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from .eliding_combo_box import ElidingComboBox

#: How long the box waits after the last step; a deliberate single step is taken well within a second.
SETTLE_MS: Final = 600


class SettlingComboBox(ElidingComboBox):
    """A closed combo box takes each arrow key and wheel turn as a choice (``activated``). Where a choice is costly
    (switching the connection profile opens it, and may call the service), ``chosen`` is emitted once the reviewer
    stops stepping, when they leave the box, or at once for an item picked from the list."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self._stepping = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self._settled)
        self.activated.connect(self._activated)

    @property
    def settling(self) -> bool:
        """True while a stepped-to item waits to count: the box shows it, nothing has been chosen yet."""
        return self._settle.isActive()

    @contextlib.contextmanager
    def _steps(self) -> Iterator[None]:
        """A choice made inside is a step (an arrow key, a wheel turn), not a pick from the list."""
        self._stepping = True
        try:
            yield
        finally:
            self._stepping = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        with self._steps():
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        with self._steps():
            super().wheelEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Leaving the box for another control is as good as stopping; its window going (closed, or another window
        # in front) is not a choice.
        left = event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
        if self._settle.isActive() and left and self.window().isVisible():
            self._settle.stop()
            self._settled()
        super().focusOutEvent(event)

    def drop_steps(self) -> None:
        """Forget the steps not yet settled (the window is closing): nothing is chosen."""
        self._settle.stop()

    def _activated(self, index: int) -> None:
        if self._stepping:
            self._settle.start()
        else:
            self._settle.stop()
            self.chosen.emit(index)

    def _settled(self) -> None:
        if self.currentIndex() >= 0:
            self.chosen.emit(self.currentIndex())
