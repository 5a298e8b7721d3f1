"""History from the keyboard alone: Tab leaves its windows, the keyboard stays on the page while it works, and a
screen reader hears each filter's own name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.pages.history_page import HistoryPage

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
    visited: list[QWidget] = []

    def moved(_old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            visited.append(new)

    QApplication.instance().focusChanged.connect(moved)  # type: ignore[attr-defined]
    try:
        qtbot.keyClick(page.retention_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: page.files_outcome.text().startswith("Retention saved")
                        and page.retention_button.isEnabled(), timeout=10_000)
    finally:
        QApplication.instance().focusChanged.disconnect(moved)  # type: ignore[attr-defined]
    assert all(page.isAncestorOf(widget) for widget in visited), visited
    assert QApplication.focusWidget() is page.retention_button
    assert page.retention_progress in visited  # it waited on the busy bar in Apply's place
    assert not page.retention_progress.isVisible() and page.retention_button.isVisible()


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
