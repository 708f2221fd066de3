from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._base._documents import TOO_DEEP
from trainerframework._language._lexicon import _WINDOW, _near

from .readers import problems_of

_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 5), st.floats(allow_nan=True), st.text(max_size=12)
)
_TERMS = st.lists(
    st.one_of(st.sampled_from(["observe", "a & b", "&", "!!!", "", "checklist"]), _SCALARS), max_size=3
)
lexicon_documents = st.one_of(
    _SCALARS,
    st.fixed_dictionaries(
        {"schema_version": st.sampled_from([1, 2])},
        optional={
            "concepts": st.one_of(
                _SCALARS,
                st.dictionaries(
                    st.sampled_from(["a", "b"]),
                    st.one_of(
                        _SCALARS,
                        st.fixed_dictionaries(
                            {},
                            optional={
                                "label": _SCALARS,
                                "terms": st.one_of(_SCALARS, _TERMS),
                                "categories": st.one_of(
                                    _SCALARS, st.dictionaries(st.sampled_from(["observation", "x"]), _SCALARS)
                                ),
                                "weight": _SCALARS,
                                "extra": _SCALARS,
                            },
                        ),
                    ),
                    max_size=2,
                ),
            ),
            "stage_cues": st.one_of(
                _SCALARS,
                st.dictionaries(st.just("rank"), _SCALARS),
                st.lists(
                    st.one_of(
                        _SCALARS,
                        st.fixed_dictionaries(
                            {},
                            optional={
                                "rank": _SCALARS,
                                "weight": _SCALARS,
                                "terms": st.one_of(_SCALARS, _TERMS),
                            },
                        ),
                    ),
                    max_size=2,
                ),
            ),
        },
    ),
)

FW = tfw.load_framework()
from tools.labelled import FRESH, NEWEST, evaluate, load  # noqa: E402


