"""Errors on the way to the service: wrong secret, nothing listening, a proxy's non-JSON answers."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from faceid_console.api import Credentials
from faceid_console.credentials import save as save_credentials
from faceid_console.ui import colours
from faceid_console.ui.colours import text_colour
from faceid_console.ui.connection import ServiceState
from faceid_console.ui.models.history_model import COLUMNS
from faceid_console.ui.pages.history_page import stored_error
from faceid_console.ui.widgets.error_panel import ErrorPanel

from .conftest import answer_question, custom_profile, whole_request
from .helpers import advice_in_both, fill_compare, fill_kyc, submit_with_keyboard


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
    assert panel.headline.text() == "FaceID did not accept this profile's api_key or api_secret"
    assert "Settings" in panel.next_label.text()
    assert "wrong-secret" not in window.verify_page.result_view.raw_json.toPlainText()
    page = window.verify_page  # a refusal of the profile says nothing of the applicant: nothing to decide on
    assert page.last_entry is not None and page.answer_entry is None and not page.decide_button.isVisibleTo(page)


def test_a_long_connection_state_is_cut_and_the_tool_bar_s_buttons_stay_on_the_bar(qtbot, window, connector, settings) -> None:  # type: ignore[no-untyped-def]
    """A wrong secret's long state pushed Test connection and Settings… into the bar's » menu at any usual width; and
    the buttons followed the state's text, somewhere else after each change of it (x 456 when ready, 1096 for a wrong
    secret): a reviewer reaching for Settings after an error did not find it where it was."""
    bar = window.findChild(QToolBar, "connectionToolbar")
    label = window.connection_label
    test_button, settings_button = (bar.widgetForAction(a) for a in (window.test_action, window.settings_action))
    window.resize(1216, 700)
    qtbot.waitUntil(lambda: label.shown_text() == label.text() == "● Ready: built-in engine answers", timeout=5_000)
    assert label.toolTip() == ""
    ready_at = (test_button.x(), settings_button.x())
    assert bar.contentsRect().right() - settings_button.geometry().right() < 20  # at the bar's end
    custom_profile(settings, "lab-wrong-secret", connector.engine_url)  # a name wider than the box's least width
    save_credentials("lab-wrong-secret", Credentials("someone-else", "wrong-secret"))
    switch(qtbot, window, "lab-wrong-secret")
    whole = label.text()
    assert "wrong api_key or api_secret" in whole and whole.endswith("[AUTHENTICATION_ERROR]")
    assert text_colour(label) == colours.FAIL
    qtbot.waitUntil(lambda: label.shown_text() != whole, timeout=5_000)  # laid out again: cut to its room
    assert (test_button.x(), settings_button.x()) == ready_at  # where they were, whatever the state says
    extension = bar.findChild(QWidget, "qt_toolbar_ext_button")
    for width in (1216, 1024, 800):
        window.resize(width, 700)
        qtbot.waitUntil(lambda width=width: window.width() == width and bar.width() <= width
                        and label.geometry().right() < test_button.x() and label.width() >= 300,
                        timeout=5_000)  # laid out: room for the state's start at 800 px too
        assert test_button.isVisible() and settings_button.isVisible(), width
        assert extension is None or not extension.isVisible(), width
        assert settings_button.geometry().right() <= bar.contentsRect().right(), width
        shown = label.shown_text()
        assert shown.endswith("…") and shown.startswith("● http://127.0.0.1:") and len(shown) < len(whole), width
        assert label.toolTip() == whole and label.accessibleDescription() == whole
        assert label.width() >= 300, width  # room for the state's start at 800 px
        assert window.profile_box.width() >= window.profile_box.sizeHint().width(), width  # the state gives way
        copy = label.findChild(QAction, "copyText")  # the whole state, for a ticket
        copy.trigger()
        assert QGuiApplication.clipboard().text() == whole


def test_unreachable_host_says_nothing_was_sent(qtbot, window, settings, faces: Path) -> None:  # type: ignore[no-untyped-def]
    custom_profile(settings, "nowhere", "http://127.0.0.1:9")
    save_credentials("nowhere", Credentials("k", "s"))
    switch(qtbot, window, "nowhere")
    assert window.connection.check_result.outcome.value == "unreachable"
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == "CONNECTION_FAILED"
    assert panel.headline.text() == "The request did not reach the service"
    assert panel.billed_label.text() == "Not billed: nothing reached the service."
    # The form edited since: the note over it does not call the failure an answer.
    page = window.verify_page
    page.uuid_edit.setText("applicant-next")
    assert page.outdated_note.isVisibleTo(page)
    assert page.outdated_note.text().startswith("⚠ This is about the form as it was when Verify was pressed;")
    assert not advice_in_both(panel.explanation.text(), panel.next_label.text())  # what happened, then what to do
    assert window.verify_page.submit_button.isEnabled()
    page = window.verify_page  # no answer, so nothing to decide on
    assert page.answer_entry is None and not page.decide_button.isVisibleTo(page)


def test_with_no_answer_details_offer_the_console_s_error_record_named_as_such_not_as_the_answer_s_json(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, tmp_path: Path) -> None:
    """Nothing listening: Details offered "Raw JSON" and "Copy JSON", named "Raw JSON of the answer", though no answer
    came and the JSON was the console's own record of the error; support could take it for what FaceID said. It is
    named as the console's record (still copyable, without secrets); an answer's JSON is named as before."""
    from PIL import Image

    custom_profile(settings, "nowhere", "http://127.0.0.1:9")
    save_credentials("nowhere", Credentials("key-of-nowhere", "secret-of-nowhere"))
    switch(qtbot, window, "nowhere")
    view = window.verify_page.result_view
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    assert view.error_panel.error is not None and view.error_panel.error.code == "CONNECTION_FAILED"
    assert view.details_box.isVisibleTo(view)
    assert view.json_toggle.text() == "No answer from the service: the console's error record"
    assert "console's own record" in view.json_toggle.toolTip()
    assert view.copy_json.text() == "Copy error record" and view.copy_json.isEnabled()
    assert view.raw_json.accessibleName() == "The console's error record (no answer came)"
    view.copy_json.click()
    record = json.loads(QGuiApplication.clipboard().text())
    assert record["code"] == "CONNECTION_FAILED" and record["origin"] == "transport" and record["http_status"] is None
    assert "secret-of-nowhere" not in QGuiApplication.clipboard().text()
    # An answer that came (a refusal, its JSON FaceID's) is named as the answer's again.
    switch(qtbot, window, "local-engine")
    wall = tmp_path / "wall.jpg"
    Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
    fill_compare(qtbot, window.verify_page, wall, faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    assert view.error_panel.error is not None and view.error_panel.error.code == "NO_FACE_FOUND"
    assert view.json_toggle.text() == "Raw &JSON" and view.json_toggle.toolTip() == ""
    assert view.copy_json.text() == "Copy ra&w JSON" and view.raw_json.accessibleName() == "Raw JSON of the answer"
    assert json.loads(view.raw_json.toPlainText())["error_message"] == "NO_FACE_FOUND: image"


@pytest.mark.parametrize(("status", "content_type", "body", "code", "headline"), [
    # FaceID's own 413 is this plain text (its documents), or its JSON error.
    (413, "text/plain", b"Request Entity Too Large", "Request Entity Too Large", "FaceID refused the request"),
    (413, "application/json", b'{"error_message": "Request Entity Too Large"}', "Request Entity Too Large",
     "FaceID refused the request"),
    # A proxy's page: "FaceID refused the request" blamed FaceID for a limit on the way to it.
    (413, "text/html", b"<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request "
                       b"Entity Too Large</h1></center><hr><center>nginx</center></body></html>",
     "Request Entity Too Large", "The request was refused as too large on the way to FaceID"),
    # 503: a server or gateway that will not handle the request at all (overloaded, in maintenance): not FaceID's
    # answer, and not processed, so not billed (a 502/504 is: see the test below).
    (503, "text/html", b"<html><body><h1>503 Service Unavailable</h1>nginx</body></html>", "INVALID_RESPONSE",
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
    page = window.verify_page  # a proxy's page is no answer about the applicant: nothing to decide on
    assert page.last_entry is not None and page.answer_entry is None
    assert not page.decide_button.isVisibleTo(page) and not page.decide_action.isEnabled()
    shown = _history_entry_shown(qtbot, window).result_view.error_panel  # History heads it as the page did
    qtbot.waitUntil(lambda: shown.error is not None, timeout=10_000)
    assert shown.headline.text() == headline


def send_on(qtbot, window, which: str, faces: Path) -> ErrorPanel:  # type: ignore[no-untyped-def]
    """Fill the form of page ``which`` (verify, results, token, session) and send it; returns the page's error panel
    once the answer (an error here) is shown."""
    if which == "verify":
        fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
        submit_with_keyboard(qtbot, window)
        return window.verify_page.result_view.error_panel
    if which == "results":
        page = window.liveness_page
        page.biz_edit.setText("1700000000,behind-a-gateway")
        with qtbot.waitSignal(page.finished, timeout=60_000):
            page.fetch_button.click()
        return page.error_panel
    page = window.token_page if which == "token" else window.session_page
    if which == "session":
        page.return_edit.setText("https://example.com/return")
        page.notify_edit.setText("https://example.com/notify")
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText("applicant-g")
    page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        (page.send_button if which == "token" else page.start_button).click()
    return page.error_panel


@pytest.mark.parametrize("which", ["verify", "results", "token", "session"])
@pytest.mark.parametrize(("status", "page"), [
    (502, b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>nginx</body></html>"),
    (504, b"<html><head><title>504 Gateway Time-out</title></head><body><h1>504 Gateway Time-out</h1></body></html>"),
    (524, b"<html><head><title>api.example.com | 524: A timeout occurred</title></head></html>"),  # Cloudflare's
], ids=["502", "504", "524"])
def test_a_gateway_s_502_or_504_page_leaves_billing_and_the_outcome_unknown_on_every_page(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server, history, which: str, status: int,
        page: bytes) -> None:
    """A proxy's 502 Bad Gateway or 504 Gateway Time-out page was "Not billed." and "…try again later", and an error
    in History: the request may have reached FaceID and been processed (and billed) before the gateway gave up on its
    answer. It is an unknown outcome, as the console's own time-out; on Liveness results, a fetch that may have used
    the result up."""
    from faceid_console.store import EntryStatus, HistoryFilter

    custom_profile(settings, "gateway", fixed_answer_server(status, "text/html", page))
    save_credentials("gateway", Credentials("k", "s"))
    switch(qtbot, window, "gateway")
    assert window.connection.check_result.outcome.value == "gateway_error"  # the gateway answers; FaceID did not
    panel = send_on(qtbot, window, which, faces)
    assert panel.error is not None and (panel.error.code, panel.error.http_status) == ("GATEWAY_ERROR", status)
    assert panel.headline.text() == "No answer from the service"
    if which == "results":  # fetching is free; the risk is the result, given to the first fetch only
        # Its explanation said "may still have been processed (and billed)" above "Not billed".
        assert "billed" not in panel.explanation.text()
        assert "given it the result (it gives a result only once)" in panel.explanation.text()
        assert panel.billed_label.text().startswith("Not billed: fetching a result is free.")
        assert "if FaceID answered this one, the result is used up" in panel.billed_label.text()
        assert "look for the session's callback in History" in panel.next_label.text()
    else:
        assert "may still have been processed (and billed)" in panel.explanation.text()
        assert panel.billed_label.text() == "Billing unknown: the call may have been processed."
        assert panel.next_label.text() == ("What to do: The call may have been processed and billed. Check with your "
                                           "team before sending again.")
    [entry] = history.get().history.page(HistoryFilter(), 0, 10)
    assert (entry.status, entry.error_code, entry.billed) == (EntryStatus.UNKNOWN, "GATEWAY_ERROR", None)
    assert entry.outcome_unknown
    if which == "results":  # History explains it as the page did: not "may have been billed"
        subline = _history_entry_shown(qtbot, window).result_view.subline.text()
        assert "billed" not in subline and "given it the result (it gives a result only once)" in subline


@pytest.mark.parametrize(("which", "explanation", "step"), [
    ("results", "though it sends no photos, only the biz_id", "Check this profile's address in Settings (Ctrl+,)."),
    ("session", "Its reference photos are what make it large.", "Choose smaller reference photos."),
    ("verify", "an image over 2 MB (verify)", "Choose smaller photos."),  # the documents' limits: verify's
    # An SDK token's request (at most three photos of 2 MB) is far below its 20 MB: a proxy's limit.
    ("token", "far below FaceID's 20 MB limit for an SDK token", "Check this profile's address in Settings (Ctrl+,)."),
], ids=["results", "session", "verify", "token"])
def test_a_request_refused_as_too_large_gets_the_advice_of_the_call_that_was_refused(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server, history, which: str, explanation: str,
        step: str) -> None:
    """An HTTP 413 said "an image over 2 MB (verify) or a request over 20 MB (SDK token)" and "Choose smaller photos."
    on Liveness results, whose look-up sends no photos, and the verify / SDK token limits on the session page."""
    from faceid_console.store import HistoryFilter

    custom_profile(settings, "small-proxy", fixed_answer_server(413, "text/plain", b"Request Entity Too Large"))
    save_credentials("small-proxy", Credentials("k", "s"))
    switch(qtbot, window, "small-proxy")
    panel = send_on(qtbot, window, which, faces)
    assert panel.error is not None and panel.error.code == "Request Entity Too Large"
    assert explanation in panel.explanation.text() and step in panel.next_label.text()
    if which in ("results", "session", "token"):  # not the catalogue's words for both verify and the SDK token
        assert "(verify)" not in panel.explanation.text() and "Choose smaller photos" not in panel.next_label.text()
    # History words the entry as the page did: the call is the entry's.
    [entry] = history.get().history.page(HistoryFilter(), 0, 10)
    window.go_to(window.history_page)
    qtbot.waitUntil(lambda: window.history_page.page is not None and window.history_page.page.model.rowCount() == 1,
                    timeout=30_000)
    page = window.history_page.page
    page.table.selectRow(0)
    shown = page.result_view.error_panel
    qtbot.waitUntil(lambda: shown.error is not None and shown.isVisibleTo(page), timeout=10_000)
    assert page.current is not None and page.current.id == entry.id
    assert (shown.explanation.text(), shown.next_label.text()) == (panel.explanation.text(), panel.next_label.text())


def test_a_custom_host_answering_json_that_is_not_faceid_s_fails_the_connection_test(  # type: ignore[no-untyped-def]
        qtbot, window, settings, fixed_answer_server) -> None:
    """Any HTTP 200 JSON used to be "Ready": the top bar and Settings → Test connection now say it is not FaceID,
    which field showed it, and to check the base URL."""
    from faceid_console.ui.settings_dialog import SettingsDialog

    url = fixed_answer_server(200, "application/json", b'{"foo": "bar"}')
    custom_profile(settings, "lookalike", url)
    save_credentials("lookalike", Credentials("k", "s"))
    switch(qtbot, window, "lookalike")
    check = window.connection.check_result
    assert check.outcome.value == "not_faceid" and check.error.code == "INVALID_RESPONSE"
    label = window.connection_label.text()
    assert "Ready" not in label and "not a FaceID service" in label and "base URL" in label
    assert "response field response.biz_id is missing" in label
    dialog = SettingsDialog(window.connection, settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("lookalike"))
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and not dialog._task.busy, timeout=10_000)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile_status.text().startswith(
        f"Test connection to {url} with the api_key and api_secret stored in the keyring — "), timeout=30_000)
    status = dialog.profile_status.text()
    assert "not a FaceID service" in status and "base URL" in status and "response.biz_id" in status


def test_a_verify_score_off_faceid_s_scale_is_an_error_not_a_result(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server, history) -> None:
    from faceid_console.store import CallKind, EntryStatus, HistoryFilter

    body = b'{"request_id": "1,a", "time_used": 5, "result_ref1": {"confidence": 1e308, "thresholds": {"1e-3": 62}}}'
    custom_profile(settings, "lookalike", fixed_answer_server(200, "application/json", body))
    save_credentials("lookalike", Credentials("k", "s"))
    switch(qtbot, window, "lookalike")
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == "INVALID_RESPONSE"
    assert panel.headline.text() == "The answer was not from FaceID"
    assert "not a FaceID answer" in panel.explanation.text() and "result_ref1.confidence" in panel.explanation.text()
    assert "outside FaceID's range of 0 to 100" in panel.technical.text() and "1e+308" in panel.technical.text()
    assert "base URL" in panel.next_label.text()
    assert not panel.field_label.isVisibleTo(panel)  # no field of the form to correct
    entries = history.get().history.page(HistoryFilter(kinds=(CallKind.VERIFY,)), 0, 10)
    assert [(e.status, e.verdict, e.response) for e in entries] == [(EntryStatus.ERROR, "error", None)]
    # What the host answered is kept with the error (never as a result), and shown as its raw JSON.
    assert entries[0].error is not None and json.loads(entries[0].error["answer"]) == json.loads(body)
    assert entries[0].request_id == "1,a"
    view = window.verify_page.result_view
    view.json_toggle.setChecked(True)
    assert json.loads(view.raw_json.toPlainText()) == json.loads(body)
    assert stored_error(entries[0]).raw_body == entries[0].error["answer"]  # History's panel shows it too


@pytest.mark.parametrize(("body", "kyc", "field"), [
    (b'{"foo": "bar"}', False, "response.result_ref1"),
    (b'{"request_id": "1,a", "time_used": 5}', True, "response.result_faceid"),
])
def test_a_verify_answer_without_the_scores_asked_for_is_an_error_not_a_result(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server, history, body: bytes, kyc: bool,
        field: str) -> None:
    """A host answering verify with JSON that holds no score was shown, and kept in History, as a result."""
    from faceid_console.store import CallKind, EntryStatus, HistoryFilter

    custom_profile(settings, "lookalike", fixed_answer_server(200, "application/json", body))
    save_credentials("lookalike", Credentials("k", "s"))
    switch(qtbot, window, "lookalike")
    if kyc:
        fill_kyc(qtbot, window.verify_page, faces / "obama_1.jpg")
    else:
        fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    view = window.verify_page.result_view
    panel = view.error_panel
    assert panel.isVisibleTo(view) and view.result is None
    assert panel.error is not None and panel.error.code == "INVALID_RESPONSE" and panel.error.detail == field
    assert panel.headline.text() == "The answer was not from FaceID"
    assert panel.explanation.text() == (f"The server's answer is not a FaceID answer: its field {field} is missing "
                                        "or not as FaceID sends it.")
    assert f"response field {field} is missing" in panel.technical.text()
    assert "base URL" in panel.next_label.text()
    entries = history.get().history.page(HistoryFilter(kinds=(CallKind.VERIFY,)), 0, 10)
    assert [(e.status, e.verdict, e.response) for e in entries] == [(EntryStatus.ERROR, "error", None)]
    assert entries[0].error_code == "INVALID_RESPONSE" and entries[0].error is not None


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
    # Said once, in plain words, never with keyring's own "No recommended backend… install the keyrings.alt package".
    assert window.connection_label.text() == (
        "● Not usable: there is no system keyring. Install and start a Secret Service such as gnome-keyring or KWallet "
        "(on macOS and Windows, the system's own keychain), then reopen the profile.")
    from faceid_console.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)  # the backend asked for on the keyring's worker
    assert dialog.keyring_warning.isVisibleTo(dialog)
    assert dialog.keyring_warning.text().startswith("No system keyring is available, so api_secrets cannot be stored.")
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("cloud-sgp"))
    qtbot.waitUntil(lambda: "keyring" in dialog.profile_status.text() and not dialog._task.busy, timeout=10_000)
    dialog.key_edit.setText("k")
    dialog.secret_edit.setText("s")
    qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._task.busy and "Storing" not in dialog.profile_status.text(), timeout=10_000)
    # There is none to unlock: it is said to be missing, with how to get one, not "refused; unlock it".
    assert dialog.profile_status.text() == (
        "No system keyring was found. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS "
        "and Windows, the system's own keychain), then try again.")
    assert "Unlock" not in dialog.profile_status.text()


def test_a_keyring_that_cannot_be_reached_is_said_not_available_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The top bar said "Not usable: the system keyring is not available (The system keyring is not available: …)":
    the reason passed on carried the words it is put in."""
    import keyring
    from keyring.errors import KeyringError

    from ..conftest import MemoryKeyring

    class Unreachable(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringError("no D-Bus session bus")

    keyring.set_keyring(Unreachable())
    switch(qtbot, window, "cloud-cn")
    assert window.connection_label.text() == (
        "● Not usable: the system keyring is not available (no D-Bus session bus). Start a Secret Service such as "
        "gnome-keyring or KWallet, then reopen the profile.")


def test_a_built_in_engine_that_stops_is_noticed_explained_and_started_again(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, settings, window_state, history, tmp_path: Path, faces: Path, monkeypatch) -> None:
    """Killed (or crashed) under the window: a call it did not answer says so and what happens next, not "check the
    address in Settings"; the top bar stops saying "ready" within seconds, and a new engine answers."""
    import os
    import signal

    from faceid_console.connections import Connector
    from faceid_console.ui.connection import Connection
    from faceid_console.ui.main_window import MainWindow

    connector = Connector(tmp_path / "engine")  # its own engine: the other tests' shared one is left alone
    connection = Connection(settings, connector)
    window = MainWindow(connection=connection, settings=settings, history=history, state=window_state, language="en")
    qtbot.addWidget(window)
    window.show()

    def ready() -> bool:
        return connection.state is ServiceState.READY and connection.check_result is not None

    try:
        connection.open_active()
        qtbot.waitUntil(ready, timeout=120_000)
        first = connector._engine.pid if connector._engine is not None else None
        assert first is not None
        connection._engine_watch.stop()  # the call below is the first to meet the dead engine
        os.kill(first, signal.SIGKILL)
        qtbot.waitUntil(lambda: connector.engine_exit_code() is not None, timeout=10_000)
        page = window.verify_page
        fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")
        with qtbot.waitSignal(page.finished, timeout=60_000):
            page.submit()
        panel = page.result_view.error_panel
        assert panel.error is not None and panel.error.code in ("CONNECTION_FAILED", "CONNECTION_CLOSED",
                                                                "NETWORK_TIMEOUT")
        assert "The built-in engine stopped. The console starts it again" in panel.next_label.text()
        assert "Settings" not in panel.next_label.text()
        assert connection.state is ServiceState.STARTING
        assert window.connection_label.text() == (f"● The built-in engine stopped (ended by signal {signal.SIGKILL}); "
                                                  "starting it again…")
        qtbot.waitUntil(ready, timeout=120_000)
        second = connector._engine.pid if connector._engine is not None else None
        assert second not in (None, first) and "Ready: built-in engine answers" in window.connection_label.text()
        qtbot.waitUntil(page.submit_button.isEnabled, timeout=10_000)
        monkeypatch.setattr(page, "confirm_resend", lambda previous: True)  # the same inputs
        with qtbot.waitSignal(page.finished, timeout=60_000):
            page.submit()
        assert page.result_view.result is not None  # the new engine answers the same photos

        assert second is not None
        os.kill(second, signal.SIGKILL)  # with no call going on: the watch notices it by itself
        qtbot.waitUntil(lambda: connection.state is ServiceState.STARTING, timeout=10_000)
        assert "stopped (ended by signal 9)" in window.connection_label.text()
        qtbot.waitUntil(ready, timeout=120_000)
        assert connector._engine is not None and connector._engine.pid not in (first, second)

        # Started again behind the window's back (Settings' Test connection opens the profile on its own): the
        # window follows it to its new address rather than calling the old one for ever.
        third = connector._engine.pid
        assert third is not None
        os.kill(third, signal.SIGKILL)
        qtbot.waitUntil(lambda: connector.engine_exit_code() is not None, timeout=10_000)
        connector.open(connection.profile).close()  # what the Settings dialog's worker does
        qtbot.waitUntil(lambda: connection.client is not None and connection.client.base_url == connector.engine_url
                        and ready(), timeout=120_000)

        # A fourth stop within two minutes: it keeps stopping, so it is left stopped and the top bar says so.
        assert connector._engine is not None and connector._engine.pid is not None
        os.kill(connector._engine.pid, signal.SIGKILL)
        qtbot.waitUntil(lambda: connection.state is ServiceState.FAILED, timeout=10_000)
        assert window.connection_label.text() == (
            f"● Not usable: the built-in engine keeps stopping (ended by signal {signal.SIGKILL}), so it is not started "
            "again by itself. Choose it again in the profile list to retry.")
        connection.switch_to(connection.profile.name)  # chosen again: tried afresh
        qtbot.waitUntil(ready, timeout=120_000)
    finally:
        connection.close()
        window.crash_reporter.uninstall()
        connector.close()


def test_the_other_pages_say_so_too_when_the_built_in_engine_stops(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, settings, window_state, history, tmp_path: Path) -> None:
    """A liveness result looked up from a dead engine: the engine's own advice, not "check the address"."""
    import os
    import signal

    from faceid_console.connections import Connector
    from faceid_console.ui.connection import Connection
    from faceid_console.ui.main_window import MainWindow

    connector = Connector(tmp_path / "engine")
    connection = Connection(settings, connector)
    window = MainWindow(connection=connection, settings=settings, history=history, state=window_state, language="en")
    qtbot.addWidget(window)
    window.show()
    try:
        connection.open_active()
        qtbot.waitUntil(lambda: connection.state is ServiceState.READY and connection.check_result is not None,
                        timeout=120_000)
        connection._engine_watch.stop()  # the look-up below is the first to meet the dead engine
        assert connector._engine is not None and connector._engine.pid is not None
        os.kill(connector._engine.pid, signal.SIGKILL)
        qtbot.waitUntil(lambda: connector.engine_exit_code() is not None, timeout=10_000)
        results = window.liveness_page
        results.biz_edit.setText("1700000000,gone")
        with qtbot.waitSignal(results.finished, timeout=60_000):
            results.fetch_button.click()
        panel = results.error_panel
        assert panel.error is not None and panel.error.code in ("CONNECTION_FAILED", "CONNECTION_CLOSED",
                                                                "NETWORK_TIMEOUT")
        assert "The built-in engine stopped. The console starts it again" in panel.next_label.text()
        qtbot.waitUntil(lambda: connection.state is ServiceState.READY, timeout=120_000)
    finally:
        connection.close()
        window.crash_reporter.uninstall()
        connector.close()


def test_closing_the_connection_while_its_check_waits_to_start_reports_nothing(  # type: ignore[no-untyped-def]
        qtbot, window) -> None:
    """The window closing just after the engine came back (its check queued, not yet started) ends the check
    quietly: no "Unexpected error" for work nobody waits for. Here close() cancels the check before its first step;
    a step that meets the shut executor anyway is test_tasks' case."""
    connection = window.connection
    reports: list[str] = []
    window.crash_reporter.reported.connect(reports.append)
    assert connection.check()
    assert connection._checking.busy
    connection.close()
    qtbot.waitUntil(lambda: not connection._checking.busy, timeout=5_000)
    qtbot.wait(50)
    assert reports == []
    assert not connection.check(), "a closed connection starts no new check"


def test_a_host_slow_to_answer_the_check_never_holds_the_next_profile(  # type: ignore[no-untyped-def]
        qtbot, window, settings, silent_host, monkeypatch) -> None:
    """The check and the opening shared one worker: after choosing a host that did not answer its check, the built-in
    engine chosen next stayed "Starting…" until that check gave up (20 s; for ever with a host that trickles)."""
    from faceid_console import connections
    from faceid_console.api import Credentials
    from faceid_console.credentials import save as save_credentials

    monkeypatch.setattr(connections, "PROBE_READ_S", 600.0)  # up to the read time-out: a minute, not 20 s

    custom_profile(settings, "silent", silent_host()[0])
    save_credentials("silent", Credentials("key", "secret"))
    connection = window.connection
    connection.switch_to("silent")
    qtbot.waitUntil(lambda: connection.state is ServiceState.READY and connection._checking.busy, timeout=10_000)
    connection.switch_to("local-engine")
    # Long before the check's own wait ends: the opening did not queue behind it, and the check gave up its wait.
    qtbot.waitUntil(lambda: connection.state is ServiceState.READY and connection.check_result is not None,
                    timeout=15_000)
    assert connection.check_result.outcome.value == "ok"
    assert window.profile_box.currentData() == "local-engine"


def test_settings_closed_during_a_test_connection_lets_its_worker_end(  # type: ignore[no-untyped-def]
        qtbot, window, settings, silent_host) -> None:
    """Closing Settings while Test connection waited for a silent host left its worker waiting, and the process could
    not exit until the host answered or the time-out passed."""
    from faceid_console.ui.settings_dialog import SettingsDialog

    url, taken = silent_host()
    custom_profile(settings, "silent", url)
    dialog = SettingsDialog(window.connection, settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("silent"))
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and not dialog._task.busy, timeout=10_000)
    dialog.key_edit.setText("key")
    dialog.secret_edit.setText("secret")
    dialog.test_button.click()
    qtbot.waitUntil(taken.is_set, timeout=5_000)  # the test's request is with the host
    workers = dialog._test_executor._threads  # the worker that waits for the host
    assert workers
    dialog.reject()
    for worker in list(workers):
        worker.join(5)
        assert not worker.is_alive()


