"""Start-up to the first paint: `faceid-console --smoke` against a bare PySide6 window shown by the same
interpreter (the floor), alternating runs, medians; target at most 1.5×. Two references run alongside: the
bare window with one label, and the console's own window written out in plain PySide6 (window_replica.py),
which tells what the console's code adds to what its content costs in Qt. Each reports once its first paint
is done, as the console does. With --bundle, the one-folder bundle's executable against the source install too.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--bundle dist/faceid-console/faceid-console]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # mypy knows the file as benchmarks.window_replica; this script imports it from its own folder
    from benchmarks.window_replica import SHOW_AND_REPORT_FIRST_PAINT
else:
    from window_replica import SHOW_AND_REPORT_FIRST_PAINT

TARGET = 1.5

#: What anyone would write to show a window: QApplication, a QMainWindow, and a note at its first paint.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 820)
""" + SHOW_AND_REPORT_FIRST_PAINT

#: For reference only, not the floor: the least any window with content pays beyond the bare one: its first
#: line of text (Qt loads the font database) and the ``Qt`` namespace (PySide builds its ~90 enums on first use).
ONE_LABEL_WINDOW = BARE_WINDOW.replace(
    "window.resize(1280, 820)",
    "from PySide6.QtCore import Qt\n"
    "from PySide6.QtWidgets import QLabel\n"
    "label = QLabel('FaceID Console')\n"
    "label.setAlignment(Qt.AlignmentFlag.AlignCenter)\n"
    "window.setCentralWidget(label)\n"
    "window.resize(1280, 820)",
)
assert ONE_LABEL_WINDOW != BARE_WINDOW


REPLICA = "the console's window in plain PySide6 (reference)"

#: Runs the replica as an imported module, so that its byte code is cached as the console's is.
IMPORT_REPLICA = "import sys, pathlib; sys.path.insert(0, str(pathlib.Path(sys.argv[1]).parent)); import window"


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it reports its first paint on stdout."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("first paint"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{command[0]} ended without a first paint")
    process.wait(timeout=60)
    process.stdout.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, help="the bundle's executable (packaging/build.sh)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="faceid-startup-") as folder:
        return measure(args, Path(folder))


def measure(args: argparse.Namespace, home: Path) -> int:
    """Prints the figures, with ``home`` as the commands' home (settings, window state, the replica)."""
    (home / "run").mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_RUNTIME_DIR": str(home / "run"), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # Byte-code caching on, as in any installed copy (pip and the .deb compile it): a source checkout run
    # with PYTHONDONTWRITEBYTECODE would recompile every module on every start and measure that instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    console = str(Path(sys.executable).with_name("faceid-console"))
    replica = home / "replica" / "window.py"
    made = subprocess.run([sys.executable, str(Path(__file__).with_name("window_replica.py")), str(replica)], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    if made.returncode != 0:
        raise SystemExit(f"benchmarks/window_replica.py failed:\n{made.stderr}")
    commands = {"bare PySide6 window (floor)": [sys.executable, "-c", BARE_WINDOW],
                "window with one centred label (reference)": [sys.executable, "-c", ONE_LABEL_WINDOW],
                REPLICA: [sys.executable, "-c", IMPORT_REPLICA, str(replica)],
                "faceid-console --smoke (source install)": [console, "--smoke"]}
    if args.bundle:
        commands["faceid-console --smoke (bundle)"] = [str(args.bundle), "--smoke"]
    for command in commands.values():
        time_to_first_paint(command, env)  # warm the file cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(time_to_first_paint(command, env))
    floor = statistics.median(times["bare PySide6 window (floor)"])
    print(f"start-up to the first paint, median of {args.runs} alternating runs:")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:50s} {median * 1000:6.0f} ms   {median / floor:4.2f}× the floor")
    ratio = statistics.median(times["faceid-console --smoke (source install)"]) / floor
    print(f"console / floor: {ratio:.2f}× (target ≤ {TARGET}×: {'met' if ratio <= TARGET else 'MISSED'})")
    plain = statistics.median(times["faceid-console --smoke (source install)"]) / statistics.median(times[REPLICA])
    print(f"console / the same window in plain PySide6: {plain:.2f}× (what the console's own code adds)")
    if args.bundle:
        size = sum(f.stat().st_size for f in args.bundle.parent.rglob("*") if f.is_file())
        print(f"bundle: {size / 2**20:.0f} MB in {args.bundle.parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
