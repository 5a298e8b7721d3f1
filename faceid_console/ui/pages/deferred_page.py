"""A page's place in the navigation, built the first time it is shown or asked for.

The window paints with only the Verify page built; the liveness, callback and app-token pages (and
the modules they load) wait until the reviewer goes to them, or until the window builds them in idle time
after its first paint (``MainWindow.build_pages_when_idle``), so start-up does not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class DeferredPage(QWidget):
    """Holds the place of the page ``build`` makes (with this holder as its parent) until it is needed."""

    #: Emitted once, with the page, right after it is built.
    built = Signal(QWidget)

    def __init__(self, build: Callable[[QWidget], QWidget], *, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._build = build
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self._content is None:
            self._content = self._build(self)
            self._layout.addWidget(self._content)
            self.setFocusProxy(self._content)
            self.built.emit(self._content)
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()  # before the first paint of the page, so it never shows empty
        super().showEvent(event)
