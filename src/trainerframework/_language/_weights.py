"""The default scorer's weights: how much each signal counts, fitted on training sets.

``data/scorer.json`` holds them with what they were fitted on, for a scorer with the
bundled word model, and ``data/scorer_lexicon.json`` those for a scorer without one;
the script ``tools/fit_scorer.py`` refits them on the labelled statements that are not
evaluation sets (``--without-word-model`` for the second; see the page "Maintaining
the matcher").
"""

from __future__ import annotations

import json
import math
import os
from typing import Any

import attrs

from .._base._bundled import bundled_text
from .._base._cache import once
from .._base._documents import read_json_file, structure
from ..exceptions import InvalidInputError, Problem

__all__ = ["ScorerWeights"]

SCORER_VERSION = 1


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value < 0
    ):
        msg = f"{attribute.name} must be a finite number of 0 or more, not {value!r}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class ScorerWeights:
    """The weights of :class:`LexiconScorer`'s four signals, two thresholds and the tool cues.

    The four signal weights sum to 1, so a score lies between 0 and 1.
    """

    category: float = attrs.field(validator=_positive)
    """The statement's category signal (lexicon concepts and the word model)."""
    concept: float = attrs.field(validator=_positive)
    """Concepts the statement shares with the descriptor."""
    words: float = attrs.field(validator=_positive)
    """BM25 relevance of the statement's words to the descriptor's."""
    stage: float = attrs.field(validator=_positive)
    """The statement's stage signal (stage cues and the word model)."""
    stage_prior: float = attrs.field(validator=_positive)
    """Pseudo-count of cue weight per stage: how much cues must say before they count."""
    evidence_for_full_score: float = attrs.field(validator=_positive)
    """How much lexicon evidence a statement needs for a full score (less scales every score down)."""
    given: float = attrs.field(default=1.0, validator=_positive)
    """How much an institution's tool or material ("the school's checklist", "the form the
    ministry gave us") counts as a stage cue for each of the first two stages, whose descriptors
    use given tools, materials and criteria (0: not read)."""
    made: float = attrs.field(default=1.0, validator=_positive)
    """How much a tool or material the trainer made ("I made our own observation forms", "the
    protocol I wrote") counts as a stage cue for the third stage, whose descriptors create and
    develop them (0: not read)."""
    fitted_on: str = ""
    """What the weights were fitted on, and how."""

    def __attrs_post_init__(self) -> None:
        total = self.category + self.concept + self.words + self.stage
        if abs(total - 1.0) > 1e-6:
            msg = f"the four signal weights must sum to 1, not {total:g}"
            raise ValueError(msg)
        if self.stage_prior == 0 or self.evidence_for_full_score == 0:
            msg = "stage_prior and evidence_for_full_score must be above 0"
            raise ValueError(msg)

    @classmethod
    def bundled(cls, *, word_model: bool = True) -> ScorerWeights:
        """The weights shipped with trainerframework (cached).

        ``word_model``: the weights fitted for a scorer with the bundled word
        model (``data/scorer.json``), which carries most of the category and
        stage signals; ``False``: those fitted for a scorer without one
        (``data/scorer_lexicon.json``, the lexicon and the descriptors' words
        alone), which :class:`LexiconScorer` takes when it has no word model
        (``word_model=False``, or a framework of your own with none given).
        """
        return _bundled("scorer.json" if word_model else "scorer_lexicon.json")

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ScorerWeights:
        """Read a scorer weights file (JSON, as :meth:`to_document` writes it); problems name the file."""
        return cls.from_document(read_json_file(path, "scorer weights file"), os.fspath(path))

    @classmethod
    def from_document(cls, data: object, source: str = "<scorer weights>") -> ScorerWeights:
        """Weights from a parsed ``scorer.json`` document; :class:`InvalidInputError` names each problem."""
        from ._formats import ScorerDoc  # noqa: PLC0415 - only a user's weights file needs it

        doc, problems = structure(data, ScorerDoc)
        if doc is None:
            raise InvalidInputError(problems, source)
        if doc.schema_version != SCORER_VERSION:
            raise InvalidInputError([Problem("$.schema_version", f"expected {SCORER_VERSION}")], source)
        try:
            return cls(**{k: v for k, v in attrs.asdict(doc).items() if k != "schema_version"})
        except ValueError as exc:
            raise InvalidInputError([Problem("$", str(exc))], source) from None

    def to_document(self) -> dict[str, Any]:
        """The ``scorer.json`` document of these weights."""
        return {"schema_version": SCORER_VERSION, **attrs.asdict(self)}


@once
def _bundled(name: str) -> ScorerWeights:
    # Shipped data is built without cattrs (start-up cost); tests/test_first_use.py checks
    # that the strict reader (ScorerWeights.from_document) gives the same weights for it.
    doc = json.loads(bundled_text(name))
    return ScorerWeights(
        category=float(doc["category"]),
        concept=float(doc["concept"]),
        words=float(doc["words"]),
        stage=float(doc["stage"]),
        stage_prior=float(doc["stage_prior"]),
        evidence_for_full_score=float(doc["evidence_for_full_score"]),
        given=float(doc.get("given", 1.0)),
        made=float(doc.get("made", 1.0)),
        fitted_on=doc.get("fitted_on", ""),
    )
