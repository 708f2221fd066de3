from __future__ import annotations

import datetime
import json
import math

import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._interchange._serialize import _converter
from trainerframework._profiling._evidence import _SHARED_CAP, _SHARED_CONTEXTS, _SHARED_ROWS, EvidenceDoc

from .strategies import evidence_items, rules_values

FW = tfw.load_framework()


class TestJudgement:
    """Judgements are an enum; their strings are accepted wherever evidence is given."""

    @pytest.mark.parametrize(
        ("text", "member"),
        [("met", tfw.Judgement.MET), ("partly", tfw.Judgement.PARTLY), ("not_met", tfw.Judgement.NOT_MET)],
    )
    def test_strings(self, text: str, member: tfw.Judgement) -> None:
        assert tfw.Judgement.parse(text) is member
        assert tfw.EvidenceItem(descriptor_id="x", judgement=text).judgement is member  # type: ignore[arg-type]

    def test_invalid_lists_allowed_values(self) -> None:
        with pytest.raises(
            tfw.InvalidEvidenceError,
            match=r"invalid judgement 'yes' for descriptor 'observation\.lead\.1': "
            r"expected one of 'met', 'partly', 'not_met'",
        ):
            tfw.Evidence.from_mapping({"observation.lead.1": "yes"})
        with pytest.raises(tfw.InvalidEvidenceError, match="invalid judgement 1"):
            tfw.Judgement.parse(1)  # type: ignore[arg-type]
        assert issubclass(tfw.InvalidEvidenceError, ValueError)


class TestEvidenceItem:
    """An EvidenceItem validates what it is given."""

    def test_fields(self) -> None:
        item = tfw.EvidenceItem(
            descriptor_id="observation.lead.1",
            judgement="met",  # type: ignore[arg-type]
            source="observer",
            date="2026-03-01",  # type: ignore[arg-type]
            note="Designed a new observation form for the district.",
            confidence=0.8,
        )
        assert item.date == datetime.date(2026, 3, 1)
        assert item.source == "observer"

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            (
                {"confidence": 1.5},
                r"invalid confidence 1\.5 for descriptor 'd': expected a number from 0 to 1",
            ),
            ({"confidence": True}, "invalid confidence True"),
            ({"date": "yesterday"}, "invalid date 'yesterday' for this judgement"),
            ({"source": ""}, "invalid source '' for descriptor 'd'"),
            ({"note": 3}, "invalid note for descriptor 'd': expected a string"),
        ],
    )
    def test_invalid(self, kwargs: dict[str, object], message: str) -> None:
        with pytest.raises(tfw.InvalidEvidenceError, match=message):
            tfw.EvidenceItem(descriptor_id="d", judgement=tfw.Judgement.MET, **kwargs)  # type: ignore[arg-type]

    def test_immutable(self) -> None:
        item = tfw.EvidenceItem(descriptor_id="d", judgement=tfw.Judgement.MET)
        with pytest.raises(AttributeError):
            item.note = "x"  # type: ignore[misc]


