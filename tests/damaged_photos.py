"""Real photos (tests/data/faces) broken as files break: cut short at many lengths (and closed again by the tool that
saved them), a wrong byte, a checksum, a pointer past the end. Pillow's reasons for each differ; the reviewer reads a
plain reason for each of them."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

from PIL import Image


def encoded(faces: Path, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    with Image.open(faces / "obama_small.jpg") as source:
        source.convert("RGB").save(out, fmt, **options)
    return out.getvalue()


def replaced(data: bytes, at: int, new: bytes) -> bytes:
    return data[:at] + new + data[at + len(new):]


def png_chunk(png: bytes, kind: bytes) -> tuple[int, int]:
    """Where the first chunk of ``kind`` starts, and its data's length."""
    at = 8
    while at < len(png):
        length = struct.unpack(">I", png[at:at + 4])[0]
        if png[at + 4:at + 8] == kind:
            return at, length
        at += 12 + length
    raise KeyError(kind)


def tiff_entry(tiff: bytes, tag: int) -> int:
    """Where the first directory's entry for ``tag`` starts (little-endian TIFF, as Pillow writes it)."""
    directory = struct.unpack("<I", tiff[4:8])[0]
    for n in range(struct.unpack("<H", tiff[directory:directory + 2])[0]):
        at = directory + 2 + 12 * n
        if struct.unpack("<H", tiff[at:at + 2])[0] == tag:
            return at
    raise KeyError(tag)


def png_chunk_bytes(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def closed_again(jpeg: bytes, fraction: float) -> bytes:
    """A JPEG cut at ``fraction`` of its bytes and given its end marker again (a download or copy broken off by a tool
    that then closed the file): its frame header still claims every row. Pillow decodes it, the rest grey."""
    return jpeg[:int(len(jpeg) * fraction)] + b"\xff\xd9"


def png_closed_again(png: bytes, fraction: float) -> bytes:
    """A PNG cut at ``fraction`` of its bytes and given its end chunk again."""
    return png[:int(len(png) * fraction)] + png_chunk_bytes(b"IEND", b"")


def png_with_rows_missing(png: bytes, fraction: float) -> bytes:
    """A PNG whose header claims every row while its image data, a whole zlib stream, holds only ``fraction`` of them:
    Pillow ends at the stream's end and leaves the rest black (transparent, so white once flattened)."""
    at, length = png_chunk(png, b"IHDR")
    header = png[at + 8:at + 8 + length]
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert interlace == 0 and depth == 8, "a plain 8-bit PNG is cut here"
    samples = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    stream = b""
    at = 8
    while at < len(png):
        length = struct.unpack(">I", png[at:at + 4])[0]
        if png[at + 4:at + 8] == b"IDAT":
            stream += png[at + 8:at + 8 + length]
        at += 12 + length
    rows = zlib.decompress(stream)[:int(height * fraction) * (1 + width * samples)]
    return (png[:8] + png_chunk_bytes(b"IHDR", header) + png_chunk_bytes(b"IDAT", zlib.compress(rows))
            + png_chunk_bytes(b"IEND", b""))


def damaged_photos(faces: Path) -> Iterator[tuple[str, bytes]]:
    """(what was done, the file's bytes) for files of every accepted format that are truncated or damaged."""
    jpeg = (faces / "obama_1.jpg").read_bytes()
    for cut in (3, 8, 20, 100, 300, 1000, len(jpeg) // 2, len(jpeg) - 2):
        yield f"jpeg cut to {cut} bytes", jpeg[:cut]
    progressive = encoded(faces, "JPEG", progressive=True)
    for cut in (300, len(progressive) * 2 // 3):
        yield f"progressive jpeg cut to {cut} bytes", progressive[:cut]
    yield "jpeg cut at 60 % and closed again", closed_again(jpeg, 0.6)
    yield "progressive jpeg cut at 40 % and closed again", closed_again(progressive, 0.4)
    png = (faces / "alex_2.png").read_bytes()
    for cut in (20, 40, 100, 300, len(png) // 2):
        yield f"png cut to {cut} bytes", png[:cut]
    yield "png cut at 60 % and closed again", png_closed_again(png, 0.6)
    yield "png whose rows stop at 60 %", png_with_rows_missing(png, 0.6)
    idat, length = png_chunk(png, b"IDAT")
    yield "png whose header's checksum is wrong", replaced(png, 8 + 8 + 13, bytes(4))
    yield "png with a chunk type that is not letters", replaced(png, idat + 4, b"\x1a\xfb\xd9g")
    yield "png whose image data claims to be longer", replaced(png, idat, struct.pack(">I", length + 5000))
    yield "png with bytes of its image data changed", replaced(png, idat + 8 + length // 2, bytes(4))
    bmp = encoded(faces, "BMP")
    for cut in (10, 30, 100, len(bmp) // 2):
        yield f"bmp cut to {cut} bytes", bmp[:cut]
    webp = encoded(faces, "WEBP")
    for cut in (16, 30, 100, len(webp) // 2):
        yield f"webp cut to {cut} bytes", webp[:cut]
    lossless = encoded(faces, "WEBP", lossless=True)
    yield "lossless webp with its data zeroed", replaced(lossless, len(lossless) // 3, bytes(64))
    for compression in ("raw", "tiff_lzw", "tiff_adobe_deflate", "jpeg"):
        tiff = encoded(faces, "TIFF", compression=compression)
        yield f"{compression} tiff cut in half", tiff[:len(tiff) // 2]
        yield f"{compression} tiff whose directory is past its end", replaced(tiff, 4, struct.pack("<I", len(tiff)))
        yield f"{compression} tiff with no rows per strip", replaced(tiff, tiff_entry(tiff, 278) + 8, bytes(4))
