"""The planning layer's reference data: development activities, evaluation levels, quality framework.

Bundled verbatim from seeds 002-004 (``data/development.json``, rebuilt by
``tools/build_development_data.py``), with provenance, like the framework:

- :class:`Activity`: kinds of professional development activity (seed 002);
- :class:`EvaluationLevel`: Guskey's five levels of evaluating professional
  development (seed 002, Table 12);
- :class:`QualitySection` and :class:`QualityStatement`: the Teacher
  Development Trust's CPD Quality Framework (seed 003);
- :class:`Opportunity`: development opportunities by :class:`CareerStage` and
  :class:`Provider` (seed 004).

Which activity serves which framework category is not in the seeds: it is the
separate, replaceable :class:`ActivityMap` (``data/activity-map.json``).
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

import attrs

from .._base._bundled import bundled_text
from .._base._cache import once
from .._base._documents import Id, Name, read_json_file, structure, trusted
from .._model._format import SourceDoc, sources_of
from .._model._records import Provenance
from ..exceptions import InvalidInputError, Problem, UnknownIdError

if TYPE_CHECKING:
    from .._model._framework import Framework

__all__ = [
    "Activity",
    "ActivityLink",
    "ActivityMap",
    "CareerStage",
    "Catalogue",
    "EvaluationLevel",
    "ExperienceBand",
    "Opportunity",
    "Provider",
    "QualitySection",
    "QualityStatement",
    "load_catalogue",
]


@attrs.frozen(kw_only=True)
class Activity:
    """A kind of professional development activity, in the words of its seed."""

    id: str
    """Stable id, for example ``"mentoring"``."""
    name: str
    """A short name, taken from the seed's text."""
    text: str
    """What the seed says the activity is."""
    source: str
    """The seed it comes from (``"002"``)."""


@attrs.frozen(kw_only=True)
class EvaluationLevel:
    """One of Guskey's five levels of evaluating professional development (seed 002, Table 12)."""

    level: int
    """1 (participants' reactions) to 5 (student outcomes)."""
    name: str
    """The level's name."""
    questions: tuple[str, ...]
    """What questions are addressed?"""
    gathered: tuple[str, ...]
    """How will information be gathered?"""
    measured: tuple[str, ...]
    """What is measured or assessed?"""
    used: tuple[str, ...]
    """How will information be used?"""


@attrs.frozen(kw_only=True)
class QualityStatement:
    """A lettered statement of the CPD Quality Framework."""

    id: str
    """Section number and letter, for example ``"3c"``."""
    section: int
    """The section's number (1 to 7)."""
    letter: str
    """The statement's letter within its section."""
    text: str
    """The statement."""


@attrs.frozen(kw_only=True)
class QualitySection:
    """A section of the CPD Quality Framework (seed 003)."""

    number: int
    """1 to 7."""
    title: str
    """The title the seed gives it; empty where the seed gives none (sections 1 and 2)."""
    statements: tuple[QualityStatement, ...]
    """Its lettered statements, in order."""


@attrs.frozen(kw_only=True)
class Provider:
    """A kind of provider of development opportunities (a column of seed 004's table)."""

    id: str
    """Stable id: ``accreditation``, ``individual``, ``school``, ``local``, ``national``."""
    name: str
    """The column heading."""


@attrs.frozen(kw_only=True)
class CareerStage:
    """A career stage of seed 004's table (a row)."""

    id: str
    """Stable id, for example ``"nqt"``."""
    name: str
    """The row heading."""
    standards: str
    """The standards named for the stage."""


@attrs.frozen(kw_only=True)
class Opportunity:
    """A development opportunity offered at a career stage by a kind of provider (seed 004)."""

    career_stage: str
    """Id of the :class:`CareerStage`."""
    provider: str
    """Id of the :class:`Provider`."""
    text: str
    """The opportunity, as listed."""


