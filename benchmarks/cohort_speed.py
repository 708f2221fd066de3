"""Cohorts at the speed of the data: every cohort operation against its floor, in one run (issue 24).

The *floor* is the simplest correct pure-Python loop written from the
documented rule table (``Rules``' docstring, "How profiling works"): credit
1 / 0.5 / 0 for met / partly / not met; per component and category overview,
a stage's score is its descriptors' credit over their number; a stage is
attained at 0.6; stages are cumulative; a category's score per stage is the
higher of its overview score and the mean of its components' scores; at least
one judged descriptor before any stage. It computes the same stages from the
same judgements, and this script checks that it does (every trainer's
distribution, and each stage of a sample of trainers, must be identical, or
the run exits 1).

Each ratio is the library's time over its baseline's, both run in this
process, alternating, each run from a collected heap: the median of
``--repeats`` pairs by wall clock, the range of the pairs' ratios, and the
median ratio by CPU time (which other work on a shared machine disturbs less):

- ``profile(fw, Evidence)`` and ``profile(fw, mapping)`` per trainer: floor;
- ``Cohort.from_evidence``: the floor over the same judgements, kept per trainer;
- ``Cohort.synthetic``: the same random draws, then the floor;
- ``stage_distribution``, ``progress``: ``Counter`` over the floor's stages;
- ``agreement`` (self and observer): pairs from the rows, a plain kappa, the
  floor per source;
- ``to_pandas`` / ``write_parquet``: the columns built directly from the
  floor's stages;
- the command line's ``trainerframework cohort FILE.csv`` (``--cli-rows``
  judgements, default 100,000, in this process: its start-up is
  ``benchmarks/import_time.py``'s): ``csv.DictReader`` over the same file,
  each trainer's judgements gathered, the floor, and a count.

Peak memory is measured in a fresh subprocess per measurement (maximum
resident set size, and the same for a process that only builds the input, so
the difference is what the cohort keeps).

Usage: python benchmarks/cohort_speed.py [--trainers 2000] [--repeats 3] [--agreement-trainers N]
       [--no-memory] [--cli-rows 100000]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import functools
import gc
import io
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import trainerframework as tfw
from trainerframework._cli import main as cli_main

CREDIT = {"met": 1.0, "partly": 0.5, "not_met": 0.0}
THRESHOLD = 0.6 - 1e-9  # the documented 0.6, with the library's tolerance for rounding
NOT_ATTAINED, NO_STAGE = -1, -2  # stage codes besides stage indices 0, 1, 2
JUDGEMENTS = ("met", "partly", "not_met")
POOL = 10_000  # distinct evidence sets; trainer k judges as pool[k % POOL]


# -- the floor ------------------------------------------------------------------------------


def plan_of(fw: tfw.Framework) -> list[tuple[bool, list[list[list[str]]]]]:
    """Per category: whether it has overview descriptors, and per part (overview, then each
    component) the descriptor ids at each stage."""
    plan = []
    for c in fw.categories:
        parts = [c.descriptors, *(k.descriptors for k in c.components)]
        by_stage = [[[d.id for d in part if d.stage == s] for s in fw.stages] for part in parts]
        plan.append((bool(c.descriptors), by_stage))
    return plan


def decide(scores: list[float | None]) -> int:
    """The highest stage with it and every lower stage attained (stages without descriptors skipped)."""
    best = NOT_ATTAINED
    for t, score in enumerate(scores):
        if score is None:
            continue
        if score >= THRESHOLD:
            best = t
        else:
            break
    return best


def floor(judgements: Mapping[str, str], plan: list[tuple[bool, list[list[list[str]]]]]) -> tuple[int, ...]:
    """Stage codes of one trainer: each category, then each component (framework order)."""
    credit = {d: CREDIT[j] for d, j in judgements.items()}
    categories: list[int] = []
    components: list[int] = []
    for has_overview, parts in plan:
        scored = []
        judged_in_category = 0
        for i, by_stage in enumerate(parts):
            scores = [sum(credit.get(d, 0.0) for d in ids) / len(ids) if ids else None for ids in by_stage]
            judged = sum(d in credit for ids in by_stage for d in ids)
            judged_in_category += judged
            if i > 0:
                components.append(decide(scores) if judged else NO_STAGE)
            if any(by_stage):
                scored.append((i, scores))
        overview = scored[0][1] if has_overview else None
        parts_scores = [s for i, s in scored if i > 0]
        category_scores: list[float | None] = []
        for t in range(len(parts[0])):
            per = [s[t] for s in parts_scores if s[t] is not None]
            mean = sum(per) / len(per) if per else None  # type: ignore[arg-type]
            ov = overview[t] if overview is not None else None
            category_scores.append(mean if ov is None else ov if mean is None else max(ov, mean))
        categories.append(decide(category_scores) if judged_in_category else NO_STAGE)
    return tuple(categories + components)


def library_codes(p: tfw.Profile) -> tuple[int, ...]:
    """The same codes read from a library profile through the public API."""
    out = []
    for r in (*p.categories, *p.components):
        if r.stage is not None:
            out.append(r.stage.rank - 1)
        else:
            out.append(NO_STAGE if r.status is tfw.Status.NOT_ENOUGH_EVIDENCE else NOT_ATTAINED)
    return tuple(out)


# -- inputs ------------------------------------------------------------------------------------


def pool_of(fw: tfw.Framework, n: int, seed: int = 2026) -> list[dict[str, str]]:
    """``n`` trainers' judgements of every descriptor, each trainer with a level (mixed profiles)."""
    rng = random.Random(seed)
    ids = [d.id for d in fw.descriptors]
    out = []
    for _ in range(n):
        level = rng.random()
        out.append(
            {d: JUDGEMENTS[0 if rng.random() < level else 1 if rng.random() < 0.5 else 2] for d in ids}
        )
    return out


