"""The recorded verdict of an answer whose ID number has been used in attacks (verify 2.0.6's id_exceptions): a face
that matches it is not a pass, for a verify and for a liveness session's comparison alike. A liveness session's verdict
(h5-callbacks, web-liveness-get_result): its comparison's error, its ID card photo's scores and its spoken consent."""

from __future__ import annotations

import pytest

from faceid_console.api import LivenessSessionResult, VerifyFailure, VerifyResult
from faceid_console.store.decisions import APPROVABLE_VERDICTS
from faceid_console.verdict import (
    COMPARISON_VERDICTS,
    SESSION_VERDICTS,
    VERDICT_ORDER,
    callback_verdict,
    compared_scores,
    recorded_verdict,
    session_verdict,
)

THRESHOLDS = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}


def kyc(confidence: float, *, attacked: int = 0, monochrome: int = 0, ref: float | None = None) -> dict:
    """A KYC answer: result_faceid at ``confidence``, a reference at ``ref``, and its id_exceptions."""
    answer = {"request_id": "r-1", "time_used": 5, "result_faceid": {"confidence": confidence, "thresholds": THRESHOLDS},
              "id_exceptions": {"id_attacked": attacked, "id_photo_monochrome": monochrome}}
    if ref is not None:
        answer["result_ref1"] = {"confidence": ref, "thresholds": THRESHOLDS}
    return answer


@pytest.mark.parametrize(("answer", "expected"), [
    (kyc(85.0, attacked=1), "id_attacked"),
    # It asks more of the reviewer than photos that disagree: it is the one recorded (the window shows both).
    (kyc(85.0, attacked=1, ref=20.0), "id_attacked"),
    # Below the level, or not the same person: already no pass, recorded as they were (the notice still shows).
    (kyc(65.0, attacked=1), "not_confirmed"),
    (kyc(20.0, attacked=1), "no_match"),
    # A black and white data-source photo lowers scores: a pass despite it stays a pass, with its notice.
    (kyc(85.0, monochrome=1), "match"),
    (kyc(85.0), "match"),
    (kyc(85.0, ref=20.0), "photos_disagree"),
])
def test_a_match_on_an_id_number_used_in_attacks_is_recorded_as_needing_review(answer: dict, expected: str) -> None:
    assert recorded_verdict(VerifyResult.parse(answer), "1e-4") == expected


def test_it_is_a_comparison_verdict_listed_after_disagreeing_photos_and_never_approved_unasked() -> None:
    assert "id_attacked" in COMPARISON_VERDICTS and "id_attacked" in SESSION_VERDICTS
    assert VERDICT_ORDER.index("id_attacked") == VERDICT_ORDER.index("photos_disagree") + 1
    assert "id_attacked" not in APPROVABLE_VERDICTS


def session(verify_result: dict, *, synthetic: float = 0.1) -> LivenessSessionResult:
    """A web liveness session that passed, its verify_result as get_result and the H5 callbacks carry it."""
    genuineness = {"synthetic_face_confidence": synthetic, "synthetic_face_threshold": 0.5}
    return LivenessSessionResult.parse({
        "request_id": "r-2", "biz_id": "b-1", "status": "OK",
        "liveness_result": {"result": "success", "failure_reason": None},
        "verify_result": {**verify_result, "face_genuineness": genuineness}})


def test_a_liveness_session_s_comparison_on_an_id_number_used_in_attacks_needs_review_too() -> None:
    assert session_verdict(session(kyc(85.0, attacked=1)), "1e-4") == ("id_attacked", 85.0)
    assert session_verdict(session(kyc(85.0)), "1e-4") == ("match", 85.0)
    # A suspected attack on the session itself still outranks it.
    assert session_verdict(session(kyc(85.0, attacked=1), synthetic=0.9), "1e-4")[0] == "attack_suspected"
    # A genuine callback is its session's answer; an unchecked one stays unverified.
    assert callback_verdict(True, session(kyc(85.0, attacked=1)), "1e-4") == ("id_attacked", 85.0)
    assert callback_verdict(None, session(kyc(85.0, attacked=1)), "1e-4")[0] == "signature_unchecked"


def h5_callback(verify_result: dict | None = None, *, will: list[dict] | None = None,
                synthetic: float = 0.1) -> LivenessSessionResult:
    """An H5 callback's data (h5-callbacks): status OK, a passed liveness check with its genuineness gauges."""
    data: dict = {"status": "OK", "biz_info": {"biz_id": "b-5"},
                  "liveness_result": {"result": "PASS", "procedure_type": "will", "face_genuineness": {
                      "synthetic_face_confidence": synthetic, "synthetic_face_threshold": 0.5}}}
    if verify_result is not None:
        data["verify_result"] = verify_result
    if will is not None:
        data["will_result"] = will
    return LivenessSessionResult.parse(data)


def score(confidence: float) -> dict:
    return {"confidence": confidence, "thresholds": THRESHOLDS}


