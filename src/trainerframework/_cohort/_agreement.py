"""Agreement between two sources of evidence across a cohort: percent and weighted kappa."""

from __future__ import annotations

import difflib
import itertools
import operator
import struct
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .._base._display import html
from .._profiling._evidence import ROW_CONFIDENCE, ROW_ID, ROW_JUDGEMENT, ROW_SOURCE, Evidence, Judgement, Row
from .._profiling._index import EPS, compiled_index, overview_or_mean_components, stage_reached
from .._profiling._profile import profile
from .._profiling._rules import Aggregation, Progression, Rules
from ..exceptions import UnknownIdError

if TYPE_CHECKING:
    from .._model._framework import Framework
    from .._profiling._profile import Profile
    from ._cohort import Cohort

__all__ = ["Agreement", "AgreementRow", "agreement", "weighted_kappa"]

_ORDINAL = {Judgement.NOT_MET: 0, Judgement.PARTLY: 1, Judgement.MET: 2}


def weighted_kappa(
    pairs: Iterable[tuple[int, int]],
    categories: int,
    weights: Literal["linear", "quadratic", "none"] = "linear",
) -> float | None:
    """Cohen's weighted kappa for ratings ``0 .. categories - 1`` given as (rater A, rater B) pairs.

    ``weights="none"`` gives Cohen's (unweighted) kappa. Returns None when
    kappa is undefined (no pairs, or both raters always give the same single
    rating so chance agreement is total).
    """
    counts: Counter[tuple[int, int]] = Counter()
    for a, b in pairs:
        counts[a, b] += 1
    return _kappa_of_counts(counts, categories, weights)


def _kappa_of_counts(
    counts: Counter[tuple[int, int]], categories: int, weights: Literal["linear", "quadratic", "none"]
) -> float | None:
    """:func:`weighted_kappa` of pairs given as ``{(a, b): how many}``."""
    if categories < 2:
        msg = "weighted kappa needs at least two rating categories"
        raise ValueError(msg)
    table = [[0] * categories for _ in range(categories)]
    n = 0
    for (a, b), count in counts.items():
        if not (0 <= a < categories and 0 <= b < categories):
            msg = f"rating pair ({a}, {b}) outside 0..{categories - 1}"
            raise ValueError(msg)
        table[a][b] += count
        n += count
    if n == 0:
        return None
    k = categories - 1

    def disagreement(i: int, j: int) -> float:
        if weights == "none":
            return 0.0 if i == j else 1.0
        d = abs(i - j) / k
        return d if weights == "linear" else d * d

    rows = [sum(r) for r in table]
    cols = [sum(table[i][j] for i in range(categories)) for j in range(categories)]
    observed = sum(disagreement(i, j) * table[i][j] for i in range(categories) for j in range(categories)) / n
    expected = (
        sum(disagreement(i, j) * rows[i] * cols[j] for i in range(categories) for j in range(categories))
        / n
        / n
    )
    if expected == 0:
        return None
    return 1.0 - observed / expected


@attrs.frozen(kw_only=True)
class AgreementRow:
    """Agreement between two sources about one descriptor or one category."""

    id: str
    """Id of the descriptor or category."""
    pairs: int
    """Paired ratings: for a descriptor, judgements both sources gave one trainer; for a
    category, trainers with evidence from both sources."""
    percent: float | None
    """Share of the pairs that agree (None without pairs)."""
    kappa: float | None
    """Cohen's weighted kappa over the pairs (None when undefined)."""


