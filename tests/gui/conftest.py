"""The real window on the offscreen platform, with a qasync loop and a real built-in engine on loopback."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Final

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from faceid_console.connections import Connector
from faceid_console.lazy_history import LazyHistoryStore
from faceid_console.settings import Profile, ProfileKind, Settings
from faceid_console.store import CallKind, HistoryStore
from faceid_console.ui.connection import Connection, ServiceState
from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.translations import install_translator


@pytest.fixture(autouse=True)
def empty_clipboard_after() -> Iterator[None]:
    """A QMimeData a test gave the clipboard is Qt's to delete: left there, Qt deletes it at process exit, after
    Python has finalized, and PySide's clean-up of its wrapper then crashes the run (exit status 139)."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def heap_unfrozen_after() -> Iterator[None]:
    """A window whose idle build ends freezes the heap (``start_up_heap``): the test session's, here. Unfrozen after
    the test, so that what this test leaves behind is collected as before."""
    yield
    import gc

    gc.unfreeze()


@pytest.fixture(autouse=True)
def _history_answers_awaited(history_answers_awaited: None) -> None:
    """Every window test lets the History page wait for its database's answers (tests/conftest.py)."""


@pytest.fixture(scope="session")
def connector(tmp_path_factory: pytest.TempPathFactory, face_model) -> Iterator[Connector]:  # type: ignore[no-untyped-def]
    """The console's own connector: its built-in engine is started once and shared by the window tests."""
    shared = Connector(tmp_path_factory.mktemp("console-engine"))
    yield shared
    shared.close()


@pytest.fixture
def settings() -> Settings:
    return Settings.load()


@pytest.fixture
def in_beijing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's zone is China's (TZ, as its system sets it); the machine's own is back after the test."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def window_state(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[LazyHistoryStore]:
    """The window's history: a real SQLite store in the test's folder, opened on first use."""
    lazy = LazyHistoryStore(lambda: HistoryStore.open(sqlite_path=tmp_path / "history.sqlite3", database_url=""))
    yield lazy
    lazy.close()


@pytest.fixture
def make_window(qtbot, qasync_loop, connector: Connector, settings: Settings,  # type: ignore[no-untyped-def]
                window_state: QSettings, history: LazyHistoryStore,
                request: pytest.FixtureRequest) -> Callable[..., MainWindow]:
    made = request.node.stash.setdefault(MADE_WINDOWS, [])

    def make(language: str = "en", wait_ready: bool = True) -> MainWindow:
        connection = Connection(settings, connector)
        window = MainWindow(connection=connection, settings=settings, history=history, state=window_state,
                            language=language)
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        connection.open_active()
        if wait_ready:
            qtbot.waitUntil(lambda: connection.state is ServiceState.READY and connection.check_result is not None,
                            timeout=120_000)
        return window
    return make


#: The windows a test made, which pytest-qt closes when it ends.
MADE_WINDOWS: Final = pytest.StashKey[list[MainWindow]]()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before pytest-qt closes a test's windows: a test that failed with a call on its way must not leave a close
    question no one answers (a modal dialog held the run until its time-out, instead of the test failing at once)."""
    for window in item.stash.get(MADE_WINDOWS, []):
        window.confirm_close = lambda calls: True  # type: ignore[method-assign]
        window.confirm_close_while_recording = lambda: True  # type: ignore[method-assign]
    yield


@pytest.fixture
def window(make_window: Callable[..., MainWindow], request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    w = make_window()
    # The window's crash reporter takes every exception a slot raises (pytest-qt would otherwise see it): one
    # reported during a test that did not provoke it on purpose is a bug the test's own asserts may have missed.
    reports: list[str] = []
    w.crash_reporter.reported.connect(reports.append)
    yield w
    w.connection.close()
    w.crash_reporter.uninstall()
    if reports and request.node.get_closest_marker("crash_report_expected") is None:
        pytest.fail(f"an unexpected error reached the crash reporter:\n{reports[0]}")


class _FixedAnswer(BaseHTTPRequestHandler):
    """Answers every request with the status and body of its server (a proxy's page, say)."""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        status, content_type, body = self.server.answer  # type: ignore[attr-defined]
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def fixed_answer_server() -> Iterator[Callable[[int, str, bytes], str]]:
    """A loopback HTTP server that answers with a fixed non-FaceID response; returns its base URL."""
    servers: list[ThreadingHTTPServer] = []

    def start(status: int, content_type: str, body: bytes) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _FixedAnswer)
        server.answer = (status, content_type, body)  # type: ignore[attr-defined]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def silent_host() -> Iterator[Callable[[], tuple[str, threading.Event]]]:
    """A loopback host that takes every connection and never answers (until the test ends); returns its base URL and
    an event set once it has taken one."""
    listeners: list[socket.socket] = []
    held: list[socket.socket] = []
    ended = threading.Event()

    def start() -> tuple[str, threading.Event]:
        listener = socket.create_server(("127.0.0.1", 0))
        listener.settimeout(0.2)
        listeners.append(listener)
        taken = threading.Event()

        def take() -> None:
            while not ended.is_set():
                try:
                    held.append(listener.accept()[0])
                except OSError:
                    continue
                taken.set()
        threading.Thread(target=take, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}", taken

    yield start
    ended.set()
    for sock in held + listeners:
        sock.close()


def whole_request(connection: socket.socket) -> bytes:
    """Read one HTTP request whole (its head, then as much body as its Content-Length says), as a host that is not
    FaceID's does before it misbehaves: closed with none of it unread, the connection ends without a reset."""
    connection.settimeout(10)
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = connection.recv(65536)
        if not chunk:
            return received
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return head


