"""1EdTech CASE 1.1 packages: export, import, round trip (issue 14)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given

import trainerframework as tfw
from tools import build_opensalt_fixture
from trainerframework._cli import main

from .strategies import frameworks

FW = tfw.load_framework()

# CASE 1.1's CFPackage as the 1EdTech CASE Service Model 1.1 (2025) defines it, written as a
# JSON Schema with the spec's sections cited (tests/fixtures/case-1.1-package.schema.json): the
# allowed properties of each class and those of multiplicity [1], UUIDs, URIs, association types.
CASE_SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "case-1.1-package.schema.json").read_text())


def without_extensions(value: Any) -> Any:
    """``value`` with every ``extensions`` key deleted, at any depth: what a CASE 1.0 registry keeps."""
    if isinstance(value, dict):
        return {k: without_extensions(v) for k, v in value.items() if k != "extensions"}
    if isinstance(value, list):
        return [without_extensions(v) for v in value]
    return value


def _check_case(package: dict[str, Any]) -> None:
    """Every violation of the CASE 1.1 information model, listed, or nothing."""
    validator = jsonschema.Draft202012Validator(CASE_SCHEMA)
    errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(package)]
    assert errors == []


class TestExport:
    def test_required_fields_and_shape(self) -> None:
        package = tfw.to_case(FW)
        _check_case(package)
        kinds = [i["CFItemType"] for i in package["CFItems"]]
        assert kinds.count("Descriptor") == len(FW.descriptors)
        assert kinds.count("Stage") == len(FW.stages)
        descriptor = next(i for i in package["CFItems"] if i["humanCodingScheme"] == "observation.lead.3")
        assert descriptor["fullStatement"] == FW.descriptor("observation.lead.3").text
        precedes = [a for a in package["CFAssociations"] if a["associationType"] == "precedes"]
        strand_steps = sum(len(s.descriptors) - 1 for s in FW.strands)
        assert len(precedes) == strand_steps + len(FW.stages) - 1
        rubric = next(r for r in package["CFRubrics"] if r["title"] == FW.category("observation").name)
        levels = rubric["CFRubricCriteria"][0]["CFRubricCriterionLevels"]
        assert [lv["quality"] for lv in levels] == [s.name for s in FW.stages]

    def test_the_case_fixture_catches_what_a_package_may_not_hold(self) -> None:
        """The fixture bites: properties of the stand-alone classes, non-URLs, bad UUIDs, enums."""
        validator = jsonschema.Draft202012Validator(CASE_SCHEMA)
        bad = copy.deepcopy(tfw.to_case(FW))
        bad["CFItems"][0]["CFDocumentURI"] = bad["CFAssociations"][0]["originNodeURI"]  # CFItem 7.1.14
        bad["CFDocument"]["officialSourceURL"] = "Cambridge English > Teaching English"
        bad["CFAssociations"][0]["associationType"] = "isParentOf"
        bad["CFRubrics"][0]["identifier"] = "OBSERVATION"
        bad["CFDocument"]["caseVersion"] = "1.0"
        paths = sorted(e.json_path for e in validator.iter_errors(bad))
        assert paths == [
            "$.CFAssociations[0].associationType",
            "$.CFDocument.caseVersion",
            "$.CFDocument.officialSourceURL",
            "$.CFItems[0]",
            "$.CFRubrics[0].identifier",
        ]

    def test_official_source_url_only_when_a_url(self) -> None:
        assert "officialSourceURL" not in tfw.to_case(FW)["CFDocument"]  # the seeds give a site path
        source = tfw.Source(id="web", title="Web", location="https://example.org/framework", content="")
        provenance = attrs.evolve(FW.provenance, sources=(source,))
        package = tfw.to_case(attrs.evolve(FW, provenance=provenance))
        assert package["CFDocument"]["officialSourceURL"] == "https://example.org/framework"
        assert package["CFDocument"]["caseVersion"] == "1.1"

    def test_identical_exports_and_uuids(self) -> None:
        import uuid

        first, second = tfw.to_case(FW), tfw.to_case(FW)
        assert json.dumps(first) == json.dumps(second)
        ids = [i["identifier"] for i in first["CFItems"]] + [a["identifier"] for a in first["CFAssociations"]]
        assert len(ids) == len(set(ids))
        assert all(uuid.UUID(i).version == 5 for i in ids)

    def test_cli(self) -> None:
        import io

        out, err = io.StringIO(), io.StringIO()
        assert main(["export", "--format", "case"], out=out, err=err) == 0
        assert tfw.from_case(json.loads(out.getvalue())) == FW


class TestImport:
    def test_round_trip_bundled(self) -> None:
        assert tfw.from_case(json.loads(json.dumps(tfw.to_case(FW)))) == FW
        assert tfw.from_case({"CFPackage": tfw.to_case(FW)}) == FW  # as a CASE REST response wraps it

    @pytest.mark.parametrize("position", ["²", "٣", "1.5", "-1", "", "1" * 5000])
    def test_a_list_position_that_is_no_whole_number_reads_as_none(self, position: str) -> None:
        # "²" passes str.isdigit() but not int() (found by the fuzz harness), nor do 5,000 digits
        # (Python's limit on converting long digit strings): no crash
        package = copy.deepcopy(tfw.to_case(FW))
        item = next(i for i in package["CFItems"] if i.get("CFItemType") == "Component")
        item["listEnumeration"] = position
        assert tfw.from_case(package).id == FW.id

    def test_packages_with_stand_alone_properties_still_read(self) -> None:
        """Earlier exports (and some registries) put CFDocumentURI/CFPackageURI inside packages."""
        package = copy.deepcopy(tfw.to_case(FW))
        link = {"title": FW.name, "identifier": package["CFDocument"]["identifier"], "uri": "urn:x"}
        package["CFDocument"]["CFPackageURI"] = link
        for entity in [*package["CFItems"], *package["CFAssociations"]]:
            entity["CFDocumentURI"] = link
        assert tfw.from_case(package) == FW

    @given(frameworks)
    def test_round_trip_generated(self, fw: tfw.Framework) -> None:
        package = tfw.to_case(fw)
        _check_case(package)
        assert tfw.from_case(package) == fw

    def test_round_trip_through_a_registry_without_extensions(self) -> None:
        """A CASE 1.0 registry keeps no extensions: the standard fields carry everything."""
        package = without_extensions(tfw.to_case(FW))
        assert "extensions" not in json.dumps(package)
        _check_case(package)
        assert tfw.from_case(json.loads(json.dumps(package))) == FW

    @given(frameworks)
    def test_round_trip_generated_without_extensions(self, fw: tfw.Framework) -> None:
        package = without_extensions(tfw.to_case(fw))
        _check_case(package)
        assert tfw.from_case(package) == fw

    def test_the_standard_fields(self) -> None:
        """Each piece of information where a CASE reader looks for it, readable by a person."""
        package = tfw.to_case(FW)
        document = package["CFDocument"]
        assert document["publisher"] == FW.provenance.publisher
        assert document["notes"].splitlines()[:3] == [
            "Framework id: cambridge-english-trainer-framework",
            "Title: Cambridge English Trainer Framework",
            "Developed with: Norwich Institute for Language Education (NILE)",
        ]
        assert "Source: development-detail" in document["notes"].splitlines()
        (license_,) = package["CFDefinitions"]["CFLicenses"]
        assert document["licenseURI"]["identifier"] == license_["identifier"]
        assert license_["licenseText"] == FW.provenance.copyright
        items = {i["humanCodingScheme"]: i for i in package["CFItems"]}
        assert items["development"]["notes"] == FW.category("development").description
        assert items["lead"]["notes"] == FW.stage("lead").description
        assert "notes" not in items["observation"]  # no description: no field
        assert items["julia"]["abbreviatedStatement"] == "Julia"
        strand = items["development.professional-development.1"]
        assert strand["CFItemType"] == "Strand"
        parts = [
            a["originNodeURI"]["title"]
            for a in package["CFAssociations"]
            if a["associationType"] == "isPartOf"
            and a["destinationNodeURI"]["identifier"] == strand["identifier"]
        ]
        assert parts == [d.id for d in FW.strand("development.professional-development.1").descriptors]

    def test_line_breaks_in_provenance_survive_the_notes(self) -> None:
        provenance = attrs.evolve(
            FW.provenance,
            notes="First line.\n  indented second\n\nFramework id: not a label",
            sources=(tfw.Source(id="a", title="A", location="https://example.org/a", content="x\ny"),),
            copyright="",
        )
        fw = attrs.evolve(FW, provenance=provenance)
        package = without_extensions(tfw.to_case(fw))
        assert "licenseURI" not in package["CFDocument"]
        assert tfw.from_case(package) == fw

    def test_a_registry_s_own_document_fields(self) -> None:
        """Notes not in our form are provenance notes, officialSourceURL a source, licence the copyright."""
        package = _opensalt_style()
        package["CFDocument"].update(
            notes="Adopted 2024.",
            publisher="Mentor Board",
            officialSourceURL="https://example.org/mentors",
            licenseURI={"identifier": "lic", "title": "CC", "uri": "urn:lic"},
        )
        package["CFDefinitions"] = {"CFLicenses": [{"identifier": "lic", "licenseText": "CC BY 4.0"}]}
        mapping = {"level": "stage", "domain": "category", "standard": "descriptor"}
        with pytest.warns(UserWarning, match="left out 1 association"):
            fw = tfw.from_case(package, mapping=mapping)
        assert fw.id == "doc-1"
        p = fw.provenance
        assert (p.title, p.publisher, p.copyright, p.notes) == (
            "Mentor standards",
            "Mentor Board",
            "CC BY 4.0",
            "Adopted 2024.",
        )
        assert [(s.id, s.location) for s in p.sources] == [("official", "https://example.org/mentors")]

    def test_a_package_from_elsewhere_maps_through_types_and_associations(self) -> None:
        """Without our extensions: ids from humanCodingScheme, strands from precedes."""
        package = copy.deepcopy(tfw.to_case(FW))
        for entity in [package["CFDocument"], *package["CFItems"]]:
            entity.pop("extensions", None)
        fw = tfw.from_case(package)
        assert [d.id for d in fw.descriptors] == [d.id for d in FW.descriptors]
        assert [d.text for d in fw.descriptors] == [d.text for d in FW.descriptors]
        assert len(fw.strands) == len(FW.strands)
        assert fw.next_steps("observation.teacher-to-trainer.1")[0].id == "observation.autonomous.1"

    def test_unmappable_packages_name_the_item(self) -> None:
        package = copy.deepcopy(tfw.to_case(FW))
        descriptor = next(i for i in package["CFItems"] if i["CFItemType"] == "Descriptor")
        ident = descriptor["identifier"]
        package["CFAssociations"] = [
            a
            for a in package["CFAssociations"]
            if not (a["associationType"] == "hasSkillLevel" and a["originNodeURI"]["identifier"] == ident)
        ]
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(package)
        messages = [str(p) for p in exc.value.problems]
        assert (
            f"$.CFItems[identifier={ident!r}]: descriptor has no stage (hasSkillLevel to a Stage item)"
            in messages
        )
        no_stages = {**package, "CFItems": [i for i in package["CFItems"] if i["CFItemType"] != "Stage"]}
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(no_stages)
        assert str(exc.value.problems[0]) == (
            "$.CFItems: no CFItem of type Stage: the package has item types 'Descriptor' (66), "
            "'Strand' (22), 'Category' (5), 'Example' (3), 'Component' (2); map them with "
            "from_case(package, mapping={'<item type>': 'stage', ...}) to stage, category, component, "
            "descriptor, example or strand"
        )
        with pytest.raises(tfw.InvalidFrameworkError, match="expected a CFPackage"):
            tfw.from_case([1, 2])
        with pytest.raises(TypeError, match="to_case needs a Framework"):
            tfw.to_case({})  # type: ignore[arg-type]


def _opensalt_style() -> dict[str, Any]:
    """A hand-written package as OpenSALT publishes them: its own lower-case item types, no extensions,
    and an association to an item of another document."""

    def item(ident: str, kind: str, code: str, statement: str) -> dict[str, Any]:
        return {
            "identifier": ident,
            "CFItemType": kind,
            "humanCodingScheme": code,
            "fullStatement": statement,
        }

    def link(kind: str, origin: str, destination: str) -> dict[str, Any]:
        return {
            "associationType": kind,
            "originNodeURI": {"identifier": origin, "title": origin, "uri": origin},
            "destinationNodeURI": {"identifier": destination, "title": destination, "uri": destination},
        }

    return {
        "CFDocument": {"identifier": "doc-1", "title": "Mentor standards"},
        "CFItems": [
            item("l1", "level", "novice", "Novice"),
            item("l2", "LEVEL", "expert", "Expert"),
            item("d1", "domain", "feedback", "Feedback"),
            item("s1", "standard", "feedback.novice.1", "Gives feedback using a given form."),
            item("s2", "Standard", "feedback.expert.1", "Designs feedback procedures for others."),
        ],
        "CFAssociations": [
            link("precedes", "l1", "l2"),
            link("isChildOf", "d1", "doc-1"),
            link("isChildOf", "s1", "d1"),
            link("isChildOf", "s2", "d1"),
            link("hasSkillLevel", "s1", "l1"),
            link("hasSkillLevel", "s2", "l2"),
            link("precedes", "s1", "s2"),
            link("isChildOf", "s1", "another-document-item"),
        ],
    }


KINDS = ("stage", "category", "component", "descriptor", "example", "strand")


class TestForeignPackages:
    """Packages from a real registry: item types in any case, a mapping, links to other documents."""

    def test_item_types_in_any_case(self) -> None:
        package = copy.deepcopy(tfw.to_case(FW))
        for n, entity in enumerate(package["CFItems"]):
            kind = entity["CFItemType"]
            entity["CFItemType"] = (kind.lower(), kind.upper(), f" {kind} ")[n % 3]
        before = copy.deepcopy(package)
        assert tfw.from_case(package) == FW
        assert package == before  # the caller's package is not changed

    def test_opensalt_style_package_with_a_mapping(self) -> None:
        package = _opensalt_style()
        with pytest.raises(
            tfw.InvalidFrameworkError,
            match=r"item types 'level' \(2\), 'standard' \(2\), 'domain' \(1\); map them",
        ):
            tfw.from_case(package)
        mapping = {"Level": "stage", "domain": "Category", "STANDARD": "descriptor"}
        with pytest.warns(
            UserWarning, match=r"left out 1 association\(s\) to nodes outside the package \(1 isChildOf\)"
        ):
            fw = tfw.from_case(package, "opensalt.json", mapping=mapping)
        assert [s.id for s in fw.stages] == ["novice", "expert"]
        assert [(d.id, d.stage.id, d.category_id) for d in fw.descriptors] == [
            ("feedback.novice.1", "novice", "feedback"),
            ("feedback.expert.1", "expert", "feedback"),
        ]
        assert [d.id for d in fw.next_steps("feedback.novice.1")] == ["feedback.expert.1"]
        assert tfw.profile(fw, {"feedback.novice.1": "met"}).category_stage("feedback") == fw.stage("novice")

    def test_a_bad_mapping_is_named(self) -> None:
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(_opensalt_style(), mapping={"level": "rung", "domain": "category"})
        assert [str(p) for p in exc.value.problems] == [
            "mapping['level']: maps to 'rung'; expected one of " + ", ".join(KINDS)
        ]
        with pytest.raises(TypeError, match="mapping must map CASE item types to kinds, not list"):
            tfw.from_case(_opensalt_style(), mapping=[("level", "stage")])  # type: ignore[arg-type]


def _children_and_sequences(package: dict[str, Any]) -> tuple[dict[str, str], dict[str, list[int]]]:
    """Each item's parent (isChildOf), and the sequence numbers under each parent."""
    parent: dict[str, str] = {}
    sequences: dict[str, list[int]] = {}
    for a in package["CFAssociations"]:
        if a["associationType"] == "isChildOf":
            origin, destination = a["originNodeURI"]["identifier"], a["destinationNodeURI"]["identifier"]
            assert origin not in parent, f"{a['originNodeURI']['title']} has two parents"
            parent[origin] = destination
            sequences.setdefault(destination, []).append(a["sequenceNumber"])
    return parent, sequences


