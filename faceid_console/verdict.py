"""What a score means for the decision: the confidence against the thresholds of the same response
and the organisation's policy level. No Qt: the window, the command line and the history share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the results load with the first result, not with the window
    from .api import ScoreWithThresholds


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
