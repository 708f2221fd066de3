"""Arrow, Parquet, and profiling as a partition function under Dask (issues 14, 23, 24).

polars, DuckDB and Dask are optional (the ``test`` extra installs them); their
tests skip, saying so, when one is missing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._profiling._evidence import Row, checked_row

from .conftest import ROOT

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


def _same(frame: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Two record frames hold the same rows with the same column types, whatever the row order."""
    key = ["trainer", "level", "scope_id"]
    pd.testing.assert_frame_equal(
        frame.sort_values(key).reset_index(drop=True), expected.sort_values(key).reset_index(drop=True)
    )


def _stage_order(fw: tfw.Framework = FW) -> list[str]:
    return [*(s.name for s in fw.stages), "not attained", "not enough evidence"]


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
        assert back.to_pylist() == cohort.to_records()  # one record layout everywhere
        assert back.schema.metadata[b"trainerframework.schema_version"] == b"1"
        dataset = tmp_path / "by-level"
        cohort.write_parquet(dataset, partition_by=["level"])
        assert sorted(p.name for p in dataset.iterdir()) == ["level=category", "level=component"]
        assert pq.read_table(dataset).num_rows == back.num_rows


class TestProfileFrame:
    def test_equals_the_cohort(self) -> None:
        cohort = tfw.Cohort.synthetic(12, seed=4, sources=("self", "observer"))
        _same(tfw.profile_frame(_judgements(cohort)), cohort.to_pandas())

    def test_framework_and_rules_are_keyword_only(self) -> None:
        import inspect

        parameters = inspect.signature(tfw.profile_frame).parameters.values()
        assert [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD] == ["df"]
        cohort = tfw.Cohort.synthetic(5, seed=4)
        strict = tfw.Rules(threshold=1.0)
        out = tfw.profile_frame(_judgements(cohort), fw=FW, rules=strict)
        expected = tfw.Cohort.from_evidence({t: cohort[t].evidence for t in cohort.ids}, FW, strict)
        _same(out, expected.to_pandas())

    def test_empty_frame_is_typed_meta(self) -> None:
        """What Dask needs as meta: the columns and types of a frame with rows, stages in order."""
        empty = tfw.profile_frame(pd.DataFrame(columns=["trainer_id", "descriptor_id", "judgement"]))
        full = tfw.Cohort.synthetic(3, seed=1).to_pandas()
        assert empty.empty
        assert list(empty.columns) == list(full.columns)
        assert empty.dtypes.to_dict() == full.dtypes.to_dict()
        assert list(empty["stage"].cat.categories) == _stage_order()
        assert empty["stage_id"].cat.ordered
        assert list(empty["stage_id"].cat.categories) == [s.id for s in FW.stages]

    def test_each_bad_row_is_named(self) -> None:
        with pytest.raises(tfw.InvalidInputError, match="missing columns judgement"):
            tfw.profile_frame(pd.DataFrame({"trainer_id": ["a"], "descriptor_id": ["observation.lead.1"]}))
        bad = pd.DataFrame(
            {
                "trainer_id": ["a", "b", "c", "d"],
                "descriptor_id": ["observation.lead.1", "observation.lead.2", "observation.lead.1", "x"],
                "judgement": ["met", "yes", "met", "yes"],
            },
            index=[10, 11, 12, 13],
        )
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.profile_frame(bad)
        assert [p.path for p in exc.value.problems] == ["row 11", "row 13"]
        assert "invalid judgement 'yes'" in exc.value.problems[0].message

    def test_equal_cells_of_other_types_are_checked_apart(self) -> None:
        """A row is checked once and shared, but 1 and True (or a date and a datetime) are not one row."""
        import datetime as dt

        d = FW.descriptors[0].id
        frame = pd.DataFrame(
            {
                "trainer": ["a", "b", "c"],
                "descriptor": [d, d, d],
                "judgement": ["met", "met", "met"],
                "confidence": pd.Series([1, True, 0.5], dtype=object),
            }
        )
        with pytest.raises(tfw.InvalidInputError, match="row 1: invalid confidence True"):
            tfw.profile_frame(frame)
        days = pd.Series([dt.date(2024, 1, 2), dt.datetime(2024, 1, 2)], dtype=object)
        frame = pd.DataFrame({"trainer": ["a", "b"], "descriptor": [d, d], "judgement": "met", "date": days})
        with pytest.raises(tfw.InvalidInputError, match="row 1: invalid date"):
            tfw.profile_frame(frame)
        notes = pd.Series([["a list"], "text"], dtype=object)  # unhashable: checked on its own
        frame = pd.DataFrame({"trainer": ["a", "b"], "descriptor": [d, d], "judgement": "met", "note": notes})
        with pytest.raises(tfw.InvalidInputError, match="row 0: invalid note"):
            tfw.profile_frame(frame)

    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["t1", "t2", "t3"]),
                st.sampled_from([d.id for d in FW.descriptors[:6]]),
                st.sampled_from(["met", "not_met", "partly"]),
                st.sampled_from(["self", "observer"]),
            ),
            max_size=40,
        )
    )
    @settings(max_examples=40, deadline=None)
    def test_equals_profiling_each_trainer(self, rows: list[tuple[str, str, str, str]]) -> None:
        """Shared rows change nothing: every trainer's records are those of its own evidence."""
        frame = pd.DataFrame(rows, columns=["trainer_id", "descriptor_id", "judgement", "source"])
        evidence: dict[str, list[tfw.EvidenceItem]] = {}
        for tid, did, value, source in rows:
            item = tfw.EvidenceItem(descriptor_id=did, judgement=tfw.Judgement(value), source=source)
            evidence.setdefault(tid, []).append(item)
        expected = tfw.Cohort.from_evidence({t: tfw.Evidence.of(items) for t, items in evidence.items()}, FW)
        _same(tfw.profile_frame(frame), expected.to_pandas())

    def test_dask_over_a_parquet_dataset(self, tmp_path: Path) -> None:
        """The how-to's Dask path: Parquet in, one partition per task, Parquet out, read back in order."""
        dd = pytest.importorskip("dask.dataframe", reason="dask is not installed (the dask extra)")
        import dask

        cohort = tfw.Cohort.synthetic(24, seed=5)
        judgements = _judgements(cohort)
        path = tmp_path / "judgements"
        judgements.assign(bucket=judgements["trainer_id"].str[-1]).to_parquet(path, partition_cols=["bucket"])
        ddf = dd.read_parquet(path, columns=["trainer_id", "descriptor_id", "judgement", "source"])
        by_trainer = ddf.set_index("trainer_id", npartitions=3)
        meta = tfw.profile_frame(ddf.head(0))
        records = by_trainer.map_partitions(lambda part: tfw.profile_frame(part.reset_index()), meta=meta)
        assert records.dtypes.to_dict() == cohort.to_pandas().dtypes.to_dict()
        out = tmp_path / "profiles"
        with dask.config.set(scheduler="synchronous"):
            records.to_parquet(out, write_index=False, compute=False).optimize().compute()
        back = pd.read_parquet(out)
        _same(back, cohort.to_pandas())  # ordered Categoricals, lowest stage first, as written
        _read_back_in_stage_order(out, cohort)

    # Dask's own Parquet reader calls reset_index(inplace=True), which pandas 3.1 deprecates
    @pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame.reset_index is deprecated")
    def test_dask_writes_each_file_in_one_task(self, tmp_path: Path) -> None:
        """The how-to's advice: a write built with compute=False and optimized is one task per partition."""
        dd = pytest.importorskip("dask.dataframe", reason="dask is not installed (the dask extra)")
        import dask

        path = tmp_path / "judgements"
        path.mkdir()
        for k in range(3):  # files of whole trainers: one partition each, no shuffle
            _judgements(tfw.Cohort.synthetic(4, seed=k)).assign(
                trainer_id=lambda f, k=k: f"F{k}-" + f["trainer_id"]
            ).to_parquet(path / f"part-{k}.parquet", index=False)
        ddf = dd.read_parquet(path, columns=["trainer_id", "descriptor_id", "judgement", "source"])
        meta = tfw.profile_frame(pd.read_parquet(path / "part-0.parquet").iloc[:0])
        records = ddf.map_partitions(tfw.profile_frame, meta=meta)
        write = records.to_parquet(tmp_path / "profiles", write_index=False, compute=False).optimize()
        assert len(write.__dask_graph__()) == 3 + 1  # one task a file, then the barrier
        with dask.config.set(scheduler="synchronous"):
            write.compute()
        assert len(pd.read_parquet(tmp_path / "profiles")) == len(records.compute())


