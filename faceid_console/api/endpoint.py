"""Where FaceID calls go and with which key: the API paths, cloud regions, base-URL rules, credentials.

Kept apart from ``client.py`` so that settings, the keyring and the window can use these without
loading ``requests``.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from enum import Enum
from typing import Final
from urllib.parse import urlsplit, urlunsplit

from .errors import FaceIDError

VERIFY_PATH: Final = "/faceid/v2/verify"
GET_BIZ_TOKEN_PATH: Final = "/faceid/v3/sdk/get_biz_token"
GET_TOKEN_PATH: Final = "/faceid/liveness/v2/get_token"
DO_PATH: Final = "/faceid/liveness/v2/do"
GET_RESULT_PATH: Final = "/faceid/liveness/v2/get_result"

USER_AGENT: Final = "FaceID-Console/0.1"


class CloudRegion(Enum):
    """The FaceID cloud's regional hosts."""

    CN = "https://api.megvii.com"
    SGP = "https://api-sgp.megvii.com"
    IDN = "https://api-idn.megvii.com"


@dataclass(frozen=True)
class Credentials:
    """An api_key and its api_secret; the secret never appears in repr or str."""

    api_key: str
    api_secret: str = field(repr=False)

    def __post_init__(self) -> None:
        if not self.api_key.strip():
            raise FaceIDError.input("api_key", "The api_key is empty.", code="MISSING_ARGUMENTS")
        if not self.api_secret.strip():
            raise FaceIDError.input("api_secret", "The api_secret is empty.", code="MISSING_ARGUMENTS")


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` is this machine: localhost, 127.0.0.0/8 or ::1.

    Not a name under ``.localhost``: RFC 6761 reserves them for loopback, but glibc's resolver asks DNS for them,
    and plain HTTP (the api_secret in the body) or an engine's bind must not hang on what DNS answers."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_base_url(url: str, field_name: str = "base_url") -> str:
    """Normalise a service base URL; plain HTTP is refused for any host but loopback."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # a bracket left open, or what is in brackets is not an IPv6 address
        parts = None
    if parts is not None and parts.hostname and any(ch.isspace() or ch in "<>\"{}|\\^`" for ch in parts.hostname):
        parts = None  # not a host name any resolver takes
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise FaceIDError.input(field_name, f"{field_name} must be an http(s) URL such as https://api.megvii.com")
    try:
        port = parts.port  # None when not given; urllib refuses one that is not a number or is over 65535
    except ValueError:
        port = 0
    if port == 0:
        raise FaceIDError.input(field_name, f"{field_name}: the port must be a number from 1 to 65535.")
    try:
        parts.hostname.encode("idna")  # an empty or over-long label, which no resolver takes
    except UnicodeError:
        raise FaceIDError.input(field_name, f"{field_name}: {parts.hostname} is not a valid host name.") from None
    if parts.username or parts.password:
        raise FaceIDError.input(field_name, f"{field_name} must not contain a user name or password.")
    if parts.query or parts.fragment:
        raise FaceIDError.input(field_name, f"{field_name} must not have a query or fragment.")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise FaceIDError.input(
            field_name, f"{field_name}: plain HTTP is only allowed to this machine; use https:// for {parts.hostname}."
        )
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
