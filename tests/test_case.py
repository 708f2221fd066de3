"""1EdTech CASE 1.1 packages: export, import, round trip (issue 14)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given

import trainerframework as tfw
from trainerframework._cli import main

from .strategies import frameworks

FW = tfw.load_framework()

# The required properties of each CASE 1.1 entity, as the CASE Service Information Model
# v1.1 (1EdTech, 2025) lists them for CFDocument, CFItem, CFAssociation, CFRubric,
# CFRubricCriterion and CFRubricCriterionLevel, and LinkURI (title, identifier, uri).
REQUIRED = {
    "CFDocument": {"identifier", "uri", "creator", "title", "lastChangeDateTime"},
    "CFItem": {"identifier", "uri", "fullStatement", "lastChangeDateTime"},
    "CFAssociation": {
        "identifier",
        "uri",
        "associationType",
        "originNodeURI",
        "destinationNodeURI",
        "lastChangeDateTime",
    },
    "CFRubric": {"identifier", "uri", "lastChangeDateTime"},
    "CFRubricCriterion": {"identifier", "uri", "lastChangeDateTime"},
    "CFRubricCriterionLevel": {"identifier", "uri", "lastChangeDateTime"},
    "LinkURI": {"title", "identifier", "uri"},
}
ASSOCIATION_TYPES = {
    "isChildOf",
    "isPeerOf",
    "isPartOf",
    "exactMatchOf",
    "precedes",
    "isRelatedTo",
    "replacedBy",
    "exemplar",
    "hasSkillLevel",
    "isTranslationOf",
}


def _check_required(package: dict[str, Any]) -> None:
    assert set(package) >= {"CFDocument", "CFItems", "CFAssociations"}
    assert REQUIRED["CFDocument"] <= set(package["CFDocument"])
    for item in package["CFItems"]:
        assert REQUIRED["CFItem"] <= set(item)
    for a in package["CFAssociations"]:
        assert REQUIRED["CFAssociation"] <= set(a)
        assert a["associationType"] in ASSOCIATION_TYPES
        assert REQUIRED["LinkURI"] <= set(a["originNodeURI"])
        assert REQUIRED["LinkURI"] <= set(a["destinationNodeURI"])
    for rubric in package["CFRubrics"]:
        assert REQUIRED["CFRubric"] <= set(rubric)
        for criterion in rubric["CFRubricCriteria"]:
            assert REQUIRED["CFRubricCriterion"] <= set(criterion)
            for level in criterion["CFRubricCriterionLevels"]:
                assert REQUIRED["CFRubricCriterionLevel"] <= set(level)


class TestExport:
    def test_required_fields_and_shape(self) -> None:
        package = tfw.to_case(FW)
        _check_required(package)
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

    @given(frameworks)
    def test_round_trip_generated(self, fw: tfw.Framework) -> None:
        package = tfw.to_case(fw)
        _check_required(package)
        assert tfw.from_case(package) == fw

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
        dangling = copy.deepcopy(package["CFAssociations"][0])
        dangling["destinationNodeURI"] = {"title": "x", "identifier": "nowhere", "uri": "u"}
        package["CFAssociations"].append(dangling)
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.from_case(package)
        messages = [str(p) for p in exc.value.problems]
        n = len(package["CFAssociations"]) - 1
        assert f"$.CFAssociations[{n}]: {dangling['associationType']} names an unknown node" in messages
        assert (
            f"$.CFItems[identifier={ident!r}]: descriptor has no stage (hasSkillLevel to a Stage item)"
            in messages
        )
        no_stages = {**package, "CFItems": [i for i in package["CFItems"] if i["CFItemType"] != "Stage"]}
        with pytest.raises(tfw.InvalidFrameworkError, match="no CFItem of type Stage"):
            tfw.from_case(no_stages)
        with pytest.raises(tfw.InvalidFrameworkError, match="expected a CFPackage"):
            tfw.from_case([1, 2])
        with pytest.raises(TypeError, match="to_case needs a Framework"):
            tfw.to_case({})  # type: ignore[arg-type]
