"""Profiling throughput: 100,000 trainers with full evidence, on one core.

Goal (issue: profiling): at least 20,000 profiles per second for
``profile(fw, evidence)``. The same run measures a plain dict-counting loop
over the same evidence (credit per category and stage, no rules, no result
objects) and prints the ratio of the two.

Evidence is generated in chunks (untimed) so memory stays flat; each trainer
judges all 66 descriptors as met, partly or not met.

Usage: python benchmarks/profiling.py [--trainers N] [--chunk N] [--goal 20000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time

import trainerframework as tfw

JUDGEMENTS = ("met", "partly", "not_met")


def baseline(mapping: dict[str, str], cell: dict[str, tuple[str, str]], weight: dict[str, float]) -> dict:
    counts: dict[tuple[str, str], float] = {}
    for did, judgement in mapping.items():
        key = cell[did]
        counts[key] = counts.get(key, 0.0) + weight[judgement]
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainers", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=5_000)
    parser.add_argument("--goal", type=float, default=20_000)
    args = parser.parse_args()

    fw = tfw.load_framework()
    ids = [d.id for d in fw.descriptors]
    cell = {d.id: (d.category_id, d.stage.id) for d in fw.descriptors}
    weight = {"met": 1.0, "partly": 0.5, "not_met": 0.0}
    rng = random.Random(2026)
    tfw.profile(fw, {ids[0]: "met"})  # warm the per-framework index

    t_profile = t_mapping = t_base = 0.0
    done = 0
    stage_counts: dict[str, int] = {}
    while done < args.trainers:
        n = min(args.chunk, args.trainers - done)
        # each trainer has a "level" so profiles are mixed and realistic, not uniform noise
        mappings = []
        for _ in range(n):
            level = rng.random()
            mappings.append(
                {d: JUDGEMENTS[0 if rng.random() < level else 1 if rng.random() < 0.5 else 2] for d in ids}
            )
        evidences = [tfw.Evidence.from_mapping(m) for m in mappings]

        start = time.perf_counter()
        profiles = [tfw.profile(fw, ev) for ev in evidences]
        t_profile += time.perf_counter() - start

        start = time.perf_counter()
        for m in mappings:
            tfw.profile(fw, m)
        t_mapping += time.perf_counter() - start

        start = time.perf_counter()
        for m in mappings:
            baseline(m, cell, weight)
        t_base += time.perf_counter() - start

        for p in profiles:
            s = p.most_common_stage()
            key = s.id if s else "none"
            stage_counts[key] = stage_counts.get(key, 0) + 1
        done += n

    rate = done / t_profile
    print(f"trainers profiled             : {done:,} (66 judgements each)")
    print(f"profile(fw, Evidence)         : {rate:,.0f} profiles/s  ({t_profile:.2f} s)")
    print(f"profile(fw, mapping)          : {done / t_mapping:,.0f} profiles/s  (includes building Evidence)")
    print(f"dict-counting baseline        : {done / t_base:,.0f} evidence sets/s")
    print(f"ratio profile / baseline time : {t_profile / t_base:.2f}x")
    print(f"most common stages            : {dict(sorted(stage_counts.items()))}")
    print(
        f"goal                          : >= {args.goal:,.0f} profiles/s -> "
        f"{'met' if rate >= args.goal else 'MISSED'}"
    )
    return 0 if rate >= args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
