from __future__ import annotations

import pickle
import re
from collections.abc import Callable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw

from .strategies import frameworks


class TestStages:
    """Stages are the three published stages, totally ordered."""

    def test_published_stages_lowest_first(self, fw: tfw.Framework) -> None:
        assert [s.name for s in fw.stages] == [
            "From Teacher to Trainer",
            "Autonomous Trainer",
            "Lead Trainer",
        ]
        assert [s.id for s in fw.stages] == ["teacher-to-trainer", "autonomous", "lead"]
        assert fw.stages[0] < fw.stages[1] < fw.stages[2]
        assert fw.stages[2] > fw.stages[0]
        assert max(fw.stages).id == "lead"

    def test_compare_with_other_types_is_refused(self, fw: tfw.Framework) -> None:
        with pytest.raises(TypeError):
            _ = fw.stages[0] < 1  # type: ignore[operator]

    @given(frameworks, st.data())
    def test_total_order_consistent_with_rank(self, fw: tfw.Framework, data: st.DataObject) -> None:
        a = data.draw(st.sampled_from(fw.stages))
        b = data.draw(st.sampled_from(fw.stages))
        assert (a < b) == (a.rank < b.rank)
        assert (a <= b) == (a.rank <= b.rank)
        assert (a == b) == (a.rank == b.rank)
        assert sorted(fw.stages, reverse=True) == list(reversed(fw.stages))

    def test_next_stage(self, fw: tfw.Framework) -> None:
        assert fw.next_stage("teacher-to-trainer") == fw.stage("autonomous")
        assert fw.next_stage(fw.stage("lead")) is None


_CATEGORIES_LISTED = (
    "unknown category id 'foo'; the category ids are 'individuals', 'knowledge', 'training',"
    " 'observation', 'development'"
)