class TestTree:
    """Every item is somebody's child (isChildOf), so a registry's tree lists no orphans."""

    def _check_tree(self, fw: tfw.Framework) -> None:
        package = tfw.to_case(fw)
        document = package["CFDocument"]["identifier"]
        parent, sequences = _children_and_sequences(package)
        for item in package["CFItems"]:
            node, seen = item["identifier"], set()
            while node != document:  # up to the document, without a circle
                assert node in parent, f"{item['CFItemType']} {item['humanCodingScheme']} is an orphan"
                assert node not in seen
                seen.add(node)
                node = parent[node]
        for numbers in sequences.values():  # siblings in a definite order
            assert len(numbers) == len(set(numbers))

    def test_bundled(self) -> None:
        self._check_tree(FW)
        items = {i["identifier"]: i for i in tfw.to_case(FW)["CFItems"]}
        parent, _ = _children_and_sequences(tfw.to_case(FW))
        strand = next(
            i for i in items.values() if i["humanCodingScheme"] == "development.professional-values.2"
        )
        assert items[parent[strand["identifier"]]]["humanCodingScheme"] == "development.professional-values"
        stage = next(i for i in items.values() if i["humanCodingScheme"] == "lead")
        assert parent[stage["identifier"]] == tfw.to_case(FW)["CFDocument"]["identifier"]

    @given(frameworks)
    def test_generated(self, fw: tfw.Framework) -> None:
        self._check_tree(fw)


