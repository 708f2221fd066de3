"""No live formula in any CSV, TSV or XLSX written; readers take back exactly what was added (issue 22)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._base._cells import (
    XLSX_CELL_LIMIT,
    csv_text,
    formula_like,
    neutralised,
    restored,
    xlsx_text,
    xlsx_text_cell,
)
from trainerframework._cli import main
from trainerframework._interchange._template import HEADER_ROW
from trainerframework._model._format import framework_to_document
from trainerframework._model._framework import framework_from_document
from trainerframework._present._render import export

from .strategies import hostile_texts, poisoned_framework

FW = tfw.load_framework()
POISONED = poisoned_framework()


def cells(text: str, delimiter: str = ",") -> list[list[str]]:
    """Every cell of CSV text, read as a spreadsheet would split it (``newline=""``: a CR is a line end)."""
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=delimiter))


def live(rows: list[list[str]]) -> list[str]:
    """The cells a spreadsheet would evaluate."""
    return [c for row in rows for c in row if formula_like(c)]


class TestRule:
    """One rule: formula-like text gets a leading ', and readers take exactly that ' away."""

    @pytest.mark.parametrize(
        ("text", "written"),
        [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\r=1+1", "'\r=1+1"),
            ("\uff1d1", "'\uff1d1"),
            ("'=1", "''=1"),
            ("'plain", "''plain"),
            ("plain", "plain"),
            ("a=b", "a=b"),
            ("", ""),
        ],
    )
    def test_examples(self, text: str, written: str) -> None:
        assert neutralised(text) == written
        assert restored(written) == text

    @given(hostile_texts | st.text())
    def test_round_trip(self, text: str) -> None:
        assert restored(neutralised(text)) == text
        assert not formula_like(neutralised(text))

    @given(
        st.lists(st.lists(hostile_texts, min_size=1, max_size=4), max_size=5), st.sampled_from([",", "\t"])
    )
    def test_csv_text(self, rows: list[list[str]], delimiter: str) -> None:
        """Rows stay rows (a CR or LF inside a cell is quoted), no cell is live, every value comes back."""
        text = csv_text(["h"] * 4, rows, delimiter=delimiter)
        read = cells(text, delimiter)
        assert len(read) == len(rows) + 1
        assert not live(read)
        assert [[restored(c) for c in row] for row in read[1:]] == rows


class TestCohortCsv:
    """Cohort.to_csv: a CR in a trainer id cannot start a row with a formula."""

    def test_carriage_return(self) -> None:
        p = tfw.profile(FW, {})
        tid = "T1\r=cmd|' /C calc'!A0"
        text = tfw.Cohort({tid: p, "\r=1+1": p}).to_csv(level="category")
        read = cells(text)
        assert not live(read)
        assert len(read) == 1 + 2 * len(FW.categories)
        assert {restored(row[0]) for row in read[1:]} == {tid, "\r=1+1"}

    @given(st.lists(hostile_texts.filter(bool), min_size=1, max_size=4, unique=True))
    def test_hostile_ids(self, ids: list[str]) -> None:
        p = tfw.profile(FW, {})
        cohort = tfw.Cohort(dict.fromkeys(ids, p))
        read = cells(cohort.to_csv())
        assert not live(read)
        records = cohort.to_records()
        assert len(read) == len(records) + 1
        assert [restored(row[0]) for row in read[1:]] == [r["trainer"] for r in records]

    def test_cli(self, tmp_path: Path) -> None:
        path = tmp_path / "cohort.csv"
        path.write_text("trainer,descriptor,judgement\n=1+1,observation.lead.1,met\n", encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        assert main(["cohort", str(path), "--csv"], out, err) == 0
        read = cells(out.getvalue())
        assert not live(read)
        assert read[1][0] == "'=1+1"


class TestPoisonedFramework:
    """A framework whose every name and text starts with a formula gives files with no live cell."""

    def test_export_csv(self) -> None:
        read = cells(export(POISONED, "csv"))
        assert len(read) == len(POISONED.descriptors) + 1
        assert not live(read)
        assert [restored(row[9]) for row in read[1:]] == [d.text for d in POISONED.descriptors]

    def test_template_csv(self) -> None:
        read = cells(tfw.self_assessment_template(POISONED, format="csv").decode("utf-8"))
        assert len(read) == len(POISONED.descriptors) + 1
        assert not live(read)
        assert [restored(row[4]) for row in read[1:]] == [d.text for d in POISONED.descriptors]

    def test_template_xlsx(self) -> None:
        openpyxl = pytest.importorskip("openpyxl")
        data = tfw.self_assessment_template(POISONED)
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        assert not any(b"<f>" in s or b"<f " in s for s in sheets)
        book = openpyxl.load_workbook(io.BytesIO(data))
        sheet = book.active
        assert book.sheetnames == ["Instructions", "Self-assessment"]
        for each in book.worksheets:  # the instructions name the framework too
            assert not [c for row in each.iter_rows() for c in row if c.data_type == "f"]
            strings = [c for row in each.iter_rows() for c in row if isinstance(c.value, str)]
            assert all(c.quotePrefix for c in strings if formula_like(c.value))
        assert any(POISONED.name.replace("\r", "\n") in (c.value or "") for c in book["Instructions"]["B"])
        texts = [sheet.cell(row=r, column=5).value for r in range(HEADER_ROW + 1, sheet.max_row + 1)]
        # kept as strings; XML reads a carriage return as a line feed (the text column is context only)
        assert texts == [d.text.replace("\r", "\n") for d in POISONED.descriptors]
        quoted = [
            c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and formula_like(c.value)
        ]
        assert quoted
        assert all(c.quotePrefix for c in quoted)

    def test_template_read_back(self, tmp_path: Path) -> None:
        """A filled poisoned template reads back; a hostile note written neutralised reads back as it was."""
        d = POISONED.descriptors[0]
        read = cells(tfw.self_assessment_template(POISONED, format="csv").decode("utf-8"))
        header, rows = read[0], read[1:]
        for row in rows:
            if row[3] == d.id:
                row[5], row[6] = "met", neutralised('=HYPERLINK("x")\r\n+1')
        path = tmp_path / "filled.csv"
        buffer = io.StringIO(newline="")
        csv.writer(buffer, lineterminator="\r\n").writerows([header, *rows])
        path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
        evidence = tfw.read_evidence(path, fw=POISONED)
        assert [(i.descriptor_id, i.note) for i in evidence] == [(d.id, '=HYPERLINK("x")\r\n+1')]

    def test_cli_export(self, tmp_path: Path) -> None:
        path = tmp_path / "poisoned.json"
        path.write_text(export(POISONED, "json"), encoding="utf-8")
        out = io.StringIO()
        assert main(["--framework", str(path), "export", "--format", "csv"], out, io.StringIO()) == 0
        assert not live(cells(out.getvalue()))


def _xlsx_round_trip(texts: list[str]) -> list[object]:
    """Each text written to a cell with :func:`xlsx_text_cell`, the workbook saved, the cells read back."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row, text in enumerate(texts, start=1):
        xlsx_text_cell(book.active.cell(row=row, column=1), text)
    buffer = io.BytesIO()
    book.save(buffer)
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active
    return [sheet.cell(row=row, column=1).value for row in range(1, len(texts) + 1)]


