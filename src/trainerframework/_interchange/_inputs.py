"""Reading evidence from files: JSON and CSV, with errors that name the file and line.

CSV (a header row is required; column order is free):

    trainer,descriptor,judgement,source,date,note,confidence

``descriptor`` (or ``descriptor_id``) and ``judgement`` are required; the
others are optional (``trainer`` is required for cohort files). JSON evidence
is a document written by ``dumps(evidence)``, a mapping
``{descriptor_id: judgement}``, or a list of objects with the EvidenceItem
fields. Each judgement is structured into the private ``ItemDoc`` by the
strict converter of :mod:`.._base._documents`: no unknown keys or columns, nothing
coerced (a CSV cell is text, so only the confidence is read as a number).
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs

from .._base._cells import restored
from .._base._documents import PROBLEM_CAP, Share, Unparsable, capped, grouped, member, parse_json, structure
from .._base._input import read_text
from .._base._lenient import Skipped, check_on_error, settled
from .._base._renamed import renamed
from .._model._framework import Framework
from .._profiling._evidence import DEFAULT_SOURCE, Evidence, EvidenceItem, Judgement, check_date
from ..exceptions import InvalidEvidenceError, InvalidInputError, Problem, SerializationError
from ._template import FIELDS, TEMPLATE_CONTEXT
from ._workbook import Table, is_xlsx, refuse_other_spreadsheet, xlsx_rows

__all__ = [
    "ALIASES",
    "EvidenceValue",
    "ItemDoc",
    "ItemsDoc",
    "evidence_from_csv",
    "evidence_from_json",
    "evidence_value",
    "header_problems",
    "item_of_csv",
    "items_from_rows",
    "read_evidence",
    "read_text",
    "rows_from_csv",
    "table_rows",
    "trainer_of",
]


@attrs.frozen(kw_only=True)
class ItemDoc:
    """One judgement as an evidence file writes it: a JSON object or a CSV row."""

    descriptor_id: str | None = None
    descriptor: str | None = None
    judgement: str | None = None
    source: str | None = None
    date: str | None = None
    note: str | None = None
    confidence: Share | None = None


@attrs.frozen(kw_only=True)
class ItemsDoc:
    """An evidence file holding its judgements under "items": {"items": [...]}."""

    items: tuple[ItemDoc, ...]


EvidenceValue = dict[str, str] | tuple[ItemDoc, ...]
"""What :func:`evidence_value` reads: ``{descriptor id: judgement}`` or a list of judgements."""

_COLUMNS = tuple(a.name for a in attrs.fields(ItemDoc))


def _item_of(record: dict[str, Any], where: str) -> tuple[EvidenceItem | None, list[Problem]]:
    """A judgement from one JSON object or CSV row (empty cells and nulls count as absent)."""
    present = {k: v for k, v in record.items() if v is not None and v != ""}
    doc, problems = structure(present, ItemDoc, where)
    if doc is None:
        return None, problems
    if doc.descriptor and doc.descriptor_id and doc.descriptor != doc.descriptor_id:
        msg = f"descriptor {doc.descriptor!r} and descriptor_id {doc.descriptor_id!r} differ: give one"
        return None, [Problem(where, msg)]
    descriptor = doc.descriptor or doc.descriptor_id
    if not descriptor:
        return None, [Problem(where, "missing descriptor")]
    if doc.judgement is None:
        return None, [Problem(where, f"missing judgement for descriptor {descriptor!r}")]
    try:
        item = EvidenceItem(
            descriptor_id=descriptor,
            judgement=Judgement.parse(doc.judgement, f"descriptor {descriptor!r}"),
            source=doc.source or DEFAULT_SOURCE,
            date=doc.date,
            note=doc.note or "",
            confidence=1.0 if doc.confidence is None else doc.confidence,
        )
    except InvalidEvidenceError as exc:
        return None, [Problem(where, str(exc))]
    return item, []


def item_of_csv(row: dict[str, str], where: str) -> tuple[EvidenceItem | None, list[Problem]]:
    """A judgement from one CSV row: the cells are text, so the confidence is read as a number first."""
    # codes are trimmed (no id, judgement, source, date or number has surrounding blanks);
    # a note, like a trainer id, is kept exactly as written
    record: dict[str, Any] = {
        k: v if k == "note" else v.strip() for k, v in row.items() if k not in TEMPLATE_CONTEXT
    }
    confidence = record.get("confidence", "")
    if confidence:
        try:
            record["confidence"] = float(confidence)
        except ValueError:
            return None, [Problem(where, f"invalid confidence {confidence!r}: expected a number from 0 to 1")]
    item, problems = _item_of(record, where)
    prefix = f"{where}."
    return (
        item,
        [  # a cell's problem is told at its line, naming the column
            Problem(where, f"{p.path[len(prefix) :]}: {p.message}") if p.path.startswith(prefix) else p
            for p in problems
        ],
    )


class _Unknown:
    """Descriptor ids ``fw`` lacks: the first :data:`PROBLEM_CAP` told with suggestions, the rest counted.

    Suggestions cost about a millisecond an id, so a file of a million
    unknown ids is refused in linear time, not in minutes.
    """

    def __init__(self, fw: Framework | None) -> None:
        self.fw = fw
        self.count = 0
        self.found = False  # whether the last id looked at was unknown

    def __call__(self, descriptor_id: str, where: str) -> list[Problem]:
        """A problem if ``fw`` is given and has no descriptor with this id (with suggestions)."""
        fw = self.fw
        self.found = False
        if fw is None or (descriptor_id in fw and fw.kind_of(descriptor_id) == "descriptor"):
            return []
        self.found = True
        self.count += 1
        if self.count > PROBLEM_CAP:
            return []
        close = fw._suggest(descriptor_id, "descriptor")
        hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
        return [Problem(where, f"unknown descriptor id {descriptor_id!r}{hint}")]

    def rest(self, place: str) -> list[Problem]:
        """One problem counting the unknown ids not told, if there are any."""
        more = self.count - PROBLEM_CAP
        return [Problem(place, f"and {more:,} more unknown descriptor ids")] if more > 0 else []


def evidence_value(
    value: object, where: str, fw: Framework | None = None, *, keep: bool = False
) -> tuple[Evidence | None, list[Problem]]:
    """Evidence from a parsed JSON value: ``{descriptor_id: judgement}`` or a list of judgement objects.

    With ``fw``, descriptor ids it does not have are problems too, each with its place.
    Evidence is None when there are problems, unless ``keep`` (a lenient read):
    then it holds the judgements without a problem, and the problems are of
    the entries left out; a value that is neither kind is None either way.
    """
    unknown_ids = _Unknown(fw)
    if keep and isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return _entries_kept(value, where, unknown_ids)
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        unknown = [p for did in value if isinstance(did, str) for p in unknown_ids(did, member(where, did))]
        unknown += unknown_ids.rest(where)
        try:
            evidence = Evidence.from_mapping(value)
        except InvalidEvidenceError as exc:
            return None, [Problem(where, str(exc)), *unknown]
        return (None, unknown) if unknown else (evidence, [])
    if not isinstance(value, list):
        msg = "expected a mapping {descriptor_id: judgement} or a list of judgement objects"
        return None, [Problem(where, msg)]
    items, problems = [], []
    for i, record in enumerate(value):
        at = f"{where}[{i}]"
        if not isinstance(record, dict):
            problems.append(Problem(at, "expected an object with descriptor_id and judgement"))
            continue
        item, found = _item_of(record, at)
        problems += found
        if item is not None:
            problems += unknown_ids(item.descriptor_id, at)
            items.append(item)
    problems += unknown_ids.rest(where)
    return (None, problems) if problems and not keep else (Evidence.of(items), problems)


def _entries_kept(value: dict[str, str], where: str, unknown_ids: _Unknown) -> tuple[Evidence, list[Problem]]:
    """The entries of ``{descriptor_id: judgement}`` without a problem, and the problems of the others."""
    items, problems = [], []
    for did, judgement in value.items():
        at = member(where, did)
        told = unknown_ids(did, at)
        if unknown_ids.found:  # past the first few, without the (slow) suggestions
            problems += told or [Problem(at, f"unknown descriptor id {did!r}")]
            continue
        try:
            items.append(EvidenceItem(descriptor_id=did, judgement=judgement))
        except InvalidEvidenceError as exc:
            problems.append(Problem(at, str(exc)))
    return Evidence.of(items), problems


KINDS = ("narrative", "json", "csv", "tsv", "jsonl")
"""The kinds of input file: a narrative (prose), JSON, CSV, tab-separated values, JSON Lines."""

_BY_SUFFIX = {
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "narrative",
    ".md": "narrative",
    ".text": "narrative",
}
_SPREADSHEETS = {".xlsx", ".xlsm", ".xls", ".ods", ".numbers"}


def _sniff(text: str) -> str:
    """The kind a file's content suggests: JSON, JSON Lines, a table with a judgement column, or prose."""
    body = text.lstrip("\ufeff \t\r\n")
    if body[:1] in {"{", "["}:
        lines = [line for line in body.splitlines() if line.strip()]
        if len(lines) > 1 and all(
            line.lstrip().startswith("{") and line.rstrip().endswith("}") for line in lines
        ):
            return "jsonl"
        return "json"
    first = body.split("\n", 1)[0].lower()
    for kind, delimiter in (("tsv", "\t"), ("csv", ",")):
        cells = [c.strip().strip('"') for c in first.split(delimiter)]
        if len(cells) > 1 and "judgement" in cells:
            return kind
    return "narrative"


