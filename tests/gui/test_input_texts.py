"""Every input problem the library words in English reaches the window in the window's language.

The messages are read from the library's source (each ``FaceIDError.input`` and image refusal, and the
keyring's errors), so a rule added there without its text here fails this test.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from faceid_console.api import FaceIDError
from faceid_console.ui.input_texts import input_problem_text, known_problem_text

PACKAGE = Path(__file__).resolve().parents[2] / "faceid_console"
CJK = re.compile(r"[\u4e00-\u9fff]")
#: The callback inspector words the callback parser's problems itself (by field and code).
WORDED_ELSEWHERE = {"callbacks.py"}

#: A plausible value for each kind of {placeholder}, chosen by the expression's text.
SAMPLES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("strerror", "exc", "reason"), "Input/output error"),
    (("codepoint",), "U+200B"),
    (("character",), "a full-width space"),
    (("position",), "4"),
    (("hostname",), "api.example.com"),
    (("kinds",), "meglive or still"),
    (("via",), ""),
    (("format",), "GIF"),
    (("kind",), "a pipe"),
    (("path",), "/tmp/photos/a b.jpg"),
    (("size", "len(", "limit", "max", "lo", "hi", "value", "width", "height", "MAX_", "//"), "12"),
    (("field", "name"), "image_ref2"),
)


def sample_of(expression: str) -> str:
    for needles, sample in SAMPLES:
        if any(needle in expression for needle in needles):
            return sample
    raise AssertionError(f"no sample value for {{{expression}}}: add one to SAMPLES")


def module_constants(tree: ast.Module) -> dict[str, str]:
    """The module's own text constants (``CUT_OFF_REFUSAL: Final = "…"``), by name: a message may be one."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str):
            found[node.target.id] = node.value.value
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found.update({target.id: node.value.value for target in node.targets if isinstance(target, ast.Name)})
    return found


def message_of(node: ast.expr, constants: dict[str, str] | None = None) -> str | None:
    if isinstance(node, ast.Name) and constants and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif isinstance(value, ast.FormattedValue):
                parts.append(sample_of(ast.unparse(value.value)))
        return "".join(parts)
    return None


def library_messages() -> list[tuple[str, str]]:
    """(file:line, a sample message) for every input problem the library raises."""
    found = []
    files = [*sorted((PACKAGE / "api").glob("*.py")), PACKAGE / "credentials.py"]
    for path in files:
        if path.name in WORDED_ELSEWHERE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = module_constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = ast.unparse(node.func)
            if callee == "FaceIDError.input" and ("{message}" in ast.unparse(node.args[1])
                                                  or ast.unparse(node.args[1]) == "message"):
                continue  # _refuse and _Problems.refuse themselves: their callers' messages are read below
            if callee in ("FaceIDError.input", "_refuse", "problems.refuse") and len(node.args) >= 2:
                message = message_of(node.args[1], constants)
                if message is not None and callee == "_refuse":
                    message = f"image_ref2: {message}"  # as _refuse words it
            elif callee == "CredentialStoreError" and node.args:
                message = message_of(node.args[0])
            else:
                continue
            assert message is not None, f"{path.name}:{node.lineno}: a message this test cannot read"
            found.append((f"{path.name}:{node.lineno}", message))
    return found


MESSAGES = library_messages()


def test_the_library_raises_input_problems_this_test_can_see() -> None:
    assert len(MESSAGES) > 50
    assert any("plain HTTP" in message for _, message in MESSAGES)


@pytest.mark.parametrize(("where", "message"), MESSAGES, ids=[where for where, _ in MESSAGES])
def test_each_input_problem_has_the_windows_words(where: str, message: str) -> None:
    err = FaceIDError.input("image_ref2", message)
    assert known_problem_text(err) is not None, f"{where}: no rule for {message!r} in ui/input_texts.py"


@pytest.mark.parametrize(("where", "message"), MESSAGES, ids=[where for where, _ in MESSAGES])
def test_each_input_problem_is_said_in_chinese(where: str, message: str, chinese: None) -> None:
    text = input_problem_text(FaceIDError.input("image_ref2", message))
    assert CJK.search(text), f"{where}: shown in English in a zh_CN window: {text!r}"


@pytest.mark.parametrize("code", ["NO_FACE_FOUND", "MULTIPLE_FACES", "LOW_QUALITY", "IMAGE_ERROR_UNSUPPORTED_FORMAT",
                                  "INVALID_IMAGE_SIZE"])
def test_a_refusal_about_one_photo_names_that_photo(code: str, chinese: None) -> None:
    from faceid_console.api import ErrorOrigin
    from faceid_console.ui.texts import problem_text

    err = FaceIDError(code=code, detail="image_ref2", origin=ErrorOrigin.SERVICE, http_status=400)
    text = problem_text(err, "zh_CN")
    assert "第 2 张参考照片" in text and "image_ref1..3" not in text and "详情" not in text, text
    assert "2中" not in text and "2过大" not in text  # a digit never runs into the word after it
    err = FaceIDError(code="IMAGE_ERROR_UNSUPPORTED_FORMAT", detail="data_source", origin=ErrorOrigin.SERVICE)
    assert problem_text(err, "zh_CN") == "身份数据源中没有此人可用的照片。"
    unrelated = FaceIDError(code="AUTHENTICATION_ERROR", origin=ErrorOrigin.SERVICE, http_status=403)
    assert problem_text(unrelated, "zh_CN") == unrelated.explanation("zh_CN")


