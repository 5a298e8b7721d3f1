"""Bad flag values, odd environments and odd input end with a one-line message naming the flag, file or variable
and the documented exit code: never a traceback, and never a history entry for a call that was not sent."""

from __future__ import annotations

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
