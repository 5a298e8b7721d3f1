"""benchmarks/window_replica.py: the plain PySide6 copy of the window that benchmarks/startup.py times as a reference
must show what the console shows at its first paint, or the reference says nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

#: Runs the replica without its event loop and prints what its window shows, as the generator counted the console's.
COUNT_REPLICA = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
import window_replica
source = Path(sys.argv[1]).read_text(encoding="utf-8").replace("app.exec()", "")
scope = {}
exec(compile(source, sys.argv[1], "exec"), scope)
print(json.dumps(window_replica.visible_classes(scope["window"])))
print(json.dumps(scope["window"].findChild(window_replica.QLineEdit).placeholderText()))
"""


def test_the_replica_shows_the_same_widgets_as_the_console_at_its_first_paint(tmp_path: Path) -> None:
    out = tmp_path / "replica" / "window.py"
    made = subprocess.run([sys.executable, str(REPO / "benchmarks" / "window_replica.py"), str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert made.returncode == 0, made.stderr
    console = json.loads(out.with_suffix(".classes.json").read_text(encoding="utf-8"))
    assert console["QLineEdit"] >= 1 and console["QPushButton"] >= 4 and console["QLabel"] >= 20  # the Verify form

    counted = subprocess.run([sys.executable, "-c", COUNT_REPLICA, str(out), str(REPO / "benchmarks")],
                             capture_output=True, text=True, timeout=120, check=False)
    assert counted.returncode == 0, counted.stderr
    replica, placeholder = (json.loads(line) for line in counted.stdout.splitlines()[-2:])
    assert replica == console
    assert placeholder  # texts are copied, not only the widgets


def test_the_replica_imports_each_qt_name_it_uses_and_no_other(tmp_path: Path) -> None:
    """A star import would make PySide build every class of the module, and time that instead of the window."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from window_replica import imports_for
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    imports = imports_for("w = QLabel(parent)\nw.setAlignment(Qt.AlignmentFlag(4))\nQKeySequence('Alt+1')\nQLabelish")
    assert imports.splitlines() == ["from PySide6.QtCore import Qt", "from PySide6.QtGui import QKeySequence",
                                    "from PySide6.QtWidgets import QLabel"]
