"""The console's colours: text takes them through its palette, and gives them back."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from faceid_console.api import GenuinenessGauge, ScoreWithThresholds, VerifyResult
from faceid_console.ui import colours
from faceid_console.ui.colours import (
    notice_style,
    set_muted,
    set_outline,
    set_text_colour,
    text_colour,
)
from faceid_console.ui.widgets.confidence_gauge import ConfidenceGauge, track_top
from faceid_console.ui.widgets.edge_frame import EDGE_WIDTH, EdgeFrame
from faceid_console.ui.widgets.genuineness_gauges import GenuinenessBar
from faceid_console.ui.widgets.photo_slot import PhotoSlot
from faceid_console.ui.widgets.readable_item_colours import ReadableItemColours
from faceid_console.ui.widgets.result_view import ResultView
from tests.conftest import BREEZE_DARK


def test_a_label_takes_a_colour_and_weight_through_its_palette_and_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Liveness failed")
    qtbot.addWidget(label)
    set_text_colour(label, colours.FAIL, bold=True)
    assert text_colour(label) == QColor("#c62828")
    assert label.palette().color(QPalette.ColorRole.Text) == colours.FAIL
    assert label.font().bold()


def test_a_coloured_label_still_greys_out_when_disabled(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("Face replaced: no", parent)
    disabled_before = label.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    set_text_colour(label, colours.PASS)
    label.setEnabled(False)
    assert label.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText) == disabled_before
    assert label.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.WindowText) == colours.readable(
        colours.PASS, label.palette().color(QPalette.ColorRole.Window))


def test_an_edge_frame_paints_its_bar_in_its_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    frame = EdgeFrame()
    qtbot.addWidget(frame)
    frame.resize(200, 60)
    QLabel("Same person", frame).move(EDGE_WIDTH + 4, 10)
    frame.set_edge(colours.FAIL)
    image = frame.grab().toImage()
    ratio = image.devicePixelRatio()
    assert image.pixelColor(int(2 * ratio), int(30 * ratio)) == colours.FAIL
    assert image.pixelColor(int((EDGE_WIDTH + 2) * ratio), int(30 * ratio)) != colours.FAIL
    frame.set_edge(None)  # no verdict: no bar, its room left empty
    image = frame.grab().toImage()
    assert frame.edge() is None
    assert image.pixelColor(int(2 * ratio), int(30 * ratio)).name() == frame.palette().window().color().name()


def test_none_gives_a_label_back_the_colour_of_its_parent(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent_palette = parent.palette()
    parent_palette.setColor(QPalette.ColorRole.WindowText, QColor("#123456"))
    parent.setPalette(parent_palette)
    label = QLabel("Ready", parent)
    set_text_colour(label, colours.PASS)
    assert colours.text_meaning(label) == colours.PASS and text_colour(label) != QColor("#123456")
    set_text_colour(label, None)
    assert colours.text_meaning(label) is None
    assert text_colour(label) == QColor("#123456")
    parent_palette.setColor(QPalette.ColorRole.WindowText, QColor("#654321"))
    parent.setPalette(parent_palette)
    assert text_colour(label) == QColor("#654321"), "the label follows its parent again"


def test_muted_text_uses_the_themes_placeholder_colour_where_it_reads(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("request_id: …")
    qtbot.addWidget(label)
    normal = text_colour(label)
    placeholder = label.palette().color(QPalette.ColorRole.PlaceholderText)
    set_muted(label)
    assert text_colour(label) == colours.secondary_text_colour(QApplication.palette()) != normal
    if placeholder.alpha() == 255 and colours.contrast_ratio(placeholder, label.palette().color(
            QPalette.ColorRole.Window)) >= colours.TEXT_CONTRAST:
        assert text_colour(label) == placeholder  # the theme's own, where it reads


@pytest.mark.parametrize("name", ["fusion-light", "breeze-light", "windows-dark"])
def test_muted_text_reads_at_4_5_to_1_and_stays_secondary_through_palette_changes(  # type: ignore[no-untyped-def]
        qtbot, name: str) -> None:
    """Fusion's light placeholder (black at half opacity) read at 4.0:1 on its window: hints and request_ids were
    drawn below WCAG's 4.5:1. Drawn again after a palette change, the colour is reckoned from the parent's text colour,
    not from the muted one the label was given."""
    parent = QWidget()
    qtbot.addWidget(parent)
    palette = QPalette(parent.palette())
    for role, colour in PALETTES[name].items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    parent.setPalette(palette)
    label = QLabel("request_id: 1796162807", parent)
    set_muted(label)
    window = label.palette().color(QPalette.ColorRole.Window)
    first = text_colour(label)
    assert colours.contrast_ratio(first, window) >= colours.TEXT_CONTRAST
    assert colours.contrast_ratio(first, window) < colours.contrast_ratio(QColor(PALETTES[name]["WindowText"]), window)
    parent.setPalette(QPalette(palette))  # the same colours again: a palette change all the same
    assert text_colour(label) == first


def test_an_outline_is_painted_over_its_widget_s_edge_without_a_style_sheet(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A widget with a style sheet, and everything in it, no longer follows the application's palette."""
    field = QLineEdit("1101051949123100")
    qtbot.addWidget(field)
    field.resize(200, 30)
    set_outline(field, colours.FAIL)
    image = field.grab().toImage()
    ratio = image.devicePixelRatio()
    assert colours.outline_colour(field) == colours.FAIL and field.styleSheet() == ""
    for x, y in ((0, 15), (1, 15), (100, 0), (199, 15), (100, 29)):
        assert image.pixelColor(int(x * ratio), int(y * ratio)) == colours.FAIL
    assert image.pixelColor(int(100 * ratio), int(15 * ratio)) != colours.FAIL
    set_outline(field, None)
    assert colours.outline_colour(field) is None and field.grab().toImage().pixelColor(0, 15) != colours.FAIL


