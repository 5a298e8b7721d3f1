from __future__ import annotations

from pathlib import Path

import pytest

from faceid_console.api import (
    ComparisonType,
    FaceIDError,
    GetBizTokenRequest,
    GetImageType,
    GetResultRequest,
    GetTokenRequest,
    LivenessType,
    VerifyRequest,
)

ID = "11010519491231002X"


def refused(request: object) -> FaceIDError:
    with pytest.raises(FaceIDError) as err:
        request.validate()  # type: ignore[attr-defined]
    return err.value


def test_verify_face_comparison_fields(faces: Path) -> None:
    req = VerifyRequest(ComparisonType.FACE_COMPARISON, faces / "obama_1.jpg", uuid="u", image_ref1=faces / "obama_2.jpg",
                        fail_when_multiple_faces=False, face_quality_threshold=40, return_faces=True,
                        multi_oriented_detection=True, fail_when_ref_multiple_faces=False)
    req.validate()
    assert req.form_fields() == {
        "comparison_type": "0", "face_image_type": "raw_image", "uuid": "u", "fail_when_multiple_faces": "0",
        "face_quality_threshold": "40", "return_faces": "1", "multi_oriented_detection": "1",
        "fail_when_ref_multiple_faces": "0",
    }
    assert list(req.image_fields()) == ["image", "image_ref1"]


def test_verify_kyc_fields(faces: Path) -> None:
    req = VerifyRequest(ComparisonType.KYC, faces / "obama_1.jpg", idcard_name=" 张三 ", idcard_number="11010519491231002x")
    req.validate()
    assert req.form_fields()["idcard_name"] == "张三" and req.form_fields()["idcard_number"] == ID
    pasted = VerifyRequest(ComparisonType.KYC, faces / "obama_1.jpg", idcard_name="\u00a0张三\u200b",
                           idcard_number=ID)
    pasted.validate()
    assert pasted.form_fields()["idcard_name"] == "张三"  # sent as checked: no zero-width space, no space around it


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"comparison_type": 0, "image_ref1": "REF"}, "uuid", "MISSING_ARGUMENTS"),
        ({"comparison_type": 0, "uuid": "u"}, "image_ref1", "MISSING_ARGUMENTS"),
        ({"comparison_type": 0, "uuid": "u" * 513, "image_ref1": "REF"}, "uuid", "BAD_ARGUMENTS"),
        ({"comparison_type": 0, "uuid": "u", "image_ref1": "REF", "idcard_name": "张三"}, "idcard_name", "BAD_ARGUMENTS"),
        ({"comparison_type": 1, "idcard_number": ID}, "idcard_name", "MISSING_ARGUMENTS"),
        ({"comparison_type": 1, "idcard_name": "张三"}, "idcard_number", "MISSING_ARGUMENTS"),
        ({"comparison_type": 1, "idcard_name": "张三", "idcard_number": ID, "uuid": "u"}, "uuid", "BAD_ARGUMENTS"),
        ({"comparison_type": 1, "idcard_name": "张三", "idcard_number": "110105194912310021"}, "idcard_number",
         "BAD_ARGUMENTS"),
        ({"comparison_type": 0, "uuid": "u", "image_ref1": "REF", "face_quality_threshold": 101},
         "face_quality_threshold", "BAD_ARGUMENTS"),
        ({"comparison_type": 0, "uuid": "u", "image_ref1": "REF", "image_ref3": "REF"}, "image_ref2", "BAD_ARGUMENTS"),
        ({"comparison_type": 1, "idcard_name": "张三", "idcard_number": ID, "image_ref2": "REF"}, "image_ref1",
         "BAD_ARGUMENTS"),
        ({"comparison_type": 0, "uuid": "u", "image_ref1": "/no/such/ref.jpg"}, "image_ref1", "BAD_ARGUMENTS"),
    ],
)
def test_verify_refusals_name_the_field(faces: Path, kwargs: dict, field: str, code: str) -> None:
    ref = faces / "obama_2.jpg"
    args = {k: (ref if v == "REF" else v) for k, v in kwargs.items()}
    err = refused(VerifyRequest(image=faces / "obama_1.jpg", **args))
    assert (err.field, err.code) == (field, code)