class TestMatch:
    """match() ranks descriptors for a statement, with explanations."""

    def test_everyday_vocabulary_reaches_the_framework(self) -> None:
        (best, *_) = tfw.match(FW, "I visit classrooms with the checklist the district provides")
        assert best.descriptor.id == "observation.teacher-to-trainer.1"
        assert 0.0 < best.score <= 1.0
        e = best.explanation
        assert e is not None
        assert "observation_tools" in e.concepts
        assert "checklist" in e.phrases
        assert e.stage_cues == ("provided",) or "provides" in e.stage_cues or "provided" in e.stage_cues
        assert "category" in e.text

    @pytest.mark.parametrize(
        ("text", "category", "stage"),
        [
            (
                "I deliver the workshops from the ready-made pack the ministry sends us.",
                "training",
                "teacher-to-trainer",
            ),
            (
                "I take the standard slides and change the examples to suit primary teachers.",
                "training",
                "autonomous",
            ),
            ("I designed a blended course for secondary teachers from scratch.", "training", "lead"),
            (
                "Before the course I send a questionnaire so I can plan around what participants need.",
                "individuals",
                "autonomous",
            ),
            (
                "I publish articles in teacher education journals and speak at international conferences.",
                "development",
                "lead",
            ),
        ],
    )
    def test_category_and_stage(self, text: str, category: str, stage: str) -> None:
        best = tfw.match(FW, text, limit=1)[0].descriptor
        assert (best.category_id, best.stage.id) == (category, stage)

    def test_limit_order_and_determinism(self) -> None:
        text = "After watching a lesson I tell the teacher what went well and one thing to work on."
        found = tfw.match(FW, text, limit=7)
        assert len(found) == 7
        scores = [m.score for m in found]
        assert scores == sorted(scores, reverse=True)
        assert tfw.match(FW, text, limit=7) == found
        assert tfw.match(FW, text, limit=0) == []

    def test_empty_and_bad_input(self) -> None:
        assert tfw.match(FW, "") == []
        assert tfw.match(FW, "   \n\t ") == []
        assert tfw.match(FW, "zzzz qqqq") == []
        with pytest.raises(TypeError, match="text must be a str, not int"):
            tfw.match(FW, 42)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="expected a Framework"):
            tfw.match("fw", "text")  # type: ignore[arg-type]

    def test_off_topic_scores_low(self) -> None:
        for text in ("I like coffee and long walks on the beach.", "The weather was terrible yesterday."):
            found = tfw.match(FW, text, limit=1)
            assert not found or found[0].score < 0.35

    def test_very_long_text(self) -> None:
        text = "I visit classrooms with the checklist the district provides. " * 1700
        assert len(text) > 100_000
        (best,) = tfw.match(FW, text, limit=1, explain=False)
        assert best.descriptor.category_id == "observation"

    def test_batch(self) -> None:
        texts = ["I observe lessons with the school's form.", "", "I publish articles in journals."]
        batch = tfw.match_many(FW, texts, limit=2)
        assert [len(b) for b in batch] == [2, 0, 2]
        assert batch[0][0].descriptor == tfw.match(FW, texts[0], limit=1)[0].descriptor

    @given(
        st.lists(
            st.one_of(
                st.text(max_size=80),
                st.sampled_from(
                    [
                        "I observe lessons with the school's form.",
                        "I have never designed a course; my manager does that.",
                        "Next year I hope to mentor new trainers.",
                        "   ",
                    ]
                ),
            ),
            max_size=8,
        ),
        st.integers(min_value=0, max_value=6),
        st.booleans(),
    )
    def test_a_batch_is_each_statement_matched_alone(
        self, texts: list[str], limit: int, explain: bool
    ) -> None:
        # match_many reads every statement, then scores every one: the same matches, in order
        matcher = tfw.Matcher(FW)
        expected = [matcher.match(t, limit, explain=explain) for t in texts]
        assert matcher.match_many(texts, limit, explain=explain) == expected

    def test_a_batch_checks_what_it_is_given(self) -> None:
        with pytest.raises(TypeError, match="limit must be an int, not str"):
            tfw.match_many(FW, ["I observe lessons."], limit="2")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            tfw.match_many(FW, ["I observe lessons.", None])  # type: ignore[list-item]

    @given(st.text(max_size=200))
    def test_scores_are_bounded_and_sorted(self, text: str) -> None:
        found = tfw.match(FW, text, limit=5, explain=False)
        assert all(0.0 < m.score <= 1.0 for m in found)
        assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
        assert found == tfw.match(FW, text, limit=5, explain=False)

    def test_matches_without_explanation_are_real_matches(self) -> None:
        # the hot path sets Match's slots directly: equal to what the constructor builds, and
        # only valid while Match's fields have no converter or validator
        found = tfw.match(FW, "I design courses for new trainers.", explain=False)
        assert found
        for m in found:
            assert m == tfw.Match(descriptor=m.descriptor, score=m.score, confidence=m.confidence)
            assert attrs.evolve(m, score=0.5).score == 0.5
            assert hash(m) == hash(tfw.Match(descriptor=m.descriptor, score=m.score, confidence=m.confidence))
        assert all(f.converter is None and f.validator is None for f in attrs.fields(tfw.Match))

    def test_match_round_trips(self) -> None:
        for m in tfw.match(FW, "I mark the practice lessons against the rubric.", limit=3):
            assert tfw.loads(tfw.dumps(m), tfw.Match) == m
        lex = tfw.Lexicon.bundled()
        assert tfw.loads(tfw.dumps(lex), tfw.Lexicon) == lex


class ConstantScorer:
    """A stand-in for an embedding model: every descriptor scores the same."""

    def scores(self, text: str) -> Sequence[float]:
        return [0.5] * len(FW.descriptors)


class TestPluggableScorer:
    """Any object with scores(text) can replace the default scorer."""

    def test_custom_scorer_and_tie_break(self) -> None:
        matcher = tfw.Matcher(FW, ConstantScorer())
        found = matcher.match("anything", limit=3)
        assert [m.descriptor for m in found] == list(FW.descriptors[:3])  # ties keep framework order
        assert all(m.explanation is None for m in found)

    def test_bad_scorers(self) -> None:
        with pytest.raises(TypeError, match="scorer must have a scores"):
            tfw.Matcher(FW, object())  # type: ignore[arg-type]

        class Short:
            def scores(self, text: str) -> list[float]:
                return [1.0]

        with pytest.raises(ValueError, match="scorer returned 1 scores for 66 descriptors"):
            tfw.Matcher(FW, Short()).match("text")


