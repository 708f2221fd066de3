"""Profiles: from judgements about descriptors to a stage per component and category.

Mixed stages are the normal result: each component and each category gets
its own stage (or ``None`` where the evidence is not enough), and there is no
forced overall stage. Everything a profile says can be explained: which
descriptors were met at each stage and which rule decided.
"""

from __future__ import annotations

import contextvars
import heapq
import operator
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .._base._display import html
from .._base._documents import strict_record
from .._matching._reading import SentenceReading
from .._model._framework import Framework, id_of
from .._model._records import Category, Component, Descriptor, Stage
from ..exceptions import TrainerFrameworkError, UnknownIdError
from ._evidence import ROW_CONFIDENCE, ROW_ID, ROW_JUDGEMENT, Evidence, EvidenceItem, Judgement
from ._index import (
    EPS,
    NO_STAGE_INDEX,
    CompiledIndex,
    combined_credits,
    compiled_index,
    overview_or_mean_components,
    scope_states,
    stage_reached,
)
from ._results import (
    STATUS_TEXT,
    Change,
    Comparison,
    DescriptorState,
    Explanation,
    Gap,
    Level,
    Priority,
    ScopeResult,
    StageScore,
    Status,
)
from ._rules import Aggregation, Progression, Rules

if TYPE_CHECKING:
    from cattrs import BaseConverter


__all__ = ["DEFAULT_RULES", "FRAMEWORK_FOR_LOADS", "Profile", "ProfileDoc", "ResultsDoc", "profile"]

DEFAULT_RULES = Rules()


