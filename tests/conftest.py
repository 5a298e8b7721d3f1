"""Shared fixtures: the real photos, isolated home, settings and keyring, and a real engine on loopback."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

ROOT = Path(__file__).resolve().parent.parent
FACES = ROOT / "tests" / "data" / "faces"
#: The vendor's four API documents: FACEID_SPEC_DIR, else ../shared/spec beside the clone when present.
ENV_SPEC_DIR = "FACEID_SPEC_DIR"
#: Set by scripts/test to the home folder it replaced, so the session can prove it left it alone.
ENV_REAL_HOME = "FACEID_TEST_REAL_HOME"
#: Folders under the real home that this project or its keyring daemon would write to.
#: HOME as the session started (scripts/test's temporary one), before any test's own.
SESSION_HOME = Path(os.environ.get("HOME", "/nonexistent"))
GUARDED_IN_HOME = (".local/share/keyrings", ".config/faceid-console", ".local/share/faceid-console",
                   ".cache/faceid-console")
FIXTURES = Path(__file__).resolve().parent / "fixtures"
API_KEY = "test-key"
API_SECRET = "test-secret-value-0123456789"


@pytest.fixture(scope="session", autouse=True)
def collected_on_the_main_thread_only() -> Iterator[None]:
    """As in the window's process (ui/gui_thread_collector.py): no worker thread (an engine's, a page's) ever runs the
    cyclic collector, which could free the GUI's Qt objects there; the main thread collects after each test."""
    import gc

    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collected_after_each_test(collected_on_the_main_thread_only: None) -> Iterator[None]:
    import gc

    from faceid_console.ui.gui_thread_collector import collect_due

    yield
    left_on = gc.isenabled()
    gc.disable()  # first, so one test's slip does not leave the rest of the session collecting on any thread
    collect_due()
    assert not left_on, "the test left automatic garbage collection on"


@pytest.fixture
def qasync_loop(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """An asyncio loop that runs inside Qt's, as in the console (pytest-qt spins Qt's loop)."""
    import asyncio

    from qasync import QEventLoop

    loop = QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
    # Its self-pipe closed: left open, every test kept two sockets, and once the suite's one process held 1,024
    # files the engine's select() failed for every later test. The loop itself stays (held by Qt's aboutToQuit, as
    # before): closed, its cancelled tasks were collected unawaited in later tests.
    loop._close_self_pipe()  # type: ignore[attr-defined]


#: The palette KDE's Breeze Dark gives an application: its window is the lightest of the common dark palettes'.
BREEZE_DARK = {"Window": "#31363b", "WindowText": "#fcfcfc", "Base": "#232629", "AlternateBase": "#31363b",
               "Text": "#fcfcfc", "Button": "#31363b", "ButtonText": "#fcfcfc", "PlaceholderText": "#a1a9b1",
               "Highlight": "#3daee9", "HighlightedText": "#fcfcfc", "ToolTipBase": "#31363b", "ToolTipText": "#fcfcfc",
               "Light": "#474d54", "Midlight": "#3a4045", "Mid": "#2a2e32", "Dark": "#1a1d1f", "Shadow": "#0f1011"}
#: Its Disabled group, by KDE's rule for it (kdeglobals' [ColorEffects:Disabled]): a text faded 65% of the way to its
#: own background (ContrastEffect=1, ContrastAmount=0.65), then every colour's luma darkened by a tenth
#: (IntensityEffect=2, IntensityAmount=0.1). Without it a disabled button or date box kept the light palette's colours.
BREEZE_DARK_DISABLED = {
    "Window": "#2f3338", "WindowText": "#727579", "Base": "#212427", "AlternateBase": "#2f3338", "Text": "#6a6c6e",
    "Button": "#2f3338", "ButtonText": "#727579", "PlaceholderText": "#4b5055", "Highlight": "#3aa6de",
    "HighlightedText": "#65c2ee", "ToolTipBase": "#2f3338", "ToolTipText": "#727579", "Light": "#444950",
    "Midlight": "#373d42", "Mid": "#282c30", "Dark": "#191c1e", "Shadow": "#0e0f10"}


def breeze_dark_palette(light: QPalette) -> QPalette:
    """``light`` with Breeze Dark's colours in each of its groups (Active, Inactive and Disabled), as a dark KDE
    desktop gives an application."""
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette(light)
    for groups, colours in (((QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive), BREEZE_DARK),
                            ((QPalette.ColorGroup.Disabled,), BREEZE_DARK_DISABLED)):
        for role, colour in colours.items():
            for group in groups:
                dark.setColor(group, getattr(QPalette.ColorRole, role), QColor(colour))
    return dark


@pytest.fixture
def dark_desktop(qapp) -> Iterator[Callable[[bool], None]]:  # type: ignore[no-untyped-def]
    """``dark(True)`` gives the application Breeze Dark's palette, as the desktop does when it turns dark while the
    console runs; ``dark(False)`` gives back the palette it had, as it is again after the test."""
    from PySide6.QtGui import QPalette

    before = QPalette(qapp.palette())
    dark = breeze_dark_palette(before)

    def switch(to_dark: bool) -> None:
        qapp.setPalette(dark if to_dark else before)
        qapp.processEvents()  # Qt posts the change to each window, as it does while the console runs

    yield switch
    qapp.setPalette(before)


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


class CaseIgnoringKeyring(MemoryKeyring):
    """A keyring whose entry names ignore case, as Windows' Credential Locker does ("Lab:api_key" is "lab:api_key")."""

    def get_password(self, service: str, username: str) -> str | None:
        return super().get_password(service, username.casefold())

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username.casefold(), password)

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username.casefold())


