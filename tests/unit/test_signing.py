from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from faceid_console.api.signing import (
    SignError,
    callback_sign,
    decode_sign,
    sign_from_raw,
    sign_raw,
    sign_v3,
    verify_callback_sign,
    verify_sign_v3,
)

KEY = "ICVvC_xUs6177WEtyUNwIH8J6NfGu50t"
SECRET = "UjYGdN9CBZKsDBLB5-5v3DykPXY6dw3q"
RAW = "a=ICVvC_xUs6177WEtyUNwIH8J6NfGu50t&b=1530762218&c=1530762118&d=0799687066"
VECTOR_SIGN = (
    "SPzLRbDBgTGC2A8YdDaa7Jrny+5hPUlDVnZDX3hVczYxNzdXRXR5VU53SUg4SjZOZkd1NTB0JmI9MTUzMDc2MjIxOCZjPTE1MzA3NjIxMTgmZD0wNzk5Njg3MDY2"
)


def test_spec_readme_test_vector() -> None:
    assert sign_raw(KEY, 1530762218, 1530762118, 799687066) == RAW
    assert sign_from_raw(SECRET, RAW) == VECTOR_SIGN
    assert base64.b64decode(VECTOR_SIGN)[:20].hex() == "48fccb45b0c1813182d80f1874369aec9ae7cbee"
    assert sign_v3(KEY, SECRET, now=1530762118, lifetime_s=100, rand=799687066) == VECTOR_SIGN


def test_verify_accepts_the_vector_within_its_lifetime() -> None:
    claims = verify_sign_v3(VECTOR_SIGN, {KEY: SECRET}, now=1530762200)
    assert (claims.api_key, claims.expire_time, claims.current_time, claims.rand) == (
        KEY, 1530762218, 1530762118, "0799687066")


def test_verify_rejects_expired_tampered_and_unknown() -> None:
    with pytest.raises(SignError) as expired:
        verify_sign_v3(VECTOR_SIGN, {KEY: SECRET}, now=1530762219)
    assert expired.value.reason == "EXPIRED_SIGN"
    with pytest.raises(SignError) as wrong_secret:
        verify_sign_v3(VECTOR_SIGN, {KEY: SECRET + "x"}, now=1530762200)
    assert wrong_secret.value.reason == "INVALID_SIGN"
    digest, raw, _ = decode_sign(VECTOR_SIGN)
    forged = base64.b64encode(digest + raw.replace(b"b=1530762218", b"b=1930762218")).decode()
    with pytest.raises(SignError) as tampered:
        verify_sign_v3(forged, {KEY: SECRET}, now=1530762200)
    assert tampered.value.reason == "INVALID_SIGN"
    with pytest.raises(KeyError):
        verify_sign_v3(VECTOR_SIGN, {"someone-else": SECRET}, now=1530762200)
    for junk in ("", "!!!", base64.b64encode(b"x" * 20 + b"a=1&b=2").decode()):
        with pytest.raises(SignError):
            verify_sign_v3(junk, {KEY: SECRET}, now=1530762200)


def test_fresh_signs_differ_and_verify() -> None:
    a, b = sign_v3(KEY, SECRET), sign_v3(KEY, SECRET)
    assert a != b  # random nonce
    assert verify_sign_v3(a, {KEY: SECRET}).api_key == KEY


def test_callback_sign_matches_an_independent_sha1() -> None:
    data = '{"biz_id":"1462259748,52b13fb5","liveness_result":{"result":"success"}}'
    expected = hashlib.sha1((SECRET + data).encode()).hexdigest()
    assert callback_sign(SECRET, data) == expected
    assert verify_callback_sign(SECRET, data, expected)
    assert verify_callback_sign(SECRET, data, expected.upper())
    assert not verify_callback_sign(SECRET, data + " ", expected)
    assert not verify_callback_sign(SECRET, data, "0" * 40)
    assert not verify_callback_sign(SECRET, data, "")
    assert hmac.compare_digest(callback_sign(SECRET, data.encode()), expected)