def _read_back_in_stage_order(folder: Path, cohort: tfw.Cohort) -> None:
    """Parquet records under ``folder``, read by pandas, polars and DuckDB: stage order kept."""
    order = _stage_order()
    expected = sorted(cohort.to_pandas()["stage"].astype(str), key=order.index)
    frame = pd.read_parquet(folder)
    assert frame["stage"].cat.ordered
    assert list(frame["stage"].cat.categories) == order
    assert frame.sort_values("stage")["stage"].tolist() == expected
    pl = pytest.importorskip("polars", reason="polars is not installed (the polars extra)")
    files = str(folder / "*.parquet") if folder.is_dir() else str(folder)
    polars_frame = tfw.order_stages(pl.read_parquet(files))
    assert polars_frame.schema["stage"] == pl.Enum(order)
    assert polars_frame.sort("stage")["stage"].to_list() == expected
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed (the duckdb extra)")
    relation = tfw.order_stages(duckdb.read_parquet(files))
    types = dict(zip(relation.columns, map(str, relation.types), strict=True))
    assert types["stage"].startswith("ENUM(")
    assert [row[0] for row in relation.order("stage").project("stage").fetchall()] == expected


class TestOtherEngines:
    def test_polars_enum_in_stage_order(self) -> None:
        pl = pytest.importorskip("polars", reason="polars is not installed (the polars extra)")
        cohort = tfw.Cohort.synthetic(10, seed=6)
        frame = cohort.to_polars("category")
        assert isinstance(frame, pl.DataFrame)
        assert frame.height == 10 * len(FW.categories)
        assert frame.schema["stage"] == pl.Enum(_stage_order())
        assert frame.schema["stage_id"] == pl.Enum([s.id for s in FW.stages])
        assert frame.schema["stage_name"] == pl.Enum([s.name for s in FW.stages])
        ranks = frame.sort("stage_id", nulls_last=True)["stage_rank"].to_list()
        assert ranks == sorted(ranks, key=lambda r: r or 99)  # lowest stage first, no stage last

    def test_parquet_keeps_stage_order_in_every_reader(self, tmp_path: Path) -> None:
        """write_parquet: pandas (ordered Categorical) and polars (Enum) as read; DuckDB via order_stages."""
        cohort = tfw.Cohort.synthetic(40, seed=7)
        path = tmp_path / "cohort.parquet"
        cohort.write_parquet(path)
        _read_back_in_stage_order(path, cohort)
        pl = pytest.importorskip("polars", reason="polars is not installed (the polars extra)")
        assert pl.read_parquet(path).schema["stage"] == pl.Enum(_stage_order())  # no order_stages needed
        assert pl.read_parquet(path).equals(cohort.to_polars())

    def test_duckdb_sql_over_the_parquet(self, tmp_path: Path) -> None:
        duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed (the duckdb extra)")
        cohort = tfw.Cohort.synthetic(25, seed=7)
        path = tmp_path / "cohort.parquet"
        cohort.write_parquet(path, level="category")
        con = duckdb.connect()
        con.register("cohort", tfw.order_stages(con.read_parquet(str(path))))
        query = "SELECT scope_id, count(*) AS trainers FROM cohort GROUP BY scope_id ORDER BY scope_id"
        rows = con.sql(query).fetchall()
        assert rows == sorted((c.id, 25) for c in FW.categories)
        by_stage = con.sql(
            "SELECT stage_id, count(*) FROM cohort GROUP BY stage_id ORDER BY stage_id"
        ).fetchall()
        expected: dict[str | None, int] = {}
        for r in cohort.to_records("category"):
            expected[r["stage_id"]] = expected.get(r["stage_id"], 0) + 1
        assert dict(by_stage) == expected
        ids = [s.id for s in FW.stages]
        assert [k for k, _ in by_stage] == sorted(expected, key=lambda k: ids.index(k) if k else 99)


