"""Thin launcher: ``python main.py`` is the same as the ``faceid-console`` command."""

import sys

from faceid_console.entry import main

if __name__ == "__main__":
    sys.exit(main())
