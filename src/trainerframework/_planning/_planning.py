"""Development planning: from a profile to a plan, its activities, its evaluation and its review.

:func:`plan` turns a :class:`~trainerframework.Profile` into a
:class:`DevelopmentPlan`: goals (next-stage descriptors, from
:meth:`Profile.priorities`), suggested activities for each goal with the reason
(from an :class:`~trainerframework.ActivityMap` over the seed 002 activities),
the evidence to collect, a timeline, and an evaluation section naming the
Guskey levels it covers (seed 002). :meth:`DevelopmentPlan.review` reads a later
profile against the plan.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs

from .._profiling._profile import Profile
from .._profiling._results import Comparison, Priority
from ..exceptions import InvalidInputError, Problem
from ._development import ActivityMap, Catalogue, load_catalogue

__all__ = [
    "DevelopmentPlan",
    "EvaluationStep",
    "GoalReview",
    "Milestone",
    "PlanGoal",
    "PlanReview",
    "SuggestedActivity",
    "plan",
]

DEFAULT_LEVELS = (1, 2, 4, 5)
"""Guskey levels a plan evaluates at by default: reactions, learning, use, and outcomes for learners."""

IMPACT_WARNING = (
    "This plan evaluates only participants' reactions and learning (Guskey levels 1-2). Seed 002: "
    "\u201cToo often important parts of this process are missed out, in particular assessing the impact "
    "of changes on student learning\u201d. Add level 4 (use of new knowledge and skills) or 5 (outcomes)."
)


@attrs.frozen(kw_only=True)
class SuggestedActivity:
    """An activity suggested for a goal, and why."""

    activity_id: str
    """Id of the catalogue's :class:`~trainerframework.Activity`."""
    name: str
    """The activity's name."""
    reason: str
    """Why it serves the goal (the activity map's reason)."""


@attrs.frozen(kw_only=True)
class PlanGoal:
    """A development goal: a descriptor of the next stage up in one component or category."""

    descriptor_id: str
    """The descriptor to reach."""
    text: str
    """The descriptor's text: what reaching the goal looks like."""
    scope_id: str
    """The component or category the goal lifts."""
    category_id: str
    """The category it belongs to."""
    current: str | None
    """Id of the scope's stage when the plan was made (None: no stage yet)."""
    target: str
    """Id of the stage the goal belongs to."""
    credit: float | None
    """The descriptor's credit when the plan was made (None: no evidence)."""
    activities: tuple[SuggestedActivity, ...] = ()
    """Suggested activities, in the activity map's order."""
    evidence: tuple[str, ...] = ()
    """The judgements to collect to show the goal is reached (the evaluation says how to gather them)."""


@attrs.frozen(kw_only=True)
class EvaluationStep:
    """A Guskey level the plan evaluates at, with the seed's questions and ways of gathering information."""

    level: int
    """1 to 5."""
    name: str
    """The level's name."""
    questions: tuple[str, ...]
    """What questions are addressed (seed 002)."""
    gathered: tuple[str, ...]
    """How information will be gathered (seed 002)."""


@attrs.frozen(kw_only=True)
class Milestone:
    """A point on the plan's timeline."""

    week: int
    """Weeks from the start."""
    what: str
    """What happens then."""


@attrs.frozen(kw_only=True)
class GoalReview:
    """What a later profile says about one goal."""

    descriptor_id: str
    """The goal's descriptor."""
    status: str
    """``"reached"`` (the descriptor is met), ``"moved"`` (more credit, or the scope rose a stage)
    or ``"not yet"``."""
    before: float | None
    """Credit when the plan was made."""
    after: float | None
    """Credit in the later profile."""
    stage_before: str | None
    """The scope's stage when the plan was made."""
    stage_after: str | None
    """The scope's stage in the later profile."""


