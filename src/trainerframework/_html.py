"""HTML tables for notebooks: ``_repr_html_`` of Framework, Category, Profile and Cohort."""

from __future__ import annotations

from html import escape

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._cohort import Cohort
    from ._model import Category, Framework
    from ._profile import Profile

__all__ = ["category_html", "cohort_html", "framework_html", "profile_html"]

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
    from ._render import grid  # noqa: PLC0415

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
    keys = [s.id for s in fw.stages] + ["not_attained", "not_enough_evidence"]
    rows = [[f"<code>{escape(cid)}</code>", *[str(counts[k]) for k in keys]] for cid, counts in dist.items()]
    head = ["category", *[s.name for s in fw.stages], "not attained", "not enough evidence"]
    return _table(head, rows, f"Cohort of {len(cohort)} trainers")
