"""Write tests/fixtures/opensalt-rubric-package.json: a CASE package as OpenSALT exports it.

An organisation has entered two categories of the Cambridge English Trainer
Framework into its own OpenSALT server the way CASE authors write graded
statements: each category a ``Domain`` item, each component a ``Component``
item, each row of a published grid a ``Competency`` item, and the stages as
the levels of a rubric per domain and component (one criterion per
competency, one criterion level per stage, the level's description the
descriptor text). There are no Stage or Descriptor items, so the package can
only be read with a mapping of its item types (``tests/test_case.py``,
``TestOpenSaltPackage``).

The shape follows OpenSALT's own CASE JSON (github.com/opensalt/opensalt:
``core/src/DTO/CaseJson/CFPackage*.php``, ``CFRubric*.php``, ``CFItemType.php``,
``CFConcept.php``, ``CFSubject.php``, and the exports under
``core/tests/_data/``): time-based (version 1) UUIDs, ``uri`` as
``https://<server>/uri/<identifier>``, ``CFItemTypeURI`` beside each
``CFItemType``, ``isChildOf`` associations with ``sequenceNumber`` and node
titles that are the human coding scheme, ``CFDefinitions`` with item types,
concepts, subjects and licences, escaped slashes as PHP's ``json_encode``
writes them, four-space indentation. Every descriptor text, description and
name comes from the bundled framework (verbatim from the seeds); the
competency labels ("Row 2 of ...") and the document's notes are ours. The
association to another server's item is what OpenSALT writes for
``exactMatchOf`` links between frameworks.

Run from the repository root: ``python -m tools.build_opensalt_fixture``.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import trainerframework as tfw

SERVER = "https://opensalt.example.org"
NODE = 0x0242AC120003  # a Docker container's MAC address, as OpenSALT's UUIDs carry
START = 0x1EEDF9A_5C0F_3C80  # 2024-03-11, in 100-ns steps since 1582 (uuid1's clock)
OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "opensalt-rubric-package.json"
SCOPES = ("observation", "development")  # the categories entered
CHANGED = "2024-03-11T10:22:41+00:00"

_count = 0


def uuid1() -> str:
    """The next time-based UUID, deterministic (OpenSALT creates its identifiers with uuid1)."""
    global _count  # noqa: PLW0603 - a counter for one run of a script
    _count += 1
    t = START + _count * 10_000_017
    clock = 0x8C90 + _count % 7
    high = ((t >> 48) & 0x0FFF) | 0x1000  # version 1
    fields = (t & 0xFFFFFFFF, (t >> 32) & 0xFFFF, high, clock >> 8, clock & 0xFF, NODE)
    return str(uuid.UUID(fields=fields))


def uri(identifier: str) -> str:
    return f"{SERVER}/uri/{identifier}"


def link(title: str, identifier: str) -> dict[str, str]:
    return {"title": title, "identifier": identifier, "uri": uri(identifier)}


def package_text() -> str:
    """The fixture's text (the same on every call)."""
    global _count  # noqa: PLW0603 - restarted so that every call gives the same identifiers
    _count = 0
    fw = tfw.load_framework()
    document_id = uuid1()
    title = "Cambridge English Trainer Framework: observation and professional development"
    types = {
        name: {
            "identifier": uuid1(),
            "uri": "",
            "title": name,
            "description": description,
            "hierarchyCode": str(n),
            "typeCode": name.lower(),
            "lastChangeDateTime": CHANGED,
        }
        for n, (name, description) in enumerate(
            [
                ("Domain", "A category of the framework"),
                ("Component", "A component of a category"),
                ("Competency", "One row of a grid, followed across the stages in the domain's rubric"),
            ],
            start=1,
        )
    }
    for t in types.values():
        t["uri"] = uri(str(t["identifier"]))
    subject = {
        "identifier": uuid1(),
        "uri": "",
        "title": "Teacher education",
        "hierarchyCode": "1",
        "description": "Training and development of teachers and teacher trainers",
        "lastChangeDateTime": CHANGED,
    }
    subject["uri"] = uri(subject["identifier"])
    concept = {
        "identifier": uuid1(),
        "uri": "",
        "title": "Reflective practice",
        "keywords": "reflection|questioning|experimental practice",
        "hierarchyCode": "1",
        "description": "Questioning and reflecting on one's own practice",
        "lastChangeDateTime": CHANGED,
    }
    concept["uri"] = uri(concept["identifier"])
    licence = {
        "identifier": uuid1(),
        "uri": "",
        "title": "Cambridge English Trainer Framework",
        "description": "Copyright of the published framework",
        "licenseText": fw.provenance.copyright,
        "lastChangeDateTime": CHANGED,
    }
    licence["uri"] = uri(licence["identifier"])

    items: list[dict[str, Any]] = []
    associations: list[dict[str, Any]] = []
    rubrics: list[dict[str, Any]] = []

    def item(kind: str, code: str, statement: str, enumeration: str, **more: Any) -> dict[str, Any]:
        identifier = uuid1()
        entry = {
            "identifier": identifier,
            "uri": uri(identifier),
            "fullStatement": statement,
            "humanCodingScheme": code,
            "listEnumeration": enumeration,
            "language": "en",
            "CFItemType": kind,
            "CFItemTypeURI": link(kind, str(types[kind]["identifier"])),
            **more,
            "lastChangeDateTime": CHANGED,
        }
        items.append(entry)
        return entry

    def child(origin: dict[str, Any], destination: dict[str, Any], sequence: int) -> None:
        identifier = uuid1()
        associations.append(
            {
                "identifier": identifier,
                "uri": uri(identifier),
                "associationType": "isChildOf",
                "sequenceNumber": sequence,
                "originNodeURI": link(origin["humanCodingScheme"], origin["identifier"]),
                "destinationNodeURI": link(
                    destination.get("humanCodingScheme") or destination["title"], destination["identifier"]
                ),
                "lastChangeDateTime": CHANGED,
            }
        )

    def rubric(scope: tfw.Category | tfw.Component, rows: list[tuple[dict[str, Any], tfw.Strand]]) -> None:
        rubric_id = uuid1()
        criteria = []
        for position, (competency, strand) in enumerate(rows, start=1):
            criterion_id = uuid1()
            levels = []
            for d in strand.descriptors:
                level_id = uuid1()
                levels.append(
                    {
                        "identifier": level_id,
                        "uri": uri(level_id),
                        "description": d.text,
                        "quality": d.stage.name,
                        "score": float(d.stage.rank),
                        "position": d.stage.rank,
                        "rubricCriterionId": criterion_id,
                        "lastChangeDateTime": CHANGED,
                    }
                )
            criteria.append(
                {
                    "identifier": criterion_id,
                    "uri": uri(criterion_id),
                    "category": scope.name,
                    "description": competency["fullStatement"],
                    "CFItemURI": link(competency["humanCodingScheme"], competency["identifier"]),
                    "weight": 1.0,
                    "position": position,
                    "rubricId": rubric_id,
                    "lastChangeDateTime": CHANGED,
                    "CFRubricCriterionLevels": levels,
                }
            )
        rubrics.append(
            {
                "identifier": rubric_id,
                "uri": uri(rubric_id),
                "title": scope.name,
                "description": f"{scope.name}: what practice looks like at each stage",
                "lastChangeDateTime": CHANGED,
                "CFRubricCriteria": criteria,
            }
        )

    def rows(parent: dict[str, Any], scope: tfw.Category | tfw.Component, component: str | None) -> None:
        strands = [
            s for s in fw.strands if s.category_id == (getattr(scope, "category_id", None) or scope.id)
        ]
        strands = [s for s in strands if s.component_id == component]
        found = []
        for n, strand in enumerate(strands, start=1):
            extra: dict[str, Any] = {}
            if component == "development.professional-development" and n == 1:
                extra = {
                    "conceptKeywords": [concept["title"]],
                    "conceptKeywordsURI": link(str(concept["title"]), str(concept["identifier"])),
                }
            code = f"{parent['humanCodingScheme']}.{n}"
            competency = item("Competency", code, f"Row {n} of {scope.name}", f"{n}.", **extra)
            child(competency, parent, n)
            found.append((competency, strand))
        rubric(scope, found)

    document = {"identifier": document_id, "title": title}
    for n, category_id in enumerate(SCOPES, start=1):
        category = fw.category(category_id)
        number = [c.id for c in fw.categories].index(category_id) + 1
        notes = {"notes": category.description} if category.description else {}
        domain = item("Domain", f"CETF.{number}", category.name, str(number), **notes)
        child(domain, document, n)
        rows(domain, category, None)
        for k, component in enumerate(category.components, start=1):
            code = f"CETF.{number}.{''.join(w[0] for w in component.name.split()).upper()}"
            part = item("Component", code, component.name, chr(ord("a") + k - 1))
            child(part, domain, 10 + k)  # after the domain's own rows, as the grid lists them
            rows(part, component, component.id)
    elsewhere = "8c1f6a52-0e3b-11ea-9c4f-0242ac120004"  # an item of another server's framework
    identifier = uuid1()
    associations.append(
        {
            "identifier": identifier,
            "uri": uri(identifier),
            "associationType": "exactMatchOf",
            "originNodeURI": link(items[0]["humanCodingScheme"], items[0]["identifier"]),
            "destinationNodeURI": {
                "title": "Observation and feedback",
                "identifier": elsewhere,
                "uri": f"https://casenetwork.example.net/uri/{elsewhere}",
            },
            "lastChangeDateTime": CHANGED,
        }
    )
    package = {
        "CFDocument": {
            "identifier": document_id,
            "uri": uri(document_id),
            "creator": "Staff Development Team",
            "title": title,
            "lastChangeDateTime": CHANGED,
            "publisher": fw.provenance.publisher,
            "description": "Two categories of the framework, entered for the 2024 development programme",
            "subject": [subject["title"]],
            "subjectURI": [link(str(subject["title"]), str(subject["identifier"]))],
            "language": "en",
            "version": "1.0",
            "adoptionStatus": "Draft",
            "licenseURI": link(str(licence["title"]), str(licence["identifier"])),
            "notes": "Each grid row is a Competency; the stages are the levels of each rubric.",
            "frameworkType": "Competency framework",
            "caseVersion": "1.1",
        },
        "CFItems": items,
        "CFAssociations": associations,
        "CFDefinitions": {
            "CFConcepts": [concept],
            "CFSubjects": [subject],
            "CFLicenses": [licence],
            "CFItemTypes": list(types.values()),
            "CFAssociationGroupings": [],
        },
        "CFRubrics": rubrics,
    }
    return json.dumps(package, indent=4, ensure_ascii=False).replace("/", "\\/") + "\n"  # as PHP writes it


def main() -> None:
    OUT.write_text(package_text(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
