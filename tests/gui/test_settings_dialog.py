"""The Settings dialog: every Alt key does one thing, in English and in Chinese; closing it at any time."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QGroupBox, QLabel, QTabBar, QWidget

from faceid_console.ui.settings_dialog import SettingsDialog

#: The texts Linux desktops give a button box's standard buttons, with their Alt keys: GNOME's platform theme
#: ("&Cancel", "&Close", "&Save") and KDE's ("&OK", "&Cancel"). Offscreen, Qt's own texts carry none.
DESKTOP_BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: "&OK",
    QDialogButtonBox.StandardButton.Cancel: "&Cancel",
    QDialogButtonBox.StandardButton.Close: "&Close",
    QDialogButtonBox.StandardButton.Save: "&Save",
}


def mnemonic(text: str) -> str:
    """The Alt key ``text`` gives its widget ("Alt+A" for "&Add"), or "" (a doubled "&&" is a plain "&")."""
    return QKeySequence.mnemonic(text).toString()


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """Every Alt key under ``root`` with the text that gives it, shown or not, enabled or not: buttons and check
    boxes, labels with a buddy, group boxes, tabs, and what a desktop names the standard buttons."""
    found: list[tuple[str, str]] = []
    for widget in root.findChildren(QWidget):
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
            box = widget.parentWidget()
            if isinstance(box, QDialogButtonBox) and box.standardButton(widget) in DESKTOP_BUTTON_TEXTS:
                texts.append(QCoreApplication.translate("QGnomeTheme", DESKTOP_BUTTON_TEXTS[box.standardButton(widget)]))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
        found.extend((key, text) for text in texts if (key := mnemonic(text)))
    return found


def duplicates(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(key for key, _ in set(found))
    return {key: sorted({text for k, text in found if k == key}) for key, n in counts.items() if n > 1}


def test_mnemonic_reads_qt_s_alt_keys() -> None:
    assert mnemonic("&Add custom host…") == "Alt+A"
    assert mnemonic("添加自定义服务地址(&A)…") == "Alt+A"
    assert mnemonic("Rock && roll") == ""
    assert duplicates([("Alt+A", "&Add"), ("Alt+A", "&Answer"), ("Alt+B", "&B")]) == {"Alt+A": ["&Add", "&Answer"]}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_settings_every_alt_key_of_the_dialog_is_its_own(qtbot, window, language: str, request) -> None:  # type: ignore[no-untyped-def]
    """Alt+A was both "Add custom host…" and "Answer time-out" (it only moved the focus between them, the Add
    dialog never opened), Alt+T both "Store in keyring" and "Test connection"; Alt+C is Cancel on a desktop."""
    from .conftest import custom_profile

    if language == "zh_CN":
        request.getfixturevalue("chinese")
    custom_profile(window.settings, "lab", "https://lab.example")
    dialog = SettingsDialog(window.connection, window.settings, language, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == {"en": "Settings", "zh_CN": "设置"}[language]
    for row in range(dialog.profile_list.count()):  # the built-in engine's, the cloud's and a custom host's
        dialog.profile_list.setCurrentRow(row)
        found = mnemonics(dialog)
        assert len(found) >= 12, found
        assert duplicates(found) == {}, dialog.selected.name
    dialog.reject()


def test_settings_closed_while_profiles_were_chosen_quickly_reports_no_error(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Each choice looks in the keyring once the look-up running ends; closed meanwhile, the next look-up was
    sent to the dialog's stopped worker and ended in the "Unexpected error" dialog."""
    dialog = SettingsDialog(window.connection, window.settings, "en", window)
    qtbot.addWidget(dialog)
    for row in range(dialog.profile_list.count()):
        dialog.profile_list.setCurrentRow(row)
    dialog.reject()
    with qtbot.assertNotEmitted(window.crash_reporter.reported, wait=500):
        pass
    assert not dialog._task.busy
