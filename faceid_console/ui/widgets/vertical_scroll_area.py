"""A scroll area that scrolls up and down only: it is never laid out narrower than its content's least width.

A plain QScrollArea's least width is a scroll bar's, so a splitter or a layout narrows it below what its content
can take and the content is cut off at a side, to be scrolled to sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QScrollArea, QWidget

from .form_result_splitter import scrolling_form_width


class VerticalScrollArea(QScrollArea):
    """Its content as wide as the area, and the area at least as wide as the content's least width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)  # its least width changes with what it shows: tell the layout each time

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        return QSize(max(hint.width(), scrolling_form_width(self, content.minimumSizeHint().width())), hint.height())
