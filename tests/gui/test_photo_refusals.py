"""Every way a chosen photo file can be refused reaches the reviewer in the window's language, naming the file."""

from __future__ import annotations

import io
import os
import re
import socket
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication

from faceid_console.api import FaceIDError
from faceid_console.api.images import MAX_SOURCE_BYTES, prepare_image, read_image_file
from faceid_console.ui.input_texts import input_problem_text, known_problem_text

from ..conftest import FACES
from ..damaged_photos import closed_again, damaged_photos
from ..hostile.corpus import jpeg_with_sof_size

CJK = re.compile(r"[\u4e00-\u9fff]")


def jpeg(size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (120, 90, 60)).save(out, "JPEG")
    return out.getvalue()


def make_folder(tmp: Path) -> Path:
    (tmp / "photos").mkdir()
    return tmp / "photos"


def make_broken_link(tmp: Path) -> Path:
    (tmp / "gone.jpg").symlink_to(tmp / "deleted.jpg")
    return tmp / "gone.jpg"


def make_pipe(tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe.jpg")
    return tmp / "pipe.jpg"


def make_socket(tmp: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp / "sock.jpg"))
    server.close()
    return tmp / "sock.jpg"


def make_huge(tmp: Path) -> Path:
    with (tmp / "huge.jpg").open("wb") as file:
        file.truncate(MAX_SOURCE_BYTES + 1)  # sparse: nothing is written
    return tmp / "huge.jpg"


def write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        (tmp / name).write_bytes(data)
        return tmp / name
    return make


def gif() -> bytes:
    out = io.BytesIO()
    Image.new("P", (8, 8)).save(out, "GIF")
    return out.getvalue()


def bomb() -> bytes:
    """A PNG that declares 30000 × 30000 pixels: its header alone, no image in memory to make it."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 30_000, 30_000, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


CASES: dict[str, Callable[[Path], Path]] = {
    "missing": lambda tmp: tmp / "never-saved.jpg",
    "folder": make_folder,
    "broken link": make_broken_link,
    "pipe": make_pipe,
    "socket": make_socket,
    "device": lambda tmp: Path("/dev/null"),
    "too large": make_huge,
    "empty": write("empty.jpg", b""),
    "not an image": write("notes.jpg", b"this is not a photo"),
    "truncated": write("cut.jpg", jpeg((640, 480))[:2000]),
    # A real photo cut at 60 % and ended again: Pillow decodes it without a word, its rest grey.
    "cut off": write("cut-off.jpg", closed_again((FACES / "obama_1.jpg").read_bytes(), 0.6)),
    "gif": write("anim.gif", gif()),
    "bomb": write("bomb.png", bomb()),  # a few bytes: built at import costs nothing
    # A JPEG is decoded scaled down up to ~358 MP; its frame header claims more.
    "jpeg bomb": write("bomb.jpg", jpeg_with_sof_size(jpeg(), 20_000, 19_000)),
}


def refusal(path: Path) -> FaceIDError:
    """What the photo slot gets for ``path``: reading it, then preparing it as it would be sent."""
    with pytest.raises(FaceIDError) as caught:
        prepare_image(read_image_file(path, "image_ref2"), "image_ref2")
    return caught.value


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_refusal_is_said_in_chinese_and_names_the_file(case: str, tmp_path: Path, chinese: None) -> None:
    path = CASES[case](tmp_path)
    err = refusal(path)
    assert err.field == "image_ref2" and err.message.startswith("image_ref2: "), err.message
    text = input_problem_text(err)
    assert CJK.search(text), f"{case}: shown untranslated: {text}"
    assert "image_ref2" not in text  # the slot says which photo; the text says what is wrong with it
    if case in ("missing", "folder", "broken link", "pipe", "socket", "device"):
        assert str(path) in text
    if case == "too large":
        assert path.name in text and "200 MB" in text
    if case in ("bomb", "jpeg bomb"):  # the limit in the unit the other words use: 万像素 ("358 百万像素" read oddly)
        assert ("8900 万像素" if case == "bomb" else "35800 万像素") in text, text


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_refusal_is_a_known_rule(case: str, tmp_path: Path) -> None:
    """A message no rule knows would reach the window as the library's raw English, field prefix and all."""
    err = refusal(CASES[case](tmp_path))
    assert known_problem_text(err) is not None, err.message


@pytest.mark.parametrize("case", [name for name, _ in damaged_photos(FACES)])
def test_a_damaged_file_is_said_to_be_so_in_chinese_with_no_words_of_pillow(case: str, chinese: None) -> None:
    """A JPEG cut to 300 bytes read '无法读取该图像（Truncated File Read）': the image library's English inside."""
    with pytest.raises(FaceIDError) as caught:
        prepare_image(dict(damaged_photos(FACES))[case], "image_ref2")
    text = input_problem_text(caught.value)
    assert text in ("文件不完整或已损坏。",
                    QCoreApplication.translate("InputTexts", "the file is cut off: only part of the picture is there."))
    assert CJK.search(text), text
