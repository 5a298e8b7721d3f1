"""A pasted callback in each shape it arrives in, and the errors for a bad or cut-off paste."""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest

from faceid_console.api import FaceIDError, ReturnUrlOnly, callback_sign, parse_callback_paste

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
