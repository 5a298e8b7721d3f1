"""The faces side by side: the face FaceID compared beside the face in each reference photo sent (found by the
console), on the Verify page and in History, against the real built-in engine over loopback with real photos."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollArea

from faceid_console import face_finding
from faceid_console.engine.face_model import FaceDetector
from faceid_console.engine.registry import KycRegistry
from faceid_console.face_finder_process import FaceFinderProcess
from faceid_console.store.retention import ImageRetention, RetentionPolicy
from faceid_console.ui import colours
from faceid_console.ui.colours import text_colour, text_meaning
from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.widgets import reference_faces
from faceid_console.ui.widgets.faces_side_by_side import (
    LEAST_PICTURE_HEIGHT,
    PICTURE_HEIGHT,
    FacePicture,
    FacesSideBySide,
    FaceTile,
    TileCaption,
    compared_face_of,
    crop_box,
)
from faceid_console.ui.widgets.image_gallery import FullSizeImage
from faceid_console.ui.widgets.reference_faces import rgb_image

from .helpers import KYC_NAME, KYC_NUMBER, fill_compare, fill_kyc, submit_with_keyboard, use_billed_profile


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The thread of every search of a reference photo for its face during the test, each asked of the face finder
    process (nothing found before it is remembered)."""
    monkeypatch.setattr(reference_faces, "_known", type(reference_faces._known)())
    monkeypatch.setattr(face_finding, "_remembered", type(face_finding._remembered)())
    threads: list[str] = []
    boxes = FaceFinderProcess.boxes

    def spy(finder: FaceFinderProcess, photo: Image.Image) -> list[tuple[float, float, float, float]]:
        threads.append(threading.current_thread().name)
        return boxes(finder, photo)

    monkeypatch.setattr(FaceFinderProcess, "boxes", spy)
    yield threads


def face_height(picture: QImage) -> float:
    """The height of the largest face in ``picture``, as a fraction of the picture's, by the detector itself (a
    search ``searches`` counts too)."""
    boxes = FaceDetector.shared().boxes(rgb_image(picture))
    assert boxes, "no face in the picture"
    return max(bottom - top for _left, top, _right, bottom in boxes) / picture.height()


def full_size_image(tile: FaceTile) -> FullSizeImage:
    """The image in the full-size view the tile opened last."""
    assert tile.dialogs and tile.dialogs[-1].isVisible()
    label = tile.dialogs[-1].findChild(FullSizeImage, "fullSizeImage")
    assert isinstance(label, FullSizeImage)
    return label


