"""The style's focus frame, for widgets that paint themselves (the photo slots, the confidence gauge).

Imported where a frame is first drawn, never at start-up: PySide creates QStyle's ~500 enum members on its first
use (~6 ms), and nothing has the keyboard focus frame at the window's first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QWidget


def draw_focus_frame(widget: QWidget, painter: QPainter, rect: QRect | None = None) -> None:
    """Draw the style's focus frame round ``rect`` (the whole widget by default) with ``painter``."""
    option = QStyleOptionFocusRect()
    option.initFrom(widget)
    # Shown however the widget got the keyboard: a reviewer sent here by a shortcut must see where they are too
    # (some styles draw it only after Tab).
    option.state |= QStyle.StateFlag.State_KeyboardFocusChange
    if rect is not None:
        option.rect = rect
    option.backgroundColor = widget.palette().window().color()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # the style's own crisp lines
    widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, widget)
    painter.restore()
