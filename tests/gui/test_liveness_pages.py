"""Liveness results, sessions, callbacks and app tokens in the real window, against the real built-in engine."""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, quote

import pytest
import requests
from PIL import Image
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea

from faceid_console.api import FaceIDError, explain
from faceid_console.lazy_history import LazyHistoryStore
from faceid_console.store import CallKind, EntryStatus, HistoryEntry, HistoryFilter
from faceid_console.ui import colours
from faceid_console.ui.colours import text_colour, text_meaning
from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.pages.app_token_page import TOKEN_LIFETIME_S
from faceid_console.ui.pages.callback_inspector_page import CallbackInspectorPage
from faceid_console.ui.pages.liveness_page import biz_id_from_input
from faceid_console.ui.pages.liveness_session_page import ReceivedCallback
from tests.conftest import FIXTURES
from tests.gui.helpers import (
    advice_in_both,
    alt_key_clashes,
    choose_shown_times,
    decision_on,
    glued,
    label_fills,
    use_billed_profile,
)

DO_PATH = "/faceid/liveness/v2/do"


def secret_of(window: MainWindow) -> str:
    client = window.connection.client
    assert client is not None
    return client._credentials.api_secret


def start_session(qtbot, window: MainWindow, faces: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Fill the session form (face comparison), start it, press Open; returns the URLs the browser got."""
    page = window.session_page
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText("applicant-9")
    page.biz_no_edit.setText("order-9")
    page.extra_edit.setText("branch=Shanghai&desk=3")
    page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    opened: list[str] = []
    page.open_url = lambda url: bool(opened.append(url.toString()) or True)  # no real browser in tests
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.start_button.click()
    assert page.token is not None, page.error_panel.explanation.text()
    page.open_button.click()
    return opened


def body_of(checked: ReceivedCallback) -> str:
    return checked.body.decode()


def finish_as_browser(do_url: str, photo: bytes, **choices: str) -> None:
    """What the applicant's browser does: open the do page, then post the outcome with the best frame."""
    shown = requests.get(do_url, timeout=10)
    assert shown.status_code == 200 and 'name="liveness_outcome"' in shown.text
    token = parse_qs(QUrl(do_url).query())["token"][0]
    base = do_url.split(DO_PATH, maxsplit=1)[0]
    done = requests.post(base + DO_PATH, data={"token": token, **choices},
                         files={"image_best": ("best.jpg", photo, "image/jpeg")}, timeout=60)
    assert done.status_code == 200, done.text
    assert re.search(r'name="data" value="([^"]*)"', done.text)


def check(qtbot, inspector: CallbackInspectorPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """Paste ``text`` and press Check the callback: a worker checks it, and ``finished`` says it is shown."""
    inspector.paste_edit.setPlainText(text)
    with qtbot.waitSignal(inspector.finished, timeout=30_000):
        inspector.check_button.click()


def receive_session(qtbot, window: MainWindow, faces: Path, **choices: str) -> ReceivedCallback:  # type: ignore[no-untyped-def]
    page = window.session_page
    opened = start_session(qtbot, window, faces)
    assert opened == [page.do_url] and page.do_url.startswith(window.connection.client.base_url + DO_PATH)  # type: ignore[union-attr]
    with qtbot.waitSignal(page.callback_received, timeout=20_000) as received:
        finish_as_browser(opened[0], (faces / "obama_1.jpg").read_bytes(), **choices)
    checked = received.args[0]
    assert isinstance(checked, ReceivedCallback)
    return checked


def test_a_fetched_liveness_result_is_one_shortcut_away_from_its_decision(  # type: ignore[no-untyped-def]
        qtbot, in_beijing: None, window: MainWindow, faces: Path, history: LazyHistoryStore) -> None:
    """Review: a result fetched (liveness failed, an attack suspected…) was a dead end: the reviewer had to find its
    entry in History to decide on it. As under Verify's answer: a button and Ctrl+Shift+D open it there at its
    decision, and once decided the page says so."""
    from faceid_console.store import DecisionKind

    receive_session(qtbot, window, faces, mask_confidence="0.7")
    window.session_page.look_up_button.click()
    results = window.liveness_page
    assert not results.decide_button.isVisibleTo(results)  # nothing fetched yet
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    [kept] = history.get().history.page(HistoryFilter(kinds=(CallKind.GET_RESULT,)), 0, 10)
    assert results.decide_button.isVisible() and results.decide_button.text() == "Record a decision…"
    # Under the result's scrolled column, not at its end: in view however long the result (its images).
    assert not any(area.widget().isAncestorOf(results.decide_button) for area in results.findChildren(QScrollArea))
    # One page's shortcut at a time (no ambiguous key), even with an answer on each page; the File menu's item acts
    # for the page on show.
    window.verify_page._decide_bar.set_entry(kept.id)
    assert results.decide_action.isEnabled() and not window.verify_page.decide_action.isEnabled()
    window.menuBar().actions()[0].menu().aboutToShow.emit()
    assert window.decide_menu_action.isEnabled()
    window.go_to(window.verify_page)
    assert window.verify_page.decide_action.isEnabled() and not results.decide_action.isEnabled()
    window.verify_page._decide_bar.set_entry(None)
    window.menuBar().actions()[0].menu().aboutToShow.emit()
    assert not window.decide_menu_action.isEnabled()  # greyed where its key does nothing
    window.go_to(results)
    qtbot.keyClick(results.biz_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    host = window.history_page
    assert window.current_page() is host
    qtbot.waitUntil(lambda: host.page is not None and host.page.current is not None, timeout=30_000)
    history_page = host.page
    assert history_page is not None and history_page.current is not None and history_page.current.id == kept.id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history_page.decision_choice, timeout=5_000)
    history_page.decision_choice.setCurrentIndex(history_page.decision_choice.findData(DecisionKind.REJECT.value))
    history_page.reason_choice.setCurrentIndex(0)
    history_page.decide_button.click()
    [decision] = history.get().history.decision_trail(kept.id)
    window.go_to(results)
    assert results.decision_label.isVisible() and results.decision_label.text().startswith(
        f"Decided: Rejected by {decision.operator} at ")
    assert results.decide_button.text() == "Change the decision…"
    worded = results.decision_label.text()
    choose_shown_times(qtbot, window, "utc" if window.settings.shown_times != "utc" else "local")
    assert results.decision_label.text() != worded  # said again in the zone times are now shown in (Beijing's, UTC)
    window.menuBar().actions()[0].menu().aboutToShow.emit()
    assert window.decide_menu_action.isEnabled()
    window.decide_menu_action.trigger()  # File → Record a decision: as the key does
    assert window.current_page() is host and not results.decide_action.isEnabled()
    window.go_to(results)
    # The next look-up's answer (the once-only error) has nothing to decide on: the way to a decision goes with it.
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    assert results.error_panel.isVisible() and not results.decide_button.isVisibleTo(results)
    assert not results.decision_label.isVisibleTo(results)


def test_a_sandbox_session_from_the_window_to_the_gauges_and_the_once_only_error(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, history: LazyHistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QLabel

    from .test_liveness_answer_showing import assert_thumbnails_for_its_screen, scaled_here

    session = window.session_page
    assert session.receiver.running
    assert session.notify_edit.text() == session.receiver.notify_url
    assert session.notify_edit.text().startswith("http://127.0.0.1:")

    checked = receive_session(qtbot, window, faces, synthetic_face_confidence="0.1", mask_confidence="0.7",
                              screen_replay_confidence="0.2")
    # The callback arrived by itself, with a signature that checks out independently of the console's code.
    fields = parse_qs(checked.body.decode(), keep_blank_values=True)
    data, sign = fields["data"][0], fields["sign"][0]
    assert sign == hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    assert checked.via == "notify_url" and checked.signature_valid is True
    payload = json.loads(data)
    item_text = session.callback_list.item(0).text()
    assert "signature valid" in item_text and payload["biz_id"] in item_text

    # One click takes its biz_id to the results page.
    session.look_up_button.click()
    results = window.liveness_page
    assert window.current_page() is results and results.biz_edit.text() == payload["biz_id"]
    assert results.once_note.isVisible() and "only once" in results.once_note.text()
    results.image_type_box.setCurrentIndex(1)
    scaled = scaled_here(monkeypatch)
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    assert not results.error_panel.isVisible(), results.error_panel.explanation.text()
    view = results.view
    # Its thumbnails made in the worker that decoded its images, for the gallery's screen: none scaled here.
    assert scaled == [] and list(view.gallery.buttons) == ["image_best"]
    assert_thumbnails_for_its_screen(view.gallery)
    # Liveness passed, yet the mask check reaches its threshold: the headline says so, not just "passed".
    assert view.headline.text() == "Attack suspected: Mask"
    assert view.banner.edge() == colours.FAIL and text_colour(view.headline) == colours.FAIL
    # The liveness check's own field is named as the field it is, not as a "result: success" beside the attack.
    assert "liveness_result.result: success" in view.facts_label.text()
    assert results.stage_label.text() == "Saved in the history."
    genuineness = payload["verify_result"]["face_genuineness"]
    for check in ("synthetic_face", "mask", "screen_replay"):
        _name, _bar, value = view.genuineness.rows[check]
        confidence, threshold = genuineness[f"{check}_confidence"], genuineness[f"{check}_threshold"]
        if confidence >= threshold:
            assert value.text() == f"{confidence:.3f} ≥ {threshold:.3f} · suspected"
        else:
            assert value.text() == f"{confidence:.3f} < {threshold:.3f} · not suspected"
    assert view.genuineness.rows["mask"][2].text().endswith(" · suspected")
    # The comparison with the same gauge and verdict as the Verify page.
    score = payload["verify_result"]["result_ref1"]
    _name, value, gauge = view.result_view.score_rows["result_ref1"]
    assert f"{score['confidence']:.2f}" in value.text()
    shown = gauge.score
    assert shown is not None and (shown.confidence, dict(shown.thresholds)) == (score["confidence"],
                                                                               score["thresholds"])
    assert view.result_view.gauge.score == shown  # the banner gauge, as on the Verify page
    # The attack above decides: the comparison's own "Same person" stays, greyed and named as the comparison's.
    assert view.result_view.verdict is not None and view.result_view.verdict.passed
    assert view.result_view.headline.text().startswith("Same person: above the")
    assert view.result_view.headline.text().endswith(" — face comparison only")
    assert view.result_view.banner.edge() == colours.NEUTRAL
    assert text_colour(view.result_view.headline) == colours.NEUTRAL
    # ...and its markers and scores are grey too: no green "pass" under the red attack headline.
    assert view.result_view.gauge.marker_colour() == gauge.marker_colour() == colours.NEUTRAL
    assert text_colour(value) == colours.NEUTRAL
    # The best frame in the gallery, full size on click.
    assert list(view.gallery.buttons) == ["image_best"]
    dialog = view.gallery.open_full_size("image_best")
    image, shown = view.gallery.images["image_best"], dialog.findChild(QLabel, "fullSizeImage").pixmap()
    # Its own pixels, made smaller only where the screen (800×600 here) has no room for them.
    assert 128 < shown.height() <= image.height() and abs(shown.width() / shown.height() - image.width() /
                                                          image.height()) < 0.01
    dialog.close()

    # The answer was in the history before it was shown: with its images.
    store = history.get()
    entries = store.history.page(HistoryFilter(biz_id=payload["biz_id"], kinds=(CallKind.GET_RESULT,)), 0, 10)
    assert [e.status for e in entries] == [EntryStatus.COMPLETE]
    assert [i.field for i in store.history.images(entries[0].id)] == ["liveness:image_best"]
    qtbot.waitUntil(lambda: bool(store.history.page(HistoryFilter(kinds=(CallKind.CALLBACK_CHECK,)), 0, 10)))

    # A second lookup: the documented once-only error, explained.
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    assert results.error_panel.isVisible()
    assert results.error_panel.error is not None and results.error_panel.error.code == "DATA_DESTROYED"
    assert results.error_panel.explanation.text() == explain("DATA_DESTROYED", "", "en")
    assert results.view.isHidden(), "the error panel alone says what happened, not a 'No result' heading under it"
    with qtbot.waitSignal(results.finished, timeout=60_000):  # asked again: the page shows it is working
        results.fetch_button.click()
        on_its_way = (results.view.isVisibleTo(results), results.view.headline.text())  # checked once it has ended
    assert on_its_way == (True, "Working…")
    assert results.view.isHidden() and results.error_panel.error is not None
    assert "History" in results.error_panel.next_label.text()
    # ...and one click opens the answer the console kept, in History.
    assert results.history_button.isVisibleTo(results)
    results.history_button.click()
    host = window.history_page
    assert window.current_page() is host
    qtbot.waitUntil(lambda: host.page is not None and host.page.current is not None, timeout=30_000)
    assert host.page is not None and host.page.current is not None
    assert host.page.current.biz_id == payload["biz_id"] and host.page.current.kind is CallKind.GET_RESULT
    assert host.page.current.status is EntryStatus.COMPLETE and host.page.current.response is not None
    assert host.page.search.text() == payload["biz_id"]


def _active(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def test_the_liveness_answer_s_json_is_shown_and_copied_with_its_alt_keys(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """Raw JSON of the answer and its Copy JSON had no Alt key, unlike the page's other buttons."""
    checked = receive_session(qtbot, window, faces)
    assert checked.result is not None
    results = window.liveness_page
    window.go_to(results)
    results.look_up(checked.result.biz_id or "")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    view = results.view
    assert view.json_toggle.isVisible() and not view.json_toggle.isChecked()
    _active(qtbot, window)
    results.biz_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(results.biz_edit, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # Raw &JSON of the answer
    qtbot.waitUntil(view.json_toggle.isChecked, timeout=5_000)  # Qt clicks a button's Alt key a moment later
    assert view.raw_json.isVisible()
    qtbot.waitUntil(lambda: view.copy_json.isVisible() and view.copy_json.isEnabled(), timeout=10_000)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Copy J&SON
    biz_id = checked.result.biz_id
    qtbot.waitUntil(lambda: bool(biz_id) and biz_id in QGuiApplication.clipboard().text(), timeout=5_000)
    # The comparison's own JSON buttons, hidden for these in its Details, have the same keys.
    assert alt_key_clashes(window, results, shown_only=True) == {}


def test_what_a_forged_callback_claims_is_shown_with_its_alt_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Show what the callback claims (unverified) had no Alt key, unlike the Callback inspector's other buttons."""
    page = window.session_page
    data = json.dumps({"biz_id": "1700000000,forged", "liveness_result": {"result": "success"}})
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": data, "sign": "0" * 40}, timeout=5)
    inspector = window.inspector_page
    with qtbot.waitSignal(inspector.finished, timeout=30_000):
        page.inspect_selected()
    window.go_to(inspector)
    toggle = inspector.view.claims_toggle
    assert toggle.isVisible() and not toggle.isChecked()
    _active(qtbot, window)
    inspector.paste_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(inspector.paste_edit, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Sho&w what the callback…
    qtbot.waitUntil(toggle.isChecked, timeout=5_000)  # Qt clicks a button's Alt key a moment later
    # Those on show: the comparison's own JSON buttons, built ahead, stay hidden in the liveness view's JSON's place.
    assert alt_key_clashes(window, inspector, shown_only=True) == {}


def test_a_failed_liveness_is_explained_and_has_no_comparison(qtbot, window: MainWindow, faces: Path) -> None:  # type: ignore[no-untyped-def]
    checked = receive_session(qtbot, window, faces, liveness_outcome="not_video")
    assert checked.signature_valid is True and checked.result is not None
    item = window.session_page.callback_list.item(0)  # a valid signature alone is no verdict: not green
    assert "signature valid · liveness failed" in item.text() and item.foreground().color().name() == "#c62828"
    results = window.liveness_page
    results.look_up(checked.result.biz_id or "")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    view = results.view
    assert view.headline.text() == "Liveness failed"
    assert view.reason_label.text() == f'Reason (not_video): {explain("not_video", "", "en")}'
    assert "version" in view.facts_label.text()
    assert view.result_view.isHidden() and "No comparison" in view.no_verify_label.text()


def test_a_failed_liveness_s_own_request_id_is_in_its_details_and_copyable(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, history: LazyHistoryStore) -> None:
    """A session whose liveness failed has no comparison, and its Details with it: its own request_id (get_result's,
    the one FaceID support asks for) was shown nowhere but the raw JSON. Shown as a passed one's Details show it."""
    checked = receive_session(qtbot, window, faces, liveness_outcome="timeout")
    assert checked.result is not None
    results = window.liveness_page
    results.look_up(checked.result.biz_id or "")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    view = results.view
    assert view.headline.text() == "Liveness failed" and view.result_view.isHidden()
    # The answer's request_id as the history kept it, not as the view read it.
    store = history.get()
    entry = store.history.entry(store.history.page(
        HistoryFilter(biz_id=checked.result.biz_id, kinds=(CallKind.GET_RESULT,)), 0, 1)[0].id)
    assert entry is not None and entry.response is not None
    request_id = entry.response["request_id"]
    assert request_id and request_id != checked.result.request_id  # get_result's own, not the callback's
    assert view.session_details_box.isVisibleTo(view)
    assert view.session_details_box.title() == view.result_view.details_box.title() == "Details"
    assert view.session_request_label.text() == f"Session request_id: {request_id}"
    assert view.copy_session_request.text() == "Copy the session's re&quest_id"
    view.copy_session_request.click()
    assert QGuiApplication.clipboard().text() == request_id
    # A session with a comparison shows it in the comparison's Details, beside the comparison's own: not twice.
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    from faceid_console.api import LivenessSessionResult

    view.show_result(LivenessSessionResult.parse({**answer, "images": {}}), "1e-4")
    assert not view.session_details_box.isVisibleTo(view)
    assert view.result_view.session_request_label.text() == f"Session request_id: {answer['request_id']}"
    assert view.result_view.details_box.isAncestorOf(view.json_toggle)  # the answer's JSON goes with them
    # An H5 callback has no request_id of its own: its Details hold the answer's JSON alone, no empty request_id.
    view.show_result(LivenessSessionResult.parse({**answer, "images": {}, "verify_result": None,
                                                  "request_id": None}), "1e-4")
    assert view.session_details_box.isVisibleTo(view) and view.session_details_box.isAncestorOf(view.json_toggle)
    assert not view.session_request_label.isVisibleTo(view) and not view.copy_session_request.isVisibleTo(view)


def test_a_failed_liveness_s_raw_json_is_in_its_details_and_the_keyboard_reaches_it_there(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """A failed session's Raw JSON of the answer sat under its images, outside the Details holding its request_id,
    where Verify's and a passed session's answer keep their JSON. It is last in those Details now, reached there by
    its Alt key and by Tab from the request_id's copy button, and named as before."""
    from PySide6.QtCore import QPoint

    checked = receive_session(qtbot, window, faces, liveness_outcome="timeout")
    assert checked.result is not None
    results = window.liveness_page
    window.go_to(results)
    results.look_up(checked.result.biz_id or "")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    view = results.view
    assert view.headline.text() == "Liveness failed" and view.result_view.isHidden()
    qtbot.waitUntil(lambda: bool(view.gallery.buttons) and view.images_box.isVisible(), timeout=10_000)
    details = view.session_details_box
    assert details.isAncestorOf(view.json_toggle) and details.isAncestorOf(view.raw_json)

    def top(widget) -> int:  # type: ignore[no-untyped-def]
        return widget.mapTo(view, QPoint(0, 0)).y()

    assert top(view.session_request_label) < top(view.copy_session_request) < top(view.json_toggle) < top(
        view.images_box)
    _active(qtbot, window)
    results.biz_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(results.biz_edit, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # Raw &JSON of the answer
    qtbot.waitUntil(view.json_toggle.isChecked, timeout=5_000)  # Qt clicks a button's Alt key a moment later
    qtbot.waitUntil(view.copy_json.isEnabled, timeout=10_000)  # written in a worker
    assert view.raw_json.isVisible() and view.raw_json.accessibleName() == "Raw JSON of the answer"
    assert json.loads(view.raw_json.toPlainText())["biz_id"] == checked.result.biz_id
    assert top(view.json_toggle) < top(view.raw_json) < top(view.images_box)  # opened within Details
    # Tab: from the request_id's copy button to the JSON's toggle, its Copy JSON and the JSON, then the images.
    view.copy_session_request.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.copy_session_request, timeout=5_000)
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [view.json_toggle, view.copy_json, view.raw_json, view.gallery.buttons["image_best"]]


ASKED_BIZ_ID = "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1"


def look_up_on(qtbot, window: MainWindow, settings, fixed_answer_server, answer: bytes):  # type: ignore[no-untyped-def]
    """Look ASKED_BIZ_ID up on a custom profile whose host answers ``answer``; the results page."""
    from faceid_console.api import Credentials
    from faceid_console.credentials import save as save_credentials
    from faceid_console.ui.connection import ServiceState

    from .conftest import custom_profile

    custom_profile(settings, "lookalike", fixed_answer_server(200, "application/json", answer))
    save_credentials("lookalike", Credentials("k", "s"))
    window.connection.switch_to("lookalike")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY
                    and window.connection.check_result is not None, timeout=60_000)
    results = window.liveness_page
    results.biz_edit.setText(ASKED_BIZ_ID)
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    return results


def test_an_answer_that_is_not_a_faceid_result_is_an_error_not_a_result(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, fixed_answer_server, history: LazyHistoryStore) -> None:
    """A custom host's {"foo": "bar"} was shown and kept in History as this session's result."""
    results = look_up_on(qtbot, window, settings, fixed_answer_server, b'{"foo": "bar"}')
    panel = results.error_panel
    assert panel.isVisibleTo(results) and results.view.isHidden()
    assert panel.error is not None and panel.error.code == "INVALID_RESPONSE"
    assert panel.headline.text() == "The answer was not from FaceID"
    assert "not a FaceID answer" in panel.explanation.text() and "response.biz_id" in panel.explanation.text()
    assert "response field response.biz_id is missing" in panel.technical.text()
    assert "base URL" in panel.next_label.text()
    assert not results.biz_field.problem.text()  # the biz_id typed is not what is wrong
    entries = history.get().history.page(HistoryFilter(kinds=(CallKind.GET_RESULT,)), 0, 10)
    assert [(e.status, e.response) for e in entries] == [(EntryStatus.ERROR, None)]
    assert entries[0].biz_id in (None, ASKED_BIZ_ID)


def test_another_session_s_answer_is_an_error_that_names_both_sessions_and_what_to_do(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, fixed_answer_server, history: LazyHistoryStore) -> None:
    """Another session's answer (a caching proxy, a mix-up) was worded as "not a FaceID answer" with advice to check
    the base URL: it is FaceID's answer, for another session, and must not be decided on."""
    other = "1462259748,another-session"
    answer = json.dumps({**json.loads((FIXTURES / "get_result_success.json").read_text("utf-8")), "biz_id": other})
    results = look_up_on(qtbot, window, settings, fixed_answer_server, answer.encode())
    panel = results.error_panel
    assert panel.isVisibleTo(results) and results.view.isHidden()
    assert panel.error is not None and panel.error.code == "INVALID_RESPONSE"
    assert panel.headline.text() == "The answer is for another liveness session"
    explanation = panel.explanation.text()
    assert f"biz_id {ASKED_BIZ_ID} was looked up, but the answer is for biz_id {other}." in explanation
    assert "caching proxy" in explanation and "not a FaceID answer" not in explanation
    assert explanation == panel.error.explanation("en")  # the command line's words
    step = panel.next_label.text()
    assert f"Look biz_id {ASKED_BIZ_ID} up again." in step and "Do not decide on this answer" in step
    assert "base URL" not in step
    assert f"response field response.biz_id is {other!r}, not the biz_id asked for" in panel.technical.text()
    assert not results.biz_field.problem.text()  # the biz_id typed is not what is wrong
    entries = history.get().history.page(HistoryFilter(kinds=(CallKind.GET_RESULT,)), 0, 10)
    assert [(e.status, e.response) for e in entries] == [(EntryStatus.ERROR, None)]
    assert entries[0].biz_id in (None, ASKED_BIZ_ID)  # never the other one


def test_a_look_up_takes_the_last_look_up_s_error_off_the_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """"Look up the result" put a new biz_id in the form beside the last one's error ("Fill in the field that is
    marked", with no field marked)."""
    results = window.liveness_page
    results.biz_edit.setText("   ")
    results.fetch_button.click()
    assert results.error_panel.isVisibleTo(results)
    results.look_up("1700000000,0b3f-new-session")
    assert not results.error_panel.isVisibleTo(results) and not results.biz_field.problem.text()
    assert results.view.headline.text() == "No result yet"
    assert results.view.isVisibleTo(results)


def test_a_profile_switch_takes_the_last_profile_s_error_off_the_results_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch) -> None:
    """The other profile's "no such session" (or its mark at the biz_id) stayed beside the new profile's name in
    the top bar, as if this profile's service had said it; also when it arrived after the switch."""
    import threading

    from faceid_console.api.client import FaceIDClient
    from faceid_console.ui.connection import ServiceState

    results = window.liveness_page
    results.biz_edit.setText("1700000000,0b3f-unknown-session")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    assert results.error_panel.error is not None and results.error_panel.error.code == "RESULT_NOT_FOUND"
    with qtbot.waitSignal(window.connection.checked, timeout=30_000):
        assert window.connection.check()  # the same profile checked again (changed is emitted): the error stays
    assert results.error_panel.isVisibleTo(results) and results.view.isHidden()
    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=30_000)
    assert results.error_panel.isHidden() and results.view.isVisibleTo(results)
    assert results.view.headline.text() == "No result yet"
    assert results.biz_edit.text() == "1700000000,0b3f-unknown-session"  # what the reviewer typed stays

    # The form's own problem, marked at the biz_id, goes too.
    window.connection.switch_to("local-engine")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)
    results.biz_edit.setText("   ")
    results.fetch_button.click()
    assert results.error_panel.isVisibleTo(results) and results.biz_field.problem.text()
    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=30_000)
    assert results.error_panel.isHidden() and not results.biz_field.problem.text()

    # An error that arrives after the switch is not shown under the new profile.
    window.connection.switch_to("local-engine")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)
    sent, release = threading.Event(), threading.Event()
    real_get = FaceIDClient.get_result

    def held(client: FaceIDClient, *args, **kwargs):  # type: ignore[no-untyped-def]
        sent.set()
        release.wait(30)  # the answer is on its way while the reviewer switches
        return real_get(client, *args, **kwargs)

    monkeypatch.setattr(FaceIDClient, "get_result", held)
    results.biz_edit.setText("1700000000,0b3f-unknown-session")
    results.fetch_button.click()
    qtbot.waitUntil(sent.is_set, timeout=30_000)
    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=30_000)
    # Longer than the call's own deadline (5 s connect + 60 s answer): however the engine answers, or fails to in time
    # on a loaded machine, the call ends and its outcome must not show under the new profile.
    with qtbot.waitSignal(results.finished, timeout=90_000):
        release.set()
    assert results.error_panel.isHidden(), results.error_panel.explanation.text()
    assert results.view.isVisibleTo(results) and results.view.headline.text() == "No result yet"


def _branch_answering_one_result(qtbot, window: MainWindow, settings, fixed_answer_server,  # type: ignore[no-untyped-def]
                                 images: dict[str, str] | None = None):
    """A custom profile "branch" whose host answers every call with one session's result (with ``images``, else
    none); and a way to switch profiles that waits until the one chosen is ready."""
    from faceid_console.api import Credentials
    from faceid_console.credentials import save as save_credentials
    from faceid_console.ui.connection import ServiceState

    from .conftest import custom_profile

    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    answer["images"] = images or {}
    custom_profile(settings, "branch", fixed_answer_server(200, "application/json", json.dumps(answer).encode()))
    save_credentials("branch", Credentials("k", "s"))

    def switch(name: str) -> None:
        window.connection.switch_to(name)
        qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)

    return answer, switch


