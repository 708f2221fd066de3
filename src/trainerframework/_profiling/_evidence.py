"""Evidence: judgements about descriptors, from one or more sources.

A judgement says whether a trainer's practice meets a descriptor: ``met``,
``partly`` or ``not_met``. Each judgement may carry its source (``"self"``,
``"observer"``, ``"peer"``: an open vocabulary), a date, a note (the evidence
text) and a confidence between 0 and 1. :class:`Evidence` is an immutable,
order-independent collection of such judgements.
"""

from __future__ import annotations

import datetime as _dt
import enum
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import attrs

from .._base._checks import UNIT
from .._base._documents import strict_list, strict_record
from .._base._lenient import NOTHING_SKIPPED, Skipped
from ..exceptions import InvalidEvidenceError

if TYPE_CHECKING:
    from cattrs import BaseConverter

__all__ = [
    "DEFAULT_SOURCE",
    "ROW_CONFIDENCE",
    "ROW_DATE",
    "ROW_ID",
    "ROW_JUDGEMENT",
    "ROW_NOTE",
    "ROW_SOURCE",
    "Evidence",
    "EvidenceDoc",
    "EvidenceItem",
    "Judgement",
    "Row",
    "canonical_ranks",
    "checked_row",
]

DEFAULT_SOURCE = "self"
"""The source given to judgements that do not name one."""


class Judgement(enum.Enum):
    """How far practice meets a descriptor."""

    MET = "met"
    """The practice meets the descriptor."""
    PARTLY = "partly"
    """The practice partly meets the descriptor."""
    NOT_MET = "not_met"
    """The practice does not (yet) meet the descriptor."""

    # Members are singletons compared by identity, so identity hashing is
    # consistent with equality, and keeps dict look-ups in C (Enum's own
    # __hash__ is Python code, the hot spot of profiling).
    __hash__ = object.__hash__

    @classmethod
    def parse(cls, value: Judgement | str, where: str = "") -> Judgement:
        """Return the judgement for ``value`` (a Judgement or one of its strings).

        Common spellings are accepted where they are unambiguous, whatever the
        case: "Met", "partly met", "partially", "Not Met", "not yet met",
        "not-met", "unmet". Raises InvalidEvidenceError listing the allowed
        values otherwise.
        """
        if isinstance(value, Judgement):
            return value
        found = _BY_VALUE.get(value) if isinstance(value, str) else None
        if found is None and isinstance(value, str):
            found = _SPELLINGS.get(" ".join(value.lower().replace("_", " ").replace("-", " ").split()))
        if found is None:
            allowed = ", ".join(repr(j.value) for j in cls)
            at = f" for {where}" if where else ""
            msg = f"invalid judgement {value!r}{at}: expected one of {allowed}"
            raise InvalidEvidenceError(msg)
        return found


_BY_VALUE = {j.value: j for j in Judgement}
# Unambiguous spellings people write in spreadsheets (case, blanks, "-" and "_" do not matter)
_SPELLINGS = {
    "met": Judgement.MET,
    "partly": Judgement.PARTLY,
    "partly met": Judgement.PARTLY,
    "partially": Judgement.PARTLY,
    "partially met": Judgement.PARTLY,
    "not met": Judgement.NOT_MET,
    "not yet met": Judgement.NOT_MET,
    "unmet": Judgement.NOT_MET,
}
_VALUE_OF: dict[object, str] = {**{j.value: j.value for j in Judgement}, **{j: j.value for j in Judgement}}

# One judgement as stored inside Evidence: (descriptor_id, judgement value,
# source, date, note, confidence). Rows keep Evidence cheap to build and hold
# only atomic values (the judgement as its string), so the garbage collector
# stops tracking them: that matters when a cohort keeps 100,000 profiles.
# EvidenceItem is the public, named view of a row.
Row = tuple[str, str, str, "_dt.date | None", str, float]
# Where each field stands in a Row: other modules read rows by these names, never by
# number. Rows stay plain tuples rather than a NamedTuple: measured on 1,000,000 rows
# (python 3.11), a NamedTuple is 4x slower to build and, being a tuple subclass, stays
# tracked by the garbage collector (a full collection 6x slower), which is what the
# plain tuple of atomic values avoids for a cohort of a million profiles.
ROW_ID: Final = 0
ROW_JUDGEMENT: Final = 1
ROW_SOURCE: Final = 2
ROW_DATE: Final = 3
ROW_NOTE: Final = 4
ROW_CONFIDENCE: Final = 5


