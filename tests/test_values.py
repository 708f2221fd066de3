"""Every public value is an attrs class that behaves like one (issue 11)."""

from __future__ import annotations

import copy
import enum
import json

import attrs
import cattrs
import pytest
from cattrs.preconf.json import make_converter
from hypothesis import given

import trainerframework as tfw
from trainerframework._interchange._serialize import serializable_names

from .samples import samples
from .strategies import framework_values

NAMES = sorted(serializable_names())
VALUES = sorted((k, v) for k, v in samples().items() if not isinstance(v, enum.Enum))


def _fresh_converters() -> list[cattrs.BaseConverter]:
    out: list[cattrs.BaseConverter] = [cattrs.Converter(), make_converter()]
    for conv in out:
        tfw.configure_converter(conv)
    return out


def _through(conv: cattrs.BaseConverter, value: object) -> object:
    data = conv.unstructure(value)
    data = json.loads(json.dumps(data))  # what a JSON round trip leaves of it
    return conv.structure(data, type(value))


class TestEveryPublicType:
    """The samples cover the public surface; each value is attrs-shaped."""

    def test_samples_cover_every_serializable_type(self) -> None:
        assert sorted(samples()) == NAMES

    @pytest.mark.parametrize(("name", "value"), VALUES, ids=[n for n, _ in VALUES])
    def test_attrs_class(self, name: str, value: object) -> None:
        assert attrs.has(type(value)), name
        assert attrs.evolve(value) == value
        assert attrs.fields(type(value))

    def test_every_public_class_is_attrs(self) -> None:
        """Values are attrs classes; only the matching services and the Scorer protocol are not."""
        services = {"Matcher", "LexiconScorer", "Scorer"}
        public = {name: getattr(tfw, name) for name in tfw.__all__}
        public["Problem"] = tfw.exceptions.Problem
        plain = sorted(
            name
            for name, obj in public.items()
            if isinstance(obj, type) and not issubclass(obj, BaseException | enum.Enum) and not attrs.has(obj)
        )
        assert plain == sorted(services)
        problem = tfw.exceptions.Problem("$.stages[0]", "must not be empty")
        assert attrs.evolve(problem, path="$") == tfw.exceptions.Problem("$", "must not be empty")
        assert str(problem) == "$.stages[0]: must not be empty"

    def test_copy_replace(self) -> None:
        replace = getattr(copy, "replace", None)  # Python 3.13
        if replace is None:
            pytest.skip("copy.replace is new in Python 3.13")
        for _, value in VALUES:
            assert replace(value) == value

    @pytest.mark.parametrize(("name", "value"), VALUES, ids=[n for n, _ in VALUES])
    def test_hashable_and_frozen(self, name: str, value: object) -> None:
        assert hash(value) == hash(attrs.evolve(value))
        field = attrs.fields(type(value))[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(value, field, None)


class TestUserConverters:
    """configure_converter() teaches a user's own cattrs converter every public type."""

    @pytest.mark.parametrize(("name", "value"), sorted(samples().items()), ids=NAMES)
    def test_round_trip(self, name: str, value: object) -> None:
        for conv in _fresh_converters():
            assert _through(conv, value) == value, (name, type(conv).__name__)
        assert tfw.loads(tfw.dumps(value), type(value)) == value

    @given(framework_values())
    def test_round_trip_generated_frameworks(self, value: object) -> None:
        for conv in _fresh_converters():
            assert _through(conv, value) == value

    def test_hooks_do_not_depend_on_the_order_modules_register_them(self) -> None:
        """The name table's order is not a registration order: a cohort's hooks see later Profile hooks."""
        import importlib

        from trainerframework._interchange._serialize import _register_records

        modules = dict.fromkeys(type(samples()[name]).__module__ for name in NAMES)
        found = [getattr(importlib.import_module(m), "_register_hooks", None) for m in modules]
        hooks = [h for h in found if h is not None]
        assert len(hooks) == 5
        for conv, order in [
            (cattrs.Converter(), hooks),
            (make_converter(), hooks),
            (cattrs.Converter(), hooks[::-1]),
        ]:
            _register_records(conv)
            for register in order:
                register(conv)
            for name in ("Cohort", "Profile", "Progress", "OrganisationReview", "Evidence"):
                assert _through(conv, samples()[name]) == samples()[name], name

    def test_without_configuration_the_model_still_round_trips(self) -> None:
        conv = cattrs.Converter()
        d = samples()["Descriptor"]
        assert conv.structure(conv.unstructure(d), tfw.Descriptor) == d
