"""Composition root: settings, credentials, the local engine, the client, and the window."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from . import credentials as credential_store
from . import settings as settings_module
from .api.client import Credentials, FaceIDClient

log = logging.getLogger(__name__)

def _load_translation(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translation for ``language``, compiling its .ts to a cached .qm when needed."""
    if not language.startswith("zh"):
        return None
    from .i18n import compiled_translation

    try:
        qm = compiled_translation("zh_CN")
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile the zh_CN translation: %s", exc)
        return None
    translator = QTranslator()
    if translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    log.warning("no translation for %s", language)
    return None


def main(language: str | None = None, screenshot: Path | None = None) -> int:
    """Open the console window and run until it is closed."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    from .engine.server import EngineServer
    from .ui.main_window import MainWindow

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv)
    settings = settings_module.Settings.load()
    lang = language or settings.language or QLocale.system().name()
    translator = _load_translation(app, lang)

    try:
        engine_credentials = credential_store.local_engine_credentials()
    except credential_store.CredentialStoreError as exc:
        # Without a keyring the built-in engine still works, with a pair that lives only in memory.
        import secrets

        log.warning("keyring unavailable (%s); using a temporary engine key for this session", exc)
        engine_credentials = Credentials("local-temporary", secrets.token_urlsafe(24))
    engine_dir = settings_module.data_dir() / "engine"
    engine = EngineServer(engine_dir, {engine_credentials.api_key: engine_credentials.api_secret}).start()

    try:
        profile = settings.profile()
    except KeyError:  # a hand-edited settings file named a profile that is gone: use the built-in engine
        log.warning("active profile %r not found; using the built-in engine", settings.active_profile)
        profile = settings_module.Profile(
            settings_module.ProfileKind.LOCAL_ENGINE.value, settings_module.ProfileKind.LOCAL_ENGINE
        )
    if profile.kind is settings_module.ProfileKind.LOCAL_ENGINE:
        client_credentials: Credentials | None = engine_credentials
    else:
        try:
            client_credentials = credential_store.load(profile.name)
        except credential_store.CredentialStoreError:
            client_credentials = None
    base_url = profile.base_url(engine.base_url)
    client = FaceIDClient(base_url, client_credentials) if client_credentials else None

    window = MainWindow(
        base_url=base_url, api_key=client_credentials.api_key if client_credentials else "—",
        profile_name=profile.name, engine_running=True,
    )
    window.show()
    if screenshot is not None:
        from PySide6.QtCore import QTimer

        def capture() -> None:
            window.grab().save(str(screenshot), "PNG")
            app.quit()

        QTimer.singleShot(800, capture)
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        app.aboutToQuit.connect(loop.stop)
        loop.run_forever()
    if client is not None:
        client.close()
    engine.stop()
    del translator
    return 0
