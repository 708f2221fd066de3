"""Someone else's tools: an institution's checklist, form or pack read as the descriptors' "given".

The framework's first two stages work with what they are given ("Sets up and
conducts classroom observations using given tools and procedures", "Applies
given observation tools and procedures appropriately", "Critically appraises
given assessment criteria"); the third stage makes its own ("Creates ...
tools and procedures for observing and giving feedback"). Trainers seldom
write "given". They name the owner instead: "the school's obs checklist",
"the department form", "the publisher's training modules", "the form the
inspectorate gave us", "the rubric provided by the ministry", "the checklist
from the school".

:func:`given` finds the first such phrase in a statement. The scorer counts it
as a stage cue for the first and the second stage alike (both descriptors say
"given"), which leaves the third, the stage that creates its own, behind
(``ScorerWeights.given``, 0 to turn it off). It is a reading of the
descriptors' own word, not of a statement's tone: "I designed the school's
checklist" names a given tool and a designer, and the cue for designing weighs
on the other side. Only tools and materials count, not activities ("the
school's sessions", "a college course"), and the words between an owner and
its tool are the tool's own ("the school's obs checklist"), never a pronoun,
a preposition or "own" ("the school I run sessions at", "the state of the
forms", "my school's own rubric that I wrote").
A tool the trainer found wanting or sets aside is not one they use ("after
finding the ministry checklist did not suit our classes", "instead of the
ministry checklist I use a tool I wrote"), unless they use it all the same
("... does not really suit me but I have to use it").

The reading starts at each owner word (a few in a statement at most) and looks
a few words either side, so a statement costs a dictionary look-up when it
names no owner, and microseconds when it does.
"""

from __future__ import annotations

import re

from ._text import lazy_pattern

__all__ = ["OWNERS", "TOOLS", "given"]

OWNERS = (
    "school", "centre", "center", "ministry", "institute", "institution", "university", "college",
    "department", "district", "board", "head office", "organisation", "organization", "company",
    "employer", "inspectorate", "publisher", "council", "academy", "network", "programme", "program",
    "project", "faculty", "county", "region", "state", "trust", "chain", "authority", "government",
)  # fmt: skip
"""Whose tools are given: bodies (a school, a ministry, a project, a chain of schools), never
people (a colleague's form may be borrowed by choice), nor "our team" (the trainer's own)."""

TOOLS = frozenset(
    {
        "checklist", "checklists", "form", "forms", "criteria", "material", "materials", "slides",
        "pack", "packs", "rubric", "rubrics", "handbook", "handbooks", "syllabus", "syllabi",
        "template", "templates", "tool", "tools", "toolkit", "toolkits", "procedure", "procedures",
        "questionnaire", "questionnaires", "module", "modules", "framework", "frameworks",
        "guidelines", "descriptors", "scale", "scales", "coursebook", "coursebooks", "sheet",
        "sheets", "instrument", "instruments", "protocol", "protocols", "curriculum", "curricula",
    }
)  # fmt: skip
"""Tools and materials (the descriptors' given tools, procedures, materials and criteria)."""

_WHOSE = frozenset({"the", "our", "my", "their", "his", "her", "its"})
_ARTICLES = _WHOSE | {"a", "an"}
_MADE = frozenset(
    {"given", "provided", "supplied", "issued", "prescribed", "mandated", "set", "sent", "written",
     "designed", "produced", "made"}
)  # fmt: skip
"""How a tool came from its owner, before "by" or "from": "the rubric provided by the ministry"."""

_OWNER = "|".join(o.replace(" ", r"\s+") for o in OWNERS)
_APOSTROPHE = "['’‘]"
# a word between an owner and its tool ("the school's obs checklist"): not one that starts
# another phrase or clause
_BETWEEN = (
    r"(?!(?:i|we|you|he|she|they|it|me|us|him|her|them|my|our|your|his|their|its|the|a|an|of|at|in|"
    r"on|to|for|with|from|by|and|or|but|so|that|which|who|where|when|own|is|are|was|were|has|have|"
    r"had|do|does|did|will|would|can|could)\b)[\w-]+"
)
_HANDED = (
    r"gave|gives|give|provides?|provided|sends?|sent|issues?|issued|hands?|handed|uses?|used|wants?|"
    r"requires?|required|prescribes?|prescribed|supplies|supplied|mandates?|mandated|given"
)


