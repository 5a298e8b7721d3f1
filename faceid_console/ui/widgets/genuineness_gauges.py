"""Face-genuineness gauges: synthetic face, mask, screen replay (each against its own threshold), face_replaced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..colours import FAIL, GRAPHIC_CONTRAST, PASS, contrast_ratio, readable, set_text_colour
from .stacking_row import StackingGrid

if TYPE_CHECKING:
    from ...api import FaceGenuineness, GenuinenessGauge


def check_name(check: str) -> str:
    """A genuineness check in the window's words."""
    return {
        "synthetic_face": QCoreApplication.translate("GenuinenessGauges", "Synthetic face"),
        "mask": QCoreApplication.translate("GenuinenessGauges", "Mask"),
        "screen_replay": QCoreApplication.translate("GenuinenessGauges", "Screen replay"),
    }.get(check, check)


def suspected_attacks(genuineness: FaceGenuineness | None) -> list[str]:
    """The checks whose confidence reaches their threshold, and a replaced face, in the window's words."""
    if genuineness is None:
        return []
    return [QCoreApplication.translate("GenuinenessGauges", "face replaced") if check == "face_replaced"
            else check_name(check) for check in genuineness.suspected()]



def gauge_reading(gauge: GenuinenessGauge) -> str:
    """The reading in one short line: the confidence, how it compares with the threshold, the verdict."""
    confidence = "—" if gauge.confidence is None else f"{gauge.confidence:.3f}"
    threshold = "—" if gauge.threshold is None else f"{gauge.threshold:.3f}"
    if gauge.suspected is None:
        return QCoreApplication.translate("GenuinenessGauges", "{confidence} / {threshold} · incomplete").format(
            confidence=confidence, threshold=threshold)
    if gauge.suspected:
        return QCoreApplication.translate("GenuinenessGauges", "{confidence} ≥ {threshold} · suspected").format(
            confidence=confidence, threshold=threshold)
    return QCoreApplication.translate("GenuinenessGauges", "{confidence} < {threshold} · not suspected").format(
        confidence=confidence, threshold=threshold)



def face_replaced_text(replaced: bool) -> str:
    """``face_replaced`` in words: a swapped face is an attack whatever the gauges say."""
    if replaced:
        return QCoreApplication.translate(
            "GenuinenessGauges", "Face replaced: yes — the face was swapped during the session. Treat as an attack.")
    return QCoreApplication.translate("GenuinenessGauges", "Face replaced: no")


def tick_colour(palette: QPalette, under: QColor) -> QColor:
    """The threshold tick's colour over ``under`` (the fill, the empty track, the window): the palette's text colour
    where it reads at 3:1 as a graphic must, else the one of it and the track's that reads better, a notch in the fill
    (a dark palette's near-white text over its light green or red fill read at 2:1)."""
    text = palette.color(QPalette.ColorRole.Text)
    if contrast_ratio(text, under) >= GRAPHIC_CONTRAST:
        return text
    return max(text, palette.color(QPalette.ColorRole.Base), key=lambda colour: contrast_ratio(colour, under))


