"""The GUI event loop's longest stall while the first verify answer of a session is shown on the Verify page (a
result, or an error first: a photo with no face), against the next answer in the same window.

Each run is a fresh process (an answer is first once a process): the real window on Qt's offscreen platform,
started as ``application.run`` starts it (Qt's loop until the first paint, then qasync's, the profile opened, the
other pages built in idle time), against its real built-in engine. Once the engine answers, the window has settled
(its idle build done, what start-up made frozen out of full collections) and a second has passed, the run fills
face comparison with two real photos (chosen and prepared outside the measurement), presses Verify and measures
until the answer is shown, laid out and painted; then the same again in the same window (the floor-ish figure).
Runs starting with an error first verify a photo with no face as the reference, then the same again, then a result
(the first result after an error). A precise 2 ms timer measures the gaps between its ticks; a gap beyond the
interval is time the event loop was blocked. Each line also says whether a full garbage collection fell within it.
Runs take the two kinds in turn, so the machine's noise falls on both alike.

    .venv/bin/python benchmarks/first_answer.py [--runs 7]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import (
    FACES,
    FullCollections,
    LoopStalls,
    choose_photos,
    collections_within,
    exit_without_teardown,
    isolate,
    resolve_once,
    run_in_fresh_process,
    settle,
    stall_and_collection,
    start_console_window,
)

TARGET_MS = 50.0
TICK_MS = 2
SHOWN_FOR_S = 0.4  # after the answer is shown: its first layout and paint, within the measurement
KINDS = ("result", "error")
#: What each kind of run measures, in its order: (figure, the photos sent, what the line says).
STEPS = {
    "result": (("first", "obama_2.jpg", "first answer of the session: a result"),
               ("second", "obama_2.jpg", "second answer: a result (floor-ish)")),
    "error": (("first", "wall", "first answer of the session: an error (no face)"),
              ("second", "wall", "second answer: an error (floor-ish)"),
              ("then_result", "obama_2.jpg", "then a result (the first after an error)")),
}


def one_run(kind: str, home: Path) -> dict[str, float]:
    """In this process: start the window, let it settle, then the verifies of ``kind``."""

    import keyring
    from keyring.backends import null

    # The engine then uses an in-memory key pair (the ignore: keyring's backends are unannotated).
    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]
    console = start_console_window(home)
    window, loop = console.window, console.loop
    stalls = LoopStalls(TICK_MS)
    page = window.verify_page
    collections = FullCollections().start()

    async def fill(reference: Path) -> None:
        """Face comparison of obama_1 with ``reference``, both prepared: outside the measurement, as a reviewer
        chooses photos before pressing Verify."""
        await choose_photos(page, "bench-first-answer", FACES / "obama_1.jpg", reference)
        await asyncio.sleep(0.5)

    async def verify(expect_error: bool) -> None:
        """Verify pressed, until the answer is shown, laid out and painted."""
        done = asyncio.get_running_loop().create_future()
        page.finished.connect(resolve_once(done))
        page.submit()
        await done
        page.finished.disconnect()
        await asyncio.sleep(SHOWN_FOR_S)
        view = page.result_view
        if expect_error != (view.result is None):
            raise RuntimeError(f"unexpected answer: {view.headline.text()!r}")

    async def script() -> dict[str, float]:
        await settle(console)
        figures: dict[str, float] = {"floor_idle": await stalls.longest(asyncio.sleep(1.0))}
        wall = home / "wall.jpg"  # a photo with no face: NO_FACE_FOUND
        if not wall.exists():
            from PIL import Image

            Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
        for key, reference, _said in STEPS[kind]:
            await fill(wall if reference == "wall" else FACES / reference)
            figures[key], figures[key + "_gc"] = await stall_and_collection(
                stalls, collections, verify(expect_error=reference == "wall"))
        return figures

    try:
        return loop.run_until_complete(script())
    finally:
        collections.stop()
        console.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="fresh windows of each kind (one process each)")
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(args.child, args.home)), flush=True)
        return 0
    home = isolate()

    def run(kind: str) -> dict[str, float]:
        return run_in_fresh_process(__file__, home, kind)

    run("result")  # warm-up: byte code, the file cache, the history database created and migrated
    results: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
    for _ in range(args.runs):
        for kind in KINDS:
            results[kind].append(run(kind))
    floors = [r["floor_idle"] for runs in results.values() for r in runs]
    print(f"the first verify answer of a session on Verify, {args.runs} runs of each kind (a fresh window each), "
          f"longest event-loop stall from Verify pressed until the answer is painted:")
    print(f"  {'settled window, idle for 1 s':48s} median {statistics.median(floors):6.1f} ms, "
          f"max {max(floors):6.1f} ms")
    worst_first = 0.0
    for kind, runs in results.items():
        for key, _reference, said in STEPS[kind]:
            figures = [r[key] for r in runs]
            print(f"  {said:48s} median {statistics.median(figures):6.1f} ms, max {max(figures):6.1f} ms  "
                  f"({collections_within(runs, key)})")
            if key == "first":
                worst_first = max(worst_first, *figures)
    print(f"  worst first answer: {worst_first:.1f} ms (target < {TARGET_MS:.0f} ms: "
          f"{'met' if worst_first < TARGET_MS else 'MISSED'})")
    return 0


if __name__ == "__main__":
    exit_without_teardown(main())
