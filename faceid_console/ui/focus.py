"""Where the keyboard goes when a page is shown from the keyboard, at start-up, once a waited-for page is built,
when a form's problem is marked, or while the button or answer that had it is disabled or hidden."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from PySide6.QtWidgets import QButtonGroup, QLayout


def tab_to_the_checked(group: QButtonGroup) -> None:
    """Tab stops at the checked button of ``group`` only (arrows move between them), as on every desktop: Qt does
    that only once one of them has had the keyboard, so Tab first reached an unchecked one, and a screen reader
    announced it as the choice."""
    def follow() -> None:
        for button in group.buttons():
            policy = button.focusPolicy()
            button.setFocusPolicy(Qt.FocusPolicy(policy | Qt.FocusPolicy.TabFocus) if button.isChecked()
                                  else Qt.FocusPolicy(policy & ~Qt.FocusPolicy.TabFocus))

    follow()
    group.buttonToggled.connect(lambda _button, _checked: follow())


def focus_first_field(page: QWidget) -> None:
    """Put the keyboard in ``page``'s first field (in reading order, which the Tab order follows), else its first
    control that takes Tab.

    Found among the page's own controls, not along the window's focus chain: a page built after the window (History,
    once its store is open; a page built in idle time) joins that chain at its end, some 500 steps from its place,
    and the keyboard was left on the page's holder, which takes no keys. Works before the window is first shown
    too: what counts is being visible within the page. A radio button or check box is not a field: the next Space
    would change the form.
    """
    # Set up by PySide on first use (~0.5 ms): after the first paint, not before it.
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    fields = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
    first_control: QWidget | None = None
    for candidate in reading_order(page):
        if candidate is page or not (candidate.isVisibleTo(page) and candidate.isEnabled()):
            continue
        if isinstance(candidate, fields) and not getattr(candidate, "isReadOnly", lambda: False)():
            candidate.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        first_control = first_control or candidate
    (first_control or page).setFocus(Qt.FocusReason.ShortcutFocusReason)


def focus_first_marked(page: QWidget, marked: Iterable[QWidget], focus_at_send: QWidget | None) -> None:
    """Put the keyboard on the first of ``marked`` (a form's fields and photos with a problem, in the form's order)
    that is shown on ``page`` and enabled: for the form's own problems and for a service's refusal alike.

    A reviewer who has meanwhile gone to another page, or is typing in a field other than the one they sent from
    (``focus_at_send``: where the keyboard was when they sent), keeps their place.
    """
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    focus = QApplication.focusWidget()
    if not page.isVisible() or (focus is not None and not page.isAncestorOf(focus)):
        return  # the reviewer is on another page: the keyboard stays there
    if focus is not focus_at_send and isinstance(focus, (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)):
        return  # typing elsewhere since: moving the keyboard would send the next keys into the marked field
    for widget in marked:
        if widget.isVisibleTo(page) and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return


def park_keyboard(leaving: Iterable[QWidget], spot: QWidget) -> QWidget | None:
    """One of ``leaving`` (buttons about to be disabled while the work they started runs) has the keyboard: it waits
    on ``spot`` (shown, on the same part of the page) instead; the one that had it, else None.

    Qt passes a disabled control's keyboard on along the Tab order: out of the page to the page list, where the
    next letter switched page, or onto a box whose value the next arrow key changed. Called before disabling.
    """
    for widget in leaving:
        if widget.window().focusWidget() is widget and spot.isVisible() and spot.isEnabled():
            spot.setFocus(Qt.FocusReason.OtherFocusReason)
            return widget
    return None


def park_keyboard_out_of(parts: Iterable[QWidget], spot: QWidget) -> QWidget | None:
    """The keyboard is on a control in one of ``parts`` (the answer on show, about to be hidden for the next call's):
    it waits on ``spot`` (the page's send button, which then keeps it through the call as if pressed) instead; the
    control that had it, else None.

    Qt passes a hidden control's keyboard on along the Tab order: from the answer, the page's last part, out of the
    page to the tool bar's profile box, where the next arrow key switched profile. Called before hiding them."""
    focus = spot.window().focusWidget()
    if focus is None or not any(part is focus or part.isAncestorOf(focus) for part in parts):
        return None
    return park_keyboard([focus], spot)


def give_keyboard_back(parked: QWidget | None, spot: QWidget) -> QWidget | None:
    """The keyboard waiting on ``spot`` goes back to ``parked`` once that is enabled again; moved meanwhile (by the
    reviewer, or to a field an answer marked), it stays where it is. What is still parked: ``parked`` while it is
    off, else None."""
    if parked is None or not parked.isEnabled():
        return parked
    if parked.window().focusWidget() is spot and parked.isVisible():
        parked.setFocus(Qt.FocusReason.OtherFocusReason)
    return None


class KeyboardKeeper:
    """The control in ``view`` (an answer's view) that has the keyboard keeps it while ``view`` draws an answer again
    (F5 in History, a decision recorded). Its parts hidden a moment by the view's ``clear``, Qt passed the keyboard
    on along the Tab order: out of the view to History's Decision box, where the next Down chose Approve.

    ``view`` holds Qt's passing on while ``holding``: its ``focusNextPrevChild`` returns True then (Qt asks the part
    being hidden, which asks its parents up to ``view``).
    """

    def __init__(self, view: QWidget) -> None:
        self._view = view
        self.holding = False

    @contextmanager
    def redrawing(self) -> Iterator[None]:
        """Hold the keyboard where it is while the body draws; passed on as Qt would only if the answer drawn has no
        place for the control that had it. Nested, the outermost decides."""
        if self.holding:
            yield
            return
        focused = QApplication.focusWidget()
        self.holding = focused is not None and self._view.isAncestorOf(focused)
        try:
            yield
        finally:
            self.holding = False
        if focused is not None and QApplication.focusWidget() is focused and not focused.isVisible():
            self._view.focusNextPrevChild(True)


def reading_order(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that Tab can reach, in the order its layouts show them: top to bottom, left
    to right (grid and form rows by row, then column; a splitter's columns as it shows them). A child outside every
    layout (a scroll area's content) comes after the laid-out ones; a compound control (a combo box, a spin box, a
    text view) counts as one."""
    return list(_in_reading_order(root))


def _in_reading_order(widget: QWidget) -> Iterator[QWidget]:
    """``reading_order(widget)``, one control at a time: a search for one control stops where it is found."""
    from PySide6.QtWidgets import (
        QAbstractScrollArea,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QScrollArea,
        QSplitter,
    )

    # A widget whose focus goes to another (a field with its problem line, to its field) is found as that one.
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None \
            and not widget.objectName().startswith("qt_"):
        yield widget
    if isinstance(widget, (QComboBox, QAbstractSpinBox, QLineEdit)) or (
            isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea)):
        return  # its parts are its own (Qt keeps them with it in the chain)
    laid_out: list[QWidget] = []
    layout = widget.layout()
    if isinstance(widget, QSplitter):  # its children() are not in the order it shows them (Verify: the result first)
        laid_out = [shown for index in range(widget.count()) if (shown := widget.widget(index)) is not None]
    elif layout is not None:
        _layout_widgets(layout, laid_out)
    seen = set(map(id, laid_out))
    # Widgets only, found by Qt: children() wraps every child, and the first time one of a class PySide does not
    # know (a selectable label's text control) is wrapped, PySide sets up some 160 types for it (~20 ms).
    children = [child for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if not child.isWindow()]
    for child in laid_out + [child for child in children if id(child) not in seen]:
        if child.parentWidget() is widget:
            yield from _in_reading_order(child)


def _layout_widgets(layout: QLayout, out: list[QWidget]) -> None:
    """The widgets of ``layout`` and its nested layouts, in the order they are shown."""
    from PySide6.QtWidgets import QBoxLayout, QFormLayout, QGridLayout

    indices = list(range(layout.count()))
    if isinstance(layout, (QGridLayout, QFormLayout)):
        rows = layout
        indices.sort(key=lambda i: _row_and_column(rows.getItemPosition(i)))
    elif isinstance(layout, QBoxLayout) and layout.direction() in (QBoxLayout.Direction.RightToLeft,
                                                                     QBoxLayout.Direction.BottomToTop):
        indices.reverse()
    for index in indices:
        item = layout.itemAt(index)
        if item is None:
            continue
        if (child := item.widget()) is not None:
            out.append(child)
        elif (nested := item.layout()) is not None:
            _layout_widgets(nested, out)


def _row_and_column(position: object) -> tuple[int, int]:
    """A grid's (row, column, …) or a form's (row, role) as two numbers to sort by."""
    assert isinstance(position, tuple)
    row, column = position[0], position[1]
    if not isinstance(column, int):
        column = column.value  # a form's ItemRole: label, field, spanning both
    return int(row), int(column)


def take_place_in_focus_chain(root: QWidget) -> None:
    """Put the controls under ``root`` where they are shown in the window's Tab order.

    A control built after its window (an answer's parts, built with the first answer) joins the end of the
    window's focus chain: Tab reached it after everything else, out of the page it is on. This puts ``root``'s
    controls, in reading order, right after the control shown before them (found in ``root``'s ancestors).
    """
    placed = reading_order(root)
    if not placed:
        return
    anchor: QWidget | None = None
    ancestor = root.parentWidget()
    while ancestor is not None and anchor is None:
        # The control before the first placed one, read only up to it (reading a window whole, ~1,000 widgets, at
        # each level up made a liveness result's showing stall ~10 ms).
        before: QWidget | None = None
        for widget in _in_reading_order(ancestor):
            if widget is placed[0]:
                anchor = before
                break
            before = widget
        if ancestor.isWindow():
            break
        ancestor = ancestor.parentWidget()
    previous = anchor
    for widget in placed:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget
