"""Cohort analyses read stored stage codes column by column; results are those of the plain formulas.

Each reference below is the plain formula written against the public result
objects (``Profile.categories`` / ``components``, ``Evidence.items``), the
way the analyses were computed before they read columns (issue 24).
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._profiling._evidence import checked_row

from .strategies import evidences, frameworks, rules_values

FW = tfw.load_framework()
ROOT = Path(__file__).resolve().parent.parent
_ORDINAL = {tfw.Judgement.NOT_MET: 0, tfw.Judgement.PARTLY: 1, tfw.Judgement.MET: 2}


def results(p: tfw.Profile) -> list[tfw.ScopeResult]:
    return [*p.categories, *p.components]


def key(r: tfw.ScopeResult) -> str:
    return r.stage.id if r.stage is not None else r.status.value


def reference_distribution(c: tfw.Cohort, level: str) -> dict[str, dict[str, int]]:
    fw = c.framework
    keys = [s.id for s in fw.stages] + [tfw.NOT_ATTAINED, tfw.NO_STAGE]
    scopes = fw.categories if level == "category" else fw.components
    out: dict[str, dict[str, int]] = {k.id: dict.fromkeys(keys, 0) for k in scopes}
    for _, p in c.profiles():
        for r in results(p):
            if r.level == level:
                out.setdefault(r.id, dict.fromkeys(keys, 0))[key(r)] += 1
    return out


_LABELS = {"not_attained": "not attained", "not_enough_evidence": "not enough evidence"}


def reference_records(c: tfw.Cohort) -> list[dict[str, Any]]:
    fw = c.framework
    return [
        {
            "trainer": tid,
            "level": r.level.value,
            "scope_id": r.id,
            "scope_name": fw.category(r.id).name if r.level == "category" else fw.component(r.id).name,
            "stage": r.stage.name if r.stage else _LABELS[r.status.value],
            "stage_id": r.stage.id if r.stage else None,
            "stage_name": r.stage.name if r.stage else None,
            "stage_rank": r.stage.rank if r.stage else 0,
            "status": r.status.value,
            "judged": r.judged,
            "total": r.total,
        }
        for tid, p in c.profiles()
        for r in results(p)
    ]


def reference_progress(before: tfw.Cohort, after: tfw.Cohort) -> dict[str, Counter[tuple[str, str]]]:
    out: dict[str, Counter[tuple[str, str]]] = {}
    for tid, p in before.profiles():
        if tid in after:
            for b, a in zip(results(p), results(after[tid]), strict=True):
                out.setdefault(b.id, Counter())[key(b), key(a)] += 1
    return out


def reference_agreement(c: tfw.Cohort, sa: str, sb: str) -> tuple[dict[str, list], dict[str, list]]:
    """The pairs per descriptor and per category, from items and per-source profiles."""
    fw = c.framework
    per_d: dict[str, list[tuple[int, int]]] = {d.id: [] for d in fw.descriptors}
    per_c: dict[str, list[tuple[int, int]]] = {k.id: [] for k in fw.categories}
    for _, p in c.profiles():
        a = {i.descriptor_id: i for i in p.evidence if i.source == sa}
        b = {i.descriptor_id: i for i in p.evidence if i.source == sb}
        for did in a.keys() & b.keys():
            per_d[did].append((_ORDINAL[a[did].judgement], _ORDINAL[b[did].judgement]))
        if a and b:
            pa = tfw.profile(fw, p.evidence.by_source(sa), p.rules, on_unknown="warn")
            pb = tfw.profile(fw, p.evidence.by_source(sb), p.rules, on_unknown="warn")
            for cid, ratings in per_c.items():
                x, y = pa.category_stage(cid), pb.category_stage(cid)
                ratings.append((x.rank if x else 0, y.rank if y else 0))
    return per_d, per_c


def check_agreement(c: tfw.Cohort, sa: str = "self", sb: str = "observer") -> None:
    got = tfw.agreement(c, sa, sb)
    per_d, per_c = reference_agreement(c, sa, sb)
    for row, pairs, k in [
        *((got.descriptor(d), v, 3) for d, v in per_d.items()),
        *((got.category(cid), v, len(c.framework.stages) + 1) for cid, v in per_c.items()),
    ]:
        assert row.pairs == len(pairs)
        assert row.percent == (sum(x == y for x, y in pairs) / len(pairs) if pairs else None)
        assert row.kappa == (tfw.weighted_kappa(pairs, k) if pairs else None)
    everything = [pair for v in per_d.values() for pair in v]
    assert got.pairs == len(everything)
    assert got.kappa == (tfw.weighted_kappa(everything, 3) if everything else None)


def check_cohort(c: tfw.Cohort) -> None:
    assert c.stage_distribution("category") == reference_distribution(c, "category")
    assert c.stage_distribution("component") == reference_distribution(c, "component")
    assert c.to_records() == reference_records(c)
    shapes: dict[tuple[int, ...], list[str]] = {}
    for tid, p in c.profiles():
        shapes.setdefault(tuple(r.stage.rank if r.stage else 0 for r in p.categories), []).append(tid)
    assert c.shapes() == dict(sorted(shapes.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def check_frames(c: tfw.Cohort) -> None:
    """``to_pandas`` and ``to_arrow`` (built column by column) hold the plain records, typed as documented."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    fw = c.framework
    labels = {tfw.NOT_ATTAINED: "not attained", tfw.NO_STAGE: "not enough evidence"}
    names = [s.name for s in fw.stages]
    for level in (None, "category", "component"):
        records = c.to_records(level)
        assert records == [r for r in reference_records(c) if level in (None, r["level"])]
        expected = pd.DataFrame.from_records(records, columns=list(tfw.RECORD_COLUMNS))
        stage = [r["stage_name"] or labels[r["status"]] for r in records]
        assert [r["stage"] for r in records] == stage
        categories = [*names, *labels.values()]
        expected["stage"] = pd.Categorical(stage, categories=categories, ordered=True)
        expected["stage_name"] = pd.Categorical(expected["stage_name"], categories=names, ordered=True)
        ids = [s.id for s in fw.stages]
        expected["stage_id"] = pd.Categorical(expected["stage_id"], categories=ids, ordered=True)
        pd.testing.assert_frame_equal(c.to_pandas(level), expected, check_dtype=bool(records))
        table = c.to_arrow(level).to_pylist()
        assert table == records


