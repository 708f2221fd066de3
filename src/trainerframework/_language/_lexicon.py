"""The domain lexicon: everyday trainer vocabulary linked to the framework's concepts and stages.

The bundled lexicon lives in ``data/lexicon.toml``; its format is documented
at the top of that file and in the docs ("How matching works").
"""

from __future__ import annotations

import bisect
import itertools
import operator
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, cast

import attrs

from .._base._bundled import bundled_toml
from .._base._cache import once
from .._base._documents import (
    RANK_MESSAGE,
    Unparsable,
    member,
    parse_toml,
    structure,
)
from .._base._input import read_text
from ..exceptions import InvalidInputError, Problem
from ._text import Stemmer, tokens

if TYPE_CHECKING:
    from ._formats import LexiconDoc
    from ._hits import Hit

__all__ = ["Concept", "Lexicon", "StageCue"]

LEXICON_VERSION = 1
_WINDOW = 6  # words within which the parts of an "a & b" term must occur
_RANKS = (1, 2, 3)


def _is_rank(rank: object) -> TypeGuard[int]:
    """Stage cue ranks are 1, 2 or 3 (the matcher spreads them over the framework's stages)."""
    return type(rank) is int and rank in _RANKS


@attrs.frozen(kw_only=True)
class Concept:
    """A concept of trainer practice and the words that express it."""

    id: str
    """Stable id, for example ``"observing"``."""
    label: str
    """What the concept is about."""
    categories: tuple[tuple[str, float], ...]
    """How strongly the concept points at each category id (0 to 1)."""
    terms: tuple[str, ...]
    """Words and phrases that express it (``"a & b"``: both near each other; a part may be a phrase)."""
    weight: float = 1.0
    """Multiplier for the concept's evidence."""


@attrs.frozen(kw_only=True)
class StageCue:
    """Words that point at a stage by rank (1 = lowest)."""

    rank: int
    """1 for the lowest stage, 2 for the middle, 3 for the highest."""
    terms: tuple[str, ...]
    """The cue words and phrases."""
    weight: float = 1.0
    """How strongly they point at that rank."""


Pattern = tuple[str, ...]

# The trainer in the first person and in the third read alike: a term written as "asked me
# to", "my own classroom" or "I designed" also finds "asked him to", "her own classroom" or
# "she designed", and the other way round. Terms are expanded to every form when the lexicon
# is compiled, so reading a text costs nothing more. A phrase fixes what "her" is ("asked
# her to", "her own classroom"); a co-occurrence part that is a pronoun alone ("feedback &
# me") does not, so there "her" stands only for itself. Plural pronouns (we, they, them) keep
# their own meaning: "gives us" is not "give me", and "helps them" (others) is not "helps me".
_FORMS = {
    "subject": ("i", "he", "she"),
    "object": ("me", "him", "her"),
    "possessive": ("my", "his", "her"),
    "reflexive": ("myself", "himself", "herself"),
    "contracted": ("im", "hes", "shes"),
}
_CLASSES: dict[str, tuple[str, ...]] = {}
for _name, _forms in _FORMS.items():
    for _form in _forms:
        _CLASSES[_form] = (*_CLASSES.get(_form, ()), _name)


def _person_forms(stem: str, alone: bool) -> tuple[str, ...]:
    """Every form a term's stem stands for: itself, or each person of its pronoun."""
    classes = _CLASSES.get(stem)
    if classes is None:
        return (stem,)
    forms = dict.fromkeys(f for c in classes for f in _FORMS[c] if not (alone and f == "her" and f != stem))
    return (stem, *(f for f in forms if f != stem))


def _term_variants(stems: list[str]) -> list[tuple[str, ...]]:
    """A term's stems in every person (a part of one pronoun alone leaves "her" ambiguous)."""
    if _CLASSES.keys().isdisjoint(stems):
        return [tuple(stems)]  # no pronoun (most terms): the term itself, as the product below gives
    alone = len(stems) == 1
    return [tuple(v) for v in itertools.product(*(_person_forms(s, alone) for s in stems))]


