"""What a score means for the decision: the confidence against the thresholds of the same response
and the organisation's policy level. No Qt: the window, the command line and the history share it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # the results load with the first result, not with the window
    from .api import LivenessSessionResult, ScoreWithThresholds, VerifyResult


class Outcome(Enum):
    """Where a confidence lands."""

    MEETS_POLICY = "meets_policy"  # at or above the policy level's threshold
    BELOW_POLICY = "below_policy"  # above some threshold, below the policy level's
    BELOW_ALL = "below_all"        # below even the most lenient (1e-3) threshold: not the same person
    NO_THRESHOLD = "no_threshold"  # the response carried no threshold for the policy level


@dataclass(frozen=True)
class Verdict:
    """A score judged at a policy level."""

    outcome: Outcome
    confidence: float
    policy_level: str
    #: The strictest level whose threshold the confidence reaches, e.g. "1e-5"; None below all.
    strictest_level_met: str | None

    @property
    def passed(self) -> bool:
        return self.outcome is Outcome.MEETS_POLICY


def judge(score: ScoreWithThresholds, policy_level: str) -> Verdict:
    """Judge ``score`` at ``policy_level`` using only the thresholds that came with it."""
    from .api import THRESHOLD_LEVELS

    met = score.strictest_level_met()
    passes = score.passes(policy_level)
    if passes is None:
        outcome = Outcome.NO_THRESHOLD
    elif passes:
        outcome = Outcome.MEETS_POLICY
    elif met is None and all(score.passes(lvl) is False for lvl in THRESHOLD_LEVELS if lvl in score.thresholds):
        outcome = Outcome.BELOW_ALL
    else:
        outcome = Outcome.BELOW_POLICY
    return Verdict(outcome, score.confidence, policy_level, met)


def below_policy(scores: Iterable[tuple[str, ScoreWithThresholds]],
                 policy_level: str) -> list[tuple[str, ScoreWithThresholds]]:
    """The (field, score) pairs below ``policy_level``'s threshold (one without a threshold for it is not)."""
    return [(key, score) for key, score in scores
            if judge(score, policy_level).outcome in (Outcome.BELOW_POLICY, Outcome.BELOW_ALL)]


#: The H5 session's comparisons of the ID card the applicant photographed (h5-callbacks): its face against the live
#: face (``result_idcard_photo``), and against the data source's photo (``result_idcard_datasource``). Each is judged
#: with the others: below the policy level, the card may not be the applicant's, or not genuine.
IDCARD_SCORES: Final = ("result_idcard_photo", "result_idcard_datasource")


def compared_scores(result: VerifyResult) -> list[tuple[str, ScoreWithThresholds]]:
    """The comparisons a verdict rests on, by field: result_faceid, result_ref1..3, then an H5 session's
    result_idcard_photo and result_idcard_datasource."""
    scores = [("result_faceid", result.result_faceid)] if result.result_faceid is not None else []
    scores += [(f"result_ref{i}", score) for i, score in sorted(result.result_refs.items())]
    return scores + [(key, score) for key in IDCARD_SCORES if (score := getattr(result, key)) is not None]


def id_attacked(result: VerifyResult) -> bool:
    """Whether the answer says the ID number has been used to attack FaceID's liveness check (``id_exceptions``,
    KYC only): it may be at risk now, though its holder need not have taken part."""
    return result.id_exceptions is not None and result.id_exceptions.id_attacked == 1


def datasource_unjudged(result: VerifyResult, policy_level: str) -> bool:
    """Whether ``result_idcard_datasource`` came without a threshold for ``policy_level``: it compared the card with the
    data source, but says nothing of it at that level (as result_faceid with no threshold for it gives no verdict)."""
    datasource = result.result_idcard_datasource
    return datasource is not None and datasource.passes(policy_level) is None


def card_unchecked(result: VerifyResult, policy_level: str) -> bool:
    """Whether the verdict rests on the ID card's photo alone (``judged_on_idcard_photo``) with nothing to say the card
    is the data source's at ``policy_level``: no ``result_idcard_datasource``, or one with no threshold for that level
    (``datasource_unjudged``). The face matches a card nothing has checked."""
    return result.judged_on_idcard_photo and (result.result_idcard_datasource is None
                                              or datasource_unjudged(result, policy_level))


