"""The hostile corpus, generated once per session into a temporary folder, and a standalone engine."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .corpus import HostileCase, build_corpus
from .runner import Outcome, StandaloneEngine, cli_outcome, engine_env, engine_outcome, standalone_engine

#: Inputs sent at once: each path is independent per input, and three keep two cores busy.
PARALLEL = 3


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory: pytest.TempPathFactory, faces: Path) -> dict[str, HostileCase]:
    cases = build_corpus(tmp_path_factory.mktemp("hostile"), faces / "obama_1.jpg")
    return {case.name: case for case in cases}


@pytest.fixture(scope="session")
def hostile_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StandaloneEngine]:
    with standalone_engine(tmp_path_factory.mktemp("hostile-home")) as engine:
        yield engine


@pytest.fixture(scope="session")
def cli_outcomes(hostile_corpus: dict[str, HostileCase], hostile_engine: StandaloneEngine, faces: Path,
                 tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """``faceid-console verify`` on every input (each in its own process, with a deadline)."""
    env = engine_env(tmp_path_factory.mktemp("cli-home"))
    with ThreadPoolExecutor(PARALLEL) as pool:
        futures = {name: pool.submit(cli_outcome, case, hostile_engine.base_url, faces / "obama_2.jpg", env)
                   for name, case in hostile_corpus.items()}
        return {name: future.result() for name, future in futures.items()}


@pytest.fixture(scope="session")
def engine_outcomes(hostile_corpus: dict[str, HostileCase], hostile_engine: StandaloneEngine,
                    faces: Path) -> dict[str, Outcome]:
    """Every input's raw bytes as verify's image, over loopback HTTP."""
    reference = (faces / "obama_2.jpg").read_bytes()
    with ThreadPoolExecutor(PARALLEL) as pool:
        futures = {name: pool.submit(engine_outcome, case, hostile_engine.base_url, reference)
                   for name, case in hostile_corpus.items() if case.engine is not None}
        return {name: future.result() for name, future in futures.items()}
