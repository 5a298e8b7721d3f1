"""What a page took off at a profile switch is put back only for the same service: a profile renamed, removed or
given another address since gets nothing back (it was put back beside a new profile reusing the name)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from faceid_console.settings import Profile, ProfileKind, Settings
from faceid_console.ui.profile_bound import ProfileBound


class _Connection(QObject):
    changed = Signal()

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings

    @property
    def profile(self) -> Profile:
        return self.settings.profile()

    def choose(self, name: str) -> None:
        self.settings.active_profile = name
        self.changed.emit()


class _Task(QObject):
    busy_changed = Signal(bool)
    busy = False


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
