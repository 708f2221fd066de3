from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._base._documents import structure, trusted
from trainerframework._model._format import FrameworkDoc, framework_to_document
from trainerframework._model._framework import framework_from_document

from .readers import problems_of
from .strategies import framework_documents, json_values

DATA = Path(tfw.__file__).parent / "data" / "trainer-framework.json"
HEADER = "From Teacher to Trainer\n\nAutonomous Trainer\n\nLead Trainer\n\n"
STAGES = ["teacher-to-trainer", "autonomous", "lead"]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", _norm(text)) if s]


def _seed(seeds: Path, prefix: str) -> str:
    (path,) = seeds.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _grid_paragraphs(block: str) -> list[str]:
    return [_norm(p) for p in block.split("\n\n") if p.strip()]


def _published_grid(seeds: Path) -> dict[tuple[str, str | None], list[list[str]]]:
    """(category name, component name) -> paragraphs per stage, read straight from the seeds."""
    grids: dict[tuple[str, str | None], list[list[str]]] = {}
    overview = _seed(seeds, "000")
    for m in re.finditer(r"\n([^\n]+)\n\n" + re.escape(HEADER) + r"(.*?)Find out more", overview, re.S):
        paragraphs = _grid_paragraphs(m.group(2))
        rows = len(paragraphs) // 3
        grids[(m.group(1), None)] = [paragraphs[i * rows : (i + 1) * rows] for i in range(3)]
    detail = _seed(seeds, "001")
    body = detail[detail.index(HEADER) + len(HEADER) : detail.index("On this site")]
    parts = re.split(r"^(Professional development|Professional values)\n", body, flags=re.M)
    for name, block in zip(parts[1::2], parts[2::2], strict=True):
        paragraphs = _grid_paragraphs(block)
        rows = len(paragraphs) // 3
        grids[("Professional development and values", name)] = [
            paragraphs[i * rows : (i + 1) * rows] for i in range(3)
        ]
    return grids


class TestSeedFidelity:
    """The bundled descriptors are the seeds' text, verbatim, in the right place."""

    def test_every_published_sentence_is_bundled_in_place(self, seeds: Path, fw: tfw.Framework) -> None:
        grids = _published_grid(seeds)
        assert len(grids) == 7  # five category overviews, two components
        for (cat_name, comp_name), per_stage in grids.items():
            (category,) = [c for c in fw.categories if c.name == cat_name]
            if comp_name is None:
                bundled = category.descriptors
            else:
                (component,) = [c for c in category.components if c.name == comp_name]
                bundled = component.descriptors
            for stage_id, paragraphs in zip(STAGES, per_stage, strict=True):
                texts = [d.text for d in bundled if d.stage.id == stage_id]
                assert texts == paragraphs, (cat_name, comp_name, stage_id)
                for paragraph in paragraphs:
                    for sentence in _sentences(paragraph):
                        assert any(sentence in t for t in texts)

    def test_no_invented_text(self, seeds: Path, fw: tfw.Framework) -> None:
        corpus = _norm(_seed(seeds, "000") + "\n" + _seed(seeds, "001"))
        for d in fw.descriptors:
            assert d.text in corpus, d.id
        for e in fw.examples:
            for paragraph in e.text.split("\n\n"):
                assert paragraph in corpus, e.id
        for s in fw.stages:
            assert s.description in corpus

    def test_per_stage_counts(self, fw: tfw.Framework) -> None:
        expected = {"individuals": 2, "knowledge": 2, "training": 2, "observation": 3, "development": 3}
        for c in fw.categories:
            for stage in fw.stages:
                assert sum(1 for d in c.descriptors if d.stage == stage) == expected[c.id]
        for comp_id, n in [
            ("development.professional-development", 6),
            ("development.professional-values", 4),
        ]:
            for stage in fw.stages:
                assert len(fw.filter(component=comp_id, stage=stage)) == n

    def test_component_detail_statement(self, fw: tfw.Framework) -> None:
        assert [c.id for c in fw.categories if c.component_detail] == ["development"]
        assert all(not c.components for c in fw.categories if not c.component_detail)

    def test_examples(self, fw: tfw.Framework) -> None:
        assert [(e.name, e.stage.id) for e in fw.examples] == [
            ("Sasha", "teacher-to-trainer"),
            ("Ayesha", "autonomous"),
            ("Julia", "lead"),
        ]
        assert fw.example("julia").text.startswith("Julia is a highly experienced trainer")

    def test_provenance_and_schema(self) -> None:
        doc = json.loads(DATA.read_text(encoding="utf-8"))
        assert doc["schema_version"] == tfw.SCHEMA_VERSION
        prov = doc["provenance"]
        assert prov["publisher"] == "Cambridge University Press & Assessment"
        assert "NILE" in prov["developed_with"]
        assert prov["copyright"].startswith("©")
        assert "whitespace" in prov["normalisation"].lower()
        assert len(prov["sources"]) == 2

    def test_document_round_trip(self, fw: tfw.Framework) -> None:
        doc = json.loads(DATA.read_text(encoding="utf-8"))
        assert framework_to_document(fw) == doc