def test_a_profile_switch_takes_the_last_profile_s_result_off_the_results_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, fixed_answer_server, monkeypatch) -> None:
    """Only the error went at a switch: another profile's session result stayed beside the new profile's name in
    the top bar, as if this profile's account had run the session; also when it arrived after the switch."""
    import threading

    from faceid_console.api.client import FaceIDClient

    answer, switch = _branch_answering_one_result(qtbot, window, settings, fixed_answer_server)
    switch("branch")
    results = window.liveness_page
    results.biz_edit.setText(answer["biz_id"])
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    assert not results.error_panel.isVisibleTo(results), results.error_panel.explanation.text()
    assert results.view.result is not None and results.view.headline.text().startswith("Attack suspected")
    with qtbot.waitSignal(window.connection.checked, timeout=30_000):
        assert window.connection.check()  # the same profile checked again (changed is emitted): the result stays
    assert results.view.result is not None
    switch("local-engine")
    assert results.view.result is None and not results.view.genuineness_box.isVisibleTo(results)
    assert results.view.headline.text() == "No result from this profile yet"
    whose = "The last result came from profile branch (custom host) and is kept in History."
    assert results.view.status_label.text() == whose
    assert results.history_button.isVisibleTo(results)  # the way to it
    assert results.biz_edit.text() == answer["biz_id"]  # what the reviewer typed stays
    results.settings_changed()  # judged again at a changed level: nothing of the other profile comes back
    assert results.view.result is None and results.view.headline.text() == "No result from this profile yet"

    # A result that arrives after the switch is not shown under the new profile: it says whose it is.
    switch("branch")
    sent, release = threading.Event(), threading.Event()
    real_get = FaceIDClient.get_result

    def held(client: FaceIDClient, *args, **kwargs):  # type: ignore[no-untyped-def]
        sent.set()
        release.wait(30)  # the answer is on its way while the reviewer switches
        return real_get(client, *args, **kwargs)

    monkeypatch.setattr(FaceIDClient, "get_result", held)
    said: list[str] = []
    results.status_message.connect(said.append)
    results.fetch_button.click()
    qtbot.waitUntil(sent.is_set, timeout=30_000)
    switch("local-engine")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        release.set()
    assert results.view.result is None and not results.error_panel.isVisibleTo(results)
    assert results.view.headline.text() == "No result from this profile yet"
    assert said and said[-1] == whose


def newest_kept_result(history: LazyHistoryStore) -> int:
    """The History entry of the newest get_result."""
    return max(int(entry.id) for entry in history.get().history.page(
        HistoryFilter(kinds=(CallKind.GET_RESULT,)), 0, 100))


def test_back_on_the_profile_a_session_result_came_from_the_result_is_shown_again(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, fixed_answer_server, monkeypatch, history: LazyHistoryStore) -> None:
    """Switched away and back, the profile whose result was on show said its own result came from it and was kept in
    History; the service gives a result only once, so the page puts back the one it had, with its way to a decision
    and a decision recorded on it in History meanwhile (review: one that arrived after the switch lost that)."""
    import threading

    from faceid_console.api.client import FaceIDClient
    from faceid_console.store import DecisionKind

    answer, switch = _branch_answering_one_result(qtbot, window, settings, fixed_answer_server)
    switch("branch")
    results = window.liveness_page
    fetched: list[str] = []  # the biz_ids looked up (the connection check looks one up too)
    real_get = FaceIDClient.get_result
    monkeypatch.setattr(FaceIDClient, "get_result", lambda client, request, *args, **kwargs: fetched.append(
        request.biz_id) or real_get(client, request, *args, **kwargs))
    results.biz_edit.setText(answer["biz_id"])
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    result, headline = results.view.result, results.view.headline.text()
    assert result is not None and results.looked_up_label.isVisibleTo(results)
    first = newest_kept_result(history)
    window.go_to(results)
    assert results.decide_button.isVisible() and results.decide_action.isEnabled()
    switch("local-engine")
    assert results.view.result is None and results.history_button.isVisibleTo(results)
    assert not results.decide_button.isVisibleTo(results) and not results.decide_action.isEnabled()  # not this one's
    window.history_page.decided.emit(first, decision_on(first, DecisionKind.APPROVE))  # decided in History meanwhile
    assert not results.decision_label.isVisibleTo(results)
    switch("branch")
    assert results.view.result is result and results.view.headline.text() == headline
    assert results.looked_up_label.isVisibleTo(results) and answer["biz_id"][:10] in results.looked_up_label.text()
    assert not results.history_button.isVisibleTo(results) and fetched.count(answer["biz_id"]) == 1  # not again
    assert results.decide_action.isEnabled() and results.decide_button.text() == "Change the decision…"
    assert results.decision_label.isVisible() and results.decision_label.text().startswith("Decided: Approved by ada")

    # One that arrived after the switch is shown once its profile is back.
    sent, release = threading.Event(), threading.Event()
    monkeypatch.setattr(FaceIDClient, "get_result",
                        lambda client, *args, **kwargs: sent.set() or (release.wait(30) and real_get(client, *args, **kwargs)))
    results.fetch_button.click()
    qtbot.waitUntil(sent.is_set, timeout=30_000)
    switch("local-engine")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        release.set()
    assert results.view.result is None and results.view.headline.text() == "No result from this profile yet"
    second = newest_kept_result(history)
    assert second != first and not results.decide_button.isVisibleTo(results)
    window.history_page.decided.emit(second, decision_on(second, DecisionKind.REJECT))
    switch("branch")
    assert results.view.result is not None and results.view.result is not result
    assert results.view.headline.text() == headline and results.looked_up_label.isVisibleTo(results)
    assert results.decide_button.text() == "Change the decision…"
    assert results.decision_label.isVisible() and results.decision_label.text().startswith("Decided: Rejected by ada")
    results.decide_button.click()  # the way to it is the new entry's, not the first's
    host = window.history_page
    qtbot.waitUntil(lambda: host.page is not None and host.page.current is not None, timeout=30_000)
    assert host.page is not None and host.page.current is not None and int(host.page.current.id) == second


def test_history_says_a_look_up_on_its_way_is_awaited_and_shows_its_error_once_in(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch) -> None:
    """A get_result on its way read "Outcome unknown, not resent" in History, and kept reading so once answered."""
    import threading

    from faceid_console.api.client import FaceIDClient
    from faceid_console.ui.models.history_model import COLUMN_NAMES

    results = window.liveness_page
    sent, release = threading.Event(), threading.Event()
    real_get = FaceIDClient.get_result
    monkeypatch.setattr(FaceIDClient, "get_result", lambda client, *args, **kwargs: sent.set() or (
        release.wait(30) and real_get(client, *args, **kwargs)))
    results.biz_edit.setText("1700000000,on-its-way")
    results.fetch_button.click()
    try:
        qtbot.waitUntil(sent.is_set, timeout=30_000)
        host = window.history_page
        window.go_to(host)
        qtbot.waitUntil(lambda: host.page is not None and host.page.model.rowCount() == 1, timeout=30_000)
        history = host.page
        assert history is not None

        def outcome() -> str:
            return str(history.model.index(0, COLUMN_NAMES.index("outcome")).data())

        assert outcome() == "Sent, waiting for the answer"
    finally:  # the answer goes on its way whatever was found: a window left waiting for it is not closed
        with qtbot.waitSignal(results.finished, timeout=60_000):
            release.set()
    qtbot.waitUntil(lambda: outcome() == "Error", timeout=10_000)  # RESULT_NOT_FOUND, without F5
    entry = history.model.entry(0)
    assert entry is not None and entry.error_code == "RESULT_NOT_FOUND"


def test_a_pasted_return_url_gives_its_biz_id_and_a_bad_one_is_named(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    results = window.liveness_page
    results.biz_edit.setText("https://shop.example/liveness/return?order=9&biz_id=1700000000%2Cabc#done")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    assert results.error_panel.error is not None and results.error_panel.error.code == "RESULT_NOT_FOUND"
    assert results.error_panel.error.origin.value == "service"  # it was sent, with the biz_id from the URL
    results.biz_edit.setText("https://shop.example/liveness/return?order=9")
    results.fetch_button.click()
    assert results.error_panel.error.field == "return_url" and not results.biz_field.problem.isHidden()
    assert results.biz_field.problem.text().startswith("This URL has no biz_id parameter")
    results.biz_edit.setText("   ")
    results.fetch_button.click()
    assert results.biz_field.problem.text() == "Enter the biz_id, or paste the return_url."


@pytest.mark.parametrize("size", [(1280, 820), (1024, 600)])
def test_the_biz_id_field_shows_a_whole_biz_id_at_the_window_s_first_size(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, size: tuple[int, int]) -> None:
    """The field showed "1796216515,5ae7b865-af60-4a21-", 30 of a biz_id's 47 characters, beside a result column
    with hundreds of pixels to spare: reviewers compare it with tickets. Its least width, and the window's, are
    QLineEdit's as before."""
    from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

    # A first start's size on a screen with room for it (MainWindow._restore_state), and a small laptop's.
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=5_000)
    results = window.liveness_page
    window.go_to(results)
    edit = results.biz_edit
    plain = QLineEdit(edit.parentWidget())
    assert edit.minimumSizeHint() == plain.minimumSizeHint()
    qtbot.waitUntil(lambda: edit.width() > plain.sizeHint().width(), timeout=3000)
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    margins = edit.textMargins()
    # Where QLineEdit draws its text: its contents less the text margins and its 2-pixel margin each side.
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit).width() \
        - margins.left() - margins.right() - 4
    for biz_id in ("1796216515,5ae7b865-af60-4a21-8bc5-ace534a6d18a",  # the built-in engine's, as shown in the review
                   "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1",  # get_result's documented example
                   "1999999999,dddddddd-bbbb-8888-0000-dddddddddddd"):
        edit.setText(biz_id)
        assert len(biz_id) == 47 and edit.fontMetrics().horizontalAdvance(biz_id) + 1 <= room, biz_id  # Qt's + 1


