"""Profiling rules: when a stage counts as attained, and how evidence combines.

The defaults, in one place (see the "How profiling works" page):

- a judgement earns credit 1 (met), ``partly_weight`` = 0.5 (partly) or 0 (not met);
- a stage is attained in a component (or a category overview) when the
  credit earned at that stage, divided by the number of that stage's
  descriptors, reaches ``threshold`` = 0.6; descriptors without evidence
  earn nothing;
- stages are cumulative: a stage counts only when every lower stage is
  attained too;
- a category's score at each stage is the higher of its overview score and
  the mean score of its components (components without evidence score 0);
  a category without components uses its overview alone;
- at least ``min_evidence`` = 1 judged descriptor is needed before a stage is
  given at all;
- several judgements of one descriptor combine by the ``latest`` rule: only
  the most recent dated judgements count (undated ones count only when none
  is dated), and their credits are averaged, weighted by confidence and by
  the weight of their source (1 unless ``source_weights`` says otherwise).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import TypeVar

import attrs

from .._base._checks import UNIT, UNIT_OPEN
from ..exceptions import InvalidRulesError

__all__ = ["Aggregation", "Combine", "Progression", "Rules"]


class Progression(enum.Enum):
    """How stages build on each other."""

    CUMULATIVE = "cumulative"
    """A stage counts only when every lower stage is attained too (default)."""
    INDEPENDENT = "independent"
    """The highest attained stage counts, whatever the lower stages."""


class Aggregation(enum.Enum):
    """How a category's stage is derived from its overview and its components."""

    OVERVIEW_OR_COMPONENTS = "overview_or_components"
    """Per stage, the higher of the overview score and the mean score of the
    components (default). The overview and the component grid describe the
    same competence at two grains, so either can evidence a stage. Adding a
    "met" judgement never lowers a category's stage."""
    POOLED = "pooled"
    """Pool every descriptor of the category: larger components weigh more.
    Adding a "met" judgement never lowers a stage."""
    MEAN_OF_PARTS = "mean_of_parts"
    """Average the scores of the parts (overview, components) that have
    evidence. Evidence in a new part can lower the category's stage."""
    LOWEST_PART = "lowest_part"
    """The lowest stage among the parts with evidence (most conservative).
    Evidence in a new part can lower the category's stage."""


class Combine(enum.Enum):
    """How several judgements of one descriptor become one credit."""

    LATEST = "latest"
    """Weighted mean of the most recent judgements (default)."""
    MEAN = "mean"
    """Weighted mean of every judgement."""
    LOWEST = "lowest"
    """The lowest credit any source gave (most conservative)."""
    HIGHEST = "highest"
    """The highest credit any source gave (most generous)."""


def _check_unit(name: str, value: object, *, low_open: bool) -> None:
    kind = UNIT_OPEN if low_open else UNIT
    if not kind.accepts(value):
        msg = f"invalid {name} {value!r}: expected {kind.expected}"
        raise InvalidRulesError(msg)


def _unit(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    """A number from 0 to 1 (NaN is not one)."""
    _check_unit(attribute.name, value, low_open=False)


def _unit_open(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    """A number in (0, 1]."""
    _check_unit(attribute.name, value, low_open=True)


def _weights(value: Mapping[str, float] | Iterable[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Mapping | Iterable):
        msg = f"invalid source weights {value!r}: expected a mapping of source names to numbers >= 0"
        raise InvalidRulesError(msg)
    pairs = value.items() if isinstance(value, Mapping) else value
    out = []
    for pair in pairs:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            msg = f"invalid source weight {pair!r}: expected a source name and a number >= 0"
            raise InvalidRulesError(msg)
        source, weight = pair
        if not isinstance(source, str) or isinstance(weight, bool) or not isinstance(weight, int | float):
            msg = f"invalid source weight {pair!r}: expected a source name and a number >= 0"
            raise InvalidRulesError(msg)
        if not weight >= 0 or weight == float("inf"):
            msg = f"invalid weight {weight!r} for source {source!r}: expected a finite number >= 0"
            raise InvalidRulesError(msg)
        out.append((source, float(weight)))
    return tuple(sorted(out))


_E = TypeVar("_E", bound=enum.Enum)


def _to_enum(kind: type[_E], value: object) -> _E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in kind)
        msg = f"invalid {kind.__name__.lower()} {value!r}: expected one of {allowed}"
        raise InvalidRulesError(msg) from None


def _to_progression(value: Progression | str) -> Progression:
    return _to_enum(Progression, value)


def _to_aggregation(value: Aggregation | str) -> Aggregation:
    return _to_enum(Aggregation, value)


def _to_combine(value: Combine | str) -> Combine:
    return _to_enum(Combine, value)


def _positive_int(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"invalid {attribute.name} {value!r}: expected a whole number >= 1"
        raise InvalidRulesError(msg)


@attrs.frozen(kw_only=True)
class Rules:
    """The rules that turn evidence into a profile. Immutable and serializable.

    ``Rules()`` gives the documented defaults; change one with
    ``attrs.evolve(rules, threshold=0.75)`` or ``Rules(threshold=0.75)``.
    """

    threshold: float = attrs.field(default=0.6, validator=_unit_open)
    """Share of a stage's descriptors (by credit) needed to attain the stage."""
    partly_weight: float = attrs.field(default=0.5, validator=_unit)
    """Credit a "partly" judgement earns (met earns 1, not met 0)."""
    progression: Progression = attrs.field(default=Progression.CUMULATIVE, converter=_to_progression)
    """Cumulative (default) or independent stages."""
    aggregation: Aggregation = attrs.field(
        default=Aggregation.OVERVIEW_OR_COMPONENTS, converter=_to_aggregation
    )
    """How a category's stage is derived from its overview and components."""
    min_evidence: int = attrs.field(default=1, validator=_positive_int)
    """Judged descriptors needed in a component or category before any stage is given."""
    combine: Combine = attrs.field(default=Combine.LATEST, converter=_to_combine)
    """How several judgements of one descriptor combine."""
    source_weights: tuple[tuple[str, float], ...] = attrs.field(default=(), converter=_weights)
    """Weight per source (for example ``{"observer": 2}``); unnamed sources weigh 1."""
    min_confidence: float = attrs.field(default=0.5, validator=_unit)
    """Text evidence only (:func:`profile_text`): a sentence's best match is
    credited when its calibrated confidence reaches this."""
    imply_confidence: float = attrs.field(default=0.85, validator=_unit)
    """Text evidence only: a match more than one stage above the first, with
    confidence below this, counts at its own stage only when another sentence
    matches the same category at most one stage lower; otherwise it credits the
    step below it in its strand. One uncertain sentence never lifts a category
    by two stages."""

    def weight_of(self, source: str) -> float:
        """The weight of a source's judgements."""
        for name, weight in self.source_weights:
            if name == source:
                return weight
        return 1.0

    def describe(self) -> str:
        """The rules as one readable sentence."""
        prog = "cumulative" if self.progression is Progression.CUMULATIVE else "independent"
        weights = (
            "; source weights " + ", ".join(f"{s}={w:g}" for s, w in self.source_weights)
            if self.source_weights
            else ""
        )
        return (
            f"a stage is attained at {self.threshold:.0%} of its descriptors' credit (met 1, partly "
            f"{self.partly_weight:g}, not met 0); {prog} stages; categories by {self.aggregation.value}; "
            f"at least {self.min_evidence} judged descriptor(s); repeated judgements combined by "
            f"{self.combine.value}{weights}; text matches credited at confidence {self.min_confidence:g} "
            f"or more ({self.imply_confidence:g} to stand alone two stages up)"
        )
