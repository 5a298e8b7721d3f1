"""Liveness callbacks: the signed form body posted to notify_url / return_url, and return_url's biz_id."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from .errors import FaceIDError
from .results import LivenessSessionResult
from .signing import verify_callback_sign


@dataclass(frozen=True)
class CallbackBody:
    """A callback as posted: the exact ``data`` string and its ``sign``."""

    data: str
    sign: str

    def signature_valid(self, api_secret: str) -> bool:
        """Whether ``sign`` is sha1(api_secret + data) over the exact posted string."""
        return verify_callback_sign(api_secret, self.data, self.sign)

    def payload(self) -> LivenessSessionResult:
        """The parsed ``data``; FaceIDError naming ``data`` when it is not a JSON object."""
        try:
            obj = json.loads(self.data)
        except ValueError as exc:
            raise FaceIDError.input("data", f"data is not valid JSON: {exc}") from None
        if not isinstance(obj, dict):
            raise FaceIDError.input("data", "data is not a JSON object.")
        return LivenessSessionResult.parse(obj)


def parse_callback_form(body: bytes | str) -> CallbackBody:
    """Parse an ``application/x-www-form-urlencoded`` callback body (``data=…&sign=…``).

    The values are percent-decoded exactly once, so ``data`` is byte for byte what was signed.
    """
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise FaceIDError.input("body", "The callback body is not UTF-8 text.") from None
    else:
        text = body
    text = text.strip()
    try:
        fields = parse_qs(text, keep_blank_values=True, strict_parsing=bool(text), errors="strict")
    except (ValueError, UnicodeDecodeError) as exc:
        raise FaceIDError.input("body", f"The callback body is not a form: {exc}") from None
    for name in ("data", "sign"):
        if name not in fields:
            raise FaceIDError.input(name, f"The callback has no {name} field.", code="MISSING_ARGUMENTS")
        if len(fields[name]) != 1:
            raise FaceIDError.input(name, f"The callback has {len(fields[name])} {name} fields; expected one.")
    return CallbackBody(data=fields["data"][0], sign=fields["sign"][0])


def biz_id_from_return_url(url: str) -> str:
    """The ``biz_id`` a GET return_url carries, in every shape of the H5 document.

    ``…?biz_id=X``, ``…?a=b&biz_id=X``, ``…?biz_id=X&a=b#frag``; also a biz_id inside the fragment
    (single-page apps route there). Raises FaceIDError naming ``return_url`` when there is none.
    """
    parts = urlsplit(url.strip())
    for query in (parts.query, parts.fragment.partition("?")[2] or parts.fragment):
        values = parse_qs(query, keep_blank_values=True).get("biz_id")
        if values:
            biz_id = values[0].strip()
            if biz_id:
                return biz_id
    raise FaceIDError.input("return_url", "The URL has no biz_id parameter.", code="MISSING_ARGUMENTS")
