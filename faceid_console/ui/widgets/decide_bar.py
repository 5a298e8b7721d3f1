"""Under an answer kept in History: the decision recorded on it, and the way to record or change it there.

The Verify and Liveness results pages show an answer the moment it is saved; the reviewer goes on to decide on it
from here (a button, Ctrl+Shift+D), and sees here the decision once it is recorded in History.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..texts import decision_summary
from .enter_presses import press_with_enter

if TYPE_CHECKING:
    from ...settings import Settings
    from ...store import Decision

#: Plain Ctrl+D deletes a character in fields.
DECIDE_KEYS = "Ctrl+Shift+D"


class DecideBar(QWidget):
    """The decision on the answer on show (once there is one) and a button to record or change it in History.

    ``page`` holds the shortcut: it acts while the page is on show and its answer can be decided on
    (``update_action``, called by the page as it is shown and hidden)."""

    #: The reviewer asked to decide on this History entry (the main window opens it in History).
    decide_requested = Signal(int)

    def __init__(self, settings: Settings, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._page = page
        #: The History entry of the answer on show; None when nothing on show can be decided on.
        self.entry: int | None = None
        #: The decision recorded on it, once there is one.
        self.decision: Decision | None = None
        #: The entry of an answer taken off at a profile switch, and the decision recorded on it since.
        self._off: tuple[int | None, Decision | None] = (None, None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(9, 4, 9, 4)
        self.label = QLabel(self)  # the decision recorded on this answer, once there is one
        self.label.setObjectName("answerDecision")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setVisible(False)
        layout.addWidget(self.label, 1)
        layout.addStretch(0)  # keeps the button right-aligned while there is no decision to show
        self.action = QAction(self.tr("Record a &decision on this answer…"), page)
        self.action.setShortcut(QKeySequence(DECIDE_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setEnabled(False)
        self.action.triggered.connect(self.request_decision)
        page.addAction(self.action)
        self.button = QPushButton(self.tr("Record a decision…"), self)
        self.button.setObjectName("decideButton")
        self.button.setToolTip(self.tr(
            "Approve, reject or escalate this answer, with a reason: opens it in History (Ctrl+Shift+D)"))
        self.button.clicked.connect(self.action.trigger)
        press_with_enter(self.button)  # Enter on it, as on the page's send button
        layout.addWidget(self.button)
        self.setVisible(False)

    def request_decision(self) -> None:
        """Ask for the decision form of the answer on show."""
        if self.entry is not None:
            self.decide_requested.emit(self.entry)

    def set_entry(self, entry: int | None) -> None:
        """The answer on show now belongs to ``entry`` (None: nothing on show can be decided on)."""
        self.entry = entry
        self.decision = None
        self.setVisible(entry is not None)
        self.label.setVisible(False)
        self.button.setText(self.tr("Record a decision…"))
        self.update_action()

    def update_action(self) -> None:
        """The shortcut acts only while the page is on show with an answer to decide on."""
        self.action.setEnabled(self.entry is not None and self._page.isVisible())

    def show_decision(self, entry: int, decision: Decision) -> None:
        """A decision was recorded on ``entry``: when it is the answer on show, say so; when it is the answer taken off
        at a switch, say so once it is put back."""
        off_entry, _ = self._off
        if off_entry == entry:
            self._off = (off_entry, decision)
        if self.entry != entry:
            return
        self.decision = decision
        self.word_decision()
        self.label.setVisible(True)
        self.button.setText(self.tr("Change the decision…"))

    def word_decision(self) -> None:
        """The decision on the answer on show, its time in the zone times are shown in (worded again when that
        changes)."""
        if self.decision is not None:
            self.label.setText(self.tr("Decided: {summary}").format(
                summary=decision_summary(self.decision, self.settings.display_zone())))

    def take_off(self) -> None:
        """The answer on show is taken off (another profile's): kept to be put back with its decision."""
        self._off = (self.entry, self.decision)
        self.set_entry(None)

    def keep_off(self, entry: int) -> None:
        """An answer kept in ``entry`` arrived after a profile switch: kept off like one taken off, to be put back
        with any decision recorded on it meanwhile."""
        self._off = (entry, None)
        self.set_entry(None)

    def put_back(self) -> None:
        """The answer taken off is on show again: its way to a decision, and the decision recorded on it meanwhile."""
        (entry, decision), self._off = self._off, (None, None)
        self.set_entry(entry)
        if entry is not None and decision is not None:
            self.show_decision(entry, decision)

    def forget_off(self) -> None:
        """The answer taken off will not be put back (the form was emptied for another applicant)."""
        self._off = (None, None)
