"""Descriptor distance → FaceID-style confidence (0–100, higher = more alike) and FAR thresholds.

Calibration (rerun ``python benchmarks/calibrate_scores.py`` to reproduce the figures):

- Measured: the dlib ResNet descriptor (128-d, Euclidean distance, largest face) on every pair
  of the 20 single-face photos (6 people) in ``tests/data/faces`` — 44 same-person pairs (distance
  0.02–0.52, mean 0.33) and 146 different-person pairs (distance 0.70–1.03, mean 0.845, standard
  deviation 0.076).
- Estimated: the false-accept rate at distance d is the lower tail of a normal distribution
  fitted to those different-person distances, FAR(d) = Φ((d − 0.845) / 0.076). The distances
  where FAR is 1e-3, 1e-4, 1e-5 and 1e-6 are therefore 0.610, 0.562, 0.521 and 0.484. These are
  extrapolations from 146 pairs of 6 people, not measurements at those rates; the 1e-3 point
  agrees with dlib's published operating point (0.6 on LFW, 99.38 % accuracy), which is the
  independent check available offline.
- Mapped: confidence = 100 / (1 + exp(10 · (d − 0.66))), a smooth, monotone map that puts the
  thresholds near the cloud's usual range (1e-3 ≈ 62, 1e-6 ≈ 85). A threshold is the confidence
  at its FAR distance, so "confidence ≥ threshold" is exactly "FAR(d) ≤ that rate".

Every same-person pair of tests/data/faces scores above its 1e-4 threshold and every different-person
pair below its 1e-3 threshold (tests/engine/test_scoring_calibration.py checks this for real).
"""

from __future__ import annotations

import math
from statistics import NormalDist
from typing import Final

#: Fitted to 146 different-person distances of tests/data/faces (see module docstring).
IMPOSTOR_MEAN: Final = 0.845
IMPOSTOR_SD: Final = 0.076
#: Distance at which the estimated false-accept rate equals each level (0.610, 0.562, 0.521, 0.484).
FAR_DISTANCES: Final[dict[str, float]] = {
    level: NormalDist(IMPOSTOR_MEAN, IMPOSTOR_SD).inv_cdf(float(level)) for level in ("1e-3", "1e-4", "1e-5", "1e-6")
}
_MIDPOINT: Final = 0.66
_STEEPNESS: Final = 10.0


def confidence(distance: float) -> float:
    """Confidence 0–100 for a descriptor distance, rounded to three decimals like the service."""
    value = 100.0 / (1.0 + math.exp(_STEEPNESS * (distance - _MIDPOINT)))
    return round(value, 3)


def thresholds() -> dict[str, float]:
    """The confidence thresholds for false-accept rates 1e-3 … 1e-6."""
    return {level: confidence(d) for level, d in FAR_DISTANCES.items()}


def estimated_far(distance: float) -> float:
    """The estimated false-accept rate at ``distance`` (normal lower tail of impostor distances)."""
    return 0.5 * math.erfc(-(distance - IMPOSTOR_MEAN) / (IMPOSTOR_SD * math.sqrt(2.0)))


def score(distance: float) -> dict[str, object]:
    """A ``result_faceid`` / ``result_refN`` object for ``distance``."""
    return {"confidence": confidence(distance), "thresholds": thresholds()}
