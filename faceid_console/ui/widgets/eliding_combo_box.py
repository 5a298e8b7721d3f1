"""A combo box narrower than its current text shows it cut with "…", not cut off mid-letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox


class ElidingComboBox(QComboBox):
    """Qt's combo box clips a text wider than the box (a capped width, a long name): this one elides it at the end.
    The whole text is for its tooltip and its list, which the caller keeps wide enough."""

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.sizeHint().width() <= self.width():  # the text fits, as nearly always: Qt's own painting
            super().paintEvent(event)
            return
        # Loaded here, not at start-up: PySide's set-up of QStyle's enums costs ~6 ms before the first paint.
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, room)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
