"""Reading cohorts: JSON Lines, CSV, TSV and XLSX files of judgements, and folders of templates.

Each reader returns the members it read, ``(trainer id, profile)`` pairs, and
the problems of what it left out (raised, unless ``on_error="skip"``);
:class:`~trainerframework.Cohort`'s classmethods (:meth:`Cohort.read`,
:meth:`Cohort.parse_csv`, ...) wrap them, and a cohort keeps the problems as
:attr:`Cohort.skipped`.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NewType, TypeVar

import attrs

from .._base._documents import NonEmpty, Unparsable, Value, parse_json, structurer
from .._base._input import read_text
from .._base._lenient import check_on_error, settled
from .._interchange._inputs import ALIASES, evidence_value, file_kind, item_of_csv, rows_from_csv, trainer_of
from .._interchange._template import TEMPLATE_CONTEXT
from .._interchange._workbook import is_xlsx
from .._model._framework import Framework
from .._profiling._evidence import Evidence, Row
from .._profiling._profile import Profile, profile
from .._profiling._rules import Rules
from ..exceptions import InvalidEvidenceError, InvalidInputError, Problem, TrainerFrameworkError
from ._tables import template_folder, workbook_rows

__all__ = ["Read", "parse_csv", "parse_jsonl", "read", "read_rounds"]

_Place = TypeVar("_Place")
"""Where a table row stands: its line in a CSV file, or its place written out ("file.xlsx:Sheet!3")."""

Read = tuple[list[tuple[str, Profile]], list[Problem]]
"""What a reader returns: the members read, and the problems of what it left out."""

LineEvidence = NewType("LineEvidence", Value)
"""A cohort line's evidence, a mapping or a list of judgements: read by :func:`evidence_value`."""
_NO_EVIDENCE = LineEvidence(Value(None))


@attrs.frozen(kw_only=True)
class LineDoc:
    """One line of a cohort JSON Lines file, as the strict document reader structures it."""

    trainer: NonEmpty
    evidence: LineEvidence = _NO_EVIDENCE
    profile: dict[str, Any] | None = None


def _line_problem(where: str, problem: Problem) -> Problem:
    """A problem of a line's record, placed on the line: ``<jsonl>:6: trainer: required key is missing``."""
    if problem.path == "$":
        return Problem(where, problem.message)
    return Problem(where, f"{problem.path.removeprefix('$.')}: {problem.message}")


def read(
    path: str | Path,
    fw: Framework,
    rules: Rules | None,
    *,
    format: str | None,  # noqa: A002 - the command line's word
    on_error: str,
) -> Read:
    """The members of a cohort file or folder of templates (see :meth:`Cohort.read`)."""
    if isinstance(path, bool | int) or not isinstance(path, str | os.PathLike):
        msg = f"path must be a str or os.PathLike, not {type(path).__name__}"
        raise TypeError(msg)
    check_on_error(on_error)
    name = os.fspath(path)
    if os.path.isdir(path) and format is None:
        members, problems = template_folder(path, fw)
        evidence = [(tid, Evidence.of(items)) for tid, items in members]
        return _built(evidence, problems, fw, rules, name=name, on_error=on_error)
    if format == "xlsx" or (format is None and is_xlsx(path)):
        rows = workbook_rows(path, required=("trainer",))
        return _from_rows(rows, fw, rules, name=name, on_error=on_error, place=_as_written)
    text = read_text(path, "cohort file", newline="")
    kind = file_kind(path, text, ("jsonl", "csv", "tsv"), format)
    if kind == "jsonl":
        return parse_jsonl(text.replace("\r\n", "\n"), fw, rules, name=name, on_error=on_error)
    delimiter = "\t" if kind == "tsv" else ","
    return parse_csv(text, fw, rules, name=name, delimiter=delimiter, on_error=on_error)


def _built(
    members: Sequence[tuple[str, Evidence]],
    problems: list[Problem],
    fw: Framework,
    rules: Rules | None,
    *,
    name: str,
    on_error: str,
) -> Read:
    """The profiles of the evidence read; the problems raised, or returned to be kept as skipped."""
    settled(problems, name, on_error)
    return [(tid, profile(fw, evidence, rules)) for tid, evidence in members], problems


def _of_rows(members: list[tuple[str, list[Row]]]) -> list[tuple[str, Evidence]]:
    """Each trainer's evidence, from the rows :func:`_trainers_of_rows` checked."""
    return [(tid, Evidence._of_rows(rows)) for tid, rows in members]


def _from_rows(
    rows: Iterable[tuple[_Place, dict[str, str]]],
    fw: Framework,
    rules: Rules | None,
    *,
    name: str,
    on_error: str,
    place: Callable[[_Place], str],
) -> Read:
    """A cohort from table rows, each with its place: one judgement per row, with its trainer."""
    members, problems = _trainers_of_rows(rows, fw, place)
    return _built(_of_rows(members), problems, fw, rules, name=name, on_error=on_error)


def _as_written(place: str) -> str:
    return place


