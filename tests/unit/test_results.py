"""Typed results from the documents' own example payloads."""

from __future__ import annotations

import json

import pytest

from faceid_console.api.errors import FaceIDError
from faceid_console.api.kinds import ComparisonType
from faceid_console.api.results import (
    BizToken,
    LivenessSessionResult,
    VerifyFailure,
    VerifyResult,
    error_faces,
    refused_image_faces,
)
from tests.conftest import FIXTURES


def load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text("utf-8"))


def test_verify_success_example() -> None:
    r = VerifyResult.parse(load("verify_success.json"))
    assert r.request_id == "1461740007,71eeb124-08f0-47b3-8fc8-ac048cfa1372" and r.time_used == 1020
    assert r.result_faceid is not None and r.result_faceid.confidence == pytest.approx(68.918)
    assert dict(r.result_faceid.thresholds) == {"1e-3": 64, "1e-4": 69, "1e-5": 74, "1e-6": 79.9}
    assert r.result_faceid.passes("1e-3") and not r.result_faceid.passes("1e-4")
    assert r.result_faceid.strictest_level_met() == "1e-3"
    assert set(r.result_refs) == {1}
    assert r.id_exceptions is not None and (r.id_exceptions.id_attacked, r.id_exceptions.id_photo_monochrome) == (0, 0)
    face = r.faces[0]
    assert (face.quality, face.quality_threshold, face.orientation) == (38.221, 30.1, 90)
    assert face.rect is not None and (face.rect.left, face.rect.width) == (0.18, 0.596)
    g = r.face_genuineness
    assert g is not None and g.face_replaced == 0
    gauges = {x.check: x for x in g.gauges()}
    assert gauges["synthetic_face"].suspected is True and gauges["mask"].suspected is False
    assert gauges["screen_replay"].confidence == 0.0
    assert r.raw["time_used"] == 1020


def test_get_result_example_web_shape() -> None:
    r = LivenessSessionResult.parse(load("get_result_success.json"))
    assert r.biz_id == "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1" and r.biz_extra_data == "..."
    assert r.liveness_result is not None and r.liveness_result.shape == "web" and r.liveness_result.passed
    assert r.liveness_result.version == "MegLive 2.4.0L" and r.liveness_result.failure_reason is None
    assert isinstance(r.verify_result, VerifyResult)
    assert set(r.verify_result.result_faceid.thresholds) == {"1e-3", "1e-4", "1e-5"}  # a subset is fine
    assert r.verify_result.result_faceid.passes("1e-6") is None
    assert {i.name for i in r.images} == {"image_best", "image_action1", "image_action2", "image_action3"}
    assert r.images[0].media_type == "image/jpeg"
    with pytest.raises(FaceIDError) as bad:
        r.images[0].decode()  # the document's "..." is not real base64
    assert bad.value.code == "INVALID_RESPONSE"
    g = r.genuineness()
    assert g is not None and g.face_replaced is None and len(g.gauges()) == 3


def test_verify_result_error_form() -> None:
    r = LivenessSessionResult.parse(load("verify_result_error.json"))
    assert isinstance(r.verify_result, VerifyFailure)
    assert r.verify_result.code == "VERIFY_API_FAILED" and r.verify_result.detail == ""
    assert r.images == ()


def test_h5_callback_shape() -> None:
    r = LivenessSessionResult.parse(load("h5_callback_data.json"))
    assert r.status == "OK" and r.biz_no == "cc47190f-5502-44a2-ab74-ea4f0f649f61"
    assert r.liveness_result is not None and r.liveness_result.shape == "h5" and r.liveness_result.passed
    assert r.liveness_result.procedure_type == "will" and r.liveness_result.details["SR_ERROR"] == 2
    assert isinstance(r.verify_result, VerifyResult)
    assert r.verify_result.verify_time == 1462259763
    assert r.verify_result.result_idcard_photo is not None and r.verify_result.result_idcard_datasource is not None
    assert r.idcard_info is not None and r.idcard_info["idcard_name"] == "陈AB"
    assert r.will_result[0].result == "PASS"
    g = r.genuineness()
    assert g is not None and g.screen_replay_confidence == 0


def test_biz_token_example() -> None:
    t = BizToken.parse(load("get_biz_token_success.json"))
    assert t.biz_token == "1531397038,f0b9eea0-6a2d-486c-a1ba-42fdf843e8cc" and t.time_used == 18


