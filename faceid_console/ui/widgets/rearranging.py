"""A widget that places its children for the width it is given (StackingRow, StackingGrid, ColumnsBox)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class Rearranging(QWidget):
    """Arranges its children again at every resize, and when a child's needs change with no resize to say so (a
    widget shown, hidden or needing another size: Qt then posts LayoutRequest to it)."""

    def rearrange(self, width: int) -> None:
        """Place the children for ``width``."""
        raise NotImplementedError

    def children_changed(self) -> None:
        """A child's needs changed: by default, arranged again at the present width."""
        self.rearrange(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.rearrange(event.size().width())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self.children_changed()
        return handled
