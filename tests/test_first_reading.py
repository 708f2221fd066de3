"""``python -m tools.first_reading``: one set's first reading, and a batch's pooled."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import first_reading

_STATEMENTS = (
    "training|teacher-to-trainer|I deliver the pre-prepared sessions with my mentor beside me.\n"
    "observation|lead|I designed the observation tools our whole region now uses.\n"
)
_ASSERTION = "negated|training|lead|none|I have never designed a course from scratch.\n"
_NARRATIVE = (
    "## Ana_test style={name} individuals=t knowledge=t training=t observation=t development=t\n"
    "I deliver the sessions my coordinator plans, with a mentor beside me. I use the given observation"
    " form and I take the feedback I get on board.\n\n"
)


def _write(folder: Path, name: str) -> None:
    (folder / f"matching_{name}.txt").write_text(f"# {name}\n{_STATEMENTS}", encoding="utf-8")
    (folder / f"assertion_{name}.txt").write_text(f"# {name}\n{_ASSERTION}", encoding="utf-8")
    (folder / f"narratives_{name}.txt").write_text(_NARRATIVE.format(name=name), encoding="utf-8")


def test_one_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "one")
    assert first_reading.main(["one", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "statements matching_one.txt: n=2 " in out
    assert "assertions assertion_one.txt: n=1 " in out
    assert "narratives narratives_one.txt: 1 narratives, 5 labels" in out
    assert "batch" not in out


def test_a_batch_is_pooled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("first", "second"):
        _write(tmp_path, name)
    assert first_reading.main(["first", "second", "--dir", str(tmp_path), "--draws", "20"]) == 0
    out = capsys.readouterr().out
    assert "== first\n" in out
    assert "== second\n" in out
    assert "== batch of 2: first, second\n" in out
    statements = next(line for line in out.splitlines() if line.startswith("batch statements:"))
    assert statements.startswith("batch statements: n=4 ECE ")
    assert "of 20 draws" in statements
    assert "batch assertions: n=2 " in out
    assert "batch narratives: 10 labels: exact " in out


def test_the_batch_pools_each_sets_shares_by_its_count() -> None:
    pooled = first_reading._pooled(
        [{"n": 1.0, "exact": 1.0}, {"n": 3.0, "exact": 0.0}],
        ("exact",),
    )
    assert pooled == {"n": 4.0, "exact": 0.25}


def test_a_set_without_files_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "here")
    assert first_reading.main(["here", "missing", "--dir", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert f"no labelled file of 'missing' in {tmp_path}" in captured.err
    assert "== batch" not in captured.out


def test_draws_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        first_reading.main(["one", "--dir", str(tmp_path), "--draws", "0"])
    assert "--draws must be at least 1, not 0" in capsys.readouterr().err
