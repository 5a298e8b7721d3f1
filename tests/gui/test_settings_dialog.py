"""The Settings dialog: every Alt key does one thing, in English and in Chinese; it fits a small screen; closing
it at any time."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QGroupBox, QLabel, QTabBar, QWidget

from faceid_console.ui.settings_dialog import PREFERRED_SIZE, SettingsDialog, fitted_size

from ..conftest import MemoryKeyring

#: The texts Linux desktops give a button box's standard buttons, with their Alt keys: GNOME's platform theme
#: ("&Cancel", "&Close", "&Save") and KDE's ("&OK", "&Cancel"). Offscreen, Qt's own texts carry none.
DESKTOP_BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: "&OK",
    QDialogButtonBox.StandardButton.Cancel: "&Cancel",
    QDialogButtonBox.StandardButton.Close: "&Close",
    QDialogButtonBox.StandardButton.Save: "&Save",
}


def mnemonic(text: str) -> str:
    """The Alt key ``text`` gives its widget ("Alt+A" for "&Add"), or "" (a doubled "&&" is a plain "&")."""
    return QKeySequence.mnemonic(text).toString()


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """Every Alt key under ``root`` with the text that gives it, shown or not, enabled or not: buttons and check
    boxes, labels with a buddy, group boxes, tabs, and what a desktop names the standard buttons."""
    found: list[tuple[str, str]] = []
    for widget in root.findChildren(QWidget):
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
            box = widget.parentWidget()
            if isinstance(box, QDialogButtonBox) and box.standardButton(widget) in DESKTOP_BUTTON_TEXTS:
                texts.append(QCoreApplication.translate("QGnomeTheme", DESKTOP_BUTTON_TEXTS[box.standardButton(widget)]))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
        found.extend((key, text) for text in texts if (key := mnemonic(text)))
    return found


def duplicates(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(key for key, _ in set(found))
    return {key: sorted({text for k, text in found if k == key}) for key, n in counts.items() if n > 1}


def test_mnemonic_reads_qt_s_alt_keys() -> None:
    assert mnemonic("&Add custom host…") == "Alt+A"
    assert mnemonic("添加自定义服务地址(&A)…") == "Alt+A"
    assert mnemonic("Rock && roll") == ""
    assert duplicates([("Alt+A", "&Add"), ("Alt+A", "&Answer"), ("Alt+B", "&B")]) == {"Alt+A": ["&Add", "&Answer"]}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_settings_every_alt_key_of_the_dialog_is_its_own(qtbot, window, language: str, request) -> None:  # type: ignore[no-untyped-def]
    """Alt+A was both "Add custom host…" and "Answer time-out" (it only moved the focus between them, the Add
    dialog never opened), Alt+T both "Store in keyring" and "Test connection"; Alt+C is Cancel on a desktop."""
    from .conftest import custom_profile

    if language == "zh_CN":
        request.getfixturevalue("chinese")
    custom_profile(window.settings, "lab", "https://lab.example")
    dialog = SettingsDialog(window.connection, window.settings, language, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == {"en": "Settings", "zh_CN": "设置"}[language]
    for row in range(dialog.profile_list.count()):  # the built-in engine's, the cloud's and a custom host's
        dialog.profile_list.setCurrentRow(row)
        found = mnemonics(dialog)
        assert len(found) >= 12, found
        assert duplicates(found) == {}, dialog.selected.name
    dialog.reject()


def test_settings_open_at_their_usual_size_where_there_is_room_and_smaller_on_a_small_screen() -> None:
    assert fitted_size(QRect(0, 0, 1920, 1040)) == PREFERRED_SIZE == QSize(760, 560)  # as it always opened
    assert fitted_size(QRect(0, 27, 1366, 741)) == PREFERRED_SIZE  # 1366×768 at 100 %, under a top bar
    small = fitted_size(QRect(0, 0, 910, 512))  # 1366×768 at 150 % (QT_SCALE_FACTOR=1.5)
    assert small.width() == 760 and small.height() + 40 <= 512  # with room for the title bar
    assert fitted_size(QRect(0, 18, 910, 494)).height() + 40 <= 494  # and under a top bar
    assert fitted_size(QRect(0, 0, 640, 480)).width() <= 640


def within(widget: QWidget, area: QWidget) -> bool:
    """Whether all of ``widget`` is inside ``area`` (a parent of it)."""
    return area.rect().contains(QRect(widget.mapTo(area, QPoint(0, 0)), widget.size()))


def test_settings_time_outs_read_in_tenths_of_a_second(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """"5.00 s" and "60.00 s" (QDoubleSpinBox's two decimals) for time-outs set in seconds: one decimal is enough."""
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    assert (dialog.connect_spin.text(), dialog.read_spin.text()) == ("5.0 s", "60.0 s")
    dialog.read_spin.setValue(2.5 + 60)
    assert dialog.read_spin.text() == "62.5 s"
    dialog.reject()


def test_settings_on_a_small_screen_scroll_above_ok_and_cancel(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 and 150 % the language row was cut off and OK and Cancel were below the screen: the dialog
    could not be smaller than all its rows. Now they scroll, and the buttons stay."""
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    assert dialog.size() == fitted_size(window.screen().availableGeometry())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    dialog.resize(600, 300)
    qtbot.waitUntil(lambda: dialog._scroll.verticalScrollBar().isVisible(), timeout=5_000)
    assert dialog.size() == QSize(600, 300)
    box = dialog.findChild(QDialogButtonBox)
    assert len(box.buttons()) == 2
    for button in box.buttons():
        assert within(button, dialog) and not button.visibleRegion().isEmpty(), button.text()
    assert not within(dialog.language_box, dialog._scroll.viewport())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.language_box
    assert within(dialog.language_box, dialog._scroll.viewport())  # scrolled into view
    dialog.reject()


def test_settings_closed_while_profiles_were_chosen_quickly_reports_no_error(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Each choice looks in the keyring once the look-up running ends; closed meanwhile, the next look-up was
    sent to the dialog's stopped worker and ended in the "Unexpected error" dialog."""
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    for row in range(dialog.profile_list.count()):
        dialog.profile_list.setCurrentRow(row)
    dialog.reject()
    with qtbot.assertNotEmitted(window.crash_reporter.reported, wait=500):
        pass
    assert not dialog._task.busy


def test_a_closed_settings_dialog_is_not_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Each opening builds a new dialog: closed ones piled up under the window until it closed."""
    from PySide6.QtCore import QEvent

    for _ in range(3):
        window.open_settings()
        dialog = window.findChild(SettingsDialog)
        assert dialog is not None
        dialog.reject()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # Deleted once its keyring worker has let go of the backend question asked as it opened (delete_when_idle).
        qtbot.waitUntil(lambda: not window.findChildren(SettingsDialog), timeout=5_000)


def test_settings_closed_during_a_keyring_look_up_is_deleted_once_it_has_ended(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch, caplog) -> None:
    """Deleted at once, the dialog's look-up then signalled its end from a deleted object (RuntimeError, logged)."""
    import logging
    import threading

    from faceid_console import credentials

    release = threading.Event()
    real_load = credentials.load
    monkeypatch.setattr(credentials, "load", lambda name: release.wait(10) and real_load(name))
    caplog.set_level(logging.ERROR)
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.profile_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: dialog._task.busy, timeout=5_000)
    dialog.reject()
    assert window.findChild(SettingsDialog) is dialog  # kept while its look-up winds down
    release.set()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is None, timeout=10_000)
    qtbot.wait(100)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


