"""The console's colours for what a reading means (pass, fail, caution, no verdict), and how text takes one.

Every page, list, gauge and report uses these four, so a colour means the same thing everywhere. Text is
coloured through the widget's palette rather than a style sheet: the platform style keeps drawing the
widget, disabled text still greys out, muted text takes the theme's placeholder colour (where it reads), and
no style-sheet style is set up for it.

The four are chosen for a light palette's gauges and edges, which need 3:1. As text they read below WCAG's 4.5:1 on
a light window (amber at 3.7:1, green at 4.46:1 on Fusion's #efefef, less on its group boxes), so text takes a
darker form there; on a dark palette (KDE Breeze Dark, Windows or GNOME in dark mode) they read at 2–3:1, so the
window draws each in its lighter form there (``readable``). Text coloured here takes the form for the palette of
the moment again whenever the palette changes (the desktop switching to dark at sunset), and outlines and painted
widgets choose it as they paint. A notice's box (``set_notice``) is light on a light window and dark amber on a dark
one, and follows a switch too.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

#: Meets the policy level; a check that is clear; a valid signature; a service that answers.
PASS: Final = QColor("#2e7d32")
#: Below every threshold; an attack suspected; an invalid signature; an error.
FAIL: Final = QColor("#c62828")
#: Between thresholds; photos that disagree; a pass on an ID number used in attacks; a token about to expire; a
#: service still starting.
CAUTION: Final = QColor("#b26a00")
#: No verdict to colour.
NEUTRAL: Final = QColor("#5f6368")
#: A notice to read before acting (a result given once, identity exceptions): text, background, edge, on a light
#: window (8.6:1). On a dark one (``notice_colours``) a light box glared and was out of keeping with the window.
NOTICE_TEXT: Final = QColor("#7a2e00")
NOTICE_BACKGROUND: Final = QColor("#fff3e0")
NOTICE_EDGE: Final = QColor("#ef6c00")
#: A notice's text on a dark window (Material Orange 100), on a background of the window's own grey taken
#: ``NOTICE_TINT`` of the way towards the edge's amber: 7.5:1 on Breeze Dark's (#57412f), 9.7:1 on Windows' (#492f1a).
NOTICE_TEXT_ON_DARK: Final = QColor("#ffe0b2")
NOTICE_TINT: Final = 0.2

#: Recorded verdicts coloured as the result pages colour them, so a list can be scanned by eye. A valid
#: signature alone is no verdict (uncoloured); one that could not be checked leaves the data unverified. History
#: greys an error that says nothing about the applicant (``history_model.verdict_colour``).
VERDICT_COLOURS: Final = {
    "match": PASS, "photos_disagree": CAUTION, "id_attacked": CAUTION, "card_unchecked": CAUTION,
    "not_confirmed": CAUTION, "signature_unchecked": CAUTION,
    "no_match": FAIL, "liveness_failed": FAIL, "attack_suspected": FAIL, "will_failed": FAIL, "comparison_failed": FAIL,
    "signature_invalid": FAIL, "error": FAIL}

#: The contrast WCAG 2 (AA) asks of text against its background; a graphic (a gauge, an edge) needs 3:1.
TEXT_CONTRAST: Final = 4.5
GRAPHIC_CONTRAST: Final = 3.0

#: Each colour's form on a dark background: Material's lighter tones, picked to read at 4.5:1 or more on Breeze
#: Dark's window (#31363b, the lightest of the common dark palettes) and better on darker ones (Windows' #202020,
#: GNOME's #242424) and on their lists' base.
ON_DARK: Final = {
    PASS.rgba(): QColor("#81c784"),  # Material Green 300: 6.1:1 on #31363b, 8.1:1 on #202020
    FAIL.rgba(): QColor("#ef9a9a"),  # Material Red 200: 5.7:1 on #31363b (Red 300, #e57373, only 4.1:1)
    CAUTION.rgba(): QColor("#ffb74d"),  # Material Orange 300: 7.1:1 on #31363b
    NEUTRAL.rgba(): QColor("#9aa0a6"),  # Google Grey 500, dark themes' grey beside Grey 700 (#5f6368): 4.6:1
}

#: Each colour's form for text on a light background: darker tones, picked to read at 4.5:1 or more on Fusion's
#: nested group boxes (#e8e8e8, the darkest shade of the common light palettes) and better on its window and lists.
#: Red (4.6:1 there) and grey (4.9:1) read as they are.
ON_LIGHT: Final = {
    PASS.rgba(): QColor("#1b5e20"),  # Material Green 900: 6.4:1 on #e8e8e8, 6.8:1 on #efefef (#2e7d32: 4.2, 4.46:1)
    CAUTION.rgba(): QColor("#8a5200"),  # 5.2:1 on #e8e8e8, 5.6:1 on #efefef (#b26a00: 3.5, 3.7:1)
}

#: The dynamic property a coloured widget keeps its text colour's meaning in (a QColor, or ``MUTED``), drawn again
#: in its form for a palette that changed, and the one for its outline's, painted in the form for the palette of now.
TEXT_MEANING: Final = "faceidTextColour"
OUTLINE_MEANING: Final = "faceidOutlineColour"
MUTED: Final = "muted"
#: The dynamic property a notice keeps its edge's width in (``set_notice``), to be drawn again for a changed palette.
NOTICE_MEANING: Final = "faceidNoticeEdge"
#: An outline's width, in device-independent pixels.
OUTLINE_WIDTH: Final = 2


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of ``colour`` (0 black … 1 white)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, 1:1 to 21:1 (returned as 1.0 … 21.0)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(background: QColor) -> bool:
    """Whether white text reads better than black on ``background``: a dark palette's window or list."""
    return relative_luminance(background) < 0.179  # where white and black contrast with it equally


