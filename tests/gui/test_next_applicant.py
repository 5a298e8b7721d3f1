"""One step from one applicant to the next on the Verify page (File → New applicant, Ctrl+N)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from faceid_console.engine.registry import KycRegistry
from faceid_console.store import DecisionKind
from faceid_console.ui.colours import CAUTION, text_meaning
from faceid_console.ui.main_window import MainWindow

from .conftest import answer_question
from .helpers import KYC_NAME, KYC_NUMBER, click_radio, decision_on, fill_compare, submit_with_keyboard


def press_ctrl_n(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)  # shortcuts need the window active
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def form_is_empty(window: MainWindow) -> bool:
    page = window.verify_page
    return (not page.name_edit.text() and not page.number_edit.text() and not page.uuid_edit.text()
            and not any(slot.has_photo or slot.busy or slot.refusal for slot in page.slots.values()))


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform, for the question's dialog
def test_new_applicant_empties_the_form_and_the_answer_asking_first_only_while_it_is_undecided(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, connector, history, faces: Path) -> None:
    """The reviewer cleared two fields and four photo slots by hand after each applicant, and a reference photo left
    in its slot went with the next applicant's KYC call: another person's photo sent to FaceID and journaled under
    the new applicant."""
    registry = KycRegistry(connector.engine_dir)
    registry.add(KYC_NUMBER, KYC_NAME, (faces / "obama_3.jpg").read_bytes())
    try:
        page = window.verify_page
        file_menu = window.menuBar().actions()[0].menu()
        assert file_menu.actions()[0] is page.new_applicant_action
        assert (page.new_applicant_action.text(), page.new_applicant_action.shortcut().toString()) == (
            "&New applicant", "Ctrl+N")
        assert page.new_applicant_button.toolTip().endswith("(Ctrl+N)") and page.new_applicant_button.accessibleName()
        # The previous applicant, compared with reference photos of their own.
        fill_compare(qtbot, page, faces / "biden_1.jpg", faces / "biden_2.jpg", faces / "biden_2.jpg",
                     uuid="applicant-41")
        submit_with_keyboard(qtbot, window)
        answered = page.answer_entry
        assert answered is not None and page.result_view.result is not None

        # Undecided: asked first, No by default, and No keeps everything.
        asked = answer_question(QMessageBox.StandardButton.No)
        press_ctrl_n(qtbot, window)
        qtbot.waitUntil(lambda: len(asked) == 2, timeout=10_000)
        assert "No decision is recorded on the answer on show yet" in asked[0] and asked[1] == "&No"
        assert page.uuid_edit.text() == "applicant-41" and page.slots["image_ref2"].has_photo
        assert page.answer_entry == answered and page.result_view.result is not None

        # Decided in History: nothing is lost, so Ctrl+N empties the form at once.
        page.request_decision()
        host = window.history_page
        qtbot.waitUntil(lambda: host.page is not None and host.page.current is not None, timeout=30_000)
        decisions = host.page
        decisions.decision_choice.setCurrentIndex(decisions.decision_choice.findData(DecisionKind.APPROVE.value))
        decisions.reason_choice.setCurrentIndex(0)
        decisions.decide_button.click()
        qtbot.waitUntil(lambda: not decisions.recording_decision, timeout=10_000)
        window.go_to(page)
        assert page.decision_label.isVisible()
        unasked: list[str] = []
        page.confirm_new_applicant = lambda: unasked.append("asked") or False  # type: ignore[method-assign]
        press_ctrl_n(qtbot, window)
        assert unasked == [] and form_is_empty(window)
        del page.confirm_new_applicant  # the real question again
        assert page.result_view.result is None and page.result_view.headline.text() == "No result yet"
        assert page.answer_entry is None and not page.decide_button.isVisibleTo(page)
        assert not page.outdated_note.isVisibleTo(page)
        assert page.compare_radio.isChecked()  # the mode (and the options) stay for the next applicant
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.uuid_edit, timeout=5_000)
        assert window.statusBar().currentMessage() == "Ready for the next applicant."

        # The next applicant's KYC call carries their photo only: no reference photo is left to go with it.
        click_radio(qtbot, page.kyc_radio)
        page.name_edit.setText(KYC_NAME)
        page.number_edit.setText(KYC_NUMBER)
        page.slots["image"].set_file(faces / "obama_1.jpg")
        qtbot.waitUntil(lambda: page.slots["image"].has_photo, timeout=30_000)
        submit_with_keyboard(qtbot, window)
        result = page.result_view.result
        assert result is not None and "result_faceid" in result.raw and "result_ref1" not in result.raw
        entry = history.get().history.entry(page.last_entry)
        assert entry is not None and entry.idcard_number == KYC_NUMBER and entry.uuid is None
        assert [head.field for head in history.get().history.image_heads(page.last_entry)] == ["image"]
        # An answer about an ID number only (no decision yet) is asked about too; Yes empties the form.
        asked = answer_question(QMessageBox.StandardButton.Yes)
        press_ctrl_n(qtbot, window)
        qtbot.waitUntil(lambda: form_is_empty(window), timeout=10_000)
        assert asked[1] == "&Yes" and page.result_view.result is None
        window.activateWindow()  # given back late after a dialog, on the offscreen platform
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.name_edit, timeout=5_000)
    finally:
        registry.remove(KYC_NUMBER)


def test_new_applicant_waits_for_the_call_on_its_way_and_acts_only_on_the_verify_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, monkeypatch) -> None:
    """Emptied while Verify's call was on its way, the answer would land beside another applicant's (empty) form;
    from another page the form would be emptied out of sight."""
    from faceid_console.api.client import FaceIDClient

    page = window.verify_page
    release = threading.Event()
    real_verify = FaceIDClient.verify
    monkeypatch.setattr(FaceIDClient, "verify",
                        lambda client, *args, **kwargs: release.wait(30) and real_verify(client, *args, **kwargs))
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", uuid="in-flight-1")
    assert page.new_applicant_action.isEnabled() and page.new_applicant_button.isEnabled()
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.submit()
        qtbot.waitUntil(lambda: page._sending, timeout=30_000)
        offered = (page.new_applicant_action.isEnabled(), page.new_applicant_button.isEnabled())
        press_ctrl_n(qtbot, window)
        page.new_applicant()  # called by other means, refused too
        kept = (page.uuid_edit.text(), page.slots["image_ref1"].has_photo)
        release.set()
    # Read while the call was on its way, checked once it has ended: a failed assert in there hung the test.
    assert offered == (False, False)
    assert kept == ("in-flight-1", True)
    assert page.result_view.result is not None and page.new_applicant_button.isEnabled()
    entry = int(page.answer_entry)
    page.show_decision(entry, decision_on(entry, DecisionKind.APPROVE))  # nothing to ask about below
    window.go_to(window.history_page)
    assert not page.new_applicant_action.isEnabled()
    press_ctrl_n(qtbot, window)
    assert page.uuid_edit.text() == "in-flight-1"
    window.go_to(page)
    assert page.new_applicant_action.isEnabled()
    page.new_applicant_button.click()
    assert form_is_empty(window) and page.result_view.result is None


def test_kyc_says_when_reference_photos_go_with_its_call(qtbot, window: MainWindow, faces: Path) -> None:  # type: ignore[no-untyped-def]
    """KYC needs no reference photo: one left in its slot from the last applicant was sent unnoticed."""
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    # Face comparison needs them: nothing to say, once the slots have said they are ready (their done callbacks run
    # a turn after ``busy`` turns False: a slow machine caught "Preparing photos…" still there).
    qtbot.waitUntil(lambda: page.stage_label.text() == "", timeout=5_000)
    assert text_meaning(page.stage_label) is None
    click_radio(qtbot, page.kyc_radio)
    # In amber, with what to do: in the bar's plain black it read as one more status line.
    assert page.stage_label.text() == "⚠ KYC sends 1 reference photo too"
    assert text_meaning(page.stage_label) == CAUTION and "clear it" in page.stage_label.toolTip()
    assert page.stage_label.accessibleDescription() == page.stage_label.toolTip()
    page.slots["image_ref3"].set_file(faces / "obama_3.jpg")
    # The stage line follows the slot a turn after it stops being busy (as above): waited for, not read at once.
    qtbot.waitUntil(lambda: page.stage_label.text() == "⚠ KYC sends 2 reference photos too", timeout=30_000)
    page.slots["image_ref1"].clear()
    page.slots["image_ref3"].clear()
    assert page.stage_label.text() == ""
    assert text_meaning(page.stage_label) is None and page.stage_label.toolTip() == ""
    assert page.stage_label.accessibleDescription() == ""