# -- the profile ----------------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False, eq=True)
class Profile:
    """Where a trainer stands: a stage (or None) per component and per category.

    Build one with :func:`profile`. Stages differ between categories and
    components as a matter of course; there is no overall stage, only the
    explicitly derived :meth:`most_common_stage`.
    """

    framework: Framework = attrs.field(eq=False)
    """The framework profiled against."""
    evidence: Evidence
    """The evidence given."""
    rules: Rules
    """The rules applied."""
    warnings: tuple[str, ...] = attrs.field(init=False)
    """Evidence the profile could not use: judgements of descriptors the framework
    does not have (:func:`profile` raises for them unless ``on_unknown="warn"``)."""
    sentences: tuple[SentenceReading, ...] = ()
    """For a profile from :func:`profile_text`: every sentence of the narrative,
    its best match and confidence, and what was credited from it (empty
    otherwise)."""
    _framework_id: str = attrs.field(init=False, repr=False)
    _credit_cache: dict[str, float] | None = attrs.field(init=False, eq=False, hash=False, repr=False)
    """The combined credit per descriptor: built when first read (see :attr:`_credits`), so a
    cohort of profiles that are only counted keeps none."""
    _scope_scores: tuple[tuple[float | None, ...], ...] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )
    _judged: tuple[int, ...] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _scope_stage: tuple[int, ...] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _category_stage: tuple[int, ...] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _category_scores: tuple[tuple[float | None, ...], ...] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )
    _codes: tuple[int, ...] = attrs.field(init=False, eq=False, hash=False, repr=False)
    """Stage codes, each category then each component: the stage index, or
    :data:`_NOT_ATTAINED` or :data:`_NOT_ENOUGH`; what cohorts read column by column."""
    _scope_judged: tuple[int, ...] = attrs.field(init=False, eq=False, hash=False, repr=False)
    """Judged descriptors, each category then each component (the order of :attr:`_codes`)."""

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.framework, Framework):
            msg = f"expected a Framework, not {type(self.framework).__name__}"
            raise TypeError(msg)
        if not isinstance(self.evidence, Evidence):
            msg = f"evidence must be an Evidence object, not {type(self.evidence).__name__}"
            raise TypeError(msg)
        if not isinstance(self.rules, Rules):
            msg = f"rules must be a Rules object, not {type(self.rules).__name__}"
            raise TypeError(msg)
        _compute(self)

    @property
    def _credits(self) -> dict[str, float]:
        """Combined credit per descriptor id (descriptors without weighted evidence are absent)."""
        found = self._credit_cache
        if found is None:
            found = self._credits_once()
            object.__setattr__(self, "_credit_cache", found)
        return found

    def _credits_once(self) -> dict[str, float]:
        """:attr:`_credits`, without keeping them (what a cohort reads of each of its profiles)."""
        found = self._credit_cache
        return (
            found
            if found is not None
            else _credit_map(compiled_index(self.framework), self.evidence, self.rules)[0]
        )

    # -- stages ------------------------------------------------------------------------

    def _stage(self, index: int) -> Stage | None:
        return None if index < 0 else self.framework.stages[index]

    def category_stage(self, category_id: str | Category) -> Stage | None:
        """The category's stage (by id or the Category), or None without enough evidence."""
        cat = self.framework.category(id_of(category_id))
        return self._stage(self._category_stage[self.framework.categories.index(cat)])

    def component_stage(self, component_id: str | Component) -> Stage | None:
        """The component's stage (by id or the Component), or None without enough evidence."""
        component_id = id_of(component_id)
        self.framework.component(component_id)
        comp = compiled_index(self.framework)
        return self._stage(self._scope_stage[comp.scope_ids.index(component_id)])

    def overview_stage(self, category_id: str | Category) -> Stage | None:
        """The stage from the category's overview descriptors alone."""
        category_id = id_of(category_id)
        self.framework.category(category_id)
        comp = compiled_index(self.framework)
        return self._stage(self._scope_stage[comp.scope_ids.index(category_id)])

    def stage_of(self, id: str | Category | Component) -> Stage | None:  # noqa: A002
        """The stage of a category or a component, whichever ``id`` names (or the object itself)."""
        id, kind = self.framework._scope_of(id)  # noqa: A001
        if kind == "category":
            return self.category_stage(id)
        return self.component_stage(id)

    @property
    def category_stages(self) -> dict[str, Stage | None]:
        """Category id to stage, in framework order."""
        return {
            c.id: self._stage(i) for c, i in zip(self.framework.categories, self._category_stage, strict=True)
        }

    @property
    def component_stages(self) -> dict[str, Stage | None]:
        """Component id to stage, in framework order."""
        comp = compiled_index(self.framework)
        return {
            sid: self._stage(self._scope_stage[slot])
            for slot, sid in enumerate(comp.scope_ids)
            if comp.scope_level[slot] == "component"
        }

    # -- descriptors -------------------------------------------------------------------

    def credit(self, descriptor_id: str) -> float | None:
        """Combined credit of a descriptor (0 to 1), or None without evidence."""
        self.framework.descriptor(descriptor_id)
        return self._credits.get(descriptor_id)

    def descriptor_state(self, descriptor_id: str) -> DescriptorState:
        """What the evidence says about one descriptor, and which source said what."""
        credit = self.credit(descriptor_id)
        return DescriptorState(
            descriptor_id=descriptor_id,
            judgement=_judgement(credit),
            credit=credit,
            items=self.evidence.for_descriptor(descriptor_id),
        )

    @property
    def descriptor_states(self) -> tuple[DescriptorState, ...]:
        """The state of every descriptor of the framework, in framework order."""
        by_id: dict[str, list[EvidenceItem]] = {}
        for item in self.evidence:
            by_id.setdefault(item.descriptor_id, []).append(item)
        return tuple(
            DescriptorState(
                descriptor_id=d.id,
                judgement=_judgement(self._credits.get(d.id)),
                credit=self._credits.get(d.id),
                items=tuple(by_id.get(d.id, ())),
            )
            for d in self.framework.descriptors
        )

    # -- results and explanations ----------------------------------------------------------

    def _stage_scores(
        self, scores: Sequence[float | None], descriptors: Iterable[Descriptor]
    ) -> tuple[StageScore, ...]:
        grouped: dict[str, dict[str, list[str]]] = {
            s.id: {"met": [], "partly": [], "not_met": [], "unjudged": []} for s in self.framework.stages
        }
        for d in descriptors:
            j = _judgement(self._credits.get(d.id))
            key = "unjudged" if j is None else j.value
            grouped[d.stage.id][key].append(d.id)
        threshold = self.rules.threshold - EPS
        out = []
        for stage, score in zip(self.framework.stages, scores, strict=True):
            g = grouped[stage.id]
            out.append(
                StageScore(
                    stage=stage,
                    score=score,
                    attained=score is not None and score >= threshold,
                    met=tuple(g["met"]),
                    partly=tuple(g["partly"]),
                    not_met=tuple(g["not_met"]),
                    unjudged=tuple(g["unjudged"]),
                )
            )
        return tuple(out)

    def _status(self, stage_index: int, judged: int) -> Status:
        if judged < self.rules.min_evidence:
            return Status.NOT_ENOUGH_EVIDENCE
        return Status.ATTAINED if stage_index >= 0 else Status.NOT_ATTAINED

    def _scope_result(self, slot: int) -> ScopeResult:
        comp = compiled_index(self.framework)
        scope_id = comp.scope_ids[slot]
        descriptors = self.framework.scope(scope_id)
        return ScopeResult(
            id=scope_id,
            level=comp.scope_level[slot],
            stage=self._stage(self._scope_stage[slot]),
            status=self._status(self._scope_stage[slot], self._judged[slot]),
            judged=self._judged[slot],
            total=len(descriptors),
            scores=self._stage_scores(self._scope_scores[slot], descriptors),
        )

    def _category_result(self, index: int) -> ScopeResult:
        comp = compiled_index(self.framework)
        category = self.framework.categories[index]
        judged = sum(self._judged[slot] for slot in comp.category_parts[index])
        return ScopeResult(
            id=category.id,
            level=Level.CATEGORY,
            stage=self._stage(self._category_stage[index]),
            status=self._status(self._category_stage[index], judged),
            judged=judged,
            total=len(category.all_descriptors),
            scores=self._stage_scores(self._category_scores[index], category.all_descriptors),
        )

    @property
    def categories(self) -> tuple[ScopeResult, ...]:
        """The result of every category, in framework order."""
        return tuple(self._category_result(i) for i in range(len(self.framework.categories)))

    @property
    def components(self) -> tuple[ScopeResult, ...]:
        """The result of every component, in framework order."""
        comp = compiled_index(self.framework)
        return tuple(
            self._scope_result(slot)
            for slot in range(len(comp.scope_ids))
            if comp.scope_level[slot] == "component"
        )

    def explain(self, id: str | Category | Component) -> Explanation:  # noqa: A002
        """Why a category or component has its stage, as data (``.text`` for words).

        ``id``: a category's or component's id, or the :class:`Category` or
        :class:`Component` itself. Any other id raises :class:`UnknownIdError`,
        which suggests the category or component meant (for a descriptor or a
        strand, the one it belongs to).
        """
        fw = self.framework
        id, kind = fw._scope_of(id)  # noqa: A001
        comp = compiled_index(fw)
        parts: tuple[ScopeResult, ...] = ()
        if kind == "category":
            index = fw.categories.index(fw.category(id))
            name = fw.category(id).name
            result = self._category_result(index)
            parts = tuple(self._scope_result(slot) for slot in comp.category_parts[index])
            parts = parts if len(parts) > 1 else ()
        else:
            name = fw.component(id).name
            result = self._scope_result(comp.scope_ids.index(id))
        rule = self._rule_text(result.status)
        # the sentences credited here, and those about it not credited as not asserted or doubted
        sentences = tuple(
            r
            for r in self.sentences
            if (about := r.credited if r.credited is not None else r.about) is not None
            and id in {(d := fw.descriptor(about)).category_id, d.component_id}
        )
        if parts:
            rule += f"; the category combines its overview and components by {self.rules.aggregation.value}"
        here = {d for s in result.scores for d in s.met}
        return Explanation(
            id=id,
            name=name,
            level=Level(kind),
            stage=result.stage,
            status=result.status,
            rule=rule,
            scores=result.scores,
            parts=parts,
            sentences=sentences,
            implied=self._implied(here),
        )

    def _implied(self, ids: set[str]) -> tuple[tuple[str, str], ...]:
        """The descriptors among ``ids`` credited only by implication, each with what implied it."""
        by: dict[str, str] = {}
        direct: set[str] = set()
        for item in self.evidence:
            if item.descriptor_id not in ids:
                continue
            if item.source.endswith(":implied") and item.note.startswith("implied by "):
                by.setdefault(item.descriptor_id, item.note.removeprefix("implied by "))
            else:
                direct.add(item.descriptor_id)
        return tuple(sorted((d, b) for d, b in by.items() if d not in direct))

    def _rule_text(self, status: Status) -> str:
        r = self.rules
        if status is Status.NOT_ENOUGH_EVIDENCE:
            if r.min_evidence == 1:
                return "no descriptor judged here: no stage is given"
            return f"fewer than {r.min_evidence} judged descriptors: no stage is given"
        prog = (
            "the highest stage with every lower stage attained"
            if r.progression is Progression.CUMULATIVE
            else "the highest attained stage"
        )
        attained = (
            f"a stage is attained at a score of {r.threshold:.2f} or more (partly = {r.partly_weight:g})"
        )
        return f"{attained}; {prog}"

    def explanation(self) -> str:
        """Readable explanations of every category and component."""
        parts = [self.explain(c.id).text for c in self.framework.categories]
        parts += [self.explain(c.id).text for c in self.framework.components]
        return "\n\n".join(parts)

    # -- derived views ---------------------------------------------------------------------

    def most_common_stage(self, level: Level | str = Level.CATEGORY) -> Stage | None:
        """The stage most categories (or components) are at: a derived summary, not a verdict.

        Ties go to the lower stage; None when no category has a stage.
        """
        stages = self.category_stages if Level.parse(level) is Level.CATEGORY else self.component_stages
        counts = Counter(s for s in stages.values() if s is not None)
        if not counts:
            return None
        return max(counts, key=lambda s: (counts[s], -s.rank))

    def priorities(self, limit: int | None = None) -> tuple[Priority, ...]:
        """Development priorities, nearest to attaining first.

        For every component and every category overview below the top stage:
        the descriptors of the next stage up that are not yet met. Scopes with
        some evidence come first (a priority where nothing has been judged yet
        is a guess; :attr:`Priority.assessed` says which); then by the credit
        still missing before that stage is attained (smallest first), then by
        credit already earned on the descriptor (partly met first), then
        framework order. Where strands are modelled, each priority names the
        descriptor before it in its strand.
        """
        fw = self.framework
        comp = compiled_index(fw)
        found: list[tuple[bool, float, float, int, Priority]] = []
        position = {d.id: i for i, d in enumerate(fw.descriptors)}
        for slot, scope_id in enumerate(comp.scope_ids):
            current = self._scope_stage[slot]
            sizes = comp.sizes[slot]
            target = next((i for i in range(current + 1, len(fw.stages)) if sizes[i]), None)
            if target is None:
                continue
            score = self._scope_scores[slot][target] or 0.0
            gap = max(0.0, self.rules.threshold - score)
            for d in fw.scope(scope_id):
                if d.stage != fw.stages[target]:
                    continue
                credit = self._credits.get(d.id)
                if credit is not None and credit >= 1.0 - EPS:
                    continue
                before = None
                if d.strand_id is not None:
                    earlier = [x for x in fw.strand(d.strand_id).descriptors if x.stage < d.stage]
                    before = earlier[-1] if earlier else None
                found.append(
                    (
                        self._judged[slot] == 0,
                        gap,
                        -(credit or 0.0),
                        position[d.id],
                        Priority(
                            descriptor=d,
                            scope_id=scope_id,
                            level=comp.scope_level[slot],
                            current=self._stage(current),
                            target=fw.stages[target],
                            gap=round(gap, 6),
                            credit=credit,
                            after=before,
                            assessed=self._judged[slot] > 0,
                        ),
                    )
                )
        found.sort(key=lambda t: t[:4])
        result = tuple(p for *_, p in found)
        return result if limit is None else result[: max(limit, 0)]

    def gaps(self, target: Mapping[str, Stage | str]) -> tuple[Gap, ...]:
        """The gap to a target: a required stage per category or component id (or the object itself).

        Iterates over the target, so a category without evidence still shows
        as a gap. Components and categories that already reach the required
        stage are left out.
        """
        fw = self.framework
        out = []
        for key, required in target.items():
            stage = fw.stage(required) if isinstance(required, str) else required
            if stage not in fw.stages:
                raise UnknownIdError(
                    getattr(stage, "id", str(stage)), "stage", known=[s.id for s in fw.stages]
                )
            scope_id, kind = fw._scope_of(key)
            if kind == "category":
                current = self.category_stage(scope_id)
                descriptors = fw.category(scope_id).all_descriptors
                level = Level.CATEGORY
            else:
                current = self.component_stage(scope_id)
                descriptors = fw.component(scope_id).descriptors
                level = Level.COMPONENT
            if current is not None and current >= stage:
                continue
            missing = tuple(
                d for d in descriptors if d.stage <= stage and (self._credits.get(d.id) or 0.0) < 1.0 - EPS
            )
            out.append(Gap(id=scope_id, level=level, required=stage, current=current, missing=missing))
        return tuple(out)

    def compare(self, other: Profile) -> Comparison:
        """Change per category and component from this profile (before) to ``other`` (after)."""
        if not isinstance(other, Profile):
            msg = f"can only compare with another Profile, not {type(other).__name__}"
            raise TypeError(msg)
        if other.framework != self.framework:
            msg = "cannot compare profiles made against different frameworks"
            raise TrainerFrameworkError(msg)
        before_c, after_c = self.category_stages, other.category_stages
        before_k, after_k = self.component_stages, other.component_stages
        return Comparison(
            categories=tuple(
                Change(id=k, level=Level.CATEGORY, before=before_c[k], after=after_c[k]) for k in before_c
            ),
            components=tuple(
                Change(id=k, level=Level.COMPONENT, before=before_k[k], after=after_k[k]) for k in before_k
            ),
        )

    # -- fast views for cohorts (no result objects) -----------------------------------

    def _priority_ids(self, limit: int) -> list[str]:
        """Ids of the first ``limit`` priorities, in :meth:`priorities` order, without building them."""
        comp = compiled_index(self.framework)
        credit_by_id = self._credits_once()
        threshold = self.rules.threshold
        found: list[tuple[bool, float, float, int, str]] = []
        position = comp.position
        for slot, cells in enumerate(comp.cells):
            current = self._scope_stage[slot]
            sizes = comp.sizes[slot]
            target = next((i for i in range(current + 1, len(sizes)) if sizes[i]), None)
            if target is None:
                continue
            # ordered on the gap unrounded, as priorities() orders it (two gaps a float's error apart
            # are not a tie there)
            gap = max(0.0, threshold - (self._scope_scores[slot][target] or 0.0))
            unassessed = self._judged[slot] == 0
            for did in cells[target]:
                credit = credit_by_id.get(did)
                if credit is None or credit < 1.0 - EPS:
                    found.append((unassessed, gap, -(credit or 0.0), position[did], did))
        return [t[4] for t in heapq.nsmallest(limit, found)]

    def summary(self) -> str:
        """One line per category and component: its stage."""
        lines = [f"{c.id}: {c.stage.name if c.stage else STATUS_TEXT[c.status]}" for c in self.categories]
        lines += [f"  {k.id}: {k.stage.name if k.stage else STATUS_TEXT[k.status]}" for k in self.components]
        return "\n".join(lines)

    def __repr__(self) -> str:
        stages = ", ".join(f"{k}={v.id if v else None}" for k, v in self.category_stages.items())
        return f"<Profile {stages}>"

    def _repr_html_(self) -> str:
        return html(self)


