from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from faceid_console.api.errors import ErrorOrigin, FaceIDError
from faceid_console.api.identity import (
    MAX_UUID_BYTES_BIZ_TOKEN,
    MAX_UUID_BYTES_VERIFY,
    is_documented_idcard_format,
    mask_idcard_number,
    mask_name,
    mask_uuid,
    normalize_idcard_name,
    validate_idcard_name,
    validate_idcard_number,
    validate_uuid,
)


def test_valid_numbers_normalise() -> None:
    assert validate_idcard_number("11010519491231002x") == "11010519491231002X"
    assert validate_idcard_number(" 3604 2619 9101 0100 71 ") == "360426199101010071"
    assert validate_idcard_number("１１０１０５１９４９１２３１００２ｘ") == "11010519491231002X"  # full-width, as typed in Chinese
    assert validate_idcard_number("\u200b11010519491231002X\ufeff") == "11010519491231002X"  # invisible, from a paste


def with_check_digit(body17: str) -> str:
    from stdnum.cn import ric

    return body17 + ric.calc_check_digit(body17 + "0")


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("1101051949123100", "18 characters"),
        ("11010519491231002Y", "17 digits"),
        ("110105194912310021", "check digit"),
        (with_check_digit("11010519490230002"), "birth date"),   # 30 February
        (with_check_digit("99010519491231002"), "region code"),
        ("", "empty"),
    ],
)
def test_invalid_numbers_are_refused_naming_the_field(number: str, fragment: str) -> None:
    with pytest.raises(FaceIDError) as err:
        validate_idcard_number(number)
    assert err.value.field == "idcard_number"
    assert fragment in err.value.message


def test_future_birth_date_is_refused() -> None:
    year = datetime.date.today().year + 1
    number = with_check_digit(f"110105{year}0101001")
    with pytest.raises(FaceIDError) as err:
        validate_idcard_number(number)
    assert "future" in err.value.message


def test_documented_format_rule() -> None:
    assert is_documented_idcard_format("11010519491231002x")
    assert not is_documented_idcard_format("1101051949123100")
    assert not is_documented_idcard_format("X10105194912310021")
    assert not is_documented_idcard_format("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X")  # digits, but not the card's: refused, not sent
    for look_alike in ("①1010519491231002X", "11010519491231002Ⅹ", "1101051949123100²X"):
        with pytest.raises(FaceIDError):  # not silently read as the digits they resemble
            validate_idcard_number(look_alike)


def test_names() -> None:
    assert validate_idcard_name(" 张三 ") == "张三"
    assert validate_idcard_name("名" * 32) == "名" * 32
    with pytest.raises(FaceIDError) as err:
        validate_idcard_name("名" * 33)
    assert err.value.field == "idcard_name" and "33" in err.value.message
    with pytest.raises(FaceIDError):
        validate_idcard_name("bad\x00name")


@pytest.mark.parametrize(("pasted", "sent"), [
    ("张三\u200b", "张三"),                       # a zero-width space after it, from a web page
    ("\u00a0张三\u3000", "张三"),                 # a non-breaking and a full-width space around it, from a PDF
    ("\ufeff 张\u200d三\u2060 \u200c", "张三"),  # a byte-order mark, joiners: invisible wherever they are
    ("JOHN SMITH", "JOHN SMITH"),
])
def test_a_name_is_sent_without_zero_width_characters_and_spaces_around_it(pasted: str, sent: str) -> None:
    """Pasted from a PDF or a web page, it was refused as holding "control characters", which none of these are."""
    assert validate_idcard_name(pasted) == sent and normalize_idcard_name(pasted) == sent


@pytest.mark.parametrize(("pasted", "said"), [
    ("张三\u00a0丰", "a non-breaking space (U+00A0) at position 3"),
    ("张\u3000三", "a full-width space (U+3000) at position 2"),
    ("John\tSmith", "a tab (U+0009) at position 5"),
    ("\u200b 张\u2009三", "a special space (U+2009) at position 2"),  # counted in the name as shown
    ("张三\n丰", "a line break (U+000A) at position 3"),
    ("\u202e张三", "a text-direction mark (U+202E) at position 1"),   # shows 三张, would send 张三
    ("bad\x00name", "a control character (U+0000) at position 4"),
    ("张\u00ad三", "an invisible formatting character (U+00AD) at position 2"),
    ("张\ue000", "a private-use character (U+E000) at position 2"),  # a rare character in a PDF's own font
    ("张\U000e0080", "an unassigned character (U+E0080) at position 2"),
    ("张\udcff", "a byte that is not UTF-8 (U+DCFF) at position 2"),  # from a command line
])
def test_a_character_a_name_cannot_hold_is_named_with_its_position(pasted: str, said: str) -> None:
    with pytest.raises(FaceIDError) as err:
        validate_idcard_name(pasted)
    assert err.value.field == "idcard_name" and err.value.origin is ErrorOrigin.INPUT
    assert err.value.message == f"The name contains {said}."