class TestNestedDescriptors:
    """A descriptor containing a lower stage's text is evidenced only by what it adds."""

    LOW = "development.professional-values.teacher-to-trainer.2"  # Articulates beliefs clearly ...
    HIGH = "development.professional-values.autonomous.2"  # ... Encourages others to share ...

    def _rank(self, text: str) -> list[str]:
        return [m.descriptor.id for m in tfw.match(FW, text, limit=66, explain=False)]

    def test_the_shared_sentence_evidences_the_lower_stage(self) -> None:
        order = self._rank("I articulate my beliefs clearly and appropriately.")
        assert order.index(self.LOW) < order.index(self.HIGH)

    def test_what_the_higher_one_adds_evidences_it(self) -> None:
        order = self._rank(
            "I articulate my beliefs clearly and encourage others to share contrasting beliefs."
        )
        assert order.index(self.HIGH) < order.index(self.LOW)

    def test_a_framework_of_its_own(self) -> None:
        doc = {
            "schema_version": 1,
            "framework": {"id": "nest", "name": "Nested"},
            "stages": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
            "categories": [{"id": "c", "name": "C"}],
            "descriptors": [
                {"id": "c.a.1", "category": "c", "stage": "a", "text": "Plans sessions."},
                {"id": "c.b.1", "category": "c", "stage": "b", "text": "Plans sessions. Evaluates them."},
            ],
        }
        fw = tfw.Framework.from_document(doc)
        scorer = tfw.Matcher(fw).scorer
        # "designed" points at the higher stage, but the statement has nothing of what it adds
        assert (
            scorer.scores("I plan sessions, all of which I designed.")[0]
            >= scorer.scores("I plan sessions, all of which I designed.")[1]
        )
        evaluated = scorer.scores("I plan sessions and evaluate them, all of which I designed.")
        assert evaluated[1] > evaluated[0]


