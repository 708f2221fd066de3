"""Write the bundled stem table (src/trainerframework/data/stems.json).

Every word of the bundled lexicon's terms, of the bundled framework's
descriptors and of the institutions whose tools the matcher reads as given
(``_language/_given.py``), with its Snowball stem (after US spellings are
brought to UK forms), so that building the matcher stems none of them (and a
first match never loads the Snowball stemmer: ``tests/test_first_use.py``). Run it after any
change to the lexicon or the framework data; ``tests/test_words.py`` checks that
the table is what this script writes and that every stem in it is the
stemmer's own.

Usage: python -m tools.build_stems [--out PATH]

The one tool that imports private modules (``trainerframework._language._text``
and ``._given``): the table caches the package's own tokenizer and stemmer and
the matcher's own word list, which are no public API (see tools/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import trainerframework as tfw
from trainerframework._language._given import OWNERS
from trainerframework._language._text import Stemmer, tokens

OUT = Path(__file__).resolve().parent.parent / "src" / "trainerframework" / "data" / "stems.json"


def table() -> dict[str, object]:
    fw = tfw.load_framework()
    lexicon = tfw.Lexicon.bundled()
    texts = [d.text for d in fw.descriptors]
    texts += [term.replace("&", " ") for c in lexicon.concepts for term in c.terms]
    texts += [term.replace("&", " ") for cue in lexicon.stage_cues for term in cue.terms]
    texts += OWNERS  # the scorer stems them when it is built
    words = sorted({w for text in texts for w in tokens(text)})
    stem = Stemmer()
    return {
        "schema_version": 1,
        "about": (
            "Snowball stems of the bundled lexicon's and descriptors' words and of the owners of"
            " given tools; tools/build_stems.py"
        ),
        "stems": {w: stem.plainly(w) for w in words},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build_stems", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = table()
    args.out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(data['stems'])} words")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
