"""What a profile says, as records: stage scores, scope results, explanations, priorities, gaps, changes."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

import attrs

from .._matching._reading import SentenceReading
from .._model._records import Descriptor, Stage
from ._evidence import EvidenceItem, Judgement

if TYPE_CHECKING:
    from cattrs import BaseConverter

__all__ = [
    "Change",
    "Comparison",
    "DescriptorState",
    "Explanation",
    "Gap",
    "Level",
    "Priority",
    "ScopeResult",
    "StageScore",
    "Status",
]


class Status(enum.Enum):
    """Why a component or category has the stage it has."""

    ATTAINED = "attained"
    """A stage is attained."""
    NOT_ATTAINED = "not_attained"
    """There is enough evidence, but not even the first stage is attained."""
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence"
    """Fewer judged descriptors than the rules' ``min_evidence``."""


class Level(enum.StrEnum):
    """Where a result applies: a whole category, or one of its components.

    A ``str`` enum, so ``level == "category"`` holds and the strings are
    accepted wherever a level is asked for.
    """

    CATEGORY = "category"
    """A category (its overview and its components together)."""
    COMPONENT = "component"
    """A component of a category."""

    @classmethod
    def parse(cls, value: Level | str) -> Level:
        """The level for ``value``; ValueError naming the allowed values otherwise."""
        try:
            return cls(value)
        except ValueError:
            msg = f"invalid level {value!r}: expected 'category' or 'component'"
            raise ValueError(msg) from None


@attrs.frozen(kw_only=True)
class StageScore:
    """How a component or category fares at one stage."""

    stage: Stage
    """The stage."""
    score: float | None
    """Credit earned divided by the stage's descriptors (None: no descriptors here)."""
    attained: bool
    """Whether the score reaches the threshold."""
    met: tuple[str, ...] = ()
    """Ids of the descriptors judged met."""
    partly: tuple[str, ...] = ()
    """Ids of the descriptors judged partly met (or met by some sources only)."""
    not_met: tuple[str, ...] = ()
    """Ids of the descriptors judged not met."""
    unjudged: tuple[str, ...] = ()
    """Ids of the descriptors without evidence."""


@attrs.frozen(kw_only=True)
class ScopeResult:
    """The stage of one component or category, with the figures behind it."""

    id: str
    """Id of the component or category."""
    level: Level
    """Category or component (a ``str`` enum)."""
    stage: Stage | None
    """The stage reached, or None (see :attr:`status`)."""
    status: Status
    """Attained, not attained, or not enough evidence."""
    judged: int
    """Descriptors with evidence."""
    total: int
    """Descriptors in all."""
    scores: tuple[StageScore, ...]
    """Per stage, lowest first."""


@attrs.frozen(kw_only=True)
class DescriptorState:
    """What the evidence says about one descriptor."""

    descriptor_id: str
    """Id of the descriptor."""
    judgement: Judgement | None
    """The combined judgement (met: credit 1, not met: 0, otherwise partly), or None."""
    credit: float | None
    """The combined credit from 0 to 1, or None without evidence."""
    items: tuple[EvidenceItem, ...] = ()
    """Every judgement given, with its source: which source said what."""


@attrs.frozen(kw_only=True)
class Explanation:
    """Why a component or category has its stage: data and readable text."""

    id: str
    """Id of the component or category."""
    name: str
    """Its published name."""
    level: Level
    """Category or component (a ``str`` enum)."""
    stage: Stage | None
    """The stage reached, or None."""
    status: Status
    """Attained, not attained, or not enough evidence."""
    rule: str
    """The rule that decided, in words."""
    scores: tuple[StageScore, ...]
    """Per stage: score, whether attained, and the descriptors behind it."""
    parts: tuple[ScopeResult, ...] = ()
    """For a category: the results of its overview and components."""
    sentences: tuple[SentenceReading, ...] = ()
    """For a profile from a narrative: the sentences credited here, each with
    its match and confidence, and the sentences about it that were not
    credited because they do not assert the trainer's practice ("not
    credited: negated")."""
    implied: tuple[tuple[str, str], ...] = ()
    """Descriptors here credited only by implication, each with the descriptor
    that implied it: ``(descriptor_id, implied_by)``. Meeting a descriptor of a
    strand implies meeting its earlier steps (see :func:`profile_text`)."""

    @property
    def text(self) -> str:
        """The explanation as readable text."""
        what = self.stage.name if self.stage is not None else STATUS_TEXT[self.status]
        lines = [f"{self.name} ({self.level} {self.id}): {what}", f"  rule: {self.rule}"]
        for s in self.scores:
            if s.score is None:
                lines.append(f"  {s.stage.name}: no descriptors here")
                continue
            mark = "attained" if s.attained else "not attained"
            lines.append(f"  {s.stage.name}: score {s.score:.2f}, {mark}")
            by = dict(self.implied)
            for label, ids in (("met", s.met), ("partly", s.partly), ("not met", s.not_met)):
                if ids:
                    shown = [f"{i} (implied by {by[i]})" if i in by else i for i in ids]
                    lines.append(f"    {label}: {', '.join(shown)}")
            if s.unjudged:
                lines.append(f"    no evidence: {', '.join(s.unjudged)}")
        if self.parts:
            lines.append(
                "  parts: "
                + "; ".join(
                    f"{p.id} {p.stage.name if p.stage else STATUS_TEXT[p.status]}" for p in self.parts
                )
            )
        if self.sentences:
            lines.append("  from the narrative:")
            lines += [
                f'    {r.credited} ({r.describe()}): "{r.text}"'
                if r.credited is not None
                else f'    {r.describe()}: "{r.text}"'
                for r in self.sentences
            ]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text