@attrs.frozen(kw_only=True)
class Agreement:
    """How two sources agree, per descriptor and per category."""

    source_a: str
    """The first source (for example ``"self"``)."""
    source_b: str
    """The second source (for example ``"observer"``)."""
    pairs: int
    """Descriptor judgements both sources gave, over all trainers."""
    percent: float | None
    """Share of those pairs with the same judgement."""
    kappa: float | None
    """Cohen's weighted kappa (linear weights over not met < partly < met) over all pairs."""
    descriptors: tuple[AgreementRow, ...]
    """Per descriptor, in framework order."""
    categories: tuple[AgreementRow, ...]
    """Per category (stage from each source's evidence alone, weighted kappa over stage
    ranks, no stage counting as rank 0), in framework order."""

    def _repr_html_(self) -> str:
        return html(self)

    def descriptor(self, descriptor_id: str) -> AgreementRow:
        """The agreement about one descriptor; raise UnknownIdError if it has none."""
        return _row(self.descriptors, descriptor_id, "descriptor")

    def category(self, category_id: str) -> AgreementRow:
        """The agreement about one category; raise UnknownIdError if it has none."""
        return _row(self.categories, category_id, "category")

    def to_records(self, level: Literal["category", "descriptor"] = "category") -> list[dict[str, Any]]:
        """One row per category (or descriptor): ``id``, ``pairs``, ``percent``, ``kappa``."""
        rows = self.categories if level == "category" else self.descriptors
        return [attrs.asdict(r) for r in rows]


def _row(rows: tuple[AgreementRow, ...], id: str, kind: str) -> AgreementRow:  # noqa: A002
    for r in rows:
        if r.id == id:
            return r
    raise UnknownIdError(id, kind, known=[r.id for r in rows])


