"""Translations are complete, compiled, and keep every placeholder of the source text."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from faceid_console.i18n import compile_translations, update_sources

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(m.findtext("source") or "", m.find("translation")) for m in root.iter("message")]  # type: ignore[misc]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    found = messages(TRANSLATIONS / f"faceid_console_{language}.ts")
    assert found
    for source, translation in found:
        assert translation is not None and translation.get("type") != "unfinished" and translation.text, source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source


def test_translation_files_cover_every_tr_call(tmp_path: Path) -> None:
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
    update_sources(ROOT / "faceid_console", copy)
    for ts in copy.glob("*.ts"):
        fresh = {s for s, t in messages(ts) if t is None or t.get("type") != "vanished"}
        committed = {s for s, _ in messages(TRANSLATIONS / ts.name)}
        assert fresh == committed, f"{ts.name} is out of date: run faceid_console.i18n.update_sources"


def test_translations_compile(tmp_path: Path) -> None:
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
    written = compile_translations(copy)
    assert {p.name for p in written} == {"faceid_console_zh_CN.qm", "faceid_console_en.qm"}
    assert all(p.stat().st_size > 0 for p in written)


def test_compiling_again_leaves_a_running_console_s_translations_whole(tmp_path: Path) -> None:
    """A console maps its .qm: compiled again in place (bootstrap re-run, a package upgrade), the open window showed
    every translated text in English. The new .qm takes the name; the one in use stays whole until let go."""
    from PySide6.QtCore import QTranslator

    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
    compile_translations(copy)
    qm = copy / "faceid_console_zh_CN.qm"
    running = QTranslator()
    assert running.load(str(qm))
    before = running.translate("HistoryPage", "Reading the history…")
    assert before == "正在读取历史记录…"
    ts = copy / "faceid_console_zh_CN.ts"
    ts.write_text(ts.read_text("utf-8").replace("正在读取历史记录…", "正在读取历史…（新）"), "utf-8")
    first = qm.stat().st_ino
    compile_translations(copy)
    assert qm.stat().st_ino != first and not list(copy.glob(".*.partial"))
    assert running.translate("HistoryPage", "Reading the history…") == before
    fresh = QTranslator()
    assert fresh.load(str(qm)) and fresh.translate("HistoryPage", "Reading the history…") == "正在读取历史…（新）"


def test_the_shipped_translations_are_compiled_and_current() -> None:
    """The window loads a .qm built when the package was built (or by bootstrap in a checkout), never at run time."""
    from faceid_console.i18n import qm_path, stale_translations, translations_dir

    assert stale_translations(translations_dir()) == [], "a .ts is newer than its .qm: run scripts/bootstrap.sh"
    assert qm_path("zh_CN") is not None and qm_path("zh_CN").stat().st_size > 0
    assert qm_path("fr") is None


def test_qt_s_own_file_dialog_is_all_chinese_in_zh_cn(qapp) -> None:  # type: ignore[no-untyped-def]
    """Where the desktop has no native file dialog, Qt's own is shown: Qt's zh_CN catalogue lacks two of its labels
    as Qt 6 spells them (with their Alt key), so ours carries them."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from faceid_console.ui.translations import install_translator

    translators = install_translator(qapp, "zh_CN")
    try:
        dialog = QFileDialog(None, "photo")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
        assert dialog.findChild(QLabel, "lookInLabel").text() == "查找范围(&L)："
        assert dialog.findChild(QLabel, "fileTypeLabel").text() == "文件类型(&T)："
        english = [text for text in texts if re.search("[A-Za-z]{3}", text)]
        assert english == []
        dialog.deleteLater()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def _drawn(font, text: str):  # type: ignore[no-untyped-def]
    """``text``'s ink in ``font``: the glyphs cropped to what they cover, wherever the line put them."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(240, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    inked = [(x, y) for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) != 0xFFFFFFFF]
    xs, ys = [x for x, _ in inked], [y for _, y in inked]
    return image.copy(QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1))


def test_chinese_is_drawn_in_simplified_chinese_glyph_forms_on_a_desktop_of_another_locale(qapp) -> None:  # type: ignore[no-untyped-def]
    """On a desktop whose locale is not Chinese (this one's is C.UTF-8) the system's first fallback for Chinese is
    Noto Sans CJK JP: 骨, 直 and 角 were drawn in their Japanese forms, in the window and in the PDF reports."""
    from PySide6.QtGui import QFont, QFontDatabase

    from faceid_console.ui.translations import install_translator

    if not QFontDatabase.hasFamily("Noto Sans CJK SC") or not QFontDatabase.hasFamily("Noto Sans CJK JP"):
        pytest.skip("the Noto CJK fonts are not installed (scripts/bootstrap.sh installs fonts-noto-cjk)")
    QFontDatabase.removeAllApplicationFonts()  # the font cache emptied: a fallback an earlier test found is forgotten
    text = "骨直角"
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def alone(base: QFont, family: str) -> QFont:
        font = QFont(base)
        font.setFamilies([family])
        return font

    simplified, japanese = _drawn(alone(qapp.font(), "Noto Sans CJK SC"), text), _drawn(
        alone(qapp.font(), "Noto Sans CJK JP"), text)
    assert simplified != japanese  # the forms differ: the checks below can tell them apart
    latin, latin_fixed = _drawn(qapp.font(), "Verify 1e-4"), _drawn(fixed, "request_id")
    substitutes = QFont.substitutions()
    assert install_translator(qapp, "en") == [] and QFont.substitutions() == substitutes  # English: untouched
    translators = install_translator(qapp, "zh_CN")
    try:
        assert _drawn(qapp.font(), text) == simplified
        assert _drawn(fixed, text) == _drawn(alone(fixed, "Noto Sans CJK SC"), text)  # the raw JSON's too
        assert _drawn(qapp.font(), "Verify 1e-4") == latin and _drawn(fixed, "request_id") == latin_fixed  # Latin
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
