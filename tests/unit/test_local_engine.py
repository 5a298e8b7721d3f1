"""Finding the console's running engine, or starting one for a call (faceid_console/local_engine.py)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import requests

from faceid_console import local_engine
from faceid_console.api import Credentials
from tests.conftest import API_KEY, API_SECRET


def test_publish_writes_a_private_file_without_the_secret_and_unpublish_removes_it(engine) -> None:  # type: ignore[no-untyped-def]
    path = local_engine.publish(engine.base_url, API_KEY)
    assert path.parent == local_engine.runtime_folder() and path.name == f"{os.getpid()}.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"base_url": engine.base_url, "pid": os.getpid(), "api_key": API_KEY}
    assert API_SECRET not in path.read_text()
    assert local_engine.running_engine_url() == engine.base_url
    assert local_engine.running_engine_url(API_KEY) == engine.base_url
    assert local_engine.running_engine_url("another-key") is None
    local_engine.unpublish()
    assert not path.exists() and local_engine.running_engine_url() is None
    local_engine.unpublish()  # twice is fine


def test_files_of_gone_processes_and_closed_ports_are_ignored(engine) -> None:  # type: ignore[no-untyped-def]
    folder = local_engine.runtime_folder()
    folder.mkdir(parents=True)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    dead_pid = int(gone.stdout)
    stale = folder / f"{dead_pid}.json"
    stale.write_text(json.dumps({"base_url": engine.base_url, "pid": dead_pid, "api_key": API_KEY}))
    garbage = folder / "123.json"
    garbage.write_text("{not json")
    closed = folder / "1.json"  # pid 1 is alive, but nothing listens on port 9
    closed.write_text(json.dumps({"base_url": "http://127.0.0.1:9", "pid": 1, "api_key": API_KEY}))
    remote = folder / "2.json"  # only loopback engines are trusted
    remote.write_text(json.dumps({"base_url": "http://example.com:80", "pid": 1, "api_key": API_KEY}))
    assert local_engine.running_engine_url(API_KEY) is None
    assert not stale.exists() and not garbage.exists()


def test_embedded_engine_starts_one_for_the_call_and_stops_it(tmp_path: Path) -> None:
    creds = Credentials("call-key", "call-secret-0123456789")
    with local_engine.embedded_engine(creds, data_dir=tmp_path / "engine") as started:
        assert started.call_scoped and started.credentials == creds
        assert started.base_url.startswith("http://127.0.0.1:")
        answer = requests.post(started.base_url + "/faceid/v2/verify", data={"api_key": "call-key"}, timeout=10)
        assert answer.status_code == 400 and answer.json()["error_message"] == "MISSING_ARGUMENTS: api_secret"
    try:
        requests.get(started.base_url + "/", timeout=2)
    except requests.ConnectionError:
        pass
    else:
        raise AssertionError("the engine started for the call still answers after it")


def test_embedded_engine_uses_a_published_engine_that_accepts_the_key(engine) -> None:  # type: ignore[no-untyped-def]
    local_engine.publish(engine.base_url, API_KEY)
    try:
        with local_engine.embedded_engine(Credentials(API_KEY, API_SECRET)) as found:
            assert found.base_url == engine.base_url and not found.call_scoped
        assert local_engine.running_engine_url() == engine.base_url  # not stopped by the call
        with local_engine.embedded_engine(Credentials("other-key", "other-secret-0123")) as own:
            assert own.call_scoped and own.base_url != engine.base_url
    finally:
        local_engine.unpublish()


def test_engine_credentials_come_from_the_keyring_and_persist() -> None:
    first = local_engine.engine_credentials()
    assert local_engine.engine_credentials() == first
    assert not first.api_key.startswith(local_engine.TEMPORARY_KEY_PREFIX)


def test_without_a_keyring_a_temporary_pair_lives_in_memory(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from faceid_console import credentials

    def refuse(profile: str) -> None:
        raise credentials.CredentialStoreError("no keyring here")

    monkeypatch.setattr(credentials, "load", refuse)
    one, two = local_engine.engine_credentials(), local_engine.engine_credentials()
    assert one.api_key.startswith(local_engine.TEMPORARY_KEY_PREFIX) and one != two
