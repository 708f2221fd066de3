"""HTML tables for notebooks: the ``_repr_html_`` of the values that have one.

The values ask :func:`trainerframework._base._display.html`, which finds
:data:`RENDERERS` here by name: presentation imports the values, never the
other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from .._cohort._agreement import Agreement
from .._cohort._cohort import Cohort, Progress
from .._matching._reading import Match
from .._model._framework import Framework, load_framework
from .._model._records import Category, Descriptor
from .._profiling._profile import Profile
from .._profiling._results import Status
from ._render import grid

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
    return _table(head, rows, f"Cohort of {len(cohort)} trainer{'' if len(cohort) == 1 else 's'}")


def _category(c: Category) -> str:
    fw = load_framework()
    if fw.get(c.id) != c:  # a category of another framework: list its descriptors
        rows = [[escape(d.stage.name), f"<code>{escape(d.id)}</code>", escape(d.text)] for d in c.descriptors]
        return _table(["stage", "id", "descriptor"], rows, c.name)
    return category_html(fw, c)


def descriptor_html(d: Descriptor) -> str:
    """A descriptor: its text, id, stage and where it belongs."""
    scope = d.component_id or d.category_id
    rows = [
        [
            escape(d.text),
            f"<code>{escape(d.id)}</code>",
            escape(d.stage.name),
            f"<code>{escape(scope)}</code>",
        ]
    ]
    return _table(["descriptor", "id", "stage", "in"], rows)


def match_html(m: Match) -> str:
    """A match: the descriptor, its score and its calibrated confidence."""
    d = m.descriptor
    why = escape(m.explanation.text) if m.explanation is not None else ""
    rows = [
        [
            f"{escape(d.text)}<br><code>{escape(d.id)}</code>",
            escape(d.stage.name),
            f"{m.score:.2f}",
            f"{m.confidence:.2f}",
            why,
        ]
    ]
    return _table(["descriptor", "stage", "score", "confidence", "why"], rows, "Match")


def agreement_html(a: Agreement) -> str:
    """Agreement per category, with the overall figures in the caption."""

    def num(x: float | None) -> str:
        return "" if x is None else f"{x:.2f}"

    rows = [
        [f"<code>{escape(r.id)}</code>", str(r.pairs), num(r.percent), num(r.kappa)] for r in a.categories
    ]
    caption = (
        f"{a.source_a} vs {a.source_b}: {a.pairs} pairs, agreement {num(a.percent)}, "
        f"weighted kappa {num(a.kappa)}"
    )
    return _table(["category", "pairs", "agreement", "weighted kappa"], rows, caption)


def progress_html(p: Progress) -> str:
    """Moves per category and component between two rounds."""
    heads = ["up", "down", "same", "gained", "lost"]
    rows = [[f"<code>{escape(m.scope_id)}</code>", *(str(getattr(m, h)) for h in heads)] for m in p.moves]
    return _table(["scope", *heads], rows, "Progress")


RENDERERS: dict[str, Callable[[Any], str]] = {
    "Framework": framework_html,
    "Category": _category,
    "Descriptor": descriptor_html,
    "Profile": profile_html,
    "Cohort": cohort_html,
    "Match": match_html,
    "Agreement": agreement_html,
    "Progress": progress_html,
}
"""Type name -> the function that renders a value of that type."""
