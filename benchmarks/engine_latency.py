"""Built-in engine against the naive pipeline anyone would write with the same dlib models.

(a) The floor, written out plainly in this process: decode the whole JPEG with Pillow, detect on a copy
at most 640 px wide with one upsampling, 5-point landmarks, the 128-d descriptor of the largest face,
for the photo and each reference, then the distances.
(b) A verify (``comparison_type=0``, ``return_faces=1``) through the engine over loopback HTTP, the
engine running as its own process exactly as the console starts it.

Both run alternately in the same run; the figure is the ratio of medians b/a. Cases: a 1080p photo with
one reference; with three; a 12 MP phone-sized photo with one reference; and a repeated reference (the
same reference bytes as the call before). "First seen" photos get fresh bytes each run (a counter after
the JPEG's end), so nothing can be remembered from an earlier run.
Targets: 1080p + 1 ref ≤ 0.7x, repeated reference ≤ 0.45x, 12 MP ≤ 0.6x; throughput with 2 or 4
clients ≥ 1.7x the one-client rate.

Usage: python benchmarks/engine_latency.py [--repeats N] [--requests N]
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dlib
import face_recognition_models
import numpy as np
import requests
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import FACES, cpu_seconds, interleaved

KEY, SECRET = "bench-key", "bench-secret"
PROBE = "obama_1080p.jpg"
REFS = ("obama_2.jpg", "obama_3.jpg", "obama_4.jpg")
TARGETS = {"1080p + 1 reference": 0.7, "repeated reference": 0.45, "12 MP + 1 reference": 0.6}
_fresh = itertools.count()
#: A case's inputs, made anew for each call: the photo and its references.
Inputs = Callable[[], tuple[bytes, list[bytes]]]


def fresh(data: bytes) -> bytes:
    """The same picture with bytes never sent before: a counter after the image's end marker."""
    return data + f"run-{next(_fresh)}".encode()


def phone_photo() -> bytes:
    """A 12 MP (4000x3000) phone-sized JPEG of the 1080p portrait, under the documents' 2 MB limit."""
    with Image.open(FACES / PROBE) as source:
        big = source.convert("RGB").resize((4000, 2250), Image.Resampling.LANCZOS)
    canvas = Image.new("RGB", (4000, 3000), (128, 128, 128))
    canvas.paste(big, (0, 375))
    for quality in (90, 85, 80, 75, 70):
        out = io.BytesIO()
        canvas.save(out, "JPEG", quality=quality)
        if out.tell() <= 2 * 1024 * 1024:
            return out.getvalue()
    raise RuntimeError("could not fit the 12 MP photo in 2 MB")


class NaivePipeline:
    """What a competent user writes with dlib and the face_recognition models, without our code."""

    def __init__(self) -> None:
        self.detector = dlib.get_frontal_face_detector()
        self.predictor = dlib.shape_predictor(face_recognition_models.pose_predictor_five_point_model_location())
        self.encoder = dlib.face_recognition_model_v1(face_recognition_models.face_recognition_model_location())

    def descriptor(self, data: bytes) -> np.ndarray:
        image = Image.open(io.BytesIO(data)).convert("RGB")
        pixels = np.asarray(image)
        scale = min(1.0, 640 / max(image.size))
        small = pixels if scale == 1.0 else np.asarray(
            image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.BILINEAR))
        rects = self.detector(small, 1)
        best = max(rects, key=lambda r: r.area())
        rect = dlib.rectangle(int(best.left() / scale), int(best.top() / scale), int(best.right() / scale),
                              int(best.bottom() / scale))
        shape = self.predictor(pixels, rect)
        return np.asarray(self.encoder.compute_face_descriptor(pixels, shape))

    def verify(self, photo: bytes, refs: list[bytes]) -> list[float]:
        probe = self.descriptor(photo)
        return [float(np.linalg.norm(probe - self.descriptor(ref))) for ref in refs]


