"""What a screen reader says in Chinese: names without the Alt key's mark zh_CN writes after the words
("开始会话(&S)", read "开始会话(S)"), and summaries joined as the language writes sentences."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from faceid_console.api import FaceIDError
from faceid_console.api.errors import ErrorOrigin
from faceid_console.settings import Settings
from faceid_console.ui.settings_dialog import SettingsDialog
from faceid_console.ui.widgets.error_panel import ErrorPanel
from faceid_console.ui.widgets.photo_slot import PhotoSlot

#: An Alt key's mark as Qt leaves it in a name: "(S)" once Qt has taken the "&" out of "(&S)".
KEY_MARK = re.compile(r"\(&?[A-Z0-9]\)")


def spoken_names(root: QWidget) -> list[str]:
    """The names Qt gives a screen reader for each control under ``root`` that takes the keyboard, and its labels'."""
    names = []
    for widget in root.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.objectName().startswith("qt_"):
            continue
        accessible = QAccessible.queryAccessibleInterface(widget)
        if accessible is None:
            continue
        names.append(accessible.text(QAccessible.Text.Name))
        names += [label.text(QAccessible.Text.Name) for label, _ in accessible.relations(QAccessible.Relation.Label)]
    return names


def test_no_name_a_screen_reader_says_keeps_an_alt_key_s_mark(qtbot, make_window, settings: Settings,  # type: ignore[no-untyped-def]
                                                               chinese: None) -> None:
    window = make_window(language="zh_CN")
    window.build_pages_when_idle()
    window.navigation.setCurrentRow(1)  # History, built once its store is open
    qtbot.waitUntil(lambda: window.idle_build.finished and window.history_page.page is not None, timeout=60_000)
    dialog = SettingsDialog(window.connection, settings, "zh_CN", window)
    qtbot.addWidget(dialog)
    said = [name for root in (window, dialog) for name in spoken_names(root) if KEY_MARK.search(name)]
    assert said == []
    assert window.session_page.start_button.accessibleName() == "开始会话"  # its words, as the button shows them
    history = window.history_page.page
    assert QAccessible.queryAccessibleInterface(history.date_range).text(QAccessible.Text.Name).startswith("从（")
    dialog.reject()
    window.connection.close()


class _SentenceEnd(QTranslator):
    """zh_CN's words for the error panel's headline as a sentence (until the translation files have them)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        return "{headline}。" if (context, source) == ("ErrorPanel", "{headline}.") else None


def test_the_error_panel_s_summary_joins_its_sentences_as_chinese_does(qtbot, chinese: None) -> None:  # type: ignore[no-untyped-def]
    """The summary a screen reader reads joined its sentences with an English ". " ("…结果. 服务…")."""
    ending = _SentenceEnd()
    QCoreApplication.installTranslator(ending)
    try:
        panel = ErrorPanel("zh_CN", call="get_result")
        qtbot.addWidget(panel)
        panel.show_error(FaceIDError("DATA_DESTROYED", origin=ErrorOrigin.SERVICE, http_status=400))
        summary = panel.accessibleDescription()
    finally:
        QCoreApplication.removeTranslator(ending)
    assert summary.startswith(f"{panel.headline.text()}。{panel.explanation.text()}"), summary
    assert ". " not in summary


def test_a_photo_s_summary_joins_its_parts_as_chinese_does(qtbot, qasync_loop, tmp_path: Path, faces: Path,  # type: ignore[no-untyped-def]
                                                          chinese: None) -> None:
    """Its parts were joined with an English "; ", as its preparation line joins them with "；"."""
    executor = ThreadPoolExecutor(max_workers=1)
    try:
        slot = PhotoSlot("image", "待验证照片", executor, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(slot)
        slot.set_file(faces / "obama_1.jpg")
        qtbot.waitUntil(lambda: slot.photo is not None, timeout=30_000)
        assert slot.accessibleDescription() == "；".join(
            ("obama_1.jpg", slot.info_label.text(), slot.prep_label.text()))
    finally:
        executor.shutdown(wait=True)
