"""The largest face in a photo as the console itself finds it, to show a reference photo's face beside the face
FaceID compared: verify's answer boxes faces in the photo to check only. The built-in engine's HOG detector alone
(``FaceDetector``: no landmark or descriptor model is loaded), in this process, whatever service answered.

No Qt. Blocking: run it on a worker thread (~0.1-0.3 s a photo on a copy at most DETECT_MAX_SIDE a side). dlib keeps
the interpreter lock while it searches, so the window searches in a child process (``face_finder_process``).
Thread-safe; a photo looked at before is answered from memory.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Final

from .api.results import FaceRect

if TYPE_CHECKING:
    from collections.abc import Callable

    from PIL import Image

    #: A search of a photo for face boxes (l, t, r, b) in its pixels, as ``FaceDetector.boxes``.
    Search = Callable[[Image.Image], list[tuple[float, float, float, float]]]

#: How many photos' answers are kept: a few answers' references, each shown again (History, a redraw) unsearched.
REMEMBERED_PHOTOS: Final = 64

_remembered: OrderedDict[bytes, FaceRect | None] = OrderedDict()
_remembered_lock = threading.Lock()


def largest_face(photo: Image.Image, search: Search | None = None) -> FaceRect | None:
    """The largest face in ``photo`` (RGB) as fractions of it, as FaceID takes a reference photo's largest face
    (verify 2.0.6); None when the console finds no face. Searched on a copy at most DETECT_MAX_SIDE a side by
    ``search`` (the window's: its face finder process), by the detector in this process without one; a photo whose
    pixels were looked at before is not searched again."""
    from PIL import Image

    from .engine.search_size import DETECT_MAX_SIDE

    scale = DETECT_MAX_SIDE / max(photo.width, photo.height, 1)
    if scale < 1.0:  # searched on a copy as the engine searches one: a reference's face is large enough there
        size = (max(1, round(photo.width * scale)), max(1, round(photo.height * scale)))
        photo = photo.resize(size, Image.Resampling.BILINEAR, reducing_gap=3.0)
    key = _pixels_key(photo)
    with _remembered_lock:
        if key in _remembered:
            _remembered.move_to_end(key)
            return _remembered[key]
    if search is None:
        from .engine.face_model import FaceDetector  # numpy and dlib: loaded only where the search runs

        search = FaceDetector.shared().boxes
    boxes = search(photo)
    found = None
    if boxes:
        largest = max(boxes, key=lambda box: (box[2] - box[0]) * (box[3] - box[1]))
        found = _fractions(largest, photo.width, photo.height)
    with _remembered_lock:
        _remembered[key] = found
        while len(_remembered) > REMEMBERED_PHOTOS:
            _remembered.popitem(last=False)
    return found


def _pixels_key(photo: Image.Image) -> bytes:
    """The photo's size and a digest of its pixels: the same photo decoded again has the same key."""
    digest = hashlib.blake2b(photo.tobytes(), digest_size=16)  # hashlib lets go of the lock on large data
    digest.update(f"{photo.mode} {photo.width}x{photo.height}".encode())
    return digest.digest()


def _fractions(box: tuple[float, float, float, float], width: int, height: int) -> FaceRect:
    """A box (l, t, r, b) in pixels as fractions of a ``width`` × ``height`` photo, within it (a face at its edge is
    cut there)."""
    left, right = (min(max(x / width, 0.0), 1.0) for x in (box[0], box[2]))
    top, bottom = (min(max(y / height, 0.0), 1.0) for y in (box[1], box[3]))
    return FaceRect(left, top, right - left, bottom - top)
