"""The matcher's results on every labelled text are those recorded in benchmarks/data/baseline.tsv."""

from __future__ import annotations

import pytest

import trainerframework as tfw
from tools import matcher_baseline
from tools.labelled import DATA


class TestBaseline:
    """A change to the lexicon, triggers or scorer shows every labelled text it moved."""

    def test_no_result_changed(self) -> None:
        now = matcher_baseline.rows(tfw.load_framework())
        before = (DATA / "baseline.tsv").read_text(encoding="utf-8").splitlines()[1:]
        gone = sorted(set(before) - set(now))
        new = sorted(set(now) - set(before))
        listing = "\n".join(
            [*(f"- {matcher_baseline.shown(line)}" for line in gone[:40])]
            + [f"+ {matcher_baseline.shown(line)}" for line in new[:40]]
        )
        # pytest.fail, not assert: an assert's report would print the raw lines, texts of the
        # withheld sets among them, where ``shown`` hides those
        if gone:
            pytest.fail(
                f"{len(gone)} labelled results changed (run python -m tools.matcher_baseline and commit "
                f"the file if the change is intended):\n{listing}"
            )
        if new:
            pytest.fail(f"{len(new)} results not in the baseline:\n{listing}")

    def test_it_covers_every_kind_of_labelled_text(self) -> None:
        kinds = {line.split("\t", 1)[0] for line in (DATA / "baseline.tsv").read_text().splitlines()[1:]}
        assert kinds == {"statement", "assertion", "narrative"}

    def test_a_change_lists_no_text_of_a_set_no_round_reads(self) -> None:
        withheld = sorted(matcher_baseline.WITHHELD)[0]
        line = f"statement\t{withheld}\ttraining.lead.1 asserted\tI design our courses."
        shown = matcher_baseline.shown(line)
        assert "I design" not in shown
        assert shown.startswith(f"statement\t{withheld}\ttraining.lead.1 asserted\ttext withheld ")
        read = "statement\tfresh30\ttraining.lead.1 asserted\tI design our courses."
        assert "fresh30" not in matcher_baseline.WITHHELD
        assert matcher_baseline.shown(read) == read

    def test_a_line_that_is_not_the_baselines_is_shown_as_it_is(self) -> None:
        assert matcher_baseline.shown("") == ""
        assert matcher_baseline.shown("no tabs here") == "no tabs here"
