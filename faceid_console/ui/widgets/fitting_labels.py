"""Labels whose width never depends on the length of what they show: file names and paths have no spaces.

A QLabel asks for the width of its longest word, even when it wraps: a photo named with a 250-character hash
pushed the form's third reference photo out of the window, which scrolls vertically only.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: The width either label asks for, in average characters: enough to show a name's start and end.
HINT_CHARS = 6


def _add_copy(label: QLabel) -> None:
    """A "Copy" on the label's context menu, for the whole text: drawn by the label itself, it is not selectable."""
    copy = QAction(QCoreApplication.translate("FittingLabels", "Copy"), label)
    copy.setObjectName("copyText")
    copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(label.text()))
    label.addAction(copy)
    label.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)


def _text_colour(label: QLabel) -> QColor:
    """The label's text colour in its state (greyed when disabled), as QLabel draws it."""
    palette = label.palette()
    group = palette.currentColorGroup() if label.isEnabled() else QPalette.ColorGroup.Disabled
    return palette.color(group, label.foregroundRole())


def _hint_width(label: QLabel) -> int:
    margins = label.contentsMargins()
    return label.fontMetrics().averageCharWidth() * HINT_CHARS + margins.left() + margins.right() + 2 * label.margin()


class ElidedLabel(QLabel):
    """One line, cut in the middle when it is wider than the label ("IMG_20240501…4711.jpg").

    ``text()`` stays the whole text, which assistive technology reads; when it is cut, the tooltip shows it too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        _add_copy(self)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def shown_text(self) -> str:
        """The text as drawn at the label's present width."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width()
                                             - 2 * self.margin())

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(_hint_width(self), self.fontMetrics().height() + margins.top() + margins.bottom()
                     + 2 * self.margin())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        # Drawn with the painter, not the style's drawItemText: the first use of QStyle costs PySide ~5 ms to set
        # up, and these labels are painted with the window's first paint.
        painter.setPen(_text_colour(self))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), self.shown_text())

    def _update_tooltip(self) -> None:
        cut = self.shown_text() != self.text()
        self.setToolTip(self.text() if cut else "")
        self.setAccessibleDescription(self.text() if cut else "")


class WrapAnywhereLabel(QLabel):
    """Lines broken between words, and inside a word too long for the width (a path, a hash), never cut off.

    Drawn with a text layout of its own: QLabel breaks only between words and asks for its longest word's width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        _add_copy(self)

    def _text_layout(self, width: float) -> tuple[QTextLayout, float]:
        """The text laid out in lines of ``width`` pixels, and their total height."""
        option = QTextOption(self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(self.text().replace("\n", "\u2028"), self.font(), self)  # line separators break
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def _frame(self) -> tuple[int, int]:
        """The horizontal and vertical room taken by margins."""
        margins = self.contentsMargins()
        return (margins.left() + margins.right() + 2 * self.margin(),
                margins.top() + margins.bottom() + 2 * self.margin())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        across, down = self._frame()
        if not self.text():
            return down
        return math.ceil(self._text_layout(width - across)[1]) + down

    def sizeHint(self) -> QSize:
        width = _hint_width(self)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """As QLabel's: one line high (layouts give it its height for the width it gets)."""
        return QSize(_hint_width(self), min(self.heightForWidth(2**24), self.sizeHint().height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text():
            return
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        layout, _ = self._text_layout(rect.width())
        painter.setPen(_text_colour(self))
        layout.draw(painter, QPointF(rect.topLeft()))
