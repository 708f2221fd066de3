"""read_evidence() on arbitrary files: evidence, or one error that names the file."""

from __future__ import annotations

import json

from hypothesis import given

import trainerframework as tfw

from .readers import check_reader
from .strategies import csv_texts, json_values


class TestAnyFile:
    @given(json_values)
    def test_json(self, data: object) -> None:
        check_reader(tfw.read_evidence, "evidence.json", json.dumps(data), tfw.Evidence)

    @given(csv_texts)
    def test_csv(self, text: str) -> None:
        check_reader(tfw.read_evidence, "evidence.csv", text, tfw.Evidence)