@attrs.frozen(kw_only=True)
class PlanReview:
    """A plan read against a later profile: which goals were reached, which moved, which did not."""

    framework_id: str
    """The framework both profiles were made against."""
    goals: tuple[GoalReview, ...]
    """One review per goal, in the plan's order."""
    changes: Comparison | None = None
    """Every category's and component's stage change (``Profile.compare``), given the earlier profile."""

    @property
    def reached(self) -> tuple[str, ...]:
        """Descriptor ids of the goals reached."""
        return tuple(g.descriptor_id for g in self.goals if g.status == "reached")

    @property
    def moved(self) -> tuple[str, ...]:
        """Descriptor ids of the goals that moved without being reached."""
        return tuple(g.descriptor_id for g in self.goals if g.status == "moved")

    @property
    def not_yet(self) -> tuple[str, ...]:
        """Descriptor ids of the goals with no movement."""
        return tuple(g.descriptor_id for g in self.goals if g.status == "not yet")

    def __str__(self) -> str:
        lines = [f"Review: {len(self.reached)} reached, {len(self.moved)} moved, {len(self.not_yet)} not yet"]
        for g in self.goals:
            before = "no evidence" if g.before is None else f"{g.before:.2f}"
            after = "no evidence" if g.after is None else f"{g.after:.2f}"
            lines.append(f"  {g.status:8s} {g.descriptor_id} (credit {before} -> {after})")
        return "\n".join(lines)


@attrs.frozen(kw_only=True)
class DevelopmentPlan:
    """A development plan made from a profile (see :func:`plan`)."""

    framework_id: str
    """The framework the profile was made against."""
    goals: tuple[PlanGoal, ...]
    """The goals, most attainable first."""
    evaluation: tuple[EvaluationStep, ...]
    """How the plan will be evaluated: the Guskey levels it covers."""
    timeline: tuple[Milestone, ...]
    """When goals are agreed, evidence collected and the plan reviewed."""
    warnings: tuple[str, ...] = ()
    """What the plan leaves out that it should not (for example impact beyond levels 1-2)."""

    @property
    def levels(self) -> tuple[int, ...]:
        """The Guskey levels covered."""
        return tuple(step.level for step in self.evaluation)

    def review(self, later: Profile, earlier: Profile | None = None) -> PlanReview:
        """Read a later profile (a second round of evidence) against the plan's goals.

        With the ``earlier`` profile the plan was made from, the review also
        carries ``earlier.compare(later)``: every category's and component's
        stage change, not only the goals'.
        """
        if not isinstance(later, Profile):
            msg = f"review needs a Profile, not {type(later).__name__}"
            raise TypeError(msg)
        if later.framework.id != self.framework_id:
            problem = Problem(
                "later", f"profile of framework {later.framework.id!r}, not the plan's {self.framework_id!r}"
            )
            raise InvalidInputError([problem], "plan review")
        rank = {s.id: i for i, s in enumerate(later.framework.stages)}
        reviews = []
        for g in self.goals:
            after = later.credit(g.descriptor_id)
            stage = later.stage_of(g.scope_id)
            stage_after = stage.id if stage is not None else None
            before_rank = rank.get(g.current, -1) if g.current is not None else -1
            after_rank = rank[stage_after] if stage_after is not None else -1
            if after is not None and after >= 1.0 - 1e-9:
                status = "reached"
            elif (after or 0.0) > (g.credit or 0.0) + 1e-9 or after_rank > before_rank:
                status = "moved"
            else:
                status = "not yet"
            reviews.append(
                GoalReview(
                    descriptor_id=g.descriptor_id,
                    status=status,
                    before=g.credit,
                    after=after,
                    stage_before=g.current,
                    stage_after=stage_after,
                )
            )
        changes = None
        if earlier is not None:
            if not isinstance(earlier, Profile):
                msg = f"earlier must be a Profile, not {type(earlier).__name__}"
                raise TypeError(msg)
            changes = earlier.compare(later)
        return PlanReview(framework_id=self.framework_id, goals=tuple(reviews), changes=changes)

    def __str__(self) -> str:
        lines = [f"Development plan ({len(self.goals)} goals)"]
        for n, g in enumerate(self.goals, start=1):
            current = g.current or "no stage yet"
            lines.append(f"{n}. {g.descriptor_id} ({g.scope_id}: {current} -> {g.target})")
            lines.append(f"   {g.text}")
            lines += [f"   - {a.name}: {a.reason}" for a in g.activities]
            lines += [f"   evidence: {e}" for e in g.evidence]
        lines.append(
            "Evaluation (Guskey levels): " + ", ".join(f"{s.level} {s.name}" for s in self.evaluation)
        )
        lines += [f"week {m.week}: {m.what}" for m in self.timeline]
        lines += [f"warning: {w}" for w in self.warnings]
        return "\n".join(lines)


