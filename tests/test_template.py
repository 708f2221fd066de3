"""Self-assessment templates, CSV and XLSX, filled in and read back (issue 14)."""

from __future__ import annotations

import csv
import datetime
import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._cli import main
from trainerframework._interchange._template import HEADER_ROW, TEMPLATE_COLUMNS

FW = tfw.load_framework()
openpyxl = pytest.importorskip("openpyxl")

fills = st.dictionaries(
    st.sampled_from([d.id for d in FW.descriptors]),
    st.sampled_from(["met", "partly", "not_met"]),
    max_size=12,
)


HEADER = HEADER_ROW
FIELDS = "trainer, date"
XLSX = tfw.self_assessment_template(FW)  # written once: hypothesis fills it many times


def _fill_xlsx(
    data: bytes,
    fill: dict[str, str],
    path: Path,
    trainer: str | None = None,
    date: datetime.date | str | None = None,
) -> None:
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book["Self-assessment"]
    rows = {sheet.cell(row=r, column=4).value: r for r in range(HEADER + 1, sheet.max_row + 1)}
    for descriptor, judgement in fill.items():
        sheet.cell(row=rows[descriptor], column=6, value=judgement)
    if trainer is not None:
        sheet["B1"] = trainer
        sheet["B1"].data_type = "s"  # typed as text, as a spreadsheet keeps "=0" typed after a quote
    if date is not None:
        sheet["B2"] = date
    book.save(path)


def _fill_csv(data: bytes, fill: dict[str, str], path: Path) -> None:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    for row in rows[1:]:
        row[5] = fill.get(row[3], "")
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


class TestRoundTrip:
    @given(fills)
    def test_xlsx(self, fill: dict[str, str]) -> None:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "filled.xlsx"
            _fill_xlsx(XLSX, fill, path)
            assert tfw.read_evidence(path) == tfw.Evidence.from_mapping(fill)

    @given(fills)
    def test_csv(self, fill: dict[str, str]) -> None:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "filled.csv"
            _fill_csv(tfw.self_assessment_template(FW, format="csv"), fill, path)
            assert tfw.read_evidence(path) == tfw.Evidence.from_mapping(fill)


class TestTemplate:
    def test_shape_and_validation_list(self, tmp_path: Path) -> None:
        path = tmp_path / "t.xlsx"
        tfw.self_assessment_template(FW, path)
        sheet = openpyxl.load_workbook(path).active
        assert sheet.title == "Self-assessment"
        assert [c.value for c in sheet[HEADER]] == list(tfw._interchange._template.TEMPLATE_COLUMNS)
        assert sheet.max_row == len(FW.descriptors) + HEADER
        check = sheet.data_validations.dataValidation[-1]
        assert check.formula1 == '"met,partly,not_met"'
        assert str(check.sqref) == f"F{HEADER + 1}:F{len(FW.descriptors) + HEADER}"
        text = tfw.self_assessment_template(FW, format="csv").decode("utf-8")
        assert text.startswith(
            "\ufeffcategory,component,stage,descriptor,text,judgement,note,source,date\r\n"
        )
        with pytest.raises(tfw.FileFormatError, match="format must be 'xlsx' or 'csv', not 'ods'"):
            tfw.self_assessment_template(FW, format="ods")

    def test_problems_name_sheet_row_and_column(self, tmp_path: Path) -> None:
        path = tmp_path / "filled.xlsx"
        book = openpyxl.load_workbook(io.BytesIO(tfw.self_assessment_template(FW)))
        sheet = book.active
        sheet["F5"] = "yes"
        sheet["G6"] = "a note, but no judgement"
        sheet["F7"] = "met"
        sheet["I7"] = "not a date"
        book.save(path)
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.read_evidence(path)
        messages = [str(p) for p in exc.value.problems]
        assert messages[0].startswith(f"{path}:Self-assessment!5: invalid judgement 'yes'")
        assert messages[1] == f"{path}:Self-assessment!6: note given without a judgement"
        assert messages[2].startswith(f"{path}:Self-assessment!7: invalid date 'not a date'")

    def test_cli(self, tmp_path: Path) -> None:
        out, err = io.StringIO(), io.StringIO()
        path = tmp_path / "t.xlsx"
        assert main(["template", str(path)], out=out, err=err) == 0
        assert path.exists()
        out = io.StringIO()
        assert main(["template", "-", "--format", "csv"], out=out, err=err) == 0
        assert out.getvalue().startswith("category,component,stage,descriptor")
        out = io.StringIO()
        assert main(["template", "-"], out=out, err=err) == 0  # CSV, as documented
        assert out.getvalue().startswith("category,component,stage,descriptor")
        assert main(["template", "-", "--format", "xlsx"], out=io.StringIO(), err=err) == 2
        _fill_xlsx(path.read_bytes(), {"observation.teacher-to-trainer.1": "met"}, path)
        out = io.StringIO()
        assert main(["profile", str(path)], out=out, err=io.StringIO()) == 0
        assert "Evidence: 1 judgement\n" in out.getvalue()


