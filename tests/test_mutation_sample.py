"""tools.mutation_sample: a stratified sample of the mutants not run yet, and its interval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import mutation_sample


def _folder(tmp_path: Path) -> Path:
    for module, codes in {
        "pkg/_a": {"a1": 1, "a2": None, "a3": None, "a4": 0},
        "pkg/_b": {"b1": None, "b2": -24, "b3": -9},
    }.items():
        meta = tmp_path / "mutants" / "src" / f"{module}.py.meta"
        meta.parent.mkdir(parents=True, exist_ok=True)
        meta.write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")
    return tmp_path


def test_the_sample_draws_only_mutants_not_run_yet_per_module(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    drawn = mutation_sample.sample(folder, per_module=1, seed=3)
    assert len(drawn) == 2
    assert drawn[0] in {"a2", "a3"}
    assert drawn[1] == "b1"
    assert mutation_sample.sample(folder, per_module=1, seed=3) == drawn  # the seed decides
    assert sorted(mutation_sample.sample(folder, per_module=5, seed=3)) == ["a2", "a3", "b1"]


def test_the_report_counts_a_time_limit_as_killed_and_leaves_a_hung_child_out(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    text = mutation_sample.report(folder, ["b2", "b3"])
    assert "pkg/_a" in text
    assert "run 1/2 killed" in text  # a1 killed, a4 survived; a2, a3 not run
    assert "sample 1/1 killed" in text  # b2 by the time limit; b3 (killed by hand, -9) left out


def test_wilson_interval() -> None:
    low, high = mutation_sample.wilson(43, 44)
    assert low == pytest.approx(0.8819, abs=1e-4)
    assert high == pytest.approx(0.9960, abs=1e-4)
    assert mutation_sample.wilson(0, 0) == (0.0, 1.0)