@pytest.fixture
def misbehaving_host() -> Iterator[Callable[..., str]]:
    """A loopback host that handles each connection with ``handle(socket)``, over TLS with ``tls``; returns its base
    URL (https://localhost with ``tls`` or ``https``)."""
    import ssl

    listeners: list[socket.socket] = []

    def start(handle: Callable[[socket.socket], object], tls: ssl.SSLContext | None = None,
              https: bool = False) -> str:
        listener = socket.create_server(("127.0.0.1", 0))
        listeners.append(listener)

        def serve_one(raw: socket.socket) -> None:
            try:
                with tls.wrap_socket(raw, server_side=True) if tls is not None else raw as connection:
                    handle(connection)
            except OSError:
                raw.close()  # the client's handshake failed, or it hung up

        def serve() -> None:
            while True:
                try:
                    raw, _ = listener.accept()
                except OSError:
                    return  # the test is over
                threading.Thread(target=serve_one, args=(raw,), daemon=True).start()

        threading.Thread(target=serve, daemon=True).start()
        scheme = "https://localhost" if tls is not None or https else "http://127.0.0.1"
        return f"{scheme}:{listener.getsockname()[1]}"

    yield start
    for listener in listeners:
        listener.close()


class _HeldAnswer(BaseHTTPRequestHandler):
    """Takes a request, says so, and answers FaceID's AUTHENTICATION_ERROR only once its server is told to."""

    def do_GET(self) -> None:
        self.server.taken.set()  # type: ignore[attr-defined]
        if not self.server.release.wait(120):  # type: ignore[attr-defined]
            return
        body = b'{"error_message": "AUTHENTICATION_ERROR", "request_id": "1,held"}'
        try:
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the console gave up on it and closed the connection
            pass

    do_POST = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def held_host() -> Iterator[Callable[[], tuple[str, threading.Event, threading.Event]]]:
    """A loopback host that holds each request until released, then refuses the api_key (AUTHENTICATION_ERROR);
    returns its base URL, an event set once it has a request, and the event that releases its answers."""
    servers: list[ThreadingHTTPServer] = []

    def start() -> tuple[str, threading.Event, threading.Event]:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _HeldAnswer)
        server.daemon_threads = True
        server.taken = threading.Event()  # type: ignore[attr-defined]
        server.release = threading.Event()  # type: ignore[attr-defined]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return (f"http://127.0.0.1:{server.server_address[1]}", server.taken,  # type: ignore[attr-defined]
                server.release)  # type: ignore[attr-defined]

    yield start
    for server in servers:
        server.release.set()  # type: ignore[attr-defined]
        server.shutdown()
        server.server_close()


def custom_profile(settings: Settings, name: str, url: str) -> Profile:
    profile = Profile(name, ProfileKind.CUSTOM, url)
    settings.profiles.append(profile)
    settings.save()
    return profile


@pytest.fixture
def chinese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window's zh_CN translation installed for one test (and removed after it)."""
    translators = install_translator(qapp, "zh_CN")
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def answer_question(button: object, asked: list[str] | None = None, tries: int = 200) -> list[str]:
    """Click ``button`` (a QMessageBox.StandardButton) of the next message box opened modally, noting its text in
    the list returned; gives up after ``tries`` × 20 ms when none opens (the test then finds nothing asked)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    asked = [] if asked is None else asked

    def answer(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.text())
            clicked = box.button(button)  # type: ignore[arg-type]
            asked.append("" if clicked is None else clicked.text())
            (clicked or box.escapeButton()).click()
        elif left > 0:
            QTimer.singleShot(20, lambda: answer(left - 1))

    QTimer.singleShot(0, lambda: answer(tries))
    return asked


@pytest.fixture
def other_entries(tmp_path: Path, faces: Path) -> dict[str, int]:
    """The window's history holding, by name: a refused verify call ("error"), an SDK biz_token whose raw_image
    answer carried the faces of its photo to compare ("biz_token") and a liveness session's result with two images
    ("liveness")."""
    import base64
    import json

    from faceid_console.api import FaceIDError
    from tests.conftest import FIXTURES

    store = HistoryStore.open(sqlite_path=tmp_path / "history.sqlite3", database_url="")
    try:
        refused = store.journal.begin(CallKind.VERIFY, "local-engine", {"uuid": "U-refused"})
        body = (FIXTURES / "verify_failure.json").read_text("utf-8")
        store.journal.fail(refused, FaceIDError("NO_SUCH_ID_NUMBER", http_status=400,
                                                request_id=json.loads(body)["request_id"], raw_body=body))
        token = store.journal.begin(CallKind.GET_BIZ_TOKEN, "local-engine",
                                    {"liveness_type": "raw_image", "comparison_type": "0", "return_faces": "1"},
                                    {"image": (faces / "obama_1.jpg").read_bytes()})
        verify_faces = json.loads((FIXTURES / "verify_success.json").read_text("utf-8"))["faces"]
        store.journal.complete(token, {**json.loads((FIXTURES / "get_biz_token_success.json").read_text("utf-8")),
                                       "faces": verify_faces})
        session = store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": "1700000000,f5"})
        # Its images real photos (the fixture's are placeholders, which History does not keep).
        images = {name: "data:image/jpeg;base64," + base64.b64encode((faces / photo).read_bytes()).decode("ascii")
                  for name, photo in (("image_best", "obama_1.jpg"), ("image_action1", "obama_2.jpg"))}
        store.journal.complete(session, {**json.loads((FIXTURES / "get_result_success.json").read_text("utf-8")),
                                         "images": images})
        return {"error": int(refused), "biz_token": int(token), "liveness": int(session)}
    finally:
        store.close()
