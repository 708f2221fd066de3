"""A course's parts the trainer adapts: read as the descriptors' "adapts given materials", not as designing.

The framework's second stage "Adapts given training materials for a particular
audience"; the third "Designs ... learning units and courses". Trainers who
adapt name the parts they adapt in the third stage's words: "I adapt the
national units for each cohort", "I take her units and reshape them for each
group", "we rework the ministry modules". The units, modules or programme are
then the given material, not a design of the trainer's own.

:func:`adapted` finds the first such phrase in a statement: an adapting verb
and, up to four words on, a course's part ("re-shape the national units"), or a
course's part and, in the same clause, an adapting verb of "them" or "it" ("take
her units and reshape them"). The scorer then does not read the part's words as
course design, nor a third stage's cue inside the phrase ("national": whose the
material is) as the trainer's scope. Not where the trainer adapts into something
of their own ("adapted the framework into a course of my own") or where a
person stands between verb and part ("adapt the teachers' units" is still the
teachers' material, read as adapted).
"""

from __future__ import annotations

import re

__all__ = ["COURSE_PARTS", "adapted"]

_ADAPTING = (
    r"adapt|adapts|adapted|adapting|re-?shape|re-?shapes|re-?shaped|re-?shaping|rework|reworks|reworked|"
    r"reworking|tailor|tailors|tailored|tailoring|modify|modifies|modified|modifying|tweak|tweaks|tweaked|"
    r"tweaking|localise|localises|localised|localising|localize|localizes|localized|localizing|"
    r"customise|customises|customised|customising|customize|customizes|customized|customizing|"
    r"adjust|adjusts|adjusted|adjusting|re-?order|re-?orders|re-?ordered|re-?ordering|"
    r"simplify|simplifies|simplified|simplifying"
)
"""Verbs of adapting what is given (the lexicon's adapting concept, as verbs). Not "restructure" or
"overhaul": a Lead trainer restructures whole programmes."""

COURSE_PARTS = frozenset(
    {"unit", "units", "module", "modules", "programme", "programmes", "program", "programs"}
    | {"syllabus", "syllabi", "curriculum", "curricula"}
)
"""A course's parts that the third stage designs and the second adapts."""

_PART = "|".join(sorted(COURSE_PARTS, key=len, reverse=True))

_BETWEEN = r"(?!(?:into|to|for|with|from|by|and|or|but|so|that|which|i|we|my\s+own|our\s+own)\b)[\w'’-]+"
"""A word between the verb and the part: not a preposition, a clause's start, nor "my own"."""

_ADAPTING_A_PART = re.compile(
    rf"\b(?:{_ADAPTING})\s+(?:{_BETWEEN}\s+){{0,4}}?(?:{_PART})\b"
    r"(?![\w\s'’-]{0,40}\b(?:into|of\s+my\s+own|of\s+our\s+own)\b)",
    re.IGNORECASE | re.ASCII,
)
"""The verb, then the part: "re-shape the national units", "adapt the ministry's modules" (not
"adapted the CELTA syllabus into a twelve-week course of my own")."""

_PART_THEN_ADAPTED = re.compile(
    rf"\b(?:{_PART})(?:\s+[\w'’-]+){{0,3}}\s+and\s+(?:then\s+)?(?:{_ADAPTING})\s+(?:them|it)\b",
    re.IGNORECASE | re.ASCII,
)
"""The part, then its adapting, a few words on with no mark between: "take her units and reshape them"."""

_MAKING = re.compile(
    r"\b(?:wrote|written|write|designed|design|built|build|created|create|devised|trialled|trialed|piloted|"
    r"developed|from\s+scratch|from\s+the\s+ground\s+up|from\s+nothing)\b",
    re.IGNORECASE | re.ASCII,
)
"""A making told in the same clause: the part is the trainer's own design, reworked ("I wrote the modules
myself and rework them", "the units we wrote")."""


def adapted(text: str) -> str | None:
    """The first phrase of ``text`` that names a course's part the trainer adapts, or None.

    The phrase is as written, its white space folded ("re-shape the national units"). Not
    where the clause around it tells the trainer making the part.
    """
    for pattern in (_ADAPTING_A_PART, _PART_THEN_ADAPTED):
        found = pattern.search(text)
        if found is not None:
            start = max(text.rfind(mark, 0, found.start()) for mark in ".;:!?")
            end = min((k for mark in ".;:!?" if (k := text.find(mark, found.end())) >= 0), default=len(text))
            if _MAKING.search(text, start + 1, end):
                return None
            return " ".join(found.group(0).split())
    return None
