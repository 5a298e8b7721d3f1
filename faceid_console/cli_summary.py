"""Human-readable summaries of FaceID results for a terminal (the command line's default there).

Plain text, one fact per line, FaceID's own field names so a reader can find them in the JSON
(``--json``) and in the vendor documents.
"""

from __future__ import annotations

from typing import Final

from .api.callbacks import MalformedPayload
from .api.errors import ErrorOrigin, FaceIDError, as_sentence, explain_code
from .api.results import (
    THRESHOLD_LEVELS,
    BizToken,
    DetectedFace,
    LivenessSessionResult,
    ScoreWithThresholds,
    VerifyFailure,
    VerifyResult,
    WebLivenessToken,
)
from .verdict import Outcome, below_policy, card_unchecked, compared_scores, datasource_unjudged, id_attacked, judge

PASS_MARK, FAIL_MARK = "✓", "✗"
#: What id_attacked=1 means and what to do, as the window's notice says it (verify 2.0.6, id_exceptions).
ID_ATTACKED_MEANING: Final = ("id_attacked=1: FaceID has seen this ID number used against its liveness check (a mask, "
                              "another person, a 3D synthetic face), so someone may be using it now; this does not "
                              "mean its holder took part. Whatever the score, confirm the applicant another way "
                              "before approving: their documents, or a liveness check if none was done.")


def _scores(result: VerifyResult) -> list[tuple[str, ScoreWithThresholds]]:
    named = [("result_faceid", result.result_faceid), ("result_idcard_photo", result.result_idcard_photo),
             ("result_idcard_datasource", result.result_idcard_datasource)]
    named += [(f"result_ref{i}", score) for i, score in sorted(result.result_refs.items())]
    return [(name, score) for name, score in named if score is not None]


def _score_table(result: VerifyResult) -> list[str]:
    primary = result.primary_score()
    width = max(len(name) for name, _ in _scores(result)) + 2
    lines = [f"{'score':<{width}} {'confidence':>10}  " + "  ".join(f"{level:<9}" for level in THRESHOLD_LEVELS)]
    for name, score in _scores(result):
        cells = []
        for level in THRESHOLD_LEVELS:
            threshold = score.thresholds.get(level)
            cells.append(f"{'—':<9}" if threshold is None else
                         f"{PASS_MARK if score.passes(level) else FAIL_MARK} {threshold:<7.2f}")
        label = f"{name} *" if score is primary else name
        lines.append(f"{label:<{width}} {score.confidence:>10.2f}  " + "  ".join(cells))
    lines.append(f"(* the score the verdict is decided on; {PASS_MARK} = confidence reaches that threshold "
                 "of the same response)")
    return lines


