"""The courier: what a worker hands over reaches only the receiver with its number, on the GUI thread, and never a
receiver that is gone."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import SIGNAL, QCoreApplication, QObject, QThread

from faceid_console.ui.courier import _Courier, courier, hand_over, listen
from tests.apart import assert_survives_apart


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.received: list[tuple[object, bool]] = []

    def receive(self, payload: object) -> None:
        on_gui_thread = QThread.currentThread() is QCoreApplication.instance().thread()  # type: ignore[union-attr]
        self.received.append((payload, on_gui_thread))


def _the_courier() -> _Courier:
    made = courier()
    assert made is not None
    return made


def _from_a_worker(number: int, payload: object) -> None:
    worker = threading.Thread(target=hand_over, args=(number, payload))
    worker.start()
    worker.join()


def test_a_hand_over_reaches_its_own_receiver_alone_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    first, second = _Receiver(), _Receiver()
    first_number, second_number = listen(first.receive), listen(second.receive)
    assert first_number != second_number
    _from_a_worker(second_number, "the store")
    qtbot.waitUntil(lambda: second.received == [("the store", True)])
    QCoreApplication.processEvents()
    assert first.received == []


def test_a_hand_over_made_on_the_gui_thread_waits_for_the_event_loop(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = _Receiver()
    hand_over(listen(receiver.receive), 7)
    assert receiver.received == []  # never inside the code that handed over
    qtbot.waitUntil(lambda: receiver.received == [(7, True)])


def test_a_receiver_is_not_kept_alive_by_its_number_and_is_forgotten_once_gone(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = _Receiver()
    number = listen(receiver.receive)
    gone = threading.Event()
    receiver.destroyed.connect(gone.set)
    del receiver
    gc.collect()
    assert gone.is_set()
    assert number not in _the_courier()._receivers
    _from_a_worker(number, "too late")  # nobody to tell, and no error
    QCoreApplication.processEvents()


def test_a_receiver_deleted_by_qt_while_its_wrapper_lives_is_told_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QObject()
    receiver = _Receiver()
    receiver.setParent(parent)
    number = listen(receiver.receive)
    del parent  # Qt deletes its child; the Python wrapper ``receiver`` stays
    gc.collect()
    _from_a_worker(number, "too late")
    QCoreApplication.processEvents()
    assert receiver.received == []
    assert number not in _the_courier()._receivers


def test_a_receiver_held_only_by_its_qt_parent_still_receives(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Held weakly: a page kept by its window alone (no Python reference) must not lose what is handed to it."""
    parent = QObject()
    receiver = _Receiver()
    receiver.setParent(parent)
    number = listen(receiver.receive)
    received = receiver.received
    del receiver
    gc.collect()
    _from_a_worker(number, "the store")
    qtbot.waitUntil(lambda: received == [("the store", True)])


def test_receivers_come_and_go_without_connecting_to_the_signal(qtbot) -> None:  # type: ignore[no-untyped-def]
    """One connection, made once: PySide made and freed an object for each receiver's connection on the GUI thread
    while workers emitted, and one CI run crashed in a worker's emit."""
    receivers = [_Receiver() for _ in range(5)]
    for receiver in receivers:
        listen(receiver.receive)
    assert _the_courier().receivers(SIGNAL("arrived(int,PyObject)")) == 1


_HANDED_OVER_FIRST = """
import threading
from PySide6.QtCore import QCoreApplication, QObject, QThread
from PySide6.QtWidgets import QApplication
from faceid_console.ui.courier import courier, hand_over, listen

app = QApplication([])
early = threading.Thread(target=hand_over, args=(1, "before anyone listened"))
early.start()
early.join()
assert courier() is None  # a worker does not make the courier (it would live on the worker's thread)

class Receiver(QObject):
    got = []
    def receive(self, payload):
        self.got.append((payload, QThread.currentThread() is app.thread()))

receiver = Receiver()
number = listen(receiver.receive)
assert courier().thread() is app.thread()
late = threading.Thread(target=hand_over, args=(number, "the store"))
late.start()
late.join()
for _ in range(100):
    app.processEvents()
    if receiver.got:
        break
assert receiver.got == [("the store", True)], receiver.got
print("survived")
"""


def test_a_hand_over_before_anyone_listened_makes_no_courier_on_the_worker(tmp_path: Path) -> None:
    """The courier lives on the thread it is made on: made by a worker's hand-over, it delivered nothing after."""
    assert_survives_apart(_HANDED_OVER_FIRST, tmp_path)
