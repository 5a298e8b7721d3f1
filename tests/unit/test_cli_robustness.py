"""Bad flag values, odd environments and odd input end with a one-line message naming the flag, file or variable
and the documented exit code: never a traceback, and never a history entry for a call that was not sent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from faceid_console import cli
from faceid_console.store import HistoryFilter, HistoryStore

Console = Callable[..., tuple[int, str, str]]


@pytest.fixture
def console(capsys: pytest.CaptureFixture[str]) -> Console:
    """Runs ``faceid-console ARGS`` in-process; returns (exit code, standard output, standard error); argparse's
    refusals (SystemExit) become their exit code."""

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = cli.main(list(args))
        except SystemExit as stop:
            code = int(stop.code or 0)
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return run


def _recorded() -> int:
    store = HistoryStore.open(operator="test")
    try:
        return store.history.count(HistoryFilter())
    finally:
        store.close()


@pytest.mark.parametrize("timeout", ["-1", "nan", "inf", "0", "1e9", "soon"])
def test_a_timeout_that_is_no_wait_is_refused_before_anything_is_recorded(
        console: Console, faces: Path, timeout: str) -> None:
    code, out, err = console("verify", "--comparison-type", "0", "--uuid", "U-1", "--timeout", timeout,
                             "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    assert code == 2 and out == ""
    assert "--timeout" in err and "seconds" in err and "Traceback" not in err
    assert _recorded() == 0


@pytest.mark.parametrize("command", [["get-result", "--biz-id", "B"], ["history", "resend", "1"]])
def test_every_timeout_flag_is_checked(console: Console, command: list[str]) -> None:
    code, _, err = console(*command, "--timeout=-1")
    assert code == 2 and "--timeout" in err and "seconds" in err


@pytest.mark.parametrize(("flag", "value", "words"), [("--limit", "-1", "1 or more"), ("--limit", "0", "1 or more"),
                                                      ("--offset", "-5", "0 or more")])
def test_history_list_refuses_a_limit_or_offset_that_means_nothing(
        console: Console, flag: str, value: str, words: str) -> None:
    code, out, err = console("history", "list", f"{flag}={value}")
    assert code == 2 and out == "" and flag in err and words in err


def test_engine_refuses_a_port_out_of_range(console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_serve_engine", lambda args, data_dir: 0)  # the bug served on port 34463 for ever
    code, _, err = console("engine", "--port", "99999")
    assert code == 2 and "--port" in err and "0 to 65535" in err


@pytest.mark.parametrize("flag", ["--threads", "--concurrency-limit"])
def test_engine_refuses_no_workers_or_no_room(console: Console, monkeypatch: pytest.MonkeyPatch, flag: str) -> None:
    """0 threads answered nothing; a limit of 0 refused every request as over the limit."""
    monkeypatch.setattr(cli, "_serve_engine", lambda args, data_dir: 0)
    code, _, err = console("engine", flag, "0")
    assert code == 2 and flag in err and "1 or more" in err


def test_an_empty_base_url_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    """``FACEID_BASE_URL=`` (set, but empty) goes to the active profile, the built-in engine, as when it is unset."""
    import argparse

    from faceid_console import local_engine

    class EngineAsked(Exception):
        pass

    def embedded_engine() -> None:
        raise EngineAsked
    monkeypatch.setenv(cli.ENV_BASE_URL, "")
    monkeypatch.setattr(local_engine, "embedded_engine", embedded_engine)
    with pytest.raises(EngineAsked), cli._Connect(argparse.Namespace(base_url=None, profile=None, timeout=None)):
        pass


def test_an_empty_biz_id_is_an_input_error_naming_the_flag(console: Console) -> None:
    code, out, err = console("get-result", "--biz-id", "", "--json")
    assert code == 2 and "--biz-id" in out and "Traceback" not in err
    assert _recorded() == 0


def test_a_time_with_an_offset_is_converted_to_utc_and_a_time_without_one_is_utc() -> None:
    import datetime

    from faceid_console import history_commands

    assert history_commands._when("2026-12-01T17:00:00+08:00") == datetime.datetime(2026, 12, 1, 9, 0)
    assert history_commands._when("2026-12-01T17:00:00Z") == datetime.datetime(2026, 12, 1, 17, 0)
    assert history_commands._when("2026-12-01T17:00:00") == datetime.datetime(2026, 12, 1, 17, 0)


def test_until_a_date_includes_that_day_and_until_a_time_stops_there() -> None:
    import argparse
    import datetime

    from faceid_console import cli, history_commands

    parser = cli._build_parser()

    def until(text: str) -> datetime.datetime | None:
        args: argparse.Namespace = parser.parse_args(["history", "list", "--until", text])
        return history_commands.filter_from(args).until
    assert until("2026-12-01") == datetime.datetime(2026, 12, 2, 0, 0)
    # 08:00 in Beijing is midnight UTC: a moment, not the whole day that follows it
    assert until("2026-12-01T08:00+08:00") == datetime.datetime(2026, 12, 1, 0, 0)


def test_an_unknown_verdict_is_refused_listing_the_verdicts(console: Console) -> None:
    code, out, err = console("history", "list", "--verdict", "bogus")
    assert code == 2 and out == "" and "--verdict" in err and "photos_disagree" in err and "not_started" in err


def test_export_to_a_missing_folder_is_an_input_error_naming_it(console: Console, tmp_path: Path) -> None:
    missing = tmp_path / "nonexistent-dir"
    code, out, _ = console("history", "export", "--output", str(missing / "x.csv"))
    assert code == 2 and str(missing) in out and "does not exist" in out
    assert not missing.exists()


def test_engine_on_a_port_in_use_says_which_flag_helps(console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    monkeypatch.setenv("FACEID_API_KEY", "robust-key")
    monkeypatch.setenv("FACEID_API_SECRET", "robust-secret-0123456789")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        code, out, _ = console("engine", "--port", str(busy))
    assert code == 2
    assert f"port {busy} is in use; choose another with --port or 0 for a free one" in out


def test_check_callback_help_gives_its_exit_codes(console: Console) -> None:
    code, out, _ = console("check-callback", "--help")
    assert code == 0 and "3  the signature does not match" in out


@pytest.mark.parametrize("from_variable", [False, True])
def test_plain_http_to_another_host_is_refused_before_credentials_are_looked_for(
        console: Console, faces: Path, monkeypatch: pytest.MonkeyPatch, from_variable: bool) -> None:
    """A newcomer with no credentials read "No credentials … for profile 'local-engine'" for http://example.com, and
    the refusal only once credentials were set; from $FACEID_BASE_URL the hint said to check --base-url."""
    flags = ["--summary"] if from_variable else ["--summary", "--base-url", "http://example.com"]
    if from_variable:
        monkeypatch.setenv(cli.ENV_BASE_URL, "http://example.com")
    code, out, err = console("verify", "--comparison-type", "0", "--uuid", "U-1", *flags,
                             "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    named = "FACEID_BASE_URL" if from_variable else "base_url"
    assert code == 2 and out == "", err
    assert f"{named}: plain HTTP is only allowed to this machine; use https:// for example.com." in err
    assert ("hint: check $FACEID_BASE_URL" if from_variable else "hint: check --base-url") in err
    assert "credentials" not in err.lower() and _recorded() == 0


def test_no_credentials_for_a_host_given_from_the_built_in_engine_s_profile_say_where_they_can_come_from(
        console: Console, faces: Path) -> None:
    """The built-in engine's profile keeps no credentials: storing them "for profile 'local-engine'" was no way."""
    code, out, err = console("verify", "--summary", "--comparison-type", "0", "--uuid", "U-1",
                             "--base-url", "https://faceid.example.com", "--image", str(faces / "obama_1.jpg"),
                             "--image-ref1", str(faces / "obama_2.jpg"))
    assert code == 2 and out == ""
    assert "No credentials for https://faceid.example.com: set FACEID_API_KEY and FACEID_API_SECRET, or add " \
           "--profile NAME of a profile whose credentials are stored" in err
    assert "'local-engine'" not in err and _recorded() == 0


