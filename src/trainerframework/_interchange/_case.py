"""1EdTech CASE 1.1 (Competencies and Academic Standards Exchange) packages: export and import.

:func:`to_case` writes a framework as a CFPackage (JSON-ready dict):

- a ``CFDocument`` for the framework;
- ``CFItems`` for stages, categories, components, descriptors, strands and
  examples, each with ``CFItemType`` naming its level and
  ``humanCodingScheme`` our id; descriptors carry their text verbatim as
  ``fullStatement``;
- ``CFAssociations``: ``isChildOf`` for the hierarchy, from every item
  (descriptor and strand -> component or category -> document; stage and
  example -> document), numbered by ``sequenceNumber`` among its siblings;
  ``precedes`` along strands and between stages, and ``hasSkillLevel`` from
  each descriptor and example to its stage;
- a ``CFRubric`` per component and category overview: its published grid, one
  criterion per row (naming the Strand item), one criterion level per cell
  (``quality`` the stage name, ``position`` its rank, ``description`` the
  descriptor text).

Identifiers are UUIDs derived from our ids (uuid5), so repeated exports are
identical. Everything is written twice: in the 1.1 ``extensions`` object
(read first, for registries that keep it) and in standard CASE 1.0/1.1 fields,
so a registry that drops ``extensions`` still hands back the same framework:

- framework id, provenance title, partners, normalisation, notes and sources:
  the CFDocument ``notes``, as labelled lines (``Framework id: ...``, see
  :func:`_provenance_notes`); the publisher in ``publisher``; the copyright
  line as the ``licenseText`` of a CFLicense the document's ``licenseURI``
  points to; a source location that is a URL also in ``officialSourceURL``;
- descriptions of stages, categories and components: the item's ``notes``;
- example names: the example item's ``abbreviatedStatement``;
- strands: a CFItem of type ``Strand`` per strand (``humanCodingScheme`` its
  id) and an ``isPartOf`` association from each of its descriptors.

``component_detail`` needs no field: a category has component detail exactly
when it has components. A package from elsewhere maps through its item types,
associations and these fields, and a package that cannot be mapped is an
:class:`~trainerframework.InvalidFrameworkError` naming the CFItem.
"""

from __future__ import annotations

import uuid
import warnings
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .._base._documents import grouped, structure
from .._model._format import framework_to_document
from .._model._framework import Framework
from .._model._records import Descriptor
from ..exceptions import InvalidFrameworkError, Problem
from ._case_format import CasePackageDoc

__all__ = ["CASE_VERSION", "from_case", "to_case"]

CASE_VERSION = "1.1"
"""The CASE version written and read."""

_NAMESPACE = uuid.UUID("5a0b3c1e-7f1d-4a8e-9a43-2f6f1d0c9b21")  # trainerframework's uuid5 namespace
_EXT = "trainerframework"
_ITEM_TYPES = ("Category", "Component", "Descriptor", "Stage", "Example", "Strand")
LAST_CHANGE = "2026-01-01T00:00:00+00:00"
"""The ``lastChangeDateTime`` written unless another is given (a fixed value keeps exports identical)."""