def agreement(
    cohort: Cohort,
    source_a: str = "self",
    source_b: str = "observer",
    *,
    weights: Literal["linear", "quadratic", "none"] = "linear",
) -> Agreement:
    """Agreement between two sources of evidence across a cohort.

    Per descriptor: the judgements both sources gave the same trainer. Per
    category: the stage each source's evidence alone gives (profiled with the
    cohort's rules), no stage counting as rank 0.
    """
    # Fast path: each trainer's two judgements of a descriptor packed in one byte,
    # descriptor columns counted with bytes.count, category stages ranked once per
    # distinct slice of codes; tests/test_cohort_columns.py
    # (test_agreement_is_the_plain_formula) checks it against the plain formula.
    fw = cohort.framework
    members = cohort.members
    if members:
        _check_sources(cohort, (source_a, source_b))
    plan = _Plan(fw)
    ids = plan.ids
    # per trainer with both sources, each descriptor's two judgement codes in one byte: 4 a + b
    tables: list[bytes] = []
    per_category: dict[str, Counter[tuple[int, int]]] = {c.id: Counter() for c in fw.categories}
    lean = not cohort_rules_need_profiles(members)
    # trainers ranked from their codes, by rules (keyed by the rules object: one hash per trainer less)
    simple: dict[int, tuple[Rules, list[bytes]]] = {}
    is_a, is_b = source_a.__eq__, source_b.__eq__
    both = _BOTH.get
    packer = _Packer(ids, source_a, source_b)
    for _, p in members:
        rows = p.evidence.rows
        if lean:
            found, vab = packer.pack(rows)
            if found is _SKIP:
                continue
            if found is _CLEAN:  # what the lines below give such a trainer, in one sum
                tables.append(vab)
                group = simple.get(id(p.rules))
                if group is None:
                    group = simple[id(p.rules)] = (p.rules, [])
                group[1].append(vab)
                continue
        sources = list(map(_SOURCE, rows))
        ra = list(itertools.compress(rows, map(is_a, sources)))
        if not ra:
            continue
        rb = list(itertools.compress(rows, map(is_b, sources)))
        if not rb:
            continue
        da = dict(map(_ID_JUDGEMENT, ra))  # the last judgement of a descriptor in canonical order
        db = dict(map(_ID_JUDGEMENT, rb))
        vab = bytes(map(both, zip(map(da.get, ids), map(db.get, ids), strict=True)))  # type: ignore[arg-type]
        tables.append(vab)
        if (
            lean
            and len(da) == len(ra)
            and len(db) == len(rb)
            and min(map(_CONFIDENCE, ra)) > 0.0
            and min(map(_CONFIDENCE, rb)) > 0.0
        ):  # one judgement per descriptor and source: the codes say everything the rules read
            group = simple.get(id(p.rules))
            if group is None:
                group = simple[id(p.rules)] = (p.rules, [])
            group[1].append(vab)
        else:
            pa = profile(fw, Evidence._of_rows(ra), p.rules, on_unknown="warn")
            pb = profile(fw, Evidence._of_rows(rb), p.rules, on_unknown="warn")
            for cid, ratings in per_category.items():
                sa, sb = pa.category_stage(cid), pb.category_stage(cid)
                ratings[sa.rank if sa else 0, sb.rank if sb else 0] += 1
    # per category: each distinct slice of codes is ranked once, each source's codes apart
    for rules, codes in simple.values():
        ranker = _Ranker(plan, rules)
        for c, (ratings, span) in enumerate(zip(per_category.values(), plan.spans, strict=True)):
            keys = Counter([v[span] for v in codes])
            rank = ranker.category(c)
            for key, count in keys.items():
                ratings[rank(key.translate(_SOURCE_A)), rank(key.translate(_SOURCE_B))] += count
    # per descriptor: count the (a, b) code pairs of its column (codes 1..3; 0: not judged)
    per_descriptor: dict[str, Counter[tuple[int, int]]] = {}
    order = {did: i for i, did in enumerate(ids)}
    every = b"".join(tables)  # trainer by trainer: a descriptor's column is every len(ids)-th byte
    width = len(ids)
    all_pairs: Counter[tuple[int, int]] = Counter()
    for d in fw.descriptors:
        column = every[order[d.id] :: width]
        per_descriptor[d.id] = pairs = Counter(
            {(x - 1, y - 1): n for (x, y), value in _PAIRS if (n := column.count(value))}
        )
        all_pairs.update(pairs)

    def summary(pairs: Counter[tuple[int, int]], k: int) -> tuple[int, float | None, float | None]:
        n = pairs.total()
        if not n:
            return (0, None, None)
        same = sum(v for (x, y), v in pairs.items() if x == y) / n
        return (n, same, _kappa_of_counts(pairs, k, weights))

    def row(id: str, pairs: Counter[tuple[int, int]], k: int) -> AgreementRow:  # noqa: A002
        n, percent, kappa = summary(pairs, k)
        return AgreementRow(id=id, pairs=n, percent=percent, kappa=kappa)

    n, percent, kappa = summary(all_pairs, 3)
    return Agreement(
        source_a=source_a,
        source_b=source_b,
        pairs=n,
        percent=percent,
        kappa=kappa,
        descriptors=tuple(row(d, v, 3) for d, v in per_descriptor.items()),
        categories=tuple(row(c, v, len(fw.stages) + 1) for c, v in per_category.items()),
    )


_CODE: dict[str | None, int] = {"not_met": 1, "partly": 2, "met": 3}  # 0: not judged
_CONFIDENCE = operator.itemgetter(ROW_CONFIDENCE)
_SOURCE = operator.itemgetter(ROW_SOURCE)
_ID_JUDGEMENT = operator.itemgetter(ROW_ID, ROW_JUDGEMENT)
_BOTH: dict[tuple[str | None, str | None], int] = {
    (a, b): 4 * _CODE.get(a, 0) + _CODE.get(b, 0) for a in (None, *_CODE) for b in (None, *_CODE)
}
"""Two sources' judgements of one descriptor (None: not judged) as one byte, 4 a + b."""
_SOURCE_A = bytes(v >> 2 for v in range(256))
"""A ``bytes.translate`` table: from 4 a + b, a."""
_SOURCE_B = bytes(v & 3 for v in range(256))
"""A ``bytes.translate`` table: from 4 a + b, b."""
_PAIRS = tuple(((x, y), bytes([4 * x + y])) for x in (1, 2, 3) for y in (1, 2, 3))
"""Every pair of judgement codes, with its byte."""


