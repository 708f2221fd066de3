"""The Framework: every record of a trainer framework, looked up by id, navigated and searched."""

from __future__ import annotations

import os
from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView
from typing import Any, Literal, TypeVar

import attrs

from .._base._cache import once
from .._base._display import html
from .._base._patterns import lazy_pattern
from ..exceptions import InvalidFrameworkError, Problem, UnknownIdError
from ._format import (
    FrameworkParts,
    bundled_parts,
    framework_parts,
    framework_to_document,
    read_framework_file,
)
from ._records import Category, Component, Descriptor, Example, Provenance, Stage, Strand, set_frozen

_T = TypeVar("_T")

__all__ = ["Framework", "Item", "framework_from_document", "load_framework"]


Item = Stage | Category | Component | Strand | Descriptor | Example
"""Anything a framework can look up by id."""


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class Framework:
    """A complete trainer framework: stages, categories, components, descriptors.

    Look things up by id with :meth:`descriptor`, :meth:`category`,
    :meth:`component`, :meth:`stage`, :meth:`strand` (which raise
    :class:`~trainerframework.UnknownIdError`), with ``fw[id]`` (any kind), or
    with :meth:`get` (which returns a default instead of raising).
    """

    id: str
    """Stable id of the framework."""
    name: str
    """Published name."""
    stages: tuple[Stage, ...] = attrs.field(converter=tuple[Stage, ...])
    """The stages, lowest first."""
    categories: tuple[Category, ...] = attrs.field(converter=tuple[Category, ...])
    """The categories in published order."""
    strands: tuple[Strand, ...] = attrs.field(converter=tuple[Strand, ...], default=())
    """Every strand, in order of first descriptor."""
    examples: tuple[Example, ...] = attrs.field(converter=tuple[Example, ...], default=())
    """Published example trainer profiles."""
    provenance: Provenance = attrs.field(
        default=attrs.Factory(lambda self: Provenance(title=self.name), takes_self=True)
    )
    """Where the text comes from (by default a provenance naming only the framework)."""
    schema_version: int = 1
    """Version of the file format the framework was read from."""
    descriptors: tuple[Descriptor, ...] = attrs.field(init=False, eq=False, repr=False)
    """Every descriptor: each category's overview, then its components' (derived)."""
    components: tuple[Component, ...] = attrs.field(init=False, eq=False, repr=False)
    """Every component of every category (derived)."""
    _index: dict[str, tuple[str, Item]] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        descriptors = tuple(d for c in self.categories for d in c.all_descriptors)
        components = tuple(comp for c in self.categories for comp in c.components)
        index: dict[str, tuple[str, Item]] = {}
        groups: tuple[tuple[str, Iterable[Item]], ...] = (
            ("stage", self.stages),
            ("category", self.categories),
            ("component", components),
            ("strand", self.strands),
            ("descriptor", descriptors),
            ("example", self.examples),
        )
        problems: list[Problem] = []
        for kind, items in groups:
            for item in items:
                if item.id in index:
                    problems.append(
                        Problem(f"{kind} {item.id!r}", f"duplicate id (already a {index[item.id][0]})")
                    )
                index[item.id] = (kind, item)
        problems += _contradictions(self, index)
        if problems:
            raise InvalidFrameworkError(problems, self.id, what="framework")
        set_frozen(self, "descriptors", descriptors)
        set_frozen(self, "components", components)
        set_frozen(self, "_index", index)

    # -- documents ------------------------------------------------------------

    @classmethod
    def bundled(cls) -> Framework:
        """The bundled Cambridge English Trainer Framework (``load_framework()``; cached)."""
        return _bundled()

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Framework:
        """Read a framework file (``load_framework(path)``): JSON, or TOML for a ``.toml`` name."""
        return cls._of(read_framework_file(path))

    @classmethod
    def from_document(cls, document: Mapping[str, Any], source: str = "<document>") -> Framework:
        """Build a framework from a parsed framework document (the file format, as a dict).

        The whole document is checked: one
        :class:`~trainerframework.InvalidFrameworkError` lists every problem
        with its path, after ``source``.
        """
        return cls._of(framework_parts(document, source))

    @classmethod
    def _of(cls, parts: FrameworkParts) -> Framework:
        return cls(
            id=parts.id,
            name=parts.name,
            stages=parts.stages,
            categories=parts.categories,
            strands=parts.strands,
            examples=parts.examples,
            provenance=parts.provenance,
            schema_version=parts.schema_version,
        )

    def to_document(self) -> dict[str, Any]:
        """The framework as a framework document (JSON-ready; :meth:`from_document` reads it back)."""
        return framework_to_document(self)

    # -- lookup ---------------------------------------------------------------

    def _lookup(self, id: str, kind: str, cls: type[_T]) -> _T:  # noqa: A002
        found = self._index.get(id) if isinstance(id, str) else None
        if found is None or found[0] != kind:
            raise self._not_found(id, kind)
        item = found[1]
        assert isinstance(item, cls)  # noqa: S101 - guaranteed by the index
        return item

    def _suggest(self, id: object, kind: str | None) -> list[str]:  # noqa: A002
        """Ids of ``kind`` ("category", "category or component", ...; None: any) meant by ``id``.

        Best first: the ids ``id`` begins (``"obs"``: ``"observation"``), shortest
        first; then the ids whose object's name is spelled alike (``"lead_trainer"``:
        ``"lead"``, named Lead Trainer); then the ids spelled alike.
        """
        if not isinstance(id, str) or not id.strip() or len(id) > _SUGGESTED_LENGTH:
            return []  # nothing, blank, or longer than any id: no id is spelled like it
        import difflib  # noqa: PLC0415 - only needed on the error path

        items = self._items_of(kind)
        ids = [k for k, _ in items]
        wanted = id.strip().casefold()
        begun = sorted((k for k in ids if len(wanted) >= 3 and k.casefold().startswith(wanted)), key=len)
        alike = difflib.get_close_matches(id, ids, n=3, cutoff=0.6)
        names = {" ".join(_words(n)): k for k, v in items if isinstance(n := getattr(v, "name", None), str)}
        said = " ".join(_words(id))
        named = [names[n] for n in difflib.get_close_matches(said, list(names), n=3, cutoff=0.8)]
        return list(dict.fromkeys([*begun, *named, *alike]))[:3]

    def _items_of(self, kind: str | None) -> list[tuple[str, Item]]:
        """Every ``(id, object)`` of ``kind`` ("category", "category or component", ...; None: any)."""
        kinds = None if kind is None else kind.split(" or ")
        return [(k, v) for k, (kd, v) in self._index.items() if kinds is None or kd in kinds]

    def _not_found(self, id: str, kind: str) -> UnknownIdError:  # noqa: A002
        """The error for an id that names no object of ``kind``, suggesting the one meant.

        An id of another kind is named as such, and where it belongs to a category
        or a component of the kind asked for, that one is suggested ("'observation.3'
        is a strand id, not a category or component id; did you mean 'observation'?");
        an unknown id gets the ids of ``kind`` spelled alike.
        """
        found = self._index.get(id) if isinstance(id, str) else None
        if found is None:
            known = [k for k, _ in self._items_of(kind)]
            return UnknownIdError(id, kind, self._suggest(id, kind), known=known)
        item = found[1]
        owners = [
            getattr(item, f"{k}_id", None) for k in ("component", "category") if k in kind.split(" or ")
        ]
        owner = next((o for o in owners if o), None)
        return UnknownIdError(id, kind, [owner] if owner else [], actual=found[0])

    def stage(self, id: str) -> Stage:  # noqa: A002
        """Return the stage with this id; raise UnknownIdError if there is none."""
        return self._lookup(id, "stage", Stage)

    def category(self, id: str) -> Category:  # noqa: A002
        """Return the category with this id; raise UnknownIdError if there is none."""
        return self._lookup(id, "category", Category)

    def component(self, id: str) -> Component:  # noqa: A002
        """Return the component with this id; raise UnknownIdError if there is none."""
        return self._lookup(id, "component", Component)

    def strand(self, id: str) -> Strand:  # noqa: A002
        """Return the strand with this id; raise UnknownIdError if there is none."""
        return self._lookup(id, "strand", Strand)

    def descriptor(self, id: str) -> Descriptor:  # noqa: A002
        """Return the descriptor with this id; raise UnknownIdError if there is none."""
        return self._lookup(id, "descriptor", Descriptor)

    def example(self, id: str) -> Example:  # noqa: A002
        """Return the example profile with this id; raise UnknownIdError if there is none."""
        return self._lookup(id, "example", Example)

    def get(self, id: str, default: _T | None = None) -> Item | _T | None:  # noqa: A002
        """Return the object of any kind with this id, or ``default``; never raise."""
        found = self._index.get(id) if isinstance(id, str) else None
        return default if found is None else found[1]

    def kind_of(self, id: str) -> str:  # noqa: A002
        """Return what kind of object ``id`` names: ``"stage"``, ``"category"``, ...."""
        found = self._index.get(id) if isinstance(id, str) else None
        if found is None:
            raise UnknownIdError(id, "object", self._suggest(id, None))
        return found[0]

    def __getitem__(self, id: str) -> Item:  # noqa: A002
        found = self._index.get(id) if isinstance(id, str) else None
        if found is None:
            raise UnknownIdError(id, "object", self._suggest(id, None))
        return found[1]

    def __contains__(self, id: object) -> bool:  # noqa: A002
        return isinstance(id, str) and id in self._index

    def ids(self) -> Iterator[str]:
        """Iterate over every id the framework knows, in document order by kind."""
        return iter(self._index)

    # -- a read-only mapping of id to object (collections.abc.Mapping) ---------------

    def __iter__(self) -> Iterator[str]:
        """Every id, as :meth:`ids`: a Framework is a read-only mapping of id to object."""
        return iter(self._index)

    def __len__(self) -> int:
        """How many objects have an id (stages, categories, components, strands, descriptors, examples)."""
        return len(self._index)

    def keys(self) -> KeysView[str]:
        """Every id (a set-like view)."""
        return _Objects(self._index).keys()

    def values(self) -> ValuesView[Item]:
        """Every object with an id."""
        return _Objects(self._index).values()

    def items(self) -> ItemsView[str, Item]:
        """(id, object) pairs."""
        return _Objects(self._index).items()

    # -- navigation -------------------------------------------------------------

    def _descriptor_arg(self, descriptor: Descriptor | str) -> Descriptor:
        if isinstance(descriptor, str):
            return self.descriptor(descriptor)
        if not isinstance(descriptor, Descriptor):
            msg = f"descriptor must be a Descriptor or a descriptor id, not {type(descriptor).__name__}"
            raise TypeError(msg)
        return descriptor

    def category_of(self, descriptor: Descriptor | str) -> Category:
        """The category a descriptor belongs to."""
        return self.category(self._descriptor_arg(descriptor).category_id)

    def component_of(self, descriptor: Descriptor | str) -> Component | None:
        """The component a descriptor belongs to, or ``None`` for an overview descriptor."""
        d = self._descriptor_arg(descriptor)
        return None if d.component_id is None else self.component(d.component_id)

    def strand_of(self, descriptor: Descriptor | str) -> Strand | None:
        """The strand a descriptor continues, or ``None`` where none is modelled."""
        d = self._descriptor_arg(descriptor)
        return None if d.strand_id is None else self.strand(d.strand_id)

    def next_stage(self, stage: Stage | str) -> Stage | None:
        """The stage above ``stage``, or ``None`` for the top stage."""
        s = self.stage(stage) if isinstance(stage, str) else stage
        higher = [t for t in self.stages if t > s]
        return min(higher) if higher else None

    def scope(self, scope_id: str | Category | Component) -> tuple[Descriptor, ...]:
        """The descriptors of a component, or the overview descriptors of a category."""
        scope_id, kind = self._scope_of(scope_id)
        if kind == "component":
            return self.component(scope_id).descriptors
        return self.category(scope_id).descriptors

    def _scope_of(self, value: object) -> tuple[str, Literal["category", "component"]]:
        """The id of the category or component ``value`` names (its id or itself), and which it is.

        Raise TypeError for a value that is neither an id nor one of the framework's objects,
        and UnknownIdError for an id of neither, suggesting the scope meant: for a
        descriptor's or a strand's id, the component (or category) it belongs to;
        for an unknown id, the category and component ids spelled alike.
        """
        # a Category or Component, or another object of the framework, whose kind the error names
        value = value.id if isinstance(value, Item) else id_of(value)
        found = self._index.get(value)
        if found is not None and found[0] in {"category", "component"}:
            return value, "category" if found[0] == "category" else "component"
        raise self._not_found(value, "category or component")

    def next_steps(self, descriptor: Descriptor | str) -> tuple[Descriptor, ...]:
        """The next-stage descriptor(s) that follow ``descriptor``.

        Where a strand is modelled, the strand's next descriptor (or nothing at
        its end); otherwise every descriptor of the next stage in the same
        component or category overview.
        """
        d = self._descriptor_arg(descriptor)
        if d.strand_id is not None:
            strand = self.strand(d.strand_id)
            after = [x for x in strand.descriptors if x.stage > d.stage]
            return tuple(after[:1])
        nxt = self.next_stage(d.stage)
        if nxt is None:
            return ()
        return tuple(x for x in self.scope(d.scope_id) if x.stage == nxt)

    # -- filters and search ------------------------------------------------------

    def filter(
        self,
        *,
        stage: Stage | str | None = None,
        category: Category | str | None = None,
        component: Component | str | None = None,
        strand: Strand | str | None = None,
        overview: bool | None = None,
    ) -> tuple[Descriptor, ...]:
        """Descriptors that satisfy every given condition, in document order.

        Each condition takes an object or its id; unknown ids raise
        :class:`~trainerframework.UnknownIdError`. ``overview=True`` keeps only
        category overview descriptors, ``overview=False`` only component ones.
        """
        stage_id = self.stage(stage).id if isinstance(stage, str) else stage and stage.id
        cat_id = self.category(category).id if isinstance(category, str) else category and category.id
        comp_id = self.component(component).id if isinstance(component, str) else component and component.id
        strand_id = self.strand(strand).id if isinstance(strand, str) else strand and strand.id
        return tuple(
            d
            for d in self.descriptors
            if (stage_id is None or d.stage.id == stage_id)
            and (cat_id is None or d.category_id == cat_id)
            and (comp_id is None or d.component_id == comp_id)
            and (strand_id is None or d.strand_id == strand_id)
            and (overview is None or (d.component_id is None) == overview)
        )

    def search(self, query: str) -> tuple[Descriptor, ...]:
        """Descriptors containing every word of ``query``, best first.

        Matching ignores case, punctuation and the kind of apostrophe; a word
        matches the start of a descriptor word (``observ`` finds
        "observation"). Ranked by the number of matching words in the text,
        then by document order, so the result is deterministic. An empty query
        gives an empty result. For free-text statements of practice, use
        :func:`trainerframework.match`.
        """
        if not isinstance(query, str):
            msg = f"query must be a str, not {type(query).__name__}"
            raise TypeError(msg)
        terms = list(dict.fromkeys(_words(query)))  # each word once: a long query stays linear
        if not terms:
            return ()
        scored = []
        for position, d in enumerate(self.descriptors):
            words = _words(d.text)
            hits = 0
            for term in terms:
                n = sum(1 for w in words if w.startswith(term))
                if n == 0:
                    break
                hits += n
            else:
                scored.append((-hits, position, d))
        scored.sort(key=lambda t: (t[0], t[1]))
        return tuple(d for _, _, d in scored)

    def _repr_html_(self) -> str:
        return html(self)

    def __repr__(self) -> str:
        counts = (
            (len(self.stages), "stage", "stages"),
            (len(self.categories), "category", "categories"),
            (len(self.components), "component", "components"),
            (len(self.descriptors), "descriptor", "descriptors"),
        )
        return (
            f"<Framework {self.id}: "
            + ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts)
            + ">"
        )