def file_kind(
    path: str | os.PathLike[str], text: str, accepted: Sequence[str], declared: str | None = None
) -> str:
    """Decide what an input file is: ``declared`` (``--format``), else its extension, else its content.

    A narrative extension (``.txt``, ``.md``) whose first line is a delimited
    header with a ``judgement`` column is read as that table (a tab-separated
    export saved as ``.txt`` is evidence, not prose). A spreadsheet workbook,
    or a kind the caller does not accept, is an InvalidInputError that names
    the kinds accepted.
    """
    name = os.fspath(path)
    suffix = Path(name).suffix.lower()
    what = ", ".join(accepted)
    if declared is not None:
        if declared not in accepted:
            raise InvalidInputError([Problem(name, f"format {declared!r} is not one of {what}")], name)
        return declared
    if suffix in _SPREADSHEETS:
        msg = f"a spreadsheet workbook ({suffix}) is not read: save it as CSV UTF-8 (accepted: {what})"
        raise InvalidInputError([Problem(name, msg)], name)
    kind = _BY_SUFFIX.get(suffix)
    sniffed = _sniff(text)
    if kind is None or (kind == "narrative" and sniffed in {"csv", "tsv"}):
        kind = sniffed
    if kind not in accepted:
        how = f"the extension {suffix!r}" if suffix in _BY_SUFFIX else "its content"
        msg = f"{how} says {kind}, but only {what} can be read here (give --format to say which)"
        raise InvalidInputError([Problem(name, msg)], name)
    return kind


