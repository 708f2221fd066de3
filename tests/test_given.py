"""An institution's tool or material reads as the descriptors' "given": a cue for the first two stages.

And what the two tool cues share, "given" and "made" (tests/test_made.py): each off at weight 0.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given as for_all
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._language._given import OWNERS, given
from trainerframework._language._text import tokens

FW = tfw.load_framework()
SCORER = tfw.LexiconScorer(FW)
WITHOUT = SCORER.with_weights(attrs.evolve(SCORER.weights, given=0.0))
"""The same scorer with the cue off."""

THINGS = ["checklist", "forms", "criteria", "training materials", "observation rubric", "slides"]


class TestPhrases:
    @pytest.mark.parametrize(
        ("text", "phrase"),
        [
            ("yep i use the school's obs checklist, fill it in", "the school's obs checklist"),
            ("Observed 2 teachers today with the school's checklist.", "the school's checklist"),
            ("I run the department form past each teacher", "the department form"),
            ("we use our centre’s observation tools", "our centre’s observation tools"),
            ("The publisher's training modules are written for Europe", "The publisher's training modules"),
            ("the programmes' slides", "the programmes' slides"),
            ("the school‘s checklist", "the school‘s checklist"),
            ("the Ministry of Education's rubric", "the Ministry of Education's rubric"),
            ("I use the form the inspectorate gave us", "form the inspectorate gave"),
            ("the checklist the school has given us", "checklist the school has given"),
            ("the checklist the school’s given us", "checklist the school’s given"),
            ("a rubric that the ministry requires", "rubric that the ministry requires"),
            ("the rubric provided by the ministry", "rubric provided by the ministry"),
            ("a rubric mandated by the ministry", "rubric mandated by the ministry"),
            ("materials sent to us from head office", "materials sent to us from head office"),
            ("the checklist from the school", "checklist from the school"),
            ("I use the school's\nobs   checklist", "the school's obs checklist"),  # white space folded
            ("The checklist FROM the Ministry", "checklist FROM the Ministry"),
            # a letter whose lower case is longer ("İ" is two characters in lower case): read as written
            ("İlker uses the SCHOOL's checklist", "the SCHOOL's checklist"),
            # found wanting further on, or praised: still the tool used
            ("I use the school's checklist and it works well", "the school's checklist"),
            ("I use the ministry checklist, and it suits most classes", "the ministry checklist"),
            # a fresh-eyes review's misfires: the negation's subject another, or the tool used all the same
            (
                "I use the school's observation form so trainees never work blind",
                "the school's observation form",
            ),
            ("I apply the school's criteria and teachers that don't meet them", "the school's criteria"),
            ("The school's checklist does not really suit me but I have to use it", "The school's checklist"),
            ("I use the ministry checklist, which we never", "the ministry checklist"),
        ],
    )
    def test_found(self, text: str, phrase: str) -> None:
        assert given(text) == phrase

    @pytest.mark.parametrize(
        "text",
        [
            "I designed my own checklist and use it with every teacher.",
            "a university course I wrote from scratch",  # an activity, not a tool
            "I run our centre's training sessions",
            "my college course I designed",
            "my school's own rubric that I wrote",  # the trainer's own
            "the school I run sessions at",  # a clause between owner and noun
            "I visit the school with my checklist and give feedback",
            "the state of the forms",  # "of" and no name
            "the chain of sessions",
            "the board plan",
            "Our team sessions are fun",  # the trainer's own team
            "my colleague's form is better than mine",  # a person's, borrowed by choice
            "I teach at the school and use my checklist",
            "the schoolbook checklist",
            "a long word before the owner, " + "x" * 60 + "platforms the school gave",  # no cut word
            # a tool the trainer found wanting or set aside: the reason for one of their own
            "I made my own guide after finding the ministry checklist did not suit our classes.",
            "I made our own instruments because the ministry form was not fitting to the context.",
            "I wrote a new one, since the school's form doesn't really fit large classes",
            "I made my own observation guide, after finding the ministry checklist did not",
            "Instead of the ministry checklist I use a tool I wrote.",
            "",
        ],
    )
    def test_not_found(self, text: str) -> None:
        assert given(text) is None

    @for_all(
        st.tuples(
            st.sampled_from(["the", "our", "my"]),
            st.sampled_from(OWNERS),
            st.sampled_from(["'s", "’s", ""]),
            st.sampled_from(THINGS),
        ),
        st.text(alphabet="abc ,.;", max_size=20),
        st.text(alphabet="abc ,.;", max_size=20),
    )
    def test_found_wherever_it_stands(self, parts: tuple[str, ...], before: str, after: str) -> None:
        whose, owner, mark, thing = parts
        found = given(f"{before} {whose} {owner}{mark} {thing} {after}")
        assert found == f"{whose} {owner}{mark} {thing}"

    @for_all(
        st.lists(
            st.sampled_from(
                [*OWNERS, *THINGS, "the", "our", "a", "'s", "’s", "of", "Education", "gave", "has", "given",
                 "from", "by", "provided", "to", "us", "I", "run", "own", ",", ".", "that", "new"]
            ),
            max_size=14,
        ).map(" ".join)
    )  # fmt: skip
    def test_a_phrase_found_is_found_alone(self, text: str) -> None:
        # the phrase is the whole construction: read alone it is found again, whole, and it names an
        # owner and a tool
        found = given(text)
        if found is not None:
            assert given(found) == found
            words = tokens(found)
            assert any(w.rstrip("s") in {t for o in OWNERS for t in tokens(o)} for w in words)
            assert any(w in found for w in ("checklist", "form", "criteria", "material", "rubric", "slides"))


class TestScoring:
    def test_the_given_tool_is_a_cue_for_the_first_two_stages(self) -> None:
        text = "yep i use the school's obs checklist, fill it in, give a couple of tips after"
        best = tfw.match(FW, text, limit=1)[0]
        assert best.descriptor.id == "observation.teacher-to-trainer.1"
        assert "the school's obs checklist" in best.explanation.stage_cues
        lead = next(m for m in tfw.match(FW, text, limit=20) if m.descriptor.id == "observation.lead.1")
        assert "the school's obs checklist" not in lead.explanation.stage_cues
        assert lead.score < best.score
        # the cue moves the first stage's descriptor up against the tool-and-feedback one of the third
        ids = [d.id for d in FW.descriptors]
        first, third = ids.index("observation.teacher-to-trainer.1"), ids.index("observation.lead.1")
        cued, uncued = tfw.Matcher(FW).scorer.scores(text), WITHOUT.scores(text)
        assert cued[first] - cued[third] > uncued[first] - uncued[third]

    @pytest.mark.parametrize(
        "text",
        [
            "I observe teachers with the ministry's form and give feedback.",
            "I use the checklist from the school when I observe.",
            "My sessions use the materials the publisher provides.",
        ],
    )
    def test_the_cue_weighs_against_the_third_stage(self, text: str) -> None:
        with_cue = SCORER._read(text)[3][3]
        without = WITHOUT._read(text)[3][3]
        assert with_cue[2] / sum(with_cue) < without[2] / sum(without)
        assert with_cue[0] / sum(with_cue) > without[0] / sum(without)


_CUES = {
    # the cue, words that never make it fire, a statement that does, its phrase, a descriptor of the
    # cue's stage
    "given": (
        ["I", "observe", "teachers", "with", "a", "checklist", "design", "my", "own", "course",
         "materials", "the", "form", "and", "give", "feedback", "trainers", "criteria", "."],
        "I use the school's checklist.", "the school's checklist", "observation.teacher-to-trainer.1",
    ),
    "made": (
        ["I", "observe", "teachers", "with", "a", "design", "my", "own", "course", "made",
         "the", "and", "give", "feedback", "trainers", "wrote", "built", "sessions", "."],
        "I built my own checklist.", "built my own checklist", "observation.lead.1",
    ),
}  # fmt: skip
"""The two tool cues (:mod:`._given`, :mod:`._made`): each off with its weight at 0."""


@pytest.mark.parametrize("cue", sorted(_CUES))
class TestEachToolCue:
    @for_all(data=st.data())
    def test_a_statement_that_does_not_fire_it_scores_as_without_it(
        self, cue: str, data: st.DataObject
    ) -> None:
        words, *_ = _CUES[cue]
        text = " ".join(data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=16)))
        without = SCORER.with_weights(attrs.evolve(SCORER.weights, **{cue: 0.0}))
        assert SCORER.scores(text) == without.scores(text)

    def test_a_weight_of_0_turns_it_off(self, cue: str) -> None:
        _, text, phrase, descriptor = _CUES[cue]
        index = [d.id for d in FW.descriptors].index(descriptor)
        without = SCORER.with_weights(attrs.evolve(SCORER.weights, **{cue: 0.0}))
        assert phrase not in without.explain(text, index).stage_cues
        assert phrase in SCORER.explain(text, index).stage_cues
