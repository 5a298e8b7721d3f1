"""How a liveness answer is shown without holding the window up: its comparison's parts built ahead in idle time once
the view is on screen, a checked callback laid out once, and its images decoded once its verdict is on screen."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from urllib.parse import urlencode

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from faceid_console.api import callback_sign
from faceid_console.api.results import LivenessImage
from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.pages import callback_inspector_page
from faceid_console.ui.pages.callback_inspector_page import CallbackInspectorPage
from faceid_console.ui.widgets import image_gallery
from faceid_console.ui.widgets.image_gallery import THUMB, ImageGallery, decode_with_thumbnails, thumbnail_image
from faceid_console.ui.widgets.liveness_view import LivenessView

from .test_history_keyboard import _on_history as on_history
from .test_liveness_pages import _branch_answering_one_result

THRESHOLDS = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.9}


def signed_callback(window: MainWindow, faces: Path | None = None) -> str:
    """A form body as FaceID posts it, signed with the active profile's secret: liveness passed, a face compared, and
    with ``faces`` its best frame and one action frame (a real photo)."""
    data: dict[str, object] = {
        "status": "OK", "biz_info": {"biz_id": "1700000000,showing", "biz_no": "order-7"},
        "liveness_result": {"result": "PASS", "procedure_type": "still"},
        "verify_result": {"result_faceid": {"confidence": 85.0, "thresholds": THRESHOLDS}}}
    if faces is not None:
        photo = "data:image/jpeg;base64," + base64.b64encode((faces / "obama_1.jpg").read_bytes()).decode()
        data["images"] = {"image_best": photo, "image_action1": photo}
    client = window.connection.client
    assert client is not None
    text = json.dumps(data)
    return urlencode({"data": text, "sign": callback_sign(client._credentials.api_secret, text)})


def check(qtbot, inspector: CallbackInspectorPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """Paste ``text``, press Check the callback, and wait until its outcome (with its images) is shown."""
    inspector.paste_edit.setPlainText(text)
    with qtbot.waitSignal(inspector.finished, timeout=30_000):
        inspector.check_button.click()


class EventsOf(QObject):
    """Calls ``seen(event)`` with each event of ``watched`` of ``kind``."""

    def __init__(self, watched: QWidget, kind: QEvent.Type, seen) -> None:  # type: ignore[no-untyped-def]
        super().__init__(watched)
        self._kind, self._seen = kind, seen
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._kind:
            self._seen(event)
        return False


def test_a_liveness_view_builds_its_comparison_once_on_screen_while_its_window_is_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    idle = False
    window = QWidget()
    qtbot.addWidget(window)
    view = LivenessView("en", window, build_ahead=lambda: idle)
    QVBoxLayout(window).addWidget(view)
    qtbot.wait(100)
    assert not view.result_view.answer_parts_ready, "built before it was ever on screen"
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(400)  # past the idle steps' retry (250 ms)
    assert not view.result_view.answer_parts_ready, "built while the window was busy"
    idle = True
    qtbot.waitUntil(lambda: view.result_view.answer_parts_ready, timeout=5_000)


def test_the_inspector_and_the_results_page_build_their_comparison_before_the_first_answer(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """Built with the first answer, the comparison's parts made a 5 MB callback's first showing 10-15 ms longer."""
    for page in (window.inspector_page, window.liveness_page):
        view = page.view
        assert not view.result_view.answer_parts_ready, "built before the page was on screen"
        window.go_to(page)
        qtbot.waitUntil(lambda view=view: view.result_view.answer_parts_ready, timeout=10_000)

    # The first callback checked shows its comparison with the parts built ahead.
    inspector = window.inspector_page
    window.go_to(inspector)
    built = inspector.view.result_view.scores_box
    check(qtbot, inspector, signed_callback(window))
    comparison = inspector.view.result_view
    assert inspector.signature_valid is True and comparison.scores_box is built
    assert list(comparison.score_rows) == ["result_faceid"] and comparison.scores_box.isVisibleTo(inspector)


def test_a_checked_callback_s_signature_is_shown_once_with_its_data(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The signature line, its data and the note over them are laid out together, once: the line shown on its own
    first, in a view on screen, laid the window out once more."""
    inspector = window.inspector_page
    window.go_to(inspector)
    body = signed_callback(window)
    shown: list[str] = []
    EventsOf(inspector.view.signature_label, QEvent.Type.Show, lambda _e: shown.append("signature"))
    EventsOf(inspector.seen_note, QEvent.Type.Show, lambda _e: shown.append("note"))
    check(qtbot, inspector, body)
    assert shown == ["signature"]
    shown.clear()
    check(qtbot, inspector, body)  # checked again: "Checked here before…" over it
    assert inspector.seen_note.isVisibleTo(inspector) and sorted(shown) == ["note", "signature"]


