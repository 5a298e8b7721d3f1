"""Emptying a layout of the widgets an earlier answer put in it, before the next answer's are added."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import QLayout, QWidget


def empty_layout(layout: QLayout, keep: Collection[QWidget] = ()) -> None:
    """Take every item out of ``layout``. Its widgets, but those in ``keep``, are hidden at once (out of Tab's way
    and off the screen: they live on until the event loop deletes them) and deleted."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None and widget not in keep:
            widget.hide()
            widget.deleteLater()
