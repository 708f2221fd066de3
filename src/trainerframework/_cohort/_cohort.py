"""Cohorts: many trainers' profiles at once, for programme planning and research.

A :class:`Cohort` maps trainer ids to profiles made against one framework. It
answers where a cohort stands (:meth:`Cohort.stage_distribution`), what a
programme should focus on (:meth:`Cohort.common_priorities`), which trainers
share a profile shape (:meth:`Cohort.shapes`), and how a cohort moved between
rounds (:meth:`Cohort.progress`). :func:`agreement` compares two sources of
evidence (self and observer, two observers) with percent agreement and Cohen's
weighted kappa.
"""

from __future__ import annotations

import operator
import random
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .._base._display import html
from .._base._gc import paused_gc
from .._base._input import read_text
from .._base._lenient import NOTHING_SKIPPED, Skipped
from .._model._framework import Framework, load_framework
from .._profiling._evidence import Evidence, Judgement, checked_row
from .._profiling._profile import Profile, profile
from .._profiling._results import Level, Status
from .._profiling._rules import Rules
from ..exceptions import InvalidInputError, Problem, UnknownIdError
from . import _export, _reading

if TYPE_CHECKING:
    from typing import Literal

    import pandas as pd
    import polars as pl
    import pyarrow as pa
    from cattrs import BaseConverter

__all__ = [
    "NOT_ATTAINED",
    "NO_STAGE",
    "Cohort",
    "Moves",
    "Progress",
    "Transition",
]

NO_STAGE: str = Status.NOT_ENOUGH_EVIDENCE.value
"""The key under which distributions count trainers with too little evidence for a stage
(the value of :attr:`Status.NOT_ENOUGH_EVIDENCE`)."""
NOT_ATTAINED: str = Status.NOT_ATTAINED.value
"""The key under which distributions count trainers whose evidence does not reach the first
stage (the value of :attr:`Status.NOT_ATTAINED`)."""


_PROFILE = operator.itemgetter(1)
_CODES = operator.attrgetter("_codes")


def _pairs(value: Mapping[str, Profile] | Iterable[tuple[str, Profile]]) -> tuple[tuple[str, Profile], ...]:
    items = list(value.items()) if isinstance(value, Mapping) else list(value)
    problems = []
    seen: set[str] = set()
    frameworks: dict[str, str] = {}
    for i, pair in enumerate(items):
        if not (isinstance(pair, tuple) and len(pair) == 2):
            problems.append(Problem(f"[{i}]", "expected a (trainer id, profile) pair"))
            continue
        tid, p = pair
        if not isinstance(tid, str) or not tid:
            problems.append(Problem(f"[{i}]", f"invalid trainer id {tid!r}: expected a non-empty string"))
        elif tid in seen:
            problems.append(Problem(f"[{i}]", f"duplicate trainer id {tid!r}"))
        seen.add(str(tid))
        if not isinstance(p, Profile):
            problems.append(
                Problem(f"[{i}]", f"trainer {tid!r}: expected a Profile, found {type(p).__name__}")
            )
            continue
        frameworks.setdefault(p.framework.id, str(tid))
    if len(frameworks) > 1:
        names = ", ".join(f"{fid!r} (first: trainer {t!r})" for fid, t in frameworks.items())
        problems.append(Problem("$", f"profiles from different frameworks in one cohort: {names}"))
    if problems:
        raise InvalidInputError(problems, "cohort")
    # the pairs given, unless an id is a str subclass or a pair a tuple subclass: (str, Profile) tuples
    return tuple(
        pair if type(pair) is tuple and type(pair[0]) is str else (str(pair[0]), pair[1]) for pair in items
    )


@attrs.frozen(repr=False)
class Cohort:
    """Trainers' profiles, keyed by trainer id, all made against one framework.

    Build one from a mapping ``{trainer_id: Profile}`` or from ``(id, profile)``
    pairs; read one with :meth:`from_jsonl` or :meth:`from_csv`; generate a
    synthetic one with :meth:`synthetic`. Duplicate ids and profiles from
    different frameworks are refused.
    """

    members: tuple[tuple[str, Profile], ...] = attrs.field(converter=_pairs)
    """(trainer id, profile) pairs, in the order given."""
    _framework: Framework | None = attrs.field(default=None, kw_only=True, alias="framework", repr=False)
    """The framework of a cohort without members (members carry their own); see :attr:`framework`."""
    _index: dict[str, Profile] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _skipped: Skipped = attrs.field(init=False, default=NOTHING_SKIPPED, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", dict(self.members))
        given = self._framework
        if given is not None and not isinstance(given, Framework):
            msg = f"framework must be a Framework, not {type(given).__name__}"
            raise TypeError(msg)
        if given is not None and self.members:
            own = self.members[0][1].framework
            if given is not own and given != own:
                problem = Problem("framework", f"the profiles were made against {own.id!r}, not {given.id!r}")
                raise InvalidInputError([problem], "cohort")
            object.__setattr__(self, "_framework", None)  # one canonical form: members say it

    # -- construction ---------------------------------------------------------------

    @classmethod
    def from_evidence(
        cls,
        evidence: Mapping[str, Evidence | Mapping[str, Judgement | str]],
        fw: Framework | None = None,
        rules: Rules | None = None,
    ) -> Cohort:
        """Profile every trainer's evidence: ``{trainer_id: evidence}``."""
        fw = fw if fw is not None else load_framework()
        with paused_gc(len(evidence)):  # many long-lived objects, no cycles: see _base._gc
            return cls(tuple((tid, profile(fw, ev, rules)) for tid, ev in evidence.items()), framework=fw)

    @classmethod
    def read(
        cls,
        path: str | Path,
        fw: Framework | None = None,
        rules: Rules | None = None,
        *,
        format: str | None = None,  # noqa: A002 - the command line's word
        on_error: Literal["raise", "skip"] = "raise",
    ) -> Cohort:
        """Read a cohort: a file of JSON Lines, CSV, TSV or XLSX judgements, or a folder of templates.

        The kind of a file is ``format`` (``"jsonl"``, ``"csv"``, ``"tsv"``,
        ``"xlsx"``) if given, else the extension, else the content; any other
        file is an :class:`~trainerframework.InvalidInputError` naming the
        kinds accepted. A CSV, TSV or XLSX file has a row per judgement, with
        a ``trainer`` (or ``trainer_id``) column.

        A folder is read as returned self-assessment templates, one trainer
        per file: every ``.csv``, ``.tsv`` and ``.xlsx`` file in it, each
        trainer named by the file's ``trainer`` (or ``trainer_id``) column if
        it has one, else by the file name without its extension (other files
        are passed over); every problem names its file.

        With ``on_error="skip"`` bad rows (and in a folder, files that cannot
        be read) are left out rather than refused; :attr:`skipped` lists their
        problems and :meth:`skipped_summary` counts them by kind. A file whose
        header is wrong is refused either way.
        """
        fw = fw if fw is not None else load_framework()
        return cls._of(*_reading.read(path, fw, rules, format=format, on_error=on_error), fw)

    @property
    def skipped(self) -> Skipped:
        """What a lenient read (``on_error="skip"``) left out: the problems of its rows or files; else empty.

        Not part of the cohort's value: equality and serialization ignore it.
        """
        return self._skipped

    def skipped_summary(self) -> list[tuple[str, int]]:
        """The problems of :attr:`skipped` by kind: (kind, how many), most frequent first.

        A kind is a problem's message with its quoted values and numbers as
        ``...``: ``("invalid judgement ... for descriptor ...", 1000)``; the
        same as ``cohort.skipped.summary()``.
        """
        return self._skipped.summary()

    @classmethod
    def _of(
        cls, members: Sequence[tuple[str, Profile]], problems: Sequence[Problem], fw: Framework
    ) -> Cohort:
        """The cohort of the members a reader read, keeping the problems of what it left out."""
        cohort = cls(tuple(members), framework=fw)
        object.__setattr__(cohort, "_skipped", Skipped(tuple(problems)) if problems else NOTHING_SKIPPED)
        return cohort

    @classmethod
    def read_rounds(
        cls,
        path: str | Path,
        fw: Framework | None = None,
        rules: Rules | None = None,
        *,
        by: str = "round",
        at_least: int = 1,
        format: str | None = None,  # noqa: A002 - the command line's word
        on_error: Literal["raise", "skip"] = "raise",
    ) -> dict[str, Cohort]:
        """Read a cohort file holding several rounds: one :class:`Cohort` per value of the column ``by``.

        The file is a table of judgements as :meth:`read` takes it (CSV, TSV
        or XLSX, one judgement per row, with a ``trainer`` column) and a
        column naming each row's round (``by``, ``"round"`` by default; any
        column name, ``"date"`` included). The rounds come in order: by
        number if every value is a number (``1``, ``2``, ``10``), by date if
        every value is an ISO date (``2024-09-30``), else in the order the
        file first names them. Compare two with :meth:`progress`::

            rounds = Cohort.read_rounds("rounds.csv", by="round", at_least=2)
            first, *_, last = rounds.values()
            first.progress(last)

        Every problem names its file and row, as in :meth:`read`; a row with
        no round is a problem too. With ``on_error="skip"`` bad rows are left
        out, and each round's :attr:`skipped` lists the problems of its rows
        (those of rows with no round go with the first round's).

        Raises:
            InvalidInputError: the header has no column ``by`` (or lacks the
                trainer, descriptor or judgement column); bad rows; fewer than
                ``at_least`` rounds (``at_least=2`` when comparing rounds); a
                JSON Lines file or a folder (rounds are columns of a table).
            ValueError: ``by`` names a trainer, descriptor or judgement column.

        """
        fw = fw if fw is not None else load_framework()
        rounds = _reading.read_rounds(
            path, fw, rules, by=by, at_least=at_least, format=format, on_error=on_error
        )
        return {value: cls._of(*read, fw) for value, read in rounds.items()}

    @classmethod
    def from_jsonl(cls, path: str | Path, fw: Framework | None = None, rules: Rules | None = None) -> Cohort:
        """Read a JSON Lines file: one ``{"trainer": id, "evidence": ...}`` object per line.

        See :meth:`parse_jsonl`; problems name the file and the line.
        """
        return cls.parse_jsonl(read_text(path, "cohort file"), fw, rules, name=str(path))

    @classmethod
    def parse_jsonl(
        cls,
        content: str,
        fw: Framework | None = None,
        rules: Rules | None = None,
        *,
        name: str = "<jsonl>",
        on_error: Literal["raise", "skip"] = "raise",
    ) -> Cohort:
        """Parse JSON Lines text: one ``{"trainer": id, "evidence": ...}`` object per line.

        ``evidence`` is a mapping ``{descriptor_id: judgement}`` or a list of
        objects with the EvidenceItem fields. A ``"profile"`` key holding a
        ``dumps(profile)`` document is accepted instead of ``evidence``. Every
        bad line is reported with its number, after ``name``; with
        ``on_error="skip"`` bad lines are left out and listed in :attr:`skipped`.
        """
        fw = fw if fw is not None else load_framework()
        return cls._of(*_reading.parse_jsonl(content, fw, rules, name=name, on_error=on_error), fw)

    @classmethod
    def from_csv(
        cls,
        path: str | Path,
        fw: Framework | None = None,
        rules: Rules | None = None,
        *,
        on_error: Literal["raise", "skip"] = "raise",
    ) -> Cohort:
        """Read a CSV file of judgements: ``trainer,descriptor,judgement[,source,date,note,confidence]``.

        See :meth:`parse_csv`; problems name the file and the line.
        """
        text = read_text(path, "cohort file", newline="")
        return cls.parse_csv(text, fw, rules, name=str(path), on_error=on_error)

    @classmethod
    def parse_csv(
        cls,
        content: str,
        fw: Framework | None = None,
        rules: Rules | None = None,
        *,
        name: str = "<csv>",
        delimiter: str = ",",
        on_error: Literal["raise", "skip"] = "raise",
    ) -> Cohort:
        """Parse CSV text of judgements: ``trainer,descriptor,judgement[,source,date,note,confidence]``.

        One row per judgement; rows of one trainer need not be adjacent. The
        trainer column may be named ``trainer`` or ``trainer_id``, the
        descriptor column ``descriptor`` or ``descriptor_id``. Every bad row
        (unknown descriptor, bad judgement, missing cell) is reported with its
        line number, after ``name``, at most 20 of each kind and then how many
        more. With ``on_error="skip"`` bad rows are left out instead and
        listed in :attr:`skipped` (:meth:`skipped_summary` counts them by
        kind); a bad header is refused either way.
        """
        fw = fw if fw is not None else load_framework()
        read = _reading.parse_csv(content, fw, rules, name=name, delimiter=delimiter, on_error=on_error)
        return cls._of(*read, fw)

    @classmethod
    def synthetic(
        cls,
        n: int = 100,
        *,
        seed: int = 0,
        fw: Framework | None = None,
        rules: Rules | None = None,
        sources: Sequence[str] = ("self",),
    ) -> Cohort:
        """A seeded synthetic cohort with realistic mixed profiles, for demos and tests.

        Each trainer has an overall level and a level per category drawn around
        it (so categories differ), and judges every descriptor met, partly or
        not met with probabilities that fall with the descriptor's stage above
        that level. With several ``sources``, each source judges with its own
        noise (self-assessment a little more generous), for agreement studies.
        The same seed always gives the same cohort.
        """
        fw = fw if fw is not None else load_framework()
        rng = random.Random(seed)  # noqa: S311 - seeded demo data, not security
        gauss = rng.gauss
        top = len(fw.stages)
        # Rows are immutable: one shared row per (descriptor, judgement, source)
        # keeps a cohort of 100,000 trainers small in memory.
        shared = {
            (d.id, j, s): checked_row(d.id, j, s, None, "", 1.0)
            for d in fw.descriptors
            for j in ("met", "partly", "not_met")
            for s in sources
        }
        plan = [(d.id, d.stage.rank, d.category_id) for d in fw.descriptors]
        biases = [(s, 0.3 if s == "self" and len(sources) > 1 else 0.0) for s in sources]
        members = []
        with paused_gc(n):  # many long-lived objects, no cycles: see _base._gc
            for k in range(n):
                overall = rng.uniform(0.8, top + 0.3)
                level = {c.id: overall + gauss(0, 0.7) for c in fw.categories}
                rows = []
                for did, rank, cat in plan:
                    gap = rank - level[cat]
                    for source, bias in biases:
                        x = gap - bias + gauss(0, 0.45)
                        j = "met" if x < -0.35 else "partly" if x < 0.35 else "not_met"
                        rows.append(shared[did, j, source])
                members.append((f"T{k + 1:06d}", profile(fw, Evidence._of_rows(rows), rules)))
            return cls(tuple(members), framework=fw)

    # -- access -------------------------------------------------------------------------

    @property
    def framework(self) -> Framework:
        """The framework every profile was made against.

        A cohort without members has the framework it was built with
        (``Cohort((), framework=fw)``, or any reader given ``fw``), else the
        bundled one.
        """
        if self.members:
            return self.members[0][1].framework
        return self._framework if self._framework is not None else load_framework()

    @property
    def ids(self) -> tuple[str, ...]:
        """Trainer ids, in order."""
        return tuple(t for t, _ in self.members)

    def __len__(self) -> int:
        return len(self.members)

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __contains__(self, trainer_id: object) -> bool:
        return trainer_id in self._index

    def __getitem__(self, trainer_id: str) -> Profile:
        try:
            return self._index[trainer_id]
        except KeyError:
            raise UnknownIdError(trainer_id, "trainer") from None

    def profiles(self) -> Iterator[tuple[str, Profile]]:
        """(trainer id, profile) pairs."""
        return iter(self.members)

    # -- tidy data ----------------------------------------------------------------------

    def to_records(self, level: Level | str | None = None) -> list[dict[str, Any]]:
        """Tidy rows: one per trainer x category and one per trainer x component.

        Columns (:data:`RECORD_COLUMNS`, the same in every record output):
        ``trainer``, ``level``, ``scope_id`` and ``scope_name`` (the category
        or component), ``stage`` (the stage's name, or "not attained" or "not
        enough evidence"), ``stage_id``, ``stage_name``, ``stage_rank`` (0
        without a stage), ``status``, ``judged`` and ``total`` (descriptors
        with evidence, and in all). ``level`` keeps only one kind.
        """
        return _export.to_records(self.framework, self.members, level)

    def to_csv(self, path: str | Path | None = None, level: Level | str | None = None) -> str:
        r"""The tidy records as CSV text (also written to ``path`` if given); no pandas needed.

        A text cell that a spreadsheet would run as a formula (it starts with
        ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, for instance a
        trainer id ``=HYPERLINK(...)``) is written with a leading ``'``, as
        OWASP recommends against CSV injection (and a cell starting with ``'``
        gets one more, so readers can take exactly that ``'`` away); lines end
        ``\r\n``, so a line break inside a cell is always quoted.
        :meth:`to_records` keeps the values as they are.

        ``path`` is written to a temporary file beside it and moved into
        place, so a failed write leaves a file already there as it was.

        Raises:
            OutputFileError: ``path`` cannot be written (the message says why).

        """
        return _export.to_csv(self.framework, self.members, path, level)

    def to_pandas(self, level: Level | str | None = None) -> pd.DataFrame:
        """The tidy records as a pandas DataFrame (needs the ``pandas`` extra).

        The columns of :meth:`to_records`, plus ``stage``: the stage's name, or
        "not attained" or "not enough evidence". ``stage``, ``stage_name`` and
        ``stage_id`` are ordered Categoricals, lowest stage first, so grouping
        and plotting keep the framework's order.
        """
        return _export.to_pandas(self.framework, self.members, level)

    def to_arrow(self, level: Level | str | None = None) -> pa.Table:
        """The tidy records as a pyarrow Table (needs the ``arrow`` extra).

        Columns as :meth:`to_pandas`; ``stage``, ``stage_name`` and ``stage_id``
        are ordered dictionary columns (lowest stage first) carrying polars' Enum
        field metadata, so Parquet written from the table reads back in stage
        order in pandas (ordered Categorical) and polars (Enum); the schema
        metadata holds the framework id and the serialization schema version.
        """
        return _export.to_arrow(self.framework, self.members, level)

    def write_parquet(
        self, path: str | Path, *, level: Level | str | None = None, partition_by: Sequence[str] = ()
    ) -> None:
        """Write the tidy records as Parquet (needs the ``arrow`` extra), optionally partitioned.

        With ``partition_by`` (for example ``["level", "scope_id"]``) ``path``
        is a dataset folder, one subfolder per value, which pandas, polars,
        DuckDB, Dask and Spark read directly. pandas reads the stage columns
        back as ordered Categoricals and polars as Enums, lowest stage first
        (see :meth:`to_arrow`); DuckDB reads them as text, which
        :func:`order_stages` turns into ENUMs.

        The file is built in memory, then written to a temporary file and
        moved into place, so a failed write leaves a file already there as it
        was; a dataset is written to a temporary folder and each new file
        moved in (files already in the folder are kept).

        Raises:
            OutputFileError: ``path`` cannot be written (the message says why).

        """
        _export.write_parquet(self.framework, self.members, path, level=level, partition_by=partition_by)

    def to_polars(self, level: Level | str | None = None) -> pl.DataFrame:
        """The tidy records as a polars DataFrame (needs the ``polars`` and ``arrow`` extras).

        Columns as :meth:`to_pandas`; ``stage``, ``stage_id`` and ``stage_name``
        are ``pl.Enum`` columns in the framework's order, lowest stage first,
        so sorting and grouping by stage keep it.
        """
        return _export.to_polars(self.framework, self.members, level)

    # -- summaries ----------------------------------------------------------------------

    def _scope_ids(self) -> list[str]:
        """Ids of the categories, then of the components: the order of the stage codes."""
        return _export.scope_ids(self.framework)

    def stage_distribution(self, level: Level | str = Level.CATEGORY) -> dict[str, dict[str, int]]:
        """Per category (or component): trainers at each stage, and without one.

        Every trainer is counted once per category: the counts of each row add
        up to ``len(cohort)``. Keys are stage ids, lowest first, then
        :data:`NOT_ATTAINED` (evidence, but not even the first stage) and
        :data:`NO_STAGE` (not enough evidence).
        """
        if level not in ("category", "component"):
            msg = f"level must be 'category' or 'component', not {level!r}"
            raise ValueError(msg)
        fw = self.framework
        keys = [s.id for s in fw.stages] + [NOT_ATTAINED, NO_STAGE]
        ids = self._scope_ids()
        ncat = len(fw.categories)
        picked = range(ncat) if level == "category" else range(ncat, len(ids))
        # each distinct tuple of codes counted once (profiles share them: a few thousand in a
        # million), then its count added per scope: no column of every trainer is built
        tally = Counter(map(_CODES, map(_PROFILE, self.members)))
        out = {}
        for k in picked:
            counts: Counter[int] = Counter()
            for codes, n in tally.items():
                counts[codes[k]] += n
            # codes are stage indices, then -1 (not attained) and -2 (not enough evidence)
            out[ids[k]] = {key: counts[code] for key, code in zip(keys, _key_codes(keys), strict=True)}
        return out

    def common_priorities(self, limit: int = 10, per_trainer: int = 5) -> list[tuple[str, int]]:
        """Descriptors most often among trainers' top development priorities.

        Counts, for each descriptor, the trainers with it among their first
        ``per_trainer`` priorities; most frequent first, ties in framework order.
        """
        counts: Counter[str] = Counter()
        for _, p in self.members:
            counts.update(p._priority_ids(per_trainer))
        order = {d.id: i for i, d in enumerate(self.framework.descriptors)}
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))
        return ranked[: max(limit, 0)]

    def shapes(self) -> dict[tuple[int, ...], list[str]]:
        """Trainers grouped by profile shape: the tuple of category stage ranks (0: no stage).

        Largest groups first, then by shape.
        """
        groups: dict[tuple[int, ...], list[str]] = {}
        ncat = len(self.framework.categories)
        ranks: dict[tuple[int, ...], tuple[int, ...]] = {}  # codes -> ranks, once per distinct profile
        for tid, p in self.members:
            codes = p._codes[:ncat]
            shape = ranks.get(codes)
            if shape is None:
                shape = ranks[codes] = tuple(c + 1 if c >= 0 else 0 for c in codes)
            groups.setdefault(shape, []).append(tid)
        return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    def progress(self, later: Cohort) -> Progress:
        """Movement between two rounds: every trainer in both rounds, compared scope by scope.

        Attrition is normal: trainers only in this round are listed in
        :attr:`Progress.left`, trainers only in ``later`` in
        :attr:`Progress.joined`, and neither is counted in the moves.
        Raises InvalidInputError when the rounds were profiled against
        different frameworks.
        """
        if not isinstance(later, Cohort):
            msg = f"progress needs another Cohort, not {type(later).__name__}"
            raise TypeError(msg)
        if self.members and later.members and self.framework != later.framework:
            problem = Problem("later", "the rounds were profiled against different frameworks")
            raise InvalidInputError([problem], "progress")
        fw = self.framework
        keys = [s.id for s in fw.stages] + [NOT_ATTAINED, NO_STAGE]
        key_of = dict(zip(_key_codes(keys), keys, strict=True))
        later_index = later._index
        # the stored stage codes of every trainer in both rounds, read column by column
        # (no pair per trainer: lists of the stored tuples, then one column per scope)
        stayed = [tid for tid, _ in self.members if tid in later_index]
        left = tuple(tid for tid, _ in self.members if tid not in later_index)
        joined = tuple(tid for tid, _ in later.members if tid not in self._index)
        if not stayed:
            return Progress(keys=tuple(keys), left=left, joined=joined)
        ids = self._scope_ids()
        index = self._index
        before = zip(*[index[tid]._codes for tid in stayed], strict=True)
        after = zip(*[later_index[tid]._codes for tid in stayed], strict=True)
        moves = []
        transitions = []
        for scope, b_column, a_column in zip(ids, before, after, strict=True):
            counts = Counter(zip(b_column, a_column, strict=True))
            directions = dict.fromkeys(_MOVES, 0)
            for (b, a), n in counts.items():
                directions[_direction(max(b, -1), max(a, -1))] += n
            moves.append(Moves(scope_id=scope, **directions))
            transitions += [
                Transition(scope_id=scope, before=key_of[b], after=key_of[a], trainers=counts[b, a])
                for b in key_of
                for a in key_of
                if (b, a) in counts
            ]
        return Progress(
            keys=tuple(keys),
            moves=tuple(moves),
            transitions=tuple(transitions),
            trainers=len(stayed),
            left=left,
            joined=joined,
        )

    def __repr__(self) -> str:
        n = len(self)
        return f"<Cohort: {n} trainer{'' if n == 1 else 's'}, framework {self.framework.id}>"

    def _repr_html_(self) -> str:
        return html(self)


