"""Settings: connection profiles with their api_key / api_secret (OS keyring only), the policy level,
time-outs, the time zone times are shown in, language, and *Test connection*.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
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
from ..api import Credentials, ErrorOrigin, FaceIDError, validate_base_url
from ..connections import ConnectionCheck, OpenFailure, ProfileOpenError, check_connection
from ..display_time import DisplayZone, ShownTimes
from ..settings import (
    MAX_PROFILE_NAME_CHARS,
    POLICY_LEVELS,
    Profile,
    ProfileKind,
    ProfileNameProblem,
    Settings,
    profile_name_problem,
)
from .alt_keys import name_without_alt_keys
from .colours import FAIL, set_text_colour
from .connection import Connection
from .focus import give_keyboard_back, park_keyboard
from .input_texts import input_problem_text
from .tasks import BackgroundTask, in_thread
from .texts import (
    address_problem_text,
    check_outcome_text,
    join_sentences,
    level_odds,
    level_use,
    locked_keyring_text,
    not_os_keyring_text,
    open_failure_text,
    problem_text,
    profile_display_name,
)
from .widgets.field_with_problem import add_named_row
from .widgets.focus_in_view import keep_focus_in_view
from .widgets.focus_progress import FocusStatusLabel

T = TypeVar("T")


log = logging.getLogger(__name__)

#: The size Settings opens at on a screen with room for it.
PREFERRED_SIZE = QSize(760, 560)

#: The name the address validator gives the Base URL field; the dialog says it as its label instead.
ADDRESS_FIELD = "base_url"
#: The field of the error a locked keyring's look-up becomes: worded by the dialog (unlock it, not start one).
LOCKED_KEYRING = "keyring_locked"


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
        except credential_store.LockedKeyring as exc:
            raise FaceIDError.input(LOCKED_KEYRING, exc.reason) from None
        except credential_store.CredentialStoreError as exc:
            raise FaceIDError.input("keyring", str(exc)) from None
    return guarded


def _refused_backend() -> str | None:
    """``credentials.refused_backend``, with its own failure (a backend that breaks when asked what it is) turned into
    an error the dialog's banner says, not a crash report."""
    try:
        return credential_store.refused_backend()
    except Exception as exc:
        raise FaceIDError.input("keyring", f"{type(exc).__name__}: {exc}") from None


def forget_credentials(profiles: Sequence[str]) -> None:
    """Delete ``profiles``' credentials from the keyring (a worker thread: a Secret Service may ask to unlock)."""
    for name in profiles:
        try:
            credential_store.delete(name)
        except credential_store.CredentialStoreError as exc:  # said in the log: the dialog has closed
            log.warning("the credentials of removed profile %r stay in the keyring: %s", name, exc)


@dataclass
class MoveOutcome:
    """How moving renamed profiles' credentials ended: ``failed`` is the (old, new, why) that could not move (the
    others moved back), ``stuck`` the (old, new) moved that could not move back (they stay under the new name)."""

    failed: tuple[str, str, str] | None = None
    stuck: list[tuple[str, str]] = field(default_factory=list)


