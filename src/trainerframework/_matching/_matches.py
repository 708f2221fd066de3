"""What the matcher yields: matches and their explanations.

Value records only (no matching machinery). :mod:`._reading` re-exports them
beside the sentence readings of a narrative (``trainerframework`` looks them
up there); the matcher imports this module only, so a first match does not
create the sentence-reading classes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from .._base._display import html
from .._language._assertion import Assertion
from .._model._records import Descriptor

__all__ = ["Match", "MatchExplanation"]


@attrs.frozen(kw_only=True)
class MatchExplanation:
    """What linked a statement to a descriptor."""

    words: tuple[str, ...] = ()
    """Statement words (as written) that also occur, stemmed, in the descriptor."""
    phrases: tuple[str, ...] = ()
    """Lexicon terms found in the statement that point at the descriptor's concepts or category."""
    concepts: tuple[str, ...] = ()
    """Ids of the concepts the statement and the descriptor share."""
    stage_cues: tuple[str, ...] = ()
    """Stage cue terms in the statement that point at the descriptor's stage."""
    category: float = 0.0
    """Category signal, 0 to 1."""
    concept: float = 0.0
    """Shared-concept signal, 0 to 1."""
    lexical: float = 0.0
    """Word relevance signal, 0 to 1."""
    stage: float = 0.0
    """Stage signal, 0 to 1."""

    @property
    def text(self) -> str:
        """The explanation as one readable line."""
        parts = [
            f"category {self.category:.2f}",
            f"concepts {self.concept:.2f}",
            f"words {self.lexical:.2f}",
            f"stage {self.stage:.2f}",
        ]
        details = []
        if self.concepts:
            details.append("concepts: " + ", ".join(self.concepts))
        if self.phrases:
            details.append("phrases: " + ", ".join(repr(p) for p in self.phrases))
        if self.words:
            details.append("words: " + ", ".join(self.words))
        if self.stage_cues:
            details.append("stage cues: " + ", ".join(repr(c) for c in self.stage_cues))
        return "; ".join(parts) + ("; " + "; ".join(details) if details else "")

    def __str__(self) -> str:
        return self.text


@attrs.frozen(kw_only=True)
class Match:
    """A descriptor that a statement evidences, with its score and confidence.

    ``score`` ranks the descriptors for one statement; ``confidence`` is the
    estimated probability that the descriptor's category and stage are right
    for the statement (see "How confident is a match?" in the docs). Use
    ``score`` to order and ``confidence`` to decide.
    """

    descriptor: Descriptor
    """The matched descriptor."""
    score: float
    """How strongly the statement evidences it (0 to 1; higher is better). A
    ranking score, not a probability."""
    confidence: float = 0.0
    """Calibrated probability (0 to 1) that the descriptor's category and stage
    are right for the statement."""
    explanation: MatchExplanation | None = None
    """What linked them (None for a scorer that does not explain)."""
    assertion: Assertion = Assertion.ASSERTED
    """Whether the statement asserts the trainer's own current practice. When
    it asserts none ("I have never designed a course", "I hope to mentor
    trainers", "My manager designs our courses"), the matches say what the
    statement is about, with this status and confidence 0: they are no
    evidence of practice (see "Negation, intention and other people's work")."""

    def _repr_html_(self) -> str:
        return html(self)


class _Deferred:
    """An explanation not worked out yet: the statement's explainer and the descriptor's index."""

    __slots__ = ("explain", "index")

    def __init__(self, explain: Callable[[int], MatchExplanation], index: int) -> None:
        self.explain = explain
        self.index = index


class _Explanation:
    """``Match.explanation``: a deferred explanation is worked out when first read, then kept.

    Most callers of ``match()`` read the top match's explanation or none, so
    the matcher leaves each one deferred (:func:`plain_matches`). Every read
    goes through here (attribute access, ``==``, ``repr``, ``attrs.asdict``,
    cattrs, pickle), so no caller can see a deferred value; the value is the
    one computing it at once would give (``tests/test_matching.py`` checks).
    Two threads reading it first at once both compute the same value.
    """

    __slots__ = ("slot",)

    def __init__(self, slot: Any) -> None:
        self.slot = slot  # the member descriptor attrs made for the field

    def __get__(self, match: Match | None, owner: type | None = None) -> Any:
        if match is None:
            return self
        value = self.slot.__get__(match, owner)
        if type(value) is _Deferred:
            value = value.explain(value.index)
            self.slot.__set__(match, value)
        return value

    def __set__(self, match: Match, value: MatchExplanation | None) -> None:
        self.slot.__set__(match, value)


_new = object.__new__
# the slots' own setters: a direct call each, where object.__setattr__ looks the name up
_set_descriptor = Match.__dict__["descriptor"].__set__
_set_score = Match.__dict__["score"].__set__
_set_confidence = Match.__dict__["confidence"].__set__
_set_explanation = Match.__dict__["explanation"].__set__
_set_assertion = Match.__dict__["assertion"].__set__
Match.explanation = _Explanation(Match.__dict__["explanation"])  # type: ignore[assignment]


def plain_matches(
    descriptors: Sequence[Descriptor],
    scores: Sequence[float],
    order: Iterable[int],
    confidences: Iterable[float],
    assertion: Assertion = Assertion.ASSERTED,
    *,
    explain: Callable[[int], MatchExplanation] | None = None,
) -> list[Match]:
    """``Match(descriptor=..., score=..., confidence=...)`` for each index of ``order`` scoring above 0.

    Built directly, the score rounded to 6 places, with ``explain(index)`` as
    the explanation, worked out when first read (none without it): the
    matcher's hot path makes millions of these. Match's fields have no
    converters or validators (a test checks), so setting its slots is all its
    ``__init__`` does.
    """
    out = []
    for i, confidence in zip(order, confidences, strict=False):
        score = scores[i]
        if score > 0:
            match = _new(Match)
            _set_descriptor(match, descriptors[i])
            _set_score(match, round(score, 6))
            _set_confidence(match, confidence)
            _set_explanation(match, None if explain is None else _Deferred(explain, i))
            _set_assertion(match, assertion)
            out.append(match)
    return out
