"""The console's own notify_url for the built-in engine: a small HTTP server on loopback.

It accepts what the engine posts (``data=…&sign=…``), answers 200 at once, and hands the body to the
GUI thread through the courier (``courier.py``); the page checks the signature with the active profile's secret.
The server's threads hold only the receiver's number, never the receiver: a post that comes in while its page is
freed is dropped, not emitted on a freed object.
"""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Final

from PySide6.QtCore import QObject, Signal

from .courier import hand_over, listen

log = logging.getLogger(__name__)

#: Far above any real callback (a few MB with its liveness images as data URLs); a larger post is refused with 413
#: before any of its body is read.
MAX_CALLBACK_BYTES: Final = 16 * 1024 * 1024
#: Seconds a poster may keep its connection idle (a body sent in a trickle, or never) before it is dropped.
POST_TIMEOUT_S: Final = 30
NOTIFY_PATH: Final = "/notify"
RETURN_PATH: Final = "/return"


class _Server(ThreadingHTTPServer):
    #: Connections waiting to be accepted: Python's default of 5 reset posters when a few dozen came at once.
    request_queue_size = 128


class CallbackReceiver(QObject):
    """A loopback HTTP server in a background thread; ``received`` carries each posted body."""

    #: The path and raw body of one POST, delivered in the GUI thread.
    received = Signal(str, bytes)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._number = listen(self._deliver)

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` while running, else an empty string."""
        if self._server is None:
            return ""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def notify_url(self) -> str:
        return self.base_url + NOTIFY_PATH if self._server is not None else ""

    @property
    def return_url(self) -> str:
        return self.base_url + RETURN_PATH if self._server is not None else ""

    def start(self) -> None:
        """Listen on 127.0.0.1 on a free port (idempotent)."""
        if self._server is not None:
            return
        self._server = _Server(("127.0.0.1", 0), _handler(self._number))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="faceid-callback-receiver",
                                        daemon=True)
        self._thread.start()
        log.info("callback receiver listening on %s", self.base_url)

    def stop(self) -> None:
        """Stop listening and wait for the server thread to end."""
        server, thread = self._server, self._thread
        self._server, self._thread = None, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def _deliver(self, posted: tuple[str, bytes]) -> None:
        """On the GUI thread: one post, handed over by a server thread."""
        self.received.emit(*posted)


def _handler(number: int) -> type[BaseHTTPRequestHandler]:
    """Handlers that hand each post over to receiver ``number``."""

    class Handler(BaseHTTPRequestHandler):
        # Each connection has a thread of its own, never the GUI's; one that stalls is dropped after this long
        # instead of holding its thread (and what it sent so far) for ever.
        timeout = POST_TIMEOUT_S

        def log_message(self, format: str, *args: object) -> None:
            pass  # bodies carry applicants' data: nothing of them goes to the log

        def do_POST(self) -> None:
            if self.path.partition("?")[0] not in (NOTIFY_PATH, RETURN_PATH):  # only the addresses it handed out
                self._answer(404, b"not a callback address of this console")
                return
            try:
                length = int(self.headers.get("Content-Length", "0"))
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_CALLBACK_BYTES:  # refused unread; the connection closes after the answer
                self._answer(413, b"too large")
                return
            body = self.rfile.read(length)  # never more than Content-Length, which is within the cap
            if len(body) != length:  # the poster stopped short: a cut-off body is no callback
                self._answer(400, b"incomplete body")
                return
            self._answer(200, b"ok")
            hand_over(number, (self.path, body))

        def do_GET(self) -> None:
            # The applicant's browser lands here after the do page (return_url).
            self._answer(200, b"The liveness session is finished; you can close this tab.")

        def _answer(self, status: int, text: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)

    return Handler
