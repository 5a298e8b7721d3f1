"""Credentials live in the keyring (an in-memory backend here; see test_secret_service for the real one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from faceid_console import credentials
from faceid_console.api import Credentials


def test_save_load_delete() -> None:
    assert credentials.load("cloud-cn") is None
    credentials.save("cloud-cn", Credentials("key-1", "secret-1"))
    assert credentials.load("cloud-cn") == Credentials("key-1", "secret-1")
    credentials.delete("cloud-cn")
    credentials.delete("cloud-cn")  # forgetting twice is fine
    assert credentials.load("cloud-cn") is None


def test_local_engine_pair_is_generated_once() -> None:
    first = credentials.local_engine_credentials()
    assert first.api_key.startswith("local-") and len(first.api_secret) >= 24
    assert credentials.local_engine_credentials() == first


def test_environment_wins_and_needs_both(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACEID_API_KEY", "env-key")
    assert credentials.from_environment() is None
    monkeypatch.setenv("FACEID_API_SECRET", "env-secret")
    assert credentials.from_environment() == Credentials("env-key", "env-secret")


def test_settings_file_holds_no_secret(tmp_path: Path) -> None:
    from faceid_console.settings import Settings

    credentials.save("cloud-sgp", Credentials("key-2", "secret-in-keyring-only"))
    settings = Settings(active_profile="cloud-sgp")
    settings.save(tmp_path / "settings.json")
    assert "secret-in-keyring-only" not in (tmp_path / "settings.json").read_text()
    assert Settings.load(tmp_path / "settings.json").active_profile == "cloud-sgp"


def test_move_gives_the_new_name_the_credentials_and_takes_them_from_the_old() -> None:
    credentials.save("lab", Credentials("lab-key", "lab-secret-moved"))
    credentials.save("lab-sgp", Credentials("stale-key", "stale-secret"))  # an older profile of that name left them
    credentials.move("lab", "lab-sgp")
    assert credentials.load("lab-sgp") == Credentials("lab-key", "lab-secret-moved")
    assert credentials.load("lab") is None


def test_move_without_credentials_clears_what_an_older_profile_of_the_new_name_left() -> None:
    credentials.save("lab-sgp", Credentials("stale-key", "stale-secret"))
    credentials.move("lab", "lab-sgp")
    assert credentials.load("lab-sgp") is None and credentials.load("lab") is None


def test_a_move_the_keyring_refuses_leaves_them_under_the_old_name_and_nothing_under_the_new(
        caplog: pytest.LogCaptureFixture) -> None:
    import logging

    import keyring
    from keyring.errors import KeyringError

    from ..conftest import MemoryKeyring

    class HalfWriting(MemoryKeyring):
        """Stores the api_key under the new name, then refuses the api_secret (locked meanwhile)."""

        def set_password(self, service: str, username: str, password: str) -> None:
            if username == "lab-sgp:api_secret":
                raise KeyringError("the collection is locked")
            super().set_password(service, username, password)

    refusing = HalfWriting()
    refusing.store[(credentials.SERVICE, "lab:api_key")] = "lab-key"
    refusing.store[(credentials.SERVICE, "lab:api_secret")] = "lab-secret-kept"
    keyring.set_keyring(refusing)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(credentials.CredentialStoreError, match="refused to store"):
        credentials.move("lab", "lab-sgp")
    assert credentials.load("lab") == Credentials("lab-key", "lab-secret-kept")
    assert set(refusing.store) == {(credentials.SERVICE, "lab:api_key"), (credentials.SERVICE, "lab:api_secret")}
    assert "lab-secret-kept" not in caplog.text


def test_a_case_only_move_keeps_them_in_a_keyring_whose_names_ignore_case() -> None:
    """Windows' Credential Locker finds "Lab:api_key" as "lab:api_key": deleting the old name's entries deleted the
    new name's with them."""
    import keyring

    from ..conftest import CaseIgnoringKeyring

    keyring.set_keyring(CaseIgnoringKeyring())
    credentials.save("lab", Credentials("lab-key", "lab-secret-case"))
    credentials.move("lab", "Lab")
    assert credentials.load("Lab") == Credentials("lab-key", "lab-secret-case")


def test_a_locked_keyring_s_look_up_is_said_locked_not_missing() -> None:
    """Every KeyringError of a look-up was "The system keyring is not available", so a keyring whose unlock prompt was
    dismissed was advised to be started; storing in it said "refused", to unlock it."""
    import keyring
    from keyring.errors import KeyringError, KeyringLocked

    from ..conftest import MemoryKeyring

    class Failing(MemoryKeyring):
        error: KeyringError = KeyringLocked("Failed to unlock the collection!")

        def get_password(self, service: str, username: str) -> str | None:
            raise self.error

    failing = Failing()
    keyring.set_keyring(failing)
    with pytest.raises(credentials.LockedKeyring) as locked:
        credentials.load("lab")
    assert str(locked.value) == "The system keyring is locked: Failed to unlock the collection!"
    assert locked.value.reason == "Failed to unlock the collection!"
    assert isinstance(locked.value, credentials.CredentialStoreError)  # callers that take any keyring failure still do
    failing.error = KeyringError("no collection")
    with pytest.raises(credentials.CredentialStoreError, match=r"^The system keyring is not available: no collection$"):
        credentials.load("lab")


def test_a_backend_failing_with_an_error_not_keyring_s_own_is_a_store_error_without_what_it_was_given() -> None:
    """A D-Bus or jeepney error (not a KeyringError) went through as itself: the crash dialog, for the dialog's
    look-up, store and forget alike; one quoting the value it was given put part of it in the report."""
    import keyring

    from ..conftest import MemoryKeyring

    secret = "lab-secret-quoted-0123"

    class Broken(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("DBusErrorResponse: org.freedesktop.DBus.Error.NoReply")

        def set_password(self, service: str, username: str, password: str) -> None:
            if username.endswith(":api_secret"):
                raise ValueError(f"cannot store {password!r}")

        def delete_password(self, service: str, username: str) -> None:
            raise OSError(5, "Input/output error")

    keyring.set_keyring(Broken())
    with pytest.raises(credentials.CredentialStoreError) as looked_up:
        credentials.load("lab")
    assert str(looked_up.value) == ("The system keyring is not available: RuntimeError: DBusErrorResponse: "
                                    "org.freedesktop.DBus.Error.NoReply")
    with pytest.raises(credentials.CredentialStoreError) as stored:
        credentials.save("lab", Credentials("lab-key", secret))
    assert str(stored.value) == "The system keyring is not available: ValueError: cannot store '…'"
    assert stored.value.__cause__ is None and stored.value.__suppress_context__  # its traceback quotes nothing

    class Encoding(Broken):
        def set_password(self, service: str, username: str, password: str) -> None:
            if username.endswith(":api_secret"):
                raise UnicodeEncodeError("latin-1", password, 0, 1, "cannot store this value")

    keyring.set_keyring(Encoding())
    with pytest.raises(credentials.CredentialStoreError) as stored:
        credentials.save("lab", Credentials("lab-key", secret))
    # A UnicodeError's own text quotes the character it could not encode: its reason alone is said.
    assert str(stored.value) == "The system keyring is not available: UnicodeEncodeError: cannot store this value"
    with pytest.raises(credentials.CredentialStoreError, match=r"^The system keyring is not available: OSError: "):
        credentials.delete("lab")
