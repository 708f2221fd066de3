"""Fit the bundled confidence calibration (src/trainerframework/data/calibration.json).

The calibration must estimate accuracy on statements the project has never
seen, so it is fitted on statements as the matcher *first* saw them: each
evaluation set in benchmarks/data/matching_fresh*.txt scored with the lexicon
as it was before that set was written (the commit named below), not with
today's lexicon, which was tuned on them, and with a word model counted only
on the statements written before it (scripts/fit_word_model.py).

Two steps:

  python scripts/fit_calibration.py extract   # needs git history: writes
      benchmarks/data/calibration_first_reading.tsv (features of each
      statement's top 3 matches with its first-reading lexicon)
  python scripts/fit_calibration.py fit       # fits calibration.json from that
      file and prints leave-one-set-out reliability

`fit` is deterministic: a test checks that it reproduces the bundled file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import fit_word_model  # noqa: E402
import matching_eval  # noqa: E402

import trainerframework as tfw  # noqa: E402
from trainerframework import _calibration as cal  # noqa: E402
from trainerframework import _evaluation as evaluation  # noqa: E402

EXAMPLES = ROOT / "benchmarks" / "data" / "calibration_first_reading.tsv"
OUT = ROOT / "src" / "trainerframework" / "data" / "calibration.json"
TOP = 3
L2 = 1.0
# The commit whose lexicon each set was first scored with: the commit that
# added the set, or its parent where that commit also changed the lexicon.
# (The first fresh set is left out: the lexicon was written alongside it.)
FIRST_READING = {
    "fresh2": "139aae3^",
    "fresh3": "c0b8180^",
    "fresh4": "c0b8180^",
    "fresh5": "d421311^",
    "fresh6": "722c560",
    "fresh7": "6af11fe",
    "fresh8": "366642a",
    "fresh9": "1a15c8c",
    "fresh10": "4785732",
    "fresh11": "36a7989",
    "fresh12": "35d04df",
    "fresh13": "fd415f0",
    "fresh14": "8f2c65b",
    "fresh15": "7774552",
    "fresh16": "5b5a0c2",
    "fresh17": "d5e4f84",
    "fresh18": "d528610",
    "fresh19": "8a59245",
    "fresh20": "2ec7fb2",
    "fresh21": "cd92e08",
    "fresh22": "e09c5b3",
    "fresh23": "b922508",
    "fresh24": "a842a37",
    "fresh25": "f90e3ef",
    "fresh26": "17a5d73",
    "fresh27": "6265807",
    "fresh28": "3433bb5",
    "fresh29": "815fd5b",
}


def first_reading_lexicons() -> Iterator[tuple[str, tfw.Lexicon]]:
    """Each later set's name and the lexicon it was first read with (from git history)."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, commit in FIRST_READING.items():
            text = subprocess.run(
                ["git", "show", f"{commit}:src/trainerframework/data/lexicon.toml"],  # noqa: S607
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            path = Path(tmp) / f"{name}.toml"
            path.write_text(text, encoding="utf-8")
            yield name, tfw.Lexicon.load(path)


def extract() -> None:
    fw = tfw.load_framework()
    rows = matching_eval.load()
    lines = ["# set\trank\tright\t" + "\t".join(cal.FEATURES)]
    for name, lexicon in first_reading_lexicons():
        # and the word model counted only on the statements written before the set
        words = fit_word_model.counted(before=name)
        matcher = tfw.Matcher(fw, lexicon=lexicon, word_model=words)
        statements = [cal.LabelledStatement(t, c, s) for split, c, s, t in rows if split == name]
        for rank, features, right in evaluation._examples(matcher, statements, TOP):
            values = "\t".join(f"{x:.6f}" for x in features)
            lines.append(f"{name}\t{rank}\t{int(right)}\t{values}")
    # off-topic sentences, with today's lexicon: every match is wrong
    matcher = tfw.Matcher(fw)
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
    statements = sum(1 for *_, rank in examples if rank == 0)
    return cal.Calibration(
        weights=tuple(round(w, 6) for w in weights),
        intercept=round(intercept, 6),
        fitted_on=(
            f"top {TOP} matches of {statements} statements ({', '.join(sets)} in benchmarks/data, "
            "each scored with the lexicon it was first read with, and off-topic sentences; "
            "scripts/fit_calibration.py)"
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
    print("leave-one-set-out reliability of the top match (first reading):")
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