def _register_hooks(conv: BaseConverter) -> None:
    """A cohort's own framework is written as ``framework``, and only for a cohort without members.

    The hooks are built on first use (hook factories), not here: built now, they
    would take the members' Profile hooks as they stand at this moment, so the
    result would depend on the order in which modules register their hooks.
    """
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override  # noqa: PLC0415

    def is_cohort(cls: object) -> bool:
        return cls is Cohort

    conv.register_unstructure_hook_factory(
        is_cohort,
        lambda cls: make_dict_unstructure_fn(
            cls, conv, _framework=override(rename="framework", omit_if_default=True)
        ),
    )
    conv.register_structure_hook_factory(
        is_cohort, lambda cls: make_dict_structure_fn(cls, conv, _framework=override(rename="framework"))
    )


def _key_codes(keys: Sequence[str]) -> list[int]:
    """The stage code of each distribution key: stage indices, then -1 and -2."""
    return [*range(len(keys) - 2), -1, -2]


def _direction(before: int, after: int) -> str:
    """Direction of a move between stage indices (-1: no stage)."""
    if before < 0 and after < 0:
        return "same"
    if before < 0:
        return "gained"
    if after < 0:
        return "lost"
    return "up" if after > before else "down" if after < before else "same"


_MOVES = ("up", "down", "same", "gained", "lost")


