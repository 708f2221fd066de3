"""The matcher's hot-path twins agree with the plain formulas they unroll (to 1e-9).

Each fast path's docstring names its test here:

- ``CellIndex.confidences`` inlines :meth:`Calibration.confidence` over
  ``CellIndex.features`` (no feature tuples, the sigmoid written out);
- ``WordModel._mix`` multiplies word rows in linear space and writes out the
  three stages, where the plain path is ``_relatives`` (log space, ``_scaled``)
  followed by ``mixed_signals``;
- ``LexiconScorer.explain`` works out what a statement's matches share once
  (``_explaining``), where the plain path ``_explain_plainly`` reads every
  match from the statement anew; and ``match()`` defers each explanation until
  it is read, which must give the same value however late;
- ``_index.scope_states`` (profiling) computes each distinct pattern of a
  scope's credits once and looks it up after, where the plain formula sums
  each stage's credits over its descriptors and decides the stage;
- ``_profile._credit_map`` builds the credit per descriptor in C where every
  judgement has weight, where the plain formula is a judgement's credit per
  descriptor judged once with weight above 0, unknown descriptors left out
  and named in the warnings;
- ``_frames._distinct_rows`` numbers a frame's distinct rows by numbering each
  column and combining the numbers, where the plain formula keys each row by
  its cells (nulls one value; a mixed column's cells with their types);
- ``_assertion._options`` gives the trigger phrases that can start at a word
  by its next word, where the plain scan tries every phrase of its first word;
- ``_assertion._has_goal_label`` leaves out the search for a form's goal label
  in ASCII text that holds none of its words (found by one search for any of them);
- ``_assertion._phrase_starts`` looks only at the words a trigger phrase
  begins with, where the plain scan looks at every pair of words; and
  ``_assertion._first_role`` only at determiners, where the plain scan tries
  every word; ``_assertion._statuses`` asks whether "she" or "he" goes on
  with someone named only in a statement that has one; ``_assertion._tokens``
  reads ASCII text with an ASCII pattern; ``_assertion._sentence_bounds`` fills
  each stretch between marks at once, where the plain formula looks back and
  forward from each token;
- ``_base._gc.paused_gc`` pauses the collector around large cohort builds and
  restores it as it was.

The cohort exports built column by column (``_cohort/_export.py``) and the
packed agreement codes are checked against their plain formulas in
``tests/test_cohort_columns.py``; ``tests/test_same_results.py`` checks that
all of them give the results of the release before, bit for bit.
"""

from __future__ import annotations

import concurrent.futures
import copy
import functools
import gc
import itertools
import math
import pickle

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import trainerframework as tfw
from tools.labelled import load
from trainerframework._base._gc import BULK, paused_gc
from trainerframework._language._assertion import (
    _ASCII_TOKEN,
    _GOAL_LABEL,
    _GOAL_WORD,
    _GOAL_WORDS,
    _HE_OR_SHE,
    _TOKEN,
    _at,
    _first_role,
    _has_goal_label,
    _options,
    _phrase_starts,
    _sentence_bounds,
    _sentence_end,
    _sentence_start,
    _someone_named_goes_on,
    _triggers,
)
from trainerframework._language._words import _LINEAR_WORDS, mixed_signals
from trainerframework._matching._confidence import CellIndex
from trainerframework._matching._matcher import what_is_asserted
from trainerframework._profiling._index import _MEMO_CAP, compiled_index, scope_states
from trainerframework._profiling._profile import DEFAULT_RULES, _credit_map

from .plain import plain_stage
from .strategies import evidences, frameworks, profiles, rules_values

FW = tfw.load_framework()
WORDS = tfw.WordModel.bundled()
VOCABULARY = sorted(stem for stem, _ in WORDS.words)
STATEMENTS = [text for *_, text in load()][::7]
SCORER = tfw.LexiconScorer(FW)

unit = st.floats(min_value=0.0, max_value=1.0)
weight = st.floats(min_value=-30.0, max_value=30.0, allow_nan=False)


def _close(fast: list[float], plain: list[float]) -> bool:
    return len(fast) == len(plain) and all(
        math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9) for a, b in zip(fast, plain, strict=True)
    )