class TestRubrics:
    """A rubric per scope is its published grid: a criterion per row, a level per cell."""

    def test_every_descriptor_is_one_level_of_its_row(self) -> None:
        package = tfw.to_case(FW)
        titles = {i["identifier"]: i["humanCodingScheme"] for i in package["CFItems"]}
        cells = []
        for rubric in package["CFRubrics"]:
            for criterion in rubric["CFRubricCriteria"]:
                strand = FW.strand(titles[criterion["CFItemURI"]["identifier"]])
                levels = criterion["CFRubricCriterionLevels"]
                assert [(lv["quality"], lv["position"], lv["description"]) for lv in levels] == [
                    (d.stage.name, d.stage.rank, d.text) for d in strand.descriptors
                ]
                cells += [lv["description"] for lv in levels]
        assert sorted(cells) == sorted(d.text for d in FW.descriptors)

    @given(frameworks)
    def test_generated_descriptors_outside_strands_are_rows_of_one(self, fw: tfw.Framework) -> None:
        package = tfw.to_case(fw)
        items = {i["identifier"]: i for i in package["CFItems"]}
        cells = []
        for rubric in package["CFRubrics"]:
            for criterion in rubric["CFRubricCriteria"]:
                row = items[criterion["CFItemURI"]["identifier"]]
                texts = [lv["description"] for lv in criterion["CFRubricCriterionLevels"]]
                if row["CFItemType"] == "Strand":
                    assert texts == [d.text for d in fw.strand(row["humanCodingScheme"]).descriptors]
                else:
                    assert row["CFItemType"] == "Descriptor"
                    assert fw.descriptor(row["humanCodingScheme"]).strand_id is None
                    assert texts == [row["fullStatement"]]
                cells += texts
        assert sorted(cells) == sorted(d.text for d in fw.descriptors)


