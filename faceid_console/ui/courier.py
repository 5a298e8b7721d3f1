"""Hand-over from worker threads to the GUI thread, through one QObject that is never freed.

A worker that emits a page's own signal holds the page (through its thread's target, a bound method) and may be the
one to free it, off the GUI thread, while events are posted for it: the next event processing then crashes. Workers
hand over here instead, with the number of the receiver they work for, and hold nothing of the GUI's.

The courier's signal has one connection, made once, to the courier's own slot, which calls the receiver that holds
the number. Receivers never connect to the signal themselves: PySide connected each receiver's bound method through
an object of its own, made and freed on the GUI thread while workers emitted, and one CI run crashed in a worker's
emit that way. It also woke every receiver for every hand-over.
"""

from __future__ import annotations

import contextlib
import itertools
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from shiboken6 import Shiboken

_numbers = itertools.count(1)


class _Courier(QObject):
    #: A receiver's number and what a worker hands it.
    arrived = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        #: Each receiver's method, held weakly: a receiver dropped is not kept alive by its number.
        self._receivers: dict[int, weakref.WeakMethod[Callable[[Any], None]]] = {}
        # Queued even when emitted on the GUI thread: a hand-over never runs inside the code that made it.
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def listen(self, receive: Callable[[Any], None]) -> int:
        number = next(_numbers)
        receivers = self._receivers
        self._receivers[number] = weakref.WeakMethod(receive, lambda _gone: receivers.pop(number, None))
        return number

    @Slot(int, object)
    def _deliver(self, number: int, payload: object) -> None:
        held = self._receivers.get(number)
        receive = None if held is None else held()
        if receive is None:
            return  # its receiver is gone: nobody to tell
        if not Shiboken.isValid(receive.__self__):  # type: ignore[attr-defined]
            self._receivers.pop(number, None)  # its widget was deleted by Qt while its Python wrapper lives on
            return
        receive(payload)


#: The courier, made by the first ``listen`` on the GUI thread (a worker cannot hold a number before it) and never
#: freed; its thread is the one it was made on, where ``_deliver`` runs.
_made: list[_Courier] = []


def courier() -> _Courier | None:
    """The process's courier, once a receiver has listened."""
    return _made[0] if _made else None


def listen(receive: Callable[[Any], None]) -> int:
    """On the GUI thread: a number no other receiver has; what a worker hands over with it reaches ``receive`` (a
    bound method of a QObject, held weakly) on the GUI thread, while its object exists."""
    if not _made:
        _made.append(_Courier())
    return _made[0].listen(receive)


def hand_over(number: int, payload: object = None) -> None:
    """From any thread: ``payload`` reaches receiver ``number`` through the GUI event loop, if it still exists."""
    if not _made:
        return  # nobody has listened: no number was given out
    with contextlib.suppress(RuntimeError):  # the application is ending and its courier gone: nobody to tell
        _made[0].arrived.emit(number, payload)
