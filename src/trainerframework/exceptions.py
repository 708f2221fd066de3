"""Errors raised by trainerframework.

Every error the library raises on bad input derives from
:class:`TrainerFrameworkError`, and each subclass also derives from the builtin
exception a caller would expect (:class:`LookupError`, :class:`ValueError`,
:class:`OSError`), so ``except LookupError`` keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

__all__ = [
    "FileFormatError",
    "InputFileError",
    "InvalidEvidenceError",
    "InvalidFrameworkError",
    "InvalidInputError",
    "InvalidRulesError",
    "MissingDependencyError",
    "OutputExistsError",
    "OutputFileError",
    "Problem",
    "SerializationError",
    "TrainerFrameworkError",
    "UnknownIdError",
]


@attrs.frozen
class Problem:
    """One problem found while validating a document.

    ``path`` locates the problem inside the document, in JSONPath-like form
    (``$.descriptors[4].stage``); ``message`` says what is wrong there.
    """

    path: str
    """Where the problem is: a path inside the document, or a file and line (``ev.csv:3``)."""
    message: str
    """What is wrong there."""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class TrainerFrameworkError(Exception):
    """Root of every error raised by trainerframework."""


_LISTED = 12
"""At most this many known ids are listed in an :class:`UnknownIdError`'s message."""

_SHOWN = 80
"""An id longer than this many characters is shown cut, with its length, in a message."""


def _shown(id: object) -> str:  # noqa: A002
    """An id as a message shows it: its repr, cut after :data:`_SHOWN` characters of a long one."""
    if isinstance(id, str) and len(id) > _SHOWN:
        return f"{id[:_SHOWN]!r}... ({len(id):,} characters)"
    return repr(id)


class UnknownIdError(TrainerFrameworkError, LookupError):
    """An id names no object of the expected kind.

    Attributes:
        id: the id that was looked up.
        kind: what was looked for (``"descriptor"``, ``"category"``, ...).
        suggestions: known ids that are spelled alike, best first.
        actual: the kind of object the id does name, when it names one of
            another kind (``"descriptor"`` where a component was looked for),
            else None.
        known: every id of the kind looked for, where the caller knows them
            (empty otherwise). When nothing is spelled alike and there are few
            (a stage, a category), the message lists them.

    """

    def __init__(
        self,
        id: str,  # noqa: A002
        kind: str = "object",
        suggestions: Sequence[str] = (),
        *,
        actual: str | None = None,
        known: Sequence[str] = (),
    ) -> None:
        self.id = id
        self.kind = kind
        self.suggestions = tuple(suggestions)
        self.actual = actual
        self.known = (known,) if isinstance(known, str) else tuple(known)
        if self.suggestions:
            hint = f"; did you mean {', '.join(map(repr, self.suggestions))}?"
        elif 0 < len(self.known) <= _LISTED and id not in self.known:
            hint = f"; the {kind} ids are {', '.join(map(repr, self.known))}"
        else:
            hint = ""
        shown = _shown(id)
        if actual is None:
            super().__init__(f"unknown {kind} id {shown}{hint}")
        else:
            article = "an" if actual[:1] in set("aeiou") else "a"
            super().__init__(f"{shown} is {article} {actual} id, not a {kind} id{hint}")

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its parts, not its message (copy and pickle pass ``args`` to __init__)
        return (_unknown_id, (self.id, self.kind, self.suggestions, self.actual, self.known))

    def __str__(self) -> str:
        return str(self.args[0])


def _unknown_id(
    id: str,  # noqa: A002
    kind: str,
    suggestions: Sequence[str],
    actual: str | None,
    known: Sequence[str] = (),
) -> UnknownIdError:
    """An :class:`UnknownIdError` rebuilt from its parts (:meth:`UnknownIdError.__reduce__`)."""
    return UnknownIdError(id, kind, suggestions, actual=actual, known=known)


class _ProblemsError(TrainerFrameworkError, ValueError):
    """Shared shape of the errors that report every problem at once."""

    what = "document"

    def __init__(
        self, problems: Iterable[Problem], source: str | None = None, *, what: str | None = None
    ) -> None:
        self.problems = tuple(problems)
        self.source = source
        if what is not None:
            self.what = what
        where = f" {source!r}" if source else ""
        count = len(self.problems)
        head = f"invalid {self.what}{where}: {count} problem{'s' if count != 1 else ''}"
        super().__init__("\n  ".join([head, *map(str, self.problems)]))


class InvalidFrameworkError(_ProblemsError):
    """A framework file does not follow the documented format.

    ``problems`` lists every problem found, each with its path inside the
    document; ``source`` names the file.
    """

    what = "framework file"


class SerializationError(_ProblemsError):
    """A JSON document cannot be turned back into the requested type."""

    what = "document"


class InvalidEvidenceError(TrainerFrameworkError, ValueError):
    """Evidence cannot be used: a bad judgement, confidence or shape."""


class InvalidRulesError(TrainerFrameworkError, ValueError):
    """Profiling rules with an out-of-range or unknown setting."""


class InvalidInputError(_ProblemsError):
    """An input file (evidence, cohort) has malformed rows or lines.

    Each problem's path names the file and line (``cohort.csv:12``).
    """

    what = "input"


class InputFileError(TrainerFrameworkError, OSError):
    """An input file cannot be read at all (missing, unreadable, not text)."""


class OutputFileError(TrainerFrameworkError, OSError):
    """A file cannot be written (no such folder, a directory, no permission, a full disk).

    Every file the library writes is written to a temporary file beside it
    and then moved into place, so a file that was already there is left as
    it was.
    """


class OutputExistsError(OutputFileError, FileExistsError):
    """A file is already there and the call was not told to replace it (``overwrite=False``)."""


class FileFormatError(TrainerFrameworkError, ValueError):
    """A file format that is not known, or that contradicts the file name's extension.

    ``self_assessment_template(fw, "sa.csv", format="xlsx")`` raises it: a
    ``.csv`` file holds CSV. The message says which formats are accepted.
    """


class MissingDependencyError(TrainerFrameworkError, ImportError):
    """An optional extra is not installed; the message names the ``pip install`` command that adds it.

    Writing or reading an XLSX workbook without the ``xlsx`` extra raises it:
    ``pip install "trainerframework[xlsx]"``.
    """
