"""What the confidence model reads, and the two numeric steps its use and its fit share.

:mod:`._confidence` (the model, which the matcher imports) and :mod:`._fitting` (the
examples a calibration is fitted on, and the fit) both import this module and not each
other at load time, so a first match does not create the example class.
"""

from __future__ import annotations

import math

from .._base._checks import FINITE
from ..exceptions import InvalidInputError, Problem

__all__ = ["AGREEMENT_TOP", "FEATURES", "finite", "sigmoid"]

FEATURES = ("score", "cell_margin", "category_margin", "cell_agreement")
"""The features the confidence model reads, for a match of descriptor *d*:

- ``score``: *d*'s score;
- ``cell_margin``: *d*'s score minus the best score of any descriptor in
  another (category, stage) cell (positive only for the leading cell);
- ``category_margin``: *d*'s score minus the best score in another category;
- ``cell_agreement``: the share of the five best descriptors that lie in
  *d*'s cell.
"""
AGREEMENT_TOP = 5


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def finite(value: float, name: str) -> float:
    if not FINITE.accepts(value):
        msg = f"invalid {name} {value!r}: expected {FINITE.expected}"
        raise InvalidInputError([Problem(name, msg)])
    return float(value)
