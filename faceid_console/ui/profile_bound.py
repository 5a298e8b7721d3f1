"""What a page shows on behalf of one profile (an answer, an error, a token or link its account issued) is taken off
when the reviewer switches to another profile: beside the new profile's name in the top bar it read as that one's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from .connection import Connection
from .tasks import BackgroundTask


class ProfileBound(QObject):
    """The profile something on a page came from. ``take_off`` (given that profile's name) is called once the top
    bar shows another profile and the page's call is not on its way: at the switch, or, when the switch came while
    the call was on its way, as soon as its answer has been shown. With ``at_once``, at the switch whatever is on
    its way: a token or link that can be copied must not stay usable beside another profile's name."""

    def __init__(self, connection: Connection, task: BackgroundTask, take_off: Callable[[str], None],
                 parent: QObject, *, at_once: bool = False) -> None:
        super().__init__(parent)
        self._connection = connection
        self._task = task
        self._take_off = take_off
        self._at_once = at_once
        self._profile: str | None = None
        connection.changed.connect(self.check)
        task.busy_changed.connect(self._busy_changed)

    @property
    def profile(self) -> str | None:
        """The profile what is on show came from; None when nothing of any profile is."""
        return self._profile

    def shown(self, profile: str) -> None:
        """What the page now shows came from ``profile``."""
        self._profile = profile

    def cleared(self) -> None:
        """The page shows nothing of any profile (a new call was sent, or the page was emptied)."""
        self._profile = None

    def _busy_changed(self, busy: bool) -> None:
        if not busy:  # emitted after the answer's own handler ran: what it showed is checked too
            self.check()

    def check(self) -> None:
        """Take what is on show off when it came from a profile other than the one in the top bar."""
        came_from = self._profile
        if came_from is None or (self._task.busy and not self._at_once) or came_from == self._connection.profile.name:
            return
        self._profile = None
        self._take_off(came_from)
