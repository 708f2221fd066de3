"""The XLSX reader: the whole sheet whatever it declares, each value as written or refused (issue 22)."""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._interchange._workbook import xlsx_rows

openpyxl = pytest.importorskip("openpyxl")

FW = tfw.load_framework()
IDS = [d.id for d in FW.descriptors]
SHEET = "xl/worksheets/sheet1.xml"


def workbook(rows: list[list[object]], *, title: str = "Self-assessment") -> bytes:
    """An XLSX file with one sheet holding ``rows`` (the first is the header)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rewritten(data: bytes, member: str, change: Callable[[str], str]) -> bytes:
    """``data`` (a zip archive) with one member's text changed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == member:
                content = change(content.decode("utf-8")).encode("utf-8")
            dst.writestr(info.filename, content)
    return out.getvalue()


def problems(path: Path) -> list[str]:
    with pytest.raises(tfw.InvalidInputError) as exc:
        tfw.read_evidence(path)
    return [str(p) for p in exc.value.problems]


HEADER = ["descriptor", "judgement", "note", "source", "date"]


class TestWholeSheet:
    """A stale or lying <dimension> loses nothing; rows and cells out of order are placed by reference."""

    def test_stale_dimension(self, tmp_path: Path) -> None:
        rows = [
            [IDS[i], "met", f"note {i}", "observation", datetime.datetime(2024, 3, i + 1)] for i in range(10)
        ]
        data = workbook([HEADER, *rows])
        stale = rewritten(
            data, SHEET, lambda x: re.sub(r'<dimension ref="[^"]*" ?/>', '<dimension ref="A1:B2"/>', x)
        )
        assert b'ref="A1:B2"' in zipfile.ZipFile(io.BytesIO(stale)).read(SHEET)
        path = tmp_path / "stale.xlsx"
        path.write_bytes(stale)
        evidence = tfw.read_evidence(path)
        assert len(evidence) == 10
        assert {i.descriptor_id: (i.note, i.source, i.date) for i in evidence} == {
            IDS[i]: (f"note {i}", "observation", datetime.date(2024, 3, i + 1)) for i in range(10)
        }

    def test_rows_out_of_order(self, tmp_path: Path) -> None:
        data = workbook([HEADER, [IDS[0], "met"], [IDS[1], "partly"], [IDS[2], "not_met"]])

        def swap(xml: str) -> str:
            rows = re.findall(r"<row [^>]*>.*?</row>", xml)
            return xml.replace("".join(rows), "".join([rows[0], rows[3], rows[1], rows[2]]))

        path = tmp_path / "order.xlsx"
        path.write_bytes(rewritten(data, SHEET, swap))
        assert {i.descriptor_id for i in tfw.read_evidence(path)} == set(IDS[:3])


