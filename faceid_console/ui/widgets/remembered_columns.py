"""A list's column widths and sort order as the reviewer left them, kept in the window's state by column name.

By name, not by position or ``QHeaderView.saveState``: a later version that adds, drops or reorders columns
keeps the widths of those that remain, and a damaged value is ignored, not half-applied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView

#: Narrower than this a column is a sliver no one meant to leave; wider, a slip of the mouse.
LEAST_WIDTH: Final = 16
MOST_WIDTH: Final = 4000


def save_columns(state: QSettings, key: str, header: QHeaderView, names: Sequence[str]) -> None:
    """Keep ``header``'s widths (``name=width;…``) under ``key``/widths and its sort under ``key``/sort."""
    widths = ";".join(f"{name}={header.sectionSize(column)}" for column, name in enumerate(names))
    state.setValue(f"{key}/widths", widths)
    section = header.sortIndicatorSection()
    if 0 <= section < len(names):
        order = "descending" if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder else "ascending"
        state.setValue(f"{key}/sort", f"{names[section]} {order}")


def restored_widths(state: QSettings, key: str, names: Sequence[str]) -> dict[int, int]:
    """The widths kept under ``key``/widths, by column, for the columns still named ``names``."""
    widths: dict[int, int] = {}
    for part in str(state.value(f"{key}/widths", "") or "").split(";"):
        name, _, number = part.partition("=")
        if name in names and number.isascii() and number.isdigit():  # int() refuses "²", a digit
            widths[names.index(name)] = min(max(int(number), LEAST_WIDTH), MOST_WIDTH)
    return widths


def restored_sort(state: QSettings, key: str, names: Sequence[str]) -> tuple[int, Qt.SortOrder] | None:
    """The column and order kept under ``key``/sort, if it names a column still there."""
    name, _, order = str(state.value(f"{key}/sort", "") or "").partition(" ")
    if name not in names or order not in ("ascending", "descending"):
        return None
    return names.index(name), Qt.SortOrder.DescendingOrder if order == "descending" else Qt.SortOrder.AscendingOrder
