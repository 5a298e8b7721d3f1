"""A pasted callback in each shape it arrives in, and the errors for a bad or cut-off paste."""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest

from faceid_console.api import FaceIDError, MalformedPayload, ReturnUrlOnly, callback_sign, parse_callback_paste

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
])
def test_every_shape_gives_the_exact_signed_data(shape: str) -> None:
    parsed = parse_callback_paste(shape)
    assert not isinstance(parsed, ReturnUrlOnly)
    assert parsed.data == DATA and parsed.signature_valid(SECRET)
    assert parsed.payload().biz_id == "1700000000,abc"


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