def test_a_biz_token_and_a_refusal_keep_their_faces() -> None:
    """get_biz_token's faces (return_faces=1) were not read, nor those a refusal carries ("返回结果里依然会包含
    faces字段")."""
    face = {"quality": 61.5, "quality_threshold": 30, "rect": {"left": 0.1, "top": 0.2, "width": 0.3, "height": 0.4}}
    token = BizToken.parse({**load("get_biz_token_success.json"), "faces": [face]})
    assert [(f.quality, f.rect.width if f.rect else None) for f in token.faces] == [(61.5, 0.3)]
    assert BizToken.parse(load("get_biz_token_success.json")).faces == ()
    refused = FaceIDError.from_response(400, json.dumps({"error": "MULTIPLE_FACES", "faces": [face, face]}))
    assert [f.quality for f in error_faces(refused) or ()] == [61.5, 61.5]
    none_found = FaceIDError.from_response(400, json.dumps({"error_message": "NO_FACE_FOUND: image", "faces": []}))
    assert error_faces(none_found) == ()
    assert error_faces(FaceIDError.from_response(400, (FIXTURES / "verify_failure.json").read_bytes())) is None
    assert error_faces(FaceIDError.from_response(413, b"Request Entity Too Large")) is None
    assert error_faces(FaceIDError.from_response(400, json.dumps({"error": "LOW_QUALITY", "faces": [7]}))) is None


def test_only_a_refusal_of_the_photo_to_check_gives_faces_of_it() -> None:
    """LOW_QUALITY is about image alone, MULTIPLE_FACES and NO_FACE_FOUND name the photo ("<param>为image_ref1、
    image_ref2、image_ref3、image中的一个"): a reference photo's refusal is not about the faces of image it may carry."""
    face = {"quality": 12.5, "quality_threshold": 30, "rect": {"left": 0.1, "top": 0.2, "width": 0.3, "height": 0.4}}

    def refusal(message: str, faces: list[dict]) -> FaceIDError:
        return FaceIDError.from_response(400, json.dumps({"request_id": "1,a", "time_used": 5,
                                                          "error_message": message, "faces": faces}))

    assert [f.quality for f in refused_image_faces(refusal("LOW_QUALITY", [face])) or ()] == [12.5]
    assert len(refused_image_faces(refusal("MULTIPLE_FACES: image", [face, face])) or ()) == 2
    assert refused_image_faces(refusal("NO_FACE_FOUND: image", [])) == ()
    for about_a_reference in ("MULTIPLE_FACES: image_ref1", "NO_FACE_FOUND: image_ref2", "MULTIPLE_FACES"):
        assert refused_image_faces(refusal(about_a_reference, [face])) is None, about_a_reference
    assert refused_image_faces(refusal("BAD_ARGUMENTS: image", [face])) is None
    assert refused_image_faces(FaceIDError.from_response(400, json.dumps({"error_message": "LOW_QUALITY"}))) is None


def test_failure_examples_map_to_errors() -> None:
    for name, code in (("verify_failure.json", "NO_SUCH_ID_NUMBER"), ("get_result_failure.json", "RESULT_NOT_FOUND"),
                       ("get_biz_token_failure.json", "BAD_ARGUMENTS")):
        err = FaceIDError.from_response(400, (FIXTURES / name).read_bytes())
        assert err.code == code


@pytest.mark.parametrize(
    "payload",
    [
        {"result_ref1": {"confidence": "high", "thresholds": {}}},
        {"result_ref1": {"confidence": 50, "thresholds": {"1e-3": None}}},
        {"faces": {"quality": 1}},
        {"faces": [{"rect": {"left": 0}}]},
        {"id_exceptions": {"id_attacked": "yes"}},
    ],
)
def test_wrong_types_are_invalid_response(payload: dict) -> None:
    with pytest.raises(FaceIDError) as err:
        VerifyResult.parse(payload)
    assert err.value.code == "INVALID_RESPONSE" and err.value.detail


