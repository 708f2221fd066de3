"""Assertion status: negated, intended, someone else's and given-up practice is never credited."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import trainerframework as tfw
from tools import labelled
from tools.labelled import load
from trainerframework._language import _assertion
from trainerframework._language._restatement import restated
from trainerframework._language._text import sentences
from trainerframework._matching._matcher import default_matcher
from trainerframework._profiling import _narrative

FW = tfw.load_framework()
STATEMENTS = [text for *_, text in load()]


def _every_assertion() -> list[labelled.Assertion]:
    """The not-own statements of every labelled set that has them."""
    names = sorted(
        labelled.EVALUATION | labelled.READ_THEN_COUNTED | labelled.READ_HELD_BACK | labelled.FITTED_UNREAD
    )
    return [
        row
        for n in names
        if (labelled.DATA / f"assertion_{n}.txt").exists()
        for row in labelled.assertions(n)
    ]


def _every_narrative() -> list[labelled.Narrative]:
    return [row for style in labelled.styles() for row in labelled.narratives(style)]


A = tfw.Assertion


def _stages(text: str, matcher: tfw.Matcher | None = None) -> dict[str, str | None]:
    p = tfw.profile_text(FW, text, matcher=matcher)
    return {c.id: (s.id if (s := p.category_stage(c.id)) else None) for c in FW.categories}


RULES_ALONE = tfw.Matcher(FW, ownership=False)
"""The assertion reader's rules without the ownership model (tests/test_ownership.py tests the model)."""


def _statuses(text: str) -> list[tuple[str, A]]:
    return [(c.text, c.assertion) for c in tfw.read_clauses(text)]


class TestTheIssuesExamples:
    """What a new user tried: none of these credits a stage any more."""

    @pytest.mark.parametrize(
        ("text", "status"),
        [
            ("I have never designed a course from scratch.", A.NEGATED),
            ("I can't design courses yet.", A.NEGATED),
            ("I hope to mentor other trainers one day, but I have not done it yet.", A.INTENDED),
            ("In the future I want to create my own observation tools.", A.INTENDED),
            ("I do not do any research.", A.NEGATED),
            ("**Qualifications:** CELTA, DELTA Module 2", A.NOT_PROSE),
            ("Senior Teacher Trainer, British Council", A.NOT_PROSE),
            ("I used to run workshops for the whole district.", A.PAST),
        ],
    )
    def test_nothing_is_credited(self, text: str, status: A) -> None:
        found = tfw.match(FW, text, limit=3)
        assert found, "the matches still say what the statement is about"
        assert {m.assertion for m in found} == {status}
        assert {m.confidence for m in found} == {0.0}
        assert set(_stages(text).values()) == {None}
        reading = tfw.profile_text(FW, text).sentences[0]
        assert reading.status is tfw.ReadingStatus.NOT_ASSERTED
        assert reading.credited is None
        assert reading.describe().startswith(f"not credited: {status.reason}")

    def test_someone_elses_course_leaves_the_trainers_delivery(self) -> None:
        text = "My manager designs all our courses; I just deliver them."
        assert _statuses(text) == [
            ("My manager designs all our courses", A.OTHER),
            ("I just deliver them.", A.ASSERTED),
        ]
        assert all(m.descriptor.id != "training.lead.1" for m in tfw.match(FW, text, limit=1))

    def test_a_narrative_of_things_not_done_reads_no_stage(self) -> None:
        text = (
            "I have never designed a course. I don't observe other teachers. "
            "I hope to present at a conference one day. My coordinator writes all the materials."
        )
        assert set(_stages(text).values()) == {None}

    def test_a_date_range_is_not_presenting(self) -> None:
        assert _assertion.plain("2019-present: Head of English") == " : Head of English"
        assert tfw.read_clauses("- 2019–present: Senior Trainer")[0].assertion is A.NOT_PROSE

    @pytest.mark.parametrize(
        "text",
        [
            "2019-present: teacher trainer",
            "Teacher trainer, 2019-present",
            "Teacher trainer (2019-present)",
            "Freelance teacher trainer and mentor",
            "Section 4: Experience of the lead trainer.",
            # a letter's closing, the writer's name and title
            "Yours faithfully, Dr Grace Mensah, Programme Director.",
            "Kind regards, Ana Souza, Teacher Trainer",
        ],
    )
    def test_a_job_title_in_lower_case_is_no_practice(self, text: str) -> None:
        # a CV line's title, written in lower case too, credits nothing ("present" was presenting)
        (reading,) = tfw.profile_text(FW, text).sentences
        assert reading.credited is None
        assert [c.assertion for c in reading.clauses] == [A.NOT_PROSE]

    @pytest.mark.parametrize(
        "text",
        ["I am a teacher trainer.", "Mentor to five new trainers.", "I keep my feedback warm and kind."],
    )
    def test_a_title_in_a_sentence_or_with_what_is_done_is_read(self, text: str) -> None:
        assert all(c.assertion is A.ASSERTED for c in tfw.read_clauses(text))


class TestWhatStaysAsserted:
    """Negation words that do not deny the trainer's practice leave it credited."""

    @pytest.mark.parametrize(
        "text",
        [
            "I not only adapt the materials but also write new tasks for each group.",
            "I run sessions with no support from the coordinator.",
            "I pair teachers who don't follow with stronger colleagues.",
            "When teachers didn't understand, I explained it again in the same way.",
            "The lead trainer designed the programme from scratch.",
            "Diary: my mentor has a resource for every possible topic.",
            "I train in regions I have never worked in before, adapting to each group.",
        ],
    )
    def test_asserted(self, text: str) -> None:
        found = tfw.match(FW, text, limit=1)
        assert found[0].assertion is A.ASSERTED
        assert found[0].confidence > 0

    def test_a_denial_beside_practice_keeps_its_limit(self) -> None:
        clauses = tfw.read_clauses("She follows the pack but hasn't yet adapted any of it.")
        assert [c.assertion for c in clauses] == [A.ASSERTED, A.NEGATED]
        assert clauses[1].trigger == "hasn't yet"
        assert _assertion.asserted_text(clauses) == "She follows the pack but hasn't yet"

    def test_explain_says_why_a_sentence_was_not_credited(self) -> None:
        p = tfw.profile_text(FW, "I observe with the school checklist. I have never designed my own tool.")
        text = p.explain("observation").text
        assert "not credited: negated ('have never')" in text
        assert p.category_stage("observation") == FW.stages[0]


class TestTheCommandLine:
    """`match` and `profile --json` report the status."""

    def test_match(self) -> None:
        import io

        from trainerframework._cli import main

        out, err = io.StringIO(), io.StringIO()
        assert main(["match", "I can't design courses yet", "--limit", "1"], out, err) == 0
        assert 'not credited: negated ("can\'t")' in out.getvalue()


def _trigger_words() -> list[str]:
    """Every word of every trigger in data/assertion.toml: the properties reach every rule."""
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("trainerframework").joinpath("data", "assertion.toml").read_text("utf-8"))
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update(value.split())
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)

    walk({k: v for k, v in data.items() if k != "schema_version"})
    return sorted(found)


words = st.sampled_from(
    [
        "I", "she", "never", "not", "don't", "hope", "to", "will", "my", "manager", "used", "to", "but",
        "design", "courses", "observe", "teachers", "with", "no", "support", ",", ";", "and", "I",
        "next", "year", "the", "coordinator", "who", "when", "adapt", "materials", "instead", "of",
        "It's", "Ana", "?", ".", "-", "job", "coordinator's", "something", "Writing", "me", "since",
        "whereas", "while", "Tomás", "none", "of", "that",
    ]
)  # fmt: skip
trigger_words = st.sampled_from(_trigger_words())
FRAGMENTS = sorted({f for s in STATEMENTS for f in re.split(r"(?<=[,;.:])\s+", s)})
"""Pieces of the labelled statements (labels such as "Journal:" among them)."""
MARKS = [";", ".", ":", "(", ")", "?", ",", " - "]


class TestProperties:
    """Invariants of the reader."""

    @given(st.lists(words, min_size=1, max_size=25))
    def test_no_word_is_lost_or_invented(self, parts: list[str]) -> None:
        text = " ".join(parts)
        clauses = tfw.read_clauses(text)
        said = [w for w in _assertion._tokens(text).words if w not in _assertion._MARKS]
        read = [w for c in clauses for w in _assertion._tokens(c.text).words if w not in _assertion._MARKS]
        assert read == said

    @given(st.text(max_size=300))
    def test_any_text_is_read(self, text: str) -> None:
        clauses = tfw.read_clauses(text)
        assert clauses == tfw.read_clauses(text)
        assert all(c.text for c in clauses)

    @given(st.text(alphabet=st.sampled_from("aZé'’‘ -–,;.!?()_Σσ\u0130x1\n"), max_size=40))
    def test_tokens_are_the_token_regex_read_one_by_one(self, text: str) -> None:
        """The batched tokeniser (one lower(), one join) against each token read on its own."""
        found = list(_assertion._TOKEN.finditer(text))
        expected = [
            m.group().lower().replace("'", "").replace("’", "").replace("‘", "").strip() for m in found
        ]
        words, spans, raw = _assertion._tokens(text)
        assert words == expected
        assert spans == [m.span() for m in found]
        assert raw == [text[a:b] for a, b in spans]

    @given(st.lists(words, min_size=1, max_size=25))
    @example(["while", "I", ",", "I"])  # "while" opens no contrast that ends at its comma
    @example(["whereas", "I", "plan", ",", "she", "designs"])
    def test_the_clause_bounds_are_the_plain_loop(self, parts: list[str]) -> None:
        """The bounds found from the candidate positions equal a scan of every word."""
        tokens = _assertion._tokens(" ".join(parts)).words
        t = _assertion._triggers()
        bounds, start = [], 0
        for i, w in enumerate(tokens):
            if w in _assertion._ENDS_CLAUSE:
                bounds.append((start, i))
                start = i + 1
            elif i > start and any(tuple(tokens[i : i + len(p)]) == p for p in t.terminators.get(w, ())):
                bounds.append((start, i))
                start = i
        bounds.append((start, len(tokens)))
        plain = []
        for a, b in [(a, b) for a, b in bounds if b > a]:
            # a clause opening with a contrast ends at its first comma (two words on at least)
            comma = [k for k in range(a + 2, b - 1) if tokens[k] == ","]
            # (not "while" or "whilst": a time as often, and what it tells is over)
            if tokens[a] in {"whereas", "although", "though", "unlike"} and comma:
                plain += [(a, comma[0]), (comma[0] + 1, b)]
            else:
                plain.append((a, b))
        assert _assertion._clause_bounds(tokens) == plain

    @given(
        st.one_of(
            st.sampled_from(STATEMENTS),
            st.lists(words, max_size=12).map(" ".join),
            st.lists(st.one_of(words, trigger_words), max_size=16).map(" ".join),
            st.lists(
                st.one_of(st.sampled_from(FRAGMENTS), trigger_words, st.sampled_from(MARKS)), max_size=6
            ).map(" ".join),
            st.text(),
            # a label before it: the fast path, as the full reading, reads what follows
            st.tuples(
                st.sampled_from(["Portfolio: ", "Journal: ", "Carmen: ", "Peer note: "]),
                st.sampled_from(STATEMENTS),
            ).map("".join),
        )
    )
    @example("Before the merger I designed the courses. At present I teach them.")  # once taken as plain
    @example("Portfolio: I asked my mentor - she gives detailed feedback.")
    @example("Journal: Carmen runs the sessions; I observe.")
    @example("Carmen: I run the sessions.")  # a name in the label alone
    @example("My training manager plans the sessions.")  # a role of two words after a determiner
    @example("My training practice draws on what I read.")  # its first word, no role
    @example("My notes for the trainer are short, and I write them.")  # a role after a preposition
    @example(
        "He runs the sessions his manager plans, and she observes them."
    )  # no "I": not a pronoun going on
    @example("Whereas I plan the sessions, my manager sets the targets.")  # two clauses, the second not mine
    @example("I asked my mentor - she gives detailed feedback.")
    @example("The theory sessions are Dr Hale's department.")  # a named person's duty
    @example("According to Ana, the coordinator plans the sessions.")  # a role after a fronted phrase
    @example("I plan the notes; that my manager reads them is good.")  # a role after "that"
    @example("Training the mentors is Ørjan's job; I do the rest.")  # a name outside A-Z
    @example("Designing courses was my job for a decade. These days I adapt the workshops.")
    @example("Observation feedback every term. I start doing those in September.")
    @example("I borrow ideas from the sessions of a colleague, whose videos are superb.")  # "whose"
    @example("I adapt the units; the senior tutor writes them.")  # "the senior" or "the", then a role
    @example("Designing the course. Kenji did all of that.")  # "all of that"
    @example("Designing the course; Kenji deals with that.")  # a doing pair, no full stop
    @example("Designing courses. Kenji does that.")  # a name doing what was told
    @example("The resource library is carefully curated by the head of department.")  # any doing's passive
    # a role after a phrase of when, however it is spelled (the tokens drop the hyphen and the "'s")
    @example("This morning our coordinator observed three new teachers while I prepared the room.")
    @example("After-lunch our coordinator gave feedback while I prepared the room.")
    @example("On Monday's our coordinator gave feedback while I prepared the room.")
    @example("In-the-afternoon our coordinator gave feedback while I prepared the room.")
    @example("Designing courses. The curriculum unit took that on.")  # a body, a particle
    @example("Inspectors from the district office observe.")  # a role in the plural, no determiner
    @example("The ministry's curriculum unit builds the programme.")  # a role's possessive
    @example("For ten years I wrote the courses. Now I only adapt them.")  # less now
    @example("Designing the course was my job. Now I'm freelance.")  # no "I" after "now", a duty before
    @example("Designing the course was my job. Now the ministry sends the materials.")
    def test_the_fast_path_is_the_full_reading(self, text: str) -> None:
        """Where the fast path says "one asserted clause", the full reading says so too."""
        if _assertion.plainly_asserted(text):
            full = _assertion.read_clauses_fully(text)
            assert [c.assertion for c in full] == [A.ASSERTED]
            assert tfw.read_clauses(text) == full

    def test_the_fast_path_is_the_full_reading_on_every_labelled_text(self) -> None:
        """Every labelled statement, not-own statement and narrative sentence, each read both ways."""
        texts = [*STATEMENTS, *(row[-1] for row in _every_assertion())]
        texts += [s for *_, narrative in _every_narrative() for s in sentences(narrative)]
        differ = [
            k
            for k, text in enumerate(texts)
            if _assertion.plainly_asserted(text)
            and [c.assertion for c in _assertion.read_clauses_fully(text)] != [A.ASSERTED]
        ]
        assert len(texts) > 15_000
        # positions only: evaluation sets are among the texts, and their words stay unread
        assert differ == [], f"{len(differ)} texts read differently, at positions {differ[:10]}"

    @given(
        st.sampled_from(STATEMENTS),
        st.sampled_from(["I have never", "I hope to", "Next year I will", "I no longer"]),
    )
    def test_a_sentence_that_asserts_nothing_credits_nothing(self, text: str, prefix: str) -> None:
        p = tfw.profile_text(FW, f"{prefix} {text[0].lower()}{text[1:]}")
        for r in p.sentences:
            if r.match is not None and r.match.assertion is not A.ASSERTED:
                assert r.credited is None
                assert r.match.confidence == 0.0


class TestTriggersReadLikeText:
    """A trigger with a comma or a hyphen is read as the statement's words are."""

    def test_a_comma_in_a_trigger(self) -> None:
        assert _assertion._words("no, that") == ("no", ",", "that")
        clauses = tfw.read_clauses("Design the course myself? No, that is the director's job.")
        assert [(c.assertion, c.trigger) for c in clauses] == [
            (A.NEGATED, "No, that"),  # the question, denied
            (A.OTHER, "director's job"),  # the answer: someone else's duty
        ]

    def test_a_hyphen_in_a_role(self) -> None:
        assert _assertion._words("co-ordinator") == ("co", "ordinator")
        clauses = tfw.read_clauses("The co-ordinator plans every session and I run them.")
        assert clauses[0].assertion is A.OTHER


class TestClausesReadTogether:
    """What a clause says depends on the clause before it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (  # a question answered by a denial
                "Writing a whole course from scratch? Hasn't happened so far.",
                [A.NEGATED, A.NEGATED],
            ),
            (  # a purpose after an intention
                "I want to do an MA so I can understand SLA theory deeply.",
                [A.INTENDED],
            ),
            (  # "she" after someone else's practice, where the trainer speaks
                "A colleague of mine does all the needs analysis; she's brilliant in new contexts.",
                [A.OTHER, A.OTHER],
            ),
            (  # a reason is not an intention
                "I give my own evaluation form after each course because I want to know how to improve.",
                [A.ASSERTED],
            ),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected

    def test_a_sentence_can_close_the_one_before(self) -> None:
        text = "For a while I asked colleagues for feedback on my sessions. That stopped when I moved on."
        first, second = tfw.profile_text(FW, text).sentences
        assert first.status is tfw.ReadingStatus.NOT_ASSERTED
        assert [c.assertion for c in first.clauses] == [A.PAST]
        assert second.credited is None

    @pytest.mark.parametrize(
        "text",
        [
            "Task cards for the mixed cohort in Cusco. Planned and written by Lucía; I commit them.",
            "A new observation form and a feedback protocol. Both were created by the quality committee.",
            "A needs analysis questionnaire for every new group. That form is designed by our coordinator.",
            "Materials for the phonics strand. That strand is taught by Carmen Ruiz; I do the reading lists.",
        ],
    )
    def test_a_passive_hands_the_sentence_before_to_its_agent(self, text: str) -> None:
        # the sentence before names no one; the passive after it, verbless or with a subject that
        # points back, says who did it
        first, *_ = tfw.profile_text(FW, text).sentences
        assert first.credited is None
        assert _assertion.goes_on(text.split(". ", 1)[1])

    def test_a_passive_of_judging_leaves_the_sentence_before(self) -> None:
        # a fresh-eyes review's probe: the trainer's workshops, observed by a mentor, stay the trainer's
        text = "Workshops for new teachers every term. Observed by my mentor each spring."
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.ASSERTED, A.OTHER]
        made = "Workshops for new teachers every term. Revised by the panel each spring."
        assert [c.assertion for c in tfw.read_clauses(made)] == [A.OTHER]

    def test_a_passive_after_the_trainers_own_sentence_leaves_it(self) -> None:
        text = "I designed the induction course for new trainers. It was revised by my mentor last year."
        first, second = tfw.profile_text(FW, text, matcher=tfw.Matcher(FW, ownership=False)).sentences
        assert first.credited is not None
        assert second.status is tfw.ReadingStatus.NOT_ASSERTED

    def test_someone_elses_practice_goes_on_into_the_next_sentence(self) -> None:
        text = "A colleague of mine does all the needs analysis interviews. She is brilliant in new contexts."
        assert all(r.credited is None for r in tfw.profile_text(FW, text).sentences)
        alone = tfw.profile_text(FW, "She is brilliant in new contexts, adapting to each group's needs.")
        assert alone.sentences[0].status is not tfw.ReadingStatus.NOT_ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            # the doing clause is someone else's; what the sentence goes on to is not
            (
                "The new article on action research has just gone to the journal. Paolo wrote it, so"
                " please send queries to him while I'm away."
            ),
            # "our" before what the institution has names no one of the trainer's side; two people named
            (
                "Our centre's article on action research has just gone to the journal. Paolo and Elif"
                " wrote it, so please send queries to them while I'm away."
            ),
        ],
    )
    def test_a_next_sentence_that_does_it_takes_it(self, text: str) -> None:
        """The sentence before is read with the one that says someone else did it (:func:`goes_on`)."""
        first, *_ = tfw.profile_text(FW, text, matcher=tfw.Matcher(FW, ownership=False)).sentences
        assert first.status is tfw.ReadingStatus.NOT_ASSERTED
        assert {c.assertion for c in first.clauses} == {A.OTHER}

    @pytest.mark.parametrize(
        "text",
        [
            "Observing new teachers every term. Paolo does that, and I do too.",
            "A short quiz at the end of every session. My co-trainer runs it, and I write it.",
            "Our induction course runs twice a year. Paolo wrote it, but I deliver it.",
        ],
    )
    def test_a_next_sentence_where_the_trainer_does_it_too_leaves_it(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.ASSERTED

    def test_the_trainers_own_sentence_is_not_taken(self) -> None:
        text = "I designed the new course. Then I ran it, and my manager did that too."
        first, _ = tfw.profile_text(FW, text, matcher=tfw.Matcher(FW, ownership=False)).sentences
        assert first.credited is not None

    def test_a_question_answered_by_practice_stays_asserted(self) -> None:
        """A question gives the topic of its answer: "Our courses? I write them all myself"."""
        assert {status for _, status in _statuses("Our courses? I write them all myself.")} == {A.ASSERTED}

    def test_a_narrative_reads_a_sentence_whole_and_matches_it_in_pieces(self) -> None:
        text = "Writing a whole course from scratch? Hasn't happened so far. I adapt the ministry's slides."
        p = tfw.profile_text(FW, text)
        assert [r.text for r in p.sentences][:2] == [
            "Writing a whole course from scratch?",
            "Hasn't happened so far.",
        ]
        question, answer, practice = p.sentences
        assert question.status is tfw.ReadingStatus.NOT_ASSERTED
        assert question.credited is None
        assert answer.credited is None
        assert practice.status is tfw.ReadingStatus.CREDITED

    @given(
        st.lists(
            st.sampled_from([*"abc", "never", "?", ";", "my manager", "she", "I", "hope to"]), max_size=14
        )
    )
    def test_pieces_are_the_sentence_split_and_keep_every_word(self, parts: list[str]) -> None:
        sentence = " ".join(parts)
        pieces = _assertion.read_pieces(sentence)
        assert [text for text, _ in pieces] == [
            p for part in _assertion._PIECE.split(sentence) if (p := part.strip(" \t\n-*•"))
        ]
        for text, clauses in pieces:
            if clauses is not None:  # read in context: the same words as the piece
                said = [w for w in _assertion._tokens(text).words if w not in ",;?"]
                read = [w for c in clauses for w in _assertion._tokens(c.text).words if w not in ",;?"]
                assert read == said


class TestWhoDoesIt:
    """Someone else's practice, in the shapes it takes."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The course itself was designed from scratch by our academic director.", [A.OTHER]),
            ("I adapt the slides written by the ministry for each group.", [A.ASSERTED, A.OTHER]),
            (
                "Adapting the modules is my coordinator's job - I run them as they come.",
                [A.OTHER, A.ASSERTED],
            ),
            ("That falls to our head of department.", [A.OTHER]),
            ("The trainer I co-deliver with asks participants for feedback every day.", [A.OTHER]),
            ("Our academic manager created the observation forms we all use.", [A.OTHER]),
            ("The ministry book is all I use in my workshops.", [A.ASSERTED]),
            ("In our team it's Farida who adapts the packs for each audience.", [A.ASSERTED, A.OTHER]),
            # a short phrase of when before the subject: someone named or a role still opens the clause
            ("Today Mr Farouk ran our session on feedback. I was taking notes.", [A.OTHER, A.ASSERTED]),
            ("Yesterday Ms Patel ran the workshop on lesson planning and I helped.", [A.OTHER, A.ASSERTED]),
            (
                "This morning our coordinator observed three new teachers while I prepared the room.",
                [A.OTHER, A.ASSERTED],
            ),
            ("On Mondays Dr Kim leads the input sessions and I join in.", [A.OTHER, A.ASSERTED]),
            ("Today I ran our session on giving feedback.", [A.ASSERTED]),
            # with no "I", a report on the trainer, as without the phrase of when
            ("This term Mrs Lindqvist has co-delivered the district's workshops.", [A.ASSERTED]),
            # a clause of when or if put first takes the status of the clause it frames
            (
                (
                    "When trainees get stuck on the present perfect, it's Tomasz who breaks it down."
                    " I keep the timings."
                ),
                [A.OTHER, A.ASSERTED],
            ),
            (
                "If the group is mixed, it's my co-trainer who adapts the tasks; I deliver them.",
                [A.OTHER, A.ASSERTED],
            ),
            ("Wiki, grammar support: When trainees get stuck, it's Tomasz who helps.", [A.ASSERTED, A.OTHER]),
            # not where it tells the trainer's own doing, nor before the trainer's own clause
            ("When I run a workshop, it's Ana who gives the feedback.", [A.ASSERTED, A.OTHER]),
            ("When teachers ask about theory, I point them to the research.", [A.ASSERTED]),
            # any doing's passive has its agent do it; not what the subject undergoes or is given
            ("The resource library is curated by our academic coordinator.", [A.OTHER]),
            # someone's someone ("by his colleague"), and "by an"; "by her" alone may be the trainer
            ("The cross-prefecture courses are run by his colleague Emi Watanabe.", [A.OTHER]),
            ("Her courses are designed by her and run by her colleague Emi.", [A.ASSERTED, A.OTHER]),
            ("The course was designed by her.", [A.ASSERTED]),
            ("Guidance is now drafted by an outside equity consultant.", [A.OTHER]),
            # participles joined by "and" have one agent; a verbless passive that opens a sentence
            # gives the sentence before it to its agent, where that one names no one
            (
                "Add task cards for the Cusco cohort. Planned and written by Lucía; I'm committing them.",
                [A.OTHER, A.ASSERTED],
            ),
            (
                "Chapter 3 now contrasts four models of training. Revised by the Lead Trainer panel.",
                [A.OTHER],
            ),
            ("I added the task cards. Revised by my mentor.", [A.ASSERTED, A.OTHER]),
            # a fresh-eyes review's probes: "by her", "by his", "by an" only before someone; a
            # passive of what is done with the trainer's work, or one the trainer shares, leaves the
            # sentence before
            ("The handbook was written by her and a colleague.", [A.ASSERTED]),
            ("My feedback is led by an observation checklist that I adapted.", [A.ASSERTED]),
            (
                "Ms Tanaka designs the induction course. It is run by her colleague Emi each April.",
                [A.ASSERTED, A.OTHER],
            ),
            (
                "A short course on classroom management. Chosen by the ministry as its model induction.",
                [A.ASSERTED, A.OTHER],
            ),
            (
                "A new observation form. Revised by the panel after I drafted it.",
                [A.ASSERTED, A.OTHER, A.ASSERTED],
            ),
            ("A person-centred approach underpins all my feedback sessions.", [A.ASSERTED]),
            # a role the trainer says they are: the relative clause after it is the trainer's
            ("I am the trainer who designs our courses.", [A.ASSERTED]),
            ("I'm now the person who runs the induction.", [A.ASSERTED]),
            ("As the person who wrote the programme, I run its first week.", [A.ASSERTED]),
            ("I've become the person who designs our courses.", [A.ASSERTED]),
            ("I have been the lecturer who runs the methodology module.", [A.ASSERTED]),
            ("My colleague is the person who designs our courses.", [A.OTHER]),
            # not where the agent is no one: a thing, or what the trainees need
            ("My feedback is structured by the three stages of the observation cycle.", [A.ASSERTED]),
            ("My input sessions are supplemented by a reading pack that I wrote.", [A.ASSERTED]),
            ("The theory side is covered by the university team; I do the practice.", [A.OTHER, A.ASSERTED]),
            ("Non-core approaches get introduced by the visiting trainers.", [A.OTHER]),
            ("My sessions are informed by research on adult learning.", [A.ASSERTED]),
            ("I was asked by my manager to design the new course.", [A.ASSERTED]),
            ("The course I designed was approved by the ministry.", [A.ASSERTED]),
            # two people named open a clause, with a verb of either number
            ("Paolo and Elif design the courses; I deliver them.", [A.OTHER, A.ASSERTED]),
            ("Ana and Tomasz are in charge of observations, and I book the rooms.", [A.OTHER, A.ASSERTED]),
            ("Paolo and I design the courses.", [A.ASSERTED]),
            ("Paolo and Elif's course was the basis for my own workshops.", [A.ASSERTED]),
            ("Sessions with Paolo and Elif always go well, I think.", [A.ASSERTED]),
            # nor where it names the trainer a report is about, or has no subject but the trainer after it
            (
                "When Farid observes lessons, it's the head of department who writes up the report.",
                [A.ASSERTED, A.OTHER],
            ),
            ("When she runs workshops, it's the coordinator who books the rooms.", [A.ASSERTED, A.OTHER]),
            ("When designing courses, I'd like to involve the teachers more.", [A.ASSERTED, A.INTENDED]),
            # "every session" heads a subject as often as it says when: not a phrase of when
            ("Every session my co-trainer plans gets a feedback slot that I run.", [A.ASSERTED]),
            ("Often it's a teacher who struggles with the platform, so I pair them up.", [A.ASSERTED]),
            ("My mentor edits a journal and supports dozens of trainers, which I find inspiring.", [A.OTHER]),
            ("Professor Lee is the one with the theory and the range of approaches.", [A.OTHER]),
            ("I'm the one who plans ahead for the mixed groups.", [A.ASSERTED]),
            ("The academic team keeps a shared drive of resources.", [A.OTHER]),
            ("Knowing what a trainer's job involves is new to me.", [A.ASSERTED]),
            ("My manager observes the teachers with her own tools.", [A.OTHER]),
            # a role that names another role: the last one is the subject
            ("The deputy head does the checklist observations in our school.", [A.OTHER]),
            ("Our partner university supplies the trainers who run the sessions.", [A.OTHER]),
            ("It's my manager's project.", [A.OTHER]),  # "project" begins a role ("project team"), is none
            # a relative clause that tells someone else's practice (not the trainer's part in it)
            ("I co-train with Tomas, who designs all our courses from scratch.", [A.ASSERTED, A.OTHER]),
            (
                "I ask my co-trainer, who has a huge resource library, for materials.",
                [A.ASSERTED, A.OTHER, A.ASSERTED],
            ),
            ("I went to a talk by a colleague who publishes on trainer education.", [A.ASSERTED, A.OTHER]),
            ("I give extra support to teachers who struggle with large classes.", [A.ASSERTED]),
            ("I meet my mentor, who I trust completely, every week.", [A.ASSERTED]),
            (
                "Ana, who designs all our courses, is the best trainer we have.",
                [A.ASSERTED],
            ),  # a report on Ana
            # "is what" someone else does (someone named, where the trainer speaks as "I")
            ("Specific feedback with clear next steps is what my colleague gives.", [A.OTHER]),
            ("Specific feedback is what Maria gives; I'm still learning.", [A.OTHER, A.ASSERTED]),
            # (not where the trainer speaks on in the sentence: "... what my manager wanted, so I set it up")
            ("Peer observation is what my manager wanted, so I set it up and I run it.", [A.ASSERTED]),
            ("Specific feedback with clear next steps is what I give.", [A.ASSERTED]),
            ("Specific feedback is what the trainees need, so I give it.", [A.ASSERTED]),
            # "stopped" with no object of its own stops what was told before it
            (
                "For a while I mentored colleagues towards specialisms, but I stopped when I left.",
                [A.PAST, A.PAST],
            ),
            (
                "I ran that study for three years, but I stopped using the old questionnaire.",
                [A.ASSERTED, A.PAST],
            ),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected


