"""Cohorts: many trainers' profiles at once, for programme planning and research.

A :class:`Cohort` maps trainer ids to profiles made against one framework. It
answers where a cohort stands (:meth:`Cohort.stage_distribution`), what a
programme should focus on (:meth:`Cohort.common_priorities`), which trainers
share a profile shape (:meth:`Cohort.shapes`), and how a cohort moved between
rounds (:meth:`Cohort.progress`). :func:`agreement` compares two sources of
evidence (self and observer, two observers) with percent agreement and Cohen's
weighted kappa.
"""

from __future__ import annotations

import datetime
import itertools
import json
import os
import random
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .._base._cells import csv_text
from .._base._display import html
from .._base._documents import Unparsable, parse_json
from .._base._files import write_file, write_folder
from .._base._input import read_text
from .._base._lenient import NOTHING_SKIPPED, Skipped, check_on_error, settled
from .._interchange._inputs import ALIASES, evidence_value, file_kind, item_of_csv, rows_from_csv, trainer_of
from .._interchange._workbook import is_xlsx
from .._model._framework import Framework, load_framework
from .._profiling._evidence import Evidence, EvidenceItem, Judgement
from .._profiling._index import _compiled
from .._profiling._profile import Profile, profile
from .._profiling._results import Level, Status
from .._profiling._rules import Rules
from ..exceptions import (
    InvalidEvidenceError,
    InvalidInputError,
    Problem,
    TrainerFrameworkError,
    UnknownIdError,
)
from ._dtypes import EMPTY_RECORD_TYPES, mark_polars_enums, polars_stage_dtypes, stage_categories
from ._tables import template_folder, workbook_rows

if TYPE_CHECKING:
    from typing import Literal

    import pandas as pd
    import polars as pl
    import pyarrow as pa
    from cattrs import BaseConverter

__all__ = [
    "NOT_ATTAINED",
    "NO_STAGE",
    "Cohort",
    "Moves",
    "Progress",
    "Transition",
]

RECORD_COLUMNS = (
    "trainer",
    "level",
    "scope_id",
    "scope_name",
    "stage_id",
    "stage_name",
    "stage_rank",
    "status",
    "judged",
    "total",
)
"""The columns of :meth:`Cohort.to_records` and :meth:`Cohort.to_csv`, in order. The frames
(:meth:`Cohort.to_pandas`, ``to_arrow``, ``write_parquet``, ``to_polars`` and
:func:`profile_frame`) have one more, ``stage``, after ``scope_name``: the stage's
name, or the not-attained and no-stage labels, as one column ordered lowest first."""

NO_STAGE: str = Status.NOT_ENOUGH_EVIDENCE.value
"""The key under which distributions count trainers with too little evidence for a stage
(the value of :attr:`Status.NOT_ENOUGH_EVIDENCE`)."""
NOT_ATTAINED: str = Status.NOT_ATTAINED.value
"""The key under which distributions count trainers whose evidence does not reach the first
stage (the value of :attr:`Status.NOT_ATTAINED`)."""


def _pairs(value: Mapping[str, Profile] | Iterable[tuple[str, Profile]]) -> tuple[tuple[str, Profile], ...]:
    items = list(value.items()) if isinstance(value, Mapping) else list(value)
    problems = []
    seen: set[str] = set()
    frameworks: dict[str, str] = {}
    for i, pair in enumerate(items):
        if not (isinstance(pair, tuple) and len(pair) == 2):
            problems.append(Problem(f"[{i}]", "expected a (trainer id, profile) pair"))
            continue
        tid, p = pair
        if not isinstance(tid, str) or not tid:
            problems.append(Problem(f"[{i}]", f"invalid trainer id {tid!r}: expected a non-empty string"))
        elif tid in seen:
            problems.append(Problem(f"[{i}]", f"duplicate trainer id {tid!r}"))
        seen.add(str(tid))
        if not isinstance(p, Profile):
            problems.append(
                Problem(f"[{i}]", f"trainer {tid!r}: expected a Profile, found {type(p).__name__}")
            )
            continue
        frameworks.setdefault(p.framework.id, str(tid))
    if len(frameworks) > 1:
        names = ", ".join(f"{fid!r} (first: trainer {t!r})" for fid, t in frameworks.items())
        problems.append(Problem("$", f"profiles from different frameworks in one cohort: {names}"))
    if problems:
        raise InvalidInputError(problems, "cohort")
    return tuple((str(t), p) for t, p in items)


