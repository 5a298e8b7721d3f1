"""Every verify error string the engine implements, produced by a real request and mapped by the client."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PIL import Image

from faceid_console.engine.models import KeyPolicy
from faceid_console.engine.server import EngineServer
from tests.conftest import API_KEY, API_SECRET

from .helpers import KYC_NUMBER, EngineCaller, blank_photo, jpeg

REQUEST_ID = re.compile(r"^\d{10},[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$")


@pytest.mark.parametrize(
    ("fields", "message", "status"),
    [
        ({"api_key": None}, "MISSING_ARGUMENTS: api_key", 400),
        ({"api_secret": None}, "MISSING_ARGUMENTS: api_secret", 400),
        ({"api_secret": "wrong"}, "AUTHENTICATION_ERROR", 403),
        ({"api_key": "unknown"}, "AUTHENTICATION_ERROR", 403),
        ({"comparison_type": None}, "MISSING_ARGUMENTS: comparison_type", 400),
        ({"comparison_type": "2"}, "BAD_ARGUMENTS: comparison_type", 400),
        ({"comparison_type": "-1"}, "BAD_ARGUMENTS: comparison_type", 400),  # liveness only is get_token's alone
        ({"face_image_type": None}, "MISSING_ARGUMENTS: face_image_type", 400),
        ({"face_image_type": "raw"}, "BAD_ARGUMENTS: face_image_type", 400),
        ({"face_image_type": "facetoken"}, "MISSING_ARGUMENTS: face_token", 400),
        ({"face_image_type": "facetoken", "face_token": "ft-123"}, "INVALID_FACE_TOKEN: ft-123", 400),
        ({"fail_when_multiple_faces": "2"}, "BAD_ARGUMENTS: fail_when_multiple_faces", 400),
        ({"face_quality_threshold": "101"}, "BAD_ARGUMENTS: face_quality_threshold", 400),
        ({"face_quality_threshold": "3.5"}, "BAD_ARGUMENTS: face_quality_threshold", 400),
        ({"return_faces": "yes"}, "BAD_ARGUMENTS: return_faces", 400),
        ({"multi_oriented_detection": "-1"}, "BAD_ARGUMENTS: multi_oriented_detection", 400),
        ({"fail_when_ref_multiple_faces": "9"}, "BAD_ARGUMENTS: fail_when_ref_multiple_faces", 400),
        ({"uuid": None}, "MISSING_ARGUMENTS: uuid", 400),
        ({"uuid": "u" * 513}, "BAD_ARGUMENTS: uuid", 400),
    ],
)
def test_parameter_errors(caller: EngineCaller, fields: dict, message: str, status: int) -> None:
    response = caller.verify(fields)
    assert response.status_code == status
    body = response.json()
    assert body["error_message"] == message
    assert REQUEST_ID.match(body["request_id"]) and isinstance(body["time_used"], int)
    err = caller.error(response)
    assert f"{err.code}: {err.detail}".rstrip(": ") == message and err.http_status == status
    assert not err.billed


def test_meglive_types_are_refused_with_a_clear_note(caller: EngineCaller) -> None:
    for kind in ("meglive", "meglive_flash"):
        response = caller.verify({"face_image_type": kind})
        body = response.json()
        assert response.status_code == 400 and body["error_message"] == "BAD_ARGUMENTS: face_image_type"
        assert "raw_image" in body["engine_note"] and kind in body["engine_note"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"image": None}, "MISSING_ARGUMENTS: image"),
        ({"image_ref1": None}, "MISSING_ARGUMENTS: image_ref1"),
        ({"image": b"%PDF-1.4 this is not a photo"}, "IMAGE_ERROR_UNSUPPORTED_FORMAT: image"),
        ({"image_ref2": b"GIF89a..."}, "IMAGE_ERROR_UNSUPPORTED_FORMAT: image_ref2"),
        ({"image": "WIDE"}, "INVALID_IMAGE_SIZE: image"),
        ({"image_ref3": "WIDE"}, "INVALID_IMAGE_SIZE: image_ref3"),
        ({"image": "BLANK"}, "NO_FACE_FOUND: image"),
        ({"image_ref1": "BLANK"}, "NO_FACE_FOUND: image_ref1"),
        ({"image": "multi_two_people.jpg"}, "MULTIPLE_FACES: image"),
        ({"image_ref2": "multi_kit_rose.jpg"}, "MULTIPLE_FACES: image_ref2"),
        # Several at fault: the photo's error first, then each reference's in order.
        ({"image": "BLANK", "image_ref1": "multi_two_people.jpg"}, "NO_FACE_FOUND: image"),
        ({"image_ref1": "multi_two_people.jpg", "image_ref2": "BLANK"}, "MULTIPLE_FACES: image_ref1"),
        ({"image_ref2": "BLANK", "image_ref3": "multi_kit_rose.jpg"}, "NO_FACE_FOUND: image_ref2"),
    ],
)
def test_image_errors(caller: EngineCaller, files: dict, message: str) -> None:
    wide = jpeg(Image.new("RGB", (4100, 64), (200, 180, 160)))
    resolved = {
        k: (wide if v == "WIDE" else blank_photo() if v == "BLANK" else caller.photo(v) if isinstance(v, str) else v)
        for k, v in files.items()
    }
    response = caller.verify(files=resolved)
    assert response.status_code == 400
    assert response.json()["error_message"] == message
    err = caller.error(response)
    assert err.field == message.split(": ")[1] and not err.billed


@pytest.mark.parametrize(("field", "case"), [("image", "jpeg cut at 60 % and closed again"),
                                             ("image_ref1", "progressive jpeg cut at 40 % and closed again"),
                                             ("image_ref1", "png whose rows stop at 60 %")])
def test_a_photo_cut_off_is_an_unreadable_image_not_a_grey_face(caller: EngineCaller, faces: Path, field: str,
                                                                case: str) -> None:
    """A JPEG cut at 60 % and ended again decodes in Pillow without a word, its rest grey: the engine compared that
    half-grey face. FaceID's word for a photo it cannot decode is IMAGE_ERROR_UNSUPPORTED_FORMAT (unbilled)."""
    from ..damaged_photos import damaged_photos

    response = caller.verify(files={field: dict(damaged_photos(faces))[case]})
    assert response.status_code == 400
    assert response.json()["error_message"] == f"IMAGE_ERROR_UNSUPPORTED_FORMAT: {field}"
    assert not caller.error(response).billed


