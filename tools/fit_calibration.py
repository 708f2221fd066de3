"""Fit the bundled confidence calibration (src/trainerframework/data/calibration.json).

The calibration must estimate accuracy on text the project never saw, so it is
fitted only on sets written by someone who read nothing but the framework pages
(the evaluation sets, ``EVALUATION`` in tools/labelled.py): the lexicon, the
scorer's weights and the word model were never tuned or counted on their
statements, so today's matcher reads them as it would read a stranger's. Plus
the off-topic sentences (small talk, logistics, narrative filler), every match
of which is wrong, so that weak, unfocused scores are not taken as evidence.

Two steps, neither needing git history:

  python -m tools.fit_calibration extract   # writes
      benchmarks/data/calibration_examples.tsv: the features of each
      statement's top 3 matches as today's matcher reads them
      (tfw.calibration_examples)
  python -m tools.fit_calibration fit       # fits calibration.json from that
      file (tfw.Calibration.fit) and prints the leave-one-set-out reliability

Run ``extract`` after any change to the matcher (lexicon, triggers, scorer,
word model), then ``fit``. ``fit`` is deterministic: a test checks that it
reproduces the bundled file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import trainerframework as tfw
from tools.labelled import DATA, EVALUATION, load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = DATA / "calibration_examples.tsv"
OUT = ROOT / "src" / "trainerframework" / "data" / "calibration.json"
TOP = 3
L2 = 1.0

Example = tuple[str, tfw.CalibrationExample]
"""(set name, example): the set is a name in EVALUATION, or ``offtopic``."""


def _sets() -> list[str]:
    return sorted(EVALUATION, key=lambda n: int(n.removeprefix("fresh")))


def _offtopic() -> list[str]:
    text = (DATA / "matching_offtopic.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def examples() -> list[Example]:
    """Today's matcher's examples: each evaluation set's, then the off-topic sentences'."""
    fw = tfw.load_framework()
    matcher = tfw.Matcher(fw)
    rows = load()
    out: list[Example] = []
    for name in _sets():
        statements = [(t, c, s) for split, c, s, t in rows if split == name]
        out += [(name, e) for e in tfw.calibration_examples(fw, statements, matcher=matcher, top=TOP)]
    found = tfw.calibration_examples(fw, [], matcher=matcher, top=TOP, offtopic=_offtopic())
    return out + [("offtopic", e) for e in found]


def extract(path: Path = EXAMPLES) -> None:
    lines = ["# set\trank\tright\t" + "\t".join(tfw.Calibration.FEATURES)]
    for name, e in examples():
        values = "\t".join(f"{x:.6f}" for x in e.features)
        lines.append(f"{name}\t{e.rank}\t{int(e.right)}\t{values}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} examples to {path}")


def read_examples(path: Path = EXAMPLES) -> list[Example]:
    """The examples ``extract`` wrote, in order."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, rank, right, *values = line.split("\t")
        example = tfw.CalibrationExample(
            features=tuple(float(v) for v in values), right=right == "1", rank=int(rank)
        )
        out.append((name, example))
    return out


def fit_examples(examples: list[Example]) -> tfw.Calibration:
    sets = sorted(
        {name for name, _ in examples if name != "offtopic"}, key=lambda n: int(n.removeprefix("fresh"))
    )
    statements = sum(1 for name, e in examples if e.rank == 0 and name != "offtopic")
    return tfw.Calibration.fit(
        [e for _, e in examples],
        l2=L2,
        fitted_on=(
            f"top {TOP} matches of {statements} statements ({', '.join(sets)} in benchmarks/data, sets"
            " written from the framework pages alone, which the matcher was never tuned or counted on) and"
            " off-topic sentences; tools/fit_calibration.py"
        ),
    )


def cross_validated(path: Path = EXAMPLES) -> tfw.Reliability:
    """Leave one set out: each set's top matches scored by a calibration fitted on the others."""
    examples = read_examples(path)
    pairs = []
    for name in sorted({n for n, _ in examples} - {"offtopic"}):
        model = fit_examples([(n, e) for n, e in examples if n != name])
        pairs += [(model.confidence(e.features), e.right) for n, e in examples if n == name and e.rank == 0]
    return tfw.Reliability.from_pairs(pairs)


def fit(out: Path = OUT, path: Path = EXAMPLES) -> None:
    model = fit_examples(read_examples(path))
    out.write_text(json.dumps(model.to_document(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}: weights {model.weights}, intercept {model.intercept}")
    print("leave-one-set-out reliability of the top match:")
    print(cross_validated(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.fit_calibration", description=__doc__.splitlines()[0]
    )
    parser.add_argument("step", choices=("extract", "fit"))
    parser.add_argument("--out", type=Path, default=OUT, help="where fit writes the calibration")
    parser.add_argument("--examples", type=Path, default=EXAMPLES, help="the examples file extract writes")
    args = parser.parse_args(argv)
    extract(args.examples) if args.step == "extract" else fit(args.out, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
