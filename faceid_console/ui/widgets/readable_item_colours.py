"""An item delegate that draws each item's colour in its form for the view's background (``colours.readable``),
and gives a wrapped item the height Qt needs to draw all its lines.

Its own module, not in ``colours``: the delegate's Qt types cost the window's start-up when imported with the
colours every page uses, and only the received callbacks list needs it.
"""

from __future__ import annotations

import math
from typing import Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..colours import readable

#: A line width for an item laid out with no width to wrap at (Qt's own QFIXED_MAX is of this order).
_UNBOUNDED: Final = 1 << 24


def line_heights(text: str, option: QStyleOptionViewItem) -> list[float]:
    """The heights of the lines Qt's style lays ``text`` out in for an item of ``option`` (its font, its width less
    the style's text margins, broken at words and at its line breaks)."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    width = option.rect.width() - 2 * margin if option.rect.isValid() else _UNBOUNDED
    layout = QTextLayout(text.replace("\n", "\u2028"), option.font)
    wrapping = QTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(wrapping)
    heights: list[float] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        line.setPosition(QPointF(0, sum(heights)))
        heights.append(line.height())
    layout.endLayout()
    return heights


def height_drawn_whole(heights: list[float]) -> int:
    """The least item height at which Qt's style draws every one of these lines: it takes each next line to be as
    tall as the one before, and elides a line whose next would not fit so. A line of Chinese is taller than one
    of Latin letters (its fallback font's ascent), so a callback's first line in Chinese, with its biz_id line under
    it, was drawn alone, cut off with "…", in a row exactly as tall as the two lines."""
    needed, top = 0.0, 0.0
    for index, height in enumerate(heights):
        top += height
        needed = max(needed, top + height if index + 1 < len(heights) else top)
    return math.ceil(needed)


class ReadableItemColours(QStyledItemDelegate):
    """Draws an item's colour (its ForegroundRole, what it means) in its form for the view's background: a list
    keeps the colours the result pages use and still reads on a dark palette, also once the palette changed. A
    wrapped item is as tall as all its lines need, in any language."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        meaning = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(meaning, QBrush):
            meaning = meaning.color()
        if isinstance(meaning, QColor):
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Text, readable(meaning, palette.color(QPalette.ColorRole.Base)))
            option.palette = palette

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        if not item.features & QStyleOptionViewItem.ViewItemFeature.WrapText or not item.text:
            return hint
        return QSize(hint.width(), max(hint.height(), height_drawn_whole(line_heights(item.text, item))))
