"""Reading evidence from files: JSON and CSV, with errors that name the file and line.

CSV (a header row is required; column order is free):

    trainer,descriptor,judgement,source,date,note,confidence

``descriptor`` (or ``descriptor_id``) and ``judgement`` are required; the
others are optional (``trainer`` is required for cohort files). JSON evidence
is a document written by ``dumps(evidence)``, a mapping
``{descriptor_id: judgement}``, or a list of objects with the EvidenceItem
fields.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._data import read_text
from ._evidence import DEFAULT_SOURCE, Evidence, EvidenceItem, Judgement
from .exceptions import InvalidEvidenceError, InvalidInputError, Problem, SerializationError

__all__ = ["evidence_from_csv", "evidence_from_json", "read_evidence", "read_text", "rows_from_csv"]

_ITEM_KEYS = {"descriptor_id", "descriptor", "judgement", "source", "date", "note", "confidence"}


def _item(record: dict[str, Any], where: str, defaults: dict[str, Any] | None = None) -> EvidenceItem:
    data = dict(defaults or {})
    data.update({k: v for k, v in record.items() if v not in ("", None)})
    descriptor = data.pop("descriptor", None) or data.pop("descriptor_id", None)
    if not descriptor:
        msg = "missing descriptor"
        raise InvalidEvidenceError(msg)
    if "judgement" not in data:
        msg = f"missing judgement for descriptor {descriptor!r}"
        raise InvalidEvidenceError(msg)
    confidence = data.get("confidence", 1.0)
    if isinstance(confidence, str):
        try:
            confidence = float(confidence)
        except ValueError:
            msg = f"invalid confidence {confidence!r}: expected a number from 0 to 1"
            raise InvalidEvidenceError(msg) from None
    return EvidenceItem(
        descriptor_id=str(descriptor),
        judgement=Judgement.parse(data["judgement"], f"descriptor {descriptor!r}"),
        source=str(data.get("source", DEFAULT_SOURCE)),
        date=data.get("date"),
        note=str(data.get("note", "")),
        confidence=confidence,
    )


def rows_from_csv(
    text: str, name: str, required: tuple[str, ...] = ()
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for every data row; problems with the header raise at once."""
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    if not header:
        raise InvalidInputError([Problem(f"{name}:1", "empty file: expected a header row")], name)
    cleaned = [h.strip().lower() for h in header]
    missing = [r for r in required if r not in cleaned]
    has_descriptor = "descriptor" in cleaned or "descriptor_id" in cleaned
    if missing or not has_descriptor or "judgement" not in cleaned:
        need = ", ".join(dict.fromkeys([*required, "descriptor", "judgement"]))
        msg = f"header must name the columns {need} (found: {', '.join(header)})"
        raise InvalidInputError([Problem(f"{name}:1", msg)], name)
    reader.fieldnames = cleaned
    for row in reader:
        if None in row:  # more cells than header columns
            extra = row.pop(None)
            row["__extra__"] = ",".join(extra or [])
        yield reader.line_num, {k: (v or "").strip() for k, v in row.items()}


def evidence_from_csv(text: str, name: str = "<csv>") -> Evidence:
    """Evidence from CSV text; every bad row is reported with its line."""
    items: list[EvidenceItem] = []
    problems: list[Problem] = []
    for line, row in rows_from_csv(text, name):
        if "__extra__" in row:
            problems.append(Problem(f"{name}:{line}", "more cells than the header has columns"))
            continue
        try:
            items.append(_item(row, f"{name}:{line}"))
        except InvalidEvidenceError as exc:
            problems.append(Problem(f"{name}:{line}", str(exc)))
    if problems:
        raise InvalidInputError(problems, name)
    return Evidence.of(items)


def evidence_from_json(text: str, name: str = "<json>") -> Evidence:
    """Evidence from JSON: a dumps() document, a {descriptor_id: judgement} mapping, or a list of items."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            [Problem(f"{name}:{exc.lineno}", f"not valid JSON: {exc.msg} (column {exc.colno})")], name
        ) from None
    if isinstance(data, dict) and data.get("type") == "Evidence" and "data" in data:
        from ._serialize import loads  # noqa: PLC0415

        try:
            return loads(text, Evidence)
        except SerializationError as exc:
            raise InvalidInputError(
                [Problem(f"{name}:{p.path}", p.message) for p in exc.problems], name
            ) from None
    problems: list[Problem] = []
    if isinstance(data, dict):
        if all(isinstance(v, str) for v in data.values()):
            try:
                return Evidence.from_mapping(data)
            except InvalidEvidenceError as exc:
                raise InvalidInputError([Problem(name, str(exc))], name) from None
        records = data.get("items") if set(data) == {"items"} else None
    else:
        records = data
    if not isinstance(records, list):
        msg = "expected a mapping {descriptor_id: judgement}, a list of judgements, or a dumps() document"
        raise InvalidInputError([Problem(f"{name}:$", msg)], name)
    items = []
    for i, record in enumerate(records):
        where = f"{name}:$[{i}]"
        if not isinstance(record, dict):
            problems.append(Problem(where, "expected an object with descriptor_id and judgement"))
            continue
        unknown = set(record) - _ITEM_KEYS
        if unknown:
            problems.append(
                Problem(where, f"unknown keys {sorted(unknown)} (allowed: {', '.join(sorted(_ITEM_KEYS))})")
            )
            continue
        try:
            items.append(_item(record, where))
        except InvalidEvidenceError as exc:
            problems.append(Problem(where, str(exc)))
    if problems:
        raise InvalidInputError(problems, name)
    return Evidence.of(items)


def read_evidence(path: str | Path) -> Evidence:
    """Evidence from a ``.json`` or ``.csv`` file.

    CSV needs a header naming ``descriptor`` (or ``descriptor_id``) and
    ``judgement``, optionally ``source``, ``date``, ``note``, ``confidence``.
    JSON is a mapping ``{descriptor_id: judgement}``, a list of objects with
    those fields, or a document written by ``dumps(evidence)``.

    Raises:
        InvalidInputError: every bad row or item, each with its file and line.
        InputFileError: the file cannot be read.

    """
    p = Path(path)
    text = read_text(p)
    if p.suffix.lower() == ".csv":
        return evidence_from_csv(text, str(p))
    return evidence_from_json(text, str(p))
