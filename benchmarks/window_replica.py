"""The console's window as it is at its first paint, written out again as a plain PySide6 script.

``benchmarks/startup.py`` times the script this writes as a reference: what showing the same window costs when
it is written directly in Qt, without the console (its Python modules, settings, connection, translations and
custom widget classes). The script has the same Qt widgets (each custom one as the Qt class it
derives from), in the same layouts, containers, menus, tool bar and status bar, with the same texts, tooltips,
fonts, palettes, style sheets, icons, sizes and visibility, and the same window actions with their shortcuts.
What it leaves out, custom painting and event handling, makes it a lower bound for this content.

    .venv/bin/python benchmarks/window_replica.py OUT.py   # then: .venv/bin/python OUT.py
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import PySide6.QtCore
import PySide6.QtGui
import PySide6.QtWidgets
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMenuBar,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedLayout,
    QStackedWidget,
    QStatusBar,
    QToolBar,
    QWidget,
    QWidgetAction,
)

#: The palette roles a widget's own palette is compared on (those the console sets).
PALETTE_ROLES = ("Window", "WindowText", "Base", "AlternateBase", "Text", "Button", "ButtonText", "Highlight",
                 "HighlightedText", "PlaceholderText", "Link", "ToolTipBase", "ToolTipText", "Mid", "Dark")

HEADER = '''"""Written by benchmarks/window_replica.py: the FaceID Console window at its first paint, plain PySide6."""
import gc
import sys
{imports}
gc.disable()  # as the console has it until its first paint: the collector's passes are not the window's content
app = QApplication(sys.argv)
def font(description):
    made = QFont()
    made.fromString(description)
    return made
'''

#: Shows ``window`` and prints "first paint" once its first paint is done, as the console reports it: the end of the
#: replica, and of startup.py's floor and label windows, so every row is timed to the same point.
SHOW_AND_REPORT_FIRST_PAINT = '''
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:  # reported once the paint is done, as the console reports it
            QTimer.singleShot(0, lambda: (print("first paint", flush=True), app.quit()))
        return False
paint = FirstPaint()
window.installEventFilter(paint)
window.show()
app.exec()
'''


def qt_class(thing: QObject) -> type:
    """The Qt class ``thing`` is, or derives from when it is one of the console's own."""
    return next(kind for kind in type(thing).__mro__ if kind.__module__.startswith("PySide6"))


#: The object name of a scroll area's viewport: Qt makes it, but what it holds is the application's.
VIEWPORT = "qt_scrollarea_viewport"


def is_internal(widget: QWidget) -> bool:
    """A widget Qt makes itself for its parent (viewports, scroll bars, splitter handles, pop-ups)."""
    return widget.objectName().startswith("qt_") or widget.isWindow()


