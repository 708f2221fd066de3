"""JSON Schemas (draft 2020-12) for every file format, generated from the classes that read them.

The schemas are not written by hand: :func:`json_schema` walks the attrs
classes that the strict document reader structures files into (and the public
value classes that ``dumps`` writes), so a field added to a reader appears in
its schema. A schema says what the file's shape is (keys, types, ranges, id
syntax); what it cannot say (that a descriptor's stage exists, that ids are
unique) the loader still checks, so every document a schema rejects the
loader rejects too, and the loader may reject more.

``tools/build_schemas.py`` writes them to ``data/schemas/`` (shipped in the
wheel); a test checks the shipped files are the generator's output.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import types
import typing
from typing import Any, NewType, Union, get_args, get_origin

import attrs

__all__ = ["SCHEMAS", "json_schema"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_BASE = "https://trainerframework.invalid/schemas/"


def _documents() -> dict[str, Any]:
    from .._base import _documents as d  # noqa: PLC0415 - the schema maker reads the readers

    return {
        "Id": {"type": "string", "pattern": "^" + d.ID_PATTERN.pattern + "$"},
        "Name": {"type": "string", "pattern": "\\S"},
        "Names": {"type": "array", "items": {"type": "string", "pattern": "\\S"}, "minItems": 1},
        "Weight": {"type": "number", "minimum": 0},
        "Share": {"type": "number", "minimum": 0, "maximum": 1},
        "Rank": {"enum": [1, 2, 3]},
        "Count": {"type": "integer", "minimum": 0},
        "Positive": {"type": "number", "exclusiveMinimum": 0},
        "NonEmpty": {"type": "string", "minLength": 1},
        "Value": {},
    }


class _Maker:
    """Turns types into schema fragments, collecting attrs classes under ``$defs``."""

    def __init__(self, overrides: dict[type, dict[str, Any]] | None = None) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self.overrides = overrides or {}
        self.named = _documents()

    def of(self, t: Any) -> dict[str, Any]:
        if t in self.overrides:
            return self.overrides[t]
        if isinstance(t, NewType):
            return dict(self.named.get(t.__name__) or self.of(t.__supertype__))
        if t is Any or t is object:
            return {}
        if t is type(None):
            return {"type": "null"}
        if t is bool:
            return {"type": "boolean"}
        if t is int:
            return {"type": "integer"}
        if t is float:
            return {"type": "number"}
        if t is str:
            return {"type": "string"}
        if t is _dt.date:
            return {"type": "string", "format": "date"}
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return {"enum": [m.value for m in t]}
        origin, args = get_origin(t), get_args(t)
        if origin in {Union, types.UnionType}:
            return {"anyOf": [self.of(a) for a in args]}
        if origin in {tuple, list} and (origin is list or (len(args) == 2 and args[1] is Ellipsis)):
            return {"type": "array", "items": self.of(args[0]) if args else {}}
        if origin is tuple:
            return {"type": "array", "prefixItems": [self.of(a) for a in args], "items": False}
        if origin is dict:
            return {"type": "object", "additionalProperties": self.of(args[1]) if args else {}}
        if attrs.has(t):
            name = t.__name__.lstrip("_")
            if name not in self.defs:
                self.defs[name] = {}  # placeholder: recursive types refer to it
                self.defs[name] = self._record(t)
            return {"$ref": f"#/$defs/{name}"}
        msg = f"no JSON Schema for {t!r}"
        raise TypeError(msg)

    def _record(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        fields = [a for a in attrs.fields(cls) if a.init]
        properties = {(a.alias or a.name).lstrip("_"): self._field(a, hints[a.name]) for a in fields}
        required = [(a.alias or a.name).lstrip("_") for a in fields if a.default is attrs.NOTHING]
        schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
        if required:
            schema["required"] = required
        doc = (cls.__doc__ or "").strip().splitlines()
        if doc and not cls.__name__.startswith("_"):
            schema["description"] = doc[0]
        return schema

    def _field(self, a: attrs.Attribute[Any], t: Any) -> dict[str, Any]:
        """A field's schema, with the description its ``metadata`` gives (if any)."""
        schema = self.of(t)
        description = a.metadata.get("description")
        return {**schema, "description": description} if description else schema

    def document(self, name: str, title: str, root: dict[str, Any]) -> dict[str, Any]:
        if set(root) == {"$ref"}:  # the top-level record itself, unless something else refers to it
            key = root["$ref"].rsplit("/", 1)[-1]
            body = self.defs.pop(key)
            if root["$ref"] in json.dumps(self.defs):
                self.defs[key] = body
            else:
                root = body
        out = {"$schema": _DRAFT, "$id": f"{_BASE}{name}.schema.json", "title": title, **root}
        if self.defs:
            out["$defs"] = dict(sorted(self.defs.items()))
        return out


def _envelope(maker: _Maker, type_name: str, data: dict[str, Any]) -> dict[str, Any]:
    """The ``dumps`` document around ``data``."""
    return {
        "type": "object",
        "properties": {"schema_version": {"const": 1}, "type": {"const": type_name}, "data": data},
        "required": ["schema_version", "type", "data"],
        "additionalProperties": False,
    }


def _framework() -> dict[str, Any]:
    from .._model._format import FrameworkDoc  # noqa: PLC0415

    maker = _Maker()
    root = maker.of(FrameworkDoc)
    return maker.document("framework", "trainerframework framework file", root)


