"""An organisation's review of its CPD provision against the CPD Quality Framework (seed 003).

An organisation rates statements of the Teacher Development Trust's CPD
Quality Framework on a three-point scale (:class:`Rating`), with notes and
evidence; :class:`OrganisationReview` summarises each section with its
strengths and priorities and compares two reviews. :func:`programme` sets a
cohort's most common development priorities beside the activities that serve
them, for planning provision.
"""

from __future__ import annotations

import csv
import datetime as _dt
import enum
import io
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .._base._documents import Name, Unparsable, capped, parse_json, structure
from .._base._input import read_text
from .._base._lenient import NOTHING_SKIPPED, Skipped, check_on_error, settled
from .._interchange._workbook import is_xlsx, xlsx_rows
from ..exceptions import InvalidInputError, Problem
from ._development import ActivityMap, Catalogue, load_catalogue

if TYPE_CHECKING:
    from typing import Literal

    from .._cohort._cohort import Cohort

__all__ = [
    "OrganisationReview",
    "ProgrammeItem",
    "Rating",
    "ReviewChange",
    "SectionSummary",
    "StatementRating",
    "programme",
]


class Rating(enum.StrEnum):
    """How far a statement of the CPD Quality Framework holds in an organisation (an ordered scale)."""

    NOT_YET = "not_yet"
    """The statement does not hold yet."""
    DEVELOPING = "developing"
    """It holds in part, or in some places."""
    EMBEDDED = "embedded"
    """It holds across the organisation."""

    @property
    def rank(self) -> int:
        """0, 1 or 2: the position on the scale."""
        return list(Rating).index(self)


def _to_rating(value: Rating | str) -> Rating:
    try:
        return Rating(value.strip().lower().replace(" ", "_") if isinstance(value, str) else value)
    except ValueError:
        allowed = ", ".join(repr(r.value) for r in Rating)
        msg = f"invalid rating {value!r}: expected one of {allowed}"
        raise InvalidInputError([Problem("rating", msg)], "review") from None


@attrs.frozen(kw_only=True)
class StatementRating:
    """An organisation's rating of one statement, with what it rests on."""

    statement_id: str
    """The statement, for example ``"3c"``."""
    rating: Rating = attrs.field(converter=_to_rating)
    """not yet, developing or embedded."""
    note: str = ""
    """Comment."""
    evidence: str = ""
    """What the rating rests on."""


@attrs.frozen(kw_only=True)
class SectionSummary:
    """A section of the framework as the review rates it."""

    number: int
    """The section's number."""
    title: str
    """Its title ("" where the seed gives none)."""
    rated: int
    """Statements rated."""
    statements: int
    """Statements in the section."""
    embedded: int
    """Statements rated embedded."""
    developing: int
    """Statements rated developing."""
    not_yet: int
    """Statements rated not yet."""
    score: float | None
    """Mean position on the scale, 0 (all not yet) to 1 (all embedded); None if nothing is rated."""
    strengths: tuple[str, ...]
    """Ids of the statements rated embedded."""
    priorities: tuple[str, ...]
    """Ids of the statements rated not yet, then developing."""


@attrs.frozen(kw_only=True)
class ReviewChange:
    """How one statement's rating changed between two reviews."""

    statement_id: str
    """The statement."""
    before: Rating | None
    """Rating in the earlier review (None: not rated)."""
    after: Rating | None
    """Rating in the later review."""

    @property
    def direction(self) -> str:
        """``"up"``, ``"down"``, ``"same"``, ``"added"`` or ``"dropped"``."""
        if self.before is None:
            return "same" if self.after is None else "added"
        if self.after is None:
            return "dropped"
        diff = self.after.rank - self.before.rank
        return "up" if diff > 0 else "down" if diff < 0 else "same"


