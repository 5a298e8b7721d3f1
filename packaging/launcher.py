"""The bundle's entry point: the same as the ``faceid-console`` command (the window, or a sub-command)."""

import multiprocessing
import sys

from faceid_console.entry import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
