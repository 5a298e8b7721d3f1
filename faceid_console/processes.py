"""Other processes: whether one still runs, asked without disturbing it (stale engine files, pending journal entries),
and the command that starts this console again as a child (the built-in engine, the face finder)."""

from __future__ import annotations

import os
import sys


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


def console_command(*args: str) -> list[str]:
    """The command that runs this console with ``args`` (a sub-command): the interpreter and package running now,
    or a frozen bundle's executable, which takes the sub-command directly."""
    launcher = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "faceid_console"]
    return [*launcher, *args]
