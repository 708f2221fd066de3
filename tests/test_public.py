"""The public surface: __all__, the lazy loader and the type-checking imports agree."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import trainerframework as tfw

INIT = Path(tfw.__file__)


def _imports(tree: ast.Module, *, type_checking: bool) -> dict[str, str]:
    """Name -> module of the ``from .x import name`` statements at top level, or in ``if TYPE_CHECKING``."""
    found: dict[str, str] = {}
    for node in tree.body:
        if type_checking and isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            body = node.body
        elif not type_checking and isinstance(node, ast.ImportFrom):
            body = [node]
        else:
            continue
        for stmt in body:
            if isinstance(stmt, ast.ImportFrom) and stmt.level == 1:
                found |= {alias.asname or alias.name: f".{stmt.module}" for alias in stmt.names}
    return found


class TestPublicSurface:
    """One lazy table, one __all__, one set of type-checking imports: all the same names."""

    def test_they_agree(self) -> None:
        tree = ast.parse(INIT.read_text(encoding="utf-8"))
        eager = _imports(tree, type_checking=False)
        lazy = tfw._LAZY
        assert _imports(tree, type_checking=True) == lazy
        assert sorted(tfw.__all__) == sorted({*eager, *lazy, "__version__"})
        assert not set(eager) & set(lazy)

    def test_every_lazy_name_resolves_to_its_module(self) -> None:
        for name, module in tfw._LAZY.items():
            assert getattr(tfw, name) is getattr(importlib.import_module(module, "trainerframework"), name)

    def test_unknown_name(self) -> None:
        import pytest

        with pytest.raises(AttributeError, match="has no attribute 'nope'"):
            tfw.nope  # noqa: B018
        assert dir(tfw) == sorted(tfw.__all__)


class TestEveryDocumentedName:
    """Every name a user imports (``__all__``, the API page, the exceptions module) resolves."""

    def test_every_name_in_all_imports(self) -> None:
        namespace: dict[str, object] = {}
        exec(f"from trainerframework import {', '.join(tfw.__all__)}", namespace)  # noqa: S102 - fixed text
        assert all(namespace[name] is getattr(tfw, name) for name in tfw.__all__)

    def test_every_name_on_the_api_page_is_public(self) -> None:
        import re

        page = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text(encoding="utf-8")
        documented = set(re.findall(r"^\.\. auto\w+:: trainerframework\.(\w+)", page, re.MULTILINE))
        assert len(documented) > 90
        assert "exceptions" in documented  # the public exceptions module, documented whole
        assert documented - {"exceptions"} <= set(tfw.__all__)

    def test_exceptions_module(self) -> None:
        from trainerframework import exceptions

        for name in exceptions.__all__:
            value = getattr(exceptions, name)
            assert value.__module__ == "trainerframework.exceptions"