def test_notices_name_their_widget_and_colour() -> None:
    assert notice_style("onceNote") == ("#onceNote { background: #fff3e0; color: #7a2e00; "
                                        "border: 1px solid #ef6c00; padding: 8px; }")
    assert notice_style("idExceptions", edge=2, window=QColor(BREEZE_DARK["Window"])) == (
        "#idExceptions { background: #57412f; color: #ffe0b2; border: 2px solid #ef6c00; padding: 8px; }")


@pytest.mark.parametrize("window", ["#efefef", "#ffffff", "#eff0f1", "#e8e8e8", "#a0a0a0",  # light
                                    "#000000", "#1e1e1e", "#202020", "#242424", "#31363b", "#454545", "#595959",
                                    "#707070"])  # dark, to the lightest grey still dark
def test_a_notice_reads_on_light_and_dark_windows_and_keeps_with_their_lightness(window: str) -> None:
    """The notice drew its cream box on any palette: on a dark desktop a glaring light slab in a dark window. On a dark
    window it is a dark amber box with light text; on a light one the cream box as before."""
    text, background, edge = colours.notice_colours(QColor(window))
    dark = colours.is_dark(QColor(window))
    assert colours.is_dark(background) is dark
    assert colours.contrast_ratio(text, background) >= colours.TEXT_CONTRAST
    if dark:
        assert colours.contrast_ratio(edge, QColor(window)) >= colours.GRAPHIC_CONTRAST  # the box stands out
        assert background.hue() == pytest.approx(colours.NOTICE_EDGE.hue(), abs=12)  # amber, not grey
        assert text.hue() == pytest.approx(colours.NOTICE_EDGE.hue(), abs=12)
    else:
        assert (text, background, edge) == (colours.NOTICE_TEXT, colours.NOTICE_BACKGROUND, colours.NOTICE_EDGE)


MEANINGS = {"pass": colours.PASS, "fail": colours.FAIL, "caution": colours.CAUTION, "neutral": colours.NEUTRAL}


