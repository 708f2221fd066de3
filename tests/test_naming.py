"""One naming scheme: ``X.bundled()``, ``X.load(path)``, ``X.from_document(doc)``, ``fw`` for the framework.

The former spelling of the framework keyword (``framework=``) still works, with
a DeprecationWarning naming the new one, until the release ``REMOVED_IN`` says.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

import trainerframework as tfw
from trainerframework._base._renamed import REMOVED_IN

FW = tfw.load_framework()
DOCUMENTS = [tfw.WordModel, tfw.Calibration, tfw.ScorerWeights]


class TestLoading:
    @pytest.mark.parametrize("cls", [tfw.Framework, tfw.Lexicon, tfw.ActivityMap, *DOCUMENTS])
    def test_every_bundled_document_has_bundled_load_and_from_document(self, cls: type) -> None:
        for name in ("bundled", "load", "from_document"):
            assert callable(getattr(cls, name)), f"{cls.__name__}.{name}"

    @pytest.mark.parametrize("cls", DOCUMENTS)
    def test_load_reads_what_to_document_writes(self, cls: type, tmp_path: Path) -> None:
        path = tmp_path / "doc.json"
        path.write_text(json.dumps(cls.bundled().to_document()), encoding="utf-8")
        assert cls.load(path) == cls.bundled()

    @pytest.mark.parametrize("cls", DOCUMENTS)
    def test_load_names_the_file_and_the_place(self, cls: type, tmp_path: Path) -> None:
        path = tmp_path / "bad.json"
        path.write_text('{"schema_version": 1,\n "x": }', encoding="utf-8")
        with pytest.raises(tfw.InvalidInputError, match=rf"{path.name}:2: not valid JSON"):
            cls.load(path)
        with pytest.raises(tfw.InputFileError, match=r"missing\.json"):
            cls.load(tmp_path / "missing.json")

    def test_framework_bundled_and_load_are_load_framework(self, tmp_path: Path) -> None:
        assert tfw.Framework.bundled() is tfw.load_framework()
        path = tmp_path / "fw.json"
        path.write_text(json.dumps(FW.to_document()), encoding="utf-8")
        assert tfw.Framework.load(path) == tfw.load_framework(path) == FW


class TestTheFrameworkArgument:
    def test_every_public_function_spells_it_fw(self) -> None:
        spelled = set()
        for name in tfw.__all__:
            obj = getattr(tfw, name)
            if inspect.isfunction(obj):
                spelled |= {p for p in inspect.signature(obj).parameters if p in {"fw", "framework"}}
                params = inspect.signature(obj).parameters
                if "framework" in params:  # the deprecated alias, kept beside fw only
                    assert "fw" in params, name
        assert "fw" in spelled

    def test_the_old_keyword_warns_and_still_works(self, tmp_path: Path) -> None:
        path = tmp_path / "e.json"
        path.write_text(json.dumps({FW.descriptors[0].id: "met"}), encoding="utf-8")
        with pytest.warns(
            DeprecationWarning, match=r"read_evidence\(framework=\.\.\.\) is deprecated: pass fw="
        ):
            old = tfw.read_evidence(path, framework=FW)
        assert old == tfw.read_evidence(path, fw=FW)
        p = tfw.profile(FW, old)
        with pytest.warns(DeprecationWarning, match=rf"goes in {REMOVED_IN}"):
            assert tfw.loads(tfw.dumps(p), tfw.Profile, framework=FW) == p

    def test_both_spellings_at_once_are_refused(self, tmp_path: Path) -> None:
        with pytest.raises(TypeError, match=r"loads\(\) got both fw= and framework="):
            tfw.loads("{}", tfw.Profile, fw=FW, framework=FW)
