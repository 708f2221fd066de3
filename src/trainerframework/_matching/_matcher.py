"""Matching free-text statements of practice to descriptors.

The default scorer combines four signals, each explainable:

- **category**: concepts found in the statement through the domain lexicon
  (everyday words such as "checklist", "workshop" or "slides") point at
  categories;
- **concepts**: concepts shared by the statement and a descriptor (the lexicon
  finds them in the descriptor's own text too);
- **words**: BM25 relevance of the statement's stemmed words to the descriptor;
- **stage**: stage cues ("given", "with support" / "adapts", "a range of" /
  "designs", "researches", "wide range") weigh the descriptor's stage.

Any object with a ``scores(text) -> Sequence[float]`` method (one score per
descriptor, in ``fw.descriptors`` order) can replace it, for instance an
embedding model: see :class:`Scorer`.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .._base._cache import once_per
from .._language._assertion import (
    LABEL,
    Assertion,
    Clause,
    _plainly_asserted,
    _read_clauses,
    asserted_text,
    plain,
    read_clauses,
    read_pieces,
    unasserted,
)
from .._language._lexicon import Lexicon, RawHit
from .._language._text import STOPWORDS, Stemmer, sentences, tokens
from .._language._weights import ScorerWeights
from .._language._words import WordModel, _mixed
from .._model._framework import Framework
from .._profiling._evidence import Evidence, EvidenceItem, Judgement
from .._profiling._rules import Aggregation, Rules
from ..exceptions import InvalidRulesError
from ._calibration import Calibration, CellIndex
from ._reading import Match, MatchExplanation, ReadingStatus, SentenceReading, _plain_matches

if TYPE_CHECKING:
    from .._profiling._profile import Profile

__all__ = [
    "TEXT_RULES",
    "LexiconScorer",
    "Match",
    "MatchExplanation",
    "Matcher",
    "Scorer",
    "match",
    "match_many",
    "profile_text",
]

TEXT_RULES = Rules(
    threshold=0.15, aggregation=Aggregation.MEAN_OF_PARTS, min_confidence=0.33, imply_confidence=0.85
)
"""Default rules of :func:`profile_text`. A narrative names a few things a
trainer does, not every descriptor they meet: one matched statement (with the
earlier steps of its strand) is enough for its stage in a category overview or
a component, and a category averages only the parts the narrative speaks to.
A sentence's best match is credited at calibrated confidence 0.33 or more
(``min_confidence``); a match two or more stages above the first needs
confidence 0.85 (``imply_confidence``) or another sentence in its category at
most one stage lower, or it credits the step below it in its strand."""

# BM25's usual constants (the signal weights are data: ScorerWeights, data/scorer.json)
_K1 = 1.2
_B = 0.75
_CUE_RANK = {f"stage:{r}": r for r in range(1, 10)}  # a stage cue's target -> its rank


@runtime_checkable
class Scorer(Protocol):
    """What a matcher needs from a scorer: one score per descriptor.

    ``scores(text)`` returns a sequence aligned with ``fw.descriptors`` of the
    framework the scorer was built for. Scores should be comparable across
    statements and fall in [0, 1] if :func:`profile_text`'s ``min_score`` is to
    mean anything. A scorer may also define ``explain(text, index) ->
    MatchExplanation``.
    """

    def scores(self, text: str) -> Sequence[float]:
        """One score per descriptor, in framework order."""
        ...


def _word_model(fw: Framework, choice: WordModel | bool) -> WordModel | None:
    """The word model a scorer mixes in: the bundled one when it fits the framework (True), none (False)."""
    if isinstance(choice, WordModel):
        if not choice.fits((c.id for c in fw.categories), fw.id, (s.id for s in fw.stages)):
            msg = (
                f"word_model counts the categories and stages of {choice.framework_id!r} "
                f"({', '.join(choice.categories)}; {', '.join(choice.stages)}), not those of {fw.id!r}"
            )
            raise ValueError(msg)
        return choice if choice.weight > 0 or choice.stage_weight > 0 else None
    if not isinstance(choice, bool):
        msg = f"word_model must be a WordModel or a bool, not {type(choice).__name__}"
        raise TypeError(msg)
    if not choice:
        return None
    bundled = WordModel.bundled()
    fits = bundled.fits((c.id for c in fw.categories), fw.id, (s.id for s in fw.stages))
    return bundled if fits else None


def _weights(
    hits: list[RawHit], term_key: dict[str, tuple[str, ...]]
) -> tuple[dict[str, float], dict[int, float], float]:
    """Each concept's weight (with diminishing returns), each cue rank's, and the terms' evidence.

    ``term_key`` gives each term's words as stems, so two terms of the same
    words ("reading", "readings") are one piece of evidence.
    """
    concept_weight: dict[str, float] = {}
    cue_weight: dict[int, float] = {}
    term_weight: dict[object, float] = {}
    key = term_key.get
    for term, target, weight in hits:
        rank = _CUE_RANK.get(target)
        if rank is not None:
            cue_weight[rank] = cue_weight.get(rank, 0.0) + weight
        else:
            concept_weight[target] = concept_weight.get(target, 0.0) + weight
            words = key(term, term)
            if weight > term_weight.get(words, 0.0):
                term_weight[words] = weight
    # diminishing returns: a concept named three times is not three times as strong; and
    # each distinct term is one piece of evidence (one word naming two concepts is one)
    return (
        {c: 0.5 if w == 1.0 else 1.0 - 0.5**w for c, w in concept_weight.items()},  # 1 - 0.5 ** w
        cue_weight,
        sum([0.5 if w == 1.0 else 1.0 - 0.5**w for w in term_weight.values()]),  # a list: faster
    )


_Signals = tuple[list[float], dict[int, float], dict[int, float], list[float], float, float]
"""Category vector, sparse concept and word scores, stage distribution, coverage, best word score."""


class LexiconScorer:
    """The default scorer: lexicon concepts, BM25 word relevance and stage cues.

    Build one per framework (``Matcher`` caches it); pass ``lexicon=`` to use
    an extended or custom :class:`Lexicon`.
    """

    def __init__(
        self,
        fw: Framework,
        lexicon: Lexicon | None = None,
        word_model: WordModel | bool = True,
        *,
        weights: ScorerWeights | None = None,
    ) -> None:
        self.framework = fw
        self.lexicon = lexicon if lexicon is not None else Lexicon.bundled()
        self.word_model = _word_model(fw, word_model)
        if weights is not None and not isinstance(weights, ScorerWeights):
            msg = f"weights must be ScorerWeights, not {type(weights).__name__}"
            raise TypeError(msg)
        self.weights = weights if weights is not None else ScorerWeights.bundled()
        """The signal weights (:meth:`ScorerWeights.bundled` unless given)."""
        w = self.weights
        self._w = (w.category, w.concept, w.words, w.stage)
        self._stage_prior = w.stage_prior
        self._full = w.evidence_for_full_score
        n_stages = len(fw.stages)
        # stage cue ranks are 1..3: spread them over however many stages the framework has
        cue_rank = [1 + round(2 * i / (n_stages - 1)) if n_stages > 1 else 2 for i in range(n_stages)]
        # where each stage's word posterior goes among the three cue ranks (None: one to one)
        self._stage_ranks = None if n_stages == 3 else [r - 1 for r in cue_rank]
        self.stem = Stemmer()
        self._last: tuple[str, tuple[list[str], list[str], list[RawHit], _Signals]] | None = None
        descriptors = fw.descriptors
        n = len(descriptors)
        self._n = n
        cat_ids = [c.id for c in fw.categories]
        self._cat_index = {c: i for i, c in enumerate(cat_ids)}
        self._desc_cat = [self._cat_index[d.category_id] for d in descriptors]
        stage_index = {s.id: i for i, s in enumerate(fw.stages)}
        self._desc_rank = [cue_rank[stage_index[d.stage.id]] for d in descriptors]
        ncat = len(cat_ids)
        self._desc_cell = [(r - 1) * ncat + c for r, c in zip(self._desc_rank, self._desc_cat, strict=True)]
        # every descriptor's cell score in one C-level call (a tuple even for one descriptor)
        cells = self._desc_cell
        self._cell_of = (lambda values: [values[cells[0]]]) if n == 1 else operator.itemgetter(*cells)
        # each descriptor's words and stems, computed once
        analysed = [(words, self.stem.many(words)) for words in (tokens(d.text) for d in descriptors)]
        # BM25 postings over the descriptors' content stems
        docs = [
            [s for w, s in zip(words, stems, strict=True) if w not in STOPWORDS] for words, stems in analysed
        ]
        self._desc_stems = [frozenset(doc) for doc in docs]
        avgdl = (sum(map(len, docs)) / n if n else 0.0) or 1.0  # no content words anywhere: no BM25
        df: dict[str, int] = {}
        for doc in docs:
            for s in set(doc):
                df[s] = df.get(s, 0) + 1
        postings: dict[str, list[tuple[int, float]]] = {}
        for i, doc in enumerate(docs):
            tf: dict[str, int] = {}
            for s in doc:
                tf[s] = tf.get(s, 0) + 1
            norm = _K1 * (1 - _B + _B * len(doc) / avgdl)
            for s, f in tf.items():
                idf = math.log(1 + (n - df[s] + 0.5) / (df[s] + 0.5))
                postings.setdefault(s, []).append((i, idf * f * (_K1 + 1) / (f + norm)))
        self._postings = postings
        patterns = self.lexicon._patterns(self.stem)  # the compiled lexicon, looked up once
        self._find = patterns.find
        self._term_key = patterns.term_key
        # a descriptor whose text contains a lower stage's descriptor of its category (Articulates
        # beliefs clearly ... / ... Encourages others to share ...) is evidenced only by what it adds
        stage_order = {s.id: i for i, s in enumerate(fw.stages)}
        self._nested = [
            (i, j)
            for i, low in enumerate(descriptors)
            for j, high in enumerate(descriptors)
            if low.category_id == high.category_id
            and stage_order[low.stage.id] < stage_order[high.stage.id]
            and low.text.rstrip(". ") in high.text
        ]
        # concepts found in each descriptor's text
        concept_docs: dict[str, list[int]] = {}
        self._desc_concepts: list[set[str]] = []
        for i, (_, stems) in enumerate(analysed):
            found = {h.target for h in self.lexicon.concept_hits(stems, self.stem)}
            self._desc_concepts.append(found)
            for c in found:
                concept_docs.setdefault(c, []).append(i)
        self._concept_postings = {c: (math.log(1 + n / len(ids)), ids) for c, ids in concept_docs.items()}
        self._concept_categories = {
            c.id: [(self._cat_index[k], w) for k, w in c.categories if k in self._cat_index]
            for c in self.lexicon.concepts
        }
        # per concept: the categories it points at, and its idf and descriptors (one look-up a concept)
        self._concept_records = {
            c: (self._concept_categories.get(c, []), *self._concept_postings.get(c, (0.0, [])))
            for c in {*self._concept_categories, *self._concept_postings}
        }

    def _read(self, text: str) -> tuple[list[str], list[str], list[RawHit], _Signals]:
        """The statement's words, stems, lexicon hits and signals.

        The last statement is remembered: :class:`Matcher` scores a statement
        and then explains several of its matches, which would otherwise take the
        statement apart again for each one.
        """
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        words = tokens(LABEL.sub("", text, count=1) if ":" in text else text)
        stems = self.stem.many(words)
        hits = self._find(stems)
        read = (words, stems, hits, self._signals(stems, *_weights(hits, self._term_key)))
        self._last = (text, read)
        return read

    def _signals(
        self,
        stem_list: list[str],
        concept_weight: dict[str, float],
        cue_weight: dict[int, float],
        term_evidence: float,
    ) -> _Signals:
        """Category vector, sparse concept and word scores, stage distribution, coverage, best word score."""
        # category signal and shared concepts (sparse), in one pass over the concepts
        cat = [0.0] * len(self._cat_index)
        con: dict[int, float] = {}
        con_get = con.get
        records = self._concept_records
        for concept, w in concept_weight.items():
            record = records.get(concept)
            if record is None:
                continue
            pointing, idf, ids = record
            for ci, cw in pointing:
                cat[ci] += w * cw
            if ids:
                wi = w * idf
                if not con:  # the first concept's descriptors at C speed (0.0 + wi is wi)
                    con = dict.fromkeys(ids, wi)
                    con_get = con.get
                    continue
                for i in ids:
                    con[i] = con_get(i, 0.0) + wi
        # words (BM25), sparse: most descriptors share no word with a statement
        postings = self._postings  # content stems only: stop words never reach it
        # each stem once, in the statement's order: a set's order changes with the process's
        # string hashing, and with it the order floating-point sums are taken in
        stems = dict.fromkeys(stem_list)
        found = sorted(filter(None, map(postings.get, stems)), key=len, reverse=True)
        words_model = self.word_model
        # the longest postings list is copied at C speed; the others are added to it
        lex: dict[int, float] = dict(found[0]) if found else {}
        get = lex.get
        for plist in found[1:]:
            for i, weight in plist:
                lex[i] = get(i, 0.0) + weight
        # stage cues -> a distribution over ranks 1..3
        if cue_weight:
            prior = self._stage_prior
            total = sum(cue_weight.values()) + 3 * prior
            cue = cue_weight.get
            stage = [
                (cue(1, 0.0) + prior) / total,
                (cue(2, 0.0) + prior) / total,
                (cue(3, 0.0) + prior) / total,
            ]
        else:
            stage = [1 / 3, 1 / 3, 1 / 3]  # no cues: every stage alike
        if words_model is not None:
            # the category and stage signals: the lexicon's and the words', each over its maximum
            if self._stage_ranks is None:  # three stages: one per cue rank
                cat, stage = words_model._mix(cat, stage, stems)
            else:  # the framework's stages spread over the three cue ranks
                by_category, by_stage = words_model._relatives(stems)
                ranks = [0.0, 0.0, 0.0]
                for r, p in zip(self._stage_ranks, by_stage, strict=True):
                    ranks[r] = max(ranks[r], p)
                cat, stage = (
                    _mixed(cat, by_category, words_model.weight),
                    _mixed(stage, ranks, words_model.stage_weight),
                )
        # how much the statement says about training: its lexicon terms, and half a piece of
        # evidence for each of up to four of its words found in the descriptors, in full when
        # the best word match is strong
        lex_max = max(lex.values(), default=0.0)
        words = 0.5 * min(len(found), 4) * min(1.0, lex_max / 4.0)
        coverage = min(1.0, (term_evidence + words) / self._full)
        return cat, con, lex, stage, coverage, lex_max

    def _signal_values(self, signals: _Signals, index: int) -> tuple[float, float, float, float]:
        """The four normalised signals (category, concepts, words, stage) for one descriptor."""
        cat, con, lex, stage, _, _ = signals
        return (
            cat[self._desc_cat[index]] / (max(cat, default=0.0) or 1.0),
            con.get(index, 0.0) / (max(con.values(), default=0.0) or 1.0),
            lex.get(index, 0.0) / (max(lex.values(), default=0.0) or 1.0),
            stage[self._desc_rank[index] - 1] / max(stage),
        )

    def scores(self, text: str) -> list[float]:
        """One score per descriptor of the framework, in framework order (0 to 1).

        Descriptors that share no word or concept with the statement score by
        their (category, stage) cell alone: compute the cells, then add the
        sparse concept and word signals.
        """
        cat, con, lex, stage, coverage, lex_max = self._read(text)[3]
        if not coverage:  # nothing about training in the statement: every score is 0
            return [0.0] * len(self._desc_cell)
        w_category, w_concept, w_words, w_stage = self._w
        category_weight = coverage * w_category / (max(cat) or 1.0)
        stage_weight = coverage * w_stage / max(stage)
        by_category = [category_weight * x for x in cat]
        # cell (rank r, category c) sits at (r - 1) * categories + c
        by_stage = (stage_weight * stage[0], stage_weight * stage[1], stage_weight * stage[2])
        cell = [st + c for st in by_stage for c in by_category]
        scores = list(self._cell_of(cell))
        if con:
            scale = coverage * w_concept / max(con.values())
            for i, v in con.items():
                scores[i] += v * scale
        if lex:
            scale = coverage * w_words / (lex_max or 1.0)
            for i, v in lex.items():
                scores[i] += v * scale
        for low, high in self._nested:
            # nothing of what the higher one adds is in the statement: it is no better evidenced
            if scores[high] > scores[low] and lex.get(high, 0.0) <= lex.get(low, 0.0):
                scores[high] = scores[low]  # a tie: framework order puts the lower stage first
        return scores

    def explain(self, text: str, index: int) -> MatchExplanation:
        """Why the statement scores as it does against descriptor number ``index``."""
        words, stems, hits, signals = self._read(text)  # the statement is read once for all its matches
        cat_n, con_n, lex_n, stage_n = self._signal_values(signals, index)
        concepts = self._desc_concepts[index]
        shared = sorted({target for _, target, _ in hits if target in concepts})
        cat_index = self._desc_cat[index]
        pointing = {
            term
            for term, target, _ in hits
            if target in shared or any(ci == cat_index for ci, _ in self._concept_categories.get(target, ()))
        }
        doc_stems = self._desc_stems[index]
        found = sorted(
            {w for w, s in zip(words, stems, strict=True) if s in doc_stems and w not in STOPWORDS}
        )
        rank = self._desc_rank[index]
        cues = sorted({term for term, target, w in hits if target == f"stage:{rank}" and w > 0})
        return MatchExplanation(
            words=tuple(found),
            phrases=tuple(sorted(pointing)),
            concepts=tuple(shared),
            stage_cues=tuple(cues),
            category=round(cat_n, 4),
            concept=round(con_n, 4),
            lexical=round(lex_n, 4),
            stage=round(stage_n, 4),
        )


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        msg = f"text must be a str, not {type(text).__name__}"
        raise TypeError(msg)
    return text


class Matcher:
    """Matches statements to the descriptors of one framework.

    ``Matcher(fw)`` uses the default :class:`LexiconScorer`; pass any
    :class:`Scorer` to use another. :func:`match` keeps one default matcher per
    framework.
    """

    def __init__(
        self,
        fw: Framework,
        scorer: Scorer | None = None,
        *,
        lexicon: Lexicon | None = None,
        calibration: Calibration | None = None,
        word_model: WordModel | bool = True,
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
        self._cells = CellIndex(fw)
        self._indices = range(len(fw.descriptors))

    def _ordered(self, text: str) -> tuple[Sequence[float], list[int]]:
        """The scores of every descriptor, and every descriptor index ordered best first."""
        scores = self.scorer.scores(text)
        indices = self._indices
        if len(scores) != len(indices):
            msg = f"scorer returned {len(scores)} scores for {len(indices)} descriptors"
            raise ValueError(msg)
        if not any(scores):  # a statement that matches nothing (common in long narratives): skip the sort
            return scores, []
        # sorted is stable, so equal scores keep framework order
        return scores, sorted(indices, key=scores.__getitem__, reverse=True)

    def _ranked(self, text: str, limit: int) -> list[tuple[int, tuple[float, ...]]]:
        """The ``limit`` best descriptor indices (score above 0) with their confidence features."""
        scores, order = self._ordered(text)
        features = self._cells.features(scores, order, limit)
        return [(i, f) for i, f in zip(order, features, strict=False) if scores[i] > 0]

    def match(self, text: str, limit: int = 5, *, explain: bool = True) -> list[Match]:
        """The descriptors a statement evidences, best first.

        Ties are broken by framework order, so results are deterministic.
        Empty or blank text gives an empty list. Each match carries its score
        (for ranking) and its calibrated confidence (for deciding).
        """
        if type(text) is not str:
            _check_text(text)
        if type(limit) is not int and (isinstance(limit, bool) or not isinstance(limit, int)):
            msg = f"limit must be an int, not {type(limit).__name__}"
            raise TypeError(msg)
        if limit < 1 or not text or text.isspace():
            return []
        return self._match(text, None, limit, explain)

    def _match(self, text: str, clauses: tuple[Clause, ...] | None, limit: int, explain: bool) -> list[Match]:
        """:meth:`match`, the arguments checked; ``clauses``: the text's, when read in a wider context."""
        text, assertion = _what_is_asserted(text, clauses)
        descriptors = self.framework.descriptors
        scores, order = self._ordered(text)
        if assertion is Assertion.ASSERTED:
            confidences = self._cells.confidences(scores, order, limit, self.calibration)
        else:  # no evidence of the trainer's practice: what the statement is about, at confidence 0
            confidences = [0.0] * min(limit, len(order))
        explainer = getattr(self.scorer, "explain", None) if explain else None
        if explainer is None:
            return _plain_matches(descriptors, scores, order, confidences, assertion)
        return [
            Match(
                descriptor=descriptors[i],
                score=round(scores[i], 6),
                confidence=c,
                explanation=explainer(text, i),
                assertion=assertion,
            )
            for i, c in zip(order, confidences, strict=False)
            if scores[i] > 0
        ]

    def match_many(self, texts: Iterable[str], limit: int = 5, *, explain: bool = False) -> list[list[Match]]:
        """:meth:`match` for many statements (explanations off by default, for speed)."""
        return [self.match(t, limit, explain=explain) for t in texts]


