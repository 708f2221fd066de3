"""The planning layer (issue 15): bundled seed data, plans, reviews."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import trainerframework as tfw
from trainerframework._base._documents import structure, trusted
from trainerframework._planning._development import _CatalogueDoc, catalogue_from_document

from .conftest import ROOT
from .strategies import evidences

FW = tfw.load_framework()
DATA = Path(tfw.__file__).parent / "data" / "development.json"
CATALOGUE = tfw.load_catalogue()


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("•", " ")).strip()


def _strings(value: object, skip: frozenset[str]) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in skip for s in _strings(v, skip)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, skip)]
    return []


class TestBundledData:
    """Seeds 002-004, verbatim, with provenance."""

    def test_every_text_is_in_its_seed(self, seeds: Path) -> None:
        doc = json.loads(DATA.read_text(encoding="utf-8"))
        keys = frozenset({"id", "source", "career_stage", "provider", "letter", "marker"})
        for part, prefix in (
            ("activities", "002"),
            ("evaluation_levels", "002"),
            ("quality_framework", "003"),
            ("opportunities", "004"),
            ("career_stages", "004"),
            ("providers", "004"),
        ):
            (path,) = seeds.glob(f"{prefix}_*.txt")
            seed = _norm(path.read_text(encoding="utf-8"))
            for text in _strings(doc[part], keys):
                assert _norm(text) in seed, (part, text)

    def test_script_reproduces_bundled_data(self, seeds: Path, tmp_path: Path) -> None:
        script = ROOT / "scripts" / "build_development_data.py"
        before = DATA.read_bytes()
        try:
            subprocess.run([sys.executable, str(script), str(seeds)], check=True, capture_output=True)
            assert DATA.read_bytes() == before
        finally:
            DATA.write_bytes(before)

    def test_shape(self) -> None:
        assert [a.id for a in CATALOGUE.activities][:3] == ["mentoring", "specialist-coaching", "co-coaching"]
        assert [lv.name for lv in CATALOGUE.evaluation_levels] == [
            "Participants’ reactions",
            "Participants’ learning",
            "Organisation support and change",
            "Participants’ use of new knowledge and skills",
            "Student outcomes",
        ]
        assert [(s.number, s.title, len(s.statements)) for s in CATALOGUE.quality_framework] == [
            (1, "", 6),
            (2, "", 8),
            (3, "Needs Analysis and Evaluation", 7),
            (4, "Internal Support and Challenge", 7),
            (5, "Use of Expert Knowledge", 5),
            (6, "Processes and Structures of CPD", 6),
            (7, "Research, Innovation and Evidence", 5),
        ]
        assert CATALOGUE.statement("3c").text == "CPD is evaluated against pupil outcomes."
        assert [o.text for o in CATALOGUE.opportunities_at("nqt", "school")] == [
            "Induction programme",
            "Observation of/by colleagues",
            "Planning with colleagues",
        ]
        assert ("years-2-5", "individual") in CATALOGUE.previous_stage_too
        assert [s.id for s in CATALOGUE.provenance.sources] == ["002", "003", "004"]
        assert tfw.load_catalogue() is CATALOGUE

    def test_strict_reader_agrees_with_the_trusted_build(self) -> None:
        raw = json.loads(DATA.read_text(encoding="utf-8"))
        strict, problems = structure(raw, _CatalogueDoc)
        assert problems == []
        assert strict == trusted(raw, _CatalogueDoc)
        assert catalogue_from_document(raw) == CATALOGUE

    def test_lookups_name_what_is_unknown(self) -> None:
        with pytest.raises(tfw.UnknownIdError, match="unknown activity id 'coaching'; did you mean"):
            CATALOGUE.activity("coaching")
        with pytest.raises(tfw.UnknownIdError, match="unknown evaluation level id '6'"):
            CATALOGUE.level(6)
        with pytest.raises(tfw.UnknownIdError, match="unknown quality statement id '8a'"):
            CATALOGUE.statement("8a")
        with pytest.raises(tfw.UnknownIdError, match="unknown career stage id 'nope'"):
            CATALOGUE.opportunities_at("nope")

    def test_catalogue_documents_are_checked(self, tmp_path: Path) -> None:
        doc: Any = json.loads(DATA.read_text(encoding="utf-8"))
        doc["activities"][1]["id"] = doc["activities"][0]["id"]
        doc["activities"][2]["colour"] = "red"
        doc["evaluation_levels"][4]["level"] = 7
        doc["opportunities"][0]["career_stage"] = "intern"
        path = tmp_path / "cat.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.load_catalogue(path)
        assert [str(p) for p in exc.value.problems] == [
            "$.activities[2]: unknown key 'colour' (allowed: id, name, text, source)"
        ]
        del doc["activities"][2]["colour"]
        path.write_text(json.dumps(doc), encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.load_catalogue(path)
        assert [str(p) for p in exc.value.problems] == [
            "$.activities[1].id: duplicate id 'mentoring'",
            "$.evaluation_levels: levels must be numbered 1 to 5 once each",
            "$.opportunities[0].career_stage: unknown career stage 'intern'",
        ]


class TestActivityMap:
    def test_bundled_map_fits_the_framework(self) -> None:
        amap = tfw.ActivityMap.bundled()
        amap.check(FW, CATALOGUE)
        assert "not text from the seeds" in amap.note
        assert {c for link in amap.links for c in link.category_ids} == {c.id for c in FW.categories}
        assert [link.activity_id for link in amap.for_category("observation")][:2] == [
            "mentoring",
            "specialist-coaching",
        ]

    def test_problems_are_named(self) -> None:
        amap = tfw.ActivityMap.from_document(
            {
                "schema_version": 1,
                "links": [{"activity": "yoga", "categories": ["observation", "cooking"], "reason": "Calm."}],
            }
        )
        with pytest.raises(tfw.InvalidInputError) as exc:
            amap.check(FW, CATALOGUE)
        assert [str(p) for p in exc.value.problems] == [
            "$.links[0].activity: unknown activity 'yoga'",
            (
                "$.links[0].categories: unknown category 'cooking' of framework "
                "'cambridge-english-trainer-framework'"
            ),
        ]
        with pytest.raises(tfw.InvalidInputError, match=r"\$\.links\[0\]\.reason: must not be empty"):
            tfw.ActivityMap.from_document(
                {"schema_version": 1, "links": [{"activity": "a", "categories": [], "reason": " "}]}
            )


P = tfw.profile_text(FW, FW.example("ayesha").text)


class TestPlan:
    def test_worked_example(self) -> None:
        plan = tfw.plan(P)
        assert [g.descriptor_id for g in plan.goals] == [
            "individuals.lead.1",
            "knowledge.lead.1",
            "training.lead.1",
        ]
        first = plan.goals[0]
        assert (first.scope_id, first.current, first.target) == ("individuals", "autonomous", "lead")
        assert [a.activity_id for a in first.activities] == ["team-teaching", "other-schools"]
        assert plan.levels == (1, 2, 4, 5)
        assert plan.warnings == ()
        assert [m.week for m in plan.timeline] == [0, 6, 12]
        assert "1. individuals.lead.1 (individuals: autonomous -> lead)" in str(plan)

    def test_levels_one_and_two_only_are_flagged(self) -> None:
        (warning,) = tfw.plan(P, levels=[2, 1]).warnings
        assert "Guskey levels 1-2" in warning
        assert "in particular assessing the impact of changes on student learning" in warning
        assert tfw.plan(P, levels=[1, 2, 3]).warnings == ()
        assert tfw.plan(P, levels=[5]).warnings == ()

    @given(evidences(FW))
    def test_goals_are_next_steps_never_met_one_per_scope_first(self, evidence: tfw.Evidence) -> None:
        p = tfw.profile(FW, evidence)
        plan = tfw.plan(p, goals=8)
        assert plan == tfw.plan(p, goals=8)  # deterministic
        rank = {s.id: i for i, s in enumerate(FW.stages)}
        scopes = [g.scope_id for g in plan.goals]
        priorities = p.priorities()
        assert len(plan.goals) == min(8, len(priorities))
        distinct = len({x.scope_id for x in priorities})
        assert len(set(scopes[:distinct])) == len(scopes[:distinct])  # every scope once before any twice
        for g in plan.goals:
            d = FW.descriptor(g.descriptor_id)
            current = p.stage_of(g.scope_id)
            assert d.stage.id == g.target
            assert current is None or rank[g.target] > rank[current.id]
            assert (p.credit(d.id) or 0.0) < 1.0
            links = tfw.ActivityMap.bundled().for_category(d.category_id)
            assert [a.activity_id for a in g.activities] == [x.activity_id for x in links[:2]]
        assert tfw.loads(tfw.dumps(plan), tfw.DevelopmentPlan) == plan

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"goals": -1}, "goals: must be a whole number of at least 0, not -1"),
            ({"weeks": 0}, "weeks: must be a whole number of at least 1, not 0"),
            ({"per_goal": True}, "per_goal: must be a whole number of at least 0, not True"),
            ({"levels": [0, 6]}, "levels: Guskey levels are 1 to 5, not 0"),
            ({"levels": []}, "levels: name at least one Guskey level (1 to 5)"),
        ],
    )
    def test_bad_options(self, kwargs: dict[str, object], message: str) -> None:
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.plan(P, **kwargs)  # type: ignore[arg-type]
        assert message in [str(p) for p in exc.value.problems]

    def test_not_a_profile(self) -> None:
        with pytest.raises(TypeError, match=r"^plan needs a Profile, not dict$"):
            tfw.plan({"observation.lead.1": "met"})  # type: ignore[arg-type]

    def test_custom_framework_needs_its_own_map(self) -> None:
        mini = tfw.Framework.from_document(
            {
                "schema_version": 1,
                "framework": {"id": "mini", "name": "Mini"},
                "stages": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                "categories": [{"id": "cat", "name": "Cat"}],
                "descriptors": [
                    {"id": "cat.a", "category": "cat", "stage": "a", "text": "Does a thing."},
                    {"id": "cat.b", "category": "cat", "stage": "b", "text": "Does it well."},
                ],
            }
        )
        p = tfw.profile(mini, {"cat.a": "met"})
        with pytest.raises(
            tfw.InvalidInputError, match=r"the bundled activity map is for .* framework 'mini'"
        ):
            tfw.plan(p)
        own = tfw.ActivityMap.from_document(
            {
                "schema_version": 1,
                "links": [{"activity": "mentoring", "categories": ["cat"], "reason": "Why."}],
            }
        )
        (goal,) = tfw.plan(p, activity_map=own).goals
        assert (goal.descriptor_id, [a.activity_id for a in goal.activities]) == ("cat.b", ["mentoring"])


class TestReview:
    def test_reached_moved_not_yet(self) -> None:
        plan = tfw.plan(P)
        a, b, c = (g.descriptor_id for g in plan.goals)
        more = tfw.Evidence.from_mapping({a: "met", b: "partly"}, source="observer")
        later = tfw.profile(FW, P.evidence | more, P.rules)  # the rules of the first round
        review = plan.review(later)
        assert (review.reached, review.moved, review.not_yet) == ((a,), (b,), (c,))
        assert str(review).startswith("Review: 1 reached, 1 moved, 1 not yet")
        assert tfw.loads(tfw.dumps(review), tfw.PlanReview) == review
        assert review.changes is None
        with_changes = plan.review(later, earlier=P)
        assert with_changes.changes == P.compare(later)
        moved = {c.id: (c.before, c.after) for c in with_changes.changes.categories if c.before != c.after}
        assert moved == {
            "individuals": (FW.stage("autonomous"), FW.stage("lead")),
            "knowledge": (FW.stage("autonomous"), FW.stage("lead")),
        }
        assert tfw.loads(tfw.dumps(with_changes), tfw.PlanReview) == with_changes

    def test_review_of_another_framework(self) -> None:
        other = attrs.evolve(FW, id="other")
        with pytest.raises(tfw.InvalidInputError, match="profile of framework 'other', not the plan's"):
            tfw.plan(P).review(tfw.profile(other, {}))
        with pytest.raises(TypeError, match="review needs a Profile"):
            tfw.plan(P).review(copy.copy(P.evidence))  # type: ignore[arg-type]


class TestOrganisationReview:
    """An organisation rates the CPD Quality Framework's statements (seed 003)."""

    REVIEW = tfw.OrganisationReview.from_mapping(
        {"3c": "not yet", "1a": "Embedded", "3b": "developing", "7e": "developing"}, organisation="Centre"
    )

    def test_ratings_in_framework_order_and_scale(self) -> None:
        assert [r.statement_id for r in self.REVIEW.ratings] == ["1a", "3b", "3c", "7e"]
        assert self.REVIEW.rating("3c") is tfw.Rating.NOT_YET
        assert self.REVIEW.rating("2a") is None
        assert [r.rank for r in tfw.Rating] == [0, 1, 2]

    def test_sections_and_priorities(self) -> None:
        third = self.REVIEW.sections()[2]
        assert (third.title, third.rated, third.statements, third.score) == (
            "Needs Analysis and Evaluation",
            2,
            7,
            0.25,
        )
        assert (third.strengths, third.priorities) == ((), ("3c", "3b"))
        assert self.REVIEW.sections()[0].strengths == ("1a",)
        assert self.REVIEW.sections()[1].score is None
        assert self.REVIEW.priorities() == ("3c", "3b", "7e")
        assert self.REVIEW.priorities(limit=1) == ("3c",)
        assert str(self.REVIEW).startswith(
            "CPD review of Centre: 4 statements rated\n  1. (untitled in the seed)"
        )

    def test_compare(self) -> None:
        later = tfw.OrganisationReview.from_mapping({"1a": "developing", "3c": "embedded", "4d": "not_yet"})
        assert [(c.statement_id, c.direction) for c in self.REVIEW.compare(later)] == [
            ("1a", "down"),
            ("3b", "dropped"),
            ("3c", "up"),
            ("4d", "added"),
            ("7e", "dropped"),
        ]

    def test_every_problem_is_named(self, tmp_path: Path) -> None:
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.OrganisationReview.from_mapping({"9z": "embedded", "1a": "great"})
        assert [str(p) for p in exc.value.problems] == [
            "9z: unknown statement '9z' (known: 1a ... 7e)",
            "1a: invalid rating 'great': expected one of 'not_yet', 'developing', 'embedded'",
        ]
        path = tmp_path / "review.csv"
        path.write_text(
            "statement,rating,colour\n1a,great,red\n9z,embedded,\n1a,embedded,\n", encoding="utf-8"
        )
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.OrganisationReview.read(path)
        assert [str(p) for p in exc.value.problems] == [
            f"{path}:1: unknown column 'colour' (allowed: statement, rating, note, evidence)",
            f"{path}:2: invalid rating 'great': expected one of 'not_yet', 'developing', 'embedded'",
            f"{path}:3: unknown statement '9z' (known: 1a ... 7e)",
            f"{path}:4: statement '1a' is rated twice (first at {path}:2)",
        ]
        with pytest.raises(TypeError, match="ratings must be StatementRatings"):
            tfw.OrganisationReview(organisation="x", ratings={"1a": "embedded"})  # type: ignore[arg-type]

    def test_read_csv_with_excel_bom_and_json(self, tmp_path: Path) -> None:
        path = tmp_path / "review.csv"
        path.write_bytes('\ufeffstatement,rating,note\r\n1a,embedded,"leaders join, weekly"\r\n'.encode())
        review = tfw.OrganisationReview.read(path, organisation="C")
        assert (review.ratings[0].rating, review.ratings[0].note) == (
            tfw.Rating.EMBEDDED,
            "leaders join, weekly",
        )
        doc = tmp_path / "review.json"
        doc.write_text(json.dumps([{"statement": "3c", "rating": "developing", "evidence": "minutes"}]))
        assert tfw.OrganisationReview.read(doc).ratings[0].evidence == "minutes"
        assert tfw.loads(tfw.dumps(review), tfw.OrganisationReview) == review

    def test_programme_for_a_cohort(self) -> None:
        cohort = tfw.Cohort.synthetic(40, seed=2)
        items = tfw.programme(cohort, limit=3)
        assert [(i.descriptor_id, i.trainers) for i in items] == [
            (d, n) for d, n in cohort.common_priorities(limit=3)
        ]
        for item in items:
            category = FW.descriptor(item.descriptor_id).category_id
            assert item.activity_ids == tuple(
                x.activity_id for x in tfw.ActivityMap.bundled().for_category(category)
            )


def test_a_rating_is_read_from_its_value_only() -> None:
    """Found by the CI fuzz profile: loads('""', Rating) returned a plain str."""
    for data in ("", "Embedded", 3):
        doc = json.dumps({"schema_version": 1, "type": "Rating", "data": data})
        with pytest.raises(tfw.SerializationError):
            tfw.loads(doc, tfw.Rating)
    assert tfw.loads(tfw.dumps(tfw.Rating.EMBEDDED), tfw.Rating) is tfw.Rating.EMBEDDED
