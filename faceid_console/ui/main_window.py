"""The console's main window: the shell that hosts the reviewer's pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ..api.client import is_loopback_host


class MainWindow(QMainWindow):
    """Top-level window. Receives what it shows from the composition root (``app.py``)."""

    def __init__(self, *, base_url: str, api_key: str, profile_name: str, engine_running: bool) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("FaceID Console"))
        self.resize(1100, 720)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.connection_label = QLabel(central)
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        host = base_url.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0]
        where = self.tr("built-in engine") if engine_running and is_loopback_host(host) else self.tr("FaceID cloud")
        self.connection_label.setText(
            self.tr("Connected to the {where} at {url} (profile {profile}, api_key {key}).").format(
                where=where, url=base_url, profile=profile_name, key=api_key
            )
        )
        layout.addWidget(self.connection_label)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Ready"))
