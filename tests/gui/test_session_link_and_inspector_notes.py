"""What the Liveness session page says of its link's expiry and of its notify_url's port, how a received callback's
row wraps in Chinese, and what the Callback inspector says of a return_url and of a callback checked before."""

from __future__ import annotations

import datetime
import json
import re
import time
from collections.abc import Callable

import pytest
import requests
from PySide6.QtGui import QColor, QFont, QTextLayout

from faceid_console.api import Credentials, callback_sign
from faceid_console.credentials import save as save_credentials
from faceid_console.lazy_history import LazyHistoryStore
from faceid_console.settings import Settings
from faceid_console.ui.connection import ServiceState
from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.pages.callback_inspector_page import CallbackInspectorPage
from faceid_console.ui.pages.liveness_session_page import LivenessSessionPage

from .conftest import custom_profile
from .helpers import KYC_NAME, KYC_NUMBER, choose_shown_times, glued

TOKEN_PATH = "/faceid/liveness/v2/get_token"
THRESHOLDS = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.9}


def secret_of(window: MainWindow) -> str:
    client = window.connection.client
    assert client is not None
    return client._credentials.api_secret


def session_data(biz_id: str, mask: float = 0.1) -> str:
    """A session's callback data as FaceID posts it: liveness passed, a face compared, ``mask`` its mask score."""
    return json.dumps({
        "status": "OK", "biz_info": {"biz_id": biz_id, "biz_no": "order-2026-0042", "biz_extra_data": "x"},
        "liveness_result": {"result": "PASS", "procedure_type": "still", "face_genuineness": {
            "synthetic_face_confidence": 0.1, "synthetic_face_threshold": 0.5, "mask_confidence": mask,
            "mask_threshold": 0.5, "screen_replay_confidence": 0.0, "screen_replay_threshold": 0.5}},
        "verify_result": {"result_faceid": {"confidence": 85.0, "thresholds": THRESHOLDS}}})


def signed_form(data: str, secret: str) -> str:
    """The form body FaceID posts: data and its sign, percent-encoded."""
    return requests.models.RequestEncodingMixin._encode_params({"data": data, "sign": callback_sign(secret, data)})


def check(qtbot, inspector: CallbackInspectorPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """Paste ``text``, press Check the callback, and wait until the outcome is shown and History has been asked."""
    inspector.paste_edit.setPlainText(text)
    with qtbot.waitSignals([inspector.finished, inspector.history_noted], timeout=30_000):
        inspector.check_button.click()


def use_host_answering(qtbot, window: MainWindow, settings: Settings,  # type: ignore[no-untyped-def]
                       fixed_answer_server: Callable[[int, str, bytes], str], answer: dict[str, object]) -> None:
    """A FaceID-like host answering every call with ``answer``, as the profile in use."""
    name = f"branch-{len(settings.profiles)}"
    custom_profile(settings, name, fixed_answer_server(200, "application/json", json.dumps(answer).encode()))
    save_credentials(name, Credentials("k", "s"))
    window.connection.switch_to(name)
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)


def start_kyc_session(qtbot, page: LivenessSessionPage, notify_url: str = "") -> None:  # type: ignore[no-untyped-def]
    page.kyc_radio.setChecked(True)
    page.name_edit.setText(KYC_NAME)
    page.number_edit.setText(KYC_NUMBER)
    page.return_edit.setText("https://example.com/liveness/return")
    page.notify_edit.setText(notify_url or "https://example.com/liveness/notify")
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.start_button.click()


# --- the inspector ----------------------------------------------------------------------------------------------


