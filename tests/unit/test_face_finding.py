"""The largest face in a reference photo as the console finds it (FaceID's answer boxes none): with the built-in
engine's detector alone, on a copy at most DETECT_MAX_SIDE a side, once per photo."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from faceid_console import face_finding
from faceid_console.engine.face_model import FaceDetector
from faceid_console.engine.search_size import DETECT_MAX_SIDE


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The size of every photo the detector searched during the test (none remembered from another test)."""
    monkeypatch.setattr(face_finding, "_remembered", type(face_finding._remembered)())
    seen: list[tuple[int, int]] = []
    boxes = FaceDetector.boxes

    def spy(detector: FaceDetector, photo: Image.Image) -> list[tuple[float, float, float, float]]:
        seen.append(photo.size)
        return boxes(detector, photo)

    monkeypatch.setattr(FaceDetector, "boxes", spy)
    return seen


def test_the_largest_of_several_faces_is_found_as_fractions_of_the_photo(faces: Path,
                                                                         searches: list[tuple[int, int]]) -> None:
    photo = Image.open(faces / "multi_obama_biden.jpg").convert("RGB")  # 2000×1428, three faces
    found = face_finding.largest_face(photo)
    assert found is not None
    # Searched on a copy at most DETECT_MAX_SIDE a side, as the engine searches.
    assert searches == [(DETECT_MAX_SIDE, round(1428 * DETECT_MAX_SIDE / 2000))]
    copy = photo.resize(searches[0], Image.Resampling.BILINEAR, reducing_gap=3.0)
    boxes = FaceDetector.shared().boxes(copy)
    assert len(boxes) == 3
    left, top, right, bottom = max(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    assert found.left == pytest.approx(left / copy.width) and found.top == pytest.approx(top / copy.height)
    assert found.width == pytest.approx((right - left) / copy.width)
    assert found.height == pytest.approx((bottom - top) / copy.height)


def test_a_photo_without_a_face_has_none_and_a_photo_seen_before_is_not_searched_again(
        faces: Path, searches: list[tuple[int, int]]) -> None:
    wall = Image.fromarray(np.random.default_rng(5).normal(128, 12, (600, 800, 3)).clip(0, 255).astype(np.uint8))
    assert face_finding.largest_face(wall) is None
    photo = Image.open(faces / "obama_3.jpg").convert("RGB")
    first = face_finding.largest_face(photo)
    assert first is not None and len(searches) == 2
    # The same pixels again, decoded anew (History decodes a photo each time it shows its entry): remembered.
    again = Image.open(faces / "obama_3.jpg").convert("RGB")
    assert face_finding.largest_face(again) == first and face_finding.largest_face(wall) is None
    assert len(searches) == 2


def _loaded_after(code: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter has loaded after running ``code`` (which must not fail)."""
    probe = f"import sys\n{code}\nprint(sorted(m for m in {modules!r} if m in sys.modules))\n"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    return list(ast.literal_eval(run.stdout.strip()))


def test_finding_a_face_loads_neither_the_descriptor_network_nor_the_engine_s_server(faces: Path) -> None:
    code = (
        "from PIL import Image\n"
        "from faceid_console.face_finding import largest_face\n"
        f"assert largest_face(Image.open({str(faces / 'obama_2.jpg')!r}).convert('RGB')) is not None\n"
    )
    assert _loaded_after(code, ("face_recognition_models", "faceid_console.engine.server", "flask", "PySide6")) == []


def test_the_face_finder_process_finds_what_the_detector_here_finds_and_keeps_the_lock_free(faces: Path) -> None:
    """dlib keeps the interpreter lock while it searches: on a thread of the window's process a verify's answer
    stalled 100-180 ms. The window's searches go to a child process (``faceid-console find-faces``), whose answers
    are the detector's own; a thread here keeps running meanwhile."""
    import threading
    import time

    from faceid_console.face_finder_process import FaceFinderProcess

    photo = Image.open(faces / "multi_obama_biden.jpg").convert("RGB").resize((1024, 731))
    finder = FaceFinderProcess()
    try:
        assert finder.boxes(photo) == FaceDetector.shared().boxes(photo)  # the child started, and answered alike
        gaps: list[float] = []
        done = threading.Event()

        def tick() -> None:
            last = time.perf_counter()
            while not done.is_set():
                time.sleep(0.001)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now

        ticker = threading.Thread(target=tick)
        ticker.start()
        try:
            for _ in range(3):
                assert len(finder.boxes(photo)) == 3
        finally:
            done.set()
            ticker.join()
        # The searches took ~0.1-0.5 s; a thread of this process was never held up for one search's length.
        assert max(gaps) < 0.15
    finally:
        finder.close()


def test_the_face_finder_process_is_started_again_after_it_ended_and_says_what_it_could_not_read(
        faces: Path) -> None:
    import io
    import json
    import os
    import signal

    from faceid_console.face_finder_process import FaceFinderProcess, serve

    photo = Image.open(faces / "obama_2.jpg").convert("RGB")
    finder = FaceFinderProcess()
    try:
        first = finder.boxes(photo)
        assert len(first) == 1
        process = finder._process
        assert process is not None
        os.kill(process.pid, signal.SIGKILL)  # killed: the next search starts another
        process.wait()
        assert finder.boxes(photo) == first and finder._process is not process
    finally:
        finder.close()
    # The child's side: a request it cannot read is answered with what is wrong, and nothing more is read.
    answers = io.BytesIO()
    assert serve(io.BytesIO(b'{"width": 0, "height": 5}\n'), answers) == 1
    assert json.loads(answers.getvalue()) == {"error": "unreadable request: a 0x5 photo is not searched"}
    answers = io.BytesIO()
    assert serve(io.BytesIO(b"not json\n"), answers) == 1
    assert json.loads(answers.getvalue())["error"].startswith("unreadable request")
    # A photo cut short (the window closed mid-request) ends it quietly.
    assert serve(io.BytesIO(b'{"width": 10, "height": 10}\n' + bytes(30)), io.BytesIO()) == 0


def test_the_window_s_search_loads_neither_numpy_nor_dlib_in_its_own_process(faces: Path) -> None:
    """Importing them on the search thread kept the interpreter lock ~0.1-0.2 s: the window stalled on its first
    reference photo. The window's process only resizes the photo and asks the face finder process."""
    code = (
        "from PIL import Image\n"
        "from faceid_console.face_finder_process import FaceFinderProcess\n"
        "from faceid_console.face_finding import largest_face\n"
        "finder = FaceFinderProcess()\n"
        f"assert largest_face(Image.open({str(faces / 'obama_2.jpg')!r}).convert('RGB'), finder.boxes) is not None\n"
        "finder.close()\n"
    )
    assert _loaded_after(code, ("numpy", "dlib", "_dlib_pybind11")) == []


def test_a_face_finder_that_cannot_start_or_answers_out_of_step_is_let_go_of_and_not_restarted_at_once(
        faces: Path) -> None:
    """A line that is no answer (something printed before the child's answers) put every later answer one photo
    behind: a tile would have shown another photo's face. Such a child is let go of; one that never answered, or
    could not start at all (a broken install), is not started again for each reference photo."""
    from faceid_console.face_finder_process import FaceFinderError, FaceFinderProcess

    photo = Image.open(faces / "obama_2.jpg").convert("RGB")
    stray = FaceFinderProcess([sys.executable, "-c",
                               "print('a stray line'); from faceid_console.face_finder_process import serve; serve()"])
    try:
        with pytest.raises(FaceFinderError, match="answered something unreadable"):
            stray.boxes(photo)
        assert stray._process is None
        with pytest.raises(FaceFinderError, match="answered something unreadable"):
            stray.boxes(photo)  # not started again for the next photo
        assert stray._process is None
    finally:
        stray.close()
    missing = FaceFinderProcess([str(faces / "no-such-program")])
    with pytest.raises(FaceFinderError, match="could not start"):
        missing.boxes(photo)


def test_a_face_finder_that_does_not_answer_is_ended(faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hung child would have held the one search thread, and every later search, for ever."""
    import time

    from faceid_console import face_finder_process
    from faceid_console.face_finder_process import FaceFinderError, FaceFinderProcess

    monkeypatch.setattr(face_finder_process, "ANSWER_TIMEOUT_S", 1.0)
    silent = FaceFinderProcess([sys.executable, "-c", "import sys, time; sys.stdin.buffer.readline(); time.sleep(60)"])
    photo = Image.open(faces / "obama_2.jpg").convert("RGB")
    started = time.monotonic()
    try:
        with pytest.raises(FaceFinderError, match="face finder process ended"):  # while sent the photo, or after
            silent.boxes(photo)
    finally:
        silent.close()
    assert time.monotonic() - started < 30  # ended at its deadline, not when its 60 s sleep ended
