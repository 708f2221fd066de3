"""Cohort tables: the tidy records as Python rows, CSV, pandas, Arrow, Parquet and polars.

One row per trainer and category and per trainer and component
(:data:`RECORD_COLUMNS`), read column by column from the profiles' stored
stage codes and judged counts, without result objects. The data-frame types
(ordered categoricals in pandas, ordered dictionary columns in Arrow and so
in Parquet and polars) are set in one place each: :func:`to_pandas` and
:func:`to_arrow`. :class:`~trainerframework.Cohort`'s methods of the same
names wrap these functions.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .._base._cells import csv_text
from .._base._files import write_file, write_folder
from .._model._framework import Framework
from .._profiling._index import compiled_index
from .._profiling._profile import Profile
from .._profiling._results import Level, Status
from ._dtypes import EMPTY_RECORD_TYPES, mark_polars_enums, polars_stage_dtypes, stage_categories

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

__all__ = [
    "RECORD_COLUMNS",
    "Flat",
    "flat",
    "flat_stream",
    "records_frame",
    "scope_ids",
    "to_arrow",
    "to_csv",
    "to_pandas",
    "to_polars",
    "to_records",
    "write_parquet",
]

Members = Sequence[tuple[str, Profile]]

RECORD_COLUMNS = (
    "trainer",
    "level",
    "scope_id",
    "scope_name",
    "stage",
    "stage_id",
    "stage_name",
    "stage_rank",
    "status",
    "judged",
    "total",
)
"""The columns of every record output, in order: :meth:`Cohort.to_records`, :meth:`Cohort.to_csv`,
the frames (:meth:`Cohort.to_pandas`, ``to_arrow``, ``write_parquet``, ``to_polars``),
:func:`profile_frame` and :data:`RECORDS_DDL`. ``stage`` is the stage's name, or "not
attained" or "not enough evidence": one column to sort and group by (in the frames, ordered
lowest first)."""


def scope_ids(fw: Framework) -> list[str]:
    """Ids of the categories, then of the components: the order of the stage codes."""
    comp = compiled_index(fw)
    return [cid for cid, _ in comp.category_totals] + [comp.scope_ids[s] for s in comp.component_slots]


class Flat(NamedTuple):
    """The records of some scopes (:func:`flat`), flat: every list trainer by trainer, scope by scope."""

    trainers: list[str]
    """The trainer ids, in order (each stands for ``width`` records)."""
    first: int
    """The first scope (in :func:`scope_ids` order) and one past the last."""
    last: int
    codes: list[int]
    """Per record: the stage index, or -1 (not attained) or -2 (not enough evidence)."""
    judged: list[int]
    """Per record: the descriptors with evidence."""

    @property
    def width(self) -> int:
        """Records per trainer: the scopes kept."""
        return self.last - self.first


def flat(fw: Framework, members: Members, level: Level | str | None) -> Flat:
    """The stage codes and judged counts of ``level``'s scopes, read from the stored tuples."""
    if level not in (None, "category", "component"):
        msg = f"level must be 'category', 'component' or None, not {level!r}"
        raise ValueError(msg)
    ncat = len(fw.categories)
    nscopes = ncat + len(compiled_index(fw).component_slots)
    first, last = (
        (0, ncat) if level == "category" else (ncat, nscopes) if level == "component" else (0, nscopes)
    )
    chain = itertools.chain.from_iterable
    profiles = [p for _, p in members]
    if (first, last) == (0, nscopes):  # every scope: the stored tuples as they are
        codes = list(chain(p._codes for p in profiles))
        judged = list(chain(p._scope_judged for p in profiles))
    else:
        codes = list(chain(p._codes[first:last] for p in profiles))
        judged = list(chain(p._scope_judged[first:last] for p in profiles))
    return Flat([tid for tid, _ in members], first, last, codes, judged)


def flat_stream(fw: Framework, members: Iterable[tuple[str, Profile]]) -> Flat:
    """:func:`flat` of every scope, reading each profile as it comes: none need be kept.

    For :func:`profile_frame`, whose profiles then live only as long as their
    codes are read (kept, thousands of them reach the garbage collector's
    oldest generation and set off its full passes). The same lists as
    ``flat(fw, list(members), None)``; ``tests/test_frames.py``
    (``test_equals_profiling_each_trainer``) checks the records against a cohort's.
    """
    trainers: list[str] = []
    codes: list[int] = []
    judged: list[int] = []
    add_trainer, add_codes, add_judged = trainers.append, codes.extend, judged.extend
    for tid, p in members:
        add_trainer(tid)
        add_codes(p._codes)
        add_judged(p._scope_judged)
    nscopes = len(fw.categories) + len(compiled_index(fw).component_slots)
    return Flat(trainers, 0, nscopes, codes, judged)


