"""The built-in FaceID-compatible engine: the FaceID HTTP contract over a real face model, offline.

Layout follows moto: ``models`` (backend state), ``responses`` (parameter parsing, reply shaping,
routes), ``exceptions`` (one class per documented error), plus ``face_model`` and ``scoring``.
"""

from .server import EngineServer

__all__ = ["EngineServer"]
