"""The descriptor network in worker processes, so both cores describe faces at once.

dlib's ResNet holds the interpreter lock for its ~60 ms a face, so threads describe one face at a time.
Each worker process loads the network once and is sent only the 150 px aligned face chip (67 KB); the
descriptor it returns is the one ``compute_face_descriptor`` gives on the whole photo (the chip is what
it extracts itself).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

import numpy as np

#: The worker process's network, loaded once when the process starts.
_loaded: dict[str, Any] = {}


def _start_worker(engine_pid: int) -> None:
    """A worker's start: end with the engine even when it is killed outright, then load the network."""
    import dlib
    import face_recognition_models as models

    def watch() -> None:
        # The worker holds its own end of the task pipe, so it would never see the engine go away.
        while os.getppid() == engine_pid:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="engine-watch", daemon=True).start()
    _loaded["encoder"] = dlib.face_recognition_model_v1(models.face_recognition_model_location())


def _describe(chip: np.ndarray) -> np.ndarray:
    return np.asarray(_loaded["encoder"].compute_face_descriptor(chip), dtype=np.float64)


class DescriptorWorkers:
    """``processes`` worker processes, each with its own copy of the descriptor network."""

    def __init__(self, processes: int) -> None:
        if processes < 1:
            raise ValueError(f"descriptor processes must be at least 1, not {processes}")
        self.processes = processes
        # spawn, not fork: the engine's threads may hold locks a forked child would inherit held.
        self._pool = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_start_worker, initargs=(os.getpid(),))

    def warm(self) -> list[Future[np.ndarray]]:
        """Start every worker loading its network now, so the first verify does not wait for it; done
        when the returned futures are."""
        blank = np.zeros((150, 150, 3), dtype=np.uint8)
        return [self._pool.submit(_describe, blank) for _ in range(self.processes)]

    def describe_later(self, chip: np.ndarray) -> Future[np.ndarray]:
        return self._pool.submit(_describe, chip)

    def describe(self, chip: np.ndarray) -> np.ndarray:
        """The 128-d descriptor of a 150 px aligned face chip."""
        return self.describe_later(chip).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
