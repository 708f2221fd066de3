"""Plain-text, CSV and Markdown renderings of a framework (for the CLI and the docs)."""

from __future__ import annotations

import html
import io
import json

from .._base._cells import csv_text
from .._base._display import terminal_text
from .._model._format import framework_to_document
from .._model._framework import Framework
from .._model._records import Category, Component, Descriptor, Example, Stage, Strand

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .._model._framework import Item

__all__ = ["export", "grid", "item", "overview"]


def grid(fw: Framework, scope_id: str) -> list[list[Descriptor | None]]:
    """Rows of a category overview or component, one column per stage.

    Rows follow strands where every descriptor of the scope has one (row *k* of
    one stage continues in row *k* of the next); otherwise the *k*-th
    descriptor of each stage shares a row.
    """
    descriptors = fw.scope(scope_id)
    column = {s.id: i for i, s in enumerate(fw.stages)}
    rows: list[list[Descriptor | None]] = []
    if descriptors and all(d.strand_id is not None for d in descriptors):
        by_strand: dict[str, list[Descriptor | None]] = {}
        for d in descriptors:
            row = by_strand.setdefault(d.strand_id or "", [None] * len(fw.stages))
            row[column[d.stage.id]] = d
        return list(by_strand.values())
    seen: dict[str, int] = {}
    for d in descriptors:
        k = seen.get(d.stage.id, 0)
        seen[d.stage.id] = k + 1
        while len(rows) <= k:
            rows.append([None] * len(fw.stages))
        rows[k][column[d.stage.id]] = d
    return rows


def overview(fw: Framework) -> str:
    """Categories x stages with descriptor counts, and which categories have component detail."""
    out = io.StringIO()
    out.write(f"{fw.name}\n")
    out.write(
        f"{len(fw.stages)} stages, {len(fw.categories)} categories, {len(fw.components)} components, "
        f"{len(fw.descriptors)} descriptors\n\n"
    )
    out.write("Stages, lowest first: " + " < ".join(s.name for s in fw.stages) + "\n\n")
    id_width = max(len(c.id) for c in fw.categories)
    name_width = min(max(len(c.name) for c in fw.categories), 62)
    widths = [max(len(s.name), 3) for s in fw.stages]
    header = f"{'id':<{id_width}}  {'category':<{name_width}}  " + "  ".join(
        f"{s.name:>{w}}" for s, w in zip(fw.stages, widths, strict=True)
    )
    out.write(header + "  component detail\n")
    legend = "(counts: overview descriptors + component descriptors)"
    out.write("-" * (len(header) + 18) + "\n")
    for c in fw.categories:
        counts = []
        for s in fw.stages:
            n_overview = sum(1 for d in c.descriptors if d.stage == s)
            n_components = sum(1 for comp in c.components for d in comp.descriptors if d.stage == s)
            counts.append(f"{n_overview} + {n_components}" if n_components else str(n_overview))
        name = c.name if len(c.name) <= name_width else c.name[: name_width - 1] + "…"
        cells = "  ".join(f"{n:>{w}}" for n, w in zip(counts, widths, strict=True))
        detail = "yes" if c.component_detail else "no"
        out.write(f"{c.id:<{id_width}}  {name:<{name_width}}  {cells}  {detail}\n")
    if any(c.components for c in fw.categories):
        out.write(legend + "\n")
    detailed = [c for c in fw.categories if c.components]
    if detailed:
        out.write("\nCategories with component detail:\n")
        for c in detailed:
            out.write(f"  {c.name} ({c.id}): {len(c.descriptors)} overview descriptors\n")
            for comp in c.components:
                per_stage = ", ".join(
                    f"{sum(1 for d in comp.descriptors if d.stage == s)} {s.name}" for s in fw.stages
                )
                out.write(f"    {comp.id}: {comp.name} ({per_stage})\n")
    missing = [c.name for c in fw.categories if not c.component_detail]
    if missing:
        out.write("\nOverview descriptors only (the source gives no component detail): ")
        out.write("; ".join(missing) + "\n")
    return out.getvalue()


def _descriptor_lines(d: Descriptor) -> str:
    return f"  {d.id}\n    {d.text}\n"


def _scope_text(fw: Framework, title: str, scope_id: str) -> str:
    out = [title]
    for stage in fw.stages:
        ds = [d for d in fw.scope(scope_id) if d.stage == stage]
        if ds:
            out.append(f"\n{stage.name}\n")
            out.extend(_descriptor_lines(d) for d in ds)
    return "".join(out)