@st.composite
def scored(
    draw: st.DrawFn, framework: st.SearchStrategy[tfw.Framework]
) -> tuple[CellIndex, list[float], list[int]]:
    """A framework's cell index, a score per descriptor and every index best first (as the matcher orders)."""
    fw = draw(framework)
    n = len(fw.descriptors)
    scores = draw(st.lists(unit | st.just(0.0), min_size=n, max_size=n))
    order = sorted(range(n), key=scores.__getitem__, reverse=True)
    return CellIndex(fw), scores, order


class TestCellIndexConfidences:
    """Guards ``CellIndex.confidences``."""

    @given(
        scored(st.just(FW) | frameworks),
        st.integers(min_value=1, max_value=80),
        st.tuples(weight, weight, weight, weight),
        weight,
    )
    def test_equals_calibration_confidence_over_features(
        self,
        case: tuple[CellIndex, list[float], list[int]],
        limit: int,
        weights: tuple[float, float, float, float],
        intercept: float,
    ) -> None:
        cells, scores, order = case
        calibration = tfw.Calibration(weights=weights, intercept=intercept)
        plain = [calibration.confidence(f) for f in cells.features(scores, order, limit)]
        assert _close(cells.confidences(scores, order, limit, calibration), plain)

    def test_no_order_no_confidences(self) -> None:
        assert CellIndex(FW).confidences([0.0] * len(FW.descriptors), [], 5, tfw.Calibration.bundled()) == []


@functools.cache
def _model(weight: float, stage_weight: float) -> tfw.WordModel:
    return attrs.evolve(WORDS, weight=weight, stage_weight=stage_weight)


stems = st.lists(st.sampled_from(VOCABULARY) | st.sampled_from(["zzz", "qqq"]), max_size=_LINEAR_WORDS + 20)


class TestWordModelMix:
    """Guards ``WordModel._mix``."""

    @given(
        st.sampled_from([0.0, 0.2, 0.6, 1.0]),
        st.sampled_from([0.0, 0.2, 0.5, 1.0]),
        st.lists(
            st.floats(min_value=0.0, max_value=20.0),
            min_size=len(WORDS.categories),
            max_size=len(WORDS.categories),
        ),
        st.lists(st.floats(min_value=0.01, max_value=1.0), min_size=3, max_size=3),
        stems,
    )
    @example(0.0, 0.0, [0.0, 0.0, 0.0, 0.0, 5e-324], [1.0, 1.0, 1.0], [])  # a subnormal signal: no inf * 0
    def test_equals_relatives_then_mixed(
        self, mix: float, stage_mix: float, concepts: list[float], cues: list[float], words: list[str]
    ) -> None:
        model = _model(mix, stage_mix)
        unique = list(dict.fromkeys(words))
        category, stage = model._mix(concepts, cues, unique)
        by_category, by_stage = model._relatives(unique)
        assert all(map(math.isfinite, category + stage))
        assert _close(category, mixed_signals(concepts, by_category, mix))
        plain_stage = mixed_signals(cues, by_stage, stage_mix)
        if stage_mix:
            assert _close(stage, plain_stage)
        else:  # the lexicon's cues alone, returned as they are: the scorer reads them over their largest
            assert _close([x / max(stage) for x in stage], plain_stage)

    def test_the_linear_path_is_taken(self) -> None:
        """Up to _LINEAR_WORDS known words the products are linear; the bundled model knows that many."""
        assert len(VOCABULARY) > _LINEAR_WORDS


TRIGGERS = _triggers()
TRIGGER_WORDS = sorted({w for found in TRIGGERS.phrases.values() for words, _, _ in found for w in words})


class TestTriggerOptions:
    """Guards ``_assertion._options``."""

    @given(
        st.lists(
            st.sampled_from(TRIGGER_WORDS) | st.sampled_from(["course", ",", "zzz"]), min_size=1, max_size=8
        ),
        st.data(),
    )
    def test_the_matching_phrases_of_the_plain_scan_in_order(
        self, words: list[str], data: st.DataObject
    ) -> None:
        i = data.draw(st.integers(min_value=0, max_value=len(words) - 1))

        def matches(phrase: tuple[str, ...]) -> bool:
            return tuple(words[i : i + len(phrase)]) == phrase

        options = _options(TRIGGERS, words, i)
        plain = [p for p in TRIGGERS.phrases.get(words[i], ()) if matches(p[0])]
        assert [p for p in options if matches(p[0])] == plain
        assert all(matches(p[0]) for p in options if len(p[0]) <= 2)

    def test_a_phrase_at_the_last_word(self) -> None:
        assert [p[0] for p in _options(TRIGGERS, ["i", "never"], 1)] == [("never",)]


