"""Translation files: compile resources/translations/*.ts to .qm with Qt's lrelease."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found; install PySide6")
    return found


def compile_translations(folder: Path) -> list[Path]:
    """Compile every .ts in ``folder``; returns the .qm files written."""
    written = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        written.append(qm)
    return written


def update_sources(package: Path, folder: Path) -> None:
    """Refresh the .ts files from the ``tr()`` calls in ``package``'s UI code (lupdate)."""
    sources = [str(p) for p in sorted((package / "ui").rglob("*.py"))]
    for ts in sorted(folder.glob("*.ts")):
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete"], check=True,
                       capture_output=True)
