"""The window's words for a message the protocol library wrote in English: the first pattern it matches whole."""

from __future__ import annotations

import re
from collections.abc import Iterable


def matched_text(message: str, patterns: Iterable[tuple[str, str]],
                 flags: int = 0) -> tuple[str, dict[str, str]] | None:
    """For the first (pattern, words) whose pattern ``message`` matches whole: the words, placeholders unfilled, and
    what the pattern's named groups found; None when no pattern matches."""
    for pattern, text in patterns:
        found = re.fullmatch(pattern, message, flags=flags)
        if found:
            return text, found.groupdict()
    return None
