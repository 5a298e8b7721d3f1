"""Image preparation edge cases from issue 10: a huge ICC profile, things that are not photo files,
and Pillow's metadata warnings."""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms

from faceid_console.api.errors import FaceIDError
from faceid_console.api.images import MAX_UPLOAD_BYTES, prepare_image
from faceid_console.api.request_models import ComparisonType, VerifyRequest
from tests.hostile.guard import within_deadline


def _noise(width: int = 800, height: int = 600) -> Image.Image:
    return Image.fromarray(np.random.default_rng(3).integers(0, 255, (height, width, 3), dtype=np.uint8))


def _jpeg(image: Image.Image, **kw: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", **{"quality": 90, **kw})
    return buf.getvalue()


def _large_srgb_profile(size: int) -> bytes:
    """A valid sRGB profile padded to ``size`` bytes (the header's size field says so)."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile += bytes(size - len(profile))
    profile[0:4] = len(profile).to_bytes(4, "big")
    return bytes(profile)


@pytest.mark.parametrize("icc", [os.urandom(2_500_000), _large_srgb_profile(2_500_000)], ids=["garbage", "valid"])
def test_a_huge_icc_profile_no_longer_hangs_preparation(icc: bytes) -> None:
    data = _jpeg(_noise(), icc_profile=icc)
    assert len(data) > MAX_UPLOAD_BYTES
    prepared = within_deadline(lambda: prepare_image(data), what="prepare_image with a 2.5 MB ICC profile")
    assert len(prepared.data) <= MAX_UPLOAD_BYTES
    assert (prepared.width, prepared.height) == (800, 600)  # not shrunk towards 1x1
    assert "icc_profile" not in Image.open(io.BytesIO(prepared.data)).info


def test_a_small_icc_profile_travels_with_the_photo() -> None:
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    big = _noise(2600, 2000)
    prepared = prepare_image(_jpeg(big, icc_profile=icc, subsampling=0, quality=100))
    assert prepared.reencoded and Image.open(io.BytesIO(prepared.data)).info.get("icc_profile") == icc


def test_a_folder_is_called_a_folder(tmp_path: Path) -> None:
    for check in (lambda: prepare_image(tmp_path), lambda: VerifyRequest(
            comparison_type=ComparisonType.FACE_COMPARISON, image=tmp_path, uuid="u", image_ref1=tmp_path).validate()):
        with pytest.raises(FaceIDError) as err:
            check()
        assert err.value.field == "image" and "is a folder" in str(err.value)


def test_a_link_to_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    link = tmp_path / "photo.jpg"
    link.symlink_to("/dev/zero")
    with pytest.raises(FaceIDError) as err:
        within_deadline(lambda: prepare_image(link), what="prepare_image of /dev/zero")
    assert err.value.field == "image" and "is a device" in str(err.value) and "link" in str(err.value)
    with pytest.raises(FaceIDError) as request_err:
        VerifyRequest(comparison_type=ComparisonType.FACE_COMPARISON, image=link, uuid="u",
                      image_ref1=link).validate()
    assert "is a device" in str(request_err.value)


def test_a_pipe_and_a_broken_link_are_named(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.jpg"
    os.mkfifo(fifo)
    with pytest.raises(FaceIDError, match="is a pipe"):
        within_deadline(lambda: prepare_image(fifo), what="prepare_image of a FIFO")
    broken = tmp_path / "gone.jpg"
    broken.symlink_to(tmp_path / "nowhere.jpg")
    with pytest.raises(FaceIDError, match="broken link"):
        prepare_image(broken)


def _corrupt_exif_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6
    raw = bytearray(exif.tobytes())
    raw[-6:] = b"\xff\xff\xff\xff\xff\xff"  # an IFD entry pointing far past the end of the block
    raw += b"\x00" * 4
    data = _jpeg(_noise(64, 48), exif=bytes(raw))
    # Break the IFD entry count so Pillow warns while reading it.
    at = data.find(b"Exif\x00\x00") + 6 + 8
    return data[:at] + b"\xff\x7f" + data[at + 2:]


def test_pillow_metadata_warnings_stay_inside() -> None:
    data = _corrupt_exif_jpeg()
    with warnings.catch_warnings(record=True) as direct:
        warnings.simplefilter("always")
        Image.open(io.BytesIO(data)).getexif()
    assert direct, "the sample must make Pillow warn, or this test proves nothing"
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        prepare_image(data)
    assert not seen, [str(w.message) for w in seen]
