"""The photo as it was sent, with the face boxes of the response drawn over it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..colours import secondary_text_colour
from ..face_box_colours import LABEL_TEXT, box_colours, shown_threshold
from ..texts import join_sentences
from .device_pixels import ratio_changed, screen_pixmap

if TYPE_CHECKING:
    from ...api import DetectedFace

#: The width of a face box's edge (a face the comparison did not use: thinner, dashed).
BOX_PEN = 2.5
#: How far a box's drawn edge reaches past its rectangle: half its pen, and a pixel of antialiasing.
BOX_PEN_REACH = BOX_PEN / 2 + 1
#: The room round a label's text, across and down.
TAG_PADDING = (8, 4)


def compared_face(faces: Sequence[DetectedFace]) -> int | None:
    """Which of several faces FaceID compared: the largest (verify 2.0.6, fail_when_multiple_faces=0); None for one
    face or none, where there is nothing to tell apart."""
    if sum(face.rect is not None for face in faces) < 2:
        return None
    largest = largest_face(faces)
    return next(i for i, face in enumerate(faces) if face is largest)  # the face the quality line speaks of too


def largest_face(faces: Sequence[DetectedFace]) -> DetectedFace | None:
    """The face of the largest box, which verify and get_biz_token hold to face_quality_threshold (and compare); the
    first when none has a box."""
    if not faces:
        return None
    return max(faces, key=lambda face: face.rect.width * face.rect.height if face.rect is not None else 0.0)


def largest_face_quality_text(faces: Sequence[DetectedFace], quality_threshold: int | None) -> str | None:
    """The quality of the largest of ``faces`` against the face_quality_threshold sent (the one verify and
    get_biz_token hold it to); None when either is not known."""
    largest = largest_face(faces)
    if largest is None or largest.quality is None or quality_threshold is None:
        return None
    reaches = largest.quality >= quality_threshold
    if len(faces) == 1 and reaches:
        text = QCoreApplication.translate(
            "FaceOverlay", "Its quality, {quality:.1f}, reaches the face_quality_threshold sent ({threshold}).")
    elif len(faces) == 1:
        text = QCoreApplication.translate(
            "FaceOverlay", "Its quality, {quality:.1f}, is below the face_quality_threshold sent ({threshold}).")
    elif reaches:
        text = QCoreApplication.translate(
            "FaceOverlay", "The largest one's quality, {quality:.1f}, reaches the face_quality_threshold sent "
                           "({threshold}).")
    else:
        text = QCoreApplication.translate(
            "FaceOverlay", "The largest one's quality, {quality:.1f}, is below the face_quality_threshold sent "
                           "({threshold}).")
    return text.format(quality=largest.quality, threshold=quality_threshold)


def faces_found_text(faces: Sequence[DetectedFace], quality_threshold: int | None, *, to_compare: bool = False) -> str:
    """How many faces were found in the photo to check (verify's ``image``), or, ``to_compare``, in the photo to
    compare (get_biz_token's), and the largest one's quality against ``quality_threshold``, the face_quality_threshold
    sent (None when not known)."""
    count = len(faces)
    if to_compare:
        counted = (QCoreApplication.translate("FaceOverlay", "1 face found in the photo to compare.") if count == 1
                   else QCoreApplication.translate("FaceOverlay", "{count} faces found in the photo to compare."))
    else:
        counted = (QCoreApplication.translate("FaceOverlay", "1 face found in the photo to check.") if count == 1
                   else QCoreApplication.translate("FaceOverlay", "{count} faces found in the photo to check."))
    quality = largest_face_quality_text(faces, quality_threshold)
    counted = counted.format(count=count)
    return counted if quality is None else join_sentences(counted, quality)


def place_tags(boxes: Sequence[QRectF], sizes: Sequence[tuple[float, float]], bounds: QRectF,
               photo: QRectF | None = None) -> list[QRectF]:
    """Where each box's label goes: above the box, else below it, else inside it, each from the box's left edge, its
    right edge or its middle; on the ``photo`` where one fits there (a label hanging past the photo's edge read as
    loose on the page), else within ``bounds``; never over a label placed before it, and over another face's box
    only where every place on the photo is (a label along another face's box hid its edge: which face is which).
    Above or below a box, a label may move up or down by at most its own height to clear another face's box. The
    widest labels (the compared face's) are placed first: they have the fewest places that fit."""
    placed: list[QRectF] = []
    tags: dict[int, QRectF] = {}
    # The boxes as drawn: their pen reaches past the rectangle.
    drawn = [box.adjusted(-BOX_PEN_REACH, -BOX_PEN_REACH, BOX_PEN_REACH, BOX_PEN_REACH) for box in boxes]
    for index in sorted(range(len(boxes)), key=lambda i: -sizes[i][0]):
        box, (width, height) = boxes[index], sizes[index]
        # Only the boxes a place for this label can touch (moved sideways into the photo by at most its width, up or
        # down by at most its height): a photo of a hundred faces is placed in a few ms, not a third of a second.
        reach = box.adjusted(-2 * width - 1, -2 * height - 1, 2 * width + 1, 2 * height + 1)
        others = [other for at, other in enumerate(drawn) if at != index and other.intersects(reach)]
        near = [tag for tag in placed if tag.intersects(reach)]
        lefts = (box.left(), box.right() - width, box.center().x() - width / 2)
        # (place, the way it may move to clear another box: up, down or not at all), in order of preference.
        candidates = [(QRectF(left, top, width, height), way)
                      for top, way in ((box.top() - height, -1), (box.bottom(), 1), (box.top(), 0),
                                       (box.bottom() - height, 0))
                      for left in lefts]
        areas = [photo, bounds] if photo is not None else [bounds]
        # The first place on the photo clear of the other boxes; else the one that covers the least of them; off the
        # photo only where no place on it is clear of the labels before.
        best: tuple[int, float, int] | None = None
        tag: QRectF | None = None
        for rank, area in enumerate(areas):
            for order, (candidate, way) in enumerate(candidates):
                moved = _moved_into(candidate, area)
                cleared = _clear_of(moved, others, way, height)
                for shift, place in enumerate((moved, cleared)):
                    if place is None or not area.contains(place) or any(place.intersects(o) for o in near):
                        continue
                    cost = (rank, sum(_area(place.intersected(other)) for other in others),
                            order + shift * len(candidates))
                    if best is None or cost < best:
                        best, tag = cost, place
        if tag is None:  # inside the box's top, moved down past the labels before it
            tag = _moved_into(QRectF(box.left(), box.top(), width, height), bounds)
            while any(tag.intersects(other) for other in placed) and tag.bottom() + height <= bounds.bottom():
                tag.moveTop(max(other.bottom() for other in placed if tag.intersects(other)))
        placed.append(tag)
        tags[index] = tag
    return [tags[index] for index in range(len(boxes))]


def _clear_of(tag: QRectF, boxes: Sequence[QRectF], way: int, most: float) -> QRectF | None:
    """``tag`` moved up (``way`` -1) or down (1) just past the ``boxes`` it covers, by at most ``most``; None where
    it covers none, may not move, or would move further."""
    moved = QRectF(tag)
    for _ in range(len(boxes)):
        covered = [box for box in boxes if moved.intersects(box)]
        if not covered or way == 0:
            break
        if way < 0:
            moved.moveBottom(min(box.top() for box in covered))
        else:
            moved.moveTop(max(box.bottom() for box in covered))
    if moved == tag or abs(moved.top() - tag.top()) > most or any(moved.intersects(box) for box in boxes):
        return None
    return moved


def _area(rect: QRectF) -> float:
    return rect.width() * rect.height() if rect.isValid() else 0.0


def _moved_into(tag: QRectF, area: QRectF) -> QRectF:
    """``tag`` moved sideways into ``area`` (its left edge kept in it when it is wider)."""
    moved = QRectF(tag)
    moved.moveRight(min(moved.right(), area.right()))
    moved.moveLeft(max(moved.left(), area.left()))
    return moved


class FaceOverlay(QWidget):
    """Draws ``image`` scaled to fit, each face's ``rect`` (fractions of the image) and its quality label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._faces: tuple[DetectedFace, ...] = ()
        self._scaled: QPixmap | None = None
        self._pending: QSize | None = None  # the size of a photo still being decoded
        self._tags: list[QRectF] | None = None  # where the labels go, placed once per photo, size and font
        self._compared = True  # whether the largest of several faces was (or is to be) compared
        #: The face_quality_threshold a refusal was about, which each face's quality is held to in place of its own
        #: quality_threshold (FaceID's suggestion); None: each face's own.
        self._quality_threshold: float | None = None
        self._label_font: QFont | None = None  # the labels' font, chosen with their places
        #: How small the labels' font may be made, of the widget's, for each label to fit whole on a photo narrower
        #: than the widest (1: never; the page then keeps the photo as wide as its widest label, as Verify does).
        self.least_label_scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Photo with face boxes"))

    def set_photo(self, image: QImage, faces: Sequence[DetectedFace], *, pending: QSize | None = None,
                  compared: bool = True, quality_threshold: float | None = None) -> None:
        """``image`` with ``faces`` boxed; ``pending``: no image yet, one of this size is being decoded (its room
        is kept, so nothing below moves when it arrives); ``compared``: False for the faces of a refusal
        (MULTIPLE_FACES, LOW_QUALITY), which compared none of them, so none is labelled compared;
        ``quality_threshold``: a refusal's face_quality_threshold sent, which each box is coloured and labelled
        against (a LOW_QUALITY face read "≥ 30" in green, FaceID's suggestion, under "below the 100 sent")."""
        self._image, self._faces, self._scaled, self._pending = image, tuple(faces), None, pending
        self._compared, self._quality_threshold = compared, quality_threshold
        self._tags = None
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    @property
    def faces(self) -> tuple[DetectedFace, ...]:
        return self._faces

    @property
    def photo(self) -> QImage:
        return self._image

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def _photo_size(self) -> QSize:
        """The shown photo's size, or the coming one's; empty when there is neither."""
        return self._image.size() if not self._image.isNull() else self._pending or QSize()

    def describe(self) -> str:
        if not self._faces:
            return self.tr("No face boxes in the response")
        return "; ".join(self.face_label(i, f) for i, f in enumerate(self._faces))

    def quality_threshold(self, face: DetectedFace) -> float | None:
        """The threshold ``face``'s quality is shown against: the refusal's sent, else FaceID's suggestion."""
        return shown_threshold(face, self._quality_threshold)

    def _compared_face(self) -> int | None:
        """The face labelled compared: the largest of several, unless the answer compared none."""
        return compared_face(self._faces) if self._compared else None

    def face_label(self, index: int, face: DetectedFace) -> str:
        text = self.tr("Face {n}").format(n=index + 1)
        if index == self._compared_face():
            text += " · " + self.tr("compared")  # the largest, as verify 2.0.6 says
        if face.quality is not None:
            text += " · " + self.tr("quality {quality:.1f}").format(quality=face.quality)
            threshold = self.quality_threshold(face)
            if threshold is not None:
                sign = "≥" if face.quality >= threshold else "<"
                text += f" {sign} {threshold:.0f}"
        if face.orientation:
            text += " · " + self.tr("turned {degrees}°").format(degrees=face.orientation)
        return text

    def sizeHint(self) -> QSize:
        size = self._photo_size()
        if size.isEmpty():
            return QSize(320, 200)
        return QSize(320, max(160, min(380, int(420 * size.height() / max(1, size.width())))))

    def hasHeightForWidth(self) -> bool:
        return not self._photo_size().isEmpty()

    def heightForWidth(self, width: int) -> int:
        size = self._photo_size()
        if size.isEmpty():
            return 200
        return max(160, min(380, int(width * size.height() / max(1, size.width()))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scaled = None
        self._tags = None
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._tags = None  # the labels' sizes change with their font and words
        scaled = self._scaled
        if ratio_changed(event) and scaled is not None and scaled.devicePixelRatio() != self.devicePixelRatioF():
            # Moved to a screen of another scale: scaled again from the photo on the next paint, else it is stretched.
            self._scaled = None
            self.update()
        return super().event(event)

    def _target(self) -> QRectF:
        if self._image.isNull():
            return QRectF()
        scale = min(self.width() / self._image.width(), self.height() / self._image.height())
        w, h = self._image.width() * scale, self._image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._image.isNull():
            painter.setPen(secondary_text_colour(self.palette()))  # the placeholder's grey, where it reads
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                             self.tr("Loading the photo…") if self.pending else self.tr("No photo"))
            self._draw_focus(painter)
            painter.end()
            return
        target = self._target()
        if self._scaled is None:
            # Scaled once per size and screen scale, so a 12 MP photo does not cost a rescale on every paint.
            self._scaled = screen_pixmap(self._image, target.width(), target.height(), self.devicePixelRatioF())
        painter.drawPixmap(target.topLeft(), self._scaled)
        compared = self._compared_face()
        boxed = self.face_boxes()
        labels = [self.face_label(index, self._faces[index]) for index in boxed]
        tags = self.tag_rects()
        painter.setFont(self._label_font or self.font())
        for (index, box), label, tag in zip(boxed.items(), labels, tags, strict=True):
            face = self._faces[index]
            # a refusal's faces (none compared), and those the comparison did not use, passed nothing
            colour, fill = box_colours(face, self.quality_threshold(face), refused=not self._compared,
                                       compared=compared is None or index == compared)
            pen = QPen(colour, BOX_PEN)
            if compared is not None and index != compared:
                pen.setStyle(Qt.PenStyle.DashLine)  # a face the comparison did not use
                pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
            painter.fillRect(tag, fill)
            painter.setPen(LABEL_TEXT)
            painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), label)
        self._draw_focus(painter)
        painter.end()

    def _draw_focus(self, painter: QPainter) -> None:
        """The focus frame, where a page puts the photo in the Tab order (App token's): seen to have the keyboard."""
        if self.hasFocus():
            from .focus_frame import draw_focus_frame

            draw_focus_frame(self, painter)

    def face_boxes(self) -> dict[int, QRectF]:
        """Each boxed face's rectangle on the widget, by its index in the response."""
        target = self._target()
        return {index: QRectF(target.left() + face.rect.left * target.width(),
                              target.top() + face.rect.top * target.height(),
                              face.rect.width * target.width(), face.rect.height * target.height())
                for index, face in enumerate(self._faces) if face.rect is not None}

    def tag_rects(self) -> list[QRectF]:
        """Where each boxed face's label is drawn, in the order of ``face_boxes``: placed once for the photo at this
        size, not on every paint (scrolling the result column paints it again and again)."""
        if self._tags is None:
            self._label_font = self.label_font()
            metrics = QFontMetricsF(self._label_font)
            boxed = self.face_boxes()
            sizes = [(metrics.horizontalAdvance(self.face_label(index, self._faces[index])) + TAG_PADDING[0],
                      metrics.height() + TAG_PADDING[1]) for index in boxed]
            self._tags = place_tags(list(boxed.values()), sizes, QRectF(self.rect()), self._target())
        return [QRectF(tag) for tag in self._tags]

    def label_font(self) -> QFont:
        """The labels' font: the widget's, made smaller (to ``least_label_scale`` of it at most) where the widest
        label would not fit whole across the widget."""
        font = QFont(self.font())
        if self.least_label_scale >= 1 or self._widest_label(font) <= self.width():
            return font
        scale = max(self.least_label_scale, self.width() / self._widest_label(font))
        smaller = self._scaled_font(scale)
        # Text narrows not quite in step with its font, and a label's padding not at all: a step at a time.
        while scale > self.least_label_scale and self._widest_label(smaller) > self.width():
            scale = max(self.least_label_scale, scale - 0.02)
            smaller = self._scaled_font(scale)
        return smaller

    def least_label_width(self) -> int:
        """The least width across which every label is drawn whole, in the smallest font it may be given."""
        return math.ceil(self._widest_label(self._scaled_font(self.least_label_scale)))

    def _widest_label(self, font: QFont) -> float:
        """The width of the widest boxed face's label, in ``font``, with its padding; 0 when there is none."""
        metrics = QFontMetricsF(font)
        return max((metrics.horizontalAdvance(self.face_label(index, face)) + TAG_PADDING[0]
                    for index, face in enumerate(self._faces) if face.rect is not None), default=0.0)

    def _scaled_font(self, scale: float) -> QFont:
        font = QFont(self.font())
        if scale < 1:
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * scale)
            else:  # a size in pixels
                font.setPixelSize(max(1, round(font.pixelSize() * scale)))
        return font
