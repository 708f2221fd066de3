"""One file, several rounds (issue 23): Cohort.read_rounds and progress FILE --by COLUMN."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._cli import main

FW = tfw.load_framework()
IDS = [d.id for d in FW.descriptors]


def _write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text(header + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


ROUNDS = {
    "1": {"A": {IDS[0]: "partly", IDS[1]: "met"}, "B": {IDS[0]: "met"}},
    "2": {"A": {IDS[0]: "met", IDS[1]: "met"}, "C": {IDS[2]: "met"}},
}


def _rows(rounds: dict[str, dict[str, dict[str, str]]]) -> list[str]:
    return [
        f"{trainer},{value},{did},{judgement}"
        for value, trainers in rounds.items()
        for trainer, judgements in trainers.items()
        for did, judgement in judgements.items()
    ]


class TestReadRounds:
    """read_rounds splits a table of judgements into one Cohort per round, in round order."""

    def test_split_and_progress(self, tmp_path: Path) -> None:
        path = _write(tmp_path / "rounds.csv", "trainer,round,descriptor,judgement", _rows(ROUNDS)[::-1])
        rounds = tfw.Cohort.read_rounds(path, by="round", at_least=2)
        assert list(rounds) == ["1", "2"]
        for value, trainers in ROUNDS.items():  # trainers in the order the (reversed) file names them
            assert dict(rounds[value].profiles()) == dict(tfw.Cohort.from_evidence(trainers, FW).profiles())
            assert not rounds[value].skipped
        progress = rounds["1"].progress(rounds["2"])
        assert (progress.trainers, progress.left, progress.joined) == (1, ("B",), ("C",))

    @pytest.mark.parametrize(
        ("values", "order"),
        [
            (["10", "2", "1"], ["1", "2", "10"]),
            (["2024-09-30", "2024-03-01"], ["2024-03-01", "2024-09-30"]),
            (["spring", "autumn", "2"], ["spring", "autumn", "2"]),
        ],
    )
    def test_order(self, tmp_path: Path, values: list[str], order: list[str]) -> None:
        rows = [f"T{k},{v},{IDS[0]},met" for k, v in enumerate(values)]
        path = _write(tmp_path / "r.csv", "trainer,wave,descriptor,judgement", rows)
        assert list(tfw.Cohort.read_rounds(path, by="Wave")) == order

    def test_by_date_keeps_the_date(self, tmp_path: Path) -> None:
        rows = [f"A,{IDS[0]},met,2024-09-30", f"A,{IDS[0]},partly,2024-03-01"]
        path = _write(tmp_path / "r.csv", "trainer,descriptor,judgement,date", rows)
        rounds = tfw.Cohort.read_rounds(path, by="date")
        assert list(rounds) == ["2024-03-01", "2024-09-30"]
        (item,) = rounds["2024-03-01"]["A"].evidence.items
        assert str(item.date) == "2024-03-01"

    def test_xlsx(self, tmp_path: Path) -> None:
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["trainer_id", "descriptor_id", "judgement", "round"])
        for line in _rows(ROUNDS):
            trainer, value, did, judgement = line.split(",")
            sheet.append([trainer, did, judgement, int(value)])
        path = tmp_path / "rounds.xlsx"
        book.save(path)
        rounds = tfw.Cohort.read_rounds(path)
        assert {k: v.ids for k, v in rounds.items()} == {"1": ("A", "B"), "2": ("A", "C")}

    @settings(max_examples=25)
    @given(
        st.dictionaries(
            st.sampled_from(["1", "2", "3", "4"]),
            st.dictionaries(
                st.sampled_from(["A", "B", "C"]),
                st.dictionaries(
                    st.sampled_from(IDS[:6]), st.sampled_from(["met", "partly", "not_met"]), min_size=1
                ),
                min_size=1,
            ),
            min_size=1,
        )
    )
    def test_split_gives_back_each_round(self, rounds: dict[str, dict[str, dict[str, str]]]) -> None:
        text = "trainer,round,descriptor,judgement\n" + "".join(r + "\n" for r in _rows(rounds))
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "r.csv"
            path.write_text(text, encoding="utf-8")
            read = tfw.Cohort.read_rounds(path)
        assert list(read) == sorted(rounds, key=int)
        for value, trainers in rounds.items():
            assert read[value] == tfw.Cohort.from_evidence(trainers, FW)


class TestRoundErrors:
    """Each way of getting rounds wrong is a typed error that says what to do."""

    def test_no_such_column(self, tmp_path: Path) -> None:
        path = _write(tmp_path / "c.csv", "trainer,descriptor,judgement", [f"A,{IDS[0]},met"])
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.Cohort.read_rounds(path)
        assert [str(p) for p in exc.value.problems] == [
            f"{path}: no column 'round' to split the rounds by (columns: trainer, descriptor, judgement)"
        ]

    def test_one_round_where_two_are_needed(self, tmp_path: Path) -> None:
        path = _write(tmp_path / "c.csv", "trainer,round,descriptor,judgement", [f"A,spring,{IDS[0]},met"])
        assert list(tfw.Cohort.read_rounds(path)) == ["spring"]
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.Cohort.read_rounds(path, at_least=2)
        assert str(exc.value.problems[0]) == (
            f"{path}: holds 1 round by column 'round' ('spring'): at least 2 needed"
        )

    def test_row_without_round(self, tmp_path: Path) -> None:
        rows = [f"A,1,{IDS[0]},met", f"B,,{IDS[0]},met", f"A,2,{IDS[0]},yes", f"A,2,{IDS[1]},met"]
        path = _write(tmp_path / "c.csv", "trainer,round,descriptor,judgement", rows)
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.Cohort.read_rounds(path)
        assert [p.path for p in exc.value.problems] == [f"{path}:3", f"{path}:4"]
        assert exc.value.problems[0].message == "missing round"
        rounds = tfw.Cohort.read_rounds(path, on_error="skip")
        assert [p.path for p in rounds["1"].skipped] == [f"{path}:3"]
        assert [p.path for p in rounds["2"].skipped] == [f"{path}:4"]
        assert rounds["2"] == tfw.Cohort.from_evidence({"A": {IDS[1]: "met"}}, FW)

    def test_by_must_be_a_round_column(self, tmp_path: Path) -> None:
        path = _write(tmp_path / "c.csv", "trainer,round,descriptor,judgement", [f"A,1,{IDS[0]},met"])
        for by in ("trainer", "descriptor_id", "judgement", ""):
            with pytest.raises(ValueError, match="by must name the column of the rounds"):
                tfw.Cohort.read_rounds(path, by=by)

    def test_not_a_table(self, tmp_path: Path) -> None:
        jsonl = tmp_path / "c.jsonl"
        jsonl.write_text(json.dumps({"trainer": "A", "evidence": {IDS[0]: "met"}}) + "\n", encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError, match=r"rounds are read from a table .* not JSON Lines"):
            tfw.Cohort.read_rounds(jsonl)
        with pytest.raises(tfw.InvalidInputError, match="not a folder"):
            tfw.Cohort.read_rounds(tmp_path)


class TestProgressCommand:
    """progress FILE --by COLUMN, and progress EARLIER LATER."""

    def test_by_round(self, tmp_path: Path) -> None:
        path = _write(tmp_path / "rounds.csv", "trainer,round,descriptor,judgement", _rows(ROUNDS))
        out, err = io.StringIO(), io.StringIO()
        assert main(["progress", str(path), "--by", "round"], out=out, err=err) == 0
        lines = out.getvalue().splitlines()
        assert lines[:3] == [
            "Progress from 1 to 2: 1 trainer in both rounds",
            "  left (1): B",
            "  joined (1): C",
        ]
        assert any(
            line.startswith("individuals ") and line.split()[1:] == ["0", "0", "1", "0", "0"]
            for line in lines
        )
        out = io.StringIO()
        assert main(["progress", str(path), "--by", "round", "--json"], out=out, err=io.StringIO()) == 0
        (step,) = json.loads(out.getvalue())
        rounds = tfw.Cohort.read_rounds(path)
        assert step["moves"] == rounds["1"].progress(rounds["2"]).to_records()
        assert (step["from"], step["to"], step["left"], step["joined"]) == ("1", "2", ["B"], ["C"])

    def test_two_files(self, tmp_path: Path) -> None:
        first = _write(tmp_path / "a.csv", "trainer,descriptor,judgement", [f"A,{IDS[0]},partly"])
        second = _write(tmp_path / "b.csv", "trainer,descriptor,judgement", [f"A,{IDS[0]},met"])
        out = io.StringIO()
        assert main(["progress", str(first), str(second)], out=out, err=io.StringIO()) == 0
        assert out.getvalue().startswith(f"Progress from {first} to {second}: 1 trainer in both rounds\n")

    def test_errors(self, tmp_path: Path) -> None:
        path = _write(tmp_path / "c.csv", "trainer,round,descriptor,judgement", [f"A,1,{IDS[0]},met"])
        err = io.StringIO()
        assert main(["progress", str(path), "--by", "round"], out=io.StringIO(), err=err) == 1
        assert err.getvalue() == (
            f"trainerframework: error: {path}: holds 1 round by column 'round' ('1'): at least 2 needed\n"
        )
        for argv in (["progress", str(path)], ["progress", str(path), str(path), "--by", "round"]):
            err = io.StringIO()
            assert main(argv, out=io.StringIO(), err=err) == 2
            assert "give two cohort files (EARLIER LATER), or one file and --by COLUMN" in err.getvalue()


class TestCohortCommandByRound:
    """cohort FILE --by COLUMN: a summary per round; and the hint when a round column meets Cohort.read."""

    def test_a_summary_per_round(self, tmp_path: Path) -> None:
        path = _write(tmp_path / "rounds.csv", "trainer,round,descriptor,judgement", _rows(ROUNDS))
        rounds = tfw.Cohort.read_rounds(path)
        out = io.StringIO()
        assert main(["cohort", str(path), "--by", "round"], out=out, err=io.StringIO()) == 0
        text = out.getvalue()
        assert text.index("== round 1\n") < text.index("== round 2\n")
        assert text.count("Cohort: 2 trainers\n") == 2
        out = io.StringIO()
        assert main(["cohort", str(path), "--by", "round", "--json"], out=out, err=io.StringIO()) == 0
        doc = json.loads(out.getvalue())["rounds"]
        assert list(doc) == ["1", "2"]
        assert doc["2"]["categories"] == rounds["2"].stage_distribution("category")

    def test_csv_with_rounds_is_refused(self, tmp_path: Path) -> None:
        path = _write(tmp_path / "rounds.csv", "trainer,round,descriptor,judgement", _rows(ROUNDS))
        err = io.StringIO()
        assert main(["cohort", str(path), "--by", "round", "--csv"], out=io.StringIO(), err=err) == 2
        assert "--csv writes one cohort's records; with --by, read each round apart" in err.getvalue()

    def test_a_round_column_read_as_one_cohort_says_what_to_do(self, tmp_path: Path) -> None:
        path = _write(tmp_path / "rounds.csv", "trainer,round,descriptor,judgement", _rows(ROUNDS))
        with pytest.raises(
            tfw.InvalidInputError,
            match=r"unknown column 'round' .*; a file of several rounds: "
            r"Cohort.read_rounds\(path, by='round'\), or --by round",
        ):
            tfw.Cohort.read(path)
