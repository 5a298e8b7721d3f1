"""The GUI event loop's longest stall while a verify of 1080p photos is in flight (target: under 50 ms),
while a 12-megapixel picture pasted into a photo slot is encoded and prepared, and while a 5 MB liveness callback
(its four images in base64, on one line) is pasted into the callback inspector and checked.

The real window on Qt's offscreen platform, started as the console starts it, against its real built-in engine.
A precise 2 ms timer measures the gaps between its ticks; a gap beyond the interval is time the event loop was
blocked.
The floor is the same window sitting idle for as long, measured alternately with the verifies.

    .venv/bin/python benchmarks/responsiveness.py [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import (
    FACES,
    LoopStalls,
    choose_photos,
    exit_without_teardown,
    isolate,
    reference_1080p,
    resized_jpeg,
    resolve_once,
    settle,
    start_console_window,
)

if TYPE_CHECKING:
    from faceid_console.ui.pages.callback_inspector_page import CallbackInspectorPage

TARGET_MS = 50.0
TICK_MS = 2
ANSWER = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "get_result_success.json"


def big_callback(secret: str) -> str:
    """A liveness callback's form body of about 5 MB, signed with ``secret``: four 2000×1500 images in base64."""
    from urllib.parse import quote

    image = "data:image/jpeg;base64," + base64.b64encode(resized_jpeg("obama_1.jpg", (2000, 1500), 98)).decode()
    names = ("image_best", "image_action1", "image_action2", "image_action3")
    data = json.dumps({**json.loads(ANSWER.read_text("utf-8")), "images": dict.fromkeys(names, image)},
                      separators=(",", ":"))
    return f"data={quote(data)}&sign={hashlib.sha1((secret + data).encode()).hexdigest()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = isolate()
    import keyring
    from keyring.backends import null

    # The engine then uses an in-memory key pair (the ignore: keyring's backends are unannotated).
    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]
    from PySide6.QtGui import QGuiApplication, QImage

    second = reference_1080p(home)
    # Started as the console starts (``application.run``): the idle page build, and start-up's heap frozen after it,
    # so a full collection walks only what was made since, as in the console (else one walked ~100 000 start-up
    # objects for 80 ms in the middle of a callback check).
    console = start_console_window(home)
    window, connection, loop = console.window, console.connection, console.loop
    page = window.verify_page

    stalls = LoopStalls(TICK_MS)
    measure = stalls.longest

    async def verify_once() -> None:
        await choose_photos(page, "bench", FACES / "obama_1080p.jpg", second, poll_s=0.005)
        done = asyncio.get_running_loop().create_future()
        page.finished.connect(resolve_once(done))
        started = time.perf_counter()
        page.submit()
        await done
        page.finished.disconnect()
        assert page.result_view.result is not None, "the verify failed"
        durations.append(time.perf_counter() - started)

    durations: list[float] = []

    # A phone camera's 4000×3000 picture, copied in a viewer.
    pasted = QImage.fromData(resized_jpeg("obama_1.jpg", (4000, 3000), 92))
    pastes: list[float] = []

    async def paste_once() -> None:
        slot = page.slots["image_ref2"]
        slot.clear()
        QGuiApplication.clipboard().setImage(pasted)
        started = time.perf_counter()
        slot.paste()
        while slot.busy:
            await asyncio.sleep(0.005)
        assert slot.photo is not None, "the pasted picture was refused"
        pastes.append(time.perf_counter() - started)

    async def script() -> tuple[list[float], list[float]]:
        await settle(console, 0.05)
        await verify_once()  # warm-up: model caches, first history write
        idle, busy = [], []
        for _ in range(args.runs):
            busy.append(await measure(verify_once()))
            idle.append(await measure(asyncio.sleep(durations[-1])))
            pasting.append(await measure(paste_once()))
            paste_idle.append(await measure(asyncio.sleep(pastes[-1])))
        return idle, busy

    pasting: list[float] = []
    paste_idle: list[float] = []

    checks: list[float] = []  # seconds from Ctrl+V until the checked callback is shown

    async def copy_callback(inspector: CallbackInspectorPage, body: str) -> None:
        """The callback copied elsewhere, and the inspector's box emptied: outside the measurement."""
        inspector.paste_edit.clear()
        QGuiApplication.clipboard().setText(body)
        await asyncio.sleep(0.1)

    async def check_callback_once(inspector: CallbackInspectorPage) -> None:
        """Ctrl+V of the callback into the inspector's box, then Check the callback, until its outcome is shown."""
        done = asyncio.get_running_loop().create_future()
        inspector.finished.connect(resolve_once(done))
        started = time.perf_counter()
        inspector.paste_edit.setFocus()
        inspector.paste_edit.paste()  # what Ctrl+V does
        inspector.check_button.click()
        await done
        checks.append(time.perf_counter() - started)
        inspector.finished.disconnect()
        await asyncio.sleep(0.1)  # the shown result laid out and painted, within the measurement
        assert inspector.signature_valid is True, "the pasted callback was not found genuine"

    async def callback_script() -> tuple[int, float, float, list[float], list[float]]:
        from PySide6.QtGui import QTextOption
        from PySide6.QtWidgets import QPlainTextEdit

        client = connection.client
        assert client is not None
        body = big_callback(client._credentials.api_secret)
        inspector = window.inspector_page
        window.go_to(inspector)
        await asyncio.sleep(0.3)
        # The window's first check: the result view builds its parts with its first answer, whatever its size.
        await copy_callback(inspector, body)
        cold = await measure(check_callback_once(inspector))
        checks.clear()
        checking, idle = [], []
        for _ in range(args.runs):
            await copy_callback(inspector, body)
            checking.append(await measure(check_callback_once(inspector)))
            idle.append(await measure(asyncio.sleep(checks[-1])))
        # For contrast, the box as it was before 2026-11-30: the whole body laid out on the GUI thread.
        old_box = QPlainTextEdit(inspector)
        old_box.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        old_box.setGeometry(inspector.paste_edit.geometry())
        old_box.show()

        async def paste_into_old_box() -> None:
            old_box.setPlainText(body)
            await asyncio.sleep(0.1)

        laid_out_whole = await measure(paste_into_old_box())
        old_box.deleteLater()
        return len(body), cold, laid_out_whole, checking, idle

    try:
        idle, busy = loop.run_until_complete(script())
        body_length, cold, laid_out_whole, checking, check_idle = loop.run_until_complete(callback_script())
    finally:
        console.close()
    print(f"verify of a 1080p photo + 1080p reference, {args.runs} runs, "
          f"median call {statistics.median(durations) * 1000:.0f} ms (photos chosen, prepared and sent)")
    print(f"longest event-loop stall, idle window (floor): median {statistics.median(idle):.1f} ms, "
          f"max {max(idle):.1f} ms")
    print(f"longest event-loop stall, verify in flight:    median {statistics.median(busy):.1f} ms, "
          f"max {max(busy):.1f} ms  (target < {TARGET_MS:.0f} ms: {'met' if max(busy) < TARGET_MS else 'MISSED'})")
    from PySide6.QtCore import QBuffer, QIODevice

    started = time.perf_counter()
    old_way = QBuffer()
    old_way.open(QIODevice.OpenModeFlag.WriteOnly)
    pasted.save(old_way, "PNG")  # type: ignore[call-overload]  # Qt's default compression, on this (GUI) thread
    on_gui_thread = (time.perf_counter() - started) * 1000
    print(f"paste of a 4000×3000 picture into a photo slot, {args.runs} runs, median "
          f"{statistics.median(pastes) * 1000:.0f} ms until prepared")
    print(f"longest event-loop stall, idle window (floor): median {statistics.median(paste_idle):.1f} ms, "
          f"max {max(paste_idle):.1f} ms")
    met = "met" if max(pasting) < TARGET_MS else "MISSED"
    print(f"longest event-loop stall, paste being prepared: median {statistics.median(pasting):.1f} ms, "
          f"max {max(pasting):.1f} ms  (target < {TARGET_MS:.0f} ms: {met})")
    print(f"for contrast, a paste encoded as before 2026-11-30 (default PNG, GUI thread): {on_gui_thread:.0f} ms")
    print(f"a {body_length / 1e6:.1f} MB callback pasted into the inspector and checked, {args.runs} runs, median "
          f"{statistics.median(checks) * 1000:.0f} ms until shown with its images")
    print(f"longest event-loop stall, idle window (floor): median {statistics.median(check_idle):.1f} ms, "
          f"max {max(check_idle):.1f} ms")
    met = "met" if max(checking) < TARGET_MS else "MISSED"
    print(f"longest event-loop stall, callback pasted and checked: median {statistics.median(checking):.1f} ms, "
          f"max {max(checking):.1f} ms  (target < {TARGET_MS:.0f} ms: {met})")
    print(f"longest event-loop stall, the window's first check (its result view built): {cold:.1f} ms")
    print(f"for contrast, the callback laid out whole in the box as before 2026-11-30: {laid_out_whole:.0f} ms")
    return 0


if __name__ == "__main__":
    exit_without_teardown(main())
