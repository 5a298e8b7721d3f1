"""Opening a connection profile: the built-in engine or a FaceID host, its credentials, and a health check.

No Qt: the window runs these blocking steps in a worker thread; the command line can call them directly.
``subprocess`` and ``selectors`` (~5 ms) load with the engine process, on that worker, not with the window.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from .api import FaceIDError
from .api.endpoint import Credentials
from .api.errors import CONNECTION_FAILED, GATEWAY_ERROR, INVALID_RESPONSE, NETWORK_TIMEOUT
from .settings import Profile, ProfileKind

if TYPE_CHECKING:  # the client (requests) and the keyring load on the worker that opens a profile
    import subprocess

    from .api.client import FaceIDClient

log = logging.getLogger(__name__)

#: Seconds to wait for the built-in engine to load its model and listen (a slow, busy machine included).
ENGINE_START_TIMEOUT = 120.0

#: A biz_id no session can have: get_result answers RESULT_NOT_FOUND once the key is accepted, and is not billed.
PROBE_BIZ_ID = "faceid-console-connection-test"

#: Seconds the connection test waits for its answer at most: the probe is cheap, so a host that has not answered it by
#: then is not answering; the verify's own (longer) wait is kept for calls that do work.
PROBE_READ_S = 20.0


class OpenFailure(Enum):
    """Why a profile could not be opened."""

    NO_CREDENTIALS = "no_credentials"
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    #: The keyring library's backend keeps secrets in a file or nowhere (``detail``: its name; "" when it found
    #: none): never used.
    NOT_OS_KEYRING = "not_os_keyring"
    #: The keyring is there but its unlock prompt was dismissed: unlocking it is what to do, not starting one.
    KEYRING_LOCKED = "keyring_locked"
    BAD_ADDRESS = "bad_address"
    ENGINE_FAILED = "engine_failed"
    #: The built-in engine started, then stopped again and again: not started again by itself.
    ENGINE_KEEPS_STOPPING = "engine_keeps_stopping"


class ProfileOpenError(RuntimeError):
    """A profile cannot be used yet; ``failure`` says why, ``detail`` gives the technical reason."""

    def __init__(self, failure: OpenFailure, detail: str = "") -> None:
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value)
        self.failure = failure
        self.detail = detail


class CheckOutcome(Enum):
    """What a connection test found."""

    OK = "ok"
    WRONG_CREDENTIALS = "wrong_credentials"
    NOT_ALLOWED = "not_allowed"
    UNREACHABLE = "unreachable"
    NO_ANSWER = "no_answer"
    NOT_FACEID = "not_faceid"
    #: A gateway or proxy on the way answered with its own error page (502, 504…) instead of FaceID.
    GATEWAY_ERROR = "gateway_error"
    #: The credentials are accepted, but the account has as many calls in flight as it may (CONCURRENCY_LIMIT_EXCEEDED).
    BUSY = "busy"
    OTHER = "other"


@dataclass(frozen=True)
class ConnectionCheck:
    """The answer to *Test connection*: the outcome and the error behind it, if any."""

    outcome: CheckOutcome
    error: FaceIDError | None = None


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait to connect and for an answer."""

    connect: float = 5.0
    read: float = 60.0