class TestTheRoleThatIsTheSubject:
    """A role word that is also a verb is the verb before its object: the trigger is the subject."""

    @pytest.mark.parametrize(
        ("text", "trigger"),
        [
            ("Our lead trainer mentors the new trainers.", "lead trainer"),
            ("My manager mentors new trainers.", "manager"),
            ("My colleague tutors two groups.", "colleague"),
            ("Our trainer mentors meet monthly.", "mentors"),  # no object after it: a role, not a verb
            ("Our partner trainers each design their own sessions.", "trainers"),  # no verb: a plural
            ("Our deputy heads all observe lessons.", "heads"),  # a quantifier after a plural subject
            ("Our deputy heads the observation team.", "deputy"),
        ],
    )
    def test_the_trigger_names_who(self, text: str, trigger: str) -> None:
        (clause,) = tfw.read_clauses(text)
        assert (clause.assertion, clause.trigger) == (A.OTHER, trigger)


class TestWhatIsOverAndWhoseItIsToo:
    """A past time after what was done, a subject before "used to", a passive with an adverb, "not us"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "I designed two whole courses from scratch at my previous institute.",
                [(A.PAST, "at my previous")],
            ),
            (
                "My training values used to come straight from my own classroom beliefs.",
                [(A.PAST, "used to")],
            ),
            (
                "Our observation tools were all designed by the head of training.",
                [(A.OTHER, "by the")],
            ),
            ("The ministry sets the targets, not us.", [(A.OTHER, "not us")]),
            # what is done now, of a thing from before, stays the trainer's
            (
                "I now adapt the units I wrote at my previous school.",
                [(A.ASSERTED, None), (A.PAST, "at my previous")],
            ),
            ("The materials I used to adapt were dull.", [(A.ASSERTED, None), (A.PAST, "used to")]),
        ],
    )
    def test_statuses(self, text: str, expected: list[tuple[A, str | None]]) -> None:
        assert [(c.assertion, c.trigger) for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a comma splice: the trainer takes the clause over, as after a dash
            (
                "My manager designs the courses, I deliver them.",
                [("My manager designs the courses", A.OTHER), ("I deliver them.", A.ASSERTED)],
            ),
            # not a hedge put in, nor a letter's greeting (no one named "Dear")
            (
                "My manager, I think, designs the courses.",
                [("My manager, I think, designs the courses.", A.ASSERTED)],
            ),
            (
                "Dear Ms Okafor, I am writing about the observation scheme.",
                [("Dear Ms Okafor, I am writing about the observation scheme.", A.ASSERTED)],
            ),
        ],
    )
    def test_who_takes_over_after_a_comma(self, text: str, expected: list[tuple[str, A]]) -> None:
        assert [(c.text, c.assertion) for c in tfw.read_clauses(text)] == expected

    def test_she_or_he_before_the_trainers_comma_splice(self) -> None:
        text = "I have trained teachers at my school for three years. He designs the courses, I deliver them."
        last = tfw.profile_text(FW, text).sentences[-1]
        assert [(c.text, c.assertion) for c in last.clauses] == [
            ("He designs the courses", A.OTHER),
            ("I deliver them.", A.ASSERTED),
        ]
        assert _stages(text)["training"] is None

    def test_someone_else_runs_that_side_not_us(self) -> None:
        text = (
            "A detailed needs analysis goes to every participant weeks before each course."
            " The partner university runs that side, not us."
        )
        assert [r.status for r in tfw.profile_text(FW, text).sentences] == [
            tfw.ReadingStatus.NOT_ASSERTED
        ] * 2


class TestMoreWaysOfSayingNo:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Writing for journals or speaking at conferences just isn't me.", [A.NEGATED]),
            (
                "I've yet to get into theory - SLA research, models of teacher learning - in any depth.",
                [A.NEGATED],
            ),
            ("We're supposed to use a range of observation methods.", [A.INTENDED]),
            ("The plan is to start adapting the centre's materials in the spring term.", [A.INTENDED]),
            ("When I started I only trained at my own school.", [A.PAST]),
            ("Mixed groups are something I simply haven't been given so far.", [A.NEGATED]),
            ("Designing a whole course from scratch is beyond what I do.", [A.NEGATED]),
            ("At no point has she created observation instruments of her own.", [A.NEGATED]),
            ("The goal for my second year is mixed groups from different provinces.", [A.INTENDED]),
            ("Training isn't teaching with older students.", [A.ASSERTED, A.NEGATED]),
            ("Adapting the materials hasn't featured in any of her sessions so far.", [A.NEGATED]),
            ("Dogme or task-based learning isn't really on my radar.", [A.NEGATED]),
            (
                "Resources for trainers - journals, groups, conferences - honestly, I don't know of any.",
                [A.NEGATED],
            ),
            ("She has not yet run a session, where she could draw on her own classroom.", [A.NEGATED]),
            ("The ministry expects us to deliver its sessions as given.", [A.ASSERTED, A.INTENDED]),
            ("I keep telling myself to start asking the teachers for feedback.", [A.INTENDED]),
            ("I was ill on Wednesday, so I moved the workshop for the new teachers.", [A.ASSERTED]),
            (
                "If our centre got the funding, I'd run a study of our assessment criteria.",
                [A.ASSERTED, A.INTENDED],
            ),
            ("When I was at the university I used a wide range of training approaches.", [A.PAST]),
            (
                "At the university I taught a range of training approaches; since leaving, I teach children.",
                [A.PAST, A.ASSERTED],
            ),
            (
                "For a while I asked colleagues for feedback on every session. That stopped last year.",
                [A.PAST, A.PAST],
            ),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected


class TestNamesHedgesAndObligations:
    """People named without a role, approximate negators, objects denied, obligations, past idioms."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Tomas writes the course units; I deliver them to my school.", [A.OTHER, A.ASSERTED]),
            ("Ana and I plan the course together.", [A.ASSERTED]),
            ("Newbies get extra handouts; that's my fix.", [A.ASSERTED]),
            ("As a teacher I was worried, but Ms Kweka used examples from her own school.", [A.ASSERTED]),
            ("Lucia runs the mentoring scheme for new trainers.", [A.ASSERTED]),  # no "I": a report on Lucia
            ("My feedback is barely ever specific.", [A.ASSERTED, A.NEGATED]),
            ("I seldom ask colleagues to watch my sessions.", [A.NEGATED]),
            ("I know a range of approaches, including ones rarely used here.", [A.ASSERTED]),
            ("I know nothing about loop input.", [A.NEGATED]),
            ("Loop input or dogme? I know nothing about them, frankly.", [A.NEGATED, A.NEGATED, A.ASSERTED]),
            ("I should really start asking teachers for feedback.", [A.INTENDED]),
            ("This year I'm going to read more about SLA theory.", [A.ASSERTED, A.INTENDED]),
            ("Doing research on our criteria was once my job; it's a thing of the past.", [A.PAST]),
            (
                "I edited the newsletter for years, but I've since moved into materials writing.",
                [A.PAST, A.ASSERTED],
            ),
            ("Writing a whole programme is new territory.", [A.NEGATED]),
            ("When a context is new territory for me, I lean on colleagues.", [A.ASSERTED]),
            ("According to my manager, the other trainers keep reflective journals.", [A.OTHER]),
            # a share of a group as the subject: "most of", "some of"
            ("Most of our new trainers base their values on their own teaching.", [A.OTHER]),
            (
                "Some of my colleagues design their own courses; I adapt the given ones.",
                [A.OTHER, A.ASSERTED],
            ),
            ("Most of my sessions are adapted from the given materials.", [A.ASSERTED]),
            # not where the trainer is in the clause (a fresh-eyes review's probes)
            ("Most of my mentees I observe every fortnight.", [A.ASSERTED]),
            ("Several of my colleagues use the observation form I designed.", [A.ASSERTED]),
            (
                "Dr Amari moves between training approaches; I'm more modest, I use one.",
                [A.OTHER, A.ASSERTED],
            ),
            ("Raul told me he writes his own observation tools.", [A.OTHER]),
            ("My manager wants me to design a feedback tool.", [A.ASSERTED, A.INTENDED]),
            ("If only I had time to adapt the packs for each group.", [A.INTENDED]),
            ("I designed courses for the ministry, but I no longer do any design.", [A.PAST, A.PAST]),
            ("I planned the course and I no longer need help with it.", [A.ASSERTED, A.PAST]),
            ("A few years back I only trained at my own school.", [A.PAST]),
            ("Writing my own course? Never once, not in my life.", [A.NEGATED] * 2),
            (
                "Our DoS, Ms Banda, is the one who does the needs analysis; I plan the tasks.",
                [A.OTHER, A.ASSERTED],
            ),
            ("The newer trainers on our team run the packs while they learn to plan.", [A.OTHER]),
            ("Areas to develop: plan for mixed groups; try several strategies.", [A.INTENDED]),
            ("Areas to develop: I mostly train teachers from my own school.", [A.ASSERTED]),
            ("Strengths: clear sessions. Targets: design my own course.", [A.ASSERTED, A.INTENDED]),
            (
                "Should the bid be funded, the lead trainer would interview every teacher.",
                [A.ASSERTED, A.INTENDED],
            ),
            ("If they give me the contract I could design the course.", [A.ASSERTED, A.INTENDED]),
            ("I could design a course if asked.", [A.ASSERTED]),
            ("If we win the contract, I'll interview every teacher first.", [A.ASSERTED, A.INTENDED]),
            ("I'll pair the quiet ones with the chatty ones, as I always do.", [A.ASSERTED]),
            ("I've been asked to run the induction for the new intake.", [A.INTENDED]),
            ("Zero adapted sessions on my record so far.", [A.NEGATED]),
            ("The others adapt everything for their groups; I shadow them.", [A.OTHER, A.ASSERTED]),
            (
                "Mehmet, who runs the weekend strand, works from his own lessons; I interview everyone.",
                [A.OTHER, A.ASSERTED],
            ),
            (
                "She switches between approaches; I have never seen a trainer like her.",
                [A.ASSERTED, A.NEGATED],
            ),
            ("Until 2021 our guest designed the national programme.", [A.PAST]),
            ("2015-2019, head of teacher education, designed the diploma.", [A.PAST]),
            ("2019-present, freelance trainer, adapting modules for each cohort.", [A.ASSERTED]),
            ("Unless the ministry approves it I can't design the course myself.", [A.ASSERTED, A.NEGATED]),
            ("Resolutions for 2025: 1. read theory; 2. try loop input.", [A.INTENDED]),
            (
                "Goal for 2025: read the theory. Right now I use a wide range of resources.",
                [A.INTENDED, A.ASSERTED],
            ),
            ("Our tutor Marguerite quotes every SLA study. Me? I know my grammar.", [A.OTHER, A.ASSERTED]),
            ("That's my supervisor, who has read everything on teacher cognition.", [A.OTHER]),
            ("My co-tutor's the one whose feedback is specific. I do the input.", [A.OTHER, A.ASSERTED]),
            ("Between 2012 and 2016 she designed the whole diploma.", [A.PAST]),
            ("The framework we use was created by Dr Lim.", [A.OTHER]),
            # a denial with its verb left out denies the clause before; a verb of its own does not
            ("He has talked about designing his own course, but hasn't.", [A.NEGATED]),
            # (an intention since "keep meaning to" is one, as "I was going to ... but didn't" below)
            ("I keep meaning to write my own observation tool but never have.", [A.INTENDED]),
            ("I design courses but I don't publish.", [A.ASSERTED, A.NEGATED]),
            ("I adapt the materials, but not always.", [A.ASSERTED, A.NEGATED]),
            ("I was going to present at the conference but didn't.", [A.INTENDED]),
            ("He has talked about designing his own course, but has not.", [A.NEGATED]),
            ("I was asked to lead the observation cycle, but I did not.", [A.NEGATED]),
            ("I design my own courses, but she doesn't.", [A.ASSERTED]),  # someone set against the trainer
            ("Years ago I designed courses, but haven't since.", [A.PAST, A.NEGATED]),  # past stays past
            # a relative clause goes on with the person just named: theirs too, unless the trainer is in it
            (
                "The course was designed by Dr Osei, who built every unit around the district's needs.",
                [A.OTHER],
            ),
            (
                "Our courses are designed by our director, who balances the ministry, donors and regions.",
                [A.OTHER],
            ),
            (
                "The course was designed by my manager, who asked me to adapt it for my groups.",
                [A.OTHER, A.ASSERTED],
            ),
            (
                "The course was designed by Dr Osei, who retired; I adapt it - each unit, every term.",
                [A.OTHER, A.ASSERTED],
            ),
            # "our" in it is no sign of the trainer; a comma and a joiner end it; a name as the agent
            (
                "The course was designed by Dr Osei, who built every unit around our district's needs.",
                [A.OTHER],
            ),
            (
                "The units were written by the coordinator, who left in March, and Ana adapts them now.",
                [A.OTHER, A.ASSERTED],
            ),
            (
                "The courses are designed by Martin, who builds them from scratch; I adapt them.",
                [A.OTHER, A.ASSERTED],
            ),
            ("The materials from the ministry I adapt for each group.", [A.ASSERTED]),
            ("In previous cohorts he planned for individual needs.", [A.PAST]),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected

    @pytest.mark.parametrize(
        ("text", "theirs"),
        [
            # the relative clause is the agent's, by a title or a name (where the trainer speaks)
            (
                "The course was designed by Dr Osei, who built every unit; I adapt it.",
                "The course was designed by Dr Osei, who built every unit",
            ),
            (
                "The courses are designed by Martin, who builds them from scratch; I adapt them.",
                "The courses are designed by Martin, who builds them from scratch",
            ),
            (
                "The units were written by the coordinator, who left in March, and Ana adapts them.",
                "The units were written by the coordinator, who left in March",
            ),
        ],
    )
    def test_a_relative_clause_is_the_agents(self, text: str, theirs: str) -> None:
        assert _statuses(text)[0] == (theirs, A.OTHER)


class TestWhoSpeaksAndWhenItEnded:
    """Own-voice labels, the trainer left out ("except me"), clefts, rules laid on trainers, then and now."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a label of the trainer's own writing: a name there is someone else, as without a label
            ("Group chat: Reem designs the courses; I'm on leave till June.", [A.OTHER, A.ASSERTED]),
            ("Email to coordinator: Reem designs the courses; I run them.", [A.OTHER, A.ASSERTED]),
            # ... but not where the writer never speaks of themselves (a trainee's diary on the trainer)
            ("Diary: my mentor seems to have a resource for every possible topic.", [A.ASSERTED]),
            # a report's label keeps the names the trainer's
            ("Peer note: Reem designs the courses; I watched two of her sessions.", [A.ASSERTED]),
            ("Everyone on the team takes the mixed groups except me.", [A.OTHER, A.ASSERTED]),
            ("I design all the courses, except the ones for primary teachers.", [A.ASSERTED]),
            ("The bloke next to me is the one who reworks the materials.", [A.OTHER]),
            ("I'm the one who reworks the materials.", [A.ASSERTED]),
            ("My co-tutor does the observations. She'll give specific feedback.", [A.OTHER, A.OTHER]),
            ("Every trainer is required to collect participant feedback.", [A.ASSERTED, A.INTENDED]),
            ("I critique the rubric she is required to use.", [A.ASSERTED]),
            (
                "Before the reorganisation I designed whole courses. That's centralised now.",
                [A.PAST, A.ASSERTED],
            ),
            (
                "Until the restructure I observed with video. These days I use the checklist.",
                [A.PAST, A.ASSERTED],
            ),
            (
                "If I ran it I'd want trainers to know the non-core stuff (dogme, CLIL) and to read theory.",
                [A.ASSERTED, A.INTENDED],
            ),
            ("I haven't read much theory (SLA, teacher cognition) yet.", [A.NEGATED]),
            # when it ended, said with a time of the trainer's life or a step away
            ("At my last school I did checklist observations.", [A.PAST]),
            ("Now, in my forties, I design the district's in-service programme.", [A.ASSERTED]),
            # an aside ends no clause that a time word covers whole
            (
                "I use the school form (general comments) and Rania wants me to make a tool next term.",
                [A.ASSERTED, A.INTENDED, A.INTENDED],
            ),
            ("If she took up training, I reckon she'd let her beliefs guide her.", [A.ASSERTED, A.INTENDED]),
            ("When a teacher is struggling I don't adjust anything.", [A.ASSERTED, A.NEGATED]),
            ("When I visit a country I have never worked in, I interview the teachers.", [A.ASSERTED]),
            (
                (
                    "She has not published, presented or otherwise contributed beyond her centre, and she"
                    " does not currently support other trainers."
                ),
                [A.NEGATED, A.NEGATED],
            ),
            ("I don't use the checklist, I design my own or adapt the old one.", [A.NEGATED, A.ASSERTED]),
            ("I do not currently observe teachers.", [A.NEGATED]),
            ("My manager has asked me to start planning for individual needs.", [A.ASSERTED, A.INTENDED]),
            (
                "I used to design courses for the Council (2012-2018); these days I adapt the materials.",
                [A.PAST, A.ASSERTED],
            ),
            # a time told by an event, or a change that does not end what was done
            ("Before the course began I interviewed every teacher. Now I know them well.", [A.ASSERTED]),
            ("I designed the course last year. Now I run it with two colleagues.", [A.ASSERTED]),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected

    def test_a_later_sentence_that_ends_the_practice_reaches_back(self) -> None:
        text = (
            "For a decade I convened the trainer-development group and mentored trainers into specialisms."
            " I stepped down in 2020 and haven't trained since."
        )
        assert _stages(text)["development"] is None
        # to the rules, the sentence alone is still credited: it is the one after that ends it (the
        # ownership model reads "For a decade I convened ..." alone as over already)
        assert _stages(text.split(" I stepped", maxsplit=1)[0], RULES_ALONE)["development"] is not None


class TestAnswersListsAndWhoGoesOn:
    """A question answered at the head of a longer clause, a list denied after a dash, a plan's label,
    a description of the trainer's own work denied, a fronted contrast, "she" after someone named."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Design a whole course from scratch? Not really - what I do is adapt the ministry's modules.",
                [A.NEGATED, A.ASSERTED],
            ),
            ("Design a whole course from scratch? Yes, every one of them.", [A.ASSERTED]),
            ("Contributing to journals, running events for trainers - none of that is me.", [A.NEGATED]),
            ("Writing for journals, running events - none of that is something I do.", [A.NEGATED]),
            ("Publishing, mentoring trainers - neither of those applies yet.", [A.NEGATED]),
            # a property of what was listed, or a relative clause: not a denial of it
            ("I run events for trainers - none of that is new to me.", [A.ASSERTED, A.NEGATED]),
            (
                "I visited twelve districts, none of which the team had worked in before.",
                [A.ASSERTED, A.NEGATED],
            ),
            ("Plan for the year: read more widely and build a bank of articles.", [A.ASSERTED, A.INTENDED]),
            ("The comments I give after a lesson aren't very specific.", [A.NEGATED]),
            # a definition, a noun, a phrase: the trainer's own practice stands
            ("My beliefs about training aren't a secret.", [A.ASSERTED, A.NEGATED]),
            ("I know training isn't teaching.", [A.ASSERTED, A.NEGATED]),
            ("My groups aren't from one sector.", [A.ASSERTED]),
            ("Whereas Tomás gives three concrete tips, I write general comments.", [A.OTHER, A.ASSERTED]),
            ("While observing, I take notes on timing.", [A.ASSERTED]),
            ("Łukasz designs the courses; I run them.", [A.OTHER, A.ASSERTED]),
            (
                "According to my colleague Anan, she always plans alternative activities.",
                [A.ASSERTED, A.OTHER],
            ),
            (
                "Ask my boss, not me, about theory - she can quote research on SLA.",
                [A.OTHER, A.OTHER],
            ),
            ("I asked my mentor - she gives detailed feedback.", [A.ASSERTED, A.OTHER]),
            # the trainer takes part, or no one else was named: the trainer's own
            (
                "My colleague invited me to observe her class; she asked me for specific feedback.",
                [A.ASSERTED],
            ),
            (
                "She switches between approaches; I have never seen a trainer so flexible.",
                [A.ASSERTED, A.NEGATED],
            ),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "I asked my mentor - she gives detailed feedback.",
            "Whereas Tomás gives tips, I write comments.",
            "Łukasz designs the courses; I run them.",
            "Whereas I plan the sessions, my manager sets the targets.",
            "Although I teach, the coordinator designs the course.",
            # "whose" opens a relative clause as "who" does (the fast path once missed it)
            "I borrow ideas from the sessions of a colleague, whose videos of input sessions are superb.",
            # a role right after a determiner where a clause may begin, the longer or the shorter
            "One of our senior trainers designs the course.",
            "Most of our new trainers base their values on their own teaching.",
            "I adapt the units; the senior trainer writes them.",
        ],
    )
    def test_the_fast_path_leaves_them_to_the_full_reading(self, text: str) -> None:
        assert not _assertion.plainly_asserted(text)

    @pytest.mark.parametrize(
        "text",
        [
            # a determiner opens the clause, but the role stands in a phrase later on (once left
            # to the full reading: a role after any determiner counted)
            "The notes for the trainer come from the publisher, and I adapt them.",
            "My role as a trainer is to adapt the materials.",
            # a role that opens no clause, and "what" with no copula before it
            "I ask the participants of a colleague for feedback on what I can improve.",
        ],
    )
    def test_the_fast_path_reads_roles_that_open_no_clause(self, text: str) -> None:
        assert _assertion.plainly_asserted(text)
        assert [c.assertion for c in _assertion.read_clauses_fully(text)] == [A.ASSERTED]


