"""JSON and form bodies of several megabytes read on a worker thread in short steps, so the window keeps running.

``json.loads`` and ``urllib.parse.unquote`` keep the interpreter lock for the whole of a 5 MB callback (its four
images in base64): the window, waiting for the lock, stood still ~50 ms for each on a slow machine. These read the
same text to the same values, letting go of the lock between steps: the JSON scanner in Python with C's string
reader (a string at a time), and percent-decoding in slices cut before a ``%``.
"""

from __future__ import annotations

import json
import json.scanner
import re
import types
from collections.abc import Iterator
from typing import Any, Final
from urllib.parse import unquote, unquote_to_bytes

#: Percent-decoded this many characters at a time.
SLICE: Final = 64 * 1024
#: Encoded this many characters at a time (a 5 MB text at once held the interpreter lock ~5 ms on a slow machine).
PIECE: Final = 1024 * 1024

#: Python's JSON scanner reading numbers as C's does, in ASCII digits only: its own pattern's ``\d`` takes any
#: digit ("9９.5", a full-width 9 from a Chinese keyboard, read as 99.5 where json.loads refuses it).
_ASCII_NUMBER: Final = re.compile(json.scanner.NUMBER_RE.pattern,
                                  (json.scanner.NUMBER_RE.flags & ~re.UNICODE) | re.ASCII)
_make_scanner: Final = types.FunctionType(
    json.scanner.py_make_scanner.__code__,  # type: ignore[attr-defined]  # in the module, not in its stubs
    {**vars(json.scanner), "NUMBER_RE": _ASCII_NUMBER})


def json_in_steps(text: str, **options: Any) -> Any:
    """``json.loads(text, **options)``, the same value or the same error, in steps of one string or number."""
    if text.startswith("\ufeff"):  # refused as json.loads refuses it
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    decoder = json.JSONDecoder(**options)
    decoder.scan_once = _make_scanner(decoder)  # type: ignore[attr-defined]  # set in __init__, not in the stubs
    return decoder.decode(text)


def unquote_in_steps(text: str, encoding: str = "utf-8", errors: str = "replace", *, plus: bool = False) -> str:
    """``urllib.parse.unquote(text, encoding, errors)``: for ASCII text (a form body as sent), decoded in slices;
    with ``plus``, each ``+`` read as a space first (as in a form), slice by slice too.

    Cut just before a ``%``, the slices' bytes are the whole's (each ``%XX`` is read alone), joined before they are
    decoded, so a character encoded over several ``%XX`` is read whole."""
    if len(text) <= SLICE or "%" not in text or not text.isascii():
        return unquote(text.replace("+", " ") if plus else text, encoding, errors)
    parts = []
    start = 0
    while start < len(text):
        end = text.find("%", start + SLICE) if start + SLICE < len(text) else -1
        end = len(text) if end < 0 else end
        piece = text[start:end]
        parts.append(unquote_to_bytes(piece.replace("+", " ") if plus else piece))
        start = end
    return b"".join(parts).decode(encoding, errors)


def utf8_in_steps(text: str, errors: str = "strict") -> Iterator[bytes]:
    """``text.encode("utf-8", errors)`` in pieces whose bytes, joined, are the whole's (each character is encoded
    alone: a piece cut between two characters is cut between their bytes)."""
    for start in range(0, len(text), PIECE):
        yield text[start:start + PIECE].encode("utf-8", errors)


def parse_form_in_steps(text: str, errors: str = "replace") -> dict[str, list[str]]:
    """``urllib.parse.parse_qs(text, keep_blank_values=True, strict_parsing=bool(text), errors=errors)``, its values
    percent-decoded in steps (``unquote_in_steps``); ValueError as it raises one."""
    fields: dict[str, list[str]] = {}
    if not text:
        return fields
    for field in text.split("&"):
        name, equals, value = field.partition("=")
        if not equals:
            raise ValueError(f"bad query field: {field!r}")
        name = unquote_in_steps(name, errors=errors, plus=True)
        fields.setdefault(name, []).append(unquote_in_steps(value, errors=errors, plus=True))
    return fields