@attrs.frozen(kw_only=True)
class Catalogue:
    """The bundled reference data of the planning layer (see :func:`load_catalogue`)."""

    activities: tuple[Activity, ...]
    """Kinds of development activity (seed 002)."""
    evaluation_levels: tuple[EvaluationLevel, ...]
    """Guskey's five levels (seed 002)."""
    quality_framework: tuple[QualitySection, ...]
    """The CPD Quality Framework's seven sections (seed 003)."""
    providers: tuple[Provider, ...]
    """Kinds of provider (seed 004)."""
    career_stages: tuple[CareerStage, ...]
    """Career stages (seed 004)."""
    opportunities: tuple[Opportunity, ...]
    """Opportunities by career stage and provider (seed 004)."""
    previous_stage_too: tuple[tuple[str, str], ...] = ()
    """(career stage, provider) cells that also include the previous stage's ("PLUS", "As above")."""
    provenance: Provenance = attrs.Factory(lambda: Provenance(title=""))
    """Where the text comes from."""

    def activity(self, activity_id: str) -> Activity:
        """The activity with this id; :class:`UnknownIdError` otherwise."""
        for a in self.activities:
            if a.id == activity_id:
                return a
        raise UnknownIdError(activity_id, "activity", [a.id for a in self.activities if activity_id in a.id])

    def level(self, number: int) -> EvaluationLevel:
        """Guskey's level ``number`` (1 to 5); :class:`UnknownIdError` otherwise."""
        for lv in self.evaluation_levels:
            if lv.level == number:
                return lv
        raise UnknownIdError(str(number), "evaluation level")

    @property
    def statements(self) -> tuple[QualityStatement, ...]:
        """Every statement of the CPD Quality Framework, in order."""
        return tuple(st for section in self.quality_framework for st in section.statements)

    def statement(self, statement_id: str) -> QualityStatement:
        """The quality statement with this id (``"3c"``); :class:`UnknownIdError` otherwise."""
        for st in self.statements:
            if st.id == statement_id:
                return st
        raise UnknownIdError(statement_id, "quality statement")

    def opportunities_at(self, career_stage: str, provider: str | None = None) -> tuple[Opportunity, ...]:
        """The opportunities the table lists at a career stage (and provider), as listed."""
        if career_stage not in {c.id for c in self.career_stages}:
            raise UnknownIdError(career_stage, "career stage", [c.id for c in self.career_stages])
        return tuple(
            o
            for o in self.opportunities
            if o.career_stage == career_stage and (provider is None or o.provider == provider)
        )


# -- the file format -----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _ActivityDoc:
    id: Id
    name: Name
    text: Name
    source: str = ""


@attrs.frozen(kw_only=True)
class _LevelDoc:
    level: int
    name: Name
    questions: tuple[Name, ...]
    gathered: tuple[Name, ...]
    measured: tuple[Name, ...]
    used: tuple[Name, ...]


@attrs.frozen(kw_only=True)
class _StatementDoc:
    letter: Name
    text: Name


@attrs.frozen(kw_only=True)
class _SectionDoc:
    number: int
    title: str = ""
    statements: tuple[_StatementDoc, ...]


@attrs.frozen(kw_only=True)
class _ProviderDoc:
    id: Id
    name: Name


@attrs.frozen(kw_only=True)
class _CareerStageDoc:
    id: Id
    name: Name
    standards: str = ""


@attrs.frozen(kw_only=True)
class _OpportunityDoc:
    career_stage: str
    provider: str
    text: Name


@attrs.frozen(kw_only=True)
class _MarkerDoc:
    career_stage: str
    provider: str
    marker: Name


@attrs.frozen(kw_only=True)
class _ProvenanceDoc:
    title: str = ""
    sources: tuple[SourceDoc, ...] = ()
    normalisation: str = ""
    notes: str = ""


