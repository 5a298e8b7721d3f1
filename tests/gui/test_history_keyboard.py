"""History from the keyboard alone: Tab leaves its windows, the keyboard stays on the page while it works, and a
screen reader hears each filter's own name."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from faceid_console.store import CallKind, HistoryStore
from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.pages import history_page
from faceid_console.ui.pages.history_page import HistoryPage

from .helpers import fill_compare, focus_visits, submit_with_keyboard
from .test_main_window import spoken_name


def _on_history(qtbot, window: MainWindow) -> HistoryPage:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.navigation.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.history_page.page is not None, timeout=30_000)
    page = window.history_page.page
    assert page is not None
    return page


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: Per day… raises its window
def test_tab_leaves_the_per_day_table_for_close(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Tab moved from day to day in the table of billed calls, round and round, and never reached Close."""
    page = _on_history(qtbot, window)
    qtbot.keyClick(page.search, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # Per da&y…
    dialog, table = page.billed_dialog, page.billed_table
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus, timeout=5_000)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    close = QApplication.focusWidget()
    assert isinstance(close, QPushButton) and close.text().replace("&", "") == "Close"
    qtbot.keyClick(close, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def test_apply_keeps_the_keyboard_beside_it_while_the_retention_is_counted_and_purged(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """Space on Apply: Apply was off while the purge was counted and made, and the keyboard went to the page list."""
    page = _on_history(qtbot, window)
    qtbot.waitUntil(page.retention_button.isEnabled, timeout=10_000)
    page.image_days.setValue(30)
    page.retention_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.retention_button.hasFocus, timeout=5_000)
    with focus_visits() as visited:
        qtbot.keyClick(page.retention_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: page.files_outcome.text().startswith("Retention saved")
                        and page.retention_button.isEnabled(), timeout=10_000)
    assert all(page.isAncestorOf(widget) for widget in visited), visited
    assert QApplication.focusWidget() is page.retention_button
    assert page.retention_progress in visited  # it waited on the busy bar in Apply's place
    assert not page.retention_progress.isVisible() and page.retention_button.isVisible()


@pytest.fixture
def an_entry(tmp_path: Path) -> int:
    """The window's history (tests/gui/conftest.py's, in ``tmp_path``) holding one answered verify call."""
    store = HistoryStore.open(sqlite_path=tmp_path / "history.sqlite3", database_url="")
    try:
        entry = store.journal.begin(CallKind.VERIFY, "local-engine", {"uuid": "U-keyboard"})
        store.journal.complete(entry, {"request_id": "req-keyboard", "result_faceid": {
            "confidence": 90.0, "thresholds": {"1e-3": 62, "1e-4": 72, "1e-5": 80}}})
        return int(entry)
    finally:
        store.close()


@pytest.fixture
def held_files(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Exports and reports wait, on their worker thread, until the event is set (set at the end in any case)."""
    from faceid_console.store import export

    release = threading.Event()
    real_to_file, real_write_pdf = export.to_file, history_page.VerificationReport.write_pdf

    def held(write: Callable[..., object]) -> Callable[..., object]:
        def wait_then_write(*args: object, **kwargs: object) -> object:
            assert release.wait(30)
            return write(*args, **kwargs)
        return wait_then_write

    monkeypatch.setattr(export, "to_file", held(real_to_file))
    monkeypatch.setattr(history_page.VerificationReport, "write_pdf", held(real_write_pdf))
    yield release
    release.set()


def _keyboard_stays_on_the_page(qtbot, page: HistoryPage, press: Callable[[], None],  # type: ignore[no-untyped-def]
                                bar: QWidget, button: QPushButton, back_on: QWidget, release: threading.Event,
                                said: str) -> None:
    """``press`` starts a file: the keyboard waits on ``bar``, shown in ``button``'s place, while it is written,
    never leaving the page, and is back on ``back_on`` once it is."""
    with focus_visits() as visited:
        press()
        qtbot.waitUntil(lambda: page.files.busy, timeout=5_000)
        assert QApplication.focusWidget() is bar and bar.isVisible() and not button.isVisible()
        assert bar.accessibleName() == "Progress"
        release.set()
        qtbot.waitUntil(lambda: page.files_outcome.text().startswith(said) and button.isEnabled(), timeout=10_000)
    assert all(page.isAncestorOf(widget) for widget in visited), visited
    assert QApplication.focusWidget() is back_on
    assert not bar.isVisible() and button.isVisible()


def test_export_keeps_the_keyboard_in_its_place_while_the_file_is_written(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        held_files: threading.Event) -> None:
    """Space on Export…: Export… was off while the file was written, and the keyboard went to the page list, where
    the next letter switched page."""
    path = tmp_path / "history.csv"
    monkeypatch.setattr(history_page.QFileDialog, "getSaveFileName", lambda *_a: (str(path), "CSV (*.csv)"))
    page = _on_history(qtbot, window)
    page.export_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.export_button.hasFocus, timeout=5_000)
    _keyboard_stays_on_the_page(qtbot, page, lambda: qtbot.keyClick(page.export_button, Qt.Key.Key_Space),
                                page.export_progress, page.export_button, page.export_button, held_files,
                                "0 entries exported")
    assert path.exists()


def test_save_pdf_report_keeps_the_keyboard_in_its_place_while_the_report_is_written(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, an_entry: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        held_files: threading.Event) -> None:
    """Alt+O on Save PDF report…: it was off while the report was written, and the keyboard left the page."""
    path = tmp_path / "report.pdf"
    monkeypatch.setattr(history_page.QFileDialog, "getSaveFileName", lambda *_a: (str(path), "PDF (*.pdf)"))
    page = _on_history(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == an_entry
                    and page.report_button.isEnabled(), timeout=10_000)
    page.report_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.report_button.hasFocus, timeout=5_000)
    _keyboard_stays_on_the_page(
        qtbot, page, lambda: qtbot.keyClick(page.report_button, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier),
        page.report_progress, page.report_button, page.report_button, held_files, "Report saved")
    assert path.stat().st_size > 0


def test_apply_keeps_the_keyboard_on_the_page_while_an_export_it_started_is_written(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        held_files: threading.Event) -> None:
    """Alt+X with the keyboard on Apply: Apply is off while the file is written too, and the keyboard left the
    page. It waits on the export's bar, and is back on Apply."""
    path = tmp_path / "history.csv"
    monkeypatch.setattr(history_page.QFileDialog, "getSaveFileName", lambda *_a: (str(path), "CSV (*.csv)"))
    page = _on_history(qtbot, window)
    qtbot.waitUntil(page.retention_button.isEnabled, timeout=10_000)
    page.retention_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.retention_button.hasFocus, timeout=5_000)
    _keyboard_stays_on_the_page(
        qtbot, page, lambda: qtbot.keyClick(page.retention_button, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier),
        page.export_progress, page.export_button, page.retention_button, held_files, "0 entries exported")


def test_the_decision_filter_and_the_decision_box_have_names_of_their_own(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Both were "Decision": a screen reader could not tell the filter of the list from the decision form's box."""
    page = _on_history(qtbot, window)
    assert page.decision_box.accessibleName() == "Decision filter"
    assert page.decision_choice.accessibleName() == "Decision"
    assert spoken_name(page.decision_box) == "Decision filter"  # as Qt on Linux gives it: by its label
    assert spoken_name(page.decision_choice) == "Decision"
    filters = [page.kind_box, page.verdict_box, page.decision_box, page.profile_box, page.image_mode]
    assert [spoken_name(box) for box in filters] == ["Call", "Verdict", "Decision filter", "Profile", "Retention"]


def test_records_kept_shorter_than_photos_are_marked_at_the_records_box_with_what_to_do(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """"Records cannot be purged before their photos." was said in the status line only, marking no box, and did not
    say what to do."""
    from faceid_console.ui.colours import FAIL, outline_colour

    page = _on_history(qtbot, window)
    qtbot.waitUntil(page.retention_button.isEnabled, timeout=10_000)
    page.image_days.setValue(30)
    page.record_days.setValue(10)
    page.retention_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.retention_button.hasFocus, timeout=5_000)
    qtbot.keyClick(page.retention_button, Qt.Key.Key_Space)
    said = ("Records cannot be purged before their photos: keep records at least as long as photos, or for ever.")
    assert page.retention_problem.isVisible() and page.retention_problem.text() == said
    assert outline_colour(page.record_days) == FAIL and page.record_days.accessibleDescription() == said
    assert QApplication.focusWidget() is page.record_days  # where it is put right
    qtbot.keyClick(page.record_days, Qt.Key.Key_Up)  # changed: the mark goes
    assert not page.retention_problem.isVisible() and outline_colour(page.record_days) is None
    assert page.record_days.accessibleDescription() == ""


@pytest.mark.usefixtures("chinese")
def test_in_an_800_px_window_in_chinese_each_busy_bar_takes_its_button_s_place_and_nothing_moves(  # type: ignore[no-untyped-def]
        qtbot, make_window: Callable[..., MainWindow], an_entry: int, tmp_path: Path,
        held_files: threading.Event) -> None:
    """Export…'s and Save PDF report…'s busy bars are as large as their buttons, where they were: the row beside
    Export… and the entry above the report keep their places while the file is written, and after."""
    from PySide6.QtCore import QEvent, QRect

    window = make_window("zh_CN")
    window.resize(800, 600)
    page = _on_history(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None and page.report_button.isEnabled(), timeout=10_000)
    assert page.export_button.text() == "导出(&X)…"

    def places(widgets: list[QWidget], within: QWidget) -> dict[QWidget, QRect]:
        for _ in range(3):  # laid out: each layout's request may post its parent's
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return {widget: QRect(widget.mapTo(within, widget.rect().topLeft()), widget.size())
                for widget in widgets if widget.isVisible()}

    footer = page.export_button.parentWidget()
    detail = page.report_button.parentWidget()
    # The outcome line under the export's row grows as it likes: the row and the entry are measured from above it.
    export_row = [page.billed_label, page.billed_button, page.unmask_box, page.export_button]
    entry = [widget for widget in detail.findChildren(QWidget) if widget is not page.report_progress]
    for start, button, bar, widgets, within in (
            (lambda: page.export_to(tmp_path / "x.csv"), page.export_button, page.export_progress, export_row, footer),
            (lambda: page.save_report(tmp_path / "r.pdf"), page.report_button, page.report_progress, entry, detail)):
        before = places(widgets, within)
        assert start()
        during = places([*widgets, bar], within)
        assert bar.isVisible() and not button.isVisible()
        assert during.pop(bar) == before.pop(button)
        assert during == before
        held_files.set()
        qtbot.waitUntil(lambda: not page.files.busy, timeout=10_000)
        held_files.clear()


def test_enter_on_record_decision_records_it_and_enter_in_a_field_presses_no_button(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path) -> None:
    """Tabbed to Record decision, Enter recorded nothing and said nothing (Qt presses a focused button on Enter in
    dialogs only): only Space did. Enter in a field still presses none of the page's buttons."""
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg", uuid="enter-records")
    submit_with_keyboard(qtbot, window)
    answered = window.verify_page.answer_entry
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    host = window.history_page
    qtbot.waitUntil(lambda: host.page is not None and QApplication.focusWidget() is host.page.decision_choice,
                    timeout=30_000)
    page = host.page
    pressed: list[str] = []
    for button in page.findChildren(QPushButton):
        button.clicked.connect(lambda _checked=False, button=button: pressed.append(button.text()))
    assert page.current is not None and page.current.id == answered
    qtbot.keyClick(page.decision_choice, Qt.Key.Key_Down)  # Approve
    qtbot.keyClick(page.decision_choice, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the first reason that fits
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Note, left empty
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.decide_button and page.decide_button.isEnabled()
    qtbot.keyClick(page.decide_button, Qt.Key.Key_Return)
    assert len(pressed) == 1
    qtbot.waitUntil(page.current_decision.isVisible, timeout=10_000)
    assert page.current_decision.text().startswith("Decided: Approved by ")
    page.error_code.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.error_code.hasFocus, timeout=5_000)
    qtbot.keyClick(page.error_code, Qt.Key.Key_Return)  # lists the entries with that code, as before
    assert len(pressed) == 1, pressed  # Record decision's press alone


@pytest.mark.parametrize("part", ["overlay", "json_toggle", "copy_json"])
def test_f5_leaves_the_keyboard_on_the_part_of_the_entry_it_was_on(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, faces: Path, monkeypatch: pytest.MonkeyPatch, part: str) -> None:
    """F5 with the keyboard on the entry's photo with its face boxes, Raw JSON or Copy JSON: the entry, drawn again,
    was hidden a moment, and Qt passed the keyboard on to the Decision box, where the next Down chose Approve."""
    fill_compare(qtbot, window.verify_page, faces / "obama_1.jpg", faces / "obama_2.jpg", uuid="f5-keeps")
    submit_with_keyboard(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    host = window.history_page
    qtbot.waitUntil(lambda: host.page is not None and QApplication.focusWidget() is host.page.decision_choice,
                    timeout=30_000)
    page = host.page
    view = page.result_view
    qtbot.waitUntil(lambda: not view.overlay.pending, timeout=10_000)
    drawn: list[bool] = []
    draw = view.show_result
    monkeypatch.setattr(view, "show_result", lambda *a, **k: (draw(*a, **k), drawn.append(True)))
    target = getattr(view, part)
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus, timeout=5_000)
    with focus_visits() as visited:
        qtbot.keyClick(target, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: bool(drawn), timeout=10_000)
        qtbot.waitUntil(lambda: not view.overlay.pending, timeout=10_000)
    assert visited == [] and QApplication.focusWidget() is target, [type(widget).__name__ for widget in visited]
    qtbot.keyClick(target, Qt.Key.Key_Down)
    assert page.decision_choice.currentIndex() == -1  # no decision chosen by an arrow key


@pytest.mark.parametrize(("entry", "view_name", "part"), [
    ("error", "result_view", "json_toggle"), ("error", "result_view", "copy_json"),
    ("biz_token", "result_view", "overlay"),
    ("liveness", "liveness_view", "json_toggle"), ("liveness", "liveness_view", "result_view.copy_session_request")])
def test_f5_leaves_the_keyboard_where_it_was_on_an_error_a_biz_token_or_a_liveness_result(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, other_entries: dict[str, int], monkeypatch: pytest.MonkeyPatch, entry: str,
        view_name: str, part: str) -> None:
    """As on a verify's answer: F5 on a refusal, a biz_token's photo with its faces or a session's result hid its
    parts a moment, and Qt passed the keyboard on to the Decision box, where the next Down chose Approve."""
    page = _on_history(qtbot, window)
    page.select_entry(other_entries[entry])
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == other_entries[entry], timeout=10_000)
    from operator import attrgetter

    target = attrgetter(f"{view_name}.{part}")(page)
    qtbot.waitUntil(lambda: target.isVisible() and target.isEnabled(), timeout=10_000)
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus, timeout=5_000)
    view = getattr(page, view_name)
    drawn: list[bool] = []
    clear = view.clear
    monkeypatch.setattr(view, "clear", lambda *a, **k: (clear(*a, **k), drawn.append(True)))  # drawn from empty
    with focus_visits() as visited:
        qtbot.keyClick(target, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: bool(drawn) and target.isVisible() and target.isEnabled(), timeout=10_000)
        qtbot.wait(200)  # its photo decoded and drawn
    assert visited == [] and QApplication.focusWidget() is target, [type(widget).__name__ for widget in visited]
    qtbot.keyClick(target, Qt.Key.Key_Down)
    assert page.decision_choice.currentIndex() == -1  # no decision chosen by an arrow key


