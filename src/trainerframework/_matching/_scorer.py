"""Matching free-text statements of practice to descriptors.

The default scorer combines four signals, each explainable:

- **category**: concepts found in the statement through the domain lexicon
  (everyday words such as "checklist", "workshop" or "slides") point at
  categories;
- **concepts**: concepts shared by the statement and a descriptor (the lexicon
  finds them in the descriptor's own text too);
- **words**: BM25 relevance of the statement's stemmed words to the descriptor;
- **stage**: stage cues ("given", "with support" / "adapts", "a range of" /
  "designs", "researches", "wide range") weigh the descriptor's stage, and so
  do an institution's tools (the first two stages' "given")
  and tools the trainer made (the third stage's "creates").

Any object with a ``scores(text) -> Sequence[float]`` method (one score per
descriptor, in ``fw.descriptors`` order) can replace it, for instance an
embedding model: see :class:`Scorer`.
"""

from __future__ import annotations

import copy
import math
import operator
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from .._language._adapted import COURSE_PARTS, adapted
from .._language._assertion import LABEL
from .._language._given import OWNERS, given
from .._language._lexicon import Lexicon, RawHit
from .._language._made import TOOL_WORDS, made, several_of_own
from .._language._restatement import glossed
from .._language._text import STOPWORDS, Stemmer, bundled_stems, tokens
from .._language._weights import ScorerWeights
from .._language._words import WordModel, mixed_signals
from .._model._framework import Framework
from .._model._records import Descriptor
from ._matches import MatchExplanation

__all__ = ["LexiconScorer", "Scorer"]

# BM25's usual constants (the signal weights are data: ScorerWeights, data/scorer.json)
_K1 = 1.2
_B = 0.75
_CUE_RANK = {f"stage:{r}": r for r in range(1, 10)}  # a stage cue's target -> its rank
_NOT_WHEN_ADAPTED = frozenset({"course_design", "stage:3"})
"""What a course's part adapted does not tell (:func:`~.._language._adapted.adapted`): a design, a
third stage's scope ("re-shape the national units")."""


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
    """The word model chosen: the one given, the bundled one where it fits the framework (True), or none.

    The scorer mixes it in only where its two weights are not both 0, and takes the weights
    fitted with a word model whenever one is chosen (so that a weight of 0 is no jump).
    """
    if isinstance(choice, WordModel):
        if not choice.fits((c.id for c in fw.categories), fw.id, (s.id for s in fw.stages)):
            msg = (
                f"word_model counts the categories and stages of {choice.framework_id!r} "
                f"({', '.join(choice.categories)}; {', '.join(choice.stages)}), not those of {fw.id!r}"
            )
            raise ValueError(msg)
        return choice
    if not isinstance(choice, bool):
        msg = f"word_model must be a WordModel or a bool, not {type(choice).__name__}"
        raise TypeError(msg)
    if not choice:
        return None
    bundled = WordModel.bundled()
    fits = bundled.fits((c.id for c in fw.categories), fw.id, (s.id for s in fw.stages))
    return bundled if fits else None


def _adapting(
    hits: list[RawHit], phrase: str, stem: Stemmer, term_key: dict[str, tuple[str, ...]]
) -> list[RawHit]:
    """The hits with a course's part adapted (:func:`~.._language._adapted.adapted`) read as adapting.

    A course design's term or a third stage's cue as many times as the phrase holds its words
    (as stems, ``term_key``'s: "module" is found in "modules") is left out ("re-shape the
    national units": not "units" as designing, nor "national" as scope), and the phrase is an
    adapting of given materials where the lexicon found none.
    """
    inside = f" {' '.join(stem.many(tokens(phrase)))} "
    left: dict[str, int] = {}
    kept: list[RawHit] = []
    for hit in hits:
        term, target, _ = hit
        if target in _NOT_WHEN_ADAPTED:
            words = f" {' '.join(term_key.get(term) or stem.many(tokens(term)))} "
            n = left.setdefault(term, inside.count(words))
            if n:
                left[term] = n - 1
                continue
        kept.append(hit)
    if not any(target == "adapting_materials" for _, target, _ in kept):
        kept.append((phrase, "adapting_materials", 1.0))
    return kept


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