class TestFormatFromExtension:
    """The file name's extension decides the format; an explicit format that contradicts it is refused."""

    def test_csv_name_writes_csv(self, tmp_path: Path) -> None:
        path = tmp_path / "sa.csv"
        data = tfw.self_assessment_template(FW, path)
        assert data == path.read_bytes() == tfw.self_assessment_template(FW, format="csv")
        assert data.startswith(b"\xef\xbb\xbfcategory,")
        assert not tfw.read_evidence(path)  # read back as CSV: nothing judged yet

    def test_xlsx_name_and_others_write_xlsx(self, tmp_path: Path) -> None:
        for name in ("sa.xlsx", "sa.XLSX", "sa"):
            assert tfw.self_assessment_template(FW, tmp_path / name).startswith(b"PK")

    @pytest.mark.parametrize(("name", "fmt"), [("sa.csv", "xlsx"), ("sa.xlsx", "csv")])
    def test_contradiction_refused(self, tmp_path: Path, name: str, fmt: str) -> None:
        path = tmp_path / name
        with pytest.raises(tfw.FileFormatError, match=f"format {fmt!r} contradicts the file name") as exc:
            tfw.self_assessment_template(FW, path, format=fmt)
        assert isinstance(exc.value, ValueError)
        assert not path.exists()
        err = io.StringIO()
        assert main(["template", str(path), "--format", fmt], out=io.StringIO(), err=err) == 1
        assert err.getvalue().count("\n") == 1
        assert "contradicts the file name" in err.getvalue()

    def test_cli_csv_by_name(self, tmp_path: Path) -> None:
        path = tmp_path / "sa.csv"
        assert main(["template", str(path)], out=io.StringIO(), err=io.StringIO()) == 0
        assert path.read_bytes() == tfw.self_assessment_template(FW, format="csv")


