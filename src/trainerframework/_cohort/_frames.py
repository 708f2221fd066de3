"""Profiling as a DataFrame partition function, for Dask, Spark and other frame engines.

:func:`profile_frame` takes a pandas DataFrame of judgements (one row each:
``trainer_id``, ``descriptor_id`` (or ``trainer``, ``descriptor``), ``judgement``, and optionally ``source``,
``date``, ``note``, ``confidence``) and returns the tidy profile records of
:meth:`Cohort.to_records` as a DataFrame. It holds no state, so it runs
unchanged in ``dask.dataframe.map_partitions`` (partitions by trainer) and in
Spark's ``groupBy("trainer_id").applyInPandas(profile_frame, schema=RECORDS_DDL)``
(its one positional argument is what Spark asks of a grouped-map function).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model._framework import load_framework
from .._profiling._evidence import DEFAULT_SOURCE, Evidence, Row, _row
from .._profiling._profile import profile
from ..exceptions import InvalidEvidenceError, InvalidInputError, Problem
from ._cohort import Cohort
from ._export import RECORD_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

    from .._model._framework import Framework
    from .._profiling._rules import Rules

__all__ = ["RECORDS_DDL", "RECORD_COLUMNS", "profile_frame"]

RECORDS_DDL = (
    "trainer string, level string, scope_id string, scope_name string, stage_id string,"
    " stage_name string, stage_rank int, status string, judged int, total int"
)
"""The records of :func:`profile_frame` as a DDL schema string, what Spark's
``applyInPandas(profile_frame, schema=RECORDS_DDL)`` needs (``stage_id`` and
``stage_name`` are null and ``stage_rank`` 0 where no stage is attained)."""

_REQUIRED = ("trainer_id", "descriptor_id", "judgement")
_OPTIONAL = ("source", "date", "note", "confidence")
_SPELLINGS = {"trainer_id": ("trainer_id", "trainer"), "descriptor_id": ("descriptor_id", "descriptor")}
"""The other spellings of the required columns, as every reader accepts them."""


def _cell(value: Any) -> Any:
    """A frame cell as evidence wants it: None for missing values (NaN, NaT, None)."""
    if value is None:
        return None
    try:
        if value != value:  # NaN and NaT are not equal to themselves  # noqa: PLR0124
            return None
    except (TypeError, ValueError):
        return value
    return value


def profile_frame(
    df: pd.DataFrame, *, fw: Framework | None = None, rules: Rules | None = None
) -> pd.DataFrame:
    """Profile every trainer in a DataFrame of judgements; the tidy records as a DataFrame.

    The trainer and descriptor columns may also be named ``trainer`` and
    ``descriptor``, as in a cohort CSV file. Every row of a trainer must be
    in ``df`` (in Dask, partition by trainer:
    ``ddf.set_index("trainer_id")``, then reset the index in the function).
    Returns one row per trainer and category and per trainer and component,
    with :data:`RECORD_COLUMNS`; an empty frame gives an empty result with
    those columns (what ``map_partitions`` needs as ``meta``).

    Raises:
        InvalidInputError: a missing column, or bad rows (each named by its
            index label), every problem at once.
        UnknownIdError: evidence about a descriptor the framework lacks.

    """
    import pandas as pd  # noqa: PLC0415 - the caller already has it

    fw = fw if fw is not None else load_framework()
    given = set(df.columns)
    problems: list[Problem] = []
    spelled: dict[str, str] = {}  # the column each required one is read from
    for column in _REQUIRED:
        names = [n for n in _SPELLINGS.get(column, (column,)) if n in given]
        if len(names) > 1:
            problems.append(Problem("columns", f"both {' and '.join(names)} are given: give one"))
        elif names:
            spelled[column] = names[0]
    missing = [c for c in _REQUIRED if c not in spelled]
    if missing:
        message = f"missing columns {', '.join(missing)} (needed: {', '.join(_REQUIRED)})"
        problems.append(Problem("columns", message))
    if problems:
        raise InvalidInputError(problems, "profile_frame")
    optional = [c for c in _OPTIONAL if c in given]
    columns = {c: df[spelled.get(c, c)].tolist() for c in (*_REQUIRED, *optional)}  # plain lists
    labels = df.index.tolist()
    none: list[Any] = [None] * len(labels)
    sources, dates, notes, confidences = (columns.get(c, none) for c in _OPTIONAL)
    by_trainer: dict[str, list[Row]] = {}
    triples = zip(columns["trainer_id"], columns["descriptor_id"], columns["judgement"], strict=True)
    for n, (trainer, descriptor, judgement) in enumerate(triples):
        source, date, note, confidence = (_cell(x[n]) for x in (sources, dates, notes, confidences))
        try:
            row = _row(
                str(descriptor),
                str(judgement),
                DEFAULT_SOURCE if source is None else source,
                date,
                "" if note is None else note,
                1.0 if confidence is None else confidence,
            )
        except InvalidEvidenceError as exc:
            problems.append(Problem(f"row {labels[n]!r}", str(exc)))
            continue
        by_trainer.setdefault(str(trainer), []).append(row)
    if problems:
        raise InvalidInputError(problems, "profile_frame")
    pairs = tuple((tid, profile(fw, Evidence._of_rows(rows), rules)) for tid, rows in by_trainer.items())
    return pd.DataFrame.from_records(Cohort(pairs, framework=fw).to_records(), columns=list(RECORD_COLUMNS))
