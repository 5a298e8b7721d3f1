"""Photos and gauges on scaled screens: sharp at 150 % and 200 %, and again once the window is moved to a screen of
another scale (a laptop beside an external 4K monitor).

Two screens are simulated in a child process, with the offscreen platform's list of screens and
QT_SCREEN_SCALE_FACTORS: the test session's one screen is at 100 % and cannot change. A move there is a real one, so
Qt itself tells the widgets their ratio changed (QEvent.DevicePixelRatioChange)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from faceid_console.api import GenuinenessGauge
from faceid_console.ui.widgets.faces_side_by_side import PICTURE_HEIGHT
from faceid_console.ui.widgets.genuineness_gauges import GenuinenessBar

#: A 1080p laptop at 150 % (1280×720 logical pixels) and a 4K monitor at 200 % to its right.
SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96},
    {"name": "4k", "x": 1920, "y": 0, "width": 3840, "height": 2160, "logicalDpi": 96, "logicalBaseDpi": 96},
]}
SCALES = "laptop=1.5;4k=2"

#: Run first in the child: the application on the two screens, the photos' folder (argv[1]), a scratch folder
#: (argv[2]), and ``show_on``, which shows a window on one screen, or moves it there, as a reviewer's drag does.
PRELUDE = '''
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
faces, scratch = Path(sys.argv[1]), Path(sys.argv[2])

def show_on(widget, name):
    screen = next(screen for screen in app.screens() if screen.name() == name)
    widget.window().move(screen.availableGeometry().topLeft() + QPoint(40, 40))
    widget.window().show()
    for _ in range(5):
        app.processEvents()
    assert widget.screen().name() == name, widget.screen().name()
'''


def on_two_screens(script: str, faces: Path, tmp_path: Path) -> Any:
    """What ``script`` prints last (JSON), run in a child process on the two screens."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = {name: value for name, value in os.environ.items()
           if name not in ("QT_SCALE_FACTOR", "QT_ENABLE_HIGHDPI_SCALING", "QT_USE_PHYSICAL_DPI")}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCREEN_SCALE_FACTORS=SCALES)
    done = subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(script), str(faces), str(tmp_path)],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


GALLERY = '''
import base64
from PySide6.QtCore import QSize, Qt
from faceid_console.api.results import LivenessImage
from faceid_console.ui.widgets.image_gallery import THUMB, ImageGallery

def liveness_image(name, file):
    return LivenessImage(name, "data:image/jpeg;base64," + base64.b64encode((faces / file).read_bytes()).decode())

gallery = ImageGallery()
gallery.set_images((liveness_image("image_best", "obama_2.jpg"), liveness_image("image_action1", "obama_small.jpg")))
'''


def test_liveness_thumbnails_are_made_of_the_screen_s_own_pixels_on_either_screen(faces: Path,
                                                                                   tmp_path: Path) -> None:
    """At 150 % and 200 % the thumbnails were 128-pixel pictures that Qt stretched over the screen's pixels: blurred.
    Moved to the 4K monitor, they are made again for its scale."""
    seen = on_two_screens(GALLERY + '''
seen = {}
for screen in ("laptop", "4k"):
    show_on(gallery, screen)
    ratio = gallery.devicePixelRatioF()
    for name, button in gallery.buttons.items():
        made = button.icon().pixmap(button.iconSize(), ratio)
        wanted = gallery.images[name].size().scaled(QSize(THUMB, THUMB) * ratio, Qt.AspectRatioMode.KeepAspectRatio)
        seen[f"{name} on {screen}"] = [ratio, made.devicePixelRatio(), made.size().toTuple(), wanted.toTuple()]
print(json.dumps(seen))
''', faces, tmp_path)
    assert len(seen) == 4
    for where, (ratio, made_ratio, made, wanted) in seen.items():
        assert ratio == (1.5 if where.endswith("laptop") else 2.0)
        assert made_ratio == ratio and made == wanted, where


