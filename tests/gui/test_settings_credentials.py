"""Settings' credentials and Test connection: what the reviewer is told, and that nothing typed is lost or said under
another profile."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import keyring
import pytest
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from faceid_console import credentials
from faceid_console.api import Credentials
from faceid_console.ui.settings_dialog import SettingsDialog

from ..conftest import MemoryKeyring
from .conftest import answer_question, custom_profile

LAB = Credentials("lab-key", "lab-secret-stored-0123")


def _dialog_at(qtbot, window, name: str, language: str = "en", shown: bool = False) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """Settings with the profile ``name`` chosen and its keyring look-up ended."""
    dialog = SettingsDialog(window.connection, window.settings, language, window)
    qtbot.addWidget(dialog)
    if shown:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    _choose(dialog, name)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
    return dialog


def _choose(dialog: SettingsDialog, name: str) -> None:
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index(name))


# --- keyring failures ---------------------------------------------------------------------------------------------


class _LockedKeyring(MemoryKeyring):
    """A Secret Service whose unlock prompt was dismissed."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")


class _BrokenKeyring(MemoryKeyring):
    """A backend failing with errors that are not keyring's own, as D-Bus and jeepney ones reach the console; one
    quotes the value it was given."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("DBusErrorResponse: org.freedesktop.DBus.Error.NoReply")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise UnicodeEncodeError("latin-1", password, 0, 1, "cannot store this value")


def test_a_locked_keyring_s_look_up_says_to_unlock_it_not_to_start_one(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Storing said "Unlock the keyring", looking up "not available… Start a Secret Service" for the same keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(_LockedKeyring())
    try:
        custom_profile(window.settings, "lab", "https://lab.example")
        dialog = _dialog_at(qtbot, window, "lab")
        assert dialog.profile_status.text() == ("The system keyring is locked (Failed to unlock the collection!). "
                                                "Unlock the keyring when it asks, then try again.")
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_keyring_failing_with_a_foreign_error_is_said_and_the_dialog_stays_usable(  # type: ignore[no-untyped-def]
        qtbot, window, caplog, language: str, request) -> None:
    """A D-Bus error opened the crash dialog and left "Looking in the keyring…" (or "Storing…") for good; the
    window's crash reporter (see the fixture) fails the test if one reaches it."""
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    previous = keyring.get_keyring()
    keyring.set_keyring(_BrokenKeyring())
    try:
        custom_profile(window.settings, "lab", "https://lab.example")
        dialog = _dialog_at(qtbot, window, "lab", language)
        assert dialog.profile_status.text() == {
            "en": "The system keyring is not available (RuntimeError: DBusErrorResponse: "
                  "org.freedesktop.DBus.Error.NoReply). Start a Secret Service such as gnome-keyring or KWallet, "
                  "then try again.",
            "zh_CN": "系统密钥环不可用（RuntimeError: DBusErrorResponse: org.freedesktop.DBus.Error.NoReply）。请启动 "
                     "gnome-keyring 或 KWallet 等 Secret Service 后重试。"}[language]
        dialog.key_edit.setText(LAB.api_key)
        dialog.secret_edit.setText(LAB.api_secret)
        qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.store_button.isEnabled, timeout=10_000)
        # Its type and reason, not its own text, which quotes what it could not encode.
        assert dialog.profile_status.text() == {
            "en": "The system keyring is not available (UnicodeEncodeError: cannot store this value). Start a Secret "
                  "Service such as gnome-keyring or KWallet, then try again.",
            "zh_CN": "系统密钥环不可用（UnicodeEncodeError: cannot store this value）。请启动 gnome-keyring 或 KWallet "
                     "等 Secret Service 后重试。"}[language]
        assert LAB.api_secret not in caplog.text
        assert dialog.secret_edit.text() == LAB.api_secret and dialog.secret_edit.isEnabled()  # still there to store
        assert dialog.profile_list.isEnabled() and dialog._ok_button.isEnabled()
        dialog.secret_edit.clear()
        dialog.key_edit.clear()
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


