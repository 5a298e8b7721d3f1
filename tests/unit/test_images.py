from __future__ import annotations

import asyncio
import io
import re
import struct
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from faceid_console.api import images
from faceid_console.api.errors import FaceIDError
from faceid_console.api.images import MAX_UPLOAD_BYTES, prepare_image, prepare_image_async, strip_jpeg_metadata

from ..conftest import FACES
from ..damaged_photos import damaged_photos, encoded, replaced


def encode(image: Image.Image, fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **kw)
    return buf.getvalue()


def decoded(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


def scan_data(jpeg: bytes) -> bytes:
    """The main image's scan data, found by walking segment lengths (an EXIF thumbnail has its own SOS)."""
    i = 2
    while jpeg[i + 1] != 0xDA:
        i += 2 + int.from_bytes(jpeg[i + 2 : i + 4], "big")
    return jpeg[i:]


def noise_photo(width: int, height: int, seed: int = 1) -> Image.Image:
    rng = np.random.default_rng(seed)
    base = np.linspace(0, 255, width, dtype=np.float32)[None, :, None].repeat(height, 0).repeat(3, 2)
    noisy = np.clip(base + rng.normal(0, 40, (height, width, 3)), 0, 255).astype(np.uint8)
    return Image.fromarray(noisy)


def test_compliant_jpeg_keeps_its_pixels_and_loses_gps(faces: Path) -> None:
    source = (faces / "alex_3.jpg").read_bytes()
    assert 0x8825 in Image.open(io.BytesIO(source)).getexif()  # the photo has a GPS block
    out = prepare_image(faces / "alex_3.jpg", "image")
    assert not out.reencoded and not out.resized and out.metadata_stripped
    assert scan_data(out.data) == scan_data(source)  # compressed pixels byte for byte
    assert np.array_equal(decoded(out.data), decoded(source))
    exif = Image.open(io.BytesIO(out.data)).getexif()
    assert 0x8825 not in exif and len(exif) == 0
    assert out.media_type == "image/jpeg" and out.filename == "image.jpg"


def test_strip_removes_device_serials_and_xmp_losslessly() -> None:
    exif = Image.Exif()
    exif[0x010F] = "Maker"                    # Make
    exif[0xA431] = "SERIAL-123456"            # BodySerialNumber
    exif[0x8825] = {2: (39.0, 54.0, 0.0)}     # GPS latitude
    image = noise_photo(64, 48)
    data = encode(image, "JPEG", exif=exif, quality=90, comment=b"owner: someone")
    assert b"SERIAL-123456" in data and b"owner: someone" in data
    stripped = strip_jpeg_metadata(data)
    assert b"SERIAL-123456" not in stripped and b"owner: someone" not in stripped and b"Maker" not in stripped
    assert scan_data(stripped) == scan_data(data)
    out = prepare_image(data, "image_ref1")
    assert not out.reencoded and b"SERIAL-123456" not in out.data


def test_exif_orientation_is_applied() -> None:
    array = np.zeros((200, 300, 3), np.uint8)
    array[:, :150] = (255, 0, 0)
    array[:, 150:] = (0, 0, 255)
    exif = Image.Exif()
    exif[0x0112] = 6  # display rotated 90° clockwise
    data = encode(Image.fromarray(array), "JPEG", exif=exif, quality=95)
    out = prepare_image(data, "image")
    assert out.rotated and out.reencoded and (out.width, out.height) == (200, 300)
    expected = np.asarray(ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB"), dtype=np.int16)
    got = decoded(out.data).astype(np.int16)
    assert np.abs(got - expected).mean() < 3
    assert got[20, 100, 0] > 200 and got[280, 100, 2] > 200  # red on top, blue below
    assert Image.open(io.BytesIO(out.data)).getexif().get(0x0112) is None


def test_rgba_and_palette_are_flattened_on_white() -> None:
    rgba = Image.new("RGBA", (40, 40), (255, 0, 0, 255))
    rgba.paste((0, 0, 0, 0), (0, 0, 20, 40))
    out = prepare_image(encode(rgba, "PNG"), "image")
    px = decoded(out.data)
    assert out.media_type == "image/png" and tuple(px[10, 5]) == (255, 255, 255) and tuple(px[10, 30]) == (255, 0, 0)
    palette = rgba.convert("P", palette=Image.Palette.ADAPTIVE)
    palette.info["transparency"] = palette.getpixel((0, 0))
    out_p = prepare_image(encode(palette, "PNG", transparency=palette.getpixel((0, 0))), "image")
    assert tuple(decoded(out_p.data)[10, 5]) == (255, 255, 255)


def test_real_rgba_photo(faces: Path) -> None:
    out = prepare_image(faces / "obama_2_rgba.png", "image")
    assert out.reencoded and Image.open(io.BytesIO(out.data)).mode == "RGB"
    assert len(out.data) <= MAX_UPLOAD_BYTES


def test_cmyk_jpeg_is_converted() -> None:
    cmyk = Image.new("CMYK", (64, 64), (0, 255, 255, 0))  # red
    out = prepare_image(encode(cmyk, "JPEG", quality=95), "image")
    px = decoded(out.data)
    assert out.reencoded and Image.open(io.BytesIO(out.data)).mode == "RGB"
    assert px[32, 32, 0] > 200 and px[32, 32, 1] < 60


def test_16_bit_is_scaled_not_clipped() -> None:
    array = np.zeros((32, 64), np.uint16)
    array[:, 32:] = 65535
    array[:, :32] = 32768
    out = prepare_image(encode(Image.fromarray(array), "PNG"), "image")
    px = np.asarray(Image.open(io.BytesIO(out.data)))
    assert px[0, 0] == 128 and px[0, 63] == 255


@pytest.mark.parametrize(("fmt", "kw"), [("BMP", {}), ("WEBP", {"lossless": True}), ("TIFF", {}), ("PNG", {})])
def test_accepted_formats(fmt: str, kw: dict) -> None:
    image = noise_photo(120, 80)
    out = prepare_image(encode(image, fmt, **kw), "image")
    assert out.source_format == fmt and out.media_type == "image/png"
    assert np.array_equal(decoded(out.data), np.asarray(image))  # lossless sources stay lossless


def test_gif_is_refused_naming_the_field() -> None:
    with pytest.raises(FaceIDError) as err:
        prepare_image(encode(Image.new("P", (10, 10)), "GIF"), "image_ref2")
    assert err.value.field == "image_ref2" and "GIF" in err.value.message


@pytest.mark.parametrize(
    ("data", "fragment"),
    [(b"", "empty"), (b"%PDF-1.4 not a photo", "not an image"), (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "")],
)
def test_non_images_are_refused(data: bytes, fragment: str) -> None:
    with pytest.raises(FaceIDError) as err:
        prepare_image(data, "image")
    assert err.value.field == "image" and err.value.code == "IMAGE_ERROR_UNSUPPORTED_FORMAT"
    assert fragment in err.value.message


def test_truncated_jpeg_is_refused(faces: Path) -> None:
    data = (faces / "obama_1.jpg").read_bytes()
    with pytest.raises(FaceIDError) as err:
        prepare_image(data[: len(data) // 2], "image_ref1")
    assert err.value.field == "image_ref1" and "truncated" in err.value.message


def test_a_png_damaged_inside_is_refused_not_sent_with_its_rest_blank(faces: Path) -> None:
    """Its size and header are intact: only decoding finds the damage (reading its EXIF used to hide it)."""
    data = bytearray((faces / "alex_2.png").read_bytes())
    middle = len(data) * 6 // 10
    data[middle:middle + 4000] = bytes(4000)
    with pytest.raises(FaceIDError) as err:
        prepare_image(bytes(data), "image")
    assert err.value.field == "image" and err.value.message == "image: the file is truncated or damaged."
    assert prepare_image((faces / "alex_2.png").read_bytes(), "image").media_type == "image/png"  # whole, it is sent


@pytest.mark.parametrize("case", [name for name, _ in damaged_photos(FACES)])
def test_a_truncated_or_damaged_file_is_said_to_be_so_in_plain_words(faces: Path, case: str) -> None:
    """Pillow's own reasons ("Truncated File Read" for a JPEG cut to 300 bytes, "decoder error -2", "broken PNG
    file (chunk b'\\x1a\\xfb\\xd9g')") reached the reviewer, in English, where a JPEG cut in half read "truncated"."""
    data = dict(damaged_photos(faces))[case]
    with pytest.raises(FaceIDError) as err:
        prepare_image(data, "image_ref2")
    assert err.value.field == "image_ref2"
    assert err.value.message == "image_ref2: the file is truncated or damaged."


@pytest.mark.parametrize(("offset", "value", "reason"), [(30, struct.pack("<I", 4), "compression (4)"),
                                                         (28, struct.pack("<H", 7), "pixel depth (7)")])
def test_a_kind_of_an_accepted_format_pillow_does_not_read_is_not_called_damaged(
        faces: Path, offset: int, value: bytes, reason: str) -> None:
    data = replaced(encoded(faces, "BMP"), offset, value)
    with pytest.raises(OSError, match=f"Unsupported BMP {re.escape(reason)}"):  # Pillow's words for it
        Image.open(io.BytesIO(data)).load()
    with pytest.raises(FaceIDError) as err:
        prepare_image(data, "image")
    assert err.value.message == "image: this is not an image file, or its format is not supported."


def test_decompression_bomb_is_refused() -> None:
    bomb = encode(Image.new("1", (12000, 12000)), "PNG")
    assert len(bomb) < 100_000
    with pytest.raises(FaceIDError) as err:
        prepare_image(bomb, "image")
    assert "decompression bomb" in err.value.message and err.value.field == "image"


def test_a_phone_s_108_megapixel_jpeg_is_decoded_scaled_down_and_sent(tmp_path: Path) -> None:
    """A 108 MP phone photo (over Pillow's 89 MP guard) was refused as a decompression bomb; a JPEG is decoded at
    1/2 scale directly, so it is prepared like any large photo."""
    from faceid_console.api.images import MAX_PIXELS

    from ..hostile.corpus import jpeg_with_sof_size

    photo = Image.linear_gradient("L").resize((12000, 9000))
    data = encode(photo, "JPEG")
    assert MAX_PIXELS < 12000 * 9000
    prepared = prepare_image(data, "image")
    assert (prepared.width, prepared.height) == (4096, 3072) and prepared.resized
    assert prepared.source_size == (12000, 9000) and len(prepared.data) <= 2 * 1024 * 1024
    with pytest.raises(FaceIDError) as err:  # beyond what a camera makes: refused before decoding, with the limit
        prepare_image(jpeg_with_sof_size(encode(Image.new("L", (64, 64)), "JPEG"), 20000, 19000), "image")
    assert images.MAX_JPEG_PIXELS < 20000 * 19000
    assert err.value.message == ("image: the image is 20000×19000 pixels, more than 358 megapixels: too many to be a "
                                 "photo (decompression bomb).")


@pytest.mark.parametrize(("declared", "decoded"), [
    ((12000, 9000), (6000, 4500)),   # a 108 MP phone photo: half scale, still over 4096 px
    ((18900, 18900), (4725, 4725)),  # ~357 MP: a quarter
    ((16320, 12240), (4080, 3060)),  # 200 MP: a quarter lands near 4096 px
    ((10000, 7500), (5000, 3750)),   # 75 MP, under the guard: half scale too (it was decoded whole)
])
def test_a_large_jpeg_is_decoded_at_the_smallest_scale_that_keeps_4096_pixels(
        declared: tuple[int, int], decoded: tuple[int, int]) -> None:
    """A 357 MP baseline JPEG was decoded at half scale, 89 MP (over 500 MB with three slots preparing at once)."""
    from ..hostile.corpus import jpeg_with_sof_size

    image = images._open(jpeg_with_sof_size(encode(Image.new("RGB", (64, 64)), "JPEG"), *declared), "image")
    images._draft_for_limit(image)  # as preparation sets it, before decoding
    assert image.size == decoded


def test_a_progressive_jpeg_over_89_megapixels_is_refused_before_decoding() -> None:
    """A progressive JPEG's decoder holds every coefficient at full size whatever the scale: a 4 MB file of 357 MP
    took 2.4 GB. Only baseline JPEGs get the larger limit."""
    small = encode(Image.new("RGB", (64, 64)), "JPEG", progressive=True)
    at = small.find(b"\xff\xc2")  # the progressive frame header
    assert at > 0
    claims_108_mp = small[: at + 5] + struct.pack(">HH", 9000, 12000) + small[at + 9 :]
    with pytest.raises(FaceIDError) as err:
        prepare_image(claims_108_mp, "image")
    assert err.value.message == ("image: the image is 12000×9000 pixels, more than 89 megapixels: too many to be a "
                                 "photo (decompression bomb).")


def test_a_png_over_89_megapixels_is_still_refused_with_its_size() -> None:
    """Only a JPEG can be decoded scaled down; any other format over Pillow's guard stays refused."""
    with pytest.raises(FaceIDError) as err:
        prepare_image(encode(Image.new("1", (10000, 9000)), "PNG"), "image")
    assert err.value.message == "image: the image has too many pixels to be a photo (decompression bomb)."


def test_downscaled_only_above_4096() -> None:
    wide = prepare_image(encode(noise_photo(4096, 64), "PNG"), "image")
    assert not wide.resized and (wide.width, wide.height) == (4096, 64)
    big = prepare_image(encode(noise_photo(5000, 300), "JPEG", quality=90), "image")
    assert big.resized and max(big.width, big.height) <= 4096 and big.width >= 4000


def test_large_jpeg_is_reencoded_under_2_mb_with_good_quality() -> None:
    image = noise_photo(2400, 1800, seed=3)
    data = encode(image, "JPEG", quality=98)
    assert len(data) > MAX_UPLOAD_BYTES
    out = prepare_image(data, "image")
    assert out.reencoded and not out.resized and len(out.data) <= MAX_UPLOAD_BYTES
    mse = float(((decoded(out.data).astype(np.float64) - decoded(data)) ** 2).mean())
    psnr = 10 * np.log10(255**2 / mse)
    assert psnr > 25


def test_missing_and_folder_paths(tmp_path: Path) -> None:
    with pytest.raises(FaceIDError) as missing:
        prepare_image(tmp_path / "gone.jpg", "image_ref3")
    assert missing.value.field == "image_ref3" and "gone.jpg" in missing.value.message
    with pytest.raises(FaceIDError) as folder:
        prepare_image(tmp_path, "image")
    assert "folder" in folder.value.message


def test_async_preparation_runs_off_the_calling_thread(faces: Path) -> None:
    threads: list[str] = []

    class RecordingExecutor(ThreadPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            def wrapped():  # type: ignore[no-untyped-def]
                threads.append(threading.current_thread().name)
                return fn(*args, **kwargs)

            return super().submit(wrapped)

    with RecordingExecutor(thread_name_prefix="prep") as pool:
        out = asyncio.run(prepare_image_async(faces / "obama_1.jpg", "image", pool))
    assert out.data == prepare_image(faces / "obama_1.jpg", "image").data
    assert threads and threads[0].startswith("prep") and threads[0] != threading.current_thread().name