def test_image_over_2_mb_is_413_plain_text(caller: EngineCaller) -> None:
    response = caller.verify(files={"image_ref1": b"\xff\xd8" + b"\0" * (2 * 1024 * 1024 + 1)})
    assert response.status_code == 413
    assert response.text == "Request Entity Too Large" and response.headers["Content-Type"].startswith("text/plain")
    assert caller.error(response).code == "Request Entity Too Large"


def test_multiple_faces_allowed_use_the_largest(caller: EngineCaller) -> None:
    response = caller.verify({"fail_when_multiple_faces": "0", "fail_when_ref_multiple_faces": "0", "return_faces": "1"},
                             {"image": caller.photo("multi_two_people.jpg"), "image_ref1": caller.photo("multi_kit_rose.jpg")})
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["faces"]) == 2 and "result_ref1" in body


def test_low_quality_keeps_faces_when_asked(caller: EngineCaller) -> None:
    response = caller.verify({"face_quality_threshold": "100", "return_faces": "1"})
    body = response.json()
    assert response.status_code == 400 and body["error_message"] == "LOW_QUALITY"
    assert body["faces"][0]["quality"] < 100 and body["faces"][0]["quality_threshold"] == 30.0
    no_faces = caller.verify({"face_quality_threshold": "100"}).json()
    assert "faces" not in no_faces


def test_no_face_found_keeps_faces_list_when_asked(caller: EngineCaller) -> None:
    body = caller.verify({"return_faces": "1"}, {"image": blank_photo()}).json()
    assert body["error_message"] == "NO_FACE_FOUND: image" and body["faces"] == []


@pytest.mark.parametrize(("files", "message", "multi_oriented"), [
    ({"image_ref2": "multi_kit_rose.jpg"}, "MULTIPLE_FACES: image_ref2", "0"),
    ({"image_ref1": "BLANK"}, "NO_FACE_FOUND: image_ref1", "1"),  # with each face's orientation
    ({"image_ref3": "BLANK"}, "NO_FACE_FOUND: image_ref3", "0"),
])
def test_a_reference_s_refusal_carries_the_photo_s_faces_when_asked(caller: EngineCaller, files: dict, message: str,
                                                                    multi_oriented: str) -> None:
    """It carried none: return_faces "即使调用返回错误码400(LOW_QUALITY)、400(MULTIPLE_FACES)或400(NO_FACE_FOUND),
    返回结果里依然会包含faces字段", and faces are the photo to compare's ("当待比对照片…且return_faces参数为1时,返回本字段"),
    not the reference's: the photo's faces, as its own answer would have had them."""
    asked = {"return_faces": "1", "multi_oriented_detection": multi_oriented}
    refs = {k: blank_photo() if v == "BLANK" else caller.photo(v) for k, v in files.items()}
    refused = caller.verify(asked, refs)
    assert refused.status_code == 400 and refused.json()["error_message"] == message
    photo_s_own = caller.verify(asked).json()["faces"]
    assert refused.json()["faces"] == photo_s_own and len(photo_s_own) == 1
    assert "faces" not in caller.verify({"multi_oriented_detection": multi_oriented}, refs).json()  # not asked


