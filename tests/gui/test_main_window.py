"""The real window, driven with pytest-qt on the offscreen platform."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from faceid_console.app import _load_translation
from faceid_console.ui.main_window import MainWindow

SECRET = "gui-secret-never-shown"


def test_window_shows_the_connection_without_the_secret(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(base_url="http://127.0.0.1:8123", api_key="local-abc", profile_name="local-engine",
                        engine_running=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = window.connection_label.text()
    assert "built-in engine" in text and "http://127.0.0.1:8123" in text and "local-abc" in text
    assert window.windowTitle() == "FaceID Console"
    assert SECRET not in text


def test_cloud_profile_is_named_as_such(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(base_url="https://api-sgp.megvii.com", api_key="k", profile_name="cloud-sgp",
                        engine_running=True)
    qtbot.addWidget(window)
    assert "FaceID cloud" in window.connection_label.text()


def test_simplified_chinese(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    translator = _load_translation(qapp, "zh_CN")
    assert translator is not None
    try:
        window = MainWindow(base_url="http://127.0.0.1:1", api_key="k", profile_name="local-engine",
                            engine_running=True)
        qtbot.addWidget(window)
        assert window.windowTitle() == "FaceID 控制台"
        assert "内置引擎" in window.connection_label.text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_command_opens_the_window(tmp_path: Path) -> None:
    """``faceid-console gui`` starts the engine and shows the window (screenshot taken, then quits)."""
    shot = tmp_path / "window.png"
    exe = str(Path(sys.executable).with_name("faceid-console"))
    done = subprocess.run([exe, "gui", "--screenshot", str(shot)], capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert "FaceID engine listening on http://127.0.0.1:" in done.stderr.decode()  # loopback, in the console
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 500
