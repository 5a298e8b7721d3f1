"""Installing the window's translation (zh_CN) into the application."""

from __future__ import annotations

import logging
import subprocess

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)


def effective_language(requested: str | None, saved: str) -> str:
    """The language to show: the command line's, else the saved setting, else the system's ("en" or "zh_CN")."""
    name = requested or saved or QLocale.system().name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translation for ``language``; None for English (the source language) or when it is missing."""
    if language != "zh_CN":
        return None
    from ..i18n import compiled_translation

    try:
        qm = compiled_translation("zh_CN")
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot load the zh_CN translation: %s", exc)
        return None
    translator = QTranslator(app)
    if translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    log.warning("no translation for %s", language)
    return None
