"""Assertion status: whether a statement says the trainer does something now.

A careful reader does not credit "I have never designed a course", "I hope to
mentor trainers one day", "My manager designs our courses" or "I used to run
workshops" as the trainer's practice. :func:`read_clauses` reads a statement
the way the clinical-text algorithms NegEx and ConText do (Chapman et al.
2001; Harkema et al. 2009): it splits the statement into clauses at
terminators ("but", ";", "although", "and I" ...), finds trigger terms in each
clause, and gives the words in each trigger's scope a status: negated,
intended, someone else's, or past. The triggers are data
(``data/assertion.toml``), beside the lexicon.

It also reads text that is not prose: Markdown markup is stripped
(:func:`plain`), date ranges are dropped ("2019-present" is no evidence of
presenting), and a fragment made only of names, titles and qualifications
("CELTA, DELTA Module 2"; "Senior Trainer, British Council") is marked
:attr:`Assertion.NOT_PROSE`.

The matcher scores only the asserted words of a statement; when a statement
asserts nothing, its matches carry the status and no confidence, and
:func:`~trainerframework.profile_text` credits nothing from it.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re
import time
from collections.abc import Callable, Collection, Iterable
from typing import Any, NamedTuple

import attrs

from .._base._bundled import bundled_toml
from .._base._cache import once
from ._text import DOTTED_TITLES, STOPWORDS, Stemmer, bundled_stems, ended, lazy_pattern, tokens, trimmed

__all__ = ["LABEL", "Assertion", "Clause", "asserted_text", "plain", "read_clauses"]


class Assertion(enum.Enum):
    """Whether a clause asserts the trainer's own current practice."""

    ASSERTED = "asserted"
    """The trainer does it now (or did it, as a report of practice)."""
    NEGATED = "negated"
    """The trainer says they do not, never, or cannot do it."""
    INTENDED = "intended"
    """Hoped for, planned, wished for, or hypothetical."""
    OTHER = "other"
    """Someone else does it: a manager, a coordinator, a colleague."""
    PAST = "past"
    """Given up: "used to", "no longer", "years ago"."""
    NOT_PROSE = "not_prose"
    """Not a statement of practice: a heading, a list of qualifications, a job title, a date."""
    ASKED = "asked"
    """A question put to someone ("Q: How do you plan for a new context?"), not answered yes."""

    @property
    def reason(self) -> str:
        """The status in a few plain words, for example ``"negated"`` or ``"someone else's practice"``."""
        return _REASONS[self]


_REASONS = {
    Assertion.ASSERTED: "asserted",
    Assertion.NEGATED: "negated",
    Assertion.INTENDED: "an intention, not yet practice",
    Assertion.OTHER: "someone else's practice",
    Assertion.PAST: "past practice, given up",
    Assertion.NOT_PROSE: "not a statement of practice",
    Assertion.ASKED: "a question, not a statement of practice",
}


@attrs.frozen(kw_only=True)
class Clause:
    """A stretch of a statement with one assertion status."""

    text: str
    """The words of the stretch, as written."""
    assertion: Assertion
    """Whether the trainer asserts it as their own current practice."""
    trigger: str | None = None
    """The trigger term that set the status (None for asserted text)."""


# -- reading the text -------------------------------------------------------------------------

LABEL = lazy_pattern(r"^\s*(?!(?:I|We) [\w'’-])[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}:\s+")
"""A label before a colon at the start ("Journal:", "Mentor log:") says where a
statement comes from, not what the trainer does: it is read as no claim. Not the
trainer's own lead-in ("I ask: how do you know they learned it?", "I vary it:"),
which says what they do; "I:" alone is an interviewer's label."""

_OWN_VOICE = lazy_pattern(
    r"(?i)\b(?:journal|diary|blog|e-?mail|message|text|chat|whatsapp|slack|forum|post|voice note"
    r"|note to self|self-\w+|cover letter|application|cv|personal statement|reflective \w+|cpd)\b"
)
_REPORTED_VOICE = lazy_pattern(
    r"(?i)\b(?:report|review|reference|recommendation|appraisal|evaluation|feedback|nomination|mentor"
    r"|supervisor|manager|inspector|assessor|observer|participants?|trainees?|teachers?|peers?|panel"
    r"|minutes|employer|head|moderator|funder|colleague|coordinator|comment)\b"
)


def _reported(label: str) -> bool:
    """Whether a source label may stand before someone's report on the trainer ("Reference:").

    A label of the trainer's own writing ("Journal:", "Group chat:", "Email to
    coordinator:") is no report: the "I" after it is the trainer, as in an
    unlabelled statement. Any other label may be ("Peer note:", "Minutes:").
    """
    by = _ADDRESSEE.sub("", label)  # "Email to coordinator:": the trainer writes to them
    return _OWN_VOICE.search(by) is None or _reports(label)


def _reports(label: str) -> bool:
    """Whether a source label names a report on the trainer ("Reference:", "Peer note:", "Minutes:")."""
    return _REPORTED_VOICE.search(_ADDRESSEE.sub("", label)) is not None


_ADDRESSEE = lazy_pattern(r"(?i)\b(?:to|for) (?:my |the |our )?[\w'’-]+")


_MARKUP = (
    (lazy_pattern(r"\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # [text](url) -> text
    (lazy_pattern(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+"), ""),  # headings
    (lazy_pattern(r"(?m)^[ \t]*>[ \t]?"), ""),  # block quotes
    (lazy_pattern(r"(?m)^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+"), "\n- "),  # bullets and numbered items
    (
        lazy_pattern(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$"),
        "",
    ),  # table rules
    (lazy_pattern(r"[ \t]*\|[ \t]*"), "\n\n"),  # table cells: each its own statement
    (lazy_pattern(r"(\*\*|__|`+)"), ""),  # strong emphasis and code
    (lazy_pattern(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *emphasis*
    (lazy_pattern(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),  # _emphasis_
)
_MARKUP_CHAR = re.compile(r"[#*_`|\[>]")
"""A character any of the markup patterns needs: without one, there is nothing to strip."""
_DATE_RANGE = lazy_pattern(
    r"(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d"
    r"\s*(?:[-–—]|to|until|till)\s*"
    r"(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)?\d\d"
    r"|present|now|date|today|current|ongoing)\b"
)


_YEAR = re.compile(r"(?:19|20)\d\d")
_BETWEEN_YEARS = lazy_pattern(r"(?i)\bbetween (?:19|20)\d\d and (?:19|20)\d\d\b")


def plain(text: str) -> str:
    """The text with Markdown markup and date ranges removed (list items and table cells kept apart)."""
    if _MARKUP_CHAR.search(text):
        for pattern, replacement in _MARKUP:
            text = pattern.sub(replacement, text)
    if _YEAR.search(text):
        text = _DATE_RANGE.sub(_range_read, _BETWEEN_YEARS.sub(_range_read, text))
    return text


def _range_read(found: re.Match[str]) -> str:
    """A date range as the reader takes it.

    An open one ("2019-present") is no claim and goes; a closed one that has
    ended ("2016-2022") says what follows is over, as "until 2022" does.
    """
    end = _YEAR.findall(found.group())
    if len(end) == 2 and int(end[-1]) < _THIS_YEAR:
        return f" until {end[-1]} "
    return " "


_THIS_YEAR = time.localtime().tm_year  # datetime.date.today().year, without importing datetime (~1 ms)


# One token: a word (apostrophes inside kept, then dropped in its normal form) or a mark
# that ends a scope. The normal form is what the matcher's tokens look like.
_TOKEN = lazy_pattern(r"[^\W_]+(?:['’‘][^\W_]+)*|[,;.!?()–—]| - ")
_ASCII_TOKEN = lazy_pattern(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*|[,;.!?()]| - ")
r""":data:`_TOKEN` for ASCII text (most statements), which it reads a quarter faster: an ASCII letter or
digit is what ``[^\W_]`` is there. ``tests/test_hot_paths.py::TestAsciiTokens`` checks the two agree."""


class _Tokens(NamedTuple):
    """A text's tokens as three parallel lists (cheaper than an object a token)."""

    words: list[str]
    """Lower case, apostrophes removed; a punctuation mark as itself."""
    spans: list[tuple[int, int]]
    """Where each token stands in the text."""
    raw: list[str]
    """Each token as written."""


_Phrase = tuple[tuple[str, ...], str, Assertion]
"""A trigger phrase: its words, its scope, the status it sets."""


class _Triggers(NamedTuple):
    """The bundled triggers, compiled: word sequences by first word, and word sets."""

    phrases: dict[str, tuple[_Phrase, ...]]
    """first word -> (words, scope, status), longest first; scope is forward, clause, pseudo,
    terminator, agent"""
    auxiliaries: frozenset[str]
    subjects: frozenset[str]
    subordinators: dict[str, tuple[tuple[str, ...], ...]]
    persons: frozenset[str]
    modal: frozenset[tuple[str, ...]]
    roles: dict[str, tuple[tuple[str, ...], ...]]
    alone: dict[str, tuple[tuple[str, ...], ...]]
    peers: dict[str, tuple[tuple[str, ...], ...]]
    determiners: dict[str, tuple[tuple[str, ...], ...]]
    reports: dict[str, tuple[tuple[str, ...], ...]]
    participles: frozenset[str]
    participle_words: frozenset[str]
    """Every word of :attr:`participles` ("put together": "put" and "together"), for the fast path."""
    starts: _Starts
    """The fast path's test."""
    purposes: dict[str, tuple[tuple[str, ...], ...]]
    """Clauses of purpose, by first word: after an intention, intended too."""
    terminators: dict[str, tuple[tuple[str, ...], ...]]
    """The clause terminators by first word."""
    breaks: frozenset[str]
    """Words where a clause may end: the marks that end one and the terminators' first words."""
    following: dict[str, tuple[_Phrase, ...]]
    """:attr:`phrases` by first word, the one-word phrases only (all that can start where the next
    word begins no phrase of this first word); only the words that are a phrase alone."""
    paired: dict[tuple[str, str], tuple[_Phrase, ...]]
    """:attr:`phrases` by first two words, in their order there, the one-word phrases of that
    first word among them: every phrase that can start at a word followed by the second (see
    :func:`_options`)."""


def _words(term: str) -> tuple[str, ...]:
    """A trigger term, read as a statement's words are ("no, that" is no , that)."""
    if term.isascii() and term.replace(" ", "").isalnum():
        return tuple(term.lower().split())  # letters, digits and spaces (most terms): what _tokens gives
    return tuple(_tokens(term).words)


def _by_first(terms: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Terms as words, by first word, the longest first (tuples: no work for the garbage collector)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for term in terms:
        words = _words(term)
        out.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in out.items()}


def _past_after(data: dict[str, Any]) -> list[str]:
    """The phrases that say the clause before is over.

    Those listed, and each giving-up verb with every object and each of its particles ("handed
    them over", "gave it all up").
    """
    given_up = data["past"]["given_up"]
    return [
        *data["past"]["after"],
        *(
            f"{verb} {thing} {particle}"
            for verb, particles in given_up["particles"].items()
            for thing in given_up["objects"]
            for particle in particles
        ),
    ]


@once
def _triggers() -> _Triggers:
    data = bundled_toml("assertion.toml")
    phrases: dict[str, list[tuple[tuple[str, ...], str, Assertion]]] = {}

    def add(terms: list[str], scope: str, status: Assertion) -> None:
        for term in terms:
            words = _words(term)
            phrases.setdefault(words[0], []).append((words, scope, status))

    add(data["negated"]["forward"], "forward", Assertion.NEGATED)
    add(data["negated"]["pseudo"], "pseudo", Assertion.ASSERTED)
    add(data["negated"]["clause"], "clause", Assertion.NEGATED)
    add(data["intended"]["forward"], "forward", Assertion.INTENDED)
    add(data["intended"]["clause"], "clause", Assertion.INTENDED)
    add(data["past"]["forward"], "forward", Assertion.PAST)
    add(data["past"]["clause"], "clause", Assertion.PAST)
    add(_past_after(data), "after", Assertion.PAST)
    add(data["clauses"]["terminators"], "terminator", Assertion.ASSERTED)
    add(data["other"]["agents"], "agent", Assertion.OTHER)
    add(data["other"]["handed"], "clause", Assertion.OTHER)
    add(data["other"]["after"], "after", Assertion.OTHER)
    add(data["other"]["aside"], "aside", Assertion.OTHER)
    # the longest first; at equal length a pseudo-trigger before a trigger
    ordered = {
        first: tuple(sorted(found, key=lambda p: (-len(p[0]), p[1] != "pseudo")))
        for first, found in phrases.items()
    }
    following, paired = _paired(ordered)
    return _Triggers(
        phrases=ordered,
        auxiliaries=frozenset(data["negated"]["auxiliaries"]),
        subjects=frozenset(data["subjects"]["words"]),
        subordinators=_by_first(data["subjects"]["subordinators"]),
        persons=frozenset(data["subjects"]["persons"]),
        modal=frozenset(map(_words, data["intended"]["modal"])),
        roles=_by_first(data["other"]["roles"]),
        alone=_by_first(data["other"]["alone"]),
        peers=_by_first(data["other"]["peers"]),
        determiners=_by_first(data["other"]["determiners"]),
        reports=_by_first(data["other"]["reports"]),
        participles=frozenset(data["other"]["participles"]),
        participle_words=frozenset(w for p in data["other"]["participles"] for w in p.split()),
        starts=_fast_starts(),
        purposes=_by_first(data["subjects"]["purposes"]),
        terminators=(terminators := _by_first(data["clauses"]["terminators"])),
        breaks=_ENDS_CLAUSE | frozenset(terminators),
        following=following,
        paired=paired,
    )


@once
def _fast_starts() -> _Starts:
    """The fast path's test (:func:`plainly_asserted`) alone: a plain statement needs no other table."""
    return _starts(bundled_toml("assertion.toml"))


def _paired(
    phrases: dict[str, tuple[_Phrase, ...]],
) -> tuple[dict[str, tuple[_Phrase, ...]], dict[tuple[str, str], tuple[_Phrase, ...]]]:
    """The phrases that can start at a word: by the word alone (one-word phrases) and by it and the next.

    A phrase of two or more words matches only where its second word follows
    its first, so these hold, in the phrases' own order, every phrase that
    can match: :func:`_options`.
    """
    alone: dict[str, tuple[_Phrase, ...]] = {}
    paired: dict[tuple[str, str], tuple[_Phrase, ...]] = {}
    for first, found in phrases.items():
        if one_word := tuple(p for p in found if len(p[0]) == 1):
            alone[first] = one_word
        for second in {p[0][1] for p in found if len(p[0]) > 1}:
            paired[first, second] = tuple(p for p in found if len(p[0]) == 1 or p[0][1] == second)
    return alone, paired


def _options(t: _Triggers, words: list[str], i: int) -> tuple[_Phrase, ...]:
    """The phrases of ``t.phrases[words[i]]`` that can start at ``i``, in their order.

    Those whose second word is not the next word are left out (they cannot
    match), so each phrase of one or two words given matches at ``i``, and a
    longer one does when its further words follow.
    ``tests/test_hot_paths.py::TestTriggerOptions`` checks that these are
    the matching phrases of the plain scan, in its order.
    """
    if i + 1 < len(words):
        found = t.paired.get((words[i], words[i + 1]))
        if found is not None:
            return found
    return t.following.get(words[i], ())


def _phrase_starts(t: _Triggers, words: list[str]) -> list[int]:
    """Where a phrase can start: a word that is one, or a pair of words that begins one (:func:`_options`).

    Only a phrase's first word can begin one, so only those words are looked
    at, not every pair. ``tests/test_hot_paths.py::TestPhraseStarts`` checks
    it against the plain scan of every pair.
    """
    paired, following, firsts = t.paired, t.following, t.phrases
    last = len(words) - 1
    return [
        k
        for k, w in enumerate(words)
        if w in firsts and (w in following or (k < last and (w, words[k + 1]) in paired))
    ]


class _Starts(NamedTuple):
    """What the fast path looks for in a statement's words: where a status could start."""

    phrases: dict[tuple[str, str], tuple[tuple[str, ...], ...]]
    """Negation, intention and past triggers and roles that need no determiner, of two words or
    more, by their first two words (terminators and pseudo-triggers only split or cancel)."""
    roles: frozenset[str]
    """Each role's first word: a determiner with one of these one to three words on may start a role."""
    single: frozenset[str]
    """The one-word phrases."""
    near: frozenset[tuple[str, str]]
    """Word pairs that may start a status: a phrase's first two words, a role and a duty."""
    duties: frozenset[tuple[str, str]]
    """A role and a duty one after the other ("coordinator's job")."""
    opening: re.Pattern[str]
    """A determiner (its group ``determiner``) where a clause may begin: the start, after a mark
    that ends a clause, or after a joining word (a superset of where :func:`_role_subject` looks)."""
    words: frozenset[str]
    """Every word the fast path asks about (its tests read the statement's words among these)."""
    plural_roles: frozenset[str]
    """Roles of one word in the plural, which open a clause with no determiner ("Inspectors ...")."""


def _starts(data: dict[str, Any]) -> _Starts:
    other = data["other"]
    starts = [
        *data["negated"]["forward"], *data["negated"]["clause"], *data["intended"]["forward"],
        *data["intended"]["clause"], *data["intended"]["modal"], *data["past"]["forward"],
        *data["past"]["clause"], *_past_after(data), *other["alone"], *other["handed"], *other["after"],
        *other["aside"],
    ]  # fmt: skip
    # the matcher's tokens split at hyphens and commas: "co-trainer" is "co trainer", "no, that" is "no that"
    phrases = _by_first(" ".join(tokens(t)) for t in starts)
    owners = {tokens(r)[0] for r in other["roles"]}
    possessives = {o + "s" for o in owners}  # as the tokens spell them: "the ministry's unit" has "ministrys"
    roles = frozenset(tokens(r)[0] for r in other["roles"] + other["peers"]) | possessives
    # a role and a duty: "Adapting the packs is (the) coordinator's job"
    role_duty = {(o, d) for o in owners | possessives for d in _DUTIES}
    pairs: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for found in phrases.values():
        for p in found:
            if len(p) > 1:
                pairs.setdefault((p[0], p[1]), []).append(p)
    single = frozenset(p[0] for found in phrases.values() for p in found if len(p) == 1)
    asked = {"who", "whose", "its", "it", "one", "the", "days", "present", "by"} | _NOW | _ENDED_OR_POINTING
    participles = {w for p in other["participles"] for w in p.split()}  # "put together": "together"
    asked |= _SUBJECT_PRONOUNS | _SINGULAR_VOICE | participles | roles | single | _HE_OR_SHE
    asked |= _FRONTED_CONTRASTS
    return _Starts(
        phrases={pair: tuple(found) for pair, found in pairs.items()},
        roles=roles,
        single=single,
        near=frozenset({(p[0], p[1]) for found in phrases.values() for p in found if len(p) > 1} | role_duty),
        duties=frozenset(role_duty),
        opening=lazy_pattern(
            # where _role_subject looks: a clause's opening, after a joining word, or after the
            # comma that ends a fronted phrase ("According to Ana, the coordinator ..."), then
            # perhaps "that" or "it" ("that my manager reads them", "it's my manager")
            r"(?:^[\W_]*|[;.!?():,][\W_]*|\b"
            + _either(_ROLE_JOINERS)
            + r"\W+)"
            # perhaps past a short phrase of when (_past_time_opener): "This morning our coordinator"
            + rf"(?:(?:{_TIME_OPENER})[\W_]+)?"
            + r"(?:(?:that|it)(?:['’]s| is| was)?\s+)?(?:"
            + _either(_SHARES)
            + r"\s+of\s+)?(?P<determiner>"
            + "|".join(sorted((re.escape(d) for d in other["determiners"]), key=len, reverse=True))
            + r")\b",
            re.IGNORECASE,
        ),
        words=frozenset(asked),
        plural_roles=frozenset(r for r in other["roles"] if r.isalpha() and r.endswith("s")),
    )


def _tokens(text: str) -> _Tokens:
    found = list((_ASCII_TOKEN if text.isascii() else _TOKEN).finditer(text))
    spans = list(map(re.Match.span, found))
    raw = list(map(re.Match.group, found))
    # one lower() for all of them (no token holds a NUL); str.replace is faster than translate
    joined = "\0".join(raw).lower()
    if "'" in joined or "’" in joined or "‘" in joined or " " in joined:
        joined = joined.replace("'", "").replace("’", "").replace("‘", "").replace(" ", "")
    words = joined.split("\0") if raw else []
    # (the test for "M", "Dr" and "Prof" first: a substring test is cheaper than the search, and
    # every title of DOTTED_TITLES holds one of them)
    if "." in text and ("M" in text or "Dr" in text or "Prof" in text) and _TITLED.search(text):
        # a title's full stop ends no clause: "Mr. Dung designs the units" (one subject, not two clauses)
        keep = [k for k, w in enumerate(words) if not (w == "." and k and words[k - 1] in _DOTTED_TITLES)]
        words, spans, raw = [words[k] for k in keep], [spans[k] for k in keep], [raw[k] for k in keep]
    return _Tokens(words, spans, raw)


_DOTTED_TITLES = frozenset(title.lower() for title in DOTTED_TITLES)
_TITLED = lazy_pattern(r"\b(?:" + "|".join(DOTTED_TITLES) + r")\.")
"""The titles whose full stop ends no sentence, as :func:`~._text.sentences` has them."""


def _at(words: list[str], i: int, options: tuple[tuple[str, ...], ...] | None) -> int:
    """The length of the longest option that starts at position ``i`` (0: none)."""
    for option in options or ():
        if tuple(words[i : i + len(option)]) == option:
            return len(option)
    return 0


def _role_with_s(word: str) -> bool:
    """Whether the word is a one-word role with an "s", plural or possessive ("trainers", "ministry's")."""
    return word.endswith("s") and bool(_at([word[:-1]], 0, _triggers().roles.get(word[:-1])))


def _someone_at(words: list[str], i: int) -> int:
    """The length of the role or the colleague the triggers list that starts at ``i`` (0: none).

    "coordinator", "head of department", "co-trainer": someone, where a clause's subject or
    a passive's agent may stand.
    """
    t = _triggers()
    return _at(words, i, t.roles.get(words[i])) or _at(words, i, t.peers.get(words[i]))


# words after a negation that belong to the limit it sets: "hasn't yet", "doesn't really", "not able"
_LIMIT_WORDS = frozenset(
    {
        "yet",
        "really",
        "always",
        "much",
        "fully",
        "quite",
        "often",
        "even",
        "ever",
        "sure",
        "able",
        "confident",
    }
)
_SOMEONE_FOLLOWS = frozenset({"his", "her", "an"})
"""Words after "by" that make an agent only where a role or a colleague follows ("by his colleague",
at once; "by an outside equity consultant", within four words): "by her" alone may be the trainer a
report is on ("by her and a colleague" too), "by an" a thing ("led by an observation checklist")."""
_PREPOSITIONS = frozenset({"with", "in", "at", "of", "for", "on", "by", "under", "from", "to", "into"})
_DETERMINER_NEGATIONS = frozenset({"no", "none", "nobody", "nothing", "no one", "neither", "nor"})
_FIRST_PERSON = frozenset({"i", "me", "we", "us", "myself", "ourselves", "im", "ive", "id", "ill"})
_SUBJECT_PRONOUNS = frozenset({"i", "we"})
_CONDITIONS = frozenset({"if", "unless", "ideally"})
"""Words of a condition before "would" ("If we got the funding, I'd ...", "Ideally I'd ...")."""
_CONTRACTED = frozenset({"ill", "id", "wed", "shed", "hed", "shell", "hell", "theyd", "youd"})
_PEOPLE = frozenset({"me", "my", "us", "our", "her", "his", "him", "their", "them", "mine", "ours"})


def _names_people(words: list[str]) -> bool:
    return not _PEOPLE.isdisjoint(words)


_RELATIVES = frozenset({"which", "that", "who", "whom", "whose"})
_PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def _relative_reach(words: list[str], start: int, end: int) -> int:
    """Where the stretch from ``start`` to the next mark ends, with the relative clause after it, if any.

    "designed by Dr Osei, who built every unit around the district's needs": the relative clause
    goes on with the person just named, so it is theirs too, up to the end of the clause or a
    comma before a joiner or another relative ("..., who left in March, and Ana has adapted
    them"); not where the trainer is in it ("designed by my manager, who asked me to adapt it").
    """
    stop = next((k for k in range(start, end) if words[k] in _MARKS), end)
    if stop + 1 < end and words[stop] == "," and words[stop + 1] in _PERSON_RELATIVES:
        reach = next(
            (
                k
                for k in range(stop + 2, end)
                if words[k] in _ENDS_CLAUSE
                or words[k] in _DASHES
                or (words[k] == "," and k + 1 < end and words[k + 1] in _ENDS_RELATIVE)
            ),
            end,
        )
        if _FIRST_PERSON.isdisjoint(words[stop + 1 : reach]):
            return reach
    return stop


_VOICE = _FIRST_PERSON | {"my", "mine", "our", "ours"}
_SINGULAR_VOICE = frozenset({"i", "im", "ive", "id", "ill", "me", "my", "mine", "myself"})
_SPEAKS = frozenset({"i", "im", "ive", "id", "ill"})
_ANAPHORS = frozenset({"that", "thats", "it", "its", "this", "which", "no"})
_JOINERS = frozenset({"but", "and", "though", "although", "yet", "so"})
_CONTINUERS = _JOINERS | {"while", "whilst", "whereas", "because", "as", "when"}
"""Words a clause may open with before "she" or "they" goes on with someone else's practice."""
_ENDS_RELATIVE = _CONTINUERS | _RELATIVES
"""Words after a comma that end a relative clause: what follows is a clause of its own."""
_MARKS = frozenset(",;.!?()–—-")
_ENDS_CLAUSE = frozenset(";.!?()")


def _subject(words: list[str], i: int, start: int) -> int:
    """The position of the word before a trigger, auxiliaries skipped (below ``start``: none)."""
    t = _triggers()
    j = i - 1
    while j >= start and words[j] in t.auxiliaries:
        j -= 1
    return j


def _asked_wish(words: list[str], i: int, start: int, phrase: tuple[str, ...]) -> bool:
    """Whether the wish at ``i`` is someone else's, in a question the trainer asks or answers.

    "I ask the teachers what they want to focus on", "I find out what the participants
    would like to work on": a clause opened by a question word ("what", "how", "whether")
    whose subject is not the trainer (not I, we, me or my), right before the wish. The
    trainer's needs analysis, not an intention; not a wish of the trainer's own ("what I
    want to do next") nor one about the trainer ("what they want me to do").
    """
    if "me" in phrase or "us" in phrase or not _SPEAKS.isdisjoint(phrase) or not _VOICE.isdisjoint(phrase):
        return False  # about the trainer, or the trainer's own: "want me to", "I'd like"
    j = _subject(words, i, start)
    if j < start or words[j] in _VOICE or words[j] in _MARKS:
        return False  # the trainer's, or no subject right before it ("If a teacher asked, I'd ...")
    # the subject, perhaps after a determiner and a word ("what the new teachers"), then the question word
    for k in range(j - 1, max(start, j - 4) - 1, -1):
        if words[k] in _VOICE or words[k] in _MARKS:
            return False
        if words[k] in _ASKED_WISH_OPENERS:
            return True
    return False


_ASKED_WISH_OPENERS = frozenset({"what", "how", "whether", "which", "where", "when", "if", "why"})


def _is_personal(raw: list[str], words: list[str], i: int, start: int) -> bool:
    """Whether a modal trigger ("will", "would") at ``i`` has a person as its subject: an intention.

    A contraction holds its subject ("I'd", "we'd"; not "wed"), and "I'd" is an intention
    under a condition ("If we got the funding, I'd run a study"), not a hedge or a past
    ("I'd describe it as", "I'd never heard of it").
    """
    if "'" in raw[i] or "’" in raw[i]:
        # "I'd", "I'll" under a condition ("If we win the contract, I'll interview every teacher",
        # "Were I more experienced, I'd try video"), and "I'd" before one ("I'd try video if I had
        # the time"); not a hedge, a habit or what the trainer is about to do anyway ("I'll pair
        # the quiet ones", "I'd describe it as ...", "I'll adapt it if they struggle")
        return words[i] in _CONTRACTED_MODALS and (
            (_conditioned(words, start, i) and not _whoever_is_there(words, start, i))
            or (words[i] in _WOULD and not _had(words, i) and _condition_after(words, i))
        )
    if words[i] == "would" and _asks_of(words, i, start):
        return True  # "Would I like to rework the packs? Absolutely": what is wished for, not done
    if words[i] in {"would", "could"} and _conditioned(words, start, i):
        return True  # "Should this be funded, the lead trainer would ...", "if they ask, I could ..."
    if words[i] == "could":
        return False  # "I could design it": an ability, unless under a condition
    if words[i] in _CONTRACTED:
        return False  # "ill", "wed", "shell", "hell", "id" as words: "I was ill on Wednesday"
    j = _subject(words, i, start)
    if not _HOLDS_SUBJECT.isdisjoint(words[max(j + 1, start) : i]):
        return True  # the auxiliary holds its subject: "I'm going to", "we're going to"
    return j >= start and (words[j] in _triggers().persons or (raw[j][0].isupper() and j > start))


def _whoever_is_there(words: list[str], start: int, i: int) -> bool:
    """Whether "'ll" at ``i`` follows a condition on whoever is in the room: a habit, not a plan.

    "If anyone's behind I'll buddy them up", "if a teacher struggles, I'll model it
    again": what the trainer does each time; not "If we win the contract, I'll
    interview every teacher" (one event to come), nor "I'd" ("If a teacher asked, I'd ...").
    """
    if words[i] in _WOULD:
        return False
    k = max((j for j in range(max(start, i - _REACH), i) if words[j] in _CONDITIONS), default=None)
    if k is None or k + 1 >= i:
        return False
    w = words[k + 1]
    return w in _WHOEVER or (w in {"a", "any", "one"} and k + 2 < i and words[k + 2] in _SET_AGAINST)


_WHOEVER = frozenset(
    {"anyone", "anyones", "anybody", "someone", "someones", "somebody", "they", "theyre", "nobody"}
    | {"teachers", "trainees", "participants", "people", "students", "learners", "somebodys"}
)
"""Whom a condition on the people in the room names: "if anyone's behind", "if they struggle"."""


_WISHES = frozenset({"like", "love", "want", "prefer", "wish"})


def _asks_of(words: list[str], i: int, start: int) -> bool:
    """Whether the "would" at ``i`` opens a question of a wish: "Would I like to ...?".

    Only at the clause's opening (not "Why would I design a course?") and with a
    verb of wishing ("Would I call myself a course designer? Definitely." is
    asked of what is done).
    """
    if i != start or i + 2 >= len(words) or words[i + 1] not in _triggers().persons:
        return False
    if words[i + 2] not in _WISHES:
        return False
    k = i + 3
    while k < len(words) and words[k] not in _ENDS_CLAUSE:
        k += 1
    return k < len(words) and words[k] == "?"


_CONTRACTED_MODALS = _CONTRACTED | {"well", "theyll"}
"""I'd, I'll ... as the tokens spell them (read so only with the apostrophe written)."""


def _conditioned(words: list[str], start: int, i: int) -> bool:
    """Whether a condition comes before ``i``.

    "If" or "unless" in the clause, or a statement that opens with an inverted
    one ("Should this proposal be funded, ...", "Were we given time, ...").
    """
    return not _CONDITIONS.isdisjoint(words[max(start, i - _REACH) : i]) or (
        bool(words) and words[0] in {"should", "were", "had"} and "," in words[: min(i, _REACH)]
    )


_WOULD = frozenset({"id", "wed", "shed", "hed", "theyd", "youd"})
""""Would" contracted with its subject, as the tokens spell it ("I'd" -> "id")."""

_HEDGED_IFS = frozenset({"anything", "not", "so", "any", "needed", "necessary", "possible"})
"""Words after "if" that make it a hedge, not a condition: "if anything", "if not", "if so"."""


def _condition_after(words: list[str], i: int) -> bool:
    """Whether an unreal condition follows ``i`` closely: "I'd try video if I had the time".

    "If" and, within three words, a verb in the past ("if I had", "if they asked", "if we
    were given"), up to twelve words on and before a mark other than a comma. Not a real
    condition on a habit ("I'd usually observe twice if they are on probation"), an
    embedded question ("the director asked if I could"), a concession ("even if"), a
    hedge ("if anything"), or one after a dash ("I'd describe it as X - if someone ...").
    """
    for k in range(i + 1, min(i + 13, len(words) - 1)):
        w = words[k]
        if w in _MARKS and w != ",":
            return False
        if (
            w == "if"
            and words[k + 1] not in _HEDGED_IFS
            and words[k - 1] not in _NOT_CONDITIONAL_IFS
            and any(_past_verb(v) for v in words[k + 1 : k + 4])
        ):
            return True
    return False


_NOT_CONDITIONAL_IFS = frozenset(
    {"even", "as", "asked", "ask", "asks", "wondered", "wonder", "see", "check", "know"}
)
"""Words before "if" that make it no condition: "even if", "as if", "asked if", "see if"."""

_PAST_VERBS = frozenset({"had", "were", "was", "got", "did", "could", "knew", "gave", "let", "took", "found"})

_PARTICIPLES_AFTER_HAD = frozenset(
    {
        "been", "done", "had", "seen", "written", "taught", "given", "made", "built", "led", "got",
        "gone", "known", "taken", "never", "already", "just", "always", "ever", "only",
    }
)  # fmt: skip
"""What follows "I'd" when it is "I had": "I'd designed", "I'd been", "I'd never ..."."""


def _past_verb(word: str) -> bool:
    return word in _PAST_VERBS or (len(word) > 4 and word.endswith("ed"))


def _had(words: list[str], i: int) -> bool:
    """Whether "I'd" at ``i`` is "I had": "I'd designed three courses by then", "She'd observed me"."""
    return i + 1 < len(words) and (words[i + 1] in _PARTICIPLES_AFTER_HAD or _past_verb(words[i + 1]))


_HOLDS_SUBJECT = frozenset({"im", "ive", "hes", "shes", "weve", "theyve", "youre", "theyre", "were"})
"""Auxiliaries written with their subject, as the matcher's tokens spell them ("I'm" -> "im")."""


_WAS = frozenset({"was", "were"})


def _told_in_the_past(words: list[str], clause: tuple[int, int], *, fronted: bool = False) -> bool:
    """Whether a clause opens with the trainer doing something in the simple past ("I designed").

    ``fronted``: a time phrase may come first ("Before the reorganisation I designed ...",
    "For a decade I convened ...").
    """
    k, end = clause
    k += k < end and words[k] in _JOINERS
    if k < end and _named_activity(words, k, end):
        # what the trainer's was: "Designing full courses from scratch was my job for a decade"
        return any(
            words[j] in _WAS and words[j + 1] in {"my", "our"} and words[j + 2] in _DUTIES
            for j in range(k + 1, end - 2)
        )
    if fronted and k < end and words[k] in _TIME_FRONTS:
        j = next((j for j in range(k + 1, min(k + 8, end)) if words[j] in _SUBJECT_PRONOUNS), end)
        if any(w in _IRREGULAR_PAST or w.endswith("ed") for w in words[k + 1 : j]):
            return False  # a time told by an event ("Before the course began I ..."), not a period
        k = j
    if k >= end or words[k] not in _SUBJECT_PRONOUNS:
        return False
    k += 1
    while k < end and words[k] in _PAST_ADVERBS:
        k += 1
    return k < end and (
        words[k] in _IRREGULAR_PAST or (words[k].endswith("ed") and words[k] not in STOPWORDS)
    )


def _ceased(words: list[str], i: int, n: int, stop: int, before: list[str] | None = None) -> bool:
    """Whether the negation at ``i`` says a practice stopped: a perfect denied since a time, or for one.

    "I haven't observed anyone for three years", "Haven't trained anyone since 2019":
    up to now, not since then, so before then it was done. The practice is training
    in general (trained, observed, run ... with no object or "anyone", "any", "teachers"),
    or the verb of ``before``, the words it would end ("I observed with video ...").
    Not "haven't missed a session since 2015", nor "I switched to video feedback in
    2018. Haven't used a paper form since" (another practice, which the switch ended).
    """
    w = words[i]
    perfect = w in _PERFECT_DENIALS or (w in {"not", "never"} and i > 0 and words[i - 1] in _PERFECT)
    if not perfect:
        return False
    k = i + n
    while k < stop and words[k] in _LIMIT_WORDS | {"been"}:
        k += 1
    if k >= stop:
        return False
    verb = words[k]
    general = verb in _ACTIVITIES and (k + 1 >= stop or words[k + 1] in _ANY_OBJECT)
    same = before is not None and len(verb) > _STEM and any(b[:_STEM] == verb[:_STEM] for b in before)
    if not (general or same):
        return False
    for j in range(k + 1, stop):
        if words[j] in _OTHERWISE:
            return False  # "I haven't observed anyone without it since", "haven't done anything else since"
        if words[j] == "since":
            return True
        if words[j] in {"for", "in"} and any(x in _DURATIONS for x in words[j + 1 : j + 4]):
            return True
    return False


_PERFECT_DENIALS = frozenset({"havent", "hasnt"})
_DENYING = _PERFECT_DENIALS | {"not", "never"}
_NOT_GIVEN_UP = _DENYING | {"dont", "didnt", "wont", "wouldnt", "cant", "couldnt", "doesnt"} | {
    "refuse", "afford", "rarely", "nearly", "almost", "seldom", "one"
}  # fmt: skip
"""Words before a giving-up ("let it slide", "gave it up") that deny it: "I don't let it slide",
"I refuse to let that slide", "We nearly dropped it", "I'm not one to let it slide"."""


def _gives_it_up_oneself(words: list[str], start: int, i: int) -> bool:
    """Whether the trainer (or no one named) gives up what was told, at ``i``: "I dropped it", "; dropped it".

    Not someone else: "most of them gave it up by week three", "my colleague abandoned it".
    """
    j = i - 1
    joined = False
    while j >= start and words[j] in _GIVING_UP_ADVERBS:
        joined = joined or words[j] == "and"
        j -= 1
    # no subject of its own, the trainer's, or the clause's, when that is the trainer ("I ran that
    # study for three years and then dropped it")
    return j < start or words[j] in _GIVERS or (joined and words[start] in _GIVERS)


_GIVING_UP = frozenset(
    {"dropped", "let", "gave", "given", "abandoned", "phased", "wound", "moved", "handed", "signed"}
)
"""The first words of the phrases that give up what was told ("dropped it", "let that slide")."""
_GIVING_UP_ADVERBS = frozenset(
    {"then", "just", "eventually", "finally", "later", "since", "have", "had", "quietly", "simply", "and"}
)
_GIVERS = frozenset({"i", "we", "ive", "weve", "id", "wed", "-", "–", "—", ",", ";"})
_PERFECT = frozenset({"have", "has", "ive", "weve", "hes", "shes", "theyve"})
_DURATIONS = frozenset(
    {"years", "months", "year", "ages", "decade", "decades", "terms", "semesters", "while", "time"}
)
_OTHERWISE = frozenset({"without", "else", "other", "differently", "except", "but"})
"""Words that make a denial since a time say the practice went on: "haven't done it any other way since"."""
_ACTIVITIES = frozenset(
    {
        "trained", "observed", "run", "done", "worked", "designed", "delivered", "presented", "published",
        "mentored", "written", "led", "taught", "coached", "given", "organised", "organized", "facilitated",
        "opened", "touched", "training", "observing", "teaching", "mentoring", "presenting",
    }
)  # fmt: skip
"""What a trainer stops doing: "haven't trained anyone since 2019", "haven't touched any of it since"."""
_ANY_OBJECT = frozenset(
    {"anyone", "anybody", "any", "since", "for", "in", "much", "teachers", "people", "trainers", "groups"}
)
"""What follows such a verb when the practice itself is denied, not one thing in it
("a top-down observation")."""
_STEM = 5
"""Letters two words share when one says the other's practice stopped ("observed", "observe")."""


def _past_or_verbless(words: list[str], clause: tuple[int, int], *, copula: bool = False) -> bool:
    """Whether a clause tells the trainer's doing in the past, or tells no one doing anything.

    ``copula``: "was" is a past too, as before "until" and a year ("Adapting packs was my job
    until 2021"); not elsewhere ("Her session was lively, but she no longer sets homework").

    "Once upon a time I observed with a range of methods", "Pages of interviews with
    every teacher before the course": what a later "haven't ... since" says is over.
    Not "I run workshops every week" (a present, which a denial of something else leaves).
    """
    a, b = clause
    if _told_as_recent(words, a, b):
        return False  # "I ran a feedback workshop last week": what is done now, told as it happened
    k = next((k for k in range(a, min(a + 8, b)) if words[k] in _SUBJECT_PRONOUNS), None)
    if k is None:  # a fragment, or someone else's doing: told in the past, nothing in it going on now
        return _GOING_ON.isdisjoint(words[a:b]) and any(
            w in _IRREGULAR_PAST or (copula and w in _WAS) or (w.endswith("ed") and w not in STOPWORDS)
            for w in words[a:b]
        )
    k += 1
    while k < b and words[k] in _PAST_ADVERBS:
        k += 1
    return k < b and (
        words[k] in _IRREGULAR_PAST
        or words[k] in {"was", "were", "had", "did"}  # "I did all that as a mentor until 2020"
        or (words[k].endswith("ed") and words[k] not in STOPWORDS)
    )


def _given_up_then(words: list[str], start: int, i: int, phrase: tuple[str, ...]) -> int | None:
    """Where a clause's past ends before its trainer gives it up "then", at ``i`` (None: no such past).

    "I designed the course for years, then gave it up", "I spent years building the scheme, and
    then I handed the whole thing over to the quality team": what was done before "then" is over.
    Not someone else giving up ("most of them then gave it up"), nor a present before it ("I
    write the reports, then hand them over to the head").
    """
    if phrase[0] not in _GIVING_UP or i - start < _GIVEN_UP_THEN_SHORTEST:
        return None
    j = i - 1
    if words[j] in _TRAINER_SUBJECTS:
        j -= 1
    if words[j] != "then":
        return None
    j -= words[j - 1] in {"and", ","}
    if not _NOT_GIVEN_UP.isdisjoint(words[start:i]) or not _told_in_the_past(words, (start, j)):
        return None
    return j


_GIVEN_UP_THEN_SHORTEST = 4
"""The fewest words before a giving-up "then" that tell what was done ("I ran it, then ...")."""


def _tells_the_present(words: list[str], clause: tuple[int, int]) -> bool:
    """Whether a clause tells someone's doing now: a subject, and no past ("I write the reports").

    Not a fragment ("Peer feedback on my sessions"), nor "I did run the weekend workshops".
    """
    a, b = clause
    return (
        not _SUBJECT_PRONOUNS.isdisjoint(words[a : min(a + 8, b)])
        and not _past_or_verbless(words, clause)
        and not _told_in_the_past(words, clause)
    )


def _gives_up(words: list[str], k: int, before: list[str]) -> bool:
    """Whether what is stopped at ``k`` ("stopped training") is training itself, or what ``before`` told.

    "Adapting the workshops for each group - I was known for it. Then I moved into
    management and stopped training altogether": over. Not "I ran a needs analysis
    with the group. I stopped using the old questionnaire years ago" (another thing).
    """
    if k >= len(words):
        return True
    w = words[k]
    # with no object, what is stopped is what was told: "..., but I stopped when I left the institute"
    return (
        w in _GIVEN_UP
        or w in _MARKS
        or w in _NO_OBJECT
        or (len(w) > _STEM and any(b[:_STEM] == w[:_STEM] for b in before))
    )


_NO_OBJECT = frozenset({"when", "after", "once", "because", "as", "in", "during", "last", "years", "then"})
"""Words after "stopped" that show it has no object of its own: what it stops is what came before."""


_GIVEN_UP = frozenset(
    {
        "training", "observing", "teaching", "designing", "presenting", "publishing", "mentoring",
        "writing", "coaching", "altogether", ".",
    }
)  # fmt: skip
"""What is stopped when the practice told before is over: training itself ("stopped training altogether")."""
_RECENT = frozenset(
    {"yesterday", "today", "tonight", "week", "weekend", "morning", "afternoon", "recently", "just", "lately"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "month", "term"}
)
"""Words that date what the trainer did as recent: evidence of what they do now."""
_RECENT_SPANS = frozenset({"week", "weekend", "morning", "afternoon", "month", "term"})
"""Those of them that date nothing before a noun, where they name a kind of thing ("the weekend
workshops", "the morning sessions"), nor after a word of how often ("twice a week", "every term")."""
_HOW_OFTEN = frozenset({"a", "per", "every", "each"})
_BEFORE_A_PLACE = frozenset({"the", "very"})
"""Words before "back" that make it a place ("at the back", "at the very back"), not "back in 2015"."""


def _told_as_recent(words: list[str], a: int, b: int) -> bool:
    """Whether a word between ``a`` and ``b`` dates what is told as recent ("last week", "at the weekend")."""
    return any(
        w in _RECENT
        and (
            w not in _RECENT_SPANS
            or (
                (k + 1 >= len(words) or not _content((words[k + 1],)))
                and (k == 0 or words[k - 1] not in _HOW_OFTEN)
            )
        )
        for k, w in enumerate(words[a:b], a)
    )


_GOING_ON = frozenset(
    {"am", "is", "are", "im", "do", "does", "dont", "doesnt", "have", "has", "ive", "weve", "can", "cant"}
    | {"will", "wont", "now", "currently", "nowadays", "still", "always", "usually"}
)
"""Words that tell of what goes on now: a clause with one is not over for a later "haven't ... since"."""
_CONTRASTS = frozenset({"but", "though", "although", "yet", "however", "whereas"})
_TIME_FRONTS = frozenset({"before", "until", "till", "for", "in", "at", "during", "back", "after", "on"})
_ENDED_BY = frozenset({"before", "until", "till"})
"""A fronted time phrase that says the practice ended there: "Before the reorganisation I designed ..."."""
_NOW = frozenset({"now", "nowadays", "today", "currently"})
_NARROWED = frozenset({"only", "merely", "instead"})
"""Words by which what the trainer does now is less than, or other than, what was told before it
("Now I only adapt the materials", "These days I deliver the pack instead"); not "just", which is
as often "simply" or "a moment ago" ("Now I just have to give her the feedback")."""
_SPANS = frozenset({"years", "decade", "decades"})


def _less_now(words: list[str], clause: tuple[int, int], told: tuple[int, int]) -> bool:
    """Whether a clause of now says the trainer does less, or other, than a span of the past told before.

    "For ten years I wrote the courses. Now I only adapt them", "At my old school I designed whole
    courses. These days I deliver the pack instead": the past told over a span of time or fronted by
    a time or place. Not "not only" (more, not less: "Now I use it with every trainee, not only the
    new ones"), nor what was done recently ("I observed all the trainees last term. Now I only ...").
    """
    start, end = clause
    a, b = told
    opener = a + (words[a] in _JOINERS)
    return (
        any(words[k] in _NARROWED and words[k - 1] != "not" for k in range(start + 1, end))
        and not _told_as_recent(words, a, b)
        and (words[opener] in _TIME_FRONTS or not _SPANS.isdisjoint(words[a:b]))
    )


_ENDED_OR_POINTING = _ENDED_BY | _ANAPHORS
"""The fast path's second test for "then and now" (:func:`_now_clause`)."""


def _now_clause(words: list[str], start: int, end: int) -> tuple[bool, bool]:
    """Whether a clause sets the present against what came before, and whether it says "that" changed.

    ("Now I write the courses myself", "These days I adapt them": a contrast;
    "That's centralised now", "It's all online now": a change of what was just told.)
    """
    opener = start + (words[start] in _JOINERS and start + 1 < end)
    w = words[opener]
    contrast = w in _NOW or (tuple(words[opener : opener + 2]) in {("these", "days"), ("at", "present")})
    changed = w in _ANAPHORS and "now" in words[opener + 1 : min(end, opener + 6)]
    return contrast, changed


_PAST_ADVERBS = frozenset({"once", "also", "even", "often", "always", "regularly", "personally", "really"})


_POINTING_OPENERS = frozenset({"that", "thats", "this", "it", "its", "both", "these", "those"})
"""Words with which a clause may point back at what was told before it and name it a wish
(:func:`_named_back`)."""
_POINTING_BE = frozenset({"is", "s", "are"})
_DREAMS = frozenset({"dream", "hope", "ambition", "wish"})
"""What a practice pointed back at may be named that is wished for where the clause says it is not
yet ("That's the dream, anyway", "That's the hope, eventually"); without that it may be a dream
lived ("I run my own centre now. It's the dream!")."""
_NOT_YET = frozenset({"anyway", "eventually", "someday", "one"})
_PLANS_AHEAD = frozenset({"five", "ten", "long", "development", "career", "future"})
"""What makes a plan one for the years ahead ("Both are on my five-year plan", "It's in my
development plan"), not a plan in force ("It's in the course plan", "That's the plan for every
course I run"); so does a season alone after it ("That's the plan for spring", "the plan for the
autumn"), where nothing says it is under way (:data:`_UNDER_WAY`)."""
_UNDER_WAY = frozenset(
    {"already", "every", "usually", "always", "since", "started", "begun", "done", "again"}
)
"""Words by which a plan for a season is one in force, or a yearly round: "as every year"."""
_PROPOSALS = frozenset({"proposal", "bid"})
_DETERMINERS_OF_WISHES = frozenset({"the", "my", "our", "a", "an"})
_STEPS = frozenset({"step", "steps", "stage", "challenge"})
"""What a practice pointed back at may be named, after "next", that is still to come."""
_NAMED_BACK = _DREAMS | _PROPOSALS | _STEPS | {"plan", "plans"}
"""The fast path's test for :func:`_named_back`, beside a pointing word."""


def _would_be_lovely(words: list[str], i: int, end: int) -> bool:
    """Whether the pointing word at ``i`` opens a wish for what was told: "That would be lovely".

    "would be" (or "'d be") and a word of welcome, with nothing after it that says for what
    ("That would be lovely in theory", "It'd be a dream"); not "It would be great to do more"
    (a wish for more, beside what is done).
    """
    k = i + 1
    if words[i] in _POINTING_OPENERS and words[k : k + 1] == ["would"]:
        k += 1
    elif words[i] not in _WOULD_OPENERS:
        return False
    if words[k : k + 1] != ["be"]:
        return False
    k += 1
    k += words[k] in {"a", "so", "really", "just"} if k < end else 0
    return k < end and words[k] in _WELCOME and _FOR_WHAT.isdisjoint(words[k + 1 : end])


_WOULD_OPENERS = frozenset({"thatd", "itd"})
_WELCOME = frozenset(
    {"lovely", "nice", "great", "wonderful", "ideal", "amazing", "brilliant", "fantastic", "dream", "luxury"}
)
"""Words of welcome after "That would be", which wish for what was told: "That would be lovely"."""
_FOR_WHAT = frozenset({"to", "if", "for", "when", "but"})
"""Words after such a welcome that say what else it is for: "It would be great to do more"."""


def _named_back(words: list[str], start: int, end: int) -> str | None:
    """What a clause that points back at what was told before it names it, if a wish not yet granted.

    It opens with a pointing word ("that", "it", "both"), perhaps "is" or "are", perhaps "on" or
    "in", and names a dream not yet had ("That's the dream, anyway": ``"dream"``), a next step
    ("That's my next step"), a plan for the years ahead ("Both are on my five-year plan") or a
    proposal not yet granted ("It's in my proposal to the director", "That's the bid we're
    writing now"): ``"aim"``, wished for only where what was told before it names no practice of
    the trainer's in the first person (the caller asks). Not a dream lived ("It's the dream!"), a
    plan in force ("It's in the course plan"), a proposal approved ("the bid we won") or one for a
    change ("it's in my proposal to make them monthly"). None for any other clause.
    """
    i = start + (words[start] in _JOINERS and start + 1 < end)
    w = words[i]
    if _would_be_lovely(words, i, end):
        return "dream"  # "Needs analysis? That would be lovely in theory."
    if w not in _POINTING_OPENERS:
        return None
    i += 1
    if w not in {"thats", "its"}:
        if i >= end or words[i] not in _POINTING_BE:
            return None
        i += 1
    if i < end and words[i] in {"in", "on"}:
        i += 1
    rest = [x for x in words[i:end] if x not in _MARKS]
    if len(rest) < 2 or rest[0] not in _DETERMINERS_OF_WISHES:
        return None
    for k, x in enumerate(rest[1:5], 1):
        after = rest[k + 1 :]
        if x in _STEPS and rest[k - 1] == "next":
            # "That's my next step", "It's the next step for me": not taken yet; not the next step
            # of a routine ("That's the next step in the cycle", "... for the trainees")
            mine = k >= 2 and rest[k - 2] in {"my", "our"} and not after
            return "aim" if mine or after in (["for", "me"], ["for", "us"]) else None
        if x in _DREAMS:
            return "dream" if after and after[0] in _NOT_YET else None
        if x in {"plan", "plans"}:
            # for the years ahead, or for a season alone, and nothing in the sentence says it is
            # under way already or a yearly round ("That's the plan for spring", not "... for
            # spring courses", "... for the summer, as every year", "... and I've already started")
            at = next(j for j in range(i, end) if words[j] == x)
            phrase = list(itertools.takewhile(lambda w: w not in _MARKS, words[at + 1 : end]))
            season = (
                len(phrase) in {2, 3}
                and phrase[0] == "for"
                and phrase[-1] in _SEASONS
                and (len(phrase) == 2 or phrase[1] in {"the", "next", "this"})
                and _UNDER_WAY.isdisjoint(words[start : _sentence_end(words, end)])
            )
            ahead = (not after and not _PLANS_AHEAD.isdisjoint(rest[1:k])) or season
            return "aim" if ahead else None
        if x in _PROPOSALS:
            # not yet granted: the clause ends there, goes on to whom it is put, or is being written
            granted = not (
                not after
                or (after[0] == "to" and len(after) > 1 and after[1] in _DETERMINERS_OF_WISHES)
                or (len(after) > 1 and after[1].endswith("ing"))
            )
            return None if granted else "aim"
    return None


def _conditional(words: list[str], start: int, i: int) -> bool:
    """Whether a subordinator ("when", "if", "where") stands in the clause before ``i``: a condition.

    Not where the condition has its own subject and verb and a person after
    them, just before ``i``, opens the main clause: "Unless the ministry
    approves it I can't design the course myself".
    """
    at = _subordinator(words, start, i)
    return at is not None and not _opens_main_clause(words, start, i, at)


def _progressive(words: list[str], k: int, start: int) -> bool:
    """Whether the word at ``k`` is a verb in "-ing" after "is", "are" ... ("a teacher is struggling")."""
    return k > start and words[k].endswith("ing") and words[k - 1] in _BE


_BE = frozenset({"am", "is", "are", "was", "were", "be", "been", "im", "youre", "theyre", "hes", "shes"})


_REACH = 40
"""How far back a negation looks in its clause, for a condition or for what it denies."""

_SCOPE = 60
"""How far a trigger's scope reaches at most: a clause that runs on for pages without a
mark does not make each trigger in it mark all of it (time stays linear in the text)."""


def _subordinator(words: list[str], start: int, i: int) -> int | None:
    """Where the last subordinator ("when", "if", "where") before ``i`` in the clause stands, if any.

    Up to :data:`_REACH` words back: a clause that runs on without a break does not make
    each negation in it look back over all of it.
    """
    subordinators = _triggers().subordinators
    return next(
        (
            k
            for k in range(i - 1, max(start, i - _REACH) - 1, -1)
            if words[k] == "where"
            or (
                _at(words, k, subordinators.get(words[k]))
                and not (k and (words[k - 1], words[k]) in _NOT_CONDITIONS)
                and not _candid(words, k)
            )
        ),
        None,
    )


_CANDOUR = frozenset(
    {
        ("im", "honest"),
        ("im", "frank"),
        ("im", "being"),
        ("i", "am", "honest"),
        ("i", "am", "being"),
        ("you", "ask"),
    }
)
"""What follows "if" in a hedge: "if I'm honest", "if I am being frank", "if you ask me"."""


def _candid(words: list[str], k: int) -> bool:
    """Whether the "if" at ``k`` opens a hedge, not a condition: "something that, if I'm honest, ..."."""
    return words[k] == "if" and (
        tuple(words[k + 1 : k + 3]) in _CANDOUR or tuple(words[k + 1 : k + 4]) in _CANDOUR
    )


def _opens_main_clause(words: list[str], start: int, i: int, at: int) -> bool:
    """Whether the person just before ``i`` opens the main clause after a condition that began at ``at``.

    The condition has its own subject and verb first: "When a teacher is
    struggling I don't adjust anything", "Unless the ministry approves it I can't".
    """
    j = _subject(words, i, start)
    return j > at + 3 and words[j] in _SUBJECT_PRONOUNS and "," not in words[at:j]


_NOT_CONDITIONS = frozenset({("never", "once"), ("not", "once"), ("at", "once"), ("only", "once")})
"""A subordinator's word that is no condition there: "Never once, not in my life"."""


def _is_denial(words: list[str], i: int, start: int, trigger: tuple[str, ...]) -> bool:
    """Whether a negation at ``i`` denies the trainer's practice (not someone else's, not a description)."""
    t = _triggers()
    if _conditional(words, start, i):
        return False  # a condition: "when I didn't understand, she said it again"
    j = _subject(words, i, start)
    if j < start or words[j] in _MARKS:
        return True  # the clause opens with it: "Never designed a course", "No research yet"
    before = words[j]
    if trigger in _COPULA_NEGATIONS and _own_thing_described(words, start, i + 1, len(words)):
        return True  # "The comments I give after a lesson aren't very specific"
    if before in {"that", "which"} and _denied_complement(words, j + 1, start):
        return True  # "Course design is something that I've never done": the subject's own denial
    if (
        j == start
        and before in _POINTING_BACK
        and _predicate_names_the_trainer(words, i + len(trigger), len(words))
        and _UNTIL_THEN.isdisjoint(words[i : _sentence_end(words, i)])
    ):
        # "That has never been my thing": what was told is denied of the trainer (not "It was
        # never my area until my MA, and now I run it every month")
        return True
    if before in t.subjects:
        return False  # "teachers who do not", "needs that were not identified"
    if _opens_relative_clause(words, j, start) and not _fronted_object(words, start, j, i + len(trigger)):
        return False  # a relative clause: "a country I'd never worked in", "things we didn't know"
    if trigger in _APPROXIMATE and i + 1 < len(words) and before not in t.persons:
        after = words[i + 1]
        if after.endswith("ed") or after in t.participles:
            return False  # "approaches rarely used in our country": a description
    # "with no support", "in no time": a description
    return " ".join(trigger) not in _DETERMINER_NEGATIONS or before not in _PREPOSITIONS


def _denial_affirms(words: list[str], k: int, stop: int, trigger: tuple[str, ...]) -> int | None:
    """Where a verb's denial from ``k`` to ``stop`` that says the practice goes on ends (a double negation).

    A denial of leaving it out ("I don't skip anything", "I never hesitate to adapt the
    course", "I can't help linking it back to the research") or of doing it without
    something ("I never start a course without a full needs analysis", "can't imagine
    working without it") says the trainer does it: "never X without Y" is "always X
    with Y". Not "I wouldn't mind designing courses" (a wish), nor "I'll never forget my
    first observation" (only "forget to"). Only after a verb's own negation, not a
    determiner's ("no sense for schools without electricity") nor a copula's; and
    "without" only in the denied verb's own clause, not a relative clause or another
    person's ("I don't know anyone who observes without a form", "without someone asking
    me"). The words up to the verb or the "without" belong to it, as a pseudo-trigger's
    do ("So far I haven't stopped using the rubrics": no giving-up).
    """
    if trigger not in _VERBAL_DENIALS:
        return None
    while k < stop and words[k] in _LIMIT_WORDS | _BETWEEN_DENIAL_AND_VERB:
        k += 1
    if k >= stop:
        return None
    verb, then = words[k], words[k + 1] if k + 1 < stop else ""
    gerund = then.endswith("ing") and then not in STOPWORDS and not then.endswith("thing")
    if (
        (
            (verb in _OMITTING and (verb not in _OMITTING_BEFORE_TO or then == "to"))
            or (verb == "help" and trigger in _INABILITY and gerund)  # not "can't help during ..."
        )
        and not (
            (verb == "mind" and trigger == ("wouldnt",))
            # "I don't stop teachers from trying ..." (not "can't stop pulling theory in from everywhere")
            or (verb in _KEEPING_FROM and not gerund and "from" in words[k + 1 : stop])
        )
    ):
        return k + 1
    rarity = k + (verb == "unheard" and then == "of")  # "unheard of for me to"
    if verb in _RARE and words[rarity + 1 : rarity + 4] in (["for", "me", "to"], ["for", "us", "to"]):
        return k + 1  # "It's not unusual for me to rewrite a unit the night before"
    if verb in _SAYING_OR_RECALLING and (inner := _inner_denial(words, k + 1, stop)) is not None:
        return inner  # "I can't remember the last time I didn't give written feedback"
    persons = _triggers().persons
    for j in range(k + 1, stop):
        w = words[j]
        if w == "without":
            if j + 1 >= stop or words[j + 1] in _SOMEONE_ELSE_WITHOUT:
                return None
            if verb in _A_TIME_GOES_BY and not _trainers_doing(words, j + 1, stop):
                return None  # "Not a day goes by without a teacher asking me ...": the teacher's
            return j + 1
        if w in persons or w in _RELATIVE_OPENERS:
            return None
    return None


def _inner_denial(words: list[str], k: int, stop: int) -> int | None:
    """Where the trainer's own denial of a habit inside a denied saying or recalling ends.

    "I wouldn't say I never adapt the materials", "I don't think we don't ask for feedback",
    "I can't remember the last time I didn't give written feedback": two denials, one
    inside the other, say the practice goes on. The inner clause opens straight after the
    verb (or its "that"), or after "the last time"; its denial is "never" or "don't"
    ("didn't" after "the last time") before a verb of doing, not of wanting or being ("I
    don't think I never want to", "I can't say I didn't enjoy it", "I wouldn't claim I
    haven't tried", "I don't remember the teachers I didn't observe").
    """
    j = k + (k < stop and words[k] == "that")
    denials = _HABIT_DENIALS
    if words[j : j + 3] == ["the", "last", "time"]:
        j, denials = j + 3, _HABIT_DENIALS | {"didnt"}
    if j + 2 >= stop or words[j] not in _TRAINER_SUBJECTS or words[j + 1] not in denials:
        return None
    verb = words[j + 2]
    if verb in _NO_DOING or verb in STOPWORDS:
        return None
    return j + 2


def _trainers_doing(words: list[str], k: int, stop: int) -> bool:
    """Whether the doing after "without" at ``k`` is the trainer's: "without me running a workshop".

    A gerund right after it (or after the trainer, "me", "us"), not after someone else ("without a
    teacher asking me"); a noun phrase with no gerund in the next words is the trainer's too
    ("Not one of my courses goes ahead without a needs survey").
    """
    j = k
    while j < stop and (words[j] in _TRAINER_BEFORE_GERUND or words[j] in _LIMIT_WORDS):
        j += 1
    ahead = words[j : min(stop, j + 4)]
    first_gerund = next((n for n, w in enumerate(ahead) if w.endswith("ing") and w not in STOPWORDS), None)
    return first_gerund is None or first_gerund == 0


_RARE = frozenset({"unusual", "uncommon", "unheard", "rare", "unknown", "odd"})
"""Words of rarity, whose denial before "for me to" is a habit: "It's not unusual for me to rewrite it"."""
_SAYING_OR_RECALLING = frozenset({"say", "remember", "recall", "think", "claim", "pretend", "believe"})
"""Verbs whose denial of a denial of the trainer's is a doing: "I wouldn't say I never adapt them"."""
_HABIT_DENIALS = frozenset({"never", "dont"})
"""The trainer's inner denials of a habit: "I wouldn't say I never adapt", "... we don't ask"."""
_NO_DOING = frozenset(
    {"want", "need", "like", "enjoy", "know", "mind", "used", "feel", "think", "care", "understand", "get"}
)
"""Verbs after an inner denial that tell no doing of a practice ("I don't think I never want to")."""
_VERBAL_DENIALS = frozenset(
    {("not",), ("never",), ("cannot",), ("cant",), ("dont",), ("doesnt",), ("didnt",), ("havent",)}
    | {("hasnt",), ("wont",), ("wouldnt",), ("couldnt",), ("never", "once"), ("not", "once")}
)
"""Negations of a verb, which a denial of leaving the practice out turns into its doing."""
_INABILITY = frozenset({("cannot",), ("cant",), ("couldnt",)})
_BETWEEN_DENIAL_AND_VERB = frozenset(
    {"just", "simply", "actually", "usually", "honestly", "be", "been", "have"}
)
_OMITTING = frozenset(
    {"mind", "hesitate", "hesitated", "forget", "forgot", "forgotten", "neglect", "neglected", "skip"}
    | {"skipped", "stop", "stopped", "quit", "cease", "ceased", "ignore", "overlook", "omit", "cancel"}
    | {"outsource"}
)
"""Verbs of leaving something out or holding back, whose denial is a doing: "I don't skip it"."""
_OMITTING_BEFORE_TO = frozenset({"forget", "forgot", "forgotten", "hesitate", "hesitated"})
"""Of those, the ones that leave out only before "to": "I never forget to ask", not "I'll never
forget my first observation"."""
_SOMEONE_ELSE_WITHOUT = frozenset({"someone", "somebody", "anyone", "anybody", "people", "others"})
"""Someone else after "without", whose doing it is: "Not a week goes by without someone asking me"."""
_KEEPING_FROM = frozenset({"stop", "stopped", "stops"})
"""Verbs of leaving out that keep someone else from something before "from": no practice left out."""
_A_TIME_GOES_BY = frozenset({"a", "one", "single"})
"""The first word after "not" that opens "Not a week goes by without ...", whose doing follows "without"."""
_TRAINER_BEFORE_GERUND = frozenset({"me", "us", "myself", "my", "our", "first"})
"""Words after "without" before the trainer's own gerund: "without me running", "without first going"."""
_RELATIVE_OPENERS = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "if", "because"})


def _fronted_object(words: list[str], start: int, j: int, after: int) -> bool:
    """Whether a clause opens with its object, the trainer its subject: "This diploma I did not design".

    A short noun phrase with a determiner opens the clause, then the trainer, the
    negation and one verb (an adverb before it at most) that ends the clause: the
    object put first, not a relative clause ("a country I'd never worked in", "The
    course I didn't design was the best one").
    """
    if (
        words[j] not in _SUBJECT_PRONOUNS
        or words[start] not in _FRONTED_DETERMINERS
        or not 1 < j - start <= 4
    ):
        return False
    k = after + (after < len(words) and words[after].endswith("ly"))
    if k >= len(words) or words[k] in _NOT_DOING_IT:
        return False  # "The feedback sessions I never skip", "Those workshops I don't mind"
    end = k + 1 + (k + 1 < len(words) and words[k + 1] == "yet")  # "This module I have not taught yet"
    if (
        end < len(words)
        and words[end] == ","
        and end + 1 < len(words)
        and words[end + 1] in _SUBJECT_PRONOUNS
    ):
        return False  # "The teachers I don't know, I observe first": the object of the clause after
    return end == len(words) or words[end] in _MARKS


_FRONTED_DETERMINERS = frozenset({"this", "that", "these", "those", "the"})


_APPROXIMATE = frozenset({("hardly",), ("barely",), ("scarcely",), ("seldom",), ("rarely",)})
_UNTIL_THEN = frozenset({"until", "till", "before", "first"})
"""Words after a denial that limit it to a time now past: "It was never my area until my MA"."""


_COMPLEMENTS = frozenset({"something", "anything", "what", "thing", "one", "area", "part"})


def _opens_relative_clause(words: list[str], j: int, start: int) -> bool:
    """Whether the person at ``j`` opens a relative clause after a noun.

    "a country I'd never worked in", "the rubric she is required to use"; not
    after "something" or "what", or a noun a copula names the subject by ("... is a
    skill I lack": :func:`_denied_complement`), nor after a verb in
    "-ing" ("When a teacher is struggling I don't adjust anything"), nor the trainer
    after a phrase of time ("Since 2019 I haven't designed any").
    """
    return (
        j > start
        and words[j] in _triggers().persons
        and _is_noun_like(words, j - 1)
        and not _denied_complement(words, j + 1, start)
        and not _progressive(words, j - 1, start)
        and not _after_a_time(words, start, j)
    )


def _after_a_time(words: list[str], start: int, j: int) -> bool:
    """Whether the trainer at ``j`` opens the main clause after a phrase of time that begins the clause.

    "Since 2019 I haven't designed any" (a year), "Since I moved into management I haven't
    designed a single one" (a clause of its own, with its subject): the noun before "I" ends
    the phrase and heads no relative clause. Not "Since the rubric we never adopted was too
    long I designed my own", nor where the main clause comes after a comma ("When I visit a
    country I have never worked in, I interview the teachers"), nor after "until" or
    "before", where a denial says what changed ("Until I joined this team I didn't observe
    lessons at all").
    """
    if words[j] not in _SUBJECT_PRONOUNS or j - start > _TIME_PHRASE:
        return False
    headed = (
        j - start <= _ADVERBIAL_LONGEST
        and words[j - 1] in _ADVERBIAL_HEADS
        # (the head alone where a joiner ends the clause before: "As | yet I haven't")
        and (j - 1 == start or words[start] in _PREPOSITIONS or words[start] in _ADVERBIAL_OPENERS)
    )
    if words[start] not in _SINCE_WHEN_OPENERS and not headed:
        return False
    end = _sentence_end(words, j)
    if any(words[k] == "," and words[k + 1] in _SUBJECT_PRONOUNS for k in range(j, end - 1)):
        return False  # the main clause after a comma: "When I visit a country I have never worked in, I ..."
    return (
        headed
        or bool(_YEAR.fullmatch(words[j - 1]))
        or not _SUBJECT_PRONOUNS.isdisjoint(words[start + 1 : j])
    )


_ADVERBIAL_HEADS = frozenset(
    {"far", "yet", "date", "moment", "present", "course", "case", "honesty", "fact"}
    | {"truth", "general", "practice", "theory", "short", "meantime", "year", "years", "term", "terms"}
    | {"reality", "principle", "effect", "retrospect", "hindsight", "particular", "total", "sum", "end"}
    | {"month", "months", "week", "weeks", "semester", "time", "times", "day", "days", "stage", "point"}
)
"""Nouns that end a phrase of time or stance opening a clause, and head no relative clause there:
"So far I haven't observed anyone", "At the moment I don't", "Of course I don't", "This year I
haven't", "In my case I don't" (not "a country I'd never worked in")."""
_ADVERBIAL_OPENERS = frozenset({"so", "as", "thus", "this", "last", "next", "these"})
"""Words besides a preposition that open such a phrase (not "the": "The course I did not design was ...";
nor "every", "each", "most": "Every day I don't observe is a day lost")."""
_ADVERBIAL_LONGEST = 4
"""The most words of such a phrase before the clause's subject ("at this point in time" is five)."""


_SINCE_WHEN_OPENERS = frozenset({"since", "after", "once", "when", "while", "whilst"})
"""Words that open a phrase of time before the main clause's subject, whose last word heads no
relative clause: "Since 2019 I haven't designed any", "Since I moved into management I haven't ...";
the frames of :data:`_FRAMING` but "before", "until" (a denial after them says what changed), "as"
and "if"."""
_TIME_PHRASE = 6
"""Words up to which such a phrase runs before the main clause's subject (not "Before each strand I
visited ..., which let me run sessions in three provinces I had never worked in")."""


def _denied_complement(words: list[str], first: int, start: int) -> bool:
    """Whether a denial sits in a relative clause after "something" or "what" that the clause's subject is.

    "Mixed groups are something I haven't been given", "Course design is what I don't do",
    and with the subject inside a contraction the auxiliaries were skipped over: "Building a
    course from scratch is something I've never done".
    """
    # the word before the relative clause's subject: before the contraction that holds it
    # ("something I've never done"), or before the subject itself ("something I don't do"), past
    # an adverb between the subject and the denial ("a skill I plainly lack")
    k = first - 1 if first < len(words) and words[first] in _HOLDS_SUBJECT else first - 2
    if k > start and words[k + 1] not in _SUBJECT_PRONOUNS and _adverb(words[k + 1]):
        k -= 1
    if k > start and words[k] == ",":
        # past an aside: "is something that, if I'm honest with myself, I just don't do"
        opening = next((j for j in range(k - 1, max(start, k - 13), -1) if words[j] == ","), None)
        if opening is None:
            return False
        k = opening - 1
    if k > start and words[k] in {"that", "which"}:
        k -= 1  # "something that I don't do"
    if k >= start and words[k] in _COMPLEMENTS:
        return True
    # any noun a copula names the subject by, after a determiner, perhaps with a word between,
    # where the trainer denies having, knowing or doing it: "Juggling budgets and timetables is a
    # skill I plainly lack", "... is a skill I have yet to learn"; a subject of its own, not "it"
    # or "that" ("It's a course that I've never liked": what the course is); not what the trainer
    # never neglects, forgets or refuses, nor someone else's lack ("a skill she doesn't have")
    return (
        words[start] not in _POINTING_OPENERS
        and (words[k + 1] in _SUBJECT_PRONOUNS or words[k + 1] in _HOLDS_SUBJECT)
        and _denies_having(words, first)
        and any(
            words[j] in _NAMING_DETERMINERS and words[j - 1] in _COPULAS and j - 1 > start
            for j in range(max(start + 1, k - 2), k)
        )
    )


def _denies_having(words: list[str], first: int) -> bool:
    """Whether the denial from ``first`` denies having, knowing or doing something.

    "lack", "don't have", "have yet to learn", "have never tried"; not "never neglect", "don't
    enjoy", "don't lack".
    """
    if first < len(words) and words[first] in _LACKING:
        return True  # "a skill I lack"
    k = first
    while k < len(words) and (words[k] in _DENIAL_WORDS or _adverb(words[k])):
        k += 1
    return not _HAVING.isdisjoint(words[first + 1 : k + 1])


_LACKING = frozenset({"lack", "lacks"})
_DENIAL_WORDS = frozenset(
    {"not", "never", "dont", "doesnt", "didnt", "cant", "cannot", "havent", "hasnt", "hadnt", "wont"}
    | {"have", "has", "had", "yet", "to", "ever", "am", "been", "be", "able", "unable", "got", "do", "did"}
)
"""The words of a denial before its verb: "have not yet", "haven't ever", "am yet to", "don't"."""
_HAVING = frozenset(
    {"have", "has", "had", "possess", "know", "known", "learn", "learned", "learnt", "master", "mastered"}
    | {"do", "done", "did", "try", "tried", "develop", "developed", "acquire", "acquired", "get", "got"}
    | {"build", "built", "explore", "explored", "attempt", "attempted", "practise", "practised", "practice"}
    | {"practiced", "manage", "managed", "use", "used", "close", "closed", "fill", "filled"}
)
"""Verbs of having, knowing or doing whose denial in "... is a skill I ..." denies the subject."""


_NAMING_DETERMINERS = frozenset({"a", "an", "the", "one"})
"""Determiners of the noun a copula names its subject by, before a denial in a relative clause."""


def _adverb(word: str) -> bool:
    """Whether a word is an adverb that may stand between a subject and its verb ("I plainly lack")."""
    return word in _ADVERBS_BETWEEN or (word.endswith("ly") and len(word) > 4)


_BACK_REFERENCES = frozenset({"that", "this", "those", "these", "it", "them"})


_ATTRIBUTIONS = frozenset(
    {"me", "us", "mine", "ours", "my", "our", "i", "we", "something", "anything", "part", "what"}
    | {"true", "applies", "apply", "happens", "happened", "describes", "fits"}
)


def _of_what_was_said(words: list[str], i: int, n: int) -> bool:
    """Whether the negation at ``i`` says that what came before is not the trainer's.

    "none of that is me", "neither of these applies", "none of that is something I do";
    not a property of it: "none of that is new to me".
    """
    k = i + n + 2
    if not (
        (words[i : i + n] == ["none"] or words[i : i + n] == ["neither"])
        and k < len(words)
        and words[i + n] == "of"
        and words[i + n + 1] in _BACK_REFERENCES
    ):
        return False
    auxiliaries = _triggers().auxiliaries
    while k < len(words) - 1 and words[k] in auxiliaries:
        k += 1
    return words[k] in _ATTRIBUTIONS


_DEGREE = frozenset(
    {"very", "really", "that", "so", "too", "always", "particularly", "especially", "all", "yet"}
)
_NOT_A_DESCRIPTION = frozenset(
    {"a", "an", "the", "my", "our", "his", "her", "their", "some", "any", "one", "me", "us", "just", "only"}
    | _PREPOSITIONS
)


def _own_thing_described(words: list[str], start: int, after: int, stop: int) -> bool:
    """Whether "isn't"/"aren't" denies a description of something of the trainer's own.

    "The comments I give after a lesson aren't very specific": the comments are denied with
    it; not "My beliefs aren't a secret" nor "My groups aren't from one sector".
    """
    k = after
    while k < stop and words[k] in _DEGREE:
        k += 1
    # the subject: after the last word that may open a clause inside this one ("I'm clear that
    # training isn't teaching": "training", a definition, not the trainer's own)
    first = max((j + 1 for j in range(start, after) if words[j] in _SUBJECT_OPENERS), default=start)
    return (
        k < stop
        and words[k] not in _NOT_A_DESCRIPTION
        and words[k] not in _MARKS
        and words[first] not in _SPEAKS  # "I know training isn't teaching": the trainer is no part of it
        and words[first] not in _SUBJECT_PRONOUNS
        and not _VOICE.isdisjoint(words[first:after])
    )


_SUBJECT_OPENERS = frozenset(
    {"that", "and", "but", "because", "so", "if", "when", "as", ",", ":", "-", "–", "—"}
)


_COPULA_NEGATIONS = frozenset({("isnt",), ("arent",), ("wasnt",), ("werent",)})
_OBJECT_NEGATIONS = frozenset({("nothing",), ("none",), ("nobody",), ("no", "one"), ("neither",)})


def _denied_object(words: list[str], start: int, i: int, trigger: tuple[str, ...]) -> bool:
    """Whether a negation is the object of the trainer's verb, which it denies.

    "I know nothing about them", "we do none of that", "I have observed nobody
    yet": the person and a verb or two before it, nothing else.
    """
    if trigger not in _OBJECT_NEGATIONS:
        return False
    before = words[start + (start < i and words[start] in _JOINERS) : i]
    return 2 <= len(before) <= 4 and before[0] in _triggers().persons and _MARKS.isdisjoint(before)


def _fronted(words: list[str], start: int, j: int) -> bool:
    """Whether a denial by "I" or "we" follows a topic put first.

    "Resources for trainer development - journals, groups, conferences - honestly, I don't know of any".
    """
    if j < start or words[j] not in _SUBJECT_PRONOUNS:
        return False
    before = words[start:j]
    return (
        len(before) >= 3
        and _triggers().persons.isdisjoint(before)
        and _VOICE.isdisjoint(before)
        and bool(_DASHES.intersection(before) or "," in before)
        and _content(before)
    )


def _gerund_subject(words: list[str], start: int, i: int) -> bool:
    """Whether the clause opens with a gerund, the subject of a negation at ``i`` ("Writing ... isn't me")."""
    opener = start + (words[start] in _JOINERS and start + 1 < i)
    w = words[opener]
    persons = _triggers().persons
    return (
        opener < i
        and len(w) > 5
        and w.endswith("ing")
        and w not in STOPWORDS
        and persons.isdisjoint(words[opener:i])
        and _MARKS.isdisjoint(words[opener:i])
    )


def _is_noun_like(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` can end a noun that a relative clause follows (not "says", "honestly")."""
    w = words[k]
    return (
        w not in STOPWORDS
        and w not in _MARKS
        and not w.endswith("ly")
        and not _at(words, k, _triggers().reports.get(w))
    )


def _role_subject(
    words: list[str], start: int, end: int, speaks: bool, raw: list[str] | None = None
) -> tuple[int, int] | None:
    """Where the role that opens a clause stands, when it is someone other than the trainer.

    ``speaks``: the trainer speaks in the statement (I, we), so a peer role
    ("my colleague", "our senior trainer") is someone else.
    """
    i = start
    if i < end and words[i] in _ROLE_JOINERS:
        i += 1
    i = _past_fronting(words, i, end)  # "According to my manager, the other trainers all ..."
    if i + 1 < end and words[i] in _POINTING:  # "That's my supervisor, who has read everything"
        if words[i] in {"that", "it"} and i + 2 < end and words[i + 1] in _MODAL_BE and words[i + 2] == "be":
            i += 3  # "That would be our librarian"
        else:
            i += 1 + (words[i] in {"that", "it"} and words[i + 1] in {"is", "was", "s"})
    if (
        i + 2 < end
        and words[i] in _SHARES
        and words[i + 1] == "of"
        and _FIRST_PERSON.isdisjoint(words[i:end])
    ):
        # a share of a group, in a clause where the trainer is not: "Most of our new trainers base
        # ...", "Some of my colleagues design ..."; not "Most of my mentees I observe every fortnight",
        # "Several of my colleagues use the form I designed"
        i += 2
    return _role_at(words, i, end, speaks, raw)


def _past_fronting(words: list[str], i: int, end: int) -> int:
    """Where the subject stands after a phrase fronted at ``i``, or ``i`` when none is.

    A short phrase of when needs no comma (:func:`_past_time_opener`: "This morning our
    coordinator ..."); another fronted phrase runs to a comma within eight words, perhaps
    after one: "According to my manager, ...", "Today, according to my manager, ...".
    """
    i = _past_time_opener(words, i, end)
    if i < end and words[i] in _FRONTING:
        comma = next((k for k in range(i + 1, min(i + 9, end)) if words[k] in _MARKS), None)
        if comma is not None and words[comma] == ",":
            return comma + 1
    return i


def _past_time_opener(words: list[str], i: int, end: int) -> int:
    """Where the subject stands after a short phrase of when at ``i`` (and its comma), or ``i``.

    "Today Mr Farouk ran our session", "This morning our coordinator observed ...", "On
    Mondays Dr Kim leads ...", "After lunch, Tomasz ran ...": the phrase says when
    (:data:`_TIME_OPENERS`), and the clause's subject follows it as it would open the clause.
    """
    for phrase in _TIME_OPENERS:
        n = len(phrase)
        if i + n < end and all(words[i + m] in phrase[m] for m in range(n)):
            k = i + n
            return k + (k + 1 < end and words[k] == ",")
    return i


_PARTS_OF_THE_DAY = frozenset({"morning", "afternoon", "evening"})
_DAYS_AND_THEIR_PLURALS = frozenset(
    d + s
    for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    for s in ("", "s")
)
_TIME_OPENERS: tuple[tuple[frozenset[str], ...], ...] = (
    (frozenset({"today", "yesterday", "tonight", "tomorrow"}),),
    (
        frozenset({"this", "last", "next", "every", "each"}),
        _PARTS_OF_THE_DAY
        | {"night", "week", "weekend", "term", "semester", "month", "year"}
        | {"spring", "summer", "autumn", "fall", "winter"},
    ),
    (frozenset({"on"}), _DAYS_AND_THEIR_PLURALS),
    (frozenset({"after", "before"}), frozenset({"lunch", "break", "that"})),
    (frozenset({"in"}), frozenset({"the"}), _PARTS_OF_THE_DAY),
)
"""The short phrases of when that open a clause before its subject, word by word (each word one of a
set): "Today", "This morning", "On Mondays", "After lunch", "In the afternoon". Not "every session" or
"each time", which head a subject as often ("Every session my co-trainer plans gets ..."), nor a
phrase that says when the practice ended ("Until 2019", :data:`_ENDED_BY`)."""


def _either(words: frozenset[str]) -> str:
    """A regular expression group that matches any of ``words`` (in sorted order, for a stable pattern)."""
    return "(?:" + "|".join(sorted(words)) + ")"


_TIME_OPENER = "|".join(
    r"[\W_]+".join(_either(words) + r"(?:['’]?s)?" for words in phrase) for phrase in _TIME_OPENERS
)
""":data:`_TIME_OPENERS` as a regular expression, for the fast path (:func:`_fast_starts`): any
characters but a word's between the words, and perhaps "'s" after each ("Monday's", "After-lunch"),
as the tokens leave them out."""


_POINTING = frozenset({"thats", "its", "that", "it"})
_SHARES = frozenset({"most", "all", "some", "many", "several", "half", "both", "each", "few", "one", "two"})
"""Words of a share of a group that may open a subject before "of": "Most of our new trainers"."""
_HE_OR_SHE = frozenset({"she", "he", "shes", "hes", "shed", "hed", "shell", "hell"})


def _someone_named_goes_on(words: list[str], start: int, end: int, first_role: int) -> int | None:
    """Where "she" or "he" goes on with someone other than the trainer, named before it.

    "she" or "he" opening a clause (or what follows a fronted phrase or a dash in it), after
    someone other than the trainer was named earlier in the statement: "According to my colleague
    Anan, she always plans ...", "Ask my boss, not me - she can quote research", "My DoS says
    she always spends two weeks on interviews" (``first_role``: where the statement's first
    role after a determiner ends, :func:`_first_role`; a name alone does not count). Not where the
    trainer takes part ("she asked me to ..."), and not without someone named before: a participant's
    "She switches between approaches; I have never seen ..." is about the trainer.
    """
    i = start + (words[start] in _ROLE_JOINERS and start + 1 < end)
    places = [i]
    subject = _past_fronting(words, i, end)
    if subject != i:
        places.append(subject)
    places += [k + 1 for k in range(i, end - 1) if words[k] in _DASHES]
    reports = _triggers().reports
    for k in range(i, end - 1):  # what someone says of herself: "My DoS says she always ..."
        n = _at(words, k, reports.get(words[k]))
        if n:
            places.append(k + n + (k + n < end and words[k + n] == "that"))
    p = next((k for k in places if k < end and words[k] in _HE_OR_SHE), None)
    if p is None or not _FIRST_PERSON.isdisjoint(words[p:end]) or not first_role < p:
        return None
    return p


def _narrated_other(words: list[str], start: int, end: int) -> tuple[int, int] | None:
    """Where "she" or "he" opens a clause of the trainer's own narrative: someone else's practice.

    In a sentence of a text the trainer writes as "I" (:func:`in_own_voice`) where
    the trainer speaks too, "she" and "he" are other people: "He built the
    observation tools and runs the assessment; I only do occasional visits with
    his checklist" (see :func:`read_pieces`). A phrase before a comma may come
    first ("Last year, he built ..."). Not where the trainer takes part ("she
    asked me to ..."). Where "she" or "he" stands, and where the trainer takes the
    clause over (:func:`_turn`: "He designs the courses, I deliver them").
    """
    i = start + (words[start] in _ROLE_JOINERS and start + 1 < end)
    fronted = _past_fronting(words, i, end)
    if fronted == i:  # a short phrase up to a comma: "Last year, he ...", "Honestly, she ..."
        comma = next((k for k in range(i + 1, min(i + 5, end)) if words[k] in _MARKS), None)
        if comma is not None and words[comma] == "," and _HE_OR_SHE.isdisjoint(words[i:comma]):
            fronted = comma + 1
    i = fronted
    if i >= end or words[i] not in _HE_OR_SHE:
        return None
    stop = _turn(words, i + 1, end)  # "He designs the courses, I deliver them" (- I, while I)
    return (i, stop) if _FIRST_PERSON.isdisjoint(words[i:stop]) else None


_PAST_TIME_PREPOSITIONS = frozenset({"in", "at", "during", "while", "when", "back"})
"""How a past trigger that tells a time or a place begins ("at my previous", "in my old", "when I was a")."""


def _subject_phrase(words: list[str], start: int, first: int) -> bool:
    """Whether the words from ``start`` up to ``first`` are a noun phrase: a clause's subject, no person.

    "My training values", "The feedback forms": a possessive or an article, then
    up to four words that are no person, mark, auxiliary or copula ("That was the
    rule at my old centre" has a verb of its own).
    """
    if words[start] not in _SUBJECT_DETERMINERS or not 1 < first - start <= 5:
        return False
    t = _triggers()
    return all(
        w not in _MARKS and w not in t.persons and w not in t.auxiliaries and w not in _COPULAS
        for w in words[start + 1 : first]
    )


_SUBJECT_DETERMINERS = frozenset({"my", "our", "the", "these", "those"})
"""How a subject before "used to" or "no longer" begins (:func:`_subject_phrase`)."""


def _first_role(words: list[str]) -> int:
    """Where the first role after a determiner ("my colleague", "our head of department") ends (len: none)."""
    t = _triggers()
    determiners = t.determiners
    for k in [k for k, w in enumerate(words) if w in determiners]:
        d = _at(words, k, determiners[words[k]])
        if d:
            for j in range(k + d, min(k + d + 3, len(words))):
                n = _someone_at(words, j)
                if n:
                    return j + n - 1
    return len(words)


_FRONTING = frozenset(
    {"according", "in", "at", "on", "for", "with", "from", "during", "after", "across", "within", "like"}
    | {"as"}
)
"""Words that open a phrase put before a clause's subject, up to a comma."""


def _named_subject(
    words: list[str], raw: list[str], start: int, end: int, *, titled: bool
) -> tuple[int, int] | None:
    """Where a person named without a role ("Carmen", "Dr Rossi") opens a clause as its subject.

    Only asked where the trainer speaks in the singular (I, my), so the name is
    someone else, as a peer role is (not "she" or "he": a participant's "She
    switches between approaches; I have never seen ..." is about the trainer).
    A name is a capitalised word that no bundled word list knows (the lexicon's, the descriptors' and the word
    model's), and what follows it must be able to be its verb in the singular
    ("does", "runs", "developed", "knows"; not "Newbies get"; after two people named, in the
    plural: "Paolo and Elif design ..."), perhaps after a
    phrase of when ("Today Mr Farouk ran our session", :func:`_past_time_opener`). A name after a
    title counts only where the statement opens with it (``titled``: "Dr Hamdy
    switches between approaches; I'm more modest"): after the trainer has
    spoken, participants and managers name the trainer so ("I was worried, but
    Ms Kweka used examples from her own school").
    """
    i = start + (words[start] in _ROLE_JOINERS and start + 1 < end)
    while i + 2 < end and words[i].endswith("ly") and words[i + 1] == ",":
        i += 2  # "Honestly, she handles that side"
    i = _past_time_opener(words, i, end)  # "Today Mr Farouk ran our session"
    if i >= end:
        return None  # a clause of a time alone: "I ran it. In the afternoon"
    if titled and words[i] in _TITLES and i + 1 < end and raw[i + 1][:1].isupper():
        after = i + 2
    elif _contracted_name(raw, words, i, end):
        if _appraised(words, i + 1):
            return None  # "Helen's been running our course since 2019, and I have watched her grow"
        return _unless_trainer(words, i, i + 1, end)  # "Helen's the theory person", "Kasia's mapping out"
    elif (apposed := _apposed_role(words, raw, i, end)) is not None:
        after = apposed  # "Grace, my mentor, wrote the course", "Ana, my mentor, observes": given a role
    elif _is_name(raw[i], words[i]) or _name_word_acting(raw, words, i, end):
        after = i + 1
    else:
        return None
    if after + 1 < end and words[after] == "," and words[after + 1] in {"who", "whose"}:
        # "Mehmet, who runs the weekend strand, works ...": past the apposition
        after = next((k + 1 for k in range(after + 2, end) if words[k] == ","), end)
    if after < end and raw[after][:1].isupper() and _is_name(raw[after], words[after]):
        after += 1  # a surname
    two = (
        after + 2 < end
        and words[after] == "and"
        and _is_name(raw[after + 1], words[after + 1])
        and not raw[after + 1].endswith(("'s", "’s"))  # not "Paolo and Elif's course"
    )
    if two:
        after += 2  # two people named: "Paolo and Elif wrote it", "Paolo and Elif design the courses"
    after = _past_discourse_marker(words, after, end)  # "Daniel, by contrast, has built ..."
    if after >= end or not (_can_follow_subjects(words[after]) if two else _can_follow_subject(words[after])):
        return None
    if _appraised(words, after):
        return None  # "Joanna, our senior trainer, designs our courses, and I have been impressed by her"
    return _unless_trainer(words, i, after, end)


def _answered_by_name(words: list[str], question: tuple[int, int], start: int) -> bool:
    """Whether a clause at ``start`` may answer the question before it with a title and a name.

    "That workshop on grammar? Mr Takahashi ran it.": what was asked about is someone else's.
    Not a question of who (:func:`_from_before` answers it: "Who runs it? Dr Lee does. And I do
    too."), of why or how ("Why did I start peer observation? Mr Garcia suggested it"), nor where
    the trainer takes part in the answer's sentence ("Dr Osei coordinates it, and I mentor three").
    """
    return (
        words[question[1]] == "?"
        and words[question[0]] not in _REASON_QUESTIONS
        and not _asks_who(words, question)
        and _FIRST_PERSON.isdisjoint(words[start : _sentence_end(words, start)])
    )


_REASON_QUESTIONS = frozenset({"why", "how"})


def _past_discourse_marker(words: list[str], k: int, end: int) -> int:
    """Where a subject's clause goes on past a discourse marker set off by commas at ``k``, if one is.

    "Daniel, by contrast, has built whole courses", "Ana, on the other hand, runs the
    observations": the marker sets the person against what came before and says
    nothing of who does what. ``k`` itself where there is none.
    """
    if k >= end or words[k] != ",":
        return k
    for marker in _DISCOURSE_MARKERS.get(words[k + 1] if k + 1 < end else "", ()):
        close = k + 1 + len(marker)
        if close + 1 < end and tuple(words[k + 1 : close]) == marker and words[close] == ",":
            return close + 1
    return k


_DISCOURSE_MARKERS = _by_first(["by contrast", "in contrast", "on the other hand", "meanwhile", "in turn"])
"""Markers that set a subject against what came before, between commas: "by contrast". Not those that
give an example of what the trainer said ("Bogotá, for example, needed a different workshop"), and
"however", "though" and "instead" end a clause of their own accord."""


def _appraised(words: list[str], after: int) -> bool:
    """Whether the rest of the sentence appraises someone named: a report on them, as a referee writes.

    "..., and I have been impressed by her work", "..., and I have watched her grow":
    the person named is the one the text is about, not someone set against the writer.
    """
    end = _sentence_end(words, after)
    return not _APPRAISING.isdisjoint(words[after:end])


_APPRAISING = frozenset(
    {"impressed", "delighted", "pleased", "proud", "watched", "recommend", "admire", "admired"}
    | {"grateful", "praise", "praised", "commend", "commended", "known", "glad", "happy"}
)


def _apposed_role(words: list[str], raw: list[str], i: int, end: int) -> int | None:
    """After a capitalised word and a role set off by commas, where the clause goes on (None: no such role).

    "Grace, my mentor, wrote ...", "Hope, our coordinator, runs ...": a name that
    is also a word is a person when a role follows it as an apposition.
    """
    if not raw[i][:1].isupper() or i + 3 >= end or words[i + 1] != ",":
        return None
    t = _triggers()
    d = _at(words, i + 2, t.determiners.get(words[i + 2]))
    if not d:
        return None
    k = i + 2 + d
    n = _someone_at(words, k)
    if n and k + n < end and words[k + n] == ",":
        return k + n + 1
    # a role a few words on, as :func:`_role_at` finds one ("Zeynep, my line manager, handles that",
    # "Kenji, our head of teacher development, designs those")
    comma = next((j for j in range(k, min(k + _APPOSITION_LONGEST, end)) if words[j] in _MARKS), None)
    if comma is None or words[comma] != ",":
        return None
    role = _role_at(words, i + 2, comma, True, raw)
    if role is None or not (role[1] == comma or words[role[1]] == "of"):
        return None  # not "Reflection, my colleague's favourite, is ...": the role is the whole phrase
    if any(raw[j][-2:] in _ANY_POSSESSIVE_ENDS for j in range(role[0], comma)):
        return None  # not "Microteaching, our head of training's idea, is ...": what is the head's
    return comma + 1


def _past_title(words: list[str], i: int, end: int) -> int:
    """Where a name starts at word ``i``: after a title there ("Mr Haddad", "Dr Mwangi") short of ``end``."""
    return i + (words[i] in _TITLES and i + 1 < end)


_APPOSITION_LONGEST = 6
"""How many words after its determiner a role set off by commas may take ("our head of teacher
development")."""


def _contracted_name(raw: list[str], words: list[str], i: int, end: int) -> bool:
    """Whether the word at ``i`` is a name with "is" or "has" contracted onto it, not a possessive.

    "Helen's the theory person", "Kasia's mapping out a specialism", "Tom's always
    been the one": what follows cannot be what a possessive owns (an article, a
    participle, an adverb), so "'s" is a verb and the name its subject. Not
    "Helen's sessions" (hers, a noun phrase).
    """
    written = raw[i]
    if len(written) < 5 or written[-2:] not in _POSSESSIVE_ENDS or i + 1 >= end:
        return False
    if not _is_name(written[:-2], words[i][:-1]):
        return False
    following = words[i + 1]
    if following in _AFTER_CONTRACTED:
        return True
    # "Kasia's mapping out", not "Bloom's questioning taxonomy" or "Scrivener's Learning Teaching"
    return (
        following.endswith("ing")
        and following not in _KNOWN_ING
        and not raw[i + 1][:1].isupper()
        and (i + 2 >= end or words[i + 2] in STOPWORDS or words[i + 2] in _MARKS)
    )


_AFTER_CONTRACTED = frozenset(
    {"the", "a", "an", "been", "got", "always", "really", "just", "still", "also", "our", "my", "now"}
    | {"never", "not", "already", "done", "taken", "written", "designed", "built", "in", "on", "off"}
)
_KNOWN_ING = frozenset({"training", "thing", "morning", "evening", "something", "nothing", "everything"})
"""Nouns in -ing that a possessive may own ("Helen's training", "Tom's thing")."""


_TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "mx", "mme", "miss", "prof", "professor", "sir", "madam", "dra", "sr", "sra"}
)


def _is_name(raw: str, word: str) -> bool:
    """Whether a word as written is a name: capitalised, not in capitals, unknown to the word lists."""
    if len(word) < 3 or not raw[:1].isupper() or raw.isupper() or word.endswith("ly"):
        return False
    if word in STOPWORDS or word in _VOICE or word in _CALENDAR or word in _COURTESIES:
        return False
    known = _known_words()
    # the word lists hold stems: "honestly" is known as "honest", "sometimes" as "sometim",
    # "running" as "run" (a three-letter word is looked up whole: "New trainers in my region",
    # not a name "New"); a known beginning is taken for a stem too where an ending or a word
    # follows it ("Spanish", "Professor", "Standup"), not before what no word ends with ("Beatriz"
    # begins with "beat", "Boateng" with "boat"; a name that ends in a word stays a word: "Moreno")
    return (
        word not in known
        and not any(
            word[:k] in known and (word[k:] in _ENDINGS or word[k:] in known)
            for k in range(len(word) - 1, 3, -1)
        )
        and _name_stemmer()(word) not in known
    )


_ENDINGS = frozenset(
    {"a", "d", "l", "n", "o", "s", "y", "es", "ed", "er", "or", "ee", "ly", "al", "ic", "le", "ty", "est"}
    | {"ing", "ers", "ors", "ees", "ies", "ial", "ish", "ism", "ist", "age", "ity", "ite", "ive", "ous"}
    | {"ful", "ion", "ian", "ary", "ery", "ory", "ure", "ant", "ent", "ance", "ence", "less", "ness"}
    | {"ment", "ship", "able", "ible", "ical", "ists", "isms", "ions", "ments"}
)
"""English endings (and single letters a stem may end with: "Hello" is the stem "hell" and "o"): a
capitalised word that is a known stem and one of these is no name."""


@once
def _name_stemmer() -> Stemmer:
    """The stemmer :func:`_is_name` looks words up with (the bundled table of stems first)."""
    return Stemmer(max_cache=20_000, known=bundled_stems())


_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_SEASONS_OF_THE_YEAR = frozenset({"spring", "summer", "autumn", "winter"})
_CALENDAR = _DAYS | _MONTHS | {"christmas", "easter", "ramadan", "eid"}
"""Capitalised words that name a time, never a person ("Tuesday afternoons are for feedback")."""
_COURTESIES = frozenset({"dear", "hi", "hello", "hey", "thanks", "cheers", "regards", "greetings", "morning"})
"""Capitalised words that open or close a letter, never a person ("Dear Ms Okafor, I am writing ...")."""


_NAME_WORDS = frozenset(
    {"grace", "hope", "faith", "joy", "mercy", "patience", "charity", "prudence", "constance", "felicity"}
    | {"blessing", "gift", "precious", "goodluck", "lucky", "happy", "innocent", "prosper", "justice"}
    | {"will", "mark", "frank", "bill", "jack", "drew", "rich", "grant", "art", "guy", "chase", "dean"}
    | {"rob", "pat", "ray", "max", "miles", "wade", "cliff", "reed", "glen", "earl", "victor", "hunter"}
    | {"holly", "lily", "heather", "ivy", "rose", "daisy", "dawn", "amber", "ruby", "pearl", "iris"}
    | {"hazel", "violet", "penny", "sandy", "sunny", "robin", "jay", "sky", "star", "melody", "harmony"}
)
"""Given names that are English words too, so that the word lists may know them ("Grace", "Will",
"Hope", "Blessing"); no month or season ("May", "June", "Summer": :data:`_CALENDAR`)."""
_BARE_ACTS = frozenset({"is", "was", "has", "had"})
_DOES_OR_DID = frozenset({"does", "did"})
_QUANTIFIERS_BEFORE_OBJECT = frozenset({"all", "both", "most", "each"})


def _name_word_acting(raw: list[str], words: list[str], i: int, end: int) -> bool:
    """Whether a capitalised name that is also a word (:data:`_NAME_WORDS`) is plainly a clause's subject.

    Only where its verb plainly follows it: a past ("Grace designed", "Will
    wrote"), "does" or "did", "has" before a past participle ("Grace has
    designed"), "is" before one in "-ing" ("Will is leading"), or a verb in
    "-s" before its object ("Hope runs the mentoring scheme", "Mark designs
    all the rubrics"). Not before a modal or an adverb ("Will also share the
    slides": a note to self), a plural ("Grant reports are due", "Art classes
    run on Fridays"), a copula's complement ("Art is my passion", "Hope was
    low after the inspection") or a passive ("Will is needed to change
    habits").
    """
    if words[i] not in _NAME_WORDS or not raw[i][:1].isupper() or raw[i].isupper() or i + 1 >= end:
        return False
    verb = words[i + 1]
    if verb in _IRREGULAR_PAST or (verb.endswith("ed") and verb not in STOPWORDS) or verb in _DOES_OR_DID:
        return True
    after = words[i + 2] if i + 2 < end else ""
    if verb in _BARE_ACTS:
        # an auxiliary before a participle ("Grace has designed", "Will is leading"), not a copula
        # before what the word is ("Art is my passion", "Hope was low", "Mark was 7 out of 10") nor
        # a passive ("Will is needed to change habits")
        if verb in {"is", "was"}:
            return after.endswith("ing")
        return after.endswith("ed") or after in _IRREGULAR_PAST
    if after in _QUANTIFIERS_BEFORE_OBJECT and i + 3 < end:
        after = words[i + 3]  # "Mark designs all the rubrics"
    return (
        verb.endswith("s") and not verb.endswith("ss") and verb not in STOPWORDS and after in _OBJECT_OPENERS
    )


def _can_follow_subject(word: str) -> bool:
    """A verb or an auxiliary after one person: "does", "runs", "developed", "knows", "will", "always"."""
    if word in _SINGULAR_AUXILIARIES or word in _IRREGULAR_PAST:
        return True
    singular = word.endswith(("ed", "s")) and not word.endswith("ss")
    return singular and word not in STOPWORDS and word not in _MARKS


def _can_follow_subjects(word: str) -> bool:
    """A verb or an auxiliary after two people: "design", "wrote", "planned", "are", "always".

    A past, an auxiliary or an adverb of the singular's (:func:`_can_follow_subject`) but those
    of the third person singular, or a verb the reader knows in its base form (:data:`_IRREGULAR`);
    not a noun ("Paolo and Elif course").
    """
    if word in {"is", "was", "has", "does"}:
        return False
    return (
        word in _PLURAL_AUXILIARIES
        or word in _IRREGULAR
        or word in _IRREGULAR_PAST
        or word in _SINGULAR_AUXILIARIES
        or (word.endswith("ed") and word not in STOPWORDS)
    )


_PLURAL_AUXILIARIES = frozenset({"are", "were", "have", "do"})
_SINGULAR_AUXILIARIES = frozenset(
    {
        "is", "was", "has", "had", "does", "did", "will", "would", "can", "could", "may", "might",
        "must", "should", "always", "usually", "often", "also", "really", "still", "just", "even",
        "actually", "now", "then",
    }
)  # fmt: skip
_IRREGULAR_PAST = frozenset(
    {
        "wrote", "gave", "made", "led", "ran", "taught", "set", "built", "sent", "chose", "took",
        "drew", "found", "told", "kept", "held", "went", "came", "saw", "put", "brought", "thought",
        "got", "said", "let", "met", "read", "won", "paid", "left", "sat", "spoke", "began", "knew",
        "spent", "became", "grew", "lost", "meant", "sold", "stood", "oversaw", "undertook", "sought",
        "bought", "withdrew", "understood", "felt",
    }
)  # fmt: skip


@once
def _known_words() -> frozenset[str]:
    """The words and stems of the bundled lexicon, descriptors and word model."""
    from ._words import WordModel  # noqa: PLC0415 - only a capitalised word asks

    table = bundled_stems()
    return frozenset(table) | frozenset(table.values()) | {stem for stem, _ in WordModel.bundled().words}


_ROLE_JOINERS = frozenset({"and", "then", "also", "but", "here", "there", "while", "whereas"})
"""Words a clause may open with before its subject ("but my manager writes them")."""


def _plural(raw: str) -> bool:
    """Whether a word as written is a plural in "-s" ("trainers"; not "trainer's" nor "boss")."""
    return raw.endswith("s") and not raw.endswith(("'s", "’s", "ss"))


def _role_at(
    words: list[str], i: int, end: int, speaks: bool, raw: list[str] | None = None
) -> tuple[int, int] | None:
    """The role that is the subject starting at ``i`` (alone, or after a determiner), if any.

    A name right after the role is the role's ("our tutor Marguerite can ...").
    """
    t = _triggers()
    if i >= end:
        return None
    n = _at(words, i, t.alone.get(words[i])) or int(
        # a role in the plural needs no determiner where it opens a sentence: "Inspectors from the
        # district office carry out ..." (not in an aside or after a fronted phrase: "(heads wanted
        # something on supervising)", "In the observation strand, inspectors reviewed her reports")
        (i == 0 or words[i - 1] in _SENTENCE_ENDS)
        and words[i].endswith("s")
        and _at(words, i, t.roles.get(words[i])) == 1
        and raw is not None
    )
    if n:
        return _unless_trainer(words, i, i + n, end)
    d = _at(words, i, t.determiners.get(words[i]))
    if not d:
        return None
    ours = words[i] in _OWN_DETERMINERS
    # after "it's" or "that's" a possessive names whose something is ("It's my manager's project")
    owned = i > 0 and words[i - 1] in _CLEFT_COPULAS
    i += d
    # up to two words before the role: "our regional training coordinator"
    for k in range(i, min(i + 3, end)):
        if (
            not owned
            and raw is not None
            and raw[k][-2:] in _POSSESSIVE_ENDS
            and _at([words[k][:-1]], 0, t.roles.get(words[k][:-1]))
        ):
            # a role's own people or body: "The ministry's curriculum unit builds ...", "The NGO's
            # consultants handle that" (not its things: "The ministry's checklist tells me ...")
            head = next((j for j in range(k + 1, min(k + 4, end)) if words[j] not in _RESEARCH_WORDS), k + 1)
            while head + 1 < end and words[head + 1] in _ROLE_BODIES:
                head += 1
            if head >= end:
                return None  # the possessive ends the text: "the coordinator's"
            if (words[head] in _ROLE_BODIES or _at(words, head, t.roles.get(words[head])) == 1) and (
                _FIRST_PERSON.isdisjoint(words[head + 1 : head + _RELATIVE_REACH])  # "..., which I lead,"
            ):
                return _unless_trainer(words, k, head + 1, end)
            return None
        n = _at(words, k, t.roles.get(words[k]))
        peer = _at(words, k, t.peers.get(words[k]))
        if speaks or (
            peer
            and raw is not None
            and _plural(raw[k + peer - 1])
            and _THIRD_PERSON_SINGULAR.isdisjoint(words[k + peer : end])
            and words[k - 1] not in _HE_OR_SHE
        ):
            # the longer of the two: "my office mate" (a peer), not "my office" (a role); and
            # peers in the plural, who are never the one trainer a report is about ("The
            # ministry's cascade trainers run the sessions as scripted"), unless the report's
            # trainer is in the clause ("Her colleagues value the way she mentors", "The trainers
            # she supervises now design their own sessions"), nor a verb after "she" ("The
            # teachers he tutors")
            n = max(n, peer)
        if n:
            after = k + n
            if (
                after < end
                and words[after] not in _GROUPS
                and (
                    _at(words, after, t.roles.get(words[after]))
                    or (speaks and _at(words, after, t.peers.get(words[after])))
                )
                and not _verb_before_object(words, after, end)
            ):
                continue  # a role that names another: "the deputy head", "our partner university"
            while raw is not None and after < end and _is_name(raw[after], words[after]):
                after += 1
            if (
                not ours
                and after + 1 < end
                and words[after] in _ROLE_BODIES
                and _FIRST_PERSON.isdisjoint(words[after + 1 : after + _RELATIVE_REACH])
            ):
                # a body of the role's, the trainer's only as "our" or where the trainer is in it
                # ("The university team did it", not "The university team I work with did it")
                after += 1
            return _unless_trainer(words, k, after, end)
        if words[k] in _MARKS or words[k] in _PREPOSITIONS or words[k] in _COPULAS:
            # "The materials from ministry I adapt ...": the role is in a phrase, no subject; "His
            # groups are colleagues from ...": the role is what the subject is
            return None
    return None


def _verb_before_object(words: list[str], k: int, end: int) -> bool:
    """Whether the role word at ``k`` is the clause's verb: "Our lead trainer mentors the new trainers".

    A word that is a role in the plural and a verb ("mentors", "tutors", "coaches")
    is the verb when what follows opens its object; the role before it is the
    subject ("lead trainer"), not a modifier of a role ("our trainer mentors meet
    monthly"; "our partner trainers each design ...": "trainers" is no verb).
    """
    return words[k] in _ROLE_VERBS and k + 1 < end and words[k + 1] in _OBJECT_OPENERS


_POSSESSIVE_ENDS = frozenset({"'s", "’s"})
_ANY_POSSESSIVE_ENDS = _POSSESSIVE_ENDS | {"s'", "s’"}
"""A singular's or a plural's possessive ending ("head's", "trainers'")."""
"""The last two characters of a word in the possessive, as written: "Thabo's", "ministry’s"."""
_OWN_DETERMINERS = frozenset({"my", "our"})
_RELATIVE_REACH = 4
"""Words after a body in which the trainer puts themself in it: "the team, which I lead", "the team I
work in"."""
_RESEARCH_WORDS = frozenset({"research", "curriculum", "training", "quality", "assessment", "materials"})
"""Words naming what a role's body does, before the body: "the ministry's curriculum unit"."""
_ROLE_BODIES = frozenset(
    {"unit", "units", "team", "teams", "staff", "people", "consultants", "experts", "researchers"}
    | {"officials", "specialists", "writers", "designers", "developers", "trainers", "panel", "group"}
)
"""Nouns of people or a body that a role's possessive may own: "the exam board's research team"."""


_ROLE_VERBS = frozenset({"mentors", "tutors", "coaches", "heads", "leads", "advises", "trains", "supervises"})
"""Role words that are also a verb in the third person singular."""
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "every", "our", "their", "his", "her", "my", "your", "its", "them", "us", "me", "him"}
    | {"new", "newly", "novice", "junior", "those", "two", "three", "four", "five", "six", "several", "many"}
    | {"younger", "less"}
)
"""Words that open a verb's object, not a quantifier that may follow a plural subject ("Our deputy heads
all observe lessons")."""


_CLEFTS = (("its",), ("it", "is"), ("it", "was"), ("it", "s"))
_INDEFINITE = frozenset({"a", "an", "some", "any", "one", "usually", "often", "always", "sometimes", "not"})


_AUDIENCE = frozenset(
    {"trainees", "participants", "teachers", "learners", "students", "group", "class", "mentees", "trainee"}
)
"""Whom the trainer trains: what they do in a cleft is the trainer's practice seen from the room."""
_SET_AGAINST = _AUDIENCE | {
    "teacher",
    "participant",
    "learner",
    "student",
    "pupil",
    "pupils",
    "observee",
    "mentee",
}
"""Whom "not me" sets against the trainer in the trainer's own practice: "The observed teacher, not me,
chooses the focus" (not "The moderator, not me, sends comments")."""

_THE_ONE_WHO = frozenset({("the", "one", "who"), ("the", "one", "with"), ("the", "one", "whose")})
"""What :func:`_cleft` looks for after the subject (the fast path looks for it too)."""


def _cleft(words: list[str], start: int, end: int) -> tuple[int, int] | None:
    """Where "it's X who" or "X is the one who" gives a clause's practice to someone but the trainer."""
    for k in range(start + 1, end - 2):
        if (words[k], words[k + 1], words[k + 2]) in _THE_ONE_WHO:
            subject = words[start:k]
            # the subject's head, not a person in a phrase after it ("The bloke next to me is the one who")
            head = subject[: next((n for n, w in enumerate(subject) if w in _PREPOSITIONS), len(subject))]
            if head and _FIRST_PERSON.isdisjoint(head) and _ENDS_CLAUSE.isdisjoint(subject):
                # "Professor Lee is the one with the theory", "Our DoS, Ms Ochieng, is the one
                # who ...", not "I'm the one who"
                return start, k + 3
    for k in range(start, end):
        if words[k] not in {"its", "it"}:
            continue
        n = next((len(c) for c in _CLEFTS if tuple(words[k : k + len(c)]) == c), 0)
        if not n:
            continue
        for w in range(k + n + 1, min(k + n + 9, end)):
            if words[w] == "who":
                person = words[k + n : w]
                if person[-4:-2] == [",", "not"] and person[-1] == "," and person[-2] in _TRAINER_NOT:
                    person = person[:-4]  # "It was Leila, not me, who designed the tools"
                if len(person) > 4:
                    break
                # someone in particular ("it's Farida who", "it is our coordinator who"), not
                # a description ("it's a teacher who struggles", "it's usually someone who")
                if (
                    person
                    and person[0] not in _INDEFINITE
                    and _AUDIENCE.isdisjoint(person)  # "It's the trainees who do the talking in my sessions"
                    and _FIRST_PERSON.isdisjoint(person)
                    and _MARKS.isdisjoint(person)
                ):
                    return k, w + 1
                break
    return None


def _named_agent(words: list[str], raw: list[str], start: int, end: int) -> tuple[int, int] | None:
    """Where "by" and someone named follow a participle: "designed by Martin" (participle, "by").

    As the agents the triggers list ("by our director", "by Dr Lee"), for a bare name.
    """
    for k in range(start + 1, end - 1):
        if (
            words[k] == "by"
            and words[k + 1] not in _TIMES
            and _is_name(raw[k + 1], words[k + 1])
            and not _trainer_among(words, k, end)  # not "by Ana and me"
        ):
            done = _done_by(words, k, start)
            if done is not None and _MARKS.isdisjoint(words[done:k]):
                return done, k
    return None


def _done_by(words: list[str], by: int, start: int) -> int | None:
    """The participle whose agent the "by" at ``by`` gives, up to three words before it (None: none).

    One the triggers list ("designed by", "put together by"): a verb of making, whose agent
    made what the clause tells (not "inspired by", "adopted by": the subject's own thing, acted
    on); or any doing's participle after a passive's auxiliary where the agent is someone
    (:func:`_passive_participle`, :func:`_someone_after`: "is curated by our coordinator").
    Not a clause's own verb after its subject: "I adapted a book by Thornbury", "I also
    adapted ...", "we've designed ..." and "to put together a portfolio by ..." are the
    trainer's doing.
    """
    listed = _triggers().participles
    for k in range(by - 1, max(start, by - 4) - 1, -1):
        # a phrasal one is listed whole ("put together"; not "put forward"), and is a participle
        # only after a passive's auxiliary ("was put together by"; not "trainees put together ...")
        if k > start + 1 and f"{words[k - 1]} {words[k]}" in listed and words[k - 2] in _PASSIVE:
            return _first_of_joined(words, k - 1, start)
        if words[k] in listed and not _after_subject(words, k, start):
            return _first_of_joined(words, k, start)
        if _passive_participle(words, k, start) and _someone_after(words, by):
            # any doing's passive, by someone: "The library is curated by our academic coordinator"
            return _first_of_joined(words, k, start)
    return None


_AGENT_WITHIN = 6
"""How far into a sentence that hands the one before to a passive's agent its "by" may stand ("Planned
and written by", "These two sessions are designed by")."""


_POINTING_SUBJECTS = frozenset(
    {"both", "they", "it", "its", "theyre", "these", "those", "that", "this", "all", "of"}
)


def _points_back_as_subject(words: list[str], start: int, done: int) -> bool:
    """Whether a passive's subject, from ``start`` to its participle at ``done``, points back.

    Only words that point back ("Both were created by ...", "They're written by ..."), or a
    pointing determiner and up to two words ("That strand is taught by ...", "These two
    sessions are run by ...").
    """
    j = done - 1
    while j > start and (words[j] in _ADVERBS_BETWEEN or words[j] in _PASSIVE):
        j -= 1
    subject = words[start : j + 1]
    if not subject:
        return False
    if all(w in _POINTING_SUBJECTS for w in subject):
        return True
    return (subject[0] in _POINTING_DETERMINERS or subject[0] == "both") and len(subject) <= 3


_MAKING = frozenset(
    {"designed", "written", "planned", "created", "developed", "devised", "produced", "made", "drafted"}
    | {"compiled", "authored", "built", "drawn", "prepared", "rewritten", "revised", "put"}
)
"""Participles of making what the sentence before names: only these give it to their agent ("Planned and
written by Lucía."); not what is done with the trainer's work ("Observed by my mentor", "Chosen by the
ministry as its model", "Published by the British Council", "Led by the trainees themselves")."""


_DOING_TOO = frozenset({"also", "too", "jointly"})


def _handed_back(words: list[str], start: int, done: int, begins: list[int]) -> int | None:
    """Where the sentence before begins, where a passive that opens a sentence at ``start`` gives it away.

    A sentence with no pronoun of a person in it ("Add task cards for the Cusco cohort.", "Chapter
    3 now contrasts four models of training.") is given to the agent of the passive of making
    (:data:`_MAKING`) after it, whose participle (at ``done``) opens it ("Planned and written by
    Lucía.", "Revised by the Lead Trainer panel.") or follows a subject that points back ("Both
    were created by the quality committee.", :func:`_points_back_as_subject`). Not one with "I",
    "we", "my", "she" ... ("I added the cards. Revised by my mentor."; a name is not looked for:
    "Ms Tanaka drafted it. Revised by the panel." gives it away), nor where the passive's sentence
    has the trainer or shares the doing ("Revised by the panel after I drafted it", "Both are also
    written by ..."). None: no such sentence. ``begins``: each token's sentence start
    (:func:`_sentence_bounds`).
    """
    if start < 2 or words[start - 1] not in _SENTENCE_ENDS or words[done] not in _MAKING:
        return None
    if done != start and not _points_back_as_subject(words, start, done):
        return None
    told_after = words[
        start : next((k for k in range(start, len(words)) if words[k] in _SENTENCE_ENDS), len(words))
    ]
    if not _VOICE.isdisjoint(told_after) or not _DOING_TOO.isdisjoint(told_after):
        return None
    before = begins[start - 2]
    told = words[before : start - 1]
    if not _VOICE.isdisjoint(told) or not _triggers().persons.isdisjoint(told):
        return None
    return before


def _first_of_joined(words: list[str], k: int, start: int) -> int:
    """The first of the listed participles joined by "and" that end at ``k``: one agent did them all.

    "are researched and rewritten by the committee", "Planned and written by Lucía".
    """
    listed = _triggers().participles
    while k - 2 >= start and words[k - 1] == "and" and words[k - 2] in listed:
        k -= 2
    return k


def _someone_next(words: list[str], k: int) -> bool:
    """Whether a role or a colleague begins at ``k`` or one word on ("colleague", "outside consultant")."""
    return any(j < len(words) and bool(_someone_at(words, j)) for j in (k, k + 1))


def _someone_after(words: list[str], by: int) -> bool:
    """Whether the agent after the "by" at ``by`` is someone: a role or a colleague within four words.

    "by the university team", "by our academic coordinator", "by the visiting trainers"; not
    "by the three stages of the cycle", "by the needs of my trainees", "by a reading pack", nor
    (a role the triggers do not list) "by the centre's librarian".
    """
    for k in range(by + 1, min(by + 5, len(words))):
        w = words[k]
        if w in _MARKS or w in _PREPOSITIONS:
            return False
        if _someone_at(words, k):
            return True
        if _role_with_s(w):
            return True  # a role in the plural or its possessive: "the visiting trainers"
    return False


def _passive_participle(words: list[str], k: int, start: int) -> bool:
    """Whether the word at ``k`` is a regular participle after a passive's auxiliary (perhaps an adverb).

    "is curated by", "are covered by", "was commissioned by", "get introduced by": a doing
    the agent after "by" does, as the participles the triggers list are ("designed by").
    Not a verb of what the subject undergoes, is grounded in or is given ("informed by",
    "inspired by", "supported by", "asked by", "approved by": :data:`_UNDERGONE`).
    """
    w = words[k]
    if len(w) < 5 or not w.endswith("ed") or w in _UNDERGONE:
        return False
    j = k - 1
    if j > start and words[j].endswith("ly"):
        j -= 1  # "is carefully curated by"
    return j >= start and words[j] in _PASSIVE


_UNDERGONE = frozenset(
    {"informed", "underpinned", "inspired", "influenced", "impressed", "shaped", "guided", "supported"}
    | {"helped", "encouraged", "asked", "invited", "praised", "recognised", "recognized", "answered"}
    | {"used", "adopted", "followed", "liked", "loved", "valued", "rated", "appreciated", "challenged"}
    | {"motivated", "affected", "backed", "funded", "accompanied", "joined", "attended", "replaced"}
    | {"required", "expected", "needed", "limited", "constrained", "dominated", "employed", "hired"}
    | {"contracted", "appointed", "approved", "accepted", "endorsed", "accredited", "validated"}
    | {"commended", "welcomed", "received", "requested", "nominated", "selected", "sponsored", "based"}
    | {"surprised", "struck", "moved", "touched", "interested", "amazed", "convinced", "persuaded"}
    | {"reviewed", "checked", "thanked", "acknowledged", "cited", "quoted", "mentioned", "recommended"}
    | {"considered", "regarded", "viewed", "perceived", "described", "called", "named", "judged"}
    | {"trusted", "respected", "admired", "remembered", "sought", "consulted", "approached", "contacted"}
)
"""Participles of what a passive's subject undergoes, is grounded in, is given or is thought to be, not a
doing of the agent's that tells a practice: "My sessions are informed by SLA research", "I was asked by
my manager to ...", "My course was approved by the ministry" (the course is the trainer's), "Julia is
considered by others as a constructive presence" (a report on Julia)."""


def _after_subject(words: list[str], k: int, start: int) -> bool:
    """Whether the word at ``k`` follows its subject, a perfect's "have" or an infinitive's "to".

    Perhaps past two adverbs: "I also adapted", "We always put together", "to put together".
    """
    j = k - 1
    lowest = max(start, k - 3)  # (a bounded look back: the reader stays linear in the text)
    while j >= lowest and (words[j] in _ADVERBS_BETWEEN or words[j].endswith("ly")):
        j -= 1
    return j >= start and (words[j] in _ACTIVE or words[j] == "to")


_ACTIVE = frozenset({"i", "we", "you", "they", "she", "he", "ive", "weve", "youve", "theyve"})
_ACTIVE |= {"have", "has", "had", "id", "wed"}
"""Words after which a participle's form is a clause's verb, the subject's doing (not a passive's)."""


_UNTIL = frozenset({"until", "till"})
_UNTIL_REACH = frozenset({",", "and", "as", "which", "who", "but", "while", "-", "–", "—"})
"""Words after which what "until 2019" ends begins: "I run workshops every term and until 2020 ran ..."."""


def _passive_subject(words: list[str], start: int, done: int) -> int:
    """Where a passive's subject begins: after the last ", and" (", but" ...) before its participle.

    "Her feedback is precise, and the course itself was designed by our director": what
    the director did is the course, not the feedback. In a relative clause, its pronoun
    before the auxiliary (perhaps with an adverb between): "I run the practicum that is
    overseen by our academic lead" is the trainer's up to "that".
    """
    j = done - 1
    while j > max(start, done - 6) and (words[j] in _PASSIVE_CHAIN or words[j] in _ADVERBS_BETWEEN):
        j -= 1
    if j < done - 1 and words[j] in _PASSIVE_RELATIVES:
        return j  # "that is (now) overseen by", "which used to be overseen by"
    for k in range(done - 2, start, -1):
        if words[k] == "," and words[k + 1] in _LISTING_JOINERS:
            return k + 2
    return start


def _takes_over(words: list[str], k: int) -> bool:
    """Whether the trainer's "I" at ``k`` opens a clause of their own.

    After a time said just before it ("this term I ran them"), or doing something with what
    was told ("... by my manager I adapt them every week").
    """
    return words[k] in _SPEAKS and (
        not _TIME_NOUNS.isdisjoint(words[max(0, k - 2) : k]) or not _POINTED.isdisjoint(words[k + 1 : k + 4])
    )


_TIME_NOUNS = _NOW | {"term", "semester", "year", "week", "month"}
"""Words of a time that may open the trainer's own clause: "this term I ran them"."""


_PASSIVE_RELATIVES = frozenset({"that", "which", "who"})
_ADVERBS_BETWEEN = frozenset(
    {"also", "then", "just", "always", "usually", "often", "now", "still", "first", "once", "even", "all"}
)
"""Adverbs that may stand between a subject (or a relative pronoun) and its verb: "I also adapted",
"that is now overseen"."""


_UNTIL_YEAR_WITHIN = 6
"""How far after "until" its year may stand ("until the restructuring in 2019")."""


_LISTING_JOINERS = frozenset({"and", "but", "while", "whereas", "so"})


_DEADLINE_WORDS = frozenset(
    {"end", "start", "beginning", "middle", "next", "following", "time", "deadline", "close", "week"}
    | {"weekend", "morning", "afternoon", "evening", "day", "night", "first", "last"}
)
_TIMES = _MONTHS | _DAYS | _SEASONS_OF_THE_YEAR | {"christmas", "easter"}
"""Capitalised words after "by" that are a time, not someone: "I designed it by March"."""
_DEADLINES = _TIMES | _DEADLINE_WORDS
"""Words after "by the" that make it a deadline, not an agent: "adapted by the end of the week"."""

_THINKING = frozenset(
    {
        ("im", "thinking", "of"),
        ("i", "am", "thinking", "of"),
        ("im", "considering"),
        ("i", "am", "considering"),
    }
)


def _thinking_of_doing(words: list[str], after: int, start: int) -> bool:
    """Whether "I'm thinking of" (or "considering") is a plan: a deed or a thing to take up next.

    "I'm thinking of proposing a study", "I'm considering an MA"; not in a clause of time
    ("When I'm thinking of activities for a session, I ..."), not "thinking of the group".
    """
    if words[start] in {"when", "whenever", "while", "whilst", "as"} or after >= len(words):
        return False
    return words[after].endswith("ing") or words[after] in {"a", "an"}


_GOALS = frozenset(
    {"plan", "plans", "goal", "goals", "aim", "aims", "ambition", "hope", "dream", "intention", "target"}
)
_GOAL_OWNERS = frozenset({"my", "our", "her", "his", "the", "their", "one"})


_PURPOSE_MODALS = frozenset({"can", "could", "will", "would", "might", "may", "have", "id", "ill", "wed"})
"""Words after "so I" that make the clause what a wish is for ("so I can", "so I have")."""


def _wished_for(words: list[str], start: int, j: int, after: int) -> bool:
    """Whether an intention's trigger (the word before it or its subject at ``j``) ends a copula's complement.

    "... is what I'm hoping the new post will give me", "That's the bit I'm angling
    for", "Mentoring is something I'd love to do": what is intended is the clause's
    subject, before the trigger. Not where the wish is for another doing of it ("That's
    the area I want to specialise in", "That's something I want to keep doing": the
    words after the trigger, from ``after``), nor a relative clause on a noun before it
    ("..., which is the area I'm thinking of specialising in").
    """
    to = after - 1 if words[after - 1] == "to" else after
    if to < len(words) and words[to] == "to" and (to + 1 >= len(words) or words[to + 1] not in _DOING_IT):
        return False
    if (
        not _RECURRING.isdisjoint(words[start : _sentence_end(words, after)])
        or "more" in words[after : after + 4]
    ):
        return False  # what is met each time ("... is what I'm aiming for in every session"), or more of it
    if j >= start and words[j] in _SUBJECT_PRONOUNS:
        j -= 1
    if j < start:
        return False
    if words[j] in {"what", "something"}:
        k = j - 1
    else:  # "the bit", "the next thing", "an area"
        d = next((d for d in (j - 1, j - 2) if d >= start and words[d] in {"the", "a", "an"}), None)
        if d is None:
            return False
        k = d - 1
    return k >= start and words[k] in _CLEFT_COPULAS and (k == start or words[k - 1] != "which")


_CLEFT_COPULAS = frozenset({"is", "s", "thats", "its", "was", "are"})


def _purposes(
    words: list[str], bounds: list[tuple[int, int]], status: list[Assertion]
) -> list[tuple[int, int, int]]:
    """Clauses that say what an intention before them is for (and the intention's last token).

    "Ideally I'd get to grips with corpus work, so I have several ways of ...".

    A clause opening with "so" (or "so that") after a clause whose end is intended, told
    in the present or with a modal ("so I have", "so I can"), not what followed from it
    ("I'd like to observe more, so I asked my manager").
    """
    found = []
    for (_, before_end), (start, end) in itertools.pairwise(bounds):
        k = start + (start < end and words[start] == ",")
        if k >= end or words[k] != "so" or status[before_end - 1] is not Assertion.INTENDED:
            continue
        k += 1 + (k + 1 < end and words[k + 1] == "that")
        if k + 1 >= end or words[k] not in _SUBJECT_PRONOUNS:
            continue
        if words[k - 1] != "that" and words[k + 1] not in _PURPOSE_MODALS:
            continue  # what is done for it: "I'd like to reflect more, so I keep a journal"
        if all(x is Assertion.ASSERTED for x in status[start:end]):
            found.append((start, end, before_end - 1))
    return found


def _scheduled_start(
    words: list[str], raw: list[str], start: int, end: int, begins: list[int]
) -> tuple[int, int] | None:
    """Where someone says, in the present tense, that they begin at a month or season to come.

    "I start doing those in September", "We launch the mentoring scheme from January",
    "She takes over the observations in the spring": what is arranged, not yet done. Not
    what recurs ("I start every course in September with a needs analysis"), nor what
    began ("I started observing in March"). ``begins``: where each token's sentence begins.
    """
    if not _RECURRING.isdisjoint(words) or sum(map(_SEASONS.__contains__, words)) != 1:
        return None  # a routine ("Every autumn I run the induction. I start in September"), or a span
    before = begins[start]
    if _ARRANGED.isdisjoint(words) and (
        before == 0 or words[before - 1] == "?" or not _activity_before(words, raw, before, begins)
    ):
        return None  # no post taken up, nor an activity named before: "I run a course. We start in May"
    for k in range(start + 1, end - 2):
        w = words[k]
        if w not in _BEGINNING or words[k - 1] not in _BEGINNERS:
            continue
        if w in {"take", "takes"} and words[k + 1] != "over":
            continue
        if any(
            words[j] in _SEASONS and words[j - 1 - (words[j - 1] == "the")] in _SEASON_OPENERS
            for j in range(k + 2, end)
        ):
            return k - 1, k + 1
    return None


def _activity_before(words: list[str], raw: list[str], at: int, begins: list[int]) -> bool:
    """Whether the sentence that ends before ``at`` has no one doing what it tells (or "will").

    "Setting up observations with the school's form.", "The postholder will create
    ..."; not "Ana runs the induction week." nor "I run the course." ``begins``: where
    each token's sentence begins.
    """
    start = begins[at - 1]
    told = words[start:at]
    if "will" in told:
        return True
    named = _is_name(raw[start], words[start]) and start + 1 < at and _can_follow_subject(words[start + 1])
    return _TOLD.isdisjoint(told) and not named


_ARRANGED = frozenset({"post", "job", "contract", "position", "appointed", "postholder", "promotion"})
"""Words that make a start at a date a new arrangement: "my new post", "the postholder will ..."."""
_BEGINNING = frozenset({"start", "starts", "begin", "begins", "launch", "launches", "take", "takes"})
"""Verbs of beginning whose present tense, with a date to come, is an arrangement: "I start in May"."""
_BEGINNERS = frozenset({"i", "we", "she", "he", "that", "this", "it"})
"""Who or what begins: a person, or a word that points back at an activity named before it
("Training colleagues in my own school. That starts in January.")."""
_SEASONS = _MONTHS | _SEASONS_OF_THE_YEAR | {"fall"}
_SEASON_OPENERS = frozenset({"in", "from", "this", "come", "after", "until", "by"})
"""Words before a month or season that date what is begun ("in September", "from the autumn")."""
_RECURRING = frozenset(
    {"every", "each", "usually", "always", "annually", "normally", "often", "typically", "yearly", "again"}
)


def _goal_subject(words: list[str], start: int, end: int) -> tuple[int, int] | None:
    """Where a clause opens with a plan as its subject and says what it is: "My plan for 2025 is to ...".

    "Our aim this year is to build ...": a plan, ambition or hope; an aim, goal or target
    only with a time ("this year", "for 2027", "next term"). Not the purpose of what is done
    ("The aim of my workshops is to get teachers trying", "My plan for each session is to
    start with a warmer"), not a plan in the past ("The plan was that I observe every
    teacher, and I do"), not a plan that is described ("the plan I follow is the ministry's").
    """
    i = _past_fronting(words, start + (words[start] in _JOINERS and start + 1 < end), end)
    if i + 1 >= end or words[i] not in _GOAL_OWNERS:
        return None
    noun = next((k for k in range(i + 1, min(i + 3, end)) if words[k] in _GOALS), None)
    if noun is None:
        return None
    k, last = noun + 1, min(noun + 7, end - 1)
    while k < last:
        if words[k] == "," and k == noun + 1:
            # an aside after the noun: "The plan, once my probation's over, is to ..."
            close = next((j for j in range(k + 1, min(k + 9, end - 1)) if words[j] in _MARKS), None)
            if close is None or words[close] != ",":
                return None
            k, last = close + 1, min(close + 3, end - 1)
            continue
        if words[k] in _MARKS or words[k] in _PURPOSE_OF:
            return None
        # whose the plan is may come first: "The plan is for me to write ..."
        whose = (
            2 if words[k + 1] == "for" and k + 3 < end and words[k + 2] in _PEOPLE and noun == i + 1 else 0
        )
        if words[k] in {"is", "are"} and (
            words[k + 1] == "that"
            or (
                words[k + 1 + whose] == "to"
                and k + 2 + whose < end
                and words[k + 2 + whose] not in _NOT_INFINITIVES
            )
        ):
            timed = any(w in _PLAN_TIMES or (w.isdigit() and len(w) == 4) for w in words[noun + 1 : k])
            return (i, k + 2 + whose) if words[noun] in _PLANS or timed else None
        k += 1
    return None


_PLANS = frozenset({"plan", "plans", "ambition", "dream", "hope", "intention"})
_PURPOSE_OF = frozenset({"of", "each", "every", "with", "when", "whenever", "in"})
"""Words after a plan's noun that make it the purpose of what is done: "the aim of my workshops"."""
_PLAN_TIMES = frozenset({"next", "this", "coming", "future", "term", "year", "semester", "month"})


_NOT_INFINITIVES = frozenset(
    {"the", "a", "an", "my", "our", "his", "her", "their", "this", "that", "me", "us", "hand", "date"}
)

_TRAINER_NOT = frozenset({"me", "i", "myself", "us", "we"})
"""Who an aside says it was not: "It was Leila, not me, who ..."."""

_DUTIES = frozenset(
    {"job", "responsibility", "task", "remit", "domain", "call", "area", "department", "role", "duty"}
)
_TITLES_TOO = frozenset({"role", "duty"})
"""Duties that also name a post the trainer may hold ("my coordinator role"): a role's only in the
possessive."""
_BODIES = frozenset({"team", "department", "office", "management", "board", "committee"})
"""Roles that are bodies the trainer may be part of ("our team's role")."""
_NAMED_DUTIES = frozenset({"doing", "thing", "territory", "world", "baby", "side", "patch", "lane"})
"""Someone named's, in the possessive only: "that's Lucía's thing", "Research is Sami's territory",
"That's Marta's side of things" (not "the ministry project", "my mentees doing microteaching")."""
_NAMED_SIDES = frozenset({"side", "patch", "lane"})
"""Those of them that are places too ("at Marta's side", "the schools that are Sami's patch"):
someone's duty only straight after a copula that opens no relative clause."""
_RELATIVES_OR_WHAT = frozenset({"which", "that", "who", "what"})
"""Words before a copula that make it a relative clause's ("the schools that are Sami's patch")."""
_OF_THINGS = frozenset({"things", "it", "that", "business"})
"""What follows "of" after a duty that still names it: "side of things" (not "Oxford's department
of education", "Marta's side of the course")."""


def _role_duty(
    words: list[str], start: int, end: int, raw: list[str] | None = None, *, speaks: bool = False
) -> tuple[int, int] | None:
    """Where a clause hands the practice to someone's duty: "Adapting them is my coordinator's job"."""
    t = _triggers()
    for k in range(start + 1, end):
        if words[k] in _DUTIES or words[k] in _NAMED_DUTIES:
            owner = words[k - 1]
            if words[k] in _TITLES_TOO:
                # "role" and "duty" name a post too ("my coordinator role", "office duty"): someone
                # else's only in the possessive ("management's role"), not denied ("is not the
                # director's role, it's mine") nor of a body the trainer is in ("our team's role")
                if (
                    owner.endswith("s")
                    and owner[:-1] in t.roles
                    and "not" not in words[max(start, k - 4) : k - 1]
                    and not (words[k - 2 : k - 1] in (["our"], ["my"]) and owner[:-1] in _BODIES)
                ):
                    return k - 1, k + 1
                continue
            if words[k] in _DUTIES and (owner in t.roles or (owner.endswith("s") and owner[:-1] in t.roles)):
                return k - 1, k + 1
            if (
                speaks
                and raw is not None
                and k - 1 > start
                and _named_owner(raw[k - 1])
                and not _OWNED_BY.isdisjoint(words[max(start, k - 4) : k - 1])
                and (k + 2 >= end or words[k + 1] != "of" or words[k + 2] in _OF_THINGS)
                and (
                    words[k] not in _NAMED_SIDES
                    or (
                        words[k - 2] in _OWNED_BY
                        and (k - 3 < start or words[k - 3] not in _RELATIVES_OR_WHAT)
                    )
                )
            ):
                # "Research is Maria's job, not mine" where the trainer speaks; not a report on the
                # trainer ("Observing new teachers is Ayesha's responsibility"), not "for Oxford's
                # department of education"
                return k - 1, k + 1
    return None


def _named_owner(raw: str) -> bool:
    """A name in the possessive as written ("Hale's", "Leila's" (either apostrophe)), not "My" or "It's"."""
    return raw[:1].isupper() and raw[-2:] in _POSSESSIVE_ENDS and raw[:-2].lower() not in _NOT_OWNERS


_POSSESSIVE = lazy_pattern(r"(?<!\w)[^\W\d_][^\s'’]*['’]s\b")
"""A word in the possessive; :func:`_has_named_owner` asks whether one is capitalised, in any script."""


def _has_named_owner(text: str) -> bool:
    """Whether a capitalised word in the possessive may name someone's duty ("Émilie's job")."""
    return any(m.group(0)[0].isupper() for m in _POSSESSIVE.finditer(text))


_OWNED_BY = frozenset({"is", "are", "was", "were", "s", "thats", "its"})
"""A copula before someone's duty: "... is Maria's job", "that's Rodrigo's job"."""

_NOT_OWNERS = frozenset(
    {"it", "that", "this", "there", "here", "what", "who", "he", "she", "one", "everyone"}
)


_GROUPS = frozenset({"team", "teams", "staff"})
"""Groups a role may name that the trainer belongs to ("our trainer team"): no role of someone else."""


_WHEN_CLAUSES = frozenset({"before", "after", "when", "whenever", "while", "once", "until", "till"})
_TIMED_CLAUSES = _WHEN_CLAUSES - {"once"}
"""Words opening a clause of time in which the trainer may be only the object ("once" is as often
how often: "once a week")."""


def _only_when(words: list[str], k: int) -> bool:
    """Whether the person at ``k`` opens a clause of time that takes nothing over ("before we arrive").

    The trainer there is not a doer of what the clause it is in tells ("The partner NGO
    sets all of that up before we arrive"); taking it over is ("... before I took it over").
    """
    return (
        k > 0
        and words[k - 1] in _WHEN_CLAUSES
        and k + 1 < len(words)
        and words[k + 1] in _ARRIVING
        and _POINTED.isdisjoint(words[k + 1 : k + 5])
    )


_ARRIVING = frozenset(
    {"arrive", "arrives", "arrived", "get", "gets", "got", "come", "comes", "came", "turn", "turns"}
    | {"land", "lands", "landed", "go", "goes", "went", "leave", "leaves", "left"}
)
"""Verbs of coming and going: in a clause of time, the trainer's only part ("before we arrive")."""


def _unless_trainer(words: list[str], role: int, after: int, end: int) -> tuple[int, int] | None:
    """The role, unless the trainer takes part in the clause or it reports on the trainer.

    Or unless the role names a noun rather than a person doing something: "the
    ministry book", "the ministry material is written for primary" (a singular
    role followed by a word that cannot be a verb).
    """
    if after < end and not words[after - 1].endswith("s") and not _verb_like(words[after]):
        return None
    if words[after : after + 2] in (["and", "i"], ["and", "we"], ["and", "myself"]):
        return None  # "The moderator and I agree the marks": the trainer's too
    t = _triggers()
    rest = words[after : _turn(words, after, end)]
    institutional = bool(_at(words, role, t.roles.get(words[role])))
    for k, w in enumerate(rest):
        # "my mentor and I plan", "the coordinator asked me to design"; not a relative
        # clause: "the forms we all use", "the trainer I work with"
        relative = w in _SUBJECT_PRONOUNS and (
            k == 0
            or rest[k - 1] in _RELATIVES
            or _only_when(rest, k)  # "The partner NGO sets it up before we arrive"
            or _is_noun_like(rest, k - 1)
        )
        # the trainer as whom it is done for or given to takes no part in the doing: "Our director
        # runs the development programme for all of us", "The DoS sends the criteria to me"
        # (a role only: a participant's "the trainer reworked the workshop for us" is the trainer's)
        # (not what is handed to the trainer to do: "leaves the course design to me", "pays for me to
        # run the workshops", "writes the materials for us to deliver")
        receives = (
            w in _OBJECT_PRONOUNS
            and k > 0
            and (
                rest[k - 1] in _RECEIVING
                # "for all of us", not "with all of us", "asks each of us to"
                or (k > 2 and rest[k - 1] == "of" and rest[k - 2] in _OF_US and rest[k - 3] in _RECEIVING)
            )
            and institutional
            and _HANDING_OVER.isdisjoint(rest[:k])
            and (k + 1 >= len(rest) or rest[k + 1] != "to")
        )
        # the trainer as the object of a verb in a clause of time: "... take care of it before the
        # boxes reach us" (not "once a week with me", "before each session with me": with the trainer)
        timed = (
            w in _OBJECT_PRONOUNS
            and k > 0
            and rest[k - 1] not in _PREPOSITIONS
            and not _TIMED_CLAUSES.isdisjoint(rest[max(0, k - 5) : k])
        )
        if w in _FIRST_PERSON and not relative and not receives and not timed:
            return None
    for r, w in enumerate(rest[:4]):
        n = _at(rest, r, t.reports.get(w))
        if n and not (
            r + n < len(rest) and rest[r + n] == "own"
        ):  # "with her own tools": hers, not the trainer
            return None  # "my manager says she adapts": a report of the trainer's practice
    return role, after


_OBJECT_PRONOUNS = frozenset({"me", "us"})
_RECEIVING = frozenset({"for", "to"})
"""Prepositions before "me" or "us" that make the trainer whom a doing is for, not its doer (not
"with": "The coordinator designs the course with me" is the trainer's too; not "by"; not "of":
"each of us", "one of us" may do it)."""
_OF_US = frozenset({"all", "each", "both", "most", "many", "some", "every", "one", "two", "three"})
"""Words of how many before "of us": "for all of us" is for the trainer as "for us" is."""
_HANDING_OVER = frozenset(
    {"leave", "leaves", "left", "delegate", "delegates", "delegated", "pass", "passes", "passed"}
    | {"assign", "assigns", "assigned", "hand", "hands", "handed", "allocate", "allocates", "allocated"}
    | {"entrust", "entrusts", "entrusted", "give", "gives", "gave", "up"}
)
"""Verbs that hand a doing to the trainer: "The director leaves the course design to me" is theirs."""


def _turn(words: list[str], after: int, end: int) -> int:
    """Where the trainer takes over a clause someone else opened, after a dash or "while" (``end``: nowhere).

    "Olga adapts the modules for each group - I'm still running her versions",
    "Kasia's mapping out a specialism, while I'm still finding out which journals exist":
    what follows is the trainer's own, and what comes before is not theirs.
    """
    for k in range(after, end - 1):
        if words[k] == "," and words[k + 1] in _SPEAKING_I:
            # a comma splice: "My manager designs the courses, I deliver them"; not a hedge put in
            # ("My manager, I think, designs the courses")
            if k + 2 < end and words[k + 2] in _COMMA_HEDGES and (k + 3 >= end or words[k + 3] in _MARKS):
                continue
            return k
        if words[k] == "," and words[k + 1] in _RESULT_JOINERS and _opens_with_i(words, k + 2, end):
            # what the trainer did with it: "head office modules were written for adults, so for our
            # preschool group I swapped the examples"
            return k
        if words[k] in _TURNS and words[k + 1] in _TAKES_OVER:
            if words[k] in _DASHES and any(w in _DASHES for w in words[k + 1 : end]):
                return end  # "My colleague Tom - I think you met him - designs the course": an aside
            if words[k + 1] == "me" and k + 2 < end and words[k + 2] in {"too", "as", "also"}:
                return end  # "Tom observes the trainees - me too": the trainer does it as well
            return k
    return end


def _opens_with_i(words: list[str], start: int, end: int) -> bool:
    """Whether the trainer's "I" is the subject a few words after ``start``, no mark between: their clause.

    Not an "I" in a clause of time or condition ("and each time I ask she gives feedback", "and
    when I visit I observe one lesson"), nor one that only says what the trainer hears or thinks
    ("so I gather she ...").
    """
    for k in range(start, min(start + _BEFORE_I, end)):
        w = words[k]
        if w in _SPEAKING_I:
            return k + 1 < end and words[k + 1] not in _COMMA_HEDGES and words[k + 1] not in _HEARS
        if w in _MARKS or w in _NOT_A_MAIN_CLAUSE:
            return False
    return False


_NOT_A_MAIN_CLAUSE = frozenset(
    {"when", "whenever", "once", "before", "after", "if", "as", "like", "each", "every", "until", "till"}
    | {"while", "since", "because", "unless", "whether", "by", "what", "far", "time"}
)
"""Words that open a clause of time, condition or manner, or a hedge, before its "I"."""
_HEARS = frozenset({"hear", "heard", "gather", "was", "am", "know", "knew", "see", "saw", "d", "would"})
"""After "I": what the trainer hears, knows or would say, not what they do."""


_RESULT_JOINERS = frozenset({"so", "and", "then", "therefore", "thus"})
"""After a comma, what opens a clause the trainer may take over: ", so for our group I swapped ..."."""
_BEFORE_I = 6
"""How many words a clause may open with before its "I" (", so for our preschool group I")."""
_TURNS = frozenset({"-", "–", "—", "while", "whilst", "whereas"})
_SPEAKING_I = _SPEAKS - {"ill"}
"""The trainer saying "I" to open a clause ("ill" aside: after a comma it is as often the adjective)."""
_COMMA_HEDGES = frozenset(
    {"think", "believe", "guess", "suppose", "reckon", "feel", "mean", "gather", "understand"}
)
"""Verbs of an "I think" put in between commas, not a clause the trainer takes over."""
_TAKES_OVER = _SPEAKING_I | {"me", "my", "mine"}


def _asides(words: list[str]) -> frozenset[int]:
    """The positions of short asides in brackets, brackets included: "(task-based, dogme, CLIL)".

    Up to twelve words with no sentence end: a list or a gloss that belongs to the
    clause around it, so a trigger's scope runs through it ("I'd want every new
    trainer to know the non-core stuff (task-based, dogme, CLIL) and to ...").
    """
    inside: set[int] = set()
    for i, w in enumerate(words):
        if w == "(" and i and words[i - 1] not in _ENDS_CLAUSE:  # not a label before a statement
            close = _aside_end(words, i, len(words))
            if close is not None:
                inside.update(range(i, close + 1))
    return frozenset(inside)


def _aside_end(words: list[str], i: int, end: int) -> int | None:
    """Where the short aside that opens with the "(" at ``i`` closes (before ``end``), if it does."""
    close = next((k for k in range(i + 1, min(i + 14, end)) if words[k] in _ASIDE_ENDS), None)
    return close if close is not None and words[close] == ")" else None


_ASIDE_ENDS = frozenset({")", "(", ".", "!", "?", ";"})


_ADVERB_TERMINATORS = frozenset({"currently", "still", "right", "at", "nowadays", "these", "today", "now"})
_INSIDE_PREDICATE = frozenset(
    {"not", "never", "dont", "doesnt", "didnt", "cant", "cannot", "wont", "isnt", "arent", "havent", "hasnt"}
    | {"do", "does", "am", "is", "are", "have", "has", "im", "ive", "hes", "shes", "were", "weve", "theyre"}
)
"""Words after which "currently", "still" ... sit inside the predicate ("I do not currently")."""


def _clause_bounds(
    words: list[str], *, through_asides: bool = False, colons: Collection[int] = ()
) -> list[tuple[int, int]]:
    """Where each clause starts and ends: at ";", ".", "(" ..., and before a terminator ("but").

    ``through_asides``: a short aside in brackets does not end a clause (see :func:`_asides`).
    ``colons``: the tokens a colon stands before (a colon is no token); a clause that opens
    there with the trainer ("I", "we") after a clause of its own ends the one before
    (:func:`_after_a_clause`): "I used to follow the book: I now adapt everything".
    """
    t = _triggers()
    terminators = t.terminators
    bounds = []
    start = 0
    aside = _asides(words) if through_asides and "(" in words else frozenset()
    breaks = t.breaks
    at = [i for i, w in enumerate(words) if w in breaks]
    if colons:
        at = sorted({*at, *colons})
    for i in at:
        w = words[i]
        if i in aside:
            continue  # a short aside in brackets belongs to its clause: "(task-based, dogme, CLIL)"
        if i in colons and w not in breaks:
            if i > start and _after_a_clause(words, start, i):
                bounds.append((start, i))
                start = i
            continue
        if w in _ENDS_CLAUSE:
            bounds.append((start, i))
            start = i + 1
        elif (
            i > start
            and any(tuple(words[i : i + len(p)]) == p for p in terminators[w])
            and not (w in _ADVERB_TERMINATORS and words[i - 1] in _INSIDE_PREDICATE)
            and not (w == "while" and words[i - 1] == "a")  # a noun: "for a while", "once in a while"
            and not (w == "and" and _goes_on_after_and_im(words, start, i, breaks))
        ):
            bounds.append((start, i))
            start = i
    bounds.append((start, len(words)))
    if not _INTERJECTIONS.isdisjoint(words):
        # a word said before the sentence ("Well, my manager designs them") is no part of its first
        # clause, whose subject comes after the comma
        bounds = [part for a, b in bounds for part in _after_interjection(words, a, b)]
    if _FRONTED_CONTRASTS.isdisjoint(words):  # no clause opens with a contrast (most statements)
        return [(a, b) for a, b in bounds if b > a]
    return [part for a, b in bounds if b > a for part in _fronted_contrast(words, a, b)]


def _after_interjection(words: list[str], a: int, b: int) -> tuple[tuple[int, int], ...]:
    """A clause that opens a sentence with a word said before it and a comma, without them.

    "Well, my manager designs the courses": the clause is "my manager designs the
    courses", whose subject a role opens. The word and its comma belong to no clause, as
    a full stop does not, so that the clause before this one is still the sentence before
    ("A full needs analysis? Honestly, that isn't something I do"). Not before a yes or a
    no ("Honestly, no - I haven't"), which answers what came before with the word, nor a
    word inside a sentence ("..., well, ...").
    """
    if b - a > 3 and _said_before(words, a) and words[a + 2] not in _ANSWERS_AFTER_INTERJECTION:
        return ((a + 2, b),)
    return ((a, b),)


def _said_before(words: list[str], a: int) -> bool:
    """Whether a sentence opens at ``a`` with a word said before it and a comma ("Well, ...")."""
    return (
        words[a] in _INTERJECTIONS
        and words[a + 1 : a + 2] == [","]
        and (a == 0 or words[a - 1] in _SENTENCE_ENDS)
    )


_INTERJECTIONS = frozenset(
    {"well", "oh", "ah", "um", "erm", "er", "hmm", "ok", "okay", "honestly", "frankly", "truthfully"}
    | {"sadly", "alas", "unfortunately", "admittedly", "anyway", "look", "listen", "so", "right"}
    | {"ha", "hah", "haha", "gosh", "wow", "ugh", "pfft", "blimey", "phew"}
)
"""Words said before a sentence, set off by a comma ("Well, ...", "Honestly, ...", "Ha, ...")."""
_ANSWERS_AFTER_INTERJECTION = frozenset({"yes", "yeah", "yep", "no", "nope", "not", "never", "nah"})
"""An answer after the word, which stays with it: "Is there research behind it? Honestly, no - ..."."""


_COLON_OPENERS = frozenset({"i", "we", "im", "ive", "weve"})
"""The trainer opening a clause after a colon: "... : I now adapt everything"."""
_NOW_OPENERS = frozenset({"now", "today", "nowadays", "currently", "these"})


def _colon_clauses(body: str, tokens: _Tokens) -> frozenset[int]:
    """The tokens after a colon that open a clause with the trainer ("I", "we"; "now I").

    A colon is no token, so it is looked for between them in the text.
    """
    words, spans, _ = tokens
    return frozenset(
        k
        for k in range(1, len(words))
        if ":" in body[spans[k - 1][1] : spans[k][0]]
        and (
            words[k] in _COLON_OPENERS
            or (words[k] in _NOW_OPENERS and not _COLON_OPENERS.isdisjoint(words[k + 1 : k + 3]))
        )
    )


def _after_a_clause(words: list[str], start: int, i: int) -> bool:
    """Whether a colon at ``i`` ends a clause: a denial or a saying it plainly before it, or a now after it.

    "I don't observe anyone: I just deliver ...", "About training design I am honest: I
    don't create courses ...", "Those were different times: I now design ...", "I used to
    follow the book closely: I now adapt ..." are two clauses.
    Not a frame and what it holds: "In my old job: I designed ...", "My plan for next
    year: I will ...", "When I worked at the British Council: I designed ...", "My goal is
    simple: I want ...", "At my previous school I was head of training: I ran ..." (a past
    told after a past, with no "now").
    """
    before = words[start:i]
    if not before or before[0] in _FRAMING or not _PLANNED.isdisjoint(before):
        return False
    if not any(
        w in _CLAUSE_MAKERS or w in _FIRST_PERSON or (len(w) > 4 and w.endswith("ed")) for w in before
    ):
        return False  # no clause: "In my old job:"
    end = next((k for k in range(i, len(words)) if words[k] in _ENDS_CLAUSE), len(words))
    return (
        not _COLON_DENIALS.isdisjoint(before)
        or not _SAID_PLAINLY.isdisjoint(before)
        or not _NOW_SAID.isdisjoint(words[i:end])
    )


_FRAMING = frozenset({"when", "while", "whilst", "before", "after", "as", "once", "since", "until", "if"})
"""Words that open a frame before a colon, not a clause of its own: "When I worked there: I ..."."""
_PLANNED = _PLANS | {"goal", "goals", "aim", "aims", "priority", "priorities"}
"""A plan's noun before a colon: a frame ("My goal is simple: I want ...")."""
_COLON_DENIALS = frozenset(
    {"not", "never", "dont", "doesnt", "didnt", "cant", "cannot", "wont", "isnt", "arent", "havent"}
)
"""A denial before a colon, after which the trainer tells what is done: "I don't observe: I deliver"."""
_SAID_PLAINLY = frozenset(
    {"honest", "frank", "candid", "clear", "fair", "transparent", "upfront", "accurate", "truthful"}
    | {"admit", "confess", "stress", "emphasise", "emphasize", "add", "mention", "concede"}
)
"""Words of saying it plainly before a colon, after which the trainer tells what is done ("I would also
like the report to be accurate about observation: I use ...", "I should be honest: I have only ...")."""


_DONT = frozenset({"dont", "didnt"})


def _does_it_no_more(words: list[str], start: int, i: int) -> bool:
    """Whether the trainer's clause before a trigger of a practice given up does what came before.

    The trainer's "don't" or "didn't", with a pointing word's doing or cut short, just before
    "any more" or "anymore": "but I don't do that any more", "but we don't any more". The
    clause before it is what is given up (not "and I don't do it with a checklist any more":
    only the checklist is; nor a quantity, "I can't do any more than that", or someone's
    belief, "my manager doesn't believe I do that any more").
    """
    if i + 2 < len(words) and words[i + 2] == "than":
        return False  # a quantity: "I don't do that any more than I have to"
    doing = (k for k in range(start + 1, i) if words[k - 1] in _SUBJECT_PRONOUNS and words[k] in _DONT)
    return any(
        k + 1 == i
        or (words[k + 1] in _POINTED and k + 2 == i)
        or (words[k + 1] == "do" and k + 2 < i and words[k + 2] in _POINTED and k + 3 == i)
        for k in doing
    )


def _said_now(words: list[str], start: int, end: int, value: Assertion) -> bool:
    """Whether a clause a past or a denial after it points back at says it is so now.

    "I now design all the courses myself. That was not the case in my old job.": the
    pointing clause sets the past against the now, and takes nothing back.
    """
    return value in {Assertion.PAST, Assertion.NEGATED} and any(
        w in _NOW_SAID and (w != "moment" or (k - 2 >= start and words[k - 2] in {"at", "for"}))
        for k, w in enumerate(words[start:end], start)
    )  # "at the moment", "for the moment"; not "names the exact moment"


_IS_CONTRACTED = frozenset({"its", "thats", "whats", "theres", "heres", "shes", "hes", "lets", "whos"})
"""Words with "'s" that is "is" (or "us"), not a possession: "That's", "it's"."""


def _a_predecessors(words: list[str], raw: list[str], start: int, end: int, stop: int) -> bool:
    """Whether a past after the trainer's clause names whose it was: "That used to be my manager's job".

    The trainer tells the doing (``start`` to ``end``) and the pointing clause after it (to
    ``stop``) someone's possession: it was theirs, and is the trainer's now.
    """
    return not _SPEAKS.isdisjoint(words[start:end]) and any(
        r.endswith(("'s", "’s")) and w not in _IS_CONTRACTED
        for w, r in zip(words[end:stop], raw[end:stop], strict=True)
    )


def _goes_on_after_and_im(words: list[str], start: int, i: int, breaks: frozenset[str]) -> bool:
    """Whether "and I'm" or "and I've" at ``i`` goes on with the clause before instead of ending it.

    Where what follows leaves its verb to the clause before ("I don't run workshops and I'm
    unlikely to", "... and I've refused to"), or, after "and I'm", goes on with a plan the clause
    before makes without saying it is so now ("Next year I'll be teaching the module and I'm doing
    the observations too", not "... and I'm already doing the observations"). "And I" ends a
    clause as it did before these two were terminators too. Not "and I'd" or "and I'll", which
    say what is to come or would be, and go on with a plan, a condition or a habit of the past
    more often than they end it ("I'd love to run a course and I'd design it from scratch", "In
    my old job I led the workshops and I'd design the materials myself").
    """
    if words[i + 1 : i + 2] not in (["im"], ["ive"]):
        return False
    end = next((j for j in range(i + 2, len(words)) if words[j] in breaks and j > i + 2), len(words))
    after = words[i + 2 : end]
    if "to" in after and (after[-1] == "to" or after[after.index("to") + 1 :][:1] in (["since"], ["yet"])):
        return True
    # (a perfect says what is done: "I'd like to design a course and I've started an MA module")
    return (
        words[i + 1] == "im" and not _FUTURE_FRAME.isdisjoint(words[start:i]) and _NOW_SAID.isdisjoint(after)
    )


_FUTURE_FRAME = frozenset(
    {"ill", "will", "going", "gonna", "next", "plan", "planning", "hope", "hoping", "want", "wants"}
    | {"id", "would", "intend", "aim", "soon"}
)
"""Words of a plan in the clause before "and I'm": what follows goes on with it unless now ("I'd like"
is "id"; "like" alone is a filler as often: "three or four ways, like ...")."""
_NOW_SAID = frozenset({"now", "currently", "already", "moment", "nowadays", "today", "present"})


_FRONTED_CONTRASTS = frozenset({"whereas", "although", "though", "unlike"})
"""Not "while": "While I was at the school, I designed ..." is a time, and what it tells is over."""


def _fronted_contrast(words: list[str], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """A clause that opens with a contrast ends at its first comma.

    "Whereas Tomas gives three concrete tips, I tend to write 'nice lesson'" is two clauses,
    each with its own subject (see :data:`_FRONTED_CONTRASTS`).
    """
    if words[start] in _FRONTED_CONTRASTS:
        comma = next((k for k in range(start + 2, end - 1) if words[k] == ","), None)
        if comma is not None:
            return (start, comma), (comma + 1, end)
    return ((start, end),)


def _statuses(
    body: str, tokens: _Tokens, labelled: bool, *, voiced: bool = False, narrated: bool = False
) -> tuple[list[Assertion], list[str | None]]:
    """Each token's status and trigger.

    ``labelled``: the statement opens with a source label ("Diary:"), so it may
    be someone's report on the trainer, who may be "my mentor" there.
    ``voiced``: the text around it is the trainer's own, in the first person
    singular, so someone named or a colleague opening a clause is someone else
    even where this statement has no "I".
    """
    t = _triggers()
    words, spans, raw = tokens
    status = [Assertion.ASSERTED] * len(words)
    trigger: list[str | None] = [None] * len(words)

    def written(a: int, b: int) -> str:
        """Tokens a to b as written ("can't", not "cant")."""
        return body[spans[a][0] : spans[b - 1][1]]

    def mark(a: int, b: int, value: Assertion, term: str) -> None:
        _mark(status, trigger, (a, b), value, term)

    sentences: tuple[list[int], list[int]] | None = None  # worked out on first need

    def sentence_bounds() -> tuple[list[int], list[int]]:
        """Each token's sentence: where it begins and ends (:func:`_sentence_bounds`)."""
        nonlocal sentences
        if sentences is None:
            sentences = _sentence_bounds(words)
        return sentences

    starts = _phrase_starts(t, words)
    colons = _colon_clauses(body, tokens) if ":" in body else frozenset()
    bounds = _clause_bounds(words, colons=colons)
    # how far a forward trigger reaches: through a short aside in brackets to the end of the clause it
    # interrupts ("I'd want every new trainer to know the non-core stuff (task-based, dogme) and to ...")
    reach = dict(_clause_bounds(words, through_asides=True, colons=colons)) if "(" in words else {}
    reaches = [reach.get(a, b) for a, b in bounds] if reach else [b for _, b in bounds]
    # the trainer speaks: a peer role ("my co-trainer", "a colleague of mine") is someone else
    speaks = not labelled and (voiced or not _VOICE.isdisjoint(words))
    untils = [k for k, w in enumerate(words) if w in _UNTIL] if "until" in words or "till" in words else []
    first_role: int | None = None  # found on first need
    run = 0  # where the run of questions before the clause begins (a clause number)
    fragments = False  # whether the clause before the previous one is a question without a person
    persons = t.persons
    # a cleft needs "it", "its" or "the one"; a duty one of its words (most statements have none)
    clefts = "it" in words or "its" in words or "one" in words
    pseudo_clefts = "what" in words
    pointing = not _POINTING_OPENERS.isdisjoint(words) or not _WOULD_OPENERS.isdisjoint(words)
    whos = "who" in words or "whose" in words
    duties = not _DUTIES.isdisjoint(words) or not _NAMED_DUTIES.isdisjoint(words)
    goals = not _GOALS.isdisjoint(words)
    dated = not _BEGINNING.isdisjoint(words) and not _SEASONS.isdisjoint(words)
    bys = "by" in words
    singular = speaks and (voiced or not _SINGULAR_VOICE.isdisjoint(words))
    # "she" or "he" goes on with someone named (_someone_named_goes_on) only in a statement that has one
    pronouns = singular and not _HE_OR_SHE.isdisjoint(words)
    for number, (start, end) in enumerate(bounds):
        if number:
            # the run of person-less questions ("Publish? Present at conferences?") that ends with
            # the clause before this one, and that clause itself (which may have a person)
            a, b = bounds[number - 1]
            if not fragments:
                run = number - 1
            fragments = b < len(words) and words[b] == "?" and persons.isdisjoint(words[a:b])
        role = _role_subject(words, start, end, speaks, raw)
        if role is None and singular:
            # "Carmen does the needs analysis; I deliver the sessions" (not a manager's "we":
            # "Diego is the person we send to new places" is about the trainer, Diego)
            # a title and a name only where they open the statement or answer a question ("That
            # workshop on grammar? Mr Takahashi ran it."); a question of who does it is answered by
            # _from_before ("Who runs it? Dr Lee does. And I do too.")
            titled = not number or _answered_by_name(words, bounds[number - 1], start)
            role = _named_subject(words, raw, start, end, titled=titled)
        if role is not None:
            mark(start, _turn(words, role[1], end), Assertion.OTHER, written(*role))
        elif narrated and (narrated_other := _narrated_other(words, start, end)) is not None:
            # the trainer's own narrative calls the trainer "I": "He built the observation tools"; a
            # phrase fronted before it is the clause's ("Last year, he built ...")
            at, stop = narrated_other
            mark(start, stop, Assertion.OTHER, written(at, at + 1))
        elif pronouns:
            if first_role is None:
                first_role = _first_role(words)
            pronoun = _someone_named_goes_on(words, start, end, first_role)
            if pronoun is not None:  # "According to my colleague Anan, she always plans ..."
                mark(pronoun, end, Assertion.OTHER, written(pronoun, pronoun + 1))
        cleft = _cleft(words, start, end) if clefts else None
        if cleft is not None:  # "In our team it's Farida who adapts the packs"
            mark(cleft[0], end, Assertion.OTHER, written(*cleft))
        whose = _what_someone_does(words, raw, start, end, names=singular) if pseudo_clefts else None
        if whose is not None:  # "Specific feedback with clear next steps is what my colleague gives"
            mark(start, end, Assertion.OTHER, written(*whose))
        for a, b, who in (
            _relatives_of_others(words, raw, start, end, speaks=speaks, names=singular) if whos else ()
        ):
            # "I asked whether Rachel, who does the pre-course interviews, could advise"
            mark(a, b, Assertion.OTHER, written(*who))
        named_by = _named_agent(words, raw, start, end) if bys and speaks else None
        if named_by is not None:  # "The courses themselves are designed by Martin - he builds them"
            participle, by = named_by
            stop = _relative_reach(words, by, end)
            passive = participle > start and words[participle - 1] in _PASSIVE
            mark(start if passive else participle, stop, Assertion.OTHER, written(by, by + 2))
            before = _handed_back(words, start, participle, sentence_bounds()[0])
            if before is not None:
                mark(before, start, Assertion.OTHER, written(by, by + 2))
        goal = _goal_subject(words, start, end) if goals else None
        if goal is not None:  # "My plan for 2025 is to design our first full course"
            mark(start, end, Assertion.INTENDED, written(*goal))
        begins = _scheduled_start(words, raw, start, end, sentence_bounds()[0]) if dated else None
        if begins is not None:  # "I start doing those in September": not yet begun
            mark(begins[0], end, Assertion.INTENDED, written(*begins))
            if (
                number
                and words[begins[1]] in _SEASON_OPENERS
                and _activity_before(words, raw, start, sentence_bounds()[0])
            ):
                # begun with no object, what begins is what was told before: "The postholder will
                # create observation tools. I start in September."
                mark(*bounds[number - 1], Assertion.INTENDED, written(*begins))
        duty = _role_duty(words, start, end, raw, speaks=speaks) if duties else None
        if duty is not None:  # up to the next mark: "... is my coordinator's job - I run them"
            stop = next((k for k in range(duty[1], end) if words[k] in _MARKS), end)
            mark(start, stop, Assertion.OTHER, written(*duty))
        for k in [k for k in untils if start <= k < end - 1]:
            # the year may come a few words on: "Until the restructuring in 2019, I wrote ..."
            y = next(
                (
                    j
                    for j in range(k + 1, min(k + _UNTIL_YEAR_WITHIN, end))
                    if words[j] in _MARKS or _YEAR.fullmatch(words[j])
                ),
                k + 1,
            )
            if _YEAR.fullmatch(words[y]) and int(words[y]) < _THIS_YEAR:
                # "Until 2021 she designed ...", "During her time with us (2016-2020) she observed ...";
                # after what it ends, what was told in the past: "I designed courses for the ministry
                # until 2019", not what goes on now ("I run workshops every term and until 2020 ran
                # them on phonics too", "I design our courses, as I did for the ministry until 2018")
                begun = max(
                    (
                        j + 1
                        for j in range(start, k)
                        if words[j] in _UNTIL_REACH
                        # "as" a conjunction ("as I did for the ministry"), not a role ("as a mentor")
                        and not (words[j] == "as" and words[j + 1] in {"a", "an"})
                    ),
                    default=start,
                )
                ended = begun if begun < k and _past_or_verbless(words, (begun, k), copula=True) else k
                mark(ended, end, Assertion.PAST, written(k, y + 1))
                if (
                    end < len(words)
                    and words[end] == ")"
                    and number + 1 < len(bounds)
                    and bounds[number + 1][0] == end + 1  # the clause the bracket interrupts, not "); ..."
                ):
                    mark(end, bounds[number + 1][1], Assertion.PAST, written(k, y + 1))
        covered = start  # pseudo-triggers cover their words
        for i in starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
            # the phrases that can start here (a phrase whose second word is not the next one cannot)
            for phrase, scope, value in _options(t, words, i):
                n = len(phrase)
                if i + n > end or (n > 2 and tuple(words[i : i + n]) != phrase):
                    continue
                if phrase[0] == "something" and i > start and words[i - 1] not in _CLEFT_COPULAS:
                    continue  # "My feedback ends with something to aim for": what is given, not a goal
                if (
                    phrase[0] == "back"
                    and i > start
                    and words[i - 1] in _BEFORE_A_PLACE
                    and not (i + 2 < len(words) and _YEAR.fullmatch(words[i + 2]))
                ):
                    continue  # a place, not a time: "she sat at the back in case I froze"
                if (
                    phrase[-2:] in {("time", "i"), ("time", "we")}
                    and not _SAYING_OR_RECALLING.isdisjoint(words[max(start, i - 2) : i])
                    and not _NEGATED_AUXILIARIES.isdisjoint(words[max(start, i - 4) : i])
                ):
                    continue  # "I can't remember the last time I didn't": a habit (:func:`_inner_denial`)
                if phrase[-1] == "again" and not _told_in_the_past(words, (start, i)):
                    continue  # "I model a technique once and never again": how it is done now
                if (
                    phrase[-1] == "in"
                    and phrase[0] in {"which", "that"}
                    and not (i + n < end and _YEAR.fullmatch(words[i + n]))
                ):
                    continue  # an end in a year, not "which closed in June and opens again in September"
                term = written(i, i + n)
                if scope == "pseudo":
                    covered = max(covered, i + n)
                elif scope == "clause":
                    if value is Assertion.NEGATED and _conditional(words, start, i):
                        break  # "when a context is new territory for me, I ask colleagues"
                    if (
                        value is Assertion.OTHER
                        and i + n < end
                        and words[i + n] in _HANDED_TO_ME
                        and _SOMEONE_ABOUT.isdisjoint(words)
                    ):
                        # handed to the trainer: "Choosing the focus is up to me" (not a writer's "me"
                        # in a report on someone, nor a team's "us": "... is left to us moderators")
                        break
                    mark(start, end, value, term)
                    opener = start + (words[start] in _JOINERS and start + 1 < end)
                    if number and words[opener] in _ANAPHORS:  # "..., but that's long gone"
                        before, _ = bounds[number - 1]
                        if not _said_now(words, before, start, value) and not _making_given_away(
                            words, (before, start), (start, end), value
                        ):
                            mark(before, start, value, term)
                    elif number and value is Assertion.PAST and _does_it_no_more(words, start, i):
                        # "I ran workshops for the whole region, but I don't do that any more"
                        before, _ = bounds[number - 1]
                        if not _said_now(words, before, start, value) and before < start:
                            mark(before, start, value, term)
                    elif number and (told := _fragment_of(words, status, (start, end), (i, i + n), value)):
                        # a fragment after a sentence, only the time it tells or the denial of a
                        # practice named by no one: the sentence before ("... lesson videos, all at
                        # my fingertips. Once upon a time.")
                        mark(told[0], start, value, term)
                elif scope == "agent":
                    # "designed by our director", "designed from scratch by our director"
                    if i + n < end and words[i + n] in _DEADLINES:
                        break  # "adapted by the end of the first week", "revised by the Friday before"
                    if phrase[1] in _SOMEONE_FOLLOWS and not (
                        _someone_after(words, i) if phrase[1] == "an" else _someone_next(words, i + 2)
                    ):
                        break  # "designed by her": perhaps the trainer a report is on
                    done = _done_by(words, i, start)
                    if done is not None and _MARKS.isdisjoint(words[done:i]):
                        stop = _relative_reach(words, i, end)
                        # the trainer who speaks after the agent, with no mark between, opens a clause
                        # of their own after a time ("The units were written by our coordinator this
                        # term I ran them"); not a hedge or a relative clause ("by our director I
                        # think", "by the trainer I replaced")
                        stop = next((k for k in range(i + n, stop) if _takes_over(words, k)), stop)
                        if _trainer_among(words, i, stop):
                            break  # "designed by my co-trainer and me": the trainer is an agent too
                        # a passive's subject is what was done ("The course was designed by ..."); a
                        # participle after a noun describes it ("I adapt the slides written by ...")
                        passive = done > start and (
                            words[done - 1] in _PASSIVE
                            or words[done - 1] in _CONTRACTED_PASSIVE  # "They're written by ..."
                            # "Our observation tools were all designed by the head of training"
                            or (
                                done - 1 > start
                                and words[done - 1] in _ADVERBS_BETWEEN
                                and words[done - 2] in _PASSIVE
                            )
                        )
                        subject = _passive_subject(words, start, done) if passive else done
                        mark(subject, stop, value, term)
                        if subject == start:
                            before = _handed_back(words, start, done, sentence_bounds()[0])
                            if before is not None:
                                mark(before, start, value, term)
                elif scope == "forward" and i >= covered:
                    if value is Assertion.NEGATED:
                        if not _is_denial(words, i, start, phrase):
                            break
                        stop = _negation_stop(words, i, min(reaches[number], i + _SCOPE))
                        if (affirmed := _denial_affirms(words, i + n, stop, phrase)) is not None:
                            # "I never start a course without a needs analysis", "I don't skip it"
                            covered = max(covered, affirmed)
                            break
                        if i == start and phrase in _SET_ASIDE:
                            # a fronted phrase ends where the trainer's clause begins, with no comma:
                            # "Instead of the ministry checklist I use a tool I wrote"
                            # (not a subject right after it: "Instead of I tell them, I let them ...")
                            stop = next(
                                (k for k in range(i + n + 1, stop) if words[k] in _TRAINER_SUBJECTS), stop
                            )
                    elif phrase in t.modal and not _is_personal(raw, words, i, start):
                        break  # "the project will": not the trainer's intention
                    elif phrase[0] in {"is", "are"} and _opens_relative_clause(words, i - 1, start):
                        break  # "the rubric she is required to use": what she uses, not a rule
                    elif value is Assertion.INTENDED and words[start] in _REASONS_WHY:
                        break  # "..., because I want to improve": a reason for what is done now
                    elif value is Assertion.INTENDED and i > start and words[i - 1] == "which":
                        break  # "I give feedback the same day, which I'm hoping helps": what it is for
                    elif value is Assertion.INTENDED and _asked_wish(words, i, start, phrase):
                        break  # "I ask the teachers what they want to focus on": their wish, asked
                    elif phrase in _THINKING and not _thinking_of_doing(words, i + n, start):
                        break  # "When I'm thinking of activities for a session, I ...": not a plan
                    else:
                        stop = min(reaches[number], i + _SCOPE)
                    if value is Assertion.PAST and phrase[0] in _STOPPING and _resumed(words, i + n, stop):
                        break  # "I stopped designing courses in 2019, then started again in January"
                    # the auxiliaries before it belong to it ("I have never", "I would like"),
                    # and a negation's adverbs after it ("hasn't yet", "doesn't really")
                    said = first = _subject(words, i, start) + 1
                    if value is Assertion.NEGATED and (
                        # what the clause is about denied of someone ("... isn't me", "... isn't
                        # really on my radar", "... hasn't featured in her sessions"), not a
                        # definition ("Training isn't teaching")
                        (
                            (_gerund_subject(words, start, i) or phrase in _COPULA_NEGATIONS)
                            and _names_people(words[i + n : i + 5 + n])
                        )
                        or (phrase in _COPULA_NEGATIONS and _own_thing_described(words, start, i + n, stop))
                        or _denied_complement(words, first, start)
                        or _fronted(words, start, first - 1)
                        or _fronted_object(words, start, first - 1, i + n)
                        or _denied_object(words, start, i, phrase)
                    ):
                        # "Writing for journals just isn't me", "Mixed groups are something I
                        # haven't been given": what is denied comes first (as far back as a
                        # condition is looked for)
                        first = max(start, i - _REACH)
                    elif (
                        value is Assertion.PAST
                        and phrase[0] in _STOPPING
                        and first > start
                        and _gives_up(words, i + n, [])
                        and _told_in_the_past(words, (start, i))
                    ):
                        # "I adapted the materials for two years, then gave up training altogether":
                        # what was done, then given up
                        first = start
                    elif (
                        value is Assertion.PAST
                        and phrase[0] in _PAST_TIME_PREPOSITIONS
                        and first > start
                        and _told_in_the_past(words, (start, i))
                    ):
                        # "I designed two whole courses from scratch at my previous institute": a
                        # time told after what was done in it holds for the whole clause
                        first = start
                    elif value is Assertion.PAST and first > start and _subject_phrase(words, start, first):
                        # "My training values used to come straight from my classroom beliefs": the
                        # subject before the verb is what was
                        first = start
                    elif value is Assertion.INTENDED and _wished_for(words, start, first - 1, i + n):
                        # "Designing a course of my own is what I'm hoping for", "That's the bit
                        # I'm angling for": what is wished for comes first
                        first = start
                    last = i + n
                    while value is Assertion.NEGATED and last < stop and words[last] in _LIMIT_WORDS:
                        last += 1
                    mark(first, stop, value, written(said, last))
                    told = bounds[number - 1] if number else (0, 0)
                    if (
                        value is Assertion.NEGATED
                        and number
                        and _ceased(words, i, n, stop, words[told[0] : told[1]])
                        and _past_or_verbless(words, told)
                    ):
                        # "Once I observed with video and peer triads - but I haven't observed anyone
                        # for three years": what the clause before told is over
                        mark(*told, Assertion.PAST, written(said, last))
                    opener = start + (words[start] in _JOINERS and start + 1 < end)
                    if value is Assertion.NEGATED and _of_what_was_said(words, i, n):
                        # "Contributing to journals, running events for trainers - none of that is
                        # me": a denial of what its clause listed before a dash (not a sentence before)
                        if i > start and words[i - 1] in _ANSWER_ENDS:
                            # back through a short aside in brackets: "Loop input, SLA theory (the
                            # toolkit the seniors talk about) - none of it is part of what I bring"
                            wide = max((a for a in reach if a <= start), default=start)
                            mark(wide, i, value, written(said, last))
                    elif (
                        value is Assertion.PAST
                        and number
                        and words[opener] in _ANAPHORS
                        and first <= opener + 1
                        and not _said_now(words, bounds[number - 1][0], start, value)
                        and not _a_predecessors(words, raw, bounds[number - 1][0], start, end)
                    ):
                        before, _ = bounds[number - 1]  # "I asked for feedback. That stopped when ..."
                        mark(before, first, value, written(said, last))
                    elif (
                        value is Assertion.PAST
                        and number
                        and (words[start] in _CONTRASTS or words[start - 1] in _ENDS_CLAUSE)
                        and not _told_as_recent(words, *told)
                        and (_told_in_the_past(words, told) or _past_or_verbless(words, told))
                        and (phrase[0] not in _STOPPING or _gives_up(words, i + n, words[told[0] : told[1]]))
                        and (phrase not in _HABITS_BEFORE or _points_back(words, i + n, stop))
                    ):
                        # "I designed several courses, but I no longer do any training design";
                        # "Adapting the workshops for each group - I was known for it. Then I moved
                        # into management and stopped training altogether."; not a habit of before
                        # that is another practice ("Adapted the materials for each group. I used to
                        # deliver them as they were": what is done now, set against what was)
                        mark(bounds[number - 1][0], start, value, written(said, last))
                elif scope == "aside":
                    if number and i == start and (i + n >= end or words[i + n] in _MARKS):
                        # "Drawing on journals, webinars, corpora. Not me.": a bare "not me" denies
                        # what was told before it of the trainer
                        mark(*bounds[number - 1], Assertion.NEGATED, term)
                        mark(start, i + n, Assertion.NEGATED, term)
                        break
                    if not _SET_AGAINST.isdisjoint(words[start:i]) or not _PERSONS_TOLD.isdisjoint(
                        words[start:i]
                    ):
                        # "It's the trainees, not me, who do the talking", "I keep the focus on the
                        # lesson, not me": the trainer's own practice, the contrast in its object
                        break
                    # "The moderator, not me, sends ...": the clause, up to a colon after it ("that's
                    # the audience, not me: I draw on ..."; a colon is no token, so it is looked for
                    # between them)
                    stop = next(
                        (
                            k
                            for k in range(i + n, end)
                            if words[k] in _SET_ASIDE_ENDS or ":" in body[spans[k - 1][1] : spans[k][0]]
                        ),
                        end,
                    )
                    mark(start, stop, value, term)
                elif scope == "after" and (then := _given_up_then(words, start, i, phrase)) is not None:
                    # "I designed the course for years, then gave it up": what came before "then"
                    mark(start, then, value, term)
                elif scope == "after" and number:
                    # "...; since leaving, I just teach children": the clause before is past
                    if not _NOT_GIVEN_UP.isdisjoint(words[max(start, i - 2) : i]) or (
                        phrase[0] in _GIVING_UP
                        and (
                            not _NOT_GIVEN_UP.isdisjoint(words[start:i])
                            or not _gives_it_up_oneself(words, start, i)
                        )
                    ):
                        break  # "..., but I don't let it slide", "most of them gave it up by week three"
                    told = bounds[number - 1]
                    if phrase[0] in _GIVING_UP and _tells_the_present(words, told):
                        break  # handed on, not given up: "I write the reports, but I handed them to the head"
                    mark(told[0], start, value, term)
                break
        if number:
            asked = bounds[number - 1]
            if words[asked[1]] == "?" and run < number - 1:
                # a run of questions answered together: "Publish? Present at conferences? No, no
                # and no." (fragments: "Have I taught? Have I published? No." answers the last)
                asked = (bounds[run][0], asked[1])
            elif words[asked[1]] == "?" and asked[0] > 0 and words[asked[0] - 1] not in _SENTENCE_ENDS:
                # a question a terminator split is asked whole: "Build feedback into the course
                # while it's running? I don't" (its "while" began a clause); not a statement
                # before it ("I adapt the materials, but do I design courses? No.")
                begun = sentence_bounds()[0][asked[0]]
                if words[begun] in _ASKING or _PERSONS_TOLD.isdisjoint(words[begun : asked[0]]):
                    asked = (begun, asked[1])
            _from_before(words, asked, (start, end), status, trigger, speaks=speaks, written=written, raw=raw)
            named = _named_back(words, start, end) if pointing else None
            if named is not None:
                # "Corpus tools woven into every session. That's the dream, anyway": what the
                # sentence (or clause) before told is wished for; an aim only where it names no
                # practice of the trainer's ("I run the Erasmus strand. That's the bid we're
                # writing now": what it funds)
                begun = (
                    sentence_bounds()[0][start - 1]
                    if words[start - 1] in _SENTENCE_ENDS
                    else bounds[number - 1][0]
                )
                if (named == "dream" or _FIRST_PERSON.isdisjoint(words[begun:start])) and all(
                    status[k] is Assertion.ASSERTED for k in range(begun, start)
                ):
                    mark(begun, end, Assertion.INTENDED, written(start, end))
            contrast, changed = _now_clause(words, start, end)
            told = bounds[number - 1]
            if (contrast or changed) and _told_in_the_past(words, told, fronted=True):
                opener = told[0] + (words[told[0]] in _JOINERS)
                if (
                    changed
                    or words[opener] in _ENDED_BY
                    or (_named_activity(words, opener, told[1]) and _ALSO.isdisjoint(words[start:end]))
                    or (contrast and _less_now(words, (start, end), told))
                ):
                    # "Before the reorganisation I designed entire courses. That's centralised now",
                    # "Designing courses was my job for a decade. These days I adapt ...", "For ten
                    # years I wrote the courses. Now I only adapt them": what the trainer did is
                    # over; not "I designed the course last year. Now I run it"
                    mark(*told, Assertion.PAST, written(start, min(end, start + 4)))
    if "so" in words:
        for a, b, k in _purposes(words, bounds, status):
            # "Ideally I'd get to grips with corpus work, so I have several ways of analysing
            # language": what the wish is for is wished for too
            mark(a, b, Assertion.INTENDED, trigger[k] or written(a, a + 1))
    if "?" in words:  # "Would it be worth asking for feedback on my sessions?": asked, not done
        for a, b in _hypothetical_questions(words, sentence_bounds()[0]):
            mark(a, b, Assertion.INTENDED, written(a, a + 2))
        for a, b in _put_questions(body, tokens, sentence_bounds()[0]):
            mark(a, b, Assertion.ASKED, "?")
    if ("-" in words or "–" in words or "—" in words or ":" in body or "." in words[:-1]) and status.count(
        Assertion.ASSERTED
    ) < len(status):
        # (a topic takes up the status of a clause that is not asserted: with none, there is none)
        # "Publishing, conference talks: none of it is part of my working life"
        for a, b, k in _resumed_topics(body, tokens, status, *sentence_bounds()):
            mark(a, b, status[k], trigger[k] or written(k, k + 1))
    sentence_ends = "." in words[:-1] or "!" in words[:-1]
    if sentence_ends or "?" in words[:-1]:
        # "Every unit written from scratch, piloted, rewritten. All of it Marguerite's work.",
        # "... got a lot of praise. According to my director, though, it was Amal's doing.",
        # "Adapting the workshop for each group? Ines does that."
        for a, b, k, owner in _taken_back(tokens, status, sentence_bounds()[0]):
            if owner is not None:  # "All of it is Marguerite's work": the pointing sentence too
                mark(min(k, owner[0]), sentence_bounds()[1][k], Assertion.OTHER, written(*owner))
                mark(a, b, Assertion.OTHER, written(*owner))
            elif status[k] is not Assertion.ASKED:  # not a prompt after it: "... person. This shelf?"
                mark(a, b, status[k], trigger[k] or written(k, k + 1))
    if sentence_ends:
        # "The whole course was designed from scratch. Our academic director, Priya, did all of
        # that.": a practice named by no one, then a sentence wholly someone else's that does it
        for a, b, k in _owned_fragments(words, status, *sentence_bounds()):
            mark(a, b, Assertion.OTHER, trigger[k] or written(k, k + 1))
    if Assertion.PAST in status and (always := _as_always(words)):
        # "When you arrived two years ago I did what I always do: I visited your schools": an
        # instance of what the trainer always does, told in the past, is what they do now (not a
        # habit given up, "used to", nor a practice given up after it: "Then I stopped training")
        opened, closed = sentence_bounds()
        for k in always:
            span = range(opened[k], closed[k])
            if any((trigger[j] or "").lower().startswith("used") for j in span):
                continue
            if not _CEASING.isdisjoint(words[k:]):
                continue
            for j in span:
                if status[j] is Assertion.PAST:
                    status[j], trigger[j] = Assertion.ASSERTED, None
    if "no" in words or (
        ("whether" in words or "if" in words) and not _NEGATED_AUXILIARIES.isdisjoint(words)
    ):
        # "My manager asked me whether I design courses. I said no.", '"Do you design courses?" she
        # asked. "No," I said.': the question put to the trainer, answered no, is denied
        for (a, b), (c, d) in _reported_denials(words):
            mark(a, b, Assertion.NEGATED, written(c, d))
            mark(c, d, Assertion.NEGATED, written(c, d))
    if not _FRONTED_CONDITIONS.isdisjoint(words):
        # "When trainees get stuck on the present perfect, it's Tomasz who breaks it down": a
        # clause of when or if put first is part of the clause it frames, and takes its status
        for a, b, k in _framing_clauses(body, tokens, bounds, status, sentence_bounds()[0]):
            mark(a, b, status[k], trigger[k] or written(k, k + 1))
    for start, _ in bounds:
        if start > 1 and _said_before(words, start - 2):
            # a word said before the clause (outside it: _after_interjection) reads as the clause's
            # first word does: "Honestly, that's my colleague's job" is someone else's throughout
            for j in (start - 2, start - 1):
                status[j], trigger[j] = status[start], trigger[start]
    return status, trigger


def _framing_clauses(
    body: str, tokens: _Tokens, bounds: list[tuple[int, int]], status: list[Assertion], begins: list[int]
) -> list[tuple[int, int, int]]:
    """The clauses of when or if put first that frame a clause someone else's, denied or hoped for.

    Each as (start, end past its comma, the first word of the clause it frames). The
    framing clause opens a sentence or follows a colon, ends at the first comma, has a
    subject of its own and names no one ("When trainees get stuck, it's Tomasz who ...").
    Not "When I run a workshop, it's Ana who ..." (the workshop is the trainer's), nor a
    report's "When Farid observes lessons, it's the head who writes the report" (Farid is
    the trainer reported on), nor "When designing courses, I'd like to ..." (whose subject
    is the trainer after it), and it is asserted as it stands.
    """
    words, spans, raw = tokens
    found = []
    for start, end in bounds:
        for a in range(start, end - 1):
            if words[a] not in _FRONTED_CONDITIONS or not (
                begins[a] == a or ":" in body[spans[a - 1][1] : spans[a][0]]  # (a colon is no token)
            ):
                continue
            comma = next(
                (k for k in range(a + 1, min(end, a + _FRAMING_LONGEST)) if words[k] in _MARKS), None
            )
            if (
                comma is not None
                and words[comma] == ","
                and comma + 1 < end
                and status[comma + 1] in _FRAMED
                and not words[a + 1].endswith(("ing", "ed"))  # no subject of its own: "When designing ..."
                and _PERSONS_TOLD.isdisjoint(words[a:comma])
                and _PEOPLE.isdisjoint(words[a:comma])
                and _VOICE.isdisjoint(words[a:comma])
                and not any(_is_name(raw[k], words[k]) for k in range(a + 1, comma))
                and all(status[j] is Assertion.ASSERTED for j in range(a, comma + 1))
            ):
                found.append((a, comma + 1, comma + 1))
    return found


_FRAMING_LONGEST = 20
"""The most words a framing clause runs to its comma (the reader stays linear in the text)."""
_FRONTED_CONDITIONS = frozenset({"when", "whenever", "if", "once", "while", "whilst", "wherever"})
"""Words that open a clause of when or if, which may come first and frame the main clause."""
_FRAMED = frozenset({Assertion.OTHER, Assertion.NEGATED, Assertion.INTENDED})
"""The statuses a framing clause takes from the clause it frames."""


_SAYING = frozenset({"say", "said", "says", "answer", "answered", "reply", "replied", "admit", "admitted"})
"""Verbs by which the trainer gives an answer: "I said no", "I had to answer no"."""
_TELLING = frozenset({"tell", "told"})
_ASKING_VERBS = frozenset({"asked", "asks", "ask", "asking", "wondered", "enquired", "inquired", "know"})
"""Verbs before "whether" or "if" that put a question: "asked me whether", "wanted to know if"."""
_REPLY_ENDS = frozenset(
    {"because", "since", "as", "and", "but", "so", "then", "again", "straight", "honestly"}
)
"""Words after an answer's "no" that go on from it ("I said no, and ..."; not "I said no to a conference")."""
_TRAINER_ASKED = frozenset({"i", "you", "we", "id", "ive", "im", "that", "this"})
"""Who a question asks whether or if of where it is the trainer's practice ("whether I design ...",
"if you observe ...", "whether that described me")."""
_REQUESTED = frozenset({"could", "can", "would", "might", "will", "should", "like"})
"""Modals after "if I" or "whether you" that make a question a request: "asked if I could cover"."""
_ASKER_BOUNDS = _MARKS | {"and", "but", "when", "after", "so", "because", "while", "then"}
"""Where the clause that asks begins: after a mark or a joining word ("..., and when my manager asked")."""
_ASKERS_REACH = 6
"""The most words of a clause that names the asker after a quoted question: "my line manager asked me"."""


def _reported_denials(words: list[str]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Questions put to the trainer and the trainer's reported answer, no: (question, answer).

    The answer is the trainer's "I said no", "I had to say no", "I told her no",
    '"No," I said', "My answer was no" or a denial with its verb left out ("I had
    to admit I don't"), not a "no" to something ("I said no to a random
    conference").
    The question is the one just before it: asked whether or if, in the answer's
    sentence or the one before ("Asked in my appraisal whether I bring in approaches
    outside the mainstream, I had to say no"), or put as a question the trainer does
    not ask, perhaps followed by its asker ('She asked me: "Do you design courses?" I
    said no.'). A request ("asked me to say a few words; I said no") is none.
    """
    found = []
    n = len(words)
    for k in (j for j, w in enumerate(words) if w == "no" or w in _NEGATED_AUXILIARIES):
        if k + 1 < n and words[k + 1] not in _MARKS and words[k + 1] not in _REPLY_ENDS:
            continue  # "no to a random conference", "no idea", "I don't think so"
        reply = _reply_start(words, k) if words[k] == "no" else _reported_ellipsis(words, k)
        if reply is None:
            continue
        start, end = reply
        question = _asked_before(words, start)
        if question is not None and not _taken_back_after(words, question, end):
            found.append((question, (start, end)))
    return found


_CORRECTIONS = frozenset({"true", "wrong", "actually", "lie", "lied", "fib", "mistake", "though"})
"""Words by which the trainer takes back the answer no: "I said no, which wasn't quite true"."""


def _taken_back_after(words: list[str], question: tuple[int, int], end: int) -> bool:
    """Whether the trainer goes on, after the answer, to correct it or to do what was asked.

    "I said no, which wasn't quite true", "I said no. This year I design two.": a
    word of correction, or a word of the question's again, in the answer's sentence
    or the two after it.
    """
    stop = _sentence_end(words, end)
    for _ in range(2):  # and the two sentences after it
        stop = _sentence_end(words, stop + 1) if stop + 1 < len(words) else stop
    after = words[end:stop]
    asked = {w[:5] for w in words[question[0] : question[1]] if w not in STOPWORDS and len(w) > 3}
    return not _CORRECTIONS.isdisjoint(after) or any(w[:5] in asked for w in after if len(w) > 3)


def _reported_ellipsis(words: list[str], k: int) -> tuple[int, int] | None:
    """The trainer's reported answer that ends in a denial with its verb left out, at ``k``.

    "I had to admit I don't", "I told her I haven't", "I said that I can't": the
    trainer, a verb of saying, perhaps "that" or who was told, then "I" and the
    negated auxiliary ending the clause.
    """
    if k < 3 or words[k - 1] not in _SUBJECT_PRONOUNS:
        return None
    i = _said_by_trainer(words, k - 2 - (words[k - 2] == "that"))
    return None if i is None else (i, k + 1)


def _said_by_trainer(words: list[str], j: int) -> int | None:
    """Where the trainer is whose verb of saying ends at ``j``: "I said", "I told her", "I had to admit".

    The verb of saying is at ``j``, or a verb of telling just before who was told;
    an auxiliary or "had to" may stand between it and the trainer. Not what the
    trainer will or would say, nor wanted to ("If anyone asks, I will say no").
    """
    if j >= 0 and words[j] not in _SAYING:
        j -= 1  # "told her no", "told her I don't"
        if j < 0 or words[j] not in _TELLING:
            return None
    for i in range(j - 1, max(j - 5, -1), -1):
        if words[i] in _MARKS or words[i] in _NOT_SAID:
            return None
        if words[i] in {"i", "id", "ive"}:
            return i
    return None


def _reply_start(words: list[str], k: int) -> tuple[int, int] | None:
    """Where the trainer's reported answer around the "no" at ``k`` begins and ends, if it is one."""
    n = len(words)
    if k + 3 < n and words[k + 1] == "," and words[k + 2] == "i" and words[k + 3] in _SAYING | _TELLING:
        if k == 0 or words[k - 1] in _MARKS:
            return k, k + 4  # '"No," I said.'
        return None
    if (
        k >= 3
        and words[k - 1] in {"was", "is"}
        and words[k - 2] == "answer"
        and words[k - 3] in {"my", "the"}
    ):
        return k - 3, k + 1  # "My answer was no.", "The answer is no."
    i = _said_by_trainer(words, k - 1)  # "I said no", "I had to say no", "I told her no"
    return None if i is None else (i, k + 1)


_NOT_SAID = frozenset({"will", "ll", "would", "wanted", "want", "going", "might", "may", "could"})
"""Words before the trainer's "say no" that make it no answer given: "I will say no", "I wanted to say no"."""


def _asked_before(words: list[str], start: int) -> tuple[int, int] | None:
    """The question the answer at ``start`` answers: asked whether or if, or put with "?" (see above)."""
    # the answer's sentence and the one before it
    first = start
    for _ in range(2):
        first = next((j + 1 for j in range(first - 2, -1, -1) if words[j] in {".", "!"}), 0)
    asked_if = [
        q
        for q in range(first, start)
        if words[q] in {"whether", "if"} and not _ASKING_VERBS.isdisjoint(words[max(first, q - 4) : q])
    ]
    if asked_if:
        q = asked_if[0]
        if sum(w in {"whether", "if"} for w in words[q:start]) > 1:
            return None  # two questions ("if I design courses and whether that bothers me"): which?
        # of the trainer's practice (not "whether the trainees design", "if he designs"), and no
        # request ("asked if I could cover the workshop", "whether I can mentor the new trainers")
        if q + 2 >= start or words[q + 1] not in _TRAINER_ASKED or words[q + 2] in _REQUESTED:
            return None
        if not _NO_KEEPS_IT.isdisjoint(words[q:start]):
            return None  # a no that keeps the practice or tells a feeling: "whether I ever skip feedback"
        end = next((j for j in range(q, start) if words[j] in {".", "!", "?"}), start)
        while end > q and words[end - 1] in _MARKS:
            end -= 1
        # with who asked, which tells no practice of the trainer's ("My manager asked me whether ..."),
        # from the clause that asks: not a clause before it ("I design courses, and when my manager
        # asked ...") nor a relative clause inside it ("My manager, who knows I observe, asked ...")
        verb = max(v for v in range(first, q) if words[v] in _ASKING_VERBS)
        opened = next((j + 1 for j in range(verb - 1, first - 1, -1) if words[j] in _ASKER_BOUNDS), first)
        return (opened, end) if end > q + 1 else None
    mark = next(
        (j for j in range(start - 1, max(first, start - _ASKERS_REACH - 2) - 1, -1) if words[j] == "?"), None
    )
    if mark is None:
        return None
    between = words[mark + 1 : start]
    if between and (
        between[-1] != "." or _ASKING_VERBS.isdisjoint(between) or len(between) > _ASKERS_REACH + 1
    ):
        return None  # only the asker may come between: '"Do you design courses?" she asked. "No," I said.'
    opened = next((j + 1 for j in range(mark - 1, -1, -1) if words[j] in _SENTENCE_ENDS), 0)
    asked = words[opened:mark]
    if not asked or not _SPEAKS.isdisjoint(asked):
        return None  # the trainer's own question ("Do I design courses? I said no to that.")
    return opened, mark


def _as_always(words: list[str]) -> list[int]:
    """Where the trainer says what they did is what they always do: "what I always do", "as I always do".

    Not a habit of before ("as I always did").
    """
    return [
        k
        for k in range(1, len(words) - 2)
        if words[k] in _SUBJECT_PRONOUNS
        and words[k - 1] in {"what", "as", "like"}
        and words[k + 1] in {"always", "usually", "normally"}
        and words[k + 2] in {"do", "have"}
        # not set against it: "not what I always do now", "unlike what I usually do"
        and _UNLIKE.isdisjoint(words[max(0, k - 4) : k - 1])
    ]


_UNLIKE = frozenset({"not", "unlike", "instead", "different", "isnt", "wasnt", "than"})


def _owned_fragments(
    words: list[str], status: list[Assertion], begins: list[int], ends: list[int]
) -> list[tuple[int, int, int]]:
    """Sentences that name a practice and no one, before a sentence in which someone else does it.

    (start, end, a token of the doing sentence.) The doing clause is read as
    someone else's to its end (a role or a name as its subject, :func:`_role_subject`)
    and does what was told (:func:`_reach_of_the_doing`): "Our academic director,
    Priya, did all of that.", "Paolo wrote it, so please ask him while I'm away." The
    sentences before it, up to two, each with no person in it ("I", "we", "she", "my" ...;
    "our" may stand before what the centre has: :data:`_PEOPLE_BUT_OURS`) and asserted
    throughout, are that someone's: "Sessions that range across theory and corpus work.
    Impressive stuff. Dr Lee does all of that." Not where the sentence does something
    else with what was told ("Adapting the packs for each group. My manager checks
    them."), nor where it is partly the trainer's ("My colleague runs it with me",
    "Paolo does that, and I do too"). The wider
    reach of :func:`_taken_back`'s "Kenji does all that", which reads one sentence
    back and the pointing phrase at the sentence's end.
    """
    found: list[tuple[int, int, int]] = []
    n = len(words)
    other = Assertion.OTHER
    k = 0
    while k < n:
        end = ends[k]
        start = begins[k]
        reach = (
            _reach_of_the_doing(words, status, start, end)
            if start > 1 and end - start > 2 and words[start - 1] in _BACK_ENDS
            else 0
        )
        if reach:
            before = start - 1  # the mark that ends the sentence before
            for _ in range(reach):
                first = begins[before - 1] if before > 0 else 0
                told = words[first:before]
                if (
                    not told
                    or not _PERSONS_TOLD.isdisjoint(told)
                    or not _PEOPLE_BUT_OURS.isdisjoint(told)  # "Our centre's article ... Paolo wrote it"
                    # (asserted, or already given to that someone by :func:`_taken_back`)
                    or any(
                        status[j] is not Assertion.ASSERTED and status[j] is not other
                        for j in range(first, before)
                    )
                ):
                    break
                if any(status[j] is Assertion.ASSERTED for j in range(first, before)):
                    found.append((first, before + 1, start))  # (one _taken_back gave is left as it is)
                if first < 2 or words[first - 1] not in _BACK_ENDS:
                    break
                before = first - 1
        k = end + 1
    return found


_PEOPLE_BUT_OURS = _PEOPLE - {"our"}
"""The people of :data:`_PEOPLE` but "our": a sentence before may tell what the trainer's centre or
team has ("Our centre's article has just gone to the journal") and be someone else's doing."""


def _reach_of_the_doing(words: list[str], status: list[Assertion], start: int, end: int) -> int:
    """How many sentences back the sentence from ``start`` to ``end`` does what was told (0: none).

    Its clause that does it (:func:`_does_what_was_told`) is someone else's up to its end,
    whatever the sentence goes on to ("Paolo wrote it, so please send queries to him while
    I'm away"), but not where the trainer does it too after it ("Paolo does that, and I do
    too") or the doing is denied before it ("She never does that").
    """
    reach = 0
    for j in range(start + 1, end - 1):
        r = _does_what_was_told(words, j, end)
        if not r or r <= reach or not _NEGATED_AUXILIARIES.isdisjoint(words[start:j]):
            continue
        done = _clause_end(words, j, end)
        if all(status[x] is Assertion.OTHER for x in range(start, done)) and not _trainer_does_it_too(
            words, done, end
        ):
            reach = r
    return reach


def _trainer_does_it_too(words: list[str], start: int, end: int) -> bool:
    """Whether the trainer, later in the sentence, does what was told too: "and I do too", "but I run it".

    A first person and after it a word pointing at what was told ("it", "that") or adding the
    trainer ("too", "also"); not "..., so please send queries to them while I'm away".
    """
    k = next((k for k in range(start, end) if words[k] in _SPEAKS or words[k] in {"we", "weve"}), end)
    return any(w in _POINTED or w in {"too", "also"} for w in words[k + 1 : end])


def _clause_end(words: list[str], j: int, end: int) -> int:
    """Where the clause holding the word at ``j`` ends: the next mark, or ``end``."""
    return next((k for k in range(j + 1, end) if words[k] in _MARKS), end)


_NOTHING_OF = frozenset({"none", "neither"})
_NO_PART = _NOTHING_OF | {"any", "either"}
"""Quantifiers by which someone does none of what was told: "My manager does none of that"."""
_TAKING = frozenset({"takes", "took"})
"""Verbs of :data:`_DOING` that take what was told otherwise too ("takes that very seriously")."""
_AFTER_THE_DOING = frozenset(
    {"herself", "himself", "themselves", "now", "nowadays", "alone", "single", "handedly"}
)
"""What may follow the doing of what was told before its clause ends: "did it herself", "does that now"."""


def _does_what_was_told(words: list[str], j: int, end: int) -> int:
    """How many sentences back a verb of doing at ``j`` takes what was told as its object (0: none).

    "did that", "does all of that", "runs all this" (up to two sentences); "handled that
    part" (one).
    """
    if words[j] not in _DOING or words[j] in _TAKING:
        return 0
    k = j + 1
    reach = 2
    if k + 2 < end and (words[k], words[k + 1], words[k + 2]) in _TAKEN_UP and words[k] not in _NO_PART:
        k += 3
    elif k + 1 < end and (words[k], words[k + 1]) in _POINTING_PAIRS:
        reach = 1 if words[k] == "that" else 2  # "that part" is the sentence before's, not two back
        k += 2
    elif k < end and words[k] in _POINTED:
        k += 1
    else:
        return 0
    # what was told, whole: the clause ends there (perhaps "herself", "now"); not "takes that
    # seriously", "runs it past the ministry", "did that at her old school too"
    while k < end and words[k] in _AFTER_THE_DOING:
        k += 1
    return reach if k >= end or words[k] in _MARKS else 0


def _taken_back(
    tokens: _Tokens, status: list[Assertion], begins: list[int]
) -> list[tuple[int, int, int, tuple[int, int] | None]]:
    """Sentences whose status the next sentence gives, by pointing back at them: (start, end, its token).

    A sentence that opens (after a linking word or a fronted phrase up to a comma:
    "However,", "According to my director, though,") with a word that points back
    ("that", "it", "this", "all of it", "none of that"; "they" before a doing's passive with its
    agent, after a sentence that tells no one doing it: "They were designed by my colleague") or
    that points back with "all that", "that part", "none of it" in its first clause, where that word is in
    the scope of what the sentence says is not the trainer's own now: "That was at
    my old job.", "All of that is Kenji's department.", "None of it features in my
    sessions.", "According to my director, though, it was my colleague Amal's
    doing." The sentence before takes that status. Not where the denial comes
    after the pointing word ("It's not easy, but I keep at it": the pointing word is
    outside its scope) or praises ("Couldn't run a course without it"). Where the
    pointing word is the subject of someone's possession ("All of it is
    Marguerite's work", "that was my colleague's idea"), the owner is given too
    (the fourth item; :func:`_owned_by`), and both sentences are that person's.

    Not where someone did the sentence before and the pointing sentence gives away
    its object or a predecessor's part ("I use the checklist with every trainee. It
    was designed by our head of training"; "She designs every unit. That was Tom's
    job until he left"), where the trainer takes part ("I do it for secondary"),
    where it is so now too ("That was the rule at my old centre too"), nor where "the
    + gerund" names a doing the sentence before did not tell. Two fresh-eyes reviews
    found each of these (tests/test_assertion.py, ``TestWhoseItIs``).
    """
    words, _, raw = tokens
    found: list[tuple[int, int, int, tuple[int, int] | None]] = []
    n = len(words)
    # after a statement, or a question that asks no one who ("Adapting the workshop for each group?
    # Ines does that."; a who-question's answer is read by _from_before)
    starts = [
        k
        for k in range(1, n - 1)
        if words[k - 1] in _BACK_ENDS
        or (words[k - 1] == "?" and _asks_no_one(words, _sentence_start(words, k - 1), k - 1))
    ]
    for s in starts:
        end = next((k for k in range(s, n) if words[k] in _SENTENCE_ENDS), n)
        clause_end = next((k for k in range(s, end) if words[k] in _CLAUSE_MARKS), end)
        opener = _after_fronting(words, s, end)
        if opener > s and words[opener - 1] == ",":
            # the first clause is the one after a linking word or a fronted phrase and its comma:
            # "Well, Kenji does all that", "According to my director, though, it was ..."
            clause_end = next((k for k in range(opener, end) if words[k] in _CLAUSE_MARKS), end)
        if (apposed := _apposed_role(words, raw, _past_title(words, s, end), end)) is not None:
            # a name and its role set off by commas open the sentence, not a phrase fronted before
            # its subject: "Mr Haddad, our head of training, takes care of that"
            opener = s
            clause_end = next((k for k in range(apposed, end) if words[k] in _CLAUSE_MARKS), end)
        k: int | None
        if (
            opener < end
            and (
                words[opener] in _POINTING_BACK
                # things told before, done by someone named: "... the lesson maps, the feedback cards. They
                # were designed by my colleague Mr Lin, not me." (not people: "They were hoping for ...")
                or (
                    (passive := _passive_after_they(words, opener, end)) is not None
                    and words[passive] in _triggers().participles  # a doing: "designed", "written"
                    # its agent someone else: not "They were set up by me"
                    and any(
                        words[j] == "by" and not _trainer_among(words, j, clause_end)
                        for j in range(passive + 1, clause_end - 1)
                    )
                    and _PERSONS_TOLD.isdisjoint(words[begins[s - 1] : s - 1])
                )
            )
        ):
            k = opener
        elif _names_the_doing(words, opener, end):
            k = opener + 1  # "However, the adapting was done by the regional coordinator"
        else:
            k = next(
                (
                    j + 1
                    for j in range(s, clause_end - 1)
                    if (
                        (words[j], words[j + 1]) in _POINTING_PAIRS
                        and j > s
                        # "Kenji does all that", not "The head reads all that"; "The partner university
                        # sends their professor for that side of things"
                        and (
                            words[j - 1] in _DOING or (words[j - 1] == "for" and status[j] is Assertion.OTHER)
                        )
                        and (
                            j + 2 >= end
                            or words[j + 2] in _MARKS
                            or words[j + 2] in _AFTER_POINTED
                            or words[j + 2 : j + 4] == ["of", "things"]
                        )
                    )
                    or (
                        words[j] in _TAKING_UP
                        and words[j + 1] == "of"
                        and j + 2 < end
                        and words[j + 2] in _POINTED
                        # not someone doing none of it: "My manager does none of that" (but "None of
                        # it features in my sessions" opens its sentence)
                        and not (words[j] in _NOTHING_OF and j > opener)
                    )
                    or (
                        # "The consultant did that.", "Our lead trainer takes care of that.": what was
                        # told, done by the clause's subject
                        words[j + 1] in _POINTED
                        and (words[j] in _DOING or (j > s + 1 and (words[j - 1], words[j]) in _DOING_PAIRS))
                        and j > s
                        and (
                            j + 2 >= end
                            or words[j + 2] in _MARKS
                            or _now_alone(words, s, j + 2, end)  # "Priya does that now"
                            # "The assessment team took that on", "My manager took it over (in May)"
                            or (
                                words[j + 2] in _TAKEN_ON
                                and (
                                    j + 3 >= end
                                    or words[j + 3] in _MARKS
                                    or _took_it_when(words, j, j + 3, end)
                                )
                            )
                        )
                        and status[j + 1] is not Assertion.NEGATED  # not "Hardly anyone does that"
                        and not _names_the_trainer(words, (s, j))  # a report's "The trainer does that"
                    )
                ),
                None,
            )
        named = _identified(words, raw, opener, clause_end, end) if k is None else None
        if named is not None:
            k = opener  # "Seeks feedback on every session, reads widely. My colleague Ngozi, that is."
        alone = None
        if k is None and named is None and clause_end - 1 > opener and words[clause_end - 1] in _PRO_VERBS:
            # the doing said again by its verb alone: "Redesigning the course every year. Well, Priya
            # does." (not "Priya runs.", which tells a doing of her own; and read on, as a doing with
            # "that" is: "... Priya does, and so do I")
            alone = _doer_of(words, raw, opener, clause_end)
            if alone is not None:
                k = clause_end - 1
        if k is None or (words[k] in {"it", "its"} and _cleft(words, k, end) is not None):
            continue  # "It was Dr Eze who created the protocol": a cleft points forward
        if not _DOUBLE_NEGATIVES.isdisjoint(words[s:end]) or not _RECOGNITION.isdisjoint(words[s:end]):
            continue  # "... None of this appears in my job description": what it is worth, not whose
        if (words[k] in {"it", "its"} and "to" in words[k:clause_end]) or not _PROMPTED.isdisjoint(
            words[s:end]
        ):
            # "It's Kasia's job to book the rooms": what "it" stands for follows; "That was the
            # director's idea": someone asked for what the trainer does, and the trainer does it
            continue
        if status[k] is Assertion.ASSERTED and k == opener and named is None:
            # "That's next year's project", "That was before the restructure": what a copula after
            # the pointing word says it is (planned, over, someone else's), not a denial after it
            # ("It's not easy, but ...")
            k = _predicated(words, status, k, clause_end)
        owner = (
            named
            or alone
            or (_owned_by(words, raw, k, clause_end) if status[k] is Assertion.ASSERTED else None)
        )
        if owner is None and status[k] is Assertion.ASSERTED and k > opener + 1:
            # "Kenji does all that.", "Luis ran that part.", "The British Council consultant did that."
            doer = _doer_of(words, raw, opener, k)
            tail = k + 1 + (words[k] == "of" and k + 1 < end and words[k + 1] in _POINTED)  # "all of that"
            if tail < end and words[tail] in _TAKEN_ON and words[k - 1] in _TAKING:
                # "Luis took that over (in September)"; not "took that on for the summer only"
                tail += 1
                ends = tail >= end or words[tail] in _MARKS or _took_it_when(words, k - 1, tail, end)
            else:
                ends = (
                    tail >= end
                    or words[tail] in _MARKS
                    or words[tail] in _AFTER_POINTED
                    or _now_alone(words, s, tail, end)  # "Priya does that now"
                )
            if doer is not None and ends:
                owner = doer
        if status[k] is Assertion.ASSERTED and owner is None:
            continue
        whole = next((j for j in range(s, n) if words[j] in _BACK_ENDS or words[j] == "?"), n)
        if (
            (owner is not None or status[k] is Assertion.OTHER)
            and named is None
            and _trainer_goes_on(words, s, whole)
        ):
            continue  # "Luis ran that part; now it's mine", "It was Ahmed's course before I took it over"
        before = begins[s - 1]
        told = words[before : s - 1]
        denies_doing = status[k] is Assertion.NEGATED and not (
            _DOING_IT.isdisjoint(words[s:whole]) and _SPEAKS.isdisjoint(words[s:whole])
        )  # "Don't do any of that now" denies the doing; "None of it is graded" does not
        if (
            (
                owner is not None
                or status[k] is Assertion.OTHER
                or (status[k] is Assertion.NEGATED and not denies_doing)
            )
            # the sentence before is hers alone: not "She and I co-design every course", "She runs
            # the feedback sessions with me"
            and not (
                told
                and told[0] in _HE_OR_SHE
                and _FIRST_PERSON.isdisjoint(told)
                and _who_she_is(words, raw, opener, clause_end, end)
            )
            and (
                any(
                    w in _PERSONS_TOLD and not (w == "you" and j and _is_noun_like(told, j - 1))
                    for j, w in enumerate(told)
                )  # (not a generic "you" in a relative clause: "a library you could get lost in")
                or (len(told) > 1 and _is_name(raw[before], told[0]) and _can_follow_subject(told[1]))
                or (len(told) > 2 and told[0] in _TITLES and _can_follow_subject(told[2]))
            )
        ):
            # someone did the sentence before ("I use the checklist with every trainee", "She
            # designs every unit"): what is given away is its object or a predecessor's part
            # ("It was designed by our head of training", "That was Tom's job until he left")
            continue
        if status[k] in {Assertion.PAST, Assertion.INTENDED} and not _ALSO.isdisjoint(words[s:whole]):
            continue  # "That was the rule at my old centre too": as it is now
        if _said_now(words, before, s - 1, status[k]):
            continue  # "I now design all the courses myself. That was not the case in my old job."
        if _making_given_away(words, (before, s - 1), (s, whole), status[k]):
            continue  # "I record the moment ... That's from Marta's framework, not something I made."
        if k == opener + 1 and _names_the_doing(words, opener, end):
            stem = words[k][:-3][:5]
            if not any(w.startswith(stem) for w in told):
                continue  # "the piloting" is not what the sentence before told ("the adapting": adapted)
        if owner is not None and words[owner[1] - 1].removesuffix("s") in {
            w.removesuffix("s") for w in words[before:s]
        }:
            continue  # "Ana designs the whole programme. All of it is Ana's work.": the sentence is hers
        if before < s - 1:
            found.append((before, s - 1, k, owner))
    return found


def _trainer_among(words: list[str], by: int, stop: int) -> bool:
    """Whether the agents after the "by" at ``by``, up to ``stop``, include the trainer.

    The trainer first ("set up by me", "by us and the coordinator") or joined to someone by
    "and" or "plus": "by my co-trainer and me", "by Ana and me". Not a first person in a
    phrase after them: "designed by our director with me watching", "written by Ana, I
    think" are someone else's. One rule for every passive's agents: a name
    (:func:`_named_agent`), the agents the triggers list ("by my", "by our", "by the"), and
    a "they" passive pointing back (:func:`_taken_back`).
    """
    if by + 1 < stop and words[by + 1] in _TRAINER_AS_AGENT:
        return True
    return any(words[k] in _TRAINER_AS_AGENT and words[k - 1] in _JOINING_AGENTS for k in range(by + 2, stop))


_TRAINER_AS_AGENT = frozenset({"me", "myself", "us", "ourselves"})
"""The trainer as a passive's agent: "by me", "by Ana and me"."""
_JOINING_AGENTS = frozenset({"and", "plus"})
"""Words that join the trainer to the agents ("and me"); not "with" ("designed by our director with me
watching" is the director's)."""


def _passive_after_they(words: list[str], k: int, end: int) -> int | None:
    """Where the participle of a passive "they" opens at ``k`` stands: "They were designed", "They're run".

    None where ``k`` opens no such passive (the participle is not checked here).
    """
    if words[k] == "they" and k + 3 < end and words[k + 1] in _PASSIVE:
        return k + 2
    if words[k] == "theyre" and k + 2 < end:
        return k + 1
    return None


def _asks_no_one(words: list[str], start: int, mark: int) -> bool:
    """Whether the question from ``start`` to its mark asks neither who nor in the trainer's voice.

    "Adapting the workshop for each group?", "Do you design courses?": what the next sentence
    gives away is the question's practice. Not "Who designs it?" (its answer is read by
    :func:`_from_before`) nor a question in the trainer's voice ("Do I adapt the workshop for
    each group? Yes, I do that every time.").
    """
    return not _asks_who(words, (start, mark + 1)) and _FIRST_PERSON.isdisjoint(words[start:mark])


def _identified(
    words: list[str], raw: list[str], opener: int, clause_end: int, end: int
) -> tuple[int, int] | None:
    """A sentence that only says who: "My colleague Ngozi, that is." after a description without a subject.

    The first clause is a role (perhaps with a name after it), and nothing follows it
    but "that is", "actually" or an aside after a dash. (Not a name alone, which the
    fast path, :func:`plainly_asserted`, does not look for.)
    """
    if clause_end - opener > _WHO_LONGEST or clause_end == opener:
        return None
    rest = words[clause_end:end]
    if (
        rest
        and not (
            rest[0] in _DASHES
            or rest[:3] == [",", "that", "is"]
            or rest[:2] == [",", "actually"]
            # an aside that ends the sentence: not "My line manager, I mean, insists on it"
            or (rest[0] == "," and tuple(rest[1:]) in _WHO_ASIDES)
        )
    ):
        return None
    role = _role_at(words, opener, clause_end, True, raw)
    if role is None or _names_the_trainer(words, role):
        return None
    return (opener, clause_end) if role[1] == clause_end else None


def _names_the_trainer(words: list[str], role: tuple[int, int]) -> bool:
    """Whether a role is the trainer a report is about: a "trainer" where no one says "I".

    "Plans every session around the needs. The trainer does that.", "Designs the
    induction week. Our lead trainer."
    """
    return "trainer" in words[role[0] : role[1]] and _SINGULAR_VOICE.isdisjoint(words)


_WHO_LONGEST = 5
"""The longest first clause read as only saying who ("My colleague Ngozi", "Dr Farah Idris")."""
_WHO_ASIDES = frozenset(
    {("i", "mean"), ("by", "the", "way"), ("believe", "it", "or", "not"), ("obviously",), ("of", "course")}
    | {("mind", "you"), ("not", "me")}
)
"""What may end a sentence that only says who, after a comma: "My line manager, I mean." (besides ", that
is" and ", actually", which may go on: "My colleague Ngozi, that is - the best role model I've got")."""
_THAT_IS = (("thats",), ("that", "is"), ("that", "was"), ("thatll", "be"))
"""The openings of a sentence that says who someone told of before is: "That's my line manager."."""


def _who_she_is(words: list[str], raw: list[str], opener: int, clause_end: int, end: int) -> bool:
    """Whether a sentence only says who the "she" or "he" of the sentence before is.

    "She finds out what every group needs. My line manager, I mean.", "He presents at
    IATEFL every year. That's my husband." (:func:`_identified`, perhaps after "That's").
    """
    for opening in _THAT_IS:
        if tuple(words[opener : opener + len(opening)]) == opening:
            return _identified(words, raw, opener + len(opening), clause_end, end) is not None
    return _identified(words, raw, opener, clause_end, end) is not None


def _doer_of(words: list[str], raw: list[str], opener: int, k: int) -> tuple[int, int] | None:
    """Someone named or a role as the subject of a verb of doing right before ``k``'s pointing words.

    "Kenji does all that", "The British Council consultant did that", "My colleague
    Bora handles that side": the role read as if the trainer spoke (a peer is someone
    else), since the trainer does not say "the consultant" of themself after naming
    what is done.
    """
    if k - 1 > opener and words[k - 1] == "all":
        k -= 1
    verb = k - 1
    paired = verb - 1 > opener and (words[verb - 1], words[verb]) in _DOING_PAIRS
    if paired:
        # "deals with that", "looks after it"; "took care of that": the verb before the phrase
        verb -= 1 + (words[verb - 1] == "care")
    if verb <= opener or (words[verb] not in _DOING and not (paired and words[verb] in _TAKING_CARE)):
        return None
    if verb == opener + 1 and (
        _is_name(raw[opener], words[opener]) or _name_word_acting(raw, words, opener, k)
    ):
        return opener, verb
    if _apposed_role(words, raw, _past_title(words, opener, verb), verb + 1) == verb:
        return opener, verb  # "Dr Mwangi, our academic director, does all of that"
    role = _role_at(words, opener, verb + 1, True, raw)
    if role is not None:
        return (opener, verb) if role[1] == verb and not _names_the_trainer(words, role) else None
    # a body or someone described, not a person the trainer could be: "The ministry's curriculum unit
    # does that", "The university team in Lahore did all of that", "A research team at the
    # university took care of that" (not the trainer in a report: "The trainer does that")
    subject = words[opener:verb]
    # the subject's head, before a phrase after it ("the university team in Lahore"): people or a body
    head = next((j - 1 for j in range(opener + 1, verb) if words[j] in _PREPOSITIONS), verb - 1)
    return (
        (opener, verb)
        if words[opener] in _OTHERS_OPENERS
        and (words[head] in _ROLE_BODIES or _at(words, head, _triggers().roles.get(words[head])) == 1)
        and len(subject) <= _DOER_LONGEST
        and _FIRST_PERSON.isdisjoint(subject)
        and _MARKS.isdisjoint(subject)
        and not _names_the_trainer(words, (opener, verb))
        else None
    )


_HANDED_TO_ME = frozenset({"me", "myself"})
_SOMEONE_ABOUT = _HE_OR_SHE | _TITLES | {"her", "his", "him", "hers"}
"""Words of someone else a statement may be about, whose writer's "me" is not the trainer's."""


def _now_alone(words: list[str], s: int, k: int, end: int) -> bool:
    """Whether "now" at ``k`` ends its clause in a sentence that adds no "too": "Priya does that now".

    Not "Priya does that now as well" (she does it besides the trainer).
    """
    return (
        k < end
        and words[k] == "now"
        and (k + 1 >= end or words[k + 1] in _MARKS)
        and _ALSO.isdisjoint(words[s:end])
        and ("as", "well") not in set(itertools.pairwise(words[s:end]))
    )


def _took_it_when(words: list[str], verb: int, k: int, end: int) -> bool:
    """Whether a past "took that over" is dated at ``k``: "in September", "last year", "since 2020".

    Not what covers for the trainer for a while ("takes that over at Christmas", "took that on for
    the summer only").
    """
    return words[verb] == "took" and k + 1 < end and words[k] in _TOOK_WHEN


_TOOK_WHEN = frozenset({"in", "since", "last"})
_PRO_VERBS = frozenset({"does", "did"})
"""A verb that stands for a doing told before, alone at the end of its clause: "Well, Priya does."."""
_PRO_VERB_AT_END = re.compile(r"(?i)\b(?:does|did)\b\s*(?:[^\w\s]|$)")
"""One of :data:`_PRO_VERBS` before a mark or the end, as written (:func:`plainly_asserted` steps aside
for it after a sentence, :data:`_SENTENCE_BEFORE`)."""
_SENTENCE_BEFORE = re.compile(r"[.!?\n]")
"""Where a sentence may end before another."""
_TAKEN_ON = frozenset({"on", "over"})
"""A particle after the pointing word of a doing: "took that on", "took it over" (not "took it up":
adopted what the trainer brought in)."""
_TAKING_CARE = frozenset({"takes", "took", "take", "deals", "dealt", "looks", "looked", "sees"})
"""Verbs of the phrases of :data:`_DOING_PAIRS`: "The research unit took care of that", "deals with it"."""
_OTHERS_OPENERS = frozenset({"the", "a", "an", "their", "his", "her"})
"""Determiners that open someone else's subject: not "my", "our" ("our team does that": the trainer's too)."""
_DOER_LONGEST = 7
"""The longest subject read as someone else's doing what was told ("the university team in Lahore")."""


def _trainer_goes_on(words: list[str], s: int, end: int) -> bool:
    """Whether the trainer speaks of themself in the sentence from ``s`` (not in "not mine", "not me").

    Asked where the sentence gives what came before to someone else: "Kenji does all
    that for primary; I do it for secondary", "It was Dr Ahmed's course before I took it
    over", "That is Peter's area too": the trainer shares or took over what the sentence
    before told, so it stays theirs.
    """
    return any(
        (words[j] in _SPEAKS or words[j] in _SHARED)
        and not (j > s and words[j - 1] == "not")
        and not (j > s and _only_when(words, j))
        # the trainer's lesser part: "That's my colleague Marta, not me, I just go along and watch",
        # "That's my colleague Bruno; I'm only there to hand out the coffees" (not "I just follow it")
        and not (j + 1 < end and words[j + 1] in _LESSER and _a_lesser_part(words, j + 2, end))
        for j in range(s, end)
    )


def _a_lesser_part(words: list[str], k: int, end: int) -> bool:
    """Whether what the trainer "just" does from ``k`` is something else than what was given away.

    Not the practice itself, taken over or followed: "I just follow it", "I simply
    took over when he left", "I just started observing this year".
    """
    clause = words[k : next((j for j in range(k, end) if words[j] in _MARKS), end)]
    return (
        _FOLLOWED.isdisjoint(clause)
        and _TAKING_OVER.isdisjoint(clause)
        and not (clause and clause[0] in _SHARING)  # "I just do the secondary groups": shared
    )


_LESSER = frozenset({"just", "only", "merely", "simply"})
"""Words after the trainer's "I" that tell a lesser part than what was given away ("I just watch")."""
_SHARING = frozenset({"do", "handle", "cover", "take"})
"""Verbs by which the trainer's "just" part is a share of what was given away: "I only do the secondary
groups"."""
_TAKING_OVER = frozenset(
    {"took", "take", "taken", "takes", "started", "start", "joined", "stepped", "inherited"}
)
"""Verbs by which the trainer took over or began what was given away ("I simply took over")."""
_FOLLOWED = frozenset({"that", "this", "it", "these", "those", "them", "her", "his", "their"})
"""Words by which the trainer's part points back at what was given away ("I just follow her rubric")."""


_ALSO = frozenset({"too", "also", "still"})


def _making_given_away(
    words: list[str], told: tuple[int, int], clause: tuple[int, int], value: Assertion
) -> bool:
    """Whether a denial pointing back gives away only the making of what the trainer does.

    "I record the moment a lesson goes wrong. That's from Marta's framework, not
    something I made.": the trainer does it; the idea is someone else's. Not where the
    sentence before tells no one doing it ("The feedback in the folder names the
    moment. That's from my mentor's visit, not something I wrote.").
    """
    return (
        value is Assertion.NEGATED
        and not _AUTHORSHIP.isdisjoint(words[clause[0] : clause[1]])
        and _DOING_IT.isdisjoint(words[clause[0] : clause[1]])
        and not _SUBJECT_PRONOUNS.isdisjoint(words[told[0] : told[1]])
    )


_AUTHORSHIP = frozenset({"made", "invented", "wrote", "written", "designed", "created", "devised", "came"})
"""Verbs of having made something, in a denial that gives away its making ("not something I invented")."""
_DOING_IT = frozenset({"do", "does", "did", "done", "doing", "dont", "doesnt", "didnt"})
_PROMPTED = frozenset(
    {"idea", "ideas", "request", "suggestion", "decision", "favourite", "favorite", "choice"}
    | {"recommendation", "proposal", "requirement", "wish", "instruction", "instructions"}
)
_SHARED = frozenset({"me", "mine", "myself", "we", "weve", "us", "too", "also"})
_DOING = frozenset(
    {"does", "did", "handles", "handled", "runs", "ran", "covers", "covered", "manages", "managed"}
    | {"leads", "led", "organises", "organizes", "organised", "organized", "writes", "wrote"}
    | {"designs", "designed", "plans", "planned", "sorts", "sorted", "owns", "takes", "took"}
)
"""Verbs by which someone named does what was told: "Kenji does all that" (not "Ana checks all that")."""
_DOING_PAIRS = frozenset(
    {("care", "of"), ("charge", "of"), ("looks", "after"), ("look", "after"), ("looked", "after")}
    | {("deals", "with"), ("deal", "with"), ("dealt", "with"), ("responsible", "for"), ("sees", "to")}
)
"""The end of a phrase by which someone does what was told, before the word pointing at it: "Our
lead trainer takes care of that", "the coordinator is in charge of it", "Ms Bello deals with that"."""
_AFTER_POINTED = frozenset({"for", "at", "in", "on", "these", "nowadays", "anyway", "though", "really"})


def _sentence_end(words: list[str], k: int) -> int:
    """Where the sentence that ``k`` is in ends (its full stop, or the end of the text)."""
    return next((j for j in range(k, len(words)) if words[j] in _SENTENCE_ENDS), len(words))


def _sentence_start(words: list[str], k: int) -> int:
    """Where the sentence that ``k`` is in begins (after the mark that ends the one before, or 0)."""
    return next((j + 1 for j in range(k - 1, -1, -1) if words[j] in _SENTENCE_ENDS), 0)


_MODAL_BE = frozenset({"would", "will"})
"""Before "be" after a pointing word, a copula as "is" is: "That would be our coordinator's job"."""


def _owned_by(words: list[str], raw: list[str], k: int, end: int) -> tuple[int, int] | None:
    """Whose a pointing word's referent is, said with a copula: "it is Marguerite's work" (None: no one's).

    After the pointing word (and "of it"), "is" or "was" (or "'s" on it, or "would be")
    and perhaps an adverb, a named person's or a role's possessive: "All of it is Marguerite's",
    "that was my colleague's idea", "it's entirely Dr Ito's doing". Not the trainer's
    ("that's my own work").
    """
    j = k + 1
    if j + 1 < end and words[j] == "of" and words[j + 1] in _POINTED:
        j += 2
    elif (
        words[k] in _POINTING_DETERMINERS
        and j + 1 < end
        and words[j + 1] in _COPULA_FOR.get(words[k], _SINGULAR_COPULAS)
        and _is_noun_like(words, j)
    ):
        j += 1  # "Those modules were Professor Lindqvist's", "That session was Dr Ito's doing"
    if words[k] in {"thats", "its"}:
        pass
    elif j < end and words[j] in _COPULA_FOR.get(words[k], _SINGULAR_COPULAS):
        j += 1
    elif j + 1 < end and words[j] in _MODAL_BE and words[j + 1] == "be":
        j += 2  # "That would be Paulo's department", "That'll be Paulo's" is "thatll" (not read)
    else:
        return None
    while j < end and (words[j] in {"all", "entirely", "really", "actually", "wholly", "basically"}):
        j += 1
    if j >= end:
        return None
    if words[j] == "what" and j + 2 < end:
        return _doer(words, raw, j + 1, end)  # "That's what my colleague Ana is brilliant at"
    owner = None
    if raw[j][-2:] in _POSSESSIVE_ENDS and _is_name(raw[j][:-2], words[j][:-1]):
        owner = j, j + 1
    elif (
        j + 1 == end
        and j + 3 < len(words)
        and words[j + 1] == ","
        and _is_name(raw[j], words[j])
        and (role := _role_at(words, j + 2, _sentence_end(words, j), True)) is not None
        and not words[role[0]].startswith("co")
        and _SET_AGAINST.isdisjoint(words[role[0] : role[1]])
        and words[role[0]] not in {"mentee", "mentees"}
    ):
        return j, j + 1  # who it is, as someone else: "That's Priya, my mentor."
    elif (
        words[j] in _TITLES
        and j + 1 < end
        and raw[j + 1][-2:] in _POSSESSIVE_ENDS
        and raw[j + 1][:1].isupper()
    ):
        owner = j, j + 2  # "Dr Ito's", "Professor Lindqvist's"
    else:
        t = _triggers()
        d = _at(words, j, t.determiners.get(words[j])) if words[j] in t.determiners else 0
        for r in range(j + d, min(j + d + 3, end)) if d else ():
            bare = [words[r][:-1]]  # the possessive's word without its "s": "colleagues" is "colleague's"
            if raw[r][-2:] in _POSSESSIVE_ENDS and _someone_at(bare, 0):
                owner = j, r + 1
                break
            if (
                r + 1 < end
                and raw[r + 1][-2:] in _POSSESSIVE_ENDS
                and (_at(words, r, t.roles.get(words[r])) == 1 or _at(words, r, t.peers.get(words[r])) == 1)
                and _is_name(raw[r + 1][:-2], words[r + 1][:-1])
            ):
                owner = j, r + 2  # a role and a name: "the co-trainer Lucía's", "my colleague Ana's"
                break
    if owner is None:
        return None
    # what is owned must be a doing of theirs, told as such: "Marguerite's work", "Amal's doing",
    # "my colleague's department"; not "the head's request", "Kenji's suggestion that I start",
    # "Cambridge's qualification", nor "Kasia's job to book the rooms" (what "it" stands for follows)
    after = owner[1]
    if after < end and words[after] in _OWNED_AS_AUTHOR:
        return None if after + 1 < end and words[after + 1] == "to" else owner
    return owner if after >= end or words[after] in _MARKS else None


def _role_end(words: list[str], k: int, end: int, *, bare: bool = False) -> int | None:
    """Where a role that opens at ``k`` ends: a determiner, up to two words, a role ("our senior trainer").

    None where there is none. ``bare``: the determiner may be left out ("academic
    director", "colleagues"), as in an answer.
    """
    t = _triggers()
    d = _at(words, k, t.determiners.get(words[k])) if words[k] in t.determiners else 0
    if not d and not bare:
        return None
    for j in range(k + d, min(k + d + 3, end)):
        n = _someone_at(words, j)
        if n:
            return j + n
    return None


def _relatives_of_others(
    words: list[str], raw: list[str], start: int, end: int, *, speaks: bool, names: bool
) -> list[tuple[int, int, tuple[int, int]]]:
    """Relative clauses that tell someone else's practice: (where it begins, where it ends, whose).

    A role ("my co-trainer, who has a huge resource library", "a colleague who publishes on
    trainer education") or, where the trainer speaks in the singular (``names``), someone
    named ("Rachel, who does the pre-course interviews") before "who": what the clause
    says is theirs, up to the comma that closes it or the clause's end. A colleague or a
    mentor is someone else only where the trainer speaks (``speaks``), as in
    :func:`_role_at`; not a clause the trainer takes part in ("my mentor, who I meet every
    week", "who asked me to adapt it"), nor the people the trainer trains (no role:
    "teachers who struggle"), nor an agent's (:func:`_relative_reach`: "designed by Dr
    Osei, who built every unit").
    """
    t = _triggers()
    found = []
    for k in range(start + 1, end - 1):
        if words[k] not in {"who", "whose"}:
            continue
        last = k - 1 - (words[k - 1] == ",")
        if last < start:
            continue
        whose: tuple[int, int] | None = None
        if names and _is_name(raw[last], words[last]):
            whose = (last, last + 1)
        else:
            for d in range(last, max(start, last - 4) - 1, -1):
                if words[d] in t.determiners and _role_end(words, d, last + 1) == last + 1:
                    peer = not _at(words, last, t.roles.get(words[last])) and not any(
                        _at(words, j, t.roles.get(words[j])) for j in range(d, last + 1)
                    )
                    if speaks or not peer:
                        whose = (d, last + 1)
                    break
        by = (
            next((j for j in range(whose[0] - 1, max(start, whose[0] - 3) - 1, -1) if words[j] == "by"), None)
            if whose
            else None
        )
        if whose is None or (by is not None and by > start and words[by - 1] in t.participles):
            continue  # an agent's relative clause is read with its passive ("designed by Dr Osei, who")
        if _the_trainer_is(words, whose[0], start):
            continue  # "I'm the trainer who designs our courses": the trainer, said to be that role
        closing = words[k - 1] == ","  # ", who ...," closes at the next comma
        stop = next(
            (j for j in range(k + 1, end) if words[j] in _ENDS_CLAUSE or (closing and words[j] in _MARKS)),
            end,
        )
        if _FIRST_PERSON.isdisjoint(words[k + 1 : stop]):  # not "who asked me to adapt it"
            found.append((k, stop, whose))
    return found


def _the_trainer_is(words: list[str], at: int, start: int) -> bool:
    """Whether what begins at ``at`` is said of the trainer by "I am" before it ("I'm now the person").

    "I am", "I'm", "I was", "I became", "I've become", "I have been", perhaps with adverbs between
    (:data:`_ADVERBS_BETWEEN`), or "as" ("And as the person who wrote the programme, I ...").
    """
    j = at - 1
    while j > start and words[j] in _ADVERBS_BETWEEN:
        j -= 1
    if j < start:
        return False
    if words[j] in _BECOME and j > start and words[j - 1] in {"ive", "have"}:
        j -= 1 + (words[j - 1] == "have")  # "I've become", "I have been"
        return j >= start and words[j] in {"ive", "i"}
    return (
        words[j] == "im"
        or words[j] == "as"
        or (words[j] in _TRAINER_IS and j > start and words[j - 1] == "i")
    )


_TRAINER_IS = frozenset({"am", "was", "became"})
_BECOME = frozenset({"become", "been"})


def _what_someone_does(
    words: list[str], raw: list[str], start: int, end: int, *, names: bool
) -> tuple[int, int] | None:
    """Where a clause says its practice is what someone else does: "X is what my colleague gives".

    "Specific feedback with clear next steps is what my co-trainer gives": a role (or,
    where the trainer speaks in the singular, someone named: ``names``) as the subject
    of a verb after "is what". Not "That's what I do", nor "what the trainees need".
    """
    for k in range(start + 1, end - 2):
        if words[k] == "what" and words[k - 1] in _COPULAS:
            j = k + 1
            after = _subject_end(words, raw, j, end, names=names)
            if after is None:
                continue
            stop = _sentence_end(words, after)
            # the trainer in the sentence after it: "what my manager hired me for", "what my manager
            # wanted, so I set it up"
            mine = not _FIRST_PERSON.isdisjoint(words[after:stop])
            if after < end and _can_follow_subject(words[after]) and not mine:
                return j, after
    return None


_COPULAS = frozenset({"is", "are", "was", "were", "s"})


def _doer(words: list[str], raw: list[str], j: int, end: int) -> tuple[int, int] | None:
    """Someone named or a role as the subject of a verb at ``j``: "what Kenji does".

    "That's what my colleague Ana is brilliant at" (None: anyone else, the trainer
    included: "what I do").
    """
    after = _subject_end(words, raw, j, end, names=True)
    if (
        after is not None
        and after < end
        and (words[after] in _SINGULAR_AUXILIARIES or words[after] in _DOING)
    ):
        return j, after
    return None


def _subject_end(words: list[str], raw: list[str], j: int, end: int, *, names: bool) -> int | None:
    """Where someone named (where ``names``) or a role that opens at ``j`` ends ("my colleague Ana")."""
    if names and _is_name(raw[j], words[j]):
        return j + 1
    n = _role_end(words, j, end)
    if n is None:
        return None
    return n + (n < end and _is_name(raw[n], words[n]))  # "my colleague Ana"


_POINTING_DETERMINERS = frozenset({"that", "this", "those", "these"})
_SINGULAR_COPULAS = frozenset({"is", "was"})
_COPULA_FOR = {
    "those": frozenset({"are", "were"}),
    "these": frozenset({"are", "were"}),
    "all": frozenset({"is", "was", "are", "were"}),
}
"""The copulas after a pointing word that agree with it: "those were", "all of them were"
(any other: "is" or "was")."""

_OWNED_AS_AUTHOR = frozenset(
    {"work", "doing", "department", "job", "area", "responsibility", "baby", "project", "thing", "part"}
    | {"territory", "domain", "creation", "handiwork", "brainchild", "remit", "side", "patch"}
)


_BACK_ENDS = frozenset({".", "!"})
_RECOGNITION = frozenset(
    {"justifies", "justify", "appears", "appear", "seems", "seem", "counts", "count", "matters"}
    | {"matter", "recognised", "recognized", "noticed", "acknowledged", "valued", "credited"}
    | {"appreciated", "rewarded", "description", "contract", "mentioned", "listed", "surprise"}
    | {"planned", "intended", "deliberate", "scripted"}
)
"""Words of what something is worth or where it is written down, not of whose it is: a complaint's
"None of that justifies treating me as a deliverer of slides"."""
_CLAUSE_MARKS = frozenset({",", ";", "-", "–", "—", ":", "(", ")"})
_POINTING_BACK = frozenset({"that", "thats", "this", "it", "its", "all", "none", "those", "these"})
_POINTED = frozenset({"that", "this", "it", "these", "those", "them"})
_POINTING_PAIRS = frozenset(
    {("all", "that"), ("all", "this"), ("all", "those"), ("all", "these")}
    | {("that", w) for w in ("part", "side", "bit", "work", "stuff", "lot")}
)
"""Pairs of words that point back at what came before: "Kenji does all that", "she ran that part"."""
_LINKING = frozenset(
    {"however", "though", "but", "and", "sadly", "alas", "unfortunately", "honestly", "well", "still"}
    | {"yet", "actually", "admittedly", "mind", "then", "so", "anyway", "also", "oh"}
    | {"yeah", "ok", "okay", "um", "erm", "er", "hmm", "ah", "frankly", "truthfully"}
)


def _predicated(words: list[str], status: list[Assertion], k: int, end: int) -> int:
    """Where a copula's predicate after the pointing word at ``k`` is planned, over or someone else's.

    ``k`` itself where there is no copula, or its predicate asserts or only denies.
    """
    j = k + 1
    if words[k] not in {"thats", "its"}:
        if j < end and words[j] in {"days", "years"}:
            j += 1  # "Those days are over"
        if (
            j + 2 < end
            and words[j] in {"has", "had"}
            and words[j + 1] in {"never", "not"}
            and words[j + 2] == "been"
        ):
            return (
                j + 1 if _predicate_names_the_trainer(words, j + 3, end) else k
            )  # "That has never been my thing"
        if j >= end or words[j] not in {"is", "was", "are", "were"}:
            return k
        j += 1
    if j < end and words[j] in {"not", "never", "no"}:
        # the trainer denied ("That's not me", "It isn't really my thing"), or a denial of the
        # predicate, not of what came before ("It's not what I trained for")
        return j if _predicate_names_the_trainer(words, j + 1, end) else k
    if not _OWN_CLAUSE.isdisjoint(words[j:end]):
        return k  # "That's something I want to keep doing", "That's what my predecessor used to do"
    return next((i for i in range(j, end) if status[i] in _PREDICATED), k)


def _predicate_names_the_trainer(words: list[str], i: int, end: int) -> bool:
    """Whether the predicate from ``i`` names the trainer or their own line: "me", "my thing", "my area"."""
    while i < end and words[i] in {"really", "ever", "quite", "been", "exactly"}:
        i += 1
    return i < end and (
        words[i] in {"me", "mine"} or (words[i] == "my" and i + 1 < end and words[i + 1] in _OWN_LINES)
    )


_OWN_LINES = frozenset(
    {"thing", "area", "strength", "forte", "style", "world", "scene", "bag", "cup", "job", "role"}
    | {"remit", "territory", "field", "specialism", "strong", "line"}
)
"""What a trainer calls their own line of work: "That has never been my thing", "not my area"."""


_OWN_CLAUSE = frozenset({"i", "im", "id", "ive", "we", "what", "something", "which", "that", "who", "one"})
"""Words of a predicate with a clause of its own, whose status is its own, not the pointed-at one's."""


_PREDICATED = frozenset({Assertion.INTENDED, Assertion.PAST, Assertion.OTHER})


def _names_the_doing(words: list[str], k: int, end: int) -> bool:
    """Whether "the" and a gerund open the clause at ``k``: the doing of what was told ("the adapting")."""
    return k + 1 < end and words[k] == "the" and words[k + 1].endswith("ing") and len(words[k + 1]) > 5


def _after_fronting(words: list[str], s: int, end: int) -> int:
    """Where a sentence's clause begins, past linking words and a fronted phrase up to a comma.

    "However, the adapting was done by ...", "According to my director, though, it was ...".
    """
    k = s
    while k < end:
        if (
            words[k] in _LINKING
            or words[k] == ","
            or (words[k] in _INTERJECTIONS and words[k + 1 : k + 2] == [","])
        ):
            k += 1
        elif words[k] in _FRONTING:
            comma = next((j for j in range(k + 1, min(end, k + 8)) if words[j] == ","), None)
            if comma is None:
                return k
            k = comma + 1
        else:
            return k
    return k


_QUESTION_MODALS = frozenset({"would", "could", "should", "shall", "can", "may", "might", "will"})
_WOULD_IT = frozenset({"would", "could", "should", "might"})
"""Modals whose "it" asks whether something would be worth doing: "Would it be mad to ...?"."""
_CAN = frozenset({"can", "could", "will"})
"""Modals that ask what the trainer can or will do: a question of theirs with anything after it is
answered there ("Can I design a course? I've done it three times"), and only a last one is asked."""
_ASKING_ABOUT = frozenset({"i", "we", "it"})
_YES = frozenset(
    {"yes", "yeah", "yep", "sure", "absolutely", "definitely", "certainly", "always", "mostly", "usually"}
)
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def _sentence_bounds(words: list[str]) -> tuple[list[int], list[int]]:
    """For each token, where its sentence (or the part after a semicolon) begins, and where it ends.

    The end is the index of the mark that closes it (or the text's length). Worked out
    stretch by stretch, so that reading a text with many marks stays linear in its length.
    """
    begins: list[int] = []
    ends: list[int] = []
    start = 0
    # each stretch up to and with its closing mark at once (a list of one value, at C speed)
    for mark in [k for k, w in enumerate(words) if w in _SENTENCE_ENDS]:
        begins += [start] * (mark + 1 - start)
        ends += [mark] * (mark + 1 - start)
        start = mark + 1
    begins += [start] * (len(words) - start)
    ends += [len(words)] * (len(words) - start)
    return begins, ends


_ASKING = frozenset(
    {
        "do",
        "does",
        "did",
        "can",
        "could",
        "would",
        "will",
        "have",
        "has",
        "is",
        "are",
        "am",
        "should",
        "shall",
    }
)
"""Words that open a question: "Do I design courses although I'm new? No." is asked whole."""
"""How far back a question split by a terminator is looked for its start (a bound: linear time)."""


def _hypothetical_questions(words: list[str], begins: list[int]) -> list[tuple[int, int]]:
    """The questions that ask about doing something: a modal and I, we or it, then "?".

    "Would it be mad to send something to a journal?", "Should we build our own
    feedback tool?", "Could I start training teachers in other provinces?": what
    they ask about is a possibility, not what the trainer does. One answered yes is
    the trainer's ("Would I call myself a course designer? Definitely.").
    """
    found = []
    for q in [k for k, w in enumerate(words) if w == "?"]:
        a = begins[q]
        if q - a < 3 or words[a] not in _QUESTION_MODALS or words[a + 1] not in _ASKING_ABOUT:
            continue
        if words[a + 1] == "it" and words[a] not in _WOULD_IT:
            continue  # "Will it surprise you that I observe every teacher twice a term?"
        if words[a] in _CAN and q + 1 < len(words):
            continue  # "Can I design a course from scratch? I've done it three times.": answered
        if _answered_yes(words, q + 1):
            continue  # "Will I keep observing teachers? Of course.", "Would it help to video it? I do"
        found.append((a, q + 1))
    return found


def _put_questions(
    body: str, tokens: _Tokens, begins: list[int], *, answered: bool = False
) -> list[tuple[int, int]]:
    """The questions put to someone that no answer confirms: what they ask about is no one's practice yet.

    A question of yes or no that opens as one does (with an auxiliary) or asks "you",
    without the trainer in it ("Q: Do you design the courses too?", "Marek, did you
    design that new rubric?", "Olena: You designed that course yourself, right?",
    "[09:15] Thu: did u adapt the district pack?": it opens after the asker's name),
    left unanswered or answered with a clause of its own ("A: I adapt the client's
    materials": the answer says what is done) or with words that name someone else
    ("Rafael: Our coordinator, Beatriz, designs them.", "People assume so."); and a
    question of who, what or how that asks "you" with nothing after it ("PANEL: How
    do you develop as a trainer?"). Not one answered yes, or with a few words that
    complete it (:func:`_confirms`: "A: Oh yes, every one of them.", "A: Every
    week.", "[10:02] Lei: yep, all six"), which is the trainer's; nor a question of
    who, what or how that is answered ("Who do you train? Primary teachers.", "Q:
    How do you plan? A: I adapt the pack": the question says what the answer is
    about; with ``answered``, one answered with a clause of its own is found too,
    for :func:`read_pieces`, which matches such an answer alone) or asks no "you"
    ("Who designs it?": :func:`_from_before` reads its answer), the trainer's own
    question ("Do I design courses? ...", which its answer decides:
    :func:`_answer`), a request ("Can anyone recommend some books?"), a question the
    trainer quotes ("I ask every teacher: "Did your learners achieve the aim?"", or
    after a lead-in of theirs: "Key question for every debrief: how do you ...?") or
    a topic put as a question ("Using the regional pack?").
    """
    words, spans, _ = tokens
    found = []
    for q in [k for k, w in enumerate(words) if w == "?"]:
        a = _past_speaker(body, tokens, begins[q], q)
        asked = words[a:q]
        if not asked or not _SINGULAR_VOICE.isdisjoint(asked) or not _SPEAKS.isdisjoint(asked):
            continue
        if not _QUESTION_WORDS.isdisjoint(asked):
            if _YOU.isdisjoint(asked) or (q + 1 < len(words) and not answered):
                continue  # "Who designs it?" (read by _from_before), "Who do you train? Adults."
        elif asked[0] not in _ASKING and _YOU.isdisjoint(asked):
            if _a_prompt(words, asked, q):
                found.append((a, q + 1))  # "Strengths?", "INTERVIEWER: Course design?": a form's prompt
            continue  # a topic: "Using the regional pack?", which its answer decides
        if not _ANYONE.isdisjoint(asked):
            continue  # the trainer's own request: "Can anyone recommend some books for a new trainer?"
        before = body[: spans[a][0]]
        if before.count('"') % 2 or before.count("“") > before.count("”"):
            continue  # a question the trainer quotes, as they put it to a teacher
        colon = body.rfind(":", spans[a][0], spans[q][0])
        if colon >= 0 and not _ASKS_AS_TRAINER.isdisjoint(
            words[k] for k in range(a, q) if spans[k][0] < colon
        ):
            continue  # after a lead-in: "Key question for every debrief: how do you know ...?"
        answer = q + 1
        label = _ANSWER_LABEL.match(body, spans[q][1]) if answer < len(words) else None
        if label is not None:  # the answer's speaker: "... ? A: Yes, all of them.", "[10:02] Lei: yep"
            while answer < len(words) and spans[answer][0] < label.end():
                answer += 1
        if not _confirms(words, answer):
            found.append((a, q + 1))
    return found


def _a_prompt(words: list[str], asked: list[str], q: int) -> bool:
    """Whether a topic put as a question is a prompt: a few words that no answer after it takes up.

    Up to :data:`_PROMPT_LONGEST` words ("Strengths?", "Q: Language knowledge?", "[09:19]
    Kofi: observations?"), with no answer or one that tells something of its own without
    taking it up ("2. Strengths? Observation is where I'm strongest.", "INTERVIEWER: Course
    design? HAMID: I adapt the ministry modules"): the answer says what is done, the prompt
    only what it is about. Not one answered yes or with words that complete it ("Course
    design? Yes, all of it.", "Q: Peer observation? A: Every month, with all the new
    teachers.": no one in them), nor one answered no, which :func:`_answer` gives the
    answer's status ("Publish? Never."), nor one an answer takes up, which says whose or
    when it is ("Designing the courses? That's Paulo's department.", "Our courses? I write
    them all myself": the question gives the topic of its answer).
    """
    said = [w for w in asked if w not in _MARKS]
    if not said or len(said) > _PROMPT_LONGEST:
        return False
    answer = q + 1
    while answer < len(words) and words[answer] in _MARKS:
        answer += 1
    if answer >= len(words):
        return True
    if _confirms(words, answer) or _bare_no(words, answer):
        return False
    told = words[answer : _sentence_end(words, answer)]
    # an answer that takes it up says whose or when it is ("That's Paulo's department.", "I start
    # them in October", "I give it within 24 hours"), and one with no one in it completes it ("Every
    # month, with all the new teachers.")
    return _TAKING_IT_UP.isdisjoint(told[:_PROMPT_TAKEN_UP_WITHIN]) and not _TOLD_BY_SOMEONE.isdisjoint(told)


_PROMPT_LONGEST = 3
"""Words up to which a topic put as a question is a prompt (:func:`_a_prompt`)."""
_PROMPT_TAKEN_UP_WITHIN = 5
"""Words of an answer within which a pointing word takes a prompt's topic up: "I start them in October"."""
_TAKING_IT_UP = _POINTING_BACK | {"them"}


def _past_speaker(body: str, tokens: _Tokens, a: int, q: int) -> int:
    """Where the question from ``a`` to its mark ``q`` opens, after its asker's name ("[09:15] Thu: did")."""
    at = tokens.spans[a][0]
    label = _ANSWER_LABEL.match(body, at - 1 if at and body[at - 1] == "[" else at)
    if label is None:
        return a
    named = a
    while named < q and tokens.spans[named][0] < label.end():
        named += 1
    if not _ASKS_AS_TRAINER.isdisjoint(tokens.words[a:named]):
        return a  # the trainer's own lead-in: "I ask: how do you know they learned it?"
    return named


_ASKS_AS_TRAINER = frozenset({"i", "we", "ask", "asks", "question", "questions", "prompt", "prompts"})
"""Words of a lead-in before a colon that make the question the trainer's own, put to teachers."""


_ANSWER_LABEL = lazy_pattern(r"\s*(?:\[[^\]\n]{1,25}\]\s*)?[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}:\s+")
"""The answer's speaker after a question, perhaps after a time: "A: ", "HIROSHI: ", "[10:02] Lei: "."""


def _confirms(words: list[str], k: int) -> bool:
    """Whether the words from ``k`` answer a question yes, or complete it with a few words of no clause.

    "Yes", "Oh yes, every one of them", "Well, yeah, mostly", "Exactly", "That's right",
    "I do" (perhaps after a filler); "Every week.", "All the time.", "Quite often,
    especially ...", "Most of them, yes." (up to the first mark, a few words with no
    person or auxiliary: the question's practice, said when or how much). Not "No",
    "Never" (:func:`_answer` gives the question a denial's status), nor a clause of its
    own ("I adapt the client's materials").
    """
    while k < len(words) and (words[k] in _FILLERS or words[k] == ","):
        k += 1
    if k >= len(words):
        return False
    at = k + 2 + (words[k : k + 2] == ["of", "course"])
    if words[at - 1 : at] == ["not"] and (at >= len(words) or words[at] in _MARKS or words[at] == "at"):
        # "Absolutely not.", "Certainly not, ...", "Of course not at all": a denial (:func:`_answer`);
        # not "Certainly not only in writing", "Of course not always formally, but ...": a yes
        return False
    if words[k] in _CONFIRMING or _answered_yes(words, k) or tuple(words[k : k + 2]) in _THATS_RIGHT:
        return True
    stop = _sentence_end(words, k)
    said = [w for w in words[k:stop] if w not in _MARKS]
    return (
        0 < len(said) <= _SHORT_ANSWER
        and _TOLD.isdisjoint(said)
        and _DENYING.isdisjoint(said)
        and "no" not in said
        and "not" not in said
        and _SOMEONE_ELSE.isdisjoint(said)
        and not any(
            _role_at(words, j, stop, speaks=True) for j in range(k, stop) if words[j - 1] not in _ALONGSIDE
        )
    )


_ALONGSIDE = frozenset({"with", "alongside", "and", "plus"})
"""Before a role in a short answer: a companion, not the one who does it ("Every week, with my mentor")."""


_SOMEONE_ELSE = frozenset({"people", "everyone", "everybody", "someone", "somebody", "others", "nobody"})
"""Words of an answer that name someone else, not the practice's when or how much: "People assume so"."""


_FILLERS = frozenset({"oh", "well", "um", "uh", "er", "erm", "hmm", "mm", "so", "ah", "oh,", "haha", "lol"})
_CONFIRMING = frozenset(
    {"yes", "yeah", "yep", "yup", "yes!", "sure", "absolutely", "definitely", "certainly", "indeed"}
    | {"exactly", "correct", "right", "totally", "mhm", "mmhm", "aye", "affirmative", "course"}
)
_THATS_RIGHT = frozenset({("thats", "right"), ("thats", "correct"), ("thats", "true"), ("thats", "it")})
_SHORT_ANSWER = 6
"""Words up to which an answer with no person or auxiliary completes the question ("Every week.")."""


_QUESTION_WORDS = frozenset(
    {
        "how",
        "what",
        "who",
        "whom",
        "whose",
        "which",
        "why",
        "when",
        "where",
        "whats",
        "hows",
        "whos",
        "wheres",
    }
)
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "any"})
_YOU = frozenset({"you", "your", "youre", "youve", "youd", "yours", "yourself"})


def _answered_yes(words: list[str], k: int) -> bool:
    """Whether the words from ``k`` answer a question yes: "Yes", "Of course", "I already do"."""
    first = words[k : k + 3]
    if not first:
        return False
    if first[0] in _YES or first[:2] in (["of", "course"], ["every", "time"], ["without", "hesitation"]):
        return True
    if first[0] in _SUBJECT_PRONOUNS and len(first) > 1:
        return first[1] in _AFFIRMING or (first[1] in _ALWAYS and len(first) > 2 and first[2] in _AFFIRMING)
    return False


_AFFIRMING = frozenset({"do", "did", "have", "already", "always", "usually", "often", "certainly", "can"})
_ALWAYS = frozenset({"really", "actually", "honestly"})


_RESUMING = frozenset({"it", "them", "thats", "its", "either", "neither"})
"""Words after a fronted topic that take it up again: "- I haven't opened it since 2020"."""


def _a_list(words: list[str], start: int, end: int) -> bool:
    """Whether a sentence of its own is a list of topics, not a clause.

    A list with commas ("Writing for journals, speaking at conferences."), or bare names joined
    by "and" or "or" ("Dogme and TPR Storytelling."): no more than eight words and none that
    places, counts or owns them ("Workshops on pronunciation and phonology", "Lots of pair work
    and group tasks in my sessions", "Run the induction week and the follow-up clinics"): those
    tell a practice.
    """
    if "," in words[start:end]:
        return True
    return (
        end - start <= _BARE_LIST_LONGEST
        and not _JOINING.isdisjoint(words[start:end])
        and _NOT_BARE.isdisjoint(words[start:end])
    )


_JOINING = frozenset({"and", "or"})
_BARE_LIST_LONGEST = 8
_NOT_BARE = frozenset(
    {"my", "our", "the", "a", "an", "every", "each", "lots", "lot", "all", "some", "many", "more"}
    | {"in", "for", "at", "on", "with", "from", "of", "to", "per", "after", "before", "during", "about"}
)
_HOW_MANY = frozenset({"two", "three", "four", "five"})
"""After "all", a list's items counted, taken up again: "I'm aiming to experiment with all three"."""


def _alone(words: list[str], k: int, end: int) -> bool:
    """Whether "all three" (or "both") at ``k`` stands for the list, not before a noun of its own.

    "I'm aiming to experiment with all three in the spring"; not "to visit all three schools", nor
    "all three in the same course" (together, not each).
    """
    after = words[k + 1] if k + 1 < end else "."
    return (after in _MARKS or after in _PREPOSITIONS or after in _AFTER_HOW_MANY) and _TOGETHER.isdisjoint(
        words[k + 1 : end]
    )


_AFTER_HOW_MANY = frozenset({"next", "this", "soon", "later", "eventually", "someday", "one", "again", "too"})
_TOGETHER = frozenset({"same", "together", "once", "combined"})
_ANSWERING = frozenset({"nope", "nah"})
"""Words that answer a fronted topic when they come first after it: "Articles, conference talks - nope"."""
_ANSWERING_OF = frozenset({"none", "nothing", "neither"})
"""Words that answer it with what follows them: "- none of it is me", "- nothing from me"
(not "- nothing fancy")."""
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
_POINTED_AFTER = frozenset({"of", "all"})
_POINTED_BEFORE = _MARKS | frozenset(
    {"is", "was", "are", "were", "has", "have", "i", "we", "you", "isnt", "wasnt"}
)
_TOLD = frozenset(
    {"i", "we", "he", "she", "they", "you", "im", "ive", "weve", "id", "is", "are", "was", "were", "am"}
    | {"have", "has", "had", "do", "does", "did", "dont", "doesnt", "didnt", "cant", "wont"}
    | {"isnt", "arent", "wasnt", "werent", "havent", "hasnt", "can", "will", "would", "should"}
    | {"youve", "youre", "theyre", "theyve", "hes", "shes", "were"}
)
"""Words that make a stretch a clause of its own, not a fronted topic."""
_TOPIC_LONGEST = 40
"""A fronted topic is a phrase or a list, not a paragraph: longer stretches are not looked at."""
_DOUBLE_NEGATIVES = frozenset(
    {"without", "optional", "negotiable", "skipped", "skip", "missed", "miss", "fail", "failed", "forget"}
    | {"enough", "but", "thought", "easy", "else", "glamorous"}
)
"""Words that make a denial after a topic praise it, or go on with it: "couldn't run a course without
them", "can't recommend it enough", "it's not easy, but I keep doing it", "nobody else sees them"."""
_RESUMED_WITHIN = 8
"""How far after the mark the words that take the topic up again stand ("- Me, I don't do any of it")."""
_DENIED_WITHIN = 5
"""How far after the mark the clause's own status begins ("- I have done none of these"): a denial
further on is of something else ("- I kept teaching them the present perfect instead of asking")."""
_OPENING_TRIGGER = 3
"""A clause opened by "that's" or "it" whose own trigger follows within this many words takes its topic up."""


def _topic(words: list[str], start: int, end: int) -> bool:
    """Whether words ``start`` to ``end`` name a topic, not a clause of their own.

    No subject and no auxiliary ("Writing for journals, speaking at conferences"),
    or a gerund's phrase as the subject of a copula ("Researching whether our rubric
    works is another matter entirely").
    """
    if _TOLD.isdisjoint(words[start:end]):
        return True
    # (or a person only in a clause the phrase embeds: "Testing whether they learn from it")
    return words[start].endswith("ing") and (
        _PERSONS_TOLD.isdisjoint(words[start:end]) or _unclaused(words, start, end)
    )


def _named_activity(words: list[str], start: int, end: int) -> bool:
    """Whether a sentence with no list only names an activity: a gerund's phrase.

    "Publishing in journals.", "Designing the whole course.": a topic the next
    sentence may take up ("Maybe one day."). Not "Each trainee gets two
    observations a term." (a clause whose verb no list of auxiliaries has), nor a
    label ("Interview transcript."), nor an answer ("Delivering given sessions: yes.").
    """
    first = words[start]
    return (
        first.endswith("ing")
        and len(first) > 4
        and first not in _NOT_GERUNDS
        and _YES.isdisjoint(words[start:end])
    )


def _unclaused(words: list[str], start: int, end: int) -> bool:
    """Whether a gerund's phrase has no subject or auxiliary of its own, but in a clause it embeds.

    "Testing whether our assessment tools measure what they claim to", "Being able to
    explain why training isn't teaching": the person and the verb are inside what the
    phrase names. Not "Designing courses is my main job" (a clause of its own).
    """
    for k in range(start, end):
        if words[k] in _EMBEDDING:
            return True
        if words[k] in _TOLD:
            return False
    return True


_EMBEDDING = frozenset({"whether", "why", "what", "how", "where", "which", "that", "who", "when", "if"})
"""Words that open a clause inside a phrase: what follows them is part of what the phrase names."""


def _answers_the_activity(
    words: list[str], start: int, d: int, after: int, end: int, *, status: list[Assertion]
) -> bool:
    """Whether the sentence after an activity's name (``after`` to ``end``) says what became of it.

    Told without a subject of its own ("Maybe one day.", "Never done it.", "Not yet.")
    or taking it up ("Still thinking about it."), where its status is said ("Nobody
    here does that", "My colleague Bora does that each term", "I've never done
    anything of the sort", :func:`_takes_up`), and not going on with it ("Hope to
    take on more mentees next year", "Will continue next year", "Previously, I worked
    in Lima"), after an activity that is not dated ("Designing courses for the
    ministry since 2015.").
    """
    rest = words[after:end]
    question = end < len(words) and words[end] == "?"
    if "since" in words[start:d] or _goes_further(rest, question) or (rest and rest[0] in _EARLIER):
        return False
    if _KEEPING_ON.isdisjoint(rest) and any(
        (w in _POINTING_IT and rest[j - 1] in _TAKING_IT and (j < 2 or rest[j - 2] not in _FEELING))
        or (w == "there" and rest[j - 1] in _GETTING)
        for j, w in enumerate(rest)
        if j
    ):
        # "Never done it.", "Still thinking about it.", "I'd love to get there someday." (not "Would
        # love to formalise this", "I'd never stop doing that", "Not everyone here agrees with that")
        return True
    clause_end = next((k for k in range(after, end) if words[k] in _MARKS), end)
    if _takes_up(words, after, clause_end, status):
        return True
    # else a bare answer ("Maybe one day.", "Not yet."), not a plan of its own ("Planning to
    # start a PhD next year", "Hope to add a third next year", "Keen to move into course design")
    clause = next((rest[:j] for j, w in enumerate(rest) if w in _MARKS), rest)
    if rest[0] == "something":
        return True  # what the activity is to the trainer: "Something to aim for during my MA."
    return (
        rest[0] not in _OWN_SUBJECTS
        and rest[0] not in _SPEAKS
        and _ANYONE.isdisjoint(clause)  # not others' view: "Not everyone here agrees with that"
        and len(clause) <= 6
        and "to" not in clause
        and not any(w.endswith("ing") for w in clause)
    )


def _takes_up(words: list[str], after: int, end: int, status: list[Assertion]) -> bool:
    """Whether a clause that is not asserted takes up what was named before it as its object.

    A pointing word that stands for the activity, as English refers back to one: after
    "do" or a verb of taking something on, or a preposition (:data:`_TAKING_UP_VERBS`),
    perhaps past a quantifier ("Nobody here does that", "My colleague Bora does all
    that", "I'm working towards it", "I've never done anything of the sort"), within a
    few words of where the clause's status begins. Not the object of another verb, which
    is a thing made or done further ("Writing materials for the ministry. I want to
    publish them one day": the writing is the trainer's now), nor "that" opening a clause.
    """
    begun = next((k for k in range(after, end) if status[k] is not Assertion.ASSERTED), None)
    if begun is None:
        return False
    for k in range(max(after + 1, begun), min(end, begun + _TAKEN_UP_WITHIN)):
        w = words[k]
        if status[k] is Assertion.ASSERTED:
            continue
        if w in _POINTING_OBJECTS and (k + 1 >= end or words[k + 1] not in _OPENS_CLAUSE):
            j = k - 1
        elif w in {"sort", "kind"} and words[k - 2 : k] == ["of", "the"]:
            j = k - 3  # "anything of the sort", "nothing of the kind"
        else:
            continue
        while j > after and words[j] in _QUANTIFYING:
            j -= 1
        if (
            words[j] in _TAKING_UP_VERBS
            and words[j - 1] not in _FEELING
            and _KEEPING_ON.isdisjoint(words[begun:k])
        ):
            # (not "Not everyone here agrees with that", "I'd never stop doing that")
            return True
    return False


_FEELING = frozenset(
    {"agree", "agrees", "agreed", "happy", "pleased", "comfortable", "impressed", "regret", "regretted"}
    | {"mind", "minded", "miss", "missed", "enjoy", "enjoyed", "love", "loved", "hate", "hated", "tired"}
)
"""Words before a preposition that make what follows the object of a feeling, not the activity denied."""
_KEEPING_ON = frozenset({"stop", "stopping", "quit", "quitting", "give", "giving", "drop", "dropping"})
"""A denial of stopping ("I'd never stop doing that") keeps the activity going."""
_NOT_DOING_IT = (
    _FEELING | _DOUBLE_NEGATIVES | _KEEPING_ON | {"like", "cancel", "ignore", "neglect", "outsource"}
)
"""Verbs whose denial keeps the practice going or tells a feeling: "I never skip", "I don't mind"."""
_NO_KEEPS_IT = (
    (_NOT_DOING_IT - {"like"})
    | {"skip", "stop", "find", "think", "thought"}
    | {"stressful", "hard", "difficult"}
)
"""Words of a question whose answer no keeps the practice ("whether I'd ever stop observing") or
answers a feeling, not the doing ("whether I find observing stressful"); "like" is too often "such as"."""


_TAKEN_UP_WITHIN = 7
"""How far from where a clause's status begins its object may point back ("Nobody here does that")."""
_POINTING_OBJECTS = frozenset({"it", "that", "this", "those", "these", "them"})
_OPENS_CLAUSE = frozenset(
    {"i", "we", "he", "she", "they", "you", "the", "a", "an", "my", "our", "his", "her", "their", "it"}
    | {"there", "is", "was", "s", "to"}
)
"""Words after "that" when it opens a clause ("that she ...") or "it" a clause's subject ("it is")."""
_QUANTIFYING = frozenset({"all", "of", "any", "none", "some", "much", "anything", "nothing", "something"})


_POINTING_IT = frozenset({"it", "that", "this"})
_GETTING = frozenset({"get", "getting"})
"""Words before "there" when it is the activity reached: "I'd love to get there someday"."""
_TAKING_IT = frozenset(
    {"do", "doing", "done", "did", "try", "trying", "tried", "start", "starting", "started"}
    | {"manage", "managed", "about", "of", "with", "at", "into"}
)
"""Words before "it" when it is the activity itself: "never done it", "thinking about it"."""
_TAKING_UP_VERBS = (
    _TAKING_IT | {"does", "towards", "toward", "like", "handles", "handle", "handled"} | {"covers"}
)
"""Words before a pointing word (:func:`_takes_up`) when it stands for the activity: "does that",
"working towards it", "nothing like that", "the moderator handles that"."""


_CONTINUING = frozenset(
    {"continue", "continuing", "keep", "more", "another", "second", "now", "still", "since", "again"}
    | {"further", "also", "too", "switched", "moved", "changed", "instead", "moment", "currently"}
)


def _goes_further(rest: list[str], question: bool) -> bool:
    """Whether the sentence after an activity's name goes on with it: "Will continue next year", "That too".

    "too" as "also", at the end of a clause ("Writing materials. I review them too."), not
    "too" of degree before the word it grades ("Giving talks at conferences. Never, I get far
    too nervous."), but in a question, which is no bare answer either way ("Observing every
    lesson. Is that too much? No."; ``question``: the sentence is one).
    """
    return any(
        w in _CONTINUING
        and (
            w != "too"
            or question
            or k + 1 == len(rest)
            or rest[k + 1] in _MARKS
            or (k > 0 and rest[k - 1] in _NOT_TOO)  # "Never too busy for that", "Not too long ago I started"
        )
        for k, w in enumerate(rest)
    )


_NOT_TOO = frozenset({"not", "never"})


_EARLIER = frozenset({"previously", "before", "earlier", "formerly", "prior"})
_OWN_SUBJECTS = frozenset(
    {"we", "my", "our", "the", "a", "an", "he", "she", "they", "his", "her", "their", "this"}
    | {"these", "those", "its", "it", "that", "thats"}
)
"""Words with which a sentence opens on a subject of its own (with :data:`_SPEAKS`; unless it points
back at the activity: "I'd love to try it"): "My colleague handles the paperwork" and "I want to
publish them one day" say nothing of what became of the activity named before them."""


_NOT_GERUNDS = frozenset(
    {"regarding", "concerning", "including", "according", "during", "following", "considering"}
    | {"something", "nothing", "everything", "anything", "morning", "evening", "spring", "string"}
)
"""Words in -ing that open no activity: "Regarding her own growth, ...", "Nothing fancy."."""


_PERSONS_TOLD = frozenset({"i", "we", "he", "she", "they", "you", "im", "ive", "weve", "id"})


def _resumed_topics(
    body: str, tokens: _Tokens, status: list[Assertion], begins: list[int], ends: list[int]
) -> list[tuple[int, int, int]]:
    """Fronted topics whose status is the one the clause after them gives: (start, end, that clause's token).

    "Conference papers, journal articles: I have done none of these", "Planning
    ahead for each teacher - can't say that's something I do", "My resource folder
    - I haven't opened it since 2020", "Writing for journals, speaking at
    conferences. None of that, I'm afraid.": a topic with no clause of its own
    (:func:`_topic`), set off by a dash, a full stop (or a colon after a list),
    then a not-asserted clause that takes it up ("it", "that's", "none of these",
    "either") or answers it ("nope"). Not "My sessions are interactive - none of
    that lecturing" (a clause of its own), nor a topic the clause after it does not
    take up.
    """
    words, spans, _ = tokens
    found = []
    marks = [k for k, w in enumerate(words) if w in _DASHES or (w == "." and k + 1 < len(words))]
    if ":" in body:
        marks += [k for k in range(1, len(words)) if ":" in body[spans[k - 1][1] : spans[k][0]]]
    for d in sorted(set(marks)):
        start = begins[d]
        stop = words[d] == "."
        colon = words[d] not in _DASHES and not stop
        after = d if colon else d + 1
        if d == start or d - start > _TOPIC_LONGEST or after >= len(words):
            continue
        # a colon or a full stop after a list ("Writing for journals, speaking at conferences."):
        # a sentence of its own with no list is a clause ("Each trainee gets two observations a term.")
        named = (
            stop
            and _named_activity(words, start, d)
            and _unclaused(words, start, d)  # not "Designing courses is my main job."
            and ":" not in body[spans[start][0] : spans[d][0]]
        )
        if ((colon or stop) and not _a_list(words, start, d) and not named) or not _topic(words, start, d):
            continue
        if any(s is not Assertion.ASSERTED for s in status[start:d]):
            continue
        end = ends[after]
        if not _DOUBLE_NEGATIVES.isdisjoint(words[after:end]):
            continue  # "Reflective journals - couldn't run a course without them": always, not never
        # a sentence that only names an activity ("Publishing in journals.") is what the next
        # sentence's first clause is about, wherever in it the status is said ("Maybe one day.")
        first = next((k for k in range(after, end) if words[k] in _MARKS), end) if named else 0
        denied = next(
            (
                k
                for k in range(after, max(first, min(end, after + _DENIED_WITHIN)))
                if status[k] is not Assertion.ASSERTED
            ),
            None,
        )
        if denied is None:
            continue
        if named and _answers_the_activity(words, start, d, after, ends[after], status=status):
            found.append((start, d, denied))
            continue
        if named and ("," not in words[start:d] or not _topic(words, start, d)):
            continue  # else a list, taken up as below
        near = range(after, min(end, after + _RESUMED_WITHIN))
        # what the clause denies (plans, gives away) is the topic: the word that takes it up is in
        # the clause's scope ("I haven't opened it", "none of these"), or opens the clause just
        # before its trigger ("that's not a thing I do"), or the topic ends by summing itself up
        resumed = (
            words[after] in _ANSWERING
            or (words[after] in _ANSWERING_OF and after + 1 < end and words[after + 1] in {"of", "from"})
            or any(
                status[k] is not Assertion.ASSERTED
                and (
                    words[k] in _RESUMING
                    or (
                        (words[k] == "both" or (words[k] in _HOW_MANY and words[k - 1] == "all"))
                        and _alone(words, k, end)
                    )  # "I'm aiming to experiment with all three in the spring"
                    or (
                        words[k] in _DEMONSTRATIVES
                        and (
                            words[k - 1] in _POINTED_AFTER or k + 1 >= end or words[k + 1] in _POINTED_BEFORE
                        )
                    )
                )
                for k in near
            )
            or (words[after] in _RESUMING | _DEMONSTRATIVES and denied - after < _OPENING_TRIGGER)
            or (words[d - 1] in _DEMONSTRATIVES and d - 2 >= start and words[d - 2] in _POINTED_AFTER | {","})
        )
        if resumed:
            found.append((start, d, denied))
    return found


_DASHES = frozenset({"-", "–", "—"})


_SET_ASIDE = frozenset({("instead", "of"), ("rather", "than")})
"""Negations that set a thing aside before the clause that says what is done instead."""
_TRAINER_SUBJECTS = frozenset({"i", "we", "im", "ive", "weve"})


def _negation_stop(words: list[str], i: int, end: int) -> int:
    """Where a negation's scope ends: at the next mark, but an aside between dashes belongs to it.

    "I've yet to get into the theory side - SLA research, models of teacher
    learning - in any depth": the aside names what is denied.
    """
    k = i
    while k < end:
        w = words[k]
        if w in _DASHES:
            close = next((j for j in range(k + 1, end) if words[j] in _DASHES), None)
            if close is None:
                return k
            k = close + 1
            continue
        if w == "(" and (close := _aside_end(words, k, end)) is not None:
            k = close + 1  # "I haven't read much theory (SLA, teacher cognition) yet": what is denied
            continue
        if w in _MARKS:
            if w == "," and k + 1 < end and words[k + 1] in _RELATIVE_PLACES:
                k += 2  # "has not yet run a session ..., where she could draw on ...": what is denied
                continue
            if w == "," and _listed(words, k + 1, end):
                k += 1  # "has not published, presented or otherwise contributed ...": a list denied
                continue
            return k
        k += 1
    return end


_RELATIVE_PLACES = frozenset({"where", "which", "whose", "whom"})


def _listed(words: list[str], k: int, end: int) -> bool:
    """Whether the words from ``k`` go on a list that "or"/"nor" closes, in this item or a later one.

    "has not published, presented or otherwise contributed", "At no point have I written
    for a journal, spoken at a conference, or helped another trainer". Not a clause of its
    own ("..., I design my own or adapt them"): no person opens an item (up to four items).
    """
    persons = _triggers().persons
    for _ in range(4):
        if k >= end or words[k] in persons or (words[k] in _JOINERS and words[k] not in _LIST_ENDS):
            return False
        stop = next((j for j in range(k, end) if words[j] in _MARKS), end)
        if not _LIST_ENDS.isdisjoint(words[k:stop]):
            return True
        if stop >= end or words[stop] != ",":
            return False
        k = stop + 1
    return False


_LIST_ENDS = frozenset({"or", "nor"})


# verbs a role may do whose past form neither ends in "ed" nor is a function word
_IRREGULAR = frozenset(
    {
        "wrote", "gave", "made", "led", "ran", "taught", "set", "built", "sent", "chose", "took",
        "drew", "found", "told", "kept", "held", "went", "came", "saw", "put", "brought", "thought",
        "got", "said", "let", "met", "read", "won", "paid", "left", "sat", "spoke", "began", "knew",
        "run", "write", "give", "make", "lead", "teach", "build", "send", "choose", "take", "draw",
        "find", "tell", "keep", "hold", "see", "bring", "think", "get", "say", "meet", "sit",
        "speak", "begin", "know", "do", "design", "plan", "observe", "decide", "prepare", "handle",
        "deliver", "create", "develop", "organise", "organize", "manage", "assess", "evaluate",
        "train", "adapt", "use", "provide", "insist", "want", "expect", "check",
    }
)  # fmt: skip


def _verb_like(word: str) -> bool:
    """Whether a word after a role can be its verb (or begins what it does): not a noun it modifies."""
    return word in STOPWORDS or word in _MARKS or word in _IRREGULAR or word.endswith(("s", "ed", "ly"))


_PASSIVE = frozenset({"is", "was", "are", "were", "been", "be", "being", "gets", "got", "get"})
_CONTRACTED_PASSIVE = frozenset({"theyre", "its"})
"""A subject and its auxiliary in one word before a participle: "They're written by", "It's run by ...".
Not "that's" (a relative clause's: "I use a rubric that's written by the ministry" is the trainer's
up to it), nor "she's" and "he's" (as often "has": "She's taught it for years")."""
_PASSIVE_CHAIN = _PASSIVE | {"has", "have", "had", "will", "would", "used", "to", "can", "may", "must"}
"""The words of a passive's verb before its participle: "used to be", "has been", "will be"."""
_REASONS_WHY = frozenset({"because", "since", "as", "cause", "coz", "cos"})
_THIRD_PERSON = frozenset(
    {"she", "he", "they", "shes", "hes", "theyre", "theyve", "theyll", "shell", "hell", "shed", "hed"}
)


def _asks_who(words: list[str], question: tuple[int, int]) -> bool:
    """Whether a question asks who does something: "Who designs the course?", "Which of us observes?"."""
    start, end = question
    head = words[start : min(end, start + 4)]
    at = next((k for k, w in enumerate(head) if w in _WHO), None)
    if at is not None and at + 2 < len(head) and head[at + 1] in _WHO_OBJECT and head[at + 2] in _ASKED:
        return False  # "Who do you mentor?": the trainer is asked whom, not who
    return at is not None or any(
        a == "which" and b == "of" and c in {"us", "you", "them"}
        for a, b, c in zip(head, head[1:], head[2:], strict=False)
    )


_WHO = frozenset({"who", "whos", "whose"})
_WHO_OBJECT = frozenset({"do", "did", "does", "are", "were", "is", "was", "have", "will", "would", "can"})
_ASKED = frozenset({"you", "your", "we", "they", "i"})


def _who_answer(
    words: list[str], start: int, end: int, written: Callable[[int, int], str]
) -> tuple[int, int] | None:
    """The person a who-question's answer names, if not the trainer ("Mariana", "Oh, that's Marcus").

    The first word after interjections, a speaker's label and "that's": a name
    (capitalised, unknown to the word lists), a role ("the academic director",
    "my colleague"), or any person a determiner opens, to the next mark ("our
    programme lead", "the woman from head office"). "Me", "I do" or anything
    else: None.
    """
    if not _SPEAKS.isdisjoint(words[start:end]) or not _ME_OR_USED.isdisjoint(words[start:end]):
        return None  # "A team of three, including me", "the director used to, but now I do it all"
    label = _speaker_label(written, start, end)
    if label:
        # the answer after its speaker ("Bea: Priya, as always"), or the label itself ("Marco: all of them")
        after = _who_answer(words, start + label, end, written)
        return after if after is not None else _who_answer(words, start, start + label, written)
    determined = False  # a determiner before the answer's first word ("the", "a"): a person it opens
    titled: int | None = None  # where a title before a name begins ("That's Mr Osei")
    for k in range(start, min(end, start + 6)):
        w = words[k]
        if w in _MARKS or w in _WHO_ANSWER_OPENERS:
            determined = w in _ANSWER_DETERMINERS or (determined and w not in _MARKS)
            continue
        if w in _TITLES and titled is None and k + 1 < end and words[k + 1] not in _MARKS:
            titled = k
            continue
        if w in _SINGULAR_VOICE or w in {"we", "us"}:
            return None
        role = _role_end(words, k, end, bare=True)
        if role is not None:
            return k, role
        raw = written(k, k + 1)
        if _is_name(raw, w):
            return (k if titled is None else titled), k + 1
        if determined or (w in _ANSWER_DETERMINERS and k + 1 < end and words[k + 1] not in _MARKS):
            # not the trainer, whom a who-question's answer names "me" or "I": "Our programme lead."
            return k, next((j for j in range(k + 1, end) if words[j] in _MARKS or words[j] in _DOING), end)
        return None
    return None


def _me_too(words: list[str], k: int) -> bool:
    """Whether the trainer answers beside the one a who-question's answer names, from ``k`` on.

    Up to the end of the sentence after the answer's: "Ana and I share it", "Dr Lee. Me
    too.", "That was Mr Osei, but now it's me", "Mr Osei officially, but in practice I do",
    "Dr Lee does. And I do too." Not the trainer given something or doing something else:
    "The director; she sends them to me", "The academic director - I deliver her sessions".
    """
    for j in range(k, _sentence_end(words, _sentence_end(words, k) + 1)):
        w = words[j]
        before = words[j - 1] if j else ""
        after = words[j + 1] if j + 1 < len(words) else ""
        if w in {"me", "myself"} and (before in _ME_BEFORE or after in _ME_AFTER):
            return True
        if w in {"i", "ive"} and (before == "and" or after in _DID):
            return True  # "Ana and I", "in practice I do"
    return False


_ME_BEFORE = _MARKS | {"and", "its", "thats", "is", "was", "now", "with", "plus", "including"}
"""Words before "me" where the trainer stands beside someone: "and me", "now it's me", "with me"."""
_ME_AFTER = _ALSO | _MARKS
"""Words after "me" where the trainer stands beside someone: "Me too.", "me, too", "... and me."."""
_DID = frozenset({"do", "did", "share", "alternate", "co", "help", "also", "too"})
"""Words after "I" by which the trainer does it too: "I do", "I share it", "I also do"."""
_ANSWER_DETERMINERS = frozenset({"the", "a", "an", "our", "my", "their", "his", "her", "another", "some"})
"""Words that open someone as a who-question's answer ("Our programme lead.", "The regional office.")."""


_ME_OR_USED = frozenset({"me", "myself", "used"})
_WHO_ANSWER_OPENERS = frozenset(
    {"oh", "ah", "well", "um", "er", "erm", "uh", "that", "thats", "its", "it", "is", "was", "r", "a"}
    | {"always", "usually", "mostly", "definitely", "probably", "honestly", "still", "mainly", "the"}
)


_SET_ASIDE_ENDS = _DASHES | {";"}
"""Where someone else's part ends after "not me": "My colleague does the logistics, not me - I design ..."."""
_ANSWER_ENDS = frozenset({",", ":", "-", "–", "—"})


def _from_before(
    words: list[str],
    before: tuple[int, int],
    clause: tuple[int, int],
    status: list[Assertion],
    trigger: list[str | None],
    *,
    speaks: bool,
    written: Callable[[int, int], str],
    raw: list[str],
) -> None:
    """What a clause and the clause before it say of each other, beyond their own triggers.

    - Where the trainer speaks, a question of who does something, answered with someone
      else, is theirs: "Which of us brings dogme in? Mariana." (:func:`_who_answer`).
    - A question answered by a clause that asserts nothing (an adverb aside) takes the
      answer's status: "Writing a whole course myself? Hasn't happened so far.", "CLIL
      or dogme? I know nothing about them, honestly."; the answer may be the head of a
      longer clause: "From scratch? Not really - what I do is adapt the modules".
    - A clause of purpose after an intention is intended too: "I want to do an MA so
      I can understand SLA theory".
    - Where the trainer speaks, "she", "he" or "they" after someone else's practice is
      that someone: "A colleague of mine does the needs analysis; she's brilliant at it".
    - A denial with its verb left out denies the clause before: "He has talked about
      designing his own course, but hasn't", "I keep meaning to write my own tool but
      never have", "I'd like to, but not yet".
    - "Not by me" denies the trainer the doing of an asserted clause before it that does not
      tell the trainer doing it: "The pack gets tailored to each audience. Not by me, mind."
    """
    _, b = before
    start, end = clause
    asserted = Assertion.ASSERTED
    if (correcting := _correction(words, start, end)) and _others_belief(words, *before):
        # "My manager thinks I design the courses, but actually I just deliver them": what others
        # believe of the trainer, corrected, is no practice of theirs
        _mark(status, trigger, before, Assertion.NEGATED, written(start, correcting))
    if _not_by_me(words, start, end):
        term = written(start, start + 3)
        told = range(*before)
        if _FIRST_PERSON.isdisjoint(words[before[0] : before[1]]) and all(
            status[k] is asserted for k in told
        ):
            # (not after a denial: "Trainees are never left without support. Not by me, anyway.")
            _mark(status, trigger, before, Assertion.NEGATED, term)
            _mark(status, trigger, (start, start + 3), Assertion.NEGATED, term)
        return
    if (_still_does_it(words, start, end) or _resumed(words, start, end)) and all(
        status[k] is asserted for k in range(start, end)
    ):
        # what the clause before learned or began in the past goes on: "At my last school I learned
        # to give feedback through questions, and I still do that in every debrief"; or what it
        # stopped was taken up again: "I stopped observing in 2019 but took it up again last year"
        k = start - 1
        while k >= 0 and words[k] not in _SENTENCE_ENDS:  # (the sentence up to the clause: "and I" is one)
            if status[k] is Assertion.PAST:
                status[k], trigger[k] = asserted, None
            k -= 1
    if speaks and start and words[start - 1] == "?" and _asks_who(words, before):
        named = _who_answer(words, start, end, written)
        if named is not None and _me_too(words, named[1]):
            named = None  # the trainer too: "Ana and I share it", "Dr Lee. Me too.", "now it's me"
        if named is not None:  # "Who designs the course? The academic director.", "Which of us ...? Mariana."
            _mark(status, trigger, before, Assertion.OTHER, written(*named))
            # and the answer, up to where the trainer takes over: "Kemal - he'll use timelines ..."
            _mark(status, trigger, (start, _turn(words, start, end)), Assertion.OTHER, written(*named))
            return
    if _answer(words, before, clause, status, trigger, label=_speaker_label(written, start, end)):
        return
    denial = _elliptical_denial(words, start, end)
    if denial is not None:
        at, subject = denial
        term = written(at, end - (words[end - 1] in _MARKS))
        fragment = False
        if words[start] not in _JOINERS:
            # a sentence of its own denies the last part of the one before, the one it answers: "I
            # design all our courses, and people ask whether I get paid extra for it. I don't."
            joined = [j for j in range(before[0] + 1, b - 1) if words[j] == "," and words[j + 1] in _JOINERS]
            before = (joined[-1] + 2, b) if joined else before
            # or all of a sentence that names a practice and no one: "Explaining why each session
            # is structured as it is. I can't, if I'm honest."
            begun = _sentence_start(words, before[0])
            fragment = (
                subject in _SUBJECT_PRONOUNS
                and _PERSONS_TOLD.isdisjoint(words[begun:b])
                and _PEOPLE.isdisjoint(words[begun:b])
            )  # (not someone else's denial: "Writing the reports for the board. She doesn't.")
            before = (begun, b) if fragment else before
        # the clause before is denied where the denial has its subject or none: not "I design my
        # own courses, but she doesn't", where someone else is set against the trainer; "she" or
        # "he" opening a sentence of its own denies what the one person the sentence before names
        # as a subject did ("You may have heard that Ines designed our new course. She did not")
        named_at = (
            _named_subject_of(words, raw, before, subject)
            if subject in _HE_OR_SHE
            and words[start - 1] in _BACK_ENDS
            and _SINGULAR_VOICE.isdisjoint(words[before[0] : b])  # (not "I design them, Maria checks")
            and "we" not in words[before[0] : b]
            else None
        )
        before = (named_at, b) if named_at is not None else before
        same = subject is None or fragment or subject in words[before[0] : b] or named_at is not None
        if same and all(status[k] is asserted for k in range(before[0], b)):
            _mark(status, trigger, before, Assertion.NEGATED, term)
        return
    last = status[b - 1]
    if last is asserted:
        return
    opener = start + (words[start] in _CONTINUERS and start + 1 < end)
    t = _triggers()
    continues = (last is Assertion.INTENDED and _at(words, start, t.purposes.get(words[start]))) or (
        last is Assertion.OTHER and speaks and words[opener] in _THIRD_PERSON
    )
    if continues:
        _mark(status, trigger, clause, last, trigger[b - 1])


def _named_subject_of(words: list[str], raw: list[str], clause: tuple[int, int], pronoun: str) -> int | None:
    """Where the person named as a subject in a clause begins, whom ``pronoun`` ("she", "he") can be.

    A name (perhaps after a title) opening the clause or a clause a verb of saying or
    thinking opens ("You may have heard that Ines designed ...", "People assume Mr Osei
    writes them"), followed by a verb; of the pronoun's sex where a title says it
    ("Ms Okafor ... He doesn't" is no one), the last such where there are more. Not a
    product, a place or a day ("Zoom breakout rooms in every session").
    """
    start, end = clause
    found = None
    for k in range(start, end - 1):
        if not _is_name(raw[k], words[k]):
            continue
        at = k - 1 if k > start and words[k - 1] in _TITLE_SEX else k
        opens = at == start or words[at - 1] in _SAID_THAT
        if not opens or words[k + 1] in _MARKS or not _verb_like(words[k + 1]):
            continue
        sex = _TITLE_SEX.get(words[at]) if at < k else None
        if sex is None or sex == pronoun.removesuffix("s"):
            found = at
    return found


_TITLE_SEX = {"mr": "he", "ms": "she", "mrs": "she", "miss": "she"}
"""Titles that say whom "she" or "he" can be."""
_SAID_THAT = frozenset(
    {"that", "assume", "assumes", "assumed", "think", "thinks", "thought", "heard", "say", "says", "said"}
    | {"believe", "believes", "believed", "claim", "claims", "claimed", "told", "suppose", "supposed"}
)
"""Words after which a clause of what is said or thought opens with its subject."""


def _still_does_it(words: list[str], start: int, end: int) -> bool:
    """Whether a clause says the trainer still does what came before: "I still do that", "still use it".

    The trainer (or the subject of the clause before, after "and") right before "still",
    then a verb of doing or using with what was told just after it ("I still use it"), or a
    verb of working on something in "-ing" with what was told within two words ("I'm still
    refining it", "I'm still tinkering with it"). Not someone else ("they're still using
    it"), nor another doing ("I'm still attending it", "I'm still thinking about it"): a
    fresh-eyes review found each of those.
    """
    for k in range(max(start, 1), end - 2):
        if words[k] != "still" or words[k - 1] not in _STILL_SUBJECTS:
            continue
        verb = words[k + 1]
        if verb in _STILL_DOING and words[k + 2] in _POINTING_OBJECTS:
            return True
        if verb in _STILL_WORKING_ON and not _POINTING_OBJECTS.isdisjoint(words[k + 2 : min(k + 4, end)]):
            return True
    return False


def _resumed(words: list[str], a: int, b: int) -> bool:
    """Whether the words from ``a`` to ``b`` take up again what was stopped: "then started again".

    A verb of starting or taking up with "again" within the next few words ("started again in
    January", "took it up again", "picked it back up again"), or "resumed"; not someone else's
    ("she started again"), nor denied ("and never started them again").
    """
    for k in range(a, b):
        w = words[k]
        if w not in _RESTARTED and not (
            w in _TAKING_UP_AGAIN and "again" in words[k + 1 : min(b, k + _AGAIN_WITHIN)]
        ):
            continue
        before = words[max(a, k - 3) : k]
        if (k == a or words[k - 1] not in _THIRD_PERSON) and _NEGATED_AUXILIARIES.isdisjoint(before):
            return True  # (not "and never started them again")
    return False


_TAKING_UP_AGAIN = frozenset(
    {"started", "began", "took", "picked", "went", "got", "start", "begin", "take", "pick"}
)
_RESTARTED = frozenset({"resumed", "restarted"})
_AGAIN_WITHIN = 5
"""How far after a verb of starting "again" takes up what was stopped ("took the workshops up again")."""


_STILL_SUBJECTS = frozenset({"i", "im", "ive", "am", "and", "we", "weve"})
"""What stands right before "still" where the trainer still does it: "I still", "I'm still", "and still"."""
_STILL_WORKING_ON = frozenset(
    {"running", "using", "doing", "applying", "following", "refining", "revising", "updating"}
    | {"tweaking", "tinkering", "improving", "developing", "adapting", "editing", "piloting", "testing"}
    | {"teaching", "leading", "delivering", "coordinating", "building", "expanding", "reworking"}
)
"""Verbs in "-ing" of working on what was begun: "I'm still refining it"."""
_STILL_DOING = frozenset({"do", "does", "use", "uses", "doing", "using", "run", "runs", "apply", "follow"})


_NEGATED_AUXILIARIES = frozenset(
    {
        "hasnt", "havent", "hadnt", "didnt", "doesnt", "dont", "wont", "cant", "couldnt",
        "wouldnt", "isnt", "arent", "wasnt", "werent", "never", "not",
    }
)  # fmt: skip
_ELLIPSIS_TAIL = frozenset(
    {
        "have", "has", "had", "did", "do", "does", "been", "yet", "ever", "really", "so", "far",
        "again", "once", "actually", "it", "that", "not", "never", "quite", "since", "though",
    }
)  # fmt: skip
"""What may stand after a denial whose verb is left out: auxiliaries and adverbs ("hasn't yet",
"never have", "not so far"), and nothing that could be a verb of its own."""
_ELLIPSIS_SUBJECTS = frozenset({"i", "he", "she", "we", "they", "you"})
_ELLIPSIS_LONGEST = 12
"""The longest sentence that may be a denial with its verb left out and what follows ("I don't; ...")."""


def _elliptical_denial(words: list[str], start: int, end: int) -> tuple[int, str | None] | None:
    """A clause that is a denial with its verb left out ("but hasn't yet"): where it begins, and its subject.

    After a joiner ("but", "and", "though"), or opening a sentence after the one it denies
    ("Everyone thinks I design my own courses. I don't."; "Designing whole courses. I'm not there
    yet." after a fragment that names no one), and perhaps a subject pronoun,
    only a negated auxiliary, "never" or "not" (perhaps after an auxiliary: "but has not",
    "but I did not") and the words of :data:`_ELLIPSIS_TAIL`, up to the clause's end: "but I
    haven't", "but never did", "but not yet". A verb of its own after the denial ("but don't
    publish") makes a clause of its own: None.
    """
    if words[start] in _JOINERS:
        return _denial_without_verb(words, start + 1, end)
    if start and words[start - 1] in {".", "!"} and words[start] in _ELLIPSIS_SUBJECTS:
        return _denial_without_verb(words, start, end)
    if start and words[start - 1] in {".", "!"} and _not_there_yet(words, start, end):
        # "Designing whole courses. I'm not there yet.": after a fragment that names no one doing it
        told = words[_sentence_start(words, start - 1) : start - 1]
        if _VOICE.isdisjoint(told) and _PERSONS_TOLD.isdisjoint(told):
            return start, "i"
    return None


def _not_there_yet(words: list[str], start: int, end: int) -> bool:
    """Whether the clause is "I'm not there yet" ("quite", "really" and marks besides): not at that stage."""
    rest = [w for w in words[start:end] if w not in _MARKS]
    return (
        rest[:3] == ["im", "not", "there"] and set(rest[3:]) <= {"yet", "quite", "really"} and "yet" in rest
    )


def _denial_without_verb(words: list[str], i: int, end: int) -> tuple[int, str | None] | None:
    """:func:`_elliptical_denial` from ``i``, after its joiner: where the denial begins, and its subject."""
    subject = words[i] if i < end and words[i] in _ELLIPSIS_SUBJECTS else None
    first = i = i + (subject is not None)
    if i + 1 < end and words[i] in _ELLIPSIS_TAIL and words[i + 1] in {"not", "never"}:
        i += 1  # "but has not", "but I did not"
    if i >= end or words[i] not in _NEGATED_AUXILIARIES:
        return None
    if i + 1 < end and words[i + 1] == "dare" and words[i] in _DARING:
        i += 1  # "dare" stands like an auxiliary: "I wouldn't dare" (not a reluctance past: "I didn't dare")
    # a hedge that ends it is no verb of its own: "I can't, if I'm honest", "I don't, to be honest";
    # not one with a verb after it ("I can't, to be honest, imagine working any other way")
    hedge = next(
        (k for k in range(i + 1, end) if _candid(words, k) or tuple(words[k : k + 3]) in _OWNING_UP), end
    )
    if any(w not in _MARKS and w not in _HEDGE_WORDS for w in words[hedge:end]):
        hedge = end
    rest = [w for w in words[i + 1 : hedge] if w not in _MARKS]
    return (first, subject) if all(w in _ELLIPSIS_TAIL for w in rest) else None


def _fragment_of(
    words: list[str],
    status: list[Assertion],
    clause: tuple[int, int],
    term: tuple[int, int],
    value: Assertion,
) -> tuple[int, int] | None:
    """The sentence before a clause that is a fragment giving it its status (:func:`_statuses`), if it is one.

    A fragment after a full stop, "!" or ";", with nothing but its trigger and words of
    :data:`_FRAGMENT_FILLER` or a year: a time now past after a sentence that does not
    say it goes on ("I ran the reading group. Years ago, anyway.", "Back in 2015.";
    not "I write my own materials now. Not back then, though.", "I mentor new trainers.
    Did back then too."), or a denial after a sentence that names no one ("Helping
    other trainers grow into a specialism. Not my thing"; not "I write the reports.
    Not my job, though!"). Not a wish ("I'm now a DELTA tutor. My dream, really!"), and
    only where the sentence before is asserted throughout.
    """
    start, end = clause
    if start == 0 or words[start - 1] not in _FRAGMENT_AFTER:
        return None
    a, b = term
    rest = words[start:a] + words[b:end]
    # "Not something I do.", ending its sentence: not "Not something I had ever done, but now I love it"
    ends = end == len(words) or words[end] in _SENTENCE_ENDS
    tail = _DENIAL_TAIL if value is Assertion.NEGATED and ends else ()
    if not all(w in _FRAGMENT_FILLER or w in tail or w in _MARKS or _YEAR.fullmatch(w) for w in rest):
        return None
    last = start - 1
    while last > 0 and words[last - 1] in _FRAGMENT_AFTER:
        last -= 1  # "I ran the reading group... years ago"
    first = _sentence_start(words, last)
    told = words[first:last]
    if not told or any(status[k] is not Assertion.ASSERTED for k in range(first, last)):
        return None
    if value is Assertion.PAST:
        fits = _NOW.isdisjoint(told) and "still" not in told
    else:
        fits = value is Assertion.NEGATED and _PERSONS_TOLD.isdisjoint(told) and _PEOPLE.isdisjoint(told)
    return (first, last) if fits else None


_FRAGMENT_AFTER = frozenset({".", "!", ";"})
"""Marks after which a fragment that only tells a time (or a denial) gives the sentence before its status."""
_FRAGMENT_FILLER = frozenset(
    {"anyway", "though", "now", "of", "course", "at", "least", "really", "honestly", "mind", "you", "many"}
)
"""What a fragment may hold besides its trigger: "Years ago now.", "Back then, at least"."""
_DENIAL_TAIL = frozenset({"do", "does", "done", "have", "has", "ever", "really", "yet", "so", "far"})
"""What may complete a denial's fragment besides :data:`_FRAGMENT_FILLER`, where the fragment ends its
sentence: its verb left as "do" or "done", its auxiliaries and adverbs ("Not something I do", "Not
something I have ever done"); not a past or a change ("Not something I had done since 2015", "Not
something I did once; I do it every year")."""
_HABITS_BEFORE = frozenset({("used", "to"), ("use", "to"), ("previously",), ("formerly",)})
"""Triggers that tell a habit of before: what follows them is that habit, not the end of what was told
before it, unless it only points back ("I used to, anyway", "I used to do all that")."""
_POINTING_BACK_ONLY = _ELLIPSIS_TAIL | _POINTED | {"all", "of", "anyway", "though", "too", "as", "well"}


def _points_back(words: list[str], i: int, stop: int) -> bool:
    """Whether the words after a trigger up to ``stop`` only point back at what was told, or are none."""
    return all(w in _POINTING_BACK_ONLY or w in _MARKS for w in words[i:stop])


_OWNING_UP = frozenset({("to", "be", "honest"), ("to", "be", "fair"), ("to", "be", "frank")})
_DARING = frozenset({"wouldnt", "dont", "cant", "couldnt"})
"""Negated auxiliaries "dare" may follow in a denial of now: "I wouldn't dare", "I don't dare"."""
_HEDGE_WORDS = frozenset(
    {"if", "i", "im", "am", "being", "honest", "frank", "to", "be", "fair", "you", "ask", "me"}
)
"""Hedges after a denial whose verb is left out, besides "if I'm honest" (:func:`_candid`)."""


def _answer(
    words: list[str],
    before: tuple[int, int],
    clause: tuple[int, int],
    status: list[Assertion],
    trigger: list[str | None],
    *,
    label: int = 0,
) -> bool:
    """Whether the clause answers the question before it; if so, the question takes the answer's status.

    The answer is the clause's head, up to a comma or dash, when it asserts nothing of its own
    (an adverb aside): "Writing a whole course myself? Hasn't happened so far.", "Design a
    course from scratch? Not really - what I do is adapt the modules" (what follows the
    head says what is done instead). ``label``: the words of the answer's speaker's label
    before it ("Trainer: No.": 1).
    """
    start, end = clause
    asked_at = start - 2 if start > 2 and _said_before(words, start - 2) else start  # "? Oh, I wish."
    if not asked_at or words[asked_at - 1] != "?":
        return False
    start += label  # the answer's speaker is no part of it: "Trainer: No.", "Ana Silva: Never."
    if start + 2 < end and _said_before(words, start):
        start += 2  # nor a word said before it: "Honestly, never."
    asserted = Assertion.ASSERTED
    head = next((k for k in range(start, end) if words[k] in _ANSWER_ENDS), end)
    said = (w for w, st in zip(words[start:head], status[start:head], strict=True) if st is asserted)
    if _content(w for w in said if not w.endswith("ly")):
        return False
    # the answer's own status ("A: No, neither." - the "A" is no part of it)
    answer = next((k for k in range(start, head) if status[k] is not asserted), None)
    if answer is not None:
        # the whole question, where a terminator split it ("Were you the one balancing the budget
        # while the programme ran? A: Absolutely not."), if the trainer tells nothing in it
        asked_from = _sentence_start(words, before[1] - 1)
        if asked_from < before[0] and _FIRST_PERSON.isdisjoint(words[asked_from : before[1]]):
            _mark(status, trigger, (asked_from, before[0]), status[answer], trigger[answer])
        _mark(status, trigger, before, status[answer], trigger[answer])
        _mark(status, trigger, (start - label, start), status[answer], trigger[answer])  # the speaker
        asked = before[0] - (before[0] > 0 and words[before[0] - 1] in _QUESTION_LABELS)
        if asked > 0 and words[asked - 1] in {".", "!"} and _asks_if_own(words, before):
            # a question whether a practice named before it is the trainer's, answered: "Reworking
            # the materials for each audience. Q: Is that something you do? A: No."; not one of how
            # it is ("Is that hard? No."), nor across an answer before it
            begun = _sentence_start(words, asked - 1)
            told = range(begun, asked)
            if (
                # (a question whether it is kept up may follow the trainer's own telling, answered
                # with a bare no: "I ran workshops for my department. Still? No."; not "Still? No,
                # monthly now", "Still? No exceptions")
                (
                    _FIRST_PERSON.isdisjoint(words[begun:asked])
                    or (_asks_if_kept_up(words[before[0] : before[1]]) and _bare_no(words, start))
                )
                and words[begun] not in _ANSWER_WORDS
                and not (begun and words[begun - 1] == "?")  # not an answer to a question before it
                and all(status[k] is asserted for k in told)
            ):
                _mark(status, trigger, (begun, asked), status[answer], trigger[answer])
    return True


def _correction(words: list[str], start: int, end: int) -> int:
    """Where a clause's opening correction of what was said before ends (0: it opens with none).

    "but in fact", "but actually", "but in reality", "but really", "but it's more that".
    """
    if words[start] != "but":
        return 0
    k = start + 1
    if k < end and words[k] == ",":
        k += 1
    for phrase in _CORRECTING:
        if tuple(words[k : k + len(phrase)]) == phrase:
            return k + len(phrase)
    return 0


_CORRECTING = (
    ("in", "fact"),
    ("in", "reality"),
    ("in", "truth"),
    ("actually",),
    ("really",),
    ("its", "more"),
)
"""What follows "but" to correct what was said before ("but in fact", "but actually")."""


def _others_belief(words: list[str], a: int, b: int) -> bool:
    """Whether a clause tells what someone else says or believes of the trainer: "People say I'm ...".

    Someone other than the trainer, a verb of saying or believing, and the trainer ("I", "I'm",
    "I've") straight after it or its "that": "My manager thinks I design the courses",
    "Someone on the forum wrote that I adapt all my own materials".
    """
    for k in range(a + 1, b - 1):
        if words[k] in _BELIEVING and _TRAINER_SUBJECTS.isdisjoint(words[a:k]):
            j = k + 1 + (words[k + 1] == "that")
            return j < b and words[j] in _TRAINER_SUBJECTS
    return False


_BELIEVING = frozenset(
    {"say", "says", "said", "think", "thinks", "thought", "assume", "assumes", "assumed", "believe"}
    | {"believes", "believed", "reckon", "reckons", "claim", "claims", "claimed", "wrote", "writes"}
    | {"imagine", "imagines", "expect", "expects", "insist", "insists"}
)
"""Verbs of saying or believing, whose subject's belief of the trainer a "but in fact" corrects."""


def _bare_no(words: list[str], start: int) -> bool:
    """Whether the answer at ``start`` is a bare no to the end of its sentence: "No.", "Not really."."""
    k = start
    while k < len(words) and words[k] not in _SENTENCE_ENDS:
        if words[k] not in _BARE_NO and words[k] not in _MARKS:
            return False
        k += 1
    return k > start


_BARE_NO = frozenset({"no", "nope", "never", "not", "really", "anymore", "any", "more", "longer"})


def _not_by_me(words: list[str], start: int, end: int) -> bool:
    """Whether the clause opens with "not by me" (or "not by us") on its own: "Not by me, mind"."""
    return (
        words[start : start + 2] == ["not", "by"]
        and start + 2 < end
        and words[start + 2] in {"me", "us"}
        and (start + 3 == end or words[start + 3] in _MARKS)
    )


def _speaker_label(written: Callable[[int, int], str], start: int, end: int) -> int:
    """How many words before a colon, up to three, open the clause.

    A speaker's label ("Trainer: No." has one) or another lead-in ("The honest answer: not yet").
    """
    for n in range(1, 4):
        if start + n >= end:
            break
        if ":" in written(start + n - 1, start + n + 1):
            return n
    return 0


_QUESTION_LABELS = frozenset({"q"})
_ANSWER_WORDS = frozenset({"yes", "no", "yeah", "nope"})
_ASKING_IF_OWN = frozenset(
    {"is", "was", "that", "this", "it", "its", "thats", "me", "you", "i", "something", "what"}
    | {"do", "did", "does", "really", "actually", "a", "thing", "q"}
)
"""The words of a question whether a practice is the trainer's ("Is that me?", "Is that something you
do?", "Do you do that?"): one with any other word asks something else of it ("Is that hard?")."""


def _asks_if_own(words: list[str], question: tuple[int, int]) -> bool:
    """Whether a question asks whether what was told before it is the trainer's practice.

    "Is that me?", "Is that something you do?", or whether the trainer keeps it up
    (:func:`_asks_if_kept_up`): "Did I keep that up after the restructure?".
    """
    asked = words[question[0] : question[1]]
    return _asks_if_kept_up(asked) or (
        not _POINTED.isdisjoint(asked)
        and not {"me", "you", "i"}.isdisjoint(asked)
        and all(w in _ASKING_IF_OWN or w in _MARKS for w in asked)
    )


def _asks_if_kept_up(asked: list[str]) -> bool:
    """Whether a question asks only whether the trainer still does what was told, perhaps since a time.

    "Did I keep that up after the restructure?", "Have I kept it up?", "Do you still do that?",
    or only "Still?" ("And now?" asks what is done now; "Still?" whether it is); not a question
    of how or how much ("Do I run that alone?", "Do I still do that on Fridays?").
    """
    said = [w for w in asked if w not in _MARKS and w not in _QUESTION_LABELS]
    if said and said[-1] == "still" and all(w in {"and", "but", "still"} for w in said):
        return True  # "Still?", "And still?"
    if len(asked) < 4 or asked[0] not in _ASKING or asked[1] not in {"i", "you", "we"}:
        return False
    k = 2 + (asked[2] == "still")
    if k + 1 >= len(asked) or asked[k] not in _KEEPING_IT or asked[k + 1] not in _POINTED:
        return False
    k += 2 + (k + 2 < len(asked) and asked[k + 2] == "up")
    return k >= len(asked) or asked[k] in _MARKS or asked[k] in _SINCE_WHEN


_KEEPING_IT = frozenset({"do", "keep", "kept", "continue", "continued"})
"""The verbs of a question whether the trainer still does what was told: "Did I keep that up?"."""
_SINCE_WHEN = frozenset({"after", "since", "when", "once", "anymore", "nowadays", "now", "these"})
"""Words that open the time a question of keeping it up may end with: "... after the restructure?"."""


def _mark(
    status: list[Assertion],
    trigger: list[str | None],
    span: tuple[int, int],
    value: Assertion,
    term: str | None,
) -> None:
    """Give the tokens of ``span`` a status and its trigger, where nothing has given them one yet."""
    for k in range(*span):
        if status[k] is Assertion.ASSERTED:
            status[k], trigger[k] = value, term


def _content(words: Iterable[str]) -> bool:
    return any(w not in STOPWORDS and w not in _MARKS and not w.isdigit() for w in words)


_LISTING_WORDS = frozenset(
    {"and", "of", "in", "for", "the", "at", "on", "with", "a", "an", "module", "level"}
    # the words of a job title, which a CV line writes in lower case too ("2019-present: teacher
    # trainer", "Freelance teacher trainer and mentor"): a title is no practice told (no hyphenated
    # word: the fast path's test of lower-case words splits one, as "part" and "time")
    | {"teacher", "trainer", "educator", "tutor", "mentor", "coach", "consultant", "coordinator"}
    | {"manager", "director", "lecturer", "instructor", "examiner", "assessor", "facilitator", "senior"}
    | {"junior", "lead", "head", "deputy", "assistant", "chief", "principal", "freelance", "academic"}
    | {"english", "language", "efl", "esl", "elt", "tefl", "tesol"}
    # a letter's closing before the writer's name and title ("Yours faithfully, Dr Grace Mensah,
    # Programme Director", "Kind regards, Ana"): no practice told
    | {"yours", "faithfully", "sincerely", "truly", "regards", "wishes", "best", "kind", "warm"}
    | {"warmest", "respectfully", "cordially", "thanks", "cheers"}
)
"""Lower-case words a listing of names, titles and qualifications has (:func:`_not_prose`)."""


def _not_prose(tokens: _Tokens) -> bool:
    """A short fragment of names, titles and qualifications: every word capitalised or a digit."""
    kept = 0  # up to 12 words (marks aside), each capitalised, a number or a listing word; no "I"
    for w, r in zip(tokens.words, tokens.raw, strict=True):
        if w in _MARKS:
            continue
        kept += 1
        if kept > 12 or not (r[0].isupper() or w.isdigit() or w in _LISTING_WORDS) or w in _FIRST_PERSON:
            return False  # prose: the first lower-case word decides most statements
    return kept > 0


_GENRES = frozenset(
    {"appraisal", "statement", "report", "note", "extract", "excerpt", "section", "reference", "essay"}
    | {"application", "letter", "email", "transcript", "bio", "biography", "nomination"}
    | {"memo", "testimonial", "cv", "newsletter", "podcast", "episode", "citation", "brochure"}
    | {"interview"}
)
"""Words that name a kind of document about someone (and :data:`_SELF_GENRES` after "self"); not
those that may be a trainer's own tools ("form", "notes", "log", "journal", "portfolio": "Written
feedback form with two targets for every teacher"), nor "minutes" ("Ten minutes of reflection")."""
_SELF_GENRES = frozenset({"assessment", "evaluation", "appraisal"})
"""After "self", a kind of document: "End-of-year self-evaluation" (not "Self-study of corpus tools")."""
_GENRE_WORDS = _GENRES | {"self"}
"""The words :func:`plainly_asserted` asks about for a heading."""
_HEADING_LONGEST = 12
_CLAUSE_MAKERS = frozenset(
    {"is", "are", "was", "were", "am", "be", "been", "do", "does", "did", "have", "has", "had", "can"}
    | {"could", "will", "would", "should", "may", "might", "must", "shall", "dont", "doesnt", "didnt"}
    | {"cant", "wont", "isnt", "arent", "wasnt", "havent", "hasnt", "she", "he", "they", "you", "its"}
    | {"thats", "theyre", "shes", "hes", "youre"}
)
"""Words that make a clause of a fragment: a verb of its own, or a subject (the trainer's: _FIRST_PERSON)."""
_TOLD_BY_SOMEONE = _VOICE | _CLAUSE_MAKERS
"""Words of an answer with someone in it, a clause of its own (:func:`_a_prompt`; not "Every month,
with all the new teachers")."""


def _compounded(tokens: _Tokens, body: str, k: int) -> bool:
    """Whether word ``k`` ends a hyphened compound ("EU-funded", "state-approved"), not a prefixed verb."""
    start = tokens.spans[k][0]
    return (
        k > 0
        and body[start - 1 : start] == "-"
        and tokens.spans[k - 1][1] == start - 1
        and tokens.words[k - 1] not in _VERB_PREFIXES
    )


_VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "un", "mis", "over", "under", "out", "cross", "self"})
"""Prefixes whose hyphened word is still a verb: "re-designed", "co-created" (a past, a clause)."""


def _heading(tokens: _Tokens, body: str) -> bool:
    """A heading that names the document, not a practice: "Annual appraisal - Lucía Ferrer, trainer".

    Up to twelve words (marks aside) with no verb of a clause, no subject and no past
    ("designed"), nothing of the trainer's own ("my", "own") and no habit ("every", "after",
    "within"), one sentence, where a word that names a kind of document, not before a doing,
    stands among the first three or the last two of the first phrase (and, opening it, before a
    preposition or nothing: not "Email trainees a summary"): "End-of-year self-evaluation.",
    "Note from the Programme Manager, Surabaya office.", "Extract from reflective essay, Trainer
    Development Module.", "Personal statement for the trainer development course." Not a practice
    told without a verb ("Resources: two books + the ministry guide"), which names no document,
    "Report writing for the ministry" (an activity) nor "Evaluate with exit tickets + own notes"
    (the trainer's own).
    """
    words = [w for w in tokens.words if w not in _MARKS]
    if not words or len(words) > _HEADING_LONGEST or not _HABITUAL.isdisjoint(words):
        return False  # "Self-assessment at the end of every session" tells a habit
    if any(
        w in _SENTENCE_ENDS and not (w == "." and k and len(tokens.words[k - 1]) == 1)
        for k, w in enumerate(tokens.words[:-1])
    ):
        # one sentence ("Annual appraisal. Designs bespoke courses for each school."), an initial's
        # full stop aside ("Self-evaluation, Bogdan S., Cluj.")
        return False
    if words[0] in _GENRES and len(words) > 1 and words[1] not in _PREPOSITIONS:
        return False  # a verb or a compound: "Email trainees a summary", "Transcript analysis of ..."
    # the first phrase ends at a mark other than a hyphen ("End-of-year self-evaluation" is one)
    first = [w for w in itertools.takewhile(lambda w: w not in _PHRASE_ENDS, tokens.words) if w != "-"]
    named = [
        k
        for k, w in enumerate(words)
        if (w in _GENRES or (w in _SELF_GENRES and k and words[k - 1] == "self"))
        and (k < 3 or len(first) - 2 <= k < len(first))
    ]
    return (
        bool(named)
        # "Report writing for the ministry": a document's name before a doing names an activity
        and not any(k + 1 < len(words) and words[k + 1].endswith("ing") for k in named)
        and not any(
            w in _CLAUSE_MAKERS
            or w in _VOICE
            or w == "own"
            # a past ("designed"), not the end of a compound ("EU-funded"), but a past after a
            # prefix ("re-designed", "co-created")
            or (len(w) > 4 and w.endswith("ed") and not _compounded(tokens, body, k))
            for k, w in enumerate(tokens.words)
        )
    )


_PHRASE_ENDS = _MARKS - {"-"}
_HABITUAL = frozenset(
    {"every", "each", "all", "per", "weekly", "daily", "monthly", "termly", "regular", "regularly"}
    | {"within", "after", "before", "always", "usually", "often"}
)
"""Words of a habit or a rule of practice, which no heading has: "Report within 48 hours of every visit"."""


_CAPITALISED = re.compile(r"(?<![^\W_])[^\W\d_a-z][^\W\d_]+(?![^\W_])")
"""A word that may be capitalised: a letter outside a-z, then letters ("Carmen", "Tomás", "Łukasz")."""
_LOWER_WORD = re.compile(r"(?<![^\W_])(?<!['’])[a-z]{2,}(?![^\W_'’])")
"""A word in lower case, whole: not the end of a contraction ("They're": "re" is no word of its own)."""


def _opens_with_role(opening: re.Match[str]) -> bool:
    """Whether a whole role stands up to three words after a determiner where a clause may begin.

    As :func:`_role_at` looks for one after each determiner that may stand there
    (the longest, "the senior", and the shorter, "the"), stopping at a preposition.
    """
    t = _triggers()
    words = tokens(opening.string[opening.start("determiner") :])
    for determiner in t.determiners.get(words[0], ()):
        if tuple(words[: len(determiner)]) != determiner:
            continue
        for k in range(len(determiner), min(len(determiner) + 3, len(words))):
            if _someone_at(words, k):
                return True
            if _role_with_s(words[k]):
                return True  # a role's possessive: "the ministry's curriculum unit" (_role_at)
            if words[k] in _PREPOSITIONS:
                break  # "my role as a trainer": the role is in a phrase (_role_at stops there too)
    return False


def plainly_asserted(text: str) -> bool:
    """Whether the text is certainly one asserted clause: the common case, decided without tokenising.

    No markup, no date, no trigger word, no word that names a document in a short
    text (a heading, :func:`_heading`), and a lower-case word that no listing of names
    and titles has. ``read_clauses`` gives the same answer the long way
    (tests/test_assertion.py, ``test_the_fast_path_is_the_full_reading``).
    """
    if _MARKUP_CHAR.search(text) or (_YEAR.search(text) and _DATE_RANGE.search(text)):
        return False
    if "?" in text:
        return False  # a question: an answer may deny it ("Writing a course myself? Never.")
    if ":" in text and _has_goal_label(text):
        return False  # a form's goals: "Areas to develop: ..."
    if ("til" in (lower := text.lower()) or "between" in lower) and _YEAR.search(text):
        return False  # perhaps "until 2021", "till 2021" or "between 2012 and 2016": what follows is over
    phrases, roles, single, near, duties, opening, asked, plural_roles = _fast_starts()
    words = tokens(text)
    if "but" in words and not _BELIEVING.isdisjoint(words):
        return False  # perhaps a belief of the trainer's practice, corrected (:func:`_correction`)
    if "be" in words and not _WELCOME.isdisjoint(words):
        return False  # perhaps a wish: "That would be lovely" (:func:`_would_be_lovely`)
    # the common case, at C speed: no word or pair of words with which a status could start
    # (the loop below decides when there is one); the words asked about below, in one pass
    present = asked.intersection(words)
    if not single.isdisjoint(present):
        return False  # a one-word trigger: "never", "someone"
    whos = "who" in present or "whose" in present  # a relative clause (:func:`_relatives_of_others`)
    if (
        (whos and (not roles.isdisjoint(present) or _CAPITALISED.search(text)))
        or ("who" in present and ("its" in present or "it" in present))
        or (
            "one" in present
            and "the" in present
            and not _THE_ONE_WHO.isdisjoint(zip(words, words[1:], words[2:], strict=False))
        )
    ):
        return False  # a relative clause or a cleft: "a colleague, whose videos", "it's Ana who designs"
    if (
        (not _NOW.isdisjoint(present) or "days" in present or "present" in present)
        and (
            not _ENDED_OR_POINTING.isdisjoint(present)
            or any(w.endswith("ing") for w in words)
            or not _NARROWED.isdisjoint(words)
        )
        and (
            not _SUBJECT_PRONOUNS.isdisjoint(present)
            or (not _WAS.isdisjoint(words) and not _DUTIES.isdisjoint(words))
        )
    ):
        # perhaps "Before the reorganisation I designed ... These days (At present) I ...", or
        # "Designing courses was my job. These days I ...", "... Now I only adapt them": that is
        # over (_told_in_the_past: the trainer's past, or a named activity that was their duty,
        # whoever the clause after it names: "... was my job. Now the ministry sends the materials")
        return False
    if "by" in present and (
        not _triggers().participle_words.isdisjoint(present)
        or any(_passive_participle(words, k, 0) for k in range(1, len(words)))
    ):
        return False  # perhaps an agent: "designed (from scratch) by our director", "is curated by"
    # (the tests of words alone before the scan of pairs: each answers no on its own)
    if not _GOALS.isdisjoint(words) and ("is" in words or "are" in words or "was" in words):
        return False  # perhaps a plan as a clause's subject: "My plan for 2025 is to design ..."
    if not _BEGINNING.isdisjoint(words) and not _SEASONS.isdisjoint(words):
        return False  # perhaps a start to come: "I start in September" (:func:`_scheduled_start`)
    if (
        ("'" in text or "’" in text)
        and (not _DUTIES.isdisjoint(words) or not _NAMED_DUTIES.isdisjoint(words))
        and _has_named_owner(text)
    ):
        return False  # perhaps a named person's duty: "The theory sessions are Dr Hale's department"
    ended = _SENTENCE_BEFORE.search(text)  # where a first sentence may end (once, for both tests below)
    if ended is not None and (
        (("'s" in text or "’s" in text) and not _POINTING_BACK.isdisjoint(words))
        or (("all" in words or "that" in words) and not _POINTING_PAIRS.isdisjoint(itertools.pairwise(words)))
        or ("all" in words and "of" in words)
    ):
        # perhaps a sentence given to its owner by the next: "... All of it is Ana's work.",
        # "... Kenji does all that.", "... Kenji did all of that."
        return False
    if ended is not None and _PRO_VERB_AT_END.search(text, ended.end()):
        return False  # perhaps a doing said again by its verb alone: "... Well, Priya does."
    if not _DOING_PAIRS.isdisjoint(itertools.pairwise(words)) or any(
        a in _DOING and b in _POINTED for a, b in itertools.pairwise(words)
    ):
        # perhaps a clause given to its owner by the next: "...; Kenji deals with that", "... Kenji
        # does that", "... The curriculum unit took that on"
        return False
    if not _NAMED_BACK.isdisjoint(words) and not _POINTING_OPENERS.isdisjoint(words):
        return False  # perhaps "That's the dream, anyway" after what it names (_named_back)
    if not _FRONTED_CONTRASTS.isdisjoint(present):
        return False  # perhaps two clauses: "Whereas I plan the sessions, my manager sets the targets"
    if (
        not _HE_OR_SHE.isdisjoint(present)
        and not roles.isdisjoint(present)
        and not _SINGULAR_VOICE.isdisjoint(present)  # _statuses asks only where the trainer says "I"
    ):
        return False  # perhaps "she" going on with someone named: "I asked my mentor - she gives ..."
    if not near.isdisjoint(itertools.pairwise(words)):
        # no one-word phrase is here (above), so a phrase can start only at a pair of words in near
        for i, pair in enumerate(itertools.pairwise(words)):
            if pair in near:
                if pair in duties:
                    return False  # "the coordinator's job"
                for p in phrases.get(pair, ()):
                    if len(p) == 2 or tuple(words[i : i + len(p)]) == p:
                        return False
    if (
        "what" in words
        and not roles.isdisjoint(present)
        and not _COPULAS.isdisjoint(words[k - 1] for k, w in enumerate(words) if w == "what" and k)
    ):
        return False  # perhaps "... is what my colleague gives" (:func:`_what_someone_does`)
    # a role can be someone else only as a clause's subject: a determiner where a clause may
    # begin (the start, after ; . ! ? ( ) : or a joining word) and a whole role up to three words
    # on (as _role_at finds it: "my training practice" holds no role, "my training manager" does)
    if not roles.isdisjoint(present) and any(map(_opens_with_role, opening.finditer(text))):
        return False  # perhaps a role opening a clause: "my manager", "our senior trainer"
    if not plural_roles.isdisjoint(present):
        return False  # perhaps a role in the plural opening a clause: "Inspectors from the office observe"
    # the full reading leaves out the label ("Journal:", "Portfolio:"): what follows is read
    label = LABEL.match(text) if ":" in text else None
    if label is not None:
        text = text[label.end() :]
        words = tokens(text)
    if not _SINGULAR_VOICE.isdisjoint(present) and any(
        name[0].isupper()
        and (_is_name(name, name.lower()) or name.lower() in _TITLES or name.lower() in _NAME_WORDS)
        for name in _CAPITALISED.findall(text)
    ):
        return False  # perhaps someone named as a clause's subject: "Carmen does it; I ..."
    # more than twelve words is prose (_not_prose); else a lower-case word no listing has
    if len(words) <= _HEADING_LONGEST and not _GENRE_WORDS.isdisjoint(words):
        return False  # perhaps a heading that names the document: "Annual appraisal, part-time trainer"
    return len(words) > 12 or any(w not in _LISTING_WORDS for w in _LOWER_WORD.findall(text))


def read_clauses(text: str) -> tuple[Clause, ...]:
    """The statement as stretches of asserted and not-asserted text, in order.

    Each stretch has its status and the trigger term that set it. A statement
    with no trigger is one asserted clause (the label before a colon at the
    start, "Journal:", is left out). Blank text gives no clauses.
    """
    if plainly_asserted(text):
        label = LABEL.match(text)
        body = text[label.end() :] if label else text
        spans = _tokens(body).spans
        piece = body[spans[0][0] : spans[-1][1]].strip(" ,;:–—-") if spans else ""
        return (Clause(text=piece, assertion=Assertion.ASSERTED),) if piece else ()
    return read_clauses_fully(text)


def read_clauses_fully(text: str) -> tuple[Clause, ...]:
    """:func:`read_clauses` without the fast path."""
    body, tokens, status, trigger = _read(text)
    return _clauses(body, tokens, status, trigger, lo=0, hi=len(status))


_Reading = tuple[str, _Tokens, list[Assertion], list[str | None]]
"""The text as the reader sees it (no markup, no label), its tokens, and each token's status and trigger."""


def _read(text: str, *, voiced: bool = False, narrated: bool = False) -> _Reading:
    text = plain(text)
    label = LABEL.match(text)
    body = text[label.end() :] if label else text
    tokens = _tokens(body)
    if _not_prose(tokens) or _heading(tokens, body):
        return body, tokens, [Assertion.NOT_PROSE] * len(tokens.words), [None] * len(tokens.words)
    # after a label of the trainer's own writing ("Journal:"), a "my mentor" is someone else only where
    # the trainer speaks of themselves too ("I"): a trainee's "Diary: my mentor seems to ..." is a report;
    # after a label that names no voice ("Update:", "Summary:"), likewise where no one is "she" or "he"
    reported = label is not None and (
        _SPEAKS.isdisjoint(tokens.words)
        or _reports(label.group())
        or (_reported(label.group()) and not _THIRD_PERSON_SINGULAR.isdisjoint(tokens.words))
    )
    status, trigger = _statuses(body, tokens, reported, voiced=voiced, narrated=narrated and not reported)
    goals = (
        [(m.group(1), m.end() - len(text) + len(body)) for m in _GOAL_LABEL.finditer(text)]
        if _has_goal_label(text)
        else []
    )
    for name, at in goals:
        # a form's goals: what follows the label, to the sentence's end or the next label
        stop = _SENTENCE_OR_LABEL.search(body, max(at, 0))
        until = stop.start() if stop else len(body)
        inside = [k for k, (a, _) in enumerate(tokens.spans) if max(at, 0) <= a < until]
        # "Areas to develop: begin using ...", "Fatma to plan ...", not "Areas to develop: I
        # mostly train teachers like me" (what the trainer does now, under the heading)
        if inside and tokens.words[inside[0]] not in _triggers().persons:
            _mark(status, trigger, (inside[0], inside[-1] + 1), Assertion.INTENDED, name)
    return body, tokens, status, trigger


_GOAL_LABEL = lazy_pattern(
    r"(?i)(?<![^\W_])((?:areas?|points?|things?) (?:to|for) (?:develop(?:ment)?|improve(?:ment)?|work on)"
    r"|(?:development|improvement) (?:areas?|points?|targets?|goals?|needs?)"
    r"|(?:my |her |his )?(?:targets?|goals?|next steps?|action points?|to work on|deliverables?"
    r"|resolutions?|priorities|plans?|wish ?list|to-?do(?: list)?)(?: for [\w ,]{1,40})?)(?: \d+)?"
    r"(?: \([^)\n]{0,40}\))?\s*:"
)
"""A label for goals ("Areas to develop:", "Targets:", "Plan for the year:"): what follows is not done yet."""
_GOAL_WORDS = (
    *("area", "point", "thing", "development", "improvement", "target", "goal", "step", "work on"),
    *("deliverable", "resolution", "priorities", "plan", "wish", "to-do", "todo", "to do"),
)
"""Every goal label holds one of these (in lower case)."""
_GOAL_WORD = lazy_pattern("|".join(map(re.escape, _GOAL_WORDS)))
"""Any of :data:`_GOAL_WORDS`, in one search (``any(w in text for w in _GOAL_WORDS)``)."""


def _has_goal_label(text: str) -> bool:
    """``_GOAL_LABEL.search(text) is not None``, without the search for ASCII text that has none of its words.

    A label ends with a colon, so its words stand before the last one
    ("Portfolio: I plan ..." holds none). The pattern ignores case, so it is
    searched for in any other text (its case folding is not ``str.lower``'s).
    ``tests/test_hot_paths.py::TestGoalLabel`` checks it against the search.
    """
    colon = text.rfind(":")
    if colon < 0:
        return False  # every label ends with one
    if text.isascii() and _GOAL_WORD.search(text.lower(), 0, colon) is None:
        return False
    return _GOAL_LABEL.search(text) is not None


_SENTENCE_OR_LABEL = lazy_pattern(r"(?<!\b\d)[.!?](?:\s|$)|(?<![^\W_])[A-Z][\w'’ -]{0,30}:\s")


def _clauses(
    body: str, tokens: _Tokens, status: list[Assertion], trigger: list[str | None], *, lo: int, hi: int
) -> tuple[Clause, ...]:
    """The clauses of tokens ``lo`` to ``hi``: stretches of one status, joined where one has no substance."""
    words, spans, _ = tokens
    if lo >= hi:
        return ()
    first = status[lo]
    if first in _WHOLE and status[lo:hi].count(first) == hi - lo:
        # the common case: one status, no trigger (asserted, or not prose)
        whole = body[spans[lo][0] : spans[hi - 1][1]].strip(" ,;:–—-")
        return (Clause(text=whole, assertion=first),) if whole else ()
    runs: list[list[int]] = []  # [first token, last token + 1] of each stretch of one status
    end = lo
    for _, same in itertools.groupby(zip(status[lo:hi], trigger[lo:hi], strict=True)):
        start, end = end, end + len(list(same))
        runs.append([start, end])
    # a stretch without substance ("I", "but I", ".") joins the next (the last joins the one before)
    merged: list[list[int]] = []
    for run in runs:
        if merged and not _content(words[merged[-1][0] : merged[-1][1]]):
            merged[-1][1] = run[1]
            merged[-1].append(run[0])  # the status is the later stretch's
        elif merged and not _content(words[run[0] : run[1]]):
            merged[-1][1] = run[1]
        else:
            merged.append(run)
    out = []
    for run in merged:
        lead = run[-1] if len(run) > 2 else run[0]
        piece = body[spans[run[0]][0] : spans[run[1] - 1][1]].strip(" ,;:–—-").lstrip(".!?) ")
        if piece:
            out.append(Clause(text=piece, assertion=status[lead], trigger=trigger[lead]))
    return tuple(out)


_WHOLE = frozenset({Assertion.ASSERTED, Assertion.NOT_PROSE})
_PIECE = lazy_pattern(ended("?;") + r"\s+")
"""Where a piece of a sentence ends: after "?" or ";", or after one and a closing mark where a new
turn or aside plainly begins ('"Observations?" "I made ...'; :func:`~._text.ended`)."""


def _pieces(sentence: str) -> list[str]:
    """A sentence's pieces (:data:`_PIECE`), without a dialogue turn's quotation marks at its ends."""
    return [p for part in _PIECE.split(sentence) if (p := trimmed(part))]


def read_pieces(
    sentence: str, before: tuple[str, ...] = (), *, voiced: bool = False
) -> list[tuple[str, tuple[Clause, ...] | None]]:
    """A sentence split after ";" and "?", each piece with its clauses read in the context of the whole.

    A narrative is matched piece by piece (each piece is one claim), but what
    a piece asserts can depend on the piece before it: "Writing a course
    myself? Hasn't happened so far"; "A colleague does the needs analysis;
    she is brilliant at it". The clauses are None where the sentence is
    plainly asserted, or where its pieces cannot be lined up with its words:
    then each piece is read on its own. ``before``: the sentences before it, read
    together with it (their pieces come first in the result), for a sentence that
    goes on from them ("That stopped when I moved into management").
    """
    pieces = _pieces(sentence)
    own = not _SINGULAR_VOICE.isdisjoint(tokens(sentence))  # the trainer speaks in this sentence
    if before:
        pieces = [p for told in before for p in _pieces(told)] + pieces
        sentence = " ".join((*before, sentence))
    # in the trainer's own text, a sentence without "I" is read with the text's voice (not on its own);
    # in one with "I", "she" or "he" beside the trainer is someone else (:func:`_narrated_other`), but
    # not alone in a sentence: a peer's note also says "I" more often ("I have co-trained with Ana for
    # years. I handle the logistics. She designs all our courses")
    words = tokens(sentence)
    narrated = voiced and own and not _HE_OR_SHE.isdisjoint(words)
    voiced = voiced and _SINGULAR_VOICE.isdisjoint(words)
    if not voiced and not narrated and (len(pieces) < 2 or plainly_asserted(sentence)):
        return [(p, None) for p in pieces]
    body, read, status, trigger = _read(sentence, voiced=voiced, narrated=narrated)
    if "?" in read.words:
        # a question of how put to "you" whose answer, a piece of its own, does not take it up as the
        # trainer's practice now ("Q: How do you handle needs analysis? A: Our coordinator does it.",
        # "A: Honestly, I don't."): the question's words are no claim of the trainer's. An answer that
        # tells how the trainer does it ("A: I collect feedback forms") takes the question's practice
        # as theirs, and a statement reads the two together.
        begins, ends = _sentence_bounds(read.words)
        for a, b in _put_questions(body, read, begins, answered=True):
            answer = status[b : ends[b] + 1] if b < len(status) else []
            if status[a:b].count(Assertion.ASSERTED) == b - a and any(
                s is not Assertion.ASSERTED for s in answer
            ):
                _mark(status, trigger, (a, b), Assertion.ASKED, "?")
    counts = []
    for k, piece in enumerate(pieces):
        text = plain(piece)
        label = LABEL.match(text) if k == 0 else None
        counts.append(len(_tokens(text[label.end() :] if label else text).words))
    if sum(counts) != len(status):
        return [(p, None) for p in pieces]
    out: list[tuple[str, tuple[Clause, ...] | None]] = []
    lo = 0
    for p, n in zip(pieces, counts, strict=True):
        out.append((p, _clauses(body, read, status, trigger, lo=lo, hi=lo + n)))
        lo += n
    return out


_GOES_ON = _ANAPHORS | _THIRD_PERSON | {"since", "they", "theirs"}
_TAKING_UP = frozenset({"none", "any", "all", "some", "lot", "much", "either", "neither"})
_TAKEN_UP = frozenset(
    (q, "of", d) for q in _TAKING_UP for d in ("that", "it", "this", "these", "those", "them")
)
"""A quantifier of what came before: "none of that", "any of it", "a lot of that"."""
_CEASING = frozenset({"stopped", "quit"})
_STOPPING = _CEASING | {"gave", "given"}


def asks(sentence: str) -> bool:
    """Whether a sentence is a question put to someone, for its answer to take up (:func:`_put_questions`)."""
    if "?" not in sentence:
        return False
    text = plain(sentence)
    label = LABEL.match(text)
    read = _tokens(text[label.end() :] if label else text)
    words = read.words
    if not words or words[-1] != "?":
        return False
    return bool(_put_questions(text, read, _sentence_bounds(words)[0]))


def confirms(answer: str) -> bool:
    """Whether a piece answers the question before it yes, or completes it in a few words of no clause.

    :func:`_confirms` after the answer's speaker ("HIROSHI: ", "A: "): "Yes, every one of
    them.", "Oh, of course.", "That's right", "Every month, with my mentor."; not
    "No", "Of course not", nor a clause of its own ("That's Tomasz, he set it up.").
    """
    text = plain(answer)
    label = _ANSWER_LABEL.match(text)
    return _confirms(_tokens(text[label.end() :] if label else text).words, 0)


def in_own_voice(text: str) -> bool:
    """Whether the text is the trainer's own: "I" more often than "she" or "he", and no one named twice.

    "I" and "my" outnumber "she", "he", "her" and "his". A reference, a nomination, a
    peer's note or a profile quoting its subject speaks as "I" too, but of the trainer,
    whom it names sentence after sentence and calls "she" or "he" ("I am writing to
    recommend Ms Okafor. I have been her line manager ... Ms Okafor designs all our
    courses"): there, someone named is the trainer. (Not a colleague the writer never
    calls "she" or "he": "Marcus designed the course. ... I take Marcus's units".)
    """
    read = _tokens(text)
    own = sum(map(_SINGULAR_VOICE.__contains__, read.words))
    third = sum(map(_THIRD_PERSON_SINGULAR.__contains__, read.words))
    if own <= third:
        return False
    if not third:
        return True  # no one spoken of as "she" or "he": the writer's own account
    named: dict[str, int] = {}  # each name, and the sentence it was first named in
    sentence = 0
    for raw, word in zip(read.raw, read.words, strict=True):
        if word in _SENTENCE_ENDS:
            sentence += 1
        elif raw[:1].isupper() and _is_name(raw, word):
            name = word.removesuffix("s") if raw.endswith(("'s", "’s")) else word  # "Kwame's": Kwame
            if named.setdefault(name, sentence) != sentence:
                return False  # named in two sentences: the person the text is about
    return True


_THIRD_PERSON_SINGULAR = _HE_OR_SHE | {"her", "hers", "herself", "him", "his", "himself"}


def tells_own_doing(sentence: str) -> bool:
    """Whether a sentence tells the trainer doing something, now or done: "I do", "I've done", "I designed".

    The trainer as a subject before a verb of the present or past simple or the perfect ("I do
    that by visiting the school first", "I've done that since 2019", "This year I designed
    two", "Did that for the induction course this year"); not a plan, a wish or a progressive
    ("I'm pencilling that in", "I'll get to it", "I'd love to").
    """
    words = tokens(sentence)
    if words and words[0] in _DONE_OPENERS:
        return True  # "Did that for the induction course this year"
    return not _PERFECT_SPEAKERS.isdisjoint(words) or any(
        a in _SUBJECT_PRONOUNS and (b in _DOING_AFTER_SUBJECT or (b.endswith("ed") and b != "used"))
        for a, b in itertools.pairwise(words)
    )


def denies_something_else(sentence: str) -> bool:
    """Whether a sentence is the trainer denying another practice, one of its own verb ("I don't publish").

    Said after a claim ("I design my own courses. I don't publish, though."), it says nothing of
    whose that claim is or when, as :func:`read_clauses` reads the two together. Opening with
    "I" or "we", read as negated first, with no word pointing back (:func:`points_back`: "I never
    do that now" is said of what came before) and a verb of its own after the denial (its first
    word past auxiliaries and adverbs, no function word nor a time): not one whose verb is left out
    ("I don't.", "I don't anymore", "I haven't, honestly", "I don't these days, my deputy does",
    "I haven't for years", "I haven't since the pandemic").
    """
    words = _tokens(plain(sentence))[0]
    if words[:1] not in (["i"], ["we"]) or points_back(sentence):
        return False
    denial = next((k for k, w in enumerate(words) if w in _NEGATED_AUXILIARIES or w in _NOT_OR_NEVER), None)
    if denial is None:
        return False
    verb = next((w for w in words[denial + 1 :] if w not in _BEFORE_THE_VERB), None)
    if verb is None or not verb.isalpha() or verb in STOPWORDS or verb in _SINCE_WHEN:
        return False
    clauses = read_clauses(sentence)
    return bool(clauses) and clauses[0].assertion is Assertion.NEGATED


_NOT_OR_NEVER = frozenset({"not", "never"})
_BEFORE_THE_VERB = (
    _ELLIPSIS_TAIL
    | _BARE_NO
    | _HEDGE_WORDS
    | {"much", "often", "usually", "even", "always", "normally", "generally", "currently", "regularly"}
    | {"necessarily", "personally", "properly", "formally", "officially", "directly"}
)
"""What may stand between a denial and its verb ("I don't often publish"), or follow one whose verb
is left out: auxiliaries, "anymore", hedges, adverbs ("I don't much anymore", "I haven't, honestly").
The first word after them is the verb: not a function word nor a time ("these days", "since ...")."""


_DONE_OPENERS = frozenset({"did", "done", "do", "does"})
_PERFECT_SPEAKERS = frozenset({"ive", "weve"})
_DOING_AFTER_SUBJECT = frozenset(
    {"do", "did", "have", "had", "still", "always", "usually", "often", "also", "regularly", "now"}
)
"""Words after "I" or "we" that tell the doing itself: "I do", "I did", "I have", "I still"."""


def names_activity(sentence: str) -> bool:
    """Whether a sentence only names an activity, for the next one to say whose it is or when.

    "Publishing in journals.", "Writing for journals, speaking at conferences.": a
    list with no person and no auxiliary, or a gerund's phrase (:func:`_named_activity`)
    with a person or an auxiliary only in a clause it embeds (:func:`_unclaused`:
    "Testing whether our tools measure what they claim to.").
    """
    words, _, raw = _tokens(plain(sentence))
    n = len(words) - (bool(words) and words[-1] in _SENTENCE_ENDS)
    listed = (
        "," in words[:n]
        and _TOLD.isdisjoint(words[:n])
        and _RELATIVES.isdisjoint(words[:n])  # "Tomasz, who joined us, calls himself ...": a clause
    )
    return (
        0 < n <= _TOPIC_LONGEST
        and (listed or (_named_activity(words, 0, n) and _unclaused(words, 0, n)))
        and any(len(w) > 3 and w.isalpha() for w in words[:n])  # not a heading's number: "4."
        and not any(_is_name(r, w) for r, w in zip(raw[:n], words[:n], strict=True))  # nor a title
    )


def says_i(text: str) -> bool:
    """Whether the text has the trainer's "I" ("I", "I'm", "I've", "I'd", "I'll")."""
    return not _SPEAKS.isdisjoint(tokens(text))


def points_back(sentence: str) -> bool:
    """Whether a sentence has a word that points back at what was told before it.

    "That", "it" or "them" ("I'm pencilling that in for the autumn run", "All of that
    belonged to my previous post", "I'll get to it after exams"): what such a sentence says
    of it (whose it is, when) is said of what the sentence before named. "This", "these" and
    "those" mostly stand before a noun ("this year", "these days") and are not counted.
    """
    return not _POINTS_BACK.isdisjoint(tokens(sentence))


_POINTS_BACK = _POINTING | {"them"}
"""Words that point back as pronouns (not "this year", "these days", "those forms")."""


def goes_on(sentence: str) -> bool:
    """Whether a sentence may take its status from the one before, or give the one before its own.

    "That stopped ...", "She ...", "Not by me.", "Have I kept that up? No.", and a sentence that
    says what came before is over ("I stepped down in 2020 and haven't trained since",
    "Haven't trained anyone since 2019").
    """
    first = _FIRST_WORD.match(sentence)
    if first is not None and first.group().lower().replace("'", "").replace("’", "") in _GOES_ON:
        return True
    phrases = _triggers().phrases
    words = tokens(sentence)
    read: _Tokens | None = None

    def reader_tokens() -> _Tokens:
        """The reader's own tokens (with commas and what is written), worked out on first need."""
        nonlocal read
        if read is None:
            read = _tokens(sentence)
        return read

    if words[:3] == ["not", "by", "me"] or words[:3] == ["not", "by", "us"]:
        own = reader_tokens().words
        if _not_by_me(own, 0, len(own)):
            return True  # "Not by me, mind.": the doing told before is not the trainer's
    if "?" in sentence and (not _POINTED.isdisjoint(words) or "still" in words):
        own = reader_tokens().words
        if "?" in own and _asks_if_own(own, (0, own.index("?") + 1)):
            return True  # "Have I kept that up? No.", "Still? No.": whether what was named before is kept up
    if words and (words[0] in _LINKING or words[0] in _FRONTING or words[0] in _POINTING_BACK):
        # a word that points back, perhaps past a linking word or a fronted phrase: "Those days
        # are over", "According to my director, though, it was ..." (tokens() has no commas: the
        # reader's own tokens find where the fronted phrase ends)
        own = reader_tokens().words
        opener = _after_fronting(own, 0, len(own))
        if opener < len(own) and (own[opener] in _POINTING_BACK or _names_the_doing(own, opener, len(own))):
            return True
    if "no" in words or not _NEGATED_AUXILIARIES.isdisjoint(words):
        own = reader_tokens().words
        if any(
            (reply := _reply_start(own, k) if w == "no" else _reported_ellipsis(own, k)) is not None
            and reply[0] <= 1
            for k, w in enumerate(own)
            if w == "no" or w in _NEGATED_AUXILIARIES
        ):
            return True  # the trainer's answer to a question put before: "I said no.", '"No," I said.'
    if not _POINTING_PAIRS.isdisjoint(itertools.pairwise(words)):
        return True  # "Kenji does all that.", "Luis planned and ran that part."
    if (
        words
        and (words[0] in _triggers().participles or words[0] in _POINTING_SUBJECTS)
        and "by" in words[1:_AGENT_WITHIN]
    ):
        own = reader_tokens().words
        by = own.index("by") if "by" in own[1:_AGENT_WITHIN] else 0
        done = _done_by(own, by, 0) if by else None
        if done is not None and (done == 0 or _points_back_as_subject(own, 0, done)):
            # a passive whose agent did what the sentence before told (:func:`_handed_back`):
            # "Planned and written by Lucía.", "Both were created by the quality committee."
            return True
    if not _DOING.isdisjoint(words) and not _POINTED.isdisjoint(words):
        own = reader_tokens().words
        if any(
            w in _DOING and _VOICE.isdisjoint(own[:k]) and _does_what_was_told(own, k, len(own))
            for k, w in enumerate(own)
        ):
            # someone else did what came before, whatever the sentence goes on to: "The British
            # Council consultant did that.", "Paolo and Elif wrote it, so please ask them while I'm away"
            return True
    if words and (words[0] in _triggers().determiners or words[0] in _FRONTING):
        own, _, raw = reader_tokens()
        clause_end = next((k for k, w in enumerate(own) if w in _CLAUSE_MARKS), len(own))
        if _identified(own, raw, 0, clause_end, len(own)) is not None:
            return True  # "My colleague Ngozi, that is.": who did what the sentence before told
    if words and words[0] in _ELLIPSIS_SUBJECTS and len(words) <= _ELLIPSIS_LONGEST:
        own = reader_tokens().words
        clause = next((k for k, w in enumerate(own) if w in _MARKS), len(own))
        if _denial_without_verb(own, 0, clause) is not None:
            return True  # a denial with its verb left out: "Everyone thinks I design courses. I don't."
    if (words and words[-1] in {"either", "neither"}) or (
        not _TAKING_UP.isdisjoint(words)
        and not _TAKEN_UP.isdisjoint(zip(words, words[1:], words[2:], strict=False))
    ):
        return True  # "Writing for journals, speaking at conferences. None of that, I'm afraid."
    if any(w in _CEASING and _gives_up(words, k + 1, []) for k, w in enumerate(words)):
        return True  # "... - I was known for it. Then I moved into management and stopped training."
    if not _NARROWED.isdisjoint(words) and _now_clause(words, 0, len(words))[0]:
        return True  # less, now, than what was told before: "Now I only adapt the materials."
    if ("since" in words or "for" in words) and any(
        _ceased(words, i, 1, min(len(words), i + _SCOPE)) for i, w in enumerate(words) if w in _DENYING
    ):
        return True  # a practice given up: "Haven't trained anyone since 2019." (:func:`_ceased`)
    return any(
        scope == "after" and tuple(words[i : i + len(phrase)]) == phrase
        for i, w in enumerate(words)
        if w in phrases
        for phrase, scope, _ in phrases[w]
    )


_FIRST_WORD = lazy_pattern(r"[^\W_]+(?:['’][^\W_]+)?")


def asserted_text(clauses: tuple[Clause, ...]) -> str | None:
    """The asserted clauses joined, or None when none of them says anything of substance.

    A denial beside asserted practice keeps its own words ("hasn't yet",
    "doesn't really"): the limit it sets on that practice is evidence (the
    lexicon reads such words as first-stage cues); what it denies is not.
    Likewise someone else's practice beside the trainer's ("my manager writes
    the slides and I present them") is read as the trainer working to what
    someone else does ("someone else", a first-stage cue), not as the
    manager's practice.
    """
    asserted = [c.text for c in clauses if c.assertion is Assertion.ASSERTED]
    if not asserted or not _content(tokens(" ".join(asserted))):
        return None
    limits = [c.trigger for c in clauses if c.assertion is Assertion.NEGATED and c.trigger]
    if any(c.assertion is Assertion.OTHER for c in clauses):
        limits.append("someone else")  # the trainer works to what someone else does: a first-stage cue
    return " ".join(asserted + limits)


def unasserted(clauses: tuple[Clause, ...]) -> Clause | None:
    """The clause not asserted with the most substance (the first of equals): what it is about.

    What a statement asserting nothing is about: "Honestly, I used to run the workshops, but that
    stopped" is about running workshops, given up, not about "Honestly, I".
    """
    found = [
        (_substance(tokens(c.text)), -k, c)
        for k, c in enumerate(clauses)
        if c.assertion is not Assertion.ASSERTED
    ]
    best = max(found, key=lambda f: f[:2], default=None)
    return best[2] if best is not None and best[0] else None


def _substance(words: Iterable[str]) -> int:
    """How many of the words are content words (:func:`_content` asks whether any is)."""
    return sum(w not in STOPWORDS and w not in _MARKS and not w.isdigit() for w in words)