class ReplicaWriter:
    """Writes the statements that build a widget tree again; icons and pixmaps go to files in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lines: list[str] = []
        self.written: dict[int, str] = {}  # id of a widget or layout: its variable
        self.buddies: list[tuple[str, QWidget]] = []  # a label's variable and its buddy, set once all are made
        self._kept: list[QObject] = []  # holds what ``written`` names, so no id is reused meanwhile
        self._images = 0
        self._defaults: dict[type, QWidget] = {}

    def default(self, widget: QWidget) -> QWidget:
        """A new widget of ``widget``'s Qt class, for the properties that class starts with."""
        kind = qt_class(widget)
        if kind not in self._defaults:
            self._defaults[kind] = kind()
        return self._defaults[kind]

    # --- output -------------------------------------------------------------------------------------------------

    def emit(self, line: str) -> None:
        self.lines.append(line)

    def name(self, thing: QObject, prefix: str) -> str:
        variable = f"{prefix}{len(self._kept)}"
        self.written[id(thing)] = variable
        self._kept.append(thing)
        return variable

    def image(self, icon: QIcon, size: int) -> str | None:
        """A PNG file of ``icon`` at ``size`` px, or None for an empty icon."""
        if icon.isNull():
            return None
        self._images += 1
        path = self.folder / f"icon{self._images}.png"
        icon.pixmap(size, size).save(str(path), "PNG")
        return str(path)

    # --- widgets ------------------------------------------------------------------------------------------------

    def widget(self, widget: QWidget, parent: str | None) -> str:
        """Build ``widget`` (with ``parent``), its properties and its contents; returns its variable."""
        kind = qt_class(widget)
        variable = self.name(widget, "w")
        self.emit(f"{variable} = {kind.__name__}({parent or ''})")
        self.properties(widget, variable)
        self.contents(widget, variable)
        if widget.isHidden() and not widget.isWindow():
            self.emit(f"{variable}.setVisible(False)")
        return variable

    def properties(self, widget: QWidget, v: str) -> None:
        """The properties a plain script would set: names, texts, sizes, fonts, palettes, style sheets."""
        e = self.emit
        if widget.objectName():
            e(f"{v}.setObjectName({widget.objectName()!r})")
        if widget.styleSheet():
            e(f"{v}.setStyleSheet({widget.styleSheet()!r})")
        if widget.toolTip():
            e(f"{v}.setToolTip({widget.toolTip()!r})")
        if widget.accessibleName():
            e(f"{v}.setAccessibleName({widget.accessibleName()!r})")
        if not widget.isEnabled():
            e(f"{v}.setEnabled(False)")
        policy, default = widget.sizePolicy(), self.default(widget).sizePolicy()
        policies = (policy.horizontalPolicy(), policy.verticalPolicy())
        if policies != (default.horizontalPolicy(), default.verticalPolicy()) \
                or (policy.horizontalStretch(), policy.verticalStretch()) != (0, 0):
            e(f"{v}.setSizePolicy(QSizePolicy.Policy.{policy.horizontalPolicy().name}, "
              f"QSizePolicy.Policy.{policy.verticalPolicy().name})")
            if policy.horizontalStretch() or policy.verticalStretch():
                e(f"policy = {v}.sizePolicy()")
                e(f"policy.setHorizontalStretch({policy.horizontalStretch()})")
                e(f"policy.setVerticalStretch({policy.verticalStretch()})")
                e(f"{v}.setSizePolicy(policy)")
        least_height = widget.minimumHeight()
        if type(widget) not in (QWidget, QFrame) and qt_class(widget) in (QWidget, QFrame) and widget.layout() is None:
            least_height = max(least_height, widget.height())  # a widget of the console's own that paints itself
        if widget.minimumWidth() or least_height:
            e(f"{v}.setMinimumSize({widget.minimumWidth()}, {least_height})")
        if widget.maximumWidth() < 16777215 or widget.maximumHeight() < 16777215:
            e(f"{v}.setMaximumSize({widget.maximumWidth()}, {widget.maximumHeight()})")
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            e(f"{v}.setFont(font({widget.font().toString()!r}))")
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            self.palette(widget, v)
        if isinstance(widget, QLabel):
            self.label(widget, v)
        if isinstance(widget, QAbstractButton):
            self.button(widget, v)
        if isinstance(widget, QLineEdit):
            if widget.placeholderText():
                e(f"{v}.setPlaceholderText({widget.placeholderText()!r})")
            if widget.text():
                e(f"{v}.setText({widget.text()!r})")
            if widget.maxLength() != 32767:
                e(f"{v}.setMaxLength({widget.maxLength()})")
            if widget.isClearButtonEnabled():
                e(f"{v}.setClearButtonEnabled(True)")
        if isinstance(widget, QComboBox):
            items = [widget.itemText(i) for i in range(widget.count())]
            e(f"{v}.addItems({items!r})")
            e(f"{v}.setCurrentIndex({widget.currentIndex()})")
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            e(f"{v}.setRange({widget.minimum()!r}, {widget.maximum()!r})")
            e(f"{v}.setValue({widget.value()!r})")
            if widget.suffix():
                e(f"{v}.setSuffix({widget.suffix()!r})")
        if isinstance(widget, QAbstractSpinBox) and widget.specialValueText():
            e(f"{v}.setSpecialValueText({widget.specialValueText()!r})")
        if isinstance(widget, QProgressBar):
            e(f"{v}.setRange({widget.minimum()}, {widget.maximum()})")
            e(f"{v}.setValue({widget.value()})")
            e(f"{v}.setTextVisible({widget.isTextVisible()})")
        if isinstance(widget, QGroupBox):
            e(f"{v}.setTitle({widget.title()!r})")
        if isinstance(widget, QFrame) and widget.frameShape() != cast(QFrame, self.default(widget)).frameShape():
            e(f"{v}.setFrameShape(QFrame.Shape.{widget.frameShape().name})")
        margins = widget.contentsMargins()  # after the frame's shape, which sets them to its width
        edge = widget.frameWidth() if isinstance(widget, QFrame) else 0
        if (margins.left(), margins.top(), margins.right(), margins.bottom()) != (edge,) * 4:
            e(f"{v}.setContentsMargins({margins.left()}, {margins.top()}, {margins.right()}, {margins.bottom()})")
        if isinstance(widget, QAbstractScrollArea):
            for axis, bar_policy in (("Horizontal", widget.horizontalScrollBarPolicy()),
                                     ("Vertical", widget.verticalScrollBarPolicy())):
                if bar_policy != Qt.ScrollBarPolicy.ScrollBarAsNeeded:
                    e(f"{v}.set{axis}ScrollBarPolicy(Qt.ScrollBarPolicy.{bar_policy.name})")
        if isinstance(widget, QListWidget):
            size = widget.iconSize()
            e(f"{v}.setIconSize(QSize({size.width()}, {size.height()}))")
            for row in range(widget.count()):
                item = widget.item(row)
                icon = self.image(item.icon(), size.width())
                item_icon = f"QIcon({icon!r}), " if icon else ""
                e(f"QListWidgetItem({item_icon}{item.text()!r}, {v}).setToolTip({item.toolTip()!r})")
            e(f"{v}.setCurrentRow({widget.currentRow()})")

    def label(self, label: QLabel, v: str) -> None:
        e = self.emit
        if label.textFormat() != Qt.TextFormat.AutoText:
            e(f"{v}.setTextFormat(Qt.TextFormat.{label.textFormat().name})")
        if label.text():
            e(f"{v}.setText({label.text()!r})")
        if label.wordWrap():
            e(f"{v}.setWordWrap(True)")
        if label.alignment() != (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter):
            e(f"{v}.setAlignment(Qt.AlignmentFlag({label.alignment().value}))")
        if label.textInteractionFlags() != Qt.TextInteractionFlag.LinksAccessibleByMouse:
            e(f"{v}.setTextInteractionFlags(Qt.TextInteractionFlag({label.textInteractionFlags().value}))")
        if label.buddy() is not None:
            self.buddies.append((v, label.buddy()))
        if not label.wordWrap() and type(label) is not QLabel:  # a label class of the console's own, fitting its text
            if label.height() > 1.5 * label.fontMetrics().height():
                e(f"{v}.setWordWrap(True)")  # wrapped
            elif label.maximumWidth() == 16777215:
                e(f"{v}.setMaximumWidth({label.width()})")  # elided: no wider than it was
        pixmap = label.pixmap()
        if not pixmap.isNull():
            icon = self.image(QIcon(pixmap), max(pixmap.width(), pixmap.height()))
            e(f"{v}.setPixmap(QPixmap({icon!r}))")

    def button(self, button: QAbstractButton, v: str) -> None:
        e = self.emit
        if button.text():
            e(f"{v}.setText({button.text()!r})")
        icon = self.image(button.icon(), button.iconSize().width())
        if icon:
            e(f"{v}.setIcon(QIcon({icon!r}))")
        if button.isCheckable():
            e(f"{v}.setCheckable(True)")
            e(f"{v}.setChecked({button.isChecked()})")
        if isinstance(button, QPushButton) and button.isDefault():
            e(f"{v}.setDefault(True)")
        if not button.shortcut().isEmpty():
            portable = button.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            e(f"{v}.setShortcut(QKeySequence({portable!r}))")

    def palette(self, widget: QWidget, v: str) -> None:
        """The colours ``widget``'s own palette sets apart from the one it would inherit."""
        parent = widget.parentWidget()
        inherited = parent.palette() if parent is not None else QGuiApplication.palette()
        own = widget.palette()
        roles = {name: getattr(QPalette.ColorRole, name) for name in PALETTE_ROLES}
        changed = [name for name, role in roles.items() if own.color(role) != inherited.color(role)]
        if not changed:
            return
        self.emit(f"palette = {v}.palette()")
        for name in changed:
            colour = own.color(roles[name]).name(QColor.NameFormat.HexArgb)
            self.emit(f"palette.setColor(QPalette.ColorRole.{name}, QColor({colour!r}))")
        self.emit(f"{v}.setPalette(palette)")

    # --- what a widget holds ----------------------------------------------------------------------------------

    def contents(self, widget: QWidget, v: str) -> None:
        """The children of ``widget``: through its container's own API or its layout, then any placed by hand."""
        if isinstance(widget, QScrollArea):
            inner = widget.widget()
            if inner is not None:
                self.emit(f"{v}.setWidgetResizable({widget.widgetResizable()})")
                self.emit(f"{v}.setWidget({self.widget(inner, None)})")
        elif isinstance(widget, QStackedWidget):
            for index in range(widget.count()):
                page = widget.widget(index)
                assert page is not None  # an index below count()
                self.emit(f"{v}.addWidget({self.widget(page, v)})")
            self.emit(f"{v}.setCurrentIndex({widget.currentIndex()})")
        elif isinstance(widget, QSplitter):
            if widget.orientation() != Qt.Orientation.Horizontal:
                self.emit(f"{v}.setOrientation(Qt.Orientation.{widget.orientation().name})")
            for index in range(widget.count()):
                part = widget.widget(index)
                assert part is not None  # an index below count()
                self.emit(f"{v}.addWidget({self.widget(part, v)})")
            self.emit(f"{v}.setSizes({widget.sizes()!r})")
        elif (layout := widget.layout()) is not None and not isinstance(widget, (QStatusBar, QToolBar, QMainWindow)):
            self.layout(layout, v, owner=v)
        if isinstance(widget, (QAbstractScrollArea, QMainWindow, QStatusBar, QToolBar)):
            return
        by_hand = [child for child in widget.children() if isinstance(child, QWidget)
                   and id(child) not in self.written and not is_internal(child)]
        for child in by_hand:  # placed by the widget's own code (columns, an overlay): at the same places
            placed = self.widget(child, v)
            geometry = child.geometry()
            self.emit(f"{placed}.setGeometry({geometry.x()}, {geometry.y()}, {geometry.width()}, {geometry.height()})")

    def layout(self, layout: QLayout, parent: str | None, owner: str) -> str:
        """Build ``layout`` (set on ``parent`` when given) and its items; widgets in it are made with ``owner``."""
        variable = self.name(layout, "l")
        e = self.emit
        if isinstance(layout, QBoxLayout):
            on = f", {parent}" if parent else ""
            e(f"{variable} = QBoxLayout(QBoxLayout.Direction.{layout.direction().name}{on})")
        else:
            e(f"{variable} = {qt_class(layout).__name__}({parent or ''})")
        margins = layout.contentsMargins()
        e(f"{variable}.setContentsMargins({margins.left()}, {margins.top()}, {margins.right()}, {margins.bottom()})")
        if not isinstance(layout, QStackedLayout) and not isinstance(layout, QGridLayout) and layout.spacing() >= 0:
            e(f"{variable}.setSpacing({layout.spacing()})")
        if isinstance(layout, QFormLayout):
            e(f"{variable}.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.{layout.fieldGrowthPolicy().name})")
            e(f"{variable}.setRowWrapPolicy(QFormLayout.RowWrapPolicy.{layout.rowWrapPolicy().name})")
            e(f"{variable}.setLabelAlignment(Qt.AlignmentFlag({layout.labelAlignment().value}))")
        for index in range(layout.count()):
            item = layout.itemAt(index)
            assert item is not None  # an index below count()
            what = self.item(item, owner)
            if isinstance(layout, QBoxLayout):
                stretch = layout.stretch(index)
                if item.widget() is not None:
                    alignment = item.alignment()
                    aligned = f", Qt.AlignmentFlag({alignment.value})" if alignment != Qt.AlignmentFlag(0) else ""
                    e(f"{variable}.addWidget({what}, {stretch}{aligned})")
                elif item.layout() is not None:
                    e(f"{variable}.addLayout({what}, {stretch})")
                else:
                    e(f"{variable}.addSpacerItem({what})")
                    if stretch:
                        e(f"{variable}.setStretch({index}, {stretch})")
            elif isinstance(layout, QFormLayout):
                row, role = cast(tuple[int, QFormLayout.ItemRole], layout.getItemPosition(index))
                setter = "setLayout" if item.layout() is not None else "setWidget" if item.widget() else "setItem"
                e(f"{variable}.{setter}({row}, QFormLayout.ItemRole.{role.name}, {what})")
            elif isinstance(layout, QGridLayout):
                row, column, rows, columns = cast(tuple[int, int, int, int], layout.getItemPosition(index))
                adder = "addLayout" if item.layout() is not None else "addWidget" if item.widget() else "addItem"
                e(f"{variable}.{adder}({what}, {row}, {column}, {rows}, {columns})")
            elif isinstance(layout, QStackedLayout):
                e(f"{variable}.addWidget({what})")
        if isinstance(layout, QGridLayout):
            for column in range(layout.columnCount()):
                if layout.columnStretch(column):
                    e(f"{variable}.setColumnStretch({column}, {layout.columnStretch(column)})")
        if isinstance(layout, QStackedLayout):
            e(f"{variable}.setCurrentIndex({layout.currentIndex()})")
        return variable

    def item(self, item: QLayoutItem, owner: str) -> str:
        """The variable (or expression) for one layout item: a widget, a nested layout or a spacer."""
        if (widget := item.widget()) is not None:
            return self.widget(widget, owner)
        if (layout := item.layout()) is not None:
            return self.layout(layout, None, owner)
        spacer = item.spacerItem()
        assert spacer is not None  # neither a widget nor a layout: a spacer
        hint = spacer.sizeHint()
        policy = spacer.sizePolicy()
        return (f"QSpacerItem({hint.width()}, {hint.height()}, QSizePolicy.Policy.{policy.horizontalPolicy().name}, "
                f"QSizePolicy.Policy.{policy.verticalPolicy().name})")

    # --- the main window ------------------------------------------------------------------------------------

    def action(self, action: QAction, v: str) -> None:
        """An action's shortcuts, check state and tooltip, once the statement making ``v`` is written."""
        plain = QAction(action.text())  # what Qt derives from the text alone
        if action.iconText() != plain.iconText():  # a tool bar button's own text
            self.emit(f"{v}.setIconText({action.iconText()!r})")
        if action.toolTip() != plain.toolTip():
            self.emit(f"{v}.setToolTip({action.toolTip()!r})")
        shortcuts = [shortcut.toString(QKeySequence.SequenceFormat.PortableText) for shortcut in action.shortcuts()]
        if shortcuts:
            self.emit(f"{v}.setShortcuts([QKeySequence(s) for s in {shortcuts!r}])")
        if action.isCheckable():
            self.emit(f"{v}.setCheckable(True)")
            self.emit(f"{v}.setChecked({action.isChecked()})")
        if not action.isEnabled():
            self.emit(f"{v}.setEnabled(False)")

    def menu(self, menu: QMenu | QMenuBar, v: str) -> None:
        """The actions and sub-menus of ``menu`` (or the menu bar), added to ``v``."""
        for action in menu.actions():
            if action.isSeparator():
                self.emit(f"{v}.addSeparator()")
            elif isinstance(sub_menu := action.menu(), QMenu):
                sub = self.name(sub_menu, "m")
                self.emit(f"{sub} = {v}.addMenu({action.text()!r})")
                self.menu(sub_menu, sub)
            else:
                made = self.name(action, "a")
                self.emit(f"{made} = {v}.addAction({action.text()!r})")
                self.action(action, made)

    def main_window(self, window: QMainWindow) -> str:
        """The whole window: central widget, menus, tool bars, status bar and window actions."""
        self.written[id(window)] = "window"
        e = self.emit
        e("window = QMainWindow()")
        e(f"window.setObjectName({window.objectName()!r})")
        e(f"window.setWindowTitle({window.windowTitle()!r})")
        icon = self.image(QGuiApplication.windowIcon(), 64)
        if icon:
            e(f"app.setWindowIcon(QIcon({icon!r}))")
        central = window.centralWidget()
        if central is not None:
            e(f"window.setCentralWidget({self.widget(central, 'window')})")
        self.menu(window.menuBar(), "window.menuBar()")
        for bar in window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            made = self.name(bar, "t")
            e(f"{made} = window.addToolBar({bar.windowTitle()!r})")
            e(f"{made}.setObjectName({bar.objectName()!r})")
            e(f"{made}.setMovable({bar.isMovable()})")
            for action in bar.actions():
                if action.isSeparator():
                    e(f"{made}.addSeparator()")
                elif isinstance(action, QWidgetAction):
                    e(f"{made}.addWidget({self.widget(bar.widgetForAction(action), None)})")
                elif id(action) in self.written:  # the menus' own action, shown on the tool bar too
                    e(f"{made}.addAction({self.written[id(action)]})")
                else:
                    act = self.name(action, "a")
                    e(f"{act} = {made}.addAction({action.text()!r})")
                    self.action(action, act)
            if bar.isHidden():
                e(f"{made}.setVisible(False)")
        status = window.statusBar()
        placed = [child for child in status.children() if isinstance(child, QWidget) and not is_internal(child)
                  and qt_class(child).__name__ != "QSizeGrip"]
        for child in sorted(placed, key=lambda child: child.x()):
            adder = "addPermanentWidget" if child.x() > status.width() // 2 else "addWidget"
            e(f"window.statusBar().{adder}({self.widget(child, None)})")
        for action in window.actions():
            made = self.name(action, "a")
            e(f"{made} = QAction({action.text()!r}, window)")
            self.action(action, made)
            e(f"window.addAction({made})")
        for label, buddy in self.buddies:
            if id(buddy) in self.written:
                e(f"{label}.setBuddy({self.written[id(buddy)]})")
        e(f"window.resize({window.width()}, {window.height()})")
        return "window"


