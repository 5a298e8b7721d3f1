"""The installed ``faceid-console`` command as a user runs it, against a standalone engine process."""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import signal
import subprocess
import sys
import time
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
        assert b"Traceback" not in err and proc.returncode == 0, err.decode()  # SIGTERM stops it cleanly


def test_verify_face_comparison(standalone: tuple[str, Path], faces: Path) -> None:
    url, _ = standalone
    done = run("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U-1", "--image",
               str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"), "--image-ref2",
               str(faces / "kit_1.jpg"), "--return-faces", "1")
    # Two references that disagree (a stranger in the second) need a reviewer: not 0, which a script reads as
    # "same person"; the JSON says why, at which level, and which history entry to decide on.
    assert done.returncode == 3, done.stderr
    out = json.loads(done.stdout)
    assert out["result_ref1"]["confidence"] > out["result_ref1"]["thresholds"]["1e-4"]
    assert out["result_ref2"]["confidence"] < out["result_ref2"]["thresholds"]["1e-3"]
    assert out["assessment"]["strictest_level_met"] is not None and len(out["faces"]) == 1
    assert (out["verdict"], out["policy_level"]) == ("photos_disagree", "1e-4")
    assert isinstance(out["history_entry"], int)
    clean = run("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U-1", "--image",
                str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    assert clean.returncode == 0 and json.loads(clean.stdout)["verdict"] == "match"
    assert json.loads(clean.stdout)["history_entry"] == out["history_entry"] + 1


def test_a_liveness_only_session_from_get_token_to_get_result(standalone: tuple[str, Path], faces: Path) -> None:
    """get-token took --comparison-type 0 or 1 only: a session of the liveness check alone (-1, whose verify_result
    get_result's document gives as null) could not be started."""
    url, _ = standalone
    callbacks = ("--return-url", "http://127.0.0.1:9/return", "--notify-url", "http://127.0.0.1:9/notify")
    started = run("get-token", "--base-url", url, "--comparison-type", "-1", *callbacks, "--biz-no", "B-only")
    assert started.returncode == 0, started.stdout + started.stderr
    token = json.loads(started.stdout)["token"]
    page = requests.post(url + "/faceid/liveness/v2/do", data={"token": token}, timeout=60,
                         files={"image_best": ("b.jpg", (faces / "obama_1.jpg").read_bytes(), "image/jpeg")})
    data = json.loads(html.unescape(re.search(r'name="data" value="([^"]*)"', page.text).group(1)))  # type: ignore[union-attr]
    result = run("get-result", "--base-url", url, "--biz-id", data["biz_id"])
    assert result.returncode == 0, result.stdout  # a live person did the check: all that was asked
    answer = json.loads(result.stdout)
    assert answer["verify_result"] is None and answer["liveness_result"]["result"] == "success"
    with_uuid = run("get-token", "--base-url", url, "--comparison-type", "-1", "--uuid", "U", *callbacks)
    assert with_uuid.returncode == 2 and json.loads(with_uuid.stdout)["error"]["detail"] == "uuid"
    help_text = " ".join(run("get-token", "--help").stdout.decode().split())
    assert "-1 = liveness only: no face is compared" in help_text
    # verify and biz-token take "1" or "0" (their documents): -1 is refused by the command line itself.
    for command in ("verify", "biz-token"):
        refused = run(command, "--comparison-type", "-1")
        assert refused.returncode == 2 and "invalid choice: -1 (choose from 0, 1)" in refused.stderr.decode()


def _finished_session(url: str, faces: Path, comparison: tuple[str, ...], **choices: str) -> str:
    """A session started with get-token and finished as the applicant's browser does; its biz_id."""
    started = run("get-token", "--base-url", url, *comparison, "--return-url", "http://127.0.0.1:9/r",
                  "--notify-url", "http://127.0.0.1:9/n")
    assert started.returncode == 0, started.stdout + started.stderr
    page = requests.post(url + "/faceid/liveness/v2/do", data={"token": json.loads(started.stdout)["token"], **choices},
                         files={"image_best": ("b.jpg", (faces / "obama_1.jpg").read_bytes(), "image/jpeg")}, timeout=60)
    data = html.unescape(re.search(r'name="data" value="([^"]*)"', page.text).group(1))  # type: ignore[union-attr]
    return str(json.loads(data)["biz_id"])


def test_get_result_s_summary_explains_a_failure_and_names_both_request_ids(standalone: tuple[str, Path],
                                                                             faces: Path) -> None:
    """The summary said "liveness: FAILED (interrupt_in_mirro_state)" with no meaning; "faces: not returned
    (--return-faces 1 asks for them)", a flag get-result lacks, of a verify_result that never has faces; and only
    verify_result's request_id, unnamed, not the session's own."""
    url, _ = standalone
    compared = ("--comparison-type", "0", "--uuid", "U", "--image-ref1", str(faces / "obama_2.jpg"))
    failed = run("get-result", "--base-url", url, "--summary", "--biz-id",
                 _finished_session(url, faces, compared, liveness_outcome="interrupt_in_mirro_state"))
    assert failed.returncode == 3
    assert "liveness: FAILED — interrupt_in_mirro_state: The applicant left during the mirror step." in \
        failed.stdout.decode().splitlines()
    passed = run("get-result", "--base-url", url, "--summary", "--biz-id", _finished_session(url, faces, compared))
    lines = passed.stdout.decode().splitlines()
    assert passed.returncode == 0 and "liveness: PASSED" in lines, lines
    assert not [line for line in lines if "faces" in line or "--return-faces" in line], lines
    session_id = [line for line in lines if line.startswith("request_id: ")]
    compared_id = [line for line in lines if line.startswith("verify_result.request_id: ")]
    assert len(session_id) == len(compared_id) == 1 and session_id[0].split()[1] != compared_id[0].split()[1]
    alone = run("get-result", "--base-url", url, "--summary", "--biz-id",
                _finished_session(url, faces, ("--comparison-type", "-1")))
    assert alone.returncode == 0 and "verify_result: null (no face was compared: the session was started with " \
        "--comparison-type -1, the liveness check only)" in alone.stdout.decode().splitlines()


def test_get_token_s_help_names_only_its_own_flags_and_limits() -> None:
    """get-token's --image-ref help sent the reader to --fail-when-ref-multiple-faces 0, a flag it does not have."""
    help_text = " ".join(run("get-token", "--help").stdout.decode().split())
    assert "--fail-when-ref-multiple-faces" not in help_text
    assert "several faces answer MULTIPLE_FACES: give a photo of the applicant alone" in help_text
    # The limits of biz_no and biz_extra_data, as biz-token's help gives its biz_no's.
    assert "returned with the result (at most 128 bytes; default empty)" in help_text
    assert "free text returned with the result (at most 4096 bytes, UTF-8; default empty)" in help_text


def test_get_token_refuses_a_biz_extra_data_over_its_limit_before_sending() -> None:
    """A --biz-extra-data over 4096 bytes was sent, to be refused by the service as an API error (exit 1)."""
    done = run("get-token", "--base-url", f"http://127.0.0.1:{_closed_port()}", "--comparison-type", "-1",
               "--return-url", "http://127.0.0.1:9/r", "--notify-url", "http://127.0.0.1:9/n",
               "--biz-extra-data", "x" * 4097)
    answer = json.loads(done.stdout)
    assert done.returncode == 2, answer  # nothing was sent: the port is closed, and no connection was tried
    assert answer["error"]["detail"] == "biz_extra_data" and answer["error"]["origin"] == "input"
    assert "4096 bytes" in answer["error"]["message"] and "--biz-extra-data" in answer["hint"]


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
    # The face matches, but on an ID used in attacks: not 0, which a script reads as "same person".
    assert found.returncode == 3, found.stdout
    out = json.loads(found.stdout)
    assert out["result_faceid"]["confidence"] > out["result_faceid"]["thresholds"]["1e-4"]
    assert out["id_exceptions"] == {"id_attacked": 1, "id_photo_monochrome": 0}
    assert out["verdict"] == "id_attacked"
    summary = run(*kyc, "--summary")
    assert summary.returncode == 3
    lines = summary.stdout.decode().splitlines()
    assert lines[0].startswith("NEEDS REVIEW: this ID number has been used in attacks (id_attacked) at the policy "
                               "level 1e-4: confidence ")
    assert lines[0].endswith("(result_faceid (KYC)); confirm the applicant another way before approving")
    assert "  id_attacked=1: FaceID has seen this ID number used against its liveness check" in summary.stdout.decode()
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
    assert "--fail-when-multiple-faces 0" in json.loads(api_error.stdout)["hint"]
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


def test_every_problem_of_the_input_is_reported_at_once_and_nothing_is_sent(tmp_path: Path, faces: Path) -> None:
    """The command line stopped at the first problem: a name left empty was reported, the wrong check digit and the
    missing photo only on the next runs."""
    args = ("verify", "--base-url", f"http://127.0.0.1:{_closed_port()}", "--comparison-type", "1", "--idcard-name",
            "", "--idcard-number", "110105194912310021", "--image", str(tmp_path / "missing.jpg"), "--image-ref1",
            str(faces / "obama_2.jpg"))
    done = run(*args)
    assert done.returncode == 2
    answer = json.loads(done.stdout)
    assert [p["error"]["detail"] for p in answer["problems"]] == ["idcard_name", "idcard_number", "image"]
    assert answer["error"] == answer["problems"][0]["error"]  # the first, where scripts have always read it
    assert "--idcard-number" in answer["problems"][1]["hint"]
    summary = run(*args, "--summary")
    text = summary.stderr.decode()
    assert summary.returncode == 2 and text.startswith("3 problems in the input; nothing was sent:")
    for line in ("error: MISSING_ARGUMENTS: idcard_name", "error: BAD_ARGUMENTS: idcard_number", "missing.jpg"):
        assert line in text
    one = run(*args[:6], "Obama", *args[7:8], ID_NUMBER, *args[9:])  # only the photo is wrong: reported as before
    assert one.returncode == 2 and "problems" not in json.loads(one.stdout)
    assert json.loads(one.stdout)["error"]["detail"] == "image"


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


def test_biz_token_and_verify_keep_the_faces_of_their_answer(standalone: tuple[str, Path], faces: Path) -> None:
    """get_biz_token's faces (raw_image, --return-faces 1) were dropped from --json and the summary, and the faces a
    refusal carries (MULTIPLE_FACES, "返回结果里依然会包含faces字段") from every error's JSON; the biz-token summary did
    not ask for them by default, as its help says it does."""
    url, _ = standalone
    token = ("biz-token", "--base-url", url, "--liveness-type", "raw_image", "--comparison-type", "0", "--uuid", "U",
             "--image-ref1", str(faces / "obama_2.jpg"))
    done = run(*token, "--image", str(faces / "obama_1.jpg"), "--return-faces", "1", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    answer = json.loads(done.stdout)
    assert answer["biz_token"] and len(answer["faces"]) == 1 and answer["faces"][0]["quality"] > 0
    summary = run(*token, "--image", str(faces / "obama_1.jpg"), "--summary")  # 1 by default for the summary
    assert summary.returncode == 0 and "faces in the photo: 1" in summary.stdout.decode()
    assert "  face 1: quality " in summary.stdout.decode()
    several = run(*token, "--image", str(faces / "multi_two_people.jpg"), "--return-faces", "1", "--json")
    refused = json.loads(several.stdout)
    assert several.returncode == 1 and refused["error"]["code"] == "MULTIPLE_FACES" and len(refused["faces"]) == 2
    said = run(*token, "--image", str(faces / "multi_two_people.jpg"), "--summary")
    assert said.returncode == 1 and "faces in the photo (--image): 2\n" in said.stderr.decode()  # none compared
    # A reference photo's refusal carries --image's faces, not the reference's: it said "faces in the photo: 1" under
    # "error: MULTIPLE_FACES: image_ref1".
    ref_refused = run("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U", "--image",
                      str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "multi_two_people.jpg"), "--summary",
                      "--return-faces", "1")
    assert ref_refused.returncode == 1 and "error: MULTIPLE_FACES: image_ref1" in ref_refused.stderr.decode()
    assert "faces in the photo (--image): 1\n" in ref_refused.stderr.decode(), ref_refused.stderr.decode()
    verify = run("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U", "--image",
                 str(faces / "multi_two_people.jpg"), "--image-ref1", str(faces / "obama_2.jpg"), "--return-faces", "1")
    assert verify.returncode == 1 and len(json.loads(verify.stdout)["faces"]) == 2
    without = run(*token, "--image", str(faces / "multi_two_people.jpg"), "--json")  # not asked for: none kept
    assert without.returncode == 1 and "faces" not in json.loads(without.stdout)


def test_a_photo_without_a_face_is_hinted_only_flags_the_command_has_for_that_photo(
        standalone: tuple[str, Path], faces: Path, tmp_path: Path) -> None:
    """NO_FACE_FOUND's hint suggested --multi-oriented-detection 1 to get-token, which has no such flag, and to
    biz-token's --image, which it does not turn (get_biz_token v3: image_ref[x] only, turned by default)."""
    from PIL import Image

    url, _ = standalone
    wall = tmp_path / "wall.jpg"
    Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
    face, callbacks = str(faces / "obama_2.jpg"), ("--return-url", "http://127.0.0.1:9/r", "--notify-url",
                                                   "http://127.0.0.1:9/n")

    def hint(*args: str) -> tuple[str, str]:
        done = run(*args, "--base-url", url)
        answer = json.loads(done.stdout)
        assert done.returncode == 1 and answer["error"]["code"] == "NO_FACE_FOUND", answer
        return answer["error"]["detail"], answer["hint"]

    detail, said = hint("get-token", "--comparison-type", "0", "--uuid", "U", "--image-ref1", str(wall), *callbacks)
    assert detail == "image_ref1" and "no face found in --image-ref1" in said and "multi-oriented" not in said
    token = ("biz-token", "--liveness-type", "raw_image", "--comparison-type", "0", "--uuid", "U")
    detail, said = hint(*token, "--image-ref1", face, "--image", str(wall))
    assert detail == "image" and "no face found in --image" in said and "multi-oriented" not in said
    detail, said = hint(*token, "--image-ref1", str(wall), "--image", face)
    assert detail == "image_ref1" and said.endswith(
        "it was tried turned 90, 180 and 270 degrees too, unless --multi-oriented-detection 0")
    detail, said = hint("verify", "--comparison-type", "0", "--uuid", "U", "--image", str(wall), "--image-ref1", face)
    assert detail == "image" and said.endswith("--multi-oriented-detection 1 also tries it turned 90, 180 and 270 "
                                               "degrees")


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
    assert invalid.returncode == 3 and json.loads(invalid.stdout)["signature_valid"] is False

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
    moved = json.loads(run("profile", "add-custom", "lab", "https://faceid2.lab.example", environ=environ).stdout)
    assert [p["base_url"] for p in moved["profiles"] if p["name"] == "lab"] == ["https://faceid2.lab.example"]
    # The window's name rule: a built-in profile is not replaced, nor another one under another case, nor blank.
    for name, words in (("cloud-cn", "already the name"), ("LAB", "already the name"), ("  ", "needs a name"),
                        ("x" * 41, "at most 40")):
        refused = run("profile", "add-custom", name, "https://other.example", environ=environ)
        assert refused.returncode == 2 and json.loads(refused.stdout)["error"]["detail"] == "name", name
        assert words in json.loads(refused.stdout)["error"]["message"], name
    listed = json.loads(run("profile", "list", environ=environ).stdout)["profiles"]
    assert {"name": "cloud-cn", "kind": "cloud-cn", "base_url": "https://api.megvii.com"} in listed
    assert SECRET not in (tmp_path / "config" / "settings.json").read_text()
    stored = run("credentials", "set", "--profile", "cloud-sgp", stdin=f"sgp-key\n{SECRET}\n".encode(), environ=environ)
    if stored.returncode == 0:  # a keyring is available (scripts/test runs a real Secret Service)
        # The api_key is said back as a log line shows it, not whole.
        assert json.loads(stored.stdout) == {"profile": "cloud-sgp", "api_key": "sgp-…", "stored_in": "keyring"}
        forgotten = run("credentials", "delete", "--profile", "cloud-sgp", environ=environ)
        assert forgotten.returncode == 0 and json.loads(forgotten.stdout)["deleted"] is True
        again = run("credentials", "delete", "--profile", "cloud-sgp", environ=environ)
        assert again.returncode == 0 and json.loads(again.stdout)["deleted"] is False  # none were left: said so
    else:
        assert json.loads(stored.stdout)["error"]["detail"] == "keyring"
    # A typo in the profile's name stored a pair no profile would ever use.
    typo = run("credentials", "set", "--profile", "cloud-spg", stdin=f"sgp-key\n{SECRET}\n".encode(), environ=environ)
    assert typo.returncode == 2 and json.loads(typo.stdout)["error"]["detail"] == "profile"
    assert "There is no profile named 'cloud-spg'" in json.loads(typo.stdout)["error"]["message"]
    # Nothing given (an empty pipe, or Ctrl+D at the prompt): refused naming the field, not a traceback.
    empty = run("credentials", "set", "--profile", "cloud-sgp", stdin=b"", environ=environ)
    assert empty.returncode == 2 and json.loads(empty.stdout)["error"]["detail"] == "api_key"
    assert b"Traceback" not in empty.stderr
    keyless = run("credentials", "set", "--profile", "cloud-sgp", stdin=b"sgp-key\n", environ=environ)
    assert keyless.returncode == 2 and json.loads(keyless.stdout)["error"]["detail"] == "api_secret"


#: A stand-in for keyrings.alt's file backend (a package of that name): it writes what it is given under HOME.
FAKE_KEYRINGS_ALT_FILE = """
import os
from pathlib import Path
from keyring.backend import KeyringBackend

class PlaintextKeyring(KeyringBackend):
    priority = 0.5

    def _path(self):
        return Path(os.environ["HOME"]) / "keyring_pass.cfg"

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        self._path().write_text(f"{service} {username} {password}")

    def delete_password(self, service, username):
        self._path().write_text("")
"""


def test_profile_credentials_refuse_a_file_keyring_chosen_by_name(tmp_path: Path) -> None:
    """A file backend named in PYTHON_KEYRING_BACKEND or keyringrc.cfg is not the system keyring either: credentials
    set and delete refuse it, saying what to use instead, and nothing is written."""
    package = tmp_path / "site" / "keyrings" / "alt"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "file.py").write_text(FAKE_KEYRINGS_ALT_FILE)
    home = Path(os.environ["HOME"])  # the test's own (tests/conftest.py), with its XDG folders
    base = {k: v for k, v in env().items() if not k.startswith("FACEID_API") and k != "PYTHON_KEYRING_BACKEND"}
    base["PYTHONPATH"] = os.pathsep.join([str(tmp_path / "site"), *filter(None, [os.environ.get("PYTHONPATH")])])
    by_variable = {**base, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    by_config = {**base}
    for environ, chosen in ((by_variable, "PYTHON_KEYRING_BACKEND"), (by_config, "keyringrc.cfg")):
        config.write_text("[backend]\ndefault-keyring=keyrings.alt.file.PlaintextKeyring\n" if environ is by_config
                          else "")
        for args in (("credentials", "set", "--profile", "cloud-sgp"), ("credentials", "delete", "--profile",
                                                                        "cloud-sgp")):
            done = run(*args, stdin=f"sgp-key\n{SECRET}\n".encode(), environ=environ)
            assert done.returncode == 2, (chosen, args, done.stderr)
            error = json.loads(done.stdout)["error"]
            assert error["detail"] == "keyring", chosen
            assert "keyrings.alt.file.PlaintextKeyring" in error["message"] and "Secret Service" in error["message"]
            assert "keyrings.alt package" not in error["message"]
        assert not (home / "keyring_pass.cfg").exists(), chosen


# --- the built-in engine by default, exit codes, help, summaries ----------------------------------------

def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


DEAD_PROXY = f"http://127.0.0.1:{_closed_port()}"  # any call that leaves this machine fails through it


def offline_env(**extra: str) -> dict[str, str]:
    """No credentials, no base URL, and no way off this machine: only the built-in engine can answer."""
    out = {k: v for k, v in os.environ.items() if not k.startswith(("FACEID_API", "FACEID_BASE"))}
    out.update({"HTTPS_PROXY": DEAD_PROXY, "HTTP_PROXY": DEAD_PROXY, "https_proxy": DEAD_PROXY,
                "http_proxy": DEAD_PROXY, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"})
    out.update(extra)
    return out


def run_in_terminal(*args: str, environ: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run the command with standard output on a pseudo-terminal, as a user at a shell sees it."""
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen([EXE, *args], stdout=follower, stderr=subprocess.PIPE, env=environ or env())
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    _, err = proc.communicate(timeout=120)
    os.close(leader)
    out = b"".join(chunks).decode().replace("\r\n", "\n")
    assert SECRET not in out + err.decode()
    return proc.returncode, out, err.decode()


def test_api_commands_work_offline_on_the_built_in_engine_with_no_flags(faces: Path) -> None:
    verified = run("verify", "--comparison-type", "0", "--uuid", "U-1", "--image", str(faces / "obama_1.jpg"),
                   "--image-ref1", str(faces / "obama_2.jpg"), environ=offline_env())
    assert verified.returncode == 0, verified.stdout + verified.stderr
    out = json.loads(verified.stdout)
    assert out["result_ref1"]["confidence"] > out["result_ref1"]["thresholds"]["1e-4"]
    token = run("biz-token", "--liveness-type", "still", "--comparison-type", "0", "--uuid", "U-1",
                "--image-ref1", str(faces / "obama_2.jpg"), environ=offline_env())
    assert token.returncode == 0 and json.loads(token.stdout)["biz_token"], token.stdout + token.stderr
    web = run("get-token", "--comparison-type", "0", "--uuid", "U-1", "--image-ref1", str(faces / "obama_2.jpg"),
              "--return-url", "http://127.0.0.1:9/r", "--notify-url", "http://127.0.0.1:9/n", environ=offline_env())
    assert web.returncode == 0, web.stdout + web.stderr
    assert json.loads(web.stdout)["liveness_url"].startswith("http://127.0.0.1:")
    assert b"has stopped" in web.stderr and b"faceid-console engine" in web.stderr  # says why the URL is dead
    missing = run("get-result", "--biz-id", "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1", environ=offline_env())
    assert missing.returncode == 1 and json.loads(missing.stdout)["error"]["code"] == "RESULT_NOT_FOUND"
    assert "faceid-console engine" in json.loads(missing.stdout)["hint"]


def test_profile_defaults_to_the_active_one(tmp_path: Path, faces: Path) -> None:
    environ = offline_env(FACEID_CONSOLE_CONFIG_DIR=str(tmp_path / "config"))
    assert run("profile", "use", "cloud-sgp", environ=environ).returncode == 0
    args = ("verify", "--comparison-type", "0", "--uuid", "U", "--image", str(faces / "obama_1.jpg"),
            "--image-ref1", str(faces / "obama_2.jpg"))
    to_cloud = run(*args, environ=environ)  # the cloud profile has no credentials: refused before any call
    assert to_cloud.returncode == 2 and "'cloud-sgp'" in json.loads(to_cloud.stdout)["error"]["message"]
    unknown = run(*args, "--profile", "default", environ=environ)  # the old phantom profile is gone
    assert unknown.returncode == 2 and json.loads(unknown.stdout)["error"]["detail"] == "profile"
    through_dead_proxy = run(*args, "--profile", "cloud-sgp", environ={**environ, "FACEID_API_KEY": KEY,
                                                                     "FACEID_API_SECRET": SECRET})
    assert through_dead_proxy.returncode == 1
    assert json.loads(through_dead_proxy.stdout)["error"]["code"] in ("CONNECTION_FAILED", "NETWORK_TIMEOUT")
    assert "--base-url" in json.loads(through_dead_proxy.stdout)["hint"]


def test_a_running_engine_is_used_for_the_whole_web_liveness_flow(tmp_path: Path, faces: Path) -> None:
    """'faceid-console engine' publishes its address; calls with its key go there, so sessions survive."""
    environ = offline_env(FACEID_API_KEY=KEY, FACEID_API_SECRET=SECRET)
    proc = subprocess.Popen([EXE, "engine", "--port", "0", "--data-dir", str(tmp_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=environ)
    try:
        assert proc.stdout is not None
        url = json.loads(proc.stdout.readline())["engine"]
        published = list((Path(os.environ["XDG_RUNTIME_DIR"]) / "faceid-console" / "engines").glob("*.json"))
        assert [json.loads(p.read_text())["base_url"] for p in published] == [url]
        started = run("get-token", "--comparison-type", "0", "--uuid", "U", "--image-ref1", str(faces / "obama_2.jpg"),
                      "--return-url", "http://127.0.0.1:9/r", "--notify-url", "http://127.0.0.1:9/n",
                      "--biz-no", "B-7", environ=environ)
        assert started.returncode == 0 and b"has stopped" not in started.stderr, started.stderr
        token = json.loads(started.stdout)
        assert token["liveness_url"].startswith(url + "/faceid/liveness/v2/do?token=")
        page = requests.post(url + "/faceid/liveness/v2/do", data={"token": token["token"]}, timeout=60,
                             files={"image_best": ("b.jpg", (faces / "obama_1.jpg").read_bytes(), "image/jpeg")})
        data = json.loads(html.unescape(re.search(r'name="data" value="([^"]*)"', page.text).group(1)))  # type: ignore[union-attr]
        result = run("get-result", "--biz-id", data["biz_id"], environ=environ)
        assert result.returncode == 0, result.stdout
        assert json.loads(result.stdout)["biz_no"] == "B-7"
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    assert b"Traceback" not in err, err.decode()
    assert not list((Path(os.environ["XDG_RUNTIME_DIR"]) / "faceid-console" / "engines").glob("*.json"))


def test_verify_exit_code_follows_the_policy_level(standalone: tuple[str, Path], faces: Path, tmp_path: Path) -> None:
    url, _ = standalone
    environ = env(FACEID_CONSOLE_CONFIG_DIR=str(tmp_path / "config"))
    args = ("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U", "--image", str(faces / "alex_2.png"),
            "--image-ref1", str(faces / "alex_3.jpg"))
    first = run(*args, environ=environ)
    score = json.loads(first.stdout)["result_ref1"]
    meets = {level: score["confidence"] >= threshold for level, threshold in score["thresholds"].items()}
    assert set(meets.values()) == {True, False}, "this pair must pass some levels and miss others"
    assert first.returncode == (0 if meets["1e-4"] else 3)  # the default policy level
    for level, met in meets.items():
        assert run(*args, "--level", level, environ=environ).returncode == (0 if met else 3), level
    strictest_missed = max(level for level, met in meets.items() if not met)
    assert json.loads(run("policy-level", strictest_missed, environ=environ).stdout) == {"policy_level": strictest_missed}
    assert run(*args, environ=environ).returncode == 3  # the setting decides when --level is absent
    assert run("policy-level", "1e-9", environ=environ).returncode == 2
    impostor = run("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U", "--image",
                   str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "biden_1.jpg"), "--level", "1e-3")
    assert impostor.returncode == 3 and json.loads(impostor.stdout)["assessment"]["strictest_level_met"] is None


def test_version_is_the_package_version() -> None:
    from importlib.metadata import version

    done = run("--version")
    assert done.returncode == 0 and done.stdout.decode().strip() == f"faceid-console {version('faceid-console')}"


def test_every_flag_of_every_api_command_is_explained() -> None:
    from faceid_console.cli import _build_parser

    parser = _build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    for name in ("verify", "biz-token", "get-token", "get-result", "check-callback"):
        for action in commands[name]._actions:
            if not action.option_strings or action.dest == "help":
                continue
            text = action.help or ""
            assert len(text) > 20, (name, action.option_strings)
            if not action.required and (action.metavar in ("0|1", "0-100", "5-60", "1-3", "60-180") or action.choices):
                assert "default" in text, (name, action.option_strings, text)
    verify_help = run("verify", "--help").stdout.decode()
    for expected in ("0 = face comparison", "1 = KYC", "--fail-when-multiple-faces 0|1", "1e-5 high security",
                     "exit codes:", "  3  verify: the call succeeded", "default: the policy_level setting"):
        assert expected in " ".join(verify_help.split()) or expected in verify_help, expected
    top = run("--help").stdout.decode()
    assert "exit codes:" in top and "local-engine" in top


def test_summary_on_a_terminal_and_json_on_request(standalone: tuple[str, Path], faces: Path) -> None:
    url, _ = standalone
    args = ("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U", "--image", str(faces / "obama_1.jpg"),
            "--image-ref1", str(faces / "obama_2.jpg"), "--image-ref2", str(faces / "kit_1.jpg"))
    code, out, _ = run_in_terminal(*args)
    # The best reference meets the level, but another person's photo does not: the summary says so, and the exit
    # code is 3, not confirmed (0 let a script take it for the same person).
    assert code == 3 and out.startswith("NEEDS REVIEW: the photos disagree at the policy level 1e-4: confidence "), out
    assert "but result_ref2 " in out.splitlines()[0]
    for expected in ("1e-3", "1e-4", "1e-5", "1e-6", "result_ref1 *", "result_ref2", "faces in the photo: 1",
                     "quality"):
        assert expected in out, expected
    assert "✓" in out.splitlines()[3] and "✗" in out.splitlines()[4]  # ref1 passes, ref2 (another person) fails
    code, out, _ = run_in_terminal(*args, "--json")
    assert code == 3 and json.loads(out)["result_ref2"]["confidence"] < 50
    code, out, err = run_in_terminal("verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U", "--image",
                                     str(faces / "multi_two_people.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    assert code == 1 and out == ""
    assert "error: MULTIPLE_FACES: image (HTTP 400)" in err and "--fail-when-multiple-faces 0" in err
    piped = run(*args, "--summary")
    assert piped.returncode == 3 and piped.stdout.decode().startswith("NEEDS REVIEW")


def test_any_sub_command_s_error_goes_to_standard_error_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal an API command's error was words on standard error, but history's, profile's and
    check-callback's were a JSON document on standard output, where the command's result goes."""
    environ = env(FACEID_CONSOLE_CONFIG_DIR=str(tmp_path / "config"))
    for args, words in ((("history", "show", "99999"), "99999"),
                        (("profile", "use", "nowhere"), "No profile named 'nowhere'"),
                        (("check-callback", str(tmp_path / "missing.txt")), "missing.txt")):
        code, out, err = run_in_terminal(*args, environ=environ)
        assert code == 2 and out == "", (args, out)
        assert err.startswith("error: ") and words in err and "{" not in err, (args, err)
        # For a script (standard output not a terminal) the error is still the JSON it reads, with the same code.
        piped = run(*args, environ=environ)
        assert piped.returncode == 2 and words in json.loads(piped.stdout)["error"]["message"], args


def _credentials_set_at_a_terminal(tmp_path: Path, answers: list[tuple[bytes, bytes]]) -> tuple[int, bytes]:
    """Run 'credentials set' on a pseudo-terminal, answering each prompt in turn; its exit code and output."""
    import pty
    import select

    environ = {k: v for k, v in env().items() if not k.startswith("FACEID_API")}
    environ["FACEID_CONSOLE_CONFIG_DIR"] = str(tmp_path / "config")
    pid, terminal = pty.fork()
    if pid == 0:  # the child, on the terminal
        os.execve(EXE, [EXE, "credentials", "set", "--profile", "cloud-sgp"], environ)
    output = b""

    def read_until(marker: bytes | None) -> None:
        nonlocal output
        deadline = time.monotonic() + 60
        while marker is None or marker not in output:
            ready, _, _ = select.select([terminal], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, f"no {marker!r} within 60 s: {output!r}"
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # the child closed the terminal
                return
            if not chunk:
                return
            output += chunk

    for prompt, typed in answers:
        read_until(prompt)
        os.write(terminal, typed)
    read_until(None)
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    return os.waitstatus_to_exitcode(status), output


def test_ctrl_d_at_the_credentials_prompt_is_refused_plainly(tmp_path: Path) -> None:
    """At a terminal, end of input at a prompt is "nothing given" for that field (exit 2 naming it), not a
    traceback."""
    code, output = _credentials_set_at_a_terminal(tmp_path, [(b"api_key:", b"\x04")])
    assert code == 2 and b"Traceback" not in output, output
    assert b"error: BAD_ARGUMENTS: api_key" in output  # in words, for the person at the terminal
    code, output = _credentials_set_at_a_terminal(tmp_path, [(b"api_key:", b"sgp-key\n"), (b"api_secret:", b"\x04")])
    assert code == 2 and b"Traceback" not in output, output
    assert b"error: BAD_ARGUMENTS: api_secret" in output  # in words, for the person at the terminal


def test_check_callback_names_data_nested_too_deeply_and_a_field_given_twice() -> None:
    """Data 100,000 levels deep raised RecursionError out of the JSON parser: a traceback, not an answer."""
    deep = ("data=" + "[" * 100_000 + "]" * 100_000 + "&sign=" + "0" * 40).encode()
    done = run("check-callback", "-", stdin=deep)
    assert b"Traceback" not in done.stderr, done.stderr.decode()[-2000:]
    out = json.loads(done.stdout)
    assert done.returncode == 3 and out["signature_valid"] is False  # not confirmed
    assert out["payload"]["error"]["detail"] == "data"
    assert out["payload"]["explanation"] == "data is nested too deeply to read (over 100 levels)."
    twice = run("check-callback", "-", stdin=b"data=%7B%7D&sign=" + b"0" * 40 + b"&sign=" + b"1" * 40)
    assert twice.returncode == 2 and b"Traceback" not in twice.stderr
    error = json.loads(twice.stdout)["error"]
    assert error["detail"] == "sign" and error["message"] == "The callback has 2 sign fields; expected one."