def test_verify_missing_image_file_is_named(faces: Path) -> None:
    err = refused(VerifyRequest(ComparisonType.FACE_COMPARISON, faces / "nope.jpg", uuid="u",
                                image_ref1=faces / "obama_2.jpg"))
    assert err.field == "image" and "nope.jpg" in err.message


def test_biz_token_every_parameter(faces: Path) -> None:
    req = GetBizTokenRequest(
        LivenessType.MEGLIVE, ComparisonType.FACE_COMPARISON, uuid="u", image_ref1=faces / "obama_1.jpg",
        image_ref2=faces / "obama_2.jpg", biz_no="b", liveness_timeout=10, liveness_action_count=2,
        face_replace_detection=True, verbose=1, security_level=3, force_compare=False, multi_oriented_detection=True,
        liveness_level=1, maximum_brightness=True, get_liveness_video=2, device_risk=True,
        multiple_faces_detection=False,
    )
    req.validate()
    fields = req.form_fields()
    assert fields["liveness_type"] == "meglive" and fields["liveness_action_count"] == "2"
    assert fields["get_liveness_video"] == "2" and fields["multiple_faces_detection"] == "0"
    assert set(req.image_fields()) == {"image_ref1", "image_ref2"}


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"liveness_type": LivenessType.STILL, "liveness_timeout": 4}, "liveness_timeout"),
        ({"liveness_type": LivenessType.STILL, "liveness_timeout": 61}, "liveness_timeout"),
        ({"liveness_type": LivenessType.MEGLIVE, "liveness_action_count": 4}, "liveness_action_count"),
        ({"liveness_type": LivenessType.FLASH, "flash_liveness_timeout": 59}, "flash_liveness_timeout"),
        ({"liveness_type": LivenessType.STILL, "flash_liveness_timeout": 90}, "flash_liveness_timeout"),
        ({"liveness_type": LivenessType.MEGLIVE, "eyes_close_detection": True}, "eyes_close_detection"),
        ({"liveness_type": LivenessType.STILL, "security_level": 5}, "security_level"),
        ({"liveness_type": LivenessType.STILL, "liveness_level": 3}, "liveness_level"),
        ({"liveness_type": LivenessType.STILL, "get_liveness_video": 4}, "get_liveness_video"),
        ({"liveness_type": LivenessType.STILL, "verbose": 2}, "verbose"),
        ({"liveness_type": LivenessType.RAW_IMAGE}, "image"),
        ({"liveness_type": LivenessType.STILL, "face_quality_threshold": 50}, "face_quality_threshold"),
        ({"liveness_type": LivenessType.STILL, "biz_no": "x" * 129}, "biz_no"),
        ({"liveness_type": LivenessType.STILL, "uuid": "码" * 43}, "uuid"),
    ],
)
def test_biz_token_refusals(faces: Path, kwargs: dict, field: str) -> None:
    base = {"comparison_type": ComparisonType.FACE_COMPARISON, "uuid": "u", "image_ref1": faces / "obama_1.jpg"}
    err = refused(GetBizTokenRequest(**{**base, **kwargs}))
    assert err.field == field


def test_get_result_and_token_requests(faces: Path) -> None:
    assert GetResultRequest(" 1,abc ", GetImageType.ALL).query() == {"biz_id": "1,abc", "get_image_type": "2"}
    assert refused(GetResultRequest("")).field == "biz_id"
    assert refused(GetResultRequest("1,a", 7)).field == "get_image_type"  # type: ignore[arg-type]
    ok = GetTokenRequest(ComparisonType.KYC, "https://a.example/r", "https://a.example/n", idcard_name="张三",
                         idcard_number=ID, biz_no="b1")
    ok.validate()
    assert ok.form_fields()["return_url"] == "https://a.example/r"
    assert refused(GetTokenRequest(ComparisonType.KYC, "ftp://x", "https://n", idcard_name="张三",
                                   idcard_number=ID)).field == "return_url"
    assert refused(GetTokenRequest(ComparisonType.FACE_COMPARISON, "https://r", "https://n", uuid="u")).field == (
        "image_ref1")