def move_credentials(moves: Sequence[tuple[str, str]]) -> MoveOutcome:
    """Move renamed profiles' credentials from their old names to their new ones, all or none (a worker thread)."""
    done: list[tuple[str, str]] = []
    for old, new in moves:
        try:
            credential_store.move(old, new)
        except credential_store.CredentialStoreError as exc:
            outcome = MoveOutcome(failed=(old, new, str(exc)))
            for moved_old, moved_new in reversed(done):  # the profiles keep the names their credentials are under
                try:
                    credential_store.move(moved_new, moved_old)
                except credential_store.CredentialStoreError as back_exc:
                    log.warning("the credentials of profile %r stay under its new name %r: %s", moved_old, moved_new,
                                back_exc)
                    outcome.stuck.append((moved_old, moved_new))
            return outcome
        done.append((old, new))
    return MoveOutcome()


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
        #: What OK changed in the language, for the window's status line (the window's language stays until a
        #: restart); None when it was not changed.
        self.language_note: str | None = None
        #: Whether the keyring library's backend is an OS keyring, asked on the keyring's worker as the dialog opens (of
        #: a chain of backends, a D-Bus round trip): Store and Forget are offered only once it is known to be one.
        self._keyring_ok = False
        #: It is known not to be one (a file, keyring's ``fail`` or ``null``): the banner below the profiles says what
        #: to do without.
        self._keyring_refused = False
        self._profiles = list(settings.profiles)
        self._shown_row: int | None = None  # the profile whose details the form shows
        self._added: set[str] = set()  # profiles added in this dialog: a keyring entry of their name is not theirs
        self._stored: set[str] = set()  # profiles whose credentials were stored in this dialog
        #: Renamed profiles' credentials stay under the name they had until OK moves them (Cancel moves nothing):
        #: the profile's name now → the name its keyring entries are under.
        self._keyring_names: dict[str, str] = {}
        self._renamed_from: dict[str, str] = {}  # a saved profile's name now → its saved name (the active one follows)
        #: Names of profiles removed in this dialog (and the names their credentials are under): Cancel brings the
        #: saved ones back with their credentials, so no profile added here takes such a name before OK.
        self._removed_names: set[str] = set()
        self._accept_wanted = False  # OK waits for the running keyring call, then moves renamed credentials
        self._lookup_wanted = False  # a keyring look-up to make once the running keyring call ends
        self._storing = False  # typed credentials are on their way to the keyring (the form waits for the answer)
        self._stored_key: str | None = None  # the api_key the keyring gave for the profile shown (None: none, yet)
        #: The reviewer typed in the api_key field since the profile was shown: the look-up's answer leaves it as typed.
        self._key_typed = False
        #: The status line last said what the keyring holds for the profile shown (``_say_stored_pair``): it follows the
        #: api_key typed until another message replaces it.
        self._stored_pair_line: str | None = None
        #: Deleting the credentials of removed profiles, after OK (None when there were none).
        self.forgetting: threading.Thread | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-settings")
        # Test connection has a worker of its own: a host slow to answer never holds another profile's look-up.
        self._test_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-settings-test")
        self._test_abandoned = threading.Event()  # set when another profile is chosen, or the dialog closes
        self._parked: QWidget | None = None  # the profile's button the keyboard waits to go back to
        self._task = BackgroundTask(self)  # keyring calls, one at a time
        self._task.busy_changed.connect(self._busy)
        self._testing = BackgroundTask(self)  # Test connection's call to the service
        self._testing.busy_changed.connect(lambda _busy: self._offer_test())
        # The settings scroll above OK and Cancel: on a small screen, every row stays reachable and the buttons
        # stay on it.
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard starts at the profiles, not on a frame
        content = QWidget(self._scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)

        profiles_box = QGroupBox(self.tr("Connection profiles"), content)
        profiles_row = QHBoxLayout(profiles_box)
        left = QVBoxLayout()
        self.profile_list = QListWidget(profiles_box)
        self.profile_list.setAccessibleName(self.tr("Profiles"))
        self.profile_list.currentRowChanged.connect(self._profile_selected)
        # The built-in engine started again meanwhile listens on another port: its address shown follows it.
        connection.changed.connect(self._show_engine_address)
        left.addWidget(self.profile_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add custom host…"), profiles_box)
        self.add_button.clicked.connect(self._add_custom)
        self.rename_button = QPushButton(self.tr("R&ename…"), profiles_box)
        self.rename_button.clicked.connect(self._rename_custom)
        # F2 renames the chosen profile, as in a file manager.
        self.rename_action = QAction(self.tr("Rename…"), self.profile_list)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_action.triggered.connect(self._rename_custom)
        self.profile_list.addAction(self.rename_action)
        self.remove_button = QPushButton(self.tr("&Remove"), profiles_box)
        self.remove_button.clicked.connect(self._remove_custom)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
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
        self.key_edit.textEdited.connect(self._key_edited)  # typed by the reviewer, not filled in from the keyring
        self.key_edit.textChanged.connect(self._key_changed)  # typed, or put back (Discard) as stored
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
        # Where the keyboard waits while Store, Forget or Test connection, pressed, is disabled (``_set_usable``).
        self.profile_status = FocusStatusLabel(profiles_box)
        self.profile_status.setObjectName("profileStatus")
        self.profile_status.setWordWrap(True)
        self.profile_status.setTextFormat(Qt.TextFormat.PlainText)  # profile names are the reviewer's text, not HTML
        self.profile_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.addRow(self.profile_status)
        profiles_row.addLayout(details, 3)
        layout.addWidget(profiles_box)

        self.keyring_warning = QLabel(content)
        self.keyring_warning.setObjectName("keyringWarning")
        self.keyring_warning.setWordWrap(True)
        self.keyring_warning.setTextFormat(Qt.TextFormat.PlainText)  # a backend's name and failure are not markup
        set_text_colour(self.keyring_warning, FAIL)
        self.keyring_warning.setVisible(False)  # until the backend is known not to be an OS keyring, or not known
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
        self.connect_spin.setDecimals(1)  # tenths are plenty for a time-out: "5.0 s", not "5.00 s"
        self.connect_spin.setSuffix(self.tr(" s"))
        self.connect_spin.setValue(settings.connect_timeout)
        # Each Alt key of the dialog is its own: Alt+C is Cancel on GNOME and KDE, Alt+A adds a host.
        form.addRow(self.tr("Co&nnect time-out:"), self.connect_spin)
        self.read_spin = QDoubleSpinBox(general)
        self.read_spin.setRange(5, 600)
        self.read_spin.setDecimals(1)
        self.read_spin.setSuffix(self.tr(" s"))
        self.read_spin.setValue(settings.read_timeout)
        form.addRow(self.tr("Ans&wer time-out:"), self.read_spin)
        # The reviewer's own clock by default; a team across zones can agree on UTC. The history keeps UTC.
        self.zone_box = QComboBox(general)
        self.zone_box.addItem(self.tr("This computer's time zone ({offset})").format(
            offset=DisplayZone.chosen(ShownTimes.LOCAL.value).label()), ShownTimes.LOCAL.value)
        self.zone_box.addItem("UTC", ShownTimes.UTC.value)
        self.zone_box.setCurrentIndex(max(0, self.zone_box.findData(settings.shown_times)))
        self.zone_box.setToolTip(self.tr("The times History, its reports and the other pages show, and the days its "
                                         "date filter and billed counts span. Exports and the command line keep UTC."))
        add_named_row(form, self.tr("Ti&mes shown in:"), self.zone_box)
        self.language_box = QComboBox(general)
        self.language_box.addItem(self.tr("System language"), "")
        self.language_box.addItem("English", "en")
        self.language_box.addItem("简体中文", "zh_CN")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        add_named_row(form, self.tr("&Language (after a restart):"), self.language_box)
        layout.addWidget(general)
        self._scroll.setWidget(content)
        # A field reached with its Alt key is scrolled into view, as one reached with Tab is.
        keep_focus_in_view(self._scroll)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self._accept)
        self._ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self._cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
        box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self._scroll, 1)
        outer.addWidget(box)
        self._ask_keyring_backend()  # first on the keyring's worker: the profile's look-up waits for it
        self._fill_profiles()
        self.resize(fitted_size((parent or self).screen().availableGeometry()))
        name_without_alt_keys(self)

    def _ask_keyring_backend(self) -> None:
        """Ask the keyring library for its backend on the keyring's worker; Store and Forget follow the answer."""
        self._task.start(in_thread(self._executor, _refused_backend), self._keyring_backend_known,
                         self._keyring_backend_unknown)

    def _keyring_backend_known(self, refused: str | None) -> None:
        """The backend is an OS keyring (``refused`` None), or the one named is not (the banner says so); Store and
        Forget follow once the keyring's worker is idle (``_busy``)."""
        self._keyring_ok = refused is None
        self._keyring_refused = refused is not None
        self.keyring_warning.setText(not_os_keyring_text(refused) if refused is not None else "")
        self.keyring_warning.setVisible(self._keyring_refused)

    def _keyring_backend_unknown(self, err: FaceIDError) -> None:
        """The keyring library could not say what its backend is: Store and Forget stay off (nothing says api_secrets
        would go to a system keyring), and the banner says why and what to do; the rest of the dialog works."""
        self._keyring_ok = False
        self._keyring_refused = True  # nothing is offered to be stored, as with no keyring (the unsaved question too)
        self.keyring_warning.setText(self.tr(
            "The console could not find out which keyring to use ({reason}), so Store in keyring and Forget are off "
            "in this visit. Make sure a Secret Service (for example gnome-keyring, or KWallet on KDE) is running and "
            "unlocked, then reopen Settings. The built-in engine works without one.").format(reason=err.message))
        self.keyring_warning.setVisible(True)

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

    def _show_engine_address(self) -> None:
        row = self._shown_row
        if row is not None and 0 <= row < len(self._profiles) and self._profiles[row].kind is ProfileKind.LOCAL_ENGINE:
            self.url_edit.setText(self.connection.connector.engine_url or "")

    def _show_url_fixed(self, fixed: bool, local: bool) -> None:
        """A preset's or the built-in engine's address cannot be edited: drawn on the dialog's own background, not
        as a field to type in, and its tooltip says where another address goes."""
        self.url_edit.setReadOnly(fixed)
        palette = QPalette()  # nothing set: the dialog's own, for an editable field
        if fixed:
            palette.setColor(QPalette.ColorRole.Base, self.palette().color(QPalette.ColorRole.Window))
        self.url_edit.setPalette(palette)
        why = (self.tr("The built-in engine's address: a loopback port chosen when it starts.") if local else
               self.tr("This service's own address. To use another one, add a custom host profile.") if fixed else "")
        self.url_edit.setToolTip(why)
        self.url_edit.setAccessibleDescription(why)

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
            url = validate_base_url(typed, ADDRESS_FIELD)
        except FaceIDError as err:
            self.profile_status.setText(self._address_problem_text(typed, err))
            return False
        self._profiles[row] = Profile(profile.name, profile.kind, url)
        return True

    def _address_problem_text(self, typed: str, err: FaceIDError) -> str:
        """Why the address ``typed`` cannot be used (``err``, from ``validate_base_url(typed, ADDRESS_FIELD)``), naming
        the field as the dialog labels it; one without its scheme is offered with https://."""
        return address_problem_text(typed, err.message or str(err), ADDRESS_FIELD)

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
        self._abandon_test()  # its answer is about the profile shown until now
        self._shown_row = row
        self._stored_key = None
        profile = self._profiles[row]
        local = profile.kind is ProfileKind.LOCAL_ENGINE
        # The built-in engine's address is the one it listens on now (a loopback port chosen at start).
        self.url_edit.setText((self.connection.connector.engine_url or "") if local else
                              (profile.custom_url or profile.base_url()))
        self.url_edit.setPlaceholderText(self.tr("chosen when the console starts (loopback)") if local else
                                         "https://…")
        self._show_url_fixed(profile.kind is not ProfileKind.CUSTOM, local)
        for widget in (self.key_edit, self.secret_edit):
            widget.setEnabled(not local)
        for button in (self.store_button, self.forget_button):
            button.setEnabled(self._keyring_usable_for(profile) and not self._task.busy)
        self.remove_button.setEnabled(profile.kind is ProfileKind.CUSTOM)
        self._offer_rename(profile)
        self.key_edit.clear()
        self.secret_edit.clear()
        self._key_typed = False
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
        self._task.start(in_thread(self._executor, _keyring(credential_store.load), self._keyring_name(profile)),
                         lambda found: self._show_stored(profile, found), self._show_error)

    def _show_stored(self, profile: Profile, found: Credentials | None) -> None:
        if profile != self.selected:
            return
        self._stored_key = None if found is None else found.api_key
        if found is None:
            self.profile_status.setText(self.tr("No credentials stored for this profile."))
        else:
            if not self._key_typed:  # what the reviewer typed meanwhile wins over what is stored
                self.key_edit.setText(found.api_key)
            self._say_stored_pair()

    def _key_edited(self, _text: str) -> None:
        self._key_typed = True

    def _say_stored_pair(self, stored: str | None = None) -> None:
        """Say that the keyring holds a pair for the profile shown (``stored``: in other words than the usual ones)
        while the api_key on screen is the stored one; one typed in its place is said to replace the pair once
        stored."""
        typed = self.key_edit.text().strip()
        if stored is None:
            stored = self.tr("api_key and api_secret are stored in the system keyring.")
        text = stored if not typed or typed == self._stored_key else self.tr(
            "The api_key typed is not the one stored in the system keyring: Store in keyring replaces the stored "
            "api_key and api_secret with the ones typed.")
        self.profile_status.setText(text)
        self._stored_pair_line = text

    def _key_changed(self, _text: str) -> None:
        # Only the line about what is stored follows the field: another message (a test's answer) stays as said.
        if self._stored_key is not None and self.profile_status.text() == self._stored_pair_line:
            self._say_stored_pair()

    def _keyring_name(self, profile: Profile) -> str:
        """The name ``profile``'s credentials are under in the keyring (a renamed one's old name, until OK)."""
        return self._keyring_names.get(profile.name, profile.name)

    def _offer_rename(self, profile: Profile) -> None:
        """Rename… for custom hosts only; for a built-in profile, the tooltip says why not."""
        custom = profile.kind is ProfileKind.CUSTOM
        for action in (self.rename_button, self.rename_action):
            action.setEnabled(custom and not self._storing)
        self.rename_button.setToolTip(self.tr("Rename this profile (F2)") if custom else self.tr(
            "Built-in profiles keep their names: only a custom host's profile can be renamed."))

    def _name_problem_text(self, name: str, renaming: Profile | None) -> str:
        """Why ``name`` cannot name a new profile (``renaming`` None) or ``renaming``, in plain words; "" if it can."""
        others = [p for p in self._profiles if p is not renaming]
        problem = profile_name_problem(name, [p.name for p in others])
        if problem is ProfileNameProblem.BLANK:
            return self.tr("Enter a name for the profile.")
        if problem is ProfileNameProblem.TOO_LONG:
            return self.tr("A profile name can have at most {limit} characters; this one has {count}.").format(
                limit=MAX_PROFILE_NAME_CHARS, count=len(name.strip()))
        if problem is ProfileNameProblem.TAKEN:
            return self.tr("A profile with that name exists.")
        # A renamed profile's credentials are under its old name until OK: no other profile may take it before.
        if profile_name_problem(name, [self._keyring_name(p) for p in others]) is ProfileNameProblem.TAKEN:
            return self.tr("A profile renamed in this dialog had that name: press OK first, then use it again.")
        # A removed profile's credentials stay until OK (Cancel brings it back with them): a profile added here, whose
        # credentials are stored under its own name, may not take its name before. A saved one's move only on OK.
        if ((renaming is None or renaming.name in self._added)
                and profile_name_problem(name, self._removed_names) is ProfileNameProblem.TAKEN):
            return self.tr("A profile removed in this dialog had that name: press OK first, then use it again.")
        return ""

    def _ask_profile_name(self, title: str, text: str, renaming: Profile | None) -> str | None:
        """A profile name typed and usable, or None when the reviewer cancels; a name that cannot be used is said
        why and asked for again with what was typed."""
        while True:
            typed, ok = QInputDialog.getText(self, title, self.tr("Profile name:"), QLineEdit.EchoMode.Normal, text)
            if not ok:
                return None
            problem = self._name_problem_text(typed, renaming)
            if not problem:
                return typed.strip()
            box = QMessageBox(QMessageBox.Icon.Warning, title, problem, QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            box.deleteLater()
            text = typed

    def _rename_custom(self) -> None:
        row = self.profile_list.currentRow()
        if not 0 <= row < len(self._profiles) or self._profiles[row].kind is not ProfileKind.CUSTOM or self._storing:
            return
        if not self._keep_url_edit():  # the URL typed for it is checked first, as choosing another profile does
            return
        profile = self._profiles[row]
        name = self._ask_profile_name(self.tr("Rename profile"), profile.name, profile)
        if name is None or name == profile.name:
            return
        renamed = Profile(name, profile.kind, profile.custom_url)
        self._profiles[row] = renamed
        keyring_name = self._keyring_names.pop(profile.name, profile.name)
        saved_name = self._renamed_from.pop(profile.name, profile.name if profile.name not in self._added else None)
        for names in (self._added, self._stored):
            if profile.name in names:
                names.discard(profile.name)
                names.add(name)
        # An added profile with nothing stored has no credentials of its own to move.
        if keyring_name != name and not (name in self._added and name not in self._stored):
            self._keyring_names[name] = keyring_name
        if saved_name is not None and saved_name != name:
            self._renamed_from[name] = saved_name
        # Renamed in place: what is typed in the api_key and api_secret fields stays.
        item = self.profile_list.item(row)
        item.setText(profile_display_name(renamed))
        if self._task.busy:  # a look-up for the old name is answered to no one: looked up again once it ends
            self._lookup_wanted = True

    def _add_custom(self) -> None:
        name = self._ask_profile_name(self.tr("Add a custom host"), "", None)
        if name is None:
            return
        normalized = self._ask_base_url(self.tr("Add a custom host"))
        if normalized is None:
            return
        self._profiles.append(Profile(name, ProfileKind.CUSTOM, normalized))
        self._added.add(name)
        self._stored.discard(name)
        self._fill_profiles(select=name)
        self.key_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # a new host's next step: its api_key

    def _ask_base_url(self, title: str) -> str | None:
        """A usable base URL typed (normalised), or None when the reviewer cancels; a refused one is said why and
        asked for again with what was typed, so nothing typed before it (the profile's name) is lost."""
        label = self.tr("Base URL (https://…; http:// only for this machine):")
        typed = ""
        while True:
            typed, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, typed)
            if not ok:
                return None
            try:
                return validate_base_url(typed, ADDRESS_FIELD)
            except FaceIDError as err:
                QMessageBox.warning(self, title, self._address_problem_text(typed, err))

    def _remove_custom(self) -> None:
        profile = self.selected
        if profile.kind is not ProfileKind.CUSTOM:
            return
        self._profiles.remove(profile)
        self._removed_names |= {profile.name, self._keyring_name(profile),
                                self._renamed_from.get(profile.name, profile.name)}
        self._keyring_names.pop(profile.name, None)  # its saved name's entries leave the keyring on OK
        self._renamed_from.pop(profile.name, None)
        self._shown_row = None  # its URL edit goes with it
        self._fill_profiles()

    # --- credentials (keyring calls run in a worker thread: a Secret Service may ask to unlock) -----

    def _typed_credentials(self) -> Credentials | None:
        key, secret = self.key_edit.text().strip(), self.secret_edit.text().strip()
        if not key or not secret:
            return None
        return Credentials(key, secret)

    def _key_typed_alone(self) -> bool:
        """Whether an api_key other than the stored one is typed, without its api_secret."""
        key = self.key_edit.text().strip()
        return bool(key) and key != self._stored_key and not self.secret_edit.text().strip()

    def _unsaved_credentials(self) -> bool:
        """Whether an api_secret, or an api_key other than the one the keyring gave, is typed for the profile shown
        and not stored."""
        row = self._shown_row
        if row is None or not 0 <= row < len(self._profiles) or self._storing:
            return False
        if self._profiles[row].kind is ProfileKind.LOCAL_ENGINE:
            return False
        return bool(self.secret_edit.text().strip()) or self._key_typed_alone()

    def _discard_typed(self) -> None:
        """Drop what was typed for the profile shown: its fields show what the keyring has again."""
        self.secret_edit.clear()
        self.key_edit.setText(self._stored_key or "")
        self._key_typed = False  # a look-up still running fills it in

    def _ask_about_unsaved(self, closing: bool = False) -> QMessageBox.StandardButton:
        """Store, Discard or Cancel, for the credentials typed for the profile shown (Discard and Cancel only when
        they cannot be stored: no keyring, an api_key without its api_secret, or ``closing`` the dialog, which drops
        a profile added in it)."""
        profile = self._profiles[self._shown_row or 0]
        name = profile_display_name(profile)
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved credentials"), "", buttons.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a profile's name is the reviewer's text, never markup
        box.setStandardButtons(buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Cancel)
        key_alone = self._key_typed_alone()
        if self._keyring_refused and key_alone:
            box.setText(self.tr("The api_key typed for {profile} cannot be stored: no system keyring is available.")
                        .format(profile=name))
            box.setInformativeText(self.tr("Discard it?"))
        elif self._keyring_refused:
            box.setText(self.tr("The api_key and api_secret typed for {profile} cannot be stored: no system keyring "
                                "is available.").format(profile=name))
            box.setInformativeText(self.tr("Discard them?"))
        elif key_alone:  # stored only as a pair: there is nothing to store it with
            box.setText(self.tr("The api_key typed for {profile} is not stored: an api_key is stored only with its "
                                "api_secret.").format(profile=name))
            box.setInformativeText(self.tr("Discard it?"))
        elif closing and profile.name in self._added:  # Cancel forgets what was stored for a profile it drops
            box.setText(self.tr("The api_key and api_secret typed for {profile} are not stored yet.").format(
                profile=name))
            box.setInformativeText(self.tr("{profile} was added in this visit and goes with Cancel: discard them with "
                                           "it?").format(profile=name))
        else:
            box.setText(self.tr("The api_key and api_secret typed for {profile} are not stored yet.").format(
                profile=name))
            box.setInformativeText(self.tr("Store them in the system keyring, or discard them?"))
            box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
            box.button(buttons.Save).setText(self.tr("Store &in keyring"))
            box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        name_without_alt_keys(box)
        box.exec()
        answer = box.standardButton(box.clickedButton()) if box.clickedButton() is not None else buttons.Cancel
        box.deleteLater()
        return buttons.Cancel if answer is buttons.NoButton else answer

    def _set_storing(self, storing: bool) -> None:
        """While typed credentials, or renamed profiles' ones, go to the keyring, they stay where they are: no other
        profile, no added or removed one, no rename, no OK."""
        self._storing = storing
        typable = not storing and self.selected.kind is not ProfileKind.LOCAL_ENGINE
        for widget in (self.key_edit, self.secret_edit):
            widget.setEnabled(typable)
        self.profile_list.setEnabled(not storing)
        self._ok_button.setEnabled(not storing)
        self.add_button.setEnabled(not storing)
        self.remove_button.setEnabled(not storing and self.selected.kind is ProfileKind.CUSTOM)
        self._offer_rename(self.selected)

    def _shows(self, profile: Profile) -> bool:
        """Whether the form shows ``profile`` still (an answer about another one is not said under it)."""
        row = self._shown_row
        return row is not None and 0 <= row < len(self._profiles) and self._profiles[row].name == profile.name

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
        # Nowhere to keep them: said, never "stored" (while the backend is asked for, the keyring's worker is busy:
        # the start below says to wait).
        if self._keyring_refused:
            self.profile_status.setText(self._not_stored_text())
            return
        self.profile_status.setText(self.tr("Storing in the keyring…"))

        def stored(kept: bool) -> None:
            self._set_storing(False)  # the keyring has answered: ``then`` may go on
            if kept:
                self._stored.add(profile.name)
            if not self._shows(profile):  # said under the profile they were typed for only
                return
            if not kept:  # the keyring took them without an error, and does not have them
                self.profile_status.setText(self._not_stored_text())
                return
            self._stored_key = creds.api_key
            self.secret_edit.clear()
            self._say_stored_pair(self.tr("Stored in the system keyring."))
            if self._keyring_name(profile) == self.settings.active_profile:
                self.reopen_needed = True
            if then is not None:
                then()

        def failed(err: FaceIDError) -> None:
            if self._shows(profile):
                self._show_error(err)

        if self._task.start(in_thread(self._executor, _keyring(credential_store.save_and_read_back),
                                      self._keyring_name(profile), creds), stored, failed):
            self._set_storing(True)  # until the keyring has answered (_busy)
            self.connection.credentials_replaced(self._keyring_name(profile))
        else:  # another keyring call is running: one at a time
            self.profile_status.setText(self.tr("Not stored yet: wait until the running check has ended, then "
                                                "try again."))

    def _not_stored_text(self) -> str:
        """Why typed credentials were not stored, and what to do (they stay in the fields)."""
        if self._keyring_refused:
            return self.tr("Not stored: no system keyring is available. Install and start a Secret Service (for "
                           "example gnome-keyring, or KWallet on KDE), log in again, and reopen Settings.")
        return self.tr("Not stored: the system keyring did not keep the api_key and api_secret; they are still in "
                       "the fields above. Make sure a Secret Service (for example gnome-keyring, or KWallet on KDE) "
                       "is running and unlocked, then store them again.")

    def _forget_credentials(self) -> None:
        profile = self.selected
        if not self._forget_confirmed(profile):
            return

        def forgotten(_had_any: bool) -> None:
            if self._keyring_name(profile) == self.settings.active_profile:
                self.reopen_needed = True
            if not self._shows(profile):
                return
            self._stored_key = None
            self.key_edit.clear()
            self.profile_status.setText(self.tr("Credentials forgotten."))

        if self._task.start(in_thread(self._executor, _keyring(credential_store.delete), self._keyring_name(profile)),
                            forgotten, lambda err: self._show_error(err) if self._shows(profile) else None):
            self.connection.credentials_replaced(self._keyring_name(profile))

    def _forget_confirmed(self, profile: Profile) -> bool:
        """Whether the reviewer confirms Forget for ``profile``: its credentials leave the keyring at once, as Store
        writes them at once, so Cancel cannot bring them back (and Alt+F is also the window's File menu)."""
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Forget credentials"), self.tr(
            "Forget the api_key and api_secret stored for {profile}?").format(profile=profile_display_name(profile)),
            buttons.Yes | buttons.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a profile's name is the reviewer's text, never markup
        box.setInformativeText(self.tr("They are deleted from the system keyring now. This cannot be undone: Cancel "
                                       "in Settings does not bring them back."))
        box.button(buttons.Yes).setText(self.tr("Forget"))  # no Alt key: a second Alt+F slip does not confirm it
        box.setDefaultButton(buttons.Cancel)
        box.setEscapeButton(buttons.Cancel)
        box.exec()
        confirmed = box.clickedButton() is not None and box.standardButton(box.clickedButton()) is buttons.Yes
        box.deleteLater()
        return confirmed

    def _test(self) -> None:
        """Test the address on screen (edited or not: kept or dropped by OK or Cancel alone) with the credentials on
        screen: the api_key and api_secret typed, or else those stored under the name they are under (a renamed
        one's old name, until OK). An api_key typed without its api_secret is not tested with another's."""
        if self._task.busy or self._testing.busy:  # the button is off meanwhile
            return
        profile = self.selected
        url = profile.custom_url
        if profile.kind is ProfileKind.CUSTOM:  # refused as OK refuses it, naming the field as labelled here
            typed_url = self.url_edit.text()
            try:
                url = validate_base_url(typed_url, ADDRESS_FIELD)
            except FaceIDError as err:
                self.profile_status.setText(self.tr("Test connection: {result}").format(
                    result=self._address_problem_text(typed_url, err)))
                return
        tested = Profile(self._keyring_name(profile), profile.kind, url)
        self._test_abandoned = abandon = threading.Event()
        if profile.kind is ProfileKind.LOCAL_ENGINE:  # its own key pair, nothing typed
            self._start_test(profile, tested, None, abandon, typed=False)
            return
        typed = self._typed_credentials()
        if typed is not None:
            self._start_test(profile, tested, typed, abandon, typed=True)
            return
        if self.secret_edit.text().strip():
            self.profile_status.setText(self.tr("Enter both the api_key and the api_secret."))
            return
        if self._key_typed_alone():
            self.profile_status.setText(self.tr("Enter the api_secret of the api_key typed above too, then test "
                                                "again."))
            self.secret_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.profile_status.setText(self.tr("Testing {profile}…").format(profile=profile_display_name(profile)))

        def found(stored: Credentials | None) -> None:  # looked up on the keyring's worker, tested on the test's
            if abandon.is_set():
                return
            if stored is None:
                self.profile_status.setText(self.tr("Test connection: {result}").format(
                    result=open_failure_text(OpenFailure.NO_CREDENTIALS, "", in_settings=True)))
                return
            self._start_test(profile, tested, stored, abandon, typed=False)

        self._task.start(in_thread(self._executor, _keyring(credential_store.load), tested.name), found,
                         lambda err: None if abandon.is_set() else self._show_error(err))

    def _start_test(self, profile: Profile, tested: Profile, creds: Credentials | None, abandon: threading.Event, *,
                    typed: bool) -> None:
        """Test ``tested`` with ``creds`` (None: the built-in engine's own; ``typed``: those in the fields) on the
        test's worker, saying which pair was tested; an answer given up (``abandon``: another profile chosen) is
        dropped."""
        connector = self.connection.connector

        def run() -> tuple[str, ConnectionCheck | str]:
            try:
                client = connector.open(tested, creds)
            except ProfileOpenError as exc:
                return "", open_failure_text(exc.failure, exc.detail, in_settings=True)
            with client:
                return client.base_url, check_connection(client, abandon)

        self.profile_status.setText(self.tr("Testing {profile}…").format(profile=profile_display_name(profile)))

        def done(answer: tuple[str, ConnectionCheck | str]) -> None:
            if abandon.is_set():
                return
            address, outcome = answer
            text = outcome if isinstance(outcome, str) else check_outcome_text(outcome, in_settings=True)
            if not address:
                status = self.tr("Test connection: {result}").format(result=text)
            elif creds is None:
                status = self.tr("Test connection to {address} — {result}").format(address=address, result=text)
            elif typed:
                status = self.tr("Test connection to {address} with the api_key and api_secret typed above — "
                                 "{result}").format(address=address, result=text)
            else:
                status = self.tr("Test connection to {address} with the api_key and api_secret stored in the "
                                 "keyring — {result}").format(address=address, result=text)
            self.profile_status.setText(status)

        self._testing.start(in_thread(self._test_executor, run), done,
                            lambda err: None if abandon.is_set() else self._show_error(err))

    def _abandon_test(self) -> None:
        """The running test's answer is no longer wanted: its worker stops waiting, and its answer is dropped."""
        self._test_abandoned.set()
        self._testing.cancel()

    def _show_error(self, err: FaceIDError) -> None:
        if err.origin is ErrorOrigin.INPUT and err.detail == LOCKED_KEYRING:
            self.profile_status.setText(locked_keyring_text(err.message))
            return
        self.profile_status.setText(problem_text(err, self.language))

    def _offer_test(self) -> None:
        """Test connection waits for the keyring's answer (what is stored is part of what it tests) and for a test
        running."""
        self._set_usable(self.test_button, not self._task.busy and not self._testing.busy)

    def _set_usable(self, button: QPushButton, usable: bool) -> None:
        """Enable or disable one of the profile's buttons. Disabled with the keyboard on it (pressed from the
        keyboard), the keyboard waits on the status line, which says what is being done, and is back on the button
        once it is enabled: Qt passed it on to Policy level, and the next arrow key changed the level OK saved."""
        if not usable:
            self._parked = park_keyboard([button], self.profile_status) or self._parked
        button.setEnabled(usable)
        self._parked = give_keyboard_back(self._parked, self.profile_status)

    def _busy(self, busy: bool) -> None:
        if not busy and self._storing:
            self._set_storing(False)
        self._offer_test()
        for button in (self.store_button, self.forget_button):
            self._set_usable(button, not busy and self._keyring_usable_for(self.selected))
        if not busy and self._accept_wanted:  # OK was pressed while the keyring answered: on with it
            self._accept_wanted = False
            self._accept()
            return
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
            self._discard_typed()
        if self._keyring_names:
            self._move_renamed_credentials()  # saves and closes once they are under their new names
            return
        self._save_and_close()

    def _move_renamed_credentials(self) -> None:
        """OK's keyring step: renamed profiles' credentials go to their new names (new written, then old deleted)."""
        if self._task.busy:  # one keyring call at a time: on once the running one ends
            self._accept_wanted = True
            return
        moves = [(old, new) for new, old in self._keyring_names.items()]
        self.profile_status.setText(self.tr("Moving the renamed profiles' credentials in the keyring…"))
        self._set_storing(True)
        self._cancel_button.setEnabled(False)  # the keyring is being changed: the names must follow it

        def moved(outcome: MoveOutcome) -> None:
            self._set_storing(False)
            self._cancel_button.setEnabled(True)
            for _old, new in outcome.stuck:  # under the new name now: the profile keeps it
                self._keyring_names.pop(new, None)
            if outcome.failed is None:
                self._keyring_names.clear()
                self._save_and_close()
                return
            old, new, detail = outcome.failed
            self._keep_old_name(old, new)
            self.profile_status.setText(join_sentences(
                self.tr("Not renamed: the system keyring did not move the credentials of {old} to {new}, so the "
                        "profile keeps the name {old} and its credentials. OK saves the other changes.").format(
                    old=old, new=new),
                input_problem_text(FaceIDError.input("keyring", detail))))

        def failed(err: FaceIDError) -> None:
            self._set_storing(False)
            self._cancel_button.setEnabled(True)
            self._show_error(err)

        if self._task.start(in_thread(self._executor, move_credentials, moves), moved, failed):
            self.connection.credentials_replaced(*(name for move in moves for name in move))

    def _keep_old_name(self, old: str, new: str) -> None:
        """Undo the rename of ``new`` back to ``old`` (its credentials are still under ``old``), and show it."""
        row = next(i for i, p in enumerate(self._profiles) if p.name == new)
        profile = self._profiles[row]
        self._profiles[row] = Profile(old, profile.kind, profile.custom_url)
        self._keyring_names.pop(new, None)
        self._renamed_from.pop(new, None)
        for names in (self._added, self._stored):
            if new in names:
                names.discard(new)
                names.add(old)
        self.profile_list.item(row).setText(profile_display_name(self._profiles[row]))
        self.profile_list.setCurrentRow(row)

    def reject(self) -> None:
        """Cancel, Esc and closing the window: what was typed and not stored is asked about first, as on OK."""
        if self._storing and not self._cancel_button.isEnabled():  # the keyring is moving renamed credentials
            return
        if self.isVisible() and self._unsaved_credentials():  # typed and not stored: never lost unasked
            answer = self._ask_about_unsaved(closing=True)
            if answer is QMessageBox.StandardButton.Save:
                self._store_credentials(then=self.reject)  # closes once they are in the keyring; else stays open
            if answer is not QMessageBox.StandardButton.Discard:
                return
            self._discard_typed()
        # Profiles added in this visit go with Cancel: what was stored for them would wait for a later namesake. Under
        # the name it was stored as: one renamed after its Store still has its credentials under its first name.
        unowned = ({self._keyring_names.get(name, name) for name in self._added & self._stored}
                   - {p.name for p in self.settings.profiles})
        self._forget(unowned)
        super().reject()

    def _save_and_close(self) -> None:
        kept = {p.name for p in self._profiles}
        # Removed profiles' credentials, and what an older profile of a new one's name left, leave the keyring:
        # a profile added later under that name (for another host, perhaps) must not send them.
        unowned = ({p.name for p in self.settings.profiles} - kept) | ((self._added & kept) - self._stored)
        unowned |= self._stored - kept  # stored in this dialog for a profile then removed (added here, never saved)
        # A name changed only in case is the new name's entry too in a keyring that ignores case (Windows').
        unowned -= {saved for name, saved in self._renamed_from.items() if saved.casefold() == name.casefold()}
        old = (self.settings.profile_or_none(), self.settings.connect_timeout, self.settings.read_timeout)
        self.settings.profiles = self._profiles
        renamed_to = {saved: name for name, saved in self._renamed_from.items()}
        self.settings.active_profile = renamed_to.get(self.settings.active_profile, self.settings.active_profile)
        if self.settings.active_profile not in {p.name for p in self._profiles}:
            self.settings.active_profile = ProfileKind.LOCAL_ENGINE.value
        self.settings.policy_level = str(self.level_box.currentData())
        self.settings.connect_timeout = self.connect_spin.value()
        self.settings.read_timeout = self.read_spin.value()
        self.settings.shown_times = str(self.zone_box.currentData())
        language = str(self.language_box.currentData())
        if language != self.settings.language:
            self.language_note = (self.tr("The language changes to {language} when FaceID Console is next started.")
                                  .format(language=self.language_box.currentText()) if language else
                                  self.tr("FaceID Console follows the system's language when it is next started."))
        self.settings.language = language
        self.settings.save()
        self.connection.connector.timeouts = type(self.connection.connector.timeouts)(
            self.settings.connect_timeout, self.settings.read_timeout)
        if old != (self.settings.profile_or_none(), self.settings.connect_timeout, self.settings.read_timeout):
            self.reopen_needed = True
        self._forget(unowned)
        self.accept()

    def _forget(self, profiles: set[str]) -> None:
        """Delete ``profiles``' credentials from the keyring on a worker (``forgetting``), if there are any."""
        if profiles:
            self.connection.credentials_replaced(*sorted(profiles))
            self.forgetting = threading.Thread(target=forget_credentials, args=(sorted(profiles),),
                                               name="faceid-forget-credentials")  # not a daemon: it ends before exit
            self.forgetting.start()

    def delete_when_idle(self) -> None:
        """Delete the closed dialog once its keyring look-up and its Test connection have ended: deleted under one still
        winding down, its end would signal from a deleted object."""
        def delete_if_idle() -> None:
            if not self._task.busy and not self._testing.busy:
                self.deleteLater()

        if self._task.busy or self._testing.busy:
            for task in (self._task, self._testing):
                task.busy_changed.connect(lambda busy: None if busy else delete_if_idle())
        else:
            self.deleteLater()

    def done(self, result: int) -> None:
        self._lookup_wanted = False  # its worker stops here: no look-up follows the one cancelled
        self._accept_wanted = False  # nor the OK that waited for it (Cancel after OK moves nothing)
        self._abandon_test()  # a Test connection still waiting gives up: its worker ends with the dialog
        self._task.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._test_executor.shutdown(wait=False, cancel_futures=True)
        super().done(result)