def test_a_return_url_checked_after_a_callback_says_its_own_outcome_in_the_status_bar(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """The callback's "✔ Signature valid … came from FaceID unchanged" stayed in the status bar under the return_url
    checked next, which has no signature at all."""
    inspector = window.inspector_page
    window.go_to(inspector)
    check(qtbot, inspector, signed_form(session_data("1700000000,return-first"), secret_of(window)))
    assert window.statusBar().currentMessage().startswith("✔ Signature valid")
    check(qtbot, inspector, "https://example.com/ret?biz_id=1700000000,52b13fb5")
    assert window.statusBar().currentMessage() == (
        "This return_url carries only a biz_id (1700000000,52b13fb5), no signed data: look the result up to read it.")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_inspector_s_status_line_joins_its_parts_without_a_full_stop_before_the_dot(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, request, language: str) -> None:
    """"… this data came from FaceID unchanged. · Attack suspected: Mask", and in Chinese "…未被改动。 · 疑似攻击：面具":
    each part but the last is joined without its full stop."""
    if language != "en":
        request.getfixturevalue("chinese")
    inspector = window.inspector_page
    window.go_to(inspector)
    data = session_data("1700000000,glued", mask=0.9)
    check(qtbot, inspector, signed_form(data, secret_of(window)))
    first = window.statusBar().currentMessage()
    check(qtbot, inspector, signed_form(data, secret_of(window)))  # again: said to be a repeat, a third part
    again = window.statusBar().currentMessage()
    assert first.count(" · ") == 1 and again.count(" · ") == 2, (first, again)  # signature · attack (· repeat)
    assert again.startswith(first.split(" · ")[0])
    for status in (first, again):
        assert not glued(status), status
    assert again.endswith(("new result.", "。")), again  # the last part keeps its full stop
    inspector.paste_edit.setPlainText("data=%7B%7D")  # no sign: its problem after a dash, not after a second colon
    with qtbot.waitSignal(inspector.finished, timeout=30_000):
        inspector.check_button.click()
    refused = window.statusBar().currentMessage()
    assert refused.endswith(inspector.error_panel.explanation.text()) and not glued(refused), refused


def test_a_callback_checked_again_is_said_to_be_no_new_result(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The same signed callback pasted twice read as a fresh "Signature valid" both times, as the session page
    no longer lists a repeat."""
    window.settings.shown_times = "utc"
    inspector = window.inspector_page
    window.go_to(inspector)
    secret = secret_of(window)
    data = session_data("1700000000,checked-twice")
    check(qtbot, inspector, signed_form(data, secret))
    assert not inspector.seen_note.isVisibleTo(inspector)
    first = window.statusBar().currentMessage()
    check(qtbot, inspector, f"{data}\n{callback_sign(secret, data)}")  # the same callback, pasted in another shape
    note = inspector.seen_note.text()
    assert note.startswith("Checked here before, at ") and note.endswith(
        " UTC: the same callback (same data and sign), not a new result.")
    assert inspector.seen_note.isVisibleTo(inspector)
    assert window.statusBar().currentMessage() == f"{first.removesuffix('.')} · {note}"  # no stop before the dot
    # Inset as the verdict under it: it started at the column frame's corner, left of the verdict's text.
    seen, headline = inspector.seen_note, inspector.view.headline
    column = seen.parentWidget()
    qtbot.waitUntil(lambda: seen.isVisible() and seen.height() > 0 and headline.width() > 0, timeout=5_000)
    assert seen.mapTo(column, seen.contentsRect().topLeft()).x() == headline.mapTo(
        column, headline.contentsRect().topLeft()).x() >= 8
    assert seen.contentsRect().top() >= 4 and seen.contentsRect().right() <= seen.width() - 4
    assert inspector.signature_valid is True  # its verdict stands: it is the same genuine callback

    # Another callback is a first of its own; a return_url has nothing to repeat.
    check(qtbot, inspector, signed_form(session_data("1700000000,another"), secret))
    assert not inspector.seen_note.text() and not window.statusBar().currentMessage().endswith("new result.")
    check(qtbot, inspector, "https://example.com/ret?biz_id=1700000000,another")
    assert not inspector.seen_note.text()


def test_the_inspector_says_when_history_already_holds_the_callback_s_biz_id(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, history: LazyHistoryStore) -> None:
    """A callback the session page received (and kept in History) pasted into the inspector: History is asked in a
    worker, after the verdict, and its entry named."""
    inspector, session = window.inspector_page, window.session_page
    window.go_to(inspector)
    data = session_data("1700000000,kept-in-history")
    form = signed_form(data, secret_of(window))
    check(qtbot, inspector, form)
    assert not inspector.history_note.isVisibleTo(inspector) and not inspector.seen_note.text()  # not in History yet

    with qtbot.waitSignal(session.callback_received, timeout=10_000):
        requests.post(session.receiver.notify_url, data=form,
                      headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=5)
    session._executor.shutdown(wait=True)  # its History write is done
    check(qtbot, inspector, "https://example.com/ret?biz_id=1700000000,kept-in-history")
    kept = "History already holds an entry for biz_id 1700000000,kept-in-history."
    assert inspector.history_note.text() == kept and not inspector.seen_note.text()
    assert inspector.history_button.isVisibleTo(inspector)
    check(qtbot, inspector, form)
    qtbot.waitUntil(lambda: inspector.history_note.text() == kept, timeout=10_000)
    assert inspector.seen_note.text().startswith("Checked here before, at ")
    # The warning above the verdict, the pointer to History under it: the verdict is read before the pointer.
    view = inspector.view
    qtbot.waitUntil(lambda: inspector.history_note.isVisible() and view.headline.isVisible(), timeout=5_000)
    column = view.parentWidget()
    top = lambda widget: widget.mapTo(column, widget.rect().topLeft()).y()  # noqa: E731
    assert top(inspector.seen_note) < top(view.headline) < top(view.banner) + view.banner.height() <= top(
        inspector.history_note) < top(inspector.history_button)
    # Its button opens History on that biz_id's entries, whatever History's filters were, the newest answer open.
    window.go_to(window.history_page)
    qtbot.waitUntil(lambda: window.history_page.page is not None, timeout=10_000)
    history_page = window.history_page.page
    assert history_page is not None
    history_page.verdict_box.setCurrentIndex(history_page.verdict_box.findData("error"))  # a filter that hides it
    window.go_to(inspector)
    inspector.history_button.click()
    assert window.current_page() is window.history_page
    qtbot.waitUntil(lambda: history_page.current is not None and history_page.current.biz_id == "1700000000,kept-in-"
                    "history", timeout=10_000)
    assert history_page.search.text() == "1700000000,kept-in-history" and not history_page.verdict_box.currentData()
    window.go_to(inspector)

    # Gone with the next paste: a callback History holds nothing of, and a paste that is no callback at all.
    check(qtbot, inspector, signed_form(session_data("1700000000,not-in-history"), secret_of(window)))
    assert view.isVisibleTo(inspector) and not inspector.history_note.isVisibleTo(inspector)
    assert not inspector.history_button.isVisibleTo(inspector)
    check(qtbot, inspector, form)
    assert inspector.history_note.isVisibleTo(inspector)
    inspector.paste_edit.setPlainText("not a callback")
    with qtbot.waitSignal(inspector.finished, timeout=30_000):
        inspector.check_button.click()
    assert inspector.error_panel.isVisibleTo(inspector)
    assert not inspector.history_note.isVisibleTo(inspector) and not inspector.history_note.text()


def test_the_inspector_s_note_of_a_callback_checked_before_follows_a_switch_of_the_zone(  # type: ignore[no-untyped-def]
        qtbot, in_beijing: None, window: MainWindow) -> None:
    """Settings switched to UTC: "Checked here before, at …" kept Beijing's time until the next check."""
    inspector = window.inspector_page
    window.go_to(inspector)
    form = signed_form(session_data("1700000000,zone"), secret_of(window))
    check(qtbot, inspector, form)
    check(qtbot, inspector, form)
    before = re.fullmatch(r"Checked here before, at (\d\d:\d\d:\d\d) UTC\+08:00: the same callback \(same data and "
                          r"sign\), not a new result\.", inspector.seen_note.text())
    assert before is not None, inspector.seen_note.text()
    in_utc = datetime.datetime.strptime(before[1], "%H:%M:%S") - datetime.timedelta(hours=8)
    choose_shown_times(qtbot, window, "utc")
    assert inspector.seen_note.text() == (
        f"Checked here before, at {in_utc:%H:%M:%S} UTC: the same callback (same data and sign), not a new result.")
    choose_shown_times(qtbot, window, "local")
    assert inspector.seen_note.text() == before[0]


def test_a_checked_callback_has_one_raw_json_its_whole_data_in_its_details(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A signed callback with a comparison, checked, showed two expanders named "Raw JSON": the comparison's (its
    verify_result alone) in Details and the whole data's under them, both read out as "Raw JSON of the answer". One
    now: the callback's whole data, verify_result in it, in the comparison's Details, reached there by Tab."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QApplication, QPlainTextEdit, QWidget

    inspector = window.inspector_page
    window.go_to(inspector)
    # A web callback's: the session's request_id and its comparison's, each with its copy button in Details.
    fields = json.loads(session_data("1700000000,one-json"))
    fields["request_id"] = "1700000000,session-request"
    fields["verify_result"]["request_id"] = "1700000000,comparison-request"
    data = json.dumps(fields)
    check(qtbot, inspector, signed_form(data, secret_of(window)))
    view = inspector.view
    assert inspector.signature_valid is True and view.result_view.isVisibleTo(view)

    def shown(kind: type[QWidget]) -> list[QWidget]:
        return [widget for widget in inspector.findChildren(kind) if widget.isVisibleTo(inspector)]

    assert [button for button in shown(QAbstractButton) if "JSON" in button.text().replace("&", "")] == [
        view.json_toggle]
    assert view.result_view.details_box.isAncestorOf(view.json_toggle)
    view.json_toggle.setChecked(True)
    qtbot.waitUntil(view.copy_json.isEnabled, timeout=10_000)  # written in a worker
    assert [edit for edit in shown(QPlainTextEdit) if edit is not inspector.paste_edit] == [view.raw_json]
    assert [widget.accessibleName() for widget in shown(QWidget) if "JSON" in widget.accessibleName()] == [
        "Raw JSON of the answer"]
    assert json.loads(view.raw_json.toPlainText()) == json.loads(data)  # all of it, the comparison's part too
    # Tab: from the comparison's request_id copy button to the JSON's toggle, its Copy JSON and the JSON.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    copy_request = view.result_view.copy_request
    copy_request.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is copy_request, timeout=5_000)
    visited = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [view.json_toggle, view.copy_json, view.raw_json]


# --- the session page: its link's expiry --------------------------------------------------------------------------


def shown_utc(at: int) -> str:
    """``at`` as a link's expiry reads in UTC: its clock, and its date first when that is not today's (a link made
    in the last hour before midnight, or ten minutes after it, expires on another day than now)."""
    moment = time.gmtime(at)
    same_day = moment[:3] == time.gmtime()[:3]
    return time.strftime("%H:%M:%S UTC" if same_day else "%Y-%m-%d %H:%M:%S UTC", moment)


def test_a_link_whose_expired_time_is_past_says_so_and_one_in_milliseconds_is_no_date(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings: Settings, fixed_answer_server) -> None:
    """A past expired_time showed "valid until 01:19:48 UTC" with no warning; one in milliseconds "valid until
    58888-08-12"."""
    settings.shown_times = "utc"
    page = window.session_page
    window.go_to(page)
    said: list[str] = []
    page.status_message.connect(said.append)
    past = int(time.time()) - 600
    use_host_answering(qtbot, window, settings, fixed_answer_server,
                       {"token": "tok-past", "expired_time": past, "request_id": "1,r", "time_used": 5})
    start_kyc_session(qtbot, page)
    assert page.token is not None and page.open_button.isEnabled()  # the link is still there to try
    assert f"valid until {shown_utc(past)}" in page.session_label.text()
    assert page.expiry_note.isVisibleTo(page) and page.expiry_note.text().startswith(
        "That time is already past by this workstation's clock: this workstation's clock or the service's is wrong, "
        "and the link is likely dead.")
    assert said[-1] == ("Liveness session started, but its link has expired already by this workstation's clock: "
                        "check the clock.")

    in_ms = int(time.time() * 1000) + 3_600_000
    use_host_answering(qtbot, window, settings, fixed_answer_server,
                       {"token": "tok-ms", "expired_time": in_ms, "request_id": "1,r", "time_used": 5})
    start_kyc_session(qtbot, page)
    assert page.token is not None and page.token.token == "tok-ms"
    label = page.session_label.text()
    assert label.startswith("Session started. The applicant opens this link (once; when it expires is unknown):\n")
    assert "valid until" not in label and "UTC" not in label
    assert page.expiry_note.text().startswith(f"The answer's expired_time, {in_ms}, is not a time within a day of "
                                              "this workstation's clock, so it is not shown as a date")
    assert said[-1] == "Liveness session started; the link is ready, but when it expires is unknown."

    # An hour ahead, as FaceID gives it: no note.
    ahead = int(time.time()) + 3600
    use_host_answering(qtbot, window, settings, fixed_answer_server,
                       {"token": "tok-ok", "expired_time": ahead, "request_id": "1,r", "time_used": 5})
    start_kyc_session(qtbot, page)
    assert f"valid until {shown_utc(ahead)}" in page.session_label.text()
    assert not page.expiry_note.text() and not page.expiry_note.isVisibleTo(page)
    assert said[-1] == "Liveness session started; the link is ready."


def test_a_link_s_expiry_follows_a_switch_of_the_zone_times_are_shown_in(  # type: ignore[no-untyped-def]
        qtbot, in_beijing: None, window: MainWindow, settings: Settings, fixed_answer_server) -> None:
    """Settings switched to UTC: "valid until …" kept Beijing's time, and so did the link put back after a switch of
    profile."""
    from faceid_console.ui.connection import ServiceState

    page = window.session_page
    window.go_to(page)
    ahead = int(time.time()) + 3600
    use_host_answering(qtbot, window, settings, fixed_answer_server,
                       {"token": "tok-zone", "expired_time": ahead, "request_id": "1,r", "time_used": 5})
    start_kyc_session(qtbot, page)
    in_beijing_text = time.strftime("%H:%M:%S UTC+08:00, once):\n", time.localtime(ahead))
    in_utc_text = time.strftime("%H:%M:%S UTC, once):\n", time.gmtime(ahead))
    assert in_beijing_text in page.session_label.text()
    choose_shown_times(qtbot, window, "utc")
    assert in_utc_text in page.session_label.text()
    # Taken off at a switch of profile, the zone changed meanwhile, put back: in the zone of now.
    branch = window.connection.profile.name
    window.connection.switch_to("local-engine")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)
    assert page.token is None
    choose_shown_times(qtbot, window, "local")
    window.connection.switch_to(branch)
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)
    assert page.token is not None and in_beijing_text in page.session_label.text()


