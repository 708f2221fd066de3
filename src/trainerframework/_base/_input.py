"""Reading input files: bounded in size, regular files and pipes only, UTF-8 text.

Every reader of a user's file (framework, lexicon, evidence, cohort,
catalogue, review, workbook) opens it through :func:`read_text` or
:func:`check_input_file`, so one limit (``TRAINERFRAMEWORK_MAX_INPUT_BYTES``)
and one set of messages apply everywhere.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from ..exceptions import InputFileError

__all__ = [
    "DEFAULT_MAX_INPUT_BYTES",
    "check_input_file",
    "decode",
    "max_input_bytes",
    "read_bounded",
    "read_text",
    "spreadsheet_kind",
]

DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024
"""The largest input file read, unless ``TRAINERFRAMEWORK_MAX_INPUT_BYTES`` says otherwise."""


def max_input_bytes() -> int:
    """The input size limit: ``TRAINERFRAMEWORK_MAX_INPUT_BYTES`` if set, else 256 MiB."""
    raw = os.environ.get("TRAINERFRAMEWORK_MAX_INPUT_BYTES", "")
    try:
        return int(raw) if raw.strip() else DEFAULT_MAX_INPUT_BYTES
    except ValueError:
        msg = f"TRAINERFRAMEWORK_MAX_INPUT_BYTES must be a whole number of bytes, not {raw!r}"
        raise InputFileError(msg) from None


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls) and other OLE2 compound files
_ODS = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"  # stored first, uncompressed
_XLSX_PARTS = (b"[Content_Types].xml", b"xl/", b"docProps/", b"_rels/")


def spreadsheet_kind(head: bytes) -> str | None:
    """What spreadsheet a file is by its first bytes (128 are enough), or None for anything else.

    ``"an Excel 97-2003 workbook (.xls)"`` (an OLE2 file), ``"an OpenDocument
    spreadsheet (.ods)"`` (a zip archive whose first member is ``mimetype``
    holding the ODS media type), ``"an XLSX workbook"`` (a zip archive whose
    first member is an OOXML part) or ``"a zip archive"``.
    """
    if head.startswith(_OLE2):
        return "an Excel 97-2003 workbook (.xls)"
    if not head.startswith(b"PK\x03\x04"):
        return None
    if _ODS in head:
        return "an OpenDocument spreadsheet (.ods)"
    first = head[30:]  # the first member's name follows its 30-byte local header
    return "an XLSX workbook" if first.startswith(_XLSX_PARTS) else "a zip archive"


def decode(data: bytes, what: str, *, newline: str | None = None) -> str:
    """UTF-8 bytes as text (universal newlines unless ``newline=""``), or InputFileError naming ``what``."""
    limit = max_input_bytes()
    if len(data) > limit:
        msg = (
            f"cannot read {what}: larger than {limit:,} bytes "
            "(set TRAINERFRAMEWORK_MAX_INPUT_BYTES to raise the limit)"
        )
        raise InputFileError(msg)
    kind = spreadsheet_kind(data[:128])
    if kind is not None:
        msg = f"cannot read {what}: {kind}, not text (save a spreadsheet as CSV UTF-8)"
        raise InputFileError(msg)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"cannot read {what}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        raise InputFileError(msg) from None
    return text if newline == "" else text.replace("\r\n", "\n").replace("\r", "\n")


def read_bounded(stream: BinaryIO, what: str, *, newline: str | None = None) -> str:
    """At most the input size limit of a binary stream (standard input, a pipe), decoded."""
    return decode(stream.read(max_input_bytes() + 1), what, newline=newline)


def check_input_file(path: str | os.PathLike[str], what: str = "file") -> None:
    """InputFileError unless ``path`` is a regular file within the input size limit (for binary readers)."""
    name = f"{what} {os.fspath(path)!r}"
    try:
        info = os.stat(path)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        msg = f"cannot read {name}: {reason}"
        raise InputFileError(msg) from None
    if not stat.S_ISREG(info.st_mode):
        msg = f"cannot read {name}: not a regular file"
        raise InputFileError(msg)
    if info.st_size > max_input_bytes():
        msg = (
            f"cannot read {name}: larger than {max_input_bytes():,} bytes (TRAINERFRAMEWORK_MAX_INPUT_BYTES)"
        )
        raise InputFileError(msg)


def read_text(path: str | os.PathLike[str], what: str = "file", *, newline: str | None = None) -> str:
    """A UTF-8 file's text, or InputFileError naming the file and the reason.

    Only regular files and pipes are read (a device such as ``/dev/zero`` never
    ends), and at most :func:`max_input_bytes`. ``newline=""`` keeps line
    endings as written (a quoted CSV cell may hold a Windows line break).
    """
    if isinstance(path, bool | int) or not isinstance(path, str | os.PathLike):
        msg = f"path must be a str or os.PathLike, not {type(path).__name__}"
        raise TypeError(msg)
    name = f"{what} {os.fspath(path)!r}"
    try:
        with open(path, "rb") as f:
            mode = os.fstat(f.fileno()).st_mode
            if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
                msg = f"cannot read {name}: not a regular file"
                raise InputFileError(msg)
            return read_bounded(f, name, newline=newline)
    except OSError as exc:
        if isinstance(exc, InputFileError):
            raise
        msg = f"cannot read {name}: {exc.strerror or exc}"
        raise InputFileError(msg) from None
    except ValueError as exc:  # a NUL byte in the path
        msg = f"cannot read {name}: {exc}"
        raise InputFileError(msg) from None
