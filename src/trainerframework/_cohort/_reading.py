"""Reading cohorts: JSON Lines, CSV, TSV and XLSX files of judgements, and folders of templates.

Each reader returns the members it read, ``(trainer id, profile)`` pairs, and
the problems of what it left out (raised, unless ``on_error="skip"``);
:class:`~trainerframework.Cohort`'s classmethods (:meth:`Cohort.read`,
:meth:`Cohort.parse_csv`, ...) wrap them, and a cohort keeps the problems as
:attr:`Cohort.skipped`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .._base._documents import Unparsable, grouped, parse_json
from .._base._input import read_text
from .._interchange._inputs import evidence_value, file_kind, item_of_csv, rows_from_csv, trainer_of
from .._interchange._workbook import is_xlsx
from .._model._framework import Framework
from .._profiling._evidence import Evidence, EvidenceItem
from .._profiling._profile import Profile, profile
from .._profiling._rules import Rules
from ..exceptions import InvalidEvidenceError, InvalidInputError, Problem, TrainerFrameworkError
from ._tables import template_folder, workbook_rows

__all__ = ["Read", "check_on_error", "parse_csv", "parse_jsonl", "read"]

Read = tuple[list[tuple[str, Profile]], list[Problem]]
"""What a reader returns: the members read, and the problems of what it left out."""


def check_on_error(on_error: object) -> None:
    """Refuse an ``on_error`` other than ``"raise"`` and ``"skip"``."""
    if on_error not in ("raise", "skip"):
        msg = f"on_error must be 'raise' or 'skip', not {on_error!r}"
        raise ValueError(msg)


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
        return _built(members, problems, fw, rules, name=name, on_error=on_error)
    if format == "xlsx" or (format is None and is_xlsx(path)):
        rows = workbook_rows(path, required=("trainer",))
        return _from_rows(rows, fw, rules, name=name, on_error=on_error)
    text = read_text(path, "cohort file", newline="")
    kind = file_kind(path, text, ("jsonl", "csv", "tsv"), format)
    if kind == "jsonl":
        return parse_jsonl(text.replace("\r\n", "\n"), fw, rules, name=name, on_error=on_error)
    delimiter = "\t" if kind == "tsv" else ","
    return parse_csv(text, fw, rules, name=name, delimiter=delimiter, on_error=on_error)


def _built(
    members: Sequence[tuple[str, Sequence[EvidenceItem]]],
    problems: list[Problem],
    fw: Framework,
    rules: Rules | None,
    *,
    name: str,
    on_error: str,
) -> Read:
    """The profiles of the judgements read; the problems raised, or returned to be kept as skipped."""
    if problems and on_error == "raise":
        raise InvalidInputError(grouped(problems, name), name)
    return [(tid, profile(fw, Evidence.of(items), rules)) for tid, items in members], problems


def _from_rows(
    rows: Iterable[tuple[str, dict[str, str]]],
    fw: Framework,
    rules: Rules | None,
    *,
    name: str,
    on_error: str,
) -> Read:
    """A cohort from table rows, each with its place: one judgement per row, with its trainer."""
    problems: list[Problem] = []
    by_trainer: dict[str, list[EvidenceItem]] = {}
    for where, row in rows:
        if "__extra__" in row:
            problems.append(Problem(where, "more cells than the header has columns"))
            continue
        tid, found = trainer_of(row, where)
        if found or not tid:
            problems += found or [Problem(where, "missing trainer id")]
            continue
        item, found = item_of_csv(row, where)
        if item is None:
            problems += found
            continue
        if item.descriptor_id not in fw or fw.kind_of(item.descriptor_id) != "descriptor":
            problems.append(Problem(where, f"unknown descriptor id {item.descriptor_id!r}"))
            continue
        by_trainer.setdefault(tid, []).append(item)
    return _built(list(by_trainer.items()), problems, fw, rules, name=name, on_error=on_error)


def parse_jsonl(content: str, fw: Framework, rules: Rules | None, *, name: str, on_error: str) -> Read:
    """The members of JSON Lines text (see :meth:`Cohort.parse_jsonl`)."""
    check_on_error(on_error)
    problems: list[Problem] = []
    members: list[tuple[str, Profile]] = []
    seen: dict[str, int] = {}
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
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("trainer"), str)
            or not record["trainer"]
        ):
            problems.append(Problem(where, 'expected an object with a "trainer" id'))
            continue
        tid = record["trainer"]
        if tid in seen:
            problems.append(Problem(where, f"duplicate trainer id {tid!r} (first on line {seen[tid]})"))
            continue
        seen[tid] = number
        unknown = set(record) - {"trainer", "evidence", "profile"}
        if unknown:
            problems.append(
                Problem(where, f"unknown keys {sorted(unknown)} (allowed: trainer, evidence, profile)")
            )
            continue
        try:
            members.append((tid, _profile_from_record(record, fw, rules)))
        except (TrainerFrameworkError, TypeError) as exc:
            problems.append(Problem(where, f"trainer {tid!r}: {str(exc).splitlines()[0]}"))
    if problems and on_error == "raise":
        raise InvalidInputError(grouped(problems, name), name)
    return members, problems


def parse_csv(
    content: str, fw: Framework, rules: Rules | None, *, name: str, delimiter: str, on_error: str
) -> Read:
    """The members of CSV (or TSV) text of judgements (see :meth:`Cohort.parse_csv`)."""
    check_on_error(on_error)
    rows = (
        (f"{name}:{line}", row)
        for line, row in rows_from_csv(content, name, required=("trainer",), delimiter=delimiter)
    )
    return _from_rows(rows, fw, rules, name=name, on_error=on_error)


def _profile_from_record(record: dict[str, Any], fw: Framework, rules: Rules | None) -> Profile:
    if "profile" in record:
        from .._interchange._serialize import loads  # noqa: PLC0415

        doc = record["profile"]
        if not (isinstance(doc, dict) and "type" in doc):  # the data of a dumps() document
            doc = {"schema_version": 1, "type": "Profile", "data": doc}
        return loads(json.dumps(doc), Profile, framework=fw)
    if "evidence" not in record:
        msg = 'expected "evidence" (a mapping or a list of judgements) or "profile"'
        raise InvalidEvidenceError(msg)
    evidence, problems = evidence_value(record["evidence"], "evidence")
    if evidence is None:
        raise InvalidEvidenceError("; ".join(p.message if p.path == "evidence" else str(p) for p in problems))
    return profile(fw, evidence, rules)
