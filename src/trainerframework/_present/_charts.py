"""Charts with matplotlib (the optional ``plot`` extra). Every function returns the Figure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._base._renamed import renamed

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from .._cohort._cohort import Cohort, Progress
    from .._model._framework import Framework
    from .._profiling._profile import Profile

__all__ = ["plot_cohort", "plot_profile", "plot_progress"]


_CATEGORY = "#4c72b0"
_COMPONENT = "#8fb0d9"


def _name(fw: Framework, scope_id: str) -> str:
    """A category's or component's name (its id if the framework does not know it)."""
    item = fw.get(scope_id)
    return str(getattr(item, "name", scope_id))


def _stage_label(fw: Framework, key: str) -> str:
    """A distribution key as a reader says it: a stage's name, "not attained", "not enough evidence"."""
    item = fw.get(key)
    return str(getattr(item, "name", key.replace("_", " ")))


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt  # noqa: PLC0415
    except ImportError:
        msg = "charts need matplotlib: pip install 'trainerframework[plot]'"
        raise ImportError(msg) from None
    return plt


def plot_profile(profile: Profile, *, title: str | None = None) -> Figure:
    """One trainer's profile: a horizontal bar per category and component at its stage.

    No stage shows as an empty bar labelled with the reason.
    """
    plt = _pyplot()
    from matplotlib.patches import Patch  # noqa: PLC0415 - matplotlib is optional

    results = [*profile.categories, *profile.components]
    fw = profile.framework
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(results) + 1.6))
    labels = [_name(fw, r.id) if r.level == "category" else f"  {_name(fw, r.id)}" for r in results]
    ranks = [r.stage.rank if r.stage else 0 for r in results]
    colors = [_CATEGORY if r.level == "category" else _COMPONENT for r in results]
    y = list(range(len(results)))[::-1]
    ax.barh(y, ranks, color=colors)
    for yi, r in zip(y, results, strict=True):
        if r.stage is None:
            ax.text(0.05, yi, r.status.value.replace("_", " "), va="center", fontsize=8, color="#666")
    ax.set_yticks(y, labels)
    ax.set_xticks(range(len(fw.stages) + 1), ["", *[s.name for s in fw.stages]], rotation=15)
    ax.set_xlim(0, len(fw.stages) + 0.2)
    if profile.components:
        handles = [Patch(color=_CATEGORY, label="category"), Patch(color=_COMPONENT, label="component")]
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncols=2, frameon=False)
    ax.set_title(title or "Profile: stage per category and component")
    fig.tight_layout()
    return cast("Figure", fig)


def plot_cohort(cohort: Cohort, *, level: str = "category", title: str | None = None) -> Figure:
    """A heatmap of the cohort's stage distribution: rows categories (or components), columns stages."""
    plt = _pyplot()
    fw = cohort.framework
    dist = cohort.stage_distribution(level)
    keys = list(next(iter(dist.values())).keys()) if dist else []
    rows = list(dist)
    data = [[dist[r][k] for k in keys] for r in rows]
    fig, ax = plt.subplots(figsize=(1.6 * len(keys) + 4, 0.5 * len(rows) + 1.8))
    image = ax.imshow(data, cmap="Blues", aspect="auto")
    top = max((v for row in data for v in row), default=0) or 1
    for i, row in enumerate(data):
        for j, value in enumerate(row):
            # white on the dark half of the colour scale, black on the light half
            color = "white" if value / top > 0.5 else "black"
            ax.text(j, i, str(value), ha="center", va="center", fontsize=8, color=color)
    ax.set_xticks(range(len(keys)), [_stage_label(fw, k) for k in keys], rotation=20, ha="right")
    ax.set_yticks(range(len(rows)), [_name(fw, r) for r in rows])
    fig.colorbar(image, ax=ax, label="trainers")
    ax.set_title(
        title or f"Cohort of {len(cohort)} trainer{'' if len(cohort) == 1 else 's'}: stage per {level}"
    )
    fig.tight_layout()
    return cast("Figure", fig)


def plot_progress(
    progress: Progress,
    *,
    title: str | None = None,
    fw: Framework | None = None,
    framework: Framework | None = None,
) -> Figure:
    """Stacked bars per category and component: trainers who moved up, stayed, moved down.

    Scopes are labelled with their names from ``fw`` (default: the bundled
    framework; ``framework=`` is its former, deprecated name).
    """
    plt = _pyplot()
    from .._model._framework import load_framework  # noqa: PLC0415

    fw = renamed(fw, framework, new_name="fw", old_name="framework", where="plot_progress")
    fw = fw if fw is not None else load_framework()
    scopes = [m.scope_id for m in progress.moves]
    kinds = ["up", "gained", "same", "down", "lost"]
    colors = {"up": "#55a868", "gained": "#8fd19e", "same": "#cccccc", "down": "#c44e52", "lost": "#e8a0a2"}
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(scopes) + 1.5))
    left = [0] * len(scopes)
    y = list(range(len(scopes)))[::-1]
    for kind in kinds:
        values = [getattr(progress.moves_of(s), kind) for s in scopes]
        ax.barh(y, values, left=left, color=colors[kind], label=kind)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(y, [_name(fw, s) for s in scopes])
    ax.set_xlabel("trainers")
    ax.legend(ncols=len(kinds), loc="upper center", bbox_to_anchor=(0.5, -0.15), frameon=False)
    ax.set_title(title or "Progress between rounds")
    fig.tight_layout()
    return cast("Figure", fig)
