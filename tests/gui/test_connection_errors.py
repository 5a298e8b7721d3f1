"""Errors on the way to the service: wrong secret, nothing listening, a proxy's non-JSON answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from faceid_console.api import Credentials
from faceid_console.credentials import save as save_credentials
from faceid_console.ui.connection import ServiceState

from .conftest import custom_profile
from .helpers import fill_compare, submit_with_keyboard


def switch(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    window.connection.switch_to(name)
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING
                    and (window.connection.state is ServiceState.FAILED or window.connection.check_result is not None),
                    timeout=60_000)


def test_wrong_secret_is_found_by_the_connection_test_and_explained_on_verify(qtbot, window, connector, settings, faces: Path) -> None:  # type: ignore[no-untyped-def]
    custom_profile(settings, "lab", connector.engine_url)
    save_credentials("lab", Credentials("someone-else", "wrong-secret"))
    switch(qtbot, window, "lab")
    assert window.connection.check_result.outcome.value == "wrong_credentials"
    assert "wrong api_key or api_secret" in window.connection_label.text()
    assert window.profile_box.currentData() == "lab"
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == "AUTHENTICATION_ERROR"
    assert panel.headline.text() == "FaceID did not accept this profile's api_key"
    assert "Settings" in panel.next_label.text()
    assert "wrong-secret" not in window.verify_page.result_view.raw_json.toPlainText()


def test_unreachable_host_says_nothing_was_sent(qtbot, window, settings, faces: Path) -> None:  # type: ignore[no-untyped-def]
    custom_profile(settings, "nowhere", "http://127.0.0.1:9")
    save_credentials("nowhere", Credentials("k", "s"))
    switch(qtbot, window, "nowhere")
    assert window.connection.check_result.outcome.value == "unreachable"
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == "CONNECTION_FAILED"
    assert panel.headline.text() == "No answer from the service"
    assert panel.billed_label.text() == "Not billed: nothing reached the service."
    assert window.verify_page.submit_button.isEnabled()
    page = window.verify_page  # no answer, so nothing to decide on
    assert page.answer_entry is None and not page.decide_button.isVisibleTo(page)


@pytest.mark.parametrize(("status", "content_type", "body", "code", "headline"), [
    (413, "text/plain", b"Request Entity Too Large", "Request Entity Too Large", "FaceID refused the request"),
    (502, "text/html", b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>", "INVALID_RESPONSE",
     "The answer was not from FaceID"),
])
def test_non_json_answers_are_explained(qtbot, window, settings, faces: Path, fixed_answer_server,  # type: ignore[no-untyped-def]
                                        status: int, content_type: str, body: bytes, code: str, headline: str) -> None:
    url = fixed_answer_server(status, content_type, body)
    custom_profile(settings, "proxy", url)
    save_credentials("proxy", Credentials("k", "s"))
    switch(qtbot, window, "proxy")
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == code and panel.error.http_status == status
    assert panel.headline.text() == headline
    assert panel.explanation.text()
    assert window.verify_page.submit_button.isEnabled()


def test_a_profile_without_credentials_is_not_usable_and_says_how_to_fix_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    switch(qtbot, window, "cloud-sgp")
    assert window.connection.state is ServiceState.FAILED
    assert "Enter them in Settings" in window.connection_label.text()
    assert not window.verify_page.submit_button.isEnabled()
    assert "not usable" in window.verify_page.stage_label.text()
    switch(qtbot, window, "local-engine")
    assert window.connection.state is ServiceState.READY and window.verify_page.submit_button.isEnabled()


def test_no_keyring_backend_is_reported_not_a_crash(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    switch(qtbot, window, "cloud-cn")
    assert window.connection.state is ServiceState.FAILED
    assert "keyring is not available" in window.connection_label.text()
    from faceid_console.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    assert dialog.keyring_warning.isVisibleTo(dialog)
    assert "gnome-keyring" in dialog.keyring_warning.text()
