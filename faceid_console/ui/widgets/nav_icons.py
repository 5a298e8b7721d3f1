"""The navigation's page icons, drawn as vector line art in the palette's text colour.

Drawn rather than shipped: sharp at any device pixel ratio, right in dark and light palettes, one
consistent style (the platform's standard pixmaps had no key, clock or ID card and gave two pages the
same icon), and no image plug-in or QStyle set-up before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPainterPath, QPalette, QPen, QPixmap

#: Each icon is drawn on a 24 × 24 grid, scaled to the size asked for.
GRID: Final = 24.0


def _id_card(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(2.5, 5, 19, 14), 2, 2)
    path.addEllipse(QPointF(8, 10.5), 2.2, 2.2)
    path.moveTo(4.8, 16.2)
    path.cubicTo(5.5, 13.6, 10.5, 13.6, 11.2, 16.2)
    for y in (9.5, 12.5, 15.5):
        path.moveTo(14, y)
        path.lineTo(18.5, y)


def _clock(path: QPainterPath) -> None:
    path.addEllipse(QPointF(12, 12), 8.5, 8.5)
    path.moveTo(12, 7)
    path.lineTo(12, 12)
    path.lineTo(15.5, 14)


def _result_document(path: QPainterPath) -> None:
    path.moveTo(14, 3.5)
    path.lineTo(5.5, 3.5)
    path.lineTo(5.5, 20.5)
    path.lineTo(11, 20.5)
    path.moveTo(14, 3.5)
    path.lineTo(18.5, 8)
    path.lineTo(18.5, 11)
    for y in (9, 12.5):
        path.moveTo(8.5, y)
        path.lineTo(14, y)
    path.addEllipse(QPointF(16, 16.5), 3.2, 3.2)
    path.moveTo(18.3, 18.8)
    path.lineTo(21, 21.5)


def _video_session(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(2.5, 7, 13, 10), 2, 2)
    path.moveTo(15.5, 10.5)
    path.lineTo(21.5, 7.5)
    path.lineTo(21.5, 16.5)
    path.lineTo(15.5, 13.5)


def _signed_envelope(path: QPainterPath) -> None:
    path.moveTo(13, 18)
    path.lineTo(3.5, 18)
    path.lineTo(3.5, 5.5)
    path.lineTo(20.5, 5.5)
    path.lineTo(20.5, 11)
    path.moveTo(3.5, 5.5)
    path.lineTo(12, 12)
    path.lineTo(20.5, 5.5)
    path.moveTo(14.5, 17.5)
    path.lineTo(16.8, 19.8)
    path.lineTo(21, 14.8)


def _key(path: QPainterPath) -> None:
    path.addEllipse(QPointF(7.5, 12), 4, 4)
    path.moveTo(11.5, 12)
    path.lineTo(21, 12)
    path.moveTo(17.5, 12)
    path.lineTo(17.5, 15.5)
    path.moveTo(20.5, 12)
    path.lineTo(20.5, 14.5)


DRAWINGS: Final[dict[str, Callable[[QPainterPath], None]]] = {
    "verify": _id_card,
    "history": _clock,
    "liveness": _result_document,
    "session": _video_session,
    "inspector": _signed_envelope,
    "token": _key,
}


class LineIconEngine(QIconEngine):
    """Paints one of ``DRAWINGS`` at any size, in the colour the icon's mode calls for."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def clone(self) -> QIconEngine:
        return LineIconEngine(self._name)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        """Drawn at device pixels on a transparent pixmap (the default leaves the pixmap unfilled)."""
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        role = QPalette.ColorRole.HighlightedText if mode is QIcon.Mode.Selected else QPalette.ColorRole.WindowText
        group = QPalette.ColorGroup.Disabled if mode is QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        path = QPainterPath()
        DRAWINGS[self._name](path)
        side = min(rect.width(), rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2)
        painter.scale(side / GRID, side / GRID)
        pen = QPen(palette.color(group, role), 1.7)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.restore()


def nav_icon(name: str) -> QIcon:
    """The page icon called ``name`` (a key of ``DRAWINGS``)."""
    if name not in DRAWINGS:
        raise KeyError(f"no page icon called {name!r}")
    return QIcon(LineIconEngine(name))
