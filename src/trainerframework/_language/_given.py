"""Someone else's tools: an institution's checklist, form or pack read as the descriptors' "given".

The framework's first two stages work with what they are given ("Sets up and
conducts classroom observations using given tools and procedures", "Applies
given observation tools and procedures appropriately", "Critically appraises
given assessment criteria"); the third stage makes its own ("Creates ...
tools and procedures for observing and giving feedback"). Trainers seldom
write "given". They name the owner instead: "the school's obs checklist",
"the department form", "the publisher's training modules", "the form the
inspectorate gave us", "the rubric provided by the ministry".

:func:`given` finds the first such phrase in a statement. The scorer counts it
as a stage cue for the first and the second stage alike (both descriptors say
"given"), which leaves the third, the stage that creates its own, behind. It
is a reading of the descriptors' own word, not of a statement's tone: "I
designed the school's checklist" names a given tool and a designer, and the
cue for designing weighs on the other side.
"""

from __future__ import annotations

import re

from ._text import lazy_pattern

__all__ = ["OWNERS", "given"]

OWNERS = (
    "school", "centre", "center", "ministry", "institute", "institution", "university", "college",
    "department", "district", "board", "head office", "organisation", "organization", "company",
    "employer", "inspectorate", "publisher", "council", "academy", "network", "programme", "program",
    "project", "faculty", "county", "region", "state", "trust", "chain", "authority", "government",
)  # fmt: skip
"""Who owns a given tool: institutions, never people (a colleague's form may be borrowed by choice),
nor "our team" (the trainer's own)."""

_THINGS = (
    r"checklists?|forms?|criteria|materials?|slides|packs?|rubrics?|handbooks?|syllabus|syllabi|"
    r"courses?|templates?|tools?|procedures?|questionnaires?|modules?|sessions?|schemes?|frameworks?|"
    r"guidelines|descriptors|scales?|workshops?|programmes?|curriculum|coursebooks?|books?|plans?|"
    r"observation|sheets?|instruments?|protocols?"
)
_OWNER = "|".join(o.replace(" ", r"\s+") for o in OWNERS)
_HANDED = (
    r"gave|gives|give|provides?|provided|sends?|sent|issues?|issued|hands?|handed|uses?|used|wants?|"
    r"requires?|required|prescribes?|prescribed"
)
_MADE = r"given|provided|supplied|issued|prescribed|set|sent|written|designed|produced|made"
_WHOSE = r"the|our|my|their|his|her|its"

_GIVEN = lazy_pattern(
    # "the school's obs checklist", "the department form", "our centre's observation tools"
    rf"\b(?:{_WHOSE})\s+(?:{_OWNER})(?:['’]s|s['’])?\s+(?:[\w-]+\s+){{0,2}}(?:{_THINGS})\b"
    # "the form the inspectorate gave us", "the rubric that our ministry requires"
    rf"|\b(?:{_THINGS})\s+(?:that\s+|which\s+)?(?:{_WHOSE}|a|an)\s+(?:{_OWNER})\s+(?:{_HANDED})\b"
    # "the rubric provided by the ministry", "materials sent to us from head office"
    rf"|\b(?:{_THINGS})\s+(?:{_MADE})\s+(?:to\s+us\s+)?(?:by|from)\s+(?:(?:{_WHOSE}|a|an)\s+)?(?:{_OWNER})\b",
    re.IGNORECASE,
)


def given(text: str) -> str | None:
    """The first phrase of ``text`` that names an institution's tool or material, as written, or None."""
    found = _GIVEN.search(text)
    return found.group(0) if found is not None else None