class TestLookup:
    """descriptor()/category()/component() raise, get() never does, fw[id] finds any kind."""

    def test_entry_points(self, fw: tfw.Framework) -> None:
        d = fw.descriptor("observation.lead.2")
        assert d.stage.id == "lead"
        assert d.category_id == "observation"
        assert d.component_id is None
        assert fw.category("development").component_detail
        assert fw.component("development.professional-values").name == "Professional values"
        assert fw["observation.lead.2"] is d
        assert fw.get("observation.lead.2") is d
        assert "observation.lead.2" in fw

    @pytest.mark.parametrize(
        ("method", "id_", "message"),
        [
            ("category", "observation.lead.1", "'observation.lead.1' is a descriptor id, not a category id"),
            ("component", "observation", "'observation' is a category id, not a component id"),
            ("descriptor", "observation", "'observation' is a category id, not a descriptor id"),
            ("stage", "observation", "'observation' is a category id, not a stage id"),
        ],
    )
    def test_an_id_of_another_kind_is_named_as_such(
        self, fw: tfw.Framework, method: str, id_: str, message: str
    ) -> None:
        with pytest.raises(tfw.UnknownIdError) as exc:
            getattr(fw, method)(id_)
        assert str(exc.value).startswith(message)
        assert exc.value.actual == fw.kind_of(id_)
        assert exc.value.kind == method

    def test_unknown_id_is_a_lookup_error_with_suggestions(self, fw: tfw.Framework) -> None:
        with pytest.raises(tfw.UnknownIdError, match=r"unknown descriptor id 'observation\.led\.2'") as exc:
            fw.descriptor("observation.led.2")
        assert isinstance(exc.value, LookupError)
        assert exc.value.suggestions[0] == "observation.lead.2"
        assert exc.value.kind == "descriptor"

    @pytest.mark.parametrize(
        ("call", "message"),
        [
            (
                lambda fw: fw.stage("expert"),
                "unknown stage id 'expert'; the stage ids are 'teacher-to-trainer', 'autonomous', 'lead'",
            ),
            (
                lambda fw: fw.filter(stage="expert"),
                "unknown stage id 'expert'; the stage ids are 'teacher-to-trainer', 'autonomous', 'lead'",
            ),
            (
                lambda fw: fw.category("foo"),
                _CATEGORIES_LISTED,
            ),
            (
                lambda fw: tfw.profile(fw, {}).category_stage("foo"),
                _CATEGORIES_LISTED,
            ),
            # too many to list: the message says no more than it did
            (lambda fw: fw.descriptor("foo"), "unknown descriptor id 'foo'"),
            (lambda fw: fw["foo"], "unknown object id 'foo'"),
            # a name for an id, and the beginning of an id
            (lambda fw: fw.stage("lead_trainer"), "unknown stage id 'lead_trainer'; did you mean 'lead',"),
            (
                lambda fw: fw.stage("Autonomous Trainer"),
                "unknown stage id 'Autonomous Trainer'; did you mean 'autonomous'?",
            ),
            (lambda fw: fw.category("obs"), "unknown category id 'obs'; did you mean 'observation'?"),
            (lambda fw: fw["obs"], "unknown object id 'obs'; did you mean 'observation', "),
        ],
    )
    def test_an_unknown_id_says_what_was_meant_or_what_there_is(
        self, fw: tfw.Framework, call: Callable[[tfw.Framework], object], message: str
    ) -> None:
        with pytest.raises(tfw.UnknownIdError) as exc:
            call(fw)
        assert str(exc.value) == message or (
            message.endswith((",", ", ")) and str(exc.value).startswith(message)
        )
        again = pickle.loads(pickle.dumps(exc.value))  # noqa: S301 - our own bytes
        assert (str(again), again.known, again.suggestions) == (
            str(exc.value),
            exc.value.known,
            exc.value.suggestions,
        )

    def test_an_unknown_id_is_shown_cut_and_never_listed_among_the_known(self, fw: tfw.Framework) -> None:
        long_id = "x" * 4_000_000
        with pytest.raises(tfw.UnknownIdError) as exc:
            fw.stage(long_id)
        assert str(exc.value).startswith(f"unknown stage id {'x' * 80!r}... (4,000,000 characters);")
        assert exc.value.id == long_id
        assert exc.value.suggestions == ()
        # a stage of another framework, with an id this one knows: the known ids are not listed
        other = tfw.load_framework().stage("lead")
        assert str(tfw.UnknownIdError(other.id, "stage", known=["teacher-to-trainer", "lead"])) == (
            "unknown stage id 'lead'"
        )
        assert tfw.UnknownIdError("x", "stage", known="lead").known == ("lead",)

    @given(st.text(max_size=12))
    def test_suggestions_and_known_ids_are_ids_of_the_kind(self, id_: str) -> None:
        fw = tfw.load_framework()
        kinds = {
            "stage": {s.id for s in fw.stages},
            "category": {c.id for c in fw.categories},
            "descriptor": {d.id for d in fw.descriptors},
        }
        for kind, ids in kinds.items():
            if id_ in ids:
                continue
            with pytest.raises(tfw.UnknownIdError) as exc:
                getattr(fw, kind)(id_)
            assert len(exc.value.suggestions) <= 3
            if exc.value.actual is None:  # an id of no kind: its suggestions are spelled like it
                assert set(exc.value.known) == ids
                assert set(exc.value.suggestions) <= ids

    @pytest.mark.parametrize("method", ["descriptor", "category", "component", "stage", "strand", "example"])
    def test_wrong_kind_raises(self, fw: tfw.Framework, method: str) -> None:
        with pytest.raises(tfw.UnknownIdError, match=f"unknown {method} id"):
            getattr(fw, method)("no-such-thing")

    def test_id_of_another_kind_is_unknown(self, fw: tfw.Framework) -> None:
        with pytest.raises(tfw.UnknownIdError):
            fw.category("observation.lead.2")

    def test_get_default(self, fw: tfw.Framework) -> None:
        assert fw.get("nope") is None
        assert fw.get("nope", 42) == 42
        assert fw.get(3) is None  # type: ignore[arg-type]
        with pytest.raises(tfw.UnknownIdError, match="unknown object id 'nope'"):
            fw["nope"]

    @given(frameworks)
    def test_every_id_resolves_to_its_object(self, fw: tfw.Framework) -> None:
        for d in fw.descriptors:
            assert fw.descriptor(d.id) is d
            assert fw.kind_of(d.id) == "descriptor"
        for c in fw.categories:
            assert fw.category(c.id) is c
        for comp in fw.components:
            assert fw.component(comp.id) is comp
        for s in fw.strands:
            assert fw.strand(s.id) is s
        assert len(set(fw.ids())) == len(list(fw.ids()))


