"""Keeps the widget that takes the keyboard inside a scroll area in view, however it got there."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


class FocusInView(QObject):
    """Scrolls its area to the widget of its content that takes the keyboard. Qt scrolls only for a Tab pressed
    inside the area: one pressed in a widget beside it, an Alt key or a setFocus left the widget scrolled away."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)  # connected as long as the area lives
        self._scroll = scroll
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        try:
            content = self._scroll.widget()
        except RuntimeError:  # the area is being deleted, and the keyboard leaves its content as it goes
            return
        if content is not None and content.isAncestorOf(new):
            self._scroll.ensureWidgetVisible(new)


def keep_focus_in_view(scroll: QScrollArea) -> FocusInView:
    """Scroll ``scroll`` to whatever of its content takes the keyboard (the follower is parented to it)."""
    return FocusInView(scroll)
