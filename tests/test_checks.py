"""The one family of value checks (``_base/_checks``) against the plain definitions of each kind."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from trainerframework._base._checks import FINITE, POSITIVE, UNIT, UNIT_OPEN, WEIGHT

values = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.booleans(),
    st.sampled_from([0, 1, 0.0, 1.0, -0.0, 1e-300, 1 + 1e-12, "0.5", None, [0.5]]),
)


def _real(value: object) -> bool:
    return type(value) in {int, float} and math.isfinite(value)  # type: ignore[arg-type]


@given(values)
def test_each_kind_is_its_plain_definition(value: object) -> None:
    real = _real(value)
    x = float(value) if real else math.nan  # type: ignore[arg-type]
    assert FINITE.accepts(value) == real
    assert WEIGHT.accepts(value) == (real and x >= 0)
    assert POSITIVE.accepts(value) == (real and x > 0)
    assert UNIT.accepts(value) == (real and 0 <= x <= 1)
    assert UNIT_OPEN.accepts(value) == (real and 0 < x <= 1)


def test_the_words_every_message_uses() -> None:
    assert [k.expected for k in (FINITE, WEIGHT, POSITIVE, UNIT, UNIT_OPEN)] == [
        "a finite number",
        "a finite number >= 0",
        "a positive number",
        "a number from 0 to 1",
        "a number in (0, 1]",
    ]