class TestNavigation:
    """From a descriptor to its category, component, strand and next step."""

    def test_strand_next_step(self, fw: tfw.Framework) -> None:
        first = fw.descriptor("development.professional-development.teacher-to-trainer.1")
        assert first.text == "Questions and reflects on own teaching practice to inform training activities."
        (second,) = fw.next_steps(first)
        assert (
            second.text
            == "Regularly questions and reflects on own and others’ teaching and training practice."
        )
        (third,) = fw.next_steps(second)
        assert third.text.startswith("Uses experimental practice (reflection, questioning and action)")
        assert fw.next_steps(third) == ()

    def test_category_component_strand_of(self, fw: tfw.Framework) -> None:
        d = fw.descriptor("development.professional-values.autonomous.4")
        assert fw.category_of(d).id == "development"
        comp = fw.component_of(d)
        assert comp is not None
        assert comp.id == "development.professional-values"
        strand = fw.strand_of(d)
        assert strand is not None
        assert [x.text for x in strand.descriptors] == [
            "Values and practices are somewhat aligned.",
            "Values and practices are mostly aligned.",
            "Values and practices are highly aligned.",
        ]
        assert fw.component_of("observation.lead.1") is None

    @given(frameworks)
    def test_next_steps_are_one_stage_up_in_the_same_scope(self, fw: tfw.Framework) -> None:
        for d in fw.descriptors:
            for n in fw.next_steps(d):
                assert n.scope_id == d.scope_id
                assert n.stage == fw.next_stage(d.stage)


class TestFilters:
    """filter() narrows by stage, category, component, strand, overview."""

    def test_counts(self, fw: tfw.Framework) -> None:
        assert len(fw.descriptors) == 66
        assert len(fw.filter(stage="lead")) == 22
        assert len(fw.filter(category="observation")) == 9
        assert len(fw.filter(category="development", overview=True)) == 9
        assert len(fw.filter(component="development.professional-development")) == 18
        assert len(fw.filter(strand="observation.3")) == 3
        assert len(fw.filter(stage=fw.stage("autonomous"), category=fw.category("knowledge"))) == 2

    def test_unknown_filter_id(self, fw: tfw.Framework) -> None:
        with pytest.raises(tfw.UnknownIdError):
            fw.filter(stage="expert")

    @given(frameworks, st.data())
    def test_filter_agrees_with_fields(self, fw: tfw.Framework, data: st.DataObject) -> None:
        stage = data.draw(st.sampled_from(fw.stages))
        cat = data.draw(st.sampled_from(fw.categories))
        got = fw.filter(stage=stage, category=cat)
        assert got == tuple(d for d in fw.descriptors if d.stage == stage and d.category_id == cat.id)


class TestSearch:
    """search() finds descriptors holding every query word, in a fixed order."""

    def test_finds_by_words(self, fw: tfw.Framework) -> None:
        ids = [d.id for d in fw.search("assessment criteria")]
        assert "observation.teacher-to-trainer.3" in ids
        assert "observation.lead.3" in ids
        assert all("assessment" in fw.descriptor(i).text.lower() for i in ids)

    def test_prefix_and_apostrophes(self, fw: tfw.Framework) -> None:
        found = fw.search("others' teaching")  # typographic ’ in the source
        assert "individuals.autonomous.1" in [d.id for d in found]
        assert all("others’" in d.text and "teaching" in d.text.lower() for d in found)
        observ = fw.search("OBSERV")
        assert [d.id for d in observ] == [d.id for d in fw.search("observ")]
        assert {d.id for d in observ} == {
            d.id for d in fw.descriptors if re.search(r"\bobserv", d.text.lower())
        }

    def test_long_queries_stay_fast(self, fw: tfw.Framework) -> None:
        """A repeated word counts once, so a 120,000-character query does one word's work."""
        assert fw.search(" ".join(["observe"] * 15_000)) == fw.search("observe")

    def test_empty_and_bad_input(self, fw: tfw.Framework) -> None:
        assert fw.search("") == ()
        assert fw.search("   ") == ()
        with pytest.raises(TypeError, match="query must be a str"):
            fw.search(3)  # type: ignore[arg-type]

    @given(
        st.lists(
            st.sampled_from(["assess", "criteria", "training", "own", "given", "zz", "Observ"]), max_size=3
        )
    )
    def test_against_its_definition(self, words: list[str]) -> None:
        """Every query word starts a word of the text; most hits first, then document order."""
        fw = tfw.load_framework()
        found = fw.search(" ".join(words))
        terms = list(dict.fromkeys(w.lower() for w in words))
        expected = []
        for position, d in enumerate(fw.descriptors):
            text_words = re.findall(r"[a-z0-9]+", d.text.lower().replace("’", "").replace("'", ""))
            hits = [sum(1 for w in text_words if w.startswith(t)) for t in terms]
            if terms and all(hits):
                expected.append((-sum(hits), position, d))
        assert found == tuple(d for *_, d in sorted(expected, key=lambda t: (t[0], t[1])))


