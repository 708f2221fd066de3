"""The stage columns' types in every frame engine, lowest stage first: the one place that knows them.

A record frame has up to three stage columns: ``stage`` (the stage's name, or
"not attained" or "not enough evidence"), ``stage_id`` and ``stage_name``
(missing where there is no stage). Sorted as text they come out alphabetical;
typed here they sort in the framework's order: a pandas ordered Categorical, a
polars Enum, an ordered Arrow dictionary (with polars' Enum field metadata, so
Parquet written from it reads back as an Enum in polars and as an ordered
Categorical in pandas) and a DuckDB ENUM. :func:`order_stages` types the stage
columns of a frame from any of these engines, such as one read from Parquet
that Dask or Spark wrote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model._framework import NO_STAGE_NAME, NOT_ATTAINED_NAME, Framework, load_framework
from ..exceptions import InvalidInputError, Problem

if TYPE_CHECKING:
    import polars as pl
    import pyarrow as pa

__all__ = [
    "EMPTY_RECORD_TYPES",
    "STAGE_COLUMNS",
    "mark_polars_enums",
    "order_stages",
    "polars_stage_dtypes",
    "stage_categories",
]

STAGE_COLUMNS = ("stage", "stage_id", "stage_name")
"""The columns of a record frame whose values are stages."""

EMPTY_RECORD_TYPES = {
    "trainer": "str",
    "level": "str",
    "scope_id": "str",
    "scope_name": "str",
    "stage_rank": "int64",
    "status": "str",
    "judged": "int64",
    "total": "int64",
}
"""The pandas types of the other record columns, as a frame with rows infers them (an empty
frame would infer float): text (``object`` before pandas 3, ``str`` from it) and int64."""

_POLARS_ENUM_KEY = b"_PL_ENUM_VALUES2"
"""The Arrow field metadata polars writes for an Enum column and reads back as one."""


def stage_categories(fw: Framework) -> dict[str, list[str]]:
    """Each stage column's values in order, lowest stage first (``stage`` then the two labels)."""
    names = [s.name for s in fw.stages]
    return {
        "stage": [*names, NOT_ATTAINED_NAME, NO_STAGE_NAME],
        "stage_id": [s.id for s in fw.stages],
        "stage_name": names,
    }


def _polars_enum_metadata(categories: list[str]) -> bytes:
    """The field metadata polars gives an Enum: each value as its length in UTF-8 bytes, ``;``, the value."""
    return b"".join(b"%d;%s" % (len(v.encode()), v.encode()) for v in categories)


def mark_polars_enums(table: pa.Table, fw: Framework) -> pa.Table:
    """``table`` with its stage fields carrying polars' Enum metadata (so polars reads them as Enum)."""
    import pyarrow as pa  # noqa: PLC0415 - the caller has it

    categories = stage_categories(fw)
    schema = table.schema
    for column in STAGE_COLUMNS:
        i = schema.get_field_index(column)
        if i >= 0:
            field = schema.field(i)
            meta = {**(field.metadata or {}), _POLARS_ENUM_KEY: _polars_enum_metadata(categories[column])}
            schema = schema.set(i, field.with_metadata(meta))
    return pa.Table.from_arrays(table.columns, schema=schema)


def polars_stage_dtypes(fw: Framework) -> dict[str, pl.Enum]:
    """The polars Enum of each stage column (needs polars)."""
    import polars as pl  # noqa: PLC0415 - optional

    return {column: pl.Enum(values) for column, values in stage_categories(fw).items()}


def _missing(value: Any) -> bool:
    """None, NaN, NaT or pandas' NA (whose comparisons cannot be told true or false)."""
    if value is None:
        return True
    try:
        return bool(value != value)  # noqa: PLR0124 - only missing values differ from themselves
    except TypeError:
        return True


def _unknown(found: Any, categories: list[str]) -> list[str]:
    """The values of ``found`` (missing ones aside) that are not among ``categories``, sorted."""
    allowed = set(categories)
    return sorted({str(v) for v in found if not _missing(v) and str(v) not in allowed})


