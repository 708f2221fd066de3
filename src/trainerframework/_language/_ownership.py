"""Whether a sentence tells the trainer's own practice now, learned from labelled statements.

The assertion reader (:mod:`._assertion`) marks the clauses that are negated,
hoped for, someone else's or given up, by trigger phrases and the rules around
them. Writers the project never saw say such things in ways no list holds:
"Nadia runs the development days and edits the newsletter", "Builds feedback
into the course and supports others into specialisms. Who? Our programme
lead." :class:`OwnershipModel` is a logistic regression over a sentence's words
and pairs of words, fitted (:func:`fit_ownership_model`) on the labelled
statements: those that tell no practice of the trainer's own now against those
that tell the trainer's practice. Its :meth:`~OwnershipModel.log_odds` are the
log-odds that a sentence tells no practice of the trainer's own;
:func:`~trainerframework.profile_text` asks it about each sentence it would
credit, alone and with the sentence after it (which may say whose it is, or
that it is over), and credits nothing where either exceeds
:attr:`~OwnershipModel.threshold` (``ReadingStatus.DOUBTED``).

The bundled model (``data/ownership_model.json``) was fitted on the labelled
statements under ``benchmarks/data`` but the evaluation sets
(``tools/fit_ownership_model.py``).
"""

from __future__ import annotations

import itertools
import json
import math
import os
import random
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .._base._bundled import bundled_text
from .._base._cache import once
from .._base._checks import to_float
from .._base._documents import read_json_file, structure
from ..exceptions import InvalidInputError, Problem
from ._text import tokens

__all__ = ["OwnershipModel", "features", "fit_ownership_model"]

OWNERSHIP_VERSION = 1
DEFAULT_THRESHOLD = 3.0
"""Log-odds above which a sentence is doubted (odds of 20 to 1 that it tells no practice of the
trainer's own). Chosen leaving each labelled set out in turn (``tools/fit_ownership_model.py
--each-set-out``): fewer doubt more of the trainer's own statements, more catch fewer of the others."""


def features(text: str) -> list[str]:
    """A text's words (lower case, as :func:`~._text.tokens` splits them) and pairs of words, each once.

    In the order they first occur, so that a model's sum over them is always taken in one order.
    """
    words = tokens(text)
    return list(dict.fromkeys([*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]))


