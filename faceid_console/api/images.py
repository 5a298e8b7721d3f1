"""Image preparation for upload: decode, right way up, 8-bit RGB, within 4096 px and 2 MB, no metadata.

Rules (verify 2.0.6 and the spec README):
- accepted inputs: JPEG (and phones' MPO JPEG), PNG, BMP, WebP, TIFF, from a path or bytes;
- EXIF orientation is applied (the service does not document honouring it);
- RGBA/LA/palette images are flattened on white, CMYK converted, 16-bit scaled to 8-bit;
- downscaled only when a side exceeds 4096 px; re-encoded only when something must change;
- an already-compliant JPEG keeps its compressed pixels byte for byte: only its metadata
  segments (EXIF with GPS and serial numbers, XMP, IPTC, comments) are dropped;
- non-images, truncated files and decompression bombs are refused with an error naming the field, in plain
  words: Pillow's own reasons ("Truncated File Read", "decoder error -2") never reach the reviewer;
  so are folders, devices and pipes, named as such (never read: ``/dev/zero`` has no end);
- a file cut off is refused as such, also when it was closed again (a JPEG ended by its end marker, a PNG whose
  rows stop early in a whole stream), which decoders fill in grey or black without a word, and whatever
  Pillow's ``ImageFile.LOAD_TRUNCATED_IMAGES`` says (see ``load_picture``; the engine decodes through it too);
- an ICC colour profile too large to travel with the photo is applied to the pixels (converted to
  sRGB) and dropped, so the size limit is always reachable;
- Pillow's warnings about malformed metadata stay inside: the error or result says what matters.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
import stat
import struct
import warnings
import zlib
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Final

from PIL import Image, ImageCms, ImageOps, JpegImagePlugin, UnidentifiedImageError

from .errors import FaceIDError

MAX_UPLOAD_BYTES: Final = 2 * 1024 * 1024
MAX_SIDE_PX: Final = 4096
#: Refuse images with more pixels than this before decoding them (about 89 MP, Pillow's own guard).
MAX_PIXELS: Final = int(Image.MAX_IMAGE_PIXELS or 89_478_485)
#: A baseline JPEG may have up to this many (about 358 MP: a phone's 108 or 200 MP photo): it is decoded at 1/2, 1/4
#: or 1/8 scale directly (DCT scaling). A progressive one may not: its decoder holds the whole image's coefficients
#: at full size whatever the scale (a 4 MB progressive 357 MP file took 2.4 GB).
MAX_JPEG_PIXELS: Final = 4 * MAX_PIXELS
#: Refuse files larger than this before reading them at all.
MAX_SOURCE_BYTES: Final = 200 * 1024 * 1024
ACCEPTED_FORMATS: Final = frozenset({"JPEG", "MPO", "PNG", "BMP", "WEBP", "TIFF"})
_JPEG_FORMATS: Final = frozenset({"JPEG", "MPO"})
_JPEG_START: Final = b"\xff\xd8\xff"
_EXIF_ORIENTATION: Final = 0x0112
#: JPEG quality used when a JPEG must be re-encoded and still fits.
_REENCODE_QUALITY: Final = 95
#: The largest ICC profile kept in a re-encoded JPEG; larger ones are applied to the pixels instead.
MAX_KEPT_ICC_BYTES: Final = 256 * 1024
#: Shrinking to fit stops here: a photo this small that still cannot fit is refused, never looped on.
_MIN_SIDE_PX: Final = 16
#: The EXIF orientations whose upright picture has the stored one's width as its height (transposed, rotated 90°
#: either way, transversed).
_QUARTER_TURNS: Final = frozenset({5, 6, 7, 8})


@dataclass(frozen=True)
class PreparedImage:
    """An image ready for upload, and what was done to it."""

    field_name: str
    data: bytes = field(repr=False)
    media_type: str
    width: int
    height: int
    source_format: str
    source_bytes: int
    reencoded: bool
    resized: bool
    rotated: bool
    metadata_stripped: bool
    #: The source's own width and height, as its file declares them (before any rotation or scaling).
    source_size: tuple[int, int] = (0, 0)
    #: The EXIF Orientation the pixels were turned upright by (1: none; 5 to 8 turn them a quarter).
    orientation: int = 1

    @property
    def upright_source_size(self) -> tuple[int, int]:
        """The source's width and height the right way up, as FaceID receives it unless it is scaled down: the
        declared sides swapped when its EXIF orientation turns it a quarter."""
        width, height = self.source_size
        return (height, width) if self.orientation in _QUARTER_TURNS else (width, height)

    @property
    def filename(self) -> str:
        """A neutral file name for the multipart part (the original name may be personal data)."""
        return f"{self.field_name}.{'png' if self.media_type == 'image/png' else 'jpg'}"


def _refuse(field_name: str, message: str) -> FaceIDError:
    return FaceIDError.input(field_name, f"{field_name}: {message}", code="IMAGE_ERROR_UNSUPPORTED_FORMAT")


#: What Pillow says of a file in a kind of its format it does not read (a BMP compressed as JPEG, a 12-bit JPEG, a
#: TIFF of floating-point colour or a compression it has no decoder for); all else it says of a file of an accepted
#: format means damage.
_UNSUPPORTED_SIGNS: Final = ("unsupported", "not supported", "cannot handle", "not available", "cannot find loader",
                             "unknown pixel mode")


def _unreadable(exc: Exception, field_name: str) -> FaceIDError:
    """A file Pillow recognised and could not read, in plain words: its own ("Truncated File Read", "decoder error
    -2", "broken PNG file (chunk b'\\x1a\\xfb')") are a library's, in English, and say no more to a reviewer."""
    if any(sign in str(exc).lower() for sign in _UNSUPPORTED_SIGNS):
        return _refuse(field_name, "this is not an image file, or its format is not supported.")
    return _refuse(field_name, "the file is truncated or damaged.")


#: The accepted formats by Pillow's name, as their files begin (their signature, checked by Pillow's own test).
_SIGNED_FORMATS: Final = ("JPEG", "PNG", "BMP", "WEBP", "TIFF")


def _unidentified(data: bytes, field_name: str) -> FaceIDError:
    """A file Pillow did not identify: one that begins as an accepted format does is damaged (a PNG whose header
    checksum is wrong, a TIFF cut in half), unless that format's reader says it is a kind it does not read."""
    for name in _SIGNED_FORMATS:
        factory, accept = Image.OPEN.get(name, (None, None))
        if factory is None or accept is None or accept(data[:16]) is not True:
            continue
        try:  # the reader again, alone: Image.open keeps why each reader declined to itself
            factory(io.BytesIO(data), "").close()
        except Exception as exc:  # any reason it gives is put in plain words, none shown as it is
            return _unreadable(exc, field_name)
        break
    return _refuse(field_name, "this is not an image file, or its format is not supported.")


def check_image_path(path: Path, field_name: str) -> os.stat_result:
    """The file's status when ``path`` names a regular file; otherwise an error saying what it is."""
    try:
        status = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise FaceIDError.input(field_name, f"{field_name}: a broken link: {path}") from None
        raise FaceIDError.input(field_name, f"{field_name}: no such file: {path}") from None
    except PermissionError:
        raise FaceIDError.input(field_name, f"{field_name}: no permission to read {path}.") from None
    except OSError as exc:
        raise FaceIDError.input(field_name, f"{field_name}: cannot read {path}: {exc.strerror}") from None
    except ValueError:  # a NUL byte: no file system has such a name
        raise FaceIDError.input(field_name, f"{field_name}: {str(path)!r} is not a usable file name.") from None
    if stat.S_ISDIR(status.st_mode):
        raise FaceIDError.input(field_name, f"{field_name}: {path} is a folder, not a photo.")
    if not stat.S_ISREG(status.st_mode):
        kind = "a device" if stat.S_ISCHR(status.st_mode) or stat.S_ISBLK(status.st_mode) else (
            "a pipe" if stat.S_ISFIFO(status.st_mode) else "a socket" if stat.S_ISSOCK(status.st_mode) else "special")
        via = " (through a link)" if path.is_symlink() else ""
        raise FaceIDError.input(field_name, f"{field_name}: {path}{via} is {kind}, not a photo file.")
    return status


def read_image_file(path: Path, field_name: str) -> bytes:
    """The bytes of the photo file at ``path``, or an error naming the field and what is wrong with the file."""
    size = check_image_path(path, field_name).st_size
    if size > MAX_SOURCE_BYTES:
        raise _refuse(field_name, f"{path.name} is {size // (1024 * 1024)} MB; too large to be a photo.")
    try:
        with path.open("rb") as file:
            data = file.read(MAX_SOURCE_BYTES + 1)  # bounded even if the file grows meanwhile
    except PermissionError:
        raise FaceIDError.input(field_name, f"{field_name}: no permission to read {path}.") from None
    except OSError as exc:
        raise FaceIDError.input(field_name, f"{field_name}: cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_SOURCE_BYTES:
        raise _refuse(field_name, f"{path.name} is over {MAX_SOURCE_BYTES // (1024 * 1024)} MB; too large.")
    if not data:
        raise _refuse(field_name, "the file is empty.")
    return data


def _read_source(source: Path | str | bytes, field_name: str) -> bytes:
    if not isinstance(source, bytes):
        return read_image_file(Path(source), field_name)
    if not source:
        raise _refuse(field_name, "the file is empty.")
    return source


# Metadata segments a compliant JPEG may lose without touching its pixels: APP1 (EXIF, XMP),
# APP3–APP13 (IPTC, vendor data), APP15, COM. Kept: APP0 (JFIF), APP2 ICC profile, APP14 (Adobe
# colour transform, needed to decode colours right) and every non-APP marker.
def _keep_jpeg_segment(marker: int, payload: bytes) -> bool:
    if marker == 0xE2:
        return payload.startswith(b"ICC_PROFILE\x00")
    if marker in (0xE0, 0xEE):
        return True
    return not (0xE1 <= marker <= 0xEF or marker == 0xFE)


def strip_jpeg_metadata(data: bytes) -> bytes:
    """Drop a JPEG's metadata segments losslessly; the entropy-coded image data is copied as is.

    For an MPO (a phone's multi-picture JPEG) only the first, primary image is kept.
    Raises ValueError when the marker structure is broken.
    """
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    out = [b"\xff\xd8"]
    i = 2
    size = len(data)
    while i < size:
        if data[i] != 0xFF:
            raise ValueError(f"bad JPEG marker at byte {i}")
        marker = data[i + 1] if i + 1 < size else None
        if marker is None:
            raise ValueError("JPEG ends inside a marker")
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xDA:  # start of scan: everything up to the first EOI is image data
            end = data.find(b"\xff\xd9", i + 2)
            if end < 0:
                raise ValueError("JPEG has no end-of-image marker")
            out.append(data[i : end + 2])
            return b"".join(out)
        if i + 4 > size:
            raise ValueError("JPEG ends inside a segment header")
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        if length < 2 or i + 2 + length > size:
            raise ValueError("JPEG segment runs past the end of the file")
        segment = data[i : i + 2 + length]
        if _keep_jpeg_segment(marker, segment[4:]):
            out.append(segment)
        i += 2 + length
    raise ValueError("JPEG has no image data")


# --- the picture's data, whole or cut off --------------------------------------------------------------------------
#
# A file cut short (a transfer broken off, a card pulled out mid-write) is often closed again by the tool that saved
# it: a JPEG ends in its end marker, a PNG's last rows are missing from a zlib stream that is itself whole. Decoders
# then fill the rest in and only warn (libjpeg: grey; Pillow drops the warning), and with Pillow's
# ImageFile.LOAD_TRUNCATED_IMAGES on, which any library in the process may set, they do so even for a file that
# simply stops. A photo whose rest is filled in must never be sent: FaceID would compare a half-grey face.


class PictureCutOff(ValueError):
    """The file ends before its picture does: decoded, its rest would be filled in (grey in a JPEG, black in a PNG)."""


#: Why a photo refused as PictureCutOff is refused: the command line's hint tells it from a file that is no photo.
CUT_OFF_REFUSAL: Final = "the file is cut off: only part of the picture is there."


#: Where a JPEG scan's coded data ends: 0xFF and a marker code (not a stuffed zero, a restart marker or a fill byte).
_SCAN_END: Final = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
#: Huffman-coded sequential frames (baseline, extended): their one scan is decoded as it is read.
_ONE_PASS_FRAMES: Final = frozenset({0xC0, 0xC1})
_PROGRESSIVE_FRAMES: Final = frozenset({0xC2, 0xC6, 0xCA})
#: Frames of lossless or hierarchical JPEG, which no check here follows (nor Pillow decodes).
_OTHER_FRAMES: Final = frozenset({0xC3, 0xC5, 0xC7, 0xCB, 0xCD, 0xCF})
#: Bytes given after a one-pass scan instead of its end marker: enough for libjpeg's 64-bit read-ahead to finish a
#: whole scan, too few to finish one that was cut.
_SCAN_PADDING: Final = bytes(8)


@dataclass(frozen=True)
class _JpegScans:
    """What the markers of a JPEG's first (primary) picture say about its coded data."""

    #: Where its last scan's coded data ends (the marker after it, or the end of the file).
    data_end: int
    #: One Huffman sequential scan of every component: decoded row by row as it is read.
    one_pass: bool
    #: Every coefficient of every component is in a scan (progressive: refined to its last bit), and the last scan's
    #: data ends in a marker, not at the end of the file.
    whole: bool


def _jpeg_scans(data: bytes) -> _JpegScans | None:
    """The frame and scans of the primary picture, or None when its markers cannot be followed (Pillow judges it)."""
    frame: int | None = None
    components: tuple[int, ...] = ()
    scans: list[tuple[bytes, int, int, int]] = []  # (component ids, first and last coefficient, last bit)
    data_end = len(data)
    ends_in_marker = False
    at = 2
    while at + 2 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # a fill byte before a marker
            at += 1
            continue
        if marker == 0xD9:  # end of image
            break
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:  # markers without a segment
            at += 2
            continue
        if at + 4 > len(data):
            return None
        end = at + 2 + int.from_bytes(data[at + 2:at + 4], "big")
        if end > len(data):
            return None
        segment = data[at + 4:end]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC) and len(segment) >= 6:
            frame, components = marker, tuple(segment[6:6 + 3 * segment[5]:3])
        elif marker == 0xDA and segment and len(segment) >= 1 + 2 * segment[0] + 3:
            count = segment[0]
            bits = segment[3 + 2 * count]
            scans.append((segment[1:1 + 2 * count:2], segment[1 + 2 * count], segment[2 + 2 * count], bits & 0x0F))
            scan_end = _SCAN_END.search(data, end)
            data_end = scan_end.start() if scan_end else len(data)
            ends_in_marker = scan_end is not None
            at = data_end
            continue
        at = end
    if frame is None or frame in _OTHER_FRAMES or not scans or not components:
        return None
    if frame in _PROGRESSIVE_FRAMES:
        refined = {(c, k) for ids, first, last, low_bit in scans if low_bit == 0 for c in ids
                   for k in range(first, last + 1)}
        all_scans = refined >= {(c, k) for c in components for k in range(64)}
    else:
        all_scans = {c for ids, *_ in scans for c in ids} >= set(components)
    one_pass = frame in _ONE_PASS_FRAMES and len(scans) == 1 and all_scans
    return _JpegScans(data_end, one_pass, all_scans and ends_in_marker)


#: PNG colour types and the samples of each of their pixels.
_PNG_SAMPLES: Final = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
#: Adam7's passes: first column and row, and the steps between them.
_ADAM7: Final = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
#: The zlib stream is inflated this much at a time, its output counted and dropped.
_INFLATE_STEP: Final = 64 * 1024


def _png_rows_bytes(header: bytes) -> int | None:
    """How many bytes of filtered rows a PNG's header promises, or None for a header Pillow would refuse itself."""
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header[:13])
    if colour not in _PNG_SAMPLES or depth not in (1, 2, 4, 8, 16) or interlace > 1:
        return None
    bits = depth * _PNG_SAMPLES[colour]
    total = 0
    for column, row, across, down in _ADAM7 if interlace else ((0, 0, 1, 1),):
        columns, rows = max(0, -(-(width - column) // across)), max(0, -(-(height - row) // down))
        if columns and rows:
            total += rows * (1 + (columns * bits + 7) // 8)
    return total


def _png_cut_off(data: bytes) -> bool:
    """Whether a PNG's image data stops before the rows its header promises: its stream cut short, or whole but
    shorter (Pillow ends at the stream's end and leaves the rest black). A stream that is damaged is Pillow's to say."""
    if len(data) < 33 or data[12:16] != b"IHDR":
        return False
    expected = _png_rows_bytes(data[16:29])
    if expected is None:
        return False
    inflater = zlib.decompressobj()
    produced = 0
    at, seen_data = 8, False
    view = memoryview(data)
    while at + 8 <= len(data) and produced < expected and not inflater.eof:
        length = int.from_bytes(data[at:at + 4], "big")
        kind = data[at + 4:at + 8]
        if kind != b"IDAT":
            if seen_data or kind == b"IEND":
                break  # the image data is one run of IDAT chunks
            at += 12 + length
            continue
        seen_data = True
        chunk = view[at + 8:min(at + 8 + length, len(data))]
        for start in range(0, len(chunk), _INFLATE_STEP):
            pending: bytes | memoryview = chunk[start:start + _INFLATE_STEP]
            try:
                while pending and produced < expected and not inflater.eof:
                    produced += len(inflater.decompress(pending, _INFLATE_STEP))
                    pending = inflater.unconsumed_tail
            except zlib.error:
                return False
        at += 12 + length
    return seen_data and produced < expected


class _PictureData(io.BytesIO):
    """A photo's bytes as its decoder is to read them, telling whether the file ends before its picture does.

    A one-pass JPEG is read with its scan ending in padding, not in its end marker: libjpeg fills a scan that meets a
    marker before its last row with grey, with a warning no one sees; a scan that meets the end of the data instead
    leaves the decoder asking for more, which this notes (and Pillow refuses, unless LOAD_TRUNCATED_IMAGES is on).
    """

    def __init__(self, data: bytes) -> None:
        self.jpeg = _jpeg_scans(data) if data.startswith(_JPEG_START) else None
        self.png = data.startswith(b"\x89PNG\r\n\x1a\n")
        self.source = data
        self.ran_dry = False
        super().__init__(data[:self.jpeg.data_end] + _SCAN_PADDING if self.jpeg and self.jpeg.one_pass else data)

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        if not chunk and size != 0:
            self.ran_dry = True  # the decoder wants more than the file holds
        return chunk

    def cut_off_before_decoding(self) -> bool:
        """Whether the file's structure alone shows its picture is cut off (a JPEG's scan runs to the end of the file,
        or a progressive one's later scans are missing; a PNG's rows are)."""
        if self.jpeg is not None:
            return not self.jpeg.whole
        return self.png and _png_cut_off(self.source)


def open_picture(data: bytes) -> Image.Image:
    """``Image.open`` of a photo's bytes, to be decoded by ``load_picture``."""
    return Image.open(_PictureData(data))


def load_picture(image: Image.Image) -> None:
    """``image.load()`` for an image from ``open_picture``; PictureCutOff when the file ends before its picture does,
    whatever ``ImageFile.LOAD_TRUNCATED_IMAGES`` is set to."""
    fp = getattr(image, "fp", None)  # an ImageFile's; a decoded image has none
    source = fp if isinstance(fp, _PictureData) else None
    if source is not None and source.cut_off_before_decoding():
        raise PictureCutOff("the file ends before its picture does")
    if source is not None:
        source.ran_dry = False  # reading the header to its end says nothing of the picture
    try:
        image.load()
    except (OSError, ValueError, SyntaxError, EOFError):
        if source is not None and source.ran_dry:
            raise PictureCutOff("the file ends before its picture does") from None
        raise
    # With LOAD_TRUNCATED_IMAGES on, Pillow gives a hungry JPEG decoder an end marker and keeps its grey.
    if source is not None and source.jpeg is not None and source.ran_dry:
        raise PictureCutOff("the file ends before its picture does")


def _open(data: bytes, field_name: str) -> Image.Image:
    try:
        try:
            image = open_picture(data)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            if not data.startswith(_JPEG_START):
                raise _refuse(field_name, "the image has too many pixels to be a photo (decompression bomb).") from None
            # Pillow's guard counts the pixels at full size; a JPEG is decoded scaled down (see MAX_JPEG_PIXELS).
            image = JpegImagePlugin.jpeg_factory(_PictureData(data))
    except UnidentifiedImageError:
        raise _unidentified(data, field_name) from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:  # its format is known, its header is not readable
        raise _unreadable(exc, field_name) from None
    if image.format not in ACCEPTED_FORMATS:
        raise _refuse(field_name, f"{image.format} images are not accepted; use JPEG, PNG, BMP, WebP or TIFF.")
    progressive = bool(image.info.get("progressive") or image.info.get("progression"))
    limit = MAX_JPEG_PIXELS if image.format in _JPEG_FORMATS and not progressive else MAX_PIXELS
    if image.width < 1 or image.height < 1 or image.width * image.height > limit:
        raise _refuse(
            field_name,
            f"the image is {image.width}×{image.height} pixels, more than {limit / 1e6:.0f} megapixels: too many to "
            "be a photo (decompression bomb).",
        )
    return image


def _load(image: Image.Image, field_name: str) -> None:
    try:
        load_picture(image)
    except PictureCutOff:
        raise _refuse(field_name, CUT_OFF_REFUSAL) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(field_name, "the image has too many pixels to be a photo (decompression bomb).") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise _unreadable(exc, field_name) from None


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(_EXIF_ORIENTATION, 1)
    except Exception:
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _upright_8bit(image: Image.Image, orientation: int) -> Image.Image:
    return _to_8bit(ImageOps.exif_transpose(image) if orientation != 1 else image)


def normalize_pixels(image: Image.Image) -> Image.Image:
    """A decoded photo's pixels as the client sends them: turned upright by its EXIF orientation, 8-bit.

    The engine reads uploads through this too, so that a photo means the same to both.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")  # malformed EXIF: judge the pixels
        return _upright_8bit(image, _orientation(image))


def _to_8bit(image: Image.Image) -> Image.Image:
    """8-bit RGB or L: flatten transparency on white, convert CMYK/YCbCr/LAB, scale 16-bit down."""
    mode = image.mode
    if mode in ("RGB", "L"):
        return image
    if mode in {"P", "PA"}:
        image = image.convert("RGBA")
        mode = "RGBA"
    if mode in ("RGBA", "LA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if mode.startswith("I;16") or mode in ("I", "F"):
        # Scale the full 16-bit (or 32-bit) range to 8 bits rather than clipping at 255.
        import numpy as np

        arr = np.asarray(image, dtype=np.float64)
        finite = np.isfinite(arr)
        # NaN/Inf pixels (float TIFF) must not decide the scale: one NaN would make the whole photo black.
        peak = float(arr[finite].max()) if finite.any() else 1.0
        top = 65535.0 if mode.startswith("I;16") else max(peak, 1.0)
        arr = np.nan_to_num(arr, nan=0.0, posinf=top, neginf=0.0)
        scaled = np.clip(arr * (255.0 / top) + 0.5, 0, 255).astype(np.uint8)
        return Image.fromarray(scaled, mode="L")
    if mode == "1":
        return image.convert("L")
    return image.convert("RGB")


def _encode_jpeg(image: Image.Image, quality: int, icc: bytes | None) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality, optimize=False, icc_profile=icc)
    return buf.getvalue()


def _encode_png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", compress_level=6)
    return buf.getvalue()


def _strip_sample(image: Image.Image) -> tuple[Image.Image, float]:
    """Full-resolution strips spread over the image (1/8 of its area) and the area ratio to it.

    JPEG size grows with area at a given resolution and detail, so a full-resolution sample predicts
    the whole image's size far better than a downscaled copy, whose noise and fine detail average out.
    """
    strips = 8
    strip_height = max(16, int(image.height / 8 / strips) // 16 * 16)
    if strip_height * strips >= image.height:
        return image, 1.0
    sample = Image.new(image.mode, (image.width, strip_height * strips))
    span = image.height - strip_height
    for k in range(strips):
        top = (span * k // (strips - 1)) // 16 * 16
        sample.paste(image.crop((0, top, image.width, top + strip_height)), (0, k * strip_height))
    return sample, image.height / sample.height


_QUALITIES: Final = (_REENCODE_QUALITY, 92, 90, 87, 85, 82, 80, 75, 70, 65, 60, 50, 40)


def _jpeg_under_limit(image: Image.Image, icc: bytes | None, limit: int) -> bytes:
    """The best-quality JPEG under ``limit`` bytes, usually with a single full-size encode.

    The quality is chosen by a binary search over encodes of a full-resolution sample of the image;
    lower qualities, then a smaller size, are the fallbacks when the prediction falls short.
    """
    start = 0
    if image.width * image.height > 1_000_000:
        sample, scale = _strip_sample(image)
        lo, hi = 0, len(_QUALITIES) - 1  # find the first (best) quality predicted to fit
        while lo < hi:
            mid = (lo + hi) // 2
            if len(_encode_jpeg(sample, _QUALITIES[mid], None)) * scale <= limit * 0.95:
                hi = mid
            else:
                lo = mid + 1
        start = lo
    current = image
    while True:
        for q in _QUALITIES[start:]:
            data = _encode_jpeg(current, q, icc)
            if len(data) <= limit:
                return data
        if max(current.size) <= _MIN_SIDE_PX:  # cannot happen with a bounded profile; never loop forever
            raise ValueError(f"no JPEG of this image fits in {limit} bytes")
        # Even the lowest quality is too big: shrink by a fifth and try again from the top.
        smaller = (max(1, current.width * 4 // 5), max(1, current.height * 4 // 5))
        current = current.resize(smaller, Image.Resampling.LANCZOS)
        start = 0


def _fit_icc(image: Image.Image, icc: bytes | None) -> tuple[Image.Image, bytes | None]:
    """Keep a small ICC profile; apply a large one to the pixels (to sRGB) and drop it.

    A profile that cannot be read is dropped with the pixels left as they are (what most viewers show).
    """
    if icc is None or len(icc) <= MAX_KEPT_ICC_BYTES:
        return image, icc
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image, None
    return (converted if converted is not None else image), None


def _draft_for_limit(image: Image.Image) -> None:
    """Let the JPEG decoder scale a too-large photo down by 2, 4 or 8 while decoding (DCT scaling).

    When a scale brings it close to the 4096 px limit (≥ 85 %), that one: little detail is given up for a decode
    several times faster. Otherwise the smallest scale that keeps it at 4096 px or more, resampled after: a 108 MP
    photo is decoded at 27 MP, not whole.
    """
    longest = max(image.size)
    for reduction in (2, 4, 8):
        if MAX_SIDE_PX >= longest / reduction >= 0.85 * MAX_SIDE_PX:
            image.draft(image.mode, (image.width // reduction, image.height // reduction))
            return
    if reduction := next((r for r in (8, 4, 2) if longest / r >= MAX_SIDE_PX), 0):
        image.draft(image.mode, (image.width // reduction, image.height // reduction))


def prepare_image(source: Path | str | bytes, field_name: str = "image") -> PreparedImage:
    """Turn a photo into upload-ready bytes (see module rules); raises FaceIDError naming the field."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        # Pillow warns about malformed EXIF/TIFF metadata; the photo is judged by what decodes.
        warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
        return _prepare(source, field_name)


def _prepare(source: Path | str | bytes, field_name: str) -> PreparedImage:
    data = _read_source(source, field_name)
    image = _open(data, field_name)
    source_format = str(image.format)
    if source_format not in _JPEG_FORMATS:  # a JPEG may first be set to decode at a smaller size (below)
        # Decoded before its EXIF is read: for PNG that read decodes the pixels and hid a damaged stream, which
        # was then sent with its rest white.
        _load(image, field_name)
    orientation = _orientation(image)
    too_big = max(image.size) > MAX_SIDE_PX

    if source_format in _JPEG_FORMATS and image.mode in ("RGB", "L") and orientation == 1 and not too_big:
        try:
            stripped = strip_jpeg_metadata(data)
        except ValueError:
            stripped = None
        if stripped is not None and len(stripped) <= MAX_UPLOAD_BYTES:
            _load(image, field_name)  # a truncated JPEG must be refused even when we do not re-encode
            return PreparedImage(
                field_name=field_name, data=stripped, media_type="image/jpeg", width=image.width,
                height=image.height, source_format=source_format, source_bytes=len(data), reencoded=False,
                resized=False, rotated=False, metadata_stripped=len(stripped) != len(data), source_size=image.size,
            )

    icc = image.info.get("icc_profile") if source_format in _JPEG_FORMATS else None
    declared_size = image.size
    if too_big and source_format in _JPEG_FORMATS:
        _draft_for_limit(image)
    _load(image, field_name)
    pixels = _upright_8bit(image, orientation)
    resized = False
    if max(pixels.size) > MAX_SIDE_PX:
        ratio = MAX_SIDE_PX / max(pixels.size)
        target = (max(1, min(MAX_SIDE_PX, round(pixels.width * ratio))),
                  max(1, min(MAX_SIDE_PX, round(pixels.height * ratio))))
        pixels = pixels.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
        resized = True
    elif image.size != declared_size:
        resized = True  # the decoder's draft mode scaled it

    encoded: bytes | None = None
    media_type = "image/jpeg"
    if source_format not in _JPEG_FORMATS:
        # Lossless sources stay lossless when they fit: face comparison prefers untouched pixels.
        png = _encode_png(pixels)
        if len(png) <= MAX_UPLOAD_BYTES:
            encoded, media_type = png, "image/png"
    if encoded is None:
        pixels, icc = _fit_icc(pixels, icc)
        try:
            encoded = _jpeg_under_limit(pixels, icc, MAX_UPLOAD_BYTES)
        except ValueError as exc:
            raise _refuse(field_name, f"cannot be made small enough to send: {exc}.") from None
    out = Image.open(io.BytesIO(encoded))
    return PreparedImage(
        field_name=field_name, data=encoded, media_type=media_type, width=out.width, height=out.height,
        source_format=source_format, source_bytes=len(data), reencoded=True, resized=resized,
        rotated=orientation != 1, metadata_stripped=True, source_size=declared_size, orientation=orientation,
    )


async def prepare_image_async(
    source: Path | str | bytes, field_name: str = "image", executor: Executor | None = None
) -> PreparedImage:
    """``prepare_image`` in an executor, so the calling (GUI) thread's event loop keeps running."""
    loop = asyncio.get_running_loop()
    work: Callable[[], PreparedImage] = partial(prepare_image, source, field_name)
    return await loop.run_in_executor(executor, work)
