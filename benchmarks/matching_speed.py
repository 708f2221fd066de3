"""Matching throughput against rank_bm25 on the same descriptors, in one run.

Goal (issue: matching): ``trainerframework.match`` ranks statements at least
3x faster than ``rank_bm25.BM25Okapi`` scoring the same 66 descriptors
(tokenising the statement and taking the top 5 are included on both sides).
Statements are the labelled ones under benchmarks/data, repeated.
rank_bm25 is a benchmark-only dependency: ``pip install rank_bm25``.

The run also times the matcher without its word model (what the model
costs), and a floor: plain BM25 over the same stems in pure Python
(tokenise, cached stems, postings, top 5, five Match objects; no lexicon,
concepts or stage cues). It shows how much of the budget any pure-Python
pipeline spends before the lexicon does anything.

Usage: python benchmarks/matching_speed.py [--statements N] [--goal 10]
"""

from __future__ import annotations

import argparse
import re
import sys
import time

import trainerframework as tfw
from trainerframework._matching import LexiconScorer, Match, _default_matcher
from trainerframework._text import tokens

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from matching_eval import load

_WORD = re.compile(r"[a-z0-9]+")


def _floor(scorer: LexiconScorer, fw: tfw.Framework, statements: list[str]) -> float:
    """Seconds for plain pure-Python BM25 over the scorer's stems and postings."""
    postings = scorer._postings
    stems = scorer.stem.many
    descriptors = fw.descriptors
    n = len(descriptors)
    start = time.perf_counter()
    for s in statements:
        scores = [0.0] * n
        for plist in filter(None, map(postings.get, set(stems(tokens(s))))):
            for i, weight in plist:
                scores[i] += weight
        best = sorted(range(n), key=scores.__getitem__, reverse=True)[:5]
        [Match(descriptor=descriptors[i], score=round(scores[i], 6)) for i in best if scores[i] > 0]
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=20_000)
    parser.add_argument("--goal", type=float, default=3.0, help="issue 10: at least 3x rank_bm25")
    args = parser.parse_args()
    try:
        from rank_bm25 import BM25Okapi
    except ImportError:
        print("rank_bm25 is not installed: pip install rank_bm25", file=sys.stderr)
        return 2

    fw = tfw.load_framework()
    texts = [text for *_, text in load()]
    statements = (texts * (args.statements // len(texts) + 1))[: args.statements]
    matcher = _default_matcher(fw)
    matcher.match(texts[0])  # build the index and fill the stem cache once
    for t in texts:
        matcher.match(t, explain=False)

    corpus = [_WORD.findall(d.text.lower()) for d in fw.descriptors]
    bm25 = BM25Okapi(corpus)

    start = time.perf_counter()
    for s in statements:
        scores = bm25.get_scores(_WORD.findall(s.lower()))
        scores.argsort()[::-1][:5]
    t_bm25 = time.perf_counter() - start

    start = time.perf_counter()
    for s in statements:
        matcher.match(s, 5, explain=False)
    t_ours = time.perf_counter() - start

    assert isinstance(matcher.scorer, LexiconScorer)
    t_floor = _floor(matcher.scorer, fw, statements)

    # what the word model costs: the same matcher without it
    plain = tfw.Matcher(fw, word_model=False)
    for t in texts:
        plain.match(t, explain=False)
    start = time.perf_counter()
    for s in statements:
        plain.match(s, 5, explain=False)
    t_plain = time.perf_counter() - start

    # match_many on 10,000 statements, and profile_text on a 1,000-word narrative
    batch = statements[:10_000]
    start = time.perf_counter()
    tfw.match_many(fw, batch)
    t_many = time.perf_counter() - start
    start = time.perf_counter()
    for s in batch:
        bm25.get_scores(_WORD.findall(s.lower())).argsort()[::-1][:5]
    t_many_bm25 = time.perf_counter() - start
    words: list[str] = []
    narrative_sentences = []
    for t in texts:
        if len(words) >= 1_000:
            break
        words += t.split()
        narrative_sentences.append(t)
    narrative = " ".join(narrative_sentences)
    runs = 20
    start = time.perf_counter()
    for _ in range(runs):
        tfw.profile_text(fw, narrative)
    t_text = (time.perf_counter() - start) / runs
    start = time.perf_counter()
    for _ in range(runs):
        for t in narrative_sentences:
            bm25.get_scores(_WORD.findall(t.lower())).argsort()[::-1][:5]
    t_text_bm25 = (time.perf_counter() - start) / runs

    n = len(statements)
    ratio = t_bm25 / t_ours
    print(f"statements            : {n:,} ({len(texts)} distinct)")
    print(f"rank_bm25 BM25Okapi   : {n / t_bm25:,.0f} statements/s")
    print(f"trainerframework.match: {n / t_ours:,.0f} statements/s (lexicon, stems, concepts, stage cues)")
    print(f"speed-up              : {ratio:.1f}x (goal >= {args.goal:g}x)")
    print(
        f"without word model    : {n / t_plain:,.0f} statements/s = {t_bm25 / t_plain:.1f}x rank_bm25"
        " (Matcher(fw, word_model=False))"
    )
    print(
        f"floor, plain BM25     : {n / t_floor:,.0f} statements/s = {t_bm25 / t_floor:.1f}x rank_bm25"
        " (pure Python, no lexicon)"
    )
    print(
        f"match_many, 10,000    : {t_many:.2f} s ({len(batch) / t_many:,.0f}/s; rank_bm25 {t_many_bm25:.2f} s"
        f" = {t_many_bm25 / t_many:.1f}x)"
    )
    print(
        f"profile_text, {len(words):,} words, {len(narrative_sentences)} sentences: {t_text * 1000:.1f} ms"
        f" (rank_bm25 over the same sentences {t_text_bm25 * 1000:.1f} ms = {t_text_bm25 / t_text:.1f}x)"
    )
    return 0 if ratio >= args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