@pytest.mark.parametrize(
    ("score", "field", "says"),
    [
        ({"confidence": 1e308, "thresholds": {"1e-3": 64}}, "result_ref1.confidence", "outside FaceID's range"),
        ({"confidence": float("nan"), "thresholds": {"1e-3": 64}}, "result_ref1.confidence", "not a finite number"),
        ({"confidence": float("inf"), "thresholds": {"1e-3": 64}}, "result_ref1.confidence", "not a finite number"),
        ({"confidence": 10**400, "thresholds": {"1e-3": 64}}, "result_ref1.confidence", "not a finite number"),
        ({"confidence": -0.5, "thresholds": {"1e-3": 64}}, "result_ref1.confidence", "outside FaceID's range"),
        ({"confidence": 70, "thresholds": {"1e-3": 1e308}}, "result_ref1.thresholds.1e-3", "outside FaceID's range"),
        ({"confidence": 70, "thresholds": {"1e-4": float("nan")}}, "result_ref1.thresholds.1e-4", "not a finite"),
        ({"confidence": 70, "thresholds": {"1e-5": 100.5}}, "result_ref1.thresholds.1e-5", "outside FaceID's range"),
    ],
)
def test_a_confidence_or_threshold_off_faceid_s_0_to_100_scale_is_not_a_faceid_answer(
        score: dict, field: str, says: str) -> None:
    with pytest.raises(FaceIDError) as err:
        VerifyResult.parse({"request_id": "1,a", "time_used": 5, "result_ref1": score})
    assert err.value.code == "INVALID_RESPONSE" and err.value.detail == field and says in err.value.message
    assert err.value.field is None  # a field of the answer, not a parameter the reviewer could correct


SCORE = {"confidence": 70, "thresholds": {"1e-3": 64, "1e-4": 69, "1e-5": 74, "1e-6": 79.9}}
KYC, COMPARISON = ComparisonType.KYC, ComparisonType.FACE_COMPARISON


@pytest.mark.parametrize(
    ("comparison_type", "sent_refs"),
    [(KYC, ["image_ref1"])],  # the document's answer to a KYC verify that sent image_ref1
)
def test_verify_s_example_is_an_answer_to_the_kyc_it_shows(comparison_type: ComparisonType,
                                                           sent_refs: list[str]) -> None:
    result = VerifyResult.parse_verify(load("verify_success.json"), comparison_type, sent_refs)
    assert result.result_faceid is not None and set(result.result_refs) == {1}


def test_a_face_comparison_answer_with_a_score_for_each_reference_sent_is_given() -> None:
    answer = {"request_id": "1,a", "time_used": "5", "result_ref1": SCORE, "result_ref2": SCORE, "faces": []}
    result = VerifyResult.parse_verify(answer, COMPARISON, ["image_ref1", "image_ref2"])
    assert set(result.result_refs) == {1, 2} and result.time_used == 5


@pytest.mark.parametrize(
    ("answer", "comparison_type", "sent_refs", "field"),
    [
        ({"foo": "bar"}, COMPARISON, ["image_ref1"], "response.result_ref1"),
        ({"foo": "bar"}, KYC, [], "response.result_faceid"),
        ({"request_id": "x", "time_used": 5}, COMPARISON, ["image_ref1"], "response.result_ref1"),
        ({"request_id": "x", "time_used": 5}, KYC, [], "response.result_faceid"),
        # A score for each photo sent: the window shows and judges each of them.
        ({"request_id": "x", "time_used": 5, "result_ref1": SCORE}, COMPARISON, ["image_ref1", "image_ref2"],
         "response.result_ref2"),
        ({"request_id": "x", "time_used": 5, "result_faceid": SCORE}, KYC, ["image_ref1"], "response.result_ref1"),
        ({"request_id": "x", "time_used": 5, "result_ref1": SCORE}, KYC, ["image_ref1"], "response.result_faceid"),
        ({"request_id": "x", "time_used": 5, "result_faceid": SCORE}, COMPARISON, ["image_ref1"],
         "response.result_ref1"),
        # verify 2.0.6: request_id and time_used come with every answer but a 404's.
        ({"time_used": 5, "result_ref1": SCORE}, COMPARISON, ["image_ref1"], "response.request_id"),
        ({"request_id": "", "time_used": 5, "result_ref1": SCORE}, COMPARISON, ["image_ref1"], "response.request_id"),
        ({"request_id": "x", "result_faceid": SCORE}, KYC, [], "response.time_used"),
    ],
)
def test_a_verify_answer_without_the_scores_asked_for_names_the_missing_field(
        answer: dict, comparison_type: ComparisonType, sent_refs: list[str], field: str) -> None:
    with pytest.raises(FaceIDError) as err:
        VerifyResult.parse_verify(answer, comparison_type, sent_refs)
    assert err.value.code == "INVALID_RESPONSE" and err.value.detail == field
    assert err.value.message == f"response field {field} is missing" and err.value.field is None


