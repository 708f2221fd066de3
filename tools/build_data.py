"""Regenerate ``src/trainerframework/data/trainer-framework.json`` from the seeds.

The Trainer Framework text is read from the two seed pages (``000_*`` the
framework overview with the trainer profiles, ``001_*`` the component detail of
"Professional development and values") and written, verbatim, into the bundled
data file with stable ids.  The only normalisation is whitespace: leading and
trailing blanks are stripped and runs of blanks are folded into one space.
Typographic quotes are kept exactly as published.

Usage::

    python -m tools.build_data [SEEDS_DIR] [--out PATH]

``SEEDS_DIR`` defaults to ``../shared/seeds`` beside the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "trainerframework" / "data" / "trainer-framework.json"

STAGES = (
    ("teacher-to-trainer", "From Teacher to Trainer"),
    ("autonomous", "Autonomous Trainer"),
    ("lead", "Lead Trainer"),
)
CATEGORIES = (
    ("individuals", "Understanding of individuals and situations", 2),
    ("knowledge", "Knowledge of teaching, training and teacher development", 2),
    ("training", "Planning, conducting and evaluating training activities", 2),
    ("observation", "Supporting, observing, feeding back on and assessing teaching", 3),
    ("development", "Professional development and values", 3),
)
COMPONENTS = (
    ("development.professional-development", "Professional development", 6),
    ("development.professional-values", "Professional values", 4),
)
EXAMPLES = (
    ("sasha", "Sasha", "teacher-to-trainer", "From Teacher to Trainer: Sasha"),
    ("ayesha", "Ayesha", "autonomous", "Autonomous Trainer: Ayesha"),
    ("julia", "Julia", "lead", "Lead Trainer: Julia"),
)
HEADER = "From Teacher to Trainer\n\nAutonomous Trainer\n\nLead Trainer\n\n"


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _paragraphs(block: str) -> list[str]:
    return [_clean(p) for p in block.split("\n\n") if p.strip()]


def _seed(seeds: Path, prefix: str) -> str:
    (path,) = sorted(seeds.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def _grid(
    scope: str, category: str, component: str | None, paragraphs: list[str], rows: int
) -> list[dict[str, str]]:
    if len(paragraphs) != rows * len(STAGES):
        msg = f"{scope}: expected {rows * len(STAGES)} paragraphs, found {len(paragraphs)}"
        raise SystemExit(msg)
    out = []
    for s, (stage_id, _) in enumerate(STAGES):
        for row in range(1, rows + 1):
            entry = {"id": f"{scope}.{stage_id}.{row}", "category": category}
            if component is not None:
                entry["component"] = component
            entry |= {
                "stage": stage_id,
                "strand": f"{scope}.{row}",
                "text": paragraphs[s * rows + row - 1],
            }
            out.append(entry)
    return out


def build(seeds: Path) -> dict[str, object]:
    overview = _seed(seeds, "000")
    detail = _seed(seeds, "001")
    descriptors: list[dict[str, str]] = []
    for cat_id, name, rows in CATEGORIES:
        start = overview.index(f"\n{name}\n\n{HEADER}") + len(f"\n{name}\n\n{HEADER}")
        end = overview.index("Find out more", start)
        descriptors += _grid(cat_id, cat_id, None, _paragraphs(overview[start:end]), rows)
    start = detail.index(HEADER) + len(HEADER)
    end = detail.index("On this site", start)
    grid = detail[start:end]
    for i, (comp_id, name, rows) in enumerate(COMPONENTS):
        begin = grid.index(f"{name}\n\n") + len(name) + 2
        stop = grid.index(f"{COMPONENTS[i + 1][1]}\n\n") if i + 1 < len(COMPONENTS) else len(grid)
        descriptors += _grid(comp_id, "development", comp_id, _paragraphs(grid[begin:stop]), rows)

    stage_text = overview[overview.index("The first stage,") :]
    stage_text = stage_text[: stage_text.index("\n")]
    sentences = re.split(r"(?<=\.) (?=The (?:second|third) stage)", _clean(stage_text))
    dev_text = detail[detail.index("The Professional development and values category") :]
    dev_text = _clean(dev_text[: dev_text.index("\n")])

    examples = []
    for i, (ex_id, name, stage_id, heading) in enumerate(EXAMPLES):
        begin = overview.index(f"\n{heading}\n") + len(heading) + 2
        following = EXAMPLES[i + 1][3] if i + 1 < len(EXAMPLES) else "Train the Trainer"
        stop = overview.index(f"\n{following}\n", begin)
        body = "\n\n".join(_paragraphs(overview[begin:stop]))
        examples.append({"id": ex_id, "name": name, "stage": stage_id, "text": body})

    return {
        "schema_version": 1,
        "framework": {
            "id": "cambridge-english-trainer-framework",
            "name": "Cambridge English Trainer Framework",
        },
        "provenance": {
            "title": "Cambridge English Trainer Framework",
            "publisher": "Cambridge University Press & Assessment",
            "developed_with": "Norwich Institute for Language Education (NILE)",
            "copyright": "© Cambridge University Press & Assessment",
            "sources": [
                {
                    "id": "overview",
                    "title": "Cambridge English Trainer Framework",
                    "location": (
                        "Cambridge English > Teaching English > Continuous Professional "
                        "Development for teachers > Cambridge English Trainer Framework"
                    ),
                    "content": "stages, category overview grid, trainer profiles",
                },
                {
                    "id": "development-detail",
                    "title": "Professional development and values",
                    "location": (
                        "Cambridge English > Teaching English > Continuous Professional "
                        "Development for teachers > Cambridge English Trainer Framework > "
                        "Professional development and values"
                    ),
                    "content": "component detail of Professional development and values",
                },
            ],
            "normalisation": (
                "Text is verbatim from the sources. Only whitespace is normalised: "
                "leading and trailing blanks are stripped and runs of blanks are folded "
                "into one space. Typographic quotes are kept as published."
            ),
            "notes": (
                "The sources give component names and component detail only for "
                "'Professional development and values'; the other four categories "
                "carry their overview descriptors only."
            ),
        },
        "stages": [
            {"id": sid, "name": name, "description": sentences[i]} for i, (sid, name) in enumerate(STAGES)
        ],
        "categories": [
            {
                "id": cid,
                "name": name,
                "description": dev_text if cid == "development" else "",
                "component_detail": cid == "development",
                "components": [
                    {"id": comp, "name": cname, "description": ""}
                    for comp, cname, _ in COMPONENTS
                    if cid == "development"
                ],
            }
            for cid, name, _ in CATEGORIES
        ],
        "descriptors": descriptors,
        "examples": examples,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build_data", description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="?", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = build(args.seeds)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(data['descriptors'])} descriptors")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
