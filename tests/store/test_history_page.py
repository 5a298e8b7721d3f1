"""The History page in a real window: search, a stored result shown with no network call, decisions and
their trail, report, masked and audited exports, retention, billed counts, unknown outcomes."""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import json
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSplitter

from faceid_console.api import ComparisonType, Credentials, FaceIDClient, FaceIDError, VerifyRequest, prepare_image
from faceid_console.settings import Settings
from faceid_console.store import CallKind, HistoryStore, decisions
from faceid_console.store.decisions import DEFAULT_REASONS
from faceid_console.store.journal import send_journaled
from faceid_console.ui.models.history_model import COLUMN_NAMES, COLUMNS, ENTRY_ROLE
from faceid_console.ui.pages.history_page import HistoryPage
from faceid_console.ui.report import VerificationReport
from faceid_console.ui.texts import decision_summary
from tests.conftest import API_KEY, API_SECRET, FIXTURES

pytestmark = pytest.mark.usefixtures("history_answers_awaited")

NUMBER = "11010519491231002X"


@pytest.fixture
def filled_store(engine, faces: Path, tmp_path: Path) -> HistoryStore:
    store = HistoryStore.open(sqlite_path=tmp_path / "h.sqlite3", operator="reviewer-3")
    with FaceIDClient(engine.base_url, Credentials(API_KEY, API_SECRET)) as client:
        for uuid, ref in (("U-same", "obama_2.jpg"), ("U-other", "kit_1.jpg")):
            request = VerifyRequest(ComparisonType.FACE_COMPARISON, image=faces / "obama_1.jpg", uuid=uuid,
                                    image_ref1=faces / ref, return_faces=True)
            prepared = {n: prepare_image(s, n) for n, s in request.image_fields().items()}
            send_journaled(store.journal, CallKind.VERIFY, profile="local-engine", params=request.form_fields(),
                           images={n: p.data for n, p in prepared.items()},
                           send=lambda r=request, p=prepared: client.verify(r, prepared=p),  # type: ignore[misc]
                           base_url=client.base_url)
    store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "1", "idcard_name": "张三",
                                                      "idcard_number": NUMBER})  # left pending: a "crash"
    return store


@pytest.fixture
def page(qtbot, qasync_loop, filled_store: HistoryStore,  # type: ignore[no-untyped-def]
         monkeypatch: pytest.MonkeyPatch) -> HistoryPage:
    monkeypatch.setattr("requests.Session.request", lambda *a, **k: pytest.fail("the history page sent a request"))
    widget = HistoryPage(store=filled_store, settings=Settings(), language="en")
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    return widget


def _row_with(page: HistoryPage, text: str) -> int:
    for row in range(page.model.rowCount()):
        if any(text == page.model.index(row, c).data() for c in range(page.model.columnCount())):
            return row
    raise AssertionError(f"no row shows {text!r}")


def test_opening_an_entry_shows_the_stored_result_without_a_network_call(page: HistoryPage) -> None:
    assert page.model.rowCount() == 3
    page.table.selectRow(page.model.row_of(1))
    assert page.current is not None and page.current.uuid == "U-same"
    assert page.result_view.result is not None and page.result_view.result.primary_score() is not None
    assert page.result_view.headline.text() != "" and page.result_view.scores_box.isVisibleTo(page)


def test_an_open_entry_names_its_applicant_masked_as_the_list_does(page: HistoryPage) -> None:
    """The pane named the entry, its time, profile and operator, but not whom it was about."""
    page.table.selectRow(page.model.row_of(1))
    assert page.entry_label.text().splitlines()[-1] == "Applicant: uuid U-sa…"
    kyc = next(page.model.entry(r) for r in range(page.model.rowCount()) if page.model.entry(r).idcard_name)  # type: ignore[union-attr]
    page.table.selectRow(page.model.row_of(kyc.id))  # type: ignore[union-attr]
    assert page.entry_label.text().splitlines()[-1] == "Applicant: 张* · 110***********002X"
    assert "11010519491231002X" not in page.entry_label.text()


def test_who_and_what_came_back_are_in_view_without_scrolling_the_list(qtbot, page: HistoryPage) -> None:  # type: ignore[no-untyped-def]
    page.resize(1150, 800)  # the page's width in a 1360-pixel window, beside the navigation
    qtbot.waitUntil(lambda: page.table.viewport().width() < 700, timeout=3000)
    header = page.table.horizontalHeader()
    columns = [name for name, _ in COLUMNS]
    for name in ("time", "name", "kind", "verdict", "confidence"):
        column = columns.index(name)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= page.table.viewport().width(), name


def test_an_entry_fits_the_width_of_the_detail_pane(qtbot, page: HistoryPage) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    page.table.selectRow(page.model.row_of(1))
    detail = page.result_view.parentWidget()
    assert detail is not None
    viewport = detail.parentWidget()
    assert viewport is not None
    scroll = viewport.parentWidget()
    assert scroll is not None
    splitter = scroll.parentWidget()
    assert isinstance(splitter, QSplitter)
    # Everything in it, the long request_id and the photo included, fits a pane of 400 px (a vertical scroll
    # bar included): nothing is cut off at its right edge.
    qtbot.waitUntil(lambda: page.result_view.details_box.isVisibleTo(page)
                    and page.result_view.request_label.text().startswith("request_id: 1"), timeout=5000)
    splitter.setSizes([page.width() - 400, 400])
    qtbot.waitUntil(lambda: scroll.width() <= 410, timeout=3000)
    qtbot.waitUntil(lambda: detail.width() <= viewport.width(), timeout=3000)  # the column fits, not cut off
    assert detail.minimumSizeHint().width() <= viewport.width()
    # A request_id may have no place to break at all (its uuid's parts can all start with a digit): the
    # copy buttons sit under it, not beside it, whatever this run's request_id is.
    view = page.result_view
    label_bottom = view.request_label.mapTo(view, QPoint(0, view.request_label.height())).y()
    assert view.copy_request.mapTo(view, QPoint(0, 0)).y() >= label_bottom  # the button sits in a row of its own



def test_on_a_small_screen_the_list_gives_way_and_the_entry_is_not_cut_off(qtbot, page: HistoryPage) -> None:  # type: ignore[no-untyped-def]
    """At 1024×600 (the page is the window less its navigation) the entry's pane keeps the width it is laid out
    for: the list scrolls sideways, as tables do, rather than the entry, whose verdict was cut off at its left."""
    page.resize(860, 500)
    page.table.selectRow(page.model.row_of(1))
    qtbot.waitUntil(lambda: page.result_view.request_label.text().startswith("request_id: 1"), timeout=5000)
    page.open_for_decision(1)  # scrolls down to the decision form
    qtbot.wait(50)
    scroll = page.detail_scroll
    detail = scroll.widget()
    assert detail.minimumSizeHint().width() <= scroll.viewport().width()
    assert scroll.horizontalScrollBar().maximum() == 0 and scroll.horizontalScrollBar().value() == 0

def test_a_crashed_call_shows_outcome_unknown(page: HistoryPage) -> None:
    page.table.selectRow(_row_with(page, "Outcome unknown, not resent"))
    assert page.result_view.headline.text() == "Outcome unknown, not resent"
    assert "may have answered, and billed it" in page.result_view.subline.text()  # why it matters, what not to do
    assert "history resend" in page.result_view.subline.text()


def test_a_look_up_whose_console_stopped_is_not_said_to_be_maybe_billed(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore) -> None:
    """"FaceID may have answered, and billed it" of a get_result: fetching a result is not billed, and what may be
    lost is the result, which FaceID gives once only."""
    entry = filled_store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": "1700000000,stopped"})
    page.model.refresh()
    qtbot.waitUntil(lambda: page.model.row_of(entry) >= 0, timeout=5000)
    page.table.selectRow(page.model.row_of(entry))
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == entry, timeout=5000)
    subline = page.result_view.subline.text()
    assert page.result_view.headline.text() == "Outcome unknown, not resent"
    assert "billed" not in subline and "given it the result, which it gives only once" in subline
    assert "history resend" in subline


def test_a_call_another_console_may_still_be_waiting_for_is_not_said_to_be_lost(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore) -> None:
    """A shared history lists another console's call while that console waits for its answer: "outcome unknown" and
    "resend" would have a reviewer pay for it twice. An hour on, nobody waits for it any more."""
    from faceid_console.store.journal import STALE_AFTER
    from faceid_console.store.records import utcnow
    from faceid_console.store.schema import calls

    entry = filled_store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": "U-elsewhere"})
    with filled_store.engine.begin() as connection:
        connection.execute(calls.update().where(calls.c.id == entry).values(owner_host="reviewer-pc-2", owner_pid=4242))
    page.refresh()
    outcome = [name for name, _ in COLUMNS].index("outcome")
    qtbot.waitUntil(lambda: page.model.row_of(entry) >= 0, timeout=5000)
    assert page.model.index(page.model.row_of(entry), outcome).data() == "Sent, no answer recorded yet"
    page.table.selectRow(page.model.row_of(entry))
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == entry, timeout=5000)
    assert page.result_view.headline.text() == "Sent, no answer recorded yet"
    assert page.result_view.subline.text().startswith("Another console sent this call and has not recorded an answer")
    assert "resend" not in page.result_view.subline.text()
    assert page.nothing_to_decide.text().startswith("Nothing to decide yet: no answer is recorded for this call")
    with filled_store.engine.begin() as connection:
        connection.execute(calls.update().where(calls.c.id == entry).values(created_at=utcnow() - 2 * STALE_AFTER))
    page.refresh()
    qtbot.waitUntil(lambda: page.result_view.headline.text() == "Outcome unknown, not resent", timeout=5000)
    assert page.model.index(page.model.row_of(entry), outcome).data() == "Outcome unknown, not resent"
    assert "history resend" in page.result_view.subline.text()


def test_with_no_entry_chosen_the_pane_says_how_to_choose_one_not_how_to_verify(page: HistoryPage) -> None:
    page.table.clearSelection()
    page.show_entry(None)
    assert page.result_view.headline.text() == "No entry chosen"
    assert page.result_view.subline.text() == "Choose an entry in the list; search or filter above to find one."
    assert not page.entry_label.isVisibleTo(page)
    page.table.selectRow(0)
    assert page.entry_label.isVisibleTo(page) and page.entry_label.text().startswith("Entry ")


def test_an_empty_list_says_whether_nothing_matches_or_nothing_was_recorded(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, tmp_path: Path) -> None:
    page.search.setText("nobody-like-this")
    page.apply_filters()
    assert page.model.rowCount() == 0
    assert page.result_view.headline.text() == "No entry matches"
    assert "change or clear them" in page.result_view.subline.text()
    page.search.clear()
    page.apply_filters()
    assert page.result_view.headline.text() == "No entry chosen"

    empty_store = HistoryStore.open(sqlite_path=tmp_path / "empty.sqlite3", operator="reviewer-3")
    empty = HistoryPage(store=empty_store, settings=Settings(), language="en")
    qtbot.addWidget(empty)
    assert empty.result_view.headline.text() == "No calls recorded yet"
    empty_store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": "U-1"})
    empty.refresh()  # the first call arrives while the page is open, nothing chosen
    assert empty.result_view.headline.text() == "No entry chosen"


def test_a_search_that_finds_nothing_says_how_search_matches_and_a_uuid_is_found_in_any_case(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage) -> None:
    """"kit" found nothing while "Kit" found 2, "day-001" not "DAY-001", and the empty list said only "change or
    clear them": a reviewer could not tell that a name matches from its start."""
    page.search.setText("u-OTHER")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.entry(0).uuid == "U-other", timeout=3000)  # type: ignore[union-attr]
    page.search.setText("u-ot")  # a uuid's start, as the list shows a long uuid cut in the middle
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.entry(0).uuid == "U-other", timeout=3000)  # type: ignore[union-attr]
    page.search.setText("other")  # not a uuid's start
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    assert page.result_view.headline.text() == "No entry matches"
    assert page.result_view.subline.text() == (
        "Nothing recorded matches the search and filters above: change or clear them. Names and uuids match from "
        "their start; an ID number whole or its last four; biz_no, biz_id and request_id whole; an entry by its "
        "number after # (#8). Case does not matter.")
    page.search.clear()
    page.kind_box.setCurrentIndex(page.kind_box.findData(CallKind.CALLBACK_CHECK.value))  # no search: no rule said
    assert page.model.rowCount() == 0
    assert page.result_view.subline.text() == "Nothing recorded matches the search and filters above: change or " \
                                              "clear them."


def test_an_entry_is_found_by_its_number_as_its_heading_and_report_name_it(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore) -> None:
    """The heading reads "Entry 8", the report "History entry 8", a resent call "sent again as entry 8"; the list
    shows no number, and the search found none by it."""
    wanted = page.model.entry(page.model.rowCount() - 1)  # the oldest listed
    assert wanted is not None and page.model.rowCount() > 1
    page.search.setText(f"#{wanted.id}")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.entry(0).id == wanted.id, timeout=3000)  # type: ignore[union-attr]
    page.search.setText(f"＃{chr(ord('０') + wanted.id)}" if wanted.id < 10 else f"# {wanted.id}")  # an input method's
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.entry(0).id == wanted.id, timeout=3000)  # type: ignore[union-attr]


def test_clicking_the_id_number_title_leaves_the_arrow_on_the_column_sorted_by(qtbot, page: HistoryPage) -> None:  # type: ignore[no-untyped-def]
    """The ID number (masked) cannot be sorted by: a click on its title moved the arrow there while the list kept
    its old order."""
    from PySide6.QtCore import QPoint

    names = [name for name, _ in COLUMNS]
    header = page.table.horizontalHeader()
    page.table.sortByColumn(names.index("confidence"), Qt.SortOrder.AscendingOrder)
    order = [page.model.entry(r).id for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    for column in (names.index("idcard_number"), names.index("idcard_number")):  # twice: each way Qt would flip it
        page.table.scrollTo(page.model.index(0, column))
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(x, header.height() // 2))
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (names.index("confidence"),
                                                                                Qt.SortOrder.AscendingOrder)
        assert [page.model.entry(r).id for r in range(page.model.rowCount())] == order  # type: ignore[union-attr]
    page.table.scrollTo(page.model.index(0, 0))
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, header.height() // 2))  # a column that can be sorted still takes the arrow, and sorts
    assert header.sortIndicatorSection() == 0 and page.model.sorted_by() == (0, header.sortIndicatorOrder())


def test_search_box_filters_by_last_four_after_a_pause(qtbot, page: HistoryPage) -> None:
    page.search.setText("002x")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.search.setText("U-other")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.entry(0).uuid == "U-other", timeout=3000)  # type: ignore[union-attr]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_in_the_search_goes_to_the_matches_with_the_first_open(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, key: Qt.Key) -> None:
    """Searched from the keyboard (Ctrl+F, typed), Enter and Down did nothing: the matches were seven Tabs away, past
    the filters and the dates. Pressed within the search's pause, the search is listed first."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)
    page.focus_search()
    qtbot.keyClicks(page.search, "U-other")
    qtbot.keyClick(page.search, key)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=5_000)
    assert page.search.text() == "U-other" and page.model.rowCount() == 1
    qtbot.waitUntil(lambda: page.current is not None and page.current.uuid == "U-other", timeout=5_000)
    assert page.table.selectionModel().isRowSelected(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the one match: it stays open
    assert page.current is not None and page.current.uuid == "U-other"
    page.focus_search()
    qtbot.keyClicks(page.search, "U-no-such")
    qtbot.keyClick(page.search, key)
    assert page.model.rowCount() == 0 and page.search.hasFocus()  # nothing to go to: the reviewer types on


def test_the_date_fields_wait_for_from_to_be_ticked(page: HistoryPage) -> None:
    assert not page.date_from.isEnabled() and not page.date_to.isEnabled()
    page.date_range.setChecked(True)
    assert page.date_from.isEnabled() and page.date_to.isEnabled()
    page.date_range.setChecked(False)
    assert not page.date_from.isEnabled()


def test_sorting_by_a_column_header(page: HistoryPage) -> None:
    confidence = [name for name, _ in COLUMNS].index("confidence")
    page.table.sortByColumn(confidence, Qt.SortOrder.AscendingOrder)
    values = [page.model.index(r, confidence).data() for r in range(page.model.rowCount())]
    numbers = [float(v) for v in values if v]
    assert numbers == sorted(numbers) and len(numbers) == 2


def test_column_widths_sort_and_the_list_s_share_are_kept_for_the_next_start(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, filled_store: HistoryStore, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    names = [name for name, _ in COLUMNS]
    first = HistoryPage(store=filled_store, settings=Settings(), language="en", state=state)
    qtbot.addWidget(first)
    first.resize(1400, 900)
    first.show()
    header = first.table.horizontalHeader()
    measured = header.sectionSize(names.index("name"))
    header.resizeSection(names.index("name"), measured + 77)
    first.table.sortByColumn(names.index("confidence"), Qt.SortOrder.AscendingOrder)
    first.splitter.setSizes([900, 500])
    shares = first.splitter.sizes()
    first.shutdown()  # the window closes
    state.sync()

    again = HistoryPage(store=filled_store, settings=Settings(), language="en",
                        state=QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.resize(1400, 900)
    again.show()
    header = again.table.horizontalHeader()
    assert header.sectionSize(names.index("name")) == measured + 77
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (names.index("confidence"),
                                                                            Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: again.splitter.sizes() == shares, timeout=3000)
    numbers = [float(v) for r in range(again.model.rowCount())
               if (v := again.model.index(r, names.index("confidence")).data())]
    assert numbers == sorted(numbers) and len(numbers) == 2  # listed in that order, not only marked so


def test_a_damaged_remembered_list_state_is_ignored(qtbot, qasync_loop, filled_store: HistoryStore,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    # "²" is a digit to str.isdigit() that int() refuses: the page did not open.
    state.setValue("history/columns/widths", "name=abc;gone=300;time=-5;verdict=999999;outcome=²")
    state.setValue("history/columns/sort", "idcard_number sideways")
    state.setValue("history/splitter", "not a splitter")
    page = HistoryPage(store=filled_store, settings=Settings(), language="en", state=state)
    qtbot.addWidget(page)
    page.show()
    names = [name for name, _ in COLUMNS]
    header = page.table.horizontalHeader()
    assert header.sectionSize(names.index("verdict")) == 4000  # a slip of the mouse is held to a sane width
    assert header.sectionSize(names.index("name")) > 16  # measured from its texts, as at a first start
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)


def test_decisions_supersede_and_show_their_trail(page: HistoryPage, filled_store: HistoryStore) -> None:
    page.table.selectRow(page.model.row_of(2))
    # Nothing is chosen in advance, and nothing is recorded until both a decision and a reason are.
    assert page.decision_choice.currentIndex() == -1 and page.reason_choice.currentIndex() == -1
    assert page.decision_choice.placeholderText() and not page.decide_button.isEnabled()
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("escalate"))
    page.note_edit.setText("ask the branch about U-other")
    assert not page.decide_button.isEnabled()
    page.record_decision()
    assert filled_store.history.decision_trail(2) == []
    page.reason_choice.setCurrentIndex(page.reason_choice.findData("Needs a senior reviewer"))
    assert page.decide_button.isEnabled()
    page.record_decision()
    # Recorded, the form is empty again; a choice begun on one entry does not follow to another.
    assert page.decision_choice.currentIndex() == -1 and page.reason_choice.currentIndex() == -1
    assert page.note_edit.text() == "" and not page.decide_button.isEnabled()
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
    page.table.selectRow(page.model.row_of(1))
    assert page.decision_choice.currentIndex() == -1
    page.table.selectRow(page.model.row_of(2))
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("reject"))
    page.reason_choice.setCurrentIndex(1)
    page.record_decision()
    assert page.current is not None and page.current.id == 2 and page.current.current_decision == "reject"
    trail = [page.trail_list.item(i).text() for i in range(page.trail_list.count())]
    assert len(trail) == 2 and "Rejected (current)" in trail[0] and "Escalated (superseded)" in trail[1]
    assert "ask the branch about U-ot…" in trail[1]  # the applicant masked in a note as everywhere in the window
    assert [e.action for e in filled_store.audit_events(2)] == ["decision.reject", "decision.escalate"]
    page.decision_box.setCurrentIndex(page.decision_box.findData("reject"))
    assert page.model.rowCount() == 1


def _finished(qtbot, page: HistoryPage, started: bool) -> str:  # type: ignore[no-untyped-def]
    """The status line once the page's file work (started on a worker thread) is done."""
    assert started
    with qtbot.waitSignal(page.status_message, timeout=30_000) as outcome:
        pass
    qtbot.waitUntil(lambda: not page.files.busy, timeout=5000)
    return str(outcome.args[0])


def test_the_report_names_the_profile_as_the_window_does(qtbot, page: HistoryPage,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from faceid_console.ui.pages import history_page

    named: list[str] = []

    class Spy(VerificationReport):
        def document(self):  # type: ignore[no-untyped-def]
            named.append(self.profile_name)
            return super().document()

    monkeypatch.setattr(history_page, "VerificationReport", Spy)
    page.table.selectRow(page.model.row_of(1))
    assert _finished(qtbot, page, page.save_report(tmp_path / "r.pdf")).startswith("Report saved")
    assert named == ["Built-in engine (offline)"]  # not its settings key, "local-engine"


def test_an_entry_sent_again_names_its_resend_everywhere_and_each_opens_the_other(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """After 'history resend 3' (a new entry 4 with resend_of 3), entry 3 still said "Outcome unknown, not resent" in
    the list, its detail ("Decide on the answer of the call once it is sent again") and its report, and entry 4 said
    nothing of entry 3."""
    from faceid_console.ui.pages import history_page

    outcome = COLUMN_NAMES.index("outcome")
    page.select_entry(3)  # left pending by a "crash": its outcome is unknown
    assert page.result_view.headline.text() == "Outcome unknown, not resent"
    assert not page.linked_entries.isVisibleTo(page)
    again = filled_store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "1", "idcard_name": "张三",
                                                                     "idcard_number": NUMBER}, resend_of=3)
    filled_store.journal.complete(again, {"request_id": "r-again", "result_faceid": {
        "confidence": 90.0, "thresholds": {"1e-3": 62, "1e-4": 72, "1e-5": 80}}})
    page.select_entry(3)  # opened again before the list is read again: its row follows what its detail says
    said = f"Outcome unknown, resent as entry {again}"
    assert page.model.index(page.model.row_of(3), outcome).data() == said
    assert page.result_view.headline.text() == said
    assert f"It was sent again as entry {again}" in page.result_view.subline.text()
    assert page.nothing_to_decide.text() == (f"Nothing to decide: no answer was recorded for this call. It was sent "
                                             f"again as entry {again}: decide on that entry's answer.")
    assert page.linked_entries.isVisibleTo(page)
    assert page.linked_entries.text() == f'Resent as <a href="entry:{again}">entry {again}</a>'
    reported: list[str] = []

    class Spy(VerificationReport):
        def document(self):  # type: ignore[no-untyped-def]
            made = super().document()
            reported.append(made.toPlainText())
            return made

    monkeypatch.setattr(history_page, "VerificationReport", Spy)
    assert _finished(qtbot, page, page.save_report(tmp_path / "r3.pdf")).startswith("Report saved")
    assert f"Outcome\n{said}" in reported[-1] and "not resent" not in reported[-1]

    page.linked_entries.linkActivated.emit(f"entry:{again}")
    assert page.current is not None and page.current.id == again and page.current.resend_of == 3
    assert page.linked_entries.text() == 'Resend of <a href="entry:3">entry 3</a>'
    assert page.decision_choice.isEnabled()  # the resend's answer is the one decided on
    assert _finished(qtbot, page, page.save_report(tmp_path / "r4.pdf")).startswith("Report saved")
    assert "Resend of\nentry 3" in reported[-1]
    page.linked_entries.linkActivated.emit("entry:3")
    assert page.current is not None and page.current.id == 3

    page.refresh()  # read with the list too, a screenful's resends at once
    assert page.model.index(page.model.row_of(3), outcome).data() == said
    assert page.model.index(page.model.row_of(again), outcome).data() == "Answered"
    tip = page.model.index(page.model.row_of(3), outcome).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"No answer from FaceID was recorded for this call; it was sent again as entry {again}")


