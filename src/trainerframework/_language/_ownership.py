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
:func:`~trainerframework.profile_text` asks it about each piece of a
narrative it would credit, alone and with the next piece where that one
tells no practice of its own (it may say whose the practice is, or that it is
over), and credits nothing where either exceeds
:attr:`~OwnershipModel.threshold` (``ReadingStatus.DOUBTED``).

The bundled model (``data/ownership_model.json``) was fitted on the labelled
statements under ``benchmarks/data`` except the evaluation sets
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
from .._base._checks import NumberKind
from .._base._documents import describe, member, read_json_file, structure_versioned
from ..exceptions import InvalidInputError, Problem
from ._text import tokens

__all__ = ["OwnershipModel", "features", "fit_ownership_model"]

OWNERSHIP_VERSION = 1
DEFAULT_THRESHOLD = 1.0
"""Log-odds above which a sentence is doubted (odds of e, about 2.7, to 1 that it tells no practice
of the trainer's own). Chosen leaving each labelled set out in turn (``tools/fit_ownership_model.py
--each-set-out``), on the sets that were never read for a rule: from 2.5 down to 1.0 they have more
of the others' statements caught (0.131 to 0.099 above the real stage) and no more of the trainer's
own doubted; the read sets have 21 of their 1,730 own statements doubted, not 11; below 1.0,
narratives lost exact stages (docs/matching.md, "A learned second reader"). The bundled model is
read at 0.0 since 2026-12-07, when the not-own statements' sentences of the trainer's own joined its
fit (``tools/fit_ownership_model.py``, ``THRESHOLD``); a model fitted with this function keeps 1.0
unless told otherwise."""


def features(text: str) -> list[str]:
    """A text's words (lower case, as :func:`~._text.tokens` splits them) and pairs of words, each once.

    In the order they first occur, so that a model's sum over them is always taken in one order.
    """
    words = tokens(text)
    return list(dict.fromkeys([*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]))


LOG_ODDS = NumberKind("a number from -1000000 to 1000000", low=-1e6, high=1e6)
"""A weight, intercept or threshold: finite, and small enough that no sum of them overflows."""


