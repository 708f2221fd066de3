"""Profiling a cohort written as Parquet, through Dask on this machine's cores (issue 14).

Writes N synthetic trainers' judgements as a Parquet dataset, one file per
chunk of whole trainers (generated chunk by chunk, so a million trainers never
sit in memory at once), then profiles them two ways in the same run:

- in process: ``Cohort.from_evidence`` over the judgements of the first chunk
  (``--chunk`` trainers), one core, the library's own path from built
  evidence; and ``profile_frame`` on the same chunk's frame (the function Dask
  runs, so the rest of the gap is Dask's own overhead and Parquet reading);
- Dask: ``dd.read_parquet`` -> ``map_partitions(profile_frame)`` over the whole
  dataset on a local process pool with one worker per core. Each file holds
  whole trainers, so each file is a partition and no shuffle is needed (for
  data not written that way, ``set_index("trainer_id")`` first).

Prints trainers per second, and per core, for both, and checks that Dask gives
the in-process records for the baseline trainers and the right number of
records for all of them. The issue's figure is ``--trainers 1000000`` (about
66 million judgements).

Usage: python benchmarks/dask_profiling.py [--trainers 20000] [--chunk 10000] [--workers 2]
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

COLUMNS = ["trainer_id", "descriptor_id", "judgement", "source"]


def chunk_frame(cohort: tfw.Cohort, prefix: str) -> pd.DataFrame:
    """The judgements of ``cohort`` as a frame, trainer ids prefixed to stay unique across chunks."""
    columns: dict[str, list[str | None]] = {name: [] for name in COLUMNS}
    for tid in cohort.ids:
        for row in cohort[tid].evidence.rows:
            columns["trainer_id"].append(prefix + tid)
            columns["descriptor_id"].append(row[0])
            columns["judgement"].append(row[1])
            columns["source"].append(row[2])
    return pd.DataFrame(columns)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainers", type=int, default=20_000)
    parser.add_argument("--chunk", type=int, default=10_000, help="trainers per Parquet file")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    fw = tfw.load_framework()
    chunks = -(-args.trainers // args.chunk)
    judgements = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "judgements"
        path.mkdir()
        start = time.perf_counter()
        for k in range(chunks):
            size = min(args.chunk, args.trainers - k * args.chunk)
            cohort = tfw.Cohort.synthetic(size, seed=k + 1, fw=fw)
            frame = chunk_frame(cohort, f"C{k:04d}-")
            frame.to_parquet(path / f"part-{k:04d}.parquet", index=False)
            judgements += len(frame)
            if k == 0:
                baseline = cohort
                baseline_frame = frame
        written = time.perf_counter() - start
        print(f"written               : {chunks} files in {written:.0f} s (not timed below)")

        evidence = {tid: baseline[tid].evidence for tid in baseline.ids}
        start = time.perf_counter()
        local = tfw.Cohort.from_evidence(evidence, fw).to_records()
        local_seconds = time.perf_counter() - start
        start = time.perf_counter()
        tfw.profile_frame(baseline_frame, fw=fw)
        frame_seconds = time.perf_counter() - start

        start = time.perf_counter()
        ddf = dd.read_parquet(path, columns=COLUMNS)
        meta = tfw.profile_frame(baseline_frame.iloc[:0], fw=fw)
        result = ddf.map_partitions(lambda part: tfw.profile_frame(part, fw=fw), meta=meta)
        with dask.config.set(scheduler="processes", num_workers=args.workers):
            records = result.compute()
        dask_seconds = time.perf_counter() - start

    n, m = args.trainers, len(baseline.ids)
    mine = records[records["trainer"].str.startswith("C0000-")].copy()
    mine["trainer"] = mine["trainer"].str.removeprefix("C0000-")
    expected = pd.DataFrame(local)
    same = mine.reset_index(drop=True).astype(object).equals(expected.astype(object)) and (
        len(records) == len(local) * n // m
    )
    local_rate, dask_rate = m / local_seconds, n / dask_seconds
    print(f"trainers              : {n:,} ({judgements:,} judgements in {chunks} Parquet files)")
    print(f"in process (1 core)   : {m:,} trainers in {local_seconds:7.2f} s = {local_rate:9,.0f} trainers/s")
    frame_rate = m / frame_seconds
    print(
        f"  profile_frame there  : {m:,} trainers in {frame_seconds:7.2f} s = {frame_rate:9,.0f} trainers/s"
        " (the function Dask runs, reading the judgements from a frame)"
    )
    print(
        f"Dask ({args.workers} workers)      : {n:,} trainers in {dask_seconds:7.2f} s = {dask_rate:9,.0f}"
        f" trainers/s = {dask_rate / args.workers:9,.0f} per core (reading Parquet included)"
    )
    print(f"per-core ratio, Dask / in process: {dask_rate / args.workers / local_rate:.2f}")
    print(f"Dask gives the in-process records: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
