"""Built-in engine under a burst: 200 verifies at once from a thread pool.

Every one must answer with a result or a documented error (``CONCURRENCY_LIMIT_EXCEEDED`` beyond the
limit); the engine's memory must stay bounded (its peak RSS is printed, from
/proc); and it must answer normally afterwards. The engine runs as its own process, as the console starts it.

Usage: python benchmarks/engine_load.py [--clients 200] [--limit 8]
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import FACES
from benchmarks.engine_latency import engine_process, fresh, verify_over_http


def rss_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--limit", type=int, default=8, help="the engine's --concurrency-limit")
    args = parser.parse_args()
    probe, ref = (FACES / "obama_1080p.jpg").read_bytes(), (FACES / "obama_2.jpg").read_bytes()

    def one(_: int) -> str:
        try:
            verify_over_http(requests.Session(), url, fresh(probe), [fresh(ref)])
            return "result"
        except requests.HTTPError as err:
            return f"{err.response.status_code} {err.response.json().get('error_message')}"
        except requests.RequestException as err:
            return f"no answer: {type(err).__name__}"

    with engine_process(threads=4, concurrency_limit=args.limit, with_pid=True) as (url, pid):
        one(0)
        before = rss_kib(pid, "VmRSS")
        started = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            outcomes = collections.Counter(pool.map(one, range(args.clients)))
        elapsed = time.perf_counter() - started
        after = one(0)
        print(f"{args.clients} verifies at once (1080p + 1 reference), concurrency limit {args.limit}: {elapsed:.1f} s")
        for outcome, count in outcomes.most_common():
            print(f"  {count:4d}  {outcome}")
        print(f"engine RSS: {before / 1024:.0f} MiB before, peak {rss_kib(pid, 'VmHWM') / 1024:.0f} MiB, "
              f"{rss_kib(pid, 'VmRSS') / 1024:.0f} MiB after")
        documented = set(outcomes) <= {"result", "403 CONCURRENCY_LIMIT_EXCEEDED"}
        print(f"every request answered with a result or CONCURRENCY_LIMIT_EXCEEDED: {'yes' if documented else 'NO'}; "
              f"a verify afterwards: {after}")


if __name__ == "__main__":
    main()
