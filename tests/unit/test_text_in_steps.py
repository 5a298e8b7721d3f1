"""Large JSON and form bodies read in steps (a 5 MB callback on the inspector's worker): the same values and the same
errors as ``json.loads`` and ``urllib.parse.parse_qs``."""

from __future__ import annotations

import base64
import json
import os
from urllib.parse import parse_qs, quote, unquote

import pytest

from faceid_console.api.text_in_steps import SLICE, json_in_steps, parse_form_in_steps, unquote_in_steps


def _big_value() -> str:
    """Several slices of percent-encoded text: base64 (%2B, %2F, %3D), Chinese over three %XX each, spaces as +."""
    chunk = quote(base64.b64encode(os.urandom(3000)).decode() + " 中文 " + "é", safe="").replace("%20", "+")
    return chunk * (3 * SLICE // len(chunk) + 1)


@pytest.mark.parametrize("errors", ["replace", "surrogateescape", "strict"])
def test_a_large_value_is_percent_decoded_as_unquote_decodes_it(errors: str) -> None:
    value = _big_value()
    assert len(value) > 3 * SLICE
    assert unquote_in_steps(value, errors=errors) == unquote(value, errors=errors)
    # Cut anywhere near a slice's end: before, inside and after a character written as three %XX.
    for shift in range(9):
        shifted = "a" * shift + value
        assert unquote_in_steps(shifted, errors=errors) == unquote(shifted, errors=errors)


def test_bytes_that_are_not_utf_8_a_stray_percent_and_raw_non_ascii_read_as_unquote_reads_them() -> None:
    odd = ("%E4%B8" + "x" * SLICE + "%FF%zz%" + "%E4") * 3
    for errors in ("replace", "surrogateescape"):
        assert unquote_in_steps(odd, errors=errors) == unquote(odd, errors=errors)
    raw = "中" + "%41" * SLICE  # not ASCII: read by unquote itself
    assert unquote_in_steps(raw) == unquote(raw)


@pytest.mark.parametrize("body", [
    "data=" + "%7B%22a%22%3A1%7D" * 9000 + "&sign=ab+c",
    "a=1&a=2&b=&c=%E4%B8%AD",
    "=x&y=",
    "na+me=va+lue",
])
def test_a_form_reads_to_the_fields_parse_qs_finds(body: str) -> None:
    expected = parse_qs(body, keep_blank_values=True, strict_parsing=True, errors="surrogateescape")
    assert parse_form_in_steps(body, errors="surrogateescape") == expected
    assert parse_form_in_steps("") == parse_qs("", keep_blank_values=True) == {}


@pytest.mark.parametrize("body", ["data", "a=1&&b=2", "a=1&"])
def test_a_field_without_its_equals_sign_is_refused_as_parse_qs_refuses_it(body: str) -> None:
    with pytest.raises(ValueError) as expected:
        parse_qs(body, keep_blank_values=True, strict_parsing=True)
    with pytest.raises(ValueError) as found:
        parse_form_in_steps(body)
    assert str(found.value) == str(expected.value)


def test_json_reads_to_the_value_json_loads_reads_and_fails_where_it_fails() -> None:
    image = base64.b64encode(os.urandom(200_000)).decode()
    text = json.dumps({"images": {"image_best": image, "n": [1, 2.5, -3e7, True, None]}, "名": "值\u2028"})
    assert json_in_steps(text) == json.loads(text)
    pairs = json_in_steps('{"a": 1, "a": 2}', object_pairs_hook=list)
    assert pairs == json.loads('{"a": 1, "a": 2}', object_pairs_hook=list) == [("a", 1), ("a", 2)]
    assert json_in_steps("12345678901234567890", parse_int=str) == "12345678901234567890"
    # Digits other than ASCII's (a full-width 9 from a Chinese keyboard, Arabic-Indic ones), a byte-order mark.
    for broken in ('{"a": 1', '{"a": NaN1}', "[1,]", '"\\x"', "", '{"s": 9\uff19.5}', "[1\u0662]", "1.\u0663",
                   "1e\u0663", '\ufeff{"a": 1}'):
        with pytest.raises(json.JSONDecodeError) as expected:
            json.loads(broken)
        with pytest.raises(json.JSONDecodeError) as found:
            json_in_steps(broken)
        assert str(found.value) == str(expected.value)
    with pytest.raises(RecursionError):
        json_in_steps("[" * 100_000 + "]" * 100_000)



@pytest.mark.parametrize("errors", ["replace", "surrogateescape"])
def test_pluses_are_read_as_spaces_slice_by_slice_as_in_a_whole_form_value(errors: str) -> None:
    """A form value's + are spaces: read in each slice, not over the whole 5 MB value first (a pass that held the
    interpreter lock); the same text as replacing them first."""
    value = _big_value()
    assert value.count("+") > 10
    for shift in range(5):
        shifted = "+" * shift + value + "+"
        assert unquote_in_steps(shifted, errors=errors, plus=True) == \
            unquote(shifted.replace("+", " "), errors=errors)
    short = "a+b%20c+"
    assert unquote_in_steps(short, plus=True) == "a b c " and unquote_in_steps(short) == "a+b c+"


@pytest.mark.parametrize("errors", ["strict", "surrogateescape"])
def test_text_encoded_in_pieces_is_the_whole_text_s_utf_8(errors: str) -> None:
    """Pieces cut between characters of one, two, three and four bytes, and (surrogateescape) between escaped bytes:
    joined, the whole's bytes."""
    from faceid_console.api.text_in_steps import PIECE, utf8_in_steps

    text = ("aé中😀" + ("\udc80\udcff" if errors == "surrogateescape" else "")) * (PIECE // 3)
    for shift in range(4):
        shifted = "x" * shift + text
        assert b"".join(utf8_in_steps(shifted, errors)) == shifted.encode("utf-8", errors)
    assert list(utf8_in_steps("")) == []


def test_a_callback_s_sign_over_its_data_in_pieces_is_sha1_of_the_secret_and_the_whole_data() -> None:
    import hashlib

    from faceid_console.api import callback_sign

    data = json.dumps({"images": {"image_best": "中" + "A" * 3_000_000}}, ensure_ascii=False)
    whole = hashlib.sha1(("s3cret" + data).encode()).hexdigest()  # FaceID's documented algorithm
    assert callback_sign("s3cret", data) == whole == callback_sign("s3cret", data.encode())