def _history_entry_shown(qtbot, window):  # type: ignore[no-untyped-def]
    """Open History and show its one entry; returns the page."""
    window.go_to(window.history_page)
    qtbot.waitUntil(lambda: window.history_page.page is not None and window.history_page.page.model.rowCount() == 1,
                    timeout=30_000)
    page = window.history_page.page
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None, timeout=10_000)
    return page


def test_a_gateway_s_time_out_in_history_is_explained_by_its_error_not_by_a_stopped_console(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server) -> None:
    """History said "The console stopped before this call's answer was recorded" of a gateway's 504: the console had
    not stopped; the answer never came."""
    page_504 = b"<html><head><title>504 Gateway Time-out</title></head><body><h1>504 Gateway Time-out</h1></body></html>"
    custom_profile(settings, "gateway", fixed_answer_server(504, "text/html", page_504))
    save_credentials("gateway", Credentials("k", "s"))
    switch(qtbot, window, "gateway")
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    page = _history_entry_shown(qtbot, window)
    subline = page.result_view.subline.text()
    assert page.result_view.headline.text() == "Outcome unknown, not resent"
    assert subline.startswith("A gateway or proxy between here and FaceID answered instead of FaceID (HTTP 502 or 504, "
                              "or Cloudflare's 520 or 524)")
    assert "HTTP 504 with an HTML page: <html><head><title>504 Gateway Time-out" in subline
    assert "console stopped" not in subline and "history resend" in subline
    outcome = next(i for i, (name, _sort) in enumerate(COLUMNS) if name == "outcome")
    assert page.model.index(0, outcome).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "No answer from FaceID was recorded (Gateway error).")


