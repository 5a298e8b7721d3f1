"""What a screen reader says in Chinese: names without the Alt key's mark zh_CN writes after the words
("开始会话(&S)", read "开始会话(S)"), and summaries joined as the language writes sentences."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from faceid_console.api import FaceIDError
from faceid_console.api.errors import ErrorOrigin
from faceid_console.ui.translations import install_translator
from faceid_console.ui.widgets.error_panel import ErrorPanel
from faceid_console.ui.widgets.photo_slot import PhotoSlot


@pytest.fixture
def in_chinese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translators = install_translator(qapp, "zh_CN")
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


class _SentenceEnd(QTranslator):
    """zh_CN's words for the error panel's headline as a sentence (until the translation files have them)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        return "{headline}。" if (context, source) == ("ErrorPanel", "{headline}.") else None


def test_the_error_panel_s_summary_joins_its_sentences_as_chinese_does(qtbot, in_chinese: None) -> None:  # type: ignore[no-untyped-def]
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
                                                          in_chinese: None) -> None:
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
