"""The GUI event loop's longest stall for a reviewer's first actions after start-up: Settings opened for the first
time, Settings' OK (the policy level and both time-outs changed, so the profile is opened again), the first biz_token
request on the App token page, and the next one with a full garbage collection falling within it; and how long one
full collection takes in the settled window.

Each run is a fresh process (these actions are first ones once a process): the real window on Qt's offscreen
platform, started as ``application.run`` starts it (Qt's loop until the first paint, then qasync's, the profile
opened, the other pages built in idle time), against its real built-in engine, with an in-memory keyring. Once the
engine answers and the window has settled (its idle build done) and a second has passed, the run opens Settings,
changes the level and the time-outs and presses OK, waits until the profile is open and tested again, then goes to
App token, types a uuid, chooses a reference photo and presses Get; then Get again, with a full collection set off on
another thread as the request leaves. The window's collector runs one on the GUI thread when the collector's
thresholds say it is due (``ui/gui_thread_collector.py``; before 2026-12-03 the interpreter ran it on whichever thread's
allocation crossed them), at moments no one chooses: where it falls, the GUI thread waits for it, so each action's line
also says whether one fell within it. A precise 2 ms timer measures the gaps between its ticks; a
gap beyond the interval is time the event loop was blocked. The floor is the settled window sitting idle for a second,
in the same process. The full collection is timed last, on the GUI thread.

    .venv/bin/python benchmarks/stalls.py [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import (
    FACES,
    FullCollections,
    LoopStalls,
    collections_within,
    engine_ready,
    exit_without_teardown,
    isolate,
    photos_prepared,
    resolve_once,
    run_in_fresh_process,
    settle,
    stall_and_collection,
    start_console_window,
    until,
)

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from faceid_console.ui.pages.app_token_page import AppTokenPage
    from faceid_console.ui.settings_dialog import SettingsDialog

TARGET_MS = 50.0
TICK_MS = 2
SHOWN_FOR_S = 0.5  # after an action's answer: its layout and paint, within the measurement
ACTIONS = {
    "settings_open": "first opening of Settings",
    "settings_ok": "Settings' OK (level and time-outs changed)",
    "biz_token": "first biz_token request",
    "biz_token_collected": "next one, a full collection falling within it",
}


def memory_keyring() -> KeyringBackend:
    """A keyring that keeps credentials in memory, as the tests' (a desktop's is a Secret Service on D-Bus)."""
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # keyring's KeyringBackend.__init__ is unannotated
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self.store.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    return MemoryKeyring()


def one_run(home: Path) -> dict[str, float]:
    """In this process: start the window, let it settle, then the reviewer's first actions."""
    import gc

    import keyring

    keyring.set_keyring(memory_keyring())
    from PySide6.QtWidgets import QApplication

    console = start_console_window(home)
    window, connection, loop, painted = console.window, console.connection, console.loop, console.painted
    stalls = LoopStalls(TICK_MS)
    collections = FullCollections().start()

    async def measured(key: str, work: Awaitable[object]) -> None:
        """The longest stall while ``work`` runs, and the longest full collection that fell within it (0: none)."""
        figures[key], figures[key + "_gc"] = await stall_and_collection(stalls, collections, work)

    def settings_dialog() -> SettingsDialog:
        from faceid_console.ui.settings_dialog import SettingsDialog

        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())

    async def open_settings() -> None:
        window.settings_action.trigger()  # what Ctrl+, does
        await asyncio.sleep(SHOWN_FOR_S)

    async def press_ok() -> None:
        dialog = settings_dialog()
        dialog._ok_button.click()
        await asyncio.sleep(0.05)
        await until(lambda: engine_ready(connection))  # the profile opened again with the new time-outs, and tested
        await asyncio.sleep(SHOWN_FOR_S)

    async def get_biz_token(page: AppTokenPage, collect: bool = False) -> None:
        """Get pressed, until the answer is shown; ``collect``: with a full collection set off on another thread as
        the request leaves, as the interpreter sets one off on the thread whose allocation crosses its threshold."""
        import threading

        done = asyncio.get_running_loop().create_future()
        page.finished.connect(resolve_once(done))
        page.send_button.click()
        collector = threading.Thread(target=gc.collect, name="bench-full-collection")
        if collect:
            collector.start()
        await done
        page.finished.disconnect()
        await asyncio.sleep(SHOWN_FOR_S)
        if collect:
            collector.join()

    figures: dict[str, float] = {}

    async def script() -> dict[str, float]:
        await settle(console)
        figures["floor"] = await stalls.longest(asyncio.sleep(1.0))
        await measured("settings_open", open_settings())
        dialog = settings_dialog()
        dialog.level_box.setCurrentIndex(dialog.level_box.findData("1e-6"))
        dialog.connect_spin.setValue(dialog.connect_spin.value() + 1)
        dialog.read_spin.setValue(dialog.read_spin.value() + 5)
        await asyncio.sleep(0.3)
        await measured("settings_ok", press_ok())
        page = window.token_page
        holder = page.parentWidget()  # the page's place in the window's stack of pages
        assert holder is not None
        window._show_page_from_keyboard(window.pages.indexOf(holder))  # what Ctrl+6 does
        page.uuid_edit.setText("bench-applicant")
        page.slots["image_ref1"].set_file(FACES / "obama_2.jpg")
        await until(lambda: photos_prepared(page))
        await asyncio.sleep(0.5)
        await measured("biz_token", get_biz_token(page))
        if page.token is None:
            raise RuntimeError(f"no biz_token: {page.error_panel.explanation.text()}")
        after_paint = [ms for at, ms in collections.found if at >= painted]  # the collector's own, until now
        figures["session_gcs"], figures["session_gc_max"] = len(after_paint), max(after_paint, default=0.0)
        await asyncio.sleep(0.5)
        await measured("biz_token_collected", get_biz_token(page, collect=True))
        collections.stop()
        started = time.perf_counter()
        gc.collect()
        figures["full_gc"] = (time.perf_counter() - started) * 1000
        figures["tracked"] = float(len(gc.get_objects()))
        return figures

    try:
        return loop.run_until_complete(script())
    finally:
        collections.stop()
        console.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="fresh windows (one process each)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(args.home)), flush=True)
        return 0
    home = isolate()

    def run() -> dict[str, float]:
        return run_in_fresh_process(__file__, home)

    run()  # warm-up: byte code, the file cache, the history database created and migrated
    runs = [run() for _ in range(args.runs)]
    floors = [r["floor"] for r in runs]
    print(f"a reviewer's first actions after start-up, {args.runs} runs (a fresh window each), "
          f"longest event-loop stall:")
    print(f"  {'settled window, idle for 1 s (floor)':48s} median {statistics.median(floors):6.1f} ms, "
          f"max {max(floors):6.1f} ms")
    for key, name in ACTIONS.items():
        figures = [r[key] for r in runs]
        within = collections_within(runs, key)
        if key == "biz_token_collected":
            fell = [r[key + "_gc"] for r in runs if r[key + "_gc"]]
            within = f"the collection took {statistics.median(fell):.0f} ms (median)" if fell else within
        print(f"  {name:48s} median {statistics.median(figures):6.1f} ms, max {max(figures):6.1f} ms  ({within})")
    worst = max(r[key] for r in runs for key in ACTIONS)
    print(f"  worst: {worst:.1f} ms (target < {TARGET_MS:.0f} ms: {'met' if worst < TARGET_MS else 'MISSED'})")
    print(f"  the interpreter's full collections from the first paint to the first biz_token's answer: median "
          f"{statistics.median(r['session_gcs'] for r in runs):.0f} a run, the longest "
          f"{max(r['session_gc_max'] for r in runs):.1f} ms")
    collections = [r["full_gc"] for r in runs]
    print(f"  {'one full garbage collection, settled window':48s} median {statistics.median(collections):6.1f} ms, "
          f"max {max(collections):6.1f} ms  (objects it walks: "
          f"{statistics.median(r['tracked'] for r in runs):.0f})")
    return 0


if __name__ == "__main__":
    exit_without_teardown(main())