def _number(path: str, value: object) -> float:
    """``value`` as a float where it is a :data:`LOG_ODDS` number (not a bool or a string); else a problem."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInputError([Problem(path, f"expected a number, found {describe(value)}")])
    if not LOG_ODDS.accepts(value):
        raise InvalidInputError([Problem(path, f"expected {LOG_ODDS.expected}, found {value!r}")])
    return float(value)


def _intercept(value: object) -> float:
    return _number("$.intercept", value)


def _threshold(value: object) -> float:
    return _number("$.threshold", value)


def _check_text(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidInputError(
            [Problem(f"$.{attribute.name}", f"expected a string, found {describe(value)}")]
        )


def _count_weights(weights: tuple[tuple[str, float], ...]) -> str:
    """The weights in a repr: how many (the bundled model has some 15,000)."""
    return f"<{len(weights)} weights>"


class _Checked(tuple[tuple[str, float], ...]):
    """Weights already in the form :func:`_weights` gives: the shipped file's, read by :func:`_bundled`.

    ``tests/test_ownership.py`` reads the same file strictly and compares.
    """

    __slots__ = ()


def _weights(pairs: object) -> tuple[tuple[str, float], ...]:
    """Feature weights as immutable pairs sorted by feature (so equal models compare equal), each checked.

    A feature is one word or two, as :meth:`OwnershipModel.features` gives them (lower case, no punctuation:
    "my manager", not "My manager" or "don't", which could never be found); its weight a
    :data:`LOG_ODDS` number.
    """
    if type(pairs) is _Checked:
        return tuple(pairs)  # the shipped file: 15,000 features not checked again at a first profile
    if isinstance(pairs, Mapping):
        items: Iterable[object] = pairs.items()
    elif isinstance(pairs, Iterable) and not isinstance(pairs, str | bytes):
        items = pairs
    else:
        raise InvalidInputError(
            [Problem("$.weights", f"expected a table of feature weights, found {describe(pairs)}")]
        )
    out: dict[str, float] = {}
    problems = []
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2):
            problems.append(Problem("$.weights", f"expected (feature, weight) pairs, found {item!r}"))
            continue
        feature, weight = item
        if not isinstance(feature, str):
            problems.append(Problem("$.weights", f"expected a feature (a string), found {describe(feature)}"))
            continue
        path = member("$.weights", feature)
        if not (0 < len(words := tokens(feature)) <= 2 and " ".join(words) == feature):
            shown = " ".join(words)
            hint = f" ({shown!r})" if 0 < len(words) <= 2 else ""
            problems.append(
                Problem(
                    path,
                    "expected one word or two as OwnershipModel.features gives them"
                    f" (lower case, apostrophes dropped, no marks){hint}",
                )
            )
        elif feature in out:
            problems.append(Problem(path, "given twice"))
        else:
            try:
                out[feature] = _number(path, weight)
            except InvalidInputError as exc:
                problems += exc.problems
    if problems:
        raise InvalidInputError(problems)
    return tuple(sorted(out.items()))


@attrs.frozen(kw_only=True)
class OwnershipModel:
    """Log-odds that a sentence tells no practice of the trainer's own now (a logistic regression).

    Get the bundled one with :meth:`bundled`, fit one with
    :func:`~trainerframework.fit_ownership_model`, and pass it to
    ``Matcher(fw, ownership=...)`` (``ownership=False``: none).
    """

    weights: tuple[tuple[str, float], ...] = attrs.field(converter=_weights, repr=_count_weights)
    """Per feature, its weight, sorted by feature. A feature is a word, or two words with a space
    between, as :meth:`OwnershipModel.features` gives them (lower case, apostrophes dropped: "dont")."""
    intercept: float = attrs.field(converter=_intercept)
    """The log-odds of a sentence with no known feature."""
    threshold: float = attrs.field(default=DEFAULT_THRESHOLD, converter=_threshold)
    """Log-odds above which :meth:`doubts` is true."""
    fitted_on: str = attrs.field(default="", validator=_check_text)
    """What it was fitted on (free text, for provenance)."""
    _table: dict[str, float] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_table", dict(self.weights))

    @staticmethod
    def features(text: str) -> list[str]:
        """A text's words and pairs of words, each once, in the order they first occur: what is weighed.

        Words are lower case, split at white space and punctuation, apostrophes dropped
        ("trainer's" is "trainers", "don't" is "dont"); a pair is two words with a space between.

        >>> OwnershipModel.features("My manager's course")
        ['my', 'managers', 'course', 'my managers', 'managers course']
        """
        return features(text)

    def log_odds(self, text: str) -> float:
        """The intercept plus the weight of each of the text's :meth:`features` (unknown ones weigh 0).

        Raises:
            TypeError: ``text`` is not a str.

        """
        if not isinstance(text, str):
            msg = f"text must be a str, not {type(text).__name__}"
            raise TypeError(msg)
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
        from ._formats import OwnershipModelDoc  # noqa: PLC0415 - only a user's model file needs it

        doc = structure_versioned(data, OwnershipModelDoc, OWNERSHIP_VERSION, source)
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


_MOST_RATE = 10.0
"""The largest AdaGrad step size :func:`fit_ownership_model` takes (0.5 by default)."""
_MOST_L2 = 1.0
"""The largest L2 penalty it takes (1e-4 by default)."""


def fit_ownership_model(
    own: Iterable[str],
    others: Iterable[str],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    epochs: int = 15,
    l2: float = 1e-4,
    rate: float = 0.5,
    min_count: int = 2,
    seeds: int = 5,
    fitted_on: str = "",
) -> OwnershipModel:
    """Fit an :class:`OwnershipModel`: ``others``, texts of no practice of the trainer's own, against ``own``.

    Logistic regression over each text's :meth:`OwnershipModel.features` present in at least
    ``min_count`` texts, by stochastic gradient descent with AdaGrad steps
    (``rate``) and an L2 penalty (``l2``), ``epochs`` passes over the texts. One
    run's weights depend on the order it takes the texts in, by a few log-odds on
    a sentence; the model is the mean of ``seeds`` runs, each over the texts
    sorted and then shuffled by its seed (0, 1, ...), so the same texts in any
    order give the same model. Weights are rounded to 4 places, and those that
    round to 0 are left out.

    Raises:
        TypeError: a group is not a collection of texts, or a setting is of the wrong type.
        ValueError: a group is empty, a setting is out of range, or the fit diverged (a
            ``rate`` too high).

    """
    groups = {}
    for name, group in (("own", own), ("others", others)):
        if isinstance(group, str | bytes) or not isinstance(group, Iterable):
            msg = f"{name} must be a collection of texts, not {type(group).__name__}"
            raise TypeError(msg)
        texts = list(group)
        if not all(isinstance(t, str) for t in texts):
            msg = f"{name} must hold texts (str)"
            raise TypeError(msg)
        if not texts:
            msg = f"{name} must hold at least one text"
            raise ValueError(msg)
        groups[name] = sorted(texts)
    for name, setting in (("epochs", epochs), ("min_count", min_count), ("seeds", seeds)):
        if isinstance(setting, bool) or not isinstance(setting, int):
            msg = f"{name} must be an int, not {type(setting).__name__}"
            raise TypeError(msg)
    for name, number in (("threshold", threshold), ("l2", l2), ("rate", rate)):
        if isinstance(number, bool) or not isinstance(number, int | float):
            msg = f"{name} must be a number, not {type(number).__name__}"
            raise TypeError(msg)
    if not isinstance(fitted_on, str):
        msg = f"fitted_on must be a str, not {type(fitted_on).__name__}"
        raise TypeError(msg)
    if epochs < 1 or min_count < 1 or seeds < 1:
        msg = f"epochs, min_count and seeds must be at least 1, not {epochs}, {min_count} and {seeds}"
        raise ValueError(msg)
    for name, number, fits, expected in (
        ("l2", l2, 0 <= l2 <= _MOST_L2, f"from 0 to {_MOST_L2:g}"),
        ("rate", rate, 0 < rate <= _MOST_RATE, f"above 0 and at most {_MOST_RATE:g}"),
        ("threshold", threshold, LOG_ODDS.accepts(threshold), LOG_ODDS.expected),
    ):
        if not fits:
            msg = f"{name} must be {expected}, not {number!r}"
            raise ValueError(msg)
    rows = [(features(t), 1.0) for t in groups["others"]] + [(features(t), 0.0) for t in groups["own"]]
    counts = Counter(f for found, _ in rows for f in found)
    data = [([f for f in found if counts[f] >= min_count], y) for found, y in rows]
    if not any(found for found, _ in data):
        msg = f"no word is in {min_count} texts or more: nothing to weigh (a lower min_count?)"
        raise ValueError(msg)
    runs = [_descend(data, epochs, l2, rate, seed) for seed in range(seeds)]
    total: dict[str, float] = {}
    for weight, _ in runs:
        for f, w in weight.items():
            total[f] = total.get(f, 0.0) + w
    bias = math.fsum(b for _, b in runs) / seeds
    mean = {f: w / seeds for f, w in total.items()}
    if not all(LOG_ODDS.accepts(w) for w in (bias, *mean.values())):
        msg = f"the fit diverged (a weight beyond {LOG_ODDS.expected}): try a lower rate than {rate!r}"
        raise ValueError(msg)
    kept = {f: r for f, w in mean.items() if (r := round(w, 4))}
    return OwnershipModel(weights=kept, intercept=round(bias, 4), threshold=threshold, fitted_on=fitted_on)


def _descend(
    rows: list[tuple[list[str], float]], epochs: int, l2: float, rate: float, seed: int
) -> tuple[dict[str, float], float]:
    """One run of stochastic gradient descent: the weights and the intercept.

    ``epochs`` passes over ``rows`` (features, 1 for others or 0 for own), in an order
    shuffled by ``seed``, each step an AdaGrad step of size ``rate`` with an L2 penalty
    ``l2``. A weight the arithmetic takes beyond any float is left for the caller to refuse.
    """
    data = list(rows)
    weight: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_squares = 0.0, 1e-8
    order = random.Random(seed)  # noqa: S311 - a seeded order of the texts, not security
    exp, sqrt = math.exp, math.sqrt
    for _ in range(epochs):
        order.shuffle(data)
        for found, y in data:
            z = bias + math.fsum([weight.get(f, 0.0) for f in found])
            if not math.isfinite(z):
                return weight, z  # diverged: refused by the caller
            p = 1.0 / (1.0 + exp(-z)) if z >= 0 else (e := exp(z)) / (1.0 + e)
            g = p - y
            for f in found:
                w = weight.get(f, 0.0)
                step = g + l2 * w
                squares[f] = squares.get(f, 1e-8) + step * step
                weight[f] = w - rate * step / sqrt(squares[f])
            bias_squares += g * g
            bias -= rate * g / sqrt(bias_squares)
    return weight, bias


@once
def _bundled() -> OwnershipModel:
    # Built without the strict reader (its document classes are imported only for a user's file);
    # tests/test_ownership.py checks that from_document gives the same model for the shipped file.
    data = json.loads(bundled_text("ownership_model.json"))
    return OwnershipModel(
        weights=_Checked(sorted(data["weights"].items())),
        intercept=data["intercept"],
        threshold=data["threshold"],
        fitted_on=data["fitted_on"],
    )