def _scopes(fw: Framework, records: Flat) -> tuple[list[str], list[str], list[str], list[int]]:
    """Per scope kept: its level, id, name and descriptors in all."""
    comp = compiled_index(fw)
    ids = scope_ids(fw)
    ncat = len(comp.category_totals)
    names = {c.id: c.name for c in fw.categories} | {k.id: k.name for k in fw.components}
    totals = [total for _, total in comp.category_totals] + [sum(comp.sizes[s]) for s in comp.component_slots]
    kinds = ["category"] * ncat + ["component"] * (len(ids) - ncat)
    picked = slice(records.first, records.last)
    return kinds[picked], ids[picked], [names[i] for i in ids[picked]], totals[picked]


_STATUS_OF_CODE = (Status.NOT_ENOUGH_EVIDENCE.value, Status.NOT_ATTAINED.value)
"""The status of the codes -2 and -1 (every stage index: attained)."""


def to_records(fw: Framework, members: Members, level: Level | str | None = None) -> list[dict[str, Any]]:
    """Tidy rows: see :meth:`Cohort.to_records`."""
    columns = record_columns(fw, members, level)
    return [dict(zip(RECORD_COLUMNS, values, strict=True)) for values in zip(*columns.values(), strict=True)]


def record_columns(fw: Framework, members: Members, level: Level | str | None) -> dict[str, list[Any]]:
    """The tidy records column by column (:data:`RECORD_COLUMNS`), as Python values.

    Read from the profiles' stored stage codes and judged counts: no result objects.
    """
    records = flat(fw, members, level)
    kinds, ids, names, totals = _scopes(fw, records)
    labels = _stage_labels(fw)[0]
    info: dict[int, tuple[str | None, str | None, int, str, str]] = {
        i: (s.id, s.name, s.rank, Status.ATTAINED.value, s.name) for i, s in enumerate(fw.stages)
    }
    info[-1] = (None, None, 0, Status.NOT_ATTAINED.value, labels[-2])
    info[-2] = (None, None, 0, Status.NOT_ENOUGH_EVIDENCE.value, labels[-1])
    stage_info = [info[c] for c in records.codes]
    n = len(records.trainers)
    return {
        "trainer": [tid for tid in records.trainers for _ in range(records.width)],
        "level": kinds * n,
        "scope_id": ids * n,
        "scope_name": names * n,
        "stage": [x[4] for x in stage_info],
        "stage_id": [x[0] for x in stage_info],
        "stage_name": [x[1] for x in stage_info],
        "stage_rank": [x[2] for x in stage_info],
        "status": [x[3] for x in stage_info],
        "judged": records.judged,
        "total": totals * n,
    }


def to_csv(
    fw: Framework, members: Members, path: str | Path | None = None, level: Level | str | None = None
) -> str:
    """The tidy records as CSV text, also written to ``path`` if given: see :meth:`Cohort.to_csv`."""
    rows = [[row[k] for k in RECORD_COLUMNS] for row in to_records(fw, members, level)]
    text = csv_text(RECORD_COLUMNS, rows)
    if path is not None:
        write_file(path, text, what="CSV file")
    return text


def _stage_labels(fw: Framework) -> tuple[list[str], list[str], list[str]]:
    """The categories of the stage columns, lowest stage first: ``stage``, ``stage_name``, ``stage_id``.

    ``stage`` has the stage names, then "not attained" and "not enough evidence".
    """
    order = stage_categories(fw)
    return order["stage"], order["stage_name"], order["stage_id"]


def _laid_out(fw: Framework, members: Members, level: Level | str | None) -> tuple[Any, Any, Any]:
    """What both frame builders start from: the flat codes, the scopes' columns, the stage categories."""
    records = flat(fw, members, level)
    return records, _scopes(fw, records), _stage_labels(fw)


def to_pandas(fw: Framework, members: Members, level: Level | str | None = None) -> pd.DataFrame:
    """The tidy records as a pandas DataFrame: see :meth:`Cohort.to_pandas`."""
    return records_frame(fw, flat(fw, members, level))


