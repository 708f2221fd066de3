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
draws, and the share of draws at or above the observed ECE, as
``tools/ece_noise.py`` draws them: one set of 60 statements is too few to
tell miscalibration from chance; a share under 0.05 is more than the batch's
size explains), their mean confidence and category+stage top-1; the not-own
statements' and the narratives' shares over all of them. A pooled line that
does not cover every set of the batch says how many it covers.

Every name must have statements, assertion statements or narratives in the
folder (a file of headers alone has none), and no name may be given twice;
otherwise nothing is read and the exit status is 2.

Usage: python -m tools.first_reading NAME [NAME ...] [--dir FOLDER] [--errors] [--draws 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import attrs

import trainerframework as tfw
from tools import labelled
from tools.ece_noise import compare

_ASSERTION_KEYS = ("at_mentioned", "for_mentioned", "above_real", "exact")
_NARRATIVE_KEYS = ("exact", "over1", "over2", "under")

Pairs = list[tuple[float, bool]]
"""(confidence, right) of each statement's top match."""


@attrs.frozen
class _Set:
    """One set's labelled rows, each kind empty where the set has none."""

    name: str
    statements: list[labelled.Row]
    assertions: list[labelled.Assertion]
    narratives: list[labelled.Narrative]
    narratives_file: str

    def __bool__(self) -> bool:
        return bool(self.statements or self.assertions or self.narratives)


def _load(name: str, folder: Path) -> _Set:
    """A set's rows in ``folder``: none of a kind whose file is missing or holds no row."""
    matching = folder / f"matching_{name}.txt"
    statements = [(name, c, s, t) for c, s, t in labelled.lines(matching)] if matching.exists() else []
    assertion = folder / f"assertion_{name}.txt"
    assertions = labelled.assertions(name, folder) if assertion.exists() else []
    for path in (folder / f"narratives_{name}.txt", folder / "narratives.txt"):
        if path.exists() and (narratives := labelled.narratives(name, path)):
            return _Set(name, statements, assertions, narratives, path.name)
    return _Set(name, statements, assertions, [], "")


def _statements(fw: tfw.Framework, found: _Set, errors: bool) -> Pairs:
    """Print a set's statements' reading; return their (confidence, right) pairs."""
    pairs = []
    categories = 0  # top matches in the right category: one match per statement serves every figure
    for _, category, stage, text in found.statements:
        best, conf, right = labelled.top_match(fw, text, category, stage)
        pairs.append((conf, right))
        categories += best is not None and best.descriptor.category_id == category
        if errors and not right:
            got = f"{best.descriptor.id} {conf:.2f}" if best is not None else "nothing"
            print(f"  want {category}/{stage} got {got}: {text}")
    ece = tfw.Reliability.from_pairs(pairs).ece
    confident = sum(conf >= 0.8 for conf, _ in pairs)
    right_confident = sum(conf >= 0.8 and right for conf, right in pairs)
    print(
        f"statements matching_{found.name}.txt: n={len(pairs)} category@1 {categories / len(pairs):.3f} "
        f"category+stage@1 {sum(right for _, right in pairs) / len(pairs):.3f} ECE {ece:.3f} "
        f"confidence>=0.8 {right_confident}/{confident}"
    )
    return pairs


def _assertion_line(res: dict[str, float]) -> str:
    return (
        f"n={res['n']:.0f} credited at the stage mentioned or above {res['at_mentioned']:.3f} (and above"
        f" the real stage {res['for_mentioned']:.3f}), above the real stage {res['above_real']:.3f},"
        f" exact {res['exact']:.3f}"
    )


def _narrative_line(res: dict[str, float]) -> str:
    return (
        f"{res['n']:.0f} labels: exact {res['exact']:.3f}, over by one {res['over1']:.3f}, over by two"
        f" {res['over2']:.3f}, under {res['under']:.3f}"
    )


def _read_set(
    fw: tfw.Framework, found: _Set, errors: bool
) -> tuple[Pairs, dict[str, float] | None, dict[str, float] | None]:
    """Print one set's first reading; return its statements' pairs, its assertion and narrative results."""
    pairs = _statements(fw, found, errors) if found.statements else []
    assertions = None
    if found.assertions:
        assertions = labelled.evaluate_assertions(fw, found.assertions, details=errors)
        print(f"assertions assertion_{found.name}.txt: {_assertion_line(assertions)}")
    narratives = None
    if found.narratives:
        narratives = labelled.evaluate_narratives(fw, found.narratives, details=errors)
        print(
            f"narratives {found.narratives_file}: {len(found.narratives)} narratives, "
            f"{_narrative_line(narratives)}"
        )
    return pairs, assertions, narratives


def _pooled(found: list[dict[str, float]], keys: tuple[str, ...]) -> dict[str, float]:
    """Shares over several sets' results, each weighted by its count (``n``)."""
    n = sum(r["n"] for r in found)
    return {"n": n, **{k: sum(r[k] * r["n"] for r in found) / n for k in keys}}


def _covering(count: int, sets: int) -> str:
    return "" if count == sets else f" (over {count} of the {sets} sets)"


def _batch(
    sets: int,
    statements: list[Pairs],
    assertions: list[dict[str, float]],
    narratives: list[dict[str, float]],
    *,
    draws: int,
    seed: int,
) -> None:
    """Print a batch's readings pooled (:func:`main` with several names)."""
    if statements:
        pairs = [p for found in statements for p in found]
        rng = random.Random(seed)  # noqa: S311 - seeded draws, no secret
        observed, median, high, share = compare(pairs, draws, rng)
        confident = [right for conf, right in pairs if conf >= 0.8]
        mean = sum(conf for conf, _ in pairs) / len(pairs)
        right = sum(right for _, right in pairs) / len(pairs)
        print(
            f"batch statements{_covering(len(statements), sets)}: n={len(pairs)} ECE {observed:.3f}"
            f" (exactly calibrated at these confidences: median {median:.3f}, 95th percentile {high:.3f},"
            f" share at or above {share:.3f} of {draws} draws) mean confidence {mean:.3f}"
            f" category+stage@1 {right:.3f} confidence>=0.8 {sum(confident)}/{len(confident)}"
        )
    if assertions:
        res = _pooled(assertions, _ASSERTION_KEYS)
        print(f"batch assertions{_covering(len(assertions), sets)}: {_assertion_line(res)}")
    if narratives:
        res = _pooled(narratives, _NARRATIVE_KEYS)
        print(f"batch narratives{_covering(len(narratives), sets)}: {_narrative_line(res)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.first_reading", description=__doc__.splitlines()[0]
    )
    parser.add_argument("names", nargs="+", metavar="NAME")
    parser.add_argument("--dir", type=Path, default=labelled.DATA)
    parser.add_argument("--errors", action="store_true", help="list every statement read wrongly")
    parser.add_argument("--draws", type=int, default=2000, help="calibrated draws for a batch's ECE")
    parser.add_argument("--seed", type=int, default=7, help="seed of the calibrated draws")
    args = parser.parse_args(argv)
    if args.draws < 1:
        parser.error(f"--draws must be at least 1, not {args.draws}")
    names: list[str] = args.names
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        print(f"given more than once: {', '.join(twice)}", file=sys.stderr)
        return 2
    folder: Path = args.dir
    found = [_load(name, folder) for name in names]
    missing = [f.name for f in found if not f]
    if missing:
        listed = ", ".join(repr(n) for n in missing)
        print(f"no statements, assertion statements or narratives of {listed} in {folder}", file=sys.stderr)
        return 2
    fw = tfw.load_framework()
    statements: list[Pairs] = []
    assertions: list[dict[str, float]] = []
    narratives: list[dict[str, float]] = []
    for one in found:
        if len(found) > 1:
            print(f"== {one.name}")
        pairs, assertion, narrative = _read_set(fw, one, args.errors)
        if pairs:
            statements.append(pairs)
        if assertion is not None:
            assertions.append(assertion)
        if narrative is not None:
            narratives.append(narrative)
    if len(found) > 1:
        print(f"== batch of {len(found)}: {', '.join(names)}")
        _batch(len(found), statements, assertions, narratives, draws=args.draws, seed=args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
