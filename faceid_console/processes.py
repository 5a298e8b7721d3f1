"""Whether another process still runs, asked without disturbing it (stale engine files, pending journal entries)."""

from __future__ import annotations

import os


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs on this machine.

    On Windows it is assumed to run: there ``os.kill(pid, 0)`` would end it. Callers have a second test
    (the engine's port, the entry's age) that does not depend on this one.
    """
    if pid <= 0:
        return False
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True
