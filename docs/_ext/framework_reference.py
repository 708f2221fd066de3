"""Sphinx extension: generate the framework reference pages from the bundled data.

At every build (``builder-inited``) the pages under ``docs/reference/`` are
written anew from ``trainerframework.load_framework()``: nothing is copied by
hand, so the reference always shows the data the package ships.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import trainerframework as tfw
from trainerframework._present._render import grid

OUT = "reference"


def _cell(d: tfw.Descriptor | None) -> str:
    if d is None:
        return ""
    text = d.text.replace("|", "\\|")
    return f"{text} {{ref}}`{d.id} <{d.id}>`"


def _grid(fw: tfw.Framework, scope_id: str) -> str:
    lines = ["| " + " | ".join(s.name for s in fw.stages) + " |", "|" + "---|" * len(fw.stages)]
    lines += ["| " + " | ".join(_cell(d) for d in row) + " |" for row in grid(fw, scope_id)]
    return "\n".join(lines) + "\n"


def _descriptor_entries(fw: tfw.Framework, descriptors: tuple[tfw.Descriptor, ...]) -> str:
    out = []
    for d in descriptors:
        nxt = fw.next_steps(d)
        out.append(f"({d.id})=\n### `{d.id}`\n\n{d.text}\n\n")
        facts = [f"stage: {d.stage.name}"]
        if d.strand_id:
            facts.append(f"strand: `{d.strand_id}`")
        if nxt:
            facts.append("next step: " + ", ".join(f"{{ref}}`{n.id} <{n.id}>`" for n in nxt))
        out.append("; ".join(facts) + "\n\n")
    return "".join(out)


def _category_page(fw: tfw.Framework, c: tfw.Category) -> str:
    parts = [f"# {c.name}\n\n", f"Category id: `{c.id}`.\n\n"]
    if c.description:
        parts.append(f"{c.description}\n\n")
    parts.append(
        "The overview descriptors, stage by stage. Each row follows a strand: row *k* of one stage "
        "continues in row *k* of the next.\n\n"
    )
    parts.append(_grid(fw, c.id) + "\n")
    if c.components:
        parts.append("## Components\n\n")
        parts.extend(
            f"### {comp.name}\n\nComponent id: `{comp.id}`; its own page: [{comp.name}]({comp.id}.md).\n\n"
            f"{_grid(fw, comp.id)}\n"
            for comp in c.components
        )
        parts.append("```{toctree}\n:hidden:\n\n" + "\n".join(k.id for k in c.components) + "\n```\n\n")
    else:
        parts.append(
            "The published sources give no component detail for this category; an organisation that "
            "holds it can load it with `load_framework(path)`.\n\n"
        )
    parts.append("## Descriptors\n\n")
    parts.append(_descriptor_entries(fw, c.descriptors))
    return "".join(parts)


def _component_page(fw: tfw.Framework, k: tfw.Component) -> str:
    category = fw.category(k.category_id)
    return (
        f"# {k.name}\n\nComponent id: `{k.id}`, in [{category.name}]({category.id}.md).\n\n"
        + (f"{k.description}\n\n" if k.description else "")
        + "Rows follow strands: row *k* of one stage continues in row *k* of the next.\n\n"
        + _grid(fw, k.id)
        + "\n## Descriptors\n\n"
        + _descriptor_entries(fw, k.descriptors)
    )


def _index_page(fw: tfw.Framework) -> str:
    cats = "\n".join(c.id for c in fw.categories)
    rows = "\n".join(
        f"| [{c.name}]({c.id}.md) | `{c.id}` | "
        + " | ".join(str(sum(1 for d in c.all_descriptors if d.stage == s)) for s in fw.stages)
        + f" | {'yes' if c.component_detail else 'no'} |"
        for c in fw.categories
    )
    head = " | ".join(s.name for s in fw.stages)
    stages = "\n".join(f"{s.rank}. **{s.name}** (`{s.id}`): {s.description}" for s in fw.stages)
    p = fw.provenance
    return f"""# Framework reference

The {fw.name}: {len(fw.categories)} categories, {len(fw.components)} components and
{len(fw.descriptors)} descriptors at {len(fw.stages)} stages. These pages are generated from the
data bundled with trainerframework at every documentation build.

## Stages

{stages}

## Categories

| category | id | {head} | component detail |
|---|---|{"---|" * len(fw.stages)}---|
{rows}

Source: {p.title}, {p.publisher}; developed with {p.developed_with}. {p.copyright}.