def test_the_data_source_s_refusal_carries_the_photo_s_faces_when_asked(engine, caller: EngineCaller) -> None:  # type: ignore[no-untyped-def]
    engine.backend.registry.add("11010519491231002X", "墙", blank_photo())
    try:
        refused = caller.verify({"idcard_name": "墙", "return_faces": "1"}, kyc=True)
        not_asked = caller.verify({"idcard_name": "墙"}, kyc=True)
    finally:
        engine.backend.registry.remove("11010519491231002X")
    assert refused.json()["error_message"] == "NO_FACE_FOUND: data_source"
    assert refused.json()["faces"] == caller.verify({"return_faces": "1"}).json()["faces"]
    assert not_asked.json()["error_message"] == "NO_FACE_FOUND: data_source" and "faces" not in not_asked.json()


@pytest.mark.usefixtures("registered")
@pytest.mark.parametrize(
    ("fields", "message", "billed"),
    [
        ({"idcard_name": None}, "MISSING_ARGUMENTS: idcard_name", False),
        ({"idcard_number": None}, "MISSING_ARGUMENTS: idcard_number", False),
        ({"idcard_name": "名" * 33}, "INVALID_NAME_FORMAT", False),
        ({"idcard_number": "1101051949123100"}, "INVALID_IDCARD_NUMBER", False),
        ({"idcard_number": "11010519491231002Z"}, "INVALID_IDCARD_NUMBER", False),
        ({"idcard_number": "360426199101010071"}, "NO_SUCH_ID_NUMBER", True),
        ({"idcard_name": "拜登"}, "ID_NUMBER_NAME_NOT_MATCH", True),
    ],
)
def test_kyc_errors(caller: EngineCaller, fields: dict, message: str, billed: bool) -> None:
    response = caller.verify(fields, kyc=True)
    assert response.status_code == 400 and response.json()["error_message"] == message
    assert caller.error(response).billed is billed


def test_kyc_name_that_is_not_utf8(caller: EngineCaller, registered: None) -> None:
    import requests

    body = (
        b"--b\r\nContent-Disposition: form-data; name=\"idcard_name\"\r\n\r\n\xc0\xc1\xfe\r\n--b--\r\n"
    )
    fields = {"api_key": API_KEY, "api_secret": API_SECRET, "comparison_type": "1", "face_image_type": "raw_image",
              "idcard_number": KYC_NUMBER}
    parts = b"".join(
        f"--b\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode() for k, v in fields.items()
    )
    image = caller.photo("obama_1.jpg")
    parts += b"--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"i.jpg\"\r\n\r\n" + image + b"\r\n"
    response = requests.post(caller.base_url + "/faceid/v2/verify", data=parts + body,
                             headers={"Content-Type": "multipart/form-data; boundary=b"}, timeout=30)
    assert response.json()["error_message"] == "INVALID_NAME_FORMAT"


def test_data_source_photo_problems(engine, caller: EngineCaller) -> None:  # type: ignore[no-untyped-def]
    registry = engine.backend.registry
    registry.add("360426199101010071", "无照片", None)
    registry.add("11010519491231002X", "墙", blank_photo())
    try:
        no_photo = caller.verify({"idcard_number": "360426199101010071", "idcard_name": "无照片"}, kyc=True)
        assert no_photo.json()["error_message"] == "IMAGE_ERROR_UNSUPPORTED_FORMAT: data_source"
        assert caller.error(no_photo).billed
        no_face = caller.verify({"idcard_name": "墙"}, kyc=True)
        assert no_face.json()["error_message"] == "NO_FACE_FOUND: data_source"
        assert caller.error(no_face).billed
    finally:
        registry.remove("360426199101010071")
        registry.remove("11010519491231002X")


def test_unreadable_registry_is_data_source_error(tmp_path: Path, face_model, faces: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "registry.sqlite3").write_bytes(b"this is not a database" * 100)
    with EngineServer(tmp_path, {API_KEY: API_SECRET}, model=face_model) as server:
        response = EngineCaller(server.base_url, faces).verify(kyc=True)
    assert response.status_code == 400 and response.json()["error_message"] == "DATA_SOURCE_ERROR"


