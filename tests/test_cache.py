"""The caches of ``_base._cache``: one value per call, built once, keyed by every argument."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainerframework._base._cache import once, once_per


class TestOnce:
    """``once`` and ``once_per`` key a call by its positional and keyword arguments."""

    def test_built_once_per_call(self) -> None:
        built: list[object] = []

        @once
        def value(*args: object, **kwargs: object) -> list[object]:
            built.append((args, kwargs))
            return [args, kwargs]

        first = value(1, 2)
        assert value(1, 2) is first
        assert value(1, b=2) is value(1, b=2)
        assert value() is value()
        assert len(built) == 3

    @given(
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.sampled_from("abc"), st.integers(), max_size=3),
    )
    def test_keywords_never_stand_for_positional_arguments(
        self, args: list[int], kwargs: dict[str, int]
    ) -> None:
        @once
        def value(*a: object, **k: object) -> tuple[tuple[object, ...], dict[str, object]]:
            return a, k

        # the key a call with keywords would have had before (its arguments, then its sorted keywords)
        lookalike = (tuple(args), tuple(sorted(kwargs.items())))
        assert value(*lookalike) == (lookalike, {})
        assert value(*args, **kwargs) == (tuple(args), kwargs)
        assert value(*args, **dict(reversed(kwargs.items()))) == (tuple(args), kwargs)

    def test_once_per_keeps_the_latest(self) -> None:
        built: list[int] = []

        @once_per(2)
        def value(n: int) -> list[int]:
            built.append(n)
            return [n]

        one = value(1)
        value(2)
        assert value(1) is one
        value(3)  # 1, the oldest built, goes
        assert value(2) == [2]
        assert value(1) is not one
        assert built == [1, 2, 3, 1]
