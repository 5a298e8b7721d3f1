"""get_biz_token over real HTTP: the v3 sign, every parameter check, reference images, the token."""

from __future__ import annotations

import base64
import re
import time

import pytest
import requests

from faceid_console.api import ComparisonType, FaceIDClient, GetBizTokenRequest, LivenessType
from faceid_console.api.signing import sign_from_raw, sign_raw, sign_v3
from tests.conftest import API_KEY, API_SECRET

from .helpers import EngineCaller, blank_photo, jpeg

PATH = "/faceid/v3/sdk/get_biz_token"


def post(caller: EngineCaller, fields: dict[str, str | None] | None = None,
         files: dict[str, bytes | None] | None = None) -> requests.Response:
    base: dict[str, str | None] = {
        "sign": sign_v3(API_KEY, API_SECRET), "sign_version": "hmac_sha1", "liveness_type": "still",
        "comparison_type": "0", "uuid": "applicant-1",
    }
    base_files: dict[str, bytes | None] = {"image_ref1": caller.photo("obama_1.jpg")}
    merged = {k: v for k, v in {**base, **(fields or {})}.items() if v is not None}
    merged_files = {k: v for k, v in {**base_files, **(files or {})}.items() if v is not None}
    return caller.post(PATH, merged, merged_files)


def test_client_gets_a_single_use_token(client: FaceIDClient, engine, faces) -> None:  # type: ignore[no-untyped-def]
    token = client.get_biz_token(GetBizTokenRequest(
        LivenessType.MEGLIVE, ComparisonType.FACE_COMPARISON, uuid="u1", image_ref1=faces / "obama_1.jpg",
        image_ref2=faces / "obama_2.jpg", liveness_action_count=2, biz_no="order-9",
    ))
    assert re.match(r"^\d{10},[0-9a-f-]{36}$", token.biz_token)
    assert engine.backend.consume_biz_token(token.biz_token)
    assert not engine.backend.consume_biz_token(token.biz_token)  # single use


def test_token_lasts_one_hour(engine, caller: EngineCaller) -> None:  # type: ignore[no-untyped-def]
    token = post(caller).json()["biz_token"]
    real_clock = engine.backend.config.clock
    engine.backend.config.clock = lambda: real_clock() + 3601
    try:
        assert not engine.backend.consume_biz_token(token)
    finally:
        engine.backend.config.clock = real_clock


@pytest.mark.parametrize(
    ("fields", "message", "status"),
    [
        ({"sign": None}, "MISSING_ARGUMENTS: sign", 400),
        ({"sign_version": None}, "MISSING_ARGUMENTS: sign_version", 400),
        ({"sign_version": "md5"}, "BAD_ARGUMENTS: sign_version", 400),
        ({"sign": "bm90IGEgc2lnbg=="}, "AUTHORIZATION_ERROR: INVALID_SIGN", 403),
        ({"sign": "WRONG_SECRET"}, "AUTHORIZATION_ERROR: INVALID_SIGN", 403),
        ({"sign": "EXPIRED"}, "AUTHORIZATION_ERROR: EXPIRED_SIGN", 403),
        ({"sign": "UNKNOWN_KEY"}, "AUTHENTICATION_ERROR", 403),
        ({"liveness_type": None}, "MISSING_ARGUMENTS: liveness_type", 400),
        ({"liveness_type": "video"}, "BAD_ARGUMENTS: liveness_type", 400),
        ({"comparison_type": "3"}, "BAD_ARGUMENTS: comparison_type", 400),
        ({"comparison_type": "-1"}, "BAD_ARGUMENTS: comparison_type", 400),  # "取值只为“1”或“0”": -1 is get_token's
        ({"uuid": None}, "MISSING_ARGUMENTS: uuid", 400),
        ({"uuid": "码" * 43}, "BAD_ARGUMENTS: uuid", 400),
        ({"comparison_type": "1", "uuid": None}, "MISSING_ARGUMENTS: idcard_name", 400),
        ({"comparison_type": "1", "idcard_name": "张三"}, "MISSING_ARGUMENTS: idcard_number", 400),
        ({"biz_no": "b" * 129}, "BAD_ARGUMENTS: biz_no", 400),
        ({"liveness_timeout": "4"}, "BAD_ARGUMENTS: liveness_timeout", 400),
        ({"liveness_timeout": "61"}, "BAD_ARGUMENTS: liveness_timeout", 400),
        ({"liveness_action_count": "0"}, "BAD_ARGUMENTS: liveness_action_count", 400),
        ({"face_replace_detection": "2"}, "BAD_ARGUMENTS: face_replace_detection", 400),
        ({"eyes_close_detection": "x"}, "BAD_ARGUMENTS: eyes_close_detection", 400),
        ({"flash_liveness_timeout": "181"}, "BAD_ARGUMENTS: flash_liveness_timeout", 400),
        ({"verbose": "2"}, "BAD_ARGUMENTS: verbose", 400),
        ({"security_level": "0"}, "BAD_ARGUMENTS: security_level", 400),
        ({"force_compare": "3"}, "BAD_ARGUMENTS: force_compare", 400),
        ({"multi_oriented_detection": "2"}, "BAD_ARGUMENTS: multi_oriented_detection", 400),
        ({"liveness_level": "3"}, "BAD_ARGUMENTS: liveness_level", 400),
        ({"maximum_brightness": "2"}, "BAD_ARGUMENTS: maximum_brightness", 400),
        ({"get_liveness_video": "4"}, "BAD_ARGUMENTS: get_liveness_video", 400),
        ({"device_risk": "9"}, "BAD_ARGUMENTS: device_risk", 400),
        ({"multiple_faces_detection": "-"}, "BAD_ARGUMENTS: multiple_faces_detection", 400),
        ({"liveness_type": "raw_image"}, "MISSING_ARGUMENTS: image", 400),
        ({"face_quality_threshold": "200"}, "BAD_ARGUMENTS: face_quality_threshold", 400),
        ({"return_faces": "2"}, "BAD_ARGUMENTS: return_faces", 400),
        ({"fail_when_multiple_faces": "2"}, "BAD_ARGUMENTS: fail_when_multiple_faces", 400),
    ],
)
def test_v3_errors_use_the_error_field(caller: EngineCaller, fields: dict, message: str, status: int) -> None:
    now = int(time.time())
    special = {
        "WRONG_SECRET": sign_v3(API_KEY, "not-the-secret"),
        "EXPIRED": sign_from_raw(API_SECRET, sign_raw(API_KEY, now - 10, now - 100, 1)),
        "UNKNOWN_KEY": sign_v3("nobody", API_SECRET),
    }
    fields = {k: special.get(v, v) if isinstance(v, str) else v for k, v in fields.items()}
    response = post(caller, fields)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == message and "error_message" not in body
    err = caller.error(response)
    assert f"{err.code}: {err.detail}".rstrip(": ") == message


