"""The architecture the tree shows: layered subpackages, no import circle anywhere in the package.

Imports are read from the source with ``ast`` (every import: top level,
inside functions and under ``TYPE_CHECKING``), so the check needs nothing
installed and sees the lazy imports that keep start-up fast.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import trainerframework as tfw

PACKAGE = Path(tfw.__file__).parent
PYPROJECT = (
    Path(__file__).resolve().parent.parent / "pyproject.toml"
)  # the checkout or sdist, not the installed package


def _module_name(path: Path) -> str:
    parts = ["trainerframework", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's own modules that ``name`` imports, wherever in the file the import is."""
    is_package = path.name == "__init__.py"
    here = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{a.name}" for a in node.names}  # ``from . import _render``
    return {m for m in found if m in known and m != name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, set(modules)) for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of the graph, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _layer(module: str) -> str:
    """The top-level part of the package a module belongs to (a subpackage, or a top-level module)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else module


class TestNoImportCycle:
    def test_the_reader_sees_imports(self) -> None:
        graph = _graph()
        assert "trainerframework._model._format" in graph["trainerframework._model._framework"]
        # lazy and relative-package imports count too
        assert "trainerframework._present._render" in graph["trainerframework._cli"]
        assert "trainerframework._model._framework" in graph["trainerframework._profiling._profile"]

    def test_no_module_cycle(self) -> None:
        assert _cycle(_graph()) is None

    def test_no_package_cycle(self) -> None:
        """Between subpackages too: a.x -> b.y and b.z -> a.w would be a circle no module shows."""
        packages: dict[str, set[str]] = {}
        for module, imported in _graph().items():
            if module == "trainerframework":  # the facade re-exports every layer; nothing imports it but _cli
                continue
            packages.setdefault(_layer(module), set()).update(
                _layer(m) for m in imported if m != "trainerframework" and _layer(m) != _layer(module)
            )
        for imported in packages.values():
            imported &= set(packages)
        assert _cycle(packages) is None

    def test_the_cycle_finder_finds_one(self) -> None:
        assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
        assert _cycle({"a": {"b"}, "b": set()}) is None


class TestContract:
    """import-linter states the layers by package, without exceptions, and leaves nothing out."""

    def _contracts(self) -> list[dict[str, object]]:
        config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
        contracts: list[dict[str, object]] = config["contracts"]
        return contracts

    def test_no_ignored_imports(self) -> None:
        for contract in self._contracts():
            assert "ignore_imports" not in contract
            assert not contract.get("unmatched_ignore_imports_alerting")

    def test_every_subpackage_and_top_module_is_a_layer(self) -> None:
        (layers,) = [c for c in self._contracts() if c["type"] == "layers"]
        assert layers["containers"] == ["trainerframework"]
        names = [
            part.strip() for layer in layers["layers"] for part in str(layer).replace(":", "|").split("|")
        ]
        assert sorted(names) == sorted({_layer(m) for m in _modules() if m != "trainerframework"})

    def test_every_private_module_is_in_a_subpackage(self) -> None:
        flat = sorted(p.name for p in PACKAGE.glob("_*.py") if p.name not in {"__init__.py", "__main__.py"})
        assert flat == ["_cli.py"]


def _private_names_imported(found: dict[str, Path] | None = None) -> dict[str, set[str]]:
    """Names with a leading underscore that one module imports from another (not module names)."""
    found = _modules() if found is None else found
    modules = {name.rsplit(".", 1)[-1] for name in found}
    out: dict[str, set[str]] = {}
    for name, path in found.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                for alias in node.names:
                    if (
                        alias.name.startswith("_")
                        and not alias.name.startswith("__")
                        and alias.name not in modules
                    ):
                        out.setdefault(alias.name, set()).add(name)
    return out


class TestNames:
    """A module's private names stay in it: what another module imports has a name without "_"."""

    def test_no_private_name_crosses_a_module(self) -> None:
        assert _private_names_imported() == {}

    def test_the_finder_finds_one(self, tmp_path: Path) -> None:
        (tmp_path / "_a.py").write_text(
            "from ._b import _hidden, shown\nfrom . import _b\n", encoding="utf-8"
        )
        (tmp_path / "_b.py").write_text("_hidden = shown = 1\n", encoding="utf-8")
        found = {"p._a": tmp_path / "_a.py", "p._b": tmp_path / "_b.py"}
        assert _private_names_imported(found) == {"_hidden": {"p._a"}}


TOOLS = Path(__file__).resolve().parent.parent / "tools"
# The one private import of the tools: the stem table caches the package's own tokenizer
# and stemmer, which are no public API (tools/README.md says so too).
PRIVATE_IN_TOOLS = {
    "tools.build_stems": {"trainerframework._language._text", "trainerframework._language._given"}
}


def _tool_imports() -> dict[str, set[str]]:
    """Tool module -> the modules it imports (absolute names; the tools use no relative imports)."""
    out: dict[str, set[str]] = {}
    for path in sorted(TOOLS.glob("*.py")):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                assert not node.level, f"{path.name}: a relative import"
                found.add(node.module or "")
                if node.module in {"tools", "trainerframework"}:  # ``from tools import labelled``
                    found |= {f"{node.module}.{a.name}" for a in node.names}
        out["tools" if path.stem == "__init__" else f"tools.{path.stem}"] = found
    return out


class TestTools:
    """The maintenance tools (tools/) use the public API and import one another without a circle."""

    def test_the_reader_sees_imports(self) -> None:
        imports = _tool_imports()
        assert "tools.labelled" in imports["tools.fit_scorer"]
        assert "trainerframework._language._text" in imports["tools.build_stems"]

    def test_no_private_module_but_the_one_listed(self) -> None:
        for module, imported in _tool_imports().items():
            private = {
                m for m in imported if m.startswith("trainerframework.") and m.split(".")[1].startswith("_")
            }
            assert private == PRIVATE_IN_TOOLS.get(module, set()), module

    def test_no_cycle(self) -> None:
        imports = _tool_imports()
        assert (
            _cycle({m: {i for i in found if i in imports and i != m} for m, found in imports.items()}) is None
        )
