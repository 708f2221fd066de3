"""Reading a workbook (XLSX): the whole sheet, every value as it was written, or an error naming the cell.

A filled self-assessment template comes back from a trainer's spreadsheet
program, so the reader trusts nothing in the file:

- the sheet is read to its last row and column whatever its declared size
  (the ``<dimension>`` element, which a program may leave stale);
- before anything is parsed, every member of the zip archive, and all of
  them together, must unpack to at most the input size limit
  (:func:`~trainerframework._base._input.max_input_bytes`): a small file cannot
  unpack to gigabytes;
- each value is kept as written or refused with its cell: a formula with no
  saved result, an error value (``#N/A``), text over 32,767 characters, a
  value in a column with no name in the header row, a column named twice;
  a date keeps its time of day;
- memory stays within a small multiple of the input limit: the sheet and the
  shared strings are parsed as a stream, each piece of XML let go once read
  (openpyxl keeps every parsed row and shared string element until the end),
  and problems are kept up to :data:`PROBLEM_CAP`, the rest counted
  (``benchmarks/xlsx_memory.py`` measures the peak);
- any other failure (a truncated or corrupt archive, broken XML, a missing
  part) is an :class:`~trainerframework.InputFileError` naming the file,
  never a traceback; an ``.xls`` or ``.ods`` file (by extension or by its
  first bytes) is refused with a hint to save it as ``.xlsx`` or CSV.

The sheet read is the one with a header row naming the columns the caller
wants (``judgement``, for evidence), so an instructions sheet may come first;
else the first sheet. The header row is the first of the sheet's first
:data:`FIELD_ROWS` rows that names them, else row 1. Rows above it are form
fields, each a name in column A and its value in column B (a
self-assessment template's ``trainer`` and ``date``); a name the caller does
not take, or a value beyond column B, is refused with its cell.
"""

from __future__ import annotations

import datetime
import functools
import os
import warnings
import zipfile
from collections.abc import Collection, Iterator
from typing import IO, Any, NamedTuple

from .._base._cells import XLSX_CELL_LIMIT
from .._base._documents import PROBLEM_CAP
from .._base._input import check_input_file, max_input_bytes, spreadsheet_kind
from ..exceptions import (
    InputFileError,
    InvalidInputError,
    MissingDependencyError,
    Problem,
    TrainerFrameworkError,
)

__all__ = ["FIELD_ROWS", "WORKBOOK_SUFFIXES", "XLSX_EXTRA", "Table", "openpyxl_module", "xlsx_rows"]

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
"""File name endings read as XLSX workbooks."""
_OTHER_SPREADSHEETS = {
    ".xls": "an Excel 97-2003 workbook (.xls)",
    ".ods": "an OpenDocument spreadsheet (.ods)",
    ".numbers": "a Numbers spreadsheet (.numbers)",
    ".xlsb": "an Excel binary workbook (.xlsb)",
}
_SAVE_AS = "save it as .xlsx or as CSV UTF-8"


FIELD_ROWS = 10
"""How far down a sheet its header row is looked for: form fields may fill the rows above it."""


class Table(NamedTuple):
    """A workbook's judgement sheet, read: its header, its rows and the form fields above the header."""

    sheet: str
    """The sheet's title."""
    header: list[str]
    """The column names, trimmed and lower-cased; ``""`` for a column without one."""
    rows: list[tuple[str, dict[str, str]]]
    """(place, row) for each row below the header with a value; ``place`` is ``Sheet!row``."""
    fields: dict[str, tuple[str, str]]
    """Each form field given a value: name -> (value, place); ``place`` is ``Sheet!B1``."""
    header_row: int
    """The header's row number (1 without fields above it)."""

    @property
    def header_place(self) -> str:
        """``Sheet!row`` of the header, for problems with it."""
        return f"{self.sheet}!{self.header_row}"


XLSX_EXTRA = 'XLSX workbooks need openpyxl: pip install "trainerframework[xlsx]" (or use CSV)'
"""What a caller without the ``xlsx`` extra is told: one line, the command that adds it."""


def openpyxl_module() -> Any:
    """The openpyxl module, or :class:`MissingDependencyError` (an ImportError) naming the extra."""
    try:
        import openpyxl  # noqa: PLC0415
    except ImportError:
        raise MissingDependencyError(XLSX_EXTRA) from None
    return openpyxl


