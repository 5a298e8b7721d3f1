"""The command as a process meets the shell's odd moments: Ctrl+C, a reader that goes away, a closed standard
stream, a terminal that cannot show every character. Each ends with a one-line message and its exit code."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

COMMAND = [sys.executable, "-m", "faceid_console"]


def _env(**extra: str) -> dict[str, str]:
    out = dict(os.environ)
    out.update({"FACEID_API_KEY": "process-key", "FACEID_API_SECRET": "process-secret-0123456789"})
    out.update(extra)
    return out


def test_ctrl_c_during_a_call_says_interrupted_and_leaves_the_entry_outcome_unknown(faces: Path) -> None:
    with socket.socket() as silent:  # a host that takes the request and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        # Ctrl+C as at a terminal: a suite started in the background (``cmd &`` in a script) runs with SIGINT
        # ignored, which its children inherit (and Python then keeps ignoring it, as any program started so should);
        # a handler of this process's own is reset to the default in the child.
        ignored = signal.getsignal(signal.SIGINT) == signal.SIG_IGN
        if ignored:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        proc = subprocess.Popen([*COMMAND, "verify", "--base-url", url, "--comparison-type", "0", "--uuid", "U-1",
                                 "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"),
                                 "--json", "--timeout", "600"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=_env())
        if ignored:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        connection, _ = silent.accept()  # the entry is journaled before the request leaves
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        connection.close()
    assert proc.returncode == 130 and out == b""
    assert b"Traceback" not in err and err.decode().strip().splitlines()[-1].startswith("faceid-console: interrupted")
    listed = subprocess.run([*COMMAND, "history", "list"], capture_output=True, env=_env(), check=True, timeout=60)
    [entry] = json.loads(listed.stdout)["entries"]
    assert entry["outcome"] == "outcome unknown, not resent"


def test_a_reader_that_goes_away_ends_the_command_quietly_with_141() -> None:
    reader, writer = os.pipe()
    os.close(reader)  # as `| head -1` does once it has its line
    try:
        done = subprocess.run([*COMMAND, "history", "list"], stdout=writer, stderr=subprocess.PIPE, env=_env(),
                              timeout=60, check=False)
    finally:
        os.close(writer)
    assert done.returncode == 141 and done.stderr == b""


def _closing(fd: int) -> dict[str, object]:
    return {"preexec_fn": lambda: os.close(fd)}


def test_a_closed_standard_output_is_said_on_standard_error() -> None:
    done = subprocess.run([*COMMAND, "history", "list"], stderr=subprocess.PIPE, env=_env(), timeout=60, check=False,
                          **_closing(1))  # type: ignore[call-overload]
    assert done.returncode == 2 and done.stderr.decode().startswith("faceid-console: standard output is closed")


def test_a_closed_standard_input_is_an_input_error_naming_it(tmp_path: Path) -> None:
    for command in (["check-callback", "-"], ["credentials", "set", "--profile", "cloud-sgp"]):
        done = subprocess.run([*COMMAND, *command], capture_output=True, env=_env(), timeout=60, check=False,
                              **_closing(0))  # type: ignore[call-overload]
        assert done.returncode == 2 and b"Traceback" not in done.stderr
        assert "Standard input is closed" in json.loads(done.stdout)["error"]["message"]


def test_output_never_fails_on_the_terminal_s_encoding(tmp_path: Path) -> None:
    from urllib.parse import urlencode

    body = tmp_path / "callback.txt"
    # "·" (in Uyghur names) and "é" are Latin-1, "😀" beyond the BMP: Python's escapes for them (\\xb7, \\U0001f600)
    # are no JSON, and a script reading the JSON failed on them.
    name = "实验室 阿依古丽·买买提 café 😀"
    body.write_text(urlencode({"data": json.dumps({"biz_no": name}, ensure_ascii=False), "sign": "0" * 40}))
    ascii_only = _env(LC_ALL="C", PYTHONCOERCECLOCALE="0", PYTHONUTF8="0")
    ascii_only.pop("PYTHONIOENCODING", None)
    done = subprocess.run([*COMMAND, "check-callback", str(body)], capture_output=True, env=ascii_only, timeout=60,
                          check=False)
    assert done.returncode == 3 and b"Traceback" not in done.stderr  # the signature does not match
    assert b"\\u5b9e\\u9a8c\\u5ba4" in done.stdout
    assert json.loads(done.stdout)["payload"]["biz_no"] == name
    exported = subprocess.run([*COMMAND, "history", "export", "--format", "json", "--unmask"], capture_output=True,
                              env=ascii_only, timeout=60, check=False)
    assert exported.returncode == 0 and json.loads(exported.stdout)[0]["biz_no"] == name


def test_a_closed_standard_error_does_not_put_its_messages_into_standard_output(tmp_path: Path) -> None:
    """With 2>&- a message meant for standard error went to standard output, into a script's JSON."""
    out = tmp_path / "history.json"
    done = subprocess.run([*COMMAND, "history", "export", "--format", "json", "--output", str(out)],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(), timeout=60, check=False,
                          preexec_fn=lambda: os.close(2))
    assert done.returncode == 0 and done.stdout == b""  # "exported" is said on standard error, closed here
    assert json.loads(out.read_text()) == []