@pytest.mark.parametrize(
    ("answer", "comparison_type", "sent_refs", "field"),
    [
        (load("verify_success.json"), KYC, [], "response.result_ref1"),  # no image_ref1 was sent
        ({"request_id": "x", "time_used": 5, "result_ref1": SCORE, "result_ref3": SCORE}, COMPARISON, ["image_ref1"],
         "response.result_ref3"),
        ({"request_id": "x", "time_used": 5, "result_ref1": SCORE, "result_faceid": SCORE}, COMPARISON,
         ["image_ref1"], "response.result_faceid"),
    ],
)
def test_a_verify_answer_with_a_score_not_asked_for_names_it(
        answer: dict, comparison_type: ComparisonType, sent_refs: list[str], field: str) -> None:
    """A score for a photo not sent would be judged with the others, and the best one decides a comparison."""
    with pytest.raises(FaceIDError) as err:
        VerifyResult.parse_verify(answer, comparison_type, sent_refs)
    assert err.value.code == "INVALID_RESPONSE" and err.value.detail == field
    assert err.value.message == f"response field {field} is there, but was not asked for"


def test_a_verify_result_of_a_liveness_session_or_the_history_still_parses_without_the_request() -> None:
    """Only verify's own answer is checked against what was sent: a session's verify_result has no request_id."""
    assert VerifyResult.parse({"result_faceid": SCORE}, "verify_result").request_id is None


def test_the_ends_of_the_0_to_100_scale_are_faceid_s() -> None:
    r = VerifyResult.parse({"result_ref1": {"confidence": 0, "thresholds": {"1e-3": 100.0, "1e-4": 0.0}}})
    assert r.result_refs[1].confidence == 0 and r.result_refs[1].thresholds["1e-3"] == 100


def test_get_result_s_example_is_the_answer_for_its_own_biz_id_only() -> None:
    example = load("get_result_success.json")
    asked = "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1"
    assert LivenessSessionResult.parse_get_result(example, asked).biz_id == asked
    error = LivenessSessionResult.parse_get_result(load("verify_result_error.json"), asked)
    assert isinstance(error.verify_result, VerifyFailure)
    with pytest.raises(FaceIDError) as other:
        LivenessSessionResult.parse_get_result(example, "1462259748,another-session")
    assert other.value.code == "INVALID_RESPONSE" and other.value.detail == "response.biz_id"
    assert asked in other.value.message and "not the biz_id asked for" in other.value.message


@pytest.mark.parametrize(
    ("answer", "field"),
    [
        ({"foo": "bar"}, "response.biz_id"),
        ({"biz_id": "", "liveness_result": {"result": "success"}}, "response.biz_id"),
        ({"biz_id": "1,a", "request_id": "1,b", "time_used": 3}, "response.liveness_result"),
    ],
)
def test_a_get_result_answer_without_faceid_s_shape_names_the_missing_field(answer: dict, field: str) -> None:
    with pytest.raises(FaceIDError) as err:
        LivenessSessionResult.parse_get_result(answer, "1,a")
    assert err.value.code == "INVALID_RESPONSE" and err.value.detail == field and "is missing" in err.value.message


@pytest.mark.parametrize("status", ["NOT_STARTED", "PROCESSING", "CANCELLED"])
def test_an_h5_session_s_answer_before_or_without_its_liveness_result_is_taken(status: str) -> None:
    """h5-callbacks: "NOT_STARTED或者PROCESSING状态时,idcard_info / liveness_result /verify_result字段均不会返回";
    refused as not FaceID's, the one answer get_result gives was lost."""
    answer = {"status": status, "biz_info": {"biz_id": "1,a", "biz_no": "order-7"}, "request_id": "1,r",
              "time_used": 4}
    result = LivenessSessionResult.parse_get_result(answer, "1,a")
    assert result.status == status and result.liveness_result is None and result.biz_id == "1,a"


def test_a_foreign_biz_id_of_megabytes_is_named_in_a_short_message() -> None:
    answer = {"biz_id": "x" * 3_000_000, "liveness_result": {"result": "success"}}
    with pytest.raises(FaceIDError) as err:
        LivenessSessionResult.parse_get_result(answer, "1,a")
    assert len(err.value.message) < 300


