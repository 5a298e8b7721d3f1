"""Run the engine: inside the console (a background thread on a free loopback port) or standalone,
both on waitress, a production WSGI server.

These things are done at waitress's own extension points (``channel_class``, ``task_class``, ``parser_class``,
the ``dispatcher`` and the trigger), not in the WSGI app:

- **admission**: a request counts against the concurrency limit from the moment waitress has read
  it, not from when a worker thread gets to it, so requests queued behind busy workers are refused
  with CONCURRENCY_LIMIT_EXCEEDED at once, by a separate worker, instead of waiting in the queue;
- **stopping**: sockets belong to waitress's loop thread, so ``stop()`` asks that thread (through
  waitress's trigger) to close them, after the requests in progress have been answered;
- **deadlines that bytes do not reset**: waitress's idle time-out restarts at every byte, so a client
  that trickles its headers or its body, sends empty lines, or connects and says nothing, could hold a
  connection for ever, and a hundred such clients would fill waitress's connection limit and shut
  everyone else out. A request's head must arrive within ``HEAD_TIMEOUT_S`` of its first byte (or of the answer
  before it, for one sent behind it), and its body within ``REQUEST_TIMEOUT_S`` or at a steady pace; a
  connection must send a request within ``HEAD_TIMEOUT_S`` of opening, and one kept open between
  requests is closed after the idle time-out since its last answer, whatever it sends meanwhile;
- **refusing at once** what waitress would refuse only after a deadline, or never: a head whose lines end in a
  bare LF or a bare CR, a Content-Length over the API's ``MAX_REQUEST_BYTES`` (its body, when one follows, is read
  and dropped after the answer, then the connection closed), a chunk whose declared size takes the body over
  ``MAX_BODY_BYTES``.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

from waitress import wasyncore
from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import TcpWSGIServer
from waitress.task import ErrorTask, ThreadedTaskDispatcher, WSGITask
from waitress.utilities import BadRequest, RequestHeaderFieldsTooLarge, ServerNotImplemented, find_double_newline
from waitress.utilities import RequestEntityTooLarge as BodyOverServerLimit

from ..api.endpoint import is_loopback_host
from . import exceptions as exc
from .face_model import FaceModel
from .models import EngineBackend, EngineConfig, KeyPolicy
from .responses import ADMISSION_REFUSED, MAX_REQUEST_BYTES, ConcurrencyGuard, create_app, error_reply

log = logging.getLogger(__name__)

DEFAULT_HOST: Final = "127.0.0.1"
#: How often expired tokens, sessions and results are purged.
PURGE_INTERVAL_S: Final = 60.0
#: Worker threads that only answer refused requests (they never run the face model).
REFUSAL_THREADS: Final = 1
#: A new connection must send a complete request head (request line and headers) within this, and so must
#: each request from its first byte on; a connection kept open between requests waits the idle time-out.
HEAD_TIMEOUT_S: Final = 10.0
#: A request's body may take longer than this only at a steady pace, at least ``MIN_BODY_BYTES_PER_S`` on average
#: since the request's first byte (a slow link's, 128 kbit/s): any size arrives, a trickle is cut off.
REQUEST_TIMEOUT_S: Final = 120.0
MIN_BODY_BYTES_PER_S: Final = 16 * 1024
#: The most of a body the server reads. A Content-Length over the API's 20 MB is refused by its head, and its body, up
#: to this, read and dropped after the answer, so that its client, still sending, hears the 413 rather than a
#: connection reset; a chunked body over 20 MB is read to this for the app's 413. Over this: refused and closed at once.
MAX_BODY_BYTES: Final = 64 * 1024 * 1024
#: A line feed without the carriage return before it, or a carriage return followed by anything but a line feed:
#: HTTP/1.1 heads end their lines in CR LF (RFC 9112, 2.2). A CR last in what has arrived may yet be followed by its LF.
_BARE_LINE_END: Final = re.compile(rb"(?<!\r)\n|\r(?=[^\n])")
#: The first byte of a TLS handshake: someone spoke HTTPS to this plain-HTTP engine.
_TLS_HANDSHAKE: Final = 0x16
#: What of a request waitress could not read each of its reasons is about (by how the reason begins), as
#: BAD_ARGUMENTS names it; any other reason names the request.
_UNREADABLE_PARTS: Final = (
    ("Content-Length", "content_length"),
    ("Chunk", "body"), ("Invalid chunk", "body"),
    ("Start line", "request_line"), ("Bad URI", "request_line"), ("Malformed HTTP method", "request_line"),
    ("Bare CR or LF found in HTTP message", "request_line"),
    ("Invalid header", "headers"), ("Malformed header", "headers"), ("Bare CR or LF found in header", "headers"),
    ("HTTP message header", "headers"),
)


def build_wsgi_app(backend: EngineBackend) -> Any:
    """The engine as a WSGI callable, with the concurrency limit in front."""
    return ConcurrencyGuard(create_app(backend).wsgi_app, backend)


def documented_error(error: Any) -> exc.ServiceError:
    """The documented error for waitress's own ``error`` (a ``waitress.utilities.Error``) about a request it could not
    read or serve: too large is 413, a malformed request BAD_ARGUMENTS naming its part, anything else INTERNAL_ERROR.
    The documents list no 431 or 501: oversized headers are a request over the size limit, an unsupported
    Transfer-Encoding a header the engine cannot use."""
    if isinstance(error, (BodyOverServerLimit, RequestHeaderFieldsTooLarge)):  # both are BadRequests: first
        return exc.RequestEntityTooLarge()
    if isinstance(error, ServerNotImplemented):
        return exc.BadArguments("transfer_encoding")
    if isinstance(error, BadRequest):
        reason = str(error.body)
        return exc.BadArguments(next((part for begins, part in _UNREADABLE_PARTS if reason.startswith(begins)),
                                     "request"))
    return exc.InternalError()


def _requested_path(request: Any) -> str:
    """The path a request names, as far as waitress read it: its request line's, even when a header after it was
    malformed; empty when the line itself could not be read."""
    path = getattr(request, "path", "")
    if path:
        return str(path)
    words = bytes(getattr(request, "first_line", b"")).split(b" ")
    return words[1].decode("latin-1") if len(words) > 1 else ""


class _EngineRequestParser(HTTPRequestParser):  # type: ignore[misc]
    """waitress's request parser, refusing at once requests it would only ever have refused, or dropped, later:

    - a head whose lines end in a bare LF (LF-only clients) or a bare CR (CR-only ones): waitress refuses them as a
      smuggling risk, but only once the head has ended in CR LF CR LF, which such a head never does, so it waited for
      the head deadline;
    - a Content-Length over the API's 20 MB: waitress waited for the body (the idle time-out, for a client that
      declared one and sent nothing) only for the app to refuse it; the part of the body that came with the head is
      taken, and ``drop_body`` told how much is still to come;
    - a chunked body whose next chunk's declared size takes it over the server's limit: waitress refuses the body
      only once that much has arrived, so a chunk declaring terabytes and sending nothing waited for the idle
      time-out."""

    completed: bool  # waitress's attributes are untyped
    headers_finished: bool
    content_length: int
    #: Of a body refused by its Content-Length, the bytes that had not arrived when it was refused.
    unread_body: int = 0

    def __init__(self, adj: Adjustments, drop_body: Callable[[int, int], None]) -> None:
        super().__init__(adj)
        #: Told (declared length, bytes still to come) of a body refused by its Content-Length.
        self.drop_body = drop_body

    def received(self, data: bytes) -> int:
        if self.body_rcv is None and not self.completed and self._refused_for_a_bare_line_end(data):
            return len(data)  # nothing after a refused head is read as a request
        heading = not self.headers_finished
        consumed: int = super().received(data)
        if heading and self.headers_finished and self._refused_for_its_length():
            arrived = min(len(data) - consumed, self.content_length)
            # A client waiting for "100 Continue" before its body sends none on hearing the 413: nothing to wait for.
            waiting_to_send = self.expect_continue and not arrived
            self.unread_body = 0 if waiting_to_send else self.content_length - arrived
            if self.unread_body:
                self.drop_body(self.content_length, self.unread_body)
            return consumed + arrived  # the body that came with the head is taken, not read as the next request
        if self.chunked and not self.completed:
            declared = self.body_bytes_received + self.body_rcv.chunk_remainder
            if declared >= self.adj.max_request_body_size:  # waitress's own test, ahead of the bytes
                self.error = BodyOverServerLimit(f"a chunk takes the body to {declared} bytes")
                self.completed = True
        return consumed

    def _refused_for_its_length(self) -> bool:
        """Whether the head just read declares a body over the API's limit (get_biz_token v3: "客户发送的请求大小超过了
        20MB限制"); if so the request is marked refused as too large. One at the limit is read: it exceeds nothing."""
        if self.error is not None or self.chunked or self.content_length <= MAX_REQUEST_BYTES:
            return False
        self.error = BodyOverServerLimit(f"Content-Length {self.content_length} is over {MAX_REQUEST_BYTES}")
        self.completed = True
        return True

    def _refused_for_a_bare_line_end(self, data: bytes) -> bool:
        """Whether the head, with ``data``, has a bare LF or CR after its first line began (blank lines before it
        are allowed, as waitress allows them); if so the request is marked refused, naming its request line or
        headers as waitress does."""
        head = self.header_plus + data
        end = find_double_newline(head)
        head = head[:end] if end >= 0 else head
        begins = len(head) - len(head.lstrip())
        # From the last byte already read: a CR there is bare if what arrives now begins with anything but LF.
        bare = _BARE_LINE_END.search(head, max(begins, len(self.header_plus) - 1))
        if bare is None:
            return False
        before = head[begins:bare.start()]
        # Read as far as waitress would have: the request line (for the path, so v3's shape on a v3 path).
        self.first_line = before.split(b"\r\n", 1)[0].rstrip()
        self.error = BadRequest("Bare CR or LF found in header line" if b"\r\n" in before
                                else "Bare CR or LF found in HTTP message")
        self.completed = self.headers_finished = True
        return True


