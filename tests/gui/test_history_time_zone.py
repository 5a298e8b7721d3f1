"""History in the reviewer's own time zone: a reviewer in Beijing (UTC+08:00) saw their calls of 00:00–08:00 under
the day before, at UTC times they had to convert in their head. Times and days follow Settings' "Times shown in"
(this computer's zone by default, or UTC), the zone named beside them; the history keeps UTC."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from faceid_console.settings import Settings
from faceid_console.store import CallKind, HistoryStore
from faceid_console.store.schema import calls
from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.models.history_model import COLUMN_NAMES
from faceid_console.ui.pages.history_page import HistoryPage
from faceid_console.ui.settings_dialog import SettingsDialog
from faceid_console.ui.texts import decision_summary

#: 01:30 on 2 December in Beijing; 23:30 on 1 December there.
AFTER_MIDNIGHT_THERE = datetime.datetime(2026, 12, 1, 17, 30)
BEFORE_MIDNIGHT_THERE = datetime.datetime(2026, 12, 1, 15, 30)


def _answered(store: HistoryStore, at: datetime.datetime, uuid: str) -> int:
    """A verify call answered, as if made at ``at`` (naive UTC, as stored)."""
    entry = store.journal.begin(CallKind.VERIFY, "local-engine", {"uuid": uuid})
    store.journal.complete(entry, {"request_id": f"req-{uuid}", "result_faceid": {
        "confidence": 90.0, "thresholds": {"1e-3": 62, "1e-4": 72, "1e-5": 80}}})
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == entry).values(created_at=at, billed=True))
    return int(entry)


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[int, int]:
    """The window's history (tests/gui/conftest.py's, in ``tmp_path``) holding a call on each side of midnight in
    Beijing; their ids, the later first."""
    store = HistoryStore.open(sqlite_path=tmp_path / "history.sqlite3", database_url="", operator="reviewer-bj")
    try:
        return _answered(store, AFTER_MIDNIGHT_THERE, "U-late"), _answered(store, BEFORE_MIDNIGHT_THERE, "U-early")
    finally:
        store.close()


def _on_history(qtbot, window: MainWindow) -> HistoryPage:  # type: ignore[no-untyped-def]
    window.navigation.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.history_page.page is not None, timeout=30_000)
    page = window.history_page.page
    assert page is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    return page


def _times(page: HistoryPage) -> list[str]:
    column = COLUMN_NAMES.index("time")
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def _listed_on(qtbot, page: HistoryPage, first: QDate, last: QDate) -> set[int]:  # type: ignore[no-untyped-def]
    page.date_range.setChecked(True)
    page.date_from.setDate(first)
    page.date_to.setDate(last)
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)
    return {page.model.entry(row).id for row in range(page.model.rowCount())}  # type: ignore[union-attr]


def _choose_in_settings(qtbot, window: MainWindow, shown_times: str) -> None:  # type: ignore[no-untyped-def]
    """Settings opened from the window, "Times shown in" chosen, OK."""
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
    # This computer's zone named with its offset of now, beside UTC.
    assert [dialog.zone_box.itemText(i) for i in range(dialog.zone_box.count())] == [
        "This computer's time zone (UTC+08:00)", "UTC"]
    assert dialog.zone_box.currentData() == window.settings.shown_times
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData(shown_times))
    dialog._ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def test_history_lists_and_filters_by_the_computer_s_zone_and_follows_a_switch_to_utc(  # type: ignore[no-untyped-def]
        qtbot, in_beijing: None, seeded: tuple[int, int], make_window: Callable[..., MainWindow]) -> None:
    late, early = seeded
    window = make_window()
    page = _on_history(qtbot, window)
    time_column = COLUMN_NAMES.index("time")
    assert page.model.headerData(time_column, Qt.Orientation.Horizontal) == "Time (UTC+08:00)"
    assert _times(page) == ["2026-12-02 01:30:00", "2026-12-01 23:30:00"]
    assert page.date_range.text() == "Fro&m (UTC+08:00)"
    assert "this computer's time zone (UTC+08:00)" in page.date_range.toolTip()
    # Whole days in Beijing: its 2nd began at 16:00 UTC on the 1st.
    assert _listed_on(qtbot, page, QDate(2026, 12, 2), QDate(2026, 12, 2)) == {late}
    assert _listed_on(qtbot, page, QDate(2026, 12, 1), QDate(2026, 12, 1)) == {early}
    assert _listed_on(qtbot, page, QDate(2026, 12, 1), QDate(2026, 12, 2)) == {late, early}
    page.select_entry(late)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == late, timeout=10_000)
    assert " · 2026-12-02 01:30:00 UTC+08:00 · profile " in page.entry_label.text(), page.entry_label.text()

    _choose_in_settings(qtbot, window, "utc")  # no restart: the page on show re-reads its days and re-words its times
    assert Settings.load().shown_times == "utc"
    qtbot.waitUntil(lambda: page.model.headerData(time_column, Qt.Orientation.Horizontal)
                    == "Time (UTC)", timeout=10_000)
    assert page.date_range.text() == "Fro&m (UTC)"
    # The 1st in UTC now holds both; the 2nd, none.
    qtbot.waitUntil(lambda: {page.model.entry(r).id for r in range(page.model.rowCount())}  # type: ignore[union-attr]
                    == {late, early}, timeout=10_000)
    assert _times(page) == ["2026-12-01 17:30:00", "2026-12-01 15:30:00"]
    qtbot.waitUntil(lambda: " · 2026-12-01 17:30:00 UTC · profile " in page.entry_label.text(), timeout=10_000)
    assert _listed_on(qtbot, page, QDate(2026, 12, 2), QDate(2026, 12, 2)) == set()

    _choose_in_settings(qtbot, window, "local")
    qtbot.waitUntil(lambda: _times(page)[:1] == ["2026-12-02 01:30:00"], timeout=10_000)
    assert page.model.headerData(time_column, Qt.Orientation.Horizontal) == "Time (UTC+08:00)"


def test_a_decision_is_timed_in_the_computer_s_zone(  # type: ignore[no-untyped-def]
        qtbot, in_beijing: None, seeded: tuple[int, int], make_window: Callable[..., MainWindow]) -> None:
    """The trail and the line said to Verify after deciding: the time and its zone as the list gives them."""
    late, _early = seeded
    window = make_window()
    page = _on_history(qtbot, window)
    page.select_entry(late)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == late, timeout=10_000)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("escalate"))
    page.reason_choice.setCurrentIndex(0)
    with qtbot.waitSignal(page.decided, timeout=10_000) as decided:
        page.decide_button.click()
    [head] = page.store.history.decision_trail(late)
    there = head.decided_at + datetime.timedelta(hours=8)
    assert decided.args[1] == head  # worded where it is shown, in the zone of then
    said = decision_summary(decided.args[1], window.settings.display_zone())
    assert f" at {there:%H:%M:%S}\u00a0UTC+08:00 · " in said, said
    qtbot.waitUntil(lambda: page.trail_list.count() == 1, timeout=10_000)
    assert page.trail_list.item(0).text().startswith(f"{there:%Y-%m-%d %H:%M:%S} UTC+08:00 · ")


def test_billed_days_are_the_computer_s_days(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, in_beijing: None, tmp_path: Path) -> None:
    """A call billed at 01:30 in Beijing is that day's, not the UTC day before's; in UTC it is the 1st's."""
    store = HistoryStore.open(sqlite_path=tmp_path / "billed.sqlite3", database_url="", operator="reviewer-bj")
    _answered(store, AFTER_MIDNIGHT_THERE, "U-late")
    _answered(store, BEFORE_MIDNIGHT_THERE, "U-early")
    settings = Settings()
    page = HistoryPage(store=store, settings=settings, language="en", today=lambda: datetime.date(2026, 12, 2))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.billed_label.text().startswith("Billed: 2"), timeout=10_000)
    assert page.billed_label.text() == "Billed: 2 in the last 7 UTC+08:00 days (Built-in engine (offline): 2)"
    assert page.billed_button.toolTip() == "Billed calls of each of the last 7 UTC+08:00 days, per profile"
    table = page.billed_table
    rows = {table.verticalHeaderItem(r).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["2026-12-02"] == "1" and rows["2026-12-01"] == "1"
    assert page.billed_dialog.windowTitle() == "Billed calls per UTC+08:00 day"
    settings.shown_times = "utc"
    page.refresh()  # as the window does when Settings closes
    qtbot.waitUntil(lambda: page.billed_label.text().startswith("Billed: 2 in the last 7 UTC days"), timeout=10_000)
    rows = {table.verticalHeaderItem(r).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["2026-12-02"] == "0" and rows["2026-12-01"] == "2"
    assert page.billed_dialog.windowTitle() == "Billed calls per UTC day"
    store.close()
