"""Profiling a cohort written as Parquet, through Dask on this machine's cores (issues 14, 24).

Writes N synthetic trainers' judgements as a Parquet dataset, ``--files``
files of whole trainers (generated file by file, so a million trainers never
sit in memory at once), then profiles them in the same run, alternating
``--repeats`` times:

- in process, the same work as a Dask task, file by file on one core without
  Dask: ``pd.read_parquet`` -> ``profile_frame`` -> ``to_parquet``, over every
  file (the baseline of the per-core ratio: like with like);
- Dask with one worker and with ``--workers`` workers: ``dd.read_parquet`` ->
  ``map_partitions(profile_frame)`` -> ``to_parquet``, the how-to's path.
  Each file holds whole trainers, so each file is one partition and no
  shuffle is needed (for data not written that way, ``set_index("trainer_id")``
  first). Dask's process scheduler gets a pool of warm workers (started and
  importing trainerframework before the clock starts, as a cluster's are) and
  ``chunksize=1``: one partition per task, so every worker gets work (its
  default batches 6 tasks per submission, which put 4 partitions on one
  worker). The write is built with ``compute=False`` and optimized before it
  is computed: ``to_parquet``'s own compute runs reading, profiling and
  writing as separate tasks, and the process scheduler then sends every
  partition's judgements and records between processes (twice as slow);
  optimized, each partition is one task.

Also times ``Cohort.from_evidence(...).to_pandas()`` on the first file's
trainers with their evidence already built (no reading, no checking, no
writing: issue 24's first "in-process" figure), as a second reference.

Prints trainers per second for each; the speed-up of ``--workers`` workers
over one (goal: at least 1.6 with 2); and the rate per core, which is Dask's
rate with ``--workers`` workers divided by the number of workers, divided by
the in-process rate of the same work (goal: at least 0.5; also printed
against ``from_evidence``). Medians over the repeats, with their range. Checks
that Dask wrote the in-process records (stage order kept: ordered
Categoricals) for the first file's trainers and the right number of records
for all. On a machine shared with other work the wall-clock figures move
from run to run (run it a few times; the load average is printed): the
per-core ratio is also printed by CPU seconds (this process and the
workers, read from /proc on Linux), which other work disturbs less.

Usage: python benchmarks/dask_profiling.py [--trainers 40000] [--files 16] [--workers 2] [--repeats 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import dask
import dask.dataframe as dd
import pandas as pd

import trainerframework as tfw

COLUMNS = ["trainer_id", "descriptor_id", "judgement", "source"]


def chunk_frame(cohort: tfw.Cohort, prefix: str) -> pd.DataFrame:
    """The judgements of ``cohort`` as a frame, trainer ids prefixed to stay unique across files."""
    columns: dict[str, list[str | None]] = {name: [] for name in COLUMNS}
    for tid in cohort.ids:
        for row in cohort[tid].evidence.rows:
            columns["trainer_id"].append(prefix + tid)
            columns["descriptor_id"].append(row[0])
            columns["judgement"].append(row[1])
            columns["source"].append(row[2])
    return pd.DataFrame(columns)


def one_trainer() -> int:
    """The records of one trainer (one per category and component), profiled from a one-row frame."""
    frame = pd.DataFrame({"trainer_id": ["w"], "descriptor_id": ["observation.lead.1"], "judgement": ["met"]})
    return len(tfw.profile_frame(frame))


def warm(_: int) -> int:
    """Run in each worker before timing: imports, the bundled framework, one small profile."""
    time.sleep(0.5)  # long enough for the pool to start every worker
    return one_trainer()


def cpu_seconds(pool: ProcessPoolExecutor) -> float | None:
    """CPU seconds used so far by this process and the pool's workers (None where /proc is missing)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = time.process_time()
    for pid in pool._processes:  # the pool's worker ids (private, read by a benchmark only)
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def run_dask(
    source: Path, out: Path, pool: ProcessPoolExecutor, meta: pd.DataFrame
) -> tuple[float, float | None]:
    """Wall-clock and CPU seconds to profile every file of ``source`` into Parquet files under ``out``."""
    cpu = cpu_seconds(pool)
    start = time.perf_counter()
    ddf = dd.read_parquet(source, columns=COLUMNS)
    records = ddf.map_partitions(tfw.profile_frame, meta=meta)
    write = records.to_parquet(out, write_index=False, compute=False).optimize()  # one task a partition
    with dask.config.set(scheduler="processes", pool=pool, chunksize=1):
        write.compute()
    seconds = time.perf_counter() - start
    after = cpu_seconds(pool)
    return seconds, None if cpu is None or after is None else after - cpu


