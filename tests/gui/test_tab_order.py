"""Tab order once an answer is shown: the parts of an answer are built with the first one, after the window, and
must still be reached where they are on screen (they joined the end of the window's focus chain: Tab left the
Verify page for the toolbar, and in History came back up to the answer's buttons after Export…)."""

from __future__ import annotations

import base64
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from faceid_console.ui.focus import reading_order
from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.widgets.result_view import ResultView

from .helpers import fill_compare, submit_with_keyboard


def tab_through(qtbot, page: QWidget, first: QWidget) -> tuple[list[QWidget], QWidget | None]:  # type: ignore[no-untyped-def]
    """Press Tab from ``first`` until the keyboard leaves ``page`` or comes back round: what it visited, and where
    it went then."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=5_000)
    visited: list[QWidget] = []
    while (focus := QApplication.focusWidget()) is not None and page.isAncestorOf(focus) and focus not in visited \
            and len(visited) < 100:
        visited.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return visited, focus


def takes_tab(widget: QWidget, root: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisibleTo(root) \
        and widget.isEnabled() and widget.focusProxy() is None and not widget.objectName().startswith("qt_")


def result_controls(view: ResultView) -> list[QWidget]:
    """Every control of the answer on show that Tab should reach (its gauges, its buttons, its JSON)."""
    controls = [w for w in view.findChildren(QWidget) if takes_tab(w, view)]
    assert {view.gauge, view.json_toggle, view.copy_request, view.copy_json} <= set(controls)
    return controls


def read_before(a: QWidget, b: QWidget, frame: QWidget) -> bool:
    """``a`` is read before ``b`` in ``frame``: ``b`` is inside ``a`` (a photo slot, then its buttons), below it,
    or beside it on its right on the same line."""
    if a.isAncestorOf(b):
        return True
    top_left_a, top_left_b = a.mapTo(frame, QPoint(0, 0)), b.mapTo(frame, QPoint(0, 0))
    a_top, a_bottom, a_right = top_left_a.y(), top_left_a.y() + a.height(), top_left_a.x() + a.width()
    b_top, b_bottom, b_left = top_left_b.y(), top_left_b.y() + b.height(), top_left_b.x()
    if a_bottom <= b_top:
        return True
    return b_top < a_bottom and a_top < b_bottom and a_right <= b_left  # on one line, left to right


def assert_read_in_order(controls: list[QWidget], frame: QWidget) -> None:
    for a, b in pairwise(controls):
        assert read_before(a, b, frame), f"Tab goes from {describe(a)} to {describe(b)}, against reading order"


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""  # type: ignore[attr-defined]
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or text!r})"


def region_of(widget: QWidget, regions: list[QWidget]) -> int:
    return next(i for i, region in enumerate(regions) if region is widget or region.isAncestorOf(widget))


@pytest.mark.parametrize("built", ["with the first answer", "ahead in idle time"])
def test_tab_reaches_an_answer_on_the_verify_page_where_it_is_shown(qtbot, window: MainWindow, faces: Path,  # type: ignore[no-untyped-def]
                                                                     built: str) -> None:
    page = window.verify_page
    view = page.result_view
    if built == "ahead in idle time":  # the parts built and placed before any answer (``MainWindow.idle_build``)
        window.build_pages_when_idle()
        qtbot.waitUntil(lambda: window.idle_build.finished and view.answer_parts_ready, timeout=30_000)
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)  # builds the answer's parts, unless built ahead
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", faces / "obama_3.jpg", uuid="applicant-8")
    submit_with_keyboard(qtbot, window)  # and a second answer builds new score gauges
    assert len(view.score_rows) == 2
    view.json_toggle.setChecked(True)  # the raw JSON shown too
    # Laid out in the taller column it needs before Tab is pressed (key clicks alone run no event loop): squeezed
    # into the old height meanwhile, its parts overlap and are not in reading order.
    qtbot.waitUntil(lambda: view.height() >= view.layout().heightForWidth(view.width()), timeout=5_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)

    visited, left_to = tab_through(qtbot, page, page.uuid_edit)
    assert left_to is not None and not page.isAncestorOf(left_to), "Tab never leaves the page"
    assert len(set(map(id, visited))) == len(visited), [describe(w) for w in visited]
    # Left column (the form, then Verify under it), then the right one (the answer, then its decision button).
    form_scroll, result_scroll = (page.splitter.widget(i).findChild(QScrollArea) for i in (0, 1))
    regions = [form_scroll, page.submit_button.parentWidget(), result_scroll, page.decide_button.parentWidget()]
    places = [region_of(w, regions) for w in visited]
    assert places == sorted(places), [describe(w) for w in visited]
    assert_read_in_order([w for w in visited if form_scroll.widget().isAncestorOf(w)], form_scroll.widget())
    in_answer = [w for w in visited if view.isAncestorOf(w)]
    assert_read_in_order(in_answer, view)
    controls = result_controls(view)
    assert sorted(map(describe, in_answer)) == sorted(map(describe, controls))  # each one, once
    assert in_answer[0] is view.gauge and in_answer[-3:] == [view.copy_request, view.copy_json, view.raw_json]
    # The area around the answer is no stop of its own (it draws no focus mark): Verify, then the verdict.
    assert result_scroll not in visited and visited[visited.index(view.gauge) - 1] is page.submit_button
    assert visited[-1] is page.decide_button


def test_tab_reaches_the_faces_a_refusal_carried_under_its_error(qtbot, window: MainWindow, faces: Path) -> None:  # type: ignore[no-untyped-def]
    """The photo with the faces of a MULTIPLE_FACES refusal is a stop of its own, where it is shown (after the error
    panel, before Details), so a screen reader reads each face and its quality."""
    page = window.verify_page
    view = page.result_view
    fill_compare(qtbot, page, faces / "multi_two_people.jpg", faces / "obama_2.jpg")
    submit_with_keyboard(qtbot, window)
    assert view.error_panel.error is not None and view.error_panel.error.code == "MULTIPLE_FACES"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)

    visited, _left_to = tab_through(qtbot, page, page.submit_button)
    in_answer = [w for w in visited if view.isAncestorOf(w)]
    assert view.overlay in in_answer, [describe(w) for w in in_answer]
    assert in_answer.index(view.overlay) < in_answer.index(view.json_toggle)
    assert all(in_answer.index(w) < in_answer.index(view.overlay) for w in in_answer if view.error_panel.isAncestorOf(w))
    assert_read_in_order(in_answer, view)
    controls = [w for w in view.findChildren(QWidget) if takes_tab(w, view)]
    assert sorted(map(describe, in_answer)) == sorted(map(describe, controls))  # each one, once


def test_tab_reaches_an_answer_in_history_s_detail_where_it_is_shown(qtbot, window: MainWindow, faces: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.verify_page
    fill_compare(qtbot, page, faces / "obama_1.jpg", faces / "obama_2.jpg", uuid="history-tab")
    submit_with_keyboard(qtbot, window)
    qtbot.keyClick(page.uuid_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    host = window.history_page
    qtbot.waitUntil(lambda: host.page is not None and host.page.current is not None, timeout=30_000)
    history = host.page
    assert history is not None
    view = history.result_view
    qtbot.waitUntil(view.details_box.isVisible, timeout=10_000)
    # Its photo decoded and laid out before Tab is pressed (key clicks alone run no event loop): laid out for the
    # photo on its way meanwhile, its parts overlap and are not in reading order.
    qtbot.waitUntil(lambda: not view.overlay.pending and not view.overlay.photo.isNull()
                    and view.height() >= view.layout().heightForWidth(view.width()), timeout=10_000)

    visited, left_to = tab_through(qtbot, history, history.search)
    assert left_to is not None and not history.isAncestorOf(left_to), "Tab never leaves the page"
    assert len(set(map(id, visited))) == len(visited), [describe(w) for w in visited]
    detail = history.detail_scroll
    in_detail = [i for i, w in enumerate(visited) if detail.isAncestorOf(w) or w is detail]
    assert in_detail == list(range(in_detail[0], in_detail[-1] + 1)), "the detail pane is left and come back to"
    # The list, then the entry beside it; the pane around the entry is no stop of its own (it draws no focus mark).
    assert detail not in visited and visited[in_detail[0]] is view.gauge
    assert visited[in_detail[0] - 1] is history.table
    assert visited[in_detail[-1] + 1] is not history.search  # the footer (retention, Export…) follows it
    assert_read_in_order(visited[in_detail[0]:in_detail[-1] + 1], detail.widget())
    in_answer = [w for w in visited if view.isAncestorOf(w)]
    assert sorted(map(describe, in_answer)) == sorted(map(describe, result_controls(view)))
    after = visited[visited.index(view.copy_json) + 1:]
    assert history.decision_choice in after and history.report_button in after


@pytest.mark.parametrize("built", ["with the first answer", "ahead in idle time"])
def test_tab_reaches_returned_images_where_they_are_shown(qtbot, faces: Path, built: str) -> None:  # type: ignore[no-untyped-def]
    """The liveness view's images are buttons built with each answer; its comparison's parts with the first, or
    ahead of it once the view is on screen (``build_ahead``)."""
    import json

    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.widgets.liveness_view import LivenessView
    from tests.conftest import FIXTURES

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    before = QLineEdit(window)
    column.addWidget(before)
    view = LivenessView("en", window, build_ahead=(lambda: True) if built == "ahead in idle time" else None)
    column.addWidget(view)
    after = QPushButton("After", window)
    column.addWidget(after)
    window.resize(900, 1600)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    if built == "ahead in idle time":
        qtbot.waitUntil(lambda: view.result_view.answer_parts_ready, timeout=5_000)

    raw = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    photo = "data:image/jpeg;base64," + base64.b64encode((faces / "obama_1.jpg").read_bytes()).decode()
    raw["images"] = {name: photo for name in raw["images"]}
    view.show_result(LivenessSessionResult.parse(raw), "1e-4")
    buttons = list(view.gallery.buttons.values())
    assert len(buttons) == 4 and all(b.isEnabled() for b in buttons)
    qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons), timeout=5_000)

    visited, left_to = tab_through(qtbot, window, before)
    assert left_to is before  # round the window, once
    assert len(set(map(id, visited))) == len(visited), [describe(w) for w in visited]
    assert visited[0] is before and visited[-1] is after
    assert_read_in_order(visited[1:-1], view)
    assert sorted(map(describe, visited[1:-1])) == sorted(
        describe(w) for w in view.findChildren(QWidget) if takes_tab(w, view))
    assert visited[visited.index(buttons[0]):visited.index(buttons[-1]) + 1] == buttons


def test_tab_stops_at_the_option_chosen_not_at_the_first_of_a_group(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A row of radio buttons takes one Tab stop, at the one checked (arrows move between them), as on every
    desktop: Tab reached the unchecked "KYC" first, and a screen reader read it out as the choice."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    for page in (window.session_page, window.token_page, window.verify_page):
        window.go_to(page)
        qtbot.waitUntil(lambda p=page: window.current_page() is p, timeout=5_000)
        for chosen, other in ((page.compare_radio, page.kyc_radio), (page.kyc_radio, page.compare_radio)):
            chosen.setChecked(True)
            window.navigation.setFocus(Qt.FocusReason.TabFocusReason)  # from the page list, Tab into the page
            qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigation, timeout=5_000)
            visited: list[QWidget] = []
            for _ in range(60):
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
                focus = QApplication.focusWidget()
                if focus is None or focus in visited or (visited and not page.isAncestorOf(focus)):
                    break
                if page.isAncestorOf(focus):
                    visited.append(focus)
            radios = [w for w in visited if w in (chosen, other)]
            assert radios == [chosen], (page.objectName(), [w.text() for w in radios])


def test_no_page_s_tab_chain_stops_on_a_scroll_area_around_controls(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Tab stopped on bare scroll areas, which draw no focus mark: the reviewer lost the keyboard. Their controls
    take Tab themselves, and are scrolled into view."""
    pages = [window.verify_page, window.liveness_page, window.session_page, window.inspector_page, window.token_page]
    host = window.history_page
    window.go_to(host)
    qtbot.waitUntil(lambda: host.page is not None, timeout=30_000)
    pages.append(host.page)
    for page in pages:
        areas = [area for area in page.findChildren(QScrollArea) if area.widget() is not None]
        assert areas, page.objectName()
        for area in areas:
            content = area.widget().findChildren(QWidget)
            if any(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in content):
                assert not area.focusPolicy() & Qt.FocusPolicy.TabFocus, (page.objectName(), describe(area))


def test_reading_order_takes_a_splitter_s_columns_left_to_right(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A splitter's children are not in the order it shows them (Verify's answer column came first): the controls
    placed after the one before them in reading order (``take_place_in_focus_chain``) were put before the form."""
    host = window.history_page
    window.go_to(host)
    qtbot.waitUntil(lambda: host.page is not None, timeout=30_000)
    for page in (window.verify_page, window.token_page, host.page):
        splitter = page.findChild(QSplitter)
        left, right = splitter.widget(0), splitter.widget(1)
        assert left.mapTo(splitter, QPoint(0, 0)).x() < right.mapTo(splitter, QPoint(0, 0)).x()
        order = reading_order(page)
        sides = [0 if left is w or left.isAncestorOf(w) else 1 for w in order
                 if left is w or left.isAncestorOf(w) or right is w or right.isAncestorOf(w)]
        assert 0 in sides and 1 in sides, page.objectName()
        assert sides == sorted(sides), (page.objectName(), [describe(w) for w in order])
