"""The History page's longest GUI event-loop stall while it exports a large history, while it opens
entries with full-size photos, and while it opens an entry from a database that takes a second to answer
(target: under 50 ms), against the same page idle (the floor), alternately. For contrast, the stall the
same export makes when written on the GUI thread, as a page without a worker would.

    .venv/bin/python benchmarks/history_responsiveness.py [--rows 200000] [--runs 3] [--postgres]

``--postgres`` keeps the history in a throw-away PostgreSQL cluster (Debian's ``postgresql`` package) instead of
SQLite, as a team sharing one history would.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import LoopStalls, exit_without_teardown, full_photo, isolate, start_postgres_cluster

TARGET_MS = 50.0
PHOTO_ENTRIES = 10
#: How long the slow database takes to give an entry (a server under a long lock, a failover under way).
SLOW_ANSWER_S = 1.0


def fill(store: object, rows: int) -> None:
    """``rows`` verify entries (the first ``PHOTO_ENTRIES`` with a 4096-pixel photo kept), written in bulk."""
    import sqlalchemy as sa

    from faceid_console.store import CallKind, HistoryStore
    from faceid_console.store.schema import calls

    assert isinstance(store, HistoryStore)
    photo = full_photo()
    answer = {"request_id": "bench", "time_used": 3, "result_ref1": {
        "confidence": 80.0, "thresholds": {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 78.0}}}
    for index in range(PHOTO_ENTRIES):
        entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": f"U-{index}"},
                                    {"image": photo})
        store.journal.complete(entry, answer)
    with store.engine.begin() as connection:
        row = dict(connection.execute(sa.select(calls).where(calls.c.id == 1)).mappings().one())
        row.pop("id")
        for start in range(0, rows - PHOTO_ENTRIES, 20_000):
            batch = min(20_000, rows - PHOTO_ENTRIES - start)
            connection.execute(calls.insert(), [{**row, "uuid": f"U-bulk-{start + i}"} for i in range(batch)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", action="store_true", help="a throw-away PostgreSQL cluster, not SQLite")
    args = parser.parse_args()
    home = isolate()
    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    from faceid_console.settings import Settings
    from faceid_console.store import HistoryFilter, HistoryReader, HistoryStore, export
    from faceid_console.ui.gui_thread_collector import GuiThreadCollector
    from faceid_console.ui.interpreter_lock import hand_the_lock_over_quickly
    from faceid_console.ui.pages.history_page import HistoryPage
    from faceid_console.ui.start_up_heap import freeze_start_up_heap

    cluster = None
    if args.postgres:
        cluster = start_postgres_cluster()
        if cluster is None:
            return 2
        store = HistoryStore.open(database_url=cluster.create_database("bench"), operator="bench")
    else:
        store = HistoryStore.open(sqlite_path=home / "history.sqlite3", operator="bench")
    started = time.perf_counter()
    fill(store, args.rows)
    print(f"history of {args.rows:,} entries built in {time.perf_counter() - started:.1f} s", flush=True)

    hand_the_lock_over_quickly()  # as application.run does
    app = QApplication(sys.argv)
    GuiThreadCollector(app)  # as application.run does: only the GUI thread collects
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    page = HistoryPage(store=store, settings=Settings(), language="en")
    page.resize(1360, 860)
    page.show()
    stalls = LoopStalls()
    exports: list[float] = []

    async def export_on_worker(path: Path) -> None:
        begun = time.perf_counter()
        assert page.export_to(path)
        while page.files.busy:
            await asyncio.sleep(0.01)
        exports.append(time.perf_counter() - begun)
        assert page.files_outcome.text().startswith(f"{args.rows:,}".replace(",", "") + " entries exported"), \
            page.files_outcome.text()

    async def export_on_gui_thread(path: Path) -> None:
        await asyncio.sleep(0.01)  # the meter's first tick
        export.to_file(store.engine, HistoryFilter(), export.ExportFormat.CSV, path, operator="bench")
        await asyncio.sleep(0.01)

    async def open_photo_entries() -> None:
        for entry_id in range(1, PHOTO_ENTRIES + 1):
            page.select_entry(entry_id)
            while page.database.waiting or page.decoding:
                await asyncio.sleep(0.002)
            assert not page.result_view.overlay.photo.isNull(), "the photo did not arrive"

    quick_entry = HistoryReader.entry

    def slow_entry(reader: HistoryReader, entry_id: int) -> object:
        time.sleep(SLOW_ANSWER_S)
        return quick_entry(reader, entry_id)  # type: ignore[arg-type]

    async def open_entry_from_slow_database() -> None:
        HistoryReader.entry = slow_entry  # type: ignore[method-assign,assignment]
        try:
            page.select_entry(PHOTO_ENTRIES + 1)
            while page.database.waiting:
                await asyncio.sleep(0.002)
        finally:
            HistoryReader.entry = quick_entry  # type: ignore[method-assign]
        assert page.current is not None and page.current.id == PHOTO_ENTRIES + 1
        page.select_entry(1)
        while page.database.waiting or page.decoding:
            await asyncio.sleep(0.002)

    async def script() -> dict[str, list[float]]:
        found: dict[str, list[float]] = {"idle": [], "export": [], "photos": [], "slow database": [],
                                         "gui-thread export": []}
        await open_photo_entries()  # warm-up: the image plug-ins, the page's first layout
        freeze_start_up_heap()  # as the window does once History has opened: no full collection walks start-up's heap
        for run in range(args.runs):
            found["export"].append(await stalls.longest(export_on_worker(home / f"export-{run}.csv")))
            found["idle"].append(await stalls.longest(asyncio.sleep(exports[-1])))
            page._pictures = None  # each run decodes its photos again
            found["photos"].append(await stalls.longest(open_photo_entries()))
            found["slow database"].append(await stalls.longest(open_entry_from_slow_database()))
            found["gui-thread export"].append(await stalls.longest(export_on_gui_thread(home / "gui.csv")))
        return found

    try:
        found = loop.run_until_complete(script())
    finally:
        page.shutdown()
        page.close()
        store.close()
        if cluster is not None:
            cluster.stop()
    print(f"history in {'PostgreSQL' if cluster is not None else 'SQLite'}")
    print(f"export of {args.rows:,} entries to CSV on the page's worker: median {statistics.median(exports):.2f} s")
    print(f"longest event-loop stall, page idle (floor):          median {statistics.median(found['idle']):6.1f} ms, "
          f"max {max(found['idle']):6.1f} ms")
    for name, label in (("export", "export in flight"), ("photos", f"opening {PHOTO_ENTRIES} 4096-px photo entries"),
                        ("slow database", f"an entry answered in {SLOW_ANSWER_S:.0f} s")):
        worst = max(found[name])
        print(f"longest event-loop stall, {label + ':':27s} median {statistics.median(found[name]):6.1f} ms, "
              f"max {worst:6.1f} ms  (target < {TARGET_MS:.0f} ms: {'met' if worst < TARGET_MS else 'MISSED'})")
    print(f"for contrast, the same export on the GUI thread:       median "
          f"{statistics.median(found['gui-thread export']):6.0f} ms stall")
    return 0


if __name__ == "__main__":
    exit_without_teardown(main())
