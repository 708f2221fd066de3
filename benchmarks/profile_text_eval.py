"""Text profiling accuracy: category stages from narratives against labels.

Reads ``benchmarks/data/narratives.txt`` (mixed-stage narratives labelled per
category: some written close to the descriptors' wording, some biographical in
the style of the framework's examples) and the framework's own example trainers (every category labelled
with the example's stage), profiles each with ``profile_text`` and reports the
share of category stages exactly right, within one stage, over-rated by one and
by two stages, and under-rated. A category without a stage (None) counts as
under-rated.

Usage: python benchmarks/profile_text_eval.py [--details]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import trainerframework as tfw

DATA = Path(__file__).parent / "data" / "narratives.txt"
SHORT = {"t": "teacher-to-trainer", "a": "autonomous", "l": "lead"}


def narratives(style: str) -> list[tuple[str, dict[str, str], str]]:
    """(id, {category: stage id}, text) for each labelled narrative of a style."""
    out: list[tuple[str, dict[str, str], str]] = []
    styles: list[str] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            name, *fields = line[3:].split()
            pairs = dict(x.split("=") for x in fields)
            styles.append(pairs.pop("style"))
            out.append((name, {k: SHORT[v] for k, v in pairs.items()}, ""))
        elif line.strip() and not line.startswith("#"):
            name, labels, text = out[-1]
            out[-1] = (name, labels, f"{text} {line}".strip())
    return [row for row, s in zip(out, styles, strict=True) if s == style]


def evaluate(
    fw: tfw.Framework, rows: list[tuple[str, dict[str, str], str]], details: bool
) -> dict[str, float]:
    rank = {s.id: i for i, s in enumerate(fw.stages)}
    counts = {"exact": 0, "within1": 0, "over1": 0, "over2": 0, "under": 0}
    n = 0
    for name, labels, text in rows:
        p = tfw.profile_text(fw, text)
        for category, want in labels.items():
            got = p.category_stage(category)
            g = rank[got.id] if got is not None else -1
            d = g - rank[want]
            n += 1
            counts["exact"] += d == 0
            counts["within1"] += abs(d) <= 1 and got is not None
            counts["over1"] += d == 1
            counts["over2"] += d >= 2
            counts["under"] += d < 0
            if details and d:
                print(f"  {name:8} {category:12} want {want:18} got {got.id if got else None}")
    return {k: v / n for k, v in counts.items()} | {"n": n}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list the categories profiled wrongly")
    args = parser.parse_args()
    fw = tfw.load_framework()
    seeds = [(e.id, {c.id: e.stage.id for c in fw.categories}, e.text) for e in fw.examples]
    print(f"{'set':13} {'n':>3} {'exact':>6} {'within 1':>9} {'over 1':>7} {'over 2':>7} {'under':>6}")
    for title, rows in (
        ("close", narratives("close")),
        ("biographical", narratives("biographical")),
        ("fresh17", narratives("fresh17")),
        ("examples", seeds),
    ):
        r = evaluate(fw, rows, args.details)
        print(
            f"{title:13} {r['n']:>3} {r['exact']:>6.2f} {r['within1']:>9.2f} {r['over1']:>7.2f} "
            f"{r['over2']:>7.2f} {r['under']:>6.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