class TestXlsxText:
    """Any text can be written to an XLSX cell: what XML cannot carry is shown, nothing else changes."""

    @pytest.mark.parametrize(
        ("text", "written"),
        [
            ("a\x01b", "a\\x01b"),
            ("\x00\x08\x0b\x0c\x1f", "\\x00\\x08\\x0b\\x0c\\x1f"),
            ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
            ("\ud800x\ufffe\uffff", "\\ud800x\\ufffe\\uffff"),
            ("\x7f\x9b caf\u00e9 \U0001f600", "\x7f\x9b caf\u00e9 \U0001f600"),
            ("=1+1", "=1+1"),
        ],
    )
    def test_examples(self, text: str, written: str) -> None:
        assert xlsx_text(text) == written

    def test_long_text_is_cut_with_a_note(self) -> None:
        written = xlsx_text("x" * 40_000)
        assert len(written) <= XLSX_CELL_LIMIT
        assert written.endswith(" [cut: 7,273 more characters]")
        assert written.startswith("x" * 30_000)
        assert xlsx_text("x" * XLSX_CELL_LIMIT) == "x" * XLSX_CELL_LIMIT

    @given(st.lists(st.text(st.characters(codec=None, categories=None)), min_size=1, max_size=5))
    def test_any_text_is_written_and_read_back(self, texts: list[str]) -> None:
        """The workbook saves and reads back each cell as :func:`xlsx_text` shows it (XML reads CR as LF)."""
        read = _xlsx_round_trip(texts)
        assert read == [xlsx_text(t).replace("\r\n", "\n").replace("\r", "\n") or None for t in texts]

    @given(st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=50))
    def test_text_xml_can_carry_is_kept(self, text: str) -> None:
        if any(ord(c) < 0x20 and c not in "\t\n\r" for c in text):
            return
        assert xlsx_text(text) == text

    def test_template_with_control_characters(self) -> None:
        """A framework text holding \\x01 raised IllegalCharacterError; now the template is written."""
        openpyxl = pytest.importorskip("openpyxl")
        doc = framework_to_document(FW)
        doc["descriptors"][0]["text"] = "Plans\x01 training\x1b[2J sessions."
        doc["categories"][0]["name"] = "\x07" + doc["categories"][0]["name"]
        fw = framework_from_document(doc, "<controls>")
        sheet = openpyxl.load_workbook(io.BytesIO(tfw.self_assessment_template(fw))).active
        assert sheet.cell(row=HEADER_ROW + 1, column=5).value == "Plans\\x01 training\\x1b[2J sessions."
        assert sheet.cell(row=HEADER_ROW + 1, column=1).value.startswith("\\x07")