def test_a_host_that_closes_the_connection_says_so_and_points_at_the_address(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, misbehaving_host, history, monkeypatch) -> None:
    """A wrong port that hangs up at once read "no answer in time. The network or the service is slow; try again.
    [NETWORK_TIMEOUT]": the reviewer tried again when the address was what to fix. The request had been sent whole, so
    it may have been processed: billing stays unknown, and History says why from the error, not "the console
    stopped"."""
    from faceid_console.store import EntryStatus, HistoryFilter

    custom_profile(settings, "wrong-port", misbehaving_host(whole_request))  # reads the request, hangs up
    save_credentials("wrong-port", Credentials("k", "s"))
    switch(qtbot, window, "wrong-port")
    label = window.connection_label.text()
    assert window.connection.check_result.error.code == "CONNECTION_CLOSED"
    assert "the connection was closed without an answer" in label and "the address or port is wrong" in label
    assert "no answer in time" not in label and "slow" not in label
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == "CONNECTION_CLOSED"
    assert panel.headline.text() == "The connection was closed before any answer"
    assert "address and port in Settings (Ctrl+,)" in panel.next_label.text()
    assert "may have been processed and billed" in panel.next_label.text()
    assert panel.billed_label.text() == "Billing unknown: the call may have been processed."
    assert panel.technical.text().endswith(" s after the request was sent, before any answer")
    [entry] = history.get().history.page(HistoryFilter(), 0, 10)
    assert (entry.status, entry.error_code) == (EntryStatus.UNKNOWN, "CONNECTION_CLOSED")
    page = _history_entry_shown(qtbot, window)
    view = page.result_view
    assert view.headline.text() == "Outcome unknown, not resent"
    assert "closed the connection after the request was sent, before any answer" in view.subline.text()
    assert "s after the request was sent, before any answer" in view.subline.text()  # what the transport said
    assert "history resend" in view.subline.text() and "console stopped" not in view.subline.text()
    outcome = next(i for i, (name, _sort) in enumerate(COLUMNS) if name == "outcome")
    tip = page.model.index(0, outcome).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("No answer from FaceID was recorded (Connection closed, no answer).")
    assert "console ended" not in tip
    window.go_to(window.verify_page)
    assert _asked_before_sending_again(qtbot, window, monkeypatch)  # it may have been billed


