"""One family of value checks: what a unit, a weight, a finite number is, and how it is said.

Every constructor, document reader and attrs validator that accepts a number
asks one of these kinds, so "from 0 to 1" means the same everywhere (a bool is
not a number, NaN and infinities are in no range) and is worded the same in
every message. Each caller raises its own documented exception with its own
location (a document path, a descriptor id, a field name); the kind supplies
the test and the words ``expected ...``.
"""

from __future__ import annotations

import math
from typing import SupportsFloat, SupportsIndex

import attrs

__all__ = ["FINITE", "POSITIVE", "UNIT", "UNIT_OPEN", "WEIGHT", "NumberKind", "to_float"]


@attrs.frozen
class NumberKind:
    """A kind of number: a range (closed, or open at the bottom) and how it is named."""

    expected: str
    """What a message says is expected ("a number from 0 to 1")."""
    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False
    """Whether ``low`` itself is outside the range."""

    def accepts(self, value: object) -> bool:
        """Whether ``value`` is a finite int or float (not a bool) in the range."""
        try:
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                return False
        except OverflowError:  # an int beyond any float: 10**400
            return False
        return (value > self.low if self.low_open else value >= self.low) and value <= self.high


FINITE = NumberKind("a finite number")
WEIGHT = NumberKind("a finite number >= 0", low=0.0)
POSITIVE = NumberKind("a positive number", low=0.0, low_open=True)
UNIT = NumberKind("a number from 0 to 1", low=0.0, high=1.0)
UNIT_OPEN = NumberKind("a number in (0, 1]", low=0.0, high=1.0, low_open=True)


def to_float(value: str | SupportsFloat | SupportsIndex) -> float:
    """``float(value)``, as an attrs converter.

    attrs reads a converter's signature, and for the builtin ``float`` that
    means parsing its text signature with the tokenize module's large regular
    expression (about 2 ms the first time, at a first match); a Python function
    is read from its annotations.
    """
    return float(value)
