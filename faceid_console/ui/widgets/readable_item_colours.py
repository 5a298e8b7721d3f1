"""An item delegate that draws each item's colour in its form for the view's background (``colours.readable``).

Its own module, not in ``colours``: the delegate's Qt types cost the window's start-up when imported with the
colours every page uses, and only the received callbacks list needs it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ..colours import readable


class ReadableItemColours(QStyledItemDelegate):
    """Draws an item's colour (its ForegroundRole, what it means) in its form for the view's background: a list
    keeps the colours the result pages use and still reads on a dark palette, also once the palette changed."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        meaning = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(meaning, QBrush):
            meaning = meaning.color()
        if isinstance(meaning, QColor):
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Text, readable(meaning, palette.color(QPalette.ColorRole.Base)))
            option.palette = palette
