"""Built-in engine: verify latency over real loopback HTTP as a ratio to the floor, and throughput.

The floor is the same model work done directly in the same process: decode each photo, detect the
faces, compute each descriptor. Target: median latency within 1.3x the floor.

Usage: python benchmarks/engine_latency.py [--repeats N] [--requests N]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import FACES, interleaved
from faceid_console.engine.face_model import FaceModel
from faceid_console.engine.server import EngineServer

KEY, SECRET = "bench-key", "bench-secret"
PROBE = "obama_1080p.jpg"
REFS = ("obama_2.jpg", "obama_3.jpg", "obama_4.jpg")


def direct(model: FaceModel, names: list[str]) -> None:
    """The floor: the model calls a verify needs, without HTTP or parameter handling."""
    vectors = []
    for name in names:
        image = Image.open(io.BytesIO((FACES / name).read_bytes())).convert("RGB")
        faces = model.detect(image)
        vectors.append(model.descriptor(faces[0]))
    for other in vectors[1:]:
        model.distance(vectors[0], other)


def over_http(session: requests.Session, url: str, names: list[str]) -> None:
    files = {"image": ("image.jpg", (FACES / names[0]).read_bytes(), "image/jpeg")}
    for i, name in enumerate(names[1:], start=1):
        files[f"image_ref{i}"] = (f"image_ref{i}.jpg", (FACES / name).read_bytes(), "image/jpeg")
    data = {"api_key": KEY, "api_secret": SECRET, "comparison_type": "0", "face_image_type": "raw_image", "uuid": "b"}
    response = session.post(url + "/faceid/v2/verify", data=data, files=files, timeout=120)
    response.raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--requests", type=int, default=12, help="requests per throughput run")
    args = parser.parse_args()
    model = FaceModel.shared()
    with tempfile.TemporaryDirectory() as data_dir, EngineServer(Path(data_dir), {KEY: SECRET}, threads=4,
                                                                  model=model) as server:
        session = requests.Session()
        print(f"verify of a 1920x1080 photo ({PROBE}), median of {args.repeats} runs")
        print(f"{'references':>10} {'floor':>9} {'engine':>9} {'ratio':>6}")
        for count in (1, 3):
            names = [PROBE, *REFS[:count]]
            floor_s, engine_s = interleaved(lambda n=names: direct(model, n),
                                            lambda n=names: over_http(session, server.base_url, n), args.repeats)
            print(f"{count:>10} {floor_s * 1000:7.0f}ms {engine_s * 1000:7.0f}ms {engine_s / floor_s:5.2f}x")

        print(f"\nthroughput, {args.requests} verify requests (1 reference) per run")
        print(f"{'clients':>7} {'req/s':>7} {'mean latency':>13}")
        names = [PROBE, REFS[0]]
        for clients in (1, 2, 4):
            started = time.perf_counter()
            sessions = [requests.Session() for _ in range(clients)]
            jobs = [sessions[i % clients] for i in range(args.requests)]
            with ThreadPoolExecutor(clients) as pool:
                list(pool.map(lambda s: over_http(s, server.base_url, names), jobs))
            elapsed = time.perf_counter() - started
            print(f"{clients:>7} {args.requests / elapsed:7.2f} {elapsed / args.requests * clients * 1000:11.0f}ms")


if __name__ == "__main__":
    main()
