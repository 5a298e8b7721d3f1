"""Liveness callbacks: the signed form body posted to notify_url / return_url, and return_url's biz_id."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qs, unquote, urlsplit

from .errors import FaceIDError
from .results import LivenessSessionResult, refused_field
from .signing import verify_callback_sign
from .text_in_steps import json_in_steps, parse_form_in_steps, utf8_in_steps


@dataclass(frozen=True)
class MalformedPayload:
    """A callback's ``data`` that is JSON but cannot be read as a session's result: the field in the way, what it
    should be and what it is. Its signature does not depend on this: it covers the posted string, whatever it holds.
    """

    #: Where in ``data``: ``liveness_result.face_genuineness.mask_confidence``, ``will_result[0]``; "" for data itself.
    path: str
    #: The JSON type it should be: object, number, integer, string or list; "present" when it is missing.
    expected: str
    #: The JSON type it is: object, array, string, number, boolean or null; "missing" when absent.
    found: str
    #: What it holds, as JSON ("" when it is missing); as long as it came.
    value: str
    #: The session's biz_id when ``data`` names one as a string: the result can still be looked up.
    biz_id: str | None


@dataclass(frozen=True)
class CallbackBody:
    """A callback as posted: the exact ``data`` string and its ``sign``."""

    data: str
    sign: str

    def signature_valid(self, api_secret: str) -> bool:
        """Whether ``sign`` is sha1(api_secret + data) over the exact posted string."""
        return verify_callback_sign(api_secret, self.data, self.sign)

    def fingerprint(self) -> str:
        """The same for the same callback posted again (FaceID posts one to return_url and notify_url, and again
        when notify_url did not answer; anyone can replay one): a digest of the exact data and of the sign as
        ``signature_valid`` compares it (its case and the whitespace around it aside). A few dozen bytes to keep,
        where a callback can be megabytes."""
        pieces = list(utf8_in_steps(self.data, "surrogateescape"))  # as callback_sign: not 5 MB encoded at once
        digest = hashlib.sha256(sum(map(len, pieces)).to_bytes(8, "big"))  # where data ends: no two splits hash alike
        for piece in pieces:
            digest.update(piece)
        digest.update(self.sign.strip().lower().encode("utf-8", "surrogateescape"))
        return digest.hexdigest()

    def payload(self) -> LivenessSessionResult:
        """The parsed ``data``; FaceIDError naming ``data`` when it is not a JSON object (or nests too deeply)."""
        obj = self._read_data()
        if not isinstance(obj, dict):
            raise FaceIDError.input("data", "data is not a JSON object.")
        return LivenessSessionResult.parse(obj)

    def payload_or_malformed(self) -> LivenessSessionResult | MalformedPayload:
        """The parsed ``data``, or, when it is JSON but a field has the wrong type (or a required one is missing),
        which field that is; FaceIDError naming ``data`` when it is not JSON at all (or nests too deeply)."""
        obj = self._read_data()
        if not isinstance(obj, dict):
            return MalformedPayload("", "object", _json_type(obj), _json_text(obj), None)
        try:
            return LivenessSessionResult.parse(obj)
        except FaceIDError as err:
            refused = refused_field(err)
            if refused is None:
                raise
            path, expected = refused
            value = _value_at(obj, path)
            return MalformedPayload(path, expected, _json_type(value), "" if value is _MISSING else _json_text(value),
                                    _named_biz_id(obj))

    def _read_data(self) -> Any:
        try:
            return _read_json(self.data, "data", "data")
        except ValueError as exc:
            raise FaceIDError.input("data", f"data is not valid JSON: {exc}") from None


#: How deep a callback's data (or a pasted JSON) may nest. FaceID's is a few levels deep; far deeper JSON made the
#: parser raise RecursionError, and what is read is drawn (and written out as JSON) recursively.
MAX_NESTING: Final = 100


class _LongInteger(float):
    """A JSON integer of more digits than Python converts (JSON sets no limit): the float nearest to it (infinite when
    it is that large), so its field is refused as a number out of range, with its digits kept to show."""

    digits: str

    def __new__(cls, digits: str) -> _LongInteger:
        number = super().__new__(cls, digits)
        number.digits = digits
        return number


def _integer(digits: str) -> int | float:
    try:
        return int(digits)
    except ValueError:  # more digits than sys.get_int_max_str_digits(): still JSON, and still a number
        return _LongInteger(digits)


def _read_json(text: str, field: str, what: str, **hooks: Any) -> Any:
    """``text`` as JSON (``what`` names it in an error; ``hooks`` go to ``json.loads``): ValueError when it is not
    JSON; FaceIDError naming ``field`` when it nests deeper than ``MAX_NESTING`` levels. An integer of any length
    reads as a number."""
    try:
        value = json_in_steps(text, parse_int=_integer, **hooks)  # megabytes of images: read letting go of the lock
    except RecursionError:
        raise _too_deep(field, what) from None
    if _nests_deeper(value, MAX_NESTING):
        raise _too_deep(field, what)
    return value


def _too_deep(field: str, what: str) -> FaceIDError:
    return FaceIDError.input(field, f"{what} is nested too deeply to read (over {MAX_NESTING} levels).")


def _nests_deeper(value: Any, levels: int) -> bool:
    """Whether ``value`` has lists or objects nested more than ``levels`` deep (walked without recursion)."""
    open_: list[tuple[Any, int]] = [(value, 1)]
    while open_:
        item, depth = open_.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > levels:
            return True
        open_.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


_MISSING: Final = object()
_INDEX = re.compile(r"\[(\d+)\]\.?")


def _value_at(obj: Any, path: str) -> Any:
    """The value at a refused field's path (``a.b[2].c``; a key may hold a dot, as a threshold's may), or
    ``_MISSING``."""
    value, rest = obj, path
    while rest:
        index = _INDEX.match(rest)
        if index is not None:
            if not isinstance(value, list) or int(index.group(1)) >= len(value):
                return _MISSING
            value, rest = value[int(index.group(1))], rest[index.end():]
            continue
        if not isinstance(value, dict):
            return _MISSING
        # The longest key the path goes on from: "1.5" before "1", should a key hold a dot.
        key = max((k for k in value if isinstance(k, str) and rest.startswith(k) and rest[len(k):len(k) + 1]
                   in ("", ".", "[")), key=len, default=None)
        if key is None:
            return _MISSING
        value, rest = value[key], rest[len(key):].removeprefix(".")
    return value


def _json_type(value: Any) -> str:
    """The JSON name of a parsed value's type: what a reviewer sees in the data."""
    if value is _MISSING:
        return "missing"
    if value is None:
        return "null"
    if isinstance(value, bool):  # before int: True is an int in Python, a boolean in JSON
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _json_text(value: Any) -> str:
    if isinstance(value, _LongInteger):
        return value.digits  # as it came: json.dumps would write Infinity
    return json.dumps(value, ensure_ascii=False)


