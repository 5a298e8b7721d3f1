"""A form on the left and its result on the right, sized so the result (the verdict) stays readable.

A wider window widens the result; a narrower one narrows the form first, down to its least width, before the
result gets narrower than it reads well. The form's width the reviewer dragged to is kept for when there is room
again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget

#: The result column's readable width, in average characters of the window's font: the verdict and its gauge.
READABLE_RESULT_CHARS = 60


def scrolling_form_width(scroll: QScrollArea, width: int) -> int:
    """The width a column needs to show a form ``width`` pixels wide in ``scroll``, which scrolls vertically only:
    room for its vertical scroll bar and its frame."""
    return width + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()


class FormResultSplitter(QSplitter):
    """Two columns: ``form`` (keeps its width) and ``result`` (takes the rest, but never less than it reads well
    while the form can still give way)."""

    def __init__(self, form: QWidget, result: QWidget, form_width: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.addWidget(form)
        self.addWidget(result)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        #: The form's width when there is room: its preferred width, or where the reviewer dragged it.
        self.wanted_form_width = form_width
        self.setSizes([form_width, 700])
        self.splitterMoved.connect(lambda _pos, _index: self._remember_form_width())

    def readable_result_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * READABLE_RESULT_CHARS

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """The form at its wanted width, less what the result needs to stay readable (not below its least)."""
        total = sum(self.sizes())
        form = self.widget(0)
        if total <= 0 or form is None:
            return
        width = max(form.minimumWidth(), min(self.wanted_form_width, total - self.readable_result_width()))
        if self.sizes()[0] != width:
            self.setSizes([width, total - width])

    def _remember_form_width(self) -> None:
        self.wanted_form_width = self.sizes()[0]
