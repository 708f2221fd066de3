"""Generated JSON Schemas for every file format (issue 14)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import trainerframework as tfw
from trainerframework._present._schema import SCHEMAS

from .strategies import evidence_items, framework_documents, json_values

DATA = Path(tfw.__file__).parent / "data"
FW = tfw.load_framework()


def _valid(name: str, doc: object) -> bool:
    return Draft202012Validator(tfw.json_schema(name)).is_valid(doc)


class TestShipped:
    @pytest.mark.parametrize("name", sorted(SCHEMAS))
    def test_files_are_the_generators_output(self, name: str) -> None:
        shipped = json.loads((DATA / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert shipped == tfw.json_schema(name)
        Draft202012Validator.check_schema(shipped)

    def test_unknown_name(self) -> None:
        with pytest.raises(ValueError, match="no schema named 'nope'"):
            tfw.json_schema("nope")

    def test_one_file_for_each_format(self) -> None:
        shipped = sorted(
            p.name.removesuffix(".schema.json") for p in (DATA / "schemas").glob("*.schema.json")
        )
        assert shipped == sorted(SCHEMAS), "python -m tools.build_schemas NAME writes a new format's schema"

    def test_the_tool_rewrites_every_shipped_schema_and_the_ones_named(self, tmp_path: Path) -> None:
        from tools import build_schemas

        (tmp_path / "rules.schema.json").write_text("{}", encoding="utf-8")
        assert build_schemas.main(["evidence", "rules", "--out", str(tmp_path)]) == 0
        assert sorted(p.name for p in tmp_path.iterdir()) == ["evidence.schema.json", "rules.schema.json"]
        for name in ("evidence", "rules"):
            path = tmp_path / f"{name}.schema.json"
            assert json.loads(path.read_text(encoding="utf-8")) == tfw.json_schema(name)
        with pytest.raises(ValueError, match="no schema named 'nope' \\(known: framework, "):
            build_schemas.main(["nope", "--out", str(tmp_path)])


class TestShippedDataValidates:
    def test_bundled_files(self) -> None:
        assert _valid("framework", json.loads((DATA / "trainer-framework.json").read_text(encoding="utf-8")))
        lexicon = tomllib.loads((DATA / "lexicon.toml").read_text(encoding="utf-8"))
        assert _valid("lexicon", lexicon)
        assert _valid("catalogue", json.loads((DATA / "development.json").read_text(encoding="utf-8")))
        assert _valid("activity-map", json.loads((DATA / "activity-map.json").read_text(encoding="utf-8")))
        assert _valid("calibration", json.loads((DATA / "calibration.json").read_text(encoding="utf-8")))
        assert _valid("scorer-weights", json.loads((DATA / "scorer.json").read_text(encoding="utf-8")))
        assert _valid(
            "scorer-weights", json.loads((DATA / "scorer_lexicon.json").read_text(encoding="utf-8"))
        )
        assert not _valid("calibration", {**tfw.Calibration.bundled().to_document(), "weights": "x"})
        assert _valid("word-model", json.loads((DATA / "word_model.json").read_text(encoding="utf-8")))
        assert _valid("word-model", tfw.WordModel.bundled().to_document())
        assert not _valid("word-model", {**tfw.WordModel.bundled().to_document(), "schema_version": 2})

    def test_library_output(self) -> None:
        p = tfw.profile_text(FW, FW.example("ayesha").text)
        assert _valid("profile", json.loads(tfw.dumps(p)))
        assert _valid("rules", json.loads(tfw.dumps(tfw.Rules(source_weights={"observer": 2.0}))))
        assert _valid("evidence", json.loads(tfw.dumps(p.evidence)))
        assert _valid("evidence", {"observation.lead.1": "met"})
        assert _valid(
            "evidence", [{"descriptor": "observation.lead.1", "judgement": "met", "confidence": 0.5}]
        )
        line = {"trainer": "a", "evidence": {"observation.lead.1": "met"}}
        assert _valid("cohort-line", line)
        assert _valid("review", [{"statement": "3c", "rating": "developing", "note": "termly"}])

    @given(framework_documents())
    def test_generated_framework_documents(self, doc: dict[str, Any]) -> None:
        assert _valid("framework", doc)

    @given(st.lists(evidence_items(FW), max_size=5))
    def test_generated_evidence(self, items: list[tfw.EvidenceItem]) -> None:
        assert _valid("evidence", json.loads(tfw.dumps(tfw.Evidence.of(items))))


def _loads_framework(doc: object) -> bool:
    try:
        tfw.Framework.from_document(doc)  # type: ignore[arg-type]
    except tfw.InvalidFrameworkError:
        return False
    return True


def _reads_evidence(doc: object, tmp: Path) -> bool:
    path = tmp / "ev.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    try:
        tfw.read_evidence(path)
    except tfw.InvalidInputError:
        return False
    return True


class TestTheLoaderIsAtLeastAsStrict:
    """Every document a schema rejects, the loader rejects too (the loader may reject more)."""

    @given(framework_documents(), st.data())
    def test_framework(self, doc: dict[str, Any], data: st.DataObject) -> None:
        places: list[tuple[Any, Any]] = []

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                for key, item in value.items():
                    places.append((value, key))
                    walk(item)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    places.append((value, i))
                    walk(item)

        walk(doc)
        parent, key = data.draw(st.sampled_from(places))
        parent[key] = data.draw(json_values)
        if not _valid("framework", doc):
            assert not _loads_framework(doc)

    @given(json_values)
    def test_evidence(self, doc: object) -> None:
        import tempfile

        if not _valid("evidence", doc):
            with tempfile.TemporaryDirectory() as tmp:
                assert not _reads_evidence(doc, Path(tmp))

    @given(st.data())
    def test_word_model(self, data: st.DataObject) -> None:
        """A word model document the schema rejects, the reader rejects with the place named."""
        from jsonschema.exceptions import best_match

        full = tfw.WordModel.bundled().to_document()
        doc = full | {"words": dict(list(full["words"].items())[:3])}
        places: list[tuple[Any, Any]] = [(doc, key) for key in doc] + [(doc, "new")]
        places += [(doc["words"], stem) for stem in doc["words"]] + [(doc["words"], "new stem")]
        places += [(doc[key], i) for key in ("categories", "stages", "statements") for i in range(2)]
        places += [(row, 0) for row in doc["words"].values()]
        parent, key = data.draw(st.sampled_from(places))
        parent[key] = data.draw(json_values)
        errors = list(Draft202012Validator(tfw.json_schema("word-model")).iter_errors(doc))
        if not errors:
            return
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.WordModel.from_document(doc, "mine.json")
        assert "mine.json" in str(exc.value)
        from trainerframework._base._documents import _SIMPLE_KEY

        # both write $.words.stem for a simple key; jsonschema writes $.words['2'] for a digit
        # and the reader escapes a key's unprintable characters as Python does ('\x1f'), jsonschema not
        schema_places = {
            "".join(c if c.isprintable() else repr(c)[1:-1] for c in _SIMPLE_KEY.sub(r".\1", e.json_path))
            for e in [*errors, best_match(errors)]
        }
        assert any(p.path.startswith(tuple(schema_places)) for p in exc.value.problems), (
            schema_places,
            exc.value.problems,
        )

    @given(json_values, st.sampled_from(["trainer", "evidence", "profile", "other"]))
    def test_cohort_line(self, value: object, key: str) -> None:
        """A cohort line the schema rejects, the cohort reader rejects on that line."""
        line = {"trainer": "a", "evidence": {"observation.lead.1": "met"}} | {key: value}
        if _valid("cohort-line", line):
            return
        with pytest.raises(tfw.InvalidInputError, match="<jsonl>:1: "):
            tfw.Cohort.parse_jsonl(json.dumps(line))
