"""Agreement between two sources of evidence across a cohort: percent and weighted kappa."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .._base._display import html
from .._profiling._evidence import Judgement
from .._profiling._profile import profile
from ..exceptions import UnknownIdError

if TYPE_CHECKING:
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
    if categories < 2:
        msg = "weighted kappa needs at least two rating categories"
        raise ValueError(msg)
    table = [[0] * categories for _ in range(categories)]
    n = 0
    for a, b in pairs:
        if not (0 <= a < categories and 0 <= b < categories):
            msg = f"rating pair ({a}, {b}) outside 0..{categories - 1}"
            raise ValueError(msg)
        table[a][b] += 1
        n += 1
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
    raise UnknownIdError(id, kind)


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
    fw = cohort.framework
    per_descriptor: dict[str, list[tuple[int, int]]] = {d.id: [] for d in fw.descriptors}
    per_category: dict[str, list[tuple[int, int]]] = {c.id: [] for c in fw.categories}
    for _, p in cohort.profiles():
        a = {i.descriptor_id: i for i in p.evidence if i.source == source_a}
        b = {i.descriptor_id: i for i in p.evidence if i.source == source_b}
        for did in a.keys() & b.keys():
            if did in per_descriptor:
                per_descriptor[did].append((_ORDINAL[a[did].judgement], _ORDINAL[b[did].judgement]))
        if a and b:
            pa = profile(fw, p.evidence.by_source(source_a), p.rules, on_unknown="warn")
            pb = profile(fw, p.evidence.by_source(source_b), p.rules, on_unknown="warn")
            for cid, ratings in per_category.items():
                sa, sb = pa.category_stage(cid), pb.category_stage(cid)
                ratings.append((sa.rank if sa else 0, sb.rank if sb else 0))
    all_pairs = [pair for pairs in per_descriptor.values() for pair in pairs]

    def summary(pairs: list[tuple[int, int]], k: int) -> tuple[int, float | None, float | None]:
        if not pairs:
            return (0, None, None)
        same = sum(1 for x, y in pairs if x == y) / len(pairs)
        return (len(pairs), same, weighted_kappa(pairs, k, weights))

    def row(id: str, pairs: list[tuple[int, int]], k: int) -> AgreementRow:  # noqa: A002
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
