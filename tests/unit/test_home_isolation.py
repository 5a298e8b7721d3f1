"""A test run never touches the real home folder: per test (the autouse fixture) and per run (scripts/test)."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from faceid_console import settings
from tests.conftest import ENV_REAL_HOME, ROOT, SESSION_HOME

#: The home folder the operating system gives this user, whatever HOME says.
PASSWD_HOME = Path(pwd.getpwuid(os.getuid()).pw_dir)


def test_each_test_has_its_own_home_and_xdg_folders(tmp_path: Path) -> None:
    assert Path(os.environ["HOME"]) == tmp_path / "home" != PASSWD_HOME
    assert Path.home() == tmp_path / "home"
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        assert Path(os.environ[variable]).is_relative_to(tmp_path), variable
    for folder in (platformdirs.user_config_dir("x"), platformdirs.user_data_dir("x"),
                   platformdirs.user_cache_dir("x"), platformdirs.user_runtime_dir("x")):
        assert Path(folder).is_relative_to(tmp_path), folder
    assert settings.config_dir().is_relative_to(tmp_path) and settings.data_dir().is_relative_to(tmp_path)


def test_scripts_test_runs_the_session_in_a_temporary_home() -> None:
    real = os.environ.get(ENV_REAL_HOME)
    if not real:
        pytest.skip(f"{ENV_REAL_HOME} is set by scripts/test; this run was started another way")
    # The session's HOME is the one the keyring daemon and every subprocess started with.
    assert SESSION_HOME.name.startswith("faceid-test-home.") and SESSION_HOME.is_dir()
    assert SESSION_HOME not in (Path(real), PASSWD_HOME)


def test_the_real_home_guard_fails_a_run_that_writes_there(tmp_path: Path) -> None:
    """The check behind the two tests above: a run that writes a keyring file into the guarded home fails."""
    fake_real_home = tmp_path / "real-home"
    (fake_real_home / ".local/share/keyrings").mkdir(parents=True)
    (fake_real_home / ".local/share/keyrings/user.keystore").write_text("before")
    inner = tmp_path / "inner"
    (inner / "tests").mkdir(parents=True)
    (inner / "tests/__init__.py").write_text("")
    (inner / "tests/conftest.py").write_text((ROOT / "tests/conftest.py").read_text("utf-8"))
    (inner / "tests/test_writes.py").write_text(
        "import os, pathlib\n"
        "def test_leaks():\n"
        f"    pathlib.Path(os.environ['{ENV_REAL_HOME}'], '.local/share/keyrings/login.keyring').write_text('x')\n"
        "def test_clean():\n"
        "    pathlib.Path(os.environ['HOME'], 'fine.txt').write_text('x')\n"
    )
    environ = {**os.environ, ENV_REAL_HOME: str(fake_real_home)}

    def run(selection: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"tests/test_writes.py::{selection}"],
            cwd=inner, env=environ, capture_output=True, text=True, timeout=120, check=False,
        )

    clean = run("test_clean")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    leaking = run("test_leaks")
    assert leaking.returncode == pytest.ExitCode.TESTS_FAILED, leaking.stdout + leaking.stderr
    assert "touched the real home folder" in leaking.stdout and "login.keyring" in leaking.stdout
