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
