"""``faceid-console engine`` serves with one BLAS thread a call: each request thread describes faces on one
core, and BLAS's own threads would compete with the other requests (and spin while they wait)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from faceid_console import cli
from faceid_console.engine.server import EngineServer


def _blas_threads() -> list[int]:
    return [library["num_threads"] for library in threadpool_info() if library["user_api"] == "blas"]


def test_the_engine_command_serves_with_one_blas_thread_a_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    serving: list[list[int]] = []
    monkeypatch.setattr(EngineServer, "serve_forever", lambda _server: serving.append(_blas_threads()))
    monkeypatch.setattr(signal, "signal", lambda *_args: None)  # pytest's own handlers stay in place
    monkeypatch.setenv("FACEID_API_KEY", "engine-threads-key")
    monkeypatch.setenv("FACEID_API_SECRET", "engine-threads-secret")
    before = threadpool_info()
    try:
        assert cli.main(["engine", "--port", "0", "--data-dir", str(tmp_path)]) == 0
    finally:
        threadpool_limits(before)  # the limit is process-wide: give the other tests numpy's default back
    assert '"engine": "http://127.0.0.1:' in capsys.readouterr().out
    assert serving == [[1]]
    assert _blas_threads() == [library["num_threads"] for library in before if library["user_api"] == "blas"]
