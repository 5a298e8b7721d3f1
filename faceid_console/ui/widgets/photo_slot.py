"""One photo of a request: chosen by file dialog, drag and drop or paste; shown as a thumbnail with its
size and what preparation will do; unreadable files refused here, before anything is sent.
"""

from __future__ import annotations

import io
import os
import sys
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMimeData, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...api import FaceIDError
from ..alt_keys import with_alt_key
from ..colours import FAIL, set_outline, set_text_colour
from ..input_texts import input_problem_text
from ..tasks import in_thread
from .device_pixels import ratio_changed, screen_pixmap
from .enter_presses import press_with_enter
from .field_name_label import FieldNameLabel
from .fitting_labels import ElidedLabel, WrapAnywhereLabel

if TYPE_CHECKING:  # Pillow and the image preparation load with the first photo, on a worker thread
    import asyncio

    from PIL import Image

    from ...api.images import PreparedImage

THUMB_SIZE = 112
#: The longest side of the copy kept for drawing face boxes (boxes are fractions, so any scale fits).
PREVIEW_SIZE = 1280
COMPACT_THUMB_SIZE = 84
#: Room between the slot's frame and its contents; an outline wider than the frame takes its room from here.
SLOT_MARGIN = 6
IMAGE_FILTER_EXTENSIONS = "*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff"


@dataclass(frozen=True)
class InspectedPhoto:
    """A chosen photo: its bytes, where they came from, the upload-ready version and a thumbnail."""

    name: str
    data: bytes
    sha256: str
    prepared: PreparedImage
    thumbnail: QImage
    #: The prepared (upright) pixels at most PREVIEW_SIZE a side, for drawing face boxes over.
    upright: QImage


