"""The framework file format: the one module that knows it, both ways.

A framework document (JSON, or TOML with the same structure) is structured
into the private document classes below by the strict converter of
:mod:`.._base._documents`, then the references between its records (stages,
categories, components, strands, duplicate ids) are checked here. Every
problem is collected with its path inside the document and reported at once
in one :class:`~trainerframework.InvalidFrameworkError`.

This module builds the records (stages, categories, descriptors, strands) and
returns them as :class:`FrameworkParts`, the keyword arguments of
:class:`~trainerframework.Framework`; it never imports the Framework class.
:mod:`._framework`, one layer up, builds the Framework from the parts
(``Framework.from_document``, ``load_framework``), so nothing here imports
back up and there is no import circle.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from typing import Any, NamedTuple, Protocol, TypeVar

import attrs

from .._base._bundled import bundled_text
from .._base._documents import (
    ID_PATTERN,
    Id,
    Name,
    Unparsable,
    describe,
    parse_json,
    parse_toml,
    structure,
    trusted,
)
from .._base._input import read_text
from .._base._patterns import lazy_pattern
from ..exceptions import InvalidFrameworkError, Problem
from ._records import Category, Component, Descriptor, Example, Provenance, Source, Stage, Strand

__all__ = [
    "SCHEMA_VERSION",
    "FrameworkParts",
    "bundled_parts",
    "framework_parts",
    "framework_to_document",
    "read_framework_file",
]

T = TypeVar("T")

SCHEMA_VERSION = 1
"""The framework file format version this release reads and writes."""

BUNDLED = "trainer-framework.json"


class FrameworkParts(NamedTuple):
    """What a framework document holds: the keyword arguments of ``Framework(...)``."""

    id: str
    name: str
    stages: tuple[Stage, ...]
    categories: tuple[Category, ...]
    strands: tuple[Strand, ...]
    examples: tuple[Example, ...]
    provenance: Provenance
    schema_version: int


class Written(Protocol):
    """What :func:`framework_to_document` reads of a framework (a Framework is one)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def provenance(self) -> Provenance: ...
    @property
    def stages(self) -> tuple[Stage, ...]: ...
    @property
    def categories(self) -> tuple[Category, ...]: ...
    @property
    def descriptors(self) -> tuple[Descriptor, ...]: ...
    @property
    def examples(self) -> tuple[Example, ...]: ...


# -- the document classes: the file format, field by field ---------------------------
# (frozen and compared by value, without slots or a repr: each is built, read and dropped,
# and a class without them costs start-up about 0.1 ms less to create)


@attrs.frozen(kw_only=True, slots=False, repr=False)
class _MetaDoc:
    id: Id
    name: Name


@attrs.frozen(kw_only=True, slots=False, repr=False)
class SourceDoc:
    id: Id
    title: Name
    location: str = ""
    content: str = ""


def sources_of(docs: tuple[SourceDoc, ...]) -> tuple[Source, ...]:
    """The sources a document lists (framework files and the development catalogue alike)."""
    return tuple(Source(id=s.id, title=s.title, location=s.location, content=s.content) for s in docs)


@attrs.frozen(kw_only=True, slots=False, repr=False)
class _ProvenanceDoc:
    title: str = ""
    publisher: str = ""
    developed_with: str = ""
    copyright: str = ""
    sources: tuple[SourceDoc, ...] = ()
    normalisation: str = ""
    notes: str = ""


@attrs.frozen(kw_only=True, slots=False, repr=False)
class _StageDoc:
    id: Id
    name: Name
    description: str = ""


@attrs.frozen(kw_only=True, slots=False, repr=False)
class _ComponentDoc:
    id: Id
    name: Name
    description: str = ""


@attrs.frozen(kw_only=True, slots=False, repr=False)
class _CategoryDoc:
    id: Id
    name: Name
    description: str = ""
    component_detail: bool | None = None
    components: tuple[_ComponentDoc, ...] = ()


@attrs.frozen(kw_only=True, slots=False, repr=False)
class _DescriptorDoc:
    id: Id
    category: str
    component: str | None = None
    stage: str
    strand: str | None = None
    text: Name


@attrs.frozen(kw_only=True, slots=False, repr=False)
class _ExampleDoc:
    id: Id
    name: Name
    stage: str
    text: Name


@attrs.frozen(kw_only=True, slots=False, repr=False)
class FrameworkDoc:
    schema_version: int
    framework: _MetaDoc
    provenance: _ProvenanceDoc = _ProvenanceDoc()
    stages: tuple[_StageDoc, ...]
    categories: tuple[_CategoryDoc, ...]
    descriptors: tuple[_DescriptorDoc, ...]
    examples: tuple[_ExampleDoc, ...] = ()


