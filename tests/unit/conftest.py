"""Fixtures for the unit suite: a loopback HTTP stub answering as a test says."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class Stub:
    """A loopback HTTP server answering with ``respond(n)`` for the n-th request."""

    def __init__(self, respond: Callable[[int, str], tuple[int, str, bytes] | None]) -> None:
        self.calls: list[str] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("latin-1")
                stub.calls.append(self.path + "\n" + body)
                answer = respond(len(stub.calls), self.path)
                if answer is None:
                    return
                status, ctype, payload = answer
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub_factory() -> Iterator[Callable[..., Stub]]:
    stubs: list[Stub] = []

    def make(respond: Callable[[int, str], tuple[int, str, bytes] | None]) -> Stub:
        stubs.append(Stub(respond))
        return stubs[-1]

    yield make
    for s in stubs:
        s.close()
