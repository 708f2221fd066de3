"""Fitting a calibration: the examples it is fitted on and the logistic fit :meth:`Calibration.fit` runs.

Apart from the model (:mod:`._confidence`), which imports this module only when a
calibration is fitted: a first match does not create :class:`CalibrationExample` (an
attrs class costs first use about a millisecond, with the garbage collector's passes
and the exit). :mod:`._calibration` re-exports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from ..exceptions import InvalidInputError, Problem
from ._features import FEATURES, finite, sigmoid

__all__ = ["CalibrationExample", "logistic"]


def _check_features(_: object, attribute: attrs.Attribute[Any], value: tuple[float, ...]) -> None:
    if len(value) != len(FEATURES):
        msg = f"expected {len(FEATURES)} features ({', '.join(FEATURES)}), got {len(value)}"
        raise InvalidInputError([Problem(attribute.name, msg)])
    for i, x in enumerate(value):
        finite(x, f"{attribute.name}[{i}]")


@attrs.frozen(kw_only=True)
class CalibrationExample:
    """One match of a labelled statement, as a calibration is fitted on it.

    :func:`calibration_examples` makes them; :meth:`Calibration.fit` fits on
    them. Keep them to refit without running the matcher again, or to fit on
    some and score others (cross-validation).
    """

    features: tuple[float, ...] = attrs.field(converter=tuple[float, ...], validator=_check_features)
    """The match's features, in :attr:`Calibration.FEATURES` order."""
    right: bool = attrs.field(validator=attrs.validators.instance_of(bool))
    """Whether the matched descriptor's category and stage are the statement's."""
    rank: int = attrs.field(default=0, validator=[attrs.validators.instance_of(int), attrs.validators.ge(0)])
    """The match's place among the statement's matches (0: its top match)."""


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a small symmetric positive definite system by Gaussian elimination."""
    n = len(b)
    m = [[*row[:], b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / p
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def logistic(examples: Sequence[tuple[Sequence[float], bool]], l2: float) -> tuple[list[float], float]:
    """L2-regularised logistic regression (intercept not penalised), by Newton's method."""
    k = len(FEATURES)
    beta = [0.0] * (k + 1)  # weights, then intercept
    xs = [[*x, 1.0] for x, _ in examples]
    ys = [1.0 if y else 0.0 for _, y in examples]
    for _ in range(50):
        grad = [l2 * beta[j] if j < k else 0.0 for j in range(k + 1)]
        hess = [[(l2 if i == j and j < k else 0.0) for j in range(k + 1)] for i in range(k + 1)]
        for x, y in zip(xs, ys, strict=True):
            p = sigmoid(sum(b * v for b, v in zip(beta, x, strict=True)))
            w = max(p * (1 - p), 1e-9)
            for i in range(k + 1):
                grad[i] += (p - y) * x[i]
                xi = w * x[i]
                row = hess[i]
                for j in range(k + 1):
                    row[j] += xi * x[j]
        step = _solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(map(abs, step)) < 1e-10:
            break
    return beta[:k], beta[k]
