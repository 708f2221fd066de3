"""The cohort notebook also ships as a Jupyter notebook (issue 23), built from the docs page and run here."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

from tools import build_notebook

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "cohort-notebook.md"
NOTEBOOK = ROOT / "examples" / "cohort-notebook.ipynb"


def _code_cells() -> list[str]:
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"]


def _run_cell(source: str, name: str, namespace: dict[str, Any]) -> object:
    """Run one cell as Jupyter does: its statements, then its last expression's value, shown."""
    tree = ast.parse(source, name)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, name, "exec"), namespace)  # noqa: S102 - our own notebook's code
    if last is None:
        return None
    value = eval(compile(ast.Expression(last.value), name, "eval"), namespace)  # noqa: S307 - same
    shown = getattr(value, "_repr_html_", None)
    assert (shown() if callable(shown) else repr(value)) is not None
    return value


class TestNotebookFile:
    """examples/cohort-notebook.ipynb is the docs page as a notebook, so the two cannot drift."""

    def test_built_from_the_page(self) -> None:
        built = build_notebook.notebook_text(PAGE.read_text(encoding="utf-8"))
        assert NOTEBOOK.read_text(encoding="utf-8") == built, "run: python -m tools.build_notebook"

    def test_the_cells_are_the_page_s(self) -> None:
        page = PAGE.read_text(encoding="utf-8")
        cells = _code_cells()
        assert len(cells) == page.count("```{code-cell}") >= 10
        assert all(cell in page for cell in cells)
        notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
        markdown = "".join("".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "markdown")
        assert "{doc}" not in markdown
        assert "{download}" not in markdown
        assert "code-cell" not in markdown
        assert "mystnb" not in markdown  # the front matter is the notebook's metadata, not a cell

    def test_a_valid_notebook(self) -> None:
        nbformat = pytest.importorskip("nbformat")
        nbformat.validate(nbformat.read(NOTEBOOK, as_version=4))


class TestNotebookRuns:
    """The notebook's code cells, run in order in one namespace, as a Jupyter kernel would."""

    @pytest.mark.slow
    def test_runs_in_order(self) -> None:
        pytest.importorskip("pandas")
        matplotlib = pytest.importorskip("matplotlib")
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        namespace: dict[str, Any] = {"__name__": "__main__"}
        values = []
        try:
            for n, source in enumerate(_code_cells(), start=1):
                values.append(_run_cell(source, f"cohort-notebook.ipynb, code cell {n}", namespace))
        finally:
            plt.close("all")
        cohort, agreement = namespace["cohort"], namespace["a"]
        assert len(cohort) == 400
        assert agreement.pairs > 0
        assert namespace["progress"].to_records()
        assert values[-1] is not None  # the last cell shows the agreement table