def test_the_results_page_names_the_biz_id_it_looked_up_and_the_one_taken_from_a_return_url(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """A pasted return_url's biz_id was shown nowhere: "No liveness result exists for this biz_id: check the number."
    left the reviewer guessing which biz_id was sent (and a biz_id is no number)."""
    results = window.liveness_page
    assert results.looked_up_label.isHidden()
    results.biz_edit.setText("https://example.com/return?biz_id=abc&x=1")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    panel = results.error_panel
    assert panel.error is not None and panel.error.code == "RESULT_NOT_FOUND"
    assert results.looked_up_label.isVisibleTo(results)
    assert results.looked_up_label.text() == "Looked up biz_id abc (from the pasted return URL)"
    label = results.looked_up_label  # its text lined up with the explanation's under it, not against the edge
    assert label.x() + label.contentsMargins().left() == panel.x() + panel.text_indent() > label.x()
    assert "check the biz_id" in panel.explanation.text() and "number" not in panel.explanation.text()
    assert "biz_id" in explain("RESULT_NOT_FOUND", "", "zh_CN")
    results.biz_edit.setText("1700000000,abc-def")  # typed as it is: no URL to name
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    assert results.looked_up_label.text() == "Looked up biz_id 1700000000,abc-def"
    results.biz_edit.setText("   ")  # nothing looked up: the last look-up's biz_id is not left beside its error
    results.fetch_button.click()
    assert results.error_panel.error.origin.value == "input" and results.looked_up_label.isHidden()
    results.biz_edit.setText("1700000000,abc-def")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    results.look_up("1700000000,0b3f-new-session")  # another biz_id in the form: the last one's line goes
    assert results.looked_up_label.isHidden()


def test_a_stale_mark_at_the_biz_id_goes_once_a_valid_one_is_looked_up(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Text set without textEdited (as a page handing a biz_id over would) left "This URL has no biz_id parameter"
    under a valid biz_id that had been sent and answered."""
    results = window.liveness_page
    results.biz_edit.setText("https://shop.example/liveness/return?order=9")
    results.fetch_button.click()
    assert results.biz_field.problem.text().startswith("This URL has no biz_id parameter")
    results.biz_edit.setText("1700000000,abc-def")
    with qtbot.waitSignal(results.finished, timeout=60_000):
        results.fetch_button.click()
    assert results.error_panel.error is not None and results.error_panel.error.origin.value == "service"
    assert results.biz_field.problem.isHidden() and results.biz_field.problem.text() == ""


@pytest.mark.parametrize("pasted", [
    "1700000000,abc-def",
    "  1700000000,abc-def\t",
    "https://shop.example/return?biz_id=1700000000,abc-def",
    "shop.example/return?order=9&biz_id=1700000000%2Cabc-def",  # copied from an address bar without its scheme
    "biz_id=1700000000,abc-def&order=9",  # the query alone
    "shop.example/#/done?biz_id=1700000000,abc-def",
])
def test_a_biz_id_is_read_from_what_a_reviewer_pastes(pasted: str) -> None:
    assert biz_id_from_input(pasted) == "1700000000,abc-def"


@pytest.mark.parametrize("pasted", ["shop.example/liveness/return", "order=9&state=done"])
def test_a_url_without_a_biz_id_is_named_as_one_not_sent_as_a_biz_id(pasted: str) -> None:
    with pytest.raises(FaceIDError) as caught:
        biz_id_from_input(pasted)
    assert caught.value.field == "return_url"


@pytest.mark.parametrize("typed", ["' OR 1=1 --", "'OR1=1--", "1700000000,abc def=x", "a b/c"])
def test_input_that_is_no_url_is_named_as_a_wrong_biz_id_not_a_url_without_one(typed: str) -> None:
    with pytest.raises(FaceIDError) as caught:
        biz_id_from_input(typed)
    assert caught.value.field == "biz_id"


def test_an_injection_like_biz_id_is_told_what_a_biz_id_looks_like(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """"' OR 1=1 --" holds "=", and was told "This URL has no biz_id parameter"."""
    results = window.liveness_page
    results.biz_edit.setText("' OR 1=1 --")
    results.fetch_button.click()
    assert results.error_panel.error is not None and results.error_panel.error.field == "biz_id"
    assert results.biz_field.problem.text().startswith("This is not a biz_id: a biz_id looks like 1462259748,")
    assert "URL has no biz_id" not in results.biz_field.problem.text()


@pytest.mark.parametrize(("typed", "said"), [
    ("1700000000,\x00abc", "A biz_id has no control or invisible characters"),
    ("1700000000,\u202eabc", "A biz_id has no control or invisible characters"),
    ("7" * 40_000, "This is 32767 characters long, too long for a biz_id"),  # the field cut it, as a paste is
])
def test_a_biz_id_with_control_characters_or_of_a_paste_gone_wrong_is_refused_not_sent(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, typed: str, said: str) -> None:
    """A 1 MB paste was cut to the field's 32,767 characters and sent, and NUL, ESC or a right-to-left override went
    to the service as part of the biz_id; the service could only answer "not found"."""
    import requests as http

    sent: list[object] = []

    def send(*args: object, **kwargs: object) -> None:
        sent.append(kwargs.get("params"))
        raise http.ConnectionError("not sent in this test")

    monkeypatch.setattr("requests.Session.request", send)
    results = window.liveness_page
    results.biz_edit.setText(typed)
    results.fetch_button.click()
    qtbot.waitUntil(lambda: not results._task.busy, timeout=10_000)
    assert sent == []
    assert results.error_panel.error is not None and results.error_panel.error.field == "biz_id"
    assert results.biz_field.problem.text().startswith(said), results.biz_field.problem.text()


def test_a_biz_id_is_refused_by_the_protocol_library_too() -> None:
    from faceid_console.api import GetResultRequest

    for biz_id, words in (("1700000000,\x1babc", "control characters"), ("1" * 300, "300 characters long")):
        [problem] = GetResultRequest(biz_id).problems()
        assert problem.field == "biz_id" and words in problem.message
    assert GetResultRequest("1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1").problems() == []


def test_the_inspector_checks_signatures_and_rejects_tampered_and_truncated_pastes(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    checked = receive_session(qtbot, window, faces, mask_confidence="0.2")
    session, inspector = window.session_page, window.inspector_page
    with qtbot.waitSignal(inspector.finished, timeout=30_000):
        session.inspect_button.click()
    assert window.current_page() is inspector
    assert window.focusWidget() is inspector.paste_edit  # a control with a focus mark, not the page itself
    assert inspector.signature_valid is True
    # The profile named as the top bar names it, not by its settings key ("local-engine").
    assert inspector.view.signature_label.text().startswith(
        "✔ Signature valid for profile Built-in engine (offline): ")
    assert inspector.view.genuineness_box.isVisibleTo(inspector)
    assert inspector.view.result_view.score_rows["result_ref1"]

    fields = parse_qs(checked.body.decode(), keep_blank_values=True)
    data, sign = fields["data"][0], fields["sign"][0]
    # data and sign on two lines, and as a JSON object: the same callback, still valid.
    for shape in (f"data: {data}\nsign: {sign}", json.dumps({"data": data, "sign": sign})):
        check(qtbot, inspector, shape)
        assert inspector.signature_valid is True, shape[:40]

    # Tampered: a better score written into the data, the sign left as it was.
    tampered = data.replace('"mask_confidence":0.2', '"mask_confidence":0.0')
    assert tampered != data
    check(qtbot, inspector, f"data={quote(tampered)}&sign={sign}")
    assert inspector.signature_valid is False
    assert "INVALID" in inspector.view.signature_label.text()
    assert text_colour(inspector.view.signature_label) == colours.FAIL
    # The verdict is the signature: what the body claims is folded away, greyed, and said to be unverified.
    view = inspector.view
    assert view.headline.text() == "Signature invalid: do not trust this callback"
    assert view.banner.edge() == colours.FAIL and text_colour(view.headline) == colours.FAIL
    assert view.reason_label.text().startswith("Unverified claim — Liveness passed")
    assert not view.genuineness_box.isVisibleTo(inspector) and not view.verify_box.isVisibleTo(inspector)
    view.claims_toggle.click()
    assert view.genuineness_box.isVisibleTo(inspector) and not view.genuineness_box.isEnabled()
    assert view.verify_box.isVisibleTo(inspector) and not view.verify_box.isEnabled()
    # The untouched callback again: trusted, shown in full and enabled.
    check(qtbot, inspector, body_of(checked))
    assert inspector.signature_valid is True and view.headline.text().startswith("Liveness passed")
    assert view.banner.edge() == colours.PASS
    # The headline is the verdict; the valid signature under it is plain text, never a second green (or red) verdict.
    assert text_meaning(view.signature_label) not in (colours.PASS, colours.FAIL)
    layout = view.banner.layout()
    assert layout.indexOf(view.headline) < layout.indexOf(view.signature_label)
    assert view.genuineness_box.isVisibleTo(inspector) and view.genuineness_box.isEnabled()
    assert view.verify_box.isEnabled() and view.claims_toggle.isHidden()

    # Truncated: cut in the middle of data, or in the middle of sign.
    body = checked.body.decode()
    for cut, part in ((body[: len(body) // 2], "sign"), (f"data={quote(data)}&sign={sign[:20]}", "sign"),
                      (f"data={quote(data[:-30])}&sign={sign}", "data")):
        check(qtbot, inspector, cut)
        assert not inspector.error_panel.isHidden() and inspector.signature_valid is None
        assert inspector.error_panel.error is not None and inspector.error_panel.error.field == part
        assert "cut off" in inspector.error_panel.explanation.text() or "no sign" in \
            inspector.error_panel.explanation.text()
        assert inspector.view.isHidden(), "the error panel alone says what is wrong, not a second heading"
        panel = inspector.error_panel  # once laid out, as tall as its text at its width, not the whole pane
        qtbot.waitUntil(lambda panel=panel: 0 < panel.height() <= max(panel.sizeHint().height(),
                                                                      panel.heightForWidth(panel.width())) + 4)
        assert panel.headline.text() == "The paste cannot be checked"  # nothing is sent, so nothing "was not sent"
        assert panel.billed_label.isHidden() and panel.code_label.isHidden() and panel.technical.isHidden()
        assert panel.next_label.text().startswith("What to do: Copy the whole callback again")

    # Data re-serialised as an object (a log viewer's copy): named as such, not "cut off".
    check(qtbot, inspector, json.dumps({"data": json.loads(data), "sign": sign}))
    assert inspector.error_panel.explanation.text().startswith("The data is an object here, not the JSON text")

    # A return_url with only a biz_id: nothing to check, but it can be looked up.
    check(qtbot, inspector, "https://shop.example/r?biz_id=1700000000,abc")
    assert "1700000000,abc" in inspector.view.signature_label.text()
    assert inspector.view.isVisibleTo(inspector) and inspector.error_panel.isHidden()
    inspector.look_up_button.click()
    assert window.liveness_page.biz_edit.text() == "1700000000,abc"


def test_the_token_page_shows_a_copyable_token_counting_down_its_hour(qtbot, window: MainWindow, faces: Path) -> None:  # type: ignore[no-untyped-def]
    window.settings.shown_times = "utc"  # its times named as History's, in the zone chosen
    page = window.token_page
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText("applicant-12")
    page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    request = page.build_request()
    assert (request.liveness_timeout, request.liveness_action_count, request.security_level) == (10, 3, 2)
    assert request.flash_liveness_timeout is None  # a flash-only parameter is not sent with meglive
    now = [1_000_000.0]
    page.clock = lambda: now[0]
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()
    assert not page.error_panel.isVisible(), page.error_panel.explanation.text()
    token = page.token_edit.text()
    assert token and page.token is not None and token == page.token.biz_token
    assert page.expiry_label.text().startswith("Expires in 60:00")
    # Times in the zone History shows (UTC, here), so the token on show is matched with its entry.
    assert page.expiry_label.text().endswith(" UTC)") and " UTC for uuid applicant-12" in page.issued_label.text()
    # Its request_id (no space in it) and the large countdown wrap: unwrapped, they had the window 969 px wide,
    # off an 800 px screen.
    window.go_to(page)
    QGuiApplication.sendPostedEvents()  # the window's layout takes in the page shown
    assert window.minimumSizeHint().width() <= 800
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == token
    now[0] += TOKEN_LIFETIME_S - 75
    page.timer.timeout.emit()
    assert page.expiry_label.text().startswith("Expires in 01:15")
    now[0] += 80
    page.timer.timeout.emit()
    assert page.expiry_label.text() == "Expired: get a new biz_token." and not page.copy_button.isEnabled()
    assert page.token_edit.text() == "" and page.token_edit.placeholderText() == "Expired"  # not to copy by hand
    assert page.request_label.text() != ""  # its request_id stays, for support


def test_each_flag_of_the_token_page_says_what_it_does(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The check boxes show only a parameter name ("device_risk (default off)"): what it does was in the documents."""
    from faceid_console.ui.pages.app_token_page import FLAG_PARAMETERS

    page = window.token_page
    tips = {name: page.flags[name].toolTip() for name, _default, _only in FLAG_PARAMETERS}
    assert all(len(tip) > 40 for tip in tips.values()), tips
    assert len(set(tips.values())) == len(tips)  # each its own
    assert "billed" in tips["force_compare"] and "90°" in tips["multi_oriented_detection"]


def test_the_token_page_explains_errors_as_the_verify_page_does(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.token_page
    page.kyc_radio.setChecked(True)
    page.name_edit.setText("张三")
    page.number_edit.setText("110105194912310021")  # wrong check digit: refused before sending
    page.send_button.click()
    assert not page.error_panel.isHidden() and not page.number_field.problem.isHidden()
    assert "check digit" in page.number_field.problem.text()
    # The service's own refusal: a reference photo of a wall.
    wall = tmp_path / "wall.jpg"
    Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText("applicant-13")
    page.slots["image_ref1"].set_file(wall)
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()
    error = page.error_panel.error
    assert error is not None and (error.code, error.detail) == ("NO_FACE_FOUND", "image_ref1")
    assert page.error_panel.explanation.text() == "No face was found in reference photo 1."
    assert page.slots["image_ref1"].error_label.text() == "No face was found in reference photo 1."
    assert page.token_edit.text() == ""
    # The advice fits this page: it has no "Try rotated photos" option to point at.
    assert page.error_panel.next_label.text() == (
        "What to do: Choose a photo in which the face is clearly visible, upright, front-on and well lit.")


def test_the_token_and_session_pages_show_every_problem_of_their_form_at_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    token = window.token_page
    token.kyc_radio.setChecked(True)
    token.name_edit.setText("")
    token.number_edit.setText("110105194912310021")
    token.send_button.click()
    panel = token.error_panel
    assert panel.error is not None and panel.error.field == "idcard_name"
    assert token.name_field.problem.text() and "check digit" in token.number_field.problem.text()
    assert panel.also_label.text().splitlines()[1].startswith("• the ID number: ")
    assert token.token_edit.text() == ""

    session = window.session_page
    session.compare_radio.setChecked(True)
    session.uuid_edit.setText("")
    session.return_edit.setText("ftp://shop.example/back")
    session.start_button.click()
    panel = session.error_panel
    assert panel.error is not None and panel.error.field == "uuid"
    further = [line.split(":")[0] for line in panel.also_label.text().splitlines()[1:]]
    assert further == ["• reference photo 1", "• return_url"]
    assert session.uuid_field.problem.text() and session.return_field.problem.text()
    assert session.slots["image_ref1"].error
    assert session.token is None and session.do_url == ""
    # Put right as a KYC session (no reference photo), the next start goes out, and no mark of the last
    # attempt stays behind on the reference photo it no longer needs.
    session.kyc_radio.setChecked(True)
    session.name_edit.setText("张三")
    session.number_edit.setText("11010519491231002X")
    session.return_edit.setText("https://shop.example/back")
    with qtbot.waitSignal(session.finished, timeout=60_000):
        session.start_button.click()
    assert session.error_panel.isHidden() and session.token is not None
    assert session.slots["image_ref1"].error == "" and not session.uuid_field.problem.text()


def test_a_biz_no_too_long_is_marked_at_its_field_with_the_keyboard_there(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The panel said "Correct the field that is marked" while nothing was: biz_no had no mark of its own."""
    token = window.token_page
    window.go_to(token)
    token.kyc_radio.setChecked(True)
    token.name_edit.setText("张三")
    token.number_edit.setText("11010519491231002X")
    token.biz_no_edit.setText("x" * 129)
    token.send_button.click()
    assert token.error_panel.error is not None and token.error_panel.error.field == "biz_no"
    assert "128 bytes" in token.biz_no_field.problem.text() and token.biz_no_field.problem.isVisibleTo(token)
    qtbot.waitUntil(token.biz_no_edit.hasFocus, timeout=5_000)
    token.biz_no_edit.setText("order-42")
    with qtbot.waitSignal(token.finished, timeout=60_000):
        token.send_button.click()  # put right: the mark goes with the next attempt, which is sent
    assert not token.biz_no_field.problem.text()


def test_a_service_refusal_on_the_app_token_page_takes_the_keyboard_to_the_photo_it_names(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    """The keyboard went to a marked field or photo only for the form's own problems: after a NO_FACE_FOUND on
    reference photo 1 it stayed where Get had been, as Verify's and the Liveness session page's no longer do. A
    reviewer typing in another field, or gone to another page, while the answer comes keeps their place."""
    import threading

    from PySide6.QtWidgets import QApplication

    from faceid_console.api.client import FaceIDClient

    page = window.token_page
    window.go_to(page)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    wall = tmp_path / "wall.jpg"
    Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText("applicant-19")
    page.slots["image_ref1"].set_file(wall)
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    page.send_button.setFocus()
    with qtbot.waitSignal(page.finished, timeout=60_000):
        qtbot.keyClick(page.send_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    error = page.error_panel.error
    assert error is not None and (error.code, error.field) == ("NO_FACE_FOUND", "image_ref1")
    assert page.slots["image_ref1"].error
    assert QApplication.focusWidget() is page.slots["image_ref1"]

    real_get = FaceIDClient.get_biz_token
    sent, release = threading.Event(), threading.Event()

    def held(client: FaceIDClient, *args):  # type: ignore[no-untyped-def]
        sent.set()
        release.wait(30)  # the answer is on its way while the reviewer goes on
        return real_get(client, *args)

    monkeypatch.setattr(FaceIDClient, "get_biz_token", held)
    page.send_button.setFocus()
    qtbot.keyClick(page.send_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(sent.is_set, timeout=30_000)
    page.biz_no_edit.setFocus()
    qtbot.keyClicks(page.biz_no_edit, "order-7")  # typing in another field as the refusal comes
    with qtbot.waitSignal(page.finished, timeout=60_000):
        release.set()
    assert page.slots["image_ref1"].error and QApplication.focusWidget() is page.biz_no_edit

    sent.clear()
    release.clear()
    page.send_button.setFocus()
    qtbot.keyClick(page.send_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(sent.is_set, timeout=30_000)
    window.go_to(window.liveness_page)
    window.navigation.setFocus()
    with qtbot.waitSignal(page.finished, timeout=60_000):
        release.set()
    assert page.slots["image_ref1"].error  # marked, for when the reviewer comes back
    assert QApplication.focusWidget() is window.navigation


def get_token(qtbot, page, faces: Path, uuid: str) -> str:  # type: ignore[no-untyped-def]
    """Ask for a biz_token (face comparison, obama_2 as reference photo 1); returns it."""
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText(uuid)
    page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()
    assert page.token is not None, page.error_panel.explanation.text()
    return page.token_edit.text()


def test_the_biz_token_s_hour_is_counted_from_when_it_was_asked_for_not_from_its_answer(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, faces: Path) -> None:
    """With an answer that took 20 s the page said "Expires in 59:59" and gave the answer's time as issued: FaceID
    issued the token up to 20 s before, so the countdown promised more of its hour than it had."""
    from faceid_console.api import Credentials
    from faceid_console.credentials import save as save_credentials
    from faceid_console.ui.connection import ServiceState
    from faceid_console.ui.texts import shown_clock
    from tests.http_stub import Stub

    from .conftest import custom_profile

    page = window.token_page
    now = [1_000_000.0]
    page.clock = lambda: now[0]

    def respond(_n: int, path: str) -> tuple[int, str, bytes]:
        if "get_result" in path:  # the connection test's look-up
            return 400, "application/json", b'{"error_message": "RESULT_NOT_FOUND", "request_id": "1,p"}'
        now[0] += 20  # the answer takes 20 s (on the page's clock)
        return 200, "application/json", b'{"biz_token": "tok-slow", "request_id": "1,t", "time_used": 20000}'

    host = Stub(respond)
    try:
        custom_profile(settings, "slow", host.url)
        save_credentials("slow", Credentials("k", "s"))
        window.connection.switch_to("slow")
        qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY
                        and window.connection.check_result is not None, timeout=60_000)
        assert get_token(qtbot, page, faces, "applicant-late") == "tok-slow"
    finally:
        host.close()
    assert now[0] == 1_000_020.0
    assert page.expires_at == 1_000_000.0 + TOKEN_LIFETIME_S
    assert page.expiry_label.text().startswith("Expires in 59:40")
    assert page.issued_label.text().startswith(f"Issued at {shown_clock(1_000_000.0, settings.display_zone())} for ")


def test_a_biz_token_s_times_follow_a_switch_of_the_zone_times_are_shown_in(  # type: ignore[no-untyped-def]
        qtbot, in_beijing: None, window: MainWindow, faces: Path) -> None:
    """Settings switched to UTC: "Issued at …" kept Beijing's time until another token came."""
    page = window.token_page
    page.clock = lambda: 1_000_000.0  # 13:46:40 UTC on 12 January 1970: another day, so its date is given too
    get_token(qtbot, page, faces, "applicant-zone")
    assert page.issued_label.text() == "Issued at 1970-01-12 21:46:40 UTC+08:00 for uuid applicant-zone."
    assert page.expiry_label.text() == "Expires in 60:00 (at 1970-01-12 22:46:40 UTC+08:00)"
    choose_shown_times(qtbot, window, "utc")
    assert page.issued_label.text() == "Issued at 1970-01-12 13:46:40 UTC for uuid applicant-zone."
    assert page.expiry_label.text() == "Expires in 60:00 (at 1970-01-12 14:46:40 UTC)"
    choose_shown_times(qtbot, window, "local")
    assert page.issued_label.text() == "Issued at 1970-01-12 21:46:40 UTC+08:00 for uuid applicant-zone."
    assert page.expiry_label.text() == "Expires in 60:00 (at 1970-01-12 22:46:40 UTC+08:00)"


def test_a_failed_request_keeps_the_earlier_valid_token_named_as_an_earlier_request_s(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, tmp_path: Path) -> None:
    """A failed request took the token on show off the page, though it was still valid (and perhaps handed out
    already): it stays, counting down, said to be an earlier request's and whose; the error is the latest outcome."""
    page = window.token_page
    now = [1_000_000.0]
    page.clock = lambda: now[0]
    first = get_token(qtbot, page, faces, "applicant-14")
    assert first and page.copy_button.isEnabled() and page.timer.isActive()
    assert page.issued_label.text().endswith(" for uuid applicant-14.")
    now[0] += 600
    wall = tmp_path / "wall.jpg"
    Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
    page.uuid_edit.setText("applicant-15")
    page.slots["image_ref1"].set_file(wall)
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()
        on_its_way = page.issued_label.text()  # checked once it has ended: a failed assert in here hung the test
    # While the new request was on its way the token on show was not its answer.
    assert "by an earlier request: a new biz_token is being requested" in on_its_way
    assert page.error_panel.error is not None and page.error_panel.error.code == "NO_FACE_FOUND"
    assert page.error_panel.isVisibleTo(page)
    assert page.token_edit.text() == first and page.copy_button.isEnabled() and page.timer.isActive()
    page.timer.timeout.emit()
    assert page.expiry_label.text().startswith("Earlier biz_token: expires in 50:00")
    assert page.issued_label.text().endswith(
        " for uuid applicant-14, by an earlier request: the latest request failed (above) and gave no new biz_token.")
    assert text_meaning(page.issued_label) == colours.CAUTION
    # On a short screen the error and the earlier token scroll, each line whole: their wrapped lines were squeezed
    # over each other, the error's as tall as it is when wide.
    window.go_to(page)
    window.resize(800, 600)
    panel = page.error_panel
    labels = [page.issued_label, page.token_note, panel.headline, panel.explanation, panel.next_label, panel.technical]
    qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width()) for label in labels),
                    timeout=3_000)
    QGuiApplication.sendPostedEvents()  # the window's layout takes in the page's least width
    assert window.minimumSizeHint().width() <= 800
    # The error's request_id wraps anywhere too: broken only between words, it had the window 904 px wide on Xvfb.
    technical = page.error_panel.technical
    assert technical.text().startswith("request_id ")
    assert technical.minimumSizeHint().width() < technical.fontMetrics().horizontalAdvance(technical.text()) / 3
    page.copy_token()
    assert QGuiApplication.clipboard().text() == first
    # A form refused before sending is a failed latest request too; the token stays.
    page.uuid_edit.setText("")
    page.send_button.click()
    assert page.error_panel.error is not None and page.error_panel.error.field == "uuid"
    assert page.token_edit.text() == first and "the latest request failed" in page.issued_label.text()
    # Put right, the new token replaces the earlier one and is the latest outcome.
    second = get_token(qtbot, page, faces, "applicant-15")
    assert second != first and page.error_panel.isHidden()
    assert page.issued_label.text().endswith(" for uuid applicant-15.")
    assert text_meaning(page.issued_label) != colours.CAUTION



def test_an_earlier_request_s_biz_token_is_muted_and_named_the_earlier_one_until_a_new_one_comes(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, tmp_path: Path) -> None:
    """After a failed request the previous biz_token still counted down in large bold green ("Expires in 59:58") with
    "Copy the biz_token", though it was issued for other inputs than the form's: a reviewer glancing at it could hand
    out a token that does not match the form. While the token on show is not the latest request's answer, it is
    muted, named the earlier one, and its button says it copies the earlier one."""
    page = window.token_page
    now = [1_000_000.0]
    page.clock = lambda: now[0]
    statuses: list[str] = []
    page.status_message.connect(statuses.append)

    def latest_state() -> None:
        assert page.expiry_label.text().startswith("Expires in ")
        assert text_meaning(page.expiry_label) == colours.PASS and page.expiry_label.font().bold()
        assert page.copy_button.text() == "&Copy the biz_token" and page.copy_button.isEnabled()
        assert text_meaning(page.token_edit) != colours.NEUTRAL
        assert text_meaning(page.token_note) != colours.NEUTRAL  # "Give the biz_token to the mobile SDK…"

    def earlier_state(left: str) -> None:
        assert page.expiry_label.text().startswith(f"Earlier biz_token: expires in {left} (at ")
        assert text_meaning(page.expiry_label) == colours.NEUTRAL and not page.expiry_label.font().bold()
        assert page.expiry_label.font().pointSizeF() < page._countdown_font.pointSizeF()
        assert page.copy_button.text() == "&Copy the earlier biz_token" and page.copy_button.isEnabled()
        assert text_meaning(page.token_edit) == colours.NEUTRAL
        # The instruction to give it to the SDK went on in full black under the greyed earlier token.
        assert text_meaning(page.token_note) == colours.NEUTRAL

    first = get_token(qtbot, page, faces, "applicant-31")
    latest_state()
    now[0] += 120
    wall = tmp_path / "wall.jpg"
    Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
    page.uuid_edit.setText("applicant-32")
    page.slots["image_ref1"].set_file(wall)
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()
        on_its_way = (page.expiry_label.text(), text_meaning(page.expiry_label), page.copy_button.text())
    # On its way, the token on show was not its answer either.
    assert on_its_way[0].startswith("Earlier biz_token: expires in 58:00 (at ")
    assert on_its_way[1:] == (colours.NEUTRAL, "&Copy the earlier biz_token")
    assert page.error_panel.error is not None and page.error_panel.error.code == "NO_FACE_FOUND"
    earlier_state("58:00")
    now[0] += 60
    page.timer.timeout.emit()  # it keeps counting down, muted
    earlier_state("57:00")
    # Copied only by the button that names it, and the status line says whose it is.
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == first
    assert statuses[-1].startswith("Earlier biz_token copied: issued at ")
    assert statuses[-1].endswith(" for uuid applicant-31, not by the latest request.")
    # Its last minutes are not made amber either: that colour is a token just issued running out.
    now[0] += 55 * 60
    page.timer.timeout.emit()
    earlier_state("02:00")
    # A new token is the latest answer again: large, bold, green, "Copy the biz_token".
    now[0] = 1_000_000.0
    second = get_token(qtbot, page, faces, "applicant-32")
    assert second != first
    latest_state()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == second and statuses[-1] == "biz_token copied."


def raw_image_token(qtbot, page, faces: Path, photo: str, uuid: str, *, several: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Ask for a raw_image biz_token with return_faces on: ``photo`` to compare, obama_2 as reference photo 1;
    ``several``: fail_when_multiple_faces (off: the largest of several faces is kept)."""
    page.liveness_box.setCurrentIndex(page.liveness_box.findData("raw_image"))
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText(uuid)
    page.flags["return_faces"].setChecked(True)
    page.flags["fail_when_multiple_faces"].setChecked(several)
    page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
    page.slots["image"].set_file(faces / photo)
    qtbot.waitUntil(lambda: not any(slot.busy for slot in page.slots.values()), timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()


def test_a_raw_image_token_shows_the_faces_found_in_the_photo_to_compare(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """return_faces ticked, the page showed nothing of the faces the answer carried: they are boxed over the photo
    sent, under their count and quality, as Verify shows the photo to check's; a new request takes them off."""
    page = window.token_page
    window.go_to(page)
    raw_image_token(qtbot, page, faces, "obama_1.jpg", "applicant-faces")
    assert page.token is not None and page.error_panel.isHidden(), page.error_panel.explanation.text()
    assert len(page.token.faces) == 1 and page.faces_box.isVisibleTo(page)
    overlay = page.faces_overlay
    assert overlay.faces == page.token.faces and not overlay.photo.isNull()
    assert overlay.photo.size() == page.slots["image"].photo.upright.size()  # the photo as sent
    assert len(overlay.face_boxes()) == 1
    quality = page.token.faces[0].quality
    assert quality is not None and quality >= 30
    label = overlay.face_label(0, page.token.faces[0])
    assert label == f"Face 1 · quality {quality:.1f} ≥ 30"
    assert overlay.accessibleDescription() == label  # read out, and reached by Tab
    assert overlay.focusPolicy() & Qt.FocusPolicy.TabFocus and overlay.isVisibleTo(page)
    assert page.faces_label.text() == (f"1 face found in the photo to compare. Its quality, {quality:.1f}, reaches "
                                       "the face_quality_threshold sent (30).")
    # The next request takes them off at once: they are not its answer's.
    page.flags["return_faces"].setChecked(False)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()
        on_its_way = (page.faces_box.isHidden(), page.faces_overlay.photo.isNull(), page.faces_label.text())
    assert on_its_way == (True, True, "")  # read while the request was on its way, checked once it has ended
    assert page.token is not None and page.token.faces == () and page.faces_box.isHidden()


def test_a_multiple_faces_refusal_shows_the_faces_it_carried_none_said_compared(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """get_biz_token v3, return_faces: "即使调用返回错误码400(LOW_QUALITY)、400(MULTIPLE_FACES)或400(NO_FACE_FOUND),返回结果里
    依然会包含faces字段". The refusal's faces are shown; it compared none of them, so none is labelled compared."""
    page = window.token_page
    window.go_to(page)
    raw_image_token(qtbot, page, faces, "multi_obama_biden.jpg", "applicant-crowd")
    error = page.error_panel.error
    assert error is not None and error.code == "MULTIPLE_FACES" and page.token is None
    from faceid_console.api.results import error_faces

    carried = error_faces(error)
    assert carried is not None and len(carried) == 3
    overlay = page.faces_overlay
    assert page.faces_box.isVisibleTo(page) and overlay.faces == carried and len(overlay.face_boxes()) == 3
    assert not any("compared" in overlay.face_label(i, face) for i, face in enumerate(carried))
    assert page.faces_label.text().startswith("3 faces found in the photo to compare. The largest one's quality, ")
    # With several faces allowed, the token's faces name the largest as the one compared.
    page.flags["fail_when_multiple_faces"].setChecked(False)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()
    assert page.token is not None and len(page.token.faces) == 3 and page.error_panel.isHidden()
    assert sum("compared" in overlay.face_label(i, face) for i, face in enumerate(page.token.faces)) == 1
    # Beside the form in an 800 px window the photo is narrower than its widest label ("Face 1 · compared · …"): the
    # labels' type is made a little smaller, each still drawn whole on it.
    least = least_width(qtbot, window)
    assert least <= 800
    window.resize(least, 700)
    qtbot.waitUntil(lambda: window.width() == least, timeout=5_000)
    qtbot.wait(200)  # the page's layout takes in the window's width
    smaller = overlay.label_font().pointSizeF()
    assert 0.8 * overlay.font().pointSizeF() <= smaller < overlay.font().pointSizeF()
    assert all(QRectF(overlay.rect()).contains(tag) for tag in overlay.tag_rects())
    # A request refused before sending takes the last answer's faces off too.
    page.uuid_edit.setText("")
    page.send_button.click()
    assert page.error_panel.error is not None and page.error_panel.error.field == "uuid"
    assert page.faces_box.isHidden() and page.faces_found is None


def test_a_low_quality_refusal_s_face_is_boxed_against_the_threshold_sent(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """A LOW_QUALITY refusal sent with face_quality_threshold 100 boxed its face in green against FaceID's suggested
    30, under a line saying it is below the 100 sent: its box is held to the 100 the refusal was about."""
    from faceid_console.ui.face_box_colours import POOR_LABEL

    page = window.token_page
    window.go_to(page)
    page.int_edits["face_quality_threshold"].setValue(100)
    raw_image_token(qtbot, page, faces, "obama_small.jpg", "applicant-small")
    error = page.error_panel.error
    assert error is not None and error.code == "LOW_QUALITY" and page.faces_box.isVisibleTo(page)
    overlay = page.faces_overlay
    (face,) = overlay.faces
    assert face.quality is not None and face.quality_threshold is not None
    assert face.quality_threshold <= face.quality < 100  # reaches FaceID's suggestion, not the threshold sent
    assert page.faces_label.text() == (f"1 face found in the photo to compare. Its quality, {face.quality:.1f}, is "
                                       "below the face_quality_threshold sent (100).")
    assert overlay.face_label(0, face) == f"Face 1 · quality {face.quality:.1f} < 100"
    assert label_fills(overlay) == [POOR_LABEL.name()]


def test_a_refusal_s_faces_go_with_it_at_a_profile_switch_and_come_back_with_it(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, connector, settings, faces: Path) -> None:
    from faceid_console.credentials import save as save_credentials
    from faceid_console.ui.connection import ServiceState

    from .conftest import custom_profile

    custom_profile(settings, "lab", connector.engine_url)
    engine = window.connection.client
    assert engine is not None
    save_credentials("lab", engine._credentials)
    page = window.token_page
    window.go_to(page)
    raw_image_token(qtbot, page, faces, "multi_obama_biden.jpg", "applicant-away")
    assert page.error_panel.error is not None and page.faces_box.isVisibleTo(page)
    shown = page.faces_found
    window.connection.switch_to("lab")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=30_000)
    assert page.error_panel.isHidden() and page.faces_box.isHidden()
    window.connection.switch_to("local-engine")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=30_000)
    assert page.error_panel.isVisibleTo(page) and page.faces_box.isVisibleTo(page) and page.faces_found is shown


def least_width(qtbot, window: MainWindow) -> int:  # type: ignore[no-untyped-def]
    """The window's least width once a change of what it shows has reached it: that takes the layouts between
    several turns of the event loop (posted events alone left it at its old width)."""
    qtbot.wait(200)
    return int(window.minimumSizeHint().width())


def drag_select(qtbot, label, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    """Select characters ``start`` to ``end`` of a wrapping label with the mouse, as a reviewer drags over them."""
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=label.position_of(start))
    qtbot.mouseMove(label, label.position_of(end))
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=label.position_of(end))


def test_a_128_byte_uuid_and_biz_no_wrap_in_the_issued_line_and_stay_copyable_whole(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """A uuid or biz_no has no space to break at: "Issued at … for uuid …" kept each on one line and had the window
    1510 px wide, off an 800 px screen. It wraps inside them; each is still selected and copied whole."""
    from PySide6.QtGui import QKeySequence

    uuid = hashlib.sha512(b"applicant").hexdigest()  # 128 bytes each, the most the API takes
    biz_no = hashlib.sha512(b"order").hexdigest()
    page = window.token_page
    window.go_to(page)
    page.biz_no_edit.setText(biz_no)
    get_token(qtbot, page, faces, uuid)
    label = page.issued_label
    assert f"for uuid {uuid} · biz_no {biz_no}." in label.text()
    assert least_width(qtbot, window) <= 800
    window.resize(800, 600)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()) > 0, timeout=3_000)
    assert label.position_of(label.text().index(uuid)).y() < label.position_of(label.text().index(biz_no)).y()
    start = label.text().index(uuid)
    drag_select(qtbot, label, start, start + len(uuid))  # over the lines it is wrapped into
    assert label.selectedText() == uuid
    qtbot.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == uuid
    # A double click takes the value under it whole, not up to the sentence's full stop.
    qtbot.mouseDClick(label, Qt.MouseButton.LeftButton, pos=label.position_of(label.text().index(biz_no) + 50))
    assert label.selectedText() == biz_no
    # The menu's Copy takes what is selected; with nothing selected, the whole line.
    copy = label.findChild(QAction, "copyText")
    assert copy is not None
    copy.trigger()
    assert QGuiApplication.clipboard().text() == biz_no
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.position_of(0))
    assert label.selectedText() == ""
    copy.trigger()
    assert QGuiApplication.clipboard().text() == label.text()