class Trainers(Mapping[str, dict[str, str]]):
    """``n`` trainers' judgements without holding ``n`` mappings: trainer k judges as pool[k % len(pool)]."""

    def __init__(self, pool: list[dict[str, str]], n: int) -> None:
        self.pool, self.n = pool, n

    def __getitem__(self, tid: str) -> dict[str, str]:
        return self.pool[int(tid[1:]) % len(self.pool)]

    def __iter__(self) -> Iterator[str]:
        return (f"T{k:07d}" for k in range(self.n))

    def __len__(self) -> int:
        return self.n


def synthetic_draws(
    fw: tfw.Framework, n: int, seed: int, sources: tuple[str, ...] = ("self",)
) -> Iterator[tuple[str, dict[str, dict[str, str]]]]:
    """The random draws of ``Cohort.synthetic`` (its documented generator): per trainer, per source,
    ``{descriptor id: judgement}``."""
    rng = random.Random(seed)
    gauss = rng.gauss
    top = len(fw.stages)
    plan = [(d.id, d.stage.rank, d.category_id) for d in fw.descriptors]
    biases = [(s, 0.3 if s == "self" and len(sources) > 1 else 0.0) for s in sources]
    for k in range(n):
        overall = rng.uniform(0.8, top + 0.3)
        level = {c.id: overall + gauss(0, 0.7) for c in fw.categories}
        judged: dict[str, dict[str, str]] = {s: {} for s in sources}
        for did, rank, cat in plan:
            gap = rank - level[cat]
            for source, bias in biases:
                x = gap - bias + gauss(0, 0.45)
                judged[source][did] = "met" if x < -0.35 else "partly" if x < 0.35 else "not_met"
        yield f"T{k + 1:06d}", judged


# -- baselines of the analyses ------------------------------------------------------------------


def plain_distribution(stages: dict[str, tuple[int, ...]]) -> list[Counter[int]]:
    return [Counter(column) for column in zip(*stages.values(), strict=True)]


def plain_progress(before: dict[str, tuple[int, ...]], after: dict[str, tuple[int, ...]]) -> list[Counter]:
    both = [t for t in before if t in after]
    return [
        Counter(zip(b, a, strict=True))
        for b, a in zip(
            zip(*(before[t] for t in both), strict=True),
            zip(*(after[t] for t in both), strict=True),
            strict=True,
        )
    ]


def plain_kappa(table: list[list[int]]) -> float | None:
    """Cohen's linearly weighted kappa of a square table."""
    k = len(table) - 1
    n = sum(map(sum, table))
    if not n:
        return None
    rows = [sum(r) for r in table]
    cols = [sum(r[j] for r in table) for j in range(len(table))]
    idx = range(len(table))
    observed = sum(abs(i - j) / k * table[i][j] for i in idx for j in idx) / n
    expected = sum(abs(i - j) / k * rows[i] * cols[j] for i in idx for j in idx) / n / n
    return None if expected == 0 else 1 - observed / expected


ORDINAL = {"not_met": 0, "partly": 1, "met": 2}