@pytest.mark.parametrize(
    ("fields", "files", "message"),
    [
        ({}, {"image_ref1": None}, "MISSING_ARGUMENTS: image_ref1"),
        ({}, {"image_ref1": b"not an image"}, "IMAGE_ERROR_UNSUPPORTED_FORMAT: image_ref1"),
        ({}, {"image_ref2": "WIDE"}, "INVALID_IMAGE_SIZE: image_ref2"),
        ({}, {"image_ref1": "BLANK"}, "NO_FACE_FOUND: image_ref1"),
        ({"liveness_type": "raw_image"}, {"image": "BLANK"}, "NO_FACE_FOUND: image"),
        ({"liveness_type": "raw_image"}, {"image": "multi_two_people.jpg"}, "MULTIPLE_FACES"),
        ({"liveness_type": "raw_image", "face_quality_threshold": "100"}, {"image": "obama_1.jpg"}, "LOW_QUALITY"),
    ],
)
def test_v3_image_errors(caller: EngineCaller, fields: dict, files: dict, message: str) -> None:
    from PIL import Image

    wide = jpeg(Image.new("RGB", (64, 4097), (90, 90, 90)))
    resolved = {k: (wide if v == "WIDE" else blank_photo() if v == "BLANK" else caller.photo(v)
                    if isinstance(v, str) else v) for k, v in files.items()}
    response = post(caller, fields, resolved)
    assert response.status_code == 400 and response.json()["error"] == message


def test_reference_with_several_faces_uses_the_largest(caller: EngineCaller) -> None:
    response = post(caller, files={"image_ref1": caller.photo("multi_obama_biden.jpg")})
    assert response.status_code == 200 and "biz_token" in response.json()


def test_raw_image_with_faces_returned(caller: EngineCaller) -> None:
    response = post(caller, {"liveness_type": "raw_image", "return_faces": "1"}, {"image": caller.photo("obama_2.jpg")})
    body = response.json()
    assert response.status_code == 200 and len(body["faces"]) == 1 and body["biz_token"]


