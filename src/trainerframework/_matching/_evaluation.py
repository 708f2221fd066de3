"""Checking and refitting the matcher's confidence on labelled statements.

:func:`fit_calibration` fits a :class:`~trainerframework.Calibration` for a
matcher; :func:`reliability` tells how well a matcher's confidence predicts
its accuracy. Both run the matcher, so they sit above it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .._language._assertion import Assertion
from .._language._text import STOPWORDS
from .._language._words import DEFAULT_STAGE_WEIGHT, DEFAULT_WEIGHT, WordModel
from ..exceptions import InvalidInputError, Problem
from ._calibration import Calibration, LabelledStatement, Reliability, _finite, _logistic, reliability_of
from ._matcher import Matcher, _default_matcher, _what_is_asserted
from ._scorer import LexiconScorer

if TYPE_CHECKING:
    from .._model._framework import Framework

__all__ = ["fit_calibration", "fit_word_model", "reliability"]


def _labelled(
    fw: Framework, statements: Iterable[LabelledStatement | tuple[str, str, str]]
) -> list[LabelledStatement]:
    out = []
    problems = []
    categories = {c.id for c in fw.categories}
    stages = {s.id for s in fw.stages}
    for n, item in enumerate(statements):
        row = item if isinstance(item, LabelledStatement) else LabelledStatement(*item)
        if row.category_id not in categories:
            problems.append(Problem(f"[{n}].category_id", f"unknown category {row.category_id!r}"))
        if row.stage_id not in stages:
            problems.append(Problem(f"[{n}].stage_id", f"unknown stage {row.stage_id!r}"))
        out.append(row)
    if problems:
        raise InvalidInputError(problems, "<labelled statements>")
    return out


def _examples(
    matcher: Matcher, rows: Sequence[LabelledStatement], top: int
) -> list[tuple[int, tuple[float, ...], bool]]:
    """(rank, features, right?) for the ``top`` best matches of each statement (rank 0 first).

    The features are those of what :meth:`Matcher.match` scores: the statement's
    asserted clauses. A statement that asserts nothing gives no example (its
    matches have confidence 0 whatever the model says).
    """
    descriptors = matcher.framework.descriptors
    out = []
    for row in rows:
        text, assertion = _what_is_asserted(row.text)
        if assertion is not Assertion.ASSERTED:
            continue
        for rank, (i, features) in enumerate(matcher._ranked(text, top)):
            d = descriptors[i]
            right = d.category_id == row.category_id and d.stage.id == row.stage_id
            out.append((rank, features, right))
    return out


def fit_calibration(
    fw: Framework,
    statements: Iterable[LabelledStatement | tuple[str, str, str]],
    *,
    matcher: Matcher | None = None,
    top: int = 3,
    l2: float = 1.0,
    fitted_on: str = "",
) -> Calibration:
    """Fit a :class:`Calibration` on labelled statements.

    ``statements`` are :class:`LabelledStatement` objects or ``(text,
    category_id, stage_id)`` tuples. Each statement's ``top`` best matches
    become examples, labelled right when the descriptor's category and stage
    are the statement's. Use a few hundred statements from the registers your
    users write in; pass the same ``matcher`` (scorer, lexicon) you will match
    with. ``l2`` regularises the weights. The fit is deterministic and does not
    depend on the order of the statements (up to rounding).
    """
    m = matcher if matcher is not None else _default_matcher(fw)
    rows = _labelled(fw, statements)
    if not rows:
        raise InvalidInputError([Problem("$", "no labelled statements to fit on")], "<labelled statements>")
    l2 = _finite(l2, "l2")
    examples = _examples(m, rows, top)
    if len({y for _, _, y in examples}) < 2:
        msg = "the statements' matches are all right or all wrong; a calibration needs both"
        raise InvalidInputError([Problem("$", msg)], "<labelled statements>")
    weights, intercept = _logistic(sorted((f, y) for _, f, y in examples), l2)
    return Calibration(
        weights=tuple(round(w, 6) for w in weights),
        intercept=round(intercept, 6),
        fitted_on=fitted_on or f"{len(rows)} labelled statements, top {top} matches each",
    )


def fit_word_model(
    fw: Framework,
    statements: Iterable[LabelledStatement | tuple[str, str, str]],
    *,
    weight: float = DEFAULT_WEIGHT,
    stage_weight: float = DEFAULT_STAGE_WEIGHT,
    alpha: float = 0.5,
    fitted_on: str = "",
) -> WordModel:
    """Count which categories and which stages the words of labelled statements point at.

    ``statements`` are :class:`LabelledStatement` objects or ``(text,
    category_id, stage_id)`` tuples of ``fw``. Words are read as the matcher
    reads them (stems, without a leading source label or stop words); each
    statement counts a stem once. ``weight`` and ``stage_weight`` are the
    shares of the category and stage signals the model makes in a matcher.
    The result does not depend on the order of the statements.
    """
    rows = _labelled(fw, statements)
    if not rows:
        raise InvalidInputError([Problem("$", "no labelled statements to count")], "<labelled statements>")
    reader = LexiconScorer(fw, word_model=False)
    stop = set(reader.stem.many(sorted(STOPWORDS)))
    categories = [c.id for c in fw.categories]
    stages = [s.id for s in fw.stages]
    index = {c: i for i, c in enumerate(categories)} | {s: len(categories) + i for i, s in enumerate(stages)}
    width = len(categories) + len(stages)
    counts: dict[str, list[int]] = {}
    per_class = [0] * width
    for row in rows:
        classes = (index[row.category_id], index[row.stage_id])
        for i in classes:
            per_class[i] += 1
        _, stems, _, _ = reader._read(row.text)
        for stem in set(stems) - stop:
            found = counts.setdefault(stem, [0] * width)
            for i in classes:
                found[i] += 1
    return WordModel(
        framework_id=fw.id,
        categories=categories,
        stages=stages,
        statements=per_class,
        words=sorted((stem, tuple(c)) for stem, c in counts.items()),
        alpha=alpha,
        weight=weight,
        stage_weight=stage_weight,
        fitted_on=fitted_on or f"{len(rows)} labelled statements",
    )


def reliability(
    fw: Framework,
    statements: Iterable[LabelledStatement | tuple[str, str, str]],
    *,
    matcher: Matcher | None = None,
    bins: int = 10,
) -> Reliability:
    """How well the matcher's confidence predicts accuracy on labelled statements.

    Each statement's top match counts once: right when its category and stage
    are the statement's.
    """
    m = matcher if matcher is not None else _default_matcher(fw)
    rows = _labelled(fw, statements)
    pairs = []
    for row in rows:
        found = m.match(row.text, limit=1, explain=False)
        if not found:
            pairs.append((0.0, False))
            continue
        d = found[0].descriptor
        pairs.append((found[0].confidence, d.category_id == row.category_id and d.stage.id == row.stage_id))
    return reliability_of(pairs, bins)