def test_the_contrast_ratio_is_wcag_s() -> None:
    assert colours.contrast_ratio(QColor("#ffffff"), QColor("#000000")) == pytest.approx(21.0)
    assert colours.contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert colours.contrast_ratio(colours.FAIL, QColor("#ffffff")) == colours.contrast_ratio(QColor("#ffffff"),
                                                                                           colours.FAIL)


@pytest.mark.parametrize("meaning", MEANINGS)
def test_on_a_dark_palette_coloured_text_reads_at_aa_contrast(qtbot, dark_desktop, meaning: str) -> None:  # type: ignore[no-untyped-def]
    """Dark red, green and grey text on Breeze Dark's grey read at 2–3:1; WCAG AA asks 4.5:1 of text."""
    dark_desktop(True)
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("Ready: built-in engine answers", parent)
    set_text_colour(label, MEANINGS[meaning], bold=True)
    palette = label.palette()
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert colours.contrast_ratio(text_colour(label), palette.color(background)) >= colours.TEXT_CONTRAST


@pytest.mark.parametrize("window", ["#202020", "#242424", "#2d2d2d", "#202326", "#31363b", "#454545", "#595959"])
def test_each_colour_has_a_readable_form_on_any_dark_window(window: str) -> None:
    """Windows', GNOME's and KDE's dark windows, and lighter dark greys a theme may have."""
    for meaning in MEANINGS.values():
        drawn = colours.readable(meaning, QColor(window))
        assert colours.contrast_ratio(drawn, QColor(window)) >= colours.TEXT_CONTRAST
        assert drawn.hue() == pytest.approx(colours.ON_DARK[meaning.rgba()].hue(), abs=6)  # still says the same


@pytest.mark.parametrize("name", ["fusion-light", "breeze-light", "breeze-dark", "windows-dark"])
@pytest.mark.parametrize("meaning", MEANINGS)
def test_coloured_text_reads_at_aa_contrast_on_the_window_and_lists_of_light_and_dark_palettes(  # type: ignore[no-untyped-def]
        qtbot, name: str, meaning: str) -> None:
    """Amber text read at 3.7:1 on Fusion's light window and green at 4.46:1: ``readable`` only corrected dark
    backgrounds, and the warnings a reviewer reads before approving were the faintest text on the screen."""
    parent = QWidget()
    qtbot.addWidget(parent)
    palette = QPalette(parent.palette())
    for role, colour in PALETTES[name].items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    parent.setPalette(palette)
    label = QLabel("⚠ Not every photo agrees", parent)
    set_text_colour(label, MEANINGS[meaning], bold=True)
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        ratio = colours.contrast_ratio(text_colour(label), label.palette().color(background))
        assert ratio >= colours.TEXT_CONTRAST, (background, round(ratio, 2))
    assert colours.text_meaning(label) == MEANINGS[meaning]  # what it means is the same


@pytest.mark.parametrize("window", ["#efefef", "#ffffff", "#eff0f1", "#fafafa", "#f0f0f0", "#ececec", "#e8e8e8",
                                    "#d6d6d6", "#a0a0a0"])
def test_on_a_light_background_text_takes_a_darker_form_and_graphics_stay_the_reports(  # type: ignore[no-untyped-def]
        qtbot, window: str) -> None:
    """Text needs 4.5:1 (Fusion's group boxes, #ececec and #e8e8e8 inside the window, included); a gauge's fill, an edge
    or an outline needs 3:1 and keeps the colour the reports print wherever it has it."""
    for meaning in MEANINGS.values():
        text = colours.readable(meaning, QColor(window))
        assert colours.contrast_ratio(text, QColor(window)) >= colours.TEXT_CONTRAST
        assert text.hue() == pytest.approx(meaning.hue(), abs=6) and text.value() <= meaning.value()  # still says it
        graphic = colours.readable(meaning, QColor(window), graphic=True)
        assert colours.contrast_ratio(graphic, QColor(window)) >= colours.GRAPHIC_CONTRAST
        if colours.contrast_ratio(meaning, QColor(window)) >= colours.GRAPHIC_CONTRAST:
            assert graphic == meaning
    label = QLabel("Same person")
    qtbot.addWidget(label)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    label.setPalette(palette)
    set_outline(label, colours.FAIL)
    outline = colours.readable(colours.FAIL, QColor(window), graphic=True)
    assert label.grab().toImage().pixelColor(0, 0).name() == outline.name()


