"""An institution's tool or material reads as the descriptors' "given": a cue for the first two stages."""

from __future__ import annotations

import pytest
from hypothesis import given as for_all
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._language._given import OWNERS, given

FW = tfw.load_framework()


class TestPhrases:
    @pytest.mark.parametrize(
        ("text", "phrase"),
        [
            ("yep i use the school's obs checklist, fill it in", "the school's obs checklist"),
            ("Observed 2 teachers today with the school's checklist.", "the school's checklist"),
            ("I run the department form past each teacher", "the department form"),
            ("we use our centre’s observation tools", "our centre’s observation tools"),
            ("The publisher's training modules are written for Europe", "The publisher's training modules"),
            ("I use the form the inspectorate gave us", "form the inspectorate gave"),
            ("a rubric that the ministry requires", "rubric that the ministry requires"),
            ("the rubric provided by the ministry", "rubric provided by the ministry"),
            ("materials sent to us from head office", "materials sent to us from head office"),
            ("the programmes' slides", "the programmes' slides"),
        ],
    )
    def test_found(self, text: str, phrase: str) -> None:
        assert given(text) == phrase

    @pytest.mark.parametrize(
        "text",
        [
            "I designed my own checklist and use it with every teacher.",
            "a university course I wrote from scratch",  # a kind of course, not an owner's
            "Our team sessions are fun",  # the trainer's own team
            "my colleague's form is better than mine",  # a person's, borrowed by choice
            "I teach at the school and use my checklist",
            "the schoolbook checklist",
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
            st.sampled_from(["checklist", "forms", "criteria", "training materials", "observation rubric"]),
        ),
        st.text(alphabet="abc ,.;", max_size=20),
        st.text(alphabet="abc ,.;", max_size=20),
    )
    def test_found_wherever_it_stands(self, parts: tuple[str, ...], before: str, after: str) -> None:
        whose, owner, mark, thing = parts
        found = given(f"{before} {whose} {owner}{mark} {thing} {after}")
        assert found is not None
        assert found.lower().startswith(f"{whose} {owner}".lower())

    @for_all(st.text(max_size=300))
    def test_any_text_is_read_or_not_the_same_every_time(self, text: str) -> None:
        found = given(text)
        assert found == given(text)
        assert found is None or found in text


class TestScoring:
    def test_the_given_tool_is_a_cue_for_the_first_two_stages(self) -> None:
        text = "yep i use the school's obs checklist, fill it in, give a couple of tips after"
        best = tfw.match(FW, text, limit=1)[0]
        assert best.descriptor.id == "observation.teacher-to-trainer.1"
        assert "the school's obs checklist" in best.explanation.stage_cues
        lead = next(m for m in tfw.match(FW, text, limit=20) if m.descriptor.id == "observation.lead.1")
        assert "the school's obs checklist" not in lead.explanation.stage_cues
        assert lead.score < best.score

    def test_a_statement_without_an_owner_reads_as_before(self) -> None:
        text = "yep i use a checklist, fill it in, give a couple of tips after"
        assert all("checklist" not in cue for m in tfw.match(FW, text) for cue in m.explanation.stage_cues)

    def test_the_cue_weighs_against_the_third_stage(self) -> None:
        # the same statement, the owner named or not: the third stage's share of the stage signal falls
        scorer = tfw.LexiconScorer(FW)
        with_owner = scorer._read("I observe teachers with the ministry's form and give feedback.")[3][3]
        without = scorer._read("I observe teachers with a form and give feedback.")[3][3]
        assert with_owner[2] / sum(with_owner) < without[2] / sum(without)