def _ratings(value: object) -> tuple[StatementRating, ...]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        items: list[object] = []
        ok = False
    else:
        items = list(value)
        ok = all(isinstance(x, StatementRating) for x in items)
    if not ok:
        msg = "ratings must be StatementRatings; build a review with OrganisationReview.from_mapping()"
        raise TypeError(msg)
    known = {st.id for st in load_catalogue().statements}
    problems = []
    seen: set[str] = set()
    ratings = [x for x in items if isinstance(x, StatementRating)]
    for i, r in enumerate(ratings):
        if r.statement_id not in known:
            problems.append(Problem(f"[{i}]", f"unknown statement {r.statement_id!r} (known: 1a ... 7e)"))
        elif r.statement_id in seen:
            problems.append(Problem(f"[{i}]", f"statement {r.statement_id!r} is rated twice"))
        seen.add(r.statement_id)
    if problems:
        raise InvalidInputError(problems, "review")
    order = {st.id: n for n, st in enumerate(load_catalogue().statements)}
    return tuple(sorted(ratings, key=lambda r: order[r.statement_id]))


@attrs.frozen(kw_only=True)
class OrganisationReview:
    """An organisation's ratings of the CPD Quality Framework's statements (seed 003).

    Build one with :meth:`from_mapping` (``{"3c": "developing", ...}``) or
    read one with :meth:`read` (CSV ``statement,rating,note,evidence`` or
    JSON). Statements are those of the bundled catalogue (``1a`` to ``7e``);
    not every statement need be rated.
    """

    organisation: str
    """Who is reviewed."""
    ratings: tuple[StatementRating, ...] = attrs.field(converter=_ratings)
    """The ratings, in the framework's order (checked: known statements, each once)."""
    date: _dt.date | None = None
    """When the review was made."""
    _skipped: Skipped = attrs.field(init=False, default=NOTHING_SKIPPED, eq=False, hash=False, repr=False)

    @property
    def skipped(self) -> Skipped:
        """What a lenient :meth:`read` (``on_error="skip"``) left out: the problems of its rows; else empty.

        Not part of the review's value: equality and serialization ignore it.
        """
        return self._skipped

    @classmethod
    def from_mapping(
        cls,
        ratings: Mapping[str, Rating | str],
        *,
        organisation: str = "",
        date: _dt.date | None = None,
    ) -> OrganisationReview:
        """A review from ``{statement_id: rating}``; every bad entry is named at once."""
        if not isinstance(ratings, Mapping):
            msg = f"ratings must be a mapping {{statement_id: rating}}, not {type(ratings).__name__}"
            raise TypeError(msg)
        problems = []
        built = []
        known = {st.id for st in load_catalogue().statements}
        for sid, value in ratings.items():
            if sid not in known:
                problems.append(Problem(str(sid), f"unknown statement {sid!r} (known: 1a ... 7e)"))
            try:
                built.append(StatementRating(statement_id=sid, rating=value))
            except InvalidInputError as exc:
                problems += [Problem(str(sid), p.message) for p in exc.problems]
        if problems:
            raise InvalidInputError(problems, "review")
        return cls(organisation=organisation, ratings=tuple(built), date=date)

    @classmethod
    def read(
        cls,
        path: str | os.PathLike[str],
        *,
        organisation: str = "",
        on_error: Literal["raise", "skip"] = "raise",
    ) -> OrganisationReview:
        """Read ratings: CSV or XLSX (``statement,rating[,note,evidence]``), or JSON (a list of them).

        Every bad row (an unknown statement, a statement rated twice, a rating
        not on the scale) is reported with its place. With ``on_error="skip"``
        bad rows are left out instead and listed in :attr:`skipped`
        (:meth:`~trainerframework.Skipped.summary` counts them by kind); a
        statement rated twice is left out from its second row on. Unknown columns, or a
        JSON file that is not a list, are refused either way.
        """
        check_on_error(on_error)
        name = os.fspath(path)
        is_csv = name.lower().endswith(".csv")
        records: Any
        header_problems: list[Problem] = []
        allowed = [a.name for a in attrs.fields(RatingDoc)]
        workbook = is_xlsx(path)
        if workbook:
            table = xlsx_rows(path, wanted=("statement", "rating"))
            header_problems = capped(
                [
                    Problem(
                        f"{name}:{table.header_place}",
                        f"unknown column {c!r} (allowed: {', '.join(allowed)})",
                    )
                    for c in dict.fromkeys(table.header)
                    if c and c not in allowed
                ],
                f"{name}:{table.header_place}",
            )
            records = [{k: v for k, v in row.items() if k in allowed and v.strip()} for _, row in table.rows]
            where = [f"{name}:{place}" for place, _ in table.rows]
        elif is_csv:
            text = read_text(path, "review file", newline="")
            try:
                reader = csv.DictReader(
                    io.StringIO(text.removeprefix("\ufeff"), newline="")
                )  # Excel's "CSV UTF-8"
                columns = [c.strip().lower() for c in reader.fieldnames or []]
                header_problems = capped(
                    [
                        Problem(f"{name}:1", f"unknown column {c!r} (allowed: {', '.join(allowed)})")
                        for c in dict.fromkeys(columns)
                        if c not in allowed
                    ],
                    f"{name}:1",
                )
                reader.fieldnames = columns
                records = [
                    {k: v for k, v in row.items() if k in allowed and v not in ("", None)} for row in reader
                ]
            except csv.Error as exc:  # a cell over the csv module's limit, a stray carriage return
                problem = Problem(name, f"cannot read the file as CSV: {exc}")
                raise InvalidInputError([problem], name) from None
            where = [f"{name}:{n}" for n in range(2, len(records) + 2)]
        else:
            text = read_text(path, "review file")
            try:
                records = parse_json(text)
            except Unparsable as exc:
                raise InvalidInputError(exc.located(name), name) from None
            where = [f"{name}:$[{i}]" for i in range(len(records))] if isinstance(records, list) else []
        if not isinstance(records, list):
            raise InvalidInputError([Problem(name, "expected a list of ratings")], name)
        if header_problems and on_error == "skip":  # the file as a whole: refused either way
            raise InvalidInputError(header_problems, name)
        problems: list[Problem] = list(header_problems)
        built = []
        known = {st.id for st in load_catalogue().statements}
        first: dict[str, str] = {}
        for at, record in zip(where, records, strict=True):
            doc, found = structure(record, RatingDoc, at)
            problems += found
            if doc is None:
                continue
            if doc.statement not in known:
                problems.append(Problem(at, f"unknown statement {doc.statement!r} (known: 1a ... 7e)"))
                continue
            if doc.statement in first:
                problems.append(
                    Problem(
                        at, f"statement {doc.statement!r} is rated twice (first at {first[doc.statement]})"
                    )
                )
                continue
            first[doc.statement] = at
            try:
                built.append(
                    StatementRating(
                        statement_id=doc.statement, rating=doc.rating, note=doc.note, evidence=doc.evidence
                    )
                )
            except InvalidInputError as exc:
                problems += [Problem(at, p.message) for p in exc.problems]
        skipped = settled(problems, name, on_error)
        review = cls(organisation=organisation, ratings=tuple(built))
        object.__setattr__(review, "_skipped", skipped)
        return review

    def rating(self, statement_id: str) -> Rating | None:
        """The rating of a statement, or None if it is not rated."""
        return next((r.rating for r in self.ratings if r.statement_id == statement_id), None)

    def sections(self, catalogue: Catalogue | None = None) -> tuple[SectionSummary, ...]:
        """Each section: counts, a score from 0 to 1, strengths and priorities."""
        catalogue = catalogue if catalogue is not None else load_catalogue()
        by_id = {r.statement_id: r.rating for r in self.ratings}
        out = []
        for section in catalogue.quality_framework:
            rated = [(st.id, by_id[st.id]) for st in section.statements if st.id in by_id]
            counts = Counter(rating for _, rating in rated)
            out.append(
                SectionSummary(
                    number=section.number,
                    title=section.title,
                    rated=len(rated),
                    statements=len(section.statements),
                    embedded=counts[Rating.EMBEDDED],
                    developing=counts[Rating.DEVELOPING],
                    not_yet=counts[Rating.NOT_YET],
                    score=round(sum(r.rank for _, r in rated) / (2 * len(rated)), 4) if rated else None,
                    strengths=tuple(sid for sid, r in rated if r is Rating.EMBEDDED),
                    priorities=tuple(
                        sid for sid, r in sorted(rated, key=lambda x: x[1].rank) if r is not Rating.EMBEDDED
                    ),
                )
            )
        return tuple(out)

    def priorities(self, limit: int | None = None) -> tuple[str, ...]:
        """Statement ids to work on: not yet first, then developing, in the framework's order."""
        ranked = sorted(
            (r for r in self.ratings if r.rating is not Rating.EMBEDDED), key=lambda r: r.rating.rank
        )
        ids = tuple(r.statement_id for r in ranked)
        return ids if limit is None else ids[: max(limit, 0)]

    def compare(self, later: OrganisationReview) -> tuple[ReviewChange, ...]:
        """Statement by statement, how the ratings changed from this review to ``later``."""
        if not isinstance(later, OrganisationReview):
            msg = f"compare needs another OrganisationReview, not {type(later).__name__}"
            raise TypeError(msg)
        before = {r.statement_id: r.rating for r in self.ratings}
        after = {r.statement_id: r.rating for r in later.ratings}
        return tuple(
            ReviewChange(statement_id=st.id, before=before.get(st.id), after=after.get(st.id))
            for st in load_catalogue().statements
            if st.id in before or st.id in after
        )

    def __str__(self) -> str:
        who = f" of {self.organisation}" if self.organisation else ""
        rated = f"{len(self.ratings)} statement{'' if len(self.ratings) == 1 else 's'} rated"
        lines = [f"CPD review{who}: {rated}"]
        for s in self.sections():
            title = s.title or f"Section {s.number}"
            score = "not rated" if s.score is None else f"{s.score:.2f}"
            lines.append(
                f"  {s.number}. {title}: {score} ({s.embedded} embedded, {s.developing} developing, "
                f"{s.not_yet} not yet, of {s.statements})"
            )
        lines.append("  priorities: " + (", ".join(self.priorities(limit=5)) or "none"))
        return "\n".join(lines)