def test_f5_leaves_the_keyboard_on_the_image_of_a_liveness_result_it_was_on(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, other_entries: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """F5 with the keyboard on one of a session's images: the gallery made new buttons for the same images, the one
    with the keyboard was gone, and Qt passed the keyboard on to the Decision box, where the next Down chose Approve."""
    page = _on_history(qtbot, window)
    page.select_entry(other_entries["liveness"])
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == other_entries["liveness"], timeout=10_000)
    gallery = page.liveness_view.gallery
    qtbot.waitUntil(lambda: "image_action1" in gallery.images, timeout=10_000)
    target = gallery.buttons["image_action1"]
    qtbot.waitUntil(lambda: target.isVisible() and target.isEnabled(), timeout=10_000)
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus, timeout=5_000)
    view = page.liveness_view
    drawn: list[bool] = []
    clear = view.clear
    monkeypatch.setattr(view, "clear", lambda *a, **k: (clear(*a, **k), drawn.append(True)))  # drawn from empty
    with focus_visits() as visited:
        qtbot.keyClick(target, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: bool(drawn) and "image_action1" in gallery.images, timeout=10_000)
        qtbot.wait(200)  # its images decoded and drawn
    button = gallery.buttons["image_action1"]
    assert button.isVisible() and button.isEnabled() and not button.icon().isNull()
    assert visited == [] and QApplication.focusWidget() is button, [type(widget).__name__ for widget in visited]
    qtbot.keyClick(button, Qt.Key.Key_Down)
    assert page.decision_choice.currentIndex() == -1  # no decision chosen by an arrow key
