"""Record what the engine finds and scores in the test photos, as the yardstick for engine speed work.

For every photo of tests/data/faces (and obama_2 turned 90, 180 and 270 degrees, searched with
multi_oriented_detection) it records the faces the engine finds and their boxes, and for every pair
of single-face photos the verify confidence. ``tests/engine/test_accuracy_baseline.py`` checks the
engine against the file: no face lost, boxes in place, every pair's confidence within 1 point.

Usage: python benchmarks/engine_baseline.py [--write tests/data/engine_baseline.json]
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import FACES
from faceid_console.engine import scoring
from faceid_console.engine.models import EngineBackend, EngineConfig

#: The turned photos the multi-oriented search must still find (degrees counter-clockwise).
TURNED = {f"obama_2.jpg@{degrees}": ("obama_2.jpg", degrees) for degrees in (90, 180, 270)}


def photo_bytes(name: str) -> bytes:
    """The bytes of a test photo, or of obama_2 turned, for names like ``obama_2.jpg@90``."""
    if name in TURNED:
        source, degrees = TURNED[name]
        out = io.BytesIO()
        Image.open(FACES / source).rotate(degrees, expand=True).save(out, "JPEG", quality=95)
        return out.getvalue()
    return (FACES / name).read_bytes()


def photo_names() -> list[str]:
    return sorted(p.name for p in FACES.iterdir() if p.suffix.lower() in (".jpg", ".png")) + sorted(TURNED)


def measure(backend: EngineBackend) -> dict[str, Any]:
    """Faces and boxes per photo, and the confidence of every pair of single-face photos."""
    photos: dict[str, Any] = {}
    vectors = {}
    for name in photo_names():
        decoded = backend.decode("image", photo_bytes(name))
        multi_oriented = name in TURNED
        faces = backend.faces(decoded, multi_oriented=multi_oriented)
        photos[name] = {
            "multi_oriented": multi_oriented,
            "faces": [face.rect_fractions(decoded.image.width, decoded.image.height) for face in faces],
            "quality": [round(face.quality.score, 2) for face in faces],
        }
        if faces and not name.startswith("multi_"):
            vectors[name] = backend.model.descriptor(faces[0])
    pairs = {
        f"{a}|{b}": round(scoring.confidence(backend.model.distance(vectors[a], vectors[b])), 3)
        for a, b in itertools.combinations(sorted(vectors), 2)
    }
    return {"photos": photos, "pairs": pairs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path, help="save the figures here (JSON)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        found = measure(EngineBackend(EngineConfig(data_dir=Path(data_dir), credentials={})))
    text = json.dumps(found, indent=1, sort_keys=True)
    if args.write:
        args.write.write_text(text + "\n")
    faces = sum(len(p["faces"]) for p in found["photos"].values())
    print(f"{len(found['photos'])} photos, {faces} faces, {len(found['pairs'])} pairs")


if __name__ == "__main__":
    main()