def _uuid(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def _link(title: str, identifier: str, base: str) -> dict[str, str]:
    return {"title": title, "identifier": identifier, "uri": f"{base}{identifier}"}


def to_case(fw: Framework, *, base_uri: str = "urn:uuid:", last_change: str = LAST_CHANGE) -> dict[str, Any]:
    """The framework as a CASE 1.1 CFPackage (a JSON-ready dict); see the module docstring."""
    if not isinstance(fw, Framework):
        msg = f"to_case needs a Framework, not {type(fw).__name__}"
        raise TypeError(msg)
    doc = framework_to_document(fw)
    ident = {"": _uuid(fw.id)}

    def item_id(kind: str, our_id: str) -> str:
        return ident.setdefault(f"{kind}:{our_id}", _uuid(fw.id, kind, our_id))

    document_id = ident[""]
    p = fw.provenance
    # officialSourceURL is a URL in CASE (7.1.24.8); a location that is not one stays in the extensions
    url = next((s.location for s in p.sources if s.location.startswith(("https://", "http://"))), None)
    cf_document = {
        "identifier": document_id,
        "uri": f"{base_uri}{document_id}",
        "creator": p.publisher or fw.name,
        "title": fw.name,
        "lastChangeDateTime": last_change,
        "caseVersion": CASE_VERSION,
        "publisher": p.publisher,
        **({"officialSourceURL": url} if url else {}),
        "notes": _provenance_notes(fw.id, doc["provenance"]),
        "frameworkType": "Competency framework",
        "extensions": {
            _EXT: {
                "id": fw.id,
                "schema_version": doc["schema_version"],
                "provenance": doc.get("provenance", {}),
            }
        },
    }
    licenses = []
    if p.copyright:  # the copyright line as a CFLicense (CASE 1.0 and 1.1), linked from the document
        license_id = _uuid(fw.id, "license")
        licenses.append(
            {
                "identifier": license_id,
                "uri": f"{base_uri}{license_id}",
                "title": "Copyright",
                "licenseText": p.copyright,
                "lastChangeDateTime": last_change,
            }
        )
        cf_document["licenseURI"] = _link("Copyright", license_id, base_uri)
    items: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    titles: dict[str, str] = {}

    def add_item(
        kind: str, our_id: str, statement: str, position: int, extra: dict[str, Any], **fields: str
    ) -> str:
        identifier = item_id(kind, our_id)
        titles[identifier] = our_id
        items.append(
            {
                "identifier": identifier,
                "uri": f"{base_uri}{identifier}",
                "fullStatement": statement,
                "humanCodingScheme": our_id,
                "listEnumeration": str(position),
                "CFItemType": kind,
                **{
                    k: v for k, v in fields.items() if v
                },  # standard fields, for registries without extensions
                "lastChangeDateTime": last_change,
                "extensions": {_EXT: extra},
            }
        )
        return identifier

    def associate(kind: str, origin: str, destination: str) -> None:
        entry: dict[str, Any] = {
            "identifier": _uuid(fw.id, kind, origin, destination),
            "uri": f"{base_uri}{_uuid(fw.id, kind, origin, destination)}",
            "associationType": kind,
            "originNodeURI": _link(titles.get(origin, fw.name), origin, base_uri),
            "destinationNodeURI": _link(titles.get(destination, fw.name), destination, base_uri),
            "lastChangeDateTime": last_change,
        }
        links.append(entry)

    stage_ids = {}
    for n, s in enumerate(fw.stages, start=1):
        stage_ids[s.id] = add_item(
            "Stage", s.id, s.name, n, {"description": s.description}, notes=s.description
        )
        if n > 1:
            associate("precedes", stage_ids[fw.stages[n - 2].id], stage_ids[s.id])
    position = 0
    for c in fw.categories:
        position += 1
        extra = {"description": c.description, "component_detail": c.component_detail}
        cid = add_item("Category", c.id, c.name, position, extra, notes=c.description)
        associate("isChildOf", cid, document_id)
        for k in c.components:
            position += 1
            kid = add_item(
                "Component", k.id, k.name, position, {"description": k.description}, notes=k.description
            )
            associate("isChildOf", kid, cid)
    for n, d in enumerate(fw.descriptors, start=1):
        did = add_item("Descriptor", d.id, d.text, n, {"strand": d.strand_id})
        parent = (
            item_id("Component", d.component_id) if d.component_id else item_id("Category", d.category_id)
        )
        associate("isChildOf", did, parent)
        associate("hasSkillLevel", did, stage_ids[d.stage.id])
    for n, strand in enumerate(fw.strands, start=1):
        for a, b in zip(strand.descriptors, strand.descriptors[1:], strict=False):
            associate("precedes", item_id("Descriptor", a.id), item_id("Descriptor", b.id))
        stages = " -> ".join(s.name for s in strand.stages)
        sid = add_item(
            "Strand", strand.id, f"Strand {strand.id}: one row followed across stages ({stages})", n, {}
        )
        for d in strand.descriptors:
            associate("isPartOf", item_id("Descriptor", d.id), sid)
    for n, e in enumerate(fw.examples, start=1):
        eid = add_item("Example", e.id, e.text, n, {"name": e.name}, abbreviatedStatement=e.name)
        associate("hasSkillLevel", eid, stage_ids[e.stage.id])
    # Every item but the document is somebody's child, so a registry's tree (OpenSALT's) lists no
    # orphans: stages and examples under the document, strands under their scope.
    for s in fw.stages:
        associate("isChildOf", stage_ids[s.id], document_id)
    for e in fw.examples:
        associate("isChildOf", item_id("Example", e.id), document_id)
    for strand in fw.strands:
        scope = (
            item_id("Component", strand.component_id)
            if strand.component_id
            else item_id("Category", strand.category_id)
        )
        associate("isChildOf", item_id("Strand", strand.id), scope)
    _number_children(links, {i["identifier"]: i["CFItemType"] for i in items})
    rubrics = []
    for scope_id in [x for c in fw.categories for x in (c.id, *(k.id for k in c.components))]:
        descriptors = fw.scope(scope_id)
        if descriptors:
            rubrics.append(
                _rubric(
                    fw, scope_id, descriptors, item_id=item_id, base_uri=base_uri, last_change=last_change
                )
            )
    return {
        "CFDocument": cf_document,
        "CFItems": items,
        "CFAssociations": links,
        "CFDefinitions": {
            "CFItemTypes": [
                {
                    "identifier": _uuid("item-type", kind),
                    "uri": f"{base_uri}{_uuid('item-type', kind)}",
                    "title": kind,
                    "description": f"a {kind.lower()} of a trainerframework framework",
                    "hierarchyCode": str(level),
                    "lastChangeDateTime": last_change,
                }
                for level, kind in enumerate(_ITEM_TYPES, start=1)
            ],
            "CFAssociationGroupings": [],
            "CFConcepts": [],
            "CFSubjects": [],
            "CFLicenses": licenses,
        },
        "CFRubrics": rubrics,
    }


# The order of one parent's children in a registry's tree: under the document the categories, then
# the stages, then the examples; under a category or component its own descriptors (stage by stage,
# as the published grid lists them), then its components, then its strands.
_CHILD_ORDER = {"Category": 0, "Stage": 1, "Example": 2, "Descriptor": 0, "Component": 1, "Strand": 2}


def _number_children(links: list[dict[str, Any]], kind_of: dict[str, str]) -> None:
    """Give every ``isChildOf`` its ``sequenceNumber``: 1, 2, ... among its parent's children."""
    children = [a for a in links if a["associationType"] == "isChildOf"]
    counts: Counter[str] = Counter()
    for a in sorted(children, key=lambda a: _CHILD_ORDER[kind_of[a["originNodeURI"]["identifier"]]]):
        parent = a["destinationNodeURI"]["identifier"]
        counts[parent] += 1
        a["sequenceNumber"] = counts[parent]


def _rubric(
    fw: Framework,
    scope_id: str,
    descriptors: tuple[Descriptor, ...],
    *,
    item_id: Callable[[str, str], str],
    base_uri: str,
    last_change: str,
) -> dict[str, Any]:
    """A scope's grid as a CFRubric: a criterion per row (strand), a criterion level per cell.

    A strand's criterion names its Strand item (``CFItemURI``) and has one
    level per stage it covers: ``quality`` the stage name, ``position`` the
    stage rank, ``description`` the descriptor text. A descriptor in no strand
    is a criterion of its own with one level.
    """
    scope_name = getattr(fw[scope_id], "name", scope_id)
    rubric_id = _uuid(fw.id, "rubric", scope_id)
    rows: list[tuple[str, str, str, tuple[Descriptor, ...]]] = []  # (kind, id, description, cells)
    seen: set[str] = set()
    for d in descriptors:
        if d.strand_id is None:
            rows.append(("Descriptor", d.id, f"Descriptor {d.id} (in no strand)", (d,)))
        elif d.strand_id not in seen:
            seen.add(d.strand_id)
            strand = fw.strand(d.strand_id)
            stages = " -> ".join(s.name for s in strand.stages)
            rows.append(
                (
                    "Strand",
                    strand.id,
                    f"Strand {strand.id}: one row followed across stages ({stages})",
                    strand.descriptors,
                )
            )
    criteria = []
    for n, (kind, our_id, description, cells) in enumerate(rows, start=1):
        criterion_id = _uuid(fw.id, "criterion", kind, our_id)
        criteria.append(
            {
                "identifier": criterion_id,
                "uri": f"{base_uri}{criterion_id}",
                "category": scope_name,
                "description": description,
                "CFItemURI": _link(our_id, item_id(kind, our_id), base_uri),
                "position": n,
                "rubricId": rubric_id,
                "lastChangeDateTime": last_change,
                "CFRubricCriterionLevels": [
                    {
                        "identifier": _uuid(fw.id, "level", d.id),
                        "uri": f"{base_uri}{_uuid(fw.id, 'level', d.id)}",
                        "description": d.text,
                        "quality": d.stage.name,
                        "position": d.stage.rank,
                        "rubricCriterionId": criterion_id,
                        "lastChangeDateTime": last_change,
                    }
                    for d in cells
                ],
            }
        )
    return {
        "identifier": rubric_id,
        "uri": f"{base_uri}{rubric_id}",
        "title": scope_name,
        "description": f"{fw.name}: {scope_name}, one criterion per row, one level per stage",
        "lastChangeDateTime": last_change,
        "CFRubricCriteria": criteria,
    }


# The CFDocument's notes: what CASE has no field of its own for, as labelled lines a person can
# read in a registry. A value's own line breaks continue on lines indented by two spaces.
_LABELS = {
    "Framework id": "id",
    "Title": "title",
    "Developed with": "developed_with",
    "Normalisation": "normalisation",
    "Notes": "notes",
    "Source": "source",
    "Source title": "source.title",
    "Source location": "source.location",
    "Source content": "source.content",
}
_INDENT = "  "


def _provenance_notes(framework_id: str, provenance: dict[str, Any]) -> str:
    """The framework id and provenance (all but publisher and copyright) as labelled lines."""
    pairs = [("Framework id", framework_id)]
    pairs += [(label, provenance[key]) for label, key in _LABELS.items() if key in provenance]
    for source in provenance["sources"]:
        pairs.append(("Source", source["id"]))
        pairs += [(f"Source {key}", source[key]) for key in ("title", "location", "content")]
    return "\n".join(f"{label}: {value}".replace("\n", "\n" + _INDENT) for label, value in pairs if value)


def _read_notes(notes: object) -> dict[str, Any] | None:
    """The framework id and provenance from notes written by :func:`_provenance_notes`, else None."""
    if not isinstance(notes, str) or not notes.startswith("Framework id: "):
        return None
    fields: dict[str, Any] = {"sources": []}
    key = ""
    for line in notes.split("\n"):
        if line.startswith(_INDENT) and key:  # a line break inside the value before
            target = fields["sources"][-1] if key.startswith("source.") else fields
            name = key.removeprefix("source.")
            target[name] += "\n" + line.removeprefix(_INDENT)
            continue
        label, colon, value = line.partition(": ")
        key = _LABELS.get(label, "")
        if not colon or not key or (key.startswith("source.") and not fields["sources"]):
            return None  # not ours after all: a registry's own notes
        if key == "source":
            fields["sources"].append({"id": value, "title": "", "location": "", "content": ""})
            key = "source.id"
        elif key.startswith("source."):
            fields["sources"][-1][key.removeprefix("source.")] = value
        else:
            fields[key] = value
    return fields


def _ext(obj: object) -> dict[str, Any]:
    """The ``extensions.trainerframework`` object of a CASE entity ({} if absent)."""
    extensions = obj.get("extensions") if isinstance(obj, dict) else None
    found = extensions.get(_EXT) if isinstance(extensions, dict) else None
    return found if isinstance(found, dict) else {}


def _ident(item: dict[str, Any]) -> str:
    """An entity's identifier as a string (whatever a foreign package put there)."""
    return str(item.get("identifier"))


def _our_id(item: dict[str, Any]) -> str:
    return str(item.get("humanCodingScheme") or item.get("identifier"))


def _where(item: dict[str, Any]) -> str:
    return f"$.CFItems[identifier={item.get('identifier')!r}]"


def _position(item: dict[str, Any]) -> int:
    text = str(item.get("listEnumeration") or "0")
    try:  # "٣" is 3; "²" passes isdigit() but not int(), nor do 4,301 digits
        return int(text) if text.isdecimal() else 0
    except ValueError:
        return 0


def _text(item: dict[str, Any], field: str) -> str:
    value = item.get(field)
    return value if isinstance(value, str) else ""


def _named(item: dict[str, Any]) -> dict[str, Any]:
    """id, name and description (extensions, else the item's ``notes``) of a stage, category or component."""
    return {
        "id": _our_id(item),
        "name": item.get("fullStatement", ""),
        "description": _ext(item).get("description", _text(item, "notes")),
    }


_KINDS = ("stage", "category", "component", "descriptor", "example", "strand")


def from_case(
    package: object, source: str = "<CASE package>", *, mapping: Mapping[str, str] | None = None
) -> Framework:
    """A Framework from a CASE 1.1 CFPackage (a parsed JSON dict).

    A package wrapped as a REST response (``{"CFPackage": {...}}``) is
    unwrapped. Items are read by ``CFItemType``, whatever its case (``stage``,
    ``Stage``, ``STAGE``): Stage, Category, Component, Descriptor, Example.
    ``mapping`` maps a package's own item types to these (``{"Level":
    "stage", "Domain": "category", "Standard": "descriptor"}``; keys in any
    case); a package without stages gets a message naming the item types it
    has and this argument. The hierarchy is read from ``isChildOf``, stages
    from ``hasSkillLevel``, strands from ``precedes`` between descriptors;
    ``humanCodingScheme`` gives ids. Associations to nodes outside the package
    (another document's items, legal in CASE) are left out with a
    :class:`UserWarning` naming how many and of which kinds.

    Stages may also be the levels of the package's CFRubrics (a criterion per
    row naming a category, component or strand item, a level per stage whose
    ``description`` is the descriptor): read when the package has neither
    Stage nor Descriptor items, or when ``mapping`` maps
    ``CFRubricCriterionLevel`` (every level) or some levels' ``quality`` to
    ``"stage"``. A level is the Stage item its quality names, else the one at
    its ``position``; without Stage items the levels are the stages, ordered
    by position (see the CASE section of the file formats page).

    Raises :class:`~trainerframework.InvalidFrameworkError` naming the CFItem
    for anything that cannot be mapped (no stages, a descriptor without a
    stage or parent), then checks the result as any framework file.
    """
    problems: list[Problem] = []
    root = "$"
    if isinstance(package, dict) and set(package) == {"CFPackage"}:  # a REST response: {"CFPackage": {...}}
        package, root = package["CFPackage"], "$.CFPackage"
    if not isinstance(package, dict) or "CFItems" not in package:
        problem = Problem(root, "expected a CFPackage with CFDocument and CFItems")
        raise InvalidFrameworkError([problem], source)
    # the fields read below, each of its CASE type, checked first: every problem at its path
    _, problems = structure(package, CasePackageDoc, root)
    if problems:
        raise InvalidFrameworkError(grouped(problems, root), source)
    document: dict[str, Any] = package["CFDocument"]
    items = [dict(x) for x in package["CFItems"]]  # copies: types are normalised below
    associations: list[dict[str, Any]] = list(package.get("CFAssociations", ()))
    kinds = _kinds(mapping, source)
    for x in items:
        raw_type = x.get("CFItemType")
        kind = kinds.get(raw_type.strip().casefold()) if isinstance(raw_type, str) else None
        x["CFItemType"] = kind.capitalize() if kind is not None else raw_type
    by_identifier = {_ident(x): x for x in items}
    document_id = str(document.get("identifier"))
    known = {*by_identifier, document_id}
    outside: Counter[str] = Counter()

    parent: dict[str, str] = {}
    level: dict[str, str] = {}
    follows: dict[str, str] = {}
    part_of: dict[str, str] = {}
    for a in associations:
        kind = a["associationType"]
        origin, destination = a["originNodeURI"]["identifier"], a["destinationNodeURI"]["identifier"]
        if kind not in {"isChildOf", "hasSkillLevel", "precedes", "isPartOf"}:
            continue
        if origin not in known or destination not in known:
            outside[kind] += (
                1  # a link to another document's items: legal in CASE, not part of this framework
            )
        elif kind == "isChildOf":
            parent[origin] = destination
        elif kind == "hasSkillLevel":
            level[origin] = destination
        elif kind == "isPartOf":
            part_of[origin] = destination
        elif by_identifier.get(origin, {}).get("CFItemType") == "Descriptor":
            follows[destination] = origin

    def ranked(kind: str) -> list[dict[str, Any]]:
        return sorted((x for x in items if x.get("CFItemType") == kind), key=_position)

    stages = ranked("Stage")
    items_give_stages = bool(stages) or any(x.get("CFItemType") == "Descriptor" for x in items)
    cells = _chosen_levels(package, by_identifier, kinds, items_give_stages, problems)
    stage_of, level_stages = _level_stages(cells, stages, problems)
    if not stages and not level_stages:
        problems.append(Problem("$.CFItems", _no_stages(items)))
    categories: dict[str, dict[str, Any]] = {}
    for c in ranked("Category"):
        categories[_ident(c)] = {**_named(c), "components": []}
        if "component_detail" in _ext(c):
            categories[_ident(c)]["component_detail"] = _ext(c)["component_detail"]
    components: dict[str, tuple[str, str]] = {}
    for k in ranked("Component"):
        owner = categories.get(parent.get(_ident(k), ""))
        if owner is None:
            message = "component is not the child (isChildOf) of a category" + _parent_type(
                k, parent, by_identifier
            )
            problems.append(Problem(_where(k), message))
            continue
        owner["components"].append(_named(k))
        components[_ident(k)] = (owner["id"], _our_id(k))
    descriptors = []
    strand_of: dict[str, str] = {}
    for d in ranked("Descriptor"):
        stage = by_identifier.get(level.get(_ident(d), ""))
        up = parent.get(_ident(d), "")
        if stage is None:
            problems.append(Problem(_where(d), "descriptor has no stage (hasSkillLevel to a Stage item)"))
            continue
        entry: dict[str, Any] = {"id": _our_id(d)}
        if up in categories:
            entry["category"] = categories[up]["id"]
        elif up in components:
            entry["category"], entry["component"] = components[up]
        else:
            message = "descriptor is not the child (isChildOf) of a category or component"
            problems.append(Problem(_where(d), message + _parent_type(d, parent, by_identifier)))
            continue
        entry["stage"] = _our_id(stage)
        strand = _ext(d).get("strand")
        whole = by_identifier.get(part_of.get(_ident(d), ""), {})
        if strand is None and whole.get("CFItemType") == "Strand":
            strand = _our_id(whole)
        if strand is None and (_ident(d) in follows or _ident(d) in follows.values()):
            first, seen = _ident(d), set()
            while first in follows and first not in seen:  # back to the start of the chain
                seen.add(first)
                first = follows[first]
            strand = strand_of.setdefault(first, f"{_our_id(by_identifier[first])}.strand")
        if strand is not None:
            entry["strand"] = strand
        entry["text"] = d.get("fullStatement", "")
        descriptors.append(entry)
    descriptors += _level_descriptors(
        cells,
        stage_of,
        parent=parent,
        by_identifier=by_identifier,
        categories=categories,
        components=components,
        problems=problems,
    )
    examples = []
    for e in ranked("Example"):
        stage = by_identifier.get(level.get(_ident(e), ""))
        if stage is None:
            problems.append(Problem(_where(e), "example has no stage (hasSkillLevel to a Stage item)"))
            continue
        name = _ext(e).get("name", _text(e, "abbreviatedStatement") or _our_id(e))
        examples.append(
            {"id": _our_id(e), "name": name, "stage": _our_id(stage), "text": e.get("fullStatement", "")}
        )
    if problems:
        raise InvalidFrameworkError(problems, source)
    if outside:
        listed = ", ".join(f"{n} {kind}" for kind, n in sorted(outside.items()))
        warnings.warn(
            f"{source}: left out {sum(outside.values())} association(s) to nodes outside the package "
            f"({listed})",
            UserWarning,
            stacklevel=2,
        )
    meta = _ext(document)
    provenance = meta.get("provenance") or _standard_provenance(document, package.get("CFDefinitions"))
    provenance = dict(provenance) if isinstance(provenance, dict) else provenance  # else reported below
    doc: dict[str, Any] = {
        "schema_version": meta.get("schema_version", 1),
        "framework": {
            "id": meta.get("id")
            or (provenance.pop("id", None) if isinstance(provenance, dict) else None)
            or str(document_id),
            "name": document.get("title", ""),
        },
        "stages": [_named(s) for s in stages] or level_stages,
        "categories": list(categories.values()),
        "descriptors": descriptors,
        "examples": examples,
    }
    if provenance:
        doc["provenance"] = provenance
    return Framework.from_document(doc, source)


# Rubric levels as stages. A rubric is a grid: a criterion per row, a criterion level per cell. A
# package may give its stages that way (each level a stage, each level's description the statement
# of practice at that stage) instead of as Stage items with hasSkillLevel.
_LEVELS = "cfrubriccriterionlevel"  # mapping={"CFRubricCriterionLevel": "stage"}: every level is a stage
_ROWS = ("Category", "Component", "Strand")  # what a criterion's CFItemURI may name


@attrs.frozen
class _Cell:
    """One criterion level of a rubric, with the row it belongs to."""

    where: str  # its path, for problems
    item: dict[str, Any]  # the category, component or strand its criterion names
    row: int  # the criterion's position in its rubric
    level: dict[str, Any]
    position: int  # the level's position (its index in the criterion, 1 first, when it has none)

    @property
    def quality(self) -> str:
        quality = self.level.get("quality")
        return quality.strip() if isinstance(quality, str) else ""

    @property
    def key(self) -> str:
        """What names the level across criteria: its quality (any case), else its position."""
        return self.quality.casefold() or f"#{self.position}"


def _dicts(value: object) -> list[tuple[int, dict[str, Any]]]:
    """The objects of a list (checked by CasePackageDoc: a list or tuple of objects, or absent)."""
    return list(enumerate(value)) if isinstance(value, list | tuple) else []


def _chosen_levels(
    package: dict[str, Any],
    by_identifier: dict[str, dict[str, Any]],
    kinds: Mapping[str, str],
    items_give_stages: bool,
    problems: list[Problem],
) -> list[_Cell]:
    """The rubric levels that are stages, each with its row.

    All levels when ``mapping`` maps ``CFRubricCriterionLevel`` to stage, or
    when the package has neither Stage nor Descriptor items (the levels are
    then the only stages and descriptors it has); only the levels whose
    ``quality`` ``mapping`` maps to stage when it names some; otherwise none. A
    criterion naming a descriptor is skipped (the descriptor is an item).
    """
    named = {k for k, v in kinds.items() if v == "stage" and k != "stage"}
    cells: list[_Cell] = []
    for r, rubric in _dicts(package.get("CFRubrics")):
        for c, criterion in _dicts(rubric.get("CFRubricCriteria")):
            where = f"$.CFRubrics[{r}].CFRubricCriteria[{c}]"
            link = criterion.get("CFItemURI")
            item = by_identifier.get(str(link.get("identifier"))) if isinstance(link, dict) else None
            kind = item.get("CFItemType") if item is not None else None
            row = criterion.get("position")
            row = row if isinstance(row, int) and not isinstance(row, bool) else c + 1
            levels = _dicts(criterion.get("CFRubricCriterionLevels"))
            if kind == "Descriptor" or not levels:
                continue
            if item is None or kind not in _ROWS:  # reported below if its levels are chosen
                other = {"CFItemType": kind if item is not None else None}
                cells.append(_Cell(f"{where}.CFItemURI", {}, row, other, 0))
                continue
            for n, level in levels:
                position = level.get("position")
                if not isinstance(position, int) or isinstance(position, bool):
                    position = n + 1
                cells.append(_Cell(f"{where}.CFRubricCriterionLevels[{n}]", item, row, level, position))
    if _LEVELS in named:
        chosen = cells
    elif any(cell.key in named for cell in cells):
        chosen = [cell for cell in cells if cell.key in named or not cell.item]
    else:
        chosen = [] if items_give_stages else cells
    unmapped: dict[str, list[str]] = {}  # item type -> where its criteria are
    for cell in chosen:
        if not cell.item:
            kind = cell.level["CFItemType"]
            if kind is None:
                message = "rubric criterion names no item of the package (CFItemURI)"
                problems.append(Problem(cell.where, message))
            else:
                unmapped.setdefault(str(kind), []).append(cell.where)
    for kind, places in unmapped.items():  # one problem per item type, at its first criterion
        message = (
            f"{len(places)} rubric criteria name {kind!r} items, not a category, component or strand: "
            f"map the item type, for example from_case(package, mapping={{{kind!r}: 'strand', ...}})"
        )
        problems.append(Problem(places[0], message))
    return [cell for cell in chosen if cell.item]


def _level_stages(
    cells: list[_Cell], stages: list[dict[str, Any]], problems: list[Problem]
) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Each level's stage id (by its where), and the stages the levels define (none if items give them).

    With Stage items, a level is the stage whose name or ``humanCodingScheme``
    its ``quality`` is (any case), else the stage at its ``position`` (1 the
    lowest). Without, the levels are the stages, ordered by position, named by
    quality; a quality at two positions, or two at one, is ambiguous.
    """
    stage_of: dict[str, str] = {}
    if stages:
        for cell in cells:
            named = [
                s
                for s in stages
                if cell.quality.casefold() in {_text(s, "fullStatement").casefold(), _our_id(s).casefold()}
            ]
            if len(named) == 1:
                stage_of[cell.where] = _our_id(named[0])
            elif 1 <= cell.position <= len(stages):
                stage_of[cell.where] = _our_id(stages[cell.position - 1])
            else:
                message = (
                    f"rubric level {cell.quality or '(no quality)'!r} at position {cell.position} is no "
                    f"stage: its quality names none of {len(stages)} stages and its position is not 1 to "
                    f"{len(stages)}"
                )
                problems.append(Problem(cell.where, message))
        return stage_of, []
    positions: dict[str, set[int]] = {}
    spelt: dict[str, str] = {}
    for cell in cells:
        positions.setdefault(cell.key, set()).add(cell.position)
        spelt.setdefault(cell.key, cell.quality or f"Level {cell.position}")
    holders: dict[int, set[str]] = {}
    for key, found in positions.items():
        for position in found:
            holders.setdefault(position, set()).add(key)
    ambiguous = [
        f"{spelt[key]!r} is at positions {', '.join(map(str, sorted(found)))}"
        for key, found in positions.items()
        if len(found) > 1
    ] + [
        f"position {position} is {' and '.join(repr(spelt[k]) for k in sorted(keys))}"
        for position, keys in sorted(holders.items())
        if len(keys) > 1
    ]
    if ambiguous:
        message = "rubric levels give no stage order: " + "; ".join(ambiguous)
        problems.append(Problem("$.CFRubrics", message + " (number the levels' positions the same way)"))
        return stage_of, []
    order = sorted(positions, key=lambda key: min(positions[key]))
    ids = {key: _slug(spelt[key]) for key in order}
    for cell in cells:
        stage_of[cell.where] = ids[cell.key]
    return stage_of, [{"id": ids[key], "name": spelt[key], "description": ""} for key in order]


def _slug(name: str) -> str:
    """An id from a level's name: lower case, runs of other characters as one hyphen."""
    return (
        "-".join("".join(ch if ch.isascii() and ch.isalnum() else " " for ch in name.casefold()).split())
        or "level"
    )


def _level_descriptors(
    cells: list[_Cell],
    stage_of: dict[str, str],
    *,
    parent: dict[str, str],
    by_identifier: dict[str, dict[str, Any]],
    categories: dict[str, dict[str, Any]],
    components: dict[str, tuple[str, str]],
    problems: list[Problem],
) -> list[dict[str, Any]]:
    """The descriptors a rubric's levels give: one per level with a description, a strand per row.

    A criterion naming a strand puts its descriptors in the strand's parent
    (``isChildOf``), ids ``<strand>.<stage>``; one naming a category or
    component puts them there, strand ``<scope>.<row>``, ids
    ``<scope>.<stage>.<row>`` (the bundled framework's own pattern).
    """
    found: list[dict[str, Any]] = []
    reported: set[str] = set()
    for cell in cells:
        text = cell.level.get("description")
        stage = stage_of.get(cell.where)
        if not isinstance(text, str) or not text.strip() or stage is None:
            continue  # an empty cell of the grid, or a level already reported
        identifier = _ident(cell.item)
        if cell.item.get("CFItemType") == "Strand":
            strand = _our_id(cell.item)
            entry: dict[str, Any] = {"id": f"{strand}.{stage}"}
            scope = parent.get(identifier, "")
        else:
            scope = identifier
            entry = {"id": f"{_our_id(cell.item)}.{stage}.{cell.row}"}
            strand = f"{_our_id(cell.item)}.{cell.row}"
        if scope in categories:
            entry["category"] = categories[scope]["id"]
        elif scope in components:
            entry["category"], entry["component"] = components[scope]
        else:
            if identifier not in reported:  # once per strand, not once per level
                reported.add(identifier)
                message = "strand is not the child (isChildOf) of a category or component"
                problems.append(
                    Problem(_where(cell.item), message + _parent_type(cell.item, parent, by_identifier))
                )
            continue
        found.append({**entry, "stage": stage, "strand": strand, "text": text})
    return found


def _parent_type(
    item: dict[str, Any], parent: dict[str, str], by_identifier: dict[str, dict[str, Any]]
) -> str:
    """``" (its parent is a 'Domain' item: map that item type)"`` when the parent has an unmapped type."""
    kind = by_identifier.get(parent.get(_ident(item), ""), {}).get("CFItemType")
    if not isinstance(kind, str) or kind.casefold() in _KINDS:
        return ""
    return (
        f" (its parent is a {kind!r} item: map that item type, for example mapping={{{kind!r}: 'category'}})"
    )


def _standard_provenance(document: dict[str, Any], definitions: object) -> dict[str, Any]:
    """Framework id and provenance from standard CASE fields (a package without our extensions).

    The document's ``notes`` as :func:`_provenance_notes` writes them, the
    ``publisher``, and the ``licenseText`` of the CFLicense its ``licenseURI``
    names as the copyright line. A registry's own notes (not in that form)
    become the provenance notes, and its ``officialSourceURL`` a source.
    """
    found = _read_notes(document.get("notes"))
    provenance: dict[str, Any] = (
        found if found is not None else {"notes": _text(document, "notes"), "sources": []}
    )
    provenance["publisher"] = _text(document, "publisher")
    link = document.get("licenseURI")
    wanted = str(link.get("identifier")) if isinstance(link, dict) else None
    licenses = definitions.get("CFLicenses") if isinstance(definitions, dict) else None
    for license_ in licenses if isinstance(licenses, list) and wanted else ():
        if isinstance(license_, dict) and _ident(license_) == wanted:
            provenance["copyright"] = _text(license_, "licenseText")
    url = _text(document, "officialSourceURL")
    if found is None:
        provenance["title"] = _text(document, "title")
        if url:
            provenance["sources"] = [{"id": "official", "title": provenance["title"] or url, "location": url}]
        if not any(provenance.get(k) for k in ("notes", "publisher", "copyright", "sources")):
            return {}  # nothing more than the title: the framework's default provenance
    return provenance


def _kinds(mapping: Mapping[str, str] | None, source: str) -> dict[str, str]:
    """Case-folded CASE item type -> our kind, from the standard names and ``mapping``."""
    kinds = {k: k for k in _KINDS}
    if mapping is None:
        return kinds
    if not isinstance(mapping, Mapping):
        msg = f"mapping must map CASE item types to kinds, not {type(mapping).__name__}"
        raise TypeError(msg)
    problems = []
    for key, value in mapping.items():
        kind = value.strip().casefold() if isinstance(value, str) else None
        if not isinstance(key, str) or kind not in _KINDS:
            problems.append(
                Problem(f"mapping[{key!r}]", f"maps to {value!r}; expected one of {', '.join(_KINDS)}")
            )
            continue
        kinds[key.strip().casefold()] = kind
    if problems:
        raise InvalidFrameworkError(problems, source)
    return kinds


def _no_stages(items: list[dict[str, Any]]) -> str:
    """The message for a package without stages: the item types it has, and how to map them."""
    spelt: dict[str, str] = {}  # item types counted whatever their case, shown as first spelt
    types: Counter[str] = Counter()
    for x in items:
        if x.get("CFItemType") is not None:
            name = str(x.get("CFItemType")).strip()
            types[spelt.setdefault(name.casefold(), name)] += 1
    if not types:
        return "no CFItem of type Stage, and no CFItemType on any item: the package gives no stages"
    listed = ", ".join(f"{t!r} ({n})" for t, n in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))
    return (
        f"no CFItem of type Stage: the package has item types {listed}; map them with "
        "from_case(package, mapping={'<item type>': 'stage', ...}) to stage, category, component, "
        "descriptor, example or strand"
    )