class TestValueSemantics:
    """Immutable, equal and hashed by value, readable reprs, picklable."""

    def test_immutable(self, fw: tfw.Framework) -> None:
        import attrs

        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            fw.stages[0].name = "x"  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            del fw.descriptors[0].text  # type: ignore[misc]
        with pytest.raises(AttributeError):
            fw.colour = "red"  # type: ignore[attr-defined]

    def test_load_is_cached(self) -> None:
        assert tfw.load_framework() is tfw.load_framework()

    def test_equal_by_value(self, fw: tfw.Framework) -> None:
        copy = pickle.loads(pickle.dumps(fw))  # noqa: S301 - our own data
        assert copy == fw
        assert copy is not fw
        assert hash(copy) == hash(fw)
        assert fw.stages[0] != fw.stages[1]
        assert fw.stages[0] != "teacher-to-trainer"

    def test_evolve(self, fw: tfw.Framework) -> None:
        import attrs

        s = attrs.evolve(fw.stages[0], name="Other")
        assert s.name == "Other"
        assert s != fw.stages[0]
        with pytest.raises(TypeError, match="colour"):
            attrs.evolve(s, colour="red")
        other = attrs.evolve(fw, id="other")
        assert other.descriptors == fw.descriptors
        assert other.descriptor("observation.lead.1") == fw.descriptor("observation.lead.1")

    def test_reprs(self, fw: tfw.Framework) -> None:
        assert repr(fw) == (
            "<Framework cambridge-english-trainer-framework: 3 stages, 5 categories, "
            "2 components, 66 descriptors>"
        )
        assert repr(fw.stage("lead")) == "<Stage lead 'Lead Trainer' rank=3>"
        assert repr(fw.descriptor("observation.lead.3")).startswith(
            "<Descriptor observation.lead.3 (Lead Trainer): 'Researches assessment"
        )
        assert (
            repr(fw.strand("observation.1"))
            == "<Strand observation.1: teacher-to-trainer → autonomous → lead>"
        )

    def test_sentences(self, fw: tfw.Framework) -> None:
        assert fw.descriptor("observation.autonomous.2").sentences == (
            "Offers specific feedback on areas for improvement.",
            "Suggests clear and appropriate strategies for teacher learning.",
            "Consistently applies assessment criteria accurately.",
        )


class TestDocuments:
    """Framework.from_document() and to_document() are the file format as dicts."""

    def test_round_trip(self, fw: tfw.Framework) -> None:
        assert tfw.Framework.from_document(fw.to_document()) == fw

    def test_problems_name_the_source(self) -> None:
        with pytest.raises(tfw.InvalidFrameworkError, match=r"mine\.json") as exc:
            tfw.Framework.from_document({"schema_version": 1}, "mine.json")
        assert "$.framework: required key is missing" in [str(p) for p in exc.value.problems]


class TestHtml:
    """Every _repr_html_ escapes what it shows, so an untrusted framework file cannot inject HTML."""

    def test_every_repr_html_escapes(self, fw: tfw.Framework) -> None:
        attack = "<script>alert(1)</script>"
        doc = fw.to_document()
        doc["framework"]["name"] = attack
        doc["stages"][0]["name"] = attack
        doc["categories"][0]["name"] = attack
        for d in doc["descriptors"]:
            d["text"] = attack
        evil = tfw.Framework.from_document(doc)
        p = tfw.profile(evil, {})
        cohort = tfw.Cohort({"<b>t</b>": p})
        d = evil.descriptors[0]
        later = tfw.Cohort({"<b>t</b>": tfw.profile(evil, {d.id: "met"})})
        two = tfw.Cohort(
            {
                "<b>t</b>": tfw.profile(
                    evil,
                    tfw.Evidence.from_mapping({d.id: "met"}, source="<b>s</b>")
                    | tfw.Evidence.from_mapping({d.id: "met"}),
                )
            }
        )
        shown_values = [
            evil,
            evil.categories[0],
            fw.categories[0],
            d,
            p,
            cohort,
            tfw.Match(descriptor=d, score=0.5, confidence=0.5),
            cohort.progress(later),
            tfw.agreement(two, "<b>s</b>", "self"),
        ]
        for shown in shown_values:
            html = shown._repr_html_()
            assert "<script>" not in html
            assert "<b>t</b>" not in html
            assert "<b>s</b>" not in html
            assert html.startswith("<table")
        assert "&lt;script&gt;" in evil.categories[0]._repr_html_()
        assert "&lt;script&gt;" in d._repr_html_()

    def test_every_value_with_a_renderer_has_repr_html(self) -> None:
        from trainerframework._present._html import RENDERERS

        for name in RENDERERS:
            assert hasattr(getattr(tfw, name), "_repr_html_"), name
        assert {"Descriptor", "Match", "Agreement", "Progress"} <= set(RENDERERS)