@attrs.frozen(kw_only=True)
class Moves:
    """How a cohort's trainers moved in one category or component between two rounds."""

    scope_id: str
    """Id of the category or component."""
    up: int = 0
    """Trainers whose stage rose."""
    down: int = 0
    """Trainers whose stage fell."""
    same: int = 0
    """Trainers whose stage (or lack of one) stayed the same."""
    gained: int = 0
    """Trainers who had no stage before and have one now."""
    lost: int = 0
    """Trainers who had a stage before and have none now."""


@attrs.frozen(kw_only=True)
class Transition:
    """Trainers who went from one stage (or status) to another in one category or component."""

    scope_id: str
    """Id of the category or component."""
    before: str
    """Stage id in the first round, or :data:`NOT_ATTAINED` / :data:`NO_STAGE`."""
    after: str
    """Stage id in the second round, or :data:`NOT_ATTAINED` / :data:`NO_STAGE`."""
    trainers: int
    """How many trainers made this transition (at least 1)."""


@attrs.frozen(kw_only=True)
class Progress:
    """Movement of a cohort between two rounds: immutable, hashable records."""

    keys: tuple[str, ...]
    """The stage ids, lowest first, then :data:`NOT_ATTAINED` and :data:`NO_STAGE`:
    the rows and columns of :meth:`matrix`."""
    moves: tuple[Moves, ...] = ()
    """Per category, then per component: how many trainers moved up, down, ..."""
    transitions: tuple[Transition, ...] = ()
    """Every (before, after) pair that at least one trainer made, per category and component."""
    trainers: int = 0
    """Trainers in both rounds: those the moves and transitions count."""
    left: tuple[str, ...] = ()
    """Trainers only in the earlier round (in its order): not counted in the moves."""
    joined: tuple[str, ...] = ()
    """Trainers only in the later round (in its order): not counted in the moves."""

    def _repr_html_(self) -> str:
        return html(self)

    def moves_of(self, scope_id: str) -> Moves:
        """The moves in one category or component; raise UnknownIdError if it has none."""
        for m in self.moves:
            if m.scope_id == scope_id:
                return m
        raise UnknownIdError(scope_id, "category or component", known=[m.scope_id for m in self.moves])

    def matrix(self, scope_id: str) -> dict[str, dict[str, int]]:
        """A new transition matrix ``before -> after -> trainers`` for one category or component."""
        self.moves_of(scope_id)
        out = {k: dict.fromkeys(self.keys, 0) for k in self.keys}
        for t in self.transitions:
            if t.scope_id == scope_id:
                out[t.before][t.after] = t.trainers
        return out

    def to_records(self) -> list[dict[str, Any]]:
        """One row per category and component: ``scope`` and the five move counts."""
        return [{"scope": m.scope_id, **{k: getattr(m, k) for k in _MOVES}} for m in self.moves]
