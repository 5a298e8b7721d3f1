"""Whether a process runs: asked without disturbing it, and never by ending it on Windows."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from faceid_console.processes import process_alive


def test_this_process_runs_and_an_ended_one_does_not() -> None:
    assert process_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # reaped: its pid names no process now
    assert not process_alive(child.pid)


@pytest.mark.parametrize("pid", [0, -1])
def test_no_pid_names_no_process(pid: int) -> None:
    assert not process_alive(pid)  # os.kill(0 or -1, 0) would ask about a whole process group instead


def test_on_windows_it_is_assumed_to_run_rather_than_signalled(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_signal(pid: int, signal: int) -> None:
        raise AssertionError("os.kill(pid, 0) ends the process on Windows")

    monkeypatch.setattr(os, "name", "nt")
    monkeypatch.setattr(os, "kill", must_not_signal)
    assert process_alive(12345)
