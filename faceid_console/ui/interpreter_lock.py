"""How soon a worker thread running Python lets the GUI thread have the interpreter lock.

A thread that wants the lock waits up to the interpreter's switch interval (5 ms unless set) before the thread holding
it must let go. The GUI thread wants it at every call from Qt into Python (a slot, a timer, an event handler: PySide
takes the lock even to look for an override), a dozen times or more in one pass of the event loop. So while a worker
ran Python without a pause (the History page's export turning rows into CSV lines), each pass waited out the interval
again and again: exporting 200,000 entries stalled the window 60–90 ms, on PostgreSQL and SQLite alike (py-spy: the
GUI thread spent 12–13 s of the export's 21 s waiting for the lock in Shiboken's ``GilState``, while psycopg's
conversion of a 1,000-row batch, one call holding the lock, took 2 ms). At 1 ms the same export stalls it 10–30 ms
and takes 5–10 % longer (README, benchmarks/history_responsiveness.py).
"""

from __future__ import annotations

import sys
from typing import Final

#: The interpreter's switch interval in the window's process: the longest the GUI thread waits for the lock at each
#: call into Python while a worker runs Python.
SWITCH_INTERVAL_S: Final = 0.001


def hand_the_lock_over_quickly() -> None:
    """Set the interpreter's switch interval to ``SWITCH_INTERVAL_S`` for this process (the window's, not the
    command line's or the engine's)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
