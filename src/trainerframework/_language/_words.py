"""Which category and which stage a statement's words point at, learned from labelled statements.

The lexicon links chosen words and phrases to categories and stages by hand. A
statement also says what it is about, and how far along its author is, through
all its other words ("lesson", "grades", "conference"; "just", "whole",
"colleagues'"), more of them than any hand-made list holds. :class:`WordModel`
is a small multinomial Naive Bayes model of that: for each word stem, in how
many labelled statements of each category, and of each stage, it occurs. The
matcher mixes its posteriors into the category signal (:attr:`WordModel.weight`)
and the stage signal (:attr:`WordModel.stage_weight`).

The bundled model (``data/word_model.json``) was counted on the labelled
statements under ``benchmarks/data`` (``tools/fit_word_model.py``); it
applies to the bundled framework only. Count one for another framework with
:func:`~trainerframework.fit_word_model`.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from .._base._bundled import bundled_text
from .._base._cache import once
from .._base._checks import POSITIVE, UNIT, NumberKind, to_float
from .._base._documents import read_json_file, structure_versioned
from ..exceptions import InvalidInputError, Problem

__all__ = ["WordModel"]

WORDS_VERSION = 1
DEFAULT_ALPHA = 0.5
"""Additive smoothing of the counts by default."""
DEFAULT_WEIGHT = 0.6
"""How much of the category signal the words' posterior makes by default (the rest: lexicon concepts)."""
DEFAULT_STAGE_WEIGHT = 0.2
"""How much of the stage signal the words' posterior makes by default (the rest: lexicon stage cues)."""
_SHRINK = 2.0
"""Pseudo-words of no class: one or two known words move a posterior only part of the way."""
_LINEAR_WORDS = 100
"""Up to this many known words the hot path multiplies probabilities, beyond it it sums
logarithms. Each row's largest value is 1 and the smallest smoothed ratio is about 5e-3, so a
product of 100 rows stays above 1e-240, far from underflow."""