ENGINES = ("pandas", "polars", "pyarrow", "duckdb")


def _frame_of(engine: str, stages: list[str | None]) -> object:
    """A frame of the engine with one text column ``stage``."""
    frame = pd.DataFrame({"stage": pd.Series(stages, dtype=object), "n": range(len(stages))})
    if engine == "pandas":
        return frame
    if engine == "polars":
        pl = pytest.importorskip("polars", reason="polars is not installed (the polars extra)")
        return pl.DataFrame(
            {"stage": stages, "n": list(range(len(stages)))}, schema={"stage": pl.String, "n": pl.Int64}
        )
    table = pa.table({"stage": pa.array(stages, pa.string()), "n": pa.array(range(len(stages)), pa.int64())})
    if engine == "pyarrow":
        return table
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed (the duckdb extra)")
    return duckdb.connect().from_arrow(table)


def _sorted_stages(engine: str, frame: object) -> list[str | None]:
    """The ``stage`` column sorted by the engine itself, missing values last."""
    if engine == "pandas":
        return frame.sort_values("stage", na_position="last")["stage"].tolist()  # type: ignore[attr-defined]
    if engine == "polars":
        return frame.sort("stage", nulls_last=True)["stage"].to_list()  # type: ignore[attr-defined]
    if engine == "pyarrow":  # Arrow's own sort reads a dictionary's values: sort by its indices
        import pyarrow.compute as pc

        column = frame.column("stage").combine_chunks()  # type: ignore[attr-defined]
        assert column.type.ordered
        return column.take(pc.array_sort_indices(column.indices)).to_pylist()
    return [row[0] for row in frame.order("stage NULLS LAST").project("stage").fetchall()]  # type: ignore[attr-defined]


