"""Labels whose width never depends on the length of what they show: names, paths and ids have no spaces.

A QLabel asks for the width of its longest word, even when it wraps: a photo named with a 250-character hash
pushed the form's third reference photo out of the window, which scrolls vertically only.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QClipboard,
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
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
#: A wrapped text's last line with fewer characters than this (spaces aside) is stranded: "一）。" under a verdict, or
#: "it." in English. The line before gives it more.
MIN_LAST_LINE_CHARS = 5
#: How many widths' heights a WrapAnywhereLabel keeps: the few a layout tries for one width of its column.
REMEMBERED_HEIGHTS = 8
#: Brackets whose phrase a stranded end is taken down with whole ("（十万分之一）。", not "一）。").
OPENING_BRACKETS = "(（「『《〈【"
CLOSING_BRACKETS = ")）」』》〉】"


def _add_copy(label: QLabel, copied: Callable[[], str] | None = None) -> None:
    """A "Copy" on the label's context menu, for ``copied()`` (by default the whole text): drawn by the label itself,
    its text is not selected through QLabel."""
    copy = QAction(QCoreApplication.translate("FittingLabels", "Copy"), label)
    copy.setObjectName("copyText")
    copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(copied() if copied else label.text()))
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

    #: Where the text is cut: a file name's start and end both tell which file it is.
    ELIDE_MODE = Qt.TextElideMode.ElideMiddle

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        _add_copy(self)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def shown_text(self) -> str:
        """The text as drawn at the label's present width."""
        return self.fontMetrics().elidedText(self.text(), self.ELIDE_MODE, self.contentsRect().width()
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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # another width of the same text (a zoom, another screen's DPI)
            self._update_tooltip()

    def _update_tooltip(self) -> None:
        cut = self.shown_text() != self.text()
        self.setToolTip(self.text() if cut else "")
        self.setAccessibleDescription(self.text() if cut else "")


class StatusLabel(ElidedLabel):
    """A one-line state in a tool bar: the room the bar has spare, its text cut at its end ("…") when wider.

    It asks for a few characters at least, so the tool bar's buttons after it stay on the bar and the state gives way
    (a long error pushed "Test connection" and "Settings…" into the bar's » menu). The state's start says it all
    ("● Ready", "● Not usable", where and what): the end (advice, an error code) is in the tooltip.
    """

    ELIDE_MODE = Qt.TextElideMode.ElideRight

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Expanding: the buttons after it stay at the bar's end whatever the state says. Following the text, they
        # were somewhere else after each change of state (x 456 when ready, 1096 for a wrong secret).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        # Fractional advances (high DPI) rounded up: a text given its hint is never cut.
        whole = math.ceil(QFontMetricsF(self.font()).horizontalAdvance(self.text())) + 1
        return QSize(max(_hint_width(self), whole + margins.left() + margins.right() + 2 * self.margin()),
                     self._line_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(_hint_width(self), self._line_height())

    def _line_height(self) -> int:
        # QLabel's own: a line with Chinese in it is taller than the font's (the fallback font's ascent and descent),
        # and at the font's height its "_" were cut off.
        return QLabel.sizeHint(self).height()


class WrapAnywhereLabel(QLabel):
    """Lines broken between words, and inside a word too long for the width (a path, a hash), never cut off.

    Drawn with a text layout of its own: QLabel breaks only between words and asks for its longest word's width.
    With ``Qt.TextInteractionFlag.TextSelectableByMouse`` its text is selected as a QLabel's is, by dragging over it
    (across the lines a value is broken into), a double click taking the value under it (a biz_no, a uuid) whole;
    Ctrl+C and the menu's Copy take the selection, or the whole text when nothing is selected. Plain text only.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # drawn as plain text: a "<b>" in a value is not markup
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._interaction = Qt.TextInteractionFlag.NoTextInteraction
        self._anchor = self._cursor = 0  # the selection's ends, as positions in text()
        self._dragging = False
        #: The height for the last few widths (layouts ask a height for a width many times over, ~60 times a
        #: liveness answer), by everything the lines depend on.
        self._heights: dict[tuple[str, int, str, int, int, int], int] = {}
        _add_copy(self, lambda: self.selectedText() or self.text())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._anchor = self._cursor = 0

    # --- selection: QLabel's own lays the text out again, in lines of its own -----------------------

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        """Only ``TextSelectableByMouse`` is taken (QLabel's text control would lay the text out its own way)."""
        self._interaction = flags & Qt.TextInteractionFlag.TextSelectableByMouse
        selectable = self._selectable()
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus if selectable else Qt.FocusPolicy.NoFocus)  # for Ctrl+C
        if selectable:
            self.setCursor(Qt.CursorShape.IBeamCursor)
        else:
            self.unsetCursor()
            self._anchor = self._cursor = 0

    def textInteractionFlags(self) -> Qt.TextInteractionFlag:
        return self._interaction

    def hasSelectedText(self) -> bool:
        return self._anchor != self._cursor

    def selectedText(self) -> str:
        start, end = sorted((self._anchor, self._cursor))
        return self.text()[start:end]

    def selectionStart(self) -> int:
        return min(self._anchor, self._cursor) if self.hasSelectedText() else -1

    def setSelection(self, start: int, length: int) -> None:
        self._anchor = max(0, min(start, len(self.text())))
        self._cursor = max(0, min(start + length, len(self.text())))
        self.update()

    def position_of(self, index: int) -> QPoint:
        """Where the character at ``index`` of ``text()`` starts, halfway down its line, in the label's coordinates."""
        rect = self._text_rect()
        layout, _ = self._text_layout(rect.width())
        line = layout.lineForTextPosition(max(0, min(index, len(self.text()))))
        if not line.isValid():
            return rect.topLeft()
        x = line.cursorToX(index)[0]  # type: ignore[index]  # PySide gives (x, position)
        return QPoint(rect.left() + round(x), rect.top() + round(line.y() + line.height() / 2))

    def _selectable(self) -> bool:
        return bool(self._interaction & Qt.TextInteractionFlag.TextSelectableByMouse)

    def _index_at(self, point: QPoint) -> int:
        """The position in ``text()`` nearest ``point``: above the text its start, below it its end."""
        rect = self._text_rect()
        layout, _ = self._text_layout(rect.width())
        y = point.y() - rect.top()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if y < line.y() + line.height():
                return int(line.xToCursor(point.x() - rect.left()))
        return len(self.text())

    def _value_around(self, index: int) -> tuple[int, int]:
        """The ends of the value a double click at ``index`` takes: the run with no space in it, less a sentence's
        punctuation at its end, and no CJK text or full-width punctuation ("biz_token：" in Chinese)."""
        text = self.text()

        def part(char: str) -> bool:
            return not char.isspace() and ord(char) < 0x2E80 and char != "\u00b7"

        start = end = max(0, min(index, len(text)))
        while start > 0 and part(text[start - 1]):
            start -= 1
        while end < len(text) and part(text[end]):
            end += 1
        while end > start and text[end - 1] in ".,;:)":
            end -= 1
        return start, end

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._selectable() or event.button() is not Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._cursor = self._index_at(event.position().toPoint())
        if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._anchor = self._cursor
        self._dragging = True
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not (self._selectable() and self._dragging):
            super().mouseMoveEvent(event)
            return
        self._cursor = self._index_at(event.position().toPoint())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._selectable():
            super().mouseReleaseEvent(event)
            return
        self._dragging = False
        if self.hasSelectedText():
            clipboard = QGuiApplication.clipboard()
            if clipboard.supportsSelection():  # X11's middle-click paste, as with any selected text
                clipboard.setText(self.selectedText(), QClipboard.Mode.Selection)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self._selectable() or event.button() is not Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        self._anchor, self._cursor = self._value_around(self._index_at(event.position().toPoint()))
        self._dragging = False
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._selectable() and event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.selectedText() or self.text())
        elif self._selectable() and event.matches(QKeySequence.StandardKey.SelectAll):
            self.setSelection(0, len(self.text()))
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self._anchor = self._cursor  # as a QLabel's: a selection goes when the keyboard goes elsewhere
            self.update()

    # --- layout and drawing ---------------------------------------------------------------------

    def _text_rect(self) -> QRect:
        return self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())

    def _text_layout(self, width: float) -> tuple[QTextLayout, float]:
        """The text laid out in lines of ``width`` pixels, and their total height; a last line that would be
        stranded (``MIN_LAST_LINE_CHARS``) is given more from the line before, in as many lines.

        Chinese breaks between any two characters, so "…达到的最严格等级为 1e-5（十万分之|一）。" left "一）。" alone:
        the break is moved before the bracket, or back to leave the last line enough. The text itself is unchanged (no
        invisible joiners, which would stay in copied text and defeat a search)."""
        text = self.text().replace("\n", "\u2028")  # line separators break
        layout, height = self._lines(text, width)
        count = layout.lineCount()
        if count < 2:
            return layout, height
        for narrower in self._tail_widths(text, layout):
            better, better_height = self._lines(text, width, (count - 2, narrower))
            last, was = better.lineAt(better.lineCount() - 1), layout.lineAt(count - 1)
            if better.lineCount() == count and last.textLength() > was.textLength():
                return better, better_height
        return layout, height

    def _lines(self, text: str, width: float, narrowed: tuple[int, float] | None = None) -> tuple[QTextLayout, float]:
        """``text`` in lines of ``width`` pixels (``narrowed``: one line's number and its own width)."""
        option = QTextOption(self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(text, self.font(), self)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            own = narrowed[1] if narrowed is not None and line.lineNumber() == narrowed[0] else width
            line.setLineWidth(max(1.0, own))
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    @staticmethod
    def _tail_widths(text: str, layout: QTextLayout) -> list[float]:
        """Widths for the line before a stranded last line that end it earlier, the better first: before the bracket
        the last line closes, then where the last line gets ``MIN_LAST_LINE_CHARS``. None when it is not stranded."""
        before, last = layout.lineAt(layout.lineCount() - 2), layout.lineAt(layout.lineCount() - 1)
        start, end = before.textStart(), before.textStart() + before.textLength()
        tail = text[last.textStart():last.textStart() + last.textLength()].strip()
        if len(tail) >= MIN_LAST_LINE_CHARS or text[end - 1] == "\u2028":  # long enough, or a line of its own
            return []
        body_end = len(text[start:end].rstrip()) + start
        ends = []
        depth = 0
        for at in range(body_end - 1, start, -1):  # the bracket opened on this line and closed on the last
            if text[at] in CLOSING_BRACKETS:
                depth += 1
            elif text[at] in OPENING_BRACKETS:
                if depth == 0:
                    if any(c in CLOSING_BRACKETS for c in tail) and at - start >= MIN_LAST_LINE_CHARS:
                        ends.append(at)
                    break
                depth -= 1
        wanted = body_end - (MIN_LAST_LINE_CHARS - len(tail))
        if wanted - start >= MIN_LAST_LINE_CHARS:
            ends.append(wanted)
        left = before.cursorToX(start)[0]  # type: ignore[index]  # PySide gives (x, position)
        return [before.cursorToX(at)[0] - left + 0.5 for at in ends]  # type: ignore[index]

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
        # Only the height is kept, not the layout: a layout kept across a change of font substitutes (the language)
        # is drawn with glyphs of the font it was shaped in, in another ("load glyph failed").
        key = (self.text(), width - across, self.font().key(), int(self.alignment()), self.logicalDpiX(),
               self.logicalDpiY())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= REMEMBERED_HEIGHTS:
                self._heights.pop(next(iter(self._heights)))
            height = self._heights[key] = math.ceil(self._text_layout(width - across)[1])
        return height + down  # the text's height kept, the margins' as they are now

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
        rect = self._text_rect()
        layout, _ = self._text_layout(rect.width())
        painter.setPen(_text_colour(self))
        selections = []
        if self.hasSelectedText():
            start, end = sorted((self._anchor, self._cursor))
            selected = QTextLayout.FormatRange()
            selected.start, selected.length = start, end - start
            palette = self.palette()
            selected.format.setBackground(palette.brush(QPalette.ColorRole.Highlight))
            selected.format.setForeground(palette.brush(QPalette.ColorRole.HighlightedText))
            selections.append(selected)
        layout.draw(painter, QPointF(rect.topLeft()), selections)
