"""Keeping the api_secret out of text: URLs, form bodies and log records."""

from __future__ import annotations

import logging
import re
from typing import Final

_SECRET_IN_TEXT: Final = re.compile(r"(api_secret=)[^&\s\"']*", re.IGNORECASE)
_SECRET_IN_JSON: Final = re.compile(r'("api_secret"\s*:\s*")(?:[^"\\]|\\.)*(")', re.IGNORECASE)


def redact(text: str) -> str:
    """Replace api_secret values in URLs, form text or JSON with ``***``."""
    return _SECRET_IN_JSON.sub(r"\1***\2", _SECRET_IN_TEXT.sub(r"\1***", text))


class _RedactSecrets(logging.Filter):
    """Keeps api_secret out of urllib3's request lines (get_result carries it in the query)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.msg = redact(record.getMessage())
            record.args = None
        else:
            record.msg = redact(str(record.msg))
        return True


_REDACT_FILTER: Final = _RedactSecrets()


def install_log_redaction() -> None:
    """Attach the secret-redacting filter to the loggers that may see request URLs (idempotent)."""
    for name in ("urllib3.connectionpool", "requests", "faceid_console.api.client"):
        logger = logging.getLogger(name)
        if _REDACT_FILTER not in logger.filters:
            logger.addFilter(_REDACT_FILTER)
