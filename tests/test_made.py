"""A tool the trainer made reads as the descriptors' "creates": a cue for the third stage."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given as for_all
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._language._given import TOOLS
from trainerframework._language._made import _MAKING_VERBS, TOOL_WORDS, made, several_of_own
from trainerframework._language._text import tokens

FW = tfw.load_framework()
SCORER = tfw.LexiconScorer(FW)
WITHOUT = SCORER.with_weights(attrs.evolve(SCORER.weights, made=0.0))
"""The same scorer with the cue off."""

VERBS = ["made", "built", "wrote", "developed", "drafted", "devised", "put together", "came up with"]
MAKERS = ["I", "we", "that I", "I've"]
MINE = ["mine", "all my own"]
WHOSE = ["our", "my own", "the"]
THINGS = ["checklist", "forms", "criteria", "observation rubric", "feedback protocol", "toolkit"]


class TestPhrases:
    @pytest.mark.parametrize(
        ("text", "phrase"),
        [
            ("I made our own observation forms and feedback process.", "made our own observation forms"),
            ("so I built my own observation protocol", "built my own observation protocol"),
            ("I wrote a couple of short checklists for the tutors", "wrote a couple of short checklists"),
            (
                "She designed the team's lesson observation toolkit",
                "designed the team's lesson observation toolkit",
            ),
            ("the feedback protocol I wrote, teacher-led", "protocol I wrote"),
            ("the instruments and protocol I have developed", "protocol I have developed"),
            ("the criteria we’ve drafted for rural schools", "criteria we’ve drafted"),
            ("observation, the tool is mine too", "tool is mine"),
            ("I came up with\\na   rubric", "came up with a rubric"),  # white space folded
            ("I MADE THE FORMS", "MADE THE FORMS"),
            ("I developed criteria for rural schools", "developed criteria"),
            # two tools' words, or two verbs, joined
            ("I created the observation and feedback tools", "created the observation and feedback tools"),
            ("Developed and validated assessment criteria", "Developed and validated assessment criteria"),
            (
                "designed and piloted an observation framework",
                "designed and piloted an observation framework",
            ),
        ],
    )
    def test_found(self, text: str, phrase: str) -> None:
        assert made(text.replace("\\n", "\n")) == phrase

    @pytest.mark.parametrize(
        "text",
        [
            "I made sure the teachers filled in the form",  # a clause between verb and tool
            "I make the teachers complete the checklist",  # a person between
            "The checklist was made by head office",  # passive
            "the forms were written by the coordinator",
            "I helped write the criteria",  # a hand in someone else's making
            "I use the form made by the ministry",  # the ministry's
            "I made the sessions more interactive",  # an activity, not a tool
            "I developed my skills with the checklist",  # "with": the tool is not what was made
            "I use my own judgement more than any form",
            "I made the slides for Tuesday's session",  # a session's everyday making, at every stage
            # a fresh-eyes review's misfires: "make" that causes, a preposition or an -ing word between,
            # a compound's or a described participle, a verb with more after it, a tool not the subject
            "I make the ministry modules more practical",
            "I made the checklist work for large classes",
            "I write feedback using the school's checklist",
            "I design around the tools the school gives us",
            "We use the ministry-designed checklist",
            "pre-made checklists save time",
            "newly developed criteria are coming",
            "The observation procedures I write up each week",
            "The checklist I write my notes on",
            "The final decision on the criteria is mine",
            "The tools are mine to choose",
            "I wrote my own materials for the workshop",
            # a fresh-eyes review's misfires: "and" joining another noun phrase or another doing
            "I designed the sessions and the checklist came from the ministry",
            "I designed lessons and applied the rubric",
            "I write feedback and the rubric helps me to be fair",
            "We write reflections and the standard form from the school",
            "written and collected the feedback forms",
            "",
        ],
    )
    def test_not_found(self, text: str) -> None:
        assert made(text) is None

    @for_all(
        st.tuples(
            st.sampled_from(VERBS),
            st.sampled_from(["the", "our", "my own", "a", ""]),
            st.sampled_from(THINGS),
        ),
        st.text(alphabet="abc ,.;", max_size=20),
        st.text(alphabet="abc ,.;", max_size=20),
    )
    def test_found_wherever_it_stands(self, parts: tuple[str, str, str], before: str, after: str) -> None:
        # in its own clause: what follows "made X" without a mark may make it causal ("made X a success")
        verb, whose, thing = parts
        phrase = " ".join(w for w in (verb, whose, thing) if w)
        assert made(f"{before} I {phrase}, {after}") == phrase

    @for_all(
        st.lists(
            st.sampled_from(
                [*VERBS, *THINGS, "the", "our", "my", "own", "I", "we", "was", "by", "helped", "teachers",
                 "sure", "use", "is", "mine", "have", "that", ",", ".", "new", "a", "couple", "of"]
            ),
            max_size=14,
        ).map(" ".join)
    )  # fmt: skip
    def test_a_phrase_found_is_found_alone_and_names_a_tool(self, text: str) -> None:
        found = made(text)
        if found is not None:
            assert made(found) == found
            assert not TOOL_WORDS.isdisjoint(tokens(found))
            assert TOOL_WORDS < TOOLS

    @for_all(
        st.one_of(
            st.tuples(st.sampled_from(THINGS), st.sampled_from(MAKERS), st.sampled_from(VERBS)),
            st.tuples(st.sampled_from(VERBS), st.sampled_from(WHOSE), st.sampled_from(THINGS)),
            st.tuples(st.sampled_from(THINGS), st.sampled_from(["is", "are"]), st.sampled_from(MINE)),
        ).map(" ".join),
        st.sampled_from([" ", " ' ", "'", "’", "_", "2", "\u212a", "\u017f", "é", ", ", "-"]),
        st.text(alphabet="abI '’,.é\u212a", max_size=8),
        st.text(alphabet="abI '’,.é\u212a", max_size=8),
    )  # fmt: skip
    def test_the_word_check_is_the_plain_reading(
        self, core: str, joint: str, before: str, after: str
    ) -> None:
        """The patterns tried only where their words are give what trying every pattern gives:
        a making, a tool made or a tool said to be mine, its words joined by spaces or by marks
        that are no letters (an apostrophe, a digit, the Kelvin sign, which folds to "k")."""
        from trainerframework._language._made import _made

        text = before + joint.join(core.split(" ")) + after
        assert made(text) == _made(text, verb=True, mine=True)

    @pytest.mark.parametrize("verb", sorted(_MAKING_VERBS))
    def test_the_word_check_keeps_every_verb(self, verb: str) -> None:
        """Each verb of making, before its tool and after it, as the plain reading finds it."""
        from trainerframework._language._made import _made

        for text in (f"I {verb} our observation checklist.", f"It is the checklist I {verb}."):
            assert made(text) == _made(text, verb=True, mine=True)

    @pytest.mark.parametrize(
        "text",
        [
            "The feedback checklist is mine.",
            "Our rubric is all my own.",
            "The protocol I wrote",
            "I made our forms.",
        ],
    )
    def test_the_word_check_keeps_each_pattern(self, text: str) -> None:
        assert made(text) is not None

    @for_all(st.text(max_size=60))
    def test_a_text_without_a_tool_word_has_no_phrase(self, text: str) -> None:
        # the scorer asks only a statement with a tool's noun: the look-up must lose nothing
        if TOOL_WORDS.isdisjoint(tokens(text)):
            assert made(text) is None


class TestScoring:
    def test_the_tool_made_is_a_cue_for_the_third_stage(self) -> None:
        text = "I made our own observation forms and feedback process."
        best = tfw.match(FW, text, limit=1)[0]
        assert best.descriptor.id == "observation.lead.1"
        assert "made our own observation forms" in best.explanation.stage_cues
        assert tfw.Matcher(FW, WITHOUT).match(text, 1)[0].descriptor.id != "observation.lead.1"

    @pytest.mark.parametrize(
        "text",
        [
            "I made our observation forms - took a while to get them right.",
            "We use the feedback protocol I wrote with the teachers.",
            "I built my own checklist for large classes.",
        ],
    )
    def test_the_cue_weighs_for_the_third_stage(self, text: str) -> None:
        with_cue = SCORER._read(text)[3][3]
        without = WITHOUT._read(text)[3][3]
        assert with_cue[2] / sum(with_cue) > without[2] / sum(without)

    def test_a_first_stage_cue_inside_the_phrase_counts_what_was_made(self) -> None:
        # "a handful of" counts the tools made, not a narrow practice; outside the phrase it is a cue
        inside = "I have made a handful of observation and feedback tools for our classrooms."
        cues = {term for term, target, _ in SCORER._read(inside)[2] if target.startswith("stage:")}
        assert "a handful of" not in cues
        assert "made a handful of observation and feedback tools" in cues
        assert "basic" in {
            t for t, g, _ in SCORER._read("I made a basic feedback form.")[2] if g == "stage:1"
        }
        outside = "I use a handful of observation tools that my school gives me."
        assert "a handful of" in {term for term, target, _ in SCORER._read(outside)[2] if target == "stage:1"}

    @pytest.mark.parametrize(
        ("text", "dropped"),
        [
            # several tools the trainer made: their plainness is a senior trainer's modesty
            ("I made a few simple tools and a feedback routine.", True),
            ("We've put together some simple checklists for the mentors.", True),
            # one basic tool may be a beginner's; someone else's simple tools are not the trainer's
            ("I made a basic checklist for observations.", False),
            ("The course leader made a few simple tools which I now use.", False),
        ],
    )
    def test_a_first_stage_cue_inside_the_phrase_of_several_own_tools(self, text: str, dropped: bool) -> None:
        cues = {t for t, g, _ in SCORER._read(text)[2] if g == "stage:1"}
        phrase = made(text)
        assert phrase is not None
        assert several_of_own(text, phrase) is dropped
        assert cues.isdisjoint({"simple", "basic"}) is dropped


class TestSeveralOfOwn:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("I made a few simple tools.", True),
            ("I've also built basic checklists.", True),
            ("the simple forms we developed work well", True),  # the maker in the phrase
            ("I made a basic checklist.", False),  # one tool
            ("Our coordinator made a few simple tools.", False),  # not the trainer
        ],
    )
    def test_examples(self, text: str, expected: bool) -> None:
        phrase = made(text)
        assert phrase is not None
        assert several_of_own(text, phrase) is expected

    @for_all(st.sampled_from(VERBS), st.sampled_from(THINGS), st.sampled_from(["I", "We", "Our head", "She"]))
    def test_only_the_trainers_and_only_plurals(self, verb: str, thing: str, who: str) -> None:
        text = f"{who} {verb} a few {thing} for the mentors."
        phrase = made(text)
        assert phrase is not None
        plural = thing.endswith("s") or thing == "criteria"
        assert several_of_own(text, phrase) is (who in {"I", "We"} and plural)