def _what_is_asserted(text: str, clauses: tuple[Clause, ...] | None = None) -> tuple[str, Assertion]:
    """The text to score and its status: the asserted clauses, or what a statement asserting none is about.

    ``clauses``: the text's clauses as read in its sentence (:func:`read_pieces`), or None to read it here.
    """
    if clauses is None:
        if _plainly_asserted(text):
            return text, Assertion.ASSERTED
        clauses = _read_clauses(text)  # read_clauses would take the fast test again
    if len(clauses) == 1 and clauses[0].assertion is Assertion.ASSERTED:
        return text, Assertion.ASSERTED  # the common case: the statement as written (its label too)
    kept = asserted_text(clauses)
    if kept is not None:
        return kept, Assertion.ASSERTED
    about = unasserted(clauses)
    if about is not None:
        return about.text, about.assertion
    return plain(text), clauses[0].assertion if clauses else Assertion.ASSERTED


@once_per(8)
def _default_matcher(fw: Framework) -> Matcher:
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
    return _default_matcher(fw).match(text, limit, explain=explain)


def match_many(fw: Framework, texts: Iterable[str], limit: int = 5) -> list[list[Match]]:
    """:func:`match` for many statements at once."""
    return _default_matcher(fw).match_many(texts, limit)


def _check_unit(value: float, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
        msg = f"invalid {name} {value!r}: expected a number from 0 to 1"
        raise InvalidRulesError(msg)
    return float(value)


_CLAIM_SHARE = 0.5
"""A category's sentences put it at most at the highest stage that this share of
their confidence reaches or exceeds, counted from the top: their weighted median
(see :func:`profile_text`). A third let two confident sentences a stage up
outvote three a stage down (the framework's own From Teacher to Trainer example
read Autonomous in development). Half reads right four category stages that a
third read a stage too high (three of the framework's 15 example categories, one
of the 105 narrative categories labelled at the time) and one a stage too low
(Julia's observation) (``benchmarks/profile_text_eval.py``)."""


def _supported_stage(claims: list[tuple[int, int, float]]) -> int:
    """The highest stage rank that at least _CLAIM_SHARE of the claims' confidence reaches."""
    total = sum(c for _, _, c in claims)
    reached = 0.0
    for r in sorted({r for _, r, _ in claims}, reverse=True):
        reached += sum(c for _, q, c in claims if q == r)
        if reached >= total * _CLAIM_SHARE - 1e-12:
            return r
    return 0  # pragma: no cover - the loop always returns for a non-empty list


def read_narrative(
    fw: Framework, narrative: str, rules: Rules, *, matcher: Matcher, min_score: float = 0.0
) -> tuple[SentenceReading, ...]:
    """Each sentence of a narrative with its best match and what it credits (see :func:`profile_text`)."""
    # the sentences, each in pieces (at ";" and after "?"), read in the context of the whole sentence
    units = [piece for s in sentences(plain(narrative), within=False) for piece in read_pieces(s)]
    seen: dict[tuple[str, tuple[Clause, ...] | None], Match | None] = {}  # a repeated piece is matched once
    best = [
        seen[u] if u in seen else seen.setdefault(u, next(iter(matcher._match(*u, 1, False)), None))
        for u in units
    ]
    rank = {s.id: i for i, s in enumerate(fw.stages)}
    claims: dict[str, list[tuple[int, int, float]]] = {}  # category -> (sentence, stage rank, confidence)
    for i, b in enumerate(best):
        if (
            b is not None
            and b.assertion is Assertion.ASSERTED
            and b.confidence >= rules.min_confidence
            and b.score >= min_score
        ):
            claims.setdefault(b.descriptor.category_id, []).append(
                (i, rank[b.descriptor.stage.id], b.confidence)
            )
    ceiling = {category: _supported_stage(found) for category, found in claims.items()}
    readings = []
    for i, ((statement, read), b) in enumerate(zip(units, best, strict=True)):
        if b is None:
            readings.append(SentenceReading(index=i, text=statement, status=ReadingStatus.UNMATCHED))
            continue
        d = b.descriptor
        clauses = read_clauses(statement) if read is None else read
        if len(clauses) == 1 and clauses[0].assertion is Assertion.ASSERTED:
            clauses = ()
        if b.assertion is not Assertion.ASSERTED:
            readings.append(
                SentenceReading(
                    index=i, text=statement, status=ReadingStatus.NOT_ASSERTED, match=b, clauses=clauses
                )
            )
            continue
        if b.confidence < rules.min_confidence or b.score < min_score:
            readings.append(
                SentenceReading(
                    index=i, text=statement, status=ReadingStatus.BELOW_THRESHOLD, match=b, clauses=clauses
                )
            )
            continue
        claimed = rank[d.stage.id]
        # no higher than half of what the narrative says about the category reaches
        # (its weighted median; one stage down at most) ...
        k = max(min(claimed, ceiling[d.category_id]), claimed - 1)
        # ... and, alone and uncertain, not two stages up
        supported = k <= 1 or b.confidence >= rules.imply_confidence
        supported = supported or any(j != i and r >= k - 1 for j, r, _ in claims[d.category_id])
        k = k if supported else k - 1
        credited: str | None = d.id
        status = ReadingStatus.CREDITED
        if k != claimed:
            strand = fw.strand_of(d.id)
            step = [e for e in strand.descriptors if rank[e.stage.id] == k] if strand else []
            status, credited = ReadingStatus.CAPPED, (step[0].id if step else None)
        readings.append(
            SentenceReading(
                index=i, text=statement, status=status, match=b, credited=credited, clauses=clauses
            )
        )
    return tuple(readings)


def profile_text(
    fw: Framework,
    narrative: str,
    rules: Rules | None = None,
    *,
    min_score: float = 0.0,
    matcher: Matcher | None = None,
    source: str = "text",
) -> Profile:
    """Profile a trainer from a narrative of their practice.

    The narrative is split into sentences (and list items); each is matched,
    and its best match is credited as "met" when its calibrated confidence
    reaches ``rules.min_confidence`` (and its score ``min_score``, 0 by
    default). The sentence is kept as the evidence note and the confidence as
    the evidence confidence.

    Meeting a descriptor implies meeting the earlier steps of its strand
    (added with source ``"<source>:implied"``), with two safeguards against
    over-rating, each of which "caps" a sentence: the step of its strand at
    the lower stage is credited instead. First, a sentence claiming a stage
    above the highest stage that half of the confidence of all the sentences
    credited in its category reaches (their weighted median) counts one stage
    lower, so one outlier does not outvote the rest. Second, one uncertain
    sentence does not lift a category by two stages: a match two or more
    stages above the first counts only with confidence
    ``rules.imply_confidence`` or another sentence in its category at most one
    stage lower.

    Every sentence is reported in :attr:`Profile.sentences`: what it matched,
    with what confidence, and what was credited; sentences that matched
    nothing or too uncertainly are listed there, not dropped. The evidence is
    profiled with ``rules``, by default :data:`TEXT_RULES`.
    """
    from .._profiling._profile import Profile  # noqa: PLC0415

    _check_text(narrative)
    rules = rules if rules is not None else TEXT_RULES
    if not isinstance(rules, Rules):
        msg = f"rules must be a Rules object, not {type(rules).__name__}"
        raise TypeError(msg)
    min_score = _check_unit(min_score, "min_score")
    m = matcher if matcher is not None else _default_matcher(fw)
    readings = read_narrative(fw, narrative, rules, matcher=m, min_score=min_score)
    items: list[EvidenceItem] = []
    implied: dict[str, tuple[str, float]] = {}
    credited: set[str] = set()
    for r in readings:
        if r.credited is None or r.match is None:
            continue
        confidence = r.match.confidence
        items.append(
            EvidenceItem(
                descriptor_id=r.credited,
                judgement=Judgement.MET,
                source=source,
                note=r.text,
                confidence=confidence,
            )
        )
        credited.add(r.credited)
        d = fw.descriptor(r.credited)
        strand = fw.strand_of(d.id)
        for earlier in strand.descriptors if strand is not None else ():
            if earlier.stage < d.stage and implied.get(earlier.id, ("", 0.0))[1] < confidence:
                implied[earlier.id] = (d.id, confidence)
    items += [
        EvidenceItem(
            descriptor_id=eid,
            judgement=Judgement.MET,
            source=f"{source}:implied",
            note=f"implied by {by}",
            confidence=confidence,
        )
        for eid, (by, confidence) in sorted(implied.items())
        if eid not in credited
    ]
    # every credited id is the framework's own, so the profile is built once, with its sentences
    return Profile(framework=fw, evidence=Evidence.of(items), rules=rules, sentences=readings)
