"""Helpers shared by the benchmark scripts (not part of the test run)."""

from __future__ import annotations

import asyncio
import gc
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from faceid_console.connections import Connector
    from faceid_console.lazy_history import LazyHistoryStore
    from faceid_console.store import HistoryStore
    from faceid_console.ui.connection import Connection
    from faceid_console.ui.main_window import MainWindow
    from faceid_console.ui.pages.app_token_page import AppTokenPage
    from faceid_console.ui.pages.verify_page import VerifyPage
    from tests.store.postgres_cluster import PostgresCluster

FACES = Path(__file__).resolve().parents[1] / "tests" / "data" / "faces"


def resized_jpeg(name: str, size: tuple[int, int], quality: int) -> bytes:
    """The face photo ``name`` resized to ``size`` (width, height) and saved as a JPEG of ``quality``."""
    from PIL import Image

    with Image.open(FACES / name) as source:
        buffer = io.BytesIO()
        source.convert("RGB").resize(size).save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def full_photo() -> bytes:
    """A 4096-pixel JPEG, the largest photo image preparation sends."""
    return resized_jpeg("obama_1.jpg", (4096, 2710), 85)


def reference_1080p(folder: Path) -> Path:
    """A 1080p reference photo (obama_4.jpg at 1920×1080), written in ``folder``."""
    reference = folder / "reference_1080p.jpg"
    reference.write_bytes(resized_jpeg("obama_4.jpg", (1920, 1080), 92))
    return reference


def median_seconds(work: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``repeats`` runs of ``work`` after one warm-up run."""
    work()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def interleaved(floor: Callable[[], object], subject: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Medians of floor and subject, run alternately so machine noise hits both alike."""
    floor()
    subject()
    floor_times, subject_times = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        floor()
        floor_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        subject()
        subject_times.append(time.perf_counter() - started)
    return statistics.median(floor_times), statistics.median(subject_times)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time used so far by the live process ``pid``, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime (fields 14, 15)


def isolate() -> Path:
    """A throw-away home (and XDG folders) for a benchmark that runs the window: the real one is never touched."""
    home = Path(tempfile.mkdtemp(prefix="faceid-bench-"))
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "run")):
        os.environ[var] = str(home / sub)
    (home / "run").mkdir(mode=0o700)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return home


class LoopStalls:
    """The GUI event loop's longest stall during some work: a precise timer ticks every ``tick_ms``, and a gap
    between ticks beyond that is time the loop was blocked. Needs a QApplication and a running qasync loop."""

    def __init__(self, tick_ms: int = 2) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.tick_ms = tick_ms
        self._gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self._gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    async def longest(self, work: Awaitable[object]) -> float:
        """Milliseconds of the longest stall while ``work`` runs."""
        self._gaps.clear()
        self._clock.start()
        self._timer.start()
        await work
        self._timer.stop()
        return max(self._gaps) - self.tick_ms if self._gaps else 0.0


def exit_without_teardown(code: int) -> None:
    """Flush and end the process with ``code``, skipping interpreter teardown: PySide 6.12 with a closed qasync loop
    can abort while collecting garbage at exit ("bool_dealloc"), after all the work is done and written."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)



@dataclass
class ConsoleWindow:
    """The real window and what ``application.run`` builds around it, started in this process."""

    app: QApplication
    window: MainWindow
    connection: Connection
    connector: Connector
    history: LazyHistoryStore
    #: qasync's loop, running inside Qt's.
    loop: asyncio.AbstractEventLoop
    #: ``time.perf_counter()`` at the first paint.
    painted: float

    def close(self) -> None:
        self.window.close()
        self.connection.close()
        self.connector.close()
        self.history.close()


def start_console_window(home: Path) -> ConsoleWindow:
    """The window started as ``application.run`` starts it: Qt's loop until the first paint, then qasync's, the
    profile opened and the other pages built in idle time. A first start (no remembered page), on the built-in
    engine, its history in ``home``; set the keyring before calling."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from faceid_console.connections import Connector
    from faceid_console.lazy_history import LazyHistoryStore
    from faceid_console.settings import Settings
    from faceid_console.ui.application import install_asyncio_loop, run_until_first_paint
    from faceid_console.ui.connection import Connection
    from faceid_console.ui.gui_thread_collector import GuiThreadCollector
    from faceid_console.ui.interpreter_lock import hand_the_lock_over_quickly
    from faceid_console.ui.main_window import MainWindow

    def open_history() -> HistoryStore:
        from faceid_console.store import HistoryStore  # as the console does: imported on the opening thread

        return HistoryStore.open(sqlite_path=home / "history.sqlite3", database_url="")

    (home / "window.ini").unlink(missing_ok=True)  # a first start, on Verify (a remembered page is built at once)
    hand_the_lock_over_quickly()
    app = QApplication(sys.argv)
    settings = Settings()
    connector = Connector(home / "engine")
    history = LazyHistoryStore(open_history)
    connection = Connection(settings, connector)
    window = MainWindow(connection=connection, settings=settings, history=history,
                        state=QSettings(str(home / "window.ini"), QSettings.Format.IniFormat), language="en")
    window.show()
    run_until_first_paint(app, window)
    GuiThreadCollector(app)  # as application.run does: only the GUI thread collects
    loop = install_asyncio_loop(app)
    painted = time.perf_counter()
    loop.call_soon(connection.open_active)
    build_pages = getattr(window, "build_pages_when_idle", None)  # as ``application.run`` does, where it exists
    if build_pages is not None:
        loop.call_soon(build_pages)
    return ConsoleWindow(app, window, connection, connector, history, loop, painted)


