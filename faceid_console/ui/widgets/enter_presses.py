"""Enter presses the button the keyboard is on, on a page as in a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def press_with_enter(*buttons: QPushButton) -> None:
    """Return or Enter on any of ``buttons`` presses it, as Space does.

    Qt does so only for a dialog's buttons (they alone are "auto default" unless told): on a page, a reviewer who
    tabbed to Record decision and pressed Enter recorded nothing and was told nothing. While one has the keyboard it
    is drawn as the default button, the mark that Enter presses it. Enter in a field presses none of them: outside a
    dialog, no button takes another control's Enter.
    """
    for button in buttons:
        button.setAutoDefault(True)
