"""Soak the engine's state: 10,000 web-liveness sessions over loopback HTTP, memory printed as it goes.

Each session is what a busy integration does: get_token (KYC, so no reference photo to model), open the
do page, submit a 20 KB capture with a failed liveness outcome (stored as the result, with its image),
and fetch half of the results once. A simulated clock moves 30 s per session, so over the run tokens
(1 h), results (1 day) and the memory of fetched ones (2 days) all expire; the engine's scheduled purge
runs every 0.2 s of real time. The same run is repeated with purging off (what the engine did before
issue 10): the floor to compare against.

    python benchmarks/engine_state_soak.py [--sessions 10000] [--clients 4]
"""

from __future__ import annotations

import argparse
import gc
import io
import itertools
import logging
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import requests
from PIL import Image

from faceid_console.engine.server import EngineServer

KEY, SECRET = "soak-key", "soak-secret-0123456789"
STEP_S = 30.0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def capture() -> bytes:
    pixels = np.random.default_rng(4).integers(0, 255, (120, 160, 3), dtype=np.uint8)
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, "JPEG", quality=90)
    return buf.getvalue()


class SimulatedClock:
    """Seconds since the epoch that advance by STEP_S per session, shared by all client threads."""

    def __init__(self) -> None:
        self.now = time.time()
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def advance(self) -> None:
        with self.lock:
            self.now += STEP_S


def one_session(base: str, http: requests.Session, photo: bytes, fetch: bool) -> None:
    token = http.post(base + "/faceid/liveness/v2/get_token", data={
        "api_key": KEY, "api_secret": SECRET, "comparison_type": "1", "idcard_name": "张三",
        "idcard_number": "11010519491231002X", "return_url": "http://127.0.0.1:9/back",
        "notify_url": "http://127.0.0.1:9/notify"}, timeout=30).json()["token"]
    http.get(base + "/faceid/liveness/v2/do", params={"token": token}, timeout=30)
    page = http.post(base + "/faceid/liveness/v2/do", data={"token": token, "liveness_outcome": "timeout"},
                     files={"image_best": ("best.jpg", photo, "image/jpeg")}, timeout=30)
    assert page.status_code == 200, page.text[:200]
    if fetch:
        marker = 'biz_id&#34;:&#34;'
        at = page.text.find(marker)
        biz_id = page.text[at + len(marker):].split("&#34;", 1)[0]
        http.get(base + "/faceid/liveness/v2/get_result",
                 params={"api_key": KEY, "api_secret": SECRET, "biz_id": biz_id}, timeout=30)


def soak(sessions: int, clients: int, purge: bool) -> list[tuple[int, float, dict[str, int]]]:
    clock = SimulatedClock()
    checkpoints: list[tuple[int, float, dict[str, int]]] = []
    photo = capture()
    with tempfile.TemporaryDirectory() as data_dir:
        server = EngineServer(Path(data_dir), {KEY: SECRET}, purge_interval_s=0.2 if purge else 10**9)
        server.backend.config.clock = clock
        server.backend.config.callback_timeout_s = 0.2
        server.start()
        counter = itertools.count()
        step = max(1, min(1000, sessions // 10))
        locals_ = threading.local()

        def worker(_: int) -> None:
            if not hasattr(locals_, "http"):
                locals_.http = requests.Session()
            n = next(counter)
            one_session(server.base_url, locals_.http, photo, fetch=n % 2 == 0)
            clock.advance()

        try:
            with ThreadPoolExecutor(clients) as pool:
                for start in range(0, sessions, step):
                    list(pool.map(worker, range(start, min(sessions, start + step))))
                    time.sleep(0.3)  # one scheduled purge round
                    gc.collect()
                    checkpoints.append((min(sessions, start + step), rss_mb(), server.backend.state_sizes()))
        finally:
            server.stop()
    return checkpoints


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--floor-sessions", type=int, default=2000,
                        help="sessions of the no-purge floor run (its growth is linear; keeps the run short)")
    args = parser.parse_args()
    logging.getLogger("faceid_console.engine").setLevel(logging.ERROR)  # the soak's notify_url has no listener
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "task queue depth": expected with 4 clients
    print(f"FaceID engine state soak: {args.sessions} web-liveness sessions, {args.clients} clients, "
          f"clock +{STEP_S:.0f} s per session")
    results = {}
    for purge in (False, True):  # the floor (no purge) first: its growth shows what purging prevents
        started = time.monotonic()
        results[purge] = soak(args.sessions if purge else min(args.sessions, args.floor_sessions), args.clients, purge)
        print(f"\n{'with the scheduled purge' if purge else 'floor: purging off'} "
              f"({time.monotonic() - started:.0f} s)")
        print(f"{'sessions':>9} {'RSS MB':>8} {'tokens':>7} {'sessions':>9} {'results':>8} {'destroyed':>10}")
        for done, rss, sizes in results[purge]:
            print(f"{done:>9} {rss:>8.1f} {sizes['biz_tokens']:>7} {sizes['sessions']:>9} {sizes['results']:>8} "
                  f"{sizes['destroyed']:>10}")
    for purge, rows in results.items():
        half = rows[len(rows) // 2]  # the second half of a run: retention windows have filled up by then
        growth = (rows[-1][1] - half[1]) / max(1, (rows[-1][0] - half[0]) / 1000)
        held = sum(rows[-1][2][k] for k in ("sessions", "results", "destroyed"))
        label = "purge on " if purge else "purge off"
        print(f"{label}: RSS {half[1]:.1f} MB after {half[0]} sessions → {rows[-1][1]:.1f} MB after {rows[-1][0]} "
              f"({growth:+.2f} MB per 1000 sessions); entries held at the end: {held}")

if __name__ == "__main__":
    main()
