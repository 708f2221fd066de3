"""Lint the matcher's lexicon (``src/trainerframework/data/lexicon.toml``).

Checks, each problem printed as ``lexicon.toml:LINE: message``:

- **one term per line** in every ``terms`` list, so a diff shows each term
  added or removed;
- **duplicates**: the same term (as the matcher reads it: lower case,
  apostrophes dropped, punctuation between words ignored) twice in one concept
  or one stage cue list;
- **copied terms**: a term of three or more words that occurs word for word in
  the labelled texts of one set only (one file under ``benchmarks/data``) and
  nowhere in the framework's own text. Such a term teaches the matcher one
  writer's sentence, not a way of speaking: that set then flatters it, and text
  the project never saw gains nothing. A phrase that independent writers of
  two sets both used ("across the region") is a way of speaking and stays. Add
  the general word or the framework's phrase instead (the word model already
  weighs single words). A new labelled set can make an older term look copied
  (the set is the first to use it): list such a term, with the set's name, in
  ``tools/lexicon_allowed.txt`` (``term  # reason``);
- **unreached terms** (``--unreached``, a report, not an error): terms whose
  words no descriptor and no labelled text contains in order (words compared,
  not stems, so a term reached only through another form of a word is listed).

Exit status 1 when any check fails. ``--fix`` rewrites the file with one term
per line (comments and order kept), without repeated and copied terms; then run
``python -m tools.matcher_baseline --check`` to see what moved. CI runs
``python -m tools.lint_lexicon``.

Usage: python -m tools.lint_lexicon [--fix] [--unreached]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "src" / "trainerframework" / "data" / "lexicon.toml"
FRAMEWORK = ROOT / "src" / "trainerframework" / "data" / "trainer-framework.json"
LABELLED = ROOT / "benchmarks" / "data"
ALLOWED = Path(__file__).resolve().parent / "lexicon_allowed.txt"

_WORD = re.compile(r"[^\W_]+")
_TERM = re.compile(r'"((?:[^"\\]|\\.)*)"')


# The matcher reads the trainer alike in any person ("asked me to" is "asked her to"):
# so does the lint, one form for each
_PERSON = {
    "he": "i", "she": "i", "him": "me", "her": "me", "my": "me", "his": "me",
    "himself": "myself", "herself": "myself", "hes": "im", "shes": "im",
}  # fmt: skip


def words(text: str) -> tuple[str, ...]:
    """Lower-case words, apostrophes dropped, one form per person: how the matcher reads a text."""
    found = _WORD.findall(text.lower().replace("'", "").replace("’", ""))
    return tuple(_PERSON.get(w, w) for w in found)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def framework_text() -> list[tuple[str, ...]]:
    """Every text of the framework file (descriptors, names, summaries), as words."""
    return [words(s) for s in _strings(json.loads(FRAMEWORK.read_text(encoding="utf-8")))]


def labelled_text() -> dict[str, list[tuple[str, ...]]]:
    """Every labelled statement and narrative under benchmarks/data, as words, by file."""
    return {
        path.name: [
            words(line.rsplit("|", 1)[-1])
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
        for path in sorted(LABELLED.glob("*.txt"))
    }


def allowed() -> frozenset[str]:
    """Terms that look copied but came before the set that uses them (``lexicon_allowed.txt``)."""
    if not ALLOWED.exists():
        return frozenset()
    lines = ALLOWED.read_text(encoding="utf-8").splitlines()
    return frozenset(term for line in lines if (term := line.split("#", 1)[0].strip()))


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    first = needle[0]
    return any(haystack[i : i + n] == needle for i, w in enumerate(haystack) if w == first)


class Term:
    """One term of a ``terms`` list: where it stands and what it says."""

    def __init__(self, text: str, line: int, owner: str) -> None:
        self.text = text
        self.line = line
        self.owner = owner
        self.words = words(text.replace("&", " "))
        self.key = tuple(sorted(words(part) for part in text.split("&")))
        """The term as the matcher reads it ("a & b" is "b & a")."""


def terms(source: str) -> list[Term]:
    """The terms of every ``terms = [...]`` list, with their line numbers and their concept or cue."""
    out: list[Term] = []
    owner = ""
    inside = False
    cues = 0
    for number, line in enumerate(source.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("[concepts."):
            owner = stripped.strip("[]")
        elif stripped == "[[stage_cues]]":
            cues += 1
            owner = f"stage_cues[{cues}]"
        if stripped.startswith("terms = ["):
            inside = True
            stripped = stripped.removeprefix("terms = [")
        if inside:
            code = stripped.split("#", 1)[0] if not stripped.startswith('"') else stripped
            out.extend(Term(m.group(1), number, owner) for m in _TERM.finditer(code))
            if stripped.endswith("]"):
                inside = False
    return out


def problems(
    source: str, fw_text: list[tuple[str, ...]], labelled: dict[str, list[tuple[str, ...]]]
) -> list[str]:
    found = terms(source)
    out = []
    per_line: dict[int, int] = {}
    for t in found:
        per_line[t.line] = per_line.get(t.line, 0) + 1
    out += [
        f"lexicon.toml:{line}: {n} terms on one line (one term per line)"
        for line, n in per_line.items()
        if n > 1
    ]
    seen: dict[tuple[str, tuple[tuple[str, ...], ...]], Term] = {}
    for t in found:
        key = (t.owner, t.key)
        if key in seen:
            first = seen[key]
            out.append(
                f"lexicon.toml:{t.line}: {t.text!r} repeats {first.text!r} (line {first.line}) in {t.owner}"
            )
        else:
            seen[key] = t
    for t in copied(found, fw_text, labelled):
        out.append(f"lexicon.toml:{t.line}: {t.text!r} ({t.owner}) is copied from a labelled text")
    return out


def copied(
    found: list[Term], fw_text: list[tuple[str, ...]], labelled: dict[str, list[tuple[str, ...]]]
) -> list[Term]:
    """Terms of three or more words in the labelled texts of one set only, and nowhere in the framework."""
    return [
        t
        for t in found
        if len(t.words) >= 3
        and "&" not in t.text
        and sum(any(_contains(s, t.words) for s in texts) for texts in labelled.values()) == 1
        and not any(_contains(s, t.words) for s in fw_text)
        and t.text not in allowed()
    ]


def rewrite(source: str, drop_terms: set[tuple[int, str]] | None = None) -> str:
    """The file with one term per line (comments kept), leaving out the terms in ``drop_terms``."""
    lines = source.splitlines()
    out = []
    inside = False
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("terms = ["):
            inside = True
            out.append(line[: line.index("terms = [")] + "terms = [")
            stripped = stripped.removeprefix("terms = [")
            if not stripped:
                continue
        if not inside:
            out.append(line)
            continue
        closing = stripped.endswith("]")
        body = stripped[:-1] if closing else stripped
        if body.startswith("#"):
            out.append("  " + body)
        else:
            for m in _TERM.finditer(body):
                if drop_terms and (number, m.group(1)) in drop_terms:
                    continue
                out.append(f'  "{m.group(1)}",')
        if closing:
            out.append("]")
            inside = False
    return "\n".join(out) + "\n"


def unreached(found: list[Term], texts: list[tuple[str, ...]]) -> list[Term]:
    """Terms whose words no descriptor and no labelled text contains in order (words, not stems)."""
    return [
        t for t in found if "&" not in t.text and not any(_contains(s, t.words) for s in texts if t.words)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.lint_lexicon", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fix", action="store_true", help="rewrite one term per line, without repeated and copied terms"
    )
    parser.add_argument("--unreached", action="store_true", help="report terms no text reaches")
    args = parser.parse_args(argv)
    source = LEXICON.read_text(encoding="utf-8")
    tomllib.loads(source)  # a file TOML cannot read fails here, with its line
    fw_text, labelled = framework_text(), labelled_text()
    if args.fix:
        found = terms(source)
        drop = {(t.line, t.text) for t in copied(found, fw_text, labelled)}
        seen: set[tuple[str, tuple[tuple[str, ...], ...]]] = set()
        for t in found:
            if (t.owner, t.key) in seen:
                drop.add((t.line, t.text))
            seen.add((t.owner, t.key))
        source = rewrite(source, drop_terms=drop)
        tomllib.loads(source)
        LEXICON.write_text(source, encoding="utf-8")
        print(f"rewrote {LEXICON.name}: one term per line, {len(drop)} repeated or copied terms dropped")
    if args.unreached:
        dead = unreached(terms(source), fw_text + [s for texts in labelled.values() for s in texts])
        for t in dead:
            print(f"lexicon.toml:{t.line}: {t.text!r} ({t.owner}) is in no descriptor or labelled text")
        print(f"{len(dead)} of {len(terms(source))} terms unreached")
    listed = problems(source, fw_text, labelled)
    for p in listed:
        print(p)
    print(f"{len(terms(source))} terms, {len(listed)} problems")
    return 1 if listed else 0


if __name__ == "__main__":
    sys.exit(main())
