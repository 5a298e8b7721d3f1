"""Side by side while there is room, in fewer columns when there is not: the reference photos on a narrow form.

Qt's box and grid layouts keep a fixed number of columns, so three reference slots made the form at least three
slots wide, and on a small or scaled screen the result column (the verdict) was left too narrow to read. This
layout keeps its items the same width, as many to a row as fit, and tells its parent the height that takes
(height-for-width), like Qt's own Flow Layout example.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ColumnsLayout(QLayout):
    """Items of equal width, at most ``max_columns`` to a row, wrapped onto more rows when narrower."""

    def __init__(self, parent: QWidget | None = None, max_columns: int = 3) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._max_columns = max_columns

    # --- QLayout ----------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:
        """One column: the widest item's least width, and the tallest item's least height."""
        visible = self._visible()
        width = max((item.minimumSize().width() for item in visible), default=0)
        height = max((item.minimumSize().height() for item in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def sizeHint(self) -> QSize:
        """Every item in one row."""
        visible = self._visible()
        spacing = self._spacing()
        width = sum(item.sizeHint().width() for item in visible) + spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # --- arranging --------------------------------------------------------------------------------

    def columns_for(self, width: int) -> int:
        """How many items fit side by side in ``width`` (at least one)."""
        visible = self._visible()
        if not visible:
            return 1
        margins: QMargins = self.contentsMargins()
        least = max(item.minimumSize().width() for item in visible)
        spacing = self._spacing()
        room = width - margins.left() - margins.right()
        fitting = (room + spacing) // max(1, least + spacing)
        return max(1, min(self._max_columns, len(visible), fitting))

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``); returns the height they take."""
        visible = self._visible()
        margins = self.contentsMargins()
        inner = rect.marginsRemoved(margins)
        if not visible:
            return margins.top() + margins.bottom()
        spacing = self._spacing()
        columns = self.columns_for(rect.width())
        width = max(1, (inner.width() - spacing * (columns - 1)) // columns)
        y = inner.y()
        for start in range(0, len(visible), columns):
            row = visible[start:start + columns]
            # A row is as tall as its tallest item, so the slots' headings and buttons line up.
            height = max(max(item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height(),
                             item.minimumSize().height()) for item in row)
            if move:
                for column, item in enumerate(row):
                    item.setGeometry(QRect(QPoint(inner.x() + column * (width + spacing), y), QSize(width, height)))
            y += height + spacing
        return y - spacing - inner.y() + margins.top() + margins.bottom()

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        spacing = self.spacing()  # set, or the style's spacing for the parent widget
        return spacing if spacing >= 0 else DEFAULT_SPACING


#: Between two items when neither the layout nor the style says (Qt's own default layout spacing).
DEFAULT_SPACING = 6
