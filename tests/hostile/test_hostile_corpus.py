"""Every hostile input through the client (prepare_image and the CLI) and, raw, through the engine:
a result or a clear error naming the field, in bounded time and memory; never a traceback, a hang,
a 500 or a silent wrong answer (issue 10, deliverable 2)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from .corpus import HostileCase, build_corpus
from .runner import MAX_CLI_RSS_MB, MAX_ENGINE_RSS_MB, Outcome, StandaloneEngine, client_outcome, judge

FACES = Path(__file__).resolve().parents[1] / "data" / "faces"
# The names only, to parametrize before the session fixture writes the files.
with tempfile.TemporaryDirectory() as _scratch:
    CASES = [c.name for c in build_corpus(Path(_scratch), FACES / "obama_1.jpg", write=False)]



@pytest.mark.parametrize("name", CASES)
def test_prepare_image(hostile_corpus: dict[str, HostileCase], name: str) -> None:
    case = hostile_corpus[name]
    problem = judge(case.client, client_outcome(case))
    assert problem is None, f"{name} ({case.note}): {problem}"


@pytest.mark.parametrize("name", CASES)
def test_cli_verify(hostile_corpus: dict[str, HostileCase], cli_outcomes: dict[str, Outcome], name: str) -> None:
    case = hostile_corpus[name]
    outcome = cli_outcomes[name]
    problem = judge(case.client, outcome)
    assert problem is None, f"{name} ({case.note}): {problem}"
    assert outcome.peak_rss_mb is not None and outcome.peak_rss_mb < MAX_CLI_RSS_MB


@pytest.mark.parametrize("name", CASES)  # the engine reads pixels as the client sends them (16-bit, EXIF 1–8)
def test_engine_raw(hostile_corpus: dict[str, HostileCase], hostile_engine: StandaloneEngine,
                    engine_outcomes: dict[str, Outcome], name: str) -> None:
    case = hostile_corpus[name]
    if case.engine is None:
        pytest.skip("not a file: nothing to upload")
    problem = judge(case.engine, engine_outcomes[name])
    assert problem is None, f"{name} ({case.note}): {problem}"
    assert hostile_engine.peak_rss_mb() < MAX_ENGINE_RSS_MB
