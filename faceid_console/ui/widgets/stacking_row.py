"""A row of widgets side by side where there is room for them, one under the other where there is not.

A plain row asks for the width of all its widgets together: on a narrow page (1366×768 at 150 %, a window of
910×512) the App token page's form then scrolled sideways and cut off what was on its right.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class StackingRow(QWidget):
    """Its widgets left to right when its width allows all of them, else top to bottom. It asks only for the width
    of its widest widget, so it never widens what it is in."""

    def __init__(self, parent: QWidget | None = None, *, stretch: bool = False) -> None:
        """``stretch``: in a row, the widgets stay at the left (a stretch after them) rather than sharing the width."""
        super().__init__(parent)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._stretch = stretch
        self._widgets: list[QWidget] = []
        if stretch:
            self._layout.addStretch(1)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self._widgets.append(widget)
        self._layout.insertWidget(len(self._widgets) - 1, widget, stretch)

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    @property
    def stacked(self) -> bool:
        return self._layout.direction() is QBoxLayout.Direction.TopToBottom

    def row_width(self) -> int:
        """The width all its widgets need side by side."""
        margins = self._layout.contentsMargins()
        shown = [w for w in self._widgets if not w.isHidden()]
        return (sum(w.minimumSizeHint().width() for w in shown) + self._layout.spacing() * max(0, len(shown) - 1)
                + margins.left() + margins.right())

    def minimumSizeHint(self) -> QSize:
        margins = self._layout.contentsMargins()
        widest = max((w.minimumSizeHint().width() for w in self._widgets if not w.isHidden()), default=0)
        return QSize(widest + margins.left() + margins.right(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(self.minimumSizeHint().width(), min(hint.width(), self.row_width())), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A widget shown, hidden or needing another width changes what fits, with no resize to say so.
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange(self.width())
        return handled

    def _arrange(self, width: int) -> None:
        direction = (QBoxLayout.Direction.LeftToRight if width >= self.row_width()
                     else QBoxLayout.Direction.TopToBottom)
        if direction is not self._layout.direction():
            self._layout.setDirection(direction)
            self.updateGeometry()  # its height changes with it
