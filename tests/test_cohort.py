from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw

from .readers import check_reader
from .samples import MINI
from .strategies import csv_texts, json_values

FW = tfw.load_framework()


def mini_cohort() -> tfw.Cohort:
    return tfw.Cohort(
        {
            "ana": tfw.profile(
                FW, {"training.teacher-to-trainer.1": "met", "training.teacher-to-trainer.2": "met"}
            ),
            "ben": tfw.profile(FW, {"training.teacher-to-trainer.1": "not_met"}),
            "cy": tfw.profile(FW, {}),
        }
    )


class TestCohortBasics:
    """Building cohorts and reading them back."""

    def test_mapping_and_pairs(self) -> None:
        c = mini_cohort()
        assert c.ids == ("ana", "ben", "cy")
        assert len(c) == 3
        assert "ana" in c
        assert c["ana"].category_stage("training") == FW.stage("teacher-to-trainer")
        assert tfw.Cohort(list(c.profiles())) == c
        with pytest.raises(tfw.UnknownIdError, match="unknown trainer id 'zed'"):
            c["zed"]

    def test_bad_members_each_named(self) -> None:
        p = tfw.profile(FW, {})
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.Cohort([("a", p), ("", p), (3, p), ("b", "p"), ("c",), ("a", p)])  # type: ignore[list-item]
        assert [str(x) for x in exc.value.problems] == [
            "[1]: invalid trainer id '': expected a non-empty string",
            "[2]: invalid trainer id 3: expected a non-empty string",
            "[3]: trainer 'b': expected a Profile, found str",
            "[4]: expected a (trainer id, profile) pair",
            "[5]: duplicate trainer id 'a'",
        ]
        assert tfw.Cohort({"x": p}).ids == ("x",)
        assert tfw.Cohort([("x", p)]).members == (("x", p),)

    def test_duplicates_and_mixed_frameworks_refused(self) -> None:
        p = tfw.profile(FW, {})
        with pytest.raises(tfw.InvalidInputError, match=r"\[1\]: duplicate trainer id 'a'"):
            tfw.Cohort([("a", p), ("a", p)])
        other = attrs.evolve(FW, id="other")
        with pytest.raises(tfw.InvalidInputError, match="profiles from different frameworks"):
            tfw.Cohort([("a", p), ("b", tfw.profile(other, {}))])
        with pytest.raises(tfw.InvalidInputError, match="expected a Profile, found dict"):
            tfw.Cohort([("a", {})])  # type: ignore[list-item]

    def test_round_trip(self) -> None:
        c = tfw.Cohort.synthetic(5, seed=3)
        assert tfw.loads(tfw.dumps(c), tfw.Cohort) == c


