"""``python -m faceid_console``: the same as the ``faceid-console`` command."""

import sys

from .entry import main

# Guarded: the engine's descriptor worker processes are spawned and import this module again.
if __name__ == "__main__":
    sys.exit(main())
