"""``faceid-console engine`` as an operator runs it: a clean stop on SIGTERM / Ctrl+C, --data-dir
honoured by the registry sub-commands, and client-side messages for paths that are not photos."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
from pathlib import Path

import numpy as np
import pytest
import requests
from PIL import Image

from tests.e2e.test_cli import EXE, ID_NUMBER, KEY, NAME, SECRET, env, run


def _as_from_a_terminal() -> None:
    # A job started in the background by a non-interactive shell (as CI may run the suite) inherits
    # SIGINT ignored; the engine under test gets Ctrl+C the way a terminal delivers it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    proc = subprocess.Popen([EXE, "engine", "--port", "0", "--data-dir", str(data_dir)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env(), preexec_fn=_as_from_a_terminal)  # noqa: PLW1509
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())["engine"]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_engine_stops_cleanly_on_a_signal(tmp_path: Path, sig: signal.Signals) -> None:
    proc, url = _start(tmp_path)
    try:
        idle = requests.Session()  # a client still connected when the signal comes
        assert idle.get(url + "/faceid/liveness/v2/do", params={"token": "x"}, timeout=10).status_code == 400
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
        idle.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert b"Traceback" not in err and b"Error" not in err, err.decode()


def test_engine_data_dir_reaches_the_registry_sub_commands(tmp_path: Path, faces: Path) -> None:
    data_dir = tmp_path / "registry-here"
    added = run("engine", "--data-dir", str(data_dir), "registry", "add", "--idcard-number", ID_NUMBER,
                "--idcard-name", NAME, "--photo", str(faces / "obama_3.jpg"))
    assert added.returncode == 0, added.stdout + added.stderr
    assert (data_dir / "registry.sqlite3").is_file()
    for args in (["engine", "--data-dir", str(data_dir), "registry", "list"],
                 ["engine", "registry", "list", "--data-dir", str(data_dir)]):
        listed = run(*args)
        assert [p["idcard_number"] for p in json.loads(listed.stdout)] == [ID_NUMBER]


def test_registry_add_with_a_huge_icc_profile_finishes(tmp_path: Path) -> None:
    pixels = np.random.default_rng(5).integers(0, 255, (600, 800, 3), dtype=np.uint8)
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, "JPEG", quality=90, icc_profile=os.urandom(2_500_000))
    photo = tmp_path / "icc.jpg"
    photo.write_bytes(buf.getvalue())
    done = run("engine", "--data-dir", str(tmp_path), "registry", "add", "--idcard-number", ID_NUMBER,
               "--idcard-name", NAME, "--photo", str(photo))  # run() has a 120 s deadline: a hang fails
    assert done.returncode == 0 and json.loads(done.stdout)["photo_bytes"] <= 2 * 1024 * 1024


@pytest.mark.parametrize("kind", ["folder", "device"])
def test_verify_says_what_a_bad_image_path_is(tmp_path: Path, faces: Path, kind: str) -> None:
    target = tmp_path / "photo.jpg"
    if kind == "folder":
        target.mkdir()
    else:
        target.symlink_to("/dev/zero")
    done = run("verify", "--base-url", "http://127.0.0.1:9", "--comparison-type", "0", "--uuid", "U-1",
               "--image", str(target), "--image-ref1", str(faces / "obama_2.jpg"))
    assert done.returncode == 2 and not done.stderr
    error = json.loads(done.stdout)["error"]
    assert error["detail"] == "image"
    assert ("is a folder" if kind == "folder" else "is a device") in error["message"]


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the engine's child processes from /proc")
def test_engine_answers_verifies_in_its_own_process_then_stops_cleanly(tmp_path: Path, faces: Path) -> None:
    proc = subprocess.Popen([EXE, "engine", "--port", "0", "--data-dir", str(tmp_path), "--preload-model"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    try:
        assert proc.stdout is not None
        url = json.loads(proc.stdout.readline())["engine"]
        for ref in ("obama_2.jpg", "biden_1.jpg"):
            answer = requests.post(url + "/faceid/v2/verify", timeout=60, data={
                "api_key": KEY, "api_secret": SECRET, "comparison_type": "0", "uuid": "applicant-1",
                "face_image_type": "raw_image"}, files={"image": (faces / "obama_1.jpg").read_bytes(),
                                                       "image_ref1": (faces / ref).read_bytes()})
            assert answer.status_code == 200, answer.text
            assert (answer.json()["result_ref1"]["confidence"] > 60) == (ref == "obama_2.jpg")
        assert not _children(proc.pid)  # faces are described in the request threads: no helper processes
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert b"Traceback" not in err, err.decode()


def _children(pid: int) -> set[int]:
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue  # ended while being read
        if fields.get("PPid", "").strip() == str(pid):
            found.add(int(status.parent.name))
    return found
