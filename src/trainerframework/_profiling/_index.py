"""The framework compiled for fast profiling, and how evidence becomes credit and stages.

A framework is compiled once (cached) into index arrays: the scopes
(category overviews and components), their descriptors per stage, and how
categories combine their parts. Profiling then works on plain numbers.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .._model._framework import Framework
from .._model._records import Descriptor
from ._evidence import ROW_CONFIDENCE, ROW_DATE, ROW_JUDGEMENT, ROW_SOURCE, Row
from ._results import Level
from ._rules import Combine, Rules

__all__: list[str] = []  # internal to profiling: _profile imports what it needs by name

EPS = 1e-9
"""Tolerance when comparing scores with thresholds."""
NO_STAGE_INDEX = -1
"""The stage index of a scope without a stage."""


# -- the framework compiled for fast profiling ------------------------------------


class CompiledIndex:
    """Index arrays for one framework: built once, shared by every profile."""

    __slots__ = (
        "all_ids",
        "category_components",
        "category_overview",
        "category_parts",
        "category_totals",
        "cells",
        "component_slots",
        "own_ids",
        "position",
        "scope_ids",
        "scope_level",
        "scope_memo",
        "scope_order",
        "scored_cells",
        "sizes",
        "stages",
    )

    def __init__(self, fw: Framework) -> None:
        self.stages = fw.stages
        stage_pos = {s.id: i for i, s in enumerate(fw.stages)}
        self.scope_ids: list[str] = []
        self.scope_level: list[Level] = []
        self.sizes: list[list[int]] = []
        placed: list[str] = []  # every descriptor id of a scope
        self.category_parts: list[list[int]] = []
        self.category_overview: list[int | None] = []
        self.category_components: list[list[int]] = []
        self.cells: list[list[tuple[str, ...]]] = []
        for category in fw.categories:
            parts = []
            scopes: list[tuple[str, Level, tuple[Descriptor, ...]]] = [
                (category.id, Level.CATEGORY, category.descriptors)
            ]
            scopes += [(c.id, Level.COMPONENT, c.descriptors) for c in category.components]
            for scope_id, level, descriptors in scopes:
                slot = len(self.scope_ids)
                self.scope_ids.append(scope_id)
                self.scope_level.append(level)
                size = [0] * len(fw.stages)
                cells: list[list[str]] = [[] for _ in fw.stages]
                for d in descriptors:
                    st = stage_pos[d.stage.id]
                    size[st] += 1
                    cells[st].append(d.id)
                    placed.append(d.id)
                self.sizes.append(size)
                self.cells.append([tuple(c) for c in cells])
                if descriptors:
                    parts.append(slot)
            self.category_parts.append(parts)
            overview_slot = parts[0] if parts and self.scope_level[parts[0]] == "category" else None
            self.category_overview.append(overview_slot)
            self.category_components.append([p for p in parts if p != overview_slot])
        self.all_ids = frozenset(placed)
        # each descriptor id to the framework's own string object: rows holding these find their
        # credit by identity in the look-ups below (an equal string read from a file costs a compare)
        self.own_ids = {d: d for d in placed}
        self.position = {d.id: i for i, d in enumerate(fw.descriptors)}
        self.category_totals = [(c.id, len(c.all_descriptors)) for c in fw.categories]
        self.component_slots = [slot for slot, level in enumerate(self.scope_level) if level == "component"]
        # per scope, per stage: (descriptor ids, 1 / count), or None where a stage has none
        self.scored_cells = [
            [(ids, 1.0 / len(ids)) if ids else None for ids in cells] for cells in self.cells
        ]
        # per scope: its descriptor ids stage by stage, and per stage (its slice of them, 1 / count)
        self.scope_order = [tuple(d for cell in cells for d in cell) for cells in self.cells]
        self.scope_memo: dict[tuple[float, bool, int], list[dict[tuple[float | None, ...], ScopeState]]] = {}


ScopeState = tuple[tuple[float | None, ...], int, int]
"""One scope of a profile: its score per stage (None: no descriptors there), judged descriptors,
and stage index (or ``NO_STAGE_INDEX``)."""
_MEMO_CAP = 1 << 15


def scope_states(
    comp: CompiledIndex, credit: dict[str, float], threshold: float, cumulative: bool, min_evidence: int
) -> list[ScopeState]:
    """Every scope's state from the credit per descriptor: each distinct pattern of credits computed once.

    The state of a scope depends only on its descriptors' credits (in
    :attr:`CompiledIndex.scope_order`) and the rules' threshold, progression and
    minimum evidence, so it is kept per framework and rules, keyed by those
    credits; :func:`scope_state` computes it. ``tests/test_hot_paths.py``
    (``TestScopeStates``) checks the result against the plain formula.
    """
    params = (threshold, cumulative, min_evidence)
    memo = comp.scope_memo.get(params)
    if memo is None:
        memo = comp.scope_memo.setdefault(params, [{} for _ in comp.scope_order])
    get = credit.get
    out = []
    for slot, ids in enumerate(comp.scope_order):
        key = tuple(map(get, ids))
        table = memo[slot]
        state = table.get(key)
        if state is None:
            state = scope_state(
                comp, slot, key, threshold=threshold, cumulative=cumulative, min_evidence=min_evidence
            )
            if len(table) >= _MEMO_CAP:
                table.clear()
            table[key] = state
        out.append(state)
    return out


def scope_state(
    comp: CompiledIndex,
    slot: int,
    given: tuple[float | None, ...],
    *,
    threshold: float,
    cumulative: bool,
    min_evidence: int,
) -> ScopeState:
    """The state of one scope from its descriptors' credits (None: no evidence), stage by stage.

    A stage's score is its descriptors' credits summed in order (no evidence
    counting 0) times one over their number; the stage is decided by
    :func:`stage_reached` when at least ``min_evidence`` descriptors are judged.
    """
    scores: list[float | None] = []
    start = 0
    for cell in comp.scored_cells[slot]:
        if cell is None:
            scores.append(None)
            continue
        end = start + len(cell[0])
        scores.append(sum([0.0 if c is None else c for c in given[start:end]]) * cell[1])
        start = end
    judged = len(given) - given.count(None)
    stage = stage_reached(scores, threshold, cumulative) if judged >= min_evidence else NO_STAGE_INDEX
    return (tuple(scores), judged, stage)


@functools.lru_cache(maxsize=32)
def compiled_index(fw: Framework) -> CompiledIndex:
    return CompiledIndex(fw)


# -- combining several judgements of one descriptor ---------------------------------


def _combine(rows: list[Row], rules: Rules, credit: dict[str, float]) -> float | None:
    """One credit from several judgements of one descriptor, or None (no weight)."""
    if rules.combine is Combine.LATEST:
        dated = [r[ROW_DATE] for r in rows if r[ROW_DATE] is not None]
        if dated:
            latest = max(dated)
            rows = [r for r in rows if r[ROW_DATE] == latest]
    weighted = [(r[ROW_CONFIDENCE] * rules.weight_of(r[ROW_SOURCE]), credit[r[ROW_JUDGEMENT]]) for r in rows]
    weighted = [(w, c) for w, c in weighted if w > 0]
    if not weighted:
        return None
    if rules.combine is Combine.LOWEST:
        return min(c for _, c in weighted)
    if rules.combine is Combine.HIGHEST:
        return max(c for _, c in weighted)
    total = sum(w for w, _ in weighted)
    return sum(w * c for w, c in weighted) / total


def overview_or_mean_components(
    overview: Sequence[float | None] | None, components: Sequence[Sequence[float | None]]
) -> list[float | None]:
    """Per stage: the higher of the overview score and the mean component score."""
    out: list[float | None] = []
    for t, ov in enumerate(overview) if overview is not None else enumerate([None] * len(components[0])):
        per = [sc[t] for sc in components if sc[t] is not None]
        mean = sum(per) / len(per) if per else None  # type: ignore[arg-type]
        out.append(mean if ov is None else ov if mean is None else max(ov, mean))
    return out


def combined_credits(rows: tuple[Row, ...], rules: Rules, credit_of: dict[str, float]) -> dict[str, float]:
    """Combined credit per descriptor id (rows are sorted by descriptor id)."""
    credit_by_id: dict[str, float] = {}
    n = len(rows)
    i = 0
    while i < n:
        did = rows[i][0]
        j = i + 1
        while j < n and rows[j][0] == did:
            j += 1
        credit = _combine(list(rows[i:j]), rules, credit_of)
        if credit is not None:
            credit_by_id[did] = credit
        i = j
    return credit_by_id


def stage_reached(scores: Sequence[float | None], threshold: float, cumulative: bool) -> int:
    """Index of the stage a row of per-stage scores reaches, or NO_STAGE_INDEX.

    ``threshold`` already allows for rounding; ``None`` scores are stages
    with no descriptors here: they neither count nor block.
    """
    best = NO_STAGE_INDEX
    for i, score in enumerate(scores):
        if score is not None:
            if score >= threshold:
                best = i
            elif cumulative:
                return best
    return best
