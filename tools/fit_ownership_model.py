"""Fit the bundled ownership model (src/trainerframework/data/ownership_model.json).

Fits :func:`trainerframework.fit_ownership_model` on the labelled statements
under benchmarks/data but the evaluation sets: the not-own statements that
support no stage of the trainer's own in their category (someone else's
practice, or one denied, hoped for or given up: ``real`` is ``none``) against
every labelled statement of the trainer's own practice (the matching sets),
and the sentences of not-own statements that tell the stage the trainer is at
now (:func:`still_own`). Deterministic: a test checks that it reproduces the
bundled file.

``--each-set-out`` measures the model the honest way before it is bundled:
each set that has not-own statements is read by ``profile_text`` with a model
fitted without that set (its not-own and its own statements), and each
narrative set likewise; the figures are pooled and printed beside those of no
model, over all the sets and apart over those never read for a rule
(``FITTED_UNREAD``) and the read ones. ``--threshold`` (repeatable) reads
the models at other thresholds: the sweep that chose the bundled one
(``--each-set-out --threshold 2.5 --threshold 1.5 --threshold 1``). The
threshold and the fitting settings were chosen so, on these sets alone; the
evaluation sets are never fitted on nor used to choose.

Usage: python -m tools.fit_ownership_model [--out PATH] [--each-set-out [--threshold T ...]]
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import attrs

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


@functools.cache
def examples() -> list[str]:
    """The sentences of the shipped frameworks' example trainers, each their own practice.

    The bundled framework's (Sasha, Ayesha, Julia) and the mentoring framework's in
    ``examples/mentoring-framework.toml`` (Sam, whom ``tests/test_second_framework.py``
    and the command line's examples profile).

    Told in the third person ("The local education authority has asked him to conduct
    training sessions"), a register the labelled statements of the trainer's own have little
    of and the not-own ones much of ("My manager has asked me to ..."): counted as the
    trainer's own, so that a refit does not doubt the framework's worked examples (fresh186,
    fresh188 and fresh190 counted without them put Sasha's one sentence on training at 1.20,
    over the threshold, and his training at no stage; fresh228, fresh230 and fresh232 counted
    without Sam put "Sam meets his mentee every week and they agree goals together." at 1.47,
    and his relationship at no stage). In the fit, so no measure of the model.
    """
    found = []
    for fw in (tfw.load_framework(), tfw.load_framework(_MENTORING)):
        # the pieces profile_text reads, each of which the model is asked about
        plain = tfw.Matcher(fw, ownership=False)
        found += [
            r.text
            for example in fw.examples
            for r in tfw.profile_text(fw, example.text, matcher=plain).sentences
        ]
    return found


_MENTORING = ROOT / "examples" / "mentoring-framework.toml"
"""The second framework the project ships: a framework of one's own, with its example trainer."""


def texts(without: str | None = None) -> tuple[list[str], list[str]]:
    """(the trainer's own statements, :func:`examples` and :func:`still_own`, those of no practice of the
    trainer's own).

    ``without``: a set left out.
    """
    own = [text for split, _, _, text in load() if split not in EVALUATION and split != without]
    own += examples()
    others = [row[-1] for n in not_own_sets() if n != without for row in assertions(n) if row[3] is None]
    own += [text for n in not_own_sets() if n != without for text in still_own(n)]
    return own, others


@functools.cache
def still_own(name: str) -> tuple[str, ...]:
    """The sentences of a set's not-own statements that tell the stage the trainer is at now.

    A statement that gives up, denies or hands over one practice often tells the one the
    trainer does now ("I used to design whole courses. Nowadays I adapt the school's
    materials for each group": real stage Autonomous). The sentences that the rules alone
    credit in the statement's category at that real stage are the trainer's own, and are
    fitted as such; without them the model learns "nowadays", "these days" and "only" from
    the not-own statements alone and doubts the trainer's own practice told after a change.
    """
    fw = tfw.load_framework()
    plain = tfw.Matcher(fw, ownership=False)
    found = []
    for _, category, _, real, text in assertions(name):
        if real is None:
            continue
        for r in tfw.profile_text(fw, text, matcher=plain).sentences:
            credited = r.credited
            if r.status is tfw.ReadingStatus.CREDITED and credited is not None:
                descriptor = fw.descriptor(credited)
                if descriptor.category_id == category and descriptor.stage.id == real:
                    found.append(r.text)
    return tuple(found)


THRESHOLD = 0.0
"""The bundled model's threshold (log-odds of someone else's): chosen by ``--each-set-out`` on every
fourth fit set (2026-12-07, once :func:`still_own` joined the fit), where 0.0 read not-own statements
0.043 for the stage denied alone and 0.897 exact, against 0.046 and 0.862 for the model before it at
its threshold of 1.0 (0.5: 0.048 and 0.890; 1.0: 0.054 and 0.886)."""


def fitted(without: str | None = None) -> tfw.OwnershipModel:
    own, others = texts(without)
    where = "" if without is None else f", {without} left out"
    return tfw.fit_ownership_model(
        own,
        others,
        threshold=THRESHOLD,
        fitted_on=(
            f"{len(others)} labelled statements of no practice of the trainer's own against {len(own)} of"
            f" the trainer's own in benchmarks/data{where} and the shipped frameworks' example trainers'"
            " sentences, no evaluation set; tools/fit_ownership_model.py"
        ),
    )


def _group(name: str) -> str:
    """Which group a set's figures are also pooled in: never read for a rule, or read."""
    return "unread" if name in FITTED_UNREAD else "read"


def each_set_out(thresholds: Sequence[float] = ()) -> None:
    """Pooled figures with each set read by a model fitted without it, beside those with no model.

    ``thresholds``: the model is read at each (none given: the threshold it is fitted with). The
    figures are pooled over all the sets, and apart over the sets never read for a rule
    (``FITTED_UNREAD``: the best likeness of a new writer) and the read ones.
    """
    fw = tfw.load_framework()
    plain = tfw.Matcher(fw, ownership=False)
    keys = ("at_mentioned", "for_mentioned", "above_real", "exact")
    narr_keys = ("exact", "over1", "over2", "under")
    sides = ["none", *(f"model {t:g}" for t in thresholds or [tfw.OwnershipModel.bundled().threshold])]
    levels: list[float | None] = [*thresholds] or [None]

    def matchers(model: tfw.OwnershipModel) -> list[tuple[str, tfw.Matcher]]:
        evolved = [model if t is None else attrs.evolve(model, threshold=t) for t in levels]
        return [
            ("none", plain),
            *((side, tfw.Matcher(fw, ownership=m)) for side, m in zip(sides[1:], evolved, strict=True)),
        ]

    groups = ("all", "read", "unread")
    pooled = {(g, side): dict.fromkeys(keys, 0.0) for g in groups for side in sides}
    doubted = {(g, side): 0 for g in groups for side in sides[1:]}
    n = dict.fromkeys(groups, 0)
    own_n = dict.fromkeys(groups, 0)
    models: dict[str, tfw.OwnershipModel] = {}
    own_by_set: dict[str, list[str]] = {}  # the labelled statements, read once
    for split, _, _, text in load():
        own_by_set.setdefault(split, []).append(text)
    for name in not_own_sets():
        models[name] = model = fitted(name)
        statements = assertions(name)
        own = own_by_set.get(name, [])
        for side, matcher in matchers(model):
            found = evaluate_assertions(fw, statements, matcher=matcher)
            ownership = matcher.ownership
            own_doubted = sum(ownership.doubts(t) for t in own) if ownership is not None else 0
            for g in ("all", _group(name)):
                for k in keys:
                    pooled[g, side][k] += found[k] * found["n"]
                if ownership is not None:
                    doubted[g, side] += own_doubted
        for g in ("all", _group(name)):
            n[g] += len(statements)
            own_n[g] += len(own)
    for g in groups:
        if not n[g]:
            continue
        sets = sum(1 for name in models if g in ("all", _group(name)))
        print(f"not-own statements ({g}), {n[g]} in {sets} sets, each set left out of its model's fit:")
        for side in sides:
            figures = "  ".join(f"{k} {pooled[g, side][k] / n[g]:.3f}" for k in keys)
            doubts = f"  own doubted {doubted[g, side]} of {own_n[g]}" if side != "none" else ""
            print(f"  {side:10}  {figures}{doubts}")
    full = fitted()
    totals = {(g, side): dict.fromkeys(narr_keys, 0.0) for g in groups for side in sides}
    labels = dict.fromkeys(groups, 0)
    for style in styles():
        if style in EVALUATION:
            continue
        rows = narratives(style)
        if not rows:
            continue
        model = models.get(style) or (fitted(style) if style in own_by_set else full)
        for side, matcher in matchers(model):
            found = evaluate_narratives(fw, rows, matcher=matcher)
            for g in ("all", _group(style)):
                for k in narr_keys:
                    totals[g, side][k] += found[k] * found["n"]
        for g in ("all", _group(style)):
            labels[g] += int(found["n"])
    for g in groups:
        if not labels[g]:
            continue
        print(f"narrative category stages ({g}), {labels[g]} labels, each set left out of its model's fit:")
        for side in sides:
            print(
                f"  {side:10}  " + "  ".join(f"{k} {totals[g, side][k] / labels[g]:.4f}" for k in narr_keys)
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.fit_ownership_model", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--each-set-out", action="store_true", help="measure with each set left out of the fit; write nothing"
    )
    parser.add_argument(
        "--threshold",
        type=float,
        action="append",
        default=[],
        metavar="LOG_ODDS",
        help="with --each-set-out: read the models at this threshold (repeat to sweep; default: the bundled)",
    )
    args = parser.parse_args(argv)
    if args.threshold and not args.each_set_out:
        parser.error("--threshold needs --each-set-out")
    if args.each_set_out:
        each_set_out(args.threshold)
        return 0
    model = fitted()
    args.out.write_text(json.dumps(model.to_document(), indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model.weights)} weights; {model.fitted_on}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
