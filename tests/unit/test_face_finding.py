"""The largest face in a reference photo as the console finds it (FaceID's answer boxes none): with the built-in
engine's detector alone, on a copy at most DETECT_MAX_SIDE a side, once per photo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from faceid_console import face_finding
from faceid_console.engine.face_model import DETECT_MAX_SIDE, FaceDetector


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The size of every photo the detector searched during the test (none remembered from another test)."""
    monkeypatch.setattr(face_finding, "_remembered", type(face_finding._remembered)())
    seen: list[tuple[int, int]] = []
    boxes = FaceDetector.boxes

    def spy(detector: FaceDetector, photo: Image.Image) -> list[tuple[float, float, float, float]]:
        seen.append(photo.size)
        return boxes(detector, photo)

    monkeypatch.setattr(FaceDetector, "boxes", spy)
    return seen


def test_the_largest_of_several_faces_is_found_as_fractions_of_the_photo(faces: Path,
                                                                         searches: list[tuple[int, int]]) -> None:
    photo = Image.open(faces / "multi_obama_biden.jpg").convert("RGB")  # 2000×1428, three faces
    found = face_finding.largest_face(photo)
    assert found is not None
    # Searched on a copy at most DETECT_MAX_SIDE a side, as the engine searches.
    assert searches == [(DETECT_MAX_SIDE, round(1428 * DETECT_MAX_SIDE / 2000))]
    copy = photo.resize(searches[0], Image.Resampling.BILINEAR, reducing_gap=3.0)
    boxes = FaceDetector.shared().boxes(copy)
    assert len(boxes) == 3
    left, top, right, bottom = max(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    assert found.left == pytest.approx(left / copy.width) and found.top == pytest.approx(top / copy.height)
    assert found.width == pytest.approx((right - left) / copy.width)
    assert found.height == pytest.approx((bottom - top) / copy.height)


def test_a_photo_without_a_face_has_none_and_a_photo_seen_before_is_not_searched_again(
        faces: Path, searches: list[tuple[int, int]]) -> None:
    wall = Image.fromarray(np.random.default_rng(5).normal(128, 12, (600, 800, 3)).clip(0, 255).astype(np.uint8))
    assert face_finding.largest_face(wall) is None
    photo = Image.open(faces / "obama_3.jpg").convert("RGB")
    first = face_finding.largest_face(photo)
    assert first is not None and len(searches) == 2
    # The same pixels again, decoded anew (History decodes a photo each time it shows its entry): remembered.
    again = Image.open(faces / "obama_3.jpg").convert("RGB")
    assert face_finding.largest_face(again) == first and face_finding.largest_face(wall) is None
    assert len(searches) == 2


def test_finding_a_face_loads_neither_the_descriptor_network_nor_the_engine_s_server(faces: Path) -> None:
    code = (
        "import sys\n"
        "from PIL import Image\n"
        "from faceid_console.face_finding import largest_face\n"
        f"assert largest_face(Image.open({str(faces / 'obama_2.jpg')!r}).convert('RGB')) is not None\n"
        "print(sorted(m for m in ('face_recognition_models', 'faceid_console.engine.server', 'flask', 'PySide6')"
        " if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
