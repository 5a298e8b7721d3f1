"""Installing the window's translation (zh_CN) into the application."""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

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


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translations for ``language`` (the console's and Qt's own); none for English, the source."""
    if language != "zh_CN":
        return []
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
