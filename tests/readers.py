"""The contract every reader keeps: the type asked for, or one error listing problems."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import trainerframework as tfw
from trainerframework.exceptions import Problem, _ProblemsError


def problems_of(call: Callable[[], object], expected: type, error: type[_ProblemsError]) -> list[Problem]:
    """Run ``call``: ``[]`` when it returns an ``expected``, else the non-empty
    problems of the ``error`` it raises (any other outcome fails the test)."""
    try:
        value = call()
    except error as exc:
        problems = list(exc.problems)
    else:
        assert isinstance(value, expected)
        return []
    assert problems
    return problems


def check_reader(read: Callable[[Path], object], name: str, text: str, expected: type) -> None:
    """Write ``text`` to a file called ``name`` and read it: the reader returns
    an ``expected`` or raises one InvalidInputError whose problems all name the file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        problems = problems_of(lambda: read(path), expected, tfw.InvalidInputError)
    assert all(str(p).startswith(str(path)) for p in problems)