def test_authorization_errors(tmp_path: Path, face_model, faces: Path) -> None:  # type: ignore[no-untyped-def]
    policies = {
        "no-kyc": KeyPolicy(kyc_permission=False),
        "trial": KeyPolicy(call_limit=1),
        "stopped": KeyPolicy(discontinued=True),
    }
    creds = {"no-kyc": "s1", "trial": "s2", "stopped": "s3"}
    with EngineServer(tmp_path, creds, policies=policies, model=face_model) as server:
        call = EngineCaller(server.base_url, faces)
        no_kyc = call.verify({"api_key": "no-kyc", "api_secret": "s1"}, kyc=True)
        assert (no_kyc.status_code, no_kyc.json()["error_message"]) == (403, "AUTHORIZATION_ERROR: No data source permission.")
        assert call.verify({"api_key": "trial", "api_secret": "s2"}).status_code == 200
        limited = call.verify({"api_key": "trial", "api_secret": "s2"})
        assert (limited.status_code, limited.json()["error_message"]) == (403, "AUTHORIZATION_ERROR: Limit reached.")
        stopped = call.verify({"api_key": "stopped", "api_secret": "s3"})
        assert stopped.json()["error_message"] == "AUTHORIZATION_ERROR: Denied."
        err = call.error(limited)
        assert err.code == "AUTHORIZATION_ERROR" and err.detail == "Limit reached."
        assert "limit" in err.explanation("en") and "上限" in err.explanation("zh_CN")


def test_concurrency_limit(tmp_path: Path, face_model, faces: Path) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    with EngineServer(tmp_path, {API_KEY: API_SECRET}, concurrency_limit=1, threads=4, model=face_model) as server:
        call = EngineCaller(server.base_url, faces)
        statuses: list[int] = []
        bodies: list[dict] = []
        for _ in range(5):  # bounded: each round sends 4 at once while one verify takes ~1 s
            with ThreadPoolExecutor(4) as pool:
                responses = list(pool.map(lambda _: call.verify(
                    files={"image_ref2": call.photo("obama_3.jpg"), "image_ref3": call.photo("obama_4.jpg")}), range(4)))
            statuses += [r.status_code for r in responses]
            bodies += [r.json() for r in responses if r.status_code == 403]
            if bodies:
                break
    assert 200 in statuses and 403 in statuses
    assert bodies[0]["error_message"] == "CONCURRENCY_LIMIT_EXCEEDED" and REQUEST_ID.match(bodies[0]["request_id"])
    assert call.error(responses[statuses[-4:].index(403)]).retry_safe


def test_unknown_paths_are_api_not_found(caller: EngineCaller) -> None:
    import requests

    for method, path in (("GET", "/faceid/v9/verify"), ("POST", "/"), ("GET", "/faceid/v2/verify")):
        response = requests.request(method, caller.base_url + path, timeout=10)
        assert response.status_code == 404 and response.json() == {"error_message": "API_NOT_FOUND"}


def test_internal_error_from_a_failing_model(tmp_path: Path, faces: Path) -> None:
    class BrokenModel:
        def detect(self, *args: object, **kwargs: object) -> list:
            raise RuntimeError("model crashed")

    with EngineServer(tmp_path, {API_KEY: API_SECRET}, model=BrokenModel()) as server:  # type: ignore[arg-type]
        response = EngineCaller(server.base_url, faces).verify()
    assert response.status_code == 500 and response.json()["error_message"] == "INTERNAL_ERROR"
    assert EngineCaller.error(response).retry_safe


def test_a_burst_of_concurrent_verifies_each_gets_an_answer_and_the_engine_recovers(  # type: ignore[no-untyped-def]
        tmp_path: Path, face_model, faces: Path) -> None:
    """benchmarks/engine_load.py sends 200 at once; this smaller burst guards the same promise."""
    from concurrent.futures import ThreadPoolExecutor

    with EngineServer(tmp_path, {API_KEY: API_SECRET}, concurrency_limit=2, threads=4, model=face_model) as server:
        call = EngineCaller(server.base_url, faces)
        ref = call.photo("obama_2.jpg")
        with ThreadPoolExecutor(24) as pool:  # each reference first seen (bytes after its end), so none is cached
            responses = list(pool.map(lambda n: call.verify(files={"image_ref1": ref + b"burst-%d" % n}), range(24)))
        outcomes = {(r.status_code, r.json().get("error_message")) for r in responses}
        assert outcomes <= {(200, None), (403, "CONCURRENCY_LIMIT_EXCEEDED")}
        assert (403, "CONCURRENCY_LIMIT_EXCEEDED") in outcomes
        assert all("result_ref1" in r.json() for r in responses if r.status_code == 200)
        after = call.verify()
        assert after.status_code == 200 and after.json()["result_ref1"]["confidence"] > 60
        # A request leaves the count once its answer is written, which may be a moment after it arrived.
        deadline = time.monotonic() + 5
        while server.backend.in_flight and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.backend.in_flight == 0
