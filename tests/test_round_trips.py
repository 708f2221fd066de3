"""Writer -> reader loses nothing: JSON Lines, CSV and TSV cohorts with adversarial valid values (issue 22).

The values are the ones a hostile or careless source gives: trainer ids and
notes starting with ``=``, ``+``, ``-``, ``@``, a tab or a quote, holding
carriage returns, line feeds, quotes, the characters ``str.splitlines``
splits at (U+2028, U+0085, U+001C), characters outside the Basic
Multilingual Plane, and long text within the readers' limits.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._base._cells import csv_text, formula_like

from .strategies import hostile_texts

FW = tfw.load_framework()
DESCRIPTOR_IDS = [d.id for d in FW.descriptors]
CSV_CELL_LIMIT = 131_072  # the csv module's field size limit, documented on the files page

_unusual = st.characters(codec="utf-8", exclude_characters="\x00") | st.sampled_from(
    ["\U0001f600", "\U00010348", "\U0002a6d6", "\u2028", "\u2029", "\x85", "\x1c", "\ufeff", '"', "'", "\\"]
)
_long = st.builds(
    lambda piece, size: (piece * (size // len(piece) + 1))[:size],
    st.text(_unusual, min_size=1, max_size=4),
    st.integers(1_000, CSV_CELL_LIMIT - 1_000),
)
adversarial = hostile_texts | st.text(_unusual, max_size=20) | _long
"""Valid text a writer must keep: formula-like starts, line breaks, quotes, non-BMP characters, long."""
# a source is a code: CSV and TSV readers trim codes (documented), so it has no surrounding blanks
sources = st.sampled_from(["self", "=1+1", "@peer", "-", "'", "\U0001f600"]) | (
    hostile_texts | st.text(_unusual, max_size=20)
).map(str.strip).filter(bool)


@st.composite
def items(draw: st.DrawFn) -> tfw.EvidenceItem:
    return tfw.EvidenceItem(
        descriptor_id=draw(st.sampled_from(DESCRIPTOR_IDS)),
        judgement=draw(st.sampled_from(["met", "partly", "not_met"])),
        source=draw(sources),
        date=draw(st.none() | st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31))),
        note=draw(adversarial),
        confidence=draw(st.floats(0, 1)),
    )


cohorts = st.dictionaries(
    adversarial.filter(bool), st.lists(items(), min_size=1, max_size=3), min_size=1, max_size=4
).map(lambda evidence: tfw.Cohort.from_evidence({t: tfw.Evidence.of(i) for t, i in evidence.items()}, FW))
"""Cohorts whose trainer ids, notes and sources are adversarial."""


def _item_object(item: tfw.EvidenceItem) -> dict[str, Any]:
    return {
        "descriptor_id": item.descriptor_id,
        "judgement": item.judgement.value,
        "source": item.source,
        "date": item.date.isoformat() if item.date else None,
        "note": item.note,
        "confidence": item.confidence,
    }


def jsonl_text(cohort: tfw.Cohort, *, shape: str, ensure_ascii: bool, line_end: str) -> str:
    """The cohort as JSON Lines, in each documented record shape, written with the standard json module."""
    lines = []
    for tid, p in cohort.members:
        if shape == "profile":  # a dumps(profile) document
            record: dict[str, Any] = {"trainer": tid, "profile": json.loads(tfw.dumps(p))}
        elif shape == "profile data":  # the "data" of one
            record = {"trainer": tid, "profile": json.loads(tfw.dumps(p))["data"]}
        else:  # a list of judgement objects
            record = {"trainer": tid, "evidence": [_item_object(i) for i in p.evidence.items]}
        lines.append(json.dumps(record, ensure_ascii=ensure_ascii))
    return line_end.join(lines) + line_end


def table_rows(cohort: tfw.Cohort) -> list[list[object]]:
    return [
        [
            tid,
            i.descriptor_id,
            i.judgement.value,
            i.source,
            i.date.isoformat() if i.date else "",
            i.note,
            i.confidence,
        ]
        for tid, p in cohort.members
        for i in p.evidence.items
    ]


TABLE_COLUMNS = ["trainer", "descriptor", "judgement", "source", "date", "note", "confidence"]

_settings = settings(
    # the profile's own (tools/mutation.sh's suppresses differing_executors) and these, not instead
    suppress_health_check=[
        *settings.default.suppress_health_check,
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
    ]
)


class TestJsonLines:
    """Cohort JSON Lines written with json.dumps come back equal through every reader."""

    @_settings
    @given(
        cohorts,
        st.sampled_from(["evidence", "profile", "profile data"]),
        st.booleans(),
        st.sampled_from(["\n", "\r\n"]),
    )
    def test_round_trip(
        self, tmp_path: Path, cohort: tfw.Cohort, shape: str, ensure_ascii: bool, line_end: str
    ) -> None:
        text = jsonl_text(cohort, shape=shape, ensure_ascii=ensure_ascii, line_end=line_end)
        assert tfw.Cohort.parse_jsonl(text, FW) == cohort
        path = tmp_path / "cohort.jsonl"
        path.write_bytes(text.encode("utf-8"))
        assert tfw.Cohort.read(path, FW) == cohort
        assert tfw.Cohort.from_jsonl(path, FW) == cohort
        odd = tmp_path / "cohort.txt"  # known by its content, or by format=
        odd.write_bytes(text.encode("utf-8"))
        assert tfw.Cohort.read(odd, FW, format="jsonl") == cohort

    def test_examples(self) -> None:
        ids = ["=1+1", "\r=cmd|' /C calc'!A0", "T\u20281", "\U0001f600" * 3, "\t@x", '"q"', "x" * 200_000]
        evidence = {
            tid: tfw.Evidence.of(
                [
                    tfw.EvidenceItem(
                        descriptor_id=DESCRIPTOR_IDS[0], judgement="met", source=tid[:50], note=tid
                    )
                ]
            )
            for tid in ids
        }
        cohort = tfw.Cohort.from_evidence(evidence, FW)
        for shape in ("evidence", "profile", "profile data"):
            text = jsonl_text(cohort, shape=shape, ensure_ascii=False, line_end="\n")
            back = tfw.Cohort.parse_jsonl(text, FW)
            assert back.ids == tuple(ids)
            assert back == cohort


class TestDelimitedText:
    """Cohort CSV and TSV written by the library's one cell rule come back equal through every reader."""

    @_settings
    @given(cohorts, st.sampled_from([",", "\t"]))
    def test_round_trip(self, tmp_path: Path, cohort: tfw.Cohort, delimiter: str) -> None:
        text = csv_text(TABLE_COLUMNS, table_rows(cohort), delimiter=delimiter)
        assert tfw.Cohort.parse_csv(text, FW, delimiter=delimiter) == cohort
        suffix = ".tsv" if delimiter == "\t" else ".csv"
        path = tmp_path / f"cohort{suffix}"
        path.write_bytes(text.encode("utf-8"))
        assert tfw.Cohort.read(path, FW) == cohort
        assert tfw.Cohort.read(path, FW, format=suffix[1:]) == cohort

    @_settings
    @given(st.lists(items(), min_size=1, max_size=4), st.sampled_from([",", "\t"]))
    def test_evidence_round_trip(
        self, tmp_path: Path, given_items: list[tfw.EvidenceItem], delimiter: str
    ) -> None:
        """One trainer's evidence (a filled template without a trainer column) through read_evidence."""
        evidence = tfw.Evidence.of(given_items)
        rows = [row[1:] for row in table_rows(tfw.Cohort({"t": tfw.profile(FW, evidence)}))]
        text = csv_text(TABLE_COLUMNS[1:], rows, delimiter=delimiter)
        path = tmp_path / ("evidence.tsv" if delimiter == "\t" else "evidence.csv")
        path.write_bytes(text.encode("utf-8"))
        assert tfw.read_evidence(path) == evidence

    def test_no_cell_is_live(self) -> None:
        tid = "T1\r=cmd|' /C calc'!A0"
        cohort = tfw.Cohort.from_evidence(
            {
                tid: tfw.Evidence.of(
                    [tfw.EvidenceItem(descriptor_id=DESCRIPTOR_IDS[0], judgement="met", note="\t=1")]
                )
            },
            FW,
        )
        text = csv_text(TABLE_COLUMNS, table_rows(cohort), delimiter="\t")
        read = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
        assert len(read) == 2  # the carriage return is quoted: one row
        assert read[1][0] == tid
        assert read[1][5] == "'\t=1"
        assert not [cell for row in read for cell in row if formula_like(cell)]
        assert tfw.Cohort.parse_csv(text, FW, delimiter="\t") == cohort
