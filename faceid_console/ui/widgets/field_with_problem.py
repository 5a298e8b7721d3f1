"""A line edit with its problem shown right under it, marking a form's problems where each one is, and form rows
whose label names their control."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..alt_keys import label_name
from ..colours import CAUTION, FAIL, set_outline, set_text_colour
from ..texts import error_field, problem_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

    from ...api import FaceIDError
    from .photo_slot import PhotoSlot


class FieldWithProblem(QWidget):
    """A line edit with its problem shown right under it.

    A problem put right while the keyboard is still in the field (the last digit of an ID number typed) leaves its
    line empty rather than taking it away, and the edit keeps its height without its outline: the form under it
    moved up 14 px as the reviewer typed. The line goes once the keyboard leaves the field, after the mouse button
    that moved it is let go (the control pressed does not move between press and release). No room is kept for a
    field that has shown no problem.
    """

    def __init__(self, edit: QLineEdit, extra: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        if extra is not None:
            row.addWidget(extra)
        layout.addLayout(row)
        self.problem = QLabel(self)
        set_text_colour(self.problem, FAIL)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        # A warning about the value that does not stop it being sent (``set_note``): in caution's colour, no outline.
        self.note = QLabel(self)
        self.note.setObjectName("fieldNote")
        set_text_colour(self.note, CAUTION)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        # Focus given to the field (a label's Alt key, a page's first field) goes to the edit. Set once the edit is
        # this wrapper's child: Qt then moves it (and the extra) behind the wrapper in the tab chain; set before,
        # Tab from the extra landed on the wrapper, whose proxy sent the keyboard back to the edit, for ever.
        self.setFocusProxy(edit)
        edit.installEventFilter(self)
        self._typing = False  # the reviewer has typed in the field since the keyboard came to it
        edit.textEdited.connect(self._typed)  # before the page's own check as typed: connected first
        self._waiting_for_release = False  # the keyboard left by a click: the line goes once the button is let go

    def set_problem(self, text: str) -> None:
        typing = self._typing and self.edit.hasFocus()
        if typing and self.problem.isVisible():
            # Never lower while the reviewer types: a shorter problem, or none, keeps the line's room.
            self.problem.setMinimumHeight(max(self.problem.minimumHeight(), self.problem.height()))
        self.problem.setText(text)
        if text:
            self.problem.setVisible(True)
        elif not typing:
            self._collapse()
        set_outline(self.edit, FAIL if text else None)  # painted over the edit: its height stays the style's
        self._describe()

    def set_note(self, text: str) -> None:
        """A warning about the value (``""``: none) under the field: it is still sent, but the reviewer should know
        what will come of it (a notify_url FaceID posts no callback to)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self._describe()

    def _describe(self) -> None:
        """Screen readers read the problem and the note as the edit's description."""
        self.edit.setAccessibleDescription(" ".join(line for line in (self.problem.text(), self.note.text()) if line))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) \
                and event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self._left()  # not for a menu or another window: the keyboard comes back to the field from those
        elif watched is self.edit and event.type() == QEvent.Type.FocusIn and self._waiting_for_release:
            self._stop_waiting()  # the keyboard is back in the field: its line stays as it is
        elif self._waiting_for_release and (event.type() == QEvent.Type.MouseButtonRelease
                                            or QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton):
            # A release taken before it reached the window (a drag's, a popup's, another application-wide filter's)
            # still lets the buttons go: the next event of any kind with none down proves the press has ended.
            self._stop_waiting()
            QTimer.singleShot(0, self, self._left)  # after the release has reached the control pressed
        return super().eventFilter(watched, event)

    def _stop_waiting(self) -> None:
        """No longer wait for the mouse button to be let go: the application's events stop passing through here."""
        self._waiting_for_release = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _typed(self, _text: str) -> None:
        self._typing = True

    def _left(self) -> None:
        """The keyboard has left the field: an empty problem line goes, unless a mouse button is still down."""
        if self.edit.hasFocus():
            return
        self._typing = False
        app = QApplication.instance()
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton and app is not None:
            if not self._waiting_for_release:
                self._waiting_for_release = True
                app.installEventFilter(self)
            return
        if not self.problem.text():
            self._collapse()
        else:
            self.problem.setMinimumHeight(0)  # a problem that stays: its own height again

    def _collapse(self) -> None:
        self.problem.setMinimumHeight(0)
        self.problem.setVisible(False)


def name_by_label(label: QLabel, control: QWidget) -> None:
    """``label`` names ``control``: its Alt key lands there, and screen readers read it as the control's name.

    Qt reads a buddy label as the name only when the two share a parent (not for a line edit inside its
    FieldWithProblem), and names a combo box by the choice on show; so the name is given too.
    """
    label.setBuddy(control)
    if not control.accessibleName():  # a name of its own says more ("Name (idcard_name)")
        control.setAccessibleName(label_name(label.text()))


def name_unlabelled(combo: QComboBox) -> None:
    """Name ``combo``, shown without a label, by its accessible name on Linux too.

    Qt on Linux (AT-SPI) names a combo box by the choice on show ("Any decision") and passes over its accessible name;
    a screen reader reads only a label whose buddy it is, beside it in the same parent (the label relation). A label
    of its accessible name, never shown, is that label.
    """
    label = QLabel(combo.accessibleName(), combo.parentWidget())
    label.setBuddy(combo)
    label.setVisible(False)


def add_named_row(form: QFormLayout, label: str, field: QWidget, control: QWidget | None = None) -> QLabel:
    """A form row whose label names ``control`` (by default ``field``, the widget in the row)."""
    form.addRow(label, field)
    caption = form.labelForField(field)
    assert isinstance(caption, QLabel)
    name_by_label(caption, control or field)
    return caption


def add_field_row(form: QFormLayout, label: str, field: FieldWithProblem) -> QLabel:
    """A form row whose label belongs to the line edit itself, not its wrapper: screen readers read the label as
    the edit's name, and the label's Alt key lands in the edit."""
    return add_named_row(form, label, field, field.edit)


def clear_marks(fields: Iterable[FieldWithProblem], slots: Mapping[str, PhotoSlot]) -> None:
    """Take the last attempt's marks off the fields and photo slots; a refused file stays marked."""
    for field in fields:
        field.set_problem("")
    for slot in slots.values():
        slot.mark_error(slot.refusal or "")


def mark_problems(problems: Iterable[FaceIDError], fields: Mapping[str, FieldWithProblem],
                  slots: Mapping[str, PhotoSlot], language: str, renumbered: Mapping[str, str] | None = None, *,
                  call: str = "") -> None:
    """Mark each problem at the field or photo slot it names, in the window's words; ``renumbered`` maps a photo
    parameter sent under another number to its slot; ``call``: the call refused (a ``CallKind`` value), whose
    document's words differ from verify's (get_biz_token's)."""
    renumbered = renumbered or {}
    for problem in problems:
        field = error_field(problem, call) or ""
        field = renumbered.get(field, field)
        if field in fields:
            fields[field].set_problem(problem_text(problem, language, call=call))
        elif field in slots:
            slots[field].mark_error(problem_text(problem, language, renumbered, call))