def visible_widgets(window: QWidget) -> list[list[Any]]:
    """Each widget ``window`` shows, leaving out those Qt makes itself, as [Qt class, text, x, y, width, height] in
    the window, sorted: what the replica must show too (tests/gui/test_window_replica.py)."""
    shown = []
    for widget in window.findChildren(QWidget):
        inside = ancestry(widget, window)
        if widget.isVisibleTo(window) and not any(is_internal(w) for w in inside if w.objectName() != VIEWPORT):
            place = widget.mapTo(window, widget.rect().topLeft())
            shown.append([qt_class(widget).__name__, shown_text(widget), place.x(), place.y(), widget.width(),
                          widget.height()])
    return sorted(shown)


def shown_text(widget: QWidget) -> str:
    """The text a widget shows of its own: a label's or button's, a group's title, a field's placeholder."""
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        return widget.text() or (widget.placeholderText() if isinstance(widget, QLineEdit) else "")
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def ancestry(widget: QWidget, window: QWidget) -> list[QWidget]:
    """``widget`` and its parents below ``window``."""
    chain = []
    current: QWidget | None = widget
    while current is not None and current is not window:
        chain.append(current)
        current = current.parentWidget()
    return chain


def replica_source(window: QMainWindow, folder: Path) -> str:
    """A plain PySide6 script that shows ``window`` again and prints "first paint" at its first paint."""
    writer = ReplicaWriter(folder)
    writer.main_window(window)
    body = "\n".join(writer.lines) + "\n" + SHOW_AND_REPORT_FIRST_PAINT
    return HEADER.format(imports=imports_for(body + "QApplication QFont")) + body