@attrs.frozen(repr=False)
class Cohort:
    """Trainers' profiles, keyed by trainer id, all made against one framework.

    Build one from a mapping ``{trainer_id: Profile}`` or from ``(id, profile)``
    pairs; read one with :meth:`from_jsonl` or :meth:`from_csv`; generate a
    synthetic one with :meth:`synthetic`. Duplicate ids and profiles from
    different frameworks are refused.
    """

    members: tuple[tuple[str, Profile], ...] = attrs.field(converter=_pairs)
    """(trainer id, profile) pairs, in the order given."""
    _framework: Framework | None = attrs.field(default=None, kw_only=True, alias="framework", repr=False)
    """The framework of a cohort without members (members carry their own); see :attr:`framework`."""
    _index: dict[str, Profile] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _skipped: Skipped = attrs.field(init=False, default=NOTHING_SKIPPED, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", dict(self.members))
        given = self._framework
        if given is not None and not isinstance(given, Framework):
            msg = f"framework must be a Framework, not {type(given).__name__}"
            raise TypeError(msg)
        if given is not None and self.members:
            own = self.members[0][1].framework
            if given is not own and given != own:
                problem = Problem("framework", f"the profiles were made against {own.id!r}, not {given.id!r}")
                raise InvalidInputError([problem], "cohort")
            object.__setattr__(self, "_framework", None)  # one canonical form: members say it

    # -- construction ---------------------------------------------------------------

    @classmethod
    def from_evidence(
        cls,
        evidence: Mapping[str, Evidence | Mapping[str, Judgement | str]],
        fw: Framework | None = None,
        rules: Rules | None = None,
    ) -> Cohort:
        """Profile every trainer's evidence: ``{trainer_id: evidence}``."""
        fw = fw if fw is not None else load_framework()
        return cls(tuple((tid, profile(fw, ev, rules)) for tid, ev in evidence.items()), framework=fw)

    @classmethod
    def read(
        cls,
        path: str | Path,
        fw: Framework | None = None,
        rules: Rules | None = None,
        *,
        format: str | None = None,  # noqa: A002 - the command line's word
        on_error: Literal["raise", "skip"] = "raise",
    ) -> Cohort:
        """Read a cohort: a file of JSON Lines, CSV, TSV or XLSX judgements, or a folder of templates.

        The kind of a file is ``format`` (``"jsonl"``, ``"csv"``, ``"tsv"``,
        ``"xlsx"``) if given, else the extension, else the content; any other
        file is an :class:`~trainerframework.InvalidInputError` naming the
        kinds accepted. A CSV, TSV or XLSX file has a row per judgement, with
        a ``trainer`` (or ``trainer_id``) column.

        A folder is read as returned self-assessment templates, one trainer
        per file: every ``.csv``, ``.tsv`` and ``.xlsx`` file in it, each
        trainer named by the file's ``trainer`` (or ``trainer_id``) column if
        it has one, else by the file name without its extension (other files
        are passed over); every problem names its file.

        With ``on_error="skip"`` bad rows (and in a folder, files that cannot
        be read) are left out rather than refused; :attr:`skipped` lists their
        problems and :meth:`skipped_summary` counts them by kind. A file whose
        header is wrong is refused either way.
        """
        if isinstance(path, bool | int) or not isinstance(path, str | os.PathLike):
            msg = f"path must be a str or os.PathLike, not {type(path).__name__}"
            raise TypeError(msg)
        check_on_error(on_error)
        fw = fw if fw is not None else load_framework()
        name = os.fspath(path)
        if os.path.isdir(path) and format is None:
            members, problems = template_folder(path, fw)
            return cls._built(members, problems, fw, rules, name=name, on_error=on_error)
        if format == "xlsx" or (format is None and is_xlsx(path)):
            rows = workbook_rows(path, required=("trainer",))
            return cls._from_rows(rows, fw, rules, name=name, on_error=on_error)
        text = read_text(path, "cohort file", newline="")
        kind = file_kind(path, text, ("jsonl", "csv", "tsv"), format)
        if kind == "jsonl":
            return cls.parse_jsonl(text.replace("\r\n", "\n"), fw, rules, name=name, on_error=on_error)
        delimiter = "\t" if kind == "tsv" else ","
        return cls.parse_csv(text, fw, rules, name=name, delimiter=delimiter, on_error=on_error)

    @property
    def skipped(self) -> Skipped:
        """What a lenient read (``on_error="skip"``) left out: the problems of its rows or files; else empty.

        Not part of the cohort's value: equality and serialization ignore it.
        """
        return self._skipped

    def skipped_summary(self) -> list[tuple[str, int]]:
        """The problems of :attr:`skipped` by kind: (kind, how many), most frequent first.

        A kind is a problem's message with its quoted values and numbers as
        ``...``: ``("invalid judgement ... for descriptor ...", 1000)``; the
        same as ``cohort.skipped.summary()``.
        """
        return self._skipped.summary()

    @classmethod
    def _built(
        cls,
        members: Sequence[tuple[str, Sequence[EvidenceItem]]],
        problems: list[Problem],
        fw: Framework,
        rules: Rules | None,
        *,
        name: str,
        on_error: str,
    ) -> Cohort:
        """The cohort of the judgements read; the problems raised, or kept as :attr:`skipped`."""
        skipped = settled(problems, name, on_error)
        cohort = cls(
            tuple((tid, profile(fw, Evidence.of(items), rules)) for tid, items in members), framework=fw
        )
        object.__setattr__(cohort, "_skipped", skipped)
        return cohort

    @classmethod
    def _from_rows(
        cls,
        rows: Iterable[tuple[str, dict[str, str]]],
        fw: Framework,
        rules: Rules | None,
        *,
        name: str,
        on_error: str,
    ) -> Cohort:
        """A cohort from table rows, each with its place: one judgement per row, with its trainer."""
        members, problems = _trainers_of_rows(rows, fw)
        return cls._built(members, problems, fw, rules, name=name, on_error=on_error)

    @classmethod
    def read_rounds(
        cls,
        path: str | Path,
        fw: Framework | None = None,
        rules: Rules | None = None,
        *,
        by: str = "round",
        at_least: int = 1,
        format: str | None = None,  # noqa: A002 - the command line's word
        on_error: Literal["raise", "skip"] = "raise",
    ) -> dict[str, Cohort]:
        """Read a cohort file holding several rounds: one :class:`Cohort` per value of the column ``by``.

        The file is a table of judgements as :meth:`read` takes it (CSV, TSV
        or XLSX, one judgement per row, with a ``trainer`` column) and a
        column naming each row's round (``by``, ``"round"`` by default; any
        column name, ``"date"`` included). The rounds come in order: by
        number if every value is a number (``1``, ``2``, ``10``), by date if
        every value is an ISO date (``2024-09-30``), else in the order the
        file first names them. Compare two with :meth:`progress`::

            rounds = Cohort.read_rounds("rounds.csv", by="round", at_least=2)
            first, *_, last = rounds.values()
            first.progress(last)

        Every problem names its file and row, as in :meth:`read`; a row with
        no round is a problem too. With ``on_error="skip"`` bad rows are left
        out, and each round's :attr:`skipped` lists the problems of its rows
        (those of rows with no round go with the first round's).

        Raises:
            InvalidInputError: the header has no column ``by`` (or lacks the
                trainer, descriptor or judgement column); bad rows; fewer than
                ``at_least`` rounds (``at_least=2`` when comparing rounds); a
                JSON Lines file or a folder (rounds are columns of a table).
            ValueError: ``by`` names a trainer, descriptor or judgement column.

        """
        if isinstance(path, bool | int) or not isinstance(path, str | os.PathLike):
            msg = f"path must be a str or os.PathLike, not {type(path).__name__}"
            raise TypeError(msg)
        check_on_error(on_error)
        column = by.strip().lower() if isinstance(by, str) else by
        if not isinstance(column, str) or not column or column in _NOT_ROUNDS:
            msg = f"by must name the column of the rounds, not {by!r}"
            raise ValueError(msg)
        fw = fw if fw is not None else load_framework()
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
        read = {value: _trainers_of_rows(rounds[value], fw) for value in _round_order(list(rounds))}
        problems = unplaced + [p for _, found in read.values() for p in found]
        settled(problems, name, on_error)  # strict: every bad row refuses the file
        if len(read) < at_least:
            held = ", ".join(map(repr, read)) or "none"
            msg = f"holds {len(read)} round{'' if len(read) == 1 else 's'} by column {column!r} ({held}): "
            msg += f"at least {at_least} needed"
            raise InvalidInputError([Problem(name, msg)], name)
        out = {}
        for n, (value, (members, found)) in enumerate(read.items()):
            kept = [*unplaced, *found] if n == 0 else found
            out[value] = cls._built(members, kept, fw, rules, name=name, on_error="skip")
        return out

    @classmethod
    def from_jsonl(cls, path: str | Path, fw: Framework | None = None, rules: Rules | None = None) -> Cohort:
        """Read a JSON Lines file: one ``{"trainer": id, "evidence": ...}`` object per line.

        See :meth:`parse_jsonl`; problems name the file and the line.
        """
        return cls.parse_jsonl(read_text(path, "cohort file"), fw, rules, name=str(path))

    @classmethod
    def parse_jsonl(
        cls,
        content: str,
        fw: Framework | None = None,
        rules: Rules | None = None,
        *,
        name: str = "<jsonl>",
        on_error: Literal["raise", "skip"] = "raise",
    ) -> Cohort:
        """Parse JSON Lines text: one ``{"trainer": id, "evidence": ...}`` object per line.

        ``evidence`` is a mapping ``{descriptor_id: judgement}`` or a list of
        objects with the EvidenceItem fields. A ``"profile"`` key holding a
        ``dumps(profile)`` document is accepted instead of ``evidence``. Every
        bad line is reported with its number, after ``name``; with
        ``on_error="skip"`` bad lines are left out and listed in :attr:`skipped`.
        """
        check_on_error(on_error)
        fw = fw if fw is not None else load_framework()
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
        skipped = settled(problems, name, on_error)
        cohort = cls(tuple(members), framework=fw)
        object.__setattr__(cohort, "_skipped", skipped)
        return cohort

    @classmethod
    def from_csv(
        cls,
        path: str | Path,
        fw: Framework | None = None,
        rules: Rules | None = None,
        *,
        on_error: Literal["raise", "skip"] = "raise",
    ) -> Cohort:
        """Read a CSV file of judgements: ``trainer,descriptor,judgement[,source,date,note,confidence]``.

        See :meth:`parse_csv`; problems name the file and the line.
        """
        text = read_text(path, "cohort file", newline="")
        return cls.parse_csv(text, fw, rules, name=str(path), on_error=on_error)

    @classmethod
    def parse_csv(
        cls,
        content: str,
        fw: Framework | None = None,
        rules: Rules | None = None,
        *,
        name: str = "<csv>",
        delimiter: str = ",",
        on_error: Literal["raise", "skip"] = "raise",
    ) -> Cohort:
        """Parse CSV text of judgements: ``trainer,descriptor,judgement[,source,date,note,confidence]``.

        One row per judgement; rows of one trainer need not be adjacent. The
        trainer column may be named ``trainer`` or ``trainer_id``, the
        descriptor column ``descriptor`` or ``descriptor_id``. Every bad row
        (unknown descriptor, bad judgement, missing cell) is reported with its
        line number, after ``name``, at most 20 of each kind and then how many
        more. With ``on_error="skip"`` bad rows are left out instead and
        listed in :attr:`skipped` (:meth:`skipped_summary` counts them by
        kind); a bad header is refused either way.
        """
        check_on_error(on_error)
        fw = fw if fw is not None else load_framework()
        rows = (
            (f"{name}:{line}", row)
            for line, row in rows_from_csv(content, name, required=("trainer",), delimiter=delimiter)
        )
        return cls._from_rows(rows, fw, rules, name=name, on_error=on_error)

    @classmethod
    def synthetic(
        cls,
        n: int = 100,
        *,
        seed: int = 0,
        fw: Framework | None = None,
        rules: Rules | None = None,
        sources: Sequence[str] = ("self",),
    ) -> Cohort:
        """A seeded synthetic cohort with realistic mixed profiles, for demos and tests.

        Each trainer has an overall level and a level per category drawn around
        it (so categories differ), and judges every descriptor met, partly or
        not met with probabilities that fall with the descriptor's stage above
        that level. With several ``sources``, each source judges with its own
        noise (self-assessment a little more generous), for agreement studies.
        The same seed always gives the same cohort.
        """
        fw = fw if fw is not None else load_framework()
        rng = random.Random(seed)  # noqa: S311 - seeded demo data, not security
        gauss = rng.gauss
        top = len(fw.stages)
        # Rows are immutable: one shared row per (descriptor, judgement, source)
        # keeps a cohort of 100,000 trainers small in memory.
        shared = {
            (d.id, j, s): (d.id, j, s, None, "", 1.0)
            for d in fw.descriptors
            for j in ("met", "partly", "not_met")
            for s in sources
        }
        plan = [(d.id, d.stage.rank, d.category_id) for d in fw.descriptors]
        biases = [(s, 0.3 if s == "self" and len(sources) > 1 else 0.0) for s in sources]
        members = []
        for k in range(n):
            overall = rng.uniform(0.8, top + 0.3)
            level = {c.id: overall + gauss(0, 0.7) for c in fw.categories}
            rows = []
            for did, rank, cat in plan:
                gap = rank - level[cat]
                for source, bias in biases:
                    x = gap - bias + gauss(0, 0.45)
                    j = "met" if x < -0.35 else "partly" if x < 0.35 else "not_met"
                    rows.append(shared[did, j, source])
            members.append((f"T{k + 1:06d}", profile(fw, Evidence._of_rows(rows), rules)))
        return cls(tuple(members), framework=fw)

    # -- access -------------------------------------------------------------------------

    @property
    def framework(self) -> Framework:
        """The framework every profile was made against.

        A cohort without members has the framework it was built with
        (``Cohort((), framework=fw)``, or any reader given ``fw``), else the
        bundled one.
        """
        if self.members:
            return self.members[0][1].framework
        return self._framework if self._framework is not None else load_framework()

    @property
    def ids(self) -> tuple[str, ...]:
        """Trainer ids, in order."""
        return tuple(t for t, _ in self.members)

    def __len__(self) -> int:
        return len(self.members)

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __contains__(self, trainer_id: object) -> bool:
        return trainer_id in self._index

    def __getitem__(self, trainer_id: str) -> Profile:
        try:
            return self._index[trainer_id]
        except KeyError:
            raise UnknownIdError(trainer_id, "trainer") from None

    def profiles(self) -> Iterator[tuple[str, Profile]]:
        """(trainer id, profile) pairs."""
        return iter(self.members)

    # -- tidy data ----------------------------------------------------------------------

    def to_records(self, level: Level | str | None = None) -> list[dict[str, Any]]:
        """Tidy rows: one per trainer x category and one per trainer x component.

        Columns: ``trainer``, ``level``, ``scope_id`` and ``scope_name`` (the
        category or component), ``stage_id``, ``stage_name``, ``stage_rank``
        (0 without a stage), ``status``, ``judged`` and ``total`` (descriptors
        with evidence, and in all). ``level`` keeps only one kind.
        """
        columns = self._record_columns(level)
        del columns["code"]
        return [
            dict(zip(RECORD_COLUMNS, values, strict=True)) for values in zip(*columns.values(), strict=True)
        ]

    def _record_columns(self, level: Level | str | None) -> dict[str, list[Any]]:
        """The tidy records column by column (:data:`RECORD_COLUMNS`, then ``code``: the stage code).

        Read from the profiles' stored stage codes and judged counts: no
        result objects, and per trainer only the judged counts are summed.
        """
        if level not in (None, "category", "component"):
            msg = f"level must be 'category', 'component' or None, not {level!r}"
            raise ValueError(msg)
        fw = self.framework
        comp = _compiled(fw)
        ncat = len(comp.category_totals)
        ids = self._scope_ids()
        first, last = (
            (0, ncat) if level == "category" else (ncat, len(ids)) if level == "component" else (0, len(ids))
        )
        picked = range(first, last)
        names = {c.id: c.name for c in fw.categories} | {k.id: k.name for k in fw.components}
        parts = [*comp.category_parts, *([slot] for slot in comp.component_slots)][first:last]
        totals = [total for _, total in comp.category_totals] + [
            sum(comp.sizes[s]) for s in comp.component_slots
        ]
        kinds = ["category"] * ncat + ["component"] * (len(ids) - ncat)
        info: dict[int, tuple[str | None, str | None, int, str]] = {
            i: (s.id, s.name, s.rank, Status.ATTAINED.value) for i, s in enumerate(fw.stages)
        }
        info[-1] = (None, None, 0, Status.NOT_ATTAINED.value)
        info[-2] = (None, None, 0, Status.NOT_ENOUGH_EVIDENCE.value)
        members = self.members
        width = last - first
        codes = list(itertools.chain.from_iterable(p._codes[first:last] for _, p in members))
        single = all(len(x) == 1 for x in parts)
        if single:  # one scope slot per column: the judged counts are read, not summed
            slots = [x[0] for x in parts]
            judged = [p._judged[s] for _, p in members for s in slots]
        else:
            judged = [sum(p._judged[s] for s in x) for _, p in members for x in parts]
        stage_info = [info[c] for c in codes]
        return {
            "trainer": [tid for tid, _ in members for _ in picked],
            "level": kinds[first:last] * len(members),
            "scope_id": ids[first:last] * len(members),
            "scope_name": [names[i] for i in ids[first:last]] * len(members),
            "stage_id": [x[0] for x in stage_info],
            "stage_name": [x[1] for x in stage_info],
            "stage_rank": [x[2] for x in stage_info],
            "status": [x[3] for x in stage_info],
            "judged": judged,
            "total": totals[first:last] * len(members),
            "code": codes if width else [],
        }

    def to_csv(self, path: str | Path | None = None, level: Level | str | None = None) -> str:
        r"""The tidy records as CSV text (also written to ``path`` if given); no pandas needed.

        A text cell that a spreadsheet would run as a formula (it starts with
        ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, for instance a
        trainer id ``=HYPERLINK(...)``) is written with a leading ``'``, as
        OWASP recommends against CSV injection (and a cell starting with ``'``
        gets one more, so readers can take exactly that ``'`` away); lines end
        ``\r\n``, so a line break inside a cell is always quoted.
        :meth:`to_records` keeps the values as they are.

        ``path`` is written to a temporary file beside it and moved into
        place, so a failed write leaves a file already there as it was.

        Raises:
            OutputFileError: ``path`` cannot be written (the message says why).

        """
        rows = [[row[k] for k in RECORD_COLUMNS] for row in self.to_records(level)]
        text = csv_text(RECORD_COLUMNS, rows)
        if path is not None:
            write_file(path, text, what="CSV file")
        return text

    def to_pandas(self, level: Level | str | None = None) -> pd.DataFrame:
        """The tidy records as a pandas DataFrame (needs the ``pandas`` extra).

        The columns of :meth:`to_records`, plus ``stage``: the stage's name, or
        "not attained" or "not enough evidence". ``stage``, ``stage_name`` and
        ``stage_id`` are ordered Categoricals, lowest stage first, so grouping
        and plotting keep the framework's order.
        """
        try:
            import pandas as pd  # noqa: PLC0415
        except ImportError:
            msg = "Cohort.to_pandas() needs pandas: pip install 'trainerframework[pandas]'"
            raise ImportError(msg) from None
        columns, stage_codes, named, (labels, names, ids) = self._stage_columns(level)
        frame = pd.DataFrame(columns, columns=list(RECORD_COLUMNS))
        frame.insert(4, "stage", pd.Categorical.from_codes(stage_codes, categories=labels, ordered=True))
        named = [c if c is not None else -1 for c in named]  # -1: missing
        frame["stage_name"] = pd.Categorical.from_codes(named, categories=names, ordered=True)
        frame["stage_id"] = pd.Categorical.from_codes(named, categories=ids, ordered=True)
        return frame if len(frame) else frame.astype(EMPTY_RECORD_TYPES)  # typed, as Dask's meta

    def _stage_columns(
        self, level: Level | str | None
    ) -> tuple[dict[str, list[Any]], list[int], list[int | None], tuple[list[str], list[str], list[str]]]:
        """The record columns without the stage code, and the stage as categorical codes.

        The codes of the ``stage`` column (the stages, then "not attained" and "not
        enough evidence"), of ``stage_name``/``stage_id`` (None where there is no
        stage), and the three category lists: labels, stage names, stage ids.
        """
        columns = self._record_columns(level)
        codes = columns.pop("code")
        n = len(self.framework.stages)
        stage_codes = [c if c >= 0 else n - 1 - c for c in codes]  # -1, -2 after the stages
        named: list[int | None] = [c if c >= 0 else None for c in codes]
        order = stage_categories(self.framework)
        return columns, stage_codes, named, (order["stage"], order["stage_name"], order["stage_id"])

    def to_arrow(self, level: Level | str | None = None) -> pa.Table:
        """The tidy records as a pyarrow Table (needs the ``arrow`` extra).

        Columns as :meth:`to_pandas`; ``stage``, ``stage_name`` and ``stage_id``
        are ordered dictionary columns (lowest stage first) carrying polars' Enum
        field metadata, so Parquet written from the table reads back in stage
        order in pandas (ordered Categorical) and polars (Enum); the schema
        metadata holds the framework id and the serialization schema version.
        """
        try:
            import pyarrow as pa  # noqa: PLC0415
        except ImportError:
            msg = "Cohort.to_arrow() needs pyarrow: pip install 'trainerframework[arrow]'"
            raise ImportError(msg) from None
        fw = self.framework
        columns, stage_codes, named, (labels, names, ids) = self._stage_columns(level)

        def ordered(indices: list[int | None], categories: list[str]) -> pa.DictionaryArray:
            return pa.DictionaryArray.from_arrays(
                pa.array(indices, pa.int8()), pa.array(categories, pa.string()), ordered=True
            )

        table = pa.table(
            {
                "trainer": pa.array(columns["trainer"], pa.string()),
                "level": pa.array(columns["level"], pa.string()),
                "scope_id": pa.array(columns["scope_id"], pa.string()),
                "scope_name": pa.array(columns["scope_name"], pa.string()),
                "stage": ordered(list(stage_codes), labels),
                "stage_id": ordered(named, ids),
                "stage_name": ordered(named, names),
                "stage_rank": pa.array(columns["stage_rank"], pa.int16()),
                "status": pa.array(columns["status"], pa.string()),
                "judged": pa.array(columns["judged"], pa.int32()),
                "total": pa.array(columns["total"], pa.int32()),
            }
        )
        meta = {b"trainerframework.framework": fw.id.encode(), b"trainerframework.schema_version": b"1"}
        return mark_polars_enums(table, fw).replace_schema_metadata(meta)

    def write_parquet(
        self, path: str | Path, *, level: Level | str | None = None, partition_by: Sequence[str] = ()
    ) -> None:
        """Write the tidy records as Parquet (needs the ``arrow`` extra), optionally partitioned.

        With ``partition_by`` (for example ``["level", "scope_id"]``) ``path``
        is a dataset folder, one subfolder per value, which pandas, polars,
        DuckDB, Dask and Spark read directly. pandas reads the stage columns
        back as ordered Categoricals and polars as Enums, lowest stage first
        (see :meth:`to_arrow`); DuckDB reads them as text, which
        :func:`order_stages` turns into ENUMs.

        The file is built in memory, then written to a temporary file and
        moved into place, so a failed write leaves a file already there as it
        was; a dataset is written to a temporary folder and each new file
        moved in (files already in the folder are kept).

        Raises:
            OutputFileError: ``path`` cannot be written (the message says why).

        """
        import pyarrow as pa  # noqa: PLC0415 - to_arrow() has said how to install it
        import pyarrow.parquet as pq  # noqa: PLC0415

        table = self.to_arrow(level)
        if partition_by:
            columns = list(partition_by)
            write_folder(
                path,
                lambda folder: pq.write_to_dataset(table, root_path=folder, partition_cols=columns),
                what="Parquet dataset",
            )
            return
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        write_file(path, sink.getvalue().to_pybytes(), what="Parquet file")

    def to_polars(self, level: Level | str | None = None) -> pl.DataFrame:
        """The tidy records as a polars DataFrame (needs the ``polars`` and ``arrow`` extras).

        Columns as :meth:`to_pandas`; ``stage``, ``stage_id`` and ``stage_name``
        are ``pl.Enum`` columns in the framework's order, lowest stage first,
        so sorting and grouping by stage keep it.
        """
        try:
            import polars as pl  # noqa: PLC0415
        except ImportError:
            msg = "Cohort.to_polars() needs polars: pip install 'trainerframework[polars]'"
            raise ImportError(msg) from None
        frame = pl.from_arrow(self.to_arrow(level))
        assert isinstance(frame, pl.DataFrame)  # noqa: S101 - a Table gives a DataFrame
        enums = polars_stage_dtypes(self.framework)  # lowest stage first
        return frame.with_columns(pl.col(c).cast(enum) for c, enum in enums.items())

    # -- summaries ----------------------------------------------------------------------

    def _scope_ids(self) -> list[str]:
        """Ids of the categories, then of the components: the order of the stage codes."""
        comp = _compiled(self.framework)
        return [cid for cid, _ in comp.category_totals] + [comp.scope_ids[s] for s in comp.component_slots]

    def _columns(self) -> tuple[list[str], list[tuple[int, ...]]]:
        """Scope ids (categories, then components) and, per scope, every trainer's stage code.

        A code is the stage index, or -1 (not attained) or -2 (not enough
        evidence); the columns are read straight from the profiles' stored
        codes, without building result objects.
        """
        ids = self._scope_ids()
        if not self.members:
            return ids, [() for _ in ids]
        return ids, list(zip(*(p._codes for _, p in self.members), strict=True))

    def stage_distribution(self, level: Level | str = Level.CATEGORY) -> dict[str, dict[str, int]]:
        """Per category (or component): trainers at each stage, and without one.

        Every trainer is counted once per category: the counts of each row add
        up to ``len(cohort)``. Keys are stage ids, lowest first, then
        :data:`NOT_ATTAINED` (evidence, but not even the first stage) and
        :data:`NO_STAGE` (not enough evidence).
        """
        if level not in ("category", "component"):
            msg = f"level must be 'category' or 'component', not {level!r}"
            raise ValueError(msg)
        fw = self.framework
        keys = [s.id for s in fw.stages] + [NOT_ATTAINED, NO_STAGE]
        ids, columns = self._columns()
        ncat = len(fw.categories)
        picked = slice(0, ncat) if level == "category" else slice(ncat, None)
        out = {}
        for scope, column in zip(ids[picked], columns[picked], strict=True):
            counts = Counter(column)
            # codes are stage indices, then -1 (not attained) and -2 (not enough evidence)
            out[scope] = {key: counts[code] for key, code in zip(keys, _key_codes(keys), strict=True)}
        return out

    def common_priorities(self, limit: int = 10, per_trainer: int = 5) -> list[tuple[str, int]]:
        """Descriptors most often among trainers' top development priorities.

        Counts, for each descriptor, the trainers with it among their first
        ``per_trainer`` priorities; most frequent first, ties in framework order.
        """
        counts: Counter[str] = Counter()
        for _, p in self.members:
            counts.update(p._priority_ids(per_trainer))
        order = {d.id: i for i, d in enumerate(self.framework.descriptors)}
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))
        return ranked[: max(limit, 0)]

    def shapes(self) -> dict[tuple[int, ...], list[str]]:
        """Trainers grouped by profile shape: the tuple of category stage ranks (0: no stage).

        Largest groups first, then by shape.
        """
        groups: dict[tuple[int, ...], list[str]] = {}
        ncat = len(self.framework.categories)
        ranks: dict[tuple[int, ...], tuple[int, ...]] = {}  # codes -> ranks, once per distinct profile
        for tid, p in self.members:
            codes = p._codes[:ncat]
            shape = ranks.get(codes)
            if shape is None:
                shape = ranks[codes] = tuple(c + 1 if c >= 0 else 0 for c in codes)
            groups.setdefault(shape, []).append(tid)
        return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    def progress(self, later: Cohort) -> Progress:
        """Movement between two rounds: every trainer in both rounds, compared scope by scope.

        Attrition is normal: trainers only in this round are listed in
        :attr:`Progress.left`, trainers only in ``later`` in
        :attr:`Progress.joined`, and neither is counted in the moves.
        Raises InvalidInputError when the rounds were profiled against
        different frameworks.
        """
        if not isinstance(later, Cohort):
            msg = f"progress needs another Cohort, not {type(later).__name__}"
            raise TypeError(msg)
        if self.members and later.members and self.framework != later.framework:
            problem = Problem("later", "the rounds were profiled against different frameworks")
            raise InvalidInputError([problem], "progress")
        fw = self.framework
        keys = [s.id for s in fw.stages] + [NOT_ATTAINED, NO_STAGE]
        key_of = dict(zip(_key_codes(keys), keys, strict=True))
        later_index = later._index
        both = [(tid, p) for tid, p in self.members if tid in later_index]
        left = tuple(tid for tid, _ in self.members if tid not in later_index)
        joined = tuple(tid for tid in later.ids if tid not in self._index)
        if not both:
            return Progress(keys=tuple(keys), left=left, joined=joined)
        ids = self._scope_ids()
        before = zip(*(p._codes for _, p in both), strict=True)
        after = zip(*(later_index[tid]._codes for tid, _ in both), strict=True)
        moves = []
        transitions = []
        for scope, b_column, a_column in zip(ids, before, after, strict=True):
            counts = Counter(zip(b_column, a_column, strict=True))
            directions = dict.fromkeys(_MOVES, 0)
            for (b, a), n in counts.items():
                directions[_direction(max(b, -1), max(a, -1))] += n
            moves.append(Moves(scope_id=scope, **directions))
            transitions += [
                Transition(scope_id=scope, before=key_of[b], after=key_of[a], trainers=counts[b, a])
                for b in key_of
                for a in key_of
                if (b, a) in counts
            ]
        return Progress(
            keys=tuple(keys),
            moves=tuple(moves),
            transitions=tuple(transitions),
            trainers=len(both),
            left=left,
            joined=joined,
        )

    def __repr__(self) -> str:
        n = len(self)
        return f"<Cohort: {n} trainer{'' if n == 1 else 's'}, framework {self.framework.id}>"

    def _repr_html_(self) -> str:
        return html(self)