_Explaining = tuple[
    tuple[list[float], dict[int, float], dict[int, float], list[float]],
    tuple[float, float, float, float],
    dict[str, set[str]],
    dict[int, set[str]],
    list[tuple[str, str]],
    dict[int, tuple[str, ...]],
]
"""What every match of one statement shares: the signals, their maxima, the terms by concept and
by category, the content words with their stems, the stage cues by rank."""


def _nested(descriptors: Sequence[Descriptor], stage_order: dict[str, int]) -> list[tuple[int, int]]:
    """Each (lower, higher) pair of descriptors of one category whose higher text contains the lower one.

    In the order of every pair (i, j) of descriptors tested in turn, as
    ``tests/test_first_use.py`` checks; only the pairs of one category are tested.
    """
    by_category: dict[str, list[tuple[int, int, str]]] = {}
    for j, d in enumerate(descriptors):
        by_category.setdefault(d.category_id, []).append((j, stage_order[d.stage.id], d.text))
    return [
        (i, j)
        for i, low in enumerate(descriptors)
        for rank, inner in [(stage_order[low.stage.id], low.text.rstrip(". "))]
        for j, high_rank, high_text in by_category[low.category_id]
        if rank < high_rank and inner in high_text
    ]


class LexiconScorer:
    """The default scorer: lexicon concepts, BM25 word relevance and stage cues.

    Build one per framework (``Matcher`` caches it); pass ``lexicon=`` to use
    an extended or custom :class:`Lexicon`. Unless ``weights=`` is given, a
    scorer with a word model (the bundled one where it fits the framework, or
    one given) takes :meth:`ScorerWeights.bundled`, which were fitted with the
    bundled model, and one without (``word_model=False``, or a framework of
    your own with no model given) takes ``ScorerWeights.bundled(word_model=False)``,
    fitted without one. A model whose two weights are 0 mixes nothing in.
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
        chosen = _word_model(fw, word_model)
        self.word_model = chosen if chosen is not None and (chosen.weight or chosen.stage_weight) else None
        if weights is not None and not isinstance(weights, ScorerWeights):
            msg = f"weights must be ScorerWeights, not {type(weights).__name__}"
            raise TypeError(msg)
        self._last: tuple[str, tuple[list[str], list[str], list[RawHit], _Signals]] | None = None
        self._last_explained: tuple[str, _Explaining] | None = None
        self._weigh(weights if weights is not None else ScorerWeights.bundled(word_model=chosen is not None))
        n_stages = len(fw.stages)
        # stage cue ranks are 1..3: spread them over however many stages the framework has
        cue_rank = [1 + round(2 * i / (n_stages - 1)) if n_stages > 1 else 2 for i in range(n_stages)]
        # where each stage's word posterior goes among the three cue ranks (None: one to one)
        self._stage_ranks = None if n_stages == 3 else [r - 1 for r in cue_rank]
        self.stem = Stemmer(known=bundled_stems())
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
        # kept as tuples: no work for the garbage collector once it has seen them (lists are)
        self._postings: dict[str, tuple[tuple[int, float], ...]] = {s: tuple(p) for s, p in postings.items()}
        # the stems of the institutions whose tools are "given" (a statement without one has none)
        self._owners = frozenset(self.stem.many([w for owner in OWNERS for w in tokens(owner)]))
        patterns = self.lexicon._patterns(self.stem)  # the compiled lexicon, looked up once
        self._find = patterns.find
        self._term_key = patterns.term_key
        # a descriptor whose text contains a lower stage's descriptor of its category (Articulates
        # beliefs clearly ... / ... Encourages others to share ...) is evidenced only by what it adds
        stage_order = {s.id: i for i, s in enumerate(fw.stages)}
        self._nested = _nested(descriptors, stage_order)
        # concepts found in each descriptor's text
        concept_docs: dict[str, list[int]] = {}
        self._desc_concepts: list[set[str]] = []
        for i, (_, stems) in enumerate(analysed):
            # the concepts of Lexicon.concept_hits, from the raw hits (no Hit objects built)
            found = {target for _, target, _ in self._find(stems) if not target.startswith("stage:")}
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

    def _weigh(self, w: ScorerWeights) -> None:
        self._weights = w
        self._w = (w.category, w.concept, w.words, w.stage)
        self._stage_prior = w.stage_prior
        self._full = w.evidence_for_full_score
        self._given = w.given
        self._made = w.made
        # the last statement's signals depend on the weights (stage prior, coverage)
        self._last = None
        self._last_explained = None

    @property
    def weights(self) -> ScorerWeights:
        """The signal weights (:meth:`ScorerWeights.bundled` unless given); see :meth:`with_weights`."""
        return self._weights

    def with_weights(self, weights: ScorerWeights) -> LexiconScorer:
        """A copy of the scorer with other signal weights, sharing its index of the framework and lexicon.

        Building a scorer indexes every descriptor and lexicon term; this copy
        does not, so trying many weights (fitting them on labelled statements)
        costs only the scoring. This scorer is left as it was.
        """
        if not isinstance(weights, ScorerWeights):
            msg = f"weights must be ScorerWeights, not {type(weights).__name__}"
            raise TypeError(msg)
        other = copy.copy(self)
        other._weigh(weights)
        return other

    def _read(self, text: str) -> tuple[list[str], list[str], list[RawHit], _Signals]:
        """The statement's words, stems, lexicon hits and signals.

        The last statement is remembered: :class:`Matcher` scores a statement
        and then explains several of its matches, which would otherwise take the
        statement apart again for each one.
        """
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        read = self._read_plainly(text)
        gloss, correction = glossed(text)
        if gloss is not text:
            # the trainer's own gloss ("... - I mean, I use the department form"): the category
            # from the whole statement, whose words say what it is about; the rest, and with it
            # the stage, from the gloss, which says what is done. A correction only where it
            # says about training at least a third of what the whole says (its coverage): not
            # an aside ("I mentor three new trainers, but honestly I'm exhausted")
            plain = self._read_plainly(gloss)
            if not correction or plain[3][4] >= read[3][4] / 3:
                read = (*plain[:3], (read[3][0], *plain[3][1:]))
        self._last = (text, read)
        return read

    def _read_plainly(self, text: str) -> tuple[list[str], list[str], list[RawHit], _Signals]:
        """The text's words, stems, lexicon hits and signals, its gloss not looked for."""
        words = tokens(LABEL.sub("", text, count=1) if ":" in text else text)
        stems = self.stem.many(words)
        hits = self._find(stems)
        if self._given and not self._owners.isdisjoint(stems):  # an institution: perhaps its tools
            phrase = given(text)
            if phrase is not None:  # the descriptors' "given": the first and the second stage alike
                hits = [*hits, (phrase, "stage:1", self._given), (phrase, "stage:2", self._given)]
        if not COURSE_PARTS.isdisjoint(words):  # a course's part: perhaps one the trainer adapts
            phrase = adapted(text)
            if phrase is not None:  # the given material adapted, not a design ("adapt the national units")
                hits = _adapting(hits, phrase, self.stem, self._term_key)
        if self._made and not TOOL_WORDS.isdisjoint(words):  # a tool: perhaps one the trainer made
            phrase = made(text)
            if phrase is not None:  # the descriptors' "creates": the third stage
                # a first stage's cue inside the phrase describes what was made, not a narrow practice:
                # its quantity ("made a handful of observation and feedback tools"), or, of tools the
                # trainer made, their plainness ("I made a few simple tools": a senior trainer's
                # modesty); not "I made a basic checklist", nor someone else's simple tools
                inside = phrase.lower()
                if several_of_own(text, phrase):
                    padded = f" {inside} "
                    hits = [h for h in hits if h[1] != "stage:1" or f" {h[0].lower()} " not in padded]
                else:
                    hits = [
                        h for h in hits if h[1] != "stage:1" or not h[0].endswith(" of") or h[0] not in inside
                    ]
                hits.append((phrase, "stage:3", self._made))
        return words, stems, hits, self._signals(stems, *_weights(hits, self._term_key))

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
                    mixed_signals(cat, by_category, words_model.weight),
                    mixed_signals(stage, ranks, words_model.stage_weight),
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

    def _evidences(self, text: str, index: int) -> bool:
        """Whether the statement shares a concept or a content word with descriptor ``index``.

        :meth:`explain`'s ``concept > 0 or lexical > 0``, without building the explanation
        (``tests/test_hot_paths.py`` checks that the two agree).
        """
        _, con, lex, *_ = self._read(text)[3]
        return con.get(index, 0.0) > 0 or lex.get(index, 0.0) > 0

    def explain(self, text: str, index: int) -> MatchExplanation:
        """Why the statement scores as it does against descriptor number ``index``.

        What every match of a statement shares (its terms by concept and by
        category, its content words, its cues by stage, the signals' maxima) is
        worked out once per statement (:meth:`_explaining`); this is the plain
        formula :meth:`_explain_plainly`, which ``tests/test_hot_paths.py``
        checks it against.
        """
        (cat, con, lex, stage), tops, by_target, by_category, content, cues = self._explaining(text)
        concepts = self._desc_concepts[index]
        shared = sorted(concepts.intersection(by_target))
        cat_index = self._desc_cat[index]
        pointing = set(by_category.get(cat_index, ()))
        for target in shared:
            pointing.update(by_target[target])
        doc_stems = self._desc_stems[index]
        rank = self._desc_rank[index]
        cat_max, con_max, lex_max, stage_max = tops
        return MatchExplanation(
            words=tuple(sorted({w for w, s in content if s in doc_stems})),
            phrases=tuple(sorted(pointing)),
            concepts=tuple(shared),
            stage_cues=cues.get(rank, ()),
            category=round(cat[cat_index] / cat_max, 4),
            concept=round(con.get(index, 0.0) / con_max, 4),
            lexical=round(lex.get(index, 0.0) / lex_max, 4),
            stage=round(stage[rank - 1] / stage_max, 4),
        )

    def _explaining(self, text: str) -> _Explaining:
        """What every match of a statement shares, worked out once (the last statement is remembered)."""
        last = self._last_explained
        if last is not None and last[0] == text:
            return last[1]
        words, stems, hits, signals = self._read(text)
        cat, con, lex, stage, _, _ = signals
        tops = (
            max(cat, default=0.0) or 1.0,
            max(con.values(), default=0.0) or 1.0,
            max(lex.values(), default=0.0) or 1.0,
            max(stage),
        )
        by_target: dict[str, set[str]] = {}
        by_category: dict[int, set[str]] = {}
        cues: dict[int, set[str]] = {}
        for term, target, weight in hits:
            by_target.setdefault(target, set()).add(term)
            for ci, _ in self._concept_categories.get(target, ()):
                by_category.setdefault(ci, set()).add(term)
            rank = _CUE_RANK.get(target)
            if rank is not None and weight > 0:
                cues.setdefault(rank, set()).add(term)
        content = list(dict.fromkeys((w, s) for w, s in zip(words, stems, strict=True) if w not in STOPWORDS))
        found = (
            (cat, con, lex, stage),
            tops,
            by_target,
            by_category,
            content,
            {r: tuple(sorted(t)) for r, t in cues.items()},
        )
        self._last_explained = (text, found)
        return found

    def _explain_plainly(self, text: str, index: int) -> MatchExplanation:
        """:meth:`explain` computed from the statement alone, for each match anew (the plain formula)."""
        words, stems, hits, signals = self._read(text)
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
