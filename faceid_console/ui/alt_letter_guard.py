"""Alt with a letter is an Alt key, never typing.

When the control an Alt key belongs to is disabled (Test connection while the keyring answers), or no control has
that key, Qt hands the key press to the focused field, and a line edit types the letter: a reviewer pressing Alt+T
got a "t" at the end of the api_secret being typed, with nothing on screen to show it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

#: Fields that type a key press's text, by Qt class name (their Python classes need not be set up at start-up).
_TYPING = ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QAbstractSpinBox")


class AltLetterGuard(QObject):
    """Drops Alt+letter key presses reaching a text field (Alt keys that matched a live control never get there).
    Not on macOS, where Option (Qt's Alt) types letters such as "é"; nor with Ctrl, which Windows' AltGr adds (AltGr
    types "@" and "€" on many keyboards).

    It watches only the fields that get the keyboard (``follow``, on QApplication.focusChanged): an application-wide
    filter would be handed every event of every object."""

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Watch ``new`` when it is a text field (installing again is harmless: Qt keeps one)."""
        if new is not None and sys.platform != "darwin" and any(new.inherits(name) for name in _TYPING):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers()
        alt_only = modifiers & Qt.KeyboardModifier.AltModifier and not modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
        return bool(alt_only and event.text() and event.text().isprintable())
