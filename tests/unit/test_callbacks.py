from __future__ import annotations

import hashlib
import json
from urllib.parse import quote, urlencode

import pytest

from faceid_console.api import CallbackBody, FaceIDError, biz_id_from_return_url, parse_callback_form
from tests.conftest import FIXTURES

SECRET = "callback-secret"


def sha1_sign(data: str) -> str:
    return hashlib.sha1((SECRET + data).encode("utf-8")).hexdigest()


def test_form_body_round_trip_is_byte_exact() -> None:
    data = (FIXTURES / "h5_callback_data.json").read_text("utf-8").strip()
    body = urlencode({"data": data, "sign": sha1_sign(data)})
    callback = parse_callback_form(body.encode())
    assert callback.data == data
    assert callback.signature_valid(SECRET)
    assert not callback.signature_valid("other-secret")
    payload = callback.payload()
    assert payload.biz_id == "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1"


def test_plus_signs_and_escapes_are_decoded_once() -> None:
    data = json.dumps({"biz_id": "1,a+b", "biz_extra_data": "x=1&y=2 %41"}, separators=(",", ":"))
    body = urlencode({"data": data, "sign": sha1_sign(data)})
    callback = parse_callback_form(body)
    assert callback.data == data and callback.signature_valid(SECRET)


def test_tampered_data_fails_the_signature() -> None:
    data = '{"biz_id":"1,abc","verify_result":{"result_faceid":{"confidence":10,"thresholds":{}}}}'
    forged = data.replace('"confidence":10', '"confidence":99')
    callback = parse_callback_form(urlencode({"data": forged, "sign": sha1_sign(data)}))
    assert not callback.signature_valid(SECRET)


@pytest.mark.parametrize(
    ("body", "field"),
    [("sign=abc", "data"), ("data=%7B%7D", "sign"), ("data=1&data=2&sign=x", "data"), (b"\xff\xfe", "body")],
)
def test_malformed_bodies_name_the_field(body: str | bytes, field: str) -> None:
    with pytest.raises(FaceIDError) as err:
        parse_callback_form(body)
    assert err.value.field == field


def test_payload_that_is_not_json() -> None:
    callback = parse_callback_form(urlencode({"data": "not json", "sign": sha1_sign("not json")}))
    assert callback.signature_valid(SECRET)
    with pytest.raises(FaceIDError) as err:
        callback.payload()
    assert err.value.field == "data"


@pytest.mark.parametrize(
    "url",
    [
        "https://yourdomainname/xxx?biz_id=1462259748,52b13fb5-8dfb",
        "https://yourdomainname/xxx?xxx=xxx&biz_id=1462259748,52b13fb5-8dfb",
        "https://yourdomainname/xxx?biz_id=1462259748,52b13fb5-8dfb&xxx=xxx#xxx",
        "https://yourdomainname/xxx?biz_id=1462259748%2C52b13fb5-8dfb",
        "https://yourdomainname/app#/done?biz_id=1462259748,52b13fb5-8dfb",
    ],
)
def test_biz_id_from_every_return_url_shape(url: str) -> None:
    assert biz_id_from_return_url(url) == "1462259748,52b13fb5-8dfb"


def test_return_url_without_biz_id() -> None:
    with pytest.raises(FaceIDError) as err:
        biz_id_from_return_url("https://yourdomainname/xxx?xxx=1#biz")
    assert err.value.field == "return_url"


def test_a_callback_posted_again_has_the_same_fingerprint_and_any_other_a_different_one() -> None:
    """The session page tells a repeat (return_url and notify_url, a retry, a replay) by it: the exact data and the
    sign as its check compares it, and nothing else (not how the form was encoded or ordered)."""
    data = (FIXTURES / "h5_callback_data.json").read_text("utf-8").strip()
    sign = sha1_sign(data)
    first = parse_callback_form(urlencode({"data": data, "sign": sign}))
    again = parse_callback_form(f"sign=+{sign.upper()}+&data={quote(data)}")
    assert again.data == first.data and again.signature_valid(SECRET)
    assert again.fingerprint() == first.fingerprint()
    changed = parse_callback_form(urlencode({"data": data.replace("1462259748", "1462259749"), "sign": sign}))
    other_sign = parse_callback_form(urlencode({"data": data, "sign": sha1_sign(data + " ")}))
    assert len({first.fingerprint(), changed.fingerprint(), other_sign.fingerprint()}) == 3
    # Where data ends and sign begins is part of it: no two splits of the same characters are one callback.
    assert CallbackBody("{}a", "b").fingerprint() != CallbackBody("{}", "ab").fingerprint()
