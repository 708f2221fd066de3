"""A framework file is user input: text that a spreadsheet would evaluate survives every round trip
and is never written as a live formula (issue 22)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._cli import main
from trainerframework._model._format import framework_to_document
from trainerframework._model._framework import framework_from_document

HOSTILE = (
    st.builds(
        lambda lead, body: lead + body,
        st.sampled_from(["=", "+", "-", "@", "\t", "=cmd|' /C calc'!A0 ", "＝", "'"]),
        st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=20),
    )
    .map(str.strip)
    .filter(bool)
)


def _poisoned(name: str, text: str) -> tfw.Framework:
    doc = framework_to_document(tfw.load_framework())
    doc["framework"]["name"] = name
    doc["categories"][0]["name"] = name
    doc["descriptors"][0]["text"] = text
    return framework_from_document(doc)


def _live(cells: list[str]) -> list[str]:
    return [c for c in cells if c and c[0] in "=+-@\t\r"]


class TestPoisonedFramework:
    @given(HOSTILE, HOSTILE)
    def test_case_and_json_round_trips_keep_the_text(self, name: str, text: str) -> None:
        try:
            fw = _poisoned(name, text)
        except tfw.InvalidFrameworkError:
            return  # refused with a reason: nothing to round-trip
        assert tfw.from_case(tfw.to_case(fw)) == fw
        assert tfw.loads(tfw.dumps(fw), tfw.Framework) == fw

    def test_no_live_cell_in_any_export_or_template(self, tmp_path: Path) -> None:
        doc = framework_to_document(tfw.load_framework())
        doc["framework"]["name"] = "@evil"
        doc["categories"][0]["name"] = "=cmd|' /C calc'!A0"
        doc["descriptors"][0]["text"] = "+1 @SUM(A1)\ttab\rcr\nlf"
        path = tmp_path / "fw.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        assert main(["--framework", str(path), "export", "--format", "csv"], out, err) == 0
        assert _live([c for row in csv.reader(io.StringIO(out.getvalue(), newline="")) for c in row]) == []
        fw = framework_from_document(doc)
        template = tmp_path / "t.csv"
        tfw.self_assessment_template(fw, template, format="csv")
        rows = csv.reader(io.StringIO(template.read_text("utf-8-sig"), newline=""))
        assert _live([c for row in rows for c in row]) == []
        openpyxl = pytest.importorskip("openpyxl")
        book_path = tmp_path / "t.xlsx"
        tfw.self_assessment_template(fw, book_path, format="xlsx")
        book = openpyxl.load_workbook(book_path)
        cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
        assert [c.coordinate for c in cells if c.data_type == "f"] == []
        assert [
            c.coordinate
            for c in cells
            if isinstance(c.value, str) and c.value[:1] == "=" and not c.quotePrefix
        ] == []
