"""A pasted callback in each shape it arrives in, and the errors for a bad or cut-off paste."""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest

from faceid_console.api import (
    CallbackBody,
    FaceIDError,
    MalformedPayload,
    ReturnUrlOnly,
    callback_sign,
    parse_callback_form,
    parse_callback_paste,
)
from faceid_console.api.callbacks import MAX_NESTING

SECRET = "callback-secret-0123456789"
DATA = json.dumps({"biz_id": "1700000000,abc", "biz_no": "order-9", "liveness_result": {"result": "success"}},
                  separators=(",", ":"))
SIGN = callback_sign(SECRET, DATA)


@pytest.mark.parametrize("shape", [
    urlencode({"data": DATA, "sign": SIGN}),
    f"  data={quote(DATA)}&sign={SIGN}\n",
    f"data: {DATA}\nsign: {SIGN}",
    f"sign={SIGN}\ndata={DATA}",
    json.dumps({"data": DATA, "sign": SIGN}),
    f"https://shop.example/liveness/return?{urlencode({'data': DATA, 'sign': SIGN})}",
    f"https://shop.example/app#/done?{urlencode({'data': DATA, 'sign': SIGN})}",
    # A query copied with its "?", a paste or file that starts with a byte-order mark: "The paste has no data field".
    f"?data={quote(DATA)}&sign={SIGN}",
    "\ufeff" + urlencode({"data": DATA, "sign": SIGN}),
    "\ufeff" + json.dumps({"data": DATA, "sign": SIGN}),
    f"\ufeffdata: {DATA}\nsign: {SIGN}",
    # Two plain lines, as the inspector's intro offers them, in either order, with either line break; a spreadsheet's
    # label and value apart by a tab: refused as "not a callback in any shape".
    f"{DATA}\n{SIGN}",
    f"{DATA}\r\n{SIGN}\r\n",
    f"  {SIGN}\n\n{DATA}\n",
    f"\ufeff{DATA}\n{SIGN}",
    f"data\t{DATA}\nsign\t{SIGN}",
])
def test_every_shape_gives_the_exact_signed_data(shape: str) -> None:
    parsed = parse_callback_paste(shape)
    assert not isinstance(parsed, ReturnUrlOnly)
    assert parsed.data == DATA and parsed.signature_valid(SECRET)
    assert parsed.payload().biz_id == "1700000000,abc"


@pytest.mark.parametrize("data", [
    '{"biz_id": "1700000000,abc",\n\t "biz_extra_data": "two  spaces"}',
    '{"biz_id": "1700000000,abc",\r\n "biz_no": "order-9"}',
    '{"biz_id":"1700000000,abc","biz_no":"\u00e9\u200b"}',
])
def test_plain_lines_give_the_data_as_pasted_byte_for_byte(data: str) -> None:
    """The sign is the first or the last line, all hexadecimal; the data is the rest, its line breaks, tabs and
    spaces inside as they are (only the whitespace around it goes), so the signature checks what was signed."""
    sign = callback_sign(SECRET, data)
    for paste in (f"{data}\n{sign}", f"{sign}\n{data}\n"):
        parsed = parse_callback_paste(paste)
        assert not isinstance(parsed, ReturnUrlOnly)
        assert parsed.data == data and parsed.sign == sign and parsed.signature_valid(SECRET)


@pytest.mark.parametrize(("paste", "field", "message"), [
    (f"{DATA}\n{SIGN[:39]}", "sign", "sign must be 40 hexadecimal characters (sha1); got 39 characters"),
    (f"{DATA[:-9]}\n{SIGN}", "data", "data is cut off or not JSON"),
    (f"{SIGN}\n{DATA[:-9]}", "data", "data is cut off or not JSON"),
])
def test_plain_lines_cut_off_name_the_line_cut(paste: str, field: str, message: str) -> None:
    """Read as data and sign lines, so a cut-off one is named: it was "the pasted JSON is cut off or malformed"."""
    with pytest.raises(FaceIDError) as raised:
        parse_callback_paste(paste)
    assert raised.value.field == field and raised.value.message.startswith(message), raised.value.message


