"""The console's face detector in a child process of its own (``faceid-console find-faces``), for ``face_finding``.

dlib keeps the interpreter lock for the whole of a search (~10-30 ms on a coarse copy, ~150 ms on a fine one, and its
first import and model load longer): on a thread of the window's process that held the window still (a verify's
answer stalled 100-180 ms while a reference photo was searched). In a process of its own it never does, as the
built-in engine's model never does.

The parent writes one request per photo, a JSON line ``{"width": W, "height": H}`` then W*H*3 bytes of RGB pixels; the
child answers one JSON line, ``{"boxes": [[l, t, r, b], ...]}`` or ``{"error": "..."}``. The child ends when its
input ends: when the window closes, or dies. No Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from typing import IO, TYPE_CHECKING, Final

if TYPE_CHECKING:
    from PIL import Image

#: The sub-command the child runs (``entry.py`` starts it without loading the command line).
SUB_COMMAND: Final = "find-faces"
#: After a child that could not start or ended before its first answer, how long before another is tried: a broken
#: install is not started again for each reference photo.
RETRY_AFTER_S: Final = 30.0
#: The longest a search may take before its child is ended (a search is ~0.1-0.5 s; its first, with the model's
#: loading, a few seconds): a hung child would hold every later search.
ANSWER_TIMEOUT_S: Final = 60.0
#: The largest photo a request may carry, in pixels: the console sends copies at most DETECT_MAX_SIDE a side.
MAX_PIXELS: Final = 4096 * 4096

Box = tuple[float, float, float, float]


class FaceFinderError(RuntimeError):
    """The child could not answer: it failed to start, ended, or said why it could not search."""


class FaceFinderProcess:
    """The child, started on first use and again after it ended; one search at a time, from any thread."""

    def __init__(self, command: list[str] | None = None) -> None:
        self._command = command
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._answered = False  # the running child has answered at least once
        self._failed: tuple[float, str] | None = None  # when a child last failed to start, and why

    def boxes(self, photo: Image.Image) -> list[Box]:
        """Face boxes (l, t, r, b) in ``photo`` (RGB) pixels, as ``FaceDetector.boxes`` finds them, by the child."""
        header = json.dumps({"width": photo.width, "height": photo.height}).encode() + b"\n"
        pixels = photo.tobytes()
        with self._lock:
            process = self._started()
            assert process.stdin is not None and process.stdout is not None
            deadline = threading.Timer(ANSWER_TIMEOUT_S, process.kill)  # its output then ends: no answer
            deadline.start()
            try:
                process.stdin.write(header)
                process.stdin.write(pixels)
                process.stdin.flush()
                line = process.stdout.readline()
            except OSError as exc:  # a broken pipe: it ended meanwhile
                raise self._failure(f"the face finder process ended: {exc}") from exc
            finally:
                deadline.cancel()
            if not line:
                raise self._failure("the face finder process ended without answering")
            try:
                answer = json.loads(line)
                error = str(answer["error"]) if "error" in answer else None
                found = [] if error is not None else [(float(left), float(top), float(right), float(bottom))
                                                      for left, top, right, bottom in answer["boxes"]]
            except (ValueError, KeyError, TypeError) as exc:  # out of step with it: no answer after this one is trusted
                raise self._failure(f"the face finder answered something unreadable: {exc}") from exc
            self._answered = True
        if error is not None:
            raise FaceFinderError(f"the face finder could not search the photo: {error}")
        return found

    def close(self) -> None:
        """End the child (its input closed: it ends by itself), if it runs."""
        with self._lock:
            self._forget()

    def _started(self) -> subprocess.Popen[bytes]:
        if self._process is not None and self._process.poll() is not None:
            self._forget()  # it ended (killed, crashed): its pipes closed, another started
        if self._process is None:
            if self._failed is not None and time.monotonic() - self._failed[0] < RETRY_AFTER_S:
                raise FaceFinderError(self._failed[1])
            from .processes import console_command

            command = self._command or console_command(SUB_COMMAND)
            try:
                # Our own interpreter and package, with fixed arguments: nothing from outside reaches the command.
                self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)  # noqa: S603
            except OSError as exc:
                self._failed = (time.monotonic(), f"the face finder could not start: {exc}")
                raise FaceFinderError(self._failed[1]) from exc
            self._answered = False
        return self._process

    def _failure(self, reason: str) -> FaceFinderError:
        """The child let go of (it ended, or is out of step); one that never answered is not started again at once."""
        if not self._answered:
            self._failed = (time.monotonic(), reason)
        self._forget()
        return FaceFinderError(reason)

    def _forget(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):  # already gone
                    pipe.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def serve(requests: IO[bytes] | None = None, answers: IO[bytes] | None = None) -> int:
    """The child: answer each request on ``requests`` (stdin) on ``answers`` (stdout) until its input ends."""
    from PIL import Image

    from .engine.face_model import FaceDetector

    if answers is None:
        # Answers on a copy of stdout; stdout itself goes to stderr, so that nothing a library prints is read as one.
        answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in the window's terminal ends the window, which ends it
    requests = requests if requests is not None else sys.stdin.buffer
    while True:
        line = requests.readline()
        if not line:
            return 0  # the window closed, or died
        try:
            header = json.loads(line)
            width, height = int(header["width"]), int(header["height"])
            if not (width > 0 and height > 0 and width * height <= MAX_PIXELS):
                raise ValueError(f"a {width}x{height} photo is not searched")
        except (ValueError, KeyError, TypeError) as exc:
            _answer(answers, {"error": f"unreadable request: {exc}"})
            return 1  # the rest of the input cannot be read in step with it
        pixels = requests.read(width * height * 3)
        if len(pixels) < width * height * 3:
            return 0  # the input ended within a photo
        try:
            found = FaceDetector.shared().boxes(Image.frombytes("RGB", (width, height), pixels))
        except Exception as exc:  # said to the window, which reports it; the next photo is searched
            _answer(answers, {"error": f"{type(exc).__name__}: {exc}"})
            continue
        _answer(answers, {"boxes": [list(box) for box in found]})


def _answer(answers: IO[bytes], answer: dict[str, object]) -> None:
    with contextlib.suppress(BrokenPipeError):  # the window closed meanwhile: its next read ends this process
        answers.write(json.dumps(answer).encode() + b"\n")
        answers.flush()
