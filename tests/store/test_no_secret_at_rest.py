"""No file the console writes (history, its WAL, settings, logs, exports) contains the api_secret."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

from tests.conftest import API_KEY, API_SECRET


def _forms(secret: str) -> list[bytes]:
    raw = secret.encode()
    return [raw, quote(secret).encode(), base64.b64encode(raw), raw.hex().encode(), secret.encode("utf-16-le")]


def test_every_file_written_is_free_of_the_api_secret(engine, faces: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FACEID_")}
    environ.update(FACEID_API_KEY=API_KEY, FACEID_API_SECRET=API_SECRET, FACEID_CONSOLE_HOME=str(home))
    log = home / "logs" / "console.log"
    log.parent.mkdir(parents=True)

    def console(*args: str) -> dict:
        done = subprocess.run([sys.executable, "-m", "faceid_console", *args], capture_output=True, env=environ,
                              timeout=120, check=False)
        with log.open("ab") as f:  # everything it printed, as a log collector would keep it
            f.write(done.stdout + done.stderr)
        return json.loads(done.stdout) if done.stdout.strip().startswith(b"{") else {}

    url = engine.base_url
    console("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U", "--image",
            str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    token = console("get-token", "--base-url", url, "--comparison-type", "0", "--uuid", "U", "--image-ref1",
                    str(faces / "obama_2.jpg"), "--return-url", "http://127.0.0.1:9/r", "--notify-url",
                    "http://127.0.0.1:9/n")
    assert token.get("token"), token
    console("biz-token", "--base-url", url, "--liveness-type", "still", "--comparison-type", "0", "--uuid", "U",
            "--image-ref1", str(faces / "obama_2.jpg"))
    console("get-result", "--base-url", url, "--biz-id", "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1")
    console("profile", "use", "cloud-sgp")
    console("history", "show", "1", "--unmask")
    console("history", "export", "--format", "json", "--unmask", "--output", str(home / "export.json"))
    console("history", "export", "--format", "csv", "--output", str(home / "export.csv"))

    written = [p for p in home.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"history.sqlite3", "settings.json", "export.json", "export.csv", "console.log"} <= names, names
    for path in written:
        content = path.read_bytes()
        for form in _forms(API_SECRET):
            assert form not in content, f"{path} holds the api_secret"
    # the grep reads what was really written: the calls and the setting are there in clear
    history_bytes = b"".join(p.read_bytes() for p in written if p.name.startswith("history.sqlite3"))
    assert b"get_biz_token" in history_bytes and b"cloud-sgp" in (home / "config" / "settings.json").read_bytes()