class TestValuesAsWritten:
    """Dates keep their time, numbers print as written; what cannot be read so is refused at its cell."""

    def test_times_of_day_and_numbers(self, tmp_path: Path) -> None:
        path = tmp_path / "values.xlsx"
        noon = datetime.datetime(2024, 3, 1, 12, 30)
        midnight = datetime.datetime(2024, 3, 1)
        rows = [[IDS[0], "met", noon, None, midnight], [IDS[1], "met", 2.5], [IDS[2], "met", True]]
        path.write_bytes(workbook([HEADER, *rows]))
        table = xlsx_rows(path)
        header, rows = table.header, table.rows
        assert header == HEADER
        assert [r["note"] for _, r in rows] == ["2024-03-01T12:30:00", "2.5", "TRUE"]
        assert rows[0][1]["date"] == "2024-03-01"
        path.write_bytes(workbook([HEADER, [IDS[0], "met", None, None, noon]]))
        (problem,) = problems(path)
        assert problem.startswith(f"{path}:Self-assessment!2: invalid date '2024-03-01T12:30:00'")

    def test_formula_without_saved_result(self, tmp_path: Path) -> None:
        path = tmp_path / "formula.xlsx"
        path.write_bytes(workbook([HEADER, [IDS[0], "met", "=1+1"]]))
        assert problems(path) == [
            (
                f"{path}:Self-assessment!C2: a formula (=1+1) with no saved result: "
                "open and save the workbook in a spreadsheet program, or type the value"
            )
        ]

    def test_formula_with_saved_result(self, tmp_path: Path) -> None:
        data = workbook([HEADER, [IDS[0], "met", "=1+1"]])
        saved = rewritten(data, SHEET, lambda x: x.replace("<f>1+1</f><v />", "<f>1+1</f><v>2</v>"))
        assert b"<v>2</v>" in zipfile.ZipFile(io.BytesIO(saved)).read(SHEET)
        path = tmp_path / "saved.xlsx"
        path.write_bytes(saved)
        assert [i.note for i in tfw.read_evidence(path)] == ["2"]

    def test_error_values(self, tmp_path: Path) -> None:
        data = workbook([HEADER, [IDS[0], "met", "PLACE"]])
        path = tmp_path / "error.xlsx"
        path.write_bytes(
            rewritten(
                data,
                SHEET,
                lambda x: re.sub(
                    r'<c r="C2" t="inlineStr"><is><t>PLACE</t></is></c>', '<c r="C2" t="e"><v>#N/A</v></c>', x
                ),
            )
        )
        assert problems(path) == [f"{path}:Self-assessment!C2: the error value #N/A, not a value to read"]

    def test_text_longer_than_a_cell_holds(self, tmp_path: Path) -> None:
        data = workbook([HEADER, [IDS[0], "met", "PLACE"]])
        path = tmp_path / "long.xlsx"
        path.write_bytes(rewritten(data, SHEET, lambda x: x.replace("PLACE", "x" * 40_000)))
        assert problems(path) == [
            f"{path}:Self-assessment!C2: text of 40,000 characters, more than a cell holds (32,767)"
        ]

    def test_columns_named_twice_unnamed_and_beyond_the_header(self, tmp_path: Path) -> None:
        path = tmp_path / "columns.xlsx"
        path.write_bytes(
            workbook(
                [["descriptor", "judgement", "Note", None, "note"], [IDS[0], "met", "a", "b", "c", None, "g"]]
            )
        )
        assert problems(path) == [
            f"{path}:Self-assessment!E1: column 'note' is named again (first in column C)",
            f"{path}:Self-assessment!D2: value 'b' in column D, which has no name in the header row",
            (
                f"{path}:Self-assessment!G2: value 'g' beyond the header's last column (E): "
                "give its column a name"
            ),
        ]

    def test_an_empty_unnamed_column_is_harmless(self, tmp_path: Path) -> None:
        path = tmp_path / "gap.xlsx"
        path.write_bytes(workbook([["descriptor", None, "judgement"], [IDS[0], None, "met"]]))
        assert len(tfw.read_evidence(path)) == 1

    @given(
        st.lists(
            st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1), max_size=4
        )
    )
    def test_any_note_reads_back_as_written(self, notes: list[str]) -> None:
        """Text a cell can hold comes back exactly (XML keeps no carriage return, so none is generated).

        U+FFFE and U+FFFF are no XML characters: no workbook holds them, so none is generated.
        """
        import tempfile

        notes = [n for n in notes if n.strip() and not n.startswith(("=", "'"))]
        notes = [n for n in notes if "\ufffe" not in n and "\uffff" not in n]
        data = workbook([HEADER, *[[IDS[i], "met", n] for i, n in enumerate(notes)]])
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "notes.xlsx"
            path.write_bytes(data)
            read = {i.descriptor_id: i.note for i in tfw.read_evidence(path)}
            assert read == {IDS[i]: n for i, n in enumerate(notes)}


