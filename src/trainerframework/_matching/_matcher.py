"""The matcher: statements of practice to descriptors, best first, with calibrated confidence.

A :class:`Matcher` asks its scorer (by default :class:`~._scorer.LexiconScorer`)
for one score per descriptor, orders them, and gives each of the best a
calibrated confidence (:mod:`._calibration`); a statement that asserts
nothing of the trainer's practice is matched to what it is about at
confidence 0. Reading a whole narrative is :mod:`trainerframework._profiling._narrative`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from .._base._cache import once_per
from .._language._assertion import (
    Assertion,
    Clause,
    asserted_text,
    plain,
    plainly_asserted,
    read_clauses_fully,
    unasserted,
)
from .._language._lexicon import Lexicon
from .._language._ownership import OwnershipModel
from .._language._restatement import restated
from .._language._words import WordModel
from .._model._framework import Framework
from ._confidence import Calibration, CellIndex
from ._matches import Match, MatchExplanation, plain_matches
from ._scorer import LexiconScorer, Scorer

__all__ = ["Matcher", "match", "match_many"]


def check_text(text: object) -> str:
    if not isinstance(text, str):
        msg = f"text must be a str, not {type(text).__name__}"
        raise TypeError(msg)
    return text


class Matcher:
    """Matches statements to the descriptors of one framework.

    ``Matcher(fw)`` uses the default :class:`LexiconScorer`; pass any
    :class:`Scorer` to use another. :func:`match` keeps one default matcher per
    framework. ``ownership``: the :class:`OwnershipModel` that
    :func:`profile_text` asks whether a sentence it would credit tells the
    trainer's own practice (the bundled one by default, read when first
    needed; False: none). Matching a single statement does not ask it.
    """

    def __init__(
        self,
        fw: Framework,
        scorer: Scorer | None = None,
        *,
        lexicon: Lexicon | None = None,
        calibration: Calibration | None = None,
        word_model: WordModel | bool = True,
        ownership: OwnershipModel | bool = True,
    ) -> None:
        if not isinstance(fw, Framework):
            msg = f"expected a Framework, not {type(fw).__name__}"
            raise TypeError(msg)
        if scorer is not None and (lexicon is not None or word_model is not True):
            msg = "pass either a scorer or a lexicon and word_model (for the default scorer), not both"
            raise TypeError(msg)
        self.framework = fw
        self.scorer: Scorer = scorer if scorer is not None else LexiconScorer(fw, lexicon, word_model)
        if not isinstance(self.scorer, Scorer):
            msg = f"scorer must have a scores(text) method; {type(scorer).__name__} has none"
            raise TypeError(msg)
        if calibration is not None and not isinstance(calibration, Calibration):
            msg = f"calibration must be a Calibration, not {type(calibration).__name__}"
            raise TypeError(msg)
        self.calibration = calibration if calibration is not None else Calibration.bundled()
        if not isinstance(ownership, OwnershipModel | bool):
            msg = f"ownership must be an OwnershipModel or a bool, not {type(ownership).__name__}"
            raise TypeError(msg)
        self._ownership = ownership
        self._cells = CellIndex(fw)
        self._position = {d.id: i for i, d in enumerate(fw.descriptors)}
        self._indices = range(len(fw.descriptors))

    @property
    def ownership(self) -> OwnershipModel | None:
        """The ownership model :func:`profile_text` asks about each sentence it would credit (None: none)."""
        if self._ownership is True:
            self._ownership = OwnershipModel.bundled()
        return self._ownership or None

    def _ordered(self, read: str) -> tuple[Sequence[float], list[int]]:
        """The scores of every descriptor, and every descriptor index ordered best first.

        ``read``: the text as the scorer reads it (:meth:`_for_scorer`).
        """
        scores = self.scorer.scores(read)
        indices = self._indices
        if len(scores) != len(indices):
            msg = f"scorer returned {len(scores)} scores for {len(indices)} descriptors"
            raise ValueError(msg)
        if not any(scores):  # a statement that matches nothing (common in long narratives): skip the sort
            return scores, []
        # sorted is stable, so equal scores keep framework order
        return scores, sorted(indices, key=scores.__getitem__, reverse=True)

    def _for_scorer(self, text: str) -> str:
        """The text the scorer reads, to score and to explain alike.

        The statement (the bundled scorer reads its gloss itself), or for a scorer of one's own,
        its gloss (:func:`restated`, without corrections), as before.
        """
        return text if isinstance(self.scorer, LexiconScorer) else restated(text, corrections=False)

    def _ranked(self, text: str, limit: int) -> list[tuple[int, tuple[float, ...]]]:
        """The ``limit`` best descriptor indices (score above 0) with their confidence features."""
        scores, order = self._ordered(self._for_scorer(text))
        features = self._cells.features(scores, order, limit)
        return [(i, f) for i, f in zip(order, features, strict=False) if scores[i] > 0]

    def match(self, text: str, limit: int = 5, *, explain: bool = True) -> list[Match]:
        """The descriptors a statement evidences, best first.

        Ties are broken by framework order, so results are deterministic.
        Empty or blank text gives an empty list. Each match carries its score
        (for ranking) and its calibrated confidence (for deciding).
        """
        if type(text) is not str:
            check_text(text)
        _check_limit(limit)
        if limit < 1 or not text or text.isspace():
            return []
        return self._match(text, None, limit, explain)

    def _match(self, text: str, clauses: tuple[Clause, ...] | None, limit: int, explain: bool) -> list[Match]:
        """:meth:`match`, the arguments checked; ``clauses``: the text's, when read in a wider context."""
        return self._matches(*what_is_asserted(text, clauses), limit, explain)

    def _best(
        self, text: str, clauses: tuple[Clause, ...] | None, min_confidence: float
    ) -> tuple[Match | None, bool]:
        """A narrative's piece's best match (no explanation), and whether it evidences that descriptor.

        A match evidences its descriptor when the statement shares a concept or a
        content word with it; one found by its category and stage alone (the
        word model's and the stage cues' reading of the whole statement, as
        "Ayesha is a highly Proficient to Expert classroom teacher" finds the
        Lead descriptors of the category that classroom teaching points at)
        says what the statement is about, not what the trainer does. The
        default scorer answers for every match (a piece that is not asserted
        may still tell a practice, or only whose one is: what the ownership
        model's reading of the piece before asks); another scorer's explanation
        is asked only of a match that could be credited (asserted, at
        ``min_confidence`` or more), and True is given otherwise or where the
        scorer gives no explanations.
        """
        scored, assertion = what_is_asserted(text, clauses)
        found = self._matches(scored, assertion, 1, False)
        if not found:
            return None, False
        best = found[0]
        index = self._position[best.descriptor.id]
        if isinstance(self.scorer, LexiconScorer):  # the scorer has just read this text: no explanation built
            return best, self.scorer._evidences(scored, index)
        if assertion is not Assertion.ASSERTED or best.confidence < min_confidence:
            return best, True  # an explanation is built only for a match that could be credited
        explainer = getattr(self.scorer, "explain", None)
        if explainer is None:
            return best, True
        why: MatchExplanation = explainer(self._for_scorer(scored), index)
        return best, why.concept > 0 or why.lexical > 0

    def _matches(self, text: str, assertion: Assertion, limit: int, explain: bool) -> list[Match]:
        """The matches of the text to score, with the status of the statement it came from."""
        descriptors = self.framework.descriptors
        read = self._for_scorer(text)  # once, to score and to explain
        scores, order = self._ordered(read)
        if assertion is Assertion.ASSERTED:
            confidences = self._cells.confidences(scores, order, limit, self.calibration)
        else:  # no evidence of the trainer's practice: what the statement is about, at confidence 0
            confidences = [0.0] * min(limit, len(order))
        explainer = getattr(self.scorer, "explain", None) if explain else None
        if explainer is None:
            return plain_matches(descriptors, scores, order, confidences, assertion)
        return plain_matches(
            descriptors,
            scores,
            order,
            confidences,
            assertion,
            explain=functools.partial(explainer, read),
        )

    def match_many(self, texts: Iterable[str], limit: int = 5, *, explain: bool = False) -> list[list[Match]]:
        """:meth:`match` for many statements (explanations off by default, for speed).

        Every statement is read for what it asserts first, then every one is scored: each
        stage runs over the whole batch with its own tables warm in the processor's caches
        (about a tenth faster than alternating them statement by statement), with the
        results :meth:`match` gives one at a time (``tests/test_matching.py`` compares).
        """
        _check_limit(limit)
        read: list[tuple[str, Assertion] | None] = []
        for text in texts:
            if type(text) is not str:
                check_text(text)
            read.append(None if limit < 1 or not text or text.isspace() else what_is_asserted(text))
        return [[] if r is None else self._matches(*r, limit, explain) for r in read]


