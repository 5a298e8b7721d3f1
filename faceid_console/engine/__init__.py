"""The built-in FaceID-compatible engine: the FaceID HTTP contract over a real face model, offline.

Layout follows moto: ``models`` (backend state), ``responses`` (parameter parsing, reply shaping,
routes), ``exceptions`` (one class per documented error), plus ``face_model`` and ``scoring``.

``EngineServer`` (Flask and the whole server) loads on first use: the window imports the face detector alone.
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(__name__, submod_attrs={"server": ["EngineServer"]})