_TOP = [a.name for a in attrs.fields(FrameworkDoc)]


@attrs.frozen
class _Parts:
    """The records of a document, each with its path; ``flawed`` holds ids of records with other problems.

    Keeping flawed records' ids known stops one flaw (say, an empty stage
    name) from cascading into a report of every reference to that id.
    """

    stages: list[tuple[str, _StageDoc]]
    categories: list[tuple[str, _CategoryDoc]]
    descriptors: list[tuple[str, _DescriptorDoc]]
    examples: list[tuple[str, _ExampleDoc]]
    flawed: set[str]

    @classmethod
    def of(cls, doc: FrameworkDoc) -> _Parts:
        return cls(
            [(f"$.stages[{i}]", s) for i, s in enumerate(doc.stages)],
            [(f"$.categories[{i}]", c) for i, c in enumerate(doc.categories)],
            [(f"$.descriptors[{i}]", d) for i, d in enumerate(doc.descriptors)],
            [(f"$.examples[{i}]", e) for i, e in enumerate(doc.examples)],
            set(),
        )

    @classmethod
    def salvage(cls, doc: dict[str, Any]) -> _Parts:
        """The records that are sound on their own, from a document that as a whole is not."""
        flawed: set[str] = set()

        def each(key: str, kind: type[T]) -> list[tuple[str, T]]:
            items = doc.get(key)
            out = []
            for i, item in enumerate(items if isinstance(items, list) else ()):
                where = f"$.{key}[{i}]"
                value, _ = structure(item, kind, where)  # its problems are already reported
                if value is not None:
                    out.append((where, value))
                    continue
                flawed.update(_ids(item))
                if isinstance(item, dict) and isinstance(item.get("components"), list):
                    for component in item["components"]:
                        flawed.update(_ids(component))
            return out

        return cls(
            each("stages", _StageDoc),
            each("categories", _CategoryDoc),
            each("descriptors", _DescriptorDoc),
            each("examples", _ExampleDoc),
            flawed,
        )


def _ids(item: object) -> list[str]:
    ident = item.get("id") if isinstance(item, dict) else None
    return [ident] if isinstance(ident, str) and ID_PATTERN.fullmatch(ident) else []


def framework_parts(doc: object, source: str | None = None) -> FrameworkParts:
    """The parts of a framework from a parsed framework document.

    The document is structured by the strict converter of
    :mod:`trainerframework._base._documents`; the references between its records
    are checked here. Raises :class:`~trainerframework.InvalidFrameworkError`
    listing every problem, each with its path inside the document.
    """
    if not isinstance(doc, dict):
        problem = Problem("$", f"expected a table at the top level, found {describe(doc)}")
        raise InvalidFrameworkError([problem], source)
    parsed, problems = structure(doc, FrameworkDoc)
    built = _assemble(_Parts.of(parsed) if parsed is not None else _Parts.salvage(doc), problems)
    if isinstance(doc.get("stages"), list) and not doc["stages"]:
        problems.append(Problem("$.stages", "a framework needs at least one stage"))
    if isinstance(doc.get("categories"), list) and not doc["categories"]:
        problems.append(Problem("$.categories", "a framework needs at least one category"))
    version = doc.get("schema_version")
    if type(version) is int and version != SCHEMA_VERSION:
        problems.append(
            Problem(
                "$.schema_version",
                f"unsupported schema version {version} (this release reads {SCHEMA_VERSION})",
            )
        )
    if problems or parsed is None or built is None:
        raise InvalidFrameworkError(sorted(problems, key=_document_order), source)
    return _parts(parsed, *built)


def _parts(
    doc: FrameworkDoc,
    stages: tuple[Stage, ...],
    categories: tuple[Category, ...],
    strands: tuple[Strand, ...],
    examples: tuple[Example, ...],
) -> FrameworkParts:
    p = doc.provenance
    return FrameworkParts(
        id=doc.framework.id,
        name=doc.framework.name,
        stages=stages,
        categories=categories,
        strands=strands,
        examples=examples,
        provenance=Provenance(
            title=p.title,
            publisher=p.publisher,
            developed_with=p.developed_with,
            copyright=p.copyright,
            sources=sources_of(p.sources),
            normalisation=p.normalisation,
            notes=p.notes,
        ),
        schema_version=doc.schema_version,
    )


_Built = tuple[tuple[Stage, ...], tuple[Category, ...], tuple[Strand, ...], tuple[Example, ...]]