def parse_jsonl(content: str, fw: Framework, rules: Rules | None, *, name: str, on_error: str) -> Read:
    """The members of JSON Lines text (see :meth:`Cohort.parse_jsonl`)."""
    check_on_error(on_error)
    problems: list[Problem] = []
    members: list[tuple[str, Profile]] = []
    seen: dict[str, int] = {}
    read_line = structurer(LineDoc)
    # JSON Lines separates records by "\n" only: str.splitlines() would also split
    # at U+2028, U+0085 or U+001C-1E, which json.dumps(ensure_ascii=False) leaves in strings
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = parse_json(line)
        except Unparsable as exc:
            if exc.line is not None:  # a syntax error: the line is the file's line
                problems.append(Problem(where, f"{exc.problems[0].message} (column {exc.column})"))
            else:
                problems += [Problem(where, str(p)) for p in exc.problems]
            continue
        doc, found = read_line(record)
        if doc is None:
            problems += [_line_problem(where, p) for p in found]
            continue
        tid = doc.trainer
        if tid in seen:
            problems.append(Problem(where, f"duplicate trainer id {tid!r} (first on line {seen[tid]})"))
            continue
        seen[tid] = number
        try:
            members.append((tid, _profile_from_record(doc, fw, rules)))
        except (TrainerFrameworkError, TypeError) as exc:
            problems.append(Problem(where, f"trainer {tid!r}: {str(exc).splitlines()[0]}"))
    settled(problems, name, on_error)
    return members, problems


def parse_csv(
    content: str, fw: Framework, rules: Rules | None, *, name: str, delimiter: str, on_error: str
) -> Read:
    """The members of CSV (or TSV) text of judgements (see :meth:`Cohort.parse_csv`)."""
    check_on_error(on_error)
    rows = rows_from_csv(content, name, required=("trainer",), delimiter=delimiter)
    # a row's place ("file:line") is written only for a row with a problem
    return _from_rows(rows, fw, rules, name=name, on_error=on_error, place=lambda line: f"{name}:{line}")


def _profile_from_record(record: LineDoc, fw: Framework, rules: Rules | None) -> Profile:
    if record.profile is not None:
        from .._interchange._serialize import loads  # noqa: PLC0415

        doc: dict[str, Any] = record.profile
        if "type" not in doc:  # the data of a dumps() document
            doc = {"schema_version": 1, "type": "Profile", "data": doc}
        return loads(json.dumps(doc), Profile, fw=fw)
    if record.evidence is None:
        msg = 'expected "evidence" (a mapping or a list of judgements) or "profile"'
        raise InvalidEvidenceError(msg)
    evidence, problems = evidence_value(record.evidence, "evidence")
    if evidence is None:
        raise InvalidEvidenceError("; ".join(p.message if p.path == "evidence" else str(p) for p in problems))
    return profile(fw, evidence, rules)


def read_rounds(
    path: str | Path,
    fw: Framework,
    rules: Rules | None,
    *,
    by: str,
    at_least: int,
    format: str | None,  # noqa: A002 - the command line's word
    on_error: str,
) -> dict[str, Read]:
    """The members of each round of a cohort file, in round order (see :meth:`Cohort.read_rounds`)."""
    if isinstance(path, bool | int) or not isinstance(path, str | os.PathLike):
        msg = f"path must be a str or os.PathLike, not {type(path).__name__}"
        raise TypeError(msg)
    check_on_error(on_error)
    column = by.strip().lower() if isinstance(by, str) else by
    if not isinstance(column, str) or not column or column in _NOT_ROUNDS:
        msg = f"by must name the column of the rounds, not {by!r}"
        raise ValueError(msg)
    name = os.fspath(path)
    rows = _table_rows(path, name, column, format)
    rounds: dict[str, list[tuple[str, dict[str, str]]]] = {}
    unplaced: list[Problem] = []
    for where, row in rows:
        value = (row.get(column) if column in _EVIDENCE_COLUMNS else row.pop(column, None)) or ""
        if not value.strip():
            unplaced.append(Problem(where, f"missing {column}"))
            continue
        rounds.setdefault(value.strip(), []).append((where, row))
    read = {value: _trainers_of_rows(rounds[value], fw, _as_written) for value in _round_order(list(rounds))}
    problems = unplaced + [p for _, found in read.values() for p in found]
    settled(problems, name, on_error)  # strict: every bad row refuses the file
    if len(read) < at_least:
        held = ", ".join(map(repr, read)) or "none"
        msg = f"holds {len(read)} round{'' if len(read) == 1 else 's'} by column {column!r} ({held}): "
        msg += f"at least {at_least} needed"
        raise InvalidInputError([Problem(name, msg)], name)
    out: dict[str, Read] = {}
    for n, (value, (members, found)) in enumerate(read.items()):
        kept = [*unplaced, *found] if n == 0 else found
        out[value] = _built(_of_rows(members), kept, fw, rules, name=name, on_error="skip")
    return out


