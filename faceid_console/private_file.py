"""Files that hold personal data or secrets: readable by their owner only, and never seen half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def written_whole(path: Path, mode: str = "wb", **options: Any) -> Iterator[IO[Any]]:
    """A file opened beside ``path`` (mode 0600) that replaces ``path`` only once the block ends without an error.

    A failure part-way (a full disk, a database gone) leaves no partial file, and an existing ``path``
    is kept as it was. A ``path`` that is a symbolic link is written through (the file it names is replaced,
    the link stays), as editors do. ``options`` go to ``open`` (``encoding``, ``newline``).
    """
    if path.is_symlink():
        path = path.resolve()
    fd, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with open(fd, mode, **options) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())  # on disk before it takes the name: a power cut keeps the old file
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise
