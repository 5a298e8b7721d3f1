"""The installed ``faceid-console`` command as a user runs it, against a standalone engine process."""

from __future__ import annotations

import html
import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

EXE = str(Path(sys.executable).with_name("faceid-console"))
KEY, SECRET = "e2e-key", "e2e-secret-never-printed"
ID_NUMBER, NAME = "11010519491231002X", "奥巴马"


def env(**extra: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith("FACEID_API")}
    out.update({"FACEID_API_KEY": KEY, "FACEID_API_SECRET": SECRET})
    out.update(extra)
    return out


def run(*args: str, stdin: bytes | None = None, environ: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run([EXE, *args], input=stdin, capture_output=True, env=environ or env(), timeout=120, check=False)
    assert SECRET.encode() not in done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def standalone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    data_dir = tmp_path_factory.mktemp("engine-data")
    proc = subprocess.Popen([EXE, "engine", "--port", "0", "--data-dir", str(data_dir)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env())
    try:
        assert proc.stdout is not None
        first = json.loads(proc.stdout.readline())
        assert first["api_key"] == KEY and SECRET not in json.dumps(first)
        assert first["engine"].startswith("http://127.0.0.1:")  # loopback unless told otherwise
        yield first["engine"], data_dir
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
        assert SECRET.encode() not in err


def test_verify_face_comparison(standalone: tuple[str, Path], faces: Path) -> None:
    url, _ = standalone
    done = run("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U-1", "--image",
               str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"), "--image-ref2",
               str(faces / "kit_1.jpg"), "--return-faces", "1")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["result_ref1"]["confidence"] > out["result_ref1"]["thresholds"]["1e-4"]
    assert out["result_ref2"]["confidence"] < out["result_ref2"]["thresholds"]["1e-3"]
    assert out["assessment"]["strictest_level_met"] is not None and len(out["faces"]) == 1


def test_registry_changes_reach_a_running_engine(standalone: tuple[str, Path], faces: Path) -> None:
    url, data_dir = standalone
    kyc = ("verify", "--base-url", url, "--comparison-type", "1", "--idcard-name", NAME, "--idcard-number",
           ID_NUMBER, "--image", str(faces / "obama_1.jpg"))
    missing = run(*kyc)
    assert missing.returncode == 1 and json.loads(missing.stdout)["error"]["code"] == "NO_SUCH_ID_NUMBER"
    added = run("engine", "registry", "add", "--data-dir", str(data_dir), "--idcard-number", ID_NUMBER,
                "--idcard-name", NAME, "--photo", str(faces / "obama_3.jpg"), "--id-attacked")
    assert added.returncode == 0, added.stderr
    listed = json.loads(run("engine", "registry", "list", "--data-dir", str(data_dir)).stdout)
    assert listed == [{"idcard_number": ID_NUMBER, "idcard_name": NAME, "has_photo": True, "id_attacked": True}]
    found = run(*kyc)
    assert found.returncode == 0, found.stdout
    out = json.loads(found.stdout)
    assert out["result_faceid"]["confidence"] > out["result_faceid"]["thresholds"]["1e-4"]
    assert out["id_exceptions"] == {"id_attacked": 1, "id_photo_monochrome": 0}
    assert run("engine", "registry", "remove", "--data-dir", str(data_dir), "--idcard-number", ID_NUMBER).returncode == 0
    assert json.loads(run(*kyc).stdout)["error"]["code"] == "NO_SUCH_ID_NUMBER"


def test_registry_refuses_bad_input(tmp_path: Path, faces: Path) -> None:
    bad_id = run("engine", "registry", "add", "--data-dir", str(tmp_path), "--idcard-number", "110105194912310021",
                 "--idcard-name", NAME, "--photo", str(faces / "obama_3.jpg"))
    assert bad_id.returncode == 2 and json.loads(bad_id.stdout)["error"]["detail"] == "idcard_number"
    bad_photo = run("engine", "registry", "add", "--data-dir", str(tmp_path), "--idcard-number", ID_NUMBER,
                    "--idcard-name", NAME, "--photo", str(faces / "README.md"))
    assert bad_photo.returncode == 2 and json.loads(bad_photo.stdout)["error"]["detail"] == "photo"


def test_errors_exit_non_zero_with_the_code(standalone: tuple[str, Path], faces: Path) -> None:
    url, _ = standalone
    args = ("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U", "--image",
            str(faces / "multi_two_people.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    api_error = run(*args)
    assert api_error.returncode == 1
    assert json.loads(api_error.stdout)["error"] | {"code": "MULTIPLE_FACES", "detail": "image", "http_status": 400} == \
        json.loads(api_error.stdout)["error"]
    wrong = run(*args, environ=env(FACEID_API_SECRET="nope"))
    assert wrong.returncode == 1 and json.loads(wrong.stdout)["error"]["code"] == "AUTHENTICATION_ERROR"
    no_creds = run(*args, environ={k: v for k, v in env().items() if not k.startswith("FACEID_API")})
    assert no_creds.returncode == 2 and "FACEID_API_KEY" in json.loads(no_creds.stdout)["error"]["message"]
    bad_input = run("verify", "--base-url", url, "--comparison-type", "1", "--idcard-name", NAME,
                    "--idcard-number", "110105194912310021", "--image", str(faces / "obama_1.jpg"))
    assert bad_input.returncode == 2 and json.loads(bad_input.stdout)["error"]["detail"] == "idcard_number"
    insecure = run("verify", "--base-url", "http://api.megvii.com", "--comparison-type", "0", "--uuid", "U",
                   "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    assert insecure.returncode == 2 and json.loads(insecure.stdout)["error"]["detail"] == "base_url"


def test_biz_token(standalone: tuple[str, Path], faces: Path) -> None:
    url, _ = standalone
    done = run("biz-token", "--base-url", url, "--liveness-type", "meglive", "--comparison-type", "0", "--uuid", "U",
               "--image-ref1", str(faces / "obama_1.jpg"), "--liveness-action-count", "2", "--security-level", "3",
               "--get-liveness-video", "1", "--biz-no", "order-1")
    assert done.returncode == 0, done.stdout
    assert re.match(r"^\d+,[0-9a-f-]{36}$", json.loads(done.stdout)["biz_token"])
    bad = run("biz-token", "--base-url", url, "--liveness-type", "still", "--comparison-type", "0", "--uuid", "U",
              "--image-ref1", str(faces / "obama_1.jpg"), "--liveness-timeout", "99")
    assert bad.returncode == 2 and json.loads(bad.stdout)["error"]["detail"] == "liveness_timeout"


def test_web_liveness_and_callback_check(standalone: tuple[str, Path], faces: Path, tmp_path: Path) -> None:
    url, _ = standalone
    started = run("get-token", "--base-url", url, "--comparison-type", "0", "--uuid", "U", "--image-ref1",
                  str(faces / "obama_2.jpg"), "--return-url", "http://127.0.0.1:9/return",
                  "--notify-url", "http://127.0.0.1:9/notify", "--biz-no", "B-1")
    assert started.returncode == 0, started.stdout
    token = json.loads(started.stdout)
    assert token["liveness_url"].startswith(url + "/faceid/liveness/v2/do?token=")
    page = requests.post(url + "/faceid/liveness/v2/do", data={"token": token["token"]},
                         files={"image_best": ("b.jpg", (faces / "obama_1.jpg").read_bytes(), "image/jpeg")}, timeout=60)
    data = html.unescape(re.search(r'name="data" value="([^"]*)"', page.text).group(1))  # type: ignore[union-attr]
    sign = re.search(r'name="sign" value="([^"]*)"', page.text).group(1)  # type: ignore[union-attr]
    body = tmp_path / "callback.txt"
    from urllib.parse import urlencode

    body.write_text(urlencode({"data": data, "sign": sign}))
    valid = run("check-callback", str(body))
    assert valid.returncode == 0 and json.loads(valid.stdout)["signature_valid"] is True
    assert json.loads(valid.stdout)["payload"]["biz_no"] == "B-1"
    tampered = urlencode({"data": data.replace('"B-1"', '"B-2"'), "sign": sign}).encode()
    invalid = run("check-callback", "-", stdin=tampered)
    assert invalid.returncode == 1 and json.loads(invalid.stdout)["signature_valid"] is False

    biz_id = json.loads(data)["biz_id"]
    result = run("get-result", "--base-url", url, "--return-url", f"https://shop.example/back?biz_id={biz_id}&x=1",
                 "--get-image-type", "1")
    assert result.returncode == 0, result.stdout
    out = json.loads(result.stdout)
    assert out["biz_id"] == biz_id and out["images"][0]["name"] == "image_best"
    again = run("get-result", "--base-url", url, "--biz-id", biz_id)
    assert again.returncode == 1 and json.loads(again.stdout)["error"]["code"] == "DATA_DESTROYED"


def test_help_lists_every_sub_command() -> None:
    done = run("--help")
    for name in ("verify", "get-result", "biz-token", "get-token", "check-callback", "engine"):
        assert name in done.stdout.decode()


def test_profiles_and_credentials_in_the_keyring(tmp_path: Path) -> None:
    """Pointing the console at the cloud: choose a profile, store its credentials (prompted, not flags)."""
    environ = {k: v for k, v in env().items() if not k.startswith("FACEID_API")}
    environ["FACEID_CONSOLE_CONFIG_DIR"] = str(tmp_path / "config")
    listed = json.loads(run("profile", "list", environ=environ).stdout)
    assert listed["active_profile"] == "local-engine"
    assert {"name": "cloud-sgp", "kind": "cloud-sgp", "base_url": "https://api-sgp.megvii.com"} in listed["profiles"]
    chosen = json.loads(run("profile", "use", "cloud-sgp", environ=environ).stdout)
    assert chosen["active_profile"] == "cloud-sgp"
    assert run("profile", "use", "nowhere", environ=environ).returncode == 2
    insecure = run("profile", "add-custom", "lab", "http://10.1.2.3:8000", environ=environ)
    assert insecure.returncode == 2 and json.loads(insecure.stdout)["error"]["detail"] == "base_url"
    added = json.loads(run("profile", "add-custom", "lab", "https://faceid.lab.example", environ=environ).stdout)
    assert {"name": "lab", "kind": "custom", "base_url": "https://faceid.lab.example"} in added["profiles"]
    assert SECRET not in (tmp_path / "config" / "settings.json").read_text()
    stored = run("credentials", "set", "--profile", "cloud-sgp", stdin=f"sgp-key\n{SECRET}\n".encode(), environ=environ)
    if stored.returncode == 0:  # a keyring is available (scripts/test runs a real Secret Service)
        assert json.loads(stored.stdout) == {"profile": "cloud-sgp", "api_key": "sgp-key", "stored_in": "keyring"}
        assert run("credentials", "delete", "--profile", "cloud-sgp", environ=environ).returncode == 0
    else:
        assert json.loads(stored.stdout)["error"]["detail"] == "keyring"
