"""The GUI event loop's longest stall when a page is opened for the first time (Ctrl+2 … Ctrl+6), and while the
window settles after its first paint (the engine starting, and whatever the window does in idle time).

Each run is a fresh process (a page's first opening happens once a process): the real window on Qt's offscreen
platform, started as ``application.run`` starts it (Qt's loop until the first paint, then qasync's, then the
profile opened), against its real built-in engine. Once the engine answers and a second has passed, the run opens
one page from the keyboard, lets it build (History: its database opened on the page's worker) and paint, then
goes back to Verify and to the page again. A precise 2 ms timer measures the gaps between its ticks; a gap beyond
the interval is time the event loop was blocked. The floor is a switch to a page already built (those two last
switches), in the same process. Runs take the pages in turn, so the machine's noise falls on all alike.

    .venv/bin/python benchmarks/page_first_open.py [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import LoopStalls, exit_without_teardown, isolate

TARGET_MS = 50.0
TICK_MS = 2
#: The pages built on first use, in the navigation's order (Ctrl+2 … Ctrl+6).
PAGES = ("history", "liveness", "session", "inspector", "token")
SHOWN_FOR_S = 0.4  # after a page is built: its first layout and paint, within the measurement


def one_run(page_key: str, home: Path) -> dict[str, float]:
    """In this process: start the window, let it settle, open ``page_key`` for the first time."""
    import keyring
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())  # the engine then uses an in-memory key pair
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from faceid_console.connections import Connector
    from faceid_console.lazy_history import LazyHistoryStore
    from faceid_console.settings import Settings
    from faceid_console.ui.application import install_asyncio_loop, run_until_first_paint
    from faceid_console.ui.connection import Connection, ServiceState
    from faceid_console.ui.main_window import MainWindow
    from faceid_console.ui.pages.deferred_page import DeferredPage

    def open_history():  # type: ignore[no-untyped-def]
        from faceid_console.store import HistoryStore  # as the console does: imported on the opening thread

        return HistoryStore.open(sqlite_path=home / "history.sqlite3", database_url="")

    (home / "window.ini").unlink(missing_ok=True)  # a first start, on Verify (a remembered page is built at once)
    app = QApplication(sys.argv)
    settings = Settings()
    connector = Connector(home / "engine")
    history = LazyHistoryStore(open_history)
    connection = Connection(settings, connector)
    window = MainWindow(connection=connection, settings=settings, history=history,
                        state=QSettings(str(home / "window.ini"), QSettings.Format.IniFormat), language="en")
    window.show()
    run_until_first_paint(app, window)
    loop = install_asyncio_loop(app)
    painted = time.perf_counter()
    loop.call_soon(connection.open_active)
    build_pages = getattr(window, "build_pages_when_idle", None)  # as ``application.run`` does, where it exists
    if build_pages is not None:
        loop.call_soon(build_pages)
    stalls = LoopStalls(TICK_MS)
    index = PAGES.index(page_key) + 1
    holder = window.pages.widget(index)

    def built() -> bool:
        if isinstance(holder, DeferredPage):
            return holder.is_built
        return window.history_page.page is not None

    async def settle() -> None:
        while not (connection.state is ServiceState.READY and connection.check_result is not None):
            await asyncio.sleep(0.02)
        await asyncio.sleep(1.0)

    async def show(row: int) -> None:
        window._show_page_from_keyboard(row)  # what Ctrl+n does
        while not built():
            await asyncio.sleep(0.005)
        await asyncio.sleep(SHOWN_FOR_S)

    async def script() -> dict[str, float]:
        figures = {"settle": await stalls.longest(settle()), "ready_s": time.perf_counter() - painted}
        figures["built_before_opened"] = float(built())
        started = time.perf_counter()
        figures["first"] = await stalls.longest(show(index))
        figures["first_s"] = time.perf_counter() - started - SHOWN_FOR_S
        figures["floor_verify"] = await stalls.longest(show(0))
        figures["floor_again"] = await stalls.longest(show(index))
        return figures

    try:
        return loop.run_until_complete(script())
    finally:
        window.close()
        connection.close()
        connector.close()
        history.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="first openings of each page (one process each)")
    parser.add_argument("--child", choices=PAGES, help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = one_run(args.child, args.home)
        print(json.dumps(figures), flush=True)
        return 0
    home = isolate()
    # Byte-code caching on, as in any installed copy (see startup.py).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}

    def run(page: str) -> dict[str, float]:
        done = subprocess.run([sys.executable, __file__, "--child", page, "--home", str(home)], env=env,
                              capture_output=True, text=True, timeout=300, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"the run for {page} failed:\n{done.stderr}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    run("history")  # warm-up: byte code, the file cache, the history database created and migrated
    results: dict[str, list[dict[str, float]]] = {page: [] for page in PAGES}
    for _ in range(args.runs):
        for page in PAGES:
            results[page].append(run(page))
    floors = [r[key] for runs in results.values() for r in runs for key in ("floor_verify", "floor_again")]
    settles = [r["settle"] for runs in results.values() for r in runs]
    print(f"first opening of each page, {args.runs} runs each (a fresh window each), longest event-loop stall:")
    print(f"  {'switch to a page already built (floor)':44s} median {statistics.median(floors):6.1f} ms, "
          f"max {max(floors):6.1f} ms")
    for page, runs in results.items():
        first = [r["first"] for r in runs]
        built = sum(int(r["built_before_opened"]) for r in runs)
        print(f"  {'first opening of ' + page:44s} median {statistics.median(first):6.1f} ms, max {max(first):6.1f} ms"
              f"  ({statistics.median(first) / statistics.median(floors):4.1f}× the floor; built before it was opened:"
              f" {built}/{len(runs)}; until built {statistics.median(r['first_s'] for r in runs) * 1000:.0f} ms)")
    worst = max(r["first"] for runs in results.values() for r in runs)
    print(f"  worst first opening: {worst:.1f} ms (target < {TARGET_MS:.0f} ms: "
          f"{'met' if worst < TARGET_MS else 'MISSED'})")
    print(f"  {'first paint until the engine answers + 1 s':44s} median {statistics.median(settles):6.1f} ms, "
          f"max {max(settles):6.1f} ms  (engine ready after a median "
          f"{statistics.median(r['ready_s'] for runs in results.values() for r in runs):.1f} s)")
    return 0


if __name__ == "__main__":
    exit_without_teardown(main())
