"""Profiling as a DataFrame partition function, for Dask, Spark and other frame engines.

:func:`profile_frame` takes a pandas DataFrame of judgements (one row each:
``trainer_id``, ``descriptor_id`` (or ``trainer``, ``descriptor``), ``judgement``, and optionally ``source``,
``date``, ``note``, ``confidence``) and returns the tidy profile records as
:meth:`Cohort.to_pandas` gives them (the same columns, the stage columns
ordered Categoricals). It holds no state, so it runs unchanged in
``dask.dataframe.map_partitions`` (partitions by trainer; an empty frame's
result is the typed ``meta``) and in Spark's
``groupBy(bucket).applyInPandas(profile_frame, schema=RECORDS_DDL)`` (its one
positional argument is what Spark asks of a grouped-map function; a group
holds whole trainers, any number of them).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from .._base._gc import paused_gc
from .._base._lenient import check_on_error, settled
from .._model._framework import load_framework
from .._profiling._evidence import DEFAULT_SOURCE, Evidence, Row, canonical_ranks, checked_row
from .._profiling._index import compiled_index
from .._profiling._profile import profile
from ..exceptions import InvalidEvidenceError, InvalidInputError, Problem
from ._cohort import Cohort
from ._export import RECORD_COLUMNS, flat_stream, records_frame

if TYPE_CHECKING:
    import pandas as pd

    from .._model._framework import Framework
    from .._profiling._rules import Rules

__all__ = ["RECORDS_DDL", "RECORD_COLUMNS", "profile_frame"]

RECORDS_DDL = (
    "trainer string, level string, scope_id string, scope_name string, stage string, stage_id string,"
    " stage_name string, stage_rank int, status string, judged int, total int"
)
"""The records of :func:`profile_frame` as a DDL schema string, what Spark's
``applyInPandas(profile_frame, schema=RECORDS_DDL)`` needs (``stage_id`` and
``stage_name`` are null and ``stage_rank`` 0 where no stage is attained;
``stage`` then says "not attained" or "not enough evidence")."""

_REQUIRED = ("trainer_id", "descriptor_id", "judgement")
_OPTIONAL = ("source", "date", "note", "confidence")
_SPELLINGS = {"trainer_id": ("trainer_id", "trainer"), "descriptor_id": ("descriptor_id", "descriptor")}
"""The other spellings of the required columns, as every reader accepts them."""
_PLAIN = {str, type(None)}
"""Cell types that equal no cell of another type."""


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
    df: pd.DataFrame,
    *,
    fw: Framework | None = None,
    rules: Rules | None = None,
    on_error: Literal["raise", "skip"] = "raise",
) -> pd.DataFrame:
    """Profile every trainer in a DataFrame of judgements; the tidy records as a DataFrame.

    The trainer and descriptor columns may also be named ``trainer`` and
    ``descriptor``, as in a cohort CSV file. Every row of a trainer must be
    in ``df`` (in Dask, partition by trainer:
    ``ddf.set_index("trainer_id")``, then reset the index in the function;
    in Spark, group by a hash bucket of the trainer id). Each distinct row
    is checked once and its evidence row shared.
    Returns one row per trainer and category and per trainer and component,
    as :meth:`Cohort.to_pandas`: :data:`RECORD_COLUMNS`, with ``stage``,
    ``stage_id`` and ``stage_name`` ordered Categoricals, lowest stage
    first. An empty frame gives an empty result with those columns and types
    (what ``map_partitions`` needs as ``meta``), so Parquet written from it
    keeps the stage order.

    With ``on_error="skip"`` bad rows (a missing trainer, a bad judgement,
    date or confidence, an unknown descriptor) are left out rather than
    refused, and ``result.attrs["skipped"]`` is a
    :class:`~trainerframework.Skipped` listing their problems (each named by
    its index label); a strict call sets no ``attrs`` (pandas writes a
    frame's ``attrs`` into Parquet as JSON, and warns on one it cannot
    write). Dask and Spark do not gather a partition's ``attrs``: there the
    bad rows are left out silently.

    Raises:
        InvalidInputError: a missing column, or bad rows (each named by its
            index label), every problem at once.
        UnknownIdError: evidence about a descriptor the framework lacks
            (with ``on_error="skip"``, that row is left out instead).

    """
    import numpy as np  # noqa: PLC0415 - pandas brings it
    import pandas as pd  # noqa: PLC0415 - the caller has it

    check_on_error(on_error)
    fw = fw if fw is not None else load_framework()
    lenient = on_error == "skip"
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
    present = ("descriptor_id", "judgement", *(c for c in _OPTIONAL if c in given))
    codes, firsts = _distinct_rows(df, [spelled.get(c, c) for c in present])
    rows: list[Row | None] = []  # the checked row of each distinct row
    bad: dict[int, str] = {}  # distinct row -> its problem
    own_ids = compiled_index(fw).own_ids
    series = {c: df[spelled.get(c, c)] for c in present}
    # text columns read at once (the cells as they are); others cell by cell, as pandas boxes them
    read: dict[str, list[Any] | None] = {
        c: s.take(firsts).tolist() if _text(s.dtype) else None for c, s in series.items()
    }
    for code, first in enumerate(firsts):
        cells = {c: s.iat[first] if (got := read[c]) is None else got[code] for c, s in series.items()}
        descriptor = cells["descriptor_id"]
        if isinstance(descriptor, str):  # the framework's own string: credit found by identity
            descriptor = cells["descriptor_id"] = own_ids.get(descriptor, descriptor)
        if lenient and (descriptor not in fw or fw.kind_of(str(descriptor)) != "descriptor"):
            rows.append(None)
            bad[code] = f"unknown descriptor id {descriptor!r}"
            continue
        try:
            rows.append(_checked_row(cells))
        except InvalidEvidenceError as exc:
            rows.append(None)
            bad[code] = str(exc)
    trainer_column = df[spelled["trainer_id"]]
    as_text = trainer_column if _text(trainer_column.dtype) else trainer_column.astype(object)
    no_trainer = trainer_column.isna().to_numpy() | (as_text == "").to_numpy()
    refused = np.isin(codes, list(bad)) | no_trainer
    if refused.any():
        where = np.flatnonzero(refused)
        labels = df.index[where].tolist()  # plain values, as the message shows them
        problems += [
            Problem(f"row {label!r}", "missing trainer id" if no_trainer[n] else bad[int(codes[n])])
            for label, n in zip(labels, where, strict=True)
        ]
    skipped = settled(problems, "profile_frame", on_error)
    if refused.any():
        kept = np.flatnonzero(~refused)
        trainer_column, codes = trainer_column.iloc[kept], codes[kept]
    # whole trainers, in order of first appearance (text as it is: categories of text are their text)
    if not _text(trainer_column.dtype) or pd.api.types.is_object_dtype(trainer_column.dtype):
        trainer_column = trainer_column.astype(str)
    trainers, ids = pd.factorize(trainer_column, use_na_sentinel=False)
    tids = [str(tid) for tid in ids.tolist()]
    with paused_gc(len(tids)):  # many objects, no cycles: see _base._gc
        # each trainer's evidence and profile made in turn and dropped once its codes are read
        evidence = _trainer_evidence(trainers, len(tids), codes, rows)
        members = ((tid, profile(fw, ev, rules)) for tid, ev in zip(tids, evidence, strict=True))
        if "" in tids:  # a cell whose text is empty: refused as a cohort refuses it
            Cohort(tuple(members), framework=fw)
        # distinct, non-empty ids of one framework: the records of a cohort of them
        frame = records_frame(fw, flat_stream(fw, members))
    if lenient:  # pandas writes attrs into Parquet as JSON: a strict result carries none
        frame.attrs["skipped"] = skipped
    return frame


def _text(dtype: Any) -> bool:
    """Whether a column of ``dtype`` gives its cells as they are: objects, pandas' text, or text categories.

    A column of text categories (as pandas reads a Parquet dictionary
    column) gives each cell its category's string.
    """
    import pandas as pd  # noqa: PLC0415 - the caller has it

    if isinstance(dtype, pd.CategoricalDtype):
        categories = dtype.categories
        return isinstance(categories.dtype, pd.StringDtype) or (
            pd.api.types.is_object_dtype(categories.dtype) and all(type(c) is str for c in categories)
        )
    return isinstance(dtype, pd.StringDtype) or pd.api.types.is_object_dtype(dtype)


def _trainer_evidence(trainers: Any, count: int, codes: Any, rows: list[Row | None]) -> Iterator[Evidence]:
    """Each trainer's evidence in turn, from each frame row's trainer (0 to ``count - 1``) and distinct row.

    ``codes`` index ``rows``, none of them None. A fast twin of
    ``Evidence._of_rows([rows[c] for c in the trainer's codes])``: every
    trainer's rows sorted at once into canonical order (by trainer, then by
    each distinct row's place in canonical order, ties in frame order), and a
    trainer's ids unique where no two of its sorted rows share an id.
    ``tests/test_frames.py`` (``test_trainer_evidence_is_the_plain_formula``)
    checks it against the plain formula.
    """
    import numpy as np  # noqa: PLC0415 - pandas brings it

    place, id_place = (np.array(p, dtype=np.int64) for p in canonical_ranks(rows))
    trainers = np.asarray(trainers, dtype=np.int64)
    places = max(int(place.max(initial=0)) + 1, 1)
    order = np.argsort(trainers * places + place[codes], kind="stable")  # < count * len(rows)
    sorted_trainers, sorted_codes = trainers[order], codes[order]
    ids = id_place[sorted_codes]
    twice = (ids[1:] == ids[:-1]) & (sorted_trainers[1:] == sorted_trainers[:-1])
    repeated = np.zeros(count, dtype=bool)
    repeated[sorted_trainers[1:][twice]] = True
    bounds = np.searchsorted(sorted_trainers, np.arange(count + 1)).tolist()
    shared = np.fromiter(rows, dtype=object, count=len(rows))  # the row tuples themselves, taken in C
    ordered = shared[sorted_codes].tolist()
    of_canonical = Evidence._of_canonical
    return (
        of_canonical(tuple(ordered[a:b]), not twice_)
        for a, b, twice_ in zip(bounds, bounds[1:], repeated.tolist(), strict=False)
    )


def _distinct_rows(
    df: pd.DataFrame, columns: list[str], *, by_hashing: bool = False
) -> tuple[Any, list[int]]:
    """Each row's distinct-row code (numbered in order of first appearance), and each code's first row.

    Equal cells of other types (1 and True, a date and a datetime) count as
    different: a text column holding more than one other type adds its
    types to the key. A frame with an unhashable cell has every row distinct
    (each is checked, and refused, on its own). The combined keys are
    numbered through a table of every possible key where there are few
    (the usual case), else by hashing (``by_hashing``, the plain formula):
    ``tests/test_frames.py`` (``test_distinct_rows_are_the_plain_formula``)
    checks that both give the same.
    """
    import numpy as np  # noqa: PLC0415 - pandas brings it
    import pandas as pd  # noqa: PLC0415 - the caller has it

    n = len(df)
    mixed = [c for c in columns if df[c].dtype == object and len(set(map(type, df[c])) - _PLAIN) > 1]
    keys = [df[c] for c in columns]  # as they are: no conversion
    keys += [pd.Series(list(map(type, df[c])), dtype=object) for c in mixed]
    # each column's values numbered (in C, nulls one value), the numbers combined as the digits
    # of one number (numbered afresh before it could overflow), then numbered in order of appearance
    codes, span = np.zeros(n, dtype=np.int64), 1
    try:
        for key in keys:
            column, uniques = pd.factorize(key, use_na_sentinel=False)
            if span * len(uniques) >= 1 << 62:
                codes, found = pd.factorize(codes)
                span = len(found)
            codes = codes * len(uniques) + column
            span *= max(len(uniques), 1)
    except TypeError:  # an unhashable cell
        return np.arange(n), list(range(n))
    if by_hashing or span > max(4 * n, 1 << 16):  # many possible keys: numbered by hashing
        codes = pd.factorize(codes)[0]
        firsts = np.flatnonzero(~pd.Series(codes).duplicated().to_numpy())  # code k first seen at firsts[k]
        return codes, firsts.tolist()
    # few: each key's first row found in one pass over a table of every possible key, numbered in that order
    first = np.full(span, n, dtype=np.int64)
    np.minimum.at(first, codes, np.arange(n, dtype=np.int64))
    present = np.flatnonzero(first < n)
    present = present[np.argsort(first[present])]  # the keys in order of first appearance
    number = np.empty(span, dtype=np.int64)
    number[present] = np.arange(len(present), dtype=np.int64)
    return number[codes], first[present].tolist()


def _checked_row(cells: dict[str, Any]) -> Row:
    """The evidence row of one frame row's cells (by column); InvalidEvidenceError for a bad one."""
    source, date, note, confidence = (_cell(cells.get(c)) for c in _OPTIONAL)
    return checked_row(
        str(cells["descriptor_id"]),
        str(cells["judgement"]),
        DEFAULT_SOURCE if source is None else source,
        date,
        "" if note is None else note,
        1.0 if confidence is None else confidence,
    )
