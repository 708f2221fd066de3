"""The garbage collector paused while many long-lived objects are built at once.

Building a cohort allocates a few objects per trainer that live as long as
the cohort: every allocation counts towards the collector's next pass, and
the full passes it triggers walk every object built so far, finding nothing
to free (profiles hold no cycles). For 100,000 trainers those passes were a
sixth of ``Cohort.from_evidence``'s time. :func:`paused_gc` turns automatic
collection off for a large build, the way Python's documentation suggests
for bulk allocation, then turns it back on (only if it was on) and runs one
full pass, so the build leaves nothing deferred to whatever runs next.
``gc.collect()`` still works meanwhile. Nested and concurrent builds share one
pause: the collector comes back on when the last of them ends.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["BULK", "paused_gc"]

BULK = 5_000
"""Builds of at least this many trainers pause the collector: below it the one full pass
at the end costs more than the passes it saves."""

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def paused_gc(size: int) -> Iterator[None]:
    """Automatic garbage collection off inside the block when ``size`` is at least :data:`BULK`."""
    global _depth, _was_enabled  # noqa: PLW0603 - one pause shared by every caller
    if size < BULK:
        yield
        return
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            resume = _depth == 0 and _was_enabled
            if resume:
                gc.enable()
        if resume:
            gc.collect()
