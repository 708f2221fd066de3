"""A long fuzz run over every public reader and entry point, with counts (issue 12).

Runs the targets of ``tests/fuzzing.py`` (the same ones ``tests/test_fuzz.py``
runs in CI at 200 examples each) with many more examples, records crashes
instead of stopping at the first, and prints per target: inputs tried,
values returned, library errors, documented TypeErrors, crashes. Exits 1 if
anything crashed.

Usage: python -m benchmarks.fuzz [--examples 5000] [--seed 0] [--only xlsx]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from tests import fuzzing  # run as a module from the repository root, which holds tests/


def _runner(strategy: st.SearchStrategy[object], check: Callable[[object], None]) -> Callable[..., None]:
    def run(data: st.DataObject) -> None:
        check(data.draw(strategy))

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000, help="examples per target")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", default="", help="run only the targets whose name holds this text")
    args = parser.parse_args()
    fuzzing.counting = True
    totals: Counter[str] = Counter()
    head = ("target", "inputs", "values", "errors", "TypeError", "crashes", "s")
    print("{:44s} {:>7s} {:>7s} {:>7s} {:>9s} {:>7s} {:>6s}".format(*head))
    for name, (strategy, check) in sorted(fuzzing.targets().items()):
        if args.only not in name:
            continue
        fuzzing.outcomes.clear()
        start = time.perf_counter()

        run = seed(args.seed)(
            settings(
                max_examples=args.examples,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )(given(st.data())(_runner(strategy, check)))
        )
        run()
        seconds = time.perf_counter() - start
        o = fuzzing.outcomes
        tried = sum(o.values())
        totals.update(o)
        totals["inputs"] += tried
        print(
            f"{name:44s} {tried:>7,} {o['value']:>7,} {o['library error']:>7,} "
            f"{o['type error']:>9,} {o['crash']:>7,} {seconds:>6.1f}"
        )
    print(
        f"{'all':44s} {totals['inputs']:>7,} {totals['value']:>7,} {totals['library error']:>7,} "
        f"{totals['type error']:>9,} {totals['crash']:>7,}"
    )
    for name, error in fuzzing.crashes[:20]:
        print(f"crash in {name}: {error}")
    return 1 if fuzzing.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
