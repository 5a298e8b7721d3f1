"""The policy level setting: default, persistence, and a hand-edited value that is not a level."""

from __future__ import annotations

import json
from pathlib import Path

from faceid_console.settings import DEFAULT_POLICY_LEVEL, Settings


def test_policy_level_defaults_to_1e4_and_persists(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert Settings.load(path).policy_level == DEFAULT_POLICY_LEVEL == "1e-4"
    settings = Settings.load(path)
    settings.policy_level = "1e-5"
    settings.save(path)
    assert Settings.load(path).policy_level == "1e-5"
    assert json.loads(path.read_text())["policy_level"] == "1e-5"


def test_a_bad_level_in_the_file_falls_back_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(active_profile="cloud-sgp")
    settings.save(path)
    body = json.loads(path.read_text())
    path.write_text(json.dumps({**body, "policy_level": "1e-9"}))
    loaded = Settings.load(path)
    assert loaded.policy_level == "1e-4" and loaded.active_profile == "cloud-sgp"
