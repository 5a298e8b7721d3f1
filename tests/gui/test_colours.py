"""The console's colours: text takes them through its palette, and gives them back."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from faceid_console.ui import colours
from faceid_console.ui.colours import notice_style, outline_style, set_muted, set_text_colour, text_colour
from faceid_console.ui.widgets.edge_frame import EDGE_WIDTH, EdgeFrame


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
    assert label.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.WindowText) == colours.PASS


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
    assert text_colour(label) == colours.PASS
    set_text_colour(label, None)
    assert text_colour(label) == QColor("#123456")
    parent_palette.setColor(QPalette.ColorRole.WindowText, QColor("#654321"))
    parent.setPalette(parent_palette)
    assert text_colour(label) == QColor("#654321"), "the label follows its parent again"


def test_muted_text_uses_the_themes_placeholder_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("request_id: …")
    qtbot.addWidget(label)
    normal = text_colour(label)
    placeholder = label.palette().color(QPalette.ColorRole.PlaceholderText)
    set_muted(label)
    assert text_colour(label) == placeholder != normal


def test_outlines_and_notices_name_their_widget_and_colour() -> None:
    slot = QWidget()
    slot.setObjectName("image")
    assert outline_style(slot, colours.FAIL) == "#image { border: 2px solid #c62828; }"
    assert outline_style(QLineEdit(), colours.FAIL) == "QLineEdit { border: 2px solid #c62828; }"
    assert notice_style("onceNote") == ("#onceNote { background: #fff3e0; color: #7a2e00; "
                                        "border: 1px solid #ef6c00; padding: 8px; }")