class TestSheets:
    """The judgement sheet is found by its header, so an instructions sheet may come first."""

    def test_instructions_first(self, tmp_path: Path) -> None:
        book = openpyxl.load_workbook(io.BytesIO(tfw.self_assessment_template(FW)))
        info = book.create_sheet("Instructions", 0)
        info.append(["How to fill in this template"])
        info.append(["Choose met, partly or not_met in the judgement column."])
        book.active = 0
        book["Self-assessment"]["F5"] = "met"
        path = tmp_path / "with-instructions.xlsx"
        book.save(path)
        assert [i.descriptor_id for i in tfw.read_evidence(path)] == [IDS[0]]

    def test_two_judgement_sheets_are_refused(self, tmp_path: Path) -> None:
        book = openpyxl.Workbook()
        book.active.append(["descriptor", "judgement"])
        book.create_sheet("Copy").append(["descriptor", "judgement"])
        path = tmp_path / "two.xlsx"
        book.save(path)
        assert problems(path) == [
            f"{path}: sheets 'Sheet', 'Copy' all have the columns judgement: keep the judgements on one sheet"
        ]

    def test_no_judgement_sheet(self, tmp_path: Path) -> None:
        path = tmp_path / "other.xlsx"
        path.write_bytes(workbook([["name", "age"], ["x", 3]], title="People"))
        assert f"{path}:People!1: header must name the columns descriptor, judgement" in problems(path)