def _term_problem(term: str) -> str | None:
    """What makes a term unable to match anything, or None."""
    if "&" in term:
        empty = [i for i, part in enumerate(term.split("&"), 1) if not tokens(part)]
        if empty:
            return f"term {term!r}: part {empty[0]} has no words"
    elif not tokens(term):
        return f"term {term!r} has no words"
    return None


class _Patterns:
    """Phrase and co-occurrence patterns over stems (concepts and stage cues together).

    Single-word terms are looked up by stem, longer phrases by their first two
    stems, co-occurrence terms by their longest (rarest) part, so finding terms
    costs a few dictionary look-ups per word.
    """

    def __init__(self, groups: list[tuple[str, float, tuple[str, ...]]], stem: Stemmer) -> None:
        """``groups``: each concept's and stage cue's (target, weight, terms), in the lexicon's order."""
        # per single-word stem: its concept hits and its stage cue hits, apart (a phrase hides
        # only the terms of its own kind), each in the order of the terms
        self.single: dict[str, tuple[tuple[RawHit, ...], tuple[RawHit, ...]]] = {}
        # each term's words as stems: "reading" and "readings" are one word of a text
        self.term_key: dict[str, tuple[str, ...]] = {}
        # (first stem, second stem) -> [(pattern, length, hit, is a cue)], longest first (a
        # two-word phrase is found by its key alone: its pattern is empty)
        self.multi: dict[tuple[str, str], tuple[tuple[Pattern, int, RawHit, bool], ...]] = {}
        # key stem -> [(all parts, each a phrase of stems, hit)]
        # (parts, hit, the first stems of every part: all must be in a text before it is searched)
        self.cooccur: dict[str, list[tuple[tuple[Pattern, ...], RawHit, frozenset[str]]]] = {}
        # kept as tuples, and built as tuples (most keys have one entry): tuples of strings and
        # numbers are no work for the garbage collector once it has seen them
        single, multi, term_key = self.single, self.multi, self.term_key
        seen: dict[str, set[Pattern]] = {}  # per target, its patterns so far
        stems_of, pronouns = stem.many, _CLASSES.keys()
        for target, weight, terms in groups:
            cue = target.startswith("stage:")
            found = seen.setdefault(target, set())  # (a rank's cues may come in several groups)
            for term in terms:
                hit = (term, target, weight)
                if "&" in term:
                    self._add_cooccurrence(term, hit, stem)
                    continue
                stems = stems_of(tokens(term))
                # no pronoun (most terms): the term itself, as _term_variants gives it (without the call)
                variants = (tuple(stems),) if pronouns.isdisjoint(stems) else _term_variants(stems)
                if term not in term_key:
                    term_key[term] = variants[0]  # the first variant is the term's own stems
                for pattern in variants:
                    if not pattern or pattern in found:  # "provides" and "provided" share a stem
                        continue
                    found.add(pattern)
                    k = len(pattern)
                    if k == 1:
                        concepts, cues = single.get(pattern[0], ((), ()))
                        single[pattern[0]] = (concepts, (*cues, hit)) if cue else ((*concepts, hit), cues)
                    else:
                        pair = (pattern[0], pattern[1])
                        multi[pair] = (*multi.get(pair, ()), (pattern if k > 2 else (), k, hit, cue))
        for pair, options in multi.items():
            if len(options) > 1:
                multi[pair] = tuple(sorted(options, key=lambda o: -o[1]))
        self.cooccur_keys = frozenset(self.cooccur)

    def _add_cooccurrence(self, term: str, hit: RawHit, stem: Stemmer) -> None:
        """An "a & b" term, in every reading of its parts' pronouns."""
        readings = itertools.product(
            *(_term_variants(stem.many(words)) for part in term.split("&") if (words := tokens(part)))
        )
        for reading in readings:
            parts = tuple(reading)
            # keyed by the longest first stem of a part: the rarest, so the fewest texts get further
            key = max((p[0] for p in parts), key=len)
            self.cooccur.setdefault(key, []).append((parts, hit, frozenset(p[0] for p in parts)))

    def find(self, stems: list[str]) -> list[RawHit]:
        """Hits in a stemmed text; a longer phrase hides the shorter terms of its kind inside it."""
        multi_get = self.multi.get
        found: list[tuple[int, int, int, RawHit, bool]] = []  # (-length, start, end, hit, is a cue)
        for i, phrases in enumerate(map(multi_get, itertools.pairwise(stems))):
            if phrases:
                for pattern, k, hit, cue in phrases:
                    if k == 2 or tuple(stems[i : i + k]) == pattern:
                        found.append((-k, i, i + k, hit, cue))
        single_get = self.single.get
        hits: list[RawHit]
        if not found:
            hits = []
            for concepts, cues in filter(None, map(single_get, stems)):
                hits += concepts
                hits += cues
        else:
            # concepts and stage cues hide shorter terms of their own kind only
            found.sort(key=_LONGEST_FIRST)  # stable: terms of one span keep their order
            covered = ([1] * len(stems), [1] * len(stems))
            hits = []
            for negative_length, start, end, hit, cue in found:
                length = -negative_length
                cover = covered[cue]
                if max(cover[start:end]) > length:
                    continue
                cover[start:end] = [length] * length
                hits.append(hit)
            concepts_cover, cues_cover = covered
            for i, options in enumerate(map(single_get, stems)):
                if options:
                    if concepts_cover[i] == 1:
                        hits += options[0]
                    if cues_cover[i] == 1:
                        hits += options[1]
        keys = self.cooccur_keys.intersection(stems)
        if keys:
            present = set(stems)
            positions: dict[str, list[int]] | None = None  # built only when some term's parts are all there
            for key in keys:
                for parts, hit, needed in self.cooccur[key]:
                    if needed <= present:
                        if positions is None:
                            positions = {}
                            for i, s in enumerate(stems):
                                positions.setdefault(s, []).append(i)
                        found_at = [_starts(p, positions[p[0]], stems) for p in parts]
                        if all(found_at) and _near(found_at):
                            hits.append(hit)
        return hits


