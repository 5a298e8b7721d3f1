"""The technical line under an error reaches a zh_CN reviewer in Chinese: every detail the client and the error
parser word (read from their source, so a new one without its words here fails) has a rule."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from faceid_console.ui.detail_texts import detail_text

API = Path(__file__).resolve().parents[2] / "faceid_console" / "api"
CJK = re.compile(r"[\u4e00-\u9fff]")
SAMPLES = {"self.base_url": "https://api.megvii.com", "type(exc).__name__": "ChunkedEncodingError",
           "self._timeout[1]:g": "60", "status": "502", "kind": "HTML page", "snippet": "<html>Bad gateway</html>"}


def details() -> list[str]:
    """A sample of each ``message=`` the client and the error parser give a transport failure or a foreign answer."""
    found = []
    for path in (API / "client.py", API / "errors.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.keyword) or node.arg != "message":
                continue
            for value in (node.value.body, node.value.orelse) if isinstance(node.value, ast.IfExp) else (node.value,):
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.append(value.value)
                elif isinstance(value, ast.JoinedStr):
                    found.append("".join(
                        str(part.value) if isinstance(part, ast.Constant) else
                        SAMPLES[ast.unparse(part.value) + (f":{ast.unparse(part.format_spec)[2:-1]}"
                                                           if part.format_spec else "")]
                        for part in value.values if isinstance(part, (ast.Constant, ast.FormattedValue))))
    return found


DETAILS = details()


def test_the_details_are_found() -> None:
    assert len(DETAILS) >= 10 and "cannot connect to https://api.megvii.com" in DETAILS


@pytest.mark.parametrize("message", DETAILS)
def test_each_detail_is_said_in_chinese_keeping_its_facts(message: str, chinese: None) -> None:
    text = detail_text(message)
    assert CJK.search(text), f"shown in English in a zh_CN window: {text!r}"
    for fact in ("https://api.megvii.com", "ChunkedEncodingError", "502", "<html>Bad gateway</html>"):
        assert (fact in text) == (fact in message), (fact, text)


def test_in_english_a_detail_is_the_library_s_words_and_an_unknown_one_is_kept(qapp) -> None:  # type: ignore[no-untyped-def]
    assert detail_text("cannot connect to http://127.0.0.1:9") == "cannot connect to http://127.0.0.1:9"
    assert detail_text("something new") == "something new"
