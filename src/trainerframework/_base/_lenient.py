"""Lenient reading: every reader's ``on_error="skip"``, and :class:`Skipped`, what it left out.

Each reader collects the problems of the rows (or files, or entries) it
cannot use and leaves those rows out as it goes. At the end it calls
:func:`settled`: by default (``on_error="raise"``) any problem refuses the
whole input with one :class:`~trainerframework.InvalidInputError` (at most
:data:`PROBLEM_CAP` problems of each kind told, then counted); with
``on_error="skip"`` it gets back a :class:`Skipped` to keep beside what it
read. A problem with the input as a whole (a header without the needed
columns, a file that is not the kind asked for) is refused either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from ..exceptions import InvalidInputError, Problem
from ._documents import PROBLEM_CAP, grouped, problem_kind

__all__ = ["NOTHING_SKIPPED", "ON_ERROR", "Skipped", "check_on_error", "settled"]

ON_ERROR = ("raise", "skip")
"""The values of every reader's ``on_error``: refuse bad input whole, or leave bad rows out."""


def _problems(value: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(value)


@attrs.frozen
class Skipped:
    """What a lenient read (``on_error="skip"``) left out: each problem with its place, counted by kind.

    Every reader with ``on_error`` gives one (``Cohort.skipped``,
    ``Evidence.skipped``, ``OrganisationReview.skipped``, and
    ``profile_frame(..., on_error="skip").attrs["skipped"]``); it is empty after a strict read,
    which raises instead. It iterates over its problems and is true when
    anything was left out.
    """

    problems: tuple[Problem, ...] = attrs.field(default=(), converter=_problems)
    """The problems of the rows (or files) left out, in the order found; each names its place."""

    def __len__(self) -> int:
        return len(self.problems)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)

    def __bool__(self) -> bool:
        return bool(self.problems)

    def by_kind(self) -> dict[str, tuple[Problem, ...]]:
        """The problems of each kind, the most frequent kind first (ties: in order of first appearance).

        A kind is a problem's message with its quoted values and numbers as
        ``...``: ``invalid judgement 'yes' for descriptor 'a.1'`` and
        ``invalid judgement 'no' for descriptor 'b.2'`` are one kind.
        """
        kinds: dict[str, list[Problem]] = {}
        for p in self.problems:
            kinds.setdefault(problem_kind(p.message), []).append(p)
        ranked = sorted(kinds.items(), key=lambda kv: -len(kv[1]))  # stable: ties keep their order
        return {kind: tuple(found) for kind, found in ranked}

    def summary(self) -> list[tuple[str, int]]:
        """(kind, how many) for each kind of problem, as :meth:`by_kind` orders them.

        ``[("invalid judgement ... for descriptor ...: expected one of ..., ..., ...", 1001),
        ("unknown descriptor id ...", 1)]``
        """
        return [(kind, len(found)) for kind, found in self.by_kind().items()]


NOTHING_SKIPPED = Skipped()
"""The :class:`Skipped` of a read that left nothing out."""


def check_on_error(on_error: object) -> None:
    """ValueError unless ``on_error`` is ``"raise"`` or ``"skip"`` (checked before anything is read)."""
    if on_error not in ON_ERROR:
        msg = f"on_error must be 'raise' or 'skip', not {on_error!r}"
        raise ValueError(msg)


def settled(problems: list[Problem], name: str, on_error: str, cap: int = PROBLEM_CAP) -> Skipped:
    """The end of a read: raise the problems (``"raise"``), or return them as :class:`Skipped` (``"skip"``).

    Raised problems are told at most ``cap`` of each kind, then counted at
    ``name`` (see :func:`~trainerframework._base._documents.grouped`).
    """
    check_on_error(on_error)
    if not problems:
        return NOTHING_SKIPPED
    if on_error == "raise":
        raise InvalidInputError(grouped(problems, name, cap), name)
    return Skipped(tuple(problems))
