"""The records of the framework model: stages, categories, components, descriptors, strands.

:class:`~trainerframework.Framework`, which holds them and looks them up, is
in :mod:`trainerframework._model._framework`.

Every record is an ``attrs`` frozen, slotted class, compared and hashed by
value, so ``attrs.evolve``, ``attrs.fields``, ``attrs.asdict`` and cattrs
converters work on them. Records are built by :mod:`trainerframework._model._format`
from a framework document; users do not normally construct them by hand.
"""

from __future__ import annotations

from typing import TypeVar

import attrs

from .._base._display import html
from .._base._patterns import lazy_pattern

_T = TypeVar("_T")

__all__ = [
    "Category",
    "Component",
    "Descriptor",
    "Example",
    "Provenance",
    "Source",
    "Stage",
    "Strand",
]

_SENTENCE_END = lazy_pattern(r"(?<=[.!?])\s+(?=[A-Z])")


set_frozen = object.__setattr__


def _short(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


@attrs.frozen(repr=False)
class Stage:
    """A stage of competency.

    Stages are totally ordered: by :attr:`rank`, then by :attr:`id`, so
    ``fw.stages[0] < fw.stages[-1]`` and ``max(stages)`` is the highest.
    """

    id: str
    """Stable id, for example ``"lead"``."""
    name: str
    """Published name, for example ``"Lead Trainer"``."""
    rank: int
    """Position in the framework, 1 for the lowest stage."""
    description: str = ""
    """What the stage covers, as published (may be empty)."""

    def _key(self) -> tuple[int, str]:
        return (self.rank, self.id)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self._key() >= other._key()

    def __repr__(self) -> str:
        return f"<Stage {self.id} {self.name!r} rank={self.rank}>"


@attrs.frozen(kw_only=True, repr=False)
class Descriptor:
    """A statement of practice at one stage, in a category or one of its components."""

    id: str
    """Stable id: ``<scope>.<stage>.<row>``, for example ``"observation.lead.2"``."""
    text: str
    """The descriptor as published."""
    stage: Stage
    """The stage the descriptor describes."""
    category_id: str
    """Id of the category the descriptor belongs to."""
    component_id: str | None = None
    """Id of the component, or ``None`` for a category overview descriptor."""
    strand_id: str | None = None
    """Id of the strand (row of the published grid) it continues, if modelled."""

    @property
    def scope_id(self) -> str:
        """Id of the component, or of the category for an overview descriptor."""
        return self.component_id if self.component_id is not None else self.category_id

    @property
    def sentences(self) -> tuple[str, ...]:
        """The descriptor text split into its sentences."""
        return tuple(_SENTENCE_END.split(self.text))

    def __repr__(self) -> str:
        return f"<Descriptor {self.id} ({self.stage.name}): {_short(self.text)!r}>"

    def _repr_html_(self) -> str:
        return html(self)


@attrs.frozen(kw_only=True, repr=False)
class Component:
    """A component of a category, with its own descriptors at each stage."""

    id: str
    """Stable id: ``<category>.<slug>``, for example ``"development.professional-values"``."""
    name: str
    """Published name."""
    category_id: str
    """Id of the category it belongs to."""
    descriptors: tuple[Descriptor, ...] = attrs.field(converter=tuple[Descriptor, ...])
    """Its descriptors, lowest stage first, in published row order."""
    description: str = ""
    """Published description (may be empty)."""

    def __repr__(self) -> str:
        return f"<Component {self.id} {self.name!r}: {len(self.descriptors)} descriptors>"


@attrs.frozen(kw_only=True, repr=False)
class Category:
    """One of the framework's categories.

    :attr:`descriptors` are the category's overview descriptors; the
    descriptors of its components are on each :class:`Component`.
    """

    id: str
    """Stable id, for example ``"observation"``."""
    name: str
    """Published name."""
    descriptors: tuple[Descriptor, ...] = attrs.field(converter=tuple[Descriptor, ...])
    """Overview descriptors, lowest stage first, in published row order."""
    components: tuple[Component, ...] = attrs.field(converter=tuple[Component, ...], default=())
    """Its components; empty where the source gives no component detail."""
    component_detail: bool = False
    """Whether the source gives component detail for this category."""
    description: str = ""
    """Published description (may be empty)."""

    @property
    def all_descriptors(self) -> tuple[Descriptor, ...]:
        """Overview descriptors followed by every component's descriptors."""
        return self.descriptors + tuple(d for c in self.components for d in c.descriptors)

    def _repr_html_(self) -> str:
        return html(self)

    def __repr__(self) -> str:
        return (
            f"<Category {self.id} {_short(self.name, 40)!r}: {len(self.descriptors)} overview "
            f"descriptors, {len(self.components)} components>"
        )


@attrs.frozen(kw_only=True, repr=False)
class Strand:
    """A row of a published grid followed across stages.

    Row *k* of one stage continues in row *k* of the next, so the strand says
    exactly what the next step from a descriptor is.
    """

    id: str
    """Stable id: ``<scope>.<row>``, for example ``"development.professional-development.1"``."""
    category_id: str
    """Id of the category."""
    component_id: str | None
    """Id of the component, or ``None`` for a row of the category overview."""
    descriptors: tuple[Descriptor, ...] = attrs.field(converter=tuple[Descriptor, ...])
    """Its descriptors, one per stage, lowest stage first, stages contiguous."""

    @property
    def stages(self) -> tuple[Stage, ...]:
        """The stages the strand covers, lowest first."""
        return tuple(d.stage for d in self.descriptors)

    def __repr__(self) -> str:
        return f"<Strand {self.id}: {' → '.join(d.stage.id for d in self.descriptors)}>"


@attrs.frozen(kw_only=True, repr=False)
class Example:
    """A published example trainer profile (for instance Sasha, Ayesha, Julia)."""

    id: str
    """Stable id, for example ``"julia"``."""
    name: str
    """The trainer's name."""
    stage: Stage
    """The stage the example illustrates."""
    text: str
    """The narrative, paragraphs separated by blank lines."""

    def __repr__(self) -> str:
        return f"<Example {self.id} ({self.stage.name}): {_short(self.text)!r}>"


@attrs.frozen(kw_only=True, repr=False)
class Source:
    """A source document the framework text was taken from."""

    id: str
    """Short id of the source."""
    title: str
    """Title of the source page or document."""
    location: str = ""
    """Where the source is found (a breadcrumb, a page number, an address)."""
    content: str = ""
    """What the framework takes from it."""

    def __repr__(self) -> str:
        return f"<Source {self.id} {self.title!r}>"


@attrs.frozen(kw_only=True, repr=False)
class Provenance:
    """Where a framework's text comes from and how it was transcribed."""

    title: str
    """Title of the published framework."""
    publisher: str = ""
    """Who publishes it."""
    developed_with: str = ""
    """Partner organisations named by the publisher."""
    copyright: str = ""
    """The copyright line."""
    sources: tuple[Source, ...] = attrs.field(converter=tuple[Source, ...], default=())
    """The documents the text was taken from."""
    normalisation: str = ""
    """What, if anything, was normalised when transcribing."""
    notes: str = ""
    """Anything else a reader of the data should know."""

    def __repr__(self) -> str:
        return f"<Provenance {self.title!r} ({self.publisher}), {len(self.sources)} sources>"