def _pixels(widget: QWidget, above: float | None = None) -> set[str]:
    """The colours ``widget`` is drawn with (above the height ``above`` only, when given)."""
    image = widget.grab().toImage()
    rows = image.height() if above is None else int(above * image.devicePixelRatio())
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(rows)}


def test_coloured_text_outlines_and_painted_marks_follow_the_desktop_turning_dark_and_back(  # type: ignore[no-untyped-def]
        qtbot, dark_desktop) -> None:
    """A reading coloured for a light palette took its dark form only when shown again: the desktop turning dark at
    sunset left the top bar's state, headlines and gauges in dark red and green on dark grey."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    state = QLabel("● Ready: built-in engine answers", window)
    set_text_colour(state, colours.PASS)
    hint = QLabel("request_id 1796162807", window)
    set_muted(hint)
    field = QLineEdit(window)
    set_outline(field, colours.FAIL)
    banner = EdgeFrame(window)
    banner.setMinimumHeight(30)
    banner.set_edge(colours.FAIL)
    gauge = ConfidenceGauge(window)
    gauge.set_score(ScoreWithThresholds(96.3, {"1e-3": 62.2, "1e-4": 72.6, "1e-5": 80.1, "1e-6": 85.4}), "1e-4")
    bar = GenuinenessBar(window)
    bar.set_gauge(GenuinenessGauge("mask", 0.9, 0.5))
    for widget in (state, hint, field, banner, gauge, bar):
        layout.addWidget(widget)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    light_placeholder = text_colour(hint)
    light_pass = colours.readable(colours.PASS, state.palette().color(QPalette.ColorRole.Window))
    assert text_colour(state) == light_pass and field.grab().toImage().pixelColor(0, 10) == colours.FAIL
    marker = track_top(gauge.font())  # the marker and its value, above the track's zones
    assert colours.PASS.name() in _pixels(gauge, marker) and colours.FAIL.name() in _pixels(bar)
    assert light_pass.name() in _pixels(gauge, marker)  # the value above the marker is text: 4.5:1
    assert banner.grab().toImage().pixelColor(2, 15) == colours.FAIL

    dark_desktop(True)
    on_dark = {name: colours.ON_DARK[meaning.rgba()].name() for name, meaning in MEANINGS.items()}
    assert text_colour(state).name() == on_dark["pass"]
    assert colours.contrast_ratio(text_colour(state), state.palette().color(QPalette.ColorRole.Window)) >= 4.5
    assert text_colour(hint) == QColor("#a1a9b1") != light_placeholder  # the dark theme's own muted colour
    assert field.grab().toImage().pixelColor(0, 10).name() == on_dark["fail"]
    assert banner.grab().toImage().pixelColor(2, 15).name() == on_dark["fail"]
    assert on_dark["pass"] in _pixels(gauge, marker) and colours.PASS.name() not in _pixels(gauge, marker)
    assert on_dark["fail"] in _pixels(bar) and colours.FAIL.name() not in _pixels(bar)
    assert gauge.marker_colour() == colours.PASS and banner.edge() == colours.FAIL  # what they mean is the same

    dark_desktop(False)
    assert text_colour(state) == light_pass and text_colour(hint) == light_placeholder
    assert field.grab().toImage().pixelColor(0, 10) == colours.FAIL
    assert banner.grab().toImage().pixelColor(2, 15) == colours.FAIL
    assert colours.PASS.name() in _pixels(gauge, marker) and on_dark["pass"] not in _pixels(gauge, marker)


def test_text_set_back_to_its_inherited_colour_is_not_coloured_again_by_a_palette_change(  # type: ignore[no-untyped-def]
        qtbot, dark_desktop) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("No result yet", parent)
    set_text_colour(label, colours.FAIL)
    set_text_colour(label, None)
    parent.show()
    dark_desktop(True)
    assert text_colour(label) == QColor(BREEZE_DARK["WindowText"])


def test_a_list_draws_its_items_colours_in_their_dark_form(qtbot, dark_desktop) -> None:  # type: ignore[no-untyped-def]
    """The received callbacks keep their verdict's colour (what it means) and draw it readable on the palette of now."""
    listed = QListWidget()
    qtbot.addWidget(listed)
    delegate = ReadableItemColours(listed)
    listed.setItemDelegate(delegate)
    for colour in (colours.FAIL, None):
        item = QListWidgetItem("12:00:01 UTC · loopback · SIGNATURE INVALID", listed)
        item.setData(Qt.ItemDataRole.ForegroundRole, None if colour is None else QBrush(colour))
    listed.show()

    def drawn(row: int) -> QColor:
        option = QStyleOptionViewItem()
        option.initFrom(listed)
        delegate.initStyleOption(option, listed.model().index(row, 0))
        return option.palette.color(QPalette.ColorRole.Text)

    assert drawn(0) == colours.FAIL
    dark_desktop(True)
    assert drawn(0).name() == colours.ON_DARK[colours.FAIL.rgba()].name()
    assert drawn(1) == QColor(BREEZE_DARK["Text"])  # uncoloured: the theme's text


