"""What the tool bar and the status line say: in the window's language, without internal names."""

from __future__ import annotations

import keyring
import pytest
from keyring.errors import KeyringLocked
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

from faceid_console.ui.connection import ServiceState

from ..conftest import MemoryKeyring
from .conftest import custom_profile
from .test_connection_errors import switch


def test_zh_cn_tool_bar_buttons_show_no_alt_letter(qtbot, chinese, make_window) -> None:  # type: ignore[no-untyped-def]
    """The bar showed "测试连接(T)" and "设置(S)": Qt strips only the "&", and those letters do nothing on the bar."""
    window = make_window(language="zh_CN")
    bar = window.findChild(QToolBar, "connectionToolbar")
    for action, label in ((window.test_action, "Test connection"), (window.settings_action, "Settings…")):
        button = bar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert button.text() == QCoreApplication.translate("MainWindow", label)
        assert "(" not in button.text() and "&" not in button.text()
    # The menu items keep their Alt letters.
    assert window.test_action.text() == "测试连接(&T)"
    assert window.settings_action.text() == "设置(&S)…"
    # Nor do their tooltips, which say what the button does and its shortcut (the default was "设置(S)…").
    for action in (window.test_action, window.settings_action):
        assert "(T)" not in action.toolTip() and "(S)" not in action.toolTip() and "Ctrl+" in action.toolTip()
    window.connection.close()