class GenuinenessBar(QWidget):
    """One check: a 0–1 bar, its threshold as a tick; red when the attack is suspected (confidence ≥ threshold)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gauge: GenuinenessGauge | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_gauge(self, gauge: GenuinenessGauge) -> None:
        self._gauge = gauge
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, int(QFontMetricsF(self.font()).height() * 1.2))

    def minimumSizeHint(self) -> QSize:
        # Narrower, the threshold's tick and the fill could not be told apart: the bar goes under its reading instead.
        return QSize(120, self.sizeHint().height())

    def track(self) -> QRectF:
        """The 0–1 track the confidence fills and the threshold is marked on."""
        return QRectF(1, self.height() * 0.25, self.width() - 2, self.height() * 0.5)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self.track()
        palette = self.palette()
        painter.setPen(QPen(palette.shadow().color(), 1))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(track, 3, 3)
        gauge = self._gauge
        fill, fill_colour = QRectF(), palette.color(QPalette.ColorRole.Base)  # none yet: the empty track
        if gauge is not None and gauge.confidence is not None:
            fill_colour = readable(FAIL if gauge.suspected else PASS, palette.base().color(),
                                   graphic=True)  # on the track
            fill = QRectF(track.left(), track.top(), track.width() * max(0.0, min(1.0, gauge.confidence)),
                          track.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill_colour)
            painter.drawRoundedRect(fill, 3, 3)
        if gauge is not None and gauge.threshold is not None:
            # At its exact place (cut to a whole pixel it stood up to two screen pixels left of it at 200 %), a little
            # past the track's edges but not the bar's: the ticks of rows one under another joined into one line.
            x = track.left() + track.width() * max(0.0, min(1.0, gauge.threshold))
            reach = min(3.0, track.top() / 2)
            outside = tick_colour(palette, palette.color(QPalette.ColorRole.Window))
            pen = QPen(outside, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, track.top() - reach), QPointF(x, track.bottom() + reach))
            # Across the track, in what reads on what it crosses there: the fill, or the empty track past it.
            inside = tick_colour(palette, fill_colour if x < fill.right() else palette.color(QPalette.ColorRole.Base))
            if inside != outside:
                pen.setColor(inside)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, track.top()), QPointF(x, track.bottom()))
        painter.end()


class GenuinenessGauges(QWidget):
    """All genuineness checks of one response; hidden by the caller when the response has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Each check's name, reading and bar on one line where there is room; in a narrow column (an 800 px window)
        # the bar goes under its name and reading, as the Verify result's scores do, so the reading is never cut off.
        self._grid = StackingGrid(self)
        layout.addWidget(self._grid)
        self.rows: dict[str, tuple[QLabel, GenuinenessBar, QLabel]] = {}
        self.replaced_label = QLabel(self)
        self.replaced_label.setWordWrap(True)
        self.replaced_label.setVisible(False)
        layout.addWidget(self.replaced_label)
        self.setAccessibleName(self.tr("Face genuineness"))

    def set_genuineness(self, genuineness: FaceGenuineness | None) -> None:
        self._grid.clear()
        self.rows.clear()
        self.replaced_label.setVisible(False)
        if genuineness is None:
            return
        for gauge in genuineness.gauges():
            name = QLabel(check_name(gauge.check), self._grid)
            bar = GenuinenessBar(self._grid)
            bar.set_gauge(gauge)
            # One short line ("0.710 ≥ 0.500 · suspected") fits beside the bar even in History's narrow pane;
            # the sentence it stands for is the tooltip and what a screen reader says.
            value = QLabel(self._value_text(gauge), self._grid)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setToolTip(self._value_sentence(gauge))
            set_text_colour(value, FAIL if gauge.suspected else PASS, bold=True)
            bar.setAccessibleName(check_name(gauge.check))
            bar.setAccessibleDescription(value.toolTip())
            bar.setToolTip(value.toolTip())
            self._grid.add_row((name, value, bar))  # the bar last: it is what goes under the others
            self.rows[gauge.check] = (name, bar, value)
        if genuineness.face_replaced is not None:
            replaced = genuineness.face_replaced == 1
            self.replaced_label.setText(face_replaced_text(replaced))
            set_text_colour(self.replaced_label, FAIL if replaced else PASS, bold=True)
            self.replaced_label.setVisible(True)

    def _value_text(self, gauge: GenuinenessGauge) -> str:
        return gauge_reading(gauge)

    def _value_sentence(self, gauge: GenuinenessGauge) -> str:
        """The same reading in words, for the tooltip and screen readers."""
        confidence = "—" if gauge.confidence is None else f"{gauge.confidence:.3f}"
        threshold = "—" if gauge.threshold is None else f"{gauge.threshold:.3f}"
        if gauge.suspected is None:
            verdict = self.tr("the answer lacks the confidence or the threshold, so this check cannot be read")
        elif gauge.suspected:
            verdict = self.tr("it reaches the threshold: an attack is suspected")
        else:
            verdict = self.tr("it is below the threshold: no attack suspected")
        return self.tr("{check}: confidence {confidence} against its threshold {threshold}; {verdict}.").format(
            check=check_name(gauge.check), confidence=confidence, threshold=threshold, verdict=verdict)
