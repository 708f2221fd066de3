"""The lexicon lint (tools/lint_lexicon.py) finds what it says it finds; the bundled lexicon passes."""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING

from tools import lint_lexicon as lint

if TYPE_CHECKING:
    import pytest

SOURCE = """schema_version = 1
[concepts.a]
label = "a"
categories = { training = 1.0 }
terms = [
  "adapt the materials",
  "adapts the materials", "cope",
  "Adapt the  materials",
  "before & planning",
  "before planning",
  "asked me to",
  "asked her to",
  "ran a session for the whole district on Tuesdays",
]
"""


class TestLint:
    def test_finds_each_kind_of_problem(self) -> None:
        fw = [lint.words("adapt the materials for each group")]
        labelled = {
            "a.txt": [lint.words("I ran a session for the whole district on Tuesdays.")],
            "b.txt": [lint.words("nothing here")],
        }
        found = lint.problems(SOURCE, fw, labelled)
        assert "lexicon.toml:7: 2 terms on one line (one term per line)" in found
        assert any(p.startswith("lexicon.toml:8: 'Adapt the  materials' repeats") for p in found)
        assert any(p.startswith("lexicon.toml:12: 'asked her to' repeats 'asked me to'") for p in found)
        assert not any("before planning" in p for p in found), "a phrase is not its co-occurrence form"
        assert any(
            "'ran a session for the whole district on Tuesdays' (concepts.a) is copied" in p for p in found
        )
        assert not any("adapt the materials' (concepts.a) is copied" in p for p in found), (
            "the framework's own"
        )

    def test_a_phrase_two_sets_use_is_a_way_of_speaking(self) -> None:
        text = lint.words("I ran a session for the whole district on Tuesdays.")
        found = lint.problems(SOURCE, [], {"a.txt": [text], "b.txt": [text]})
        assert not any("copied" in p for p in found)

    def test_rewrite_keeps_every_term_one_a_line(self) -> None:
        rewritten = lint.rewrite(SOURCE)
        assert tomllib.loads(rewritten) == tomllib.loads(SOURCE)
        assert not any("on one line" in p for p in lint.problems(rewritten, [], {}))

    def test_the_bundled_lexicon_passes(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert lint.main([]) == 0, capsys.readouterr().out[-2000:]
        assert capsys.readouterr().out.endswith(" terms, 0 problems\n")