def verdict(result: VerifyResult, level: str) -> tuple[bool, str]:
    """Whether the primary confidence meets ``level``'s threshold, and the sentence that says so."""
    primary = result.primary_score()
    if primary is None and result.scored:  # result_idcard_datasource alone, as the window says it
        return False, ("NO VERDICT: the answer has only result_idcard_datasource, the ID card's photo against the "
                       "data source's; no score compares the live face.")
    if primary is None:
        return False, "NO VERDICT: the answer holds no score."
    judged = judge(primary, level)
    if judged.outcome is Outcome.NO_THRESHOLD:
        return False, f"NO VERDICT: the answer has no {level} threshold to compare the confidence with."
    threshold = primary.thresholds[level]
    source = ("result_faceid (KYC)" if primary is result.result_faceid else
              # an H5 session's answer with neither result_faceid nor result_refN: judged against the card's photo
              "result_idcard_photo: against the ID card's photo; the answer has no result_faceid or result_ref score"
              if result.judged_on_idcard_photo else "the best reference score")
    if judged.passed:
        disagree = below_policy(compared_scores(result), level)
        names = ", ".join(f"{key} {score.confidence:.2f}" for key, score in disagree)
        if id_attacked(result):  # as the window and the history say: a face that matches an ID number at risk
            also = f"; the photos disagree too: {names} below it" if disagree else ""
            return True, (f"NEEDS REVIEW: this ID number has been used in attacks (id_attacked) at the policy level "
                          f"{level}: confidence {primary.confidence:.2f} ≥ threshold {threshold:.2f} ({source}){also}; "
                          f"confirm the applicant another way before approving")
        if disagree:  # as the window and the history say: not a clean match
            return True, (f"NEEDS REVIEW: the photos disagree at the policy level {level}: confidence "
                          f"{primary.confidence:.2f} ≥ threshold {threshold:.2f} ({source}), but {names} below it")
        if card_unchecked(result, level):  # as the window and the history say: the card itself is not checked
            unchecked = (f"result_idcard_datasource has no {level} threshold, so it does not say that card is the "
                         "data source's" if datasource_unjudged(result, level) else
                         "nothing in the answer compares that card with the data source's photo")
            return True, (f"NEEDS REVIEW: the ID card is not checked against the data source at the policy level "
                          f"{level}: confidence {primary.confidence:.2f} ≥ threshold {threshold:.2f} ({source}); "
                          f"{unchecked}: check the card itself before approving")
        return True, (f"MATCH at the policy level {level}: confidence {primary.confidence:.2f} ≥ threshold "
                      f"{threshold:.2f} ({source})")
    below = ("below every threshold: not the same person" if judged.outcome is Outcome.BELOW_ALL
             else f"meets {judged.strictest_level_met} only")
    return False, (f"BELOW THE POLICY LEVEL {level}: confidence {primary.confidence:.2f} < threshold "
                   f"{threshold:.2f} ({source}); {below}")


def _face_lines(faces: tuple[DetectedFace, ...], *, refused: bool = False) -> list[str]:
    """The faces found and their quality; ``refused``: a refusal's, whose answer had ``faces`` (none is none found,
    not none asked for) and compared none."""
    # A refusal's faces are --image's whichever photo it names ("当待比对照片…返回本字段"): said so after image_ref2's.
    photo = "the photo (--image)" if refused else "the photo"
    if not faces:
        return [f"faces in {photo}: 0" if refused else "faces: not returned (--return-faces 1 asks for them)"]

    def area(face: DetectedFace) -> float:
        return face.rect.width * face.rect.height if face.rect else 0.0

    lines = [f"faces in {photo}: {len(faces)}" + (" (the largest is compared)" if len(faces) > 1 and not refused
                                                    else "")]
    for number, face in enumerate(sorted(faces, key=area, reverse=True), start=1):
        quality = "—" if face.quality is None else f"{face.quality:.1f}"
        suggested = "" if face.quality_threshold is None else f" (FaceID suggests ≥ {face.quality_threshold:.1f})"
        lines.append(f"  face {number}: quality {quality}{suggested}")
    return lines


def verify_summary(result: VerifyResult, level: str, *, in_session: bool = False) -> str:
    """Verdict, the confidences against the four thresholds, faces and quality, identity flags. ``in_session``: a
    liveness session's verify_result, which holds no faces (nor is there a --return-faces to ask for them), and whose
    request_id is named as its field, beside the session's own."""
    lines = [verdict(result, level)[1], ""]
    if _scores(result):
        lines += [*_score_table(result), ""]
    if result.faces or not in_session:
        lines += _face_lines(result.faces)
    if result.id_exceptions is not None:
        lines.append(f"id_exceptions: id_attacked={result.id_exceptions.id_attacked} "
                     f"id_photo_monochrome={result.id_exceptions.id_photo_monochrome}")
        if id_attacked(result):  # whatever the verdict, as the window's notice says it
            lines.append(f"  {ID_ATTACKED_MEANING}")
    if result.face_genuineness is not None:
        for gauge in result.face_genuineness.gauges():
            lines.append(f"face_genuineness {gauge.check}: {gauge.confidence} (threshold {gauge.threshold})"
                         + (" SUSPECTED" if gauge.suspected else ""))
    named = "verify_result.request_id" if in_session else "request_id"
    lines.append(f"{named}: {result.request_id}   time_used: {result.time_used} ms")
    return "\n".join(lines)