def _visible(text: str) -> str:
    """``text`` with invisible characters (a stray byte-order mark, zero-width spaces) escaped."""
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


ALIASES = {"trainer": ("trainer", "trainer_id"), "descriptor": ("descriptor", "descriptor_id")}
"""The spellings every reader accepts for a column: ``trainer`` or ``trainer_id``,
``descriptor`` or ``descriptor_id``."""


def trainer_of(row: dict[str, str], where: str) -> tuple[str, list[Problem]]:
    """A row's trainer id, as ``trainer`` or ``trainer_id`` (both: they must agree); taken from ``row``."""
    given = [v for v in (row.pop("trainer", ""), row.pop("trainer_id", "")) if v]
    if len(given) == 2 and given[0] != given[1]:
        return "", [Problem(where, f"trainer {given[0]!r} and trainer_id {given[1]!r} differ: give one")]
    return (given[0] if given else ""), []


def header_problems(
    header: Sequence[str], where: str, required: tuple[str, ...] = (), optional: tuple[str, ...] = ()
) -> list[Problem]:
    """Problems with a table's header (a workbook's first row): columns missing, or not known.

    The same rules as :func:`rows_from_csv`: ``descriptor`` and ``judgement``
    are needed besides ``required``; each column may be spelled as in :data:`ALIASES`.
    """
    counts = Counter(h for h in header if h)
    need = [*required, "descriptor", "judgement"]
    missing = [r for r in need if not any(a in counts for a in ALIASES.get(r, (r,)))]
    allowed = [
        *(a for r in (*required, *optional) for a in ALIASES.get(r, (r,))),
        *_COLUMNS,
        *TEMPLATE_CONTEXT,
    ]
    problems = [
        Problem(where, f"unknown column {_visible(h)!r} (allowed: {', '.join(allowed)}){_hint(h, required)}")
        for h in counts
        if h not in allowed
    ]
    if missing:
        problems.insert(0, Problem(where, f"header must name the columns {', '.join(need)}"))
    return capped(problems, where)


