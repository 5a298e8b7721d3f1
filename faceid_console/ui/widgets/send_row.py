"""A page's send button with its busy bar and, under it, one line saying what is happening."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..focus import give_keyboard_back, park_keyboard
from .enter_presses import press_with_enter
from .focus_progress import FocusProgressBar, FocusStatusLabel

if TYPE_CHECKING:
    from .photo_slot import PhotoSlot


#: The keys that send a page's form from anywhere in it, as on the Verify page (Enter: the keypad's).
SEND_KEYS = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))


def add_send_shortcut(page: QWidget, button: QAbstractButton) -> QAction:
    """Ctrl+Return (or Ctrl+Enter) anywhere on ``page`` presses ``button``, while it is enabled: the same keys send
    on every page."""
    action = QAction(button.text().replace("&", ""), page)
    action.setShortcuts(list(SEND_KEYS))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only on this page, while shown
    action.triggered.connect(button.click)  # click() does nothing while the button is off
    page.addAction(action)
    return action


class SendRow(QWidget):
    """Button, busy bar and stage line; ``set_state`` follows the connection and the page's task. ``default``: the
    button is the page's default (drawn so), else one that Enter presses as any other on the page."""

    def __init__(self, text: str, object_name: str, on_click: Callable[[], None],
                 parent: QWidget | None = None, *, default: bool = False) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.button = QPushButton(text, self)
        self.button.setObjectName(object_name)
        self.button.clicked.connect(on_click)
        if default:
            self.button.setDefault(True)  # Enter presses it while it has the keyboard; auto-default would unmark it
        else:
            press_with_enter(self.button)
        row.addWidget(self.button)
        # Where the keyboard waits while the button is off (see ``set_state``).
        self.progress = FocusProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self._parked: QWidget | None = None  # the button, while the keyboard waits on the progress bar or stage line
        self._spot: QWidget = self.progress  # where it waits: the bar while a call runs, else the stage line
        row.addWidget(self.progress)
        row.addStretch(1)
        layout.addLayout(row)
        # Where the keyboard waits while the connection keeps the button off, saying why.
        self.stage_label = FocusStatusLabel(self)
        self.stage_label.setWordWrap(True)
        layout.addWidget(self.stage_label)
        self._slots: list[PhotoSlot] = []

    def watch_photos(self, slots: Iterable[PhotoSlot]) -> None:
        """The photo slots whose reading and preparation ``photos_busy`` reports."""
        self._slots = list(slots)
        for slot in self._slots:
            slot.changed.connect(self._photos_changed)

    def photos_busy(self) -> bool:
        """Whether a photo is still being prepared (and the line says so until it is done)."""
        if any(slot.busy for slot in self._slots):
            self.stage_label.setText(self.tr("Preparing photos…"))
            return True
        return False

    def _photos_changed(self) -> None:
        if self.stage_label.text() == self.tr("Preparing photos…") and not any(slot.busy for slot in self._slots):
            self.stage_label.setText("")

    def set_state(self, ready: bool, busy: bool) -> None:
        """Enable the button when connected and idle; say so while waiting for the connection.

        Pressed from the keyboard, the button is disabled while its call runs: the keyboard waits on the progress
        bar, on the page (not the page list, where the next letter switched page), and is back on the button
        once the answer is shown, unless the answer put it on a field to fix (or the reviewer moved it). Off because
        the connection was lost, the button's keyboard waits on the stage line saying so, until it is back."""
        enabled = ready and not busy
        if busy:
            self.progress.setVisible(True)
        if not enabled:
            spot = self.progress if busy else self.stage_label
            if self._parked is not None and self._spot is not spot and self._spot.hasFocus():
                spot.setFocus(Qt.FocusReason.OtherFocusReason)  # the call ended with no connection: off the bar
            self._spot = spot
            self._parked = park_keyboard([self.button], spot) or self._parked
        self.button.setEnabled(enabled)
        self._parked = give_keyboard_back(self._parked, self._spot)
        self.progress.setVisible(busy)
        if busy:
            return
        waiting = self.tr("Waiting for the connection (see the top bar)…")
        if not ready:
            self.stage_label.setText(waiting)
        elif self.stage_label.text() == waiting:
            self.stage_label.setText("")
