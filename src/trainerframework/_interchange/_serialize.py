"""JSON serialization of every public value type, through one private cattrs converter.

A document is an envelope::

    {"schema_version": 1, "type": "Descriptor", "data": {...}}

``data`` is the value in cattrs' unstructured form, except for a
:class:`~trainerframework.Framework`, whose ``data`` is a framework document
in the file format (so a dumped framework is also a loadable framework file).
cattrs is imported on first use only, which keeps ``import trainerframework``
cheap.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable

from .._base._documents import Expected, Invalid, Unparsable, message_of, parse_json
from .._base._renamed import renamed
from ..exceptions import InvalidFrameworkError, Problem, SerializationError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeVar

    from cattrs import BaseConverter, Converter

    from .._model._framework import Framework

    T = TypeVar("T")
    _Unstructure = Callable[[Any], Any]
    _Structure = Callable[[Any, type], Any]

__all__ = ["dumps", "loads"]

DOCUMENT_VERSION = 1
"""Version of the envelope and of the value layouts inside it."""


@functools.cache
def serializable_names() -> tuple[str, ...]:
    """The serializable types, by public name, in the order of the name table (``__init__.pyi``).

    A public name is serializable when it is an ``attrs`` class or an enum:
    every value type is one (the design's rule), while behaviour (``Matcher``,
    ``LexiconScorer``, the ``Scorer`` protocol) is not, and exceptions are
    errors, not values (``Problem``, the attrs record they carry, is a value).
    No second list to keep in step: a new public value class is serializable
    by being public. The first call imports every public module (about 3 ms
    beyond what the converter's hooks import anyway). A module that defines
    one and needs converter hooks defines ``_register_hooks(converter)``.
    """
    import enum  # noqa: PLC0415

    import attrs  # noqa: PLC0415

    from .._base._names import public_names  # noqa: PLC0415

    def is_value(obj: object) -> bool:
        if not isinstance(obj, type) or issubclass(obj, BaseException):
            return False
        return attrs.has(obj) or issubclass(obj, enum.Enum)

    return tuple(name for name in public_names() if is_value(_public(name)))


def _public(name: str) -> object:
    import importlib  # noqa: PLC0415

    return getattr(importlib.import_module("trainerframework"), name)


def _type(name: str) -> type:
    cls = _public(name)
    if not isinstance(cls, type):
        msg = f"trainerframework.{name} is not a type"
        raise TypeError(msg)
    return cls


@functools.cache
def _converter() -> Converter:
    """The serializer's converter: the document reader's strict rules plus the public types' hooks."""
    from .._base._documents import strict_converter  # noqa: PLC0415 - lazy: cattrs' import cost

    conv = strict_converter()
    configure_converter(conv)
    return conv


def configure_converter(converter: BaseConverter) -> None:
    """Teach a cattrs converter of your own every public trainerframework type.

    Most public values are plain ``attrs`` classes that any converter handles;
    a few serialize in a form of their own (a :class:`Framework` as a framework
    document, :class:`Evidence` as a list of items, a :class:`Profile` as its
    framework id, rules and evidence). After this call, ``converter`` structures
    and unstructures all of them the way :func:`dumps` and :func:`loads` do::

        conv = cattrs.Converter()
        trainerframework.configure_converter(conv)
        conv.structure(conv.unstructure(profile), Profile) == profile
    """
    _register_records(converter)
    modules = dict.fromkeys(_type(name).__module__ for name in serializable_names())
    for module_name in modules:  # the order does not matter: hooks that need others are built on first use
        hooks = getattr(sys.modules[module_name], "_register_hooks", None)
        if hooks is not None:
            hooks(converter)


def _register_records(conv: BaseConverter) -> None:
    """The Framework serializes as a framework document (the file format), validated as one."""
    from .._model._format import framework_to_document  # noqa: PLC0415
    from .._model._framework import Framework, framework_from_document  # noqa: PLC0415

    conv.register_unstructure_hook(Framework, framework_to_document)
    conv.register_structure_hook(Framework, lambda value, _: framework_from_document(value))


def _name_of(obj: object) -> str:
    name = type(obj).__name__
    if name not in serializable_names() or _type(name) is not type(obj):
        known = ", ".join(sorted(serializable_names()))
        msg = f"cannot serialize {type(obj).__name__} (serializable types: {known})"
        raise TypeError(msg)
    return name


def unstructure(obj: object) -> Any:
    """The JSON-ready form of ``obj`` (the ``data`` part of a document)."""
    return _converter().unstructure(obj)


def dumps(obj: object, *, indent: int | None = None) -> str:
    """Serialize a public value (Framework, Descriptor, Evidence, Profile, ...) to JSON.

    The document carries its schema version and type name, so
    ``loads(dumps(x), type(x)) == x`` for every public value ``x``.
    """
    name = _name_of(obj)
    doc = {"schema_version": DOCUMENT_VERSION, "type": name, "data": unstructure(obj)}
    return json.dumps(doc, ensure_ascii=False, indent=indent, sort_keys=False)


def loads(
    text: str | bytes, cls: type[T], *, fw: Framework | None = None, framework: Framework | None = None
) -> T:
    """Read a document written by :func:`dumps` back into an instance of ``cls``.

    ``fw`` is the framework a :class:`~trainerframework.Profile` was made
    against (default: the bundled framework); ``framework=`` is its former,
    deprecated name.

    Raises:
        SerializationError: the text is not JSON, the envelope is wrong, the
            type does not match ``cls``, or the data does not fit ``cls``;
            every problem is listed with its path (``$.data.stage.rank``).
        TypeError: ``cls`` is not a serializable type.

    """
    framework = renamed(fw, framework, new_name="fw", old_name="framework", where="loads")
    name = getattr(cls, "__name__", repr(cls))
    if name not in serializable_names() or _type(name) is not cls:
        known = ", ".join(sorted(serializable_names()))
        msg = f"cannot deserialize into {name} (serializable types: {known})"
        raise TypeError(msg)
    try:
        doc: Any = parse_json(text)
    except Unparsable as exc:
        raise SerializationError(exc.problems) from None
    except (TypeError, UnicodeDecodeError, AttributeError) as exc:  # not text
        raise SerializationError([Problem("$", f"cannot read document: {exc}")]) from None
    problems = _check_envelope(doc, name)
    if problems:
        raise SerializationError(problems)
    from .._profiling._profile import FRAMEWORK_FOR_LOADS  # noqa: PLC0415

    token = FRAMEWORK_FOR_LOADS.set(framework)
    try:
        return structure(doc["data"], cls, "$.data")
    finally:
        FRAMEWORK_FOR_LOADS.reset(token)


def structure(data: Any, cls: type[T], path: str = "$") -> T:
    """Build ``cls`` from its unstructured form, turning failures into SerializationError."""
    from cattrs import BaseValidationError, transform_error  # noqa: PLC0415

    try:
        value: T = _converter().structure(data, cls)
    except InvalidFrameworkError as exc:
        raise SerializationError([_rebase(p, path) for p in exc.problems]) from None
    except SerializationError as exc:
        raise SerializationError([_rebase(p, path) for p in exc.problems]) from None
    except BaseValidationError as exc:
        problems = []
        for line in transform_error(exc, path=path, format_exception=message_of):
            message, _, where = line.rpartition(" @ ")
            problems.append(Problem(where or path, message or line))
        raise SerializationError(problems) from None
    except (Expected, Invalid) as exc:  # the value itself is of the wrong kind (a list, not a table)
        raise SerializationError([Problem(path, str(exc))]) from None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise SerializationError([Problem(path, f"invalid value: {exc}")]) from None
    return value


def _rebase(problem: Problem, path: str) -> Problem:
    inner = problem.path
    if inner.startswith("$"):
        return Problem(path + inner[1:], problem.message)
    return Problem(path, f"{inner}: {problem.message}")


def _check_envelope(doc: object, name: str) -> list[Problem]:
    if not isinstance(doc, dict):
        return [Problem("$", "expected a JSON object with schema_version, type and data")]
    problems = [
        Problem(f"$.{k}", "unknown key (allowed: schema_version, type, data)")
        for k in doc
        if k not in {"schema_version", "type", "data"}
    ]
    problems.extend(
        Problem(f"$.{key}", "required key is missing")
        for key in ("schema_version", "type", "data")
        if key not in doc
    )
    version = doc.get("schema_version")
    if "schema_version" in doc and version != DOCUMENT_VERSION:
        problems.append(
            Problem(
                "$.schema_version",
                f"unsupported schema version {version!r} (this release reads {DOCUMENT_VERSION})",
            )
        )
    if "type" in doc and doc["type"] != name:
        problems.append(Problem("$.type", f"document holds a {doc['type']!r}, not a {name!r}"))
    return problems