@pytest.mark.parametrize(("paste", "field", "message"), [
    ("hello there", "body", "The paste is not a callback in any known shape; it begins: hello there"),
    (f"data {quote(DATA)} sign {SIGN}\nsecond line", "body",
     f"The paste is not a callback in any known shape; it begins: data {quote(DATA)[:55]}…"),
    (f"curl -d 'data={quote(DATA)}&sign={SIGN}' https://shop.example/notify", "data",
     "The callback has no data field (its fields: curl -d 'data, sign)."),
    (f"{'x' * 100}={quote(DATA)}&sign={SIGN}", "data",
     f"The callback has no data field (its fields: {'x' * 60}…, sign)."),
    ("&".join(f"f{i}=1" for i in range(12)) + f"&data={quote(DATA)}", "sign",
     "The callback has no sign field (its fields: f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, …)."),
])
def test_a_paste_still_refused_says_what_was_found(paste: str, field: str, message: str) -> None:
    """"The paste has no data field" beside a paste holding "curl -d 'data=", and "not a callback in any shape" with
    nothing of what was pasted: the fields found, or the paste's start, are quoted (never megabytes of them)."""
    with pytest.raises(FaceIDError) as raised:
        parse_callback_paste(paste)
    assert (raised.value.field, raised.value.message) == (field, message)


def test_a_callback_body_with_a_byte_order_mark_or_a_question_mark_is_read() -> None:
    """A file saved by Notepad starts with a byte-order mark, a query copied from an address with "?": check-callback
    and the receiver read either as a field named "\ufeffdata" or "?data", and the callback as one with no data."""
    body = urlencode({"data": DATA, "sign": SIGN})
    for posted in (b"\xef\xbb\xbf" + body.encode(), "?" + body, "\ufeff?" + body + "\r\n"):
        parsed = parse_callback_form(posted)
        assert parsed.data == DATA and parsed.signature_valid(SECRET)


def test_a_return_url_with_only_a_biz_id_is_for_lookup() -> None:
    assert parse_callback_paste("https://shop.example/r?order=9&biz_id=1700000000%2Cabc") == ReturnUrlOnly(
        "1700000000,abc")


def test_a_tampered_body_parses_but_its_signature_fails() -> None:
    tampered = DATA.replace("success", "failed")
    parsed = parse_callback_paste(urlencode({"data": tampered, "sign": SIGN}))
    assert not isinstance(parsed, ReturnUrlOnly) and not parsed.signature_valid(SECRET)


@pytest.mark.parametrize(("paste", "field", "code"), [
    ("", "body", "MISSING_ARGUMENTS"),
    ("   \n ", "body", "MISSING_ARGUMENTS"),
    (urlencode({"data": DATA, "sign": SIGN})[:60], "sign", "MISSING_ARGUMENTS"),       # cut inside data
    (urlencode({"data": DATA, "sign": SIGN[:25]}), "sign", "BAD_ARGUMENTS"),          # cut inside sign
    (urlencode({"data": DATA[:-10], "sign": SIGN}), "data", "BAD_ARGUMENTS"),         # data not whole JSON
    (json.dumps({"data": DATA, "sign": SIGN})[:-20], "body", "BAD_ARGUMENTS"),        # cut JSON paste
    (json.dumps({"data": json.loads(DATA), "sign": SIGN}), "data", "BAD_ARGUMENTS"),  # re-serialised data
    (json.dumps(json.loads(DATA)), "sign", "MISSING_ARGUMENTS"),                      # only the payload
    ("hello there", "body", "BAD_ARGUMENTS"),
    ("https://shop.example/r?order=9", "return_url", "MISSING_ARGUMENTS"),
])
def test_a_bad_paste_names_the_part(paste: str, field: str, code: str) -> None:
    with pytest.raises(FaceIDError) as raised:
        parse_callback_paste(paste)
    assert (raised.value.field, raised.value.code) == (field, code), raised.value.message