def biz_token_summary(token: BizToken, *, faces_asked: bool = False) -> str:
    """The token and its request_id; ``faces_asked``: a raw_image token, whose faces (return_faces) are shown as
    verify's are."""
    lines = [f"biz_token: {token.biz_token}", "(single use, valid for one hour: hand it to the MegLiveStill SDK)"]
    if faces_asked:
        lines += _face_lines(token.faces)
    lines.append(f"request_id: {token.request_id}")
    return "\n".join(lines)


def token_summary(token: WebLivenessToken, liveness_url: str) -> str:
    return (f"token: {token.token}\nexpired_time: {token.expired_time}\n"
            f"liveness_url: {liveness_url}\n(open it in the applicant's browser)\nrequest_id: {token.request_id}")


#: The applicant's device, named by a session's fail_reason: what to ask them to change before a new session (the
#: window's next step, in the command line's words).
_DEVICE_STEPS: Final[dict[str, str]] = {
    "PERMISSIONS_ERROR": "ask the applicant to allow the page to use the camera (an app's built-in browser may not "
                         "open it: they can use the phone's own browser); then start a new session with get-token and "
                         "send them its liveness_url",
    "NETWORK_ERROR": "ask the applicant to move to a stable network (Wi-Fi or a stronger signal); then start a new "
                     "session with get-token and send them its liveness_url",
    "SUPPORT_ERROR": "ask the applicant to open the link in another browser, a current Chrome or Safari or the phone's "
                     "own browser; then start a new session with get-token and send them its liveness_url",
}
_NEW_SESSION_STEP: Final = ("start a new session with get-token and send the applicant its liveness_url; ask them to "
                            "go through the check to the end")
_NOTHING_TO_DECIDE: Final = "so there is no liveness result and no face was compared: nothing here to decide on."
#: A session status whose answer has no liveness result (h5-callbacks' status) -> what happened, what it means, and
#: what to do next when its fail_reason names nothing to change; as the window heads such a session.
_WITHOUT_LIVENESS: Final[dict[str, tuple[str, str, str]]] = {
    "CANCELLED": ("CANCELLED: the applicant left the check",
                  f"The applicant cancelled before the liveness check finished, {_NOTHING_TO_DECIDE}",
                  _NEW_SESSION_STEP),
    "TIMEOUT": ("TIMED OUT: the applicant did not finish in time",
                f"The session ran out of time before the liveness check finished, {_NOTHING_TO_DECIDE}",
                _NEW_SESSION_STEP),
    "FAILED": ("FAILED: the check broke off before a result",
               f"The check did not complete or hit an error on the way (FaceID does not say which), "
               f"{_NOTHING_TO_DECIDE}",
               "start a new session with get-token and send the applicant its liveness_url; ask them to use a stable "
               "network and to allow the camera. If sessions keep failing, note the biz_id and contact FaceID support"),
    "WEBRTC_UNSUPPORTED": ("FAILED: the applicant's browser could not run the check",
                           f"The browser could not start the camera check (WebRTC), {_NOTHING_TO_DECIDE}",
                           _DEVICE_STEPS["SUPPORT_ERROR"]),
    "NOT_STARTED": ("NOT STARTED: the applicant has not begun the check",
                    "The session was created, but the applicant has not started the check, so there is no liveness "
                    "result yet.",
                    "wait for the applicant to do the check: FaceID calls the notify_url when they finish "
                    "(check-callback checks what it posts). If they lost the link or it has expired, start a new "
                    "session with get-token and send them its liveness_url"),
    "PROCESSING": ("IN PROGRESS: the applicant is doing the check",
                   "The check has not finished, so there is no liveness result yet.",
                   "wait for the applicant to finish: FaceID calls the notify_url when they do (check-callback checks "
                   "what it posts). Decide on that result, not on this answer"),
}


