"""What matching yields: matches, their explanations, and a narrative read sentence by sentence.

Value records only (no matching machinery), so that profiles can hold them
without importing the matcher. :class:`Match` and :class:`MatchExplanation`
are defined in :mod:`._matches` (what the matcher imports) and re-exported here.
"""

from __future__ import annotations

import enum

import attrs

from .._language._assertion import Clause
from ._matches import Match, MatchExplanation

__all__ = ["Match", "MatchExplanation", "ReadingStatus", "SentenceReading"]


class ReadingStatus(enum.Enum):
    """What :func:`profile_text` made of one sentence."""

    CREDITED = "credited"
    """The best match was credited as met."""
    CAPPED = "capped"
    """The best match claimed a stage the rest of the narrative does not
    support (most of its category's evidence is lower, a sentence two stages
    below contradicts it, or it stands alone two stages up below
    :attr:`Rules.imply_confidence`): the step of its strand at the lower stage
    was credited instead (nothing, if it has no strand)."""
    NOT_ASSERTED = "not_asserted"
    """The sentence does not assert the trainer's own current practice: it is
    negated, an intention, someone else's practice, given up, or not prose
    (see :attr:`SentenceReading.clauses`). Nothing is credited from it."""
    DOUBTED = "doubted"
    """No clause is marked, but to the ownership model
    (:class:`~trainerframework.OwnershipModel`) the sentence, alone or with a
    next piece that tells no practice of its own (only whose or when), reads
    as telling no practice of the trainer's own now
    (someone else's, or one denied, hoped for or given up in words the
    assertion reader has no rule for): its log-odds, :attr:`SentenceReading.ownership`,
    exceed the model's threshold. Nothing is credited from it."""
    BELOW_THRESHOLD = "below_threshold"
    """The best match's confidence is below :attr:`Rules.min_confidence`: not used."""
    UNSPECIFIC = "unspecific"
    """The best match shares no concept and no word with its descriptor: it was found by
    the category and the stage the sentence's words point at alone ("Ayesha is a highly
    Proficient to Expert classroom teacher"), which say what the sentence is about, not
    which practice it evidences. Not used."""
    UNMATCHED = "unmatched"
    """The sentence matched no descriptor: not used."""


@attrs.frozen(kw_only=True)
class SentenceReading:
    """One sentence of a narrative, its best match and what was credited from it."""

    index: int
    """Position of the sentence in the narrative, from 0."""
    text: str
    """The sentence."""
    status: ReadingStatus
    """Credited, capped, not asserted, doubted, below the confidence threshold, not specific, or unmatched."""
    match: Match | None = None
    """The sentence's best match (None when nothing matched)."""
    credited: str | None = None
    """Id of the descriptor credited as met from this sentence (None when nothing was)."""
    clauses: tuple[Clause, ...] = ()
    """The sentence's stretches with their assertion status, when any stretch is
    not asserted (only the asserted ones were matched); empty when all of it is."""
    ownership: float | None = None
    """The ownership model's log-odds that the sentence tells no practice of the trainer's own
    now, the higher of the sentence's alone and with a next piece that tells no practice of its
    own; asked only of a sentence that would otherwise be credited, not a question (None: not
    asked)."""

    @property
    def about(self) -> str | None:
        """Id of the descriptor a sentence not asserted or doubted is about (None otherwise)."""
        if self.status in _ABOUT and self.match is not None:
            return self.match.descriptor.id
        return None

    @property
    def used(self) -> bool:
        """Whether the sentence contributed evidence."""
        return self.credited is not None

    @property
    def confidence(self) -> float | None:
        """The calibrated confidence of the sentence's best match (None without one), as ``--json`` has it."""
        return None if self.match is None else self.match.confidence

    def describe(self) -> str:
        """Confidence and status in a few words, for example ``"confidence 0.82"``."""
        if self.match is None:
            return "no match"
        if self.status is ReadingStatus.NOT_ASSERTED:
            trigger = next((c.trigger for c in self.clauses if c.assertion is self.match.assertion), None)
            said = f" ({trigger!r})" if trigger else ""
            return f"not credited: {self.match.assertion.reason}{said}; about {self.match.descriptor.id}"
        if self.status is ReadingStatus.DOUBTED:
            odds = (
                ""
                if self.ownership is None
                else f" (ownership model: log-odds {self.ownership:.2f} that it is someone else's or none)"
            )
            return (
                f"not credited: reads as not the trainer's own practice now{odds};"
                f" about {self.match.descriptor.id}"
            )
        text = f"confidence {self.match.confidence:.2f}"
        if self.status is ReadingStatus.CAPPED:
            text += f", capped from {self.match.descriptor.id}"
        elif self.status is ReadingStatus.BELOW_THRESHOLD:
            text += f", below the threshold; best match {self.match.descriptor.id}"
        elif self.status is ReadingStatus.UNSPECIFIC:
            text += f", not specific: nothing but its category and stage points at {self.match.descriptor.id}"
        return text


_ABOUT = frozenset({ReadingStatus.NOT_ASSERTED, ReadingStatus.DOUBTED})
"""The statuses of a sentence that tells what it is about but credits nothing of the trainer's."""