class TestOrderStages:
    @pytest.mark.parametrize("engine", ENGINES)
    @given(stages=st.lists(st.sampled_from([*_stage_order(), None]), max_size=12))
    @settings(max_examples=15, deadline=None)
    def test_each_engine_sorts_in_stage_order(self, engine: str, stages: list[str | None]) -> None:
        ordered = tfw.order_stages(_frame_of(engine, stages))
        order = _stage_order()
        expected = sorted(stages, key=lambda s: order.index(s) if s is not None else len(order))
        result = _sorted_stages(engine, ordered)
        assert [None if s != s else s for s in result] == expected  # noqa: PLR0124 - pandas' NaN

    @pytest.mark.parametrize("engine", ENGINES)
    def test_a_value_that_is_no_stage_is_refused(self, engine: str) -> None:
        with pytest.raises(tfw.InvalidInputError, match="column stage: 'Expert' not in the stages of"):
            tfw.order_stages(_frame_of(engine, ["Lead Trainer", "Expert", None]))

    def test_other_frameworks_and_bad_arguments(self) -> None:
        fw = tfw.load_framework(ROOT / "examples" / "mentoring-framework.toml")
        cohort = tfw.Cohort.synthetic(6, seed=2, fw=fw)
        plain = cohort.to_pandas().astype({"stage": object, "stage_id": object, "stage_name": object})
        typed = tfw.order_stages(plain, fw)
        pd.testing.assert_frame_equal(typed, cohort.to_pandas())
        with pytest.raises(tfw.InvalidInputError, match="not in the stages of"):
            tfw.order_stages(plain)  # the bundled framework has other stages
        na = pd.DataFrame({"stage": pd.array(["Lead Trainer", None, "Autonomous Trainer"], dtype="string")})
        ranked = tfw.order_stages(na).sort_values("stage")["stage"].tolist()  # pandas' NA is missing
        assert ranked[:2] == ["Autonomous Trainer", "Lead Trainer"]
        assert pd.isna(ranked[2])  # missing, last
        with pytest.raises(tfw.InvalidInputError, match="no stage column"):
            tfw.order_stages(pd.DataFrame({"x": [1]}))
        with pytest.raises(TypeError, match="not list"):
            tfw.order_stages([{"stage": "Lead Trainer"}])


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


_DIDS = [d.id for d in FW.descriptors[:3]]
_checked_rows = st.builds(
    checked_row,
    st.sampled_from(_DIDS),
    st.sampled_from(["met", "partly", "not_met"]),
    st.sampled_from(["self", "observer"]),
    st.sampled_from([None, dt.date.min, dt.date(2024, 1, 2)]),  # None and date.min sort as one
    st.sampled_from(["", "a note"]),
    st.sampled_from([1.0, 0.5, 0.0]),
)