def plain_agreement(judged: list[tuple[str, dict[str, dict[str, str]]]], plan: Any, ncat: int) -> tuple:
    per_descriptor: dict[str, list[list[int]]] = {}
    per_category = [[[0] * 4 for _ in range(4)] for _ in range(ncat)]
    for _, by_source in judged:
        a, b = by_source["self"], by_source["observer"]
        for did, ja in a.items():
            jb = b.get(did)
            if jb is not None:
                table = per_descriptor.get(did)
                if table is None:
                    table = per_descriptor[did] = [[0] * 3 for _ in range(3)]
                table[ORDINAL[ja]][ORDINAL[jb]] += 1
        sa, sb = floor(a, plan), floor(b, plan)
        for c in range(ncat):
            per_category[c][max(sa[c], -1) + 1][max(sb[c], -1) + 1] += 1
    return [plain_kappa(t) for t in per_descriptor.values()], [plain_kappa(t) for t in per_category]


# -- timing ---------------------------------------------------------------------------------


LAST: dict[str, list[float]] = {}
"""The last :func:`alternate`'s per-pair ratios, by wall clock and by CPU time."""


def alternate(
    library: Callable[[], Any],
    baseline: Callable[[], Any],
    repeats: int,
    *,
    drop: Callable[[Callable[[], Any]], None] | None = None,
) -> tuple[float, float]:
    """Median wall-clock seconds of each, run alternately ``repeats`` times.

    Each run starts from a collected heap (``gc.collect()``, not timed), so
    neither pays for the other's garbage, nor for freeing its own result of
    the run before (``drop(fn)``, not timed: a run that keeps its result
    would otherwise free the last one, a million trainers' worth, inside the
    timed call). The per-pair ratios by wall clock and by CPU time
    (``time.process_time``: other work on the machine takes less from it) are
    kept in :data:`LAST` for :func:`main` to print.
    """
    lib, base, lib_cpu, base_cpu = [], [], [], []
    for _ in range(repeats):
        for fn, out, cpu in ((library, lib, lib_cpu), (baseline, base, base_cpu)):
            if drop is not None:
                drop(fn)
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            out.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    LAST["wall"] = [a / b for a, b in zip(lib, base, strict=True)]
    LAST["cpu"] = [a / b for a, b in zip(lib_cpu, base_cpu, strict=True)]
    return statistics.median(lib), statistics.median(base)