def other_spreadsheet(path: str | os.PathLike[str]) -> str | None:
    """What kind of spreadsheet other than XLSX ``path`` is (by extension, then first bytes), or None."""
    name = os.fspath(path)
    suffix = os.path.splitext(name)[1].lower()
    if suffix in _OTHER_SPREADSHEETS:
        return _OTHER_SPREADSHEETS[suffix]
    try:
        with open(path, "rb") as f:
            head = f.read(128)
    except (OSError, ValueError):
        return None  # the reader that follows says why the file cannot be read
    kind = spreadsheet_kind(head)
    return kind if kind is not None and kind.endswith((".xls)", ".ods)")) else None


def refuse_other_spreadsheet(path: str | os.PathLike[str]) -> None:
    """InvalidInputError with a hint to save as .xlsx or CSV if ``path`` is an .xls, .ods ... file."""
    kind = other_spreadsheet(path)
    if kind is not None:
        name = os.fspath(path)
        raise InvalidInputError([Problem(name, f"{kind} is not read: {_SAVE_AS}")], name)


def is_xlsx(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is named as an XLSX workbook or starts like one (a zip archive with ``xl/`` parts)."""
    if os.fspath(path).lower().endswith(WORKBOOK_SUFFIXES):
        return True
    try:
        with open(path, "rb") as f:
            head = f.read(128)
    except (OSError, ValueError):
        return False
    return spreadsheet_kind(head) == "an XLSX workbook"


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: object) -> str:
    """A cell's value as text, as it was written: numbers as they print, dates in ISO 8601."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time() and value.tzinfo is None:
            return value.date().isoformat()  # a date with no time of day
        return value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


@functools.cache
def _parser_type() -> Any:
    """Openpyxl's sheet parser, reading saved results and also noting which cells hold a formula."""
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser  # noqa: PLC0415

    class Parser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            formula = element.find(FORMULA_TAG)
            if formula is not None:  # a shared formula's text is on its first cell only
                cell["formula"] = f"={formula.text}" if formula.text else "a shared formula"
            return cell

    return Parser


def _without_parsed(source: IO[bytes]) -> Iterator[tuple[str, Any, list[Any]]]:
    """(event, element, open elements) for ``source``'s XML, each element let go once it has ended.

    An element is taken out of its parent when it ends (after the caller has
    seen it), unless it lies inside a cell (``<c>``) or a shared string
    (``<si>``), which are let go as a whole: so a sheet of a million rows or a
    table of a million strings holds one cell's or one string's XML at a time.
    """
    from openpyxl.xml.functions import iterparse  # noqa: PLC0415 - defusedxml's, when installed

    stack: list[Any] = []
    kept = 0  # open <c> or <si> elements
    for event, element in iterparse(source, events=("start", "end")):
        if event == "start":
            stack.append(element)
            kept += element.tag in _WHOLE
            yield event, element, stack
            continue
        yield event, element, stack
        stack.pop()
        if element.tag in _WHOLE:
            kept -= 1
        if not kept and stack:
            del stack[-1][:]


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_WHOLE = frozenset({f"{_MAIN}c", f"{_MAIN}si"})
_ROW, _CELL, _STRING = f"{_MAIN}row", f"{_MAIN}c", f"{_MAIN}si"


def _row_number(row: Any, last: int) -> int:
    """A ``<row>``'s number: its ``r`` attribute (``"3"`` or ``"3.0"``), else one after the last."""
    given = row.get("r")
    if given is None:
        return last + 1
    try:
        return int(given)
    except ValueError:
        number = float(given)
        if not number.is_integer():
            msg = f"{given} is not a valid row number"
            raise ValueError(msg) from None
        return int(number)


def _parsed_cells(parser: Any, source: IO[bytes], *, max_rows: int | None = None) -> Iterator[dict[str, Any]]:
    """Every cell of a sheet, parsed by openpyxl's cell parser, one at a time (:func:`_without_parsed`)."""
    for event, element, stack in _without_parsed(source):
        tag = element.tag
        if event == "start":
            if tag == _ROW:
                parser.row_counter = _row_number(element, parser.row_counter)
                parser.col_counter = 0
        elif tag == _CELL and len(stack) > 1 and stack[-2].tag == _ROW:
            yield parser.parse_cell(element)
        elif tag == _ROW and max_rows is not None and parser.row_counter >= max_rows:
            return


def _shared_strings(source: IO[bytes]) -> list[str]:
    """The shared strings table, as openpyxl reads it, keeping only the strings."""
    from openpyxl.cell.text import Text  # noqa: PLC0415

    strings = []
    for event, element, _ in _without_parsed(source):
        if event == "end" and element.tag == _STRING:
            strings.append(Text.from_tree(element).content.replace("x005F_", ""))
    return strings


@functools.cache
def _reader_type() -> Any:
    """Openpyxl's workbook reader, reading the shared strings with :func:`_shared_strings`."""
    from openpyxl.reader.excel import ExcelReader  # noqa: PLC0415
    from openpyxl.xml.constants import SHARED_STRINGS  # noqa: PLC0415

    class Reader(ExcelReader):  # type: ignore[misc]
        def read_strings(self) -> None:
            found = self.package.find(SHARED_STRINGS)
            if found is not None:
                with self.archive.open(found.PartName[1:]) as source:
                    self.shared_strings = _shared_strings(source)

    return Reader


def _load(f: IO[bytes]) -> Any:
    """``openpyxl.load_workbook(f, read_only=True, data_only=True)``, with the shared strings streamed."""
    reader = _reader_type()(f, read_only=True, keep_vba=False, data_only=True, keep_links=True)
    reader.read()
    return reader.wb


class _Sheet:
    """One worksheet read cell by cell: its values as text, and every problem found on the way."""

    def __init__(self, name: str, book: Any, sheet: Any) -> None:
        self.name = name
        self.book = book
        self.title: str = sheet.title
        self.sheet = sheet
        self.problems: list[Problem] = []  # the first PROBLEM_CAP + 1 problems
        self.more = 0  # and how many more
        self.row = 0  # the last row read, for an error in the middle

    def problem(self, problem: Problem) -> None:
        """Note a problem: the first :data:`PROBLEM_CAP` (and one) are kept, the rest counted."""
        if len(self.problems) <= PROBLEM_CAP:
            self.problems.append(problem)
        else:
            self.more += 1

    def told(self) -> list[Problem]:
        """The problems as an error tells them: the first :data:`PROBLEM_CAP`, then how many more."""
        total = len(self.problems) + self.more
        if total <= PROBLEM_CAP:
            return self.problems
        more = Problem(f"{self.name}:{self.title}", f"and {total - PROBLEM_CAP:,} more problems like these")
        return [*self.problems[:PROBLEM_CAP], more]

    def where(self, row: int, column: int | None = None) -> str:
        cell = f"{_letter(column)}{row}" if column is not None else str(row)
        return f"{self.name}:{self.title}!{cell}"

    def cells(self, *, max_rows: int | None = None) -> dict[int, dict[int, str]]:
        """{row: {column: text}} for every cell with a value, read from the sheet's XML as it comes.

        The declared ``<dimension>`` is not used, and rows or cells out of
        order are placed by their references (openpyxl's own row iterator
        drops a row that comes after a higher one and a cell after one
        further right).
        """
        book, sheet = self.book, self.sheet
        found: dict[int, dict[int, str]] = {}
        with sheet._get_source() as source:
            parser = _parser_type()(
                source,
                sheet._shared_strings,
                data_only=True,
                epoch=book.epoch,
                date_formats=book._date_formats,
                timedelta_formats=book._timedelta_formats,
            )
            for cell in _parsed_cells(parser, source, max_rows=max_rows):
                self.place(found, cell)
        return found

    def place(self, found: dict[int, dict[int, str]], cell: dict[str, Any]) -> None:
        number, column, value = cell["row"], cell["column"], cell["value"]
        self.row = number
        formula = cell.get("formula")
        if value is None and formula is None:
            return
        here = self.where(number, column)
        cells = found.setdefault(number, {})
        if column in cells:
            self.problem(Problem(here, "the cell is given twice in the file"))
        elif formula is not None and value is None:
            msg = (
                f"a formula ({formula}) with no saved result: open and save the workbook in a "
                "spreadsheet program, or type the value"
            )
            self.problem(Problem(here, msg))
        elif cell["data_type"] == "e":
            what = f"a formula ({formula}) whose result is the error" if formula else "the error value"
            self.problem(Problem(here, f"{what} {value!s}, not a value to read"))
        else:
            text = _text(value)
            if len(text) > XLSX_CELL_LIMIT:
                msg = f"text of {len(text):,} characters, more than a cell holds ({XLSX_CELL_LIMIT:,})"
                self.problem(Problem(here, msg))
            else:
                cells[column] = text
                return
        cells.setdefault(column, "")  # refused: counted as present, never read


def xlsx_rows(
    path: str | os.PathLike[str], wanted: Collection[str] = (), fields: Collection[str] = ()
) -> Table:
    """The judgement sheet of an XLSX file: its header, rows and form fields (see :class:`Table`).

    The sheet is the one whose header row names every column in ``wanted``
    (ignoring case), else the first sheet; the header row is the first of
    its first :data:`FIELD_ROWS` rows to name them, else row 1. Rows above
    the header are form fields named in column A, each one of ``fields``
    (ignoring case and a trailing colon) with its value in column B. Cells
    are read as text (numbers as they print, dates and times in ISO 8601);
    every value is read or refused with its cell (see the module docstring).

    Raises:
        InputFileError: the file cannot be read as a workbook (with the reason).
        InvalidInputError: values that cannot be read as written, each with its cell;
            an .xls or .ods workbook (with a hint to save it as .xlsx or CSV).

    """
    openpyxl_module()  # MissingDependencyError without the xlsx extra
    name = os.fspath(path)
    check_input_file(path, "workbook")
    refuse_other_spreadsheet(path)
    sheets: list[_Sheet] = []
    try:
        with open(path, "rb") as f, warnings.catch_warnings():
            # openpyxl warns about parts it skips (data validation extensions,
            # styles) and dates out of range (then an error value, refused below)
            warnings.simplefilter("ignore")
            _check_archive(f, name)
            book = _load(f)
            try:
                sheets = [_Sheet(name, book, s) for s in book.worksheets]
                sheet, header_row = _chosen(sheets, name, wanted)
                found = sheet.cells()
            finally:
                book.close()
    except TrainerFrameworkError:
        raise
    except Exception as exc:  # a corrupt archive or XML: BadZipFile, zlib.error, ParseError, KeyError ...
        busy = next((s for s in sheets if s.row), None)  # the sheet being read when it failed
        where = f" (sheet {busy.title!r}, row {busy.row})" if busy is not None else ""
        msg = f"cannot read workbook {name!r}{where}: {type(exc).__name__}: {exc}"
        raise InputFileError(msg) from None
    return _table(sheet, found, header_row, fields)


def _check_archive(f: IO[bytes], name: str) -> None:
    """InputFileError unless ``f`` is a zip archive whose members unpack within the input size limit."""
    head = f.read(128)
    f.seek(0)
    if not head.startswith(b"PK"):
        msg = f"cannot read workbook {name!r}: not an XLSX workbook (an XLSX file is a zip archive)"
        raise InputFileError(msg)
    limit = max_input_bytes()
    with zipfile.ZipFile(f) as archive:
        members = archive.infolist()
        if any(m.filename == "mimetype" for m in members) and spreadsheet_kind(head) is not None:
            kind = spreadsheet_kind(head)
            raise InvalidInputError([Problem(name, f"{kind} is not read: {_SAVE_AS}")], name)
        for member in members:
            if member.file_size > limit:
                msg = (
                    f"cannot read workbook {name!r}: its part {member.filename!r} unpacks to "
                    f"{member.file_size:,} bytes, more than the input limit of {limit:,} bytes "
                    "(TRAINERFRAMEWORK_MAX_INPUT_BYTES)"
                )
                raise InputFileError(msg)
        total = sum(m.file_size for m in members)
        if total > limit:
            msg = (
                f"cannot read workbook {name!r}: it unpacks to {total:,} bytes, more than the input "
                f"limit of {limit:,} bytes (TRAINERFRAMEWORK_MAX_INPUT_BYTES)"
            )
            raise InputFileError(msg)
    f.seek(0)


def _chosen(sheets: list[_Sheet], name: str, wanted: Collection[str]) -> tuple[_Sheet, int]:
    """The sheet with a header naming every ``wanted`` column (else the first), and its header's row."""
    if not sheets:
        raise InvalidInputError([Problem(name, "the workbook has no sheets")], name)
    if not wanted:
        return sheets[0], 1
    matching = []
    for sheet in sheets:
        top = sheet.cells(max_rows=FIELD_ROWS)
        sheet.problems.clear()
        sheet.more = sheet.row = 0  # only the sheet being read has a row, for an error in the middle
        found = [n for n in sorted(top) if set(wanted) <= {t.strip().lower() for t in top[n].values()}]
        if found and found[0] <= FIELD_ROWS:
            matching.append((sheet, found[0]))
    if len(matching) > 1:
        titles = ", ".join(repr(s.title) for s, _ in matching)
        msg = f"sheets {titles} all have the columns {', '.join(wanted)}: keep the judgements on one sheet"
        raise InvalidInputError([Problem(name, msg)], name)
    return matching[0] if matching else (sheets[0], 1)


def _field_name(text: str) -> str:
    return text.strip().lower().removesuffix(":").strip()


def _fields(
    sheet: _Sheet, found: dict[int, dict[int, str]], header_row: int, fields: Collection[str]
) -> dict[str, tuple[str, str]]:
    """The form fields in the rows above the header: name -> (value, place); problems go to the sheet."""
    out: dict[str, tuple[str, str]] = {}
    first: dict[str, str] = {}
    for number in sorted(n for n in found if n < header_row):
        cells = found.pop(number)
        if not any(text.strip() for text in cells.values()):
            continue
        name = _field_name(cells.get(1, ""))
        if name not in fields:
            shown = name or next(t for t in cells.values() if t.strip())
            allowed = ", ".join(fields) if fields else "none here"
            msg = f"{shown!r} above the header row is not a field (fields: {allowed})"
            sheet.problem(Problem(sheet.where(number, 1), msg))
            continue
        for column, text in sorted(cells.items()):
            if column > 2 and text.strip():
                msg = f"value {text!r} beyond the field's value (column B): one value per field"
                sheet.problem(Problem(sheet.where(number, column), msg))
        if name in first:
            msg = f"field {name!r} is given again (first in {first[name]})"
            sheet.problem(Problem(sheet.where(number, 1), msg))
            continue
        first[name] = sheet.where(number, 1)
        value = cells.get(2, "")
        if value.strip():
            out[name] = (value, f"{sheet.title}!B{number}")
    return out


def _table(
    sheet: _Sheet, found: dict[int, dict[int, str]], header_row: int, field_names: Collection[str]
) -> Table:
    """Header, rows and fields read; values in unnamed columns, and columns named twice, refused."""
    name = sheet.name
    fields = _fields(sheet, found, header_row, field_names)
    header_cells = found.pop(header_row, {})
    width = max(header_cells, default=0)
    header = [header_cells.get(c, "").strip().lower() for c in range(1, width + 1)]
    if not any(header):
        sheet.problems.insert(0, Problem(sheet.where(header_row), "empty sheet: expected a header row"))
        raise InvalidInputError(sheet.told(), name)
    first: dict[str, int] = {}
    for column, heading in enumerate(header, start=1):
        if heading and heading in first:
            msg = f"column {heading!r} is named again (first in column {_letter(first[heading])})"
            sheet.problem(Problem(sheet.where(header_row, column), msg))
        first.setdefault(heading, column)
    out = []
    for number in sorted(found):
        row = {}
        for column, text in sorted(found.pop(number).items()):  # each row's cells let go as it is made
            heading = header[column - 1] if column <= width else ""
            if heading:
                row[heading] = text
            elif text.strip():
                sheet.problem(Problem(sheet.where(number, column), _unnamed(column, width, text)))
        if any(row.values()):
            out.append((f"{sheet.title}!{number}", row))
    if sheet.problems:
        raise InvalidInputError(sheet.told(), name)
    return Table(sheet.title, header, out, fields, header_row)


def _unnamed(column: int, width: int, text: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    if column > width:
        return f"value {shown!r} beyond the header's last column ({_letter(width)}): give its column a name"
    return f"value {shown!r} in column {_letter(column)}, which has no name in the header row"