def _register_hooks(conv: BaseConverter) -> None:
    """A cohort's own framework is written as ``framework``, and only for a cohort without members."""
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override  # noqa: PLC0415

    conv.register_unstructure_hook(
        Cohort,
        make_dict_unstructure_fn(Cohort, conv, _framework=override(rename="framework", omit_if_default=True)),
    )
    conv.register_structure_hook(
        Cohort, make_dict_structure_fn(Cohort, conv, _framework=override(rename="framework"))
    )


def _trainers_of_rows(
    rows: Iterable[tuple[str, dict[str, str]]], fw: Framework
) -> tuple[list[tuple[str, list[EvidenceItem]]], list[Problem]]:
    """Each trainer's judgements in table rows (one per row, with its trainer), and the bad rows' problems."""
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
    return list(by_trainer.items()), problems


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


def _key_codes(keys: Sequence[str]) -> list[int]:
    """The stage code of each distribution key: stage indices, then -1 and -2."""
    return [*range(len(keys) - 2), -1, -2]


def _some(ids: list[str], shown: int = 10) -> str:
    """The first ``shown`` ids, and how many there are in all when that is more."""
    more = f", ... ({len(ids)} in all)" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more


def _direction(before: int, after: int) -> str:
    """Direction of a move between stage indices (-1: no stage)."""
    if before < 0 and after < 0:
        return "same"
    if before < 0:
        return "gained"
    if after < 0:
        return "lost"
    return "up" if after > before else "down" if after < before else "same"


