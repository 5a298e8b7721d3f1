"""The objects made while the window starts (modules, pages, the History store) taken out of the garbage collector's
full passes once the window has settled.

A full collection walks every object the collector tracks while holding the interpreter lock, so the GUI thread
waits for it whichever thread set it off. In a settled window that is some 85 000–105 000 objects and 40–70 ms
(benchmarks/stalls.py), falling on whatever the reviewer does then: replaying Settings' OK and then a first biz_token
request, one fell on the request in three runs out of three (a 60–70 ms stall). Those objects live as long as the
window, so they are frozen (``gc.freeze``): later full collections walk only what was made since, in about a
millisecond.
"""

from __future__ import annotations

import gc

from .gui_thread_collector import forget_long_lived


def freeze_start_up_heap() -> None:
    """Move every object tracked now out of later full collections (cheap: no collection walks them here)."""
    gc.collect(1)  # the young garbage first (a few ms at most): what is frozen is never collected
    gc.freeze()
    # The GUI thread's collector weighs full collections against what is left (nothing; the interpreter would keep
    # weighing them against the frozen heap and put them off for as long as a quarter of it takes to build up).
    forget_long_lived()
