"""The trainer's own tools: a checklist, form or protocol they made, read as the descriptors' "creates".

The framework's third stage makes the tools the first two are given: "Creates,
through principled application and innovation, tools and procedures for
observing and giving feedback", "develops assessment criteria for specific
situations", "Designs ... learning units and courses". Trainers seldom write
"creates". They say what they made: "I made our own observation forms", "built
my own protocol", "wrote the rubric we use", "the feedback protocol I wrote",
"the tool is mine".

:func:`made` finds the first such phrase in a statement, and the scorer counts
it as a stage cue for the third stage (``ScorerWeights.made``, 0 to turn it
off), the counterpart of :func:`~._given.given`, which reads an institution's
tool as the first two stages' "given". Only tools count (the nouns
:data:`TOOL_WORDS` lists: not a session's slides or materials), not activities
("I made the sessions more interactive"), and the words between the verb and
the tool are the tool's own: never a person ("I made the teachers fill in the
form"), a preposition or a clause ("I made sure that the forms", "I write
feedback using the school's checklist"). A tool made by someone else is not the
trainer's ("the forms were written by the coordinator", "I helped write the
criteria", "the ministry-designed checklist"), nor one a participle only
describes ("newly developed criteria"), nor one "make" does something to ("I
make the ministry modules more practical"). Whether the statement asserts the
making (not "I have never made my own forms") is the assertion reader's to say,
as it is for every cue. A fresh-eyes review of 349 probes narrowed it to this.
Two verbs of one making ("developed and validated assessment criteria") and two
words of one tool ("the observation and feedback tools") are joined; a first
stage's quantity inside the phrase counts what was made ("made a handful of
... tools"), not a narrow practice (the scorer drops it).

A statement without one of those nouns costs one set look-up. The patterns ignore
case in ASCII letters only, so that look-up, on :func:`~._text.tokens`' lower-case
words, answers for them exactly (a Unicode case fold matches the long s, U+017F, as "s").
"""

from __future__ import annotations

import re

from ._given import TOOLS

__all__ = ["TOOL_WORDS", "made", "several_of_own"]

_MAKING = (
    r"made|make|makes|making|built|build|builds|building|wrote|write|writes|writing|written|"
    r"developed|develop|develops|developing|drafted|draft|drafts|drafting|devised|devise|devises|"
    r"designed|design|designs|designing|created|create|creates|creating|produced|compiled|"
    r"put\s+together|came\s+up\s+with|come\s+up\s+with|drew\s+up|draw\s+up"
)
"""Verbs of making (the descriptors' "creates", "develops", "designs", in the words trainers use)."""

TOOL_WORDS = TOOLS - {
    "material", "materials", "slides", "sheet", "sheets", "pack", "packs", "coursebook", "coursebooks",
    "handbook", "handbooks",
}  # fmt: skip
"""The tools whose making is the third stage's: instruments, procedures, criteria, courses' parts.
Not the everyday making of a session's slides, sheets or materials ("I made the slides for
Tuesday"), which every stage does."""

_TOOL = "|".join(sorted(TOOL_WORDS, key=len, reverse=True))

_WITHIN = (
    r"(?!(?:i|we|you|he|she|they|it|me|us|him|them|his|their|your|of|at|in|on|to|for|with|from|by|"
    r"about|using|following|against|around|onto|through|up|into|over|under|after|before|off|out|via|"
    r"like|across|along|based|given|provided|than|more|less|and|or|but|so|that|which|who|where|when|"
    r"is|are|was|were|be|been|sure|use|uses|used|fill|complete|teachers?|trainees?|participants?|"
    r"colleagues?|everyone|people)\b)[\w'’-]+"
)
"""A word between the verb and its tool ("our own observation"): not a person, a preposition or a
clause's start ("made the teachers fill in the form", "made sure that the forms", "write feedback
using the school's checklist", "design around the tools the school gives us")."""

_REFINING = (
    r"validated|validate|validates|piloted|pilot|pilots|trialled|trialed|trial|tested|test|tests|"
    r"refined|refine|refines|revised|revise|revises|maintained|maintain|maintains"
)
"""A second verb of a making joined to the first: "developed and validated", "designed and piloted"."""

_JOINED = r"(?!(?:the|a|an|our|my|their|his|her|its|your)\b)"
"""Not a determiner after "and" or "or": another noun phrase begins ("I write feedback and the rubric")."""

_MAKING_A_TOOL = re.compile(
    rf"\b(?P<verb>{_MAKING})(?:\s+and\s+(?:{_MAKING}|{_REFINING}))?"
    rf"\s+(?P<object>(?:(?:a\s+)?(?:couple|set|series|pair|bank|handful|number)\s+of\s+)?"
    rf"(?:{_WITHIN}\s+){{0,4}}(?:{_WITHIN}\s+(?:and|or)\s+{_JOINED}{_WITHIN}\s+)?)(?:{_TOOL})\b",
    re.IGNORECASE | re.ASCII,
)
"""The verb, then the tool: "made our own observation forms", "wrote a couple of short checklists";
two verbs joined ("developed and validated assessment criteria") and two words of one tool joined
("the observation and feedback tools"), the tool's noun right after the second."""

_TOOL_I_MADE = re.compile(
    rf"\b(?:{_TOOL})\s+(?:that\s+|which\s+)?(?:i|we)(?:\s+have|\s+had|['’]ve)?\s+(?:{_MAKING})\b"
    r"(?!\s+(?:up|down|on|out|off|my|our|his|her|their|them|it|notes?|about|into)\b)",
    re.IGNORECASE | re.ASCII,
)
"""The tool, then its maker, the verb ending the relative clause: "the protocol I wrote", "the
criteria we have developed" (not "the procedures I write up each week", "the checklist I write my
notes on")."""