def _assemble(parts: _Parts, problems: list[Problem]) -> _Built | None:
    """Check the references between records and build the model; None when a problem was found."""
    before = len(problems)

    def add(path: str, message: str) -> None:
        problems.append(Problem(path, message))

    seen: dict[str, str] = {}

    def claim(ident: str, where: str) -> bool:
        if ident in seen:
            add(where, f"duplicate id {ident!r} (first used at {seen[ident]})")
            return False
        seen[ident] = where
        return True

    stages: dict[str, Stage] = {}
    for rank, (where, s) in enumerate(parts.stages, start=1):
        if claim(s.id, f"{where}.id"):
            stages[s.id] = Stage(s.id, s.name, rank, s.description)

    categories: dict[str, _CategoryDoc] = {}
    components: dict[str, tuple[str, _ComponentDoc]] = {}
    for where, c in parts.categories:
        if claim(c.id, f"{where}.id"):
            categories[c.id] = c
        for i, k in enumerate(c.components):
            if claim(k.id, f"{where}.components[{i}].id"):
                components[k.id] = (c.id, k)
        if c.component_detail is True and not c.components:
            add(f"{where}.component_detail", "is true but the category lists no components")
        elif c.component_detail is False and c.components:
            add(f"{where}.component_detail", "is false but the category lists components")

    flawed = parts.flawed
    by_scope: dict[str, list[Descriptor]] = defaultdict(list)
    by_strand: dict[str, list[tuple[str, Descriptor]]] = defaultdict(list)
    broken_strands: set[str] = set()
    for where, rec in parts.descriptors:
        ok = claim(rec.id, f"{where}.id")
        cat, comp_id = rec.category, rec.component
        stage = stages.get(rec.stage)
        if cat not in categories:
            if cat not in flawed:
                add(f"{where}.category", f"unknown category {cat!r}{_known(categories)}")
            ok = False
        if comp_id is not None:
            if comp_id not in components:
                if comp_id not in flawed:
                    add(f"{where}.component", f"unknown component {comp_id!r}{_known(components)}")
                ok = False
            elif components[comp_id][0] != cat:
                add(
                    f"{where}.component",
                    f"component {comp_id!r} belongs to category {components[comp_id][0]!r}, not {cat!r}",
                )
                ok = False
        if stage is None:
            if rec.stage not in flawed:
                add(f"{where}.stage", f"unknown stage {rec.stage!r}{_known(stages)}")
            ok = False
        if not ok or stage is None:
            if rec.strand is not None:
                broken_strands.add(rec.strand)  # its own problem is reported; no cascade
            continue
        d = Descriptor(
            id=rec.id,
            text=rec.text.strip(),
            stage=stage,
            category_id=cat,
            component_id=comp_id,
            strand_id=rec.strand,
        )
        by_scope[comp_id if comp_id is not None else cat].append(d)
        if d.strand_id is not None:
            by_strand[d.strand_id].append((where, d))

    found_strands = _strands(problems, {k: v for k, v in by_strand.items() if k not in broken_strands}, claim)

    examples = []
    for where, e in parts.examples:
        stage = stages.get(e.stage)
        if stage is None and e.stage not in flawed:
            add(f"{where}.stage", f"unknown stage {e.stage!r}{_known(stages)}")
        if claim(e.id, f"{where}.id") and stage is not None:
            examples.append(Example(id=e.id, name=e.name, stage=stage, text=e.text.strip()))

    if len(problems) > before:
        return None

    def ordered(items: list[Descriptor]) -> tuple[Descriptor, ...]:
        return tuple(sorted(items, key=lambda d: d.stage))  # stable: keeps row order

    built = tuple(
        Category(
            id=cat_id,
            name=c.name,
            descriptors=ordered(by_scope[cat_id]),
            components=(
                comps := tuple(
                    Component(
                        id=k.id,
                        name=k.name,
                        category_id=cat_id,
                        descriptors=ordered(by_scope[k.id]),
                        description=k.description,
                    )
                    for k in c.components
                )
            ),
            component_detail=c.component_detail if c.component_detail is not None else bool(comps),
            description=c.description,
        )
        for cat_id, c in categories.items()
    )
    position = {d.id: i for i, d in enumerate(d for c in built for d in c.all_descriptors)}
    strands = tuple(sorted(found_strands, key=lambda s: position[s.descriptors[0].id]))
    return tuple(stages.values()), built, strands, tuple(examples)


def _document_order(problem: Problem) -> list[tuple[int, str]]:
    """Sort key: problems in the order their paths appear in the document."""
    top = problem.path[2:].split(".", 1)[0].split("[", 1)[0]
    key = [(_TOP.index(top) if top in _TOP else len(_TOP), "")]
    for i, part in enumerate(_PATH_PARTS.split(problem.path)):
        key.append((int(part), "") if i % 2 else (-1, part))
    return key


_PATH_PARTS = lazy_pattern(r"\[(\d+)\]")


def _known(mapping: dict[str, Any]) -> str:
    return f" (known: {', '.join(mapping)})" if mapping else ""


