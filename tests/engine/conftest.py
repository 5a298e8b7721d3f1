"""Fixtures for the engine suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .helpers import KYC_NAME, KYC_NUMBER, EngineCaller


@pytest.fixture
def caller(engine, faces: Path) -> EngineCaller:  # type: ignore[no-untyped-def]
    return EngineCaller(engine.base_url, faces)


@pytest.fixture
def registered(engine, faces: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Obama in the KYC registry of the shared engine."""
    engine.backend.registry.add(KYC_NUMBER, KYC_NAME, (faces / "obama_3.jpg").read_bytes())
    yield
    engine.backend.registry.remove(KYC_NUMBER)