def _answer_that_breaks_off(connection: socket.socket) -> None:
    """Read the request whole, answer with a head and 38 of the 400 bytes it announces, then close."""
    whole_request(connection)
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
                       b'{"request_id": "1,r", "biz_id": "1,pro')


def test_an_answer_that_breaks_off_part_way_is_said_so_everywhere_and_its_outcome_stays_unknown(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, misbehaving_host, history, monkeypatch) -> None:
    """An answer whose body broke off read "No answer in time" (NETWORK_TIMEOUT), and the reviewer waited for a slow
    service: the request had been taken and the answer had begun, so it may have been processed and billed."""
    from faceid_console.store import EntryStatus, HistoryFilter

    url = misbehaving_host(_answer_that_breaks_off)
    custom_profile(settings, "cut-off", url)
    save_credentials("cut-off", Credentials("k", "s"))
    switch(qtbot, window, "cut-off")
    label = window.connection_label.text()
    assert window.connection.check_result.error.code == "ANSWER_BROKE_OFF"
    assert "the answer broke off part-way" in label and "no answer in time" not in label
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == "ANSWER_BROKE_OFF"
    assert panel.headline.text() == "The answer broke off part-way"
    assert "broke off part-way" in panel.explanation.text()
    assert panel.billed_label.text() == "Billing unknown: the call may have been processed."
    assert "may have been processed and billed" in panel.next_label.text()
    assert panel.technical.text() == f"the answer from {url} broke off after 38 of its 400 bytes"
    [entry] = history.get().history.page(HistoryFilter(), 0, 10)
    assert (entry.status, entry.error_code) == (EntryStatus.UNKNOWN, "ANSWER_BROKE_OFF")
    page = _history_entry_shown(qtbot, window)
    view = page.result_view
    assert view.headline.text() == "Outcome unknown, not resent"
    assert "broke off part-way" in view.subline.text() and "broke off after 38 of its 400 bytes" in view.subline.text()
    assert "console stopped" not in view.subline.text()
    outcome = next(i for i, (name, _sort) in enumerate(COLUMNS) if name == "outcome")
    assert page.model.index(0, outcome).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "No answer from FaceID was recorded (Answer broke off).")
    window.go_to(window.verify_page)
    assert _asked_before_sending_again(qtbot, window, monkeypatch)  # it may have been billed
    verify = window.verify_page  # the question itself (past the test's stand-in) says billing is not known
    asked = answer_question(QMessageBox.StandardButton.No)
    assert not type(verify).confirm_resend(verify, verify.last_sent)
    assert "and whether that call was billed is not known: it may have been. Sending them again may be billed " \
           "twice." in asked[0]


