"""Send one hostile input down each path (prepare_image, the CLI, the engine raw) and judge the answer.

Shared by the test module and by ``python -m tests.hostile.report``, which prints the README figures.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import requests

from faceid_console.api.errors import FaceIDError
from faceid_console.api.images import prepare_image

from .corpus import HostileCase

Kind = Literal["result", "error", "crash", "hang"]
ENGINE_KEY, ENGINE_SECRET = "hostile-key", "hostile-secret-0123456789"
EXE = str(Path(sys.executable).with_name("faceid-console"))
#: Deadlines that only a hang reaches (a loaded 2-core machine answers in seconds).
PREPARE_DEADLINE_S, CLI_DEADLINE_S, ENGINE_DEADLINE_S = 60.0, 120.0, 60.0
#: Memory any single path may use for one input; a bomb that got through would exceed it.
MAX_CLI_RSS_MB, MAX_ENGINE_RSS_MB = 1024, 2048
DOCUMENTED_IMAGE_ERRORS = ("IMAGE_ERROR_UNSUPPORTED_FORMAT", "INVALID_IMAGE_SIZE", "NO_FACE_FOUND")


@dataclass(frozen=True)
class Outcome:
    """What one path made of one input."""

    path: str
    kind: Kind
    #: For a result: "same_person", "other_person"; for an error: "CODE: detail" or the input message.
    detail: str
    seconds: float
    peak_rss_mb: float | None = None
    stderr: str = ""


def client_outcome(case: HostileCase) -> Outcome:
    """prepare_image on the file, in a thread with a deadline."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = prepare_image(case.path)
        except BaseException as exc:  # judged below
            box["error"] = exc

    started = time.monotonic()
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(PREPARE_DEADLINE_S)
    seconds = time.monotonic() - started
    if thread.is_alive():
        return Outcome("prepare_image", "hang", "", seconds)
    error = box.get("error")
    if isinstance(error, FaceIDError):
        return Outcome("prepare_image", "error", f"{error.code}: {error.detail} — {error.message}", seconds)
    if error is not None:
        return Outcome("prepare_image", "crash", f"{type(error).__name__}: {error}", seconds)
    return Outcome("prepare_image", "result", f"{box['value'].width}x{box['value'].height}", seconds)


def _score(body: dict[str, Any]) -> str:
    ref = body.get("result_ref1") or {}
    confidence, thresholds = ref.get("confidence"), ref.get("thresholds") or {}
    if not isinstance(confidence, (int, float)) or "1e-3" not in thresholds:
        return "malformed result"
    return "same_person" if confidence >= thresholds["1e-3"] else "other_person"


def _high_water_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:  # already gone
        return 0
    return next((int(ln.split()[1]) for ln in status.splitlines() if ln.startswith("VmHWM:")), 0)


def cli_outcome(case: HostileCase, base_url: str, reference: Path, env: dict[str, str]) -> Outcome:
    """``faceid-console verify --json`` with the file as --image, with a deadline and its peak memory."""
    started = time.monotonic()
    peak_kb = 0
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([EXE, "verify", "--json", "--base-url", base_url, "--comparison-type", "0",
                                 "--uuid", "hostile", "--image", str(case.path), "--image-ref1", str(reference)],
                                stdout=out, stderr=err, env=env)
        # Peak memory from the process's own high-water mark (VmHWM): rusage's maxrss of a child
        # counts the forking parent's size too, which says nothing about the command.
        while proc.poll() is None:
            peak_kb = max(peak_kb, _high_water_kb(proc.pid))
            if time.monotonic() - started > CLI_DEADLINE_S:
                proc.kill()
            time.sleep(0.02)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    rss_mb = peak_kb / 1024
    if proc.returncode == -signal.SIGKILL:
        return Outcome("cli", "hang", "", seconds, rss_mb, stderr)
    try:
        body = json.loads(stdout)
    except ValueError:
        return Outcome("cli", "crash", f"exit {proc.returncode}, no JSON: {stdout[:200]}", seconds, rss_mb, stderr)
    if proc.returncode in (0, 3) and "error" not in body:
        return Outcome("cli", "result", _score(body), seconds, rss_mb, stderr)
    if proc.returncode in (1, 2) and isinstance(body.get("error"), dict):
        error = body["error"]
        return Outcome("cli", "error", f"{error.get('code')}: {error.get('detail')} — {error.get('message')}",
                       seconds, rss_mb, stderr)
    return Outcome("cli", "crash", f"exit {proc.returncode}: {stdout[:200]}", seconds, rss_mb, stderr)