class TestQuestionsAsidesAndReports:
    """Questions answered together, a wish asked of oneself, a denial reaching back past an aside,
    what someone says of herself."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Publish? Present at conferences? Mentor trainers? No, no and no.", [A.NEGATED]),
            ("I design courses. Do I observe? No.", [A.ASSERTED, A.NEGATED]),
            (
                "Would I like to rework the packs for each audience? Absolutely.",
                [A.INTENDED, A.ASSERTED],
            ),
            # not a question: the trainer's own practice
            ("Would you believe it, I design every course myself.", [A.ASSERTED]),
            (
                "Loop input, SLA (the toolkit the seniors talk about) - none of it is part of what I bring.",
                [A.NEGATED],
            ),
            ("I design courses (all of them). Research - none of that is me.", [A.ASSERTED, A.NEGATED]),
            (
                "My DoS says she always spends two weeks on interviews before any course.",
                [A.ASSERTED, A.OTHER],
            ),
            ("My mentor says I plan every session carefully.", [A.ASSERTED]),
            # questions with a person each: the answer is the last one's
            ("Have I taught for years? Have I ever published? No.", [A.ASSERTED, A.NEGATED]),
            # "would" asks of a wish only at a question's opening, with a verb of wishing
            ("Would I call myself a course designer? Definitely.", [A.ASSERTED]),
            ("Will I keep observing teachers? Of course.", [A.ASSERTED]),
            # "while" is also a time: what it tells stays over
            ("While I was at the school, I designed the induction course.", [A.PAST]),
            ("Whereas my manager designs the courses, I adapt them.", [A.OTHER, A.ASSERTED]),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected


class TestComplementsConditionsAndOwners:
    """A denial in "something I've never done", "I'd" under a condition, "X, not me, who",
    a duty that is someone named's, and peers."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # the denial's subject is in a contraction: what is denied comes first
            ("Building a course from scratch is something I've never done.", [A.NEGATED]),
            ("Suggestopedia and the Silent Way aren't something I know anything about.", [A.NEGATED]),
            ("Feedback is something I've always valued.", [A.ASSERTED]),
            # "I'd" with a condition before it (also an inverted one) or after it in its clause
            ("I'd try video observation if I had the time.", [A.INTENDED]),
            ("Were I more experienced, I'd try video observation.", [A.ASSERTED, A.INTENDED]),
            # not a condition: a hedge, a concession, a condition after a dash, a real "I'll ... if"
            ("I'd say I am autonomous, if anything.", [A.ASSERTED]),
            ("I'd rather you work out your own view, even if it differs from mine.", [A.ASSERTED]),
            (
                "I'd describe my approach as inclusive - if somebody finishes early I give them more.",
                [A.ASSERTED],
            ),
            ("I'll adapt the tasks if they struggle.", [A.ASSERTED]),
            # a habit under a real condition, "I'd" for "I had", an embedded question
            ("I'd normally give written feedback unless the teacher prefers a quick chat.", [A.ASSERTED]),
            ("I'd usually observe a new teacher twice if they are on probation.", [A.ASSERTED]),
            ("I'd trained twenty teachers before anyone asked if I wanted the job.", [A.ASSERTED]),
            ("She'd observed me twice before she asked if I wanted to mentor.", [A.ASSERTED]),
            ("I'd run a study if we got the funding.", [A.INTENDED]),
            # a cleft with the trainer set aside
            ("It was Leila, not me, who designed the observation tools.", [A.OTHER]),
            (
                "It's my co-trainer, not me, who reworks the modules; I deliver them.",
                [A.OTHER, A.ASSERTED],
            ),
            ("It was me who designed the observation tools.", [A.ASSERTED]),
            # a duty that is someone named's
            # where the trainer speaks; a report on the trainer names the trainer's own duty
            (
                "The theory sessions are Dr Hale's department, and I run the practical ones.",
                [A.OTHER, A.ASSERTED],
            ),
            ("Observing and mentoring new teachers is Ayesha's responsibility.", [A.ASSERTED]),
            ("I deliver the methodology training for Oxford's department of education.", [A.ASSERTED]),
            (
                "The theory sessions are Émilie's department, and I run the practical ones.",
                [A.OTHER, A.ASSERTED],
            ),
            ("Research is Maria's job, not mine.", [A.OTHER, A.OTHER]),
            ("It's everyone's job to plan.", [A.ASSERTED]),
            ("Observation is my area.", [A.ASSERTED]),
            # peers, where the trainer speaks
            ("My peers ask for feedback on their sessions and I run the workshops.", [A.OTHER, A.ASSERTED]),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected


class TestListsPlansAndNamedAgents:
    """A list denied as a whole, what was and is no more, a plan as a subject, "by" someone named."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a negation reaches over a list that "or" closes in a later item
            (
                "At no point have I written for a journal, spoken at a conference, or helped a trainer.",
                [A.NEGATED],
            ),
            ("I have not published, presented or contributed to journals.", [A.NEGATED]),
            # not a new clause with its own subject
            (
                "I don't design courses, I adapt the ones we have, or write new tasks.",
                [A.NEGATED, A.ASSERTED],
            ),
            ('There was a time when all my feedback was "nice lesson".', [A.PAST]),
            ("Questionnaires, backup tasks - I did all that on the old project. Not any more.", [A.PAST]),
            # a fragment that is only the time it tells gives it to the sentence before; one with a
            # clause of its own tells its own time only
            ("I ran the reading group. Years ago, anyway.", [A.PAST]),
            ("A broad bank of resources, all at my fingertips. Once upon a time.", [A.PAST]),
            ("I give written feedback after every lesson. Years ago I gave none.", [A.ASSERTED, A.PAST]),
            ("I'm thinking of proposing a small study to the board.", [A.INTENDED]),
            ("I'm considering an MA in teacher education.", [A.INTENDED]),
            ("When I'm thinking of activities for a session, I always start from their needs.", [A.ASSERTED]),
            # a question is not given the status of a clause marked by a later one (the answer's own
            # status only): "Yes - I used to follow the book but not any more" denies the book
            (
                "Do I design courses? Yes - I used to follow the book but not any more.",
                [A.ASSERTED, A.PAST, A.PAST],
            ),
            ("Did I design courses? Yes, the whole module was mine.", [A.ASSERTED]),
            # a plan as the clause's subject, saying what it is
            ("My plan for 2025 is to design our first full course.", [A.INTENDED]),
            # the purpose of what is done, a plan in the past, an aim without a time
            ("The aim of my workshops is to get teachers trying the techniques themselves.", [A.ASSERTED]),
            ("The goal of my feedback is that teachers leave with one clear action point.", [A.ASSERTED]),
            ("Our goal with each observation is that the teacher sets their own targets.", [A.ASSERTED]),
            ("The plan was that I observe every teacher, and I do.", [A.ASSERTED]),
            ("My plans are to hand before every session.", [A.ASSERTED]),
            ("Our aim this year is to build a new course.", [A.INTENDED]),
            ("The plan I follow is the ministry's.", [A.ASSERTED]),
            # someone named as the agent of a participle; not a time
            ("The courses are designed by Martin; my job is adapting them.", [A.OTHER, A.ASSERTED]),
            # a report on the trainer, and the trainer among the agents
            ("The whole in-service course was designed by Ayesha from scratch.", [A.ASSERTED]),
            ("The new observation rubric was developed by Ana and me together.", [A.ASSERTED]),
            # the same for the agents the triggers list, and not for a trainer who only watched
            ("The course was designed by my co-trainer and me.", [A.ASSERTED]),
            ("The units were written by our director and myself.", [A.ASSERTED]),
            (
                "Each workshop comes with a written plan. They're written by my co-trainer and me.",
                [A.ASSERTED],
            ),
            ("The course was designed by our director with me watching.", [A.OTHER]),
            # one rule for a name's agents too: the trainer joined by "and", not by "with" or a hedge
            ("The course was designed by Ana with me watching.", [A.OTHER]),
            ("The course was designed by Ana, I think, and I run it.", [A.OTHER, A.ASSERTED]),
            # and for a "they" passive pointing back: its agents joined to the trainer, or the trainer
            (
                "I run the induction course. They were designed by our director with me watching.",
                [A.ASSERTED, A.OTHER],
            ),
            ("Each workshop has a plan. They were designed by Ana and me.", [A.ASSERTED]),
            ("I adapt the materials written by Martin for each cohort.", [A.ASSERTED, A.OTHER]),
            ("I designed it by March.", [A.ASSERTED]),
            ("I read a book by Thornbury.", [A.ASSERTED]),
            # the trainer as whom a role's doing is for or given to takes no part in it
            ("Our director runs the trainer development programme for all of us.", [A.OTHER]),
            ("The academic director plans the courses and sends them to me.", [A.OTHER]),
            # a participle's form right after its subject is the clause's verb: the trainer's doing
            ("I adapted a book by Thornbury.", [A.ASSERTED]),
            ("We've developed the course by ourselves.", [A.ASSERTED]),
            ("I designed the unit by hand for my trainees.", [A.ASSERTED]),
            # a particle between the verb of making and its agent
            ("The resource bank was put together by our academic lead.", [A.OTHER]),
            # the trainer who speaks after the agent opens a clause of their own
            (
                "The units were written by our coordinator this term I ran them for the new teachers.",
                [A.OTHER, A.ASSERTED],
            ),
            # a denied complement past an aside, and "if I'm honest" is a hedge, not a condition
            (
                "Planning for individual needs is something that, if I'm honest with you, I just don't do.",
                [A.NEGATED],
            ),
            ("Course design is something that I don't do.", [A.NEGATED]),
            ("Course design is something that I've never done.", [A.NEGATED]),
            ("It's a course that I've never liked, but I run it.", [A.ASSERTED]),
            # a cleft on whom the trainer trains is the trainer's own practice, seen from the room
            (
                "It's the trainees, not me, who do most of the talking in my sessions.",
                [A.ASSERTED],
            ),
            ("Feedback is something that, honestly, I value.", [A.ASSERTED]),
            ("If I am asked, I don't refuse.", [A.ASSERTED]),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected


class TestTopicsQuestionsAndEndings:
    """A topic taken up after a mark, a hypothetical question, the trainer set aside, a practice ended."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # the trainer set aside ("not me"), and where that stops
            ("The moderator, not me, sends comments back to the exam board.", [A.OTHER]),
            ("It's Marco, not me, who's the theory guru.", [A.OTHER]),
            (
                "My workshop covers the basics, but that's the audience, not me: I draw on many strategies.",
                [A.ASSERTED, A.OTHER, A.ASSERTED],
            ),
            ("That's not me, designing a course from nothing.", [A.NEGATED]),
            (
                "My colleague handles the logistics, not me - I design and run the sessions.",
                [A.OTHER, A.ASSERTED],
            ),
            # a question a terminator split is answered whole, but not a statement before it
            ("Build feedback into the course while it's running? I don't.", [A.NEGATED]),
            ("I adapt the ministry's materials, but do I design whole courses? No.", [A.ASSERTED, A.NEGATED]),
            # a passive's agent, for participles the triggers do not list, when the agent is someone
            ("The observation forms we use were invented by Dr Amadi.", [A.OTHER]),
            ("Those mixed groups' materials are adapted by my colleague Ines.", [A.OTHER]),
            (
                "The criteria are researched and rewritten by the quality committee; I apply them.",
                [A.OTHER, A.ASSERTED],
            ),
            (
                "Every decision she makes is informed by a deep awareness of the teachers' cultures.",
                [A.ASSERTED],
            ),
            ("Julia is considered by others as a constructive presence.", [A.ASSERTED]),
            ("I was inspired by my mentor to start a reading group.", [A.ASSERTED]),
            ("My rubric was adopted by the ministry last year.", [A.ASSERTED]),
            # a question about what might be done
            ("Would it be mad to send something to the association's journal?", [A.INTENDED]),
            ("Should we build our own feedback tool for the new programme?", [A.INTENDED]),
            ("Could I start training teachers in other provinces?", [A.INTENDED]),
            ("Can I design a course from scratch? Yes, three so far.", [A.ASSERTED]),
            # "until" a year: what it ends is over, but not what goes on now
            ("I designed courses for the ministry until 2019.", [A.PAST]),
            ("I was a CELTA tutor till 2019.", [A.PAST]),
            (
                "I have trained teachers since 2010 and until 2019 also designed courses.",
                [A.ASSERTED, A.PAST],
            ),
            # "That was before I ...": the sentence it points back at is over (fresh228, fresh133, fresh158),
            # as after "That was before the ..."; not a habit's time ("That's before the course starts")
            ("Training mixed groups across three provinces. That was before I moved back home.", [A.PAST]),
            (
                "She ran the cascade sessions in every district. That was before she moved to Yerevan.",
                [A.PAST],
            ),
            (
                "I interview each participant by phone. That's before the course starts, of course.",
                [A.ASSERTED],
            ),
            # how a career began is over (a review of the rule for sentences not credited found a senior's
            # "I started out delivering ..." holding down their Lead claim); not what a session starts with
            ("I started out delivering ready-made packs from the ministry.", [A.PAST]),
            ("In the early years I just did visits with a given checklist.", [A.PAST]),
            ("I began by conducting pre-prepared training activities.", [A.PAST]),
            ("I started out the session with a warm-up, as always.", [A.ASSERTED]),
            ("I started off each workshop with a quick needs check.", [A.ASSERTED]),
            # a year after "before" dates what it names, not the trainer's practice (a review's probes)
            ("I still use the materials we wrote before 2019 in all my sessions.", [A.ASSERTED]),
            # a topic, then a clause that takes it up
            (
                "Publishing, conference talks, helping trainers find a specialism: none of it is my life.",
                [A.NEGATED],
            ),
            (
                "Planning ahead for each teacher's needs - can't say that's something I do.",
                [A.NEGATED, A.NEGATED],
            ),
            (
                "Conference papers, journal articles: I have done none of these.",
                [A.NEGATED, A.ASSERTED, A.NEGATED],
            ),
            ("Articles, journals, conference talks - nope.", [A.NEGATED, A.NEGATED]),
            (
                "Writing for journals, speaking at conferences. None of that, I'm afraid.",
                [A.NEGATED, A.NEGATED, A.ASSERTED],
            ),
            ("My sessions are always interactive - none of that lecturing stuff.", [A.ASSERTED, A.NEGATED]),
            (
                "Put together the new blended course this weekend, 6 units. Nothing fancy.",
                [A.ASSERTED, A.NEGATED],
            ),
            ("Regroups them at once, gives them extra examples - smooth, no fuss.", [A.ASSERTED, A.NEGATED]),
            # a practice denied since a time, or for one, ends the one told before it
            (
                "In 2015 I observed with video and peer triads, but I haven't observed anyone for years.",
                [A.PAST, A.NEGATED],
            ),
            (
                "I've trained teachers for ten years and haven't missed a session since 2015.",
                [A.ASSERTED, A.NEGATED],
            ),
            (
                "Teachers in my sessions always get a choice of tasks. I haven't observed anyone since 2019.",
                [A.ASSERTED, A.NEGATED],
            ),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            # found by review: current practice these readings must leave the trainer's
            "I design all our in-service courses, as I did for the ministry until 2018.",
            "I run workshops on assessment every term and until 2020 ran them on phonics too.",
            "I switched to video-based feedback in 2018. Haven't used a paper observation form since.",
            "I introduced peer observation in 2017 and I haven't done a top-down observation since.",
            "I ran a feedback workshop for new trainers last week. I haven't observed anyone for months.",
            "I ran a needs analysis with the new group on Monday. I stopped using the old questionnaire.",
            "Each trainee gets two observations a term. It's not negotiable.",
            "Teachers choose the focus of each observation. Nothing of that is imposed by me.",
            "Designing courses is my main job. It's not what I trained for, though.",
            "Reflective journals - couldn't run a course without them.",
            "Planning for individual teachers - that's not optional for me.",
            "My approach to feedback is informed by Schon's work.",
            "My online course was accredited by Cambridge English in 2022.",
            "In feedback I focus on what the pupils learned, not me.",
            "I write the observation report with the teacher - it's her report, not mine.",
            "Can I adapt a course on the fly? Every time.",
            "Would it help to video my sessions? I already do, every term.",
            "Can we give feedback that teachers actually use? We do, through follow-up visits.",
            "Good to hear you've been asking each cohort for feedback - I'm not the one to advise on that.",
            # found by a second review
            "I coordinate the ministry project on inclusive education and observe forty teachers a year.",
            "I watch my mentees doing microteaching and give them feedback the same day.",
            "At my last session with the new cohort I used video clips of their own lessons.",
            "Last year I set up a peer observation scheme. I stopped doing top-down observations altogether.",
            "In 2018 I moved to video feedback; I haven't done it any other way since.",
            "I started observing with the new rubric in 2020. I haven't observed anyone without it since.",
            "The observed teacher, not me, chooses the focus of each observation.",
            "Will it surprise you that I observe every new teacher twice a term?",
            "Can I design a course from scratch? I've done it three times.",
            "Would I recommend peer observation? Without hesitation - I run it every term.",
            "Planning with the teacher - it's not glamorous, but it's the heart of what I do.",
            "Microteaching - can't recommend it enough.",
            "Feedback forms, observation notes, action plans - nobody else sees them but the teacher and me.",
            "Journals, portfolios, peer feedback. I don't grade any of it, but I comment on all of it.",
            "Teachers sometimes arrive late to my sessions, but I don't let it slide.",
            "The sessions are adapted by the end of the first week.",
            "What I mean to show in my portfolio is how I adapt the materials.",
            "Peer coaching gave my teaching another life, and now I run it for the whole school.",
        ],
    )
    def test_current_practice_stays_asserted(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            # the sentence that ends or takes up the one before it is read with it
            (
                "Found my old notebooks. Pages of interviews with every teacher before the course, and notes "
                "on how we changed tack when new needs came up. Haven't trained anyone since 2019."
            ),
            "Writing for journals, speaking at conferences, mentoring. None of that.",
            (
                "Adapting the standard workshops for each audience, so every group got something "
                "that fitted - I was known for it. Then I moved into management and stopped training."
            ),
        ],
    )
    def test_a_later_sentence_ends_or_denies_what_came_before(self, text: str) -> None:
        assert set(_stages(text).values()) == {None}


