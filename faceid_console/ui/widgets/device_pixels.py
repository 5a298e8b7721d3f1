"""Photos drawn one image pixel to one screen pixel: sharp at any screen scale, and again after a move to a screen
of another scale (a laptop beside an external 4K monitor)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap


def screen_pixmap(image: QImage, width: float, height: float, ratio: float) -> QPixmap:
    """``image`` scaled to fit ``width``×``height`` logical pixels (its aspect kept), made of the device pixels of a
    screen at ``ratio``: a pixmap at ratio 1 is stretched by Qt to cover them, and a face in it blurs."""
    pixmap = QPixmap.fromImage(screen_image(image, width, height, ratio))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def screen_image(image: QImage, width: float, height: float, ratio: float) -> QImage:
    """``image`` scaled as ``screen_pixmap`` scales it, as an image, which a worker thread may make (a pixmap only
    the GUI thread can); its device pixel ratio says the screen scale it was made for."""
    scaled = image.scaled(max(1, round(width * ratio)), max(1, round(height * ratio)),
                          Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    scaled.setDevicePixelRatio(ratio)
    return scaled


def ratio_changed(event: QEvent) -> bool:
    """Whether ``event`` tells a widget its screen's scale changed (its window moved to another screen, or the screen
    was set to another scale): Qt sends it to every widget of the window, through ``event()``, not ``changeEvent()``."""
    return event.type() == QEvent.Type.DevicePixelRatioChange
