"""Development planning: from a profile to a plan, its activities, its evaluation and its review.

:func:`plan` turns a :class:`~trainerframework.Profile` into a
:class:`DevelopmentPlan`: goals (next-stage descriptors, from
:meth:`Profile.priorities`), suggested activities for each goal with the reason
(from an :class:`~trainerframework.ActivityMap` over the seed 002 activities),
the evidence to collect, a timeline, and an evaluation section naming the
Guskey levels it covers (seed 002). Where a component or category has no
evidence yet, the plan asks for evidence there instead of setting a goal.
:meth:`DevelopmentPlan.review` reads a later profile against the plan.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs

from .._profiling._profile import Profile
from .._profiling._results import Comparison, Priority
from ..exceptions import InvalidInputError, Problem
from ._development import ActivityLink, ActivityMap, Catalogue, ExperienceBand, load_catalogue

__all__ = [
    "DevelopmentPlan",
    "EvaluationStep",
    "EvidenceStep",
    "GoalReview",
    "Milestone",
    "PlanGoal",
    "PlanReview",
    "SuggestedActivity",
    "plan",
]

DEFAULT_LEVELS = (1, 2, 3, 4, 5)
"""Guskey levels a plan evaluates at by default: all five, since each builds on the ones before."""

DEFAULT_GOALS = 2
"""Goals in a plan by default: few, so that each gets sustained work."""

DEFAULT_WEEKS = 24
"""Weeks a plan runs by default."""

SUSTAINED_WEEKS_PER_GOAL = 8
"""Fewer weeks per goal than this and the plan carries a warning that it attempts too much."""

CHECK_IN_WEEKS = 6
"""Weeks between check-ins on the timeline."""

# Quotations from seed 002 (7.1 Planning and evaluating professional development), verbatim;
# tests/test_planning.py checks each against the seed.
QUOTE_IMPACT = (
    "Too often important parts of this process are missed out, in particular assessing the impact "
    "of changes on student learning"
)
QUOTE_GUSKEY = (
    "each higher level builds on the ones before [such that] success at one level is necessary for "
    "success at the levels that follow"
)
QUOTE_TOO_MUCH = (
    "Too often professional development activities in schools are superficial because too much is attempted"
)
QUOTE_SUSTAINED = (
    "There need to be repeated and sustained opportunities to embed any new learning in an environment "
    "of trust and challenge."
)

IMPACT_WARNING = (
    "This plan evaluates only participants' reactions and learning (Guskey levels 1-2). The guidance on "
    f"planning professional development warns: \u201c{QUOTE_IMPACT}\u201d. Add level 4 (use of new "
    "knowledge and skills) or 5 (outcomes)."
)


def _level_gap_warning(chosen: Sequence[int]) -> str | None:
    """A warning when the levels skip one below the highest, quoting Guskey; None when none is skipped."""
    top = max(chosen)
    skipped = [lv for lv in range(1, top) if lv not in chosen]
    if not skipped:
        return None
    names = _words_list([str(lv) for lv in skipped])
    level_s = "level" if len(skipped) == 1 else "levels"
    return (
        f"This plan evaluates at Guskey level {top} but not at {level_s} {names} below it. Guskey: "
        f"\u201c{QUOTE_GUSKEY}\u201d. Add {level_s} {names}, or stop at a lower level."
    )


def _size_warning(goals: int, weeks: int) -> str | None:
    """A warning when the plan gives its goals less than sustained time; None otherwise."""
    if goals == 0 or weeks >= goals * SUSTAINED_WEEKS_PER_GOAL:
        return None
    return (
        f"{_plural(goals, 'goal')} in {_plural(weeks, 'week')} leaves under {SUSTAINED_WEEKS_PER_GOAL} weeks "
        f"for each. The guidance on planning professional development warns: \u201c{QUOTE_TOO_MUCH}\u201d. "
        f"Choose fewer goals or more weeks (at least {goals * SUSTAINED_WEEKS_PER_GOAL})."
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _words_list(items: Sequence[str]) -> str:
    """``1``, ``1 and 2``, ``1, 2 and 3``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


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
    scope_name: str = ""
    """The component's or category's name."""
    current_name: str | None = None
    """The name of the scope's stage when the plan was made (None: no stage yet)."""
    target_name: str = ""
    """The target stage's name."""