def _profile_from_record(record: dict[str, Any], fw: Framework, rules: Rules | None) -> Profile:
    if "profile" in record:
        from .._interchange._serialize import loads  # noqa: PLC0415

        doc = record["profile"]
        if not (isinstance(doc, dict) and "type" in doc):  # the data of a dumps() document
            doc = {"schema_version": 1, "type": "Profile", "data": doc}
        return loads(json.dumps(doc), Profile, fw=fw)
    if "evidence" not in record:
        msg = 'expected "evidence" (a mapping or a list of judgements) or "profile"'
        raise InvalidEvidenceError(msg)
    evidence, problems = evidence_value(record["evidence"], "evidence")
    if evidence is None:
        raise InvalidEvidenceError("; ".join(p.message if p.path == "evidence" else str(p) for p in problems))
    return profile(fw, evidence, rules)


_MOVES = ("up", "down", "same", "gained", "lost")


@attrs.frozen(kw_only=True)
class Moves:
    """How a cohort's trainers moved in one category or component between two rounds."""

    scope_id: str
    """Id of the category or component."""
    up: int = 0
    """Trainers whose stage rose."""
    down: int = 0
    """Trainers whose stage fell."""
    same: int = 0
    """Trainers whose stage (or lack of one) stayed the same."""
    gained: int = 0
    """Trainers who had no stage before and have one now."""
    lost: int = 0
    """Trainers who had a stage before and have none now."""