def records_frame(fw: Framework, records: Flat) -> pd.DataFrame:
    """The tidy records of ``records`` (:func:`flat`, :func:`flat_stream`) as a pandas DataFrame.

    Built column by column with numpy from the flat stage codes: the text
    columns are taken from their few distinct values (as pandas' own text
    type), the stage columns are ordered Categoricals from the codes. A fast
    twin of :func:`record_columns`: ``tests/test_cohort_columns.py``
    (``test_frames_and_records_are_the_plain_formulas``) checks it against
    the plain records.
    """
    try:
        import pandas as pd  # noqa: PLC0415
    except ImportError:
        msg = "Cohort.to_pandas() needs pandas: pip install 'trainerframework[pandas]'"
        raise ImportError(msg) from None
    import numpy as np  # noqa: PLC0415 - pandas needs it

    kinds, ids, names, totals = _scopes(fw, records)
    labels, stage_names, stage_ids = _stage_labels(fw)
    n, width = len(records.trainers), records.width
    if not records.codes:  # no records: the types pandas gives empty columns
        frame = pd.DataFrame({c: [] for c in RECORD_COLUMNS}, columns=list(RECORD_COLUMNS))
        frame["stage"] = pd.Categorical.from_codes([], categories=labels, ordered=True)
        frame["stage_name"] = pd.Categorical.from_codes([], categories=stage_names, ordered=True)
        frame["stage_id"] = pd.Categorical.from_codes([], categories=stage_ids, ordered=True)
        return frame.astype(EMPTY_RECORD_TYPES)  # typed, as Dask's meta
    codes = np.array(records.codes, dtype=np.int64)
    text = pd.Series(["x"]).dtype  # what pandas makes of a list of strings

    def strings(values: list[str], indices: Any) -> Any:
        """``values[indices]`` as pandas' text column."""
        if isinstance(text, pd.StringDtype) and text.storage == "pyarrow":
            import pyarrow as pa  # noqa: PLC0415 - pandas' own text storage

            return pd.array(pa.array(values, pa.string()).take(pa.array(indices)), dtype=text)
        return np.array(values, dtype=object)[indices]

    per_scope, per_trainer, total = _numbered(np, n, width, totals, np.int64)
    by_code = codes + 2  # -2, -1, stages: 0, 1, 2 ...
    ranks = np.array([0, 0, *range(1, len(fw.stages) + 1)], dtype=np.int64)
    status = [*_STATUS_OF_CODE, *[Status.ATTAINED.value] * len(fw.stages)]
    named = np.where(codes >= 0, codes, -1)  # -1: missing
    return pd.DataFrame(
        {
            "trainer": strings(records.trainers, per_trainer),
            "level": strings(kinds, per_scope),
            "scope_id": strings(ids, per_scope),
            "scope_name": strings(names, per_scope),
            "stage": pd.Categorical.from_codes(
                np.where(codes >= 0, codes, len(stage_names) - 1 - codes), categories=labels, ordered=True
            ),
            "stage_id": pd.Categorical.from_codes(named, categories=stage_ids, ordered=True),
            "stage_name": pd.Categorical.from_codes(named, categories=stage_names, ordered=True),
            "stage_rank": ranks[by_code],
            "status": strings(status, by_code),
            "judged": np.array(records.judged, dtype=np.int64),
            "total": total,
        }
    )


def to_arrow(fw: Framework, members: Members, level: Level | str | None = None) -> pa.Table:
    """The tidy records as a pyarrow Table: see :meth:`Cohort.to_arrow`.

    Built with pyarrow from the flat stage codes: text columns are taken
    from their few distinct values, stage columns are ordered dictionary
    columns over the codes. A fast twin of :func:`record_columns`:
    ``tests/test_cohort_columns.py``
    (``test_frames_and_records_are_the_plain_formulas``) checks it against
    the plain records.
    """
    try:
        import pyarrow as pa  # noqa: PLC0415
    except ImportError:
        msg = "Cohort.to_arrow() needs pyarrow: pip install 'trainerframework[arrow]'"
        raise ImportError(msg) from None
    import pyarrow.compute as pc  # noqa: PLC0415

    records, (kinds, ids, names, totals), (labels, stage_names, stage_ids) = _laid_out(fw, members, level)
    n, width = len(records.trainers), records.width
    per_scope, per_trainer, total = _repeated(n, width, totals)
    codes = pa.array(records.codes, pa.int8())
    by_code = pc.add(codes, pa.scalar(2, pa.int8()))  # -2, -1, stages: 0, 1, 2 ...
    attained = pc.greater_equal(codes, pa.scalar(0, pa.int8()))
    status = [*_STATUS_OF_CODE, *[Status.ATTAINED.value] * len(fw.stages)]

    def strings(values: list[str], indices: pa.Array) -> pa.Array:
        return pa.array(values, pa.string()).take(indices)

    def ordered(indices: pa.Array, categories: list[str]) -> pa.DictionaryArray:
        return pa.DictionaryArray.from_arrays(indices, pa.array(categories, pa.string()), ordered=True)

    # -1, -2 after the stages
    stage = pc.if_else(attained, codes, pc.subtract(pa.scalar(len(stage_names) - 1, pa.int8()), codes))
    named = pc.if_else(attained, codes, pa.scalar(None, pa.int8()))
    table = pa.table(
        {
            "trainer": strings(records.trainers, per_trainer),
            "level": strings(kinds, per_scope),
            "scope_id": strings(ids, per_scope),
            "scope_name": strings(names, per_scope),
            "stage": ordered(stage, labels),
            "stage_id": ordered(named, stage_ids),
            "stage_name": ordered(named, stage_names),
            "stage_rank": pa.array([0, 0, *range(1, len(fw.stages) + 1)], pa.int16()).take(by_code),
            "status": strings(status, by_code),
            "judged": pa.array(records.judged, pa.int32()),
            "total": total,
        }
    )
    meta = {b"trainerframework.framework": fw.id.encode(), b"trainerframework.schema_version": b"1"}
    return mark_polars_enums(table, fw).replace_schema_metadata(meta)