class TestWhoseItIs:
    """Someone else's practice set against the trainer's, and a later sentence that says whose it is."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # someone named, then the trainer after a dash or "while": two people, two statuses
            (
                "Olga adapts the modules for each new group - I'm still running her versions.",
                [A.OTHER, A.ASSERTED],
            ),
            (
                "My colleague observes the new teachers while I run the workshops.",
                [A.OTHER, A.ASSERTED],
            ),
            # a name with "is" or "has" on it, and a name the word lists know given a role
            (
                "Kasia's mapping out a specialism, while I'm still finding out which journals exist.",
                [A.OTHER, A.ASSERTED],
            ),
            ("Grace, my mentor, wrote the induction course; I deliver her sessions.", [A.OTHER, A.ASSERTED]),
            # a role of a few words set off by commas after a name: the sentence before is theirs too
            (
                "Designing whole courses? Zeynep, my line manager, handles that. I adapt her units.",
                [A.OTHER, A.OTHER, A.ASSERTED],
            ),
            (
                "Observation tools? Kenji, our head of teacher development, designs those. I use them.",
                [A.OTHER, A.OTHER, A.ASSERTED],
            ),
            (
                "Needs analysis for every project. Mr Haddad, our head of training, takes care of that.",
                [A.OTHER, A.OTHER],
            ),
            # a title's full stop ends nothing
            ("Mr. Dung designs all the course units; I rework them for my groups.", [A.OTHER, A.ASSERTED]),
            # who does it? someone else
            (
                "Which of us brings dogme into the sessions? Mariana. Always Mariana.",
                [A.OTHER, A.OTHER, A.ASSERTED],
            ),
            ("Which of us observes on video? Kemal - he films every lesson.", [A.OTHER, A.OTHER]),
            (
                "Who designs the course? The academic director - I deliver her sessions.",
                [A.OTHER, A.OTHER, A.ASSERTED],
            ),
            # any person a determiner opens, not only a role the lists hold (a new user's find)
            ("Who designs our blended courses from scratch? Our programme lead.", [A.OTHER, A.OTHER]),
            ("Who designs our courses from scratch? The woman from head office.", [A.OTHER, A.OTHER]),
            # the trainer, or the trainer among others, answers for themself
            ("Who designs our courses from scratch? I do.", [A.ASSERTED]),
            ("Who designs our courses from scratch? The whole team, me included.", [A.ASSERTED]),
            # a sentence wholly someone else's that does what up to two sentences before told, naming
            # no one; not one that does something else with it
            (
                (
                    "The whole course was designed from scratch, every unit tailored to the district."
                    " Our academic director, Priya, did all of that."
                ),
                [A.OTHER],
            ),
            (
                (
                    "Sessions that range across sociocultural theory and corpus analysis. Impressive"
                    " stuff. My line manager does all of that."
                ),
                [A.OTHER, A.OTHER],
            ),
            ("Adapting the packs for each group. My manager checks them every month.", [A.ASSERTED, A.OTHER]),
            # a sentence that points back and says whose it is, or that it is over
            (
                "Every unit is written from scratch and piloted. All of it is Marguerite's work.",
                [A.OTHER, A.OTHER],
            ),
            (
                "Our observation tool was built for the programme. That was my colleague's work.",
                [A.OTHER, A.OTHER],
            ),
            (
                "The planning got a lot of praise. According to my director, though, it was Amal's doing.",
                [A.OTHER, A.ASSERTED, A.OTHER],
            ),
            (
                "The materials were well adapted. However, the adapting was done by the coordinator.",
                [A.OTHER, A.OTHER],
            ),
            ("Mixed groups from every kind of school. Kenji does all that.", [A.OTHER, A.OTHER]),
            # a plural pointing word with its own copula, a title or a role before the name (fresh326, read)
            (
                "The materials are adapted for every group. Those adaptations were Professor Lind's work.",
                [A.OTHER, A.OTHER],
            ),
            (
                "Concept checks were done neatly in the demo. That was the co-trainer Lucía's part.",
                [A.OTHER, A.OTHER],
            ),
            # "they're" opens a passive as "they were" does
            (
                "Each workshop comes with a written plan. They're written and run by the regional officer.",
                [A.OTHER],
            ),
            # the trainer did the sentence before: what is given away is its object
            ("I observed a lesson with the new rubric. That lesson was Tom's.", [A.ASSERTED]),
            ("I adapt the course materials for every group. Those materials were Tom's.", [A.ASSERTED]),
            ("Each workshop comes with a written plan. They're written by me, every one.", [A.ASSERTED]),
            # what is owned must be a doing ("work", "part"), not a thing the practice uses: the source
            # of the rules or the examples is someone else's, the sessions are not (a fresh-eyes review)
            ("My sessions follow strict observation rules. Those were Cambridge's rules.", [A.ASSERTED]),
            (
                "The workshop leaned on examples from Year 7 classes. Those were Ms Haddad's examples.",
                [A.ASSERTED],
            ),
            # "that's" in a relative clause is no passive's subject: the trainer's clause up to it
            ("I use a rubric that's written by the ministry.", [A.ASSERTED, A.OTHER]),
            ("I ran lesson study cycles with every cohort. Those days are over.", [A.PAST, A.PAST]),
            # a sentence that only names an activity takes the next one's status
            ("Publishing in journals. Maybe one day.", [A.INTENDED, A.INTENDED]),
            (
                "Designing the whole course. Hoping to try it next term.",
                [A.INTENDED, A.INTENDED],
            ),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "I use Marta's materials and I adapt them for each group.",
            "I borrowed Helen's observation form and I use it every week.",
            "Who designs the courses here? Me, mostly - I write every unit from scratch.",
            "Who observes the new teachers? I do, every term.",
            "I design whole courses for the ministry. It's not easy, but I love it.",
            "I use video and peer observation. I couldn't do without it.",
            "I built our observation tool last year. That's my own work and I'm proud of it.",
            "Designing courses is my main job. It's not what I trained for, though.",
            "I observe every teacher twice a term. None of this appears in my job description.",
            "Reflection, my colleague's favourite, is at the heart of my sessions.",
            # a role of a few words that owns what the apposition names (a fresh-eyes review's probes)
            "Microteaching, our head of training's idea, is the core of every course I run.",
            "Observation, my head of department's pet project, is something I now run every term.",
            "Interview transcript. I adapt the materials for every group I train.",
            "Delivering given sessions with support: yes. Adapting materials: working towards.",
            "I design my own courses. It was Dr Eze who showed me how.",
            # what a fresh-eyes review of the round found taken from the trainer, each now kept
            "I run reflective practice workshops. That's my manager's favourite part of the programme.",
            "I mentor two new colleagues. That was the head's request.",
            "I design the induction programme. It's the director's responsibility to approve it, though.",
            "I plan the sessions and run them. My colleague helps with all that paperwork.",
            "I run needs analysis surveys. The head reads all that and decides on priorities.",
            "I write the rubrics. Kenji does all that for primary; I do it for secondary.",
            "I coordinate the programme. It was Dr Ahmed's course before I took it over.",
            "I write materials for the ministry. That's something I want to keep doing.",
            "I observe new trainers. That's what my predecessor used to do as well.",
            "Designing and delivering courses for the ministry since 2015. Previously, I taught in Lima.",
            "Mentoring new trainers. Hope to take on more mentees next year.",
            "Observing lessons and giving feedback. My colleague handles the paperwork.",
            "Writing materials for the ministry. I want to publish them one day.",
            "Bloom's questioning taxonomy guides my observation feedback.",
            "Kolb's learning cycle is the basis of my session planning.",
            "Tom observes the trainees - me too, actually, every Friday.",
            "I observe trainees. None of that was planned; it just happened.",
            "Who observes the new teachers? The senior trainers, which means me.",
            "Who designs the course? A team of three trainers, including me.",
            "I was asked to call him sir. I design the courses myself.",
            # what a second review found, in longer texts
            "I use the observation checklist with every trainee. It was designed by our head of training.",
            "I adapt the ministry's materials for each group. These were written by a team in the capital.",
            "I'm now responsible for observing the new teachers. That was Ahmed's job until he retired.",
            "Ms. Okafor designs all the units for our course. That was Mr. Hale's job until he retired.",
            "I give feedback after every observation. None of it is graded.",
            "I observe each trainee four times. That was the rule at my old centre too.",
            "Designing whole courses for the ministry. Planning to start a PhD next year.",
            "Mentoring two new trainers. Hope to add a third next year.",
            "Mentoring new trainers. Two at the moment, hoping for three next year.",
            "Coaching new trainers through their first observations. Would love to formalise this.",
            "Observing lessons in partner schools. Used to do this on paper, switched to an app last year.",
            "Joanna, our senior trainer, designs all our courses, and I have been impressed by her work.",
            "Helen's been running our in-service course since 2019, and I have watched her grow.",
            "Who observes the new teachers? Mostly Karen and myself.",
            "I design our courses from scratch. That's what I do best.",
            "I run a peer observation scheme across three schools. That's next to impossible, but I manage.",
            "I send a questionnaire to every teacher. It was before the course started, as always.",
            # the object of a feeling, or of a verb that does something further, is not the activity
            "Running workshops for new trainers. I've never regretted that.",
            "Adapting the ministry units for each group. I'd like to publish them one day.",
            # a capitalised word whose stem the word lists know is no one's name ("run", "happi")
            "Running workshops takes most of my week, and I adapt every one for the group.",
            "Happy teachers learn more, so I plan my sessions around their needs.",
        ],
    )
    def test_the_trainers_own_stays_asserted(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            "Designing whole courses around the funders' deadlines. That's Olga's job, not mine.",
            "Writing for journals and presenting at conferences. Maybe one day.",
            "I ran lesson study with every cohort and built our observation scheme. Those days are over.",
            "Every unit of our course is written from scratch. My line manager does all that.",
            "Ten years I edited the journal's trainer section. Don't do any of that now.",
            "Writing for journals and presenting at conferences. That's next year's project.",
            "I mentored three young trainers into their specialisms. Well, that was before the restructure.",
            "Working across cultures after a needs analysis. That's what my colleague Ana is brilliant at.",
            # the next sentence takes the activity up as its object, after "do" or a preposition
            "Reworking the standard module for each group, with a rationale. My colleague Bora does that.",
            "Mentoring colleagues towards their own specialisms. I've never done anything of the sort.",
            "Testing whether our assessment tools measure what they claim to. Nobody here does that.",
            "Editorial board, conference talks, a newsletter column. I've stepped away from it since.",
            "Being able to explain clearly why training isn't just teaching adults. I'm working towards it.",
        ],
    )
    def test_a_later_sentence_gives_the_practice_away(self, text: str) -> None:
        assert set(_stages(text).values()) == {None}

    @pytest.mark.parametrize(
        "text",
        [
            "Everyone thinks I design my own courses. I don't.",
            "People assume I survey every group before I go to a new region. I don't; there's no time.",
            "My manager thinks I mentor the new trainers. I haven't, so far.",
        ],
    )
    def test_a_denial_with_its_verb_left_out_denies_the_sentence_before(self, text: str) -> None:
        assert set(_stages(text).values()) == {None}

    @pytest.mark.parametrize(
        ("text", "category"),
        [
            ("I design my own courses. She doesn't.", "training"),  # someone else set against the trainer
            ("I design my own courses. I don't publish, though.", "training"),  # a verb of its own
        ],
    )
    def test_a_denial_of_something_else_leaves_the_sentence_before(self, text: str, category: str) -> None:
        assert _stages(text, RULES_ALONE)[category] is not None

    def test_the_ownership_models_reading_of_a_denial_after(self) -> None:
        # "I don't publish, though." denies a practice of its own (denies_something_else): the model
        # reads "I design my own courses." alone, not with it. Read with it, the model's log-odds went
        # either side of the threshold from refit to refit (1.05, 0.99, 0.21, 1.07, 0.57, -0.02, 1.46,
        # 1.31, 0.80, -0.56 with fresh228, fresh230 and fresh232 and the mentoring framework's example
        # trainer counted, then 1.82 with fresh240, fresh242 and fresh244); alone it is pinned (-2.23,
        # then -1.06 with fresh240, fresh242 and fresh244, -0.97 with fresh246, fresh248 and fresh250):
        # a refit that moves it past -0.5 or to -2.0 or below fails here and this is brought up to date;
        # -3.17 with the not-own statements' sentences of the trainer's own counted as such, read at the
        # threshold of 0.0 (2026-12-07); -4.14 with fresh298 and fresh300
        reading = tfw.profile_text(FW, "I design my own courses. I don't publish, though.").sentences[0]
        ownership = default_matcher(FW).ownership
        assert ownership is not None
        assert reading.status is tfw.ReadingStatus.CREDITED
        assert reading.ownership == round(ownership.log_odds("I design my own courses."), 6)
        assert -5.0 < reading.ownership <= -2.0

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("Publishing in journals.", True),
            ("Writing for journals, speaking at conferences.", True),
            ("Designing courses is my main job.", False),
            ("Testing whether our tools measure what they claim to.", True),  # a clause it embeds
            ("Designing courses that the ministry approves.", True),
            ("Regarding her own growth, she reads widely.", False),
            ("Tomasz, who joined us from the university, calls himself a researcher.", False),
            ("Meet the Trainer: Tomasz Nowak.", False),
            ("4.", False),
        ],
    )
    def test_names_activity(self, sentence: str, expected: bool) -> None:
        assert _assertion.names_activity(sentence) is expected

    def test_no_module_name_is_defined_twice(self) -> None:
        """The reader's module is long: a second ``_NAME = ...`` silently replaces the first's meaning."""
        import ast
        from pathlib import Path

        tree = ast.parse(Path(_assertion.__file__).read_text(encoding="utf-8"))
        names = [
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        ] + [node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)]
        assert sorted({n for n in names if names.count(n) > 1}) == []


class TestTheTextsVoice:
    """In the trainer's own account, someone named in a sentence without "I" is someone else.

    The account is the trainer's own where it says "I" and "my" more often than "she", "he",
    "her" and "his" and names no one twice: a reference names the trainer again and again.
    """

    def test_someone_named_in_the_trainers_own_account_is_someone_else(self) -> None:
        text = (
            "Kamal built the observation framework we all use and researches how well the grading "
            "bands work. Me, I just use the form and I tell teachers the general things to improve."
        )
        first, second = tfw.profile_text(FW, text).sentences
        assert first.status is tfw.ReadingStatus.NOT_ASSERTED
        assert first.match is not None
        assert first.match.assertion is A.OTHER
        assert second.status is tfw.ReadingStatus.CREDITED
        assert _stages(text)["observation"] == "teacher-to-trainer"

    def test_a_referees_account_of_someone_named_is_theirs(self) -> None:
        # the referee speaks as "I", but of the trainer as "she": Ana is the one profiled
        text = (
            "I have worked with Ana for three years. Ana designs all our courses from scratch and she "
            "balances the funders' and the schools' demands with great skill."
        )
        assert _stages(text, RULES_ALONE)["training"] == "lead"
        # the ownership model is close to its threshold (0.0) on the letter's second sentence: -0.01
        # (credited) before fresh318 and fresh320 were counted, 0.09 (doubted, a known miss) with them,
        # -0.77 (credited) with fresh322, fresh324 and fresh326, -1.23 with the refit for narrative
        # claims contradicting from 0.7; pinned so that a refit that moves it far is seen
        reading = tfw.profile_text(FW, text).sentences[1]
        assert reading.ownership is not None
        assert -2.0 < reading.ownership <= 0.5
        assert reading.status is (
            tfw.ReadingStatus.DOUBTED if reading.ownership > 0.0 else tfw.ReadingStatus.CREDITED
        )

    def test_she_or_he_in_the_trainers_own_account_is_someone_else(self) -> None:
        text = (
            "I run workshops for the teachers in my region. That's Adebayo. He built the observation "
            "tools and runs the assessment; I only do occasional visits with his checklist."
        )
        readings = tfw.profile_text(FW, text).sentences
        he = next(r for r in readings if r.text.startswith("He built"))
        assert he.status is tfw.ReadingStatus.NOT_ASSERTED
        assert [(c.assertion, c.trigger) for c in he.clauses] == [(A.OTHER, "He")]
        assert _stages(text, RULES_ALONE)["observation"] == "teacher-to-trainer"
        # pinned: with fresh216, fresh218 and fresh220 counted the ownership model doubted the trainer's
        # own "I only do occasional visits with his checklist." (log-odds 1.48, credited before; 1.18
        # with fresh228, fresh230 and fresh232 and the mentoring framework's example trainer counted), a
        # known miss; with fresh240, fresh242 and fresh244 counted it was credited again (0.82, just under
        # the threshold of 1.0), with fresh246, fresh248 and fresh250 doubted again (1.58), with fresh252,
        # fresh254 and fresh256 still doubted (1.46), with fresh258, fresh260 and fresh262 credited again
        # (0.55), with fresh264, fresh266 and fresh268 still credited (0.97), with fresh270, fresh272 and
        # fresh274 doubted again (1.40), with fresh276, fresh278 and fresh280 still doubted (2.28), with
        # the not-own statements' sentences of the trainer's own counted as such and the threshold of 0.0
        # credited (-0.79), with the word model counted on the read sets too -1.59, with fresh330 counted
        # doubted again (0.59): the model's variance from refit to refit; a refit that moves it either
        # way fails here and this is brought up to date
        mine = next(r for r in readings if r.text.startswith("I only do"))
        assert mine.status is tfw.ReadingStatus.DOUBTED
        assert mine.ownership is not None
        assert 0.0 < mine.ownership < 1.5

    def test_after_a_fronted_phrase(self) -> None:
        text = "I run workshops in my region. Last year, he built the observation tools; I only use them."
        he = next(r for r in tfw.profile_text(FW, text).sentences if "he built" in r.text)
        assert he.status is tfw.ReadingStatus.NOT_ASSERTED
        assert [(c.text, c.assertion, c.trigger) for c in he.clauses] == [
            ("Last year, he built the observation tools", A.OTHER, "he")
        ]

    @pytest.mark.parametrize(
        "text",
        [
            # the trainer takes part
            "I run workshops for the teachers in my region. She asked me to design the observation tools.",
            # a peer's note: "I" more often than "she", but "she" alone in her sentence is the trainer
            (
                "I have co-trained with Ana Costa for years. I handle the logistics and I book the rooms."
                " She designs all our teacher training courses from scratch."
            ),
            # a referee: "she" is the trainer, named once, and "I" no more often than "she" and "her"
            (
                "I am writing to recommend Ana Costa. I have worked with her for six years and I trust her"
                " judgement. She designs all our teacher training courses from scratch."
            ),
        ],
    )
    def test_she_or_he_stays_the_trainers_where_the_account_is_not_in_the_first_person_or_takes_part(
        self, text: str
    ) -> None:
        last = tfw.profile_text(FW, text).sentences[-1]
        assert last.match is not None
        assert last.match.assertion is A.ASSERTED  # (the ownership model may still doubt a request)

    def test_a_single_statement_keeps_a_participants_she(self) -> None:
        # one statement is not an account in the trainer's voice: a participant's "I" and the trainer's "she"
        (first, _) = tfw.profile_text(
            FW, "She switches between approaches; I have never seen anything like it."
        ).sentences
        assert first.match is not None
        assert first.match.assertion is A.ASSERTED

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("I design the sessions and I run them. Marta observes them.", True),
            ("Me, I just use his form and I add my notes.", True),
            ("Marcus designed the course. I take Marcus's units and I adapt them.", True),
            ("I have known Mei for years. She plans for every teacher.", False),  # as often: a report on Mei
            # named sentence after sentence and called "he": the one the text is about
            ("I observed Kwame's workshop. Kwame adapted the unit for his group. I was impressed.", False),
            ("Dr. Rossi designs the units. I teach them.", True),  # "I" once, no one "she" or "he"
            ("Ana designs the courses.", False),  # no "I": a report on someone
            ("", False),
        ],
    )
    def test_in_own_voice(self, text: str, expected: bool) -> None:
        assert _assertion.in_own_voice(text) is expected


class TestWhatTheTrainerIsAimingFor:
    @pytest.mark.parametrize(
        "text",
        [
            "What I'm aiming for is trying out different observation methods.",
            "What I am aiming for is a course of my own.",
            "What I want is a wider range of observation tools.",
            "What I'm after is a proper needs analysis before every course.",
        ],
    )
    def test_a_cleft_of_an_aim_is_intended(self, text: str) -> None:
        assert [status for _, status in _statuses(text)] == [A.INTENDED]

    @pytest.mark.parametrize(
        "text",
        [
            "When I observe, I'm aiming for a balance of praise and challenge.",
            "I plan each workshop aiming for a mix of input and practice.",
        ],
    )
    def test_an_aim_in_what_the_trainer_does_is_asserted(self, text: str) -> None:
        assert A.INTENDED not in [status for _, status in _statuses(text)]


def test_the_trainers_own_lead_in_is_no_label() -> None:
    assert _assertion.LABEL.match("I ask: how do you know?") is None
    assert _assertion.LABEL.match("We vary it: ") is None
    label = _assertion.LABEL.match("I: How do you plan? R: I adapt the pack.")  # an interviewer's label
    assert label is not None
    assert label.group() == "I: "


class TestQuestionsPutToSomeone:
    """A question of yes or no put to someone asserts nothing until it is answered yes."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Q: Do you design the courses too?", [A.ASKED]),
            ("Marek, did you design that new rubric?", [A.ASKED]),
            ("Olena: You designed that course yourself, right?", [A.ASKED]),
            ("Forum: when I observe, I tick the boxes on the form; is that enough?", [A.ASSERTED, A.ASKED]),
            ("Q: Do you design the courses too? A: Yes, all of them.", [A.ASSERTED]),  # answered yes
            ("Q: Do you publish? A: No, never.", [A.NEGATED]),  # the answer's status
            ("Who do you train? Primary teachers in rural schools.", [A.ASSERTED]),  # the answer completes it
            ("Do I design courses? Every single one of them.", [A.ASSERTED]),  # the trainer's own
            ("Can anyone recommend some books for someone new to training?", [A.ASSERTED]),  # a request
            ("Using the regional pack? Always.", [A.ASSERTED]),  # a topic put as a question
            # a question of how put to "you": with nothing after it, it asserts nothing; answered, it
            # says what the answer is about (a narrative matches the answer alone: below)
            ("Q: How do you develop as a trainer?", [A.ASKED]),
            ("Q: How do you develop as a trainer? A: I ask every group for feedback.", [A.ASSERTED]),
            ("Who designs it? Our coordinator.", [A.OTHER, A.OTHER]),  # no "you": the answer says whose
            # an answer that names someone else does not confirm it
            ("HOST: And you design the courses too? AMARA: People assume so.", [A.ASKED, A.ASSERTED]),
            ("Panel: Do you design courses? Rafael: Our coordinator, Beatriz, does.", [A.ASKED, A.ASSERTED]),
            # a role beside the trainer does not give it away
            ("Q: Do you observe new teachers? A: Every week, with my mentor.", [A.ASSERTED]),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Q: How do you handle needs analysis? A: Our coordinator does it.",
            "PANEL: How do you develop as a trainer? KWAME: Honestly I don't, much.",
        ],
    )
    def test_a_question_of_how_the_answer_gives_away_is_not_credited(self, text: str) -> None:
        # the answer is a piece of its own, matched alone; it does not take the question's practice
        # ("develop as a trainer", a Lead trainer's descriptor) up as the trainer's
        question, _ = tfw.profile_text(FW, text).sentences
        assert question.status is tfw.ReadingStatus.NOT_ASSERTED
        assert question.match is not None
        assert question.match.assertion is not A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            # an answer that tells how the trainer does it takes the question's practice up
            "Q: How do you evaluate your courses? A: I collect feedback forms and observe teachers after.",
            # answered with a few words that complete it
            "Who do you train? Primary teachers in rural schools.",
            # the trainer's own lead-in, not someone asking them
            "I ask: how do you know they learned it?",
            "Key question for every debrief: how do you know the learners understood?",
        ],
    )
    def test_a_question_the_trainer_answers_or_asks_is_read_as_theirs(self, text: str) -> None:
        first = tfw.profile_text(FW, text).sentences[0]
        assert first.match is not None
        assert first.match.assertion is A.ASSERTED

    def test_a_question_opens_after_the_askers_name(self) -> None:
        chat = "[09:15] Thu: did you adapt the district pack? [09:16] Bao: no no."
        assert (" did you adapt the district pack?", A.ASKED) in [
            (f" {text}" if not text.startswith(" ") else text, status) for text, status in _statuses(chat)
        ]

    def test_a_question_in_a_narrative_is_read_with_its_answer(self) -> None:
        asked = "PANEL: Do you design whole courses from scratch? HIROSHI: I adapt the client's materials."
        first, *_ = tfw.profile_text(FW, asked).sentences
        assert first.status is tfw.ReadingStatus.NOT_ASSERTED
        assert first.match is not None
        assert first.match.assertion is A.ASKED
        answered = "PANEL: Do you design whole courses from scratch? HIROSHI: Yes, every one of them."
        assert _stages(answered)["training"] == "lead"

    @pytest.mark.parametrize(
        ("answer", "expected"),
        [
            ("Yes, every one of them.", True),
            ("HIROSHI: Oh, yes.", True),
            ("A: Of course, every term.", True),
            ("That's right.", True),
            ("Every month, with my mentor.", True),  # completes the question
            ("Of course not, that's Tomasz.", False),
            ("Absolutely not.", False),
            ("That's Tomasz, he set it up.", False),
            ("I adapt the client's materials.", False),  # a clause of its own
            ("No.", False),
            ("", False),
        ],
    )
    def test_confirms(self, answer: str, expected: bool) -> None:
        assert _assertion.confirms(answer) is expected

    def test_its_reason(self) -> None:
        assert A.ASKED.reason == "a question, not a statement of practice"

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("Q: Do you design the courses too?", True),
            ("How do you plan?", True),  # put to someone: its answer says what is done
            ("Who designs the course?", False),  # no "you": read by the answer (_from_before)
            ("I design the courses.", False),
            ("Do I design courses?", False),
        ],
    )
    def test_asks(self, sentence: str, expected: bool) -> None:
        assert _assertion.asks(sentence) is expected


@pytest.mark.parametrize("title", ["Mr", "Mrs", "Ms", "Mx", "Mme", "Dr", "Dra", "Prof"])
def test_a_titles_full_stop_ends_no_sentence(title: str) -> None:
    from trainerframework._language._text import sentences

    text = f"The hub gives me the materials and {title}. Alves reviews my plan. I run it."
    assert sentences(text) == [
        f"The hub gives me the materials and {title}. Alves reviews my plan.",
        "I run it.",
    ]
    reading = tfw.read_clauses(f"{title}. Dung designs all the course units; I rework them for my groups.")
    assert [c.assertion for c in reading] == [A.OTHER, A.ASSERTED]


class TestChatMessages:
    """Each message of a chat with times is a statement of its own."""

    def test_a_message_ends_where_the_next_one_begins(self) -> None:
        from trainerframework._language._text import sentences

        chat = "[09:14] Lei: I paired him with Ruth [09:15] Mo: did you use the slides? [9.16 pm] Lei: nah"
        assert sentences(chat, within=False) == [
            "[09:14] Lei: I paired him with Ruth",
            "[09:15] Mo: did you use the slides?",
            "[9.16 pm] Lei: nah",
        ]

    def test_the_other_speakers_question_is_not_credited(self) -> None:
        chat = (
            "[09:14] Leilani: I plan the workshop myself. "
            "[09:15] Mo: did you design the whole course from scratch? [09:16] Leilani: nah, not that"
        )
        readings = tfw.profile_text(FW, chat).sentences
        (asked,) = [r for r in readings if "Mo:" in r.text]
        assert asked.status in {tfw.ReadingStatus.NOT_ASSERTED, tfw.ReadingStatus.UNMATCHED}
        assert asked.credited is None


class TestDialogueTurns:
    """A quoted dialogue's turn is a statement of its own, without the marks that open or close it."""

    def test_a_turn_ends_at_its_closing_mark(self) -> None:
        dialogue = 'I explain a tense three ways." "Observations?" "I made our observation form myself.'
        turns = ["I explain a tense three ways.", "Observations?", "I made our observation form myself."]
        assert sentences(dialogue) == turns
        assert sentences(dialogue, within=False) == [
            "I explain a tense three ways.",
            # a whole sentence goes on after "?" (its pieces part there, below)
            '"Observations?" "I made our observation form myself.',
        ]
        # a sentence's pieces too: the question is asked, its answer is the trainer's
        pieces = _assertion.read_pieces('"Observations?" "I made our observation form myself."')
        assert [(p, [c.assertion for c in clauses or ()]) for p, clauses in pieces] == [
            ("Observations?", [A.ASKED]),
            ("I made our observation form myself.", [A.ASSERTED]),
        ]

    def test_a_quotation_inside_a_statement_keeps_its_marks(self) -> None:
        text = 'I ask every teacher: "What did you notice?" Then we plan the next lesson.'
        assert sentences(text) == [text]
        assert sentences('"Never," I said. "Not once."') == ['"Never," I said.', "Not once."]
        # a quoted statement ends its sentence where a capital letter follows; a quoted question
        # does not (its asker or its answer may follow)
        said = 'The feedback: "try more pair work." At the end he hands out the slips.'
        assert sentences(said) == [
            'The feedback: "try more pair work."',
            "At the end he hands out the slips.",
        ]
        assert sentences('"Who designed this course?" I asked. "I did," said Maria.') == [
            '"Who designed this course?" I asked.',
            '"I did," said Maria.',
        ]

    @pytest.mark.parametrize(
        "text",
        [
            # a fresh-eyes review's probes: the sentence goes on after the closing mark
            'I ask teachers "What went well?" and then we plan the next lesson together.',
            'I gave a workshop called "Why observe?" at the regional conference last year.',
            'I designed the "Teach, Reflect, Grow!" programme for the ministry in 2021.',
            "I run input sessions (phonology, lexis, etc.) for new teachers every term.",
            "I give feedback after each observed lesson (never in front of the class!) and write a report.",
            "I love observing ;) and I give detailed feedback after every lesson.",
            # a quoted question given its asker, and what answers it, stay together
            '"Have you ever trained trainers?" a colleague asked me.',
            'A colleague asked me, "Do you ever design courses from scratch?" Honestly, no.',
            '"Who designed this course?" I asked.',
        ],
    )
    def test_a_sentence_that_goes_on_is_one(self, text: str) -> None:
        assert sentences(text) == [text]
        assert [p for p, _ in _assertion.read_pieces(text)][-1].endswith(text[-12:])

    def test_an_aside_in_brackets_ends_where_its_sentence_does(self) -> None:
        text = "I wrote the course. (The ministry approved it.) Now I run it."
        assert sentences(text) == ["I wrote the course.", "(The ministry approved it.)", "Now I run it."]

    def test_each_answer_is_read_after_its_question(self) -> None:
        dialogue = (
            '"What do you do?" "I design our courses from scratch." '
            '"Do you write the observation forms too?" "No, the regional office writes them."'
        )
        profile = tfw.profile_text(FW, dialogue)
        assert profile.category_stage("training") == FW.stage("lead")
        assert profile.category_stage("observation") is None
        texts = [r.text for r in profile.sentences]
        assert "I design our courses from scratch." in texts
        assert not any(t.startswith('"') or t.endswith('"') for t in texts)

    @given(st.text(alphabet=st.sampled_from("ab \"“”’'().!?;-\n"), max_size=60), st.booleans())
    def test_no_word_is_lost(self, text: str, within: bool) -> None:
        from trainerframework._language._text import tokens

        assert tokens(" ".join(sentences(text, within=within))) == tokens(text)


_OWN_AFTER_THE_REVIEW = [
    # an answer that confirms the question, with a filler or a few words of no clause
    ("Q: Do you design the courses yourself? A: Oh yes, every one of them.", "training"),
    ("Q: Do you give written feedback after observations? A: Well, yes, mostly.", "observation"),
    (
        "Q: So you design the whole programme yourself? A: That's right, from start to finish.",
        "training",
    ),
    (
        "[10:01] Mo: do you still design the induction course? [10:02] Lei: yep, every year",
        "training",
    ),
    # a question the trainer quotes, as put to teachers
    (
        (
            'In my workshops teachers practise concept checks: "Is it past or present? Did it happen '
            'once or many times?" I model it first and then observe them in pairs.'
        ),
        "observation",
    ),
    # what still goes on from the past
    (
        (
            "At my last school I learned to give feedback through questions, and I still do that "
            "in every debrief."
        ),
        "observation",
    ),
    # "is what" someone else wanted or hired the trainer for
    (
        "Designing courses from scratch is what my manager hired me for, and it's what I do.",
        "training",
    ),
    # a feeling or a denial of stopping is no denial of the activity
    ("Asking teachers to set their own observation focus. I'd never stop doing that.", "observation"),
    # the bare denial answers the last part of the sentence before
    (
        "I design all our courses from scratch, and people ask if I'm paid extra for it. I don't.",
        "training",
    ),
    # a referee names the trainer again and again: the named person is the trainer
    (
        (
            "I am writing to recommend Ms Okafor. I have been her line manager for six years and I "
            "have observed many of her sessions. Ms Okafor designs all our in-service courses from "
            "scratch. I can say that I have rarely seen a better trainer."
        ),
        "training",
    ),
    ("Our trainer team designs every course from scratch, and I lead the evaluation.", "training"),
    ("Now, in my forties, I design the district's in-service programme.", "training"),
]
"""Constructions of the trainer's own practice that a fresh-eyes review found the late rules took away."""

_DOUBTED_OWN = {
    # (log-odds low, high]: known misses of the ownership model at its threshold (1.0, 0.0 since
    # 2026-12-07), pinned so
    # that a refit moving them either way fails here and this table is brought up to date
    # 1.78 with fresh102 to fresh105 counted, ..., 2.39 with fresh144 and fresh145; credited from
    # fresh154 and fresh155 (0.56) to fresh166 and fresh168; 2.11 with fresh170 and fresh172, 4.04 with
    # fresh174, fresh176 and fresh178, 3.06 with fresh180, fresh182 and fresh184, 2.10 with fresh186,
    # fresh188 and fresh190 and the framework's example trainers, 2.53 with fresh192, fresh194 and fresh196,
    # 1.30 with fresh198, fresh200 and fresh202, 2.14 with fresh204, fresh206 and fresh208, 3.31 with
    # fresh210, fresh212 and fresh214, 4.74 with fresh216, fresh218 and fresh220, 3.07 with fresh228,
    # fresh230 and fresh232 and the mentoring framework's example trainer, 0.91 with fresh328 (doubted
    # from the threshold of 0.0)
    "Designing courses from scratch is what my manager hired me for, and it's what I do.": (0.0, 6.0),
    # 2.46 with fresh102 to fresh105 counted, 2.73 with fresh110 to fresh113, 3.28 with fresh118 to fresh121,
    # 2.97 with fresh122 and fresh123, 4.21 with fresh132 and fresh133, 5.20 with fresh144 and fresh145,
    # 6.64 with fresh170 and fresh172, 4.79 with fresh174, fresh176 and fresh178, 5.43 with fresh180, fresh182
    # and fresh184, 5.85 with fresh186, fresh188 and fresh190 and the framework's example trainers,
    # 5.15 with fresh192, fresh194 and fresh196, 5.22 with fresh198, fresh200 and fresh202, 5.57 with
    # fresh204, fresh206 and fresh208, 3.92 with fresh210, fresh212 and fresh214, 5.91 with fresh216,
    # fresh218 and fresh220, 5.05 with fresh228, fresh230 and fresh232 and the mentoring framework's
    # example trainer
    "Asking teachers to set their own observation focus. I'd never stop doing that.": (1.0, 7.0),
    # doubted with fresh276, fresh278 and fresh280 counted (1.10), credited with fresh286 and fresh288
    # (-0.03), doubted again with the threshold lowered to 0.0 and the not-own statements' sentences of the
    # trainer's own counted as such (0.79), credited with fresh294 and fresh296 counted (-0.42), doubted
    # again with fresh298 and fresh300 (0.18), 1.15 with fresh302 and fresh304, 1.61 with the word model
    # counted on the read sets too, 2.01 with the refit for the narrowed first-stage cue: a sentence near
    # the threshold, either side from refit to refit
    "Our trainer team designs every course from scratch, and I lead the evaluation.": (0.0, 3.0),
    # the referee's letter above: doubted from the threshold's lowering to 0.0, at 0.76, a referee's "I"
    # beside the trainer, credited with fresh294 and fresh296 counted (-0.72), doubted again with fresh298
    # and fresh300 (0.73), 2.23 with the ownership model refitted after the first-stage cue for finding
    # out that something exists (the letter holds no cue: the move is the refit's), 2.26 after the cue
    # was narrowed, 2.84 with fresh318 and fresh320 counted; the test reads the letter's sentence on the
    # courses, the one of its category
    (
        "I am writing to recommend Ms Okafor. I have been her line manager for six years and I "
        "have observed many of her sessions. Ms Okafor designs all our in-service courses from "
        "scratch. I can say that I have rarely seen a better trainer."
    ): (0.0, 3.0),
}
"""Sentences of :data:`_OWN_AFTER_THE_REVIEW` the ownership model doubts (the rules alone credit them)."""


class TestTheReviewOfTheLateRules:
    """Constructions of the trainer's own practice that a fresh-eyes review found the new rules took away."""

    @pytest.mark.parametrize(("text", "category"), _OWN_AFTER_THE_REVIEW)
    def test_the_trainers_own_is_credited(self, text: str, category: str) -> None:
        assert _stages(text, RULES_ALONE)[category] is not None

    @pytest.mark.parametrize(("text", "category"), _OWN_AFTER_THE_REVIEW)
    def test_the_ownership_model_credits_them_but_its_known_misses(self, text: str, category: str) -> None:
        """With the default matcher (the ownership model asked) too, but for the pinned misses."""
        if text not in _DOUBTED_OWN:
            assert _stages(text)[category] is not None
            return
        low, high = _DOUBTED_OWN[text]
        reading = next(
            r
            for r in tfw.profile_text(FW, text).sentences
            if r.ownership is not None and r.match is not None and r.match.descriptor.category_id == category
        )
        assert reading.status is tfw.ReadingStatus.DOUBTED
        assert reading.ownership is not None
        assert low < reading.ownership <= high

    @pytest.mark.parametrize(
        "text",
        [
            "I'll send the plan. Tomorrow",
            "I ran it. In the afternoon",
            "I ran it; this morning",
            "I teach; and today",
        ],
    )
    def test_a_clause_of_a_time_alone_is_read(self, text: str) -> None:
        """A phrase of when with nothing after it (no subject to find past it) reads as it did."""
        assert [c.assertion for c in _assertion.read_clauses_fully(text)] == [A.ASSERTED]

    def test_a_day_is_no_one(self) -> None:
        text = "I observe new teachers on a fixed schedule. Tuesday afternoons are for feedback meetings."
        assert all(c.assertion is A.ASSERTED for c in tfw.read_clauses(text))