def test_uuid_byte_limits() -> None:
    assert validate_uuid("a" * 512, 512)
    with pytest.raises(FaceIDError) as err:
        validate_uuid("a" * 513, 512)
    assert err.value.field == "uuid"
    with pytest.raises(FaceIDError):
        validate_uuid("码" * 43, 128)  # 129 bytes of UTF-8


@pytest.mark.parametrize(("pasted", "hidden"), [
    ("abc\ndef", "U+000A at position 4"),
    ("abc\tdef", "U+0009 at position 4"),
    ("abc\u200bdef", "U+200B at position 4"),       # zero-width space
    ("abc\x01\x7fdef", "U+0001 at position 4"),     # the first of them
    ("\u202eabc", "U+202E at position 1"),           # right-to-left override: shown reversed, sent as typed
    ("abc\ufeff", "U+FEFF at position 4"),           # a byte-order mark copied from a file
    ("abc\u2028def", "U+2028 at position 4"),        # line separator
    ("abc\udcffdef", "U+DCFF at position 4"),        # a command line's byte that is not UTF-8
])
def test_a_uuid_with_a_control_or_invisible_character_is_refused_naming_it(pasted: str, hidden: str) -> None:
    """Sent as pasted, it was billed and stored under another uuid than the one the reviewer sees."""
    for limit in (MAX_UUID_BYTES_VERIFY, MAX_UUID_BYTES_BIZ_TOKEN):
        with pytest.raises(FaceIDError) as err:
            validate_uuid(pasted, limit)
        assert err.value.field == "uuid" and err.value.origin is ErrorOrigin.INPUT
        assert err.value.message == f"The uuid contains a control or invisible character: {hidden}."


@pytest.mark.parametrize("uuid", ["applicant 7", "用户-７", "a\u00a0b", "😀-1", "é"])
def test_visible_characters_and_spaces_are_a_uuid(uuid: str) -> None:
    assert validate_uuid(uuid, MAX_UUID_BYTES_VERIFY) == uuid


def test_the_command_line_refuses_such_a_uuid_with_the_same_reason(capsys: pytest.CaptureFixture[str],
                                                                  faces: Path) -> None:
    from faceid_console import cli

    code = cli.main(["verify", "--json", "--base-url", "http://127.0.0.1:9", "--comparison-type", "0",
                     "--uuid", "abc\u200bdef", "--image", str(faces / "obama_1.jpg"),
                     "--image-ref1", str(faces / "obama_2.jpg")])
    error = json.loads(capsys.readouterr().out)["error"]
    assert code == cli.EXIT_INPUT_ERROR and error["detail"] == "uuid" and error["origin"] == "input"
    assert error["message"] == "The uuid contains a control or invisible character: U+200B at position 4."
    assert error["billed"] is False


def test_the_command_line_adds_a_pasted_name_to_the_registry_as_the_window_sends_it(
        capsys: pytest.CaptureFixture[str], faces: Path, tmp_path: Path) -> None:
    """The engine's registry compares names exactly: one stored with a zero-width space would match no verify."""
    from faceid_console import cli

    add = ["engine", "registry", "add", "--data-dir", str(tmp_path), "--idcard-number", "11010519491231002X",
           "--photo", str(faces / "obama_3.jpg"), "--idcard-name"]
    assert cli.main([*add, "\u00a0奥巴马\u200b"]) == cli.EXIT_OK
    assert json.loads(capsys.readouterr().out)["idcard_name"] == "奥巴马"
    assert cli.main([*add, "奥\u3000巴马"]) == cli.EXIT_INPUT_ERROR
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["detail"] == "idcard_name"
    assert error["message"] == "The name contains a full-width space (U+3000) at position 2."


def test_masking() -> None:
    assert mask_idcard_number("11010519491231002X") == "110***********002X"
    assert mask_name("张三") == "张*"
    assert mask_name("张三丰") == "张*丰"
    assert mask_name("John Smith") == "J********h"
    assert mask_uuid("U-same") == "U-sa…"
    # At volume, "user…" told no applicant from another: the end, where ids usually differ, shows too.
    assert mask_uuid("user-12345") == "us…45"
    assert mask_uuid("applicant-0042") == "app…042"
    assert mask_uuid("3f2a5c7e-0b1d-4e8f-9a6b-2c4d6e8f9c1e") == "3f2a…9c1e"
