"""The document classes of the lexicon, scorer weights, word model and ownership model files.

:meth:`Lexicon.from_document <trainerframework.Lexicon.from_document>`,
:meth:`ScorerWeights.from_document <trainerframework.ScorerWeights.from_document>`,
:meth:`WordModel.from_document <trainerframework.WordModel.from_document>` and
:meth:`OwnershipModel.from_document <trainerframework.OwnershipModel.from_document>`
structure a user's document into these (``_base/_documents``); ``_present/_schema``
writes the JSON Schemas from them. The bundled files are built without them, so a
first match never imports this module (creating five attrs classes costs about 2.5 ms).
"""

from __future__ import annotations

import attrs

from .._base._documents import Count, Id, Names, Positive, Rank, Share, Weight

__all__ = ["LexiconDoc", "OwnershipModelDoc", "ScorerDoc", "WordModelDoc", "_ConceptDoc", "_StageCueDoc"]

_ONE = Weight(1.0)
_ALPHA, _WEIGHT, _STAGE_WEIGHT = Positive(0.5), Share(0.6), Share(0.2)
"""The word model's defaults, ``_words.DEFAULT_ALPHA``, ``DEFAULT_WEIGHT`` and ``DEFAULT_STAGE_WEIGHT``,
written out: ``_words`` imports this module (for a user's file), so this one cannot import it
(``tests/test_words.py`` checks that they agree)."""


# frozen and compared by value, without slots or a repr (each is built, read and dropped)
@attrs.frozen(kw_only=True, slots=False, repr=False)
class _ConceptDoc:
    label: str | None = None
    categories: dict[str, Share] = attrs.Factory(dict)
    terms: Names
    weight: Weight = _ONE


@attrs.frozen(kw_only=True, slots=False, repr=False)
class _StageCueDoc:
    rank: Rank
    weight: Weight = _ONE
    terms: Names


@attrs.frozen(kw_only=True, slots=False, repr=False)
class LexiconDoc:
    schema_version: int
    concepts: dict[str, _ConceptDoc] = attrs.Factory(dict)
    stage_cues: tuple[_StageCueDoc, ...] = ()


@attrs.frozen(kw_only=True, slots=False, repr=False)
class ScorerDoc:
    schema_version: int
    category: float
    concept: float
    words: float
    stage: float
    stage_prior: float
    evidence_for_full_score: float
    given: float = 1.0
    made: float = 1.0
    fitted_on: str = ""


@attrs.frozen(kw_only=True)
class WordModelDoc:
    """A ``word_model.json`` document, as the strict document reader structures it (keys in file order)."""

    schema_version: int
    framework: Id
    categories: tuple[Id, ...]
    stages: tuple[Id, ...]
    statements: tuple[Count, ...]
    alpha: Positive = _ALPHA
    weight: Share = _WEIGHT
    stage_weight: Share = _STAGE_WEIGHT
    fitted_on: str = ""
    words: dict[str, tuple[Count, ...]]


@attrs.frozen(kw_only=True)
class OwnershipModelDoc:
    """An ``ownership_model.json`` document, as the strict document reader structures it."""

    schema_version: int
    intercept: float
    threshold: float = 1.0
    fitted_on: str = ""
    weights: dict[str, float]