def test_a_token_of_another_profile_is_taken_off_when_the_reviewer_switches(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, connector, settings, faces: Path, tmp_path: Path) -> None:
    """A biz_token works only with the account that issued it: after a switch it kept counting down as if it
    belonged to the profile now in the top bar."""
    from faceid_console.credentials import save as save_credentials
    from faceid_console.ui.connection import ServiceState

    from .conftest import custom_profile

    custom_profile(settings, "lab", connector.engine_url)
    engine = window.connection.client
    assert engine is not None
    save_credentials("lab", engine._credentials)
    page = window.token_page
    first = get_token(qtbot, page, faces, "applicant-17")
    with qtbot.waitSignal(window.connection.checked, timeout=30_000):
        assert window.connection.check()  # the same profile checked again (changed is emitted): the token stays
    assert page.token_edit.text() == first and page.timer.isActive()
    window.connection.switch_to("lab")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=30_000)
    assert page.token is None and page.token_edit.text() == "" and not page.timer.isActive()
    assert not page.copy_button.isEnabled() and page.expiry_label.text() == ""
    assert page.token_edit.placeholderText() == "No biz_token from this profile yet"
    assert page.issued_label.text() == ("The last biz_token was issued by profile Built-in engine (offline), for that "
                                        "profile's account only; it is kept in History.")
    QGuiApplication.clipboard().setText("unchanged")
    page.copy_token()
    assert QGuiApplication.clipboard().text() == "unchanged"
    # An error is about the calls of its own profile: it goes with a switch too.
    page.uuid_edit.setText("")
    page.send_button.click()
    assert page.error_panel.isVisibleTo(page) and page.uuid_field.problem.text()
    window.connection.switch_to("local-engine")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=30_000)
    assert page.error_panel.isHidden() and not page.uuid_field.problem.text()


def test_a_token_that_arrives_after_a_profile_switch_is_not_shown_under_the_new_profile(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, monkeypatch) -> None:
    import threading

    from faceid_console.api.client import FaceIDClient
    from faceid_console.ui.connection import ServiceState

    page = window.token_page
    earlier = get_token(qtbot, page, faces, "applicant-17")  # on show while the next one is on its way
    sent, release = threading.Event(), threading.Event()
    real_get = FaceIDClient.get_biz_token

    def held(client: FaceIDClient, *args):  # type: ignore[no-untyped-def]
        sent.set()
        release.wait(30)  # the answer is on its way while the reviewer switches
        return real_get(client, *args)

    monkeypatch.setattr(FaceIDClient, "get_biz_token", held)
    page.uuid_edit.setText("applicant-18")
    page.send_button.click()
    qtbot.waitUntil(sent.is_set, timeout=30_000)
    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=30_000)
    # The earlier token goes at the switch, not when the answer on its way comes: meanwhile it could be copied
    # beside the other profile's name.
    assert page.token is None and page.token_edit.text() == "" and earlier
    QGuiApplication.clipboard().setText("unchanged")
    page.copy_token()
    assert QGuiApplication.clipboard().text() == "unchanged"
    said: list[str] = []
    page.status_message.connect(said.append)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        release.set()
    assert page.error_panel.isHidden(), page.error_panel.explanation.text()
    assert page.token is None and page.token_edit.text() == "" and not page.timer.isActive()
    assert "issued by profile Built-in engine (offline)" in page.issued_label.text()
    assert said and "issued by profile Built-in engine (offline)" in said[-1]  # not "biz_token received"


def test_back_on_the_profile_that_issued_a_biz_token_the_token_is_shown_again_still_counting_down(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, connector, settings, faces: Path, monkeypatch) -> None:
    """Switched away and back, the issuing profile said the token was another's; the page puts it back, counting
    down from when it was issued, with the error of a later request and its marks."""
    import threading

    from faceid_console.api.client import FaceIDClient
    from faceid_console.credentials import save as save_credentials
    from faceid_console.ui.connection import ServiceState

    from .conftest import custom_profile

    custom_profile(settings, "lab", connector.engine_url)
    engine = window.connection.client
    assert engine is not None
    save_credentials("lab", engine._credentials)

    def switch(name: str) -> None:
        window.connection.switch_to(name)
        qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=60_000)

    page = window.token_page
    first = get_token(qtbot, page, faces, "applicant-21")
    issued = page.issued_label.text()
    real_clock, page.clock = page.clock, lambda: page.expires_at - 600  # fifty minutes on
    switch("lab")
    assert page.token is None and page.token_edit.text() == ""
    switch("local-engine")
    assert page.token is not None and page.token_edit.text() == first and page.issued_label.text() == issued
    assert page.copy_button.isEnabled() and page.timer.isActive() and page.expiry_label.text().startswith("Expires in 10:00")
    assert page.token_edit.placeholderText() == "No token yet"
    page.copy_token()
    assert QGuiApplication.clipboard().text() == first
    # A later request's error, marked at its field, comes back with it, and the token is said to be the earlier one's.
    page.uuid_edit.setText("")
    page.send_button.click()
    issued = page.issued_label.text()
    assert page.error_panel.isVisibleTo(page) and page.uuid_field.problem.text() and "latest request failed" in issued
    switch("cloud-sgp")
    assert page.error_panel.isHidden() and not page.uuid_field.problem.text() and page.token is None
    switch("local-engine")
    assert page.error_panel.isVisibleTo(page) and page.uuid_field.problem.text()
    assert page.token_edit.text() == first and page.issued_label.text() == issued
    switch("cloud-sgp")
    page.uuid_edit.setText("applicant-22")  # corrected while away: the error comes back, its mark does not
    switch("local-engine")
    assert page.error_panel.isVisibleTo(page) and not page.uuid_field.problem.text()

    # A token that arrived after the switch is shown once its profile is back.
    page.clock = real_clock
    sent, release = threading.Event(), threading.Event()
    real_get = FaceIDClient.get_biz_token
    monkeypatch.setattr(FaceIDClient, "get_biz_token",
                        lambda client, *args: sent.set() or (release.wait(30) and real_get(client, *args)))
    page.uuid_edit.setText("applicant-22")
    page.send_button.click()
    qtbot.waitUntil(sent.is_set, timeout=30_000)
    switch("cloud-sgp")
    with qtbot.waitSignal(page.finished, timeout=60_000):
        release.set()
    assert page.token is None and "issued by profile Built-in engine (offline)" in page.issued_label.text()
    switch("local-engine")
    assert page.token is not None and page.token_edit.text() not in ("", first) and page.copy_button.isEnabled()
    assert page.issued_label.text().startswith("Issued at ") and "applicant-22" in page.issued_label.text()
    assert page.error_panel.isHidden()


def test_a_send_while_photos_are_prepared_waits_without_losing_the_token(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                         faces: Path) -> None:
    page = window.token_page
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText("applicant-16")
    page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()
    token = page.token_edit.text()
    assert token
    page.slots["image_ref2"].set_file(faces / "obama_1080p.jpg")
    assert page.slots["image_ref2"].busy
    page.send_button.click()  # nothing is sent while a photo is still being prepared...
    assert page.stage_label.text() == "Preparing photos…" and page.token_edit.text() == token  # ...nor lost
    qtbot.waitUntil(lambda: not page.slots["image_ref2"].busy, timeout=30_000)
    # The line goes when the slot says it is ready (its future is done a moment before the slot's signal).
    qtbot.waitUntil(lambda: page.stage_label.text() == "", timeout=5000)


def test_a_session_of_the_liveness_check_only_needs_no_identity_and_sends_no_photo(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """The session page offered KYC or face comparison only: comparison_type -1, a liveness check with no comparison
    (its result's verify_result null), could not be started from the window."""
    from tests.gui.helpers import click_radio

    page = window.session_page
    window.go_to(page)
    page.slots["image_ref1"].set_file(faces / "obama_2.jpg")  # left from a comparison: kept, not sent
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    page.uuid_edit.setText("applicant-14")
    click_radio(qtbot, page.liveness_only_radio)
    assert page.liveness_only_radio.text() == "nothing: the liveness check only (no co&mparison)"
    assert not any(field.isEnabled() for field in (page.name_field, page.number_field, page.uuid_field, page.refs_box))
    assert "no face is compared" in page.refs_box.accessibleName()
    request, problems = page._collect()
    assert problems == [] and request.form_fields()["comparison_type"] == "-1"
    assert request.uuid is None and request.image_fields() == {}
    opened: list[str] = []
    page.open_url = lambda url: bool(opened.append(url.toString()) or True)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.start_button.click()
    assert page.token is not None, page.error_panel.explanation.text()
    page.open_button.click()
    with qtbot.waitSignal(page.callback_received, timeout=20_000) as received:
        finish_as_browser(opened[0], (faces / "obama_1.jpg").read_bytes())
    checked = received.args[0]
    assert checked.signature_valid is True and checked.result is not None
    assert checked.result.liveness_result.passed and checked.result.verify_result is None
    click_radio(qtbot, page.compare_radio)  # back to a comparison: the photo and the uuid are still there
    assert page.uuid_field.isEnabled() and page.refs_box.isEnabled() and page.slots["image_ref1"].photo is not None


def test_a_failed_new_session_leaves_no_link_of_the_previous_one(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                   faces: Path, tmp_path: Path) -> None:
    opened = start_session(qtbot, window, faces)
    page = window.session_page
    assert len(opened) == 1 and page.open_button.isEnabled()
    wall = tmp_path / "wall.jpg"
    Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
    page.uuid_edit.setText("applicant-10")
    page.slots["image_ref1"].set_file(wall)
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.start_button.click()
    assert page.error_panel.error is not None and page.error_panel.error.code == "NO_FACE_FOUND"
    assert page.token is None and page.do_url == ""
    assert not page.open_button.isEnabled() and not page.copy_button.isEnabled()
    assert page.session_label.text() == "No session started yet."
    page.open_do_page()
    assert len(opened) == 1


def test_the_session_page_marks_a_biz_no_or_biz_extra_data_problem_at_its_field_with_the_keyboard_there(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """The panel said "Correct the field that is marked" while nothing was: biz_no and biz_extra_data had no mark."""
    page = window.session_page
    window.go_to(page)
    page.kyc_radio.setChecked(True)
    page.name_edit.setText("张三")
    page.number_edit.setText("11010519491231002X")
    page.biz_no_edit.setText("x" * 129)  # refused before sending
    page.start_button.click()
    assert page.error_panel.error is not None and page.error_panel.error.field == "biz_no"
    assert "128 bytes" in page.biz_no_field.problem.text() and page.biz_no_field.problem.isVisibleTo(page)
    qtbot.waitUntil(page.biz_no_edit.hasFocus, timeout=5_000)
    # A biz_extra_data longer than FaceID takes (4096 bytes): refused before sending too.
    page.biz_no_edit.setText("order-43")
    page.extra_edit.setText("x" * 5000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.start_button.click()
    error = page.error_panel.error
    assert error is not None and (error.code, error.field) == ("BAD_ARGUMENTS", "biz_extra_data")
    assert page.error_panel.next_label.text() == "What to do: Correct the field that is marked."
    assert page.extra_field.problem.text() and page.extra_field.problem.isVisibleTo(page)
    assert not page.biz_no_field.problem.text()  # put right: its mark went with the next attempt
    qtbot.waitUntil(page.extra_edit.hasFocus, timeout=5_000)
    page.extra_edit.setText("branch=Shanghai")
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.start_button.click()
    assert page.token is not None and not page.extra_field.problem.text()


def test_a_profile_switch_takes_the_last_profile_s_error_off_the_session_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, tmp_path: Path) -> None:
    from faceid_console.ui.connection import ServiceState

    page = window.session_page
    wall = tmp_path / "wall.jpg"
    Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText("applicant-11")
    page.slots["image_ref1"].set_file(wall)
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.start_button.click()
    assert page.error_panel.error is not None and page.error_panel.error.code == "NO_FACE_FOUND"
    with qtbot.waitSignal(window.connection.checked, timeout=30_000):
        assert window.connection.check()  # the same profile checked again (changed is emitted): the error stays
    assert page.error_panel.isVisibleTo(page) and page.slots["image_ref1"].error
    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=30_000)
    assert page.error_panel.isHidden() and not page.slots["image_ref1"].error


def test_a_profile_switch_takes_the_last_profile_s_session_link_off_the_session_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, monkeypatch) -> None:
    """The link of a session started with the other profile stayed on show, Open and Copy at hand, as if it were
    this profile's: its session is the other account's and its callbacks no longer come to this page."""
    import threading

    from faceid_console.api.client import FaceIDClient
    from faceid_console.ui.connection import ServiceState

    page = window.session_page
    start_session(qtbot, window, faces)
    link = page.do_url
    with qtbot.waitSignal(window.connection.checked, timeout=30_000):
        assert window.connection.check()  # the same profile checked again (changed is emitted): the link stays
    assert page.do_url == link and link in page.session_label.text() and page.open_button.isEnabled()
    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=30_000)
    assert page.token is None and page.do_url == "" and link not in page.session_label.text()
    assert not page.open_button.isEnabled() and not page.copy_button.isEnabled()
    assert page.session_label.text() == (
        "The last session's link was made by profile Built-in engine (offline), for that profile's account only: "
        "its callbacks are not received under this profile. Its token is kept in History.")
    QGuiApplication.clipboard().setText("unchanged")
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == "unchanged"

    # A link that arrives after the switch is not shown under the new profile either.
    window.connection.switch_to("local-engine")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)
    sent, release = threading.Event(), threading.Event()
    real_get = FaceIDClient.get_token

    def held(client: FaceIDClient, *args):  # type: ignore[no-untyped-def]
        sent.set()
        release.wait(30)  # the answer is on its way while the reviewer switches
        return real_get(client, *args)

    monkeypatch.setattr(FaceIDClient, "get_token", held)
    page.start_button.click()
    qtbot.waitUntil(sent.is_set, timeout=30_000)
    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        release.set()
    assert page.error_panel.isHidden(), page.error_panel.explanation.text()
    assert page.token is None and page.do_url == "" and not page.open_button.isEnabled()
    assert "made by profile Built-in engine (offline)" in page.session_label.text()


def test_back_on_the_profile_that_made_a_session_link_the_link_is_shown_again(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    from faceid_console.ui.connection import ServiceState

    page = window.session_page
    start_session(qtbot, window, faces)
    link, said, token = page.do_url, page.session_label.text(), page.token
    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=30_000)
    assert page.token is None and link not in page.session_label.text()
    window.connection.switch_to("local-engine")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)
    assert page.token is token and page.do_url == link and page.session_label.text() == said
    assert page.open_button.isEnabled() and page.copy_button.isEnabled()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == link


def test_a_profile_switch_takes_the_callbacks_listed_off_and_a_late_one_is_kept_under_its_own_profile(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, history: LazyHistoryStore) -> None:
    """The callbacks listed stayed beside the new profile's name, though checked with the other profile's api_secret;
    and the listener stopped at the switch, so the callback of a session started before it was refused at the door
    and lost, with nothing in History."""
    from faceid_console.ui.connection import ServiceState

    page = window.session_page
    opened = start_session(qtbot, window, faces)
    url = page.receiver.notify_url
    data = json.dumps({"biz_id": "1700000000,listed", "liveness_result": {"result": "success"}})
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(url, data={"data": data, "sign": sign}, timeout=5)
    assert page.callback_list.count() == 1 and "signature valid" in page.callback_list.item(0).text()
    with qtbot.waitSignal(window.connection.checked, timeout=30_000):
        assert window.connection.check()  # the same profile checked again (changed is emitted): the list stays
    assert page.callback_list.count() == 1 and page.look_up_button.isEnabled()

    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=30_000)
    assert page.callback_list.count() == 0 and page.received == []
    assert not page.look_up_button.isEnabled() and not page.inspect_button.isEnabled()
    assert page.elsewhere_label.isVisibleTo(page)
    assert page.elsewhere_label.text() == (
        "The callbacks received under profile Built-in engine (offline) were checked with that profile's "
        "api_secret: they are off this list, and kept in History under that profile.")
    assert not page.receiver_url.isVisibleTo(page) and not page.use_receiver.isEnabled()  # not for new sessions
    assert page.receiver.running and page.receiver.notify_url == url  # the session's address still answers

    # The applicant finishes the session started before the switch: its callback comes now.
    store = history.get()

    def callbacks() -> list:  # type: ignore[type-arg]
        return store.history.page(HistoryFilter(kinds=(CallKind.CALLBACK_CHECK,)), 0, 10)

    qtbot.waitUntil(lambda: len(callbacks()) == 1, timeout=10_000)
    said: list[str] = []
    page.status_message.connect(said.append)
    finish_as_browser(opened[0], (faces / "obama_1.jpg").read_bytes())
    # Listed once begun, completed with its check's answer a moment later: waited for whole.
    qtbot.waitUntil(lambda: len(found := callbacks()) == 2 and found[0].response is not None, timeout=20_000)
    late = callbacks()[0]
    assert late.profile == "local-engine" and late.biz_id and late.biz_id != "1700000000,listed"
    # Checked with the api_secret of the profile that started it, not the one in the top bar: genuine.
    assert late.response is not None and late.response["signature_valid"] is True
    assert page.callback_list.count() == 0  # not beside cloud-sgp's name
    text = page.elsewhere_label.text()
    assert text.startswith("A callback of profile Built-in engine (offline) came at ") and late.biz_id in text
    assert "kept in History under that profile" in text and said and said[-1] == text

    # Back at the built-in engine: the note about its callbacks goes, the ones listed before are listed again with
    # the late one at the top (it was left out, and the list looked complete without the session's outcome), and
    # new ones are listed.
    window.connection.switch_to("local-engine")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)
    assert not page.elsewhere_label.isVisibleTo(page) and page.receiver_url.isVisibleTo(page)
    assert page.receiver.notify_url == url == page.notify_edit.text()
    assert page.callback_list.count() == 2 and late.biz_id in page.callback_list.item(0).text()
    assert "1700000000,listed" in page.callback_list.item(1).text()
    assert page.callback_list.currentRow() == 0 and page.look_up_button.isEnabled()
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(url, data={"data": data, "sign": sign}, timeout=5)
    assert page.callback_list.count() == 3


def test_the_note_of_another_profile_s_callback_follows_a_switch_of_the_zone_times_are_shown_in(  # type: ignore[no-untyped-def]
        qtbot, in_beijing: None, window: MainWindow, faces: Path) -> None:
    """Settings switched to UTC: "A callback of profile … came at …" kept Beijing's time."""
    from faceid_console.ui.connection import ServiceState

    page = window.session_page
    start_session(qtbot, window, faces)  # the built-in engine's: its callbacks are known as its after a switch
    data = json.dumps({"biz_id": "1700000000,zone", "liveness_result": {"result": "success"}})
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    window.connection.switch_to("cloud-sgp")
    qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=30_000)
    requests.post(page.receiver.notify_url, data={"data": data, "sign": sign}, timeout=5)
    qtbot.waitUntil(lambda: "1700000000,zone" in page.elsewhere_label.text(), timeout=10_000)
    came = re.search(r"came at (\d\d:\d\d:\d\d) UTC\+08:00, after the switch", page.elsewhere_label.text())
    assert came is not None, page.elsewhere_label.text()
    in_utc = datetime.datetime.strptime(came[1], "%H:%M:%S") - datetime.timedelta(hours=8)
    choose_shown_times(qtbot, window, "utc")
    assert f"came at {in_utc:%H:%M:%S} UTC, after the switch" in page.elsewhere_label.text()
    choose_shown_times(qtbot, window, "local")
    assert came[0] in page.elsewhere_label.text()


@pytest.mark.parametrize("secret_known", [True, False])
def test_a_received_callback_that_cannot_be_read_as_a_result_is_kept_in_history_as_an_error(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, history: LazyHistoryStore, tmp_path: Path, monkeypatch, secret_known: bool) -> None:
    """A callback whose data had a malformed field (or was not JSON) was listed, and then gone: nothing in History
    told a reviewer later that it had come, which field was in the way, or what it held."""
    page = window.session_page
    secret = secret_of(window)
    if not secret_known:
        monkeypatch.setattr(window.connection, "client", None)  # not connected: no api_secret to check with
    # A poster that echoes the api_secret it knows (masked as a refused answer's is; one not known cannot be).
    echoed = secret if secret_known else "branch=3"
    data = json.dumps({"biz_info": {"biz_id": "1700000000,odd"}, "status": "OK", "biz_extra_data": echoed,
                       "liveness_result": {"result": "PASS", "face_genuineness": {
                           "mask_confidence": "0.2", "mask_threshold": 0.5}}}, separators=(",", ":"))
    sign = hashlib.sha1((secret + data).encode()).hexdigest()
    for body in ({"data": data, "sign": sign}, {"data": "{\"biz_id\": \"1700000000,cut", "sign": sign}):
        with qtbot.waitSignal(page.callback_received, timeout=10_000):
            requests.post(page.receiver.notify_url, data=body, timeout=5)
    store = history.get()

    def recorded() -> list[HistoryEntry]:
        return store.history.page(HistoryFilter(kinds=(CallKind.CALLBACK_CHECK,)), 0, 10)

    # Each is begun, then failed, on the recording thread: both are waited for to be written whole.
    qtbot.waitUntil(lambda: [e.status for e in recorded()] == [EntryStatus.ERROR] * 2, timeout=10_000)
    # Told apart by what they hold, not by their order: two entries begun within a millisecond may list either way.
    entries = recorded()
    cut = next(e for e in entries if e.error is not None and e.error.get("detail") == "data")
    [malformed] = [e for e in entries if e is not cut]
    for entry in (cut, malformed):
        assert entry.status is EntryStatus.ERROR and entry.profile == "local-engine"
        assert entry.error_code == "INVALID_RESPONSE" and entry.error is not None and not entry.billed
    field = "liveness_result.face_genuineness.mask_confidence"
    assert malformed.biz_id == "1700000000,odd"
    assert malformed.error is not None and malformed.error["detail"] == field  # the library's words: translated
    assert malformed.error["message"] == f"response field {field} is not a number"
    kept = json.loads(malformed.error["answer"])
    assert kept["signature_valid"] is (True if secret_known else None) and kept["sign"] == sign
    assert kept["data"] == data.replace(secret, "***") and "mask_confidence" in kept["data"]  # as it came
    assert cut.error is not None and cut.error["detail"] == "data" and "not valid JSON" in cut.error["message"]
    assert json.loads(cut.error["answer"])["data"] == '{"biz_id": "1700000000,cut'
    # The cut one came with the other's sign: a failed signature, recorded as such (listed as "Signature invalid").
    assert json.loads(cut.error["answer"])["signature_valid"] is (False if secret_known else None)
    assert (cut.verdict, malformed.verdict) == ("signature_invalid" if secret_known else "error", "error")
    window.close()  # the database files as written, checked whole
    history.close()
    for path in tmp_path.glob("history.sqlite3*"):
        assert secret.encode() not in path.read_bytes(), path


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_received_callback_whose_data_is_not_json_is_listed_in_the_window_s_language(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, language: str, request) -> None:
    """The list said the protocol library's "data unreadable: data is not valid JSON: Expecting value: line 1 column 1
    (char 0)" in either language."""
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    page = window.session_page
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": "<html>gateway</html>", "sign": "0" * 40}, timeout=5)
    text = page.callback_list.item(0).text()
    assert "Expecting value" not in text and "not valid JSON" not in text
    if language == "zh_CN":
        assert "签名无效" in text and "<html>gateway</html>" in text and "JSON" in text, text
    else:
        assert ("SIGNATURE INVALID · The data is not JSON: a callback's data is a JSON object of fields "
                "(<html>gateway</html>).") in text, text
    assert text.splitlines()[-1] == "biz_id —"


