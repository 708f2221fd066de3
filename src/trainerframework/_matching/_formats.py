"""The document class of the calibration file: what the strict reader structures.

:meth:`Calibration.from_document <trainerframework.Calibration.from_document>`
structures a user's document into it (``_base/_documents``); ``_present/_schema``
writes the JSON Schema from it. The bundled calibration is built without it, so a
first match never imports this module (an attrs class costs about half a millisecond).
"""

from __future__ import annotations

import attrs

__all__ = ["CalibrationDoc"]


# frozen and compared by value, without slots or a repr (each is built, read and dropped)
@attrs.frozen(kw_only=True, slots=False, repr=False)
class CalibrationDoc:
    """A ``calibration.json`` document, as the strict document reader structures it."""

    schema_version: int
    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    fitted_on: str = ""
