"""Fit the bundled confidence calibration (src/trainerframework/data/calibration.json).

The calibration must estimate accuracy on text the project never saw, so it is
fitted only on sets written by someone who read nothing but the framework pages
(the evaluation sets, ``EVALUATION`` in tests/labelled.py): the lexicon, the
scorer's weights and the word model were never tuned or counted on their
statements, so today's matcher reads them as it would read a stranger's. Plus
the off-topic sentences (small talk, logistics, narrative filler), every match
of which is wrong, so that weak, unfocused scores are not taken as evidence.

Two steps, neither needing git history:

  python scripts/fit_calibration.py extract   # writes
      benchmarks/data/calibration_examples.tsv: the features of each
      statement's top 3 matches as today's matcher reads them
  python scripts/fit_calibration.py fit       # fits calibration.json from that
      file and prints the leave-one-set-out reliability

Run ``extract`` after any change to the matcher (lexicon, triggers, scorer,
word model), then ``fit``. `fit` is deterministic: a test checks that it
reproduces the bundled file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.labelled import EVALUATION, load  # noqa: E402

import trainerframework as tfw  # noqa: E402
from trainerframework._matching import _calibration as cal  # noqa: E402
from trainerframework._matching import _evaluation as evaluation  # noqa: E402

EXAMPLES = ROOT / "benchmarks" / "data" / "calibration_examples.tsv"
OUT = ROOT / "src" / "trainerframework" / "data" / "calibration.json"
TOP = 3
L2 = 1.0


def _sets() -> list[str]:
    return sorted(EVALUATION, key=lambda n: int(n.removeprefix("fresh")))


def extract() -> None:
    fw = tfw.load_framework()
    matcher = tfw.Matcher(fw)
    rows = load()
    lines = ["# set\trank\tright\t" + "\t".join(cal.FEATURES)]
    for name in _sets():
        statements = [cal.LabelledStatement(t, c, s) for split, c, s, t in rows if split == name]
        for rank, features, right in evaluation._examples(matcher, statements, TOP):
            values = "\t".join(f"{x:.6f}" for x in features)
            lines.append(f"{name}\t{rank}\t{int(right)}\t{values}")
    statements = [cal.LabelledStatement(t, "", "") for t in _offtopic()]
    for rank, features, _ in evaluation._examples(matcher, statements, TOP):
        values = "\t".join(f"{x:.6f}" for x in features)
        lines.append(f"offtopic\t{rank}\t0\t{values}")
    EXAMPLES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} examples to {EXAMPLES.relative_to(ROOT)}")


def _offtopic() -> list[str]:
    text = (ROOT / "benchmarks" / "data" / "matching_offtopic.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_examples() -> list[tuple[str, tuple[float, ...], bool, int]]:
    """(set, features, right, rank) for each example; rank 0 is a statement's top match."""
    out = []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, rank, right, *values = line.split("\t")
        out.append((name, tuple(float(v) for v in values), right == "1", int(rank)))
    return out


def fit_examples(examples: list[tuple[str, tuple[float, ...], bool, int]]) -> cal.Calibration:
    weights, intercept = cal._logistic(sorted((f, r) for _, f, r, _ in examples), L2)
    sets = sorted(
        {name for name, *_ in examples if name != "offtopic"}, key=lambda n: int(n.removeprefix("fresh"))
    )
    statements = sum(1 for name, *_, rank in examples if rank == 0 and name != "offtopic")
    return cal.Calibration(
        weights=tuple(round(w, 6) for w in weights),
        intercept=round(intercept, 6),
        fitted_on=(
            f"top {TOP} matches of {statements} statements ({', '.join(sets)} in benchmarks/data, sets"
            " written from the framework pages alone, which the matcher was never tuned or counted on) and"
            " off-topic sentences; scripts/fit_calibration.py"
        ),
    )


def cross_validated() -> cal.Reliability:
    """Leave one set out: each set's top matches scored by a calibration fitted on the others."""
    examples = read_examples()
    pairs = []
    for name in sorted({n for n, *_ in examples} - {"offtopic"}):
        model = fit_examples([e for e in examples if e[0] != name])
        pairs += [(model.confidence(f), r) for n, f, r, rank in examples if n == name and rank == 0]
    return cal.reliability_of(pairs)


def fit(out: Path = OUT) -> None:
    model = fit_examples(read_examples())
    out.write_text(json.dumps(model.to_document(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}: weights {model.weights}, intercept {model.intercept}")
    print("leave-one-set-out reliability of the top match:")
    print(cross_validated())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("extract", "fit"))
    parser.add_argument("--out", type=Path, default=OUT, help="where fit writes the calibration")
    args = parser.parse_args()
    extract() if args.step == "extract" else fit(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