_ROUND_COLUMNS = frozenset({"round", "rounds", "wave", "cycle", "term", "phase"})


def _hint(column: str, required: tuple[str, ...]) -> str:
    """What to do with a column of rounds in a cohort file: read it with ``read_rounds``."""
    if "trainer" in required and column in _ROUND_COLUMNS:
        return f"; a file of several rounds: Cohort.read_rounds(path, by={column!r}), or --by {column}"
    return ""


def rows_from_csv(
    text: str,
    name: str,
    required: tuple[str, ...] = (),
    delimiter: str = ",",
    optional: tuple[str, ...] = (),
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for every data row; problems with the header raise at once.

    ``required`` and ``optional`` name columns besides the evidence columns
    (``trainer``: a cohort file); each may be spelled as in :data:`ALIASES`.
    """
    # Excel's "CSV UTF-8" starts with a byte-order mark
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=delimiter)
    try:
        header = next(reader, [])
    except csv.Error as exc:
        raise InvalidInputError([Problem(f"{name}:1", f"cannot read the header: {exc}")], name) from None
    if not header:
        if not text.strip("\ufeff \t\r\n"):  # an empty file holds no rows (callers warn about it)
            return
        raise InvalidInputError([Problem(f"{name}:1", "empty file: expected a header row")], name)
    cleaned = [h.strip().lower() for h in header]
    counts = Counter(cleaned)  # one pass: a header of a million columns is refused in well under a second
    missing = [r for r in required if not any(a in counts for a in ALIASES.get(r, (r,)))]
    has_descriptor = "descriptor" in counts or "descriptor_id" in counts
    if missing or not has_descriptor or "judgement" not in counts:
        need = ", ".join(dict.fromkeys([*required, "descriptor", "judgement"]))
        found = ", ".join(map(_visible, header[:PROBLEM_CAP]))
        if len(header) > PROBLEM_CAP:
            found += f", ... ({len(header):,} columns)"
        msg = f"header must name the columns {need} (found: {found})"
        raise InvalidInputError([Problem(f"{name}:1", msg)], name)
    allowed = [
        *(a for r in (*required, *optional) for a in ALIASES.get(r, (r,))),
        *_COLUMNS,
        *TEMPLATE_CONTEXT,
    ]
    known = set(allowed)
    unknown = [h for h in counts if h not in known]
    doubled = [h for h, n in counts.items() if n > 1]
    problems = [
        Problem(
            f"{name}:1", f"unknown column {_visible(h)!r} (allowed: {', '.join(allowed)}){_hint(h, required)}"
        )
        for h in unknown[:PROBLEM_CAP]
    ] + [
        Problem(f"{name}:1", f"column {_visible(h)!r} appears {counts[h]} times")
        for h in doubled[:PROBLEM_CAP]
    ]
    for kind, what in ((unknown, "unknown columns"), (doubled, "columns named more than once")):
        if len(kind) > PROBLEM_CAP:
            problems.append(Problem(f"{name}:1", f"and {len(kind) - PROBLEM_CAP:,} more {what}"))
    if problems:
        raise InvalidInputError(problems, name)
    # the rows as csv.DictReader gives them (blank lines skipped, missing cells None, extra cells
    # under None), built from the csv module's lists: DictReader's own loop is Python, and costs a
    # cohort file as much as checking its rows (tests/test_cohort_reading.py checks they are the
    # same). A row that cannot be read is told at its own first line (DictReader's count missed
    # the blank lines before it but one)
    width = len(cleaned)
    read = reader.line_num  # the lines read before the next row (a quoted cell may hold several)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a cell over the csv module's field size limit
            msg = f"cannot read this row: {exc}"
            raise InvalidInputError([Problem(f"{name}:{read + 1}", msg)], name) from None
        read = reader.line_num
        if not cells:
            continue  # a blank line
        # cells are kept exactly as written: csv cannot tell a quoted " T1" from an unquoted one
        # the ' the library's writers put before a formula-like cell is taken away (see _cells)
        row = dict(zip(cleaned, cells, strict=False))  # fewer or more cells: below
        if "'" in "".join(cells):  # perhaps a guarded cell (most rows have no ' at all)
            row = {k: restored(v) for k, v in row.items()}
        if len(cells) < width:
            row.update(dict.fromkeys(cleaned[len(cells) :], ""))
        elif len(cells) > width:  # more cells than header columns
            extra = ",".join(cells[width:])
            row["__extra__"] = restored(extra) if extra else ""
        yield reader.line_num, row


def table_rows(table: Table, name: str, *, trainer: bool = False) -> list[tuple[str, dict[str, str]]]:
    """A workbook table's rows as (``file:Sheet!row``, row), its form fields filled in where a row has none.

    The ``date`` field is the date of every judged row without one of its
    own; with ``trainer``, the ``trainer`` field is the trainer of every row
    that names none. A date field that is not a date is an InvalidInputError
    naming its cell.
    """
    rows = [(f"{name}:{place}", row) for place, row in table.rows]
    if "date" in table.fields:
        value, place = table.fields["date"]
        try:
            check_date(value.strip(), "the date field")
        except InvalidEvidenceError as exc:
            raise InvalidInputError([Problem(f"{name}:{place}", str(exc))], name) from None
        for _, row in rows:
            if row.get("judgement", "").strip() and not row.get("date", "").strip():
                row["date"] = value.strip()
    if trainer and "trainer" in table.fields:
        for _, row in rows:
            if not (row.get("trainer") or row.get("trainer_id")):
                row["trainer"] = table.fields["trainer"][0]
    return rows


def evidence_from_csv(
    text: str,
    name: str = "<csv>",
    delimiter: str = ",",
    fw: Framework | None = None,
    *,
    on_error: str = "raise",
) -> Evidence:
    """Evidence from CSV text (a tab ``delimiter`` for tab-separated); every bad row is named by its line.

    With ``fw``, descriptor ids it does not have are reported with the others.
    With ``on_error="skip"`` bad rows are left out (see :func:`read_evidence`).
    """
    check_on_error(on_error)
    rows = ((f"{name}:{line}", row) for line, row in rows_from_csv(text, name, delimiter=delimiter))
    return _evidence_from_rows(rows, name, fw, on_error)


def _evidence_from_rows(
    rows: Iterable[tuple[str, dict[str, str]]], name: str, fw: Framework | None, on_error: str
) -> Evidence:
    """Evidence from table rows (CSV or a spreadsheet), each with its place; every problem at once.

    In a filled self-assessment template (a table with a ``text`` column) a
    row with no judgement is "not judged"; a note, source, date or confidence
    beside a blank judgement is a problem, so nothing written is dropped.
    The problems are raised, or with ``on_error="skip"`` kept as the
    evidence's :attr:`~trainerframework.Evidence.skipped`.
    """
    items, problems = items_from_rows(rows, name, fw)
    return _with_skipped(Evidence.of(items), settled(problems, name, on_error))


def _with_skipped(evidence: Evidence, skipped: Skipped) -> Evidence:
    object.__setattr__(evidence, "_skipped", skipped)
    return evidence


def items_from_rows(
    rows: Iterable[tuple[str, dict[str, str]]], name: str, fw: Framework | None
) -> tuple[list[EvidenceItem], list[Problem]]:
    """The judgements of table rows, and the problems of the rows left out (see _evidence_from_rows)."""
    items: list[EvidenceItem] = []
    problems: list[Problem] = []
    unknown = _Unknown(fw)
    for where, row in rows:
        if "__extra__" in row:
            problems.append(Problem(where, "more cells than the header has columns"))
            continue
        if "text" in row and not row.get("judgement", "").strip():
            written = [k for k in ("note", "source", "date", "confidence") if row.get(k, "").strip()]
            if written:
                problems.append(Problem(where, f"{', '.join(written)} given without a judgement"))
            continue  # not judged
        item, found = item_of_csv(row, where)
        problems += found
        if item is not None:
            told = unknown(item.descriptor_id, where)
            if unknown.found:  # past the first few, without the (slow) suggestions
                problems += told or [Problem(where, f"unknown descriptor id {item.descriptor_id!r}")]
                continue
            items.append(item)
    return items, problems


def evidence_from_json(
    text: str, name: str = "<json>", fw: Framework | None = None, *, on_error: str = "raise"
) -> Evidence:
    """Evidence from JSON: a dumps() document, a {descriptor_id: judgement} mapping, or a list of items.

    With ``on_error="skip"`` bad entries are left out (see :func:`read_evidence`);
    a ``dumps()`` document is read whole or refused.
    """
    check_on_error(on_error)
    try:
        data = parse_json(text)
    except Unparsable as exc:
        raise InvalidInputError(exc.located(name), name) from None
    if isinstance(data, dict) and data.get("type") == "Evidence" and "data" in data:
        from ._serialize import loads  # noqa: PLC0415

        try:
            return loads(text, Evidence)
        except SerializationError as exc:
            raise InvalidInputError(
                [Problem(f"{name}:{p.path}", p.message) for p in exc.problems], name
            ) from None
    if isinstance(data, dict) and set(data) == {"items"}:
        data, root = data["items"], f"{name}:$.items"
    else:
        root = f"{name}:$"
    evidence, problems = evidence_value(data, root, fw, keep=on_error == "skip")
    if evidence is None:  # refused whole: problems with the entries, or a value of neither kind
        raise InvalidInputError(grouped(problems, name), name)
    return _with_skipped(evidence, settled(problems, name, on_error))


def read_evidence(
    path: str | Path,
    *,
    format: str | None = None,  # noqa: A002 - the command line's word
    fw: Framework | None = None,
    on_error: Literal["raise", "skip"] = "raise",
    framework: Framework | None = None,
) -> Evidence:
    """Evidence from a JSON, CSV, tab-separated or XLSX file.

    CSV needs a header naming ``descriptor`` (or ``descriptor_id``) and
    ``judgement``, optionally ``source``, ``date``, ``note``, ``confidence``.
    JSON is a mapping ``{descriptor_id: judgement}``, a list of objects with
    those fields, or a document written by ``dumps(evidence)``. An XLSX
    workbook (a filled self-assessment template) is read from the sheet whose
    header names ``judgement``, every value as written or refused with its
    cell; an ``.xls`` or ``.ods`` file is refused with a hint to save it as
    ``.xlsx`` or CSV. The kind is ``format`` (``"json"``, ``"csv"``,
    ``"tsv"``, ``"xlsx"``) if given, else the extension, else the content
    (see :func:`file_kind`). With ``fw`` (a framework), descriptor
    ids it does not have are reported with every other problem, each with its
    place.

    With ``on_error="skip"`` bad rows (or JSON entries) are left out rather
    than refused: the evidence holds the others, and its
    :attr:`~trainerframework.Evidence.skipped` lists the problems of those
    left out (:meth:`~trainerframework.Skipped.summary` counts them by kind).
    A file whose header is wrong, or that is not evidence at all, is refused
    either way, as is a ``dumps(evidence)`` document with a problem.

    Raises:
        InvalidInputError: every bad row or item, each with its file and line;
            or a file that is none of the accepted kinds.
        InputFileError: the file cannot be read.
        ValueError: ``on_error`` is not ``"raise"`` or ``"skip"``.

    """
    framework = renamed(fw, framework, new_name="fw", old_name="framework", where="read_evidence")
    if isinstance(path, bool | int) or not isinstance(path, str | os.PathLike):
        msg = f"path must be a str or os.PathLike, not {type(path).__name__}"
        raise TypeError(msg)
    check_on_error(on_error)
    name = os.fspath(path)
    if format is None:
        refuse_other_spreadsheet(path)  # .xls, .ods ...: a hint to save as .xlsx or CSV
    if format == "xlsx" or (format is None and is_xlsx(path)):
        table = xlsx_rows(path, wanted=("judgement",), fields=FIELDS)
        problems = header_problems(table.header, f"{name}:{table.header_place}")
        if problems:
            raise InvalidInputError(problems, name)
        placed = table_rows(table, name)  # the trainer field names the trainer of a cohort; not used here
        return _evidence_from_rows(placed, name, framework, on_error)
    text = read_text(path, newline="")
    kind = file_kind(path, text, ("json", "csv", "tsv"), format)
    if kind == "json":
        return evidence_from_json(text, name, framework, on_error=on_error)
    delimiter = "\t" if kind == "tsv" else ","
    return evidence_from_csv(text, name, delimiter=delimiter, fw=framework, on_error=on_error)
