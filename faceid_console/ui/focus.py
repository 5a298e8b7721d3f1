"""Where the keyboard goes when a page is shown from the keyboard, at start-up, or once a waited-for page is built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focus_first_field(page: QWidget) -> None:
    """Put the keyboard in ``page``'s first field (in Tab order), else its first control that takes Tab.

    Works before the window is first shown too: what counts is being visible within the page. A radio button or
    check box is not a field: the next Space would change the form.
    """
    # Set up by PySide on first use (~0.5 ms): after the first paint, not before it.
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    fields = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
    first_control: QWidget | None = None
    candidate: QWidget | None = page
    for _ in range(300):  # the focus chain, from the page on
        candidate = candidate.nextInFocusChain() if candidate is not None else None
        if candidate is None or candidate is page:
            break
        if not (page.isAncestorOf(candidate) and candidate.isVisibleTo(page) and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(candidate, fields) and not getattr(candidate, "isReadOnly", lambda: False)():
            candidate.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        first_control = first_control or candidate
    (first_control or page).setFocus(Qt.FocusReason.ShortcutFocusReason)