@pytest.mark.parametrize(
    ("answer", "field", "shown"),
    [
        # {number:g} printed these as "is 100" and "is 1": in range, to a reader, yet refused.
        ({"result_ref1": {"confidence": 100.0000001}}, "result_ref1.confidence", "is 100.0000001, outside FaceID's "
                                                                                 "range of 0 to 100"),
        ({"result_ref1": {"confidence": 70, "thresholds": {"1e-3": -0.000001}}}, "result_ref1.thresholds.1e-3",
         "is -1e-06, outside FaceID's range of 0 to 100"),
        ({"result_ref1": {"confidence": 1e308}}, "result_ref1.confidence", "is 1e+308, outside"),
        ({"result_ref1": {"confidence": 101}}, "result_ref1.confidence", "is 101, outside"),
        ({"face_genuineness": {"mask_confidence": 1.0000001}}, "face_genuineness.mask_confidence",
         "is 1.0000001, outside FaceID's range of 0 to 1"),
    ],
)
def test_a_number_refused_as_out_of_range_is_shown_as_it_came(answer: dict, field: str, shown: str) -> None:
    with pytest.raises(FaceIDError) as err:
        VerifyResult.parse(answer)
    assert err.value.message.startswith(f"response field {field} {shown}")
    assert err.value.refused is not None and err.value.refused.path == field
    assert err.value.refused.found == shown.split(",", maxsplit=1)[0].removeprefix("is ")


@pytest.mark.parametrize(
    ("parse", "path", "kind"),
    [
        (lambda: VerifyResult.parse({"result_ref1": "x"}), "result_ref1", "object"),
        (lambda: VerifyResult.parse({"time_used": 1.5}), "response.time_used", "integer"),
        # "²".isdigit() is True and int("²") raises: it was a ValueError, not the refused field.
        (lambda: VerifyResult.parse({"time_used": "²"}), "response.time_used", "integer"),
        (lambda: VerifyResult.parse({"faces": {"a": 1}}), "faces", "list"),
        (lambda: VerifyResult.parse({"result_ref1": {"confidence": "90"}}), "result_ref1.confidence", "number"),
        (lambda: VerifyResult.parse({"result_ref1": {"confidence": float("nan")}}), "result_ref1.confidence",
         "finite"),
        (lambda: VerifyResult.parse({"result_ref1": {"confidence": 100.5}}), "result_ref1.confidence", "score"),
        (lambda: VerifyResult.parse({"face_genuineness": {"mask_threshold": 2}}), "face_genuineness.mask_threshold",
         "fraction"),
        (lambda: VerifyResult.parse_verify({"request_id": "r", "time_used": 1}, ComparisonType.KYC, []),
         "response.result_faceid", "present"),
        (lambda: VerifyResult.parse_verify({"request_id": "r", "time_used": 1, "result_ref2": SCORE},
                                           ComparisonType.FACE_COMPARISON, []), "response.result_ref2", "not_asked_for"),
        (lambda: LivenessSessionResult.parse_get_result({"biz_id": "1,b", "liveness_result": {}}, "1,b"),
         "liveness_result.result", "present"),
        (lambda: LivenessSessionResult.parse_get_result({"biz_id": "1,b", "status": "OK"}, "1,a"),
         "response.biz_id", "other_session"),
        (lambda: BizToken.parse({}), "biz_token", "present"),
    ],
)
def test_every_refused_field_says_which_and_why_in_a_typed_attribute(parse, path: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FaceIDError) as err:
        parse()
    assert err.value.refused is not None
    assert (err.value.refused.path, err.value.refused.kind) == (path, kind) and err.value.detail == path


def test_the_refused_field_is_read_from_the_error_s_attribute_not_its_words() -> None:
    """refused_field used to parse the English message back: any rewording lost the field the inspector marks."""
    import dataclasses

    from faceid_console.api.results import refused_field

    with pytest.raises(FaceIDError) as err:
        LivenessSessionResult.parse({"liveness_result": "oops"})
    assert refused_field(err.value) == ("liveness_result", "object")
    reworded = dataclasses.replace(err.value, message="the answer's liveness_result is a string")
    assert refused_field(reworded) == ("liveness_result", "object")
    # Words that look like a refusal, with no refusal behind them, are not one.
    lookalike = FaceIDError("INVALID_RESPONSE", "response.biz_id",
                            message="response field response.biz_id is not an object")
    assert refused_field(lookalike) is None
    # A kind the callback inspector has no words for (not a type or a range) is not read as one.
    with pytest.raises(FaceIDError) as other:
        LivenessSessionResult.parse_get_result({"biz_id": "1,b", "status": "OK"}, "1,a")
    assert refused_field(other.value) is None