def _check_limit(limit: object) -> None:
    """A limit of matches is an int, not a bool (:meth:`Matcher.match`, :meth:`Matcher.match_many`)."""
    if type(limit) is not int and (isinstance(limit, bool) or not isinstance(limit, int)):
        msg = f"limit must be an int, not {type(limit).__name__}"
        raise TypeError(msg)


def what_is_asserted(text: str, clauses: tuple[Clause, ...] | None = None) -> tuple[str, Assertion]:
    """The text to score and its status: the asserted clauses, or what a statement asserting none is about.

    ``clauses``: the text's clauses as read in its sentence (:func:`read_pieces`), or None to read it here.
    """
    if clauses is None:
        if plainly_asserted(text):
            return _glossed(text)
        clauses = read_clauses_fully(text)  # read_clauses would take the fast test again
    if len(clauses) == 1 and clauses[0].assertion is Assertion.ASSERTED:
        return _glossed(text)  # the common case: the statement as written (its label too)
    kept = asserted_text(clauses)
    if kept is not None:
        return _glossed(kept)
    about = unasserted(clauses)
    if about is not None:
        return about.text, about.assertion
    return plain(text), clauses[0].assertion if clauses else Assertion.ASSERTED


def _glossed(text: str) -> tuple[str, Assertion]:
    """An asserted text, read in its turn through the trainer's own gloss of it (:func:`restated`).

    A gloss that asserts what is done leaves the text as it is: the scorer reads the category
    from the whole and the rest from the gloss. One that does not says so: "... which in
    practice means I don't really observe anyone" denies observing.
    """
    gloss = restated(text, corrections=False)  # a correction's status is the clause reader's
    if gloss is text:
        return text, Assertion.ASSERTED
    read = what_is_asserted(gloss)
    return (text, Assertion.ASSERTED) if read == (gloss, Assertion.ASSERTED) else read


@once_per(8)
def default_matcher(fw: Framework) -> Matcher:
    return Matcher(fw)


def match(fw: Framework, text: str, limit: int = 5, *, explain: bool = True) -> list[Match]:
    """Descriptors that a free-text statement of practice evidences, best first.

    Uses one cached default :class:`Matcher` per framework. Each
    :class:`Match` has the descriptor, a score from 0 to 1 and an explanation
    (words, lexicon phrases, shared concepts, stage cues).
    """
    if not isinstance(fw, Framework):
        msg = f"expected a Framework, not {type(fw).__name__}"
        raise TypeError(msg)
    return default_matcher(fw).match(text, limit, explain=explain)


def match_many(fw: Framework, texts: Iterable[str], limit: int = 5) -> list[list[Match]]:
    """:func:`match` for many statements at once."""
    return default_matcher(fw).match_many(texts, limit)
