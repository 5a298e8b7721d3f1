"""Photo slots (drop, paste, preparation notes), the genuineness gauges and the long-paste box, on their own."""

from __future__ import annotations

import io
import itertools
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QDropEvent, QFontMetricsF, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from faceid_console.api import FaceGenuineness, ScoreWithThresholds
from faceid_console.ui.colours import FAIL, outline_colour
from faceid_console.ui.widgets.confidence_gauge import ConfidenceGauge, spread_labels
from faceid_console.ui.widgets.genuineness_gauges import GenuinenessGauges
from faceid_console.ui.widgets.photo_slot import SLOT_MARGIN, PhotoSlot


@pytest.fixture
def slot(qtbot, qasync_loop, tmp_path: Path):  # type: ignore[no-untyped-def]
    executor = ThreadPoolExecutor(max_workers=1)
    widget = PhotoSlot("image", "Photo to check", executor, QSettings(str(tmp_path / "s.ini"),
                                                                      QSettings.Format.IniFormat))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    executor.shutdown(wait=True)


def test_a_dropped_file_is_read_prepared_and_described(qtbot, slot: PhotoSlot, faces: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(faces / "obama_1080p.jpg"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    slot.dropEvent(event)
    qtbot.waitUntil(lambda: slot.photo is not None, timeout=30_000)
    assert slot.file_label.text() == "obama_1080p.jpg"
    assert "1920×1080 px" in slot.info_label.text()
    assert slot.prep_label.text() == "Before sending: metadata (EXIF, GPS) removed, pixels unchanged"
    assert slot.thumbnail.pixmap() is not None and not slot.thumbnail.pixmap().isNull()


def test_a_photo_cut_off_is_refused_at_the_slot_naming_the_file(qtbot, slot: PhotoSlot, faces: Path,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    """A photo cut at 60 % and ended again was taken, shown and sent with its lower part grey."""
    from ..damaged_photos import closed_again

    cut = tmp_path / "applicant.jpg"
    cut.write_bytes(closed_again((faces / "obama_1.jpg").read_bytes(), 0.6))
    slot.set_file(cut)
    qtbot.waitUntil(lambda: not slot.busy, timeout=30_000)
    assert slot.photo is None  # nothing to send
    assert slot.refusal == "applicant.jpg cannot be used: the file is cut off: only part of the picture is there."
    assert slot.error_label.text() == slot.refusal and slot.error_label.isVisible()


def test_a_pasted_image_is_used_and_an_empty_clipboard_is_refused(qtbot, slot: PhotoSlot, faces: Path) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("just text")
    slot.setFocus()
    qtbot.keyClick(slot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    # What to do next, too: the slot had only said what was wrong.
    assert slot.error == ("The clipboard holds no image or image file. Copy a photo, or an image file in the file "
                          "manager, then paste again; or press Choose… to pick a file.")
    QGuiApplication.clipboard().setImage(QImage(str(faces / "obama_2.jpg")))
    qtbot.keyClick(slot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: slot.photo is not None, timeout=30_000)
    assert slot.file_label.text() == "pasted image" and "626×1200 px" in slot.info_label.text()
    assert slot.photo.prepared.media_type == "image/png"  # lossless stays lossless when it fits


def test_only_an_unmodified_enter_return_or_space_opens_the_file_chooser(qtbot, slot: PhotoSlot,  # type: ignore[no-untyped-def]
                                                                         monkeypatch) -> None:
    """Ctrl+Return is Verify: reaching the slot while Verify was off (its call on its way, the engine starting), it
    opened the file chooser, a modal dialog over the call."""
    from PySide6.QtWidgets import QFileDialog

    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kwargs: (opened.append("chooser"), ("", ""))[1]))
    slot.setFocus()
    ctrl, shift, alt = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                        Qt.KeyboardModifier.AltModifier)
    for key, modifiers in ((Qt.Key.Key_Return, ctrl), (Qt.Key.Key_Enter, ctrl | Qt.KeyboardModifier.KeypadModifier),
                           (Qt.Key.Key_Return, shift), (Qt.Key.Key_Return, alt), (Qt.Key.Key_Space, ctrl)):
        qtbot.keyClick(slot, key, modifiers)
    assert opened == []
    for key, modifiers in ((Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
                           (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(slot, key, modifiers)
    assert opened == ["chooser"] * 3


def test_a_pasted_picture_is_encoded_off_the_gui_thread(qtbot, slot: PhotoSlot, faces: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Encoding a 12 MP picture takes about a second: on the GUI thread it froze the window that long."""
    import threading

    from faceid_console.ui.widgets import photo_slot

    threads: list[threading.Thread] = []
    real = photo_slot.png_bytes

    def watched(image: QImage) -> bytes:
        threads.append(threading.current_thread())
        return real(image)

    monkeypatch.setattr(photo_slot, "png_bytes", watched)
    QGuiApplication.clipboard().setImage(QImage(str(faces / "obama_1080p.jpg")))
    slot.paste()
    assert slot.info_label.text() == "Reading and preparing…" and not threads  # nothing encoded yet, here
    qtbot.waitUntil(lambda: slot.photo is not None, timeout=30_000)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert "1920×1080 px" in slot.info_label.text()


def test_a_picture_offered_encoded_is_taken_as_it_is(qtbot, slot: PhotoSlot, faces: Path) -> None:  # type: ignore[no-untyped-def]
    """A browser or an image viewer offers image/png or image/jpeg: those bytes are the photo, not decoded on the
    GUI thread (imageData() would) and encoded again."""
    mime = QMimeData()
    jpeg = (faces / "obama_2.jpg").read_bytes()
    mime.setData("image/jpeg", jpeg)
    slot.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: slot.photo is not None, timeout=30_000)
    assert slot.file_label.text() == "dropped image" and "626×1200 px" in slot.info_label.text()
    assert slot.photo.prepared.media_type == "image/jpeg"  # its own JPEG, metadata stripped, not a PNG re-encoding
    assert slot.prep_label.text() == "Before sending: metadata (EXIF, GPS) removed, pixels unchanged"


def test_what_cannot_be_used_is_refused_by_the_drag_cursor_and_named_when_dropped(qtbot, slot: PhotoSlot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDragEnterEvent

    web = QMimeData()
    web.setUrls([QUrl("https://example.com/photo.jpg")])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, web, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    slot.dragEnterEvent(enter)
    assert not enter.isAccepted()  # the cursor says no before anything is dropped
    text = QMimeData()
    text.setText("not a picture")
    slot.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, text, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    assert slot.error == ("What was dropped is neither an image nor an image file. A picture from a web page must be "
                          "saved to a file first.")  # not "the clipboard", which was not used


def test_preparation_says_when_a_photo_is_rotated_and_scaled(qtbot, slot: PhotoSlot, faces: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Image.open(faces / "obama_1.jpg") as source:
        big = source.convert("RGB").resize((source.width * 5, source.height * 5))
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: shown after a 90° turn
    buffer = io.BytesIO()
    big.save(buffer, "JPEG", quality=95, exif=exif)
    path = tmp_path / "phone.jpg"
    path.write_bytes(buffer.getvalue())
    slot.set_file(path)
    qtbot.waitUntil(lambda: slot.photo is not None, timeout=60_000)
    text = slot.prep_label.text()
    assert "rotated upright (EXIF)" in text and "scaled to" in text and "4096 px limit" in text
    assert slot.photo.upright.width() > slot.photo.upright.height()  # a portrait stored sideways: landscape once turned


def test_a_photo_stored_sideways_is_described_by_its_upright_size(  # type: ignore[no-untyped-def]
        qtbot, slot: PhotoSlot, faces: Path, tmp_path: Path) -> None:
    """It read "1137×910 px", the size stored, beside an upright thumbnail: FaceID receives 910×1137."""
    with Image.open(faces / "obama_1.jpg") as source:
        portrait = source.convert("RGB").resize((910, 1137))
    exif = Image.Exif()
    exif[0x0112] = 6  # stored turned a quarter: shown after a 90° turn clockwise
    buffer = io.BytesIO()
    portrait.transpose(Image.Transpose.ROTATE_90).save(buffer, "JPEG", quality=90, exif=exif)
    path = tmp_path / "phone.jpg"
    path.write_bytes(buffer.getvalue())
    slot.set_file(path)
    qtbot.waitUntil(lambda: slot.photo is not None, timeout=30_000)
    assert slot.info_label.text().endswith(" · 910×1137 px"), slot.info_label.text()
    assert (slot.photo.prepared.width, slot.photo.prepared.height) == (910, 1137)  # what is sent
    assert slot.prep_label.text().startswith("Before sending: rotated upright (EXIF); ")


def test_genuineness_gauges_show_each_check_against_its_own_threshold(qtbot) -> None:  # type: ignore[no-untyped-def]
    gauges = GenuinenessGauges()
    qtbot.addWidget(gauges)
    gauges.set_genuineness(FaceGenuineness(
        synthetic_face_confidence=0.02, synthetic_face_threshold=0.5, mask_confidence=0.91, mask_threshold=0.5,
        screen_replay_confidence=0.1, screen_replay_threshold=0.5, face_replaced=1))
    assert set(gauges.rows) == {"synthetic_face", "mask", "screen_replay"}
    mask, synthetic = gauges.rows["mask"], gauges.rows["synthetic_face"]
    assert mask[2].text() == "0.910 ≥ 0.500 · suspected"
    assert synthetic[2].text() == "0.020 < 0.500 · not suspected"
    assert mask[2].toolTip() == ("Mask: confidence 0.910 against its threshold 0.500; it reaches the threshold: "
                                 "an attack is suspected.")
    assert mask[1].accessibleDescription() == mask[2].toolTip()
    assert "below the threshold: no attack suspected" in synthetic[2].toolTip()
    assert "Face replaced: yes" in gauges.replaced_label.text()
    gauges.set_genuineness(None)
    assert gauges.rows == {}
    assert gauges.replaced_label.isHidden()  # out of the next answer's way, not left where it was drawn


def test_the_result_view_builds_the_parts_of_an_answer_with_the_first_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The empty view is the verdict banner only; an answer (or reading a part) builds the rest, in order."""
    import json

    from faceid_console.api import FaceIDError, VerifyResult
    from faceid_console.ui.widgets.result_view import ANSWER_PARTS, ResultView

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    view = ResultView("en")
    qtbot.addWidget(view)
    view.show()
    assert not ANSWER_PARTS & set(view.__dict__)
    assert view.headline.text() == "No result yet" and view.banner.isVisible()
    view.clear("Working…")  # the empty state needs no part
    assert not ANSWER_PARTS & set(view.__dict__)

    view.show_result(VerifyResult.parse(json.loads((fixtures / "verify_success.json").read_text("utf-8"))), "1e-4")
    assert set(view.__dict__) >= ANSWER_PARTS
    assert view.verdict is not None and view.scores_box.isVisible() and view.details_box.isVisible()
    assert not view.error_panel.isVisible()
    layout = view.layout()
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert order[:8] == [view.banner, view.error_panel, view.exceptions_label, view.scores_box,
                         view.side_by_side_box, view.faces_box, view.genuineness_box, view.details_box]
    view.show_error(FaceIDError("BAD_ARGUMENTS", detail="image_ref1"))
    assert view.error_panel.isVisible() and not view.banner.isVisible() and not view.scores_box.isVisible()

    unbuilt = ResultView("en")
    qtbot.addWidget(unbuilt)
    assert not unbuilt.error_panel.isVisibleTo(unbuilt)  # reading a part first builds them, hidden
    assert set(unbuilt.__dict__) >= ANSWER_PARTS
    with pytest.raises(AttributeError):
        unbuilt.no_such_part  # noqa: B018


def test_an_answer_drawn_again_leaves_the_keyboard_on_its_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The answer is hidden a moment while it is drawn again (History's F5): Qt passed the keyboard on to the next
    control after the view (History's Decision box). It stays; a control the new answer does not show passes it on
    to the next one shown, as Qt would."""
    import json

    from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout

    from faceid_console.api import VerifyResult
    from faceid_console.ui.widgets.result_view import ResultView

    from .helpers import focus_visits

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    view = ResultView("en", holder)
    layout.addWidget(view)
    layout.addWidget(QPushButton("After", holder))
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder, timeout=5_000)
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    result = VerifyResult.parse(json.loads((fixtures / "verify_success.json").read_text("utf-8")))
    view.show_result(result, "1e-4")
    for control in (view.json_toggle, view.copy_json):
        control.setFocus(Qt.FocusReason.TabFocusReason)
        with focus_visits() as visited:
            view.show_result(result, "1e-4")
        assert visited == [] and QApplication.focusWidget() is control
    view.show_session_request_id("session-request")  # a session's comparison: its own request_id's button
    view.copy_session_request.setFocus(Qt.FocusReason.TabFocusReason)
    view.show_result(result, "1e-4")  # a verify's answer: no such button
    assert not view.copy_session_request.isVisible()
    assert QApplication.focusWidget() is view.copy_request and view.copy_request.isVisible()


def focus_chain(start: QWidget) -> list[QWidget]:
    """The window's focus chain from ``start`` round to it (what Tab walks, hidden controls included)."""
    chain = [start]
    while (after := chain[-1].nextInFocusChain()) is not start and len(chain) < 500:
        chain.append(after)
    return chain


def test_the_result_view_s_parts_can_be_built_ahead_and_placed_in_tab_order_before_any_answer(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Built ahead in idle time (the Verify page's, by the main window), in two steps: built hidden, then put where
    they are shown in Tab order. An answer that comes between the two places them itself; the parts stay the same."""
    import json

    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from faceid_console.api import VerifyResult
    from faceid_console.ui.widgets.result_view import ANSWER_PARTS, ResultView

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    before, after = QPushButton("Before", holder), QPushButton("After", holder)
    views = [ResultView("en", holder), ResultView("en", holder)]
    layout.addWidget(before)
    for view in views:
        layout.addWidget(view)
    layout.addWidget(after)
    holder.show()
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    result = VerifyResult.parse(json.loads((fixtures / "verify_success.json").read_text("utf-8")))
    for answered_between in (False, True):
        view = views[answered_between]
        assert not ANSWER_PARTS & set(view.__dict__) and not view.answer_parts_ready
        view.build_answer_parts()
        assert set(view.__dict__) >= ANSWER_PARTS and not view.answer_parts_ready
        assert not any(view.__dict__[part].isVisibleTo(view) for part in ("error_panel", "scores_box", "details_box"))
        assert view.headline.text() == "No result yet"  # still the empty state
        parts = [view.json_toggle, view.copy_request, view.copy_json, view.raw_json]
        chain = focus_chain(before)
        assert all(chain.index(part) > chain.index(after) for part in parts)  # built after the window: at its end
        panel, scores = view.error_panel, view.scores_box
        if answered_between:
            view.show_result(result, "1e-4")  # a first answer before the parts were placed places them
            assert view.scores_box.isVisible() and view.details_box.isVisible()
        else:
            view.place_answer_parts()
        assert view.answer_parts_ready and view.error_panel is panel and view.scores_box is scores
        chain = focus_chain(before)
        order = [chain.index(control) for control in (view.gauge, *parts)]
        assert order == sorted(order) and order[-1] < chain.index(after)  # where they are shown
        view.build_answer_parts()
        view.place_answer_parts()  # once: nothing is built or placed again
        assert view.error_panel is panel and focus_chain(before) == chain


@pytest.mark.parametrize(("anchors", "widths"), [
    ([100.0, 200.0, 300.0], [30.0, 30.0, 30.0]),   # far apart: left where they are
    ([300.0, 310.0, 318.0], [34.0, 34.0, 34.0]),   # close: pushed apart
    ([385.0, 392.0, 398.0], [34.0, 34.0, 34.0]),   # close and at the right edge: kept inside
    ([1.0, 3.0], [34.0, 34.0]),                     # at the left edge
])
def test_threshold_labels_are_spread_so_none_overlaps_and_all_stay_inside(anchors: list[float],
                                                                           widths: list[float]) -> None:
    centres = spread_labels(anchors, widths, 0.0, 400.0)
    boxes = [(c - w / 2, c + w / 2) for c, w in zip(centres, widths, strict=True)]
    assert all(left >= -1e-9 and right <= 400 + 1e-9 for left, right in boxes)
    assert all(a[1] <= b[0] + 1e-9 for a, b in itertools.pairwise(boxes))
    if anchors == [100.0, 200.0, 300.0]:
        assert centres == anchors
    assert centres == sorted(centres)


def test_the_gauge_draws_close_thresholds_without_overlapping_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A narrow gauge with 1e-5 and 1e-6 five points apart: the labels' ink must not touch."""
    gauge = ConfidenceGauge()
    qtbot.addWidget(gauge)
    gauge.resize(360, gauge.sizeHint().height())
    score = ScoreWithThresholds(96.3, {"1e-3": 62.2, "1e-4": 72.6, "1e-5": 80.1, "1e-6": 85.4})
    gauge.set_score(score, "1e-4")
    image = gauge.grab().toImage()
    line = QFontMetricsF(gauge.font()).height()
    from faceid_console.ui.widgets.confidence_gauge import track_top

    label_row = int(track_top(gauge.font()) + line * 0.8 + 10)  # just below the track: the level names
    dark = [x for x in range(image.width())
            if any(QColor(image.pixel(x, y)).lightness() < 90 for y in range(label_row, label_row + int(line)))]
    runs: list[list[int]] = []  # dark columns grouped into labels: labels sit 6 px apart, glyphs closer
    for x in dark:
        if runs and x - runs[-1][1] < 5:
            runs[-1][1] = x
        else:
            runs.append([x, x])
    assert len(runs) == 4, runs


def test_each_page_icon_is_its_own_line_drawing_on_a_clear_background(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from faceid_console.ui.widgets.nav_icons import DRAWINGS, nav_icon

    images = {}
    for name in DRAWINGS:
        for scale in (1.0, 2.0):  # a high-DPI screen gets twice the pixels, not a blurred copy
            pixmap = nav_icon(name).pixmap(QSize(20, 20), scale)
            image = pixmap.toImage()
            assert image.width() == round(20 * scale) and pixmap.devicePixelRatio() == scale
            assert QColor.fromRgba(image.pixel(0, 0)).alpha() == 0  # transparent where nothing is drawn
            inked = sum(QColor.fromRgba(image.pixel(x, y)).alpha() > 0
                        for x in range(image.width()) for y in range(image.height()))
            assert inked > image.width() * 2, name  # a drawing, not an empty square
        images[name] = nav_icon(name).pixmap(QSize(20, 20)).toImage()
    assert len({bytes(image.constBits()) for image in images.values()}) == len(DRAWINGS)  # no two pages alike
    selected = nav_icon("verify").pixmap(QSize(20, 20), QIcon.Mode.Selected).toImage()
    assert selected != images["verify"]  # drawn in the selection's text colour
    with pytest.raises(KeyError):
        nav_icon("nothing")


def test_a_bug_while_preparing_a_photo_is_reported_and_the_slot_is_not_left_busy(  # type: ignore[no-untyped-def]
        qtbot, slot: PhotoSlot, faces: Path, monkeypatch) -> None:
    from faceid_console.ui.widgets import photo_slot

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug in preparation")

    reported: list[BaseException] = []
    monkeypatch.setattr(photo_slot, "inspect_photo", broken)
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _tb: reported.append(error))
    changes: list[bool] = []
    slot.changed.connect(lambda: changes.append(slot.busy))
    slot.set_file(faces / "obama_1.jpg")
    qtbot.waitUntil(lambda: bool(reported), timeout=30_000)
    assert str(reported[0]) == "a bug in preparation"
    assert not slot.busy and slot.photo is None and changes[-1] is False
    assert slot.error_label.text() == "This photo could not be prepared: an unexpected error, reported."


LONG_NAME = "f" * 246 + ".jpg"  # a hash-like name with no space: 250 characters


def long_named_copy(source: Path, folder: Path, stem: str = "f" * 246) -> Path:
    path = folder / f"{stem}{source.suffix}"
    path.write_bytes(source.read_bytes())
    return path


@pytest.mark.parametrize("compact", [True, False])
def test_a_slots_width_does_not_depend_on_the_length_of_a_file_name(qtbot, qasync_loop, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    faces: Path, compact: bool) -> None:
    """A name with no space widened the slot by its whole length: 250 characters pushed Reference photo 3 off."""
    executor = ThreadPoolExecutor(max_workers=1)
    state = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    slots = [PhotoSlot("image_ref2", "Reference photo 2", executor, state, compact=compact) for _ in range(4)]
    for widget in slots:
        qtbot.addWidget(widget)
        widget.show()
    short, long = slots[0], slots[1]
    short.set_file(long_named_copy(faces / "obama_2.jpg", tmp_path, "a"))
    long.set_file(long_named_copy(faces / "obama_2.jpg", tmp_path))
    # Refusals naming the file, and its path: a missing file is named with its whole path.
    short_missing, long_missing = slots[2], slots[3]
    short_missing.set_file(tmp_path / "a.jpg.gone")
    long_missing.set_file(tmp_path / ("g" * 246 + ".jpg"))
    qtbot.waitUntil(lambda: not any(widget.busy for widget in slots), timeout=30_000)
    executor.shutdown(wait=True)
    assert short.photo is not None and long.photo is not None
    assert long_missing.refusal is not None and str(tmp_path / ("g" * 246)) in long_missing.refusal
    for hint in ("minimumSizeHint", "sizeHint"):
        assert getattr(long, hint)().width() == getattr(short, hint)().width(), hint
        assert getattr(long_missing, hint)().width() == getattr(short_missing, hint)().width(), hint
    assert long.file_label.text() == LONG_NAME  # the name itself is whole: the label draws it cut in the middle
    shown = long.file_label.shown_text()
    assert "…" in shown and shown.startswith("fff") and shown.endswith(".jpg")
    assert long.file_label.toolTip() == LONG_NAME and long.file_label.accessibleDescription() == LONG_NAME
    assert short.file_label.shown_text() == "a.jpg" and short.file_label.toolTip() == ""
    # The refusal wraps inside its path, within the slot, which asks the layout holding it for the lines' height.
    label = long_missing.error_label
    assert label.geometry().right() <= long_missing.contentsRect().right()
    lines = label.heightForWidth(label.width())
    assert lines > 3 * short_missing.error_label.heightForWidth(label.width())
    assert long_missing.hasHeightForWidth() and long_missing.heightForWidth(long_missing.width()) > lines


def test_a_long_name_is_copied_whole_from_the_slot(qtbot, slot: PhotoSlot, tmp_path: Path, faces: Path) -> None:  # type: ignore[no-untyped-def]
    slot.set_file(long_named_copy(faces / "obama_2.jpg", tmp_path))
    qtbot.waitUntil(lambda: slot.photo is not None, timeout=30_000)
    copy = slot.file_label.findChild(QAction, "copyText")
    assert slot.file_label.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    copy.trigger()
    assert QGuiApplication.clipboard().text() == LONG_NAME


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_long_file_names_keep_every_reference_photo_in_the_form(qtbot, window, tmp_path: Path, faces: Path,  # type: ignore[no-untyped-def]
                                                                 size: tuple[int, int]) -> None:
    """In face comparison a 48-character name in Reference photo 2 pushed Reference photo 3 out of the form column,
    which scrolls vertically only; at 250 characters even 1920×1080 did."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea

    from .helpers import click_radio

    window.resize(*size)
    page = window.verify_page
    click_radio(qtbot, page.compare_radio)
    page.slots["image_ref1"].set_file(long_named_copy(faces / "obama_1.jpg", tmp_path, "0123456789abcdef" * 2))
    page.slots["image_ref2"].set_file(long_named_copy(faces / "obama_2.jpg", tmp_path))
    page.slots["image_ref3"].set_file(tmp_path / ("9" * 246 + ".jpg"))  # refused, naming its whole path
    qtbot.waitUntil(lambda: not any(s.busy for s in page.slots.values()), timeout=60_000)
    assert page.slots["image_ref3"].refusal is not None
    scroll = next(area for area in page.findChildren(QScrollArea) if area.widget().isAncestorOf(page.slots["image"]))
    viewport = scroll.viewport()

    def inside(widget) -> bool:  # type: ignore[no-untyped-def]
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        return widget.isVisible() and left >= 0 and left + widget.width() <= viewport.width()

    qtbot.waitUntil(lambda: all(inside(page.slots[f"image_ref{n}"]) for n in (1, 2, 3)), timeout=3000)
    assert scroll.widget().width() <= viewport.width()
    error = page.slots["image_ref3"].error_label  # the wrapped refusal is given the height of all its lines
    assert inside(error) and error.height() >= error.heightForWidth(error.width())


@pytest.mark.parametrize("compact", [True, False])
def test_a_slot_outlined_for_a_problem_is_no_wider(qtbot, qasync_loop, tmp_path: Path, compact: bool) -> None:  # type: ignore[no-untyped-def]
    """At its narrowest the form column fits the slots exactly: a 2 px outline pushed its edge out of view."""
    executor = ThreadPoolExecutor(max_workers=1)
    widget = PhotoSlot("image_ref3", "Reference photo 3", executor,
                       QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), compact=compact)
    qtbot.addWidget(widget)
    widget.show()
    plain = widget.minimumSizeHint().width(), widget.sizeHint().width()
    widget.mark_error("No face")
    assert outline_colour(widget) == FAIL and (widget.minimumSizeHint().width(), widget.sizeHint().width()) == plain
    image = widget.grab().toImage()
    assert image.pixelColor(0, image.height() // 2) == image.pixelColor(image.width() - 1, image.height() // 2) == FAIL
    widget.mark_error("")
    assert (widget.minimumSizeHint().width(), widget.sizeHint().width()) == plain
    executor.shutdown(wait=True)


@pytest.mark.parametrize("name", [b"non\xffutf8.jpg", b"caf\xe9 #1?.jpg", "照片 1.jpg".encode()])
def test_a_file_whose_name_is_not_utf8_is_used_when_dropped(qtbot, slot: PhotoSlot, tmp_path: Path, faces: Path,  # type: ignore[no-untyped-def]
                                                             name: bytes) -> None:
    """A file manager offers file:///…/non%FFutf8.jpg: the name was read as UTF-8 (the byte replaced), and the
    photo refused as 'no such file' although it was there."""
    from urllib.parse import quote_from_bytes

    path = os.path.join(os.fsencode(tmp_path), name)
    with open(path, "wb") as file:  # a bytes path: the name exactly as the file system holds it
        file.write((faces / "obama_2.jpg").read_bytes())
    mime = QMimeData()
    mime.setData("text/uri-list", b"file://" + quote_from_bytes(path, safe="/").encode("ascii") + b"\r\n")
    assert mime.hasUrls()
    slot.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: not slot.busy, timeout=30_000)
    assert slot.refusal is None and slot.photo is not None, slot.refusal
    assert slot.photo.name == os.fsdecode(name) and "626×1200 px" in slot.info_label.text()
    QGuiApplication.clipboard().setMimeData(mime)  # pasted, as a file manager's Copy offers it
    slot.clear()
    slot.paste()
    qtbot.waitUntil(lambda: slot.photo is not None, timeout=30_000)


def gif_of(photo: Path) -> bytes:
    out = io.BytesIO()
    with Image.open(photo) as source:
        source.convert("P").save(out, "GIF")
    return out.getvalue()


def test_a_gif_is_refused_whether_chosen_pasted_or_dropped(qtbot, slot: PhotoSlot, faces: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A GIF the clipboard offered as image/gif was decoded by Qt, encoded as PNG and sent; a chosen .gif is refused."""
    from PySide6.QtGui import QDragEnterEvent

    gif = gif_of(faces / "obama_2.jpg")
    refusal = "GIF images are not accepted; use JPEG, PNG, BMP, WebP or TIFF."
    (tmp_path / "face.gif").write_bytes(gif)
    slot.set_file(tmp_path / "face.gif")
    qtbot.waitUntil(lambda: not slot.busy, timeout=30_000)
    assert slot.refusal == f"face.gif cannot be used: {refusal}"

    def offered() -> QMimeData:  # as a program copying a GIF offers it, with the picture Qt decodes from it
        mime = QMimeData()
        mime.setData("image/gif", gif)
        mime.setImageData(QImage.fromData(gif))
        return mime

    QGuiApplication.clipboard().setMimeData(offered())
    slot.paste()
    qtbot.waitUntil(lambda: not slot.busy, timeout=30_000)
    assert slot.photo is None and slot.refusal == f"pasted image cannot be used: {refusal}"
    dragged = offered()  # kept: the events do not own it
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, dragged, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    slot.dragEnterEvent(enter)
    assert enter.isAccepted()  # taken, so that the drop says why it cannot be used
    slot.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, dragged, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: not slot.busy, timeout=30_000)
    assert slot.photo is None and slot.refusal == f"dropped image cannot be used: {refusal}"
    # A program that copies a picture offers it in several kinds, PNG among them: the PNG is the photo.
    mime = offered()
    mime.setData("image/png", (faces / "alex_2.png").read_bytes())
    QGuiApplication.clipboard().setMimeData(mime)
    slot.paste()
    qtbot.waitUntil(lambda: slot.photo is not None, timeout=30_000)
    assert slot.photo.data == (faces / "alex_2.png").read_bytes()


def test_columns_go_fewer_to_a_row_as_the_width_shrinks_and_take_the_height_that_needs(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from faceid_console.ui.widgets.columns_box import ColumnsBox

    holder = QWidget()
    qtbot.addWidget(holder)
    outer = QVBoxLayout(holder)
    outer.setContentsMargins(0, 0, 0, 0)
    columns = ColumnsBox(holder, spacing=10)
    outer.addWidget(columns)
    outer.addStretch(1)
    labels = []
    for n in range(3):
        label = QLabel(f"item {n}")
        label.setMinimumSize(100, 50)
        columns.add(label)
        labels.append(label)
    assert all(label.parentWidget() is columns for label in labels)
    assert columns.minimumSizeHint().width() == 100  # one to a row at the narrowest: never wider than one item
    assert [columns.columns_for(w) for w in (99, 100, 209, 210, 319, 320, 5000)] == [1, 1, 1, 2, 2, 3, 3]
    one_row, two_rows, three_rows = (columns.heightForWidth(w) for w in (320, 210, 100))
    assert one_row == 50 and two_rows == 110 and three_rows == 170
    holder.resize(210, 300)
    holder.show()
    # The layout it is in gives it the height its width needs, and it places its widgets in that.
    qtbot.waitUntil(lambda: columns.height() == two_rows and labels[2].y() == 60, timeout=3_000)
    assert labels[0].y() == labels[1].y() == 0 and labels[0].width() == labels[1].width() == 100
    assert all(label.isVisible() for label in labels)
    holder.resize(400, 300)  # and back to one row when there is room
    qtbot.waitUntil(lambda: columns.height() == one_row and labels[2].y() == 0, timeout=3_000)
    # A widget needing more room, with no resize to say so: the box takes the height it now needs.
    labels[2].setMinimumHeight(80)
    qtbot.waitUntil(lambda: columns.height() == 80 and labels[0].height() == 80, timeout=3_000)


def test_columns_measure_their_widgets_once_for_a_width_until_one_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Verify form's reference slots were measured again at every one of the ~40 times a verify's layouts asked
    the box's height for a width (rich text laid out each time): remembered until a widget's needs change."""
    from PySide6.QtWidgets import QLabel, QWidget

    from faceid_console.ui.widgets.columns_box import ColumnsBox

    asked: list[int] = []

    class Wrapping(QLabel):
        def heightForWidth(self, width: int) -> int:
            asked.append(width)
            return super().heightForWidth(width)

    holder = QWidget()
    qtbot.addWidget(holder)
    columns = ColumnsBox(holder, spacing=10)
    labels = [Wrapping("A reference photo's hint, long enough to wrap in a narrow column " * 2) for _ in range(3)]
    for label in labels:
        label.setWordWrap(True)
        columns.add(label)
    holder.show()
    QApplication.processEvents()  # the labels shown: their layout requests handled
    asked.clear()
    height = columns.heightForWidth(300)
    assert len(asked) == 3  # once each: one column of three at this width
    assert [columns.heightForWidth(300) for _ in range(4)] == [height] * 4 and len(asked) == 3
    labels[1].setText(labels[1].text() * 3)  # another text: the label asks its parent to place it again
    qtbot.waitUntil(lambda: columns.heightForWidth(300) > height, timeout=3_000)


def test_columns_changed_on_a_page_not_on_show_take_their_new_height_when_it_is_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt tells no hidden parent of a child's change: a label given a longer text on a page not on show kept its old
    height (one line of several) when the page came back."""
    from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout

    from faceid_console.ui.widgets.columns_box import ColumnsBox

    stack = QStackedWidget()
    qtbot.addWidget(stack)
    page = QWidget()
    column = QVBoxLayout(page)
    columns = ColumnsBox(page)
    labels = [QLabel("short text") for _ in range(3)]
    for label in labels:
        label.setWordWrap(True)
        columns.add(label)
    column.addWidget(columns)
    column.addStretch(1)
    stack.addWidget(page)
    stack.addWidget(QWidget())
    stack.resize(300, 600)
    stack.show()
    qtbot.waitUntil(lambda: labels[1].height() > 0, timeout=3_000)
    stack.setCurrentIndex(1)
    labels[1].setText("A long text that must wrap onto several lines in a narrow column " * 4)
    QApplication.processEvents()
    stack.setCurrentIndex(0)
    qtbot.waitUntil(lambda: labels[1].height() >= labels[1].heightForWidth(labels[1].width()) > 60, timeout=3_000)


def test_columns_of_unequal_widths_all_fit_one_row_at_the_box_s_preferred_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The box gives its widgets equal widths: its preferred width was the sum of their own, and a liveness answer's
    four images, one narrower than the others, went three to a row beside the room for all four."""
    from PySide6.QtWidgets import QLabel, QWidget

    from faceid_console.ui.widgets.columns_box import ColumnsBox

    holder = QWidget()
    qtbot.addWidget(holder)
    columns = ColumnsBox(holder, max_columns=4, spacing=10)
    for width in (100, 100, 100, 60):
        label = QLabel("")
        label.setMinimumSize(width, 50)
        columns.add(label)
    hint = columns.sizeHint()
    assert hint.width() == 4 * 100 + 3 * 10 and columns.columns_for(hint.width()) == 4
    assert hint.height() == 50  # the one row's


def test_a_stacking_row_puts_its_widgets_side_by_side_only_where_they_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from faceid_console.ui.widgets.stacking_row import StackingRow

    holder = QWidget()
    qtbot.addWidget(holder)
    row = StackingRow(holder)
    QVBoxLayout(holder).addWidget(row)
    buttons = [QPushButton(text, row) for text in ("A rather long first button", "A second, just as long")]
    for button in buttons:
        row.add(button)
    widest = max(b.minimumSizeHint().width() for b in buttons)
    assert row.minimumSizeHint().width() == widest < row.row_width()  # it never asks for the row's width
    holder.resize(row.row_width() + 40, 200)
    holder.show()
    qtbot.waitUntil(lambda: not row.stacked and buttons[0].y() == buttons[1].y(), timeout=3_000)
    assert buttons[0].geometry().right() < buttons[1].x()
    holder.resize(widest + 30, 200)
    qtbot.waitUntil(lambda: row.stacked and buttons[0].geometry().bottom() < buttons[1].y(), timeout=3_000)
    assert all(b.x() >= 0 and b.geometry().right() < row.width() for b in buttons)
    holder.resize(row.row_width() + 40, 200)  # and back when there is room again
    qtbot.waitUntil(lambda: not row.stacked, timeout=3_000)
    # A widget shown or hidden, with no resize to tell: the row stacks, or goes back to a row, by itself.
    third = QPushButton("A third button, as long as the others", row)
    row.add(third)
    qtbot.waitUntil(lambda: row.stacked, timeout=3_000)
    third.hide()
    qtbot.waitUntil(lambda: not row.stacked, timeout=3_000)


def test_a_stacking_grid_lines_its_columns_up_or_puts_each_last_widget_under_its_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from faceid_console.ui.widgets.stacking_row import StackingGrid

    holder = QWidget()
    qtbot.addWidget(holder)
    grid = StackingGrid(holder)
    QVBoxLayout(holder).addWidget(grid)
    rows = []
    for name in ("Reference photo 1", "ID photo from the data source"):
        gauge = ConfidenceGauge(grid, compact=True)
        row = [QLabel(name, grid), QLabel("94.73", grid), gauge]
        grid.add_row(row)
        rows.append(row)
    assert grid.minimumSizeHint().width() == grid.stacked_width() < grid.row_width()  # never asks for the row's
    holder.resize(grid.row_width() + 40, 300)
    holder.show()
    qtbot.waitUntil(lambda: not grid.stacked, timeout=3_000)
    assert rows[0][2].x() == rows[1][2].x() > rows[1][0].geometry().right()  # the gauges lined up, beside the names
    assert rows[0][1].x() == rows[1][1].x()
    holder.resize(grid.stacked_width() + 30, 300)
    qtbot.waitUntil(lambda: grid.stacked and rows[0][2].y() > rows[0][0].geometry().bottom(), timeout=3_000)
    for name, value, gauge in rows:  # each gauge under its own name and number, across the grid
        assert gauge.x() == 0 and gauge.width() == grid.width() and gauge.y() > max(name.y(), value.y())
    assert rows[0][2].geometry().bottom() < rows[1][0].y()
    holder.resize(grid.row_width() + 40, 300)  # and back when there is room again
    qtbot.waitUntil(lambda: not grid.stacked and rows[0][2].y() < rows[0][0].geometry().bottom(), timeout=3_000)


def test_a_row_in_a_stacking_row_goes_under_its_neighbour_before_it_stacks_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The result's "Raw JSON" with its two copy buttons: the buttons wrap to a row of their own first, and go one
    under the other only where even that row is too wide."""
    from PySide6.QtWidgets import QPushButton, QToolButton, QVBoxLayout, QWidget

    from faceid_console.ui.widgets.stacking_row import StackingRow

    holder = QWidget()
    qtbot.addWidget(holder)
    outer = StackingRow(holder)
    column = QVBoxLayout(holder)
    column.addWidget(outer)
    column.addStretch(1)  # the row as tall as it needs, as in the result's details
    toggle = QToolButton(outer)
    toggle.setText("Raw JSON")
    outer.add(toggle)
    inner = StackingRow(outer, at_right=True)
    buttons = [QPushButton(text, inner) for text in ("Copy request_id", "Copy JSON")]
    for button in buttons:
        inner.add(button)
    outer.add(inner, 1)
    assert outer.row_width() > toggle.minimumSizeHint().width() + inner.minimumSizeHint().width()  # inner side by side
    holder.resize(outer.row_width() + 40, 200)
    holder.show()
    qtbot.waitUntil(lambda: not outer.stacked and not inner.stacked, timeout=3_000)
    assert abs(toggle.geometry().center().y() - inner.geometry().center().y()) <= 1 and buttons[0].y() == buttons[1].y()
    holder.resize(inner.row_width() + 30, 200)  # room for the buttons side by side, not for the toggle too
    qtbot.waitUntil(lambda: outer.stacked and inner.y() > toggle.y(), timeout=3_000)
    assert not inner.stacked and buttons[0].y() == buttons[1].y()
    assert buttons[1].geometry().right() == inner.width() - 1  # at the right, as in the row
    holder.resize(max(b.sizeHint().width() for b in buttons) + 30, 200)
    qtbot.waitUntil(lambda: inner.stacked and buttons[1].y() > buttons[0].y(), timeout=3_000)
    holder.resize(outer.row_width() + 40, 200)  # and back
    qtbot.waitUntil(lambda: not outer.stacked and not inner.stacked, timeout=3_000)


def test_a_request_id_with_no_place_to_break_does_not_widen_the_details(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A uuid whose parts all start with a digit has no place QLabel breaks at: the request_id made the result
    column wider than an 800 px window leaves it. It breaks inside the value now."""
    import json

    from faceid_console.api import VerifyResult
    from faceid_console.ui.widgets.result_view import ResultView

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    raw = json.loads((fixtures / "verify_success.json").read_text("utf-8"))
    raw["request_id"] = "1461740007,71eeb124-0800-4703-8008-0048cfa13729"
    view = ResultView("en")
    qtbot.addWidget(view)
    view.show_result(VerifyResult.parse(raw), "1e-4")
    view.resize(240, 2000)
    view.show()
    label = view.request_label
    assert label.text().startswith("request_id: 1461740007,71eeb124-0800")
    assert view.details_box.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(label.text().split()[1])
    qtbot.waitUntil(lambda: label.isVisible() and label.height() >= label.heightForWidth(label.width()), timeout=3_000)
    assert label.geometry().right() < view.details_box.width()


def test_the_request_id_line_is_punctuated_as_the_time_used_beside_it_in_chinese(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """zh_CN read "request_id: …   time_used：299 毫秒": the request_id's colon was put together outside tr()."""
    import json

    from PySide6.QtCore import QCoreApplication

    from faceid_console.api import VerifyResult
    from faceid_console.ui.translations import install_translator
    from faceid_console.ui.widgets.result_view import ResultView

    raw = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "verify_success.json").read_text("utf-8"))
    translators = install_translator(qapp, "zh_CN")
    try:
        view = ResultView("zh_CN")
        qtbot.addWidget(view)
        view.show_result(VerifyResult.parse(raw), "1e-4")
        text = view.request_label.text()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert text.startswith(f"request_id：{raw['request_id']}") and f"time_used：{raw['time_used']} 毫秒" in text, text
    assert ": " not in text


def plainly_wrapped_lines(label: QWidget, width: int) -> list[str]:
    """The lines ``label``'s text takes at ``width`` when simply wrapped, as Qt breaks it."""
    from PySide6.QtGui import QTextLayout, QTextOption

    text = label.text()
    plain = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    plain.setTextOption(option)
    plain.beginLayout()
    while (line := plain.createLine()).isValid():
        line.setLineWidth(width)
    plain.endLayout()
    return [text[plain.lineAt(n).textStart():plain.lineAt(n).textStart() + plain.lineAt(n).textLength()]
            for n in range(plain.lineCount())]


def laid_out_lines(label: QWidget, width: int) -> tuple[list[str], int]:
    """The lines ``label`` (a WrapAnywhereLabel) draws its text in at ``width``, and how many lines the text takes
    when simply wrapped, as Qt breaks it."""
    text = label.text()
    layout, _ = label._text_layout(width)
    lines = [text[layout.lineAt(n).textStart():layout.lineAt(n).textStart() + layout.lineAt(n).textLength()]
             for n in range(layout.lineCount())]
    return lines, len(plainly_wrapped_lines(label, width))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("confidence", [75.0, 68.918, 50.0])  # meets 1e-5; only 1e-3; below every threshold
def test_a_verdict_never_leaves_its_closing_words_alone_on_its_last_line(qtbot, request, language: str,  # type: ignore[no-untyped-def]
                                                                          confidence: float) -> None:
    """Chinese breaks between any two characters: "…达到的最严格等级为 1e-5（十万分之一）。" ended on a line of its
    own "一）。", and the headline "未确认：低于您的策略等级（万分之一）" on "一）". The closing words are given more (a
    bracket's phrase goes down whole), in as many lines, and the text is unchanged (nothing invisible to copy)."""
    import json

    from faceid_console.api import VerifyResult
    from faceid_console.ui.widgets.fitting_labels import MIN_LAST_LINE_CHARS
    from faceid_console.ui.widgets.result_view import ResultView

    if language == "zh_CN":
        request.getfixturevalue("chinese")
    raw = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "verify_success.json").read_text("utf-8"))
    raw["result_faceid"]["confidence"] = raw["result_ref1"]["confidence"] = confidence
    view = ResultView(language)
    qtbot.addWidget(view)
    view.show_result(VerifyResult.parse(raw), "1e-4")
    if language == "zh_CN":
        assert view.subline.text().endswith("（十万分之一）。" if confidence == 75.0 else "。")
        assert view.headline.text().endswith("）" if confidence == 68.918 else "阈值")
    for label in (view.headline, view.subline):
        assert label.text().isprintable(), label.text()  # no joiner or other invisible character in it
        em = label.fontMetrics().horizontalAdvance("字" if language == "zh_CN" else "m")
        for width in range(10 * em, 40 * em, 2):
            lines, plain = laid_out_lines(label, width)
            assert "".join(lines) == label.text() and len(lines) == plain, (width, lines)
            if len(lines) > 1:
                assert len(lines[-1].strip()) >= MIN_LAST_LINE_CHARS, (width, lines)


def drawn_lines(label: QWidget) -> list[tuple[int, int]]:
    """The lines ``label`` draws, as the left and right ends of each line's ink: read off its pixels, so a QLabel's
    lines are read as a WrapAnywhereLabel's are."""
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    background = image.pixelColor(image.width() - 1, image.height() - 1).lightness()  # no glyph reaches the corner
    ink = bytes(1 if abs(value - background) > 60 else 0 for value in range(256))
    bits, stride = bytes(image.constBits()), image.bytesPerLine()
    lines: list[tuple[int, int]] = []
    inked = False
    for y in range(image.height()):
        row = bits[y * stride:y * stride + image.width()].translate(ink)
        if 1 not in row:
            inked = False
            continue
        left, right = row.find(1), row.rfind(1)
        if inked:
            lines[-1] = (min(lines[-1][0], left), max(lines[-1][1], right))
        else:
            lines.append((left, right))
        inked = True
    return lines


@pytest.mark.parametrize("answer", [{"status": "WEBRTC_UNSUPPORTED", "fail_reason": "BROWSER_NOT_SUPPORT"},
                                    {"status": "FAILED"}, {"status": "TIMEOUT"}, {"status": "CANCELLED"},
                                    "forged"])
def test_a_liveness_headline_never_leaves_its_closing_words_alone_on_its_last_line(  # type: ignore[no-untyped-def]
        qtbot, chinese, answer: dict[str, str] | str) -> None:
    """As the verdict's: "失败：申请人的浏览器无法进行验证" wrapped by QLabel ended on "证" alone at widths where Qt
    breaks before it. Read off what is drawn at each such width: the last line is given more, in as many lines."""
    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.widgets.fitting_labels import MIN_LAST_LINE_CHARS
    from faceid_console.ui.widgets.liveness_view import LivenessView

    view = LivenessView("zh_CN")
    qtbot.addWidget(view)
    view.show()
    if answer == "forged":
        view.set_signature("签名", False)
        view.show_result(LivenessSessionResult.parse({"liveness_result": {"result": "success"}}), "1e-4")
        assert view.headline.text() == "签名无效：请勿信任此回调"
    else:
        assert isinstance(answer, dict)
        view.show_result(LivenessSessionResult.parse(answer), "1e-4")
    text = view.headline.text()
    em = view.headline.fontMetrics().horizontalAdvance("字")
    around = view.width() - view.headline.width()  # the banner's margins and edge
    least = max(10 * em, view.minimumSizeHint().width() - around)
    stranding = []  # the widths at which Qt's own wrapping leaves fewer than MIN_LAST_LINE_CHARS on the last line
    for width in range(least, 30 * em, 2):
        plain = plainly_wrapped_lines(view.headline, width)
        if len(plain) > 1 and len(plain[-1].strip()) < MIN_LAST_LINE_CHARS:
            stranding.append((width, len(plain)))
    assert stranding, text
    for width, count in stranding:
        view.resize(width + around, view.height())
        view.layout().activate()
        assert view.headline.width() == width
        lines = drawn_lines(view.headline)
        # Five characters of a CJK font's ink are wider than four and a half ems; four are narrower.
        assert len(lines) == count and lines[-1][1] - lines[-1][0] > (MIN_LAST_LINE_CHARS - 0.5) * em, (
            text, width, lines)


def test_painting_and_laying_out_keeps_every_reference_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide 6.12.0 dropped a reference to None on QPainter.setPen, QTextLine.setPosition and others: each paint of
    the confidence gauge lost ~49, and the interpreter aborted ("deallocating None") after a few hundred paints, a
    few minutes of a reviewer's day. The project requires a PySide without it; this checks the one installed."""
    from faceid_console.ui.widgets.fitting_labels import WrapAnywhereLabel

    gauge = ConfidenceGauge()
    gauge.set_score(ScoreWithThresholds(80.0, {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 78.0}), "1e-4")
    label = WrapAnywhereLabel()
    label.setText("a/very/long/path/" * 20)
    for widget in (gauge, label):
        qtbot.addWidget(widget)
        widget.resize(300, 80)
    gauge.grab()
    label.heightForWidth(120)  # anything set up on first use is set up before counting
    before = sys.getrefcount(None)
    for _ in range(100):
        gauge.grab()
        label.heightForWidth(120)
        label.grab()
    assert sys.getrefcount(None) >= before - 20  # a few may be held elsewhere meanwhile; not hundreds lost


def test_a_wrapping_label_lays_its_text_out_once_for_a_width_until_text_or_font_change(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Layouts ask a label's height for a width many times over while an answer is shown (~60 times a label for a
    liveness answer), and each was laid out again: the window stalled. Asked again, the height is remembered; new
    text or a new font lays the text out again."""
    from faceid_console.ui.widgets.fitting_labels import WrapAnywhereLabel

    label = WrapAnywhereLabel()
    qtbot.addWidget(label)
    label.setText("The photo to check and the reference photo show the same person. " * 3)
    laid_out: list[float] = []
    text_layout = WrapAnywhereLabel._text_layout

    def counted(self: WrapAnywhereLabel, width: float):  # type: ignore[no-untyped-def]
        laid_out.append(width)
        return text_layout(self, width)

    monkeypatch.setattr(WrapAnywhereLabel, "_text_layout", counted)
    height = label.heightForWidth(200)
    assert [label.heightForWidth(200) for _ in range(5)] == [height] * 5 and laid_out == [200]
    label.heightForWidth(400)
    assert label.heightForWidth(200) == height and laid_out == [200, 400]
    label.setText(label.text() * 2)
    assert label.heightForWidth(200) > height and laid_out == [200, 400, 200]
    longer = label.heightForWidth(200)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(200) > longer and len(laid_out) == 4


def test_a_wrapping_label_s_text_is_selected_across_its_lines_and_copied(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A value broken over lines (a 128-byte biz_no) is selected by dragging over it, or by a double click, and
    copied whole with Ctrl+C or the menu; without ``TextSelectableByMouse`` nothing is selected."""
    from PySide6.QtGui import QKeySequence, QPalette

    from faceid_console.ui.widgets.fitting_labels import WrapAnywhereLabel

    biz_no = "".join(f"{n:02x}" for n in range(64))  # 128 characters, no space to break at
    label = WrapAnywhereLabel()
    qtbot.addWidget(label)
    label.setText(f"Issued for uuid U-1 · biz_no {biz_no}.")
    label.resize(200, label.heightForWidth(200))
    label.show()
    qtbot.waitExposed(label)
    start = label.text().index(biz_no)
    assert label.position_of(start + len(biz_no)).y() > label.position_of(start).y()  # wrapped inside it
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=label.position_of(start))
    qtbot.mouseMove(label, label.position_of(start + len(biz_no)))
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=label.position_of(start + len(biz_no)))
    assert not label.hasSelectedText(), "selectable only when asked to be, as a QLabel"

    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=label.position_of(start))
    qtbot.mouseMove(label, label.position_of(start + 70))
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=label.position_of(start + 70))
    assert label.selectedText() == biz_no[:70] and label.selectionStart() == start
    # Shift and a click carry it on, here to the value's end on a later line.
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     label.position_of(start + len(biz_no)))
    assert label.selectedText() == biz_no
    selected = label.grab().toImage()  # the selection is drawn in the palette's highlight
    highlight = label.palette().color(QPalette.ColorRole.Highlight)

    def highlighted(first: int, last: int) -> bool:  # a pixel between the glyphs of these characters
        ratio, y = selected.devicePixelRatio(), label.position_of(first).y()
        return any(selected.pixelColor(round(x * ratio), round(y * ratio)) == highlight
                   for x in range(label.position_of(first).x(), label.position_of(last).x()))

    assert highlighted(start, start + 4) and not highlighted(0, 4)
    qtbot.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == biz_no
    # A double click takes the value under it, without the sentence's full stop.
    qtbot.mouseDClick(label, Qt.MouseButton.LeftButton, pos=label.position_of(start + 90))
    assert label.selectedText() == biz_no
    qtbot.keySequence(label, QKeySequence.StandardKey.SelectAll)
    assert label.selectedText() == label.text()
    label.setText("Issued for uuid U-2.")  # a new text starts with nothing selected
    assert not label.hasSelectedText()
    copy = label.findChild(QAction, "copyText")
    assert copy is not None
    copy.trigger()
    assert QGuiApplication.clipboard().text() == "Issued for uuid U-2."


def long_text(length: int) -> str:
    """One line of form-body-like text, every position telling (no run of it repeats)."""
    return "".join(f"{n:07d}&" for n in range(length // 8 + 1))[:length]


def test_a_long_paste_keeps_the_text_around_it_and_is_copied_out_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Text too long to lay out is kept aside: the box shows its start and end, and nothing is lost either way."""
    from PySide6.QtGui import QKeySequence, QTextCursor

    from faceid_console.ui.widgets.long_paste_edit import HEAD, SHOWN_IN_FULL, TAIL, LongPasteEdit

    box = LongPasteEdit()
    qtbot.addWidget(box)
    box.show()
    box.setPlainText("data=[]")
    cursor = box.textCursor()
    cursor.setPosition(6)  # between the brackets
    box.setTextCursor(cursor)
    pasted = long_text(SHOWN_IN_FULL * 3)
    QGuiApplication.clipboard().setText(pasted)
    box.setFocus()
    qtbot.keySequence(box, QKeySequence.StandardKey.Paste)
    whole = "data=[" + pasted + "]"
    assert box.held and box.whole_text() == whole and box.hidden_length() == len(whole) - HEAD - TAIL
    assert box.toPlainText().startswith(whole[:HEAD]) and box.toPlainText().endswith(whole[-TAIL:])

    # A selection inside the start is copied as shown; one across the gap brings the hidden part with it.
    cursor = box.textCursor()
    cursor.setPosition(6)
    cursor.setPosition(20, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    box.copy()
    assert QGuiApplication.clipboard().text() == whole[6:20]
    end = len(box.toPlainText())
    cursor.setPosition(6)
    cursor.setPosition(end - 5, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    box.copy()
    assert QGuiApplication.clipboard().text() == whole[6:-5]

    # Typed keys cannot change the preview; pasted text replaces the held one; all of it selected and deleted empties it.
    qtbot.keyClicks(box, "x")
    assert box.whole_text() == whole
    QGuiApplication.clipboard().setText("data=x&sign=y")
    qtbot.keySequence(box, QKeySequence.StandardKey.Paste)
    assert not box.held and box.whole_text() == "data=x&sign=y" and not box.isReadOnly()
    box.setPlainText(whole)
    assert box.held
    qtbot.keyClick(box, Qt.Key.Key_Backspace)  # not all of it selected: nothing happens
    assert box.whole_text() == whole
    qtbot.keySequence(box, QKeySequence.StandardKey.SelectAll)  # read-only, yet selectable from the keyboard
    qtbot.keySequence(box, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == whole
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    assert not box.held and box.whole_text() == ""

    # Text short enough is an ordinary paste, at the cursor, with undo.
    QGuiApplication.clipboard().setText(long_text(SHOWN_IN_FULL - 10))
    qtbot.keySequence(box, QKeySequence.StandardKey.Paste)
    assert not box.held and box.toPlainText() == long_text(SHOWN_IN_FULL - 10)
    box.undo()
    assert box.toPlainText() == ""


def test_paste_and_delete_act_on_the_focused_slot_of_the_real_window(qtbot, window, faces: Path) -> None:  # type: ignore[no-untyped-def]
    """PySide 6.11 dropped the context given to QShortcut's constructor: every slot's Ctrl+V and Delete were
    window-wide, four of each on the Verify page, so each press was ambiguous and nothing happened."""
    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QApplication

    from .helpers import click_radio

    page = window.verify_page
    click_radio(qtbot, page.compare_radio)  # the photo to check and three references on the page
    for each in page.slots.values():
        assert each.findChild(QShortcut, "pasteShortcut").context() is Qt.ShortcutContext.WidgetWithChildrenShortcut
        assert each.findChild(QShortcut, "deleteShortcut").context() is Qt.ShortcutContext.WidgetShortcut
    slot = page.slots["image_ref2"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)  # shortcuts need the window active
    slot.setFocus()
    qtbot.waitUntil(slot.hasFocus, timeout=5_000)
    QGuiApplication.clipboard().setImage(QImage(str(faces / "obama_1.jpg")))
    qtbot.keyClick(slot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: slot.has_photo, timeout=30_000)
    assert slot.file_label.text() == "pasted image" and "910×1137 px" in slot.info_label.text()
    assert not any(other.has_photo or other.busy for other in page.slots.values() if other is not slot)
    qtbot.keyClick(slot, Qt.Key.Key_Delete)
    assert not slot.has_photo and slot.file_label.text() == "No photo chosen"
    assert not slot.clear_button.isEnabled()


def test_a_refused_reference_is_cleared_and_no_longer_stops_the_verify(qtbot, window, faces: Path,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path) -> None:
    """A text file named notes.jpg in an optional reference was refused with Clear disabled: only choosing another
    photo let the reviewer send the other references."""
    from PySide6.QtWidgets import QApplication

    from .helpers import fill_compare, submit_with_keyboard

    notes = tmp_path / "notes.jpg"
    notes.write_text("call the applicant back on Monday")
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", notes)
    slot = page.slots["image_ref2"]
    assert slot.refusal is not None and slot.refusal.startswith("notes.jpg cannot be used:")
    assert slot.clear_button.isEnabled()
    qtbot.mouseClick(slot.clear_button, Qt.MouseButton.LeftButton)
    assert slot.refusal is None and not slot.error and slot.error_label.isHidden()
    assert slot.file_label.text() == "No photo chosen" and not slot.clear_button.isEnabled()
    # Refused again, and taken off with Delete from the keyboard.
    slot.set_file(notes)
    qtbot.waitUntil(lambda: slot.refusal is not None, timeout=30_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    slot.setFocus()
    qtbot.keyClick(slot, Qt.Key.Key_Delete)
    assert slot.refusal is None and slot.error_label.isHidden()
    submit_with_keyboard(qtbot, window)
    assert page.result_view.error_panel.isHidden() and page.result_view.result is not None
    assert "result_ref1" in page.result_view.score_rows


def test_a_focused_slot_shows_the_styles_focus_frame_inside_its_own(qtbot, slot: PhotoSlot) -> None:  # type: ignore[no-untyped-def]
    """Keyboard reviewers could not see which slot they were on, nor which one Ctrl+V and Delete would act on."""
    from PySide6.QtWidgets import QApplication

    slot.resize(420, 150)
    slot.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is slot, timeout=5_000)
    # The keyboard nowhere in the slot: on its Choose… button (where it starts), the button is drawn as the one Enter
    # presses, and not once the slot has the keyboard.
    if (focused := QApplication.focusWidget()) is not None:
        focused.clearFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is None, timeout=5_000)
    plain = slot.grab().toImage()
    slot.setFocus()
    qtbot.waitUntil(slot.hasFocus, timeout=5_000)
    focused = slot.grab().toImage()
    assert plain.size() == focused.size()
    ratio = focused.devicePixelRatio()
    changed = [(x, y) for y in range(focused.height()) for x in range(focused.width())
               if focused.pixel(x, y) != plain.pixel(x, y)]
    assert changed, "no focus frame drawn"
    # Drawn around the slot, inside its frame (each side within the margin), and behind its controls, not over them.
    band = SLOT_MARGIN + slot.frameWidth()
    width, height = focused.width() / ratio, focused.height() / ratio
    points = [(x / ratio, y / ratio) for x, y in changed]
    assert any(x < band for x, _ in points) and any(x >= width - band for x, _ in points)  # left, right
    assert any(y < band for _, y in points) and any(y >= height - band for _, y in points)  # top, bottom
    button = slot.choose_button.geometry().adjusted(3, 3, -3, -3)  # its rounded corners show what is behind
    assert not [(x, y) for x, y in changed if button.contains(int(x / ratio), int(y / ratio))]


def test_a_status_line_with_chinese_in_it_is_as_tall_as_its_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At the font's own height, the fallback font's taller line lost its "_" (api_key read "api key")."""
    from PySide6.QtWidgets import QLabel

    from faceid_console.ui.widgets.fitting_labels import StatusLabel

    text = "● http://127.0.0.1:8080：api_key 或 api_secret 错误：服务已拒绝。"
    status, plain = StatusLabel(), QLabel(text)
    qtbot.addWidget(status)
    qtbot.addWidget(plain)
    status.setText(text)
    assert status.sizeHint().height() >= plain.sizeHint().height() > status.fontMetrics().height()
    assert status.minimumSizeHint().height() == status.sizeHint().height()
    assert status.minimumSizeHint().width() < status.sizeHint().width() // 4  # gives way in a tool bar


def test_the_gauge_shows_the_style_s_focus_frame_when_tab_reaches_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tab stopped at the gauge (for screen readers) but nothing on screen said the keyboard was there."""
    from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    before = QPushButton("Before", window)
    gauge = ConfidenceGauge(window)
    column.addWidget(before)
    column.addWidget(gauge)
    gauge.set_score(ScoreWithThresholds(80.0, {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 78.0}), "1e-4")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    before.setFocus(Qt.FocusReason.TabFocusReason)
    unfocused = gauge.grab().toImage()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(gauge.hasFocus, timeout=5_000)
    assert gauge.accessibleName() == "Confidence gauge" and gauge.accessibleDescription().startswith("Confidence 80")
    focused = gauge.grab().toImage()
    changed = [(x, y) for x in range(focused.width()) for y in range(focused.height())
               if focused.pixel(x, y) != unfocused.pixel(x, y)]
    assert changed, "no focus indication drawn"
    # The frame is round the gauge, at its edges: not a change of the gauge's own drawing.
    assert any(x <= 2 for x, _y in changed) and any(x >= focused.width() - 3 for x, _y in changed)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_value_above_the_gauge_is_not_cut_off_at_any_font_size(qtbot, scale: float) -> None:  # type: ignore[no-untyped-def]
    """At QT_SCALE_FACTOR=2 the bold value above the track was cut off at the top: its room was the track's place
    less 9 px, not the bold font's height. A font twice the size stands for the screen's scale."""
    from PySide6.QtGui import QFont

    from faceid_console.ui.widgets.confidence_gauge import track_top, value_baseline, value_font

    gauge = ConfidenceGauge()
    qtbot.addWidget(gauge)
    font = QFont(gauge.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    gauge.setFont(font)
    gauge.set_score(ScoreWithThresholds(96.3, {"1e-3": 62.2, "1e-4": 72.6, "1e-5": 80.1, "1e-6": 85.4}), "1e-4")
    gauge.resize(400, gauge.sizeHint().height())
    assert gauge.minimumSizeHint().height() == gauge.sizeHint().height()
    ink = QFontMetricsF(value_font(font)).tightBoundingRect("96.30").translated(0, value_baseline(font))
    assert ink.top() >= 0 and ink.bottom() < track_top(font) - 2  # inside the gauge, above the marker's base
    image = gauge.grab().toImage()
    colour = gauge.marker_colour()
    assert colour is not None
    rows = [y for y in range(image.height()) for x in range(image.width())
            if abs(QColor(image.pixel(x, y)).hue() - colour.hue()) < 8 and QColor(image.pixel(x, y)).saturation() > 80]
    assert rows and min(rows) >= 1, "the value's top is cut off"


def test_the_gauge_s_threshold_labels_keep_a_readable_gap(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 800 px in zh_CN "80.08" and "85.35" stood 6 px apart, read as one number: labels keep a wider gap."""
    gauge = ConfidenceGauge()
    qtbot.addWidget(gauge)
    gauge.resize(254, gauge.sizeHint().height())
    gauge.set_score(ScoreWithThresholds(99.86, {"1e-3": 62.21, "1e-4": 72.64, "1e-5": 80.08, "1e-6": 85.35}), "1e-4")
    image = gauge.grab().toImage()
    line = QFontMetricsF(gauge.font()).height()
    bottom = image.height() - 2
    values_row = range(int(bottom - line * 0.9), bottom)  # the values' line, the lowest one
    dark = [x for x in range(image.width())
            if any(QColor(image.pixel(x, y)).lightness() < 90 for y in values_row)]
    runs: list[list[int]] = []
    for x in dark:
        if runs and x - runs[-1][1] < 6:  # glyphs of one number sit closer than this
            runs[-1][1] = x
        else:
            runs.append([x, x])
    assert len(runs) == 4, runs
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(runs)]
    assert min(gaps) >= 10, gaps


def test_the_error_panel_names_a_field_once_when_it_has_no_words_of_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    """"About: body (body)", "About: biz_id (biz_id)": a field with no plainer name was said twice."""
    from faceid_console.api import FaceIDError
    from faceid_console.ui.widgets.error_panel import ErrorPanel

    panel = ErrorPanel("en")
    qtbot.addWidget(panel)
    panel.show_error(FaceIDError.input("biz_id", "The biz_id is empty.", code="MISSING_ARGUMENTS"))
    assert panel.field_label.text() == "About: biz_id" and panel.field_label.isVisibleTo(panel)
    panel.show_error(FaceIDError.input("idcard_name", "The name is empty."))
    assert panel.field_label.text() == "About: the name (idcard_name)"  # a field with words of its own: both


def test_an_sdk_token_s_refusal_names_its_image_the_photo_to_compare_as_its_page_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    """App token's slot is the photo to compare (raw_image), but its refusals said "the photo to check", Verify's."""
    from faceid_console.api import FaceIDError
    from faceid_console.api.errors import ErrorOrigin
    from faceid_console.ui.widgets.error_panel import ErrorPanel

    refused = FaceIDError(code="NO_FACE_FOUND", detail="image", origin=ErrorOrigin.SERVICE, http_status=400)
    token_panel, verify_panel = ErrorPanel("en", call="get_biz_token"), ErrorPanel("en")
    for panel in (token_panel, verify_panel):
        qtbot.addWidget(panel)
        panel.show_error(refused)
    assert token_panel.headline.text() == "FaceID could not use the photo to compare"
    assert token_panel.field_label.text() == "About: the photo to compare (image)"
    assert verify_panel.headline.text() == "FaceID could not use the photo to check"
    assert verify_panel.field_label.text() == "About: the photo to check (image)"


def test_the_busy_bar_shows_the_style_s_focus_frame_while_it_holds_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Verify parks the keyboard on its bar while a call is in flight; a plain QProgressBar showed no mark at all."""
    from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

    from faceid_console.ui.widgets.focus_progress import FocusProgressBar

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    before = QPushButton("Before", window)
    bar = FocusProgressBar(window)
    bar.setRange(0, 100)
    bar.setValue(40)  # still, unlike the busy animation, so two grabs differ only by the frame
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)  # as on the Verify page
    column.addWidget(before)
    column.addWidget(bar)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    before.setFocus()
    plain = bar.grab().toImage()
    bar.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(bar.hasFocus, timeout=5_000)
    focused = bar.grab().toImage()
    changed = {(x, y) for y in range(focused.height()) for x in range(focused.width())
               if focused.pixel(x, y) != plain.pixel(x, y)}
    assert changed, "no focus frame drawn"
    assert min(x for x, _ in changed) <= 2 and max(x for x, _ in changed) >= focused.width() - 3  # round the bar


def test_a_face_s_label_stays_on_the_photo_where_it_fits_there() -> None:
    """At zh_CN and scale 2, "人脸 2 · 质量 66.5 ≥ 30" hung 35 px past the photo's right edge onto the page."""
    from PySide6.QtCore import QRectF

    from faceid_console.ui.widgets.face_overlay import place_tags

    widget, photo = QRectF(0, 0, 600, 400), QRectF(100, 0, 400, 400)
    box = QRectF(420, 150, 70, 80)  # a face by the photo's right edge
    [tag] = place_tags([box], [(150, 20)], widget, photo)
    assert photo.contains(tag) and tag.bottom() <= box.top()  # above the face, on the photo
    [wide] = place_tags([box], [(450, 20)], widget, photo)  # wider than the photo: on the page, still in the widget
    assert widget.contains(wide) and not photo.contains(wide)


def test_a_108_megapixel_phone_photo_is_shown_with_its_own_size_and_sent_scaled() -> None:
    """Its size was read by opening the original again, past the preparation's care: Pillow's 89 MP guard refused
    what preparation had accepted."""
    import io

    from PIL import Image

    from faceid_console.ui.widgets.photo_slot import PREVIEW_SIZE, inspect_photo

    out = io.BytesIO()
    Image.linear_gradient("L").resize((12000, 9000)).save(out, "JPEG")
    photo = inspect_photo("phone.jpg", out.getvalue(), "image")
    assert photo.prepared.upright_source_size == (12000, 9000)
    assert (photo.prepared.width, photo.prepared.height) == (4096, 3072)
    assert max(photo.upright.width(), photo.upright.height()) == PREVIEW_SIZE


def test_the_preparation_steps_are_listed_with_the_language_s_own_separator(  # type: ignore[no-untyped-def]
        qtbot, chinese, tmp_path: Path) -> None:
    """zh_CN read "…（上限 4096 像素）; 重新编码为 JPEG…": an ASCII "; " between Chinese clauses."""
    from concurrent.futures import ThreadPoolExecutor

    from faceid_console.api.images import PreparedImage
    from faceid_console.ui.widgets.photo_slot import PhotoSlot

    slot = PhotoSlot("image", "Photo to check", ThreadPoolExecutor(max_workers=1),
                     QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(slot)
    prepared = PreparedImage(field_name="image", data=b"x" * 2048, media_type="image/jpeg", width=4096, height=3072,
                             source_format="JPEG", source_bytes=9_000_000, reencoded=True, resized=True,
                             rotated=True, metadata_stripped=True)
    text = slot.preparation_text(prepared)
    assert text.count("；") == 2 and "; " not in text, text


def test_face_labels_are_placed_once_per_size_and_against_nearby_boxes_only(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each label's place was worked out against every other box, on every paint: a photo of a hundred faces took a
    third of a second a paint (scrolling the result column paints it again and again). Placed once per photo and
    size, each label against the boxes it could touch."""
    from faceid_console.api.results import DetectedFace, FaceRect
    from faceid_console.ui.widgets import face_overlay
    from faceid_console.ui.widgets.face_overlay import FaceOverlay

    faces = [DetectedFace(80.0, 30.0, FaceRect(0.02 + 0.1 * (i % 10), 0.03 + 0.1 * (i // 10), 0.04, 0.04), None)
             for i in range(100)]
    placements: list[int] = []
    compared_with: list[int] = []
    real_place, real_clear = face_overlay.place_tags, face_overlay._clear_of

    def place(*args, **kwargs):  # type: ignore[no-untyped-def]
        placements.append(1)
        return real_place(*args, **kwargs)

    def clear_of(tag, boxes, way, most):  # type: ignore[no-untyped-def]
        compared_with.append(len(boxes))
        return real_clear(tag, boxes, way, most)

    monkeypatch.setattr(face_overlay, "place_tags", place)
    monkeypatch.setattr(face_overlay, "_clear_of", clear_of)
    overlay = FaceOverlay()
    qtbot.addWidget(overlay)
    overlay.resize(1000, 1000)
    overlay.show()
    qtbot.waitExposed(overlay)
    overlay.set_photo(QImage(4000, 4000, QImage.Format.Format_RGB32), faces)
    overlay.grab()
    placements.clear()
    first = [QRectF(tag) for tag in overlay.tag_rects()]
    overlay.grab()
    overlay.repaint()
    assert not placements and overlay.tag_rects() == first  # painted again, not placed again
    assert max(compared_with) <= 8  # its neighbours, not the 99 other faces
    overlay.resize(800, 800)
    overlay.tag_rects()
    assert len(placements) == 1  # a new size: placed again


@pytest.mark.parametrize("quality", [80.0, 20.0])
def test_a_face_s_label_is_white_on_a_fill_it_reads_on(qtbot, quality: float) -> None:  # type: ignore[no-untyped-def]
    """White label text on the box edge's own bright green read at 3.3:1 (and 4.2:1 on its red): the label's fill is a
    darker tone of the edge's colour, on which white reads at 4.5:1 or more; the edge keeps its bright tone."""
    from faceid_console.api.results import DetectedFace, FaceRect
    from faceid_console.ui import colours, face_box_colours
    from faceid_console.ui.widgets.face_overlay import FaceOverlay

    overlay = FaceOverlay()
    qtbot.addWidget(overlay)
    overlay.resize(400, 400)
    overlay.show()
    qtbot.waitExposed(overlay)
    photo = QImage(1000, 1000, QImage.Format.Format_RGB32)
    photo.fill(QColor("#808080"))
    overlay.set_photo(photo, [DetectedFace(quality, 30.0, FaceRect(0.3, 0.3, 0.4, 0.4), None)])
    image = overlay.grab().toImage()
    tag = overlay.tag_rects()[0]
    fill = image.pixelColor(int(tag.left()) + 1, int(tag.top()) + 1)
    edge = face_box_colours.GOOD if quality >= 30.0 else face_box_colours.POOR
    assert fill != edge
    assert colours.contrast_ratio(fill, face_box_colours.LABEL_TEXT) >= colours.TEXT_CONTRAST
    box = overlay.face_boxes()[0]
    assert image.pixelColor(int(box.left()), int(box.center().y())) == edge  # the edge in its bright tone


def test_an_emptied_problem_line_goes_once_the_press_has_ended_even_if_its_release_was_taken(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Left by a click whose release something else took (a drag, a popup, an application-wide filter installed
    after the field's), the field waited for the next release anywhere: its emptied line kept its room, and its
    filter saw every event of the application, until the reviewer clicked again."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    from faceid_console.ui.widgets.field_with_problem import FieldWithProblem

    class TakesReleases(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            return event.type() == QEvent.Type.MouseButtonRelease

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    field = FieldWithProblem(QLineEdit(window), parent=window)
    other = QLineEdit(window)
    column.addWidget(field)
    column.addWidget(other)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus, timeout=5_000)
    field.set_problem("The ID number has 18 characters.")
    qtbot.keyClicks(field.edit, "1")
    field.set_problem("")  # put right while typed: the line keeps its room
    assert field.problem.isVisible()
    qtbot.mousePress(other, Qt.MouseButton.LeftButton)
    assert other.hasFocus() and field.problem.isVisible()  # the control pressed stays under the pointer
    taker = TakesReleases()
    app = QApplication.instance()
    app.installEventFilter(taker)
    try:
        qtbot.mouseRelease(other, Qt.MouseButton.LeftButton)
    finally:
        app.removeEventFilter(taker)
    assert QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton
    qtbot.mouseMove(other, QPoint(5, 5))  # the pointer moves on with no button down: the press has ended
    QApplication.processEvents()
    assert field.problem.isHidden()


def test_a_button_enter_presses_takes_enter_alone_not_ctrl_return(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Made to take Enter (auto default), a button took Return with any modifier too: Ctrl+Return (Verify, off while a
    call is on its way) on "Record a decision…" opened the decision form. Return and the keypad's Enter press it;
    with Ctrl, Shift or Alt they do nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QWidget

    from faceid_console.ui.widgets.enter_presses import press_with_enter

    page = QWidget()
    qtbot.addWidget(page)
    button = QPushButton("Record a decision…", page)
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    press_with_enter(button)
    page.show()
    button.setFocus()
    modifier = Qt.KeyboardModifier
    for key, modifiers in ((Qt.Key.Key_Return, modifier.ControlModifier), (Qt.Key.Key_Enter, modifier.ControlModifier
                           | modifier.KeypadModifier), (Qt.Key.Key_Return, modifier.ShiftModifier),
                           (Qt.Key.Key_Return, modifier.AltModifier)):
        qtbot.keyClick(button, key, modifiers)
    assert pressed == []
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.keyClick(button, Qt.Key.Key_Enter, modifier.KeypadModifier)
    assert pressed == [True, True]


def test_a_tool_button_enter_presses_takes_enter_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A tool button (the answer's Raw JSON toggle) took Space only: Enter on it did nothing. Enter unfolds it; with
    Ctrl it does nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton, QWidget

    from faceid_console.ui.widgets.enter_presses import press_with_enter

    page = QWidget()
    qtbot.addWidget(page)
    toggle = QToolButton(page)
    toggle.setText("Raw JSON")
    toggle.setCheckable(True)
    press_with_enter(toggle)
    page.show()
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)  # longer than a press's animation
    assert not toggle.isChecked()
    qtbot.keyClick(toggle, Qt.Key.Key_Return)
    qtbot.waitUntil(toggle.isChecked, timeout=2_000)
    qtbot.keyClick(toggle, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: not toggle.isChecked(), timeout=2_000)


def test_of_two_faces_as_large_the_one_compared_is_the_one_the_quality_line_speaks_of() -> None:
    """Review: on a tie the overlay marked (and coloured green) the last face while "The largest one's quality…"
    spoke of the first."""
    from faceid_console.api.results import DetectedFace, FaceRect
    from faceid_console.ui.widgets.face_overlay import compared_face, largest_face

    faces = [DetectedFace(90.0, 30.0, FaceRect(0.1, 0.1, 0.2, 0.2), 0),
             DetectedFace(40.0, 30.0, FaceRect(0.6, 0.1, 0.2, 0.2), 0),
             DetectedFace(99.0, 30.0, FaceRect(0.4, 0.6, 0.1, 0.1), 0)]
    assert compared_face(faces) == 0 and largest_face(faces) is faces[0]
    assert compared_face(faces[2:]) is None  # one face: nothing to tell apart
    assert compared_face([*faces[:1], DetectedFace(50.0, 30.0, None, None)]) is None  # one boxed face


def test_a_liveness_answer_s_fields_are_punctuated_as_chinese_punctuates_them(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """Screenshot review: zh_CN read "biz_id: … · biz_no: … · 版本：…", the fields' colons put together outside
    tr() beside the translated ones."""
    from PySide6.QtCore import QCoreApplication

    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.translations import install_translator
    from faceid_console.ui.widgets.liveness_view import LivenessView

    answer = {"biz_id": "1,s", "biz_no": "order-7", "liveness_result": {"result": "success", "version": "2.1"}}
    translators = install_translator(qapp, "zh_CN")
    try:
        view = LivenessView("zh_CN")
        qtbot.addWidget(view)
        view.show_result(LivenessSessionResult.parse(answer), "1e-4")
        text = view.facts_label.text()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert text == "biz_id：1,s · biz_no：order-7 · liveness_result.result：success · 版本：2.1", text
