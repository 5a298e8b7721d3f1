"""The images a liveness session returns (``image_best``, ``image_action*``): thumbnails that open full size."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QSize, QSizeF, Qt
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...api import FaceIDError
from ...api.results import LivenessImage
from ..focus import take_place_in_focus_chain
from .columns_box import ColumnsBox
from .device_pixels import ratio_changed, screen_image, screen_pixmap
from .emptying import empty_layout
from .enter_presses import press_with_enter

THUMB = 128


def decode_images(images: tuple[LivenessImage, ...]) -> dict[str, QImage]:
    """Decode the returned images (run it in a worker: a 3-megapixel JPEG takes ~20 ms); unreadable ones are left
    out. Read with QImageReader, which lets go of the GIL while it decodes: QImage.fromData keeps it, and the GUI
    thread, whose own Python (a paint event, a timer) waits for it, stalled ~20 ms per picture."""
    decoded = {}
    for image in images:
        try:
            data = QByteArray(image.decode())
        except FaceIDError:
            continue
        buffer = QBuffer(data)  # held here: the reader does not keep its device alive
        picture = QImageReader(buffer).read()
        if not picture.isNull():
            decoded[image.name] = picture
    return decoded


def decode_with_thumbnails(images: tuple[LivenessImage, ...],
                           ratio: float) -> tuple[dict[str, QImage], dict[str, QImage]]:
    """``decode_images``, and the gallery's thumbnails of them for a screen at ``ratio`` (``ImageGallery.
    devicePixelRatioF``), in the same worker: scaling four 2000×1500 images took ~10 ms of the GUI thread."""
    decoded = decode_images(images)
    return decoded, {name: thumbnail_image(picture, ratio) for name, picture in decoded.items()}


def thumbnail_image(picture: QImage, ratio: float) -> QImage:
    """The thumbnail of ``picture`` the gallery shows on a screen at ``ratio`` (a worker thread may make it)."""
    return screen_image(picture, THUMB, THUMB, ratio)


class ImageGallery(QWidget):
    """One button per returned image, side by side where there is room and fewer to a row where not (a row of four
    kept a liveness page's answer too wide for an 800 px window); a click opens one full size in a dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        self.images: dict[str, QImage] = {}
        self.problems: dict[str, str] = {}
        self._icon_ratio = 0.0  # the screen scale the thumbnails were made for
        self.pending = False  # the images shown are still being decoded (a call with them follows)

    def set_images(self, images: tuple[LivenessImage, ...], decoded: Mapping[str, QImage] | None = None, *,
                   thumbnails: Mapping[str, QImage] | None = None, pending: bool = False,
                   unavailable: bool = False) -> None:
        """Show ``images``; ``decoded`` (from ``decode_images`` in a worker) spares the GUI thread the decoding, and
        ``thumbnails`` (from ``decode_with_thumbnails``) the scaling where made for this gallery's screen scale;
        ``pending``: they are still being decoded, and a call with ``decoded`` follows; ``unavailable``: they could
        not be read (not that they are damaged)."""
        names = [image.name for image in images]
        if names != list(self.buttons):
            self._add_buttons(names)
        # The same images again (F5 in History, a rejudged answer): their buttons kept, drawn anew in place, so the
        # one with the keyboard keeps it (a new button in its place left the keyboard to Qt, which passed it on).
        # The same pictures shown again (a re-judged answer, one put back): their thumbnails are kept, not made again.
        shown_before = {name: picture.cacheKey() for name, picture in self.images.items()}
        ratio_before = self._icon_ratio
        self.images.clear()
        self.problems.clear()
        self.pending = pending
        for image in images:
            button = self.buttons[image.name]
            if pending or unavailable:
                button.setIcon(QIcon())
                button.setToolTip("")
                button.setText(self.tr("{name}\n(loading…)").format(name=image.name) if pending else
                               self.tr("{name}\n(not loaded)").format(name=image.name))
                button.setEnabled(False)
            else:
                self._show_picture(button, image, decoded, (thumbnails or {}).get(image.name),
                                   None if ratio_before != self.devicePixelRatioF() else shown_before.get(image.name))
        # Its height for a width changed with its images: said now, the answer is laid out with it when next shown,
        # not a few turns of the event loop later (meanwhile the images lay over what follows them).
        self.updateGeometry()
        take_place_in_focus_chain(self)  # Tab reaches the images where they are shown, not after the window

    def _add_buttons(self, names: list[str]) -> None:
        """A button for each of ``names``, in place of the buttons shown before."""
        empty_layout(self._row)
        self.buttons.clear()
        # At their own width, in one row, where the row fits (the stretch after it takes the room over).
        thumbnails = ColumnsBox(self, max_columns=max(1, len(names)))
        for name in names:
            button = QToolButton(thumbnails)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(THUMB, THUMB))
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, n=name: self.open_full_size(n))
            press_with_enter(button)  # Enter opens it, as Space and a click do
            thumbnails.add(button)
            self.buttons[name] = button
        self._row.addWidget(thumbnails)
        self._row.addStretch(1)

    def _show_picture(self, button: QToolButton, image: LivenessImage, decoded: Mapping[str, QImage] | None,
                      thumbnail: QImage | None, shown_before: int | None = None) -> None:
        """``shown_before``: the cache key of the picture ``button`` showed at this screen scale, if any."""
        picture = decoded.get(image.name, QImage()) if decoded is not None else QImage()
        if decoded is None:
            try:
                picture = QImage.fromData(image.decode())
            except FaceIDError as err:
                self.problems[image.name] = err.message
        if picture.isNull():
            self.problems.setdefault(image.name, self.tr("not a readable image"))
            button.setIcon(QIcon())
            button.setToolTip("")
            button.setText(self.tr("{name}\n(unreadable)").format(name=image.name))
            button.setEnabled(False)
            return
        self.images[image.name] = picture
        self._icon_ratio = self.devicePixelRatioF()
        if thumbnail is not None and not thumbnail.isNull() and thumbnail.devicePixelRatio() == self._icon_ratio:
            button.setIcon(QIcon(QPixmap.fromImage(thumbnail)))  # made in a worker, for this screen scale
        elif shown_before == picture.cacheKey() and not button.icon().isNull():
            pass  # the same picture's thumbnail, already on the button
        else:
            button.setIcon(self._thumbnail(picture))
        button.setText(f"{image.name}\n{picture.width()}×{picture.height()}")
        button.setToolTip(self.tr("Open {name} full size").format(name=image.name))
        button.setEnabled(True)

    def _thumbnail(self, picture: QImage) -> QIcon:
        return QIcon(screen_pixmap(picture, THUMB, THUMB, self._icon_ratio))

    def event(self, event: QEvent) -> bool:
        if ratio_changed(event) and self.devicePixelRatioF() != self._icon_ratio:
            # Moved to a screen of another scale: thumbnails made anew from the decoded images, else they blur.
            self._icon_ratio = self.devicePixelRatioF()
            for name, picture in self.images.items():
                self.buttons[name].setIcon(self._thumbnail(picture))
        return super().event(event)

    def open_full_size(self, name: str) -> QDialog:
        """Show one image at its own pixels, made smaller only where the screen has no room for them; returns the
        dialog (non-modal)."""
        return show_full_size(self, name, self.images[name])