def order_stages(frame: Any, fw: Framework | None = None) -> Any:
    """``frame`` with its stage columns typed in the framework's stage order, lowest first.

    Takes a pandas or polars DataFrame, a pyarrow Table or a DuckDB relation
    holding record columns (:meth:`Cohort.to_pandas`, :func:`profile_frame`,
    or Parquet written from them by Dask or Spark) and returns one of the
    same kind whose ``stage``, ``stage_id`` and ``stage_name`` columns (those
    present) are a pandas ordered Categorical, a polars Enum, an ordered
    Arrow dictionary, or a DuckDB ENUM, so sorting and grouping by stage
    follow the framework: ``order_stages(duckdb.read_parquet("profiles/*.parquet"))``.

    Raises:
        InvalidInputError: no stage column, or a value that is not a stage
            of ``fw`` (each column named, with the values).
        TypeError: ``frame`` is none of the four kinds.

    """
    fw = fw if fw is not None else load_framework()
    engine = type(frame).__module__.partition(".")[0]
    readers = {"pandas": _pandas, "polars": _polars, "pyarrow": _arrow, "duckdb": _duckdb, "_duckdb": _duckdb}
    if engine not in readers:
        msg = (
            "order_stages() takes a pandas or polars DataFrame, a pyarrow Table or a DuckDB relation,"
            f" not {type(frame).__name__}"
        )
        raise TypeError(msg)
    names = list(frame.column_names if engine == "pyarrow" else frame.columns)
    columns = [c for c in STAGE_COLUMNS if c in names]
    if not columns:
        problem = Problem("columns", f"no stage column ({', '.join(STAGE_COLUMNS)}) in {names}")
        raise InvalidInputError([problem], "order_stages")
    return readers[engine](frame, columns, fw)


def _check(found: dict[str, Any], fw: Framework) -> None:
    """InvalidInputError for values of a stage column that the framework does not have."""
    categories = stage_categories(fw)
    problems = []
    for column, values in found.items():
        unknown = _unknown(values, categories[column])
        if unknown:
            more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
            shown = ", ".join(map(repr, unknown[:5])) + more
            message = f"{shown} not in the stages of {fw.id} ({', '.join(map(repr, categories[column]))})"
            problems.append(Problem(f"column {column}", message))
    if problems:
        raise InvalidInputError(problems, "order_stages")


def _pandas(frame: Any, columns: list[str], fw: Framework) -> Any:
    import pandas as pd  # noqa: PLC0415 - the caller has it

    _check({c: frame[c].unique() for c in columns}, fw)
    categories = stage_categories(fw)
    return frame.astype({c: pd.CategoricalDtype(categories[c], ordered=True) for c in columns})


def _polars(frame: Any, columns: list[str], fw: Framework) -> Any:
    import polars as pl  # noqa: PLC0415 - the caller has it

    _check({c: frame[c].cast(pl.String).unique().to_list() for c in columns}, fw)
    dtypes = polars_stage_dtypes(fw)
    return frame.with_columns(pl.col(c).cast(pl.String).cast(dtypes[c]) for c in columns)


def _arrow(table: Any, columns: list[str], fw: Framework) -> Any:
    import pyarrow as pa  # noqa: PLC0415 - the caller has it
    import pyarrow.compute as pc  # noqa: PLC0415

    categories = stage_categories(fw)
    plain = {c: table.column(c).cast(pa.string()) for c in columns}
    _check({c: pc.unique(plain[c]).to_pylist() for c in columns}, fw)
    for column in columns:
        values = pa.array(categories[column], pa.string())
        chunks = [
            pa.DictionaryArray.from_arrays(
                pc.index_in(chunk, value_set=values).cast(pa.int16()), values, ordered=True
            )
            for chunk in plain[column].chunks
        ]
        kind = pa.dictionary(pa.int16(), pa.string(), ordered=True)
        table = table.set_column(
            table.schema.get_field_index(column), pa.field(column, kind), pa.chunked_array(chunks, kind)
        )
    return mark_polars_enums(table, fw)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _duckdb(relation: Any, columns: list[str], fw: Framework) -> Any:
    _check({c: [row[0] for row in relation.project(_quoted(c)).distinct().fetchall()] for c in columns}, fw)
    categories = stage_categories(fw)

    def enum(values: list[str]) -> str:
        return "ENUM(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"

    casts = ", ".join(
        f"CAST(CAST({_quoted(c)} AS VARCHAR) AS {enum(categories[c])}) AS {_quoted(c)}" for c in columns
    )
    return relation.project(f"* REPLACE ({casts})")
