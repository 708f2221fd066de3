"""Caches that hold under threads: one value per key, built once, whoever asks first.

``functools.cache`` may run the function several times when threads ask at
once, and then hands different threads different objects; the bundled
framework, lexicon and calibration, and the default matcher of a framework,
are documented as "the same object" every time.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable
from typing import ParamSpec, TypeVar

__all__ = ["once", "once_per"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


def once(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """``functools.cache`` whose value for each argument is built by one thread only."""
    return _cached(fn, None)


def once_per(maxsize: int) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """:func:`once`, keeping the ``maxsize`` most recently built values."""
    return lambda fn: _cached(fn, maxsize)


_KEYWORDS = object()
"""Starts the key of a call with keyword arguments: no tuple of positional arguments starts so."""


def _cached(fn: Callable[_P, _R], maxsize: int | None) -> Callable[_P, _R]:
    values: dict[Hashable, _R] = {}
    lock = threading.Lock()

    @functools.wraps(fn)
    def cached(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        # the positional arguments alone (the common call, kept cheap: the matcher asks for its
        # tables many times a statement), or marked as holding keyword arguments too
        key = (_KEYWORDS, args, tuple(sorted(kwargs.items()))) if kwargs else args
        try:
            return values[key]
        except KeyError:
            pass
        with lock:
            if key not in values:
                if maxsize is not None and len(values) >= maxsize:
                    del values[next(iter(values))]  # the oldest
                values[key] = fn(*args, **kwargs)
            return values[key]

    return cached