def press_ctrl_t(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+T as a reviewer presses it, with the keyboard in the window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_t_on_a_profile_without_credentials_says_why_nothing_is_tested(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Test connection was disabled on an unusable profile, and Ctrl+T did nothing at all."""
    switch(qtbot, window, "cloud-sgp")
    assert window.connection.state is ServiceState.FAILED
    checks: list[object] = []
    window.connection.checked.connect(lambda *args: checks.append(args))
    press_ctrl_t(qtbot, window)
    assert window.statusBar().currentMessage() == (
        "Nothing tested: no api_key / api_secret stored for this profile. Enter them in Settings (Ctrl+,).")
    bar = window.findChild(QToolBar, "connectionToolbar")
    button = bar.widgetForAction(window.test_action)
    window.statusBar().clearMessage()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a click is answered too
    assert window.statusBar().currentMessage().startswith("Nothing tested: no api_key / api_secret")
    assert checks == []  # nothing was sent
    switch(qtbot, window, "local-engine")  # a usable profile is tested as before
    with qtbot.waitSignal(window.connection.checked, timeout=30_000):
        press_ctrl_t(qtbot, window)
        assert window.statusBar().currentMessage() == "Testing the connection…"


REFUSED_URL = "http://10.255.255.1:8080"


def test_a_refused_address_is_said_without_the_field_name_and_ctrl_t_says_what_to_do(qtbot, window, settings) -> None:  # type: ignore[no-untyped-def]
    custom_profile(settings, "branch-lan", REFUSED_URL)  # as a hand-edited settings.json has it
    switch(qtbot, window, "branch-lan")
    assert window.connection.state is ServiceState.FAILED
    reason = ("the address is not usable: Plain HTTP is only allowed to this machine; use https:// for "
              "10.255.255.1.")
    assert window.connection_label.text() == f"● Not usable: {reason}"
    press_ctrl_t(qtbot, window)
    assert window.statusBar().currentMessage() == (
        f"Nothing tested: {reason} Correct the address in Settings (Ctrl+,), or choose another profile.")


def test_a_refused_address_is_said_in_chinese(qtbot, chinese, make_window, settings) -> None:  # type: ignore[no-untyped-def]
    """zh_CN showed the validator's English inside the Chinese sentence, with its "custom_url:" prefix."""
    window = make_window(language="zh_CN")
    custom_profile(settings, "branch-lan", REFUSED_URL)
    switch(qtbot, window, "branch-lan")
    assert window.connection_label.text() == "● 不可用：服务地址不可用：仅允许对本机使用明文 HTTP；请对 10.255.255.1 使用 https://。"
    window.connection.close()


@pytest.mark.parametrize(("stored", "language", "reason"), [
    ("lab.example:8443/faceid", "en", "The Base URL must start with https:// (http:// only for this machine): did you "
                                      "mean https://lab.example:8443/faceid?"),
    ("lab.example:8443/faceid", "zh_CN", "服务地址必须以 https:// 开头（http:// 仅用于本机）：您是否要输入 "
                                         "https://lab.example:8443/faceid？"),
    ("https://lab.example/?x=1", "en", "Base URL must not have a query (?) or fragment (#)."),
    ("https://lab.example/?x=1", "zh_CN", "服务地址不能包含查询参数（?）或片段（#）。"),
])
def test_a_refused_stored_address_names_the_field_as_settings_labels_it(  # type: ignore[no-untyped-def]
        qtbot, make_window, settings, request, stored: str, language: str, reason: str) -> None:
    """The top bar said "custom_url must be an http(s) URL such as https://api.megvii.com" for an address stored without
    its scheme, and "custom_url must not have a query…" (in a Chinese window too), where Settings names its Base URL
    field and offers the address with https://."""
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    window = make_window(language=language)
    custom_profile(settings, "lab", stored)  # as a hand-edited settings.json has it
    switch(qtbot, window, "lab")
    assert window.connection.state is ServiceState.FAILED
    expected = {"en": f"● Not usable: the address is not usable: {reason}",
                "zh_CN": f"● 不可用：服务地址不可用：{reason}"}[language]
    assert window.connection_label.text() == expected
    assert "custom_url" not in window.connection_label.text()
    window.connection.close()


class _UnlockableKeyring(MemoryKeyring):
    """A Secret Service whose unlock prompt the reviewer dismisses until ``locked`` is cleared."""

    def __init__(self) -> None:
        super().__init__()
        self.locked = True
        self.asked = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.asked += 1
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")
        return super().get_password(service, username)


#: After "Not usable:" and "Nothing tested:", in lower case as every other reason there ("… Not usable: The system…").
LOCKED = "the system keyring is locked (Failed to unlock the collection!). Unlock the keyring when it asks, then try again."


def test_a_locked_keyring_is_said_locked_as_settings_says_it_and_ctrl_t_asks_it_again(  # type: ignore[no-untyped-def]
        qtbot, window, connector) -> None:
    """The top bar said "the system keyring is not available (The system keyring is locked: …). Start a Secret
    Service…" of a keyring that is there and locked, where Settings says to unlock it; Ctrl+T said so again without
    asking the keyring, which asks to be unlocked when the profile is opened."""
    from faceid_console import credentials

    engine_pair = window.connection.client._credentials
    locked = _UnlockableKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(locked)
    try:
        locked.locked = False
        credentials.save("lab", engine_pair)
        locked.locked = True
        custom_profile(window.settings, "lab", connector.engine_url)
        switch(qtbot, window, "lab")
        assert window.connection.state is ServiceState.FAILED
        assert window.connection_label.text() == f"● Not usable: {LOCKED}"
        asked = locked.asked
        press_ctrl_t(qtbot, window)  # dismissed again: said again, once the keyring was asked
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Nothing tested: {LOCKED}", timeout=30_000)
        assert locked.asked > asked and window.connection.state is ServiceState.FAILED
        locked.locked = False  # unlocked when it asks
        with qtbot.waitSignal(window.connection.checked, timeout=30_000):
            press_ctrl_t(qtbot, window)
        assert window.connection.state is ServiceState.READY
        assert window.statusBar().currentMessage() == (
            f"Connection tested: Ready: {connector.engine_url} answers")
    finally:
        keyring.set_keyring(previous)


def test_a_test_overtaken_by_a_switch_is_not_said_of_the_profile_s_next_check(qtbot, window, connector) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+T, then another profile before the answer: back on the first one, its automatic check said "Connection
    tested: …" as if the reviewer had asked for it."""
    from faceid_console import credentials

    credentials.save("lab", window.connection.client._credentials)
    custom_profile(window.settings, "lab", connector.engine_url)
    press_ctrl_t(qtbot, window)
    assert window.statusBar().currentMessage() == "Testing the connection…"
    switch(qtbot, window, "lab")  # before the answer came: the test is given up
    assert window.connection.state is ServiceState.READY
    switch(qtbot, window, "local-engine")  # checked as any profile chosen is, unasked
    assert window.connection.check_result is not None
    assert window.statusBar().currentMessage() == ""
    with qtbot.waitSignal(window.connection.checked, timeout=30_000):  # asked for again: said again
        press_ctrl_t(qtbot, window)
    assert window.statusBar().currentMessage() == "Connection tested: Ready: built-in engine answers"


def test_a_locked_keyring_s_test_overtaken_by_a_switch_is_not_said_of_the_profile_s_next_opening(  # type: ignore[no-untyped-def]
        qtbot, window, connector) -> None:
    """Ctrl+T on a profile whose keyring was locked opens it again; another profile chosen while it opened, the
    profile's next opening (the keyring unlocked meanwhile) said "Connection tested: …" unasked."""
    from faceid_console import credentials

    engine_pair = window.connection.client._credentials
    locked = _UnlockableKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(locked)
    try:
        locked.locked = False
        credentials.save("lab", engine_pair)
        locked.locked = True
        custom_profile(window.settings, "lab", connector.engine_url)
        switch(qtbot, window, "lab")
        assert window.connection.state is ServiceState.FAILED
        press_ctrl_t(qtbot, window)  # opened again, and tested once open
        assert window.connection.state is ServiceState.STARTING
        switch(qtbot, window, "local-engine")  # before it opened: the test is given up
        assert window.connection.state is ServiceState.READY
        locked.locked = False
        switch(qtbot, window, "lab")
        assert window.connection.state is ServiceState.READY and window.connection.check_result is not None
        assert window.statusBar().currentMessage() == ""
    finally:
        keyring.set_keyring(previous)


def choose_language_and_ok(qtbot, window, code: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from faceid_console.ui.settings_dialog import SettingsDialog

    window.open_settings()
    dialog = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())  # not one closed before
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(code))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def test_ok_after_choosing_another_language_says_when_it_changes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Choosing 简体中文 and OK changed nothing on screen and said nothing."""
    from faceid_console.settings import Settings

    choose_language_and_ok(qtbot, window, "zh_CN")
    assert Settings.load().language == "zh_CN"
    assert window.statusBar().currentMessage() == (
        "The language changes to 简体中文 when FaceID Console is next started.")
    window.statusBar().clearMessage()
    choose_language_and_ok(qtbot, window, "zh_CN")  # the same again: nothing to say
    assert window.statusBar().currentMessage() == ""
    choose_language_and_ok(qtbot, window, "")
    assert Settings.load().language == ""
    assert window.statusBar().currentMessage() == (
        "FaceID Console follows the system's language when it is next started.")


@pytest.mark.parametrize(("shown_times", "zone"), [("utc", "UTC"), ("local", "UTC+08:00")])
def test_the_session_link_s_expiry_is_in_the_zone_shown_as_app_token_s(  # type: ignore[no-untyped-def]
        qtbot, window, faces, shown_times: str, zone: str) -> None:
    """The link said "valid until 2026-12-01 13:57:47" (local time, no zone) where App token says "05:57:42 UTC":
    its time is in the zone the window shows times in (Settings), and names it."""
    import os
    import time

    from .test_liveness_pages import start_session

    window.settings.shown_times = shown_times
    clock = time.gmtime if shown_times == "utc" else time.localtime
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"  # 8 hours from UTC: a local time cannot pass for UTC
    time.tzset()
    try:
        start_session(qtbot, window, faces)
        page = window.session_page
        assert page.token is not None and page.token.expired_time
        until = time.strftime("%H:%M:%S", clock(page.token.expired_time))
        # An hour's link started after 23:00 ends tomorrow, and then says so with its date.
        day = "" if clock(page.token.expired_time)[:3] == clock()[:3] else time.strftime(
            "%Y-%m-%d ", clock(page.token.expired_time))
        assert f"(valid until {day}{until} {zone}, once)" in page.session_label.text()
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.parametrize("name", ["招商银行深圳分行个人贷款审核部门测试环境第二套备用服务器节点一号二号三号四号",  # 40, as allowed
                                  "lab-staging-sgp-2-branch-office-shenzhen"])
def test_a_long_profile_name_is_cut_in_the_box_and_never_pushes_the_buttons_off_the_bar(  # type: ignore[no-untyped-def]
        qtbot, make_window, settings, name: str) -> None:
    """A 38-letter Chinese name sized the box to 570 px: at 800 px Test connection and Settings… went into the » menu,
    whichever profile was active."""
    custom_profile(settings, name, "https://lab.example")
    window = make_window()
    bar = window.findChild(QToolBar, "connectionToolbar")
    box = window.profile_box
    test_button, settings_button = (bar.widgetForAction(a) for a in (window.test_action, window.settings_action))
    window.resize(800, 600)
    window.show()
    for index in (box.findData(name), 0):
        box.setCurrentIndex(index)
        qtbot.waitUntil(lambda: window.width() == 800 and test_button.isVisible() and settings_button.isVisible(),
                        timeout=5_000)
        extension = bar.findChild(QWidget, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible()
        assert settings_button.geometry().right() <= bar.contentsRect().right()
        assert box.toolTip() == box.currentText()  # the whole name, where the box cuts it
    view = box.view()
    assert view.minimumWidth() >= view.sizeHintForColumn(0)  # its list shows every name whole
    if name.isascii():
        assert box.width() >= box.sizeHint().width()  # a 40-letter Latin name fits whole
    else:
        assert box.width() < box.sizeHint().width()
    window.connection.close()


TOO_LARGE = (413, "text/plain", b"Request Entity Too Large")
UNKNOWN_CODE = (400, "application/json", b'{"error_message": "SOMETHING_NEW: foo", "request_id": "1,r"}')


def _host_answering(answers: list[tuple[int, str, bytes]]):  # type: ignore[no-untyped-def]
    """A host that passes the connection test, then answers each call with the next of ``answers``."""
    from tests.http_stub import Stub

    def respond(_n: int, path: str) -> tuple[int, str, bytes]:
        if "get_result" in path:  # the connection test's look-up of a made-up biz_id
            return 400, "application/json", b'{"error_message": "RESULT_NOT_FOUND", "request_id": "1,p"}'
        return answers.pop(0)
    return Stub(respond)


def _token_request(qtbot, page, faces) -> None:  # type: ignore[no-untyped-def]
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText("applicant-s")
    if page.slots["image_ref1"].photo is None:
        page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
        qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()


def test_app_token_s_status_line_says_the_error_s_headline_not_its_code(qtbot, window, settings, faces) -> None:  # type: ignore[no-untyped-def]
    """It said "No biz_token: Request Entity Too Large" (an HTTP reason) or "…: SOMETHING_NEW", where Liveness
    results says the error panel's headline, in the window's language."""
    from faceid_console.api import Credentials
    from faceid_console.credentials import save as save_credentials

    token = (200, "application/json", b'{"biz_token": "tok-1", "request_id": "1,t", "time_used": 5}')
    host = _host_answering([TOO_LARGE, token, UNKNOWN_CODE])
    try:
        custom_profile(settings, "status-words", host.url)
        save_credentials("status-words", Credentials("k", "s"))
        switch(qtbot, window, "status-words")
        page = window.token_page
        _token_request(qtbot, page, faces)
        headline = page.error_panel.headline.text()
        assert headline == "The request was refused as too large on the way to FaceID"
        assert window.statusBar().currentMessage() == f"No biz_token: {headline}"
        _token_request(qtbot, page, faces)
        assert page.token is not None
        _token_request(qtbot, page, faces)  # refused, with the earlier biz_token still valid on show
        headline = page.error_panel.headline.text()
        assert window.statusBar().currentMessage() == f"No new biz_token: {headline}. The earlier one is still shown."
        assert "SOMETHING_NEW" not in window.statusBar().currentMessage()
    finally:
        host.close()


def test_the_session_page_s_status_line_says_the_error_s_headline_in_the_window_s_language(  # type: ignore[no-untyped-def]
        qtbot, chinese, make_window, settings, faces) -> None:
    """It said "未开始会话：SOMETHING_NEW" (a code no reviewer reads) where Liveness results says the headline."""
    from faceid_console.api import Credentials
    from faceid_console.credentials import save as save_credentials

    window = make_window(language="zh_CN")
    host = _host_answering([UNKNOWN_CODE])
    try:
        custom_profile(settings, "status-words", host.url)
        save_credentials("status-words", Credentials("k", "s"))
        switch(qtbot, window, "status-words")
        page = window.session_page
        page.return_edit.setText("https://example.com/return")
        page.notify_edit.setText("https://example.com/notify")
        page.compare_radio.setChecked(True)
        page.uuid_edit.setText("applicant-s")
        page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
        qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
        with qtbot.waitSignal(page.finished, timeout=60_000):
            page.start_button.click()
        headline = page.error_panel.headline.text()
        assert headline == QCoreApplication.translate("ErrorPanel", "FaceID refused the request") != (
            "FaceID refused the request")
        status = window.statusBar().currentMessage()
        assert status.endswith(headline) and "SOMETHING_NEW" not in status
    finally:
        window.connection.close()
        host.close()


def test_the_profile_box_and_the_state_beside_it_stay_put_through_every_page(  # type: ignore[no-untyped-def]
        qtbot, make_window, settings) -> None:
    """A guard, not a fix: the box looked 40 px wider on the liveness and History screenshots than on Verify's first
    ones. It is as wide as its longest name, on every page: scripts/screenshots.py adds "lab-unreachable (custom
    host)" after Verify's first shots, and its Verify shots after that have the wider box too."""
    custom_profile(settings, "lab-wrong-secret", "http://127.0.0.1:9")
    custom_profile(settings, "lab-unreachable", "http://127.0.0.1:9")
    window = make_window()
    box, label = window.profile_box, window.connection_label
    placed: set[tuple[int, int]] = set()
    for row in [*range(window.navigation.count()), 0, 3, 1, 5]:  # each page built, then switched between
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        qtbot.waitUntil(lambda page=page: page.isVisible(), timeout=5_000)
        qtbot.wait(50)  # laid out again, if anything changed
        placed.add((box.geometry().width(), label.x()))
    assert len(placed) == 1, placed
    assert box.width() == box.sizeHint().width()  # as wide as its longest name
    window.connection.close()