def test_a_host_given_from_the_built_in_engine_s_profile_is_sent_its_stored_pair(
        console: Console, faces: Path) -> None:
    """Review: the message above first refused any host from the built-in engine's profile without the environment's
    pair, but its stored pair (the engine's own key) is how a standing engine elsewhere on this machine is called."""
    from faceid_console import credentials
    from faceid_console.api import Credentials
    from tests.http_stub import Stub

    credentials.save("local-engine", Credentials("engine-key", "engine-secret"))
    stub = Stub(lambda n, path: (200, "application/json", b'{"request_id": "1,r", "time_used": 3, "biz_id": "1,s"}'))
    try:
        console("get-result", "--json", "--base-url", stub.url, "--biz-id", "1,s")
    finally:
        stub.close()
    assert len(stub.calls) == 1 and "api_key=engine-key" in stub.calls[0]


def test_credentials_set_without_a_keyring_points_to_the_environment(
        console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    """"No system keyring was found" said how to install one, not that the environment's pair needs none."""
    import io

    from faceid_console import credentials

    def no_keyring(*_args: object) -> None:
        raise credentials.NotOSKeyring("")

    monkeypatch.setattr(credentials, "save", no_keyring)
    monkeypatch.setattr("sys.stdin", io.StringIO("key\nsecret\n"))
    code, out, err = console("credentials", "set", "--profile", "cloud-cn")
    said = json.loads(out or err)
    assert code == 2 and said["error"]["message"].startswith("No system keyring was found")
    assert said["hint"].startswith("without a keyring, set FACEID_API_KEY and FACEID_API_SECRET in the environment")

    # A keyring that is there but failing is the keyring's to fix: no hint to do without one.
    def unavailable(*_args: object) -> None:
        raise credentials.UnavailableKeyring("D-Bus said no")

    monkeypatch.setattr(credentials, "save", unavailable)
    monkeypatch.setattr("sys.stdin", io.StringIO("key\nsecret\n"))
    code, out, err = console("credentials", "set", "--profile", "cloud-cn")
    said = json.loads(out or err)
    assert code == 2 and "D-Bus said no" in said["error"]["message"] and "hint" not in said
