"""The command line: ``python -m trainerframework`` (also installed as ``trainerframework``).

Exit codes: 0 success, 1 input error (one clear line on stderr, no traceback),
2 usage error.
"""

from __future__ import annotations

import argparse
import sys

from . import _render
from ._data import load_framework
from .exceptions import TrainerFrameworkError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import TextIO

    from ._model import Framework

    Handler = Callable[[Framework, argparse.Namespace, TextIO], int]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2

_COMMANDS: dict[str, Handler] = {}


def _command(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        _COMMANDS[name] = func
        return func

    return register


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainerframework",
        description="Browse the Cambridge English Trainer Framework.",
        epilog="Run without a command to print the framework overview.",
    )
    parser.add_argument(
        "--framework",
        metavar="FILE",
        help="a framework file (JSON or TOML) instead of the bundled framework",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    show = sub.add_parser("show", help="the overview, a category, a component, a strand or a descriptor")
    show.add_argument("id", nargs="?", help="id of what to show (default: the overview)")

    search = sub.add_parser("search", help="descriptors containing every word of TEXT")
    search.add_argument("text", nargs="+", help="words to look for")
    search.add_argument("--limit", type=int, default=10, help="show at most this many (default 10)")

    export = sub.add_parser("export", help="the whole framework as JSON, CSV or Markdown")
    export.add_argument("--format", choices=("json", "csv", "markdown"), default="json")
    return parser


@_command("show")
def _show(fw: Framework, args: argparse.Namespace, out: TextIO) -> int:
    if args.id is None:
        out.write(_render.overview(fw))
    else:
        out.write(_render.item(fw, fw[args.id]))
    return EXIT_OK


@_command("search")
def _search(fw: Framework, args: argparse.Namespace, out: TextIO) -> int:
    found = fw.search(" ".join(args.text))
    if not found:
        out.write("no descriptor contains every word\n")
        return EXIT_OK
    for d in found[: max(args.limit, 0)]:
        out.write(f"{d.id}  [{d.stage.name}]\n    {d.text}\n")
    if len(found) > args.limit:
        out.write(f"... {len(found) - args.limit} more (use --limit)\n")
    return EXIT_OK


@_command("export")
def _export(fw: Framework, args: argparse.Namespace, out: TextIO) -> int:
    out.write(_render.export(fw, args.format))
    return EXIT_OK


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        fw = load_framework(args.framework)
        handler = _COMMANDS[args.command or "show"]
        if args.command is None:
            args.id = None
        return handler(fw, args, out)
    except TrainerFrameworkError as exc:
        first, *rest = str(exc).splitlines()
        err.write(f"trainerframework: error: {first}\n")
        for line in rest:
            err.write(f"  {line.strip()}\n")
        return EXIT_INPUT
    except BrokenPipeError:  # pragma: no cover - e.g. piped into `head`
        return EXIT_OK