def show_full_size(parent: QWidget, title: str, image: QImage) -> QDialog:
    """``image`` at its own pixels in a dialog titled ``title`` opened over ``parent``, made smaller only where the
    screen has no room for them; returns the dialog (non-modal, deleted when closed)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = QVBoxLayout(dialog)
    area = QScrollArea(dialog)
    area.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(area)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout.addWidget(buttons)
    # Opened over its parent, on its screen: the whole dialog within its free area, with a share of it left for
    # the title bar and frame (at 150 % a 1080p laptop has 1280×720, and Close was below its edge).
    available = parent.screen().availableGeometry()
    margins = layout.contentsMargins()
    frame = 2 * area.frameWidth()
    around = QSize(margins.left() + margins.right() + frame,
                   margins.top() + margins.bottom() + frame + layout.spacing() + buttons.sizeHint().height())
    room = (QSize(available.width() * 95 // 100, available.height() * 9 // 10) - around).expandedTo(QSize(64, 64))
    label = FullSizeImage(image, room, parent.devicePixelRatioF(), area)
    area.setWidget(label)
    dialog.resize(label.size() + around)
    dialog.show()
    return dialog


class FullSizeImage(QLabel):
    """A returned image one pixel to a screen pixel (a ratio-1 pixmap was stretched by the screen's scale), made
    smaller only where it does not fit ``room`` (logical pixels); made again when moved to a screen of another
    scale."""

    def __init__(self, image: QImage, room: QSize, ratio: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fullSizeImage")
        self._image = image
        self._room = room
        self._ratio = 0.0
        self._show_at(ratio)

    @property
    def image(self) -> QImage:
        """The image shown (at its own pixels where the screen has room)."""
        return self._image

    def _show_at(self, ratio: float) -> None:
        self._ratio = ratio
        shown = QSizeF(self._image.size()) / ratio
        if shown.width() > self._room.width() or shown.height() > self._room.height():
            shown.scale(QSizeF(self._room), Qt.AspectRatioMode.KeepAspectRatio)
        self.setPixmap(screen_pixmap(self._image, shown.width(), shown.height(), ratio))
        self.adjustSize()

    def event(self, event: QEvent) -> bool:
        if ratio_changed(event) and self.devicePixelRatioF() != self._ratio:
            self._show_at(self.devicePixelRatioF())
        return super().event(event)
