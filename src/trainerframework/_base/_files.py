"""Writing files so that nothing is destroyed: the one way the library and the command line write a file.

:func:`write_file` takes the whole content first (so an encoding failure
happens before anything is opened), writes it to a temporary file in the
target's folder, flushes and fsyncs it, and only then moves it over the
target with :func:`os.replace`, an atomic rename. On any failure (a full
disk, no permission, an interrupt) the temporary file is removed and the old
file is left byte for byte as it was; a process killed mid-write leaves at
most a stray ``.<name>.<random>.tmp`` beside it, never a truncated target.
:func:`write_folder` does the same for a folder of files (a partitioned
Parquet dataset), file by file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from ..exceptions import OutputExistsError, OutputFileError

__all__ = ["write_file", "write_folder"]

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__


def _failed(label: str, exc: BaseException) -> OutputFileError:
    return OutputFileError(f"cannot write {label}: {_reason(exc)}")


def write_file(
    path: str | os.PathLike[str], data: bytes | str, *, overwrite: bool = True, what: str = "file"
) -> None:
    """Write ``data`` (text is encoded as UTF-8) to ``path`` atomically: all of it, or nothing changes.

    With ``overwrite=False`` an existing file is an :class:`OutputExistsError`
    and is not touched. A symbolic link is followed (the file it points to is
    replaced); a device or a pipe (``/dev/stdout``) is written to directly,
    since there is no file to keep.

    Raises:
        OutputFileError: the file cannot be written; the message names it and
            says why (no such folder, a directory, no permission, disk full,
            text that UTF-8 cannot encode). A file already there is unchanged.
        OutputExistsError: ``overwrite=False`` and the file exists.

    """
    if isinstance(path, bool | int) or not isinstance(path, str | os.PathLike):
        msg = f"path must be a str or os.PathLike, not {type(path).__name__}"
        raise TypeError(msg)
    name = os.fspath(path)
    label = f"{what} {name!r}"
    if isinstance(data, str):
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start : exc.end]
            msg = f"cannot write {label}: the text holds {bad!r} at {exc.start}, which UTF-8 cannot encode"
            raise OutputFileError(msg) from None
    try:
        target = os.path.realpath(name) if os.path.islink(name) else name
        try:
            info: os.stat_result | None = os.stat(target)
        except FileNotFoundError:
            info = None
        folder = os.path.dirname(os.path.abspath(target))
        if info is not None and stat.S_ISDIR(info.st_mode):
            msg = f"cannot write {label}: it is a folder"
            raise OutputFileError(msg)
        if info is not None and not overwrite:
            msg = (
                f"{label} already exists (give overwrite=True, or --force on the command line, to replace it)"
            )
            raise OutputExistsError(msg)
        if info is not None and not stat.S_ISREG(info.st_mode):  # a device or a pipe: nothing to keep
            with open(target, "wb") as stream:
                stream.write(data)
            return
        if not os.path.isdir(folder):
            msg = f"cannot write {label}: no folder {folder!r}"
            raise OutputFileError(msg)
        _replace(target, folder, data, None if info is None else stat.S_IMODE(info.st_mode), overwrite)
    except OutputFileError:
        raise
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        raise _failed(label, exc) from None


def _replace(target: str, folder: str, data: bytes, mode: int | None, overwrite: bool) -> None:
    """Write a temporary file in ``folder``, fsync it, and rename it over ``target``."""
    base = os.path.basename(target)
    while True:
        temporary = os.path.join(folder, f".{base}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(temporary, _FLAGS, 0o666)  # the umask applies, as for any new file
            break
        except FileExistsError:  # pragma: no cover - 32 random bits
            continue
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:  # a replaced file keeps its permissions (a private 0600 file stays private)
            os.chmod(temporary, mode)
        if overwrite:
            os.replace(temporary, target)
        else:
            _link(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync(folder)


def _link(temporary: str, target: str) -> None:
    """Put ``temporary`` at ``target`` only if nothing is there (a hard link fails if it is), then drop it."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        msg = f"file {target!r} already exists (give overwrite=True, or --force, to replace it)"
        raise OutputExistsError(msg) from None
    except OSError:  # a file system without hard links: check, then rename
        if os.path.lexists(target):
            msg = f"file {target!r} already exists (give overwrite=True, or --force, to replace it)"
            raise OutputExistsError(msg) from None
        os.replace(temporary, target)
        return
    os.unlink(temporary)


def _sync(folder: str) -> None:
    """Make the rename itself durable (POSIX); a platform that cannot open folders skips it."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # pragma: no cover - Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse to fsync a folder
        pass
    finally:
        os.close(fd)


def write_folder(path: str | os.PathLike[str], build: Callable[[str], None], *, what: str = "folder") -> None:
    """Fill the folder ``path`` with the files ``build(temporary_folder)`` writes, each moved in atomically.

    ``build`` writes into a new temporary folder beside ``path``; then every
    file is moved to the same place under ``path`` with :func:`os.replace`
    (subfolders are made as needed), so a reader of ``path`` never sees a
    half-written file and files already there that ``build`` did not write
    are kept. On failure the temporary folder is removed.
    """
    name = os.fspath(path)
    label = f"{what} {name!r}"
    root = Path(name)
    parent = root.absolute().parent
    if root.exists() and not root.is_dir():
        msg = f"cannot write {label}: it is a file, not a folder"
        raise OutputFileError(msg)
    if not parent.is_dir():
        msg = f"cannot write {label}: no folder {str(parent)!r}"
        raise OutputFileError(msg)
    temporary = parent / f".{root.name}.{secrets.token_hex(4)}.tmp"
    try:
        temporary.mkdir()
        build(str(temporary))
        for file in sorted(p for p in temporary.rglob("*") if p.is_file()):
            with open(file, "rb") as stream:
                os.fsync(stream.fileno())
            destination = root / file.relative_to(temporary)
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.replace(file, destination)
            _sync(str(destination.parent))
    except OSError as exc:
        raise _failed(label, exc) from None
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
