"""Checking and refitting the matcher's confidence on labelled statements.

:func:`fit_calibration` fits a :class:`~trainerframework.Calibration` for a
matcher (:func:`calibration_examples` is its first step, the examples it fits
on); :func:`reliability` tells how well a matcher's confidence predicts its
accuracy. They run the matcher, so they sit above it.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .._language._assertion import LABEL, Assertion
from .._language._text import STOPWORDS, bundled_stems, names, tokens
from .._language._words import DEFAULT_STAGE_WEIGHT, DEFAULT_WEIGHT, WordModel
from ..exceptions import InvalidInputError, Problem
from ._calibration import Calibration, CalibrationExample, LabelledStatement, Reliability, reliability_of
from ._matcher import Matcher, default_matcher, what_is_asserted
from ._scorer import LexiconScorer

if TYPE_CHECKING:
    from .._model._framework import Framework

__all__ = ["calibration_examples", "fit_calibration", "fit_word_model", "reliability"]


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
        text, assertion = what_is_asserted(row.text)
        if assertion is not Assertion.ASSERTED:
            continue
        for rank, (i, features) in enumerate(matcher._ranked(text, top)):
            d = descriptors[i]
            right = d.category_id == row.category_id and d.stage.id == row.stage_id
            out.append((rank, features, right))
    return out


def _texts(offtopic: Iterable[str]) -> list[LabelledStatement]:
    if isinstance(offtopic, str):
        raise InvalidInputError([Problem("offtopic", "expected texts, not one string")], "<off-topic texts>")
    out = []
    for n, text in enumerate(offtopic):
        if not isinstance(text, str):
            msg = f"expected a text, not {type(text).__name__}"
            raise InvalidInputError([Problem(f"offtopic[{n}]", msg)], "<off-topic texts>")
        out.append(LabelledStatement(text, "", ""))  # no category: every match is wrong
    return out


def _top(top: int) -> int:
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise InvalidInputError([Problem("top", f"expected a whole number of 1 or more, got {top!r}")])
    return top


def calibration_examples(
    fw: Framework,
    statements: Iterable[LabelledStatement | tuple[str, str, str]],
    *,
    matcher: Matcher | None = None,
    top: int = 3,
    offtopic: Iterable[str] = (),
) -> list[CalibrationExample]:
    """The examples a :class:`Calibration` is fitted on: each statement's ``top`` best matches.

    ``statements`` are :class:`LabelledStatement` objects or ``(text,
    category_id, stage_id)`` tuples of ``fw``; a match is right when its
    descriptor's category and stage are the statement's. ``offtopic`` texts
    (small talk, logistics, the filler of a narrative) evidence nothing, so
    every match of theirs is wrong: they teach the model that weak,
    unfocused scores are not evidence. A statement that asserts nothing ("I
    have never designed a course") gives no example: its matches have
    confidence 0 whatever the model says. Statements first, in order, then
    the off-topic texts; each statement's matches best first.
    :meth:`Calibration.fit` fits on the result.
    """
    m = matcher if matcher is not None else default_matcher(fw)
    rows = _labelled(fw, statements) + _texts(offtopic)
    return [
        CalibrationExample(features=features, right=right, rank=rank)
        for rank, features, right in _examples(m, rows, _top(top))
    ]


def fit_calibration(
    fw: Framework,
    statements: Iterable[LabelledStatement | tuple[str, str, str]],
    *,
    matcher: Matcher | None = None,
    top: int = 3,
    l2: float = 1.0,
    fitted_on: str = "",
    offtopic: Iterable[str] = (),
) -> Calibration:
    """Fit a :class:`Calibration` on labelled statements.

    ``statements`` are :class:`LabelledStatement` objects or ``(text,
    category_id, stage_id)`` tuples. Each statement's ``top`` best matches
    become examples, labelled right when the descriptor's category and stage
    are the statement's; every match of an ``offtopic`` text is wrong (see
    :func:`calibration_examples`). Use a few hundred statements from the
    registers your users write in; pass the same ``matcher`` (scorer,
    lexicon) you will match with. ``l2`` regularises the weights. The fit is
    deterministic and does not depend on the order of the statements (up to
    rounding): it is ``Calibration.fit(calibration_examples(...))``.
    """
    rows = _labelled(fw, statements)
    if not rows:
        raise InvalidInputError([Problem("$", "no labelled statements to fit on")], "<labelled statements>")
    examples = calibration_examples(fw, rows, matcher=matcher, top=top, offtopic=offtopic)
    try:
        return Calibration.fit(
            examples, l2=l2, fitted_on=fitted_on or f"{len(rows)} labelled statements, top {top} matches each"
        )
    except InvalidInputError as exc:
        raise InvalidInputError(exc.problems, "<labelled statements>") from None


def fit_word_model(
    fw: Framework,
    statements: Iterable[LabelledStatement | tuple[str, str, str]],
    *,
    weight: float = DEFAULT_WEIGHT,
    stage_weight: float = DEFAULT_STAGE_WEIGHT,
    alpha: float = 0.5,
    descriptors: int = 0,
    fitted_on: str = "",
) -> WordModel:
    """Count which categories and which stages the words of labelled statements point at.

    ``statements`` are :class:`LabelledStatement` objects or ``(text,
    category_id, stage_id)`` tuples of ``fw``. Words are read as the matcher
    reads them (stems, without a leading source label or stop words), every
    word of a statement that glosses its own (the grand words too); each
    statement counts a stem once. Proper names (people, places, languages,
    products) are not counted: a word written capitalised wherever it occurs,
    whose stem is never in lower case, and not a word of the descriptors or the
    lexicon (acronyms are counted). ``weight`` and ``stage_weight``
    are the shares of the category and stage signals the model makes in a
    matcher.
    ``descriptors`` counts each of the framework's descriptors that many times
    as a statement of its own category and stage (0: not at all), so that the
    framework's own words point where they belong even where the labelled
    statements paraphrase them. The result does not depend on the order of the
    statements.
    """
    try:
        if isinstance(descriptors, bool):
            raise TypeError
        descriptors = operator.index(descriptors)
    except TypeError:
        msg = f"descriptors must be a whole number, not {descriptors!r}"
        raise TypeError(msg) from None
    if descriptors < 0:
        msg = f"descriptors must be 0 or more, not {descriptors!r}"
        raise ValueError(msg)
    rows = _labelled(fw, statements)
    if not rows:
        raise InvalidInputError([Problem("$", "no labelled statements to count")], "<labelled statements>")
    reader = LexiconScorer(fw, word_model=False)
    stop = set(reader.stem.many(sorted(STOPWORDS)))
    # proper names say nothing of practice, and a counted name would be a common word to the
    # assertion reader ("Mehmet runs the strand" would read as the trainer's own practice)
    known = set(bundled_stems().values())
    known.update(reader.stem.many(tokens(" ".join(d.text for d in fw.descriptors))))
    unlabelled = (LABEL.sub("", row.text, count=1) if ":" in row.text else row.text for row in rows)
    stop.update(names(unlabelled, reader.stem, known.__contains__))
    categories = [c.id for c in fw.categories]
    stages = [s.id for s in fw.stages]
    index = {c: i for i, c in enumerate(categories)} | {s: len(categories) + i for i, s in enumerate(stages)}
    width = len(categories) + len(stages)
    counts: dict[str, list[int]] = {}
    per_class = [0] * width
    own = [LabelledStatement(d.text, d.category_id, d.stage.id) for d in fw.descriptors]
    for row in itertools.chain(rows, *itertools.repeat(own, descriptors)):
        classes = (index[row.category_id], index[row.stage_id])
        for i in classes:
            per_class[i] += 1
        # every word of the statement, a gloss's grand words too (as the model was counted and measured)
        _, stems, _, _ = reader._read_plainly(row.text)
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
    m = matcher if matcher is not None else default_matcher(fw)
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