def item(fw: Framework, obj: Item) -> str:
    """A readable page for one object of the framework."""
    if isinstance(obj, Category):
        text = _scope_text(fw, f"{obj.name} ({obj.id})\n", obj.id)
        if obj.description:
            text = text.replace("\n", f"\n{obj.description}\n", 1)
        if obj.components:
            text += "\nComponents:\n" + "".join(f"  {c.id}: {c.name}\n" for c in obj.components)
        return text
    if isinstance(obj, Component):
        return _scope_text(fw, f"{obj.name} ({obj.id}), in {fw.category(obj.category_id).name}\n", obj.id)
    if isinstance(obj, Descriptor):
        where = fw.category(obj.category_id).name
        if obj.component_id is not None:
            where += f" > {fw.component(obj.component_id).name}"
        lines = [f"{obj.id}\n", f"  {obj.text}\n", f"  stage: {obj.stage.name}\n", f"  in: {where}\n"]
        if obj.strand_id is not None:
            lines.append(f"  strand: {obj.strand_id}\n")
        nxt = fw.next_steps(obj)
        if nxt:
            lines.append("  next step:\n" + "".join(f"    {n.id}: {n.text}\n" for n in nxt))
        return "".join(lines)
    if isinstance(obj, Strand):
        return f"strand {obj.id}\n" + "".join(
            f"  [{d.stage.name}] {d.id}\n    {d.text}\n" for d in obj.descriptors
        )
    if isinstance(obj, Stage):
        n = len(fw.filter(stage=obj))
        head = f"{obj.name} ({obj.id}), stage {obj.rank} of {len(fw.stages)}: {n} descriptors"
        return f"{head}\n  {obj.description}\n"
    if isinstance(obj, Example):
        return f"{obj.name}: example of {obj.stage.name}\n\n{obj.text}\n"
    raise TypeError(type(obj).__name__)  # pragma: no cover - Item is closed


CSV_COLUMNS = (
    "id",
    "category_id",
    "category",
    "component_id",
    "component",
    "stage_id",
    "stage",
    "stage_rank",
    "strand_id",
    "text",
)


def export(fw: Framework, fmt: str) -> str:
    """The whole framework as ``json`` (the framework file format), ``csv``, ``markdown`` or ``case``."""
    if fmt == "json":
        return json.dumps(framework_to_document(fw), ensure_ascii=False, indent=1) + "\n"
    if fmt == "case":
        from .._interchange._case import to_case  # noqa: PLC0415

        return json.dumps(to_case(fw), ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        rows = []
        for d in fw.descriptors:
            comp = fw.component(d.component_id).name if d.component_id is not None else ""
            rows.append(
                (
                    d.id,
                    d.category_id,
                    fw.category(d.category_id).name,
                    d.component_id or "",
                    comp,
                    d.stage.id,
                    d.stage.name,
                    d.stage.rank,
                    d.strand_id or "",
                    d.text,
                )
            )
        return csv_text(CSV_COLUMNS, rows)
    if fmt == "markdown":
        return markdown(fw)
    msg = f"unknown export format {fmt!r} (choose json, csv or markdown)"
    raise ValueError(msg)


def _md_text(text: str) -> str:
    r"""Framework text for Markdown: HTML in it is shown, not rendered; control characters as ``\xNN``."""
    return html.escape(terminal_text(text), quote=False)


def _md_cell(text: str) -> str:
    """Framework text for a Markdown table cell: as :func:`_md_text`, a ``|`` or line break kept inside."""
    return _md_text(text).replace("|", "\\|").replace("\n", "<br>")


def markdown_grid(fw: Framework, scope_id: str) -> str:
    """A Markdown table of one scope: rows follow strands, columns are stages."""
    lines = ["| " + " | ".join(_md_cell(s.name) for s in fw.stages) + " |", "|" + "---|" * len(fw.stages)]
    for row in grid(fw, scope_id):
        cells = [f"{_md_cell(d.text)} `{d.id}`" if d is not None else "" for d in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def markdown(fw: Framework) -> str:
    """The framework as one Markdown document; its text is escaped, so HTML in a framework file stays text."""
    out = [f"# {_md_text(fw.name)}\n\n"]
    p = fw.provenance
    if p.publisher or p.copyright:
        out.append(f"Source: {_md_text(p.title)}, {_md_text(p.publisher)}. {_md_text(p.copyright)}\n\n")
    for c in fw.categories:
        out.append(f"## {_md_text(c.name)}\n\n")
        if c.description:
            out.append(f"{_md_text(c.description)}\n\n")
        out.append(markdown_grid(fw, c.id) + "\n")
        out.extend(f"### {_md_text(comp.name)}\n\n{markdown_grid(fw, comp.id)}\n" for comp in c.components)
    return "".join(out)
