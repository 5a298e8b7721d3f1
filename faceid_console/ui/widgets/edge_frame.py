"""A frame marked by a coloured bar down its left edge: a verdict's or an error's colour, beside what it says."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QMargins
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QWidget

from ..colours import readable

#: The bar's width in device-independent pixels (Qt scales it on high-DPI screens).
EDGE_WIDTH: Final = 6


class EdgeFrame(QFrame):
    """Its children sit right of the bar; with no colour set (no verdict yet) the bar's room stays empty, so the
    text does not move when a verdict arrives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edge: QColor | None = None
        self.setContentsMargins(EDGE_WIDTH, 0, 0, 0)  # the children's room starts right of the bar

    def set_edge(self, colour: QColor | None) -> None:
        self._edge = None if colour is None else QColor(colour)
        self.update()

    def text_indent(self) -> int:
        """How far right of the frame's left edge its text starts (to line up a button placed under it)."""
        layout = self.layout()
        return self.contentsMargins().left() + (layout.contentsMargins().left() if layout is not None else 0)

    def edge(self) -> QColor | None:
        """The colour the bar means (drawn in its form for the palette, ``readable``); None when none is drawn."""
        return self._edge

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._edge is not None:
            QPainter(self).fillRect(0, 0, EDGE_WIDTH, self.height(),
                                    readable(self._edge, self.palette().color(QPalette.ColorRole.Window), graphic=True))



def inset_as_text_of(widget: QWidget, frame: EdgeFrame) -> None:
    """Inset ``widget`` (a note read before ``frame``, above it) as ``frame``'s text is: right of its bar by its
    layout's margin, with that margin above it and to its right. Set straight into a column with no margins, a note
    touched the column's frame and stood left of the verdict under it."""
    layout = frame.layout()
    margins = layout.contentsMargins() if layout is not None else QMargins()
    widget.setContentsMargins(frame.text_indent(), margins.top(), margins.right(), 0)