def test_another_session_s_answer_names_both_biz_ids_and_is_explained_as_such() -> None:
    from faceid_console.api.errors import OTHER_SESSION

    asked, other = "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1", "1462259748,another-session"
    with pytest.raises(FaceIDError) as err:
        LivenessSessionResult.parse_get_result({**load("get_result_success.json"), "biz_id": other}, asked)
    refused = err.value.refused
    assert refused is not None and (refused.kind, refused.found, refused.asked) == (OTHER_SESSION, other, asked)
    assert err.value.message == f"response field response.biz_id is {other!r}, not the biz_id asked for"  # as it was
    en, zh = err.value.explanation("en"), err.value.explanation("zh_CN")
    assert "another liveness session" in en and asked in en and other in en and "proxy" in en
    assert "not a FaceID response" not in en and "另一个活体会话" in zh and asked in zh
    # A biz_id of megabytes is kept whole for code, and explained short.
    with pytest.raises(FaceIDError) as huge:
        LivenessSessionResult.parse_get_result({"biz_id": "x" * 3_000_000, "status": "OK"}, asked)
    assert huge.value.refused is not None and len(huge.value.refused.found) == 3_000_000
    assert len(huge.value.explanation("en")) < 600


@pytest.mark.parametrize(("expired_time", "expires"), [
    (1_700_003_600, 1_700_003_600),  # an hour ahead, as the built-in engine gives it
    (1_700_000_000 - 600, 1_700_000_000 - 600),  # past, but a time: the window says it is past
    (1_700_000_000 + 86_400, 1_700_000_000 + 86_400),
    (1_700_000_000 + 86_401, None),  # more than a day ahead
    (1_700_003_600_000, None),  # milliseconds: the year 55840 read as seconds
    (3600, None),  # a lifetime, not a time
    (None, None),
])
def test_a_link_s_expired_time_is_taken_as_unix_seconds_only_within_a_day_of_now(
        expired_time: int | None, expires: int | None) -> None:
    from faceid_console.api.results import WebLivenessToken

    token = WebLivenessToken("tok", expired_time, "1,r", 5)
    assert token.expires_at(1_700_000_000.0) == expires


def test_a_session_s_best_frame_comes_first_whatever_the_answer_s_order() -> None:
    """The documents' example lists image_action1..3 before image_best, and the window listed them so: the frame
    compared came last."""
    r = LivenessSessionResult.parse(load("get_result_success.json"))
    assert [i.name for i in r.images] == ["image_best", "image_action1", "image_action2", "image_action3"]


def test_get_biz_token_s_bare_multiple_faces_is_about_its_photo_to_compare_and_a_reference_s_refusal_is_not() -> None:
    """get_biz_token v3 answers MULTIPLE_FACES bare, about image; App token showed a refusal's faces whatever photo
    it was about, so a reference photo's NO_FACE_FOUND would have been said of the photo to compare."""
    face = {"quality": 70.0, "quality_threshold": 30, "rect": {"left": 0.1, "top": 0.2, "width": 0.3, "height": 0.4}}

    def refusal(error: str, faces: list[dict]) -> FaceIDError:
        return FaceIDError.from_response(400, json.dumps({"request_id": "1,a", "time_used": 5, "error": error,
                                                          "faces": faces}))

    assert len(refused_image_faces(refusal("MULTIPLE_FACES", [face, face]), v3=True) or ()) == 2
    assert refused_image_faces(refusal("NO_FACE_FOUND: image", []), v3=True) == ()
    assert refused_image_faces(refusal("NO_FACE_FOUND: image_ref1", []), v3=True) is None
    assert refused_image_faces(refusal("LOW_QUALITY", [face]), v3=True) is not None
    assert refused_image_faces(refusal("MULTIPLE_FACES", [face, face])) is None  # verify's bare one names no photo