def _shaped(maker: _Maker) -> _Maker:
    """Public types that ``dumps`` writes in the shape of a document class, not of their fields."""
    from .._profiling._evidence import Evidence, EvidenceDoc  # noqa: PLC0415

    maker.overrides[Evidence] = maker.of(EvidenceDoc)
    return maker


def _evidence() -> dict[str, Any]:
    from .._interchange._inputs import EvidenceValue, ItemsDoc  # noqa: PLC0415
    from .._profiling._evidence import Evidence  # noqa: PLC0415

    maker = _shaped(_Maker())
    kinds = maker.of(EvidenceValue | ItemsDoc)["anyOf"]
    root = {"anyOf": [*kinds, _envelope(maker, "Evidence", maker.of(Evidence))]}
    return maker.document("evidence", "trainerframework evidence file (JSON)", root)


def _rules() -> dict[str, Any]:
    from .._profiling._rules import Rules  # noqa: PLC0415

    maker = _Maker()
    return maker.document(
        "rules", "trainerframework rules (dumps(Rules))", _envelope(maker, "Rules", maker.of(Rules))
    )


def _profile() -> dict[str, Any]:
    from .._profiling._profile import ProfileDoc  # noqa: PLC0415

    maker = _shaped(_Maker())
    return maker.document(
        "profile",
        "trainerframework profile (dumps(Profile))",
        _envelope(maker, "Profile", maker.of(ProfileDoc)),
    )


def _cohort() -> dict[str, Any]:
    from .._cohort._reading import LineDoc, LineEvidence  # noqa: PLC0415
    from .._interchange._inputs import EvidenceValue  # noqa: PLC0415

    maker = _Maker()
    maker.overrides[LineEvidence] = maker.of(EvidenceValue)
    root = maker.document(
        "cohort-line", "trainerframework cohort file: one JSON Lines record", maker.of(LineDoc)
    )
    return {**root, "description": "one line of a cohort JSON Lines file"}


def _lexicon() -> dict[str, Any]:
    from .._language._formats import LexiconDoc  # noqa: PLC0415

    maker = _Maker()
    return maker.document("lexicon", "trainerframework lexicon file (TOML, as JSON)", maker.of(LexiconDoc))


def _catalogue() -> dict[str, Any]:
    from .._planning._development import CatalogueDoc  # noqa: PLC0415

    maker = _Maker()
    return maker.document("catalogue", "trainerframework planning catalogue", maker.of(CatalogueDoc))


def _activity_map() -> dict[str, Any]:
    from .._planning._development import MapDoc  # noqa: PLC0415

    maker = _Maker()
    return maker.document("activity-map", "trainerframework activity map", maker.of(MapDoc))


def _review() -> dict[str, Any]:
    from .._planning._review import RatingDoc  # noqa: PLC0415

    maker = _Maker()
    root = maker.of(tuple[RatingDoc, ...])
    return maker.document("review", "trainerframework CPD review ratings (JSON)", root)


def _calibration() -> dict[str, Any]:
    from .._matching._formats import CalibrationDoc  # noqa: PLC0415

    maker = _Maker()
    return maker.document("calibration", "trainerframework confidence calibration", maker.of(CalibrationDoc))


def _scorer_weights() -> dict[str, Any]:
    from .._language._formats import ScorerDoc  # noqa: PLC0415

    maker = _Maker()
    return maker.document("scorer-weights", "trainerframework scorer weights", maker.of(ScorerDoc))


def _word_model() -> dict[str, Any]:
    from .._language._formats import WordModelDoc  # noqa: PLC0415
    from .._language._words import WORDS_VERSION  # noqa: PLC0415

    maker = _Maker()
    root = maker.document("word-model", "trainerframework word model", maker.of(WordModelDoc))
    root["properties"]["schema_version"] = {"const": WORDS_VERSION}
    return root


def _ownership_model() -> dict[str, Any]:
    from .._language._formats import OwnershipModelDoc  # noqa: PLC0415
    from .._language._ownership import OWNERSHIP_VERSION  # noqa: PLC0415

    maker = _Maker()
    root = maker.document("ownership-model", "trainerframework ownership model", maker.of(OwnershipModelDoc))
    root["properties"]["schema_version"] = {"const": OWNERSHIP_VERSION}
    return root


SCHEMAS = {
    "framework": _framework,
    "evidence": _evidence,
    "rules": _rules,
    "profile": _profile,
    "cohort-line": _cohort,
    "lexicon": _lexicon,
    "catalogue": _catalogue,
    "activity-map": _activity_map,
    "review": _review,
    "calibration": _calibration,
    "scorer-weights": _scorer_weights,
    "word-model": _word_model,
    "ownership-model": _ownership_model,
}
"""Name -> the function that generates that file format's schema."""


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a file format: one of :data:`SCHEMAS`' names.

    ``framework``, ``evidence``, ``rules``, ``profile``, ``cohort-line`` (one
    line of a cohort JSON Lines file), ``lexicon``, ``catalogue``,
    ``activity-map``, ``review``, ``calibration``, ``scorer-weights``,
    ``word-model`` and ``ownership-model``.
    """
    if name not in SCHEMAS:
        msg = f"no schema named {name!r} (known: {', '.join(SCHEMAS)})"
        raise ValueError(msg)
    return SCHEMAS[name]()
