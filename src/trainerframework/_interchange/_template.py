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


def _xlsx(fw: Framework) -> bytes:
    openpyxl = openpyxl_module()
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = _SHEET
    for number, row in enumerate([list(TEMPLATE_COLUMNS), *_rows(fw)], start=1):
        for place, text in enumerate(row, start=1):
            if text:  # blank cells stay empty, for the trainer to fill in
                xlsx_text_cell(sheet.cell(row=number, column=place), text)
    judgement = TEMPLATE_COLUMNS.index("judgement") + 1
    letter = openpyxl.utils.get_column_letter(judgement)
    check = DataValidation(
        type="list",
        formula1='"' + ",".join(_JUDGEMENTS) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Judgement",
        error="Choose met, partly or not_met (or leave blank: not judged).",
    )
    check.add(f"{letter}2:{letter}{len(fw.descriptors) + 1}")
    sheet.add_data_validation(check)
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHI", (28, 22, 20, 34, 70, 12, 40, 12, 12), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
