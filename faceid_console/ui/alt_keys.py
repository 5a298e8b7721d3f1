"""Alt keys (mnemonics) in the window's words: giving a text its key, and reading a label without it."""

from __future__ import annotations

import re

#: An Alt key written after the words, as zh_CN writes every key: "uuid(&U)：", "选择(&1)…".
_KEY_AFTER = re.compile(r"\s*\(&[^&\s]\)")
#: A single "&" (an Alt key's mark); "&&" is a written "&".
_MARK = re.compile(r"&(.)")


def without_alt_key(text: str) -> str:
    """``text`` as it reads, without its Alt key's mark ("(&U)" after the words, or the "&")."""
    return _MARK.sub(r"\1", _KEY_AFTER.sub("", text))


def label_name(text: str) -> str:
    """A label's words as a control's accessible name: without its Alt key and its closing colon."""
    return without_alt_key(text).rstrip().rstrip(":：").rstrip()


def with_alt_key(text: str, key: str) -> str:
    """``text`` with ``key`` (a letter or digit) as its Alt key: the first ``key`` in its words (either case), else
    "(&K)" after them and before a closing "…", as zh_CN writes every key ("选择(&1)…", "Choose (&1)…").

    For controls of one kind repeated on a page (each photo's Choose… and Clear), which no letter of their shared
    words can tell apart."""
    words = without_alt_key(text).replace("&", "&&")
    at = words.lower().find(key.lower())
    if at >= 0:
        return f"{words[:at]}&{words[at:]}"
    body, ellipsis = (words[:-1], "…") if words.endswith("…") else (words, "")
    space = " " if body[-1:].isascii() and body[-1:].isalnum() else ""
    return f"{body}{space}(&{key.upper()}){ellipsis}"
