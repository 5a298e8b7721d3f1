"""The keyboard stays where the reviewer works while a button they pressed is disabled for the work it started:
Qt passed a disabled button's keyboard on along the Tab order, out of the page to the page list (where the next
letter switched page), onto a box the next arrow key changed, or into the next photo slot."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.settings_dialog import SettingsDialog

from .conftest import custom_profile
from .helpers import fill_compare, focus_visits, submit_with_keyboard
from .test_liveness_pages import raw_image_token, receive_session, start_session


def _active(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def _press_space(qtbot, button: QWidget, finished) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Space on ``button`` (given the keyboard first); every control the keyboard visited until ``finished``."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=5_000)
    with focus_visits() as visited:
        with qtbot.waitSignal(finished, timeout=60_000):
            qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(button.isEnabled, timeout=10_000)
    return visited


def test_fetching_a_liveness_result_keeps_the_keyboard_on_its_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Space on Fetch the result: the keyboard went to the page list while fetching and stayed there; the next
    letter typed switched page."""
    page = window.liveness_page
    window.go_to(page)
    _active(qtbot, window)
    page.biz_edit.setText("1796196670,6fcf7ce8-2919-40ac-a245-cb149e5793fa")
    visited = _press_space(qtbot, page.fetch_button, page.finished)
    assert all(page.isAncestorOf(widget) for widget in visited), visited
    assert page.send_row.progress in visited  # it waited on the busy bar, named for a screen reader
    assert page.send_row.progress.accessibleName() == "Progress"
    assert QApplication.focusWidget() is page.fetch_button  # back where it was, to fetch again
    qtbot.keyClick(page.fetch_button, Qt.Key.Key_A)
    assert window.current_page() is page


def test_starting_a_session_keeps_the_keyboard_on_the_start_button(qtbot, window: MainWindow, faces: Path) -> None:  # type: ignore[no-untyped-def]
    """Space on Start the session: the keyboard landed on the list of callbacks received (the send row is shared
    with the Results and App token pages)."""
    page = window.session_page
    window.go_to(page)
    _active(qtbot, window)
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText("applicant-9")
    page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    page.open_url = lambda _url: True  # no real browser in tests
    visited = _press_space(qtbot, page.start_button, page.finished)
    assert page.token is not None, page.error_panel.explanation.text()
    assert page.callback_list not in visited
    assert all(page.isAncestorOf(widget) for widget in visited), visited
    assert QApplication.focusWidget() is page.start_button