def test_a_liveness_only_session_needs_no_identity_and_takes_none(faces: Path) -> None:
    """comparison_type -1 (get_result: "如果用户选择的 comparison_type 为 -1") did not exist: no session could be started
    without a comparison. It is get_token's alone; verify and get_biz_token take "1" or "0"."""
    alone = GetTokenRequest(ComparisonType.LIVENESS_ONLY, "https://a.example/r", "https://a.example/n")
    assert alone.problems() == [] and alone.form_fields()["comparison_type"] == "-1" and alone.image_fields() == {}
    with_identity = GetTokenRequest(ComparisonType(-1), "https://a.example/r", "https://a.example/n", uuid="u",
                                    idcard_name="张三", image_ref1=faces / "obama_1.jpg", image_ref3=b"x")
    assert [(p.field, p.message) for p in with_identity.problems()] == [
        (name, f"{name} is not used with comparison_type=-1 (liveness only: no face is compared).")
        for name in ("uuid", "idcard_name", "image_ref1", "image_ref3")]
    verify = VerifyRequest(ComparisonType.LIVENESS_ONLY, faces / "obama_1.jpg", uuid="u", image_ref1=b"x")
    assert [(p.field, p.message) for p in verify.problems()] == [
        ("comparison_type", "comparison_type -1 (liveness only) is for get_token; verify takes 0 or 1.")]
    token = GetBizTokenRequest(LivenessType.STILL, ComparisonType.LIVENESS_ONLY)
    assert [(p.field, p.message) for p in token.problems()] == [
        ("comparison_type", "comparison_type -1 (liveness only) is for get_token; get_biz_token takes 0 or 1.")]


def test_biz_extra_data_over_its_limit_is_refused_before_sending() -> None:
    """A biz_extra_data over 4096 bytes went out, to be refused by the service (the built-in engine's BAD_ARGUMENTS)."""
    def problems(extra: str) -> list[tuple[str | None, str]]:
        request = GetTokenRequest(ComparisonType.LIVENESS_ONLY, "https://a.example/r", "https://a.example/n",
                                  biz_extra_data=extra)
        return [(p.field, p.message) for p in request.problems()]

    assert problems("x" * 4096) == [] and problems("码" * 1365) == []  # 4095 bytes in UTF-8
    too_long = [("biz_extra_data", "biz_extra_data is longer than 4096 bytes.")]
    assert problems("x" * 4097) == too_long and problems("码" * 1366) == too_long  # bytes, not characters


def test_problems_lists_every_refused_field_in_the_order_the_service_checks_them(faces: Path) -> None:
    verify = VerifyRequest(ComparisonType.KYC, faces / "nope.jpg", uuid="u", idcard_name="",
                           idcard_number="110105194912310021", face_quality_threshold=101)
    problems = verify.problems()
    assert [p.field for p in problems] == ["uuid", "idcard_name", "idcard_number", "image", "face_quality_threshold"]
    assert all(p.http_status is None and p.origin.value == "input" for p in problems)
    assert refused(verify).field == "uuid"  # validate() raises the first, as before

    token = GetTokenRequest(ComparisonType.FACE_COMPARISON, "", "ftp://n", uuid="", biz_no="x" * 129)
    assert [p.field for p in token.problems()] == ["uuid", "image_ref1", "return_url", "notify_url", "biz_no"]
    assert [p.code for p in token.problems()][2] == "MISSING_ARGUMENTS"

    biz = GetBizTokenRequest(LivenessType.STILL, ComparisonType.KYC, idcard_name="张三", idcard_number=ID,
                             security_level=5, verbose=2, flash_liveness_timeout=90)
    assert [p.field for p in biz.problems()] == ["verbose", "security_level", "flash_liveness_timeout"]

    assert [p.field for p in GetResultRequest(" ", 7).problems()] == ["biz_id", "get_image_type"]  # type: ignore[arg-type]


