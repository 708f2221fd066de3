"""The contract every file reader keeps, checked on arbitrary file contents."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import trainerframework as tfw


def check_reader(read: Callable[[Path], object], name: str, text: str, expected: type) -> None:
    """Write ``text`` to a file called ``name`` and read it: the reader returns
    an ``expected`` or raises one InvalidInputError whose problems all name the file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        try:
            value = read(path)
        except tfw.InvalidInputError as exc:
            problems = exc.problems
        else:
            assert isinstance(value, expected)
            return
    assert problems
    assert all(str(p).startswith(str(path)) for p in problems)
