"""HTML tables for notebooks: ``_repr_html_`` of Framework, Category, Profile and Cohort.

The values ask :func:`trainerframework._display.html`, which finds
:data:`RENDERERS` here by name: presentation imports the values, never the
other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from ._cohort import Cohort
from ._data import load_framework
from ._framework import Framework
from ._model import Category
from ._profile import Profile
from ._render import grid
from ._results import Status

__all__ = ["RENDERERS", "category_html", "cohort_html", "framework_html", "profile_html"]

_STYLE = "border-collapse:collapse;text-align:left;vertical-align:top"


def _table(head: list[str], rows: list[list[str]], caption: str = "") -> str:
    cap = f"<caption style='text-align:left'><b>{escape(caption)}</b></caption>" if caption else ""
    th = "".join(f"<th style='padding:2px 8px'>{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td style='padding:2px 8px;vertical-align:top'>{c}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return f"<table style='{_STYLE}'>{cap}<thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def framework_html(fw: Framework) -> str:
    """Categories x stages with descriptor counts."""
    rows = [
        [
            f"<code>{escape(c.id)}</code>",
            escape(c.name),
            *[str(sum(1 for d in c.all_descriptors if d.stage == s)) for s in fw.stages],
            "yes" if c.component_detail else "no",
        ]
        for c in fw.categories
    ]
    head = ["id", "category", *[s.name for s in fw.stages], "component detail"]
    return _table(head, rows, f"{fw.name}: {len(fw.descriptors)} descriptors")


def category_html(fw: Framework, c: Category) -> str:
    """A category's overview descriptors, stages side by side."""
    rows = [
        [f"{escape(d.text)}<br><code>{escape(d.id)}</code>" if d else "" for d in row]
        for row in grid(fw, c.id)
    ]
    return _table([s.name for s in fw.stages], rows, c.name)


def profile_html(p: Profile) -> str:
    """Stage and status per category and component."""
    rows = [
        [
            escape(r.level),
            f"<code>{escape(r.id)}</code>",
            escape(r.stage.name) if r.stage else f"<i>{escape(r.status.value.replace('_', ' '))}</i>",
            f"{r.judged}/{r.total}",
        ]
        for r in (*p.categories, *p.components)
    ]
    return _table(["level", "id", "stage", "judged"], rows, "Profile")


def cohort_html(cohort: Cohort) -> str:
    """Trainers per stage in each category."""
    dist = cohort.stage_distribution()
    fw = cohort.framework
    statuses = [Status.NOT_ATTAINED, Status.NOT_ENOUGH_EVIDENCE]
    keys = [s.id for s in fw.stages] + [s.value for s in statuses]
    rows = [[f"<code>{escape(cid)}</code>", *[str(counts[k]) for k in keys]] for cid, counts in dist.items()]
    head = ["category", *[s.name for s in fw.stages], *[s.value.replace("_", " ") for s in statuses]]
    return _table(head, rows, f"Cohort of {len(cohort)} trainers")


def _category(c: Category) -> str:
    fw = load_framework()
    if fw.get(c.id) != c:  # a category of another framework: list its descriptors
        rows = [[escape(d.stage.name), f"<code>{escape(d.id)}</code>", escape(d.text)] for d in c.descriptors]
        return _table(["stage", "id", "descriptor"], rows, c.name)
    return category_html(fw, c)


RENDERERS: dict[str, Callable[[Any], str]] = {
    "Framework": framework_html,
    "Category": _category,
    "Profile": profile_html,
    "Cohort": cohort_html,
}
"""Type name -> the function that renders a value of that type."""
