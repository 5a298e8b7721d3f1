"""A combo box whose closed box shows each choice in short, its list and tooltip the whole choice."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionComboBox, QWidget

#: The item role of a choice's short text, shown in the closed box.
SHORT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class ShortChoiceComboBox(QComboBox):
    """Sized for the short texts: in a narrow form the closed box shows its choice whole ("1 — the best frame")
    rather than cut off ("1 — the best frame (image_b"); the list (Qt makes it as wide as its longest item) and the
    tooltip give the whole choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _index: self.setToolTip(self.currentText()))

    def add_choice(self, text: str, short: str, data: object) -> None:
        """A choice: ``text`` in the list, ``short`` in the closed box."""
        self.addItem(text, data)
        index = self.count() - 1
        self.setItemData(index, short, SHORT_TEXT_ROLE)
        self.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        self.updateGeometry()

    def short_text(self, index: int) -> str:
        short = self.itemData(index, SHORT_TEXT_ROLE)
        return short if isinstance(short, str) else self.itemText(index)

    def initStyleOption(self, option: QStyleOptionComboBox) -> None:
        super().initStyleOption(option)
        if self.currentIndex() >= 0:
            option.currentText = self.short_text(self.currentIndex())

    def sizeHint(self) -> QSize:
        # Loaded here, not at start-up: PySide's set-up of QStyle's enums costs ~6 ms before the first paint.
        from PySide6.QtWidgets import QStyle

        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.short_text(i)) for i in range(self.count())), default=0)
        # As Qt sizes a combo box for its texts: the text, a few pixels of room, then the style's frame and arrow.
        contents = QSize(widest + 4, max(metrics.height(), 14) + 2)
        return QSize(self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, self).width(),
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
