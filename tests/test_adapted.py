"""A course's part the trainer adapts reads as the descriptors' "adapts given materials", not as designing."""

from __future__ import annotations

import pytest
from hypothesis import given as for_all
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._language._adapted import COURSE_PARTS, adapted
from trainerframework._language._text import tokens

FW = tfw.load_framework()
SCORER = tfw.LexiconScorer(FW)

VERBS = ["adapt", "reshape", "re-shape", "rework", "tailor", "modify", "tweak", "localise", "customise"]
PARTS = sorted(COURSE_PARTS)


class TestPhrases:
    @pytest.mark.parametrize(
        ("text", "phrase"),
        [
            ("I adapt the national units for each cohort.", "adapt the national units"),
            ("For now I re-shape the national units for each cohort", "re-shape the national units"),
            ("we rework the ministry's\nmodules", "rework the ministry's modules"),  # white space folded
            ("I take her units and reshape them for each group I get.", "units and reshape them"),
            ("I took the standard module and reworked it for them", "module and reworked it"),
            ("ADAPTED THE PROGRAMME", "ADAPTED THE PROGRAMME"),
        ],
    )
    def test_found(self, text: str, phrase: str) -> None:
        assert adapted(text) == phrase

    @pytest.mark.parametrize(
        "text",
        [
            "I design units and courses from scratch.",  # designing, not adapting
            "I adapt my own modules every year.",  # the trainer's own design
            "I adapted the framework into a course of my own.",
            "I adapt activities for the unit on feedback",  # "for": the part is not what is adapted
            "I adapt the materials; the modules come from head office.",  # another clause
            "I adapt materials to the needs of the programme",
            # a fresh-eyes review's misfires: the trainer's own making in the clause, a restructuring,
            # a part adapted into a course of the trainer's own
            "I designed the induction programme from scratch and adapt it every year.",
            "I wrote the modules myself, trialled them with two cohorts and reworked them after each one.",
            "Each year I take the units we wrote and adjust them to what last cohort told us.",
            "I overhaul and restructure whole programmes when a new client comes.",
            "I adapted the CELTA syllabus into a twelve-week course of my own for our district.",
            "",
        ],
    )
    def test_not_found(self, text: str) -> None:
        assert adapted(text) is None

    @for_all(
        st.sampled_from(VERBS),
        st.sampled_from(["the", "the national", "the ministry's", "our standard", "her"]),
        st.sampled_from(PARTS),
        st.text(alphabet="abc ,.;", max_size=20),
        st.text(alphabet="abc ,.;", max_size=20),
    )
    def test_found_wherever_it_stands(
        self, verb: str, between: str, part: str, before: str, after: str
    ) -> None:
        found = adapted(f"{before} {verb} {between} {part} {after}")
        assert found == f"{verb} {between} {part}"

    @for_all(st.text(max_size=60))
    def test_a_text_without_a_course_part_has_no_phrase(self, text: str) -> None:
        # the scorer asks only where a part's word is present: that look-up must not miss one
        if COURSE_PARTS.isdisjoint(tokens(text)):
            assert adapted(text) is None


class TestScoring:
    @pytest.mark.parametrize(
        "text",
        [
            "I adapt the national units for each cohort.",
            "I take her units and reshape them for each group I get.",
            "I reshape the units for each group.",
        ],
    )
    def test_a_part_adapted_is_not_a_design(self, text: str) -> None:
        best = tfw.match(FW, text, limit=1)[0]
        assert best.descriptor.id == "training.autonomous.1"
        phrase = adapted(text)
        assert phrase is not None
        hits = SCORER._read(text)[2]
        assert not [term for term, target, _ in hits if target == "course_design" and term in phrase.lower()]

    def test_a_part_adapted_with_no_adapting_word_in_the_lexicon_is_adapting(self) -> None:
        # "adjust" names no adapting concept of its own: the phrase is one, so the statement stays
        # in training (a review's misfire: dropping "syllabus" left it nothing of training)
        text = "The syllabus comes from head office; I adjust the syllabus to the teachers' level."
        assert "adapting_materials" in {target for _, target, _ in SCORER._read(text)[2]}
        assert tfw.match(FW, text, limit=1)[0].descriptor.id == "training.autonomous.1"

    def test_only_the_parts_inside_the_phrase_are_left_out(self) -> None:
        text = "I adapt the ministry modules. I also wrote three new modules of my own."
        assert adapted(text) == "adapt the ministry modules"
        designs = [term for term, target, _ in SCORER._read(text)[2] if target == "course_design"]
        assert designs == ["module"]  # the second sentence's, the trainer's own

    def test_a_part_designed_is_still_a_design(self) -> None:
        best = tfw.match(FW, "I design units and courses for new trainers from scratch.", limit=1)[0]
        assert best.descriptor.id == "training.lead.1"
        assert "course_design" in best.explanation.concepts
