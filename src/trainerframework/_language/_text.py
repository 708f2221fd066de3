"""Text handling for matching: normalising, tokenising, stemming, splitting into statements."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable

from .._base._bundled import bundled_text
from .._base._cache import once
from .._base._patterns import lazy_pattern

__all__ = [
    "DOTTED_TITLES",
    "STOPWORDS",
    "Stemmer",
    "british",
    "ended",
    "lazy_pattern",
    "names",
    "sentences",
    "tokens",
    "trimmed",
    "unquoted",
]


def _stopwords() -> frozenset[str]:
    text = bundled_text("stopwords.txt")
    return frozenset(w for line in text.splitlines() if (w := line.strip()) and not w.startswith("#"))


STOPWORDS = _stopwords()
"""English function words left out of the word signal (``data/stopwords.txt``)."""
"""Words that carry no content for matching (they still count inside phrases)."""


DOTTED_TITLES = ("Mr", "Mrs", "Ms", "Mx", "Mme", "Dr", "Dra", "Prof")
"""Titles whose full stop ends no sentence (here) and no clause (the assertion reader's tokens)."""
_TITLE_DOT = "".join(rf"(?<!\b{title}\.)" for title in DOTTED_TITLES)
"""No sentence ends at a title's full stop: "Mr. Dung designs the units".

(Not "e.g.": a narrative reads best in short pieces.)"""
_TIMESTAMP = r"\s+(?=\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp][Mm])?\])"
"""Before a chat message's time ("[09:15] Mo: ..."): each message is a statement of its own."""


def ended(marks: str) -> str:
    """Right after one of ``marks``; or after one and a closing mark where a new sentence plainly begins.

    A quoted dialogue's turn ends at its mark and closing quotation mark where the next turn
    opens with one ('... angles." "Observations?" "I made our form."'), and a quoted statement
    or exclamation where a capital letter follows too ('... the feedback: "try more pair work."
    At the whistle he ...'); an aside in brackets ends at its mark and bracket where a capital
    letter follows ('(I did that once.) Now I ...'). Not where the sentence goes on: 'I ask "What
    went well?" and then we plan', 'a workshop called "Why observe?" at the conference', '(lexis,
    etc.) for new teachers', nor after a quoted question, whose asker or answer may follow ('"Who
    designs the courses?" I asked.', 'She asked me, "Do you design courses?" Honestly, no.').
    """
    options = [rf"(?<=[{marks}])", rf"(?<=[{marks}][)\]])(?=\s+[A-Z])"]
    if stops := "".join(m for m in marks if m in ".!"):
        options.append(rf"(?<=[{stops}][\"”'’])(?=\s+[\"“'‘A-Z])")
    if asks := "".join(m for m in marks if m not in ".!"):
        options.append(rf"(?<=[{asks}][\"”'’])(?=\s+[\"“'‘])")
    return "(?:" + "|".join(options) + ")"


_BREAKS = r"\s+|\n\s*\n|\n(?=\s*[-*•]\s)|" + _TIMESTAMP
_SENTENCE = lazy_pattern(ended(".!?;") + _TITLE_DOT + _BREAKS)
_WHOLE_SENTENCE = lazy_pattern(ended(".!") + _TITLE_DOT + _BREAKS)
_TOKEN = lazy_pattern(r"[^\W_]+")  # other Unicode punctuation inside a token (rare)
# Apostrophes vanish ("don't" -> "dont", "trainer's" -> "trainers"); every other
# ASCII punctuation mark separates words. The lexicon and the descriptors go
# through the same function, so their terms and a statement's words line up.
_SPLIT = str.maketrans(
    dict.fromkeys('!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~', " ")
    | dict.fromkeys([chr(c) for c in (*range(32), 127)], " ")  # white space and control characters
    | dict.fromkeys("'’‘", None)
)


# The same for ASCII text, as a byte table: the common case, about twice as fast.
_ASCII_SPLIT = bytes(32 if _SPLIT.get(b) == " " else b for b in range(256))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, split on punctuation and white space; apostrophes dropped."""
    if text.isascii():  # every ASCII character is a letter, a digit, a separator or "'"
        return text.lower().encode("ascii").translate(_ASCII_SPLIT, b"'").decode("ascii").split()
    words = text.lower().translate(_SPLIT).split()
    if all(map(str.isalnum, words)):
        return words
    # rare: other Unicode punctuation (dashes, quotes, ellipses) inside a token
    return [part for word in words for part in _TOKEN.findall(word)]


def names(texts: Iterable[str], stem: Callable[[str], str], known: Callable[[str], bool]) -> frozenset[str]:
    """The stems of the proper names in ``texts``: people, places, languages, days, products.

    A name is written capitalised wherever it occurs ("Mehmet", "Tomás",
    "Zoom"), and its stem never in lower case: a common word is written in
    lower case somewhere in many statements ("Hopes" opening a sentence is the
    "hope" of another). A word in capitals, or in capitals but for a plural "s"
    ("CELTA", "SIGs"), is an acronym, not a name. Stems ``known`` (the
    descriptors' and the lexicon's: "English") are not names. A word that only
    ever opens a sentence is taken for a name too ("Probably", "Thrilled": in
    the bundled model's 2,860 statements some 40 of 2,100 stems, each in a few
    statements): a name that only ever opens one ("Mehmet is at his most
    comfortable ...") must not be counted, or the assertion reader would take it
    for a common word. Words are split as :func:`tokens` splits them.
    """
    capitalised: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for sentence in sentences(text):
            cased = (
                sentence.encode("ascii").translate(_ASCII_SPLIT, b"'").decode("ascii")
                if sentence.isascii()
                else sentence.translate(_SPLIT)
            ).split()
            for word in cased:
                if not word[:1].isupper():
                    lower.update(map(stem, tokens(word)))
                elif not word.rstrip("s").isupper():
                    capitalised.update(map(stem, tokens(word)))
    return frozenset(s for s in capitalised - lower if s.isalpha() and not known(s))


def sentences(text: str, *, within: bool = True) -> list[str]:
    """Split a narrative into statements: sentences, list items, paragraphs, a quoted dialogue's turns.

    A sentence ends at its mark, or at its mark and a closing quotation mark or bracket where a
    new sentence plainly begins (:func:`ended`); a turn's quotation marks at its ends are dropped
    (:func:`unquoted`).

    ``within``: split inside a sentence too, after ";" and "?" (``False`` keeps
    each sentence whole, for reading it as a whole). Line breaks and runs of
    blanks inside a statement are folded into one space.
    """
    pattern = _SENTENCE if within else _WHOLE_SENTENCE
    return [" ".join(whole.split()) for s in pattern.split(text) if (whole := trimmed(s))]


_OPENING = frozenset('"“')
_CLOSING = frozenset('"”')
_QUOTES = _OPENING | _CLOSING


def trimmed(part: str) -> str:
    """A part split off a text, as a statement.

    Without the blanks and bullets around it, nor the quotation marks a dialogue's turn leaves at
    its ends (:func:`unquoted`).
    """
    return unquoted(part.strip(" \t\n-*•"))


def unquoted(part: str) -> str:
    """A statement without the quotation marks a dialogue's turns leave at its ends.

    A turn split from the next ('... angles." "Observations?" "I made ...') keeps an opening mark
    whose closing one is in a later statement, or a closing one whose opening one was in an earlier
    one, or both around the whole turn; a quotation inside the statement ('I ask: "Why?"') keeps its
    marks. Blank text is returned as it is.
    """
    if not part:
        return part
    if part[0] in _OPENING and _CLOSING.isdisjoint(part[1:]):
        part = part[1:].lstrip()
    elif part[-1] in _CLOSING and _OPENING.isdisjoint(part[:-1]):
        part = part[:-1].rstrip()
    elif part[0] in _OPENING and part[-1] in _CLOSING and len(part) > 1 and _QUOTES.isdisjoint(part[1:-1]):
        part = part[1:-1].strip()
    return part


_US_SUFFIXES = (
    ("izations", "isations"),
    ("ization", "isation"),
    ("izing", "ising"),
    ("izers", "isers"),
    ("izer", "iser"),
    ("izes", "ises"),
    ("ized", "ised"),
    ("ize", "ise"),
    ("yzing", "ysing"),
    ("yzes", "yses"),
    ("yzed", "ysed"),
    ("yze", "yse"),
)
_US_WORDS = {
    "program": "programme",
    "programs": "programmes",
    "center": "centre",
    "centers": "centres",
    "judgment": "judgement",
    "judgments": "judgements",
    "behavior": "behaviour",
    "behaviors": "behaviours",
    "color": "colour",
    "favor": "favour",
    "honor": "honour",
    "labor": "labour",
    "neighbor": "neighbour",
    "humor": "humour",
    "catalog": "catalogue",
    "dialog": "dialogue",
    "enrollment": "enrolment",
    "practise": "practice",
    "practised": "practiced",
    "practising": "practicing",
    "practises": "practices",
}


def british(word: str) -> str:
    """UK spelling for the common US variants (-ize, -yze, program, behavior...).

    The lexicon and the framework are written in UK English; statements in US
    English ("specialize", "analyze", "organization") must reach the same
    stems. Short words (size, prize, seize) are left alone.
    """
    found = _US_WORDS.get(word)
    if found is not None:
        return found
    if len(word) >= 7 and ("iz" in word or "yz" in word):
        for us, uk in _US_SUFFIXES:
            if word.endswith(us):
                return word[: -len(us)] + uk
    return word


MAX_STEM_LENGTH = 64
"""Longer than any English word (the longest in dictionaries has 45 letters): a longer
token is not stemmed, so no statement holds the stemmer's lock for long."""


class Stemmer:
    """English Snowball stemming with a cache (stemming is the costly step)."""

    __slots__ = ("_cache", "_lock", "_stem", "max_cache")

    def __init__(self, max_cache: int = 200_000, *, known: dict[str, str] | None = None) -> None:
        # the Snowball stemmer is made when a word is first missing from the cache (importing
        # snowballstemmer loads every language's stemmer: about 9 ms, often not needed for a
        # first statement whose words the bundled table holds)
        self._stem: Callable[[str], str] | None = None
        # ``known``: stems worked out before (the bundled table of the lexicon's and the
        # descriptors' words, data/stems.json), so the first match need not stem them
        self._cache: dict[str, str] = dict(known) if known else {}
        # The Snowball stemmer keeps state between calls: one thread at a time.
        # Cached stems are read without the lock (a dict read is atomic).
        self._lock = threading.Lock()
        self.max_cache = max_cache

    def __call__(self, word: str) -> str:
        """The stem of one lower-case word (a token longer than any word is its own stem)."""
        if len(word) > MAX_STEM_LENGTH:
            return word  # not stemmed, not cached, no lock held: a 1,000,000-character token took 0.4 s
        found = self._cache.get(word)
        if found is None:
            with self._lock:
                if len(self._cache) >= self.max_cache:
                    self._cache.clear()
                # interned: the matcher's tables are keyed by stems, and a dict finds an
                # interned key by identity, without comparing the characters
                found = self._cache[word] = sys.intern(self._snowball()(british(word)))
        return found

    def _snowball(self) -> Callable[[str], str]:
        """The Snowball stemmer's function, made on first use (call it holding the lock)."""
        stem = self._stem
        if stem is None:
            import snowballstemmer  # noqa: PLC0415 - only a word missing from the cache needs it

            stem = self._stem = snowballstemmer.stemmer("english").stemWord
        return stem

    def plainly(self, word: str) -> str:
        """The stem worked out now, without the cache (what the bundled table must hold)."""
        with self._lock:
            return str(self._snowball()(british(word)))

    def many(self, words: list[str]) -> list[str]:
        """Stems of many words, in order."""
        out = list(map(self._cache.get, words))
        if None in out:
            out = [self(w) for w in words]
        return out  # type: ignore[return-value]


def bundled_stems() -> dict[str, str]:
    """The stems of the bundled lexicon's and descriptors' words (``data/stems.json``), interned.

    ``tools/build_stems.py`` writes the table; a test checks it against the
    stemmer. The first match then stems only the statement's new words: building
    the matcher stemmed about 1,500 words (some 50 ms).
    """
    return _bundled_stems()


@once
def _bundled_stems() -> dict[str, str]:
    import json  # noqa: PLC0415

    table = json.loads(bundled_text("stems.json"))
    return {word: sys.intern(stem) for word, stem in table["stems"].items()}