class TestFiles:
    """JSON Lines and CSV cohort files; bad rows named by line."""

    def test_jsonl(self, tmp_path: Path) -> None:
        path = tmp_path / "c.jsonl"
        lines = [
            {"trainer": "ana", "evidence": {"observation.teacher-to-trainer.1": "met"}},
            {"trainer": "ben", "evidence": [{"descriptor_id": "observation.lead.1", "judgement": "partly"}]},
            {
                "trainer": "cy",
                "profile": json.loads(tfw.dumps(tfw.profile(FW, {"knowledge.lead.1": "met"})))["data"],
            },
        ]
        path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
        c = tfw.Cohort.from_jsonl(path)
        assert c.ids == ("ana", "ben", "cy")
        assert c["ben"].credit("observation.lead.1") == 0.5

    @pytest.mark.parametrize("char", ["\u2028", "\u0085", "\u001c", "\u001d", "\u001e", "\r"])
    def test_jsonl_lines_split_on_newline_only(self, char: str) -> None:
        p = tfw.profile(
            FW,
            tfw.Evidence.of(
                [tfw.EvidenceItem(descriptor_id="observation.lead.1", judgement="met", note=f"a{char}b")]
            ),
        )
        text = json.dumps({"trainer": f"T{char}1", "profile": json.loads(tfw.dumps(p))}, ensure_ascii=False)
        cohort = tfw.Cohort.parse_jsonl(text + "\r\n" + text.replace("T", "U", 1) + "\n")
        assert cohort.ids == (f"T{char}1", f"U{char}1")
        assert cohort[f"T{char}1"] == p

    def test_jsonl_errors(self) -> None:
        text = "\n".join(
            [
                '{"trainer": "a", "evidence": {"observation.lead.1": "met"}}',
                "{oops",
                '{"trainer": "a", "evidence": {}}',
                '{"trainer": "b", "evidence": {"observation.lead.9": "met"}}',
                '{"trainer": "c", "evidence": {"observation.lead.1": "yes"}}',
                '{"evidence": {}}',
                (
                    '{"trainer": "d", "evidence": [{"descriptor": "observation.lead.1", "judgement": "met", '
                    '"confidence": 2}, 3]}'
                ),
            ]
        )
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.Cohort.parse_jsonl(text)
        problems = [str(p) for p in exc.value.problems]
        assert problems[0].startswith("<jsonl>:2: not valid JSON")
        assert "<jsonl>:3: duplicate trainer id 'a' (first on line 1)" in problems
        assert any(
            p.startswith("<jsonl>:4: trainer 'b': unknown descriptor id 'observation.lead.9'")
            for p in problems
        )
        assert any(p.startswith("<jsonl>:5: trainer 'c': invalid judgement 'yes'") for p in problems)
        assert "<jsonl>:6: trainer: required key is missing" in problems
        assert (
            "<jsonl>:7: trainer 'd': evidence[0].confidence: expected a number from 0 to 1, found 2; "
            "evidence[1]: expected an object with descriptor_id and judgement"
        ) in problems

    def test_each_line_is_read_strictly(self) -> None:
        """A line's record goes through the strict document reader: every problem named on its line."""
        text = "\n".join(
            [
                "3",
                '{"trainer": "", "evidence": {}}',
                '{"trainer": 7, "extra": 1}',
                '{"trainer": "a", "profile": []}',
                '{"trainer": "b"}',
                '{"trainer": "c", "evidence": null}',
            ]
        )
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.Cohort.parse_jsonl(text)
        assert [str(p) for p in exc.value.problems] == [
            "<jsonl>:1: expected a table, found an integer",
            "<jsonl>:2: trainer: must not be empty",
            "<jsonl>:3: trainer: expected a string, found an integer",
            "<jsonl>:3: unknown key 'extra' (allowed: trainer, evidence, profile)",
            "<jsonl>:4: profile: expected a table, found a list",
            '<jsonl>:5: trainer \'b\': expected "evidence" (a mapping or a list of judgements) or "profile"',
            '<jsonl>:6: trainer \'c\': expected "evidence" (a mapping or a list of judgements) or "profile"',
        ]

    def test_csv(self, tmp_path: Path) -> None:
        path = tmp_path / "c.csv"
        path.write_text(
            "trainer,descriptor,judgement,source,date\n"
            "ana,training.teacher-to-trainer.1,met,self,2026-01-10\n"
            "ben,training.teacher-to-trainer.1,partly,observer,\n"
            "ana,training.teacher-to-trainer.2,met,observer,2026-01-11\n"
        )
        c = tfw.Cohort.from_csv(path)
        assert c.ids == ("ana", "ben")
        assert c["ana"].category_stage("training") == FW.stage("teacher-to-trainer")
        assert c["ana"].evidence.sources == ("observer", "self")

    def test_csv_errors(self) -> None:
        text = (
            "trainer,descriptor,judgement\n"
            ",training.lead.1,met\na,training.lead.9,met\na,training.lead.1,great\n"
        )
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.Cohort.parse_csv(text)
        assert [str(p) for p in exc.value.problems] == [
            "<csv>:2: missing trainer id",
            "<csv>:3: unknown descriptor id 'training.lead.9'",
            (
                "<csv>:4: invalid judgement 'great' for descriptor 'training.lead.1': "
                "expected one of 'met', 'partly', 'not_met'"
            ),
        ]
        with pytest.raises(
            tfw.InvalidInputError, match="header must name the columns trainer, descriptor, judgement"
        ):
            tfw.Cohort.parse_csv("who,what\n")