class TestPhraseStarts:
    """Guards ``_assertion._phrase_starts``, ``_first_role`` and the pronoun test of ``_statuses``."""

    WORDS = st.lists(
        st.sampled_from(TRIGGER_WORDS)
        | st.sampled_from(sorted({w for found in TRIGGERS.determiners.values() for p in found for w in p}))
        | st.sampled_from(sorted({w for found in TRIGGERS.roles.values() for p in found for w in p}))
        | st.sampled_from(["course", ",", ".", "she", "he", "says", "zzz", "-", "according", "to"]),
        max_size=14,
    )

    @given(WORDS)
    def test_the_plain_scan_of_every_pair(self, words: list[str]) -> None:
        plain = [
            k
            for k, pair in enumerate(itertools.pairwise(words))
            if pair in TRIGGERS.paired or pair[0] in TRIGGERS.following
        ]
        if words and words[-1] in TRIGGERS.following:
            plain.append(len(words) - 1)
        assert _phrase_starts(TRIGGERS, words) == plain

    @given(WORDS)
    def test_the_first_role_of_the_plain_scan(self, words: list[str]) -> None:
        def plain() -> int:
            for k, w in enumerate(words):
                d = _at(words, k, TRIGGERS.determiners.get(w))
                if d:
                    for j in range(k + d, min(k + d + 3, len(words))):
                        n = _at(words, j, TRIGGERS.roles.get(words[j])) or _at(
                            words, j, TRIGGERS.peers.get(words[j])
                        )
                        if n:
                            return j + n - 1
            return len(words)

        assert _first_role(words) == plain()

    @given(WORDS, st.data())
    def test_no_pronoun_goes_on_without_one(self, words: list[str], data: st.DataObject) -> None:
        if not words or not _HE_OR_SHE.isdisjoint(words):
            return
        start = data.draw(st.integers(0, len(words) - 1))
        end = data.draw(st.integers(start + 1, len(words)))
        assert _someone_named_goes_on(words, start, end, -1) is None


class TestAsciiTokens:
    """Guards ``_assertion._ASCII_TOKEN``: in ASCII text it finds what ``_TOKEN`` finds."""

    @given(st.text(alphabet=st.characters(max_codepoint=127)) | st.sampled_from(STATEMENTS))
    @example("I don't - ever - use 'quotes' (or_under_scores), do I? 3rd-year co-trainers; it's 50/50.")
    def test_the_unicode_pattern_in_ascii_text(self, text: str) -> None:
        if text.isascii():
            ascii_found = [(m.span(), m.group()) for m in _ASCII_TOKEN.finditer(text)]
            assert ascii_found == [(m.span(), m.group()) for m in _TOKEN.finditer(text)]


class TestSentenceBounds:
    """Guards ``_assertion._sentence_bounds``."""

    @given(st.lists(st.sampled_from([".", "!", "?", ";", ",", "i", "design", "-"]), max_size=30))
    @example([])
    @example(["."])
    @example(["i", "design", "."])
    def test_is_the_nearest_mark_each_way(self, words: list[str]) -> None:
        marks = [k for k, w in enumerate(words) if w in {".", "!", "?", ";"}]
        begins, ends = _sentence_bounds(words)
        assert begins == [max((m + 1 for m in marks if m < k), default=0) for k in range(len(words))]
        assert ends == [min((m for m in marks if m >= k), default=len(words)) for k in range(len(words))]
        # one token's sentence, looked up on its own, is the same
        assert [_sentence_start(words, k) for k in range(len(words))] == begins
        assert [_sentence_end(words, k) for k in range(len(words))] == ends


class TestGoalWords:
    @given(st.text() | st.lists(st.sampled_from([*_GOAL_WORDS, "x", " ", "-", "to"])).map("".join))
    def test_one_search_is_any_word(self, text: str) -> None:
        assert (_GOAL_WORD.search(text) is not None) == any(w in text for w in _GOAL_WORDS)


