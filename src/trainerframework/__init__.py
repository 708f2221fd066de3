"""trainerframework: the Cambridge English Trainer Framework as immutable, typed Python objects.

>>> import trainerframework as tfw
>>> fw = tfw.load_framework()
>>> [s.name for s in fw.stages]
['From Teacher to Trainer', 'Autonomous Trainer', 'Lead Trainer']
"""

from __future__ import annotations

from ._data import SCHEMA_VERSION, load_framework
from ._model import (
    Category,
    Component,
    Descriptor,
    Example,
    Framework,
    Provenance,
    Source,
    Stage,
    Strand,
)
from ._serialize import dumps, loads
from .exceptions import (
    InputFileError,
    InvalidEvidenceError,
    InvalidFrameworkError,
    InvalidInputError,
    SerializationError,
    TrainerFrameworkError,
    UnknownIdError,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Category",
    "Component",
    "Descriptor",
    "Example",
    "Framework",
    "InputFileError",
    "InvalidEvidenceError",
    "InvalidFrameworkError",
    "InvalidInputError",
    "Provenance",
    "SerializationError",
    "Source",
    "Stage",
    "Strand",
    "TrainerFrameworkError",
    "UnknownIdError",
    "__version__",
    "dumps",
    "load_framework",
    "loads",
]