def test_the_face_compared_is_shown_beside_each_reference_with_its_score(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", faces / "biden_1.jpg")
    submit_with_keyboard(qtbot, window)
    view = page.result_view
    result = view.result
    assert result is not None and view.headline.text() == "Needs review: the photos disagree"
    box, part = view.side_by_side_box, view.side_by_side
    assert box.isVisibleTo(view) and box.title() == "Faces side by side"
    # After the scores and before the photo with its boxes: the verdict and its gauge stay at the top.
    layout = view.layout()
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert order.index(view.banner) < order.index(view.scores_box) < order.index(box) < order.index(view.faces_box)

    # The photo to check: the face FaceID compared, cut from it with room round it, in the face box's shape.
    photo = page.slots["image"].photo.upright  # type: ignore[union-attr]
    face = compared_face_of(result.faces)
    assert face is not None and face.rect is not None
    crop = part.check.picture.picture
    box_aspect = face.rect.width * photo.width() / (face.rect.height * photo.height())
    assert abs(crop.width() / crop.height() - box_aspect) < 0.02
    assert abs(photo.width() / photo.height() - box_aspect) > 0.1  # not the whole photo's shape
    assert face.rect.width * photo.width() < crop.width() < photo.width()  # the face, with room round it
    assert (part.check.title.text(), part.check.field.text(), part.check.detail.text(), part.check.note.text()) == (
        "Photo to check", "image", "", "face compared")
    assert part.check.picture.accessibleDescription() == "image · face compared"

    # Each reference sent (whole as it was prepared, where a click opens it), captioned with its name, parameter and
    # score in its row's colour.
    assert part.shown() == [part.check, *part.references[:2]]
    for tile, number, colour in zip(part.references[:2], (1, 2), (colours.PASS, colours.FAIL), strict=True):
        key = f"result_ref{number}"
        confidence = result.raw[key]["confidence"]
        assert tile.full == page.slots[f"image_ref{number}"].photo.upright  # type: ignore[union-attr]
        assert (tile.title.text(), tile.field.text()) == (f"Reference photo {number}", f"image_ref{number}")
        assert tile.detail.text() == f"{confidence:.2f}" and tile.detail.font().bold()
        assert text_meaning(tile.detail) == colour == text_meaning(view.score_rows[key][1])
        assert tile.picture.accessibleName() == f"Open Reference photo {number} full size"
    # All at one height, big enough to compare faces by eye.
    qtbot.waitUntil(lambda: all(tile.picture.height() > 1 for tile in part.shown()), timeout=5_000)
    heights = {tile.picture.height() for tile in part.shown()}
    assert len(heights) == 1 and LEAST_PICTURE_HEIGHT <= heights.pop() <= PICTURE_HEIGHT


def test_a_click_or_enter_or_space_opens_a_photo_full_size(qtbot, window: MainWindow, faces: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", faces / "biden_1.jpg")
    submit_with_keyboard(qtbot, window)
    part = page.result_view.side_by_side
    reference = part.references[1]
    qtbot.waitUntil(lambda: reference.picture.isVisible() and reference.picture.width() > 1, timeout=5_000)
    qtbot.mouseClick(reference.picture, Qt.MouseButton.LeftButton)
    shown = full_size_image(reference)
    assert shown.image == page.slots["image_ref2"].photo.upright  # type: ignore[union-attr]
    assert reference.dialogs[-1].windowTitle() == "Reference photo 2"
    reference.dialogs[-1].close()
    assert not reference.dialogs
    # From the keyboard: Enter and Space on the photo to check open the whole photo (the face is cut from it).
    check = part.check.picture
    assert check.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(check, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(part.check.dialogs) == 1, timeout=5_000)
    assert full_size_image(part.check).image == page.slots["image"].photo.upright  # type: ignore[union-attr]
    qtbot.keyClick(check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(part.check.dialogs) == 2, timeout=5_000)
    for dialog in list(part.check.dialogs):
        dialog.close()


def test_only_an_unmodified_return_or_enter_opens_a_photo(qtbot, faces: Path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Return on a face tile (History's photo to check) opened the photo full size: it is a page's send key."""
    picture = FacePicture()
    qtbot.addWidget(picture)
    picture.set_picture(QImage(str(faces / "obama_1.jpg")))
    picture.show()
    picture.setFocus()
    opened: list[bool] = []
    picture.clicked.connect(lambda: opened.append(True))
    ctrl, shift, alt, keypad = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                                Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.KeypadModifier)
    for key, modifiers in ((Qt.Key.Key_Return, ctrl), (Qt.Key.Key_Enter, ctrl | keypad), (Qt.Key.Key_Return, shift),
                           (Qt.Key.Key_Return, alt)):
        qtbot.keyClick(picture, key, modifiers)
    qtbot.wait(300)  # a press is drawn (animateClick) a moment before it is a click
    assert opened == []
    qtbot.keyClick(picture, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=5_000)
    qtbot.keyClick(picture, Qt.Key.Key_Enter, keypad)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=5_000)


def test_kyc_without_references_has_nothing_to_put_beside_the_face(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, connector, faces: Path) -> None:
    registry = KycRegistry(connector.engine_dir)
    registry.add(KYC_NUMBER, KYC_NAME, (faces / "obama_3.jpg").read_bytes())
    try:
        page = window.verify_page
        fill_kyc(qtbot, page, faces / "obama_1.jpg")
        submit_with_keyboard(qtbot, window)
        view = page.result_view
        assert view.verdict is not None and view.faces_box.isVisibleTo(view)  # the photo and its boxes are shown...
        assert not view.side_by_side_box.isVisibleTo(view)  # ...but the ID photo stays with the data source
        assert all(tile.picture.picture.isNull() for tile in view.side_by_side.tiles())
        # With a reference too, that one is put beside the face, and the part says why the ID photo is not there.
        page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
        qtbot.waitUntil(lambda: not page.slots["image_ref1"].busy, timeout=30_000)
        submit_with_keyboard(qtbot, window)
        assert view.side_by_side_box.isVisibleTo(view)
        assert view.side_by_side.shown() == [view.side_by_side.check, view.side_by_side.references[0]]
        assert "The data source's ID photo is not sent to the console" in view.side_by_side_note.text()
    finally:
        registry.remove(KYC_NUMBER)


def test_it_goes_with_its_answer_when_a_new_call_starts_or_an_error_is_shown(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, tmp_path: Path) -> None:
    from PIL import Image

    page = window.verify_page
    view = page.result_view
    part = view.side_by_side
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    assert view.side_by_side_box.isVisibleTo(view)
    part.references[0].open_full_size()
    dialog = part.references[0].dialogs[0]
    page.uuid_edit.setText("applicant-8")  # another call, not the same inputs again
    with qtbot.waitSignal(page.finished, timeout=120_000):
        page.submit()
        # Read while the call is on its way, checked once it has ended: a failed assert in here hung the test.
        working = {"headline": view.headline.text(), "side by side shown": view.side_by_side_box.isVisibleTo(view),
                   "tiles held": not all(tile.picture.picture.isNull() and tile.full.isNull() for tile in part.tiles()),
                   "full size open": dialog.isVisible() or bool(part.references[0].dialogs),
                   "sent photos held": page._sent_photo is not None or page._sent_references != {}}
    # Working…: no face of the last answer was left on show, held, or open full size.
    assert working == {"headline": "Working…", "side by side shown": False, "tiles held": False,
                       "full size open": False, "sent photos held": False}
    assert view.side_by_side_box.isVisibleTo(view)  # the new answer's
    wall = tmp_path / "wall.jpg"
    Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
    page.slots["image_ref1"].set_file(wall)
    qtbot.waitUntil(lambda: not page.slots["image_ref1"].busy, timeout=30_000)
    submit_with_keyboard(qtbot, window)
    assert view.error_panel.isVisible() and view.error_panel.error is not None
    assert view.error_panel.error.code == "NO_FACE_FOUND"
    assert not view.side_by_side_box.isVisibleTo(view)
    assert all(tile.picture.picture.isNull() and tile.full.isNull() for tile in part.tiles())
    assert page._sent_photo is None and page._sent_references == {}


def test_history_shows_it_for_an_entry_whose_photos_were_kept(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, history, faces: Path) -> None:
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", faces / "biden_1.jpg", uuid="kept-1")
    submit_with_keyboard(qtbot, window)
    kept = page.last_entry
    sent = {field: page.slots[field].photo.upright for field in ("image", "image_ref1", "image_ref2")}  # type: ignore[union-attr]
    page.request_decision()  # the entry opened in History
    host = window.history_page
    qtbot.waitUntil(lambda: host.page is not None and host.page.current is not None
                    and host.page.current.id == kept, timeout=30_000)
    history_page = host.page
    assert history_page is not None
    view = history_page.result_view
    part = view.side_by_side
    assert view.side_by_side_box.isVisibleTo(view)
    # The photos are read and decoded on a worker: their room is kept meanwhile, then they are shown, each reference
    # cut to the face the console found in it.
    qtbot.waitUntil(lambda: not any(tile.picture.pending for tile in part.shown()) and not view.overlay.pending
                    and not part.searching, timeout=30_000)
    assert part.shown() == [part.check, *part.references[:2]]
    assert part.check.full.size() == sent["image"].size()
    assert part.check.picture.picture.size() == page.result_view.side_by_side.check.picture.picture.size()
    for number, tile in enumerate(part.references[:2], start=1):
        assert tile.full.size() == sent[f"image_ref{number}"].size()
        assert tile.note.text() == "face found by the console"
        assert tile.picture.picture.height() < tile.full.height() / 2
        confidence = view.result.raw[f"result_ref{number}"]["confidence"]  # type: ignore[union-attr]
        assert (tile.title.text(), tile.detail.text()) == (f"Reference photo {number}", f"{confidence:.2f}")
    assert text_meaning(part.references[0].detail) == colours.PASS
    assert text_colour(part.references[1].detail) == colours.FAIL

    # An entry whose photos were kept as thumbnails only: no face to cut, nothing put side by side.
    history.get().set_retention(RetentionPolicy(ImageRetention.THUMBNAIL))
    window.go_to(page)
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", uuid="thumbnails-1")
    submit_with_keyboard(qtbot, window)
    assert page.result_view.side_by_side_box.isVisibleTo(page.result_view)  # on show from the photos sent
    thumbnails = page.last_entry
    page.request_decision()
    qtbot.waitUntil(lambda: history_page.current is not None and history_page.current.id == thumbnails,
                    timeout=30_000)
    assert view.verdict is not None and not view.side_by_side_box.isVisibleTo(view)
    assert all(tile.picture.picture.isNull() for tile in part.tiles())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_it_fits_an_800_px_window_and_the_least_one_without_scrolling_sideways(  # type: ignore[no-untyped-def]
        qtbot, qapp, make_window, faces: Path, language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from faceid_console.ui.translations import install_translator

    translators = install_translator(qapp, language) if language != "en" else []
    try:
        window = make_window(language=language)
        window.resize(800, 600)
        page = window.verify_page
        # A landscape reference (1480×832) among portraits: the widest tile there is.
        fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", faces / "obama_4.jpg",
                     faces / "biden_1.jpg")
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        submit_with_keyboard(qtbot, window)
        view = page.result_view
        part = view.side_by_side
        scroll = next(a for a in page.findChildren(QScrollArea) if a.widget() is view)
        viewport, bar = scroll.viewport(), scroll.horizontalScrollBar()
        qtbot.waitUntil(lambda: view.side_by_side_box.isVisible() and len(part.shown()) == 4 and not part.searching
                        and view.width() == max(viewport.width(), view.minimumSizeHint().width())
                        and bar.maximum() == view.width() - viewport.width(), timeout=5_000)
        assert bar.maximum() == 0, f"the result column scrolls sideways by {bar.maximum()} px"
        placed = []
        for tile in part.shown():
            left = tile.mapTo(viewport, QPoint(0, 0)).x()
            assert left >= 0 and left + tile.width() <= viewport.width(), tile.title.text()
            for child in (tile.picture, tile.title, tile.field, tile.detail, tile.note):  # each whole within its tile
                assert tile.rect().contains(child.geometry()), (tile.title.text(), child)
            placed.append(tile.geometry())
        assert not any(a.intersects(b) for i, a in enumerate(placed) for b in placed[i + 1:])
        # At the window's least size the column is narrower than the result's least width, and scrolls (the gauges
        # need it): the faces ask for no more than the scores do, so they add nothing to it.
        window.resize(window.minimumSizeHint())
        qtbot.waitUntil(lambda: window.size() == window.minimumSizeHint(), timeout=5_000)
        assert view.side_by_side_box.minimumSizeHint().width() <= view.scores_box.minimumSizeHint().width()
        qtbot.waitUntil(lambda: all(part.rect().contains(tile.geometry()) for tile in part.shown()), timeout=5_000)
        window.connection.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_without_face_boxes_the_whole_photo_to_check_is_put_beside_the_references(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    page.return_faces.setChecked(False)  # return_faces=0: the answer has no faces[]
    submit_with_keyboard(qtbot, window)
    view = page.result_view
    assert view.result is not None and not view.result.faces
    check = view.side_by_side.check
    assert view.side_by_side_box.isVisibleTo(view)
    assert check.picture.picture == page.slots["image"].photo.upright  # type: ignore[union-attr]
    assert check.note.text() == "whole photo" and "return_faces" in check.note.toolTip()


def test_a_face_is_cut_in_its_box_s_shape_at_the_photo_s_edges_and_stood_upright() -> None:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QImage

    from faceid_console.api.results import DetectedFace, FaceRect
    from faceid_console.ui.widgets.faces_side_by_side import crop_box, face_picture, face_picture_size

    photo = QSize(1000, 800)
    # In the middle: grown 1.6 times about its centre.
    assert crop_box(photo, FaceRect(0.4, 0.375, 0.2, 0.25)) == QRect(340, 240, 320, 320)
    # At the top left corner: moved inside the photo, its size and shape kept.
    assert crop_box(photo, FaceRect(0.0, 0.0, 0.2, 0.25)) == QRect(0, 0, 320, 320)
    # Bigger than the photo once grown: made smaller, its shape kept, all of it inside.
    box = crop_box(photo, FaceRect(0.05, 0.0, 0.9, 1.0))
    assert QRect(0, 0, 1000, 800).contains(box) and abs(box.width() / box.height() - 900 / 800) < 0.01
    # A face turned 90° clockwise (orientation 90) is turned back: a tall box gives a wide picture.
    image = QImage(photo, QImage.Format.Format_RGB32)
    turned = DetectedFace(90.0, 30.0, FaceRect(0.4, 0.25, 0.1, 0.25), 90)
    assert face_picture(image, turned).size() == face_picture_size(photo, turned) == QSize(320, 160)
    assert face_picture(image, None) == image and face_picture_size(photo, None) == photo


def test_each_reference_is_cut_on_a_worker_to_the_largest_face_the_console_found_in_it(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, searches: list[str]) -> None:
    page = window.verify_page
    # The smallest faces among the photos: a man standing at a lectern (obama_3.jpg) and a full-length one (biden_1.jpg).
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_3.jpg", faces / "biden_1.jpg")
    submit_with_keyboard(qtbot, window)
    part = page.result_view.side_by_side
    qtbot.waitUntil(lambda: not part.searching and all(tile.picture.height() > 1 for tile in part.shown()),
                    timeout=30_000)
    # Each photo searched once, on the search thread: never the GUI thread.
    assert len(searches) == 2 and all(name.startswith("faceid-reference-faces") for name in searches)
    for number, tile in enumerate(part.references[:2], start=1):
        whole = page.slots[f"image_ref{number}"].photo.upright  # type: ignore[union-attr]
        assert tile.full == whole  # a click still opens the whole photo
        # Said to be the console's face, not FaceID's, in the caption, the tooltips and to a screen reader.
        assert tile.note.text() == "face found by the console"
        assert "not by FaceID" in tile.note.toolTip() and "not by FaceID" in tile.picture.toolTip()
        assert tile.picture.accessibleDescription().endswith("face found by the console")
        # The face fills most of the picture: several times its share of the whole photo, ~100 px on screen, not ~20.
        shown, in_whole = face_height(tile.picture.picture), face_height(whole)
        assert shown > 0.5 and shown > 3 * in_whole, (number, shown, in_whole)
        assert shown * tile.picture.height() > 70 > 2 * in_whole * tile.picture.height()
    # The answer drawn again (the policy level changed): its photos are not searched again, their faces shown at once.
    searched = len(searches)  # with this test's own measures
    page.settings_changed()
    assert not part.searching and len(searches) == searched
    assert [tile.note.text() for tile in part.references[:2]] == ["face found by the console"] * 2


def test_a_cloud_answer_s_references_are_cut_to_the_faces_this_console_finds(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, connector, faces: Path, searches: list[str]) -> None:
    from faceid_console.settings import ProfileKind

    use_billed_profile(qtbot, window, connector)  # a FaceID host's profile, as the cloud's are
    assert window.connection.profile.kind is not ProfileKind.LOCAL_ENGINE
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_3.jpg")
    submit_with_keyboard(qtbot, window)
    part = page.result_view.side_by_side
    qtbot.waitUntil(lambda: not part.searching, timeout=30_000)
    tile = part.references[0]
    assert tile.note.text() == "face found by the console" and len(searches) == 1
    assert tile.picture.picture.height() < tile.full.height() / 2


def test_history_does_not_search_a_reference_photo_again_when_it_shows_its_entry_again(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, searches: list[str]) -> None:
    page = window.verify_page
    entries = []
    for uuid, reference in (("again-1", "obama_3.jpg"), ("again-2", "obama_2.jpg")):
        fill_compare(qtbot, page, faces / "obama_1.jpg", faces / reference, uuid=uuid)
        submit_with_keyboard(qtbot, window)
        entries.append(page.last_entry)
    page.request_decision()  # the last entry opened in History
    host = window.history_page
    qtbot.waitUntil(lambda: host.page is not None and host.page.current is not None
                    and host.page.current.id == entries[1], timeout=30_000)
    history_page = host.page
    assert history_page is not None
    part = history_page.result_view.side_by_side

    def shown(entry: int | None) -> bool:
        current = history_page.current
        return (current is not None and current.id == entry and len(part.shown()) == 2 and not part.searching
                and not part.references[0].picture.pending)

    qtbot.waitUntil(lambda: shown(entries[1]), timeout=30_000)
    history_page.select_entry(entries[0])  # its photos decoded, the last entry's let go of
    qtbot.waitUntil(lambda: shown(entries[0]), timeout=30_000)
    searched = len(searches)
    history_page.select_entry(entries[1])  # its photos decoded again: the same pixels, remembered
    qtbot.waitUntil(lambda: shown(entries[1]), timeout=30_000)
    assert len(searches) == searched
    assert part.references[0].note.text() == "face found by the console"
    assert part.references[0].picture.picture.height() < part.references[0].full.height() / 2


def _caption(number: int) -> TileCaption:
    return TileCaption(f"Reference photo {number}", f"image_ref{number}", "94.73")


def _side_by_side(qtbot, faces: Path) -> tuple[FacesSideBySide, tuple[QImage, QImage, TileCaption, None]]:  # type: ignore[no-untyped-def]
    part = FacesSideBySide()
    qtbot.addWidget(part)
    part.resize(700, 500)
    part.show()
    photo = QImage(str(faces / "obama_1.jpg"))
    return part, (photo, photo, TileCaption("Photo to check", "image", "whole photo"), None)


def test_a_reference_is_whole_until_its_face_is_found_and_whole_where_none_is(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, faces: Path, searches: list[str]) -> None:
    part, check = _side_by_side(qtbot, faces)
    reference = QImage(str(faces / "obama_3.jpg"))
    wall = QImage(640, 480, QImage.Format.Format_RGB32)
    wall.fill(0xB4AAA0)
    part.set_faces(check, [(reference, _caption(1), None), (wall, _caption(2), None)])
    first, second = part.references[:2]
    # Until the console has looked: whole, and said to be.
    assert part.searching
    for tile, whole in ((first, reference), (second, wall)):
        assert tile.picture.picture == whole and tile.note.text() == "whole photo"
        assert "looking for the face" in tile.note.toolTip()
    qtbot.waitUntil(lambda: not part.searching, timeout=30_000)
    assert first.note.text() == "face found by the console"
    assert first.picture.picture.height() < reference.height() / 2
    # No face found: whole, and said why.
    assert second.picture.picture == wall and second.note.text() == "whole photo"
    assert "found no face" in second.note.toolTip() and "found no face" in second.picture.toolTip()
    assert len(searches) == 2 and threading.main_thread().name not in searches


def test_a_reference_whose_search_fails_stays_whole_and_says_why(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The face finder process failing (a broken install) is said on the tile, not reported as a bug; a bug in the
    search is reported."""
    from faceid_console.ui.widgets import faces_side_by_side

    reports: list[BaseException] = []
    monkeypatch.setattr(reference_faces, "_known", type(reference_faces._known)())
    monkeypatch.setattr(face_finding, "_remembered", type(face_finding._remembered)())
    # The face finder process ends at once, as one whose interpreter or model is broken would.
    broken = FaceFinderProcess([sys.executable, "-c", "import sys; sys.exit(3)"])
    monkeypatch.setattr(reference_faces, "FACE_FINDER", broken)
    monkeypatch.setattr(faces_side_by_side, "report_unexpected", reports.append)
    part, check = _side_by_side(qtbot, faces)
    reference = QImage(str(faces / "obama_2.jpg"))
    part.set_faces(check, [(reference, _caption(1), None)])
    qtbot.waitUntil(lambda: not part.searching, timeout=30_000)
    tile = part.references[0]
    assert tile.picture.picture == reference and tile.note.text() == "whole photo"
    assert "face finder could not run (the face finder process ended" in tile.note.toolTip()
    assert reports == []

    def bug(_photo: Image.Image, search: object = None) -> None:
        raise RuntimeError("a bug in the search")

    monkeypatch.setattr(face_finding, "largest_face", bug)
    part.set_faces(check, [(QImage(str(faces / "obama_3.jpg")), _caption(1), None)])
    qtbot.waitUntil(lambda: not part.searching, timeout=30_000)
    assert "could not look for the face" in tile.note.toolTip()
    assert [str(error) for error in reports] == ["a bug in the search"]


def test_a_search_overtaken_by_a_newer_answer_or_a_clear_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, faces: Path, searches: list[str]) -> None:
    part, check = _side_by_side(qtbot, faces)
    older, newer = QImage(str(faces / "biden_1.jpg")), QImage(str(faces / "obama_3.jpg"))
    part.set_faces(check, [(older, _caption(1), None)])
    part.set_faces(check, [(newer, _caption(1), None)])  # the next answer, before the first search ended
    qtbot.waitUntil(lambda: not part.searching, timeout=30_000)
    tile = part.references[0]
    found = reference_faces.known_face(newer)
    assert tile.full == newer and found is not None and found.rect is not None
    assert tile.picture.picture == newer.copy(crop_box(newer.size(), found.rect))
    part.set_faces(check, [(QImage(str(faces / "rose_1.jpg")), _caption(1), None)])
    part.clear()  # the answer taken off: its search is cancelled, nothing is shown when it ends
    assert not part.searching and tile.isHidden() and tile.picture.picture.isNull()



@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_photo_to_check_and_three_references_share_one_row_at_the_screenshots_size(  # type: ignore[no-untyped-def]
        qtbot, qapp, make_window, faces: Path, language: str) -> None:
    """Each reference's note ("face found by the console") made its tile as wide as the note: the third reference went
    to a row of its own, under the fold, and in the photos-disagree case it is the one below the policy level."""
    from PySide6.QtCore import QCoreApplication

    from faceid_console.ui.translations import install_translator

    translators = install_translator(qapp, language) if language != "en" else []
    try:
        window = make_window(language=language)
        window.resize(1360, 900)
        page = window.verify_page
        fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", faces / "obama_4.jpg",
                     faces / "biden_1.jpg")
        submit_with_keyboard(qtbot, window)
        part = page.result_view.side_by_side
        qtbot.waitUntil(lambda: len(part.shown()) == 4 and not part.searching
                        and all(tile.picture.height() > 1 for tile in part.shown()), timeout=30_000)
        assert all(tile.note.text() for tile in part.references[:3])  # each with the console's note under it
        qtbot.waitUntil(lambda: len({tile.geometry().top() for tile in part.shown()}) == 1, timeout=5_000)
        assert min(tile.picture.height() for tile in part.shown()) >= LEAST_PICTURE_HEIGHT
        window.connection.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_a_height_for_a_width_is_measured_once_until_a_tile_changes(  # type: ignore[no-untyped-def]
        qtbot, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A layout asks the height for a width ~50 times while a verify's answer is shown: each time measuring every
    tile's labels at every picture height stalled the window. Asked again, it is remembered; a tile's new caption, a
    score's weight or a new font is measured again."""
    part, check = _side_by_side(qtbot, faces)
    part.set_faces(check, [(QImage(str(faces / "obama_2.jpg")), _caption(1), None)])
    QApplication.processEvents()  # the tiles shown: their layout requests handled
    measured: list[FaceTile] = []
    widths = FaceTile.widths

    def counted(tile: FaceTile):  # type: ignore[no-untyped-def]
        measured.append(tile)
        return widths(tile)

    monkeypatch.setattr(FaceTile, "widths", counted)
    first = part.heightForWidth(300)
    assert measured == [part.check, part.references[0]]  # once a tile, for every picture height tried
    assert part.heightForWidth(300) == first and len(measured) == 2  # remembered
    # A much longer caption: the tile's label tells the part, and the height is measured again.
    part.references[0].title.setText("Reference photo 1 with a name long enough to wrap onto a second line " * 2)
    qtbot.waitUntil(lambda: part.heightForWidth(300) > first, timeout=5_000)
    taller = part.heightForWidth(300)
    font = part.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    part.setFont(font)
    assert part.heightForWidth(300) > taller