RawHit = tuple[str, str, float]
"""(term, target, weight): a Hit without the object."""

_LONGEST_FIRST = operator.itemgetter(0, 1)
"""The sort key of found phrases, (-length, start, ...): the longest first, then by position."""


def _words_problems(data: object) -> list[Problem]:
    """Terms without words, wherever a document holds a list of terms (sound or not otherwise)."""
    tables: list[tuple[str, object]] = []
    if isinstance(data, Mapping):
        concepts, cues = data.get("concepts"), data.get("stage_cues")
        if isinstance(concepts, Mapping):
            tables += [(member("$.concepts", str(cid)), c) for cid, c in concepts.items()]
        if isinstance(cues, list):
            tables += [(f"$.stage_cues[{i}]", c) for i, c in enumerate(cues)]
    problems = []
    for where, table in tables:
        terms = table.get("terms") if isinstance(table, Mapping) else None
        if isinstance(terms, list):
            problems += [
                Problem(f"{where}.terms[{i}]", message)
                for i, term in enumerate(terms)
                if isinstance(term, str) and term.strip() and (message := _term_problem(term))
            ]
    return problems


def _term_problems(terms: list[str], where: str) -> list[Problem]:
    """A problem for each term that could never match, named by its index."""
    return [
        Problem(f"{where}[{i}]", message) for i, term in enumerate(terms) if (message := _term_problem(term))
    ]


def _term_list_problems(terms: object, where: str) -> list[Problem]:
    """Problems of a list of terms given in code (a bare string is not a list of terms)."""
    if isinstance(terms, str) or not isinstance(terms, list | tuple):
        return [Problem(where, f"expected a list of strings, not {type(terms).__name__}")]
    if not all(isinstance(t, str) for t in terms):
        return [Problem(where, "expected a list of strings")]
    return _term_problems(list(terms), where)


