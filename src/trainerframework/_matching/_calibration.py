"""Calibrated confidence: from a match's score to the probability that it is right.

A :class:`Match`'s ``score`` ranks descriptors for one statement; it is not a
probability, and scores of different statements are only roughly comparable.
``confidence`` is: the estimated probability that the matched descriptor's
category *and* stage are right for the statement. It comes from a logistic
model over four features of the whole score vector (see :data:`FEATURES`),
fitted on labelled statements by :func:`~trainerframework.fit_calibration`
(or, in two steps, :func:`~trainerframework.calibration_examples` and
:meth:`Calibration.fit`).

The bundled calibration (``data/calibration.json``) was fitted on the sets
written from the framework pages alone, which the matcher was never tuned or
counted on (``python -m tools.fit_calibration`` in a checkout), so it
estimates accuracy on statements the project has never seen rather than on
the statements the lexicon was tuned on.

The model itself (:class:`Calibration`, :data:`FEATURES`) is in :mod:`._confidence`,
which the matcher imports, and :class:`CalibrationExample` with the fit in
:mod:`._fitting`; this module adds what fitting and evaluating read (labelled
statements, reliability tables) and re-exports the others, so
``trainerframework.Calibration`` and the others resolve here.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..exceptions import InvalidInputError, Problem
from ._confidence import FEATURES, Calibration
from ._fitting import CalibrationExample

__all__ = [
    "FEATURES",
    "Calibration",
    "CalibrationExample",
    "LabelledStatement",
    "Reliability",
    "ReliabilityBin",
    "reliability_of",
]


@attrs.frozen
class LabelledStatement:
    """A statement of practice with the category and stage it evidences."""

    text: str
    """The statement."""
    category_id: str
    """The id of the category it evidences."""
    stage_id: str
    """The id of the stage it evidences."""


@attrs.frozen(kw_only=True)
class ReliabilityBin:
    """Top matches whose confidence falls in one interval."""

    low: float
    """Lower end of the confidence interval (inclusive)."""
    high: float
    """Upper end (exclusive, except 1.0)."""
    count: int
    """Top matches in the interval."""
    confidence: float
    """Their mean confidence (0 when empty)."""
    accuracy: float
    """The share of them whose category and stage are right (0 when empty)."""


@attrs.frozen(kw_only=True)
class Reliability:
    """How well confidence predicts accuracy on labelled statements (top matches only)."""

    bins: tuple[ReliabilityBin, ...]
    """Equal-width confidence bins, lowest first."""
    count: int
    """Statements evaluated."""
    accuracy: float
    """Share of top matches whose category and stage are right."""
    ece: float
    """Expected calibration error: the count-weighted mean gap between each bin's
    confidence and its accuracy (0 is perfect)."""

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[float, bool]], bins: int = 10) -> Reliability:
        """The table of ``(confidence, right)`` pairs, one per top match, in ``bins`` equal bins.

        Each confidence must be a number from 0 to 1; raises
        :class:`~trainerframework.exceptions.InvalidInputError` naming the
        first pair that is not, or when ``bins`` is not a whole number of 1 or more.
        """
        return reliability_of(pairs, bins)

    def precision_at(self, threshold: float) -> tuple[int, float]:
        """(count, accuracy) of the top matches in bins at or above ``threshold``."""
        chosen = [b for b in self.bins if b.low >= threshold - 1e-12 and b.count]
        n = sum(b.count for b in chosen)
        return n, (sum(b.accuracy * b.count for b in chosen) / n if n else 0.0)

    def __str__(self) -> str:
        lines = [f"{'confidence':>12} {'n':>5} {'mean conf':>10} {'accuracy':>9}"]
        lines += [
            f"{b.low:>5.1f}-{b.high:<6.1f} {b.count:>5} {b.confidence:>10.3f} {b.accuracy:>9.3f}"
            for b in self.bins
            if b.count
        ]
        lines.append(f"n={self.count} accuracy={self.accuracy:.3f} ECE={self.ece:.3f}")
        return "\n".join(lines)


def reliability_of(pairs: Iterable[tuple[float, bool]], bins: int = 10) -> Reliability:
    """A reliability table from (confidence, right?) pairs."""
    if isinstance(bins, bool) or not isinstance(bins, int) or bins < 1:
        raise InvalidInputError([Problem("bins", f"expected a whole number of 1 or more, got {bins!r}")])
    groups: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    items = list(pairs)
    for n, (conf, right) in enumerate(items):
        if isinstance(conf, bool) or not isinstance(conf, int | float) or not 0.0 <= conf <= 1.0:
            msg = f"expected a confidence from 0 to 1, got {conf!r}"
            raise InvalidInputError([Problem(f"[{n}][0]", msg)], "<confidence pairs>")
        groups[min(int(conf * bins), bins - 1)].append((conf, right))
    out = []
    ece = 0.0
    for i, g in enumerate(groups):
        n = len(g)
        conf = sum(c for c, _ in g) / n if n else 0.0
        acc = sum(1 for _, r in g if r) / n if n else 0.0
        ece += n * abs(conf - acc)
        out.append(ReliabilityBin(low=i / bins, high=(i + 1) / bins, count=n, confidence=conf, accuracy=acc))
    total = len(items)
    return Reliability(
        bins=tuple(out),
        count=total,
        accuracy=sum(1 for _, r in items if r) / total if total else 0.0,
        ece=ece / total if total else 0.0,
    )
