"""The labelled sets under benchmarks/data, read as data: the one reader for the tests and the tools.

``tools/matching_eval.py`` reports on the same files; the split rule (every
fourth statement of each category and stage of the tuning file is held out)
is the one its docstring states.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import trainerframework as tfw

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
FRESH = sorted(
    (p.stem.removeprefix("matching_") for p in DATA.glob("matching_fresh*.txt")),
    key=lambda name: int(re.sub(r"\D", "", name) or 1),
)
"""The later sets, oldest first: fresh, fresh2, ..."""
NEWEST = FRESH[-1]
"""The set written after the last lexicon round."""
EVALUATION = frozenset(
    {
        "fresh31",
        "fresh34",
        "fresh37",
        "fresh44",
        "fresh45",
        "fresh50",
        "fresh52",
        "fresh53",
        "fresh54",
        "fresh55",
        "fresh56",
        "fresh57",
        "fresh58",
        "fresh59",
        "fresh60",
        "fresh61",
        "fresh62",
        "fresh63",
        "fresh64",
        "fresh65",
        "fresh66",
        "fresh67",
        "fresh68",
        "fresh69",
        "fresh70",
        "fresh72",
        "fresh74",
        "fresh76",
        "fresh77",
        "fresh79",
        "fresh80",
        "fresh81",
        "fresh83",
        "fresh84",
        "fresh85",
        "fresh86",
        "fresh87",
        "fresh88",
        "fresh89",
        "fresh92",
        "fresh93",
        "fresh106",
        "fresh107",
        "fresh108",
        "fresh109",
        "fresh114",
        "fresh115",
        "fresh116",
        "fresh117",
        "fresh124",
        "fresh125",
        "fresh126",
        "fresh127",
        "fresh128",
        "fresh129",
        "fresh130",
        "fresh131",
        "fresh134",
        "fresh135",
        "fresh136",
        "fresh137",
        "fresh138",
        "fresh139",
        "fresh140",
        "fresh141",
        "fresh142",
        "fresh143",
        "fresh146",
        "fresh147",
        "fresh148",
        "fresh149",
        "fresh150",
        "fresh151",
        "fresh152",
        "fresh153",
        "fresh156",
        "fresh157",
        "fresh159",
        "fresh161",
        "fresh163",
        "fresh165",
        "fresh167",
        "fresh169",
        "fresh171",
        "fresh173",
        "fresh175",
        "fresh177",
        "fresh179",
        "fresh181",
        "fresh183",
        "fresh185",
        "fresh187",
        "fresh189",
        "fresh191",
        "fresh193",
        "fresh195",
        "fresh197",
        "fresh199",
        "fresh201",
        "fresh203",
        "fresh205",
        "fresh207",
        "fresh209",
        "fresh211",
        "fresh213",
        "fresh215",
        "fresh217",
        "fresh219",
        "fresh221",
        "fresh222",
        "fresh223",
        "fresh224",
        "fresh225",
        "fresh226",
        "fresh227",
        "fresh229",
        "fresh231",
        "fresh233",
        "fresh234",
        "fresh235",
        "fresh236",
        "fresh237",
        "fresh238",
        "fresh239",
        "fresh241",
        "fresh243",
        "fresh245",
        "fresh247",
        "fresh249",
        "fresh251",
        "fresh253",
        "fresh255",
        "fresh257",
        "fresh259",
        "fresh261",
        "fresh263",
        "fresh265",
        "fresh267",
        "fresh269",
        "fresh271",
        "fresh273",
        "fresh275",
        "fresh277",
        "fresh279",
        "fresh281",
        "fresh282",
        "fresh283",
        "fresh284",
        "fresh285",
        "fresh287",
        "fresh289",
        "fresh291",
        "fresh293",
        "fresh295",
        "fresh297",
        "fresh299",
        "fresh301",
        "fresh303",
        "fresh305",
        "fresh306",
        "fresh307",
        "fresh308",
        "fresh309",
        "fresh311",
        "fresh313",
        "fresh314",
        "fresh315",
        "fresh316",
        "fresh317",
        "fresh319",
        "fresh321",
        "fresh323",
        "fresh325",
        "fresh327",
        "fresh329",
        "fresh331",
    }
)
"""Sets written by someone who read only the framework pages (never the code, data or
tests) and never tuned on, kept for evaluation: never counted into the word model, and
the calibration fitted on them is checked one left-out set at a time."""
READ_THEN_COUNTED = frozenset(
    {
        "fresh30",
        "fresh32",
        "fresh33",
        "fresh35",
        "fresh36",
        "fresh38",
        "fresh39",
        "fresh40",
        "fresh41",
        "fresh42",
        "fresh43",
        "fresh46",
        "fresh47",
        "fresh48",
        "fresh49",
        "fresh51",
        "fresh71",
        "fresh73",
        "fresh75",
        "fresh78",
    }
)
"""Sets written the same way whose first readings are recorded (in each file's header)
and whose errors a lexicon or reader round then read: they no longer measure text the
project never saw, so, like the tuning file, they are counted into the word model."""

READ_HELD_BACK = frozenset(
    {"fresh82", "fresh90", "fresh91", "fresh118", "fresh122", "fresh123", "fresh132", "fresh133"}
    | {"fresh144", "fresh145"}
    | {"fresh154", "fresh155"}
    | {"fresh158", "fresh160"}
    | {"fresh162", "fresh164"}
    | {"fresh166", "fresh168"}
    | {"fresh170", "fresh172"}
    | {"fresh174", "fresh176", "fresh178"}
    | {"fresh180", "fresh182", "fresh184"}
    | {"fresh186", "fresh188", "fresh190"}
    | {"fresh192", "fresh194", "fresh196"}
    | {"fresh198", "fresh200", "fresh202"}
    | {"fresh210", "fresh212", "fresh214"}
    | {"fresh216", "fresh218", "fresh220"}
    | {"fresh228", "fresh230", "fresh232"}
    | {"fresh240", "fresh242", "fresh244"}
    | {"fresh246", "fresh248", "fresh250"}
    | {"fresh252", "fresh254", "fresh256"}
    | {"fresh258", "fresh260", "fresh262"}
    | {"fresh264", "fresh266", "fresh268"}
    | {"fresh270", "fresh272", "fresh274"}
    | {"fresh276", "fresh278", "fresh280"}
    | {"fresh286", "fresh288"}
    | {"fresh290", "fresh292"}
    | {"fresh294", "fresh296"}
    | {"fresh298", "fresh300"}
    | {"fresh302", "fresh304"}
    | {"fresh310", "fresh312"}
    | {"fresh318", "fresh320"}
    | {"fresh322", "fresh324", "fresh326"}
    | {"fresh328"}
    | {"fresh330"}
)
"""Sets written the same way whose first readings are recorded and whose errors a round read,
held back from the word model until 2026-12-07 and counted into it since (the docs' "The word
model counts every set but the evaluation sets"; the reasons it held them back, below, are
history): counting fresh82 moved the framework's own example Ayesha from
Autonomous to From Teacher to Trainer in individuals (two uncertain claims two stages apart,
the Lead one at 48% of the weight instead of 50%; the planning docs' worked example rests on it)
and one evaluation narrative two stages high. Never evaluated on either. fresh90 and fresh91,
read for the round of 2026-12-05 after fresh88 and fresh89, are held back the same way (a word
model refit is a round of its own) and counted into the ownership model. fresh118, written on
2026-12-05 with fresh119 to fresh121 (its first reading recorded: 0.15 of its statements of no
practice of the trainer's own above the real stage), was read for the round that taught the
assertion reader an answer's speaker's label, names that begin with a word and "they" before a
passive pointing back ("Trainer: No.", "my co-trainer Beatriz"), and is held back the same way.
From fresh122 on, sets come in batches written together by separate helpers and first read together
before any change (fresh122 to fresh125, fresh130 to fresh133, ...): the sets of a batch named here
(two of each of the first four batches: fresh122 and fresh123, fresh132 and fresh133, fresh144 and
fresh145, fresh154 and fresh155; from fresh158 on, the even-numbered ones) are read for the round
after the batch's first reading and were held back the same way (counted since 2026-12-07, as
``READ_THEN_COUNTED`` is: the two names now differ only in history), and the others are kept for
evaluation
(:data:`EVALUATION`). Each set's header records its first reading, the commit it was taken at, and
the round that read it; a new batch adds one line to the set above, and its headers say the rest."""

FITTED_UNREAD = frozenset(
    {"fresh94", "fresh95", "fresh96", "fresh97", "fresh98", "fresh99", "fresh100", "fresh101"}
    | {"fresh102", "fresh103", "fresh104", "fresh105"}
    | {"fresh110", "fresh111", "fresh112", "fresh113"}
    | {"fresh119", "fresh120", "fresh121"}
    | {"fresh204", "fresh206", "fresh208"}
)
"""Sets written the same way whose first readings are recorded and which are then only fitted on:
counted into the ownership model as more of the text it learns from, never read for a round (no
rule or cue was written from them), and kept out of the calibration (and of the word model
until 2026-12-07). Written
on 2026-12-05 after the ownership model's first refit, when new writers' first readings stayed
near 0.13 above the real stage: more data for the one part that carries over (fresh98 to
fresh101 after the comma-splice round, fresh102 to fresh105 after that, the same way; fresh110 to
fresh113 after the threshold was lowered to 1.0; fresh119 to fresh121 after that, when their first
readings put 0.10 of their statements above the real stage). fresh204, fresh206 and fresh208,
written on 2026-12-06 with fresh205, fresh207 and fresh209 (kept for evaluation) and first read at
7e8092a, at the end of the fifteenth session, are fitted on the same way."""

Row = tuple[str, str, str, str]
"""(split, category id, stage id, statement)"""

Narrative = tuple[str, dict[str, str], str]
"""(id, {category id: stage id}, text)"""

_SHORT = {"t": "teacher-to-trainer", "a": "autonomous", "l": "lead"}


def lines(path: Path) -> list[tuple[str, str, str]]:
    """The ``category|stage|statement`` lines of one file (blank lines and ``#`` comments skipped)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            category, stage, text = line.split("|", 2)
            rows.append((category, stage, text))
    return rows


def load() -> list[Row]:
    """Every labelled statement with its split: dev, holdout, or the name of a later set."""
    out: list[Row] = []
    seen: dict[tuple[str, str], int] = {}
    for category, stage, text in lines(DATA / "matching_statements.txt"):
        seen[(category, stage)] = seen.get((category, stage), 0) + 1
        out.append(("holdout" if seen[(category, stage)] % 4 == 0 else "dev", category, stage, text))
    for name in FRESH:
        out += [(name, c, s, t) for c, s, t in lines(DATA / f"matching_{name}.txt")]
    return out


def evaluate(rows: list[Row], fw: tfw.Framework, matcher: tfw.Matcher | None = None) -> dict[str, float]:
    """Top-1 and top-3 accuracy of the category, and of category and stage together.

    ``matcher`` defaults to the framework's default matcher.
    """
    match = matcher.match if matcher is not None else functools.partial(tfw.match, fw)
    hits = {"cat@1": 0, "cat@3": 0, "catstage@1": 0, "catstage@3": 0}
    for _, category, stage, text in rows:
        found = match(text, limit=3, explain=False)
        cats = [m.descriptor.category_id for m in found]
        cells = [(m.descriptor.category_id, m.descriptor.stage.id) for m in found]
        hits["cat@1"] += bool(cats) and cats[0] == category
        hits["cat@3"] += category in cats
        hits["catstage@1"] += bool(cells) and cells[0] == (category, stage)
        hits["catstage@3"] += (category, stage) in cells
    return {k: v / len(rows) for k, v in hits.items()} if rows else {}


def narratives(style: str, path: Path | None = None) -> list[Narrative]:
    """The labelled narratives of one style in ``narratives.txt`` (close, biographical, fresh17, ...)."""
    out: list[Narrative] = []
    styles: list[str] = []
    for line in (path or DATA / "narratives.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            name, *fields = line[3:].split()
            pairs = dict(x.split("=") for x in fields)
            styles.append(pairs.pop("style"))
            out.append((name, {k: _SHORT[v] for k, v in pairs.items()}, ""))
        elif line.strip() and not (line == "#" or line.startswith("# ")):
            # a comment is "# ..."; a narrative may open with "#" ("#trainers-team, Tuesday. ...")
            name, labels, text = out[-1]
            out[-1] = (name, labels, f"{text} {line}".strip())
    return [row for row, s in zip(out, styles, strict=True) if s == style]


def styles() -> list[str]:
    """The narrative styles in ``narratives.txt``, in the order they first appear."""
    found: dict[str, None] = {}
    for line in (DATA / "narratives.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            found[next(f for f in line.split() if f.startswith("style=")).removeprefix("style=")] = None
    return list(found)


def evaluate_narratives(
    fw: tfw.Framework, rows: list[Narrative], details: bool = False, *, matcher: tfw.Matcher | None = None
) -> dict[str, float]:
    """Shares of category stages exactly right, within one, over by one, over by two, under.

    A category without a stage (None) counts as under-rated and not within one.
    ``details`` prints each category read wrongly. ``matcher``: read with it (the default one: None).
    """
    rank = {s.id: i for i, s in enumerate(fw.stages)}
    counts = {"exact": 0, "within1": 0, "over1": 0, "over2": 0, "under": 0}
    n = 0
    for name, labels, text in rows:
        p = tfw.profile_text(fw, text, matcher=matcher)
        for category, want in labels.items():
            got = p.category_stage(category)
            d = (rank[got.id] if got is not None else -1) - rank[want]
            n += 1
            counts["exact"] += d == 0
            counts["within1"] += abs(d) <= 1 and got is not None
            counts["over1"] += d == 1
            counts["over2"] += d >= 2
            counts["under"] += d < 0
            if details and d:
                print(f"  {name:8} {category:12} want {want:18} got {got.id if got else None}")
    return {k: v / n for k, v in counts.items()} | {"n": n} if n else {}


def top_match(
    fw: tfw.Framework, text: str, category: str, stage: str
) -> tuple[tfw.Match | None, float, bool]:
    """A statement's best match, its confidence (0 for none) and whether its category and stage are right."""
    found = tfw.match(fw, text, limit=1, explain=False)
    best = found[0] if found else None
    right = best is not None and (best.descriptor.category_id, best.descriptor.stage.id) == (category, stage)
    return best, best.confidence if best is not None else 0.0, right


Assertion = tuple[str, str, str, str | None, str]
"""(kind, category id, stage id mentioned, the trainer's real stage id or None, statement)"""


def assertions(name: str, folder: Path | None = None) -> list[Assertion]:
    """The statements of ``assertion_<name>.txt``: practice denied, hoped for, someone else's, given up.

    Each line is ``kind|category|stage mentioned|real stage or none|statement``.
    The file is read from ``folder`` (default: :data:`DATA`).
    """
    out: list[Assertion] = []
    for line in ((folder or DATA) / f"assertion_{name}.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, category, mentioned, real, text = line.split("|", 4)
            out.append((kind, category, mentioned, None if real == "none" else real, text))
    return out


def evaluate_assertions(
    fw: tfw.Framework, rows: list[Assertion], details: bool = False, *, matcher: tfw.Matcher | None = None
) -> dict[str, float]:
    """How :func:`profile_text` reads statements whose practice is not the trainer's own now.

    ``at_mentioned``: the category is credited at the stage denied or wished for
    (or above); ``for_mentioned``: the same, where that credit is also above the
    stage the statement supports, so only the denied practice can have earned it
    (a trainer who "used to deliver packaged sessions" and now adapts them is rightly
    credited at Autonomous, at or above the stage given up: ``at_mentioned``
    counts that, ``for_mentioned`` does not); ``above_real``: above the stage the
    statement supports (any stage where it supports none); ``exact``: at the real
    stage (no stage where none). ``matcher``: read with it (the default one: None).
    """
    rank = {s.id: i for i, s in enumerate(fw.stages)}
    counts = {"at_mentioned": 0, "for_mentioned": 0, "above_real": 0, "exact": 0}
    for kind, category, mentioned, real, text in rows:
        got = tfw.profile_text(fw, text, matcher=matcher).category_stage(category)
        g = rank[got.id] if got is not None else -1
        r = rank[real] if real is not None else -1
        counts["at_mentioned"] += g >= rank[mentioned]
        counts["for_mentioned"] += g >= rank[mentioned] and g > r
        counts["above_real"] += g > r
        counts["exact"] += g == r
        if details and g != r:
            print(f"  {kind:8} {category:12} real {real} got {got.id if got else None}: {text}")
    n = len(rows)
    return {k: v / n for k, v in counts.items()} | {"n": n} if n else {}