@pytest.fixture(scope="session")
def faces() -> Path:
    """The real photos of tests/data/faces (see its README for what each one is)."""
    return FACES


def spec_documents() -> Path | None:
    """The folder of the vendor's .txt documents, or None when this checkout has none beside it."""
    configured = os.environ.get(ENV_SPEC_DIR)
    candidate = Path(configured) if configured else ROOT.parent / "shared" / "spec"
    return candidate if (candidate / "verify-2.0.6.txt").is_file() else None


@pytest.fixture(scope="session")
def spec_dir() -> Path:
    """The vendor documents; tests comparing against them skip when they are not available."""
    found = spec_documents()
    if found is None:
        pytest.skip(f"the vendor's API documents are not here: set {ENV_SPEC_DIR} to their folder "
                    "(the four .txt files) or place them in ../shared/spec")
    return found


def home_variables(home: Path) -> dict[str, str]:
    """HOME and the XDG base folders, all inside ``home`` (as scripts/test sets them for the session)."""
    return {
        "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"), "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[None]:
    """Home, settings, data, caches and credentials of a test never reach the user's own."""
    home = tmp_path / "home"
    for name, value in home_variables(home).items():
        monkeypatch.setenv(name, value)
    (home / "run").mkdir(parents=True, mode=0o700)
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


@pytest.fixture(autouse=True)
def font_substitutions_restored() -> Iterator[None]:
    """A test that installs the Chinese translation also gives the window's fonts a Simplified Chinese substitute
    (``prefer_simplified_chinese_glyphs``): the next test starts without it."""
    gui = sys.modules.get("PySide6.QtGui")
    before = set(gui.QFont.substitutions()) if gui is not None else set()
    yield
    gui = sys.modules.get("PySide6.QtGui")
    if gui is not None:
        for family in set(gui.QFont.substitutions()) - before:
            gui.QFont.removeSubstitutions(family)


@pytest.fixture
def history_answers_awaited(monkeypatch: pytest.MonkeyPatch) -> None:
    """The History page waits up to 25 ms for a database answer before going on without it; on this shared,
    loaded machine a quick SQLite read can take longer. The suites that expect an answer shown at once wait for
    it (10 s); the asynchronous path is driven on purpose in tests/store/test_history_database_waits.py."""
    from faceid_console.ui import database_work

    monkeypatch.setattr(database_work, "WAIT_MS", 10_000)


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


def _guarded_state(home: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under the guarded parts of ``home`` with its modification time and size."""
    state: dict[str, tuple[int, int]] = {}
    for part in GUARDED_IN_HOME:
        top = home / part
        for path in [top, *top.rglob("*")] if top.exists() else []:
            info = path.lstat()
            state[str(path)] = (info.st_mtime_ns, info.st_size)
    return state


_real_home_before: dict[str, tuple[int, int]] | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _real_home_before
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    real_home = os.environ.get(ENV_REAL_HOME)
    if real_home:
        _real_home_before = _guarded_state(Path(real_home))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under scripts/test: fail the run if anything under the real home's guarded folders changed."""
    real_home = os.environ.get(ENV_REAL_HOME)
    if not real_home or _real_home_before is None:
        return
    after = _guarded_state(Path(real_home))
    changed = sorted(p for p in set(after) | set(_real_home_before) if after.get(p) != _real_home_before.get(p))
    if changed:
        session.config.get_terminal_writer().line(
            "FAILED: the test run touched the real home folder: " + ", ".join(changed), red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
