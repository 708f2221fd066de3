"""read_evidence() on arbitrary files: evidence, or one error that names the file."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given

import trainerframework as tfw

from .strategies import csv_texts, json_values


class TestAnyFile:
    @given(json_values)
    def test_json(self, data: object) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "evidence.json"
            path.write_text(json.dumps(data), encoding="utf-8")
            self._read(path)

    @given(csv_texts)
    def test_csv(self, text: str) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "evidence.csv"
            path.write_text(text, encoding="utf-8")
            self._read(path)

    @staticmethod
    def _read(path: Path) -> None:
        try:
            evidence = tfw.read_evidence(path)
        except tfw.InvalidInputError as exc:
            problems = exc.problems
        else:
            assert isinstance(evidence, tfw.Evidence)
            return
        assert problems
        assert all(str(p).startswith(str(path)) for p in problems)
