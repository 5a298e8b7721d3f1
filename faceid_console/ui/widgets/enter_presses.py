"""Enter presses the button the keyboard is on, on a page as in a dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QPushButton

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterPresses(QObject):
    """Return or Enter with a modifier presses nothing: Qt's auto-default press takes Return with any modifier, and
    Ctrl+Return (Verify) reached a button while Verify was off (its call on its way, the engine starting). On a tool
    button, which Qt presses with Space only, an unmodified Return or Enter presses it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.key() not in ENTER_KEYS:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier != Qt.KeyboardModifier.NoModifier:
            event.ignore()
            return True  # the key is nothing here: the shortcut it would be is off
        if isinstance(watched, QAbstractButton) and not isinstance(watched, QPushButton):
            watched.animateClick()  # as Space does: drawn pressed a moment, then clicked
            return True
        return False


def press_with_enter(*buttons: QAbstractButton) -> None:
    """Return or Enter on any of ``buttons`` presses it, as Space does; Return or Enter with a modifier does not.

    Qt does so only for a dialog's push buttons (they alone are "auto default" unless told), and for no tool button:
    on a page, a reviewer who tabbed to Record decision or Raw JSON and pressed Enter got nothing and was told nothing.
    While a push button has the keyboard it is drawn as the default button, the mark that Enter presses it. Enter in a
    field presses none of them: outside a dialog, no button takes another control's Enter.
    """
    for button in buttons:
        if isinstance(button, QPushButton):
            button.setAutoDefault(True)
        button.installEventFilter(_EnterPresses(button))  # the button's child: it goes with the button
