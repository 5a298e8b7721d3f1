"""The Settings dialog: closing it at any time."""

from __future__ import annotations

from faceid_console.ui.settings_dialog import SettingsDialog


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
