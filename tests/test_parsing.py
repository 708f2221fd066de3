"""One JSON and TOML reader for every file: BOM, duplicate keys, lone surrogates, long integers (issue 22)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._base._documents import (
    TOO_DEEP,
    Count,
    Positive,
    Unparsable,
    parse_json,
    parse_toml,
    structure,
)
from trainerframework._present._render import export
from trainerframework.exceptions import Problem

from .strategies import json_values

FW = tfw.load_framework()
BIG = "9" * 5000

Reader = Callable[[Path], object]
READERS: list[tuple[str, Reader, type[tfw.TrainerFrameworkError]]] = [
    ("framework.json", tfw.load_framework, tfw.InvalidFrameworkError),
    ("evidence.json", tfw.read_evidence, tfw.InvalidInputError),
    ("cohort.jsonl", tfw.Cohort.read, tfw.InvalidInputError),
    ("catalogue.json", tfw.load_catalogue, tfw.InvalidInputError),
    ("map.json", tfw.ActivityMap.load, tfw.InvalidInputError),
    ("review.json", tfw.OrganisationReview.read, tfw.InvalidInputError),
    (
        "dumps.json",
        lambda path: tfw.loads(path.read_text(encoding="utf-8"), tfw.Evidence),
        tfw.SerializationError,
    ),
]


def _refused(tmp_path: Path, name: str, read: Reader, error: type[Exception], text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(error) as info:
        read(path)
    message = str(info.value)
    if not name.startswith("dumps"):  # loads() reads text, not a file
        assert str(path) in message
    return message


@pytest.mark.parametrize(("name", "read", "error"), READERS, ids=[r[0] for r in READERS])
class TestEveryReader:
    """Every JSON reader refuses the same things with the same words, naming the file and the path."""

    def test_duplicate_key(self, tmp_path: Path, name: str, read: Reader, error: type[Exception]) -> None:
        text = '{"trainer": "t", "trainer": "u", "evidence": {}}\n'
        message = _refused(tmp_path, name, read, error, text)
        assert "$.trainer: key 'trainer' is given 2 times in one table (give it once)" in message

    def test_lone_surrogate(self, tmp_path: Path, name: str, read: Reader, error: type[Exception]) -> None:
        message = _refused(tmp_path, name, read, error, '{"trainer": ["ok", "\\ud800"]}\n')
        assert "$.trainer[1]: a lone surrogate '\\ud800' (half of a UTF-16 pair): not text" in message

    def test_surrogate_pair_is_text(self, name: str, read: Reader, error: type[Exception]) -> None:
        assert parse_json('["\\ud83d\\ude00"]') == ["\U0001f600"]

    def test_long_integer(self, tmp_path: Path, name: str, read: Reader, error: type[Exception]) -> None:
        message = _refused(tmp_path, name, read, error, f'{{"trainer": [1, {BIG}]}}\n')
        assert "$.trainer[1]: an integer of 5,000 digits (at most 4,300 are read)" in message

    def test_too_deep(self, tmp_path: Path, name: str, read: Reader, error: type[Exception]) -> None:
        message = _refused(tmp_path, name, read, error, "[" * 100_000 + "\n")
        assert TOO_DEEP in message

    def test_syntax(self, tmp_path: Path, name: str, read: Reader, error: type[Exception]) -> None:
        message = _refused(tmp_path, name, read, error, '{"a": }\n')
        assert "not valid JSON: Expecting value" in message


class TestByteOrderMark:
    """A byte-order mark (Windows Notepad, Excel) is skipped by every JSON and TOML reader."""

    def test_framework_json(self, tmp_path: Path) -> None:
        path = tmp_path / "fw.json"
        path.write_text("\ufeff" + export(FW, "json"), encoding="utf-8")
        assert tfw.load_framework(path) == FW

    def test_framework_toml(self, tmp_path: Path) -> None:
        path = tmp_path / "fw.toml"
        path.write_text('\ufeffschema_version = 1\n[framework]\nid = "x"\n', encoding="utf-8")
        with pytest.raises(tfw.InvalidFrameworkError) as info:
            tfw.load_framework(path)
        assert "not valid TOML" not in str(info.value)  # read, then checked

    def test_evidence_and_loads(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        path.write_text('\ufeff{"observation.lead.1": "met"}', encoding="utf-8")
        assert tfw.read_evidence(path) == tfw.Evidence.from_mapping({"observation.lead.1": "met"})
        evidence = tfw.Evidence.from_mapping({"observation.lead.1": "met"})
        assert tfw.loads("\ufeff" + tfw.dumps(evidence), tfw.Evidence) == evidence


class TestFrameworkFile:
    """A framework with "descriptors" twice is refused, not read as the last list."""

    def test_descriptors_twice(self, tmp_path: Path) -> None:
        text = export(FW, "json")
        doubled = text.replace('"descriptors":', '"descriptors": [],\n "descriptors":', 1)
        path = tmp_path / "fw.json"
        path.write_text(doubled, encoding="utf-8")
        with pytest.raises(
            tfw.InvalidFrameworkError, match=r"\$\.descriptors: key 'descriptors' is given 2 times"
        ):
            tfw.load_framework(path)

    def test_toml(self, tmp_path: Path) -> None:
        path = tmp_path / "fw.toml"
        for text, message in [
            ("a = 1\na = 2\n", "not valid TOML: Cannot overwrite a value"),
            ('a = "\\ud800"\n', "not valid TOML: Escaped character is not a Unicode scalar value"),
            (f"a = {BIG}\n", "an integer of more than 4,300 digits"),
            ("a = " + "[" * 100_000 + "\n", TOO_DEEP),
        ]:
            path.write_text(text, encoding="utf-8")
            with pytest.raises(tfw.InvalidFrameworkError) as info:
                tfw.load_framework(path)
            assert message in str(info.value)
            assert str(path) in str(info.value)


class TestEvidenceFile:
    """One judgement given twice in a JSON mapping is refused (a CSV keeps both rows)."""

    def test_key_twice(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        path.write_text('{"observation.lead.1": "met", "observation.lead.1": "not_met"}', encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError) as info:
            tfw.read_evidence(path)
        where = f"{path}:$['observation.lead.1']"
        message = "key 'observation.lead.1' is given 2 times in one table (give it once)"
        assert [str(p) for p in info.value.problems] == [f"{where}: {message}"]


class TestCap:
    """Thousands of duplicate keys: the first 20 problems, then a count."""

    def test_cap(self) -> None:
        text = "[" + ",".join('{"a": 1, "a": 2}' for _ in range(1000)) + "]"
        with pytest.raises(Unparsable) as info:
            parse_json(text)
        problems = info.value.problems
        assert len(problems) == 21
        assert problems[0].path == "$[0].a"
        assert problems[-1].message == "and 980 more problems like these"


class TestFuzz:
    """parse_json and parse_toml: a value, or Unparsable; never anything else."""

    @given(st.text(max_size=60) | st.binary(max_size=60).map(lambda b: b.decode("latin-1")))
    def test_any_text(self, text: str) -> None:
        for parse in (parse_json, parse_toml):
            problems: tuple[object, ...] = ("parsed",)
            try:
                parse(text)
            except Unparsable as exc:
                problems = exc.problems
            assert problems

    @given(json_values)
    def test_valid_json(self, value: object) -> None:
        text = json.dumps(value)
        assert parse_json(text) == json.loads(text)
        assert parse_json("\ufeff" + text) == json.loads(text)

    @given(
        json_values,
        st.sampled_from(
            [
                ('"\\ud800"', "lone surrogate"),
                ('"a\\udfffb"', "lone surrogate"),
                (BIG, "digits"),
                ('{"k": 1, "k": 2}', "given 2 times"),
            ]
        ),
    )
    def test_refused_wherever_it_is(self, value: object, leaf: tuple[str, str]) -> None:
        raw, words = leaf
        text = json.dumps({"x": value, "y": [0]}).replace('"y": [0]', f'"y": [{raw}]')
        with pytest.raises(Unparsable) as info:
            parse_json(text)
        assert [p.path for p in info.value.problems] == ["$.y[0].k" if "given" in words else "$.y[0]"]
        assert words in info.value.problems[0].message


class TestStrictScalars:
    """The document reader coerces nothing: a number is a JSON number, a count a whole one."""

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("1.5", "expected a number, found a string"),
            (True, "expected a number, found true"),
            (None, "expected a number, found null"),
            (float("nan"), "expected a finite number, found nan"),
            (float("inf"), "expected a finite number, found inf"),
        ],
    )
    def test_float(self, value: object, message: str) -> None:
        assert structure(value, float) == (None, [Problem("$", message)])

    def test_float_accepts_an_integer(self) -> None:
        assert structure(2, float) == (2.0, [])
        assert type(structure(2, float)[0]) is float

    @pytest.mark.parametrize(
        ("kind", "value", "message"),
        [
            (Count, -1, "expected a count (a whole number, 0 or more), found -1"),
            (Count, 1.0, "expected a count (a whole number, 0 or more), found a number"),
            (Count, False, "expected a count (a whole number, 0 or more), found false"),
            (Positive, 0, "expected a positive number, found 0"),
            (Positive, -0.5, "expected a positive number, found -0.5"),
            (Positive, "1", "expected a number, found a string"),
        ],
    )
    def test_count_and_positive(self, kind: object, value: object, message: str) -> None:
        assert structure(value, kind) == (None, [Problem("$", message)])  # type: ignore[call-overload]
        assert structure(0, Count) == (0, [])
        assert structure(0.25, Positive) == (0.25, [])

    def test_a_dict_type_stays_strict_in_every_record_that_uses_it(self) -> None:
        """Two records with a field of one dict type: the second one still refuses a list."""
        import attrs

        @attrs.frozen
        class First:
            table: dict[str, Count]

        @attrs.frozen
        class Second:
            table: dict[str, Count]

        assert structure({"table": {"a": 1}}, First) == (First({"a": 1}), [])  # type: ignore[arg-type]
        for cls in (First, Second):
            assert structure({"table": [1]}, cls) == (
                None,
                [Problem("$.table", "expected a table, found a list")],
            )
