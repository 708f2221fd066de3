from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.subprocess]  # builds a wheel in a new interpreter


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (path,) = out.glob("trainerframework-*.whl")
    return path


class TestWheel:
    """The built wheel ships the data files, py.typed and the console script."""

    def test_contents(self, wheel: Path) -> None:
        names = set(zipfile.ZipFile(wheel).namelist())
        assert "trainerframework/py.typed" in names
        for data in ("trainer-framework.json", "lexicon.toml", "calibration.json", "stopwords.txt"):
            assert f"trainerframework/data/{data}" in names
        assert "trainerframework/__init__.py" in names
        assert "trainerframework/__init__.pyi" in names  # the name table: the package cannot start without it
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        text = zipfile.ZipFile(wheel).read(entry_points).decode()
        assert "trainerframework = trainerframework.__main__:main" in text
