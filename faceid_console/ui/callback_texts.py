"""The window's words for a callback whose data has a malformed field, or is not JSON at all: the Callback inspector
heads its check with them and the Liveness session page lists a received callback with them (one wording, one
translation).

In the inspector's translation context, where they were first worded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..api import FaceIDError, MalformedPayload
from .pattern_texts import matched_text
from .texts import shortened

#: The protocol library's English for a callback's part given more than once, nested too deeply, or not UTF-8.
REPEATED = r"The callback has (?P<count>\d+) (?P<field>data|sign) fields; expected one\."
NESTED = r".* is nested too deeply to read \(over (?P<levels>\d+) levels\)\."
NOT_UTF8 = r"The (?P<field>data|sign) field is not UTF-8 text once percent-decoded\."


def malformed_text(malformed: MalformedPayload) -> str:
    """Which field of the data is malformed and why, in plain words and the window's language."""
    expected = {
        "object": QCoreApplication.translate("CallbackInspectorPage", "an object ({…})"),
        "number": QCoreApplication.translate("CallbackInspectorPage", "a number"),
        "integer": QCoreApplication.translate("CallbackInspectorPage", "a whole number"),
        "string": QCoreApplication.translate("CallbackInspectorPage", "text (a quoted string)"),
        "list": QCoreApplication.translate("CallbackInspectorPage", "a list ([…])"),
        "finite": QCoreApplication.translate("CallbackInspectorPage", "a finite number"),
        "score": QCoreApplication.translate("CallbackInspectorPage", "a number from 0 to 100"),
        "fraction": QCoreApplication.translate("CallbackInspectorPage", "a number from 0 to 1"),
    }.get(malformed.expected, malformed.expected)
    found = {
        "object": QCoreApplication.translate("CallbackInspectorPage", "an object"),
        "array": QCoreApplication.translate("CallbackInspectorPage", "a list"),
        "string": QCoreApplication.translate("CallbackInspectorPage", "text"),
        "number": QCoreApplication.translate("CallbackInspectorPage", "a number"),
        "boolean": QCoreApplication.translate("CallbackInspectorPage", "true or false"),
        "null": QCoreApplication.translate("CallbackInspectorPage", "null"),
    }.get(malformed.found, malformed.found)
    # The sender chooses both (a key can be megabytes): a label or a list lays out all it is given.
    value, field = shortened(malformed.value), shortened(malformed.path)
    if not malformed.path:
        return QCoreApplication.translate(
            "CallbackInspectorPage", "The data is {found}, not an object: a callback's data is a JSON object of fields "
                                     "({value}).").format(found=found, value=value)
    if malformed.expected == "present" or malformed.found == "missing":
        return QCoreApplication.translate(
            "CallbackInspectorPage", "The field {field} is missing: a callback's data must have it.").format(
            field=field)
    return QCoreApplication.translate(
        "CallbackInspectorPage", "The field {field} should be {expected}, but it is {found}: {value}").format(
        field=field, expected=expected, found=found, value=value)


def nested_text(levels: str) -> str:
    """A callback's data nested deeper than the protocol library reads (``levels``), and what to do about it."""
    return QCoreApplication.translate(
        "CallbackInspectorPage", "The data is nested too deeply to read (over {levels} levels): FaceID's data is a few "
                                 "levels deep, so this is not a callback as FaceID sends it. Check where it came "
                                 "from.").format(levels=levels)


def unreadable_data_text(data: str, problem: str = "") -> str:
    """A callback's data that is not JSON at all, in the window's language (the protocol library's "data is not valid
    JSON: Expecting value…" was shown as it is, in English); ``problem``: the library's words, when they say the data
    nests too deeply to read."""
    nested = matched_text(problem, [(NESTED, "")])
    if nested is not None:
        return nested_text(nested[1]["levels"])
    return QCoreApplication.translate(
        "CallbackInspectorPage", "The data is not JSON: a callback's data is a JSON object of fields "
                                 "({value}).").format(value=shortened(data))


def posted_problem_text(err: FaceIDError) -> str:
    """Why a body posted to the callback receiver is not a callback at all (``parse_callback_form``'s refusal), in the
    window's language: the library's English was listed as it is."""
    if err.field in ("data", "sign"):
        if err.code == "MISSING_ARGUMENTS":
            return QCoreApplication.translate("CallbackTexts", "it has no {field} field").format(field=err.field)
        if matched_text(err.message, [(NOT_UTF8, "")]) is not None:
            return QCoreApplication.translate(
                "CallbackTexts", "its {field} field is not UTF-8 text once percent-decoded").format(field=err.field)
        return QCoreApplication.translate("CallbackTexts", "it has more than one {field} field").format(field=err.field)
    if "UTF-8" in (err.message or ""):
        return QCoreApplication.translate("CallbackTexts", "the body is not UTF-8 text")
    return QCoreApplication.translate("CallbackTexts", "the body is not a form (data=…&sign=…)")
