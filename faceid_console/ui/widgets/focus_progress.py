"""A busy bar, and a status line, that show where the keyboard is while they hold it.

The Verify page parks the keyboard on its bar while a call is in flight (Verify and Cancel are disabled); a
progress bar draws no focus frame of its own, so a keyboard reviewer saw none anywhere. Settings parks it on its
profile's status line ("Testing…") while Store, Forget and Test connection are disabled, and a page its stage line
while a lost connection keeps its send button off: a label draws none either.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget


def _frame_while_focused(widget: QWidget) -> None:
    if not widget.hasFocus():
        return
    from .focus_frame import draw_focus_frame  # here, not at start-up (see there)

    painter = QPainter(widget)
    draw_focus_frame(widget, painter)
    painter.end()


class FocusProgressBar(QProgressBar):
    """A QProgressBar with the style's focus frame round it while it has the keyboard."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        _frame_while_focused(self)


class FocusStatusLabel(QLabel):
    """A QLabel with the style's focus frame round it while it has the keyboard."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        _frame_while_focused(self)
