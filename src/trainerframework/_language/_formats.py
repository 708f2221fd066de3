"""The document classes of the lexicon and scorer weights files: what the strict reader structures.

:meth:`Lexicon.from_document <trainerframework.Lexicon.from_document>` and
:meth:`ScorerWeights.from_document <trainerframework.ScorerWeights.from_document>`
structure a user's document into these (``_base/_documents``); ``_present/_schema``
writes the JSON Schemas from them. The bundled files are built without them, so a
first match never imports this module (creating four attrs classes costs about 2 ms).
"""

from __future__ import annotations

import attrs

from .._base._documents import Names, Rank, Share, Weight

__all__ = ["LexiconDoc", "ScorerDoc", "_ConceptDoc", "_StageCueDoc"]

_ONE = Weight(1.0)


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
    fitted_on: str = ""
