"""The hostile corpus (issue 10): files an attacker or a careless user would hand the console.

Generated, not checked in: ``build_corpus(folder, face)`` writes every file from one real face photo
with Pillow, numpy and the standard library, and returns what each one is and what must happen:

- ``face``: a photo of the applicant in an unusual encoding; every path must find the face and score
  it as the same person as the reference (anything else is a silent wrong answer);
- ``no_face``: a valid picture without a face; a result or NO_FACE_FOUND, never a crash;
- ``refused``: not a usable photo; a clear error naming the field;
- ``either``: damaged data that may decode to something or not: a result or a clear error.

Run ``python -m tests.hostile.corpus DIR`` to write the corpus to DIR and list it.
"""

from __future__ import annotations

import inspect
import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
from PIL import Image, ImageCms

from ..damaged_photos import closed_again, png_with_rows_missing

Expect = Literal["face", "no_face", "refused", "either"]

MAX_UPLOAD = 2 * 1024 * 1024


@dataclass(frozen=True)
class HostileCase:
    """One hostile input and what each path must make of it."""

    name: str
    path: Path
    #: What the client (prepare_image, the CLI) must do.
    client: Expect
    #: What the engine must do with the raw bytes (None: nothing to upload, e.g. a folder).
    engine: Expect | Literal["too_large"] | None
    note: str = ""


