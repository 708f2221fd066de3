"""Self-assessment templates: a spreadsheet (XLSX) or CSV with a row per descriptor, read back as evidence.

:func:`self_assessment_template` writes one row per descriptor (category,
component, stage, id and text) with empty columns for the judgement, note,
source and date; in XLSX the judgement column only takes the allowed values
(a data-validation list). :func:`read_evidence` reads a filled template back,
CSV or XLSX: rows whose judgement is blank are "not judged" (no evidence
about that descriptor), and a blank judgement next to a note, source or date is
an error, so nothing written is dropped (:mod:`._workbook` reads the XLSX
sheet). XLSX needs the ``xlsx`` extra (openpyxl); without it, writing or
reading one is a :class:`~trainerframework.MissingDependencyError` naming
the command that installs it.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .._base._cells import csv_text, xlsx_text_cell
from .._base._files import write_file
from ..exceptions import FileFormatError
from ._workbook import openpyxl_module

if TYPE_CHECKING:
    from .._model._framework import Framework

__all__ = ["FORMATS", "TEMPLATE_COLUMNS", "TEMPLATE_CONTEXT", "self_assessment_template", "template_format"]

TEMPLATE_CONTEXT = ("category", "component", "stage", "text")
"""Columns a template carries for the reader's eyes; evidence readers accept and ignore them."""
TEMPLATE_COLUMNS = (
    "category",
    "component",
    "stage",
    "descriptor",
    "text",
    "judgement",
    "note",
    "source",
    "date",
)
"""The template's columns, in order."""
_JUDGEMENTS = ("met", "partly", "not_met")
_SHEET = "Self-assessment"


def _rows(fw: Framework) -> Iterator[list[str]]:
    for d in fw.descriptors:
        component = fw.component(d.component_id).name if d.component_id else ""
        yield [fw.category(d.category_id).name, component, d.stage.name, d.id, d.text, "", "", "", ""]


