"""Shared fixtures: the real photos, isolated settings and keyring, and a real engine on loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ROOT = Path(__file__).resolve().parent.parent
FACES = (ROOT.parent / "shared" / "faces").resolve()
FIXTURES = Path(__file__).resolve().parent / "fixtures"
API_KEY = "test-key"
API_SECRET = "test-secret-value-0123456789"


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring so tests never touch the user's real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(scope="session")
def faces() -> Path:
    if not FACES.is_dir():
        pytest.fail(f"the shared photos are missing: {FACES}")
    return FACES


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[None]:
    """Settings, data and credentials of a test never reach the user's own."""
    monkeypatch.setenv("FACEID_CONSOLE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("FACEID_CONSOLE_DATA_DIR", str(tmp_path / "data"))
    for var in ("FACEID_API_KEY", "FACEID_API_SECRET", "FACEID_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    if request.node.get_closest_marker("secret_service") is None:
        previous = keyring.get_keyring()
        keyring.set_keyring(MemoryKeyring())
        yield
        keyring.set_keyring(previous)
    else:
        yield


@pytest.fixture(scope="session")
def face_model():
    from faceid_console.engine.face_model import FaceModel

    return FaceModel.shared()


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory, face_model) -> Iterator:
    """One real engine on a free loopback port for the whole session."""
    from faceid_console.engine.server import EngineServer

    server = EngineServer(tmp_path_factory.mktemp("engine"), {API_KEY: API_SECRET}, model=face_model).start()
    yield server
    server.stop()


@pytest.fixture
def client(engine):
    from faceid_console.api import Credentials, FaceIDClient

    with FaceIDClient(engine.base_url, Credentials(API_KEY, API_SECRET)) as c:
        yield c


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