def test_a_disabled_button_on_the_dark_desktop_is_drawn_dark(qtbot, dark_desktop) -> None:  # type: ignore[no-untyped-def]
    """Only the palette's Active and Inactive colours were dark: a disabled "Record decision" was drawn as a near-white
    bar in the dark screenshots, which no dark desktop shows."""
    button = QPushButton("Record decision")
    qtbot.addWidget(button)
    button.resize(240, 32)
    button.setEnabled(False)
    button.show()
    dark_desktop(True)
    middle = button.grab().toImage().pixelColor(8, 16)  # the button's face, left of its text
    assert middle.lightness() < 96, middle.name()
    assert button.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText) \
        != button.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)  # greyed, as disabled


#: Palettes secondary text must read on: Fusion's light one (its placeholder is black at half opacity), KDE Breeze's
#: light and dark ones, and Windows' dark one.
PALETTES = {
    "fusion-light": {"Window": "#efefef", "WindowText": "#000000", "Base": "#ffffff", "PlaceholderText": "#80000000"},
    "breeze-light": {"Window": "#eff0f1", "WindowText": "#232629", "Base": "#ffffff", "PlaceholderText": "#80232629"},
    "breeze-dark": {role: BREEZE_DARK[role] for role in ("Window", "WindowText", "Base", "PlaceholderText")},
    "windows-dark": {"Window": "#202020", "WindowText": "#ffffff", "Base": "#1c1c1c", "PlaceholderText": "#80ffffff"},
}


@pytest.mark.parametrize("name", PALETTES)
def test_secondary_text_reads_on_the_window_and_lists_of_light_and_dark_palettes(name: str) -> None:
    palette = QPalette()
    for role, colour in PALETTES[name].items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    drawn = colours.secondary_text_colour(palette)
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert colours.contrast_ratio(drawn, palette.color(background)) >= colours.TEXT_CONTRAST
    # Still secondary: nearer the window than the text is.
    window = palette.color(QPalette.ColorRole.Window)
    assert colours.contrast_ratio(drawn, window) < colours.contrast_ratio(palette.color(QPalette.ColorRole.WindowText),
                                                                          window)
    if name == "breeze-dark":
        assert drawn.name() == BREEZE_DARK["PlaceholderText"]  # the theme's own where it reads


def _field_name_colour(label: QLabel) -> QColor:
    """The colour a label's rich text gives the field's name in (its one coloured span)."""
    found = re.search(r"<span style='color:([^;']+)'>", label.text())
    assert found is not None, label.text()
    return QColor(found.group(1))


