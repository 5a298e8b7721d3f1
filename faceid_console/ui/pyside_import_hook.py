"""A cheaper answer to the question PySide asks of every module imported after it.

PySide 6 replaces ``__import__`` and, for each newly imported module, asks whether its source mentions
"PySide6" (so that ``from __feature__ import snake_case`` can be switched per module). It asks through
``inspect.getsource``, whose ``getmodule`` walks all of ``sys.modules`` on each call: for the ~150 modules
the window imports, some 15 ms before its first paint. Reading the file gives the same answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401  (loads shiboken's support modules, the feature scan among them)

#: Where PySide keeps the scan (PySide 6.4 to 6.11 at least); another place means nothing is changed.
FEATURE_MODULE = "shibokensupport.feature"
SCAN = "_mod_uses_pyside"


def mentions_pyside(module: ModuleType, upstream: Callable[[ModuleType], bool]) -> bool:
    """PySide's answer for ``module``: its source file contains "PySide6"; ``upstream`` for one without a .py file."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return upstream(module)


def lighten_feature_scan() -> bool:
    """Replace PySide's scan with ``mentions_pyside``; False (and nothing changed) where PySide has none."""
    feature = sys.modules.get(FEATURE_MODULE)
    upstream = getattr(feature, SCAN, None)
    if feature is None or not callable(upstream):
        return False
    if getattr(upstream, "__wrapped__", None) is not None:  # already replaced (the package imported again)
        return True

    def scan(module: ModuleType) -> bool:
        return mentions_pyside(module, upstream)

    scan.__wrapped__ = upstream  # type: ignore[attr-defined]
    setattr(feature, SCAN, scan)
    return True