def run_in_process(source: Path, out: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds for a Dask task's work, file by file in this process: no Dask."""
    out.mkdir()
    start, cpu = time.perf_counter(), time.process_time()
    for file in sorted(source.iterdir()):
        records = tfw.profile_frame(pd.read_parquet(file, columns=COLUMNS))
        records.to_parquet(out / file.name, index=False)
    return time.perf_counter() - start, time.process_time() - cpu


def spread(values: list[float]) -> str:
    """The median and range of some seconds."""
    return f"median {statistics.median(values):.2f} s, {min(values):.2f}-{max(values):.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainers", type=int, default=40_000)
    parser.add_argument("--files", type=int, default=16, help="Parquet files (partitions) of whole trainers")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    fw = tfw.load_framework()
    size = -(-args.trainers // args.files)
    judgements = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "judgements"
        path.mkdir()
        start = time.perf_counter()
        for k in range(args.files):
            n = min(size, args.trainers - k * size)
            if n <= 0:
                break
            cohort = tfw.Cohort.synthetic(n, seed=k + 1, fw=fw)
            frame = chunk_frame(cohort, f"C{k:04d}-")
            frame.to_parquet(path / f"part-{k:04d}.parquet", index=False)
            judgements += len(frame)
            if k == 0:
                baseline, baseline_frame = cohort, frame
        files = len(list(path.iterdir()))
        print(f"written               : {files} files in {time.perf_counter() - start:.0f} s (not timed)")

        evidence = {tid: baseline[tid].evidence for tid in baseline.ids}
        local = tfw.Cohort.from_evidence(evidence, fw).to_pandas()
        meta = tfw.profile_frame(baseline_frame.iloc[:0], fw=fw)
        assert dd.read_parquet(path, columns=COLUMNS).npartitions == files  # one partition per file
        spawn = multiprocessing.get_context("spawn")
        sizes = sorted({1, args.workers})
        pools = {w: ProcessPoolExecutor(w, mp_context=spawn) for w in sizes}
        times: dict[object, list[float]] = {w: [] for w in [*sizes, "here", "evidence"]}
        cpus: dict[object, list[float | None]] = {w: [] for w in [*sizes, "here", "evidence"]}
        try:
            for w, pool in pools.items():
                assert list(pool.map(warm, range(w))) == [one_trainer()] * w
            run_in_process(path, Path(tmp) / "warm")  # this process warm too
            for r in range(args.repeats):
                start, cpu = time.perf_counter(), time.process_time()
                tfw.Cohort.from_evidence(evidence, fw).to_pandas()
                times["evidence"].append(time.perf_counter() - start)
                cpus["evidence"].append(time.process_time() - cpu)
                runs: list[object] = ["here", *sizes]
                for w in runs if r % 2 == 0 else reversed(runs):  # alternate which goes first
                    out = Path(tmp) / f"profiles-{w}-{r}"
                    if w == "here":
                        seconds, cpu_used = run_in_process(path, out)
                    else:
                        seconds, cpu_used = run_dask(path, out, pools[w], meta)  # type: ignore[index]
                    times[w].append(seconds)
                    cpus[w].append(cpu_used)
                    if w == max(sizes):
                        last = out
        finally:
            for pool in pools.values():
                pool.shutdown()

        written = pd.read_parquet(last)  # the last run's records
        mine = written[written["trainer"].str.startswith("C0000-")].copy()
        mine["trainer"] = mine["trainer"].str.removeprefix("C0000-")
        key = ["trainer", "level", "scope_id"]
        same = (
            mine.sort_values(key).reset_index(drop=True).equals(local.sort_values(key).reset_index(drop=True))
        )
        same = same and len(written) == len(local) * args.trainers // len(baseline.ids)

    n, m = args.trainers, len(baseline.ids)
    here_rate = n / statistics.median(times["here"])
    evidence_rate = m / statistics.median(times["evidence"])
    rates = {w: n / statistics.median(times[w]) for w in sizes}
    print(f"trainers              : {n:,} ({judgements:,} judgements in {files} Parquet files)")
    print(
        f"in process (1 core)   : {here_rate:9,.0f} trainers/s  read, profile_frame, write, file by file"
        f" ({spread(times['here'])})"
    )
    print(
        f"  from_evidence       : {evidence_rate:9,.0f} trainers/s  evidence built, {m:,} trainers, no files"
        f" ({spread(times['evidence'])})"
    )
    for w, rate in rates.items():
        print(
            f"Dask, {w} worker(s)    : {rate:9,.0f} trainers/s = {rate / w:8,.0f} per core"
            f" ({spread(times[w])})"
        )
    top = max(sizes)
    print(f"speed-up, {top} workers / 1 : {rates[top] / rates[1]:.2f}  (goal >= 1.6 with 2)")
    print(
        f"per core, Dask {top} / in process: {rates[top] / top / here_rate:.2f}  (goal >= 0.5; the same work)"
        f"; / from_evidence: {rates[top] / top / evidence_rate:.2f}"
    )
    # CPU time is what a busy machine takes from wall-clock figures: the same ratio by CPU seconds
    if all(c is not None for w in sizes for c in cpus[w]):
        here_cpu = n / statistics.median(c for c in cpus["here"] if c is not None)
        cpu_rates = {w: n / statistics.median(c for c in cpus[w] if c is not None) for w in sizes}
        print(
            f"by CPU time           : in process {here_cpu:,.0f} trainers per CPU second; Dask "
            + ", ".join(f"{w} worker(s) {cpu_rates[w]:,.0f}" for w in sizes)
            + " (workers and this process)"
        )
        evidence_cpu = m / statistics.median(c for c in cpus["evidence"] if c is not None)
        print(
            f"per core by CPU time, Dask {top} / in process: {cpu_rates[top] / here_cpu:.2f}"
            f"; / from_evidence ({evidence_cpu:,.0f} per CPU second): {cpu_rates[top] / evidence_cpu:.2f}"
        )
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"Dask wrote the in-process records: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
