"""The face FaceID compared in the photo to check beside the face in each reference photo sent: what a reviewer
deciding by hand looks at (an amber "needs review" above all). One height for all, side by side where the column has
room and wrapping where not; a click, Enter or Space opens a photo full size.

FaceID's answer boxes faces in the photo to check only: a reference photo's largest face is found by the console
(``reference_faces``, on a worker) and each tile says so; the photo is shown whole until then, or where none is found.

Built with the answer's other parts (``ResultView.build_answer_parts``), never at start-up. The pictures come
decoded (the Verify page's photos by its slots, History's on a worker); here they are only cut and scaled.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent, QTransform
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QSizePolicy, QWidget

from ...face_finder_process import FaceFinderError
from ..colours import NEUTRAL, secondary_text_colour, set_muted, set_text_colour
from ..tasks import report_unexpected
from .device_pixels import ratio_changed, screen_pixmap
from .face_overlay import compared_face
from .image_gallery import show_full_size
from .rearranging import Rearranging
from .reference_faces import FoundFace, find_face, known_face

if TYPE_CHECKING:
    import asyncio

    from ...api import DetectedFace
    from ...api.results import FaceRect

_log = logging.getLogger(__name__)

#: Every picture's height: a face big enough to eyeball beside another; down to the least one where that puts the
#: photos in fewer rows (one more reference beside the face, rather than under it).
PICTURE_HEIGHT = 160
LEAST_PICTURE_HEIGHT = 112  # the photo to check and three references in one row of a 1360 px window's column
#: The face box grown this many times about its centre for its crop: the hair, ears and chin a reviewer compares too.
CROP_GROWTH = 1.6
#: The narrowest a tile goes in a column narrower than any tile (a picture made smaller, its caption wrapped).
LEAST_TILE_WIDTH = 96
#: Between two tiles in a row, and between two rows.
TILE_SPACING = 12
ROW_SPACING = 10
#: Between a tile's parameter name and its score, and between a picture and its caption.
CAPTION_SPACING = 6
CAPTION_GAP = 4
#: The focus frame's width, drawn over the picture's edge.
FOCUS_FRAME_WIDTH = 3


def crop_box(size: QSize, rect: FaceRect) -> QRect:
    """The part of a photo of ``size`` pixels that shows the face ``rect`` (fractions of it) with room round it: the
    box grown CROP_GROWTH times about its centre, moved inside the photo at its edges, and made smaller (its aspect
    kept) only where the photo itself is smaller; so the crop always has the face box's shape."""
    width, height = rect.width * size.width() * CROP_GROWTH, rect.height * size.height() * CROP_GROWTH
    fit = min(1.0, size.width() / max(width, 1e-9), size.height() / max(height, 1e-9))
    width, height = max(1.0, width * fit), max(1.0, height * fit)
    centre_x = (rect.left + rect.width / 2) * size.width()
    centre_y = (rect.top + rect.height / 2) * size.height()
    left = min(max(0.0, centre_x - width / 2), size.width() - width)
    top = min(max(0.0, centre_y - height / 2), size.height() - height)
    return QRect(round(left), round(top), max(1, round(width)), max(1, round(height)))


def compared_face_of(faces: Sequence[DetectedFace]) -> DetectedFace | None:
    """The face FaceID compared: the largest of several (verify 2.0.6), the only one boxed otherwise; None when no
    face has a box."""
    boxed = [face for face in faces if face.rect is not None]
    if len(boxed) == 1:
        return boxed[0]
    index = compared_face(faces)
    return None if index is None else faces[index]


def _upright_turn(face: DetectedFace | None) -> int:
    """How far to turn the face's crop back, counter-clockwise, to stand it upright (``orientation``, clockwise)."""
    return face.orientation if face is not None and face.orientation in (90, 180, 270) else 0


