"""read_evidence() on arbitrary files: evidence, or one error that names the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given

import trainerframework as tfw
from trainerframework._interchange._inputs import evidence_from_csv

from .readers import check_reader
from .strategies import csv_texts, json_values


class TestAnyFile:
    @given(json_values)
    def test_json(self, data: object) -> None:
        check_reader(tfw.read_evidence, "evidence.json", json.dumps(data), tfw.Evidence)

    @given(csv_texts)
    def test_csv(self, text: str) -> None:
        check_reader(tfw.read_evidence, "evidence.csv", text, tfw.Evidence)


def _problems(path: Path, text: str) -> list[str]:
    path.write_text(text, encoding="utf-8")
    with pytest.raises(tfw.InvalidInputError) as exc:
        tfw.read_evidence(path)
    return [str(p) for p in exc.value.problems]


D = "observation.lead.1"


class TestJsonItems:
    """Judgement objects are structured strictly: every problem names the item and the key."""

    def test_each_problem_has_its_path(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        items = [
            {"descriptor_id": D, "judgement": "met", "colour": "red"},
            {"descriptor_id": D, "judgement": "met", "confidence": "0.5"},
            {"descriptor_id": D, "judgement": "met", "confidence": 1.5},
            {"descriptor_id": D, "judgement": "met", "date": "yesterday"},
            {"descriptor_id": D, "descriptor": "observation.lead.2", "judgement": "met"},
            {"descriptor_id": D, "judgement": 1},
            {"judgement": "met"},
            {"descriptor": D},
            "met",
        ]
        assert _problems(path, json.dumps(items)) == [
            (
                f"{path}:$[0]: unknown key 'colour' (allowed: descriptor_id, descriptor, judgement, "
                "source, date, note, confidence)"
            ),
            f"{path}:$[1].confidence: expected a number, found a string",
            f"{path}:$[2].confidence: expected a number from 0 to 1, found 1.5",
            (
                f"{path}:$[3]: invalid date 'yesterday' for this judgement: expected a date or an ISO "
                "date string (YYYY-MM-DD)"
            ),
            f"{path}:$[4]: descriptor 'observation.lead.2' and descriptor_id '{D}' differ: give one",
            f"{path}:$[5].judgement: expected a string, found an integer",
            f"{path}:$[6]: missing descriptor",
            f"{path}:$[7]: missing judgement for descriptor '{D}'",
            f"{path}:$[8]: expected an object with descriptor_id and judgement",
        ]

    def test_items_document_and_nulls(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        doc = {"items": [{"descriptor": D, "judgement": "partly", "note": None, "source": ""}]}
        path.write_text(json.dumps(doc), encoding="utf-8")
        (item,) = tfw.read_evidence(path)
        assert (item.descriptor_id, item.judgement, item.source, item.note) == (
            D,
            tfw.Judgement.PARTLY,
            "self",
            "",
        )
        doc["items"][0]["judgement"] = ["met"]
        assert _problems(path, json.dumps(doc)) == [
            f"{path}:$.items[0].judgement: expected a string, found a list"
        ]


class TestCsvRows:
    def test_header_names_only_known_columns_once(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.csv"
        assert _problems(path, "descriptor,judgement,colour,note,Note\n") == [
            (
                f"{path}:1: unknown column 'colour' (allowed: descriptor_id, descriptor, judgement, source, "
                "date, note, confidence, category, component, stage, text)"
            ),
            f"{path}:1: column 'note' appears 2 times",
        ]

    def test_cells_are_checked(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.csv"
        text = f"descriptor,judgement,confidence\n{D},met,high\n{D},met,1.5\n{D},met,0.5\n"
        assert _problems(path, text) == [
            f"{path}:2: invalid confidence 'high': expected a number from 0 to 1",
            f"{path}:3: confidence: expected a number from 0 to 1, found 1.5",
        ]


class TestUnknownIdsWithTheRest:
    """Issue 13: unknown descriptor ids are reported at once with every other problem, each with its place."""

    def test_csv(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.csv"
        path.write_text(f"descriptor,judgement\n{D},yes\nobservation.lead.9,met\nobservation.lead.2,\n")
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.read_evidence(path, fw=tfw.load_framework())
        problems = [str(p) for p in exc.value.problems]
        assert [p.split(": ", 1)[0] for p in problems] == [f"{path}:2", f"{path}:3", f"{path}:4"]
        assert problems[1].startswith(f"{path}:3: unknown descriptor id 'observation.lead.9'; did you mean")

    def test_json_forms(self, tmp_path: Path) -> None:
        fw = tfw.load_framework()
        path = tmp_path / "ev.json"
        path.write_text(json.dumps({"observation.lead.9": "met", D: "met"}), encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.read_evidence(path, fw=fw)
        assert str(exc.value.problems[0]).startswith(
            f"{path}:$['observation.lead.9']: unknown descriptor id 'observation.lead.9'"
        )
        path.write_text(json.dumps([{"descriptor": "nope", "judgement": "met"}]), encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError, match=r":\$\[0\]: unknown descriptor id 'nope'"):
            tfw.read_evidence(path, fw=fw)
        assert len(tfw.read_evidence(path)) == 1  # without a framework, ids are not checked


def test_invisible_characters_are_shown_escaped(tmp_path: Path) -> None:
    path = tmp_path / "ev.csv"
    path.write_text("\u200bdescriptor,judgement\n", encoding="utf-8")
    with pytest.raises(tfw.InvalidInputError) as exc:
        tfw.read_evidence(path)
    (problem,) = exc.value.problems
    assert "found: \\u200bdescriptor, judgement" in problem.message
    assert "\u200b" not in problem.message


class TestLimits:
    """A huge header or a flood of unknown ids: refused in linear time, 20 problems of a kind and a count."""

    N = 1_000_000

    def test_million_unknown_columns(self) -> None:
        header = "descriptor,judgement," + ",".join(f"c{i}" for i in range(self.N)) + "\n"
        with pytest.raises(tfw.InvalidInputError) as info:
            evidence_from_csv(header, "big.csv")
        problems = [str(p) for p in info.value.problems]
        assert len(problems) == 21
        assert problems[0].startswith("big.csv:1: unknown column 'c0' (allowed: descriptor_id, descriptor,")
        assert problems[-1] == "big.csv:1: and 999,980 more unknown columns"

    def test_million_columns_without_a_judgement(self) -> None:
        header = ",".join(f"c{i}" for i in range(self.N)) + "\n"
        with pytest.raises(tfw.InvalidInputError) as info:
            evidence_from_csv(header, "big.csv")
        (problem,) = info.value.problems
        assert str(problem) == (
            "big.csv:1: header must name the columns descriptor, judgement (found: "
            + ", ".join(f"c{i}" for i in range(20))
            + ", ... (1,000,000 columns))"
        )

    def test_columns_named_twice(self) -> None:
        header = "descriptor,judgement," + ",".join(["note"] * 3 + [f"note{i}" for i in range(30)] * 2)
        with pytest.raises(tfw.InvalidInputError) as info:
            evidence_from_csv(header + "\n", "big.csv")
        problems = [str(p) for p in info.value.problems]
        assert "big.csv:1: column 'note' appears 3 times" in problems
        assert problems[-2:] == [
            "big.csv:1: and 10 more unknown columns",
            "big.csv:1: and 11 more columns named more than once",
        ]

    def test_unknown_ids_json(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        path.write_text(json.dumps({f"x.{i}": "met" for i in range(1000)}))
        with pytest.raises(tfw.InvalidInputError) as info:
            tfw.read_evidence(path, fw=tfw.load_framework())
        problems = [str(p) for p in info.value.problems]
        assert len(problems) == 21
        assert problems[0].startswith(f"{path}:$['x.0']: unknown descriptor id 'x.0'")
        assert problems[-1] == f"{path}:$: and 980 more unknown descriptor ids"

    def test_unknown_ids_csv(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.csv"
        path.write_text("descriptor,judgement\n" + "".join(f"x.{i},met\n" for i in range(1000)))
        with pytest.raises(tfw.InvalidInputError) as info:
            tfw.read_evidence(path, fw=tfw.load_framework())
        problems = [str(p) for p in info.value.problems]
        assert len(problems) == 21
        assert problems[0].startswith(f"{path}:2: unknown descriptor id 'x.0'")
        assert problems[-1] == f"{path}: and 980 more of the same kind (unknown descriptor id ...)"

    def test_unknown_ids_cohort(self) -> None:
        text = "trainer,descriptor,judgement\n" + "".join(f"t,x.{i},met\n" for i in range(1000))
        with pytest.raises(tfw.InvalidInputError) as info:
            tfw.Cohort.parse_csv(text, name="c.csv")
        problems = [str(p) for p in info.value.problems]
        assert len(problems) == 21
        assert problems[0] == "c.csv:2: unknown descriptor id 'x.0'"
        assert problems[-1] == "c.csv: and 980 more of the same kind (unknown descriptor id ...)"

    def test_review_columns(self, tmp_path: Path) -> None:
        path = tmp_path / "review.csv"
        path.write_text("statement,rating," + ",".join(f"c{i}" for i in range(100)) + "\n")
        with pytest.raises(tfw.InvalidInputError) as info:
            tfw.OrganisationReview.read(path)
        problems = [str(p) for p in info.value.problems]
        assert len(problems) == 21
        assert problems[-1] == f"{path}:1: and 80 more problems like these"
