"""A script run in a process of its own, so a crash (a segfault, an abort) reads as a failure, not as the end of the
test session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def assert_survives_apart(script: str, folder: Path) -> None:
    """Run ``script`` (which prints "survived" at its end) in a child interpreter, its home and working folder
    ``folder``; fail with the end of its standard error (faulthandler's stacks) unless it survived."""
    path = folder / "apart.py"
    path.write_text(script, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(folder), "XDG_CONFIG_HOME": str(folder)}
    with subprocess.Popen([sys.executable, "-X", "faulthandler", str(path)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, cwd=folder, env=env) as child:
        try:
            out, err = child.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGABRT)  # a hang: faulthandler prints every thread's stack as it aborts
            try:
                out, err = child.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
                out, err = child.communicate()
            err = f"timed out after 120 s\n{err}"
    assert child.returncode == 0 and out.strip() == "survived", err[-4000:]
