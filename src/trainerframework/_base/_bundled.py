"""The package's own data files (``trainerframework/data``), read as text.

A plain file read next to the package: importlib.resources adds about 6 ms of
imports (pathlib, tempfile, zipfile) to the first use of any bundled file. It
is the fallback for a package imported from a zip archive.
"""

from __future__ import annotations

import os

__all__ = ["bundled_text"]

_DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def bundled_text(name: str) -> str:
    """The text of the bundled data file ``name`` (a path under ``data/``, "/"-separated)."""
    try:
        with open(os.path.join(_DATA, *name.split("/")), encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:  # pragma: no cover - zipped installs only
        from importlib.resources import files  # noqa: PLC0415 - works from a zip archive too

        return files("trainerframework").joinpath("data", *name.split("/")).read_text(encoding="utf-8")
