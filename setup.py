"""Build step: compile the Qt translations (.ts → .qm) into the package, so nothing compiles at run time.

Everything else about the package is declared in pyproject.toml.
"""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"


class BuildPyWithTranslations(build_py):
    """build_py, then Qt's lrelease for every .ts into the built package's translations folder."""

    def run(self) -> None:
        super().run()
        import PySide6  # a build requirement (pyproject.toml)

        tool = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        target = Path(self.build_lib) / "faceid_console" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            # Qt's own tool from the build environment, on our own files.
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")], check=True)  # noqa: S603


setup(cmdclass={"build_py": BuildPyWithTranslations})
