"""Start-up cost: import trainerframework and load the bundled framework.

Goal (issue: foundation): the median wall time of

    python -c "import trainerframework as t; t.load_framework()"

is at most 1.0x the median of

    python -c "import attrs, cattrs, cattrs.preconf.json"

measured side by side, interleaved, in this same run. Prints both medians and
the ratio; exits 1 when the goal is missed.

Usage: python benchmarks/import_time.py [--runs N] [--goal 1.0]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

OURS = "import trainerframework as t; t.load_framework()"
BASELINE = "import attrs, cattrs, cattrs.preconf.json"
EMPTY = "pass"


def _time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


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
    parser.add_argument("--goal", type=float, default=1.0)
    args = parser.parse_args()
    _compile_package()
    for code in (OURS, BASELINE):  # warm the file system cache and .pyc files
        _time(code)
    samples: dict[str, list[float]] = {OURS: [], BASELINE: [], EMPTY: []}
    for _ in range(args.runs):
        for code, values in samples.items():
            values.append(_time(code))
    med = {code: statistics.median(values) for code, values in samples.items()}
    ratio = med[OURS] / med[BASELINE]
    print(f"interpreter only     : {med[EMPTY] * 1000:7.1f} ms")
    print(f"baseline (attrs+cattrs): {med[BASELINE] * 1000:7.1f} ms  ({BASELINE})")
    print(f"trainerframework     : {med[OURS] * 1000:7.1f} ms  ({OURS})")
    print(f"ratio                : {ratio:.2f}  (goal <= {args.goal})")
    return 0 if ratio <= args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