class TestLexicon:
    """The bundled lexicon loads, validates and can be extended."""

    def test_bundled(self) -> None:
        lex = tfw.Lexicon.bundled()
        ids = {c.id for c in lex.concepts}
        assert {"observing", "training_materials", "course_design", "diversity", "reflection"} <= ids
        assert {cue.rank for cue in lex.stage_cues} == {1, 2, 3}
        categories = {k for c in lex.concepts for k, _ in c.categories}
        assert categories == {c.id for c in FW.categories}

    def test_the_negators_of_a_verb_are_stop_words(self) -> None:
        """The negators "never" and "cannot" are function words, as "not", "no" and "don't" are.

        The assertion reader reads them; the word signal does not. A denial
        kept beside asserted practice ("I've never", as :func:`asserted_text`
        keeps it) was read by the word model as a Lead Trainer's word (it
        counted "never" from seniors' "I never impose my views").
        """
        from trainerframework._language._text import STOPWORDS

        assert {"not", "no", "dont", "never", "cannot"} <= STOPWORDS
        text = (
            "My training is built on what I believed as a classroom teacher, I've never asked anyone "
            "for feedback on my sessions (though I take it well when it's given), and only recently "
            "I found out there is a trainers' association with its own journal."
        )
        best = tfw.match(FW, text, limit=1)[0].descriptor
        assert (best.category_id, best.stage.id) == ("development", "teacher-to-trainer")

    def test_extended_lexicon_changes_matching(self) -> None:
        text = "I do a lot of zorbling with new teachers."
        plain = tfw.Matcher(FW, word_model=False)  # the lexicon alone, without the words model
        assert plain.match(text, limit=1)[0].descriptor.category_id != "observation"
        lex = tfw.Lexicon.bundled().extended(concepts={"observing": ["zorbling"]})
        found = tfw.Matcher(FW, lexicon=lex, word_model=False).match(text, limit=1)
        assert found[0].descriptor.category_id == "observation"
        with pytest.raises(KeyError, match="unknown concept 'nope'"):
            tfw.Lexicon.bundled().extended(concepts={"nope": ["x"]})

    @staticmethod
    def _targets(lex: tfw.Lexicon, text: str) -> list[tuple[str, str]]:
        from trainerframework._language._text import Stemmer, tokens

        stem = Stemmer()
        return sorted((h.term, h.target) for h in lex.cue_hits(stem.many(tokens(text)), stem))

    def test_the_trainer_reads_alike_in_any_person(self) -> None:
        lex = tfw.Lexicon.bundled().extended(
            stage_cues={1: ["asked me to", "my own classroom", "gives us"], 3: ["I designed"]}
        )
        first = self._targets(lex, "I was asked me to run it in my own classroom; I designed it.")
        assert ("asked me to", "stage:1") in first
        for third in (
            "He was asked him to run it in his own classroom; he designed it.",
            "She was asked her to run it in her own classroom; she designed it.",
        ):
            assert self._targets(lex, third) == first
        # "her" before a content word is possessive, otherwise an object
        assert ("asked me to", "stage:1") not in self._targets(lex, "Her own feedback asked.")
        # plural pronouns keep their meaning: "give me" is not "gives us", "them" is not "me"
        assert ("gives us", "stage:1") not in self._targets(lex, "Colleagues give me feedback.")
        assert self._targets(lex, "She helps them.") == []

    PERSON_PHRASES = ("I designed", "in my own classroom", "asked me to", "my mentor", "myself", "the", "to")

    @given(st.lists(st.sampled_from(PERSON_PHRASES), max_size=8))
    def test_first_and_third_person_give_the_same_hits(self, words: list[str]) -> None:
        """Swapping the trainer's unambiguous pronouns never changes what the lexicon finds."""
        lex = tfw.Lexicon.bundled()
        swap = {"I": "he", "my": "his", "me": "him", "myself": "himself"}
        text = " ".join(words)
        third = " ".join(swap.get(w, w) for w in text.split())
        hits = self._targets(lex, third)
        assert self._targets(lex, text) == hits
        if "in my own classroom" in words:  # and they are found, in either person
            assert ("my own classroom", "stage:1") in hits

    def test_one_word_is_one_piece_of_evidence(self) -> None:
        """'reading' names two concepts but is one word: the sentence stays below the credit line."""
        (best,) = tfw.match(FW, "Thank you for reading this.", limit=1)
        assert best.confidence < tfw.TEXT_RULES.min_confidence
        assert best.score < 0.75  # it scored 0.92 when each concept counted as a piece of evidence
        # "close" is not the cue "closely" (following a handbook closely): stem collisions stay out
        (best,) = tfw.match(FW, "The conference hotel was close to the station.", limit=1)
        assert best.explanation is not None
        assert best.explanation.stage_cues == ()

    def test_a_leading_label_is_not_read(self) -> None:
        """ "Journal:" says where a statement comes from; "journal" there is no publication."""
        (best,) = tfw.match(FW, "Journal: today I trained the teachers of my own department again.", limit=1)
        assert best.explanation is not None
        assert "journal" not in best.explanation.words + best.explanation.phrases
        assert best.descriptor.stage.id != "lead"
        (best,) = tfw.match(FW, "journal: I observe lessons with the form the school provides.", limit=1)
        assert best.explanation is not None
        assert "journal" not in best.explanation.words + best.explanation.phrases
        # only a short label at the very start: a colon later in a statement is text
        (best,) = tfw.match(FW, "I publish in two places: a journal and a blog.", limit=1)
        assert best.explanation is not None
        assert "journal" in best.explanation.words + best.explanation.phrases

    def test_how_long_is_not_a_stage(self) -> None:
        """Duration phrases carry no weight and hide the cue words inside them."""
        for text in ("I have trained teachers for several years.", "She has trained for a number of years."):
            assert all(cue == () for cue in (m.explanation.stage_cues for m in tfw.match(FW, text)))  # type: ignore[union-attr]
        (best,) = tfw.match(FW, "I use several observation methods.", limit=1)
        assert best.explanation is not None
        assert "several" in best.explanation.stage_cues

    def test_research_points_to_the_third_stage_unless_read_as_a_resource(self) -> None:
        (best,) = tfw.match(FW, "I research my own training practice and share the results.", limit=1)
        assert best.descriptor.stage.id == "lead"
        for best in tfw.match(FW, "I read research summaries and teacher blogs to prepare."):
            assert best.explanation is not None
            assert "research" not in best.explanation.stage_cues

    @pytest.mark.parametrize(
        "text",
        [
            "He has only now learnt of the existence of a national association for trainers.",
            "I know there is an online network for trainers, but I haven't joined it yet.",
            "I found out there is a special interest group for trainers, and some journals too.",
            "Last week I found out that there are journals just for teacher trainers.",
        ],
    )
    def test_finding_out_that_something_exists_is_the_first_stage(self, text: str) -> None:
        """Learning of the field's support is "becoming aware of training support available"."""
        (best,) = tfw.match(FW, text, limit=1)
        assert best.descriptor.id == "development.professional-development.teacher-to-trainer.4"
        assert best.explanation is not None
        assert best.explanation.stage_cues

    @pytest.mark.parametrize(
        ("text", "stage"),
        [
            (
                "I present at the national conference every year and review for the association's journal.",
                "lead",
            ),
            # the words of the cues, in senior practice: no cue fires (a review's finds)
            (
                (
                    "I know there is no single right way to give feedback, so I coach my co-trainers to offer"
                    " a range of options."
                ),
                "lead",
            ),
            (
                (
                    "I contribute to the online forum of the trainers' SIG and have heard of many colleagues"
                    " using my materials."
                ),
                "lead",
            ),
            (
                (
                    "I present regularly at conferences; I remember my first conference as a presenter"
                    " and now I mentor first-time speakers."
                ),
                "lead",
            ),
            (
                (
                    "I have learned of the trainees' needs through interviews, and I plan my sessions"
                    " independently."
                ),
                "autonomous",
            ),
        ],
    )
    def test_taking_part_in_the_field_is_not_news_of_it(self, text: str, stage: str) -> None:
        (best,) = tfw.match(FW, text, limit=1)
        assert best.descriptor.stage.id == stage
        assert best.explanation is not None
        assert not set(best.explanation.stage_cues) & {"I know there is", "heard of", "learned of"}

    @staticmethod
    def _load_problems(path: Path, text: str) -> list[str]:
        """The problems Lexicon.load() reports for a file with this text."""
        path.write_text(text, encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.Lexicon.load(path)
        return [str(p) for p in exc.value.problems]

    def test_invalid_lexicon_file(self, tmp_path: Path) -> None:
        problems = self._load_problems(
            tmp_path / "lex.toml",
            "schema_version = 1\n[concepts.a]\nterms = []\n"
            '[concepts.b]\nterms = ["x"]\ncategories = {k = 3}\n'
            "[[stage_cues]]\nrank = 0\nterms = []\n",
        )
        assert "$.concepts.a.terms: expected a non-empty list of non-empty strings" in problems
        assert "$.concepts.b.categories.k: expected a number from 0 to 1, found 3" in problems
        assert "$.stage_cues[0].rank: expected 1, 2 or 3 (the lowest, middle or highest stage)" in problems
        with pytest.raises(tfw.InputFileError, match="cannot read lexicon file"):
            tfw.Lexicon.load(tmp_path / "missing.toml")

    def test_load_reads_toml_as_every_reader_does(self, tmp_path: Path) -> None:
        """A byte-order mark is skipped; a long integer and deep nesting are problems, not crashes."""
        path = tmp_path / "lex.toml"
        path.write_text('\ufeffschema_version = 1\n[concepts.a]\nterms = ["observe"]\n', encoding="utf-8")
        assert [c.id for c in tfw.Lexicon.load(path).concepts] == ["a"]
        assert self._load_problems(path, "schema_version = " + "1" * 5000 + "\n") == [
            f"{path}:$: an integer of more than 4,300 digits"
        ]
        (deep,) = self._load_problems(path, "x = " + "[" * 5000 + "]" * 5000 + "\n")
        assert deep == f"{path}:$: {TOO_DEEP}"
        assert self._load_problems(path, "x = \n") == [
            f"{path}:$: not valid TOML: Invalid value (at line 1, column 5)"
        ]

    def test_terms_without_words_are_refused(self, tmp_path: Path) -> None:
        assert self._load_problems(
            tmp_path / "lex.toml",
            'schema_version = 1\n[concepts.a]\nterms = ["fine", "!!!", "a & ..."]\n'
            '[concepts.b]\nterms = ["?"]\ncategories = {k = 3}\n'
            '[[stage_cues]]\nrank = 2\nterms = ["&"]\n',
        ) == [
            "$.concepts.b.categories.k: expected a number from 0 to 1, found 3",
            "$.concepts.a.terms[1]: term '!!!' has no words",
            "$.concepts.a.terms[2]: term 'a & ...': part 2 has no words",
            "$.concepts.b.terms[0]: term '?' has no words",
            "$.stage_cues[0].terms[0]: term '&': part 1 has no words",
        ]

    def test_every_field_is_checked(self, tmp_path: Path) -> None:
        assert self._load_problems(
            tmp_path / "lex.toml",
            'schema_version = 1\ncolour = "red"\n'
            '[concepts.a]\nlabel = 3\nterms = ["fine"]\nweight = nan\nshade = 1\n'
            '[stage_cues]\nrank = 1\nweight = "heavy"\nterms = ["x"]\n',
        ) == [
            "$.concepts.a.label: expected a string, found an integer",
            "$.concepts.a.weight: expected a finite number, found nan",
            "$.concepts.a: unknown key 'shade' (allowed: label, categories, terms, weight)",
            "$.stage_cues: expected a list, found a table",
            "$: unknown key 'colour' (allowed: schema_version, concepts, stage_cues)",
        ]
        assert self._load_problems(
            tmp_path / "lex.toml",
            'schema_version = 1\n[[stage_cues]]\nrank = 1\nweight = -2\nterms = ["x"]\n'
            '[[stage_cues]]\nrank = 1\nweight = "heavy"\nterms = ["x"]\n',
        ) == [
            "$.stage_cues[0].weight: expected a finite number >= 0, found -2",
            "$.stage_cues[1].weight: expected a number, found a string",
        ]

    @given(lexicon_documents)
    def test_any_document_gives_a_lexicon_or_one_error(self, doc: object) -> None:
        problems = problems_of(lambda: tfw.Lexicon.from_document(doc), tfw.Lexicon, tfw.InvalidInputError)  # type: ignore[arg-type]
        assert all(p.path.startswith("$") for p in problems)

    @given(st.text(max_size=300))
    def test_any_file_gives_a_lexicon_or_one_error(self, text: str) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "lex.toml"
            path.write_text(text, encoding="utf-8")
            problems_of(lambda: tfw.Lexicon.load(path), tfw.Lexicon, tfw.InvalidInputError)

    def test_extended_checks_what_it_is_given(self) -> None:
        lex = tfw.Lexicon.bundled()
        with pytest.raises(tfw.InvalidInputError) as exc:
            lex.extended(
                concepts={"observing": "zorbling", "assessment": ["ok", "&"]},  # type: ignore[dict-item]
                stage_cues={0: ["x"], 2: ["fine", 3]},  # type: ignore[list-item]
            )
        assert [str(p) for p in exc.value.problems] == [
            "concepts['observing']: expected a list of strings, not str",
            "concepts['assessment'][1]: term '&': part 1 has no words",
            "stage_cues[0]: expected 1, 2 or 3 (the lowest, middle or highest stage)",
            "stage_cues[2]: expected a list of strings",
        ]
        assert lex.extended(stage_cues={3: ["zorbling"]}).stage_cues[-1] == tfw.StageCue(
            rank=3, terms=("zorbling",)
        )

    def test_cooccurrence_terms_need_their_parts_near(self) -> None:
        lex = tfw.Lexicon.bundled().extended(concepts={"observing": ["zorbling & quaffle"]})
        matcher = tfw.Matcher(FW, lexicon=lex)
        near = matcher.match("We did some quaffle work and then zorbling.", limit=1)[0]
        assert near.explanation is not None
        assert "zorbling & quaffle" in near.explanation.phrases
        far = "zorbling " + "and then something else entirely " * 3 + "quaffle"
        for found in matcher.match(far, limit=3):
            assert found.explanation is not None
            assert "zorbling & quaffle" not in found.explanation.phrases

    def test_cooccurrence_parts_can_be_phrases(self) -> None:
        """Every word of a phrase part counts: "give me" is not "give"."""
        lex = tfw.Lexicon.bundled().extended(concepts={"observing": ["zorbling & quaffle pitch"]})
        matcher = tfw.Matcher(FW, lexicon=lex)

        def phrases(text: str) -> set[str]:
            return {p for m in matcher.match(text, limit=66) if m.explanation for p in m.explanation.phrases}

        assert "zorbling & quaffle pitch" in phrases("On the quaffle pitch we did some zorbling.")
        assert "zorbling & quaffle pitch" not in phrases("Some zorbling with a quaffle near the pitch.")
        assert "feedback & give me" in phrases("Colleagues give me feedback on my workshops.")
        assert "feedback & give me" not in phrases("He gives teachers detailed feedback.")

    @given(
        st.lists(
            st.lists(st.integers(min_value=0, max_value=300), min_size=1, max_size=30).map(sorted),
            min_size=2,
            max_size=4,
        )
    )
    def test_near_agrees_with_its_definition(self, lists: list[list[int]]) -> None:
        """The bisecting search finds exactly what comparing every pair of positions finds."""
        first, *rest = lists
        expected = any(all(any(abs(q - p) <= _WINDOW for q in other) for other in rest) for p in first)
        assert _near(lists) is expected


class TestProfileText:
    """profile_text turns a narrative into evidence and a mixed-stage profile."""

    @pytest.mark.parametrize("example", ["sasha", "ayesha", "julia"])
    def test_published_examples(self, example: str) -> None:
        e = FW.example(example)
        p = tfw.profile_text(FW, e.text)
        assert p.most_common_stage() == e.stage

    def test_mixed_narrative_gives_mixed_profile(self) -> None:
        narrative = (
            "I designed a twelve-week blended course for secondary teachers from scratch. "
            "I also plan whole training programmes for the region, juggling budgets and timetables.\n\n"
            "When I observe, I use the checklist the district provides and give general advice. "
            "I'm aware that my feedback is quite basic."
        )
        p = tfw.profile_text(FW, narrative)
        assert p.category_stage("training") == FW.stage("lead")
        assert p.category_stage("observation") == FW.stage("teacher-to-trainer")
        assert p.category_stage("knowledge") is None

    def test_evidence_keeps_the_statement(self) -> None:
        p = tfw.profile_text(FW, "I visit classrooms with the checklist the district provides. I like cats.")
        (item,) = [i for i in p.evidence if i.source == "text"]
        assert item.note == "I visit classrooms with the checklist the district provides."
        assert item.judgement is tfw.Judgement.MET
        assert 0 < item.confidence <= 1

    def test_implied_earlier_steps(self) -> None:
        p = tfw.profile_text(FW, "I designed a blended course for secondary teachers from scratch.")
        implied = {i.descriptor_id: i.note for i in p.evidence if i.source == "text:implied"}
        assert implied == {
            "training.teacher-to-trainer.1": "implied by training.lead.1",
            "training.autonomous.1": "implied by training.lead.1",
        }

    def test_low_confidence_is_not_evidence(self) -> None:
        p = tfw.profile_text(FW, "We had a meeting. The weather was nice.")
        assert len(p.evidence) == 0
        assert tfw.profile_text(FW, "") == tfw.profile(FW, {}, tfw.TEXT_RULES)
        with pytest.raises(TypeError, match="text must be a str"):
            tfw.profile_text(FW, None)  # type: ignore[arg-type]


_FIRST_READ_UNDER_THE_FLOOR = {"fresh263": 0.81}
"""Evaluation sets first read under the category floor of 0.84, with their first reading (fresh263,
0.817 at ccfd244: sticky notes, a taxi dispatcher's radio small talk, a ferry queue)."""


class TestAccuracy:
    """The labelled statements keep their accuracy (a regression guard, not the target)."""

    def test_all_statements(self) -> None:
        acc = evaluate(load(), FW)
        assert acc["cat@1"] >= 0.92  # 0.93 before fresh15 (first reading 0.76) was added
        assert acc["catstage@1"] >= 0.81  # 0.82 before fresh15
        assert acc["cat@3"] >= 0.96

    def test_tuning_set(self) -> None:
        acc = evaluate([row for row in load() if row[0] == "dev"], FW)
        assert acc["cat@1"] >= 0.96
        assert acc["catstage@1"] >= 0.80

    @pytest.mark.parametrize("split", sorted(set(FRESH) - {NEWEST}))
    def test_each_later_set_keeps_its_floor(self, split: str) -> None:
        """Every earlier later set: category top-1 0.84, category and stage 0.60.

        A set kept for evaluation whose first reading was already under the category floor
        is held at that first reading instead (it is never tuned on, so it cannot be raised to it).
        """
        acc = evaluate([row for row in load() if row[0] == split], FW)
        assert acc["cat@1"] >= _FIRST_READ_UNDER_THE_FLOOR.get(split, 0.84)
        assert acc["catstage@1"] >= 0.60

    def test_each_independent_set_is_evaluated_or_counted_never_both(self) -> None:
        """From fresh30 on, every set was written from the framework pages alone: each is kept for
        evaluation (never counted into the word model) or counted (read by a round, or only fitted
        on; tools/labelled.py says which)."""
        from tools.fit_word_model import ORDER
        from tools.labelled import DATA, EVALUATION, FITTED_UNREAD, READ_HELD_BACK, READ_THEN_COUNTED

        # the sets of not-own statements alone (fresh326, fresh327) have no matching file
        assertion_only = {p.stem.removeprefix("assertion_") for p in DATA.glob("assertion_fresh*.txt")}
        independent = {
            name for name in {*FRESH, *assertion_only} if int(name.removeprefix("fresh") or 1) >= 30
        }
        assert not EVALUATION & READ_THEN_COUNTED
        assert not (EVALUATION | READ_THEN_COUNTED) & READ_HELD_BACK
        assert not (EVALUATION | READ_THEN_COUNTED | READ_HELD_BACK) & FITTED_UNREAD
        assert independent == EVALUATION | READ_THEN_COUNTED | READ_HELD_BACK | FITTED_UNREAD
        # (the word model counts statements of the trainer's own: a set of not-own statements alone has none)
        assert set(ORDER) >= (READ_THEN_COUNTED | READ_HELD_BACK | FITTED_UNREAD) - assertion_only
        assert not EVALUATION & set(ORDER)

    def test_the_newest_set_is_in_the_baseline(self) -> None:
        """Each labelled text's result is guarded by tests/test_baseline.py, the newest set's too."""
        text = (Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "baseline.tsv").read_text()
        assert f"\tstatement\t{NEWEST}\t".strip() in text


class TestDeterminism:
    """The same statement scores the same, bit for bit, in any process."""

    @pytest.mark.slow
    @pytest.mark.subprocess
    def test_across_string_hash_seeds(self) -> None:
        import os
        import subprocess
        import sys

        code = (
            "import trainerframework as tfw; fw = tfw.load_framework(); "
            "texts = [r[3] for r in __import__('tools.labelled', fromlist=['load']).load()[::7]]; "
            "print([tfw.Matcher(fw).scorer.scores(t) for t in texts])"
        )
        root = str(Path(__file__).resolve().parent.parent)
        runs = {
            subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                cwd=root,
                env={**os.environ, "PYTHONHASHSEED": seed},
            ).stdout
            for seed in ("1", "2", "3")
        }
        assert len(runs) == 1


