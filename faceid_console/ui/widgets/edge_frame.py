"""A frame marked by a coloured bar down its left edge: a verdict's or an error's colour, beside what it says."""

from __future__ import annotations

from typing import Final

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

    def edge(self) -> QColor | None:
        """The colour the bar means (drawn in its form for the palette, ``readable``); None when none is drawn."""
        return self._edge

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._edge is not None:
            QPainter(self).fillRect(0, 0, EDGE_WIDTH, self.height(),
                                    readable(self._edge, self.palette().color(QPalette.ColorRole.Window), graphic=True))
