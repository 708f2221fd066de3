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

Usage: python -m tools.first_reading NAME [--dir FOLDER] [--errors]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import trainerframework as tfw
from tools import labelled


def _statements(fw: tfw.Framework, path: Path, errors: bool) -> None:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.first_reading", description=__doc__.splitlines()[0]
    )
    parser.add_argument("name")
    parser.add_argument("--dir", type=Path, default=labelled.DATA)
    parser.add_argument("--errors", action="store_true", help="list every statement read wrongly")
    args = parser.parse_args(argv)
    fw = tfw.load_framework()
    folder: Path = args.dir
    if (folder / f"matching_{args.name}.txt").exists():
        _statements(fw, folder / f"matching_{args.name}.txt", args.errors)
    if (folder / f"assertion_{args.name}.txt").exists():
        rows = labelled.assertions(args.name, folder)
        res = labelled.evaluate_assertions(fw, rows, details=args.errors)
        print(
            f"assertions assertion_{args.name}.txt: n={res['n']} credited at the stage mentioned or above "
            f"{res['at_mentioned']:.3f} (and above the real stage {res['for_mentioned']:.3f}), "
            f"above the real stage {res['above_real']:.3f}, "
            f"exact {res['exact']:.3f}"
        )
    for path in (folder / f"narratives_{args.name}.txt", folder / "narratives.txt"):
        if path.exists():
            rows_n = labelled.narratives(args.name, path)
            if rows_n:
                res = labelled.evaluate_narratives(fw, rows_n, details=args.errors)
                print(
                    f"narratives {path.name}: {len(rows_n)} narratives, {res['n']} labels: exact "
                    f"{res['exact']:.3f}, over by one {res['over1']:.3f}, over by two {res['over2']:.3f}, "
                    f"under {res['under']:.3f}"
                )
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
