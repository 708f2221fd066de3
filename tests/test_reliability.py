"""Issue 12: lossless files, bounded reads, clear errors instead of crashes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, ClassVar

import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._base._cells import restored
from trainerframework._cli import main

from .samples import MINI

FW = tfw.load_framework()
D1, D2 = "observation.lead.1", "training.autonomous.1"
DEEP = "[" * 994 + "]" * 994

# ids and notes that a spreadsheet or csv.writer may well produce; not ones that start like
# the formula guard our writers add ("'" then "=", "@", "'" ...), which the readers take away
# (docs/files.md; test_a_guard_like_start_is_read_as_the_guard below)
cells = st.text(
    st.characters(codec="utf-8", exclude_characters="\x00"),
    min_size=1,
    max_size=12,
).filter(lambda s: s != "" and restored(s) == s)


class TestCsvKeepsWhatWasWritten:
    @given(st.dictionaries(cells, cells, min_size=1, max_size=5))
    def test_cohort_csv_round_trip(self, notes: dict[str, str]) -> None:
        """Ids and notes with commas, quotes, line breaks, leading spaces and unicode come back exactly."""
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(["trainer", "descriptor", "judgement", "note"])
        for tid, note in notes.items():
            writer.writerow([tid, D1, "met", note])
        cohort = tfw.Cohort.parse_csv(buffer.getvalue())
        assert cohort.ids == tuple(notes)
        assert {tid: cohort[tid].evidence.items[0].note for tid in cohort.ids} == notes

    def test_a_guard_like_start_is_read_as_the_guard(self) -> None:
        text = f"trainer,descriptor,judgement,note\r\nT1,{D1},met,'@home\r\nT2,{D1},met,'home\r\n"
        cohort = tfw.Cohort.parse_csv(text)
        assert [cohort[t].evidence.items[0].note for t in cohort.ids] == ["@home", "'home"]

    def test_file_keeps_windows_line_breaks_inside_cells(self, tmp_path: Path) -> None:
        path = tmp_path / "c.csv"
        path.write_bytes(f'trainer,descriptor,judgement,note\r\n" T1",{D1},met,"a\r\nb"\r\n'.encode())
        cohort = tfw.Cohort.from_csv(path)
        assert cohort.ids == (" T1",)
        assert cohort[" T1"].evidence.items[0].note == "a\r\nb"
        ev = path.with_name("ev.csv")
        ev.write_bytes(f'descriptor,judgement,note\r\n{D1},met,"x\r\ny"\r\n'.encode())
        assert tfw.read_evidence(ev).items[0].note == "x\r\ny"

    def test_cell_over_the_csv_limit_is_a_clear_error(self, tmp_path: Path) -> None:
        path = tmp_path / "ev.csv"
        path.write_text(
            f"descriptor,judgement,note\n{D1},met,ok\n{D2},met,{'x' * 200_000}\n", encoding="utf-8"
        )
        with pytest.raises(tfw.InvalidInputError) as exc:
            tfw.read_evidence(path)
        assert [str(p) for p in exc.value.problems] == [
            f"{path}:3: cannot read this row: field larger than field limit (131072)"
        ]
        with pytest.raises(tfw.InvalidInputError, match="cannot read the header"):
            tfw.Cohort.parse_csv("trainer," + "y" * 200_000 + "\n")


class TestBoundedReads:
    def test_devices_are_refused(self) -> None:
        with pytest.raises(tfw.InputFileError, match="cannot read file '/dev/zero': not a regular file"):
            tfw.read_evidence("/dev/zero")
        with pytest.raises(tfw.InputFileError, match="not a regular file"):
            tfw.load_framework("/dev/zero")
        with pytest.raises(tfw.InputFileError, match="not a regular file"):
            tfw.Cohort.from_csv("/dev/zero")

    def test_size_limit_is_documented_and_overridable(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path = tmp_path / "ev.json"
        path.write_text(json.dumps({D1: "met"}), encoding="utf-8")
        monkeypatch.setenv("TRAINERFRAMEWORK_MAX_INPUT_BYTES", "10")
        with pytest.raises(
            tfw.InputFileError, match=r"larger than 10 bytes \(set TRAINERFRAMEWORK_MAX_INPUT_BYTES"
        ):
            tfw.read_evidence(path)
        monkeypatch.setenv("TRAINERFRAMEWORK_MAX_INPUT_BYTES", "lots")
        with pytest.raises(tfw.InputFileError, match="must be a whole number of bytes, not 'lots'"):
            tfw.read_evidence(path)
        monkeypatch.setenv("TRAINERFRAMEWORK_MAX_INPUT_BYTES", str(path.stat().st_size))
        assert len(tfw.read_evidence(path)) == 1

    @pytest.mark.parametrize("bad", [3, True, None, 2.5])
    def test_paths_must_be_paths(self, bad: object) -> None:
        for read in (tfw.read_evidence, tfw.load_framework, tfw.Cohort.from_csv, tfw.Cohort.from_jsonl):
            if bad is None and read is tfw.load_framework:
                continue  # None is the bundled framework
            with pytest.raises(TypeError, match=r"os\.PathLike"):
                read(bad)  # type: ignore[operator]

    def test_nul_in_path(self) -> None:
        with pytest.raises(tfw.InputFileError, match="cannot read file 'a\\\\x00b'"):
            tfw.read_evidence("a\x00b")

    def test_stdin_must_be_utf8(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"I observe \xff teachers\n")))
        out, err = io.StringIO(), io.StringIO()
        assert main(["match", "-"], out=out, err=err) == 1
        assert err.getvalue() == (
            "trainerframework: error: cannot read standard input: "
            "not UTF-8 text (invalid start byte at byte 10)\n"
        )


class TestDeepNesting:
    def test_every_json_reader_says_too_deep(self, tmp_path: Path) -> None:
        path = tmp_path / "deep.json"
        path.write_text(DEEP, encoding="utf-8")
        calls = [
            (lambda: tfw.read_evidence(path), tfw.InvalidInputError),
            (lambda: tfw.load_framework(path), tfw.InvalidFrameworkError),
            (lambda: tfw.loads(DEEP, tfw.Framework), tfw.SerializationError),
            (lambda: tfw.Cohort.parse_jsonl(DEEP), tfw.InvalidInputError),
        ]
        for call, error in calls:
            with pytest.raises(error) as exc:
                call()
            assert "nested too deeply to read" in str(exc.value)

    def test_toml_too(self, tmp_path: Path) -> None:
        path = tmp_path / "deep.toml"
        path.write_text("a = " + "[" * 5000 + "]" * 5000, encoding="utf-8")
        with pytest.raises(tfw.InvalidFrameworkError, match="nested too deeply"):
            tfw.load_framework(path)
        with pytest.raises(tfw.InvalidInputError, match="nested too deeply"):
            tfw.Lexicon.load(path)

    def test_cli(self, tmp_path: Path) -> None:
        path = tmp_path / "deep.json"
        path.write_text(DEEP, encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        assert main(["profile", str(path)], out=out, err=err) == 1
        assert "nested too deeply" in err.getvalue()
        assert "Traceback" not in err.getvalue()


class TestEmptyCohortKeepsItsFramework:
    def test_readers_given_a_framework(self) -> None:
        for cohort in (
            tfw.Cohort.parse_csv("trainer,descriptor,judgement\n", MINI),
            tfw.Cohort.parse_jsonl("", MINI),
            tfw.Cohort.from_evidence({}, MINI),
            tfw.Cohort.synthetic(0, fw=MINI),
        ):
            assert cohort.framework is MINI
            assert set(cohort.stage_distribution()["cat"]) >= {"novice", "expert"}
            assert cohort.progress(cohort).keys[:2] == ("novice", "expert")

    def test_round_trips(self) -> None:
        empty = tfw.Cohort((), framework=MINI)
        assert tfw.loads(tfw.dumps(empty), tfw.Cohort).framework == MINI
        conv = cattrs.Converter()
        tfw.configure_converter(conv)
        assert conv.structure(conv.unstructure(empty), tfw.Cohort).framework == MINI
        assert tfw.Cohort(()).framework is FW

    def test_members_decide(self) -> None:
        p = tfw.profile(MINI, {"cat.novice.1": "met"})
        assert tfw.Cohort({"a": p}, framework=MINI) == tfw.Cohort({"a": p})
        assert "framework" not in json.loads(tfw.dumps(tfw.Cohort({"a": p}, framework=MINI)))["data"]
        with pytest.raises(tfw.InvalidInputError, match="the profiles were made against 'mini', not "):
            tfw.Cohort({"a": p}, framework=FW)
        with pytest.raises(TypeError, match="framework must be a Framework, not str"):
            tfw.Cohort((), framework="mini")  # type: ignore[arg-type]


class TestDegenerateFrameworks:
    DOC: ClassVar[dict[str, Any]] = {
        "schema_version": 1,
        "framework": {"id": "m", "name": "M"},
        "stages": [{"id": "a", "name": "A"}],
        "categories": [{"id": "c", "name": "C"}],
        "descriptors": [{"id": "d", "category": "c", "stage": "a", "text": "The of and."}],
    }

    def test_no_categories_is_refused_at_load(self) -> None:
        with pytest.raises(tfw.InvalidFrameworkError) as exc:
            tfw.Framework.from_document({**self.DOC, "categories": [], "descriptors": []})
        assert [str(p) for p in exc.value.problems] == [
            "$.categories: a framework needs at least one category"
        ]

    def test_descriptors_without_content_words_still_match(self) -> None:
        fw = tfw.Framework.from_document(self.DOC)
        (best,) = tfw.match(fw, "I observe teachers", limit=1)
        assert best.descriptor.id == "d"


class TestWrongTypedArguments:
    """Public functions say which argument has the wrong type (TypeError), not fail inside."""

    def test_messages(self) -> None:
        with pytest.raises(TypeError, match=r"^limit must be an int, not str$"):
            tfw.match(FW, "I observe teachers", limit="3")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"^limit must be an int, not bool$"):
            tfw.match(FW, "I observe teachers", limit=True)
        with pytest.raises(TypeError, match=r"^descriptor must be a Descriptor or a descriptor id, not int$"):
            FW.next_steps(5)  # type: ignore[arg-type]
        with pytest.raises(
            TypeError, match=r"^concepts must be a mapping of concept to a list of terms, not int$"
        ):
            tfw.Lexicon.bundled().extended(5)  # type: ignore[arg-type]
        with pytest.raises(tfw.InvalidRulesError, match="invalid min_score None"):
            tfw.profile_text(FW, "I observe teachers.", min_score=None)  # type: ignore[arg-type]
        with pytest.raises(tfw.InvalidRulesError, match="invalid source weights None"):
            tfw.Rules(source_weights=None)  # type: ignore[arg-type]


class TestCustomFrameworkThroughTheCommandLine:
    def test_export_and_load_again(self, tmp_path: Path) -> None:
        """A TOML framework without provenance exports as JSON that loads equal (it failed before)."""
        mine = tmp_path / "mine.toml"
        mine.write_text(
            'schema_version = 1\n[framework]\nid = "mentoring"\nname = "Mentoring"\n'
            '[[stages]]\nid = "new"\nname = "New"\n[[stages]]\nid = "experienced"\nname = "Experienced"\n'
            '[[categories]]\nid = "listening"\nname = "Listening"\n'
            '[[descriptors]]\nid = "listening.new.1"\ncategory = "listening"\nstage = "new"\n'
            'text = "Listens to the mentee."\n',
            encoding="utf-8",
        )
        out, err = io.StringIO(), io.StringIO()
        assert main(["--framework", str(mine), "export", "--format", "json"], out=out, err=err) == 0
        exported = tmp_path / "e.json"
        exported.write_text(out.getvalue(), encoding="utf-8")
        assert tfw.load_framework(exported) == tfw.load_framework(mine)
        assert main(["--framework", str(exported), "show"], out=io.StringIO(), err=err) == 0
        assert err.getvalue() == ""


class TestCsvDialects:
    def test_excel_bom_old_mac_line_ends_and_padded_codes(self, tmp_path: Path) -> None:
        """Excel's byte-order mark, lone carriage returns, blanks around codes: read; notes kept exactly."""
        path = tmp_path / "ev.csv"
        path.write_text(
            f"\ufeffdescriptor,judgement,note\r {D1} , met ,  kept \r", encoding="utf-8", newline=""
        )
        (item,) = tfw.read_evidence(path)
        assert (item.descriptor_id, item.judgement, item.note) == (D1, tfw.Judgement.MET, "  kept ")
        cohort = tmp_path / "c.csv"
        cohort.write_text(
            f"\ufefftrainer,descriptor,judgement\r\n T1 ,{D1},met\r\n", encoding="utf-8", newline=""
        )
        assert tfw.Cohort.from_csv(cohort).ids == (" T1 ",)
