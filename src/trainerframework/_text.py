"""Text handling for matching: normalising, tokenising, stemming, splitting into statements."""

from __future__ import annotations

import re

__all__ = ["STOPWORDS", "Stemmer", "sentences", "tokens"]

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "also",
        "really",
        "quite",
        "lot",
        "lots",
        "thing",
        "things",
        "way",
        "ways",
        "kind",
        "sort",
        "get",
        "got",
        "make",
        "makes",
        "made",
        "like",
        "well",
        "one",
        "ones",
        "us",
        "s",
        "t",
        "m",
        "ve",
        "re",
        "ll",
        "d",
    ]
)
"""Words that carry no content for matching (they still count inside phrases)."""

_CONTRACTIONS = re.compile(r"n['’]t\b|['’](?:m|re|ve|ll|d|s)\b")
_TOKEN = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n(?=\s*[-*•]\s)")


def _expand(match: re.Match[str]) -> str:
    return " not" if match.group(0)[0] == "n" else ""


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; ``n't`` becomes ``not``, other clitics and possessive ``'s`` go."""
    return _TOKEN.findall(_CONTRACTIONS.sub(_expand, text.lower()))


def sentences(text: str) -> list[str]:
    """Split a narrative into statements: sentences, list items, paragraphs."""
    return [s.strip(" \t\n-*•") for s in _SENTENCE.split(text) if s.strip(" \t\n-*•")]


class Stemmer:
    """English Snowball stemming with a cache (stemming is the costly step)."""

    __slots__ = ("_cache", "_stem", "max_cache")

    def __init__(self, max_cache: int = 200_000) -> None:
        import snowballstemmer  # noqa: PLC0415 - only matching needs it

        self._stem = snowballstemmer.stemmer("english").stemWord
        self._cache: dict[str, str] = {}
        self.max_cache = max_cache

    def __call__(self, word: str) -> str:
        """The stem of one lower-case word."""
        found = self._cache.get(word)
        if found is None:
            if len(self._cache) >= self.max_cache:
                self._cache.clear()
            found = self._cache[word] = self._stem(word)
        return found

    def many(self, words: list[str]) -> list[str]:
        """Stems of many words, in order."""
        get = self._cache.get
        out = [get(w) for w in words]
        if None in out:
            out = [self(w) for w in words]
        return out  # type: ignore[return-value]