@attrs.frozen(kw_only=True)
class Transition:
    """Trainers who went from one stage (or status) to another in one category or component."""

    scope_id: str
    """Id of the category or component."""
    before: str
    """Stage id in the first round, or :data:`NOT_ATTAINED` / :data:`NO_STAGE`."""
    after: str
    """Stage id in the second round, or :data:`NOT_ATTAINED` / :data:`NO_STAGE`."""
    trainers: int
    """How many trainers made this transition (at least 1)."""


@attrs.frozen(kw_only=True)
class Progress:
    """Movement of a cohort between two rounds: immutable, hashable records."""

    keys: tuple[str, ...]
    """The stage ids, lowest first, then :data:`NOT_ATTAINED` and :data:`NO_STAGE`:
    the rows and columns of :meth:`matrix`."""
    moves: tuple[Moves, ...] = ()
    """Per category, then per component: how many trainers moved up, down, ..."""
    transitions: tuple[Transition, ...] = ()
    """Every (before, after) pair that at least one trainer made, per category and component."""
    trainers: int = 0
    """Trainers in both rounds: those the moves and transitions count."""
    left: tuple[str, ...] = ()
    """Trainers only in the earlier round (in its order): not counted in the moves."""
    joined: tuple[str, ...] = ()
    """Trainers only in the later round (in its order): not counted in the moves."""

    def _repr_html_(self) -> str:
        return html(self)

    def moves_of(self, scope_id: str) -> Moves:
        """The moves in one category or component; raise UnknownIdError if it has none."""
        for m in self.moves:
            if m.scope_id == scope_id:
                return m
        raise UnknownIdError(scope_id, "category or component")

    def matrix(self, scope_id: str) -> dict[str, dict[str, int]]:
        """A new transition matrix ``before -> after -> trainers`` for one category or component."""
        self.moves_of(scope_id)
        out = {k: dict.fromkeys(self.keys, 0) for k in self.keys}
        for t in self.transitions:
            if t.scope_id == scope_id:
                out[t.before][t.after] = t.trainers
        return out

    def to_records(self) -> list[dict[str, Any]]:
        """One row per category and component: ``scope`` and the five move counts."""
        return [{"scope": m.scope_id, **{k: getattr(m, k) for k in _MOVES}} for m in self.moves]