_SKIP, _CLEAN, _OTHER = "skip", "clean", "other"


class _Packer:
    """A trainer's two sources' judgement codes, packed in one byte per descriptor by one sum.

    Each row is worth an integer (memoised per distinct row): its code
    (``4 a`` or ``b``) in its descriptor's 16-bit slot, plus 1 in a counter
    of its source's rows; a row about an unknown descriptor or of confidence
    0 counts in a counter of its own. The sum of a trainer's rows, as bytes,
    is then the codes (the low byte of each slot) and the counters. With
    fewer than ``_PACKED_ROWS`` rows no slot can carry into the next. A
    trainer is *clean* when both sources judged, no counted row is odd and no
    descriptor is judged twice by one source (the slots with a code are as
    many as the rows): then the codes are exactly those the plain lines
    build from the rows. ``tests/test_cohort_columns.py`` (``test_agreement_is_the_plain_formula``)
    checks the result against the plain formula.
    """

    def __init__(self, ids: Sequence[str], source_a: str, source_b: str) -> None:
        self.width = width = len(ids)
        self.position = {did: i for i, did in enumerate(ids)}
        self.sources = (source_a, source_b)
        # counters after the slots, 4 bytes each: a's rows, b's rows, a's odd rows, b's odd rows
        self.counters = [8 * (2 * width + 4 * k) for k in range(4)]
        self.values: dict[Row, int] = {}

    def _value(self, row: Row) -> int:
        did, judgement, source = row[ROW_ID], row[ROW_JUDGEMENT], row[ROW_SOURCE]
        confidence = row[ROW_CONFIDENCE]
        value = 0
        for k, (wanted, scale) in enumerate(zip(self.sources, (4, 1), strict=True)):
            if source != wanted:
                continue
            i = self.position.get(did)
            if i is None or not confidence > 0.0:
                value += 1 << self.counters[2 + k]
            else:
                value += (_CODE[judgement] * scale << (16 * i)) + (1 << self.counters[k])
        return value

    def pack(self, rows: Sequence[Row]) -> tuple[str, bytes]:
        """Whether to skip the trainer, take it as clean, or read it the plain way; and the codes."""
        if len(rows) >= _PACKED_ROWS:
            return _OTHER, b""
        values = self.values
        found: list[int | None] = list(map(values.get, rows))
        if None in found:
            if len(values) > _PACKED_CAP:
                values.clear()
            for n, row in enumerate(rows):
                if found[n] is None:
                    found[n] = values[row] = self._value(row)
        width = self.width
        packed = sum(found).to_bytes(2 * width + 16, "little")  # type: ignore[arg-type]
        na, nb, odd_a, odd_b = struct.unpack_from("<4I", packed, 2 * width)
        if not (na or odd_a) or not (nb or odd_b):
            return _SKIP, b""
        codes = packed[: 2 * width : 2]  # each slot's low byte
        if odd_a or odd_b or width - codes.translate(_SOURCE_A).count(0) != na:
            return _OTHER, b""
        if width - codes.translate(_SOURCE_B).count(0) != nb:
            return _OTHER, b""
        return _CLEAN, codes


_PACKED_CAP = 1 << 16
_PACKED_ROWS = 5000
"""Below this many rows, 16-bit slots cannot overflow (a slot holds at most 12 per row)."""


def _check_sources(cohort: Cohort, wanted: Sequence[str]) -> None:
    """Raise UnknownIdError for a source no trainer of the cohort has, naming the sources it has."""
    have: set[str] = set()
    missing = list(wanted)
    for _, p in cohort.members:
        have.update(row[ROW_SOURCE] for row in p.evidence.rows)
        missing = [s for s in missing if s not in have]
        if not missing:
            return
    known = sorted(have)
    alike = difflib.get_close_matches(missing[0], known, n=3, cutoff=0.6)
    alike += [s for s in known if s.lower() == missing[0].lower() and s not in alike]
    raise UnknownIdError(missing[0], "source", [*alike, *(s for s in known if s not in alike)])