class _DocumentedErrorTask(ErrorTask):  # type: ignore[misc]
    """waitress's answer to a request it cannot read or serve, in the documented shape (v2's or v3's JSON by the path
    named, 413 in plain text) rather than waitress's own plain text, which no document describes."""

    def execute(self) -> None:
        reply = error_reply(documented_error(self.request.error), path=_requested_path(self.request),
                            now=self.channel.server.backend.now(), time_used=0)
        self.status = reply.status_line
        self.response_headers.append(("Content-Type", reply.content_type))
        self.set_close_on_finish()  # what follows a request that could not be read is no request to trust
        self.content_length = len(reply.body)
        self.write(reply.body)
        if self.request.unread_body:
            self.close_on_finish = False  # still "Connection: close": the channel closes once the body has come


class _AdmissionTask(WSGITask):  # type: ignore[misc]  # waitress ships no type hints
    """A WSGI task whose environ says whether its request was refused at admission."""

    def get_environment(self) -> Any:
        environ = super().get_environment()
        environ[ADMISSION_REFUSED] = not getattr(self.request, "faceid_admitted", False)
        return environ


class _EngineChannel(HTTPChannel):  # type: ignore[misc]
    """An HTTP connection whose requests give their admission back once answered, and whose requests must
    arrive in time (see the module's deadlines)."""

    task_class = _AdmissionTask
    error_task_class = _DocumentedErrorTask
    server: _EngineWSGIServer

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: When the request now arriving sent its first byte.
        self.request_started: float = self.creation_time
        #: When a request was last being answered or its answer sent (the connection's start before any).
        self.last_busy: float = self.creation_time
        self.answered_any = False
        #: A body refused by its Content-Length: its declared length, and the bytes of it still to come. They are read
        #: and dropped, after the 413, so that a client still sending them hears it rather than a connection reset.
        self.refused_body_length = 0
        self.unread_body = 0

    def parser_class(self, adj: Adjustments) -> _EngineRequestParser:
        """waitress's ``parser_class`` hook (called as ``self.parser_class(self.adj)``): a parser that tells this
        connection of a body it refused."""
        return _EngineRequestParser(adj, self._drop_body)

    def _drop_body(self, declared: int, unread: int) -> None:
        self.refused_body_length, self.unread_body = declared, unread

    def received(self, data: bytes) -> bool:
        if self.unread_body:
            # Read only once the 413 is sent (readable() waits for it); the connection closes once the body has come.
            self.unread_body -= min(len(data), self.unread_body)
            if not self.unread_body:
                self.will_close = True
            return True
        if data and self.request is None:
            if not self.answered_any and data[0] == _TLS_HANDSHAKE:
                self.will_close = True  # an HTTPS client: close at once, not after the time-out
                return False
            # The first byte since the last answer starts the clock; empty lines (waitress's empty requests)
            # before a request do not start it again.
            if self.request_started <= self.last_busy:
                self.request_started = time.time()
        return bool(super().received(data))

    def handle_write(self) -> None:
        super().handle_write()
        self.last_busy = time.time()  # an answer being sent: the next request's time starts once it is

    def send_continue(self) -> None:
        # waitress says "100 Continue" to a request with Expect: 100-continue as soon as its head is read, then marks
        # it unfinished to wait for its body; one it had read whole already (no body, or refused by its head, as
        # too large) was then never answered. Its final answer follows at once instead (RFC 9110, 10.1.1).
        if self.request.completed:
            self.request.expect_continue = False
            return
        super().send_continue()

    def overdue(self, now: float) -> bool:
        """Whether the connection has missed a deadline by ``now``; a request being answered, or its answer
        being sent, never has."""
        if self.requests or self.total_outbufs_len:
            self.last_busy = now
            return False
        if self.unread_body:  # a refused body still coming, to be dropped: the pace a body being read must keep
            elapsed = now - self.request_started
            arrived = self.refused_body_length - self.unread_body
            return elapsed > self.server.request_timeout_s and arrived < MIN_BODY_BYTES_PER_S * elapsed
        if self.request is not None:  # a request arriving: its head in time, then its body at a steady pace
            # One sent behind the request before it waited while that one was answered: counted from then on.
            elapsed = now - max(self.request_started, self.last_busy)
            if not self.request.headers_finished:
                return elapsed > self.server.head_timeout_s
            received = len(self.request.body_rcv) if self.request.body_rcv is not None else 0
            return elapsed > self.server.request_timeout_s and received < MIN_BODY_BYTES_PER_S * elapsed
        created: float = self.creation_time  # waitress's attributes are untyped
        if not self.answered_any:  # connected, and asked nothing (empty lines are no request)
            return now - created > self.server.head_timeout_s
        idle: float = self.adj.channel_timeout
        return now - self.last_busy > idle  # kept open since its last answer

    def service(self) -> None:
        request = self.requests[0]
        try:
            super().service()
        finally:
            self.last_busy, self.answered_any = time.time(), True
            if getattr(request, "faceid_admitted", False):
                request.faceid_admitted = False
                self.server.backend.leave()


