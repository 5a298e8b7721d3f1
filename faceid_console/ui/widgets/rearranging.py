"""A widget that places its children for the width it is given (StackingRow, StackingGrid, ColumnsBox)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from .device_pixels import ratio_changed

#: How many widths' heights are remembered at once: the few a layout tries for one width of its column.
REMEMBERED_WIDTHS = 16
#: Events after which a child's size may be another for the same width: its text measured in another font or style.
_MEASURED_ANEW = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


class Rearranging(QWidget):
    """Arranges its children again at every resize, and when a child's needs change with no resize to say so (a
    widget shown, hidden or needing another size: Qt then posts LayoutRequest to it).

    A height for a width is remembered (``remembered_height``) until a child's needs change: while an answer is shown
    its layouts ask again and again (~50 times a verify), and measuring every child each time stalled the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def rearrange(self, width: int) -> None:
        """Place the children for ``width``."""
        raise NotImplementedError

    def remembered_height(self, width: int, measure: Callable[[int], int]) -> int:
        """The height for ``width``: as ``measure`` found it since the children last changed, or measured now."""
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= REMEMBERED_WIDTHS:
                self._heights.clear()
            height = self._heights[width] = measure(width)
        return height

    def sizes_changed(self) -> None:
        """A child's needs changed (shown, hidden, another picture or text): measured again, and the layout told."""
        self._heights.clear()
        self.updateGeometry()

    def children_changed(self) -> None:
        """A child's needs changed: by default, arranged again at the present width."""
        self.rearrange(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.rearrange(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _MEASURED_ANEW:
            self.sizes_changed()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        # Shown: Qt tells no hidden parent of a child's change (a page not on show), so it is measured again then.
        children_changed = event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show)
        if children_changed or ratio_changed(event):
            self._heights.clear()  # before the children are placed again, below
        handled = super().event(event)
        if children_changed:
            self.children_changed()
        return handled