GOAL_PIECES = [
    "Areas", "to", "develop", "improvement", "Points", "for", "work on", "Targets", "goal", "next steps",
    "action points", "Deliverables", "resolution", "priorities", "PRIORITIES", "my", "her", "needs",
    "Development", "term", "2", "(this year)", ":", ": ", "\n", ",", "  ", "ſtep", "\u212aey", "ment", "I",
    "Plan", "plans", "wish list", "To-do", "todo",
]  # fmt: skip


class TestGoalLabel:
    """Guards ``_assertion._has_goal_label``."""

    @given(st.lists(st.sampled_from(GOAL_PIECES) | st.text(max_size=4), max_size=10).map(" ".join))
    @example("Areas to develop: the theory")
    @example("Development needs: feedback")  # each alternative of the pattern
    @example("Points for improvement (term 2): timing")
    @example("my resolutions for 2026: read")
    @example("To work on: pace")
    @example("Plan for the year, in list form: read")
    @example("My wish list: a course")
    @example("To-do list: observe")
    @example("Next ſteps: read more")  # a long s: the pattern's case folding, not str.lower's
    @example("Portfolio: I plan the sessions and set targets")  # goal words after the only colon
    @example("Portfolio: my targets: more feedback")  # a goal label after another label
    def test_is_the_search(self, text: str) -> None:
        assert _has_goal_label(text) == (_GOAL_LABEL.search(text) is not None)


class TestExplanations:
    @given(st.sampled_from(STATEMENTS), st.integers(min_value=0, max_value=len(FW.descriptors) - 1))
    def test_explain_is_the_plain_explanation(self, text: str, index: int) -> None:
        assert SCORER.explain(text, index) == SCORER._explain_plainly(text, index)

    @given(st.sampled_from(STATEMENTS), st.integers(min_value=0, max_value=len(FW.descriptors) - 1))
    def test_evidences_is_what_the_explanation_shares(self, text: str, index: int) -> None:
        """The narrative's test of a match (Matcher._best) is the explanation's, without building it."""
        why = SCORER._explain_plainly(text, index)
        assert SCORER._evidences(text, index) is (why.concept > 0 or why.lexical > 0)

    def test_a_statement_read_between_two_matches_is_not_confused(self) -> None:
        scorer = tfw.LexiconScorer(FW)
        first, second = STATEMENTS[0], STATEMENTS[1]
        one = scorer.explain(first, 3)
        scorer.explain(second, 3)
        assert scorer.explain(first, 3) == one == scorer._explain_plainly(first, 3)


class TestDeferredExplanations:
    """``match()`` leaves each explanation deferred until it is read (``_reading._Explanation``)."""

    @given(st.lists(st.sampled_from(STATEMENTS), min_size=1, max_size=6))
    def test_read_late_they_are_the_plain_explanations(self, texts: list[str]) -> None:
        matcher = tfw.Matcher(FW)
        found = [matcher.match(text) for text in texts]  # every statement matched before any is read
        for text, matches in zip(reversed(texts), reversed(found), strict=True):
            scored, _ = what_is_asserted(text)
            for m in matches:
                index = FW.descriptors.index(m.descriptor)
                assert m.explanation == matcher.scorer._explain_plainly(scored, index)

    def test_no_reader_sees_a_deferred_value(self) -> None:
        text = "I adapt the course materials for each group and evaluate every session."

        def fresh() -> tfw.Match:
            return tfw.Matcher(FW).match(text)[0]

        plain = fresh().explanation
        assert isinstance(plain, tfw.MatchExplanation)
        assert attrs.asdict(fresh())["explanation"] == attrs.asdict(plain)
        assert repr(plain) in repr(fresh())
        assert pickle.loads(pickle.dumps(fresh()))  # noqa: S301 - our own bytes.explanation == plain
        assert copy.deepcopy(fresh()).explanation == plain
        assert attrs.evolve(fresh(), score=0.5).explanation == plain
        assert fresh() == fresh()
        assert hash(fresh()) == hash(fresh())
        assert tfw.Matcher(FW).match(text, explain=False)[0].explanation is None

    def test_threads_reading_at_once_see_one_value(self) -> None:
        matches = tfw.Matcher(FW).match(STATEMENTS[5], limit=5)
        plain = [tfw.Matcher(FW).match(STATEMENTS[5], limit=5)[k].explanation for k in range(len(matches))]
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            seen = list(pool.map(lambda k: matches[k % len(matches)].explanation, range(200)))
        assert seen == [plain[k % len(matches)] for k in range(200)]