def test_the_receiver_stops_when_the_window_closes(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    url = window.session_page.receiver.notify_url
    assert requests.post(url, data={"data": "{}", "sign": "x"}, timeout=5).status_code == 200
    window.close()
    window.connection.close()
    window.crash_reporter.uninstall()
    assert not window.session_page.receiver.running
    with pytest.raises(requests.ConnectionError):
        requests.post(url, data={"data": "{}", "sign": "x"}, timeout=5)
    window.connection.changed.emit()  # a late change (the engine back at READY as the window closed) starts nothing
    assert not window.session_page.receiver.running


def test_a_passed_liveness_with_a_suspected_attack_is_not_listed_as_a_plain_pass(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    checked = receive_session(qtbot, window, faces, mask_confidence="0.71")
    assert checked.signature_valid is True and checked.result is not None
    assert checked.result.liveness_result is not None and checked.result.liveness_result.passed
    item = window.session_page.callback_list.item(0)
    assert "ATTACK SUSPECTED: Mask (the liveness check itself passed)" in item.text()
    assert item.foreground().color().name() == "#c62828"
    with qtbot.waitSignal(window.inspector_page.status_message) as said:
        window.session_page.inspect_selected()
    assert window.inspector_page.view.headline.text() == "Attack suspected: Mask"
    assert said.args is not None and said.args[0].endswith(" · Attack suspected: Mask")  # not a bare "valid"
    assert said.args[0].startswith("✔ Signature valid")


def test_a_received_callback_with_a_wrong_signature_is_flagged(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.session_page
    data = json.dumps({"biz_id": "1700000000,forged", "liveness_result": {"result": "success"}})
    with qtbot.waitSignal(page.callback_received, timeout=10_000) as received:
        requests.post(page.receiver.notify_url, data={"data": data, "sign": "0" * 40}, timeout=5)
    assert received.args[0].signature_valid is False
    assert "SIGNATURE INVALID" in page.callback_list.item(0).text()


def test_a_callback_that_could_not_be_checked_lists_what_it_claims_never_as_an_outcome(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch) -> None:
    """With no api_secret to check it (the profile not connected), a post was listed "signature not checked (no
    secret) · liveness passed": anyone's words read as the session's outcome."""
    from faceid_console.ui.pages import liveness_session_page

    monkeypatch.setattr(liveness_session_page, "profile_secret", lambda connection: None)
    page = window.session_page
    data = json.dumps({"biz_id": "1700000000,unchecked", "liveness_result": {"result": "success"}})
    with qtbot.waitSignal(page.callback_received, timeout=10_000) as received:
        requests.post(page.receiver.notify_url, data={"data": data, "sign": "0" * 40}, timeout=5)
    assert received.args[0].signature_valid is None
    line = page.callback_list.item(0).text().splitlines()[0]
    assert line.endswith(" · notify_url · signature not checked (no secret) · claims, unverified: liveness passed"), line


def test_a_flagged_callback_is_listed_in_a_red_that_reads_on_a_dark_palette(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, dark_desktop) -> None:
    """Listed in dark red on Breeze Dark's list, a forged callback read at 2.7:1."""
    page = window.session_page
    data = json.dumps({"biz_id": "1700000000,forged", "liveness_result": {"result": "success"}})
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": data, "sign": "0" * 40}, timeout=5)
    window.go_to(page)
    page.callback_list.clearSelection()  # a selected line is drawn in the palette's own colours
    qtbot.waitExposed(page.callback_list)
    dark_desktop(True)
    image = page.callback_list.viewport().grab().toImage()
    drawn = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert colours.ON_DARK[colours.FAIL.rgba()].name() in drawn and colours.FAIL.name() not in drawn
    assert page.callback_list.item(0).foreground().color() == colours.FAIL  # what it means: the list keeps that


def test_a_forged_copy_of_a_received_callback_shows_what_it_claims_never_as_an_outcome(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """A forged copy was listed "SIGNATURE INVALID · liveness passed; comparison: Same person", and the status bar
    said the same: the forger's claim read as the session's outcome. Inspected, its status line added the claimed
    "Attack suspected" to the invalid signature."""
    page = window.session_page
    checked = receive_session(qtbot, window, faces, mask_confidence="0.71")
    fields = parse_qs(body_of(checked))
    data, sign = fields["data"][0], fields["sign"][0]
    forged = data.replace('"mask_confidence":0.71', '"mask_confidence":0.0')  # the attack written out, the old sign
    assert forged != data
    said: list[str] = []
    page.status_message.connect(said.append)
    with qtbot.waitSignal(page.callback_received, timeout=10_000) as received:
        requests.post(page.receiver.notify_url, data={"data": forged, "sign": sign}, timeout=5)
    assert received.args[0].signature_valid is False
    line = page.callback_list.item(0).text().splitlines()[0]
    assert " · notify_url · SIGNATURE INVALID · claims, unverified: liveness passed; comparison: " in line, line
    assert said == [line] and window.statusBar().currentMessage() == line
    assert page.callback_list.item(0).foreground().color().name() == "#c62828"

    # The session's own data with a made-up sign: its suspected attack is a claim too, in the list and inspected.
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": data, "sign": "0" * 40}, timeout=5)
    line = page.callback_list.item(0).text().splitlines()[0]
    assert line.endswith(" · SIGNATURE INVALID · claims, unverified: ATTACK SUSPECTED: Mask (the liveness check "
                         "itself passed)"), line
    inspector = window.inspector_page
    with qtbot.waitSignal(inspector.finished, timeout=30_000):
        page.inspect_selected()
    assert inspector.signature_valid is False
    assert window.statusBar().currentMessage() == inspector.view.signature_label.text()  # the verdict alone
    assert "Attack suspected" not in window.statusBar().currentMessage()


def test_a_callback_received_again_is_listed_as_a_repeat_and_kept_in_history_once(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, history: LazyHistoryStore) -> None:
    """The same signed body posted three times was listed three times as "signature valid · liveness passed", with
    three History entries waiting for a decision and nothing saying it had come before. FaceID posts one callback to
    return_url and notify_url, and again when notify_url did not answer; anyone can replay one."""
    window.settings.shown_times = "utc"
    page = window.session_page
    checked = receive_session(qtbot, window, faces)
    first = page.callback_list.item(0).text()
    assert " · notify_url · signature valid · liveness passed; comparison: " in first
    at = checked.received_at.strftime("%H:%M:%S")
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    for url in (page.receiver.return_url, page.receiver.notify_url):  # the applicant's browser, then a retry
        with qtbot.waitSignal(page.callback_received, timeout=10_000):
            assert requests.post(url, data=checked.body, headers=form, timeout=5).status_code == 200
    assert page.callback_list.count() == 3 and page.callback_list.item(2).text() == first
    for row, via in ((0, "notify_url"), (1, "return_url")):
        item = page.callback_list.item(row)
        assert f" UTC · {via} · signature valid · repeat of the callback received at {at} UTC via notify_url, not a " \
               "new result\nbiz_id " in item.text(), item.text()
        assert "liveness passed" not in item.text() and "comparison" not in item.text()  # not a second result
        assert item.data(Qt.ItemDataRole.ForegroundRole) is None  # no verdict's colour either
        assert checked.biz_id is not None and item.text().endswith(checked.biz_id)
    assert window.statusBar().currentMessage() == page.callback_list.item(0).text().splitlines()[0]
    assert page.look_up_button.isEnabled()  # its biz_id still one click from lookup
    assert [getattr(repeat.repeat_of, "received_at", None) for repeat in page.received[:2]] == [checked.received_at] * 2

    # A forged copy is a callback of its own (kept, as forged); the same forgery again is a repeat of it, still red.
    fields = parse_qs(body_of(checked))
    forged = {"data": fields["data"][0].replace('"biz_no":"order-9"', '"biz_no":"order-10"'), "sign": fields["sign"][0]}
    assert forged["data"] != fields["data"][0]
    for _ in range(2):
        with qtbot.waitSignal(page.callback_received, timeout=10_000) as received:
            requests.post(page.receiver.notify_url, data=forged, timeout=5)
    forged_at = page.received[1].received_at.strftime("%H:%M:%S")
    assert f"SIGNATURE INVALID · repeat of the callback received at {forged_at} UTC via notify_url" in \
        page.callback_list.item(0).text()
    assert received.args[0].signature_valid is False and received.args[0].repeat_of is not None
    assert page.callback_list.item(0).foreground().color().name() == "#c62828"

    page._executor.shutdown(wait=True)  # every History write the page began is done
    entries = history.get().history.page(HistoryFilter(kinds=(CallKind.CALLBACK_CHECK,)), 0, 10)
    # Begun within a millisecond of each other, they may list either way: told apart by verdict.
    assert sorted(entry.verdict or "" for entry in entries) == ["match", "signature_invalid"]


def test_a_callback_whose_first_history_write_failed_is_kept_from_its_repeat(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, history: LazyHistoryStore, monkeypatch) -> None:
    """The first receipt was remembered before its History write, so when that write failed (a locked database)
    every copy after it (the post to the other URL, a retry) was a repeat, never written: the session's answer was
    lost to History, and get_result answers once. A repeat that came while the write was on its way is written
    instead; with none, the next copy to come is."""
    import threading

    from faceid_console.store.journal import Journal

    page = window.session_page
    real_begin = Journal.begin
    failing = {"left": 1}
    release = threading.Event()

    def begin(self, kind, *args, **kwargs):  # type: ignore[no-untyped-def]
        if kind is CallKind.CALLBACK_CHECK and failing["left"] > 0:
            failing["left"] -= 1
            release.wait(30)  # on its way until the test lets it fail
            raise RuntimeError("database is locked")
        return real_begin(self, kind, *args, **kwargs)

    monkeypatch.setattr(Journal, "begin", begin)

    def kept() -> list[HistoryEntry]:
        return history.get().history.page(HistoryFilter(kinds=(CallKind.CALLBACK_CHECK,)), 0, 10)

    checked = receive_session(qtbot, window, faces)  # its write waits, then fails
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    with qtbot.waitSignal(page.callback_received, timeout=10_000) as repeat:
        requests.post(page.receiver.return_url, data=checked.body, headers=form, timeout=5)
    assert repeat.args[0].repeat_of is not None  # listed as a repeat while the first's write is on its way
    release.set()
    # The repeat is written in its place (waited for whole: begun, the entry has no verdict until completed).
    qtbot.waitUntil(lambda: [entry.verdict for entry in kept()] == ["match"], timeout=10_000)

    # A failed write with no repeat waiting: the next copy to come is written as a first.
    failing["left"] = 1
    fields = parse_qs(body_of(checked))
    other = fields["data"][0].replace('"biz_no":"order-9"', '"biz_no":"order-11"')
    assert other != fields["data"][0]
    body = {"data": other, "sign": hashlib.sha1((secret_of(window) + other).encode()).hexdigest()}
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data=body, timeout=5)
    qtbot.waitUntil(lambda: not page._writing, timeout=10_000)  # its write failed, and the page heard
    with qtbot.waitSignal(page.callback_received, timeout=10_000) as again:
        requests.post(page.receiver.notify_url, data=body, timeout=5)
    assert again.args[0].repeat_of is None  # not a repeat of a callback History never got
    qtbot.waitUntil(lambda: len(kept()) == 2, timeout=10_000)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_received_callback_with_a_malformed_field_is_listed_as_the_inspector_names_it(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, language: str, request) -> None:
    """The list said the protocol library's English ("response field … is not a number") in either language; it now
    names the field as the Callback inspector does, keeps the signature verdict, and its biz_id can be looked up."""
    if language == "zh_CN":
        request.getfixturevalue("chinese")  # the list words a callback when it arrives
    page = window.session_page
    data = json.dumps({"biz_info": {"biz_id": "1700000000,odd"}, "status": "OK",
                       "liveness_result": {"result": "PASS", "face_genuineness": {
                           "mask_confidence": "0.2", "mask_threshold": 0.5}}}, separators=(",", ":"))
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    with qtbot.waitSignal(page.callback_received, timeout=10_000) as received:
        requests.post(page.receiver.notify_url, data={"data": data, "sign": sign}, timeout=5)
    text = page.callback_list.item(0).text()
    field = "liveness_result.face_genuineness.mask_confidence"
    if language == "zh_CN":
        assert "签名有效" in text and f'字段 {field} 应为数字，但实际为文本："0.2"' in text, text
    else:
        assert "signature valid" in text and f'The field {field} should be a number, but it is text: "0.2"' in text
    assert "response field" not in text and "is not a number" not in text
    assert text.splitlines()[-1] == "biz_id 1700000000,odd"
    checked = received.args[0]
    assert checked.signature_valid is True and checked.result is None and checked.malformed is not None
    assert page.look_up_button.isEnabled()
    with qtbot.waitSignal(page.look_up_requested) as looked_up:
        page.look_up_button.click()
    assert looked_up.args == ["1700000000,odd"]

    # Changed on its way: the failed signature is kept beside the field, and the item is red as before.
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": data.replace("PASS", "FAIL"), "sign": sign}, timeout=5)
    text = page.callback_list.item(0).text()
    assert ("签名无效" if language == "zh_CN" else "SIGNATURE INVALID") in text and field in text
    assert page.callback_list.item(0).foreground().color().name() == "#c62828"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_post_that_is_not_a_callback_is_listed_in_the_window_s_words(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, language: str, request) -> None:
    """The list said the protocol library's English ("The callback has no sign field.") in either language."""
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    page = window.session_page
    posts = ({"data": "{}"}, {"data": "{}", "sign": ["a", "b"]}, "\xff\xfe".encode("latin-1"))
    words = {"en": ("it has no sign field", "it has more than one sign field", "the body is not UTF-8 text"),
             "zh_CN": ("缺少 sign 字段", "有多个 sign 字段", "请求体不是 UTF-8 文本")}[language]
    for body, said in zip(posts, words, strict=True):
        with qtbot.waitSignal(page.callback_received, timeout=10_000):
            requests.post(page.receiver.notify_url, data=body, timeout=5)
        text = page.callback_list.item(0).text()
        assert said in text and "The callback" not in text, text
    assert page.received[0].result is None and page.received[0].callback is None


def test_a_callback_with_a_multi_megabyte_biz_id_is_listed_shortened_and_looked_up_whole(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """A 20 MB biz_id laid out in the list held the window for 26 s: the list and the status bar show its start and
    end, and how much is left out; Look up still gets the whole of it."""
    from faceid_console.ui.texts import SHOWN_CHARACTERS

    page = window.session_page
    said: list[str] = []
    page.status_message.connect(said.append)
    biz_id = "1700000000," + "a" * 4_000_000 + ",huge"
    data = json.dumps({"biz_id": biz_id, "biz_no": "b" * 300_000, "liveness_result": {"result": "success"}})
    with qtbot.waitSignal(page.callback_received, timeout=30_000):
        answer = requests.post(page.receiver.notify_url, data={"data": data, "sign": "0" * 40}, timeout=30)
    assert answer.status_code == 200
    text = page.callback_list.item(0).text()
    assert len(text) < 3 * SHOWN_CHARACTERS + 200, len(text)
    assert "SIGNATURE INVALID" in text  # the verdict is still there
    assert "biz_id 1700000000,a" in text and ",huge · biz_no" in text
    assert f"({len(biz_id) - SHOWN_CHARACTERS:,} more characters)" in text
    assert f"({300_000 - SHOWN_CHARACTERS:,} more characters)" in text
    assert said and all(len(message) < 2 * SHOWN_CHARACTERS for message in said)
    assert page.received[0].result is not None and page.received[0].result.biz_id == biz_id  # kept whole
    with qtbot.waitSignal(page.look_up_requested) as looked_up:
        page.look_up_button.click()
    assert looked_up.args == [biz_id]


def test_a_post_over_the_listener_s_cap_is_refused_unread_and_not_listed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The listener reads no more than its cap, 16 MB (a real callback with its images is a few): a larger post is
    answered 413 at once, unread (it waited for bodies up to 32 MB), and the next callback is the only one listed."""
    import http.client

    from faceid_console.ui.callback_receiver import MAX_CALLBACK_BYTES

    over_cap = 16 * 1024 * 1024 + 1
    assert over_cap > MAX_CALLBACK_BYTES
    page = window.session_page
    url = QUrl(page.receiver.notify_url)
    connection = http.client.HTTPConnection(url.host(), url.port(), timeout=10)
    try:
        connection.putrequest("POST", "/notify")
        connection.putheader("Content-Type", "application/x-www-form-urlencoded")
        connection.putheader("Content-Length", str(over_cap))
        connection.endheaders(b"data=%7B%22biz_id%22%3A%22")  # the start of a body it never sends in full
        refused = connection.getresponse()
        assert refused.status == 413
    finally:
        connection.close()
    data = json.dumps({"biz_id": "1700000000,after", "liveness_result": {"result": "success"}})
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": data, "sign": "0" * 40}, timeout=5)
    assert page.callback_list.count() == 1 and len(page.received) == 1
    assert "biz_id 1700000000,after" in page.callback_list.item(0).text()


def test_many_callbacks_at_once_are_all_received_and_the_list_keeps_the_newest(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch) -> None:
    """Forty posters at once: Python's default listen backlog of 5 reset some of them. The page lists the newest
    (each is in History), so a day of callbacks does not grow the window's memory without end."""
    from concurrent.futures import ThreadPoolExecutor

    from faceid_console.ui.pages import liveness_session_page

    monkeypatch.setattr(liveness_session_page, "MAX_CALLBACKS_SHOWN", 25)
    import threading

    checked_on: set[str] = set()
    real_check = liveness_session_page.check_callback

    def watched(*args):  # type: ignore[no-untyped-def]
        checked_on.add(threading.current_thread().name)
        return real_check(*args)

    monkeypatch.setattr(liveness_session_page, "check_callback", watched)
    page = window.session_page
    url = page.receiver.notify_url
    data = json.dumps({"biz_id": "1700000000,many", "liveness_result": {"result": "success"}})

    def post(i: int) -> int:
        return requests.post(url, data={"data": data, "sign": f"{i:040d}"}, timeout=10).status_code

    with ThreadPoolExecutor(max_workers=40) as posters:
        answers = list(posters.map(post, range(40)))
    assert answers == [200] * 40  # none reset
    elsewhere = requests.post(url.replace("/notify", "/xyz"), data={"data": data, "sign": "0" * 40}, timeout=10)
    assert elsewhere.status_code == 404  # only the addresses the session was given
    qtbot.waitUntil(lambda: len(page.received) == 25 and page.callback_list.count() == 25, timeout=10_000)
    qtbot.wait(200)
    assert len(page.received) == 25 and page.callback_list.count() == 25
    assert page.callback_list.currentRow() == 0 and page._selected() is page.received[0]
    assert checked_on and threading.main_thread().name not in checked_on  # parsed off the GUI thread


def test_the_inspector_shows_an_h5_callback_status_ocr_fields_and_will_result(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An H5 (FaceID Lite) callback, signed with the profile's secret: every part rendered with the same widgets."""
    data = json.dumps({
        "status": "OK",
        "biz_info": {"biz_id": "1700000000,h5", "biz_no": "order-77", "biz_extra_data": "desk=3"},
        "idcard_info": {
            "idcard_mode": "1", "idcard_name": "陈AB", "idcard_number": "11010519491231002X",
            "front_side": {"ocr_result": {"name": "陈AB", "legality": {"ID Photo": 0.855, "Screen": 0.096}},
                           "upload_times": 1},
            "ocr_front_quality": {"gender": {"quality": 0.925, "logic": 0}},
        },
        "liveness_result": {"result": "PASS", "procedure_type": "will", "details": {"UPLOAD_TIMES": 1},
                            "face_genuineness": {"synthetic_face_confidence": 0.01, "synthetic_face_threshold": 0.5,
                                                 "mask_confidence": 0.02, "mask_threshold": 0.5,
                                                 "screen_replay_confidence": 0.9, "screen_replay_threshold": 0.5,
                                                 "face_replaced": 0}},
        "verify_result": {"result_idcard_photo": {"confidence": 80.1, "thresholds": {
            "1e-3": 62.0, "1e-4": 69.0, "1e-5": 75.0, "1e-6": 78.0}}},
        "will_result": [{"will_error_message": "ANSWER_INCONSISTENT", "result": "FAIL"}],
    }, ensure_ascii=False)
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    inspector = window.inspector_page
    check(qtbot, inspector, f"data={quote(data)}&sign={sign}")
    view = inspector.view
    assert inspector.signature_valid is True
    assert view.status_label.text() == f"Session status (OK): {explain('OK', '', 'en')}"
    assert "procedure: will (confirmation of intent)" in view.facts_label.text()  # not the bare code
    assert "biz_no: order-77" in view.facts_label.text()
    assert view.headline.text() == "Attack suspected: Screen replay"
    tree = view.idcard_tree
    quality = tree.findItems("quality", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert [i.text(1) for i in quality] == ["0.925"] and quality[0].font(1).bold()
    assert [i.text(1) for i in tree.findItems("ID Photo", Qt.MatchFlag.MatchRecursive)] == ["0.855"]
    assert view.will_label.text() == \
        f"Result: failed (FAIL) — ANSWER_INCONSISTENT: {explain('ANSWER_INCONSISTENT', '', 'en')}"
    assert "result_idcard_photo" in view.result_view.score_rows


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_documented_failure_reason_and_status_is_explained(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from faceid_console.api import LivenessSessionResult
    from faceid_console.engine.models import LIVENESS_FAILURE_REASONS
    from faceid_console.ui.widgets.liveness_view import LivenessView

    view = LivenessView(language)
    qtbot.addWidget(view)
    unknown = "未知错误" if language == "zh_CN" else "Unknown error"
    for reason in LIVENESS_FAILURE_REASONS:
        view.show_result(LivenessSessionResult.parse(
            {"biz_id": "1,x", "liveness_result": {"result": "failed", "failure_reason": reason}}), "1e-4")
        assert explain(reason, "", language) in view.reason_label.text() and unknown not in view.reason_label.text()
    for status in ("NOT_STARTED", "PROCESSING", "WEBRTC_UNSUPPORTED", "OK", "FAILED", "CANCELLED", "TIMEOUT"):
        view.show_result(LivenessSessionResult.parse({"status": status, "fail_reason": "PERMISSIONS_ERROR"}), "1e-4")
        assert explain(status, "", language) in view.status_label.text()
        assert explain("PERMISSIONS_ERROR", "", language) in view.status_label.text()
        assert unknown not in view.status_label.text()


#: Each session status with no liveness result: its headline, and words its next step must hold.
NO_RESULT_STATUSES = {
    "NOT_STARTED": ("Not started: the applicant has not begun the check", "Wait for the applicant"),
    "PROCESSING": ("In progress: the applicant is doing the check", "Wait for the applicant to finish"),
    "WEBRTC_UNSUPPORTED": ("Failed: the applicant's browser could not run the check", "another browser"),
    "FAILED": ("Failed: the check broke off before a result", "Start a new session (get_token)"),
    "CANCELLED": ("Cancelled: the applicant left the check", "Start a new session (get_token)"),
    "TIMEOUT": ("Timed out: the applicant did not finish in time", "Start a new session (get_token)"),
}


@pytest.mark.parametrize("status", list(NO_RESULT_STATUSES))
def test_a_session_without_a_liveness_result_says_what_happened_and_what_to_do(  # type: ignore[no-untyped-def]
        qtbot, status: str) -> None:
    """A FAILED or CANCELLED session was headed "No liveness result in this answer", with no next step, and a
    cancelled one was told the liveness check "did not pass" (it never ran)."""
    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.widgets.liveness_view import LivenessView

    view = LivenessView("en")
    qtbot.addWidget(view)
    view.show_result(LivenessSessionResult.parse({"status": status, "biz_info": {"biz_id": "1,x"}}), "1e-4")
    headline, step = NO_RESULT_STATUSES[status]
    assert view.headline.text() == headline
    assert "no liveness result" in view.reason_label.text() and view.reason_label.isVisibleTo(view)
    assert view.next_label.isVisibleTo(view) and view.next_label.text().startswith("What to do: ")
    assert step in view.next_label.text()
    assert view.no_verify_label.text().startswith("No comparison was made: the session has no liveness result")
    assert "did not pass" not in view.no_verify_label.text() + view.reason_label.text()


@pytest.mark.parametrize(("fail_reason", "step"), [
    ("PERMISSIONS_ERROR", "Ask the applicant to allow the page to use the camera"),
    ("NETWORK_ERROR", "Ask the applicant to move to a stable network"),
    ("SUPPORT_ERROR", "Ask the applicant to open the link in another browser"),
])
def test_a_browser_that_could_not_run_the_check_is_told_what_to_change_by_its_fail_reason(  # type: ignore[no-untyped-def]
        qtbot, fail_reason: str, step: str) -> None:
    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.widgets.liveness_view import LivenessView

    view = LivenessView("en")
    qtbot.addWidget(view)
    view.show_result(LivenessSessionResult.parse({"status": "WEBRTC_UNSUPPORTED", "fail_reason": fail_reason}), "1e-4")
    assert view.next_label.text().startswith(f"What to do: {step}")
    assert "start a new session (get_token)" in view.next_label.text()


def test_a_cancelled_session_s_callback_says_what_happened_and_the_next_step_unless_forged(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """A CANCELLED callback received over loopback, inspected: what happened and what to do, under its signature; a
    forged one's claim gets no next step."""
    page = window.session_page
    data = json.dumps({"status": "CANCELLED", "biz_info": {"biz_id": "1700000000,cancelled", "biz_no": "order-5"}})
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": data, "sign": sign}, timeout=5)
    page.callback_list.setCurrentRow(0)
    inspector = window.inspector_page
    with qtbot.waitSignal(inspector.finished, timeout=30_000):
        page.inspect_button.click()
    view = inspector.view
    assert inspector.signature_valid is True
    assert view.headline.text() == "Cancelled: the applicant left the check"
    assert view.reason_label.text().startswith("The applicant cancelled before the liveness check finished")
    assert view.next_label.isVisibleTo(inspector) and view.next_label.text() == (
        "What to do: Start a new session (get_token) on the Liveness session page and send the applicant its link; "
        "ask them to go through the check to the end.")
    assert view.status_label.text() == f"Session status (CANCELLED): {explain('CANCELLED', '', 'en')}"
    assert "did not pass" not in view.no_verify_label.text()
    check(qtbot, inspector, f"data={quote(data)}&sign={'0' * 40}")
    assert view.headline.text() == "Signature invalid: do not trust this callback"
    assert view.reason_label.text() == "Unverified claim — Cancelled: the applicant left the check"
    assert not view.next_label.isVisibleTo(inspector)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_listed_callback_without_a_liveness_result_says_what_happened(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, language: str, request) -> None:
    """A CANCELLED or FAILED callback's line ended "no liveness result": not that the applicant left, or that the
    check broke off. A status that says nothing of what happened keeps those words."""
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    said = {"CANCELLED": ("Cancelled: the applicant left the check", "已取消：申请人中途退出了验证"),
            "FAILED": ("Failed: the check broke off before a result", "失败：验证在得出结果前中断"),
            "OK": ("no liveness result", "无活体结果")}
    page = window.session_page
    for status, (english, chinese) in said.items():
        data = json.dumps({"status": status, "biz_info": {"biz_id": f"1700000000,{status}", "biz_no": "order-5"}})
        sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
        with qtbot.waitSignal(page.callback_received, timeout=10_000):
            requests.post(page.receiver.notify_url, data={"data": data, "sign": sign}, timeout=5)
        first, second = page.callback_list.item(0).text().splitlines()  # the newest is listed first
        assert first.endswith(" · " + (chinese if language == "zh_CN" else english)), first
        assert f"1700000000,{status}" in second


def test_the_inspector_says_when_there_is_no_secret_to_check_with(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps({"biz_id": "1700000000,abc", "liveness_result": {"result": "success"}})
    monkeypatch.setattr(window.connection, "client", None)  # the profile is not connected: no api_secret
    inspector = window.inspector_page
    check(qtbot, inspector, f"data={quote(data)}&sign={'a' * 40}")
    assert inspector.signature_valid is None
    assert inspector.view.signature_label.text().startswith("Signature not checked: no api_secret")
    # Headed as History lists it, not as a green "Liveness passed": anyone can post that.
    view = inspector.view
    assert view.headline.text() == "Signature not checked: this data is unverified"
    assert text_meaning(view.headline) == colours.CAUTION
    assert view.reason_label.text() == "Unverified claim — Liveness passed: a live person did the check"
    assert view.next_label.text().startswith("What to do: check its signature with the api_secret")


def test_a_signed_callback_with_one_malformed_field_keeps_its_signature_verdict_and_names_the_field(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """A string where the document has a number was "not a callback in any shape", hiding its valid signature."""
    data = json.dumps({"biz_info": {"biz_id": "1700000000,odd"}, "status": "OK",
                       "liveness_result": {"result": "PASS", "face_genuineness": {
                           "mask_confidence": "0.2", "mask_threshold": 0.5}}}, separators=(",", ":"))
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    inspector = window.inspector_page
    view, panel = inspector.view, inspector.error_panel
    with qtbot.waitSignal(inspector.status_message) as said:
        check(qtbot, inspector, f"data={quote(data)}&sign={sign}")
    assert panel.isHidden() and view.isVisibleTo(inspector)
    assert inspector.signature_valid is True
    assert view.signature_label.text().startswith("✔ Signature valid for profile Built-in engine (offline)")
    assert view.headline.text() == "A field of the callback's data is malformed"
    assert view.reason_label.text() == ('The field liveness_result.face_genuineness.mask_confidence should be a '
                                        'number, but it is text: "0.2"')
    assert view.status_label.text().startswith("The signature is valid, so FaceID sent the data this way")
    assert "not a callback in any shape" not in said.args[0] and "mask_confidence" in said.args[0]
    assert not view.genuineness_box.isVisibleTo(inspector)  # nothing read from data that cannot be read
    inspector.look_up_button.click()  # its biz_id still reads: the result can be looked up
    assert window.liveness_page.biz_edit.text() == "1700000000,odd"

    # Changed as well: the failed signature heads it, and the field is still named.
    check(qtbot, inspector, f"data={quote(data.replace('PASS', 'FAIL'))}&sign={sign}")
    assert inspector.signature_valid is False and "INVALID" in view.signature_label.text()
    assert view.headline.text() == "Signature invalid: do not trust this callback"
    assert text_colour(view.headline) == colours.FAIL
    assert "mask_confidence should be a number" in view.reason_label.text()
    assert view.status_label.text().startswith("The signature does not match: this data was changed")

    # A required field missing, a list item of the wrong type, data that is no object: each named as such.
    for shaped, words in (({"liveness_result": {"procedure_type": "will"}},
                           "The field liveness_result.result is missing"),
                          ({"will_result": [{"result": "PASS"}, "FAIL"]},
                           'The field will_result[1] should be an object ({…}), but it is text: "FAIL"'),
                          ([1, 2], "The data is a list, not an object")):
        body = json.dumps(shaped)
        check(qtbot, inspector, f"data={quote(body)}&sign={hashlib.sha1((secret_of(window) + body).encode()).hexdigest()}")
        assert inspector.signature_valid is True and view.reason_label.text().startswith(words), body

    # What is not a callback at all is still said to be none.
    check(qtbot, inspector, "hello there")
    assert not panel.isHidden() and "not a callback in any shape" in panel.explanation.text()


@pytest.mark.parametrize(("data", "field", "words"), [
    ('{"biz_id":"1700000000,far","liveness_result":{"result":"success"},'
     '"verify_result":{"result_ref1":{"confidence":1e308,"thresholds":{"1e-3":64}}}}',
     "verify_result.result_ref1.confidence", "should be a number from 0 to 100, but it is a number: 1e+308"),
    ('{"biz_id":"1700000000,nan","liveness_result":{"result":"PASS","face_genuineness":'
     '{"mask_confidence":NaN,"mask_threshold":0.5}}}',
     "liveness_result.face_genuineness.mask_confidence", "should be a finite number, but it is a number: NaN"),
])
def test_a_signed_callback_with_a_number_out_of_range_keeps_its_signature_verdict_and_names_the_field(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, data: str, field: str, words: str) -> None:
    """A confidence of 1e308 or NaN is no FaceID score: the page names the field beside the signature's verdict,
    pasted or received, and shows nothing read from the data (no gauge, no comparison)."""
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    inspector = window.inspector_page
    view, panel = inspector.view, inspector.error_panel
    with qtbot.waitSignal(inspector.status_message) as said:
        check(qtbot, inspector, f"data={quote(data)}&sign={sign}")
    assert panel.isHidden() and view.isVisibleTo(inspector)
    assert inspector.signature_valid is True
    assert view.signature_label.text().startswith("✔ Signature valid for profile Built-in engine (offline)")
    assert view.headline.text() == "A field of the callback's data is malformed"
    assert view.reason_label.text() == f"The field {field} {words}"
    assert view.status_label.text().startswith("The signature is valid, so FaceID sent the data this way")
    assert said.args is not None and field in said.args[0] and said.args[0].startswith("✔ Signature valid")
    assert not view.genuineness_box.isVisibleTo(inspector) and not view.verify_box.isVisibleTo(inspector)
    inspector.look_up_button.click()  # its biz_id still reads: the result can be looked up
    assert window.liveness_page.biz_edit.text() == json.loads(data.replace("NaN", "0"))["biz_id"]

    # Received by the listener and inspected from the session page's list: the same.
    page = window.session_page
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        assert requests.post(page.receiver.notify_url, data={"data": data, "sign": sign}, timeout=5).status_code == 200
    item = page.callback_list.item(0).text()
    assert "signature valid" in item and field in item, item
    view.clear()  # what the paste showed is gone: what follows is the received callback's
    page.callback_list.setCurrentRow(0)
    page.inspect_selected()
    qtbot.waitUntil(lambda: view.reason_label.text() == f"The field {field} {words}", timeout=10_000)
    assert inspector.signature_valid is True and view.headline.text() == "A field of the callback's data is malformed"
    assert view.signature_label.isVisibleTo(inspector) and view.signature_label.text().startswith("✔ Signature valid")


def test_128_byte_ids_in_a_liveness_answer_and_in_history_wrap_within_an_800_px_screen(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, history: LazyHistoryStore) -> None:
    """A biz_no, a biz_id, a biz_token or a web-liveness token has no space to break at: on one line in the
    liveness view's facts (a 128-byte biz_no: 1205 px) or History's entry, the window no longer fit an 800 px
    screen. They wrap inside the value, which is still selected whole."""
    biz_id = "1700000000," + hashlib.sha512(b"session").hexdigest()
    biz_no = hashlib.sha512(b"order").hexdigest()  # 128 bytes, the most the API takes
    data = json.dumps({"biz_id": biz_id, "biz_no": biz_no, "liveness_result": {"result": "success"}})
    inspector = window.inspector_page
    window.go_to(inspector)
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    check(qtbot, inspector, f"data={quote(data)}&sign={sign}")
    facts = inspector.view.facts_label
    assert inspector.signature_valid is True and f"biz_no: {biz_no}" in facts.text()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: facts.height() >= facts.heightForWidth(facts.width()) > 0, timeout=3_000)
    # The answer's least width is no longer the facts line's: it was wider than the biz_no alone on one line.
    assert inspector.view.minimumSizeHint().width() < facts.fontMetrics().horizontalAdvance(biz_no)
    qtbot.mouseDClick(facts, Qt.MouseButton.LeftButton, pos=facts.position_of(facts.text().index(biz_no) + 100))
    assert facts.selectedText() == biz_no

    # The same in History: a session kept with them, an SDK biz_token and a web-liveness token.
    journal = history.get().journal
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    session = journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": biz_id})
    journal.complete(session, {**answer, "biz_id": biz_id, "biz_no": biz_no}, policy_level="1e-4")
    sdk = journal.begin(CallKind.GET_BIZ_TOKEN, "local-engine",
                        {"liveness_type": "meglive", "comparison_type": "0", "uuid": "U-6"})
    biz_token = "1700000000," + hashlib.sha512(b"biz_token").hexdigest()
    journal.complete(sdk, {"request_id": "r-6", "time_used": 2, "biz_token": biz_token})
    web = journal.begin(CallKind.GET_TOKEN, "local-engine", {"comparison_type": "0", "uuid": "U-5"})
    token = hashlib.sha512(b"token").hexdigest()
    journal.complete(web, {"request_id": "r-5", "time_used": 3, "token": token, "expired_time": 1})
    host = window.history_page
    window.go_to(host)
    qtbot.waitUntil(lambda: host.page is not None, timeout=30_000)
    page = host.page
    assert page is not None
    page.refresh()
    for entry, value in ((session, biz_no), (sdk, biz_token), (web, token)):
        page.select_entry(entry)
        qtbot.waitUntil(lambda e=entry: page.current is not None and page.current.id == e, timeout=5_000)
        shown = [label for label in (page.entry_label, page.result_view.subline, page.liveness_view.facts_label)
                 if label.isVisibleTo(page) and value in label.text()]
        assert shown, entry
        assert least_width(qtbot, window) <= 800, (entry, shown[0].text())
        label = shown[0]
        qtbot.mouseDClick(label, Qt.MouseButton.LeftButton, pos=label.position_of(label.text().index(value) + 64))
        assert label.selectedText() == value


def test_the_inspector_shows_a_huge_biz_extra_data_shortened_and_the_signature_verdict_whole(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """A 300 KB biz_extra_data laid out in the facts line held the window for 2.4 s, a 3 MB biz_id for 14 s."""
    from faceid_console.ui.texts import SHOWN_CHARACTERS

    extra = "desk=3&" + "x" * 300_000 + "&end"
    biz_id = "1700000000," + "b" * 3_000_000
    data = json.dumps({"biz_id": biz_id, "biz_extra_data": extra, "liveness_result": {"result": "success"}})
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    inspector = window.inspector_page
    check(qtbot, inspector, f"data={quote(data)}&sign={sign}")
    view = inspector.view
    assert inspector.signature_valid is True
    assert view.signature_label.text().startswith("✔ Signature valid for profile")
    assert view.headline.text() == "Liveness passed: a live person did the check"
    facts = view.facts_label.text()
    assert len(facts) < 4 * SHOWN_CHARACTERS, len(facts)
    assert "biz_extra_data: desk=3&x" in facts and "x&end" in facts
    assert f"({len(extra) - SHOWN_CHARACTERS:,} more characters)" in facts
    assert f"({len(biz_id) - SHOWN_CHARACTERS:,} more characters)" in facts
    assert "liveness_result.result: success" in facts
    assert inspector.callback is not None and inspector.callback.data == data  # the whole of it is kept
    assert inspector.view.result is not None and inspector.view.result.biz_extra_data == extra
    view.json_toggle.setChecked(True)  # the raw JSON is bounded too
    qtbot.waitUntil(view.copy_json.isEnabled, timeout=10_000)  # written in a worker
    raw = view.raw_json.toPlainText()
    assert len(raw) < 10_000 and "more characters)" in raw and '"liveness_result"' in raw


def big_callback(secret: str, faces: Path) -> tuple[str, str]:
    """A liveness callback of about 5 MB, as FaceID posts one with its four images: (data, sign)."""
    import base64
    import io

    with Image.open(faces / "obama_1.jpg") as source:
        buffer = io.BytesIO()
        source.convert("RGB").resize((2000, 1500)).save(buffer, "JPEG", quality=98)
    image = "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    names = ("image_best", "image_action1", "image_action2", "image_action3")
    data = json.dumps({**answer, "images": dict.fromkeys(names, image)}, separators=(",", ":"))
    return data, hashlib.sha1((secret + data).encode()).hexdigest()


def test_a_5_mb_callback_pasted_with_ctrl_v_is_kept_whole_shown_in_part_and_checked(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """A callback with its images in base64 is megabytes on one line: laid out in the box, it froze the window for
    1.4 s. The box shows its start and end and says so; the whole of it is checked, and copied out again."""
    from PySide6.QtGui import QKeySequence

    from faceid_console.ui.widgets.long_paste_edit import HEAD, SHOWN_IN_FULL, TAIL

    data, sign = big_callback(secret_of(window), faces)
    body = f"data={quote(data)}&sign={sign}"
    assert len(body) > 5_000_000
    inspector = window.inspector_page
    window.go_to(inspector)
    box = inspector.paste_edit
    box.setFocus()
    QGuiApplication.clipboard().setText(body)
    qtbot.keySequence(box, QKeySequence.StandardKey.Paste)
    assert box.held and box.whole_text() == body  # nothing pasted is lost...
    assert box.document().characterCount() < HEAD + TAIL + 200 < SHOWN_IN_FULL  # ...and only a preview is laid out
    shown = box.toPlainText()
    assert shown.startswith(body[:HEAD]) and shown.endswith(body[-TAIL:]) and sign in shown
    assert f"{len(body) - HEAD - TAIL:,} more characters, not shown here" in shown
    assert box.isReadOnly()  # the preview cannot be edited into the text it stands for
    note = inspector.long_paste_note.text()
    assert inspector.long_paste_note.isVisible() and inspector.clear_button.isVisible()
    assert f"this paste has {len(body):,} characters" in note and "checks all of it" in note
    assert box.accessibleDescription() == note

    with qtbot.waitSignal(inspector.finished, timeout=60_000):
        inspector.check_button.click()
    assert not inspector.error_panel.isVisible(), inspector.error_panel.explanation.text()
    assert inspector.signature_valid is True and "Signature valid" in inspector.view.signature_label.text()
    assert inspector.callback is not None and inspector.callback.data == data
    view = inspector.view
    assert view.headline.text() == "Attack suspected: Synthetic face"
    assert sorted(view.gallery.images) == ["image_action1", "image_action2", "image_action3", "image_best"]
    assert all(image.width() == 2000 for image in view.gallery.images.values())

    box.selectAll()  # copied out of the box: the whole callback, not the preview
    box.copy()
    assert QGuiApplication.clipboard().text() == body

    # The same callback with one character of its data changed, pasted over it: checked again, and refused.
    tampered = body.replace("synthetic_face_confidence%22%3A0.88", "synthetic_face_confidence%22%3A0.08")
    assert tampered != body
    QGuiApplication.clipboard().setText(tampered)
    qtbot.keySequence(box, QKeySequence.StandardKey.Paste)
    assert box.whole_text() == tampered
    with qtbot.waitSignal(inspector.finished, timeout=60_000):
        inspector.check_button.click()
    assert inspector.signature_valid is False and "INVALID" in inspector.view.signature_label.text()

    inspector.clear_button.click()
    assert box.whole_text() == "" and not box.held and not box.isReadOnly()
    assert not inspector.long_paste_note.isVisible() and not inspector.clear_button.isVisible()


def test_the_inspector_checks_a_paste_off_the_gui_thread_and_the_latest_one_last(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing a 5 MB paste and decoding its images took the GUI thread ~150 ms. Check pressed again while a check
    runs checks the paste as it is then, and only that outcome is shown."""
    import threading

    from faceid_console.ui.pages import callback_inspector_page

    threads: list[threading.Thread] = []
    real = callback_inspector_page.parse_callback_paste

    def watched(text: str):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(text)

    monkeypatch.setattr(callback_inspector_page, "parse_callback_paste", watched)
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    data = json.dumps({**answer, "images": {}})
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    inspector = window.inspector_page
    inspector.paste_edit.setPlainText(f"data={quote(data)}&sign={'0' * 40}")
    with qtbot.waitSignal(inspector.finished, timeout=30_000):
        inspector.check_button.click()
        assert not threads and inspector.view.headline.text() == "Checking the callback…"  # nothing parsed yet, here
        inspector.paste_edit.setPlainText(f"data={quote(data)}&sign={sign}")  # corrected while it is checked
        inspector.check_button.click()
    assert len(threads) == 2 and all(thread is not threading.main_thread() for thread in threads)
    assert inspector.signature_valid is True and "Signature valid" in inspector.view.signature_label.text()


def test_the_empty_result_panes_say_what_to_do(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    results, inspector = window.liveness_page, window.inspector_page
    assert results.view.headline.text() == "No result yet"
    assert results.view.status_label.text() == "Enter a session's biz_id, or paste its return_url, and press Enter."
    assert inspector.view.headline.text() == "Nothing checked yet"
    assert "nothing is sent to FaceID" in inspector.view.status_label.text()
    inspector.paste_edit.setPlainText("https://example.com/return?biz_id=1796028792,abc")
    with qtbot.waitSignal(inspector.finished):
        inspector.inspect()
    assert not inspector.view.status_label.isVisibleTo(inspector)  # the hint goes with the first check


def test_a_genuine_callback_is_coloured_and_worded_by_its_session_s_verdict(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A passed liveness whose comparison says "not the same person" is red, as History records it."""
    page = window.session_page
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    verify = {k: v for k, v in answer["verify_result"].items() if k != "face_genuineness"}
    for key in ("result_faceid", "result_ref1"):
        verify[key] = {**verify[key], "confidence": 12.0}  # below every threshold
    data = json.dumps({**answer, "verify_result": verify, "images": {}})
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": data, "sign": sign}, timeout=5)
    item = page.callback_list.item(0)
    assert "signature valid · liveness passed; comparison: Not the same person" in item.text()
    assert item.foreground().color().name() == "#c62828"


def test_a_changed_policy_level_rejudges_the_answers_on_show(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Settings raised the level: the inspector and the session's list read the same callback at the new level,
    as History and the Verify page do, not the verdict of the old one."""
    from types import SimpleNamespace

    page = window.session_page
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    verify = {k: v for k, v in answer["verify_result"].items() if k != "face_genuineness"}
    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 75.0, "1e-6": 78.0}
    for key in ("result_faceid", "result_ref1"):
        verify[key] = {**verify[key], "confidence": 72.0, "thresholds": thresholds}  # meets 1e-4, not 1e-5
    data = json.dumps({**answer, "verify_result": verify, "images": {}})
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": data, "sign": sign}, timeout=5)
    assert "comparison: Same person" in page.callback_list.item(0).text()
    inspector = window.inspector_page
    check(qtbot, inspector, f"data={quote(data)}&sign={sign}")
    before = inspector.view.result_view.headline.text()
    window.settings.policy_level = "1e-5"  # what the Settings dialog sets, then the window is told
    window._settings_closed(SimpleNamespace(reopen_needed=False, language_note=None,
                                           delete_when_idle=lambda: None))
    assert "comparison: Not confirmed" in page.callback_list.item(0).text()
    after = inspector.view.result_view.headline.text()
    assert after != before and after.startswith("Not confirmed"), (before, after)


def test_the_session_page_keeps_start_in_view_and_its_address_on_one_line(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                          faces: Path) -> None:
    """At 1100×700 Start the session was at the foot of the scrolled form, out of view; the callback hint broke
    the receiver's address after a slash ("…:40655/" on one line, "notify" on the next)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    window.resize(1100, 700)
    page = window.session_page
    window.go_to(page)
    page.compare_radio.setChecked(True)
    page.slots["image_ref1"].set_file(faces / "obama_2.jpg")  # its thumbnail makes the form taller than the view
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    button = page.start_button
    qtbot.waitUntil(button.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: window.size().width() == 1100 and window.size().height() == 700, timeout=5_000)
    shown = QRect(button.mapTo(page, QPoint(0, 0)), button.size())
    assert page.rect().contains(shown), (shown, page.rect())
    for scroll in page.findChildren(QScrollArea):  # not in a scrolled part of the page, where it can be out of view
        assert not scroll.isAncestorOf(button)
    qtbot.waitUntil(lambda: button.visibleRegion().boundingRect() == button.rect(), timeout=3_000)  # not clipped

    url = page.receiver.notify_url
    assert url.startswith("http://127.0.0.1:") and url.endswith("/notify")
    label = page.receiver_url
    assert label.text() == url and not label.wordWrap() and label.isVisible()
    assert label.width() >= label.fontMetrics().horizontalAdvance(url)  # whole, on one line
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse  # copied whole
    assert "http" not in page.receiver_label.text()  # the words around it wrap; the address is not among them


def test_the_session_form_puts_its_reference_photos_in_rows_rather_than_scrolling_sideways(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """At 1024×600 the three reference photos side by side made the session form scroll sideways: the third was cut
    off at the right. They go fewer to a row where the form has no room for three."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea, QWidget

    page = window.session_page
    window.go_to(page)
    window.resize(1024, 600)
    page.compare_radio.setChecked(True)
    for n, name in ((1, "obama_2.jpg"), (2, "obama_4.jpg"), (3, "biden_1.jpg")):
        page.slots[f"image_ref{n}"].set_file(faces / name)
    qtbot.waitUntil(lambda: all(slot.photo is not None for slot in page.slots.values()), timeout=30_000)
    scroll = next(area for area in page.findChildren(QScrollArea) if area.widget().isAncestorOf(page.refs_box))
    viewport = scroll.viewport()

    def within(slot: QWidget) -> bool:
        left = slot.mapTo(viewport, QPoint(0, 0)).x()
        return left >= 0 and left + slot.width() <= viewport.width()

    qtbot.waitUntil(lambda: all(within(slot) for slot in page.slots.values()), timeout=3_000)
    assert not scroll.horizontalScrollBar().isVisible() and scroll.widget().width() <= viewport.width()
    tops = [slot.mapTo(page, QPoint(0, 0)).y() for slot in page.slots.values()]
    assert tops[2] > tops[0]  # the third under the first
    window.resize(1600, 900)  # with room, the three side by side as before
    qtbot.waitUntil(lambda: len({slot.mapTo(page, QPoint(0, 0)).y() for slot in page.slots.values()}) == 1,
                    timeout=3_000)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_session_page_s_three_reference_photos_are_in_one_row_at_the_window_s_first_size(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, language: str, request) -> None:
    """As on App token: at the window's first size (1280×820 on a screen 1366 px wide or more) the three compact
    reference photo slots are side by side, each at least as wide as it needs, not stacked one under another (the
    form three times taller, the callback URLs below the fold)."""
    from PySide6.QtCore import QPoint

    if language == "zh_CN":
        request.getfixturevalue("chinese")  # before the page is built: it is built the first time it is shown
    page = window.session_page
    window.go_to(page)
    window.resize(1280, 820)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 820), timeout=5_000)
    page.compare_radio.setChecked(True)
    slots = list(page.slots.values())
    qtbot.waitUntil(lambda: len({slot.mapTo(page, QPoint(0, 0)).y() for slot in slots}) == 1, timeout=3_000)
    lefts = [slot.mapTo(page, QPoint(0, 0)).x() for slot in slots]
    assert lefts == sorted(lefts) and all(slot.width() >= slot.minimumSizeHint().width() for slot in slots)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_session_page_fits_an_800_by_560_window_without_scrolling_sideways(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, language: str, request) -> None:
    """At 800×560 the session form scrolled sideways (122 px in English), its fields cut off at the right; in
    Chinese its fields were squeezed to a few characters. The form is never narrower than it can be read, the link
    and the callbacks give way, and with a link and an error on show nothing widens or lengthens the window."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget

    from faceid_console.ui.widgets.photo_slot import PhotoSlot

    if language == "zh_CN":
        request.getfixturevalue("chinese")  # before the page is built: it is built the first time it is shown
    page = window.session_page
    window.go_to(page)
    window.resize(800, 560)
    qtbot.waitUntil(lambda: window.width() == 800 and window.height() == 560, timeout=5_000)
    form = next(area for area in page.findChildren(QScrollArea) if area.widget().isAncestorOf(page.refs_box))
    digits = page.number_edit.fontMetrics().horizontalAdvance("0" * 18)

    def within(widget: QWidget, column: QWidget) -> bool:
        left = widget.mapTo(column, QPoint(0, 0)).x()
        return left >= 0 and left + widget.width() <= column.width()

    def form_fits() -> bool:
        controls = [w for w in form.widget().findChildren(QWidget)
                    if isinstance(w, (QLineEdit, QAbstractButton, PhotoSlot)) and w.isVisibleTo(form.widget())
                    and not w.objectName().startswith("qt_")]
        return (form.horizontalScrollBar().maximum() == 0 and form.widget().width() <= form.viewport().width()
                and all(within(w, form.viewport()) for w in controls))

    for kind in (page.kyc_radio, page.compare_radio):
        kind.setChecked(True)
        qtbot.waitUntil(form_fits, timeout=3_000)
        # An ID number shows whole in each field, beside its label.
        assert all(field.edit.width() >= digits for field in page._fields().values())

    def side_fits(shown: QLabel) -> None:
        assert least_width(qtbot, window) <= 800 and window.size().toTuple() == (800, 560)
        qtbot.waitUntil(form_fits, timeout=3_000)
        column = page.splitter.widget(1)
        from faceid_console.ui.widgets.fitting_labels import WrapAnywhereLabel

        labels = [label for label in column.findChildren(QLabel) if label.isVisibleTo(column) and label.text()
                  and (label.wordWrap() or isinstance(label, WrapAnywhereLabel)) and label is not page.session_label]
        labels.append(page.session_label)
        assert shown in labels and page.receiver_label in labels
        # Each whole: the column scrolls up and down rather than squeeze its wrapped lines over each other.
        qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width()) for label in labels),
                        timeout=3_000)
        assert all(area.horizontalScrollBar().maximum() == 0 for area in page.findChildren(QScrollArea))
        for widget in (page.session_label, page.open_button, page.copy_button, page.receiver_url,
                       page.callback_list, page.look_up_button, page.inspect_button):
            assert within(widget, column), widget.objectName() or widget.text()
        for button in (page.open_button, page.copy_button, page.look_up_button, page.inspect_button):
            assert button.width() >= button.sizeHint().width(), button.text()  # its words whole

    # The link, a URL with no space in it, in the narrower column.
    start_session(qtbot, window, faces)
    assert page.do_url in page.session_label.text()
    side_fits(page.session_label)
    # An error above the link's box.
    page.uuid_edit.clear()
    with qtbot.waitSignal(page.finished, timeout=30_000):
        page.start_button.click()
    assert page.error_panel.isVisibleTo(page)
    side_fits(page.error_panel.explanation)
    # With a little more room (1024×640), Look up and Inspect are in view under the list, the error above it.
    window.resize(1024, 640)
    for button in (page.look_up_button, page.inspect_button):
        qtbot.waitUntil(lambda button=button: button.visibleRegion().boundingRect() == button.rect(), timeout=3_000)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_token_page_fits_the_narrowest_window_without_scrolling_sideways(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, language: str, request) -> None:
    """At 1366×768 and 150 % (a 910×512 window) the form scrolled sideways and cut off "KYC (1)": its choices were as
    wide as their longest item, and its radio buttons, photos and options sat side by side whatever the width."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QScrollArea, QWidget

    from faceid_console.ui.widgets.photo_slot import PhotoSlot

    if language == "zh_CN":
        request.getfixturevalue("chinese")  # before the page is built: it is built the first time it is shown
    page = window.token_page
    window.go_to(page)
    window.resize(window.minimumSizeHint().width(), 512)
    qtbot.waitUntil(lambda: window.width() == window.minimumSizeHint().width(), timeout=5_000)
    scroll = next(area for area in page.findChildren(QScrollArea) if area.widget().isAncestorOf(page.liveness_box))
    viewport = scroll.viewport()

    def within(widget: QWidget) -> bool:
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        return left >= 0 and left + widget.width() <= viewport.width()

    for index in range(page.liveness_box.count()):  # each type shows other options
        page.liveness_box.setCurrentIndex(index)
        for kind in (page.kyc_radio, page.compare_radio):
            kind.setChecked(True)
            controls = [w for w in scroll.widget().findChildren(QWidget)
                        if isinstance(w, (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, PhotoSlot))
                        and w.isVisibleTo(scroll.widget()) and not w.objectName().startswith("qt_")]
            assert page.kyc_radio in controls and set(page.slots.values()) <= set(controls)
            qtbot.waitUntil(lambda controls=controls: all(within(w) for w in controls), timeout=3_000)
            assert not scroll.horizontalScrollBar().isVisible()
            assert scroll.widget().width() <= viewport.width()
    assert page.rect().contains(page.send_button.geometry().translated(page.send_button.parentWidget().mapTo(
        page, QPoint(0, 0))))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_token_page_s_three_photos_are_in_one_row_at_the_window_s_first_size(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, language: str, request) -> None:
    """In English the three photo slots stacked one under another at the window's first size (1280×820 on a screen
    1366 px wide or more), each 188 px at its narrowest where the form left 176: the form was three times taller,
    Options and a marked photo's message out of view. In Chinese they fitted by 2 px."""
    from PySide6.QtCore import QPoint

    if language == "zh_CN":
        request.getfixturevalue("chinese")  # before the page is built: it is built the first time it is shown
    page = window.token_page
    window.go_to(page)
    window.resize(1280, 820)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 820), timeout=5_000)
    slots = list(page.slots.values())
    qtbot.waitUntil(lambda: len({slot.mapTo(page, QPoint(0, 0)).y() for slot in slots}) == 1, timeout=3_000)
    lefts = [slot.mapTo(page, QPoint(0, 0)).x() for slot in slots]
    assert lefts == sorted(lefts) and all(slot.width() >= slot.minimumSizeHint().width() for slot in slots)
    # Options start in view under them, with the token beside the form.
    options = page.int_edits["liveness_timeout"]
    assert options.mapTo(page.form_scroll.viewport(), QPoint(0, 0)).y() < page.form_scroll.viewport().height()
    assert page.token_edit.width() >= page.token_edit.fontMetrics().horizontalAdvance("0" * 47)  # a whole biz_token


def test_a_marked_photo_s_message_is_scrolled_into_view_with_the_keyboard(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """After MULTIPLE_FACES on the photo to compare the keyboard went to its slot, but the form showed only the
    slot's top edge: its message, at its foot, stayed below the fold."""
    from PySide6.QtWidgets import QApplication

    page = window.token_page
    window.go_to(page)
    window.resize(1280, 480)  # short: the photos' row ends below the form's fold
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    slot = page.slots["image"]
    viewport = page.form_scroll.viewport()
    page.send_button.setFocus()
    raw_image_token(qtbot, page, faces, "multi_obama_biden.jpg", "applicant-41")
    error = page.error_panel.error
    assert error is not None and error.code == "MULTIPLE_FACES"  # it comes bare: about the photo to compare
    assert QApplication.focusWidget() is slot and slot.error_label.text()
    label = slot.error_label

    def message_in_view() -> bool:
        top = label.mapTo(viewport, label.rect().topLeft()).y()
        return top >= 0 and top + label.height() <= viewport.height() and label.height() >= label.heightForWidth(
            label.width())

    qtbot.waitUntil(message_in_view, timeout=3_000)


@pytest.mark.parametrize("size", [(800, 600), (1024, 600), (1280, 800)])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_inspector_and_results_pages_show_their_answer_without_scrolling_sideways(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, fixed_answer_server, language: str, size: tuple[int, int],
        request) -> None:
    """At 800×600 the inspector's answer scrolled 204 px sideways and the results page's 310 px (86 px at 1024×600):
    the headline, the signature's verdict, the explanation, the biz_id and the gauges' readings were cut off at the
    column's edge. The answer's column is never narrower than the answer at its narrowest, the paste or the form
    gives way first, the answer's lines wrap, its numbers stay whole, and its four images go fewer to a row; where
    there is room, each gauge's bar stays on its reading's line and the images in one row."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QScrollArea, QWidget

    if language == "zh_CN":
        request.getfixturevalue("chinese")  # before the pages are built: each is built the first time it is shown
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=5_000)
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))  # four images, an attack

    def within(widget: QWidget, column: QWidget) -> bool:
        left = widget.mapTo(column, QPoint(0, 0)).x()
        return left >= 0 and left + widget.width() <= column.width()

    def answer_fits(page: QWidget, labels: list[QLabel]) -> None:
        view = page.view  # type: ignore[attr-defined]
        scroll = next(area for area in page.findChildren(QScrollArea) if area.widget().isAncestorOf(view))
        viewport = scroll.viewport()
        readings = [value for _name, _bar, value in view.genuineness.rows.values()]
        bars = [bar for _name, bar, _value in view.genuineness.rows.values()]
        controls = [*view.gallery.buttons.values(), view.json_toggle]
        assert len(readings) == 3 and len(controls) == 5 and all(label.text() for label in labels)
        # The layouts take a few passes to settle (the vertical scroll bar comes in one).
        qtbot.waitUntil(lambda: all(area.horizontalScrollBar().maximum() == 0 for area in page.findChildren(QScrollArea))
                        and all(within(widget, viewport) for widget in [*labels, *readings, *bars, *controls])
                        and all(label.height() >= label.heightForWidth(label.width()) for label in labels),
                        timeout=5_000)
        assert least_width(qtbot, window) <= size[0] and window.size().toTuple() == size
        for reading in readings:  # "0.880 ≥ 0.500 · suspected" on one line, whole
            assert reading.width() >= reading.sizeHint().width(), reading.text()
        for bar, reading in zip(bars, readings, strict=True):
            # Wide enough to tell its threshold's tick from its fill: under its reading where the column is narrow.
            assert bar.width() >= bar.minimumSizeHint().width() > 0
            if size[0] >= 1280:  # with room, on its reading's line as before
                assert abs(bar.mapTo(view, QPoint(0, 0)).y() - reading.mapTo(view, QPoint(0, 0)).y()) < reading.height()
        for control in controls:
            assert control.width() >= control.sizeHint().width(), control.text()
        if size[0] >= 1280:  # with room, the four images in one row as before
            assert len({button.mapTo(view, QPoint(0, 0)).y() for button in view.gallery.buttons.values()}) == 1

    # The inspector: a signed callback with the documents' result and its four images.
    inspector = window.inspector_page
    window.go_to(inspector)
    data = json.dumps({"status": "OK", "biz_info": {"biz_id": answer["biz_id"], "biz_no": answer["biz_no"],
                                                    "biz_extra_data": ""},
                       "liveness_result": answer["liveness_result"], "verify_result": answer["verify_result"],
                       "images": answer["images"]})
    check(qtbot, inspector, f"data={quote(data)}&sign={hashlib.sha1((secret_of(window) + data).encode()).hexdigest()}")
    view = inspector.view
    assert inspector.signature_valid is True and view.genuineness.rows["synthetic_face"][2].text().startswith("0.880")
    answer_fits(inspector, [view.headline, view.signature_label, view.reason_label, view.status_label,
                            view.facts_label])
    for button in (inspector.check_button, inspector.look_up_button):
        assert within(button, inspector.splitter.widget(0)) and button.width() >= button.sizeHint().width()

    # The results page: the same result looked up by its biz_id.
    results = window.liveness_page
    window.go_to(results)
    look_up_on(qtbot, window, settings, fixed_answer_server, json.dumps(answer).encode())
    view = results.view
    assert not results.error_panel.isVisibleTo(results) and view.headline.text()
    answer_fits(results, [results.looked_up_label, view.headline, view.reason_label, view.facts_label])
    form = results.splitter.widget(0)
    assert isinstance(form, QScrollArea)
    for control in form.widget().findChildren(QWidget):
        if isinstance(control, (QLineEdit, QComboBox, QAbstractButton)) and control.isVisibleTo(form.widget()):
            assert within(control, form.viewport()), control.objectName()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform, for the list's popup
@pytest.mark.parametrize("size", [(800, 600), (1024, 600)])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_choice_of_images_reads_whole_and_the_answer_gets_the_room_the_form_does_not_use(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, fixed_answer_server, language: str, size: tuple[int, int],
        request) -> None:
    """At 800 px the closed choice of images was cut off ("1 — the best frame (image_b"); at 1024 px the form kept
    470 px, most of it empty, beside an answer squeezed into 378. The closed box says each choice in short (whole in
    its list and its tooltip), and where there is room the form is as wide as its rows, the answer taking the rest."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea, QStyle, QStyleOptionComboBox

    if language == "zh_CN":
        request.getfixturevalue("chinese")  # before the pages are built: each is built the first time it is shown
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=5_000)
    results = window.liveness_page
    window.go_to(results)
    look_up_on(qtbot, window, settings, fixed_answer_server,
               (FIXTURES / "get_result_success.json").read_text("utf-8").encode())
    box, form = results.image_type_box, results.splitter.widget(0)
    assert isinstance(form, QScrollArea)

    def shown_whole() -> bool:
        """The closed box's text within its text field, and the box within the form's column."""
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, box)
        left = box.mapTo(form.viewport(), QPoint(0, 0)).x()
        return (box.fontMetrics().horizontalAdvance(option.currentText) <= field.width()
                and left >= 0 and left + box.width() <= form.viewport().width())

    for index in range(box.count()):
        box.setCurrentIndex(index)
        qtbot.waitUntil(shown_whole, timeout=3_000)
        assert box.toolTip() == box.itemText(index)  # the whole choice
    assert "image_best" in box.itemText(1)  # the list says each choice whole, the parameter's words too
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible, timeout=3_000)
    assert view.viewport().width() >= max(view.fontMetrics().horizontalAdvance(box.itemText(row))
                                          for row in range(box.count()))
    box.hidePopup()
    if size[0] >= 1024:  # the form as wide as its rows: the answer has the larger share
        form_width, answer_width = results.splitter.sizes()
        assert answer_width > form_width, (form_width, answer_width)


@pytest.mark.parametrize("pasted", ["applicant-16\n", "  applicant-16\t", "\r\napplicant-16 "])
def test_a_uuid_pasted_with_spaces_or_a_line_break_around_it_is_sent_without_them(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, history: LazyHistoryStore, faces: Path, pasted: str) -> None:
    """As on the Verify page: since a uuid with a control character is refused, one copied with its line break was
    refused here and on the session page while Verify took it."""
    token = window.token_page
    token.compare_radio.setChecked(True)
    token.uuid_edit.setText(pasted)
    token.slots["image_ref1"].set_file(faces / "obama_2.jpg")
    qtbot.waitUntil(lambda: token.slots["image_ref1"].photo is not None, timeout=30_000)
    assert token.build_request().uuid == "applicant-16"
    with qtbot.waitSignal(token.finished, timeout=60_000):
        token.send_button.click()
    assert token.token is not None and not token.error_panel.isVisible(), token.error_panel.explanation.text()
    assert not token.uuid_field.problem.text()

    session = window.session_page
    session.compare_radio.setChecked(True)
    session.uuid_edit.setText(pasted)
    session.slots["image_ref1"].set_file(faces / "obama_2.jpg")
    qtbot.waitUntil(lambda: session.slots["image_ref1"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(session.finished, timeout=60_000):
        session.start_button.click()
    assert session.token is not None and session.error_panel.isHidden(), session.error_panel.explanation.text()
    assert not session.uuid_field.problem.text()
    sent = history.get().history.page(HistoryFilter(uuid="applicant-16"), 0, 10)
    assert sorted(entry.kind for entry in sent) == sorted([CallKind.GET_BIZ_TOKEN, CallKind.GET_TOKEN])
    assert {entry.uuid for entry in sent} == {"applicant-16"}


#: A callback's data as FaceID posts it, to paste beside something wrong.
DATA_OK = json.dumps({"biz_id": "1700000000,ok", "liveness_result": {"result": "success"}}, separators=(",", ":"))


@pytest.mark.parametrize(("paste", "words"), [
    ('{"data": "' + "[" * 100_000 + "]" * 100_000 + '", "sign": "' + "a" * 40 + '"}',
     "The data is nested too deeply to read (over 100 levels): FaceID's data is a few levels deep, so this is not a "
     "callback as FaceID sends it. Check where it came from."),
    ('{"data": ' + "[" * 100_000 + "]" * 100_000 + ', "sign": "' + "a" * 40 + '"}',
     "The pasted JSON is nested too deeply to read (over 100 levels)."),
    ("data=" + quote('{"a":' * 100_000 + "1" + "}" * 100_000) + "&sign=" + "a" * 40,
     "The data is nested too deeply to read (over 100 levels)"),
])
def test_a_paste_nested_too_deeply_is_refused_in_the_window_s_words_not_a_crash(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, paste: str, words: str) -> None:
    """100,000 levels of [ raised RecursionError in the JSON parser: the "Unexpected error" dialog, then "Nothing
    checked yet" (the window's crash reporter fails this test should it be reached)."""
    inspector = window.inspector_page
    check(qtbot, inspector, paste)
    panel = inspector.error_panel
    assert not panel.isHidden() and panel.headline.text() == "The paste cannot be checked"
    assert panel.explanation.text().startswith(words), panel.explanation.text()


def test_a_received_callback_nested_too_deeply_or_not_utf8_is_listed_in_the_window_s_words(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """The receiver's check raised RecursionError on data 100,000 levels deep; data whose percent-encoding is not
    UTF-8 was "not a form"."""
    page = window.session_page
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": "[" * 100_000 + "]" * 100_000, "sign": "0" * 40},
                      timeout=10)
    text = page.callback_list.item(0).text()
    assert ("SIGNATURE INVALID · The data is nested too deeply to read (over 100 levels): FaceID's data is a few "
            "levels deep") in text, text
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data=b"data=%FF%FE%7B%7D&sign=" + b"0" * 40, timeout=10,
                      headers={"Content-Type": "application/x-www-form-urlencoded"})
    text = page.callback_list.item(0).text()
    assert text.endswith("not a callback: its data field is not UTF-8 text once percent-decoded"), text


#: What to do about a paste: copy it again; with data and sign, where one was missing; as it arrived, where it was
#: re-serialised; one callback, where there were two.
AGAIN = "Copy the whole callback again, exactly as it arrived, and paste it here."
AGAIN_BOTH = "Copy the whole callback again, data and sign, exactly as it arrived, and paste it here."
ONE = "Paste one callback, exactly as it arrived."


@pytest.mark.parametrize(("paste", "words", "step"), [
    (f"data={quote(DATA_OK)}&sign={'0' * 40}&sign={'1' * 40}", "The paste has 2 sign fields.", ONE),
    (f"data={quote(DATA_OK)}&data={quote(DATA_OK)}&sign={'0' * 40}", "The paste has 2 data fields.", ONE),
    ('{"data": ' + json.dumps(DATA_OK) + f', "sign": "{"0" * 40}", "sign": "{"1" * 40}"}}',
     "The paste has 2 sign fields.", ONE),
    (f"data: {DATA_OK}\nsign: {'0' * 40}\nsign: {'1' * 40}", "The paste has 2 sign fields.", ONE),
    ("data=%FF%FE%7B%7D&sign=" + "a" * 40,
     "The data holds percent-encoded bytes that are not UTF-8 text: FaceID posts UTF-8, so the paste is damaged or it "
     "is not a callback from FaceID.", AGAIN),
    # Refused still, saying what was found: it was "The paste has no data field." / "This is not a callback in any
    # shape the inspector knows (…)." with nothing of what was pasted.
    (f"curl -d 'data={quote(DATA_OK)}&sign={'0' * 40}' https://shop.example/notify",
     "The paste has no data field; the fields found are: curl -d 'data, sign.", AGAIN_BOTH),
    ("hello there\nsecond line",
     "This is not a callback in any shape the inspector knows (form body, data and sign lines, JSON, or return_url). "
     "The paste begins: hello there", AGAIN),
    ('{"data": ' + json.dumps(DATA_OK)[:-5], "The pasted JSON is cut off or malformed.", AGAIN),
    (json.dumps({"data": json.loads(DATA_OK), "sign": "0" * 40}),
     "The data is an object here, not the JSON text FaceID posted and signed.",
     "Paste the callback as it arrived, with data as a quoted string."),
    (f"data={quote(DATA_OK)}", "The paste has no sign field; the fields found are: data.", AGAIN_BOTH),
])
def test_the_inspector_says_what_is_wrong_with_the_part_it_names(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, paste: str, words: str, step: str) -> None:
    """Two sign fields read "the sign is not 40 hexadecimal characters", two data fields "the data is cut off",
    non-UTF-8 data "not a callback in any shape"; JSON kept the last sign and the lines the first. What to do is said
    once, under the problem: "… Paste the whole callback, data and sign, exactly as it arrived." was followed by "What
    to do: Copy the whole callback again, exactly as it arrived …"."""
    inspector = window.inspector_page
    check(qtbot, inspector, paste)
    panel = inspector.error_panel
    assert not panel.isHidden() and panel.explanation.text() == words
    assert panel.next_label.text() == f"What to do: {step}"
    assert not advice_in_both(panel.explanation.text(), panel.next_label.text())
    assert inspector.callback is None and inspector.signature_valid is None


@pytest.mark.parametrize("shape", [
    "?data={data}&sign={sign}",  # a query copied with its "?"
    "{raw}\n{sign}",  # data and sign on two lines, as the page's intro offers them
    "{sign}\r\n{raw}\r\n",
])
def test_the_inspector_reads_the_common_shapes_it_refused(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, shape: str) -> None:
    """Each was refused as having no data field, or as "not a callback in any shape", though the data was there."""
    sign = hashlib.sha1((secret_of(window) + DATA_OK).encode()).hexdigest()
    inspector = window.inspector_page
    check(qtbot, inspector, shape.format(data=quote(DATA_OK), raw=DATA_OK, sign=sign))
    assert inspector.error_panel.isHidden(), inspector.error_panel.explanation.text()
    assert inspector.signature_valid is True and inspector.callback is not None
    assert inspector.callback.data == DATA_OK


def test_a_number_of_5000_digits_is_named_as_a_field_out_of_range_beside_the_signature_verdict(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """Valid JSON, over Python's limit for an integer's digits: it was "the data is cut off or not JSON"."""
    digits = "9" * 5_000
    data = '{"biz_id":"1700000000,big","verify_result":{"result_ref1":{"confidence":' + digits + ',"thresholds":{}}}}'
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    inspector = window.inspector_page
    check(qtbot, inspector, f"data={quote(data)}&sign={sign}")
    view = inspector.view
    assert inspector.error_panel.isHidden() and inspector.signature_valid is True
    assert view.signature_label.text().startswith("✔ Signature valid")
    assert view.headline.text() == "A field of the callback's data is malformed"
    assert view.reason_label.text().startswith(
        "The field verify_result.result_ref1.confidence should be a finite number, but it is a number: 9999")
    assert "(4,800 more characters)" in view.reason_label.text()


def test_the_signature_verdict_stays_when_the_answer_is_shown_again_while_the_inspector_is_not_on_show(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """Settings opened and cancelled from another page judge the answer on show again; so does a check that ends
    after the reviewer moved on. Both hid the "✔ Signature valid" line: the verified answer read as an unverified
    one (the line's visibility was read while the page was hidden)."""
    from faceid_console.ui.settings_dialog import SettingsDialog

    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    data = json.dumps({**answer, "images": {}})
    malformed = json.dumps({"biz_id": "1700000000,odd", "status": 5})
    inspector, other = window.inspector_page, window.verify_page
    view = inspector.view

    def go_to(page) -> None:  # type: ignore[no-untyped-def]
        window.go_to(page)
        qtbot.waitUntil(lambda: window.current_page() is page, timeout=5_000)

    def signed(body: str) -> str:
        return f"data={quote(body)}&sign={hashlib.sha1((secret_of(window) + body).encode()).hexdigest()}"

    go_to(inspector)
    check(qtbot, inspector, signed(data))
    assert view.signature_label.isVisibleTo(inspector) and view.signature_label.text().startswith("✔ Signature valid")
    go_to(other)
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.reject()  # judged again at the level set: the inspector's answer too, off screen
    go_to(inspector)
    assert view.result is not None and view.headline.text() == "Attack suspected: Synthetic face"
    assert view.signature_label.isVisibleTo(inspector) and view.signature_label.text().startswith("✔ Signature valid")

    for body in (data, malformed):  # a readable answer, and one with a malformed field
        inspector.paste_edit.setPlainText(signed(body))
        with qtbot.waitSignal(inspector.finished, timeout=30_000):
            inspector.check_button.click()
            go_to(other)  # before the worker has answered
        go_to(inspector)
        assert view.signature_label.isVisibleTo(inspector), body
        assert view.signature_label.text().startswith("✔ Signature valid"), body
    assert view.headline.text() == "A field of the callback's data is malformed"


def tree_rows(tree) -> list:  # type: ignore[no-untyped-def]
    """Every row of a QTreeWidget, nested ones too, in the order shown."""
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    rows, it = [], QTreeWidgetItemIterator(tree)
    while it.value() is not None:
        rows.append(it.value())
        it += 1
    return rows


def test_a_callback_with_thousands_of_fields_and_answers_draws_a_bounded_part_and_counts_the_rest(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """60,000 idcard_info fields froze the window for two minutes when checked a second time (each row a tree item,
    cleared one by one), 20,000 will_result answers for 17 s on the first: at most IDCARD_ROWS rows and WILL_ITEMS
    answers are drawn, signed or not, the rest counted; the answer's JSON, written on a worker, has them all."""
    import threading

    from faceid_console.ui.widgets import liveness_view
    from faceid_console.ui.widgets.liveness_view import IDCARD_ROWS, JSON_LINES, WILL_ITEMS

    writers: list[threading.Thread] = []
    real = liveness_view.answer_json

    def watched(raw):  # type: ignore[no-untyped-def]
        writers.append(threading.current_thread())
        return real(raw)

    monkeypatch.setattr(liveness_view, "answer_json", watched)
    # A nested object first (drawn whole), then 3,000 fields: 197 of them fit under the bound.
    fields: dict[str, object] = {"front_side": {"name": "奥巴马", "quality": 0.9}}
    fields.update({f"field_{i}": i for i in range(3_000)})
    wills = [{"result": "PASS", "will_error_message": ""}] * 500
    data = json.dumps({"biz_id": "1700000000,many", "liveness_result": {"result": "success"},
                       "idcard_info": fields, "will_result": wills})
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    inspector = window.inspector_page
    view = inspector.view
    for signed in (sign, "0" * 40):
        for _ in range(2):  # a second check clears the first's rows
            check(qtbot, inspector, f"data={quote(data)}&sign={signed}")
            assert inspector.signature_valid is (signed == sign)
            rows = tree_rows(view.idcard_tree)
            assert len(rows) == IDCARD_ROWS + 1
            assert [r.text(0) for r in rows[:3]] == ["front_side", "name", "quality"]
            assert rows[-2].text(0) == f"field_{IDCARD_ROWS - 4}"
            assert rows[-1].text(0) == (f"… and {3_001 - (IDCARD_ROWS - 2):,} more, not shown here: the answer's JSON "
                                        "has them all") and rows[-1].isFirstColumnSpanned()
            lines = view.will_label.text().split("<br>")
            assert len(lines) == WILL_ITEMS + 1 and lines[0] == "Result: passed (PASS)"
            assert lines[-1] == f"… and {500 - WILL_ITEMS:,} more, not shown here: the answer's JSON has them all"
        if signed != sign:  # what a forged callback claims stays folded away until asked for
            assert not view.idcard_box.isVisibleTo(inspector)
            view.claims_toggle.setChecked(True)
        assert view.idcard_box.isVisibleTo(inspector) and view.will_box.isVisibleTo(inspector)

        view.json_toggle.setChecked(True)
        if signed == sign:
            qtbot.waitUntil(view.copy_json.isEnabled, timeout=10_000)
        else:  # in the Details of what it claims, greyed with them (its toggle always was): written all the same
            qtbot.waitUntil(lambda: view.raw_json.toPlainText() != "Writing the answer's JSON…", timeout=10_000)
            assert not any(part.isEnabled() for part in (view.json_toggle, view.copy_json, view.raw_json))
        shown = view.raw_json.toPlainText().split("\n")
        assert len(shown) == JSON_LINES + 1
        assert re.fullmatch(r"… [\d,]+ more lines, not shown here: Copy JSON copies all of them", shown[-1]), shown[-1]
        if signed == sign:
            view.copy_json.click()
            copied = json.loads(QGuiApplication.clipboard().text())
            assert copied["idcard_info"] == fields and copied["will_result"] == wills
        view.json_toggle.setChecked(False)
    assert writers and all(thread is not threading.main_thread() for thread in writers)


def test_the_json_on_show_is_the_answer_s_on_show_when_another_comes_while_it_is_written(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop) -> None:
    """The JSON is written on a worker: an answer shown while the last one's is written gets its own, not that one."""
    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.widgets.liveness_view import LivenessView

    view = LivenessView("en")
    qtbot.addWidget(view)
    first, second = (LivenessSessionResult.parse({"biz_id": biz_id, "liveness_result": {"result": "success"}})
                     for biz_id in ("1700000000,first", "1700000000,second"))
    view.show_result(first, "1e-4")
    view.json_toggle.setChecked(True)
    assert view.raw_json.toPlainText() == "Writing the answer's JSON…" and not view.copy_json.isEnabled()
    view.show_result(second, "1e-4")  # before the first one's is written
    qtbot.waitUntil(view.copy_json.isEnabled, timeout=10_000)
    qtbot.wait(100)  # nothing written after
    assert json.loads(view.raw_json.toPlainText())["biz_id"] == "1700000000,second"
    view.copy_json.click()
    assert QGuiApplication.clipboard().text() == view.raw_json.toPlainText()


def test_a_look_up_with_no_answer_says_it_was_not_billed_but_may_have_used_the_result_up(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch) -> None:
    """It said "Billing unknown: the call may have been processed … check with your team before sending again", a
    verify's words: fetching is free, and the risk is another one (only the first fetch gets the result)."""
    from faceid_console.api import FaceIDClient, FaceIDError
    from faceid_console.api.errors import ErrorOrigin

    def no_answer(client: FaceIDClient, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise FaceIDError("NETWORK_TIMEOUT", origin=ErrorOrigin.TRANSPORT,
                          message=f"no answer from {client.base_url} within 65 s")

    monkeypatch.setattr(FaceIDClient, "get_result", no_answer)
    page = window.liveness_page
    page.biz_edit.setText("1700000000,slow-host")
    with qtbot.waitSignal(page.finished, timeout=30_000):
        page.fetch_button.click()
    panel = page.error_panel
    assert panel.billed_label.text().startswith("Not billed: fetching a result is free.")
    assert "only the first fetch gets it" in panel.billed_label.text()
    # Its explanation said "may still have been processed (and billed)" above that.
    assert panel.explanation.text() == ("The service did not answer in time. FaceID may still have answered this "
                                        "look-up and given it the result (it gives a result only once), so it is not "
                                        "sent again automatically.")
    assert "look for the session's callback in History" in panel.next_label.text()
    assert page.fetch_button.isEnabled()


def test_a_comparison_with_no_score_is_said_so_and_recorded_as_not_compared(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, fixed_answer_server, history: LazyHistoryStore) -> None:
    """"verify_result": {} (no score, no error) was drawn as an empty comparison and recorded with no verdict: a
    reviewer could read the passed liveness alone as the answer."""
    answer = {**json.loads((FIXTURES / "get_result_success.json").read_text("utf-8")), "biz_id": ASKED_BIZ_ID,
              "verify_result": {}}
    answer.pop("biz_info", None)
    results = look_up_on(qtbot, window, settings, fixed_answer_server, json.dumps(answer).encode())
    view = results.view
    assert results.error_panel.isHidden() and view.isVisibleTo(results)
    assert view.result_view.isHidden() and "carries no score" in view.no_verify_label.text()
    entries = history.get().history.page(HistoryFilter(kinds=(CallKind.GET_RESULT,)), 0, 10)
    assert [e.verdict for e in entries] == ["not_compared"]


def test_a_session_started_on_another_profile_does_not_lose_the_callbacks_listed_for_this_one(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, connector, settings, faces: Path) -> None:
    """Any new session started on the other profile threw away the callbacks to list again on this one."""
    from faceid_console.credentials import save as save_credentials
    from faceid_console.ui.connection import ServiceState

    from .conftest import custom_profile

    page = window.session_page
    start_session(qtbot, window, faces)
    data = json.dumps({"biz_id": "1700000000,kept", "liveness_result": {"result": "success"}})
    sign = hashlib.sha1((secret_of(window) + data).encode()).hexdigest()
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": data, "sign": sign}, timeout=5)
    custom_profile(settings, "lab", connector.engine_url)
    engine = window.connection.client
    assert engine is not None
    save_credentials("lab", engine._credentials)

    def switch(name: str) -> None:
        window.connection.switch_to(name)
        qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)

    switch("lab")
    assert page.callback_list.count() == 0
    page.use_receiver.setChecked(False)  # lab is a custom host: its sessions post to their own notify_url
    page.notify_edit.setText("http://127.0.0.1:9/notify")
    page.return_edit.setText("http://127.0.0.1:9/return")
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.start_button.click()
    assert page.token is not None, page.error_panel.explanation.text()  # a session of lab's own
    switch("local-engine")
    assert page.callback_list.count() == 1 and "1700000000,kept" in page.callback_list.item(0).text()


def test_app_token_s_error_put_back_does_not_mark_a_field_corrected_before_the_switch(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """What the fields held was taken when the error went off at the switch, not when it was marked: a field
    corrected before the switch was marked again when the error came back."""
    from faceid_console.ui.connection import ServiceState

    def switch(name: str) -> None:
        window.connection.switch_to(name)
        qtbot.waitUntil(lambda: window.connection.state is not ServiceState.STARTING, timeout=60_000)

    page = window.token_page
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText("")
    page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
    qtbot.waitUntil(lambda: page.slots["image_ref1"].photo is not None, timeout=30_000)
    page.send_button.click()
    assert page.error_panel.isVisibleTo(page) and page.uuid_field.problem.text()
    page.uuid_edit.setText("applicant-30")  # corrected before the switch
    switch("cloud-sgp")
    switch("local-engine")
    assert page.error_panel.isVisibleTo(page) and not page.uuid_field.problem.text()


def test_callbacks_checked_with_credentials_since_stored_anew_or_forgotten_are_not_listed_again(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, connector, settings) -> None:
    """On "lab", its wrong api_secret refused a callback's signature; the reviewer switched away, stored the right
    one for "lab" in Settings and switched back: the callback was listed again as forged, judged with a secret the
    profile no longer had."""
    from faceid_console.api import Credentials
    from faceid_console.credentials import save as save_credentials
    from faceid_console.ui.connection import ServiceState

    from .conftest import custom_profile
    from .helpers import change_credentials_in_settings

    page = window.session_page
    assert page.receiver.running and window.connection.client is not None
    url, right = page.receiver.notify_url, window.connection.client._credentials
    custom_profile(settings, "lab", connector.engine_url)
    save_credentials("lab", Credentials(right.api_key, "a-wrong-api-secret"))

    def switch(name: str, state: ServiceState = ServiceState.READY) -> None:
        window.connection.switch_to(name)
        qtbot.waitUntil(lambda: window.connection.profile.name == name and window.connection.state is state,
                        timeout=60_000)

    def post(biz_id: str) -> None:  # signed by the engine's account: the right secret
        data = json.dumps({"biz_id": biz_id, "liveness_result": {"result": "success"}})
        sign = hashlib.sha1((right.api_secret + data).encode()).hexdigest()
        with qtbot.waitSignal(page.callback_received, timeout=10_000):
            requests.post(url, data={"data": data, "sign": sign}, timeout=5)

    switch("lab")  # the receiver listens on: what comes now is checked with lab's secret
    post("1700000000,before")
    assert page.callback_list.count() == 1 and "SIGNATURE INVALID" in page.callback_list.item(0).text()
    switch("local-engine")
    assert page.callback_list.count() == 0
    change_credentials_in_settings(qtbot, window, "lab", right.api_key, right.api_secret)
    switch("lab")
    assert page.callback_list.count() == 0 and page.received == []

    post("1700000000,after")  # checked with the secret stored: listed again after a switch
    assert page.callback_list.count() == 1 and "signature valid" in page.callback_list.item(0).text()
    switch("local-engine")
    switch("lab")
    assert page.callback_list.count() == 1 and "1700000000,after" in page.callback_list.item(0).text()

    change_credentials_in_settings(qtbot, window, "lab")  # Forget, with lab in the top bar: opened again, unusable
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.FAILED, timeout=60_000)
    assert page.callback_list.count() == 1  # still on show, as it was
    switch("local-engine")
    switch("lab", ServiceState.FAILED)
    assert page.callback_list.count() == 0 and page.received == []


#: An H5 callback's data (h5-callbacks) whose liveness check passed with no attack suspected; its verify_result and
#: will_result are each test's.
H5_PASSED: dict = {
    "status": "OK", "biz_info": {"biz_id": "1700000000,h5-session", "biz_no": "order-h5"},
    "liveness_result": {"result": "PASS", "procedure_type": "will", "face_genuineness": {
        "synthetic_face_confidence": 0.1, "synthetic_face_threshold": 0.5, "mask_confidence": 0.1,
        "mask_threshold": 0.5, "screen_replay_confidence": 0.0, "screen_replay_threshold": 0.5}}}
H5_THRESHOLDS = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.9}


def h5_score(confidence: float) -> dict:
    return {"confidence": confidence, "thresholds": H5_THRESHOLDS}


def signed(window: MainWindow, data: dict) -> tuple[str, str]:
    """``data`` as a callback posts it, and its sign with the connected profile's api_secret."""
    text = json.dumps(data)
    return text, hashlib.sha1((secret_of(window) + text).encode()).hexdigest()


def check_signed(qtbot, window: MainWindow, data: dict) -> None:  # type: ignore[no-untyped-def]
    text, sign = signed(window, data)
    check(qtbot, window.inspector_page, f"data={quote(text)}&sign={sign}")
    assert window.inspector_page.signature_valid is True


def post_signed(qtbot, window: MainWindow, data: dict) -> None:  # type: ignore[no-untyped-def]
    """Post ``data`` to the session page's notify_url, signed, as FaceID does."""
    page = window.session_page
    text, sign = signed(window, data)
    with qtbot.waitSignal(page.callback_received, timeout=10_000):
        requests.post(page.receiver.notify_url, data={"data": text, "sign": sign}, timeout=5)


def test_an_h5_callback_s_comparison_error_is_shown_in_red_with_its_code_billing_and_a_new_session_to_start(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, connector, history: LazyHistoryStore) -> None:
    """"verify_result": {"error_message": "NO_SUCH_ID_NUMBER"} was headed by a green "Liveness passed" over "The
    answer's comparison (verify_result) carries no score": the code, what it means and its billing never shown."""
    from faceid_console.ui.texts import error_title

    inspector = window.inspector_page
    view = inspector.view
    panel = view.result_view.error_panel
    expected = {  # h5-callbacks: the first two "此错误会产生计费"; DATA_SOURCE_ERROR "建议停止业务,并立即联系FaceID客服"
        "NO_SUCH_ID_NUMBER": ("Billed: ", "Check the ID number this session was started with"),
        "ID_NUMBER_NAME_NOT_MATCH": ("Billed: ", "Check the name this session was started with"),
        "DATA_SOURCE_ERROR": ("Not billed: ", "Stop KYC checks and contact FaceID support"),
        "INTERNAL_ERROR": ("Not billed: ", "start a new session (get_token)"),
    }
    engine_profile = window.connection.profile.name
    use_billed_profile(qtbot, window, connector)  # a charged profile: FaceID's billing tables apply
    for code, (billed, step) in expected.items():
        check_signed(qtbot, window, {**H5_PASSED, "verify_result": {"error_message": code}})
        assert view.headline.text() == f"Liveness passed, but the comparison failed: {error_title(code)} ({code})"
        assert view.banner.edge() == colours.FAIL and text_colour(view.headline) == colours.FAIL
        assert view.no_verify_label.isHidden()  # not "carries no score"
        assert panel.isVisibleTo(inspector) and panel.headline.text() == "The comparison failed"
        assert panel.code_label.text() == code
        assert panel.explanation.text() == explain(code, "", "en", session_comparison=True)
        assert panel.billed_label.text().startswith(billed), (code, panel.billed_label.text())
        # Once only: a session's comparison is not run again, so never "send again".
        assert step in panel.next_label.text() and "send again" not in panel.next_label.text().lower(), code
        assert window.statusBar().currentMessage().endswith(view.headline.text())
    # A session of the built-in engine (signed with its secret) is never said to be billed: it said "Billed: …".
    from faceid_console.ui.connection import ServiceState

    window.connection.switch_to(engine_profile)
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)
    check_signed(qtbot, window, {**H5_PASSED, "verify_result": {"error_message": "NO_SUCH_ID_NUMBER"}})
    assert panel.billed_label.text() == "Not billed: the built-in engine charges nothing."
    view.rejudge("1e-5")  # judged again at another policy level: still the built-in engine's (it said "Billed: …")
    assert panel.billed_label.text() == "Not billed: the built-in engine charges nothing."

    # Received on the session page: listed and recorded as the failed comparison it is, in red.
    post_signed(qtbot, window, {**H5_PASSED, "verify_result": {"error_message": "NO_SUCH_ID_NUMBER"}})
    item = window.session_page.callback_list.item(0)
    assert "signature valid · liveness passed; comparison failed: NO_SUCH_ID_NUMBER" in item.text()
    assert item.foreground().color().name() == colours.FAIL.name()
    qtbot.waitUntil(lambda: [e.verdict for e in history.get().history.page(
        HistoryFilter(kinds=(CallKind.CALLBACK_CHECK,)), 0, 10)] == ["comparison_failed"], timeout=10_000)


@pytest.mark.parametrize(("verify_result", "headline", "colour", "verdict"), [
    ({"error": "INTERNAL_ERROR"}, "Liveness passed, but the comparison failed: FaceID internal error "
                                  "(INTERNAL_ERROR)", colours.FAIL, "comparison_failed"),
    ({"error": "VERIFY_API_FAILED"}, "Liveness passed, but the comparison failed: Comparison failed "
                                     "(VERIFY_API_FAILED)", colours.FAIL, "comparison_failed"),
    ({"result_faceid": h5_score(65.0)}, "Liveness passed: needs review — the face is not confirmed at your policy "
                                        "level (1‑in‑10,000)", colours.CAUTION, "not_confirmed"),
    ({"result_faceid": h5_score(85.0), "id_exceptions": {"id_attacked": 1, "id_photo_monochrome": 0}},
     "Liveness passed: needs review — this ID number has been used in attacks", colours.CAUTION, "id_attacked"),
    ({"result_faceid": h5_score(20.0)}, "Liveness passed, but not the same person", colours.FAIL, "no_match"),
    ({"result_faceid": h5_score(85.0)}, "Liveness passed: a live person did the check", colours.PASS, "match"),
])
def test_the_results_page_heads_a_passed_liveness_by_the_session_s_verdict_as_history_records_it(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, fixed_answer_server, history: LazyHistoryStore,
        verify_result: dict, headline: str, colour, verdict: str) -> None:
    """A comparison below the policy level, on an ID number used in attacks, or one that failed kept a green
    "Liveness passed" headline and status line, while History recorded "Not confirmed" or "ID used in attacks"."""
    answer = {**json.loads((FIXTURES / "get_result_success.json").read_text("utf-8")), "images": {},
              "biz_id": ASKED_BIZ_ID, "verify_result": verify_result}
    results = look_up_on(qtbot, window, settings, fixed_answer_server, json.dumps(answer).encode())
    view = results.view
    assert results.error_panel.isHidden() and view.headline.text() == headline
    assert view.banner.edge() == colour and text_meaning(view.headline) == colour
    # A dash, not a second colon before the headline's own ("…saved: Liveness passed: a live person…").
    assert window.statusBar().currentMessage() == f"Liveness result received and saved — {headline}"
    assert glued(window.statusBar().currentMessage()) == []
    entries = history.get().history.page(HistoryFilter(kinds=(CallKind.GET_RESULT,)), 0, 10)
    assert [e.verdict for e in entries] == [verdict]
    if verdict == "comparison_failed":  # get_result's one answer is given: the remedy is a new session
        step = view.result_view.error_panel.next_label.text()
        assert "start a new session (get_token)" in step and "send again" not in step.lower()
        billed = view.result_view.error_panel.billed_label.text()
        assert billed.startswith("Billing not known" if "VERIFY_API_FAILED" in headline else "Not billed: ")


def test_an_id_card_photo_below_the_policy_level_is_no_same_person(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """result_faceid 85 with result_idcard_datasource 60 (below every threshold) was shown as "Same person" in green:
    the ID card photographed did not match the data source's photo, and nothing said so."""
    check_signed(qtbot, window, {**H5_PASSED, "verify_result": {
        "error_message": None, "result_faceid": h5_score(85.0), "result_idcard_photo": h5_score(85.0),
        "result_idcard_datasource": h5_score(60.0), "id_exceptions": {"id_attacked": 0, "id_photo_monochrome": 0}}})
    view = window.inspector_page.view
    assert view.headline.text() == "Liveness passed: needs review — the photos disagree"
    assert view.banner.edge() == colours.CAUTION and text_meaning(view.headline) == colours.CAUTION
    comparison = view.result_view
    assert comparison.headline.text() == "Needs review: the photos disagree"
    assert text_meaning(comparison.headline) == colours.CAUTION
    disagreement = comparison.disagreement.text()
    assert "ID card photo vs data source photo (60.00)" in disagreement and "check the card itself" in disagreement
    assert list(comparison.score_rows) == ["result_faceid", "result_idcard_photo", "result_idcard_datasource"]


def test_a_failed_spoken_consent_heads_the_session_in_red_over_its_comparison(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """will_result FAIL (ANSWER_INCONSISTENT) was plain text at the foot of a green "Liveness passed" and "Same
    person": the consent a "will" session's liveness check rests on had failed."""
    data = {**H5_PASSED, "verify_result": {"result_faceid": h5_score(85.0)},
            "will_result": [{"will_error_message": "ANSWER_INCONSISTENT", "result": "FAIL"}]}
    check_signed(qtbot, window, data)
    view = window.inspector_page.view
    assert view.headline.text() == "Liveness passed, but the spoken consent failed"
    assert view.banner.edge() == colours.FAIL and text_colour(view.headline) == colours.FAIL
    assert f"(will_result, ANSWER_INCONSISTENT): {explain('ANSWER_INCONSISTENT', '', 'en')}" in view.reason_label.text()
    assert text_colour(view.will_label) == colours.FAIL
    # The comparison's own "Same person" stays, greyed and named as the comparison's alone.
    assert view.result_view.headline.text().startswith("Same person: above the")
    assert view.result_view.headline.text().endswith(" — face comparison only")
    assert text_colour(view.result_view.headline) == colours.NEUTRAL
    post_signed(qtbot, window, data)
    item = window.session_page.callback_list.item(0)
    assert "signature valid · liveness passed; spoken consent failed" in item.text()
    assert item.foreground().color().name() == colours.FAIL.name()


@pytest.mark.parametrize(("language", "reason", "status"), [
    ("en", "Reason (NEW_REASON): FaceID's documents do not list this code.",
     ("Session status (NEW_STATUS): FaceID's documents do not list this code.",
      "Failure reason (NEW_FAIL): FaceID's documents do not list this code.")),
    ("zh_CN", "原因（NEW_REASON）：FaceID 文档中未列出此代码。",
     ("会话状态（NEW_STATUS）：FaceID 文档中未列出此代码。", "失败原因（NEW_FAIL）：FaceID 文档中未列出此代码。"))])
def test_a_code_no_document_lists_is_named_once_in_a_session_s_reason_and_status(  # type: ignore[no-untyped-def]
        qapp, language: str, reason: str, status: tuple[str, ...]) -> None:
    """The code heads its line, so "Reason (X): Unknown error: X" named it twice and said nothing more."""
    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.translations import install_translator
    from faceid_console.ui.widgets.liveness_view import liveness_outcome

    data = {"status": "NEW_STATUS", "fail_reason": "NEW_FAIL", "biz_info": {"biz_id": "1,new"},
            "liveness_result": {"result": "FAIL", "failure_reason": "NEW_REASON"}}
    translators = install_translator(qapp, language)
    try:
        outcome = liveness_outcome(LivenessSessionResult.parse(data), language, "1e-4")
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert (outcome.reason, outcome.status) == (reason, status)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Spoken consent (will_result, NEW_CODE): FaceID's documents do not list this code. Do not accept the "
           "applicant on this session."),
    ("zh_CN", "意愿确认（will_result，NEW_CODE）：FaceID 文档中未列出此代码。请勿凭此次会话认可该申请人。")])
def test_a_failed_spoken_consent_with_an_unknown_code_reads_as_two_sentences(  # type: ignore[no-untyped-def]
        qapp, language: str, expected: str) -> None:
    """Review: an unknown code's explanation ("Unknown error: X") has no full stop, and ran into the advice; and it
    named the code a second time."""
    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.translations import install_translator
    from faceid_console.ui.widgets.liveness_view import liveness_outcome

    data = {**H5_PASSED, "verify_result": {"result_faceid": h5_score(85.0)},
            "will_result": [{"will_error_message": "NEW_CODE", "result": "FAIL"}]}
    translators = install_translator(qapp, language)
    try:
        outcome = liveness_outcome(LivenessSessionResult.parse(data), language, "1e-4")
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert outcome.reason == expected