_NOT_ATTAINED = -1
"""The stage code of a scope whose evidence does not reach the first stage."""
_NOT_ENOUGH = -2
"""The stage code of a scope with too little evidence for a stage."""


def _judgement(credit: float | None) -> Judgement | None:
    if credit is None:
        return None
    if credit >= 1.0 - EPS:
        return Judgement.MET
    if credit <= EPS:
        return Judgement.NOT_MET
    return Judgement.PARTLY


def profile(
    fw: Framework,
    evidence: Evidence | Mapping[str, Judgement | str] | Iterable[EvidenceItem],
    rules: Rules | None = None,
    *,
    on_unknown: Literal["raise", "warn"] = "raise",
) -> Profile:
    """Profile a trainer: a stage (or None) for every component and category.

    Args:
        fw: the framework.
        evidence: an :class:`Evidence`, a mapping ``{descriptor_id: judgement}``
            (judgements as :class:`Judgement` or ``"met"``, ``"partly"``,
            ``"not_met"``), or an iterable of :class:`EvidenceItem`.
        rules: the profiling rules; the documented defaults when omitted.
        on_unknown: ``"raise"`` (default) raises :class:`UnknownIdError` for
            evidence about a descriptor the framework does not have;
            ``"warn"`` leaves that evidence out and lists it in
            :attr:`Profile.warnings`.

    Raises:
        UnknownIdError: evidence names an unknown descriptor.
        InvalidEvidenceError: a judgement, date, confidence or source is invalid.

    """
    if not isinstance(fw, Framework):
        msg = f"expected a Framework, not {type(fw).__name__}"
        raise TypeError(msg)
    if on_unknown not in ("raise", "warn"):
        msg = f"on_unknown must be 'raise' or 'warn', not {on_unknown!r}"
        raise ValueError(msg)
    ev = Evidence.coerce(evidence)
    rules = DEFAULT_RULES if rules is None else rules
    if not isinstance(rules, Rules):
        msg = f"rules must be a Rules object, not {type(rules).__name__}"
        raise TypeError(msg)
    result = Profile(framework=fw, evidence=ev, rules=rules)
    if result.warnings and on_unknown == "raise":
        first = sorted({row[ROW_ID] for row in ev.rows} - compiled_index(fw).all_ids)[0]
        raise UnknownIdError(first, "descriptor", fw._suggest(first, "descriptor"))
    return result