def _starts(phrase: Pattern, candidates: list[int], stems: list[str]) -> list[int]:
    """The positions among ``candidates`` (where the phrase's first stem is) at which all of it occurs."""
    k = len(phrase)
    if k == 1:
        return candidates
    rest = list(phrase[1:])
    return [i for i in candidates if stems[i + 1 : i + k] == rest]


def _near(lists: list[list[int]]) -> bool:
    """Whether some position of the first part has every other part within the window.

    The lists are ascending (positions in a text), so each is searched by
    bisection: a long text with many far-apart occurrences stays O(n log n).
    """
    first, *rest = lists
    for p in first:
        low, high = p - _WINDOW, p + _WINDOW
        for other in rest:
            i = bisect.bisect_left(other, low)
            if i == len(other) or other[i] > high:
                break
        else:
            return True
    return False


@attrs.frozen(kw_only=True)
class Lexicon:
    """Concepts and stage cues that link everyday words to the framework.

    Load the bundled lexicon with :meth:`bundled`, your own with
    :meth:`load`, or extend one with :meth:`extended`.
    """

    concepts: tuple[Concept, ...]
    """The concepts, in file order."""
    stage_cues: tuple[StageCue, ...] = ()
    """The stage cues."""
    _compiled: dict[str, Any] = attrs.field(factory=dict, init=False, eq=False, hash=False, repr=False)

    @classmethod
    def bundled(cls) -> Lexicon:
        """The lexicon shipped with trainerframework (cached)."""
        return _bundled()

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Lexicon:
        """Read a lexicon file (TOML, the bundled file's format)."""
        from pathlib import Path  # noqa: PLC0415 - pathlib costs ~3 ms of imports at a first match

        p = Path(path)
        text = read_text(p, "lexicon file")
        try:
            data = parse_toml(text)
        except Unparsable as exc:
            raise InvalidInputError(exc.located(str(p)), str(p)) from None
        return cls.from_document(cast("dict[str, Any]", data), str(p))  # TOML's top level is a table

    @classmethod
    def from_document(cls, data: Mapping[str, Any], source: str = "<lexicon>") -> Lexicon:
        """Build a lexicon from a parsed document, reporting every problem with its path.

        The document is structured by the library's strict document reader
        (no coercion, no unknown keys); then every term is checked for words.
        """
        from ._formats import LexiconDoc  # noqa: PLC0415 - only a user's lexicon file needs it

        doc, problems = structure(data, LexiconDoc)
        version = data.get("schema_version") if isinstance(data, Mapping) else None
        if type(version) is int and version != LEXICON_VERSION:
            problems.append(Problem("$.schema_version", f"expected {LEXICON_VERSION}"))
        problems += _words_problems(data)
        if problems or doc is None:
            raise InvalidInputError(problems, source)
        return cls._of(doc)

    @classmethod
    def _of(cls, doc: LexiconDoc) -> Lexicon:
        """The lexicon of a structured (checked) document."""
        return cls(
            concepts=tuple(
                Concept(
                    id=cid,
                    label=c.label if c.label is not None else cid,
                    categories=tuple(c.categories.items()),
                    terms=c.terms,
                    weight=c.weight,
                )
                for cid, c in doc.concepts.items()
            ),
            stage_cues=tuple(StageCue(rank=c.rank, terms=c.terms, weight=c.weight) for c in doc.stage_cues),
        )

    def extended(
        self,
        concepts: Mapping[str, list[str]] | None = None,
        stage_cues: Mapping[int, list[str]] | None = None,
    ) -> Lexicon:
        """A copy with more terms: ``{concept_id: [terms]}`` and ``{rank: [terms]}``.

        Raises :exc:`KeyError` for an unknown concept id and
        :exc:`~trainerframework.InvalidInputError` naming each term list that
        is not a list of strings, each term without words and each rank other
        than 1, 2 or 3.
        """
        for name, arg in (("concepts", concepts), ("stage_cues", stage_cues)):
            if arg is not None and not isinstance(arg, Mapping):
                msg = f"{name} must be a mapping of {name[:-1]} to a list of terms, not {type(arg).__name__}"
                raise TypeError(msg)
        problems: list[Problem] = []
        for cid, terms in (concepts or {}).items():
            problems += _term_list_problems(terms, f"concepts[{cid!r}]")
        for rank, terms in (stage_cues or {}).items():
            if not _is_rank(rank):
                problems.append(Problem(f"stage_cues[{rank!r}]", RANK_MESSAGE))
            problems += _term_list_problems(terms, f"stage_cues[{rank!r}]")
        if problems:
            raise InvalidInputError(problems, "<Lexicon.extended>")
        by_id = {c.id: c for c in self.concepts}
        for cid, terms in (concepts or {}).items():
            old = by_id.get(cid)
            if old is None:
                msg = f"unknown concept {cid!r}: add new concepts through a lexicon file"
                raise KeyError(msg)
            by_id[cid] = attrs.evolve(old, terms=old.terms + tuple(terms))
        cues = list(self.stage_cues)
        for rank, terms in (stage_cues or {}).items():
            cues.append(StageCue(rank=rank, terms=tuple(terms)))
        return Lexicon(concepts=tuple(by_id.values()), stage_cues=tuple(cues))

    # -- compiled matcher (built on first use, per lexicon) ----------------------------

    def _patterns(self, stem: Stemmer) -> _Patterns:
        patterns = self._compiled.get("patterns")
        if patterns is None:
            groups = [(c.id, c.weight, c.terms) for c in self.concepts]
            groups += [(f"stage:{cue.rank}", cue.weight, cue.terms) for cue in self.stage_cues]
            patterns = self._compiled["patterns"] = _Patterns(groups, stem)
        return patterns

    def find(self, stems: list[str], stem: Stemmer) -> list[RawHit]:
        """Concept and stage cue terms in a stemmed text, as (term, target, weight)."""
        return self._patterns(stem).find(stems)

    def concept_hits(self, stems: list[str], stem: Stemmer) -> list[Hit]:
        """Concept terms found in a stemmed text."""
        from ._hits import Hit  # noqa: PLC0415 - the matcher reads raw hits: a first match needs no Hit

        return [Hit(*h) for h in self.find(stems, stem) if not h[1].startswith("stage:")]

    def cue_hits(self, stems: list[str], stem: Stemmer) -> list[Hit]:
        """Stage cue terms found in a stemmed text."""
        from ._hits import Hit  # noqa: PLC0415 - the matcher reads raw hits: a first match needs no Hit

        return [Hit(*h) for h in self.find(stems, stem) if h[1].startswith("stage:")]


@once
def _bundled() -> Lexicon:
    # Shipped data is built without cattrs (start-up cost); tests/test_first_use.py checks
    # that the strict reader (Lexicon.from_document) gives the same lexicon for it.
    return _trusted_lexicon(bundled_toml("lexicon.toml"))


def _trusted_lexicon(data: dict[str, Any]) -> Lexicon:
    """The lexicon of a document known to be valid (the bundled one), read without the document classes."""
    return Lexicon(
        concepts=tuple(
            Concept(
                id=cid,
                label=c.get("label", cid),
                categories=tuple((k, float(v)) for k, v in c.get("categories", {}).items()),
                terms=tuple(c["terms"]),
                weight=float(c.get("weight", 1.0)),
            )
            for cid, c in data.get("concepts", {}).items()
        ),
        stage_cues=tuple(
            StageCue(rank=c["rank"], terms=tuple(c["terms"]), weight=float(c.get("weight", 1.0)))
            for c in data.get("stage_cues", ())
        ),
    )
