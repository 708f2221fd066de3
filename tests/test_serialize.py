from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._interchange._serialize import DOCUMENT_VERSION, serializable_names

from .readers import problems_of
from .strategies import FW, framework_values, json_values


class TestRoundTrip:
    """loads(dumps(x), type(x)) == x for every public value type."""

    @given(framework_values())
    def test_round_trip(self, value: object) -> None:
        assert tfw.loads(tfw.dumps(value), type(value)) == value

    def test_bundled_framework(self, fw: tfw.Framework) -> None:
        text = tfw.dumps(fw)
        assert tfw.loads(text, tfw.Framework) == fw
        assert tfw.loads(text.encode(), tfw.Framework) == fw

    def test_envelope(self, fw: tfw.Framework) -> None:
        doc = json.loads(tfw.dumps(fw.stage("lead"), indent=2))
        assert doc == {
            "schema_version": 1,
            "type": "Stage",
            "data": {
                "id": "lead",
                "name": "Lead Trainer",
                "rank": 3,
                "description": fw.stage("lead").description,
            },
        }

    def test_dumped_framework_data_is_a_framework_file(self, fw: tfw.Framework, tmp_path: object) -> None:
        data = json.loads(tfw.dumps(fw))["data"]
        assert data["schema_version"] == tfw.SCHEMA_VERSION
        assert {"stages", "categories", "descriptors"} <= set(data)


class TestErrors:
    """Bad documents raise SerializationError listing each problem with its path."""

    def test_not_json(self) -> None:
        with pytest.raises(tfw.SerializationError, match="line 1, column 2: not valid JSON"):
            tfw.loads("{oops", tfw.Stage)

    def test_wrong_type(self, fw: tfw.Framework) -> None:
        with pytest.raises(
            tfw.SerializationError, match=r"\$\.type: document holds a 'Stage', not a 'Descriptor'"
        ):
            tfw.loads(tfw.dumps(fw.stages[0]), tfw.Descriptor)

    def test_envelope_problems(self) -> None:
        with pytest.raises(tfw.SerializationError) as exc:
            tfw.loads('{"schema_version": 7, "type": "Stage", "extra": 1}', tfw.Stage)
        problems = [str(p) for p in exc.value.problems]
        assert "$.extra: unknown key (allowed: schema_version, type, data)" in problems
        assert "$.data: required key is missing" in problems
        assert "$.schema_version: unsupported schema version 7 (this release reads 1)" in problems
        with pytest.raises(tfw.SerializationError, match="expected a JSON object"):
            tfw.loads("[]", tfw.Stage)

    def test_unknown_keys_and_wrong_types_with_paths(self) -> None:
        text = json.dumps(
            {
                "schema_version": 1,
                "type": "Descriptor",
                "data": {
                    "id": 5,
                    "text": "x",
                    "category_id": "c",
                    "colour": "red",
                    "stage": {"id": "s", "name": "n", "rank": "3"},
                },
            }
        )
        with pytest.raises(tfw.SerializationError) as exc:
            tfw.loads(text, tfw.Descriptor)
        problems = [str(p) for p in exc.value.problems]
        # the same words as the file readers' (one strict converter's rules)
        assert "$.data.id: expected a string, found an integer" in problems
        assert "$.data.stage.rank: expected an integer, found a string" in problems
        assert any(p.startswith("$.data: unknown key 'colour' (allowed: id, ") for p in problems)
        assert isinstance(exc.value, ValueError)

    def test_invalid_framework_inside_document(self, fw: tfw.Framework) -> None:
        doc = json.loads(tfw.dumps(fw))
        doc["data"]["descriptors"][0]["stage"] = "nope"
        with pytest.raises(
            tfw.SerializationError, match=r"\$\.data\.descriptors\[0\]\.stage: unknown stage 'nope'"
        ):
            tfw.loads(json.dumps(doc), tfw.Framework)

    def test_unserializable(self) -> None:
        with pytest.raises(TypeError, match="cannot serialize int"):
            tfw.dumps(3)
        with pytest.raises(TypeError, match="cannot deserialize into dict"):
            tfw.loads("{}", dict)


class TestEveryPublicValueType:
    """Every public record and enum of the package can be dumped and loaded."""

    def test_every_public_class_but_behaviour_and_errors_serializes(self) -> None:
        """The serializable types are derived from the name table: only behaviour and errors are left out."""
        classes = {name for name in tfw.__all__ if isinstance(getattr(tfw, name), type)}
        errors = {name for name in classes if issubclass(getattr(tfw, name), Exception)}
        left_out = classes - set(serializable_names())
        assert left_out - errors == {"Matcher", "LexiconScorer", "Scorer"}  # behaviour, not data
        assert "Problem" in serializable_names()  # an error's record is a value
        assert len(serializable_names()) == len(set(serializable_names()))

    @pytest.mark.parametrize(
        "value",
        [
            tfw.Status.NOT_ATTAINED,
            tfw.Progression.INDEPENDENT,
            tfw.Aggregation.POOLED,
            tfw.Combine.HIGHEST,
            tfw.Judgement.PARTLY,
        ],
    )
    def test_enums(self, value: object) -> None:
        assert tfw.loads(tfw.dumps(value), type(value)) is value


class TestAnyDocument:
    """Whatever JSON arrives, loads() gives the type asked for or one SerializationError."""

    @given(st.sampled_from(sorted(serializable_names())), json_values, st.booleans())
    def test_loads_or_serialization_error(self, name: str, data: object, envelope: bool) -> None:
        cls = getattr(tfw, name)
        doc = {"schema_version": DOCUMENT_VERSION, "type": name, "data": data} if envelope else data
        problems_of(lambda: tfw.loads(json.dumps(doc), cls, fw=FW), cls, tfw.SerializationError)