def recorded_verdict(result: VerifyResult, policy_level: str) -> str | None:
    """The verdict the history records for a verify answer, as the window words it.

    ``match``: the deciding score (``primary_score``: result_faceid, the best result_refN, else an H5 session's
    result_idcard_photo, the live face against the ID card's photo) meets the policy level and no other comparison
    falls below it; ``id_attacked``: it meets it, but the ID number has been used in attacks
    (``id_exceptions.id_attacked``), so a face that matches it proves less, above all without a liveness check;
    ``photos_disagree``: it meets it, but another comparison falls below (a reference photo, or an H5 session's ID
    card photo: ``compared_scores``); ``card_unchecked``: it meets it, but the deciding score is an H5 session's
    result_idcard_photo and no result_idcard_datasource came, or one with no threshold for the policy level, so nothing
    ties that card to the data source at it (a forged card with the face of whoever is before the camera would pass);
    ``not_confirmed``: it falls below the policy level but reaches a more lenient one; ``no_match``: below every
    threshold (not the same person). None: no score that compares the live face (an H5 session's
    result_idcard_datasource alone compares the ID card's photo with the data source's), or no threshold for the policy
    level on the deciding score. A black and white data-source photo (``id_photo_monochrome``)
    keeps the verdict: it lowers scores, so a pass despite it still holds.
    """
    primary = result.primary_score()
    if primary is None:
        return None
    outcome = judge(primary, policy_level).outcome
    if outcome is Outcome.MEETS_POLICY:
        if id_attacked(result):  # before photos that disagree: the one that asks most of the reviewer
            return "id_attacked"
        if below_policy(compared_scores(result), policy_level):
            return "photos_disagree"
        return "card_unchecked" if card_unchecked(result, policy_level) else "match"
    return {Outcome.BELOW_POLICY: "not_confirmed", Outcome.BELOW_ALL: "no_match"}.get(outcome)


def verify_verdict(result: VerifyResult, policy_level: str) -> tuple[str | None, float | None]:
    """The verdict (``recorded_verdict``) and the deciding confidence recorded for a comparison."""
    score = result.primary_score()
    return recorded_verdict(result, policy_level), (None if score is None else score.confidence)


#: Every verdict the history records, in the order the window lists them (the History filter) and sorts them by:
#: agreement first, then doubt, failure and attack, then errors and a callback's signature states.
VERDICT_ORDER = ("match", "photos_disagree", "id_attacked", "card_unchecked", "not_confirmed", "no_match",
                 "liveness_failed", "attack_suspected", "will_failed", "comparison_failed", "not_compared", "error",
                 "signature_valid", "signature_invalid", "signature_unchecked")

#: The verdicts of a comparison (``recorded_verdict``'s).
COMPARISON_VERDICTS = frozenset({"match", "photos_disagree", "id_attacked", "card_unchecked", "not_confirmed",
                                 "no_match"})

#: The verdicts of a liveness session's answer that say something about the applicant (a bare status, such as
#: "ok" from an H5 callback, does not).
SESSION_VERDICTS = COMPARISON_VERDICTS | {"liveness_failed", "attack_suspected", "will_failed", "comparison_failed",
                                          "not_compared"}


def session_verdict(result: LivenessSessionResult, policy_level: str) -> tuple[str | None, float | None]:
    """The verdict and confidence recorded for a liveness session's answer (get_result's, or a callback's).

    ``liveness_failed`` first; then ``attack_suspected`` when a genuineness check reached its threshold, and
    ``will_failed`` when a spoken consent (``will_result``) failed, whatever the comparison says (the liveness check
    of an H5 session with procedure_type "will" rests on that consent; the comparison's confidence is still kept: it
    was made and billed); then the comparison's verdict (as ``recorded_verdict``: ``id_attacked`` too, from its
    verify_result's id_exceptions, ``photos_disagree`` from an ID card photo's score, as get_result and the H5
    callbacks carry them, and ``card_unchecked`` from one with no data source's); ``comparison_failed`` when the
    comparison answered with an error (get_result's ``error``, an H5 callback's ``error_message``); ``not_compared``
    when it carries no score; otherwise the session's status in lower case, or None.
    """
    from .api import VerifyFailure, VerifyResult

    if result.liveness_result is not None and not result.liveness_result.passed:
        return "liveness_failed", None
    genuineness = result.genuineness()
    outranking = ("attack_suspected" if genuineness is not None and genuineness.suspected() else
                  "will_failed" if result.failed_will() is not None else None)
    if isinstance(result.verify_result, VerifyResult):
        verdict, confidence = verify_verdict(result.verify_result, policy_level)
        if not result.verify_result.scored:  # "verify_result": {} — no score came: nothing was judged
            verdict = "not_compared"
        return (outranking or verdict), confidence
    if outranking is not None:
        return outranking, None
    if isinstance(result.verify_result, VerifyFailure):
        return "comparison_failed", None
    return (result.status or "").lower() or None, None


def callback_verdict(signature_valid: bool | None, result: LivenessSessionResult | None,
                     policy_level: str) -> tuple[str, float | None]:
    """The verdict and confidence recorded for a checked callback (``result``: its data, when it parses).

    An invalid signature outranks all (its data cannot be trusted); one that could not be checked (no api_secret)
    leaves the data unverified; a genuine callback is its session's own answer (``session_verdict``). Only a
    genuine callback whose data judges nothing (a bare status) stays ``signature_valid``.
    """
    if signature_valid is None:
        return "signature_unchecked", None
    if not signature_valid:
        return "signature_invalid", None
    verdict, confidence = session_verdict(result, policy_level) if result is not None else (None, None)
    return (verdict, confidence) if verdict in SESSION_VERDICTS else ("signature_valid", None)