def _custom_dialog(qtbot, window, name: str = "lab") -> SettingsDialog:  # type: ignore[no-untyped-def]
    """Settings with the custom profile ``name`` chosen and its keyring look-up ended."""
    from .conftest import custom_profile

    custom_profile(window.settings, name, "https://lab.example")
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index(name))
    qtbot.waitUntil(lambda: not dialog._task.busy and "Looking" not in dialog.profile_status.text(), timeout=10_000)
    return dialog


def _added_and_stored(qtbot, window, monkeypatch, secret: str) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """Settings with a custom profile "trial" added in this visit and its credentials stored in the keyring."""
    from PySide6.QtWidgets import QInputDialog

    from faceid_console import credentials

    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    answers = iter([("trial", True), ("https://trial.example", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    dialog._add_custom()
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
    _type(dialog, "trial-key", secret)
    dialog._store_credentials()
    qtbot.waitUntil(lambda: dialog.profile_status.text() == "Stored in the system keyring.", timeout=10_000)
    assert credentials.load("trial") is not None
    return dialog


def test_credentials_stored_for_a_profile_added_and_removed_in_one_visit_leave_the_keyring(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    from faceid_console import credentials

    dialog = _added_and_stored(qtbot, window, monkeypatch, "trial-secret-stored-then-removed")
    dialog._remove_custom()
    dialog._accept()
    assert dialog.forgetting is not None
    dialog.forgetting.join(10)
    assert credentials.load("trial") is None  # no profile owns them: a later "trial" must not inherit them


def test_credentials_stored_for_a_profile_added_in_a_cancelled_visit_leave_the_keyring(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    from faceid_console import credentials
    from faceid_console.api import Credentials

    from .conftest import custom_profile

    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", Credentials("lab-key", "lab-secret-kept"))
    dialog = _added_and_stored(qtbot, window, monkeypatch, "trial-secret-stored-then-cancelled")
    dialog.reject()
    assert dialog.forgetting is not None
    dialog.forgetting.join(10)
    assert credentials.load("trial") is None
    assert credentials.load("lab") == Credentials("lab-key", "lab-secret-kept")  # a saved profile's stay


def test_credentials_stored_for_a_profile_added_then_renamed_in_a_cancelled_visit_leave_the_keyring(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    """Added as "trial", stored, renamed "trial-2", Cancel: the credentials were forgotten under "trial-2", where
    there were none, and stayed under "trial" for a later profile of that name to send."""
    from PySide6.QtWidgets import QInputDialog

    from faceid_console import credentials

    dialog = _added_and_stored(qtbot, window, monkeypatch, "trial-secret-stored-renamed-cancelled")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("trial-2", True))
    dialog._rename_custom()
    assert [p.name for p in dialog._profiles][-1] == "trial-2"
    dialog.reject()
    assert dialog.forgetting is not None
    dialog.forgetting.join(10)
    assert credentials.load("trial") is None and credentials.load("trial-2") is None


def test_a_profile_name_in_the_unsaved_credentials_question_is_text_not_markup(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    dialog = _custom_dialog(qtbot, window, name="<b>lab</b> & co")
    _type(dialog, "lab-key", "lab-secret-typed")
    seen: list[tuple[str, Qt.TextFormat]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), box.textFormat()))
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    dialog.profile_list.setCurrentRow(0)  # leaving the profile asks about what was typed for it
    assert seen and "<b>lab</b> & co" in seen[0][0] and seen[0][1] == Qt.TextFormat.PlainText


def test_settings_without_a_keyring_offer_no_store_and_never_say_stored(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """With keyring's null backend, "Store in keyring" said "Stored in the system keyring." above the banner saying
    there is none, and the profile then had no credentials."""
    import keyring
    from keyring.backends import null

    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        dialog = _custom_dialog(qtbot, window)
        assert dialog.keyring_warning.isVisibleTo(dialog)
        assert not dialog.store_button.isEnabled() and not dialog.forget_button.isEnabled()
        assert dialog.key_edit.isEnabled() and dialog.secret_edit.isEnabled()  # still typed for Test connection
        assert dialog.test_button.isEnabled()
        dialog.key_edit.setText("lab-key")
        dialog.secret_edit.setText("lab-secret-nowhere-to-go")
        dialog._store_credentials()  # as the button would, were it enabled
        qtbot.wait(200)
        assert "Stored" not in dialog.profile_status.text()
        assert dialog.profile_status.text().startswith("Not stored: no system keyring is available.")
        assert dialog.secret_edit.text() == "lab-secret-nowhere-to-go"
        assert not dialog.store_button.isEnabled()
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


class _ForgetfulKeyring(MemoryKeyring):
    """A keyring that says yes to every write and keeps nothing (as a misconfigured backend may)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


def test_settings_a_store_the_keyring_did_not_keep_is_said_not_stored(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """After storing, the credentials are read back: a keyring that dropped them is not reported as having them."""
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(_ForgetfulKeyring())
    try:
        dialog = _custom_dialog(qtbot, window)
        assert not dialog.keyring_warning.isVisibleTo(dialog) and dialog.store_button.isEnabled()
        dialog.key_edit.setText("lab-key")
        dialog.secret_edit.setText("lab-secret-dropped")
        qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog._task.busy and "Storing" not in dialog.profile_status.text(),
                        timeout=10_000)
        assert dialog.profile_status.text().startswith("Not stored: the system keyring did not keep")
        assert dialog.key_edit.text() == "lab-key" and dialog.secret_edit.text() == "lab-secret-dropped"
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


def _type(dialog: SettingsDialog, key: str, secret: str) -> None:
    dialog.key_edit.setText(key)
    dialog.secret_edit.setText(secret)


def test_settings_ok_with_typed_credentials_asks_and_store_keeps_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Typed and not stored, the api_key and api_secret were dropped by OK without a word; the profile then said
    "Not usable: no api_key / api_secret stored"."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from faceid_console import credentials

    from .conftest import answer_question

    dialog = _custom_dialog(qtbot, window)
    _type(dialog, "lab-key", "lab-secret-typed-then-ok")
    asked = answer_question(QMessageBox.StandardButton.Save)
    dialog._accept()
    assert asked[:2] == ["The api_key and api_secret typed for lab (custom host) are not stored yet.", "Store &in keyring"]
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert credentials.load("lab") == credentials.Credentials("lab-key", "lab-secret-typed-then-ok")
    assert dialog.profile_status.text() == "Stored in the system keyring."


def test_settings_ok_with_typed_credentials_cancel_keeps_the_dialog_and_discard_drops_them(  # type: ignore[no-untyped-def]
        qtbot, window) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from faceid_console import credentials

    from .conftest import answer_question

    dialog = _custom_dialog(qtbot, window)
    _type(dialog, "lab-key", "lab-secret-to-think-about")
    asked = answer_question(QMessageBox.StandardButton.Cancel)
    dialog._accept()
    assert asked and dialog.result() == QDialog.DialogCode.Rejected  # still open: nothing closed it
    assert dialog.secret_edit.text() == "lab-secret-to-think-about" and dialog.selected.name == "lab"
    asked = answer_question(QMessageBox.StandardButton.Discard)
    dialog._accept()
    assert asked and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.secret_edit.text() == "" and credentials.load("lab") is None


def test_settings_choosing_another_profile_with_typed_credentials_asks_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Clicking another profile dropped what was typed for this one."""
    from PySide6.QtWidgets import QMessageBox

    from faceid_console import credentials

    from .conftest import answer_question

    dialog = _custom_dialog(qtbot, window)
    names = [p.name for p in dialog._profiles]
    _type(dialog, "lab-key", "lab-secret-before-switching")
    asked = answer_question(QMessageBox.StandardButton.Cancel)
    dialog.profile_list.setCurrentRow(names.index("cloud-sgp"))
    assert asked and dialog.selected.name == "lab" and dialog.profile_list.currentRow() == names.index("lab")
    assert dialog.secret_edit.text() == "lab-secret-before-switching"
    asked = answer_question(QMessageBox.StandardButton.Save)
    dialog.profile_list.setCurrentRow(names.index("cloud-sgp"))
    assert asked
    qtbot.waitUntil(lambda: dialog.selected.name == "cloud-sgp", timeout=10_000)  # once stored, on to the one chosen
    assert credentials.load("lab") == credentials.Credentials("lab-key", "lab-secret-before-switching")
    qtbot.waitUntil(lambda: "No credentials stored" in dialog.profile_status.text(), timeout=10_000)
    assert dialog.profile_list.isEnabled() and dialog.secret_edit.isEnabled() and dialog.secret_edit.text() == ""
    _type(dialog, "sgp-key", "sgp-secret-discarded")
    asked = answer_question(QMessageBox.StandardButton.Discard)
    dialog.profile_list.setCurrentRow(names.index("lab"))
    assert asked and dialog.selected.name == "lab" and dialog.secret_edit.text() == ""
    assert credentials.load("cloud-sgp") is None
    dialog.reject()


def test_settings_ok_storing_in_a_keyring_that_drops_them_stays_open_with_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from PySide6.QtWidgets import QDialog, QMessageBox

    from .conftest import answer_question

    previous = keyring.get_keyring()
    keyring.set_keyring(_ForgetfulKeyring())
    try:
        dialog = _custom_dialog(qtbot, window)
        _type(dialog, "lab-key", "lab-secret-dropped-on-ok")
        asked = answer_question(QMessageBox.StandardButton.Save)
        dialog._accept()
        assert asked
        qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
        assert dialog.profile_status.text().startswith("Not stored: the system keyring did not keep")
        assert dialog.result() == QDialog.DialogCode.Rejected and dialog._ok_button.isEnabled()
        assert dialog.secret_edit.text() == "lab-secret-dropped-on-ok" and dialog.secret_edit.isEnabled()
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


def test_settings_ok_with_typed_credentials_and_no_keyring_says_they_cannot_be_stored(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import null
    from PySide6.QtWidgets import QDialog, QMessageBox

    from .conftest import answer_question

    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        dialog = _custom_dialog(qtbot, window)
        _type(dialog, "lab-key", "lab-secret-nowhere")
        asked = answer_question(QMessageBox.StandardButton.Save)  # not offered: Escape's Cancel is clicked
        dialog._accept()
        assert asked == ["The api_key and api_secret typed for lab (custom host) cannot be stored: no system keyring is "
                         "available.", ""]
        assert dialog.result() == QDialog.DialogCode.Rejected and dialog.secret_edit.text() == "lab-secret-nowhere"
        answer_question(QMessageBox.StandardButton.Discard)
        dialog._accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
    finally:
        keyring.set_keyring(previous)


def test_the_keyboard_starts_at_the_profiles_and_a_new_host_goes_on_to_its_api_key(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    """The dialog opened with the keyboard on its scroll area, which shows no focus; after adding a host it went back
    there, not to the host's api_key."""
    from PySide6.QtWidgets import QApplication, QInputDialog

    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as a desktop activates a dialog it opens
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    assert QApplication.focusWidget() is dialog.profile_list
    answers = iter([("lab-2", True), ("https://lab2.example", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    dialog.add_button.click()
    assert dialog.selected.name == "lab-2"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.key_edit, timeout=5_000)
    dialog.reject()


def _custom_dialog_at(qtbot, window, name: str) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """Settings with the saved profile ``name`` chosen and its keyring look-up ended."""
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index(name))
    qtbot.waitUntil(lambda: not dialog._task.busy and "Looking" not in dialog.profile_status.text(), timeout=10_000)
    return dialog


def _test_connection(qtbot, dialog: SettingsDialog) -> str:  # type: ignore[no-untyped-def]
    """Click Test connection and wait for its answer."""
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and not dialog._task.busy, timeout=10_000)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile_status.text().startswith("Test connection"), timeout=30_000)
    return dialog.profile_status.text()


def test_test_connection_tests_the_address_on_screen_with_the_stored_credentials(  # type: ignore[no-untyped-def]
        qtbot, window, connector, fixed_answer_server) -> None:
    """With nothing typed, the profile's saved address was tested, not the one just edited: the engine's "OK" (or
    AUTHENTICATION_ERROR) for an address that is not a FaceID service at all. Cancel still drops the edit."""
    from faceid_console import credentials
    from faceid_console.settings import Settings

    from .conftest import custom_profile

    custom_profile(window.settings, "lab", connector.engine_url)
    credentials.save("lab", window.connection.client._credentials)
    lookalike = fixed_answer_server(200, "application/json", b'{"foo": "bar"}')
    dialog = _custom_dialog_at(qtbot, window, "lab")
    assert _test_connection(qtbot, dialog).endswith(" — OK: the service answers and accepts this api_key.")
    dialog.url_edit.setText(lookalike)
    status = _test_connection(qtbot, dialog)
    assert "something answers, but it is not a FaceID service" in status, status
    # The address tested is said, and the pair it was tested with.
    assert status.startswith(f"Test connection to {lookalike} with the api_key and api_secret stored in the keyring — ")
    dialog.profile_list.setCurrentRow(0)  # the edit is kept in the dialog, for OK to save
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("lab"))
    assert dialog.url_edit.text() == lookalike
    dialog.reject()
    assert window.settings.profile("lab").custom_url == connector.engine_url
    assert Settings.load().profile("lab").custom_url == connector.engine_url


def test_test_connection_in_settings_says_what_to_do_there_not_to_go_to_settings(  # type: ignore[no-untyped-def]
        qtbot, window, connector) -> None:
    """"Enter them in Settings (Ctrl+,)" and "Check them in Settings" were said inside Settings."""
    from faceid_console.connections import OpenFailure
    from faceid_console.ui.texts import open_failure_text

    from .conftest import custom_profile

    custom_profile(window.settings, "lab", connector.engine_url)
    dialog = _custom_dialog_at(qtbot, window, "lab")
    assert _test_connection(qtbot, dialog) == ("Test connection: no api_key / api_secret stored for this profile. "
                                               "Enter them above and store them in the keyring.")
    _type(dialog, window.connection.client._credentials.api_key, "not-the-secret")
    status = _test_connection(qtbot, dialog)
    assert status.startswith(f"Test connection to {connector.engine_url} with the api_key and api_secret typed above "
                             "— wrong api_key or api_secret: the service refused them. Enter the right ones above and "
                             "store them in the keyring. [AUTHENTICATION_ERROR"), status
    assert "Settings" not in status
    dialog.reject()
    # The window's words stay: there, Settings is where to go.
    assert open_failure_text(OpenFailure.NO_CREDENTIALS, "") == ("no api_key / api_secret stored for this profile. "
                                                                 "Enter them in Settings (Ctrl+,).")


def test_adding_a_host_whose_url_is_refused_asks_again_keeping_the_name_and_what_was_typed(  # type: ignore[no-untyped-def]
        qtbot, window) -> None:
    """A refused URL ended the Add flow: the name typed was lost, and the reviewer started again."""
    from .test_settings_rename import handle_modals, read_warning, type_name

    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    seen = handle_modals([type_name("lab-2"), type_name("http://10.1.2.3"), read_warning,
                          type_name("https://10.1.2.3/")])
    dialog.add_button.click()
    assert seen == ["asked: ", "asked: ", "told: Plain HTTP is only allowed to this machine; use https:// for 10.1.2.3.",
                    "asked: http://10.1.2.3"]
    assert dialog.selected.name == "lab-2" and dialog.selected.custom_url == "https://10.1.2.3"
    dialog.reject()
    assert "lab-2" not in [p.name for p in window.settings.profiles]


def test_a_refused_host_ending_in_a_dot_is_said_without_a_double_full_stop(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """"…use https:// for localhost.." for http://localhost./ (the host's own dot, then the sentence's)."""
    from .test_settings_rename import cancel_name, handle_modals, read_warning, type_name

    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    seen = handle_modals([type_name("lab-2"), type_name("http://localhost./"), read_warning, cancel_name])
    dialog.add_button.click()
    assert seen[2] == ("told: Plain HTTP is only allowed to this machine, named without a final dot (localhost, "
                       "127.0.0.1); localhost. needs https://.")
    assert ".." not in seen[2]
    dialog.reject()


def test_an_alt_key_whose_button_is_disabled_types_nothing_into_the_api_secret(  # type: ignore[no-untyped-def]
        qtbot, window, connector) -> None:
    """Alt+T while Test connection was disabled (the keyring answering) typed a "t" at the end of the api_secret, with
    nothing on screen to show it; a letter typed plainly still types."""
    from PySide6.QtWidgets import QApplication

    from .conftest import custom_profile

    window.guard_alt_letters()  # as the window does once it has painted
    custom_profile(window.settings, "lab", connector.engine_url)
    dialog = _custom_dialog_at(qtbot, window, "lab")
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    dialog.secret_edit.setFocus()
    qtbot.keyClicks(dialog.secret_edit, "secret456")
    dialog.test_button.setEnabled(False)  # as while a keyring look-up runs
    qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # no control has Alt+Q
    assert dialog.secret_edit.text() == "secret456"
    qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_T)
    assert dialog.secret_edit.text() == "secret456t"
    dialog.secret_edit.clear()  # else Cancel asks about it
    dialog.reject()


def test_an_address_that_cannot_be_edited_is_not_drawn_as_a_field_to_type_in(qtbot, window, connector) -> None:  # type: ignore[no-untyped-def]
    """The built-in engine's and the cloud presets' Base URL are read-only; they were drawn on a field's white, like
    the custom host's, so a reviewer clicked into them to type. Now on the dialog's background, with the reason."""
    from PySide6.QtGui import QPalette

    from .conftest import custom_profile

    custom_profile(window.settings, "lab", connector.engine_url)
    base, background = QPalette.ColorRole.Base, QPalette.ColorRole.Window
    dialog = _custom_dialog_at(qtbot, window, "local-engine")
    edit = dialog.url_edit
    for name, fixed in (("local-engine", True), ("lab", False), ("cloud-sgp", True), ("lab", False)):
        dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index(name))  # in one visit
        assert edit.isReadOnly() is fixed, name
        assert edit.palette().color(base) == dialog.palette().color(background if fixed else base), name
        assert bool(edit.toolTip()) is fixed and edit.accessibleDescription() == edit.toolTip(), name
    assert dialog.palette().color(background) != dialog.palette().color(base)  # the check above can tell them apart
    dialog.reject()


def test_the_built_in_engine_s_address_follows_it_when_it_starts_again(  # type: ignore[no-untyped-def]
        qtbot, window, connector, monkeypatch) -> None:
    """Settings open while the engine was started again (on another loopback port): its Base URL went empty and
    stayed so, the placeholder saying the port is chosen at start."""
    from faceid_console.connections import Connector

    from .conftest import custom_profile

    custom_profile(window.settings, "lab", "http://127.0.0.1:9")
    dialog = _custom_dialog_at(qtbot, window, "local-engine")
    assert dialog.url_edit.text() == connector.engine_url
    monkeypatch.setattr(Connector, "engine_url", property(lambda _self: "http://127.0.0.1:40404"))
    window.connection.changed.emit()  # as when the engine is back and ready
    assert dialog.url_edit.text() == "http://127.0.0.1:40404"
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("lab"))
    window.connection.changed.emit()
    assert dialog.url_edit.text() == "http://127.0.0.1:9"  # another profile's address is left as it is
    dialog.reject()


def test_changes_made_with_the_command_line_while_the_window_runs_are_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """``faceid-console policy-level 1e-5`` and ``profile add-custom`` while the window ran were undone by the next
    switch of profile in the top bar, or by OK in Settings: each saved the window's Settings as read at start."""
    import os
    import subprocess
    import sys

    from PySide6.QtWidgets import QDialog

    from faceid_console.settings import Settings

    def command_line(*args: str) -> None:
        done = subprocess.run([sys.executable, "-m", "faceid_console", *args], capture_output=True, text=True,
                              env=dict(os.environ), timeout=120, check=False)
        assert done.returncode == 0, done.stderr

    command_line("policy-level", "1e-5")
    command_line("profile", "add-custom", "team-gw", "https://gw.example")
    window.connection.switch_to("cloud-sgp")
    on_file = Settings.load()
    assert (on_file.active_profile, on_file.policy_level) == ("cloud-sgp", "1e-5")
    assert on_file.profile("team-gw").custom_url == "https://gw.example"
    assert window.settings.policy_level == "1e-5"  # what the window judges at from now on
    command_line("policy-level", "1e-6")
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.read_spin.setValue(90)
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    on_file = Settings.load()
    assert (on_file.policy_level, on_file.read_timeout, on_file.active_profile) == ("1e-6", 90, "cloud-sgp")