def test_one_problem_per_field_the_first_the_service_would_see(faces: Path) -> None:
    # image_ref1 is both missing before image_ref2 and, in face comparison, required: named once, as missing.
    request = VerifyRequest(ComparisonType.FACE_COMPARISON, faces / "obama_1.jpg", uuid="u", image_ref2=faces / "obama_2.jpg")
    problems = request.problems()
    assert [p.field for p in problems].count("image_ref1") == 1
    assert problems[0].message == "Face comparison needs at least image_ref1."
    assert VerifyRequest(ComparisonType.FACE_COMPARISON, faces / "obama_1.jpg", uuid="u",
                         image_ref1=faces / "obama_2.jpg").problems() == []


def test_validate_stops_at_the_first_refusal_as_it_always_did() -> None:
    # A later check would fail differently (a file name with a NUL byte cannot even be looked up): validate()
    # never gets that far, and raises the first problem, as before problems() existed.
    err = refused(VerifyRequest(ComparisonType.KYC, image="a\x00b", idcard_name=""))
    assert err.field == "idcard_name"
    err = refused(GetTokenRequest(ComparisonType.FACE_COMPARISON, "http://r", "http://n", uuid="u",
                                  image_ref2="a\x00b"))
    assert err.field == "image_ref1"
    assert refused(GetResultRequest("", [])).field == "biz_id"  # type: ignore[arg-type]
    assert [p.field for p in GetResultRequest("1,a", []).problems()] == ["get_image_type"]  # type: ignore[arg-type]


def test_a_file_name_no_file_system_can_hold_is_named_as_such(faces: Path) -> None:
    request = VerifyRequest(ComparisonType.FACE_COMPARISON, "a\x00b.jpg", uuid="u", image_ref1=faces / "obama_2.jpg")
    err = refused(request)
    assert (err.field, err.code) == ("image", "BAD_ARGUMENTS")
    assert err.message == "image: 'a\\x00b.jpg' is not a usable file name."
    assert [p.field for p in VerifyRequest(ComparisonType.KYC, "a\x00b", idcard_name="").problems()] == [
        "idcard_name", "idcard_number", "image"]


@pytest.mark.parametrize(("notify_url", "port"), [
    ("https://example.com:8443/notify", 8443),
    ("http://example.com/notify", 80),  # http's own port is not one FaceID posts to
    ("HTTP://example.com:8080/notify", 8080),
    ("https://example.com/notify", None),  # https's own, 443
    ("https://example.com:5000/notify", None),
    ("http://example.com:16003/notify", None),
    ("https://example.com:8883/notify", None),
    ("https://[2001:db8::1]:8028/notify", None),
    ("https://example.com:99999/notify", None),  # no port at all: its problem is not this one
    ("ftp://example.com:21/notify", None),
    ("", None),
])
def test_a_notify_url_is_named_when_faceid_posts_no_callback_to_its_port(notify_url: str, port: int | None) -> None:
    """h5-callbacks: FaceID posts notify_url callbacks to ports 443, 5000, 16003, 8883 and 8028 only."""
    from faceid_console.api.request_models import NOTIFY_URL_PORTS, notify_port_not_posted_to

    assert NOTIFY_URL_PORTS == (443, 5000, 16003, 8883, 8028)
    assert notify_port_not_posted_to(notify_url) == port


def test_a_notify_url_on_another_port_is_no_problem_of_the_request() -> None:
    """The documents say FaceID posts no callback there, not that get_token refuses it: it is still sent."""
    request = GetTokenRequest(ComparisonType.KYC, "https://example.com/return", "https://example.com:8443/notify",
                              idcard_name="张三", idcard_number=ID)
    assert request.problems() == []
