"""The console's colours for what a reading means (pass, fail, caution, no verdict), and how text takes one.

Every page, list, gauge and report uses these four, so a colour means the same thing everywhere. Text is
coloured through the widget's palette rather than a style sheet: the platform style keeps drawing the
widget, disabled text still greys out, muted text takes the theme's placeholder colour, and no style-sheet
style is set up for it.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

#: Meets the policy level; a check that is clear; a valid signature; a service that answers.
PASS: Final = QColor("#2e7d32")
#: Below every threshold; an attack suspected; an invalid signature; an error.
FAIL: Final = QColor("#c62828")
#: Between thresholds; photos that disagree; a token about to expire; a service still starting.
CAUTION: Final = QColor("#b26a00")
#: No verdict to colour.
NEUTRAL: Final = QColor("#5f6368")
#: A notice to read before acting (a result given once, identity exceptions): text, background, edge.
NOTICE_TEXT: Final = QColor("#7a2e00")
NOTICE_BACKGROUND: Final = QColor("#fff3e0")
NOTICE_EDGE: Final = QColor("#ef6c00")

#: Recorded verdicts coloured as the result pages colour them, so a list can be scanned by eye. A valid
#: signature alone is no verdict (uncoloured); one that could not be checked leaves the data unverified.
VERDICT_COLOURS: Final = {
    "match": PASS, "photos_disagree": CAUTION, "not_confirmed": CAUTION, "signature_unchecked": CAUTION,
    "no_match": FAIL, "liveness_failed": FAIL, "attack_suspected": FAIL, "signature_invalid": FAIL, "error": FAIL}


def set_text_colour(widget: QWidget, colour: QColor | None, *, bold: bool | None = None) -> None:
    """Draw ``widget``'s text in ``colour`` (None: the colour it inherits again); ``bold`` sets the weight too.

    Disabled, the text keeps the theme's disabled colour: a greyed-out verdict must not read as a live one.
    """
    if colour is None:
        widget.setPalette(QPalette())  # a palette that resolves no role: the widget inherits its parent's again
    else:
        palette = widget.palette()
        # A toolbar's label draws in ButtonText, a plain one in WindowText: set the role it draws with too.
        for role in {QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, widget.foregroundRole()}:
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, role, colour)
        widget.setPalette(palette)
    if bold is not None:
        font = widget.font()
        font.setBold(bold)
        widget.setFont(font)


def set_muted(widget: QWidget) -> None:
    """Draw ``widget``'s text as secondary (hints, technical detail) in the theme's placeholder colour (the
    theme's at the time of the call)."""
    set_text_colour(widget, widget.palette().color(QPalette.ColorRole.PlaceholderText))


def text_colour(widget: QWidget) -> QColor:
    """The colour ``widget``'s text is drawn in now."""
    return widget.palette().color(widget.foregroundRole())


def outline_style(widget: QWidget, colour: QColor) -> str:
    """A style sheet for ``widget`` that outlines it, and not its children, in ``colour`` (a field or photo slot
    with a problem): selected by its object name, or by its class when it has none."""
    selector = f"#{widget.objectName()}" if widget.objectName() else type(widget).__name__
    return f"{selector} {{ border: 2px solid {colour.name()}; }}"


def notice_style(object_name: str, *, edge: int = 1) -> str:
    """A style sheet that sets the frame or label named ``object_name`` apart as a notice to read before acting."""
    return (f"#{object_name} {{ background: {NOTICE_BACKGROUND.name()}; color: {NOTICE_TEXT.name()}; "
            f"border: {edge}px solid {NOTICE_EDGE.name()}; padding: 8px; }}")