@attrs.frozen(kw_only=True)
class CatalogueDoc:
    schema_version: int
    provenance: _ProvenanceDoc = _ProvenanceDoc()
    activities: tuple[_ActivityDoc, ...]
    evaluation_levels: tuple[_LevelDoc, ...]
    quality_framework: tuple[_SectionDoc, ...]
    providers: tuple[_ProviderDoc, ...] = ()
    career_stages: tuple[_CareerStageDoc, ...] = ()
    opportunities: tuple[_OpportunityDoc, ...] = ()
    previous_stage_too: tuple[_MarkerDoc, ...] = ()


def _catalogue(doc: CatalogueDoc, source: str) -> Catalogue:
    """The catalogue of a structured document, after its cross-references are checked."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, a in enumerate(doc.activities):
        if a.id in seen:
            problems.append(Problem(f"$.activities[{i}].id", f"duplicate id {a.id!r}"))
        seen.add(a.id)
    numbers = [lv.level for lv in doc.evaluation_levels]
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        problems.append(
            Problem("$.evaluation_levels", f"levels must be numbered 1 to {len(numbers)} once each")
        )
    stages = {c.id for c in doc.career_stages}
    providers = {p.id for p in doc.providers}
    cells = [("opportunities", i, o.career_stage, o.provider) for i, o in enumerate(doc.opportunities)]
    cells += [
        ("previous_stage_too", i, m.career_stage, m.provider) for i, m in enumerate(doc.previous_stage_too)
    ]
    for key, i, stage, provider in cells:
        if stage not in stages:
            problems.append(Problem(f"$.{key}[{i}].career_stage", f"unknown career stage {stage!r}"))
        if provider not in providers:
            problems.append(Problem(f"$.{key}[{i}].provider", f"unknown provider {provider!r}"))
    if problems:
        raise InvalidInputError(problems, source)
    p = doc.provenance
    return Catalogue(
        activities=tuple(
            Activity(id=a.id, name=a.name, text=a.text, source=a.source) for a in doc.activities
        ),
        evaluation_levels=tuple(
            EvaluationLevel(
                level=lv.level,
                name=lv.name,
                questions=lv.questions,
                gathered=lv.gathered,
                measured=lv.measured,
                used=lv.used,
            )
            for lv in sorted(doc.evaluation_levels, key=lambda lv: lv.level)
        ),
        quality_framework=tuple(
            QualitySection(
                number=s.number,
                title=s.title,
                statements=tuple(
                    QualityStatement(
                        id=f"{s.number}{st.letter}", section=s.number, letter=st.letter, text=st.text
                    )
                    for st in s.statements
                ),
            )
            for s in doc.quality_framework
        ),
        providers=tuple(Provider(id=x.id, name=x.name) for x in doc.providers),
        career_stages=tuple(
            CareerStage(id=c.id, name=c.name, standards=c.standards) for c in doc.career_stages
        ),
        opportunities=tuple(
            Opportunity(career_stage=o.career_stage, provider=o.provider, text=o.text)
            for o in doc.opportunities
        ),
        previous_stage_too=tuple((m.career_stage, m.provider) for m in doc.previous_stage_too),
        provenance=Provenance(
            title=p.title,
            sources=sources_of(p.sources),
            normalisation=p.normalisation,
            notes=p.notes,
        ),
    )


def catalogue_from_document(data: object, source: str = "<catalogue>") -> Catalogue:
    """A catalogue from a parsed document in the bundled file's format; every problem with its path."""
    doc, problems = structure(data, CatalogueDoc)
    if doc is None:
        raise InvalidInputError(problems, source)
    return _catalogue(doc, source)


@once
def _bundled() -> Catalogue:
    return _catalogue(trusted(json.loads(bundled_text("development.json")), CatalogueDoc), "<bundled>")


def load_catalogue(path: str | os.PathLike[str] | None = None) -> Catalogue:
    """The planning catalogue: bundled (cached) with no argument, else read from a JSON file.

    Raises:
        InvalidInputError: the file breaks the format; every problem with its path.
        InputFileError: the file cannot be read.

    """
    if path is None:
        return _bundled()
    return catalogue_from_document(read_json_file(path, "catalogue file"), os.fspath(path))