class TestWhoTakesItUpAndWhenItBegins:
    """A practice named first and taken up by someone else, given up, or begun at a date to come."""

    @pytest.mark.parametrize(
        ("text", "category"),
        [
            # someone whose work the trainer's meets but never is, as the subject
            (
                (
                    "Applying the criteria consistently and critically reviewing the rubric. "
                    "The external moderator handles that."
                ),
                "observation",
            ),
            # the trainer only in a clause of time: the partner still does it
            (
                (
                    "A pre-course survey and materials in two languages. The partner NGO sets all of that up "
                    "before we arrive."
                ),
                "individuals",
            ),
            # a peer of two words, not the role of its first ("my office", "my office mate")
            (
                (
                    "Sending out feedback forms and inviting peer observation of sessions. My office-mate "
                    "handles all of that."
                ),
                "development",
            ),
            # given up: what was named before is over
            (
                (
                    "Tracking whether our rubric ratings matched trainees' later progress. I ran that study "
                    "for three years and then dropped it."
                ),
                "observation",
            ),
            (
                "Regularly seeking peer feedback. I dropped all of that when I went part-time.",
                "development",
            ),
            # begun at a date to come
            (
                (
                    "Setting up observations with the school's form and giving general feedback. "
                    "I start doing those in September."
                ),
                "observation",
            ),
            (
                (
                    'New job description: "The postholder will create tools and procedures for observing." '
                    "I start in September."
                ),
                "observation",
            ),
            # begun at a date to come, said of the activity named before ("that", "it", "this")
            ("Training colleagues from very different regions. That starts in January.", "individuals"),
        ],
    )
    def test_it_is_not_credited(self, text: str, category: str) -> None:
        assert _stages(text)[category] is None

    @pytest.mark.parametrize(
        "text",
        [
            "I start every course in September with a needs analysis.",
            "I started observing new teachers in March.",
            "I take the first session in September and observe every teacher by May.",
            "The trainees set all of that up before we arrive, and I check it.",
            "Inviting colleagues to observe my sessions every term. I never gave it up.",
            "I run the induction course. It starts in September every year.",
        ],
    )
    def test_what_recurs_began_or_is_shared_stays_asserted(self, text: str) -> None:
        assert next(c.assertion for c in tfw.read_clauses(text)) is A.ASSERTED

    def test_a_start_to_come_is_intended(self) -> None:
        assert _statuses("A mentoring scheme for new trainers. We launch it in January.")[-1][1] is A.INTENDED
        assert _statuses("My new post is confirmed: we launch the mentoring scheme in January.")[-1][1] is (
            A.INTENDED
        )


class TestTheReviewOfTheSecondRound:
    """Own practice a fresh-eyes review (271 probes) found the first versions of these rules took away."""

    @pytest.mark.parametrize(
        "text",
        [
            # a start at a month that is a routine, a span, or after what the trainer does
            "I run a ten-week course for new trainers. We start in September and finish in December.",
            "I observe every new teacher twice a term. I start in October, once they've settled in.",
            "Every autumn I run the induction. I start in September with the new cohort.",
            "Ana runs the induction week. She starts in September, before the new teachers arrive.",
            "I start planning the summer school in March and run it in July.",
            "Observations? I start them in October.",
            "We start the year in September with an induction week for new teachers.",
            # giving up told of someone else, or denied
            "I give written feedback within a day, and I refuse to let that slide.",
            "I run peer observation every term. We nearly dropped it during Covid.",
            "I run a reading circle for trainers, but most of them gave it up by week three.",
            "I still use the video protocol; my colleague abandoned it.",
            "I collect trainee feedback after every course; last year I passed that on to management.",
            # the trainer's own doing in a clause of time
            "The coordinator sends out the forms before I observe each teacher.",
            "The mentors meet weekly, and when I visit I observe one lesson each.",
            "The moderator and I agree the marks for every assessed lesson.",
            "The coordinator designs the course with me.",
            # a participant's report: "for us" does not make "the trainer" someone else
            "The trainer had obviously reworked the standard workshop for us.",
            # the aim of what is done now
            "I set targets with each trainee, aiming for one observable change per cycle.",
            "I share my session plans with colleagues, hoping for honest feedback.",
            "Clear, usable feedback is what I'm aiming for in every observation I do.",
            "I give feedback the same day, which I'm hoping helps them act on it.",
            # times past or routine
            "I've trained over forty new teachers in a couple of years.",
            "I revisit each teacher's action plan in a year's time.",
            # a gerund that was the trainer's idea or way in, and is still done
            "Running the induction week was my idea originally. These days I still run it.",
            "Mentoring was my way into teacher training. Today I mentor four new teachers.",
            # a plan that is a routine
            "Our observation plan is for me to see each trainee twice a term, and I stick to it.",
            # the trainer's own, with whom it is for
            "Observing a new teacher every week. That's Priya, my mentee.",
        ],
    )
    def test_the_trainers_own_stays_asserted(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            "I'd like to get better at giving feedback, so I record my sessions and watch them back.",
            "I want to improve my feedback, so I ask a colleague to observe me every month.",
        ],
    )
    def test_what_is_done_for_a_wish_is_done(self, text: str) -> None:
        assert _statuses(text)[-1] == (text[text.index("so I") :], A.ASSERTED)


class TestWhatIsWishedForAndWhatIsOver:
    """A wish told after what it is for, its purpose, and what a contrast with now ends."""

    @pytest.mark.parametrize(
        ("text", "category"),
        [
            (
                "Sessions for refugee teachers and the vocational college. That's the bit I'm angling for.",
                "individuals",
            ),
            (
                "Ideally I'd get to grips with corpus work, so I have several ways of analysing language.",
                "knowledge",
            ),
            ("Tailoring the borrowed workshops to each audience. I'd love to get there someday.", "training"),
            (
                "The plan, if the grant comes through, is for me to write a new blended course from scratch.",
                "training",
            ),
            ("Presenting at the national conference. Maybe in a year or two.", "development"),
            (
                "A wide range of resources and several ways into language analysis. That's Priya, my mentor.",
                "knowledge",
            ),
            (
                "I adapted the regional materials for two years, then gave up training altogether.",
                "training",
            ),
            (
                "I built our observation protocols. I handed all that over when I left.",
                "observation",
            ),
        ],
    )
    def test_it_is_not_credited(self, text: str, category: str) -> None:
        assert _stages(text)[category] is None

    @pytest.mark.parametrize(
        "text",
        [
            "Early on I only trained teachers like my own; these days I do thorough needs analyses abroad.",
            "Once upon a time I only trained teachers at my own school; nowadays I work in new regions.",
            "My resources were once limited to a single teacher's book; nowadays I draw on a wide range.",
        ],
    )
    def test_what_was_so_early_on_is_over(self, text: str) -> None:
        assert [a for _, a in _statuses(text)] == [A.PAST, A.ASSERTED]

    @pytest.mark.parametrize(
        "text",
        [
            "Until the restructuring in 2019, I wrote the induction course myself.",
            "At one point I kept a big resource library and showed how training differs from teaching.",
            "There was a period when I asked colleagues to critique my sessions - I've let all that slide.",
            "In my PhD years I knew every theory going; I've let much of that slide.",
            "Last time I trained anyone was 2017, with pre-packaged sessions from the regional office.",
        ],
    )
    def test_what_was_done_then_is_over(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.PAST

    def test_until_a_year_to_come_is_not_over(self) -> None:
        assert _statuses("I will keep observing every new teacher until the end of 2027.")[0][1] is A.INTENDED

    def test_what_the_trainer_did_before_a_contrast_with_now_is_over(self) -> None:
        text = (
            "Designing full courses from scratch was my job for a decade. These days I take the "
            "centre's workshops and adapt them for each group."
        )
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.PAST, A.ASSERTED]
        assert _stages(text)["training"] == "autonomous"

    def test_a_wish_for_something_else_leaves_what_is_done(self) -> None:
        text = "I'm starting an online course on young learners; that's the area I want to specialise in."
        assert _statuses(text)[0][1] is A.ASSERTED
        text = (
            "I read a lot about online teacher education, which is the area I'm thinking of specialising in."
        )
        assert _statuses(text)[0][1] is A.ASSERTED
        assert _statuses("I'd like to observe more, so I asked my manager.")[-1][1] is A.ASSERTED
        assert _statuses("Teachers arrive late, but I never let it slide.")[0][1] is A.ASSERTED


class TestWhatANotAssertedStatementIsAbout:
    def test_the_clause_with_the_most_substance(self) -> None:
        """Not a discourse word the reader split off before the clause: a new user's find."""
        text = "Honestly, I used to run the induction workshops, but that stopped in 2019."
        (reading,) = tfw.profile_text(FW, text).sentences
        assert reading.status is tfw.ReadingStatus.NOT_ASSERTED
        assert reading.describe().startswith("not credited: past practice, given up")
        assert reading.about is not None
        assert FW.descriptor(reading.about).category_id == "training"

    @given(st.lists(st.sampled_from(list(A)), min_size=1, max_size=4), st.randoms())
    def test_it_is_a_not_asserted_clause_with_the_most_content_words(
        self, kinds: list[A], rnd: object
    ) -> None:
        texts = ["Honestly, I", "used to run the induction workshops", "and", "observe lessons"]
        clauses = tuple(tfw.Clause(text=texts[k % 4], assertion=a) for k, a in enumerate(kinds))
        about = _assertion.unasserted(clauses)
        candidates = [c for c in clauses if c.assertion is not A.ASSERTED]
        content = [_assertion._substance(_assertion.tokens(c.text)) for c in candidates]
        if not any(content):
            assert about is None
        else:
            assert about is candidates[content.index(max(content))]


class TestAskedWishes:
    """A wish in a question the trainer asks or answers is someone else's: needs analysis, not a plan
    (a new user's find)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Before each workshop I ask the teachers what they want to focus on.",
            "I ask the trainees what they hope to get out of the course.",
            "I find out what the teachers would like to work on before I plan.",
            "She can explain why each stage of her workshop is there and how she will know if it has worked.",
        ],
    )
    def test_someone_elses_wish_asked(self, text: str) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.ASSERTED]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("I want to design my own course one day.", [A.INTENDED]),
            ("They want me to design the course.", [A.INTENDED]),  # about the trainer
            ("I ask myself what I want to do next: probably an MA.", [A.ASSERTED, A.INTENDED]),
            ("If we asked, I'd model it again.", [A.ASSERTED, A.INTENDED]),  # "I'd" holds its subject
            # a condition put first that names no one of the trainer's side is part of the wish
            # (_framing_clauses)
            ("If a teacher asked, I'd model it again.", [A.INTENDED]),
        ],
    )
    def test_the_trainers_own_wish(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected


class TestHabitsUnderACondition:
    """ "I'll" after a condition on whoever is in the room is what the trainer does each time."""

    @pytest.mark.parametrize(
        "text",
        [
            "If anyone's behind I'll just buddy them up with someone stronger.",
            "If a teacher struggles, I'll model the task again.",
            "If they ask, I'll share my slides.",
        ],
    )
    def test_a_habit_is_asserted(self, text: str) -> None:
        assert _statuses(text) == [(text, A.ASSERTED)]

    @pytest.mark.parametrize(
        "text",
        ["If we win the contract, I'll interview every teacher.", "If a teacher asked, I'd model it again."],
    )
    def test_an_event_to_come_or_an_unreal_condition_is_intended(self, text: str) -> None:
        assert _statuses(text)[-1][1] is A.INTENDED

    @pytest.mark.parametrize(
        "text",
        [
            "We propose that I lead a small study into the district's observation rubric.",
            "It is proposed that the regional trainers, myself included, adapt the central materials.",
            "Year two of the grant will allow me to adapt the session packs for island schools.",
        ],
    )
    def test_an_arrangement_or_a_proposal_is_intended(self, text: str) -> None:
        assert _statuses(text)[-1][1] is A.INTENDED

    @pytest.mark.parametrize(
        "text",
        [
            "I observe each teacher on a scheduled visit every term.",
            "I'm scheduled to observe every new teacher each term.",
            "I propose two action points at the end of every feedback session.",
        ],
    )
    def test_a_routine_or_a_proposal_made_each_time_is_done(self, text: str) -> None:
        assert [status for _, status in _statuses(text)] == [A.ASSERTED]


class TestWhoItWasAndThatItEnded:
    """A later sentence that says who did it, that it was never the trainer's, or that it ended."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Adapting packs for each audience was my job until 2021; I've been out of training since.",
                A.PAST,
            ),
            (
                "Critically reviewing the assessment criteria. That has never been my thing, to be frank.",
                A.NEGATED,
            ),
            ("Publishing in journals. That's not really me.", A.NEGATED),
            ("Designing whole courses. That is not my area.", A.NEGATED),
            (
                "The whole course was designed from scratch. The British Council consultant did that.",
                A.OTHER,
            ),
            (
                "Seeks feedback, reads widely. My colleague Ngozi, that is - the best role model I've got.",
                A.OTHER,
            ),
            ("Drawing on journals, webinars and corpora for every session. Not me.", A.NEGATED),
            (
                "A library you could get lost in. The university sends a professor for that side of things.",
                A.OTHER,
            ),
            (
                "Mixed groups from five countries. That was the Erasmus project, which wound up in 2019.",
                A.PAST,
            ),
            (
                "Writing for a journal and speaking at the national conference. It's on my five-year plan.",
                A.INTENDED,
            ),
            (
                "Moving between training approaches with depth. Something to aim for during my MA.",
                A.INTENDED,
            ),
            ("The ministry's cascade trainers run the pre-written sessions exactly as scripted.", A.OTHER),
        ],
    )
    def test_the_first_sentence_is_not_asserted(self, text: str, expected: A) -> None:
        assert _statuses(text)[0][1] is expected

    @pytest.mark.parametrize(
        "text",
        [
            "I adapt the materials for every group. It's not what I trained for, but I love it.",
            "I design the courses. I did that last year too.",
            "The moderator, not me, sends comments.",
            "The trainer's sessions are pitched at teachers like herself, and she relies on her classroom.",
            "His groups are colleagues from schools much like his own, and he draws on his own classroom.",
            "His colleagues recognise that he has a solid understanding of the local realities.",
            "The trainer had obviously reworked the standard workshop for us.",
            "Adapting the materials for each group? Not me - I run the pack exactly as head office sends it.",
        ],
    )
    def test_the_trainers_own_or_someone_elses_as_before(self, text: str) -> None:
        statuses = _statuses(text)
        if text.startswith("The moderator"):
            assert statuses[0][1] is A.OTHER
        elif text.startswith("Adapting"):
            assert statuses[-1] == ("I run the pack exactly as head office sends it.", A.ASSERTED)
        elif text.startswith("I adapt"):
            assert statuses[0][1] is A.ASSERTED
            assert statuses[-1][1] is A.ASSERTED
        else:
            assert [a for _, a in statuses] == [A.ASSERTED]


