"""The word model: Naive Bayes counts of which category and stage a statement's words point at (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw

from .conftest import ROOT

FW = tfw.load_framework()
CATEGORIES = tuple(c.id for c in FW.categories)
STAGES = tuple(s.id for s in FW.stages)
MENTORING = tfw.load_framework(ROOT / "examples" / "mentoring-framework.toml")

LABELLED = [
    ("I observe lessons with the school's checklist.", "observation", "teacher-to-trainer"),
    ("My feedback after a lesson gives the teacher concrete steps.", "observation", "autonomous"),
    ("I adapt the ministry's workshop materials for rural teachers.", "training", "autonomous"),
    ("I deliver the training pack as it is written.", "training", "teacher-to-trainer"),
    ("I plan for the different needs of each group of teachers.", "individuals", "autonomous"),
    ("I know several ways of analysing grammar.", "knowledge", "autonomous"),
    ("I ask colleagues for feedback on my workshops.", "development", "autonomous"),
]
STEMS = st.lists(st.sampled_from(["observ", "lesson", "feedback", "workshop", "grammar", "need", "zzz"]))


class TestTheModel:
    def test_bundled_fits_the_bundled_framework_only(self) -> None:
        words = tfw.WordModel.bundled()
        assert words.fits(CATEGORIES, FW.id)
        assert words.fits(CATEGORIES, FW.id, STAGES)
        assert not words.fits(CATEGORIES, FW.id, ("novice", "developing", "expert"))
        assert not words.fits((c.id for c in MENTORING.categories), MENTORING.id)
        # every statement is counted once under its category and once under its stage
        assert sum(words.statements[: len(CATEGORIES)]) == sum(words.statements[len(CATEGORIES) :]) >= 1000
        assert "labelled statements" in words.fitted_on

    @given(STEMS)
    def test_the_posterior_is_a_distribution_over_the_categories(self, stems: list[str]) -> None:
        p = tfw.WordModel.bundled().posterior(stems)
        assert len(p) == len(CATEGORIES)
        assert all(0.0 < x < 1.0 for x in p)
        assert sum(p) == pytest.approx(1.0)

    @given(STEMS)
    def test_the_stage_posterior_is_a_distribution_over_the_stages(self, stems: list[str]) -> None:
        p = tfw.WordModel.bundled().stage_posterior(stems)
        assert len(p) == len(STAGES)
        assert all(0.0 < x < 1.0 for x in p)
        assert sum(p) == pytest.approx(1.0)

    def test_scope_words_point_at_a_stage(self) -> None:
        words = tfw.WordModel.bundled()
        assert words.stage_posterior([]) == pytest.approx((1 / 3,) * 3)
        lead = words.stage_posterior(["design", "cours", "region"])
        given_form = words.stage_posterior(["form", "given"])
        assert max(lead) == lead[STAGES.index("lead")]
        assert max(given_form) == given_form[STAGES.index("teacher-to-trainer")]

    @given(STEMS, st.randoms())
    def test_order_and_repetition_do_not_matter(self, stems: list[str], rnd: object) -> None:
        words = tfw.WordModel.bundled()
        shuffled = list(stems) * 2
        rnd.shuffle(shuffled)  # type: ignore[attr-defined]
        assert words.posterior(shuffled) == pytest.approx(words.posterior(stems))

    def test_few_known_words_point_only_part_of_the_way(self) -> None:
        words = tfw.WordModel.bundled()
        assert words.posterior([]) == pytest.approx((0.2,) * 5)
        one = words.posterior(["observ"])
        many = words.posterior(["observ", "lesson", "checklist", "feedback"])
        observation = CATEGORIES.index("observation")
        assert 0.2 < one[observation] < many[observation] < 1.0

    def test_document_round_trip_and_errors(self) -> None:
        words = tfw.WordModel.bundled()
        assert tfw.WordModel.from_document(words.to_document()) == words
        assert tfw.loads(tfw.dumps(words), tfw.WordModel) == words
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.WordModel.from_document({"schema_version": 2, "words": []}, "mine.json")
        assert [str(p) for p in exc.value.problems] == [
            "$.schema_version: expected 1",
            "$.framework: required key is missing",
            "$.categories: required key is missing",
            "$.stages: required key is missing",
            "$.statements: required key is missing",
            "$.words: expected a table, found a list",
        ]
        assert "mine.json" in str(exc.value)
        doc = words.to_document() | {"statements": [1, 2]}
        with pytest.raises(
            tfw.InvalidInputError, match=r"\$.statements: expected 8 counts, one per category and"
        ):
            tfw.WordModel.from_document(doc)
        doc = words.to_document() | {"stages": ["only", "two"]}
        first = words.words[0][0]
        with pytest.raises(
            tfw.InvalidInputError, match=rf"\$.words.{first}: expected 7 counts, one per category and"
        ):
            tfw.WordModel.from_document(doc)
        with pytest.raises(
            tfw.InvalidInputError, match=r"\$\.weight: expected a number from 0 to 1, found 1\.5"
        ):
            attrs.evolve(words, weight=1.5)
        with pytest.raises(tfw.InvalidInputError, match=r"\$\.alpha: expected a positive number, found nan"):
            attrs.evolve(words, alpha=float("nan"))

    def test_a_document_without_the_optional_keys_takes_the_defaults(self) -> None:
        """The document class's defaults (written out in ``_language/_formats.py``) are the model's own."""
        doc = tfw.WordModel.bundled().to_document()
        for key in ("alpha", "weight", "stage_weight", "fitted_on"):
            del doc[key]
        read = tfw.WordModel.from_document(doc)
        fields = attrs.fields(tfw.WordModel)
        assert (read.alpha, read.weight, read.stage_weight, read.fitted_on) == (
            fields.alpha.default,
            fields.weight.default,
            fields.stage_weight.default,
            fields.fitted_on.default,
        )

    def test_counts_and_ids_in_a_document_are_checked(self) -> None:
        """A count that is not a whole number 0 or more is named, never truncated or a deep error."""
        doc = tfw.WordModel.bundled().to_document()
        first = next(iter(doc["words"]))
        bad = doc | {
            "categories": ["individuals", 3, *doc["categories"][2:]],
            "statements": [*doc["statements"][:2], 2.5, *doc["statements"][3:]],
            "words": doc["words"]
            | {first: [float("inf"), *doc["words"][first][1:]], "z": "many", "colleagues'": [-1]},
        }
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.WordModel.from_document(bad, "mine.json")
        assert [str(p) for p in exc.value.problems] == [
            "$.categories[1]: expected a string, found an integer",
            "$.statements[2]: expected a count (a whole number, 0 or more), found a number",
            f"$.words.{first}[0]: expected a count (a whole number, 0 or more), found a number",
            "$.words.z: expected a list, found a string",
            '$.words["colleagues\'"][0]: expected a count (a whole number, 0 or more), found -1',
        ]
        for value, found in (
            (-1, "-1"),
            (True, "true"),
            ("3", "a string"),
            (None, "null"),
            (3.0, "a number"),
        ):
            doc = tfw.WordModel.bundled().to_document()
            doc["statements"][0] = value
            with pytest.raises(
                tfw.InvalidInputError, match=rf"\$.statements\[0\]: expected a count .*found {found}$"
            ):
                tfw.WordModel.from_document(doc)

    def test_the_document_is_strict(self) -> None:
        """Unknown keys, a version given as true, ids with spaces and a zero alpha are refused, each named."""
        doc = tfw.WordModel.bundled().to_document()
        cases = [
            (doc | {"extra": 1}, "$: unknown key 'extra'"),
            (doc | {"schema_version": True}, "$.schema_version: expected 1"),
            (doc | {"framework": "my framework"}, "$.framework: invalid id 'my framework'"),
            (doc | {"alpha": 0}, "$.alpha: expected a positive number, found 0"),
            (doc | {"weight": "0.5"}, "$.weight: expected a number, found a string"),
            (doc | {"fitted_on": 3}, "$.fitted_on: expected a string, found an integer"),
        ]
        for bad, message in cases:
            with pytest.raises(tfw.InvalidInputError) as exc:
                tfw.WordModel.from_document(bad, "mine.json")
            assert str(exc.value.problems[0]).startswith(message), exc.value.problems
            assert "mine.json" in str(exc.value)

    def test_the_script_rebuilds_the_bundled_file(self, tmp_path: Path) -> None:
        from tools import fit_word_model

        out = tmp_path / "word_model.json"
        assert fit_word_model.main(["--out", str(out)]) == 0
        bundled = ROOT / "src" / "trainerframework" / "data" / "word_model.json"
        assert json.loads(out.read_text()) == json.loads(bundled.read_text())


class TestFitting:
    def test_counts_each_word_once_per_statement(self) -> None:
        words = tfw.fit_word_model(FW, [*LABELLED, ("Lessons, lessons, lessons.", "observation", "lead")])
        counts = dict(words.words)
        assert counts["lesson"][CATEGORIES.index("observation")] == 3  # not 5: once per statement
        assert words.statements[CATEGORIES.index("observation")] == 3
        assert counts["lesson"][len(CATEGORIES) + STAGES.index("lead")] == 1
        assert words.statements[len(CATEGORIES) + STAGES.index("autonomous")] == 5
        assert words.fitted_on == "8 labelled statements"

    @given(st.permutations(LABELLED))
    def test_the_order_of_the_statements_does_not_matter(self, rows: list[tuple[str, str, str]]) -> None:
        assert tfw.fit_word_model(FW, rows) == tfw.fit_word_model(FW, LABELLED)

    def test_errors_name_the_statement(self) -> None:
        with pytest.raises(tfw.InvalidInputError, match=r"\[1\].category_id: unknown category 'nope'"):
            tfw.fit_word_model(FW, [LABELLED[0], ("x", "nope", "lead")])
        with pytest.raises(tfw.InvalidInputError, match="no labelled statements to count"):
            tfw.fit_word_model(FW, [])

    def test_names_are_not_counted(self) -> None:
        rows = [
            ("I observe lessons with Mehmet's checklist.", "observation", "teacher-to-trainer"),
            ("Mehmet and I plan the workshops; Zoom is where we run them.", "training", "autonomous"),
            ("CELTA tutors taught me to give feedback.", "observation", "autonomous"),
            ("zoom calls are my feedback sessions.", "observation", "autonomous"),
        ]
        counts = dict(tfw.fit_word_model(FW, rows).words)
        assert "mehmet" not in counts  # capitalised wherever it occurs: a name
        assert "zoom" in counts  # written in lower case once: a word
        assert "celta" in counts  # in capitals: an acronym
        assert "english" in dict(tfw.fit_word_model(FW, [("I teach English.", "knowledge", "lead")]).words)

    def test_descriptors_count_as_statements_of_their_cell(self) -> None:
        plain = tfw.fit_word_model(FW, LABELLED)
        counted = tfw.fit_word_model(FW, LABELLED, descriptors=2)
        n = len(FW.descriptors)
        assert sum(counted.statements[: len(CATEGORIES)]) == sum(plain.statements[: len(CATEGORIES)]) + 2 * n
        for i, c in enumerate(CATEGORIES):
            own = sum(d.category_id == c for d in FW.descriptors)
            assert counted.statements[i] == plain.statements[i] + 2 * own
        # the framework's own words now point where the framework puts them: "predictable" is in
        # two descriptors, both individuals at the first stage, and in no labelled statement here
        (row,) = (c for w, c in counted.words if w == tfw.LexiconScorer(FW).stem("predictable"))
        assert row == (4, 0, 0, 0, 0, 4, 0, 0)
        with pytest.raises(ValueError, match="descriptors must be 0 or more, not -1"):
            tfw.fit_word_model(FW, LABELLED, descriptors=-1)
        for wrong in (True, 2.0, "5", None):
            with pytest.raises(TypeError, match=f"descriptors must be a whole number, not {wrong!r}"):
                tfw.fit_word_model(FW, LABELLED, descriptors=wrong)  # type: ignore[arg-type]

        class Two:  # an integer of another library (numpy's int64) counts as one
            def __index__(self) -> int:
                return 2

        assert tfw.fit_word_model(FW, LABELLED, descriptors=Two()) == counted  # type: ignore[arg-type]

    def test_another_framework(self) -> None:
        rows = [
            ("We agree goals and review them together each week.", "relationship", "developing"),
            ("I observe with the school's form.", "practice", "novice"),
            ("I give specific feedback on the agreed focus.", "practice", "developing"),
        ]
        words = tfw.fit_word_model(MENTORING, rows)
        assert words.fits(("relationship", "practice"), "school-mentoring")
        matcher = tfw.Matcher(MENTORING, word_model=words)
        (best,) = matcher.match("We agree goals together.", limit=1)
        assert best.descriptor.category_id == "relationship"


class TestInTheMatcher:
    def test_the_words_move_the_category(self) -> None:
        """A statement whose lexicon terms point elsewhere: its other words decide."""
        text = "Session plan note: ask a colleague to observe and give me feedback on the input stage."
        plain = tfw.Matcher(FW, word_model=False).match(text, limit=1)[0].descriptor
        (best,) = tfw.match(FW, text, limit=1)
        assert plain.category_id == "observation"
        assert best.descriptor.category_id == "development"

    def test_weight_zero_or_false_switches_it_off(self) -> None:
        text = "I ask colleagues for feedback on my workshops and act on it."
        # the same weights both ways (without a word model the scorer would take those fitted without one)
        weights = tfw.ScorerWeights.bundled()
        off = tfw.LexiconScorer(FW, word_model=False, weights=weights).scores(text)
        bundled = tfw.WordModel.bundled()
        zero = tfw.Matcher(FW, word_model=attrs.evolve(bundled, weight=0, stage_weight=0)).scorer
        assert zero.word_model is None
        assert zero.scores(text) == off
        # each weight switches its own part off
        no_stage = tfw.Matcher(FW, word_model=attrs.evolve(bundled, stage_weight=0)).scorer.scores(text)
        no_category = tfw.Matcher(FW, word_model=attrs.evolve(bundled, weight=0)).scorer.scores(text)
        assert no_stage != off
        assert no_category != off
        assert no_stage != no_category

    def test_the_stage_words_move_the_stage(self) -> None:
        """Scope words the lexicon has no cue for: the words learned from labelled statements decide."""
        text = "I've read widely in applied linguistics, sociocultural theory and teacher cognition."
        no_stage = tfw.Matcher(FW, word_model=attrs.evolve(tfw.WordModel.bundled(), stage_weight=0))
        assert no_stage.match(text, limit=1)[0].descriptor.id == "knowledge.teacher-to-trainer.1"
        assert tfw.match(FW, text, limit=1)[0].descriptor.id == "knowledge.lead.1"

    def test_stage_weight_is_how_far_the_words_move_the_stage(self) -> None:
        """A word seen only in Lead statements pulls the stage up, the more the higher the weight."""
        rows = [(f"{text} kiwi.", category, "lead") for text, category, _ in LABELLED]
        rows += [(text, category, stage) for text, category, stage in LABELLED if stage != "lead"]
        model = tfw.fit_word_model(FW, rows)
        assert model.stage_posterior(["kiwi"])[STAGES.index("lead")] > 0.5
        text = "I adapt the workshop materials for my group. Kiwi."
        lead = []
        for stage_weight in (0.0, 0.5, 1.0):
            # with both weights 0 the model mixes nothing in, and the scorer keeps the same weights
            matcher = tfw.Matcher(FW, word_model=attrs.evolve(model, weight=0.0, stage_weight=stage_weight))
            assert matcher.scorer.weights == tfw.ScorerWeights.bundled()
            scores = matcher.scorer.scores(text)  # the Lead descriptors' share of the scores
            lead.append(
                sum(s for s, d in zip(scores, FW.descriptors, strict=True) if d.stage.id == "lead")
                / sum(scores)
            )
        assert lead[0] < lead[1] < lead[2]

    def test_a_model_of_another_framework_is_refused(self) -> None:
        words = tfw.fit_word_model(MENTORING, [("I observe with the form.", "practice", "novice")])
        with pytest.raises(ValueError, match="counts the categories and stages of 'school-mentoring'"):
            tfw.Matcher(FW, word_model=words)
        with pytest.raises(TypeError, match="word_model must be a WordModel or a bool"):
            tfw.Matcher(FW, word_model="yes")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="pass either a scorer or a lexicon and word_model"):
            tfw.Matcher(FW, scorer=tfw.LexiconScorer(FW), word_model=False)


def test_a_token_longer_than_any_word_is_not_stemmed() -> None:
    from trainerframework._language._text import MAX_STEM_LENGTH, Stemmer

    stem = Stemmer()
    long = "ab" * 500_000
    assert stem(long) == long
    assert stem.many(["trainings", long]) == ["train", long]
    assert long not in stem._cache
    assert stem("a" * MAX_STEM_LENGTH) == stem("a" * MAX_STEM_LENGTH)  # at the bound: stemmed as usual


def test_the_bundled_stem_table_is_the_stemmers_own() -> None:
    from tools import build_stems
    from trainerframework._language._text import Stemmer, bundled_stems

    table = bundled_stems()
    assert table == build_stems.table()["stems"], "run python -m tools.build_stems"
    plain = Stemmer()
    assert all(plain.plainly(word) == stem for word, stem in table.items())
    scorer = tfw.LexiconScorer(tfw.load_framework())
    assert len(scorer.stem._cache) >= len(table)  # the matcher starts from the table
