"""One HTTP request with a deadline for its whole answer, which its caller can also give up.

requests' read time-out bounds each read of the socket, not the answer: a host that sends a byte every few seconds
holds a call (and the process at exit) for ever. Here each request runs on a daemon thread of its own while its
caller waits until the deadline, or until told to give up. Giving up shuts the request's socket, so its thread ends
at once, and no connection is opened nor request sent (a retry of a 500 included) once the caller has been told
there was no answer: a billed call never goes through unseen.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Any, Final

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.response import HTTPResponse


class GivenUp(Exception):
    """The caller stopped waiting: at the deadline, or when it was told to give up (``abandoned``)."""

    def __init__(self, abandoned: bool) -> None:
        super().__init__("the call was given up" + (" on request" if abandoned else " at its deadline"))
        self.abandoned = abandoned


class Sending:
    """Whether the call's last try handed its whole request to the network, and when: a failure before that was not
    processed (a host cannot act on part of a request), one after it may have been; and whether its answer began."""

    def __init__(self) -> None:
        #: ``time.monotonic()`` when the request was written whole; None while it is not (yet).
        self.sent_at: float | None = None
        #: The answer once its status line and headers arrived and no try is left to make (None before): a failure
        #: after it broke the answer off.
        self.answer: HTTPResponse | None = None


class _Call:
    """One request's deadline, its give-up event, the sockets it opened (to shut when it is given up), and whether
    its request was written whole."""

    def __init__(self, deadline: float, abandon: threading.Event | None, sending: Sending) -> None:
        self.deadline = deadline
        self.abandon = abandon
        self.sending = sending
        self.given_up = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    @property
    def abandoned(self) -> bool:
        return self.abandon is not None and self.abandon.is_set()

    def check(self) -> None:
        """Before a connection is opened or a request sent: nothing more once the caller has stopped waiting."""
        if self.given_up or self.abandoned or time.monotonic() >= self.deadline:
            raise GivenUp(self.abandoned)

    def opened(self, sock: socket.socket | None) -> None:
        with self._lock:
            if sock is not None:
                self._sockets.append(sock)
                if self.given_up:
                    _shut(sock)

    def give_up(self) -> None:
        with self._lock:
            self.given_up = True
            for sock in self._sockets:
                _shut(sock)

    def answered(self, answer: HTTPResponse) -> None:
        """The answer's head arrived: its body is still to be read. Not once the call was given up: hanging up ends
        an unfinished head too (http.client takes the end of the stream for the end of the headers), and that is
        no answer, whenever the caller looks."""
        with self._lock:
            if not self.given_up:
                self.sending.answer = answer


def _shut(sock: socket.socket) -> None:
    """Wake a read blocked on ``sock`` (close() alone may not) and end the connection."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


_current = threading.local()  # the _Call of the request this thread sends, if any


def _call() -> _Call | None:
    return getattr(_current, "call", None)


class _DeadlineHTTPConnection(HTTPConnection):
    """A connection that opens and sends only while its call is waited for, and hands its socket to the call."""

    def connect(self) -> None:
        if (call := _call()) is not None:
            call.check()
        super().connect()
        if call is not None:
            call.opened(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        if (call := _call()) is not None:
            call.check()
            call.sending.sent_at = None  # a try after a refused connection or a 500 starts unsent
        super().request(*args, **kwargs)
        # Returned, not raised: every byte is with the network (urllib3 reads an answer even after a broken pipe).
        if call is not None:
            call.sending.sent_at = time.monotonic()


class _DeadlineHTTPSConnection(_DeadlineHTTPConnection, HTTPSConnection):
    """The same over TLS (its socket, once connected, is the TLS one)."""


class _DeadlineHTTPPool(HTTPConnectionPool):
    ConnectionCls = _DeadlineHTTPConnection


class _DeadlineHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _DeadlineHTTPSConnection


_POOLS: Final = {"http": _DeadlineHTTPPool, "https": _DeadlineHTTPSPool}


class DeadlineAdapter(HTTPAdapter):
    """requests' adapter whose connections keep to the deadline of the call they serve (see ``send_within``)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        response = super().send(request, *args, **kwargs)
        # Handed over once the tries are done (a 500 resent, its answer drained): only this one's body is still read.
        if (call := _call()) is not None:
            call.answered(response.raw)
        return response


def send_within(session: requests.Session, seconds: float, abandon: threading.Event | None, method: str, url: str,
                *, sending: Sending | None = None, **kwargs: Any) -> requests.Response:
    """``session.request(method, url, **kwargs)`` through a ``DeadlineAdapter``, answered within ``seconds``; raises
    GivenUp past them or once ``abandon`` is set (before anything is sent, if it already is). ``sending`` is told
    whether, and when, the request was written whole."""
    call = _Call(time.monotonic() + seconds, abandon, sending or Sending())
    call.check()
    outcome: list[requests.Response | BaseException] = []
    done = threading.Event()

    def send() -> None:
        _current.call = call
        try:
            outcome.append(session.request(method, url, **kwargs))
        except BaseException as exc:  # handed to the caller, who raises it
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=send, name="faceid-http-call", daemon=True).start()
    # Without an abandon event there is nothing to look at meanwhile: one wait, to the deadline.
    poll = _ABANDON_POLL_S if abandon is not None else None
    while not done.wait(_wait(call.deadline, poll)):
        if call.abandoned or time.monotonic() >= call.deadline:
            call.give_up()
            raise GivenUp(call.abandoned)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


#: How often a caller that may be told to give up looks whether it was.
_ABANDON_POLL_S: Final = 0.1


def _wait(deadline: float, poll: float | None) -> float:
    left = max(0.0, deadline - time.monotonic())
    return left if poll is None else min(poll, left)
