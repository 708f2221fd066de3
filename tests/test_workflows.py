"""Whole workflows (issue 23): templates out and back in as a cohort, both column spellings, lenient reads."""

from __future__ import annotations

import csv
import datetime
import io
import random
import shutil
from pathlib import Path

import pytest

import trainerframework as tfw
from tools import build_libreoffice_fixture
from trainerframework._cli import main
from trainerframework._interchange._template import HEADER_ROW

FW = tfw.load_framework()
openpyxl = pytest.importorskip("openpyxl")
IDS = [d.id for d in FW.descriptors]


def _filled_csv(path: Path, fill: dict[str, str], trainer: str | None = None) -> None:
    rows = list(csv.reader(io.StringIO(tfw.self_assessment_template(FW, format="csv").decode("utf-8-sig"))))
    header = rows[0] + (["trainer"] if trainer else [])
    out = [header]
    for i, row in enumerate(rows[1:]):
        row[5] = fill.get(row[3], "")
        out.append(row + ([trainer if i == 0 else ""] if trainer else []))
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(out)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")


def _filled_xlsx(path: Path, fill: dict[str, str], trainer: str | None = None) -> None:
    book = openpyxl.load_workbook(io.BytesIO(tfw.self_assessment_template(FW)))
    sheet = book.active
    if trainer:
        sheet["B1"] = trainer  # the form's trainer field
    for r in range(HEADER_ROW + 1, sheet.max_row + 1):
        judgement = fill.get(sheet.cell(row=r, column=4).value)
        if judgement:
            sheet.cell(row=r, column=6, value=judgement)
    book.save(path)


def _thirty(folder: Path) -> dict[str, dict[str, str]]:
    """30 filled templates, CSV and XLSX mixed, some naming their trainer; the judgements by trainer."""
    rng = random.Random(7)  # noqa: S311 - test data
    folder.mkdir()
    (folder / "README.txt").write_text("returned templates, spring round\n", encoding="utf-8")
    expected = {}
    for k in range(30):
        fill = {d: rng.choice(["met", "partly", "not_met"]) for d in rng.sample(IDS, 25)}
        named = f"Trainer {k:02d}" if k % 3 == 0 else None
        file = folder / f"t{k:02d}.{'xlsx' if k % 2 else 'csv'}"
        (_filled_xlsx if k % 2 else _filled_csv)(file, fill, named)
        expected[named or file.stem] = fill
    return expected


class TestTemplatesToCohort:
    """Template -> 30 filled files (CSV and XLSX) in a folder -> cohort -> stage distribution."""

    def test_workflow(self, tmp_path: Path) -> None:
        expected = _thirty(tmp_path / "returned")
        cohort = tfw.Cohort.read(tmp_path / "returned")
        assert sorted(cohort.ids) == sorted(expected)
        assert cohort == tfw.Cohort.from_evidence(expected, FW)
        assert "Trainer 00" in cohort.ids  # named by its trainer column
        assert "t01" in cohort.ids  # named by its file
        dist = cohort.stage_distribution()
        assert all(sum(counts.values()) == 30 for counts in dist.values())
        assert cohort.skipped == tfw.Skipped()
        out, err = io.StringIO(), io.StringIO()
        assert main(["cohort", str(tmp_path / "returned")], out=out, err=err) == 0
        assert out.getvalue().startswith("Cohort: 30 trainers\n")
        assert err.getvalue() == ""

    def test_problems_name_the_file(self, tmp_path: Path) -> None:
        folder = tmp_path / "returned"
        folder.mkdir()
        _filled_csv(folder / "ana.csv", {IDS[0]: "yes"})
        _filled_xlsx(folder / "ben.xlsx", {IDS[0]: "met"}, trainer="Ana")
        _filled_csv(folder / "cy.csv", {IDS[1]: "met"}, trainer="Ana")
        (folder / "dee.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.Cohort.read(folder)
        messages = [str(p) for p in exc.value.problems]
        assert messages[0].startswith(f"{folder / 'ana.csv'}:2: invalid judgement 'yes'")
        assert messages[1] == f"{folder / 'cy.csv'}: trainer 'Ana' is also named by {folder / 'ben.xlsx'}"
        assert messages[2].startswith(f"{folder / 'dee.xls'}: an Excel 97-2003 workbook (.xls) is not read")
        lenient = tfw.Cohort.read(folder, on_error="skip")
        assert lenient.ids == ("ana", "Ana")
        assert len(lenient.skipped) == 3
        err = io.StringIO()
        assert main(["cohort", str(folder)], out=io.StringIO(), err=err) == 1
        assert f"{folder / 'ana.csv'}:2: invalid judgement 'yes'" in err.getvalue()

    def test_one_file_several_trainers(self, tmp_path: Path) -> None:
        folder = tmp_path / "returned"
        folder.mkdir()
        path = folder / "two.csv"
        path.write_text(f"trainer,descriptor,judgement\nA,{IDS[0]},met\nB,{IDS[0]},met\n", encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError, match=r"two\.csv: names 2 trainers \('A', 'B'\)"):
            tfw.Cohort.read(folder)

    def test_empty_folder(self, tmp_path: Path) -> None:
        assert len(tfw.Cohort.read(tmp_path)) == 0
        err = io.StringIO()
        assert main(["cohort", str(tmp_path)], out=io.StringIO(), err=err) == 0
        assert "holds no trainers" in err.getvalue()


class TestWorkbookCohort:
    """cohort and review read .xlsx files, where they used to say "not UTF-8 text"."""

    def test_cohort_xlsx(self, tmp_path: Path) -> None:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["trainer_id", "descriptor_id", "judgement"])
        sheet.append(["A", IDS[0], "met"])
        sheet.append(["B", IDS[1], "partly"])
        path = tmp_path / "cohort.xlsx"
        book.save(path)
        cohort = tfw.Cohort.read(path)
        assert cohort == tfw.Cohort.from_evidence({"A": {IDS[0]: "met"}, "B": {IDS[1]: "partly"}}, FW)
        out = io.StringIO()
        assert main(["cohort", str(path)], out=out, err=io.StringIO()) == 0
        assert out.getvalue().startswith("Cohort: 2 trainers\n")

    def test_review_xlsx(self, tmp_path: Path) -> None:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["statement", "rating", "note"])
        sheet.append(["1a", "embedded", "a note"])
        sheet.append(["2b", "developing", None])
        path = tmp_path / "review.xlsx"
        book.save(path)
        csv_path = tmp_path / "review.csv"
        csv_path.write_text("statement,rating,note\n1a,embedded,a note\n2b,developing,\n", encoding="utf-8")
        assert tfw.OrganisationReview.read(path) == tfw.OrganisationReview.read(csv_path)
        assert main(["review", str(path)], out=io.StringIO(), err=io.StringIO()) == 0


