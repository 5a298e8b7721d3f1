"""The size of the copy a photo is searched for faces on: shared by the engine's model and the window's face finder,
which resizes in the window's process without loading the model (its import keeps the interpreter lock ~0.1 s)."""

from typing import Final

#: Detection runs on a copy no larger than this (long side), so large photos stay fast.
DETECT_MAX_SIDE: Final = 1024
