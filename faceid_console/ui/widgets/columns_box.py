"""Side by side while there is room, in fewer columns when there is not: the reference photos on a narrow form.

Qt's box and grid layouts keep a fixed number of columns, so three reference slots made the form at least three
slots wide, and on a small or scaled screen the result column (the verdict) was left too narrow to read. This
widget keeps its widgets the same width, as many to a row as fit, and tells its parent the height that takes
(height-for-width).

It is a widget that places its children, like StackingRow, not a QLayout subclass: a Python QLayout must hold the
QWidgetItems Qt creates for it, and PySide could invalidate those wrappers while the layout still used them (a
reviewer got an "Unexpected error" with 112 tracebacks from the Verify form after a profile switch).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from .rearranging import Rearranging

#: Between two widgets (Qt's own default layout spacing).
DEFAULT_SPACING = 6


def _least_size(widget: QWidget) -> QSize:
    """The least size ``widget`` accepts, as Qt's layouts reckon it (an explicit minimum wins over the hint)."""
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


class ColumnsBox(Rearranging):
    """Widgets of equal width, at most ``max_columns`` to a row, wrapped onto more rows when narrower."""

    def __init__(self, parent: QWidget | None = None, max_columns: int = 3, spacing: int = DEFAULT_SPACING) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._max_columns = max_columns
        self._spacing = spacing
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        """Place ``widget`` after the others (it becomes this box's child)."""
        # As Qt's layouts do: a widget hidden on purpose stays hidden, any other is shown with the box.
        hidden = widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        if widget.parentWidget() is not self:
            widget.setParent(self)
        self._widgets.append(widget)
        if not hidden:
            widget.show()
        self.sizes_changed()
        self.rearrange(self.width())

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    # --- size ---------------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.remembered_height(width, lambda width: self._arrange(QRect(0, 0, width, 0), move=False))

    def minimumSizeHint(self) -> QSize:
        """One column: the widest widget's least width, and the tallest widget's least height."""
        shown = self._shown()
        width = max((_least_size(w).width() for w in shown), default=0)
        height = max((_least_size(w).height() for w in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def sizeHint(self) -> QSize:
        """Every widget in one row, each as wide as the widest: the box gives them equal widths (the sum of their own
        widths put four returned images of unequal widths three to a row, with room for all four)."""
        shown = self._shown()
        widest = max((w.sizeHint().expandedTo(_least_size(w)).width() for w in shown), default=0)
        margins = self.contentsMargins()
        width = widest * len(shown) + self._spacing * max(0, len(shown) - 1) + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))  # the height includes the margins

    def columns_for(self, width: int) -> int:
        """How many widgets fit side by side in ``width`` (at least one)."""
        shown = self._shown()
        if not shown:
            return 1
        margins = self.contentsMargins()
        least = max(_least_size(w).width() for w in shown)
        room = width - margins.left() - margins.right()
        fitting = (room + self._spacing) // max(1, least + self._spacing)
        return max(1, min(self._max_columns, len(shown), fitting))

    # --- placing ------------------------------------------------------------------------------------

    def rearrange(self, width: int) -> None:
        self._arrange(QRect(0, 0, width, self.height()), move=True)

    def children_changed(self) -> None:
        self.sizes_changed()  # the height it needs for its width may have changed too
        super().children_changed()

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the widgets in ``rect`` (when ``move``); returns the height they take."""
        shown = self._shown()
        margins = self.contentsMargins()
        inner = rect.marginsRemoved(margins)
        if not shown:
            return margins.top() + margins.bottom()
        columns = self.columns_for(rect.width())
        width = max(1, (inner.width() - self._spacing * (columns - 1)) // columns)
        y = inner.y()
        for start in range(0, len(shown), columns):
            row = shown[start:start + columns]
            # A row is as tall as its tallest widget, so the slots' headings and buttons line up.
            height = max(max(w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height(),
                             _least_size(w).height()) for w in row)
            if move:
                for column, widget in enumerate(row):
                    widget.setGeometry(QRect(QPoint(inner.x() + column * (width + self._spacing), y),
                                             QSize(width, height)))
            y += height + self._spacing
        return y - self._spacing - inner.y() + margins.top() + margins.bottom()

    def _shown(self) -> list[QWidget]:
        return [w for w in self._widgets if not w.isHidden()]
