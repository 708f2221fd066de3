"""The CSV header check and unknown-id check are linear: time to refuse huge inputs.

Times read_evidence's CSV reader on a header of N unknown columns (default
1,000,000; the check used to compare every column with every other: 16,000
columns took 21 s), on N columns without a judgement column, and on N rows of
unknown descriptor ids (suggestions used to cost about 1 ms an id). Each is
refused with 20 problems of a kind and a count of the rest.

Usage: python benchmarks/header_check.py [--columns N] [--rows N]
"""

from __future__ import annotations

import argparse
import time

import trainerframework as tfw
from trainerframework._interchange._inputs import evidence_from_csv


def _refuse(label: str, text: str, fw: tfw.Framework | None = None) -> None:
    start = time.perf_counter()
    try:
        evidence_from_csv(text, "big.csv", fw=fw)
    except tfw.InvalidInputError as exc:
        seconds = time.perf_counter() - start
        last = str(exc.problems[-1])
        print(f"{label}: refused in {seconds:.3f} s, {len(exc.problems)} problems; last: {last[:80]}")
        return
    raise SystemExit(f"{label}: not refused")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    n = args.columns
    _refuse(f"{n:,} unknown columns", "descriptor,judgement," + ",".join(f"c{i}" for i in range(n)) + "\n")
    _refuse(f"{n:,} columns, no judgement", ",".join(f"c{i}" for i in range(n)) + "\n")
    _refuse(f"{n:,} columns named alike", "descriptor,judgement," + ",".join(["note"] * n) + "\n")
    rows = "descriptor,judgement\n" + "".join(f"x.{i},met\n" for i in range(args.rows))
    _refuse(f"{args.rows:,} unknown descriptor ids", rows, tfw.load_framework())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
