"""Write the parsed copies of the bundled TOML files (src/trainerframework/data/parsed/*.json).

The lexicon (``data/lexicon.toml``) and the assertion triggers
(``data/assertion.toml``) are TOML, with comments, for the people who edit
them; the package reads each from its parsed copy, JSON, because parsing the
TOML costs a first match about 10 ms. Each copy records the CRC-32 of the TOML
text it was parsed from, and the package ignores a copy whose checksum does
not match (it parses the TOML instead), so a forgotten rebuild costs time,
never a different result. Run this after editing either file;
``tests/test_first_use.py`` fails until the copies are current.

Usage: python -m tools.build_parsed [--out DIR]
"""

from __future__ import annotations

import argparse
import binascii
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "src" / "trainerframework" / "data"
SOURCES = ("lexicon.toml", "assertion.toml")


def parsed(name: str, data: Path = DATA) -> dict[str, Any]:
    """The parsed copy of ``data/NAME``: the TOML's checksum and its document."""
    text = (data / name).read_text(encoding="utf-8")
    return {
        "about": f"{name} parsed, for a fast first match; written by tools/build_parsed.py, do not edit",
        "source": name,
        "source_crc32": binascii.crc32(text.encode("utf-8")),
        "document": tomllib.loads(text),
    }


def written(copy: dict[str, Any]) -> str:
    """A parsed copy as the file holds it."""
    return json.dumps(copy, ensure_ascii=False, indent=0) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build_parsed", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA / "parsed", help="the folder to write")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        target = args.out / f"{name.removesuffix('.toml')}.json"
        target.write_text(written(parsed(name)), encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
