"""Enter presses the push button the keyboard is on, on every page of the window, as Space does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from faceid_console.ui.connection import ServiceState
from faceid_console.ui.main_window import MainWindow

from .helpers import fill_compare, submit_with_keyboard
from .test_main_window import all_pages_built

#: Buttons Enter presses as their page's default (``setDefault``), not as auto-default ones: made auto-default too,
#: Qt takes a button's default mark off once the keyboard leaves it, outside a dialog.
PAGE_DEFAULTS = {
    "submitButton": "Verify, the Verify page's default",
    "fetchButton": "Fetch the result, the Liveness results page's default",
}


def test_every_push_button_on_the_pages_is_pressed_by_enter(qtbot, window: MainWindow, faces: Path) -> None:  # type: ignore[no-untyped-def]
    """A reviewer who tabbed to Copy request_id, New applicant, Choose… or Check the callback and pressed Enter got
    nothing: on a page, Qt presses a button with Space only, unless it is auto-default."""
    window.build_pages_when_idle()
    qtbot.waitUntil(lambda: all_pages_built(window) and window.idle_build.finished, timeout=30_000)
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)  # an answer on show: its Details' copy buttons too
    assert page.result_view.details_box.isVisibleTo(page)
    checked: list[QPushButton] = []
    not_pressed: list[str] = []
    for index in range(window.pages.count()):
        holder = window.pages.widget(index)
        for button in holder.findChildren(QPushButton):
            if button.window() is not window or not button.isVisibleTo(holder) or not button.isEnabled():
                continue  # a dialog's (Qt presses those with Enter), or one a reviewer cannot tab to now
            checked.append(button)
            name = button.objectName()
            if name in PAGE_DEFAULTS:
                assert button.isDefault() and not button.autoDefault(), PAGE_DEFAULTS[name]
            elif not button.autoDefault():
                not_pressed.append(f"{type(holder).__name__}: {button.text()!r}")
    assert not_pressed == []
    view = page.result_view
    assert {page.new_applicant_button, page.slots["image"].choose_button, view.copy_request, view.copy_json,
            page.submit_button, window.liveness_page.fetch_button, window.inspector_page.check_button,
            window.history_page.page.export_button} <= set(checked)


def test_enter_on_new_applicant_empties_the_form_and_ctrl_return_does_not(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Return is Verify's key: while Verify is off (the built-in engine starting), it must not reach the button
    the keyboard is on and empty the form."""
    window = make_window(wait_ready=False)
    page = window.verify_page
    page.uuid_edit.setText("applicant-7")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    button = page.new_applicant_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=5_000)
    qtbot.keyClick(button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(button, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(button, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.connection.state is ServiceState.STARTING and not page.submit_action.isEnabled()  # Verify was off
    assert page.uuid_edit.text() == "applicant-7"
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert page.uuid_edit.text() == ""
    window.connection.close()