def _to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    # A copy, so the QImage owns its pixels once the Pillow image is gone.
    return QImage(rgb.tobytes(), rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def inspect_photo(name: str, data: bytes, field_name: str) -> InspectedPhoto:
    """Read and prepare a photo exactly as it will be sent (runs in a worker thread).

    Pixels are decoded and scaled by Pillow, which releases the interpreter lock; QImage.fromData
    does not, and held the window for ~100 ms per 1080p photo.
    """
    import hashlib

    from PIL import Image

    from ...api.images import prepare_image

    prepared = prepare_image(data, field_name)
    with Image.open(io.BytesIO(prepared.data)) as sent:
        sent.draft("RGB", (PREVIEW_SIZE, PREVIEW_SIZE))  # JPEG: decode at a reduced scale directly
        preview = sent.convert("RGB")
    preview.thumbnail((PREVIEW_SIZE, PREVIEW_SIZE), Image.Resampling.LANCZOS)
    small = preview.copy()
    small.thumbnail((THUMB_SIZE * 2, THUMB_SIZE * 2), Image.Resampling.LANCZOS)
    return InspectedPhoto(name, data, hashlib.sha256(data).hexdigest(), prepared, _to_qimage(small),
                          _to_qimage(preview))


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


#: Encoded pictures a clipboard or a drop may carry, taken as they are (imageData() decodes them on the GUI thread).
ENCODED_IMAGE_FORMATS: Final = ("image/png", "image/jpeg", "image/webp", "image/bmp", "image/tiff")

#: Qt's PNG "quality" is its zlib effort read backwards: 80 is a light, fast compression (still lossless).
PASTE_PNG_QUALITY: Final = 80


def png_bytes(image: QImage) -> bytes:
    """``image`` as PNG (lossless: face comparison prefers untouched pixels); safe on a worker thread."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Light compression: 0.45 s for a 12 MP picture where Qt's default takes 1.8 s (25% more bytes, which
    # preparation re-encodes anyway).
    image.save(buffer, "PNG", PASTE_PNG_QUALITY)  # type: ignore[call-overload]  # the stubs say bytes; PySide takes str
    return bytes(QByteArray(buffer.data()).data())


def local_file_path(url: QUrl) -> Path:
    """The file a local file URL names, byte for byte.

    ``toLocalFile()`` replaces bytes that are not UTF-8 (a name from an older system or a Windows share), so a file
    manager's ``file:///…/non%FFutf8.jpg`` named a file that does not exist; the percent-encoded bytes are the
    operating system's own name for it.
    """
    if os.name == "posix" and not url.host():
        return Path(os.fsdecode(unquote_to_bytes(url.path(QUrl.ComponentFormattingOption.FullyEncoded))))
    return Path(url.toLocalFile())


class PhotoSlot(QFrame):
    """A drop target and viewer for one image parameter (``image``, ``image_ref1`` …)."""

    changed = Signal()

    def __init__(self, field_name: str, title: str, executor: Executor, state: QSettings,
                 parent: QWidget | None = None, *, compact: bool = False, keys: tuple[str, str] | None = None) -> None:
        """``keys``: the Alt keys of Choose… and Clear, given by the page (a page's slots' buttons read the same, so
        no letter of their words tells them apart)."""
        super().__init__(parent)
        self.field_name = field_name
        self.title = title
        self._executor = executor
        self._state = state
        self.photo: InspectedPhoto | None = None
        self.error: str | None = None
        self._pending: asyncio.Task[None] | None = None
        #: Counts the photos chosen and cleared here: a page tells what it sent from what the slot holds now.
        self.choice = 0
        #: Why the chosen file cannot be sent (unreadable, not an image …); None when usable or empty.
        self.refusal: str | None = None
        self.setObjectName(f"slot_{field_name}")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        # References sit three in a row: they grow to the tallest, so their headings line up.
        self.setSizePolicy(QSizePolicy.Policy.Expanding,
                           QSizePolicy.Policy.Preferred if compact else QSizePolicy.Policy.Fixed)

        self.thumbnail = QLabel(self)
        self._thumb_size = COMPACT_THUMB_SIZE if compact else THUMB_SIZE
        self.thumbnail.setFixedSize(self._thumb_size, self._thumb_size)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.Box)
        self.thumbnail.setEnabled(False)
        self._required = False
        self.heading = FieldNameLabel(self)
        self.set_heading()
        self.heading.setWordWrap(True)
        # A file name, and a refusal naming a file or its path, never widen the slot: a name is cut in the middle
        # (whole in its tooltip), a refusal wraps inside a long word.
        self.file_label = ElidedLabel(self)
        self.info_label = QLabel(self)
        self.prep_label = QLabel(self)
        self.error_label = WrapAnywhereLabel(self)
        self.error_label.setObjectName("slotError")
        set_text_colour(self.error_label, FAIL)
        for label in (self.info_label, self.prep_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose, clear = self.tr("Choose…"), self.tr("Clear")
        if keys is not None:
            choose, clear = with_alt_key(choose, keys[0]), with_alt_key(clear, keys[1])
        self.choose_button = QPushButton(choose, self)
        self.choose_button.setAccessibleName(self.tr("Choose {title}").format(title=title))
        self.choose_button.clicked.connect(self.choose_file)
        self.clear_button = QPushButton(clear, self)
        self.clear_button.setAccessibleName(self.tr("Clear {title}").format(title=title))
        self.clear_button.clicked.connect(self.clear)
        press_with_enter(self.choose_button, self.clear_button)  # Enter presses them, as it does the slot itself

        text = QVBoxLayout()
        text.setSpacing(2)
        if not compact:
            text.addWidget(self.heading)
        text.addWidget(self.file_label)
        text.addWidget(self.info_label)
        text.addWidget(self.prep_label)
        text.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        if compact:  # cards in a row are equally tall: their buttons line up along the bottom
            text.addStretch(1)
            text.addLayout(buttons)
        else:
            text.addLayout(buttons)
            text.addStretch(1)
        if compact:
            # References sit three in a row: heading, thumbnail, then the text below.
            column = QVBoxLayout(self)
            column.setContentsMargins(SLOT_MARGIN, SLOT_MARGIN, SLOT_MARGIN, SLOT_MARGIN)
            column.addWidget(self.heading)
            column.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addLayout(text, 1)
        else:
            row = QHBoxLayout(self)
            row.setContentsMargins(SLOT_MARGIN, SLOT_MARGIN, SLOT_MARGIN, SLOT_MARGIN)
            row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
            row.addLayout(text, 1)

        # Contexts set after construction: PySide 6.11 drops the constructor's context argument, and a
        # window-wide Ctrl+V / Delete in every slot of a page was ambiguous, so none of them acted.
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # also from the slot's own buttons
        paste.activated.connect(self.paste)
        paste.setObjectName("pasteShortcut")
        delete = QShortcut(QKeySequence.StandardKey.Delete, self)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.clear)
        delete.setObjectName("deleteShortcut")
        self._show_empty()

    def set_heading(self) -> None:
        """The slot's title and its parameter name."""
        self.heading.set_names(f"<b>{self.title}</b>", self.field_name)

    def set_required(self, required: bool) -> None:
        """Say that this slot must hold a photo (the first reference in face comparison) where its emptiness is said:
        in its heading, the note wrapped on one card of three and moved its thumbnail out of line with the others."""
        self._required = required
        if self.photo is None and self.refusal is None and not self.busy:
            self.file_label.setText(self._empty_text())

    def _empty_text(self) -> str:
        return self.tr("No photo chosen (required)") if self._required else self.tr("No photo chosen")

    # --- state -----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._pending is not None and not self._pending.done()

    @property
    def has_photo(self) -> bool:
        return self.photo is not None

    async def wait_ready(self) -> None:
        """Wait for a photo still being read and prepared; returns early when it is cleared or replaced meanwhile
        (``choice`` has changed then)."""
        pending = self._pending
        if pending is not None and not pending.done():
            import asyncio

            try:
                await asyncio.shield(pending)
            except asyncio.CancelledError:
                if not pending.cancelled():  # the waiter itself was cancelled (Esc), not the slot's preparation
                    raise

    def mark_error(self, text: str) -> None:
        """Show a problem with this photo (our checks or the service's answer) at the slot."""
        self.error = text
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        # Painted over the frame and margin: an outlined slot is no wider (at its narrowest the form column fits the
        # slots exactly, and an outline that widened it pushed it 2 px out of view).
        set_outline(self, FAIL if text else None)
        self.setAccessibleDescription(text)

    def clear(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
        self.choice += 1
        self.photo = None
        self.refusal = None
        self._show_empty()
        self.changed.emit()

    # --- choosing --------------------------------------------------------------------------------

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # here: its enums cost PySide ~1 ms to create at start-up

        folder = str(self._state.value("photos/last_folder", "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose {title}").format(title=self.title), folder,
            self.tr("Images ({patterns});;All files (*)").format(patterns=IMAGE_FILTER_EXTENSIONS))
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        """Use the photo at ``path`` (read and prepared in the background)."""
        self._state.setValue("photos/last_folder", str(path.parent))
        self._start(path.name, path=path)

    def set_bytes(self, data: bytes, name: str) -> None:
        """Use photo bytes that did not come from a file."""
        self._start(name, data=data)

    def set_image(self, image: QImage, name: str) -> None:
        """Use image data (pasted or dropped): encoded losslessly on a worker, as a 12 MP picture takes a second."""
        self._start(name, image=QImage(image))  # a copy of its own: the clipboard may change meanwhile

    def paste(self) -> None:
        if not self._use_mime(QGuiApplication.clipboard().mimeData(), self.tr("pasted image")):
            self.mark_error(self.tr("The clipboard holds no image or image file. Copy a photo, or an image file in "
                                    "the file manager, then paste again; or press Choose… to pick a file."))

    def _use_mime(self, mime: QMimeData | None, fallback_name: str) -> bool:
        """Use the local file or the image data in ``mime``; False when it holds neither."""
        if mime is None:
            return False
        if mime.hasUrls():
            local = [local_file_path(u) for u in mime.urls() if u.isLocalFile()]
            if local:
                self.set_file(local[0])
                return True
        # The file's own bytes, as the other program offers them: not decoded here, nor encoded again. Other kinds
        # (image/gif) are judged by the rules of a chosen file too: decoded by Qt and encoded as PNG, a pasted GIF
        # was taken although a chosen .gif is refused.
        others = [kind for kind in mime.formats() if kind.startswith("image/") and kind not in ENCODED_IMAGE_FORMATS]
        for encoded in (*ENCODED_IMAGE_FORMATS, *others):
            data = mime.data(encoded) if mime.hasFormat(encoded) else None
            if data is not None and not data.isEmpty():
                self.set_bytes(bytes(data.data()), fallback_name)
                return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.set_image(image, fallback_name)
                return True
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        # Only what can be used: a web link is refused by the cursor, not after it is dropped.
        if (any(url.isLocalFile() for url in mime.urls()) or mime.hasImage()
                or any(kind.startswith("image/") for kind in mime.formats())):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._use_mime(event.mimeData(), self.tr("dropped image")):
            event.acceptProposedAction()
        else:
            self.mark_error(self.tr("What was dropped is neither an image nor an image file. A picture from a web "
                                    "page must be saved to a file first."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Unmodified only (the keypad's Enter too): Ctrl+Return is Verify, and reached the slot while Verify was off
        # (its call on its way, the engine starting), opening the file chooser over it.
        pressed = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and pressed == Qt.KeyboardModifier.NoModifier:
            self.choose_file()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        from .focus_frame import draw_focus_frame  # here, not at start-up (see there)

        # The style's own focus frame, just inside the slot's frame: Ctrl+V and Delete act on the slot that shows it.
        inset = self.frameWidth() + 1
        painter = QPainter(self)
        draw_focus_frame(self, painter, self.rect().adjusted(inset, inset, -inset, -inset))
        painter.end()

    # --- background inspection -------------------------------------------------------------------

    def _start(self, name: str, *, path: Path | None = None, data: bytes | None = None,
               image: QImage | None = None) -> None:
        if self._pending is not None:
            self._pending.cancel()
        self.choice += 1
        self.photo = None
        self.refusal = None
        self.mark_error("")
        self.file_label.setText(name)
        # The slot shows a file from here on, read or refused: Clear (and Delete) takes it off.
        self.clear_button.setEnabled(True)
        self.info_label.setText(self.tr("Reading and preparing…"))
        self.prep_label.clear()
        self.thumbnail.clear()
        import asyncio  # loaded with the event loop, after the first paint

        self._pending = asyncio.ensure_future(self._inspect(name, path, data, image))
        # Reported once the task is done, so that listeners asking ``busy`` then hear False.
        self._pending.add_done_callback(self._inspected)
        self.changed.emit()

    def _inspected(self, task: asyncio.Future[None]) -> None:
        if task is not self._pending:
            return
        error = None if task.cancelled() else task.exception()
        if error is not None:  # not a refusal (those are FaceIDError, shown above): a bug, reported as one
            self.info_label.clear()
            self.mark_error(self.tr("This photo could not be prepared: an unexpected error, reported."))
            sys.excepthook(type(error), error, error.__traceback__)
        self.changed.emit()

    async def _inspect(self, name: str, path: Path | None, data: bytes | None, image: QImage | None) -> None:
        from ...api.images import read_image_file  # with the first photo: Pillow stays out of start-up

        try:
            if image is not None:
                data = await in_thread(self._executor, png_bytes, image)
            raw = data if data is not None else await in_thread(self._executor, read_image_file, path, self.field_name)
            photo = await in_thread(self._executor, inspect_photo, name, raw, self.field_name)
        except FaceIDError as err:
            self.info_label.clear()
            self.refusal = self.tr("{name} cannot be used: {reason}").format(name=name, reason=input_problem_text(err))
            self.mark_error(self.refusal)
            return
        self.photo = photo
        self._show_photo(photo)

    def _show_photo(self, photo: InspectedPhoto) -> None:
        self._show_thumbnail(photo)
        self.thumbnail.setEnabled(True)
        width, height = photo.prepared.upright_source_size  # as the thumbnail shows it, and FaceID receives it
        self.info_label.setText(self.tr("{size} · {width}×{height} px").format(
            size=human_size(len(photo.data)), width=width, height=height))
        self.prep_label.setText(self.preparation_text(photo.prepared))
        # Joined as the steps are: a full-width "；" in Chinese.
        self.setAccessibleDescription(self.tr("; ").join((photo.name, self.info_label.text(), self.prep_label.text())))

    def _show_thumbnail(self, photo: InspectedPhoto) -> None:
        self.thumbnail.setPixmap(screen_pixmap(photo.thumbnail, self._thumb_size, self._thumb_size,
                                               self.devicePixelRatioF()))

    def event(self, event: QEvent) -> bool:
        if (ratio_changed(event) and self.photo is not None
                and self.thumbnail.pixmap().devicePixelRatio() != self.devicePixelRatioF()):
            self._show_thumbnail(self.photo)  # moved to a screen of another scale: made anew, else it blurs
        return super().event(event)

    def preparation_text(self, prepared: PreparedImage) -> str:
        """What preparation does to the photo before it is sent, in words."""
        steps = []
        if prepared.rotated:
            steps.append(self.tr("rotated upright (EXIF)"))
        if prepared.resized:
            steps.append(self.tr("scaled to {width}×{height} px (4096 px limit)").format(
                width=prepared.width, height=prepared.height))
        if prepared.reencoded:
            steps.append(self.tr("re-encoded as {kind} ({size}, 2 MB limit)").format(
                kind="PNG" if prepared.media_type == "image/png" else "JPEG", size=human_size(len(prepared.data))))
        elif prepared.metadata_stripped:
            steps.append(self.tr("metadata (EXIF, GPS) removed, pixels unchanged"))
        else:
            steps.append(self.tr("sent as is"))
        # The separator is the language's own: a full-width "；" in Chinese.
        return self.tr("Before sending: {steps}").format(steps=self.tr("; ").join(steps))

    def _show_empty(self) -> None:
        self.thumbnail.clear()
        self.thumbnail.setText(self.tr("Drop a photo\nor paste"))
        self.thumbnail.setEnabled(False)
        self.file_label.setText(self._empty_text())
        self.info_label.clear()
        self.prep_label.clear()
        if self.window().focusWidget() is self.clear_button:
            # Cleared from its own button (Space, or its Alt key): the keyboard stays in this slot. Qt passed it on
            # to the next slot, and Delete or Ctrl+V then acted on that other photo.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.clear_button.setEnabled(False)
        self.mark_error("")