def test_a_call_this_window_waits_for_is_awaited_in_its_report_and_unknown_once_it_ends_unrecorded(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from faceid_console.ui.pages import history_page

    written: list[str] = []

    class Spy(VerificationReport):
        def document(self):  # type: ignore[no-untyped-def]
            document = super().document()
            written.append(document.toPlainText())
            return document

    monkeypatch.setattr(history_page, "VerificationReport", Spy)
    entry = filled_store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-waiting"})
    outcome = [name for name, _ in COLUMNS].index("outcome")
    with filled_store.in_flight.sending(entry):  # as send_journaled holds it while FaceID has the call
        page.refresh()
        qtbot.waitUntil(lambda: page.model.row_of(entry) >= 0, timeout=5000)
        page.table.selectRow(page.model.row_of(entry))
        qtbot.waitUntil(lambda: page.current is not None and page.current.id == entry, timeout=5000)
        assert _finished(qtbot, page, page.save_report(tmp_path / "r.pdf")).startswith("Report saved")
    assert "Sent, waiting for the answer" in written[0] and "Outcome unknown" not in written[0]
    # Ended with no answer recorded (the history failed, or a bug): read again, without F5, as unknown.
    qtbot.waitUntil(lambda: page.result_view.headline.text() == "Outcome unknown, not resent", timeout=5000)
    assert page.model.index(page.model.row_of(entry), outcome).data() == "Outcome unknown, not resent"


def test_report_export_and_unmasked_export(qtbot, page: HistoryPage, filled_store: HistoryStore,  # type: ignore[no-untyped-def]
                                           tmp_path: Path) -> None:
    page.table.selectRow(page.model.row_of(1))
    assert _finished(qtbot, page, page.save_report(tmp_path / "r.pdf")) == f"Report saved to {tmp_path / 'r.pdf'}."
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE((tmp_path / "r.pdf").stat().st_mode) == 0o600  # it holds the photos
    assert _finished(qtbot, page, page.export_to(tmp_path / "masked.csv")).startswith("3 entries exported")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "masked.csv").read_text("utf-8-sig"))))
    assert "110***********002X" in {r["idcard_number"] for r in rows}
    assert filled_store.audit_events() == []
    _finished(qtbot, page, page.export_to(tmp_path / "full.json", unmasked=True))
    assert NUMBER in {r["idcard_number"] for r in json.loads((tmp_path / "full.json").read_text("utf-8"))}
    assert [e.action for e in filled_store.audit_events()] == ["export.unmasked"]


def test_files_are_written_off_the_gui_thread_while_the_page_stays_usable(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A million-entry export takes seconds: the window keeps answering, and no second file starts meanwhile."""
    from faceid_console.store import export

    release, threads = threading.Event(), []
    real_to_file = export.to_file

    def slow_to_file(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        assert release.wait(30)
        return real_to_file(*args, **kwargs)

    monkeypatch.setattr(export, "to_file", slow_to_file)
    page.table.selectRow(page.model.row_of(1))
    assert page.export_to(tmp_path / "slow.csv")
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert threads[0] is not threading.main_thread()
    qtbot.wait(50)  # the GUI thread goes on running its loop while the export waits on the worker
    assert not page.export_button.isEnabled() and not page.report_button.isEnabled()
    assert not page.retention_button.isEnabled()
    assert not page.save_report(tmp_path / "r.pdf")  # one at a time, said so
    assert not (tmp_path / "r.pdf").exists()
    page.table.selectRow(page.model.row_of(2))  # reading other entries goes on meanwhile
    assert page.current is not None and page.current.id == 2
    release.set()
    assert _finished(qtbot, page, True) == f"3 entries exported to {tmp_path / 'slow.csv'}."
    assert page.export_button.isEnabled() and page.report_button.isEnabled() and page.retention_button.isEnabled()


def test_a_place_that_cannot_be_written_is_explained_and_nothing_is_lost(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, tmp_path: Path) -> None:
    page.table.selectRow(page.model.row_of(1))
    missing = tmp_path / "no-such-folder"
    said = _finished(qtbot, page, page.save_report(missing / "r.pdf"))
    assert said == (f"The report was not saved to {missing / 'r.pdf'}: No such file or directory. "
                    "Choose another folder or file name.")  # not "saved", as an empty QPdfWriter used to claim
    said = _finished(qtbot, page, page.export_to(missing / "x.csv"))
    assert said.startswith(f"Nothing was exported to {missing / 'x.csv'}: No such file or directory.")
    assert page.export_button.isEnabled() and page.report_button.isEnabled()
    assert _finished(qtbot, page, page.export_to(tmp_path / "x.csv")).startswith("3 entries exported")


def test_a_system_reason_is_said_in_the_window_s_language(qtbot, page: HistoryPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Python words the reason in English; a zh_CN window says it in Chinese, not inside a Chinese sentence."""
    from faceid_console.ui.translations import install_translator

    (tmp_path / "a-file").write_text("not a folder")
    translators = install_translator(QApplication.instance(), "zh_CN")
    try:
        said = _finished(qtbot, page, page.export_to(tmp_path / "a-file" / "x.csv"))
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
    assert "路径中有一项不是文件夹" in said and "Not a directory" not in said, said
    said = _finished(qtbot, page, page.export_to(tmp_path / "a-file" / "x.csv"))
    assert said.startswith(f"Nothing was exported to {tmp_path / 'a-file' / 'x.csv'}: Not a directory."), said


def test_a_purge_the_database_refuses_is_explained_and_the_page_stays_usable(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    def gone() -> None:
        raise OperationalError("DELETE FROM calls", {}, Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(filled_store, "apply_retention", lambda _policy: gone())
    page.apply_retention()
    assert _finished(qtbot, page, True) == (
        "Retention may not have been applied: server closed the connection unexpectedly. The setting and its purge "
        "are saved together or not at all; apply it again when the history database answers.")  # the driver's words
    assert page.retention_button.isEnabled() and page.export_button.isEnabled()


def _purged_after_30_days(page: HistoryPage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "confirm_purge", lambda _doomed: True)
    page.image_days.setValue(30)
    page.record_days.setValue(30)


def test_a_record_a_newer_entry_resent_is_purged_without_a_crash(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The newer entry pointed at it: the purge failed on the foreign key, the crash reporter opened, the footer
    stayed at "Saving retention and purging…", and the retention was stored and audited all the same."""
    import sys

    import sqlalchemy as sa

    from faceid_console.store.schema import calls

    reported: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: reported.append(args[1]))
    again = filled_store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "1"}, resend_of=3)
    with filled_store.engine.begin() as connection:
        connection.execute(calls.update().where(calls.c.id == 3).values(
            created_at=datetime.datetime.now() - datetime.timedelta(days=40)))
    _purged_after_30_days(page, monkeypatch)
    assert page.apply_retention()
    qtbot.waitUntil(lambda: not page.files.busy, timeout=30_000)
    assert reported == []
    assert page.files_outcome.text() == "Retention saved; 0 photos and 1 record purged."
    assert filled_store.history.entry(3) is None and filled_store.history.entry(again) is not None
    assert filled_store.retention.record_days == 30
    with filled_store.engine.connect() as connection:
        assert connection.execute(sa.select(calls.c.resend_of).where(calls.c.id == again)).scalar() is None


def test_a_purge_the_database_refuses_is_said_in_the_footer_and_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database error other than "not answering" reached the crash reporter and left the footer at "Saving
    retention and purging…"; the retention had been stored and audited before the purge failed."""
    import sys

    import sqlalchemy as sa

    from faceid_console.store.schema import calls

    reported: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: reported.append(args[1]))
    with filled_store.engine.begin() as connection:
        connection.execute(calls.update().where(calls.c.id == 3).values(
            created_at=datetime.datetime.now() - datetime.timedelta(days=40)))
        connection.execute(sa.text("CREATE TRIGGER refuse_purge BEFORE DELETE ON calls "
                                   "BEGIN SELECT RAISE(ABORT, 'purge refused'); END"))
    before = filled_store.audit_events()
    _purged_after_30_days(page, monkeypatch)
    assert page.apply_retention()
    qtbot.waitUntil(lambda: not page.files.busy, timeout=30_000)
    assert reported == []
    assert page.files_outcome.text() == (
        "Retention not changed and nothing purged: the history database refused the purge (purge refused). Tell "
        "whoever looks after the history database; the setting in force is unchanged.")
    assert filled_store.retention.record_days == 0 and filled_store.audit_events() == before
    assert filled_store.history.entry(3) is not None
    assert page.retention_button.isEnabled() and page.export_button.isEnabled() and not page._purging


def test_a_stored_photo_is_decoded_off_the_gui_thread_and_never_shown_on_another_entry(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from faceid_console.ui.pages import history_page

    release, returned, threads = threading.Event(), threading.Event(), []
    real_decode = history_page.decode_stored

    def slow_decode(stored, longest=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        assert release.wait(30)
        try:
            return real_decode(stored, longest)
        finally:
            returned.set()

    monkeypatch.setattr(history_page, "decode_stored", slow_decode)
    page.table.selectRow(page.model.row_of(1))
    overlay = page.result_view.overlay
    assert page.result_view.faces_box.isVisibleTo(page) and overlay.pending and overlay.photo.isNull()
    assert page.result_view.headline.text() != ""  # the verdict does not wait for the photo
    room = overlay.heightForWidth(400)  # kept for the photo on its way: nothing below moves when it lands
    assert room != 200  # the photo's own proportions, not the empty overlay's
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert threads[0] is not threading.main_thread()
    running = page._decode_task
    page.table.selectRow(_row_with(page, "Outcome unknown, not resent"))  # another entry, before it arrives
    assert running is not None and running.cancelling()  # cancelled: another entry is open
    release.set()
    assert returned.wait(10)
    qtbot.wait(50)  # whatever the finished thread would have caused has happened by now
    assert overlay.photo.isNull() and not page.result_view.faces_box.isVisibleTo(page)  # dropped, not shown
    assert not overlay.pending  # nor said to be on its way
    page.table.selectRow(page.model.row_of(1))
    qtbot.waitUntil(lambda: not overlay.photo.isNull(), timeout=10_000)
    [stored] = [i for i in filled_store.history.images(1) if i.field == "image"]
    from PySide6.QtGui import QImage

    whole = QImage.fromData(stored.data).size()
    drawn = whole.scaled(1280, 1280, Qt.AspectRatioMode.KeepAspectRatio) if max(whole.width(), whole.height()) > 1280 \
        else whole  # decoded at the size the window draws, as the Verify page's preview
    assert overlay.photo.size() == drawn and not overlay.pending
    assert overlay.heightForWidth(400) == room
    decodes = len(threads)
    page.refresh()  # F5, a decision, a return to the page: the same entry again, its photo at once
    assert not overlay.pending and not overlay.photo.isNull() and len(threads) == decodes
    assert len(overlay.faces) == 1


def test_a_stored_sessions_images_arrive_in_the_gallery_once_decoded(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, faces: Path) -> None:
    import base64

    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    photo = (faces / "obama_1.jpg").read_bytes()
    answer["images"] = {"image_best": "data:image/jpeg;base64," + base64.b64encode(photo).decode(),
                        "image_action1": "data:image/jpeg;base64," + base64.b64encode(b"not a picture").decode()}
    entry = filled_store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": answer["biz_id"]})
    filled_store.journal.complete(entry, answer, policy_level="1e-3")
    page.refresh()
    page.select_entry(entry)
    gallery = page.liveness_view.gallery
    assert sorted(gallery.buttons) == ["image_action1", "image_best"]  # named at once, pictures to follow
    assert all("(loading…)" in b.text() and not b.isEnabled() for b in gallery.buttons.values())
    qtbot.waitUntil(lambda: "image_best" in gallery.images, timeout=10_000)
    assert gallery.buttons["image_best"].isEnabled() and "×" in gallery.buttons["image_best"].text()
    assert "(unreadable)" in gallery.buttons["image_action1"].text()  # kept, but not a picture: said so


def test_retention_is_applied_and_audited_and_billed_calls_are_counted(qtbot, page: HistoryPage,  # type: ignore[no-untyped-def]
                                                                       filled_store: HistoryStore) -> None:
    assert "Built-in engine (offline): 2" in page.billed_label.text()  # named as the switcher names it
    column = page.billed_table.columnCount() - 1
    assert page.billed_table.horizontalHeaderItem(0).text() == "Built-in engine (offline)"
    assert page.billed_table.item(page.billed_table.rowCount() - 1, column).text() == "2"
    page.image_mode.setCurrentIndex(page.image_mode.findData("thumbnail"))
    page.image_days.setValue(30)
    page.confirm_purge = lambda doomed: doomed.images_reduced == 4  # type: ignore[method-assign]
    page.apply_retention()
    # The two verifies' photos to check and their references, kept whole until now.
    assert _finished(qtbot, page, True) == "Retention saved; 0 photos and 0 records purged; 4 photos reduced to " \
        "thumbnails."
    assert filled_store.retention.image_mode.value == "thumbnail" and filled_store.retention.image_days == 30
    assert [e.action for e in filled_store.audit_events()[:2]] == ["retention.purged", "retention.changed"]
    assert all(image.data is None and image.thumbnail for image in filled_store.history.images(1))


@pytest.mark.parametrize(("mode", "said"), [
    ("none", "and keeps only the fingerprint (SHA-256) of 4 photos kept until now (the photos and thumbnails are "
             "deleted for ever)."),
    ("thumbnail", "and keeps only a thumbnail of 4 photos kept whole until now (the full photos are deleted for "
                  "ever)."),
])
def test_the_purge_question_says_the_photos_a_smaller_form_deletes(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch, mode: str,
        said: str) -> None:
    """Choosing "Fingerprints only" asked nothing (it counted only photos past the age limit) and kept every full
    photo: the setting applies to the photos kept already, and the question says so."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, _buttons, default: asked.append(
        text) or QMessageBox.StandardButton.No)
    page.image_mode.setCurrentIndex(page.image_mode.findData(mode))
    assert not page.apply_retention()
    assert asked == ["Applying this retention deletes 0 records, with their decisions, and 0 photos, for ever, "
                     + said + " Exports made before keep their copies.\n\nPurge now?"]
    assert filled_store.history.images(1)[0].data is not None and filled_store.retention.image_mode.value == "full"


def test_the_page_purges_by_the_setting_in_force_when_asked_and_once_a_day(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore) -> None:
    """Nothing purged unless someone pressed Apply: under "photos kept: 90 days" a 200-day-old entry kept its
    photos."""
    from faceid_console.store.schema import calls

    with filled_store.engine.begin() as connection:
        connection.execute(calls.update().where(calls.c.id == 1).values(
            created_at=datetime.datetime.now() - datetime.timedelta(days=200)))
    assert not page.retention_timer.isActive()
    with qtbot.waitSignal(page.status_message, timeout=10_000) as said:
        page.keep_retention()
    assert said.args[0] == "Retention applied automatically (the setting in force): 2 photos and 0 records purged."
    assert page.files_outcome.text() == said.args[0]
    assert all(image.data is None for image in filled_store.history.images(1))
    assert filled_store.history.images(2)[0].data is not None  # today's kept
    purged = filled_store.audit_events()[0]
    assert purged.action == "retention.purged" and purged.detail["automatic"] is True
    assert page.retention_timer.isActive() and page.retention_timer.interval() == 24 * 60 * 60 * 1000
    with filled_store.engine.begin() as connection:  # a day later, the other entry is past its time too
        connection.execute(calls.update().where(calls.c.id == 2).values(
            created_at=datetime.datetime.now() - datetime.timedelta(days=91)))
    with qtbot.waitSignal(page.status_message, timeout=10_000) as said:
        page.retention_timer.timeout.emit()
    assert said.args[0] == "Retention applied automatically (the setting in force): 2 photos and 0 records purged."
    assert all(image.data is None for image in filled_store.history.images(2))


def test_apply_pressed_while_the_automatic_purge_writes_waits_for_it_and_is_not_said_unanswered(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Apply pressed while the console's own purge held SQLite's write lock (a purge with much to do) waited past the
    busy time-out and was said "Retention may not have been applied: database is locked", though the database
    answered all along."""
    from faceid_console.store import audit, database, retention
    from faceid_console.store.schema import calls

    monkeypatch.setattr(database, "LOCK_TIMEOUT_MS", 200)  # read as each connection is made
    filled_store.engine.dispose()
    with filled_store.engine.begin() as connection:  # something for the automatic purge to purge
        connection.execute(calls.update().where(calls.c.id == 1).values(
            created_at=datetime.datetime.now() - datetime.timedelta(days=200)))
    writing, go_on = threading.Event(), threading.Event()
    append = audit.append

    def held(connection, operator, action, entry=None, detail=None):  # type: ignore[no-untyped-def]
        append(connection, operator, action, entry, detail)
        if action == "retention.purged" and detail["automatic"]:
            writing.set()  # its writes made, its transaction still open
            go_on.wait(30)

    monkeypatch.setattr(audit, "append", held)
    said: list[str] = []
    page.status_message.connect(said.append)
    page.keep_retention()
    try:
        assert writing.wait(10)
        page.image_days.setValue(30)
        page.confirm_purge = lambda _doomed: True  # type: ignore[method-assign]
        page.apply_retention()
        qtbot.waitUntil(lambda: page.files.busy, timeout=10_000)
        qtbot.waitUntil(lambda: retention.reviewer_waiting(filled_store.engine) or not page.files.busy,
                        timeout=10_000)
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: not page.files.busy and not page._purging_automatically, timeout=30_000)
    assert "Retention applied automatically (the setting in force): 2 photos and 0 records purged." in said
    assert said[-1].startswith("Retention saved; "), said
    assert not any("not answer" in line or "may not have been applied" in line for line in said), said
    assert not page.database_notice.isVisible()
    assert filled_store.retention.image_days == 30


def test_an_apply_whose_photos_stop_being_reduced_part_way_says_how_far_it_got(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Photos are reduced to thumbnails after the setting is stored, a batch at a time: one the database refuses is
    said with what was done, in red, never as "Retention not changed and nothing purged"."""
    import sqlalchemy as sa

    from faceid_console.store import retention
    from faceid_console.ui.colours import FAIL, text_colour

    monkeypatch.setattr(retention, "REDUCE_BATCH", 2)
    with filled_store.engine.begin() as connection:  # refuses to reduce a photo once two are (a permission lost)
        connection.execute(sa.text(
            "CREATE TRIGGER refuse_reducing BEFORE UPDATE ON call_images "
            "WHEN (SELECT count(*) FROM call_images WHERE thumbnail IS NOT NULL) >= 2 "
            "BEGIN SELECT RAISE(ABORT, 'reduction refused'); END"))
    page.image_mode.setCurrentIndex(page.image_mode.findData("thumbnail"))
    page.confirm_purge = lambda _doomed: True  # type: ignore[method-assign]
    said = _finished(qtbot, page, page.apply_retention())
    assert said == ("Retention saved; 0 photos and 0 records purged; 2 photos reduced to thumbnails, but 2 photos are "
                    "still kept whole: the history database did not answer or refused their reduction (reduction "
                    "refused). Press Apply again to reduce them, or the next automatic purge will.")
    assert page.files_outcome.text() == said and text_colour(page.files_outcome) == FAIL
    assert filled_store.retention.image_mode.value == "thumbnail"
    assert sum(image.thumbnail is not None for entry in (1, 2) for image in filled_store.history.images(entry)) == 2


def test_an_automatic_purge_that_stops_part_way_says_how_far_it_got(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """It said "The automatic retention purge did not run … Nothing was purged" of a purge whose first photos were
    reduced and written before the database refused the rest."""
    import sqlalchemy as sa

    from faceid_console.store import retention
    from faceid_console.store.retention import ImageRetention, RetentionPolicy

    monkeypatch.setattr(retention, "REDUCE_BATCH", 2)
    filled_store.set_retention(RetentionPolicy(ImageRetention.THUMBNAIL))
    with filled_store.engine.begin() as connection:
        connection.execute(sa.text(
            "CREATE TRIGGER refuse_reducing BEFORE UPDATE ON call_images "
            "WHEN (SELECT count(*) FROM call_images WHERE thumbnail IS NOT NULL) >= 2 "
            "BEGIN SELECT RAISE(ABORT, 'reduction refused'); END"))
    with qtbot.waitSignal(page.status_message, timeout=10_000) as said:
        page.keep_retention()
    assert said.args[0] == (
        "Retention applied automatically (the setting in force): 0 photos and 0 records purged; 2 photos reduced to "
        "thumbnails, but 2 photos are still kept whole: the history database did not answer or refused their "
        "reduction (reduction refused). They are reduced at the next automatic purge, in a day, or press Apply to "
        "purge now.")


def test_a_stored_session_with_a_flagged_attack_is_headed_by_the_attack(page: HistoryPage,
                                                                         filled_store: HistoryStore) -> None:
    """The documents' get_result example flags synthetic_face (0.88 ≥ 0.5) while its comparison passes."""
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    entry = filled_store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": answer["biz_id"]})
    filled_store.journal.complete(entry, answer, policy_level="1e-3")
    page.refresh()
    page.select_entry(entry)
    assert page.result_view.isHidden() and page.liveness_view.isVisibleTo(page)  # as the liveness pages show it
    session = page.liveness_view
    assert session.headline.text() == "Attack suspected: Synthetic face"  # which check, by name
    assert f"biz_id {answer['biz_id']}" in page.entry_label.text()
    view = session.result_view
    assert view.subline.text().startswith("Confidence 68.92.")  # the comparison, under the attack
    from faceid_console.ui.colours import NEUTRAL, PASS

    markers = [gauge.marker_colour() for _name, _value, gauge in view.score_rows.values()]
    assert view.gauge.marker_colour() == NEUTRAL and markers and all(m == NEUTRAL for m in markers)
    # The next entry, a plain comparison (the same person), has its colours back.
    page.select_entry(1)
    assert page.liveness_view.isHidden() and page.result_view.gauge.marker_colour() == PASS
    report = VerificationReport(filled_store.history.entry(entry), [], [], "1e-3")  # type: ignore[arg-type]
    assert "Attack suspected" in report.document().toPlainText()


def test_approving_against_the_verdict_asks_first_and_the_verdict_stays_beside_the_form(
        page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from faceid_console.ui.colours import FAIL, PASS, text_colour, text_meaning

    page.table.selectRow(page.model.row_of(2))  # obama_1 against kit_1
    other = filled_store.history.entry(2)
    assert other is not None and other.verdict == "no_match" and other.confidence is not None
    assert page.decision_summary.text() == f"Deciding on entry 2: Not the same person, confidence {other.confidence:.2f}"
    assert text_colour(page.decision_summary) == FAIL
    asked: list[int] = []
    answer = False
    monkeypatch.setattr(page, "confirm_approval", lambda entry: asked.append(entry.id) or answer)

    def approve() -> None:
        page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
        page.reason_choice.setCurrentIndex(0)
        page.record_decision()

    approve()
    assert asked == [2] and filled_store.history.decision_trail(2) == []  # refused: nothing recorded
    answer = True
    approve()
    assert asked == [2, 2] and [d.decision.value for d in filled_store.history.decision_trail(2)] == ["approve"]
    page.table.selectRow(page.model.row_of(1))  # the same person: approved without a question
    assert page.decision_summary.text().startswith("Deciding on entry 1: Same person")
    assert text_meaning(page.decision_summary) == PASS
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
    page.reason_choice.setCurrentIndex(0)
    page.note_edit.setText("passport seen")
    QTest.keyClick(page.note_edit, Qt.Key.Key_Return)  # Enter in the note records it
    assert asked == [2, 2] and [d.decision.value for d in filled_store.history.decision_trail(1)] == ["approve"]
    assert filled_store.history.decision_trail(1)[0].note == "passport seen"


def test_a_verdict_read_differently_at_today_s_policy_level_is_said_so(page: HistoryPage,
                                                                     filled_store: HistoryStore) -> None:
    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}
    entry = filled_store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-70"})
    filled_store.journal.complete(entry, {"request_id": "r-70", "time_used": 1, "result_ref1": {
        "confidence": 70.0, "thresholds": thresholds}}, policy_level="1e-4")  # a match when it was answered
    page.refresh()
    page.select_entry(entry)
    assert page.level_note.isHidden()  # today's level is the same: one verdict
    page.settings.policy_level = "1e-5"  # the organisation tightened it since
    page.select_entry(1)
    page.select_entry(entry)
    assert page.level_note.isVisibleTo(page)
    assert page.level_note.text().startswith("Recorded as “Same person” when it was answered; at today's policy "
                                             "level (1e-5) it reads “Not confirmed”")
    assert page.result_view.verdict is not None and not page.result_view.verdict.passed  # the view: today's


def _recorded_before_the_rule(store: HistoryStore, kind: CallKind, answer: dict, verdict: str) -> int:
    """An entry whose answer is ``answer``, recorded as ``verdict``: what the console recorded before it read the
    answer by a rule it has now."""
    from faceid_console.store.schema import calls

    entry = store.journal.begin(kind, "local-engine", {"comparison_type": "1", "idcard_number": NUMBER})
    store.journal.complete(entry, answer, policy_level="1e-4")
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == entry).values(verdict=verdict))
    return entry


def test_a_match_read_as_an_id_used_in_attacks_since_says_so_not_that_the_policy_level_changed(
        page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry recorded as "Same person" before the console read a match on an ID number used in attacks as needing
    review: the note said the difference came from "today's policy level", which had not changed."""
    from PySide6.QtWidgets import QMessageBox

    from faceid_console.ui.pages import history_page

    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}
    entry = _recorded_before_the_rule(filled_store, CallKind.VERIFY, {
        "request_id": "r-85", "time_used": 1, "result_faceid": {"confidence": 85.0, "thresholds": thresholds},
        "id_exceptions": {"id_attacked": 1, "id_photo_monochrome": 0}}, "match")
    page.refresh()
    page.select_entry(entry)
    note = page.level_note.text()
    assert page.level_note.isVisibleTo(page)
    assert note.startswith("Recorded as “Same person” when it was answered, before the console read a match on an "
                           "ID number used in attacks (id_exceptions.id_attacked) as needing review; it reads “ID "
                           "used in attacks” now"), note
    assert "today's policy level" not in note
    asked: list[str] = []

    def decline(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(history_page.QMessageBox, "question", decline)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
    page.reason_choice.setCurrentIndex(0)
    page.record_decision()
    assert len(asked) == 1 and "Same person when answered, ID used in attacks as the console reads it now" in asked[0]
    assert "policy level" not in asked[0]


def test_a_session_s_comparison_error_recorded_as_not_compared_is_read_as_a_failed_comparison_now(
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """An H5 callback's "error_message" was read as a comparison with no score ("not_compared"): History says it reads
    as a failed comparison now, and why, heading the session as the liveness pages do."""
    answer = {"status": "OK", "biz_info": {"biz_id": "1700000000,h5"},
              "liveness_result": {"result": "PASS", "procedure_type": "will"},
              "verify_result": {"error_message": "NO_SUCH_ID_NUMBER"}}
    entry = _recorded_before_the_rule(filled_store, CallKind.GET_RESULT, answer, "not_compared")
    page.refresh()
    page.select_entry(entry)
    assert page.level_note.text().startswith("Recorded as “Not compared” when it was answered, before the console "
                                             "read an error in the comparison (verify_result) as a failed "
                                             "comparison; it reads “Comparison failed” now")
    assert page.liveness_view.headline.text() == ("Liveness passed, but the comparison failed: ID number unknown "
                                                  "(NO_SUCH_ID_NUMBER)")


def test_a_decision_recorded_from_the_keyboard_leaves_the_keyboard_on_the_list(qtbot, page: HistoryPage,  # type: ignore[no-untyped-def]
                                                                              filled_store: HistoryStore) -> None:
    """Space on Record decision: the form goes off, and the keyboard goes on to the list (Down opens the next
    entry), not nowhere, where the next Tab went to the page list."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5000)
    page.table.selectRow(page.model.row_of(2))
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("escalate"))
    page.reason_choice.setCurrentIndex(page.reason_choice.findData("Needs a senior reviewer"))
    page.decide_button.setFocus()
    with qtbot.waitSignal(page.decided, timeout=5000):
        QTest.keyClick(page.decide_button, Qt.Key.Key_Space)
    assert [d.decision.value for d in filled_store.history.decision_trail(2)] == ["escalate"]
    assert QApplication.focusWidget() is page.table
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current is not None and page.current.id != 2


def test_the_reasons_offered_are_those_that_fit_the_decision(page: HistoryPage) -> None:
    page.table.selectRow(page.model.row_of(2))

    def offered() -> list[str]:
        return [page.reason_choice.itemData(i) for i in range(page.reason_choice.count())]

    everything = offered()
    assert everything == list(DEFAULT_REASONS)  # before a decision is chosen: the whole list
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
    assert offered() == ["Same person, documents consistent"]
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("reject"))
    assert "Same person, documents consistent" not in offered() and "Different person" in offered()
    assert "Needs a senior reviewer" not in offered()
    page.reason_choice.setCurrentIndex(page.reason_choice.findData("Different person"))
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("escalate"))  # still fits: kept
    assert page.reason_choice.currentData() == "Different person" and "Needs a senior reviewer" in offered()
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))  # does not: cleared
    assert page.reason_choice.currentIndex() == -1 and not page.decide_button.isEnabled()


