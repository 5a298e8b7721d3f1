"""Opening a connection profile: the built-in engine or a FaceID host, its credentials, and a health check.

No Qt: the window runs these blocking steps in a worker thread; the command line can call them directly.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from . import credentials as credential_store
from . import local_engine
from .api import Credentials, FaceIDClient, FaceIDError, GetImageType, GetResultRequest
from .api.errors import CONNECTION_FAILED, INVALID_RESPONSE, NETWORK_TIMEOUT
from .settings import Profile, ProfileKind

if TYPE_CHECKING:
    from .engine.server import EngineServer

log = logging.getLogger(__name__)

#: A biz_id no session can have: get_result answers RESULT_NOT_FOUND once the key is accepted, and is not billed.
PROBE_BIZ_ID = "faceid-console-connection-test"


class OpenFailure(Enum):
    """Why a profile could not be opened."""

    NO_CREDENTIALS = "no_credentials"
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    BAD_ADDRESS = "bad_address"
    ENGINE_FAILED = "engine_failed"


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


class Connector:
    """Opens profiles. Owns the built-in engine, started on first use and kept for the session."""

    def __init__(self, engine_dir: Path, timeouts: Timeouts | None = None) -> None:
        self._engine_dir = engine_dir
        self.timeouts = timeouts or Timeouts()
        self._engine_lock = threading.Lock()
        self._engine: object | None = None  # engine.server.EngineServer, imported lazily (Flask, dlib)
        self._engine_credentials: Credentials | None = None

    def open(self, profile: Profile) -> FaceIDClient:
        """A client for ``profile``; starts the built-in engine and loads the face model when needed (slow)."""
        if profile.kind is ProfileKind.LOCAL_ENGINE:
            base_url, creds = self._ensure_engine()
        else:
            try:
                base_url = profile.base_url()
            except FaceIDError as exc:
                raise ProfileOpenError(OpenFailure.BAD_ADDRESS, exc.message or str(exc)) from None
            try:
                found = credential_store.load(profile.name)
            except credential_store.CredentialStoreError as exc:
                raise ProfileOpenError(OpenFailure.KEYRING_UNAVAILABLE, str(exc)) from None
            if found is None:
                raise ProfileOpenError(OpenFailure.NO_CREDENTIALS)
            creds = found
        return FaceIDClient(base_url, creds, timeout=(self.timeouts.connect, self.timeouts.read))

    def _ensure_engine(self) -> tuple[str, Credentials]:
        with self._engine_lock:
            if self._engine is None:
                from .engine.face_model import FaceModel
                from .engine.server import EngineServer

                creds = local_engine.engine_credentials()
                try:
                    server = EngineServer(self._engine_dir, {creds.api_key: creds.api_secret}).start()
                    FaceModel.shared()  # load the model now, so the first verify does not wait for it
                except Exception as exc:  # any failure here leaves the reviewer without an engine: say why
                    raise ProfileOpenError(OpenFailure.ENGINE_FAILED, f"{type(exc).__name__}: {exc}") from exc
                self._engine, self._engine_credentials = server, creds
                try:
                    local_engine.publish(server.base_url, creds.api_key)  # the command line uses this engine
                except OSError as exc:
                    log.warning("cannot publish the engine's address for the command line: %s", exc)
            assert self._engine_credentials is not None
            return self._engine.base_url, self._engine_credentials  # type: ignore[attr-defined]

    @property
    def engine(self) -> EngineServer | None:
        """The built-in engine once started (its registry is the local KYC data source)."""
        return self._engine  # type: ignore[return-value]

    @property
    def engine_url(self) -> str | None:
        """The built-in engine's address once it runs."""
        return None if self._engine is None else str(self._engine.base_url)  # type: ignore[attr-defined]

    def close(self) -> None:
        """Stop the built-in engine, if it was started."""
        with self._engine_lock:
            if self._engine is not None:
                local_engine.unpublish()
                self._engine.stop()  # type: ignore[attr-defined]
                self._engine = None


def check_connection(client: FaceIDClient) -> ConnectionCheck:
    """One cheap, unbilled call (get_result of a biz_id no session has) that shows whether the key is accepted."""
    try:
        client.get_result(GetResultRequest(PROBE_BIZ_ID, GetImageType.NONE))
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
        if err.code in (INVALID_RESPONSE, "API_NOT_FOUND"):
            return ConnectionCheck(CheckOutcome.NOT_FACEID, err)
        return ConnectionCheck(CheckOutcome.OTHER, err)
    return ConnectionCheck(CheckOutcome.OK)  # a result for a made-up biz_id: odd, but the key was accepted