class TestSummaries:
    """Distributions, priorities, shapes and records account for every trainer."""

    def test_distribution(self) -> None:
        dist = mini_cohort().stage_distribution()
        assert dist["training"] == {
            "teacher-to-trainer": 1,
            "autonomous": 0,
            "lead": 0,
            "not_attained": 1,
            "not_enough_evidence": 1,
        }
        comp = mini_cohort().stage_distribution("component")
        assert set(comp) == {"development.professional-development", "development.professional-values"}
        with pytest.raises(ValueError, match="level must be"):
            mini_cohort().stage_distribution("team")  # type: ignore[arg-type]

    @given(st.integers(1, 40), st.integers(0, 10_000))
    def test_every_trainer_counted_once(self, n: int, seed: int) -> None:
        c = tfw.Cohort.synthetic(n, seed=seed)
        for level in ("category", "component"):
            for counts in c.stage_distribution(level).values():  # type: ignore[arg-type]
                assert sum(counts.values()) == n
        assert sum(len(ids) for ids in c.shapes().values()) == n

    def test_synthetic_is_seeded_and_mixed(self) -> None:
        assert tfw.Cohort.synthetic(20, seed=5) == tfw.Cohort.synthetic(20, seed=5)
        assert tfw.Cohort.synthetic(20, seed=5) != tfw.Cohort.synthetic(20, seed=6)
        c = tfw.Cohort.synthetic(200, seed=1)
        mixed = [t for t in c if len(set(c[t].category_stages.values())) > 1]
        assert len(mixed) > 100

    def test_common_priorities_match_profiles(self) -> None:
        c = tfw.Cohort.synthetic(30, seed=2)
        top = c.common_priorities(limit=3, per_trainer=4)
        expected: dict[str, int] = {}
        for _, p in c.profiles():
            for x in p.priorities(limit=4):
                expected[x.descriptor.id] = expected.get(x.descriptor.id, 0) + 1
        for did, count in top:
            assert expected[did] == count
        assert top[0][1] == max(expected.values())
        assert len(top) == 3
        assert c.common_priorities(limit=0) == []
        assert c.common_priorities(limit=-2) == []

    def test_a_cohort_document_names_its_framework_only_without_members(self) -> None:
        """Members carry the framework; a cohort without them keeps its own under ``framework``."""
        assert list(json.loads(tfw.dumps(tfw.Cohort.synthetic(2, seed=1)))["data"]) == ["members"]
        empty = json.loads(tfw.dumps(tfw.Cohort((), framework=tfw.load_framework())))["data"]
        assert set(empty) == {"members", "framework"}

    @given(st.integers(0, 25), st.integers(0, 10_000), st.sampled_from(["category", "component"]))
    def test_records_agree_with_the_distribution(self, n: int, seed: int, level: str) -> None:
        cohort = tfw.Cohort.synthetic(n, seed=seed)
        counted: dict[str, dict[str, int]] = {}
        for row in cohort.to_records(level):
            key = row["stage_id"] if row["stage_id"] is not None else row["status"]
            counted.setdefault(row["scope_id"], {})
            counted[row["scope_id"]][key] = counted[row["scope_id"]].get(key, 0) + 1
        dist = cohort.stage_distribution(level)
        assert {scope: {k: v for k, v in row.items() if v} for scope, row in dist.items() if n} == counted

    def test_records_and_csv(self) -> None:
        c = mini_cohort()
        records = c.to_records()
        assert len(records) == 3 * (5 + 2)
        ana = next(r for r in records if r["trainer"] == "ana" and r["scope_id"] == "training")
        assert ana == {
            "trainer": "ana",
            "level": "category",
            "scope_id": "training",
            "scope_name": "Planning, conducting and evaluating training activities",
            "stage": "From Teacher to Trainer",
            "stage_id": "teacher-to-trainer",
            "stage_name": "From Teacher to Trainer",
            "stage_rank": 1,
            "status": "attained",
            "judged": 2,
            "total": 6,
        }
        assert len(c.to_records("component")) == 6
        text = c.to_csv()
        assert (
            text.splitlines()[0]
            == "trainer,level,scope_id,scope_name,stage,stage_id,stage_name,stage_rank,status,judged,total"
        )
        assert len(text.splitlines()) == 22

    def test_to_pandas_without_pandas(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import builtins

        real_import = builtins.__import__

        def no_pandas(name: str, *args: object, **kwargs: object) -> object:
            if name == "pandas":
                raise ImportError(name)
            return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(builtins, "__import__", no_pandas)
        with pytest.raises(ImportError, match=r"pip install 'trainerframework\[pandas\]'"):
            mini_cohort().to_pandas()

    def test_html(self) -> None:
        html = mini_cohort()._repr_html_()
        assert "<table" in html
        assert "Cohort of 3 trainers" in html
        assert "Lead Trainer" in FW._repr_html_()
        assert "observation.lead.2" in FW.category("observation")._repr_html_()
        assert "not enough evidence" in tfw.profile(FW, {})._repr_html_()

    def test_plural(self) -> None:
        one = tfw.Cohort({"ana": tfw.profile(FW, {})})
        assert repr(one) == f"<Cohort: 1 trainer, framework {FW.id}>"
        assert "Cohort of 1 trainer" in one._repr_html_()
        assert "1 trainers" not in one._repr_html_()
        assert repr(mini_cohort()).startswith("<Cohort: 3 trainers,")


class TestProgress:
    """Movement between two rounds of the same trainers."""

    def test_rounds_of_different_frameworks_are_refused(self) -> None:
        first = tfw.Cohort({"T1": tfw.profile(tfw.load_framework(), {})})
        later = tfw.Cohort({"T1": tfw.profile(MINI, {"cat.novice.1": "met"})})
        with pytest.raises(tfw.InvalidInputError) as exc:
            first.progress(later)
        assert [str(p) for p in exc.value.problems] == [
            "later: the rounds were profiled against different frameworks"
        ]
        assert exc.value.source == "progress"

    def test_every_kind_of_move_counted(self) -> None:
        t2t = {"training.teacher-to-trainer.1": "met", "training.teacher-to-trainer.2": "met"}
        aut = t2t | {"training.autonomous.1": "met", "training.autonomous.2": "met"}
        none_met = {"training.teacher-to-trainer.1": "not_met"}
        rounds = {
            "up": (t2t, aut),
            "down": (aut, t2t),
            "same": (t2t, t2t),
            "same2": (aut, aut),
            "gained": ({}, t2t),
            "lost": (t2t, {}),
            "never": ({}, {}),
            "attained": (none_met, t2t),
        }
        before = tfw.Cohort({t: tfw.profile(FW, b) for t, (b, _) in rounds.items()})
        after = tfw.Cohort({t: tfw.profile(FW, a) for t, (_, a) in rounds.items()})
        progress = before.progress(after)
        assert progress.moves_of("training") == tfw.Moves(
            scope_id="training", up=1, down=1, same=3, gained=2, lost=1
        )
        assert progress.moves_of("individuals") == tfw.Moves(scope_id="individuals", same=8)
        training = {(t.before, t.after): t.trainers for t in progress.transitions if t.scope_id == "training"}
        assert training == {
            ("teacher-to-trainer", "autonomous"): 1,
            ("autonomous", "teacher-to-trainer"): 1,
            ("teacher-to-trainer", "teacher-to-trainer"): 1,
            ("autonomous", "autonomous"): 1,
            ("not_enough_evidence", "teacher-to-trainer"): 1,
            ("teacher-to-trainer", "not_enough_evidence"): 1,
            ("not_enough_evidence", "not_enough_evidence"): 1,
            ("not_attained", "teacher-to-trainer"): 1,
        }
        assert progress.keys == (
            "teacher-to-trainer",
            "autonomous",
            "lead",
            "not_attained",
            "not_enough_evidence",
        )
        assert progress.matrix("training")["autonomous"] == {
            "teacher-to-trainer": 1,
            "autonomous": 1,
            "lead": 0,
            "not_attained": 0,
            "not_enough_evidence": 0,
        }
        assert [m.scope_id for m in progress.moves] == [c.id for c in FW.categories] + [
            c.id for c in FW.components
        ]
        assert tfw.Cohort(()).progress(tfw.Cohort(())) == tfw.Progress(keys=progress.keys)

    def test_transitions(self) -> None:
        before = mini_cohort()
        after = tfw.Cohort(
            {
                "ana": tfw.profile(
                    FW,
                    {d.id: "met" for d in FW.filter(category="training", stage="lead")}
                    | {d.id: "met" for d in FW.filter(category="training")},
                ),
                "ben": tfw.profile(
                    FW, {"training.teacher-to-trainer.1": "met", "training.teacher-to-trainer.2": "met"}
                ),
                "cy": tfw.profile(FW, {}),
            }
        )
        progress = before.progress(after)
        assert progress.moves_of("training") == tfw.Moves(scope_id="training", up=1, same=1, gained=1)
        matrix = progress.matrix("training")
        assert matrix["teacher-to-trainer"]["lead"] == 1
        assert matrix["not_attained"]["teacher-to-trainer"] == 1
        assert matrix["not_enough_evidence"]["not_enough_evidence"] == 1
        assert sum(t.trainers for t in progress.transitions if t.scope_id == "training") == 3
        assert all(t.trainers > 0 for t in progress.transitions)
        assert [r["scope"] for r in progress.to_records()] == [c.id for c in FW.categories] + [
            c.id for c in FW.components
        ]
        matrix["lead"]["lead"] = 99  # a new dict each time: the progress does not change
        assert progress.matrix("training")["lead"]["lead"] == 0
        assert hash(progress) == hash(before.progress(after))
        with pytest.raises(tfw.UnknownIdError):
            progress.matrix("nope")

    def test_attrition(self) -> None:
        """Trainers in both rounds are compared; who left and who joined are reported."""
        p = tfw.profile(FW, {})
        before = tfw.Cohort({f"t{i:02d}": p for i in range(12)})
        met = {"training.teacher-to-trainer.1": "met", "training.teacher-to-trainer.2": "met"}
        later = tfw.Cohort({"new": p, "t03": tfw.profile(FW, met), "t00": p})
        progress = before.progress(later)
        assert progress.trainers == 2
        assert progress.left == tuple(f"t{i:02d}" for i in range(12) if i not in (0, 3))
        assert progress.joined == ("new",)
        assert progress.moves_of("training") == tfw.Moves(scope_id="training", same=1, gained=1)
        assert progress.moves_of("individuals") == tfw.Moves(scope_id="individuals", same=2)
        nobody = before.progress(tfw.Cohort({"x": p}))
        assert (nobody.trainers, nobody.moves, nobody.joined, len(nobody.left)) == (0, (), ("x",), 12)
        assert tfw.loads(tfw.dumps(progress), tfw.Progress) == progress

    def test_other_framework_or_type_refused(self) -> None:
        p = tfw.profile(FW, {})
        before = tfw.Cohort({f"t{i:02d}": p for i in range(12)})
        other = attrs.evolve(FW, id="other")
        with pytest.raises(tfw.InvalidInputError, match="profiled against different frameworks"):
            tfw.Cohort({"a": p}).progress(tfw.Cohort({"a": tfw.profile(other, {})}))
        with pytest.raises(TypeError, match="progress needs another Cohort, not dict"):
            before.progress({})  # type: ignore[arg-type]


class TestCsvInjection:
    """Tidy CSV never hands a spreadsheet a formula to run."""

    def test_formula_cells_are_defused(self) -> None:
        p = tfw.profile(FW, {})
        ids = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "plain", "a=b"]
        cohort = tfw.Cohort(dict.fromkeys(ids, p))
        rows = list(csv.DictReader(io.StringIO(cohort.to_csv(level="category"))))
        written = list(dict.fromkeys(r["trainer"] for r in rows))
        assert written == ['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "'\tx", "plain", "a=b"]
        assert next(r["trainer"] for r in cohort.to_records("category")) == ids[0]  # records keep the value


class TestFromEvidence:
    """Cohort.from_evidence profiles each trainer's evidence with the given framework and rules."""

    def test_framework_and_rules(self) -> None:
        ev = {"a": {"observation.teacher-to-trainer.1": "met"}, "b": tfw.Evidence(())}
        strict = tfw.Rules(threshold=1.0)
        cohort = tfw.Cohort.from_evidence(ev, FW, strict)
        assert cohort.ids == ("a", "b")
        assert cohort["a"] == tfw.profile(FW, ev["a"], strict)
        assert cohort["a"].rules == strict
        other = attrs.evolve(FW, id="other")
        assert tfw.Cohort.from_evidence({"a": {}}, other).framework is other
        assert tfw.Cohort.from_evidence({"a": {}})["a"].rules == tfw.Rules()


class TestAgreement:
    """Percent agreement and Cohen's weighted kappa, checked against worked examples."""

    @pytest.mark.parametrize(
        ("table", "kappa"),
        [
            # Cohen's kappa worked examples (two raters, yes/no): kappa = (po - pe) / (1 - pe)
            ([[20, 5], [10, 15]], 0.4),
            ([[45, 15], [25, 15]], 0.1304),
            ([[25, 35], [5, 35]], 0.2593),
        ],
    )
    def test_unweighted_examples(self, table: list[list[int]], kappa: float) -> None:
        pairs = [(i, j) for i in range(2) for j in range(2) for _ in range(table[i][j])]
        assert tfw.weighted_kappa(pairs, 2, "none") == pytest.approx(kappa, abs=5e-5)
        # with two categories every weighting is the same
        assert tfw.weighted_kappa(pairs, 2, "linear") == pytest.approx(kappa, abs=5e-5)
        assert tfw.weighted_kappa(pairs, 2, "quadratic") == pytest.approx(kappa, abs=5e-5)

    def test_three_category_linear_and_quadratic(self) -> None:
        # rows: rater A, columns: rater B; n = 20
        table = [[5, 2, 0], [1, 6, 1], [0, 1, 4]]
        pairs = [(i, j) for i in range(3) for j in range(3) for _ in range(table[i][j])]
        # rows (7, 8, 5), columns (6, 9, 5); disagreement weights |i - j| / 2 (linear)
        # observed: (2 + 1 + 1 + 1) * 0.5 / 20 = 0.125
        # expected: (0.5 * (7*9 + 8*6 + 8*5 + 5*9) + 1 * (7*5 + 5*6)) / 400 = 163 / 400
        assert tfw.weighted_kappa(pairs, 3, "linear") == pytest.approx(1 - 0.125 / (163 / 400))
        assert tfw.weighted_kappa(pairs, 3, "linear") == pytest.approx(0.69325, abs=5e-6)
        # quadratic: neighbours weigh 0.25; observed 1.25 / 20, expected (0.25 * 196 + 65) / 400
        assert tfw.weighted_kappa(pairs, 3, "quadratic") == pytest.approx(1 - 0.0625 / (114 / 400))

    @given(
        st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=2, max_size=60),
        st.sampled_from(["linear", "quadratic", "none"]),
    )
    def test_equals_scikit_learn(self, pairs: list[tuple[int, int]], weights: str) -> None:
        from sklearn.metrics import cohen_kappa_score

        ours = tfw.weighted_kappa(pairs, 4, weights)  # type: ignore[arg-type]
        a, b = zip(*pairs, strict=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # sklearn warns (and returns nan) where kappa is undefined
            theirs = cohen_kappa_score(
                a, b, labels=[0, 1, 2, 3], weights=None if weights == "none" else weights
            )
        if ours is None:
            assert math.isnan(theirs) or len(set(a) | set(b)) == 1
        else:
            assert ours == pytest.approx(theirs, abs=1e-9)

    def test_undefined_and_bad(self) -> None:
        assert tfw.weighted_kappa([], 3) is None
        assert tfw.weighted_kappa([(1, 1), (1, 1)], 3) is None
        with pytest.raises(ValueError, match=r"outside 0\.\.2"):
            tfw.weighted_kappa([(0, 3)], 3)

    def test_self_vs_observer(self) -> None:
        c = tfw.Cohort.synthetic(40, seed=9, sources=("self", "observer"))
        a = tfw.agreement(c, "self", "observer")
        assert a.pairs == 40 * 66
        assert a.percent is not None
        assert 0.3 < a.percent < 1.0
        assert a.kappa is not None
        assert 0.0 < a.kappa < 1.0
        training = a.category("training")
        assert training.pairs == 40
        assert training.percent is not None
        assert training.kappa is not None
        assert a.descriptor("observation.lead.1").pairs == 40
        assert [r["id"] for r in a.to_records()] == [c.id for c in FW.categories]
        assert len(a.to_records("descriptor")) == 66
        assert hash(a) == hash(tfw.agreement(c, "self", "observer"))
        with pytest.raises(
            tfw.UnknownIdError, match=r"^unknown category id 'nope'; the category ids are 'individuals', "
        ) as exc:
            a.category("nope")
        assert exc.value.known == tuple(c.id for c in FW.categories)
        assert tfw.loads(tfw.dumps(a), tfw.Agreement) == a

    def test_perfect_agreement(self) -> None:
        ev = tfw.Evidence.from_mapping({"observation.lead.1": "met", "observation.lead.2": "not_met"})
        both = ev | tfw.Evidence.from_mapping(
            {"observation.lead.1": "met", "observation.lead.2": "not_met"}, source="observer"
        )
        c = tfw.Cohort({"a": tfw.profile(FW, both), "b": tfw.profile(FW, both)})
        a = tfw.agreement(c)
        assert a.percent == 1.0
        assert a.kappa == 1.0


class TestCharts:
    """Charts return matplotlib Figures; without matplotlib, a clear ImportError."""

    def test_figures(self) -> None:
        pytest.importorskip("matplotlib")
        import matplotlib

        matplotlib.use("Agg")
        c = tfw.Cohort.synthetic(20, seed=4)
        fig = tfw.plot_profile(c[c.ids[0]])
        assert len(fig.axes) == 1
        assert fig.axes[0].get_title().startswith("Profile")
        heat = tfw.plot_cohort(c, level="component")
        assert "stage per component" in heat.axes[0].get_title()
        prog = tfw.plot_progress(c.progress(c))
        assert [t.get_text() for t in prog.axes[0].get_legend().get_texts()] == [
            "up",
            "gained",
            "same",
            "down",
            "lost",
        ]

    def test_without_matplotlib(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import builtins

        real_import = builtins.__import__

        def no_mpl(name: str, *args: object, **kwargs: object) -> object:
            if name.startswith("matplotlib"):
                raise ImportError(name)
            return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(builtins, "__import__", no_mpl)
        with pytest.raises(ImportError, match=r"pip install 'trainerframework\[plot\]'"):
            tfw.plot_profile(tfw.profile(FW, {}))


class TestAnyCohortFile:
    """Cohort files of any content give a cohort or one InvalidInputError naming file and line."""

    @given(st.lists(json_values, max_size=4))
    def test_jsonl(self, lines: list[object]) -> None:
        text = "\n".join(json.dumps(line) for line in lines)
        check_reader(lambda path: tfw.Cohort.from_jsonl(path, FW), "cohort.jsonl", text, tfw.Cohort)

    @given(csv_texts)
    def test_csv(self, text: str) -> None:
        check_reader(lambda path: tfw.Cohort.from_csv(path, FW), "cohort.csv", text, tfw.Cohort)


class TestSyntheticPinned:
    """Cohort.synthetic is documented as "the same seed always gives the same cohort"."""

    def test_same_seed_same_judgements(self) -> None:
        """Pins the generator: a deliberate change to it must update this digest (and the CHANGELOG)."""
        c = tfw.Cohort.synthetic(25, seed=7, sources=("self", "observer"))
        rows = [[tid, [list(r[:3]) for r in c[tid].evidence.rows]] for tid in c.ids]
        digest = hashlib.sha256(json.dumps(rows).encode()).hexdigest()
        assert digest == "b7bfcaa306e91716dd4db37b4e8178b77a6b9ffcbd3221d983291045e7614d16"

    def test_self_assessment_is_more_generous(self) -> None:
        c = tfw.Cohort.synthetic(300, seed=1, sources=("self", "observer"))

        def met_share(source: str) -> float:
            rows = [r for tid in c.ids for r in c[tid].evidence.rows if r[2] == source]
            return sum(r[1] == "met" for r in rows) / len(rows)

        assert met_share("self") > met_share("observer") + 0.05
        assert c.ids[:2] == ("T000001", "T000002")


class TestFrames:
    """Issue 13: stages as ordered Categoricals and unambiguous column names."""

    def test_to_pandas(self) -> None:
        pd = pytest.importorskip("pandas")
        cohort = tfw.Cohort.synthetic(30, seed=5)
        frame = cohort.to_pandas("category")
        assert list(frame.columns[:5]) == ["trainer", "level", "scope_id", "scope_name", "stage"]
        order = [*(s.name for s in FW.stages), "not attained", "not enough evidence"]
        assert list(frame["stage"].cat.categories) == order
        assert frame["stage"].cat.ordered
        table = frame.groupby(["scope_id", "stage"], observed=False).size().unstack()
        assert list(table.columns) == order
        assert table.sum(axis=1).tolist() == [30] * len(FW.categories)
        assert isinstance(frame, pd.DataFrame)


class TestChartsSpeakNames:
    """Issue 13: names, not ids, on every axis; a legend for component bars; readable heatmap cells."""

    def test_names_and_legend(self) -> None:
        pytest.importorskip("matplotlib")
        import matplotlib

        matplotlib.use("Agg")
        c = tfw.Cohort.synthetic(20, seed=4)
        fig = tfw.plot_profile(c[c.ids[0]])
        labels = [t.get_text().strip() for t in fig.axes[0].get_yticklabels()]
        assert "Professional development" in labels
        assert FW.category("observation").name in labels
        assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == ["category", "component"]
        heat = tfw.plot_cohort(c)
        ax = heat.axes[0]
        assert [t.get_text() for t in ax.get_xticklabels()] == [
            *(s.name for s in FW.stages),
            "not attained",
            "not enough evidence",
        ]
        assert [t.get_text() for t in ax.get_yticklabels()] == [k.name for k in FW.categories]
        colors = {t.get_color() for t in ax.texts}
        assert colors <= {"white", "black"}
        assert "white" in colors  # the darkest cells are labelled in white
        prog = tfw.plot_progress(c.progress(c))
        assert FW.category("training").name in [t.get_text() for t in prog.axes[0].get_yticklabels()]


class TestReadersPassOnFrameworkAndRules:
    """Every reader profiles with the framework and rules given, passes on its options, and names its file."""

    OTHER = attrs.evolve(FW, id="other")
    STRICT = tfw.Rules(threshold=1.0)
    CSV = "trainer,descriptor,judgement\nana,observation.teacher-to-trainer.1,met\nben,nope,met\n"
    ROUNDS = (
        "trainer,descriptor,judgement,round\n"
        "ana,observation.teacher-to-trainer.1,met,1\n"
        "ana,observation.teacher-to-trainer.1,met,2\n"
        "ben,nope,met,3\n"
    )
    JSONL = json.dumps({"trainer": "ana", "evidence": {"observation.teacher-to-trainer.1": "met"}}) + "\n"

    def test_framework_and_rules(self, tmp_path: Path) -> None:
        (tmp_path / "c.csv").write_text(self.CSV)
        (tmp_path / "c.jsonl").write_text(self.JSONL)
        (tmp_path / "r.jsonl").write_text(self.ROUNDS)  # CSV text: read as the format given
        skip = "skip"
        cohorts = [
            tfw.Cohort.from_csv(tmp_path / "c.csv", self.OTHER, self.STRICT, on_error=skip),
            tfw.Cohort.parse_csv(self.CSV, self.OTHER, self.STRICT, on_error=skip),
            tfw.Cohort.read(tmp_path / "c.csv", self.OTHER, self.STRICT, on_error=skip),
            tfw.Cohort.from_jsonl(tmp_path / "c.jsonl", self.OTHER, self.STRICT),
            tfw.Cohort.parse_jsonl(self.JSONL, self.OTHER, self.STRICT),
        ]
        rounds = tfw.Cohort.read_rounds(
            tmp_path / "r.jsonl", self.OTHER, self.STRICT, format="csv", on_error=skip
        )
        assert list(rounds) == ["1", "2", "3"]
        assert len(rounds["3"]) == 0  # its one row skipped: the round keeps the framework given
        for c in [*cohorts, *rounds.values()]:
            assert c.framework is self.OTHER
            assert all(p.rules == self.STRICT for _, p in c.members)
            assert all(p.framework is self.OTHER for _, p in c.members)
        for c in cohorts[:3]:
            assert c.ids == ("ana",)
            assert [p.message for p in c.skipped.problems] == ["unknown descriptor id 'nope'"]

    def test_rounds_by_default(self, tmp_path: Path) -> None:
        (tmp_path / "r.csv").write_text(self.ROUNDS.replace("ben,nope,met,3\n", ""))
        assert list(tfw.Cohort.read_rounds(tmp_path / "r.csv")) == ["1", "2"]

    def test_missing_files_are_named(self, tmp_path: Path) -> None:
        for read in (tfw.Cohort.from_csv, tfw.Cohort.from_jsonl):
            with pytest.raises(tfw.InputFileError, match=r"^cannot read cohort file '.*missing': "):
                read(tmp_path / "missing")

    def test_documents_say_the_framework_only_without_members(self) -> None:
        assert list(json.loads(tfw.dumps(mini_cohort()))["data"]) == ["members"]
        empty = json.loads(tfw.dumps(tfw.Cohort((), framework=self.OTHER)))["data"]
        assert list(empty) == ["members", "framework"]

    def test_moves_of_an_unknown_scope(self) -> None:
        progress = mini_cohort().progress(mini_cohort())
        with pytest.raises(
            tfw.UnknownIdError, match=r"^unknown category or component id 'nope'; the "
        ) as exc:
            progress.moves_of("nope")
        assert exc.value.known == tuple(m.scope_id for m in progress.moves)
        assert "'observation'" in str(exc.value)