class TestNamedBackAndAnsweredBack:
    """A later sentence that points back at a practice and names it a wish not yet granted, a denial
    with its verb left out after a sentence that names no one, a question whether a practice is the
    trainer's, answered (the fifth round, from fresh78's misses, narrowed where a fresh-eyes review
    of 301 probes found the trainer's own practice taken away)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Corpus tools and genre approaches in every input session. That's the dream, anyway.",
                A.INTENDED,
            ),
            (
                "Writing for the journal and presenting at the conference. Both are on my five-year plan.",
                A.INTENDED,
            ),
            (
                "Mentoring two colleagues into their specialisms. It's in my proposal to the director.",
                A.INTENDED,
            ),
            (
                "A modular blended course built from the ground up. That's the bid we're writing now.",
                A.INTENDED,
            ),
            (
                "Appraisal notes: delivers the input sessions confidently. That's the hope, anyway.",
                A.INTENDED,
            ),
            # a dream is wished for whoever told what it names, with words before it or not
            ("I'd put corpus tools in every session. That's the big dream, anyway.", A.INTENDED),
            ("Explaining the rationale behind each session. I can't, if I'm honest.", A.NEGATED),
            ("Writing for journals. I don't, to be honest.", A.NEGATED),
            (
                "Running observations across all three sites. I can't, if I'm honest, though I'd like to.",
                A.NEGATED,
            ),
            ("A range of training approaches backed by deep theory. Is that me? No.", A.NEGATED),
            (
                "Reworking the ministry materials for each audience. Q: Is that something you do? A: No.",
                A.NEGATED,
            ),
        ],
    )
    def test_the_practice_named_first_is_not_asserted(self, text: str, expected: A) -> None:
        assert _statuses(text)[0][1] is expected

    @pytest.mark.parametrize(
        "text",
        [
            # a plan in force, a dream lived, a proposal granted or for a change, the trainer's own
            "Session plans from the ministry. That's the plan I follow.",
            "Reflective journals for every trainee. It's in the course plan.",
            "I use role plays and jigsaw reading. Both are in my lesson plans.",
            "Training teachers in rural schools. It's the dream job.",
            "I run my own training centre now. It's the dream!",
            "I co-train with Sam every week. It's a dream.",
            "I run the induction course every September. That was the plan and it worked.",
            "I design the assessment rubrics. That's in the proposal we had approved last year.",
            "I run the whole Erasmus programme. It's the bid we won in 2019.",
            "I run the Erasmus strand. That's the bid we're writing now.",
            "I run weekly CPD sessions; it's in my proposal to make them monthly.",
            "I've written a whole module on feedback. It's in my proposal.",
            # a year that dates what is done
            "I became head of training. That was 2018.",
            "I designed the course we still use. That was 2015.",
            # a hedge with a verb after it
            "I plan every session in detail. I can't, to be honest, imagine working any other way.",
            "Peer observation every Friday. I couldn't, to be honest, do without it.",
            # a question of how the practice is, and a question across an answer
            "Observing every lesson. Is that too much? No.",
            "Q: Do you mentor new trainers? A: Yes, every one of them. Q: Is that something you do? A: No.",
            "Mentoring new trainers. Do I do that? Yes, every term.",
            "I design all our courses, and people ask whether I get paid extra for it. I don't.",
        ],
    )
    def test_what_is_done_stays_asserted(self, text: str) -> None:
        statuses = _statuses(text)
        assert statuses[0][1] is A.ASSERTED
        if text.startswith("I design all"):
            assert statuses[-1][1] is A.NEGATED  # what the last part told is denied, not the courses

    @pytest.mark.parametrize(
        "text",
        [
            "Writing the reports for the board. She doesn't.",
            "Planning all the sessions. They don't, to be honest.",
            "My colleague writes the whole course from scratch. I don't.",
        ],
    )
    def test_someone_elses_denial_is_not_the_trainers(self, text: str) -> None:
        assert _statuses(text)[0][1] is not A.NEGATED


class TestALabelThatNamesNoVoice:
    """After a label that names no one's voice ("Update:", "Summary:"), the trainer who says "I" and
    speaks of no one as "she" or "he" is writing: "my co-trainer" is someone else, as without the label."""

    @pytest.mark.parametrize(
        "text",
        [
            "Update: I adapt the materials for each group. My co-trainer designs the courses.",
            "Context: I deliver the given sessions. My colleague adapts them for each group.",
        ],
    )
    def test_a_peer_is_someone_else(self, text: str) -> None:
        statuses = _statuses(text)
        assert statuses[0][1] is A.ASSERTED
        assert statuses[-1][1] is A.OTHER

    @pytest.mark.parametrize(
        "text",
        [
            "Peer note: I watched her session. My co-trainer designs the courses.",
            "Summary: I observe with the checklist. My mentor creates her own observation tools.",
            "Diary: my mentor seems to design all the courses.",
        ],
    )
    def test_a_report_is_read_as_before(self, text: str) -> None:
        assert [a for _, a in _statuses(text)] == [A.ASSERTED]


class TestAHabitOfBefore:
    """ "I used to ..." and "Previously ..." tell another practice, of before: the sentence before it
    is what is done now, unless the habit only points back at it (found by the review of reading short
    texts whole, which brought this reading of match() into profile_text)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Designed the in-service course from scratch. I used to deliver pre-prepared courses.",
            "Created an observation tool for new teachers. I used to use the standard checklist.",
            "I adapted the materials for each group. I used to deliver them as they were.",
            "I give specific feedback with clear strategies. Previously I only adapted given materials.",
        ],
    )
    def test_what_is_done_now_stays_asserted(self, text: str) -> None:
        statuses = _statuses(text)
        assert statuses[0][1] is A.ASSERTED
        assert statuses[-1][1] is A.PAST

    @pytest.mark.parametrize(
        "text",
        [
            "I ran workshops for the ministry. I used to, anyway.",
            "I ran workshops for the ministry. I used to do all that.",
            "I designed courses for years. I no longer do that.",
            "I designed several courses, but I no longer do any training design.",
        ],
    )
    def test_what_is_given_up_is_past(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.PAST


class TestTheReviewOfTheFourthRound:
    """Reports on the trainer, and the trainer's own practice, that a fresh-eyes review (348 probes) found
    the fourth round's first versions took away."""

    @pytest.mark.parametrize(
        "text",
        [
            # peers in the plural, where the report's trainer is in the clause
            "Her colleagues value the way she mentors new trainers.",
            "His colleagues often ask him to observe their lessons.",
            "The senior trainers ask her to moderate their observation reports.",
            "The trainers she supervises now design their own sessions.",
            "The teachers he tutors now run their own workshops.",
            # "the trainer" in a report is the trainer
            "Plans every session around the needs analysis. The trainer does that.",
            "Designs and leads the induction week. Our lead trainer.",
            # a negative subject
            "Gives feedback the same day. Hardly anyone does that.",
            # the new phrases, used of what is done now
            "I always leave trainees with something to work towards.",
            "I lead the training strand of the ministry's five-year plan.",
            "In my proposal I set out the peer-observation scheme I already run.",
            "I run the observation cycle, which closed in June for the summer and opens again in September.",
            # "was" is a past only before "until" and a year
            "Her session was lively and practical, but she no longer sets homework.",
            # a denial limited to a time now past
            "Running the research seminar. It was never my area until my MA, and now I run it every month.",
        ],
    )
    def test_the_first_practice_stays_asserted(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.ASSERTED


class TestTheReviewOfTheSixthRound:
    """What a fresh-eyes review (215 probes) found the sixth round's first versions took away or missed."""

    @pytest.mark.parametrize(
        "text",
        [
            # a fragment that contrasts, adds or wishes does not end the sentence before
            "I write my own materials now. Not back then, though.",
            "I co-plan every session with my trainees. Not in the past, though.",
            "I adapt coursebooks for each cohort; never did back then.",
            "I mentor new trainers now. Did back then too.",
            "hi Sam, I still do the Friday observations. did back then too!",
            "I run the mentoring scheme. Not in the future, though.",
            "I run the induction week every September. Next year too.",
            # a denial after a sentence where the trainer speaks is a comment on it
            "I end up doing all the timetabling. Not my job, though!",
            "I write the reports for the ministry. Not my role, though.",
            "I'm now a DELTA tutor. My dream, really!",
            "I've just run my first workshop abroad. Bucket list!",
            # "put" in another phrase, or the trainer's own verb past an adverb
            "I was put forward by my manager to lead the mentoring scheme.",
            "I usually put together readings by a range of authors.",
            "I ask trainees to put together a portfolio by a set date.",
            "I have also overseen every observation by our new mentors.",
            "I also adapted a book by Thornbury for my trainees.",
            "I always run my session plans by my mentor first.",
            # a relative clause's passive is not the main clause's
            "I run the practicum that is overseen by our academic lead.",
            "I update the resource bank, which was put together by my predecessor.",
            "I oversee the practicum, which used to be overseen by the director.",
            # a doing handed to the trainer, or shared with them, is theirs too
            "The director leaves the course design to me.",
            "The academic manager passes the new coursebooks to me to adapt for each cohort.",
            "The NGO pays for me to run the rural workshops.",
            "Our coordinator designs the course together with all of us.",
            "Our director asks each of us to design one new module a year.",
            # someone else doing something else with what was told, or doing it too
            "Written feedback within 24 hours of every observation. My manager takes that very seriously.",
            "Every unit is written from scratch. My manager runs it past the ministry each term.",
            "Weekly one-to-one tutorials with every trainee. The DoS did that at her old school too.",
            "Designing every course. Observing every trainee. Our director does all of that too.",
        ],
    )
    def test_the_first_practice_stays_asserted(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.ASSERTED

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a hedge or a relative clause after the agent is still the agent's
            ("The course was designed by our director I think.", [A.OTHER]),
            ("The syllabus was written by the trainer I replaced.", [A.OTHER]),
            # the trainer takes over with what was told
            ("Materials were put together by my manager I adapt them every week.", [A.OTHER, A.ASSERTED]),
            # a fragment with a filler, a year, or after several clauses, ends the whole sentence before
            ("I ran the reading group. Years ago now.", [A.PAST]),
            ("I ran a reading group for new teachers. Back in 2015.", [A.PAST]),
            ("I ran the reading group. Back then, at least.", [A.PAST]),
            ("I designed the course, but I also wrote the handbook. Years ago, anyway.", [A.PAST]),
            ("I ran the reading group... years ago, anyway.", [A.PAST]),
            ("Designing courses from scratch. Not my thing, really.", [A.NEGATED]),
            # "she" denying, in a sentence of its own, what the sentence before says someone named did
            (
                "You may have heard that Ines designed our new course. She did not; our director wrote it.",
                [A.ASSERTED, A.NEGATED, A.OTHER],
            ),
            ("Maria designs all our courses. She doesn't.", [A.NEGATED]),
            ("I design all our courses and Maria checks them. She doesn't.", [A.ASSERTED]),
            # not a product, a place or someone else than the one named as the subject
            (
                "My co-trainer and I differ. Zoom breakout rooms in every session. He doesn't.",
                [A.ASSERTED],
            ),
            ("Ms Okafor plans every session around the teachers' needs. He doesn't.", [A.ASSERTED]),
            (
                "Ms Okafor designs all our courses and people assume Mr Osei writes them. He doesn't.",
                [A.ASSERTED, A.NEGATED],
            ),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [status for _, status in _statuses(text)] == expected


class TestRestated:
    """A statement's own gloss ("which in practice means ...", "I mean ...") is what is scored."""

    @pytest.mark.parametrize(
        ("text", "gloss"),
        [
            (
                "I employ a paradigm, which in practice means I call on the quiet ones by name.",
                "I call on the quiet ones by name.",
            ),
            (
                "My praxis is grounded in self-interrogation - by which I mean I think back over my lessons.",
                "I think back over my lessons.",
            ),
            (
                "I deploy a rigorous observation protocol - I mean, I use the department form.",
                "I use the department form.",
            ),
            # not a gloss: a consequence, "in practice" and "in other words" in their own senses
            ("I design and run a twelve-week course for new teachers, which means a lot of evenings.", None),
            ("I run the whole induction course for new teachers in practice, not just in theory.", None),
            ("I plan the input sessions very carefully and in practice they rarely go wrong.", None),
            ("I help teachers explain new vocabulary in other words they already know.", None),
            ("I train teachers to put theory into practice in practice lessons with real learners.", None),
            # the marker opens the statement or closes it: nothing is glossed
            ("In practice I run the publisher's workshops.", None),
            ("Her ideas about feedback work well in practice.", None),
            # not a marker: "into practice", "basically"
            ("I put theory into practice every day with my groups.", None),
            ("I basically show them the lesson shape I use every day.", None),
            # a correction: the grand words, then what is really done
            (
                "I call myself a course designer, but honestly I take the national modules and reshape them.",
                "I take the national modules and reshape them.",
            ),
            (
                "My practice rests on inclusion. Concretely, I print the slides for the hill schools.",
                "I print the slides for the hill schools.",
            ),
            (
                "Everyone calls me the grammar expert, but really I've a handful of tricks.",
                "I've a handful of tricks.",
            ),
            (
                "The caterer thinks I'm a theorist. In reality I've got a couple of basic rules.",
                "I've got a couple of basic rules.",
            ),
            # a marker that names the doer: the gloss is the trainer's
            (
                "They list me as course designer, but what I actually do is run the sessions from the book.",
                "I run the sessions from the book.",
            ),
            (
                "I'm called the innovator, but all I do is reuse the publisher's units.",
                "I reuse the publisher's units.",
            ),
            (
                "It sounds grand, I know, but what I really do is: adapt the ministry's pack.",
                "I adapt the ministry's pack.",
            ),
            # not a correction: what follows is not the trainer's practice, or the marker opens the text
            ("I design courses from scratch, but actually it is a lot of work.", None),
            ("I design every course, but honestly the teachers love them.", None),
            ("Honestly I run the publisher's sessions and nothing more.", None),
            ("Actually, I design the whole programme for the region.", None),
        ],
    )
    def test_gloss(self, text: str, gloss: str | None) -> None:
        assert restated(text) == (text if gloss is None else gloss)

    @given(
        st.sampled_from(STATEMENTS), st.sampled_from(["in practice,", "I mean,", "which in practice means"])
    )
    def test_a_gloss_of_the_trainer_is_what_is_read(self, text: str, marker: str) -> None:
        """A gloss that opens with the trainer is what is read; one about someone else is no gloss."""
        rest = f"{text[0].lower()}{text[1:]}"
        mine = f"I leverage a holistic paradigm - {marker} I {rest}"
        assert restated(mine) == f"I {rest}"
        theirs = f"I leverage a holistic paradigm - {marker} the teachers {rest}"
        assert not restated(theirs).startswith("the teachers")  # a gloss of the statement's own may follow

    def test_every_marker_holds_a_marker_word(self) -> None:
        """``restated`` skips a text with none of ``_MARKER_WORDS``: every marker must hold one."""
        from trainerframework._base._bundled import bundled_toml
        from trainerframework._language._restatement import _MARKER_WORDS

        found = bundled_toml("assertion.toml")["restated"]
        for marker in (*found["markers"], *found["doer"]):
            assert any(w in marker.lower() for w in _MARKER_WORDS), marker

    @given(
        st.sampled_from(STATEMENTS), st.sampled_from(STATEMENTS), st.sampled_from(["I mean,", "but honestly"])
    )
    def test_the_category_is_read_from_the_whole_and_the_rest_from_the_gloss(
        self, words: str, gloss: str, marker: str
    ) -> None:
        """The scorer's signals for a glossed statement: the whole's category, the gloss's words and stage.

        A correction ("but honestly") is read so only where its gloss says about training at
        least a third of what the whole says (the coverage signal); else the whole is read.
        """
        scorer = tfw.LexiconScorer(FW)
        own = f"I {gloss[0].lower()}{gloss[1:]}"
        text = f"{words.rstrip('.')}, {marker} {own}"
        assume(restated(words) is words and restated(text) == own)  # no other marker before it
        whole, alone = scorer._read_plainly(text), scorer._read_plainly(own)
        read = scorer._read(text)
        if marker == "but honestly" and alone[3][4] < whole[3][4] / 3:
            assert read == whole
        else:
            assert read[:3] == alone[:3]
            assert read[3][0] == whole[3][0]
            assert read[3][1:] == alone[3][1:]
        assert scorer._read(words) == scorer._read_plainly(words)  # no gloss: read as it stands

    @pytest.mark.parametrize(
        ("text", "stated"),
        [
            (
                "I mentor three new trainers, but honestly I'm exhausted by the end of the week.",
                "I mentor three new trainers.",
            ),
            (
                "I run the induction workshops every term, but honestly I love doing it.",
                "I run the induction workshops every term.",
            ),
            (
                "I designed our induction course, but really I couldn't have done it without Maria.",
                "I designed our induction course.",
            ),
            (
                "I design the whole regional programme, but honestly I hate the paperwork it involves.",
                "I design the whole regional programme.",
            ),
        ],
    )
    def test_an_aside_after_a_correction_leaves_the_practice_stated(self, text: str, stated: str) -> None:
        """An aside says little about training: the statement is read whole, as if it were not there."""
        (m,) = tfw.match(FW, text, limit=1)
        assert m.descriptor == tfw.match(FW, stated, limit=1)[0].descriptor
        assert m.assertion is A.ASSERTED

    def test_a_corrections_status_is_the_clause_readers(self) -> None:
        """A negated aside after a correction's marker does not deny the practice stated before it."""
        text = "I mentor the new trainers every week - to be honest, I don't enjoy the paperwork."
        assert restated(text) == "I don't enjoy the paperwork."
        (m,) = tfw.match(FW, text, limit=1)
        assert m.assertion is A.ASSERTED
        assert m.confidence > 0

    def test_the_gloss_sets_the_stage_and_the_whole_the_category(self) -> None:
        """A confident junior's correction: the stage the gloss says, in the category the whole names."""
        corrected = (
            "I call myself a course designer, but honestly I take the national modules and reshape them."
        )
        (m,) = tfw.match(FW, corrected, limit=1)
        assert m.descriptor.id == "training.autonomous.1"
        assert (
            tfw.match(FW, "I call myself a course designer.", limit=1)[0].descriptor.id == "training.lead.1"
        )
        whole = (
            "My practice rests on a holistic, context-responsive philosophy of inclusion. Concretely, "
            "I remember that the teachers from the hill schools have no projector, so I print the slides"
            " for them."
        )
        (m,) = tfw.match(FW, whole, limit=1)
        assert (m.descriptor.category_id, m.descriptor.stage.id) == ("individuals", "teacher-to-trainer")
        assert (
            tfw.match(FW, restated(whole), limit=1)[0].descriptor.category_id == "training"
        )  # the gloss alone

    def test_a_scorer_of_ones_own_is_given_the_gloss(self) -> None:
        """Only the bundled scorer splices: a scorer of one's own is given the gloss to read, as before."""
        seen: list[str] = []

        class Recording:
            def scores(self, text: str) -> list[float]:
                seen.append(text)
                return [1.0] * len(FW.descriptors)

            def explain(self, text: str, index: int) -> tfw.MatchExplanation:
                seen.append(text)
                return tfw.MatchExplanation(concept=1.0)

        text = "I leverage a holistic paradigm - I mean, I call on the quiet ones by name."
        (m,) = tfw.Matcher(FW, Recording()).match(text, limit=1)
        assert m.explanation is not None
        assert seen == ["I call on the quiet ones by name."] * 2  # scored and explained alike
        seen.clear()
        tfw.profile_text(FW, text, matcher=tfw.Matcher(FW, Recording(), ownership=False))
        assert set(seen) == {"I call on the quiet ones by name."}
        # a correction is the bundled scorer's alone: a scorer of one's own reads the statement
        seen.clear()
        corrected = "I call myself a course designer, but honestly I take the national modules."
        tfw.Matcher(FW, Recording()).match(corrected, limit=1)
        assert set(seen) == {corrected}

    def test_a_negated_gloss_credits_nothing(self) -> None:
        text = "I employ an observation protocol - which in practice means I don't really observe anyone."
        (m,) = tfw.match(FW, text, limit=1)
        assert m.assertion is A.NEGATED
        assert m.confidence == 0

    def test_the_matcher_scores_the_gloss(self) -> None:
        """A novice's jargon no longer reads as Lead: the gloss says what they do."""
        text = (
            "As a reflective practitioner I critically interrogate my praxis - I mean, I think about "
            "what worked in my own classroom and bring that into my workshops."
        )
        (m,) = tfw.match(FW, text, limit=1)
        assert m.descriptor.stage.id == "teacher-to-trainer"
        # the grand words alone read as a senior's practice: it is the gloss that changes the reading
        words = text.split(" - ", maxsplit=1)[0] + "."
        assert tfw.match(FW, words, limit=1)[0].descriptor.stage.id != "teacher-to-trainer"


class TestSpeakersLabelsAndNames:
    """An answer's speaker's label is no part of the answer; a name may begin with a word."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a label of one or two words before the answer ("A:" was read already)
            (
                "Do you ever feed that back to whoever writes the criteria? Trainer: No.",
                [A.NEGATED, A.NEGATED],
            ),
            (
                "Interviewer: When a criterion seems off, do you ever feed that back? Trainer: No.",
                [A.NEGATED, A.NEGATED],
            ),
            ("Q: Do you design the courses? Ana Silva: Never.", [A.NEGATED, A.NEGATED]),
            ("Q: Do you ever feed that back? A: No, neither.", [A.NEGATED, A.NEGATED]),
            # an answer with a clause of its own says what is done; one that confirms, the trainer's
            ("Q: Do you design the courses? Ana: I adapt them for each group.", [A.ASKED, A.ASSERTED]),
            ("Q: Do you design the courses? Trainer: Yes, all of them.", [A.ASSERTED]),
            # a who-question's answer after its speaker's label names someone else
            (
                "Who's doing the questionnaire for the group? Bea: Priya, as always. I'm only presenting.",
                [A.OTHER, A.OTHER, A.ASSERTED],
            ),
        ],
    )
    def test_an_answers_label(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    def test_the_answers_label_takes_the_answers_status(self) -> None:
        clauses = tfw.read_clauses("Do you ever feed that back? Trainer: No.")
        assert [c.text for c in clauses] == ["Do you ever feed that back?", "Trainer: No."]
        assert {c.trigger for c in clauses} == {"No"}

    @pytest.mark.parametrize("name", ["Beatriz", "Boateng", "Wallace", "Carmen"])
    def test_a_name_that_begins_with_a_word_is_a_name(self, name: str) -> None:
        from trainerframework._language._assertion import _is_name

        assert _is_name(name, name.lower())
        text = f"Timelines, corpus examples and resources from everywhere. That's my co-trainer {name}."
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.OTHER, A.OTHER]

    @pytest.mark.parametrize(
        "word",
        [
            "Spanish",
            "Professor",
            "Message",
            "Standup",
            "Partnership",
            "Hello",
            "Proudest",
            "Frontline",
            "Statement",
        ],
    )
    def test_a_word_and_an_ending_is_no_name(self, word: str) -> None:
        from trainerframework._language._assertion import _is_name

        assert not _is_name(word, word.lower())

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a given name that is a word too, with its verb after it: someone else
            ("Grace designed the whole course, I am just the driver.", [A.OTHER, A.ASSERTED]),
            ("Mark observes the new teachers and I do the paperwork.", [A.OTHER, A.ASSERTED]),
            ("Hope runs the mentoring scheme; I help with the paperwork.", [A.OTHER, A.ASSERTED]),
            ("Will has designed the course and I deliver his sessions.", [A.OTHER, A.ASSERTED]),
            ("Mark designs all the rubrics and I apply them.", [A.OTHER, A.ASSERTED]),
            ("Grace is leading the induction week and I support her.", [A.OTHER, A.ASSERTED]),
            ("Blessing does all that, I only deliver.", [A.OTHER, A.ASSERTED]),
            # the word, not the name: a modal, a compound before a plural
            ("Will also share the slides with my team.", [A.ASSERTED]),
            ("Grant reports are due in May and I write them.", [A.ASSERTED]),
            ("Art classes run on Fridays and I observe them.", [A.ASSERTED]),
            # a copula before what the word is, not an auxiliary before a participle (a review's probes)
            ("Art is my passion and I bring it into every workshop.", [A.ASSERTED]),
            ("Hope was low after the inspection but I kept observing.", [A.ASSERTED]),
            ("Mark was 7 out of 10, I gave detailed feedback on it.", [A.ASSERTED]),
            ("Will is needed to change habits, I tell my trainees.", [A.ASSERTED]),
            # about the trainer (no "I"): the name is the trainer's own
            ("Grace designed the whole course from scratch.", [A.ASSERTED]),
        ],
    )
    def test_a_name_that_is_a_word_is_a_name_before_its_verb(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected


class TestHeadings:
    """A heading that names the document is no practice; a practice told without a verb is."""

    @pytest.mark.parametrize(
        "text",
        [
            "End-of-year self-evaluation.",
            "Note from the Programme Manager, Surabaya office.",
            "Self-evaluation, Bogdan S., Cluj.",
            "Annual appraisal, trainer self-assessment.",
            "Extract from reflective essay, Trainer Development Module.",
            "Personal statement for the trainer development course.",
            "Observation report, in-service workshop, Saturday cohort.",
            # a compound's "-ed" is no past (fresh182's "Final evaluation, ..., Armenia (EU-funded).")
            "Final report, English for Rural Schools project, Armenia (EU-funded).",
        ],
    )
    def test_a_heading_is_not_prose(self, text: str) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.NOT_PROSE]
        assert not _assertion.plainly_asserted(text)
        (reading,) = tfw.profile_text(FW, text).sentences
        assert reading.credited is None

    @pytest.mark.parametrize(
        "text",
        [
            "Resources: basically two books and the ministry guide.",
            "Report writing for the ministry, twice a year.",  # a document's name before a doing
            "Written feedback form with two targets for every teacher.",  # a tool, not a document
            "Evaluate with exit tickets and my own notes.",  # the trainer's own
            "Self-study of corpus tools and SLA research every week.",  # "self" not before a document
            "My appraisal went well this year.",  # a clause
            "Final report, designed for the ministry.",  # a past: what the trainer did
            "Training report - re-designed the feedback cycle for new trainers.",  # a prefixed past
        ],
    )
    def test_a_practice_without_a_verb_is_not_a_heading(self, text: str) -> None:
        assert A.NOT_PROSE not in {c.assertion for c in tfw.read_clauses(text)}


class TestNotByMeAndKeepingItUp:
    """Ways a statement takes back what it told before: read from fresh122 after its first reading,
    narrowed after a fresh-eyes review's probes."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # "not by me": the doing named before is denied the trainer
            ("The pack gets tailored to each audience. Not by me.", [A.NEGATED]),
            (
                "The pack gets tailored to each audience. Not by me, mind: I just deliver it as it arrives.",
                [A.NEGATED, A.ASSERTED],
            ),
            # not where the trainer did it, nor "not by me alone", nor after a denial
            ("I design the course. Not by me alone, though.", [A.ASSERTED, A.NEGATED, A.ASSERTED]),
            ("Trainees are never left without support. Not by me, anyway.", [A.NEGATED, A.ASSERTED]),
            # a question whether the trainer keeps up what was named, answered no
            (
                (
                    "Specific feedback with concrete strategies, a range of observation methods. "
                    "Did I keep that up after the restructure? No."
                ),
                [A.NEGATED],
            ),
            ("Observation and feedback for every new teacher. Have I kept that up? No.", [A.NEGATED]),
            # the trainer's own telling, then whether it is kept up; or only "Still?"
            ("I ran workshops for my department. Did I keep that up? No.", [A.NEGATED]),
            ("I ran workshops for my department. Q: Still? A: No.", [A.NEGATED]),
            ("Workshops for colleagues in my department. And still? No.", [A.NEGATED]),
            ("I run workshops for my department. Still? Yes, every term.", [A.ASSERTED]),
            # the trainer's own telling is taken back only by a bare no (a fresh-eyes review's probes)
            ("I observe every new teacher. Still? No exceptions.", [A.ASSERTED, A.NEGATED, A.NEGATED]),
            (
                "I run reflective practice groups. Still? No, monthly now.",
                [A.ASSERTED, A.NEGATED, A.ASSERTED],
            ),
            (
                "I write our induction course. Still? No, only the first module.",
                [A.ASSERTED, A.NEGATED, A.ASSERTED],
            ),
            # not a question of how it is, how or how much
            (
                "Specific feedback with concrete strategies. Do you find that hard? No.",
                [A.ASSERTED, A.NEGATED],
            ),
            (
                "Peer observation in pairs, every term. Do I run that alone? No, with my co-trainer.",
                [A.ASSERTED, A.NEGATED, A.ASSERTED],
            ),
            (
                "Peer observation in pairs. Do I still do that on Fridays? No, Mondays now.",
                [A.ASSERTED, A.NEGATED, A.ASSERTED],
            ),
            # a condition put first does not take back the trainer's own practice
            (
                "I already run video observations. If I land the post, that's how I'd run all of them.",
                [A.ASSERTED, A.INTENDED],
            ),
            # "they" before a passive with someone else's agent; not people, nor the trainer as agent
            (
                "The lesson maps, the feedback cards. They were designed by my colleague Mr Lin, not me.",
                [A.OTHER, A.OTHER],
            ),
            ("I run workshops for new teachers. They are meant to attend all six.", [A.ASSERTED, A.INTENDED]),
            (
                "Lesson planning clinics on Fridays. They were set up by me two years ago.",
                [A.ASSERTED, A.PAST],
            ),
        ],
    )
    def test_what_is_taken_back(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "The pack gets tailored to each audience. Not by me.",
            "Observation and feedback for every new teacher. Have I kept that up? No.",
            "I ran workshops for colleagues in my department. Did I keep that up? No.",
            "I ran workshops for colleagues in my department, drawing on my classroom. Q: Still? A: No.",
        ],
    )
    def test_it_reaches_a_narrative(self, text: str) -> None:
        """A narrative reads the sentence with the one before it (``goes_on``)."""
        assert all(r.credited is None for r in tfw.profile_text(FW, text).sentences)

    @pytest.mark.parametrize(
        "text",
        [
            "Observation and feedback for every new teacher. Did I keep that up? Yes, every term.",
            (
                "I run workshops for colleagues in my department, drawing on my classroom."
                " Q: Still? A: Yes, every term."
            ),
        ],
    )
    def test_kept_up_answered_yes_is_credited(self, text: str) -> None:
        # by the rules (the ownership model doubts the second text's first sentence at 0.07, just over
        # its threshold of 0.0 since 2026-12-07: a known miss)
        assert any(r.credited is not None for r in tfw.profile_text(FW, text, matcher=RULES_ALONE).sentences)


