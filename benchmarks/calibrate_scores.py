"""Reproduce the score calibration documented in faceid_console/engine/scoring.py.

Measures descriptor distances of every pair of single-face photos in tests/data/faces with the engine's
own model, fits a normal distribution to the different-person distances, and prints the distances
where the estimated false-accept rate is 1e-3 … 1e-6, with the engine's current constants beside them.

Usage: python benchmarks/calibrate_scores.py
"""

from __future__ import annotations

import itertools
import statistics
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import FACES
from faceid_console.engine import scoring
from faceid_console.engine.face_model import FaceModel


def main() -> None:
    model = FaceModel.shared()
    vectors = {}
    for path in sorted(FACES.iterdir()):
        if path.suffix.lower() in (".jpg", ".png") and not path.name.startswith("multi_"):
            faces = model.detect(ImageOps.exif_transpose(Image.open(path)).convert("RGB"))
            vectors[path.name] = model.descriptor(faces[0])
    same: list[tuple[float, str, str]] = []
    different: list[tuple[float, str, str]] = []
    for a, b in itertools.combinations(sorted(vectors), 2):
        d = float(np.linalg.norm(vectors[a] - vectors[b]))
        (same if a.split("_")[0] == b.split("_")[0] else different).append((d, a, b))
    ds, dd = [d for d, _, _ in same], [d for d, _, _ in different]
    print(f"photos: {len(vectors)}, people: {len({n.split('_')[0] for n in vectors})}")
    print(f"same-person pairs:      {len(ds):4d}  distance {min(ds):.3f}–{max(ds):.3f}, mean {statistics.mean(ds):.3f}")
    print(f"different-person pairs: {len(dd):4d}  distance {min(dd):.3f}–{max(dd):.3f}, "
          f"mean {statistics.mean(dd):.3f}, sd {statistics.stdev(dd):.3f}")
    worst_same, worst_different = max(same), min(different)
    print(f"closest different pair: {worst_different[1]} / {worst_different[2]} ({worst_different[0]:.3f})")
    print(f"farthest same pair:     {worst_same[1]} / {worst_same[2]} ({worst_same[0]:.3f})")
    fit = statistics.NormalDist(statistics.mean(dd), statistics.stdev(dd))
    print("\nFAR    fitted distance  engine distance  engine threshold (confidence)")
    for level, engine_distance in scoring.FAR_DISTANCES.items():
        fitted = fit.inv_cdf(float(level))
        print(f"{level:5}  {fitted:15.3f}  {engine_distance:15.3f}  {scoring.confidence(engine_distance):10.3f}")
    t = scoring.thresholds()
    print(f"\nsame pairs above 1e-4: {sum(scoring.confidence(d) > t['1e-4'] for d in ds)}/{len(ds)}; "
          f"different pairs below 1e-3: {sum(scoring.confidence(d) < t['1e-3'] for d in dd)}/{len(dd)}")


if __name__ == "__main__":
    main()
