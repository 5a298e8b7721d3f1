"""A ``faceid-console verify`` killed with SIGKILL at several points never loses an answer and never resends.

The command talks to the real engine through a gatekeeping proxy, so the test decides when the request
reaches the engine and when the answer comes back, and kills the process in between. Afterwards the store
holds nothing for the call, a pending entry ("outcome unknown, not resent"), or the complete answer.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from tests.conftest import API_KEY, API_SECRET


class GateProxy:
    """Forwards requests to the engine; ``to_engine``/``to_client`` gates hold them on the way."""

    def __init__(self, engine_url: str) -> None:
        self.engine_url = engine_url
        self.to_engine, self.to_client = threading.Event(), threading.Event()
        self.received, self.forwarded, self.replied = [], [], []  # type: ignore[var-annotated]
        self.release = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                proxy.received.append(self.path)
                if not _wait(proxy.to_engine, proxy.release):
                    return
                answer = requests.request(self.command, proxy.engine_url + self.path, data=body, timeout=60,
                                          headers={"Content-Type": self.headers.get("Content-Type", "")})
                proxy.forwarded.append(answer.json())
                if not _wait(proxy.to_client, proxy.release):
                    return
                self.send_response(answer.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)
                self.wfile.flush()
                proxy.replied.append(time.monotonic())

            do_POST = do_GET = _handle

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def _wait(gate: threading.Event, release: threading.Event) -> bool:
    while not gate.wait(0.02):
        if release.is_set():
            return False
    return True


@pytest.fixture
def proxy(engine) -> Iterator[GateProxy]:
    gate = GateProxy(engine.base_url)
    yield gate
    gate.close()


def _until(condition: Callable[[], object], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.002)


def _rows(db: Path) -> list[tuple[int, str, str | None]]:
    if not db.exists():
        return []
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as c:
        try:
            return c.execute("SELECT id, status, response_json FROM calls ORDER BY id").fetchall()
        except sqlite3.OperationalError:  # the schema is still being created
            return []


def _env(tmp_path: Path) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FACEID_")}
    environ.update(FACEID_API_KEY=API_KEY, FACEID_API_SECRET=API_SECRET,
                   FACEID_CONSOLE_DATA_DIR=str(tmp_path / "data"), FACEID_CONSOLE_CONFIG_DIR=str(tmp_path / "config"))
    return environ


def _verify(proxy: GateProxy, faces: Path, tmp_path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "faceid_console", "verify", "--base-url", proxy.url, "--comparison-type", "0",
         "--uuid", "U-crash", "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(tmp_path))


def _kill(process: subprocess.Popen[bytes]) -> bytes:
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate(timeout=30)
    # Killed, or (the later kill points, on a fast machine) already finished on its own: both must hold.
    assert process.returncode in (-signal.SIGKILL, 0), process.returncode
    return out


def _after_restart(tmp_path: Path, proxy: GateProxy) -> dict:
    """What an operator sees next: ``history list`` (which opens the store and recovers), and no resend."""
    sent_before = (len(proxy.received), len(proxy.forwarded))
    done = subprocess.run([sys.executable, "-m", "faceid_console", "history", "list"], capture_output=True,
                          env=_env(tmp_path), timeout=120, check=True)
    time.sleep(0.3)  # a resend, were there one, would reach the proxy now
    assert (len(proxy.received), len(proxy.forwarded)) == sent_before, "something was sent again"
    return json.loads(done.stdout)


def _assert_pending_not_resent(tmp_path: Path, proxy: GateProxy) -> None:
    db = tmp_path / "data" / "history.sqlite3"
    [(_, status, response)] = _rows(db)
    assert status == "pending" and response is None
    listed = _after_restart(tmp_path, proxy)
    [entry] = listed["entries"]
    assert entry["outcome"] == "outcome unknown, not resent" and entry["status"] == "unknown"


def test_killed_before_send(proxy: GateProxy, faces: Path, tmp_path: Path) -> None:
    process = _verify(proxy, faces, tmp_path)
    _until(lambda: _rows(tmp_path / "data" / "history.sqlite3"))  # the journal entry is durable...
    _kill(process)                                                # ...and the process dies at once
    assert proxy.forwarded == []
    _assert_pending_not_resent(tmp_path, proxy)


def test_killed_in_flight_before_the_engine_answered(proxy: GateProxy, faces: Path, tmp_path: Path) -> None:
    process = _verify(proxy, faces, tmp_path)
    _until(lambda: proxy.received)
    _kill(process)
    assert proxy.forwarded == []
    _assert_pending_not_resent(tmp_path, proxy)


def test_killed_after_the_engine_processed_it_but_before_the_answer_arrived(
        proxy: GateProxy, faces: Path, tmp_path: Path) -> None:
    proxy.to_engine.set()
    process = _verify(proxy, faces, tmp_path)
    _until(lambda: proxy.forwarded)  # processed (and, in the cloud, billed)
    _kill(process)
    _assert_pending_not_resent(tmp_path, proxy)
    assert len(proxy.forwarded) == 1


def test_killed_once_the_answer_was_printed(proxy: GateProxy, faces: Path, tmp_path: Path) -> None:
    proxy.to_engine.set()
    proxy.to_client.set()
    process = _verify(proxy, faces, tmp_path)
    assert process.stdout is not None
    first_line = process.stdout.readline()  # the answer is being printed
    assert first_line.strip() == b"{"
    _kill(process)
    [(_, status, response)] = _rows(tmp_path / "data" / "history.sqlite3")
    assert status == "complete" and response is not None
    assert json.loads(response)["request_id"] == proxy.forwarded[0]["request_id"]
    assert _after_restart(tmp_path, proxy)["entries"][0]["outcome"] == "complete"


@pytest.mark.parametrize("delay", [0.0, 0.01, 0.05, 0.2])
def test_killed_just_after_the_answer_arrived(proxy: GateProxy, faces: Path, tmp_path: Path, delay: float) -> None:
    proxy.to_engine.set()
    process = _verify(proxy, faces, tmp_path)
    _until(lambda: proxy.forwarded)
    proxy.to_client.set()
    _until(lambda: proxy.replied)
    time.sleep(delay)
    printed = _kill(process)
    [(_, status, response)] = _rows(tmp_path / "data" / "history.sqlite3")
    assert status in ("pending", "complete")  # never lost: either unknown, or the answer itself
    if printed:
        assert status == "complete", "an answer was printed that the store does not hold"
    if status == "complete":
        assert json.loads(response)["request_id"] == proxy.forwarded[0]["request_id"]
    _after_restart(tmp_path, proxy)
    assert len(proxy.forwarded) == 1