def _rubric_only(package: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    """``package`` without the items of the kinds in ``drop``, and without their associations."""
    gone = {i["identifier"] for i in package["CFItems"] if i["CFItemType"] in drop}
    return {
        **package,
        "CFItems": [i for i in package["CFItems"] if i["identifier"] not in gone],
        "CFAssociations": [
            a
            for a in package["CFAssociations"]
            if a["originNodeURI"]["identifier"] not in gone
            and a["destinationNodeURI"]["identifier"] not in gone
        ],
    }


def _grid(fw: tfw.Framework) -> list[tuple[str, str | None, tuple[tuple[int, str], ...]]]:
    """Each strand as (category, component, ((stage rank, text), ...)): what a rubric can carry."""
    return [
        (s.category_id, s.component_id, tuple((d.stage.rank, d.text) for d in s.descriptors))
        for s in fw.strands
    ]


class TestRubricLevelsAsStages:
    """A package whose stages are rubric levels: from_case maps the levels to stages."""

    def test_a_package_without_stage_or_descriptor_items_reads_its_levels(self) -> None:
        package = _rubric_only(without_extensions(tfw.to_case(FW)), ("Stage", "Descriptor", "Example"))
        _check_case(package)
        fw = tfw.from_case(package)
        assert [(s.id, s.name) for s in fw.stages] == [
            ("from-teacher-to-trainer", "From Teacher to Trainer"),
            ("autonomous-trainer", "Autonomous Trainer"),
            ("lead-trainer", "Lead Trainer"),
        ]
        assert _grid(fw) == _grid(FW)
        assert fw.descriptor("observation.2.lead-trainer").text == FW.descriptor("observation.lead.2").text
        assert [s.id for s in fw.strands] == [s.id for s in FW.strands]  # the Strand items' codes

    def test_levels_matched_to_stage_items_by_name_then_position(self) -> None:
        package = _rubric_only(without_extensions(tfw.to_case(FW)), ("Descriptor", "Example"))
        assert tfw.from_case(package).descriptors == ()  # stage items and no mapping: levels not read
        fw = tfw.from_case(package, mapping={"CFRubricCriterionLevel": "stage"})
        assert fw.stages == FW.stages
        assert _grid(fw) == _grid(FW)
        assert fw.descriptor("observation.2.lead").stage == FW.stage("lead")
        renamed = copy.deepcopy(package)  # qualities that name no stage: the position decides
        for rubric in renamed["CFRubrics"]:
            for criterion in rubric["CFRubricCriteria"]:
                for level in criterion["CFRubricCriterionLevels"]:
                    level["quality"] = f"Band {level['position']}"
        assert _grid(tfw.from_case(renamed, mapping={"cfrubriccriterionlevel": "STAGE"})) == _grid(FW)
        level = renamed["CFRubrics"][0]["CFRubricCriteria"][0]["CFRubricCriterionLevels"][0]
        level["position"] = 7
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(renamed, mapping={"CFRubricCriterionLevel": "stage"})
        assert str(exc.value.problems[0]) == (
            "$.CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[0]: rubric level 'Band 1' at "
            "position 7 is no stage: its quality names none of 3 stages and its position is not 1 to 3"
        )

    def test_a_mapping_names_the_levels_that_are_stages(self) -> None:
        package = _rubric_only(without_extensions(tfw.to_case(FW)), ("Stage", "Descriptor", "Example"))
        fw = tfw.from_case(package, mapping={"autonomous trainer": "stage", "LEAD TRAINER": "stage"})
        assert [s.name for s in fw.stages] == ["Autonomous Trainer", "Lead Trainer"]
        assert len(fw.descriptors) == len([d for d in FW.descriptors if d.stage.rank > 1])

    def test_an_ambiguous_order_is_refused(self) -> None:
        package = _rubric_only(without_extensions(tfw.to_case(FW)), ("Stage", "Descriptor", "Example"))
        levels = package["CFRubrics"][0]["CFRubricCriteria"][0]["CFRubricCriterionLevels"]
        levels[0]["position"], levels[1]["position"] = 2, 1
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(package)
        assert str(exc.value.problems[0]) == (
            "$.CFRubrics: rubric levels give no stage order: 'From Teacher to Trainer' is at positions 1, 2; "
            "'Autonomous Trainer' is at positions 1, 2; position 1 is 'Autonomous Trainer' and "
            "'From Teacher to Trainer'; position 2 is 'Autonomous Trainer' and 'From Teacher to Trainer' "
            "(number the levels' positions the same way)"
        )

    def test_a_criterion_naming_nothing_in_the_package(self) -> None:
        package = _rubric_only(without_extensions(tfw.to_case(FW)), ("Stage", "Descriptor", "Example"))
        package["CFRubrics"][1]["CFRubricCriteria"][0]["CFItemURI"]["identifier"] = "elsewhere"
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(package)
        assert [str(p) for p in exc.value.problems] == [
            (
                "$.CFRubrics[1].CFRubricCriteria[0].CFItemURI: "
                "rubric criterion names no item of the package (CFItemURI)"
            )
        ]


OPENSALT = Path(__file__).parent / "fixtures" / "opensalt-rubric-package.json"
OPENSALT_MAPPING = {"Domain": "category", "Component": "component", "Competency": "strand"}


class TestOpenSaltPackage:
    """A package as OpenSALT exports it (tests/fixtures/README.md): stages as levels, own item types."""

    def test_the_fixture_is_what_the_script_writes_and_valid_case(self) -> None:
        text = OPENSALT.read_text(encoding="utf-8")
        assert build_opensalt_fixture.package_text() == text
        assert '"uri": "https:\\/\\/opensalt.example.org\\/uri\\/' in text  # slashes escaped, as PHP writes
        _check_case(json.loads(text))

    def test_imported_with_a_mapping(self) -> None:
        package = json.loads(OPENSALT.read_text(encoding="utf-8"))
        fw = tfw.from_case(package, "opensalt-rubric-package.json", mapping=OPENSALT_MAPPING)
        assert [s.name for s in fw.stages] == [s.name for s in FW.stages]
        assert [(c.id, c.name) for c in fw.categories] == [
            ("CETF.4", FW.category("observation").name),
            ("CETF.5", FW.category("development").name),
        ]
        assert fw.category("CETF.5").description == FW.category("development").description
        assert [(k.id, k.name) for k in fw.category("CETF.5").components] == [
            ("CETF.5.PD", "Professional development"),
            ("CETF.5.PV", "Professional values"),
        ]
        ours = {
            "CETF.4": "observation",
            "CETF.5": "development",
            "CETF.5.PD": "development.professional-development",
        }
        ours["CETF.5.PV"] = "development.professional-values"
        expected = [
            (ours[k.component_id or k.category_id], tuple((d.stage.rank, d.text) for d in k.descriptors))
            for k in fw.strands
        ]
        assert expected == [
            (s.component_id or s.category_id, tuple((d.stage.rank, d.text) for d in s.descriptors))
            for s in FW.strands
            if s.category_id in {"observation", "development"}
        ]
        assert len(fw.descriptors) == 48
        d = fw.descriptor("CETF.5.PD.1.autonomous-trainer")
        assert d.text == FW.descriptor("development.professional-development.autonomous.1").text
        assert [n.id for n in fw.next_steps("CETF.5.PD.1.from-teacher-to-trainer")] == [d.id]
        p = fw.provenance
        assert (p.publisher, p.copyright) == (FW.provenance.publisher, FW.provenance.copyright)
        assert p.notes == "Each grid row is a Competency; the stages are the levels of each rubric."
        first = {x.id: "met" for x in fw.scope("CETF.4") if x.stage.rank == 1}
        assert tfw.profile(fw, first).category_stage("CETF.4") == fw.stages[0]
        explicit = {**OPENSALT_MAPPING, "CFRubricCriterionLevel": "stage"}
        assert tfw.from_case(package, "opensalt-rubric-package.json", mapping=explicit) == fw

    def test_without_a_mapping_the_message_says_what_to_map(self) -> None:
        package = json.loads(OPENSALT.read_text(encoding="utf-8"))
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(package)
        assert str(exc.value.problems[0]) == (
            "$.CFRubrics[0].CFRubricCriteria[0].CFItemURI: 16 rubric criteria name 'Competency' items, not a "
            "category, component or strand: map the item type, for example "
            "from_case(package, mapping={'Competency': 'strand', ...})"
        )
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(package, mapping={"Competency": "strand"})
        assert str(exc.value.problems[0]).endswith(
            "component is not the child (isChildOf) of a category (its parent is a 'Domain' item: map that "
            "item type, for example mapping={'Domain': 'category'})"
        )


class TestThePackageIsReadStrictly:
    """A package is structured into CASE document classes first: the fields read, of their CASE type."""

    @pytest.mark.parametrize(
        ("change", "problem"),
        [
            (lambda p: p["CFItems"].append(7), "$.CFItems[101]: expected a table, found an integer"),
            (
                lambda p: p["CFItems"][2].__setitem__("fullStatement", 5),
                "$.CFItems[2].fullStatement: expected a string, found an integer",
            ),
            (
                lambda p: p["CFAssociations"][0].pop("associationType"),
                "$.CFAssociations[0].associationType: required key is missing",
            ),
            (
                lambda p: p["CFAssociations"][1]["originNodeURI"].__setitem__("identifier", None),
                "$.CFAssociations[1].originNodeURI.identifier: expected a string, found null",
            ),
            (
                lambda p: p["CFAssociations"][1].__setitem__("sequenceNumber", "2"),
                "$.CFAssociations[1].sequenceNumber: expected an integer, found a string",
            ),
            (lambda p: p.__setitem__("CFItems", "x"), "$.CFItems: expected a list, found a string"),
            (
                lambda p: p["CFDocument"].__setitem__("title", ["x"]),
                "$.CFDocument.title: expected a string, found a list",
            ),
            (
                lambda p: p["CFRubrics"][0]["CFRubricCriteria"][0].__setitem__("position", 1.5),
                "$.CFRubrics[0].CFRubricCriteria[0].position: expected an integer, found a number",
            ),
        ],
    )
    def test_a_value_of_the_wrong_kind_is_named_by_its_path(self, change: Any, problem: str) -> None:
        package = tfw.to_case(FW)
        assert len(package["CFItems"]) == 101  # the appended item's index above
        change(package)
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(package)
        assert [str(p) for p in exc.value.problems] == [problem]

    def test_a_registry_response_names_its_paths_under_cfpackage(self) -> None:
        package = tfw.to_case(FW)
        package["CFItems"][2]["fullStatement"] = 5
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case({"CFPackage": package})
        assert [str(p) for p in exc.value.problems] == [
            "$.CFPackage.CFItems[2].fullStatement: expected a string, found an integer"
        ]

    def test_a_package_without_its_document_is_refused_at_its_path(self) -> None:
        package = tfw.to_case(FW)
        del package["CFDocument"]
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(package)
        assert [str(p) for p in exc.value.problems] == ["$.CFDocument: required key is missing"]

    def test_tuples_read_as_lists(self) -> None:
        """A package built in Python with tuples reads as the JSON one: its rubrics too."""
        package = tfw.to_case(FW)
        as_tuples = {k: tuple(v) if isinstance(v, list) else v for k, v in package.items()}
        assert tfw.from_case(as_tuples) == tfw.from_case(package) == FW

    def test_keys_it_does_not_read_are_allowed(self) -> None:
        """A CASE 1.0 item's CFDocumentURI, a registry's own keys: left unread, not refused."""
        package = tfw.to_case(FW)
        package["CFItems"][0]["CFDocumentURI"] = package["CFAssociations"][0]["originNodeURI"]
        package["CFItems"][1]["registryNote"] = {"anything": [1, 2]}
        package["CFDocument"]["x-registry"] = True
        assert tfw.from_case(package) == FW