class TestEvidence:
    """Evidence is an order-independent, immutable collection of judgements."""

    def test_from_mapping(self) -> None:
        ev = tfw.Evidence.from_mapping(
            {"b": "met", "a": tfw.Judgement.PARTLY}, source="observer", date="2026-01-02"
        )
        assert [i.descriptor_id for i in ev] == ["a", "b"]
        assert ev.sources == ("observer",)
        assert ev.items[0].date == datetime.date(2026, 1, 2)
        assert len(ev) == 2
        assert ev.one_per_descriptor

    def test_combine_and_query(self) -> None:
        me = tfw.Evidence.from_mapping({"a": "met", "b": "partly"})
        them = tfw.Evidence.from_mapping({"a": "not_met"}, source="observer")
        both = me | them
        assert both.sources == ("observer", "self")
        assert {(i.source, i.judgement.value) for i in both.for_descriptor("a")} == {
            ("self", "met"),
            ("observer", "not_met"),
        }
        assert both.by_source("observer") == them
        assert both.without(["a"]) == tfw.Evidence.from_mapping({"b": "partly"})
        assert not both.one_per_descriptor
        assert "3 judgements of 2 descriptors" in repr(both)

    def test_bad_shapes(self) -> None:
        with pytest.raises(tfw.InvalidEvidenceError, match="not a string"):
            tfw.Evidence.coerce("met")  # type: ignore[arg-type]
        with pytest.raises(tfw.InvalidEvidenceError, match="expected EvidenceItem objects, found int"):
            tfw.Evidence.coerce([1])  # type: ignore[list-item]
        with pytest.raises(tfw.InvalidEvidenceError, match="not int"):
            tfw.Evidence.coerce(3)  # type: ignore[arg-type]
        with pytest.raises(tfw.InvalidEvidenceError, match="invalid descriptor id 3"):
            tfw.Evidence.from_mapping({3: "met"})  # type: ignore[dict-item]

    @given(st.lists(evidence_items(FW), max_size=30), st.randoms())
    def test_order_independent(self, items: list[tfw.EvidenceItem], rnd: object) -> None:
        shuffled = list(items)
        rnd.shuffle(shuffled)  # type: ignore[attr-defined]
        assert tfw.Evidence.of(items) == tfw.Evidence.of(shuffled)
        assert hash(tfw.Evidence.of(items)) == hash(tfw.Evidence.of(shuffled))

    @given(st.lists(evidence_items(FW), max_size=30))
    def test_items_round_trip(self, items: list[tfw.EvidenceItem]) -> None:
        ev = tfw.Evidence.of(items)
        assert tfw.Evidence.of(ev.items) == ev
        assert sorted(ev.items, key=repr) == sorted(items, key=repr)


