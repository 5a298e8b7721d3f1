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
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import (
    LoopStalls,
    engine_ready,
    exit_without_teardown,
    isolate,
    run_in_fresh_process,
    start_console_window,
    until,
)

TARGET_MS = 50.0
TICK_MS = 2
#: The pages built on first use, in the navigation's order (Ctrl+2 … Ctrl+6).
PAGES = ("history", "liveness", "session", "inspector", "token")
SHOWN_FOR_S = 0.4  # after a page is built: its first layout and paint, within the measurement


def one_run(page_key: str, home: Path) -> dict[str, float]:
    """In this process: start the window, let it settle, open ``page_key`` for the first time."""
    import keyring
    from keyring.backends import null

    # The engine then uses an in-memory key pair (the ignore: keyring's backends are unannotated).
    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]
    from faceid_console.ui.pages.deferred_page import DeferredPage

    console = start_console_window(home)
    window, connection, loop, painted = console.window, console.connection, console.loop, console.painted
    stalls = LoopStalls(TICK_MS)
    index = PAGES.index(page_key) + 1
    holder = window.pages.widget(index)

    def built() -> bool:
        if isinstance(holder, DeferredPage):
            return holder.is_built
        return window.history_page.page is not None

    async def settle() -> None:
        await until(lambda: engine_ready(connection), 0.02)
        await asyncio.sleep(1.0)

    async def show(row: int) -> None:
        window._show_page_from_keyboard(row)  # what Ctrl+n does
        await until(built, 0.005)
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
        console.close()


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

    def run(page: str) -> dict[str, float]:
        return run_in_fresh_process(__file__, home, page)

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
