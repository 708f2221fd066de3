"""The public name table: ``trainerframework/__init__.pyi``, read at run time for the lazy attributes.

The stub is the one list of public names, in the form of scientific-python
SPEC 1 (``lazy_loader.attach_stub``): type checkers and IDEs read it as the
package's interface, and :func:`attach` parses it into name -> module so that
``import trainerframework`` imports nothing else until a name is used
(PEP 562 ``__getattr__``). Written here rather than taken from ``lazy_loader``:
that package ships no type information, needs ``packaging``, does not read a
variable of the package itself (``__version__: str``), and returns only the
``__getattr__``/``__dir__``/``__all__`` triple, where the serializer needs the
table too (:func:`public_names`).

The stub holds only three kinds of line, and anything else is refused, so the
table cannot silently miss a name:

- ``from .module import Name as Name``: a public name, loaded from ``module``
  on first use (``Name as Name`` is how the typing spec marks a re-export in a
  stub; a renaming ``as`` is refused);
- ``from . import sub as sub``: a public submodule (``exceptions``), loadable
  as an attribute but, as before, not in ``__all__``;
- ``name: type``: a variable that ``__init__.py`` defines itself (``__version__``).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

PACKAGE = "trainerframework"
STUB = "__init__.pyi"
OWN = ""
"""The module of a name that ``__init__.py`` defines itself."""


def read_table(text: str, filename: str = STUB) -> tuple[dict[str, str], frozenset[str]]:
    """Public name -> module (``"._model._records"``; ``""``: the package's own) and the submodules.

    Names keep the stub's order. Raises ``ValueError`` naming the file and
    line of a statement the table does not allow, a renaming import or a name
    given twice.
    """
    import ast  # noqa: PLC0415 - attrs imports it anyway; kept off the module's import list

    names: dict[str, str] = {}
    submodules: set[str] = set()

    def refuse(node: ast.stmt, why: str) -> ValueError:
        return ValueError(f"{filename}, line {node.lineno}: {why}")

    def add(node: ast.stmt, name: str, module: str) -> None:
        if name in names or name in submodules:
            raise refuse(node, f"{name} is listed twice")
        names[name] = module

    body = ast.parse(text, filename).body
    for node in body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            for alias in node.names:
                if alias.asname != alias.name:
                    why = f"write `{alias.name} as {alias.name}` (how a stub re-exports a name)"
                    raise refuse(node, why)
                if node.module is None:
                    if alias.name in names or alias.name in submodules:
                        raise refuse(node, f"{alias.name} is listed twice")
                    submodules.add(alias.name)
                else:
                    add(node, alias.name, f".{node.module}")
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is None:
            add(node, node.target.id, OWN)
        else:
            why = (
                "the name table holds only `from .module import Name as Name`, "
                "`from . import sub as sub` and `name: type`"
            )
            raise refuse(node, why)
    return names, frozenset(submodules)


def _stub_text() -> str:
    here = os.path.join(os.path.dirname(os.path.dirname(__file__)), STUB)
    try:
        with open(here, encoding="utf-8") as file:  # a plain open: importlib.resources costs start-up time
            return file.read()
    except OSError:  # inside a zip archive
        from importlib.resources import files  # noqa: PLC0415

        return files(PACKAGE).joinpath(STUB).read_text(encoding="utf-8")


_TABLE: list[tuple[dict[str, str], frozenset[str]]] = []


def _table() -> tuple[dict[str, str], frozenset[str]]:
    if not _TABLE:  # two threads may both parse: the same result, the first one kept
        _TABLE.append(read_table(_stub_text(), os.path.join(PACKAGE, STUB)))
    return _TABLE[0]


def public_names() -> dict[str, str]:
    """Every public name of the package (submodules aside) -> its module, in the stub's order."""
    return dict(_table()[0])


def export_order(name: str) -> tuple[int, str]:
    """The order of ``__all__``: constants, then classes, then the rest (ruff's RUF022, isort-style)."""
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def attach(
    namespace: dict[str, object],
) -> tuple[Callable[[str], object], Callable[[], list[str]], list[str]]:
    """``__getattr__``, ``__dir__`` and ``__all__`` for the package whose globals are ``namespace``.

    A name is imported from its module on first access and then stored in
    ``namespace``, so later lookups never reach ``__getattr__``.
    """
    names, submodules = _table()
    exported = sorted(names, key=export_order)
    package = str(namespace["__name__"])

    def __getattr__(name: str) -> object:
        import importlib  # noqa: PLC0415

        module = names.get(name)
        if module:
            value: object = getattr(importlib.import_module(module, package), name)
        elif name in submodules:
            value = importlib.import_module(f".{name}", package)
        else:
            msg = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(msg, name=name, obj=sys.modules.get(package))
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(exported)

    return __getattr__, __dir__, exported