class TestTheReviewOfTheFreshReaderRounds:
    """Probes of a fresh-eyes review of the rounds of fresh118 and fresh122."""

    @pytest.mark.parametrize(
        "text",
        [
            "Ten minutes of silent reflection at the end of every session.",
            "Self-assessment at the end of every session.",
            "Full observation report within 48 hours of every visit.",
            "Email trainees a summary of the feedback after each visit.",
            "Transcript analysis of lesson recordings.",
            "Weekly newsletter for trainees with teaching tips.",
            "Feedback by email within 24 hours.",
            "Reference current SLA research in every input session.",
        ],
    )
    def test_a_practice_line_is_no_heading(self, text: str) -> None:
        assert A.NOT_PROSE not in {c.assertion for c in tfw.read_clauses(text)}

    def test_a_heading_is_one_sentence(self) -> None:
        text = "Annual appraisal. Designs bespoke courses for each school."
        assert A.NOT_PROSE not in {c.assertion for c in tfw.read_clauses(text)}
        assert tfw.read_clauses("Self-evaluation, Bogdan S., Cluj.")[0].assertion is A.NOT_PROSE  # an initial

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # the label is the answer itself where nothing after it names anyone
            (
                "Who writes the tests? Marco: every single one. I just mark them.",
                [A.OTHER, A.OTHER, A.ASSERTED],
            ),
            (
                "Who runs the feedback sessions? Priya: she's brilliant at it. I only observe.",
                [A.OTHER, A.OTHER, A.ASSERTED],
            ),
            # any lead-in of up to three words before the colon
            ("Do I design my own courses? The honest answer: not yet.", [A.NEGATED, A.NEGATED]),
        ],
    )
    def test_an_answers_lead_in(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected


class TestTheEleventhSessionsRound:
    """From the misses of fresh144 and fresh145 (read for this round): a who-question answered with a
    titled name, and a plan for a season to come named back, each narrowed where a fresh-eyes review
    of 380 probes found the trainer's own practice taken away."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a title before the name the answer gives
            (
                "I design courses. Who observes the new teachers? That's Mr Osei.",
                [A.ASSERTED, A.OTHER, A.OTHER],
            ),
            (
                "I design courses. Who observes the new teachers? Mr Osei does.",
                [A.ASSERTED, A.OTHER, A.OTHER],
            ),
            # the trainer beside the one named: theirs too (as "me included"); a fresh-eyes review's finds
            ("I design courses. Who observes the new teachers? Ana and I share it.", [A.ASSERTED]),
            ("I design courses. Who observes the new teachers? Dr Lee and I.", [A.ASSERTED]),
            ("I design courses. Who runs the feedback? That was Mr Osei, but now it's me.", [A.ASSERTED]),
            ("I design courses. Who runs the feedback? Dr Lee. Me too.", [A.ASSERTED]),
            ("I design courses. Who runs the feedback? Dr Lee does. And I do too.", [A.ASSERTED]),
            ("I design courses. Who runs the feedback? Dr Lee and Ana and I.", [A.ASSERTED]),
            (
                "I design courses. Who runs the feedback? Mr Osei officially, but in practice I do.",
                [A.ASSERTED],
            ),
            # not the trainer given something, nor doing something else
            (
                "I design courses. Who designs the course? The director; she sends them to me.",
                [A.ASSERTED, A.OTHER, A.OTHER, A.OTHER],
            ),
        ],
    )
    def test_who_does_it(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "A new observation tool for online lessons. That's the plan for spring.",
            "Designing the new course. That's the plan for the autumn.",
            "Peer observation across the three sites. That's the plan for September, if the budget allows.",
        ],
    )
    def test_a_plan_for_a_season_to_come(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.INTENDED

    @pytest.mark.parametrize(
        "text",
        [
            # a plan in force: for every course, for spring courses, as every year, already under way
            "I observe every trainee twice a term. That's the plan for every course I run.",
            "I run the observation strand. That's the plan for the whole year and it works.",
            "Designing the new course. That's the plan for every spring.",
            "Designing the new course. That's the plan for spring courses.",
            "Designing the new course. That's the plan for the summer, as every year.",
            "Designing the new course. That's the plan for spring, and I've already started.",
            "Designing the new course. That's the plan for the summer school.",
        ],
    )
    def test_a_plan_in_force(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            # the trainer's part takes up what was told: it stays theirs
            "Designing the course. That was Tom's job; I took it over last year.",
            "Adapting the packs. That was Ana's job; now it's mine.",
        ],
    )
    def test_the_trainer_takes_it_up(self, text: str) -> None:
        clauses = tfw.read_clauses(text)
        assert (clauses[0].assertion, clauses[-1].assertion) == (A.ASSERTED, A.ASSERTED)

    def test_the_trainer_shares_it(self) -> None:
        text = "Kenji does all that for primary; I do it for secondary."
        assert tfw.read_clauses(text)[-1].assertion is A.ASSERTED

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # "and I'm", "and I've" end a scope as "and I" does
            ("I used to design courses and I'm now adapting the ministry's packs.", [A.PAST, A.ASSERTED]),
            ("I never observe anyone and I'm fine with that.", [A.NEGATED, A.ASSERTED]),
            ("I'd like to design a course and I've started an MA module on it.", [A.INTENDED, A.ASSERTED]),
            # what was begun in the past and is still worked at is the trainer's now
            ("I set up the reading group years ago and I'm still running it.", [A.ASSERTED]),
            (
                "I wrote our feedback framework a few years back and I'm still tinkering with it.",
                [A.ASSERTED],
            ),
            # not what is only turned over in the mind or missed
            ("I designed a course once, years ago, and I'm still thinking about it.", [A.PAST, A.ASSERTED]),
            ("I used to write my own materials, and I'm still missing it.", [A.PAST, A.ASSERTED]),
        ],
    )
    def test_and_im_ends_a_scope(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # "and I'm" going on with the clause before (a second fresh-eyes review's finds)
            ("I don't run workshops and I'm unlikely to.", [A.NEGATED]),
            ("I haven't designed a course and I've refused to since 2019.", [A.NEGATED]),
            ("Next year I'll be teaching the module and I'm doing the observations too.", [A.INTENDED]),
            ("I'd like to run a reading group and I'm trying to find a slot for it.", [A.INTENDED]),
            # unless it says it is so now, or is done
            (
                "Next year I'll be teaching the module and I'm already doing the observations.",
                [A.INTENDED, A.ASSERTED],
            ),
            # someone else still doing it, or the trainer doing something else with it: over
            ("I used to run the reading group but the trainees are still running it.", [A.PAST, A.ASSERTED]),
            ("Years ago I designed the induction and I'm glad they're still using it.", [A.PAST, A.ASSERTED]),
            ("I used to run the reading group and I'm still attending it.", [A.PAST, A.ASSERTED]),
        ],
    )
    def test_and_im_goes_on(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected


class TestTheTwelfthSessionsRound:
    """From the misses of fresh154 and fresh155 (read for this round): a denial's fragment that keeps its
    verb as "do" or "done", the trainer taking over after a comma and "so", and denials of competence or
    remit; each narrowed where a fresh-eyes review of 349 probes found them misfire ("and I'd" and
    "and I'll" ending a scope as "and I'm" does were taken out: a plan, a condition or a habit of the
    past goes on after them more often than it ends)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Writing a course from a blank page. Not something I do.",
            "Writing a course from a blank page. Not something I do; I take the ministry modules.",
            "Designing courses. Not something I have ever done.",
            "Helping other trainers find a specialism. Not my thing, really.",
        ],
    )
    def test_a_denials_fragment_denies_the_sentence_before(self, text: str) -> None:
        assert _statuses(text)[0][1] is A.NEGATED

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # the fragment tells something of its own, someone is named, or it tells a past or a change
            ("I write the reports. Not something I did before, though.", [A.ASSERTED, A.NEGATED, A.ASSERTED]),
            ("I write the reports. Not my job, though!", [A.ASSERTED, A.NEGATED, A.ASSERTED]),
            ("Writing the reports for the board. Not something she does.", [A.ASSERTED, A.NEGATED]),
            (
                "Running the reading group again this year. Not something I had done since 2015.",
                [A.ASSERTED, A.NEGATED],
            ),
            (
                "Giving feedback through video. Not something I had ever done, but now I love it.",
                [A.ASSERTED, A.NEGATED, A.ASSERTED],
            ),
            (
                "Presenting at conferences. Not something I did once; I do it every year.",
                [A.ASSERTED, A.NEGATED, A.ASSERTED],
            ),
        ],
    )
    def test_a_fragment_that_tells_more_denies_only_itself(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Head office modules were written for adults, so for our preschool group I swapped examples.",
                [A.OTHER, A.ASSERTED],
            ),
            ("My manager designs the courses, and then I deliver them.", [A.OTHER, A.ASSERTED]),
            ("My manager designs the courses, so the teachers know what to expect.", [A.OTHER]),
            # an "I" in a clause of time or condition is not the trainer taking over
            (
                "My colleague observes the new trainers, and each time I ask she gives detailed feedback.",
                [A.OTHER],
            ),
        ],
    )
    def test_where_the_trainer_takes_over(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("I'd love to run a trainer training course and I'd design it from scratch.", [A.INTENDED]),
            ("One day I hope to do an MA and I'll research feedback practices.", [A.INTENDED]),
            ("In my old job I led all the workshops and I'd design the materials myself.", [A.PAST]),
        ],
    )
    def test_and_id_and_ill_go_on_with_the_clause_before(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Research on whether our rubric actually works? That is outside my competence.",
            "Designing courses is outside my remit.",
            "Running the ministry project is beyond my expertise at this point.",
        ],
    )
    def test_outside_what_the_trainer_can_or_is_meant_to_do(self, text: str) -> None:
        assert {a for _, a in _statuses(text)} == {A.NEGATED}

    @pytest.mark.parametrize(
        "text",
        [
            "I sometimes go outside my comfort zone and try dogme.",
            "I train teachers from outside my area as well.",
            "I run workshops for schools beyond my own district.",
            "I went beyond my remit and redesigned the whole feedback protocol.",
            "Going beyond my remit, I also research how well our rubrics work.",
            "I volunteer for tasks beyond my remit, like creating new observation tools.",
        ],
    )
    def test_outside_a_place_a_habit_or_a_task_taken_on_is_no_denial(self, text: str) -> None:
        assert {a for _, a in _statuses(text)} == {A.ASSERTED}

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # someone else does what was told, by a phrase ending before the pointing word
            ("Observation visits. My colleague is in charge of that.", [A.OTHER, A.OTHER]),
            ("Needs analysis for every group. My colleague deals with that.", [A.OTHER, A.OTHER]),
            ("Feedback on every lesson. My mentor looks after that.", [A.OTHER, A.OTHER]),
            # the trainer doing it: theirs
            ("Planning the sessions. I take care of that myself.", [A.ASSERTED]),
            ("Running the workshops. I'm in charge of that.", [A.ASSERTED]),
        ],
    )
    def test_someone_in_charge_of_what_was_told(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected


class TestTheTwelfthSessionsSecondRound:
    """From the misses of fresh158 and fresh160 (read for this session's second round): someone taking
    care of what was told, a role's "role" or "duty", "I'm not there yet" after what it denies, "That's
    my next step", and the trainer as the object of a clause of time in someone else's clause; each
    narrowed where a fresh-eyes review of 236 probes found it misfire."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Writing new courses is management's role.", [A.OTHER]),
            ("Writing new courses is the manager's role.", [A.OTHER]),
            ("Designing courses is my role.", [A.ASSERTED]),
            ("Designing courses was my role at my old school.", [A.PAST]),
            # a post the trainer holds, a body they are in, a denial: not someone else's
            ("Part of my coordinator role is observing teachers.", [A.ASSERTED]),
            ("In my management role I plan the whole training programme.", [A.ASSERTED]),
            ("I do office duty on Mondays and observe lessons on Tuesdays.", [A.ASSERTED]),
            ("Our team's role is observing the new teachers, and I lead it.", [A.ASSERTED]),
        ],
    )
    def test_a_roles_role(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Designing whole courses. I'm not there yet.", [A.NEGATED, A.NEGATED]),
            (
                "Handling needs that pop up mid-course. I'm not there yet; I plan for needs beforehand.",
                [A.NEGATED, A.NEGATED, A.ASSERTED],
            ),
            # after the trainer's own practice, or "there" a place: the practice stays theirs
            ("I observe lessons and give feedback. I'm not there yet.", [A.ASSERTED, A.NEGATED]),
            ("I design the course. I'm not there on Fridays.", [A.ASSERTED, A.NEGATED]),
        ],
    )
    def test_not_there_yet(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Designing my own course. It's the next step for me.", [A.INTENDED]),
            (
                "Training mixed groups. That's my next step; at the moment it's my own school.",
                [A.INTENDED, A.ASSERTED],
            ),
            # the next step of a routine, or of someone else's
            ("Observation, then feedback, then reflection. That's the next step in the cycle.", [A.ASSERTED]),
            ("Microteaching with peer feedback. That's the next stage for the trainees.", [A.ASSERTED]),
            ("I observe every teacher twice a term. That's the next step in their induction.", [A.ASSERTED]),
        ],
    )
    def test_a_next_step(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Tailoring the materials? The regional coordinators take care of it before they reach us.",
                [A.OTHER, A.OTHER],
            ),
            # the trainer taking part, the one it is done with, or how often
            ("The coordinator designs the course with me.", [A.ASSERTED]),
            ("My manager observes the lessons when I ask her.", [A.ASSERTED]),
            ("The coordinator meets once a week with me to plan the workshops.", [A.ASSERTED]),
            ("Our lead trainer prepares the materials before each session with me.", [A.ASSERTED]),
        ],
    )
    def test_the_trainer_in_a_clause_of_time(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected


class TestTheThirteenthSessionsRound:
    """From the misses of fresh162 and fresh164 (read for this session's round): a question whose
    practice someone else does, a named subject past a discourse marker, "for now", "at one time I",
    and "Instead of X I ..." without a comma."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Adapting the workshop for each group? Ines does that.", [A.OTHER, A.OTHER]),
            ("Adapting the workshop for each group? Kenji does all that.", [A.OTHER, A.OTHER]),
            ("Do you design courses? My manager does that.", [A.OTHER, A.OTHER]),
            # the trainer doing it, or a who-question (its answer is read by the rule for answers)
            ("Do I adapt the workshop for each group? Yes, I do that every time.", [A.ASSERTED]),
            (
                "Who designs the course? The academic director - I deliver her sessions.",
                [A.OTHER, A.OTHER, A.ASSERTED],
            ),
        ],
    )
    def test_a_question_someone_else_answers_by_doing_it(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "I rework the programmes for each audience. Daniel, by contrast, has built whole courses.",
            "I rework the programmes for each audience. Daniel, on the other hand, designs whole courses.",
        ],
    )
    def test_a_named_subject_past_a_discourse_marker(self, text: str) -> None:
        first, second = tfw.profile_text(FW, text).sentences
        assert first.status is tfw.ReadingStatus.CREDITED
        assert second.status is tfw.ReadingStatus.NOT_ASSERTED

    def test_an_example_of_the_trainers_own_is_not_someone_named(self) -> None:
        # a fresh-eyes review's misfire: "for example" gives an instance of what the trainer said
        text = "I adapt my sessions to each group. Bogotá, for example, needed a totally different workshop."
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.ASSERTED]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "I want to learn more ways to analyse language, for now I only use the timeline.",
                [A.INTENDED, A.ASSERTED],
            ),
            ("I only use the timeline for now.", [A.ASSERTED]),
            # "for now" before what is not yet so: the clause goes on
            ("My plan for now is to pilot the new course next term.", [A.INTENDED]),
            ("I am not ready for now to run courses alone.", [A.NEGATED]),
            ("I'd like for now to keep co-planning with my mentor.", [A.INTENDED]),
        ],
    )
    def test_for_now(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Instead of the ministry checklist I use a tool I wrote.", [A.NEGATED, A.ASSERTED]),
            ("Rather than design courses I adapt them.", [A.NEGATED, A.ASSERTED]),
            ("Instead of lecturing, I run workshops.", [A.NEGATED, A.ASSERTED]),
            # the set-aside clause's own subject right after "of" or "than" (non-native English)
            ("Instead of I tell them, I let them discover.", [A.NEGATED, A.ASSERTED]),
            ("Rather than we plan for them the trainees plan their own sessions.", [A.NEGATED]),
            # not fronted: what is set aside follows the trainer's clause
            ("I adapt the modules instead of designing my own.", [A.ASSERTED, A.NEGATED]),
        ],
    )
    def test_instead_of_ends_where_the_trainer_begins(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected


class TestTheThirteenthSessionsSecondRound:
    """From the misses of fresh166 and fresh168 (read for this session's second round): a list taken up
    by "all three" or "both", "That's beyond me", an object put first before a denial, and what the
    trainer did told as what they always do."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                (
                    "Loop input, experiential learning, inquiry-based training. I'm aiming to experiment"
                    " with all three in the spring."
                ),
                [A.INTENDED, A.INTENDED],
            ),
            (
                "Loop input, experiential learning, inquiry-based training. I use all three every week.",
                [A.ASSERTED],
            ),
            ("Action research, lesson study. I'm hoping to try both next year.", [A.INTENDED, A.INTENDED]),
            # a review's misfires: "all three" before a noun of its own, or all three together
            (
                (
                    "Loop input, experiential learning, inquiry-based training. I'm planning to visit all"
                    " three schools in the spring."
                ),
                [A.ASSERTED, A.INTENDED],
            ),
            (
                "Microteaching, loop input, task sessions. I never tried all three in the same course.",
                [A.ASSERTED, A.NEGATED],
            ),
        ],
    )
    def test_a_list_taken_up_by_how_many(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Helping other trainers find their specialism. That's beyond where I am.",
            "Helping other trainers find their specialism. That's beyond me.",
        ],
    )
    def test_beyond_me(self, text: str) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.NEGATED]

    @pytest.mark.parametrize(
        "text",
        [
            "It's beyond me how some trainers never observe, I observe every teacher twice a term.",
            "My trainees have moved beyond where I expected them to be.",
        ],
    )
    def test_beyond_me_said_of_something_else(self, text: str) -> None:
        assert tfw.read_clauses(text)[-1].assertion is A.ASSERTED

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("This diploma I did not design; the university's committee did.", [A.NEGATED, A.OTHER]),
            ("The rubric I never really used.", [A.NEGATED]),
            # a relative clause: the noun is the subject of what follows
            ("The course I did not design was the best one.", [A.ASSERTED]),
            ("This course I designed myself.", [A.ASSERTED]),
            ("This module I have not taught yet.", [A.NEGATED]),
            # a review's misfires: a denial that keeps the practice going, or an object of what follows
            ("The feedback sessions I never skip.", [A.ASSERTED]),
            ("Those workshops I don't mind.", [A.ASSERTED]),
            ("The teachers I don't know, I observe first.", [A.ASSERTED]),
        ],
    )
    def test_an_object_put_first_before_a_denial(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                (
                    "When you arrived two years ago I did what I always do: I visited your schools and I"
                    " talked to your head teachers."
                ),
                [A.ASSERTED],
            ),
            ("Two years ago I ran a needs analysis, as I always do.", [A.ASSERTED]),
            # a habit of before, or another sentence's past
            ("Years ago I visited every school first, as I always did back then.", [A.PAST]),
            (
                "Years ago I designed courses. Now I do what I always do: adapt the pack.",
                [A.PAST, A.ASSERTED],
            ),
            ("Two years ago I ran a needs analysis, like I usually do.", [A.ASSERTED]),
            # a review's misfires: set against it, a habit of before, or given up after
            ("Two years ago I used to lecture, which is not what I always do now.", [A.PAST]),
            ("Five years ago I lectured a lot, unlike what I always do now.", [A.PAST]),
        ],
    )
    def test_what_i_always_do(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    def test_familiar_contexts_are_the_first_stage(self) -> None:
        best = tfw.match(FW, "I work with teachers in familiar contexts.", 1)[0]
        assert best.descriptor.id == "individuals.teacher-to-trainer.1"
        assert "familiar contexts" in best.explanation.stage_cues


class TestTheThirteenthSessionsThirdRound:
    """From the misses of fresh170 and fresh172 (read for this session's third round): a list joined by
    "and" or "or" taken up by the denial after it, and "That's where I fall short"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Dogme and TPR Storytelling. Never touched them.", [A.NEGATED, A.NEGATED]),
            (
                (
                    "Non-core approaches like Dogme or TPR Storytelling. Never touched them - I only know"
                    " the communicative approach from our coursebook."
                ),
                [A.NEGATED, A.NEGATED, A.ASSERTED],
            ),
        ],
    )
    def test_a_list_joined_by_and_or_or(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            # a clause of the trainer's own, or a denial that keeps the practice going
            "I observe and give feedback. I never skip it.",
            "Each trainee gets two observations and a feedback session. I never miss them.",
            # a review's misfires: a list that places, counts or owns what it names tells a practice
            "Workshops on pronunciation and phonology. I hope to do more of them next year.",
            "Short input and lots of practice. That's not how I was trained, though.",
            "Needs analysis and a pre-course questionnaire for every group. I don't always have time.",
            "Run the induction week and the follow-up clinics. Wouldn't change it for anything.",
        ],
    )
    def test_a_clause_with_and_is_not_taken_up(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED

    def test_where_i_fall_short(self) -> None:
        text = (
            "Really pinpointed feedback with concrete next steps. That's where I fall short; I tell"
            " teachers general things."
        )
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.NEGATED, A.ASSERTED]


