"""Write (or check) the matcher's baseline: what it makes of every labelled text.

``benchmarks/data/baseline.tsv`` holds, for every labelled statement, its top
match (descriptor id and assertion status); for every statement of the
``assertion_*`` sets, the stage ``profile_text`` gives its category; and for
every labelled narrative, the stage of each category. ``tests/test_baseline.py``
recomputes it and lists every text whose result changed (the text itself only for a set
that may be read: :func:`shown`), so a change to the
lexicon, the triggers or the scorer shows exactly what it moved, instead of
moving a hand-typed accuracy constant. After a deliberate change, run this
script and commit the new file with the change.

Usage: python -m tools.matcher_baseline [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import sys

import trainerframework as tfw
from tools import labelled

BASELINE = labelled.DATA / "baseline.tsv"
HEADER = "kind\tset\tresult\ttext"


def rows(fw: tfw.Framework) -> list[str]:
    """Every labelled text and today's result, one tab-separated line each (tabs in texts are spaces)."""
    out = []
    for split, _, _, text in labelled.load():
        found = tfw.match(fw, text, limit=1, explain=False)
        result = f"{found[0].descriptor.id} {found[0].assertion.value}" if found else "-"
        out.append(f"statement\t{split}\t{result}\t{text}")
    for path in sorted(labelled.DATA.glob("assertion_*.txt")):
        name = path.stem.removeprefix("assertion_")
        for _, category, _, _, text in labelled.assertions(name):
            stage = tfw.profile_text(fw, text).category_stage(category)
            out.append(f"assertion\t{name}\t{category} {stage.id if stage else '-'}\t{text}")
    for style in labelled.styles():
        for name, _, text in labelled.narratives(style):
            p = tfw.profile_text(fw, text)
            stages = " ".join(
                f"{c.id}={s.id if (s := p.category_stage(c.id)) else '-'}" for c in fw.categories
            )
            out.append(f"narrative\t{style}\t{stages}\t{name}")
    return [line.replace("\r", " ").replace("\n", " ") for line in out]


WITHHELD = labelled.EVALUATION | labelled.FITTED_UNREAD
"""Sets whose texts no round may read: a changed result of theirs is listed without its text."""


def shown(line: str) -> str:
    """A baseline line as a listing of changes shows it: the text withheld for a set no round reads.

    The line's text gives way to its digest ("text withheld 3f9a0c1d"), so a check run while
    changing the reader tells what moved without showing evaluation or unread text to whoever runs it.
    """
    fields = line.split("\t", 3)
    if len(fields) < 4 or fields[1] not in WITHHELD:
        return line  # (not a line of the baseline: shown as it is)
    kind, name, result, text = fields
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{kind}\t{name}\t{result}\ttext withheld {digest}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.matcher_baseline", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when anything changed")
    args = parser.parse_args(argv)
    now = rows(tfw.load_framework())
    if args.check:
        before = BASELINE.read_text(encoding="utf-8").splitlines()[1:]
        changed = sorted(set(now) ^ set(before))
        print("\n".join(map(shown, changed)) or "no change")
        return 1 if changed else 0
    BASELINE.write_text("\n".join([HEADER, *now]) + "\n", encoding="utf-8")
    print(f"wrote {BASELINE} ({len(now)} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