def _answer_that_does_not_decode(connection: socket.socket) -> None:
    """Read the request whole, answer it whole with a body said to be gzip that is not, then wait for the hang-up (the
    answer came whole: a connection kept open would be used again)."""
    whole_request(connection)
    body = b'{"request_id": "1,r", "time_used": 5}'
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                       b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
    while connection.recv(65536):  # nothing left unread: the close is not a reset
        pass


def test_an_answer_that_cannot_be_decoded_is_said_so_everywhere_and_its_outcome_stays_unknown(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, misbehaving_host, history, monkeypatch) -> None:
    """A gzip answer whose body is not gzip read "No answer from the service … did not answer in time", with "the
    answer … broke off: ContentDecodingError": it came whole, and what it said cannot be read, so the call may have
    been processed and billed."""
    from faceid_console.store import EntryStatus, HistoryFilter

    url = misbehaving_host(_answer_that_does_not_decode)
    custom_profile(settings, "broken-gzip", url)
    save_credentials("broken-gzip", Credentials("k", "s"))
    switch(qtbot, window, "broken-gzip")
    label = window.connection_label.text()
    assert window.connection.check_result.error.code == "ANSWER_UNDECODABLE"
    assert "the answer came, but could not be decoded" in label and "no answer in time" not in label
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == "ANSWER_UNDECODABLE"
    assert panel.headline.text() == "The answer came but could not be decoded"
    assert panel.code_label.text() == "ANSWER_UNDECODABLE  (HTTP 200)"
    assert "broken compressed body" in panel.explanation.text() and "broke off" not in panel.explanation.text()
    assert panel.billed_label.text() == "Billing unknown: the call may have been processed."
    assert "do not send it again blindly" in panel.next_label.text()
    assert panel.technical.text() == (f"the answer from {url} came, but its body could not be decoded as its "
                                      "Content-Encoding says (gzip)")
    [entry] = history.get().history.page(HistoryFilter(), 0, 10)
    assert (entry.status, entry.error_code) == (EntryStatus.UNKNOWN, "ANSWER_UNDECODABLE")
    page = _history_entry_shown(qtbot, window)
    view = page.result_view
    assert view.headline.text() == "Outcome unknown, not resent"
    assert "could not be decoded" in view.subline.text() and "Content-Encoding says (gzip)" in view.subline.text()
    assert "console stopped" not in view.subline.text()
    outcome = next(i for i, (name, _sort) in enumerate(COLUMNS) if name == "outcome")
    assert page.model.index(0, outcome).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "No answer from FaceID was recorded (Answer not decodable).")
    window.go_to(window.verify_page)
    assert _asked_before_sending_again(qtbot, window, monkeypatch)  # it may have been billed


