"""Fixtures for the unit suite: a loopback HTTP stub answering as a test says."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from ..http_stub import Stub


@pytest.fixture
def stub_factory() -> Iterator[Callable[..., Stub]]:
    stubs: list[Stub] = []

    def make(respond: Callable[[int, str], tuple[int, str, bytes] | None]) -> Stub:
        stubs.append(Stub(respond))
        return stubs[-1]

    yield make
    for s in stubs:
        s.close()