def _by_first_letter(words: tuple[str, ...]) -> str:
    """An alternation of lower-case words, grouped by their first letter.

    The regex engine tries a few at each position instead of every one: several times faster
    than a flat list.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]).replace(r"\ ", r"\s+"))
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


# an owner in the lower-case text, perhaps plural ("the programmes' slides"); the text as written
# where lower-casing changes its length (a few Unicode letters)
_AT_OWNER = lazy_pattern(rf"\b(?:{_by_first_letter(OWNERS)})s?\b")
_AT_OWNER_ANY_CASE = lazy_pattern(rf"\b(?:{_OWNER})s?\b", re.IGNORECASE)
# after the owner: "of" and a name ("of Education"), a possessive ('s, s' after a plural), up to two
# words of the tool's own and the tool ("the school's obs checklist", "the department form")
_TOOL_AFTER = lazy_pattern(
    rf"(?:\s+of\s+(?-i:[A-Z])[\w-]*)?(?:{_APOSTROPHE}s\b|{_APOSTROPHE}(?!\w))?"
    rf"\s+(?:{_BETWEEN}\s+){{0,2}}(?:{'|'.join(sorted(TOOLS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
# after the owner, how it handed the tool over: "(the form the inspectorate) gave", "has given"
_HANDED_AFTER = lazy_pattern(
    rf"(?:{_APOSTROPHE}s\s+|\s+(?:has|have|had)\s+|\s+)(?:{_HANDED})\b", re.IGNORECASE
)
_WORD = lazy_pattern(r"\S+")
_BEFORE = 6
"""How many words before an owner a tool's phrase may start ("materials sent to us from head office")."""


def given(text: str) -> str | None:
    """The first phrase of ``text`` that names an institution's tool or material, or None.

    The phrase is as written, its white space folded ("the school's obs checklist").
    """
    lower = text.lower()
    owners = _AT_OWNER.finditer(lower) if len(lower) == len(text) else _AT_OWNER_ANY_CASE.finditer(text)
    for owner in owners:
        start, end = owner.span()
        # the words before the owner, nearest first, up to a mark (a word with a comma or a full
        # stop ends the phrase there)
        lo = max(0, start - 80)
        if lo and not text[lo - 1].isspace():  # from a word's start: "platforms" cut is no "forms"
            lo = next((k for k in range(lo, start) if text[k].isspace()), start)
        words: list[str] = []
        for word in reversed(text[lo:start].split()[-_BEFORE:]):
            if not word.isalpha():
                break
            words.append(word.lower())
        if not words:
            continue
        phrase: tuple[int, int] | None = None  # how many words before the owner it starts, where it ends
        if words[0] in _WHOSE and (tool := _TOOL_AFTER.match(text, end)):
            phrase = 1, tool.end()  # "the school's obs checklist"
        elif (n := _tool_handed(words)) and (handed := _HANDED_AFTER.match(text, end)):
            phrase = n, handed.end()  # "the form the inspectorate gave"
        elif n := _tool_from(words):
            phrase = n, end  # "the rubric provided by the ministry"
        if phrase is not None:
            first = list(_WORD.finditer(text, lo, start))[-phrase[0]].start()
            if (
                _REJECTED_AFTER.match(text, phrase[1]) and not _STILL_USED.search(text, phrase[1])
            ) or _REJECTED_BEFORE.search(text, max(0, first - 30), first):
                continue  # a tool the trainer found wanting or set aside: not one they use
            return " ".join(text[first : phrase[1]].split())
    return None


_REJECTED_AFTER = lazy_pattern(
    r"\s+(?:really\s+|just\s+|simply\s+|clearly\s+)?(?:did\s*n[o'’]t|does\s*n[o'’]t|do\s*n[o'’]t|"
    r"was\s*n[o'’]t|were\s*n[o'’]t|could\s*n[o'’]t|never)"
    r"(?:\s+(?:really\s+|quite\s+)?(?:suit|suited|fit|fitting|suiting|work|match|serve|meet)\b|\W*$)",
    re.IGNORECASE,
)
"""A given tool the trainer found wanting, the tool the negation's subject: "the ministry checklist did
not suit our classes", "the ministry form was not fitting to the context": the reason for one of
their own, not one they use. Or that negation ends the text: the rest of its clause, denied, left out
of the text to score ("... after finding the ministry checklist did not")."""

_STILL_USED = lazy_pattern(
    r"\b(?:but|though|although|yet|still)\b.*\b(?:use|uses|apply|applies|follow)\b", re.I
)
"""The trainer uses it all the same: "The school's checklist does not really suit me but I have to use it"."""

_REJECTED_BEFORE = lazy_pattern(r"(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+$", re.IGNORECASE)
"""A given tool the trainer sets aside: "Instead of the ministry checklist I use a tool I wrote"."""


def _tool_handed(words: list[str]) -> int:
    """How many of the words before an owner (nearest first) are "tool (that) the": 0 if not so."""
    if len(words) < 2 or words[0] not in _ARTICLES:
        return 0
    k = 2 if words[1] in {"that", "which"} else 1
    return k + 1 if len(words) > k and words[k] in TOOLS else 0


def _tool_from(words: list[str]) -> int:
    """How many of the words before an owner (nearest first) are "tool (made) (to us) by|from (the)"."""
    k = 1 if words[:1] and words[0] in _ARTICLES else 0
    if len(words) <= k or words[k] not in {"by", "from"}:
        return 0
    k += 1
    if words[k : k + 2] == ["us", "to"]:
        k += 2
    if len(words) > k and words[k] in _MADE:
        k += 1
    return k + 1 if len(words) > k and words[k] in TOOLS else 0
