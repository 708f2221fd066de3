"""profile_frame under Spark's applyInPandas (issues 14, 23).

Runs when pyspark is installed and Java is on the machine (a local Spark
session, two cores); skipped otherwise, saying why. The ``test`` extra leaves
PySpark out (pyspark 4.3 is about 500 MB installed): ``pip install -e ".[spark]"``.
CI installs it in a stage of its own and sets ``TRAINERFRAMEWORK_REQUIRE_SPARK``,
so there the tests run or fail, never skip.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import trainerframework as tfw

from .conftest import ROOT

REQUIRED = bool(os.environ.get("TRAINERFRAMEWORK_REQUIRE_SPARK"))
"""Set by CI's Spark stage, which installs the spark extra: there a missing pyspark or Java fails."""

if REQUIRED:
    import pyspark.sql as pyspark_sql

    assert shutil.which("java") or os.environ.get("JAVA_HOME"), "Spark needs Java"
else:
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    pyspark_sql = pytest.importorskip(
        "pyspark.sql",
        reason="pyspark is not installed (the spark extra: about 500 MB, left out of the test extra)",
    )
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java", allow_module_level=True)

# pyspark 4.x warns that it does not yet fully support pandas 3, and that it cannot read type
# hints from a functools.partial; the results are checked below either way
pytestmark = [
    pytest.mark.slow,  # a local Spark session: a Java process
    pytest.mark.filterwarnings("ignore:Cannot infer the eval type:UserWarning"),
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

COLUMNS = ["trainer_id", "descriptor_id", "judgement", "source"]


@pytest.fixture(scope="module")
def spark(_workers_run_this_python: None) -> Iterator[Any]:
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("trainerframework-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module", autouse=True)
def _workers_run_this_python() -> Iterator[None]:
    """Spark's Python workers run ``python3`` from the PATH unless PYSPARK_PYTHON names one.

    In a virtual environment that one lacks trainerframework, so the workers
    use the interpreter running the tests, as the how-to tells users to.
    """
    with pytest.MonkeyPatch.context() as patch:
        if not os.environ.get("PYSPARK_PYTHON"):
            patch.setenv("PYSPARK_PYTHON", sys.executable)
        yield


def _rows(cohort: tfw.Cohort) -> list[tuple[str, str, str, str]]:
    evidence = ((tid, item) for tid in cohort.ids for item in cohort[tid].evidence)
    return [(tid, item.descriptor_id, item.judgement.value, item.source) for tid, item in evidence]


def _key(record: dict[str, Any]) -> tuple[str, str, str]:
    return (record["trainer"], record["level"], record["scope_id"])


def _plain(frame: Any) -> list[dict[str, Any]]:
    """A record frame's rows as dicts (stages as text, missing values None), in a fixed order."""
    records = frame.astype(dict.fromkeys(("stage", "stage_id", "stage_name"), object)).to_dict("records")
    return sorted(({k: None if v != v else v for k, v in r.items()} for r in records), key=_key)  # noqa: PLR0124


def _expected(cohort: tfw.Cohort) -> list[dict[str, Any]]:
    """The cohort's frame records (to_pandas' columns), in a fixed order."""
    return _plain(cohort.to_pandas())


def test_apply_in_pandas_gives_the_cohort_records(spark: Any) -> None:
    cohort = tfw.Cohort.synthetic(30, seed=8, sources=("self", "observer"))
    judgements = spark.createDataFrame(_rows(cohort), schema=COLUMNS)
    profiles = judgements.groupBy("trainer_id").applyInPandas(tfw.profile_frame, schema=tfw.RECORDS_DDL)
    records = [row.asDict() for row in profiles.collect()]
    assert sorted(records, key=_key) == _expected(cohort)
    assert [f.name for f in profiles.schema.fields] == list(cohort.to_pandas().columns)


def test_another_framework_through_a_partial(spark: Any) -> None:
    fw = tfw.load_framework(ROOT / "examples" / "mentoring-framework.toml")
    cohort = tfw.Cohort.synthetic(12, seed=9, fw=fw)
    judgements = spark.createDataFrame(_rows(cohort), schema=COLUMNS)
    function = functools.partial(tfw.profile_frame, fw=fw)
    profiles = judgements.groupBy("trainer_id").applyInPandas(function, schema=tfw.RECORDS_DDL)
    records = [row.asDict() for row in profiles.collect()]
    assert sorted(records, key=_key) == _expected(cohort)
    assert {r["stage_rank"] for r in records} <= {0} | {s.rank for s in fw.stages}  # 0: no stage


def test_hash_buckets_to_parquet_read_back_in_stage_order(spark: Any, tmp_path: Path) -> None:
    """The how-to's Spark path: trainers grouped by a hash bucket, Parquet out, read by three engines."""
    functions = pytest.importorskip("pyspark.sql.functions")
    pd = pytest.importorskip("pandas")
    cohort = tfw.Cohort.synthetic(40, seed=10, sources=("self", "observer"))
    judgements = spark.createDataFrame(_rows(cohort), schema=COLUMNS)
    buckets = judgements.withColumn("bucket", functions.pmod(functions.hash("trainer_id"), functions.lit(8)))
    profiles = buckets.groupBy("bucket").applyInPandas(tfw.profile_frame, schema=tfw.RECORDS_DDL)
    out = tmp_path / "profiles"
    profiles.write.parquet(str(out))

    order = [*(s.name for s in cohort.framework.stages), "not attained", "not enough evidence"]
    expected = _expected(cohort)
    in_order = sorted((r["stage"] for r in expected), key=order.index)
    frame = tfw.order_stages(pd.read_parquet(out))  # Spark writes text: order_stages types it
    assert list(frame["stage"].cat.categories) == order
    assert frame.sort_values("stage")["stage"].tolist() == in_order
    assert _plain(frame) == expected
    files = str(out / "*.parquet")
    pl = pytest.importorskip("polars", reason="polars is not installed (the polars extra)")
    assert tfw.order_stages(pl.read_parquet(files)).sort("stage")["stage"].to_list() == in_order
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed (the duckdb extra)")
    relation = tfw.order_stages(duckdb.read_parquet(files))
    assert [row[0] for row in relation.order("stage").project("stage").fetchall()] == in_order