def test_approval_asks_for_a_callback_and_for_a_verdict_that_fails_today(
        page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Signature valid" says where a callback came from, not who the applicant is; and a pass recorded at an
    older, laxer policy level that fails today's is not a pass either."""
    asked: list[int] = []
    monkeypatch.setattr(page, "confirm_approval", lambda entry: asked.append(entry.id) or False)
    callback = filled_store.journal.begin(CallKind.CALLBACK_CHECK, "local-engine", {})
    filled_store.journal.complete(callback, {"signature_valid": True})
    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}
    laxer = filled_store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-70"})
    filled_store.journal.complete(laxer, {"request_id": "r-70", "time_used": 1, "result_ref1": {
        "confidence": 70.0, "thresholds": thresholds}}, policy_level="1e-4")
    page.settings.policy_level = "1e-5"
    page.refresh()
    for entry in (callback, laxer):
        page.select_entry(entry)
        page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
        page.reason_choice.setCurrentIndex(0)
        page.record_decision()
    assert asked == [callback, laxer]
    assert filled_store.history.decision_trail(callback) == [] and filled_store.history.decision_trail(laxer) == []


@pytest.mark.parametrize(("datasource", "verdict"), [(None, "card_unchecked"), (76.0, "match")],
                         ids=["card_unchecked", "card_checked"])
def test_approving_a_match_on_an_id_card_nothing_checks_asks_first(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch, datasource: float | None,
        verdict: str) -> None:
    """A session's face matched the ID card it held up (result_idcard_photo), and nothing compared that card with
    the data source (no result_idcard_datasource): it was recorded "Same person" and approved without a question,
    though a forged card with the face of whoever is before the camera passes so. With the data source's comparison
    it stays a match, approved without asking."""
    from PySide6.QtWidgets import QMessageBox

    from faceid_console.ui.pages import history_page

    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 75.0, "1e-6": 78.0}
    scores = {"result_idcard_photo": 80.1, "result_idcard_datasource": datasource}
    entry = filled_store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": "1,card"})
    filled_store.journal.complete(entry, {
        "request_id": "1,r", "time_used": 3, "biz_id": "1,card", "liveness_result": {"result": "success"},
        "verify_result": {key: {"confidence": value, "thresholds": thresholds} for key, value in scores.items()
                          if value is not None}}, policy_level="1e-4")
    page.refresh()
    page.select_entry(entry)
    assert page.current is not None and page.current.verdict == verdict
    asked: list[tuple[str, str]] = []

    def decline(_parent, title, text, *_a):  # type: ignore[no-untyped-def]
        asked.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(history_page.QMessageBox, "question", decline)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
    page.reason_choice.setCurrentIndex(0)
    page.record_decision()
    if datasource is None:
        assert [title for title, _ in asked] == ["Approve against the verdict?"]
        assert f"The console's verdict for entry {entry} is: ID card not checked." in asked[0][1]
        assert filled_store.history.decision_trail(entry) == []
    else:
        assert asked == [] and [d.decision.value for d in filled_store.history.decision_trail(entry)] == ["approve"]


