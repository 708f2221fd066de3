"""Run the code examples in the documentation as tests (Sybil)."""

from __future__ import annotations

from sybil import Sybil
from sybil.parsers.myst import DocTestDirectiveParser, PythonCodeBlockParser, SkipParser

pytest_collect_file = Sybil(
    parsers=[DocTestDirectiveParser(), PythonCodeBlockParser(), SkipParser()],
    patterns=["*.md"],
    excludes=["_build/*", "cohort-notebook.md"],
).pytest()