_TOOL_IS_MINE = re.compile(
    rf"\b(?:{_TOOL})\s+(?:is|are)\s+(?:all\s+)?(?:mine|my\s+own)\b(?!\s+to\b)", re.IGNORECASE | re.ASCII
)
"""The tool is the trainer's: "the tool is mine" (not "the tools are mine to choose")."""

_NOT_THE_MAKER = re.compile(
    r"(?:\b(?:is|are|was|were|been|be|being|help|helps|helped|helping)\s+(?:to\s+)?|-)$",
    re.IGNORECASE | re.ASCII,
)
"""Before the verb: a passive ("was made"), a hand in someone else's making ("helped write") or a
compound's participle ("ministry-designed", "pre-made")."""

_ADJECTIVAL = re.compile(r"\b(?:\w+ly|the|a|an|their|its|his|her|your)\s+$", re.IGNORECASE | re.ASCII)
"""Before a participle right before its tool: the participle describes it ("newly developed
criteria", "the designed checklist"), no one is said to make it."""

_CAUSED = re.compile(
    r"\s*(?:$|[.,;:!?()\-–—]|(?:for|with|to|that|which|and|or|in|on|at|of|so|because|from|myself|"
    r"ourselves|last|this|years?|when|during|after|before|since)\b)",
    re.IGNORECASE | re.ASCII,
)
"""What may follow a tool that "make" governs: "made our own forms for ...", not "made the ministry
modules more practical" or "made the checklist work", where "make" causes, not makes."""

_MAKE = frozenset({"make", "makes", "making", "made"})

_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|of|about|for|with|over|in|to|from|by)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE | re.ASCII
)
"""Before a tool said to be the trainer's: the tool in a phrase of a noun before it ("the final
decision on the criteria is mine"), not the subject."""


def made(text: str) -> str | None:
    """The first phrase of ``text`` that names a tool the trainer made, or None.

    The phrase is as written, its white space folded ("made our own observation forms").
    Each pattern is tried only where the words it needs are in the text (a verb of making;
    "mine" or "own"): most statements that name a tool name no making of it.
    """
    words = {w.lower() for w in _LETTERS.findall(text)}
    return _made(text, verb=not _FIRST_WORDS.isdisjoint(words), mine="mine" in words or "own" in words)


_LETTERS = re.compile(r"[A-Za-z]+")
"""Runs of ASCII letters: the words the patterns see (they ignore case in ASCII letters only, and
a verb stands between a word boundary and white space, so it is a whole run)."""


def _made(text: str, *, verb: bool, mine: bool) -> str | None:
    """:func:`made`, each pattern tried only where its words may be.

    The patterns with a verb of making only if ``verb``, the one of "mine" or "my own" only
    if ``mine`` (both True: every pattern, the plain reading).
    """
    for found in _MAKING_A_TOOL.finditer(text) if verb else ():
        at = found.start()
        before = text[max(0, at - 20) : at]
        if _NOT_THE_MAKER.search(before):
            continue
        making = found.group("verb").lower()
        if not found.group("object") and _ADJECTIVAL.search(before):
            continue  # a participle right before its tool, described: "newly developed criteria"
        if making in _MAKE and not _CAUSED.match(text, found.end()):
            continue  # "made the ministry modules more practical"
        return " ".join(found.group(0).split())
    for pattern in (_TOOL_I_MADE, _TOOL_IS_MINE):
        if not (mine if pattern is _TOOL_IS_MINE else verb):
            continue
        after = pattern.search(text)
        if after is not None and not (
            pattern is _TOOL_IS_MINE
            and _PREPOSITION_BEFORE.search(text, max(0, after.start() - 30), after.start())
        ):
            return " ".join(after.group(0).split())
    return None


_PLURAL_TOOLS = frozenset(w for w in TOOL_WORDS if w.endswith("s")) | {"criteria", "curricula", "syllabi"}
_MAKERS = frozenset({"i", "we", "ive", "weve", "id", "wed"})
_MAKER_BEFORE = re.compile(r"\b(?:i|we)(?:['’](?:ve|d))?(?:\s+[\w'’-]+){0,2}\s*$", re.IGNORECASE | re.ASCII)
"""The trainer, up to two words before the verb: "I made", "I've also built", "we just put together"."""


def several_of_own(text: str, phrase: str) -> bool:
    """Whether a phrase :func:`made` found names several tools the trainer made ("I made a few simple tools").

    The trainer (I or we) makes them, just before the verb or in the phrase ("the forms we
    developed"), and the tool's noun is a plural: the words inside describe what was made ("a few
    simple tools": a senior trainer's modesty). Not "I made a basic checklist", which may be a
    beginner's one, nor "The course leader made a few simple tools".
    """
    words = phrase.lower().split()
    if not words or (
        words[-1] not in _PLURAL_TOOLS
        and not (words[-1] in _MAKING_VERBS and any(w in _PLURAL_TOOLS for w in words))
    ):
        return False
    if not _MAKERS.isdisjoint(w.replace("'", "").replace("’", "") for w in words):
        return True  # "the forms we developed"
    found = re.search(r"\s+".join(map(re.escape, phrase.split())), text)
    return found is not None and _MAKER_BEFORE.search(text, 0, found.start()) is not None


_MAKING_VERBS = frozenset(_MAKING.replace(r"\s+", " ").split("|"))
"""The verbs of :data:`_MAKING`, as words: the last word of "the forms we developed"."""
_FIRST_WORDS = frozenset(verb.split()[0] for verb in _MAKING_VERBS)
"""The first word of each verb of making ("put" of "put together"): no pattern but
:data:`_TOOL_IS_MINE` matches without one."""