def test_approval_asks_when_the_level_was_tightened_while_the_entry_was_open(
        page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings changed the level with the entry on show (no F5): approving it is judged at the level of now."""
    asked: list[int] = []
    monkeypatch.setattr(page, "confirm_approval", lambda entry: asked.append(entry.id) or False)
    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}
    entry = filled_store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-78"})
    filled_store.journal.complete(entry, {"request_id": "r-78", "time_used": 1, "result_ref1": {
        "confidence": 78.0, "thresholds": thresholds}}, policy_level="1e-4")
    page.refresh()
    page.select_entry(entry)
    assert page.level_note.isHidden()
    page.settings.policy_level = "1e-6"  # what the Settings dialog does to this same object
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
    page.reason_choice.setCurrentIndex(0)
    page.record_decision()
    assert asked == [entry] and filled_store.history.decision_trail(entry) == []
    assert page.level_note.isVisibleTo(page) and "level (1e-6)" in page.level_note.text()


def test_opening_an_entry_for_a_decision_scrolls_to_its_form_and_highlights_no_other_row(
        qtbot, page: HistoryPage) -> None:  # type: ignore[no-untyped-def]
    page.resize(1400, 500)  # the result (photo, gauges) is taller than the pane: the form needs scrolling to
    page.table.selectRow(page.model.row_of(2))
    page.search.setText("U-same")
    page.apply_filters()  # entry 2 is filtered out of the list
    page.table.selectRow(0)
    page.open_for_decision(2)
    assert page.current is not None and page.current.id == 2
    assert not page.table.selectionModel().hasSelection()  # no other entry's row highlighted beside it
    qtbot.waitUntil(lambda: not page.decision_group.visibleRegion().isEmpty(), timeout=5_000)
    viewport = page.detail_scroll.viewport()
    top = page.decision_group.mapTo(viewport, page.decision_group.rect().topLeft()).y()
    assert 0 <= top < viewport.height()


def test_a_callback_is_shown_as_its_session_s_answer_with_its_signature(page: HistoryPage,
                                                                        filled_store: HistoryStore) -> None:
    """A genuine callback of a failed liveness is a failed liveness, not a green "Signature valid"."""
    from faceid_console.ui.colours import FAIL

    failed = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    failed["liveness_result"] = {**failed["liveness_result"], "result": "failed", "failure_reason": "TIME_OUT"}
    entries = {}
    for valid in (True, False):
        entry = filled_store.journal.begin(CallKind.CALLBACK_CHECK, "local-engine", {"biz_id": failed["biz_id"]})
        filled_store.journal.complete(entry, {"signature_valid": valid, "payload": failed})
        entries[valid] = entry
    page.refresh()
    page.select_entry(entries[True])
    row = page.model.row_of(entries[True])
    verdict = page.model.index(row, [name for name, _sort in COLUMNS].index("verdict"))
    assert verdict.data() == "Liveness failed" and verdict.data(Qt.ItemDataRole.ForegroundRole) == FAIL
    view = page.liveness_view
    assert view.isVisibleTo(page) and view.headline.text().startswith("Liveness failed")
    assert view.signature_label.text().startswith(
        "✔ Signature valid when it arrived (profile Built-in engine (offline))")
    page.select_entry(entries[False])
    assert view.headline.text() == "Signature invalid: do not trust this callback"
    assert view.signature_label.text().startswith("✘ Signature INVALID when it arrived")


def test_a_stored_refusal_is_explained_in_the_window_s_language_only(qtbot, filled_store: HistoryStore) -> None:  # type: ignore[no-untyped-def]
    """The record keeps an English explanation for the command line; the panel explains in its own words and
    does not repeat that English under them (in a Chinese window it would be the only English)."""
    from PySide6.QtWidgets import QApplication

    from faceid_console.api import FaceIDError
    from faceid_console.ui.translations import install_translator

    refused = FaceIDError.from_response(400, b'{"error_message": "NO_FACE_FOUND: image", "request_id": "r-9"}')
    entry = filled_store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-9"})
    filled_store.journal.fail(entry, refused)
    translators = install_translator(QApplication.instance(), "zh_CN")
    try:
        page = HistoryPage(store=filled_store, settings=Settings(), language="zh_CN")
        qtbot.addWidget(page)
        page.select_entry(entry)
        panel = page.result_view.error_panel
        assert panel.error is not None and panel.error.code == "NO_FACE_FOUND"
        assert panel.explanation.text() == "在待验证照片中没有找到人脸。"
        assert panel.technical.text() == "request_id r-9"
        assert refused.explanation("en") not in panel.technical.text()
    finally:
        for translator in translators:  # parented to the application: removed by hand, or later tests read Chinese
            QApplication.removeTranslator(translator)


def test_a_token_entry_says_what_it_is_and_shows_no_empty_gauge(page: HistoryPage, filled_store: HistoryStore) -> None:
    entry = filled_store.journal.begin(CallKind.GET_TOKEN, "local-engine", {"comparison_type": "0", "uuid": "U-5"})
    filled_store.journal.complete(entry, {"request_id": "r-5", "time_used": 3, "token": "t-5", "expired_time": 1})
    page.refresh()
    view = page.result_view
    page.select_entry(entry)
    assert view.headline.text() == "Web liveness token issued"
    assert "no score or verdict of its own" in view.subline.text()
    assert not view.gauge.isVisibleTo(page)  # "No score yet" would promise one
    page.table.selectRow(page.model.row_of(1))  # a comparison: its gauge is back
    assert view.gauge.isVisibleTo(page) and view.gauge.marker_colour() is not None
    page.table.clearSelection()
    assert view.headline.text() == "No entry chosen" and not view.gauge.isVisibleTo(page)


def test_an_sdk_token_entry_shows_the_biz_token_it_issued(page: HistoryPage, filled_store: HistoryStore) -> None:
    """The entry said "SDK biz_token issued" without the token: which one an applicant was handed could not be
    told. The token is no secret (the SDK is given it); the profile's api_key and api_secret are not recorded."""
    entry = filled_store.journal.begin(CallKind.GET_BIZ_TOKEN, "local-engine",
                                       {"liveness_type": "meglive", "comparison_type": "0", "uuid": "U-6"})
    filled_store.journal.complete(entry, {"request_id": "r-6", "time_used": 2, "biz_token": "1700000000,bt-6"})
    page.refresh()
    view = page.result_view
    page.select_entry(entry)
    assert view.headline.text() == "SDK biz_token issued"
    assert view.subline.text().splitlines()[0] == "biz_token: 1700000000,bt-6"
    assert "no score or verdict of its own" in view.subline.text()
    assert API_KEY not in view.subline.text() and API_SECRET not in view.subline.text()


def test_a_web_liveness_token_entry_shows_the_token_it_issued(engine, faces: Path, filled_store: HistoryStore,  # type: ignore[no-untyped-def]
                                                               request: pytest.FixtureRequest) -> None:
    """An SDK biz_token entry showed its biz_token, a web-liveness one only "Web liveness token issued": which session
    link an applicant was handed could not be told. The token is no secret (the link holds it); the profile's api_key
    and api_secret are never shown."""
    from faceid_console.api import GetTokenRequest

    start = GetTokenRequest(ComparisonType.FACE_COMPARISON, return_url="http://127.0.0.1:9/return",
                            notify_url="http://127.0.0.1:9/notify", uuid="U-7",
                            image_ref1=(faces / "obama_2.jpg").read_bytes())
    with FaceIDClient(engine.base_url, Credentials(API_KEY, API_SECRET)) as client:  # a real session started
        entry, token = send_journaled(filled_store.journal, CallKind.GET_TOKEN, profile="local-engine",
                                      params=start.form_fields(), images={}, send=lambda: client.get_token(start),
                                      base_url=client.base_url)
    page: HistoryPage = request.getfixturevalue("page")  # after the call: the page itself sends none
    view = page.result_view
    page.select_entry(entry)
    assert view.headline.text() == "Web liveness token issued"
    assert view.subline.text().splitlines()[0] == f"token: {token.token}"
    assert "no score or verdict of its own" in view.subline.text()
    assert API_KEY not in view.subline.text() and API_SECRET not in view.subline.text()


def test_an_unchecked_callback_is_unverified_and_a_comparison_is_judged_again_today(
        page: HistoryPage, filled_store: HistoryStore) -> None:
    from faceid_console.ui.colours import CAUTION, readable_in_lists

    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    answer["verify_result"] = {k: v for k, v in answer["verify_result"].items() if k != "face_genuineness"}
    unchecked = filled_store.journal.begin(CallKind.CALLBACK_CHECK, "local-engine", {"biz_id": answer["biz_id"]})
    filled_store.journal.complete(unchecked, {"signature_valid": None, "payload": answer})
    lenient = filled_store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": answer["biz_id"]})
    filled_store.journal.complete(lenient, answer, policy_level="1e-3")  # 68.9 meets 1e-3: "match" then
    page.refresh()
    page.select_entry(unchecked)
    row = page.model.row_of(unchecked)
    verdict = page.model.index(row, [name for name, _sort in COLUMNS].index("verdict"))
    assert verdict.data() == "Signature not checked" and verdict.data(Qt.ItemDataRole.ForegroundRole) == readable_in_lists(CAUTION)
    assert page.liveness_view.signature_label.text().startswith("Signature not checked when it arrived")
    page.select_entry(lenient)  # today's level is 1e-4: the recorded "match" reads "Not confirmed" now
    assert page.level_note.isVisibleTo(page) and "Not confirmed" in page.level_note.text()
    page.table.clearSelection()  # nothing chosen: nothing of the last entry is left on show
    assert not page.level_note.isVisibleTo(page) and page.decision_summary.text() == ""



def test_a_database_that_stops_answering_is_said_on_the_page_and_nothing_is_lost_postgresql(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, postgres_cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    """The team's PostgreSQL server drops the database (a failover, an administrator): the page says so in plain
    words, keeps what it shows and the decision being made, raises no crash report, and F5 asks again."""
    import os
    import sys

    import psycopg

    name = f"faceid_gone_{os.getpid()}"
    url = postgres_cluster.create_database(name)
    store = HistoryStore.open(database_url=url, operator="reviewer-3")
    for uuid in ("U-first", "U-second"):
        entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": uuid})
        store.journal.complete(entry, {"request_id": f"req-{uuid}", "time_used": 3})
    crashes: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: crashes.append(args))
    page = HistoryPage(store=store, settings=Settings(), language="en")
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    shown = page.current
    assert shown is not None and not page.database_notice.isVisibleTo(page)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("reject"))
    page.reason_choice.setCurrentIndex(0)
    page.note_edit.setText("second look at the photo")

    with psycopg.connect(postgres_cluster.url(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')

    page.table.selectRow(1)  # reading the other entry fails
    assert page.database_notice.isVisibleTo(page)
    notice = page.database_notice.text()
    assert notice.startswith("The history database does not answer: ") and "Press F5" in notice
    assert "SELECT" not in notice and "\n" not in notice  # the driver's one line, not SQLAlchemy's statement dump
    assert page.current is shown and page.entry_label.text().startswith(f"Entry {shown.id} ")  # still shown
    assert page.table.selectionModel().selectedRows()[0].row() == page.model.row_of(shown.id)  # and highlighted
    with qtbot.waitSignal(page.status_message) as said:
        page.decide_button.click()
    assert said.args == ["The decision may not have been recorded: the history database did not answer. Your "
                         "choice is kept: press F5 to see the trail, and record it again if it is not there."]
    assert page.decision_choice.currentData() == "reject" and page.note_edit.text() == "second look at the photo"
    page.refresh()  # F5 while it is still gone: said again, nothing else
    assert page.database_notice.isVisibleTo(page)
    page.search.setText("U-")
    page.apply_filters()  # a search, a filter, a sort: the rows shown stay
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert page.model.rowCount() == 2 and page.current is shown
    assert page.decision_choice.currentData() == "reject" and page.note_edit.text() == "second look at the photo"
    page.search.clear()
    page.apply_filters()

    with psycopg.connect(postgres_cluster.url(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    HistoryStore.open(database_url=url, operator="reviewer-3").close()  # restored, empty (from a backup, say)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5000)  # shortcuts need the window active
    QTest.keyClick(page.table, Qt.Key.Key_F5)
    assert not page.database_notice.isVisibleTo(page), page.database_notice.text()
    assert page.model.rowCount() == 0
    assert crashes == []
    store.close()


def _gone(*_args: object, **_kwargs: object) -> object:
    from sqlalchemy.exc import OperationalError

    raise OperationalError("SELECT calls.id FROM calls", {}, Exception("server closed the connection unexpectedly"))


def test_an_entry_that_cannot_be_read_whole_leaves_the_one_shown_whole(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its trail cannot be read after its row was: nothing of it is shown, so a decision never goes to an entry
    other than the one the form names."""
    from faceid_console.store import history as history_reads

    page.table.selectRow(page.model.row_of(1))
    before = (page.entry_label.text(), page.decision_summary.text(), page.result_view.headline.text())
    monkeypatch.setattr(history_reads, "_decision_trail", _gone)
    page.table.selectRow(page.model.row_of(2))
    assert page.current is not None and page.current.id == 1
    assert (page.entry_label.text(), page.decision_summary.text(), page.result_view.headline.text()) == before
    assert page.table.selectionModel().selectedRows()[0].row() == page.model.row_of(1)  # highlight put back
    assert page.database_notice.isVisibleTo(page)
    assert "server closed the connection unexpectedly" in page.database_notice.text()
    monkeypatch.undo()
    page.table.selectRow(page.model.row_of(2))  # it answers again
    assert page.current is not None and page.current.id == 2 and not page.database_notice.isVisibleTo(page)


def test_a_file_whose_data_the_database_does_not_give_says_so(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from faceid_console.store import export

    monkeypatch.setattr(export, "write", _gone)
    said = _finished(qtbot, page, page.export_to(tmp_path / "x.csv"))
    assert said == ("Nothing was written: the history database did not answer (server closed the connection "
                    "unexpectedly). Try again once it answers.")  # not "choose another folder"
    assert page.database_notice.isVisibleTo(page) and not (tmp_path / "x.csv").exists()
    assert page.files_outcome.text() == said  # still there once the status line has moved on


def test_a_decision_on_an_entry_purged_meanwhile_is_explained_and_reloads(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    import sqlalchemy as sa

    from faceid_console.store.schema import calls

    crashes: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: crashes.append(args))
    page.table.selectRow(page.model.row_of(2))
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("reject"))
    page.reason_choice.setCurrentIndex(0)
    with filled_store.engine.begin() as connection:  # another console's purge (its photos and trail cascade)
        connection.execute(calls.delete().where(calls.c.id == 2))
    with qtbot.waitSignal(page.status_message) as said:
        page.decide_button.click()
    assert str(said.args[0]).startswith("The decision was not recorded: the entry or the reason chosen is no longer")
    assert crashes == [] and page.model.row_of(2) == -1 and page.model.rowCount() == 2
    with filled_store.engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(calls)).scalar_one() == 2


@pytest.mark.parametrize("anyway", [False, True])
def test_a_decision_another_reviewer_made_meanwhile_is_shown_and_superseded_only_when_asked(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        anyway: bool) -> None:
    """The entry was shown undecided; another console rejected it; recording here superseded that rejection, which
    the reviewer never saw, with nothing said but "Decision recorded"."""
    from faceid_console.store import DecisionKind

    page.table.selectRow(page.model.row_of(2))
    assert page.current is not None and page.current.id == 2 and page.trail_list.count() == 0
    other = HistoryStore.open(sqlite_path=tmp_path / "h.sqlite3", operator="reviewer-B")
    theirs = other.decide(2, DecisionKind.REJECT, "Different person", "the applicant's chin differs")
    other.close()
    asked: list[tuple[int, str, object]] = []
    monkeypatch.setattr(page, "confirm_over_decision", lambda entry, decision, current: asked.append(
        (entry, decision.value, current)) or anyway)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("escalate"))
    page.reason_choice.setCurrentIndex(page.reason_choice.findData("Needs a senior reviewer"))
    with qtbot.waitSignal(page.status_message, timeout=10_000) as said:
        page.decide_button.click()
    assert asked == [(2, "escalate", theirs)]  # who decided what, when and why, for the question
    trail = filled_store.history.decision_trail(2)
    if anyway:
        assert said.args[0] == "Decision recorded for entry 2."
        assert [(d.operator, d.decision.value, d.supersedes) for d in trail] == [
            ("reviewer-3", "escalate", theirs.id), ("reviewer-B", "reject", None)]
    else:
        assert said.args[0] == ("Nothing was recorded: reviewer-B decided entry 2 meanwhile (see the trail). "
                                "Decide again if yours still stands.")
        assert trail == [theirs]
        assert page.decision_choice.currentData() == "escalate"  # the choice kept, to reconsider
    qtbot.waitUntil(lambda: page.trail_list.count() == len(trail), timeout=5000)  # the entry read again
    assert "reviewer-B" in page.trail_list.item(len(trail) - 1).text()


def test_the_question_over_another_s_decision_says_who_decided_what_when_and_why(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from faceid_console.store import DecisionKind

    page.table.selectRow(page.model.row_of(2))
    theirs = filled_store.decide(2, DecisionKind.REJECT, "Different person", "screen replay")
    shown: list[tuple[str, str, object]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, text, _buttons, default: shown.append(
        (title, text, default)) or QMessageBox.StandardButton.No)
    assert not page.confirm_over_decision(2, DecisionKind.APPROVE, theirs)
    zone = page.zone()
    assert shown == [("Decided meanwhile", (
        "Another reviewer decided on entry 2 after it was shown to you:\n\n"
        f"Rejected by reviewer-3 at {zone.text(theirs.decided_at)}\u00a0{zone.label(theirs.decided_at)} · Different person"
        "\nscreen replay\n\nRecord your decision (Approved) anyway? It supersedes theirs; both stay in the trail."),
        QMessageBox.StandardButton.No)]


def test_a_page_opened_while_the_database_does_not_answer_says_so(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from faceid_console.store import HistoryReader

    monkeypatch.setattr(HistoryReader, "page", _gone)
    page = HistoryPage(store=filled_store, settings=Settings(), language="en")
    qtbot.addWidget(page)
    assert not page.database_notice.isHidden()  # shown with the page
    assert "server closed the connection unexpectedly" in page.database_notice.text()
    assert page.result_view.headline.text() == "The history is not available"  # not "No calls recorded yet"


def test_no_photo_bytes_are_read_on_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over a team's PostgreSQL server an entry's photos are megabytes: the list reads only their first bytes;
    the worker that decodes a photo reads it."""
    from faceid_console.store import HistoryReader

    readers: list[threading.Thread] = []
    real_images = HistoryReader.images

    def recorded(self, entry, fields=None):  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread())
        return real_images(self, entry, fields)

    monkeypatch.setattr(HistoryReader, "images", recorded)
    for entry_id in (1, 2):
        page.table.selectRow(page.model.row_of(entry_id))
        qtbot.waitUntil(lambda: not page.result_view.overlay.photo.isNull(), timeout=10_000)
    assert len(readers) == 2 and threading.main_thread() not in readers


def test_a_large_stored_photo_is_decoded_at_the_size_the_window_draws(qapp) -> None:  # type: ignore[no-untyped-def]
    """A 4096-pixel photo decoded whole would be rescaled on the GUI thread at its first paint (~80 ms)."""
    from PIL import Image
    from PySide6.QtGui import QImage

    from faceid_console.store import StoredImage
    from faceid_console.ui.pages.history_page import decode_stored
    from faceid_console.ui.widgets.photo_slot import PREVIEW_SIZE

    buffer = io.BytesIO()
    Image.new("RGB", (4096, 2710), (120, 110, 100)).save(buffer, "JPEG")
    big = StoredImage("image", "", "image/jpeg", buffer.getvalue(), None)
    [(field, picture)] = decode_stored([big], PREVIEW_SIZE).items()
    assert field == "image" and picture.width() == PREVIEW_SIZE and abs(picture.height() - 847) <= 1
    assert decode_stored([big])["image"].size() == QImage.fromData(big.data or b"").size()  # whole when asked
    small = StoredImage("image_ref1", "", "image/png", b"\x89PNG damaged", None)
    assert decode_stored([small], PREVIEW_SIZE) == {}  # left out, never an exception


def test_pictures_are_reused_only_while_they_are_the_same_photos(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, faces: Path) -> None:
    """SQLite hands an entry id out again once the newest entries are purged: the new entry never shows the
    purged person's photo."""
    from faceid_console.store.schema import calls

    page.table.selectRow(page.model.row_of(1))
    overlay = page.result_view.overlay
    qtbot.waitUntil(lambda: not overlay.photo.isNull(), timeout=10_000)
    before = overlay.photo.size()
    with filled_store.engine.begin() as connection:  # every entry purged (photos and trails cascade)
        connection.execute(calls.delete())
    other = prepare_image(faces / "kit_1.jpg", "image").data
    entry = filled_store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": "U-new"},
                                       {"image": other})
    filled_store.journal.complete(entry, {"request_id": "r-new", "time_used": 3, "faces": [], "result_ref1": {
        "confidence": 70.0, "thresholds": {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 78.0}}})
    assert entry == 1  # the id of the entry shown before
    page.refresh()
    page.select_entry(entry)
    qtbot.waitUntil(lambda: not overlay.pending, timeout=10_000)
    from PySide6.QtGui import QImage

    assert overlay.photo.size() == QImage.fromData(other).size() != before


def test_a_photo_the_database_does_not_give_is_not_left_loading(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import base64

    from faceid_console.store import HistoryReader

    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    answer["images"] = {"image_best": "data:image/jpeg;base64," + base64.b64encode(
        (faces / "obama_1.jpg").read_bytes()).decode()}
    session = filled_store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": answer["biz_id"]})
    filled_store.journal.complete(session, answer, policy_level="1e-3")
    page.refresh()
    monkeypatch.setattr(HistoryReader, "images", _gone)  # the photos' read, on the worker, fails
    page.table.selectRow(page.model.row_of(1))
    overlay = page.result_view.overlay
    qtbot.waitUntil(lambda: not overlay.pending, timeout=10_000)
    assert overlay.photo.isNull() and page.database_notice.isVisibleTo(page)
    page.select_entry(session)
    gallery = page.liveness_view.gallery
    qtbot.waitUntil(lambda: "(not loaded)" in gallery.buttons["image_best"].text(), timeout=10_000)
    assert "unreadable" not in gallery.buttons["image_best"].text()  # not said to be damaged


def test_a_purge_that_deletes_asks_first_and_a_wheel_turn_does_not_set_one_up(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime

    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    from faceid_console.store.records import utcnow
    from faceid_console.store.schema import calls

    with filled_store.engine.begin() as c:  # entry 1 is 400 days old
        c.execute(calls.update().where(calls.c.id == 1).values(created_at=utcnow() - datetime.timedelta(days=400)))
    spin = page.record_days
    assert spin.value() == 0 and not spin.hasFocus()
    turn = QWheelEvent(QPointF(5, 5), QPointF(spin.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, 120),
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(spin, turn)
    assert spin.value() == 0  # scrolling the page past it set "1 day", which Apply then purged by
    spin.setValue(1)
    assert spin.text() == "1 day"  # not "1 days"
    asked: list[tuple[int, int]] = []
    monkeypatch.setattr(page, "confirm_purge", lambda doomed: asked.append(
        (doomed.records_purged, doomed.images_purged)) or False)
    spin.setValue(365)
    assert not page.apply_retention() and asked[0][0] == 1
    assert filled_store.history.entry(1) is not None and filled_store.retention.record_days == 0  # nothing changed
    monkeypatch.setattr(page, "confirm_purge", lambda doomed: True)
    assert _finished(qtbot, page, page.apply_retention()).startswith(f"Retention saved; {asked[0][1]} photos and 1 "
                                                                       "record purged")  # not "1 records"
    assert filled_store.history.entry(1) is None


def test_decisions_wait_while_a_purge_holds_the_database(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    real_purge = filled_store.apply_retention

    def slow_purge(policy):  # type: ignore[no-untyped-def]
        assert release.wait(30)
        return real_purge(policy)

    monkeypatch.setattr(filled_store, "apply_retention", slow_purge)
    page.table.selectRow(page.model.row_of(1))
    assert page.decision_group.isEnabled()
    assert page.apply_retention()
    assert not page.decision_group.isEnabled()
    assert not page.apply_retention()  # refused while one runs, and decisions still wait
    assert not page.decision_group.isEnabled()
    page.table.selectRow(page.model.row_of(2))
    assert not page.decision_group.isEnabled()  # another entry opened meanwhile waits too
    release.set()
    qtbot.waitUntil(lambda: not page.files.busy, timeout=10_000)
    assert page.decision_group.isEnabled()


@pytest.mark.qt_no_exception_capture
def test_a_database_error_that_is_a_bug_still_reaches_the_crash_reporter(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a database that does not answer is said on the page; a wrong query is ours to fix."""
    import sys

    from sqlalchemy.exc import ProgrammingError

    from faceid_console.store import history as history_reads

    def wrong(*_args: object) -> object:
        raise ProgrammingError("SELECT nonsense", {}, Exception("syntax error at or near nonsense"))

    reported: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: reported.append(args[1]))
    monkeypatch.setattr(history_reads, "_decision_trail", wrong)
    page.table.selectRow(page.model.row_of(2))
    assert [type(e).__name__ for e in reported] == ["ProgrammingError"]
    assert not page.database_notice.isVisibleTo(page)


def test_a_search_the_database_does_not_answer_opens_no_old_row(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, monkeypatch: pytest.MonkeyPatch) -> None:
    from faceid_console.store import HistoryReader

    page.table.selectRow(page.model.row_of(1))
    monkeypatch.setattr(HistoryReader, "page", _gone)
    page.show_search("no-such-biz-id")  # "Open in history" from a liveness page
    assert page.current is not None and page.current.id == 1 and page.database_notice.isVisibleTo(page)


def test_tab_leaves_the_list(qtbot, page: HistoryPage) -> None:  # type: ignore[no-untyped-def]
    """Tab moved from cell to cell and never left the list: the decision form was out of the keyboard's reach."""
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window(), timeout=5_000)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table


def test_a_profile_added_in_settings_is_offered_by_the_filter(page: HistoryPage) -> None:
    from faceid_console.settings import Profile, ProfileKind

    page.profile_box.setCurrentIndex(page.profile_box.findData("local-engine"))
    page.settings.profiles.append(Profile("lab", ProfileKind.CUSTOM, "https://lab.example"))
    page.refresh()  # what the window does when Settings closes, and on F5
    assert page.profile_box.findData("lab") > 0
    assert page.profile_box.currentData() == "local-engine"  # the choice stays


@pytest.fixture
def away_from_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A time zone whose date is not UTC's now (the tester's: Los Angeles at 23:32, 07:32 UTC the next day)."""
    zone = "Etc/GMT+12" if datetime.datetime.now(datetime.UTC).hour < 12 else "Etc/GMT-14"  # POSIX: + is west
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    yield zone
    monkeypatch.undo()
    time.tzset()


def test_the_date_range_is_whole_utc_days_when_the_list_s_times_are_utc(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, filled_store: HistoryStore, away_from_utc: str) -> None:
    """In Los Angeles at 23:32 (07:32 UTC the next day) ticking From listed 0 of 48 entries made minutes before, and
    "today to today" none: the boxes held local dates, the list UTC times. With times shown in UTC, the days are
    UTC's whatever the computer's zone."""
    from PySide6.QtCore import QDate

    from faceid_console.store.schema import calls

    utc_today = datetime.datetime.now(datetime.UTC).date()
    assert QDate.currentDate().toPython() != utc_today  # the zone does what it is for
    midnight = datetime.datetime.combine(utc_today, datetime.time())
    early, late_yesterday = (filled_store.journal.begin(CallKind.GET_TOKEN, "local-engine", {}) for _ in range(2))
    with filled_store.engine.begin() as c:  # the first and the last second of the day's edges
        c.execute(calls.update().where(calls.c.id == early).values(created_at=midnight))
        c.execute(calls.update().where(calls.c.id == late_yesterday)
                  .values(created_at=midnight - datetime.timedelta(microseconds=1)))
    page = HistoryPage(store=filled_store, settings=Settings(shown_times="utc"), language="en")
    qtbot.addWidget(page)
    assert (page.date_from.date().toPython(), page.date_to.date().toPython()) == \
        (utc_today - datetime.timedelta(days=30), utc_today)
    assert "UTC" in page.date_range.text() and "UTC" in page.date_to.accessibleName()
    page.date_range.setChecked(True)  # the default range: every entry of the last 30 UTC days, today's included
    assert page.model.rowCount() == 5
    page.date_from.setDate(QDate(utc_today))  # today to today: today's entries, from its first second
    ids = {page.model.entry(r).id for r in range(page.model.rowCount())}  # type: ignore[union-attr]
    assert early in ids and late_yesterday not in ids and len(ids) == 4
    page.date_from.setDate(QDate(utc_today - datetime.timedelta(days=1)))
    page.date_to.setDate(QDate(utc_today - datetime.timedelta(days=1)))  # yesterday: to its last microsecond
    assert [page.model.entry(r).id for r in range(page.model.rowCount())] == [late_yesterday]  # type: ignore[union-attr]


def test_the_date_range_is_whole_days_of_the_computer_s_zone_by_default(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, filled_store: HistoryStore, away_from_utc: str) -> None:
    """A reviewer whose date is not UTC's: "today" is their own date, and a day starts at their midnight (stored as
    the UTC time it is), the zone's offset named with the boxes."""
    from PySide6.QtCore import QDate

    from faceid_console.store.schema import calls

    local_today = QDate.currentDate().toPython()
    assert local_today != datetime.datetime.now(datetime.UTC).date()  # the zone does what it is for
    offset = "UTC-12:00" if away_from_utc == "Etc/GMT+12" else "UTC+14:00"  # POSIX: + is west
    midnight = datetime.datetime.combine(local_today, datetime.time()).astimezone(datetime.UTC).replace(tzinfo=None)
    early, late_yesterday = (filled_store.journal.begin(CallKind.GET_TOKEN, "local-engine", {}) for _ in range(2))
    with filled_store.engine.begin() as c:  # the first and the last second of the day's edges, there
        c.execute(calls.update().where(calls.c.id == early).values(created_at=midnight))
        c.execute(calls.update().where(calls.c.id == late_yesterday)
                  .values(created_at=midnight - datetime.timedelta(microseconds=1)))
    page = HistoryPage(store=filled_store, settings=Settings(), language="en")
    qtbot.addWidget(page)
    assert page.date_to.date().toPython() == local_today
    assert page.date_range.text() == f"Fro&m ({offset})" and page.date_to.accessibleName() == \
        f"Last day shown ({offset})"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == f"Time ({offset})"
    page.date_range.setChecked(True)
    page.date_from.setDate(QDate(local_today))  # today to today: today's entries, from its first second there
    ids = {page.model.entry(r).id for r in range(page.model.rowCount())}  # type: ignore[union-attr]
    assert early in ids and late_yesterday not in ids
    yesterday = QDate(local_today - datetime.timedelta(days=1))
    page.date_from.setDate(yesterday)
    page.date_to.setDate(yesterday)  # yesterday: to its last microsecond there
    assert late_yesterday in {page.model.entry(r).id for r in range(page.model.rowCount())}  # type: ignore[union-attr]
    assert early not in {page.model.entry(r).id for r in range(page.model.rowCount())}  # type: ignore[union-attr]


def test_a_date_range_that_ends_before_it_starts_says_so(page: HistoryPage) -> None:
    from PySide6.QtCore import QDate

    page.date_range.setChecked(True)
    page.date_from.setDate(QDate(2026, 11, 20))
    page.date_to.setDate(QDate(2026, 11, 10))
    page.apply_filters()
    assert page.model.rowCount() == 0 and page.result_view.headline.text() == "No entry matches"
    assert page.result_view.subline.text() == "The date range ends before it starts: set “to” on or after “from”."


def test_the_date_bounds_the_reviewer_has_not_set_follow_today(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, filled_store: HistoryStore) -> None:
    """Opened before 08:00 in China (still yesterday in UTC), ticked later that day: the list ended at yesterday,
    every call since 08:00 hidden. A bound the reviewer set stays as set."""
    from PySide6.QtCore import QDate

    from faceid_console.store.schema import calls

    day = datetime.date(2026, 12, 1)
    morning = filled_store.journal.begin(CallKind.GET_TOKEN, "local-engine", {})  # 08:30 in China, the next UTC day
    with filled_store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == morning).values(created_at=datetime.datetime(2026, 12, 2, 0, 30)))
    page = HistoryPage(store=filled_store, settings=Settings(), language="en", today=lambda: day)
    qtbot.addWidget(page)
    assert (page.date_from.date(), page.date_to.date()) == (QDate(2026, 11, 1), QDate(2026, 12, 1))
    day = datetime.date(2026, 12, 2)
    page.date_range.setChecked(True)
    assert (page.date_from.date(), page.date_to.date()) == (QDate(2026, 11, 2), QDate(2026, 12, 2))
    assert morning in {page.model.entry(r).id for r in range(page.model.rowCount())}  # type: ignore[union-attr]
    page.date_from.setDate(QDate(2026, 11, 20))  # the reviewer's
    day = datetime.date(2026, 12, 3)
    page.refresh()  # F5, or back to the page, the next UTC day
    assert (page.date_from.date(), page.date_to.date()) == (QDate(2026, 11, 20), QDate(2026, 12, 3))
    assert page.model.history_filter.until == datetime.datetime(2026, 12, 4)  # listed to the end of the new day
    page.date_to.setDate(QDate(2026, 12, 2))  # the reviewer's too
    day = datetime.date(2026, 12, 4)
    page.refresh()
    assert (page.date_from.date(), page.date_to.date()) == (QDate(2026, 11, 20), QDate(2026, 12, 2))
    assert page.model.history_filter.until == datetime.datetime(2026, 12, 3)


def test_profiles_are_named_as_the_top_bar_names_them_and_a_removed_one_by_its_stored_name(page: HistoryPage) -> None:
    """The filter and the list said "local-engine" and "cloud-sgp", the settings' keys, not the switcher's names."""
    from faceid_console.ui.models.history_model import COLUMNS

    offered = [page.profile_box.itemText(i) for i in range(page.profile_box.count())]
    assert "Built-in engine (offline)" in offered and "FaceID cloud · Singapore" in offered
    assert not {"local-engine", "cloud-sgp"} & set(offered)
    column = [name for name, _ in COLUMNS].index("profile")
    shown = {page.model.index(row, column).data() for row in range(page.model.rowCount())}
    assert "Built-in engine (offline)" in shown and "FaceID cloud · China" in shown
    page.settings.profiles[:] = [p for p in page.settings.profiles if p.name != "cloud-cn"]  # removed in Settings
    page.refresh()
    shown = {page.model.index(row, column).data() for row in range(page.model.rowCount())}
    assert "cloud-cn" in shown  # no profile of that name now: the name it was recorded under


def test_the_footer_takes_two_lines_so_a_small_screen_still_shows_entries(qtbot, page: HistoryPage) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 and 150 % the billed line, a retention box of two rows with its title, and the export beside it
    left room for two entries. Now: the billed counts with the export, then retention in one row where it fits."""
    from PySide6.QtCore import QPoint

    def top(widget) -> int:  # type: ignore[no-untyped-def]
        return widget.mapTo(page, QPoint(0, 0)).y()

    page.resize(760, 480)
    qtbot.wait(50)
    assert abs(top(page.export_button) - top(page.billed_label)) < page.export_button.height()
    assert top(page.image_mode) == top(page.image_days) == top(page.retention_button) > top(page.export_button)
    page.resize(page.minimumSizeHint().width(), 480)  # at its narrowest, nothing is cut off at the right
    qtbot.wait(50)
    for widget in (page.image_mode, page.image_days, page.record_days, page.retention_button, page.export_button):
        assert widget.mapTo(page, QPoint(0, 0)).x() + widget.width() <= page.width()


def test_at_its_least_size_the_list_shows_several_entries(qtbot, page: HistoryPage) -> None:  # type: ignore[no-untyped-def]
    """At the window's least size the list showed one entry between the filters and the footer: the least height
    now keeps five in view, its sideways scroll bar counted."""
    table = page.table
    assert page.model.rowCount() >= 3
    page.resize(page.minimumSizeHint())
    qtbot.waitUntil(lambda: page.size() == page.minimumSizeHint(), timeout=5_000)
    qtbot.wait(50)
    assert table.viewport().height() >= 5 * table.rowHeight(0), (table.viewport().height(), table.rowHeight(0))
    for row in range(page.model.rowCount()):  # each entry whole, none cut at the bottom
        assert table.rowViewportPosition(row) + table.rowHeight(row) <= table.viewport().height()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: Per day… raises its window
def test_the_per_day_table_is_as_large_as_its_days_and_profiles(qtbot, page: HistoryPage) -> None:  # type: ignore[no-untyped-def]
    """Opened the first time, the table of billed calls per day kept an empty strip under its Total row and beside
    its Total column (room for scroll bars it did not show): it is now as large as its rows and columns."""
    page.billed_button.click()
    dialog, table = page.billed_dialog, page.billed_table
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    qtbot.wait(50)
    assert table.rowCount() == 8 and table.verticalHeaderItem(7).text() == "Total"
    assert table.viewport().height() == table.verticalHeader().length()  # the Total row last, nothing under it
    assert table.viewport().width() == table.horizontalHeader().length()
    assert not table.verticalScrollBar().isVisible() and not table.horizontalScrollBar().isVisible()
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: Per day… raises its window
def test_the_billed_calls_take_one_line_at_any_volume_and_the_days_are_in_a_table(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, tmp_path: Path) -> None:
    """Three profiles billed each day: the footer was a paragraph of "day · profile: N;" seven lines high, at the
    smallest size the list showed one row, and it broke inside "Built-in / engine (offline)"."""
    from faceid_console.store.schema import calls

    store = HistoryStore.open(sqlite_path=tmp_path / "billed.sqlite3", operator="reviewer-3")
    today = datetime.date(2026, 12, 1)
    profiles = ("local-engine", "cloud-cn", "cloud-sgp")
    billed: dict[tuple[str, str], int] = {}
    made: dict[int, datetime.date] = {}
    for back in range(8):  # the eighth day back is not this week's
        for index, profile in enumerate(profiles):
            day = today - datetime.timedelta(days=back)
            billed[str(day), profile] = 1 + (back + index) % 3
            for _ in range(billed[str(day), profile]):
                entry = store.journal.begin(CallKind.VERIFY, profile, {"uuid": "U-billed"})
                store.journal.complete(entry, {"request_id": "r", "result_ref1": {"confidence": 90.0}})
                made[entry] = day
    with store.engine.begin() as c:
        for entry, day in made.items():
            c.execute(calls.update().where(calls.c.id == entry)
                      .values(created_at=datetime.datetime.combine(day, datetime.time(23, 59))))
    page = HistoryPage(store=store, settings=Settings(shown_times="utc"), language="en", today=lambda: today)
    qtbot.addWidget(page)
    page.show()
    week = [str(today - datetime.timedelta(days=back)) for back in range(7)]
    totals = {p: sum(billed[d, p] for d in week) for p in profiles}
    assert totals == {"cloud-sgp": 15, "cloud-cn": 14, "local-engine": 13}
    assert page.billed_label.text() == ("Billed: 42 in the last 7 UTC days (FaceID cloud · Singapore: 15; "
                                        "FaceID cloud · China: 14; Built-in engine (offline): 13)")  # most first
    for size in (QSize(1280, 800), page.minimumSizeHint()):
        page.resize(size)
        qtbot.wait(50)
        assert page.billed_label.height() < 2 * page.billed_label.fontMetrics().height(), size  # one line
    shown = page.billed_label.shown_text()  # at the least size: cut at its end, the week's total still in view
    assert shown != page.billed_label.text() and shown.endswith("…") and shown.startswith("Billed: 42 in the last")
    assert page.billed_label.toolTip() == page.billed_label.text()  # the whole line, when cut
    table = page.billed_table
    names = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert names == ["FaceID cloud · Singapore", "FaceID cloud · China", "Built-in engine (offline)", "Total"]
    assert [table.verticalHeaderItem(r).text() for r in range(table.rowCount())] == [*week, "Total"]
    for row, day in enumerate(week):
        for column, profile in enumerate(("cloud-sgp", "cloud-cn", "local-engine")):
            assert table.item(row, column).text() == str(billed[day, profile]), (day, profile)
        assert table.item(row, 3).text() == str(sum(billed[day, p] for p in profiles))
    assert [table.item(7, c).text() for c in range(4)] == ["15", "14", "13", "42"]
    page.billed_button.click()
    assert page.billed_dialog.isVisible()
    page.billed_dialog.close()
    store.close()


def _failed_entry(store: HistoryStore, uuid: str, error) -> int:  # type: ignore[no-untyped-def]
    entry = store.journal.begin(CallKind.VERIFY, "local-engine", {"comparison_type": "0", "uuid": uuid})
    store.journal.fail(entry, error)
    return entry


def test_an_error_that_says_nothing_of_the_applicant_cannot_be_decided_on(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """As the Verify page offers a decision: on an answer, or a refusal about the applicant (no face), never on a
    wrong secret or a connection that failed, nor on a call whose outcome is unknown. A decision recorded on one
    before stays in view."""
    from faceid_console.api import FaceIDError
    from faceid_console.api.errors import CONNECTION_FAILED, ErrorOrigin
    from faceid_console.store import DecisionKind
    from faceid_console.ui.colours import FAIL, NEUTRAL, text_colour

    secret = _failed_entry(filled_store, "U-secret",
                           FaceIDError.from_response(401, b'{"error_message": "AUTHENTICATION_ERROR"}'))
    offline = _failed_entry(filled_store, "U-offline",
                            FaceIDError(CONNECTION_FAILED, origin=ErrorOrigin.TRANSPORT, message="refused"))
    no_face = _failed_entry(filled_store, "U-no-face",
                            FaceIDError.from_response(400, b'{"error_message": "NO_FACE_FOUND: image"}'))
    # recorded before this rule (the store refuses it now): written as it was then
    decisions.decide(filled_store.engine, offline, DecisionKind.REJECT, "Different person", note="", operator="r")
    page.refresh()
    form = (page.decision_choice, page.reason_choice, page.note_edit)
    said = ("Nothing to decide: this error says nothing about the applicant. Do what its “What to do” says, send "
            "the call again, and decide on its answer.")
    for entry in (secret, offline):
        page.select_entry(entry)
        assert page.current is not None and page.current.id == entry
        assert not any(w.isEnabled() for w in form) and not page.decide_button.isEnabled()
        assert page.nothing_to_decide.isVisibleTo(page) and page.nothing_to_decide.text() == said
        assert not page.decision_summary.text().startswith("Deciding on")
        assert text_colour(page.decision_summary) == NEUTRAL  # in red it read as one more applicant refused
    # Enter in the note, or a press of the button, records nothing.
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("reject"))
    page.reason_choice.setCurrentIndex(page.reason_choice.findData("Different person"))
    page.record_decision()
    assert [d.decision for d in filled_store.history.decision_trail(offline)] == [DecisionKind.REJECT]
    assert page.trail_list.count() == 1 and page.trail_list.isEnabled()  # the trail recorded before, readable
    assert "Rejected" in page.trail_list.item(0).text()

    page.select_entry(3)  # left pending by a "crash": its outcome is unknown
    assert page.current is not None and page.current.outcome_unknown
    assert not page.decision_choice.isEnabled() and page.nothing_to_decide.text().startswith("Nothing to decide")

    page.select_entry(no_face)  # the applicant's photo has no face: a reviewer decides on that
    assert page.decision_summary.text() == f"Deciding on entry {no_face}: No face found (NO_FACE_FOUND)"
    assert text_colour(page.decision_summary) == FAIL
    assert all(w.isEnabled() for w in form) and not page.nothing_to_decide.isVisibleTo(page)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("reject"))
    page.reason_choice.setCurrentIndex(page.reason_choice.findData("Photo quality too low to judge"))
    assert page.decide_button.isEnabled()
    page.record_decision()
    assert [d.decision for d in filled_store.history.decision_trail(no_face)] == [DecisionKind.REJECT]
    page.table.selectRow(page.model.row_of(1))  # an answer: decided on as before
    assert page.decision_choice.isEnabled() and not page.nothing_to_decide.isVisibleTo(page)


def test_a_token_entry_offers_no_decision_and_says_why(page: HistoryPage, filled_store: HistoryStore) -> None:
    """A get_token or get_biz_token entry had the decision form, and waited in Undecided: a token only starts a
    liveness session. A decision recorded on one before stays readable in its trail."""
    from faceid_console.store import DecisionKind

    web = filled_store.journal.begin(CallKind.GET_TOKEN, "local-engine", {"comparison_type": "0", "uuid": "U-5"})
    filled_store.journal.complete(web, {"request_id": "r-5", "time_used": 3, "token": "t-5", "expired_time": 1})
    sdk = filled_store.journal.begin(CallKind.GET_BIZ_TOKEN, "local-engine",
                                     {"liveness_type": "meglive", "comparison_type": "0", "uuid": "U-6"})
    filled_store.journal.complete(sdk, {"request_id": "r-6", "time_used": 2, "biz_token": "1700000000,bt-6"})
    decisions.decide(filled_store.engine, sdk, DecisionKind.APPROVE, "Same person, documents consistent", note="",
                     operator="r")  # recorded before this rule (the store refuses it now)
    page.refresh()
    form = (page.decision_choice, page.reason_choice, page.note_edit)
    said = ("Nothing to decide: a token only starts a liveness session and says nothing about the applicant. Decide "
            "on the session's answer, an entry of its own (Liveness result, or Callback check).")
    for entry in (web, sdk):
        page.select_entry(entry)
        assert page.current is not None and page.current.id == entry
        assert not any(w.isEnabled() for w in form) and not page.decide_button.isEnabled()
        assert page.nothing_to_decide.isVisibleTo(page) and page.nothing_to_decide.text() == said
    assert page.trail_list.count() == 1 and "Approved" in page.trail_list.item(0).text()
    page.decision_box.setCurrentIndex(page.decision_box.findText("Undecided"))
    assert sorted(page.model.entry(r).id for r in range(page.model.rowCount())) == [1, 2]  # type: ignore[union-attr]


def test_a_token_refused_for_the_applicant_and_a_forged_unreadable_callback_say_why_there_is_nothing_to_decide(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """Listed in red (each is about the applicant, or a forgery), their panes said what a token or an unreadable
    callback says in general: "a token … says nothing about the applicant", "could not be read as a result"."""
    import datetime

    from faceid_console.api import FaceIDError
    from faceid_console.api.callbacks import CallbackBody
    from faceid_console.ui.pages.liveness_session_page import ReceivedCallback, keep_refused_callback

    token = filled_store.journal.begin(CallKind.GET_BIZ_TOKEN, "local-engine", {"uuid": "U-7"})
    filled_store.journal.fail(token, FaceIDError.from_response(400, b'{"error_message": "NO_FACE_FOUND: IMAGE"}'))
    said = {}
    for signature_valid in (False, True):
        received = ReceivedCallback(b"", "notify_url", CallbackBody("not json", "0" * 40), signature_valid, None,
                                    "not JSON", datetime.datetime.now(datetime.UTC))
        said[keep_refused_callback(filled_store, received, "local-engine", [])] = signature_valid
    page.refresh()
    texts = {}
    for entry in (token, *said):
        page.select_entry(entry)
        assert page.current is not None and page.current.id == entry
        assert not page.decision_choice.isEnabled() and page.nothing_to_decide.isVisibleTo(page)
        texts[entry] = page.nothing_to_decide.text()
    forged, genuine = said
    assert texts[token] == ("Nothing to decide: FaceID refused to issue a token because of what was sent about the "
                            "applicant (No face found), so no liveness session started. Correct the photo or details "
                            "it names and ask for a token again; decide on that session's answer.")
    assert texts[forged].startswith("Nothing to decide: this callback's signature is invalid") \
        and "Do not trust it" in texts[forged]
    assert texts[genuine] == ("Nothing to decide: this callback could not be read as a result. Ask for the session's "
                              "result (Liveness result) and decide on its answer.")


def test_a_result_faceid_no_longer_has_is_not_sent_again_but_looked_for(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """A get_result that answered RESULT_NOT_FOUND or DATA_DESTROYED said "Send the call again and decide on its
    answer": the same look-up gets the same answer. Each says where a result can still be had."""
    from faceid_console.api import FaceIDError

    def failed_look_up(status: int, code: str) -> int:
        entry = filled_store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": "1700000000,b-17"})
        filled_store.journal.fail(entry, FaceIDError.from_response(status, f'{{"error_message": "{code}"}}'.encode()))
        return entry

    unknown, fetched = failed_look_up(400, "RESULT_NOT_FOUND"), failed_look_up(403, "DATA_DESTROYED")
    page.refresh()
    said = {}
    for entry in (unknown, fetched):
        page.select_entry(entry)
        assert page.current is not None and page.current.id == entry
        assert not page.decision_choice.isEnabled() and page.nothing_to_decide.isVisibleTo(page)
        said[entry] = page.nothing_to_decide.text()
        assert said[entry].startswith("Nothing to decide") and "Send the call again" not in said[entry]
    assert "no result for this biz_id" in said[unknown] and "start a new liveness session" in said[unknown]
    assert "fetched before" in said[fetched] and "search History for its biz_id" in said[fetched]


def test_a_result_fetched_before_leads_to_the_entry_that_fetched_it(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore) -> None:
    """DATA_DESTROYED said "search History for its biz_id" and left the reviewer to type it. A button searches for it,
    whatever the filters (going through the errors, one filters by DATA_DESTROYED), and opens the entry that fetched
    it with the keyboard at its decision; when History holds none, it says so."""
    from faceid_console.api import FaceIDError

    def look_up(biz_id: str, code: str | None = None) -> int:
        entry = filled_store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": biz_id})
        if code is None:
            filled_store.journal.complete(entry, {**answer, "biz_id": biz_id}, policy_level="1e-4")
        else:
            status = 403 if code == "DATA_DESTROYED" else 400
            filled_store.journal.fail(entry, FaceIDError.from_response(status, f'{{"error_message": "{code}"}}'.encode()))
        return entry

    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    fetched, again = look_up(answer["biz_id"]), look_up(answer["biz_id"], "DATA_DESTROYED")
    not_found, gone = look_up("1700000000,b-17", "RESULT_NOT_FOUND"), look_up("1700000000,gone", "DATA_DESTROYED")
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5000)
    button = page.find_fetching_button
    for entry in (fetched, not_found):  # an answer, and a biz_id FaceID never had: nothing fetched it
        page.select_entry(entry)
        assert page.current is not None and page.current.id == entry and not button.isVisibleTo(page)
    page.error_code.setText("DATA_DESTROYED")
    page.apply_filters()
    page.select_entry(again)
    assert page.nothing_to_decide.isVisibleTo(page) and "search History for its biz_id" in page.nothing_to_decide.text()
    assert button.isVisibleTo(page) and button.isEnabled() and button.text() == "F&ind the entry that fetched it"
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == fetched, timeout=10_000)
    assert page.search.text() == answer["biz_id"] and page.error_code.text() == ""
    assert sorted(page.model.entry(row).id for row in range(page.model.rowCount())) == [fetched, again]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.decision_choice, timeout=5000)
    assert page.decision_choice.isEnabled() and not button.isVisibleTo(page)

    page.select_entry(gone)  # fetched elsewhere, or more than a day old: History holds no answer for it
    button.click()
    qtbot.waitUntil(lambda: any("No entry in History holds the result of biz_id 1700000000,gone" in message
                                for message in messages), timeout=10_000)
    assert page.current is not None and page.current.id == gone and QApplication.focusWidget() is page.table


