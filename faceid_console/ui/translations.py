"""Installing the window's translation (zh_CN) into the application."""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

log = logging.getLogger(__name__)

#: Labels of Qt's own file dialog (shown where the desktop has no native one) that Qt's zh_CN catalogue has only
#: without their Alt key, so they stayed English: translated in ours, which Qt asks first.
QT_CATALOGUE_GAPS: Final = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def effective_language(requested: str | None, saved: str) -> str:
    """The language to show: the command line's, else the saved setting, else the system's ("en" or "zh_CN")."""
    name = requested or saved or QLocale.system().name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


#: Fonts with Simplified Chinese glyph forms, the first one installed taken: Linux's Noto and Source Han, Windows'
#: and macOS's own, and an older Linux's.
SIMPLIFIED_CHINESE_FAMILIES: Final = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei UI", "Microsoft YaHei",
                                      "PingFang SC", "WenQuanYi Micro Hei")


def prefer_simplified_chinese_glyphs(app: QGuiApplication) -> str | None:
    """Have Chinese drawn in a font with Simplified Chinese glyph forms rather than the system's first fallback: on a
    desktop whose locale is not Chinese that is Noto Sans CJK JP, whose Japanese forms of 骨, 直 or 角 read as foreign
    to a Chinese reviewer (and went into the PDF reports). The window's font and its fixed-pitch font each get as
    substitutes the font they resolve to, then this one: Latin text keeps its font, Chinese takes this one. Returns
    the family chosen, None when none is installed (the system's fallback is left as it is). Before any text is
    drawn: a font already drawn with keeps the fallback it found."""
    family = next((name for name in SIMPLIFIED_CHINESE_FAMILIES if QFontDatabase.hasFamily(name)), None)
    if family is not None:
        for font in (app.font(), QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)):
            # By the name asked for ("Sans Serif" is an alias no font has: a substitute alone would draw Latin too).
            QFont.insertSubstitutions(font.family(), [QFontInfo(font).family(), family])
    return family


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translations for ``language`` (the console's and Qt's own) and, for Chinese, its glyph forms
    (``prefer_simplified_chinese_glyphs``); none for English, the source."""
    if language != "zh_CN":
        return []
    if isinstance(app, QGuiApplication):
        prefer_simplified_chinese_glyphs(app)
    from ..i18n import qm_path

    qm = qm_path("zh_CN")
    if qm is None:
        log.warning("the zh_CN translation is not compiled: run scripts/bootstrap.sh, or install the package")
        return []
    installed = []
    qt_translator = QTranslator(app)  # Qt's own buttons (OK, Cancel, Yes, No) in the same language
    if qt_translator.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    translator = QTranslator(app)
    if translator.load(str(qm)):
        app.installTranslator(translator)
        installed.append(translator)
    else:
        log.warning("no translation for %s", language)
    return installed
