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
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._base._cells import csv_text
from .._base._files import write_file, write_folder
from .._model._framework import Framework
from .._profiling._index import _compiled
from .._profiling._profile import Profile
from .._profiling._results import Level, Status

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

__all__ = [
    "RECORD_COLUMNS",
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
    "stage_id",
    "stage_name",
    "stage_rank",
    "status",
    "judged",
    "total",
)
"""The columns of :meth:`Cohort.to_records` (and of :func:`profile_frame`), in order."""


def scope_ids(fw: Framework) -> list[str]:
    """Ids of the categories, then of the components: the order of the stage codes."""
    comp = _compiled(fw)
    return [cid for cid, _ in comp.category_totals] + [comp.scope_ids[s] for s in comp.component_slots]


def to_records(fw: Framework, members: Members, level: Level | str | None = None) -> list[dict[str, Any]]:
    """Tidy rows: see :meth:`Cohort.to_records`."""
    columns = record_columns(fw, members, level)
    del columns["code"]
    return [dict(zip(RECORD_COLUMNS, values, strict=True)) for values in zip(*columns.values(), strict=True)]


def record_columns(fw: Framework, members: Members, level: Level | str | None) -> dict[str, list[Any]]:
    """The tidy records column by column (:data:`RECORD_COLUMNS`, then ``code``: the stage code).

    Read from the profiles' stored stage codes and judged counts: no
    result objects, and per trainer only the judged counts are summed.
    """
    if level not in (None, "category", "component"):
        msg = f"level must be 'category', 'component' or None, not {level!r}"
        raise ValueError(msg)
    comp = _compiled(fw)
    ncat = len(comp.category_totals)
    ids = scope_ids(fw)
    first, last = (
        (0, ncat) if level == "category" else (ncat, len(ids)) if level == "component" else (0, len(ids))
    )
    picked = range(first, last)
    names = {c.id: c.name for c in fw.categories} | {k.id: k.name for k in fw.components}
    parts = [*comp.category_parts, *([slot] for slot in comp.component_slots)][first:last]
    totals = [total for _, total in comp.category_totals] + [sum(comp.sizes[s]) for s in comp.component_slots]
    kinds = ["category"] * ncat + ["component"] * (len(ids) - ncat)
    info: dict[int, tuple[str | None, str | None, int, str]] = {
        i: (s.id, s.name, s.rank, Status.ATTAINED.value) for i, s in enumerate(fw.stages)
    }
    info[-1] = (None, None, 0, Status.NOT_ATTAINED.value)
    info[-2] = (None, None, 0, Status.NOT_ENOUGH_EVIDENCE.value)
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


def to_csv(
    fw: Framework, members: Members, path: str | Path | None = None, level: Level | str | None = None
) -> str:
    """The tidy records as CSV text, also written to ``path`` if given: see :meth:`Cohort.to_csv`."""
    rows = [[row[k] for k in RECORD_COLUMNS] for row in to_records(fw, members, level)]
    text = csv_text(RECORD_COLUMNS, rows)
    if path is not None:
        write_file(path, text, what="CSV file")
    return text


def to_pandas(fw: Framework, members: Members, level: Level | str | None = None) -> pd.DataFrame:
    """The tidy records as a pandas DataFrame: see :meth:`Cohort.to_pandas`."""
    try:
        import pandas as pd  # noqa: PLC0415
    except ImportError:
        msg = "Cohort.to_pandas() needs pandas: pip install 'trainerframework[pandas]'"
        raise ImportError(msg) from None
    columns, stage_codes, named, (labels, names, ids) = _stage_columns(fw, members, level)
    frame = pd.DataFrame(columns, columns=list(RECORD_COLUMNS))
    frame.insert(4, "stage", pd.Categorical.from_codes(stage_codes, categories=labels, ordered=True))
    named = [c if c is not None else -1 for c in named]  # -1: missing
    frame["stage_name"] = pd.Categorical.from_codes(named, categories=names, ordered=True)
    frame["stage_id"] = pd.Categorical.from_codes(named, categories=ids, ordered=True)
    return frame


def _stage_columns(
    fw: Framework, members: Members, level: Level | str | None
) -> tuple[dict[str, list[Any]], list[int], list[int | None], tuple[list[str], list[str], list[str]]]:
    """The record columns without the stage code, and the stage as categorical codes.

    The codes of the ``stage`` column (the stages, then "not attained" and "not
    enough evidence"), of ``stage_name``/``stage_id`` (None where there is no
    stage), and the three category lists: labels, stage names, stage ids.
    """
    stages = fw.stages
    columns = record_columns(fw, members, level)
    codes = columns.pop("code")
    n = len(stages)
    names = [s.name for s in stages]
    stage_codes = [c if c >= 0 else n - 1 - c for c in codes]  # -1, -2 after the stages
    named: list[int | None] = [c if c >= 0 else None for c in codes]
    labels = [*names, "not attained", "not enough evidence"]
    return columns, stage_codes, named, (labels, names, [s.id for s in stages])


def to_arrow(fw: Framework, members: Members, level: Level | str | None = None) -> pa.Table:
    """The tidy records as a pyarrow Table: see :meth:`Cohort.to_arrow`."""
    try:
        import pyarrow as pa  # noqa: PLC0415
    except ImportError:
        msg = "Cohort.to_arrow() needs pyarrow: pip install 'trainerframework[arrow]'"
        raise ImportError(msg) from None
    columns, stage_codes, named, (labels, names, ids) = _stage_columns(fw, members, level)

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
    return table.replace_schema_metadata(meta)


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
    return frame
