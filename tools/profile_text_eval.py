"""Text profiling accuracy: category stages from narratives against labels.

Reads ``benchmarks/data/narratives.txt`` (mixed-stage narratives labelled per
category: some written close to the descriptors' wording, some biographical in
the style of the framework's examples) and the framework's own example trainers (every category labelled
with the example's stage), profiles each with ``profile_text`` and reports the
share of category stages exactly right, within one stage, over-rated by one and
by two stages, and under-rated. A category without a stage (None) counts as
under-rated.

Usage: python -m tools.profile_text_eval [--details]
"""

from __future__ import annotations

import argparse
import sys

import trainerframework as tfw
from tools.labelled import evaluate_narratives, narratives


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.profile_text_eval", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--details", action="store_true", help="list the categories profiled wrongly")
    args = parser.parse_args(argv)
    fw = tfw.load_framework()
    seeds = [(e.id, {c.id: e.stage.id for c in fw.categories}, e.text) for e in fw.examples]
    print(f"{'set':13} {'n':>3} {'exact':>6} {'within 1':>9} {'over 1':>7} {'over 2':>7} {'under':>6}")
    for title, rows in (
        ("close", narratives("close")),
        ("biographical", narratives("biographical")),
        ("fresh17", narratives("fresh17")),
        ("fresh29", narratives("fresh29")),
        ("examples", seeds),
    ):
        r = evaluate_narratives(fw, rows, args.details)
        print(
            f"{title:13} {r['n']:>3} {r['exact']:>6.2f} {r['within1']:>9.2f} {r['over1']:>7.2f} "
            f"{r['over2']:>7.2f} {r['under']:>6.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