def test_an_error_s_code_is_cited_in_the_window_s_language_s_parentheses(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore, qapp) -> None:
    """zh_CN read "记录 6：结果不存在 (RESULT_NOT_FOUND)": half-width parentheses put together outside tr()."""
    from PySide6.QtCore import QCoreApplication

    from faceid_console.api import FaceIDError
    from faceid_console.ui.translations import install_translator

    entry = filled_store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": "1700000000,b-17"})
    filled_store.journal.fail(entry, FaceIDError.from_response(400, b'{"error_message": "RESULT_NOT_FOUND"}'))
    page.refresh()
    translators = install_translator(qapp, "zh_CN")
    try:
        page.select_entry(entry)
        assert page.decision_summary.text().endswith("（RESULT_NOT_FOUND）"), page.decision_summary.text()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_the_trail_tells_apart_decisions_made_within_a_minute(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """Three decisions in one minute all read "2026-12-01 10:45 UTC": their order could not be told."""
    from faceid_console.store import DecisionKind

    page.settings.shown_times = "utc"

    for decision, reason in ((DecisionKind.ESCALATE, "Needs a senior reviewer"),
                             (DecisionKind.REJECT, "Different person"),
                             (DecisionKind.APPROVE, "Same person, documents consistent")):
        filled_store.decide(1, decision, reason)
    page.refresh()
    page.select_entry(1)
    trail = [page.trail_list.item(i).text() for i in range(page.trail_list.count())]
    decided = filled_store.history.decision_trail(1)
    assert len(trail) == len(decided) == 3
    assert all(line.startswith(f"{d.decided_at:%Y-%m-%d %H:%M:%S} UTC · ") for line, d in zip(trail, decided, strict=True))


def test_the_decision_just_recorded_is_timed_as_the_trail_times_it(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore) -> None:
    """Said to the Verify page as "Approved by … at 10:45 UTC" while the trail read 10:45:12: two times for one
    decision, and not to be told from another made within the minute."""
    page.settings.shown_times = "utc"
    page.select_entry(1)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
    page.reason_choice.setCurrentIndex(page.reason_choice.findData("Same person, documents consistent"))
    with qtbot.waitSignal(page.decided, timeout=5000) as decided:
        page.decide_button.click()
    [head] = filled_store.history.decision_trail(1)
    assert decided.args[0] == 1 and decided.args[1] == head
    said = decision_summary(decided.args[1], page.zone())  # as the Verify page words it
    assert f" at {head.decided_at:%H:%M:%S}\u00a0UTC · " in said, said
    qtbot.waitUntil(lambda: page.trail_list.count() == 1, timeout=5000)
    assert page.trail_list.item(0).text().startswith(f"{head.decided_at:%Y-%m-%d %H:%M:%S} UTC · ")


@pytest.fixture
def in_beijing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's zone is China's (TZ, as its system sets it); the machine's own is back after the test."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_decision_box_says_the_current_decision_at_once_and_offers_to_change_it(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, in_beijing: None) -> None:
    """Right after "Decision recorded for entry 2" the box still read "Deciding on entry 2", its form blank under
    "Record decision": the decision was said only in the trail. Now the box says who decided what, why and when (in
    the zone times are shown in), from the moment it is recorded, and the button changes it, as on Verify."""
    page.select_entry(2)
    assert page.decision_summary.text().startswith("Deciding on entry 2: Not the same person, confidence ")
    assert page.current_decision.isHidden() and page.decide_button.text() == "Re&cord decision"
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("reject"))
    page.reason_choice.setCurrentIndex(page.reason_choice.findData("Different person"))
    # Read as the decision is announced: before the entry and its trail are read again.
    at_once: list[tuple[str, str, str, bool]] = []
    page.decided.connect(lambda *_: at_once.append((
        page.decision_summary.text(), page.current_decision.text(), page.decide_button.text(),
        page.current_decision.isVisibleTo(page))))
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.decide_button.click()
    [head] = filled_store.history.decision_trail(2)
    there = head.decided_at + datetime.timedelta(hours=8)
    confidence = filled_store.history.entry(2).confidence  # type: ignore[union-attr]
    decided = (f"Entry 2: Not the same person, confidence {confidence:.2f}",
               f"Decided: Rejected by reviewer-3 at {there:%Y-%m-%d %H:%M:%S}\u00a0UTC+08:00 · Different person",
               "&Change the decision", True)
    assert at_once == [decided]
    assert page.decision_choice.currentIndex() == -1 and page.reason_choice.currentIndex() == -1  # a blank form
    qtbot.waitUntil(lambda: page.trail_list.count() == 1, timeout=5000)  # read again: the same words
    assert (page.decision_summary.text(), page.current_decision.text(), page.decide_button.text(),
            page.current_decision.isVisibleTo(page)) == decided
    page.select_entry(1)  # undecided: the form as before
    assert page.decision_summary.text().startswith("Deciding on entry 1: Same person")
    assert page.current_decision.isHidden() and page.decide_button.text() == "Re&cord decision"
    page.select_entry(2)  # decided, as read from the history
    assert (page.decision_summary.text(), page.current_decision.text(), page.decide_button.text(),
            page.current_decision.isVisibleTo(page)) == decided