def _named_biz_id(obj: dict[str, Any]) -> str | None:
    """The biz_id a callback's data names as a string, at its top level or in biz_info (as the result reads it)."""
    info = obj.get("biz_info")
    for where in (obj, info if isinstance(info, dict) else {}):
        biz_id = where.get("biz_id")
        if isinstance(biz_id, str) and biz_id.strip():
            return biz_id
    return None


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
    # A byte-order mark (a file saved by Notepad) or a query's "?" copied with it is no part of the first field's
    # name: "?data" read as another field, and the callback as one with no data.
    text = text.strip().removeprefix(_BOM).strip().removeprefix("?")
    try:
        # Bytes that are not UTF-8 are kept as surrogates, so the field that holds them is named.
        fields = parse_form_in_steps(text, errors="surrogateescape")
    except ValueError as exc:
        raise FaceIDError.input("body", f"The callback body is not a form: {exc}") from None
    for name in ("data", "sign"):
        if name not in fields:
            found = f" (its fields: {_field_names(fields)})" if fields else ""
            raise FaceIDError.input(name, f"The callback has no {name} field{found}.", code="MISSING_ARGUMENTS")
        if len(fields[name]) != 1:
            raise _repeated(name, len(fields[name]))
        if not _is_text(fields[name][0]):
            raise FaceIDError.input(name, f"The {name} field is not UTF-8 text once percent-decoded.")
    return CallbackBody(data=fields["data"][0], sign=fields["sign"][0])


