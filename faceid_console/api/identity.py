"""Identity rules of the FaceID documents: resident ID numbers, names, uuids, and masking for display."""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import Final

from .errors import FaceIDError

MAX_NAME_CHARS: Final = 32
MAX_UUID_BYTES_VERIFY: Final = 512
MAX_UUID_BYTES_BIZ_TOKEN: Final = 128
MAX_BIZ_NO_BYTES: Final = 128
#: get_token's biz_extra_data, returned with the result. The documents here give it no limit; the vendor's H5
#: get_token page gives the same field "此字段不超过4096字节", and the built-in engine refuses more (BAD_ARGUMENTS).
MAX_BIZ_EXTRA_DATA_BYTES: Final = 4096
#: Unicode categories refused inside a uuid: controls (a tab, a line break, DEL) and invisible format characters
#: (zero-width spaces, bidi overrides) a paste brings along unseen, line and paragraph separators, and lone
#: surrogates (bytes of a command line that are not UTF-8). Sent, they made another uuid than the one shown.
_HIDDEN_IN_UUID: Final = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


#: A Chinese input method's full-width digits and Ｘ, as the ASCII the card's number is (only these: NFKC would
#: also turn ①, ² or Ⅹ into digits the reviewer did not type).
_FULL_WIDTH: Final = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")


def normalize_idcard_number(number: str) -> str:
    """The number as sent: full-width digits and Ｘ made ASCII, spaces and invisible characters (a zero-width
    space pasted with it) removed, a trailing x upper-cased; does not validate."""
    return "".join(ch for ch in number.translate(_FULL_WIDTH)
                   if not ch.isspace() and unicodedata.category(ch) != "Cf").upper()


def validate_idcard_number(number: str, field: str = "idcard_number") -> str:
    """Validate an 18-character PRC resident ID number and return it normalised.

    Checks the length and characters, the region code, the birth date (a real date, not in the
    future) and the checksum, using python-stdnum. Raises FaceIDError naming ``field``.
    """
    # python-stdnum loads on the first check, not when the window starts.
    from stdnum.cn import ric
    from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError

    normalized = normalize_idcard_number(number)
    if not normalized:
        raise FaceIDError.input(field, "The ID number is empty.", code="MISSING_ARGUMENTS")
    if len(normalized) == 18 and not is_documented_idcard_format(normalized):
        raise FaceIDError.input(field, "The ID number must be 17 digits followed by a digit or X.")
    try:
        ric.validate(normalized)
    except InvalidLength:
        raise FaceIDError.input(
            field, f"The ID number must have 18 characters; it has {len(normalized)}."
        ) from None
    except InvalidFormat:
        raise FaceIDError.input(
            field, "The ID number must be 17 digits followed by a digit or X."
        ) from None
    except InvalidChecksum:
        raise FaceIDError.input(field, "The ID number's check digit is wrong; check for a typo.") from None
    except InvalidComponent:
        raise FaceIDError.input(
            field, "The ID number's region code or birth date does not exist; check for a typo."
        ) from None
    except ValidationError:
        raise FaceIDError.input(field, "The ID number is not valid.") from None
    if ric.get_birth_date(normalized) > datetime.date.today():
        raise FaceIDError.input(field, "The ID number's birth date is in the future; check for a typo.")
    return normalized


def is_documented_idcard_format(number: str) -> bool:
    """The documents' format rule only: 18 characters, 17 digits and a digit or X (either case)."""
    return (len(number) == 18 and number.isascii() and number[:17].isdigit()
            and (number[17].isdigit() or number[17] in "xX"))


#: Invisible characters a name pasted from a PDF or a web page brings along that change nothing shown (zero-width
#: space, non-joiner, joiner, word joiner, byte-order mark): dropped, as from the ID number.
_ZERO_WIDTH: Final = frozenset("\u200b\u200c\u200d\u2060\ufeff")
#: Bidi marks, embeddings, overrides and isolates: invisible, but they change the order a name is shown in.
_TEXT_DIRECTION: Final = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS: Final = frozenset("\n\v\f\r\x85\u2028\u2029")
#: Plain words for the characters a name cannot hold that a reviewer meets most, by their own code point.
_NAMED_CHARACTERS: Final = {"\t": "a tab", "\u00a0": "a non-breaking space", "\u3000": "a full-width space"}
#: Plain words for the rest, by Unicode category.
_CATEGORY_WORDS: Final = {
    "Zs": "a special space", "Cc": "a control character", "Cf": "an invisible formatting character",
    "Co": "a private-use character", "Cn": "an unassigned character", "Cs": "a byte that is not UTF-8",
}


def normalize_idcard_name(name: str) -> str:
    """The name as sent: zero-width characters removed and spaces of any kind around it trimmed (both come with a
    name copied from a PDF or a web page); does not validate."""
    return "".join(ch for ch in name if ch not in _ZERO_WIDTH).strip()


