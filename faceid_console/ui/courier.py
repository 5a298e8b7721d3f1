"""Hand-over from worker threads to the GUI thread, through one QObject that is never freed.

A worker that emits a page's own signal holds the page (through its thread's target, a bound method) and may be the
one to free it, off the GUI thread, while events are posted for it: the next event processing then crashes. Workers
hand over here instead, with the number of the receiver they work for, and hold nothing of the GUI's; each receiver
takes only what carries its own number.
"""

from __future__ import annotations

import contextlib
import functools
import itertools

from PySide6.QtCore import QObject, Signal

_numbers = itertools.count(1)


class _Courier(QObject):
    #: A receiver's number and what a worker hands it.
    arrived = Signal(int, object)


@functools.cache
def courier() -> _Courier:
    """The process's courier: made by the first receiver, on the GUI thread, and never freed."""
    return _Courier()


def receiver_number() -> int:
    """A number no other receiver has: connect ``courier().arrived`` queued, and take what carries it."""
    return next(_numbers)


def hand_over(number: int, payload: object = None) -> None:
    """From any thread: ``payload`` reaches receiver ``number`` through the GUI event loop, if it still exists."""
    with contextlib.suppress(RuntimeError):  # the application is ending and its courier gone: nobody to tell
        courier().arrived.emit(number, payload)