def test_a_host_that_does_not_speak_http_is_not_billed_and_points_at_the_address(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, misbehaving_host, history, monkeypatch) -> None:
    """An SSH port read "no answer in time … try again": something answers there, not in HTTP, so it is not FaceID
    and did not process the call."""
    from faceid_console.store import EntryStatus, HistoryFilter

    def ssh(connection) -> None:  # type: ignore[no-untyped-def]
        connection.sendall(b"SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n")
        whole_request(connection)

    custom_profile(settings, "ssh-port", misbehaving_host(ssh))
    save_credentials("ssh-port", Credentials("k", "s"))
    switch(qtbot, window, "ssh-port")
    label = window.connection_label.text()
    assert "something answers at this address, but not in HTTP" in label and "address and port" in label
    assert label.endswith("[NOT_HTTP]")
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == "NOT_HTTP"
    assert panel.headline.text() == "The address answers, but not in HTTP"
    assert "such as SSH" in panel.explanation.text()
    assert "address and port in Settings (Ctrl+,)" in panel.next_label.text()
    assert panel.billed_label.text() == "Not billed: nothing reached the service."
    assert "'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\\r\\n'" in panel.technical.text()
    [entry] = history.get().history.page(HistoryFilter(), 0, 10)
    assert (entry.status, entry.error_code) == (EntryStatus.ERROR, "NOT_HTTP")
    assert not _asked_before_sending_again(qtbot, window, monkeypatch)  # nothing was billed


