"""The window's own controls keep one place in the Tab order on every page, as they are shown: the tool bar's
profile box above everything, then the page list, then the page, then the status bar's Details… under it. On
Verify (built with the window) Tab went page list → page → profile box; on every page built later, page list →
profile box → page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from faceid_console.ui.main_window import MainWindow


def _next(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _around(qtbot, window: MainWindow, page: QWidget) -> list[str]:  # type: ignore[no-untyped-def]
    """Tab from the profile box round the window back to it: the window's own stops, and "page" where the page's
    controls are passed through."""
    window.profile_box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.profile_box.hasFocus, timeout=5_000)
    stops: list[str] = []
    focus = _next(qtbot, window.profile_box)
    while focus is not window.profile_box and len(stops) < 200:
        name = "page" if page.isAncestorOf(focus) else focus.objectName()
        if not stops or stops[-1] != name:
            stops.append(name)
        focus = _next(qtbot, focus)
    return stops


def test_the_tool_bar_page_list_page_and_status_bar_keep_their_order_on_every_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.details_button.setVisible(True)  # shown once an unexpected error was reported
    for row in range(window.navigation.count()):  # each page built when first shown, History once its store is open
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        qtbot.waitUntil(lambda page=page: any(page.isAncestorOf(w) and w.isVisible() and w.isEnabled()
                                              and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                                              for w in page.findChildren(QWidget)), timeout=30_000)
        assert _around(qtbot, window, page) == ["navigation", "page", "statusDetails"], \
            window.navigation.item(row).text()