class TestFrameworkAsMapping:
    """A Framework is a read-only mapping of id to object (issue 13)."""

    def test_protocol(self) -> None:
        import collections.abc

        fw = tfw.load_framework()
        assert isinstance(fw, collections.abc.Mapping)
        assert list(fw) == list(fw.ids())
        assert len(fw) == len(list(fw.keys())) == len(fw.values())
        assert dict(fw.items())["observation.lead.1"] is fw.descriptor("observation.lead.1")
        assert "lead" in set(fw.keys())
        assert sum(1 for _ in fw) == len(fw.stages) + len(fw.categories) + len(fw.components) + len(
            fw.strands
        ) + len(fw.descriptors) + len(fw.examples)


class TestContradictions:
    """A Framework that contradicts itself is refused at construction, naming the contradiction."""

    def test_evolve_dropping_a_stage(self, fw: tfw.Framework) -> None:
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            attrs.evolve(fw, stages=fw.stages[:2])
        problems = [str(p) for p in exc.value.problems]
        assert problems[0] == (
            "descriptor 'individuals.lead.1': is at stage 'lead', which is not one of the framework's "
            "stages (teacher-to-trainer, autonomous)"
        )
        assert len(problems) == sum(d.stage.id == "lead" for d in fw.descriptors) + len(
            [e for e in fw.examples if e.stage.id == "lead"]
        )
        assert str(exc.value).startswith(f"invalid framework {fw.id!r}: {len(problems)} problems\n")
        assert isinstance(exc.value, ValueError)

    def test_constructor_with_a_descriptor_of_another_category(self, fw: tfw.Framework) -> None:
        first, second = fw.categories[:2]
        stray = attrs.evolve(first.descriptors[0], id="stray.1")
        moved = attrs.evolve(second, descriptors=(*second.descriptors, stray))
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.Framework(
                id="x",
                name="X",
                stages=fw.stages,
                categories=(first, moved, *fw.categories[2:]),
                strands=fw.strands,
            )
        assert [str(p) for p in exc.value.problems] == [
            f"descriptor 'stray.1': names category {first.id!r} but is held by category {second.id!r}"
        ]

    def test_components_strands_ranks_and_duplicates(self, fw: tfw.Framework) -> None:
        dev = fw.category("development")
        comp = dev.components[0]
        wrong = attrs.evolve(comp, category_id="observation")
        bad_rank = (attrs.evolve(fw.stages[0], rank=5), *fw.stages[1:])
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            attrs.evolve(
                fw,
                stages=bad_rank,
                categories=(*fw.categories[:-1], attrs.evolve(dev, components=(wrong, *dev.components[1:]))),
            )
        messages = [str(p) for p in exc.value.problems]
        assert messages[0] == "stage 'teacher-to-trainer': has rank 5 but is stage 1 in order"
        assert f"component {comp.id!r}: names category 'observation' but is held by 'development'" in messages
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            attrs.evolve(fw, strands=fw.strands[1:])
        assert str(exc.value.problems[0]).endswith(
            f"names strand {fw.strands[0].id!r}, which the framework does not have"
        )
        with pytest.raises(
            tfw.InvalidFrameworkError, match=r"stage 'lead': duplicate id \(already a stage\)"
        ):
            attrs.evolve(fw, stages=(*fw.stages, fw.stages[-1]))

    @pytest.mark.parametrize(
        ("name", "message"),
        [
            ("not attained", "stage 'lead': is named 'not attained', which tables use for no stage attained"),
            ("not enough evidence", "stage 'lead': is named 'not enough evidence', which tables use for no"),
            ("Autonomous Trainer", "stage 'lead': has the name of stage 'autonomous'"),
        ],
    )
    def test_stage_names_are_distinct_and_none_is_a_tables_no_stage(
        self, fw: tfw.Framework, name: str, message: str
    ) -> None:
        """A stage's name stands for it in exported tables (``stage``), beside "not attained"."""
        lead = attrs.evolve(fw.stages[-1], name=name)
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            attrs.evolve(fw, stages=(*fw.stages[:-1], lead))
        assert str(exc.value.problems[0]).startswith(message)

    def test_the_bundled_framework_and_documents_are_consistent(self, fw: tfw.Framework) -> None:
        assert attrs.evolve(fw, name="Renamed").name == "Renamed"
        assert tfw.Framework.from_document(fw.to_document()) == fw