def _asked_before_sending_again(qtbot, window, monkeypatch) -> bool:  # type: ignore[no-untyped-def]
    """Send the Verify page's same inputs again; whether the reviewer was asked first (as after a call that may have
    been billed)."""
    page = window.verify_page
    asked: list[object] = []
    monkeypatch.setattr(page, "confirm_resend", lambda previous: asked.append(previous) or False)
    answered: list[bool] = []

    def finished() -> None:
        answered.append(True)

    page.finished.connect(finished)
    try:
        page.submit()  # asks (and, told no, stops) before it starts sending
        if not asked:
            qtbot.waitUntil(lambda: bool(answered), timeout=60_000)
    finally:
        page.finished.disconnect(finished)
    return bool(asked)


def _untrusted_tls_host(misbehaving_host) -> str:  # type: ignore[no-untyped-def]
    """A TLS host whose certificate an authority of its own signed, as a proxy that inspects HTTPS does."""
    import ssl

    import trustme

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("localhost").configure_cert(context)
    return misbehaving_host(whole_request, tls=context)


def _self_signed_tls_host(misbehaving_host) -> str:  # type: ignore[no-untyped-def]
    import ssl

    import trustme

    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    with authority.cert_pem.tempfile() as cert, authority.private_key_pem.tempfile() as key:
        context.load_cert_chain(cert, key)
    return misbehaving_host(whole_request, tls=context)


def _plain_http_port(misbehaving_host) -> str:  # type: ignore[no-untyped-def]
    def answer(connection) -> None:  # type: ignore[no-untyped-def]
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    return misbehaving_host(answer).replace("http://", "https://")


