from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import trainerframework as tfw
from trainerframework._cli import main

ROOT = Path(__file__).resolve().parent.parent


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

    @pytest.mark.slow
    @pytest.mark.subprocess
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
        """Usage errors and --help go to the streams main() was given."""
        code, out, err = run("frobnicate")
        assert code == 2
        assert out == ""
        assert "invalid choice" in err
        code, out, err = run("--help")
        assert code == 0
        assert out.startswith("usage: trainerframework")
        assert capsys.readouterr() == ("", "")


class TestSearchAndExport:
    """search TEXT and export --format json|csv|markdown."""

    def test_search(self) -> None:
        code, out, _ = run("search", "assessment", "criteria", "--limit", "1")
        assert code == 0
        assert out.startswith("observation.")
        assert "more descriptors (use --limit)" in out
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


class TestMatchCommand:
    """match TEXT, match - (one statement per line), --limit, --json."""

    def test_text(self) -> None:
        code, out, _ = run(
            "match", "I", "visit", "classrooms", "with", "the", "district's", "checklist", "--limit", "1"
        )
        assert code == 0
        first = out.splitlines()[0]
        assert "observation.teacher-to-trainer.1  [From Teacher to Trainer]  confidence 0." in first
        assert "why: category" in out

    def test_stdin_json(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(
            "sys.stdin", io.StringIO("I use slides from the ministry\n\nI design whole courses\n")
        )
        code, out, _ = run("match", "-", "--json", "--limit", "2")
        assert code == 0
        doc = json.loads(out)
        assert [d["statement"] for d in doc] == ["I use slides from the ministry", "I design whole courses"]
        assert all(len(d["matches"]) == 2 for d in doc)
        assert doc[1]["matches"][0]["category"] == "training"

    def test_bad_limit(self) -> None:
        code, _, err = run("match", "x", "--limit", "0")
        assert code == 2
        assert "argument --limit: expected 1 or more, not 0" in err


def _doubted_story(folder: Path) -> Path:
    """A narrative whose first sentence the ownership model doubts and whose second it credits."""
    path = folder / "story.txt"
    path.write_text(
        "Most trainers at our centre rely on one coursebook for everything."
        " I adapt the ministry's materials for every group I train.",
        encoding="utf-8",
    )
    return path


class TestProfileCommand:
    """profile FILE: narrative, JSON or CSV evidence; clear errors naming file and line."""

    def test_narrative(self) -> None:
        code, out, _ = run("profile", str(ROOT / "examples" / "narrative.txt"))
        assert code == 0
        assert "training: Lead Trainer" in out
        assert "observation: From Teacher to Trainer" in out
        assert "Development priorities" in out
        assert "rule: a stage is attained" in out

    def test_a_doubted_sentence_is_listed_with_its_log_odds(self, tmp_path: Path) -> None:
        path = _doubted_story(tmp_path)
        code, out, _ = run("profile", str(path))
        assert code == 0
        assert "Not used (1 sentence)\n  (not credited: reads as not the trainer's own practice now" in out
        code, out, _ = run("profile", str(path), "--json")
        doubted, credited = json.loads(out)["sentences"]
        assert (doubted["status"], doubted["credited"]) == ("doubted", None)
        assert doubted["ownership"] > tfw.OwnershipModel.bundled().threshold
        assert credited["status"] == "credited"
        assert credited["ownership"] < tfw.OwnershipModel.bundled().threshold
        code, out, _ = run("profile", str(path), "--json", "--no-ownership")
        assert [s["status"] for s in json.loads(out)["sentences"]] == ["credited", "credited"]
        assert [s["ownership"] for s in json.loads(out)["sentences"]] == [None, None]
        code, out, _ = run("plan", str(path), "--no-ownership", "--json")
        assert code == 0
        evidence = tmp_path / "ev.csv"
        evidence.write_text("descriptor,judgement\nobservation.teacher-to-trainer.1,met\n")
        code, _, err = run("profile", str(evidence), "--no-ownership")
        assert code == 0
        assert "--no-ownership applies to narratives only: an evidence file is read as it is" in err

    def test_a_users_ownership_model_file(self, tmp_path: Path) -> None:
        path = _doubted_story(tmp_path)
        # the bundled model with a lower threshold doubts the trainer's own sentence too
        doc = tfw.OwnershipModel.bundled().to_document()
        doc["threshold"] = -1_000.0
        model = tmp_path / "model.json"
        model.write_text(json.dumps(doc), encoding="utf-8")
        for command in ("profile", "plan"):
            code, out, _ = run(command, str(path), "--json", "--ownership-model", str(model))
            assert code == 0
        code, out, _ = run("profile", str(path), "--json", "--ownership-model", str(model))
        assert [s["status"] for s in json.loads(out)["sentences"]] == ["doubted", "doubted"]
        doc["threshold"] = "high"
        model.write_text(json.dumps(doc), encoding="utf-8")
        code, _, err = run("profile", str(path), "--ownership-model", str(model))
        assert code == 1
        assert f"{model}: $.threshold: expected a number, found a string" in err
        code, _, err = run("profile", str(path), "--ownership-model", str(tmp_path / "missing.json"))
        assert code == 1
        assert "cannot read ownership model file" in err
        code, _, err = run("profile", str(path), "--no-ownership", "--ownership-model", str(model))
        assert code == 2
        assert "not allowed with argument" in err
        code, _, err = run("profile", str(path), "--ownership-model", "")
        assert code == 1
        assert "cannot read ownership model file ''" in err
        # an evidence file does not use the model: the file is not read, and the option is said to be unused
        evidence = tmp_path / "ev.csv"
        evidence.write_text("descriptor,judgement\nobservation.teacher-to-trainer.1,met\n")
        code, _, err = run("profile", str(evidence), "--ownership-model", str(model))
        assert code == 0
        assert "--ownership-model applies to narratives only: an evidence file is read as it is" in err

    def test_json_evidence_and_json_output(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        path.write_text(
            json.dumps({"training.teacher-to-trainer.1": "met", "training.teacher-to-trainer.2": "met"})
        )
        code, out, _ = run("profile", str(path), "--json", "--priorities", "100")
        assert code == 0
        doc = json.loads(out)
        assert doc["categories"]["training"] == "teacher-to-trainer"
        assert doc["categories"]["knowledge"] is None
        training = [x for x in doc["priorities"] if x["scope"] == "training"]
        assert training
        assert training[0]["target"] == "autonomous"
        assert doc["profile"]["framework"] == "cambridge-english-trainer-framework"

    def test_csv_evidence(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.csv"
        path.write_text("descriptor,judgement,source\nobservation.teacher-to-trainer.1,met,observer\n")
        code, out, _ = run("profile", str(path))
        assert code == 0
        assert "Evidence: 1 judgement\n" in out

    def test_csv_errors_name_file_and_line(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.csv"
        path.write_text("descriptor,judgement\nobservation.lead.1,met\nobservation.lead.2,yes\n,met\n")
        code, out, err = run("profile", str(path))
        assert code == 1
        assert out == ""
        assert err.startswith(f"trainerframework: error: invalid input '{path}': 2 problems")
        assert f"{path}:3: invalid judgement 'yes' for descriptor 'observation.lead.2'" in err
        assert f"{path}:4: missing descriptor" in err
        assert "Traceback" not in err

    def test_unknown_descriptor_and_missing_file(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        path.write_text('{"observation.lead.9": "met"}')
        code, _, err = run("profile", str(path))
        assert code == 1
        assert "unknown descriptor id 'observation.lead.9'" in err
        code, _, err = run("profile", str(tmp_path / "missing.txt"))
        assert code == 1
        assert "cannot read" in err
        assert "No such file" in err

    def test_bad_json(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        path.write_text('{\n "a": \n}')
        code, _, err = run("profile", str(path))
        assert code == 1
        assert f"{path}:3: not valid JSON" in err

    @pytest.mark.slow
    @pytest.mark.subprocess
    def test_subprocess_profile(self) -> None:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "trainerframework",
                "profile",
                str(ROOT / "examples" / "narrative.txt"),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["categories"]["training"] == "lead"


class TestCohortCommand:
    """cohort FILE: JSONL or CSV; --json and --csv."""

    def _jsonl(self, tmp_path: Path) -> Path:
        path = tmp_path / "c.jsonl"
        lines = [
            {
                "trainer": "ana",
                "evidence": {"training.teacher-to-trainer.1": "met", "training.teacher-to-trainer.2": "met"},
            },
            {"trainer": "ben", "evidence": {"training.teacher-to-trainer.1": "not_met"}},
        ]
        path.write_text("\n".join(json.dumps(x) for x in lines))
        return path

    def test_summary(self, tmp_path: Path) -> None:
        code, out, _ = run("cohort", str(self._jsonl(tmp_path)))
        assert code == 0
        assert out.startswith("Cohort: 2 trainers")
        training = next(line for line in out.splitlines() if line.startswith("training "))
        assert training.split()[1:] == ["1", "0", "0", "1", "0"]
        assert "Most common development priorities" in out

    def test_json_and_csv(self, tmp_path: Path) -> None:
        path = self._jsonl(tmp_path)
        doc = json.loads(run("cohort", str(path), "--json")[1])
        assert doc["trainers"] == 2
        assert doc["categories"]["training"]["teacher-to-trainer"] == 1
        rows = list(csv.DictReader(io.StringIO(run("cohort", str(path), "--csv")[1])))
        assert len(rows) == 2 * 7

    def test_csv_file_and_errors(self, tmp_path: Path) -> None:
        path = tmp_path / "c.csv"
        path.write_text("trainer,descriptor,judgement\nana,training.lead.1,met\nben,training.lead.1,maybe\n")
        code, _, err = run("cohort", str(path))
        assert code == 1
        assert f"{path}:3: invalid judgement 'maybe'" in err
        code, _, _ = run("cohort", str(path), "--json", "--csv")
        assert code == 2


class TestErrorLines:
    """A single problem is one line naming the file and the place."""

    def test_one_problem_one_line(self, tmp_path: Path) -> None:
        path = tmp_path / "one.csv"
        path.write_text("descriptor,judgement\nobservation.lead.1,met\nobservation.lead.2,yes\n")
        code, _, err = run("profile", str(path))
        assert code == 1
        assert err == (
            f"trainerframework: error: {path}:3: invalid judgement 'yes' for descriptor "
            "'observation.lead.2': expected one of 'met', 'partly', 'not_met'\n"
        )

    def test_framework_file_problem_names_file_and_path(self, tmp_path: Path) -> None:
        doc = json.loads(run("export", "--format", "json")[1])
        doc["descriptors"][0]["stage"] = "expert"
        path = tmp_path / "fw.json"
        path.write_text(json.dumps(doc))
        code, _, err = run("--framework", str(path), "show")
        assert code == 1
        assert err.startswith(
            f"trainerframework: error: {path}: $.descriptors[0].stage: unknown stage 'expert'"
        )
        assert err.count("\n") == 1


class TestPlan:
    """plan FILE: a development plan from a narrative or an evidence file."""

    def test_text_and_json(self, tmp_path: Path) -> None:
        path = tmp_path / "ayesha.txt"
        path.write_text(tfw.load_framework().example("ayesha").text, encoding="utf-8")
        code, out, err = run("plan", str(path), "--goals", "2")
        assert (code, err) == (0, "")
        assert out.startswith(
            "Development plan: 2 goals over 24 weeks\n"
            "Activities are chosen for this trainer's experience: experienced.\n\n"
            "Goal 1: Lead Trainer in Understanding of individuals and situations (now: Autonomous Trainer)\n"
        )
        assert "How the plan will be evaluated (Guskey's levels):\n  1. Participants’ reactions\n" in out
        assert "Warning" not in out
        code, out, _ = run("plan", str(path), "--goals", "3", "--weeks", "12")
        assert "Warning: 3 goals in 12 weeks leaves under 8 weeks for each." in out
        code, out, _ = run("plan", str(path), "--json", "--levels", "1,2", "--goals", "3")
        doc = json.loads(out)
        assert [g["descriptor_id"] for g in doc["goals"]] == [
            "individuals.lead.1",
            "training.lead.1",
            "observation.lead.1",
        ]
        assert [s["level"] for s in doc["evaluation"]] == [1, 2]
        assert len(doc["warnings"]) == 1
        assert tfw.loads(
            json.dumps({"schema_version": 1, "type": "DevelopmentPlan", "data": doc}), tfw.DevelopmentPlan
        )

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["--levels", "0,6"], "levels are 1 to 5, not '0,6'"),
            (["--levels", "one"], "expected levels such as 1,2,4,5, not 'one'"),
            (["--goals", "-1"], "expected 0 or more, not -1"),
        ],
    )
    def test_usage_errors(self, tmp_path: Path, argv: list[str], message: str) -> None:
        path = tmp_path / "ev.json"
        path.write_text('{"observation.teacher-to-trainer.1": "met"}', encoding="utf-8")
        code, out, err = run("plan", str(path), *argv)
        assert (code, out) == (2, "")
        assert message in err


class TestReview:
    """review FILE: an organisation's CPD review (seed 003)."""

    def test_summary_and_json(self, tmp_path: Path) -> None:
        path = tmp_path / "review.csv"
        path.write_text("statement,rating\n1a,embedded\n3c,not_yet\n", encoding="utf-8")
        code, out, err = run("review", str(path), "--organisation", "Centre")
        assert (code, err) == (0, "")
        assert out.startswith("CPD review of Centre: 2 statements rated\n")
        assert "  priorities: 3c\n" in out
        doc = json.loads(run("review", str(path), "--json")[1])
        assert doc["priorities"] == ["3c"]
        assert doc["sections"][2]["title"] == "Needs Analysis and Evaluation"

    def test_errors_name_the_line(self, tmp_path: Path) -> None:
        path = tmp_path / "review.csv"
        path.write_text("statement,rating\n1a,great\n", encoding="utf-8")
        code, out, err = run("review", str(path))
        assert (code, out) == (1, "")
        assert err == (
            f"trainerframework: error: {path}:2: invalid rating 'great': "
            "expected one of 'not_yet', 'developing', 'embedded'\n"
        )


class TestHonestOutput:
    """Counts validated alike, plurals, --version, aligned tables, statuses in JSON (issue 13)."""

    @pytest.mark.parametrize(
        "argv",
        [
            ["search", "observation", "--limit", "-1"],
            ["match", "I observe", "--limit", "0"],
            ["profile", "x.txt", "--priorities", "-2"],
            ["profile", "x.txt", "--priorities", "many"],
            ["show", ""],
        ],
    )
    def test_bad_counts_and_empty_ids_are_usage_errors(self, argv: list[str]) -> None:
        code, out, _ = run(*argv)
        assert (code, out) == (2, "")

    def test_priorities_zero_shows_none_and_says_nothing_false(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        path.write_text('{"observation.teacher-to-trainer.1": "met"}', encoding="utf-8")
        code, out, _ = run("profile", str(path), "--priorities", "0")
        assert code == 0
        assert "Development priorities" not in out
        assert "top stage" not in out

    def test_version(self) -> None:
        code, out, _ = run("--version")
        assert (code, out) == (0, f"trainerframework {tfw.__version__}\n")

    def test_cohort_table_is_aligned(self, tmp_path: Path) -> None:
        path = tmp_path / "c.jsonl"
        path.write_text('{"trainer": "a", "evidence": {"observation.lead.1": "met"}}\n', encoding="utf-8")
        code, out, _ = run("cohort", str(path))
        assert code == 0
        assert out.startswith("Cohort: 1 trainer\n")
        lines = out.splitlines()
        head = lines[2]
        row = next(line for line in lines if line.startswith("observation "))
        # each count ends where its heading ends
        ends = [head.index(h) + len(h) for h in ("From Teacher to Trainer", "not attained", "no evidence")]
        assert [row[e - 1] for e in ends] == ["0", "1", "0"]

    def test_json_profile_says_why_a_stage_is_null(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        path.write_text('{"observation.teacher-to-trainer.1": "not_met"}', encoding="utf-8")
        doc = json.loads(run("profile", str(path), "--json")[1])
        assert doc["categories"]["observation"] is None
        assert doc["status"]["observation"] == "not_attained"
        assert doc["status"]["knowledge"] == "not_enough_evidence"


class TestFileKinds:
    """One function decides what a file is, for the library and every command (issue 13)."""

    def test_tab_separated_txt_is_evidence(self, tmp_path: Path) -> None:
        path = tmp_path / "evidence_tab.txt"
        path.write_text("descriptor\tjudgement\nobservation.lead.1\tmet\n", encoding="utf-8")
        code, out, _ = run("profile", str(path))
        assert code == 0
        assert "Evidence: 1 judgement\n" in out
        assert len(tfw.read_evidence(path)) == 1

    def test_format_overrides(self, tmp_path: Path) -> None:
        path = tmp_path / "notes.dat"
        path.write_text("descriptor,judgement\nobservation.lead.1,met\n", encoding="utf-8")
        assert len(tfw.read_evidence(path)) == 1  # sniffed: CSV
        assert "Evidence: 1 judgement\n" in run("profile", str(path), "--format", "csv")[1]
        code, out, _ = run("profile", str(path), "--format", "narrative")
        assert code == 0
        assert "Evidence from the narrative" in out or "Not used" in out

    def test_spreadsheets_and_wrong_kinds_are_named(self, tmp_path: Path) -> None:
        book = tmp_path / "ev.ods"
        book.write_text("descriptor,judgement\n", encoding="utf-8")
        message = r"an OpenDocument spreadsheet \(\.ods\) is not read: save it as \.xlsx or as CSV UTF-8"
        with pytest.raises(tfw.InvalidInputError, match=message):
            tfw.read_evidence(book)
        fake = tmp_path / "ev.xlsx"  # CSV text with an XLSX name
        fake.write_text("descriptor,judgement\n", encoding="utf-8")
        with pytest.raises(tfw.InputFileError, match=r"cannot read workbook .*: not an XLSX workbook"):
            tfw.read_evidence(fake)
        prose = tmp_path / "me.txt"
        prose.write_text("I observe lessons.\n", encoding="utf-8")
        code, _, err = run("cohort", str(prose))
        assert code == 1
        assert err == (
            f"trainerframework: error: {prose}: the extension '.txt' says narrative, but only jsonl, "
            "csv, tsv can be read here (give --format to say which)\n"
        )
        jsonl = tmp_path / "c.txt"
        jsonl.write_text(
            '{"trainer": "a", "evidence": {}}\n{"trainer": "b", "evidence": {}}\n', encoding="utf-8"
        )
        assert tfw.Cohort.read(jsonl, format="jsonl").ids == ("a", "b")

    @pytest.mark.parametrize(
        ("command", "name", "warning"),
        [
            ("profile", "empty.csv", "holds no judgements: the profile has no evidence"),
            ("profile", "empty.json", "holds no judgements: the profile has no evidence"),
            ("profile", "empty.txt", "holds no sentences: the profile has no evidence"),
            ("cohort", "empty.jsonl", "holds no trainers"),
            ("cohort", "empty.csv", "holds no trainers"),
        ],
    )
    def test_empty_inputs_warn_and_succeed(
        self, tmp_path: Path, command: str, name: str, warning: str
    ) -> None:
        path = tmp_path / name
        path.write_text("{}" if name.endswith(".json") else "", encoding="utf-8")
        code, out, err = run(command, str(path))
        assert code == 0
        assert out
        assert err == f"trainerframework: warning: {path} {warning}\n"


class TestUntrustedText:
    """Text from files and standard input reaches a terminal with its control characters escaped."""

    ESC = "\x1b]0;owned\x07\x1b[2J\r\x9b31m"

    def test_profile_narrative(self, tmp_path: Path) -> None:
        path = tmp_path / "story.txt"
        path.write_text(f"I observe lessons and give feedback.{self.ESC} I mentor new trainers.\n")
        code, out, _ = run("profile", str(path))
        assert code == 0
        assert not any(c in out for c in "\x1b\x07\r\x9b")
        assert "\\x1b]0;owned\\x07\\x1b[2J" in out  # (the narrative reader reads a CR as a line end)
        assert "\\x9b31m" in out

    def test_match_stdin(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO(f"I observe lessons{self.ESC}\nI plan courses\x1b[1A\n"))
        code, out, _ = run("match", "-")
        assert code == 0
        assert "\x1b" not in out
        assert "> I observe lessons\\x1b]0;owned" in out
        code, out, _ = run("match", f"I observe lessons{self.ESC}", "--json")
        assert "\x1b" not in out
        assert "\x9b" not in out
        assert json.loads(out)[0]["statement"].endswith(self.ESC)  # JSON escapes, and keeps, every character

    def test_errors(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.csv"
        path.write_text(f"descriptor,judgement\nobservation.lead.1,yes{self.ESC}\n")
        code, _, err = run("profile", str(path))
        assert code == 1
        assert "\x1b" not in err
        assert "\x07" not in err

    def test_markdown_escapes_html(self, tmp_path: Path) -> None:
        from trainerframework._model._format import framework_to_document

        doc = framework_to_document(tfw.load_framework())
        doc["categories"][0]["name"] = "<script>alert(1)</script> & co"
        doc["descriptors"][0]["text"] = '<img src=x onerror="alert(1)"> a|b\x1b[2J'
        path = tmp_path / "fw.json"
        path.write_text(json.dumps(doc))
        code, out, _ = run("--framework", str(path), "export", "--format", "markdown")
        assert code == 0
        assert "<script>" not in out
        assert "<img" not in out
        assert "## &lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in out
        assert '&lt;img src=x onerror="alert(1)"&gt; a\\|b\\x1b[2J' in out


class TestReadme:
    """The README's command list and docs command are what a new user can run."""

    def test_lists_every_command_and_builds_docs_in_the_venv(self) -> None:
        from trainerframework._cli import _COMMANDS

        readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
        listed = readme.split("lists the commands:", 1)[1].split(".\n", 1)[0]
        assert set(re.findall(r"`(\w[\w-]*)`", listed)) == set(_COMMANDS)
        assert "`.venv/bin/python -m sphinx -W -b html docs docs/_build/html`" in readme
        assert "`python -m sphinx" not in readme


class TestWordsForTrainers:
    """Plain words in trainer-facing output: no seed numbers, class names, bare figures or wrong plurals."""

    def test_profile_priorities_say_how_near_in_words(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.json"
        path.write_text(json.dumps({"individuals.teacher-to-trainer.1": "met"}), encoding="utf-8")
        _, out, _ = run("profile", str(path))
        section = out.split("Development priorities (nearest to attaining first)", 1)[1]
        assert "gap " not in section
        assert "1 more statement of this stage met here would attain it" in section
        assert "nothing judged here yet: judge these statements first" in section
        assert "(implied by" not in out

    def test_narrative_profile_marks_implied_credits(self) -> None:
        _, out, _ = run("profile", str(Path(__file__).resolve().parent.parent / "examples" / "narrative.txt"))
        assert "(implied by " in out

    def test_no_seed_numbers_or_class_names(self, tmp_path: Path) -> None:
        path = tmp_path / "ayesha.txt"
        path.write_text(tfw.load_framework().example("ayesha").text, encoding="utf-8")
        _, help_text, _ = run("--help")
        _, plan_text, _ = run("plan", str(path), "--levels", "1,2", "--goals", "1")
        ratings = tmp_path / "r.csv"
        ratings.write_text("statement,rating\n1a,embedded\n", encoding="utf-8")
        _, review_text, _ = run("review", str(ratings))
        for text in (help_text, plan_text, review_text):
            for word in ("seed 0", "Seed 0", "DevelopmentPlan", "(untitled", " 1 goals", " 1 statements"):
                assert word not in text
        assert review_text.startswith("CPD review: 1 statement rated\n  1. Section 1: 1.00")
        assert plan_text.startswith("Development plan: 1 goal over 24 weeks\n")