def _without_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports of openpyxl fail, as after ``pip install .`` without the xlsx extra."""
    import builtins

    real_import = builtins.__import__

    def no_openpyxl(name: str, *args: object, **kwargs: object) -> object:
        if name == "openpyxl" or name.startswith("openpyxl."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)


class TestWithoutXlsxExtra:
    """Without openpyxl: one line asking for the extra, never a traceback; CSV still works."""

    HINT = 'pip install "trainerframework[xlsx]"'

    def test_library(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        filled = tmp_path / "filled.xlsx"
        filled.write_bytes(tfw.self_assessment_template(FW))
        _without_openpyxl(monkeypatch)
        with pytest.raises(tfw.MissingDependencyError, match=re.escape(self.HINT)) as exc:
            tfw.self_assessment_template(FW, tmp_path / "t.xlsx")
        assert isinstance(exc.value, ImportError)
        with pytest.raises(tfw.MissingDependencyError, match=re.escape(self.HINT)):
            tfw.read_evidence(filled)
        assert tfw.self_assessment_template(FW, tmp_path / "t.csv")  # CSV needs nothing

    @pytest.mark.parametrize("command", [["template", "{dir}/self-assessment.xlsx"], ["profile", "{filled}"]])
    def test_cli(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
        filled = tmp_path / "filled.xlsx"
        filled.write_bytes(tfw.self_assessment_template(FW))
        _without_openpyxl(monkeypatch)
        argv = [a.format(dir=tmp_path, filled=filled) for a in command]
        err = io.StringIO()
        assert main(argv, out=io.StringIO(), err=err) == 1
        assert err.getvalue() == (
            f"trainerframework: error: XLSX workbooks need openpyxl: {self.HINT} (or use CSV)\n"
        )


class TestForm:
    """The workbook prints and reads as a form: wrapped text, repeated header, instructions, fields."""

    def test_print_settings(self, tmp_path: Path) -> None:
        path = tmp_path / "t.xlsx"
        tfw.self_assessment_template(FW, path)
        book = openpyxl.load_workbook(path)
        assert book.sheetnames == ["Instructions", "Self-assessment"]
        sheet = book.active  # opens (and prints) at the form
        assert sheet.title == "Self-assessment"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == f"${HEADER}:${HEADER}"
        assert sheet.freeze_panes == f"A{HEADER + 1}"
        assert all(c.font.b for c in sheet[HEADER])
        first = HEADER + 1
        for column in "ABCDEG":  # category, component, stage, descriptor, text, note
            assert sheet[f"{column}{first}"].alignment.wrap_text, column
        widths = {c: sheet.column_dimensions[c].width for c in "ABCDEFGHI"}
        assert widths["E"] == max(widths.values())  # the descriptor text is the widest
        assert all(w >= 10 for w in widths.values())
        longest = max(range(first, sheet.max_row + 1), key=lambda r: len(sheet[f"E{r}"].value))
        assert sheet.row_dimensions[longest].height >= 45  # room for the whole text, wrapped
        assert sheet["A1"].value == "trainer"
        assert sheet["A2"].value == "date"
        assert sheet["B2"].number_format == "yyyy-mm-dd"
        info = book["Instructions"]
        text = " ".join(str(c.value) for row in info.iter_rows() for c in row if c.value)
        for words in ("How to fill it in", "met", "partly", "not_met", "blank", "your name", "date"):
            assert words in text, words
        assert info.page_setup.fitToWidth == 1

    def test_instructions_are_skipped(self, tmp_path: Path) -> None:
        path = tmp_path / "filled.xlsx"
        fill = {FW.descriptors[0].id: "met", FW.descriptors[-1].id: "not_met"}
        _fill_xlsx(tfw.self_assessment_template(FW), fill, path)
        assert "Instructions" in openpyxl.load_workbook(path).sheetnames
        assert tfw.read_evidence(path) == tfw.Evidence.from_mapping(fill)

    @given(
        fills,
        st.one_of(
            st.none(), st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1)
        ),
        st.one_of(st.none(), st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 1, 1))),
    )
    def test_round_trip_with_fields(
        self, fill: dict[str, str], trainer: str | None, date: datetime.date | None
    ) -> None:
        """write -> fill (judgements, trainer, date) -> read: exactly the judgements, dated by the form."""
        import tempfile

        if trainer is not None and not trainer.strip():
            trainer = None  # a blank field is no field
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "returned"
            folder.mkdir()
            path = folder / "filled.xlsx"
            _fill_xlsx(XLSX, fill, path, trainer=trainer, date=date)
            assert tfw.read_evidence(path) == tfw.Evidence.from_mapping(fill, date=date)
            cohort = tfw.Cohort.read(folder)
        assert cohort.ids == (trainer if trainer is not None else "filled",)
        assert cohort[cohort.ids[0]].evidence == tfw.Evidence.from_mapping(fill, date=date)

    def test_a_row_date_wins_and_text_dates_are_read(self, tmp_path: Path) -> None:
        path = tmp_path / "filled.xlsx"
        ids = [d.id for d in FW.descriptors[:2]]
        _fill_xlsx(tfw.self_assessment_template(FW), dict.fromkeys(ids, "met"), path, date="2025-03-31")
        book = openpyxl.load_workbook(path)
        book.active[f"I{HEADER + 1}"] = "2025-01-15"
        book.save(path)
        dates = {i.descriptor_id: str(i.date) for i in tfw.read_evidence(path)}
        assert dates == {ids[0]: "2025-01-15", ids[1]: "2025-03-31"}

    def test_folder_named_by_field(self, tmp_path: Path) -> None:
        folder = tmp_path / "returned"
        folder.mkdir()
        ids = [d.id for d in FW.descriptors]
        data = tfw.self_assessment_template(FW)
        _fill_xlsx(data, {ids[0]: "met"}, folder / "a.xlsx", trainer="Ana Silva")
        _fill_xlsx(data, {ids[1]: "partly"}, folder / "b.xlsx")
        cohort = tfw.Cohort.read(folder)
        assert cohort.ids == ("Ana Silva", "b")
        _fill_xlsx(data, {ids[2]: "met"}, folder / "c.xlsx", trainer="Ana Silva")
        with pytest.raises(tfw.InvalidInputError, match=r"c\.xlsx: trainer 'Ana Silva' is also named by"):
            tfw.Cohort.read(folder)

    def test_field_problems_name_their_cell(self, tmp_path: Path) -> None:
        data = tfw.self_assessment_template(FW)
        path = tmp_path / "filled.xlsx"
        _fill_xlsx(data, {FW.descriptors[0].id: "met"}, path, date="next week")
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.read_evidence(path)
        assert str(exc.value.problems[0]).startswith(
            f"{path}:Self-assessment!B2: invalid date 'next week' for the date field"
        )
        book = openpyxl.load_workbook(io.BytesIO(data))
        book.active["A3"] = "school"
        book.active["B3"] = "Northside"
        book.active["C1"] = "a second name"
        book.save(path)
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.read_evidence(path)
        assert [str(p) for p in exc.value.problems] == [
            (
                f"{path}:Self-assessment!C1: value 'a second name' beyond the field's value (column B): "
                "one value per field"
            ),
            f"{path}:Self-assessment!A3: 'school' above the header row is not a field (fields: {FIELDS})",
        ]

    def test_csv_template_unchanged(self, tmp_path: Path) -> None:
        text = tfw.self_assessment_template(FW, format="csv").decode("utf-8-sig")
        assert text.splitlines()[0] == ",".join(TEMPLATE_COLUMNS)
        assert len(text.splitlines()) == len(FW.descriptors) + 1