def readable(colour: QColor, background: QColor, *, graphic: bool = False) -> QColor:
    """``colour`` in the form that reads on ``background``: as text (4.5:1), its darker form on a light background and
    its lighter form on a dark one; as a ``graphic`` (a gauge's fill, an edge, an outline: 3:1), itself on a light
    background (exactly the colour the reports print). Either is taken further towards black or white, a step at a
    time, on a grey too close to it."""
    needed = GRAPHIC_CONTRAST if graphic else TEXT_CONTRAST
    if is_dark(background):
        drawn, towards = QColor(ON_DARK.get(colour.rgba(), colour)), QColor(Qt.GlobalColor.white)
    else:
        drawn = QColor(colour if graphic else ON_LIGHT.get(colour.rgba(), colour))
        towards = QColor(Qt.GlobalColor.black)
    for _ in range(40):  # a tenth of the way each step: as near black or white as makes no difference by then
        if contrast_ratio(drawn, background) >= needed:
            break
        drawn = _mixed(drawn, towards, 0.1)
    return drawn


def _mixed(colour: QColor, towards: QColor, amount: float) -> QColor:
    """``colour`` taken ``amount`` (0 … 1) of the way towards ``towards``, channel by channel."""
    return QColor.fromRgbF(*(ours + (theirs - ours) * amount for ours, theirs in
                             zip((colour.redF(), colour.greenF(), colour.blueF()),
                                 (towards.redF(), towards.greenF(), towards.blueF()), strict=True)))