class TestFromMapping:
    """Evidence.from_mapping: one source, date and confidence for every judgement; each error named."""

    def test_fields_reach_every_row(self) -> None:
        ev = tfw.Evidence.from_mapping(
            {"observation.lead.1": "met", "observation.lead.2": tfw.Judgement.PARTLY},
            source="observer",
            date="2026-03-04",
            confidence=0.5,
        )
        assert ev.rows == (
            ("observation.lead.1", "met", "observer", datetime.date(2026, 3, 4), "", 0.5),
            ("observation.lead.2", "partly", "observer", datetime.date(2026, 3, 4), "", 0.5),
        )
        assert ev.one_per_descriptor
        assert tfw.Evidence.from_mapping({}) == tfw.Evidence(())
        assert not tfw.Evidence.from_mapping({})

    @pytest.mark.parametrize(
        ("args", "kwargs", "message"),
        [
            ((["observation.lead.1"],), {}, "^expected a mapping of descriptor id to judgement, found list$"),
            (
                ({"observation.lead.1": "met"},),
                {"source": ""},
                "^invalid source '': expected a non-empty string$",
            ),
            (
                ({"observation.lead.1": "met"},),
                {"source": 3},
                "^invalid source 3: expected a non-empty string$",
            ),
            (
                ({"observation.lead.1": "met"},),
                {"date": "2026-13-01"},
                (
                    r"^invalid date '2026-13-01' for this evidence: expected a date or an ISO date string "
                    r"\(YYYY-MM-DD\)$"
                ),
            ),
            (
                ({"observation.lead.1": "met"},),
                {"confidence": 1.5},
                "^invalid confidence 1.5 for this evidence: expected a number from 0 to 1$",
            ),
            (
                ({"observation.lead.1": "yes"},),
                {},
                (
                    "^invalid judgement 'yes' for descriptor 'observation.lead.1': "
                    "expected one of 'met', 'partly', 'not_met'$"
                ),
            ),
            (({"": "met"},), {}, "^invalid descriptor id '': expected a non-empty string$"),
            (({3: "met"},), {}, "^invalid descriptor id 3: expected a non-empty string$"),
        ],
    )
    def test_errors(self, args: tuple[object, ...], kwargs: dict[str, object], message: str) -> None:
        with pytest.raises(tfw.InvalidEvidenceError, match=message):
            tfw.Evidence.from_mapping(*args, **kwargs)  # type: ignore[arg-type]

    def test_rows_are_shared_and_the_tables_bounded(self) -> None:
        ids = sorted(d.id for d in FW.descriptors)
        first = tfw.Evidence.from_mapping(dict.fromkeys(ids, "met"), source="shared-rows")
        again = tfw.Evidence.from_mapping({ids[1]: "met", ids[0]: "met"}, source="shared-rows")
        assert again.rows[0] is first.rows[0]  # one tuple per (id, judgement) in one context
        assert again.rows[1] is first.rows[1]
        assert again.rows == (first.rows[0], first.rows[1])
        sizes = set()
        for n in range(3 * _SHARED_CONTEXTS):  # contexts: a table of more than the cap starts again
            conf = n / (3 * _SHARED_CONTEXTS)
            ev = tfw.Evidence.from_mapping({ids[0]: "met"}, source="contexts", confidence=conf)
            sizes.add(len(_SHARED_ROWS))
            assert _SHARED_ROWS["contexts", None, conf] == {(ids[0], "met"): ev.rows[0]}  # kept past a clear
        assert min(sizes) == 1
        assert max(sizes) == _SHARED_CONTEXTS
        context = ("many", None, 1.0)  # the rows of one context: more than the cap start again
        tfw.Evidence.from_mapping({f"x{n}": "met" for n in range(_SHARED_CAP)}, source="many")
        assert len(_SHARED_ROWS[context]) == _SHARED_CAP
        tfw.Evidence.from_mapping({"y": "met"}, source="many")
        assert len(_SHARED_ROWS[context]) == _SHARED_CAP + 1
        tfw.Evidence.from_mapping({"x0": "met"}, source="many")
        assert len(_SHARED_ROWS[context]) == 1

    def test_other_spellings_keep_the_context(self) -> None:
        # spellings other than the values take the checked path: date and confidence still reach the rows
        ev = tfw.Evidence.from_mapping(
            {"observation.lead.1": "Partly met", "observation.lead.2": "MET"},
            source="other-spellings",
            date="2026-03-04",
            confidence=0.25,
        )
        assert ev.rows == (
            ("observation.lead.1", "partly", "other-spellings", datetime.date(2026, 3, 4), "", 0.25),
            ("observation.lead.2", "met", "other-spellings", datetime.date(2026, 3, 4), "", 0.25),
        )

    def test_nothing_skipped(self) -> None:
        # from_mapping builds its evidence without the constructor: the skipped problems are set too
        assert tfw.Evidence.from_mapping({"observation.lead.1": "met"}).skipped == tfw.Skipped(())
        assert not tfw.Evidence.from_mapping({}).skipped

    def test_repr_and_views(self) -> None:
        ev = tfw.Evidence.from_mapping({"observation.lead.1": "met"}) | tfw.Evidence.from_mapping(
            {"observation.lead.1": "not_met", "observation.lead.2": "met"}, source="observer"
        )
        assert repr(ev) == "<Evidence: 3 judgements of 2 descriptors from observer, self>"
        assert repr(tfw.Evidence(())) == "<Evidence: 0 judgements of 0 descriptors from no source>"
        assert not ev.one_per_descriptor
        assert ev.descriptor_ids == ("observation.lead.1", "observation.lead.2")
        assert ev.sources == ("observer", "self")
        assert [i.source for i in ev.for_descriptor("observation.lead.1")] == ["observer", "self"]
        assert ev.without(["observation.lead.1"]).descriptor_ids == ("observation.lead.2",)
        assert len(ev.by_source("observer")) == 2