def _plain_scope(
    fw: tfw.Framework, slot: int, credit: dict[str, float], rules: tfw.Rules
) -> tuple[list[float | None], int, int]:
    """One scope's scores, judged count and stage, written from the rule table."""
    comp = compiled_index(fw)
    scores: list[float | None] = [
        sum(credit.get(d, 0.0) for d in cell) / len(cell) if cell else None for cell in comp.cells[slot]
    ]
    judged = sum(d in credit for cell in comp.cells[slot] for d in cell)
    if judged < rules.min_evidence:
        return scores, judged, -1
    return scores, judged, plain_stage(scores, rules)


@st.composite
def credited(draw: st.DrawFn) -> tuple[tfw.Framework, dict[str, float], tfw.Rules]:
    """A framework (generated, or the bundled one), a credit per some of its descriptors, and rules."""
    fw = draw(frameworks | st.just(FW))
    ids = [d.id for d in fw.descriptors]
    chosen = draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []
    credit = {d: draw(unit | st.sampled_from([0.0, 0.5, 1.0])) for d in chosen}
    return fw, credit, draw(rules_values)


class TestScopeStates:
    """Guards ``_index.scope_states``: each distinct pattern of credits computed once, then looked up."""

    @given(credited(), st.integers(1, 3))
    def test_equals_the_plain_formula(
        self, case: tuple[tfw.Framework, dict[str, float], tfw.Rules], times: int
    ) -> None:
        fw, credit, rules = case
        comp = compiled_index(fw)
        cumulative = rules.progression is tfw.Progression.CUMULATIVE
        for _ in range(times):  # the first time computed, then read from the memo
            states = scope_states(comp, credit, rules.threshold - 1e-9, cumulative, rules.min_evidence)
            assert len(states) == len(comp.scope_ids)
            for slot, (scores, judged, stage) in enumerate(states):
                plain_scores, plain_judged, plain_stage = _plain_scope(fw, slot, credit, rules)
                assert (judged, stage) == (plain_judged, plain_stage)
                assert [s is None for s in scores] == [s is None for s in plain_scores]
                assert _close([s or 0.0 for s in scores], [s or 0.0 for s in plain_scores])

    @given(profiles() | st.builds(tfw.profile, st.just(FW), evidences(FW, max_size=80), rules_values))
    def test_a_profile_reads_the_same_states(self, p: tfw.Profile) -> None:
        comp = compiled_index(p.framework)
        for slot in range(len(comp.scope_ids)):
            scores, judged, stage = _plain_scope(p.framework, slot, p._credits, p.rules)
            assert p._judged[slot] == judged
            assert p._scope_stage[slot] == stage
            assert _close([s or 0.0 for s in p._scope_scores[slot]], [s or 0.0 for s in scores])

    def test_the_memo_is_bounded(self) -> None:
        comp = compiled_index(FW)
        ids = comp.scope_order[0]
        for k in range(_MEMO_CAP + 10):
            credit = {ids[0]: k / (_MEMO_CAP + 10)}
            scope_states(comp, credit, 0.6 - 1e-9, True, 1)
        assert all(len(table) <= _MEMO_CAP for memo in comp.scope_memo.values() for table in memo)


_IDS = [d.id for d in FW.descriptors[:8]]


