"""The FaceID protocol: requests, results, errors, signing, image preparation, identity rules, client.

No Qt here (a test enforces it): the window, the command line and the engine all build on this.
Names load on first use (lazy_loader, from the imports in ``__init__.pyi``): taking ``FaceIDError``
loads neither ``requests`` nor Pillow, so the window paints before the heavy parts load.
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
