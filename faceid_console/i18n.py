"""Translation files: compile resources/translations/*.ts to .qm with Qt's lrelease."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import platformdirs


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found; install PySide6")
    return found


def translations_dir() -> Path:
    """The folder of .ts files: resources/translations, shipped as faceid_console.resources.translations."""
    return Path(str(resources.files("faceid_console.resources.translations")))


def compiled_translation(language: str) -> Path:
    """The .qm for ``language``, compiled into the user's cache folder when missing or out of date."""
    ts = translations_dir() / f"faceid_console_{language}.ts"
    cache = Path(platformdirs.user_cache_dir("faceid-console")) / "translations"
    qm = cache / ts.with_suffix(".qm").name
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


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
