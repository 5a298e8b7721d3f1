"""``python -m faceid_console``: the same as the ``faceid-console`` command."""

import sys

from .entry import main

# Guarded: importing this module (as tools that inspect the package do) must not run the command line.
if __name__ == "__main__":
    sys.exit(main())
