"""How much of a set's calibration error a perfectly calibrated matcher would show too.

The expected calibration error (ten bands) of a set of a few dozen statements
is noisy: even if every confidence were exactly the probability of being
right, the outcomes drawn would leave an ECE well above zero. For each
independent set (``EVALUATION`` in ``tools/labelled.py``) and for all of them
pooled, this draws outcomes from the matcher's own confidences (right with
probability ``confidence``), ``--draws`` times, and prints the set's observed
ECE beside the median and 95th percentile of those calibrated ECEs, and the
share of draws at or above the observed one. A set whose share is small
(under 0.05) is miscalibrated beyond what its size explains; one whose
observed ECE sits near the calibrated median is as calibrated as its size can
show.

Usage: python -m tools.ece_noise [--draws 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

import trainerframework as tfw
from tools import labelled


def compare(
    pairs: list[tuple[float, bool]], draws: int, rng: random.Random
) -> tuple[float, float, float, float]:
    """A set's ECE, and the median, 95th percentile and share at or above it of calibrated draws.

    Each draw keeps the set's confidences and draws each outcome as right with
    probability ``confidence``: what a perfectly calibrated matcher would show.
    """
    observed = tfw.Reliability.from_pairs(pairs).ece
    found = sorted(
        tfw.Reliability.from_pairs((c, rng.random() < c) for c, _ in pairs).ece for _ in range(draws)
    )
    share = sum(d >= observed for d in found) / draws
    return observed, found[draws // 2], found[int(draws * 0.95)], share


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.ece_noise", description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    fw = tfw.load_framework()
    per: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for name, category, stage, text in labelled.load():
        if name not in labelled.EVALUATION:
            continue
        _, conf, right = labelled.top_match(fw, text, category, stage)
        per[name].append((conf, right))
    rng = random.Random(args.seed)  # noqa: S311 - seeded draws, no secret
    print(f"{'set':10} {'n':>5} {'ECE':>6} {'calibrated median':>18} {'95th':>6} {'share >= ECE':>13}")
    sets = [*sorted(per.items()), ("pooled", [p for pairs in per.values() for p in pairs])]
    for name, pairs in sets:
        observed, median, high, share = compare(pairs, args.draws, rng)
        print(f"{name:10} {len(pairs):5} {observed:6.3f} {median:18.3f} {high:6.3f} {share:13.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
