"""A stratified random sample of the mutants a mutmut run has not reached yet.

``tools/mutation.sh`` runs every mutant of the profiling core; on a shared
two-core machine the run takes longer than a working session, and mutmut runs
the mutants with the fastest tests first, so a run stopped early reports on a
biased part. This prints, for each mutated module, ``--per-module`` mutants
drawn at random (``--seed``) from those with no result yet, read from the
``.meta`` files in a mutmut work folder; run them with::

    python -m tools.mutation_sample /tmp/tmp.XXXX --per-module 12 > sample.txt
    cd /tmp/tmp.XXXX && HYPOTHESIS_PROFILE=mutation venv/bin/mutmut run $(cat sample.txt)

and read the killed share of the sample as an estimate for the mutants not
run (``--report`` prints the run's figures per module and the sample's, with a
95% Wilson interval). A child that hangs in a futex wait (mutmut 3.8 forks its
children from a threaded runner) never ends by itself: kill it by hand, and
leave it out of the count.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from pathlib import Path

_KILLED = {1, -24}  # a failing test, or mutmut's time limit (mutmut counts both as killed)


def _metas(folder: Path) -> dict[str, dict[str, int | None]]:
    """Each mutated module's mutants and their exit codes (None: not run yet)."""
    found = {}
    for meta in sorted(folder.glob("mutants/src/**/*.py.meta")):
        module = meta.relative_to(folder / "mutants" / "src").as_posix().removesuffix(".py.meta")
        found[module] = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
    return found


def wilson(killed: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a share ``killed / n``."""
    if n == 0:
        return 0.0, 1.0
    p = killed / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    scale = 1 + z * z / n
    return (centre - spread) / scale, (centre + spread) / scale


def sample(folder: Path, per_module: int, seed: int) -> list[str]:
    """``per_module`` mutants not run yet from each module, drawn with ``seed``."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
    names = []
    for codes in _metas(folder).values():
        waiting = sorted(name for name, code in codes.items() if code is None)
        names += rng.sample(waiting, min(per_module, len(waiting)))
    return names


def report(folder: Path, sampled: list[str]) -> str:
    """The run's killed share per module, and the sample's (names in ``sampled``), with intervals."""
    lines = []
    chosen = set(sampled)
    for module, codes in _metas(folder).items():
        run = {k: v for k, v in codes.items() if v is not None and k not in chosen}
        drawn = {k: v for k, v in codes.items() if k in chosen and v in {0, *_KILLED}}
        killed = sum(v in _KILLED for v in run.values())
        line = f"{module:28} run {killed}/{len(run)} killed"
        if drawn:
            k = sum(v in _KILLED for v in drawn.values())
            low, high = wilson(k, len(drawn))
            line += f"; sample {k}/{len(drawn)} killed (95% {low:.0%}-{high:.0%})"
        lines.append(line)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the mutmut work folder tools/mutation.sh printed")
    parser.add_argument("--per-module", type=int, default=12)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--report", type=Path, help="a file of sampled names: print the figures instead")
    args = parser.parse_args()
    if args.report:
        print(report(args.folder, args.report.read_text(encoding="utf-8").split()))
    else:
        print("\n".join(sample(args.folder, args.per_module, args.seed)))


if __name__ == "__main__":
    main()
