"""The descriptor network in worker processes, so both cores describe faces at once.

dlib's ResNet holds the interpreter lock for its ~60 ms a face, so threads describe one face at a time.
Each worker process loads the network once and is sent only the 150 px aligned face chip (67 KB); the
descriptor it returns is the one ``compute_face_descriptor`` gives on the whole photo (the chip is what
it extracts itself).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

#: The worker process's network, loaded once when the process starts.
_loaded: dict[str, Any] = {}


def _start_worker() -> None:
    """A worker's start: end with the engine even when it is killed outright, then load the network."""
    import dlib
    import face_recognition_models as models

    engine = multiprocessing.parent_process()

    def watch() -> None:
        # The worker holds its own end of the task pipe, so it would never see the engine go away; the
        # parent's sentinel (a pipe on POSIX, the process handle on Windows) is ready once it has ended.
        if engine is not None:
            multiprocessing.connection.wait([engine.sentinel])
            os._exit(0)

    threading.Thread(target=watch, name="engine-watch", daemon=True).start()
    _loaded["encoder"] = dlib.face_recognition_model_v1(models.face_recognition_model_location())


def _describe(chip: np.ndarray) -> np.ndarray:
    return np.asarray(_loaded["encoder"].compute_face_descriptor(chip), dtype=np.float64)


class DescriptorWorkers:
    """``processes`` worker processes, each with its own copy of the descriptor network.

    ``start()`` starts them in the background (spawning them and loading the network takes about a
    second on two cores); until every one is ready, ``ready()`` is false and faces are described in the
    engine's own process. Should they fail to start, it keeps describing faces itself.
    """

    def __init__(self, processes: int) -> None:
        if processes < 1:
            raise ValueError(f"descriptor processes must be at least 1, not {processes}")
        self.processes = processes
        self._lock = threading.Lock()
        self._closed = False
        self._starting: list[Future[np.ndarray]] = []
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: the engine's threads may hold locks a forked child would inherit held.
        return ProcessPoolExecutor(max_workers=self.processes, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker)

    def start(self) -> None:
        """Start the workers, unless started or closed already; returns at once."""
        with self._lock:
            if self._starting or self._closed:
                return
            blank = np.zeros((150, 150, 3), dtype=np.uint8)
            self._starting = starting = [self._pool.submit(_describe, blank) for _ in range(self.processes)]
        for started in starting:
            started.add_done_callback(_log_failure)

    def ready(self) -> bool:
        """Whether every worker has started and described a face."""
        starting = self._starting
        return (not self._closed and bool(starting) and all(f.done() for f in starting)
                and not any(f.cancelled() or f.exception() for f in starting))

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Start the workers if need be and wait until they have started (or failed to); whether they are ready."""
        self.start()
        wait(self._starting, timeout=timeout)
        return self.ready()

    def describe(self, chip: np.ndarray) -> np.ndarray:
        """The 128-d descriptor of a 150 px aligned face chip. Raises ``BrokenProcessPool`` when a worker
        died (killed, out of memory); the pool is then replaced and started again in the background."""
        pool = self._pool
        try:
            return pool.submit(_describe, chip).result()
        except BrokenProcessPool:
            self._replace(pool)
            raise

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is not broken or self._closed:
                return  # another thread replaced it already, or the engine is stopping
            log.warning("a descriptor worker ended unexpectedly; starting them again")
            self._pool, self._starting = self._new_pool(), []
        broken.shutdown(wait=False, cancel_futures=True)
        self.start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            pool = self._pool
        pool.shutdown(wait=True, cancel_futures=True)


def _log_failure(started: Future[np.ndarray]) -> None:
    if not started.cancelled() and started.exception() is not None:
        log.warning("descriptor workers did not start (%s); faces are described in the engine's process",
                    started.exception())
