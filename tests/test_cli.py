from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import trainerframework as tfw
from trainerframework._cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


class TestOverview:
    """With no command the CLI prints categories x stages and component detail."""

    def test_overview(self) -> None:
        code, out, err = run()
        assert code == 0
        assert err == ""
        assert "Cambridge English Trainer Framework" in out
        assert "3 stages, 5 categories, 2 components, 66 descriptors" in out
        row = next(line for line in out.splitlines() if line.startswith("observation "))
        assert row.split()[-4:] == ["3", "3", "3", "no"]
        dev = next(line for line in out.splitlines() if line.startswith("development "))
        assert dev.endswith("3 + 10  yes")
        assert "development.professional-values: Professional values" in out

    def test_subprocess(self) -> None:
        proc = subprocess.run(
            [sys.executable, "-m", "trainerframework"], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0
        assert "Lead Trainer" in proc.stdout


class TestShow:
    """show ID prints one object; unknown ids exit 1 with one line."""

    @pytest.mark.parametrize(
        ("ident", "expected"),
        [
            ("observation", "Supporting, observing, feeding back on and assessing teaching (observation)"),
            ("development.professional-values", "Values and practices are highly aligned."),
            ("observation.lead.2", "strand: observation.2"),
            ("observation.1", "strand observation.1"),
            ("lead", "Lead Trainer (lead), stage 3 of 3: 22 descriptors"),
            ("julia", "Julia: example of Lead Trainer"),
        ],
    )
    def test_show(self, ident: str, expected: str) -> None:
        code, out, _ = run("show", ident)
        assert code == 0
        assert expected in out

    def test_next_step_shown(self) -> None:
        _, out, _ = run("show", "observation.teacher-to-trainer.2")
        assert "next step:\n    observation.autonomous.2: Offers specific feedback" in out

    def test_unknown(self) -> None:
        code, out, err = run("show", "observation.led.2")
        assert code == 1
        assert out == ""
        assert err == (
            "trainerframework: error: unknown object id 'observation.led.2'; did you mean "
            "'observation.lead.2', 'observation.lead.3', 'observation.lead.1'?\n"
        )

    def test_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, _, _ = run("frobnicate")
        assert code == 2
        assert "invalid choice" in capsys.readouterr().err


class TestSearchAndExport:
    """search TEXT and export --format json|csv|markdown."""

    def test_search(self) -> None:
        code, out, _ = run("search", "assessment", "criteria", "--limit", "1")
        assert code == 0
        assert out.startswith("observation.")
        assert "more (use --limit)" in out
        assert run("search", "zzzz")[1] == "no descriptor contains every word\n"

    def test_export_json_is_a_framework_file(self, tmp_path: Path) -> None:
        code, out, _ = run("export", "--format", "json")
        assert code == 0
        path = tmp_path / "fw.json"
        path.write_text(out, encoding="utf-8")
        assert tfw.load_framework(path) == tfw.load_framework()

    def test_export_csv(self) -> None:
        _, out, _ = run("export", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 66
        assert rows[0]["id"] == "individuals.teacher-to-trainer.1"
        assert rows[-1]["stage"] == "Lead Trainer"

    def test_export_markdown(self) -> None:
        _, out, _ = run("export", "--format", "markdown")
        assert "## Professional development and values" in out
        assert "### Professional values" in out
        assert "| From Teacher to Trainer | Autonomous Trainer | Lead Trainer |" in out

    def test_framework_option_bad_file(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.json"
        path.write_text(json.dumps({"schema_version": 1}), encoding="utf-8")
        code, _, err = run("--framework", str(path))
        assert code == 1
        assert err.startswith(f"trainerframework: error: invalid framework file '{path}'")
        assert "$.stages: required key is missing" in err