@st.composite
def cohorts(draw: st.DrawFn) -> tfw.Cohort:
    """A few trainers' generated evidence (several sources) against a generated framework and rules."""
    # stage names unique, as the frames' categories must be (a framework with two stages of one
    # name cannot be written as a DataFrame: a problem of its own, not of these fast paths)
    fw = draw(frameworks.filter(lambda f: len({s.name for s in f.stages}) == len(f.stages)))
    rules = draw(rules_values)
    n = draw(st.integers(0, 6))
    profiles = [tfw.profile(fw, draw(evidences(fw, max_size=30)), rules) for _ in range(n)]
    return tfw.Cohort([(f"t{k}", p) for k, p in enumerate(profiles)], framework=fw)


@st.composite
def two_source_cohorts(draw: st.DrawFn) -> tfw.Cohort:
    """Trainers judged by self and observer, often twice about one descriptor, on the bundled framework
    or a generated one (what the packed agreement codes must tell apart)."""
    fw = draw(st.just(FW) | frameworks.filter(lambda f: bool(f.descriptors)))
    ids = [d.id for d in fw.descriptors]
    item = st.builds(
        tfw.EvidenceItem,
        descriptor_id=st.sampled_from(ids[:12]),
        judgement=st.sampled_from(list(tfw.Judgement)),
        source=st.sampled_from(["self", "observer", "peer"]),
        date=st.sampled_from([None, "2024-01-01", "2024-06-01"]),
        confidence=st.sampled_from([1.0, 1.0, 0.5, 0.0]),
    )
    rules = draw(st.just(tfw.Rules()) | rules_values)
    n = draw(st.integers(1, 8))
    members = [
        (f"t{k}", tfw.profile(fw, tfw.Evidence.of(draw(st.lists(item, max_size=40))), rules))
        for k in range(n)
    ]
    return tfw.Cohort(members, framework=fw)