@attrs.frozen(kw_only=True)
class EvidenceStep:
    """A component or category with no evidence yet: judge its descriptors before setting a goal there."""

    scope_id: str
    """The component or category."""
    scope_name: str
    """Its name."""
    category_id: str
    """The category it belongs to."""
    descriptor_ids: tuple[str, ...]
    """The descriptors to judge (every stage's, so the profile can place the trainer)."""


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
    collect: tuple[EvidenceStep, ...] = ()
    """Components and categories with no evidence yet: judge them first (no goal is set there)."""
    experience: ExperienceBand | None = None
    """The trainer's experience band the activities were chosen for (None: the map has no bands)."""

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
        weeks = self.timeline[-1].week if self.timeline else 0
        head = f"Development plan: {_plural(len(self.goals), 'goal')} over {_plural(weeks, 'week')}"
        lines = [head]
        if self.experience is not None:
            lines.append(f"Activities are chosen for this trainer's experience: {self.experience.name}.")
        for n, g in enumerate(self.goals, start=1):
            scope = g.scope_name or g.scope_id
            target = g.target_name or g.target
            now = g.current_name or g.current or "no stage yet"
            lines += ["", f"Goal {n}: {target} in {scope} (now: {now})", f"  {g.text} ({g.descriptor_id})"]
            if g.activities:
                lines.append("  Suggested activities:")
                lines += [f"  - {a.name[:1].upper()}{a.name[1:]}: {a.reason}" for a in g.activities]
            lines.append("  Evidence of progress: your own judgement of this statement and an observer's")
        if self.collect:
            lines += ["", "Collect evidence first (nothing has been judged here yet, so no goal is set):"]
            lines += [
                f"- {c.scope_name}: judge its {_plural(len(c.descriptor_ids), 'statement')} "
                f"({c.descriptor_ids[0]} to {c.descriptor_ids[-1]})"
                if len(c.descriptor_ids) > 1
                else f"- {c.scope_name}: judge its statement ({c.descriptor_ids[0]})"
                for c in self.collect
            ]
        lines += ["", "How the plan will be evaluated (Guskey's levels):"]
        lines += [f"  {s.level}. {s.name}" for s in self.evaluation]
        lines += ["", "Timeline:"]
        lines += [f"  week {m.week}: {m.what}" for m in self.timeline]
        if self.warnings:
            lines.append("")
            lines += [f"Warning: {w}" for w in self.warnings]
        return "\n".join(lines)