class TestEvidenceRows:
    """Evidence(rows) checks every row it is given, naming the row."""

    @pytest.mark.parametrize(
        ("rows", "message"),
        [
            (((3, "bogus", "", None, None, 7.0),), r"row \[0\]: invalid descriptor id 3"),
            ((("observation.lead.1", "yes", "self", None, "", 1.0),), r"row \[0\]: invalid judgement 'yes'"),
            (
                (
                    ("observation.lead.1", "met", "self", None, "", 1.0),
                    ("observation.lead.2", "met", "self", None, "", 7.0),
                ),
                r"row \[1\]: invalid confidence 7\.0",
            ),
            ((("observation.lead.1", "met"),), r"row \[0\] .*expected a tuple"),
            ("observation.lead.1", "iterable of row tuples, not str"),
        ],
    )
    def test_bad_rows(self, rows: object, message: str) -> None:
        with pytest.raises(tfw.InvalidEvidenceError, match=message):
            tfw.Evidence(rows)  # type: ignore[arg-type]

    def test_good_rows_equal_the_named_constructors(self) -> None:
        row = ("observation.lead.1", "met", "self", None, "", 1.0)
        assert tfw.Evidence((row,)) == tfw.Evidence.from_mapping({"observation.lead.1": "met"})
        assert tfw.Evidence([row]).rows == (row,)

    @given(
        st.lists(
            st.tuples(
                st.one_of(st.sampled_from(["observation.lead.1", ""]), st.integers()),
                st.one_of(st.sampled_from(["met", "partly", "not_met", "nope"]), st.none()),
                st.one_of(st.just("self"), st.just(""), st.integers()),
                st.one_of(st.none(), st.just("2026-01-02"), st.just("bad")),
                st.one_of(st.just(""), st.none()),
                st.one_of(st.floats(allow_nan=True), st.booleans()),
            ),
            max_size=4,
        )
    )
    def test_any_rows_give_evidence_or_one_clear_error(self, rows: list[tuple[object, ...]]) -> None:
        ok = all(
            isinstance(r[0], str)
            and r[0]
            and r[1] in {"met", "partly", "not_met"}
            and r[2] == "self"
            and r[3] != "bad"
            and r[4] == ""
            and not isinstance(r[5], bool)
            and 0 <= r[5] <= 1
            for r in rows
        )
        if ok:
            ev = tfw.Evidence(rows)  # type: ignore[arg-type]
            assert tfw.profile(tfw.load_framework(), ev, on_unknown="warn").evidence == ev
        else:
            with pytest.raises(tfw.InvalidEvidenceError, match=r"^invalid evidence row \["):
                tfw.Evidence(rows)  # type: ignore[arg-type]


