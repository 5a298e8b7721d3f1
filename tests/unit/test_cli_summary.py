"""The command line's summaries say what the window and the history say: attacks and disagreeing photos first."""

from __future__ import annotations

import json

import pytest

from faceid_console.api import LivenessSessionResult, VerifyResult
from faceid_console.api.errors import explain
from faceid_console.cli_summary import session_summary, verdict, verify_summary
from tests.conftest import FIXTURES

THRESHOLDS = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}


def test_a_session_that_flags_an_attack_says_so_before_its_comparison() -> None:
    """The documents' get_result example: liveness success, synthetic_face 0.88 against a 0.5 threshold."""
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    lines = session_summary(LivenessSessionResult.parse(answer), "1e-4").splitlines()
    attack = next(i for i, line in enumerate(lines) if line.startswith("ATTACK SUSPECTED: synthetic_face"))
    liveness = next(i for i, line in enumerate(lines) if line.startswith("liveness: PASSED"))
    assert liveness < attack < next(i for i, line in enumerate(lines) if "result_faceid" in line)
    answer["verify_result"]["face_genuineness"]["synthetic_face_confidence"] = 0.1
    assert "ATTACK SUSPECTED" not in session_summary(LivenessSessionResult.parse(answer), "1e-4")


def test_a_match_on_one_reference_with_another_below_the_level_needs_review() -> None:
    result = VerifyResult.parse({"request_id": "r", "time_used": 1,
                                 "result_ref1": {"confidence": 94.0, "thresholds": THRESHOLDS},
                                 "result_ref2": {"confidence": 71.0, "thresholds": THRESHOLDS}})
    met, sentence = verdict(result, "1e-4")
    assert met and sentence.startswith("MATCH at the policy level 1e-4")
    met, sentence = verdict(result, "1e-5")
    assert met and sentence.startswith("NEEDS REVIEW: the photos disagree at the policy level 1e-5")
    assert sentence.endswith("but result_ref2 71.00 below it")


def test_a_match_on_an_id_number_used_in_attacks_needs_review_and_says_what_it_means() -> None:
    """The summary said "MATCH" for a face that matches an ID number FaceID has seen used in attacks."""
    answer = {"request_id": "r", "time_used": 1, "result_faceid": {"confidence": 85.0, "thresholds": THRESHOLDS},
              "id_exceptions": {"id_attacked": 1, "id_photo_monochrome": 0}}
    met, sentence = verdict(VerifyResult.parse(answer), "1e-4")
    assert met and sentence == ("NEEDS REVIEW: this ID number has been used in attacks (id_attacked) at the policy "
                                "level 1e-4: confidence 85.00 ≥ threshold 69.00 (result_faceid (KYC)); confirm the "
                                "applicant another way before approving")
    disagreeing = {**answer, "result_ref1": {"confidence": 20.0, "thresholds": THRESHOLDS}}
    assert "; the photos disagree too: result_ref1 20.00 below it;" in verdict(VerifyResult.parse(disagreeing),
                                                                                "1e-4")[1]
    # Below the level it stays below the level; the meaning is said under id_exceptions whatever the verdict.
    below = {**answer, "result_faceid": {"confidence": 65.0, "thresholds": THRESHOLDS}}
    lines = verify_summary(VerifyResult.parse(below), "1e-4").splitlines()
    assert lines[0].startswith("BELOW THE POLICY LEVEL 1e-4")
    assert lines[lines.index("id_exceptions: id_attacked=1 id_photo_monochrome=0") + 1].startswith(
        "  id_attacked=1: FaceID has seen this ID number used against its liveness check")
    # A black and white data-source photo keeps the match.
    monochrome = {**answer, "id_exceptions": {"id_attacked": 0, "id_photo_monochrome": 1}}
    assert verdict(VerifyResult.parse(monochrome), "1e-4")[1].startswith("MATCH at the policy level 1e-4")


def test_a_liveness_summary_shows_a_missing_field_as_a_dash_not_none() -> None:
    first = session_summary(LivenessSessionResult.parse({"request_id": "r-1", "biz_id": "b-1"}), "1e-4").splitlines()[0]
    assert first == "biz_id: b-1   biz_no: —   status: —"