def test_a_reference_s_refusal_carries_the_photo_s_faces_when_asked(caller: EngineCaller) -> None:
    """return_faces (无活体验证时): "只要本参数设置为1,即使调用返回错误码400(LOW_QUALITY)、400(MULTIPLE_FACES)或
    400(NO_FACE_FOUND),返回结果里依然会包含faces字段": a reference's NO_FACE_FOUND carried none. They are the photo to
    compare's (image's), as its own answer has them."""
    asked = {"liveness_type": "raw_image", "return_faces": "1"}
    photo = {"image": caller.photo("obama_2.jpg")}
    refused = post(caller, asked, {**photo, "image_ref1": blank_photo()})
    assert (refused.status_code, refused.json()["error"]) == (400, "NO_FACE_FOUND: image_ref1")
    assert refused.json()["faces"] == post(caller, asked, photo).json()["faces"]
    unreadable_photo = post(caller, asked, {"image": b"not a photo", "image_ref1": blank_photo()})
    assert unreadable_photo.json()["error"] == "NO_FACE_FOUND: image_ref1" and "faces" not in unreadable_photo.json()
    not_asked = post(caller, {"liveness_type": "raw_image"}, {**photo, "image_ref1": blank_photo()})
    assert "faces" not in not_asked.json()


def test_a_sign_serves_again_and_again_until_its_expire_time(engine, caller: EngineCaller) -> None:  # type: ignore[no-untyped-def]
    """A sign is no nonce: FaceID's v3 authentication page (鉴权, 签名算法) says "注:有效期的设置是为了允许签名在一段时间
    内可以多次使用" - its expire_time (b) alone ends it, with 403 AUTHORIZATION_ERROR: EXPIRED_SIGN ("签名已过期")."""
    now = int(time.time())
    sign = sign_from_raw(API_SECRET, sign_raw(API_KEY, now + 60, now, 7))
    assert [post(caller, {"sign": sign}).status_code for _ in range(3)] == [200, 200, 200]
    real_clock = engine.backend.config.clock
    engine.backend.config.clock = lambda: real_clock() + 61
    try:
        expired = post(caller, {"sign": sign})
    finally:
        engine.backend.config.clock = real_clock
    assert (expired.status_code, expired.json()["error"]) == (403, "AUTHORIZATION_ERROR: EXPIRED_SIGN")


def test_sign_is_checked_byte_for_byte(caller: EngineCaller) -> None:
    sign = base64.b64decode(sign_v3(API_KEY, API_SECRET))
    flipped = base64.b64encode(bytes([sign[0] ^ 1]) + sign[1:]).decode()
    assert post(caller, {"sign": flipped}).json()["error"] == "AUTHORIZATION_ERROR: INVALID_SIGN"


def test_request_over_20_mb_is_413_plain_text(caller: EngineCaller) -> None:
    response = post(caller, files={"image_ref2": b"\xff\xd8" + b"\0" * (20 * 1024 * 1024)})
    assert response.status_code == 413 and response.text == "Request Entity Too Large"


def test_every_v3_authorization_reason(tmp_path, face_model, faces) -> None:  # type: ignore[no-untyped-def]
    from faceid_console.engine.models import KeyPolicy
    from faceid_console.engine.server import EngineServer

    policies = {
        "stopped": KeyPolicy(discontinued=True),
        "elsewhere": KeyPolicy(allowed_ips=frozenset({"10.9.9.9"})),
        "v2-only": KeyPolicy(denied_apis=frozenset({PATH})),
        "kyc-only": KeyPolicy(verify_permission=False),
        "compare-only": KeyPolicy(kyc_permission=False),
        "trial": KeyPolicy(call_limit=1),
        "patient": KeyPolicy(attempts_per_applicant=1),
    }
    secrets = {key: f"secret-{key}" for key in policies}
    expected = {
        "stopped": "API_KEY_BE_DISCONTINUED", "elsewhere": "IP_NOT_ALLOWED", "v2-only": "DENIED",
        "kyc-only": "NO_VERIFY_PERMISSION", "compare-only": "NO_DATA_SOURCE_PERMISSION",
    }
    with EngineServer(tmp_path, secrets, policies=policies, model=face_model) as server:
        call = EngineCaller(server.base_url, faces)
        for key, reason in expected.items():
            fields = {"sign": sign_v3(key, secrets[key])}
            if key == "compare-only":
                fields.update(comparison_type="1", uuid=None, idcard_name="张三", idcard_number="11010519491231002X")
            response = post(call, fields)
            assert (response.status_code, response.json()["error"]) == (403, f"AUTHORIZATION_ERROR: {reason}"), key
        assert post(call, {"sign": sign_v3("trial", secrets["trial"])}).status_code == 200
        limited = post(call, {"sign": sign_v3("trial", secrets["trial"])})
        assert limited.json()["error"] == "AUTHORIZATION_ERROR: LIMIT_REACHED"
        assert post(call, {"sign": sign_v3("patient", secrets["patient"])}).status_code == 200
        retried = post(call, {"sign": sign_v3("patient", secrets["patient"])})
        assert retried.json()["error"] == "AUTHORIZATION_ERROR: MORE_RETRY_TIMES"
        assert post(call, {"sign": sign_v3("patient", secrets["patient"]), "uuid": "another"}).status_code == 200
        err = call.error(retried)
        assert "retry" in err.explanation("en") and "重试" in err.explanation("zh_CN")