def face_cut(photo: QImage, rect: FaceRect) -> QImage:
    """The face ``rect`` (fractions of ``photo``) cut from ``photo`` with room round it. A copy of a few hundred
    pixels: quick on the GUI thread (the photo itself was decoded on a worker)."""
    return photo.copy(crop_box(photo.size(), rect))


def face_picture(photo: QImage, face: DetectedFace | None) -> QImage:
    """The face ``face`` cut from ``photo`` with room round it and turned upright; the whole photo without a box."""
    if face is None or face.rect is None or photo.isNull():
        return photo
    cut = face_cut(photo, face.rect)
    turn = _upright_turn(face)
    return cut.transformed(QTransform().rotate(-turn), Qt.TransformationMode.SmoothTransformation) if turn else cut


def face_picture_size(photo: QSize, face: DetectedFace | None) -> QSize:
    """The size ``face_picture`` will have for a photo of ``photo`` pixels still on its way (its room kept)."""
    if face is None or face.rect is None or photo.isEmpty():
        return photo
    size = crop_box(photo, face.rect).size()
    return size.transposed() if _upright_turn(face) in (90, 270) else size


class FacePicture(QAbstractButton):
    """A picture at PICTURE_HEIGHT (less only in a narrower column), in the screen's own pixels; a button, so a
    click, Space or Enter opens it full size and a screen reader names it as one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture = QImage()
        self._pending: QSize | None = None  # the size of a picture still being decoded
        self._scaled: QPixmap | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_picture(self, picture: QImage, pending: QSize | None = None) -> None:
        """Draw ``picture``; ``pending``: none yet, one of this size is on its way (its room is kept)."""
        self._picture, self._pending, self._scaled = picture, pending, None
        self.setEnabled(not picture.isNull())
        self.update()

    @property
    def picture(self) -> QImage:
        return self._picture

    @property
    def pending(self) -> bool:
        return self._pending is not None and self._picture.isNull()

    def aspect(self) -> float:
        """Width over height of the picture, or of the one on its way (a portrait's shape while there is neither)."""
        size = self._picture.size()
        if self._picture.isNull():
            size = self._pending if self._pending is not None and not self._pending.isEmpty() else QSize(3, 4)
        return max(1, size.width()) / max(1, size.height())

    def width_at(self, height: int) -> int:
        """Its width at ``height``."""
        return max(1, round(height * self.aspect()))

    def height_at(self, width: int, height: int) -> int:
        """Its height at ``height``, made less where ``width`` is narrower than that makes it."""
        return max(1, min(height, round(width / self.aspect())))

    def sizeHint(self) -> QSize:
        return QSize(self.width_at(PICTURE_HEIGHT), PICTURE_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scaled = None
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        scaled = self._scaled
        if ratio_changed(event) and scaled is not None and scaled.devicePixelRatio() != self.devicePixelRatioF():
            self._scaled = None  # moved to a screen of another scale: made again for it, else it blurs
            self.update()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Unmodified only (the keypad's Enter too), as a photo box: Ctrl+Return is the page's send key, not "open".
        pressed = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and pressed == Qt.KeyboardModifier.NoModifier \
                and self.isEnabled():
            self.animateClick()  # as Space does: the button is seen pressed
            return
        super().keyPressEvent(event)

    def _target(self) -> QRectF:
        """Where the picture is drawn: as large as the widget lets it, centred on a whole device pixel (drawn between
        two, the pixmap is resampled, and blurs)."""
        aspect = self.aspect()
        width = min(float(self.width()), self.height() * aspect)
        height = width / aspect
        ratio = self.devicePixelRatioF()
        left = round((self.width() - width) / 2 * ratio) / ratio
        top = round((self.height() - height) / 2 * ratio) / ratio
        return QRectF(left, top, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = self._target()
        if self._picture.isNull():
            painter.setPen(secondary_text_colour(self.palette()))  # the placeholder's grey, where it reads
            painter.drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.drawText(target, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.tr("Loading…") if self.pending else "")
        else:
            if self._scaled is None:  # scaled once per size and screen scale, not on every paint
                self._scaled = screen_pixmap(self._picture, target.width(), target.height(), self.devicePixelRatioF())
            painter.drawPixmap(target.topLeft(), self._scaled)
            if self.isDown():  # pressed: the picture dims a little, as a button does
                painter.fillRect(target, QColor(0, 0, 0, 40))
        if self.hasFocus():
            # A frame in the selection colour over the picture's edge: the style's thin focus frame was lost on a photo.
            pen = QPen(self.palette().highlight().color(), FOCUS_FRAME_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            inset = FOCUS_FRAME_WIDTH / 2
            painter.drawRect(target.adjusted(inset, inset, -inset, -inset))
        painter.end()


@dataclass(frozen=True)
class TileCaption:
    """What a tile says under its picture: the photo's name, its parameter, and its score (or a word on the face,
    which the tile says as its note)."""

    name: str
    field: str
    detail: str
    #: The score's colour, as its score row has it; None: ``detail`` is a word on the face, not a score.
    colour: QColor | None = None
    tooltip: str = ""


@dataclass(frozen=True)
class TileWidths:
    """A tile's widths that do not change with its picture's height: measured once for an arrangement, which tries
    every height from PICTURE_HEIGHT down (its labels measured for each height made a verify's answer stall)."""

    #: Its picture's width over height.
    aspect: float
    #: Its caption's width on one line: the photo's name, or its parameter and score.
    caption: int
    #: Its parameter and score's width on one line (they never wrap).
    row: int

    def natural(self, height: int) -> int:
        """Its width with its picture ``height`` high, where there is room (``FaceTile.natural_width``)."""
        return max(1, round(height * self.aspect), self.caption)

    @property
    def least(self) -> int:
        """The narrowest it goes (``FaceTile.least_width``)."""
        return min(self.natural(PICTURE_HEIGHT), max(LEAST_TILE_WIDTH, self.row))


class FaceTile(QWidget):
    """One picture with its caption under it: the photo's name, then its parameter and its score, then a note on what
    the picture shows of the photo (the face found or compared, or the whole photo). Placed by FacesSideBySide at the
    height it chose for every picture (``place``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = QImage()  # what a click opens: the whole photo
        self.picture = FacePicture(self)
        self.picture.clicked.connect(self.open_full_size)
        self.title = QLabel(self)
        self.title.setWordWrap(True)  # a narrow column wraps it rather than being widened
        self.field = QLabel(self)
        set_muted(self.field)
        self.detail = QLabel(self)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)  # what the picture shows of a reference photo: the face the console found, or all
        self.note.setObjectName("faceTileNote")
        self.note.setWordWrap(True)
        set_muted(self.note)
        self._opens = self._described = ""  # the picture's tooltip and description, before the note's
        self.dialogs: list[QDialog] = []  # the full-size views open from here, closed with the answer
        self._scored = False  # the detail is a score (coloured as its row), not a word on the face

    def set_photo(self, picture: QImage, full: QImage, caption: TileCaption, *, pending: QSize | None = None) -> None:
        """Show ``picture`` (of ``full``, what a click opens) captioned ``caption``; ``pending``: its size, while it is
        still on its way."""
        note = about = ""
        if caption.colour is None and caption.detail:
            # A word on the face ("face compared"), not a score: muted on a line of its own, as a reference's note is
            # (beside the parameter, in the text's colour, it read as a caption of another kind).
            note, about, caption = caption.detail, caption.tooltip, replace(caption, detail="", tooltip="")
        self.full = full
        self.picture.set_picture(picture, pending)
        self.title.setText(caption.name)
        self.field.setText(caption.field)
        self.detail.setText(caption.detail)
        self._scored = caption.colour is not None
        # A score bold in its row's colour, apart from the muted parameter.
        set_text_colour(self.detail, caption.colour, bold=self._scored)
        self.detail.setToolTip(caption.tooltip)
        for label in (self.field, self.detail):
            label.adjustSize()  # at the width of its new text, as ``place`` sets it
        opens = self.tr("Open {photo} full size").format(photo=caption.name)
        self.picture.setAccessibleName(opens)
        self._opens, self._described = opens, " · ".join(text for text in (caption.field, caption.detail) if text)
        self.set_note(note, about)

    def set_note(self, note: str, about: str, picture: QImage | None = None) -> None:
        """Say ``note`` under the caption, ``about`` (what it means) in its tooltip and the picture's; ``picture``: what
        the tile shows of its photo from now on (the face found in it)."""
        if picture is not None:
            self.picture.set_picture(picture)
        self.note.setText(note)
        self.note.setToolTip(about)
        self.picture.setToolTip("\n".join(text for text in (self._opens, about) if text))
        self.picture.setAccessibleDescription(" · ".join(text for text in (self._described, note) if text))

    def mute(self) -> None:
        """The score in grey: something shown above overrules the comparison."""
        if self._scored:
            set_text_colour(self.detail, NEUTRAL)

    def forget(self) -> None:
        """Let go of the pictures (the answer is gone) and close the full-size views they opened."""
        self.full = QImage()
        self.picture.set_picture(QImage())
        self.set_note("", "")
        for dialog in list(self.dialogs):
            dialog.close()
        self.dialogs.clear()

    def open_full_size(self) -> QDialog | None:
        """The whole photo in the full-size dialog (non-modal); None when there is none yet."""
        if self.full.isNull():
            return None
        dialog = show_full_size(self, self.title.text(), self.full)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result, closed=dialog: self._closed(closed))
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def natural_width(self, height: int = PICTURE_HEIGHT) -> int:
        """Its width with its picture ``height`` high, where there is room: its picture's, or its caption's when that
        is wider (the note under it wraps: "face found by the console" kept a reference below the policy level out of
        the row, under the fold)."""
        return self.widths().natural(height)

    def least_width(self) -> int:
        """The narrowest it goes: its picture smaller, its name and note wrapped, its parameter and score still on one
        line."""
        return self.widths().least

    def widths(self) -> TileWidths:
        """Its widths for any picture height, measured now."""
        row = self._caption_row_width()
        return TileWidths(self.picture.aspect(), max(self.fontMetrics().horizontalAdvance(self.title.text()) + 2, row),
                          row)

    def _caption_row_width(self) -> int:
        return self.field.sizeHint().width() + CAPTION_SPACING + self.detail.sizeHint().width()

    def _caption_row_height(self) -> int:
        return max(self.field.sizeHint().height(), self.detail.sizeHint().height())

    def _note_height(self, width: int) -> int:
        return self.note.heightForWidth(width) if self.note.text() else 0

    def height_at(self, width: int, height: int) -> int:
        """How tall it is ``width`` wide, its picture ``height`` high (less where the width is narrower)."""
        return (self.picture.height_at(width, height) + CAPTION_GAP + self.title.heightForWidth(width)
                + self._caption_row_height() + self._note_height(width))

    def place(self, rect: QRect, height: int) -> None:
        """Put it at ``rect``, its picture ``height`` high (less where ``rect`` is narrower), its caption under it."""
        self.setGeometry(rect)
        width = rect.width()
        picture_height = self.picture.height_at(width, height)
        self.picture.setGeometry(0, 0, min(width, self.picture.width_at(picture_height)), picture_height)
        top = picture_height + CAPTION_GAP
        title_height = self.title.heightForWidth(width)
        self.title.setGeometry(0, top, width, title_height)
        top += title_height
        row = self._caption_row_height()
        field = self.field.sizeHint().width()
        self.field.setGeometry(0, top, field, row)
        self.detail.setGeometry(field + CAPTION_SPACING, top, max(1, width - field - CAPTION_SPACING), row)
        self.note.setGeometry(0, top + row, width, self._note_height(width))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a label's size changed: the side by side, which places the tiles, is told
        return super().event(event)

    def sizeHint(self) -> QSize:
        width = self.natural_width()
        return QSize(width, self.height_at(width, PICTURE_HEIGHT))

    def minimumSizeHint(self) -> QSize:
        width = self.least_width()
        return QSize(width, self.height_at(width, PICTURE_HEIGHT))


class FacesSideBySide(Rearranging):
    """The photo to check's tile, then one per reference photo: in a row where the width allows, wrapping onto more
    rows where not, a tile made narrower only where the column is narrower than it. Asks only for a narrow tile's
    width, so it never widens the result column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = FaceTile(self)
        self.check.setObjectName("checkFaceTile")
        self.references = [FaceTile(self) for _ in range(3)]
        for number, tile in enumerate(self.references, start=1):
            tile.setObjectName(f"referenceTile{number}")
        for tile in self.tiles():
            tile.setVisible(False)
        #: The searches for the reference photos' faces on show; cancelled with their answer, or with the part.
        self._finding: list[asyncio.Future[None]] = []
        self.destroyed.connect(partial(_cancel_all, self._finding))  # not self: it is gone by then
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def tiles(self) -> list[FaceTile]:
        return [self.check, *self.references]

    def shown(self) -> list[FaceTile]:
        return [tile for tile in self.tiles() if not tile.isHidden()]

    def set_faces(self, check: tuple[QImage, QImage, TileCaption, QSize | None],
                  references: Sequence[tuple[QImage, TileCaption, QSize | None]]) -> None:
        """The photo to check's face (its picture, the whole photo, its caption, the size of one on its way) and each
        reference photo (the whole photo, its caption, the size of one on its way): its largest face once the console
        has found it, the whole photo until then."""
        _cancel_all(self._finding)
        picture, full, caption, pending = check
        self.check.set_photo(picture, full, caption, pending=pending)
        self.check.setVisible(True)
        for index, tile in enumerate(self.references):
            if index < len(references):
                image, caption, pending = references[index]
                tile.set_photo(image, image, caption, pending=pending)
                self._show_reference_face(tile, image)
                tile.setVisible(True)
            else:
                tile.forget()
                tile.setVisible(False)
        self.sizes_changed()
        self.rearrange(self.width())

    def clear(self) -> None:
        """No pictures kept: every tile lets go of its photo and is hidden."""
        _cancel_all(self._finding)
        for tile in self.tiles():
            tile.forget()
            tile.setVisible(False)
        self.sizes_changed()

    def mute(self) -> None:
        for tile in self.references:
            tile.mute()

    # --- the reference photos' faces ----------------------------------------------------------------

    @property
    def searching(self) -> bool:
        """A reference photo on show is still being searched for its face (it is shown whole meanwhile)."""
        return any(not search.done() for search in self._finding)

    def _show_reference_face(self, tile: FaceTile, photo: QImage) -> None:
        """``tile``'s photo (``photo``, or none yet) cut to the face the console found in it, when it has looked;
        whole, and looked at on a worker, when it has not."""
        found = None if photo.isNull() else known_face(photo)
        if found is not None:
            self._show_found(tile, photo, found)
            return
        tile.set_note(self.tr("whole photo"), self.tr(
            "The console is looking for the face in this photo (FaceID's answer has no face box for a reference "
            "photo); until then it is shown whole."))
        if photo.isNull():
            return  # still being decoded: looked at when it comes
        import asyncio  # loaded with the event loop, after the first paint

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop (a part drawn alone, outside the window): the photo stays whole
        self._finding.append(asyncio.ensure_future(self._find(tile, photo)))

    async def _find(self, tile: FaceTile, photo: QImage) -> None:
        try:
            found = await find_face(photo)
        except FaceFinderError as exc:  # the face finder process could not run here: said, not a bug report
            _log.warning("reference face search failed: %s", exc)
            if tile.full.cacheKey() == photo.cacheKey():
                tile.set_note(self.tr("whole photo"), self.tr(
                    "The console's face finder could not run ({reason}), so this photo is shown whole.").format(
                    reason=exc))
            return
        except Exception as exc:  # a bug: reported, and the photo stays whole
            report_unexpected(exc)
            if tile.full.cacheKey() == photo.cacheKey():
                tile.set_note(self.tr("whole photo"), self.tr(
                    "The console could not look for the face in this photo (an unexpected error, reported), so it is "
                    "shown whole."))
            return
        if tile.full.cacheKey() == photo.cacheKey():  # still on show (cancelled with it otherwise)
            self._show_found(tile, photo, found)

    def _show_found(self, tile: FaceTile, photo: QImage, found: FoundFace) -> None:
        if found.rect is None:
            tile.set_note(self.tr("whole photo"), self.tr(
                "The console's own face detector found no face in this photo, so it is shown whole (FaceID's answer "
                "has no face box for a reference photo)."))
        else:
            tile.set_note(self.tr("face found by the console"), self.tr(
                "Found by the console's own face detector, not by FaceID: FaceID's answer has no face box for a "
                "reference photo. FaceID compares a reference photo's largest face, usually this one."),
                face_cut(photo, found.rect))
        self.sizes_changed()
        self.rearrange(self.width())

    # --- size ---------------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.remembered_height(width, lambda width: self._arrange(width, move=False))

    def minimumSizeHint(self) -> QSize:
        shown = self.shown()
        width = max((tile.least_width() for tile in shown), default=0)
        return QSize(width, self.heightForWidth(width) if shown else 0)

    def sizeHint(self) -> QSize:
        shown = self.shown()
        width = sum(tile.natural_width() for tile in shown) + TILE_SPACING * max(0, len(shown) - 1)
        return QSize(width, self.heightForWidth(width))

    # --- placing ------------------------------------------------------------------------------------

    def rearrange(self, width: int) -> None:
        self._arrange(width, move=True)

    def children_changed(self) -> None:
        self.sizes_changed()  # the height it needs for its width may have changed too
        super().children_changed()

    def _arrange(self, width: int, *, move: bool) -> int:
        """Place the tiles in rows ``width`` wide (when ``move``); returns the height they take. Every picture has one
        height: the greatest that needs no more rows than the least one does."""
        tiles = [(tile, tile.widths()) for tile in self.shown()]
        fewest = len(_rows(tiles, width, LEAST_PICTURE_HEIGHT))
        height = next(h for h in range(PICTURE_HEIGHT, LEAST_PICTURE_HEIGHT - 1, -1)
                      if len(_rows(tiles, width, h)) == fewest)
        top = 0
        for number, row in enumerate(_rows(tiles, width, height)):
            if number:
                top += ROW_SPACING
            left, row_height = 0, 0
            for tile, tile_width in row:
                tile_height = tile.height_at(tile_width, height)
                if move:
                    tile.place(QRect(left, top, tile_width, tile_height), height)
                left += tile_width + TILE_SPACING
                row_height = max(row_height, tile_height)
            top += row_height
        return top


def _rows(tiles: Sequence[tuple[FaceTile, TileWidths]], width: int, height: int) -> list[list[tuple[FaceTile, int]]]:
    """``tiles``, with their widths, in rows ``width`` wide, their pictures ``height`` high: as many to a row as fit,
    in order; a tile wider than a row on a row of its own, made narrower to fit it."""
    rows: list[list[tuple[FaceTile, int]]] = []
    left = 0
    for tile, widths in tiles:
        tile_width = min(widths.natural(height), max(width, widths.least))
        if not rows or left + tile_width > width:
            rows.append([])
            left = 0
        rows[-1].append((tile, tile_width))
        left += tile_width + TILE_SPACING
    return rows


def _cancel_all(searches: list[asyncio.Future[None]]) -> None:
    """Cancel ``searches`` (one still queued never runs; one running finishes unobserved) and forget them."""
    for search in searches:
        search.cancel()
    searches.clear()
