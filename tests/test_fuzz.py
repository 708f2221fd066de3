"""Every public reader and entry point, on generated input: a value or a library error (issue 12).

The targets and their contract are in ``tests/fuzzing.py``; ``benchmarks/fuzz.py``
runs the same targets for long and reports counts.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .fuzzing import targets

TARGETS = targets()


@pytest.mark.parametrize("name", sorted(TARGETS))
@given(data=st.data())
def test_target(name: str, data: st.DataObject) -> None:
    strategy, check = TARGETS[name]
    value: Any = data.draw(strategy)
    check(value)