class TestLimits:
    """Every part of the archive, and all of them together, unpack within the input limit."""

    def test_a_part_over_the_limit(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        path = tmp_path / "bomb.xlsx"
        path.write_bytes(
            rewritten(
                workbook([HEADER]), SHEET, lambda x: x.replace("</worksheet>", " " * 200_000 + "</worksheet>")
            )
        )
        assert path.stat().st_size < 20_000
        monkeypatch.setenv("TRAINERFRAMEWORK_MAX_INPUT_BYTES", "100000")
        with pytest.raises(
            tfw.InputFileError,
            match=rf"cannot read workbook '{re.escape(str(path))}': its part 'xl/worksheets/sheet1.xml' "
            r"unpacks to 20\d,\d\d\d bytes, more than the input limit of 100,000 bytes "
            r"\(TRAINERFRAMEWORK_MAX_INPUT_BYTES\)",
        ):
            tfw.read_evidence(path)

    def test_all_parts_together_over_the_limit(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        data = workbook([HEADER])
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = sum(i.file_size for i in z.infolist())
            biggest = max(i.file_size for i in z.infolist())
        path = tmp_path / "many.xlsx"
        path.write_bytes(data)
        monkeypatch.setenv("TRAINERFRAMEWORK_MAX_INPUT_BYTES", str(total - 1))
        assert biggest < total - 1
        with pytest.raises(
            tfw.InputFileError, match=rf"it unpacks to {total:,} bytes, more than the input limit"
        ):
            tfw.read_evidence(path)

    def test_entity_expansion(self, tmp_path: Path) -> None:
        """A 'billion laughs' sheet is refused by the XML parser's amplification limit, quickly."""
        entities = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">' + "".join(
            f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9)
        )
        data = workbook([HEADER, [IDS[0], "met", "PLACE"]])
        path = tmp_path / "laughs.xlsx"
        path.write_bytes(rewritten(data, SHEET, lambda x: entities + "]>" + x.replace("PLACE", "&j;")))
        with pytest.raises(tfw.InputFileError, match="ParseError: limit on input amplification factor"):
            tfw.read_evidence(path)

    def test_a_part_that_lies_about_its_size(self, tmp_path: Path) -> None:
        """zipfile stops at the declared size, then the checksum fails: an InputFileError, not a big read."""
        data = bytearray(workbook([HEADER, [IDS[0], "met"]]))
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
            info = z.getinfo(SHEET)
        # the central directory entry: signature, then the uncompressed size at offset 24
        at = bytes(data).rindex(
            b"PK\x01\x02", 0, bytes(data).index(SHEET.encode(), bytes(data).index(b"PK\x01\x02")) + 1
        )
        data[at + 24 : at + 28] = (info.file_size // 2).to_bytes(4, "little")
        path = tmp_path / "lies.xlsx"
        path.write_bytes(bytes(data))
        with pytest.raises(tfw.InputFileError, match=r"cannot read workbook .*: (BadZipFile|ParseError)"):
            tfw.read_evidence(path)


class TestBrokenFiles:
    """Every failure is an InputFileError naming the file, never a traceback."""

    @pytest.mark.parametrize(
        ("damage", "reason"),
        [
            (lambda d: d[: len(d) // 2], "BadZipFile"),
            (lambda d: b"", "not an XLSX workbook"),
            (lambda d: b"PK\x03\x04" + b"\x00" * 40, "BadZipFile"),
            (lambda d: d.replace(b"PK\x01\x02", b"PK\x01\x03", 1), "BadZipFile"),
        ],
    )
    def test_damaged_archive(self, tmp_path: Path, damage: Callable[[bytes], bytes], reason: str) -> None:
        path = tmp_path / "broken.xlsx"
        path.write_bytes(damage(tfw.self_assessment_template(FW)))
        with pytest.raises(
            tfw.InputFileError, match=rf"cannot read workbook '{re.escape(str(path))}'.*{reason}"
        ):
            tfw.read_evidence(path)

    def test_bad_checksum(self, tmp_path: Path) -> None:
        data = workbook([HEADER, [IDS[0], "met"]])
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
            for info in src.infolist():
                dst.writestr(info.filename, src.read(info))
        raw = out.getvalue().replace(b"<sheetData>", b"<sheetDatb>", 1)
        path = tmp_path / "crc.xlsx"
        path.write_bytes(raw)
        with pytest.raises(
            tfw.InputFileError, match=r"BadZipFile: Bad CRC-32 for file 'xl/worksheets/sheet1.xml'"
        ):
            tfw.read_evidence(path)

    def test_truncated_sheet_xml(self, tmp_path: Path) -> None:
        data = workbook([HEADER, [IDS[0], "met"], [IDS[1], "met"]])
        path = tmp_path / "cut.xlsx"
        path.write_bytes(rewritten(data, SHEET, lambda x: x[: x.index("</sheetData>") - 10]))
        with pytest.raises(tfw.InputFileError, match=r"'Self-assessment', row \d\): ParseError"):
            tfw.read_evidence(path)

    def test_workbook_without_sheets(self, tmp_path: Path) -> None:
        data = workbook([HEADER])
        path = tmp_path / "nosheets.xlsx"
        path.write_bytes(
            rewritten(data, "xl/workbook.xml", lambda x: re.sub(r"<sheets>.*</sheets>", "<sheets/>", x))
        )
        with pytest.raises(tfw.InvalidInputError, match="the workbook has no sheets"):
            tfw.read_evidence(path)

    def test_missing_part(self, tmp_path: Path) -> None:
        data = workbook([HEADER])
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
            for info in src.infolist():
                if info.filename != "xl/workbook.xml":
                    dst.writestr(info.filename, src.read(info))
        path = tmp_path / "missing.xlsx"
        path.write_bytes(out.getvalue())
        with pytest.raises(tfw.InputFileError, match=r"cannot read workbook .*: KeyError"):
            tfw.read_evidence(path)


def _ods() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
    return out.getvalue()


XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


class TestOtherSpreadsheets:
    """.ods and .xls files, by extension or by their first bytes, get a hint to save as .xlsx or CSV."""

    @pytest.mark.parametrize(
        ("name", "data", "kind"),
        [
            ("ev.ods", _ods(), "an OpenDocument spreadsheet (.ods)"),
            ("ev.xls", XLS, "an Excel 97-2003 workbook (.xls)"),
            ("ev.xlsx", _ods(), "an OpenDocument spreadsheet (.ods)"),
            ("ev.xlsx", XLS, "an Excel 97-2003 workbook (.xls)"),
            ("ev.csv", _ods(), "an OpenDocument spreadsheet (.ods)"),
            ("ev.dat", XLS, "an Excel 97-2003 workbook (.xls)"),
        ],
    )
    def test_hint(self, tmp_path: Path, name: str, data: bytes, kind: str) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        assert problems(path) == [f"{path}: {kind} is not read: save it as .xlsx or as CSV UTF-8"]

    def test_other_readers_name_the_kind(self, tmp_path: Path) -> None:
        path = tmp_path / "cohort.csv"
        path.write_bytes(XLS)
        with pytest.raises(
            tfw.InputFileError,
            match=r"an Excel 97-2003 workbook \(\.xls\), not text \(save a spreadsheet as CSV UTF-8\)",
        ):
            tfw.Cohort.read(path)

    def test_an_xlsx_named_csv_is_read_as_a_workbook(self, tmp_path: Path) -> None:
        book = openpyxl.load_workbook(io.BytesIO(tfw.self_assessment_template(FW)))
        book.active["F5"] = "met"
        path = tmp_path / "evidence.csv"
        book.save(path)
        assert len(tfw.read_evidence(path)) == 1

    def test_cli(self, tmp_path: Path) -> None:
        from trainerframework._cli import main

        path = tmp_path / "ev.ods"
        path.write_bytes(_ods())
        err = io.StringIO()
        assert main(["profile", str(path)], out=io.StringIO(), err=err) == 1
        assert (
            "an OpenDocument spreadsheet (.ods) is not read: save it as .xlsx or as CSV UTF-8"
            in err.getvalue()
        )
        assert "Traceback" not in err.getvalue()


def _shared_workbook(strings_xml: str, rows_xml: str) -> bytes:
    """A workbook whose sheet uses a shared strings table, as Excel writes them (openpyxl writes inline)."""
    data = workbook([["descriptor"]])
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info).decode("utf-8")
            if info.filename == SHEET:
                content = f'<worksheet xmlns="{main}"><sheetData>{rows_xml}</sheetData></worksheet>'
            elif info.filename == "xl/_rels/workbook.xml.rels":
                link = f'<Relationship Type="{rels}" Target="sharedStrings.xml" Id="rIdS"/>'
                content = content.replace("</Relationships>", link + "</Relationships>")
            elif info.filename == "[Content_Types].xml":
                part = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}"/>'
                content = content.replace("</Types>", part + "</Types>")
            dst.writestr(info.filename, content)
        dst.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">{strings_xml}</sst>')
    return out.getvalue()


_XML_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00\ufffe\uffff").filter(
        lambda c: c >= " " or c in "\t\n"
    ),
    max_size=12,
)