class TestColumnSpellings:
    """trainer/trainer_id and descriptor/descriptor_id are accepted by every reader alike."""

    @pytest.mark.parametrize(
        "header",
        [
            "trainer,descriptor,judgement",
            "trainer_id,descriptor_id,judgement",
            "trainer_id,descriptor,judgement",
        ],
    )
    def test_csv_and_cli(self, tmp_path: Path, header: str) -> None:
        text = f"{header}\nA,{IDS[0]},met\nB,{IDS[1]},partly\n"
        expected = tfw.Cohort.from_evidence({"A": {IDS[0]: "met"}, "B": {IDS[1]: "partly"}}, FW)
        assert tfw.Cohort.parse_csv(text, FW) == expected
        path = tmp_path / "c.csv"
        path.write_text(text, encoding="utf-8")
        assert tfw.Cohort.from_csv(path) == expected
        out = io.StringIO()
        assert main(["cohort", str(path), "--csv"], out=out, err=io.StringIO()) == 0
        assert out.getvalue() == expected.to_csv()

    def test_both_spellings_must_agree(self) -> None:
        text = f"trainer,trainer_id,descriptor,judgement\nA,B,{IDS[0]},met\n"
        with pytest.raises(tfw.InvalidInputError, match="trainer 'A' and trainer_id 'B' differ"):
            tfw.Cohort.parse_csv(text, FW)

    def test_profile_frame(self) -> None:
        pd = pytest.importorskip("pandas")
        rows = {"descriptor": [IDS[0], IDS[1]], "judgement": ["met", "partly"]}
        short = tfw.profile_frame(pd.DataFrame({"trainer": ["A", "B"], **rows}))
        long = tfw.profile_frame(
            pd.DataFrame(
                {
                    "trainer_id": ["A", "B"],
                    "descriptor_id": rows["descriptor"],
                    "judgement": rows["judgement"],
                }
            )
        )
        assert short.equals(long)
        with pytest.raises(tfw.InvalidInputError, match="both trainer_id and trainer are given"):
            tfw.profile_frame(
                pd.DataFrame(
                    {"trainer_id": ["A"], "trainer": ["A"], "descriptor_id": [IDS[0]], "judgement": ["met"]}
                )
            )


def _systematic(n: int = 1001) -> str:
    good = [f"T{k},{IDS[k % len(IDS)]},met" for k in range(10)]
    bad = [f"T{k},{IDS[0]},yes" for k in range(n)]
    return "trainer,descriptor,judgement\n" + "\n".join([*good, *bad, "T1,no.such.id,met", ",x,met"]) + "\n"


