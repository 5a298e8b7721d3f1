from __future__ import annotations

import asyncio
import io
import re
import struct
import threading
import zlib
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


@pytest.mark.parametrize("orientation", range(1, 9))
def test_the_upright_size_is_the_picture_s_as_shown_and_sent(orientation: int) -> None:
    """A phone photo stored sideways was described by its stored size (1137×910), not the size sent (910×1137)."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = encode(Image.new("RGB", (300, 200), "grey"), "JPEG", exif=exif, quality=90)
    out = prepare_image(data, "image")
    shown = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).size
    assert out.upright_source_size == shown == (out.width, out.height) and out.source_size == (300, 200)


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


CUT_OFF = "the file is cut off: only part of the picture is there."
DAMAGED = "the file is truncated or damaged."


def test_truncated_jpeg_is_refused(faces: Path) -> None:
    data = (faces / "obama_1.jpg").read_bytes()
    with pytest.raises(FaceIDError) as err:
        prepare_image(data[: len(data) // 2], "image_ref1")
    assert err.value.field == "image_ref1" and err.value.message == f"image_ref1: {CUT_OFF}"
    assert err.value.code == "IMAGE_ERROR_UNSUPPORTED_FORMAT"


def saved_as(photo: Path, fmt: str, **kw: object) -> bytes:
    with Image.open(photo) as image:
        return encode(image.convert("L") if kw.pop("grey", False) else image, fmt, **kw)


def rotated(photo: Path) -> bytes:
    """The photo with an EXIF orientation: prepared by decoding and encoding it again, not sent as it is."""
    exif = Image.Exif()
    exif[0x0112] = 6
    return saved_as(photo, "JPEG", quality=92, exif=exif)


@pytest.mark.parametrize("kind", ["sent as it is", "turned upright and encoded again", "decoded scaled down",
                                  "progressive"])
def test_a_jpeg_cut_off_and_closed_again_is_refused_not_sent_with_its_rest_grey(faces: Path, kind: str) -> None:
    """A photo cut at 60 % of its bytes and ended again with its end marker: Pillow decoded it without a word, its
    missing rows grey, and it was sent so; FaceID compared a half-grey face."""
    from ..damaged_photos import closed_again

    whole = {"sent as it is": (faces / "obama_1.jpg").read_bytes,
             "turned upright and encoded again": lambda: rotated(faces / "obama_1.jpg"),
             "decoded scaled down": lambda: encode(noise_photo(600, 450).resize((7200, 5400)), "JPEG", quality=70),
             "progressive": lambda: saved_as(faces / "obama_1.jpg", "JPEG", progressive=True)}[kind]()
    # A progressive one's last scan (its last 40 % here) refines the low bits only: cut there it is short of detail, not
    # of rows, and is not told apart from whole; cut before it, later scans are missing.
    cut = closed_again(whole, 0.5 if kind == "progressive" else 0.6)
    with Image.open(io.BytesIO(cut)) as image:  # what Pillow makes of it: no error, the bottom rows all grey
        image.load()
        if kind != "progressive":
            assert image.getpixel((image.width // 2, image.height - 1)) == (128, 128, 128)
    with pytest.raises(FaceIDError) as err:
        prepare_image(cut, "image_ref1")
    assert err.value.field == "image_ref1" and err.value.message == f"image_ref1: {CUT_OFF}"
    prepared = prepare_image(whole, "image_ref1")  # whole, it is sent
    assert prepared.reencoded is (kind in ("turned upright and encoded again", "decoded scaled down"))


@pytest.mark.parametrize("interlaced", [False, True])
def test_a_png_whose_header_claims_more_rows_than_its_data_holds_is_refused(faces: Path, interlaced: bool) -> None:
    """Its zlib stream is whole but ends at 60 % of the rows: Pillow stops there and leaves the rest black."""
    from ..damaged_photos import png_chunk_bytes

    whole = saved_as(faces / "alex_2.png", "PNG", **({"interlace": 1} if interlaced else {}))
    width, height = struct.unpack(">II", whole[16:24])
    stream = b"".join(whole[at + 8:at + 8 + length] for at, length in chunks(whole, b"IDAT"))
    rows = zlib.decompress(stream)
    # The last rows dropped whole (an interlaced PNG's last pass is of full rows, every other one): 40 % of them.
    dropped = (height // 2 if interlaced else height) * 4 // 10 * (1 + width * 4)  # RGBA, 8 bits a sample
    short = whole[:33] + png_chunk_bytes(b"IDAT", zlib.compress(rows[:-dropped])) + whole[-12:]
    with Image.open(io.BytesIO(short)) as image:
        image.load()  # Pillow says nothing
    with pytest.raises(FaceIDError) as err:
        prepare_image(short, "image")
    assert err.value.message == f"image: {CUT_OFF}"
    assert prepare_image(whole, "image").media_type == "image/png"  # whole (interlaced too), it is sent


def chunks(png: bytes, kind: bytes) -> list[tuple[int, int]]:
    """Where each chunk of ``kind`` starts, and its data's length."""
    found, at = [], 8
    while at < len(png):
        length = struct.unpack(">I", png[at:at + 4])[0]
        if png[at + 4:at + 8] == kind:
            found.append((at, length))
        at += 12 + length
    return found


@pytest.mark.parametrize("case", ["jpeg cut to 139961 bytes", "jpeg cut at 60 % and closed again",
                                  "progressive jpeg cut at 40 % and closed again", "png cut to 91290 bytes",
                                  "png cut at 60 % and closed again", "png whose rows stop at 60 %"])
def test_a_cut_off_photo_is_refused_even_when_pillow_is_told_to_load_truncated_images(
        faces: Path, case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """ImageFile.LOAD_TRUNCATED_IMAGES is one switch for the whole process, which any library may turn on (face
    recognition packages do): Pillow then decodes a file that simply stops, its rest grey or black."""
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    data = dict(damaged_photos(faces))[case]
    with pytest.raises(FaceIDError) as err:
        prepare_image(data, "image")
    assert err.value.message == f"image: {CUT_OFF}"


def test_whole_photos_decode_to_the_same_pixels_as_pillow_gives(faces: Path) -> None:
    """A one-pass JPEG is decoded with its scan ending in padding, not in its end marker: not a pixel changes."""
    photos = sorted(faces.glob("*.jpg")) + sorted(faces.glob("*.png"))
    extra = {"progressive": saved_as(faces / "obama_1.jpg", "JPEG", progressive=True),
             "restart markers": saved_as(faces / "obama_1.jpg", "JPEG", restart_marker_rows=1),
             "grey": saved_as(faces / "obama_1.jpg", "JPEG", grey=True),
             "interlaced png": saved_as(faces / "alex_2.png", "PNG", interlace=1)}
    for name, data in [(p.name, p.read_bytes()) for p in photos] + list(extra.items()):
        with Image.open(io.BytesIO(data)) as plain:
            plain.load()
            picture = images.open_picture(data)
            images.load_picture(picture)
            assert picture.size == plain.size and np.array_equal(np.asarray(picture), np.asarray(plain)), name


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
    assert err.value.message in (f"image_ref2: {DAMAGED}", f"image_ref2: {CUT_OFF}")
    if "closed again" in case or "rows stop" in case:
        assert err.value.message == f"image_ref2: {CUT_OFF}"


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