def _repeated(n: int, width: int, totals: list[int]) -> tuple[pa.Array, pa.Array, pa.Array]:
    """Each record's scope number, trainer number and total, as int32 Arrow arrays (n trainers, width scopes).

    Built by NumPy where it is installed (pandas and most pyarrow installs bring it: 7
    million records in a few milliseconds, not a second of Python lists); else by
    :func:`_repeated_plainly`, which ``tests/test_cohort_columns.py`` checks it against.
    """
    try:
        import numpy as np  # noqa: PLC0415 - optional: the plain lists below without it
    except ImportError:  # pragma: no cover - pyarrow without NumPy
        return _repeated_plainly(n, width, totals)
    import pyarrow as pa  # noqa: PLC0415

    per_scope, per_trainer, total = _numbered(np, n, width, totals, np.int32)
    return pa.array(per_scope), pa.array(per_trainer), pa.array(total)


def _numbered(np: Any, n: int, width: int, totals: list[int], dtype: Any) -> tuple[Any, Any, Any]:
    """Each record's scope number, trainer number and total (n trainers of width scopes) as NumPy arrays.

    The one place both :func:`records_frame` (int64, pandas' integers) and :func:`_repeated`
    (int32, for Arrow) lay the records out.
    """
    return (
        np.tile(np.arange(width, dtype=dtype), n),
        np.repeat(np.arange(n, dtype=dtype), width),
        np.tile(np.asarray(totals, dtype=dtype), n),
    )


def _repeated_plainly(n: int, width: int, totals: list[int]) -> tuple[pa.Array, pa.Array, pa.Array]:
    """:func:`_repeated` from Python lists (the plain formula)."""
    import pyarrow as pa  # noqa: PLC0415

    return (
        pa.array(list(range(width)) * n, pa.int32()),
        pa.array([i for i in range(n) for _ in range(width)], pa.int32()),
        pa.array(totals * n, pa.int32()),
    )


def write_parquet(
    fw: Framework,
    members: Members,
    path: str | Path,
    *,
    level: Level | str | None = None,
    partition_by: Sequence[str] = (),
) -> None:
    """Write the tidy records as Parquet: see :meth:`Cohort.write_parquet`."""
    import pyarrow as pa  # noqa: PLC0415 - to_arrow() has said how to install it
    import pyarrow.parquet as pq  # noqa: PLC0415

    table = to_arrow(fw, members, level)
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


def to_polars(fw: Framework, members: Members, level: Level | str | None = None) -> pl.DataFrame:
    """The tidy records as a polars DataFrame: see :meth:`Cohort.to_polars`."""
    try:
        import polars as pl  # noqa: PLC0415
    except ImportError:
        msg = "Cohort.to_polars() needs polars: pip install 'trainerframework[polars]'"
        raise ImportError(msg) from None
    frame = pl.from_arrow(to_arrow(fw, members, level))
    assert isinstance(frame, pl.DataFrame)  # noqa: S101 - a Table gives a DataFrame
    enums = polars_stage_dtypes(fw)  # lowest stage first
    return frame.with_columns(pl.col(c).cast(enum) for c, enum in enums.items())
