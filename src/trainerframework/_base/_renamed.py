"""Old spellings of renamed arguments, kept for one minor release with a DeprecationWarning.

The API spells each argument one way (``fw`` for the framework, as
``profile(fw, ...)`` and ``match(fw, ...)`` do); a function that used to
spell it otherwise takes the old keyword too, warns, and reads it as the new
one. :data:`REMOVED_IN` names the release that drops them.
"""

from __future__ import annotations

import warnings
from typing import TypeVar

__all__ = ["REMOVED_IN", "renamed"]

REMOVED_IN = "0.3"
"""The release that drops the old spellings."""

T = TypeVar("T")


def renamed(new: T | None, old: T | None, *, new_name: str, old_name: str, where: str) -> T | None:
    """``new``, or ``old`` given under its former name (with a DeprecationWarning); never both."""
    if old is None:
        return new
    if new is not None:
        msg = f"{where}() got both {new_name}= and {old_name}= (its old name): pass {new_name}= only"
        raise TypeError(msg)
    warnings.warn(
        f"{where}({old_name}=...) is deprecated: pass {new_name}=... (the old name goes in {REMOVED_IN})",
        DeprecationWarning,
        stacklevel=3,
    )
    return old