def memory(what: str, trainers: int) -> float:
    """Peak RSS in MB of a fresh process doing ``what`` for ``trainers``."""
    out = subprocess.run(
        [sys.executable, __file__, "--measure-memory", what, "--trainers", str(trainers)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def measure_memory(what: str, n: int) -> None:
    fw = tfw.load_framework()
    plan = plan_of(fw)
    pool = pool_of(fw, min(n, POOL))
    trainers = Trainers(pool, n)
    kept: Any = None
    if what == "from_evidence":
        kept = tfw.Cohort.from_evidence(trainers, fw)
    elif what == "floor":
        kept = {tid: floor(trainers[tid], plan) for tid in trainers}
    elif what == "synthetic":
        kept = tfw.Cohort.synthetic(n, seed=7, fw=fw)
    elif what == "synthetic_floor":
        kept = {tid: floor(judged["self"], plan) for tid, judged in synthetic_draws(fw, n, 7)}
    assert kept is not None or what == "input"
    # VmHWM: this process's own peak (ru_maxrss would include the parent's at fork time)
    status = Path("/proc/self/status").read_text(encoding="ascii").split("VmHWM:")[1]
    print(int(status.split()[0]) / 1024)  # kB


# -- the run --------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainers", type=int, default=2_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--agreement-trainers", type=int, default=None, help="default: --trainers")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument(
        "--cli-rows", type=int, default=100_000, help="rows of the CSV file `trainerframework cohort` reads"
    )
    parser.add_argument("--measure-memory", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_memory:
        measure_memory(args.measure_memory, args.trainers)
        return 0
    n, repeats = args.trainers, args.repeats
    fw = tfw.load_framework()
    plan = plan_of(fw)
    pool = pool_of(fw, min(n, POOL))
    trainers = Trainers(pool, n)
    scope_ids = [c.id for c in fw.categories] + [k.id for k in fw.components]
    rows: list[tuple[str, float, float]] = []
    failures: list[str] = []

    def ratio(name: str, lib: float, base: float) -> None:
        rows.append((name, lib, base))
        wall, cpu = LAST["wall"], LAST["cpu"]
        print(
            f"  {name:<34} {lib:9.3f} s  {base:9.3f} s  {lib / base:6.2f}x  {min(wall):5.2f}-{max(wall):5.2f}"
            f"  {statistics.median(cpu):6.2f}x",
            flush=True,
        )

    print(f"trainers: {n:,} (evidence: {len(pool):,} distinct sets of 66 judgements); median of {repeats}")
    print(f"  {'operation':<34} {'library':>11}  {'baseline':>11}  ratio  range        by CPU")

    # per trainer
    few = pool[: min(n, 5_000)]
    evidences = [tfw.Evidence.from_mapping(m) for m in few]
    tfw.profile(fw, evidences[0])
    lib, base = alternate(
        lambda: [tfw.profile(fw, ev) for ev in evidences], lambda: [floor(m, plan) for m in few], repeats
    )
    ratio("profile(fw, Evidence) per 1k", lib / len(few) * 1000, base / len(few) * 1000)
    lib, base = alternate(
        lambda: [tfw.profile(fw, m) for m in few], lambda: [floor(m, plan) for m in few], repeats
    )
    ratio("profile(fw, mapping) per 1k", lib / len(few) * 1000, base / len(few) * 1000)

    # whole cohorts: built once per repeat, the last kept for the analyses
    built: dict[str, Any] = {}

    def from_evidence() -> None:
        built["cohort"] = tfw.Cohort.from_evidence(trainers, fw)

    def floor_all() -> None:
        built["floor"] = {tid: floor(trainers[tid], plan) for tid in trainers}

    keys: dict[Callable[[], Any], str] = {}

    def drop(fn: Callable[[], Any]) -> None:
        built.pop(keys[fn], None)

    keys |= {from_evidence: "cohort", floor_all: "floor"}
    ratio("Cohort.from_evidence", *alternate(from_evidence, floor_all, repeats, drop=drop))
    cohort, stages = built.pop("cohort"), built.pop("floor")

    def synthetic() -> None:
        built["synthetic"] = tfw.Cohort.synthetic(n, seed=7, fw=fw)

    def synthetic_floor() -> None:
        built["synthetic_floor"] = {tid: floor(j["self"], plan) for tid, j in synthetic_draws(fw, n, 7)}

    keys |= {synthetic: "synthetic", synthetic_floor: "synthetic_floor"}
    ratio("Cohort.synthetic", *alternate(synthetic, synthetic_floor, repeats, drop=drop))
    later, later_stages = built.pop("synthetic"), built.pop("synthetic_floor")

    # the floor gives the library's stages
    for what, built_cohort, floor_stages in (
        ("from_evidence", cohort, stages),
        ("synthetic", later, later_stages),
    ):
        failures += [
            f"{what}: trainer {tid}: {library_codes(built_cohort[tid])} != floor {floor_stages[tid]}"
            for tid in built_cohort.ids[:500]
            if library_codes(built_cohort[tid]) != floor_stages[tid]
        ]

    def distribution() -> tuple[dict, dict]:
        return cohort.stage_distribution("category"), cohort.stage_distribution("component")

    lib, base = alternate(distribution, lambda: plain_distribution(stages), repeats)
    ratio("stage_distribution (both levels)", lib, base)
    keys = [s.id for s in fw.stages] + [tfw.NOT_ATTAINED, tfw.NO_STAGE]
    code_key = dict(enumerate(keys[:-2])) | {NOT_ATTAINED: tfw.NOT_ATTAINED, NO_STAGE: tfw.NO_STAGE}
    by_category, by_component = distribution()
    for scope, counter in zip(scope_ids, plain_distribution(stages), strict=True):
        mine = dict.fromkeys(keys, 0) | {code_key[c]: v for c, v in counter.items()}
        theirs = by_category.get(scope) or by_component[scope]
        if mine != theirs:
            failures.append(f"stage_distribution {scope}: {theirs} != floor {mine}")

    # progress: the first round from_evidence's cohort renamed as synthetic's trainers
    first = tfw.Cohort(zip(later.ids, (p for _, p in cohort.profiles()), strict=True), framework=fw)
    first_stages = dict(zip(later.ids, stages.values(), strict=True))
    lib, base = alternate(
        lambda: first.progress(later), lambda: plain_progress(first_stages, later_stages), repeats
    )
    ratio("progress", lib, base)

    # agreement
    m = min(args.agreement_trainers or n, n)
    two = tfw.Cohort.synthetic(m, seed=11, fw=fw, sources=("self", "observer"))
    judged = list(synthetic_draws(fw, m, 11, ("self", "observer")))
    lib, base = alternate(
        lambda: tfw.agreement(two, "self", "observer"),
        lambda: plain_agreement(judged, plan, len(fw.categories)),
        repeats,
    )
    ratio(f"agreement ({m:,} trainers)", lib, base)
    mine_a = tfw.agreement(two, "self", "observer")
    _, kappas_c = plain_agreement(judged, plan, len(fw.categories))
    theirs_c = [r.kappa for r in mine_a.categories]
    if any(abs((x or 0) - (y or 0)) > 1e-9 for x, y in zip(theirs_c, kappas_c, strict=True)):
        failures.append(f"agreement per category: {theirs_c} != plain {kappas_c}")

    # exports
    try:
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        print("  (to_pandas / write_parquet: pandas and pyarrow not installed)")
    else:
        names = [s.name for s in fw.stages]
        labels = [*names, "not attained", "not enough evidence"]
        nscopes = len(scope_ids)
        levels = ["category"] * len(fw.categories) + ["component"] * len(fw.components)

        def columns() -> dict[str, Any]:
            tids = list(stages)
            codes = [c for t in tids for c in stages[t]]
            stage = [c if c >= 0 else len(names) - 1 - c for c in codes]  # -1 -> 3, -2 -> 4
            return {
                "trainer": [t for t in tids for _ in range(nscopes)],
                "level": levels * len(tids),
                "scope_id": scope_ids * len(tids),
                "stage": stage,
                "stage_rank": [c + 1 if c >= 0 else 0 for c in codes],
            }

        def plain_pandas() -> pd.DataFrame:
            cols = columns()
            cols["stage"] = pd.Categorical.from_codes(cols["stage"], categories=labels, ordered=True)
            return pd.DataFrame(cols)

        def plain_parquet() -> None:
            cols = columns()
            cols["stage"] = pa.DictionaryArray.from_arrays(
                pa.array(cols["stage"], pa.int8()), pa.array(labels), ordered=True
            )
            pq.write_table(pa.table(cols), Path(folder, "plain.parquet"))

        with tempfile.TemporaryDirectory() as folder:
            ratio("to_pandas", *alternate(cohort.to_pandas, plain_pandas, repeats))
            write = functools.partial(cohort.write_parquet, Path(folder, "cohort.parquet"))
            ratio("write_parquet", *alternate(write, plain_parquet, repeats))

    # the command line: `trainerframework cohort FILE.csv`, in this process (its start-up is
    # benchmarks/import_time.py's), against reading the same file with csv.DictReader and the floor
    cli_trainers = max(1, args.cli_rows // len(fw.descriptors))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "cohort.csv")
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["trainer", "descriptor", "judgement"])
            for k in range(cli_trainers):
                writer.writerows((f"T{k:07d}", d, j) for d, j in pool[k % len(pool)].items())

        def cli() -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                code = cli_main(["cohort", str(path)])
            if code != 0:
                failures.append(f"trainerframework cohort exited {code}")

        def plain_cli() -> None:
            judged: dict[str, dict[str, str]] = {}
            with path.open(newline="", encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    judged.setdefault(row["trainer"], {})[row["descriptor"]] = row["judgement"]
            codes = [floor(m, plan) for m in judged.values()]
            Counter(c[0] for c in codes)  # a summary: the first category's distribution

        judgements = cli_trainers * len(fw.descriptors)
        ratio(f"CLI cohort, {judgements:,}-row CSV", *alternate(cli, plain_cli, repeats))

    if not args.no_memory:
        print("peak memory (max RSS of a fresh process; input: the process that only builds the evidence)")
        base_mb = memory("input", n)
        for what, against in (("from_evidence", "floor"), ("synthetic", "synthetic_floor")):
            lib_mb, floor_mb = memory(what, n), memory(against, n)
            per = (lib_mb - base_mb) * 1024 / n
            per_floor = (floor_mb - base_mb) * 1024 / n
            print(
                f"  {what:<16} {lib_mb:8.0f} MB ({per:6.2f} KB per trainer kept)   floor {floor_mb:8.0f} MB "
                f"({per_floor:5.2f} KB)   input alone {base_mb:.0f} MB   ratio {lib_mb / floor_mb:.2f}x"
            )

    for failure in failures[:20]:
        print("MISMATCH", failure)
    print("floor and library agree" if not failures else f"{len(failures)} MISMATCHES")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