class TestAWeaknessAPlanAndDaysGone:
    """The second round of the fourteenth session: a weakness named, a resolution, days gone."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a weakness named denies the practice
            ("Unfamiliar contexts are where I struggle.", [A.NEGATED]),
            ("Theory is my weak spot; I stick to the coursebook.", [A.NEGATED, A.ASSERTED]),
            # a resolution pointed at: the activity before it is intended ("That's the plan for ..." may
            # be a plan in force: TestTheEleventhSessionsRound)
            (
                "Broadening my resources beyond the one book I use. It's my resolution for this year.",
                [A.INTENDED],
            ),
            ("My New Year's resolution is to observe every teacher twice a term.", [A.INTENDED]),
            # days gone: the sentence before is over
            (
                "My early training ideas came straight from my own classroom. Those were different days.",
                [A.PAST],
            ),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "I follow the plan for each session and adapt it as I go.",
            "My strength is feedback: I always give two concrete next steps.",
            "I know what to expect in these schools because I visit them first.",
            "My resolution from last year worked: I now observe every teacher twice a term.",
        ],
    )
    def test_what_is_done_stays_asserted(self, text: str) -> None:
        assert all(c.assertion is A.ASSERTED for c in tfw.read_clauses(text))

    def test_knowing_what_to_expect_is_a_first_stage_cue(self) -> None:
        # the descriptors' "familiar or predictable" situations, not a needs analysis (Lead); the
        # trainer's own knowing, not what a senior trainer sees to ("so they know what to expect")
        best = tfw.match(
            FW, "I stay with teachers from my own school, where I know what to expect.", limit=1
        )[0]
        assert best.descriptor.id == "individuals.teacher-to-trainer.1"
        assert best.explanation is not None
        assert "i know what to expect" in best.explanation.stage_cues
        other = tfw.match(FW, "I brief new trainers so they know what to expect in every school.", limit=1)[0]
        assert other.explanation is not None
        assert not any("expect" in cue for cue in other.explanation.stage_cues)


class TestColonsPromptsAndHeadings:
    """The fifteenth session's round: a clause after a colon, answers and prompts, headings."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a colon ends a clause where the trainer opens the next one after a clause of its own
            ("I used to follow the book closely: I now adapt everything to the group.", [A.PAST, A.ASSERTED]),
            ("Those were different times: I now design all the courses myself.", [A.PAST, A.ASSERTED]),
            ("I don't observe anyone: I just deliver the workshops.", [A.NEGATED, A.ASSERTED]),
            (
                "I would also like the report to be accurate about observation: I use a range of methods.",
                [A.INTENDED, A.ASSERTED],
            ),
            # not after a frame, which holds what follows, nor a past told after a past
            ("In my old job: I designed all the courses.", [A.PAST]),
            ("My plan for next year: I will design a course.", [A.INTENDED]),
            ("When I worked at the British Council: I designed all the teacher training courses.", [A.PAST]),
            ("My goal is simple: I want every trainee to plan lessons around learner needs.", [A.INTENDED]),
            ("At my previous school I was head of training: I ran the induction programme.", [A.PAST]),
            # "Absolutely not" answers no, over the whole question where a terminator split it
            ("Do you design courses from scratch? Certainly not.", [A.NEGATED, A.NEGATED]),
            (
                (
                    "Q: Were you the one balancing the budget and the calendar while the programme ran?"
                    " A: Absolutely not."
                ),
                [A.NEGATED, A.ASSERTED],
            ),
            # a copula with a modal points back as "is" does
            ("Designing the courses? That would be Paulo's department.", [A.OTHER, A.OTHER]),
            ("Designing the courses? That would be our coordinator.", [A.OTHER, A.OTHER]),
            # a prompt of a few words that no answer takes up is asked, not told
            ("2. Strengths? Observation is where I'm strongest.", [A.ASKED, A.ASSERTED]),
            (
                "INTERVIEWER: Course design? HAMID: I adapt the ministry modules for each group.",
                [A.ASKED, A.ASSERTED],
            ),
            ("Q: Language knowledge?", [A.ASKED]),
            # a document's heading that names an interview
            ("Interview with Yuki Morimoto, junior high school teacher and trainer, Niigata.", [A.NOT_PROSE]),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Do you observe other trainers? Absolutely, every term.",
            "Course design? Yes, all of it.",
            "Designing courses? I do it all the time.",
            "Interview with each teacher before the course.",
            # "not only" is a yes; an answer that takes the prompt up, or has no one in it, completes it
            "Do you give feedback in writing? Certainly not only in writing; we always talk it through too.",
            "Observations? I start them in October.",
            "Q: Peer observation? A: Every month, with all the new teachers.",
            # a prompt after it does not take back the sentence before
            "Nothing special, just paying attention to each person. This shelf?",
        ],
    )
    def test_what_is_done_is_still_told(self, text: str) -> None:
        assert any(c.assertion is A.ASSERTED for c in tfw.read_clauses(text))
        first = tfw.profile_text(FW, text.removesuffix(" This shelf?"), matcher=RULES_ALONE).sentences[0]
        assert first.status is not tfw.ReadingStatus.NOT_ASSERTED

    def test_a_prompt_answered_no_takes_the_answers_status(self) -> None:
        # "Never." has no word of substance (a stop word, as "not" is): it joins the prompts it answers
        assert [c.assertion for c in tfw.read_clauses("Publish? Present at conferences? Never.")] == [
            A.NEGATED
        ]

    @pytest.mark.parametrize(
        "heading",
        ["Professional development.", "3. Professional development", "Section 4 - Professional values."],
    )
    def test_a_heading_that_names_a_part_of_the_framework_credits_nothing(self, heading: str) -> None:
        (reading,) = [r for r in tfw.profile_text(FW, heading).sentences if r.match is not None]
        assert reading.status is tfw.ReadingStatus.NOT_ASSERTED
        assert reading.credited is None
        assert reading.clauses[0].assertion is A.NOT_PROSE

    @pytest.mark.parametrize(
        "text", ["Observation and feedback.", "Assessing teaching.", "Planning training."]
    )
    def test_a_heading_with_words_of_its_own_or_a_duty_is_read(self, text: str) -> None:
        (reading,) = tfw.profile_text(FW, text).sentences
        assert reading.status is not tfw.ReadingStatus.NOT_ASSERTED

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a past pointing back at a sentence that says it is so now sets the two against each other
            (
                "I now design all the courses myself. That was not the case in my old job.",
                [A.ASSERTED, A.PAST, A.PAST],
            ),
            # whose it was before: the trainer's now
            ("I design all the courses myself. That used to be my manager's job.", [A.ASSERTED, A.OTHER]),
            # with no now, and no one whose it was, what is pointed back at is over
            ("I designed the induction course. That was years ago.", [A.PAST]),
            ("I ran the induction course. That used to be my job.", [A.PAST]),
            ("I ask for feedback. That stopped when I moved.", [A.PAST]),
        ],
    )
    def test_a_past_after_a_now(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected


class TestPhrasesOfTimeAndWhatIsGivenUp:
    """The fifteenth session's second round: a phrase of time before the trainer, and what is given up."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # after a phrase of time that ends in a year or has its own subject, the denial is the trainer's
            ("Since 2019 I haven't designed any.", [A.ASSERTED, A.NEGATED]),
            ("Since I moved into management I haven't designed a single one.", [A.ASSERTED, A.NEGATED]),
            # not a relative clause after a plain noun, nor a denial of what changed after "until"
            ("Since the rubric we never adopted was too long I designed my own checklist.", [A.ASSERTED]),
            ("Until I joined this team I didn't observe lessons at all.", [A.ASSERTED]),
            # the trainer's "don't" of what came before, just before "any more": the clause before is given up
            ("I ran workshops for the whole region, but I don't do that any more.", [A.PAST]),
            ("I ran workshops for the whole region, but I don't any more.", [A.PAST]),
            ("We ran peer observation cycles every term, but we don't do that any more.", [A.PAST]),
            # not a part of it given up, nor a quantity, nor someone's belief
            (
                "I observe every teacher, and I don't do it with a checklist any more.",
                [A.ASSERTED, A.NEGATED],
            ),
            ("I run the mentoring scheme, but I don't do that any more than I have to.", [A.ASSERTED]),
            # all of it given up
            (
                "I presented at conferences for years. Gave all that up when my twins were born.",
                [A.PAST, A.ASSERTED],
            ),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    def test_a_relative_clause_far_from_the_phrase_of_time_is_one(self) -> None:
        # the clause opens with "Since" but its relative clause is far after it
        text = "Since 2019 I have visited schools to run sessions in provinces I had never worked in."
        assert all(c.assertion is A.ASSERTED for c in tfw.read_clauses(text))


class TestTheSixteenthSessionsRound:
    """The sixteenth session's round: a denial in a relative clause after a copula's noun, a title
    and a name answering a question, what is less now than before, and bodies that do what was told."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a denial in a relative clause after any noun a copula names the subject by: the subject's
            ("Managing budgets and timetables is a skill I don't have.", [A.NEGATED]),
            ("Designing courses from scratch is a skill I have yet to learn.", [A.NEGATED]),
            ("Juggling budgets and timetables is a skill I plainly lack.", [A.NEGATED]),  # an adverb between
            # a denial of stopping or going without is a doing (pseudo-triggers)
            ("Observation is the tool I never stop using.", [A.ASSERTED]),
            ("Feedback is a skill I can't do without.", [A.ASSERTED]),
            ("I never skip the post-observation meeting.", [A.ASSERTED]),
            ("Course design is a skill I haven't got.", [A.NEGATED]),
            # not what the trainer never neglects, does not enjoy or regret, nor someone else's lack
            # (a fresh-eyes review's probes)
            ("Feedback is a skill I never neglect.", [A.ASSERTED]),
            ("Mentoring is a role I don't regret taking on.", [A.ASSERTED]),
            (
                "Giving written feedback is a task I don't enjoy, but I do it after every observed lesson.",
                [A.ASSERTED],
            ),
            ("Observation is a skill she doesn't have, so I observe her trainees myself.", [A.ASSERTED]),
            # a relative clause after a plain noun stays a description
            ("I ran sessions in a country I had never worked in.", [A.ASSERTED]),
            # a title and a name answering a question do what was asked about
            (
                "That workshop on grammar? Mr Takahashi ran it. I was handing out the papers.",
                [A.OTHER, A.OTHER, A.ASSERTED],
            ),
            # not after the trainer has spoken: a participant names the trainer so
            ("I was worried at first, but Ms Kweka used examples from her own school.", [A.ASSERTED]),
            # nor after a question of why, nor where the trainer takes part in the answer
            (
                "Why did I start peer observation? Mr Garcia suggested it and I have organised it since.",
                [A.ASSERTED],
            ),
            # less, now, than what was told before: what was told is over
            (
                "For ten years I wrote the institute's courses from scratch. Now I only adapt the materials.",
                [A.PAST, A.ASSERTED],
            ),
            ("I designed the induction course last year. Now I run it with two colleagues.", [A.ASSERTED]),
            (
                "At my old school I designed whole courses. These days I deliver the pack instead.",
                [A.PAST, A.ASSERTED],
            ),
            # not "just" (simply, a moment ago), not "not only" (more), nor what was done recently
            (
                "I observed Maria's lesson this morning. Now I just have to give her the feedback.",
                [A.ASSERTED],
            ),
            (
                "I created a feedback form for trainees. Now I use it with every trainee, not only new ones.",
                [A.ASSERTED],
            ),
            ("I observed every trainee last term. Now I only use video for my observations.", [A.ASSERTED]),
            # a role's body, or a body described, does what was told
            (
                "Designing the national programme. The ministry's curriculum unit does that.",
                [A.OTHER, A.OTHER],
            ),
            (
                "Creating new observation tools. The inspectorate's research unit took care of that.",
                [A.OTHER, A.OTHER],
            ),
            (
                "The practicum rubric was rebuilt in 2023. The university team in Lahore did all of that.",
                [A.OTHER, A.OTHER],
            ),
            ("Designing the course. Kenji did all of that.", [A.OTHER, A.OTHER]),
            # not the trainer a report is about, nor a thing
            ("Designing courses from scratch. The trainer does that.", [A.ASSERTED]),
            ("My resource bank was huge once. The flood in 2022 took all of it.", [A.ASSERTED]),
            # a role in the plural needs no determiner; a role's things are not its people
            ("Inspectors from the district office carry out the lesson observations.", [A.OTHER]),
            # the trainer in the body
            ("The university team, which I lead, designs the course.", [A.ASSERTED]),
            ("Designing the new curriculum. The university team I work with did all of that.", [A.ASSERTED]),
            ("The ministry's checklist tells me what to look for.", [A.ASSERTED]),
            ("The publisher's materials were written for adults, so I change the examples.", [A.ASSERTED]),
        ],
    )
    def test_statuses(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected
        assert [c.assertion for c in _assertion.read_clauses_fully(text)] == expected

    def test_less_now_is_read_with_the_sentence_before_in_a_narrative(self) -> None:
        # the narrative reader reads "Now I only ..." with the sentence before (goes_on)
        text = "For ten years I wrote the institute's courses from scratch. Now I only adapt the materials."
        assert _stages(text, RULES_ALONE)["training"] == "autonomous"
        assert _stages(text)["training"] == "autonomous"

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # "dare" stands like an auxiliary in a denial with its verb left out
            ("Rewriting the handouts for the group. I wouldn't dare.", [A.NEGATED, A.NEGATED]),
            # not a reluctance of the past (a fresh-eyes review's probes)
            ("I let trainees film my sessions now. I never used to dare.", [A.ASSERTED, A.NEGATED]),
            ("I invite trainees to grade me. I didn't dare, once.", [A.ASSERTED, A.NEGATED]),
            # a particle after the pointing word of a doing
            (
                "Developing assessment criteria. The assessment team in Nairobi took that on.",
                [A.OTHER, A.OTHER],
            ),
            ("Designing the induction course. I took that on last year.", [A.ASSERTED]),
            # not "took it up": adopted what the trainer brought in
            ("Exit tickets at the end of every session. The whole team took them up.", [A.ASSERTED, A.OTHER]),
            # someone named doing what was told, read the same by the fast path
            ("Designing courses. Kenji does that.", [A.OTHER, A.OTHER]),
            # handed to the trainer is the trainer's
            ("Choosing the focus is up to me.", [A.ASSERTED]),
            ("The timetable falls to me.", [A.ASSERTED]),
            ("Choosing the focus is up to the coordinator.", [A.OTHER]),
            # not a team's "us", nor a writer's "me" in a report on someone
            ("Grading the portfolios is left to us moderators.", [A.OTHER]),
            (
                "As her line manager, I can say that choosing the topics is up to me, not Ms Okafor.",
                [A.OTHER],
            ),
        ],
    )
    def test_the_second_rounds_statuses(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected
        assert [c.assertion for c in _assertion.read_clauses_fully(text)] == expected


class TestTheTwentyFirstSessionsRound:
    """The twenty-first session's round, from the twelfth batch's read sets: a phrase of time or stance
    before the trainer's denial, "not me" before the trainer's lesser part, and "moment" that is no now."""

    @pytest.mark.parametrize(
        "text",
        [
            "So far I haven't observed anyone.",
            "As yet I haven't observed anyone.",
            "To date we have not published anything.",
            "Of course I don't design the courses.",
            "In my case I don't observe lessons.",
            "At the moment I don't observe lessons.",
            "This year I haven't run a single workshop.",
            "Last term I didn't observe anyone.",
        ],
    )
    def test_a_phrase_of_time_or_stance_before_the_trainers_denial(self, text: str) -> None:
        assert A.NEGATED in [c.assertion for c in tfw.read_clauses(text)]
        assert A.NEGATED in [c.assertion for c in _assertion.read_clauses_fully(text)]

    @pytest.mark.parametrize(
        "text",
        [
            # a relative clause after a plain noun, or with the main clause after a comma
            "For groups I don't know I send a questionnaire first.",
            "At schools I haven't visited before, I always start with a survey.",
            "In a country I had never worked in, I interviewed every teacher first.",
            # a phrase that opens with "the", "every" or "each" is a noun's ("The course I did not design")
            "The year I didn't observe anyone was the worst one.",
            "Every day I don't observe is a day lost.",
            "Each term I don't observe gets noted in the log.",
        ],
    )
    def test_not_before_a_relative_clause(self, text: str) -> None:
        assert tfw.read_clauses(text)[-1].assertion is A.ASSERTED

    @given(
        opener=st.sampled_from(
            ["So far", "To date", "At the moment", "This year", "Of course", "In my case"]
        ),
        denial=st.sampled_from(["don't", "haven't", "didn't", "can't", "never"]),
        practice=st.sampled_from(["observe lessons", "design courses", "write materials", "publish"]),
    )
    def test_any_such_phrase_leaves_the_denial_the_trainers(
        self, opener: str, denial: str, practice: str
    ) -> None:
        clauses = tfw.read_clauses(f"{opener} I {denial} {practice}.")
        assert clauses[-1].assertion is A.NEGATED

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # the sentence before is someone named's, and the trainer only does a lesser part
            (
                (
                    "Asks the teachers for comments after every session. That's my colleague Marta, "
                    "not me, I just go along and watch."
                ),
                [A.OTHER, A.OTHER],
            ),
            # the trainer shares it: still the trainer's
            ("Kenji does all that for primary, not me; I do it for secondary.", [A.OTHER, A.ASSERTED]),
            ("Designing the course. That was Ahmed's before I took it over.", [A.ASSERTED]),
            # the trainer took it over, or follows it: not a lesser part (a review's probes)
            (
                "Runs the workshops. That was Ahmed, not me, I simply took over when he left.",
                [A.ASSERTED, A.OTHER],
            ),
            (
                "Uses a rubric for feedback. That's department policy, not me, I just follow it.",
                [A.ASSERTED, A.OTHER],
            ),
        ],
    )
    def test_not_me_before_the_trainers_lesser_part(self, text: str, expected: list[A]) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    def test_a_moment_named_is_no_now(self) -> None:
        # "the exact moment" says nothing of now: the denial after it takes the sentence back
        text = (
            "The feedback in the blue folder names the exact moment and gives a clear next step. "
            "That's from my mentor's visit to my class, not something I wrote."
        )
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.NEGATED]
        # "at the moment" is now: the past before it is set against it, not taken back
        text = "I design all the courses at the moment. That was not the case in my old job."
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            "I record the moment a lesson goes wrong. That's from Marta's framework, not something I made.",
            "I mark the moment trainees switch off. That's Ahmed's idea, not something I invented.",
            "I designed the induction course. That's not something I made alone, though.",
        ],
    )
    def test_the_making_given_away_leaves_the_doing(self, text: str) -> None:
        # the trainer does it; only its making is someone else's (a review's probes)
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            'She asked me: "Do you design courses?" I said no.',
            '"Do you design whole courses?" she asked. "No," I said.',
            "My manager asked me whether I design courses. I said no.",
            "My manager asked if I write my own materials. I told her no.",
            (
                "Asked in my appraisal whether I bring in approaches outside the mainstream, like Dogme "
                "or the Silent Way, I had to say no."
            ),
            # a denial with its verb left out, after a verb of saying
            "They asked whether I research our rubrics; I had to admit I don't.",
            "My manager asked if I write my own materials. I told her I don't.",
            "She asked whether I publish. I said that I haven't.",
            # the answer named as such
            "She asked whether I design courses. My answer was no.",
        ],
    )
    def test_a_question_put_to_the_trainer_answered_no(self, text: str) -> None:
        # the question's practice is denied, and who asked is no practice: nothing is credited
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.NEGATED] * len(tfw.read_clauses(text))
        assert not any(_stages(text, RULES_ALONE).values())
        assert not any(_stages(text).values())

    def test_the_answer_in_a_sentence_of_its_own_takes_the_question(self) -> None:
        text = (
            "I adapt the ministry modules for each group. My manager asked me whether I design courses. "
            "I said no."
        )
        assert _stages(text, RULES_ALONE)["training"] == "autonomous"

    @pytest.mark.parametrize(
        "text",
        [
            # a "no" to something, a request declined, the trainer's own question
            "I said no to a random conference and yes to a course on assessment literacy.",
            "When Henrik asked me to say a few words I said no three times, but I design our courses.",
            "Do I design courses? I said no to that idea years ago and I design them now.",
        ],
    )
    def test_not_a_reported_answer(self, text: str) -> None:
        assert all("said no" not in (c.trigger or "") for c in tfw.read_clauses(text))

    @pytest.mark.parametrize(
        "text",
        [
            # a clause before the asker's, or inside it, is the trainer's (a review's probes)
            "I design courses, and when my manager asked whether I observe, I said no.",
            "My manager, who knows I observe every week, asked me whether I design courses. I said no.",
            # the trainer takes the answer back, or does what was asked after all
            "They asked whether I still observe. I said no, I observe more than ever.",
            "Last year my manager asked whether I design courses. I said no. This year I design two.",
            "She asked me whether I design courses. I said no, which wasn't quite true.",
            # two questions, a request, a hypothetical, a no that keeps the practice
            "She asked if I design courses and whether that bothers me. I said no.",
            "My manager asked whether I could cover the Friday workshop. I said no.",
            "If anyone asks whether I design courses, I will say no.",
            "If they ask whether I publish, I'll say I don't.",
            "She asked whether I ever skip the feedback stage. I said no.",
        ],
    )
    def test_the_trainers_first_clause_stays(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is not A.NEGATED


class TestDenialsThatKeepThePractice:
    """A denial of leaving the practice out, or of doing it without something, is its doing."""

    @pytest.mark.parametrize(
        "text",
        [
            # "never X without Y" is "always X with Y"
            "I never start a course without a full needs analysis.",
            "I never observe without a pre-observation chat first.",
            "I don't move sessions without checking with the teachers.",
            "I can't imagine training without video.",
            "I wouldn't dream of designing a course without piloting it.",
            "I haven't observed anyone without the new checklist since 2019.",
            # a denial of leaving out or holding back
            "I don't mind observing new teachers on Fridays.",
            "I never hesitate to adapt the course for a new group.",
            "I can't help linking every session back to the research.",
            "I don't skip anything in the feedback cycle.",
            "I never forget to ask the teachers what they need.",
            "So far I haven't stopped using the rubrics.",  # no giving-up either
            "In fact I never observe without a pre-meeting.",  # after a fronted adverbial
            # the trainer's own doing after "Not a week goes by without"
            "Not a week goes by without me running at least one workshop.",
            "Not one of my courses goes ahead without a needs survey.",
        ],
    )
    def test_the_trainer_does_it(self, text: str) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.ASSERTED]

    @pytest.mark.parametrize(
        "text",
        [
            # a plain denial, one of helping (not "can't help doing"), one with a "without" in
            # someone else's clause, and a determiner's denial stay what they were
            "I don't observe lessons.",
            "I don't help with course design.",
            "I don't know anyone who observes without a form.",
            "I never observe.",
            "Not with a checklist, not without one.",
            # a wish, a memory, and someone else's doing after "without" (a review's probes)
            "I wouldn't mind designing courses one day.",
            "I'll never forget my first observation as a trainee.",
            "Not a week goes by without someone asking me to run a workshop.",
            # a code review's finds: "help" before a word in "-ing" that is no gerund, someone else's
            # doing after "Not a day goes by without", keeping others from something
            "I can't help during observation week.",
            "Not a day goes by without a teacher asking me for help.",
            "I don't stop teachers from trying new things.",
        ],
    )
    def test_a_denial_without_a_double_negation_denies(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.NEGATED

    def test_a_determiners_denial_before_without_is_no_double_negation(self) -> None:
        # "no" denies nothing of the trainer's here, and "without" belongs to the schools
        text = "There's no point showing videos in schools without electricity."
        assert [c.trigger for c in tfw.read_clauses(text)] == [None]

    def test_the_affirmed_denial_credits_the_stage(self) -> None:
        text = "I never start a course without a full needs analysis of every participant's context."
        assert _stages(text, RULES_ALONE)["individuals"] is not None


class TestTheSentenceAfterAWordSaidBeforeIt:
    """A word said before a sentence and its comma ("Well,", "Honestly,") leave its first clause whole."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a role or a name opens the clause after the word
            ("Well, my manager designs the courses.", [A.OTHER]),
            ("Several ways to analyse a structure. Well, my colleague does that.", [A.OTHER, A.OTHER]),
            ("Several ways to analyse a structure. Honestly, that's my colleague's job.", [A.OTHER, A.OTHER]),
            ("Several ways to analyse a structure. Well, Kenji does all that.", [A.OTHER, A.OTHER]),
            ("Several ways to analyse a structure. Look, Kenji does all that.", [A.OTHER, A.OTHER]),
            # a denial pointing back after "Yeah," or "Well," denies what was told
            (
                (
                    "Several ways to analyse a structure, corpus lines, timelines. Well, I couldn't show "
                    "teachers any of that."
                ),
                [A.NEGATED, A.NEGATED],
            ),
            # the trainer's own stays the trainer's
            ("Well, I design all our courses.", [A.ASSERTED]),
            ("Honestly, in my sessions I handle the shy ones with two or three tricks.", [A.ASSERTED]),
        ],
    )
    def test_the_clause_after_it(self, text: str, expected: list[A]) -> None:
        # (the word and its comma join the clause after them: no clause of their own)
        assert [c.assertion for c in tfw.read_clauses(text)] == expected

    def test_the_clause_before_it_is_still_the_sentence_before(self) -> None:
        # a guard (these read so before the word was kept out of the clause too): "that" after
        # "Honestly," points back at the question, and a "no" after it answers it
        for text in (
            (
                "A thorough needs analysis before going into a context I don't know? Honestly, that isn't "
                "something I do."
            ),
            (
                "Is there research behind what I do in sessions? Honestly, no - I haven't read a journal "
                "article since university."
            ),
        ):
            assert all(c.assertion is A.NEGATED for c in tfw.read_clauses(text)), text


class TestWhoseTheSentenceBeforeIs:
    """What a later sentence says of the sentence before: someone else's with a lesser part, or over."""

    @pytest.mark.parametrize(
        "text",
        [
            # the trainer's lesser part after the one who does it, with or without "not me"
            (
                "Knows the theory inside out and switches approach depending on the group. That's my "
                "colleague Bruno; I'm only there to hand out the coffees."
            ),
            (
                "Built her own observation tool and checks every year whether it really works. That's my "
                "boss at the regional centre; I'm just here waiting for my car."
            ),
        ],
    )
    def test_given_away_with_a_lesser_part(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.OTHER

    @pytest.mark.parametrize(
        "text",
        [
            "Plans every session around the group's needs. That's Ana's approach, and I just follow it.",
            # a share of it (a code review's find)
            (
                "Plans every session around the group's needs. Kenji does all that for primary; I just do "
                "the secondary groups."
            ),
        ],
    )
    def test_the_trainer_who_takes_part_keeps_it(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED

    def test_a_word_inside_a_sentence_is_no_word_said_before_it(self) -> None:
        # only at a sentence's start: not "well," or "right," inside one (a code review's find)
        clauses = tfw.read_clauses("Whereas I never plan the course well, my colleague designs it.")
        assert (clauses[-1].text, clauses[-1].assertion) == ("my colleague designs it.", A.OTHER)
        clauses = tfw.read_clauses("Unlike my colleague who never does it right, I observe every week.")
        assert [c.assertion for c in clauses] == [A.ASSERTED, A.OTHER, A.ASSERTED]

    def test_all_that_done_until_a_year_is_over(self) -> None:
        text = (
            "Varied observation methods, specific feedback, consistent marking. I did all that as a mentor "
            "until 2020."
        )
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.PAST, A.PAST]


class TestWhatWasHandedOnAndWhatANounSays:
    """What was handed on after "but", time words that name things, and what a third sentence settles."""

    @pytest.mark.parametrize(
        "text",
        [
            # a giving-up verb with its object between it and its particle, after "but" and "for a while"
            "I did run the weekend workshops for a while, but I handed them over to Li.",
            "I ran the induction module for years, but I handed it on to a colleague in 2021.",
            "I designed the observation form, but I gave all of it up when I moved to the ministry.",
            # what was done once and not again
            "I observed a lesson once, in 2016, and never again.",
            # "weekend" naming the workshops, "a week" how often: neither dates them as recent
            "I ran the weekend workshops for years but stopped.",
            "I ran the workshops twice a week for years but stopped.",
            "Peer feedback on my sessions. I gave all of that up when I went part-time.",
            "I observed lessons from the back in 2015 but not now.",  # "back in" and a year: a time
            # given up "then", in the clause that told it
            "I designed the course for years, then gave it up.",
            (
                "I spent years building the observation scheme, and then I handed the whole thing over to "
                "the quality team when I moved into management."
            ),
        ],
    )
    def test_over(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.PAST

    @pytest.mark.parametrize(
        "text",
        [
            "My colleagues handed them over to me, so I run them now.",  # handed to the trainer
            "I run the workshops, which Li handed over to me last year.",
            "I observe once in a while, but mostly I mentor.",  # "a while": a noun, no clause of its own
            "I ran a workshop last week, but I stopped using the old handout.",  # recent; another thing
            # handed on, returned or shared, not given up (a code review's finds)
            "I write the observation reports, but I handed them over to the director so she could sign them.",
            "I plan the course, but I handed it back to the director for sign-off.",
            "I design the handouts, but I gave them away to colleagues for free.",
            "I collect the feedback forms, but I handed them on to the quality office.",
            "I model a technique once and never again, then the trainees try it themselves.",
            "I ran a workshop at the weekend but stopped.",  # "at the weekend" dates it as recent
            "I write the reports, then hand them over to the head.",  # a present, handed on
            "Most of the trainees started journals, then gave them up.",  # someone else gives up
        ],
    )
    def test_not_over(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED

    @pytest.mark.parametrize("where", ["at the back", "at the very back"])
    def test_the_back_of_a_room_is_no_time(self, where: str) -> None:
        text = f"I ran three sessions for my school, and the head sat {where} in case I froze."
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.ASSERTED]
        assert tfw.read_clauses("Back in 2015 I designed courses.")[0].assertion is A.PAST

    def test_a_while_opens_no_clause(self) -> None:
        assert [c.text for c in tfw.read_clauses("I observe once in a while, but mostly I mentor.")] == [
            "I observe once in a while, but mostly I mentor."
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "Observing lessons? That's Marta's side of things; I stick to admin.",
            "Observation is Marta's side of things; I stick to admin.",
            "Teacher research is Sami's patch, but I read it.",
        ],
    )
    def test_someone_named_s_side_of_things(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.OTHER

    @pytest.mark.parametrize(
        "text",
        [
            "I work at Oxford's department of education.",
            # a place, or a relative clause's (a code review's finds)
            "I visit the schools that are Sami's patch as well as my own.",
            "I mentor teachers in what is Sami's patch now.",
            "I run the input sessions, which is Marta's side of the course too.",
            "I was at Marta's side for every session and still am.",
        ],
    )
    def test_a_place_or_a_relative_clause_is_no_duty(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED

    @pytest.mark.parametrize("opener", ["In reality", "In the end", "In hindsight", "In principle"])
    def test_a_phrase_of_stance_before_the_trainer_heads_no_relative_clause(self, opener: str) -> None:
        assert tfw.read_clauses(f"{opener} I never observe.")[-1].assertion is A.NEGATED

    @pytest.mark.parametrize(
        "text",
        [
            (
                "A different way into each language point, timelines, clines, corpus examples. I did all "
                "that when I was on the diploma team. Not since 2019."
            ),
            (
                "Specific points, clear strategies, steady marking against the criteria. That's how I did "
                "it when I assessed on the certificate course. I gave it up in 2020."
            ),
            "Adapting the ministry's modules for each group. People assume I do that. I don't.",
        ],
    )
    def test_a_third_sentence_settles_the_activity_the_first_named(self, text: str) -> None:
        # the middle sentence says of the activity named first; the third goes on from both
        assert all(r.credited is None for r in tfw.profile_text(FW, text).sentences)

    def test_only_three_sentences_are_read_together(self, monkeypatch: pytest.MonkeyPatch) -> None:
        read: list[tuple[str, ...]] = []
        pieces = _narrative.read_pieces

        def spy(sentence: str, before: tuple[str, ...] = (), *, voiced: bool = False) -> Any:
            read.append(before)
            return pieces(sentence, before, voiced=voiced)

        monkeypatch.setattr(_narrative, "read_pieces", spy)
        text = (
            "Adapting the ministry's modules for each group. I did all that at my last school. "
            "Not since 2019. That was a long time ago. It stopped when I moved."
        )
        tfw.profile_text(FW, text)
        assert max(map(len, read)) == 2  # the activity and what was said of it, then the third
        assert (
            "Adapting the ministry's modules for each group.",
            "I did all that at my last school.",
        ) in read
        # the fourth goes on from the third alone, and the fifth from the fourth
        assert read[-2:] == [("Not since 2019.",), ("That was a long time ago.",)]


class TestDenialsInsideDenialsAndAnswersAfterAWord:
    """Two denials, one inside the other, say the practice goes on; an answer after "Honestly," answers."""

    @pytest.mark.parametrize(
        "text",
        [
            "I can't remember the last time I didn't give written feedback after an observation.",
            "I wouldn't say I never adapt the materials.",
            "It's not unusual for me to rewrite a whole unit of the course the night before.",
            "It's not unheard of for me to observe twice a day.",
            "I don't think we don't ask for feedback.",
        ],
    )
    def test_a_denial_inside_a_denial(self, text: str) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.ASSERTED]

    @pytest.mark.parametrize(
        "text",
        [
            "I don't observe and I never will.",  # two denials joined, not one inside the other
            "I can't say I've ever designed a course.",  # one denial
            "I don't remember what I didn't like about it, but I never observed again.",
            "It's not unusual for trainers to skip it, but I don't observe.",  # the rarity not the trainer's
            # (a code review's finds) no habit of the trainer's denied inside
            "It's not unusual to be asked to design courses, but I never have.",
            "I don't remember the teachers I didn't observe.",
            "I don't remember the details since I never kept notes.",
            "I don't think I never want to design a course.",
            "I can't say I didn't enjoy it.",
            "I wouldn't claim I haven't tried.",
            "I don't believe we don't need observation.",
        ],
    )
    def test_no_denial_inside_a_denial(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.NEGATED

    def test_the_last_time_remembered_is_still_a_past(self) -> None:
        assert tfw.read_clauses("I remember the last time I observed, in 2015.")[0].assertion is A.PAST

    @pytest.mark.parametrize(
        ("text", "status"),
        [
            ("Design my own course? Oh, I wish.", A.INTENDED),
            ("Design my own course? Ha, if only. We get handed a syllabus from head office.", A.INTENDED),
            ("Do you design courses? Honestly, never.", A.NEGATED),
            (
                "Training in an unfamiliar setting? Honestly, I couldn't. I only run sessions nearby.",
                A.NEGATED,
            ),
        ],
    )
    def test_an_answer_after_a_word_said_before_it(self, text: str, status: A) -> None:
        assert tfw.read_clauses(text)[0].assertion is status

    def test_an_answer_that_does_it_after_a_word_said_before_it(self) -> None:
        assert tfw.read_clauses("Do you observe? Well, I observe every week.")[-1].assertion is A.ASSERTED


class TestABeliefOfOthersCorrected:
    """What others say or believe of the trainer, corrected with "but in fact", is no practice."""

    @pytest.mark.parametrize(
        "text",
        [
            "Someone on the forum wrote that I adapt my own materials, but in fact I use the packs as given.",
            "My manager thinks I design the courses, but actually I just deliver them.",
            "People say I'm research-driven, but it's more that I follow two blogs.",
            "People say I'm research-driven, but really I just read a lot.",
        ],
    )
    def test_corrected(self, text: str) -> None:
        first, *rest = tfw.read_clauses(text)
        assert first.assertion is A.NEGATED
        assert rest[-1].assertion is A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            "My manager says I give great feedback, and I do try.",  # not corrected
            "I think I design good courses, but actually I could do better.",  # the trainer's own belief
            "My manager says I give great feedback, but I want to improve it.",  # no correction word
        ],
    )
    def test_not_corrected(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED


class TestThatWouldBeLovely:
    """ "That would be lovely" after what was told wishes for it; "It would be great to do more" does not."""

    @pytest.mark.parametrize(
        "text",
        [
            "Needs analysis? That would be lovely in theory. In practice the groups are fixed in advance.",
            "Peer observation for trainers. That'd be nice.",
            "Designing my own course. That would be a dream.",
            "Research? It'd be a luxury.",
        ],
    )
    def test_wished_for(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.INTENDED

    @pytest.mark.parametrize(
        "text",
        [
            "I run workshops. It would be great to do more.",  # a wish for more, beside what is done
            "Peer observation for trainers. That would be lovely if we had the time.",
        ],
    )
    def test_not_wished_for(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED


class TestTakenUpAgain:
    """What was stopped and then taken up again goes on."""

    @pytest.mark.parametrize(
        "text",
        [
            "I stopped designing courses when I moved to Madrid, then started again in January.",
            "I stopped observing in 2019 but took it up again last year.",
            "I gave up research for a while, then went back to it again last year.",
        ],
    )
    def test_taken_up_again(self, text: str) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.ASSERTED]

    @pytest.mark.parametrize(
        "text",
        [
            "I stopped the workshops and never started them again.",  # denied
            "I quit mentoring in 2018 and haven't picked it up again.",
            "I stopped observing in 2019 and she started again.",  # someone else
        ],
    )
    def test_not_taken_up_again(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.PAST


class TestWhoSheIsAndWhatIsStillMeant:
    """The twenty-fourth session's round, from 100 blind probes of a practice then a sentence after it."""

    @pytest.mark.parametrize(
        "text",
        [
            "She finds out what every group needs before the course. My line manager, I mean.",
            "She finds out what every group needs before the course. That's my line manager.",
            "He presents at IATEFL every single year. My husband, believe it or not.",
            "Finds out what every group needs. My line manager, by the way.",
        ],
    )
    def test_a_sentence_that_says_who_she_is_gives_her_the_one_before(self, text: str) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.OTHER, A.OTHER]

    @pytest.mark.parametrize(
        "text",
        [
            # someone did the sentence before; what follows gives away its object or a part
            "She designs every unit. That was Tom's job until he left.",
            "I use the checklist with every trainee. It was designed by our head of training.",
            "I observe every new teacher twice a term. My line manager, I mean, asked me to.",
            "She designs every unit. That's my line manager's favourite part.",
        ],
    )
    def test_not_who_she_is(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            "It's something I keep meaning to start.",
            "I keep meaning to ask a colleague to watch my sessions.",
            "She keeps meaning to publish her action research.",
            "I'm meaning to start a reading group for trainers.",
        ],
    )
    def test_still_meant(self, text: str) -> None:
        assert A.INTENDED in [c.assertion for c in tfw.read_clauses(text)]

    @pytest.mark.parametrize(
        ("text", "first"),
        [
            # "too" of degree after an activity named: the bare answer before it denies it
            ("Giving talks at conferences. Never, I get far too nervous.", A.NEGATED),
            ("Giving talks at conferences. Not yet, I'm far too new.", A.NEGATED),
            # "too" as "also": the trainer goes on with it
            ("Writing materials for the ministry. I review them too.", A.ASSERTED),
        ],
    )
    def test_too_of_degree_is_no_going_on(self, text: str, first: A) -> None:
        assert tfw.read_clauses(text)[0].assertion is first

    @pytest.mark.parametrize(
        "text",
        [
            "Mentoring the new trainers in Johannesburg. Luis took that over in September.",
            "Redesigning the course. Priya took that over.",
            "Redesigning the course every year. Priya does that now.",
            # the doing said again by its verb alone
            "Redesigning the teacher development course every year. Well, Priya does.",
            "Redesigning the course every year. My colleague does.",
        ],
    )
    def test_someone_named_took_it_over(self, text: str) -> None:
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.OTHER, A.OTHER]

    @pytest.mark.parametrize(
        "text",
        [
            "I redesign the course. Priya takes that seriously.",  # what she does with it
            "I redesign the course. My manager took it over in May but gave it back.",
            "I redesign the course every year. Priya does.",  # she does it too
            "Redesigning the course every year. Priya runs.",  # a doing of her own
        ],
    )
    def test_not_taken_over(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            # a fresh-eyes review's finds: the trainer in the sentence before, an aside that goes on,
            # "too" after "never", a particle with a span of cover, "now ... as well", a bare verb read on
            "She and I co-design every course. My colleague Ana, I mean.",
            "She observes my lessons every term and I observe hers. My colleague Ana, I mean.",
            "She runs the feedback sessions with me. That's my co-trainer.",
            "Plans every session around the group's needs. My line manager, I mean, insists on it.",
            "What I'm meaning to say is that I design every course myself.",
            "I keep meaning to say how much I enjoy mentoring new trainers.",
            "Observing peers. Never too busy for that.",
            "Observing lessons. Not too long ago I started.",
            "Keeping a reflective journal. Priya does that now as well, after my workshop.",
            "Running the induction. My deputy takes that over at Christmas.",
            "Running the induction. Luis took that on for the summer only.",
            "Redesigning the course every year. Priya does, and so do I.",
            "Writing the handbook. My manager did, with me.",
        ],
    )
    def test_the_reviews_finds_stay_the_trainers(self, text: str) -> None:
        assert tfw.read_clauses(text)[0].assertion is A.ASSERTED

    @pytest.mark.parametrize(
        "text",
        [
            "Redesigning the course every year! Priya does.",
            "Redesigning the course every year.\nPriya does.",
            "Redesigning the course every year. Priya does",
            "Mentoring the new trainers! Kenji does all that.",
        ],
    )
    def test_the_fast_path_steps_aside_after_any_sentence(self, text: str) -> None:
        assert not _assertion.plainly_asserted(text)
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.OTHER, A.OTHER]

    @pytest.mark.parametrize(
        ("text", "says"),
        [
            ("I design the courses.", True),
            ("I'm mentoring two trainers.", True),
            ("She and I co-design the course.", True),
            ("She designs the courses.", False),
            ("My colleague designs them.", False),  # "my" is no "I"
            ("Ideas come from the team.", False),
        ],
    )
    def test_says_i(self, text: str, says: bool) -> None:
        assert _assertion.says_i(text) is says

    @pytest.mark.parametrize("text", ["the coordinator's", "The ministry's", "I follow the ministry's"])
    def test_a_possessive_role_at_the_end_is_read(self, text: str) -> None:
        """Found by hypothesis: a role's possessive as the last word raised IndexError."""
        assert [c.assertion for c in tfw.read_clauses(text)] == [A.ASSERTED]