def test_the_full_size_image_fits_a_scaled_laptop_screen_and_is_shown_at_its_own_pixels(faces: Path,
                                                                                        tmp_path: Path) -> None:
    """At 150 % a 1080p laptop has 1280×720 logical pixels: the dialog opened 686×900, its Close button below the
    screen's edge, and "full size" was the image stretched by 150 %. Now it fits, its small image is shown pixel for
    pixel, a tall one made smaller to fit, with no scroll bar; and so again when it is moved to the 4K monitor."""
    seen = on_two_screens(GALLERY + '''
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QScrollArea
show_on(gallery, "laptop")
seen = {}
for name, image in gallery.images.items():
    dialog = gallery.open_full_size(name)
    for screen in ("laptop", "4k"):
        show_on(dialog, screen)
        available = dialog.screen().availableGeometry()
        close = dialog.findChild(QDialogButtonBox)
        area = dialog.findChild(QScrollArea)
        label = dialog.findChild(QLabel, "fullSizeImage")
        shown = label.pixmap()
        seen[f"{name} on {screen}"] = {
            "fits": available.contains(dialog.frameGeometry()),
            "close": available.contains(QRect(close.mapToGlobal(close.rect().topLeft()), close.size())),
            "scrolls": area.horizontalScrollBar().isVisible() or area.verticalScrollBar().isVisible(),
            "ratio": [dialog.devicePixelRatioF(), shown.devicePixelRatio()],
            "pixels": [shown.size().toTuple(), image.size().toTuple()]}
    dialog.close()
print(json.dumps(seen))
''', faces, tmp_path)
    assert len(seen) == 4
    for where, dialog in seen.items():
        assert dialog["fits"] and dialog["close"] and not dialog["scrolls"], where
        screen_ratio, image_ratio = dialog["ratio"]
        assert screen_ratio == (1.5 if where.endswith("laptop") else 2.0) and image_ratio == screen_ratio, where
    # 320×240: its own pixels on either screen, not 480×360 stretched from them.
    assert seen["image_action1 on laptop"]["pixels"] == seen["image_action1 on 4k"]["pixels"] == [[320, 240]] * 2
    # 626×1200: at 150 % its own pixels are 800 logical pixels tall, more than the laptop has; shown smaller there.
    (width, height), _own = seen["image_best on laptop"]["pixels"]
    assert 600 < height < 720 * 1.5 and abs(width / height - 626 / 1200) < 0.01


def test_photos_are_drawn_again_for_the_scale_of_the_screen_they_are_moved_to(faces: Path, tmp_path: Path) -> None:
    """Moved from the laptop to the 4K monitor, the photo under the face boxes and a slot's thumbnail stayed at the
    laptop's scale, stretched: pixelated, the faces a reviewer compares too. They are made again from the photo."""
    seen = on_two_screens('''
import asyncio
from concurrent.futures import ThreadPoolExecutor
import qasync
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QImage
from faceid_console.ui.widgets.face_overlay import FaceOverlay
from faceid_console.ui.widgets.photo_slot import THUMB_SIZE, PhotoSlot

photo = QImage(str(faces / "obama_1.jpg"))

def overlay_on(screen):
    overlay = FaceOverlay()
    overlay.resize(300, 380)
    overlay.set_photo(photo, ())
    show_on(overlay, screen)
    return overlay

moved = overlay_on("laptop")
on_laptop = moved.grab().toImage()
show_on(moved, "4k")
drawn, fresh = moved.grab().toImage(), overlay_on("4k").grab().toImage()
seen = {"overlay": [on_laptop.devicePixelRatio(), drawn.devicePixelRatio(), drawn == fresh]}

loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
executor = ThreadPoolExecutor(1)
slot = PhotoSlot("image", "Photo to check", executor, QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
show_on(slot, "laptop")
slot.set_file(faces / "obama_1.jpg")
loop.run_until_complete(slot.wait_ready())
for screen in ("laptop", "4k"):
    show_on(slot, screen)
    ratio = slot.devicePixelRatioF()
    shown = slot.thumbnail.pixmap()
    wanted = slot.photo.thumbnail.size().scaled(QSize(THUMB_SIZE, THUMB_SIZE) * ratio, Qt.AspectRatioMode.KeepAspectRatio)
    seen[f"slot on {screen}"] = [ratio, shown.devicePixelRatio(), shown.size().toTuple(), wanted.toTuple()]
executor.shutdown(wait=True)
print(json.dumps(seen))
''', faces, tmp_path)
    laptop_ratio, moved_ratio, same_as_fresh = seen["overlay"]
    assert (laptop_ratio, moved_ratio) == (1.5, 2.0)
    assert same_as_fresh, "the moved photo is not drawn as one opened on the 4K monitor"
    for screen, ratio in (("laptop", 1.5), ("4k", 2.0)):
        screen_ratio, shown_ratio, shown, wanted = seen[f"slot on {screen}"]
        assert screen_ratio == shown_ratio == ratio and shown == wanted, screen


