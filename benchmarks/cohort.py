"""Cohort scale: 100,000 trainers summarised in under 10 seconds and 2 GB on one core.

Builds a seeded synthetic cohort (every trainer judges all 66 descriptors;
generation is timed separately), then times the summary: stage distribution
per category and per component, the most common development priorities, and
the tidy records. Peak memory is the process's maximum resident set size.
For scale, the same run times a plain loop that counts category stages from
the profiles.

Usage: python benchmarks/cohort.py [--trainers N] [--seconds 10] [--gigabytes 2]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

import trainerframework as tfw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainers", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--gigabytes", type=float, default=2.0)
    args = parser.parse_args()

    start = time.perf_counter()
    cohort = tfw.Cohort.synthetic(args.trainers, seed=7)
    t_generate = time.perf_counter() - start

    start = time.perf_counter()
    for _, p in cohort.profiles():
        p.category_stages  # noqa: B018 - the baseline: read every category stage
    t_baseline = time.perf_counter() - start

    start = time.perf_counter()
    by_category = cohort.stage_distribution("category")
    cohort.stage_distribution("component")
    priorities = cohort.common_priorities(limit=5)
    records = cohort.to_records()
    t_summary = time.perf_counter() - start
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024  # Linux: KiB

    print(f"trainers                 : {len(cohort):,}")
    print(f"generate + profile       : {t_generate:.1f} s (not part of the goal)")
    print(f"baseline (read stages)   : {t_baseline:.2f} s")
    what = f"distribution x2, priorities, {len(records):,} records"
    print(f"summary                  : {t_summary:.2f} s  ({what})")
    print(f"peak memory (max RSS)    : {peak_gb:.2f} GB")
    print(f"training distribution    : {by_category['training']}")
    print(f"most common priorities   : {priorities[:3]}")
    ok = t_summary <= args.seconds and peak_gb <= args.gigabytes
    verdict = "met" if ok else "MISSED"
    print(f"goal                     : <= {args.seconds:g} s and <= {args.gigabytes:g} GB -> {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
