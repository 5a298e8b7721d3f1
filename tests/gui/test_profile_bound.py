"""What a page took off at a profile switch is put back only for the same service: a profile renamed, removed or
given another address since gets nothing back (it was put back beside a new profile reusing the name)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from faceid_console.settings import Profile, ProfileKind, Settings
from faceid_console.ui.connection import Connection
from faceid_console.ui.profile_bound import ProfileBound


class _Connection(QObject):
    changed = Signal()
    #: The window's own bookkeeping of credentials changed from Settings (no keyring, no client here).
    credentials_replaced = Connection.credentials_replaced
    credentials_changed_since = Connection.credentials_changed_since

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self._credentials_clock = 0
        self._credentials_changed_at: dict[str, int] = {}
        self.credentials_read_at = 0

    @property
    def profile(self) -> Profile:
        return self.settings.profile()

    def choose(self, name: str) -> None:
        self.settings.active_profile = name
        self.reopen()

    def reopen(self) -> None:
        """As ``Connection.open_active``: the client opened reads the credentials the keyring has now."""
        self.credentials_read_at = self._credentials_clock
        self.changed.emit()


class _Task(QObject):
    busy_changed = Signal(bool)
    busy = False

    def run(self, answer: Callable[[], None]) -> None:
        """A call of the page: ``answer`` is its handler, run before the task says it is idle again."""
        self.busy = True
        self.busy_changed.emit(True)
        answer()
        self.busy = False
        self.busy_changed.emit(False)


def _bound(qapp, url: str = "https://staging.example") -> tuple[_Connection, ProfileBound, list[str]]:  # type: ignore[no-untyped-def]
    settings = Settings()
    settings.profiles = [*settings.profiles, Profile("staging", ProfileKind.CUSTOM, url)]
    settings.active_profile = "staging"
    connection, put_back = _Connection(settings), []
    bound = ProfileBound(connection, _Task(), lambda name: lambda: put_back.append(name), connection)  # type: ignore[arg-type]
    bound.shown("staging")
    connection.choose("cloud-cn")  # taken off
    return connection, bound, put_back


def test_the_same_profile_chosen_again_gets_its_answer_back(qapp) -> None:  # type: ignore[no-untyped-def]
    connection, bound, put_back = _bound(qapp)
    connection.choose("staging")
    assert put_back == ["staging"] and bound.profile == "staging"


def test_a_profile_given_another_address_since_gets_nothing_back(qapp) -> None:  # type: ignore[no-untyped-def]
    connection, bound, put_back = _bound(qapp)
    settings = connection.settings
    settings.profiles = [p for p in settings.profiles if p.name != "staging"] + [
        Profile("staging", ProfileKind.CUSTOM, "https://other-account.example")]
    connection.choose("staging")
    assert put_back == [] and bound.profile is None


def test_a_new_profile_reusing_a_removed_one_s_name_gets_nothing_back(qapp) -> None:  # type: ignore[no-untyped-def]
    connection, _, put_back = _bound(qapp)
    settings = connection.settings
    settings.profiles = [p for p in settings.profiles if p.name != "staging"]  # removed
    connection.choose("cloud-sgp")  # the put-back for the removed profile is let go, not held
    settings.profiles = [*settings.profiles, Profile("staging", ProfileKind.CUSTOM, "https://staging.example")]
    connection.choose("staging")
    assert put_back == []


def test_a_profile_whose_credentials_were_stored_anew_since_gets_nothing_back(qapp) -> None:  # type: ignore[no-untyped-def]
    """A refusal of a wrong api_secret, put back after the right one was stored in Settings, read as current."""
    connection, bound, put_back = _bound(qapp)
    connection.credentials_replaced("staging")  # Settings' Store (or Forget, or a rename's move)
    connection.choose("staging")
    assert put_back == [] and bound.profile is None


def test_another_profile_s_credentials_stored_since_take_nothing_away(qapp) -> None:  # type: ignore[no-untyped-def]
    connection, bound, put_back = _bound(qapp)
    connection.credentials_replaced("cloud-sgp", "cloud-cn")
    connection.choose("staging")
    assert put_back == ["staging"] and bound.profile == "staging"


def _sent_on_staging(qapp) -> tuple[_Connection, _Task, ProfileBound, list[str]]:  # type: ignore[no-untyped-def]
    settings = Settings()
    settings.profiles = [*settings.profiles, Profile("staging", ProfileKind.CUSTOM, "https://staging.example")]
    settings.active_profile = "staging"
    connection, task, put_back = _Connection(settings), _Task(), []
    bound = ProfileBound(connection, task, lambda name: lambda: put_back.append(name), connection)  # type: ignore[arg-type]
    return connection, task, bound, put_back


def test_an_answer_to_a_call_sent_before_the_credentials_changed_is_not_put_back(qapp) -> None:  # type: ignore[no-untyped-def]
    """Sent with the old api_secret, it came after the switch (kept off), and after the new one was stored."""
    connection, task, bound, put_back = _sent_on_staging(qapp)

    def answer() -> None:  # on its way meanwhile: the reviewer switches and stores new credentials for staging
        connection.choose("cloud-cn")
        connection.credentials_replaced("staging")
        bound.kept_off("staging", lambda: put_back.append("staging"))

    task.run(answer)
    connection.choose("staging")
    assert put_back == [] and bound.profile is None


def test_an_answer_on_show_when_its_credentials_changed_is_not_put_back_after_a_switch(qapp) -> None:  # type: ignore[no-untyped-def]
    connection, task, bound, put_back = _sent_on_staging(qapp)
    task.run(lambda: bound.shown("staging"))
    connection.credentials_replaced("staging")  # Settings, with staging in the top bar: it is opened again
    connection.reopen()
    assert bound.profile == "staging"  # still on show: the reviewer saw it stay
    connection.choose("cloud-cn")
    connection.choose("staging")
    assert put_back == [] and bound.profile is None


def test_an_answer_sent_with_the_credentials_stored_anew_is_put_back(qapp) -> None:  # type: ignore[no-untyped-def]
    connection, task, bound, put_back = _sent_on_staging(qapp)
    connection.credentials_replaced("staging")
    connection.reopen()
    task.run(lambda: bound.shown("staging"))
    connection.choose("cloud-cn")
    connection.choose("staging")
    assert put_back == ["staging"] and bound.profile == "staging"