class TestCreditMap:
    """Guards ``_profile._credit_map``: built in C where every judgement has weight."""

    @given(
        st.lists(
            st.tuples(
                st.sampled_from([*_IDS, "no.such.descriptor", "another.unknown"]),
                st.sampled_from(["met", "partly", "not_met"]),
                st.sampled_from([1.0, 0.5, 0.0]),
            ),
            max_size=12,
        ),
        st.sampled_from([DEFAULT_RULES, tfw.Rules(partly_weight=0.25)]),
    )
    def test_equals_the_plain_formula(
        self, given_rows: list[tuple[str, str, float]], rules: tfw.Rules
    ) -> None:
        rows = [(did, value, "self", None, "", conf) for did, value, conf in given_rows]
        ev = tfw.Evidence(rows)
        credit, warnings = _credit_map(compiled_index(FW), ev, rules)
        worth = {"met": 1.0, "partly": rules.partly_weight, "not_met": 0.0}
        known = {d.id for d in FW.descriptors}
        if ev.one_per_descriptor:
            plain = {r[0]: worth[r[1]] for r in ev.rows if r[5] > 0 and r[0] in known}
            assert credit == plain
        unknown = sorted({r[0] for r in ev.rows} - known)
        assert warnings == tuple(f"evidence names unknown descriptor {u!r}; it was not used" for u in unknown)
        assert set(credit) <= known


def _plain_distinct(frame: object, columns: list[str]) -> list[int]:
    """Each row's number, in order of first appearance: rows with equal cells share one (nulls are one
    value; in a column of mixed types, cells of other types differ, None and NaN too)."""
    import pandas as pd

    mixed = {
        c
        for c in columns
        if frame[c].dtype == object and len({type(v) for v in frame[c]} - {str, type(None)}) > 1  # type: ignore[index]
    }
    numbers: dict[tuple[object, ...], int] = {}
    out = []
    for k in range(len(frame)):  # type: ignore[arg-type]
        key = []
        for c in columns:
            cell = frame[c].iloc[k]  # type: ignore[index]
            value = "null" if pd.isna(cell) else cell
            key.append((type(cell), value) if c in mixed else (value,))
        out.append(numbers.setdefault(tuple(key), len(numbers)))
    return out


_CELLS = st.sampled_from(["met", "partly", "a", "", 1, True, 1.0, 0, None, float("nan")])


class TestDistinctRows:
    """Guards ``_frames._distinct_rows``: each column numbered, the numbers combined."""

    @given(st.lists(st.tuples(_CELLS, _CELLS, st.sampled_from(["x", "y", None])), max_size=30), st.booleans())
    def test_equals_the_plain_formula(self, rows: list[tuple[object, object, object]], text: bool) -> None:
        pd = pytest.importorskip("pandas")
        from trainerframework._cohort._frames import _distinct_rows

        frame = pd.DataFrame(rows, columns=["a", "b", "c"], dtype=object)
        if text:  # a text column as pandas reads one from Parquet
            frame["c"] = frame["c"].astype("str")
        codes, firsts = _distinct_rows(frame, ["a", "b", "c"])
        plain = _plain_distinct(frame, ["a", "b", "c"])
        assert codes.tolist() == plain
        assert firsts == [plain.index(k) for k in range(len(set(plain)))]

    def test_an_unhashable_cell_makes_every_row_distinct(self) -> None:
        pd = pytest.importorskip("pandas")
        from trainerframework._cohort._frames import _distinct_rows

        frame = pd.DataFrame({"a": pd.Series([["x"], "y", "y"], dtype=object)})
        codes, firsts = _distinct_rows(frame, ["a"])
        assert (codes.tolist(), firsts) == ([0, 1, 2], [0, 1, 2])


class TestPausedCollection:
    """Guards ``_base._gc.paused_gc``: the collector off for a large build, then as it was."""

    def test_restored_as_it_was(self) -> None:
        assert gc.isenabled()
        with paused_gc(BULK):
            assert not gc.isenabled()
            with paused_gc(BULK):  # nested: one pause
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled()
        with paused_gc(BULK - 1):  # small builds are not paused
            assert gc.isenabled()
        gc.disable()
        try:
            with paused_gc(BULK):
                assert not gc.isenabled()
            assert not gc.isenabled()  # it was off: it stays off
        finally:
            gc.enable()

    def test_restored_after_an_error(self) -> None:
        with pytest.raises(ValueError, match="inside"), paused_gc(BULK):
            raise ValueError("inside")
        assert gc.isenabled()

    def test_a_large_build_gives_what_a_small_one_gives(self) -> None:
        cohort = tfw.Cohort.synthetic(BULK, seed=5)
        assert gc.isenabled()
        small = tfw.Cohort.synthetic(50, seed=5)
        assert cohort.members[:50] == small.members