```{{toctree}}
:maxdepth: 1

{cats}
descriptors
glossary
planning
```
"""


def _descriptor_index(fw: tfw.Framework) -> str:
    lines = [
        "# Index of descriptors\n",
        "Every descriptor, with its id, category, component and stage.\n",
        "| id | category | component | stage | descriptor |",
        "|---|---|---|---|---|",
    ]
    for d in fw.descriptors:
        comp = fw.component(d.component_id).name if d.component_id else ""
        text = d.text.replace("|", "\\|")
        category = fw.category(d.category_id).name
        lines.append(f"| {{ref}}`{d.id} <{d.id}>` | {category} | {comp} | {d.stage.name} | {text} |")
    return "\n".join(lines) + "\n"


def _glossary(fw: tfw.Framework) -> str:
    entries = [
        ("Category", "One of the framework's five areas of trainer competence, broken into components."),
        ("Component", "A part of a category with its own descriptors at each stage."),
        ("Descriptor", "A statement of practice at one stage, in a category overview or a component."),
        ("Stage", "A stage of competency; the stages are ordered, lowest first."),
        (
            "Strand",
            (
                "A row of a published grid followed across stages: "
                "row k of one stage continues in row k of the next."
            ),
        ),
        (
            "Evidence",
            (
                "Judgements about descriptors (met, partly, not met), "
                "each with an optional source, date, note and confidence."
            ),
        ),
        ("Judgement", "How far practice meets a descriptor: met, partly or not met."),
        (
            "Profile",
            ("A stage, or none, for every component and category of a trainer; mixed stages are normal."),
        ),
        ("Development priority", "A next-stage descriptor not yet met, ordered by how near the stage is."),
        ("Lexicon", "The matcher's list of everyday words and phrases linked to the framework's concepts."),
    ]
    entries += [(s.name, s.description or f"Stage {s.rank} of the framework.") for s in fw.stages]
    entries += [(c.name, f"Category `{c.id}`. See {{doc}}`{c.id}`.") for c in fw.categories]
    entries += [(k.name, f"Component `{k.id}` of {fw.category(k.category_id).name}.") for k in fw.components]
    body = "\n".join(f"{term}\n  {definition}\n" for term, definition in sorted(entries))
    return f"# Glossary\n\n```{{glossary}}\n{body}```\n"


def _cell_text(text: str) -> str:
    return text.replace("|", "\\|")


def _planning_page() -> str:
    """The planning layer's bundled data: activities, Guskey's levels, quality framework, opportunities."""
    cat = tfw.load_catalogue()
    amap = tfw.ActivityMap.bundled()
    sources = "; ".join(f"seed {s.id}: {s.title}" for s in cat.provenance.sources)
    parts = [
        "# Planning reference\n\n",
        (
            "The reference data of {func}`trainerframework.plan`, generated from the data bundled with "
            f"trainerframework (`load_catalogue()`). Sources: {sources}. {cat.provenance.normalisation}\n\n"
        ),
        "## Activities (seed 002)\n\n| id | name | what the seed says | categories it can serve |\n",
        "|---|---|---|---|\n",
    ]
    serves: dict[str, list[str]] = {}
    for link in amap.links:
        serves.setdefault(link.activity_id, [])
        serves[link.activity_id] += [c for c in link.category_ids if c not in serves[link.activity_id]]
    parts += [
        f"| `{a.id}` | {_cell_text(a.name)} | {_cell_text(a.text)} | {', '.join(serves.get(a.id, []))} |\n"
        for a in cat.activities
    ]
    parts.append(f"\nThe last column is the bundled activity map, not seed text: {amap.note}\n\n")
    parts.append(f"## How activities are chosen (the bundled activity map)\n\n{amap.rule}\n\n")
    parts.append("Experience bands, each resting on a passage of its source, quoted verbatim:\n\n")
    for band in amap.experience:
        stages = ", ".join("no stage yet" if s is None else f"`{s}`" for s in band.stages)
        parts.append(
            f"- **{band.name}** (`{band.id}`; stages {stages}): \u201c{band.basis}\u201d "
            f"(seed {band.source}, {band.location})\n"
        )
    parts.append("\n| activity | categories | experience | target stages | reason |\n|---|---|---|---|---|\n")
    parts += [
        f"| `{x.activity_id}` | {', '.join(x.category_ids)} | {', '.join(x.experience) or 'any'} | "
        f"{', '.join(x.targets) or 'any'} | {_cell_text(x.reason)} |\n"
        for x in amap.links
    ]
    parts.append("\n")
    parts.append("## Guskey's five levels of evaluation (seed 002, Table 12)\n\n")
    for lv in cat.evaluation_levels:
        parts.append(f"### {lv.level}. {lv.name}\n\n")
        for label, items in (
            ("What questions are addressed?", lv.questions),
            ("How will information be gathered?", lv.gathered),
            ("What is measured or assessed?", lv.measured),
            ("How will information be used?", lv.used),
        ):
            parts.append(f"**{label}**\n\n" + "".join(f"- {x}\n" for x in items) + "\n")
    parts.append("## CPD Quality Framework (seed 003)\n\n")
    for section in cat.quality_framework:
        title = section.title or "(no title in the seed)"
        parts.append(f"### Section {section.number}: {title}\n\n")
        parts += [f"- **{st.id}** {st.text}\n" for st in section.statements]
        parts.append("\n")
    parts.append("## Opportunities by career stage (seed 004)\n\n")
    providers = {x.id: x.name for x in cat.providers}
    for stage in cat.career_stages:
        parts.append(f"### {stage.name}\n\n{stage.standards}\n\n")
        for provider in cat.providers:
            items = cat.opportunities_at(stage.id, provider.id)
            more = " (and the previous stage's)" if (stage.id, provider.id) in cat.previous_stage_too else ""
            if items or more:
                listed = "; ".join(o.text for o in items) or "as the previous stage"
                parts.append(f"- {providers[provider.id]}{more}: {listed}\n")
        parts.append("\n")
    return "".join(parts)


def generate(app: Any) -> None:
    """Write the reference pages into the documentation source tree."""
    fw = tfw.load_framework()
    out = Path(app.srcdir) / OUT
    out.mkdir(exist_ok=True)
    pages = {
        "index.md": _index_page(fw),
        "descriptors.md": _descriptor_index(fw),
        "glossary.md": _glossary(fw),
        "planning.md": _planning_page(),
    }
    pages |= {f"{c.id}.md": _category_page(fw, c) for c in fw.categories}
    pages |= {f"{k.id}.md": _component_page(fw, k) for k in fw.components}
    for name, text in pages.items():
        path = out / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def setup(app: Any) -> dict[str, Any]:
    """Register the generator with Sphinx."""
    app.connect("builder-inited", generate)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
