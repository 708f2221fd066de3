"""Score a new labelled set once, as it was written: the reading to record before any change.

Reads, from a folder (default ``benchmarks/data``), any of
``matching_<name>.txt`` (category|stage|statement), ``assertion_<name>.txt``
(kind|category|stage mentioned|real stage or none|statement) and the
narratives of style ``<name>`` in ``narratives_<name>.txt`` or
``narratives.txt``, and prints what ``match`` and ``profile_text`` make of
them: category and category+stage top-1, the expected calibration error (ten
bands) and how many confident matches (>= 0.8) are right; the share of
not-asserted statements credited at the stage they deny or wish for, or above
the stage they support; the narratives' exact, over-by-one and over-by-two
shares. Nothing is tuned: this is the reading a set's header records.

Given several names (a batch written side by side), it also prints the batch
pooled: the statements' ECE beside what a matcher calibrated exactly at the
same confidences would show (the median and 95th percentile of ``--draws``
draws, as ``tools/ece_noise.py`` draws them: one set of 60 statements is too
few to tell miscalibration from chance), their mean confidence and accuracy;
the not-own statements' and the narratives' shares over all of them.

Usage: python -m tools.first_reading NAME [NAME ...] [--dir FOLDER] [--errors] [--draws 500]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import trainerframework as tfw
from tools import labelled
from tools.ece_noise import compare

_ASSERTION_KEYS = ("at_mentioned", "for_mentioned", "above_real", "exact")
_NARRATIVE_KEYS = ("exact", "over1", "over2", "under")


def _statements(fw: tfw.Framework, path: Path, errors: bool) -> list[tuple[float, bool]]:
    """Print a matching set's reading; return its (confidence, right) pairs."""
    rows = [("new", c, s, t) for c, s, t in labelled.lines(path)]
    acc = labelled.evaluate(rows, fw)
    pairs = []
    for _, category, stage, text in rows:
        best, conf, right = labelled.top_match(fw, text, category, stage)
        pairs.append((conf, right))
        if errors and not right:
            got = f"{best.descriptor.id} {conf:.2f}" if best is not None else "nothing"
            print(f"  want {category}/{stage} got {got}: {text}")
    ece = tfw.Reliability.from_pairs(pairs).ece
    confident = sum(conf >= 0.8 for conf, _ in pairs)
    right_confident = sum(conf >= 0.8 and right for conf, right in pairs)
    print(
        f"statements {path.name}: n={len(rows)} category@1 {acc['cat@1']:.3f} "
        f"category+stage@1 {acc['catstage@1']:.3f} ECE {ece:.3f} "
        f"confidence>=0.8 {right_confident}/{confident}"
    )
    return pairs


def _pooled(found: list[dict[str, float]], keys: tuple[str, ...]) -> dict[str, float]:
    """Shares over several sets' results, each weighted by its count (``n``)."""
    n = sum(r["n"] for r in found)
    return {"n": n, **{k: sum(r[k] * r["n"] for r in found) / n for k in keys}}


def _batch(
    pairs: list[tuple[float, bool]],
    assertions: list[dict[str, float]],
    narratives: list[dict[str, float]],
    draws: int,
) -> None:
    """Print a batch's readings pooled (:func:`main` with several names)."""
    if pairs:
        observed, median, high, _ = compare(pairs, draws, random.Random(7))  # noqa: S311 - seeded draws
        confident = [right for conf, right in pairs if conf >= 0.8]
        mean = sum(conf for conf, _ in pairs) / len(pairs)
        accuracy = sum(right for _, right in pairs) / len(pairs)
        print(
            f"batch statements: n={len(pairs)} ECE {observed:.3f} (exactly calibrated at these confidences:"
            f" median {median:.3f}, 95th percentile {high:.3f} of {draws} draws) mean confidence {mean:.3f}"
            f" accuracy {accuracy:.3f} confidence>=0.8 {sum(confident)}/{len(confident)}"
        )
    if assertions:
        res = _pooled(assertions, _ASSERTION_KEYS)
        print(
            f"batch assertions: n={res['n']:.0f} credited at the stage mentioned or above"
            f" {res['at_mentioned']:.3f}"
            f" (and above the real stage {res['for_mentioned']:.3f}), above the real stage"
            f" {res['above_real']:.3f}, exact {res['exact']:.3f}"
        )
    if narratives:
        res = _pooled(narratives, _NARRATIVE_KEYS)
        print(
            f"batch narratives: {res['n']:.0f} labels: exact {res['exact']:.3f},"
            f" over by one {res['over1']:.3f}, over by two {res['over2']:.3f}, under {res['under']:.3f}"
        )


def _read_set(
    fw: tfw.Framework, name: str, folder: Path, errors: bool
) -> tuple[list[tuple[float, bool]], dict[str, float] | None, dict[str, float] | None] | None:
    """Print one set's first reading; return its statements' pairs and its assertion and narrative
    results (None: the set has no file in ``folder``)."""
    found = False
    pairs: list[tuple[float, bool]] = []
    if (folder / f"matching_{name}.txt").exists():
        found = True
        pairs = _statements(fw, folder / f"matching_{name}.txt", errors)
    assertions = None
    if (folder / f"assertion_{name}.txt").exists():
        found = True
        rows = labelled.assertions(name, folder)
        assertions = res = labelled.evaluate_assertions(fw, rows, details=errors)
        print(
            f"assertions assertion_{name}.txt: n={res['n']} credited at the stage mentioned or above "
            f"{res['at_mentioned']:.3f} (and above the real stage {res['for_mentioned']:.3f}), "
            f"above the real stage {res['above_real']:.3f}, "
            f"exact {res['exact']:.3f}"
        )
    narratives = None
    for path in (folder / f"narratives_{name}.txt", folder / "narratives.txt"):
        if path.exists():
            rows_n = labelled.narratives(name, path)
            if rows_n:
                found = True
                narratives = res = labelled.evaluate_narratives(fw, rows_n, details=errors)
                print(
                    f"narratives {path.name}: {len(rows_n)} narratives, {res['n']} labels: exact "
                    f"{res['exact']:.3f}, over by one {res['over1']:.3f}, over by two {res['over2']:.3f}, "
                    f"under {res['under']:.3f}"
                )
                break
    return (pairs, assertions, narratives) if found else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.first_reading", description=__doc__.splitlines()[0]
    )
    parser.add_argument("names", nargs="+", metavar="NAME")
    parser.add_argument("--dir", type=Path, default=labelled.DATA)
    parser.add_argument("--errors", action="store_true", help="list every statement read wrongly")
    parser.add_argument("--draws", type=int, default=500, help="calibrated draws for a batch's ECE")
    args = parser.parse_args(argv)
    if args.draws < 1:
        parser.error(f"--draws must be at least 1, not {args.draws}")
    fw = tfw.load_framework()
    folder: Path = args.dir
    pairs: list[tuple[float, bool]] = []
    assertions: list[dict[str, float]] = []
    narratives: list[dict[str, float]] = []
    for name in args.names:
        if len(args.names) > 1:
            print(f"== {name}")
        read = _read_set(fw, name, folder, args.errors)
        if read is None:
            print(f"no labelled file of {name!r} in {folder}", file=sys.stderr)
            return 2
        pairs += read[0]
        assertions += [read[1]] if read[1] is not None else []
        narratives += [read[2]] if read[2] is not None else []
    if len(args.names) > 1:
        print(f"== batch of {len(args.names)}: {', '.join(args.names)}")
        _batch(pairs, assertions, narratives, args.draws)
    return 0


if __name__ == "__main__":
    sys.exit(main())