# -- which activity serves which category: not in the seeds, replaceable -------------


@attrs.frozen(kw_only=True)
class ExperienceBand:
    """A band of trainer experience an activity map tells apart (newcomers, experienced trainers).

    The bands of the bundled map rest on seed 002, which ties development to
    experience; :attr:`basis` quotes the passage.
    """

    id: str
    """Stable id, for example ``"new"``."""
    name: str
    """A name a plan can show, for example ``"new to training"``."""
    stages: tuple[str | None, ...]
    """The trainer stages (most common category stage) in the band; None: no category stage yet."""
    basis: str = ""
    """The passage the band rests on, verbatim from its source."""
    source: str = ""
    """Where the basis comes from (``"002"``: seed 002)."""
    location: str = ""
    """Where in the source."""


@attrs.frozen(kw_only=True)
class ActivityLink:
    """That an activity can serve a framework category, for whom, and why (a suggestion, not seed text)."""

    activity_id: str
    """Id of the :class:`Activity`."""
    category_ids: tuple[str, ...]
    """The categories it can serve."""
    reason: str
    """Why, in a sentence a plan can show."""
    experience: tuple[str, ...] = ()
    """Ids of the :class:`ExperienceBand` it suits (empty: every trainer)."""
    targets: tuple[str, ...] = ()
    """Ids of the target stages it suits (empty: every stage)."""

    def suits(self, category_id: str, target: str, band: str | None) -> bool:
        """Whether the link serves a goal in ``category_id`` at stage ``target`` for a trainer in ``band``."""
        return (
            category_id in self.category_ids
            and (not self.experience or band in self.experience)
            and (not self.targets or target in self.targets)
        )