def mixed_cohort() -> tfw.Cohort:
    """Hand-made trainers: duplicates, dated rows, zero confidence, unknown sources, no evidence."""
    day1, day2 = "2024-01-01", "2024-06-01"
    ev = tfw.Evidence.from_mapping(
        {"training.teacher-to-trainer.1": "met", "training.teacher-to-trainer.2": "met"}
    )
    obs = tfw.Evidence.from_mapping({"training.teacher-to-trainer.1": "partly"}, source="observer")
    twice = tfw.Evidence.of(
        [
            tfw.EvidenceItem(
                descriptor_id="observation.lead.1", judgement="met", source="observer", date=day1
            ),
            tfw.EvidenceItem(
                descriptor_id="observation.lead.1", judgement="not_met", source="observer", date=day2
            ),
            tfw.EvidenceItem(descriptor_id="observation.lead.1", judgement="partly", source="self"),
            tfw.EvidenceItem(
                descriptor_id="observation.lead.2", judgement="met", source="self", confidence=0.0
            ),
            tfw.EvidenceItem(descriptor_id="observation.lead.2", judgement="met", source="observer"),
        ]
    )
    return tfw.Cohort(
        {
            "a": tfw.profile(FW, ev | obs),
            "b": tfw.profile(FW, twice),
            "c": tfw.profile(FW, {}),
            "d": tfw.profile(FW, ev),
            "e": tfw.profile(FW, ev | obs, tfw.Rules(threshold=0.4, partly_weight=0.7)),
            "f": tfw.profile(FW, ev | obs, tfw.Rules(aggregation="pooled")),
        }
    )


class TestColumnsGiveThePlainResults:
    """Distribution, records, shapes, progress and agreement equal their plain formulas."""

    def test_mixed(self) -> None:
        c = mixed_cohort()
        check_cohort(c)
        check_agreement(c)

    @pytest.mark.slow
    def test_synthetic_10k(self) -> None:
        c = tfw.Cohort.synthetic(10_000, seed=24)
        later = tfw.Cohort.synthetic(10_000, seed=25)
        check_cohort(c)
        progress = c.progress(later)
        reference = reference_progress(c, later)
        got: dict[str, Counter[tuple[str, str]]] = {}
        for t in progress.transitions:
            got.setdefault(t.scope_id, Counter())[t.before, t.after] = t.trainers
        assert got == reference
        assert progress.trainers == 10_000
        assert (progress.left, progress.joined) == ((), ())

    @pytest.mark.slow
    def test_agreement_synthetic(self) -> None:
        check_agreement(tfw.Cohort.synthetic(2_000, seed=24, sources=("self", "observer")))

    def test_frames_equal_the_records(self) -> None:
        check_frames(tfw.Cohort.synthetic(300, seed=5))


class TestProperties:
    """Trainer order never matters; the same input gives the same result; fast paths are plain formulas."""

    @settings(max_examples=40, deadline=None)
    @given(cohorts())
    def test_frames_and_records_are_the_plain_formulas(self, c: tfw.Cohort) -> None:
        check_cohort(c)
        check_frames(c)

    @settings(max_examples=40, deadline=None)
    @given(cohorts() | two_source_cohorts())
    def test_agreement_is_the_plain_formula(self, c: tfw.Cohort) -> None:
        have = {s for _, p in c.profiles() for s in p.evidence.sources}
        if {"self", "observer"} <= have:
            check_agreement(c)

    def test_agreement_with_judgements_twice(self) -> None:
        """One source judging a descriptor twice (or three times) is read the plain way."""
        items = [
            tfw.EvidenceItem(descriptor_id=d.id, judgement=j, source=s)
            for d in FW.descriptors
            for s, j in (("self", "met"), ("observer", "partly"))
        ]
        extra = [
            [tfw.EvidenceItem(descriptor_id=FW.descriptors[0].id, judgement="met", source="observer")],
            [tfw.EvidenceItem(descriptor_id=FW.descriptors[5].id, judgement="not_met", source="self")] * 3,
            [
                tfw.EvidenceItem(
                    descriptor_id=FW.descriptors[9].id, judgement="met", source="observer", date=d
                )
                for d in ("2024-01-01", "2024-02-01")
            ],
            [],
        ]
        c = tfw.Cohort([(f"t{k}", tfw.profile(FW, tfw.Evidence.of(items + e))) for k, e in enumerate(extra)])
        check_agreement(c)

    @settings(max_examples=15, deadline=None)
    @given(st.integers(1, 40), st.integers(0, 10_000), st.randoms(use_true_random=False))
    def test_order_independence(self, n: int, seed: int, rnd: random.Random) -> None:
        c = tfw.Cohort.synthetic(n, seed=seed, sources=("self", "observer"))
        members = list(c.profiles())
        rnd.shuffle(members)
        shuffled = tfw.Cohort(members)
        assert shuffled.stage_distribution() == c.stage_distribution()
        assert shuffled.stage_distribution("component") == c.stage_distribution("component")
        assert tfw.agreement(shuffled) == tfw.agreement(c)
        assert c.progress(shuffled).moves == c.progress(c).moves
        assert {k: sorted(v) for k, v in shuffled.shapes().items()} == {
            k: sorted(v) for k, v in c.shapes().items()
        }

    @settings(max_examples=10, deadline=None)
    @given(st.integers(0, 30), st.integers(0, 10_000))
    def test_determinism(self, n: int, seed: int) -> None:
        a = tfw.Cohort.synthetic(n, seed=seed, sources=("self", "observer"))
        b = tfw.Cohort.synthetic(n, seed=seed, sources=("self", "observer"))
        assert a.stage_distribution() == b.stage_distribution()
        assert a.to_records() == b.to_records()
        if n:
            assert tfw.agreement(a) == tfw.agreement(b)