class TestTokens:
    """Words are split the same way whatever the text holds."""

    @staticmethod
    def _reference(text: str) -> list[str]:
        """The slow, obvious rule: drop apostrophes, then runs of letters and digits, lower-cased."""
        import re

        stripped = re.sub("['’‘]", "", text.lower())
        return re.findall(r"[^\W_]+", stripped)

    @given(st.text(max_size=60))
    def test_any_text(self, text: str) -> None:
        from trainerframework._language._text import tokens

        assert tokens(text) == self._reference(text)

    @given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
    def test_ascii_text(self, text: str) -> None:
        from trainerframework._language._text import tokens

        assert tokens(text) == self._reference(text)


class TestSpelling:
    """US spellings reach the lexicon's UK stems."""

    @pytest.mark.parametrize(
        ("us", "uk"),
        [
            ("specialize", "specialise"),
            ("analyzing", "analysing"),
            ("organization", "organisation"),
            ("program", "programme"),
            ("behavior", "behaviour"),
            ("judgment", "judgement"),
            ("size", "size"),
            ("prize", "prize"),
        ],
    )
    def test_british(self, us: str, uk: str) -> None:
        from trainerframework._language._text import british

        assert british(us) == uk

    def test_us_statement_matches_like_uk(self) -> None:
        uk = tfw.match(FW, "I'm exploring whether to specialise in young learners", limit=1)[0]
        us = tfw.match(FW, "I'm exploring whether to specialize in young learners", limit=1)[0]
        assert us.descriptor == uk.descriptor
        assert us.score == uk.score