def test_field_names_beside_their_titles_read_on_light_and_dark_and_follow_a_switch(  # type: ignore[no-untyped-def]
        qtbot, qasync_loop, dark_desktop, tmp_path) -> None:
    """``image`` beside its photo slot's title and ``result_ref1`` under a score's photo were rich text in a fixed
    grey: 3.4:1 on the light window, 3.1:1 on Breeze Dark's, and the same grey after the desktop turned dark."""
    executor = ThreadPoolExecutor(max_workers=1)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    slot = PhotoSlot("image", "Photo to check", executor, QSettings(str(tmp_path / "s.ini"),
                                                                    QSettings.Format.IniFormat), window)
    view = ResultView("en", window)
    raw = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "verify_success.json").read_text("utf-8"))
    view.show_result(VerifyResult.parse(raw), "1e-4")
    layout.addWidget(slot)
    layout.addWidget(view)
    window.show()
    score_name = view.score_rows["result_ref1"][0]
    assert slot.heading.text().startswith("<b>Photo to check</b> <span")
    assert score_name.text().startswith("Reference photo 1<br><span")
    for dark in (False, True, False):
        dark_desktop(dark)
        for label in (slot.heading, score_name):
            colour, palette = _field_name_colour(label), label.palette()
            assert colours.is_dark(palette.color(QPalette.ColorRole.Window)) is dark
            for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                assert colours.contrast_ratio(colour, palette.color(background)) >= colours.TEXT_CONTRAST, (dark, label)
    executor.shutdown(wait=True)


@pytest.mark.parametrize("dark", [False, True])
def test_the_genuineness_threshold_tick_reads_on_the_fill_and_on_the_empty_track(  # type: ignore[no-untyped-def]
        qtbot, dark_desktop, dark: bool) -> None:
    """Breeze Dark's near-white tick over the light green or red fill of a dark palette read at 2:1; a graphic needs
    3:1 against what it crosses (the fill, the empty track) and the window its ends reach into."""
    dark_desktop(dark)
    for confidence in (0.9, 0.1):  # the tick at 0.5 crosses the (red) fill, then the empty track past the green one
        bar = GenuinenessBar()
        qtbot.addWidget(bar)
        bar.resize(202, 24)  # the track 200 px wide from x = 1: the tick's 2 px at 0.5 cover whole pixels
        bar.set_gauge(GenuinenessGauge("mask", confidence, 0.5))
        image = bar.grab().toImage()
        ratio = image.devicePixelRatio()
        track = bar.track()
        middle = int(track.center().y() * ratio)

        def at(x: float, y: int, image: QImage = image, ratio: float = ratio) -> QColor:
            return image.pixelColor(int(x * ratio), y)

        base = bar.palette().color(QPalette.ColorRole.Base)
        crossed = at(50 if confidence > 0.5 else 190, middle)
        assert crossed == (colours.readable(colours.FAIL, base, graphic=True) if confidence > 0.5 else base)
        for x in (100, 101):
            assert colours.contrast_ratio(at(x, middle), crossed) >= colours.GRAPHIC_CONTRAST, (confidence, x)
            end = at(x, int(track.top() * ratio) - 1)  # the tick's end, over the window
            assert colours.contrast_ratio(end, bar.palette().color(QPalette.ColorRole.Window)) >= 3.0
        if not dark:  # the light palette's tick is its text colour throughout, as before
            assert at(100, middle) == bar.palette().color(QPalette.ColorRole.Text)


def _with_attacked_id() -> VerifyResult:
    """A KYC answer whose ID number is known from attacks: its identity exceptions are a notice."""
    raw = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "verify_success.json").read_text("utf-8"))
    raw["id_exceptions"]["id_attacked"] = 1
    return VerifyResult.parse(raw)