@pytest.mark.parametrize("code", ["NO_SUCH_ID_NUMBER", "ID_NUMBER_NAME_NOT_MATCH", "DATA_SOURCE_ERROR",
                                  "INTERNAL_ERROR", "IMAGE_ERROR_UNSUPPORTED_FORMAT", "NO_FACE_FOUND"])
def test_an_h5_comparison_error_is_a_failed_comparison_not_a_comparison_without_score(code: str) -> None:
    """h5-callbacks names the error "error_message" ("在做人脸比对的时候出现错误"): it was read as a comparison with no
    score, its code dropped, and recorded as "not_compared"."""
    result = h5_callback({"error_message": code, "id_exceptions": {"id_attacked": 0}})
    assert isinstance(result.verify_result, VerifyFailure) and result.verify_result.code == code
    assert session_verdict(result, "1e-4") == ("comparison_failed", None)
    assert callback_verdict(True, result, "1e-4") == ("comparison_failed", None)


def test_get_result_s_comparison_error_is_a_failed_comparison_too() -> None:
    """web-liveness-get_result names it "error": {"error": "VERIFY_API_FAILED"}."""
    for error in ("VERIFY_API_FAILED", "INTERNAL_ERROR"):
        assert session_verdict(session({"error": error}), "1e-4") == ("comparison_failed", None)


def test_an_h5_comparison_with_no_error_is_judged_by_its_scores() -> None:
    """"error_message": null is "没有出现错误": the scores decide; none at all is a comparison with no score."""
    assert session_verdict(h5_callback({"error_message": None, "result_faceid": score(85.0)}), "1e-4") == \
        ("match", 85.0)
    assert session_verdict(h5_callback({"error_message": None}), "1e-4") == ("not_compared", None)


@pytest.mark.parametrize(("photo", "datasource", "expected"), [
    (85.0, 60.0, "photos_disagree"),  # the ID card photographed does not match the data source's photo
    (60.0, 85.0, "photos_disagree"),  # the live face does not match the ID card photographed
    (72.0, 72.0, "match"),
])
def test_an_id_card_photo_s_score_below_the_policy_level_is_photos_that_disagree(
        photo: float, datasource: float, expected: str) -> None:
    """result_faceid 85 with result_idcard_datasource 60 (below every threshold) was recorded and shown as "Same
    person": the scores of the ID card photographed (h5-callbacks: result_idcard_photo, the live face against the
    card's; result_idcard_datasource, the card's against the data source's) counted for nothing."""
    verify = {"result_faceid": score(85.0), "result_idcard_photo": score(photo),
              "result_idcard_datasource": score(datasource), "id_exceptions": {"id_attacked": 0}}
    parsed = VerifyResult.parse(verify)
    assert [key for key, _ in compared_scores(parsed)] == ["result_faceid", "result_idcard_photo",
                                                           "result_idcard_datasource"]
    assert recorded_verdict(parsed, "1e-4") == expected
    assert session_verdict(h5_callback(verify), "1e-4") == (expected, 85.0)
    # Not the deciding score: below the policy level on the face alone is still "not confirmed".
    below = {**verify, "result_faceid": score(65.0)}
    assert recorded_verdict(VerifyResult.parse(below), "1e-4") == "not_confirmed"


@pytest.mark.parametrize(("photo", "datasource", "level", "expected"), [
    (80.0, 80.0, "1e-6", "match"),
    (80.0, 80.0, "1e-4", "match"),
    (70.0, None, "1e-5", "not_confirmed"),
    (50.0, 80.0, "1e-3", "no_match"),
    (80.0, 60.0, "1e-4", "photos_disagree"),  # the card photographed is not the data source's person
    # Nothing compares the card with the data source: a forged card with the face before the camera passes so.
    (80.0, None, "1e-4", "card_unchecked"),
    (80.0, None, "1e-6", "card_unchecked"),
])
def test_a_comparison_with_only_the_id_card_s_scores_is_judged_on_the_live_face_against_the_card_s_photo(
        photo: float, datasource: float | None, level: str, expected: str) -> None:
    """An H5 verify_result with result_idcard_photo but neither result_faceid nor result_refN was recorded with no
    verdict: result_idcard_photo compares the live face with the ID card's photo, "同result_faceid" (its own four
    thresholds, of the same meaning), so it decides as result_faceid would; result_idcard_datasource, the card's
    photo against the data source's, never does (it does not compare the live face)."""
    verify = {"result_idcard_photo": score(photo)}
    if datasource is not None:
        verify["result_idcard_datasource"] = score(datasource)
    parsed = VerifyResult.parse(verify)
    assert parsed.primary_score() is parsed.result_idcard_photo and parsed.judged_on_idcard_photo
    assert recorded_verdict(parsed, level) == expected
    assert session_verdict(h5_callback(verify), level) == (expected, photo)
    # A reference photo or the data source's result_faceid decides before it, as before.
    with_ref = VerifyResult.parse({**verify, "result_ref1": score(90.0)})
    assert with_ref.primary_score() is with_ref.result_refs[1] and not with_ref.judged_on_idcard_photo
    # The card against the data source alone compares no live face: no verdict.
    card_only = {"result_idcard_datasource": score(photo)}
    assert VerifyResult.parse(card_only).primary_score() is None
    assert session_verdict(h5_callback(card_only), level) == (None, None)


