"""A plain-text box for pastes that can be megabytes on one line (a callback with base64 images).

Qt lays a paragraph out whole, on the GUI thread, whatever the wrap mode: 5 MB on one line took 1.9 s here and froze
the window. Text longer than ``SHOWN_IN_FULL`` is therefore kept aside, whole, and the box shows only its start and
its end, with a marked gap between them, read-only: what the box holds is ``whole_text()``, never the preview.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

#: Longer text is not laid out: 50 000 characters on one line take ~15 ms to lay out (one line of 5 MB, 1.9 s).
SHOWN_IN_FULL: Final = 50_000
#: How much of a long text the box shows: its start (a form body's data, a JSON's first keys) and its end (the sign).
HEAD: Final = 1_000
TAIL: Final = 300


class LongPasteEdit(QPlainTextEdit):
    """A QPlainTextEdit whose text may be too long to lay out: then ``held`` is True, the box shows a preview, and
    ``whole_text()`` is the text itself. Paste (Ctrl+V, the context menu) replaces a held text; Clear empties it;
    copying a selection across the gap copies the hidden part too."""

    #: A long text was taken aside (or the box holds ordinary text again).
    held_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._held: str | None = None
        self._gap = (0, 0)  # the preview's marked gap, in document positions: [start, end)
        self._previewing = False
        self.textChanged.connect(self._text_changed)

    @property
    def held(self) -> bool:
        """The text is too long to show, and the box shows its start and end."""
        return self._held is not None

    def whole_text(self) -> str:
        """The box's text, all of it (``toPlainText()`` is only the preview while ``held``)."""
        return self._held if self._held is not None else self.toPlainText()

    def hidden_length(self) -> int:
        """How many characters of a held text the preview leaves out (0 when nothing is held)."""
        return len(self._held) - len(self._head()) - len(self._tail()) if self._held is not None else 0

    def setPlainText(self, text: str) -> None:
        if len(text) > SHOWN_IN_FULL:
            self._hold(text)
        else:
            super().setPlainText(text)  # a held text is let go by textChanged

    # --- what Qt calls --------------------------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:
        """A paste or drop: one that makes the text too long is taken aside whole, with the text around it."""
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        pasted = source.text()
        if self._held is not None:
            self.setPlainText(pasted)  # the box holds one long paste: a new one replaces it
            return
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        length = self.document().characterCount() - 1  # without the document's closing paragraph separator
        if length - (end - start) + len(pasted) <= SHOWN_IN_FULL:
            super().insertFromMimeData(source)
            return
        self._hold(self._document_text(0, start) + pasted + self._document_text(end, length))

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copied or dragged from a preview: a selection that takes in the gap brings the hidden text with it."""
        if self._held is None:
            return super().createMimeDataFromSelection()
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        gap_start, gap_end = self._gap
        parts = []
        if start < gap_start:
            parts.append(self._document_text(start, min(end, gap_start)))
        if start < gap_end and end > gap_start:
            parts.append(self._held[len(self._head()):len(self._held) - len(self._tail())])
        if end > gap_end:
            parts.append(self._document_text(max(start, gap_end), end))
        data = QMimeData()
        data.setText("".join(parts))
        return data

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._held is not None:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_replacing()
                return
            whole = self.textCursor()
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole.selectionStart() == 0 and \
                    whole.selectionEnd() == self.document().characterCount() - 1:
                self.clear()  # all of it selected, then deleted: as in any box
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._held is not None:  # read-only: Qt's menu offers no Paste, and its Delete would cut the preview
            menu.addSeparator()
            paste = menu.addAction(self.tr("&Paste (replaces this text)"), self.paste_replacing)
            paste.setEnabled(bool(QGuiApplication.clipboard().text()))
            menu.addAction(self.tr("Cl&ear"), self.clear)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def paste_replacing(self) -> None:
        """Put the clipboard's text in place of a held one (a held text is one paste: it is replaced whole)."""
        text = QGuiApplication.clipboard().text()
        if text:
            self.setPlainText(text)

    # --- the preview ----------------------------------------------------------------------------

    def _head(self) -> str:
        return self._held[:HEAD] if self._held is not None else ""

    def _tail(self) -> str:
        return self._held[-TAIL:] if self._held is not None else ""

    def _hold(self, text: str) -> None:
        self._held = text
        self._previewing = True
        try:
            super().setPlainText(self._head())
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            gap_start = cursor.position()
            marked = QTextCharFormat()
            marked.setFontItalic(True)
            marked.setFontWeight(QFont.Weight.Bold)
            cursor.insertBlock(QTextBlockFormat(), marked)
            cursor.insertText(self.tr("[… {count} more characters, not shown here: kept, and checked …]").format(
                count=f"{self.hidden_length():,}"), marked)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            self._gap = (gap_start, cursor.position())
            cursor.insertText(self._tail(), QTextCharFormat())
            self.document().clearUndoRedoStacks()
        finally:
            self._previewing = False
        self.setReadOnly(True)  # a preview cannot be edited into the text it stands for
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.held_changed.emit()

    def _text_changed(self) -> None:
        if self._held is not None and not self._previewing:  # cleared, or replaced by ordinary text
            self._held = None
            self._gap = (0, 0)
            self.setReadOnly(False)
            self.held_changed.emit()

    def _document_text(self, start: int, end: int) -> str:
        """The document's text between two positions, line breaks as ``\\n``."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")
