"""Cohort tables: a workbook of judgements, and a folder of returned self-assessment templates.

A cohort workbook (``.xlsx``) has the columns of a cohort CSV file
(``trainer``, ``descriptor``, ``judgement`` ...) on the sheet whose header
names ``judgement``. A folder of returned templates is a cohort with one
trainer per file: every ``.csv``, ``.tsv``, ``.xlsx`` and ``.xlsm`` file in it
(not in subfolders; hidden files and Excel's ``~$`` lock files are passed
over) is read as a filled template (:func:`~trainerframework.read_evidence`'s
rules: a blank judgement is "not judged"). The trainer is named by the file's
``trainer`` (or ``trainer_id``) column if it has one, else by the file name
without its extension. Other files (notes, a README) are not templates and
are passed over; an ``.xls`` or ``.ods`` file is a problem with a hint to save
it as ``.xlsx`` or CSV. Every problem names its file.
"""

from __future__ import annotations

import os
from pathlib import Path

from .._base._input import read_text
from .._interchange._inputs import header_problems, items_from_rows, rows_from_csv, table_rows, trainer_of
from .._interchange._template import FIELDS
from .._interchange._workbook import other_spreadsheet, xlsx_rows
from .._model._framework import Framework
from .._profiling._evidence import EvidenceItem
from ..exceptions import InputFileError, InvalidInputError, Problem

__all__ = ["TEMPLATE_SUFFIXES", "template_folder", "workbook_rows"]

TEMPLATE_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".xlsx": "xlsx", ".xlsm": "xlsx"}
"""The files of a folder read as returned templates, and what each is."""

Rows = list[tuple[str, dict[str, str]]]


def workbook_rows(
    path: str | os.PathLike[str], required: tuple[str, ...] = (), optional: tuple[str, ...] = ()
) -> Rows:
    """(place, row) for every row of a workbook's judgement sheet; InvalidInputError for a bad header.

    The form fields above the header (a filled template's ``trainer`` and
    ``date``) fill in each row's trainer and each judged row's date where
    the row gives none.
    """
    name = os.fspath(path)
    table = xlsx_rows(path, wanted=("judgement",), fields=FIELDS)
    problems = header_problems(table.header, f"{name}:{table.header_place}", required, optional)
    if problems:
        raise InvalidInputError(problems, name)
    return table_rows(table, name, trainer=True)


def _template_rows(file: Path, kind: str) -> Rows:
    name = str(file)
    if kind == "xlsx":
        return workbook_rows(file, optional=("trainer",))
    text = read_text(file, "template", newline="")
    delimiter = "\t" if kind == "tsv" else ","
    return [
        (f"{name}:{line}", row)
        for line, row in rows_from_csv(text, name, delimiter=delimiter, optional=("trainer",))
    ]


def template_folder(
    folder: str | os.PathLike[str], fw: Framework
) -> tuple[list[tuple[str, list[EvidenceItem]]], list[Problem]]:
    """Every returned template in ``folder``: (trainer, judgements) per file, and every problem found.

    A file with a problem of its own (unreadable, a bad header, several
    trainers, a trainer already named by another file) is left out; a bad
    row is left out of its file. The caller raises or keeps what was read.
    """
    root = Path(folder)
    try:
        files = sorted(p for p in root.iterdir() if p.is_file() and not p.name.startswith((".", "~$")))
    except OSError as exc:
        msg = f"cannot read folder {os.fspath(folder)!r}: {exc.strerror or exc}"
        raise InputFileError(msg) from None
    members: list[tuple[str, list[EvidenceItem]]] = []
    problems: list[Problem] = []
    first: dict[str, str] = {}
    for file in files:
        name = str(file)
        kind = TEMPLATE_SUFFIXES.get(file.suffix.lower())
        if kind is None:
            spreadsheet = other_spreadsheet(file)
            if spreadsheet is not None:
                problems.append(Problem(name, f"{spreadsheet} is not read: save it as .xlsx or as CSV UTF-8"))
            continue  # not a template
        try:
            rows = _template_rows(file, kind)
        except InvalidInputError as exc:
            problems += exc.problems
            continue
        except InputFileError as exc:
            problems.append(Problem(name, str(exc)))
            continue
        names: dict[str, None] = {}
        for where, row in rows:
            tid, found = trainer_of(row, where)
            problems += found
            if tid:
                names[tid] = None
        if len(names) > 1:
            shown = ", ".join(map(repr, list(names)[:5]))
            msg = f"names {len(names)} trainers ({shown}): a folder of templates holds one trainer per file"
            problems.append(Problem(name, msg))
            continue
        tid = next(iter(names)) if names else file.stem
        if tid in first:
            problems.append(Problem(name, f"trainer {tid!r} is also named by {first[tid]}"))
            continue
        first[tid] = name
        items, found = items_from_rows(rows, name, fw)
        problems += found
        members.append((tid, items))
    return members, problems