def plan(
    profile: Profile,
    *,
    goals: int = DEFAULT_GOALS,
    per_goal: int = 2,
    levels: Sequence[int] = DEFAULT_LEVELS,
    weeks: int = DEFAULT_WEEKS,
    catalogue: Catalogue | None = None,
    activity_map: ActivityMap | None = None,
) -> DevelopmentPlan:
    """A development plan from a profile.

    Goals are the profile's :meth:`~trainerframework.Profile.priorities` in
    components and categories that have evidence, most attainable first, at
    most one per component or category until every scope has one. A component
    or category with no evidence gets a "collect evidence" step
    (:attr:`DevelopmentPlan.collect`) instead of a first-stage goal.

    Each goal gets up to ``per_goal`` activities that the ``activity_map``
    links to its category, the trainer's experience (their most common
    category stage, read through the map's experience bands) and the goal's
    target stage, with the map's reason; activities not yet suggested for an
    earlier goal come first.

    The plan is sized for sustained work: by default 2 goals over 24 weeks,
    with check-ins every 6 weeks; fewer than 8 weeks per goal carries a
    warning. The evaluation covers the Guskey ``levels`` (default all five);
    levels that skip one below the highest, or stop at levels 1-2, carry a
    warning.

    Raises:
        TypeError: ``profile`` is not a Profile, or a count is not an int.
        InvalidInputError: a count is out of range, a level is not 1 to 5,
            or the activity map names activities, categories or stages the
            catalogue or the profile's framework does not have (pass your own
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
    common = profile.most_common_stage()
    band = activity_map.band(common.id if common is not None else None)
    chosen_goals = _goals(profile, goals, per_goal, catalogue, activity_map, band)
    collect = _collect(profile)
    warnings = [
        w
        for w in (
            IMPACT_WARNING if max(chosen) <= 2 else None,
            _level_gap_warning(chosen),
            _size_warning(len(chosen_goals), weeks),
        )
        if w is not None
    ]
    return DevelopmentPlan(
        framework_id=fw.id,
        goals=tuple(chosen_goals),
        evaluation=tuple(
            EvaluationStep(level=lv.level, name=lv.name, questions=lv.questions, gathered=lv.gathered)
            for lv in map(catalogue.level, chosen)
        ),
        timeline=_timeline(weeks, collect),
        warnings=tuple(warnings),
        collect=collect,
        experience=band,
    )


def _timeline(weeks: int, collect: Sequence[EvidenceStep]) -> tuple[Milestone, ...]:
    """Agree, check in every few weeks, collect evidence half way, review at the end."""
    start = "agree the goals and the activities; record the current evidence"
    if collect:
        start += "; collect evidence where there is none yet"
    middle = max(1, math.ceil(weeks / 2))
    points = {0: start, weeks: "profile the new evidence and review the plan against it"}
    if middle < weeks:
        points[middle] = "collect evidence on every goal: your own judgement and an observer's"
    for week in range(CHECK_IN_WEEKS, weeks, CHECK_IN_WEEKS):
        points.setdefault(week, "check in: try the new practice again and note what changed")
    return tuple(Milestone(week=w, what=points[w]) for w in sorted(points))


def _collect(profile: Profile) -> tuple[EvidenceStep, ...]:
    """A step per component or category with no evidence yet, in framework order."""
    fw = profile.framework
    seen: dict[str, EvidenceStep] = {}
    for p in profile.priorities():
        if p.assessed or p.scope_id in seen:
            continue
        descriptors = fw.scope(p.scope_id)
        category = fw.category(p.descriptor.category_id)
        if p.scope_id == category.id:
            name = category.name if not category.components else f"{category.name} (overview)"
        else:
            name = fw.component(p.scope_id).name
        seen[p.scope_id] = EvidenceStep(
            scope_id=p.scope_id,
            scope_name=name,
            category_id=category.id,
            descriptor_ids=tuple(d.id for d in descriptors),
        )
    order = {d.id: i for i, d in enumerate(fw.descriptors)}
    return tuple(sorted(seen.values(), key=lambda step: order[step.descriptor_ids[0]]))


def _goals(  # noqa: PLR0917 - private helper, called once
    profile: Profile,
    limit: int,
    per_goal: int,
    catalogue: Catalogue,
    activity_map: ActivityMap,
    band: ExperienceBand | None,
) -> list[PlanGoal]:
    """The first ``limit`` priorities with evidence in their scope, one per scope before any gets a second."""
    fw = profile.framework
    first_round: list[Priority] = []
    later: list[Priority] = []
    seen: set[str] = set()
    for p in profile.priorities():
        if not p.assessed:
            continue
        (later if p.scope_id in seen else first_round).append(p)
        seen.add(p.scope_id)
    goals = []
    suggested: set[str] = set()
    band_id = band.id if band is not None else None
    for p in (first_round + later)[:limit]:
        d = p.descriptor
        links = activity_map.for_goal(d.category_id, p.target.id, band_id)
        fresh = [link for link in links if link.activity_id not in suggested]
        again = [link for link in links if link.activity_id in suggested]
        picked: list[ActivityLink] = []
        for link in fresh + again:
            if len(picked) < per_goal and all(x.activity_id != link.activity_id for x in picked):
                picked.append(link)
        suggested.update(link.activity_id for link in picked)
        scope_name = fw.component(p.scope_id).name if p.level == "component" else fw.category(p.scope_id).name
        goals.append(
            PlanGoal(
                descriptor_id=d.id,
                text=d.text,
                scope_id=p.scope_id,
                category_id=d.category_id,
                current=p.current.id if p.current is not None else None,
                target=p.target.id,
                credit=p.credit,
                activities=tuple(
                    SuggestedActivity(
                        activity_id=link.activity_id,
                        name=catalogue.activity(link.activity_id).name,
                        reason=link.reason,
                    )
                    for link in picked
                ),
                evidence=(f"a self-assessment of {d.id}", f"an observer's judgement of {d.id}"),
                scope_name=scope_name,
                current_name=p.current.name if p.current is not None else None,
                target_name=p.target.name,
            )
        )
    return goals
