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
