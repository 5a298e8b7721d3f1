"""Input problems found before sending, in the window's language.

The protocol library words them in English for the command line; the window shows the same rule
through ``tr`` so that zh_CN reviewers read them in Chinese.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..api import FaceIDError


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    t = QCoreApplication.translate
    return [
        (re.compile(r"The ID number is empty\."), t("InputTexts", "Enter the ID number.")),
        (re.compile(r"The ID number must be 17 digits followed by a digit or X\."),
         t("InputTexts", "The ID number must be 17 digits followed by a digit or X.")),
        (re.compile(r"The ID number must have 18 characters; it has (?P<n>\d+)\."),
         t("InputTexts", "The ID number must have 18 characters; it has {n}.")),
        (re.compile(r"The ID number's check digit is wrong; check for a typo\."),
         t("InputTexts", "The check digit (last character) does not match: look for a typo.")),
        (re.compile(r"The ID number's region code or birth date does not exist; check for a typo\."),
         t("InputTexts", "The region code or birth date in this ID number does not exist: look for a typo.")),
        (re.compile(r"The ID number's birth date is in the future; check for a typo\."),
         t("InputTexts", "The birth date in this ID number is in the future: look for a typo.")),
        (re.compile(r"The ID number is not valid\."), t("InputTexts", "This is not a valid ID number.")),
        (re.compile(r"The name is empty\."), t("InputTexts", "Enter the name as printed on the ID card.")),
        (re.compile(r"The name has (?P<n>\d+) characters; at most (?P<max>\d+) are allowed\."),
         t("InputTexts", "The name has {n} characters; at most {max} are allowed.")),
        (re.compile(r"The name contains control characters\."),
         t("InputTexts", "The name contains control characters; type it again.")),
        (re.compile(r"The uuid is empty\."), t("InputTexts", "Enter the uuid: your own id for this applicant.")),
        (re.compile(r"The uuid is (?P<n>\d+) bytes long; at most (?P<max>\d+) bytes are allowed\."),
         t("InputTexts", "The uuid is {n} bytes long; at most {max} bytes are allowed.")),
        (re.compile(r"Face comparison needs at least image_ref1\."),
         t("InputTexts", "Face comparison needs at least reference photo 1.")),
        (re.compile(r"image is required\."), t("InputTexts", "Choose the photo to check.")),
    ]


def input_problem_text(err: FaceIDError) -> str:
    """The translated text of an input error, or its own message when it is not one of the known rules."""
    message = err.message or str(err)
    for pattern, text in _patterns():
        found = pattern.fullmatch(message)
        if found:
            return text.format(**found.groupdict())
    return message
