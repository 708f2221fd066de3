"""The confidence model: from a match's features to the probability that it is right.

:class:`Calibration` (a logistic model over :data:`FEATURES`), the bundled one,
and :class:`CellIndex`, which works out the features of every match of a
statement. The matcher imports this module only: the examples a calibration is
fitted on and the fit are in :mod:`._fitting` (imported by :meth:`Calibration.fit`),
the reliability tables and labelled statements, which fitting and evaluating use,
in :mod:`._calibration`, which re-exports these names (``trainerframework``
looks them up there), so a first match does not create their classes.
See :mod:`._calibration` for what confidence means.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .._base._bundled import bundled_text
from .._base._cache import once
from .._base._checks import to_float
from .._base._documents import read_json_file, structure_versioned
from ..exceptions import InvalidInputError, Problem
from ._features import AGREEMENT_TOP, FEATURES
from ._features import finite as _finite
from ._features import sigmoid as _sigmoid

if TYPE_CHECKING:
    from .._model._framework import Framework
    from ._fitting import CalibrationExample

__all__ = [
    "AGREEMENT_TOP",
    "CALIBRATION_VERSION",
    "FEATURES",
    "Calibration",
    "CellIndex",
]

CALIBRATION_VERSION = 1


def _check_weights(_: object, attribute: attrs.Attribute[Any], value: tuple[float, ...]) -> None:
    if len(value) != len(FEATURES):
        msg = f"expected {len(FEATURES)} weights ({', '.join(FEATURES)}), got {len(value)}"
        raise InvalidInputError([Problem(f"$.{attribute.name}", msg)])
    for i, w in enumerate(value):
        _finite(w, f"$.{attribute.name}[{i}]")


@attrs.frozen(kw_only=True)
class Calibration:
    """A fitted mapping from a match's features to its confidence.

    ``confidence = 1 / (1 + exp(-(intercept + sum(w * x))))`` over
    :attr:`FEATURES`. Get the bundled one with :meth:`bundled`, fit your own
    with :func:`fit_calibration` (or :meth:`fit` on
    :func:`calibration_examples`), and pass it to
    ``Matcher(fw, calibration=...)``.
    """

    FEATURES: ClassVar[tuple[str, ...]] = FEATURES
    """The names of the features the model reads, in order: ``score`` (the
    match's score), ``cell_margin`` (its score minus the best score of any
    descriptor in another (category, stage) cell), ``category_margin`` (its
    score minus the best score in another category) and ``cell_agreement``
    (the share of the five best descriptors in its cell)."""

    weights: tuple[float, ...] = attrs.field(converter=tuple[float, ...], validator=_check_weights)
    """One weight per feature, in :attr:`FEATURES` order."""
    intercept: float = attrs.field(converter=to_float)
    """The model's intercept."""
    fitted_on: str = ""
    """What the calibration was fitted on (free text, for provenance)."""

    @intercept.validator
    def _check_intercept(self, attribute: attrs.Attribute[float], value: float) -> None:
        _finite(value, f"$.{attribute.name}")

    @classmethod
    def bundled(cls) -> Calibration:
        """The calibration shipped with trainerframework (cached)."""
        return _bundled()

    @classmethod
    def fit(
        cls, examples: Iterable[CalibrationExample], *, l2: float = 1.0, fitted_on: str = ""
    ) -> Calibration:
        """Fit a calibration on examples (from :func:`calibration_examples`).

        L2-regularised logistic regression (``l2`` on the weights, not the
        intercept), weights and intercept rounded to 6 decimals. Deterministic,
        and independent of the order of the examples (up to rounding). Raises
        :class:`~trainerframework.exceptions.InvalidInputError` when there are
        no examples, or when they are all right or all wrong.
        """
        from ._fitting import CalibrationExample, logistic  # noqa: PLC0415 - not needed to match

        items = list(examples)
        for n, e in enumerate(items):
            if not isinstance(e, CalibrationExample):
                msg = f"expected a CalibrationExample, not {type(e).__name__}"
                raise InvalidInputError([Problem(f"[{n}]", msg)], "<calibration examples>")
        if not items:
            raise InvalidInputError([Problem("$", "no examples to fit on")], "<calibration examples>")
        if len({e.right for e in items}) < 2:
            msg = "the statements' matches are all right or all wrong; a calibration needs both"
            raise InvalidInputError([Problem("$", msg)], "<calibration examples>")
        weights, intercept = logistic(sorted((e.features, e.right) for e in items), _finite(l2, "l2"))
        return cls(
            weights=tuple(round(w, 6) for w in weights),
            intercept=round(intercept, 6),
            fitted_on=fitted_on or f"{len(items)} examples",
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Calibration:
        """Read a calibration file (JSON, as :meth:`to_document` writes it); problems name the file."""
        return cls.from_document(read_json_file(path, "calibration file"), os.fspath(path))

    @classmethod
    def from_document(cls, data: Any, source: str = "<calibration>") -> Calibration:
        """Build a calibration from a parsed ``calibration.json`` document.

        Structured by the library's strict document reader (no coercion, no
        unknown keys; its JSON Schema is ``json_schema("calibration")``), then
        the version and the feature names are checked; every problem is named
        with its path.
        """
        from ._formats import CalibrationDoc  # noqa: PLC0415 - only a user's calibration file needs it

        doc = structure_versioned(
            data, CalibrationDoc, CALIBRATION_VERSION, source, fixed={"features": list(FEATURES)}
        )
        try:
            return cls(weights=doc.weights, intercept=doc.intercept, fitted_on=doc.fitted_on)
        except InvalidInputError as exc:
            raise InvalidInputError(exc.problems, source) from None

    def to_document(self) -> dict[str, Any]:
        """The calibration as a JSON-ready document (the bundled file's format)."""
        return {
            "schema_version": CALIBRATION_VERSION,
            "features": list(FEATURES),
            "weights": list(self.weights),
            "intercept": self.intercept,
            "fitted_on": self.fitted_on,
        }

    def confidence(self, features: Sequence[float]) -> float:
        """The probability, from 0 to 1, for one match's features."""
        if len(features) != len(self.weights):
            msg = f"expected {len(self.weights)} features ({', '.join(FEATURES)}), got {len(features)}"
            raise ValueError(msg)
        w0, w1, w2, w3 = self.weights
        x0, x1, x2, x3 = features
        return _sigmoid(self.intercept + w0 * x0 + w1 * x1 + w2 * x2 + w3 * x3)


@once
def _bundled() -> Calibration:
    # Shipped data is built without cattrs (start-up cost); tests/test_first_use.py checks
    # that the strict reader (Calibration.from_document) gives the same calibration for it.
    doc = json.loads(bundled_text("calibration.json"))
    return Calibration(
        weights=tuple(map(float, doc["weights"])),
        intercept=float(doc["intercept"]),
        fitted_on=doc.get("fitted_on", ""),
    )


class CellIndex:
    """Where each descriptor of a framework lies: its category and its (category, stage) cell."""

    __slots__ = ("categories", "cells")

    def __init__(self, fw: Framework) -> None:
        cat_index = {c.id: i for i, c in enumerate(fw.categories)}
        stage_index = {s.id: i for i, s in enumerate(fw.stages)}
        nstages = max(len(fw.stages), 1)
        self.categories = [cat_index[d.category_id] for d in fw.descriptors]
        self.cells = [cat_index[d.category_id] * nstages + stage_index[d.stage.id] for d in fw.descriptors]

    def _context(
        self, scores: Sequence[float], order: Sequence[int]
    ) -> tuple[float, int, int, float, float, list[int]]:
        """What every match's features are measured against.

        The leading score, cell and category, the best scores outside them, and
        the cells of the five best.
        """
        cells = self.cells
        cats = self.categories
        lead = order[0]
        first_cell = cells[lead]
        first_cat = cats[lead]
        # the best score outside the leading cell (category) is near the front of the order
        second_cell = second_cat = 0.0
        for j in order:
            if cells[j] != first_cell:
                second_cell = scores[j]
                break
        for j in order:
            if cats[j] != first_cat:
                second_cat = scores[j]
                break
        top_cells = list(map(cells.__getitem__, order[:AGREEMENT_TOP]))
        return scores[lead], first_cell, first_cat, second_cell, second_cat, top_cells

    def features(self, scores: Sequence[float], order: Sequence[int], limit: int) -> list[tuple[float, ...]]:
        """:data:`FEATURES` for the first ``limit`` descriptors of ``order``.

        ``order`` holds every descriptor index, best score first.
        """
        if not order:
            return []
        first, first_cell, first_cat, second_cell, second_cat, top_cells = self._context(scores, order)
        cells = self.cells
        cats = self.categories
        share = 1.0 / len(top_cells)
        out: list[tuple[float, ...]] = []
        for i in order[:limit]:
            s = float(scores[i])
            cell = cells[i]
            out.append(
                (
                    s,
                    s - (second_cell if cell == first_cell else first),
                    s - (second_cat if cats[i] == first_cat else first),
                    top_cells.count(cell) * share,
                )
            )
        return out

    def confidences(
        self, scores: Sequence[float], order: Sequence[int], limit: int, calibration: Calibration
    ) -> list[float]:
        """``[calibration.confidence(f) for f in self.features(...)]``, in one pass.

        The matcher's hot path: no feature tuples are built and the sigmoid is inlined.
        Kept equal (to 1e-9) to :meth:`Calibration.confidence` over :meth:`features` by
        ``tests/test_hot_paths.py::TestCellIndexConfidences``: change both or neither.
        """
        if not order:
            return []
        first, first_cell, first_cat, second_cell, second_cat, top_cells = self._context(scores, order)
        cells = self.cells
        cats = self.categories
        w0, w1, w2, w3 = calibration.weights
        w3 /= len(top_cells)
        b = calibration.intercept
        exp = math.exp
        out = []
        for i in order[:limit]:
            s = scores[i]
            cell = cells[i]
            z = (
                b
                + w0 * s
                + w1 * (s - (second_cell if cell == first_cell else first))
                + w2 * (s - (second_cat if cats[i] == first_cat else first))
                + w3 * top_cells.count(cell)
            )
            out.append(1.0 / (1.0 + exp(-z)) if z >= 0 else (e := exp(z)) / (1.0 + e))
        return out
