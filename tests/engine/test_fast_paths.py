"""The engine's fast paths answer what the full ones would: the coarse detection levels, the face crop
landmarks and chips are read from, descriptors computed in concurrent request threads, and the cache of
references seen before."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import dlib
import numpy as np
import pytest
from PIL import Image

from faceid_console.engine.face_model import FaceDetector, FaceModel
from faceid_console.engine.server import EngineServer
from tests.conftest import API_KEY, API_SECRET
from tests.engine.helpers import EngineCaller


def photos(faces: Path) -> list[Path]:
    return sorted(p for p in faces.iterdir() if p.suffix.lower() in (".jpg", ".png"))


def test_the_coarse_levels_report_the_fine_searchs_boxes_or_hand_over_to_it(face_model: FaceModel,
                                                                             faces: Path) -> None:
    answered = []
    for path in photos(faces):
        photo = Image.open(path).convert("RGB")
        coarse = face_model.detector._coarse_boxes(photo)
        if coarse is not None:
            assert coarse == face_model.detector._fine_boxes(photo), path.name
            answered.append(path.name)
    # Most portraits are answered by the coarse levels; small faces go to the fine search.
    assert {"obama_1080p.jpg", "obama_1.jpg", "biden_2.jpg", "multi_two_people.jpg"} <= set(answered)
    assert "obama_240p.jpg" not in answered and "multi_obama_biden.jpg" not in answered


def test_a_photo_with_no_face_at_the_coarse_levels_is_searched_finely_before_no_face(face_model: FaceModel,
                                                                                    faces: Path) -> None:
    small_face = Image.open(faces / "obama_240p.jpg").convert("RGB")
    assert face_model.detector._coarse_boxes(small_face) is None
    assert len(face_model.detect(small_face)) == 1
    wall = Image.fromarray(np.random.default_rng(3).normal(128, 12, (600, 800, 3)).clip(0, 255).astype(np.uint8))
    assert face_model.detect(wall) == []


def test_landmarks_and_descriptor_from_the_face_crop_match_dlib_on_the_whole_photo(face_model: FaceModel,
                                                                                      faces: Path) -> None:
    import face_recognition_models as models

    predictor = dlib.shape_predictor(models.pose_predictor_five_point_model_location())
    encoder = dlib.face_recognition_model_v1(models.face_recognition_model_location())
    for name in ("obama_1080p.jpg", "obama_partial_face.jpg", "multi_two_people.jpg"):
        photo = Image.open(faces / name).convert("RGB")
        whole = np.asarray(photo)
        for face in face_model.detect(photo):
            rect = dlib.rectangle(int(face.box.left), int(face.box.top), int(face.box.right), int(face.box.bottom))
            shape = predictor(whole, rect)
            assert face.landmarks == tuple((float(p.x), float(p.y)) for p in shape.parts()), name
            expected = np.asarray(encoder.compute_face_descriptor(whole, shape, 0))
            # The network runs in numpy, not dlib: the same arithmetic up to float rounding.
            assert np.allclose(face_model.descriptor(face), expected, rtol=0, atol=1e-5), name


def test_detectors_are_pooled_across_threads_not_made_per_thread(faces: Path) -> None:
    model = FaceModel()
    photo = Image.open(faces / "obama_2.jpg").convert("RGB")
    for _ in range(3):  # one search at a time from three different threads
        with ThreadPoolExecutor(1) as pool:
            assert len(pool.submit(model.detect, photo).result()) == 1
    assert model.detector._detectors.qsize() == 1
    with ThreadPoolExecutor(3) as pool:
        assert all(len(found) == 1 for found in pool.map(lambda _: model.detect(photo), range(6)))
    assert 1 <= model.detector._detectors.qsize() <= 3


def test_the_detector_is_read_from_its_file_as_dlibs_own_frontal_face_detector(
        monkeypatch: pytest.MonkeyPatch) -> None:
    expected = pickle.dumps(dlib.get_frontal_face_detector())
    # dlib decodes its own copy holding the interpreter lock for 0.2-0.7 s (the window's GUI thread waited for it).
    monkeypatch.setattr(dlib, "get_frontal_face_detector", lambda: pytest.fail("decoded by dlib, not read"))
    read = FaceDetector()._detectors.get_nowait()
    # If dlib's own ever changes, write the file again with the command in DETECTOR_FILE's comment.
    assert pickle.dumps(read) == expected


def test_a_pooled_detector_copy_finds_exactly_what_dlibs_own_detector_finds(faces: Path) -> None:
    copy = pickle.loads(FaceDetector()._detector_state)
    original = dlib.get_frontal_face_detector()
    for path in sorted(faces.glob("*.jpg")):
        pixels = np.asarray(Image.open(path).convert("RGB"))
        # Weak detections too (threshold -0.5), with their scores and sub-detector: the whole search must agree.
        found, expected = copy.run(pixels, 0, -0.5), original.run(pixels, 0, -0.5)
        assert [list(map(str, part)) for part in found] == [list(map(str, part)) for part in expected], path.name
        assert expected[0], path.name


def test_faces_described_in_concurrent_threads_get_the_descriptors_described_one_at_a_time(
        face_model: FaceModel, faces: Path) -> None:
    photos = [Image.open(faces / name).convert("RGB") for name in ("obama_1080p.jpg", "biden_1.jpg", "kit_1.jpg")]
    found = [face for photo in photos for face in face_model.detect(photo)]
    alone = [face_model.descriptor(face) for face in found]
    with ThreadPoolExecutor(4) as pool:  # numpy releases the interpreter lock: these really run at once
        together = list(pool.map(face_model.descriptor, found * 4))
    assert all(np.array_equal(vector, alone[i % len(found)]) for i, vector in enumerate(together))


def test_a_reference_sent_again_is_neither_decoded_nor_searched_again(tmp_path: Path, face_model: FaceModel,
                                                                       faces: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with EngineServer(tmp_path, {API_KEY: API_SECRET}, model=face_model) as server:
        decoded: list[str] = []
        decode = server.backend.decode
        monkeypatch.setattr(server.backend, "decode",
                            lambda param, data, *digest: decoded.append(param) or decode(param, data, *digest))
        call = EngineCaller(server.base_url, faces)
        first = call.verify().json()
        assert decoded == ["image", "image_ref1"]
        decoded.clear()
        again = call.verify().json()
        assert decoded == ["image"]
        assert again["result_ref1"] == first["result_ref1"]
        # A reference with two faces is still refused when sent again, without being decoded.
        two = {"image_ref1": call.photo("multi_two_people.jpg")}
        for _ in range(2):
            refused = call.verify(files=two)
            assert (refused.status_code, refused.json()["error_message"]) == (400, "MULTIPLE_FACES: image_ref1")
        assert decoded.count("image_ref1") == 1


def _with_second_face(faces: Path, face_model: FaceModel, box_px: int) -> Image.Image:
    """The 1080p portrait with Biden's face pasted into its background, scaled to a ``box_px`` face box."""
    portrait = Image.open(faces / "obama_1080p.jpg").convert("RGB")
    source = Image.open(faces / "biden_1.jpg").convert("RGB")
    box = face_model.detect(source)[0].box
    side = box.right - box.left
    head = source.crop((int(box.left - 0.6 * side), int(box.top - 0.8 * side),
                        int(box.right + 0.6 * side), int(box.bottom + 0.5 * side)))
    k = box_px / side
    portrait.paste(head.resize((round(head.width * k), round(head.height * k)), Image.Resampling.LANCZOS), (150, 300))
    return portrait


def test_a_second_face_is_looked_for_down_to_the_documented_size(face_model: FaceModel, faces: Path) -> None:
    # README and FaceDetector.boxes: beside a larger face, a second one counts from a ~100-120 px box in 1080p.
    assert len(face_model.detect(_with_second_face(faces, face_model, 130))) == 2
    # Below that only the full search finds it: the trade-off the coarse levels make, stated where it is made.
    smaller = _with_second_face(faces, face_model, 80)
    assert len(face_model.detector._fine_boxes(smaller)) == 2
    assert len(face_model.detect(smaller)) == 1