@pytest.mark.parametrize(("make", "check_words", "explained", "step"), [
    (_untrusted_tls_host, "HTTPS failed: the service's certificate is signed by an authority the console does not "
                          "trust. If a proxy inspects HTTPS here, the console needs its CA certificate "
                          "(REQUESTS_CA_BUNDLE)", "a proxy that inspects HTTPS (common in banks)",
     "start the console with REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt"),
    (_self_signed_tls_host, "HTTPS failed: the service's certificate is self-signed.",
     "The server's certificate is self-signed", "start the console with REQUESTS_CA_BUNDLE="),
    (_plain_http_port, "HTTPS failed: the port at this address does not speak HTTPS.",
     "the port does not speak HTTPS", "FaceID's cloud addresses begin with https:// and need no port"),
], ids=["untrusted issuer", "self-signed", "plain HTTP port"])
def test_a_tls_failure_names_its_cause_and_says_nothing_was_sent(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, misbehaving_host, history, monkeypatch, make, check_words: str,
        explained: str, step: str) -> None:
    """A certificate a bank's proxy signed, a self-signed test server, https:// to a plain-HTTP port: "unreachable:
    nothing answers at this address", when something does answer and the cause was hidden in "TLS failure…:
    SSLError". Nothing was sent in the failed handshake: not billed."""
    from faceid_console.store import EntryStatus, HistoryFilter

    custom_profile(settings, "tls", make(misbehaving_host))
    save_credentials("tls", Credentials("k", "s"))
    switch(qtbot, window, "tls")
    label = window.connection_label.text()
    assert check_words in label and "unreachable" not in label and "nothing answers" not in label
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == "TLS_FAILED"
    assert panel.headline.text() == "The secure connection (HTTPS) failed"
    assert explained in panel.explanation.text() and "not sent and is not billed" in panel.explanation.text()
    assert step in panel.next_label.text()
    assert panel.billed_label.text() == "Not billed: nothing reached the service."
    assert not panel.field_label.isVisibleTo(panel)  # its reason is no field of the form
    assert panel.technical.text().startswith("TLS failure with https://") and "SSLError" not in panel.technical.text()
    [entry] = history.get().history.page(HistoryFilter(), 0, 10)
    assert (entry.status, entry.error_code) == (EntryStatus.ERROR, "TLS_FAILED")
    assert not _asked_before_sending_again(qtbot, window, monkeypatch)  # nothing was sent


@pytest.mark.parametrize(("status", "check_words", "step"), [
    (403, "Check this profile's api_key and api_secret, and look the code up in FaceID's documents.",
     "look the code up in FaceID's documents; if it stays unclear, give FaceID support the request_id."),
    (503, "Try again later; if it keeps happening, contact FaceID support.",
     "(HTTP 503). Try again later; if it keeps happening, give FaceID support the request_id."),
])
def test_an_error_code_the_documents_do_not_list_gets_advice_and_honest_billing_words(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server, status: int, check_words: str,
        step: str) -> None:
    """"the service answered with an error. [SOMETHING_NEW: whatever]" and "Not billed.", with no step to take."""
    body = b'{"error_message": "SOMETHING_NEW: whatever", "request_id": "1,new"}'
    custom_profile(settings, "newer", fixed_answer_server(status, "application/json", body))
    save_credentials("newer", Credentials("k", "s"))
    switch(qtbot, window, "newer")
    label = window.connection_label.text()
    assert "its documents do not list" in label and check_words in label
    assert label.endswith("[SOMETHING_NEW: whatever]")
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and (panel.error.code, panel.error.http_status) == ("SOMETHING_NEW", status)
    assert panel.explanation.text() == "Unknown error: SOMETHING_NEW (whatever)"
    assert panel.billed_label.text() == "Billing not known: FaceID's documents do not list this error."
    assert panel.next_label.text().startswith("What to do: FaceID's documents do not list this error")
    assert panel.next_label.text().endswith(step)


@pytest.mark.parametrize(("language", "happened", "advice"), [("en", "Nothing was sent.", "check"),
                                                              ("zh_CN", "请求未发出。", "检查")])
def test_a_connection_failure_is_explained_then_advised_not_advised_twice(  # type: ignore[no-untyped-def]
        qtbot, request, language: str, happened: str, advice: str) -> None:
    """"… Nothing was sent; check the address, its port and the network." was followed by "What to do: Check the
    profile's address in Settings (Ctrl+,) and the network, then send again." (in Chinese too): the explanation
    says what happened, the advice is said once, under it."""
    from faceid_console.api.errors import CONNECTION_FAILED, ErrorOrigin, FaceIDError

    if language != "en":
        request.getfixturevalue("chinese")
    panel = ErrorPanel(language)
    qtbot.addWidget(panel)
    panel.show_error(FaceIDError(CONNECTION_FAILED, origin=ErrorOrigin.TRANSPORT,
                                 message="cannot connect to http://127.0.0.1:9"))
    explanation, step = panel.explanation.text(), panel.next_label.text()
    assert explanation.endswith(happened) and advice not in explanation.lower(), explanation
    assert advice in step.lower(), step


def test_an_unknown_code_is_explained_in_chinese_with_full_width_brackets(  # type: ignore[no-untyped-def]
        qtbot, make_window, settings, faces: Path, fixed_answer_server) -> None:
    body = b'{"error_message": "SOMETHING_NEW: whatever", "request_id": "1,new"}'
    custom_profile(settings, "newer", fixed_answer_server(403, "application/json", body))
    save_credentials("newer", Credentials("k", "s"))
    window = make_window("zh_CN")
    try:
        switch(qtbot, window, "newer")
        fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
        submit_with_keyboard(qtbot, window)
        panel = window.verify_page.result_view.error_panel
        assert panel.explanation.text() == "未知错误：SOMETHING_NEW（whatever）"
    finally:
        window.connection.close()
        window.crash_reporter.uninstall()


def test_a_gateway_page_in_gbk_is_shown_in_its_own_characters(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server) -> None:
    """A Chinese gateway's page (Content-Type: text/html; charset=gbk) was mojibake in the technical line."""
    page = "<html><body><h1>503 服务暂时不可用</h1><p>请稍后再试</p></body></html>".encode("gbk")
    custom_profile(settings, "cn-gateway", fixed_answer_server(503, "text/html; charset=gbk", page))
    save_credentials("cn-gateway", Credentials("k", "s"))
    switch(qtbot, window, "cn-gateway")
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    panel = window.verify_page.result_view.error_panel
    assert panel.error is not None and panel.error.code == "INVALID_RESPONSE"
    assert "<h1>503 服务暂时不可用</h1><p>请稍后再试</p>" in panel.technical.text()
