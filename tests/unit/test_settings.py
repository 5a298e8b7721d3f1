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


def test_times_are_shown_in_the_computer_s_zone_unless_utc_is_chosen(tmp_path: Path) -> None:
    """A reviewer expects their own clock; a team across zones can choose UTC, kept between runs. A file from
    before the setting, or with a value that is not one, shows the computer's zone."""
    path = tmp_path / "settings.json"
    assert Settings.load(path).shown_times == "local"
    settings = Settings.load(path)
    settings.shown_times = "utc"
    settings.save(path)
    assert Settings.load(path).shown_times == "utc"
    body = json.loads(path.read_text())
    path.write_text(json.dumps({**body, "shown_times": "mars"}))
    assert Settings.load(path).shown_times == "local"
    del body["shown_times"]
    path.write_text(json.dumps(body))
    loaded = Settings.load(path)
    assert loaded.shown_times == "local" and loaded.policy_level == "1e-4"


def test_a_profile_name_is_checked_for_blank_length_and_names_taken_ignoring_case() -> None:
    from faceid_console.settings import MAX_PROFILE_NAME_CHARS, ProfileNameProblem, profile_name_problem

    assert profile_name_problem("  lab-sgp  ", ["lab"]) is None
    assert profile_name_problem("   ", []) is ProfileNameProblem.BLANK
    assert profile_name_problem("x" * MAX_PROFILE_NAME_CHARS, []) is None
    assert profile_name_problem("x" * (MAX_PROFILE_NAME_CHARS + 1), []) is ProfileNameProblem.TOO_LONG
    assert profile_name_problem("LAB", ["lab"]) is ProfileNameProblem.TAKEN
    # The built-in profiles' names are theirs (the built-in engine's key pair is under "local-engine").
    assert profile_name_problem("local-engine", []) is ProfileNameProblem.TAKEN
    assert profile_name_problem("Cloud-SGP", []) is ProfileNameProblem.TAKEN
    assert profile_name_problem("<b>lab</b>", []) is None  # shown as plain text wherever it is shown


def test_a_save_keeps_what_another_process_changed_since_this_one_read_the_file(tmp_path: Path) -> None:
    """The window saved its Settings as it had read them at start: a policy level tightened meanwhile with the
    command line, or a profile it added, was undone by the next switch of profile in the top bar."""
    from faceid_console.settings import Profile, ProfileKind, default_profiles

    path = tmp_path / "settings.json"
    Settings(profiles=[*default_profiles(), Profile("lab", ProfileKind.CUSTOM, "https://lab.example"),
                       Profile("old", ProfileKind.CUSTOM, "https://old.example")]).save(path)
    window = Settings.load(path)
    command_line = Settings.load(path)
    command_line.policy_level = "1e-5"
    command_line.profiles = [p for p in command_line.profiles if p.name != "lab"]
    command_line.profiles.append(Profile("lab", ProfileKind.CUSTOM, "https://lab2.example"))  # its new address
    command_line.profiles.append(Profile("team-gw", ProfileKind.CUSTOM, "https://gw.example"))
    command_line.save(path)
    window.active_profile = "cloud-sgp"  # switched in the top bar
    window.profiles = [p for p in window.profiles if p.name != "old"]  # removed in Settings
    window.profiles.append(Profile("mine", ProfileKind.CUSTOM, "https://mine.example"))  # added in Settings
    window.save(path)
    on_file = Settings.load(path)
    assert (on_file.active_profile, on_file.policy_level) == ("cloud-sgp", "1e-5")
    assert [(p.name, p.custom_url) for p in on_file.profiles if p.kind is ProfileKind.CUSTOM] == [
        ("lab", "https://lab2.example"), ("team-gw", "https://gw.example"), ("mine", "https://mine.example")]
    assert window == on_file  # the window judges at the level tightened, and lists the profile added
    command_line = Settings.load(path)
    command_line.policy_level = "1e-6"
    command_line.save(path)
    window.policy_level = "1e-3"  # what this process changed itself is its own to save
    window.save(path)
    assert Settings.load(path).policy_level == "1e-3"


def test_a_save_never_leaves_the_active_profile_one_this_process_removed(tmp_path: Path) -> None:
    """The command line chose "b" while the window's Settings removed it: the merge took "b" from the file (the
    window had not changed its choice) and the file named an active profile it no longer held."""
    from faceid_console.settings import Profile, ProfileKind, default_profiles

    path = tmp_path / "settings.json"
    Settings(active_profile="a", profiles=[*default_profiles(), Profile("a", ProfileKind.CUSTOM, "https://a.example"),
                                           Profile("b", ProfileKind.CUSTOM, "https://b.example")]).save(path)
    window = Settings.load(path)
    command_line = Settings.load(path)
    command_line.active_profile = "b"
    command_line.save(path)
    window.profiles = [p for p in window.profiles if p.name != "b"]  # removed in Settings, OK
    window.save(path)
    on_file = Settings.load(path)
    assert on_file.active_profile == "a" and on_file.profile_or_none() is not None  # the window's own choice


def test_a_save_over_a_file_damaged_meanwhile_writes_what_it_has(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(active_profile="cloud-sgp").save(path)
    window = Settings.load(path)
    path.write_text("{not json")
    window.policy_level = "1e-5"
    window.save(path)
    assert Settings.load(path) == window and not path.with_suffix(".damaged.json").exists()