def plan(
    profile: Profile,
    *,
    goals: int = 3,
    per_goal: int = 2,
    levels: Sequence[int] = DEFAULT_LEVELS,
    weeks: int = 12,
    catalogue: Catalogue | None = None,
    activity_map: ActivityMap | None = None,
) -> DevelopmentPlan:
    """A development plan from a profile.

    Goals are the profile's :meth:`~trainerframework.Profile.priorities`,
    most attainable first, at most one per component or category until every
    scope has one (so a plan spreads over the profile's next steps). Each goal
    gets up to ``per_goal`` activities that the ``activity_map`` links to its
    category, with the map's reason. The evaluation covers the Guskey
    ``levels`` (default 1, 2, 4, 5); a plan that stops at levels 1-2 carries a
    warning. The timeline runs over ``weeks``.

    Raises:
        TypeError: ``profile`` is not a Profile, or a count is not an int.
        InvalidInputError: a count is out of range, a level is not 1 to 5,
            or the activity map names activities or categories the catalogue
            or the profile's framework does not have (pass your own
            ``activity_map`` for a framework of your own).

    """
    if not isinstance(profile, Profile):
        msg = f"plan needs a Profile, not {type(profile).__name__}"
        raise TypeError(msg)
    catalogue = catalogue if catalogue is not None else load_catalogue()
    if activity_map is None:
        from .._model._framework import load_framework  # noqa: PLC0415

        bundled = load_framework()
        if profile.framework.id != bundled.id:
            message = (
                f"the bundled activity map is for {bundled.name!r}; pass activity_map= (command line: "
                f"--activity-map FILE) for framework {profile.framework.id!r}"
            )
            raise InvalidInputError([Problem("activity_map", message)], "plan")
        activity_map = ActivityMap.bundled()
    problems = [
        Problem(name, f"must be a whole number of at least {low}, not {value!r}")
        for name, value, low in (("goals", goals, 0), ("per_goal", per_goal, 0), ("weeks", weeks, 1))
        if isinstance(value, bool) or not isinstance(value, int) or value < low
    ]
    chosen = sorted(set(levels)) if not isinstance(levels, str | bytes) else []
    problems += [
        Problem("levels", f"Guskey levels are 1 to 5, not {lv!r}")
        for lv in chosen
        if isinstance(lv, bool) or not isinstance(lv, int) or not 1 <= lv <= 5
    ]
    if not chosen:
        problems.append(Problem("levels", "name at least one Guskey level (1 to 5)"))
    if problems:
        raise InvalidInputError(problems, "plan")
    fw = profile.framework
    activity_map.check(fw, catalogue)
    return DevelopmentPlan(
        framework_id=fw.id,
        goals=tuple(_goals(profile, goals, per_goal, catalogue, activity_map, chosen)),
        evaluation=tuple(
            EvaluationStep(level=lv.level, name=lv.name, questions=lv.questions, gathered=lv.gathered)
            for lv in map(catalogue.level, chosen)
        ),
        timeline=(
            Milestone(week=0, what="agree the goals and the activities; record the current evidence"),
            Milestone(
                week=max(1, math.ceil(weeks / 2)),
                what="collect evidence on every goal (self-assessment and an observer's judgement)",
            ),
            Milestone(
                week=weeks, what="profile the new evidence and review the plan (DevelopmentPlan.review)"
            ),
        ),
        warnings=(IMPACT_WARNING,) if max(chosen) <= 2 else (),
    )


def _goals(  # noqa: PLR0917 - private helper, called once
    profile: Profile,
    limit: int,
    per_goal: int,
    catalogue: Catalogue,
    activity_map: ActivityMap,
    levels: list[int],
) -> list[PlanGoal]:
    """The first ``limit`` priorities, one per scope before any scope gets a second."""
    priorities = profile.priorities()
    first_round: list[Priority] = []
    later: list[Priority] = []
    seen: set[str] = set()
    for p in priorities:
        (later if p.scope_id in seen else first_round).append(p)
        seen.add(p.scope_id)
    goals = []
    for p in (first_round + later)[:limit]:
        d = p.descriptor
        suggestions = tuple(
            SuggestedActivity(
                activity_id=link.activity_id,
                name=catalogue.activity(link.activity_id).name,
                reason=link.reason,
            )
            for link in activity_map.for_category(d.category_id)[:per_goal]
        )
        goals.append(
            PlanGoal(
                descriptor_id=d.id,
                text=d.text,
                scope_id=p.scope_id,
                category_id=d.category_id,
                current=p.current.id if p.current is not None else None,
                target=p.target.id,
                credit=p.credit,
                activities=suggestions,
                evidence=(f"a self-assessment of {d.id}", f"an observer's judgement of {d.id}"),
            )
        )
    return goals