def tick_centre(image: QImage, x: float, y: int) -> float | None:
    """The middle of the ink darker than the background in row ``y`` of ``image`` within 8 logical pixels of ``x``,
    in logical pixels (each pixel's ink counted at its centre); None when there is none."""
    ratio = image.devicePixelRatio()
    left, right = max(0, int((x - 8) * ratio)), min(image.width(), int((x + 8) * ratio))
    background = QColor(image.pixel(left, y)).lightness()  # the track's inside, or the window's colour above it
    weights = {column: max(0, background - QColor(image.pixel(column, y)).lightness()) for column in range(left, right)}
    ink = sum(weights.values())
    return sum((column + 0.5) * weight for column, weight in weights.items()) / ink / ratio if ink else None


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_a_genuineness_threshold_is_marked_at_its_place_at_any_screen_scale(qtbot, ratio: float) -> None:  # type: ignore[no-untyped-def]
    """The tick was cut to a whole logical pixel: at 200 % it stood 1.5 screen pixels left of the threshold, and it
    ran the bar's full height, so the ticks of the three rows joined into one line. Rendered at ``ratio`` as a screen
    of that scale draws it (the same pixels as ``grab()`` under QT_SCALE_FACTOR)."""
    bar = GenuinenessBar()
    qtbot.addWidget(bar)
    bar.set_gauge(GenuinenessGauge("mask", None, 0.7))  # no confidence: nothing but the tick on the empty track
    bar.resize(203, bar.sizeHint().height())
    image = QImage(QSize(bar.width(), bar.height()) * ratio, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(bar.palette().window().color())
    bar.render(image)
    track = bar.track()
    x = track.left() + track.width() * 0.7
    assert x % 1 > 0.5  # a place between whole pixels, where cutting it moved the tick
    middle = tick_centre(image, x, int(track.center().y() * ratio))
    assert middle is not None and abs(middle - x) < 0.1 / ratio, (middle, x)
    # Past the track's edges, not to the bar's: rows one under another keep a gap between their ticks.
    assert tick_centre(image, x, int((track.top() - 1) * ratio)) is not None
    assert tick_centre(image, x, 0) is None and tick_centre(image, x, image.height() - 1) is None


def test_the_faces_side_by_side_are_drawn_in_the_screen_s_own_pixels_and_again_after_a_move(faces: Path,
                                                                                          tmp_path: Path) -> None:
    """The face compared and each reference, put side by side to be compared by eye, are made of the screen's own
    pixels at 150 % and 200 % (a picture at 100 % stretched over them blurs the face), and made again when the window
    moves to a screen of another scale."""
    seen = on_two_screens('''
from faceid_console.api.results import DetectedFace, FaceRect
from PySide6.QtGui import QImage
from faceid_console.ui.widgets.faces_side_by_side import FacesSideBySide, TileCaption, face_picture

photo, reference = QImage(str(faces / "obama_1.jpg")), QImage(str(faces / "obama_2.jpg"))
face = DetectedFace(99.0, 30.0, FaceRect(0.4, 0.2, 0.25, 0.2), None)

def faces_on(screen):
    part = FacesSideBySide()
    part.resize(500, 300)
    part.set_faces((face_picture(photo, face), photo, TileCaption("Photo to check", "image", "face compared"), None),
                   [(reference, TileCaption("Reference photo 1", "image_ref1", "94.73"), None)])
    show_on(part, screen)
    return part

def drawn(part):
    grabs = [tile.picture.grab().toImage() for tile in part.shown()]  # painted: made for the screen of now
    made = [tile.picture._scaled for tile in part.shown()]
    return grabs, [[pixmap.devicePixelRatio(), pixmap.size().toTuple(),
                    [round(tile.picture._target().width() * pixmap.devicePixelRatio()),
                     round(tile.picture._target().height() * pixmap.devicePixelRatio())],
                    tile.picture.height()]
                   for pixmap, tile in zip(made, part.shown())]

moved = faces_on("laptop")
_grabs, on_laptop = drawn(moved)
show_on(moved, "4k")
moved_grabs, on_4k = drawn(moved)
fresh_grabs, _made = drawn(faces_on("4k"))
print(json.dumps({"laptop": on_laptop, "4k": on_4k, "same": [a == b for a, b in zip(moved_grabs, fresh_grabs)]}))
''', faces, tmp_path)
    for screen, ratio in (("laptop", 1.5), ("4k", 2.0)):
        assert len(seen[screen]) == 2, seen
        for made_ratio, made, wanted, height in seen[screen]:
            # One pixel of the pixmap to each device pixel it is drawn over (±1 for rounding), at the full height.
            assert made_ratio == ratio and all(abs(a - b) <= 1 for a, b in zip(made, wanted, strict=True)), seen
            assert height == PICTURE_HEIGHT, seen
    assert seen["same"] == [True, True], "a moved picture is not drawn as one opened on the 4K monitor"
