"""Self-assessment templates, CSV and XLSX, filled in and read back (issue 14)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._cli import main

FW = tfw.load_framework()
openpyxl = pytest.importorskip("openpyxl")

fills = st.dictionaries(
    st.sampled_from([d.id for d in FW.descriptors]),
    st.sampled_from(["met", "partly", "not_met"]),
    max_size=12,
)


def _fill_xlsx(data: bytes, fill: dict[str, str], path: Path) -> None:
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    rows = {sheet.cell(row=r, column=4).value: r for r in range(2, sheet.max_row + 1)}
    for descriptor, judgement in fill.items():
        sheet.cell(row=rows[descriptor], column=6, value=judgement)
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
            _fill_xlsx(tfw.self_assessment_template(FW), fill, path)
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
        assert [c.value for c in sheet[1]] == list(tfw._interchange._template.TEMPLATE_COLUMNS)
        assert sheet.max_row == len(FW.descriptors) + 1
        (check,) = sheet.data_validations.dataValidation
        assert check.formula1 == '"met,partly,not_met"'
        assert str(check.sqref) == f"F2:F{len(FW.descriptors) + 1}"
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
        sheet["F2"] = "yes"
        sheet["G3"] = "a note, but no judgement"
        sheet["F4"] = "met"
        sheet["I4"] = "not a date"
        book.save(path)
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.read_evidence(path)
        messages = [str(p) for p in exc.value.problems]
        assert messages[0].startswith(f"{path}:Self-assessment!2: invalid judgement 'yes'")
        assert messages[1] == f"{path}:Self-assessment!3: note given without a judgement"
        assert messages[2].startswith(f"{path}:Self-assessment!4: invalid date 'not a date'")

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