def without_liveness(result: LivenessSessionResult) -> tuple[str, str, str | None, str] | None:
    """For a session whose answer has no liveness result: what happened (a headline), what it means, its
    fail_reason explained (None without one), and what to do next (by the fail_reason when it names the applicant's
    device); None for any other answer."""
    said = _WITHOUT_LIVENESS.get(result.status or "") if result.liveness_result is None else None
    if said is None:
        return None
    headline, meaning, step = said
    reason = (f"fail_reason {result.fail_reason}: {explain_code(result.fail_reason)}" if result.fail_reason
              else None)
    if result.status not in ("NOT_STARTED", "PROCESSING"):  # a device to change only once the check broke off
        step = _DEVICE_STEPS.get(result.fail_reason or "", step)
    return headline, meaning, reason, step


def _without_liveness_lines(result: LivenessSessionResult) -> list[str]:
    said = without_liveness(result)
    if said is None:
        return []
    headline, meaning, reason, step = said
    return [headline, f"  {meaning}", *([f"  {reason}"] if reason else []), f"hint: {step}"]


def session_summary(result: LivenessSessionResult, level: str, comparison_hint: str | None = None) -> str:
    """A web-liveness result: status, liveness outcome, then the comparison as for verify; a comparison that did not
    run is explained as an error is, with ``comparison_hint``: what to do about it. A session with no liveness result
    says what happened and what to do next, as the window heads it."""
    shown = ["—" if value in (None, "") else str(value) for value in (result.biz_id, result.biz_no, result.status)]
    lines = ["biz_id: {}   biz_no: {}   status: {}".format(*shown)]  # "—": the answer has no such field
    if result.liveness_result is None:
        lines += _without_liveness_lines(result)
    else:
        live = result.liveness_result
        # Each failure_reason explained as the window explains it (the catalogue's words), not its bare code.
        # After a dash, not in brackets: an explanation ends in a full stop, some in a bracket of their own.
        reason = f" — {live.failure_reason}: {explain_code(live.failure_reason)}" if live.failure_reason else ""
        lines.append(f"liveness: {'PASSED' if live.passed else 'FAILED'}{reason}")
    genuineness = result.genuineness()
    suspected = [] if genuineness is None else genuineness.suspected()
    if suspected:  # outranks the comparison below, as in the window and the history
        lines.append("ATTACK SUSPECTED: " + ", ".join(suspected) + " (do not accept on this session alone)")
    will = result.failed_will()
    if will is not None:  # outranks the comparison too (verdict.session_verdict)
        said = f" — {will.will_error_message}: {as_sentence(explain_code(will.will_error_message))}" \
            if will.will_error_message else "."
        lines.append(f"SPOKEN CONSENT FAILED (will_result){said} Do not accept on this session.")
    if isinstance(result.verify_result, VerifyResult):
        lines += ["", verify_summary(result.verify_result, level, in_session=True)]
    elif isinstance(result.verify_result, VerifyFailure):
        lines += comparison_failure_lines(result.verify_result, comparison_hint)
    elif result.liveness_result is not None and result.liveness_result.passed and result.liveness_result.shape == "web":
        # get_result: verify_result "如果用户选择的 comparison_type 为 -1,或者活体检测没有通过时…为 null"
        lines.append("verify_result: null (no face was compared: the session was started with --comparison-type -1, "
                     "the liveness check only)")
    if result.images:
        lines.append("images: " + ", ".join(image.name for image in result.images) + " (in the --json output)")
    # The session's own serial number ("每一次网页端活体检测和比对请求的流水号"), beside its comparison's.
    if result.request_id:
        lines.append(f"request_id: {result.request_id}   time_used: "
                     f"{'—' if result.time_used is None else result.time_used} ms")
    return "\n".join(lines)