_WORD = lazy_pattern(r"[a-z0-9]+")

_SUGGESTED_LENGTH = 200
"""An unknown id longer than this gets no suggestions (ids are short; comparing costs time)."""


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'").replace("'", ""))


class _Objects(Mapping[str, "Item"]):
    """The id -> object view a Framework's mapping methods return."""

    __slots__ = ("_index",)

    def __init__(self, index: dict[str, tuple[str, Item]]) -> None:
        self._index = index

    def __getitem__(self, key: str) -> Item:
        return self._index[key][1]

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


Mapping.register(Framework)


NOT_ATTAINED_NAME = "not attained"
"""What tables and exports call a category, component or strand attained at no stage."""
NO_STAGE_NAME = "not enough evidence"
"""What they call one with too little evidence to place."""
NO_STAGE_NAMES = frozenset({NOT_ATTAINED_NAME, NO_STAGE_NAME})
"""Names no stage may have: the stage column of a table holds stage names and these."""


def _contradictions(fw: Framework, index: dict[str, tuple[str, Item]]) -> list[Problem]:
    """Where the framework contradicts itself: records naming what it does not hold, or held elsewhere.

    One pass over the records (a few hundred for the bundled framework), so
    construction and ``attrs.evolve`` stay fast.
    """
    problems: list[Problem] = []
    stages = fw.stages
    stage_ids = ", ".join(s.id for s in stages) or "none"
    named: dict[str, str] = {}
    for i, st in enumerate(stages):
        if st.rank != i + 1:
            problems.append(Problem(f"stage {st.id!r}", f"has rank {st.rank} but is stage {i + 1} in order"))
        # a stage's name stands for it in exported tables, beside the names of no stage
        if st.name in NO_STAGE_NAMES:
            problems.append(
                Problem(f"stage {st.id!r}", f"is named {st.name!r}, which tables use for no stage attained")
            )
        elif st.name in named:
            problems.append(Problem(f"stage {st.id!r}", f"has the name of stage {named[st.name]!r}"))
        named.setdefault(st.name, st.id)
    known = set(stages)

    def check(d: Descriptor, category: str, component: str | None) -> None:
        where = f"descriptor {d.id!r}"
        if d.stage not in known:
            problems.append(
                Problem(
                    where,
                    f"is at stage {d.stage.id!r}, which is not one of the framework's stages ({stage_ids})",
                )
            )
        if d.category_id != category:
            problems.append(
                Problem(where, f"names category {d.category_id!r} but is held by category {category!r}")
            )
        if d.component_id != component:
            held = "the category overview" if component is None else f"component {component!r}"
            problems.append(Problem(where, f"names component {d.component_id!r} but is held by {held}"))
        if d.strand_id is not None and index.get(d.strand_id, ("", None))[0] != "strand":
            problems.append(
                Problem(where, f"names strand {d.strand_id!r}, which the framework does not have")
            )

    for c in fw.categories:
        for d in c.descriptors:
            check(d, c.id, None)
        for comp in c.components:
            if comp.category_id != c.id:
                problems.append(
                    Problem(
                        f"component {comp.id!r}",
                        f"names category {comp.category_id!r} but is held by {c.id!r}",
                    )
                )
            for d in comp.descriptors:
                check(d, c.id, comp.id)
    for strand in fw.strands:
        where = f"strand {strand.id!r}"
        if index.get(strand.category_id, ("", None))[0] != "category":
            problems.append(
                Problem(where, f"names category {strand.category_id!r}, which the framework does not have")
            )
        if strand.component_id is not None and index.get(strand.component_id, ("", None))[0] != "component":
            problems.append(
                Problem(where, f"names component {strand.component_id!r}, which the framework does not have")
            )
        for d in strand.descriptors:
            found = index.get(d.id)
            if found is None or (found[1] is not d and found[1] != d):
                problems.append(
                    Problem(where, f"holds descriptor {d.id!r}, which the framework does not have")
                )
            elif d.strand_id != strand.id:
                problems.append(
                    Problem(where, f"holds descriptor {d.id!r}, which names strand {d.strand_id!r}")
                )
    problems.extend(
        Problem(
            f"example {ex.id!r}", f"is at stage {ex.stage.id!r}, which is not one of the framework's stages"
        )
        for ex in fw.examples
        if ex.stage not in known
    )
    return problems