class TestLenient:
    """on_error="skip", --skip-bad-rows: bad rows left out, counted by kind; strict reads capped by kind."""

    def test_skip(self) -> None:
        cohort = tfw.Cohort.parse_csv(_systematic(), FW, on_error="skip")
        assert len(cohort) == 10
        assert len(cohort.skipped) == 1003
        assert cohort.skipped_summary() == [
            ("invalid judgement ... for descriptor ...: expected one of ..., ..., ...", 1001),
            ("unknown descriptor id ...", 1),
            ("missing trainer id", 1),
        ]
        strict_good = tfw.Cohort.parse_csv(
            "trainer,descriptor,judgement\n"
            + "\n".join(f"T{k},{IDS[k % len(IDS)]},met" for k in range(10))
            + "\n",
            FW,
        )
        assert cohort == strict_good

    def test_strict_is_capped_by_kind(self) -> None:
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.Cohort.parse_csv(_systematic(), FW, name="c.csv")
        messages = [str(p) for p in exc.value.problems]
        assert len(messages) == 23  # 20 of the systematic kind, the other two, then the count
        assert messages[-1] == (
            "c.csv: and 981 more of the same kind "
            "(invalid judgement ... for descriptor ...: expected one of ..., ..., ...)"
        )
        assert messages[20] == "c.csv:1013: unknown descriptor id 'no.such.id'"

    def test_cli(self, tmp_path: Path) -> None:
        path = tmp_path / "c.csv"
        path.write_text(_systematic(), encoding="utf-8")
        err = io.StringIO()
        assert main(["cohort", str(path)], out=io.StringIO(), err=err) == 1
        assert len(err.getvalue().splitlines()) == 24
        out, err = io.StringIO(), io.StringIO()
        assert main(["cohort", str(path), "--skip-bad-rows"], out=out, err=err) == 0
        assert out.getvalue().startswith("Cohort: 10 trainers\n")
        assert err.getvalue().splitlines() == [
            (
                "trainerframework: warning: left out 1,003 rows or files with problems (1,003 problems), "
                "by kind:"
            ),
            (
                "trainerframework: warning:    1,001  invalid judgement ... for descriptor ...: "
                f"expected one of ..., ..., ... (first: {path}:12)"
            ),
            f"trainerframework: warning:        1  unknown descriptor id ... (first: {path}:1013)",
            f"trainerframework: warning:        1  missing trainer id (first: {path}:1014)",
        ]

    def test_on_error_checked(self) -> None:
        with pytest.raises(ValueError, match="on_error must be 'raise' or 'skip', not 'warn'"):
            tfw.Cohort.parse_csv("trainer,descriptor,judgement\n", FW, on_error="warn")  # type: ignore[arg-type]


LIBREOFFICE = Path(__file__).parent / "fixtures" / "self-assessment-libreoffice.xlsx"


class TestLibreOfficeWorkbook:
    """A template filled in and saved by LibreOffice Calc (tests/fixtures/README.md) reads back exactly."""

    def _expected(self) -> tfw.Evidence:
        filled = build_libreoffice_fixture.FILLED
        return tfw.Evidence.of(
            tfw.EvidenceItem(descriptor_id=d, judgement=j, source=s or "self", date=date, note=note)
            for d, (j, note, s, date) in filled.items()
        )

    def test_saved_by_libreoffice(self) -> None:
        import zipfile

        with zipfile.ZipFile(LIBREOFFICE) as archive:
            assert b"<Application>LibreOffice/" in archive.read("docProps/app.xml")

    def test_reads_exactly_the_judgements_filled_in(self) -> None:
        evidence = tfw.read_evidence(LIBREOFFICE)
        assert evidence == self._expected()
        assert len(evidence) == 10
        item = next(i for i in evidence if i.descriptor_id == "knowledge.teacher-to-trainer.2")
        assert item.date == datetime.date(2026, 3, 2)  # a date cell, read as the date shown

    def test_read_as_part_of_a_folder_cohort(self, tmp_path: Path) -> None:
        expected = _thirty(tmp_path / "returned")
        shutil.copyfile(LIBREOFFICE, tmp_path / "returned" / "dana.xlsx")
        cohort = tfw.Cohort.read(tmp_path / "returned")
        assert len(cohort) == 31
        assert cohort["dana"].evidence == self._expected()  # named by its file
        assert cohort == tfw.Cohort.from_evidence({"dana": self._expected(), **expected}, FW)
        out, err = io.StringIO(), io.StringIO()
        assert main(["cohort", str(tmp_path / "returned")], out=out, err=err) == 0
        assert out.getvalue().startswith("Cohort: 31 trainers\n")
