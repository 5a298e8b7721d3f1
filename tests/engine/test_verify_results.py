"""Successful verify answers from the real engine: every documented field, real scores, orientation."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from faceid_console.api import ComparisonType, FaceIDClient, VerifyRequest
from faceid_console.engine import scoring

from .helpers import KYC_NAME, KYC_NUMBER, EngineCaller, jpeg


def test_face_comparison_with_three_references(client: FaceIDClient, faces: Path) -> None:
    result = client.verify(VerifyRequest(
        ComparisonType.FACE_COMPARISON, faces / "obama_1.jpg", uuid="applicant-7",
        image_ref1=faces / "obama_2.jpg", image_ref2=faces / "biden_1.jpg", image_ref3=faces / "obama_4.jpg",
    ))
    assert result.result_faceid is None and result.id_exceptions is None and result.faces == ()
    assert set(result.result_refs) == {1, 2, 3}
    same, other, same2 = (result.result_refs[i] for i in (1, 2, 3))
    assert dict(same.thresholds) == scoring.thresholds() and list(same.thresholds) == ["1e-3", "1e-4", "1e-5", "1e-6"]
    assert same.passes("1e-4") and same2.passes("1e-4") and not other.passes("1e-3")
    assert other.confidence < same.confidence
    assert result.primary_score() is max((same, other, same2), key=lambda s: s.confidence)
    assert result.time_used is not None and result.request_id


def test_kyc_success_has_result_faceid_and_id_exceptions(client: FaceIDClient, faces: Path, registered: None) -> None:
    result = client.verify(VerifyRequest(
        ComparisonType.KYC, faces / "obama_1.jpg", idcard_name=KYC_NAME, idcard_number=KYC_NUMBER,
        image_ref1=faces / "obama_2.jpg",
    ))
    assert result.result_faceid is not None and result.result_faceid.passes("1e-4")
    assert set(result.result_refs) == {1}
    assert result.id_exceptions is not None
    assert (result.id_exceptions.id_attacked, result.id_exceptions.id_photo_monochrome) == (0, 0)


def test_id_exceptions_are_measured(engine, client: FaceIDClient, faces: Path) -> None:  # type: ignore[no-untyped-def]
    grey = jpeg(Image.open(faces / "obama_3.jpg").convert("L"))
    engine.backend.registry.add("360426199101010071", "灰度", grey, id_attacked=True)
    try:
        result = client.verify(VerifyRequest(ComparisonType.KYC, faces / "obama_2.jpg", idcard_name="灰度",
                                             idcard_number="360426199101010071"))
    finally:
        engine.backend.registry.remove("360426199101010071")
    assert result.id_exceptions is not None
    assert (result.id_exceptions.id_attacked, result.id_exceptions.id_photo_monochrome) == (1, 1)
    assert result.result_faceid is not None and result.result_faceid.passes("1e-3")


def test_faces_boxes_and_quality(client: FaceIDClient, faces: Path) -> None:
    result = client.verify(VerifyRequest(
        ComparisonType.FACE_COMPARISON, faces / "multi_obama_biden.jpg", uuid="u", image_ref1=faces / "obama_2.jpg",
        fail_when_multiple_faces=False, return_faces=True,
    ))
    assert len(result.faces) == 3
    areas = []
    for face in result.faces:
        assert face.rect is not None and face.orientation is None and face.quality_threshold == 30.0
        for value in (face.rect.left, face.rect.top, face.rect.width, face.rect.height):
            assert 0.0 <= value <= 1.0
        assert face.rect.left + face.rect.width <= 1.0 and face.quality is not None and 0 <= face.quality <= 100
        areas.append(face.rect.width * face.rect.height)
    assert areas == sorted(areas, reverse=True)  # largest first: the one compared


def test_multi_oriented_detection_finds_a_turned_face(caller: EngineCaller, faces: Path) -> None:
    upright = Image.open(faces / "obama_4.jpg")
    turned = upright.rotate(-90, expand=True)  # clockwise: the top of the head now points right
    base = {"return_faces": "1"}
    plain = caller.verify(base, {"image": jpeg(upright)}).json()
    without = caller.verify(base, {"image": jpeg(turned)}).json()
    assert without["error_message"] == "NO_FACE_FOUND: image"
    found = caller.verify({**base, "multi_oriented_detection": "1"}, {"image": jpeg(turned)})
    assert found.status_code == 200, found.text
    body = found.json()
    face = body["faces"][0]
    assert face["orientation"] == 90
    # The box is reported in the turned photo's own coordinates.
    r = plain["faces"][0]["rect"]
    expected = {"left": 1 - r["top"] - r["height"], "top": r["left"], "width": r["height"], "height": r["width"]}
    for key, value in expected.items():
        assert face["rect"][key] == pytest.approx(value, abs=0.04), key
    assert body["result_ref1"]["confidence"] > body["result_ref1"]["thresholds"]["1e-4"]


def test_reference_photo_turned_upside_down(caller: EngineCaller, faces: Path) -> None:
    flipped = Image.open(io.BytesIO(caller.photo("obama_2.jpg"))).rotate(180)
    assert caller.verify(files={"image_ref1": jpeg(flipped)}).json()["error_message"] == "NO_FACE_FOUND: image_ref1"
    ok = caller.verify({"multi_oriented_detection": "1"}, {"image_ref1": jpeg(flipped)})
    assert ok.status_code == 200 and ok.json()["result_ref1"]["confidence"] > 70


def test_every_documented_field_round_trips_through_the_client(client: FaceIDClient, faces: Path) -> None:
    result = client.verify(VerifyRequest(
        ComparisonType.FACE_COMPARISON, faces / "obama_2_rgba.png", uuid="u", image_ref1=faces / "alex_2.png",
        return_faces=True, multi_oriented_detection=True,
    ))
    assert result.faces[0].orientation == 0
    assert set(result.raw) == {"request_id", "time_used", "result_ref1", "faces"}
