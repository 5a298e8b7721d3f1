"""The colours of a face box and of its label's fill, decided in one place for the window (the face overlay) and the
PDF report: by the face's quality against the threshold it is held to, and whether the call that found it was
refused."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from ..api import DetectedFace

#: A face box's edge: bright, to stand out on a photo.
GOOD = QColor("#43a047")
POOR = QColor("#e53935")
#: The fill under a box's white label, a darker tone of its edge: white reads at 5.1:1 and 5.6:1 on these (on the
#: edge's own tones at 3.3:1 and 4.2:1).
GOOD_LABEL = QColor("#2e7d32")
POOR_LABEL = QColor("#c62828")
#: A face that reaches the threshold but passed nothing: a refused call's (green boxes under a red refusal read as a
#: pass), or one of several the comparison did not use; blue-grey, white reading at 5.9:1 on its label.
HELD = QColor("#78909c")
HELD_LABEL = QColor("#546e7a")
#: The label's text on its fill.
LABEL_TEXT = QColor("white")


class BoxColours(NamedTuple):
    """A face box's edge, and the fill under its label."""

    edge: QColor
    label: QColor


def shown_threshold(face: DetectedFace, refusal_threshold: float | None) -> float | None:
    """The threshold ``face``'s quality is shown against: a refusal's face_quality_threshold sent (its reason), else
    FaceID's suggestion, the face's own quality_threshold."""
    return refusal_threshold if refusal_threshold is not None else face.quality_threshold


def box_colours(face: DetectedFace, threshold: float | None, *, refused: bool, compared: bool = True) -> BoxColours:
    """``face``'s box's colours: red below ``threshold`` (as ``shown_threshold`` gives it); reaching it, or either
    not known, green, or blue-grey for a face that passed nothing: the face of a refusal (``refused``:
    MULTIPLE_FACES, LOW_QUALITY), or one of several that the comparison did not use (not ``compared``: a bystander's
    face in green read as a second applicant passed)."""
    if face.quality is not None and threshold is not None and face.quality < threshold:
        return BoxColours(POOR, POOR_LABEL)
    return BoxColours(HELD, HELD_LABEL) if refused or not compared else BoxColours(GOOD, GOOD_LABEL)