_BOM: Final = "\ufeff"
#: How much of a field's name, or of a paste, an error quotes: enough to recognise it, never megabytes.
_QUOTED_CHARS: Final = 60
_FIELDS_NAMED: Final = 10


def _quoted(text: str) -> str:
    return text if len(text) <= _QUOTED_CHARS else text[:_QUOTED_CHARS] + "…"


def _field_names(fields: dict[str, list[str]]) -> str:
    """The names a form holds, for an error that says what was found instead of data or sign."""
    names = [_quoted(name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")) for name in fields]
    return ", ".join(names[:_FIELDS_NAMED]) + (", …" if len(names) > _FIELDS_NAMED else "")


def _repeated(name: str, count: int) -> FaceIDError:
    """A callback with a field more than once, in any shape: which one counts is not for the reader to guess."""
    return FaceIDError.input(name, f"The callback has {count} {name} fields; expected one.")


def _is_text(value: str) -> bool:
    """Whether ``value`` is UTF-8 text (no lone surrogate): looked at in pieces, as a callback can be megabytes."""
    if value.isascii():
        return True
    try:
        for _piece in utf8_in_steps(value):
            pass
    except UnicodeEncodeError:
        return False
    return True


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


@dataclass(frozen=True)
class ReturnUrlOnly:
    """A pasted return_url that carries only ``biz_id`` (no signed data): look the result up instead."""

    biz_id: str


_SIGN_LENGTH = 40  # sha1 as lowercase hex
#: A labelled line: ``data: …``, ``sign=…``, or the label and its value apart by a tab or spaces (a spreadsheet's).
_LINE = re.compile(r"^\s*(data|sign)(?:\s*[:=]|\s)\s*(.*)$", re.IGNORECASE)
_HEX = re.compile(r"[0-9a-fA-F]+")
#: Where ``str.splitlines`` breaks a line.
_LINE_BREAKS: Final = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def parse_callback_paste(text: str) -> CallbackBody | ReturnUrlOnly:
    """A callback in any shape a reviewer pastes it: the form body (``data=…&sign=…``, with or without a leading
    ``?``), a JSON object ``{"data": "…", "sign": "…"}``, the two values on lines, labelled (``data: …`` /
    ``sign: …``) or plain (see ``_from_plain_lines``), or a return_url whose query (or fragment) holds them; a
    return_url with only ``biz_id`` gives ``ReturnUrlOnly``. A leading byte-order mark is no part of any of them.

    Raises FaceIDError naming the part that is missing, cut off or malformed; a paste in none of these shapes is
    refused with the start of what it holds.
    """
    text = text.strip().removeprefix(_BOM).strip()
    if not text:
        raise FaceIDError.input("body", "Nothing was pasted.", code="MISSING_ARGUMENTS")
    # The start alone lowered, and a one-line paste not split into lines: each a pass over a 5 MB callback that held
    # the interpreter lock, which the window waits for (benchmarks/responsiveness.py).
    if text[:16].lower().startswith(("http://", "https://")):
        parts = urlsplit(text)
        for query in (parts.query, parts.fragment.partition("?")[2] or parts.fragment):
            names = {unquote(field.partition("=")[0].replace("+", " ")) for field in query.split("&")}
            if "data" in names or "sign" in names:  # its values read once, by parse_callback_form, in steps
                return _checked(parse_callback_form(query))
        return ReturnUrlOnly(biz_id_from_return_url(text))
    one_line = _one_line(text)  # then in no shape on lines
    plain = None if one_line else _from_plain_lines(text)  # before JSON: data on the first line starts with "{" too
    if plain is not None:
        return _checked(plain)
    if text.startswith("{"):
        return _checked(_from_json(text))
    lines = None if one_line else _from_lines(text)
    if lines is not None:
        return _checked(lines)
    try:
        form = parse_callback_form(text)
    except FaceIDError as err:
        if err.field != "body":
            raise
        # The last shape tried, not the one pasted: "not a form: bad query field" named none of what was found.
        first_line = text.splitlines()[0].strip()
        raise FaceIDError.input("body", f"The paste is not a callback in any known shape; it begins: "
                                        f"{_quoted(first_line)}") from None
    return _checked(form)


def _from_json(text: str) -> CallbackBody:
    # json keeps the last of a key given twice: data or sign given more than once, by the id of the object read.
    repeated: dict[int, dict[str, int]] = {}

    def read(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) < len(pairs):
            names = [name for name, _value in pairs]
            repeated[id(obj)] = {name: names.count(name) for name in ("data", "sign") if names.count(name) > 1}
        return obj

    try:
        obj = _read_json(text, "body", "The pasted JSON", object_pairs_hook=read)
    except ValueError as exc:
        raise FaceIDError.input("body", f"The pasted JSON is cut off or malformed ({exc}).") from None
    if not isinstance(obj, dict):
        raise FaceIDError.input("body", "The pasted JSON is not an object with data and sign.")
    twice = repeated.get(id(obj))  # the pasted object's own keys; the last object read is the outermost
    if twice:
        raise _repeated(*next(iter(twice.items())))
    if "sign" not in obj:
        raise FaceIDError.input("sign", "The pasted JSON has no sign: paste the whole callback (data and sign).",
                                code="MISSING_ARGUMENTS")
    if "data" not in obj:
        raise FaceIDError.input("data", "The pasted JSON has no data field.", code="MISSING_ARGUMENTS")
    data, sign = obj["data"], obj["sign"]
    if not isinstance(data, str):
        # The signature covers the exact string that was posted; a re-serialised object cannot be checked.
        raise FaceIDError.input("data", "data must be the JSON string exactly as posted (quoted), not an object.")
    if not isinstance(sign, str):
        raise FaceIDError.input("sign", "sign must be a string.")
    return CallbackBody(data=data, sign=sign)


def _one_line(text: str) -> bool:
    """Whether ``text`` has none of the line breaks ``str.splitlines`` breaks at: looked for one at a time, each a
    short pass (a character another kind of string cannot hold is not looked for)."""
    return not any(line_break in text for line_break in _LINE_BREAKS)


def _from_lines(text: str) -> CallbackBody | None:
    """``data: {…}`` and ``sign: …`` (or with ``=``) on their own lines, values not percent-encoded."""
    values: dict[str, list[str]] = {}
    for line in text.splitlines():
        match = _LINE.match(line)
        if match:
            values.setdefault(match.group(1).lower(), []).append(match.group(2).strip())
    if set(values) != {"data", "sign"} or not values["data"][0].startswith("{"):
        return None
    for name in ("data", "sign"):
        if len(values[name]) > 1:
            raise _repeated(name, len(values[name]))
    return CallbackBody(data=values["data"][0], sign=values["sign"][0])


def _from_plain_lines(text: str) -> CallbackBody | None:
    """data and sign on lines of their own, unlabelled, in either order: the sign is the first or the last line when
    that line is all hexadecimal (a sha1 is 40 of them; a shorter one is then refused as a cut-off sign), and the data
    is the rest, which must start with ``{`` as FaceID's JSON does. The data is taken as pasted, any line breaks
    inside it as they are: only the whitespace around it goes, as around a labelled line's value."""
    lines = text.splitlines(keepends=True)
    if len(lines) < 2:
        return None
    for sign, rest in ((lines[-1], lines[:-1]), (lines[0], lines[1:])):
        data = "".join(rest).strip()
        if _HEX.fullmatch(sign.strip()) and data.startswith("{"):
            return CallbackBody(data=data, sign=sign.strip())
    return None


def _checked(body: CallbackBody) -> CallbackBody:
    """Refuse a cut-off sign or data before any signature check, so the error says what is wrong."""
    sign = body.sign.strip()
    if len(sign) != _SIGN_LENGTH or any(c not in "0123456789abcdefABCDEF" for c in sign):
        raise FaceIDError.input("sign", f"sign must be 40 hexadecimal characters (sha1); got {len(sign)} "
                                        "characters: the paste is cut off or not a callback signature.")
    try:
        _read_json(body.data, "data", "data")
    except ValueError as exc:
        raise FaceIDError.input("data", f"data is cut off or not JSON ({exc}).") from None
    # A JSON paste's "\ud800" is read as a lone surrogate, which no posted (UTF-8) data can hold, nor be signed over.
    if not _is_text(body.data):
        raise FaceIDError.input("data", "data is not UTF-8 text once read: it holds a lone surrogate (such as "
                                        "\\ud800 in the pasted JSON), which no data FaceID posts can hold.")
    return body
