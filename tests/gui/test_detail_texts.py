"""The technical line under an error reaches a zh_CN reviewer in Chinese: every detail the client and the error
parser word (read from their source, so a new one without its words here fails) has a rule."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from faceid_console.api import results
from faceid_console.ui.detail_texts import detail_text

API = Path(__file__).resolve().parents[2] / "faceid_console" / "api"
CJK = re.compile(r"[\u4e00-\u9fff]")
SAMPLES = {"self.base_url": "https://api.megvii.com", "type(exc).__name__": "ChunkedEncodingError",
           "read_timeout:g": "60", "status": "502", "kind": "an HTML page", "snippet": "<html>Bad gateway</html>",
           "words": "certificate verify failed: self-signed certificate", "after:.1f": "0.0",
           "self._shown_line(answered, sign)": "'SSH-2.0-OpenSSH_9.6\\r\\n'", "answer.tell()": "38",
           "int(length)": "400", "encoding": "gzip"}


def details() -> list[str]:
    """A sample of each ``message=`` the client and the error parser give a transport failure or a foreign answer."""
    found = []
    for path in (API / "client.py", API / "errors.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            # ``message=…`` given to an error, or ``message = …`` worded before it is given
            given_to_error = isinstance(node, ast.keyword) and node.arg == "message"
            worded_before = isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["message"]
            if not (given_to_error or worded_before):
                continue
            assert isinstance(node, ast.keyword | ast.Assign)
            given = node.value
            for value in (given.body, given.orelse) if isinstance(given, ast.IfExp) else (given,):
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.append(value.value)
                elif isinstance(value, ast.JoinedStr):
                    found.append("".join(
                        str(part.value) if isinstance(part, ast.Constant) else
                        SAMPLES[ast.unparse(part.value) + (f":{ast.unparse(part.format_spec)[2:-1]}"
                                                           if part.format_spec else "")]
                        for part in value.values if isinstance(part, (ast.Constant, ast.FormattedValue))))
    return found


#: Samples of the values an answer's field problem quotes (api/results.py).
FIELD_SAMPLES = {"shown": "1e+308", "_excerpt(result.biz_id)": "'1462259748,another-session'"}


def answer_field_details() -> list[str]:
    """A sample of each problem ``_bad`` (or ``_not_a``, a missing field or a wrong JSON type) words about a field of
    a JSON answer, as the message says it."""
    found = []
    for node in ast.walk(ast.parse((API / "results.py").read_text("utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_bad", "_not_a")):
            continue
        if node.func.id == "_not_a":
            found.append(f"response field result_ref1.confidence {results.NOT_A[ast.literal_eval(node.args[1])]}")
            continue
        what = node.args[1]
        if isinstance(what, ast.Subscript) and _table_words(what) is None:
            continue  # _not_a's own _bad: a table's words by a kind its callers give (each found above)
        if isinstance(what, ast.Name) and what.id.isupper():  # a constant's words (NOT_ASKED_FOR)
            found.append(f"response field result_ref1.confidence {getattr(results, what.id)}")
        elif isinstance(what, ast.Constant) or _table_words(what) is not None:
            found.append(f"response field result_ref1.confidence {_table_words(what) or what.value}")  # type: ignore[attr-defined]
        elif isinstance(what, ast.JoinedStr):
            found.append("response field response.biz_id " + "".join(
                str(part.value) if isinstance(part, ast.Constant) else
                _table_words(part.value) or
                FIELD_SAMPLES[ast.unparse(part.value) + (f":{ast.unparse(part.format_spec)[2:-1]}"
                                                         if part.format_spec else "")]
                for part in what.values if isinstance(part, (ast.Constant, ast.FormattedValue))))
    return found


def _table_words(node: ast.expr) -> str | None:
    """The words of ``NOT_A[...]``, ``NOT_IN_RANGE[...]`` or ``NOT_AS_ASKED[...]`` (api/results.py's tables of
    refusals), keyed by a literal or a constant of the module, else None."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) \
            and node.value.id in ("NOT_A", "NOT_IN_RANGE", "NOT_AS_ASKED"):
        key = node.slice
        if isinstance(key, ast.Name):
            return str(getattr(results, node.value.id)[getattr(results, key.id)]) if key.id.isupper() else None
        return str(getattr(results, node.value.id)[ast.literal_eval(key)])
    return None


DETAILS = details()
FIELD_DETAILS = answer_field_details()


def test_the_details_are_found() -> None:
    assert len(DETAILS) >= 10 and "cannot connect to https://api.megvii.com" in DETAILS
    assert "response field response.biz_id is '1462259748,another-session', not the biz_id asked for" in FIELD_DETAILS
    assert "response field result_ref1.confidence is not a finite number" in FIELD_DETAILS


@pytest.mark.parametrize("message", DETAILS)
def test_each_detail_is_said_in_chinese_keeping_its_facts(message: str, chinese: None) -> None:
    text = detail_text(message)
    assert CJK.search(text), f"shown in English in a zh_CN window: {text!r}"
    for fact in ("https://api.megvii.com", "ChunkedEncodingError", "gzip", "502", "<html>Bad gateway</html>",
                 "self-signed certificate", "0.0 ", "'SSH-2.0-OpenSSH_9.6\\r\\n'"):
        assert (fact in text) == (fact in message), (fact, text)


@pytest.mark.parametrize("message", DETAILS)
def test_each_detail_has_a_rule_that_gives_it_back_whole_in_english(message: str, qapp) -> None:  # type: ignore[no-untyped-def]
    """A message no rule matched was shown as it is, in English, in a zh_CN window: a rule for each, keeping its
    facts (what OpenSSL said, how soon the connection closed)."""
    from faceid_console.ui.detail_texts import _patterns
    from faceid_console.ui.pattern_texts import matched_text

    found = matched_text(message, _patterns(), re.DOTALL)
    assert found is not None, f"no rule words {message!r} for the window"
    assert found[0].format(**found[1]) == message


@pytest.mark.parametrize("message", FIELD_DETAILS)
def test_each_problem_of_an_answer_s_field_has_a_rule_keeping_its_facts(message: str, qapp) -> None:  # type: ignore[no-untyped-def]
    from faceid_console.ui.detail_texts import _patterns
    from faceid_console.ui.pattern_texts import matched_text

    found = matched_text(message, _patterns(), re.DOTALL)
    assert found is not None, f"no rule words {message!r} for the window"
    assert found[0].format(**found[1]) == message  # in English: the library's words
    assert found[1]["field"] in ("result_ref1.confidence", "response.biz_id")


@pytest.mark.parametrize("message", FIELD_DETAILS)
def test_each_problem_of_an_answer_s_field_is_said_in_chinese_keeping_its_facts(message: str, chinese: None) -> None:
    text = detail_text(message)
    assert CJK.search(text), f"shown in English in a zh_CN window: {text!r}"
    for fact in ("result_ref1.confidence", "response.biz_id", "1e+308", "'1462259748,another-session'"):
        assert (fact in text) == (fact in message), (fact, text)


def test_in_english_a_detail_is_the_library_s_words_and_an_unknown_one_is_kept(qapp) -> None:  # type: ignore[no-untyped-def]
    assert detail_text("cannot connect to http://127.0.0.1:9") == "cannot connect to http://127.0.0.1:9"
    assert detail_text("something new") == "something new"