def _check_unit(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    _check(attribute.name, value, UNIT)


def _check_alpha(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    _check(attribute.name, value, POSITIVE)


def _check(name: str, value: float, kind: NumberKind) -> None:
    if not kind.accepts(value):
        raise InvalidInputError([Problem(f"$.{name}", f"expected {kind.expected}, found {value!r}")])


class _Counted(tuple[tuple[str, tuple[int, ...]], ...]):
    """Word counts already in the form :func:`_word_counts` gives.

    The bundled file's, read by :meth:`WordModel._of` (``tests/test_first_use.py`` reads the
    same file strictly).
    """

    __slots__ = ()


def _word_counts(pairs: Iterable[tuple[str, Iterable[int]]]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Word counts as immutable pairs, sorted by stem (so equal models compare equal)."""
    if type(pairs) is _Counted:
        return tuple(pairs)  # a first match builds the bundled model: no count converted twice
    # stems interned, as the stemmer's are: the matcher looks them up by identity
    return tuple(sorted((sys.intern(str(stem)), tuple(map(int, counts))) for stem, counts in pairs))


def _row_maker(
    words: tuple[tuple[str, tuple[int, ...]], ...], alpha: float, *, linear: bool
) -> Callable[[tuple[int, ...]], tuple[float, ...]]:
    """The function from a stem's counts to its row: log P(stem | class), each category then each stage.

    Each class's counts are smoothed over the vocabulary: log(count + alpha) - log(total + alpha * v).
    ``linear``: the row over its largest value, exp(log P - the row's largest log P), worked out
    without logs: P(stem | class) = (count + alpha) / (total + alpha * v), each over the row's
    largest (the same values to within rounding; ``tests/test_first_use.py`` checks them against
    the logs, and the bundled model's matches against its baseline). A smoothing so small that the
    ratios would lose precision or overflow goes the log way.
    """
    v = len(words)
    totals = [sum(column) for column in zip(*(counts for _, counts in words), strict=True)]
    if linear and alpha > _SMALLEST_ALPHA:
        denominators = [t + alpha * v for t in totals]

        def ratios(counts: tuple[int, ...]) -> tuple[float, ...]:
            values = [(n + alpha) / d for n, d in zip(counts, denominators, strict=True)]
            top = max(values)
            return tuple([x / top for x in values])

        return ratios
    logs = [math.log(t + alpha * v) if t + v else 0.0 for t in totals]
    log, exp = math.log, math.exp

    def logged(counts: tuple[int, ...]) -> tuple[float, ...]:
        values = [log(n + alpha) - d for n, d in zip(counts, logs, strict=True)]
        if linear:  # over the row's largest, in logs (a vanishing smoothing)
            top = max(values)
            values = [exp(x - top) for x in values]
        return tuple(values)

    return logged


def _log_rows(
    words: tuple[tuple[str, tuple[int, ...]], ...], alpha: float, *, linear: bool
) -> dict[str, tuple[float, ...]]:
    """Per stem, its row (:func:`_row_maker`), every stem at once.

    Stems with the same counts (most occur once or twice) share one row, worked out once.
    The matcher works out the linear rows one by one, as its statements first ask for them
    (:meth:`WordModel._linear_rows`): the same function, so the same values.
    """
    row_of = _row_maker(words, alpha, linear=linear)
    rows: dict[tuple[int, ...], tuple[float, ...]] = {}
    out: dict[str, tuple[float, ...]] = {}
    for stem, counts in words:
        row = rows.get(counts)
        if row is None:
            row = rows[counts] = row_of(counts)
        out[stem] = row
    return out


_SMALLEST_ALPHA = 1e-200
"""Below this the linear rows are worked out in logs: (0 + alpha) / total would be subnormal (imprecise)
and a count over a total of alpha * v could overflow."""


def _relative(prior: tuple[float, ...], rows: list[tuple[float, ...]]) -> list[float]:
    """The shrunk posterior divided by its largest value (1 for the most likely class)."""
    if not rows:  # the posterior is even: every class alike
        return [1.0] * len(prior)
    return _scaled(list(map(sum, zip(prior, *rows, strict=False))), len(rows))


_NONE = 1e-300
"""A lexicon signal no larger than this is none: over it, its share would overflow (0 * inf)."""


def mixed_signals(lexicon: list[float], words: list[float], mix: float) -> list[float]:
    """The lexicon's signal and the words' (each over its largest value), mixed: ``mix`` the words' share."""
    top = max(lexicon)
    scale = (1.0 - mix) / top if top > _NONE else 0.0
    return [scale * x + mix * w for x, w in zip(lexicon, words, strict=True)]


def _scaled(total: Sequence[float], known: int) -> list[float]:
    """From log scores summed over ``known`` words to the shrunk posterior over its largest value."""
    best = max(total)
    exp = math.exp
    ratio = [exp(x - best) for x in total]
    even = sum(ratio) * _SHRINK / len(ratio)
    # posterior = (known * ratio / sum + shrink / k) / (known + shrink); over its maximum:
    return [(known * r + even) / (known + even) for r in ratio]


@attrs.frozen(kw_only=True)
class WordModel:
    """Word stems counted per category and per stage over labelled statements (Naive Bayes).

    Build one with :func:`~trainerframework.fit_word_model`, get the bundled
    one with :meth:`bundled`, and pass it to ``Matcher(fw, word_model=...)``.
    """

    framework_id: str
    """The id of the framework whose categories and stages it counts."""
    categories: tuple[str, ...] = attrs.field(converter=tuple[str, ...])
    """The category ids, in the framework's order."""
    stages: tuple[str, ...] = attrs.field(converter=tuple[str, ...])
    """The stage ids, lowest first."""
    statements: tuple[int, ...] = attrs.field(converter=tuple[int, ...])
    """How many labelled statements of each category, then of each stage, were counted."""
    words: tuple[tuple[str, tuple[int, ...]], ...] = attrs.field(converter=_word_counts)
    """Per word stem (sorted), in how many statements of each category, then each stage, it occurs."""
    alpha: float = attrs.field(default=DEFAULT_ALPHA, converter=to_float, validator=_check_alpha)
    """Additive smoothing of the counts."""
    weight: float = attrs.field(default=DEFAULT_WEIGHT, converter=to_float, validator=_check_unit)
    """The share of the matcher's category signal that the words make (0: none)."""
    stage_weight: float = attrs.field(default=DEFAULT_STAGE_WEIGHT, converter=to_float, validator=_check_unit)
    """The share of the matcher's stage signal that the words make (0: none)."""
    fitted_on: str = ""
    """What it was counted on (free text, for provenance)."""
    _log: dict[str, tuple[float, ...]] | None = attrs.field(
        init=False, default=None, repr=False, eq=False, hash=False
    )
    """The log rows (:meth:`_logs`), worked out when first asked for: matching reads the linear ones."""
    _prior: tuple[float, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _counts: dict[str, tuple[int, ...]] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _linear: dict[tuple[int, ...], tuple[float, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )
    """The linear rows worked out so far, by counts (stems with the same counts share one)."""
    _linear_row: Callable[[tuple[int, ...]], tuple[float, ...]] | None = attrs.field(
        init=False, default=None, repr=False, eq=False, hash=False
    )
    _linear_prior: tuple[float, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        k = len(self.categories) + len(self.stages)
        problems = []
        if len(self.statements) != k:
            problems.append(Problem("$.statements", f"expected {k} counts, one per category and stage"))
        bad = [stem for stem, counts in self.words if len(counts) != k]
        if bad:
            problems.append(Problem(f"$.words.{bad[0]}", f"expected {k} counts, one per category and stage"))
        if any(n < 0 for n in self.statements) or min((min(c) for _, c in self.words if c), default=0) < 0:
            problems.append(Problem("$", "counts must be 0 or more"))
        if problems:
            raise InvalidInputError(problems, "<word model>")
        # per stem, one row: P(stem | category) for each category, then for each stage, in linear
        # space over the row's largest value: the hot path multiplies (the log rows: _logs). Each
        # row is worked out when a statement first has its stem: a first match needs a few, not
        # the vocabulary's (about 2 ms for the bundled model's 2,100 stems)
        prior = tuple(math.log(n + 1) for n in self.statements)
        object.__setattr__(self, "_prior", prior)
        object.__setattr__(self, "_counts", dict(self.words))
        object.__setattr__(self, "_linear", {})
        object.__setattr__(self, "_linear_prior", _over_largest(prior))

    @classmethod
    def bundled(cls) -> WordModel:
        """The model counted on the project's labelled statements, for the bundled framework (cached)."""
        return _bundled()

    def fits(self, category_ids: Iterable[str], framework_id: str, stage_ids: Iterable[str] = ()) -> bool:
        """Whether it counts exactly these categories (and, if given, stages) of this framework."""
        stages = tuple(stage_ids)
        return (
            self.framework_id == framework_id
            and self.categories == tuple(category_ids)
            and (not stages or self.stages == stages)
        )

    def _logs(self) -> dict[str, tuple[float, ...]]:
        """Per stem, log P(stem | category) for each category, then for each stage (worked out once)."""
        log = self._log
        if log is None:  # two threads may both work it out: the same values, either kept
            log = _log_rows(self.words, self.alpha, linear=False)
            object.__setattr__(self, "_log", log)
        return log

    def _linear_rows(self, counted: list[tuple[int, ...]]) -> list[tuple[float, ...]]:
        """The linear row of each of these counts (a stem's), worked out the first time it is asked for.

        Two threads may both work one out: the same values, either kept.
        """
        known = self._linear
        rows = list(map(known.get, counted))
        if None not in rows:
            return rows  # type: ignore[return-value]
        row_of = self._linear_row
        if row_of is None:
            row_of = _row_maker(self.words, self.alpha, linear=True)
            object.__setattr__(self, "_linear_row", row_of)
        out = []
        for found, counts in zip(rows, counted, strict=True):
            if found is None:
                found = known[counts] = row_of(counts)  # noqa: PLW2901 - the row worked out
            out.append(found)
        return out

    def _rows(self, stems: Iterable[str]) -> list[tuple[float, ...]]:
        # in order: sums repeat exactly
        return list(filter(None, map(self._logs().get, dict.fromkeys(stems))))

    def posterior(self, stems: Iterable[str]) -> tuple[float, ...]:
        """The probability of each category given a statement's word stems.

        Unknown stems are ignored, and the Naive Bayes posterior is shrunk
        toward all categories alike by two pseudo-words, so a statement with
        one or two known words does not point firmly anywhere.
        """
        nc = len(self.categories)
        return _normalised(_relative(self._prior[:nc], [r[:nc] for r in self._rows(stems)]))

    def stage_posterior(self, stems: Iterable[str]) -> tuple[float, ...]:
        """The probability of each stage (lowest first) given a statement's stems, as :meth:`posterior`."""
        nc = len(self.categories)
        return _normalised(_relative(self._prior[nc:], [r[nc:] for r in self._rows(stems)]))

    def _relatives(self, stems: Iterable[str]) -> tuple[list[float], list[float]]:
        """:meth:`posterior` and :meth:`stage_posterior`, each over its largest value.

        The matcher's hot path: one look-up per stem and one sum for both.
        """
        nc = len(self.categories)
        rows = self._rows(stems)
        if not rows:
            return [1.0] * nc, [1.0] * len(self.stages)
        total: list[float] = list(map(sum, zip(self._prior, *rows, strict=False)))  # a value per class
        known = len(rows)
        return _scaled(total[:nc], known), _scaled(total[nc:], known)

    def _mix(
        self, concepts: list[float], cues: list[float], unique_stems: Iterable[str]
    ) -> tuple[list[float], list[float]]:
        """The matcher's category and stage signals, the lexicon's and the words' mixed.

        ``concepts`` (one per category, any scale) and ``cues`` (one per stage, of three)
        and the two posteriors are each taken over their largest value, then
        mixed by :attr:`weight` and :attr:`stage_weight`. ``unique_stems`` holds
        each stem once. The matcher's hot path: one look-up per stem, products
        in linear space (a long text's many words go the log way instead).
        Kept equal (to 1e-9) to :meth:`_relatives` then :func:`mixed_signals` by
        ``tests/test_hot_paths.py::TestWordModelMix``: change both or neither.
        """
        nc = len(self.categories)
        rows = self._linear_rows(list(filter(None, map(self._counts.get, unique_stems))))
        known = len(rows)
        mix, stage_mix = self.weight, self.stage_weight
        if not rows:  # both posteriors even
            flat = [1.0] * len(cues)
            return mixed_signals(concepts, [1.0] * nc, mix), mixed_signals(
                cues, flat, stage_mix
            ) if stage_mix else cues
        if known > _LINEAR_WORDS:
            by_category, by_stage = self._relatives(unique_stems)
            return mixed_signals(concepts, by_category, mix), mixed_signals(cues, by_stage, stage_mix)
        top, top_cue = max(concepts), max(cues)
        lexicon = (1.0 - mix) / top if top > _NONE else 0.0
        lexicon_cue = (1.0 - stage_mix) / top_cue if top_cue > _NONE else 0.0
        products = list(map(math.prod, zip(self._linear_prior, *rows, strict=False)))  # a value per class
        # each posterior over its largest value: (known * p / best + even) / (known + even), with
        # even = shrink * sum(p / best) / classes, the pseudo-words spread over every class
        part = products[:nc]
        inverse = 1.0 / max(part)
        even = sum(part) * inverse * _SHRINK / nc
        scale = mix / (known + even)
        base = even * scale
        scale *= known * inverse
        mixed = [lexicon * x + p * scale + base for x, p in zip(concepts, part, strict=True)]
        if not stage_mix:  # the stage signal is the lexicon's alone
            return mixed, cues
        # three stages, one per cue rank (the scorer spreads other counts with _relatives):
        # written out, the hot path's three values cost less than a comprehension
        p1, p2, p3 = products[nc:]
        x1, x2, x3 = cues
        inverse = 1.0 / max(p1, p2, p3)
        even = (p1 + p2 + p3) * inverse * _SHRINK / 3
        scale = stage_mix / (known + even)
        base = even * scale
        scale *= known * inverse
        return mixed, [
            lexicon_cue * x1 + p1 * scale + base,
            lexicon_cue * x2 + p2 * scale + base,
            lexicon_cue * x3 + p3 * scale + base,
        ]

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> WordModel:
        """Read a word model file (JSON, as :meth:`to_document` writes it); problems name the file."""
        return cls.from_document(read_json_file(path, "word model file"), os.fspath(path))

    @classmethod
    def from_document(cls, data: Any, source: str = "<word model>") -> WordModel:
        """Build the model from a parsed ``word_model.json`` document.

        Structured by the library's strict document reader (no coercion, no
        unknown keys; its JSON Schema is ``json_schema("word-model")``), then the
        version is checked, and the model itself checks what a type cannot say:
        one count per category and stage in ``statements`` and in each word's
        row. Every problem is named with its path.
        """
        from ._formats import WordModelDoc  # noqa: PLC0415 - only a user's word model file needs it

        doc = structure_versioned(data, WordModelDoc, WORDS_VERSION, source)
        try:
            return cls(
                framework_id=doc.framework,
                categories=doc.categories,
                stages=doc.stages,
                statements=doc.statements,
                words=doc.words.items(),
                alpha=doc.alpha,
                weight=doc.weight,
                stage_weight=doc.stage_weight,
                fitted_on=doc.fitted_on,
            )
        except InvalidInputError as exc:
            raise InvalidInputError(exc.problems, source) from None

    @classmethod
    def _of(cls, data: dict[str, Any]) -> WordModel:
        """The model of a document whose keys and counts are checked (by :meth:`from_document`)."""
        return cls(
            framework_id=data["framework"],
            categories=data["categories"],
            stages=data["stages"],
            statements=data["statements"],
            words=_Counted(sorted((sys.intern(s), tuple(counts)) for s, counts in data["words"].items())),
            alpha=data.get("alpha", DEFAULT_ALPHA),
            weight=data.get("weight", DEFAULT_WEIGHT),
            stage_weight=data.get("stage_weight", DEFAULT_STAGE_WEIGHT),
            fitted_on=str(data.get("fitted_on", "")),
        )

    def to_document(self) -> dict[str, Any]:
        """The model as a JSON-ready document (the bundled file's format)."""
        return {
            "schema_version": WORDS_VERSION,
            "framework": self.framework_id,
            "categories": list(self.categories),
            "stages": list(self.stages),
            "statements": list(self.statements),
            "alpha": self.alpha,
            "weight": self.weight,
            "stage_weight": self.stage_weight,
            "fitted_on": self.fitted_on,
            "words": {stem: list(counts) for stem, counts in self.words},
        }


def _over_largest(row: tuple[float, ...]) -> tuple[float, ...]:
    """A row of log values as linear values over the largest (the largest becomes 1)."""
    top = max(row)
    return tuple(math.exp(x - top) for x in row)


def _normalised(values: list[float]) -> tuple[float, ...]:
    total = sum(values) or 1.0
    return tuple(v / total for v in values)


@once
def _bundled() -> WordModel:
    # The shipped document is built without checking each count (start-up cost);
    # tests/test_first_use.py checks that from_document gives the same model for it.
    return WordModel._of(json.loads(bundled_text("word_model.json")))
