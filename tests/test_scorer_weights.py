"""The scorer's weights: data, checked, fitted by a script on training sets only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import trainerframework as tfw

from .scripts import script


def _fit_scorer():  # type: ignore[no-untyped-def]
    return script("fit_scorer")


FW = tfw.load_framework()
W = tfw.ScorerWeights.bundled()


class TestWeights:
    def test_bundled_say_what_they_were_fitted_on(self) -> None:
        assert "training sets" in W.fitted_on
        assert "scripts/fit_scorer.py" in W.fitted_on

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            ({"category": 0.5}, "the four signal weights must sum to 1"),
            ({"words": -0.1, "stage": W.stage + 0.1 + W.words}, "words must be a finite number of 0 or more"),
            ({"stage_prior": float("nan")}, "stage_prior must be a finite number of 0 or more"),
            ({"evidence_for_full_score": 0.0}, "must be above 0"),
        ],
    )
    def test_refused(self, change: dict[str, float], message: str) -> None:
        values = {k: getattr(W, k) for k in ("category", "concept", "words", "stage", "stage_prior")}
        values["evidence_for_full_score"] = W.evidence_for_full_score
        with pytest.raises(ValueError, match=message):
            tfw.ScorerWeights(**{**values, **change})

    def test_document_round_trip_and_errors(self) -> None:
        assert tfw.ScorerWeights.from_document(W.to_document()) == W
        with pytest.raises(tfw.InvalidInputError, match=r"\$.schema_version: expected 1"):
            tfw.ScorerWeights.from_document({**W.to_document(), "schema_version": 2})
        with pytest.raises(tfw.InvalidInputError, match="sum to 1"):
            tfw.ScorerWeights.from_document({**W.to_document(), "category": 0.9})
        with pytest.raises(tfw.InvalidInputError, match="category"):
            tfw.ScorerWeights.from_document({k: v for k, v in W.to_document().items() if k != "category"})

    def test_a_scorer_uses_the_weights_it_is_given(self) -> None:
        text = "I adapt the ministry's materials for each group of teachers."
        words_only = tfw.ScorerWeights(
            category=0.0, concept=0.0, words=1.0, stage=0.0, stage_prior=W.stage_prior,
            evidence_for_full_score=W.evidence_for_full_score,
        )  # fmt: skip
        default = tfw.LexiconScorer(FW).scores(text)
        only = tfw.LexiconScorer(FW, weights=words_only).scores(text)
        assert default != only
        assert max(only) <= 1.0
        with pytest.raises(TypeError, match="weights must be ScorerWeights, not dict"):
            tfw.LexiconScorer(FW, weights={"category": 1.0})  # type: ignore[arg-type]


class TestTheFit:
    @given(
        st.sampled_from(["category", "concept", "words", "stage", "stage_prior", "evidence_for_full_score"]),
        st.floats(-0.5, 0.5),
    )
    def test_a_move_keeps_weights_valid(self, name: str, step: float) -> None:
        moved = _fit_scorer()._moved(W, name, step)
        if moved is not None:
            total = moved.category + moved.concept + moved.words + moved.stage
            assert abs(total - 1.0) < 1e-6

    def test_cross_fitting_leaves_each_set_out_of_its_word_model(self) -> None:
        fit = _fit_scorer()
        rows = [r for r in fit.load() if r[0] in {"fresh2", "fresh3"}]
        matchers = fit._matchers(FW, rows)
        assert [sorted({r[0] for r in part}) for _, part in matchers] == [["fresh2"], ["fresh3"]]
        for matcher, part in matchers:
            words = matcher.scorer.word_model
            assert words is not None
            assert words.fitted_on == f"training sets but {part[0][0]}"
