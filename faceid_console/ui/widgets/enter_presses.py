"""Enter presses the button the keyboard is on, on a page as in a dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton


class _ModifiedEnterPressesNothing(QObject):
    """Keeps Ctrl+Return (Verify) and any other modified Return or Enter from pressing an auto-default button: Qt's
    press takes Return with any modifier, and Ctrl+Return reached the button while Verify was off (its call on its
    way, the engine starting)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier != Qt.KeyboardModifier.NoModifier:
            event.ignore()
            return True  # the key is nothing here: the shortcut it would be is off
        return False


def press_with_enter(*buttons: QPushButton) -> None:
    """Return or Enter on any of ``buttons`` presses it, as Space does; Return or Enter with a modifier does not.

    Qt does so only for a dialog's buttons (they alone are "auto default" unless told): on a page, a reviewer who
    tabbed to Record decision and pressed Enter recorded nothing and was told nothing. While one has the keyboard it
    is drawn as the default button, the mark that Enter presses it. Enter in a field presses none of them: outside a
    dialog, no button takes another control's Enter.
    """
    for button in buttons:
        button.setAutoDefault(True)
        guard = _ModifiedEnterPressesNothing(button)  # the button's child: it goes with the button
        button.installEventFilter(guard)