def test_a_match_on_an_id_card_nothing_checks_needs_review_everywhere_verdicts_are_listed() -> None:
    """A face that matches only the ID card it was held up with, with no result_idcard_datasource, was recorded
    "match": nothing ties that card to the data source, so a forged card passed as a clean match."""
    from faceid_console.cli import NOT_CONFIRMED_VERDICTS

    assert "card_unchecked" in COMPARISON_VERDICTS and "card_unchecked" in SESSION_VERDICTS
    assert "card_unchecked" in VERDICT_ORDER and "card_unchecked" in NOT_CONFIRMED_VERDICTS
    assert "card_unchecked" not in APPROVABLE_VERDICTS
    verify = {"result_idcard_photo": score(85.0)}
    assert callback_verdict(True, h5_callback(verify), "1e-4") == ("card_unchecked", 85.0)
    # An ID number used in attacks asks more of the reviewer: it is the one recorded.
    attacked = {**verify, "id_exceptions": {"id_attacked": 1, "id_photo_monochrome": 0}}
    assert recorded_verdict(VerifyResult.parse(attacked), "1e-4") == "id_attacked"


@pytest.mark.parametrize(("level", "expected"), [
    ("1e-5", "card_unchecked"),  # the data source's comparison has no 1e-5 threshold: nothing checks the card at it
    ("1e-4", "match"),           # at a level it has a threshold for, it checks the card as before
])
def test_a_match_on_an_id_card_whose_data_source_comparison_has_no_threshold_for_the_level_needs_review(
        level: str, expected: str) -> None:
    """result_idcard_datasource with no threshold for the policy level was read as a check of the card: a face that
    matched the card held up was recorded "match", though nothing said, at that level, that the card is the data
    source's (as result_faceid with no threshold for the level gives no verdict, this comparison decides nothing)."""
    unthresholded = {"confidence": 85.0, "thresholds": {key: value for key, value in THRESHOLDS.items()
                                                        if key != "1e-5"}}
    verify = {"result_idcard_photo": score(85.0), "result_idcard_datasource": unthresholded}
    assert recorded_verdict(VerifyResult.parse(verify), level) == expected
    assert session_verdict(h5_callback(verify), level) == (expected, 85.0)
    assert callback_verdict(True, h5_callback(verify), level) == (expected, 85.0)
    # Below the level on the face, or with a score that decides before the card's, the card's check changes nothing.
    assert recorded_verdict(VerifyResult.parse({**verify, "result_idcard_photo": score(65.0)}), level) == \
        "not_confirmed"
    assert recorded_verdict(VerifyResult.parse({**verify, "result_faceid": score(85.0)}), level) == "match"


@pytest.mark.parametrize("will", [
    [{"result": "FAIL", "will_error_message": "ANSWER_INCONSISTENT"}],
    [{"result": "FAIL", "will_error_message": ""}],
    [{"will_error_message": "NO_AUDIO"}],  # an error and no PASS
    [{"result": "PASS", "will_error_message": ""}, {"result": "FAIL", "will_error_message": "FUNASR_ERR"}],
])
def test_a_failed_spoken_consent_decides_the_session_whatever_the_comparison(will: list[dict]) -> None:
    """will_result FAIL ("意愿认证失败") was shown as plain text under a green "Liveness passed" and recorded as the
    comparison's "match": the liveness check of a "will" session rests on that consent."""
    result = h5_callback({"result_faceid": score(85.0)}, will=will)
    assert session_verdict(result, "1e-4") == ("will_failed", 85.0)  # the comparison was made (and billed)
    assert session_verdict(h5_callback({"error_message": "NO_SUCH_ID_NUMBER"}, will=will), "1e-4")[0] == \
        "will_failed"
    # A suspected attack still outranks it.
    assert session_verdict(h5_callback({"result_faceid": score(85.0)}, will=will, synthetic=0.9), "1e-4")[0] == \
        "attack_suspected"


def test_a_passed_spoken_consent_leaves_the_comparison_s_verdict() -> None:
    result = h5_callback({"result_faceid": score(85.0)}, will=[{"result": "PASS", "will_error_message": ""}])
    assert session_verdict(result, "1e-4") == ("match", 85.0)


def test_the_new_session_verdicts_are_listed_coloured_and_never_approved_unasked() -> None:
    from faceid_console.ui.colours import FAIL, VERDICT_COLOURS

    for verdict in ("will_failed", "comparison_failed"):
        assert verdict in VERDICT_ORDER and verdict in SESSION_VERDICTS and verdict not in COMPARISON_VERDICTS
        assert verdict not in APPROVABLE_VERDICTS
        assert VERDICT_COLOURS[verdict] == FAIL  # README: red is "an attack or an error"