_COUNTS: dict[tuple[int, ...], tuple[int, ...]] = {}
"""Every profile's stage codes and judged counts, one tuple per distinct value: a cohort of
1,000,000 profiles shares a few thousand. Bounded: a full table starts again."""
_SCORES: dict[tuple[Any, ...], tuple[Any, ...]] = {}
"""The same for scores (kept apart from the counts: ``(1, 0) == (1.0, 0.0)``)."""
_INTERN_CAP = 1 << 17


def _interned(table: dict[Any, Any], value: tuple[Any, ...]) -> Any:
    """The one tuple of ``table`` equal to ``value``."""
    found = table.get(value)
    if found is None:
        if len(table) >= _INTERN_CAP:
            table.clear()
        found = table[value] = value
    return found


def _credit_map(comp: CompiledIndex, ev: Evidence, rules: Rules) -> tuple[dict[str, float], tuple[str, ...]]:
    """Combined credit per known descriptor, and a warning per unknown descriptor the evidence names."""
    credit_of = {"met": 1.0, "partly": rules.partly_weight, "not_met": 0.0}
    rows = ev.rows
    if ev.one_per_descriptor and not rules.source_weights:
        # The common case: one judgement per descriptor, no source weights; where every
        # judgement has weight (confidence above 0), the dict is built in C
        if rows and min(map(_confidence, rows)) > 0.0:
            credit_by_id = dict(
                zip(map(_first, rows), map(credit_of.__getitem__, map(_second, rows)), strict=True)
            )
        else:
            credit_by_id = {
                row[ROW_ID]: credit_of[row[ROW_JUDGEMENT]] for row in rows if row[ROW_CONFIDENCE] > 0.0
            }
    else:
        credit_by_id = combined_credits(rows, rules, credit_of)
    warnings: tuple[str, ...] = ()
    if comp.all_ids.issuperset(credit_by_id) and len(credit_by_id) == len(rows):
        return credit_by_id, warnings
    unknown = {row[ROW_ID] for row in rows} - comp.all_ids
    if unknown:
        ordered = sorted(unknown)
        warnings = tuple(f"evidence names unknown descriptor {u!r}; it was not used" for u in ordered)
        for u in ordered:
            credit_by_id.pop(u, None)
    return credit_by_id, warnings


