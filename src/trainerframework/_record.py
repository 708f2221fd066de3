"""A tiny immutable record base for the framework model.

Why not ``attrs`` here? The framework model is imported by every
``import trainerframework``, and the start-up goal is at most 0.7x the cost of
``import attrs, cattrs, cattrs.preconf.json``. On our CI machine
``import attrs`` on its own already costs about 0.7x of that (it pulls in
``typing`` and ``inspect``), and every ``attrs`` class compiles its generated
methods at import. So these few always-loaded classes keep the ``attrs``
contract by hand: slotted, immutable, keyword constructors, compared and
hashed by value, a docstring per attribute, and serialized through the same
private cattrs converter as every ``attrs`` class of the package (which are
used everywhere else). Their methods live in the byte-code cache, so defining
them costs nothing at start-up.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar, Self

__all__ = ["Record"]


def _rebuild(cls: type[Record], state: dict[str, Any]) -> Record:
    return cls(**state)


class Record:
    """Base of the immutable model records.

    Subclasses annotate each field (the annotation order is the field order)
    and name the same fields in ``__slots__``; ``_derived`` names slots
    computed from the fields (left out of equality, hashing, pickling and
    serialization).
    """

    __slots__ = ()
    if TYPE_CHECKING:  # annotated for type checkers only: no runtime annotations on the base
        _derived: ClassVar[tuple[str, ...]]
        _fields: ClassVar[tuple[str, ...]]
    _derived = ()
    _fields = ()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        annotated = tuple(cls.__dict__.get("__annotations__", {}))  # noqa: RUF063 - own fields only, unevaluated
        slots = set(cls.__dict__.get("__slots__", ()))
        if set(annotated) != slots:  # pragma: no cover - guards the class definitions
            msg = f"{cls.__name__}: __slots__ {sorted(slots)} must name the annotated fields {annotated}"
            raise TypeError(msg)
        cls._fields = tuple(name for name in annotated if name not in cls._derived)

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._fields])

    def _asdict(self) -> dict[str, Any]:
        """The fields as a dict (shallow), in declaration order."""
        return {name: getattr(self, name) for name in self._fields}

    def _replace(self, **changes: Any) -> Self:
        """A copy with some fields replaced."""
        state = self._asdict()
        unknown = set(changes) - set(state)
        if unknown:
            msg = f"{type(self).__name__} has no field {', '.join(sorted(unknown))}"
            raise TypeError(msg)
        state.update(changes)
        return type(self)(**state)

    def __setattr__(self, name: str, value: object) -> None:
        msg = f"{type(self).__name__} is immutable: cannot set {name!r}"
        raise AttributeError(msg)

    def __delattr__(self, name: str) -> None:
        msg = f"{type(self).__name__} is immutable: cannot delete {name!r}"
        raise AttributeError(msg)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self is other or self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.__class__.__name__, self._values()))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.__class__, self._asdict()))
