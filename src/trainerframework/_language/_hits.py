"""A lexicon term found in a text, as :meth:`Lexicon.concept_hits` and :meth:`Lexicon.cue_hits` give it.

Apart from the lexicon, which imports it when one of those is called: the matcher
reads raw hits (tuples), so a first match does not create this class (an attrs
class costs about half a millisecond).
"""

from __future__ import annotations

import attrs

__all__ = ["Hit"]


@attrs.frozen
class Hit:
    """A lexicon term found in a text."""

    term: str
    """The term as written in the lexicon."""
    target: str
    """The concept id, or ``"stage:<rank>"`` for a stage cue."""
    weight: float
    """The weight it contributes."""