@pytest.mark.parametrize(("data", "expected"), [
    ({"biz_id": "1,a", "liveness_result": {"result": "PASS", "face_genuineness": {"mask_confidence": "0.2"}}},
     MalformedPayload("liveness_result.face_genuineness.mask_confidence", "number", "string", '"0.2"', "1,a")),
    ({"biz_info": {"biz_id": "1,b"}, "status": 5}, MalformedPayload("status", "string", "number", "5", "1,b")),
    ({"biz_id": 7, "will_result": [{"result": "PASS"}, None, "FAIL"]},
     MalformedPayload("will_result[1]", "object", "null", "null", None)),
    ({"liveness_result": {"procedure_type": "will"}},
     MalformedPayload("liveness_result.result", "present", "missing", "", None)),
    ({"verify_result": {"result_ref1": {"confidence": 70, "thresholds": {"1e-3": 64, "1.5e-4": True}}}},
     MalformedPayload("verify_result.result_ref1.thresholds.1.5e-4", "number", "boolean", "true", None)),
    ([1, 2], MalformedPayload("", "object", "array", "[1, 2]", None)),
    ({"biz_id": "1,c", "verify_result": {"result_ref1": {"confidence": 1e308, "thresholds": {}}}},
     MalformedPayload("verify_result.result_ref1.confidence", "score", "number", "1e+308", "1,c")),
    ({"biz_id": "1,d", "liveness_result": {"result": "PASS", "face_genuineness": {"mask_confidence": float("nan")}}},
     MalformedPayload("liveness_result.face_genuineness.mask_confidence", "finite", "number", "NaN", "1,d")),
    # verify 2.0.6: each genuineness confidence and threshold is a float in [0, 1]; 1e308 read as an attack, -1 as a pass.
    ({"biz_id": "1,e", "liveness_result": {"result": "PASS", "face_genuineness": {"synthetic_face_confidence": 1e308}}},
     MalformedPayload("liveness_result.face_genuineness.synthetic_face_confidence", "fraction", "number", "1e+308",
                      "1,e")),
    ({"biz_id": "1,f", "liveness_result": {"result": "PASS", "face_genuineness": {"mask_threshold": -1}}},
     MalformedPayload("liveness_result.face_genuineness.mask_threshold", "fraction", "number", "-1", "1,f")),
])
def test_a_signed_callback_with_a_malformed_field_names_it_and_keeps_its_signature(data: object,
                                                                                   expected: MalformedPayload) -> None:
    """The signature covers the posted string whatever it holds: a field of the wrong type is named, not a reason
    to call the paste no callback."""
    body = json.dumps(data)
    parsed = parse_callback_paste(urlencode({"data": body, "sign": callback_sign(SECRET, body)}))
    assert not isinstance(parsed, ReturnUrlOnly) and parsed.signature_valid(SECRET)
    assert parsed.payload_or_malformed() == expected


def test_a_readable_callback_reads_the_same_either_way() -> None:
    parsed = parse_callback_paste(urlencode({"data": DATA, "sign": SIGN}))
    assert not isinstance(parsed, ReturnUrlOnly) and parsed.payload_or_malformed() == parsed.payload()


def nested(levels: int) -> str:
    return "[" * levels + "1" + "]" * levels


DEEP = nested(100_000)


@pytest.mark.parametrize(("paste", "field", "what"), [
    (json.dumps({"data": DEEP, "sign": SIGN}), "data", "data"),                           # the JSON shape, data quoted
    ('{"data": ' + DEEP + f', "sign": "{SIGN}"}}', "body", "The pasted JSON"),            # data not quoted
    (f"data={DEEP}&sign={SIGN}", "data", "data"),                                        # a form body
    (f"data={quote(json.dumps({'idcard_info': json.loads(nested(100))}))}&sign={SIGN}", "data", "data"),  # 101 levels
])
def test_json_nested_too_deeply_is_refused_naming_the_part(paste: str, field: str, what: str) -> None:
    """100,000 levels of [ raised RecursionError out of the JSON parser: the window's "Unexpected error" dialog."""
    with pytest.raises(FaceIDError) as raised:
        parse_callback_paste(paste)
    assert raised.value.field == field
    assert raised.value.message == f"{what} is nested too deeply to read (over {MAX_NESTING} levels)."


def test_data_nested_up_to_the_limit_is_read_and_deeper_data_is_refused_by_the_library_itself() -> None:
    """The receiver and the command line read the data with ``payload`` / ``payload_or_malformed``, not the paste."""
    at_limit = json.dumps({"biz_id": "1,n", "idcard_info": {"a": json.loads(nested(MAX_NESTING - 2))}})  # 100 in all
    assert CallbackBody(at_limit, SIGN).payload().biz_id == "1,n"
    for data in (json.dumps({"idcard_info": {"a": json.loads(nested(MAX_NESTING - 1))}}), '{"a": ' + DEEP + "}", DEEP):
        for read in (CallbackBody(data, SIGN).payload, CallbackBody(data, SIGN).payload_or_malformed):
            with pytest.raises(FaceIDError) as raised:
                read()
            assert raised.value.field == "data" and "nested too deeply" in raised.value.message