def _strands(
    problems: list[Problem],
    by_strand: dict[str, list[tuple[str, Descriptor]]],
    claim: Any,
) -> tuple[Strand, ...]:
    """Build strands, checking that each stays in one scope and skips no stage."""

    def add(path: str, message: str) -> None:
        problems.append(Problem(path, message))

    out = []
    for strand_id, members in by_strand.items():
        first_where = members[0][0]
        ok = claim(strand_id, f"{first_where}.strand")
        scopes = {d.scope_id for _, d in members}
        if len(scopes) > 1:
            add(
                f"{first_where}.strand",
                f"strand {strand_id!r} mixes descriptors of {', '.join(sorted(scopes))}",
            )
            ok = False
        seen_stage: dict[str, str] = {}
        for where, d in members:
            if d.stage.id in seen_stage:
                add(
                    f"{where}.strand",
                    f"strand {strand_id!r} already has a {d.stage.id!r} descriptor "
                    f"at {seen_stage[d.stage.id]}",
                )
                ok = False
            seen_stage[d.stage.id] = where
        ranks = sorted({d.stage.rank for _, d in members})
        missing = [r for r in range(ranks[0], ranks[-1] + 1) if r not in ranks]
        if missing:
            names = {d.stage.rank: d.stage.id for _, d in members}
            add(
                f"{first_where}.strand",
                f"strand {strand_id!r} skips a stage: it goes from {names[ranks[0]]!r} to "
                f"{names[ranks[-1]]!r} with nothing at rank {', '.join(map(str, missing))}",
            )
            ok = False
        if ok:
            ds = tuple(sorted((d for _, d in members), key=lambda d: d.stage))
            first = ds[0]
            out.append(
                Strand(
                    id=strand_id,
                    category_id=first.category_id,
                    component_id=first.component_id,
                    descriptors=ds,
                )
            )
    return tuple(out)


def framework_to_document(fw: Written) -> dict[str, Any]:
    """The framework as a document in the file format; the inverse of framework_parts."""
    p = fw.provenance

    def descriptor(d: Descriptor) -> dict[str, Any]:
        out: dict[str, Any] = {"id": d.id, "category": d.category_id}
        if d.component_id is not None:
            out["component"] = d.component_id
        out["stage"] = d.stage.id
        if d.strand_id is not None:
            out["strand"] = d.strand_id
        out["text"] = d.text
        return out

    return {
        "schema_version": SCHEMA_VERSION,
        "framework": {"id": fw.id, "name": fw.name},
        "provenance": {
            "title": p.title,
            "publisher": p.publisher,
            "developed_with": p.developed_with,
            "copyright": p.copyright,
            "sources": [
                {"id": s.id, "title": s.title, "location": s.location, "content": s.content}
                for s in p.sources
            ],
            "normalisation": p.normalisation,
            "notes": p.notes,
        },
        "stages": [{"id": s.id, "name": s.name, "description": s.description} for s in fw.stages],
        "categories": [
            {
                "id": c.id,
                "name": c.name,
                "description": c.description,
                "component_detail": c.component_detail,
                "components": [
                    {"id": k.id, "name": k.name, "description": k.description} for k in c.components
                ],
            }
            for c in fw.categories
        ],
        "descriptors": [descriptor(d) for d in fw.descriptors],
        "examples": [{"id": e.id, "name": e.name, "stage": e.stage.id, "text": e.text} for e in fw.examples],
    }


def _parse(text: str, name: str, toml: bool) -> object:
    try:
        return parse_toml(text) if toml else parse_json(text)
    except Unparsable as exc:
        raise InvalidFrameworkError(exc.problems, name) from None


def bundled_parts() -> FrameworkParts:
    """The parts of the bundled framework (read once)."""
    text = bundled_text(BUNDLED)  # a plain file read: importlib.resources costs ~5 ms of start-up
    # Shipped data is built without cattrs (start-up cost); tests/test_data.py checks
    # that the strict reader gives the same framework for it.
    doc = trusted(json.loads(text), FrameworkDoc)
    problems: list[Problem] = []
    built = _assemble(_Parts.of(doc), problems)
    if built is None:  # pragma: no cover - the test suite reads the bundled file strictly
        raise InvalidFrameworkError(problems, f"<bundled {BUNDLED}>")
    return _parts(doc, *built)


def read_framework_file(path: str | os.PathLike[str]) -> FrameworkParts:
    """The parts of a framework file: JSON, or TOML when the name ends in ``.toml``."""
    from pathlib import Path  # noqa: PLC0415 - only user files need it

    p = Path(path)
    text = read_text(p, "framework file")
    doc = _parse(text, str(p), toml=p.suffix.lower() == ".toml")
    return framework_parts(doc, str(p))
