"""The built-in engine as the command line and the window reach it (no Qt).

A process that serves the engine (the console window, ``faceid-console engine``) publishes its address
in a small runtime file (``<runtime dir>/engines/<pid>.json``, mode 0600, no secret in it) and removes
it when it stops; files of processes that are gone are ignored. A command-line call uses a published
engine that accepts its api_key, or starts one in-process on a free loopback port for the call.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

import platformdirs

from . import settings
from .api.endpoint import Credentials, is_loopback_host
from .private_file import written_whole
from .processes import process_alive

if TYPE_CHECKING:
    from .engine.server import EngineServer

log = logging.getLogger(__name__)

#: The key of the in-memory pair used when the keyring is unavailable; a random suffix keeps it unique.
TEMPORARY_KEY_PREFIX: Final = "local-temporary-"


@dataclass(frozen=True)
class PublishedEngine:
    """What a serving process tells others about its engine."""

    base_url: str
    pid: int
    api_key: str


def runtime_folder() -> Path:
    """Where engines are published: the user's runtime folder (XDG_RUNTIME_DIR on Linux)."""
    return Path(platformdirs.user_runtime_dir(settings.APP_NAME)) / "engines"


def _own_file() -> Path:
    return runtime_folder() / f"{os.getpid()}.json"


def publish(base_url: str, api_key: str) -> Path:
    """Announce this process's engine at ``base_url`` (accepting ``api_key``) until ``unpublish()``."""
    folder = runtime_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = _own_file()
    body = json.dumps({"base_url": base_url, "pid": os.getpid(), "api_key": api_key}).encode()
    with written_whole(target) as out:  # it holds the api_key: 0600, and no reader sees a partial file
        out.write(body)
    return target


def unpublish() -> None:
    """Withdraw this process's announcement (nothing happens when there is none)."""
    _own_file().unlink(missing_ok=True)


def _port_open(base_url: str) -> bool:
    parts = urlsplit(base_url)
    if parts.scheme != "http" or not parts.hostname or not is_loopback_host(parts.hostname) or not parts.port:
        return False
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=2.0):
            return True
    except OSError:
        return False


def _read(path: Path) -> PublishedEngine | None:
    try:
        raw = json.loads(path.read_text("utf-8"))
        return PublishedEngine(str(raw["base_url"]), int(raw["pid"]), str(raw["api_key"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def running_engines() -> list[PublishedEngine]:
    """Published engines that still answer on their loopback port, newest first; stale files are removed."""
    folder = runtime_folder()
    if not folder.is_dir():
        return []
    found: list[tuple[float, PublishedEngine]] = []
    for path in folder.glob("*.json"):
        engine = _read(path)
        if engine is None or not process_alive(engine.pid):
            path.unlink(missing_ok=True)  # left behind by a process that is gone (or unreadable)
            continue
        if _port_open(engine.base_url):
            with contextlib.suppress(OSError):
                found.append((path.stat().st_mtime, engine))
    return [engine for _, engine in sorted(found, key=lambda item: item[0], reverse=True)]


def running_engine_url(api_key: str | None = None) -> str | None:
    """The address of a running engine (one that accepts ``api_key`` when given), or None."""
    for engine in running_engines():
        if api_key is None or engine.api_key == api_key:
            return engine.base_url
    return None


def engine_credentials() -> Credentials:
    """The local engine's pair from the keyring (made on first use); without a keyring, a pair in memory."""
    from . import credentials  # keyring loads here, off the window's start-up path

    try:
        return credentials.local_engine_credentials()
    except credentials.CredentialStoreError as exc:
        log.info("keyring unavailable (%s); using a temporary engine key for this session", exc)
        return Credentials(TEMPORARY_KEY_PREFIX + secrets.token_hex(4), secrets.token_urlsafe(24))


@dataclass(frozen=True)
class EmbeddedEngine:
    """Where a call goes: the engine's address and the pair it accepts."""

    base_url: str
    credentials: Credentials
    #: True when the engine was started for this call and stops with it.
    call_scoped: bool


class embedded_engine:  # lower case: used like a function, ``with embedded_engine() as engine:``
    """A running engine for the duration of a ``with`` block.

    Uses a published engine that accepts ``credentials`` (default: FACEID_API_KEY/FACEID_API_SECRET,
    else the local engine's pair), or starts one on a free loopback port serving ``data_dir``
    (default: the console's engine folder) and stops it afterwards. A class rather than a generator:
    FaceIDError is frozen, and a generator-based context manager fails re-raising it.
    """

    def __init__(self, credentials: Credentials | None = None, data_dir: Path | None = None) -> None:
        self._credentials = credentials
        self._data_dir = data_dir
        self._server: EngineServer | None = None

    def __enter__(self) -> EmbeddedEngine:
        from .credentials import from_environment

        creds = self._credentials or from_environment() or engine_credentials()
        url = running_engine_url(creds.api_key)
        if url is not None:
            return EmbeddedEngine(url, creds, call_scoped=False)
        from .engine.server import EngineServer  # the face model and Flask load only when an engine is needed

        data_dir = self._data_dir or settings.data_dir() / "engine"
        self._server = EngineServer(data_dir, {creds.api_key: creds.api_secret}).start()
        return EmbeddedEngine(self._server.base_url, creds, call_scoped=True)

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