def comparison_failure_lines(failure: VerifyFailure, hint: str | None) -> list[str]:
    """A session's ``verify_result`` error as ``error_summary`` says an error: the code and the field it names, what
    it means (the catalogue's words), whether the session is billed, and what to do."""
    err = FaceIDError(code=failure.code, detail=failure.detail, origin=ErrorOrigin.SERVICE)
    billed = {True: "the session is billed", False: "not billed",
              None: "billing not known: the error does not say which verify error it was"}[failure.billed]
    # In a session's words: its comparison is not run again, so the catalogue's "try again" does not apply.
    lines = [f"verify_result: {failure.error} (the comparison did not run; {billed})",
             f"  {err.explanation('en', session_comparison=True)}"]
    if hint:
        lines.append(f"  hint: {hint}")
    return lines


def error_summary(err: FaceIDError, hint: str | None, explanation: str | None = None,
                  faces: tuple[DetectedFace, ...] | None = None) -> str:
    """The error's code and field, what it means (the window's explanation, or ``explanation`` where the command's
    words fit better), what exactly was wrong (the window's technical line: the refused value, the address), the
    ``faces`` the answer carried (their count and quality), and the flag that helps."""
    head = err.code + (f": {err.detail}" if err.detail else "")
    status = f" (HTTP {err.http_status})" if err.http_status else ""
    lines = [f"error: {head}{status}", f"  {explanation or err.explanation('en')}"]
    if err.message and err.origin is not ErrorOrigin.INPUT:  # an input error's message is its explanation
        lines.append(f"  ({err.message})")
    if faces is not None:
        lines += _face_lines(faces, refused=True)
    if hint:
        lines.append(f"hint: {hint}")
    if err.request_id:
        lines.append(f"request_id: {err.request_id}")
    return "\n".join(lines)


#: At most this many characters of a value the sender chose are printed (a key or a value can be megabytes): its
#: start and its end, as the window shows it.
SHOWN_CHARACTERS = 200


def _shortened(text: str) -> str:
    if len(text) <= SHOWN_CHARACTERS:
        return text
    head = (SHOWN_CHARACTERS + 1) // 2
    tail = SHOWN_CHARACTERS - head
    return f"{text[:head]} … ({len(text) - head - tail:,} more characters) … {text[-tail:]}"


#: What a malformed field should be, and what it is, in the callback inspector's words.
_EXPECTED = {"object": "an object ({…})", "number": "a number", "integer": "a whole number",
             "string": "text (a quoted string)", "list": "a list ([…])", "finite": "a finite number",
             "score": "a number from 0 to 100", "fraction": "a number from 0 to 1"}
_FOUND = {"object": "an object", "array": "a list", "string": "text", "number": "a number",
          "boolean": "true or false", "null": "null"}


def malformed_explanation(malformed: MalformedPayload) -> str:
    """Which field of a callback's data is malformed and why, in the words the callback inspector uses."""
    expected = _EXPECTED.get(malformed.expected, malformed.expected)
    found = _FOUND.get(malformed.found, malformed.found)
    value, field = _shortened(malformed.value), _shortened(malformed.path)
    if not malformed.path:
        return f"The data is {found}, not an object: a callback's data is a JSON object of fields ({value})."
    if malformed.expected == "present" or malformed.found == "missing":
        return f"The field {field} is missing: a callback's data must have it."
    return f"The field {field} should be {expected}, but it is {found}: {value}"


def malformed_next_step(signature_valid: bool) -> str:
    """What to do about a callback with a malformed field, by its signature (as the inspector advises)."""
    if signature_valid:
        return ("The signature is valid, so FaceID sent the data this way; the rest of it cannot be read reliably. "
                "Report the field to FaceID. A look-up by its biz_id (get-result) will likely meet the same field: "
                "the answer is then kept in the history, as an error.")
    return ("The signature does not match: this data was changed or is not from FaceID, and the malformed field may "
            "be part of the change.")
