"""The face model on real photos: detection, landmarks, and a quality score that measures what it says."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance, ImageFilter

from faceid_console.engine.face_model import FaceModel


def largest(model: FaceModel, image: Image.Image):  # type: ignore[no-untyped-def]
    faces = model.detect(image)
    assert faces, "no face found"
    return faces[0]


@pytest.fixture(scope="module")
def portrait(faces: Path) -> Image.Image:
    return Image.open(faces / "obama_2.jpg").convert("RGB")


def test_every_single_face_photo_has_one_face_and_multi_photos_have_several(face_model: FaceModel, faces: Path) -> None:
    for path in sorted(faces.iterdir()):
        if path.suffix.lower() not in (".jpg", ".png"):
            continue
        found = face_model.detect(Image.open(path).convert("RGB"))
        expected = {"multi_obama_biden.jpg": 3, "multi_two_people.jpg": 2, "multi_kit_rose.jpg": 2}.get(path.name, 1)
        assert len(found) == expected, path.name


def test_landmarks_sit_inside_the_box(face_model: FaceModel, portrait: Image.Image) -> None:
    face = largest(face_model, portrait)
    assert len(face.landmarks) == 5
    for x, y in face.landmarks:
        assert face.box.left - 5 <= x <= face.box.right + 5 and face.box.top - 5 <= y <= face.box.bottom + 5


def test_large_photo_detection_matches_the_small_copy(face_model: FaceModel, faces: Path) -> None:
    big = Image.open(faces / "obama_1080p.jpg").convert("RGB")
    small = big.resize((960, 540))
    a, b = largest(face_model, big).box, largest(face_model, small).box
    assert a.left / 1920 == pytest.approx(b.left / 960, abs=0.02) and a.width / 1920 == pytest.approx(b.width / 960, abs=0.02)


def test_quality_reflects_sharpness(face_model: FaceModel, portrait: Image.Image) -> None:
    sharp = largest(face_model, portrait).quality
    blurred = largest(face_model, portrait.filter(ImageFilter.GaussianBlur(4))).quality
    assert blurred.sharpness < sharp.sharpness - 0.3 and blurred.score < sharp.score


def test_quality_reflects_exposure(face_model: FaceModel, portrait: Image.Image) -> None:
    normal = largest(face_model, portrait).quality
    dark = largest(face_model, ImageEnhance.Brightness(portrait).enhance(0.25)).quality
    assert dark.exposure < normal.exposure - 0.3 and dark.score < normal.score


def test_quality_reflects_face_size(face_model: FaceModel, faces: Path) -> None:
    big = largest(face_model, Image.open(faces / "obama_1.jpg").convert("RGB")).quality
    small = largest(face_model, Image.open(faces / "obama_240p.jpg").convert("RGB")).quality
    assert small.size < big.size


def test_quality_reflects_pose(face_model: FaceModel) -> None:
    frontal = face_model._pose_score([(30, 50), (45, 50), (75, 50), (60, 50), (52.5, 75)])
    turned = face_model._pose_score([(30, 50), (45, 50), (75, 50), (60, 50), (75, 75)])
    tilted = face_model._pose_score([(30, 30), (45, 40), (75, 60), (60, 50), (50, 75)])
    assert frontal == 1.0 and turned < 0.6 and tilted < 0.7


def test_descriptors_separate_people(face_model: FaceModel, faces: Path) -> None:
    def vector(name: str) -> np.ndarray:
        return face_model.descriptor(largest(face_model, Image.open(faces / name).convert("RGB")))

    same = face_model.distance(vector("kit_1.jpg"), vector("kit_2.jpg"))
    other = face_model.distance(vector("kit_1.jpg"), vector("rose_1.jpg"))
    assert same < 0.6 < other


def test_the_engine_reads_pixels_the_way_the_client_sends_them(faces) -> None:  # type: ignore[no-untyped-def]
    """A photo stored sideways (EXIF orientation 6) or as a 16-bit grey PNG is upright and 8-bit on both sides."""
    import io

    import numpy as np
    from PIL import Image

    from faceid_console.api import prepare_image
    from faceid_console.engine.models import EngineBackend

    with Image.open(faces / "obama_1.jpg") as source:
        upright = source.convert("RGB")
    sideways = upright.transpose(Image.Transpose.ROTATE_90)  # what a phone stores, with orientation 6
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    sideways.save(buffer, "JPEG", quality=95, exif=exif)
    decoded = EngineBackend.decode("image", buffer.getvalue())
    assert decoded.image.size == upright.size == Image.open(io.BytesIO(prepare_image(buffer.getvalue()).data)).size
    grey16 = Image.fromarray(np.asarray(upright.convert("L"), dtype=np.uint16) * 257).convert("I;16")
    buffer = io.BytesIO()
    grey16.save(buffer, "PNG")
    assert Image.open(io.BytesIO(buffer.getvalue())).mode.startswith("I")  # a real 16-bit PNG
    pixels = np.asarray(EngineBackend.decode("image", buffer.getvalue()).image)
    assert pixels.mean() > 60  # scaled from 16 bits, not clipped to black or white
