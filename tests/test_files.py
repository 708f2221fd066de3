"""Writes that never destroy, and a command line that fails in one line (issue 22)."""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import trainerframework as tfw
from trainerframework._base import _files
from trainerframework._base._files import write_file, write_folder
from trainerframework._cli import main

FW = tfw.load_framework()
OLD = b"old content, byte for byte\r\n"
ROOT = Path(__file__).resolve().parent.parent


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the next file written by the library fail half way with ENOSPC."""
    real = os.fdopen

    class HalfWritten:
        def __init__(self, stream: Any) -> None:
            self.stream = stream

        def __enter__(self) -> HalfWritten:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> int:
            self.stream.write(data[: len(data) // 2])
            self.stream.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        return HalfWritten(real(fd, *args, **kwargs))

    monkeypatch.setattr(_files.os, "fdopen", fdopen)


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


class TestWriteFile:
    """write_file: all or nothing, and a file already there survives every failure."""

    def test_new_and_replaced(self, tmp_path: Path) -> None:
        path = tmp_path / "out.csv"
        write_file(path, "first")
        write_file(path, b"second")
        assert path.read_bytes() == b"second"
        assert _only(tmp_path) == ["out.csv"]

    def test_disk_full_keeps_old_file(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        path = tmp_path / "out.csv"
        path.write_bytes(OLD)
        _full_disk(monkeypatch)
        with pytest.raises(
            tfw.OutputFileError, match=r"cannot write file '.*out\.csv': No space left on device"
        ):
            write_file(path, "new" * 1000)
        assert path.read_bytes() == OLD
        assert _only(tmp_path) == ["out.csv"]  # the temporary file is gone

    def test_fsync_failure_keeps_old_file(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        path = tmp_path / "out.csv"
        path.write_bytes(OLD)

        def fsync(fd: int) -> None:
            raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(_files.os, "fsync", fsync)
        with pytest.raises(tfw.OutputFileError, match="Input/output error"):
            write_file(path, "new")
        assert path.read_bytes() == OLD
        assert _only(tmp_path) == ["out.csv"]

    def test_interrupt_keeps_old_file(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        path = tmp_path / "out.csv"
        path.write_bytes(OLD)

        def replace(*args: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(_files.os, "replace", replace)
        with pytest.raises(KeyboardInterrupt):
            write_file(path, "new")
        assert path.read_bytes() == OLD
        assert _only(tmp_path) == ["out.csv"]

    def test_unencodable_text_opens_nothing(self, tmp_path: Path) -> None:
        path = tmp_path / "out.csv"
        path.write_bytes(OLD)
        with pytest.raises(tfw.OutputFileError, match=r"holds '\\ud800' at 2, which UTF-8 cannot encode"):
            write_file(path, "ab\ud800")
        assert path.read_bytes() == OLD

    def test_no_overwrite(self, tmp_path: Path) -> None:
        path = tmp_path / "out.csv"
        path.write_bytes(OLD)
        with pytest.raises(tfw.OutputExistsError, match=r"file '.*out\.csv' already exists") as info:
            write_file(path, "new", overwrite=False)
        assert isinstance(info.value, FileExistsError)
        assert path.read_bytes() == OLD
        assert _only(tmp_path) == ["out.csv"]
        write_file(tmp_path / "new.csv", "new", overwrite=False)
        assert (tmp_path / "new.csv").read_text() == "new"

    def test_folder_missing_or_a_folder(self, tmp_path: Path) -> None:
        with pytest.raises(tfw.OutputFileError, match="no folder"):
            write_file(tmp_path / "missing" / "out.csv", "x")
        with pytest.raises(tfw.OutputFileError, match="it is a folder"):
            write_file(tmp_path, "x")
        with pytest.raises(tfw.OutputFileError, match="cannot write file"):
            write_file(str(tmp_path / "nul\0.csv"), "x")

    @pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anywhere")
    def test_read_only_folder(self, tmp_path: Path) -> None:
        path = tmp_path / "out.csv"
        path.write_bytes(OLD)
        tmp_path.chmod(0o500)
        try:
            with pytest.raises(tfw.OutputFileError, match="Permission denied"):
                write_file(path, "new")
        finally:
            tmp_path.chmod(0o700)
        assert path.read_bytes() == OLD

    @pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
    def test_keeps_permissions_and_follows_links(self, tmp_path: Path) -> None:
        path = tmp_path / "private.csv"
        path.write_bytes(OLD)
        path.chmod(0o600)
        link = tmp_path / "link.csv"
        link.symlink_to(path)
        write_file(link, "new")
        assert link.is_symlink()
        assert path.read_text() == "new"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    @pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
    def test_device_written_through(self) -> None:
        write_file("/dev/null", "x")
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)

    def test_type_error(self) -> None:
        with pytest.raises(TypeError, match=r"path must be a str or os\.PathLike, not int"):
            write_file(3, "x")  # type: ignore[arg-type]


class TestWriteFolder:
    """write_folder: files appear whole, files already there are kept, a failure leaves nothing behind."""

    def test_moves_files_in(self, tmp_path: Path) -> None:
        root = tmp_path / "data"
        (root / "a").mkdir(parents=True)
        (root / "a" / "old.txt").write_text("old")

        def build(folder: str) -> None:
            Path(folder, "a").mkdir()
            Path(folder, "a", "new.txt").write_text("new")

        write_folder(root, build)
        assert (root / "a" / "old.txt").read_text() == "old"
        assert (root / "a" / "new.txt").read_text() == "new"
        assert _only(tmp_path) == ["data"]

    def test_failure(self, tmp_path: Path) -> None:
        def build(folder: str) -> None:
            Path(folder, "part.txt").write_text("half")
            raise OSError(errno.ENOSPC, "No space left on device")

        with pytest.raises(tfw.OutputFileError, match=r"cannot write folder .*No space left on device"):
            write_folder(tmp_path / "data", build)
        assert _only(tmp_path) == []
        (tmp_path / "file").write_text("x")
        with pytest.raises(tfw.OutputFileError, match="it is a file, not a folder"):
            write_folder(tmp_path / "file", build)
        with pytest.raises(tfw.OutputFileError, match="no folder"):
            write_folder(tmp_path / "missing" / "data", build)


class TestWriters:
    """Every writer of the library goes through write_file: an old file survives a full disk."""

    @pytest.mark.parametrize(
        "write",
        [
            lambda path: tfw.Cohort.synthetic(3).to_csv(path),
            lambda path: tfw.self_assessment_template(FW, path, format="csv", overwrite=True),
            lambda path: tfw.self_assessment_template(FW, path, overwrite=True),
            lambda path: tfw.Cohort.synthetic(3).write_parquet(path),
        ],
        ids=["to_csv", "template-csv", "template-xlsx", "parquet"],
    )
    def test_disk_full(
        self, write: Callable[[Path], object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        pytest.importorskip("pyarrow")
        pytest.importorskip("openpyxl")
        path = tmp_path / "out"
        path.write_bytes(OLD)
        _full_disk(monkeypatch)
        with pytest.raises(tfw.OutputFileError, match="No space left on device"):
            write(path)
        assert path.read_bytes() == OLD
        assert _only(tmp_path) == ["out"]

    def test_to_csv_surrogate(self, tmp_path: Path) -> None:
        path = tmp_path / "out.csv"
        path.write_bytes(OLD)
        cohort = tfw.Cohort({"T\ud800": tfw.profile(FW, {})})
        with pytest.raises(tfw.OutputFileError, match="UTF-8 cannot encode"):
            cohort.to_csv(path)
        assert path.read_bytes() == OLD

    def test_template_refuses_to_overwrite(self, tmp_path: Path) -> None:
        path = tmp_path / "filled.xlsx"
        path.write_bytes(OLD)
        with pytest.raises(tfw.OutputExistsError, match=r"template '.*filled\.xlsx' already exists"):
            tfw.self_assessment_template(FW, path)
        assert path.read_bytes() == OLD
        data = tfw.self_assessment_template(FW, path, overwrite=True)
        assert path.read_bytes() == data

    def test_parquet_dataset(self, tmp_path: Path) -> None:
        pq = pytest.importorskip("pyarrow.parquet")
        cohort = tfw.Cohort.synthetic(3)
        cohort.write_parquet(tmp_path / "ds", partition_by=["level"])
        assert _only(tmp_path) == ["ds"]
        assert pq.read_table(tmp_path / "ds").num_rows == len(cohort.to_records())


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


class TestCliWrites:
    """template: refuses to replace a file without --force; every failure is one line naming the path."""

    def test_force(self, tmp_path: Path) -> None:
        path = tmp_path / "t.csv"
        path.write_bytes(OLD)
        code, out, err = run("template", str(path), "--format", "csv")
        assert (code, out) == (1, "")
        assert err == (
            f"trainerframework: error: template {str(path)!r} already exists "
            "(give overwrite=True, or --force on the command line, to replace it)\n"
        )
        assert path.read_bytes() == OLD
        code, out, err = run("template", str(path), "--format", "csv", "--force")
        assert code == 0
        assert path.read_bytes() == tfw.self_assessment_template(FW, format="csv")

    @pytest.mark.parametrize(
        ("target", "reason"),
        [("missing/t.xlsx", "no folder"), (".", "it is a folder")],
    )
    def test_failures(self, tmp_path: Path, target: str, reason: str) -> None:
        path = tmp_path / target
        code, out, err = run("template", str(path), "--force")
        assert (code, out) == (1, "")
        assert err.startswith(f"trainerframework: error: cannot write template {str(path)!r}: {reason}")
        assert err.count("\n") == 1

    def test_disk_full(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        path = tmp_path / "t.csv"
        path.write_bytes(OLD)
        _full_disk(monkeypatch)
        code, _, err = run("template", str(path), "--format", "csv", "--force")
        assert code == 1
        assert (
            err == f"trainerframework: error: cannot write template {str(path)!r}: No space left on device\n"
        )
        assert path.read_bytes() == OLD


def _cli(
    *argv: str, redirect: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed command line in a shell (for redirections such as >&-)."""
    command = " ".join([f"'{sys.executable}'", "-m", "trainerframework", *argv]) + redirect
    return subprocess.run(
        ["/bin/sh", "-c", command],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


@pytest.mark.slow
@pytest.mark.subprocess
@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="a POSIX shell")
class TestStreams:
    """A full, closed or narrow standard stream: one line on standard error, exit 1, no traceback."""

    @pytest.mark.parametrize(
        ("argv", "shell", "env", "message"),
        [
            (["export"], " > /dev/full", {}, "cannot write to standard output: No space left on device"),
            (["show"], " >&-", {}, "cannot write to standard output: it is closed"),
            (["match", "-"], " <&-", {}, "cannot read standard input: it is closed"),
            (
                ["export", "--format", "json"],
                "",
                {"PYTHONIOENCODING": "ascii"},
                "cannot write to standard output: its encoding 'ascii' cannot hold",
            ),
            (
                ["template", "-", "--format", "csv"],
                " > /dev/full",
                {},
                "cannot write to standard output: No space left on device",
            ),
        ],
        ids=["dev-full", "closed-stdout", "closed-stdin", "ascii", "template-dev-full"],
    )
    def test_stream(self, argv: list[str], shell: str, env: dict[str, str], message: str) -> None:
        if shell.startswith(" > /dev/full") and not Path("/dev/full").exists():
            pytest.skip("no /dev/full")
        proc = _cli(*argv, redirect=shell, env=env)
        assert proc.returncode == 1
        assert proc.stderr.startswith(f"trainerframework: error: {message}")
        assert proc.stderr.count("\n") == 1
        assert "Traceback" not in proc.stderr

    def test_broken_pipe(self) -> None:
        proc = _cli("export", redirect=" | head -c 10 > /dev/null")
        assert proc.returncode == 0
        assert proc.stderr == ""