def test_the_system_s_reason_is_said_in_the_window_s_language(tmp_path: Path, chinese: None) -> None:
    """A photo the system cannot read: its reason (English from Python) in Chinese too; one not known, as it is."""
    from faceid_console.api.images import read_image_file

    (tmp_path / "photo.jpg").write_bytes(b"not a folder")
    with pytest.raises(FaceIDError) as refused:
        read_image_file(tmp_path / "photo.jpg" / "inside.jpg", "image")
    text = input_problem_text(refused.value)
    assert text == f"无法读取 {tmp_path / 'photo.jpg' / 'inside.jpg'}（路径中有一项不是文件夹）。", text
    unknown = FaceIDError.input("image", "image: cannot read /p.jpg: Exec format error")
    assert "Exec format error" in input_problem_text(unknown)


@pytest.mark.parametrize("pasted", ["abc\ndef", "abc\tdef", "abc\u200bdef", "abc\x01\x7fdef", "\u202eabc"])
def test_a_uuid_pasted_with_a_hidden_character_is_refused_at_its_field(qtbot, window, faces: Path,  # type: ignore[no-untyped-def]
                                                                      pasted: str) -> None:
    """It was sent, billed and kept in History exactly as pasted: another uuid than the one on screen."""
    from .helpers import fill_compare, submit_with_keyboard

    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", uuid="")
    page.uuid_edit.setText(pasted)
    page.uuid_edit.textEdited.emit(pasted)
    position = next(n for n, char in enumerate(pasted, start=1) if not char.isprintable())
    text = page.uuid_field.problem.text()
    assert text.startswith("The uuid contains a control or invisible character (U+")
    assert text.endswith(f"at position {position}); type it again.") and page.uuid_field.problem.isVisible()
    submit_with_keyboard(qtbot, window)
    assert page.last_sent is None  # nothing left the machine
    assert page.result_view.error_panel.error is not None and page.result_view.error_panel.error.field == "uuid"


@pytest.mark.parametrize(("pasted", "said"), [
    ("张\u3000三", "a full-width space (U+3000) at position 2: delete it, or type an ordinary space if the ID card "
                   "has one there."),
    ("\u200b张三\u00a0丰", "a non-breaking space (U+00A0) at position 3: delete it, or type an ordinary space if the "
                         "ID card has one there."),
    ("\u202e张三", "a text-direction mark (U+202E) at position 1: delete it, or type the character printed on the ID "
                  "card there."),
])
def test_a_name_with_a_character_it_cannot_hold_says_which_and_where(qtbot, window, pasted: str,  # type: ignore[no-untyped-def]
                                                                    said: str) -> None:
    """A non-breaking or full-width space inside a pasted name was called a "control character", and not found."""
    from .helpers import click_radio

    page = window.verify_page
    click_radio(qtbot, page.kyc_radio)
    page.name_edit.setText(pasted)
    page.name_edit.textEdited.emit(pasted)
    assert page.name_field.problem.text() == f"The name contains {said}" and page.name_field.problem.isVisible()


def test_each_character_a_name_cannot_hold_has_the_windows_words() -> None:
    """The kinds of character the library names (api/identity.py) are each translated, not shown in English."""
    from faceid_console.api.identity import validate_idcard_name
    from faceid_console.ui.input_texts import _name_characters

    kinds = set()
    for code in [*range(0x10000), 0xE0080]:
        try:
            validate_idcard_name(f"张{chr(code)}三")
        except FaceIDError as err:
            found = re.fullmatch(r"The name contains (.+) \(U\+[0-9A-F]+\) at position 2\.", err.message or "")
            assert found is not None, err.message
            kinds.add(found.group(1))
    assert len(kinds) == 11 and kinds <= set(_name_characters())


def test_a_photo_with_too_many_pixels_says_the_limit_and_what_to_do() -> None:
    """A 103-megapixel phone photo was refused as "too many pixels to be a photo", with no limit or next step."""
    from faceid_console.api.images import MAX_PIXELS

    assert round(MAX_PIXELS / 1e6) == 89  # the limit the words give when the library names none
    for message, limit in (("image: the image has too many pixels to be a photo (decompression bomb).", 89),
                           ("image: the image is 9100×11370 pixels, more than 89 megapixels: too many to be a photo "
                            "(decompression bomb).", 89),
                           ("image: the image is 20000×19000 pixels, more than 358 megapixels: too many to be a photo "
                            "(decompression bomb).", 358)):
        text = input_problem_text(FaceIDError.input("image", message))
        assert f"more than {limit} megapixels" in text and "smaller copy" in text, text
    assert input_problem_text(FaceIDError.input(
        "image", "image: the image is 9100×11370 pixels, more than 89 megapixels: too many to be a photo (decompression "
        "bomb).")).startswith("the image is 9100×11370 pixels")