def secondary_text_colour(palette: QPalette) -> QColor:
    """Secondary text in ``palette`` (a field's name beside its title): the theme's placeholder colour, taken a tenth
    of the way at a time towards its text colour until it reads at 4.5:1 on the window and on lists' base. Fusion's
    light placeholder (black at half opacity) reads at 4.0:1 on its window, and ``gray`` at 3.1:1 on Breeze Dark's."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    backgrounds = (window, palette.color(QPalette.ColorRole.Base))
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    opacity = placeholder.alphaF()  # as it is drawn: over the window
    start = [opacity * ours + (1.0 - opacity) * under for ours, under in
             zip((placeholder.redF(), placeholder.greenF(), placeholder.blueF()),
                 (window.redF(), window.greenF(), window.blueF()), strict=True)]
    for step in range(10):
        drawn = QColor.fromRgbF(*(channel + (towards - channel) * step / 10 for channel, towards in
                                  zip(start, (text.redF(), text.greenF(), text.blueF()), strict=True)))
        if all(contrast_ratio(drawn, background) >= TEXT_CONTRAST for background in backgrounds):
            return drawn
    return QColor(text)


def readable_in_lists(colour: QColor) -> QColor:
    """``colour`` for an item view's text, on the application palette's list background (a model has no widget)."""
    return readable(colour, QGuiApplication.palette().color(QPalette.ColorRole.Base))


def set_text_colour(widget: QWidget, colour: QColor | None, *, bold: bool | None = None) -> None:
    """Draw ``widget``'s text in ``colour`` (None: the colour it inherits again); ``bold`` sets the weight too.

    The colour is drawn in its form for the widget's background (``readable``), and again in the new one's when the
    palette changes. Disabled, the text keeps the theme's disabled colour: a greyed-out verdict must not read as a
    live one.
    """
    widget.setProperty(TEXT_MEANING, colour)  # None removes it: nothing to draw again
    if colour is None:
        widget.setPalette(QPalette())  # a palette that resolves no role: the widget inherits its parent's again
    else:
        _draw_text(widget)
        _follow_palette(widget)
    if bold is not None:
        font = widget.font()
        font.setBold(bold)
        widget.setFont(font)


def set_muted(widget: QWidget) -> None:
    """Draw ``widget``'s text as secondary (hints, technical detail) in the theme's placeholder colour (the
    theme's of the moment, again when it changes), taken towards its text colour where it reads below 4.5:1 (Fusion's
    light placeholder, black at half opacity, reads at 4.0:1 on its window)."""
    widget.setProperty(TEXT_MEANING, MUTED)
    _draw_text(widget)
    _follow_palette(widget)


def text_colour(widget: QWidget) -> QColor:
    """The colour ``widget``'s text is drawn in now."""
    return widget.palette().color(widget.foregroundRole())


def text_meaning(widget: QWidget) -> QColor | None:
    """The colour ``widget``'s text was given, what it means (drawn in its form for the background, ``readable``);
    None: uncoloured or muted."""
    meaning = widget.property(TEXT_MEANING)
    return meaning if isinstance(meaning, QColor) else None


def _draw_text(widget: QWidget) -> None:
    """Set the palette roles ``widget``'s text is drawn with to its remembered colour's form for its background."""
    meaning = widget.property(TEXT_MEANING)
    palette = widget.palette()
    if meaning == MUTED:  # the theme's own muted colour, made darker (or lighter) where it reads below 4.5:1
        drawn = secondary_text_colour(_unmuted(widget, palette))
    elif isinstance(meaning, QColor):
        drawn = readable(meaning, palette.color(widget.backgroundRole()))
    else:
        return
    # A toolbar's label draws in ButtonText, a plain one in WindowText: set the role it draws with too.
    roles = [(group, role) for role in {QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, widget.foregroundRole()}
             for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)]
    if all(palette.color(group, role) == drawn and palette.isBrushSet(group, role) for group, role in roles):
        return  # drawn so already: no palette set, so no palette change comes back to the follower
    for group, role in roles:
        palette.setColor(group, role, drawn)
    widget.setPalette(palette)


def _unmuted(widget: QWidget, palette: QPalette) -> QPalette:
    """``palette`` with the text colour ``widget`` would have were it not muted (its parent's, or the application's):
    muting sets the widget's own, which must not be the colour the muted one is reckoned from next time."""
    parent = widget.parentWidget()
    source = parent.palette() if parent is not None else QGuiApplication.palette()
    unmuted = QPalette(palette)
    unmuted.setColor(QPalette.ColorRole.WindowText, source.color(QPalette.ColorRole.WindowText))
    return unmuted


def set_outline(widget: QWidget, colour: QColor | None) -> None:
    """Outline ``widget`` in ``colour`` (a field or photo slot with a problem), painted over its edge in the colour's
    form for its palette of the moment; None takes the outline off. Painted rather than set in a style sheet: a widget
    with one, and all inside it, stops following the application's palette (Qt's rule for style sheets)."""
    widget.setProperty(OUTLINE_MEANING, colour)
    if colour is not None:
        _follow_palette(widget)
    widget.update()


def outline_colour(widget: QWidget) -> QColor | None:
    """The colour ``widget`` is outlined in (what it means; drawn in its form for the palette); None: no outline."""
    meaning = widget.property(OUTLINE_MEANING)
    return meaning if isinstance(meaning, QColor) else None