@pytest.mark.parametrize(("fail_reason", "step"), [
    ("PERMISSIONS_ERROR", "hint: ask the applicant to allow the page to use the camera"),
    ("NETWORK_ERROR", "hint: ask the applicant to move to a stable network"),
    ("SUPPORT_ERROR", "hint: ask the applicant to open the link in another browser"),
])
def test_a_session_that_broke_off_names_its_fail_reason_and_what_to_change(fail_reason: str, step: str) -> None:
    """The fail_reason was not printed at all: the applicant's camera, network or browser went unsaid."""
    answer = {"status": "CANCELLED", "fail_reason": fail_reason, "biz_info": {"biz_id": "1,x", "biz_no": "order-5"}}
    lines = session_summary(LivenessSessionResult.parse(answer), "1e-4").splitlines()
    assert lines[:2] == ["biz_id: 1,x   biz_no: order-5   status: CANCELLED", "CANCELLED: the applicant left the check"]
    assert f"  fail_reason {fail_reason}: {explain(fail_reason, '', 'en')}" in lines
    assert lines[-1].startswith(step) and lines[-1].endswith("start a new session with get-token and send them its "
                                                             "liveness_url")
    # Not started yet: nothing broke off, so nothing of the device to change; the applicant is waited for.
    waiting = session_summary(LivenessSessionResult.parse({**answer, "status": "NOT_STARTED"}), "1e-4").splitlines()
    assert waiting[-1].startswith("hint: wait for the applicant to do the check")


def test_an_h5_session_s_comparison_error_and_failed_consent_are_said_and_exit_as_not_confirmed() -> None:
    """An H5 callback's {"error_message": "NO_SUCH_ID_NUMBER"} was summed up as a comparison with nothing in it, and a
    failed spoken consent (will_result) was not mentioned: get-result exited 0 on a match with a failed consent."""
    from faceid_console.cli import NOT_CONFIRMED_VERDICTS
    from faceid_console.verdict import session_verdict

    h5 = {"status": "OK", "biz_info": {"biz_id": "1,h5"}, "liveness_result": {"result": "PASS"}}
    failed = LivenessSessionResult.parse({**h5, "verify_result": {"error_message": "NO_SUCH_ID_NUMBER"}})
    assert "verify_result: NO_SUCH_ID_NUMBER (the comparison did not run; the session is billed)" in \
        session_summary(failed, "1e-4").splitlines()
    unknown = LivenessSessionResult.parse({**h5, "verify_result": {"error": "VERIFY_API_FAILED"}})
    assert "verify_result: VERIFY_API_FAILED (the comparison did not run; billing not known: the error does not say " \
           "which verify error it was)" in session_summary(unknown, "1e-4").splitlines()
    consent = LivenessSessionResult.parse({**h5, "verify_result": {"result_faceid": {"confidence": 85.0,
                                                                                     "thresholds": THRESHOLDS}},
                                           "will_result": [{"result": "FAIL",
                                                            "will_error_message": "ANSWER_INCONSISTENT"}]})
    lines = session_summary(consent, "1e-4").splitlines()
    assert (f"SPOKEN CONSENT FAILED (will_result) — ANSWER_INCONSISTENT: {explain('ANSWER_INCONSISTENT', '', 'en')} "
            "Do not accept on this session.") in lines
    for result in (failed, unknown, consent):
        assert session_verdict(result, "1e-4")[0] in NOT_CONFIRMED_VERDICTS


def test_a_session_s_failed_comparison_is_said_in_a_session_s_words_not_told_to_try_again() -> None:
    """get-result printed the catalogue's words for a direct call ("Trying again is safe") under a session's failed
    comparison, which is never run again: the window's session words now, as its Liveness results page says."""
    answer = {"status": "OK", "biz_info": {"biz_id": "1,s"}, "liveness_result": {"result": "PASS"},
              "verify_result": {"error": "INTERNAL_ERROR"}}
    lines = session_summary(LivenessSessionResult.parse(answer), "1e-4").splitlines()
    said = lines[lines.index("verify_result: INTERNAL_ERROR (the comparison did not run; not billed)") + 1]
    assert said == f"  {explain('INTERNAL_ERROR', '', 'en', session_comparison=True)}"
    assert "again" not in said.lower()


def test_a_failed_spoken_consent_with_an_unknown_code_or_none_is_still_two_sentences() -> None:
    """Review: an unknown code's explanation ("Unknown error: X") has no full stop, and ran into the advice."""
    h5 = {"status": "OK", "biz_info": {"biz_id": "1,h5"}, "liveness_result": {"result": "PASS"},
          "verify_result": {"result_faceid": {"confidence": 85.0, "thresholds": THRESHOLDS}}}
    unknown = LivenessSessionResult.parse({**h5, "will_result": [{"result": "FAIL", "will_error_message": "NEW_CODE"}]})
    none = LivenessSessionResult.parse({**h5, "will_result": [{"result": "FAIL"}]})
    assert "SPOKEN CONSENT FAILED (will_result) — NEW_CODE: FaceID's documents do not list this code. Do not accept " \
           "on this session." in session_summary(unknown, "1e-4").splitlines()
    assert "SPOKEN CONSENT FAILED (will_result). Do not accept on this session." in session_summary(none, "1e-4").splitlines()