_KILLED_WRITER = """
import os
import sys
import time
import trainerframework as tfw

# a slow disk: 30 ms after each fsync, so that many kills land between writing
# the temporary file and moving it into place
_fsync = os.fsync
os.fsync = lambda fd: (_fsync(fd), time.sleep(0.03))[0]

path, kind = sys.argv[1], sys.argv[2]
if kind in ("csv", "parquet"):
    versions = [tfw.Cohort.synthetic(1500, seed=s) for s in (0, 1)]
    if kind == "csv":
        write = lambda i: versions[i % 2].to_csv(path)
    else:
        write = lambda i: versions[i % 2].write_parquet(path)
else:
    fw = tfw.load_framework()
    write = lambda i: tfw.self_assessment_template(fw, path, overwrite=True)
print("ready", flush=True)
i = 1
while True:
    write(i)
    i += 1
"""


def killed_writes(kind: str, folder: Path, runs: int, seed: int = 0) -> list[str]:
    """Kill a process that writes ``kind`` in a loop.

    ``csv``: a 1.3 MB ``Cohort.to_csv``; ``parquet``: ``Cohort.write_parquet`` of
    the same cohorts (whose bytes are the same from run to run); ``xlsx``: the
    self-assessment template.

    Before each run the target holds the first version, written by the library;
    the child rewrites it over and over (alternating versions, each fsync made
    30 ms slower, as on a slow disk) and is sent SIGKILL after a random delay
    of up to 0.4 s. Returns, per run, what was
    left: ``"old"``, ``"new"`` (the target is one complete version) and
    ``"+tmp"`` if a temporary file was left beside it (the kill landed inside
    a write). Any other target is an AssertionError.
    """
    import random
    import signal
    import time
    import zipfile

    rng = random.Random(seed)  # noqa: S311 - a delay, not a secret
    path = folder / f"out.{kind}"
    cohorts = [tfw.Cohort.synthetic(1500, seed=s) for s in (0, 1)] if kind != "xlsx" else []
    if kind == "csv":
        versions = [c.to_csv().encode("utf-8") for c in cohorts]
    elif kind == "parquet":
        versions = []
        for i, cohort in enumerate(cohorts):
            cohort.write_parquet(folder / f"version{i}.parquet")
            versions.append((folder / f"version{i}.parquet").read_bytes())
        rows = cohorts[0].to_arrow().num_rows
    if kind != "xlsx":
        assert versions[0] != versions[1]
    outcomes = []
    for _ in range(runs):
        for stray in folder.iterdir():
            stray.unlink()
        if kind == "xlsx":
            tfw.self_assessment_template(FW, path)
        else:
            path.write_bytes(versions[0])
        before = path.read_bytes()
        child = subprocess.Popen(
            [sys.executable, "-c", _KILLED_WRITER, str(path), kind], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        after = path.read_bytes()
        if kind == "parquet":
            import pyarrow.parquet as pq

            assert after in versions, f"a Parquet file that is neither version ({len(after):,} bytes)"
            assert pq.read_table(path).num_rows == rows  # it opens and reads
            state = "old" if after == before else "new"
        elif kind == "csv":
            assert after in versions, f"a CSV that is neither version ({len(after):,} bytes)"
            state = "old" if after == before else "new"
        else:
            with zipfile.ZipFile(path) as archive:
                assert archive.testzip() is None
            assert len(tfw.read_evidence(path)) == 0  # a complete template, nothing judged
            state = "old" if after == before else "new"
        others = [p.name for p in folder.iterdir() if p != path]
        assert all(n.startswith(f".{path.name}.") and n.endswith(".tmp") for n in others), others
        outcomes.append(state + ("+tmp" if others else ""))
    return outcomes


@pytest.mark.slow
@pytest.mark.subprocess
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
class TestKilledWrites:
    """A writer killed mid-write (SIGKILL) leaves the old file or the complete new one, never a part."""

    @pytest.mark.parametrize("kind", ["csv", "xlsx", "parquet"])
    def test_target_is_old_or_new(self, kind: str, tmp_path: Path) -> None:
        if kind == "xlsx":
            pytest.importorskip("openpyxl", reason="the XLSX template needs the xlsx extra")
        if kind == "parquet":
            pytest.importorskip("pyarrow", reason="Parquet needs the arrow extra")
        outcomes = killed_writes(kind, tmp_path, runs=4, seed=len(kind))
        assert len(outcomes) == 4
