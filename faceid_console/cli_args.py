"""Flag value types shared by the command line's parsers: a bad value is refused by argparse (exit 2, naming the
flag) before anything is recorded or sent. Light: the parser is built for every command, the window included."""

from __future__ import annotations

import argparse
import math
import sys

from .settings import MAX_TIMEOUT_SECONDS, MIN_TIMEOUT_SECONDS

MAX_PORT = 65535


def seconds(text: str) -> float:
    """``--timeout``: a wait the settings would accept too (0, a negative, nan or inf waits for nothing or for ever)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or not MIN_TIMEOUT_SECONDS <= value <= MAX_TIMEOUT_SECONDS:
        raise argparse.ArgumentTypeError(
            f"must be from {MIN_TIMEOUT_SECONDS:g} to {MAX_TIMEOUT_SECONDS:g} seconds, not {text}")
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def at_least_one(text: str) -> int:
    """A count such as ``--limit``: 0 or a negative would list nothing or everything."""
    value = _integer(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def not_negative(text: str) -> int:
    """A position such as ``--offset``."""
    value = _integer(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def port(text: str) -> int:
    """A TCP port; 0 lets the system choose a free one (out of range, the socket layer silently wraps it)."""
    value = _integer(text)
    if not 0 <= value <= MAX_PORT:
        raise argparse.ArgumentTypeError(f"must be from 0 to {MAX_PORT} (0 picks a free port), not {value}")
    return value


def stdout_takes_unicode() -> bool:
    """Whether standard output's encoding writes any character (UTF-8): JSON for one that does not (LC_ALL=C) is
    written with \\u escapes, as a reader of JSON expects, rather than with Python's \\x escapes, which are no JSON."""
    encoding = getattr(sys.stdout, "encoding", None) or ""
    return encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")
