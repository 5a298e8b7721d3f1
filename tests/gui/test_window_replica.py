"""benchmarks/window_replica.py: the plain PySide6 copy of the window that benchmarks/startup.py times as a reference
must show what the console shows at its first paint, or the reference says nothing."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]

#: Runs the replica until its window is laid out, without its event loop, and prints what its window shows as the
#: generator listed the console's.
SHOW_REPLICA = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
import window_replica
source = Path(sys.argv[1]).read_text(encoding="utf-8").replace("app.exec()", "app.processEvents()")
scope = {}
exec(compile(source, sys.argv[1], "exec"), scope)
print(json.dumps(window_replica.visible_widgets(scope["window"])))
"""


def benchmark(name: str) -> ModuleType:
    """The script benchmarks/``name``.py, loaded as a module, with benchmarks/ on the path as when it is run
    (benchmarks/ is not a package; startup.py imports window_replica.py)."""
    spec = importlib.util.spec_from_file_location(f"benchmarks_{name}", REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    return module


def test_the_replica_shows_what_the_console_shows_at_its_first_paint(tmp_path: Path) -> None:
    """Each widget, of the same Qt class, with the same text, at the same place and size in the window."""
    out = tmp_path / "replica" / "window.py"
    # One locale for both windows (it sets the console's language and Qt's font fallbacks); English for the text below.
    english = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LANGUAGE": ""}
    made = subprocess.run([sys.executable, str(REPO / "benchmarks" / "window_replica.py"), str(out)], env=english,
                          capture_output=True, text=True, timeout=180, check=False)
    assert made.returncode == 0, made.stderr
    console = json.loads(out.with_suffix(".shown.json").read_text(encoding="utf-8"))
    kinds = [kind for kind, *_ in console]
    assert kinds.count("QLineEdit") >= 1 and kinds.count("QPushButton") >= 4 and kinds.count("QLabel") >= 20
    assert ["QLineEdit", "your own id for this applicant"] in [shown[:2] for shown in console]

    shown = subprocess.run([sys.executable, "-c", SHOW_REPLICA, str(out), str(REPO / "benchmarks")], env=english,
                           capture_output=True, text=True, timeout=120, check=False)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout.splitlines()[-1]) == console

    ran = subprocess.run([sys.executable, "-c", benchmark("startup").IMPORT_REPLICA, str(out)], env=english,
                         capture_output=True, text=True, timeout=120, check=False)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("first paint")  # as startup.py runs it, it paints and says so


def test_the_replica_imports_each_qt_name_it_uses_and_no_other(tmp_path: Path) -> None:
    """A star import would make PySide build every class of the module, and time that instead of the window."""
    imports = benchmark("window_replica").imports_for("w = QLabel(parent)\nw.setAlignment(Qt.AlignmentFlag(4))\nQKeySequence('Alt+1')\nQLabelish")
    assert imports.splitlines() == ["from PySide6.QtCore import Qt", "from PySide6.QtGui import QKeySequence",
                                    "from PySide6.QtWidgets import QLabel"]
