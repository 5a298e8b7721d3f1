"""A title with the API field it stands for (``image_ref1``, ``result_ref1``) in the palette's secondary text colour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..colours import secondary_text_colour


class FieldNameLabel(QLabel):
    """Shows a title (rich text) and the field's name beside or under it in the secondary colour of the label's palette
    of the moment: rich text bakes its colour in, so the text is made again when the palette changes (the desktop
    turning dark at sunset left a fixed grey at 3:1 on the dark window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._title = ""
        self._field_name = ""
        self._below = False

    def set_names(self, title: str, field_name: str, *, below: bool = False) -> None:
        """Show ``title`` (rich text) with ``field_name`` after it, on a line of its own when ``below``."""
        self._title, self._field_name, self._below = title, field_name, below
        self._compose()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._compose()  # the field's name in its colour for the new palette
        super().changeEvent(event)

    def _compose(self) -> None:
        colour = secondary_text_colour(self.palette()).name()
        self.setText(f"{self._title}{'<br>' if self._below else ' '}"
                     f"<span style='color:{colour}'>{self._field_name}</span>")
