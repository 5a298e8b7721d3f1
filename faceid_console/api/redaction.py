"""Keeping the api_secret out of text (URLs, form bodies, log records), and the api_key whole out of logs."""

from __future__ import annotations

import logging
import re
from typing import Final

#: ``api_secret=…`` (a URL or form, also with its underscore percent-encoded) or ``api_secret: …``; the value stops
#: at a backslash too, so a JSON string holding it stays a JSON string.
_SECRET_IN_TEXT: Final = re.compile(r"(api(?:_|%5f)secret(?:=|:[ \t]*))[^&\s\"'\\<]*", re.IGNORECASE)
_SECRET_IN_JSON: Final = re.compile(r'("api_secret"\s*:\s*")(?:[^"\\]|\\.)*(")', re.IGNORECASE)
#: A multipart part named api_secret, as an echo of the request body shows it: its headers, a blank line, the value.
_SECRET_IN_PART: Final = re.compile(r'(name="?api_secret"?[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n)[^\r\n]*',
                                    re.IGNORECASE)
_KEY_IN_TEXT: Final = re.compile(r"(api_key=)([^&\s\"']*)", re.IGNORECASE)
#: How much of an api_key a log line keeps: enough to tell a team's keys apart, not enough to use one.
API_KEY_SHOWN_CHARS: Final = 4


def redact(text: str) -> str:
    """Replace api_secret values in URLs, form text, multipart bodies or JSON with ``***``."""
    return _SECRET_IN_JSON.sub(r"\1***\2", _SECRET_IN_TEXT.sub(r"\1***", _SECRET_IN_PART.sub(r"\1***", text)))


def mask_api_key(api_key: str) -> str:
    """An api_key as a log line shows it: its first few characters ("local-8b6f…" → "loca…")."""
    return api_key[:API_KEY_SHOWN_CHARS] + "…" if len(api_key) > API_KEY_SHOWN_CHARS else "***"


def redact_log_line(text: str) -> str:
    """``redact``, and each ``api_key=`` value in a URL or form shortened (``mask_api_key``)."""
    return _KEY_IN_TEXT.sub(lambda m: m.group(1) + mask_api_key(m.group(2)), redact(text))


class _RedactSecrets(logging.Filter):
    """Keeps api_secret, and the api_key whole, out of urllib3's request and retry lines (get_result carries both in
    its query)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.msg = redact_log_line(record.getMessage())
            record.args = None
        else:
            record.msg = redact_log_line(str(record.msg))
        return True


_REDACT_FILTER: Final = _RedactSecrets()


#: Every logger that may see a request's URL: each of urllib3's modules logs under its own name, and a logger's
#: filter does not see its children's records (urllib3.util.retry printed get_result's query whole at DEBUG).
_URL_LOGGERS: Final = ("urllib3", "urllib3.connectionpool", "urllib3.connection", "urllib3.poolmanager",
                       "urllib3.response", "urllib3.util.retry", "urllib3.contrib.pyopenssl",
                       "urllib3.http2.connection", "requests", "faceid_console.api.client")


def install_log_redaction() -> None:
    """Attach the secret-redacting filter to the loggers that may see request URLs (idempotent)."""
    known = [name for name in logging.root.manager.loggerDict if name.startswith(("urllib3.", "requests."))]
    for name in (*_URL_LOGGERS, *known):
        logger = logging.getLogger(name)
        if _REDACT_FILTER not in logger.filters:
            logger.addFilter(_REDACT_FILTER)
