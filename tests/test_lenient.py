"""A lenient mode for every reader (issue 23): on_error="skip" leaves bad rows out, counted by kind."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._cli import main

FW = tfw.load_framework()
IDS = [d.id for d in FW.descriptors]
JUDGEMENT_KIND = "invalid judgement ... for descriptor ...: expected one of ..., ..., ..."


def _problem(path: str, message: str) -> tfw.Problem:
    return tfw.Problem(path, message)


class TestSkipped:
    """The one summary object: problems counted by kind, most frequent first."""

    def test_summary_by_kind(self) -> None:
        skipped = tfw.Skipped(
            [
                _problem("a:2", "missing trainer id"),
                _problem("a:3", "invalid judgement 'yes' for descriptor 'x.1'"),
                _problem("a:4", "invalid judgement 'no' for descriptor 'y.2'"),
                _problem("a:5", "unknown descriptor id 'z'; did you mean 'x.1'?"),
                _problem("a:6", "invalid judgement 'si' for descriptor 'x.1'"),
            ]
        )
        assert skipped.summary() == [
            ("invalid judgement ... for descriptor ...", 3),
            ("missing trainer id", 1),
            ("unknown descriptor id ...", 1),
        ]
        kinds = skipped.by_kind()
        assert [p.path for p in kinds["invalid judgement ... for descriptor ..."]] == ["a:3", "a:4", "a:6"]
        assert len(skipped) == 5
        assert bool(skipped)
        assert [p.path for p in skipped] == ["a:2", "a:3", "a:4", "a:5", "a:6"]
        assert not tfw.Skipped()
        assert tfw.Skipped().summary() == []

    @given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 99)), max_size=40))
    def test_counts_add_up(self, made: list[tuple[str, int]]) -> None:
        skipped = tfw.Skipped([_problem(f"f:{n}", f"kind {k} with value '{n}'") for k, n in made])
        summary = skipped.summary()
        assert sum(n for _, n in summary) == len(made)
        assert [n for _, n in summary] == sorted((n for _, n in summary), reverse=True)
        assert {kind for kind, _ in summary} == {f"kind {k} with value ..." for k, _ in made}

    def test_every_reader_gives_one(self, tmp_path: Path) -> None:
        pd = pytest.importorskip("pandas")
        csv = tmp_path / "e.csv"
        csv.write_text(f"descriptor,judgement\n{IDS[0]},met\n", encoding="utf-8")
        review = tmp_path / "r.csv"
        review.write_text("statement,rating\n1a,embedded\n", encoding="utf-8")
        frame = pd.DataFrame({"trainer": ["A"], "descriptor": [IDS[0]], "judgement": ["met"]})
        for skipped in (
            tfw.read_evidence(csv, on_error="skip").skipped,
            tfw.OrganisationReview.read(review, on_error="skip").skipped,
            tfw.profile_frame(frame, on_error="skip").attrs["skipped"],
            tfw.Cohort.parse_csv(f"trainer,descriptor,judgement\nA,{IDS[0]},met\n", on_error="skip").skipped,
        ):
            assert skipped == tfw.Skipped()

    @pytest.mark.parametrize("call", ["evidence", "review", "frame", "cohort"])
    def test_on_error_checked(self, tmp_path: Path, call: str) -> None:
        pd = pytest.importorskip("pandas")
        path = tmp_path / "x.csv"
        path.write_text("descriptor,judgement\n", encoding="utf-8")
        calls = {
            "evidence": lambda: tfw.read_evidence(path, on_error="warn"),  # type: ignore[arg-type]
            "review": lambda: tfw.OrganisationReview.read(path, on_error="warn"),  # type: ignore[arg-type]
            "frame": lambda: tfw.profile_frame(pd.DataFrame(), on_error="warn"),  # type: ignore[arg-type]
            "cohort": lambda: tfw.Cohort.read(path, on_error="warn"),  # type: ignore[arg-type]
        }
        with pytest.raises(ValueError, match="on_error must be 'raise' or 'skip', not 'warn'"):
            calls[call]()


def _evidence_csv(rows: list[tuple[str, str]]) -> str:
    return "descriptor,judgement\n" + "".join(f"{d},{j}\n" for d, j in rows)


class TestReadEvidence:
    """read_evidence(on_error="skip"): CSV, TSV, XLSX and JSON alike."""

    def test_csv(self, tmp_path: Path) -> None:
        path = tmp_path / "e.csv"
        bad = [(IDS[k], "yes") for k in range(30)]
        path.write_text(
            _evidence_csv([(IDS[40], "met"), *bad, ("no.such", "met"), (IDS[41], "partly")]), encoding="utf-8"
        )
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.read_evidence(path, fw=FW)
        assert (
            len(exc.value.problems) == 22
        )  # 20 of the systematic kind, the count of the rest, the unknown id
        evidence = tfw.read_evidence(path, on_error="skip", fw=FW)
        assert evidence == tfw.Evidence.from_mapping({IDS[40]: "met", IDS[41]: "partly"})
        assert evidence.skipped.summary() == [(JUDGEMENT_KIND, 30), ("unknown descriptor id ...", 1)]
        assert evidence.skipped.problems[0] == tfw.Problem(
            f"{path}:3",
            f"invalid judgement 'yes' for descriptor {IDS[0]!r}: expected one of 'met', 'partly', 'not_met'",
        )
        assert evidence.skipped.by_kind()["unknown descriptor id ..."][0].path == f"{path}:33"

    @given(st.lists(st.tuples(st.sampled_from(IDS[:8]), st.sampled_from(["met", "partly", "yes", ""]))))
    def test_skipped_are_the_strict_problems(self, rows: list[tuple[str, str]]) -> None:
        text = _evidence_csv(rows)
        lenient = tfw._interchange._inputs.evidence_from_csv(text, "e.csv", on_error="skip")
        good = [(d, j) for d, j in rows if j in {"met", "partly"}]
        assert lenient == tfw._interchange._inputs.evidence_from_csv(_evidence_csv(good), "e.csv")
        try:
            tfw._interchange._inputs.evidence_from_csv(text, "e.csv")
        except tfw.InvalidInputError as exc:
            strict = [p for p in exc.problems if "more of the same kind" not in p.message]
            assert list(lenient.skipped)[: len(strict)] == strict
            assert len(lenient.skipped) == len(rows) - len(good)
        else:
            assert not lenient.skipped
            assert len(good) == len(rows)

    def test_json_mapping_and_list(self, tmp_path: Path) -> None:
        mapping = tmp_path / "m.json"
        mapping.write_text(json.dumps({IDS[0]: "met", IDS[1]: "maybe", "nope": "met"}), encoding="utf-8")
        evidence = tfw.read_evidence(mapping, on_error="skip", fw=FW)
        assert evidence == tfw.Evidence.from_mapping({IDS[0]: "met"})
        assert [p.path for p in evidence.skipped] == [f"{mapping}:$[{IDS[1]!r}]", f"{mapping}:$.nope"]
        listed = tmp_path / "l.json"
        listed.write_text(
            json.dumps([{"descriptor_id": IDS[0], "judgement": "met"}, {"descriptor_id": IDS[1]}, 3]),
            encoding="utf-8",
        )
        evidence = tfw.read_evidence(listed, on_error="skip")
        assert evidence == tfw.Evidence.from_mapping({IDS[0]: "met"})
        assert [str(p) for p in evidence.skipped] == [
            f"{listed}:$[1]: missing judgement for descriptor {IDS[1]!r}",
            f"{listed}:$[2]: expected an object with descriptor_id and judgement",
        ]
        with pytest.raises(tfw.InvalidInputError, match="missing judgement"):
            tfw.read_evidence(listed)

    def test_whole_file_problems_refused_either_way(self, tmp_path: Path) -> None:
        header = tmp_path / "h.csv"
        header.write_text("descriptor,verdict\nx,met\n", encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError, match="header must name the columns"):
            tfw.read_evidence(header, on_error="skip")
        scalar = tmp_path / "s.json"
        scalar.write_text("3", encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError, match="expected a mapping"):
            tfw.read_evidence(scalar, on_error="skip")
        document = tmp_path / "d.json"
        good = json.loads(tfw.dumps(tfw.Evidence.from_mapping({IDS[0]: "met"})))
        good["data"]["items"][0]["judgement"] = "maybe"
        document.write_text(json.dumps(good), encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError):
            tfw.read_evidence(document, on_error="skip")

    def test_xlsx(self, tmp_path: Path) -> None:
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["descriptor", "judgement", "note"])
        sheet.append([IDS[0], "met", None])
        sheet.append([IDS[1], "sometimes", None])
        sheet.append([IDS[2], None, None])
        path = tmp_path / "e.xlsx"
        book.save(path)
        evidence = tfw.read_evidence(path, on_error="skip")
        assert evidence == tfw.Evidence.from_mapping({IDS[0]: "met"})
        assert [p.path for p in evidence.skipped] == [f"{path}:Sheet!3", f"{path}:Sheet!4"]

    def test_not_part_of_the_value(self, tmp_path: Path) -> None:
        path = tmp_path / "e.csv"
        path.write_text(_evidence_csv([(IDS[0], "met"), (IDS[1], "yes")]), encoding="utf-8")
        evidence = tfw.read_evidence(path, on_error="skip")
        plain = tfw.Evidence.from_mapping({IDS[0]: "met"})
        assert evidence == plain
        assert hash(evidence) == hash(plain)
        assert tfw.loads(tfw.dumps(evidence), tfw.Evidence).skipped == tfw.Skipped()
        assert (evidence | plain).skipped == tfw.Skipped()

    def test_cli(self, tmp_path: Path) -> None:
        path = tmp_path / "e.csv"
        path.write_text(_evidence_csv([(IDS[0], "met"), (IDS[1], "yes"), (IDS[2], "no")]), encoding="utf-8")
        err = io.StringIO()
        assert main(["profile", str(path)], out=io.StringIO(), err=err) == 1
        for command in ("profile", "plan"):
            out, err = io.StringIO(), io.StringIO()
            assert main([command, str(path), "--skip-bad-rows"], out=out, err=err) == 0
            assert err.getvalue().splitlines() == [
                "trainerframework: warning: left out 2 rows with problems (2 problems), by kind:",
                f"trainerframework: warning:        2  {JUDGEMENT_KIND} (first: {path}:3)",
            ]


class TestReview:
    """OrganisationReview.read(on_error="skip") and review --skip-bad-rows."""

    TEXT = "statement,rating\n1a,embedded\n9z,embedded\n2b,great\n1a,developing\n3c,not_yet\n"

    def test_skip(self, tmp_path: Path) -> None:
        path = tmp_path / "r.csv"
        path.write_text(self.TEXT, encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.OrganisationReview.read(path)
        review = tfw.OrganisationReview.read(path, on_error="skip")
        assert review == tfw.OrganisationReview.from_mapping({"1a": "embedded", "3c": "not_yet"})
        assert list(review.skipped) == list(exc.value.problems)
        summary = review.skipped.summary()
        assert summary[:2] == [
            ("unknown statement ... (known: ... ... ...)", 1),
            ("invalid rating ...: expected one of ..., ..., ...", 1),
        ]
        assert summary[2][0].startswith("statement ... is rated twice (first at ")
        assert summary[2][1] == 1

    def test_json(self, tmp_path: Path) -> None:
        path = tmp_path / "r.json"
        path.write_text(
            json.dumps([{"statement": "1a", "rating": "embedded"}, {"statement": "1b", "rating": 3}]),
            encoding="utf-8",
        )
        review = tfw.OrganisationReview.read(path, on_error="skip")
        assert review == tfw.OrganisationReview.from_mapping({"1a": "embedded"})
        assert [p.path for p in review.skipped] == [f"{path}:$[1].rating"]

    def test_unknown_column_refused_either_way(self, tmp_path: Path) -> None:
        path = tmp_path / "r.csv"
        path.write_text("statement,rating,score\n1a,embedded,3\n", encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError, match="unknown column 'score'"):
            tfw.OrganisationReview.read(path, on_error="skip")

    def test_cli(self, tmp_path: Path) -> None:
        path = tmp_path / "r.csv"
        path.write_text(self.TEXT, encoding="utf-8")
        assert main(["review", str(path)], out=io.StringIO(), err=io.StringIO()) == 1
        out, err = io.StringIO(), io.StringIO()
        assert main(["review", str(path), "--skip-bad-rows", "--json"], out=out, err=err) == 0
        assert [r["statement_id"] for r in json.loads(out.getvalue())["review"]["ratings"]] == ["1a", "3c"]
        assert err.getvalue().splitlines()[0] == (
            "trainerframework: warning: left out 3 rows with problems (3 problems), by kind:"
        )


class TestProfileFrame:
    """profile_frame(on_error="skip"): bad rows left out, the Skipped in the result's attrs."""

    def test_skip(self) -> None:
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame(
            {
                "trainer_id": ["A", "A", None, "B", "B", "C"],
                "descriptor_id": [IDS[0], IDS[1], IDS[2], "no.such", IDS[3], IDS[4]],
                "judgement": ["met", "yes", "met", "met", "partly", "met"],
            },
            index=["r1", "r2", "r3", "r4", "r5", "r6"],
        )
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.profile_frame(frame)
        assert [str(p) for p in exc.value.problems] == [
            (
                f"row 'r2': invalid judgement 'yes' for descriptor {IDS[1]!r}: "
                "expected one of 'met', 'partly', 'not_met'"
            ),
            "row 'r3': missing trainer id",
        ]
        records = tfw.profile_frame(frame, on_error="skip")
        good = pd.DataFrame(
            {
                "trainer_id": ["A", "B", "C"],
                "descriptor_id": [IDS[0], IDS[3], IDS[4]],
                "judgement": ["met"] * 3,
            }
        )
        good.loc[1, "judgement"] = "partly"
        assert records.equals(tfw.profile_frame(good))
        assert records.attrs["skipped"].summary() == [
            (JUDGEMENT_KIND, 1),
            ("missing trainer id", 1),
            ("unknown descriptor id ...", 1),
        ]
        assert records.attrs["skipped"].by_kind()["unknown descriptor id ..."][0].path == "row 'r4'"
        with pytest.raises(tfw.UnknownIdError):
            tfw.profile_frame(frame.drop(index=["r2", "r3"]))