_BY_SUFFIX = {".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}
FORMATS = ("xlsx", "csv")
"""The template formats."""


def template_format(path: str | os.PathLike[str] | None, format: str | None = None) -> str:  # noqa: A002
    """The format of a template written to ``path``: ``format`` if given, else the extension, else XLSX.

    A name ending ``.csv`` is CSV and one ending ``.xlsx`` (or ``.xlsm``)
    XLSX; any other name (or none) is XLSX unless ``format`` says otherwise.

    Raises:
        FileFormatError: ``format`` is not ``"xlsx"`` or ``"csv"``, or it
            contradicts the extension (``"sa.csv"`` with ``format="xlsx"``).

    """
    if format is not None and format not in FORMATS:
        msg = f"format must be 'xlsx' or 'csv', not {format!r}"
        raise FileFormatError(msg)
    name = "" if path is None else os.fspath(path)
    implied = _BY_SUFFIX.get(os.path.splitext(name)[1].lower())
    if format is not None and implied is not None and format != implied:
        msg = (
            f"format {format!r} contradicts the file name {name!r}, which says {implied}: "
            f"give format={implied!r}, or name the file .{format}"
        )
        raise FileFormatError(msg)
    return format or implied or "xlsx"


def self_assessment_template(
    fw: Framework,
    path: str | os.PathLike[str] | None = None,
    *,
    format: str | None = None,  # noqa: A002
    overwrite: bool = False,
) -> bytes:
    """A self-assessment template for ``fw``: XLSX or CSV, as bytes (also written to ``path``).

    The format is ``format`` if given, else the extension of ``path``
    (``.csv``: CSV; ``.xlsx``: XLSX), else XLSX; a ``format`` that contradicts
    the extension is refused. One row per descriptor, in framework order,
    with columns :data:`TEMPLATE_COLUMNS`; the judgement column takes
    ``met``, ``partly`` or ``not_met`` (an XLSX data-validation list). Fill it
    in and read it back with :func:`~trainerframework.read_evidence`, or a
    folder of them with :meth:`~trainerframework.Cohort.read`.

    A template is a file trainers fill in, so an existing ``path`` is not
    replaced unless ``overwrite=True``; the file is built in full, then
    written to a temporary file and moved into place, so a failed write
    leaves any file already there as it was.

    Raises:
        FileFormatError: an unknown ``format``, or one the extension contradicts
            (a ValueError).
        MissingDependencyError: XLSX without the ``xlsx`` extra (openpyxl); an ImportError.
        OutputExistsError: ``path`` exists and ``overwrite`` is false.
        OutputFileError: ``path`` cannot be written (the message says why).

    """
    if template_format(path, format) == "csv":
        data = ("\ufeff" + csv_text(TEMPLATE_COLUMNS, _rows(fw))).encode(
            "utf-8"
        )  # a byte-order mark: Excel opens it as UTF-8
    else:
        data = _xlsx(fw)
    if path is not None:
        write_file(path, data, overwrite=overwrite, what="template")
    return data


FIELDS = ("trainer", "date")
"""The form fields above a workbook template's header row: the trainer's name or id, and the date."""
HEADER_ROW = len(FIELDS) + 2
"""The row of a workbook template's header: below the fields and one empty row."""
_INSTRUCTIONS = "Instructions"
_WIDTHS = {  # characters; the whole row fits a landscape page at about 70%
    "category": 18,
    "component": 16,
    "stage": 12,
    "descriptor": 20,
    "text": 56,
    "judgement": 11,
    "note": 32,
    "source": 10,
    "date": 12,
}
_WRAPPED = frozenset({"category", "component", "stage", "descriptor", "text", "note"})
_LINE = 15.0  # points: one line of 11-point text
_ANSWERS = (
    ("met", "This describes what you do now, regularly and with confidence."),
    ("partly", "You do some of this, or sometimes, or you are starting to."),
    ("not_met", "This does not describe what you do yet."),
    ("(blank)", "You have not judged this one. Blank rows are fine: they count as no evidence."),
)


def _instruction_lines(fw: Framework) -> list[tuple[str, str]]:
    """(first column, second column) of the instructions sheet: plain words for trainers."""
    stages = ", ".join(s.name for s in fw.stages)
    return [
        ("Self-assessment", ""),
        ("", ""),
        ("What this is", ""),
        ("", f"Each row of the sheet '{_SHEET}' is one statement of practice from the {fw.name}."),
        ("", f"The statements are grouped by category and by stage ({stages})."),
        (
            "",
            "Nobody meets every statement: most trainers are at different stages in different areas.",
        ),
        ("", ""),
        ("How to fill it in", ""),
        (
            "1.",
            f"Open the sheet '{_SHEET}'. Next to 'trainer' at the top, type your name or your trainer id.",
        ),
        ("2.", "Next to 'date', type today's date (for example 2025-03-31)."),
        ("3.", "Read each statement in the 'text' column and ask: does this describe what I do now?"),
        (
            "4.",
            "In the 'judgement' column, choose one answer from the list (see below), or leave it blank.",
        ),
        ("5.", "If you like, add a 'note' (an example from your work) and a 'source' (for example self)."),
        ("6.", "The 'date' column is only for a row judged on another day than the date at the top."),
        ("7.", "Save the file as it is (.xlsx) and return it. Do not rename the columns or add new ones."),
        ("", ""),
        ("What each answer means", ""),
        *_ANSWERS,
        ("", ""),
        ("Printing", ""),
        ("", "The sheet prints across the page, with the column names at the top of every page."),
    ]


def _row_height(row: list[str]) -> float:
    """Points for a row: lines enough for its longest wrapped cell, and two at least (to write by hand)."""
    lines = 2
    for column, text in zip(TEMPLATE_COLUMNS, row, strict=True):
        if text and column in _WRAPPED:
            lines = max(lines, -(-len(text) * 11 // (_WIDTHS[column] * 10)) + 1)  # 10% for word breaks
    return lines * _LINE


def _xlsx(fw: Framework) -> bytes:
    openpyxl = openpyxl_module()
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: PLC0415
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

    book = openpyxl.Workbook()
    info = book.active
    info.title = _INSTRUCTIONS
    sheet = book.create_sheet(_SHEET)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    line = Side(style="thin", color="999999")
    box = Border(left=line, right=line, top=line, bottom=line)
    to_fill = PatternFill("solid", fgColor="FFF2CC")  # the cells a trainer fills in
    heading = PatternFill("solid", fgColor="D9E1F2")

    # the instructions: plain words, read by people and skipped by the reader
    info.column_dimensions["A"].width = 24
    info.column_dimensions["B"].width = 90
    for number, (first, second) in enumerate(_instruction_lines(fw), start=1):
        for place, text in ((1, first), (2, second)):
            if text:
                cell = info.cell(row=number, column=place)
                xlsx_text_cell(cell, text)
                cell.alignment = wrap
        if first and not second:
            info.cell(row=number, column=1).font = Font(bold=True, size=14 if number == 1 else 12)
    info.page_setup.orientation = "portrait"
    info.page_setup.fitToWidth = 1
    info.page_setup.fitToHeight = 0
    info.sheet_properties.pageSetUpPr.fitToPage = True

    # the fields: the trainer's name or id, and the date
    prompts = {
        "trainer": ("Trainer", "Your name, or the id your organisation gave you."),
        "date": ("Date", "The date you filled this in, for example 2025-03-31."),
    }
    for number, field in enumerate(FIELDS, start=1):
        label = sheet.cell(row=number, column=1)
        xlsx_text_cell(label, field)
        label.font = bold
        value = sheet.cell(row=number, column=2)
        value.fill = to_fill
        value.border = box
        if field == "date":
            value.number_format = "yyyy-mm-dd"
        title, prompt = prompts[field]
        hint = DataValidation(allow_blank=True, showInputMessage=True, promptTitle=title, prompt=prompt)
        hint.add(value.coordinate)
        sheet.add_data_validation(hint)

    # the table: a bold header repeated on every printed page, wrapped text
    header = HEADER_ROW
    for place, column in enumerate(TEMPLATE_COLUMNS, start=1):
        cell = sheet.cell(row=header, column=place)
        xlsx_text_cell(cell, column)
        cell.font = bold
        cell.fill = heading
        cell.border = box
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for number, row in enumerate(_rows(fw), start=header + 1):
        for place, (column, text) in enumerate(zip(TEMPLATE_COLUMNS, row, strict=True), start=1):
            cell = sheet.cell(row=number, column=place)
            if text:  # blank cells stay empty, for the trainer to fill in
                xlsx_text_cell(cell, text)
            cell.alignment = wrap if column in _WRAPPED else top
            cell.border = box
            if column in {"judgement", "note", "source", "date"}:
                cell.fill = to_fill
        sheet.row_dimensions[number].height = _row_height(row)
    last = header + len(fw.descriptors)
    judgement = openpyxl.utils.get_column_letter(TEMPLATE_COLUMNS.index("judgement") + 1)
    check = DataValidation(
        type="list",
        formula1='"' + ",".join(_JUDGEMENTS) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Judgement",
        error="Choose met, partly or not_met (or leave blank: not judged).",
    )
    check.add(f"{judgement}{header + 1}:{judgement}{last}")
    sheet.add_data_validation(check)
    for place, column in enumerate(TEMPLATE_COLUMNS, start=1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(place)].width = _WIDTHS[column]
    sheet.freeze_panes = f"A{header + 1}"
    sheet.print_title_rows = f"{header}:{header}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    sheet.oddFooter.center.text = "Page &P of &N"
    book.active = book.index(sheet)  # opens (and prints) at the form; the instructions tab is first
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
