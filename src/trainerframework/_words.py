"""Which category a statement's words point at, learned from labelled statements.

The lexicon links chosen words and phrases to categories by hand. A statement
also says which category it is about through all its other words ("lesson",
"colleagues", "grades", "conference"), more of them than any hand-made list
holds. :class:`CategoryWords` is a small multinomial Naive Bayes model of that:
for each word stem, in how many labelled statements of each category it
occurs. The matcher mixes its posterior over categories into the category
signal (:attr:`CategoryWords.weight`).

The bundled model (``data/category_words.json``) was counted on the labelled
statements under ``benchmarks/data`` (``scripts/fit_category_words.py``); it
applies to the bundled framework only. Fit one for another framework with
:func:`~trainerframework.fit_category_words`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

import attrs

from ._cache import once
from .exceptions import InvalidInputError, Problem

__all__ = ["CategoryWords"]

WORDS_VERSION = 1
DEFAULT_WEIGHT = 0.6
_SHRINK = 2.0
"""Pseudo-words of no category: one or two known words move the posterior only part of the way."""
"""How much of the category signal the words' posterior makes by default (the rest: lexicon concepts)."""


def _check_unit(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        msg = f"{attribute.name} must be from 0 to 1, not {value!r}"
        raise ValueError(msg)


def _check_alpha(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (value > 0.0 and math.isfinite(value)):
        msg = f"{attribute.name} must be a positive number, not {value!r}"
        raise ValueError(msg)


def _word_counts(pairs: Iterable[tuple[str, Iterable[int]]]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Word counts as immutable pairs, sorted by stem (so equal models compare equal)."""
    return tuple(sorted((str(stem), tuple(int(n) for n in counts)) for stem, counts in pairs))


@attrs.frozen(kw_only=True)
class CategoryWords:
    """Word stems counted per category over labelled statements: a Naive Bayes category model.

    Build one with :func:`~trainerframework.fit_category_words`, get the
    bundled one with :meth:`bundled`, and pass it to
    ``Matcher(fw, category_words=...)``.
    """

    framework_id: str
    """The id of the framework whose categories it counts."""
    categories: tuple[str, ...] = attrs.field(converter=tuple[str, ...])
    """The category ids, in the framework's order."""
    statements: tuple[int, ...] = attrs.field(converter=tuple[int, ...])
    """How many labelled statements of each category were counted."""
    words: tuple[tuple[str, tuple[int, ...]], ...] = attrs.field(converter=_word_counts)
    """Per word stem (sorted), in how many statements of each category it occurs."""
    alpha: float = attrs.field(default=0.5, converter=float, validator=_check_alpha)
    """Additive smoothing of the counts."""
    weight: float = attrs.field(default=DEFAULT_WEIGHT, converter=float, validator=_check_unit)
    """The share of the matcher's category signal that this model makes (0 switches it off)."""
    fitted_on: str = ""
    """What it was counted on (free text, for provenance)."""
    _log: dict[str, tuple[float, ...]] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _prior: tuple[float, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        k = len(self.categories)
        problems = []
        if len(self.statements) != k:
            problems.append(Problem("$.statements", f"expected {k} counts, one per category"))
        bad = [stem for stem, counts in self.words if len(counts) != k]
        if bad:
            problems.append(Problem(f"$.words.{bad[0]}", f"expected {k} counts, one per category"))
        if any(n < 0 for n in self.statements) or any(n < 0 for _, c in self.words for n in c):
            problems.append(Problem("$", "counts must be 0 or more"))
        if problems:
            raise InvalidInputError(problems, "<category words>")
        # the log-likelihood of each word per category, and the log prior, computed once
        totals = [sum(c[i] for _, c in self.words) for i in range(k)]
        v = len(self.words)
        denominators = [math.log(t + self.alpha * v) if t + v else 0.0 for t in totals]
        log = {
            stem: tuple(math.log(n + self.alpha) - d for n, d in zip(counts, denominators, strict=True))
            for stem, counts in self.words
        }
        prior = tuple(math.log(n + 1) for n in self.statements)
        object.__setattr__(self, "_log", log)
        object.__setattr__(self, "_prior", prior)

    @classmethod
    def bundled(cls) -> CategoryWords:
        """The model counted on the project's labelled statements, for the bundled framework (cached)."""
        return _bundled()

    def fits(self, category_ids: Iterable[str], framework_id: str) -> bool:
        """Whether it counts exactly these categories of this framework."""
        return self.framework_id == framework_id and self.categories == tuple(category_ids)

    def posterior(self, stems: Iterable[str]) -> tuple[float, ...]:
        """The probability of each category given a statement's word stems.

        Unknown stems are ignored, and the Naive Bayes posterior is shrunk
        toward all categories alike by two pseudo-words, so a statement with
        one or two known words does not point firmly anywhere.
        """
        rows = list(filter(None, map(self._log.get, dict.fromkeys(stems))))  # in order: sums repeat exactly
        total = list(map(sum, zip(self._prior, *rows, strict=True))) if rows else list(self._prior)
        k = len(total)
        known = len(rows)
        top = max(total, default=0.0)
        exp = [math.exp(x - top) for x in total]
        z = (sum(exp) or 1.0) * (known + _SHRINK)
        # a statement with few known words says little: shrink toward every category alike
        even = _SHRINK / k / (known + _SHRINK) if k else 0.0
        return tuple(known * x / z + even for x in exp)

    def _mixed(self, concepts: list[float], stems: Iterable[str]) -> list[float]:
        """The matcher's category signal: the lexicon's and the words', mixed by :attr:`weight`.

        ``concepts`` (any scale) and :meth:`posterior` are each divided by
        their largest value first. The matcher's hot path: one pass, no tuple.
        """
        top = max(concepts, default=0.0)
        lexicon = (1.0 - self.weight) / top if top else 0.0
        rows = list(filter(None, map(self._log.get, stems)))
        if not rows:  # the posterior is even: every category alike
            return [lexicon * x + self.weight for x in concepts]
        total = list(map(sum, zip(self._prior, *rows, strict=False)))  # every row has one count per category
        best = max(total)
        exp = math.exp
        ratio = [exp(x - best) for x in total]
        known = len(rows)
        even = sum(ratio) * _SHRINK / len(ratio)
        # posterior / its largest value = (known * ratio + even) / (known + even)
        scale = self.weight / (known + even)
        return [lexicon * x + (known * r + even) * scale for x, r in zip(concepts, ratio, strict=True)]

    @classmethod
    def from_document(cls, data: Any, source: str = "<category words>") -> CategoryWords:
        """Build the model from a parsed ``category_words.json`` document."""
        if not isinstance(data, dict):
            raise InvalidInputError([Problem("$", "expected an object")], source)
        problems = []
        if data.get("schema_version") != WORDS_VERSION:
            problems.append(Problem("$.schema_version", f"expected {WORDS_VERSION}"))
        expected: tuple[tuple[str, type, str], ...] = (
            ("framework", str, "a string"),
            ("categories", list, "a list of category ids"),
            ("statements", list, "a list of counts"),
            ("words", dict, "an object of word stems and counts"),
        )
        problems += [
            Problem(f"$.{key}", f"expected {what}")
            for key, kind, what in expected
            if not isinstance(data.get(key), kind)
        ]
        if problems:
            raise InvalidInputError(problems, source)
        try:
            return cls(
                framework_id=data["framework"],
                categories=data["categories"],
                statements=data["statements"],
                words=sorted(data["words"].items()),
                alpha=data.get("alpha", 0.5),
                weight=data.get("weight", DEFAULT_WEIGHT),
                fitted_on=str(data.get("fitted_on", "")),
            )
        except InvalidInputError as exc:
            raise InvalidInputError(exc.problems, source) from None
        except (TypeError, ValueError) as exc:
            raise InvalidInputError([Problem("$", str(exc))], source) from None

    def to_document(self) -> dict[str, Any]:
        """The model as a JSON-ready document (the bundled file's format)."""
        return {
            "schema_version": WORDS_VERSION,
            "framework": self.framework_id,
            "categories": list(self.categories),
            "statements": list(self.statements),
            "alpha": self.alpha,
            "weight": self.weight,
            "fitted_on": self.fitted_on,
            "words": {stem: list(counts) for stem, counts in self.words},
        }


@once
def _bundled() -> CategoryWords:
    from importlib.resources import files  # noqa: PLC0415 - works from a zip archive too

    text = files(__package__).joinpath("data", "category_words.json").read_text(encoding="utf-8")
    return CategoryWords.from_document(json.loads(text), "<bundled category_words.json>")
