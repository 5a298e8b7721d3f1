"""``python -m faceid_console``: the same as the ``faceid-console`` command."""

import sys

from .entry import main

sys.exit(main())
