"""Widgets side by side where there is room for them, one under the other where there is not.

A plain row asks for the width of all its widgets together: on a narrow page (1366×768 at 150 %, a window of
910×512) the App token page's form then scrolled sideways and cut off what was on its right. StackingRow is such a
row; StackingGrid is a table of such rows (the Verify result's scores), its columns lined up while they fit.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QWidget

from .emptying import empty_layout
from .rearranging import Rearranging


def _least_width(widget: QWidget) -> int:
    """The width ``widget`` needs in a row: a row in it counts side by side, so the outer row stacks first."""
    if isinstance(widget, StackingRow):
        return widget.row_width()
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


class StackingRow(Rearranging):
    """Its widgets left to right when its width allows all of them, else top to bottom. It asks only for the width
    of its widest widget, so it never widens what it is in."""

    def __init__(self, parent: QWidget | None = None, *, stretch: bool = False, at_right: bool = False) -> None:
        """``stretch``: in a row, the widgets stay at the left (a stretch after them) rather than sharing the width;
        ``at_right``: they stay at the right (a stretch before them)."""
        super().__init__(parent)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._stretch = stretch
        self._first = 1 if at_right else 0  # where the widgets start in the layout: after the leading stretch
        self._widgets: list[QWidget] = []
        if at_right:
            self._layout.addStretch(1)
        if stretch:
            self._layout.addStretch(1)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self._widgets.append(widget)
        self._layout.insertWidget(self._first + len(self._widgets) - 1, widget, stretch)

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    @property
    def stacked(self) -> bool:
        return self._layout.direction() is QBoxLayout.Direction.TopToBottom

    def row_width(self) -> int:
        """The width all its widgets need side by side (a row among them side by side too)."""
        margins = self._layout.contentsMargins()
        shown = [w for w in self._widgets if not w.isHidden()]
        return (sum(_least_width(w) for w in shown) + self._layout.spacing() * max(0, len(shown) - 1)
                + margins.left() + margins.right())

    def minimumSizeHint(self) -> QSize:
        margins = self._layout.contentsMargins()
        widest = max((w.minimumSizeHint().width() for w in self._widgets if not w.isHidden()), default=0)
        return QSize(widest + margins.left() + margins.right(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(self.minimumSizeHint().width(), min(hint.width(), self.row_width())), hint.height())

    def rearrange(self, width: int) -> None:
        direction = (QBoxLayout.Direction.LeftToRight if width >= self.row_width()
                     else QBoxLayout.Direction.TopToBottom)
        if direction is not self._layout.direction():
            self._layout.setDirection(direction)
            self.updateGeometry()  # its height changes with it


class StackingGrid(Rearranging):
    """Rows of the same number of widgets, in lined-up columns when its width allows, else each row's last widget
    (a gauge) under the others and as wide as the grid. It asks only for the narrower arrangement's width, so it
    never widens what it is in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._rows: list[list[QWidget]] = []
        self._stacked = False

    def add_row(self, widgets: Sequence[QWidget]) -> None:
        self._rows.append(list(widgets))
        self._place(len(self._rows) - 1)

    def clear(self) -> None:
        """Take every row out; their widgets are hidden and deleted (emptying.empty_layout)."""
        empty_layout(self._grid)
        self._rows.clear()

    def rows(self) -> list[list[QWidget]]:
        return [list(row) for row in self._rows]

    @property
    def stacked(self) -> bool:
        return self._stacked

    def row_width(self) -> int:
        """The width its rows need side by side, in lined-up columns."""
        widths = self._column_widths()
        return sum(widths) + self._spacing() * max(0, len(widths) - 1) + self._side_margins()

    def stacked_width(self) -> int:
        """The width its rows need with each last widget under the others."""
        widths = self._column_widths()
        leading = sum(widths[:-1]) + self._spacing() * max(0, len(widths) - 2)
        return max(leading, widths[-1] if widths else 0) + self._side_margins()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.stacked_width(), super().minimumSizeHint().height())

    def rearrange(self, width: int) -> None:
        stacked = width < self.row_width()
        if stacked is self._stacked:
            return
        self._stacked = stacked
        while self._grid.count():  # out of the grid, not deleted: placed again in the other arrangement
            self._grid.takeAt(0)
        for index in range(len(self._rows)):
            self._place(index)
        self.updateGeometry()  # its height changes with it

    def _place(self, index: int) -> None:
        row = self._rows[index]
        last = len(row) - 1
        for column, widget in enumerate(row):
            if not self._stacked:
                self._grid.addWidget(widget, index, column)
            elif column < last:
                self._grid.addWidget(widget, 2 * index, column)
            else:  # under the others, across every column
                self._grid.addWidget(widget, 2 * index + 1, 0, 1, len(row))
        if last > 0:
            self._grid.setColumnStretch(last, 1)  # the last widget takes the room a row has over

    def _column_widths(self) -> list[int]:
        columns = max((len(row) for row in self._rows), default=0)
        return [max((_least_width(row[column]) for row in self._rows
                     if column < len(row) and not row[column].isHidden()), default=0) for column in range(columns)]

    def _spacing(self) -> int:
        return max(0, self._grid.horizontalSpacing())

    def _side_margins(self) -> int:
        margins = self._grid.contentsMargins()
        return margins.left() + margins.right()
