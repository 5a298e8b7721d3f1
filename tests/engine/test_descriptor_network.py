"""The descriptor network read from dlib's model file and run with numpy gives dlib's own descriptors."""

from __future__ import annotations

from pathlib import Path

import dlib
import face_recognition_models as models
import numpy as np
import pytest
from PIL import Image

from faceid_console.engine.descriptor_network import DescriptorModelError, DescriptorNetwork

MODEL_FILE = Path(models.face_recognition_model_location())


@pytest.fixture(scope="module")
def network() -> DescriptorNetwork:
    return DescriptorNetwork.from_file(MODEL_FILE)


def test_every_face_of_the_test_photos_gets_dlibs_descriptor_to_float_rounding(network: DescriptorNetwork,
                                                                                faces: Path) -> None:
    detector = dlib.get_frontal_face_detector()
    predictor = dlib.shape_predictor(models.pose_predictor_five_point_model_location())
    encoder = dlib.face_recognition_model_v1(str(MODEL_FILE))
    described = 0
    worst = 0.0
    for path in sorted(faces.glob("*.jpg")):
        pixels = np.asarray(Image.open(path).convert("RGB"))
        for rect in detector(pixels, 1):
            chip = dlib.get_face_chip(pixels, predictor(pixels, rect), size=150, padding=0.25)
            expected = np.asarray(encoder.compute_face_descriptor(chip))
            got = network.describe(chip)
            assert got.shape == (128,) and got.dtype == np.float64
            worst = max(worst, float(np.abs(got - expected).max()))
            described += 1
    assert described >= 20
    # Descriptors are ~0.1 a component and "same person" is a distance below 0.6: 1e-5 changes no score.
    assert worst < 1e-5


def test_a_file_that_is_not_the_descriptor_network_is_refused_not_half_read(network: DescriptorNetwork,
                                                                             tmp_path: Path) -> None:
    whole = MODEL_FILE.read_bytes()
    with pytest.raises(DescriptorModelError, match="ends inside a tensor"):
        DescriptorNetwork.from_bytes(whole[: len(whole) // 2])
    with pytest.raises(DescriptorModelError, match="no face-descriptor network"):
        DescriptorNetwork.from_bytes(b"\x00" * 4096)
    landmarks = Path(models.pose_predictor_five_point_model_location())
    with pytest.raises(DescriptorModelError):
        DescriptorNetwork.from_file(landmarks)


def test_a_chip_of_the_wrong_size_is_refused(network: DescriptorNetwork) -> None:
    with pytest.raises(ValueError, match="150×150×3"):
        network.describe(np.zeros((160, 160, 3), dtype=np.uint8))