class _EngineWSGIServer(TcpWSGIServer):  # type: ignore[misc]
    """waitress's TCP server, admitting each request against the limit as it is handed to a worker."""

    channel_class = _EngineChannel

    def __init__(self, application: Any, backend: EngineBackend, refusals: ThreadedTaskDispatcher,
                 head_timeout_s: float, request_timeout_s: float, **kwargs: Any) -> None:
        self.backend = backend
        self.refusals = refusals
        self.head_timeout_s = head_timeout_s
        self.request_timeout_s = request_timeout_s
        super().__init__(application, **kwargs)

    def maintenance(self, now: float) -> None:
        super().maintenance(now)  # the idle time-out
        for channel in self.active_channels.values():
            if channel.overdue(now):
                channel.will_close = True  # closed by the loop, as waitress closes an idle one

    def add_task(self, task: Any) -> None:
        # ``task`` is the channel; its first queued request is the one about to be served.
        request = task.requests[0]
        request.faceid_admitted = self.backend.enter()
        (self.task_dispatcher if request.faceid_admitted else self.refusals).add_task(task)


class EngineServer:
    """A running engine: its backend, its address, and a way to stop it."""

    def __init__(
        self,
        data_dir: Path,
        credentials: Mapping[str, str],
        *,
        host: str = DEFAULT_HOST,
        port: int = 0,
        threads: int = 4,
        concurrency_limit: int = 8,
        policies: dict[str, KeyPolicy] | None = None,
        model: FaceModel | None = None,
        allow_remote_callbacks: bool = False,
        idle_timeout_s: float = 60.0,
        head_timeout_s: float = HEAD_TIMEOUT_S,
        request_timeout_s: float = REQUEST_TIMEOUT_S,
        purge_interval_s: float = PURGE_INTERVAL_S,
    ) -> None:
        config = EngineConfig(
            data_dir=Path(data_dir), credentials=dict(credentials), concurrency_limit=concurrency_limit,
            policies=policies or {}, loopback_only=is_loopback_host(host),
            allow_remote_callbacks=allow_remote_callbacks,
        )
        self.backend = EngineBackend(config, model=model)
        adjustments = Adjustments(
            host=host, port=port, threads=threads, ident="FaceID-Console-engine",
            clear_untrusted_proxy_headers=True, max_request_body_size=MAX_BODY_BYTES,
            # A connection that stops sending (a stalled or very slow body) is closed after this.
            channel_timeout=idle_timeout_s,
            cleanup_interval=max(1, int(min(30.0, idle_timeout_s / 2, head_timeout_s / 4))),  # whole seconds
        )
        dispatcher = ThreadedTaskDispatcher()
        dispatcher.set_thread_count(threads)
        self._refusals = ThreadedTaskDispatcher()
        self._refusals.set_thread_count(REFUSAL_THREADS)
        self._map: dict[int, Any] = {}
        try:
            self._server = _EngineWSGIServer(
                build_wsgi_app(self.backend), self.backend, self._refusals, head_timeout_s, request_timeout_s,
                map=self._map,
                dispatcher=dispatcher, adj=adjustments, sockinfo=adjustments.listen[0],
            )
        except BaseException:  # a port in use: the caller reports it; nothing already started may outlive this
            for channel in list(self._map.values()):
                channel.close()
            dispatcher.shutdown(timeout=1)
            self._refusals.shutdown(timeout=1)
            raise
        self.host = host
        self.port = int(self._server.effective_port)
        self._purge_interval_s = purge_interval_s
        self._thread: threading.Thread | None = None
        self._state_lock = threading.Lock()
        self._serving = False
        self._stop_requested = False
        self._closed = threading.Event()
        self._stopping = threading.Event()
        #: Set when the first stop() has answered the requests in progress and closed everything.
        self._stopped = threading.Event()

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def serve_forever(self) -> None:
        """Serve in the calling thread until ``stop()`` (from another thread) or Ctrl+C."""
        with self._state_lock:
            if self._stop_requested:
                return
            self._serving = True
        log.info("FaceID engine listening on %s", self.base_url)
        purger = threading.Thread(target=self._purge_on_schedule, name="faceid-engine-purge", daemon=True)
        purger.start()
        try:
            self._server.run()  # returns when the map is empty, or after Ctrl+C (waitress catches it)
        finally:
            self._stopping.set()
            self._close_sockets()  # the loop has ended: this thread may touch the sockets now
            self._server.task_dispatcher.shutdown(timeout=5)
            self._refusals.shutdown(timeout=5)
            self._closed.set()

    def start(self) -> EngineServer:
        """Serve from a background daemon thread."""
        self._thread = threading.Thread(target=self.serve_forever, name="faceid-engine", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop accepting, answer the requests in progress, then close every connection.

        Safe from any thread but the serving one; a signal handler should call it from a new thread.
        """
        with self._state_lock:
            first = not self._stop_requested
            self._stop_requested = True
            serving = self._serving
        self._stopping.set()
        if not first:
            # Another thread (a signal handler's) is stopping: return once it is done, so a caller that
            # then ends the process does not cut short the answers still being sent.
            self._stopped.wait(timeout)
            return
        try:
            self._stop_first(serving, timeout)
        finally:
            self._stopped.set()

    def _stop_first(self, serving: bool, timeout: float) -> None:
        if not serving:  # never served: no loop owns the sockets
            self._close_sockets()
            self._server.task_dispatcher.shutdown(timeout=timeout)
            self._refusals.shutdown(timeout=timeout)
            self._closed.set()
            return
        if not self._closed.is_set():
            self._in_loop(self._stop_accepting)
            # Workers finish the request they are on (the loop still sends their answers); queued ones are cancelled.
            self._server.task_dispatcher.shutdown(cancel_pending=True, timeout=timeout / 2)
            self._refusals.shutdown(cancel_pending=True, timeout=timeout / 2)
            self._in_loop(self._close_sockets)  # empties the map, which ends the loop
        self._closed.wait(timeout)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _in_loop(self, work: Any) -> None:
        """Run ``work`` in the loop thread (waitress's trigger), unless the loop has already ended."""
        if self._closed.is_set():
            return
        try:
            self._server.trigger.pull_trigger(work)
        except OSError:  # the trigger was closed meanwhile: the loop is ending on its own
            log.debug("engine: loop already stopping")

    def _stop_accepting(self) -> None:
        """In the loop thread: close the listening socket, keep the connections."""
        if self._server.socket is not None:
            wasyncore.dispatcher.close(self._server)

    def _close_sockets(self) -> None:
        """In the loop thread (or with no loop running): close connections, listener and trigger."""
        for dispatcher in list(self._map.values()):
            try:
                # A connection's handle_close also releases its buffers and wakes a worker waiting on them.
                dispatcher.handle_close() if isinstance(dispatcher, HTTPChannel) else dispatcher.close()
            except OSError as err:  # already closed by the peer: nothing left to release
                log.debug("engine: closing %r: %s", dispatcher, err)
        self._map.clear()
        self._server.close()  # listener and trigger; each close is idempotent

    def _purge_on_schedule(self) -> None:
        while not self._stopping.wait(self._purge_interval_s):
            try:
                purged = self.backend.purge_expired()
            except Exception:  # a purge bug must not stop serving; the next round tries again
                log.exception("engine: purging expired state failed")
                continue
            if purged:
                log.debug("engine: purged %d expired tokens, sessions and results", purged)

    def __enter__(self) -> EngineServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def warn_if_exposed(host: str) -> str | None:
    """A warning when the engine is asked to listen beyond this machine."""
    if is_loopback_host(host):
        return None
    return (
        f"The engine will listen on {host}, reachable from other machines, over plain HTTP. "
        "Use it only on a network you trust."
    )
