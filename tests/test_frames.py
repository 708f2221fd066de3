"""Arrow, Parquet, and profiling as a partition function under Dask (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import trainerframework as tfw

FW = tfw.load_framework()
pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def _judgements(cohort: tfw.Cohort) -> pd.DataFrame:
    rows = [
        {
            "trainer_id": tid,
            "descriptor_id": i.descriptor_id,
            "judgement": i.judgement.value,
            "source": i.source,
        }
        for tid in cohort.ids
        for i in cohort[tid].evidence
    ]
    return pd.DataFrame(rows)


def _sorted(records: list[dict[str, object]]) -> list[dict[str, object]]:
    """Records in a fixed order, pandas' missing values (NaN) read as None."""
    plain = [{k: None if v != v else v for k, v in r.items()} for r in records]  # noqa: PLR0124 - NaN test
    return sorted(plain, key=lambda r: (str(r["trainer"]), str(r["level"]), str(r["scope_id"])))


class TestArrowAndParquet:
    def test_to_arrow_keeps_order_and_metadata(self) -> None:
        cohort = tfw.Cohort.synthetic(15, seed=3)
        table = cohort.to_arrow()
        assert table.schema.field("stage").type.ordered
        assert table.schema.field("stage").type.value_type == pa.string()
        assert table.schema.metadata[b"trainerframework.framework"] == FW.id.encode()
        assert table.num_rows == len(cohort.to_records())

    def test_parquet_round_trip(self, tmp_path: Path) -> None:
        cohort = tfw.Cohort.synthetic(15, seed=3)
        path = tmp_path / "cohort.parquet"
        cohort.write_parquet(path)
        back = pq.read_table(path)
        records = [{k: v for k, v in r.items() if k != "stage"} for r in back.to_pylist()]
        assert records == cohort.to_records()
        assert back.schema.metadata[b"trainerframework.schema_version"] == b"1"
        dataset = tmp_path / "by-level"
        cohort.write_parquet(dataset, partition_by=["level"])
        assert sorted(p.name for p in dataset.iterdir()) == ["level=category", "level=component"]
        assert pq.read_table(dataset).num_rows == back.num_rows


class TestProfileFrame:
    def test_equals_the_cohort(self) -> None:
        cohort = tfw.Cohort.synthetic(12, seed=4, sources=("self", "observer"))
        out = tfw.profile_frame(_judgements(cohort))
        assert _sorted(out.to_dict("records")) == _sorted(cohort.to_records())

    def test_framework_and_rules_are_keyword_only(self) -> None:
        import inspect

        parameters = inspect.signature(tfw.profile_frame).parameters.values()
        assert [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD] == ["df"]
        cohort = tfw.Cohort.synthetic(5, seed=4)
        strict = tfw.Rules(threshold=1.0)
        out = tfw.profile_frame(_judgements(cohort), fw=FW, rules=strict)
        expected = tfw.Cohort.from_evidence({t: cohort[t].evidence for t in cohort.ids}, FW, strict)
        assert _sorted(out.to_dict("records")) == _sorted(expected.to_records())

    def test_empty_and_bad_frames(self) -> None:
        empty = tfw.profile_frame(pd.DataFrame(columns=["trainer_id", "descriptor_id", "judgement"]))
        assert list(empty.columns) == list(tfw._cohort._frames.RECORD_COLUMNS)
        assert empty.empty
        with pytest.raises(tfw.InvalidInputError, match="missing columns judgement"):
            tfw.profile_frame(pd.DataFrame({"trainer_id": ["a"], "descriptor_id": ["observation.lead.1"]}))
        bad = pd.DataFrame(
            {
                "trainer_id": ["a", "b"],
                "descriptor_id": ["observation.lead.1", "observation.lead.2"],
                "judgement": ["met", "yes"],
            }
        )
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.profile_frame(bad)
        assert [p.path for p in exc.value.problems] == ["row 1"]

    def test_dask_over_a_parquet_dataset(self, tmp_path: Path) -> None:
        dd = pytest.importorskip("dask.dataframe")
        import dask

        cohort = tfw.Cohort.synthetic(24, seed=5)
        judgements = _judgements(cohort)
        path = tmp_path / "judgements"
        judgements.assign(bucket=judgements["trainer_id"].str[-1]).to_parquet(path, partition_cols=["bucket"])
        ddf = dd.read_parquet(path, columns=["trainer_id", "descriptor_id", "judgement", "source"])
        by_trainer = ddf.set_index("trainer_id", npartitions=3)
        meta = tfw.profile_frame(judgements.iloc[:0])
        result = by_trainer.map_partitions(lambda part: tfw.profile_frame(part.reset_index()), meta=meta)
        with dask.config.set(scheduler="synchronous"):
            records = result.compute().to_dict("records")
        assert _sorted(records) == _sorted(cohort.to_records())


class TestOtherEngines:
    def test_polars(self) -> None:
        pl = pytest.importorskip("polars")
        cohort = tfw.Cohort.synthetic(10, seed=6)
        frame = cohort.to_polars("category")
        assert isinstance(frame, pl.DataFrame)
        assert frame.height == 10 * len(FW.categories)
        assert frame["stage"].dtype in (pl.Categorical, pl.Enum) or str(frame["stage"].dtype).startswith(
            "Cat"
        )

    def test_duckdb_sql_over_the_parquet(self, tmp_path: Path) -> None:
        duckdb = pytest.importorskip("duckdb")
        cohort = tfw.Cohort.synthetic(25, seed=7)
        path = tmp_path / "cohort.parquet"
        cohort.write_parquet(path, level="category")
        con = duckdb.connect()
        con.register("cohort", con.read_parquet(str(path)))
        query = "SELECT scope_id, count(*) AS trainers FROM cohort GROUP BY scope_id ORDER BY scope_id"
        rows = con.sql(query).fetchall()
        assert rows == sorted((c.id, 25) for c in FW.categories)
        by_stage = con.sql("SELECT stage_id, count(*) FROM cohort GROUP BY stage_id").fetchall()
        expected: dict[str | None, int] = {}
        for r in cohort.to_records("category"):
            expected[r["stage_id"]] = expected.get(r["stage_id"], 0) + 1
        assert dict(by_stage) == expected


class TestHostileIds:
    @given(
        st.lists(
            st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=12).map(
                lambda s: "=" + s if s[:1].isalnum() else s
            ),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    @settings(max_examples=20, deadline=None)
    def test_parquet_and_csv_keep_every_trainer_id(self, ids: list[str]) -> None:
        """Trainer ids a spreadsheet would evaluate, or with line breaks, come back as written."""
        import csv
        import io
        import tempfile

        fw = tfw.load_framework()
        evidence = tfw.Evidence.from_mapping({fw.descriptors[0].id: "met"})
        cohort = tfw.Cohort.from_evidence(dict.fromkeys(ids, evidence), fw=fw)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "c.parquet"
            cohort.write_parquet(path)
            assert set(pq.read_table(path).column("trainer").to_pylist()) == set(ids)
        rows = list(csv.DictReader(io.StringIO(cohort.to_csv(), newline="")))
        written = {r["trainer"] for r in rows}
        # the neutralising quote (OWASP) is the only change, and only before a leading = + - @ tab CR
        assert {w[1:] if w[:1] == "'" and w[1:2] in "=+-@\t\r'" else w for w in written} == set(ids)