def cohort_rules_need_profiles(members: Sequence[tuple[str, Profile]]) -> bool:
    """Whether any trainer's rules need whole profiles per source (source weights, other aggregations)."""
    return any(
        p.rules.source_weights or p.rules.aggregation is not Aggregation.OVERVIEW_OR_COMPONENTS
        for p in {id(p.rules): p for _, p in members}.values()
    )


class _Plan:
    """The framework's descriptors laid out category by category, stage by stage, part by part.

    Each category, and each stage of a category (across its parts), is then a
    slice of a trainer's judgement codes.
    """

    def __init__(self, fw: Framework) -> None:
        comp = compiled_index(fw)
        self.comp = comp
        ids: list[str] = []
        self.spans: list[slice] = []
        # per category, per stage: the stage's slice of the category's codes, and per part
        # (overview first) the slice of its cell within that, or None without descriptors
        self.stages: list[list[tuple[slice, list[tuple[int, slice | None]]]]] = []
        for parts in comp.category_parts:
            start = len(ids)
            per_stage = []
            for t in range(len(comp.stages)):
                first = len(ids)
                cells: list[tuple[int, slice | None]] = []
                for slot in parts:
                    cell = comp.cells[slot][t]
                    cells.append(
                        (slot, slice(len(ids) - first, len(ids) - first + len(cell)) if cell else None)
                    )
                    ids.extend(cell)
                per_stage.append((slice(first - start, len(ids) - start), cells))
            self.stages.append(per_stage)
            self.spans.append(slice(start, len(ids)))
        self.ids = ids


class _Ranker:
    """Category stage ranks (0: none) from judgement codes under one set of rules, memoised."""

    def __init__(self, plan: _Plan, rules: Rules) -> None:
        self.plan = plan
        self.rules = rules
        self.credit = (0.0, 0.0, rules.partly_weight, 1.0)  # by code: not judged, not met, partly, met
        self.threshold = rules.threshold - EPS
        self.cumulative = rules.progression is Progression.CUMULATIVE

    def category(self, c: int) -> Callable[[bytes], int]:
        """The rank of category ``c`` from the codes of its descriptors."""
        plan, rules = self.plan, self.rules
        stages = plan.stages[c]
        overview = plan.comp.category_overview[c]
        single = len(plan.comp.category_parts[c]) == 1
        credit = self.credit.__getitem__
        ranks: dict[bytes, int] = {}
        scores: list[dict[bytes, float | None]] = [{} for _ in stages]
        cells: dict[bytes, float] = {}  # by codes: the same codes give the same score in any cell

        def stage_score(t: int, codes: bytes) -> float | None:
            """A stage's score: as in profiling, from the part scores of its cells."""
            part: list[tuple[int, float | None]] = []
            for slot, cell in stages[t][1]:
                if cell is None:
                    part.append((slot, None))
                    continue
                key = codes[cell]
                score = cells.get(key)
                if score is None:  # a cell's score: its credits summed in order, over their number
                    score = cells[key] = sum(map(credit, key)) * (1.0 / len(key))
                part.append((slot, score))
            if single:
                return part[0][1]
            ov = next(([score] for slot, score in part if slot == overview), None)
            return overview_or_mean_components(ov, [[score] for slot, score in part if slot != overview])[0]

        def rank(codes: bytes) -> int:
            found = ranks.get(codes)
            if found is not None:
                return found
            if len(codes) - codes.count(0) < rules.min_evidence:
                found = 0
            else:
                per_stage: list[float | None] = []
                for t, (span, _) in enumerate(stages):
                    key = codes[span]
                    known = scores[t]
                    if key in known:
                        per_stage.append(known[key])
                    else:
                        per_stage.append(known.setdefault(key, stage_score(t, key)))
                stage = stage_reached(per_stage, self.threshold, self.cumulative)
                found = stage + 1 if stage >= 0 else 0
            ranks[codes] = found
            return found

        return rank