class TestStreamedParts:
    """The sheet and the shared strings are read as a stream, problems up to a cap: memory stays bounded.

    ``benchmarks/xlsx_memory.py`` measures the peak; here, that the values are
    those openpyxl reads and that a bound relative to the input limit holds.
    """

    @given(st.lists(st.lists(_XML_TEXT, min_size=1, max_size=3), max_size=8))
    def test_shared_strings_as_openpyxl_reads_them(self, runs: list[list[str]]) -> None:
        """Plain strings and rich text runs (and openpyxl's x005F_ unescaping) give what openpyxl gives."""
        from xml.sax.saxutils import escape

        from openpyxl.reader.strings import read_string_table

        from trainerframework._interchange._workbook import _shared_strings

        items = []
        for parts in runs:
            if len(parts) == 1:
                items.append(f'<si><t xml:space="preserve">{escape(parts[0])}</t></si>')
            else:
                rich = "".join(f'<r><t xml:space="preserve">{escape(p)}</t></r>' for p in parts)
                items.append(f'<si>{rich}<rPh sb="0" eb="1"><t>x005F_ignored</t></rPh></si>')
        xml = f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{"".join(items)}</sst>'
        assert _shared_strings(io.BytesIO(xml.encode())) == read_string_table(io.BytesIO(xml.encode()))

    def test_shared_strings_read(self, tmp_path: Path) -> None:
        strings = (
            f"<si><t>descriptor</t></si><si><t>judgement</t></si><si><t>{IDS[0]}</t></si><si><t>met</t></si>"
        )
        rows = (
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
        )
        path = tmp_path / "shared.xlsx"
        path.write_bytes(_shared_workbook(strings, rows))
        assert tfw.read_evidence(path) == tfw.Evidence.from_mapping({IDS[0]: "met"})

    def test_rows_and_cells_without_references(self, tmp_path: Path) -> None:
        """A row without ``r`` follows the last; a cell without ``r`` the last cell of its row."""
        strings = "".join(f"<si><t>{s}</t></si>" for s in ["descriptor", "judgement", IDS[0], IDS[1], "met"])
        rows = (
            '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
            '<row r="3.0"><c t="s"><v>2</v></c><c t="s"><v>4</v></c></row>'
            '<row><c r="B4" t="s"><v>4</v></c><c r="A4" t="s"><v>3</v></c></row>'
        )
        path = tmp_path / "plain.xlsx"
        path.write_bytes(_shared_workbook(strings, rows))
        sheet, header, table, *_ = xlsx_rows(path)
        assert header == ["descriptor", "judgement"]
        assert table == [
            (f"{sheet}!3", {"descriptor": IDS[0], "judgement": "met"}),
            (f"{sheet}!4", {"descriptor": IDS[1], "judgement": "met"}),
        ]
        bad = tmp_path / "bad.xlsx"
        bad.write_bytes(_shared_workbook(strings, '<row r="1.5"><c t="s"><v>0</v></c></row>'))
        with pytest.raises(tfw.InputFileError, match=r"ValueError: 1.5 is not a valid row number"):
            tfw.read_evidence(bad)

    def test_problems_are_kept_up_to_a_cap(self, tmp_path: Path) -> None:
        rows = [["descriptor", "judgement"], [IDS[0], "met", *range(1, 501)], [IDS[1], "met", *range(1, 501)]]
        path = tmp_path / "wide.xlsx"
        path.write_bytes(workbook(rows))
        told = problems(path)
        assert len(told) == 21
        beyond = "value '1' beyond the header's last column (B): give its column a name"
        assert told[0] == f"{path}:Self-assessment!C2: {beyond}"
        assert told[-1] == f"{path}:Self-assessment: and 980 more problems like these"

    @pytest.mark.slow
    def test_peak_memory_is_a_small_multiple_of_the_input_limit(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The benchmark's large and hostile workbooks, built at a 1 MiB limit, read within 6x the limit.

        Python's own allocations (tracemalloc), in this process: the figure is
        what the read adds. Before the reader streamed, the unnamed-cells case
        took 14x and the shared-strings case 7x; the cohort workbook takes
        5x, most of it the cohort itself (about 4x when read from CSV).
        """
        import tracemalloc

        from benchmarks import xlsx_memory as bench

        limit = 1024 * 1024
        monkeypatch.setenv("TRAINERFRAMEWORK_MAX_INPUT_BYTES", str(limit))
        small = tmp_path / "warm.xlsx"
        small.write_bytes(workbook([["trainer", "descriptor", "judgement"], ["t", IDS[0], "met"]]))
        tfw.Cohort.read(small)  # imports and caches are no part of the figure
        peaks = {}
        for case, build in bench.BUILDERS.items():
            built = build(tmp_path, limit)
            assert sum(built["sizes"].values()) <= limit
            read = bench._reader(built["reader"], "library")
            tracemalloc.start()
            try:
                outcome = read(built["path"])
                peaks[case] = tracemalloc.get_traced_memory()[1] / limit
            finally:
                tracemalloc.stop()
            assert "cannot read" not in outcome, (case, outcome)
            for file in tmp_path.iterdir():
                if file != small:
                    file.unlink()
        assert max(peaks.values()) <= 6, peaks