class TestRules:
    """Rules validate their settings and describe themselves."""

    def test_defaults(self) -> None:
        r = tfw.Rules()
        assert (r.threshold, r.partly_weight, r.min_evidence) == (0.6, 0.5, 1)
        assert r.progression is tfw.Progression.CUMULATIVE
        assert r.aggregation is tfw.Aggregation.OVERVIEW_OR_COMPONENTS
        assert r.combine is tfw.Combine.LATEST
        assert "60% of its descriptors' credit" in r.describe()

    def test_strings_and_weights(self) -> None:
        r = tfw.Rules(progression="independent", source_weights={"observer": 2, "self": 1})  # type: ignore[arg-type]
        assert r.progression is tfw.Progression.INDEPENDENT
        assert r.weight_of("observer") == 2.0
        assert r.weight_of("peer") == 1.0

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"threshold": 0}, r"invalid threshold 0: expected a number in \(0, 1\]"),
            ({"partly_weight": 2}, "invalid partly_weight 2: expected a number from 0 to 1"),
            ({"min_evidence": 0}, "invalid min_evidence 0: expected a whole number >= 1"),
            (
                {"progression": "sideways"},
                "invalid progression 'sideways': expected one of 'cumulative', 'independent'",
            ),
            ({"combine": "vote"}, "invalid combine 'vote'"),
            ({"aggregation": "sum"}, "invalid aggregation 'sum'"),
            ({"source_weights": {"observer": -1}}, "invalid weight -1 for source 'observer'"),
        ],
    )
    def test_invalid(self, kwargs: dict[str, object], message: str) -> None:
        with pytest.raises(tfw.InvalidRulesError, match=message):
            tfw.Rules(**kwargs)  # type: ignore[arg-type]

    def test_describe(self) -> None:
        assert tfw.Rules().describe() == (
            "a stage is attained at 60% of its descriptors' credit (met 1, partly 0.5, not met 0); "
            "cumulative stages; categories by overview_or_components; at least 1 judged descriptor(s); "
            "repeated judgements combined by latest; text matches credited at confidence 0.5 or more "
            "(0.85 to stand alone two stages up)"
        )
        r = tfw.Rules(
            threshold=0.25,
            partly_weight=0.0,
            progression="independent",  # type: ignore[arg-type]
            aggregation="pooled",  # type: ignore[arg-type]
            min_evidence=2,
            combine="lowest",  # type: ignore[arg-type]
            source_weights={"self": 1, "observer": 2.5},
            min_confidence=0.35,
            imply_confidence=0.9,
        )
        assert r.describe() == (
            "a stage is attained at 25% of its descriptors' credit (met 1, partly 0, not met 0); "
            "independent stages; categories by pooled; at least 2 judged descriptor(s); repeated "
            "judgements combined by lowest; source weights observer=2.5, self=1; text matches credited "
            "at confidence 0.35 or more (0.9 to stand alone two stages up)"
        )

    @pytest.mark.parametrize("field", ["partly_weight", "min_confidence", "imply_confidence"])
    def test_unit_bounds(self, field: str) -> None:
        for ok in (0, 0.0, 1, 1.0, 0.5):
            assert getattr(tfw.Rules(**{field: ok}), field) == ok
        for bad in (-0.001, 1.001, float("nan"), True, "0.5", None):
            with pytest.raises(
                tfw.InvalidRulesError, match=f"^invalid {field} .*: expected a number from 0 to 1$"
            ):
                tfw.Rules(**{field: bad})

    def test_threshold_bounds(self) -> None:
        assert tfw.Rules(threshold=1).threshold == 1
        assert tfw.Rules(threshold=0.001).threshold == 0.001
        for bad in (0, -1, 1.5, float("nan"), False):
            with pytest.raises(
                tfw.InvalidRulesError, match=r"^invalid threshold .*: expected a number in \(0, 1\]$"
            ):
                tfw.Rules(threshold=bad)

    def test_min_evidence_bounds(self) -> None:
        assert tfw.Rules(min_evidence=1).min_evidence == 1
        for bad in (0, -1, True, 1.0, "2"):
            with pytest.raises(tfw.InvalidRulesError, match=r"expected a whole number >= 1$"):
                tfw.Rules(min_evidence=bad)  # type: ignore[arg-type]

    def test_source_weights(self) -> None:
        r = tfw.Rules(source_weights=[("self", 1), ("observer", 0)])
        assert r.source_weights == (("observer", 0.0), ("self", 1.0))
        assert r.weight_of("observer") == 0.0
        assert isinstance(r.source_weights[1][1], float)
        for bad in (
            {"self": True},
            {"self": "2"},
            {3: 1},
            [("self",)],
            {"self": -0.5},
            {"self": math.inf},
            {"s": math.nan},
            "self",
        ):
            with pytest.raises(tfw.InvalidRulesError, match=r"^invalid (source )?weights?"):
                tfw.Rules(source_weights=bad)  # type: ignore[arg-type]

    @given(rules_values)
    def test_round_trip(self, rules: tfw.Rules) -> None:
        assert tfw.loads(tfw.dumps(rules), tfw.Rules) == rules

    @given(st.lists(evidence_items(FW), max_size=20))
    def test_evidence_round_trip(self, items: list[tfw.EvidenceItem]) -> None:
        ev = tfw.Evidence.of(items)
        assert tfw.loads(tfw.dumps(ev), tfw.Evidence) == ev
        for item in items[:3]:
            assert tfw.loads(tfw.dumps(item), tfw.EvidenceItem) == item