# --- the session page: notify_url's port ------------------------------------------------------------------------


def test_a_notify_url_on_a_port_faceid_does_not_post_to_is_sent_with_a_note_at_the_field(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings: Settings, fixed_answer_server) -> None:
    """https://example.com:8443/notify was accepted silently: FaceID posts callbacks to 443, 5000, 16003, 8883 and
    8028 only (h5-callbacks), so none would come."""
    page = window.session_page
    window.go_to(page)
    use_host_answering(qtbot, window, settings, fixed_answer_server,
                       {"token": "tok-1", "expired_time": int(time.time()) + 3600, "request_id": "1,r", "time_used": 5})
    start_kyc_session(qtbot, page, notify_url="https://example.com:8443/liveness/notify")
    assert page.token is not None  # sent all the same: the documents do not make it an error
    note = page.notify_field.note
    assert note.isVisibleTo(page) and note.text() == (
        "FaceID posts callbacks only to ports 443, 5000, 16003, 8883, 8028: none will come to port 8443 of this "
        "notify_url. The session can still be started; to receive its callback, give an address on one of those "
        "ports.")
    assert note.text() in page.notify_edit.accessibleDescription()
    assert not page.notify_field.problem.text()  # a note, not a problem

    page.notify_edit.setText("https://example.com:8883/liveness/notify")  # put right: the note goes at once
    assert not note.text() and not note.isVisibleTo(page)
    page.notify_edit.setText("http://example.com/liveness/notify")  # http's own port, 80, as typed: not yet said
    assert not note.text()
    page.notify_edit.editingFinished.emit()
    assert "none will come to port 80 of this notify_url" in note.text()
    page.notify_edit.setText("https://example.com/liveness/notify")  # https's own, 443
    assert not note.text()


