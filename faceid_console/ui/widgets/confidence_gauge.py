"""A confidence (0–100) drawn against the four thresholds of the same response, the policy level highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...verdict import Outcome, judge
from ..colours import CAUTION, FAIL, NEUTRAL, PASS, readable, secondary_text_colour
from ..texts import level_odds

if TYPE_CHECKING:
    from ...api import ScoreWithThresholds

#: The marker's triangle above the track: from its tip (2 px above the track) to its base.
MARKER_HEIGHT = 9.0
#: The least room between two threshold labels' text, each side's padding included: 6 px read as touching.
LABEL_GAP = 12.0

#: Colours of the zones between thresholds, most lenient first: red below 1e-3, greens above.
ZONE_COLOURS = ("#e57373", "#ffd54f", "#aed581", "#81c784", "#43a047")


def outcome_colour(outcome: Outcome) -> QColor:
    return {Outcome.MEETS_POLICY: PASS, Outcome.BELOW_ALL: FAIL}.get(outcome, CAUTION)


def spread_labels(anchors: list[float], widths: list[float], left: float, right: float) -> list[float]:
    """Centres for labels of ``widths`` wanted at ``anchors`` (ascending), moved apart just enough not to overlap
    and kept within ``left``..``right`` where they fit."""
    centres = list(anchors)
    edge = left
    for i, width in enumerate(widths):  # left to right: each starts where the previous one ends
        centres[i] = max(centres[i], edge + width / 2)
        edge = centres[i] + width / 2
    edge = right
    for i in range(len(widths) - 1, -1, -1):  # right to left: pulled back inside the right edge
        centres[i] = min(centres[i], edge - widths[i] / 2)
        edge = centres[i] - widths[i] / 2
    return centres


def value_font(font: QFont) -> QFont:
    """The bold font the confidence's value is drawn in above the track."""
    bold = QFont(font)
    bold.setBold(True)
    return bold


def track_top(font: QFont, *, compact: bool = False) -> float:
    """Where the track starts: below the value and the marker (their height from the bold font's metrics, so the
    value is never cut off at the top, whatever the font's size or the screen's scale)."""
    line = QFontMetricsF(font).height()
    if compact:
        return line * 0.5
    value = QFontMetricsF(value_font(font))
    return max(line * 1.4, 1.0 + value.ascent() + value.descent() + MARKER_HEIGHT)


def value_baseline(font: QFont, *, compact: bool = False) -> float:
    """The baseline of the value drawn above the marker: its descent clear of the marker's base."""
    return track_top(font, compact=compact) - MARKER_HEIGHT - QFontMetricsF(value_font(font)).descent()


