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
  kept exactly as it is (:func:`xlsx_text_cell`). What XML cannot carry is
  made visible instead (:func:`xlsx_text`): a control character other than
  tab, line feed and carriage return is written ``\x01``, a lone surrogate or
  U+FFFE/U+FFFF ``\ud800``; text longer than an XLSX cell holds (32,767
  characters) is cut with a note saying how much was left out.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = [
    "FORMULA_START",
    "XLSX_CELL_LIMIT",
    "csv_text",
    "formula_like",
    "neutralised",
    "restored",
    "xlsx_text",
    "xlsx_text_cell",
]

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


XLSX_CELL_LIMIT = 32_767
"""The most characters an XLSX cell holds (Excel's limit; openpyxl cuts longer text silently)."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def xlsx_text(text: str) -> str:
    r"""``text`` as an XLSX cell can hold it: what XML 1.0 cannot carry made visible, over-long text cut.

    A C0 control other than tab, line feed and carriage return becomes
    ``\x01`` (as on a terminal), a lone surrogate or U+FFFE/U+FFFF
    ``\ud800``; openpyxl would refuse the workbook (``IllegalCharacterError``)
    or write one no program opens. Text over :data:`XLSX_CELL_LIMIT`
    characters is cut and ends with a note of how much was left out, rather
    than cut silently. Everything else is kept as it is.
    """
    shown = _NOT_XML.sub(_shown, text)
    if len(shown) <= XLSX_CELL_LIMIT:
        return shown
    cut = XLSX_CELL_LIMIT - 40  # room for the note
    return f"{shown[:cut]} [cut: {len(shown) - cut:,} more characters]"


def xlsx_text_cell(cell: Any, text: str) -> None:
    """Put ``text`` in an openpyxl cell as a string, never a formula; formula-like text is quote-prefixed.

    The text is first made fit for XML by :func:`xlsx_text`.
    """
    text = xlsx_text(text)
    cell.value = text
    cell.data_type = "s"  # openpyxl would make "=..." a formula cell
    if formula_like(text):
        cell.quotePrefix = True