@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_error_s_verdict_is_said_in_words_and_its_code_is_in_the_error_column(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore, qapp, language: str) -> None:
    """The Verdict column showed the code ("NO_FACE_F…", "AUTHENTIC…" cut short), in English in zh_CN too."""
    from PySide6.QtCore import QCoreApplication

    from faceid_console.api import FaceIDError
    from faceid_console.ui.translations import install_translator

    secret = _failed_entry(filled_store, "U-secret",
                           FaceIDError.from_response(401, b'{"error_message": "AUTHENTICATION_ERROR"}'))
    no_face = _failed_entry(filled_store, "U-no-face",
                            FaceIDError.from_response(400, b'{"error_message": "NO_FACE_FOUND: image"}'))
    translators = install_translator(qapp, language)
    try:
        page.refresh()
        columns = [name for name, _ in COLUMNS]
        verdict, code = columns.index("verdict"), columns.index("error_code")
        shown = {page.model.entry(r).id: (page.model.index(r, verdict).data(), page.model.index(r, code).data())  # type: ignore[union-attr]
                 for r in range(page.model.rowCount())}
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    words = {"en": ("Wrong key or secret", "No face found"),
             "zh_CN": ("密钥错误", "未检测到人脸")}[language]
    assert shown[secret] == (words[0], "AUTHENTICATION_ERROR")
    assert shown[no_face] == (words[1], "NO_FACE_FOUND")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_error_s_verdict_is_whole_in_the_list_and_in_full_in_its_tooltip(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, filled_store: HistoryStore, qapp, language: str) -> None:
    """It read "Wrong api_key or ap…" (zh_CN "api_key 或 a…"): the Verdict column was as wide as the verdicts, and
    an error's title was wider."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QStyleOptionViewItem

    from faceid_console.api import FaceIDError
    from faceid_console.ui.texts import error_title
    from faceid_console.ui.translations import install_translator

    for code, status in (("AUTHENTICATION_ERROR", 401), ("AUTHORIZATION_ERROR", 403),
                         ("CONCURRENCY_LIMIT_EXCEEDED", 403), ("ID_NUMBER_NAME_NOT_MATCH", 400)):
        _failed_entry(filled_store, f"U-{code}", FaceIDError.from_response(status, f'{{"error_message": "{code}"}}'
                                                                                   .encode()))
    translators = install_translator(qapp, language)
    try:
        page = HistoryPage(store=filled_store, settings=Settings(), language=language)
        qtbot.addWidget(page)
        page.resize(1150, 800)  # the page's width in a 1360-pixel window, beside the navigation
        page.show()
        verdict = [name for name, _ in COLUMNS].index("verdict")
        delegate = page.table.itemDelegate()
        errors = [page.model.index(r, verdict) for r in range(page.model.rowCount())
                  if page.model.entry(r).verdict == "error"]  # type: ignore[union-attr]
        assert len(errors) == 4
        for index in errors:
            option = QStyleOptionViewItem()
            option.rect, option.widget = page.table.visualRect(index), page.table
            assert not delegate._elided(option, index, index.data()), index.data()
            code = page.model.entry(index.row()).error_code  # type: ignore[union-attr]
            if index.data() != error_title(code):
                assert index.data(Qt.ItemDataRole.ToolTipRole) == error_title(code)  # the title in full
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_an_error_s_words_in_the_list_are_no_wider_than_the_verdicts(qapp) -> None:  # type: ignore[no-untyped-def]
    """So that an error widens no column: the list's time, verdict and decision stay in view in a narrow window."""
    from PySide6.QtWidgets import QTableView

    from faceid_console.ui.texts import authorization_list_titles, error_list_title, error_titles, verdict_text
    from faceid_console.verdict import VERDICT_ORDER

    metrics = QTableView().fontMetrics()
    widest = max(metrics.horizontalAdvance(verdict_text(verdict)) for verdict in VERDICT_ORDER)
    for words in (*(error_list_title(code) for code in error_titles()), *authorization_list_titles().values()):
        assert metrics.horizontalAdvance(words) <= widest, words