def test_the_built_in_engine_s_notify_url_gets_no_port_note(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The sandbox posts to any port (its own receiver listens on one chosen by the system)."""
    page = window.session_page
    window.go_to(page)
    assert page.notify_edit.text() == page.receiver.notify_url
    page.use_receiver.setChecked(False)
    page.notify_edit.setText("https://example.com:8443/liveness/notify")
    page.notify_edit.editingFinished.emit()
    assert not page.notify_field.note.text() and not page.notify_field.note.isVisibleTo(page)


# --- the session page: a callback's row in Chinese -----------------------------------------------------------------


def ink_height(window: MainWindow, row: int) -> int:
    """From the top of the text the list draws for its item ``row`` to its bottom, in pixels."""
    listed = window.session_page.callback_list
    listed.clearSelection()  # drawn in its own colour on the list's base
    rect = listed.visualItemRect(listed.item(row)).intersected(listed.viewport().rect())
    image = listed.viewport().grab().toImage()
    base = listed.palette().base().color()
    ratio = image.devicePixelRatio()

    def inked(y: int) -> bool:
        return any(_differs(image.pixelColor(x, y), base)
                   for x in range(int(rect.left() * ratio), min(int((rect.right() + 1) * ratio), image.width())))
    rows = [y for y in range(int(rect.top() * ratio), min(int((rect.bottom() + 1) * ratio), image.height()))
            if inked(y)]
    return int((rows[-1] - rows[0] + 1) / ratio) if rows else 0


def line_height(text: str, font: QFont) -> float:
    """The height of ``text`` laid out as one line in ``font`` (a Chinese one's is its fallback font's, taller)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    layout.endLayout()
    return line.height()


def _differs(colour: QColor, base: QColor) -> bool:
    return abs(colour.red() - base.red()) + abs(colour.green() - base.green()) + abs(colour.blue() - base.blue()) > 90


def test_a_received_callback_s_row_in_chinese_shows_its_biz_id_line_as_english_does(  # type: ignore[no-untyped-def]
        qtbot, make_window, chinese) -> None:
    """In zh_CN a row was one line ending in "…", its biz_id and biz_no lost: its first line, in Chinese, is taller
    than the biz_id line under it, and Qt's list takes each next line to be as tall as the one before, so in a row
    as tall as the two lines it found no room for the second and elided the first."""
    window = make_window(language="zh_CN")
    window.resize(1360, 900)
    page = window.session_page
    window.go_to(page)
    data = session_data("1796174067,7fc8a7e4-b0ca-4c04-8d94-9b89543ee77d", mask=0.71)
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data=signed_form(data, secret_of(window)),
                      headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=5)
    qtbot.waitExposed(page.callback_list)
    item = page.callback_list.item(0)
    first, second = item.text().split("\n")
    assert "疑似攻击" in first and second.startswith("biz_id 1796174067,7fc8a7e4-b0ca-4c04-8d94-9b89543ee77d")
    one_line = max(line_height(line, page.callback_list.font()) for line in (first, second))  # the first's
    # Drawn taller than any line alone: the biz_id line under the first, not the first alone, elided.
    qtbot.waitUntil(lambda: ink_height(window, 0) > one_line, timeout=5_000)
    window.connection.close()
