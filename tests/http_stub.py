"""A loopback HTTP server answering as a test says: for the client's, command line's and History's tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


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
