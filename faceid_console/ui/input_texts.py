"""Input problems found before sending, in the window's language.

The protocol library words them in English for the command line; the window shows the same rule
through ``QCoreApplication.translate`` so that zh_CN reviewers read them in Chinese.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..api import FaceIDError
from .pattern_texts import matched_text
from .system_reasons import system_reason_text


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
        # A space of another kind inside the name (one around it is trimmed): an ordinary one may be meant.
        (r"The name contains (?P<name_character>a non-breaking space|a full-width space|a special space|a tab|"
         r"a line break) \((?P<codepoint>U\+[0-9A-F]{4,6})\) at position (?P<position>\d+)\.",
         QCoreApplication.translate(
             "InputTexts", "The name contains {character} ({codepoint}) at position {position}: delete it, or type "
                           "an ordinary space if the ID card has one there.")),
        (r"The name contains (?P<name_character>.+) \((?P<codepoint>U\+[0-9A-F]{4,6})\) at position "
         r"(?P<position>\d+)\.",
         QCoreApplication.translate(
             "InputTexts", "The name contains {character} ({codepoint}) at position {position}: delete it, or type "
                           "the character printed on the ID card there.")),
        (r"The uuid is empty\.",
         QCoreApplication.translate("InputTexts", "Enter the uuid: your own id for this applicant.")),
        (r"The uuid contains a control or invisible character: (?P<codepoint>U\+[0-9A-F]{4,6}) at position "
         r"(?P<position>\d+)\.",
         QCoreApplication.translate(
             "InputTexts", "The uuid contains a control or invisible character ({codepoint} at position {position}); "
                           "type it again.")),
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
         QCoreApplication.translate("InputTexts", "the image has more than 89 megapixels, too many for a photo: save "
                                                  "a smaller copy of it and choose that.")),
        (r"\w+: the image is (?P<width>\d+)×(?P<height>\d+) pixels, more than (?P<limit>\d+) megapixels: too many to "
         r"be a photo \(decompression bomb\)\.",
         QCoreApplication.translate("InputTexts", "the image is {width}×{height} pixels, more than {limit} megapixels: "
                                                  "too many for a photo. Save a smaller copy of it and choose that.")),
        (r"\w+: (?P<kind>\w+) images are not accepted; use JPEG, PNG, BMP, WebP or TIFF\.",
         QCoreApplication.translate("InputTexts", "{kind} images are not accepted; use JPEG, PNG, BMP, WebP or TIFF.")),
        (r"\w+: the file is truncated or damaged\.",
         QCoreApplication.translate("InputTexts", "the file is truncated or damaged.")),
        (r"\w+: the file is cut off: only part of the picture is there\.",
         QCoreApplication.translate("InputTexts", "the file is cut off: only part of the picture is there.")),
        (r"\w+: cannot be made small enough to send: (?P<reason>.*)\.",
         QCoreApplication.translate("InputTexts", "the photo cannot be made small enough to send ({reason}).")),
        (r"\w+: (?P<name>.+) is (?P<mb>\d+) MB; too large to be a photo\.",
         QCoreApplication.translate("InputTexts", "{name} is {mb} MB: too large to be a photo.")),
        (r"\w+: (?P<name>.+) is over (?P<mb>\d+) MB; too large\.",
         QCoreApplication.translate("InputTexts", "{name} is over {mb} MB: too large to be a photo.")),
        # The file itself cannot be read (check_image_path and reading it).
        (r"\w+: no such file: (?P<path>.+)",
         QCoreApplication.translate("InputTexts", "there is no such file: {path}")),
        (r"\w+: (?P<path>.+) is not a usable file name\.",
         QCoreApplication.translate("InputTexts", "{path} is not a usable file name.")),
        (r"\w+: a broken link: (?P<path>.+)",
         QCoreApplication.translate("InputTexts", "the link points to no file: {path}")),
        (r"\w+: no permission to read (?P<path>.+)\.",
         QCoreApplication.translate("InputTexts", "you have no permission to read {path}.")),
        (r"\w+: cannot read (?P<path>.+): (?P<system_reason>[^:]+)",
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
        # Request rules (api/request_models.py), after the specific texts above.
        (r"Give image_ref1 before image_ref2 and image_ref3\.",
         QCoreApplication.translate("InputTexts", "Choose reference photo 1 before photos 2 and 3.")),
        (r"Give image_ref2 before image_ref3\.",
         QCoreApplication.translate("InputTexts", "Choose reference photo 2 before photo 3.")),
        (r"Give image_ref1 before image_ref2\.",
         QCoreApplication.translate("InputTexts", "Choose reference photo 1 before photo 2.")),
        (r"fail_when_ref_multiple_faces needs at least one reference photo\.",
         QCoreApplication.translate("InputTexts", "fail_when_ref_multiple_faces needs at least one reference photo.")),
        (r"uuid is for face comparison \(comparison_type=0\), not KYC\.",
         QCoreApplication.translate("InputTexts", "uuid is for face comparison (comparison_type=0), not KYC.")),
        (r"(?P<field>\w+) is for KYC \(comparison_type=1\), not face comparison\.",
         QCoreApplication.translate("InputTexts", "{field} is for KYC (comparison_type=1), not face comparison.")),
        (r"(?P<field>\w+) is not used with comparison_type=-1 \(liveness only: no face is compared\)\.",
         QCoreApplication.translate("InputTexts", "{field} is not used with comparison_type=-1 (liveness only: no face "
                                                  "is compared).")),
        (r"comparison_type -1 \(liveness only\) is for get_token; (?P<call_name>\w+) takes 0 or 1\.",
         QCoreApplication.translate("InputTexts", "comparison_type -1 (liveness only) is for get_token; {call_name} "
                                                  "takes 0 or 1.")),
        (r"(?P<field>\w+) applies only when liveness_type is (?P<kinds>.+)\.",
         QCoreApplication.translate("InputTexts", "{field} applies only when liveness_type is {kinds}.")),
        (r"biz_id must not contain spaces\.",
         QCoreApplication.translate("InputTexts", "biz_id must not contain spaces.")),
        (r"biz_id must not contain control characters\.",
         QCoreApplication.translate("InputTexts", "A biz_id has no control or invisible characters: type it again, "
                                                  "or paste the return_url.")),
        (r"biz_id is (?P<size>\d+) characters long; a biz_id has at most (?P<limit>\d+)\.",
         QCoreApplication.translate("InputTexts", "This is {size} characters long, too long for a biz_id, which is a "
                                                  "few dozen characters (1462259748,52b13fb5-…): check what was "
                                                  "pasted, or paste the return_url.")),
        (r"get_image_type must be 0, 1 or 2\.",
         QCoreApplication.translate("InputTexts", "get_image_type must be 0, 1 or 2.")),
        (r"(?P<field>\w+) must be an http\(s\) URL\.",
         QCoreApplication.translate("InputTexts", "{field} must be an http(s) URL.")),
        (r"(?P<field>\w+) must be between (?P<lo>-?\d+) and (?P<hi>-?\d+); got (?P<value>.+)\.",
         QCoreApplication.translate("InputTexts", "{field} must be between {lo} and {hi}; it is {value}.")),
        (r"(?P<field>\w+) is longer than (?P<limit>\d+) bytes\.",
         QCoreApplication.translate("InputTexts", "{field} is longer than {limit} bytes.")),
        (r"(?P<field>\w+) is required\.",
         QCoreApplication.translate("InputTexts", "{field} is required.")),
        (r"(?P<field>\w+) is empty\.",
         QCoreApplication.translate("InputTexts", "{field} is empty.")),
        # Credentials and service addresses (api/endpoint.py).
        (r"The api_key is empty\.",
         QCoreApplication.translate("InputTexts", "Enter the api_key.")),
        (r"The api_secret is empty\.",
         QCoreApplication.translate("InputTexts", "Enter the api_secret.")),
        (r"(?P<field>\w+) must be an http\(s\) URL such as (?P<example>\S+)",
         QCoreApplication.translate("InputTexts", "{field} must be an http(s) URL such as {example}")),
        (r"(?P<field>\w+) must not contain a user name or password\.",
         QCoreApplication.translate("InputTexts", "{field} must not contain a user name or password.")),
        (r"(?P<field>\w+) must not have a query or fragment\.",
         QCoreApplication.translate("InputTexts", "{field} must not have a query (?) or fragment (#).")),
        (r"\w+: the port must be a number from 1 to 65535\.",
         QCoreApplication.translate("InputTexts", "The port must be a number from 1 to 65535.")),
        (r"\w+: (?P<host>.+) is not a valid host name\.",
         QCoreApplication.translate("InputTexts", "{host} is not a valid host name: check for a typo.")),
        # A host ending in a dot ("localhost.") is not named last: its dot and the full stop read as ".."
        (r"\w+: plain HTTP is only allowed to this machine; use https:// for (?P<host>.+\.)\.",
         QCoreApplication.translate(
             "InputTexts", "Plain HTTP is only allowed to this machine, named without a final dot (localhost, "
                           "127.0.0.1); {host} needs https://.")),
        (r"\w+: plain HTTP is only allowed to this machine; use https:// for (?P<host>.+)\.",
         QCoreApplication.translate(
             "InputTexts", "Plain HTTP is only allowed to this machine; use https:// for {host}.")),
        # The OS keyring (credentials.py).
        (r"The system keyring is not available: (?P<detail>.*)",
         QCoreApplication.translate(
             "InputTexts", "The system keyring is not available ({detail}). Start a Secret Service such as "
                           "gnome-keyring or KWallet, then try again.")),
        (r"No system keyring was found: .*",
         QCoreApplication.translate(
             "InputTexts", "No system keyring was found. Install and start a Secret Service such as gnome-keyring or "
                           "KWallet (on macOS and Windows, the system's own keychain), then try again.")),
        (r"No system keyring: the keyring backend (?P<backend>.+?) keeps secrets in a file or nowhere,.*",
         QCoreApplication.translate(
             "InputTexts", "No system keyring: {backend} keeps api_secrets in a file or nowhere, so FaceID Console "
                           "does not use it. Install and start a Secret Service such as gnome-keyring or KWallet "
                           "(on macOS and Windows, the system's own keychain), then try again.")),
        (r"The system keyring refused to (?:store|delete) the (?:credentials|password): (?P<detail>.*)",
         QCoreApplication.translate(
             "InputTexts", "The system keyring refused ({detail}). Unlock the keyring when it asks, then try again.")),
    ]


def _name_characters() -> dict[str, str]:
    """The library's plain words for a character a name cannot hold (api/identity.py), and the window's."""
    translate = QCoreApplication.translate  # literal calls below, so that lupdate finds each text
    return {
        "a non-breaking space": translate("InputTexts", "a non-breaking space"),
        "a full-width space": translate("InputTexts", "a full-width space"),
        "a special space": translate("InputTexts", "a special space"),
        "a tab": translate("InputTexts", "a tab"),
        "a line break": translate("InputTexts", "a line break"),
        "a text-direction mark": translate("InputTexts", "a text-direction mark"),
        "a control character": translate("InputTexts", "a control character"),
        "an invisible formatting character": translate("InputTexts", "an invisible formatting character"),
        "a private-use character": translate("InputTexts", "a private-use character"),
        "an unassigned character": translate("InputTexts", "an unassigned character"),
        "a byte that is not UTF-8": translate("InputTexts", "a byte that is not UTF-8"),
    }


def known_problem_text(err: FaceIDError) -> str | None:
    """The window's words for an input error in its language, or None when no rule here knows its message."""
    return known_message_text(err.message or str(err))


def known_message_text(message: str) -> str | None:
    """The window's words for an input error's English message (one kept as text, such as a refused address's), or
    None when no rule here knows it."""
    found = matched_text(message, _patterns())
    if found is None:
        return None
    text, parts = found
    if "system_reason" in parts:
        parts["reason"] = system_reason_text(parts.pop("system_reason"))
    if "name_character" in parts:
        described = parts.pop("name_character")
        parts["character"] = _name_characters().get(described, described)
    return text.format(**parts)


def input_problem_text(err: FaceIDError) -> str:
    """The translated text of an input error, or its own message when it is not one of the known rules."""
    known = known_problem_text(err)
    return known if known is not None else (err.message or str(err))
