"""The calibration claims of engine/scoring.py, checked on every pair of tests/data/faces."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from faceid_console.engine import scoring


@pytest.fixture(scope="module")
def descriptors(faces: Path, face_model) -> dict[str, np.ndarray]:  # type: ignore[no-untyped-def]
    out = {}
    for path in sorted(faces.iterdir()):
        if path.suffix.lower() not in (".jpg", ".png") or path.name.startswith("multi_"):
            continue
        image = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
        found = face_model.detect(image)
        assert found, f"no face in {path.name}"
        out[path.name] = face_model.descriptor(found[0])
    return out


def person(name: str) -> str:
    return name.split("_", maxsplit=1)[0]


def test_same_person_above_1e4_and_different_person_below_1e3(descriptors: dict[str, np.ndarray]) -> None:
    thresholds = scoring.thresholds()
    same, different = 0, 0
    for a, b in itertools.combinations(sorted(descriptors), 2):
        confidence = scoring.confidence(float(np.linalg.norm(descriptors[a] - descriptors[b])))
        if person(a) == person(b):
            same += 1
            assert confidence > thresholds["1e-4"], (a, b, confidence)
        else:
            different += 1
            assert confidence < thresholds["1e-3"], (a, b, confidence)
    assert same >= 40 and different >= 140


def test_thresholds_are_ordered_and_match_the_far_estimate() -> None:
    t = scoring.thresholds()
    assert t["1e-3"] < t["1e-4"] < t["1e-5"] < t["1e-6"] < 100
    for level, distance in scoring.FAR_DISTANCES.items():
        assert scoring.estimated_far(distance) == pytest.approx(float(level), rel=1e-6)


def test_confidence_is_monotone_in_distance() -> None:
    values = [scoring.confidence(d) for d in np.linspace(0.0, 1.5, 50)]
    assert all(a >= b for a, b in itertools.pairwise(values)) and values[0] > 99 and values[-1] < 1
