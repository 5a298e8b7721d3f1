"""Settings: connection profiles with their api_key / api_secret (OS keyring only), the policy level,
time-outs, language, and *Test connection*.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import keyring
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import credentials as credential_store
from ..api import Credentials, FaceIDClient, FaceIDError, validate_base_url
from ..connections import ConnectionCheck, ProfileOpenError, check_connection
from ..settings import POLICY_LEVELS, Profile, ProfileKind, Settings
from .colours import FAIL, set_text_colour
from .connection import Connection
from .input_texts import input_problem_text
from .tasks import BackgroundTask, in_thread
from .texts import check_outcome_text, level_odds, level_use, open_failure_text, problem_text, profile_display_name

T = TypeVar("T")


log = logging.getLogger(__name__)

#: The size Settings opens at on a screen with room for it.
PREFERRED_SIZE = QSize(760, 560)


def fitted_size(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QSize:
    """The size to open at on a screen whose available geometry is ``available``: ``preferred``, made smaller
    where the screen is, with room for the title bar and frame (a 1366×768 laptop at 150 % is 910×512)."""
    return QSize(min(preferred.width(), available.width() * 95 // 100),
                 min(preferred.height(), available.height() * 9 // 10))


def _keyring(work: Callable[..., T]) -> Callable[..., T]:
    """``work`` with a keyring failure turned into an error the dialog shows (not a crash report)."""
    def guarded(*args: object) -> T:
        try:
            return work(*args)
        except credential_store.CredentialStoreError as exc:
            raise FaceIDError.input("keyring", str(exc)) from None
    return guarded


def keyring_available() -> bool:
    """Whether a real keyring backend is configured (keyring's ``fail`` backend means none)."""
    backend = keyring.get_keyring()
    return type(backend).__module__ != "keyring.backends.fail" and getattr(backend, "priority", 1) > 0


def forget_credentials(profiles: Sequence[str]) -> None:
    """Delete ``profiles``' credentials from the keyring (a worker thread: a Secret Service may ask to unlock)."""
    for name in profiles:
        try:
            credential_store.delete(name)
        except credential_store.CredentialStoreError as exc:  # said in the log: the dialog has closed
            log.warning("the credentials of removed profile %r stay in the keyring: %s", name, exc)


class SettingsDialog(QDialog):
    """Edits ``settings`` in place on OK; credentials go straight to the keyring when stored."""

    def __init__(self, connection: Connection, settings: Settings, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self.connection = connection
        self.settings = settings
        self.language = language
        self.reopen_needed = False
        #: A keyring that can keep credentials (keyring's ``fail`` and ``null`` backends cannot): Store and Forget
        #: are offered only with one, and the banner below the profiles says what to do without.
        self._keyring_ok = keyring_available()
        self._profiles = list(settings.profiles)
        self._shown_row: int | None = None  # the profile whose details the form shows
        self._added: set[str] = set()  # profiles added in this dialog: a keyring entry of their name is not theirs
        self._stored: set[str] = set()  # profiles whose credentials were stored in this dialog
        self._lookup_wanted = False  # a keyring look-up to make once the running keyring call ends
        self._storing = False  # typed credentials are on their way to the keyring (the form waits for the answer)
        #: Deleting the credentials of removed profiles, after OK (None when there were none).
        self.forgetting: threading.Thread | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-settings")
        self._task = BackgroundTask(self)
        self._task.busy_changed.connect(self._busy)
        # The settings scroll above OK and Cancel: on a small screen, every row stays reachable and the buttons
        # stay on it.
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard starts at the profiles, not on a frame
        content = self._content = QWidget(self._scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)

        profiles_box = QGroupBox(self.tr("Connection profiles"), content)
        profiles_row = QHBoxLayout(profiles_box)
        left = QVBoxLayout()
        self.profile_list = QListWidget(profiles_box)
        self.profile_list.setAccessibleName(self.tr("Profiles"))
        self.profile_list.currentRowChanged.connect(self._profile_selected)
        left.addWidget(self.profile_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add custom host…"), profiles_box)
        self.add_button.clicked.connect(self._add_custom)
        self.remove_button = QPushButton(self.tr("&Remove"), profiles_box)
        self.remove_button.clicked.connect(self._remove_custom)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        profiles_row.addLayout(left, 2)

        details = QFormLayout()
        self.url_edit = QLineEdit(profiles_box)
        self.url_edit.setAccessibleName(self.tr("Base URL"))
        self.url_edit.setPlaceholderText("https://…")
        details.addRow(self.tr("Base &URL:"), self.url_edit)
        self.key_edit = QLineEdit(profiles_box)
        self.key_edit.setAccessibleName(self.tr("api_key"))
        details.addRow(self.tr("api_&key:"), self.key_edit)
        self.secret_edit = QLineEdit(profiles_box)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("api_secret"))
        self.secret_edit.setPlaceholderText(self.tr("stored only in the system keyring"))
        details.addRow(self.tr("api_&secret:"), self.secret_edit)
        credential_buttons = QHBoxLayout()
        self.store_button = QPushButton(self.tr("Store &in keyring"), profiles_box)
        self.store_button.clicked.connect(self._store_clicked)
        self.forget_button = QPushButton(self.tr("&Forget"), profiles_box)
        self.forget_button.clicked.connect(self._forget_credentials)
        self.test_button = QPushButton(self.tr("&Test connection"), profiles_box)
        self.test_button.clicked.connect(self._test)
        credential_buttons.addWidget(self.store_button)
        credential_buttons.addWidget(self.forget_button)
        credential_buttons.addWidget(self.test_button)
        details.addRow(credential_buttons)
        self.profile_status = QLabel(profiles_box)
        self.profile_status.setObjectName("profileStatus")
        self.profile_status.setWordWrap(True)
        self.profile_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.addRow(self.profile_status)
        profiles_row.addLayout(details, 3)
        layout.addWidget(profiles_box)

        self.keyring_warning = QLabel(content)
        self.keyring_warning.setObjectName("keyringWarning")
        self.keyring_warning.setWordWrap(True)
        set_text_colour(self.keyring_warning, FAIL)
        self.keyring_warning.setText(self.tr(
            "No system keyring is available, so api_secrets cannot be stored. Install and start a Secret Service "
            "(for example gnome-keyring, or KWallet on KDE), log in again, and reopen Settings. The built-in "
            "engine works without one."))
        self.keyring_warning.setVisible(not self._keyring_ok)
        layout.addWidget(self.keyring_warning)

        general = QGroupBox(self.tr("Decisions and connection"), content)
        form = QFormLayout(general)
        self.level_box = QComboBox(general)
        self.level_box.setAccessibleName(self.tr("Policy level"))
        for level in POLICY_LEVELS:
            self.level_box.addItem(self.tr("{level} — {odds} ({use})").format(
                level=level, odds=level_odds(level), use=level_use(level)), level)
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(settings.policy_level)))
        form.addRow(self.tr("&Policy level:"), self.level_box)
        self.connect_spin = QDoubleSpinBox(general)
        self.connect_spin.setRange(1, 60)
        self.connect_spin.setSuffix(self.tr(" s"))
        self.connect_spin.setValue(settings.connect_timeout)
        # Each Alt key of the dialog is its own: Alt+C is Cancel on GNOME and KDE, Alt+A adds a host.
        form.addRow(self.tr("Co&nnect time-out:"), self.connect_spin)
        self.read_spin = QDoubleSpinBox(general)
        self.read_spin.setRange(5, 600)
        self.read_spin.setSuffix(self.tr(" s"))
        self.read_spin.setValue(settings.read_timeout)
        form.addRow(self.tr("Ans&wer time-out:"), self.read_spin)
        self.language_box = QComboBox(general)
        self.language_box.addItem(self.tr("System language"), "")
        self.language_box.addItem("English", "en")
        self.language_box.addItem("简体中文", "zh_CN")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        form.addRow(self.tr("&Language (after a restart):"), self.language_box)
        layout.addWidget(general)
        self._scroll.setWidget(content)
        # A field reached with its Alt key is scrolled into view, as one reached with Tab is.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self._accept)
        self._ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self._scroll, 1)
        outer.addWidget(box)
        self._fill_profiles()
        self.resize(fitted_size((parent or self).screen().availableGeometry()))

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._content.isAncestorOf(new):
            self._scroll.ensureWidgetVisible(new)

    # --- profiles -------------------------------------------------------------------------------

    def _fill_profiles(self, select: str | None = None) -> None:
        self.profile_list.clear()
        for profile in self._profiles:
            self.profile_list.addItem(profile_display_name(profile))
        wanted = select or self.settings.active_profile
        names = [p.name for p in self._profiles]
        self.profile_list.setCurrentRow(names.index(wanted) if wanted in names else 0)

    @property
    def selected(self) -> Profile:
        return self._profiles[max(0, self.profile_list.currentRow())]

    def _keep_url_edit(self) -> bool:
        """Keep an edited base URL of the custom profile shown, before another is shown; False (and the problem
        said) when it is not a usable URL."""
        row = self._shown_row
        if row is None or not 0 <= row < len(self._profiles):
            return True
        profile = self._profiles[row]
        typed = self.url_edit.text().strip()
        if profile.kind is not ProfileKind.CUSTOM or typed == profile.custom_url:
            return True
        try:
            url = validate_base_url(typed, "base_url")
        except FaceIDError as err:
            self.profile_status.setText(input_problem_text(err))
            return False
        self._profiles[row] = Profile(profile.name, profile.kind, url)
        return True

    def _profile_selected(self, row: int) -> None:
        if row < 0:
            return
        if row != self._shown_row and not self._keep_url_edit():
            self._back_to_shown_profile()  # whose URL must be corrected first
            return
        if row != self._shown_row and self._unsaved_credentials():  # typed and not stored: never lost unasked
            answer = self._ask_about_unsaved()
            if answer is not QMessageBox.StandardButton.Discard:
                self._back_to_shown_profile()
                if answer is QMessageBox.StandardButton.Save:  # on to the one chosen once they are in the keyring
                    self._store_credentials(then=lambda: self.profile_list.setCurrentRow(row))
                return
        self._shown_row = row
        profile = self._profiles[row]
        local = profile.kind is ProfileKind.LOCAL_ENGINE
        # The built-in engine's address is the one it listens on now (a loopback port chosen at start).
        self.url_edit.setText((self.connection.connector.engine_url or "") if local else
                              (profile.custom_url or profile.base_url()))
        self.url_edit.setPlaceholderText(self.tr("chosen when the console starts (loopback)") if local else
                                         "https://…")
        self.url_edit.setReadOnly(profile.kind is not ProfileKind.CUSTOM)
        for widget in (self.key_edit, self.secret_edit):
            widget.setEnabled(not local)
        for button in (self.store_button, self.forget_button):
            button.setEnabled(self._keyring_usable_for(profile) and not self._task.busy)
        self.remove_button.setEnabled(profile.kind is ProfileKind.CUSTOM)
        self.key_edit.clear()
        self.secret_edit.clear()
        self._show_credentials(profile)

    def _back_to_shown_profile(self) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.setCurrentRow(self._shown_row if self._shown_row is not None else 0)
        self.profile_list.blockSignals(False)

    def _keyring_usable_for(self, profile: Profile) -> bool:
        """Whether Store and Forget can do anything for ``profile``."""
        return self._keyring_ok and profile.kind is not ProfileKind.LOCAL_ENGINE

    def _show_credentials(self, profile: Profile) -> None:
        """Whether ``profile`` has credentials in the keyring (looked up on the worker)."""
        if profile.kind is ProfileKind.LOCAL_ENGINE:
            self.profile_status.setText(self.tr("The built-in engine uses a key pair generated on first start."))
            return
        if profile.name in self._added and profile.name not in self._stored:
            # Left in the keyring by an older profile of that name, perhaps for another host: not this one's.
            self.profile_status.setText(self.tr("No credentials stored for this profile."))
            return
        self._look_up(profile)

    def _look_up(self, profile: Profile) -> None:
        self.profile_status.setText(self.tr("Looking in the keyring…"))
        if self._task.busy:  # made when the keyring call running now ends
            self._lookup_wanted = True
            return
        self._task.start(in_thread(self._executor, _keyring(credential_store.load), profile.name),
                         lambda found: self._show_stored(profile, found), self._show_error)

    def _show_stored(self, profile: Profile, found: Credentials | None) -> None:
        if profile != self.selected:
            return
        if found is None:
            self.profile_status.setText(self.tr("No credentials stored for this profile."))
        else:
            self.key_edit.setText(found.api_key)
            self.profile_status.setText(self.tr("api_key and api_secret are stored in the system keyring."))

    def _add_custom(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a custom host"), self.tr("Profile name:"))
        name = name.strip()
        if not ok or not name:
            return
        if any(p.name == name for p in self._profiles):
            QMessageBox.warning(self, self.tr("Add a custom host"), self.tr("A profile with that name exists."))
            return
        url, ok = QInputDialog.getText(self, self.tr("Add a custom host"),
                                       self.tr("Base URL (https://…; http:// only for this machine):"))
        if not ok:
            return
        try:
            normalized = validate_base_url(url, "base_url")
        except FaceIDError as err:
            QMessageBox.warning(self, self.tr("Add a custom host"), input_problem_text(err))
            return
        self._profiles.append(Profile(name, ProfileKind.CUSTOM, normalized))
        self._added.add(name)
        self._stored.discard(name)
        self._fill_profiles(select=name)
        self.key_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # a new host's next step: its api_key

    def _remove_custom(self) -> None:
        profile = self.selected
        if profile.kind is not ProfileKind.CUSTOM:
            return
        self._profiles.remove(profile)
        self._shown_row = None  # its URL edit goes with it
        self._fill_profiles()

    # --- credentials (keyring calls run in a worker thread: a Secret Service may ask to unlock) -----

    def _typed_credentials(self) -> Credentials | None:
        key, secret = self.key_edit.text().strip(), self.secret_edit.text().strip()
        if not key or not secret:
            return None
        return Credentials(key, secret)

    def _unsaved_credentials(self) -> bool:
        """Whether an api_secret is typed for the profile shown and not stored (the api_key alone is no secret: it is
        the one the keyring gave, or nothing usable without its secret)."""
        row = self._shown_row
        if row is None or not 0 <= row < len(self._profiles) or self._storing:
            return False
        return self._profiles[row].kind is not ProfileKind.LOCAL_ENGINE and bool(self.secret_edit.text().strip())

    def _ask_about_unsaved(self) -> QMessageBox.StandardButton:
        """Store, Discard or Cancel, for the credentials typed for the profile shown (Discard and Cancel only when
        there is no keyring to store them in)."""
        name = profile_display_name(self._profiles[self._shown_row or 0])
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved credentials"), "", buttons.NoButton, self)
        if self._keyring_ok:
            box.setText(self.tr("The api_key and api_secret typed for {profile} are not stored yet.").format(
                profile=name))
            box.setInformativeText(self.tr("Store them in the system keyring, or discard them?"))
            box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
            box.button(buttons.Save).setText(self.tr("Store &in keyring"))
            box.setDefaultButton(buttons.Save)
        else:
            box.setText(self.tr("The api_key and api_secret typed for {profile} cannot be stored: no system keyring "
                                "is available.").format(profile=name))
            box.setInformativeText(self.tr("Discard them?"))
            box.setStandardButtons(buttons.Discard | buttons.Cancel)
            box.setDefaultButton(buttons.Cancel)
        box.setEscapeButton(buttons.Cancel)
        box.exec()
        answer = box.standardButton(box.clickedButton()) if box.clickedButton() is not None else buttons.Cancel
        box.deleteLater()
        return buttons.Cancel if answer is buttons.NoButton else answer

    def _set_storing(self, storing: bool) -> None:
        """While typed credentials go to the keyring, they stay where they are: no other profile, no OK."""
        self._storing = storing
        typable = not storing and self.selected.kind is not ProfileKind.LOCAL_ENGINE
        for widget in (self.key_edit, self.secret_edit):
            widget.setEnabled(typable)
        self.profile_list.setEnabled(not storing)
        self._ok_button.setEnabled(not storing)

    def _store_clicked(self) -> None:
        """Store in keyring: clicked's own bool must not reach ``_store_credentials`` as what to do once stored."""
        self._store_credentials()

    def _store_credentials(self, then: Callable[[], None] | None = None) -> None:
        """Store the typed credentials, read them back, and then (only when they are there) call ``then``."""
        creds = self._typed_credentials()
        if creds is None:
            self.profile_status.setText(self.tr("Enter both the api_key and the api_secret."))
            return
        profile = self.selected
        if not self._keyring_ok:  # nowhere to keep them: said, never "stored"
            self.profile_status.setText(self._not_stored_text())
            return
        self.profile_status.setText(self.tr("Storing in the keyring…"))

        def stored(kept: bool) -> None:
            self._set_storing(False)  # the keyring has answered: ``then`` may go on
            if not kept:  # the keyring took them without an error, and does not have them
                self.profile_status.setText(self._not_stored_text())
                return
            self._stored.add(profile.name)
            self.secret_edit.clear()
            self.profile_status.setText(self.tr("Stored in the system keyring."))
            if profile.name == self.settings.active_profile:
                self.reopen_needed = True
            if then is not None:
                then()

        if self._task.start(in_thread(self._executor, _keyring(credential_store.save_and_read_back), profile.name,
                                      creds), stored, self._show_error):
            self._set_storing(True)  # until the keyring has answered (_busy)
        else:  # a look-up or test is running: one keyring call at a time
            self.profile_status.setText(self.tr("Not stored yet: wait until the running check has ended, then "
                                                "try again."))

    def _not_stored_text(self) -> str:
        """Why typed credentials were not stored, and what to do (they stay in the fields)."""
        if not self._keyring_ok:
            return self.tr("Not stored: no system keyring is available. Install and start a Secret Service (for "
                           "example gnome-keyring, or KWallet on KDE), log in again, and reopen Settings.")
        return self.tr("Not stored: the system keyring did not keep the api_key and api_secret; they are still in "
                       "the fields above. Make sure a Secret Service (for example gnome-keyring, or KWallet on KDE) "
                       "is running and unlocked, then store them again.")

    def _forget_credentials(self) -> None:
        profile = self.selected

        def forgotten(_none: None) -> None:
            self.key_edit.clear()
            self.profile_status.setText(self.tr("Credentials forgotten."))
            if profile.name == self.settings.active_profile:
                self.reopen_needed = True

        self._task.start(in_thread(self._executor, _keyring(credential_store.delete), profile.name), forgotten,
                         self._show_error)

    def _test(self) -> None:
        profile = self.selected
        typed = self._typed_credentials()
        url = self.url_edit.text().strip()
        connector = self.connection.connector

        def run() -> ConnectionCheck | str:
            try:
                if typed is not None and profile.kind is not ProfileKind.LOCAL_ENGINE:
                    client = FaceIDClient(validate_base_url(url), typed, timeout=(5.0, 20.0))
                else:
                    client = connector.open(profile)
            except ProfileOpenError as exc:
                return open_failure_text(exc.failure, exc.detail)
            with client:
                return check_connection(client)

        self.profile_status.setText(self.tr("Testing {profile}…").format(profile=profile_display_name(profile)))

        def tested(outcome: ConnectionCheck | str) -> None:
            text = outcome if isinstance(outcome, str) else check_outcome_text(outcome)
            self.profile_status.setText(self.tr("Test connection: {result}").format(result=text))

        self._task.start(in_thread(self._executor, run), tested, self._show_error)

    def _show_error(self, err: FaceIDError) -> None:
        self.profile_status.setText(problem_text(err, self.language))

    def _busy(self, busy: bool) -> None:
        if not busy and self._storing:
            self._set_storing(False)
        self.test_button.setEnabled(not busy)
        for button in (self.store_button, self.forget_button):
            button.setEnabled(not busy and self._keyring_usable_for(self.selected))
        if not busy and self._lookup_wanted:  # another profile was chosen while the keyring answered
            self._lookup_wanted = False
            self._show_credentials(self.selected)

    # --- saving ---------------------------------------------------------------------------------

    def _accept(self) -> None:
        if self._storing or not self._keep_url_edit():
            return
        if self._unsaved_credentials():  # typed and not stored: never lost unasked
            answer = self._ask_about_unsaved()
            if answer is QMessageBox.StandardButton.Save:
                self._store_credentials(then=self._accept)  # closes once they are in the keyring; else stays open
            if answer is not QMessageBox.StandardButton.Discard:
                return
            self.secret_edit.clear()
        kept = {p.name for p in self._profiles}
        # Removed profiles' credentials, and what an older profile of a new one's name left, leave the keyring:
        # a profile added later under that name (for another host, perhaps) must not send them.
        unowned = ({p.name for p in self.settings.profiles} - kept) | ((self._added & kept) - self._stored)
        old = (self.settings.profile_or_none(), self.settings.connect_timeout, self.settings.read_timeout)
        self.settings.profiles = self._profiles
        if self.settings.active_profile not in {p.name for p in self._profiles}:
            self.settings.active_profile = ProfileKind.LOCAL_ENGINE.value
        self.settings.policy_level = str(self.level_box.currentData())
        self.settings.connect_timeout = self.connect_spin.value()
        self.settings.read_timeout = self.read_spin.value()
        self.settings.language = str(self.language_box.currentData())
        self.settings.save()
        self.connection.connector.timeouts = type(self.connection.connector.timeouts)(
            self.settings.connect_timeout, self.settings.read_timeout)
        if old != (self.settings.profile_or_none(), self.settings.connect_timeout, self.settings.read_timeout):
            self.reopen_needed = True
        if unowned:
            self.forgetting = threading.Thread(target=forget_credentials, args=(sorted(unowned),),
                                               name="faceid-forget-removed")  # not a daemon: it ends before exit
            self.forgetting.start()
        self.accept()

    def delete_when_idle(self) -> None:
        """Delete the closed dialog once its keyring look-up has ended: deleted under a look-up still winding down,
        the look-up's end would signal from a deleted object."""
        if self._task.busy:
            self._task.busy_changed.connect(lambda busy: None if busy else self.deleteLater())
        else:
            self.deleteLater()

    def done(self, result: int) -> None:
        self._lookup_wanted = False  # its worker stops here: no look-up follows the one cancelled
        self._task.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)
        super().done(result)