def test_an_authorization_error_is_named_in_the_list_by_its_reason_as_its_panel_heads_it(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """The panel said "FaceID found the request's signature expired" (a clock to set), the list "Call not allowed"
    and its tooltip "api_key not allowed this call" (an api_key to have enabled) whatever the reason."""
    from faceid_console.api import FaceIDError

    said = {}
    for reason in ("EXPIRED_SIGN", "Limit reached.", "DENIED"):  # v3's spelling, verify's, one with no words of its own
        entry = _failed_entry(filled_store, f"U-{reason}", FaceIDError.from_response(
            403, f'{{"error_message": "AUTHORIZATION_ERROR: {reason}"}}'.encode()))
        said[entry] = reason
    page.refresh()
    verdict = [name for name, _ in COLUMNS].index("verdict")
    shown = {}
    for row in range(page.model.rowCount()):
        entry = page.model.entry(row)
        if entry is not None and entry.id in said:
            index = page.model.index(row, verdict)
            shown[said[entry.id]] = (index.data(), index.data(Qt.ItemDataRole.ToolTipRole))
    assert shown == {
        "EXPIRED_SIGN": ("Signature expired", "FaceID found the request's signature expired"),
        "Limit reached.": ("Call limit reached", "This test api_key has reached its call limit"),
        "DENIED": ("Call not allowed", "api_key not allowed this call"),
    }
    expired = next(entry for entry, reason in said.items() if reason == "EXPIRED_SIGN")
    page.select_entry(expired)
    assert page.decision_summary.text() == (f"Entry {expired}: FaceID found the request's signature expired "
                                            "(AUTHORIZATION_ERROR)")


def test_the_undecided_filter_lists_what_still_waits_for_a_reviewer(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    from faceid_console.api import FaceIDError
    from faceid_console.store import DecisionKind

    _failed_entry(filled_store, "U-secret", FaceIDError.from_response(401, b'{"error_message": "AUTHENTICATION_ERROR"}'))
    no_face = _failed_entry(filled_store, "U-no-face",
                            FaceIDError.from_response(400, b'{"error_message": "NO_FACE_FOUND: image"}'))
    filled_store.decide(1, DecisionKind.APPROVE, "Same person, documents consistent")
    page.refresh()
    choices = [page.decision_box.itemText(i) for i in range(page.decision_box.count())]
    assert choices == ["Any decision", "Approved", "Rejected", "Escalated", "Undecided"]
    page.decision_box.setCurrentIndex(page.decision_box.findText("Undecided"))
    assert sorted(page.model.entry(r).id for r in range(page.model.rowCount())) == [2, no_face]  # type: ignore[union-attr]


def test_the_report_and_export_dialogs_open_in_the_last_folder_saved_to_never_the_working_folder(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, filled_store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """They opened in the process's working folder (a bare file name): a report of someone's identity check could
    land wherever the console was started from. First Documents; then the folder last saved to, kept in the
    window's state for the next start."""
    from PySide6.QtCore import QSettings

    from faceid_console.ui.pages import history_page

    home = Path.home()
    assert home.is_relative_to(tmp_path)  # the tests' own home, never the user's
    documents = home / "Documents"
    documents.mkdir(parents=True)
    for chosen in ("cases", "reports"):  # folders a save dialog lets the reviewer pick: they exist
        (tmp_path / chosen).mkdir()
    offered: list[str] = []
    answers = [str(tmp_path / "cases" / "faceid-history.csv"), str(tmp_path / "reports" / "r.pdf"), "", ""]

    def dialog(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        offered.append(start)
        return answers.pop(0), ""

    monkeypatch.setattr(history_page.QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(history_page.HistoryPage, "export_to", lambda *_a, **_k: True)
    monkeypatch.setattr(history_page.HistoryPage, "save_report", lambda *_a, **_k: True)
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    page = HistoryPage(store=filled_store, settings=Settings(), language="en", state=state)
    qtbot.addWidget(page)
    page.table.selectRow(page.model.row_of(1))
    page.export_button.click()
    assert offered == [str(documents / "faceid-history.csv")]
    page.report_button.click()  # the export's folder, not Documents again
    assert offered[-1] == str(tmp_path / "cases" / "faceid-1.pdf")
    state.sync()
    again = HistoryPage(store=filled_store, settings=Settings(), language="en",
                        state=QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.export_button.click()  # the next start: where the last report went
    assert offered[-1] == str(tmp_path / "reports" / "faceid-history.csv")
    documents.rmdir()
    fresh = HistoryPage(store=filled_store, settings=Settings(), language="en")
    qtbot.addWidget(fresh)
    fresh.export_button.click()  # no Documents folder: home, still not the working folder
    assert offered[-1] == str(home / "faceid-history.csv")
    assert all(Path(start).is_absolute() for start in offered)


def test_a_callback_that_could_not_be_read_is_explained_as_a_callback_not_as_a_proxy_s_answer(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """A received callback with a malformed field is kept as an error; its entry said "The answer was not from
    FaceID … check the base URL", which is no help for something posted to this console."""
    import json

    from faceid_console.api import FaceIDError
    from faceid_console.api.errors import INVALID_RESPONSE, ErrorOrigin

    def callback_entry(data: str, detail: str) -> int:
        entry = filled_store.journal.begin(CallKind.CALLBACK_CHECK, "local-engine", {"biz_id": "1700000000,odd"})
        kept = json.dumps({"signature_valid": True, "via": "receiver", "data": data, "sign": "0" * 40})
        filled_store.journal.fail(entry, FaceIDError(INVALID_RESPONSE, detail=detail, origin=ErrorOrigin.SERVICE,
                                                     message=f"response field {detail} is not a number",
                                                     raw_body=kept))
        return entry

    data = json.dumps({"biz_info": {"biz_id": "1700000000,odd"}, "status": "OK", "liveness_result": {
        "result": "PASS", "face_genuineness": {"mask_confidence": "0.2", "mask_threshold": 0.5}}})
    malformed = callback_entry(data, "liveness_result.face_genuineness.mask_confidence")
    cut = callback_entry('{"biz_id": "1700000000,cut', "data")
    nested = callback_entry("[" * 150 + "]" * 150, "data")  # JSON, but deeper than the library reads
    page.refresh()
    panel = page.result_view.error_panel
    page.select_entry(malformed)
    assert panel.headline.text() == "This callback cannot be read as a result"
    assert "liveness_result.face_genuineness.mask_confidence" in panel.explanation.text()
    assert "base URL" not in panel.next_label.text() and "Liveness results" in panel.next_label.text()
    page.select_entry(cut)
    assert panel.explanation.text().startswith("The data is not JSON")
    page.select_entry(nested)  # it was called "not JSON" too
    assert panel.explanation.text().startswith("The data is nested too deeply to read (over 100 levels)")
    verify_error = _failed_entry(filled_store, "U-proxy", FaceIDError(INVALID_RESPONSE, detail="request_id",
                                                                      origin=ErrorOrigin.SERVICE, message="missing"))
    page.refresh()
    page.select_entry(verify_error)  # a verify's answer not FaceID's keeps its own words
    assert panel.headline.text() == "The answer was not from FaceID"


def test_tabbing_into_the_list_opens_the_newest_entry_and_down_goes_to_the_next(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage) -> None:
    """Tabbing in made the first row current without opening it, so the first Down opened the second entry."""
    from PySide6.QtWidgets import QApplication

    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5_000)
    assert page.model.rowCount() >= 2 and page.current is None
    first, second = (page.model.index(row, 0).data(ENTRY_ROLE) for row in (0, 1))
    page.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == first, timeout=10_000)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == second, timeout=10_000)
    page.table.clearFocus()
    page.table.setFocus(Qt.FocusReason.TabFocusReason)  # back in, with an entry chosen: it stays chosen
    assert page.current is not None and page.current.id == second



def test_declining_to_approve_against_the_verdict_gives_the_keyboard_back_to_the_form(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, monkeypatch: pytest.MonkeyPatch) -> None:
    """The form is off while the question is open; the keyboard left it for the list, and stayed there."""
    from PySide6.QtWidgets import QApplication

    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5_000)
    page.table.selectRow(page.model.row_of(2))  # not the same person
    monkeypatch.setattr(page, "confirm_approval", lambda entry: False)
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("approve"))
    page.reason_choice.setCurrentIndex(0)
    page.decide_button.setFocus()
    page.decide_button.click()
    assert page.store.history.decision_trail(2) == []  # declined: nothing recorded
    assert QApplication.focusWidget() is page.decision_choice


def test_another_session_s_answer_reads_in_history_as_the_window_said_it(  # type: ignore[no-untyped-def]
        filled_store: HistoryStore, request: pytest.FixtureRequest) -> None:
    """History rebuilt the error without its refusal: another session's answer (a caching proxy, a mix-up) read as
    "not a FaceID answer" with advice to check the base URL, not as the Liveness results page had said it. An entry
    written before refusals were kept still reads, in the words it had."""
    import sqlalchemy as sa

    from faceid_console.api import FaceIDError, GetResultRequest
    from faceid_console.store.schema import calls
    from faceid_console.ui.pages.history_page import stored_error
    from tests.http_stub import Stub

    asked, other = "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1", "1462259748,another-session"
    answer = json.dumps({**json.loads((FIXTURES / "get_result_success.json").read_text("utf-8")), "biz_id": other})
    stub = Stub(lambda n, path: (200, "application/json", answer.encode()))
    entries = []
    try:
        with FaceIDClient(stub.url, Credentials(API_KEY, API_SECRET), max_retries=0) as client:
            for _ in range(2):
                look_up = GetResultRequest(asked)
                with pytest.raises(FaceIDError) as raised:
                    send_journaled(filled_store.journal, CallKind.GET_RESULT, profile="local-engine",
                                   params=look_up.query(), images={}, base_url=client.base_url,
                                   send=lambda r=look_up: client.get_result(r),  # type: ignore[misc]
                                   on_begin=entries.append)
    finally:
        stub.close()
    live = raised.value
    assert live.refused is not None and live.refused.kind == "other_session"
    new, old = entries
    with filled_store.engine.begin() as c:  # as written before refusals were kept
        record = json.loads(c.execute(sa.select(calls.c.error_json).where(calls.c.id == old)).scalar_one())
        record.pop("refused", None)
        c.execute(calls.update().where(calls.c.id == old).values(error_json=json.dumps(record)))
    page: HistoryPage = request.getfixturevalue("page")  # after the calls: the page itself sends none
    panel = page.result_view.error_panel

    page.select_entry(new)
    assert page.current is not None and page.current.id == new
    assert stored_error(page.current) is not None and stored_error(page.current).refused == live.refused  # type: ignore[union-attr]
    assert panel.headline.text() == "The answer is for another liveness session"
    explanation = panel.explanation.text()
    assert f"biz_id {asked} was looked up, but the answer is for biz_id {other}." in explanation
    assert explanation == live.explanation("en") and "not a FaceID answer" not in explanation
    step = panel.next_label.text()
    assert f"Look biz_id {asked} up again." in step and "Do not decide on this answer" in step
    assert "base URL" not in step

    page.select_entry(old)
    assert page.current is not None and page.current.id == old
    assert stored_error(page.current) is not None and stored_error(page.current).refused is None  # type: ignore[union-attr]
    assert panel.headline.text() == "The answer was not from FaceID"
    assert panel.explanation.text() == ("The server's answer is not a FaceID answer: its field response.biz_id is "
                                        "missing or not as FaceID sends it.")
    assert "base URL" in panel.next_label.text()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: the tooltip raises itself
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_at_800_px_a_decision_leaves_the_list_s_columns_in_view_and_as_wide_as_they_were(  # type: ignore[no-untyped-def]
        qtbot, qapp, qasync_loop, filled_store: HistoryStore, tmp_path: Path, language: str) -> None:
    """In an 800-pixel window the list's time, verdict and decision are in view, and recording a decision (which
    reloads the list, with a call another console recorded meanwhile under a long name) widens no column: the
    verdict was pushed out of view, and the list scrolled sideways to see it."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from faceid_console.connections import Connector
    from faceid_console.lazy_history import LazyHistoryStore
    from faceid_console.ui.connection import Connection
    from faceid_console.ui.main_window import MainWindow
    from faceid_console.ui.translations import install_translator

    translators = install_translator(qapp, language)
    settings = Settings()
    connector = Connector(tmp_path / "engine")
    window = MainWindow(connection=Connection(settings, connector), settings=settings,
                        history=LazyHistoryStore(lambda: filled_store),
                        state=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), language=language)
    qtbot.addWidget(window)
    try:
        window.resize(800, 600)
        window.show()
        window.navigation.setCurrentRow(1)
        qtbot.waitUntil(lambda: window.history_page.page is not None and window.history_page.page.model.rowCount() == 3,
                        timeout=30_000)
        page = window.history_page.page
        assert page is not None
        table, header = page.table, page.table.horizontalHeader()
        columns = [name for name, _ in COLUMNS]

        def in_view(name: str) -> bool:
            column = columns.index(name)
            left = header.sectionViewportPosition(column)
            return left >= 0 and left + header.sectionSize(column) <= table.viewport().width()

        page.table.selectRow(page.model.row_of(2))
        qtbot.waitUntil(lambda: page.current is not None and page.current.id == 2, timeout=5000)
        qtbot.waitUntil(lambda: all(in_view(name) for name in ("time", "verdict", "decision")), timeout=3000)
        widths = [header.sectionSize(c) for c in range(header.count())]
        long_name = "Marie-Thérèse O'Brien-Ünïcode de la Fontaine"
        filled_store.journal.begin(CallKind.VERIFY, "local-engine", {  # another console's call, meanwhile
            "comparison_type": "1", "idcard_name": long_name, "idcard_number": NUMBER})
        page.decision_choice.setCurrentIndex(page.decision_choice.findData("escalate"))
        page.reason_choice.setCurrentIndex(page.reason_choice.findData("Needs a senior reviewer"))
        with qtbot.waitSignal(page.decided, timeout=5000):
            page.record_decision()
        decision = columns.index("decision")
        qtbot.waitUntil(lambda: page.model.rowCount() == 4
                        and page.model.index(page.model.row_of(2), decision).data() != "", timeout=5000)
        qtbot.wait(100)  # the header's delayed re-layout, when it has one
        assert [header.sectionSize(c) for c in range(header.count())] == widths
        assert all(in_view(name) for name in ("time", "verdict", "decision"))
        assert table.horizontalScrollBar().value() == 0
        # The long name is cut short in its column, and whole (as masked) in its tooltip.
        name = page.model.index(page.model.row_of(4), columns.index("name"))
        shown = name.data()
        assert table.fontMetrics().horizontalAdvance(shown) > header.sectionSize(columns.index("name"))
        table.scrollTo(name)
        cell = table.visualRect(name).center()
        QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, cell,
                                                            table.viewport().mapToGlobal(cell)))
        assert QToolTip.text().split("\n")[0] == shown  # before what the model says of an unknown outcome
    finally:
        window.close()
        connector.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_tab_from_the_list_scrolls_the_entry_to_what_takes_the_keyboard(qtbot, page: HistoryPage) -> None:  # type: ignore[no-untyped-def]
    """After a decision the pane stays scrolled down to the Decision form and the keyboard goes to the list: Tab
    went on to the confidence gauge at the pane's top, still scrolled away (only the next Tab scrolled)."""
    page.resize(1150, 560)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5000)
    page.table.selectRow(page.model.row_of(1))
    qtbot.waitUntil(lambda: page.result_view.request_label.text().startswith("request_id: 1"), timeout=5000)
    qtbot.waitUntil(lambda: page.detail_scroll.verticalScrollBar().maximum() > 300, timeout=5000)  # photos shown
    page.decision_choice.setFocus()
    page.decision_choice.setCurrentIndex(page.decision_choice.findData("escalate"))
    page.reason_choice.setCurrentIndex(page.reason_choice.findData("Needs a senior reviewer"))
    page.detail_scroll.ensureWidgetVisible(page.decide_button)
    with qtbot.waitSignal(page.decided, timeout=5000):
        QTest.keyClick(page.decide_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is page.table
    qtbot.waitUntil(lambda: page.trail_list.count() == 1, timeout=5000)  # the entry read again, with its trail
    assert page.detail_scroll.verticalScrollBar().value() > 0  # still at the Decision form
    QTest.keyClick(page.table, Qt.Key.Key_Tab)
    taken = QApplication.focusWidget()
    assert taken is not None and page.detail_scroll.widget().isAncestorOf(taken)
    assert not taken.visibleRegion().isEmpty()


def test_with_a_row_chosen_every_column_title_fits_in_bold(page: HistoryPage) -> None:
    """Qt draws the titles in bold while a row is chosen (it tells which row's columns are read): measured in the
    regular weight, "Confidence" was cut to "onfidence"."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle, QStyleOptionHeader

    page.table.selectRow(page.model.row_of(1))
    header = page.table.horizontalHeader()
    assert header.highlightSections()  # the titles are bold, as Qt draws them, while a row is chosen
    bold = header.font()
    bold.setBold(True)
    for column, title in enumerate(page.model.column_titles()):
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.rect = QRect(0, 0, header.sectionSize(column), header.height())
        option.section, option.text = column, title
        option.state |= QStyle.StateFlag.State_On  # the state Qt draws a title bold in
        room = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header).width()
        assert QFontMetrics(bold).horizontalAdvance(title) <= room, title


def _sort_arrow_clear_of_the_title(page: HistoryPage) -> None:
    """The column sorted by is as wide as its title (in bold, as drawn while a row is chosen) and the arrow, and the
    arrow is drawn right of the title's text, not over its end."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle, QStyleOptionHeader

    header = page.table.horizontalHeader()
    column, style = header.sortIndicatorSection(), header.style()
    title = page.model.column_titles()[column]
    bold = header.font()
    bold.setBold(True)
    text = QFontMetrics(bold).horizontalAdvance(title)
    assert header.sectionSize(column) >= text + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(0, 0, header.sectionSize(column), header.height())
    option.section, option.text = column, title
    option.state |= QStyle.StateFlag.State_On | QStyle.StateFlag.State_Horizontal
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    assert label.left() + text < arrow.left(), title


def test_the_sort_arrow_has_room_beside_the_title_of_the_column_sorted_by(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, page: HistoryPage, filled_store: HistoryStore, tmp_path: Path) -> None:
    """Fusion drew the arrow over the ")" of "Time (UTC+08:00)": the column was measured without the arrow's room.
    The column sorted by has it, at a first start, once another is sorted by, and over a width kept from before."""
    from PySide6.QtCore import QSettings

    names = [name for name, _ in COLUMNS]
    assert page.table.horizontalHeader().sortIndicatorSection() == names.index("time")
    _sort_arrow_clear_of_the_title(page)
    page.table.sortByColumn(names.index("outcome"), Qt.SortOrder.AscendingOrder)
    _sort_arrow_clear_of_the_title(page)
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    state.setValue("history/columns/widths", "time=40")  # dragged narrow, or kept from before
    again = HistoryPage(store=filled_store, settings=Settings(), language="en", state=state)
    qtbot.addWidget(again)
    again.show()
    _sort_arrow_clear_of_the_title(again)


def test_the_time_column_is_measured_again_when_times_are_shown_in_another_zone(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, filled_store: HistoryStore, in_beijing: None) -> None:
    """Switched from UTC to this computer's zone in Settings, the title "Time (UTC)" became "Time (UTC+08:00)" in a
    column measured for the shorter one: the sort arrow covered its end until the next start or sort. The Time column
    is measured again (only it), never narrower than the reviewer dragged it."""
    settings = Settings()
    settings.shown_times = "utc"
    page = HistoryPage(store=filled_store, settings=settings, language="en")
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    header, time_column = page.table.horizontalHeader(), COLUMN_NAMES.index("time")
    assert header.sortIndicatorSection() == time_column and page.model.column_titles()[time_column] == "Time (UTC)"
    _sort_arrow_clear_of_the_title(page)
    verdict_column = COLUMN_NAMES.index("verdict")
    header.resizeSection(verdict_column, 30)  # dragged narrow: left so
    settings.shown_times = "local"
    page.refresh()  # as the window does when Settings closes
    assert page.model.column_titles()[time_column] == "Time (UTC+08:00)"
    _sort_arrow_clear_of_the_title(page)
    assert header.sectionSize(verdict_column) == 30
    dragged = header.sectionSize(time_column) + 120
    header.resizeSection(time_column, dragged)  # wider than it needs: left so, in either zone
    settings.shown_times = "utc"
    page.refresh()
    assert page.model.column_titles()[time_column] == "Time (UTC)" and header.sectionSize(time_column) == dragged
    settings.shown_times = "local"
    page.refresh()
    assert header.sectionSize(time_column) == dragged


def test_the_call_column_lists_a_web_liveness_token_in_short_and_whole_in_its_tooltip(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """The Call column was as wide as "Web liveness token" for rows that mostly read "Verify"."""
    entry = filled_store.journal.begin(CallKind.GET_TOKEN, "local-engine", {"comparison_type": "0", "uuid": "U-5"})
    filled_store.journal.complete(entry, {"request_id": "r-5", "time_used": 3, "token": "t-5", "expired_time": 1})
    page.refresh()
    kind = [name for name, _ in COLUMNS].index("kind")
    cell = page.model.index(page.model.row_of(entry), kind)
    assert cell.data() == "Web token" and cell.data(Qt.ItemDataRole.ToolTipRole) == "Web liveness token"
    verify = page.model.index(page.model.row_of(1), kind)
    assert verify.data() == "Verify" and verify.data(Qt.ItemDataRole.ToolTipRole) is None
    width = page.table.horizontalHeader().sectionSize(kind)
    assert page.table.fontMetrics().horizontalAdvance("Liveness result") < width \
        < page.table.fontMetrics().horizontalAdvance("Web liveness token")
    page.select_entry(entry)  # the entry names the call in full
    assert " · Web liveness token · " in page.entry_label.text()


def _export_from_the_dialog(qtbot, page: HistoryPage, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                            name: Path, chosen: str) -> None:
    """Export as the reviewer does: Export…, ``name`` typed and the filter ``chosen`` in the save dialog."""
    from faceid_console.ui.pages import history_page

    monkeypatch.setattr(history_page.QFileDialog, "getSaveFileName", lambda *_a: (str(name), chosen))
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.files.busy, timeout=30_000)


@pytest.mark.parametrize(("typed", "chosen", "written", "fmt"), [
    ("cases", "JSON (*.json)", "cases.json", "json"),
    ("cases", "CSV (*.csv)", "cases.csv", "csv"),
    ("cases.2024", "JSON (*.json)", "cases.2024.json", "json"),
    ("cases.csv", "JSON (*.json)", "cases.csv", "csv"),  # a name's own suffix says what it holds
    ("cases.JSON", "CSV (*.csv)", "cases.JSON", "json"),
])
def test_an_export_is_written_in_the_format_chosen_in_the_save_dialog(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, typed: str, chosen: str,
        written: str, fmt: str) -> None:
    """JSON chosen and a name typed without its suffix wrote CSV to a file without one."""
    _export_from_the_dialog(qtbot, page, monkeypatch, tmp_path / typed, chosen)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("cases")] == [written]
    text = (tmp_path / written).read_text("utf-8-sig")
    if fmt == "json":
        assert len(json.loads(text)) == 3
    else:
        assert len(list(csv.DictReader(io.StringIO(text)))) == 3


def test_a_file_the_added_suffix_names_is_not_replaced_unasked(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The save dialog asked about "cases", not about the "cases.json" the export goes to."""
    from PySide6.QtWidgets import QMessageBox

    from faceid_console.ui.pages import history_page

    (tmp_path / "cases.json").write_text("an earlier export", "utf-8")
    asked: list[str] = []

    def decline(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(history_page.QMessageBox, "question", decline)
    _export_from_the_dialog(qtbot, page, monkeypatch, tmp_path / "cases", "JSON (*.json)")
    assert asked == [f"{tmp_path / 'cases.json'} already exists.\nDo you want to replace it?"]
    assert (tmp_path / "cases.json").read_text("utf-8") == "an earlier export"


def test_one_entry_exported_is_said_in_the_singular(qtbot, page: HistoryPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.search.setText("U-same")
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    path = tmp_path / "one.csv"
    assert _finished(qtbot, page, page.export_to(path)) == f"1 entry exported to {path}."


def test_enter_on_the_unmasking_question_exports_nothing(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """Yes was the question's default: Enter wrote full ID numbers to the file."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def press_enter(left: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.text())
            QTest.keyClick(box, Qt.Key.Key_Return)
        elif left > 0:
            QTimer.singleShot(20, lambda: press_enter(left - 1))

    page.unmask_box.setChecked(True)
    QTimer.singleShot(0, press_enter)
    _export_from_the_dialog(qtbot, page, monkeypatch, tmp_path / "full.json", "JSON (*.json)")
    assert asked and asked[0].startswith("The file will hold full ID numbers")
    assert not (tmp_path / "full.json").exists() and filled_store.audit_events() == []
    assert page.unmask_box.isChecked()  # nothing was exported: still as the reviewer chose


def test_an_unmasked_export_unticks_the_box(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, filled_store: HistoryStore, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """The box stayed ticked: the next export was unmasked too, asked only by a question answered by habit."""
    from PySide6.QtWidgets import QMessageBox

    from faceid_console.ui.pages import history_page

    page.unmask_box.setChecked(True)
    monkeypatch.setattr(history_page.QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    _export_from_the_dialog(qtbot, page, monkeypatch, tmp_path / "full.json", "JSON (*.json)")
    assert NUMBER in {r["idcard_number"] for r in json.loads((tmp_path / "full.json").read_text("utf-8"))}
    assert not page.unmask_box.isChecked()
    _export_from_the_dialog(qtbot, page, monkeypatch, tmp_path / "next.json", "JSON (*.json)")
    assert NUMBER not in {r["idcard_number"] for r in json.loads((tmp_path / "next.json").read_text("utf-8"))}
    assert [e.action for e in filled_store.audit_events()] == ["export.unmasked"]


def test_a_report_named_without_its_suffix_is_saved_as_a_pdf_and_replaces_nothing_unasked(  # type: ignore[no-untyped-def]
        qtbot, page: HistoryPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A name typed without ".pdf" wrote the report to a file no viewer would open by its name."""
    from PySide6.QtWidgets import QMessageBox

    from faceid_console.ui.pages import history_page

    page.select_entry(1)
    monkeypatch.setattr(history_page.QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "case-1"), ""))
    page.report_button.click()
    qtbot.waitUntil(lambda: not page.files.busy, timeout=30_000)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("case")] == ["case-1.pdf"]
    assert (tmp_path / "case-1.pdf").read_bytes().startswith(b"%PDF")
    (tmp_path / "case-1.pdf").write_bytes(b"an earlier report")
    asked: list[str] = []
    monkeypatch.setattr(history_page.QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No)
    page.report_button.click()
    qtbot.wait(200)
    assert len(asked) == 1 and "case-1.pdf already exists" in asked[0]
    assert (tmp_path / "case-1.pdf").read_bytes() == b"an earlier report"  # declined: kept


def test_a_decision_s_note_starts_on_a_line_of_its_own_in_the_trail(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """A note of several lines ran on after the reason ("… · Same person · first line") and its next lines started at
    the item's left edge, so the note's first line read as part of the reason."""
    from faceid_console.store import DecisionKind

    filled_store.decide(1, DecisionKind.APPROVE, "Same person, documents consistent", "ID photo checked\nsecond look by phone")
    filled_store.decide(1, DecisionKind.REJECT, "Different person")
    page.refresh()
    page.select_entry(1)
    newest, older = (page.trail_list.item(i).text() for i in range(2))
    assert "\n" not in newest and newest.endswith(" · Different person")  # no note: one line
    assert older.split("\n") == [older.split("\n")[0], "ID photo checked", "second look by phone"]
    assert older.split("\n")[0].endswith(" · Same person, documents consistent")



def test_an_entry_whose_stored_threshold_int_cannot_read_opens(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """"²".isdigit() is True and int("²") raises: an entry whose stored face_quality_threshold was "²" (a shared
    database another tool wrote) could not be opened."""
    from faceid_console.api import FaceIDError

    entry = filled_store.journal.begin(CallKind.VERIFY, "cloud-cn", {
        "comparison_type": "0", "uuid": "U-squared", "face_quality_threshold": "²"})
    filled_store.journal.fail(entry, FaceIDError("LOW_QUALITY", http_status=400, detail="image"))
    page.refresh()
    page.select_entry(entry)
    assert page.current is not None and page.current.id == entry
    view = page.result_view
    assert view.error_panel.isVisibleTo(page) and view.error_panel.error is not None
    assert view.error_panel.error.code == "LOW_QUALITY"


def test_a_link_to_an_entry_number_int_cannot_read_opens_nothing(page: HistoryPage) -> None:
    """"entry:²" passed the isdigit() check, and int("²") raised."""
    page.select_entry(1)
    page.linked_entries.linkActivated.emit("entry:²")
    assert page.current is not None and page.current.id == 1  # no entry has that number: the open one stays


def refused_verify(store: HistoryStore, engine, image: Path, quality_threshold: int) -> tuple[int, FaceIDError]:  # type: ignore[no-untyped-def]
    """A verify of ``image`` (return_faces=1) the engine refuses, journaled as the Verify page journals it: its entry
    and the refusal."""
    request = VerifyRequest(ComparisonType.FACE_COMPARISON, image=image, uuid="U-refused",
                            image_ref1=image.parent / "obama_2.jpg", return_faces=True,
                            face_quality_threshold=quality_threshold)
    prepared = {n: prepare_image(s, n) for n, s in request.image_fields().items()}
    entries: list[int] = []
    with FaceIDClient(engine.base_url, Credentials(API_KEY, API_SECRET)) as client, \
            pytest.raises(FaceIDError) as refused:
        send_journaled(store.journal, CallKind.VERIFY, profile="local-engine",
                       params=request.form_fields(), images={n: p.data for n, p in prepared.items()},
                       send=lambda: client.verify(request, prepared=prepared), base_url=client.base_url,
                       on_begin=entries.append)
    return entries[0], refused.value


@pytest.fixture
def refused_entry(filled_store: HistoryStore, engine, faces: Path) -> int:  # type: ignore[no-untyped-def]
    """A verify the engine refused as MULTIPLE_FACES: image, with the faces it found (return_faces=1); made before the
    page is opened (it sends no request)."""
    entry, refused = refused_verify(filled_store, engine, faces / "multi_two_people.jpg", 40)
    assert refused.code == "MULTIPLE_FACES" and refused.detail == "image"
    return entry


@pytest.fixture
def low_quality_entry(filled_store: HistoryStore, engine, faces: Path) -> int:  # type: ignore[no-untyped-def]
    """A verify sent with face_quality_threshold 100 the engine refused as LOW_QUALITY, with the face it found, whose
    quality reaches FaceID's suggested threshold (30); made before the page is opened."""
    entry, refused = refused_verify(filled_store, engine, faces / "obama_small.jpg", 100)
    assert refused.code == "LOW_QUALITY"
    return entry


def test_a_stored_refusal_boxes_the_faces_it_carried_over_the_photo_kept(  # type: ignore[no-untyped-def]
        qtbot, refused_entry: int, page: HistoryPage) -> None:
    """A MULTIPLE_FACES refusal of the photo to check carries its faces (return_faces=1), which the Verify page boxes
    over it: its entry kept neither the faces nor a way to see them, only the error panel."""
    import re

    page.table.selectRow(page.model.row_of(refused_entry))
    view = page.result_view
    assert view.error_panel.isVisibleTo(page) and view.error_panel.error is not None
    assert view.error_panel.error.code == "MULTIPLE_FACES"
    overlay = view.overlay
    assert view.faces_box.isVisibleTo(page) and overlay.pending  # its room kept while decoded off the GUI thread
    qtbot.waitUntil(lambda: not overlay.photo.isNull(), timeout=10_000)
    assert len(overlay.faces) == len(overlay.face_boxes()) == 2
    assert "compared" not in overlay.accessibleDescription() and "quality" in overlay.accessibleDescription()
    assert re.fullmatch(r"2 faces found in the photo to check\. The largest one's quality, \d+\.\d, (reaches|is "
                        r"below) the face_quality_threshold sent \(40\)\.", view.faces_note.text()), view.faces_note.text()
    assert '"faces"' in view.raw_json.toPlainText()  # Details show the answer as the Verify page did
    page.table.selectRow(page.model.row_of(1))  # another entry, a result: its own face, no refusal's words
    assert not view.faces_note.isVisibleTo(page) and len(overlay.faces) == 1


def test_a_stored_low_quality_refusal_s_face_is_boxed_against_the_threshold_sent(  # type: ignore[no-untyped-def]
        qtbot, low_quality_entry: int, page: HistoryPage) -> None:
    """A stored LOW_QUALITY refusal sent with face_quality_threshold 100 boxed its face in green against FaceID's
    suggested 30, under a line saying it is below the 100 sent: its box is held to the 100 the entry was sent with,
    as the Verify page holds it."""
    from faceid_console.ui.face_box_colours import GOOD_LABEL, POOR_LABEL
    from tests.gui.helpers import label_fills

    page.table.selectRow(page.model.row_of(low_quality_entry))
    view, overlay = page.result_view, page.result_view.overlay
    assert view.error_panel.error is not None and view.error_panel.error.code == "LOW_QUALITY"
    qtbot.waitUntil(lambda: not overlay.photo.isNull() and overlay.isVisible(), timeout=10_000)
    (face,) = overlay.faces
    assert face.quality is not None and face.quality_threshold is not None
    assert face.quality_threshold <= face.quality < 100  # reaches FaceID's suggestion, not the threshold sent
    assert view.faces_note.text() == (f"1 face found in the photo to check. Its quality, {face.quality:.1f}, is below "
                                      "the face_quality_threshold sent (100).")
    assert overlay.face_label(0, face) == f"Face 1 · quality {face.quality:.1f} < 100"
    assert label_fills(overlay) == [POOR_LABEL.name()]
    page.table.selectRow(page.model.row_of(1))  # a result: its face against FaceID's suggestion, as before
    qtbot.waitUntil(lambda: not overlay.photo.isNull() and overlay.isVisible(), timeout=10_000)
    (face,) = overlay.faces
    assert face.quality is not None and face.quality_threshold is not None
    assert overlay.face_label(0, face).endswith(f" ≥ {face.quality_threshold:.0f}")
    assert label_fills(overlay) == [GOOD_LABEL.name()]


def journaled_biz_token(store: HistoryStore, engine, image: Path, *, several: bool = True,  # type: ignore[no-untyped-def]
                        quality_threshold: int = 30) -> int:
    """A raw_image biz_token asked of the engine with return_faces=1 for ``image`` (``several``:
    fail_when_multiple_faces), journaled as the App token page journals it, answered or refused: its entry."""
    from faceid_console.api import GetBizTokenRequest, LivenessType

    request = GetBizTokenRequest(LivenessType.RAW_IMAGE, ComparisonType.FACE_COMPARISON, uuid="U-sdk-faces",
                                 image_ref1=prepare_image(image.parent / "obama_2.jpg", "image_ref1").data,
                                 image=prepare_image(image, "image").data, return_faces=True,
                                 fail_when_multiple_faces=several, face_quality_threshold=quality_threshold)
    images = {name: data for name, data in request.image_fields().items() if isinstance(data, bytes)}
    entries: list[int] = []
    with FaceIDClient(engine.base_url, Credentials(API_KEY, API_SECRET)) as client, \
            contextlib.suppress(FaceIDError):
        send_journaled(store.journal, CallKind.GET_BIZ_TOKEN, profile="local-engine", params=request.form_fields(),
                       images=images, send=lambda: client.get_biz_token(request), base_url=client.base_url,
                       on_begin=entries.append)
    return entries[0]


@pytest.fixture
def biz_token_entry(filled_store: HistoryStore, engine, faces: Path) -> int:  # type: ignore[no-untyped-def]
    """A raw_image biz_token issued with the three faces of its photo to compare (fail_when_multiple_faces off); made
    before the page is opened (it sends no request)."""
    return journaled_biz_token(filled_store, engine, faces / "multi_obama_biden.jpg", several=False)


@pytest.fixture
def biz_token_refusal(filled_store: HistoryStore, engine, faces: Path) -> int:  # type: ignore[no-untyped-def]
    """A raw_image biz_token asked with face_quality_threshold 100, refused as LOW_QUALITY with the face it found;
    made before the page is opened."""
    return journaled_biz_token(filled_store, engine, faces / "obama_small.jpg", quality_threshold=100)


def test_a_stored_biz_token_boxes_the_faces_it_carried_as_app_token_did(  # type: ignore[no-untyped-def]
        qtbot, filled_store: HistoryStore, biz_token_entry: int, page: HistoryPage) -> None:
    """A raw_image biz_token asked with return_faces=1 carries the faces of its photo to compare, which the App token
    page boxes over it: its History entry showed the token alone. They are boxed over the photo kept, under their
    count and the largest one's quality, the largest of several labelled compared (fail_when_multiple_faces off)."""
    import re

    from faceid_console.api import BizToken

    entry = biz_token_entry
    stored = filled_store.history.entry(entry)
    assert stored is not None and stored.response is not None
    token = BizToken.parse(dict(stored.response))
    assert len(token.faces) == 3
    page.select_entry(entry)
    view, overlay = page.result_view, page.result_view.overlay
    assert view.headline.text() == "SDK biz_token issued" and view.error_panel.isHidden()
    assert view.faces_box.isVisibleTo(page) and view.faces_box.title() == "Faces found in the photo to compare"
    qtbot.waitUntil(lambda: not overlay.photo.isNull(), timeout=10_000)
    assert overlay.faces == token.faces and len(overlay.face_boxes()) == 3
    assert sum("compared" in overlay.face_label(i, face) for i, face in enumerate(overlay.faces)) == 1
    assert re.fullmatch(r"3 faces found in the photo to compare\. The largest one's quality, \d+\.\d, reaches the "
                        r"face_quality_threshold sent \(30\)\.", view.faces_note.text()), view.faces_note.text()
    page.table.selectRow(page.model.row_of(1))  # a verify's answer: its photo to check, as before
    assert view.faces_box.title() == "Faces found in the photo to check" and not view.faces_note.isVisibleTo(page)


def test_a_stored_biz_token_refusal_boxes_its_faces_against_the_threshold_sent(  # type: ignore[no-untyped-def]
        qtbot, biz_token_refusal: int, page: HistoryPage) -> None:
    """get_biz_token's LOW_QUALITY carries the faces of its photo to compare (return_faces=1), which the App token
    page boxes against the face_quality_threshold sent: its History entry showed the error panel alone."""
    from faceid_console.ui.face_box_colours import POOR_LABEL
    from tests.gui.helpers import label_fills

    page.select_entry(biz_token_refusal)
    view, overlay = page.result_view, page.result_view.overlay
    assert view.error_panel.error is not None and view.error_panel.error.code == "LOW_QUALITY"
    assert view.faces_box.isVisibleTo(page) and view.faces_box.title() == "Faces found in the photo to compare"
    qtbot.waitUntil(lambda: not overlay.photo.isNull() and overlay.isVisible(), timeout=10_000)
    (face,) = overlay.faces
    assert face.quality is not None and face.quality < 100
    assert view.faces_note.text() == (f"1 face found in the photo to compare. Its quality, {face.quality:.1f}, is "
                                      "below the face_quality_threshold sent (100).")
    assert overlay.face_label(0, face) == f"Face 1 · quality {face.quality:.1f} < 100"
    assert label_fills(overlay) == [POOR_LABEL.name()]


def test_a_stored_error_s_json_is_named_the_answer_s_only_where_the_entry_kept_the_answer(  # type: ignore[no-untyped-def]
        refused_entry: int, page: HistoryPage, filled_store: HistoryStore) -> None:
    """History showed a stored error's JSON as "Raw JSON" of the answer, though the entry keeps the answer's body for a
    few errors only (a refusal with faces, an answer not FaceID's, a gateway's page): for the rest the JSON is the
    console's record of the error, rebuilt. It is named so, as the Verify page names its record with no answer."""
    from faceid_console.api.errors import CONNECTION_FAILED, ErrorOrigin

    refused = FaceIDError.from_response(401, b'{"error_message": "AUTHENTICATION_ERROR", "request_id": "r-401"}')
    unauthorised = _failed_entry(filled_store, "U-401", refused)
    unreachable = _failed_entry(filled_store, "U-9", FaceIDError(CONNECTION_FAILED, origin=ErrorOrigin.TRANSPORT))
    page.refresh()
    view = page.result_view
    page.select_entry(unauthorised)
    assert view.error_panel.error is not None and view.error_panel.error.code == "AUTHENTICATION_ERROR"
    assert view.details_box.isVisibleTo(page)
    assert view.json_toggle.text() == "The recorded error (not the answer's &JSON)"
    assert "console's own record" in view.json_toggle.toolTip()
    assert view.copy_json.text() == "Copy error record"
    assert view.raw_json.accessibleName() == "The recorded error (not the answer's JSON)"
    record = json.loads(view.raw_json.toPlainText())
    assert record["code"] == "AUTHENTICATION_ERROR" and "error_message" not in record  # the record, not the answer
    page.select_entry(unreachable)  # no answer came: named as the Verify page names it
    assert view.json_toggle.text() == "No answer from the service: the console's error record"
    page.select_entry(refused_entry)  # a refusal with faces: its entry kept the answer, named as the answer's again
    assert json.loads(view.raw_json.toPlainText())["error_message"] == "MULTIPLE_FACES: image"
    assert view.json_toggle.text() == "Raw &JSON" and view.json_toggle.toolTip() == ""
    assert view.copy_json.text() == "Copy ra&w JSON" and view.raw_json.accessibleName() == "Raw JSON of the answer"
    page.select_entry(unauthorised)
    page.select_entry(1)  # an answer's JSON after the record's
    assert view.json_toggle.text() == "Raw &JSON" and view.raw_json.accessibleName() == "Raw JSON of the answer"


def test_a_forged_callback_whose_data_could_not_be_read_is_headed_by_its_failed_signature(  # type: ignore[no-untyped-def]
        page: HistoryPage, filled_store: HistoryStore) -> None:
    """It was headed "Answer not FaceID's" as a validly signed one is, its forgery told by its red alone."""
    import datetime

    from faceid_console.api.callbacks import CallbackBody
    from faceid_console.ui.colours import FAIL, text_colour
    from faceid_console.ui.pages.liveness_session_page import ReceivedCallback, keep_refused_callback

    received = ReceivedCallback(b"", "notify_url", CallbackBody("not json", "0" * 40), False, None, "not JSON",
                                datetime.datetime.now(datetime.UTC))
    entry = keep_refused_callback(filled_store, received, "local-engine", [])
    page.refresh()
    page.select_entry(entry)
    assert page.current is not None and page.current.id == entry
    assert page.decision_summary.text() == f"Entry {entry}: Signature invalid (INVALID_RESPONSE)"
    assert text_colour(page.decision_summary) == FAIL