def _character_not_in_a_name(char: str) -> str | None:
    """Plain words for ``char`` when an ID card's name cannot hold it (anything not printable but the ASCII space,
    as ``str.isprintable``), such as "a full-width space"; None when it can."""
    if char.isprintable():
        return None
    if char in _LINE_BREAKS:
        return "a line break"
    if char in _TEXT_DIRECTION:
        return "a text-direction mark"
    return _NAMED_CHARACTERS.get(char) or _CATEGORY_WORDS.get(unicodedata.category(char), "a control character")


def validate_idcard_name(name: str, field: str = "idcard_name") -> str:
    """Check a name against the documents' rule (at most 32 characters, non-empty) and that it holds only characters
    printed on an ID card; return it normalised (``normalize_idcard_name``), as it is sent. A character it cannot
    hold is named with its code point and position in the normalised name (the name as the reviewer sees it)."""
    normalized = normalize_idcard_name(name)
    if not normalized:
        raise FaceIDError.input(field, "The name is empty.", code="MISSING_ARGUMENTS")
    if len(normalized) > MAX_NAME_CHARS:
        raise FaceIDError.input(
            field, f"The name has {len(normalized)} characters; at most {MAX_NAME_CHARS} are allowed."
        )
    for position, char in enumerate(normalized, start=1):
        character = _character_not_in_a_name(char)
        if character is not None:
            codepoint = f"U+{ord(char):04X}"
            raise FaceIDError.input(field, f"The name contains {character} ({codepoint}) at position {position}.")
    return normalized


def validate_uuid(uuid: str, max_bytes: int, field: str = "uuid") -> str:
    """Check a caller-chosen user id: non-empty, no control or invisible character, at most ``max_bytes`` bytes of
    UTF-8. Spaces around it are the caller's to strip (the window does; a uuid may hold spaces)."""
    if not uuid.strip():
        raise FaceIDError.input(field, "The uuid is empty.", code="MISSING_ARGUMENTS")
    for position, char in enumerate(uuid, start=1):
        if unicodedata.category(char) in _HIDDEN_IN_UUID:
            codepoint = f"U+{ord(char):04X}"
            raise FaceIDError.input(
                field, f"The uuid contains a control or invisible character: {codepoint} at position {position}."
            )
    size = len(uuid.encode("utf-8"))
    if size > max_bytes:
        raise FaceIDError.input(field, f"The uuid is {size} bytes long; at most {max_bytes} bytes are allowed.")
    return uuid


def mask_idcard_number(number: str) -> str:
    """Mask an ID number for display and export: the first 3 and last 4 characters stay visible."""
    n = normalize_idcard_number(number)
    if len(n) <= 7:
        return "*" * len(n)
    return n[:3] + "*" * (len(n) - 7) + n[-4:]


def mask_name(name: str) -> str:
    """Mask a name for display and export, keeping the first character (and the last of longer names).

    "张三" → "张*", "张三丰" → "张*丰", "John Smith" → "J********h".
    """
    n = name.strip()
    if len(n) <= 1:
        return n
    if len(n) == 2:
        return n[0] + "*"
    return n[0] + "*" * (len(n) - 2) + n[-1]


def mask_uuid(uuid: str) -> str:
    """Mask a uuid for display and export: from 8 characters on, a quarter of it (at most 4 characters) at each end,
    so that at least half stays hidden and two applicants' uuids still differ where they usually do, at the end;
    a shorter one keeps its first 4 characters only."""
    if len(uuid) <= 4:
        return "*" * len(uuid)
    if len(uuid) < 8:
        return uuid[:4] + "…"
    kept = min(4, len(uuid) // 4)
    return uuid[:kept] + "…" + uuid[-kept:]


def mask_identifiers_in(text: str, *, name: str, idcard_number: str, uuid: str) -> str:
    """``text`` (a reviewer's note) with each occurrence of the applicant's ``name``, ``idcard_number`` and ``uuid``
    replaced by its masked form, as their own columns show it: found in any case, and the ID number also with spaces
    in it (often written in groups)."""
    folded = text.casefold()
    unspaced = "".join(folded.split())
    found: list[tuple[str, str, str]] = []  # (value, its pattern, its masked form)
    name, number = name.strip(), idcard_number
    if name and name.casefold() in folded:
        found.append((name, re.escape(name), mask_name(name)))
    if number and number.casefold() in unspaced:
        found.append((number, r"\s*".join(map(re.escape, number)), mask_idcard_number(number)))
    if uuid.strip() and uuid.casefold() in folded:
        found.append((uuid, re.escape(uuid), mask_uuid(uuid)))
    if not found:  # most notes name none: no pattern compiled for them
        return text
    # The longest first: of two found at one place (a uuid made of the ID number), the longer is masked whole.
    found.sort(key=lambda item: len(item[0]), reverse=True)
    pattern = re.compile("|".join(f"({p})" for _, p, _ in found), re.IGNORECASE)
    return pattern.sub(lambda m: found[(m.lastindex or 1) - 1][2], text)