def test_a_checked_callback_s_images_are_decoded_once_its_verdict_is_on_screen(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, monkeypatch) -> None:
    """Decoded meanwhile, the images' base64 held the interpreter lock that the verdict's layout and paint waited for."""
    inspector = window.inspector_page
    window.go_to(inspector)
    painted: list[str] = []
    EventsOf(inspector.view.headline, QEvent.Type.Paint, lambda _e: painted.append(inspector.view.headline.text()))
    on_screen_at_decoding: list[list[str]] = []

    async def in_thread(executor, work, *args):  # type: ignore[no-untyped-def]
        if work is decode_with_thumbnails:
            on_screen_at_decoding.append(list(painted))
        return await real_in_thread(executor, work, *args)

    real_in_thread = callback_inspector_page.in_thread
    monkeypatch.setattr(callback_inspector_page, "in_thread", in_thread)
    check(qtbot, inspector, signed_callback(window, faces))
    assert list(inspector.view.gallery.images) == ["image_best", "image_action1"]
    verdict = inspector.view.headline.text()
    assert verdict.startswith("Liveness passed")
    assert len(on_screen_at_decoding) == 1 and verdict in on_screen_at_decoding[0]


def scaled_here(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The sizes of the pictures the gallery scales into thumbnails itself, on the GUI thread, from now on."""
    scaled: list[str] = []
    real = image_gallery.screen_pixmap

    def screen_pixmap(picture, *args):  # type: ignore[no-untyped-def]
        scaled.append("{}x{}".format(*picture.size().toTuple()))
        return real(picture, *args)
    monkeypatch.setattr(image_gallery, "screen_pixmap", screen_pixmap)
    return scaled


def assert_thumbnails_for_its_screen(gallery: ImageGallery) -> None:
    ratio = gallery.devicePixelRatioF()
    for name, button in gallery.buttons.items():
        made = button.icon().pixmap(button.iconSize(), ratio)
        wanted = gallery.images[name].size().scaled(QSize(THUMB, THUMB) * ratio, Qt.AspectRatioMode.KeepAspectRatio)
        assert (made.devicePixelRatio(), made.size()) == (ratio, wanted), name


def test_a_checked_callback_s_thumbnails_are_made_in_the_worker_that_decodes_its_images(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, monkeypatch) -> None:
    """Scaled on the GUI thread, four 2000×1500 images' thumbnails took ~10 ms of the answer's showing."""
    inspector = window.inspector_page
    window.go_to(inspector)
    scaled = scaled_here(monkeypatch)
    check(qtbot, inspector, signed_callback(window, faces))
    gallery = inspector.view.gallery
    assert list(gallery.images) == ["image_best", "image_action1"]
    assert scaled == []
    assert_thumbnails_for_its_screen(gallery)


def test_a_thumbnail_made_for_another_screen_scale_is_made_again_by_the_gallery(  # type: ignore[no-untyped-def]
        qtbot, faces: Path, monkeypatch) -> None:
    """A thumbnail made for the screen the gallery was on when its images were sent to be decoded, the window moved
    meanwhile to a screen of another scale: shown, it would blur (or be twice the size)."""
    photo = "data:image/jpeg;base64," + base64.b64encode((faces / "obama_1.jpg").read_bytes()).decode()
    other = "data:image/jpeg;base64," + base64.b64encode((faces / "obama_2.jpg").read_bytes()).decode()
    images = (LivenessImage("image_best", photo), LivenessImage("image_action1", other))
    gallery = ImageGallery()
    qtbot.addWidget(gallery)
    ratio = gallery.devicePixelRatioF()
    decoded, thumbnails = decode_with_thumbnails(images, ratio)
    thumbnails["image_action1"] = thumbnail_image(decoded["image_action1"], ratio * 2)
    scaled = scaled_here(monkeypatch)
    gallery.set_images(images, decoded, thumbnails=thumbnails)
    assert scaled == ["{}x{}".format(*decoded["image_action1"].size().toTuple())]  # that one alone, here
    assert_thumbnails_for_its_screen(gallery)


def test_enter_on_a_returned_image_opens_it_full_size(qtbot, faces: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A returned image's button (a tool button) opened full size on a click or Space, not on Enter, which the faces
    side by side on Verify take."""
    from PySide6.QtCore import Qt

    photo = "data:image/jpeg;base64," + base64.b64encode((faces / "obama_1.jpg").read_bytes()).decode()
    gallery = ImageGallery()
    qtbot.addWidget(gallery)
    gallery.set_images((LivenessImage("image_best", photo),))
    opened: list[str] = []
    monkeypatch.setattr(gallery, "open_full_size", opened.append)
    gallery.show()
    button = gallery.buttons["image_best"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == ["image_best"], timeout=2_000)


def test_a_stored_session_s_thumbnails_are_made_in_the_worker_that_decodes_its_images(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, other_entries: dict[str, int], monkeypatch) -> None:
    """History's stored liveness images were decoded in a worker, then scaled into thumbnails on the GUI thread."""
    page = on_history(qtbot, window)
    scaled = scaled_here(monkeypatch)
    page.select_entry(other_entries["liveness"])
    gallery = page.liveness_view.gallery
    qtbot.waitUntil(lambda: list(gallery.images) == ["image_best", "image_action1"], timeout=10_000)
    assert scaled == []
    assert_thumbnails_for_its_screen(gallery)


def test_the_same_pictures_shown_again_keep_their_thumbnails(qtbot, faces: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A re-judged answer (another policy level) or one put back after a profile switch shows the pictures it showed:
    they were scaled into thumbnails again on the GUI thread. Other pictures under the same names still are."""
    photo = "data:image/jpeg;base64," + base64.b64encode((faces / "obama_1.jpg").read_bytes()).decode()
    other = "data:image/jpeg;base64," + base64.b64encode((faces / "obama_2.jpg").read_bytes()).decode()
    images = (LivenessImage("image_best", photo), LivenessImage("image_action1", other))
    gallery = ImageGallery()
    qtbot.addWidget(gallery)
    gallery.set_images(images)
    scaled = scaled_here(monkeypatch)
    gallery.set_images(images, dict(gallery.images))
    assert scaled == []
    assert_thumbnails_for_its_screen(gallery)
    # The same pictures under each other's names: each button's thumbnail is made anew (their shapes differ, so a
    # thumbnail left on the other button would show).
    swapped = (LivenessImage("image_best", other), LivenessImage("image_action1", photo))
    gallery.set_images(swapped, {"image_best": gallery.images["image_action1"],
                                 "image_action1": gallery.images["image_best"]})
    assert sorted(scaled) == sorted("{}x{}".format(*gallery.images[name].size().toTuple()) for name in gallery.images)
    assert_thumbnails_for_its_screen(gallery)


def test_the_same_pictures_on_a_screen_of_another_scale_get_thumbnails_for_it(  # type: ignore[no-untyped-def]
        qtbot, faces: Path, monkeypatch) -> None:
    """Shown again once the window is on a screen of another scale (before its change event came), a thumbnail kept
    from the other screen would blur (or be twice the size)."""
    photo = "data:image/jpeg;base64," + base64.b64encode((faces / "obama_1.jpg").read_bytes()).decode()
    images = (LivenessImage("image_best", photo),)
    gallery = ImageGallery()
    qtbot.addWidget(gallery)
    gallery.set_images(images)
    ratio = gallery.devicePixelRatioF() * 2
    monkeypatch.setattr(gallery, "devicePixelRatioF", lambda: ratio)
    scaled = scaled_here(monkeypatch)
    gallery.set_images(images, dict(gallery.images))
    assert scaled == ["{}x{}".format(*gallery.images["image_best"].size().toTuple())]
    assert_thumbnails_for_its_screen(gallery)


def test_a_rejudged_answer_keeps_its_thumbnails(qtbot, window: MainWindow, faces: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    inspector = window.inspector_page
    window.go_to(inspector)
    check(qtbot, inspector, signed_callback(window, faces))
    gallery = inspector.view.gallery
    assert list(gallery.images) == ["image_best", "image_action1"]
    scaled = scaled_here(monkeypatch)
    inspector.view.rejudge("1e-6")
    assert scaled == [] and list(gallery.images) == ["image_best", "image_action1"]
    assert_thumbnails_for_its_screen(gallery)


def test_a_session_result_put_back_after_a_profile_switch_keeps_its_thumbnails(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, fixed_answer_server, faces: Path, monkeypatch) -> None:
    """Switched away and back, the Liveness results page puts back the result it had (the service gives it once):
    its images were scaled into thumbnails again, on the GUI thread."""
    images = {name: "data:image/jpeg;base64," + base64.b64encode((faces / photo).read_bytes()).decode("ascii")
              for name, photo in (("image_best", "obama_1.jpg"), ("image_action1", "obama_2.jpg"))}
    answer, switch = _branch_answering_one_result(qtbot, window, settings, fixed_answer_server, images)
    switch("branch")
    results = window.liveness_page
    window.go_to(results)
    results.biz_edit.setText(answer["biz_id"])
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    gallery = results.view.gallery
    assert list(gallery.images) == ["image_best", "image_action1"]
    switch("local-engine")
    assert results.view.result is None
    # Meanwhile the gallery shows another session's image (as a look-up on this profile would).
    gallery.set_images((LivenessImage("image_best", images["image_action1"]),))
    scaled = scaled_here(monkeypatch)
    switch("branch")
    qtbot.waitUntil(lambda: results.view.result is not None, timeout=10_000)
    assert list(gallery.images) == ["image_best", "image_action1"]
    assert scaled == []
    assert_thumbnails_for_its_screen(gallery)


def test_an_answer_rejudged_while_its_images_are_decoded_says_they_are_loading(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, monkeypatch) -> None:
    """The policy level changed while a checked callback's images were still being decoded: they read "(unreadable)"
    until the decoding ended."""
    inspector = window.inspector_page
    window.go_to(inspector)
    gallery = inspector.view.gallery
    during: list[str] = []

    async def in_thread(executor, work, *args):  # type: ignore[no-untyped-def]
        if work is decode_with_thumbnails:
            inspector.view.rejudge("1e-6")
            during.extend(button.text() for button in gallery.buttons.values())
        return await real_in_thread(executor, work, *args)

    real_in_thread = callback_inspector_page.in_thread
    monkeypatch.setattr(callback_inspector_page, "in_thread", in_thread)
    check(qtbot, inspector, signed_callback(window, faces))
    assert during == ["image_best\n(loading…)", "image_action1\n(loading…)"]
    assert list(gallery.images) == ["image_best", "image_action1"] and not gallery.pending