def _paint_outline(widget: QWidget, colour: QColor) -> None:
    painter = QPainter(widget)
    pen = QPen(readable(colour, widget.palette().color(QPalette.ColorRole.Window), graphic=True), OUTLINE_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    inset = OUTLINE_WIDTH / 2  # the pen's middle: its outer edge on the widget's
    painter.drawRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset))
    painter.end()


def notice_colours(window: QColor) -> tuple[QColor, QColor, QColor]:
    """A notice's text, background and edge in a window of colour ``window``. On a light window the light box; on a
    dark one a dark amber box of the window's own grey with light text, the background taken further towards black, a
    step at a time, where the text would read below 4.5:1 (a lighter dark grey), and the edge lighter where it would
    stand out from the window below 3:1."""
    if not is_dark(window):
        return QColor(NOTICE_TEXT), QColor(NOTICE_BACKGROUND), QColor(NOTICE_EDGE)
    background = _mixed(window, NOTICE_EDGE, NOTICE_TINT)
    for _ in range(40):
        if contrast_ratio(NOTICE_TEXT_ON_DARK, background) >= TEXT_CONTRAST:
            break
        background = _mixed(background, QColor(Qt.GlobalColor.black), 0.1)
    edge = readable(NOTICE_EDGE, window, graphic=True)
    return QColor(NOTICE_TEXT_ON_DARK), QColor(background.rgb()), QColor(edge.rgb())  # as a style sheet draws them


def notice_style(object_name: str, *, edge: int = 1, window: QColor | None = None) -> str:
    """A style sheet that sets the frame or label named ``object_name`` apart as a notice to read before acting, in
    its colours for a window of colour ``window`` (by default the application palette's)."""
    if window is None:
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    text, background, edge_colour = notice_colours(window)
    return (f"#{object_name} {{ background: {background.name()}; color: {text.name()}; "
            f"border: {edge}px solid {edge_colour.name()}; padding: 8px; }}")


def set_notice(widget: QWidget, edge: int | None = 1) -> None:
    """Set ``widget`` (named: its style sheet is for it alone) apart as a notice to read before acting, in a box with
    an edge ``edge`` px wide, in the colours for its parent's window (``notice_colours``), again whenever that palette
    changes; None makes it plain again."""
    widget.setProperty(NOTICE_MEANING, edge)  # None removes it: nothing to draw again
    if edge is None:
        widget.setStyleSheet("")
        return
    _draw_notice(widget)
    _follow_palette(widget)  # moved to another parent, it takes that one's window
    if (parent := widget.parentWidget()) is not None:
        # A widget with a style sheet is told of no palette change (the sheet sets its whole palette): its parent is.
        _follow_palette(parent)


def _draw_notice(widget: QWidget) -> None:
    """Set the style sheet of the notice ``widget`` for its parent's window of now (the notice's own window role is
    its background)."""
    edge = widget.property(NOTICE_MEANING)
    if not isinstance(edge, int):
        return
    parent = widget.parentWidget()
    palette = parent.palette() if parent is not None else QGuiApplication.palette()
    sheet = notice_style(widget.objectName(), edge=edge, window=palette.color(QPalette.ColorRole.Window))
    if widget.styleSheet() != sheet:  # set again, the sheet polishes the widget and changes its palette once more
        widget.setStyleSheet(sheet)


class _PaletteFollower(QObject):
    """Draws the text colours set here again, in their form for a widget's changed palette (the application's, when
    the desktop turns dark, or a parent's), and its notices' boxes, and paints outlines over their widgets. One for
    every coloured widget."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.PaletteChange:
            _draw_text(watched)
            for child in watched.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                _draw_notice(child)  # (a notice is told of no palette change)
        elif event.type() == QEvent.Type.ParentChange and watched.property(NOTICE_MEANING) is not None:
            if (parent := watched.parentWidget()) is not None:
                _follow_palette(parent)
            _draw_notice(watched)
        elif event.type() == QEvent.Type.Paint and (outline := outline_colour(watched)) is not None:
            watched.event(event)  # the widget paints itself first, then its outline goes over its edge
            _paint_outline(watched, outline)
            return True
        return False


_follower: list[_PaletteFollower] = []


def _follow_palette(widget: QWidget) -> None:
    if not _follower:
        _follower.append(_PaletteFollower())  # the process's: lives as long as the widgets it watches
    widget.installEventFilter(_follower[0])  # installed again, it is still called once
