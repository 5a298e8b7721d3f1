"""The hostile corpus, generated once per session into a temporary folder, and a standalone engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .corpus import HostileCase, build_corpus
from .runner import StandaloneEngine, standalone_engine


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory: pytest.TempPathFactory, faces: Path) -> dict[str, HostileCase]:
    cases = build_corpus(tmp_path_factory.mktemp("hostile"), faces / "obama_1.jpg")
    return {case.name: case for case in cases}


@pytest.fixture(scope="session")
def hostile_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StandaloneEngine]:
    with standalone_engine(tmp_path_factory.mktemp("hostile-home")) as engine:
        yield engine