STATUS_TEXT = {
    Status.ATTAINED: "attained",
    Status.NOT_ATTAINED: "first stage not yet attained",
    Status.NOT_ENOUGH_EVIDENCE: "not enough evidence",
}


@attrs.frozen(kw_only=True)
class Priority:
    """A development priority: a next-stage descriptor not yet met."""

    descriptor: Descriptor
    """The descriptor to work towards."""
    scope_id: str
    """The component, or the category (for overview descriptors)."""
    level: Level
    """Category or component (a ``str`` enum)."""
    current: Stage | None
    """The stage reached there now."""
    target: Stage
    """The stage the descriptor belongs to: the next one up."""
    gap: float
    """Credit still missing at the target stage before it is attained (0 to 1)."""
    credit: float | None
    """Credit already earned on this descriptor (None: no evidence yet)."""
    after: Descriptor | None = None
    """The descriptor before it in its strand, where strands are modelled."""
    assessed: bool = True
    """Whether anything in its component or category has been judged (False: no evidence there yet)."""


@attrs.frozen(kw_only=True)
class Gap:
    """The distance between a profile and a required stage in one component or category."""

    id: str
    """Id of the component or category."""
    level: Level
    """Category or component (a ``str`` enum)."""
    required: Stage
    """The stage the target asks for."""
    current: Stage | None
    """The stage reached now (None: not enough evidence or not attained)."""
    missing: tuple[Descriptor, ...]
    """Descriptors up to the required stage that are not yet met."""


@attrs.frozen(kw_only=True)
class Change:
    """How one component or category moved between two profiles."""

    id: str
    """Id of the component or category."""
    level: Level
    """Category or component (a ``str`` enum)."""
    before: Stage | None
    """Stage in the earlier profile."""
    after: Stage | None
    """Stage in the later profile."""

    @property
    def delta(self) -> int | None:
        """Stages moved (positive: up); None when either side has no stage."""
        if self.before is None or self.after is None:
            return None
        return self.after.rank - self.before.rank

    @property
    def direction(self) -> str:
        """``"up"``, ``"down"``, ``"same"``, ``"gained"`` (from no stage) or ``"lost"``."""
        if self.before is None and self.after is None:
            return "same"
        if self.before is None:
            return "gained"
        if self.after is None:
            return "lost"
        delta = self.after.rank - self.before.rank
        return "up" if delta > 0 else "down" if delta < 0 else "same"


@attrs.frozen(kw_only=True)
class Comparison:
    """Change per category and component between two assessment rounds."""

    categories: tuple[Change, ...]
    """One change per category, in framework order."""
    components: tuple[Change, ...]
    """One change per component, in framework order."""

    @property
    def changed(self) -> tuple[Change, ...]:
        """Every category and component whose stage changed."""
        return tuple(c for c in self.categories + self.components if c.direction != "same")


def _register_hooks(conv: BaseConverter) -> None:
    """A Level is structured from its string only (it is a str enum, which cattrs would pass as a str)."""

    def structure_level(value: object, _: type) -> Level:
        if not isinstance(value, str):
            msg = f"expected 'category' or 'component', found {type(value).__name__}"
            raise TypeError(msg)
        return Level.parse(value)

    conv.register_structure_hook(Level, structure_level)
