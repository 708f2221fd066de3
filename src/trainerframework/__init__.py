"""trainerframework: the Cambridge English Trainer Framework as immutable, typed Python objects.

>>> import trainerframework as tfw
>>> fw = tfw.load_framework()
>>> [s.name for s in fw.stages]
['From Teacher to Trainer', 'Autonomous Trainer', 'Lead Trainer']

The framework model, loading and serialization are imported eagerly (they
are cheap); profiling, matching and cohort analysis load on first use, so
``import trainerframework`` stays fast.
"""

from __future__ import annotations

from ._data import SCHEMA_VERSION, load_framework
from ._framework import Framework
from ._model import Category, Component, Descriptor, Example, Provenance, Source, Stage, Strand
from ._serialize import configure_converter, dumps, loads
from .exceptions import (
    InputFileError,
    InvalidEvidenceError,
    InvalidFrameworkError,
    InvalidInputError,
    InvalidRulesError,
    OutputExistsError,
    OutputFileError,
    SerializationError,
    TrainerFrameworkError,
    UnknownIdError,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._agreement import Agreement, AgreementRow, agreement, weighted_kappa
    from ._assertion import Assertion, Clause, read_clauses
    from ._calibration import Calibration, LabelledStatement, Reliability, ReliabilityBin
    from ._case import from_case, to_case
    from ._charts import plot_cohort, plot_profile, plot_progress
    from ._cohort import NO_STAGE, NOT_ATTAINED, RECORD_COLUMNS, Cohort, Moves, Progress, Transition
    from ._development import (
        Activity,
        ActivityLink,
        ActivityMap,
        CareerStage,
        Catalogue,
        EvaluationLevel,
        ExperienceBand,
        Opportunity,
        Provider,
        QualitySection,
        QualityStatement,
        load_catalogue,
    )
    from ._evaluation import fit_calibration, fit_word_model, reliability
    from ._evidence import Evidence, EvidenceItem, Judgement
    from ._frames import RECORDS_DDL, profile_frame
    from ._inputs import read_evidence
    from ._lexicon import Concept, Lexicon, StageCue
    from ._matching import (
        TEXT_RULES,
        LexiconScorer,
        Matcher,
        Scorer,
        match,
        match_many,
        profile_text,
    )
    from ._planning import (
        DevelopmentPlan,
        EvaluationStep,
        EvidenceStep,
        GoalReview,
        Milestone,
        PlanGoal,
        PlanReview,
        SuggestedActivity,
        plan,
    )
    from ._profile import Profile, profile
    from ._reading import Match, MatchExplanation, ReadingStatus, SentenceReading
    from ._results import (
        Change,
        Comparison,
        DescriptorState,
        Explanation,
        Gap,
        Level,
        Priority,
        ScopeResult,
        StageScore,
        Status,
    )
    from ._review import (
        OrganisationReview,
        ProgrammeItem,
        Rating,
        ReviewChange,
        SectionSummary,
        StatementRating,
        programme,
    )
    from ._rules import Aggregation, Combine, Progression, Rules
    from ._schema import json_schema
    from ._template import self_assessment_template
    from ._weights import ScorerWeights
    from ._words import WordModel

__version__ = "0.1.0"

_LAZY = {
    "Calibration": "._calibration",
    "LabelledStatement": "._calibration",
    "Reliability": "._calibration",
    "ReliabilityBin": "._calibration",
    "fit_calibration": "._evaluation",
    "fit_word_model": "._evaluation",
    "WordModel": "._words",
    "reliability": "._evaluation",
    "Evidence": "._evidence",
    "EvidenceItem": "._evidence",
    "Judgement": "._evidence",
    "read_evidence": "._inputs",
    "Aggregation": "._rules",
    "Combine": "._rules",
    "Progression": "._rules",
    "Rules": "._rules",
    "Change": "._results",
    "Comparison": "._results",
    "DescriptorState": "._results",
    "Explanation": "._results",
    "Gap": "._results",
    "Level": "._results",
    "Priority": "._results",
    "Profile": "._profile",
    "ScopeResult": "._results",
    "StageScore": "._results",
    "Status": "._results",
    "profile": "._profile",
    "Concept": "._lexicon",
    "Lexicon": "._lexicon",
    "StageCue": "._lexicon",
    "LexiconScorer": "._matching",
    "ScorerWeights": "._weights",
    "Assertion": "._assertion",
    "Clause": "._assertion",
    "read_clauses": "._assertion",
    "Match": "._reading",
    "MatchExplanation": "._reading",
    "ReadingStatus": "._reading",
    "SentenceReading": "._reading",
    "Matcher": "._matching",
    "Scorer": "._matching",
    "match": "._matching",
    "match_many": "._matching",
    "profile_text": "._matching",
    "TEXT_RULES": "._matching",
    "NO_STAGE": "._cohort",
    "plot_cohort": "._charts",
    "plot_profile": "._charts",
    "plot_progress": "._charts",
    "NOT_ATTAINED": "._cohort",
    "Agreement": "._agreement",
    "AgreementRow": "._agreement",
    "Moves": "._cohort",
    "Transition": "._cohort",
    "Cohort": "._cohort",
    "Progress": "._cohort",
    "agreement": "._agreement",
    "weighted_kappa": "._agreement",
    "Activity": "._development",
    "ActivityLink": "._development",
    "ActivityMap": "._development",
    "CareerStage": "._development",
    "Catalogue": "._development",
    "EvaluationLevel": "._development",
    "ExperienceBand": "._development",
    "Opportunity": "._development",
    "Provider": "._development",
    "QualitySection": "._development",
    "QualityStatement": "._development",
    "load_catalogue": "._development",
    "DevelopmentPlan": "._planning",
    "EvaluationStep": "._planning",
    "EvidenceStep": "._planning",
    "GoalReview": "._planning",
    "Milestone": "._planning",
    "PlanGoal": "._planning",
    "PlanReview": "._planning",
    "SuggestedActivity": "._planning",
    "plan": "._planning",
    "to_case": "._case",
    "json_schema": "._schema",
    "profile_frame": "._frames",
    "RECORD_COLUMNS": "._cohort",
    "RECORDS_DDL": "._frames",
    "self_assessment_template": "._template",
    "from_case": "._case",
    "OrganisationReview": "._review",
    "ProgrammeItem": "._review",
    "Rating": "._review",
    "ReviewChange": "._review",
    "SectionSummary": "._review",
    "StatementRating": "._review",
    "programme": "._review",
}

__all__ = [
    "NOT_ATTAINED",
    "NO_STAGE",
    "RECORDS_DDL",
    "RECORD_COLUMNS",
    "SCHEMA_VERSION",
    "TEXT_RULES",
    "Activity",
    "ActivityLink",
    "ActivityMap",
    "Aggregation",
    "Agreement",
    "AgreementRow",
    "Assertion",
    "Calibration",
    "CareerStage",
    "Catalogue",
    "Category",
    "Change",
    "Clause",
    "Cohort",
    "Combine",
    "Comparison",
    "Component",
    "Concept",
    "Descriptor",
    "DescriptorState",
    "DevelopmentPlan",
    "EvaluationLevel",
    "EvaluationStep",
    "Evidence",
    "EvidenceItem",
    "EvidenceStep",
    "Example",
    "ExperienceBand",
    "Explanation",
    "Framework",
    "Gap",
    "GoalReview",
    "InputFileError",
    "InvalidEvidenceError",
    "InvalidFrameworkError",
    "InvalidInputError",
    "InvalidRulesError",
    "Judgement",
    "LabelledStatement",
    "Level",
    "Lexicon",
    "LexiconScorer",
    "Match",
    "MatchExplanation",
    "Matcher",
    "Milestone",
    "Moves",
    "Opportunity",
    "OrganisationReview",
    "OutputExistsError",
    "OutputFileError",
    "PlanGoal",
    "PlanReview",
    "Priority",
    "Profile",
    "ProgrammeItem",
    "Progress",
    "Progression",
    "Provenance",
    "Provider",
    "QualitySection",
    "QualityStatement",
    "Rating",
    "ReadingStatus",
    "Reliability",
    "ReliabilityBin",
    "ReviewChange",
    "Rules",
    "ScopeResult",
    "Scorer",
    "ScorerWeights",
    "SectionSummary",
    "SentenceReading",
    "SerializationError",
    "Source",
    "Stage",
    "StageCue",
    "StageScore",
    "StatementRating",
    "Status",
    "Strand",
    "SuggestedActivity",
    "TrainerFrameworkError",
    "Transition",
    "UnknownIdError",
    "WordModel",
    "__version__",
    "agreement",
    "configure_converter",
    "dumps",
    "fit_calibration",
    "fit_word_model",
    "from_case",
    "json_schema",
    "load_catalogue",
    "load_framework",
    "loads",
    "match",
    "match_many",
    "plan",
    "plot_cohort",
    "plot_profile",
    "plot_progress",
    "profile",
    "profile_frame",
    "profile_text",
    "programme",
    "read_clauses",
    "read_evidence",
    "reliability",
    "self_assessment_template",
    "to_case",
    "weighted_kappa",
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'trainerframework' has no attribute {name!r}"
        raise AttributeError(msg)
    import importlib  # noqa: PLC0415

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
