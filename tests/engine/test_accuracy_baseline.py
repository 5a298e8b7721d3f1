"""The engine's speed work costs no accuracy: against the figures recorded before it
(``benchmarks/engine_baseline.py``), every face is still found where it was, and every pair of the
test photos scores within 1 point of its recorded confidence."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from faceid_console.engine.face_model import FaceModel
from faceid_console.engine.models import EngineBackend, EngineConfig

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from benchmarks.engine_baseline import measure  # noqa: E402

BASELINE = ROOT / "tests" / "data" / "engine_baseline.json"


@pytest.fixture(scope="module")
def measured(face_model: FaceModel, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    backend = EngineBackend(EngineConfig(data_dir=tmp_path_factory.mktemp("engine"), credentials={}), model=face_model)
    return measure(backend)


@pytest.fixture(scope="module")
def recorded() -> dict[str, Any]:
    return json.loads(BASELINE.read_text())


def test_every_recorded_face_is_still_found_in_its_place(measured: dict[str, Any], recorded: dict[str, Any]) -> None:
    assert measured["photos"].keys() == recorded["photos"].keys()
    for name, before in recorded["photos"].items():
        now = measured["photos"][name]
        assert len(now["faces"]) == len(before["faces"]), name
        for old, new in zip(before["faces"], now["faces"], strict=True):
            assert all(abs(old[k] - new[k]) < 0.03 for k in ("left", "top", "width", "height")), (name, old, new)
        for old_q, new_q in zip(before["quality"], now["quality"], strict=True):
            assert abs(old_q - new_q) < 5, (name, old_q, new_q)


def test_every_pair_scores_within_one_point_of_its_record(measured: dict[str, Any], recorded: dict[str, Any]) -> None:
    assert measured["pairs"].keys() == recorded["pairs"].keys()
    moved = {pair: (recorded["pairs"][pair], score) for pair, score in measured["pairs"].items()
             if abs(score - recorded["pairs"][pair]) >= 1.0}
    assert not moved
