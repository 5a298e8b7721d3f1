"""Alt keys (mnemonics) in the window's words: giving a text its key, and reading a label without it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

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


#: The accessible name ``name_without_alt_keys`` gave a control (a name given in the code is never replaced).
_NAMED_FROM_WORDS = "faceidNamedFromWords"


def name_without_alt_keys(root: QWidget) -> None:
    """Name each button and label under ``root`` (and ``root``) whose Alt key is written after its words
    ("开始会话(&S)", "配置(&P)：", as zh_CN writes every key) by its words without it, and a label's buddy by the
    label's words: Qt takes only the "&" out of the names it gives a screen reader, which read "开始会话(S)" and
    "配置(P)：".
    An inline key ("&Start") reads as words already. A name given in the code is kept; one given here follows the
    words when called again after they changed.
    """
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    for widget in (root, *root.findChildren(QWidget)):
        if not isinstance(widget, (QAbstractButton, QLabel)):
            continue
        text = widget.text()
        key_after = _KEY_AFTER.search(text) is not None
        _name_from_words(widget, without_alt_key(text) if key_after else "")
        buddy = widget.buddy() if isinstance(widget, QLabel) else None
        # Qt names a field by its buddy label's text when they share a parent ("备注(N)：" for the note).
        if buddy is not None and buddy.parentWidget() is widget.parentWidget():
            _name_from_words(buddy, label_name(text) if key_after else "")


def _name_from_words(widget: QWidget, name: str) -> None:
    """``name`` (words without their Alt key; "": none needed) as ``widget``'s accessible name, unless it has one of
    its own."""
    given = widget.property(_NAMED_FROM_WORDS)
    if widget.accessibleName() and widget.accessibleName() != given:
        return  # a name of its own ("Choose Reference photo 1")
    if name or given:
        widget.setAccessibleName(name)
        widget.setProperty(_NAMED_FROM_WORDS, name)
