"""The console's notify_url: a post reaches the page on the GUI thread, over real loopback HTTP; the server's
threads hold nothing of the receiver, so a post that comes while the page is freed is dropped, not emitted."""

from __future__ import annotations

import gc
import sys
import threading

import requests
import shiboken6
from PySide6.QtCore import QCoreApplication, QThread

from faceid_console.ui.callback_receiver import NOTIFY_PATH, CallbackReceiver


def test_a_post_reaches_received_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = CallbackReceiver()
    got: list[tuple[str, bytes, bool]] = []
    receiver.received.connect(lambda path, body: got.append(
        (path, body, QThread.currentThread() is QCoreApplication.instance().thread())))  # type: ignore[union-attr]
    receiver.start()
    try:
        answer = requests.post(receiver.notify_url, data={"data": "{}", "sign": "0" * 40}, timeout=5)
        assert answer.status_code == 200
        qtbot.waitUntil(lambda: bool(got), timeout=5000)
    finally:
        receiver.stop()
    assert got == [(NOTIFY_PATH, b"data=%7B%7D&sign=" + b"0" * 40, True)]


def test_a_post_to_a_receiver_qt_has_freed_is_answered_and_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The server's thread emitted the receiver's own signal, held as a bound method: on a receiver freed meanwhile
    that raised in the server's thread ("Signal source has been deleted"), or worse."""
    receiver = CallbackReceiver()
    got: list[bytes] = []
    receiver.received.connect(lambda _path, body: got.append(body))
    receiver.start()
    url = receiver.notify_url
    assert receiver._server is not None
    server = type(receiver._server)
    failures: list[BaseException | None] = []  # what socketserver hands its error handler, from a handler's thread
    handle_error = server.handle_error
    server.handle_error = lambda _self, _request, _address: failures.append(sys.exc_info()[1])  # type: ignore[method-assign]
    answers: list[int] = []
    try:
        shiboken6.delete(receiver)  # Qt frees it (its page closed) while its server still listens
        assert not shiboken6.isValid(receiver)
        posted = threading.Thread(target=lambda: answers.append(
            requests.post(url, data={"data": "{}", "sign": "0"}, timeout=5).status_code))
        posted.start()
        qtbot.waitUntil(lambda: not posted.is_alive(), timeout=5000)
        for _ in range(5):  # let any hand-over arrive
            QCoreApplication.processEvents()
            gc.collect()
    finally:
        server.handle_error = handle_error  # type: ignore[method-assign]
        receiver.stop()
    assert answers == [200] and failures == [] and got == []
