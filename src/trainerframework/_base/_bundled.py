"""The package's own data files (``trainerframework/data``), read as text or as parsed TOML.

A plain file read next to the package: importlib.resources adds about 6 ms of
imports (pathlib, tempfile, zipfile) to the first use of any bundled file. It
is the fallback for a package imported from a zip archive.

The bundled TOML files (the lexicon, the assertion triggers) are the sources
maintainers edit; ``data/parsed/`` holds each one parsed, as JSON, written by
``tools/build_parsed.py``, because parsing the TOML costs a first match about
10 ms (tomllib, the datetime module it imports, and the parse) and JSON about
half a millisecond. Each copy records the CRC-32 of the TOML text it was made
from: a copy that does not match (the TOML edited, the copy not rebuilt) is
ignored and the TOML parsed, so a stale copy can slow the first match but
never change a result. ``tests/test_first_use.py`` checks that every copy is
current and equals the parsed TOML.
"""

from __future__ import annotations

import json
import os
from typing import Any

from ._cache import once

__all__ = ["bundled_text", "bundled_toml"]

_DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def bundled_text(name: str) -> str:
    """The text of the bundled data file ``name`` (a path under ``data/``, "/"-separated)."""
    try:
        with open(os.path.join(_DATA, *name.split("/")), encoding="utf-8") as f:
            return f.read()
    except OSError:  # inside a zip archive: NotADirectoryError (tests/test_public.py imports from one)
        from importlib.resources import files  # noqa: PLC0415 - works from a zip archive too

        return files("trainerframework").joinpath("data", *name.split("/")).read_text(encoding="utf-8")


@once
def bundled_toml(name: str) -> dict[str, Any]:
    """The bundled TOML file ``name`` parsed: its current copy in ``data/parsed/``, else the TOML itself.

    Read once per file and shared, so its readers must not change it: the assertion reader's fast
    path and its full trigger tables, built apart, both read ``assertion.toml``.
    """
    text = bundled_text(name)
    copy = parsed_copy(name, text)
    if copy is not None:
        return copy
    import tomllib  # noqa: PLC0415 - only when the parsed copy is missing or stale

    return tomllib.loads(text)


def parsed_name(name: str) -> str:
    """Where the parsed copy of the bundled TOML file ``name`` lives, under ``data/``."""
    return f"parsed/{name.removesuffix('.toml')}.json"


def source_crc(text: str) -> int:
    """The checksum a parsed copy records of its TOML text."""
    import binascii  # noqa: PLC0415 - a first match needs it, start-up does not

    return binascii.crc32(text.encode("utf-8"))


def parsed_copy(name: str, text: str) -> dict[str, Any] | None:
    """The document of ``name``'s parsed copy, if there is one made from ``text``; else None."""
    try:
        copy = json.loads(bundled_text(parsed_name(name)))
    except (OSError, ValueError):
        return None
    if not isinstance(copy, dict) or copy.get("source_crc32") != source_crc(text):
        return None
    document = copy.get("document")
    return document if isinstance(document, dict) else None
