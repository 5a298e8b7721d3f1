"""The courier: what a worker hands over reaches only the receiver with its number, on the GUI thread, and never a
receiver that is gone."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread

from faceid_console.ui.courier import courier, hand_over, listen


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.received: list[tuple[object, bool]] = []

    def receive(self, payload: object) -> None:
        on_gui_thread = QThread.currentThread() is QCoreApplication.instance().thread()  # type: ignore[union-attr]
        self.received.append((payload, on_gui_thread))


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
    assert number not in courier()._receivers
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
    assert number not in courier()._receivers
