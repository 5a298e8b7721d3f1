"""The ``faceid-console`` command's front door.

Opening the window is the common case and must paint at once, so it goes straight to the composition
root; the command line (``cli.py``, which loads the protocol client, the keyring and the full parser)
is loaded only for a sub-command, ``--help``, ``--version`` or anything this module does not recognise.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

#: When the command started, for --smoke's start-up figure.
STARTED: Final = time.monotonic()
LANGUAGES: Final = ("en", "zh_CN")


@dataclass(frozen=True)
class WindowRequest:
    """The window's own flags: ``[--smoke] [gui [--lang L] [--screenshot PNG]]``."""

    smoke: bool = False
    language: str | None = None
    screenshot: Path | None = None


def window_request(argv: Sequence[str]) -> WindowRequest | None:
    """The window invocation ``argv`` asks for, or None when the command line must read it (and explain it)."""
    args = list(argv)
    smoke = bool(args) and args[0] == "--smoke"
    if smoke:
        args.pop(0)
    if not args:
        return WindowRequest(smoke=smoke)
    if args.pop(0) != "gui":
        return None
    options: dict[str, str] = {}
    while args:
        flag, equals, value = args.pop(0).partition("=")
        if flag not in ("--lang", "--screenshot") or flag in options:
            return None
        if not equals:
            if not args:
                return None
            value = args.pop(0)
        if not value:
            return None
        options[flag] = value
    language = options.get("--lang")
    if language is not None and language not in LANGUAGES:
        return None
    screenshot = options.get("--screenshot")
    return WindowRequest(smoke, language, None if screenshot is None else Path(screenshot))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``faceid-console`` command: the window, or the command line's sub-commands."""
    args = sys.argv[1:] if argv is None else list(argv)
    if args == ["find-faces"]:  # the window's face finder, a child process: no command line to load
        from .face_finder_process import serve

        return serve()
    request = window_request(args)
    if request is None:
        from .cli import main as cli_main

        return cli_main(args)
    # The cyclic collector finds nothing to free among the modules, classes and widgets start-up makes, yet passes
    # over them some 40 times before the first paint (~15 ms, benchmarks/startup.py); it is on again right after it.
    gc.disable()
    from .app import main as window_main

    return window_main(language=request.language, screenshot=request.screenshot, smoke=request.smoke,
                       started=STARTED)
