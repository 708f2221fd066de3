"""Matching accuracy on labelled statements of practice.

Reads ``benchmarks/data/matching_statements.txt`` (category|stage|text) and
reports top-1 and top-3 accuracy for the category, and for category and stage
together, of ``trainerframework.match``. Every fourth statement of each
category and stage is held out from tuning; each ``matching_fresh*.txt`` set
was written after a round of lexicon work, in other voices and registers, and
scored once before the next round (its first score is in its header). The
report gives each set and all statements.

top-k: the gold category (or category and stage) is among those of the k best
matches.

It then prints the reliability of ``Match.confidence``: a table of top matches
by confidence band with each band's accuracy, the expected calibration error
(ECE) and the accuracy of top matches with confidence at least 0.8. First for
the statements as the matcher first read them, leave-one-set-out (the honest
estimate for unseen statements; see tools/fit_calibration.py), then for the
newest set with the bundled calibration and today's lexicon, then for all
statements (whose lexicon was tuned on them, so confidence is conservative
there).

Usage: python -m tools.matching_eval [--errors] [--split dev|holdout|all]
"""

from __future__ import annotations

import argparse
import sys

import trainerframework as tfw

# One reader of the labelled statements for the tests and this report (tools/labelled.py):
# the split rule, the later sets (each written after a round of lexicon work and scored
# once before the next round) and the accuracy measures.
from tools import fit_calibration
from tools.labelled import FRESH, NEWEST, evaluate, load

SPLITS = ("dev", "holdout", *FRESH, "all")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.matching_eval", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--errors", action="store_true", help="list the statements whose top match is wrong")
    parser.add_argument("--split", choices=SPLITS, default="all")
    args = parser.parse_args(argv)
    fw = tfw.load_framework()
    rows = load()
    print(
        f"{'split':8} {'n':>4} {'category@1':>11} {'category@3':>11} {'cat+stage@1':>12} {'cat+stage@3':>12}"
    )
    for split in SPLITS:
        part = [r for r in rows if split == "all" or r[0] == split]
        acc = evaluate(part, fw)
        print(
            f"{split:8} {len(part):>4} {acc['cat@1']:>11.3f} {acc['cat@3']:>11.3f} "
            f"{acc['catstage@1']:>12.3f} {acc['catstage@3']:>12.3f}"
        )
    print("\nreliability of the top match's confidence (category and stage right)")
    for title, table in (
        ("first reading, leave one set out", fit_calibration.cross_validated()),
        (
            f"{NEWEST}, bundled calibration",
            tfw.reliability(fw, [(t, c, s) for sp, c, s, t in rows if sp == NEWEST]),
        ),
        ("all statements, bundled calibration", tfw.reliability(fw, [(t, c, s) for _, c, s, t in rows])),
    ):
        n, precision = table.precision_at(0.8)
        print(f"\n{title}:\n{table}\nconfidence >= 0.8: n={n} accuracy={precision:.3f}")
    if args.errors:
        for split, category, stage, text in rows:
            if args.split not in {"all", split}:
                continue
            found = tfw.match(fw, text, limit=1)
            top = found[0] if found else None
            got = (top.descriptor.category_id, top.descriptor.stage.id) if top else None
            if got != (category, stage):
                print(f"\n[{split}] want {category}/{stage}, got {got}: {text}")
                if top and top.explanation:
                    print(f"    {top.descriptor.id} {top.score:.2f} {top.explanation.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