def engine_ready(connection: Connection) -> bool:
    """Whether the window's connection is open and its engine has answered the profile's check."""
    from faceid_console.ui.connection import ServiceState

    return connection.state is ServiceState.READY and connection.check_result is not None


def resolve_once(future: asyncio.Future[None]) -> Callable[[], None]:
    """A slot for a signal that sets ``future``'s result (None) the first time it is called, and does nothing after."""

    def resolve() -> None:
        if not future.done():
            future.set_result(None)

    return resolve


async def until(done: Callable[[], object], poll_s: float = 0.01, timeout_s: float | None = None) -> None:
    """Await, looking every ``poll_s``, until ``done()`` is true (RuntimeError once ``timeout_s`` has passed)."""
    deadline = None if timeout_s is None else time.perf_counter() + timeout_s
    while not done():
        if deadline is not None and time.perf_counter() > deadline:
            raise RuntimeError("timed out")
        await asyncio.sleep(poll_s)


async def settle(console: ConsoleWindow, poll_s: float = 0.01, timeout_s: float | None = None) -> None:
    """Wait until the engine answers, the idle build is done and start-up's heap is frozen, then a second more."""
    window = console.window
    await until(lambda: engine_ready(console.connection), poll_s, timeout_s)
    idle_build = getattr(window, "idle_build", None)
    if idle_build is not None:
        await until(lambda: idle_build.finished, poll_s, timeout_s)
    if hasattr(window, "heap_frozen"):
        await until(lambda: window.heap_frozen, poll_s, timeout_s)
    await asyncio.sleep(1.0)


def photos_prepared(page: VerifyPage | AppTokenPage) -> bool:
    """Whether every photo slot of ``page`` has finished preparing its photo."""
    return not any(slot.busy for slot in page.slots.values())


async def choose_photos(page: VerifyPage, uuid: str, image: Path, reference: Path, *, poll_s: float = 0.01,
                        timeout_s: float | None = None) -> None:
    """The Verify page set to face comparison of ``image`` with ``reference`` for ``uuid``, until both are prepared."""
    for slot in page.slots.values():
        slot.clear()
    page.compare_radio.setChecked(True)
    page.uuid_edit.setText(uuid)
    page.last_sent = None  # the same inputs again: no "send again?" question
    page.slots["image"].set_file(image)
    page.slots["image_ref1"].set_file(reference)
    await until(lambda: photos_prepared(page), poll_s, timeout_s)


class FullCollections:
    """The interpreter's full garbage collections while watched, on any thread: (started, ms) of each."""

    def __init__(self) -> None:
        self.found: list[tuple[float, float]] = []
        self._started: dict[int, float] = {}

    def _note(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        now = time.perf_counter()
        if phase == "start":
            self._started[threading.get_ident()] = now
        else:
            started = self._started.pop(threading.get_ident(), now)
            self.found.append((started, (now - started) * 1000))

    def start(self) -> FullCollections:
        gc.callbacks.append(self._note)
        return self

    def stop(self) -> None:
        if self._note in gc.callbacks:
            gc.callbacks.remove(self._note)

    def longest_since(self, started: float) -> float:
        """Milliseconds of the longest full collection that began at or after ``started`` (0: none did)."""
        return max((ms for at, ms in self.found if at >= started), default=0.0)


async def stall_and_collection(stalls: LoopStalls, collections: FullCollections,
                               work: Awaitable[object]) -> tuple[float, float]:
    """Milliseconds of the longest stall while ``work`` runs, and of the longest full collection begun meanwhile."""
    started = time.perf_counter()
    return await stalls.longest(work), collections.longest_since(started)


def collections_within(runs: list[dict[str, float]], key: str) -> str:
    """A report line's note on the full collections that fell within figure ``key`` (its ``key_gc``) in ``runs``."""
    fell = [r[key + "_gc"] for r in runs if r[key + "_gc"]]
    return (f"a full collection fell within it in {len(fell)}/{len(runs)} runs, {max(fell):.0f} ms at most"
            if fell else "no full collection fell within it")


def run_in_fresh_process(script: str, home: Path, *child_args: str) -> dict[str, float]:
    """The figures ``script --child [child_args] --home home`` prints as its last line, run in a process of its own
    (a first opening or a first answer happens once a process), byte-code caching on as in an installed copy."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, script, "--child", *child_args, "--home", str(home)], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the run {' '.join(child_args) or ''} failed:\n{done.stderr}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def start_postgres_cluster() -> PostgresCluster | None:
    """A throw-away PostgreSQL cluster (initdb/pg_ctl in a temporary folder), or None (said on stderr) if none."""
    from tests.store.postgres_cluster import PostgresCluster, server_bin_dir

    bin_dir = server_bin_dir()
    if bin_dir is None:
        print("no PostgreSQL server installed (apt-get install postgresql)", file=sys.stderr)
        return None
    return PostgresCluster.start(bin_dir)
