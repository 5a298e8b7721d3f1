"""The recorded verdict of an answer whose ID number has been used in attacks (verify 2.0.6's id_exceptions): a face
that matches it is not a pass, for a verify and for a liveness session's comparison alike."""

from __future__ import annotations

import pytest

from faceid_console.api import LivenessSessionResult, VerifyResult
from faceid_console.store.decisions import APPROVABLE_VERDICTS
from faceid_console.verdict import (
    COMPARISON_VERDICTS,
    SESSION_VERDICTS,
    VERDICT_ORDER,
    callback_verdict,
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
