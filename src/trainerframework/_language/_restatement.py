"""A statement's own gloss: what follows "in practice", "I mean", "in other words".

A trainer who describes plain practice in grand words often says what the
words mean: "I employ a fully differentiated, participant-centred paradigm -
which in practice means I call on the quiet ones by name". A careful reader
takes the gloss as the practice; :func:`restated` gives the text the matcher
scores. The markers are data (``data/assertion.toml``, ``[restated]``).
"""

from __future__ import annotations

import re

from .._base._bundled import bundled_toml
from .._base._cache import once

__all__ = ["restated"]

_MIN_WORDS = 3
"""Words needed on each side of a marker: "In practice I run ..." opens with it (nothing is glossed)."""


@once
def _markers() -> re.Pattern[str]:
    phrases = sorted(bundled_toml("assertion.toml")["restated"]["markers"], key=len, reverse=True)
    alternatives = "|".join(
        r"\s+".join(re.escape(w) for w in p.split()).replace("'", "['’]") for p in phrases
    )
    # after a mark or a space, as whole words; the gloss starts after any comma or colon
    return re.compile(rf"(?:^|(?<=[\s,;:(—–-]))(?:{alternatives})(?![\w'’])[\s,:]*", re.IGNORECASE)


def restated(text: str) -> str:
    """What the statement says its words mean, or the statement itself when it glosses nothing.

    The first marker with at least three words before it and three after:
    "I deploy a rigorous observation protocol - well, it's the department form"
    gives "the department form"; "In practice I run the publisher's workshops"
    is returned whole.
    """
    for found in _markers().finditer(text):
        before, after = text[: found.start()], text[found.end() :]
        if len(before.split()) >= _MIN_WORDS and len(after.split()) >= _MIN_WORDS:
            return after
    return text