class TestFastPaths:
    """``profile_frame``'s fast paths give what their plain formulas give."""

    @given(
        rows=st.lists(_checked_rows, min_size=1, max_size=8),
        cells=st.lists(st.tuples(st.sampled_from("abcd"), st.integers(0, 7)), max_size=30),
    )
    @settings(max_examples=150, deadline=None)
    def test_trainer_evidence_is_the_plain_formula(
        self, rows: list[Row], cells: list[tuple[str, int]]
    ) -> None:
        """Every trainer's rows sorted at once equal ``Evidence._of_rows`` of its rows in frame order."""
        from trainerframework._cohort._frames import _trainer_evidence

        np = pytest.importorskip("numpy")
        cells = [(t, c % len(rows)) for t, c in cells]
        trainers, ids = pd.factorize(pd.Series([t for t, _ in cells], dtype=object))
        codes = np.array([c for _, c in cells], dtype=np.int64)
        got = list(_trainer_evidence(trainers, len(ids), codes, list(rows)))
        for k, tid in enumerate(ids.tolist()):
            plain = tfw.Evidence._of_rows([rows[c] for t, c in cells if t == tid])
            assert got[k].rows == plain.rows
            assert got[k].one_per_descriptor == plain.one_per_descriptor
            assert got[k] == plain
        assert len(got) == len(ids)

    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["x", "y", None]),
                st.sampled_from([1, True, 1.0, "1", None, float("nan")]),
                st.sampled_from(["met", "partly"]),
            ),
            max_size=25,
        ),
        st.booleans(),
    )
    @settings(max_examples=150, deadline=None)
    def test_distinct_rows_are_the_plain_formula(
        self, cells: list[tuple[object, ...]], category: bool
    ) -> None:
        """Keys numbered through a table of every possible key, as by hashing; text rows as tuples."""
        from trainerframework._cohort._frames import _distinct_rows

        frame = pd.DataFrame(
            {
                "a": pd.Series([c[0] for c in cells], dtype="category" if category else "str"),
                "b": pd.Series([c[1] for c in cells], dtype=object),
                "c": pd.Series([c[2] for c in cells], dtype="str"),
            }
        )
        for columns in (["a", "b", "c"], ["a", "c"], ["c"]):
            codes, firsts = _distinct_rows(frame, columns)
            plain_codes, plain_firsts = _distinct_rows(frame, columns, by_hashing=True)
            assert codes.tolist() == plain_codes.tolist()
            assert firsts == plain_firsts
        # rows of text: codes number the distinct tuples in order of first appearance
        text = [(str(a), c) for a, _, c in cells]
        frame = pd.DataFrame({"a": [t[0] for t in text], "c": [t[1] for t in text]})
        codes, firsts = _distinct_rows(frame, ["a", "c"])
        order = list(dict.fromkeys(text))
        assert codes.tolist() == [order.index(t) for t in text]
        assert firsts == [text.index(t) for t in order]

    def test_text_categories_are_read_as_text(self) -> None:
        """Categorical columns (Parquet dictionary columns) give the records of the same text."""
        cohort = tfw.Cohort.synthetic(12, seed=4, sources=("self", "observer"))
        frame = _judgements(cohort)
        plain = tfw.profile_frame(frame)
        pd.testing.assert_frame_equal(tfw.profile_frame(frame.astype("category")), plain)
        numbered = frame.assign(trainer_id=frame["trainer_id"].str.removeprefix("T").astype(int))
        as_text = tfw.profile_frame(numbered.astype({"trainer_id": object}))
        pd.testing.assert_frame_equal(tfw.profile_frame(numbered.astype({"trainer_id": "category"})), as_text)
        bad = pd.DataFrame(
            {
                "trainer_id": ["a", "b", None, "d"],
                "descriptor_id": [_DIDS[0], _DIDS[1], _DIDS[0], _DIDS[0]],
                "judgement": ["met", "yes", "met", "met"],
            },
            index=[10, 11, 12, 13],
        )
        expected = "expected one of 'met', 'partly', 'not_met'"
        for shown in (bad, bad.astype("category")):
            with pytest.raises(tfw.InvalidInputError) as exc:
                tfw.profile_frame(shown)
            assert [(p.path, p.message) for p in exc.value.problems] == [
                ("row 11", f"invalid judgement 'yes' for descriptor {_DIDS[1]!r}: {expected}"),
                ("row 12", "missing trainer id"),
            ]