class TestEvidenceDocuments:
    """loads() of an Evidence document names each problem by its path, under ``items``."""

    @pytest.fixture(autouse=True)
    def _fresh_converter(self) -> None:
        """Build the private converter inside these tests, so they exercise (and are seen to
        exercise) the Evidence hooks, rather than reuse one built by an earlier test."""
        _converter.cache_clear()

    @pytest.mark.parametrize(
        ("data", "problems"),
        [
            ([1], ["$.data: expected a table, found a list"]),
            ({"items": [], "x": 1}, ["$.data: unknown key 'x' (allowed: items)"]),
            ({"items": "abc"}, ["$.data.items: expected a list, found a string"]),
            (
                {"items": [{"descriptor_id": "observation.lead.1"}]},
                ["$.data.items[0].judgement: required key is missing"],
            ),
        ],
    )
    def test_problems(self, data: object, problems: list[str]) -> None:
        doc = json.dumps({"schema_version": 1, "type": "Evidence", "data": data})
        with pytest.raises(tfw.SerializationError) as exc:
            tfw.loads(doc, tfw.Evidence)
        assert [str(p) for p in exc.value.problems] == problems

    def test_shape(self) -> None:
        ev = tfw.Evidence.from_mapping({"observation.lead.1": "met"}, date="2026-01-02")
        item = {
            "descriptor_id": "observation.lead.1",
            "judgement": "met",
            "source": "self",
            "date": "2026-01-02",
            "note": "",
            "confidence": 1.0,
        }
        assert json.loads(tfw.dumps(ev))["data"] == {"items": [item]}
        no_items = json.dumps({"schema_version": 1, "type": "Evidence", "data": {}})
        assert tfw.loads(no_items, tfw.Evidence) == tfw.Evidence(())
        conv = cattrs.Converter()
        tfw.configure_converter(conv)
        assert conv.structure({"items": [item]}, tfw.Evidence) == ev
        assert conv.unstructure(ev) == {"items": [item]}
        with pytest.raises(cattrs.ClassValidationError):
            conv.structure({"items": [item], "y": 2}, tfw.Evidence)

    def test_errors_in_a_users_converter_read_as_cattrs_own(self) -> None:
        """In a converter of the user's own, Evidence is read through its document class
        (``EvidenceDoc``: a table with ``items`` only, a list), as strictly as by ``loads``."""
        conv = cattrs.Converter()
        tfw.configure_converter(conv)
        with pytest.raises(cattrs.ClassValidationError) as extra:
            conv.structure({"items": [], "y": 2}, tfw.Evidence)
        assert (extra.value.message, extra.value.cl) == ("While structuring EvidenceDoc", EvidenceDoc)
        (inner,) = extra.value.exceptions
        assert isinstance(inner, cattrs.ForbiddenExtraKeysError)
        assert (str(inner), inner.extra_fields) == ("Extra fields in constructor for EvidenceDoc: y", {"y"})
        with pytest.raises(cattrs.ClassValidationError) as wrong:
            conv.structure({"items": "abc"}, tfw.Evidence)  # a string is not a list of items
        assert cattrs.transform_error(wrong.value) == ["invalid value for type, expected tuple @ $.items"]
        with pytest.raises(cattrs.ClassValidationError) as unknown:  # in an item too
            conv.structure({"items": [{"descriptor_id": "x", "judgement": "met", "zzz": 1}]}, tfw.Evidence)
        assert cattrs.transform_error(unknown.value) == ["extra fields found (zzz) @ $.items[0]"]
        with pytest.raises(cattrs.ClassValidationError) as missing:
            conv.structure({"items": [{"descriptor_id": "x"}]}, tfw.Evidence)
        assert cattrs.transform_error(missing.value) == ["required field missing @ $.items[0].judgement"]