def _save(image: Image.Image, fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **kw)
    return buf.getvalue()


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def _png_declaring(width: int, height: int, rows: bytes = b"") -> bytes:
    """A PNG whose header declares ``width``×``height`` (1-bit gray) with little or no data."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(rows))
            + _png_chunk(b"IEND", b""))


def _png_bomb(side: int) -> bytes:
    """A real 1-bit PNG of side×side zeros: a small file that decodes to hundreds of megapixels."""
    row = b"\x00" + bytes((side + 7) // 8)
    compressor = zlib.compressobj(1)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", data) + _png_chunk(b"IEND", b"")


def jpeg_with_sof_size(jpeg: bytes, width: int, height: int) -> bytes:
    """The same JPEG with its frame header claiming another size."""
    at = jpeg.find(b"\xff\xc0")
    return jpeg[: at + 5] + struct.pack(">HH", height, width) + jpeg[at + 9 :]


def _with_segments(jpeg: bytes, segments: list[bytes]) -> bytes:
    """Insert marker segments right after SOI."""
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _padded_to(jpeg: bytes, size: int) -> bytes:
    """A JPEG grown to exactly ``size`` bytes with comment (COM) segments."""
    need = size - len(jpeg)
    segments = []
    while need > 0:
        body = min(need - 4, 65533)
        if body < 0:  # fewer than 4 bytes to add cannot make a segment: shrink the previous one
            raise ValueError("cannot pad by fewer than 4 bytes")
        if 0 < need - (body + 4) < 4:
            body -= 4
        segments.append(_segment(0xFE, b"p" * body))
        need -= body + 4
    out = _with_segments(jpeg, segments)
    assert len(out) == size, (len(out), size)
    return out


def _exif_oriented(face: Image.Image, orientation: int) -> bytes:
    """A JPEG whose stored pixels are transformed so that honouring ``orientation`` shows ``face`` upright."""
    # The transform that EXIF orientation N undoes (Pillow's exif_transpose applies the inverse).
    stored = {
        1: face, 2: face.transpose(Image.Transpose.FLIP_LEFT_RIGHT), 3: face.transpose(Image.Transpose.ROTATE_180),
        4: face.transpose(Image.Transpose.FLIP_TOP_BOTTOM), 5: face.transpose(Image.Transpose.TRANSPOSE),
        6: face.transpose(Image.Transpose.ROTATE_90), 7: face.transpose(Image.Transpose.TRANSVERSE),
        8: face.transpose(Image.Transpose.ROTATE_270),
    }[orientation]
    exif = Image.Exif()
    exif[0x0112] = orientation
    return _save(stored, "JPEG", quality=90, exif=exif.tobytes())


def _large_srgb_profile(size: int) -> bytes:
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile += bytes(size - len(profile))
    profile[0:4] = len(profile).to_bytes(4, "big")
    return bytes(profile)


def build_corpus(folder: Path, face_photo: Path, *, write: bool = True) -> list[HostileCase]:
    """Write the hostile corpus into ``folder`` from one face photo; returns the cases.

    ``write=False`` only lists the cases (for test collection), without making any file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    face = Image.open(face_photo).convert("RGB")
    face.thumbnail((640, 640))
    jpeg = _save(face, "JPEG", quality=90)
    rng = np.random.default_rng(10)
    wall = Image.fromarray(rng.normal(128, 12, (480, 640, 3)).clip(0, 255).astype(np.uint8))
    gray16 = (np.asarray(face.convert("L"), dtype=np.uint16) * 257).astype(np.uint16)
    as_float = np.asarray(face.convert("L"), dtype=np.float32)
    nan_float = as_float.copy()
    nan_float[0, 0], nan_float[0, 1], nan_float[1, 0] = np.nan, np.inf, -np.inf
    cases: list[HostileCase] = []

    def add(name: str, data: Callable[..., object], client: Expect,
            engine: Expect | Literal["too_large"] | None, note: str = "") -> None:
        """``data()`` makes the file's bytes, or ``data(path)`` makes a file-system object there."""
        path = folder / name
        if write:
            if any(p.default is p.empty for p in inspect.signature(data).parameters.values()):
                data(path)
            else:
                made = data()
                assert isinstance(made, bytes)
                path.write_bytes(made)
        cases.append(HostileCase(name, path, client, engine, note))

    # --- damaged JPEGs
    add("truncated_half.jpg", lambda: jpeg[: len(jpeg) // 2], "refused", "refused", "cut in the middle of the scan")
    add("truncated_header.jpg", lambda: jpeg[:300], "refused", "refused", "cut inside the headers")
    add("cut_and_closed_again.jpg", lambda: closed_again(jpeg, 0.6), "refused", "refused",
        "cut at 60 % and ended again by its end marker: decoded, the rest is grey")
    add("png_rows_missing.png", lambda: png_with_rows_missing(_save(face, "PNG"), 0.6), "refused", "refused",
        "a whole zlib stream of 60 % of the rows the header claims: decoded, the rest is black")
    add("soi_only.jpg", lambda: b"\xff\xd8", "refused", "refused")
    corrupt = bytearray(jpeg)
    for at in range(len(jpeg) // 3, len(jpeg) // 3 + 4000, 97):
        corrupt[at] ^= 0x5A
    add("corrupt_scan.jpg", lambda: bytes(corrupt), "either", "either", "bit flips in the entropy-coded data")
    add("bad_marker.jpg", lambda: jpeg[:2] + b"\xff\x00\x00\x02" + jpeg[2:], "either", "either", "an invalid marker")
    add("trailing_garbage.jpg", lambda: jpeg + rng.integers(0, 255, 200_000, dtype=np.uint8).tobytes(), "face", "face")
    add("two_eoi.jpg", lambda: jpeg + jpeg, "face", "face", "a JPEG followed by another")
    # --- sizes
    add("png_bomb_20k.png", lambda: _png_bomb(20_000), "refused", "refused", "400 megapixels of zeros in a small file")
    add("png_declares_100k.png", lambda: _png_declaring(100_000, 100_000), "refused", "refused", "IHDR claims 100000²")
    add("png_declares_zero.png", lambda: _png_declaring(0, 0), "refused", "refused", "IHDR claims 0×0")
    add("jpeg_declares_65500.jpg", lambda: jpeg_with_sof_size(jpeg, 65500, 65500), "refused", "refused")
    add("jpeg_declares_108mp.jpg", lambda: jpeg_with_sof_size(jpeg, 12000, 9000), "either", "refused",
        "a 108 MP frame header over a small photo's scan: decoded at 1/2 scale, never whole")
    add("one_pixel.png", lambda: _save(Image.new("RGB", (1, 1), "white"), "PNG"), "no_face", "no_face")
    add("one_pixel.jpg", lambda: _save(Image.new("RGB", (1, 1), "white"), "JPEG"), "no_face", "no_face")
    wide = Image.new("RGB", (4097, 1000), (200, 200, 200))
    wide.paste(face.resize((face.width * 1000 // face.height, 1000)), (1500, 0))
    add("wide_4097.jpg", lambda: _save(wide, "JPEG", quality=85), "face", "refused", "over the 4096 px limit")
    tall = Image.new("RGB", (800, 4096), (200, 200, 200))
    tall.paste(face, (0, 1000))
    add("tall_4096.png", lambda: _save(tall, "PNG"), "face", "face", "exactly 4096 px tall")
    add("exactly_2mb.jpg", lambda: _padded_to(jpeg, MAX_UPLOAD), "face", "face", "2,097,152 bytes")
    add("2mb_plus_1.jpg", lambda: _padded_to(jpeg, MAX_UPLOAD + 1), "face", "too_large", "2,097,153 bytes")
    add("noise_12mp.jpg", lambda: _save(Image.fromarray(rng.integers(0, 255, (3000, 4000, 3), dtype=np.uint8)), "JPEG",
                                quality=95), "no_face", "too_large", "incompressible 12 MP noise")
    # --- colour modes and bit depths
    add("cmyk.jpg", lambda: _save(face.convert("CMYK"), "JPEG", quality=90), "face", "face")
    add("grayscale.jpg", lambda: _save(face.convert("L"), "JPEG", quality=90), "face", "face")
    add("gray16.png", lambda: _save(Image.fromarray(gray16), "PNG"), "face", "face", "16-bit grayscale")
    add("one_bit.png", lambda: _save(face.convert("1"), "PNG"), "either", "either", "dithered 1-bit")
    palette = face.convert("P", palette=Image.Palette.ADAPTIVE, colors=255)
    palette.info["transparency"] = 0
    add("palette_alpha.png", lambda: _save(palette, "PNG", transparency=0), "face", "face")
    rgba = face.convert("RGBA")
    rgba.putalpha(200)
    add("rgba.png", lambda: _save(rgba, "PNG"), "face", "face")
    add("la.png", lambda: _save(face.convert("LA"), "PNG"), "face", "face")
    add("float.tif", lambda: _save(Image.fromarray(as_float, mode="F"), "TIFF"), "face", "face", "32-bit float pixels")
    add("float_nan_inf.tif", lambda: _save(Image.fromarray(nan_float, mode="F"), "TIFF"), "face", "face",
        "float pixels with NaN and ±Inf")
    add("int32.tif", lambda: _save(Image.fromarray(as_float.astype(np.int32) * 1000, mode="I"), "TIFF"), "face", "either")
    add("ycbcr.jpg", lambda: _save(face, "JPEG", quality=90, subsampling=0), "face", "face")
    # --- formats
    add("progressive.jpg", lambda: _save(face, "JPEG", quality=90, progressive=True), "face", "face")
    add("webp_lossy.webp", lambda: _save(face, "WEBP", quality=80), "face", "face")
    add("webp_lossless.webp", lambda: _save(face, "WEBP", lossless=True), "face", "face")
    add("bmp.bmp", lambda: _save(face, "BMP"), "face", "face")
    add("tiff_lzw.tif", lambda: _save(face, "TIFF", compression="tiff_lzw"), "face", "face")
    small = face.resize((face.width // 4, face.height // 4))
    frames = [small, small.transpose(Image.Transpose.FLIP_LEFT_RIGHT)]
    add("animated.gif", lambda: _save(frames[0], "GIF", save_all=True, append_images=frames[1:]), "refused", "refused")
    add("animated.webp", lambda: _save(frames[0], "WEBP", save_all=True, append_images=frames[1:]), "face", "face")
    add("icon.ico", lambda: _save(face, "ICO", sizes=[(64, 64)]), "refused", "refused")
    add("photo.heic", lambda: b"this is not a HEIC photo\n" * 10, "refused", "refused", "text named .heic")
    add("drawing.svg", lambda: b'<svg xmlns="http://www.w3.org/2000/svg" width="9999" height="9999"><circle r="9"/></svg>',
        "refused", "refused")
    add("document.pdf", lambda: _save(face, "PDF"), "refused", "refused")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("photo.jpg", jpeg)
    add("photos.zip", archive.getvalue, "refused", "refused")
    add("empty.jpg", lambda: b"", "refused", "refused", "0 bytes")
    add("text.jpg", lambda: b"GIF89a but not really\n" * 50, "refused", "refused")
    add("wall.png", lambda: _save(wall, "PNG"), "no_face", "no_face", "a photo of a wall")
    # --- metadata
    add("huge_icc_garbage.jpg", lambda: _save(face, "JPEG", quality=90, icc_profile=rng.integers(
        0, 255, 2_500_000, dtype=np.uint8).tobytes()), "face", "too_large", "2.5 MB ICC profile, not a profile")
    add("huge_icc_valid.jpg", lambda: _save(face, "JPEG", quality=90, icc_profile=_large_srgb_profile(2_500_000)),
        "face", "too_large", "a valid sRGB profile padded to 2.5 MB")
    add("icc_1mb.jpg", lambda: _save(face, "JPEG", quality=90, icc_profile=_large_srgb_profile(1_000_000)), "face", "face")
    big_exif = Image.Exif()
    big_exif[0x010E] = "x" * 60_000  # ImageDescription filling the 64 KB APP1 segment
    add("huge_exif.jpg", lambda: _save(face, "JPEG", quality=90, exif=big_exif.tobytes()), "face", "face")
    add("many_app_segments.jpg", lambda: _with_segments(jpeg, [_segment(0xE5, b"x" * 65000)] * 25), "face", "face",
        "1.6 MB of APP5 segments")
    broken_exif = _segment(0xE1, b"Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff" + b"\x00" * 40)
    add("broken_exif.jpg", lambda: _with_segments(jpeg, [broken_exif]), "face", "face", "an IFD claiming 65535 entries")
    for orientation in range(1, 9):
        add(f"exif_orientation_{orientation}.jpg", lambda o=orientation: _exif_oriented(face, o), "face", "face")
    bad_orientation = Image.Exif()
    bad_orientation[0x0112] = 9
    add("exif_orientation_9.jpg", lambda: _save(face, "JPEG", quality=90, exif=bad_orientation.tobytes()), "face", "face")
    # --- names and file-system objects
    for odd in ("照片 😀.jpg", "-image.jpg", "name with \"quotes\" and 'ticks'.jpg", "line\nbreak.jpg",
                "x" * 240 + ".jpg", "no_extension", "photo.JPEG.exe"):
        add(odd, lambda: jpeg, "face", "face", "odd file name")
    add("folder.jpg", lambda p: p.mkdir(), "refused", None, "a folder")
    add("dev_zero.jpg", lambda p: p.symlink_to("/dev/zero"), "refused", None, "a link to /dev/zero")
    add("dev_null.jpg", lambda p: p.symlink_to("/dev/null"), "refused", None, "a link to /dev/null")
    add("broken_link.jpg", lambda p: p.symlink_to(folder / "nowhere"), "refused", None, "a dangling link")
    return cases


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    faces = Path(__file__).resolve().parents[1] / "data" / "faces"
    for case in build_corpus(target, faces / "obama_1.jpg"):
        size = case.path.stat().st_size if case.path.is_file() else 0
        print(f"{case.name!r:60} {size:>10} client={case.client:8} engine={case.engine}  {case.note}")
