"""Translation files: resources/translations/*.ts, compiled to .qm with Qt's lrelease when the package is
built (setup.py) or, in a source checkout, by scripts/bootstrap.sh. Nothing compiles at run time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found; install PySide6")
    return found


def translations_dir() -> Path:
    """The folder of .ts files: resources/translations, shipped as faceid_console.resources.translations."""
    return Path(str(resources.files("faceid_console.resources.translations")))


def qm_path(language: str) -> Path | None:
    """The shipped, compiled translation for ``language``, or None when there is none."""
    qm = translations_dir() / f"faceid_console_{language}.qm"
    return qm if qm.is_file() else None


def stale_translations(folder: Path) -> list[Path]:
    """The .ts files in ``folder`` whose .qm is missing or older than them."""
    return [ts for ts in sorted(folder.glob("*.ts"))
            if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]


def compile_translations(folder: Path) -> list[Path]:
    """Compile every .ts in ``folder``; returns the .qm files written."""
    written = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        # Written beside it, then renamed over it: a running console maps its .qm, and a file rewritten in place
        # under it showed every translated text in English until it was restarted.
        partial = qm.with_name(f".{qm.name}.partial")
        try:
            subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(partial)], check=True,
                           capture_output=True)
            os.replace(partial, qm)
        finally:
            partial.unlink(missing_ok=True)
        written.append(qm)
    return written


def update_sources(package: Path, folder: Path) -> None:
    """Refresh the .ts files from the ``tr()`` calls in ``package``'s UI code (lupdate)."""
    sources = [str(p) for p in sorted((package / "ui").rglob("*.py"))]
    for ts in sorted(folder.glob("*.ts")):
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete"], check=True,
                       capture_output=True)
