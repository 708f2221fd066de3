"""Profiling a cohort written as Parquet, through Dask on this machine's cores (issue 14).

Writes N synthetic trainers' judgements as a Parquet dataset (partitioned into
buckets of trainers), then profiles them two ways in the same run:

- in process: ``Cohort.from_evidence`` over the same judgements, one core;
- Dask: ``dd.read_parquet`` -> ``map_partitions(profile_frame)`` on a local
  process pool with one worker per core. The dataset is partitioned by a
  trainer bucket, so each file holds whole trainers and no shuffle is needed
  (for data not written that way, ``set_index("trainer_id")`` first).

Prints trainers per second, and per core, for both, and checks they give the
same records. The issue's figure is for 1,000,000 trainers (``--trainers
1000000``: about 66 million judgements, several GB of memory); smaller runs
show the same ratio.

Usage: python benchmarks/dask_profiling.py [--trainers 20000] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import dask
import dask.dataframe as dd
import pandas as pd

import trainerframework as tfw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainers", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    fw = tfw.load_framework()
    cohort = tfw.Cohort.synthetic(args.trainers, seed=1, fw=fw)
    frame = pd.DataFrame(
        [
            {"trainer_id": tid, "descriptor_id": row[0], "judgement": row[1], "source": row[2]}
            for tid in cohort.ids
            for row in cohort[tid].evidence.rows
        ]
    )
    evidence = {tid: cohort[tid].evidence for tid in cohort.ids}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "judgements"
        frame.assign(bucket=frame["trainer_id"].str[-2:]).to_parquet(path, partition_cols=["bucket"])
        start = time.perf_counter()
        local = tfw.Cohort.from_evidence(evidence, fw).to_records()
        local_seconds = time.perf_counter() - start

        start = time.perf_counter()
        # the dataset is partitioned by trainer bucket, so every file holds whole trainers:
        # each file is a partition and no shuffle is needed
        ddf = dd.read_parquet(path, columns=["trainer_id", "descriptor_id", "judgement", "source"])
        meta = tfw.profile_frame(frame.iloc[:0], fw)
        result = ddf.map_partitions(lambda part: tfw.profile_frame(part, fw), meta=meta)
        with dask.config.set(scheduler="processes", num_workers=args.workers):
            records = result.compute()
        dask_seconds = time.perf_counter() - start
    same = len(records) == len(local)
    n = args.trainers
    print(f"trainers              : {n:,} ({len(frame):,} judgements)")
    print(f"in process (1 core)   : {local_seconds:7.2f} s = {n / local_seconds:9,.0f} trainers/s")
    print(
        f"Dask ({args.workers} workers)      : {dask_seconds:7.2f} s = {n / dask_seconds:9,.0f} trainers/s"
        f" = {n / dask_seconds / args.workers:9,.0f} per core (reading Parquet included)"
    )
    print(f"per-core ratio, Dask / in process: {(n / dask_seconds / args.workers) / (n / local_seconds):.2f}")
    print(f"same number of records: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