class _FileKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's PlaintextKeyring (its module's name is theirs): it writes what it is given to a
    file under HOME, as that one does."""

    def set_password(self, service: str, username: str, password: str) -> None:
        path = Path(os.environ["HOME"]) / ".local/share/python_keyring/keyring_pass.cfg"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{username} {password}")
        super().set_password(service, username, password)


_FileKeyring.__module__ = "keyrings.alt.file"


def test_a_file_keyring_is_not_the_system_keyring_in_the_window_or_settings(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """With keyrings.alt installed and no Secret Service, Settings said "Stored in the system keyring" while the
    api_secret went to a file, and the top bar, without a keyring, passed on keyring's advice to install keyrings.alt."""
    from faceid_console.ui.connection import ServiceState

    file_keyring = _FileKeyring()
    keyring.set_keyring(file_keyring)
    backend = "keyrings.alt.file._FileKeyring"
    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.FAILED, timeout=60_000)
    top_bar = window.connection_label.text()
    assert top_bar.startswith("● Not usable: there is no system keyring:") and backend in top_bar
    assert "gnome-keyring" in top_bar and "keyrings.alt package" not in top_bar
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    _choose(dialog, "cloud-sgp")
    qtbot.waitUntil(lambda: not dialog._task.busy and "Looking" not in dialog.profile_status.text(), timeout=10_000)
    assert dialog.keyring_warning.isVisibleTo(dialog) and backend in dialog.keyring_warning.text()
    assert dialog.profile_status.text().startswith(f"No system keyring: {backend} keeps api_secrets in a file")
    assert not dialog.store_button.isEnabled() and not dialog.forget_button.isEnabled()
    dialog.key_edit.setText("sgp-key")
    dialog.secret_edit.setText("sgp-secret-for-a-file-0123")
    dialog._store_credentials()  # as the button would, were it enabled
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
    assert dialog.profile_status.text().startswith("Not stored:")
    dialog.reject()
    assert not file_keyring.store
    home = Path(os.environ["HOME"])
    assert not (home / ".local/share/python_keyring").exists()
    assert not [path for path in home.rglob("*") if path.is_file() and b"sgp-secret" in path.read_bytes()]


