"""A busy bar that shows where the keyboard is while it holds it.

The Verify page parks the keyboard on its bar while a call is in flight (Verify and Cancel are disabled); a
progress bar draws no focus frame of its own, so a keyboard reviewer saw none anywhere.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QProgressBar


class FocusProgressBar(QProgressBar):
    """A QProgressBar with the style's focus frame round it while it has the keyboard."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        from .focus_frame import draw_focus_frame  # here, not at start-up (see there)

        painter = QPainter(self)
        draw_focus_frame(self, painter)
        painter.end()
