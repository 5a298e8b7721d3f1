"""Signatures of the FaceID protocol: the v3 ``hmac_sha1`` request sign and the callback sign."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Final

from .text_in_steps import utf8_in_steps

SIGN_VERSION: Final = "hmac_sha1"
DEFAULT_SIGN_LIFETIME_S: Final = 300
#: Tolerated clock difference between signer and verifier (seconds).
CLOCK_SKEW_S: Final = 300


def sign_raw(api_key: str, expire_time: int, current_time: int, rand: int) -> str:
    """The string the v3 sign covers: ``a=<api_key>&b=<expire>&c=<now>&d=<random>`` (Unix seconds)."""
    return f"a={api_key}&b={expire_time}&c={current_time}&d={rand:010d}"


def sign_v3(
    api_key: str,
    api_secret: str,
    *,
    lifetime_s: int = DEFAULT_SIGN_LIFETIME_S,
    now: int | None = None,
    rand: int | None = None,
) -> str:
    """The ``sign`` parameter for v3 endpoints: base64(HMAC-SHA1(secret, raw) + raw)."""
    if lifetime_s <= 0:
        raise ValueError("lifetime_s must be positive")
    current = int(time.time()) if now is None else now
    nonce = secrets.randbelow(10**10) if rand is None else rand
    raw = sign_raw(api_key, current + lifetime_s, current, nonce)
    return sign_from_raw(api_secret, raw)


def sign_from_raw(api_secret: str, raw: str) -> str:
    """Sign a raw ``a=…&b=…&c=…&d=…`` string with ``api_secret``."""
    digest = hmac.new(api_secret.encode("utf-8"), raw.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest + raw.encode("utf-8")).decode("ascii")


@dataclass(frozen=True)
class SignClaims:
    """What a v3 sign asserts: which key, valid from when until when, and its nonce."""

    api_key: str
    expire_time: int
    current_time: int
    rand: str


class SignError(ValueError):
    """A v3 sign that cannot be accepted; ``reason`` is ``INVALID_SIGN`` or ``EXPIRED_SIGN``."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def decode_sign(sign: str) -> tuple[bytes, bytes, SignClaims]:
    """Split a v3 sign into its digest, the raw bytes it covers and its claims; checks no digest."""
    try:
        blob = base64.b64decode(sign, validate=True)
    except (binascii.Error, ValueError):
        raise SignError("INVALID_SIGN", "sign is not valid base64") from None
    digest, raw_bytes = blob[:20], blob[20:]
    try:
        raw = raw_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise SignError("INVALID_SIGN", "sign payload is not UTF-8") from None
    parts: dict[str, str] = {}
    for item in raw.split("&"):
        key, sep, value = item.partition("=")
        if not sep or key in parts:
            raise SignError("INVALID_SIGN", "sign payload is malformed")
        parts[key] = value
    if set(parts) != {"a", "b", "c", "d"}:
        raise SignError("INVALID_SIGN", "sign payload must hold exactly a, b, c and d")
    b, c, d = parts["b"], parts["c"], parts["d"]
    # ASCII only: str.isdigit() also accepts "²" or "①", which int() then refuses.
    if not all(v.isascii() and v.isdigit() for v in (b, c, d)) or len(d) > 10 or max(len(b), len(c)) > 12:
        raise SignError("INVALID_SIGN", "sign times and random must be unsigned decimals")
    return digest, raw_bytes, SignClaims(parts["a"], int(b), int(c), d)


def verify_sign_v3(sign: str, secret_for_key: dict[str, str], *, now: int | None = None) -> SignClaims:
    """Check a v3 sign: known key, matching HMAC (constant time), c < b, and not expired.

    Raises SignError with reason ``INVALID_SIGN`` or ``EXPIRED_SIGN``; a KeyError when the key is unknown.
    """
    digest, raw, claims = decode_sign(sign)
    secret = secret_for_key[claims.api_key]
    expected = hmac.new(secret.encode("utf-8"), raw, hashlib.sha1).digest()
    if not hmac.compare_digest(expected, digest):
        raise SignError("INVALID_SIGN", "sign digest does not match")
    if claims.current_time >= claims.expire_time:
        raise SignError("INVALID_SIGN", "sign expire time is not after its current time")
    current = int(time.time()) if now is None else now
    if claims.expire_time < current:
        raise SignError("EXPIRED_SIGN", "sign has expired")
    if claims.current_time > current + CLOCK_SKEW_S:
        raise SignError("INVALID_SIGN", "sign was made in the future")
    return claims


def callback_sign(api_secret: str, data: str | bytes) -> str:
    """The callback ``sign``: lowercase hex ``sha1(api_secret + data)`` over the exact posted bytes."""
    # SHA-1 is the documented callback algorithm; we must match it, not choose it.
    digest = hashlib.sha1(api_secret.encode("utf-8"), usedforsecurity=True)  # noqa: S324
    # Fed in pieces, not joined to the secret: a 5 MB callback encoded and copied at once held the interpreter lock
    # that the window waits for (hashlib lets go of it while it hashes a large piece).
    for piece in utf8_in_steps(data) if isinstance(data, str) else (data,):
        digest.update(piece)
    return digest.hexdigest()


def verify_callback_sign(api_secret: str, data: str | bytes, sign: str) -> bool:
    """Whether ``sign`` is the callback signature of ``data``; compares in constant time."""
    expected = callback_sign(api_secret, data)
    return hmac.compare_digest(expected.encode("ascii"), sign.strip().lower().encode("ascii", "replace"))
