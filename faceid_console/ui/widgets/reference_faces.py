"""The largest face in a reference photo, found by the console (``face_finding``: FaceID's answer boxes none) on a
worker thread, never the GUI's. What was found in a photo is known at once when that photo is shown again (another
policy level, a profile switch, the same History entry); decoded again, it is not searched again either.
"""

from __future__ import annotations

import atexit
import sys
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from PySide6.QtGui import QImage

from ...face_finder_process import FaceFinderProcess
from ..tasks import in_thread

if TYPE_CHECKING:
    from PIL import Image

    from ...api.results import FaceRect

#: One search at a time, on a thread of its own: the window's other work keeps the second core.
_SEARCHES: Final = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-reference-faces")
#: The console's face detector in a child process, started with the first search.
FACE_FINDER: Final = FaceFinderProcess()
atexit.register(FACE_FINDER.close)  # its input closed: it ends with the window
#: How many photos' answers are known at once, by ``QImage.cacheKey``: a few answers' references.
KNOWN_PHOTOS: Final = 32

#: QImage formats read as they are; any other is converted to the first (a grey or indexed PNG kept in History).
_RAW_MODES: Final = {
    QImage.Format.Format_RGB32: "BGRX" if sys.byteorder == "little" else "XRGB",
    QImage.Format.Format_ARGB32: "BGRX" if sys.byteorder == "little" else "XRGB",
    QImage.Format.Format_ARGB32_Premultiplied: "BGRX" if sys.byteorder == "little" else "XRGB",
    QImage.Format.Format_RGB888: "RGB",
}


@dataclass(frozen=True)
class FoundFace:
    """What the console found in a photo: its largest face as fractions of it, or None when it found none."""

    rect: FaceRect | None


_known: OrderedDict[int, FoundFace] = OrderedDict()


def known_face(photo: QImage) -> FoundFace | None:
    """What the console found in ``photo`` when it looked before; None when it has not looked yet."""
    found = _known.get(photo.cacheKey())
    if found is not None:
        _known.move_to_end(photo.cacheKey())
    return found


async def find_face(photo: QImage) -> FoundFace:
    """Look for the largest face in ``photo`` on the search thread (an exception there is raised here)."""
    key = photo.cacheKey()
    found = FoundFace(await in_thread(_SEARCHES, _largest_face_in, QImage(photo)))  # shared, not copied
    _known[key] = found
    while len(_known) > KNOWN_PHOTOS:
        _known.popitem(last=False)
    return found


def _largest_face_in(photo: QImage) -> FaceRect | None:
    """On the search thread: ``photo``'s pixels to Pillow, then the console's detector, in its own process (dlib
    keeps the interpreter lock while it searches: on a thread here it held the window still)."""
    from ...face_finding import largest_face

    return largest_face(rgb_image(photo), search=FACE_FINDER.boxes)


def rgb_image(photo: QImage) -> Image.Image:
    """``photo``'s pixels as an RGB Pillow image (a copy); safe on a worker thread, ``photo`` only read."""
    from PIL import Image

    if photo.format() not in _RAW_MODES:
        photo = photo.convertToFormat(QImage.Format.Format_RGB32)
    return Image.frombuffer("RGB", (photo.width(), photo.height()), bytes(photo.constBits()), "raw",
                            _RAW_MODES[photo.format()], photo.bytesPerLine(), 1)