class TestRepeatedColumns:
    """``_export._repeated`` (NumPy) against ``_repeated_plainly`` (Python lists): to_arrow's columns."""

    @given(st.integers(0, 60), st.integers(1, 12), st.data())
    def test_numpy_gives_the_plain_columns(self, n: int, width: int, data: st.DataObject) -> None:
        pytest.importorskip("pyarrow")
        from trainerframework._cohort import _export

        totals = data.draw(st.lists(st.integers(0, 66), min_size=width, max_size=width))
        fast, plain = _export._repeated(n, width, totals), _export._repeated_plainly(n, width, totals)
        for a, b in zip(fast, plain, strict=True):
            assert a.type == b.type
            assert a.to_pylist() == b.to_pylist()


class TestAgreementSources:
    """A source the cohort does not have is refused, naming the sources it has."""

    def test_unknown_source(self) -> None:
        c = tfw.Cohort.synthetic(5, seed=1, sources=("self", "observer"))
        with pytest.raises(
            tfw.UnknownIdError, match=r"unknown source id 'Observer'; did you mean 'observer', 'self'"
        ) as exc:
            tfw.agreement(c, "self", "Observer")
        assert exc.value.suggestions == ("observer", "self")
        with pytest.raises(tfw.UnknownIdError, match="unknown source id 'peer'"):
            tfw.agreement(c, "peer", "self")
        empty = tfw.agreement(tfw.Cohort((), framework=FW), "self", "anyone")
        assert empty.pairs == 0


class TestSharedRows:
    """Evidence.from_mapping checks each distinct row once and shares it; the rows are unchanged."""

    def test_same_rows_shared(self) -> None:
        rng = random.Random(3)  # noqa: S311 - test data
        ids = [d.id for d in FW.descriptors]
        mappings = [
            {d: rng.choice(["met", "partly", "not_met", "Met", tfw.Judgement.PARTLY]) for d in ids}
            for _ in range(50)
        ]
        for kwargs in ({}, {"source": "observer", "date": "2024-05-01", "confidence": 0.5}):
            built = [tfw.Evidence.from_mapping(m, **kwargs) for m in mappings]  # type: ignore[arg-type]
            for m, ev in zip(mappings, built, strict=True):
                src, day, conf = (
                    kwargs.get("source", "self"),
                    kwargs.get("date"),
                    kwargs.get("confidence", 1.0),
                )
                assert ev == tfw.Evidence(tuple(checked_row(d, j, src, day, "", conf) for d, j in m.items()))
            distinct = {id(row) for ev in built for row in ev.rows}
            assert len(distinct) <= 5 * len(ids)  # one per (id, judgement as written)
        with pytest.raises(tfw.InvalidEvidenceError, match="invalid judgement"):
            tfw.Evidence.from_mapping({"a": ["met"]})  # type: ignore[dict-item]
        with pytest.raises(tfw.InvalidEvidenceError, match="invalid descriptor id"):
            tfw.Evidence.from_mapping({("a",): "met"})  # type: ignore[dict-item]


@pytest.mark.slow
@pytest.mark.subprocess
class TestBenchmark:
    """benchmarks/cohort_speed.py runs, and its floor gives the library's stages."""

    def test_smoke(self) -> None:
        out = subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "cohort_speed.py"),
                "--trainers",
                "300",
                "--repeats",
                "1",
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert out.returncode == 0, out.stdout + out.stderr
        assert "floor and library agree" in out.stdout
        assert "agreement" in out.stdout
