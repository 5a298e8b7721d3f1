"""Retention purges beside the history's other writers: how long a verify being recorded waits while a "Thumbnails"
purge reduces many full photos, and what a reviewer's Apply pressed while the console's own (automatic) purge runs
comes to.

The history holds ``--photos`` full 4096-pixel photos (one per verify entry), kept whole under "Full photos"; then
"Thumbnails" is stored and:

* writers: the automatic purge runs on a thread while the main thread records a verify (journal ``begin`` +
  ``complete``, each durable) every 20 ms; printed: the purge's length and each write's wait (median, longest;
  target: under 1 s, where SQLite's busy time-out is 10 s).
* Apply: the automatic purge runs on a thread and, 0.5 s into it, a reviewer applies "Thumbnails, photos kept 30
  days" (``HistoryStore.apply_retention``) on another; printed: whether Apply succeeded or failed, and after how long.
  ``--lock-timeout-ms`` sets the database's busy time-out (10,000 ms, ``database.LOCK_TIMEOUT_MS``) for a shorter run.

    .venv/bin/python benchmarks/retention_purge.py [--photos 200] [--lock-timeout-ms 10000] [--postgres]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import FACES, exit_without_teardown, full_photo, start_postgres_cluster

WRITE_TARGET_S = 1.0
WRITE_EVERY_S = 0.02
APPLY_AFTER_S = 0.5


def filled(open_store: Callable[[], object], photos: int, photo: bytes) -> object:
    """A store with ``photos`` verify entries, each with its photo kept whole, and "Thumbnails" then in force."""
    from faceid_console.store import CallKind, HistoryStore
    from faceid_console.store.retention import ImageRetention, RetentionPolicy

    store = open_store()
    assert isinstance(store, HistoryStore)
    for index in range(photos):
        # Each a different photo (a byte appended past the JPEG's end), as a history's are.
        store.journal.begin(CallKind.VERIFY, "bench", {"uuid": f"U-{index}"}, {"image": photo + index.to_bytes(4)})
    store.set_retention(RetentionPolicy(ImageRetention.THUMBNAIL, image_days=90))
    return store


def writers(store: object) -> tuple[float, list[float], int]:
    """The automatic purge's length, each verify's write wait while it ran, and how many were refused as the
    database not answering (its lock held past the busy time-out)."""
    from faceid_console.store import NOT_ANSWERING, CallKind, HistoryStore

    assert isinstance(store, HistoryStore)
    done = threading.Event()
    took: list[float] = []

    def purge() -> None:
        started = time.perf_counter()
        try:
            store.purge(automatic=True)
        finally:
            took.append(time.perf_counter() - started)
            done.set()

    small = (FACES / "obama_240p.jpg").read_bytes()
    threading.Thread(target=purge).start()
    waits: list[float] = []
    refused = 0
    while not done.is_set():
        started = time.perf_counter()
        try:
            entry = store.journal.begin(CallKind.VERIFY, "bench", {"uuid": "U-writer"}, {"image": small})
            store.journal.complete(entry, {"request_id": "bench"})
        except NOT_ANSWERING:
            refused += 1
        waits.append(time.perf_counter() - started)
        time.sleep(WRITE_EVERY_S)
    return took[0], waits, refused


def apply_beside_the_automatic_purge(store: object) -> tuple[str, float]:
    """A reviewer's Apply pressed while the automatic purge runs: its outcome, and how long it took."""
    from faceid_console.store import NOT_ANSWERING, HistoryStore, failure_reason
    from faceid_console.store.retention import ImageRetention, RetentionPolicy

    assert isinstance(store, HistoryStore)
    automatic = threading.Thread(target=lambda: store.purge(automatic=True))
    automatic.start()
    time.sleep(APPLY_AFTER_S)
    started = time.perf_counter()
    try:
        report = store.apply_retention(RetentionPolicy(ImageRetention.THUMBNAIL, image_days=30))
        outcome = f"applied ({report.images_reduced} photos reduced by it)"
    except NOT_ANSWERING as exc:
        outcome = f"FAILED: the history database did not answer ({failure_reason(exc)})"
    took = time.perf_counter() - started
    automatic.join()
    return outcome, took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--lock-timeout-ms", type=int, default=None)
    parser.add_argument("--postgres", action="store_true", help="a throw-away PostgreSQL cluster, not SQLite")
    args = parser.parse_args()
    from faceid_console.store import HistoryStore, database

    if args.lock_timeout_ms is not None:  # read as each connection is made
        database.LOCK_TIMEOUT_MS = args.lock_timeout_ms  # type: ignore[misc]
    folder = Path(tempfile.mkdtemp(prefix="faceid-bench-purge-"))
    cluster = None
    if args.postgres:
        cluster = start_postgres_cluster()
        if cluster is None:
            return 2
    databases = iter(range(1, 3))

    def open_store() -> object:
        number = next(databases)
        if cluster is not None:
            return HistoryStore.open(database_url=cluster.create_database(f"bench{number}"), operator="bench")
        return HistoryStore.open(sqlite_path=folder / f"history-{number}.sqlite3", operator="bench")

    photo = full_photo()
    try:
        store = filled(open_store, args.photos, photo)
        purge_s, waits, refused = writers(store)
        store.close()  # type: ignore[attr-defined]
        store = filled(open_store, args.photos, photo)
        outcome, apply_s = apply_beside_the_automatic_purge(store)
        store.close()  # type: ignore[attr-defined]
    finally:
        if cluster is not None:
            cluster.stop()
    print(f"history in {'PostgreSQL' if cluster is not None else 'SQLite'}, {args.photos} full 4096-px photos, "
          f"busy time-out {database.LOCK_TIMEOUT_MS} ms")
    print(f"automatic purge to thumbnails: {purge_s:.1f} s; {len(waits)} verifies recorded meanwhile, "
          f"write wait median {statistics.median(waits) * 1000:.0f} ms, longest {max(waits) * 1000:.0f} ms, "
          f"{refused} refused as not answering "
          f"(target < {WRITE_TARGET_S * 1000:.0f} ms: {'met' if max(waits) < WRITE_TARGET_S else 'MISSED'})")
    print(f"a reviewer's Apply {APPLY_AFTER_S} s into the automatic purge: {outcome}, after {apply_s:.1f} s")
    return 0


if __name__ == "__main__":
    exit_without_teardown(main())
