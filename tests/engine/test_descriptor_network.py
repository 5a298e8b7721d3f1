"""The descriptor network read from dlib's model file and run with numpy gives dlib's own descriptors."""

from __future__ import annotations

import random
import re
from pathlib import Path

import dlib
import face_recognition_models as models
import numpy as np
import pytest
from PIL import Image

from faceid_console.engine.descriptor_network import DescriptorModelError, DescriptorNetwork, _Reader

MODEL_FILE = Path(models.face_recognition_model_location())


@pytest.fixture(scope="module")
def network() -> DescriptorNetwork:
    return DescriptorNetwork.from_file(MODEL_FILE)


def _test_photos(faces: Path) -> list[Path]:
    return sorted(p for p in faces.iterdir() if p.suffix in (".jpg", ".png"))


def test_every_face_of_the_test_photos_gets_dlibs_descriptor_to_float_rounding(network: DescriptorNetwork,
                                                                                faces: Path) -> None:
    detector = dlib.get_frontal_face_detector()
    predictor = dlib.shape_predictor(models.pose_predictor_five_point_model_location())
    encoder = dlib.face_recognition_model_v1(str(MODEL_FILE))
    described = 0
    worst = 0.0
    for path in _test_photos(faces):
        pixels = np.asarray(Image.open(path).convert("RGB"))
        for rect in detector(pixels, 1):
            chip = dlib.get_face_chip(pixels, predictor(pixels, rect), size=150, padding=0.25)
            expected = np.asarray(encoder.compute_face_descriptor(chip))
            got = network.describe(chip)
            assert got.shape == (128,) and got.dtype == np.float64
            worst = max(worst, float(np.abs(got - expected).max()))
            described += 1
    assert described >= 20
    # Components are ~0.1 and "same person" is a distance below 0.6: rounding of this size changes no score.
    assert worst < 1e-6


def _layer_tags(data: bytes, tag: bytes) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(tag), data)]


def _stride_offset(data: bytes, convolution: int) -> int:
    """Where the row stride of the n-th convolution (from 0) is written."""
    reader = _Reader(data, _layer_tags(data, b"\x01\x05con_4")[convolution])
    reader.text()
    reader.integer()  # tensor version
    size = 1
    for _ in range(4):
        size *= reader.integer()
    reader.position += 4 * size
    for _ in range(3):  # filters, rows, columns
        reader.integer()
    return reader.position


def test_a_network_of_another_shape_is_refused_not_run(network: DescriptorNetwork) -> None:
    whole = MODEL_FILE.read_bytes()
    at = _stride_offset(whole, 1)  # the first 3×3 convolution: stride 1, written as b"\x01\x01"
    assert whole[at:at + 2] == b"\x01\x01"
    strided = whole[:at + 1] + b"\x02" + whole[at + 2:]
    with pytest.raises(DescriptorModelError, match="convolution 2 is"):
        DescriptorNetwork.from_bytes(strided)
    with pytest.raises(DescriptorModelError, match="ends inside a layer"):
        DescriptorNetwork.from_bytes(whole[: len(whole) // 2])
    with pytest.raises(DescriptorModelError, match="no complete face-descriptor network"):
        DescriptorNetwork.from_bytes(b"\x00" * 4096)
    with pytest.raises(DescriptorModelError):
        DescriptorNetwork.from_file(models.pose_predictor_five_point_model_location())


def _header_bytes(data: bytes) -> list[int]:
    """The offsets of every layer's name and tensor header (not its weights)."""
    offsets = []
    for tag in (b"\x01\x05con_4", b"\x01\x07affine_", b"\x01\x04fc_2"):
        for at in _layer_tags(data, tag):
            reader = _Reader(data, at)
            reader.text()
            if tag.endswith(b"fc_2"):
                reader.integer(), reader.integer()
            for _ in range(5):  # tensor version and shape
                reader.integer()
            offsets += range(at, reader.position)
    return offsets


def test_a_damaged_layer_header_is_refused_with_descriptor_model_error() -> None:
    whole = MODEL_FILE.read_bytes()
    headers = _header_bytes(whole)
    rng = random.Random(7)
    for at in rng.sample(headers, 40):
        value = rng.choice([b for b in range(256) if b != whole[at]])
        with pytest.raises(DescriptorModelError):
            DescriptorNetwork.from_bytes(whole[:at] + bytes([value]) + whole[at + 1:])


def test_a_chip_of_the_wrong_size_is_refused(network: DescriptorNetwork) -> None:
    with pytest.raises(ValueError, match="150×150×3"):
        network.describe(np.zeros((160, 160, 3), dtype=np.uint8))