def _check_confidence(value: float, where: str) -> float:
    if not UNIT.accepts(value):
        msg = f"invalid confidence {value!r} for {where}: expected {UNIT.expected}"
        raise InvalidEvidenceError(msg)
    return float(value)


def check_date(value: object, where: str) -> _dt.date | None:
    if value is None or (isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    msg = f"invalid date {value!r} for {where}: expected a date or an ISO date string (YYYY-MM-DD)"
    raise InvalidEvidenceError(msg)


def checked_row(  # noqa: PLR0917 - mirrors the Row tuple, field by field
    descriptor_id: object,
    judgement: object,
    source: object,
    date: object,
    note: object,
    confidence: object,
) -> Row:
    if not isinstance(descriptor_id, str) or not descriptor_id:
        msg = f"invalid descriptor id {descriptor_id!r}: expected a non-empty string"
        raise InvalidEvidenceError(msg)
    where = f"descriptor {descriptor_id!r}"
    if not isinstance(source, str) or not source:
        msg = f"invalid source {source!r} for {where}: expected a non-empty string"
        raise InvalidEvidenceError(msg)
    if not isinstance(note, str):
        msg = f"invalid note for {where}: expected a string, found {type(note).__name__}"
        raise InvalidEvidenceError(msg)
    return (
        descriptor_id,
        Judgement.parse(judgement, where).value,  # type: ignore[arg-type]
        source,
        check_date(date, where),
        note,
        _check_confidence(confidence, where),  # type: ignore[arg-type]
    )


_first = operator.itemgetter(0)


def _row_key(row: Row) -> tuple[str, str, _dt.date, str, str, float]:
    return (row[0], row[2], row[3] or _dt.date.min, row[1], row[4], row[5])


def _canonical(rows: Iterable[Row]) -> tuple[tuple[Row, ...], bool]:
    """Rows in canonical order, and whether every descriptor id occurs once."""
    listed = list(rows)
    unique = len(set(map(_first, listed))) == len(listed)
    if unique:
        listed.sort(key=_first)  # ids differ: id order is tuple order (and str keys sort fastest)
    else:
        listed.sort(key=_row_key)
    return tuple(listed), unique


def canonical_ranks(rows: Sequence[Row | None]) -> tuple[list[int], list[int]]:
    """Each row's place in canonical order, and its descriptor id's place (-1 for a None).

    Rows of equal sort key share a place, as do rows of one id, so sorting a
    trainer's rows by place (stably) orders them as :func:`_canonical` does
    (by id where ids differ, else by the whole key, ties kept in the order
    given), and rows of one id sit side by side. The frame reader sorts
    every trainer's rows at once by these places.
    """
    given = [k for k, row in enumerate(rows) if row is not None]
    keyed = sorted(given, key=lambda k: _row_key(rows[k]))  # type: ignore[arg-type]
    place, id_place = [-1] * len(rows), [-1] * len(rows)
    key: object = None
    did: object = None
    n = m = -1
    for k in keyed:
        row = rows[k]
        assert row is not None  # noqa: S101 - only rows given are keyed
        row_key = _row_key(row)
        if row_key != key:
            key, n = row_key, n + 1
        if row[0] != did:
            did, m = row[0], m + 1
        place[k], id_place[k] = n, m
    return place, id_place


_SHARED_ROWS: dict[tuple[str, _dt.date | None, float], dict[tuple[object, object], Row]] = {}
"""Rows made by :meth:`Evidence.from_mapping`, per (source, date, confidence), keyed by the
(descriptor id, judgement) pair as given; bounded (a full table starts again)."""
_SHARED_CAP = 1 << 16
_SHARED_CONTEXTS = 64


def _new_row(pair: tuple[object, object], source: str, day: _dt.date | None, conf: float) -> Row:
    """The checked row of one ``(descriptor id, judgement)`` pair of a mapping."""
    did, value = pair
    judgement = _VALUE_OF.get(value) if isinstance(value, str | Judgement) else None
    if judgement is None or not isinstance(did, str) or not did:
        return checked_row(did, value, source, day, "", conf)  # raises the precise error
    return (did, judgement, source, day, "", conf)


def _to_judgement(value: Judgement | str) -> Judgement:
    return Judgement.parse(value)


def _to_date(value: _dt.date | str | None) -> _dt.date | None:
    return check_date(value, "this judgement")


def _to_rows(rows: Iterable[Row]) -> tuple[Row, ...]:
    """Rows given to the public constructor, each checked like an EvidenceItem."""
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        msg = f"Evidence rows must be an iterable of row tuples, not {type(rows).__name__}"
        raise InvalidEvidenceError(msg)
    out = []
    for n, row in enumerate(rows):
        if not isinstance(row, tuple) or len(row) != len(_ROW_FIELDS):
            msg = (
                f"invalid evidence row [{n}] {row!r}: expected a tuple ({', '.join(_ROW_FIELDS)}); "
                "Evidence.of() and Evidence.from_mapping() build evidence without rows"
            )
            raise InvalidEvidenceError(msg)
        try:
            out.append(checked_row(*row))
        except InvalidEvidenceError as exc:
            msg = f"invalid evidence row [{n}]: {exc}"
            raise InvalidEvidenceError(msg) from None
    return tuple(out)


_ROW_FIELDS = ("descriptor_id", "judgement", "source", "date", "note", "confidence")


@attrs.frozen(kw_only=True)
class EvidenceItem:
    """One judgement about one descriptor."""

    descriptor_id: str
    """Id of the descriptor judged."""
    judgement: Judgement = attrs.field(converter=_to_judgement)
    """met, partly or not_met (the strings are accepted too)."""
    source: str = DEFAULT_SOURCE
    """Who judged: ``"self"``, ``"observer"``, ``"peer"``, ... (an open vocabulary)."""
    date: _dt.date | None = attrs.field(default=None, converter=_to_date)
    """When the judgement was made, if known (an ISO date string is accepted)."""
    note: str = ""
    """The evidence: what was seen or said, for example the matched sentence."""
    confidence: float = 1.0
    """How sure the judge is, from 0 to 1."""

    def __attrs_post_init__(self) -> None:
        checked_row(self.descriptor_id, self.judgement, self.source, self.date, self.note, self.confidence)

    def _as_row(self) -> Row:
        return (
            self.descriptor_id,
            self.judgement.value,
            self.source,
            self.date,
            self.note,
            float(self.confidence),
        )


def _item(row: Row) -> EvidenceItem:
    return EvidenceItem(
        descriptor_id=row[0],
        judgement=_BY_VALUE[row[1]],
        source=row[2],
        date=row[3],
        note=row[4],
        confidence=row[5],
    )


@attrs.frozen(repr=False)
class Evidence:
    """An immutable collection of judgements, possibly from several sources.

    The order in which judgements are given does not matter: two Evidence
    objects with the same judgements are equal. Build one with
    :meth:`from_mapping` (``{descriptor_id: judgement}``), :meth:`of` (from
    :class:`EvidenceItem` objects), or combine several with ``|``.
    """

    rows: tuple[Row, ...] = attrs.field(converter=_to_rows)
    """The judgements as ``(descriptor_id, judgement value, source, date, note,
    confidence)`` tuples in canonical order; see :attr:`items` for the named view.
    Rows given to the constructor are checked one by one (an invalid row raises
    :class:`~trainerframework.InvalidEvidenceError` naming its index)."""
    _unique: bool = attrs.field(init=False, eq=False, hash=False, repr=False)
    _skipped: Skipped = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        rows, unique = _canonical(self.rows)
        object.__setattr__(self, "rows", rows)
        object.__setattr__(self, "_unique", unique)
        object.__setattr__(self, "_skipped", NOTHING_SKIPPED)

    @property
    def skipped(self) -> Skipped:
        """What a lenient read (``read_evidence(..., on_error="skip")``) left out; else empty.

        The problems of the rows or entries left out, each with its place
        (:meth:`Skipped.summary` counts them by kind). Not part of the
        evidence's value: equality, hashing and serialization ignore it, and
        evidence built from this one (``|``, :meth:`by_source`) starts empty.
        """
        return self._skipped

    @classmethod
    def _of_rows(cls, rows: Iterable[Row]) -> Evidence:
        """Evidence from rows already checked (the library's own fast path)."""
        return cls._of_canonical(*_canonical(rows))  # canonical order, as for checked rows

    @classmethod
    def _of_canonical(cls, rows: tuple[Row, ...], unique: bool) -> Evidence:
        """Evidence from checked rows already in canonical order, and whether every id occurs once.

        What :meth:`_of_rows` makes of the same rows, without sorting them: the
        frame reader orders every trainer's rows at once (:func:`canonical_ranks`).
        ``tests/test_frames.py`` (``test_trainer_evidence_is_the_plain_formula``)
        checks that path against :meth:`_of_rows`.
        """
        ev = cls.__new__(cls)
        object.__setattr__(ev, "rows", rows)
        object.__setattr__(ev, "_unique", unique)
        object.__setattr__(ev, "_skipped", NOTHING_SKIPPED)
        return ev

    @property
    def one_per_descriptor(self) -> bool:
        """Whether each descriptor has exactly one judgement."""
        return self._unique

    @classmethod
    def of(cls, items: Iterable[EvidenceItem]) -> Evidence:
        """Evidence from EvidenceItem objects."""
        rows = []
        for item in items:
            if not isinstance(item, EvidenceItem):
                msg = f"expected EvidenceItem objects, found {type(item).__name__}"
                raise InvalidEvidenceError(msg)
            rows.append(item._as_row())
        return cls._of_rows(rows)

    @classmethod
    def from_mapping(
        cls,
        judgements: Mapping[str, Judgement | str],
        *,
        source: str = DEFAULT_SOURCE,
        date: _dt.date | str | None = None,
        confidence: float = 1.0,
    ) -> Evidence:
        """Evidence from ``{descriptor_id: judgement}``, all from one source.

        Judgements may be :class:`Judgement` members or the strings
        ``"met"``, ``"partly"``, ``"not_met"``.
        """
        if not isinstance(judgements, Mapping):
            msg = f"expected a mapping of descriptor id to judgement, found {type(judgements).__name__}"
            raise InvalidEvidenceError(msg)
        if not isinstance(source, str) or not source:
            msg = f"invalid source {source!r}: expected a non-empty string"
            raise InvalidEvidenceError(msg)
        day = check_date(date, "this evidence")
        conf = _check_confidence(confidence, "this evidence")
        # Each distinct row is checked once and shared: rows are immutable, so
        # every trainer who judged a descriptor "met" (same source, date and
        # confidence) holds the same tuple, and a cohort keeps one pointer per
        # judgement instead of one tuple.
        shared = _SHARED_ROWS.get((source, day, conf))
        if shared is None or len(shared) > _SHARED_CAP:
            shared = _SHARED_ROWS[source, day, conf] = {}
            if len(_SHARED_ROWS) > _SHARED_CONTEXTS:
                _SHARED_ROWS.clear()
                _SHARED_ROWS[source, day, conf] = shared
        try:
            # keyed by (id, judgement as given): a hit was checked before
            rows: list[Row | None] = list(map(shared.get, judgements.items()))
            if None in rows:
                for n, pair in enumerate(judgements.items()):
                    if rows[n] is None:
                        rows[n] = shared[pair] = _new_row(pair, source, day, conf)
        except TypeError:  # an unhashable id or judgement: check each pair for the precise error
            rows = [_new_row(pair, source, day, conf) for pair in judgements.items()]
        # a mapping's ids differ: id order is canonical order
        return cls._of_canonical(tuple(sorted(rows, key=_first)), unique=True)  # type: ignore[arg-type]

    @classmethod
    def coerce(cls, value: Evidence | Mapping[str, Judgement | str] | Iterable[EvidenceItem]) -> Evidence:
        """Accept Evidence, a ``{descriptor_id: judgement}`` mapping, or EvidenceItems."""
        if isinstance(value, Evidence):
            return value
        if isinstance(value, Mapping):
            return cls.from_mapping(value)
        if isinstance(value, str | bytes):
            msg = (
                "evidence must be Evidence, a mapping {descriptor_id: judgement} or EvidenceItems, "
                "not a string"
            )
            raise InvalidEvidenceError(msg)
        if isinstance(value, Iterable):
            return cls.of(value)
        msg = f"evidence must be Evidence, a mapping or EvidenceItems, not {type(value).__name__}"
        raise InvalidEvidenceError(msg)

    @property
    def items(self) -> tuple[EvidenceItem, ...]:
        """Every judgement as an :class:`EvidenceItem`, in canonical order."""
        return tuple(_item(row) for row in self.rows)

    def __iter__(self) -> Iterator[EvidenceItem]:
        return (_item(row) for row in self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __or__(self, other: Evidence) -> Evidence:
        if not isinstance(other, Evidence):
            return NotImplemented
        return Evidence._of_rows(self.rows + other.rows)

    @property
    def descriptor_ids(self) -> tuple[str, ...]:
        """Ids of the descriptors judged, sorted, each once."""
        return tuple(sorted({row[0] for row in self.rows}))

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources that gave judgements, sorted."""
        return tuple(sorted({row[2] for row in self.rows}))

    def for_descriptor(self, descriptor_id: str) -> tuple[EvidenceItem, ...]:
        """Every judgement about one descriptor (which source said what)."""
        return tuple(_item(row) for row in self.rows if row[0] == descriptor_id)

    def by_source(self, source: str) -> Evidence:
        """Only the judgements of one source."""
        return Evidence._of_rows(row for row in self.rows if row[2] == source)

    def without(self, descriptor_ids: Iterable[str]) -> Evidence:
        """The evidence less every judgement about the given descriptors."""
        drop = set(descriptor_ids)
        return Evidence._of_rows(row for row in self.rows if row[0] not in drop)

    def __repr__(self) -> str:
        sources = ", ".join(self.sources) or "no source"
        n_ids = len(self.descriptor_ids)
        return f"<Evidence: {len(self.rows)} judgements of {n_ids} descriptors from {sources}>"


@attrs.frozen
class EvidenceDoc:
    """Evidence in a document: its items, as dumps writes them and loads reads them."""

    items: tuple[EvidenceItem, ...] = ()


def _register_hooks(conv: BaseConverter) -> None:
    """Evidence serializes as its items; Judgement as its string."""

    def unstructure_evidence(ev: Evidence) -> dict[str, Any]:
        return {"items": [conv.unstructure(item) for item in ev.items]}

    def structure_evidence(value: Any, _: type) -> Evidence:
        doc: EvidenceDoc = conv.structure(value, EvidenceDoc)
        return Evidence.of(doc.items)

    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override  # noqa: PLC0415

    # An item's date is an ISO string in every converter, without touching how it handles dates
    iso = override(
        struct_hook=lambda value, _: _to_date(value),
        unstruct_hook=lambda day: None if day is None else day.isoformat(),
    )
    conv.register_structure_hook(
        EvidenceItem, make_dict_structure_fn(EvidenceItem, conv, _cattrs_forbid_extra_keys=True, date=iso)
    )
    conv.register_unstructure_hook(EvidenceItem, make_dict_unstructure_fn(EvidenceItem, conv, date=iso))
    conv.register_unstructure_hook(Evidence, unstructure_evidence)
    # strict in any converter (configure_converter): only a table with "items", a list
    items = tuple[EvidenceItem, ...]
    conv.register_structure_hook_func(lambda t: t == items, strict_list(items, conv))
    conv.register_structure_hook_factory(lambda t: t is EvidenceDoc, lambda t: strict_record(t, conv))
    conv.register_structure_hook(Evidence, structure_evidence)
