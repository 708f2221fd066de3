"""``python -m tools.first_reading``: one set's first reading, and a batch's pooled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools import first_reading

_STATEMENTS = (
    "training|teacher-to-trainer|I deliver the pre-prepared sessions with my mentor beside me.\n"
    "observation|lead|I designed the observation tools our whole region now uses.\n"
    "individuals|autonomous|I adapt each session to the groups I meet, after a short needs survey.\n"
)
_ASSERTIONS = (
    "negated|training|lead|none|I have never designed a course from scratch.\n"
    "intended|observation|lead|none|One day I hope to design our observation tools.\n"
)
_NARRATIVE = (
    "## Ana_test style={name} individuals=t knowledge=t training=t observation=t development=t\n"
    "I deliver the sessions my coordinator plans, with a mentor beside me. I use the given observation"
    " form and I take the feedback I get on board.\n\n"
)


def _write(
    folder: Path, name: str, statements: int = 3, assertions: int = 2, narratives: bool = True
) -> None:
    lines = _STATEMENTS.splitlines(keepends=True)[:statements]
    (folder / f"matching_{name}.txt").write_text(f"# {name}\n{''.join(lines)}", encoding="utf-8")
    if assertions:
        rows = _ASSERTIONS.splitlines(keepends=True)[:assertions]
        (folder / f"assertion_{name}.txt").write_text(f"# {name}\n{''.join(rows)}", encoding="utf-8")
    if narratives:
        (folder / f"narratives_{name}.txt").write_text(_NARRATIVE.format(name=name), encoding="utf-8")


def _figure(line: str, name: str) -> float:
    found = re.search(rf"{re.escape(name)} ?([0-9.]+)", line)
    assert found is not None, (name, line)
    return float(found.group(1))


def test_one_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "one")
    assert first_reading.main(["one", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "statements matching_one.txt: n=3 " in out
    assert "assertions assertion_one.txt: n=2 " in out
    assert "narratives narratives_one.txt: 1 narratives, 5 labels" in out
    assert "batch" not in out


def test_a_batch_is_pooled_each_set_by_its_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "first", statements=3, assertions=2)
    _write(tmp_path, "second", statements=0, assertions=0, narratives=False)
    # a label the matcher cannot reach: the second set reads 0.000, the first more
    wrong = "training|lead|I deliver the pre-prepared sessions with my mentor beside me.\n"
    (tmp_path / "matching_second.txt").write_text(f"# second\n{wrong}", encoding="utf-8")
    assert first_reading.main(["first", "second", "--dir", str(tmp_path), "--draws", "50"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "== batch of 2: first, second" in out
    per_set = [line for line in out if line.startswith("statements matching_")]
    batch = next(line for line in out if line.startswith("batch statements"))
    assert batch.startswith("batch statements: n=4 ECE ")  # both sets have statements
    sizes = [_figure(line, "n=") for line in per_set]
    right = [_figure(line, "category+stage@1") for line in per_set]
    pooled = sum(n * r for n, r in zip(sizes, right, strict=True)) / sum(sizes)
    assert right[1] == 0.0
    assert right[0] > 0.0
    assert _figure(batch, "category+stage@1") == pytest.approx(pooled, abs=0.001)
    assert _figure(batch, "median") <= _figure(batch, "95th percentile")
    assert "of 50 draws" in batch
    # the second set has no assertion statements and no narratives: the pooled lines say so
    assertions = next(line for line in out if line.startswith("batch assertions"))
    assert assertions.startswith("batch assertions (over 1 of the 2 sets): n=2 ")
    first = next(line for line in out if line.startswith("assertions assertion_first.txt"))
    assert assertions.split(": ", 1)[1] == first.split(": ", 1)[1]
    assert any(line.startswith("batch narratives (over 1 of the 2 sets): 5 labels") for line in out)


def test_the_batch_pools_each_sets_shares_by_its_count() -> None:
    pooled = first_reading._pooled(
        [{"n": 1.0, "exact": 1.0}, {"n": 3.0, "exact": 0.0}],
        ("exact",),
    )
    assert pooled == {"n": 4.0, "exact": 0.25}


def test_missing_sets_are_reported_together_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "here")
    (tmp_path / "matching_empty.txt").write_text("# headers alone\n", encoding="utf-8")
    assert first_reading.main(["here", "missing", "empty", "--dir", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        f"no statements, assertion statements or narratives of 'missing', 'empty' in {tmp_path}"
        in captured.err
    )


def test_a_file_of_headers_alone_is_no_kind_of_the_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "some", assertions=0)
    (tmp_path / "assertion_some.txt").write_text("# written later\n", encoding="utf-8")
    assert first_reading.main(["some", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "assertions" not in out
    assert "statements matching_some.txt: n=3 " in out


def test_a_name_given_twice_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "one")
    assert first_reading.main(["one", "one", "--dir", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "given more than once: one" in captured.err


def test_draws_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        first_reading.main(["one", "--dir", str(tmp_path), "--draws", "0"])
    assert "--draws must be at least 1, not 0" in capsys.readouterr().err
