"""A statement's own gloss: what follows "in practice", "I mean", "in other words".

A trainer who describes plain practice in grand words often says what the
words mean: "I employ a fully differentiated, participant-centred paradigm -
which in practice means I call on the quiet ones by name". A careful reader
takes the gloss as the practice; :func:`restated` gives the text the matcher
reads. The markers are data (``data/assertion.toml``, ``[restated]``).
"""

from __future__ import annotations

import re

from .._base._bundled import bundled_toml
from .._base._cache import once

__all__ = ["glossed", "restated"]

_LONGEST = 1_000
"""A statement glosses its own words; a longer text (a document matched whole) is read as it
stands, so a gloss is looked for at most over a statement's length (time stays linear in the text)."""

_MIN_WORDS = 3
"""Words needed before a marker: "In practice I run ..." opens with it (nothing is glossed)."""

_TRAINER = frozenset({"i", "im", "ive", "id", "ill", "we", "were", "weve", "wed", "my", "our"})
"""How a gloss of the trainer's practice opens (apostrophes removed): "I", "I'm", "we", "my" ..."""


_MARKER_WORDS = (
    "practice", "mean", "words", "say", "english", "translation",  # glosses
    "honest", "but really", "i really do", "but actually", "i actually do", "in fact", "reality",
    "truth be", "concretely", "all i do",  # corrections: "really" and "actually" alone are common
)  # fmt: skip
"""A word of every marker (or a few): a text with none of them glosses nothing.
``tests/test_assertion.py`` checks that each marker in ``assertion.toml`` holds one."""


def _alternatives(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in p.split()) for p in ordered)


@once
def _markers() -> re.Pattern[str]:
    data = bundled_toml("assertion.toml")["restated"]
    # after a mark or "but", as whole words; the gloss starts after any comma or colon
    return re.compile(
        rf"(?:[,;:(—–-]|[.!?](?=\s)|\bbut\b)\s*(?:(?P<doer>{_alternatives(data['doer'])})"
        rf"|(?P<correction>{_alternatives(data['corrections'])})|{_alternatives(data['markers'])})"
        rf"(?![\w'’])[\s,:]*",
        re.IGNORECASE,
    )


def _opens_with_trainer(gloss: str) -> bool:
    first = gloss.split(maxsplit=1)[0] if gloss.strip() else ""
    return first.lower().replace("'", "").replace("’", "").strip(",.;:") in _TRAINER


def restated(text: str, *, corrections: bool = True) -> str:
    """What the statement says its words mean, or the statement itself when it glosses nothing.

    The first marker after a mark (or "but") with at least three words before
    it, whose gloss opens with the trainer: "I leverage a differentiated
    paradigm - in practice, I remember the older teachers hate the laptop bit"
    gives "I remember the older teachers hate the laptop bit"; "In practice I
    run the publisher's workshops" and "I design a twelve-week course, which
    means a lot of evenings" are returned whole. ``corrections``: look for the
    markers of a correction too ("but honestly", "but what I actually do is").
    """
    return glossed(text, corrections=corrections)[0]


def glossed(text: str, *, corrections: bool = True) -> tuple[str, bool]:
    """:func:`restated`, and whether its gloss follows a correction's marker (False: no gloss)."""
    if len(text) > _LONGEST:
        return text, False
    lower = text.lower()
    if not any(word in lower for word in _MARKER_WORDS):
        return text, False  # the common case, without the markers' pattern (compiled on first need)
    for found in _markers().finditer(text):
        correction = found.group("doer") is not None or found.group("correction") is not None
        if correction and not corrections:
            continue
        before, after = text[: found.start()], text[found.end() :]
        if found.group("doer") and len(after.split()) >= _MIN_WORDS - 1:
            after = f"I {after}"
        if (
            len(before.split()) >= _MIN_WORDS
            and len(after.split()) >= _MIN_WORDS
            and _opens_with_trainer(after)
        ):
            return after, correction
    return text, False
