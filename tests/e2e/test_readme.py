"""Every command example in README.md runs as written, so none can rot.

Each ```sh block runs in bash from the repository's folder, command by command, with the test's
temporary home, no credentials, no ``faceid-console`` on PATH (README activates .venv itself) and a
dead proxy, so only the built-in engine can answer. A command expects exit 0 unless its comment says
``exit N``. A command ending in ``&`` starts in the background; the next one runs once the engine it
starts has published its address (a user waits for it to print that). Background jobs are stopped
at the end of the block. Two lists below name what is not run, with the reason.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
import subprocess

import pytest

from tests.conftest import ROOT

README = ROOT / "README.md"

#: Not run here, with the reason; checked to exist and be executable.
NOT_RUN = {
    "scripts/console": "opens the window until it is closed; tests/gui and tests/e2e/test_packaging cover the window",
    "scripts/test": "is this test suite itself; CI (.ci/run) runs it in a fresh clone",
    "packaging/build.sh": "builds the bundle (minutes); packaging/ci-install-test.sh runs it under CI",
    "packaging/build-deb.sh": "builds the .deb from the bundle; packaging/ci-install-test.sh runs it under CI",
}
#: Need the FaceID cloud (an account and the network): checked by the command's own argument parser only.
CLOUD_ONLY = {
    "scripts/console verify --comparison-type 1 --idcard-name 张三 --idcard-number 11010519491231002X "
    "--image tests/data/faces/obama_1.jpg": "goes to the cloud-cn profile made active just before",
    "scripts/console verify --base-url https://api-sgp.megvii.com --comparison-type 0 --uuid U-17 "
    "--image tests/data/faces/obama_1.jpg --image-ref1 tests/data/faces/obama_2.jpg": "calls the SGP cloud",
}
#: What a command reads from standard input (every other command reads nothing).
STDIN = {"scripts/console credentials set --profile cloud-cn": "readme-key\nreadme-secret-0123456789\n"}


def sh_blocks(text: str) -> list[tuple[str, list[str]]]:
    """(heading, commands) for each ```sh block: logical lines with backslash continuations joined."""
    blocks = []
    heading = ""
    for match in re.finditer(r"^(#+ [^\n]*)$|^```sh\n(.*?)^```", text, flags=re.S | re.M):
        if match.group(1):
            heading = match.group(1).lstrip("# ").strip()
            continue
        joined = re.sub(r"\\\n\s*", "", match.group(2))
        blocks.append((heading, [line.strip() for line in joined.splitlines() if line.strip()]))
    return blocks


def split_comment(line: str) -> tuple[str, str]:
    """The command and its trailing comment (`` # ...``)."""
    command, _, comment = line.partition(" # ")
    return " ".join(command.split()), comment.strip()


def expected_exit(comment: str) -> int:
    found = re.search(r"\bexit (\d)\b", comment)
    return int(found.group(1)) if found else 0


BLOCKS = sh_blocks(README.read_text("utf-8"))


def test_readme_lists_are_current() -> None:
    commands = {split_comment(line)[0] for _, lines in BLOCKS for line in lines}
    for listed in (*NOT_RUN, *CLOUD_ONLY, *STDIN):
        assert listed in commands, f"README no longer has {listed!r}: update the list in this test"
    for script in NOT_RUN:
        assert os.access(ROOT / script, os.X_OK), script
    assert len(BLOCKS) >= 6 and sum(len(lines) for _, lines in BLOCKS) >= 25


@pytest.mark.parametrize("command", sorted(CLOUD_ONLY))
def test_cloud_examples_parse(command: str) -> None:
    from faceid_console.cli import _build_parser

    args = _build_parser().parse_args(shlex.split(command)[1:])
    assert args.command == "verify"


def _script(lines: list[str]) -> str:
    out = [
        "set -u",
        'faceid_readme_check() { if [ "$1" -ne "$2" ]; then echo "README example exited $1, expected $2: $3" >&2;'
        " exit 90; fi; }",
        'faceid_wait_for_engine() { for _ in $(seq 1 360); do ls "$XDG_RUNTIME_DIR"/faceid-console/engines/*.json'
        ' >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "no engine published" >&2; exit 91; }',
    ]
    for line in lines:
        command, comment = split_comment(line)
        if command in NOT_RUN or command in CLOUD_ONLY:
            continue
        if command.endswith("&"):
            out += [f"{command[:-1].strip()} > /dev/null &", "faceid_wait_for_engine"]
            continue
        feed = f"<<< {shlex.quote(STDIN[command])}" if command in STDIN else "< /dev/null"
        out += [f"{command} {feed}", f"faceid_readme_check $? {expected_exit(comment)} {shlex.quote(command)}"]
    out += ['kill $(jobs -p) 2>/dev/null', "wait", "exit 0"]
    return "\n".join(out)


def _environment() -> dict[str, str]:
    with socket.socket() as probe:  # a proxy port nothing listens on: calls off this machine fail
        probe.bind(("127.0.0.1", 0))
        dead_proxy = f"http://127.0.0.1:{probe.getsockname()[1]}"
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith(("FACEID_API", "FACEID_BASE")) and k != "VIRTUAL_ENV"}
    # README must make faceid-console reachable itself (scripts/console, or activating .venv).
    environ["PATH"] = os.pathsep.join(
        d for d in environ.get("PATH", "").split(os.pathsep) if d and not shutil.which("faceid-console", path=d))
    environ.update({"HTTPS_PROXY": dead_proxy, "HTTP_PROXY": dead_proxy, "https_proxy": dead_proxy,
                    "http_proxy": dead_proxy, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"})
    return environ


@pytest.mark.parametrize(("heading", "lines"), BLOCKS, ids=[f"{i}-{h}" for i, (h, _) in enumerate(BLOCKS)])
def test_readme_examples_run(heading: str, lines: list[str]) -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if os.environ.get("CI"):
            pytest.fail("CI must run README's examples with scripts/test's Secret Service")
        pytest.skip("README's examples use the keyring: run them through scripts/test")
    done = subprocess.run(["bash", "-c", _script(lines)], cwd=ROOT, env=_environment(), capture_output=True,
                          text=True, timeout=1200, check=False)
    assert done.returncode == 0, f"{heading}:\n{done.stderr[-4000:]}"
    assert "Traceback" not in done.stderr, done.stderr[-4000:]
    assert "has stopped" not in done.stderr, "get-token did not find the standing engine"