@attrs.frozen(kw_only=True)
class ActivityMap:
    """Which activities can serve which categories of a framework, and for whom.

    The rule (:attr:`rule`, in words): a goal's activities are the links that
    serve its category, suit the trainer's experience band and suit the goal's
    target stage, in map order. The trainer's band is the one whose stages
    hold their most common category stage (:meth:`band_of`).

    The bundled map (``data/activity-map.json``) is the library authors'
    reading of the activities against the Cambridge English Trainer Framework;
    its experience bands quote seed 002 (newcomers need support and courses;
    experienced staff lead others' development, become trainers or examiners,
    take qualifications). Replace it with :meth:`from_document` or :meth:`load`.
    """

    links: tuple[ActivityLink, ...]
    """The links, in the order suggestions are made."""
    note: str = ""
    """Who made the map and on what basis."""
    rule: str = ""
    """How activities are chosen, in words."""
    experience: tuple[ExperienceBand, ...] = ()
    """The experience bands links can name (empty: every link suits every trainer)."""

    @classmethod
    def bundled(cls) -> ActivityMap:
        """The bundled map (cached)."""
        return _bundled_map()

    @classmethod
    def from_document(cls, data: object, source: str = "<activity map>") -> ActivityMap:
        """A map from a parsed document (``schema_version``, ``note``, ``rule``, ``experience``, ``links``).

        Schema version 1 (links without ``experience`` and ``targets``) is read too.
        """
        doc, problems = structure(data, MapDoc)
        if doc is None:
            raise InvalidInputError(problems, source)
        if doc.schema_version not in {1, 2}:
            msg = f"schema version {doc.schema_version} is not supported (1 or 2)"
            raise InvalidInputError([Problem("$.schema_version", msg)], source)
        bands: set[str] = {b.id for b in doc.experience}
        problems = [
            Problem(
                f"$.links[{i}].experience", f"unknown experience band {x!r} (the map has: {_listed(bands)})"
            )
            for i, link in enumerate(doc.links)
            for x in link.experience
            if x not in bands
        ]
        seen: dict[str | None, str] = {}
        for i, b in enumerate(doc.experience):
            for st in b.stages:
                if st in seen:
                    where = "no stage yet" if st is None else f"stage {st!r}"
                    problems.append(
                        Problem(f"$.experience[{i}].stages", f"{where} is already in band {seen[st]!r}")
                    )
                seen[st] = b.id
        if problems:
            raise InvalidInputError(problems, source)
        return cls(
            links=tuple(
                ActivityLink(
                    activity_id=x.activity,
                    category_ids=tuple(x.categories),
                    reason=x.reason,
                    experience=tuple(x.experience),
                    targets=tuple(x.targets),
                )
                for x in doc.links
            ),
            note=doc.note,
            rule=doc.rule,
            experience=tuple(
                ExperienceBand(
                    id=b.id, name=b.name, stages=b.stages, basis=b.basis, source=b.source, location=b.location
                )
                for b in doc.experience
            ),
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ActivityMap:
        """Read a map from a JSON file."""
        return cls.from_document(read_json_file(path, "activity map"), os.fspath(path))

    def check(self, fw: Framework, catalogue: Catalogue) -> None:
        """Raise :class:`InvalidInputError` naming every link to an unknown activity, category or stage."""
        activities = {a.id for a in catalogue.activities}
        categories = {c.id for c in fw.categories}
        stages = {s.id for s in fw.stages}
        problems = []
        for i, link in enumerate(self.links):
            if link.activity_id not in activities:
                problems.append(Problem(f"$.links[{i}].activity", f"unknown activity {link.activity_id!r}"))
            problems += [
                Problem(f"$.links[{i}].categories", f"unknown category {c!r} of framework {fw.id!r}")
                for c in link.category_ids
                if c not in categories
            ]
            problems += [
                Problem(f"$.links[{i}].targets", f"unknown stage {s!r} of framework {fw.id!r}")
                for s in link.targets
                if s not in stages
            ]
        for i, band in enumerate(self.experience):
            problems += [
                Problem(f"$.experience[{i}].stages", f"unknown stage {s!r} of framework {fw.id!r}")
                for s in band.stages
                if s is not None and s not in stages
            ]
        if problems:
            raise InvalidInputError(problems, "activity map")

    def band(self, stage_id: str | None) -> ExperienceBand | None:
        """The experience band holding a trainer stage (None: no category stage yet); None if no band does."""
        return next((b for b in self.experience if stage_id in b.stages), None)

    def for_category(self, category_id: str) -> tuple[ActivityLink, ...]:
        """The links that serve a category, in map order (whoever the trainer is)."""
        return tuple(link for link in self.links if category_id in link.category_ids)

    def for_goal(self, category_id: str, target: str, band: str | None) -> tuple[ActivityLink, ...]:
        """The links that serve a goal in ``category_id`` at stage ``target`` for a trainer in ``band``."""
        return tuple(link for link in self.links if link.suits(category_id, target, band))


def _listed(ids: set[str]) -> str:
    return ", ".join(sorted(ids)) or "no bands"


@attrs.frozen(kw_only=True)
class _BandDoc:
    id: Id
    name: Name
    stages: tuple[str | None, ...]
    basis: str = ""
    source: str = ""
    location: str = ""


@attrs.frozen(kw_only=True)
class _LinkDoc:
    activity: Id
    categories: tuple[Id, ...]
    reason: Name
    experience: tuple[Id, ...] = ()
    targets: tuple[Id, ...] = ()


@attrs.frozen(kw_only=True)
class MapDoc:
    schema_version: int
    note: str = ""
    rule: str = ""
    experience: tuple[_BandDoc, ...] = ()
    links: tuple[_LinkDoc, ...]


@once
def _bundled_map() -> ActivityMap:
    return ActivityMap.from_document(json.loads(bundled_text("activity-map.json")), "<bundled activity map>")
