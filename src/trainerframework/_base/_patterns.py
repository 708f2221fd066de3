"""Regular expressions compiled on first use (:func:`lazy_pattern`), for every layer of the package.

Compiling a pattern costs 0.05 to 0.2 ms, paid at import by every program that imports the
module, whether or not it ever needs the pattern (an error path, a rare form of input).
``_language/_text.py`` re-exports :func:`lazy_pattern` for the matcher's modules.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_pattern"]

_PATTERN_METHODS = ("findall", "finditer", "fullmatch", "match", "search", "split", "sub")


class _LazyPattern:
    """A regular expression compiled when one of its methods is first looked up.

    Compiling every pattern of a module when it is imported costs its first
    use time for patterns most statements never need (markup, dates, form
    labels) and start-up time for those of error paths. After the first look-up
    each method is a filled slot holding the compiled pattern's bound method,
    as fast to reach as the pattern's own.
    """

    __slots__ = ("_args", *_PATTERN_METHODS)

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # called only for a slot not filled yet
        if name not in _PATTERN_METHODS:
            raise AttributeError(name)
        compiled = re.compile(*self._args)
        for method in _PATTERN_METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled on first use; only its matching methods are there.

    (``findall``, ``finditer``, ``fullmatch``, ``match``, ``search``, ``split``, ``sub``; not
    ``.pattern`` or ``.groups``.) ``tests/test_first_use.py`` checks each gives what the
    compiled pattern gives.
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
