"""profile_frame under Spark's applyInPandas (issue 14).

Runs when pyspark is installed and Java is on the machine (a local Spark
session, two cores); skipped otherwise, like the other optional engines.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

import trainerframework as tfw

from .conftest import ROOT

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
pyspark_sql = pytest.importorskip("pyspark.sql")
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
def spark() -> Iterator[Any]:
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("trainerframework-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    yield session
    session.stop()


def _rows(cohort: tfw.Cohort) -> list[tuple[str, str, str, str]]:
    evidence = ((tid, item) for tid in cohort.ids for item in cohort[tid].evidence)
    return [(tid, item.descriptor_id, item.judgement.value, item.source) for tid, item in evidence]


def _key(record: dict[str, Any]) -> tuple[str, str, str]:
    return (record["trainer"], record["level"], record["scope_id"])


def test_apply_in_pandas_gives_the_cohort_records(spark: Any) -> None:
    cohort = tfw.Cohort.synthetic(30, seed=8, sources=("self", "observer"))
    judgements = spark.createDataFrame(_rows(cohort), schema=COLUMNS)
    profiles = judgements.groupBy("trainer_id").applyInPandas(tfw.profile_frame, schema=tfw.RECORDS_DDL)
    records = [row.asDict() for row in profiles.collect()]
    assert sorted(records, key=_key) == sorted(cohort.to_records(), key=_key)
    assert [f.name for f in profiles.schema.fields] == list(tfw.RECORD_COLUMNS)


def test_another_framework_through_a_partial(spark: Any) -> None:
    fw = tfw.load_framework(ROOT / "examples" / "mentoring-framework.toml")
    cohort = tfw.Cohort.synthetic(12, seed=9, fw=fw)
    judgements = spark.createDataFrame(_rows(cohort), schema=COLUMNS)
    function = functools.partial(tfw.profile_frame, fw=fw)
    profiles = judgements.groupBy("trainer_id").applyInPandas(function, schema=tfw.RECORDS_DDL)
    records = [row.asDict() for row in profiles.collect()]
    assert sorted(records, key=_key) == sorted(cohort.to_records(), key=_key)
    assert {r["stage_rank"] for r in records} <= {0} | {s.rank for s in fw.stages}  # 0: no stage