class ConfidenceGauge(QWidget):
    """Paints the 0–100 scale, the thresholds as ticks, the policy level in bold and the confidence marker.

    Drawn with vector primitives in logical pixels, so it stays sharp at any device pixel ratio.
    """

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._score: ScoreWithThresholds | None = None
        self._policy_level = "1e-4"
        self._compact = compact
        self._muted = False  # the marker in grey: something else decides (a suspected attack, a forged callback)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable from the keyboard for screen readers
        self.setAccessibleName(self.tr("Confidence gauge"))

    def set_muted(self, muted: bool) -> None:
        """Draw the marker and its value in grey rather than in their verdict's colour."""
        self._muted = muted
        self.update()

    def marker_colour(self) -> QColor | None:
        """The colour the confidence marker and its value mean (None: no score to mark); drawn in its form for the
        palette (``readable``)."""
        if self._score is None:
            return None
        return NEUTRAL if self._muted else outcome_colour(judge(self._score, self._policy_level).outcome)

    def set_score(self, score: ScoreWithThresholds | None, policy_level: str) -> None:
        self._muted = False
        self._score, self._policy_level = score, policy_level
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe())
        self.update()

    @property
    def score(self) -> ScoreWithThresholds | None:
        return self._score

    def describe(self) -> str:
        """The gauge in words, for screen readers and tooltips."""
        if self._score is None:
            return self.tr("No score")
        from ...api import THRESHOLD_LEVELS  # the results module: loaded by the time there is a score

        parts = [self.tr("Confidence {value:.2f}").format(value=self._score.confidence)]
        for level in THRESHOLD_LEVELS:
            if level in self._score.thresholds:
                parts.append(self.tr("threshold {level} ({odds}) {value:.2f}").format(
                    level=level, odds=level_odds(level), value=self._score.thresholds[level]))
        return self.tr("; ", "between the readings of a gauge's description").join(parts)

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        if self._compact:
            return QSize(320, int(line * 1.6))
        # The value and marker, the track, then two lines of threshold labels under it.
        labels = QFontMetricsF(value_font(self._label_font())).height() * 2
        return QSize(320, int(track_top(self.font()) + line * 0.8 + 8 + labels + 4 + 0.999))

    def _label_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        return small

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        margin = metrics.horizontalAdvance("100.0") / 2 + 2
        top = track_top(self.font(), compact=self._compact)
        track = QRectF(margin, top, self.width() - 2 * margin, line * (0.55 if self._compact else 0.8))

        def x_of(value: float) -> float:
            return track.left() + track.width() * max(0.0, min(100.0, value)) / 100.0

        thresholds: list[tuple[str, float]] = []
        if self._score is not None:
            from ...api import THRESHOLD_LEVELS  # the results module: loaded by the time there is a score

            thresholds = [(lvl, self._score.thresholds[lvl]) for lvl in THRESHOLD_LEVELS
                          if lvl in self._score.thresholds]
        # Zones: below 1e-3, between consecutive thresholds, above the strictest.
        edges = [0.0, *(value for _, value in thresholds), 100.0]
        path = QPainterPath()
        path.addRoundedRect(track, track.height() / 2, track.height() / 2)
        painter.save()
        painter.setClipPath(path)
        # drawRect, not fillRect: fillRect's overloads make PySide build QGradient's 169 presets (~1.5 ms) first.
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(len(edges) - 1):
            painter.setBrush(QColor(ZONE_COLOURS[min(index, len(ZONE_COLOURS) - 1)]) if thresholds
                             else self.palette().mid())  # no answer yet: the palette's neutral track
            painter.drawRect(QRectF(x_of(edges[index]), track.top(), x_of(edges[index + 1]) - x_of(edges[index]),
                                    track.height()))
        painter.restore()
        painter.setPen(QPen(self.palette().shadow().color(), 1))
        painter.drawPath(path)

        # Threshold ticks, labelled below: level and value; the policy level bold and longer.
        small = self._label_font()
        bold = value_font(small)
        text_colour = self.palette().text().color()
        ticks = sorted(((level, value, x_of(value), level == self._policy_level) for level, value in thresholds),
                       key=lambda tick: tick[2])
        for _level, _value, x, policy in ticks:
            painter.setPen(QPen(text_colour, 2.5 if policy else 1.2))
            painter.drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + (6 if policy else 3)))
        if not self._compact and ticks:
            labels = [f"{level}\n{value:.2f}" for level, value, _x, _policy in ticks]  # as precise as the marker
            widths = [max(map(QFontMetricsF(bold if policy else small).horizontalAdvance, label.split("\n")))
                      + LABEL_GAP for label, (_l, _v, _x, policy) in zip(labels, ticks, strict=True)]
            centres = spread_labels([x for _l, _v, x, _p in ticks], widths, 0.0, float(self.width()))
            label_top = track.bottom() + 8
            for label, width, centre, (_level, _value, x, policy) in zip(labels, widths, centres, ticks, strict=True):
                if abs(centre - x) > 0.5:  # moved aside so labels do not overlap: a leader line to its tick
                    painter.setPen(QPen(text_colour, 0.8))
                    painter.drawLine(QPointF(x, track.bottom() + 3), QPointF(centre, label_top))
                painter.setPen(text_colour)
                painter.setFont(bold if policy else small)
                box = QRectF(centre - width / 2, label_top, width, line * 2.2)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), label)

        if self._score is None:
            painter.setPen(secondary_text_colour(self.palette()))  # the placeholder's grey, where it reads
            painter.setFont(self.font())
            painter.drawText(QRectF(0, 0, self.width(), top - 2), int(Qt.AlignmentFlag.AlignCenter),
                             self.tr("No score yet"))
            self._draw_focus(painter)
            painter.end()
            return

        # The confidence: a marker on the track, with its value above it (beside it in compact rows).
        meaning, window = self.marker_colour() or NEUTRAL, self.palette().window().color()
        colour = readable(meaning, window, graphic=True)
        x = x_of(self._score.confidence)
        painter.setPen(QPen(colour.darker(130), 2))
        painter.drawLine(QPointF(x, track.top() - 2), QPointF(x, track.bottom() + 2))
        if self._compact:
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x, track.center().y()), track.height() * 0.8, track.height() * 0.8)
            self._draw_focus(painter)
            painter.end()
            return
        tri = QPolygonF([QPointF(x - 6, track.top() - 9), QPointF(x + 6, track.top() - 9), QPointF(x, track.top() - 2)])
        painter.setBrush(colour)
        painter.drawPolygon(tri)
        bold_value = value_font(self.font())
        painter.setFont(bold_value)
        painter.setPen(readable(meaning, window))  # the value is text: 4.5:1, the marker a graphic
        text = f"{self._score.confidence:.2f}"  # 72.60 against a 72.64 threshold must not both read 72.6
        width = QFontMetricsF(bold_value).horizontalAdvance(text)
        left = max(0.0, min(self.width() - width, x - width / 2))
        painter.drawText(QPointF(left, value_baseline(self.font())), text)
        self._draw_focus(painter)
        painter.end()

    def _draw_focus(self, painter: QPainter) -> None:
        """The style's focus frame round the gauge while it has the keyboard: Tab stops here, and must show it."""
        if not self.hasFocus():
            return
        from .focus_frame import draw_focus_frame  # here, not at start-up (see there)

        draw_focus_frame(self, painter)
