"""Reading a narrative: each sentence matched, what it credits, and the profile it gives.

Above the matcher (:mod:`trainerframework._matching`) and the profile
(:mod:`._profile`): :func:`read_narrative` splits a narrative into
sentences, matches each, and decides what each credits; :func:`profile_text`
turns the credited sentences into evidence and a :class:`Profile`.
"""

from __future__ import annotations

from .._base._cache import once_per
from .._base._checks import UNIT
from .._language._assertion import (
    Assertion,
    Clause,
    asks,
    confirms,
    denies_something_else,
    goes_on,
    in_own_voice,
    names_activity,
    plain,
    plainly_asserted,
    points_back,
    read_clauses,
    read_pieces,
    says_i,
    tells_own_doing,
)
from .._language._ownership import OwnershipModel
from .._language._text import sentences, tokens
from .._matching._matcher import Matcher, check_text, default_matcher
from .._matching._reading import Match, ReadingStatus, SentenceReading
from .._model._framework import Framework
from ..exceptions import InvalidRulesError
from ._evidence import Evidence, EvidenceItem, Judgement
from ._profile import Profile
from ._rules import Aggregation, Rules

__all__ = ["TEXT_RULES", "profile_text", "read_narrative"]

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


def _check_unit(value: float, name: str) -> float:
    if not UNIT.accepts(value):
        msg = f"invalid {name} {value!r}: expected {UNIT.expected}"
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
(Julia's observation) (``tools/profile_text_eval.py``)."""


def _supported_stage(claims: list[tuple[int, int, float]]) -> int:
    """The highest stage rank that at least _CLAIM_SHARE of the claims' confidence reaches."""
    total = sum(c for _, _, c in claims)
    reached = 0.0
    for r in sorted({r for _, r, _ in claims}, reverse=True):
        reached += sum(c for _, q, c in claims if q == r)
        if reached >= total * _CLAIM_SHARE - 1e-12:
            return r
    return 0  # pragma: no cover - the loop always returns for a non-empty list


def _ceiling(claims: list[tuple[int, int, float]], imply: float) -> int:
    """The highest stage a category's claims support, no one uncertain claim lifting it by two.

    And no higher than one stage above the lowest confident claim (at ``imply`` or more)
    where another confident claim is two or more stages above it: the text contradicts
    itself there, and reads the stage between. Likewise for claims at :data:`_CONTRADICTING`
    or more, where those two stages or more above the lowest are no more than the claims
    at it.

    :func:`_supported_stage`, where with an uncertain claim (below ``imply``) at or above that
    stage left out the others must support at least the stage below ("I follow the ministry's
    handbook" twice and one confident "I designed a course" read From Teacher to Trainer; an
    uncertain fourth sentence at Lead would tip the median two stages up, and counts one).
    """
    top = _supported_stage(claims)
    for claim in claims:
        if claim[2] < imply and claim[1] >= top:
            others = [c for c in claims if c is not claim]
            top = min(top, _supported_stage(others) + 1) if others else top
    confident = [r for _, r, c in claims if c >= imply]
    if confident and max(confident) - min(confident) >= 2:
        # confident claims two stages apart contradict each other: the stage between them ("The
        # sessions come from the head-office pack" and "Pedagogical innovator", both confident)
        top = min(top, min(confident) + 1)
    fair = [r for _, r, c in claims if c >= _CONTRADICTING]
    if fair and max(fair) - (low := min(fair)) >= 2 and fair.count(low) >= sum(r >= low + 2 for r in fair):
        # less confident claims (from _CONTRADICTING) contradict each other too, where those two
        # stages or more above the lowest do not outnumber it ("I need some help with the platform"
        # read Lead at 0.94, "the normal problems I can solve" From Teacher to Trainer at 0.82); three
        # Lead sentences and "Sometimes I just use the materials I'm given" are a senior's aside
        top = min(top, low + 1)
    return top


_CONTRADICTING = 0.7
"""The confidence at which an asserted sentence, credited or not, tells where the trainer stands in
its category against a claim two stages above it (:func:`_ceiling`, :func:`_uncredited_lows`).

For credited claims :func:`_ceiling` asked ``imply_confidence`` (0.85) alone until 2026-12-07; from
0.7 too, where the claims two stages or more above the lowest do not outnumber it (a senior's
"Sometimes I just use the materials I'm given" beside three Lead sentences is an aside, a fresh-eyes
review found), the read sets' 4,860 narrative labels have two stages too high 4 to 1 (exact 0.8848
to 0.8829), the 174 evaluation sets' 10,260 have 32 to 27 (exact 0.8951 to 0.8947, one stage high
0.0279 to 0.0277, under 0.0739 to 0.0750), with the ownership model refitted with it.

For sentences not credited (they share no word with their descriptor, or the ownership model doubts
them faintly): chosen on the read sets' 3,750 narrative labels (two stages too high 9 to 5, exact
0.898 to 0.898; in a first version that counted every doubted sentence, 0.5 and 0.6 took two-high to
5 too but exact to 0.897, 0.8 to 6, 0.9 to 8), then measured once on the 118 evaluation sets' 6,960
(two-high 24 to 21, exact 0.900 to 0.900, one stage high 0.032 to 0.033; docs/matching.md)."""


_FAINT_DOUBT = 3.0
"""The ownership model's log-odds up to which a doubted sentence still holds down a claim two stages
above it (:func:`_uncredited_lows`): on the read sets, counting every doubted sentence put 0.884 of
their not-own statements at their real stage, not 0.887 (a senior's "I started out delivering
other people's packs", firmly doubted, capped their Lead claim); up to 3.0, 0.887 and the same
narratives mended (up to 2.0: one fewer, 4.0: 0.886)."""


def _uncredited_lows(
    best: list[Match | None],
    claims: dict[str, list[tuple[int, int, float]]],
    rank: dict[str, int],
    odds: dict[int, float],
) -> dict[str, int]:
    """Each category's lowest stage rank read by an asserted sentence that is not one of its claims.

    At :data:`_CONTRADICTING` or more: a sentence that shares no word with its descriptor,
    or that the ownership model doubts faintly (``odds``: log-odds up to :data:`_FAINT_DOUBT`;
    "I only do occasional visits with his checklist", 1.46), says less than a claim two
    stages above it ("Your draft describes me as leading the observation strand"). Not
    one it doubts firmly: most of those are over or someone else's ("I started out
    delivering the ministry's ready-made sessions. These days I design the courses myself").
    """
    claimed = {i for found in claims.values() for i, _, _ in found}
    lows: dict[str, int] = {}
    for i, b in enumerate(best):
        if (
            b is None
            or i in claimed
            or b.assertion is not Assertion.ASSERTED
            or b.confidence < _CONTRADICTING
            or odds.get(i, 0.0) > _FAINT_DOUBT
        ):
            continue
        category, r = b.descriptor.category_id, rank[b.descriptor.stage.id]
        lows[category] = min(r, lows.get(category, r))
    return lows


def _counted_stage(
    claim: tuple[int, int, float], found: list[tuple[int, int, float]], ceiling: int, imply: float
) -> tuple[int, int]:
    """The stage a claim counts at by the ceiling and the rule for lone claims, and by the ceiling alone.

    No higher than half of what the narrative says about the category reaches
    (its weighted median), and, alone and uncertain, not two stages up.
    """
    i, claimed, confidence = claim
    k = min(claimed, ceiling)
    supported = k <= 1 or confidence >= imply or any(j != i and r >= k - 1 for j, r, _ in found)
    return (k if supported else k - 1), k


def _counted_stages(
    claims: dict[str, list[tuple[int, int, float]]], ceiling: dict[str, int], imply: float
) -> dict[int, tuple[int, int]]:
    """Each claim's stage (:func:`_counted_stage`: both readings), by sentence index."""
    return {
        claim[0]: _counted_stage(claim, found, ceiling[category], imply)
        for category, found in claims.items()
        for claim in found
    }


_CLOSING = " \t\n\"'”’»)]"
"""What may close a question after its mark: quotes, brackets, white space."""


def _log_odds(
    ownership: OwnershipModel,
    units: list[tuple[str, tuple[Clause, ...] | None]],
    best: list[Match | None],
    evidenced: list[bool],
    i: int,
    *,
    min_confidence: float,
) -> float | None:
    """The ownership model's log-odds for piece ``i``, one that would be credited (None: not asked).

    The piece alone, and the higher of that and the piece read with the next one where the next
    tells no practice of its own: it matches nothing, or shares no concept or word with its best
    match, or matches it below ``min_confidence`` (the rules'), too uncertainly to be credited,
    every clause of it asserted, none telling the trainer doing it, and no question; after a piece
    in the trainer's "I" only where it points back (:func:`points_back`; "I design the courses for
    our centre. The contract runs until next summer." is a remark of its own), and not after an
    activity named alone, where pointing back decides (below). Such a piece says only whose a
    practice is or when ("Sending needs questionnaires in advance. My colleague Ama swears by it.",
    "Specific feedback with concrete next steps. That is how our mentor Rajesh works."), where a
    piece that tells a practice is a claim of its own ("I design our course. I hope to extend it
    to other regions."), and so is the trainer
    denying another practice in words the lexicon does not know (:func:`denies_something_else`:
    "I design my own courses. I don't publish, though."). A piece that only
    names an activity (:func:`names_activity`: no one doing it, no tense) is read with a next one
    that points back at it (:func:`points_back`) whatever that tells: the next says whose the
    activity is or when, in words that may name a practice too ("Reshaping the standard pack for
    each audience. I'm pencilling that in for the autumn run."); not with one that tells a
    practice of its own without pointing back (a self-assessment's notes: "cope with the usual
    needs with simple fixes. Haven't done a needs analysis yet."), nor with one that tells the
    trainer doing it (:func:`tells_own_doing`: "I've done that since 2019", "I did that for the
    induction course this year"), where the model's words of the past ("done", "since") would
    take it for given up. A question is asked with its answer (the next piece), never alone: the
    answer settles it, as the assertion reader reads the two together, and may say whose the
    practice is in words no trigger has ("... ? That's Tomasz, he set it up", "... ? I freeze, I
    can't really deal with them yet"); not one the answer confirms (:func:`confirms`) or tells in the
    trainer's "I", every clause asserted, nor one followed by another question or a heading, nor
    a last one.
    """
    piece = units[i][0]
    if piece.rstrip(_CLOSING).endswith("?"):  # "Do I design them?", "(Do I design them?)"
        # a question is read with its answer, which says whose the practice is or whether it is
        # done ("Running the regional research group? That's Tomasz, he set it up."); alone, its
        # words ("do you", "who") would speak of someone else whatever the answer. Not with an
        # answer the assertion reader has read as the trainer's: a yes or a few words that complete
        # the question ("Yes.", "Every one of them."), or the trainer's "I" in clauses all asserted
        # ("I set it up in 2019"; not "I freeze, I can't deal with them yet"); nor with what is no
        # answer: another question, or a heading
        if i + 1 < len(units):
            after, read = units[i + 1]
            clauses = read_clauses(after) if read is None else read
            if not (
                confirms(after)
                or (says_i(after) and all(c.assertion is Assertion.ASSERTED for c in clauses))
                or after.rstrip(_CLOSING).endswith("?")
                or any(c.assertion is Assertion.NOT_PROSE for c in clauses)
            ):
                return ownership.log_odds(f"{piece} {after}")
        return None
    found = ownership.log_odds(piece)
    if i + 1 < len(units):
        (after, read), next_best = units[i + 1], best[i + 1]
        named = names_activity(piece)
        if (
            (
                next_best is None
                or not evidenced[i + 1]
                or (
                    # too uncertain to credit: "... That is how our mentor Rajesh works."
                    next_best.confidence < min_confidence
                    and not named  # an activity named alone: the rule of pointing back decides
                    # after the trainer's "I ...", only a next piece that points back at it: a remark
                    # of its own is no word on whose it is ("I design the courses for our centre. The
                    # contract runs until next summer.")
                    and (not says_i(piece) or points_back(after))
                    and not after.rstrip(_CLOSING).endswith("?")  # a question: its answer says
                    and all(
                        c.assertion is Assertion.ASSERTED
                        for c in (read_clauses(after) if read is None else read)
                    )
                    and not tells_own_doing(after)
                )
            )
            and not denies_something_else(after)  # "I don't publish, though.": nothing of whose
        ) or (named and points_back(after) and not tells_own_doing(after)):
            found = max(found, ownership.log_odds(f"{piece} {after}"))
    return found


_HEADING_WORDS = frozenset({"section", "part", "category", "area", "component"})
"""Words a heading may have besides a name of the framework and numbers: "Section 4 - Professional values"."""


@once_per(8)
def _part_names(fw: Framework) -> frozenset[tuple[str, ...]]:
    """The words of each of the framework's category and component names, in order (once per framework)."""
    names = [c.name for c in fw.categories] + [c.name for c in fw.components]
    return frozenset(tuple(tokens(name)) for name in names)


def _names_a_part(piece: str, names: frozenset[tuple[str, ...]]) -> bool:
    """Whether a piece is a heading that names a part of the framework: "Professional development.".

    The whole of a category's or a component's name, perhaps numbered or after a word of
    a heading ("3. Professional development", "Section 4 - Professional development and
    values"), and nothing else: not a duty in a list ("- Assessing teaching."), nor
    "Observation and feedback" (no name of the framework's).
    """
    return tuple(w for w in tokens(piece) if not w.isdigit() and w not in _HEADING_WORDS) in names


def read_narrative(
    fw: Framework, narrative: str, rules: Rules, *, matcher: Matcher, min_score: float = 0.0
) -> tuple[SentenceReading, ...]:
    """Each sentence of a narrative with its best match and what it credits (see :func:`profile_text`)."""
    # the sentences, each in pieces (at ";" and after "?"), read in the context of the whole sentence,
    # and of the sentence before where it goes on from it ("That stopped when ...") or answers it; of
    # the two before where the one between says of an activity the first only named
    units: list[tuple[str, tuple[Clause, ...] | None]] = []
    # the sentences a next one may go on from: each with where its pieces start and whether it only
    # names an activity
    told: list[tuple[str, int, bool]] = []
    voiced = in_own_voice(narrative)
    for s in sentences(plain(narrative), within=False):
        start = len(units)
        last, _, named = told[-1] if told else ("", 0, False)
        if told and (goes_on(s) or asks(last) or (named and not plainly_asserted(s))):
            units[told[0][1] :] = read_pieces(s, before=tuple(t for t, _, _ in told), voiced=voiced)
        else:
            units += read_pieces(s, voiced=voiced)
        names = names_activity(s)
        if len(told) == 1 and named and points_back(s):
            # what the sentence before named, said of (whose it is, when, who thinks it is the
            # trainer's): a next sentence that goes on from this one goes on from both ("Timelines,
            # clines, corpus examples. I did all that on the diploma team. Not since 2019.", "...
            # People assume I do that. I don't."); three sentences at most are read together
            told.append((s, start, names))
        else:
            told = [(s, start, names)]
    # a piece that only names a part of the framework is a heading ("Professional development.")
    parts = _part_names(fw)
    units = [
        (u[0], (Clause(text=u[0], assertion=Assertion.NOT_PROSE),)) if _names_a_part(u[0], parts) else u
        for u in units
    ]
    # each piece's best match, and whether it evidences its descriptor in particular (Matcher._best);
    # a repeated piece is matched once
    seen: dict[tuple[str, tuple[Clause, ...] | None], tuple[Match | None, bool]] = {}
    pairs = [
        seen[u] if u in seen else seen.setdefault(u, matcher._best(*u, rules.min_confidence)) for u in units
    ]
    best = [b for b, _ in pairs]
    evidenced = [e for _, e in pairs]
    rank = {s.id: i for i, s in enumerate(fw.stages)}
    claims: dict[str, list[tuple[int, int, float]]] = {}  # category -> (sentence, stage rank, confidence)
    ownership = matcher.ownership
    odds: dict[int, float] = {}  # the ownership model's log-odds of each sentence that would be credited
    for i, b in enumerate(best):
        if (
            b is not None
            and b.assertion is Assertion.ASSERTED
            and b.confidence >= rules.min_confidence
            and b.score >= min_score
            and evidenced[i]
        ):
            if (
                ownership is not None
                and (
                    asked := _log_odds(
                        ownership, units, best, evidenced, i, min_confidence=rules.min_confidence
                    )
                )
                is not None
            ):
                odds[i] = asked
                if asked > ownership.threshold:
                    continue
            claims.setdefault(b.descriptor.category_id, []).append(
                (i, rank[b.descriptor.stage.id], b.confidence)
            )
    ceiling = {category: _ceiling(found, rules.imply_confidence) for category, found in claims.items()}
    for category, low in _uncredited_lows(best, claims, rank, odds).items():
        found = claims.get(category)
        if found is not None and max(r for _, r, _ in found) - low >= 2:
            # a sentence not credited that still reads two stages below a claim contradicts it
            ceiling[category] = min(ceiling[category], low + 1)
    counted = _counted_stages(claims, ceiling, rules.imply_confidence)
    shown = {category: max(counted[i][0] for i, _, _ in found) for category, found in claims.items()}
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
        if not evidenced[i]:
            readings.append(
                SentenceReading(
                    index=i, text=statement, status=ReadingStatus.UNSPECIFIC, match=b, clauses=clauses
                )
            )
            continue
        if i not in counted:  # doubted by the ownership model
            readings.append(
                SentenceReading(
                    index=i,
                    text=statement,
                    status=ReadingStatus.DOUBTED,
                    match=b,
                    clauses=clauses,
                    ownership=round(odds[i], 6),
                )
            )
            continue
        claimed = rank[d.stage.id]
        found = claims[d.category_id]
        k, by_ceiling = counted[i]
        if (
            k < by_ceiling
            and all(r >= claimed for _, r, _ in found)
            and any(stage >= by_ceiling for category, stage in shown.items() if category != d.category_id)
        ):
            # a lone claim where nothing in the category says less and the narrative shows that
            # stage in another category: a senior trainer's one sentence on it, not an overreach
            k = by_ceiling
        credited: str | None = d.id
        status = ReadingStatus.CREDITED
        if k != claimed:
            strand = fw.strand_of(d.id)
            step = [e for e in strand.descriptors if rank[e.stage.id] == k] if strand else []
            status, credited = ReadingStatus.CAPPED, (step[0].id if step else None)
        readings.append(
            SentenceReading(
                index=i,
                text=statement,
                status=status,
                match=b,
                credited=credited,
                clauses=clauses,
                ownership=round(odds[i], 6) if i in odds else None,
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
    the evidence confidence. Clauses that are negated, hoped for, someone
    else's or given up are never credited (:func:`read_clauses`), and a
    sentence the matcher's ownership model reads, alone or with a next piece
    that tells no practice of its own, as telling no practice of the trainer's
    own now is not credited either (:class:`OwnershipModel`; ``matcher=Matcher(fw, ownership=False)``
    turns that off). Nor is a heading that is only the name of one of the
    framework's categories or components ("Professional development.",
    "Section 4 - Professional values"): it is read as no statement of practice.

    Meeting a descriptor implies meeting the earlier steps of its strand
    (added with source ``"<source>:implied"``), with two safeguards against
    over-rating, each of which "caps" a sentence: the step of its strand at
    the lower stage is credited instead. First, a sentence claiming a stage
    above the highest stage that half of the confidence of all the sentences
    credited in its category reaches (their weighted median) counts at that
    stage, so one outlier does not outvote the rest. Second, one uncertain
    sentence does not lift a category by two stages: a match two or more
    stages above the first counts only with confidence
    ``rules.imply_confidence`` or another sentence in its category at most one
    stage lower, and an uncertain sentence that tips the weighted median lifts
    it by one stage at most (with it left out, the others must support the
    stage below). Confident sentences (``rules.imply_confidence`` or more)
    two stages apart in a category contradict each other: it counts no
    higher than the stage between.

    Every sentence is reported in :attr:`Profile.sentences`: what it matched,
    with what confidence, and what was credited; sentences that matched
    nothing or too uncertainly are listed there, not dropped. The evidence is
    profiled with ``rules``, by default :data:`TEXT_RULES`.
    """
    from .._profiling._profile import Profile  # noqa: PLC0415

    check_text(narrative)
    rules = rules if rules is not None else TEXT_RULES
    if not isinstance(rules, Rules):
        msg = f"rules must be a Rules object, not {type(rules).__name__}"
        raise TypeError(msg)
    min_score = _check_unit(min_score, "min_score")
    if matcher is not None and not isinstance(matcher, Matcher):
        msg = f"matcher must be a Matcher, not {type(matcher).__name__}"
        raise TypeError(msg)
    m = matcher if matcher is not None else default_matcher(fw)
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
