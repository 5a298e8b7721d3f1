"""What a page shows on behalf of one profile (an answer, an error, a token or link its account issued) is taken off
when the reviewer switches to another profile: beside the new profile's name in the top bar it read as that one's.
Switched back to the profile it came from, it is put back as it was: nothing is sent again (every call is billed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from ..settings import Profile
from .connection import Connection
from .tasks import BackgroundTask

#: Shows again what a page took off at a profile switch, as it was.
PutBack = Callable[[], None]


class ProfileBound(QObject):
    """The profile something on a page came from. ``take_off`` (given that profile's name) is called once the top
    bar shows another profile and the page's call is not on its way: at the switch, or, when the switch came while
    the call was on its way, as soon as its answer has been shown. With ``at_once``, at the switch whatever is on
    its way: a token or link that can be copied must not stay usable beside another profile's name.

    ``take_off`` may return what puts it back: called once that profile is in the top bar again, unless the page has
    shown something else in its place since (``shown``, ``cleared``, ``replaced``, ``kept_off``, or a new call of
    the page), or that profile's credentials were stored anew, forgotten or moved after the call that brought it
    read them."""

    def __init__(self, connection: Connection, task: BackgroundTask, take_off: Callable[[str], PutBack | None],
                 parent: QObject, *, at_once: bool = False) -> None:
        super().__init__(parent)
        self._connection = connection
        self._task = task
        self._take_off = take_off
        self._at_once = at_once
        self._profile: str | None = None
        #: What was taken off, to put back, with the profile it came from as it was then: a profile renamed, removed
        #: or given another address since is another service, and gets nothing back. With it, when its call's
        #: credentials were read (``Connection.credentials_read_at``): stored anew or forgotten since, they are not
        #: the profile's (a refusal of a wrong api_secret since corrected is not put back).
        self._off: tuple[Profile, int, PutBack] | None = None
        #: When the credentials of the page's last call were read, and those of what is on show.
        self._sent_at = self._shown_at = connection.credentials_read_at
        connection.changed.connect(self.check)
        task.busy_changed.connect(self._busy_changed)

    @property
    def profile(self) -> str | None:
        """The profile what is on show came from; None when nothing of any profile is."""
        return self._profile

    def shown(self, profile: str) -> None:
        """What the page now shows came from ``profile``."""
        self._profile = profile
        self._shown_at = self._read_at()
        self._off = None

    def kept_off(self, profile: str, put_back: PutBack) -> None:
        """What came from ``profile`` after the switch to another one was not shown: ``put_back`` shows it once
        ``profile`` is in the top bar again."""
        self._profile = None
        self._keep(profile, self._read_at(), put_back)

    def _read_at(self) -> int:
        """When the credentials of what the page shows now were read: its call's, while that call's answer is
        handled; else the connection's (what is shown before a call is sent, with the client it is sent with)."""
        return self._sent_at if self._task.busy else self._connection.credentials_read_at

    def _keep(self, profile: str, read_at: int, put_back: PutBack | None) -> None:
        settings = self._connection.settings.profile_or_none(profile)
        self._off = None if put_back is None or settings is None else (settings, read_at, put_back)

    def replaced(self) -> None:
        """Something else is on show where what was taken off was (the form's own problems): it is not put back."""
        self._off = None

    def cleared(self) -> None:
        """The page shows nothing of any profile (a new call was sent, or the page was emptied)."""
        self._profile = None
        self._off = None

    def _busy_changed(self, busy: bool) -> None:
        if busy:  # a new call: its answer, not the one taken off, is what the page shows next
            self._off = None
            self._sent_at = self._connection.credentials_read_at
        else:  # emitted after the answer's own handler ran: what it showed is checked too
            self.check()

    def check(self) -> None:
        """Take what is on show off when it came from a profile other than the one in the top bar; put what was
        taken off back when its profile is in the top bar again."""
        came_from, active = self._profile, self._connection.profile
        if (self._task.busy and not self._at_once) or came_from == active.name:
            return
        if came_from is None:
            off = self._off
            if off is not None and (off[0] not in self._connection.settings.profiles
                                    or self._connection.credentials_changed_since(off[0].name, off[1])):
                self._off = None  # renamed, removed, changed or given new credentials since: never put back, nor held
            elif off is not None and off[0] == active:
                (source, read_at, put_back), self._off = off, None
                self._profile, self._shown_at = source.name, read_at
                put_back()
            return
        self._profile = None
        self._keep(came_from, self._shown_at, self._take_off(came_from))
