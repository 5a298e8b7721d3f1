"""api/, engine/, store/ and the command line's scripting paths never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "faceid_console"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_import_in_protocol_engine_or_store_sources() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for folder in ("api", "engine", "store")
        for p in (PACKAGE / folder).rglob("*.py")
        if {"PySide6", "PyQt5", "PyQt6", "qasync"} & _imports(p)
    ]
    assert offenders == []


def test_importing_protocol_engine_store_and_cli_loads_no_qt() -> None:
    code = (
        "import sys, faceid_console.api, faceid_console.engine.responses, faceid_console.cli, "
        "faceid_console.credentials, faceid_console.settings, faceid_console.store, faceid_console.store.export, "
        "faceid_console.face_finding;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
