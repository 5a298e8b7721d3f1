"""Keeps the mouse wheel from changing a value the reviewer did not choose to edit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class WheelGuard(QObject):
    """Spin boxes and combo boxes take the wheel even unfocused: scrolling a page past one changes it. Guarded,
    they take it only once clicked or tabbed into."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # on to the scroll area around it
            return True
        return False


def guard_wheel(*widgets: QWidget) -> WheelGuard:
    """Guard ``widgets`` (the guard is parented to the first, so it lives as long as they do)."""
    guard = WheelGuard(widgets[0])
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: a wheel turn does not focus it either
        widget.installEventFilter(guard)
    return guard