class EngineProcess:
    """The built-in engine in a child process: its face model never holds the window's interpreter lock."""

    def __init__(self, data_dir: Path, credentials: Credentials) -> None:
        self.data_dir = data_dir
        self.credentials = credentials
        self.base_url = ""
        self._process: subprocess.Popen[bytes] | None = None

    def command(self) -> list[str]:
        from .processes import console_command

        return console_command("engine", "--host", "127.0.0.1", "--port", "0", "--data-dir", str(self.data_dir),
                               "--preload-model", "--exit-with-parent")

    def start(self, timeout: float = ENGINE_START_TIMEOUT) -> str:
        """Start the engine and wait until it has loaded the model and listens; returns its address."""
        import selectors
        import subprocess

        from .credentials import ENV_API_KEY, ENV_API_SECRET

        env = {**os.environ, ENV_API_KEY: self.credentials.api_key,
               ENV_API_SECRET: self.credentials.api_secret}  # never on the command line
        # Our own interpreter and package, with fixed arguments: nothing from outside reaches the command.
        self._process = subprocess.Popen(  # noqa: S603
            self.command(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, env=env)
        stdout = self._process.stdout
        assert stdout is not None
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            selector.register(stdout, selectors.EVENT_READ)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self.stop()
                    raise ProfileOpenError(OpenFailure.ENGINE_FAILED, f"no answer within {timeout:.0f} s")
                if selector.select(remaining):
                    line = stdout.readline()
                    if not line:  # the process ended before announcing itself
                        code = self._process.wait(timeout=5)
                        raise ProfileOpenError(OpenFailure.ENGINE_FAILED, f"the engine process exited with code {code}")
                    try:
                        announced = json.loads(line)
                    except ValueError:
                        continue  # a stray line (a warning) before the announcement
                    if isinstance(announced, dict) and isinstance(announced.get("engine"), str):
                        self.base_url = announced["engine"]
                        return self.base_url

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    @property
    def exit_code(self) -> int | None:
        """The process's exit code once it has ended (killed, crashed); None while it runs."""
        process = self._process  # read once: stop() on another thread sets it to None
        return None if process is None else process.poll()

    def stop(self) -> None:
        """Ask the engine to stop (SIGTERM: a clean exit), and end it if it does not within five seconds."""
        process, self._process = self._process, None
        if process is None:
            return
        import subprocess  # loaded by start(), which set the process

        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if process.stdout is not None:
            process.stdout.close()


class Connector:
    """Opens profiles. Owns the built-in engine, started on first use and kept for the session."""

    def __init__(self, engine_dir: Path, timeouts: Timeouts | None = None) -> None:
        self.engine_dir = engine_dir
        self.timeouts = timeouts or Timeouts()
        self._engine_lock = threading.Lock()
        self._engine: EngineProcess | None = None

    def open(self, profile: Profile, credentials: Credentials | None = None) -> FaceIDClient:
        """A client for ``profile``; starts the built-in engine and loads the face model when needed (slow).
        ``credentials``: these rather than the keyring's (Settings tests the pair it shows); the built-in engine's
        are always its own."""
        from . import credentials as credential_store
        from .api.client import FaceIDClient

        if profile.kind is ProfileKind.LOCAL_ENGINE:
            base_url, creds = self._ensure_engine()
        else:
            try:
                base_url = profile.base_url()
            except FaceIDError as exc:
                raise ProfileOpenError(OpenFailure.BAD_ADDRESS, exc.message or str(exc)) from None
            if credentials is None:
                try:
                    credentials = credential_store.load(profile.name)
                except credential_store.LockedKeyring as exc:  # the keyring's own reason, said as Settings says it
                    raise ProfileOpenError(OpenFailure.KEYRING_LOCKED, exc.reason) from None
                except credential_store.NotOSKeyring as exc:  # a file or nowhere: what to use instead is said
                    raise ProfileOpenError(OpenFailure.NOT_OS_KEYRING, exc.backend) from None
                except credential_store.UnavailableKeyring as exc:  # its own words: the text says "not available"
                    raise ProfileOpenError(OpenFailure.KEYRING_UNAVAILABLE, exc.reason) from None
                except credential_store.CredentialStoreError as exc:
                    raise ProfileOpenError(OpenFailure.KEYRING_UNAVAILABLE, str(exc)) from None
            if credentials is None:
                raise ProfileOpenError(OpenFailure.NO_CREDENTIALS)
            creds = credentials
        return FaceIDClient(base_url, creds, timeout=(self.timeouts.connect, self.timeouts.read))

    def _ensure_engine(self) -> tuple[str, Credentials]:
        with self._engine_lock:
            if self._engine is not None and self._engine.exit_code is not None:  # killed or crashed: a new one
                log.warning("the built-in engine ended (exit code %s); starting it again", self._engine.exit_code)
                self._engine.stop()
                self._engine = None
            if self._engine is None:
                from .local_engine import engine_credentials  # the keyring loads here, on the opening worker

                engine = EngineProcess(self.engine_dir, engine_credentials())
                try:
                    engine.start()
                except OSError as exc:
                    raise ProfileOpenError(OpenFailure.ENGINE_FAILED, f"{type(exc).__name__}: {exc}") from exc
                self._engine = engine  # it publishes its own address for the command line
                log.info("built-in engine listening on %s (process %s)", engine.base_url, engine.pid)
            return self._engine.base_url, self._engine.credentials

    def engine_exit_code(self) -> int | None:
        """The built-in engine's exit code when it was started and has ended since; None while it runs, or
        before it is started."""
        engine = self._engine
        return None if engine is None else engine.exit_code

    @property
    def engine_url(self) -> str | None:
        """The built-in engine's address once it runs."""
        return None if self._engine is None else self._engine.base_url

    def close(self) -> None:
        """Stop the built-in engine, if it was started."""
        with self._engine_lock:
            if self._engine is not None:
                self._engine.stop()
                self._engine = None


def check_connection(client: FaceIDClient, abandon: threading.Event | None = None) -> ConnectionCheck:
    """One cheap, unbilled call (get_result of a biz_id no session has) that shows whether the key is accepted;
    setting ``abandon`` gives up waiting for its answer (NO_ANSWER)."""
    from .api.kinds import GetImageType
    from .api.request_models import GetResultRequest

    connect, read = client.timeout
    try:
        client.get_result(GetResultRequest(PROBE_BIZ_ID, GetImageType.NONE),
                          timeout=(connect, min(read, PROBE_READ_S)), abandon=abandon)
    except FaceIDError as err:
        if err.code in ("RESULT_NOT_FOUND", "BAD_ARGUMENTS", "DATA_DESTROYED"):
            return ConnectionCheck(CheckOutcome.OK)
        if err.code == "AUTHENTICATION_ERROR":
            return ConnectionCheck(CheckOutcome.WRONG_CREDENTIALS, err)
        if err.code == "AUTHORIZATION_ERROR":
            return ConnectionCheck(CheckOutcome.NOT_ALLOWED, err)
        if err.code == CONNECTION_FAILED:
            return ConnectionCheck(CheckOutcome.UNREACHABLE, err)
        if err.code == NETWORK_TIMEOUT:
            return ConnectionCheck(CheckOutcome.NO_ANSWER, err)
        if err.code == GATEWAY_ERROR:  # a gateway's 502/504 page: it answered (at once, maybe), FaceID did not
            return ConnectionCheck(CheckOutcome.GATEWAY_ERROR, err)
        if err.code == "CONCURRENCY_LIMIT_EXCEEDED" and err.raw_body and err.raw_body.lstrip().startswith("{"):
            # FaceID's own answer counts calls against the account: its credentials were accepted. (A gateway's bare
            # 429 may come before any key was looked at.)
            return ConnectionCheck(CheckOutcome.BUSY, err)
        if err.code in (INVALID_RESPONSE, "API_NOT_FOUND"):
            return ConnectionCheck(CheckOutcome.NOT_FACEID, err)
        return ConnectionCheck(CheckOutcome.OTHER, err)
    return ConnectionCheck(CheckOutcome.OK)  # a result for a made-up biz_id: odd, but the key was accepted