def _trainers_of_rows(
    rows: Iterable[tuple[_Place, dict[str, str]]], fw: Framework, place: Callable[[_Place], str]
) -> tuple[list[tuple[str, list[Row]]], list[Problem]]:
    """Each trainer's judgements in table rows (one per row, with its trainer), and the bad rows' problems.

    A cohort's rows repeat but for the trainer (a few hundred distinct judgements of a framework's
    descriptors, over thousands of trainers): each distinct row is checked once, as an
    :class:`EvidenceItem`, and its checked row, an immutable tuple, shared by every trainer who
    gave it. A bad row is checked again wherever it stands, so its problem names its own line.
    At most :data:`SHARED_ROWS` distinct rows are kept (rows with notes may all differ): past
    that each new row is checked alone. ``place`` writes a row's place (its file and line) for
    a problem. ``tests/test_cohort_reading.py`` checks the result is the plain loop's, row by row.
    """
    problems: list[Problem] = []
    by_trainer: dict[str, list[Row]] = {}
    checked: dict[tuple[tuple[str, str], ...], Row] = {}
    context: bool | None = None  # whether the rows hold a template's context columns
    for at, row in rows:
        if "__extra__" in row:
            problems.append(Problem(place(at), "more cells than the header has columns"))
            continue
        tid = row.pop("trainer", "")
        if "trainer_id" in row:  # either spelling, or both if they agree
            tid, found = trainer_of({"trainer": tid, "trainer_id": row.pop("trainer_id")}, place(at))
            if found:
                problems += found
                continue
        if not tid:
            problems.append(Problem(place(at), "missing trainer id"))
            continue
        if context is None:  # every row has the header's columns
            context = not _CONTEXT.isdisjoint(row)
        # the row but its trainer and a template's context (which the judgement leaves out)
        key = tuple([kv for kv in row.items() if kv[0] not in _CONTEXT]) if context else tuple(row.items())
        judged = checked.get(key)
        if judged is None:
            where = place(at)
            item, found = item_of_csv(row, where)
            if item is None:
                problems += found
                continue
            if item.descriptor_id not in fw or fw.kind_of(item.descriptor_id) != "descriptor":
                problems.append(Problem(where, f"unknown descriptor id {item.descriptor_id!r}"))
                continue
            judged = item._as_row()
            if len(checked) < SHARED_ROWS:
                checked[key] = judged
        by_trainer.setdefault(tid, []).append(judged)
    return list(by_trainer.items()), problems


_CONTEXT = frozenset(TEMPLATE_CONTEXT)

SHARED_ROWS = 20_000
"""How many distinct checked rows a cohort reader keeps to share while it reads: every distinct
judgement of a framework's descriptors many times over; rows that all differ (each with its own
note) cost a few MB more and are freed when the table is read."""


_NOT_ROUNDS = frozenset({*ALIASES["trainer"], *ALIASES["descriptor"], "judgement"})
"""Columns that cannot name a round."""
_EVIDENCE_COLUMNS = frozenset({"source", "date", "note", "confidence"})
"""Columns that say something of the judgement too: a round named by one keeps it."""


def _table_rows(
    path: str | os.PathLike[str],
    name: str,
    column: str,
    format: str | None,  # noqa: A002
) -> list[tuple[str, dict[str, str]]]:
    """(place, row) of a table of judgements with a trainer column and ``column``; refuse other inputs."""
    if os.path.isdir(path) and format is None:
        msg = f"rounds are read from one table (CSV, TSV or XLSX) with a column {column!r}, not a folder"
        raise InvalidInputError([Problem(name, msg)], name)
    if format == "xlsx" or (format is None and is_xlsx(path)):
        rows = workbook_rows(path, required=("trainer",), optional=(column,))
    else:
        text = read_text(path, "cohort file", newline="")
        kind = file_kind(path, text, ("jsonl", "csv", "tsv"), format)
        if kind == "jsonl":
            msg = f"rounds are read from a table (CSV, TSV or XLSX) with a column {column!r}, not JSON Lines"
            raise InvalidInputError([Problem(name, msg)], name)
        delimiter = "\t" if kind == "tsv" else ","
        rows = [
            (f"{name}:{line}", row)
            for line, row in rows_from_csv(
                text, name, required=("trainer",), delimiter=delimiter, optional=(column,)
            )
        ]
    if rows and column not in rows[0][1]:  # every row has every column of the header
        header = ", ".join(k for k in rows[0][1] if k != "__extra__")
        msg = f"no column {column!r} to split the rounds by (columns: {header})"
        raise InvalidInputError([Problem(name, msg)], name)
    return rows


def _round_order(values: list[str]) -> list[str]:
    """Rounds by number if all are numbers, by date if all are ISO dates, else as first named."""
    for key in (float, datetime.date.fromisoformat):
        try:
            keys = {v: key(v) for v in values}
        except ValueError:
            continue
        return sorted(values, key=keys.__getitem__)  # stable: equal numbers keep their order
    return values