def test_a_keyring_whose_backend_cannot_be_told_is_said_in_the_banner_and_the_dialog_stays_usable(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    """Asking the keyring library for its backend failed (a D-Bus error as the chain's members are worked out): the
    crash dialog opened, and Store and Forget stayed off for the visit with nothing saying why (the window's crash
    reporter, see the fixture, fails the test if one reaches it)."""
    def failing() -> str | None:
        raise RuntimeError("DBusErrorResponse: org.freedesktop.DBus.Error.NoReply")

    monkeypatch.setattr(credentials, "refused_backend", failing)
    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    dialog = _dialog_at(qtbot, window, "lab")
    qtbot.waitUntil(lambda: not dialog._task.busy and dialog.key_edit.text() == LAB.api_key, timeout=10_000)
    assert dialog.keyring_warning.isVisibleTo(dialog)
    assert dialog.keyring_warning.text() == (
        "The console could not find out which keyring to use (RuntimeError: DBusErrorResponse: "
        "org.freedesktop.DBus.Error.NoReply), so Store in keyring and Forget are off in this visit. Make sure a Secret "
        "Service (for example gnome-keyring, or KWallet on KDE) is running and unlocked, then reopen Settings. The "
        "built-in engine works without one.")
    # Nothing says the api_secrets would go to a system keyring: Store and Forget stay off, the rest works.
    assert not dialog.store_button.isEnabled() and not dialog.forget_button.isEnabled()
    assert dialog.test_button.isEnabled() and dialog.profile_list.isEnabled() and dialog._ok_button.isEnabled()
    # Leaving credentials typed asks about them without offering to store them where Store is off.
    dialog.key_edit.setText("lab-key-typed")
    dialog.secret_edit.setText("lab-secret-typed")
    asked = answer_question(QMessageBox.StandardButton.Save)
    _choose(dialog, "cloud-sgp")
    qtbot.waitUntil(lambda: not dialog._task.busy and "…" not in dialog.profile_status.text(), timeout=10_000)
    assert asked and "cannot be stored" in asked[0] and asked[1] == "", asked  # no Save button to click
    assert credentials.load("lab") == LAB
    assert dialog.keyring_warning.isVisibleTo(dialog) and not dialog.store_button.isEnabled()
    dialog.reject()


# --- the keyring library's backend is asked for off the GUI thread ----------------------------------------------------


class _SlowChain(ChainerBackend):
    """keyring's chain of backends, whose members it works out anew on each use (the Secret Service's over D-Bus): it
    answers once released, and notes the threads that asked."""

    priority = 0  # type: ignore[assignment]  # never one keyring picks by itself

    def __init__(self, member: MemoryKeyring) -> None:
        super().__init__()
        self.member = member
        self.release = threading.Event()
        self.asked_on: set[threading.Thread] = set()

    @property  # type: ignore[override]
    def backends(self) -> list[MemoryKeyring]:
        self.asked_on.add(threading.current_thread())
        self.release.wait(5)  # on the GUI thread (the defect), the dialog opened this much later
        return [self.member]


def test_settings_open_at_once_and_offer_store_once_the_keyring_is_known_to_be_the_system_s(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Settings asked the keyring library for its backend on the GUI thread as they opened: with a chain of backends
    (a D-Bus round trip) the window froze until it answered."""
    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    chain = _SlowChain(keyring.get_keyring())  # the tests' in-memory keyring, behind a slow chain
    previous = keyring.get_keyring()
    keyring.set_keyring(chain)
    try:
        dialog = SettingsDialog(window.connection, window.settings, "en", window)
        qtbot.addWidget(dialog)
        _choose(dialog, "lab")
        assert threading.main_thread() not in chain.asked_on
        # Not known yet: neither offered nor said to be missing.
        assert not dialog.store_button.isEnabled() and not dialog.forget_button.isEnabled()
        assert not dialog.keyring_warning.isVisibleTo(dialog)
        qtbot.keyClicks(dialog.key_edit, "lab-key-2")  # typed: the look-up's answer leaves it
        dialog.secret_edit.setText("lab-secret-typed-early")
        dialog._store_credentials()  # as the button would, were it enabled
        assert dialog.profile_status.text().startswith("Not stored yet: wait until the running check has ended")
        chain.release.set()
        qtbot.waitUntil(lambda: dialog.store_button.isEnabled() and not dialog._task.busy, timeout=10_000)
        assert dialog.forget_button.isEnabled() and not dialog.keyring_warning.isVisibleTo(dialog)
        assert threading.main_thread() not in chain.asked_on
        assert credentials.load("lab") == LAB  # nothing was stored before the answer
        qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.profile_status.text() == "Stored in the system keyring.", timeout=10_000)
        assert credentials.load("lab") == Credentials("lab-key-2", "lab-secret-typed-early")
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


def test_a_slow_chain_of_file_keyrings_is_refused_once_it_answers(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A chain keeping secrets only in a file: the dialog opens at once, and its answer brings the banner, with Store
    and Forget still off."""
    custom_profile(window.settings, "lab", "https://lab.example")
    chain = _SlowChain(_FileKeyring())
    previous = keyring.get_keyring()
    keyring.set_keyring(chain)
    try:
        dialog = SettingsDialog(window.connection, window.settings, "en", window)
        qtbot.addWidget(dialog)
        _choose(dialog, "lab")
        assert threading.main_thread() not in chain.asked_on
        assert not dialog.store_button.isEnabled() and not dialog.keyring_warning.isVisibleTo(dialog)
        chain.release.set()
        qtbot.waitUntil(lambda: dialog.keyring_warning.isVisibleTo(dialog) and not dialog._task.busy, timeout=10_000)
        assert "keyrings.alt.file._FileKeyring" in dialog.keyring_warning.text()
        assert not dialog.store_button.isEnabled() and not dialog.forget_button.isEnabled()
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


def test_settings_with_the_tests_in_memory_keyring_ask_for_it_off_the_gui_thread(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The in-memory keyring answers at once, but is asked on the keyring's worker all the same: Store is off until
    its answer is in."""
    asked_on: list[threading.Thread] = []
    refused_backend = credentials.refused_backend

    def noting_thread() -> str | None:
        asked_on.append(threading.current_thread())
        return refused_backend()

    monkeypatch.setattr(credentials, "refused_backend", noting_thread)
    custom_profile(window.settings, "lab", "https://lab.example")
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    _choose(dialog, "lab")
    assert not dialog.store_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
    assert asked_on and threading.main_thread() not in asked_on
    assert dialog.store_button.isEnabled() and dialog.forget_button.isEnabled()
    assert not dialog.keyring_warning.isVisibleTo(dialog)
    assert dialog.profile_status.text() == "No credentials stored for this profile."
    dialog.reject()


def test_forget_asks_first_naming_the_profile_and_keeps_them_unless_confirmed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Forget deleted the stored api_key and api_secret at once, unasked, and Cancel did not bring them back; Alt+F is
    also the window's File menu, so a slip was plausible."""
    from PySide6.QtCore import QTimer

    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    dialog = _dialog_at(qtbot, window, "lab")
    seen: list[tuple[str, str, str]] = []

    def answer(button: QMessageBox.StandardButton, tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            if tries > 0:  # none asked: given up after 4 s, and the test finds nothing seen
                QTimer.singleShot(20, lambda: answer(button, tries - 1))
            return
        seen.append((box.text(), box.informativeText(), box.defaultButton().text()))
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert seen == [("Forget the api_key and api_secret stored for lab (custom host)?",
                     "They are deleted from the system keyring now. This cannot be undone: Cancel in Settings does "
                     "not bring them back.", "Cancel")]  # Enter keeps them
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
    assert credentials.load("lab") == LAB and dialog.key_edit.text() == LAB.api_key
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile_status.text() == "Credentials forgotten.", timeout=10_000)
    assert credentials.load("lab") is None and len(seen) == 2
    dialog.reject()


# --- what the reviewer types while the keyring looks the profile up ----------------------------------------------


STORED = "api_key and api_secret are stored in the system keyring."
REPLACES = ("The api_key typed is not the one stored in the system keyring: Store in keyring replaces the stored "
            "api_key and api_secret with the ones typed.")


def test_an_api_key_typed_over_the_stored_one_is_said_to_replace_it_once_stored(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Another api_key typed over the stored one left "api_key and api_secret are stored in the system keyring."
    beside it, as if the key on screen were the one in the keyring."""
    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    dialog = _dialog_at(qtbot, window, "lab")
    assert dialog.key_edit.text() == LAB.api_key and dialog.profile_status.text() == STORED
    qtbot.keyClicks(dialog.key_edit, "-new")
    assert dialog.profile_status.text() == REPLACES
    for _ in "-new":  # the stored one again
        qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Backspace)
    assert dialog.key_edit.text() == LAB.api_key and dialog.profile_status.text() == STORED
    qtbot.keyClicks(dialog.key_edit, "-2")
    qtbot.keyClicks(dialog.secret_edit, "lab-secret-new-0123")
    qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile_status.text() == "Stored in the system keyring.", timeout=10_000)
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Backspace)  # typed over the pair just stored
    assert dialog.profile_status.text() == REPLACES
    qtbot.keyClicks(dialog.key_edit, "2")
    assert dialog.profile_status.text() == STORED
    qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)  # another message is not the field's to replace
    assert dialog.profile_status.text() == "Enter both the api_key and the api_secret."
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Backspace)
    assert dialog.profile_status.text() == "Enter both the api_key and the api_secret."
    qtbot.keyClicks(dialog.key_edit, "2")
    dialog.reject()



class _SlowLookUpKeyring(MemoryKeyring):
    """A keyring whose look-ups wait until released (a Secret Service waiting for its unlock prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(60)
        return super().get_password(service, username)


@pytest.mark.parametrize("typed", ["api_key", "api_secret"])
def test_what_is_typed_while_the_keyring_looks_the_profile_up_is_kept(qtbot, window, typed: str) -> None:  # type: ignore[no-untyped-def]
    """An api_key typed while "Looking in the keyring…" was replaced by the stored one when the look-up ended: the
    reviewer's typing wins, the field left alone gets what is stored, and what was typed is asked about as unstored."""
    slow = _SlowLookUpKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(slow)
    try:
        custom_profile(window.settings, "lab", "https://lab.example")
        credentials.save("lab", LAB)
        dialog = SettingsDialog(window.connection, window.settings, "en", window)
        qtbot.addWidget(dialog)
        _choose(dialog, "lab")
        assert dialog._task.busy and dialog.profile_status.text() == "Looking in the keyring…"
        qtbot.keyClicks(dialog.key_edit if typed == "api_key" else dialog.secret_edit, f"typed-{typed}")
        slow.release.set()
        qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
        assert dialog.profile_status.text() == {"api_key": REPLACES, "api_secret": STORED}[typed]
        assert (dialog.key_edit.text(), dialog.secret_edit.text()) == {
            "api_key": ("typed-api_key", ""), "api_secret": (LAB.api_key, "typed-api_secret")}[typed]
        asked = answer_question(QMessageBox.StandardButton.Cancel)
        _choose(dialog, "cloud-sgp")
        assert asked[0] == {
            "api_key": "The api_key typed for lab (custom host) is not stored: an api_key is stored only with its "
                       "api_secret.",
            "api_secret": "The api_key and api_secret typed for lab (custom host) are not stored yet."}[typed]
        assert dialog.selected.name == "lab"
        dialog.key_edit.clear()
        dialog.secret_edit.clear()
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


# --- typed credentials go to the keyring under their own profile -------------------------------------------------


class _HeldKeyring(MemoryKeyring):
    """A keyring whose writes wait until released (a Secret Service waiting for its unlock prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(60)
        super().set_password(service, username, password)


def test_no_profile_is_added_or_removed_while_typed_credentials_are_being_stored(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Remove stayed on while storing: the profile went, and the built-in engine, shown next, said "Stored in the
    system keyring."."""
    held = _HeldKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(held)
    try:
        custom_profile(window.settings, "lab", "https://lab.example")
        dialog = _dialog_at(qtbot, window, "lab")
        assert dialog.remove_button.isEnabled() and dialog.add_button.isEnabled()
        dialog.key_edit.setText(LAB.api_key)
        dialog.secret_edit.setText(LAB.api_secret)
        qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
        assert dialog.profile_status.text() == "Storing in the keyring…"
        assert not dialog.remove_button.isEnabled() and not dialog.add_button.isEnabled()
        held.release.set()
        qtbot.waitUntil(lambda: dialog.profile_status.text() == "Stored in the system keyring.", timeout=10_000)
        assert dialog.selected.name == "lab" and credentials.load("lab") == LAB
        assert dialog.remove_button.isEnabled() and dialog.add_button.isEnabled()
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


# --- an address refused names the field as the dialog labels it ---------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_address_refused_is_said_as_the_base_url_whether_credentials_are_typed_or_stored(  # type: ignore[no-untyped-def]
        qtbot, window, language: str, request) -> None:
    """Test connection said "custom_url must…" with the stored credentials and "base_url must…" with typed ones, for
    the field labelled "Base URL" (服务地址), in English in a Chinese window too."""
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    dialog = _dialog_at(qtbot, window, "lab", language)
    expected = {"en": "Test connection: Base URL must not have a query (?) or fragment (#).",
                "zh_CN": "测试连接：服务地址不能包含查询参数（?）或片段（#）。"}[language]
    dialog.url_edit.setText("https://lab.example/?x=1")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)  # with the stored pair
    assert dialog.profile_status.text() == expected
    dialog.secret_edit.setText("lab-secret-typed")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)  # with the pair typed
    assert dialog.profile_status.text() == expected
    dialog.secret_edit.clear()
    _choose(dialog, "cloud-sgp")  # kept for OK: refused the same way, without "Test connection"
    assert dialog.selected.name == "lab"
    assert dialog.profile_status.text() == expected.split("：" if language == "zh_CN" else ": ", 1)[1]
    dialog.url_edit.setText("https://lab.example")
    dialog.reject()


def test_an_address_typed_without_its_scheme_is_offered_with_https(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from .test_settings_rename import cancel_name, handle_modals, read_warning, type_name

    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    dialog = _dialog_at(qtbot, window, "lab")
    dialog.url_edit.setText(" lab.example:8443/faceid ")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.profile_status.text() == ("Test connection: The Base URL must start with https:// (http:// only for "
                                            "this machine): did you mean https://lab.example:8443/faceid?")
    dialog.url_edit.setText("https://lab.example")
    seen = handle_modals([type_name("lab-2"), type_name("lab2.example"), read_warning, cancel_name])
    dialog.add_button.click()
    assert seen[2] == ("told: The Base URL must start with https:// (http:// only for this machine): did you mean "
                       "https://lab2.example?")
    dialog.reject()


# --- Test connection given up when another profile is chosen --------------------------------------------------


ENGINE_TEXT = "The built-in engine uses a key pair generated on first start."


def _testing_held_host(qtbot, window, held_host) -> tuple[SettingsDialog, threading.Event]:  # type: ignore[no-untyped-def]
    """Settings testing the stored credentials of profile "held", whose host holds the request until released."""
    url, taken, release = held_host()
    custom_profile(window.settings, "held", url)
    credentials.save("held", LAB)
    dialog = _dialog_at(qtbot, window, "held")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(taken.is_set, timeout=10_000)  # the test's request is with the host
    assert dialog.profile_status.text() == "Testing held (custom host)…"
    return dialog, release


def test_choosing_another_profile_during_a_test_connection_looks_it_up_at_once(  # type: ignore[no-untyped-def]
        qtbot, window, held_host) -> None:
    """The look-up of the profile chosen waited behind the test ("Looking in the keyring…", Test off) until the host
    answered or the test's 20 s ran out."""
    dialog, _release = _testing_held_host(qtbot, window, held_host)
    _choose(dialog, "cloud-cn")
    qtbot.waitUntil(lambda: dialog.profile_status.text() == "No credentials stored for this profile.", timeout=10_000)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
    dialog.reject()


def test_an_answer_to_a_test_given_up_is_not_said_under_the_profile_chosen_since(  # type: ignore[no-untyped-def]
        qtbot, window, held_host) -> None:
    """The held host's refusal came under the built-in engine, with its address: "Test connection to
    http://127.0.0.1:… — wrong api_key or api_secret… Enter the right ones above" (fields off for the engine)."""
    dialog, release = _testing_held_host(qtbot, window, held_host)
    _choose(dialog, "local-engine")
    assert dialog.profile_status.text() == ENGINE_TEXT
    release.set()  # the host refuses the key now
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and not dialog._task.busy, timeout=30_000)
    assert dialog.profile_status.text() == ENGINE_TEXT
    dialog.reject()


def test_testing_the_stored_pair_looks_it_up_as_choosing_the_profile_does(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The test looks the stored pair up on the dialog's keyring worker, one keyring call at a time: a locked keyring
    is said as the look-up says it (unlock it), not as one missing."""
    custom_profile(window.settings, "lab", "https://lab.example")
    previous = keyring.get_keyring()
    keyring.set_keyring(_LockedKeyring())
    try:
        dialog = _dialog_at(qtbot, window, "lab")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
        assert dialog.profile_status.text() == ("The system keyring is locked (Failed to unlock the collection!). "
                                                "Unlock the keyring when it asks, then try again.")
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


# --- what Test connection tests is what is shown ------------------------------------------------------------------


def test_test_connection_with_only_the_api_key_changed_asks_for_its_api_secret(qtbot, window, connector) -> None:  # type: ignore[no-untyped-def]
    """With a pair stored, a changed api_key (api_secret left blank, as its placeholder suggests) tested the stored pair
    and said "OK: … accepts this api_key"."""
    custom_profile(window.settings, "lab", connector.engine_url)
    engine_pair = window.connection.client._credentials
    credentials.save("lab", engine_pair)
    dialog = _dialog_at(qtbot, window, "lab")
    assert dialog.key_edit.text() == engine_pair.api_key
    dialog.key_edit.setText("a-key-the-engine-does-not-know")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.profile_status.text() == "Enter the api_secret of the api_key typed above too, then test again."
    assert not dialog._task.busy and not dialog._testing.busy  # nothing was tested
    dialog.key_edit.clear()
    dialog.secret_edit.setText("a-secret-without-its-key")  # nor an api_secret with the stored api_key
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.profile_status.text() == "Enter both the api_key and the api_secret."
    dialog.secret_edit.clear()
    dialog.key_edit.setText(engine_pair.api_key)  # the stored one again: the stored pair is tested, and said so
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile_status.text().startswith("Test connection"), timeout=30_000)
    assert dialog.profile_status.text() == (f"Test connection to {connector.engine_url} with the api_key and api_secret "
                                            "stored in the keyring — OK: the service answers and accepts this api_key.")
    dialog.reject()


def test_ok_and_choosing_another_profile_ask_about_an_api_key_typed_alone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """OK dropped a changed api_key without a word: only a typed api_secret was asked about."""
    from PySide6.QtWidgets import QDialog

    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    dialog = _dialog_at(qtbot, window, "lab")
    dialog.key_edit.setText("lab-key-2")
    asked = answer_question(QMessageBox.StandardButton.Cancel)
    _choose(dialog, "cloud-sgp")
    assert asked[0] == ("The api_key typed for lab (custom host) is not stored: an api_key is stored only with its "
                        "api_secret.")
    assert dialog.selected.name == "lab" and dialog.key_edit.text() == "lab-key-2"
    asked = answer_question(QMessageBox.StandardButton.Save)  # not offered: nothing to store it with
    dialog._accept()
    assert asked[1:] == [""] and dialog.result() == QDialog.DialogCode.Rejected  # Esc's Cancel was clicked
    assert dialog.key_edit.text() == "lab-key-2"
    asked = answer_question(QMessageBox.StandardButton.Discard)
    dialog._accept()
    assert asked and dialog.result() == QDialog.DialogCode.Accepted
    assert credentials.load("lab") == LAB


def test_the_stored_api_key_shown_is_not_asked_about(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    custom_profile(window.settings, "lab", "https://lab.example")
    credentials.save("lab", LAB)
    dialog = _dialog_at(qtbot, window, "lab")
    assert dialog.key_edit.text() == LAB.api_key
    _choose(dialog, "cloud-sgp")  # nothing typed: nothing asked, on at once
    assert dialog.selected.name == "cloud-sgp"
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


# --- Esc, Cancel and closing ask about typed credentials, as OK does ------------------------------------------------


def test_esc_cancel_and_closing_ask_about_typed_credentials_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """README: typed and not stored, they are never dropped unasked; OK and choosing another profile asked, Esc, Cancel
    and closing the window dropped them."""
    from PySide6.QtWidgets import QDialog

    custom_profile(window.settings, "lab", "https://lab.example")
    dialog = _dialog_at(qtbot, window, "lab", shown=True)
    dialog.key_edit.setText(LAB.api_key)
    dialog.secret_edit.setFocus()
    qtbot.keyClicks(dialog.secret_edit, LAB.api_secret)
    asked = answer_question(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_Escape)
    assert asked[:2] == ["The api_key and api_secret typed for lab (custom host) are not stored yet.", "Cancel"]
    assert dialog.isVisible() and dialog.secret_edit.text() == LAB.api_secret
    asked = answer_question(QMessageBox.StandardButton.Cancel)
    dialog._cancel_button.click()
    assert asked and dialog.isVisible()
    asked = answer_question(QMessageBox.StandardButton.Save)
    dialog.close()  # the window's close button
    assert asked[1] == "Store &in keyring"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)  # closed once they are in the keyring
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert credentials.load("lab") == LAB


def test_cancel_discarding_typed_credentials_stores_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    custom_profile(window.settings, "lab", "https://lab.example")
    dialog = _dialog_at(qtbot, window, "lab", shown=True)
    dialog.key_edit.setText(LAB.api_key)
    dialog.secret_edit.setText(LAB.api_secret)
    asked = answer_question(QMessageBox.StandardButton.Discard)
    dialog._cancel_button.click()
    assert asked and not dialog.isVisible()
    assert credentials.load("lab") is None


def test_cancel_with_credentials_typed_for_a_profile_added_in_the_visit_offers_no_store(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    """Cancel drops a profile added in the dialog, and forgets what was stored for it: storing them is no answer."""
    from PySide6.QtWidgets import QInputDialog

    dialog = _dialog_at(qtbot, window, "local-engine", shown=True)
    answers = iter([("trial", True), ("https://trial.example", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    dialog.add_button.click()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
    dialog.key_edit.setText("trial-key")
    dialog.secret_edit.setText("trial-secret-typed")
    asked = answer_question(QMessageBox.StandardButton.Save)  # not offered: Esc's Cancel is clicked
    qtbot.keyClick(dialog.profile_list, Qt.Key.Key_Escape)
    assert asked == ["The api_key and api_secret typed for trial (custom host) are not stored yet.", ""]
    assert dialog.isVisible()
    answer_question(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.profile_list, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and credentials.load("trial") is None
