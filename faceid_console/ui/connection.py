"""The window's view of where calls go: the active profile, its state (starting / ready / failed), its client."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..api import FaceIDError
from ..api.errors import ErrorOrigin
from ..connections import (
    CheckOutcome,
    ConnectionCheck,
    Connector,
    OpenFailure,
    ProfileOpenError,
    check_connection,
)
from ..settings import Profile, ProfileKind, Settings
from .tasks import BackgroundTask, in_thread

if TYPE_CHECKING:  # requests loads with the first client, on a worker thread
    from ..api.client import FaceIDClient

log = logging.getLogger(__name__)


#: How often the window looks whether the built-in engine's process still runs (a non-blocking waitpid).
ENGINE_WATCH_MS = 2000
#: A built-in engine that stops more often than this within ENGINE_RESTART_WINDOW_S is left stopped: starting
#: it again would load the face model every few seconds for nothing.
ENGINE_RESTARTS = 3
ENGINE_RESTART_WINDOW_S = 120.0


class ServiceState(Enum):
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"


class Connection(QObject):
    """Opens the active profile in the background and tells the window how it went.

    Pages read ``client`` when they send; it is None until the profile is ready.
    """

    changed = Signal()
    #: The outcome of a connection test (``check``), with the profile it was for and the opening of it (``opening``).
    checked = Signal(str, int, object)

    def __init__(self, settings: Settings, connector: Connector, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.connector = connector
        self.state = ServiceState.STARTING
        self.failure: OpenFailure | None = None
        self.failure_detail = ""
        self.check_result: ConnectionCheck | None = None
        self.client: FaceIDClient | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-connection")
        # The check has a worker of its own: a host slow to answer it never holds the opening of another profile.
        self._check_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-connection-check")
        self._check_abandoned = threading.Event()  # set: the running check's wait is given up (switch or close)
        self._opening = BackgroundTask(self)
        self._checking = BackgroundTask(self)
        self._pending_open = False
        self._closed = False  # after close(): its executor is shut down, so nothing new may start on it
        self._opening.busy_changed.connect(self._after_open)
        #: The exit code of the built-in engine that ended last, while it is started again (None otherwise).
        self.engine_ended: int | None = None
        self._engine_restarts: list[float] = []  # when the watch last started it again (monotonic seconds)
        # The built-in engine is a process of its own: one killed or crashed is noticed in seconds and started
        # again, not reported as "ready" until a call fails.
        self._engine_watch = QTimer(self)
        self._engine_watch.setInterval(ENGINE_WATCH_MS)
        self._engine_watch.timeout.connect(self.restart_engine_if_ended)
        #: A clock of the credentials changed from the window (Settings' Store, Forget, a rename's move): each change
        #: moves it on, and the profile's name is stamped with it. No credential itself is kept here.
        self._credentials_clock = 0
        self._credentials_changed_at: dict[str, int] = {}
        #: The clock when the client's credentials were read (at or before): what was sent or checked with them.
        self.credentials_read_at = 0
        #: The number of the latest opening started: a test asked for belongs to one opening of its profile, not to
        #: the one after a switch away and back.
        self.opening = 0

    def _open_profile(self, profile: Profile) -> FaceIDClient | ProfileOpenError:
        try:
            return self.connector.open(profile)
        except ProfileOpenError as exc:  # an expected outcome, shown in the window, not a crash
            return exc

    @property
    def profile(self) -> Profile:
        try:
            return self.settings.profile()
        except KeyError:  # a hand-edited settings file named a profile that is gone: the built-in engine
            return Profile(ProfileKind.LOCAL_ENGINE.value, ProfileKind.LOCAL_ENGINE)

    def open_active(self) -> None:
        """(Re)open the active profile; the previous client stays out of use from now on."""
        if self._closed:
            return
        if self._opening.busy:
            self._pending_open = True  # reopen with the newest choice when the running attempt ends
            return
        self._abandon_check()
        self._replace_client(None)
        self.state, self.failure, self.failure_detail, self.check_result = ServiceState.STARTING, None, "", None
        self.engine_ended = None
        self._engine_watch.stop()
        self.opening += 1
        self.credentials_read_at = self._credentials_clock  # the client opened now reads them from the keyring
        self.changed.emit()
        profile = self.profile
        self._opening.start(
            in_thread(self._executor, self._open_profile, profile),
            lambda outcome: self._opened(profile, outcome),
            self._open_error,
        )

    def restart_engine_if_ended(self) -> bool:
        """When the active profile is the built-in engine and its process has ended (or another one was started
        meanwhile, by Settings' Test connection), open it again and say so; True when it had. An engine that keeps
        stopping is left stopped, and the top bar says so."""
        if self.profile.kind is not ProfileKind.LOCAL_ENGINE or self.state is not ServiceState.READY:
            return False
        code = self.connector.engine_exit_code()
        running = self.connector.engine_url
        moved = code is None and running is not None and self.client is not None and self.client.base_url != running
        if code is None and not moved:
            return False
        now = time.monotonic()
        self._engine_restarts = [t for t in self._engine_restarts if now - t < ENGINE_RESTART_WINDOW_S] + [now]
        if len(self._engine_restarts) > ENGINE_RESTARTS:
            log.warning("the built-in engine stopped %d times within %.0f s (exit code %s); not starting it again",
                        len(self._engine_restarts), ENGINE_RESTART_WINDOW_S, code)
            self._engine_watch.stop()
            self._replace_client(None)
            self._engine_restarts.clear()  # choosing the profile again tries afresh
            self._fail(OpenFailure.ENGINE_KEEPS_STOPPING, "" if code is None else str(code))
            return True
        log.warning("the built-in engine stopped (exit code %s); starting it again", code)
        self.open_active()
        self.engine_ended = code  # after open_active, which clears it: the top bar says why it starts again
        self.changed.emit()
        return True

    def engine_stopped_step(self, err: FaceIDError) -> str | None:
        """What to do after a call the built-in engine did not answer because its process stopped (it is started
        again by itself); None for any other failure, which keeps its own advice."""
        if self.profile.kind is not ProfileKind.LOCAL_ENGINE or err.origin is not ErrorOrigin.TRANSPORT:
            return None
        if not self.restart_engine_if_ended() and self.engine_ended is None:
            return None
        return self.tr("The built-in engine stopped. The console starts it again by itself: send again once the "
                       "top bar says it is ready.")

    def switch_to(self, name: str) -> None:
        """Make ``name`` the active profile (saved in settings) and open it."""
        if name == self.settings.active_profile and self.state is not ServiceState.FAILED:
            return
        self.settings.active_profile = name
        self.settings.save()
        self.open_active()

    def credentials_replaced(self, *profiles: str) -> None:
        """The keyring's credentials under the names ``profiles`` are being stored anew, forgotten or moved (said
        before the keyring is written: one that fails half-way has changed them too)."""
        for name in profiles:
            self._credentials_clock += 1
            self._credentials_changed_at[name] = self._credentials_clock

    def credentials_changed_since(self, profile: str, read_at: int) -> bool:
        """Whether ``profile``'s credentials were replaced after ``read_at`` (a ``credentials_read_at``): what was
        sent or checked with those read then came with credentials it no longer has."""
        return self._credentials_changed_at.get(profile, 0) > read_at

    def check(self) -> bool:
        """Test the connection with one cheap, unbilled call; the answer comes through ``checked``."""
        client, name, opening = self.client, self.profile.name, self.opening
        if client is None or self._closed:
            return False

        def done(result: ConnectionCheck) -> None:
            if name == self.profile.name:
                self.check_result = result
                self.changed.emit()
            self.checked.emit(name, opening, result)

        if self._checking.busy:
            return False
        self._check_abandoned = abandon = threading.Event()
        return self._checking.start(in_thread(self._check_executor, check_connection, client, abandon), done,
                                    lambda err: done(ConnectionCheck(CheckOutcome.OTHER, err)))

    def _abandon_check(self) -> None:
        """The running check's answer is no longer wanted: its worker stops waiting, and its result is dropped."""
        self._check_abandoned.set()
        self._checking.cancel()

    def close(self) -> None:
        self._closed = True
        self._engine_watch.stop()
        self._opening.cancel()
        self._abandon_check()  # one queued when the engine came back would otherwise start on the shut executor
        self._replace_client(None)
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._check_executor.shutdown(wait=False, cancel_futures=True)

    # --- internals ---------------------------------------------------------------------------

    def _opened(self, profile: Profile, outcome: FaceIDClient | ProfileOpenError) -> None:
        if profile != self.profile or self._pending_open:
            if not isinstance(outcome, ProfileOpenError):
                outcome.close()  # the reviewer switched while this one was opening
            return
        if isinstance(outcome, ProfileOpenError):
            self._fail(outcome.failure, outcome.detail)
            return
        client = outcome
        self._replace_client(client)
        self.state, self.engine_ended = ServiceState.READY, None
        if profile.kind is ProfileKind.LOCAL_ENGINE:
            self._engine_watch.start()
        self.changed.emit()
        self.check()

    def _open_error(self, err: FaceIDError) -> None:
        self._fail(OpenFailure.BAD_ADDRESS, err.message or str(err))

    def _fail(self, failure: OpenFailure, detail: str) -> None:
        self.state, self.failure, self.failure_detail = ServiceState.FAILED, failure, detail
        self.engine_ended = None
        self.changed.emit()

    def _after_open(self, busy: bool) -> None:
        if busy:
            return
        if self._pending_open:
            self._pending_open = False
            self.open_active()

    def _replace_client(self, client: FaceIDClient | None) -> None:
        if self.client is not None:
            self.client.close()
        self.client = client