@contextmanager
def engine_process(threads: int, concurrency_limit: int, with_pid: bool = False) -> Iterator[Any]:
    """The engine as the console starts it: its own process on a free loopback port, model preloaded."""
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "FACEID_API_KEY": KEY, "FACEID_API_SECRET": SECRET}
        process = subprocess.Popen(
            [sys.executable, "-m", "faceid_console", "engine", "--port", "0", "--data-dir", data_dir,
             "--threads", str(threads), "--concurrency-limit", str(concurrency_limit), "--preload-model"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        assert process.stdout is not None
        try:
            for line in process.stdout:
                try:
                    announced = json.loads(line)
                except ValueError:
                    continue
                if isinstance(announced, dict) and "engine" in announced:
                    yield (str(announced["engine"]), process.pid) if with_pid else str(announced["engine"])
                    break
            else:
                raise RuntimeError("the engine did not start")
        finally:
            process.terminate()
            process.wait(timeout=30)


def verify_over_http(session: requests.Session, url: str, photo: bytes, refs: list[bytes]) -> dict[str, object]:
    files = {"image": ("image.jpg", photo, "image/jpeg")}
    for i, ref in enumerate(refs, start=1):
        files[f"image_ref{i}"] = (f"image_ref{i}.jpg", ref, "image/jpeg")
    data = {"api_key": KEY, "api_secret": SECRET, "comparison_type": "0", "face_image_type": "raw_image",
            "uuid": "bench", "return_faces": "1"}
    response = session.post(url + "/faceid/v2/verify", data=data, files=files, timeout=300)
    response.raise_for_status()
    return dict(response.json())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--requests", type=int, default=16, help="requests per throughput run")
    args = parser.parse_args()
    naive = NaivePipeline()
    probe = (FACES / PROBE).read_bytes()
    refs = [(FACES / name).read_bytes() for name in REFS]
    phone = phone_photo()
    with engine_process(threads=4, concurrency_limit=8, with_pid=True) as (url, pid):
        session = requests.Session()
        cases: dict[str, tuple[Inputs, Inputs]] = {
            "1080p + 1 reference": (lambda: (fresh(probe), [fresh(refs[0])]),) * 2,
            "1080p + 3 references": (lambda: (fresh(probe), [fresh(r) for r in refs]),) * 2,
            "12 MP + 1 reference": (lambda: (fresh(phone), [fresh(refs[0])]),) * 2,
            # The naive pipeline has nothing to remember; the engine sees the reference of the call before.
            "repeated reference": (lambda: (fresh(probe), [refs[0]]), lambda: (fresh(probe), [refs[0]])),
        }
        print(f"verify through the engine over loopback HTTP vs the naive pipeline, median of {args.repeats} "
              "alternating runs")
        print(f"{'case':<22} {'naive':>8} {'engine':>8} {'ratio':>6}  target")
        for name, (naive_inputs, engine_inputs) in cases.items():

            def naive_run(f: Inputs = naive_inputs) -> list[float]:
                return naive.verify(*f())

            def engine_run(f: Inputs = engine_inputs) -> dict[str, object]:
                return verify_over_http(session, url, *f())

            floor_s, engine_s = interleaved(naive_run, engine_run, args.repeats)
            ratio = engine_s / floor_s
            target = TARGETS.get(name)
            verdict = "" if target is None else f"≤ {target}x: {'met' if ratio <= target else 'MISSED'}"
            print(f"{name:<22} {floor_s * 1000:6.0f}ms {engine_s * 1000:6.0f}ms {ratio:5.2f}x  {verdict}")

        print(f"\nthroughput: {args.requests} verifies (1080p + 1 first-seen reference) per run")
        print(f"{'clients':>7} {'req/s':>7} {'vs 1':>6} {'cores busy':>10} {'CPU/request':>11}")
        rates = {}
        cores = os.cpu_count() or 1
        for clients in (1, 2, 4):
            sessions = [requests.Session() for _ in range(clients)]
            inputs = [(fresh(probe), [fresh(refs[0])]) for _ in range(args.requests)]
            cpu_before, started = cpu_seconds(pid), time.perf_counter()
            jobs = [(sessions[i % clients], *inputs[i]) for i in range(args.requests)]
            with ThreadPoolExecutor(clients) as pool:
                list(pool.map(lambda job: verify_over_http(job[0], url, job[1], job[2]), jobs))
            wall, cpu = time.perf_counter() - started, cpu_seconds(pid) - cpu_before
            rates[clients] = args.requests / wall
            print(f"{clients:>7} {rates[clients]:7.2f} {rates[clients] / rates[1]:5.2f}x {cpu / wall:10.2f} "
                  f"{cpu / args.requests * 1000:9.0f}ms")
        best = max(rates[2], rates[4]) / rates[1]
        print(f"2 or 4 clients vs 1: {best:.2f}x (target ≥ 1.7x: {'met' if best >= 1.7 else 'MISSED'}); "
              f"with {cores} cores, one client keeping n cores busy bounds this at {cores}/n")


if __name__ == "__main__":
    main()
