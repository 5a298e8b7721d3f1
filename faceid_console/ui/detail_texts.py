"""The technical line under an error (what the transport or a non-FaceID answer was), in the window's language.

The protocol library words it in English for the command line and the logs; a zh_CN reviewer reads the
same facts in Chinese. Addresses, HTTP statuses, exception names and the answer's own text stay as they are.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from .pattern_texts import matched_text


def _patterns() -> list[tuple[str, str]]:
    """(the library's English detail as a pattern, the window's words for it)."""
    return [
        (r"cannot connect to (?P<url>\S+)",
         QCoreApplication.translate("DetailTexts", "cannot connect to {url}")),
        (r"timed out connecting to (?P<url>\S+)",
         QCoreApplication.translate("DetailTexts", "timed out connecting to {url}")),
        (r"no answer from (?P<url>\S+) within (?P<seconds>[\d.]+) s",
         QCoreApplication.translate("DetailTexts", "no answer from {url} within {seconds} s")),
        (r"cannot connect to (?P<url>\S+) through the proxy",
         QCoreApplication.translate("DetailTexts", "cannot connect to {url} through the proxy")),
        (r"TLS failure with (?P<url>\S+): (?P<kind>.+)",
         QCoreApplication.translate("DetailTexts", "TLS failure with {url}: {kind}")),
        (r"cannot send to (?P<url>\S+): (?P<kind>\w+)",
         QCoreApplication.translate("DetailTexts", "cannot send to {url}: {kind}")),
        (r"the answer from (?P<url>\S+) broke off after (?P<received>\d+) of its (?P<length>\d+) bytes",
         QCoreApplication.translate("DetailTexts", "the answer from {url} broke off after {received} of its {length} "
                                                   "bytes")),
        (r"the answer from (?P<url>\S+) broke off: (?P<kind>\w+)",
         QCoreApplication.translate("DetailTexts", "the answer from {url} broke off: {kind}")),
        (r"the answer from (?P<url>\S+) came, but its body could not be decoded as its Content-Encoding says "
         r"\((?P<encoding>[^)]*)\)",
         QCoreApplication.translate("DetailTexts", "the answer from {url} came, but its body could not be decoded as "
                                                   "its Content-Encoding says ({encoding})")),
        (r"the connection to (?P<url>\S+) was closed before the request was sent",
         QCoreApplication.translate("DetailTexts", "the connection to {url} was closed before the request was sent")),
        (r"the connection to (?P<url>\S+) was closed (?P<seconds>[\d.]+) s after the request was sent, before any "
         r"answer",
         QCoreApplication.translate("DetailTexts", "the connection to {url} was closed {seconds} s after the request "
                                                   "was sent, before any answer")),
        (r"(?P<url>\S+) answered with something that is not HTTP: (?P<answer>.*)",
         QCoreApplication.translate("DetailTexts", "{url} answered with something that is not HTTP: {answer}")),
        (r"the connection to (?P<url>\S+) broke before an answer arrived",
         QCoreApplication.translate("DetailTexts", "the connection to {url} broke before an answer arrived")),
        (r"the wait for the answer from (?P<url>\S+) was given up",
         QCoreApplication.translate("DetailTexts", "the wait for the answer from {url} was given up")),
        (r"HTTP (?P<status>\d+) with an? HTML page: (?P<snippet>.*)",  # "a HTML" in entries written before
         QCoreApplication.translate("DetailTexts", "HTTP {status} with an HTML page: {snippet}")),
        (r"HTTP (?P<status>\d+) with (?:a non-JSON body|a body that is not JSON): (?P<snippet>.*)",
         QCoreApplication.translate("DetailTexts", "HTTP {status} with a body that is not JSON: {snippet}")),
        (r"HTTP (?P<status>\d+) with an empty body",
         QCoreApplication.translate("DetailTexts", "HTTP {status} with an empty body")),
        (r"the answer is JSON but not an object",
         QCoreApplication.translate("DetailTexts", "the answer is JSON but not an object")),
        *_answer_field_patterns(),
    ]


def _answer_field_patterns() -> list[tuple[str, str]]:
    """A field of a JSON answer that is not as FaceID sends it (api/results.py); the field's path stays as it is."""
    field = r"response field (?P<field>\S+) "
    return [
        (field + "is missing", QCoreApplication.translate("DetailTexts", "response field {field} is missing")),
        (field + "is not an object",
         QCoreApplication.translate("DetailTexts", "response field {field} is not an object")),
        (field + "is not a list", QCoreApplication.translate("DetailTexts", "response field {field} is not a list")),
        (field + "is not a number",
         QCoreApplication.translate("DetailTexts", "response field {field} is not a number")),
        (field + "is not a finite number",
         QCoreApplication.translate("DetailTexts", "response field {field} is not a finite number")),
        (field + "is not an integer",
         QCoreApplication.translate("DetailTexts", "response field {field} is not an integer")),
        (field + "is not a string",
         QCoreApplication.translate("DetailTexts", "response field {field} is not a string")),
        (field + "is not a base64 data URL",
         QCoreApplication.translate("DetailTexts", "response field {field} is not a base64 data URL")),
        (field + "holds invalid base64",
         QCoreApplication.translate("DetailTexts", "response field {field} holds invalid base64")),
        (field + r"is (?P<value>\S+), outside FaceID's range of 0 to 100",
         QCoreApplication.translate("DetailTexts", "response field {field} is {value}, outside FaceID's range of "
                                                   "0 to 100")),
        (field + r"is (?P<value>\S+), outside FaceID's range of 0 to 1",
         QCoreApplication.translate("DetailTexts", "response field {field} is {value}, outside FaceID's range of "
                                                   "0 to 1")),
        (field + "is there, but was not asked for",
         QCoreApplication.translate("DetailTexts", "response field {field} is there, but was not asked for")),
        (field + r"is (?P<value>.*), not the biz_id asked for",
         QCoreApplication.translate("DetailTexts", "response field {field} is {value}, not the biz_id asked for")),
    ]


def detail_text(message: str) -> str:
    """``message`` (a transport failure or an answer that is not FaceID's) in the window's language; any other
    as it is."""
    found = matched_text(message, _patterns(), re.DOTALL)
    return message if found is None else found[0].format(**found[1])