class TestRowsInDetail:
    def test_canonical_order_looks_at_the_judgement(self) -> None:
        """Same descriptor, source and date: rows are ordered by judgement, then note."""
        met = ("observation.lead.1", "met", "self", None, "b", 1.0)
        not_met = ("observation.lead.1", "not_met", "self", None, "a", 1.0)
        assert tfw.Evidence((not_met, met)).rows == (met, not_met)
        assert tfw.Evidence((met, not_met)).rows == (met, not_met)

    def test_canonical_order_then_looks_at_the_note_before_the_confidence(self) -> None:
        sure = ("observation.lead.1", "met", "self", None, "a", 0.9)
        unsure = ("observation.lead.1", "met", "self", None, "b", 0.1)
        assert tfw.Evidence((unsure, sure)).rows == (sure, unsure)  # the note decides, not the confidence
        same_note = ("observation.lead.1", "met", "self", None, "a", 0.05)
        assert tfw.Evidence((sure, same_note)).rows == (same_note, sure)  # then the confidence

    @pytest.mark.parametrize(
        ("row", "message"),
        [
            (
                ("observation.lead.1", "met", "self", None, 3, 1.0),
                (
                    r"^invalid evidence row \[0\]: invalid note for descriptor 'observation.lead.1': "
                    r"expected a string, found int$"
                ),
            ),
            (
                ("observation.lead.1", "met", "self", "2026-13-01", "", 1.0),
                r"^invalid evidence row \[0\]: invalid date '2026-13-01' for descriptor 'observation.lead.1'",
            ),
            (
                ("observation.lead.1", "met"),
                (
                    r"^invalid evidence row \[0\] \('observation.lead.1', 'met'\): expected a tuple "
                    r"\(descriptor_id, judgement, source, date, note, confidence\); Evidence.of\(\) and "
                    r"Evidence.from_mapping\(\) build evidence without rows$"
                ),
            ),
        ],
    )
    def test_row_messages(self, row: tuple[object, ...], message: str) -> None:
        with pytest.raises(tfw.InvalidEvidenceError, match=message):
            tfw.Evidence((row,))  # type: ignore[arg-type]

    def test_judgement_message_without_a_place(self) -> None:
        with pytest.raises(
            tfw.InvalidEvidenceError,
            match=r"^invalid judgement 'x': expected one of 'met', 'partly', 'not_met'$",
        ):
            tfw.Judgement.parse("x")

    def test_coerce_messages(self) -> None:
        with pytest.raises(
            tfw.InvalidEvidenceError,
            match=r"^evidence must be Evidence, a mapping \{descriptor_id: judgement\} or EvidenceItems, "
            r"not a string$",
        ):
            tfw.Evidence.coerce("met")
        with pytest.raises(
            tfw.InvalidEvidenceError,
            match=r"^evidence must be Evidence, a mapping or EvidenceItems, not int$",
        ):
            tfw.Evidence.coerce(3)  # type: ignore[arg-type]
        ev = tfw.Evidence.from_mapping({"observation.lead.1": "met"})
        assert tfw.Evidence.coerce(ev) is ev
        assert tfw.Evidence.coerce({"observation.lead.1": "met"}) == ev
        assert tfw.Evidence.coerce(list(ev)) == ev
        assert bool(ev)
        assert not tfw.Evidence(())


class TestJudgementSpellings:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Met", tfw.Judgement.MET),
            (" MET ", tfw.Judgement.MET),
            ("partly met", tfw.Judgement.PARTLY),
            ("Partially", tfw.Judgement.PARTLY),
            ("Not Met", tfw.Judgement.NOT_MET),
            ("not-met", tfw.Judgement.NOT_MET),
            ("not yet met", tfw.Judgement.NOT_MET),
        ],
    )
    def test_accepted(self, text: str, expected: tfw.Judgement) -> None:
        assert tfw.Judgement.parse(text) is expected
        assert tfw.Evidence.from_mapping({"observation.lead.1": text}).items[0].judgement is expected

    @pytest.mark.parametrize("text", ["yes", "mostly", "met?", "not", ""])
    def test_refused_with_the_allowed_values(self, text: str) -> None:
        with pytest.raises(tfw.InvalidEvidenceError, match="expected one of 'met', 'partly', 'not_met'"):
            tfw.Judgement.parse(text)


def test_row_positions_name_the_item_fields() -> None:
    """Other modules read a row by ROW_* names: each names the item field it holds."""
    from trainerframework._profiling import _evidence as e

    item = tfw.EvidenceItem(
        descriptor_id="observation.lead.1",
        judgement="partly",
        source="peer",
        date="2026-01-02",
        note="n",
        confidence=0.5,
    )
    row = tfw.Evidence.of([item]).rows[0]
    named = (row[e.ROW_ID], row[e.ROW_JUDGEMENT], row[e.ROW_SOURCE], row[e.ROW_DATE], row[e.ROW_NOTE])
    assert named == (item.descriptor_id, "partly", "peer", datetime.date(2026, 1, 2), "n")
    assert row[e.ROW_CONFIDENCE] == 0.5
    assert sorted(
        (e.ROW_ID, e.ROW_JUDGEMENT, e.ROW_SOURCE, e.ROW_DATE, e.ROW_NOTE, e.ROW_CONFIDENCE)
    ) == list(range(len(row)))
