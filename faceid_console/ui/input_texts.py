"""Input problems found before sending, in the window's language.

The protocol library words them in English for the command line; the window shows the same rule
through ``QCoreApplication.translate`` so that zh_CN reviewers read them in Chinese.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..api import FaceIDError


def _patterns() -> list[tuple[str, str]]:
    """(the library's English message as a pattern, the window's words for it)."""
    return [
        (r"The ID number is empty\.",
         QCoreApplication.translate("InputTexts", "Enter the ID number.")),
        (r"The ID number must be 17 digits followed by a digit or X\.",
         QCoreApplication.translate("InputTexts", "The ID number must be 17 digits followed by a digit or X.")),
        (r"The ID number must have 18 characters; it has (?P<n>\d+)\.",
         QCoreApplication.translate("InputTexts", "The ID number must have 18 characters; it has {n}.")),
        (r"The ID number's check digit is wrong; check for a typo\.",
         QCoreApplication.translate(
             "InputTexts", "The check digit (last character) does not match: look for a typo.")),
        (r"The ID number's region code or birth date does not exist; check for a typo\.",
         QCoreApplication.translate(
             "InputTexts", "The region code or birth date in this ID number does not exist: look for a typo.")),
        (r"The ID number's birth date is in the future; check for a typo\.",
         QCoreApplication.translate(
             "InputTexts", "The birth date in this ID number is in the future: look for a typo.")),
        (r"The ID number is not valid\.",
         QCoreApplication.translate("InputTexts", "This is not a valid ID number.")),
        (r"The name is empty\.",
         QCoreApplication.translate("InputTexts", "Enter the name as printed on the ID card.")),
        (r"The name has (?P<n>\d+) characters; at most (?P<max>\d+) are allowed\.",
         QCoreApplication.translate("InputTexts", "The name has {n} characters; at most {max} are allowed.")),
        (r"The name contains control characters\.",
         QCoreApplication.translate("InputTexts", "The name contains control characters; type it again.")),
        (r"The uuid is empty\.",
         QCoreApplication.translate("InputTexts", "Enter the uuid: your own id for this applicant.")),
        (r"The uuid is (?P<n>\d+) bytes long; at most (?P<max>\d+) bytes are allowed\.",
         QCoreApplication.translate(
             "InputTexts", "The uuid is {n} bytes long; at most {max} bytes are allowed.")),
        (r"Face comparison needs at least image_ref1\.",
         QCoreApplication.translate("InputTexts", "Face comparison needs at least reference photo 1.")),
        (r"image is required\.",
         QCoreApplication.translate("InputTexts", "Choose the photo to check.")),
        # Photos refused by image preparation ("<field>: <reason>").
        (r"\w+: the file is empty\.",
         QCoreApplication.translate("InputTexts", "the file is empty.")),
        (r"\w+: this is not an image file, or its format is not supported\.",
         QCoreApplication.translate("InputTexts", "this is not an image file, or its format is not supported.")),
        (r"\w+: the image has too many pixels to be a photo \(decompression bomb\)\.",
         QCoreApplication.translate("InputTexts", "the image has too many pixels to be a photo.")),
        (r"\w+: the image is (?P<width>\d+)×(?P<height>\d+) pixels: too many to be a photo \(decompression bomb\)\.",
         QCoreApplication.translate("InputTexts", "the image is {width}×{height} pixels: too many to be a photo.")),
        (r"\w+: (?P<kind>\w+) images are not accepted; use JPEG, PNG, BMP, WebP or TIFF\.",
         QCoreApplication.translate("InputTexts", "{kind} images are not accepted; use JPEG, PNG, BMP, WebP or TIFF.")),
        (r"\w+: the file is truncated or damaged\.",
         QCoreApplication.translate("InputTexts", "the file is truncated or damaged.")),
        (r"\w+: the image cannot be read: (?P<reason>.*)",
         QCoreApplication.translate("InputTexts", "the image cannot be read ({reason}).")),
        (r"\w+: cannot decode: (?P<reason>.*)\.",
         QCoreApplication.translate("InputTexts", "the image data cannot be decoded ({reason}).")),
        (r"\w+: cannot be made small enough to send: (?P<reason>.*)\.",
         QCoreApplication.translate("InputTexts", "the photo cannot be made small enough to send ({reason}).")),
        (r"\w+: (?P<name>.+) is (?P<mb>\d+) MB; too large to be a photo\.",
         QCoreApplication.translate("InputTexts", "{name} is {mb} MB: too large to be a photo.")),
        (r"\w+: (?P<name>.+) is over (?P<mb>\d+) MB; too large\.",
         QCoreApplication.translate("InputTexts", "{name} is over {mb} MB: too large to be a photo.")),
        # The file itself cannot be read (check_image_path and reading it).
        (r"\w+: no such file: (?P<path>.+)",
         QCoreApplication.translate("InputTexts", "there is no such file: {path}")),
        (r"\w+: a broken link: (?P<path>.+)",
         QCoreApplication.translate("InputTexts", "the link points to no file: {path}")),
        (r"\w+: no permission to read (?P<path>.+)\.",
         QCoreApplication.translate("InputTexts", "you have no permission to read {path}.")),
        (r"\w+: cannot read (?P<path>.+): (?P<reason>[^:]+)",
         QCoreApplication.translate("InputTexts", "{path} cannot be read ({reason}).")),
        (r"\w+: (?P<path>.+) is a folder, not a photo\.",
         QCoreApplication.translate("InputTexts", "{path} is a folder, not a photo.")),
        (r"\w+: (?P<path>.+?)(?: \(through a link\))? is a device, not a photo file\.",
         QCoreApplication.translate("InputTexts", "{path} is a device, not a photo file.")),
        (r"\w+: (?P<path>.+?)(?: \(through a link\))? is a pipe, not a photo file\.",
         QCoreApplication.translate("InputTexts", "{path} is a pipe, not a photo file.")),
        (r"\w+: (?P<path>.+?)(?: \(through a link\))? is a socket, not a photo file\.",
         QCoreApplication.translate("InputTexts", "{path} is a socket, not a photo file.")),
        (r"\w+: (?P<path>.+?)(?: \(through a link\))? is special, not a photo file\.",
         QCoreApplication.translate("InputTexts", "{path} is a special file, not a photo file.")),
    ]


def input_problem_text(err: FaceIDError) -> str:
    """The translated text of an input error, or its own message when it is not one of the known rules."""
    message = err.message or str(err)
    for pattern, text in _patterns():
        found = re.fullmatch(pattern, message)
        if found:
            return text.format(**found.groupdict())
    return message