_first = operator.itemgetter(0)
_second = operator.itemgetter(1)
_confidence = operator.itemgetter(5)


def _compute(p: Profile) -> None:
    """Fill a profile's computed state from its framework, evidence and rules."""
    fw, ev, rules = p.framework, p.evidence, p.rules
    comp = compiled_index(fw)
    credit_by_id, warnings = _credit_map(comp, ev, rules)
    nstages = len(comp.stages)
    min_evidence = rules.min_evidence
    threshold = rules.threshold - EPS
    cumulative = rules.progression is Progression.CUMULATIVE
    states = scope_states(comp, credit_by_id, threshold, cumulative, min_evidence)
    # three tuples, one value per scope
    scope_scores, judged, scope_stage = tuple(zip(*states, strict=True)) or ((), (), ())

    category_stage = []
    category_scores: list[tuple[float | None, ...]] = []
    category_judged = []
    codes = []
    aggregation = rules.aggregation
    for c, parts in enumerate(comp.category_parts):
        if len(parts) == 1:  # the category is its one part: the same scores give the same stage
            part = parts[0]
            n, stage = judged[part], scope_stage[part]
            category_judged.append(n)
            category_scores.append(scope_scores[part])
            category_stage.append(stage)
            codes.append(stage if stage >= 0 else _NOT_ENOUGH if n < min_evidence else _NOT_ATTAINED)
            continue
        n = sum([judged[p] for p in parts])
        category_judged.append(n)
        judged_parts = [p for p in parts if judged[p]]
        scores: Sequence[float | None]
        if not judged_parts:  # every score is 0 where the category has descriptors
            scores = [0.0 if any(comp.sizes[p][t] for p in parts) else None for t in range(nstages)]
        elif aggregation is Aggregation.POOLED:
            scores = [
                (sum((scope_scores[p][t] or 0.0) * comp.sizes[p][t] for p in parts) / total)
                if (total := sum(comp.sizes[p][t] for p in parts))
                else None
                for t in range(nstages)
            ]
        elif aggregation is Aggregation.OVERVIEW_OR_COMPONENTS:
            ov_slot = comp.category_overview[c]
            scores = overview_or_mean_components(
                None if ov_slot is None else scope_scores[ov_slot],
                [scope_scores[p] for p in comp.category_components[c]],
            )
        else:  # MEAN_OF_PARTS, and the per-stage view of LOWEST_PART
            scores = []
            for t in range(nstages):
                per_part = [sc for p in judged_parts if (sc := scope_scores[p][t]) is not None]
                scores.append(sum(per_part) / len(per_part) if per_part else None)
        category_scores.append(_interned(_SCORES, tuple(scores)))
        if n < min_evidence:
            stage = NO_STAGE_INDEX
        elif aggregation is Aggregation.LOWEST_PART and len(parts) > 1:
            stage = min(scope_stage[p] for p in judged_parts)
        else:
            stage = stage_reached(scores, threshold, cumulative)
        category_stage.append(stage)
        codes.append(stage if stage >= 0 else _NOT_ENOUGH if n < min_evidence else _NOT_ATTAINED)

    for slot in comp.component_slots:
        stage = scope_stage[slot]
        codes.append(stage if stage >= 0 else _NOT_ENOUGH if judged[slot] < min_evidence else _NOT_ATTAINED)

    # Shared tuples, not lists: tuples of numbers drop out of the garbage
    # collector's tracking, and equal ones are one object (a cohort of
    # 1,000,000 profiles keeps a few thousand).
    setattr_ = object.__setattr__
    setattr_(p, "warnings", warnings)
    setattr_(p, "_codes", _interned(_COUNTS, tuple(codes)))
    setattr_(
        p, "_scope_judged", _interned(_COUNTS, (*category_judged, *(judged[s] for s in comp.component_slots)))
    )
    setattr_(p, "_framework_id", fw.id)
    setattr_(p, "_credit_cache", None)
    setattr_(p, "_scope_scores", _interned(_SCORES, scope_scores))
    setattr_(p, "_judged", _interned(_COUNTS, judged))
    setattr_(p, "_scope_stage", _interned(_COUNTS, scope_stage))
    setattr_(p, "_category_stage", _interned(_COUNTS, tuple(category_stage)))
    setattr_(p, "_category_scores", _interned(_SCORES, tuple(category_scores)))


