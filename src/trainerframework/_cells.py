r"""Spreadsheet cells: one rule for text a spreadsheet must never run as a formula.

Every text cell the library writes to CSV, TSV or XLSX (framework names and
texts, ids, trainer ids, notes) passes through this module. The rule follows
the OWASP guidance on CSV injection
(https://owasp.org/www-community/attacks/CSV_Injection): a cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or the full-width
forms U+FF1D, U+FF0B, U+FF0D, U+FF20, which some spreadsheets fold to ASCII)
is a cell a spreadsheet could evaluate.

- In CSV and TSV such a cell is written with a leading ``'``
  (:func:`neutralised`). So that the library's own readers can take exactly
  that ``'`` away again (:func:`restored`), a cell that already starts with
  ``'`` gets one more: ``'x`` is written ``''x``. Writing then reading gives
  back every value as it was.
- Every CSV is written with ``\r\n`` line ends (:func:`csv_text`), so a
  carriage return or line feed inside a cell is always quoted: a lone ``\r``
  cannot start a new row.
- In XLSX the cell is always of string type, never a formula, and a
  formula-like one also carries Excel's "quote prefix" style, so the value is
  kept exactly as it is (:func:`xlsx_text_cell`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["FORMULA_START", "csv_text", "formula_like", "neutralised", "restored", "xlsx_text_cell"]

FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
"""First characters that make a spreadsheet evaluate a cell (OWASP), with their full-width forms."""
_GUARDED = FORMULA_START | {"'"}


def formula_like(text: str) -> bool:
    """Whether a spreadsheet could run ``text`` as a formula: it starts with one of :data:`FORMULA_START`."""
    return text[:1] in FORMULA_START


def neutralised(text: str) -> str:
    """``text`` as a CSV or TSV cell: a ``'`` before formula-like text or text starting with ``'``."""
    return "'" + text if text[:1] in _GUARDED else text


def restored(cell: str) -> str:
    """The value :func:`neutralised` wrote as ``cell``: exactly the ``'`` it added taken away."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in _GUARDED else cell


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]], *, delimiter: str = ",") -> str:
    r"""CSV (or, with a tab ``delimiter``, TSV): text cells :func:`neutralised`, lines ended ``\r\n``.

    With ``\r\n`` as the line end the csv module quotes every cell holding a
    carriage return or a line feed. Cells that are not text (numbers,
    ``None``) are written as the csv module writes them.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralised(h) for h in header])
    writer.writerows([neutralised(c) if isinstance(c, str) else c for c in row] for row in rows)
    return buffer.getvalue()


def xlsx_text_cell(cell: Any, text: str) -> None:
    """Put ``text`` in an openpyxl cell as a string, never a formula; formula-like text is quote-prefixed."""
    cell.value = text
    cell.data_type = "s"  # openpyxl would make "=..." a formula cell
    if formula_like(text):
        cell.quotePrefix = True