def framework_from_document(doc: object, source: str | None = None) -> Framework:
    """Build a :class:`Framework` from a parsed framework document.

    The document is structured by the strict converter of
    :mod:`trainerframework._base._documents`; the references between its records
    are checked by :mod:`._format`. Raises :class:`~trainerframework.InvalidFrameworkError`
    listing every problem, each with its path inside the document.
    """
    return Framework._of(framework_parts(doc, source))


@once
def _bundled() -> Framework:
    return Framework._of(bundled_parts())


def load_framework(path: str | os.PathLike[str] | None = None) -> Framework:
    """Load a framework.

    With no argument, return the bundled Cambridge English Trainer Framework
    (parsed once, then cached: every call returns the same immutable object).
    With a path, read a framework file in the documented format: JSON, or
    TOML when the name ends in ``.toml``.

    Raises:
        InvalidFrameworkError: the file breaks the format; the error lists
            every problem with its path inside the document.
        InputFileError: the file cannot be read.

    """
    if path is None:
        return _bundled()
    return Framework._of(read_framework_file(path))


def id_of(value: object) -> str:
    """The id of a Category or Component given in place of its id (the one check of such arguments)."""
    if isinstance(value, Category | Component):
        return value.id
    if not isinstance(value, str):
        msg = f"expected an id or a Category/Component, not {type(value).__name__}"
        raise TypeError(msg)
    return value
