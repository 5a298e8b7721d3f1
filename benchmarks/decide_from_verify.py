"""The GUI event loop's longest stall when a reviewer opens an answer's decision form from the Verify page ("Record a
decision…", Ctrl+Shift+D): the window goes to History, which opens the entry at its decision form (target: under
50 ms), against the settled window idle for as long (the floor), alternately.

The real window on Qt's offscreen platform, started as ``application.run`` starts it, against its real built-in
engine, with an in-memory keyring. Each try first sends a verify (a 1080p photo and a reference, outside the
measurement; photos of their own each time, as each applicant's are) and goes back to Verify, as a reviewer deciding
answer after answer; then presses "Record a decision…"
and waits until History shows that entry with the keyboard at its decision, and half a second more (its layout and
paint, within the measurement). A precise 2 ms timer measures the gaps between its ticks; a gap beyond the interval
is time the event loop was blocked. The first try (History's first showing) is reported apart.

``--profile`` also profiles the GUI thread (cProfile) over the tries and prints where their time went; ``--slow``
prints each try whose stall reached that many milliseconds, with the full collections that fell within it.

    .venv/bin/python benchmarks/decide_from_verify.py [--tries 32] [--profile] [--slow 30]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import (
    FACES,
    FullCollections,
    LoopStalls,
    choose_photos,
    exit_without_teardown,
    isolate,
    reference_1080p,
    resolve_once,
    settle,
    stall_and_collection,
    start_console_window,
    until,
)
from benchmarks.stalls import memory_keyring

TARGET_MS = 50.0
TICK_MS = 2
SHOWN_FOR_S = 0.5
POLL_S, TIMEOUT_S = 0.005, 60.0  # how often each wait looks, and how long before it gives up


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tries", type=int, default=32)
    parser.add_argument("--profile", action="store_true", help="cProfile the GUI thread over the tries")
    parser.add_argument("--slow", type=float, default=None, help="print each try stalled this long (ms) or more")
    args = parser.parse_args()
    home = isolate()
    import keyring

    keyring.set_keyring(memory_keyring())
    reference = reference_1080p(home)
    console = start_console_window(home)
    window, loop = console.window, console.loop
    verify = window.verify_page
    stalls = LoopStalls(TICK_MS)
    collections = FullCollections().start()
    profile = cProfile.Profile() if args.profile else None

    def own_copy(source: Path, number: int) -> Path:
        """``source`` with a byte of its own past the JPEG's end: another photo to the history (its SHA-256)."""
        copy = home / f"{source.stem}-{number}.jpg"
        copy.write_bytes(source.read_bytes() + number.to_bytes(4))
        return copy

    async def verify_once(number: int) -> None:
        await choose_photos(verify, f"bench-{number}", own_copy(FACES / "obama_1080p.jpg", number),
                            own_copy(reference, number), poll_s=POLL_S, timeout_s=TIMEOUT_S)
        done = asyncio.get_running_loop().create_future()
        verify.finished.connect(resolve_once(done))
        verify.submit()
        await done
        verify.finished.disconnect()
        if verify.answer_entry is None:
            raise RuntimeError(
                f"the verify left nothing to decide: {verify.result_view.error_panel.explanation.text()}")

    took: list[float] = []

    async def decide() -> None:
        """"Record a decision…" pressed, until History shows the entry at its decision form, laid out and painted."""
        entry = verify.answer_entry
        started = time.perf_counter()
        if profile is not None:
            profile.enable()
        verify.decide_button.click()
        host = window.history_page
        await until(lambda: host.page is not None and host.page.current is not None
                    and host.page.current.id == entry and host.page.decision_choice.hasFocus(), POLL_S, TIMEOUT_S)
        took.append(time.perf_counter() - started)
        await asyncio.sleep(SHOWN_FOR_S)
        if profile is not None:
            profile.disable()

    async def script() -> tuple[float, list[float], list[float], list[float]]:
        await settle(console, POLL_S, TIMEOUT_S)
        await verify_once(0)
        await asyncio.sleep(0.3)
        first = await stalls.longest(decide())  # History shown for the first time
        window.go_to(verify)
        opening, idle, gcs = [], [], []
        for number in range(1, args.tries + 1):
            await verify_once(number)
            await asyncio.sleep(0.3)
            stall, collection = await stall_and_collection(stalls, collections, decide())
            opening.append(stall)
            gcs.append(collection)
            window.go_to(verify)
            await asyncio.sleep(0.3)
            idle.append(await stalls.longest(asyncio.sleep(took[-1] + SHOWN_FOR_S)))
            if args.slow is not None and opening[-1] >= args.slow:
                print(f"try {number}: {opening[-1]:.1f} ms; full collection within it: {gcs[-1]:.0f} ms", flush=True)
        return first, opening, idle, gcs

    try:
        first, opening, idle, gcs = loop.run_until_complete(script())
    finally:
        collections.stop()
        console.close()
    print(f"\"Record a decision…\" on Verify, {args.tries} tries (a verify sent before each), median "
          f"{statistics.median(took[1:]) * 1000:.0f} ms until the form has the keyboard")
    print(f"longest event-loop stall, idle window (floor):      median {statistics.median(idle):5.1f} ms, "
          f"max {max(idle):5.1f} ms")
    over = sum(1 for ms in opening if ms >= TARGET_MS)
    print(f"longest event-loop stall, decision form opened:     median {statistics.median(opening):5.1f} ms, "
          f"max {max(opening):5.1f} ms, {over}/{len(opening)} at {TARGET_MS:.0f} ms or more "
          f"(target < {TARGET_MS:.0f} ms: {'met' if not over else 'MISSED'})")
    print(f"  a full collection fell within {sum(1 for ms in gcs if ms)}/{len(gcs)} tries")
    print(f"first try (History's first showing): {first:.1f} ms")
    if profile is not None:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(45)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    exit_without_teardown(main())
