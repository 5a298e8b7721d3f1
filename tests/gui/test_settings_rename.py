"""Renaming a custom host's profile in Settings: Rename… and F2, the name checked as a new one's, the credentials
moved in the keyring on OK (nothing on Cancel), the active profile following, built-in profiles keeping theirs."""

from __future__ import annotations

import logging
from collections.abc import Callable

import keyring
from keyring.errors import KeyringError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from faceid_console import credentials
from faceid_console.api import Credentials
from faceid_console.settings import MAX_PROFILE_NAME_CHARS, ProfileKind, Settings
from faceid_console.ui.connection import ServiceState
from faceid_console.ui.settings_dialog import SettingsDialog

from ..conftest import API_KEY, API_SECRET, CaseIgnoringKeyring, MemoryKeyring
from .conftest import custom_profile

LAB = Credentials("lab-key", "lab-secret-to-move-0123")


def handle_modals(steps: list[Callable[[QWidget], str]], tries: int = 500) -> list[str]:
    """Hand each input dialog or message box opened modally from now on, in turn, to the next of ``steps`` (which
    answers it and says what it saw); the list returned fills with what they saw."""
    seen: list[str] = []
    left = list(steps)

    def poll(tries_left: int) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, (QInputDialog, QMessageBox)) and modal.isVisible() and left:
            seen.append(left.pop(0)(modal))
            tries_left = tries
        if left and tries_left > 0:
            QTimer.singleShot(20, lambda: poll(tries_left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
    return seen


def type_name(name: str) -> Callable[[QWidget], str]:
    """Type ``name`` into the name asked for and press OK; sees what it was prefilled with."""
    def step(modal: QWidget) -> str:
        assert isinstance(modal, QInputDialog), type(modal)
        prefilled = modal.textValue()
        modal.setTextValue(name)
        modal.accept()
        return f"asked: {prefilled}"
    return step


def cancel_name(modal: QWidget) -> str:
    assert isinstance(modal, QInputDialog), type(modal)
    prefilled = modal.textValue()
    modal.reject()
    return f"asked: {prefilled}"


def read_warning(modal: QWidget) -> str:
    assert isinstance(modal, QMessageBox), type(modal)
    text = modal.text()
    modal.button(QMessageBox.StandardButton.Ok).click()
    return f"told: {text}"


def _dialog(qtbot, window, chosen: str = "lab") -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index(chosen))
    qtbot.waitUntil(lambda: not dialog._task.busy and "Looking" not in dialog.profile_status.text(), timeout=10_000)
    return dialog


def _names(settings: Settings) -> list[str]:
    return [p.name for p in settings.profiles]


def test_rename_moves_the_credentials_on_ok_and_keeps_the_host(qtbot, window, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    dialog = _dialog(qtbot, window)
    assert dialog.key_edit.text() == "lab-key"
    assert dialog.rename_button.isEnabled() and dialog.rename_button.text() == "R&ename…"
    seen = handle_modals([type_name("  lab-sgp  ")])
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert seen == ["asked: lab"]  # prefilled with the name it has
    assert dialog.profile_list.currentItem().text() == "lab-sgp (custom host)"
    assert credentials.load("lab") == LAB and credentials.load("lab-sgp") is None  # nothing moves before OK
    dialog._ok_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert credentials.load("lab-sgp") == LAB
    assert credentials.load("lab") is None
    lab_sgp = window.settings.profile("lab-sgp")
    assert lab_sgp.kind is ProfileKind.CUSTOM and lab_sgp.custom_url == "https://lab.example"
    assert "lab" not in _names(window.settings)
    assert "lab-sgp" in _names(Settings.load())  # saved
    assert LAB.api_secret not in caplog.text


def test_cancel_discards_the_rename_and_moves_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    dialog = _dialog(qtbot, window)
    handle_modals([type_name("lab-sgp")])
    dialog.rename_button.click()
    assert dialog.selected.name == "lab-sgp"
    # Until OK, the renamed profile's credentials are found where they are: under its old name.
    dialog.profile_list.setCurrentRow(0)
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("lab-sgp"))
    qtbot.waitUntil(lambda: "stored in the system keyring" in dialog.profile_status.text(), timeout=10_000)
    assert dialog.key_edit.text() == "lab-key"
    dialog.reject()
    assert "lab" in _names(window.settings) and "lab-sgp" not in _names(window.settings)
    assert "lab-sgp" not in _names(Settings.load())
    assert credentials.load("lab") == LAB and credentials.load("lab-sgp") is None


def test_a_name_taken_blank_or_too_long_is_said_why_and_asked_again_with_what_was_typed(  # type: ignore[no-untyped-def]
        qtbot, window) -> None:
    custom_profile(window.settings, "lab", "https://lab.example")
    custom_profile(window.settings, "lab-2", "https://lab2.example")
    credentials.save("lab", LAB)
    dialog = _dialog(qtbot, window)
    too_long = "x" * (MAX_PROFILE_NAME_CHARS + 1)
    seen = handle_modals([type_name("LAB-2"), read_warning, type_name("cloud-sgp"), read_warning,
                          type_name("   "), read_warning, type_name(too_long), read_warning, cancel_name])
    dialog.rename_button.click()
    assert seen == [
        "asked: lab", "told: A profile with that name exists.",
        "asked: LAB-2", "told: A profile with that name exists.",  # a built-in profile's name too
        "asked: cloud-sgp", "told: Enter a name for the profile.",
        "asked:    ", f"told: A profile name can have at most {MAX_PROFILE_NAME_CHARS} characters; this one has "
                      f"{MAX_PROFILE_NAME_CHARS + 1}.",
        f"asked: {too_long}",  # what was typed is never lost: asked again with it
    ]
    assert dialog.selected.name == "lab" and dialog.profile_list.currentItem().text() == "lab (custom host)"
    # Add checks a new name the same way.
    seen = handle_modals([type_name("Lab"), read_warning, cancel_name])
    dialog.add_button.click()
    assert seen == ["asked: ", "told: A profile with that name exists.", "asked: Lab"]
    dialog._ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _names(window.settings)[-2:] == ["lab", "lab-2"] and credentials.load("lab") == LAB


def test_a_renamed_profile_s_old_name_is_not_another_s_until_ok(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Its credentials are under that name until OK: a profile added or renamed to it would take them."""
    custom_profile(window.settings, "lab", "https://lab.example")
    dialog = _dialog(qtbot, window)
    handle_modals([type_name("lab-sgp")])
    dialog.rename_button.click()
    seen = handle_modals([type_name("lab"), read_warning, cancel_name])
    dialog.add_button.click()
    assert seen[1] == "told: A profile renamed in this dialog had that name: press OK first, then use it again."
    seen = handle_modals([type_name("lab")])  # back to its own old name: nothing left to move
    dialog.rename_button.click()
    assert seen == ["asked: lab-sgp"] and dialog._keyring_names == {}
    dialog.reject()


def test_a_removed_profile_s_name_is_not_a_new_one_s_until_ok(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Removed, added back under its name for another host, its credentials stored, then Cancel: the settings had
    the old profile (old host) again, and the keyring the new credentials under its name (the old ones lost, the new
    ones to be sent to the old host)."""
    custom_profile(window.settings, "lab", "https://old-host.example")
    credentials.save("lab", LAB)
    dialog = _dialog(qtbot, window)
    dialog.remove_button.click()
    assert dialog._name_problem_text("LAB", None) != ""  # asked below; a name taken would leave Add's address open
    seen = handle_modals([type_name("LAB"), read_warning, cancel_name])
    dialog.add_button.click()
    assert seen == ["asked: ", "told: A profile removed in this dialog had that name: press OK first, then use it "
                               "again.", "asked: LAB"]
    seen = handle_modals([type_name("lab-new"), type_name("https://new-host.example")])
    dialog.add_button.click()
    assert dialog.selected.name == "lab-new"
    seen = handle_modals([type_name("lab"), read_warning, cancel_name])  # nor renamed to it, added here
    dialog.rename_button.click()
    assert seen[1] == "told: A profile removed in this dialog had that name: press OK first, then use it again."
    assert [p.name for p in dialog._profiles if p.kind is ProfileKind.CUSTOM] == ["lab-new"]
    dialog.reject()
    assert window.settings.profile("lab").custom_url == "https://old-host.example" and credentials.load("lab") == LAB
    # Once OK has removed it, the name is free again, with nothing of the old profile's.
    dialog = _dialog(qtbot, window)
    dialog.remove_button.click()
    dialog._ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    if dialog.forgetting is not None:
        dialog.forgetting.join()
    assert credentials.load("lab") is None
    dialog = _dialog(qtbot, window, "cloud-sgp")
    seen = handle_modals([type_name("lab"), type_name("https://new-host.example")])
    dialog.add_button.click()
    assert seen == ["asked: ", "asked: "] and dialog.selected.name == "lab"
    dialog.reject()


def test_built_in_profiles_cannot_be_renamed_and_say_why(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    custom_profile(window.settings, "lab", "https://lab.example")
    dialog = _dialog(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    built_in = [row for row, p in enumerate(dialog._profiles) if p.kind is not ProfileKind.CUSTOM]
    assert len(built_in) == 4
    for row in built_in:
        dialog.profile_list.setCurrentRow(row)
        assert not dialog.rename_button.isEnabled() and not dialog.rename_action.isEnabled()
        assert dialog.rename_button.toolTip() == ("Built-in profiles keep their names: only a custom host's profile "
                                                  "can be renamed.")
        dialog.profile_list.setFocus()
        seen = handle_modals([cancel_name], tries=10)
        qtbot.keyClick(dialog.profile_list, Qt.Key.Key_F2)
        dialog._rename_custom()  # as a click would, were the button enabled
        qtbot.wait(250)
        assert seen == [], dialog.selected.name
    assert [p.name for p in dialog._profiles][:4] == [k.value for k in ProfileKind if k is not ProfileKind.CUSTOM]
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("lab"))
    assert dialog.rename_button.isEnabled() and dialog.rename_button.toolTip() == "Rename this profile (F2)"
    dialog.reject()


def test_f2_renames_the_active_profile_and_the_window_follows_it_to_the_same_host(  # type: ignore[no-untyped-def]
        qtbot, window, engine) -> None:
    """A custom host on the real engine over loopback, active: renamed with F2, the window's profile box, the active
    profile and the connection (its credentials found under the new name) follow."""
    custom_profile(window.settings, "lab", engine.base_url)
    credentials.save("lab", Credentials(API_KEY, API_SECRET))
    window.connection.switch_to("lab")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY and window.connection.client is not None
                    and window.connection.profile.name == "lab", timeout=60_000)
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.selected.name == "lab"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    dialog.profile_list.setFocus()
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
    seen = handle_modals([type_name("lab-loopback")])
    qtbot.keyClick(dialog.profile_list, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen == ["asked: lab"]
    dialog._ok_button.click()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is None, timeout=10_000)
    assert window.settings.active_profile == "lab-loopback"
    assert Settings.load().active_profile == "lab-loopback"
    assert window.profile_box.currentData() == "lab-loopback"
    assert window.profile_box.currentText() == "lab-loopback (custom host)"
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY and window.connection.client is not None
                    and window.connection.profile.name == "lab-loopback", timeout=60_000)
    assert window.connection.client.base_url.startswith(engine.base_url)
    assert credentials.load("lab") is None


class _LockedForNewNames(MemoryKeyring):
    """Keeps what it has, and refuses to store anything new (the collection was locked meanwhile)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the collection is locked")


def test_a_move_the_keyring_refuses_keeps_the_old_name_and_its_credentials_and_says_so(  # type: ignore[no-untyped-def]
        qtbot, window) -> None:
    custom_profile(window.settings, "lab", "https://lab.example")
    previous = keyring.get_keyring()
    locked = _LockedForNewNames()
    locked.store[(credentials.SERVICE, "lab:api_key")] = LAB.api_key
    locked.store[(credentials.SERVICE, "lab:api_secret")] = LAB.api_secret
    keyring.set_keyring(locked)
    try:
        dialog = _dialog(qtbot, window)
        handle_modals([type_name("<b>lab</b>")])  # a name is text, not HTML
        dialog.rename_button.click()
        dialog._ok_button.click()
        qtbot.waitUntil(lambda: dialog.profile_status.text().startswith("Not renamed"), timeout=10_000)
        assert dialog.result() == QDialog.DialogCode.Rejected and dialog.isVisible()  # still open
        assert dialog.profile_status.text().startswith(
            "Not renamed: the system keyring did not move the credentials of lab to <b>lab</b>, so the profile keeps "
            "the name lab and its credentials. OK saves the other changes. The system keyring refused (")
        assert dialog.profile_status.textFormat() is Qt.TextFormat.PlainText
        assert dialog.selected.name == "lab" and dialog.profile_list.currentItem().text() == "lab (custom host)"
        assert credentials.load("lab") == LAB
        assert set(locked.store) == {(credentials.SERVICE, "lab:api_key"), (credentials.SERVICE, "lab:api_secret")}
        dialog._ok_button.click()  # the other changes are saved; the profile keeps its name
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert "lab" in _names(Settings.load()) and credentials.load("lab") == LAB
    finally:
        keyring.set_keyring(previous)



def test_a_rename_only_in_case_keeps_the_credentials_in_a_keyring_that_ignores_case(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """OK forgets the credentials of names no profile has any more: "lab"'s were "Lab"'s too."""
    custom_profile(window.settings, "lab", "https://lab.example")
    previous = keyring.get_keyring()
    keyring.set_keyring(CaseIgnoringKeyring())
    try:
        credentials.save("lab", LAB)
        dialog = _dialog(qtbot, window)
        handle_modals([type_name("Lab")])
        dialog.rename_button.click()
        assert dialog.selected.name == "Lab"
        dialog._ok_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
        if dialog.forgetting is not None:
            dialog.forgetting.join(10)
        assert "Lab" in _names(window.settings) and credentials.load("Lab") == LAB
    finally:
        keyring.set_keyring(previous)


def test_renames_move_all_or_none_and_a_failed_one_puts_the_others_back() -> None:
    from faceid_console.ui.settings_dialog import move_credentials

    class RefusingOne(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            if username.startswith("hk-new:"):
                raise KeyringError("the collection is locked")
            super().set_password(service, username, password)

    previous = keyring.get_keyring()
    keyring.set_keyring(RefusingOne())
    try:
        credentials.save("lab", LAB)
        credentials.save("hk", Credentials("hk-key", "hk-secret"))
        outcome = move_credentials([("lab", "lab-new"), ("hk", "hk-new")])
        assert outcome.failed is not None and outcome.failed[:2] == ("hk", "hk-new") and outcome.stuck == []
        assert credentials.load("lab") == LAB and credentials.load("lab-new") is None
        assert credentials.load("hk") == Credentials("hk-key", "hk-secret") and credentials.load("hk-new") is None
    finally:
        keyring.set_keyring(previous)


def test_cancel_while_ok_waits_for_a_look_up_moves_nothing(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """OK waits for the running keyring look-up before it moves renamed credentials; Cancel meanwhile wins."""
    import threading

    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    dialog = _dialog(qtbot, window)
    handle_modals([type_name("lab-sgp")])
    dialog.rename_button.click()
    release = threading.Event()
    real_load = credentials.load
    monkeypatch.setattr(credentials, "load", lambda name: release.wait(10) and real_load(name))
    dialog._show_credentials(dialog.selected)  # a look-up running, as choosing a profile starts one
    qtbot.waitUntil(lambda: dialog._task.busy, timeout=5_000)
    dialog._ok_button.click()
    assert dialog._accept_wanted
    dialog.reject()
    release.set()
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
    qtbot.wait(200)
    monkeypatch.setattr(credentials, "load", real_load)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert credentials.load("lab") == LAB and credentials.load("lab-sgp") is None
    assert "lab" in _names(Settings.load()) and "lab-sgp" not in _names(Settings.load())


def test_an_answer_is_not_put_back_for_a_profile_given_another_s_credentials_by_a_rename(  # type: ignore[no-untyped-def]
        qtbot, window, connector, faces) -> None:
    """"lab-2", with a wrong api_secret, was refused; in Settings it was removed and "lab" (the same host, the right
    secret) renamed "lab-2": back on "lab-2", the refusal of the secret it no longer has was put back."""
    from .helpers import fill_compare, submit_with_keyboard

    engine = window.connection.client
    assert engine is not None
    right = engine._credentials
    custom_profile(window.settings, "lab", connector.engine_url)
    custom_profile(window.settings, "lab-2", connector.engine_url)
    credentials.save("lab", right)
    credentials.save("lab-2", Credentials(right.api_key, "a-wrong-api-secret"))

    def switch(name: str) -> None:
        window.connection.switch_to(name)
        qtbot.waitUntil(lambda: window.connection.profile.name == name
                        and window.connection.state is ServiceState.READY, timeout=60_000)

    page, view = window.verify_page, window.verify_page.result_view
    switch("lab-2")
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    assert view.error_panel.error is not None and view.error_panel.error.code == "AUTHENTICATION_ERROR"
    switch("local-engine")
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("lab-2"))
    dialog.remove_button.click()
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("lab"))
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
    handle_modals([type_name("lab-2")])
    dialog.rename_button.click()
    assert dialog.selected.name == "lab-2"
    dialog._ok_button.click()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is None, timeout=10_000)
    assert window.settings.profile("lab-2").custom_url == connector.engine_url and credentials.load("lab-2") == right
    switch("lab-2")
    assert not view.error_panel.isVisibleTo(view) and view.headline.text() == "No answer from this profile yet"
