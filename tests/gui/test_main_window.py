"""The main window: start-up, navigation, keyboard, remembered state, crash reports, languages, settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from faceid_console import credentials as credential_store
from faceid_console.settings import ProfileKind, Settings
from faceid_console.ui import colours
from faceid_console.ui.alt_keys import label_name
from faceid_console.ui.colours import text_meaning
from faceid_console.ui.connection import ServiceState
from faceid_console.ui.crash_dialog import CrashReportDialog
from faceid_console.ui.settings_dialog import SettingsDialog
from faceid_console.ui.translations import install_translator
from faceid_console.ui.widgets.result_view import ANSWER_PART_MODULES, ANSWER_PARTS

from .helpers import MNEMONIC, alt_key_clashes, fill_compare, submit_with_keyboard


def test_window_paints_before_the_engine_is_ready_and_then_shows_it_ready(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(wait_ready=False)
    assert window.connection.state is ServiceState.STARTING
    assert "Starting the built-in engine" in window.connection_label.text()
    assert text_meaning(window.connection_label) == colours.CAUTION
    assert not window.verify_page.submit_button.isEnabled()
    # Colours come from palettes: the platform style draws the whole first window, with no style sheet.
    assert [w.objectName() or type(w).__name__ for w in window.findChildren(QWidget) if w.styleSheet()] == []
    qtbot.waitUntil(lambda: window.connection.check_result is not None, timeout=120_000)
    assert window.connection_label.text() == "● Ready: built-in engine answers"
    assert text_meaning(window.connection_label) == colours.PASS
    assert window.verify_page.submit_button.isEnabled()
    window.connection.close()


def shown_controls(root: QWidget) -> list[QWidget]:
    """What a reviewer can operate under ``root``: fields, lists, tables and buttons on show."""
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QPlainTextEdit,
                              QAbstractItemView))
            and not isinstance(w, QHeaderView)  # a table's own header: the table carries the name
            and w.isVisibleTo(root) and not w.objectName().startswith("qt_")]  # Qt's own parts


def buddy_label(control: QWidget) -> QLabel | None:
    """The label whose buddy ``control`` is, beside it in the same parent: the only one Qt reports as its label."""
    parent = control.parentWidget()
    if parent is None:
        return None
    return next((label for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
                 if label.buddy() is control), None)


def spoken_name(control: QWidget) -> str:
    """The name a screen reader reads for ``control``: its accessible name, else the one Qt makes (a button's text;
    a buddy label's, but only one beside it in the same parent). A combo box's is what Qt on Linux (AT-SPI) reports:
    not its accessible name, which Qt passes over there, but its buddy label's words (the label relation), else the
    choice on show ("meglive — action liveness")."""
    if isinstance(control, QComboBox):
        label = buddy_label(control)
        return label_name(label.accessibleName() or label.text()) if label is not None else control.currentText()
    if control.accessibleName():
        return control.accessibleName()
    accessible = QAccessible.queryAccessibleInterface(control)
    return accessible.text(QAccessible.Text.Name) if accessible is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls shown under ``root`` that a screen reader reads without a name (a line edit whose label's buddy
    it is, from outside its FieldWithProblem, had none; a combo box without a label is read as its choice alone)."""
    return [f"{type(control).__name__} {control.objectName() or control.accessibleName()!r} in "
            f"{type(control.parent()).__name__}" for control in shown_controls(root)
            if not spoken_name(control).strip() or (isinstance(control, QComboBox) and buddy_label(control) is None)]


def test_every_control_on_every_page_has_an_accessible_name_or_a_label(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        # Some pages are built when first shown, History's once its store is open.
        qtbot.waitUntil(lambda page=page: len(shown_controls(page)) > 2, timeout=30_000)
        assert unnamed_controls(page) == [], window.navigation.item(row).text()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_name_taken_from_a_label_is_its_words_without_the_alt_key_or_colon(qapp, make_window, settings: Settings,  # type: ignore[no-untyped-def]
                                                                           language: str) -> None:
    translators = install_translator(qapp, language)
    try:
        window = make_window(language=language)
        page = window.token_page
        dialog = SettingsDialog(window.connection, settings, language, window)
        names = [page.uuid_edit.accessibleName(), page.liveness_box.accessibleName(),
                 dialog.language_box.accessibleName()]
        assert names == {"en": ["uuid", "liveness_type", "Language (after a restart)"],
                         "zh_CN": ["uuid", "liveness_type（活体类型）", "语言（重启后生效）"]}[language]
        dialog.reject()
        window.connection.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_every_control_of_the_settings_dialog_has_an_accessible_name_or_a_label(qtbot, window, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(window.connection, settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(shown_controls(dialog)) > 10, timeout=10_000)
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_tab_goes_through_every_page_and_out_of_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """From a page's first field (Ctrl+n), Tab visits the page's controls and comes out of the page: no control
    keeps the keyboard (a text box that types tab characters would)."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        qtbot.waitUntil(lambda page=page: len(shown_controls(page)) > 2, timeout=30_000)
        modes = [page.kyc_radio, page.compare_radio] if hasattr(page, "kyc_radio") else [None]
        for mode in modes:  # KYC shows other fields (the ID number with its Mask box) than face comparison
            if mode is not None:
                mode.setChecked(True)
            window.navigation.setFocus()  # Ctrl+n pressed in the page list
            window._show_page_from_keyboard(row)
            qtbot.waitUntil(lambda page=page: page.isAncestorOf(QApplication.focusWidget()), timeout=5_000)
            visited: list[QWidget] = []
            while (focus := QApplication.focusWidget()) is not None and page.isAncestorOf(focus) and len(visited) < 80:
                visited.append(focus)
                qtbot.keyClick(focus, Qt.Key.Key_Tab)
            title = f"{window.navigation.item(row).text()} ({mode.text() if mode is not None else 'its only mode'})"
            assert focus is not None and not page.isAncestorOf(focus), f"Tab stays in {title} at {visited[-1]!r}"
            # At least the paste box and Check the callback (the empty inspector's two controls; its scroll area is no
            # stop of its own since it draws no focus mark).
            assert len(set(map(id, visited))) >= 2, title
            if mode is not None and mode is page.kyc_radio:
                names = [w.objectName() for w in visited]
                assert names.index("idcardName") < names.index("idcardNumber"), names


def test_a_field_label_s_alt_key_lands_in_its_line_edit(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    page = window.session_page
    window.go_to(page)
    qtbot.waitUntil(page.uuid_edit.isVisible, timeout=5_000)
    page.uuid_edit.setFocus()
    qtbot.keyClick(page.uuid_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # "notif&y_url:"
    assert QApplication.focusWidget() is page.notify_edit


def test_pages_and_actions_work_from_the_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.test_action))}
    assert {"Ctrl+1", "Ctrl+T", "Ctrl+Return"} <= shortcuts
    page = window.verify_page
    page.kyc_radio.setFocus()
    chain = []
    widget = page.kyc_radio
    for _ in range(8):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert page.name_edit in chain and page.number_edit in chain  # tab reaches the fields in reading order
    assert page.name_label.buddy() is page.name_edit


def test_ctrl_n_puts_the_keyboard_in_the_page_and_ctrl_f_in_history_s_search(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    results = window.liveness_page
    assert window.current_page() is results
    qtbot.waitUntil(lambda: results.isAncestorOf(QApplication.focusWidget()), timeout=5_000)
    assert QApplication.focusWidget() is results.biz_edit  # its first field: type the biz_id at once
    qtbot.keyClick(results.biz_edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    page = window.verify_page  # face comparison on a first start: its first field, not a mode's radio button
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.uuid_edit, timeout=5_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    host = window.history_page
    qtbot.waitUntil(lambda: host.page is not None, timeout=30_000)
    host.page.search.setText("U-1")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is host.page.search and host.page.search.selectedText() == "U-1"


def test_keys_typed_right_after_start_up_go_to_the_first_field_not_the_page_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The page list's type-ahead would switch pages on "a…" (App token) or "L…" (Liveness results)."""
    from PySide6.QtWidgets import QApplication

    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.verify_page.uuid_edit, timeout=5_000)
    qtbot.keyClicks(QApplication.focusWidget(), "applicant-8")
    assert window.current_page() is window.verify_page
    assert window.verify_page.uuid_edit.text() == "applicant-8"


def test_the_first_ctrl_2_puts_the_keyboard_in_history_s_search_once_it_has_opened(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The history opens on a worker the first time: the keys typed meanwhile must not land on its placeholder."""
    from PySide6.QtWidgets import QApplication

    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    host = window.history_page
    assert host.page is None, "the test needs the history not opened yet"
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: host.page is not None, timeout=30_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is host.page.search, timeout=5_000)


def test_open_in_history_reads_and_draws_the_entry_searched_for_alone(  # type: ignore[no-untyped-def]
        qtbot, window, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Open in History" on the liveness results page showed History first, whose refresh on showing read and drew
    again the entry it showed before, then searched and drew the one asked for: as the decision form opened from
    Verify did (benchmarks/decide_from_verify.py)."""
    from faceid_console.store import HistoryReader

    page = window.verify_page
    entries: dict[str, int] = {}
    for uuid in ("shown-before", "asked-for"):
        fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", uuid=uuid)
        submit_with_keyboard(qtbot, window)
        entries[uuid] = page.answer_entry
    host = window.history_page
    window.go_to(host)
    qtbot.waitUntil(lambda: host.page is not None, timeout=30_000)
    history = host.page
    history.select_entry(entries["shown-before"])
    qtbot.waitUntil(lambda: history.current is not None and history.current.id == entries["shown-before"]
                    and not history.database.waiting, timeout=10_000)
    liveness = window.liveness_page
    window.go_to(liveness)
    read: list[int] = []
    entry_detail = HistoryReader.entry_detail
    monkeypatch.setattr(HistoryReader, "entry_detail", lambda reader, entry, *args, **kwargs: read.append(
        entry) or entry_detail(reader, entry, *args, **kwargs))
    liveness.open_in_history.emit("asked-for")
    assert window.current_page() is host
    qtbot.waitUntil(lambda: history.current is not None and history.current.id == entries["asked-for"]
                    and not history.database.waiting, timeout=10_000)
    assert read == [entries["asked-for"]]  # not the one shown before, to be drawn and replaced at once


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_label_shows_an_alt_key_it_cannot_use(qapp, make_window, language: str) -> None:  # type: ignore[no-untyped-def]
    """A field label's "&" marks its Alt key only when the label has a buddy; without one it is drawn as a literal
    "&" (as a label's text "data=…&sign=…" rightly is)."""
    translators = install_translator(qapp, language)
    try:
        window = make_window(language=language)
        for holder in window._deferred.values():
            holder.content()
        stray = [label.text() for label in window.findChildren(QLabel)
                 if label.buddy() is None and label.text().rstrip().endswith((":", "："))
                 and MNEMONIC.search(label.text().replace("&&", ""))]
        assert stray == []
        window.connection.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_every_button_check_box_and_radio_button_of_a_page_has_an_alt_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """From anywhere on a page, Alt+key reaches each of them: App token's flags and choices, the Liveness session's
    choices, Copy the link and Receive the callback, History's date range, and each photo's Choose… and Clear
    had none. A button with a key of its own needs none: Verify (Ctrl+Return), Cancel (Esc), Record a decision
    (Ctrl+Shift+D, Verify's and Liveness results'), New applicant (Ctrl+N). The answers' own buttons (their tool
    buttons, and an answer's parts built ahead while the window is idle, hidden until an answer needs them) are not
    counted here: the test saw them or not by the machine's speed, and now waits for them."""
    from faceid_console.ui.widgets.result_view import ResultView

    def answers_own(button: QAbstractButton, page: QWidget) -> bool:
        """A hidden part of an answer's view (a face picture, Copy the session's request_id…)."""
        parent = button.parentWidget()
        while parent is not None and parent is not page and not isinstance(parent, ResultView):
            parent = parent.parentWidget()
        return isinstance(parent, ResultView) and not button.isVisibleTo(page)

    window.build_pages_when_idle()  # the answers' parts built ahead too, as a reviewer's idle window has them
    qtbot.waitUntil(lambda: all_pages_built(window) and window.idle_build.finished, timeout=30_000)

    own_keys = {window.verify_page.submit_button, window.verify_page.decide_button,
                window.verify_page.new_applicant_button, window.liveness_page.decide_button}
    keyless: dict[str, list[str]] = {}
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        qtbot.waitUntil(lambda page=page: len(shown_controls(page)) > 2, timeout=30_000)
        keyless[window.navigation.item(row).text()] = [
            f"{type(button).__name__} {button.text()!r}" for button in page.findChildren(QAbstractButton)
            if not isinstance(button, QToolButton) and not button.objectName().startswith("qt_")
            and button not in own_keys and button.shortcut().isEmpty() and not answers_own(button, page)
            and not MNEMONIC.search(button.text().replace("&&", ""))]
    assert {page: buttons for page, buttons in keyless.items() if buttons} == {}
    slot = window.verify_page.slots["image_ref2"]
    assert (slot.choose_button.text(), slot.clear_button.text()) == ("Choose (&5)…", "Clear (&6)")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_two_controls_on_a_page_share_an_alt_key(qapp, make_window, language: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter must reach one control: the page's own, the tool bar's and the menu titles' keys all count."""
    translators = install_translator(qapp, language)
    try:
        window = make_window(language=language)
        pages = [window.verify_page, window.liveness_page, window.session_page, window.inspector_page,
                 window.token_page]
        for page in pages:
            clashes = alt_key_clashes(window, page)
            assert not clashes, f"{type(page).__name__} ({language}): {clashes}"
        window.connection.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_answer_s_json_and_copy_buttons_have_alt_keys_no_control_on_show_shares(  # type: ignore[no-untyped-def]
        qtbot, qapp, make_window, faces: Path, language: str) -> None:
    """Raw JSON, Copy request_id and Copy JSON of an answer (Verify's, History's) had no Alt key, unlike the liveness
    view's: they were reached only by tabbing through the whole answer. Each key is free on Verify in either mode and
    on History, beside a verify's answer or a liveness session's (whose view has the same buttons)."""
    from .test_liveness_pages import receive_session

    translators = install_translator(qapp, language)
    try:
        window = make_window(language=language)
        page = window.verify_page
        fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", uuid="alt-keys-of-the-answer")
        submit_with_keyboard(qtbot, window)
        view = page.result_view
        keys = {button: MNEMONIC.search(button.text().replace("&&", ""))
                for button in (view.json_toggle, view.copy_request, view.copy_json)}
        assert all(keys.values()), [button.text() for button in keys]
        assert alt_key_clashes(window, page, shown_only=True) == {}
        page.kyc_radio.setChecked(True)  # its name, ID number and Mask, the answer still on show
        assert alt_key_clashes(window, page, shown_only=True) == {}

        def press(button: QAbstractButton) -> None:
            found = keys[button]
            assert found is not None
            qtbot.keyClick(page.name_edit, Qt.Key(ord(found.group(1).upper())), Qt.KeyboardModifier.AltModifier)

        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        page.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        press(view.json_toggle)
        qtbot.waitUntil(view.raw_json.isVisible, timeout=5_000)  # Qt clicks a button's Alt key a moment later
        QApplication.clipboard().clear()
        press(view.copy_json)
        qtbot.waitUntil(lambda: QApplication.clipboard().text() == view.raw_json.toPlainText(), timeout=5_000)
        press(view.copy_request)
        qtbot.waitUntil(lambda: QApplication.clipboard().text() == view.request_id != "", timeout=5_000)

        host = window.history_page
        window.go_to(host)
        qtbot.waitUntil(lambda: host.page is not None, timeout=30_000)
        history = host.page
        assert history is not None
        history.select_entry(page.answer_entry)
        qtbot.waitUntil(lambda: history.current is not None and history.current.id == page.answer_entry
                        and history.result_view.copy_json.isVisibleTo(history), timeout=10_000)
        assert alt_key_clashes(window, history, shown_only=True) == {}
        # A liveness session's answer, in its own view: the keys of its buttons (the same JSON's) are its own.
        checked = receive_session(qtbot, window, faces)
        assert checked.result is not None
        results = window.liveness_page
        window.go_to(results)
        results.look_up(checked.result.biz_id or "")
        with qtbot.waitSignal(results.finished, timeout=60_000):
            results.fetch_button.click()
        results.open_in_history.emit(checked.result.biz_id or "")
        qtbot.waitUntil(lambda: history.current is not None and history.current.biz_id == checked.result.biz_id
                        and history.liveness_view.isVisibleTo(history), timeout=10_000)
        assert not history.result_view.isVisibleTo(history)
        assert alt_key_clashes(window, history, shown_only=True) == {}
        window.connection.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_geometry_page_and_last_folder_are_remembered(qtbot, make_window, window_state: QSettings, faces: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    width = window.minimumSizeHint().width() + 2  # within the offscreen screen (800×800), which restoreGeometry clamps to
    assert width <= 800, "the window must fit a small screen"
    window.resize(width, 640)
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    window.close()
    window.connection.close()
    assert window_state.value("photos/last_folder") == str(faces)
    again = make_window()
    assert again.size().width() == width and again.size().height() == 640
    assert again.verify_page.compare_radio.isChecked()
    again.connection.close()


def test_a_geometry_qt_cannot_read_opens_at_the_first_start_size_not_a_sliver(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                                              window_state: QSettings) -> None:
    first = make_window()
    first_size = first.size()
    first.connection.close()
    good = first.saveGeometry()
    window_state.setValue("window/geometry", QByteArray(good.data()[:12]))  # a damaged window.ini: cut short
    again = make_window()
    assert again.size() == first_size
    again.connection.close()


def test_a_first_start_fits_the_screen_with_the_verify_button_on_it(window) -> None:  # type: ignore[no-untyped-def]
    """No saved geometry: the window fits the screen (offscreen: 800×800, smaller than the pages' ideal size)."""
    available = window.screen().availableGeometry()
    assert available.height() < 820, "the test needs a screen smaller than the window's ideal size"
    assert window.width() <= available.width() and window.height() < available.height()
    button = window.verify_page.submit_button
    bottom = button.mapTo(window, button.rect().bottomLeft()).y()
    assert button.isVisible() and bottom < window.height()


def test_a_first_start_opens_the_mode_the_active_profile_can_answer(qtbot, make_window, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    """The built-in engine compares photos out of the box (KYC there needs a registry entry first); the cloud does
    KYC. Later starts open the mode last used (test_geometry_page_and_last_folder_are_remembered)."""
    window = make_window()
    assert window.verify_page.compare_radio.isChecked() and window.verify_page.uuid_edit.isVisible()
    window.connection.close()
    window.close()
    window.state.clear()  # a first start again, now on the cloud
    settings.active_profile = ProfileKind.CLOUD_CN.value
    cloud = make_window(wait_ready=False)
    assert cloud.verify_page.kyc_radio.isChecked() and cloud.verify_page.name_edit.isVisible()
    qtbot.waitUntil(lambda: cloud.connection.state is not ServiceState.STARTING, timeout=30_000)  # no credentials
    cloud.connection.close()


@pytest.mark.crash_report_expected
def test_an_unexpected_error_ends_in_a_report_without_the_secret_and_the_window_keeps_working(  # type: ignore[no-untyped-def]
        qtbot, window, faces: Path) -> None:
    secret = window.connection.client._credentials.api_secret
    with qtbot.waitSignal(window.crash_reporter.reported, timeout=5000) as reported:
        try:
            raise RuntimeError(f"boom with api_secret={secret} inside")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    report = reported.args[0]
    assert "RuntimeError" in report and secret not in report
    dialogs = [w for w in window.findChildren(CrashReportDialog)]
    assert dialogs and secret not in dialogs[-1].report_view.toPlainText()
    assert window.details_button.isVisible()
    for dialog in dialogs:
        dialog.close()
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    assert window.verify_page.result_view.verdict is not None


class _Buggy(QObject):
    """A slot with a bug, called through a queued connection (from the event loop, as a timer's or a paint's)."""

    poke = Signal(int)

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret
        self.poke.connect(self.fail, Qt.ConnectionType.QueuedConnection)

    def fail(self, n: int) -> None:
        raise RuntimeError(f"bug {n} with api_secret={self.secret} and {self.secret} alone")


def open_crash_dialogs(window: QWidget) -> list[CrashReportDialog]:
    return [dialog for dialog in window.findChildren(CrashReportDialog) if dialog.isVisible()]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: Details… raises the open dialog
@pytest.mark.crash_report_expected
def test_errors_while_the_error_dialog_is_open_go_into_it_not_into_more_dialogs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Three exceptions in slots opened three "Unexpected error" dialogs on top of each other, and an error that
    repeats (a timer's, a paint's) flooded the screen: now the open dialog counts them and lists each different
    report, each without the secret; once it is closed, the next error opens one again."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialogButtonBox

    secret = window.connection.client._credentials.api_secret
    buggy = _Buggy(secret)
    reports: list[str] = []
    window.crash_reporter.reported.connect(reports.append)
    for n in (1, 2, 3, 3):  # the last one again
        buggy.poke.emit(n)
    qtbot.waitUntil(lambda: len(reports) == 4, timeout=5_000)
    dialogs = open_crash_dialogs(window)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    text = dialog.report_view.toPlainText()
    assert [text.count(f"RuntimeError: bug {n} with api_secret=***") for n in (1, 2, 3)] == [1, 1, 1]
    assert secret not in text and secret not in "".join(reports)
    assert dialog.more_label.isVisibleTo(dialog)
    assert dialog.more_label.text() == "3 more errors happened since. The report lists each different error once."
    copy = next(b for b in dialog.findChild(QDialogButtonBox).buttons() if b.text() == "Copy report")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    dialog.close()

    buggy.poke.emit(4)
    qtbot.waitUntil(lambda: len(reports) == 5, timeout=5_000)
    dialogs = open_crash_dialogs(window)
    assert len(dialogs) == 1 and dialogs[0] is not dialog
    text = dialogs[0].report_view.toPlainText()
    assert "RuntimeError: bug 4" in text and "bug 1" not in text and not dialogs[0].more_label.isVisibleTo(dialogs[0])
    window.details_button.click()  # the open dialog is brought forward, not another opened
    assert open_crash_dialogs(window) == dialogs
    dialogs[0].close()
    window.details_button.click()  # closed, Details shows the last report again
    assert [d.report_view.toPlainText() for d in open_crash_dialogs(window)] == [reports[-1]]
    open_crash_dialogs(window)[0].close()
    for n in (5, 6):  # a dialog holding two reports, closed: Details shows both, not only the last
        buggy.poke.emit(n)
    qtbot.waitUntil(lambda: len(reports) == 7, timeout=5_000)
    open_crash_dialogs(window)[0].close()
    window.details_button.click()
    text = open_crash_dialogs(window)[0].report_view.toPlainText()
    assert "RuntimeError: bug 5" in text and "RuntimeError: bug 6" in text
    open_crash_dialogs(window)[0].close()


@pytest.mark.crash_report_expected
def test_an_error_that_keeps_coming_back_different_lists_its_first_reports_and_counts_the_rest(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from faceid_console.ui.crash_dialog import MAX_LISTED

    buggy = _Buggy(window.connection.client._credentials.api_secret)
    reports: list[str] = []
    window.crash_reporter.reported.connect(reports.append)
    for n in range(MAX_LISTED + 10):
        buggy.poke.emit(n)
    qtbot.waitUntil(lambda: len(reports) == MAX_LISTED + 10, timeout=10_000)
    [dialog] = open_crash_dialogs(window)
    assert dialog.reports == reports[:MAX_LISTED]
    assert dialog.more_label.text() == ("29 more errors happened since. The report lists the first 20 different "
                                        "errors.")
    dialog.close()


def test_settings_store_credentials_in_the_keyring_never_in_a_file(qtbot, window, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(window.connection, settings, "en", window)
    qtbot.addWidget(dialog)
    names = [p.name for p in dialog._profiles]
    dialog.profile_list.setCurrentRow(names.index("cloud-sgp"))
    qtbot.waitUntil(lambda: "No credentials stored" in dialog.profile_status.text(), timeout=10_000)
    dialog.key_edit.setText("sgp-key")
    dialog.secret_edit.setText("sgp-secret-value-that-must-not-leak")
    reports: list[object] = []
    window.crash_reporter.reported.connect(reports.append)
    qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Stored in the system keyring" in dialog.profile_status.text(), timeout=10_000)
    qtbot.wait(50)
    assert reports == []  # the click's own bool is not taken for what to do once stored
    assert dialog.secret_edit.text() == ""
    stored = credential_store.load("cloud-sgp")
    assert stored is not None and stored.api_secret == "sgp-secret-value-that-must-not-leak"
    dialog.level_box.setCurrentIndex(dialog.level_box.findData("1e-5"))
    dialog._accept()
    assert settings.policy_level == "1e-5" and Settings.load().policy_level == "1e-5"
    from faceid_console.settings import config_dir

    for path in config_dir().rglob("*"):
        if path.is_file():
            assert b"sgp-secret-value-that-must-not-leak" not in path.read_bytes(), path


def test_settings_a_removed_profile_s_credentials_leave_the_keyring_and_a_new_one_never_inherits_them(  # type: ignore[no-untyped-def]
        qtbot, window, settings: Settings, monkeypatch) -> None:
    """Removed, "lab" kept its api_secret in the keyring; "lab" added again for another host sent it there."""
    from PySide6.QtWidgets import QInputDialog

    from faceid_console.api import Credentials

    from .conftest import custom_profile

    custom_profile(settings, "lab", "https://lab.example")
    credential_store.save("lab", Credentials("lab-key", "lab-secret-for-lab-example"))
    credential_store.save("old", Credentials("old-key", "left-by-an-older-profile"))  # no profile owns it now
    dialog = SettingsDialog(window.connection, settings, "en", window)
    qtbot.addWidget(dialog)
    dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("lab"))
    qtbot.waitUntil(lambda: "stored in the system keyring" in dialog.profile_status.text(), timeout=10_000)
    dialog._remove_custom()
    answers = iter([("old", True), ("https://another-vendor.example", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    dialog._add_custom()
    assert dialog.selected.name == "old"
    assert dialog.profile_status.text() == "No credentials stored for this profile." and dialog.key_edit.text() == ""
    dialog._accept()
    assert dialog.forgetting is not None
    dialog.forgetting.join(10)
    assert credential_store.load("lab") is None and credential_store.load("old") is None
    assert "old" in [p.name for p in Settings.load().profiles]


def test_settings_an_edited_url_is_kept_when_another_profile_is_chosen(qtbot, window, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    from .conftest import custom_profile

    custom_profile(settings, "lab", "https://lab.example")
    dialog = SettingsDialog(window.connection, settings, "en", window)
    qtbot.addWidget(dialog)
    names = [p.name for p in dialog._profiles]
    dialog.profile_list.setCurrentRow(names.index("lab"))
    dialog.url_edit.setText("https://lab-new.example")
    dialog.profile_list.setCurrentRow(names.index("cloud-sgp"))
    dialog.profile_list.setCurrentRow(names.index("cloud-cn"))  # quickly on: the keyring look-up follows the choice
    qtbot.waitUntil(lambda: "No credentials stored" in dialog.profile_status.text(), timeout=10_000)
    assert dialog.selected.name == "cloud-cn"
    dialog.profile_list.setCurrentRow(names.index("lab"))
    assert dialog.url_edit.text() == "https://lab-new.example"
    dialog.url_edit.setText("http://lab.example")  # not usable: said, and the profile stays chosen to correct it
    dialog.profile_list.setCurrentRow(names.index("cloud-sgp"))
    assert dialog.selected.name == "lab" and "Plain HTTP" in dialog.profile_status.text()
    dialog.url_edit.setText("https://lab-new.example")
    dialog._accept()
    assert {p.name: p.custom_url for p in Settings.load().profiles}["lab"] == "https://lab-new.example"


@pytest.mark.secret_service
def test_settings_store_credentials_in_the_real_secret_service(qtbot, window, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    try:
        dialog = SettingsDialog(window.connection, settings, "en", window)
        qtbot.addWidget(dialog)
        dialog.profile_list.setCurrentRow([p.name for p in dialog._profiles].index("cloud-idn"))
        qtbot.waitUntil(dialog.store_button.isEnabled, timeout=20_000)  # the keyring look-up ended
        dialog.key_edit.setText("idn-key")
        dialog.secret_edit.setText("idn-secret-in-gnome-keyring")
        qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.profile_status.text().startswith(("Stored", "The system keyring")),
                        timeout=20_000)
        assert dialog.profile_status.text() == "Stored in the system keyring."
        found = SecretService.Keyring().get_password("faceid-console", "cloud-idn:api_secret")
        assert found == "idn-secret-in-gnome-keyring"
    finally:
        credential_store.delete("cloud-idn")


def test_simplified_chinese_window(qtbot, qapp, make_window, faces: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    translators = install_translator(qapp, "zh_CN")
    assert len(translators) == 2
    try:
        window = make_window(language="zh_CN")
        assert window.windowTitle() == "FaceID 控制台"
        assert window.verify_page.submit_button.text() == "验证"
        assert "内置引擎" in window.connection_label.text()
        fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "biden_2.jpg")
        submit_with_keyboard(qtbot, window)
        headline = window.verify_page.result_view.headline.text()
        panel = window.verify_page.result_view.error_panel
        assert "不是同一人" in headline, (headline, panel.error)
        bogus = tmp_path / "scan.jpg"
        bogus.write_text("not a photo")
        slot = window.verify_page.slots["image"]
        slot.set_file(bogus)
        qtbot.waitUntil(lambda: slot.refusal is not None, timeout=30_000)
        assert slot.refusal == "scan.jpg 无法使用：这不是图片文件，或其格式不受支持。"
        from PySide6.QtWidgets import QDialogButtonBox

        dialog = SettingsDialog(window.connection, window.settings, "zh_CN", window)
        qtbot.addWidget(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text().startswith("确定")  # Qt's own buttons are translated too
        window.connection.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_smoke_opens_the_window_and_prints_the_start_up_time(tmp_path: Path) -> None:
    exe = str(Path(sys.executable).with_name("faceid-console"))
    done = subprocess.run([exe, "--smoke"], capture_output=True, timeout=120, check=False, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("first paint after ") and done.stdout.strip().endswith(" ms")


def test_the_command_opens_the_window_on_the_built_in_engine(tmp_path: Path) -> None:
    """``faceid-console gui --screenshot`` starts the engine on loopback and shows the window."""
    from PySide6.QtGui import QImage

    shot = tmp_path / "window.png"
    exe = str(Path(sys.executable).with_name("faceid-console"))
    done = subprocess.run([exe, "gui", "--screenshot", str(shot)], capture_output=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert "built-in engine listening on http://127.0.0.1:" in done.stderr.decode()  # loopback, own process
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 640 and image.height() >= 500  # the window, fitted to the screen


@pytest.mark.crash_report_expected
def test_a_bug_during_a_call_ends_the_call_and_the_page_stays_usable(qtbot, window, faces: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")

    def broken_store():  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("a bug, not an expected failure")

    monkeypatch.setattr(page.history, "get", broken_store)
    with qtbot.waitSignal(window.crash_reporter.reported, timeout=30_000):
        submit_with_keyboard(qtbot, window)
    assert page.result_view.headline.text() == "Stopped by an unexpected error (see the report)"
    assert page.submit_button.isEnabled()
    for dialog in window.findChildren(CrashReportDialog):
        dialog.close()


def test_the_console_publishes_its_engine_for_the_command_line(tmp_path: Path, face_model) -> None:  # type: ignore[no-untyped-def]
    from faceid_console import local_engine
    from faceid_console.connections import Connector
    from faceid_console.settings import Profile, ProfileKind

    connector = Connector(tmp_path / "engine")
    client = connector.open(Profile("local-engine", ProfileKind.LOCAL_ENGINE))
    try:
        assert local_engine.running_engine_url(client.api_key) == connector.engine_url == client.base_url
    finally:
        client.close()
        connector.close()
    assert local_engine.running_engine_url(client.api_key) is None  # withdrawn when the console stops


def test_the_engine_process_does_not_outlive_a_killed_console(tmp_path: Path) -> None:
    """The built-in engine runs in its own process (its model never stalls the window) and ends with the console."""
    import os
    import signal
    import time

    script = (
        "import sys; from pathlib import Path\n"
        "from faceid_console.connections import Connector\n"
        "from faceid_console.settings import Profile, ProfileKind\n"
        "c = Connector(Path(sys.argv[1]))\n"
        "c.open(Profile('local-engine', ProfileKind.LOCAL_ENGINE))\n"
        "print(c._engine.pid, flush=True)\n"
        "import time; time.sleep(600)\n"
    )
    console = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "engine")], stdout=subprocess.PIPE,
                               text=True)
    assert console.stdout is not None
    engine_pid = int(console.stdout.readline())
    os.kill(engine_pid, 0)  # running
    console.send_signal(signal.SIGKILL)
    console.wait(10)
    console.stdout.close()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(engine_pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        os.kill(engine_pid, signal.SIGKILL)
        raise AssertionError("the engine outlived the console")


#: What the window does not need to paint: the face model, Flask, the history's SQLAlchemy/Alembic, the HTTP
#: client, the keyring, Pillow, python-stdnum, the command line, the pages not on show, asyncio with qasync
#: (with ssl), whose loop is installed right after the first paint, the request and result classes (loaded
#: with the first call and answer), the parts of an answer in the result view, and hashlib with OpenSSL's
#: libcrypto, the engine process's subprocess and selectors, importlib.resources, and the crash dialog.
NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy", "alembic", "dlib", "flask", "numpy", "requests", "keyring", "PIL", "stdnum",
    "faceid_console.cli", "faceid_console.api.client", "faceid_console.ui.settings_dialog",
    "faceid_console.ui.pages.liveness_page", "faceid_console.ui.pages.liveness_session_page",
    "faceid_console.ui.pages.callback_inspector_page", "faceid_console.ui.pages.app_token_page",
    "asyncio", "qasync", "ssl", "faceid_console.api.request_models", "faceid_console.api.results", "hashlib",
    "faceid_console.ui.widgets.error_panel", "faceid_console.ui.widgets.face_overlay",
    "faceid_console.ui.widgets.genuineness_gauges", "subprocess", "selectors", "importlib.resources",
    "faceid_console.ui.crash_dialog")

#: PySide creates a class's Python enums when the class is first used: QStyle's ~500 members cost ~6 ms.
NOT_BEFORE_FIRST_PAINT_CLASSES = ("QStyle", "QFileDialog", "QStyleOptionFocusRect")


def test_nothing_slow_is_imported_before_the_first_paint() -> None:
    code = ("import sys, faceid_console.entry, faceid_console.app, faceid_console.ui.application; "
            f"print(sorted(m for m in {NOT_BEFORE_FIRST_PAINT!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"


def test_nothing_slow_is_loaded_by_the_time_of_the_first_paint_and_the_loop_comes_up_after_it() -> None:
    """The real start-up (``--smoke``), looked at when it reports its first paint and again when it has closed."""
    code = (
        "import builtins, gc, sys\n"
        "from faceid_console.entry import main\n"
        "real_print = builtins.print\n"
        "def spy(*args, **kwargs):\n"
        "    if args and str(args[0]).startswith('first paint'):\n"
        "        real_print('collector on:', gc.isenabled())\n"
        f"        real_print('loaded:', sorted(m for m in {NOT_BEFORE_FIRST_PAINT!r} if m in sys.modules))\n"
        "        from PySide6 import QtWidgets\n"
        f"        real_print('Qt classes:', sorted(c for c in {NOT_BEFORE_FIRST_PAINT_CLASSES!r} if c in vars(QtWidgets)))\n"
        "    real_print(*args, **kwargs)\n"
        "builtins.print = spy\n"
        "code = main(['--smoke'])\n"
        "from faceid_console.ui.gui_thread_collector import GuiThreadCollector\n"
        "from PySide6.QtWidgets import QApplication\n"
        "real_print('after:', 'asyncio' in sys.modules, 'qasync' in sys.modules, gc.isenabled(),\n"
        "           len(QApplication.instance().findChildren(GuiThreadCollector)) == 1)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "collector on: False"  # the garbage collector waits until the first paint
    assert lines[1] == "loaded: []"
    assert lines[2] == "Qt classes: []"
    assert lines[3].startswith("first paint after ")
    # The window closed through the asyncio loop, installed after the paint; automatic collection stays off: the GUI
    # thread collects from the first paint on (gui_thread_collector.py).
    assert lines[4] == "after: True True False True"


def test_the_window_lets_the_gui_thread_have_the_interpreter_lock_within_a_millisecond() -> None:
    """A worker running Python (the History page's export) holds the GUI thread at most the switch interval at each call
    from Qt into Python, a dozen or more a loop pass: Python's 5 ms stalled an export's window 45–190 ms."""
    from faceid_console.ui.interpreter_lock import SWITCH_INTERVAL_S

    code = ("import sys\n"
            "from faceid_console.entry import main\n"
            "print('before:', sys.getswitchinterval())\n"
            "code = main(['--smoke'])\n"
            "print('after:', sys.getswitchinterval())\n"
            "sys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "before: 0.005"  # Python's own
    assert lines[-1] == f"after: {SWITCH_INTERVAL_S}" and SWITCH_INTERVAL_S <= 0.001


def test_a_page_not_on_show_is_built_when_first_visited(window) -> None:  # type: ignore[no-untyped-def]
    from faceid_console.ui.pages.deferred_page import DeferredPage

    holder = window.pages.widget(window.navigation.count() - 1)
    assert isinstance(holder, DeferredPage) and not holder.is_built
    window.navigation.setCurrentRow(window.navigation.count() - 1)
    assert holder.is_built and window.current_page() is window.token_page


def test_settings_add_a_custom_host_refuse_plain_http_and_test_the_connection(qtbot, window, settings: Settings,  # type: ignore[no-untyped-def]
                                                                              connector, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    dialog = SettingsDialog(window.connection, settings, "en", window)
    qtbot.addWidget(dialog)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    # A refused URL is said why and asked for again, with the name kept; a port typo used to end in the crash dialog.
    answers = iter([("lab", True), ("http://faceid.lab.example", True), ("http://127.0.0.1:99999", True),
                    (connector.engine_url, True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    dialog._add_custom()
    assert warnings == ["Plain HTTP is only allowed to this machine; use https:// for faceid.lab.example.",
                        "The port must be a number from 1 to 65535."]
    assert dialog.selected.name == "lab" and dialog.selected.custom_url == connector.engine_url
    creds = window.connection.client._credentials
    qtbot.waitUntil(dialog.store_button.isEnabled, timeout=10_000)  # its keyring look-up ended
    dialog.key_edit.setText(creds.api_key)
    dialog.secret_edit.setText(creds.api_secret)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile_status.text().startswith("Test connection"), timeout=30_000)
    assert dialog.profile_status.text() == (f"Test connection to {connector.engine_url} with the api_key and api_secret "
                                            "typed above — OK: the service answers and accepts this api_key.")
    dialog.secret_edit.setText("not-the-secret")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wrong api_key or api_secret" in dialog.profile_status.text(), timeout=30_000)
    from .conftest import answer_question

    asked = answer_question(QMessageBox.StandardButton.Discard)  # the wrong secret typed is not kept
    dialog._accept()
    assert asked and "not stored yet" in asked[0]
    assert "lab" in [p.name for p in Settings.load().profiles]
    assert window.profile_box.findData("lab") < 0  # the window refreshes its list when the dialog closes
    window._settings_closed(dialog)
    assert window.profile_box.findData("lab") >= 0


def test_the_application_icon_loads_from_the_package(qapp) -> None:  # type: ignore[no-untyped-def]
    from importlib import resources

    from PySide6.QtGui import QIcon

    from faceid_console.ui.application import icon_path

    assert icon_path() == resources.files("faceid_console.resources.icons") / "faceid-console.svg"
    icon = QIcon(str(icon_path()))
    pixmap = icon.pixmap(64, 64)
    assert not pixmap.isNull() and pixmap.width() == 64  # the SVG renders (Qt's svg image plugin is there)


def test_the_first_paint_is_waited_for_with_qt_s_own_loop() -> None:
    """``run_until_first_paint`` returns right after the window's first paint, or after its timeout when
    the window never paints (it must not hold back the asyncio loop, and so the engine, for long).

    In its own process, as in the console: Qt's loop runs there before any other.
    """
    code = (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "from faceid_console.ui.application import run_until_first_paint\n"
        "app = QApplication(sys.argv)\n"
        "painted = []\n"
        "shown = QMainWindow(); shown.resize(300, 200); shown.show()\n"
        "started = time.monotonic()\n"
        "run_until_first_paint(app, shown, lambda: painted.append(shown.isVisible()), timeout_ms=30_000)\n"
        "print('shown', painted, time.monotonic() - started < 10)\n"
        "shown.close()\n"
        "hidden = QMainWindow()\n"
        "started = time.monotonic()\n"
        "run_until_first_paint(app, hidden, lambda: painted.append(False), timeout_ms=200)\n"
        "waited = time.monotonic() - started\n"
        "print('hidden', painted, waited >= 0.195)\n"  # not a coarse timer's up to 5 % early (190 ms)
        "print('waited', waited, file=sys.stderr)\n"
        "trues = sys.getrefcount(True)\n"
        "for _ in range(20):\n"
        "    run_until_first_paint(app, hidden, timeout_ms=1)\n"
        "print('refs kept', sys.getrefcount(True) >= trues)\n"  # PySide 6.12's signal.disconnect(slot) dropped one
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["shown [True] True", "hidden [True] True", "refs kept True"], done.stderr


def test_a_pages_status_message_does_not_follow_the_reviewer_to_another_page(window) -> None:  # type: ignore[no-untyped-def]
    window.show_status("No biz_token: NO_FACE_FOUND")
    assert window.statusBar().currentMessage() == "No biz_token: NO_FACE_FOUND"
    window.navigation.setCurrentRow(1)
    assert window.statusBar().currentMessage() == ""


def test_settings_show_the_built_in_engines_real_address(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    names = [p.name for p in window.settings.profiles]
    dialog.profile_list.setCurrentRow(names.index("local-engine"))
    url = window.connection.connector.engine_url
    assert url and url.startswith("http://127.0.0.1:")
    assert dialog.url_edit.text() == url and dialog.url_edit.isReadOnly()


def test_switching_profile_clears_the_last_profiles_status_message(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_status("Not verified: CONNECTION_FAILED")
    with qtbot.waitSignal(window.connection.checked, timeout=30_000):
        assert window.connection.check()  # the same profile checked again (changed is emitted)
    assert window.statusBar().currentMessage() != ""  # the message stays
    window.connection.switch_to("cloud-sgp")
    assert window.statusBar().currentMessage() == ""


def test_a_narrowed_navigation_ends_names_in_an_ellipsis_with_the_whole_name_as_tooltip(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The window still fits an 800 px screen; a page name cut short says so ("Liveness se…") and tells the rest
    on hover, instead of being cut mid-word beside a scroll bar."""
    from PySide6.QtWidgets import QSplitter

    splitter = window.navigation.parentWidget()
    assert isinstance(splitter, QSplitter)
    splitter.setSizes([1, 2000])  # dragged as narrow as it goes
    qtbot.waitUntil(lambda: window.navigation.width() == window.navigation.minimumWidth(), timeout=3000)
    assert window.navigation.textElideMode() is Qt.TextElideMode.ElideRight
    assert window.navigation.horizontalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    items = [window.navigation.item(row) for row in range(window.navigation.count())]
    assert [item.toolTip() for item in items] == [item.text() for item in items]


def test_ctrl_return_sends_the_form_of_every_page_that_has_one(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """As on Verify: Ctrl+Return (and the keypad's Ctrl+Enter) from a field presses the page's send button, and
    only on the page on show."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    pages = {window.session_page: window.session_page.send_row.button,
             window.token_page: window.token_page.send_row.button,
             window.inspector_page: window.inspector_page.check_button,
             window.liveness_page: window.liveness_page.fetch_button}
    for page, button in pages.items():
        window.go_to(page)
        qtbot.waitUntil(lambda p=page: window.current_page() is p, timeout=5_000)
        pressed: list[object] = []
        spies = [other.clicked.connect(lambda *_, into=pressed: into.append("another page's button"))
                 for p, other in pages.items() if p is not page]
        field = next((w for w in page.findChildren(QLineEdit) if w.isVisibleTo(page) and w.isEnabled()), None)
        field = field or page.findChild(QPlainTextEdit) or button
        for key, modifiers in ((Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
                               (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.KeypadModifier)):
            qtbot.waitUntil(button.isEnabled, timeout=30_000)  # the last press's call (if any) is over
            field.setFocus()
            with qtbot.waitSignal(button.clicked, timeout=2_000):
                qtbot.keyClick(field, key, modifiers)
        for spy in spies:
            QObject.disconnect(spy)
        assert pressed == [], page.objectName()


def test_a_connection_test_says_its_outcome_in_the_status_line(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+T: "Testing the connection…" stayed in the status line after the answer came."""
    with qtbot.waitSignal(window.connection.checked, timeout=30_000):
        window.test_action.trigger()
        assert window.statusBar().currentMessage() == "Testing the connection…"
    assert window.statusBar().currentMessage() == "Connection tested: Ready: built-in engine answers"


def choose_from_menu(qtbot, window, menu_key: Qt.Key, item_key: Qt.Key, focus: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
    """With the keyboard in ``focus`` (where it is, by default), Alt+key opens a menu of the menu bar and the item's
    own key chooses it: as a reviewer does."""
    from PySide6.QtWidgets import QApplication, QMenu

    # The offscreen platform gives the window back its activation a while after a menu closes.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    if focus is not None:
        focus.setFocus()
    target = QApplication.focusWidget()
    assert target is not None and (focus is None or target is focus)
    qtbot.keyClick(target, menu_key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5_000)
    qtbot.keyClick(QApplication.activePopupWidget(), item_key)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=5_000)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform, for the menus' popups
def test_the_menus_list_the_window_s_keys_and_choosing_one_does_what_its_key_does(qtbot, window, qtlog) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F, F5, Esc and Ctrl+V were in no menu, and the Go menu's pages had no Alt key."""
    from PySide6.QtWidgets import QApplication

    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Go", "&Tools", "&Help"]  # a new menu's Alt key would be a page control's
    items = {action.text(): action.shortcut().toString() for menu in menus.values() for action in menu.actions()
             if not action.isSeparator()}
    assert {"&Cancel": "Esc", "&Paste photo": "Ctrl+V", "&Find in History": "Ctrl+F",
            "&Reload History": "F5"}.items() <= items.items()
    file_items = [action.text() for action in menus["&File"].actions()]
    assert file_items.index("&Cancel") == file_items.index("&Verify") + 1  # next to what it cancels
    for menu in menus.values():  # within a menu, each Alt key reaches one item
        keys = [MNEMONIC.search(action.text()).group(1).lower() for action in menu.actions() if not action.isSeparator()]
        assert len(keys) == len(set(keys)), menu.title()
    go = [action for action in menus["&Go"].actions() if not action.isSeparator()]
    assert [a.text() for a in go] == ["&Verify", "&History", "&Liveness results", "Liveness &session",
                                      "&Callback inspector", "&App token", "&Find in History", "&Reload History"]
    assert [a.shortcut().toString() for a in go] == [f"Ctrl+{n}" for n in range(1, 7)] + ["Ctrl+F", "F5"]
    assert [window.navigation.item(row).text() for row in range(6)] == [
        "Verify", "History", "Liveness results", "Liveness session", "Callback inspector", "App token"]

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    choose_from_menu(qtbot, window, Qt.Key.Key_G, Qt.Key.Key_S)  # Go → Liveness &session
    assert window.current_page() is window.session_page
    # Find and Reload act on History's list: elsewhere, greyed as their keys do nothing there.
    assert not window.find_action.isEnabled() and not window.reload_history_action.isEnabled()
    choose_from_menu(qtbot, window, Qt.Key.Key_G, Qt.Key.Key_H)
    host = window.history_page
    qtbot.waitUntil(lambda: host.page is not None, timeout=30_000)
    page = host.page
    page.search.setText("U-")
    choose_from_menu(qtbot, window, Qt.Key.Key_G, Qt.Key.Key_F, window.navigation)  # Go → Find in History
    assert window.find_action.isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search, timeout=5_000)
    assert page.search.selectedText() == "U-"
    page.search.clear()
    page.apply_filters()
    shown = page.model.rowCount()
    from faceid_console.store import CallKind

    window.history.get().journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "1", "uuid": "U-new"})
    assert page.model.rowCount() == shown  # a call made elsewhere shows at the next reload
    choose_from_menu(qtbot, window, Qt.Key.Key_G, Qt.Key.Key_R)  # Go → Reload History
    qtbot.waitUntil(lambda: page.model.rowCount() == shown + 1, timeout=5_000)
    # The keys themselves still act: one shortcut each, not two that Qt would find ambiguous and fire neither.
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    window.history.get().journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "1", "uuid": "U-two"})
    qtbot.keyClick(page.search, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.rowCount() == shown + 2, timeout=5_000)
    assert not [record.message for record in qtlog.records if "mbiguous" in record.message]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform, for the menus' popups
def test_paste_photo_and_cancel_from_the_menus_act_where_their_keys_do(qtbot, window, faces: Path, monkeypatch, qtlog) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtGui import QGuiApplication, QImage
    from PySide6.QtWidgets import QApplication

    from faceid_console.ui.widgets import photo_slot

    from .helpers import click_radio

    page = window.verify_page
    click_radio(qtbot, page.compare_radio)
    slot = page.slots["image_ref2"]
    page.uuid_edit.setFocus()
    qtbot.waitUntil(page.uuid_edit.hasFocus, timeout=5_000)
    assert not window.paste_photo_action.isEnabled()  # Ctrl+V pastes text in a field, not a photo
    QGuiApplication.clipboard().setImage(QImage(str(faces / "obama_1.jpg")))
    choose_from_menu(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_P, slot.choose_button)  # File → Paste photo
    qtbot.waitUntil(lambda: slot.has_photo, timeout=30_000)
    assert slot.file_label.text() == "pasted image"
    assert not any(other.has_photo or other.busy for other in page.slots.values() if other is not slot)
    assert window.paste_photo_action.isEnabled()  # the keyboard is back in the slot's button
    slot.clear()
    window.activateWindow()  # given back late after a menu, on the offscreen platform; shortcuts need it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and slot.choose_button.hasFocus(), timeout=5_000)
    qtbot.keyClick(slot.choose_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # the key still pastes
    qtbot.waitUntil(lambda: slot.has_photo, timeout=30_000)

    page.uuid_edit.setText("applicant-7")
    page.slots["image"].set_file(faces / "obama_4.jpg")
    qtbot.waitUntil(lambda: not any(s.busy for s in page.slots.values()), timeout=30_000)
    gate = threading.Event()
    real_inspect = photo_slot.inspect_photo

    def slow_inspect(*args):  # type: ignore[no-untyped-def]
        gate.wait(30)  # holds preparation until the test has cancelled
        return real_inspect(*args)

    monkeypatch.setattr(photo_slot, "inspect_photo", slow_inspect)
    for cancel_with_menu in (True, False):
        page.slots["image"].set_file(faces / "obama_1.jpg")
        with qtbot.waitSignal(page.finished, timeout=30_000):
            page.submit()
            qtbot.waitUntil(page.cancel_button.isEnabled)
            if cancel_with_menu:
                choose_from_menu(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_C, page.uuid_edit)  # File → Cancel
            else:
                window.activateWindow()
                qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
                qtbot.keyClick(page.uuid_edit, Qt.Key.Key_Escape)  # Esc itself: one shortcut, not two
        assert page.result_view.headline.text() == "Cancelled: nothing was sent" and page.last_sent is None
        gate.set()
        qtbot.waitUntil(page.submit_button.isEnabled, timeout=30_000)
        gate.clear()
        window.menuBar().actions()[0].menu().aboutToShow.emit()  # the File menu opened again
        assert not window.cancel_action.isEnabled()  # greyed, as Esc does nothing now
    assert not [record.message for record in qtlog.records if "mbiguous" in record.message]


def all_pages_built(window) -> bool:  # type: ignore[no-untyped-def]
    return all(holder.is_built for holder in window._deferred.values()) and window.history_page.page is not None


def test_the_pages_not_visited_are_built_in_idle_time_and_ctrl_n_finds_them_ready(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    assert not any(holder.is_built for holder in window._deferred.values())
    window.build_pages_when_idle()
    qtbot.waitUntil(lambda: all_pages_built(window), timeout=30_000)
    assert window.idle_build.finished
    assert window.pages.currentWidget() is window.verify_page  # built behind the page on show, none shown
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    page = window.token_page
    window._show_page_from_keyboard(window.pages.indexOf(window._deferred["token"]))  # Ctrl+6
    assert window.pages.currentWidget().content() is page  # the page built ahead, not a second one
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()), timeout=5_000)


def test_ctrl_n_puts_the_keyboard_in_the_first_field_of_each_page_built_in_idle_time(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Built ahead in idle time (as the console runs), History joined the window's Tab order at its end, some 500
    steps from its place: Ctrl+2 left the keyboard on the page's holder, which takes no keys, and what was typed next
    went nowhere; the same after a visit."""
    from PySide6.QtWidgets import QApplication

    window.build_pages_when_idle()
    qtbot.waitUntil(lambda: all_pages_built(window) and window.idle_build.finished, timeout=30_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    history = window.history_page.page
    first_fields = [window.verify_page.uuid_edit, history.search, window.liveness_page.biz_edit,
                    window.session_page.uuid_edit, window.inspector_page.paste_edit, window.token_page.liveness_box]
    for visit in range(2):  # built ahead, then visited once
        for number, field in enumerate(first_fields, start=1):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda field=field: QApplication.focusWidget() is field, timeout=5_000)
            assert field.hasFocus(), (visit, number)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history.search, timeout=5_000)
    qtbot.keyClicks(QApplication.focusWidget(), "applicant")
    assert history.search.text() == "applicant"


def test_a_page_opened_before_its_idle_build_is_kept_and_the_others_are_built(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    row = window.pages.indexOf(window._deferred["session"])
    window._show_page_from_keyboard(row)  # Ctrl+4 at once: built on the spot, as before
    session = window.session_page
    qtbot.waitUntil(lambda: session.isAncestorOf(QApplication.focusWidget()), timeout=5_000)
    window.build_pages_when_idle()
    qtbot.waitUntil(lambda: all_pages_built(window), timeout=30_000)
    assert window.session_page is session and window.navigation.currentRow() == row
    assert session.isAncestorOf(QApplication.focusWidget())  # the reviewer's place is left alone


def test_the_idle_build_waits_while_a_verify_is_prepared_and_sent(qtbot, window, faces: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    built_while_working: list[str] = []
    for key, holder in window._deferred.items():
        holder.built.connect(lambda _page, key=key: page.working and built_while_working.append(key))
    window.activateWindow()
    with qtbot.waitSignal(page.finished, timeout=120_000):
        page.submit()
        working = page.working  # checked once the call has ended: a failed assert in here hung the test
        window.build_pages_when_idle()
    assert working
    view = page.result_view
    assert view.result is not None and view.answer_parts_ready  # the answer built its parts, as before
    shown = view.headline.text()
    parts = {name: view.__dict__[name] for name in ANSWER_PARTS}
    qtbot.waitUntil(lambda: all_pages_built(window) and window.idle_build.finished, timeout=30_000)
    assert built_while_working == []
    # The idle build neither built the parts again nor took the answer off.
    assert all(view.__dict__[name] is part for name, part in parts.items())
    assert view.result is not None and view.headline.text() == shown and view.verdict is not None
    assert view.scores_box.isVisibleTo(page) and view.details_box.isVisibleTo(page) and len(view.score_rows) == 1
    assert not view.error_panel.isVisibleTo(page)


def focus_chain(start: QWidget) -> list[QWidget]:
    """The window's focus chain from ``start`` round to it (what Tab walks, hidden controls included)."""
    chain = [start]
    while (after := chain[-1].nextInFocusChain()) is not start and len(chain) < 1000:
        chain.append(after)
    return chain


def test_the_idle_build_makes_verify_s_answer_parts_before_any_verify_is_sent(qtbot, window, faces: Path) -> None:  # type: ignore[no-untyped-def]
    """Built with the first answer, the parts of an answer (the error panel, scores, faces, genuineness, details) and
    their place in Tab order stalled the showing of a session's first answer 40-50 ms (benchmarks/first_answer.py).
    The idle build makes them first, hidden and already in their place; the first answer only fills them in."""
    page = window.verify_page
    view = page.result_view
    assert not ANSWER_PARTS & set(view.__dict__) and not view.answer_parts_ready
    window.build_pages_when_idle()
    qtbot.waitUntil(lambda: all_pages_built(window) and window.idle_build.finished, timeout=30_000)
    assert page.last_sent is None and view.result is None and view.headline.text() == "No result yet"
    assert set(view.__dict__) >= ANSWER_PARTS and view.answer_parts_ready
    assert set(ANSWER_PART_MODULES) <= set(sys.modules)
    assert not any(part.isVisibleTo(page) for part in (view.error_panel, view.exceptions_label, view.scores_box,
                                                       view.faces_box, view.genuineness_box, view.details_box))
    # In Tab order where they are shown: after Verify and the verdict, before the decision button.
    chain = focus_chain(page.submit_button)
    order = [chain.index(control) for control in (view.gauge, view.json_toggle, view.copy_request, view.copy_json,
                                                   view.raw_json)]
    assert order == sorted(order) and order[-1] < chain.index(page.decide_button)
    parts = {name: view.__dict__[name] for name in ANSWER_PARTS}
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    assert view.verdict is not None and view.headline.text().startswith("Same person")
    assert view.scores_box.isVisibleTo(page) and view.faces_box.isVisibleTo(page) and len(view.score_rows) == 1
    assert all(view.__dict__[name] is part for name, part in parts.items())  # filled in, not built again


def test_once_the_window_has_settled_what_start_up_made_is_out_of_full_collections(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A full collection walks every object tracked while holding the interpreter lock: over a settled window's some
    100 000 it took 40–70 ms, a stall of whatever the reviewer did when it fell (the first biz_token request, in the
    probe; benchmarks/stalls.py). Once the pages are built and the History store is open, what start-up made is
    frozen out of them (``gc.freeze``), the History store too: it is frozen only once that store has opened."""
    import gc

    window.build_pages_when_idle()
    qtbot.waitUntil(lambda: all_pages_built(window) and window.idle_build.finished, timeout=30_000)
    long_lived = [window, window.verify_page, window.token_page, window.history_page.page, window.history_page.store]
    assert all(gc.is_tracked(thing) for thing in long_lived)
    walked = {id(thing) for thing in gc.get_objects()}  # what a full collection walks (the frozen ones are not)
    assert [thing for thing in long_lived if id(thing) in walked] == []


def test_a_history_that_cannot_be_opened_does_not_keep_the_start_up_heap_in_full_collections(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, connector, settings, window_state) -> None:
    """The freeze waits for the History store's opening, and its failure (a database server down) ends the wait too."""
    import gc

    from faceid_console.lazy_history import LazyHistoryStore
    from faceid_console.store import StoreError
    from faceid_console.ui.connection import Connection
    from faceid_console.ui.main_window import MainWindow

    def unreachable():  # type: ignore[no-untyped-def]
        raise StoreError("the history database server does not answer")

    connection = Connection(settings, connector)
    window = MainWindow(connection=connection, settings=settings, history=LazyHistoryStore(unreachable),
                        state=window_state, language="en")
    qtbot.addWidget(window)
    window.show()
    connection.open_active()
    try:
        qtbot.waitUntil(lambda: connection.state is ServiceState.READY, timeout=120_000)
        window.build_pages_when_idle()
        qtbot.waitUntil(lambda: "cannot be opened" in window.history_page.notice.text()
                        and window.idle_build.finished, timeout=30_000)
        assert id(window.verify_page) not in {id(thing) for thing in gc.get_objects()}
    finally:
        connection.close()


def test_the_first_paint_comes_before_any_page_is_built_and_the_pages_follow_it() -> None:
    """The real start-up (no --smoke): the window paints with Verify alone, its answer's parts unbuilt; the parts and
    the other pages are built after."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from faceid_console.entry import main\n"
        "from faceid_console.ui.main_window import MainWindow\n"
        "from faceid_console.ui.pages.deferred_page import DeferredPage\n"
        "from faceid_console.ui.pages.history_host import HistoryPageHost\n"
        "from faceid_console.ui.widgets.result_view import ResultView\n"
        "events = []\n"
        "paint, content, show_page = MainWindow.paintEvent, DeferredPage.content, HistoryPageHost._show_page\n"
        "build_parts = ResultView.build_answer_parts\n"
        "def painted(self, event):\n"
        "    'paint' in events or events.append('paint')\n"
        "    paint(self, event)\n"
        "def built(self):\n"
        "    self.is_built or events.append(self.objectName())\n"
        "    return content(self)\n"
        "def parts_built(self):\n"
        "    self._parts_built or events.append('parts of ' + self.objectName())\n"
        "    build_parts(self)\n"
        "def history_built(self, store):\n"
        "    events.append('history')\n"
        "    show_page(self, store)\n"
        "    QTimer.singleShot(0, self.window().close)  # the last one: the window closes\n"
        "MainWindow.paintEvent, DeferredPage.content, HistoryPageHost._show_page = painted, built, history_built\n"
        "ResultView.build_answer_parts = parts_built\n"
        "code = main([])\n"
        "print(events)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == str(["paint", "parts of resultView", "livenessPageHolder",
                                                "sessionPageHolder", "inspectorPageHolder", "tokenPageHolder",
                                                "history"])


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform, for the list's popup
def test_stepping_through_profiles_with_the_arrow_keys_switches_once_where_the_reviewer_stops(  # type: ignore[no-untyped-def]
        qtbot, window, settings) -> None:
    """Each arrow key on the closed profile box used to open that profile (a keyring read, a call to the service):
    stepping past the cloud profiles to the third one opened all of them. Now only the one stopped on is opened;
    one picked from the list is opened at once."""
    from .conftest import custom_profile

    custom_profile(settings, "lab-a", "http://127.0.0.1:9")
    custom_profile(settings, "lab-b", "http://127.0.0.1:9")
    window._show_connection()  # the box lists the profiles added
    box = window.profile_box
    switched: list[str] = []
    window.connection.switch_to = switched.append  # type: ignore[method-assign]
    box.setFocus()
    first = box.currentIndex()
    for _ in range(2):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentIndex() == first + 2 and switched == []
    window._show_connection()  # a state change of the profile still open does not move the box back meanwhile
    assert box.currentIndex() == first + 2
    qtbot.waitUntil(lambda: switched != [], timeout=5_000)
    qtbot.wait(100)
    assert switched == [box.itemData(first + 2)]

    qtbot.keyClick(box, Qt.Key.Key_Up)
    window.activateWindow()
    window.navigation.setFocus()  # leaving the box counts at once
    assert switched[-1] == box.itemData(first + 1)

    box.showPopup()
    view = box.view()
    view.setCurrentIndex(box.model().index(first, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert switched[-1] == box.itemData(first)  # from the list: no wait
    assert len(switched) == 3


def test_a_profile_stepped_to_and_not_settled_is_not_opened_when_the_window_closes(  # type: ignore[no-untyped-def]
        qtbot, window, settings) -> None:
    """Down, then Ctrl+Q within 0.6 s: the window's going took the focus from the box, which counted as leaving it,
    so the stepped-to profile was saved as active and opened (maybe starting the engine) on the way out."""
    box = window.profile_box
    switched: list[str] = []
    window.connection.switch_to = switched.append  # type: ignore[method-assign]
    active = settings.active_profile
    window.activateWindow()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.settling
    window.close()
    qtbot.wait(700)  # past the settle time
    assert switched == [] and settings.active_profile == active