def engine_outcome(case: HostileCase, base_url: str, reference: bytes) -> Outcome:
    """The raw file as verify's ``image``, over loopback HTTP, with a deadline."""
    started = time.monotonic()
    try:
        answer = requests.post(
            base_url + "/faceid/v2/verify", timeout=ENGINE_DEADLINE_S,
            data={"api_key": ENGINE_KEY, "api_secret": ENGINE_SECRET, "comparison_type": "0",
                  "face_image_type": "raw_image", "uuid": "hostile"},
            files={"image": (case.path.name, case.path.read_bytes(), "application/octet-stream"),
                   "image_ref1": ("ref.jpg", reference, "image/jpeg")},
        )
    except requests.Timeout:
        return Outcome("engine", "hang", "", time.monotonic() - started)
    seconds = time.monotonic() - started
    if answer.status_code == 413:
        return Outcome("engine", "error", f"413 {answer.text}", seconds)
    try:
        body = answer.json()
    except ValueError:
        return Outcome("engine", "crash", f"HTTP {answer.status_code}, not JSON: {answer.text[:200]}", seconds)
    if answer.status_code == 200:
        return Outcome("engine", "result", _score(body), seconds)
    if answer.status_code == 400:
        return Outcome("engine", "error", str(body.get("error_message")), seconds)
    return Outcome("engine", "crash", f"HTTP {answer.status_code}: {body}", seconds)


def judge(expect: str, outcome: Outcome) -> str | None:
    """None when the outcome is what ``expect`` allows; otherwise what is wrong, in one line."""
    if outcome.kind in ("hang", "crash"):
        return f"{outcome.path}: {outcome.kind} {outcome.detail}"
    if outcome.stderr.strip():
        return f"{outcome.path}: wrote to stderr: {outcome.stderr.strip()[:300]}"
    is_image_error = outcome.kind == "error" and (
        outcome.detail.split(" — ")[0].endswith(": image") or outcome.detail.startswith("413 "))
    if outcome.kind == "error" and not is_image_error:
        return f"{outcome.path}: an error that does not name the field: {outcome.detail}"
    face_found = outcome.kind == "result" and (outcome.path == "prepare_image" or outcome.detail == "same_person")
    no_face = outcome.kind == "error" and outcome.detail.startswith("NO_FACE_FOUND: image")
    refused = outcome.kind == "error" and not no_face
    allowed = {
        "face": face_found,
        "no_face": (outcome.kind == "result" and outcome.path == "prepare_image") or no_face,
        "refused": refused,
        "too_large": outcome.detail.startswith("413 Request Entity Too Large"),
        "either": face_found or no_face or refused or outcome.kind == "result",
    }[expect]
    return None if allowed else f"{outcome.path}: expected {expect}, got {outcome.kind} {outcome.detail}"


def engine_env(home: Path) -> dict[str, str]:
    """An environment for engine and CLI processes: test credentials, a private config and data folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACEID_")}
    env.update(FACEID_API_KEY=ENGINE_KEY, FACEID_API_SECRET=ENGINE_SECRET, HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               FACEID_CONSOLE_CONFIG_DIR=str(home / "config"), FACEID_CONSOLE_DATA_DIR=str(home / "data"))
    return env


@dataclass
class StandaloneEngine:
    """``faceid-console engine`` in its own process, so its memory can be measured."""

    process: subprocess.Popen[bytes]
    base_url: str

    def peak_rss_mb(self) -> float:
        return _high_water_kb(self.process.pid) / 1024


@contextmanager
def standalone_engine(home: Path) -> Iterator[StandaloneEngine]:
    """Start the engine on a free loopback port; SIGTERM it afterwards (it must exit 0)."""
    proc = subprocess.Popen([EXE, "engine", "--port", "0", "--data-dir", str(home / "engine")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=engine_env(home))
    try:
        assert proc.stdout is not None
        first = json.loads(proc.stdout.readline())
        yield StandaloneEngine(proc, first["engine"])
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
