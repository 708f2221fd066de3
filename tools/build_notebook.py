"""Write examples/cohort-notebook.ipynb from docs/cohort-notebook.md (the MyST notebook the docs execute).

The page is the one source: its Markdown becomes markdown cells and each
``{code-cell}`` block a code cell, in order, with no outputs (a Jupyter user
runs it). ``tests/test_notebook.py`` checks that the committed .ipynb is what
this script writes, so the two cannot drift, and runs the code cells in order.

Run from the repository root: ``python -m tools.build_notebook``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "docs" / "cohort-notebook.md"
OUT = ROOT / "examples" / "cohort-notebook.ipynb"

_FRONT = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_CELL = re.compile(r"^```\{code-cell\}[^\n]*\n(.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)


def _lines(text: str) -> list[str]:
    """A cell's source as Jupyter stores it: lines, each but the last ending in a newline."""
    return text.splitlines(keepends=True)


def _markdown(text: str) -> str:
    """MyST roles Jupyter does not know, as plain Markdown.

    {doc}`planning` becomes "the *planning* page of the documentation", and
    {download}`the notebook <path>` its text.
    """
    text = re.sub(r"\{doc\}`([^`<]+)`", r"the *\1* page of the documentation", text)
    return re.sub(r"\{download\}`([^`<]+?)\s*<[^`>]+>`", r"\1", text)


def cells(page: str) -> list[tuple[str, str]]:
    """(kind, source) of each cell of the page, in order: kind "markdown" or "code"."""
    body = _FRONT.sub("", page, count=1)
    found: list[tuple[str, str]] = []
    start = 0
    for match in _CELL.finditer(body):
        text = body[start : match.start()].strip("\n")
        if text.strip():
            found.append(("markdown", _markdown(text)))
        found.append(("code", match.group(1).rstrip("\n")))
        start = match.end()
    tail = body[start:].strip("\n")
    if tail.strip():
        found.append(("markdown", _markdown(tail)))
    return found


def notebook_text(page: str) -> str:
    """The .ipynb (nbformat 4.5) of the MyST page, as JSON text."""
    notebook_cells = []
    for n, (kind, source) in enumerate(cells(page), start=1):
        cell: dict[str, object] = {"cell_type": kind, "id": f"cell-{n}", "metadata": {}}
        cell["source"] = _lines(source)
        if kind == "code":
            cell |= {"execution_count": None, "outputs": []}
        notebook_cells.append(cell)
    notebook = {
        "cells": notebook_cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    OUT.write_text(notebook_text(SOURCE.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
