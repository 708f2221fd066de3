"""Fit the bundled ownership model (src/trainerframework/data/ownership_model.json).

Fits :func:`trainerframework.fit_ownership_model` on the labelled statements
under benchmarks/data but the evaluation sets: the not-own statements that
support no stage of the trainer's own in their category (someone else's
practice, or one denied, hoped for or given up: ``real`` is ``none``) against
every labelled statement of the trainer's own practice (the matching sets).
Deterministic: a test checks that it reproduces the bundled file.

``--each-set-out`` measures the model the honest way before it is bundled:
each set that has not-own statements is read by ``profile_text`` with a model
fitted without that set (its not-own and its own statements), and each
narrative set likewise; the figures are pooled and printed beside those of no
model. The threshold and the fitting settings were chosen so, on these sets
alone; the evaluation sets are never fitted on nor used to choose.

Usage: python -m tools.fit_ownership_model [--out PATH] [--each-set-out]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import trainerframework as tfw
from tools.labelled import (
    DATA,
    EVALUATION,
    FITTED_UNREAD,
    READ_HELD_BACK,
    READ_THEN_COUNTED,
    assertions,
    evaluate_assertions,
    evaluate_narratives,
    load,
    narratives,
    styles,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "trainerframework" / "data" / "ownership_model.json"


def not_own_sets() -> list[str]:
    """The sets with not-own statements that may be fitted on (none of the evaluation sets)."""
    names = sorted((READ_THEN_COUNTED | READ_HELD_BACK | FITTED_UNREAD) - EVALUATION)
    return [n for n in names if (DATA / f"assertion_{n}.txt").exists()]


def texts(without: str | None = None) -> tuple[list[str], list[str]]:
    """(the trainer's own statements, those of no practice of the trainer's own), ``without`` left out."""
    own = [text for split, _, _, text in load() if split not in EVALUATION and split != without]
    others = [row[-1] for n in not_own_sets() if n != without for row in assertions(n) if row[3] is None]
    return own, others


def fitted(without: str | None = None) -> tfw.OwnershipModel:
    own, others = texts(without)
    where = "" if without is None else f", {without} left out"
    return tfw.fit_ownership_model(
        own,
        others,
        fitted_on=(
            f"{len(others)} labelled statements of no practice of the trainer's own against {len(own)} of"
            f" the trainer's own in benchmarks/data{where}, no evaluation set; tools/fit_ownership_model.py"
        ),
    )


def each_set_out() -> None:
    """Pooled figures with each set read by a model fitted without it, beside those with no model."""
    fw = tfw.load_framework()
    plain = tfw.Matcher(fw, ownership=False)
    keys = ("at_mentioned", "for_mentioned", "above_real", "exact")
    pooled = {"none": dict.fromkeys(keys, 0.0), "model": dict.fromkeys(keys, 0.0)}
    n = 0
    own_doubted = own_n = 0
    models: dict[str, tfw.OwnershipModel] = {}
    own_by_set: dict[str, list[str]] = {}  # the labelled statements, read once
    for split, _, _, text in load():
        own_by_set.setdefault(split, []).append(text)
    for name in not_own_sets():
        models[name] = model = fitted(name)
        statements = assertions(name)
        for side, matcher in (("none", plain), ("model", tfw.Matcher(fw, ownership=model))):
            found = evaluate_assertions(fw, statements, matcher=matcher)
            for k in keys:
                pooled[side][k] += found[k] * found["n"]
        n += len(statements)
        own = own_by_set.get(name, [])
        own_doubted += sum(model.doubts(t) for t in own)
        own_n += len(own)
    print(f"not-own statements, {n} in {len(models)} sets, each set left out of its model's fit:")
    for side in ("none", "model"):
        print(f"  {side:5}  " + "  ".join(f"{k} {pooled[side][k] / n:.3f}" for k in keys))
    print(f"  own statements of those sets doubted: {own_doubted} of {own_n} ({own_doubted / own_n:.3f})")
    full = fitted()
    narr_keys = ("exact", "over1", "over2", "under")
    totals = {"none": dict.fromkeys(narr_keys, 0.0), "model": dict.fromkeys(narr_keys, 0.0)}
    labels = 0
    for style in styles():
        if style in EVALUATION:
            continue
        rows = narratives(style)
        if not rows:
            continue
        model = models.get(style) or (fitted(style) if style in own_by_set else full)
        for side, matcher in (("none", plain), ("model", tfw.Matcher(fw, ownership=model))):
            found = evaluate_narratives(fw, rows, matcher=matcher)
            for k in narr_keys:
                totals[side][k] += found[k] * found["n"]
        labels += int(found["n"])
    print(f"narrative category stages, {labels} labels, each set left out of its model's fit:")
    for side in ("none", "model"):
        print(f"  {side:5}  " + "  ".join(f"{k} {totals[side][k] / labels:.4f}" for k in narr_keys))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.fit_ownership_model", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--each-set-out", action="store_true", help="measure with each set left out of the fit; write nothing"
    )
    args = parser.parse_args(argv)
    if args.each_set_out:
        each_set_out()
        return 0
    model = fitted()
    args.out.write_text(json.dumps(model.to_document(), indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model.weights)} weights; {model.fitted_on}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