@pytest.mark.parametrize(("paste", "field"), [
    (urlencode({"data": DATA, "sign": SIGN}) + "&sign=" + "1" * 40, "sign"),
    ("data=" + quote(DATA) + "&" + urlencode({"data": DATA, "sign": SIGN}), "data"),
    ('{"data": ' + json.dumps(DATA) + f', "sign": "{"0" * 40}", "sign": "{SIGN}"}}', "sign"),
    ('{"data": ' + json.dumps(DATA) + ', "data": ' + json.dumps(DATA) + f', "sign": "{SIGN}"}}', "data"),
    (f"data: {DATA}\nsign: {'0' * 40}\nsign: {SIGN}", "sign"),
    (f"data: {DATA}\nsign: {SIGN}\ndata: {DATA}", "data"),
    (f"https://shop.example/r?{urlencode({'data': DATA, 'sign': SIGN})}&sign={SIGN}", "sign"),
])
def test_a_field_given_twice_is_refused_in_every_shape(paste: str, field: str) -> None:
    """The form refused it, JSON kept the last and the lines the first: which one was checked was a guess."""
    with pytest.raises(FaceIDError) as raised:
        parse_callback_paste(paste)
    assert raised.value.field == field
    assert raised.value.message == f"The callback has 2 {field} fields; expected one."


def test_a_key_given_twice_inside_data_is_not_a_field_given_twice() -> None:
    """Only the paste's own data and sign count: data is the posted string, whatever it holds."""
    data = '{"biz_id": "1,a", "sign": "x", "sign": "y", "liveness_result": {"result": "success"}}'
    parsed = parse_callback_paste(json.dumps({"data": data, "sign": callback_sign(SECRET, data)}))
    assert not isinstance(parsed, ReturnUrlOnly) and parsed.data == data and parsed.signature_valid(SECRET)


def test_percent_encoded_data_that_is_not_utf8_names_the_field() -> None:
    """It was "the callback body is not a form", which the inspector words as no callback in any shape."""
    for body in (f"data=%FF%FE%7B%7D&sign={SIGN}", b"data=%FF%FE%7B%7D&sign=" + SIGN.encode()):
        with pytest.raises(FaceIDError) as raised:
            parse_callback_form(body)
        assert raised.value.field == "data"
        assert raised.value.message == "The data field is not UTF-8 text once percent-decoded."
    with pytest.raises(FaceIDError) as raised:
        parse_callback_paste(f"data={quote(DATA)}&sign=%C3{SIGN[2:]}")
    assert raised.value.field == "sign"


def test_a_number_of_more_digits_than_python_converts_is_named_as_a_field_out_of_range() -> None:
    """Valid JSON: 5,000 digits raised ValueError from the parser, and the paste was "cut off or not JSON"."""
    digits = "9" * 5_000
    body = '{"biz_id":"1,g","verify_result":{"result_ref1":{"confidence":' + digits + ',"thresholds":{}}}}'
    parsed = parse_callback_paste(urlencode({"data": body, "sign": callback_sign(SECRET, body)}))
    assert not isinstance(parsed, ReturnUrlOnly) and parsed.signature_valid(SECRET)
    assert parsed.payload_or_malformed() == MalformedPayload(
        "verify_result.result_ref1.confidence", "finite", "number", digits, "1,g")
    kept = '{"biz_id":"1,h","idcard_info":{"number":-' + digits + '}}'  # a field the window does not judge: read
    assert CallbackBody(kept, SIGN).payload().idcard_info == {"number": float("-inf")}


@pytest.mark.parametrize("line_break", list("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"))
def test_a_paste_is_one_line_exactly_when_splitlines_finds_one_line(line_break: str) -> None:
    """A one-line paste (a form body) is not split into lines, each a pass over 5 MB: one line as ``str.splitlines``
    reads it, whatever character breaks it."""
    from faceid_console.api.callbacks import _one_line

    for text in ("data=%7B%7D&sign=ab", "中文 data", "x" * 100):
        assert _one_line(text) and len(text.splitlines()) == 1
        broken = text[:3] + line_break + text[3:]
        assert not _one_line(broken) and len(broken.splitlines()) == 2


def test_a_json_paste_whose_data_holds_a_lone_surrogate_is_refused_naming_data() -> None:
    """"\\ud800" in a pasted JSON is read as a lone surrogate, which no posted data can hold: the signature check
    raised UnicodeEncodeError, and the inspector showed a crash report."""
    from faceid_console.api import FaceIDError
    from faceid_console.ui.pages.callback_inspector_page import check_paste

    data = '{"biz_info": {"biz_id": "1700000000,surrogate"}, "x": "\\ud800"}'
    paste = json.dumps({"data": json.loads(json.dumps(data).replace("\\\\ud800", "\\ud800")), "sign": "a" * 40})
    assert "\ud800" in json.loads(paste)["data"]
    with pytest.raises(FaceIDError) as refused:
        check_paste(paste, "secret")
    assert refused.value.field == "data" and "lone surrogate" in str(refused.value)