def _check_finite(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not math.isfinite(value):
        raise InvalidInputError(
            [Problem(f"$.{attribute.name}", f"expected a finite number, found {value!r}")]
        )


def _weights(pairs: Iterable[tuple[str, float]] | Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    """Feature weights as immutable pairs sorted by feature (so equal models compare equal); each finite."""
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    out = []
    for feature, weight in items:
        if not isinstance(feature, str) or not feature.strip():
            raise InvalidInputError([Problem("$.weights", f"expected a feature (words), found {feature!r}")])
        value = to_float(weight)
        if not math.isfinite(value):
            raise InvalidInputError(
                [Problem(f"$.weights[{feature!r}]", f"expected a finite number, found {weight!r}")]
            )
        out.append((feature, value))
    found = sorted(out)
    doubled = next((a for (a, _), (b, _) in itertools.pairwise(found) if a == b), None)
    if doubled is not None:
        raise InvalidInputError([Problem(f"$.weights[{doubled!r}]", "given twice")])
    return tuple(found)


@attrs.frozen(kw_only=True)
class OwnershipModel:
    """Log-odds that a sentence tells no practice of the trainer's own now (a logistic regression).

    Get the bundled one with :meth:`bundled`, fit one with
    :func:`~trainerframework.fit_ownership_model`, and pass it to
    ``Matcher(fw, ownership=...)`` (``ownership=False``: none).
    """

    weights: tuple[tuple[str, float], ...] = attrs.field(converter=_weights)
    """Per feature (a word, or two words with a space between; sorted), its weight."""
    intercept: float = attrs.field(converter=to_float, validator=_check_finite)
    """The log-odds of a sentence with no known feature."""
    threshold: float = attrs.field(default=DEFAULT_THRESHOLD, converter=to_float, validator=_check_finite)
    """Log-odds above which :meth:`doubts` is true."""
    fitted_on: str = ""
    """What it was fitted on (free text, for provenance)."""
    _table: dict[str, float] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_table", dict(self.weights))

    def log_odds(self, text: str) -> float:
        """The intercept plus the weight of each of the text's :func:`features` (unknown ones weigh 0)."""
        get = self._table.get
        return self.intercept + math.fsum([get(f, 0.0) for f in features(text)])

    def doubts(self, text: str) -> bool:
        """Whether the text's :meth:`log_odds` exceed :attr:`threshold`."""
        return self.log_odds(text) > self.threshold

    @classmethod
    def bundled(cls) -> OwnershipModel:
        """The model shipped with the library (``data/ownership_model.json``), built once."""
        return _bundled()

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> OwnershipModel:
        """Read an ownership model file (JSON, as :meth:`to_document` writes it); problems name the file."""
        return cls.from_document(read_json_file(path, "ownership model file"), os.fspath(path))

    @classmethod
    def from_document(cls, data: Any, source: str = "<ownership model>") -> OwnershipModel:
        """Build the model from a parsed ``ownership_model.json`` document.

        Structured by the library's strict document reader (no coercion, no
        unknown keys; its JSON Schema is ``json_schema("ownership-model")``),
        then the version and each weight are checked. Every problem is named
        with its path.
        """
        if not isinstance(data, dict):
            raise InvalidInputError([Problem("$", "expected an object")], source)
        problems = []
        version = data.get("schema_version")
        if type(version) is not int or version != OWNERSHIP_VERSION:  # true == 1 in Python, not in JSON
            problems.append(Problem("$.schema_version", f"expected {OWNERSHIP_VERSION}"))
        from ._formats import OwnershipModelDoc  # noqa: PLC0415 - only a user's model file needs it

        doc, found = structure(data, OwnershipModelDoc)
        problems += [p for p in found if p.path != "$.schema_version"]
        if problems or doc is None:
            raise InvalidInputError(problems, source)
        try:
            return cls(
                weights=doc.weights.items(),
                intercept=doc.intercept,
                threshold=doc.threshold,
                fitted_on=doc.fitted_on,
            )
        except InvalidInputError as exc:
            raise InvalidInputError(exc.problems, source) from None

    def to_document(self) -> dict[str, Any]:
        """The model as a JSON-ready document (the bundled file's format)."""
        return {
            "schema_version": OWNERSHIP_VERSION,
            "intercept": self.intercept,
            "threshold": self.threshold,
            "fitted_on": self.fitted_on,
            "weights": dict(self.weights),
        }


def fit_ownership_model(
    own: Iterable[str],
    others: Iterable[str],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    epochs: int = 15,
    l2: float = 1e-4,
    rate: float = 0.5,
    min_count: int = 2,
    seed: int = 0,
    fitted_on: str = "",
) -> OwnershipModel:
    """Fit an :class:`OwnershipModel`: ``others``, texts of no practice of the trainer's own, against ``own``.

    Logistic regression over each text's :func:`features` present in at least
    ``min_count`` texts, by stochastic gradient descent with AdaGrad steps
    (``rate``) and an L2 penalty (``l2``), ``epochs`` passes over the texts in an
    order shuffled by ``seed``: the same texts give the same model. Weights are
    rounded to 4 places, and those that round to 0 are left out.

    Raises:
        ValueError: a group is empty, or a setting is out of range.
        TypeError: a group holds something other than texts.

    """
    own_texts, other_texts = list(own), list(others)
    for name, group in (("own", own_texts), ("others", other_texts)):
        if not group:
            msg = f"{name} must hold at least one text"
            raise ValueError(msg)
        if not all(isinstance(t, str) for t in group):
            msg = f"{name} must hold texts (str)"
            raise TypeError(msg)
    if (
        epochs < 1
        or min_count < 1
        or not (l2 >= 0 and math.isfinite(l2))
        or not (rate > 0 and math.isfinite(rate))
    ):
        msg = "epochs and min_count must be at least 1, l2 at least 0 and rate above 0"
        raise ValueError(msg)
    rows = [(features(t), 1.0) for t in other_texts] + [(features(t), 0.0) for t in own_texts]
    counts = Counter(f for found, _ in rows for f in found)
    data = [([f for f in found if counts[f] >= min_count], y) for found, y in rows]
    weight: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_squares = 0.0, 1e-8
    order = random.Random(seed)  # noqa: S311 - a seeded order of the texts, not security
    for _ in range(epochs):
        order.shuffle(data)
        for found, y in data:
            z = bias + math.fsum([weight.get(f, 0.0) for f in found])
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else (e := math.exp(z)) / (1.0 + e)
            g = p - y
            for f in found:
                w = weight.get(f, 0.0)
                step = g + l2 * w
                squares[f] = squares.get(f, 1e-8) + step * step
                weight[f] = w - rate * step / math.sqrt(squares[f])
            bias_squares += g * g
            bias -= rate * g / math.sqrt(bias_squares)
    kept = {f: r for f, w in weight.items() if (r := round(w, 4))}
    return OwnershipModel(weights=kept, intercept=round(bias, 4), threshold=threshold, fitted_on=fitted_on)


@once
def _bundled() -> OwnershipModel:
    # Built without the strict reader (its document classes are imported only for a user's file);
    # tests/test_ownership.py checks that from_document gives the same model for the shipped file.
    data = json.loads(bundled_text("ownership_model.json"))
    return OwnershipModel(
        weights=data["weights"].items(),
        intercept=data["intercept"],
        threshold=data["threshold"],
        fitted_on=data["fitted_on"],
    )
