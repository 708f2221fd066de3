"""Start-up cost: import trainerframework, load the bundled framework, and match once.

Two goals, measured side by side, interleaved, in this same run against one
baseline, the median wall time of

    python -c "import attrs, cattrs, cattrs.preconf.json"

- **start-up** (issue: foundation): the median of
  ``python -c "import trainerframework as t; t.load_framework()"`` is at
  most 1.0x the baseline's;
- **first use** (issue 24): the median of
  ``python -c "import trainerframework as t; fw = t.load_framework();
  t.match(fw, 'I observe teachers and give feedback')"`` (import, load and
  the first match: the matcher's modules, the bundled lexicon, word model,
  calibration and stems, the matcher built) is at most 1.5x the baseline's.

Each command runs ``--runs`` times (default 40), the commands taking turns.
Prints each median and each ratio; exits 1 when a goal is missed. The ratios
of the median CPU times (user + system) are printed too, for information: on
a machine that other work shares they move less than wall times do.

Usage: python benchmarks/import_time.py [--runs N] [--goal 1.0] [--first-use-goal 1.5]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time

OURS = "import trainerframework as t; t.load_framework()"
FIRST_USE = (
    "import trainerframework as t; fw = t.load_framework(); "
    "t.match(fw, 'I observe teachers and give feedback')"
)
BASELINE = "import attrs, cattrs, cattrs.preconf.json"
EMPTY = "pass"


def _time(code: str) -> tuple[float, float]:
    """The wall time of one run of ``code`` in a new interpreter, and its CPU time (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _compile_package() -> None:
    """Write bytecode for the package, as pip does when it installs a wheel.

    With PYTHONDONTWRITEBYTECODE set (or an editable install from a read-only
    tree) every start-up would otherwise recompile the sources, which measures
    the compiler rather than the library.
    """
    import compileall
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("trainerframework")
    assert spec is not None
    assert spec.origin is not None
    compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--goal", type=float, default=1.0, help="start-up: at most this times the baseline")
    parser.add_argument(
        "--first-use-goal", type=float, default=1.5, help="first use: at most this times the baseline"
    )
    args = parser.parse_args()
    _compile_package()
    for code in (OURS, FIRST_USE, BASELINE):  # warm the file system cache and .pyc files
        _time(code)
    samples: dict[str, list[tuple[float, float]]] = {OURS: [], FIRST_USE: [], BASELINE: [], EMPTY: []}
    for _ in range(args.runs):
        for code, values in samples.items():
            values.append(_time(code))
    med = {code: statistics.median(wall for wall, _ in values) for code, values in samples.items()}
    cpu = {code: statistics.median(used for _, used in values) for code, values in samples.items()}
    ratio = med[OURS] / med[BASELINE]
    first_ratio = med[FIRST_USE] / med[BASELINE]
    print(f"interpreter only       : {med[EMPTY] * 1000:7.1f} ms")
    print(f"baseline (attrs+cattrs): {med[BASELINE] * 1000:7.1f} ms  ({BASELINE})")
    print(f"start-up               : {med[OURS] * 1000:7.1f} ms  ({OURS})")
    print(f"first use              : {med[FIRST_USE] * 1000:7.1f} ms  (the same, then one match)")
    print(f"start-up ratio         : {ratio:.2f}  (goal <= {args.goal})")
    print(f"first-use ratio        : {first_ratio:.2f}  (goal <= {args.first_use_goal})")
    # CPU time is steadier than wall time on a machine others share; shown, not judged
    print(
        f"CPU-time ratios        : start-up {cpu[OURS] / cpu[BASELINE]:.2f}, "
        f"first use {cpu[FIRST_USE] / cpu[BASELINE]:.2f}  (medians; for information)"
    )
    missed = [
        name
        for name, value, goal in (
            ("start-up", ratio, args.goal),
            ("first use", first_ratio, args.first_use_goal),
        )
        if value > goal
    ]
    if missed:
        print(f"goal missed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