# -- serialization ----------------------------------------------------------------------------

FRAMEWORK_FOR_LOADS: contextvars.ContextVar[Framework | None] = contextvars.ContextVar(
    "trainerframework_loads_framework", default=None
)


@attrs.frozen
class ResultsDoc:
    """A profile's stages in a document, by category and component id (``null``: no stage)."""

    categories: dict[str, str | None] = attrs.field(factory=dict)
    components: dict[str, str | None] = attrs.field(factory=dict)


@attrs.frozen
class ProfileDoc:
    """A profile in a document: what it was made from, and (for readers) its results.

    ``loads`` profiles the evidence again under the rules, so the stored
    results are checked, never trusted.
    """

    framework: str = attrs.field(
        metadata={"description": "the id of the framework the profile was made against"}
    )
    rules: Rules = attrs.field(factory=Rules)
    evidence: Evidence = attrs.field(factory=lambda: Evidence(()))
    warnings: tuple[str, ...] = ()
    sentences: tuple[SentenceReading, ...] = ()
    results: ResultsDoc | None = None


def _register_hooks(conv: BaseConverter) -> None:
    """A profile serializes as framework id, rules, evidence and (for readers) its results."""
    from .._model._framework import load_framework  # noqa: PLC0415

    def unstructure(p: Profile) -> dict[str, Any]:
        return {
            "framework": p.framework.id,
            "rules": conv.unstructure(p.rules),
            "evidence": conv.unstructure(p.evidence),
            "warnings": list(p.warnings),
            **({"sentences": conv.unstructure(p.sentences)} if p.sentences else {}),
            "results": {
                "categories": {k: v.id if v else None for k, v in p.category_stages.items()},
                "components": {k: v.id if v else None for k, v in p.component_stages.items()},
            },
        }

    def structure(value: Any, _: type) -> Profile:
        doc: ProfileDoc = conv.structure(value, ProfileDoc)
        fw = FRAMEWORK_FOR_LOADS.get() or load_framework()
        if doc.framework != fw.id:
            msg = (
                f"the profile was made against framework {doc.framework!r}, not {fw.id!r}: "
                "pass fw= to loads()"
            )
            raise ValueError(msg)
        result = profile(fw, doc.evidence, doc.rules, on_unknown="warn" if doc.warnings else "raise")
        if doc.sentences:
            result = attrs.evolve(result, sentences=doc.sentences)
        if (
            doc.results is not None
            and conv.structure(unstructure(result)["results"], ResultsDoc) != doc.results
        ):
            msg = "the stored results do not follow from the stored evidence and rules"
            raise ValueError(msg)
        return result

    # strict in any converter (configure_converter): a table with these keys only; built on
    # first use, so the hooks of Rules and Evidence it reads through are there whatever the order
    conv.register_structure_hook_factory(
        lambda t: t is ProfileDoc or t is ResultsDoc, lambda t: strict_record(t, conv)
    )
    conv.register_unstructure_hook(Profile, unstructure)
    conv.register_structure_hook(Profile, structure)
