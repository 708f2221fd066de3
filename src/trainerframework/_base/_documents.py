r"""Strict reading of users' documents: one cattrs converter, one shape of error.

Framework files, lexicon files and evidence files are each structured into
private document classes (frozen attrs classes that mirror the file format)
by one strict cattrs converter: unknown keys are forbidden, nothing is
coerced (``3`` is not a string, ``true`` is not an integer, a table is not a
list), and :func:`cattrs.transform_error` turns every failure into a
:class:`~trainerframework.Problem` with its path inside the document. What a
type cannot say (unknown ids, duplicates, strands) stays with each reader,
which checks the structured document.

The narrow value types (:data:`Id`, :data:`Name`, :data:`Weight`, ...) carry
the checks that used to be scattered through hand-written readers.

cattrs is imported on first use: building the bundled framework never needs
it (its document is checked by the test suite through this same path).

Every JSON and TOML text a user gives is parsed by :func:`parse_json` or
:func:`parse_toml`, so every reader accepts and refuses the same things: a
byte-order mark is skipped; a key given twice in one table, a lone surrogate
escape (``"\ud800"``, which no writer can encode) and an integer longer than
Python converts (4,300 digits) are problems at their path; syntax errors name
the line and column; nesting too deep has one message, :data:`TOO_DEEP`.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from typing import TYPE_CHECKING, Any, NewType, TypeVar, get_args, get_origin

import attrs

from ..exceptions import InvalidInputError, Problem
from ._cache import once
from ._checks import FINITE, POSITIVE, UNIT, WEIGHT, NumberKind
from ._patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Callable

    from cattrs import BaseConverter, Converter

__all__ = [
    "ID_PATTERN",
    "PROBLEM_CAP",
    "TOO_DEEP",
    "Expected",
    "Id",
    "Invalid",
    "Name",
    "Names",
    "Rank",
    "Share",
    "Unparsable",
    "Weight",
    "capped",
    "describe",
    "grouped",
    "member",
    "message_of",
    "open_record",
    "parse_json",
    "parse_toml",
    "problem_kind",
    "strict_converter",
    "strict_list",
    "strict_record",
    "structure",
    "structure_versioned",
    "trusted",
]

T = TypeVar("T")

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")  # used with fullmatch: no trailing newline slips in

Id = NewType("Id", str)
"""An identifier: letters, digits, ``.``, ``-``, ``_``; no spaces."""
Name = NewType("Name", str)
"""A string with something besides white space."""
Weight = NewType("Weight", float)
"""A finite number >= 0 (an integer is accepted)."""
Share = NewType("Share", float)
"""A finite number from 0 to 1."""
Rank = NewType("Rank", int)
"""1, 2 or 3: the lowest, middle or highest stage."""
Names = NewType("Names", tuple[str, ...])
"""A non-empty list of :data:`Name` strings."""
Count = NewType("Count", int)
"""A whole number, 0 or more."""
Positive = NewType("Positive", float)
"""A finite number > 0 (an integer is accepted)."""
NonEmpty = NewType("NonEmpty", str)
"""A string of at least one character (white space counts: a trainer id may be one)."""
Value = NewType("Value", object)
"""Any JSON value, passed through as parsed: a part that a reader of its own checks."""

COUNT = "a count (a whole number, 0 or more)"

TOO_DEEP = "nested too deeply to read (lists and tables inside each other about 1,000 levels deep)"
RANK_MESSAGE = "expected 1, 2 or 3 (the lowest, middle or highest stage)"


class Expected(TypeError):
    """A value of the wrong type: ``expected a string, found an integer``."""

    def __init__(self, what: str, value: object) -> None:
        super().__init__(f"expected {what}, found {describe(value)}")


class Invalid(ValueError):
    """A value of the right type that breaks a rule; the message says which."""


def describe(value: object) -> str:
    """How a document value is named in messages: ``a string``, ``true``, ``null``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    names = {str: "a string", int: "an integer", float: "a number", list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


# -- scalar hooks: strict, never coercing ------------------------------------------


def _str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise Expected("a string", value)
    return value


def _int(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):  # bool is an int subclass
        raise Expected("an integer", value)
    return value


def _bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise Expected("true or false", value)
    return value


def _number(value: object) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise Expected("a number", value)
    if not FINITE.accepts(value):
        raise Invalid(f"expected {FINITE.expected}, found {value!r}")
    return float(value)


def _value(value: object, _: type) -> object:
    return value


def _float(value: object, _: type) -> float:
    return _number(value)


def _count(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise Expected(COUNT, value)
    if value < 0:
        raise Invalid(f"expected {COUNT}, found {value!r}")
    return value


def _id(value: object, _: type) -> str:
    text = _str(value, str)
    if not text.strip():
        raise Invalid("must not be empty")
    if not ID_PATTERN.fullmatch(text):
        raise Invalid(f"invalid id {text!r} (letters, digits, '.', '-', '_'; no spaces)")
    return text


def _non_empty(value: object, _: type) -> str:
    text = _str(value, str)
    if not text:
        raise Invalid("must not be empty")
    return text


def _name(value: object, _: type) -> str:
    text = _str(value, str)
    if not text.strip():
        raise Invalid("must not be empty")
    return text


def _weight(value: object, _: type) -> float:
    return _of_kind(value, WEIGHT)


def _share(value: object, _: type) -> float:
    return _of_kind(value, UNIT)


def _positive(value: object, _: type) -> float:
    return _of_kind(value, POSITIVE)


def _of_kind(value: object, kind: NumberKind) -> float:
    number = _number(value)
    if not kind.accepts(number):
        raise Invalid(f"expected {kind.expected}, found {value!r}")
    return number


def _names(value: object, _: type) -> tuple[str, ...]:
    if isinstance(value, list | tuple) and not value:
        raise Invalid("expected a non-empty list of non-empty strings")
    names: tuple[str, ...] = _converter().structure(value, tuple[Name, ...])
    return names


def _rank(value: object, _: type) -> int:
    if type(value) is not int or value not in {1, 2, 3}:
        raise Invalid(RANK_MESSAGE)
    return value


# -- containers: a list is a list, a table is a table -------------------------------


def _is_tuple(t: Any) -> bool:
    args = get_args(t)
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_dict(t: Any) -> bool:
    return get_origin(t) is dict


def _strict_tuple(t: Any, conv: Converter) -> Callable[[Any, Any], Any]:
    return strict_list(t, conv)


def strict_list(t: Any, conv: BaseConverter) -> Callable[[Any, Any], Any]:
    """A structure hook for ``tuple[X, ...]`` that refuses anything but a list (a string is not one)."""
    from cattrs.cols import homogenous_tuple_structure_factory  # noqa: PLC0415

    inner = homogenous_tuple_structure_factory(t, conv)

    def structure_list(value: object, cls: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise Expected("a list", value)
        return inner(value, cls)

    return structure_list


def _strict_dict(t: Any, conv: Converter) -> Callable[[Any, Any], Any]:
    # not conv.gen_structure_mapping(t): it registers its own hook for t, so a later record
    # with a field of the same dict type would get that hook, without the check below
    from cattrs.cols import mapping_structure_factory  # noqa: PLC0415

    inner = mapping_structure_factory(t, conv)

    def structure_table(value: object, cls: Any) -> Any:
        if not isinstance(value, dict):
            raise Expected("a table", value)
        return inner(value, cls)

    return structure_table


def _strict_class(t: Any, conv: Converter) -> Callable[[Any, Any], Any]:
    return strict_record(t, conv, forbid_extra_keys=not vars(t).get(_OPEN, False))


_OPEN = "_trainerframework_open_record"
"""The class attribute :func:`open_record` sets (on the class itself, not inherited)."""


def open_record(cls: type[T]) -> type[T]:
    """Mark ``cls`` as the document class of a foreign format: keys it does not name are allowed.

    A CASE package carries many fields the importer does not read; those it
    reads are still checked strictly (nothing coerced). A class decorator: the
    mark is an attribute of the class, so no registry is kept.
    """
    setattr(cls, _OPEN, True)
    return cls


def strict_record(
    t: Any, conv: BaseConverter, *, forbid_extra_keys: bool = True
) -> Callable[[Any, Any], Any]:
    """A structure hook for the attrs class ``t`` that refuses anything but a table with its keys only.

    Unknown keys of ``t`` are refused whatever ``conv`` was told: a public
    type's hook built on a user's converter (``configure_converter``) refuses
    them as ``loads`` does (the values inside follow that converter's own
    rules). ``forbid_extra_keys=False`` is for :func:`open_record` classes.
    """
    from cattrs.gen import make_dict_structure_fn  # noqa: PLC0415

    inner = make_dict_structure_fn(t, conv, _cattrs_forbid_extra_keys=forbid_extra_keys)

    def structure_record(value: object, cls: Any) -> Any:
        if not isinstance(value, dict):
            raise Expected("a table", value)
        return inner(value, cls)

    return structure_record


@once
def _converter() -> Converter:
    return strict_converter()


def strict_converter() -> Converter:
    """A new strict cattrs converter: the rules of this module (no coercion, no unknown keys).

    The document reader uses one; the serializer (``dumps``/``loads``) builds
    its own on the same rules and adds the public types' hooks to it.
    """
    from cattrs import Converter  # noqa: PLC0415 - lazy: import cost

    conv = Converter(forbid_extra_keys=True, detailed_validation=True)
    for cls, hook in (
        (str, _str),
        (int, _int),
        (float, _float),
        (bool, _bool),
        (Count, _count),
        (Positive, _positive),
        (NonEmpty, _non_empty),
        (Value, _value),
        (Id, _id),
        (Name, _name),
        (Weight, _weight),
        (Share, _share),
        (Rank, _rank),
        (Names, _names),
    ):
        conv.register_structure_hook(cls, hook)
    conv.register_structure_hook_factory(_is_tuple, lambda t: _strict_tuple(t, conv))
    conv.register_structure_hook_factory(_is_dict, lambda t: _strict_dict(t, conv))
    conv.register_structure_hook_factory(attrs.has, lambda t: _strict_class(t, conv))
    return conv


def message_of(exc: BaseException, cls: type | None) -> str:
    """What went wrong, in the words the rest of the library uses."""
    from cattrs import ForbiddenExtraKeysError  # noqa: PLC0415
    from cattrs.v import format_exception  # noqa: PLC0415

    if isinstance(exc, Expected | Invalid):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required key is missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        keys = sorted(map(str, exc.extra_fields))
        allowed = ", ".join(a.name for a in attrs.fields(exc.cl))
        noun = "key" if len(keys) == 1 else "keys"
        return f"unknown {noun} {', '.join(map(repr, keys))} (allowed: {allowed})"
    return format_exception(exc, cls)


def structure(data: object, cls: type[T], path: str = "$") -> tuple[T | None, list[Problem]]:
    """Structure ``data`` into the document class ``cls``: the value, or None and every problem."""
    from cattrs import BaseValidationError, transform_error  # noqa: PLC0415

    try:
        return _converter().structure(data, cls), []
    except BaseValidationError as exc:
        problems = []
        for line in transform_error(exc, path=path, format_exception=message_of):
            message, _, where = line.rpartition(" @ ")
            problems.append(Problem(_SIMPLE_KEY.sub(r".\1", where), message))
        return None, problems
    except (Expected, Invalid) as exc:  # a scalar or container at the top level
        return None, [Problem(path, str(exc))]


def structure_versioned(
    data: object, cls: type[T], version: int, source: str, fixed: dict[str, object] | None = None
) -> T:
    """A versioned file's document: ``data`` structured into ``cls`` after its version is checked.

    ``schema_version`` must be the int ``version`` (true, which equals 1 in Python, is not), and
    each key of ``fixed`` its value; then :func:`structure`. Every problem is reported at once.

    Raises:
        InvalidInputError: with every problem at its path, naming ``source``.

    """
    if not isinstance(data, dict):
        raise InvalidInputError([Problem("$", "expected an object")], source)
    problems = []
    found = data.get("schema_version")
    if "schema_version" not in data:
        problems.append(Problem("$.schema_version", f"required key is missing (expected {version})"))
    elif type(found) is not int or found != version:
        problems.append(Problem("$.schema_version", f"expected {version}"))
    checked = {"$.schema_version"}
    for key, value in (fixed or {}).items():
        checked.add(f"$.{key}")
        if data.get(key) != value:
            problems.append(Problem(f"$.{key}", f"expected {value}"))
    doc, structured = structure(data, cls)
    problems += [p for p in structured if p.path not in checked]
    if problems or doc is None:
        raise InvalidInputError(problems, source)
    return doc


def structurer(cls: type[T]) -> Callable[[object], tuple[T | None, list[Problem]]]:
    """:func:`structure` for many documents of one class (a cohort's lines): the hook looked up once.

    A document that fails is structured again by :func:`structure`, for its problems.
    """
    from cattrs import BaseValidationError  # noqa: PLC0415

    hook = _converter().get_structure_hook(cls)

    def run(data: object) -> tuple[T | None, list[Problem]]:
        try:
            value: T = hook(data, cls)
        except (BaseValidationError, Expected, Invalid):
            return structure(data, cls)
        return value, []

    return run


_SIMPLE_KEY = lazy_pattern(r"\['([A-Za-z0-9_\-]+)'\]")  # $.concepts['a'] reads better as $.concepts.a


def member(path: str, key: str) -> str:
    """The path of ``key`` inside the table at ``path``, written as :func:`structure` writes it."""
    return f"{path}.{key}" if _SIMPLE_KEY.fullmatch(f"[{key!r}]") else f"{path}[{key!r}]"


# -- trusted documents: the bundled data -----------------------------------------------


def trusted(data: Any, cls: type[T]) -> T:
    """Build the document class ``cls`` from data known to be valid, without cattrs.

    Only for data shipped with the package; a test checks that
    :func:`structure` gives the same document for it, so the two cannot drift.
    """
    return _trusted(data, cls)  # type: ignore[no-any-return]


def _trusted(data: Any, t: Any) -> Any:
    if attrs.has(t):
        fields = _fields(t)
        return t(**{name: _trusted(data[name], ft) for name, ft in fields if name in data})
    if _is_tuple(t):
        inner = get_args(t)[0]
        return tuple(_trusted(item, inner) for item in data)
    if _is_dict(t):
        inner = get_args(t)[1]
        return {key: _trusted(value, inner) for key, value in data.items()}
    return data


@once
def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    return tuple((a.name, a.type) for a in attrs.fields(attrs.resolve_types(cls)))


# -- parsing users' JSON and TOML: one reader for every file ---------------------------

PROBLEM_CAP = 20
"""The most problems of one kind listed; the rest are counted (``and 1,234 more``)."""


def capped(
    problems: list[Problem], place: str, cap: int = PROBLEM_CAP, *, more: str = "problems like these"
) -> list[Problem]:
    """The first ``cap`` problems, then one problem at ``place`` counting the others (``and 12 more ...``)."""
    if len(problems) <= cap:
        return problems
    return [*problems[:cap], Problem(place, f"and {len(problems) - cap:,} more {more}")]


_VALUES = lazy_pattern(r"'[^']*'|\"[^\"]*\"|(?<![\w.])\d[\w,.]*")


def problem_kind(message: str) -> str:
    """What kind of problem a message tells: the message with its quoted values and numbers as ``...``.

    ``invalid judgement 'yes' for descriptor 'a.b.1'`` and ``invalid
    judgement 'no' for descriptor 'c.d.2'`` are one kind.
    """
    return _VALUES.sub("...", message.split("; did you mean", 1)[0])


def grouped(problems: list[Problem], place: str, cap: int = PROBLEM_CAP) -> list[Problem]:
    """At most ``cap`` problems of each kind, in order, then for each kind with more a count of the rest.

    A systematic error (one bad column in 1,001 rows) is told 20 times and
    then ``and 981 more of the same kind (...)``, at ``place``; see :func:`capped`.
    """
    kinds: dict[str, list[Problem]] = {}
    for p in problems:
        kinds.setdefault(problem_kind(p.message), []).append(p)
    if all(len(found) <= cap for found in kinds.values()):
        return problems
    kept = {id(p) for found in kinds.values() for p in found[:cap]}
    rest = [
        capped(found, place, cap, more=f"of the same kind ({kind})")[-1]
        for kind, found in kinds.items()
        if len(found) > cap
    ]
    return [p for p in problems if id(p) in kept] + rest


class Unparsable(ValueError):
    """Text that is not a valid document: its problems, each at a path (``$.a[0]``), or a syntax error.

    A syntax error has ``line`` and ``column``, and one problem whose path is
    ``line L, column C``. Each reader raises its own error with these
    problems: :attr:`problems` as they are, or :meth:`located` in a file.
    """

    def __init__(self, problems: list[Problem], line: int | None = None, column: int | None = None) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = tuple(problems)
        self.line = line
        self.column = column

    @classmethod
    def syntax(cls, line: int, column: int, message: str) -> Unparsable:
        """A syntax error at a line and column."""
        return cls([Problem(f"line {line}, column {column}", message)], line, column)

    def located(self, name: str) -> list[Problem]:
        """The problems as file readers name them: ``file:line`` for a syntax error, else ``file:$.path``."""
        if self.line is not None:
            return [Problem(f"{name}:{self.line}", f"{self.problems[0].message} (column {self.column})")]
        return [Problem(f"{name}:{p.path}", p.message) for p in self.problems]


_LONE = lazy_pattern("[\ud800-\udfff]")
_SURROGATE_ESCAPE = lazy_pattern(r"\\u[dD][89a-fA-F]")


class _Doubled(dict[str, Any]):
    """A parsed JSON table in which some key was given more than once (``doubled``: key -> times)."""

    doubled: dict[str, int]


class _Digits:
    """An integer too long to convert: only its length is kept, to report it."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


class _Marks:
    """JSON decoder hooks that mark what the library refuses, to be found with their paths afterwards."""

    def __init__(self) -> None:
        self.seen = False

    def table(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        table = dict(pairs)
        if len(table) == len(pairs):
            return table
        self.seen = True
        doubled = _Doubled(table)
        doubled.doubled = {k: n for k, n in Counter(k for k, _ in pairs).items() if n > 1}
        return doubled

    def integer(self, text: str) -> int | _Digits:
        try:
            return int(text)
        except ValueError:
            self.seen = True
            return _Digits(len(text.lstrip("-")))


def _lone(text: str) -> str | None:
    found = _LONE.search(text)
    return found.group() if found else None


def _marked(data: object, strings: bool) -> list[Problem]:
    """Each marked table and integer in ``data`` (and with ``strings``, lone surrogates), at its path."""
    problems: list[Problem] = []
    stack: list[tuple[object, str]] = [(data, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            if isinstance(value, _Doubled):
                problems += [
                    Problem(member(path, key), f"key {key!r} is given {n} times in one table (give it once)")
                    for key, n in value.doubled.items()
                ]
            for key, item in reversed(value.items()):
                if strings and (bad := _lone(key)):
                    message = f"the key holds a lone surrogate {bad!r} (half of a UTF-16 pair): not text"
                    problems.append(Problem(member(path, key), message))
                stack.append((item, member(path, key)))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{i}]") for i, item in reversed(list(enumerate(value))))
        elif isinstance(value, _Digits):
            limit = sys.get_int_max_str_digits()
            problems.append(
                Problem(path, f"an integer of {value.digits:,} digits (at most {limit:,} are read)")
            )
        elif strings and isinstance(value, str) and (bad := _lone(value)):
            problems.append(Problem(path, f"a lone surrogate {bad!r} (half of a UTF-16 pair): not text"))
    return capped(problems, "$")


def parse_json(text: str | bytes) -> object:
    r"""Parse a user's JSON document; raise :class:`Unparsable` with every problem.

    A byte-order mark is skipped. Refused, each at its path: a key given twice
    in one table (JSON readers would keep the last silently), a lone surrogate
    escape such as ``"\ud800"``, an integer of more digits than Python
    converts. Nesting deeper than the interpreter can parse is
    :data:`TOO_DEEP`.
    """
    if isinstance(text, bytes | bytearray):  # as json.loads reads bytes: UTF-8, -16 or -32
        text = bytes(text).decode(json.detect_encoding(text), "surrogatepass")
    text = text.removeprefix("\ufeff")
    marks = _Marks()
    try:
        try:
            data = json.loads(text, object_pairs_hook=marks.table)
        except json.JSONDecodeError:
            raise
        except ValueError:  # an integer over the conversion limit: read again to find where
            data = json.loads(text, object_pairs_hook=marks.table, parse_int=marks.integer)
    except json.JSONDecodeError as exc:
        raise Unparsable.syntax(exc.lineno, exc.colno, f"not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise Unparsable([Problem("$", TOO_DEEP)]) from None
    strings = bool(_SURROGATE_ESCAPE.search(text) or _LONE.search(text))
    if marks.seen or strings:
        problems = _marked(data, strings)
        if problems:
            raise Unparsable(problems)
    return data


def read_json_file(path: str | os.PathLike[str], what: str) -> object:
    """A user's JSON file, read within the input limit and parsed (:func:`parse_json`).

    Raises:
        InputFileError: the file cannot be read (missing, too large, not UTF-8 ...).
        InvalidInputError: it is no JSON, every problem named ``file:line`` or ``file:$.path``.

    """
    from ._input import read_text  # noqa: PLC0415

    name = os.fspath(path)
    try:
        return parse_json(read_text(path, what))
    except Unparsable as exc:
        raise InvalidInputError(exc.located(name), name) from None


def parse_toml(text: str) -> object:
    """Parse a user's TOML document; raise :class:`Unparsable` with the problem.

    A byte-order mark is skipped. TOML itself refuses a key given twice and a
    surrogate escape; an integer of more digits than Python converts and
    nesting too deep are problems too, not crashes.
    """
    import tomllib  # noqa: PLC0415 - only TOML files need it

    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        raise Unparsable([Problem("$", f"not valid TOML: {exc}")]) from None
    except RecursionError:
        raise Unparsable([Problem("$", TOO_DEEP)]) from None
    except ValueError:  # an integer over the conversion limit (tomllib does not say where)
        limit = sys.get_int_max_str_digits()
        raise Unparsable([Problem("$", f"an integer of more than {limit:,} digits")]) from None
