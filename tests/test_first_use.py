"""First use (issue 24): the fast paths that build the matcher's bundled data agree with the plain ones.

The bundled lexicon, word model, calibration and scorer weights are read
without the strict document reader (cattrs costs start-up time); the word
model's rows are worked out once per distinct row of counts. Each is checked
here against the plain path: the strict reader, the formula written out.
(How long first use takes is measured by ``benchmarks/import_time.py``, not
here.)
"""

from __future__ import annotations

import itertools
import json
import math
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from random import Random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._base._bundled import bundled_text, bundled_toml, parsed_copy, parsed_name
from trainerframework._language._assertion import _tokens, _words
from trainerframework._language._lexicon import _person_forms, _term_variants
from trainerframework._language._text import lazy_pattern
from trainerframework._language._words import _log_rows
from trainerframework._matching._scorer import _nested

from .conftest import ROOT


def _same(fast: object, strict: object) -> None:
    """Equal, and equal in every detail the repr shows (a tuple is not a list, 1.0 is not 1)."""
    assert fast == strict
    assert repr(fast) == repr(strict)
    assert tfw.dumps(fast) == tfw.dumps(strict)


def test_a_first_match_stems_only_from_the_shipped_table() -> None:
    """Every word the matcher stems when it is built is in data/stems.json (tools/build_stems.py):
    a first match never loads the Snowball stemmer (about 20 ms of first use)."""
    code = (
        "import sys, trainerframework as t; fw = t.load_framework(); "
        "t.match(fw, 'I observe teachers and give feedback'); "
        "print('snowballstemmer' in sys.modules)"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"


class TestParsedCopies:
    """The JSON copies of the bundled TOML files are current, equal the TOML, and a stale one is ignored."""

    @pytest.mark.parametrize("name", ["lexicon.toml", "assertion.toml"])
    def test_each_copy_is_current_and_is_the_toml(self, name: str) -> None:
        from tools import build_parsed

        text = bundled_text(name)
        assert bundled_text(parsed_name(name)) == build_parsed.written(build_parsed.parsed(name)), (
            "run python -m tools.build_parsed"
        )
        copy = parsed_copy(name, text)
        assert copy is not None  # the package reads the copy, not the TOML
        parsed = tomllib.loads(text)
        assert copy == parsed
        assert json.dumps(copy) == json.dumps(parsed)  # the same types: 1.0 is not 1
        assert bundled_toml(name) == parsed

    def test_the_sources_are_every_bundled_toml_file(self) -> None:
        from tools import build_parsed

        data = Path(tfw.__file__).parent / "data"
        assert sorted(build_parsed.SOURCES) == sorted(p.name for p in data.glob("*.toml"))

    def test_a_stale_copy_is_ignored(self) -> None:
        text = bundled_text("lexicon.toml")
        assert parsed_copy("lexicon.toml", text + "\n# edited\n") is None
        assert parsed_copy("no-such-file.toml", text) is None


class TestBundledDocuments:
    """Each bundled document read the fast way equals the same file read by the strict reader."""

    def test_lexicon(self) -> None:
        strict = tfw.Lexicon.from_document(tomllib.loads(bundled_text("lexicon.toml")))
        _same(tfw.Lexicon.bundled(), strict)

    def test_word_model(self) -> None:
        strict = tfw.WordModel.from_document(json.loads(bundled_text("word_model.json")))
        fast = tfw.WordModel.bundled()
        _same(fast, strict)
        assert fast._logs() == strict._logs()
        stems = [stem for stem, _ in fast.words]
        assert _asked(fast, stems) == _asked(strict, stems)

    def test_calibration(self) -> None:
        _same(
            tfw.Calibration.bundled(),
            tfw.Calibration.from_document(json.loads(bundled_text("calibration.json"))),
        )

    def test_scorer_weights(self) -> None:
        strict = tfw.ScorerWeights.from_document(json.loads(bundled_text("scorer.json")))
        _same(tfw.ScorerWeights.bundled(), strict)
        lexicon = tfw.ScorerWeights.from_document(json.loads(bundled_text("scorer_lexicon.json")))
        _same(tfw.ScorerWeights.bundled(word_model=False), lexicon)


def _plain_rows(
    words: tuple[tuple[str, tuple[int, ...]], ...], alpha: float
) -> tuple[dict[str, tuple[float, ...]], dict[str, tuple[float, ...]]]:
    """The word model's rows as the formula says, one stem and one class at a time."""
    v = len(words)
    k = len(words[0][1]) if words else 0
    totals = [sum(counts[i] for _, counts in words) for i in range(k)]
    log = {
        stem: tuple(
            math.log(counts[i] + alpha) - (math.log(totals[i] + alpha * v) if totals[i] + v else 0.0)
            for i in range(k)
        )
        for stem, counts in words
    }
    linear = {stem: tuple(math.exp(x - max(row)) for x in row) for stem, row in log.items()}
    return log, linear


@st.composite
def _counts(draw: Any) -> tuple[tuple[tuple[str, tuple[int, ...]], ...], float]:
    k = draw(st.integers(1, 6))
    stems = draw(st.lists(st.text("abcdef", min_size=1, max_size=4), unique=True, max_size=30))
    # few distinct counts, so that rows repeat (as they do in the bundled model)
    rows = [draw(st.tuples(*[st.integers(0, 3)] * k)) for _ in stems]
    # ordinary smoothing, and smoothing so small the ratios would overflow (the log way then)
    alpha = draw(st.one_of(st.floats(0.01, 5.0), st.sampled_from([5e-324, 1e-320, 1e-300, 1e-290])))
    return tuple(sorted(zip(stems, rows, strict=True))), alpha


def _asked(model: tfw.WordModel, stems: list[str]) -> dict[str, tuple[float, ...]]:
    """The linear rows of these stems as the matcher asks for them: a few at a time, kept once worked out."""
    out: dict[str, tuple[float, ...]] = {}
    for i in range(0, len(stems), 7):
        batch = [s for s in stems[i : i + 7] if s in model._counts]
        out.update(zip(batch, model._linear_rows([model._counts[s] for s in batch]), strict=True))
    return out


def _close(a: dict[str, tuple[float, ...]], b: dict[str, tuple[float, ...]]) -> bool:
    """The same stems, and rows equal to within rounding (the linear rows are worked out without logs)."""
    return a.keys() == b.keys() and all(
        len(a[k]) == len(b[k])
        and all(math.isclose(x, y, rel_tol=1e-12) for x, y in zip(a[k], b[k], strict=True))
        for k in a
    )


class TestWordModelRows:
    """The rows worked out once per distinct counts equal the formula worked out per stem: the log rows
    bit for bit, the linear ones (ratios of smoothed counts, no logs) to within rounding."""

    @given(_counts())
    def test_rows_are_the_formula(self, case: tuple[tuple[tuple[str, tuple[int, ...]], ...], float]) -> None:
        words, alpha = case
        log, linear = _plain_rows(words, alpha)
        assert _log_rows(words, alpha, linear=False) == log
        linear_rows = _log_rows(words, alpha, linear=True)
        assert _close(linear_rows, linear)

    @given(_counts(), st.randoms(use_true_random=False))
    def test_rows_worked_out_as_asked_for_are_the_rows_worked_out_at_once(
        self, case: tuple[tuple[tuple[str, tuple[int, ...]], ...], float], random: Random
    ) -> None:
        # the matcher works a row out the first time a statement has its stem: in any order of
        # asking, and asked again, bit for bit the rows worked out all at once
        words, alpha = case
        all_at_once = _log_rows(words, alpha, linear=True)
        k = len(words[0][1]) if words else 1
        model = tfw.WordModel(
            framework_id="f", categories=[f"c{i}" for i in range(k)], stages=[], statements=[1] * k,
            words=words, alpha=alpha,
        )  # fmt: skip
        stems = [stem for stem, _ in words] * 2
        random.shuffle(stems)
        assert _asked(model, stems) == all_at_once
        assert len(model._linear) == len({counts for _, counts in words})  # one row per distinct counts

    def test_the_bundled_model(self) -> None:
        model = tfw.WordModel.from_document(json.loads(bundled_text("word_model.json")))
        assert model._log is None  # not worked out until a posterior or a long text asks
        log, linear = _plain_rows(model.words, model.alpha)
        assert model._logs() == log
        assert model._linear == {}  # nor the linear rows, until a statement has their stems
        rows = _asked(model, [stem for stem, _ in model.words])
        assert _close(rows, linear)
        assert max(max(row) for row in rows.values()) == 1.0  # each row over its largest: exactly 1

    def test_a_vanishing_smoothing_still_scores(self) -> None:
        # alpha near the smallest float: the ratios would be subnormal or overflow, so logs are used
        fw = tfw.load_framework()
        cats, stages = [c.id for c in fw.categories], [s.id for s in fw.stages]
        row = (*[1] * (len(cats) - 1), 0, *[1] * len(stages))
        model = tfw.WordModel(
            framework_id=fw.id, categories=cats, stages=stages, statements=[1] * len(row),
            words=[("observ", row), ("feedback", row)], alpha=1e-320,
        )  # fmt: skip
        scores = tfw.LexiconScorer(fw, word_model=model).scores("I observe teachers and give feedback")
        assert all(math.isfinite(x) for x in scores)
        assert max(scores) == pytest.approx(1.0)

    def test_a_row_over_its_largest_has_a_one(self) -> None:
        rows = _log_rows((("a", (3, 0, 1)), ("b", (0, 2, 2))), 0.5, linear=True)
        assert all(1.0 in row for row in rows.values())
        assert _close(rows, _plain_rows((("a", (3, 0, 1)), ("b", (0, 2, 2))), 0.5)[1])


_PATTERNS = [
    (r"(?i)\bbetween (?:19|20)\d\d and (?:19|20)\d\d\b", 0),
    (r"(?m)^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+", 0),
    (r"(?<=[?;])\s+", 0),
    (r"(\*\*|__|`+)", 0),
    (r"[^\W_]+(?:['’][^\W_]+)?", re.IGNORECASE),
]
_PIECES = [*"ab 12;?*_`-\n•'’", "2019", "between", "BETWEEN", " and "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=20).map("".join)


class TestLazyPatterns:
    """A pattern compiled on first use gives what the pattern compiled at once gives, method by method."""

    @given(st.sampled_from(_PATTERNS), _TEXT)
    def test_every_method(self, case: tuple[str, int], text: str) -> None:
        source, flags = case
        lazy, compiled = lazy_pattern(source, flags), re.compile(source, flags)

        def spans(found: re.Match[str] | None) -> tuple[int, int] | None:
            return None if found is None else found.span()

        assert spans(lazy.search(text)) == spans(compiled.search(text))
        assert spans(lazy.match(text)) == spans(compiled.match(text))
        assert spans(lazy.fullmatch(text)) == spans(compiled.fullmatch(text))
        assert lazy.findall(text) == compiled.findall(text)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert lazy.split(text) == compiled.split(text)
        assert lazy.sub("<>", text) == compiled.sub("<>", text)

    def test_other_attributes_are_missing(self) -> None:
        with pytest.raises(AttributeError):
            _ = lazy_pattern("a").groups


_WORDS = st.lists(
    st.sampled_from(["i", "me", "her", "my", "myself", "im", "she", "observ", "lesson", "feedback", ""]),
    max_size=4,
)
_TERMS = st.lists(st.sampled_from([*"aZ9 ,'’-", "don't", "no", "Never", " - ", "éé", "_"]), max_size=12).map(
    "".join
)


class TestTermReading:
    """The short cuts taken for plain terms give what the general reading gives."""

    @given(_WORDS)
    def test_a_term_without_a_pronoun_is_itself(self, stems: list[str]) -> None:
        plain = [tuple(v) for v in itertools.product(*(_person_forms(s, len(stems) == 1) for s in stems))]
        assert _term_variants(stems) == plain
        assert plain[0] == tuple(stems)  # the first variant is the term's own stems (its term_key)

    @given(_TERMS)
    def test_a_trigger_term_of_plain_words(self, term: str) -> None:
        assert _words(term) == tuple(_tokens(term).words)

    def test_every_bundled_trigger_term(self) -> None:
        data = tomllib.loads(bundled_text("assertion.toml"))
        tables = [table for table in data.values() if isinstance(table, dict)]
        terms = [t for table in tables for terms in table.values() for t in terms]
        assert len(terms) > 500
        assert all(_words(t) == tuple(_tokens(t).words) for t in terms)


class TestNestedDescriptors:
    """The scorer's nested pairs, tested within each category, are every pair tested in turn."""

    @pytest.mark.parametrize("path", [None, ROOT / "examples" / "mentoring-framework.toml"])
    def test_the_pairs_of_every_pair(self, path: Path | None) -> None:
        fw = tfw.load_framework(path) if path is not None else tfw.load_framework()
        order = {s.id: i for i, s in enumerate(fw.stages)}
        plain = [
            (i, j)
            for i, low in enumerate(fw.descriptors)
            for j, high in enumerate(fw.descriptors)
            if low.category_id == high.category_id
            and order[low.stage.id] < order[high.stage.id]
            and low.text.rstrip(". ") in high.text
        ]
        assert _nested(fw.descriptors, order) == plain
        assert tfw.LexiconScorer(fw)._nested == plain
