"""The bundle's entry point: the same as the ``faceid-console`` command (the window, or a sub-command).

No ``multiprocessing.freeze_support()``: nothing in the console starts processes through multiprocessing (the
engine is its own command, started with subprocess), and importing it would cost every start some 15 ms.
"""

import sys

from faceid_console.entry import main

if __name__ == "__main__":
    sys.exit(main())