def _notice_drawn(label: QLabel) -> tuple[QColor, QColor, QColor]:
    """The notice ``label`` as drawn: its text colour, its box's background (inside its padding) and its edge."""
    image = label.grab().toImage()
    ratio = image.devicePixelRatio()
    inside = image.pixelColor(int(5 * ratio), int(5 * ratio))  # within the edge (2 px) and padding (8 px)
    edge = image.pixelColor(0, image.height() // 2)
    return label.palette().color(QPalette.ColorRole.WindowText), inside, edge  # (the sheet's, on one not muted before)


@pytest.mark.parametrize("name", ["fusion-light", "breeze-light", "breeze-dark", "windows-dark"])
def test_a_notice_reads_and_keeps_with_a_light_or_dark_palette(qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    """On a dark palette the identity exceptions notice was a cream box in the dark window."""
    parent = QWidget()
    qtbot.addWidget(parent)
    palette = QPalette(parent.palette())
    for role, colour in PALETTES[name].items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    parent.setPalette(palette)
    layout = QVBoxLayout(parent)
    view = ResultView("en", parent)
    layout.addWidget(view)
    parent.resize(600, 500)
    parent.show()
    view.show_result(_with_attacked_id(), "1e-4")
    label = view.exceptions_label
    window = QColor(PALETTES[name]["Window"])
    text, inside, edge = _notice_drawn(label)
    assert text.name() in _pixels(label)
    assert colours.is_dark(inside) is colours.is_dark(window), (name, inside.name())
    assert colours.contrast_ratio(text, inside) >= colours.TEXT_CONTRAST, (name, text.name(), inside.name())
    if colours.is_dark(window):
        assert colours.contrast_ratio(edge, window) >= colours.GRAPHIC_CONTRAST  # the box stands out
    else:
        assert (text, inside, edge) == (colours.NOTICE_TEXT, colours.NOTICE_BACKGROUND, colours.NOTICE_EDGE)  # as before
    assert (text, inside, edge) == colours.notice_colours(window)


def test_a_notice_on_show_follows_the_desktop_turning_dark_and_back(qtbot, dark_desktop) -> None:  # type: ignore[no-untyped-def]
    """The desktop turning dark at sunset left the notice on show as it was, a cream box in the dark window."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    view = ResultView("en", window)
    layout.addWidget(view)
    window.resize(600, 500)
    window.show()
    view.show_result(_with_attacked_id(), "1e-4")
    label = view.exceptions_label
    for dark in (True, False, True):
        dark_desktop(dark)
        text, inside, edge = _notice_drawn(label)
        assert text.name() in _pixels(label)
        assert colours.is_dark(inside) is dark, (dark, inside.name())
        assert colours.contrast_ratio(text, inside) >= colours.TEXT_CONTRAST
        assert (text, inside, edge) == colours.notice_colours(window.palette().color(QPalette.ColorRole.Window))


def test_the_identity_exceptions_line_follows_a_palette_switch_after_being_a_notice(  # type: ignore[no-untyped-def]
        qtbot, dark_desktop) -> None:
    """A notice (a style sheet on the label) when the ID number is known from attacks, muted text otherwise: once the
    notice is gone the line takes the theme's muted colour of the moment, in either direction of a switch."""
    raw = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "verify_success.json").read_text("utf-8"))
    attacked = json.loads(json.dumps(raw))
    attacked["id_exceptions"]["id_attacked"] = 1
    view = ResultView("en")
    qtbot.addWidget(view)
    view.show()
    label = view.exceptions_label

    def palette_placeholder() -> QColor:
        return colours.secondary_text_colour(QApplication.palette())

    for dark in (False, True, False, True):
        view.show_result(VerifyResult.parse(attacked), "1e-4")
        box = _notice_drawn(label)[1]
        assert colours.is_dark(box) is colours.is_dark(view.palette().color(QPalette.ColorRole.Window))
        box_colour = box.name()
        view.show_result(VerifyResult.parse(raw), "1e-4")
        dark_desktop(dark)
        assert text_colour(label) == palette_placeholder()
        assert box_colour not in _pixels(label)
        if dark:
            assert colours.contrast_ratio(text_colour(label), label.palette().color(QPalette.ColorRole.Window)) >= 4.5
