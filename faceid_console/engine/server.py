"""Run the engine: inside the console (a background thread on a free loopback port) or standalone,
both on waitress, a production WSGI server.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from waitress.server import create_server

from ..api.client import is_loopback_host
from .face_model import FaceModel
from .models import EngineBackend, EngineConfig, KeyPolicy
from .responses import ConcurrencyGuard, create_app

log = logging.getLogger(__name__)

DEFAULT_HOST: Final = "127.0.0.1"


def build_wsgi_app(backend: EngineBackend) -> Any:
    """The engine as a WSGI callable, with the concurrency limit in front."""
    return ConcurrencyGuard(create_app(backend).wsgi_app, backend)


class EngineServer:
    """A running engine: its backend, its address, and a way to stop it."""

    def __init__(
        self,
        data_dir: Path,
        credentials: Mapping[str, str],
        *,
        host: str = DEFAULT_HOST,
        port: int = 0,
        threads: int = 4,
        concurrency_limit: int = 8,
        policies: dict[str, KeyPolicy] | None = None,
        model: FaceModel | None = None,
    ) -> None:
        config = EngineConfig(
            data_dir=Path(data_dir), credentials=dict(credentials), concurrency_limit=concurrency_limit,
            policies=policies or {},
        )
        self.backend = EngineBackend(config, model=model)
        self._server = create_server(
            build_wsgi_app(self.backend), host=host, port=port, threads=threads,
            ident="FaceID-Console-engine", clear_untrusted_proxy_headers=True,
            max_request_body_size=64 * 1024 * 1024,
        )
        self.host = host
        self.port = int(self._server.effective_port)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def serve_forever(self) -> None:
        """Serve in the calling thread until ``stop()``."""
        log.info("FaceID engine listening on %s", self.base_url)
        self._server.run()

    def start(self) -> EngineServer:
        """Serve from a background daemon thread."""
        self._thread = threading.Thread(target=self.serve_forever, name="faceid-engine", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Let the worker threads finish, then stop accepting and close open connections."""
        server = self._server
        # Workers first: one finishing a response still signals the server's trigger, which close() shuts.
        server.task_dispatcher.shutdown(timeout=5)
        server.close()
        for channel in list(server._map.values()):
            channel.close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> EngineServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def warn_if_exposed(host: str) -> str | None:
    """A warning when the engine is asked to listen beyond this machine."""
    if is_loopback_host(host):
        return None
    return (
        f"The engine will listen on {host}, reachable from other machines, over plain HTTP. "
        "Use it only on a network you trust."
    )