def imports_for(code: str) -> str:
    """The import statements for the Qt names ``code`` uses, each by name: PySide makes a class (and its enums)
    when it is first named, so a star import would make every class of the module."""
    wanted = set(re.findall(r"\bQ[A-Za-z0-9]+\b", code))
    lines = []
    for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets):
        names = sorted(name for name in wanted if hasattr(module, name))
        wanted -= set(names)
        if names:
            lines.append(f"from {module.__name__} import {', '.join(names)}")
    return "\n".join(lines)


def write_replica(out: Path) -> None:
    """Start the console as ``faceid-console --smoke`` does and write the replica of its window at its first paint."""
    from faceid_console.entry import main as console_main
    from faceid_console.ui import application

    original = application.run_until_first_paint

    failures: list[BaseException] = []

    def at_first_paint(app: QApplication, window: QWidget, on_first_paint: Callable[[], None] | None = None,
                       timeout_ms: int = application.FIRST_PAINT_TIMEOUT_MS) -> None:
        def painted() -> None:
            try:
                assert isinstance(window, QMainWindow)  # the console's window
                source = replica_source(window, out.parent)
                shown = json.dumps(visible_widgets(window), indent=0)
                out.write_text(source, encoding="utf-8")
                out.with_suffix(".shown.json").write_text(shown, encoding="utf-8")
            except BaseException as failure:  # said after the console has closed, not after the wait's time-out
                failures.append(failure)
            finally:
                if on_first_paint is not None:
                    on_first_paint()

        # However loaded the machine, the replica is of the painted window: wait for the paint as long as it takes.
        original(app, window, painted, timeout_ms=120_000)

    application.run_until_first_paint = at_first_paint
    try:
        code = console_main(["--smoke"])
    finally:
        application.run_until_first_paint = original
    if failures:
        raise failures[0]
    if code != 0 or not out.is_file():
        raise RuntimeError(f"faceid-console --smoke ended with {code} and {'a' if out.is_file() else 'no'} replica")


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1]).resolve()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out.parent.mkdir(parents=True, exist_ok=True)
    write_replica(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
