"""A framework of one's own, with four stages and two categories, through every feature (issue 14).

Nothing may assume the Trainer Framework's three stages or five categories.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import trainerframework as tfw
from trainerframework._cli import main

from .conftest import ROOT
from .test_case import without_extensions

EXAMPLE = ROOT / "examples" / "mentoring-framework.toml"
MAP = ROOT / "examples" / "mentoring-activity-map.json"
FW = tfw.load_framework(EXAMPLE)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--framework", str(EXAMPLE), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_shape() -> None:
    assert [s.id for s in FW.stages] == ["novice", "developing", "proficient", "expert"]
    assert [c.id for c in FW.categories] == ["relationship", "practice"]
    assert len(FW.strands) == 3


def test_profile_and_priorities() -> None:
    p = tfw.profile(FW, {"relationship.novice.1": "met", "relationship.developing.1": "met"})
    assert p.category_stage("relationship") == FW.stage("developing")
    assert p.priorities(limit=1)[0].descriptor.id == "relationship.proficient.1"


def test_matching_and_narratives() -> None:
    (best,) = tfw.match(FW, "I coach other mentors in giving developmental feedback", limit=1)
    assert best.descriptor.id == "practice.feedback.expert.1"
    sam = tfw.profile_text(FW, FW.example("sam").text)
    assert sam.category_stage("relationship") == FW.stage("developing")


def test_cohorts_frames_and_progress() -> None:
    cohort = tfw.Cohort.synthetic(30, fw=FW, seed=2)
    dist = cohort.stage_distribution()
    assert list(dist["relationship"]) == [
        "novice",
        "developing",
        "proficient",
        "expert",
        "not_attained",
        "not_enough_evidence",
    ]
    assert sum(dist["practice"].values()) == 30
    assert cohort.progress(cohort).moves_of("practice").same == 30
    pd = pytest.importorskip("pandas")
    frame = cohort.to_pandas("category")
    assert list(frame["stage"].cat.categories)[:4] == [s.name for s in FW.stages]
    assert isinstance(frame, pd.DataFrame)


def test_case_and_serialization() -> None:
    assert tfw.from_case(tfw.to_case(FW)) == FW
    assert tfw.from_case(without_extensions(tfw.to_case(FW))) == FW  # through a CASE 1.0 registry
    assert tfw.loads(tfw.dumps(FW), tfw.Framework) == FW
    p = tfw.profile(FW, {"practice.feedback.novice.1": "met"})
    assert tfw.loads(tfw.dumps(p), tfw.Profile, fw=FW) == p


def test_plan_with_its_own_map() -> None:
    p = tfw.profile(FW, {"relationship.novice.1": "met"})
    plan = tfw.plan(p, activity_map=tfw.ActivityMap.load(MAP))
    assert plan.goals[0].descriptor_id == "relationship.developing.1"
    assert [a.activity_id for a in plan.goals[0].activities] == ["mentoring", "training-courses"]


def test_command_line(tmp_path: Path) -> None:
    narrative = tmp_path / "sam.txt"
    narrative.write_text(FW.example("sam").text, encoding="utf-8")
    assert run()[1].startswith("School Mentoring Framework (example)\n4 stages, 2 categories")
    code, out, _ = run("profile", str(narrative))
    assert code == 0
    assert "relationship: Developing mentor" in out
    code, out, _ = run("plan", str(narrative), "--activity-map", str(MAP), "--json")
    assert code == 0
    assert json.loads(out)["framework_id"] == "school-mentoring"
    code, out, _ = run("export", "--format", "case")
    assert tfw.from_case(json.loads(out)) == FW
    cohort = tmp_path / "c.csv"
    cohort.write_text("trainer,descriptor,judgement\na,relationship.novice.1,met\n", encoding="utf-8")
    code, out, _ = run("cohort", str(cohort))
    assert code == 0
    assert "Expert mentor" in out.splitlines()[2]