def test_store_and_test_connection_keep_the_keyboard_off_the_policy_level(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Space on Store in keyring or Test connection: the keyboard went on to Policy level while the button was off,
    the next Down arrow changed the level, and OK saved it."""
    custom_profile(window.settings, "lab", "https://lab.example")
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    _active(qtbot, dialog)
    level = dialog.level_box.currentIndex()
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("lab"))
    qtbot.waitUntil(dialog.store_button.isEnabled, timeout=10_000)  # its look-up in the keyring
    dialog.key_edit.setText("lab-key")
    dialog.secret_edit.setText("lab-secret-stored-0123")
    visited = _press_space(qtbot, dialog.store_button, dialog._task.busy_changed)
    qtbot.waitUntil(lambda: dialog.profile_status.text() == "Stored in the system keyring.", timeout=10_000)
    assert visited == [dialog.profile_status, dialog.store_button]  # waited on the line saying "Storing…"
    assert QApplication.focusWidget() is dialog.store_button
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("local-engine"))
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
    visited = _press_space(qtbot, dialog.test_button, dialog._testing.busy_changed)
    assert dialog.level_box not in visited
    assert QApplication.focusWidget() is dialog.test_button
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Down)
    assert dialog.level_box.currentIndex() == level
    dialog.reject()


def test_a_photo_cleared_from_its_clear_button_keeps_the_keyboard_in_its_slot(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                               faces: Path) -> None:
    """Space on Clear put the keyboard in the next slot: the Delete pressed next cleared that other photo."""
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", faces / "obama_3.jpg")
    _active(qtbot, window)
    first, second = page.slots["image_ref1"], page.slots["image_ref2"]
    first.clear_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.clear_button.hasFocus, timeout=5_000)
    qtbot.keyClick(first.clear_button, Qt.Key.Key_Space)
    assert not first.has_photo
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Delete)
    assert second.has_photo


# --- sent again with the keyboard in the answer on show --------------------------------------------------------


def _send_again_from(qtbot, page: QWidget, part: QWidget, send_button: QWidget, finished) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Return (send) with the keyboard on ``part`` of the answer on show, which the new call hides: the keyboard
    stays on ``page`` while the call runs (it went on to the tool bar's profile box, where the next arrow key switched
    profile), and is then on ``send_button``, as when that was pressed."""
    part.setFocus(Qt.FocusReason.TabFocusReason)  # where Tab takes a reviewer reading the answer
    qtbot.waitUntil(part.hasFocus, timeout=5_000)
    with focus_visits() as visited:
        with qtbot.waitSignal(finished, timeout=60_000):
            qtbot.keyClick(part, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(send_button.isEnabled, timeout=10_000)
    assert visited and all(page.isAncestorOf(widget) for widget in visited), visited
    assert QApplication.focusWidget() is send_button


@pytest.mark.parametrize("part", ["copy_json", "overlay", "decide_button"])
def test_verify_sent_again_from_the_answer_keeps_the_keyboard_on_the_page(qtbot, window: MainWindow, faces: Path,  # type: ignore[no-untyped-def]
                                                                        part: str) -> None:
    """From Copy JSON, the photo with the face boxes or Record a decision… (the page's last Tab stop): the answer's
    parts and the decision bar were hidden with the keyboard in them."""
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", uuid="again-from-the-answer")
    submit_with_keyboard(qtbot, window)  # nothing is billed on the built-in engine: no question before sending again
    target = page.decide_button if part == "decide_button" else getattr(page.result_view, part)
    _send_again_from(qtbot, page, target, page.submit_button, page.finished)
    assert page.result_view.verdict is not None


def test_a_result_fetched_again_from_its_answer_keeps_the_keyboard_on_the_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    checked = receive_session(qtbot, window, faces)
    assert checked.result is not None
    page = window.liveness_page
    window.go_to(page)
    _active(qtbot, window)
    page.look_up(checked.result.biz_id or "")
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.fetch_button.click()
    _send_again_from(qtbot, page, page.view.json_toggle, page.fetch_button, page.finished)


def test_a_callback_checked_again_from_its_verdict_keeps_the_keyboard_on_the_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    receive_session(qtbot, window, faces)
    page = window.inspector_page
    with qtbot.waitSignal(page.finished, timeout=30_000):
        window.session_page.inspect_selected()
    window.go_to(page)
    _active(qtbot, window)
    _send_again_from(qtbot, page, page.view.result_view.copy_request, page.check_button, page.finished)


def test_a_biz_token_asked_for_again_from_its_faces_keeps_the_keyboard_on_the_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    page = window.token_page
    window.go_to(page)
    _active(qtbot, window)
    raw_image_token(qtbot, page, faces, "obama_1.jpg", "again-from-the-faces")
    assert page.faces_box.isVisible(), page.error_panel.explanation.text()
    _send_again_from(qtbot, page, page.faces_overlay, page.send_button, page.finished)


def test_a_session_started_again_from_its_link_keeps_the_keyboard_on_its_start_button(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """Copy the link and Open are off while the next link is made: the keyboard went on to the callbacks received."""
    page = window.session_page
    window.go_to(page)
    _active(qtbot, window)
    start_session(qtbot, window, faces)
    _send_again_from(qtbot, page, page.copy_button, page.start_button, page.finished)
    assert page.token is not None, page.error_panel.explanation.text()


# --- Ctrl+Return (send) on a photo slot while sending is off -----------------------------------------------------


def _no_file_chooser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each opening of the file chooser, noted (and cancelled at once)."""
    from PySide6.QtWidgets import QFileDialog

    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kwargs: (opened.append("chooser"), ("", ""))[1]))
    return opened


def test_verify_pressed_again_on_a_photo_while_its_call_runs_opens_no_file_chooser(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An impatient second Ctrl+Return on a photo box, Verify off while the first one's call runs: the slot took it
    for Return and opened the file chooser, a modal dialog over the call."""
    opened = _no_file_chooser(monkeypatch)
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", uuid="ctrl-return-on-a-photo")
    _active(qtbot, window)
    slot = page.slots["image"]
    slot.setFocus(Qt.FocusReason.TabFocusReason)  # where a refusal of the photo put the keyboard
    qtbot.waitUntil(slot.hasFocus, timeout=5_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        qtbot.keyClick(slot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert page.working and not page.submit_action.isEnabled()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened == []


def test_verify_pressed_on_a_photo_while_the_engine_starts_opens_no_file_chooser(  # type: ignore[no-untyped-def]
        qtbot, make_window, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = _no_file_chooser(monkeypatch)
    window = make_window(wait_ready=False)
    page = window.verify_page
    assert not page.submit_action.isEnabled()  # the built-in engine is starting
    _active(qtbot, window)
    slot = page.slots["image"]
    slot.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(slot.hasFocus, timeout=5_000)
    qtbot.keyClick(slot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened == []
    window.connection.close()


# --- a send button turned off by a lost connection ---------------------------------------------------------------


@pytest.fixture
def held_reopening(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The profile, lost, opens again only once the event is set (a connection slow to come back)."""
    release = threading.Event()
    connector = window.connection.connector
    real_open = connector.open

    def held_open(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        release.wait(60)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(connector, "open", held_open)
    yield release
    release.set()


def _lose_connection_and_type(qtbot, window: MainWindow, page: QWidget, button: QWidget, line: QWidget,  # type: ignore[no-untyped-def]
                              held_reopening: threading.Event, lost) -> None:
    """``lost()`` turns ``button`` (which has the keyboard) off for the connection; a letter typed then stays on
    ``page`` (the page list's next letter switched page), and the keyboard is back on ``button`` with the connection."""
    with focus_visits() as visited:
        lost()
        assert not button.isEnabled()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
        assert window.current_page() is page
        assert QApplication.focusWidget() is line  # it says why the button is off
        held_reopening.set()
        qtbot.waitUntil(button.isEnabled, timeout=60_000)
    assert all(page.isAncestorOf(widget) for widget in visited), visited
    assert QApplication.focusWidget() is button


def test_verify_turned_off_by_a_lost_connection_keeps_the_keyboard_on_its_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, held_reopening: threading.Event) -> None:
    """Verify, with the keyboard on it, disabled as the connection was lost: the keyboard went on to the next control
    (out of the page), and the next letter typed switched page."""
    page = window.verify_page
    _active(qtbot, window)
    page.submit_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.submit_button.hasFocus, timeout=5_000)
    _lose_connection_and_type(qtbot, window, page, page.submit_button, page.stage_label, held_reopening,
                              window.connection.open_active)  # as when the built-in engine stopped


def test_verify_pressed_as_the_connection_is_lost_keeps_the_keyboard_on_its_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, held_reopening: threading.Event, faces: Path) -> None:
    """Space on Verify, the connection lost before it was sent: the keyboard, waiting on the busy bar, was passed on
    when the bar was hidden with the call's end."""
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    _active(qtbot, window)
    page.submit_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.submit_button.hasFocus, timeout=5_000)

    def pressed_then_lost() -> None:
        qtbot.keyClick(page.submit_button, Qt.Key.Key_Space)
        window.connection.open_active()
        qtbot.waitUntil(lambda: not page.working, timeout=60_000)

    _lose_connection_and_type(qtbot, window, page, page.submit_button, page.stage_label, held_reopening,
                              pressed_then_lost)


def test_fetch_turned_off_by_a_lost_connection_keeps_the_keyboard_on_its_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, held_reopening: threading.Event) -> None:
    """The send row of the Results, Session and App token pages: its button's keyboard went on, out of the page, as
    the connection was lost (the busy bar it waits on during a call is hidden then)."""
    page = window.liveness_page
    window.go_to(page)
    _active(qtbot, window)
    page.fetch_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.fetch_button.hasFocus, timeout=5_000)
    _lose_connection_and_type(qtbot, window, page, page.fetch_button, page.stage_label, held_reopening,
                              window.connection.open_active)


def test_fetch_pressed_as_the_connection_is_lost_keeps_the_keyboard_on_its_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, held_reopening: threading.Event) -> None:
    """Space on Fetch the result, the connection lost before it was sent: the call ended with the button still off,
    and the busy bar the keyboard waited on was hidden."""
    page = window.liveness_page
    window.go_to(page)
    _active(qtbot, window)
    page.biz_edit.setText("1796196670,6fcf7ce8-2919-40ac-a245-cb149e5793fa")
    page.fetch_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.fetch_button.hasFocus, timeout=5_000)

    def pressed_then_lost() -> None:
        qtbot.keyClick(page.fetch_button, Qt.Key.Key_Space)
        assert QApplication.focusWidget() is page.send_row.progress
        window.connection.open_active()
        qtbot.waitUntil(lambda: not page._task.busy, timeout=60_000)

    _lose_connection_and_type(qtbot, window, page, page.fetch_button, page.stage_label, held_reopening,
                              pressed_then_lost)
