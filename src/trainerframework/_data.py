"""Reading framework documents: the bundled data and user files.

A framework document (JSON, or TOML with the same structure) is checked as a
whole: every problem is collected with its path inside the document and
reported at once in one :class:`~trainerframework.InvalidFrameworkError`.
The checker is hand-written and imports nothing heavy, so loading the bundled
framework stays cheap.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict

from ._cache import once
from ._framework import Framework
from ._model import Category, Component, Descriptor, Example, Provenance, Source, Stage, Strand
from .exceptions import InputFileError, InvalidFrameworkError, Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["SCHEMA_VERSION", "framework_from_document", "framework_to_document", "load_framework"]

SCHEMA_VERSION = 1
"""The framework file format version this release reads and writes."""

BUNDLED = "trainer-framework.json"
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")  # used with fullmatch: no trailing newline slips through

# field name -> (type, required)
_Spec = dict[str, tuple[type | tuple[type, ...], bool]]
_TOP: _Spec = {
    "schema_version": (int, True),
    "framework": (dict, True),
    "provenance": (dict, False),
    "stages": (list, True),
    "categories": (list, True),
    "descriptors": (list, True),
    "examples": (list, False),
}
_FRAMEWORK: _Spec = {"id": (str, True), "name": (str, True)}
_PROVENANCE: _Spec = {
    "title": (str, True),
    "publisher": (str, False),
    "developed_with": (str, False),
    "copyright": (str, False),
    "sources": (list, False),
    "normalisation": (str, False),
    "notes": (str, False),
}
_SOURCE: _Spec = {
    "id": (str, True),
    "title": (str, True),
    "location": (str, False),
    "content": (str, False),
}
_STAGE: _Spec = {"id": (str, True), "name": (str, True), "description": (str, False)}
_CATEGORY: _Spec = {
    "id": (str, True),
    "name": (str, True),
    "description": (str, False),
    "component_detail": (bool, False),
    "components": (list, False),
}
_COMPONENT: _Spec = {"id": (str, True), "name": (str, True), "description": (str, False)}
_DESCRIPTOR: _Spec = {
    "id": (str, True),
    "category": (str, True),
    "component": (str, False),
    "stage": (str, True),
    "strand": (str, False),
    "text": (str, True),
}
_EXAMPLE: _Spec = {"id": (str, True), "name": (str, True), "stage": (str, True), "text": (str, True)}

_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", list: "a list", dict: "a table"}


class _Checker:
    """Collects problems while walking a document."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def record(self, value: object, path: str, spec: _Spec) -> dict[str, Any] | None:
        """Check that ``value`` is a table with the fields of ``spec``; return it or None."""
        if not isinstance(value, dict):
            self.add(path, f"expected a table, found {_describe(value)}")
            return None
        ok = True
        for key in value:
            if key not in spec:
                self.add(f"{path}.{key}", f"unknown key (allowed: {', '.join(spec)})")
                ok = False
        for key, (kind, required) in spec.items():
            if key not in value:
                if required:
                    self.add(f"{path}.{key}", "required key is missing")
                    ok = False
                continue
            item = value[key]
            # bool is an int subclass: an int field must not accept true/false.
            if not isinstance(item, kind) or (kind is int and isinstance(item, bool)):
                expected = _TYPE_NAMES.get(kind, str(kind)) if isinstance(kind, type) else str(kind)
                self.add(f"{path}.{key}", f"expected {expected}, found {_describe(item)}")
                ok = False
            elif isinstance(item, str) and key in {"id", "name", "text", "title"} and not item.strip():
                self.add(f"{path}.{key}", "must not be empty")
                ok = False
            elif key == "id" and isinstance(item, str) and not _ID.fullmatch(item):
                self.add(
                    f"{path}.{key}",
                    f"invalid id {item!r} (letters, digits, '.', '-', '_'; no spaces)",
                )
                ok = False
        return value if ok else None

    def records(
        self, doc: dict[str, Any], key: str, path: str, spec: _Spec
    ) -> list[tuple[str, dict[str, Any]]]:
        """Check a list of records; return the valid ones with their paths."""
        items = doc.get(key, [])
        if not isinstance(items, list):
            return []
        out = []
        for i, item in enumerate(items):
            where = f"{path}.{key}[{i}]"
            rec = self.record(item, where, spec)
            if rec is not None:
                out.append((where, rec))
        return out

    def identified(
        self, doc: dict[str, Any], key: str, path: str, spec: _Spec
    ) -> list[tuple[str, dict[str, Any]]]:
        """Like :meth:`records`, but also keep flawed records that have a usable id.

        Their other problems are reported; keeping their ids known stops one
        flaw (say, an empty stage name) from cascading into a report of every
        reference to that id.
        """
        items = doc.get(key, [])
        if not isinstance(items, list):
            return []
        out = []
        for i, item in enumerate(items):
            where = f"{path}.{key}[{i}]"
            valid = self.record(item, where, spec) is not None
            if valid or (
                isinstance(item, dict) and isinstance(item.get("id"), str) and _ID.fullmatch(item["id"])
            ):
                out.append((where, item))
        return out


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    names = {str: "a string", int: "an integer", float: "a number", list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def framework_from_document(doc: object, source: str | None = None) -> Framework:
    """Build a :class:`Framework` from a parsed framework document.

    Raises :class:`~trainerframework.InvalidFrameworkError` listing every
    problem, each with its path inside the document.
    """
    check = _Checker()
    top = check.record(doc, "$", _TOP) if isinstance(doc, dict) else None
    if not isinstance(doc, dict):
        check.add("$", f"expected a table at the top level, found {_describe(doc)}")
        raise InvalidFrameworkError(check.problems, source)
    version = doc.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version != SCHEMA_VERSION:
        check.add(
            "$.schema_version", f"unsupported schema version {version} (this release reads {SCHEMA_VERSION})"
        )

    fw_meta = doc.get("framework")
    meta = check.record(fw_meta, "$.framework", _FRAMEWORK) if isinstance(fw_meta, dict) else None
    provenance = _provenance(check, doc)

    seen: dict[str, str] = {}

    def claim(ident: str, where: str) -> bool:
        if ident in seen:
            check.add(where, f"duplicate id {ident!r} (first used at {seen[ident]})")
            return False
        seen[ident] = where
        return True

    stages: dict[str, Stage] = {}
    for rank, (where, rec) in enumerate(check.identified(doc, "stages", "$", _STAGE), start=1):
        if claim(rec["id"], f"{where}.id"):
            stages[rec["id"]] = Stage(rec["id"], str(rec.get("name")), rank, str(rec.get("description", "")))
    if isinstance(doc.get("stages"), list) and not doc["stages"]:
        check.add("$.stages", "a framework needs at least one stage")

    categories: dict[str, tuple[str, dict[str, Any]]] = {}
    components: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for where, rec in check.identified(doc, "categories", "$", _CATEGORY):
        if claim(rec["id"], f"{where}.id"):
            categories[rec["id"]] = (where, rec)
        for cwhere, crec in check.identified(rec, "components", where, _COMPONENT):
            if claim(crec["id"], f"{cwhere}.id"):
                components[crec["id"]] = (cwhere, rec["id"], crec)
        detail = rec.get("component_detail")
        has = bool(rec.get("components"))
        if detail is True and not has:
            check.add(f"{where}.component_detail", "is true but the category lists no components")
        elif detail is False and has:
            check.add(f"{where}.component_detail", "is false but the category lists components")

    by_scope: dict[str, list[Descriptor]] = defaultdict(list)
    by_strand: dict[str, list[tuple[str, Descriptor]]] = defaultdict(list)
    broken_strands: set[str] = set()
    for where, rec in check.records(doc, "descriptors", "$", _DESCRIPTOR):
        ok = claim(rec["id"], f"{where}.id")
        cat = rec["category"]
        comp_id: str | None = rec.get("component")
        stage = stages.get(rec["stage"])
        if cat not in categories:
            check.add(f"{where}.category", f"unknown category {cat!r}{_known(categories)}")
            ok = False
        if comp_id is not None:
            if comp_id not in components:
                check.add(f"{where}.component", f"unknown component {comp_id!r}{_known(components)}")
                ok = False
            elif components[comp_id][1] != cat:
                check.add(
                    f"{where}.component",
                    f"component {comp_id!r} belongs to category {components[comp_id][1]!r}, not {cat!r}",
                )
                ok = False
        if stage is None:
            check.add(f"{where}.stage", f"unknown stage {rec['stage']!r}{_known(stages)}")
            ok = False
        if not ok or stage is None:
            if isinstance(rec.get("strand"), str):
                broken_strands.add(rec["strand"])  # its own problem is reported; no cascade
            continue
        d = Descriptor(
            id=rec["id"],
            text=rec["text"].strip(),
            stage=stage,
            category_id=cat,
            component_id=comp_id,
            strand_id=rec.get("strand"),
        )
        by_scope[comp_id if comp_id is not None else cat].append(d)
        if d.strand_id is not None:
            by_strand[d.strand_id].append((where, d))

    found_strands = _strands(check, {k: v for k, v in by_strand.items() if k not in broken_strands}, claim)

    examples = []
    for where, rec in check.records(doc, "examples", "$", _EXAMPLE):
        stage = stages.get(rec["stage"])
        if stage is None:
            check.add(f"{where}.stage", f"unknown stage {rec['stage']!r}{_known(stages)}")
        if claim(rec["id"], f"{where}.id") and stage is not None:
            examples.append(Example(id=rec["id"], name=rec["name"], stage=stage, text=rec["text"].strip()))

    if check.problems or top is None or meta is None:
        if not check.problems:  # pragma: no cover - record() always reports why
            check.add("$", "invalid document")
        raise InvalidFrameworkError(sorted(check.problems, key=_document_order), source)

    def ordered(items: list[Descriptor]) -> tuple[Descriptor, ...]:
        return tuple(sorted(items, key=lambda d: d.stage))  # stable: keeps row order

    built = []
    for cat_id, (_, rec) in categories.items():
        comps = tuple(
            Component(
                id=cid,
                name=crec["name"],
                category_id=cat_id,
                descriptors=ordered(by_scope[cid]),
                description=crec.get("description", ""),
            )
            for cid, (_, owner, crec) in components.items()
            if owner == cat_id
        )
        built.append(
            Category(
                id=cat_id,
                name=rec["name"],
                descriptors=ordered(by_scope[cat_id]),
                components=comps,
                component_detail=rec.get("component_detail", bool(comps)),
                description=rec.get("description", ""),
            )
        )
    position = {d.id: i for i, d in enumerate(d for c in built for d in c.all_descriptors)}
    strands = tuple(sorted(found_strands, key=lambda s: position[s.descriptors[0].id]))
    return Framework(
        id=meta["id"],
        name=meta["name"],
        stages=tuple(stages.values()),
        categories=tuple(built),
        strands=strands,
        examples=tuple(examples),
        provenance=provenance,
        schema_version=doc["schema_version"],
    )


def _document_order(problem: Problem) -> list[tuple[int, str]]:
    """Sort key: problems in the order their paths appear in the document."""
    top = problem.path[2:].split(".", 1)[0].split("[", 1)[0]
    order = list(_TOP)
    key = [(order.index(top) if top in order else len(order), "")]
    for i, part in enumerate(_PATH_PARTS.split(problem.path)):
        key.append((int(part), "") if i % 2 else (-1, part))
    return key


_PATH_PARTS = re.compile(r"\[(\d+)\]")


def _known(mapping: dict[str, Any]) -> str:
    return f" (known: {', '.join(mapping)})" if mapping else ""


def _provenance(check: _Checker, doc: dict[str, Any]) -> Provenance:
    if not isinstance(doc.get("provenance"), dict):
        return Provenance(title="")
    rec = check.record(doc["provenance"], "$.provenance", _PROVENANCE)
    if rec is None:
        return Provenance(title="")
    sources = tuple(
        Source(id=s["id"], title=s["title"], location=s.get("location", ""), content=s.get("content", ""))
        for _, s in check.records(rec, "sources", "$.provenance", _SOURCE)
    )
    return Provenance(
        title=rec["title"],
        publisher=rec.get("publisher", ""),
        developed_with=rec.get("developed_with", ""),
        copyright=rec.get("copyright", ""),
        sources=sources,
        normalisation=rec.get("normalisation", ""),
        notes=rec.get("notes", ""),
    )


def _strands(
    check: _Checker,
    by_strand: dict[str, list[tuple[str, Descriptor]]],
    claim: Any,
) -> tuple[Strand, ...]:
    """Build strands, checking that each stays in one scope and skips no stage."""
    all_ranks: set[int] = set()
    for members in by_strand.values():
        all_ranks.update(d.stage.rank for _, d in members)
    out = []
    for strand_id, members in by_strand.items():
        first_where = members[0][0]
        ok = claim(strand_id, f"{first_where}.strand")
        scopes = {d.scope_id for _, d in members}
        if len(scopes) > 1:
            check.add(
                f"{first_where}.strand",
                f"strand {strand_id!r} mixes descriptors of {', '.join(sorted(scopes))}",
            )
            ok = False
        seen_stage: dict[str, str] = {}
        for where, d in members:
            if d.stage.id in seen_stage:
                check.add(
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
            check.add(
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


def framework_to_document(fw: Framework) -> dict[str, Any]:
    """The framework as a document in the file format; the inverse of framework_from_document."""
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
    if toml:
        import tomllib  # noqa: PLC0415 - only TOML files need it

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InvalidFrameworkError([Problem("$", f"not valid TOML: {exc}")], name) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = Problem(f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}")
        raise InvalidFrameworkError([problem], name) from None


@once
def _bundled() -> Framework:
    # A plain file read first: importlib.resources adds ~5 ms of imports to every
    # start-up. It is the fallback for a package imported from a zip archive.
    try:
        with open(os.path.join(os.path.dirname(__file__), "data", BUNDLED), encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:  # pragma: no cover - zipped installs only
        from importlib.resources import files  # noqa: PLC0415

        text = files(__package__).joinpath("data", BUNDLED).read_text(encoding="utf-8")
    return framework_from_document(json.loads(text), f"<bundled {BUNDLED}>")


def read_text(path: str | os.PathLike[str], what: str = "file") -> str:
    """A UTF-8 file's text, or InputFileError naming the file and the reason."""
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except UnicodeDecodeError as exc:
        msg = f"cannot read {what} {os.fspath(path)!r}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        raise InputFileError(msg) from None
    except OSError as exc:
        msg = f"cannot read {what} {os.fspath(path)!r}: {exc.strerror or exc}"
        raise InputFileError(msg) from None


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
    from pathlib import Path  # noqa: PLC0415 - only user files need it

    p = Path(path)
    text = read_text(p, "framework file")
    doc = _parse(text, str(p), toml=p.suffix.lower() == ".toml")
    return framework_from_document(doc, str(p))