def _doc(fw: tfw.Framework) -> dict[str, Any]:
    return copy.deepcopy(framework_to_document(fw))


def _problems(doc: object) -> list[str]:
    with pytest.raises(tfw.InvalidFrameworkError) as exc:
        framework_from_document(doc, "test.json")
    assert isinstance(exc.value, ValueError)
    return [str(p) for p in exc.value.problems]


class TestValidation:
    """Every problem in a framework file is reported at once, with its path."""

    def test_duplicate_ids(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["descriptors"][1]["id"] = doc["descriptors"][0]["id"]
        problems = _problems(doc)
        assert (
            "$.descriptors[1].id: duplicate id 'individuals.teacher-to-trainer.1' "
            "(first used at $.descriptors[0].id)"
        ) in problems

    def test_unknown_stage_category_component(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["descriptors"][0]["stage"] = "expert"
        doc["descriptors"][1]["category"] = "nope"
        doc["descriptors"][40]["component"] = "development.nope"
        problems = _problems(doc)
        assert (
            "$.descriptors[0].stage: unknown stage 'expert' (known: teacher-to-trainer, autonomous, lead)"
            in problems
        )
        assert any(p.startswith("$.descriptors[1].category: unknown category 'nope'") for p in problems)
        assert any(
            p.startswith("$.descriptors[40].component: unknown component 'development.nope'")
            for p in problems
        )

    def test_component_of_other_category(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["descriptors"][0]["component"] = "development.professional-values"
        assert (
            "$.descriptors[0].component: component 'development.professional-values' belongs to "
            "category 'development', not 'individuals'"
        ) in _problems(doc)

    def test_empty_text_and_wrong_types(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["descriptors"][2]["text"] = "   "
        doc["stages"][0]["name"] = 3
        doc["categories"][0]["component_detail"] = "no"
        doc["schema_version"] = True
        problems = _problems(doc)
        assert "$.descriptors[2].text: must not be empty" in problems
        assert "$.stages[0].name: expected a string, found an integer" in problems
        assert "$.categories[0].component_detail: expected true or false, found a string" in problems
        assert "$.schema_version: expected an integer, found true" in problems

    def test_unknown_and_missing_keys(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["descriptors"][3]["colour"] = "red"
        del doc["descriptors"][4]["text"]
        doc["extra"] = 1
        problems = _problems(doc)
        assert any(
            p.startswith("$.descriptors[3]: unknown key 'colour' (allowed: id, category") for p in problems
        )
        assert "$.descriptors[4].text: required key is missing" in problems
        assert any(
            p.startswith("$: unknown key 'extra' (allowed: schema_version, framework") for p in problems
        )

    def test_strand_skipping_a_stage(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["descriptors"] = [d for d in doc["descriptors"] if d["id"] != "observation.autonomous.1"]
        problems = _problems(doc)
        assert any(
            "strand 'observation.1' skips a stage: it goes from 'teacher-to-trainer' to 'lead'" in p
            for p in problems
        )

    def test_strand_across_scopes_and_twice_per_stage(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["descriptors"][2]["strand"] = "knowledge.1"
        doc["descriptors"][1]["strand"] = "individuals.1"
        problems = _problems(doc)
        assert any("strand 'knowledge.1' mixes descriptors of individuals, knowledge" in p for p in problems)
        assert any(
            "strand 'individuals.1' already has a 'teacher-to-trainer' descriptor" in p for p in problems
        )

    def test_component_detail_must_match(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["categories"][0]["component_detail"] = True
        doc["categories"][4]["component_detail"] = False
        problems = _problems(doc)
        assert "$.categories[0].component_detail: is true but the category lists no components" in problems
        assert "$.categories[4].component_detail: is false but the category lists components" in problems

    def test_many_problems_in_one_error(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["schema_version"] = 99
        doc["stages"][1]["id"] = "bad id"
        doc["examples"][0]["stage"] = "nope"
        problems = _problems(doc)
        assert len(problems) >= 3
        assert "$.schema_version: unsupported schema version 99 (this release reads 1)" in problems
        assert any(p.startswith("$.stages[1].id: invalid id 'bad id'") for p in problems)

    @pytest.mark.parametrize("bad", ["s\n", "lead\n", " lead", "-lead", "le ad"])
    def test_ids_match_whole(self, fw: tfw.Framework, bad: str) -> None:
        doc = _doc(fw)
        doc["stages"][1]["id"] = bad
        assert any(p.startswith(f"$.stages[1].id: invalid id {bad!r}") for p in _problems(doc))

    def test_not_a_table(self) -> None:
        assert _problems([1, 2]) == ["$: expected a table at the top level, found a list"]
        assert "$.stages: required key is missing" in _problems({"schema_version": 1})

    def test_error_message_names_the_file(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["stages"] = []
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            framework_from_document(doc, "mine.json")
        assert str(exc.value).startswith("invalid framework file 'mine.json':")
        assert exc.value.source == "mine.json"

    @given(framework_documents())
    def test_valid_documents_round_trip(self, doc: dict[str, Any]) -> None:
        fw = framework_from_document(doc)
        canonical = framework_to_document(fw)
        assert framework_from_document(canonical) == fw
        assert framework_to_document(framework_from_document(canonical)) == canonical
        assert sorted(canonical["descriptors"], key=lambda d: d["id"]) == sorted(
            doc["descriptors"], key=lambda d: d["id"]
        )


def _places(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every place inside a parsed document, as a key path."""
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _places(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += _places(item, (*path, i))
    return out


class TestOneValidationPath:
    """Framework files are structured by the strict cattrs converter; the bundled file agrees."""

    def test_bundled_file_reads_the_same_strictly_and_trusted(self, fw: tfw.Framework) -> None:
        raw = json.loads(DATA.read_text(encoding="utf-8"))
        strict, problems = structure(raw, FrameworkDoc)
        assert problems == []
        assert strict == trusted(raw, FrameworkDoc)
        assert framework_from_document(raw) == fw

    @given(framework_documents(), st.data())
    def test_any_one_corruption_is_a_located_problem(self, doc: dict[str, Any], data: st.DataObject) -> None:
        """Replace any one value (or delete any key) of a valid document: the result is a
        Framework or one InvalidFrameworkError whose problems all have a path."""
        place = data.draw(st.sampled_from(_places(doc)[1:]))
        *parents, last = place
        target: Any = doc
        for key in parents:
            target = target[key]
        if isinstance(target, dict) and data.draw(st.booleans()):
            del target[last]
        else:
            target[last] = data.draw(json_values)
        problems = problems_of(lambda: framework_from_document(doc), tfw.Framework, tfw.InvalidFrameworkError)
        assert all(p.path.startswith("$") and p.message for p in problems)

    def test_types_are_never_coerced(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["framework"] = ["x"]
        doc["stages"][0]["description"] = None
        doc["descriptors"][0]["component"] = 7
        doc["categories"][1]["components"] = {"id": "x"}
        doc["provenance"]["sources"][0]["location"] = 1.5
        assert _problems(doc) == [
            "$.framework: expected a table, found a list",
            "$.provenance.sources[0].location: expected a string, found a number",
            "$.stages[0].description: expected a string, found null",
            "$.categories[1].components: expected a list, found a table",
            "$.descriptors[0].component: expected a string, found an integer",
        ]

    def test_several_unknown_keys_in_one_problem(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["stages"][2]["colour"] = "red"
        doc["stages"][2]["size"] = 3
        assert _problems(doc) == [
            "$.stages[2]: unknown keys 'colour', 'size' (allowed: id, name, description)"
        ]

    def test_framework_without_provenance_round_trips(self) -> None:
        doc = {
            "schema_version": 1,
            "framework": {"id": "mini", "name": "Mini"},
            "stages": [{"id": "one", "name": "One"}],
            "categories": [{"id": "cat", "name": "Cat"}],
            "descriptors": [{"id": "d", "category": "cat", "stage": "one", "text": "Does a thing."}],
        }
        mini = framework_from_document(doc)
        assert mini.provenance.title == ""
        assert framework_from_document(framework_to_document(mini)) == mini
        assert tfw.loads(tfw.dumps(mini), tfw.Framework) == mini


class TestLoadFile:
    """load_framework(path) reads JSON and TOML files and reports bad files clearly."""

    def test_json_file(self, tmp_path: Path, fw: tfw.Framework) -> None:
        path = tmp_path / "fw.json"
        path.write_text(json.dumps(framework_to_document(fw)), encoding="utf-8")
        assert tfw.load_framework(path) == fw
        assert tfw.load_framework(str(path)) == fw

    def test_toml_file(self, tmp_path: Path) -> None:
        path = tmp_path / "fw.toml"
        path.write_text(
            """
schema_version = 1
[framework]
id = "mini"
name = "Mini framework"
[[stages]]
id = "one"
name = "One"
[[stages]]
id = "two"
name = "Two"
[[categories]]
id = "cat"
name = "A category"
[[descriptors]]
id = "cat.one.1"
category = "cat"
stage = "one"
strand = "cat.1"
text = "Does a thing."
[[descriptors]]
id = "cat.two.1"
category = "cat"
stage = "two"
strand = "cat.1"
text = "Does a thing well."
""",
            encoding="utf-8",
        )
        mini = tfw.load_framework(path)
        assert [s.id for s in mini.stages] == ["one", "two"]
        assert mini.next_steps("cat.one.1") == (mini.descriptor("cat.two.1"),)

    def test_bad_json_names_line(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.json"
        path.write_text('{\n  "schema_version": 1,\n  oops\n}', encoding="utf-8")
        with pytest.raises(
            tfw.InvalidFrameworkError, match=r"bad\.json.*\n  line 3, column 3: not valid JSON"
        ):
            tfw.load_framework(path)

    def test_bad_toml(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.toml"
        path.write_text("schema_version = = 1", encoding="utf-8")
        with pytest.raises(tfw.InvalidFrameworkError, match="not valid TOML"):
            tfw.load_framework(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(
            tfw.InputFileError, match=r"cannot read framework file '.*nope\.json': No such file"
        ):
            tfw.load_framework(tmp_path / "nope.json")

    def test_not_utf8(self, tmp_path: Path) -> None:
        path = tmp_path / "latin.json"
        path.write_bytes(b'{"a": "\xe9"}')
        with pytest.raises(tfw.InputFileError, match="not UTF-8"):
            tfw.load_framework(path)


class TestNoCascade:
    """One flaw is reported once, not again at every reference to it."""

    def test_flawed_stage_is_still_known(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["stages"][0]["name"] = ""
        assert _problems(doc) == ["$.stages[0].name: must not be empty"]

    def test_bad_descriptor_does_not_break_its_strand(self, fw: tfw.Framework) -> None:
        doc = _doc(fw)
        doc["descriptors"][2]["stage"] = "y"
        assert _problems(doc) == [
            "$.descriptors[2].stage: unknown stage 'y' (known: teacher-to-trainer, autonomous, lead)"
        ]


class TestRegeneration:
    """tools/build_data.py rebuilds the bundled file from the seeds, byte for byte."""

    def test_script_reproduces_bundled_data(self, seeds: Path, tmp_path: Path) -> None:
        from tools import build_data

        out = tmp_path / "trainer-framework.json"
        assert build_data.main([str(seeds), "--out", str(out)]) == 0
        assert out.read_text(encoding="utf-8") == DATA.read_text(encoding="utf-8")