def _register_hooks(conv: Any) -> None:
    """A review's date is an ISO string in every converter; a Rating is structured from its value only."""
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override  # noqa: PLC0415

    def structure_rating(value: object, _: type) -> Rating:
        # a str enum: without this hook cattrs would pass any string through unchecked
        if not isinstance(value, str):
            msg = f"expected one of {', '.join(repr(r.value) for r in Rating)}, found {type(value).__name__}"
            raise TypeError(msg)
        return Rating(value)  # ValueError for anything else

    conv.register_structure_hook(Rating, structure_rating)

    iso = override(
        struct_hook=lambda value, _: None if value is None else _dt.date.fromisoformat(value),
        unstruct_hook=lambda day: None if day is None else day.isoformat(),
    )
    conv.register_structure_hook(
        OrganisationReview, make_dict_structure_fn(OrganisationReview, conv, date=iso)
    )
    conv.register_unstructure_hook(
        OrganisationReview, make_dict_unstructure_fn(OrganisationReview, conv, date=iso)
    )


@attrs.frozen(kw_only=True)
class RatingDoc:
    statement: Name
    rating: Name
    note: str = ""
    evidence: str = ""


@attrs.frozen(kw_only=True)
class ProgrammeItem:
    """A development priority common in a cohort, and the activities that serve it."""

    descriptor_id: str
    """The descriptor."""
    trainers: int
    """Trainers with it among their first priorities."""
    activity_ids: tuple[str, ...]
    """Activities the activity map links to its category, in map order."""


def programme(
    cohort: Cohort, *, limit: int = 5, activity_map: ActivityMap | None = None
) -> tuple[ProgrammeItem, ...]:
    """A cohort's most common development priorities with the activities that serve them.

    For planning provision: which activities would reach the most trainers.
    Uses :meth:`Cohort.common_priorities` and the (bundled or given) activity map.
    """
    activity_map = activity_map if activity_map is not None else ActivityMap.bundled()
    fw = cohort.framework
    activity_map.check(fw, load_catalogue())
    return tuple(
        ProgrammeItem(
            descriptor_id=did,
            trainers=n,
            activity_ids=tuple(
                link.activity_id for link in activity_map.for_category(fw.descriptor(did).category_id)
            ),
        )
        for did, n in cohort.common_priorities(limit=limit)
    )
