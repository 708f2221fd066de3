"""``python -m trainerframework``: the command line."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence

from . import _cli

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line as a program; return the exit code.

    Standard output is flushed before returning. If that fails (a full disk,
    a closed pipe), :func:`trainerframework._cli.main` has already said so on
    standard error, and standard output is pointed at the null device so that
    the interpreter's own flush at exit adds no traceback.
    """
    code = _cli.main(argv)
    stream = sys.stdout
    if stream is not None:
        try:
            stream.flush()
        except (OSError, ValueError):
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
    return code


if __name__ == "__main__":
    sys.exit(main())
