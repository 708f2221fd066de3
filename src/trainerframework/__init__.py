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

from ._interchange._serialize import configure_converter, dumps, loads
from ._model._format import SCHEMA_VERSION
from ._model._framework import Framework, load_framework
from ._model._records import Category, Component, Descriptor, Example, Provenance, Source, Stage, Strand
from .exceptions import (
    FileFormatError,
    InputFileError,
    InvalidEvidenceError,
    InvalidFrameworkError,
    InvalidInputError,
    InvalidRulesError,
    MissingDependencyError,
    OutputExistsError,
    OutputFileError,
    Problem,
    SerializationError,
    TrainerFrameworkError,
    UnknownIdError,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._base._lenient import Skipped
    from ._cohort._agreement import Agreement, AgreementRow, agreement, weighted_kappa
    from ._cohort._cohort import NO_STAGE, NOT_ATTAINED, Cohort, Moves, Progress, Transition
    from ._cohort._dtypes import order_stages
    from ._cohort._export import RECORD_COLUMNS
    from ._cohort._frames import RECORDS_DDL, profile_frame
    from ._interchange._case import from_case, to_case
    from ._interchange._inputs import read_evidence
    from ._interchange._template import self_assessment_template
    from ._language._assertion import Assertion, Clause, read_clauses
    from ._language._lexicon import Concept, Lexicon, StageCue
    from ._language._weights import ScorerWeights
    from ._language._words import WordModel
    from ._matching._calibration import (
        Calibration,
        CalibrationExample,
        LabelledStatement,
        Reliability,
        ReliabilityBin,
    )
    from ._matching._evaluation import calibration_examples, fit_calibration, fit_word_model, reliability
    from ._matching._matcher import Matcher, match, match_many
    from ._matching._reading import Match, MatchExplanation, ReadingStatus, SentenceReading
    from ._matching._scorer import LexiconScorer, Scorer
    from ._planning._development import (
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
    from ._planning._planning import (
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
    from ._planning._review import (
        OrganisationReview,
        ProgrammeItem,
        Rating,
        ReviewChange,
        SectionSummary,
        StatementRating,
        programme,
    )
    from ._present._charts import plot_cohort, plot_profile, plot_progress
    from ._present._schema import json_schema
    from ._profiling._evidence import Evidence, EvidenceItem, Judgement
    from ._profiling._narrative import TEXT_RULES, profile_text
    from ._profiling._profile import Profile, profile
    from ._profiling._results import (
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
    from ._profiling._rules import Aggregation, Combine, Progression, Rules

__version__ = "0.1.0"

_LAZY = {
    "Calibration": "._matching._calibration",
    "CalibrationExample": "._matching._calibration",
    "LabelledStatement": "._matching._calibration",
    "Reliability": "._matching._calibration",
    "ReliabilityBin": "._matching._calibration",
    "calibration_examples": "._matching._evaluation",
    "fit_calibration": "._matching._evaluation",
    "fit_word_model": "._matching._evaluation",
    "WordModel": "._language._words",
    "reliability": "._matching._evaluation",
    "Evidence": "._profiling._evidence",
    "EvidenceItem": "._profiling._evidence",
    "Judgement": "._profiling._evidence",
    "read_evidence": "._interchange._inputs",
    "Aggregation": "._profiling._rules",
    "Combine": "._profiling._rules",
    "Progression": "._profiling._rules",
    "Rules": "._profiling._rules",
    "Change": "._profiling._results",
    "Comparison": "._profiling._results",
    "DescriptorState": "._profiling._results",
    "Explanation": "._profiling._results",
    "Gap": "._profiling._results",
    "Level": "._profiling._results",
    "Priority": "._profiling._results",
    "Profile": "._profiling._profile",
    "ScopeResult": "._profiling._results",
    "StageScore": "._profiling._results",
    "Status": "._profiling._results",
    "profile": "._profiling._profile",
    "Concept": "._language._lexicon",
    "Lexicon": "._language._lexicon",
    "StageCue": "._language._lexicon",
    "LexiconScorer": "._matching._scorer",
    "ScorerWeights": "._language._weights",
    "Assertion": "._language._assertion",
    "Clause": "._language._assertion",
    "read_clauses": "._language._assertion",
    "Match": "._matching._reading",
    "MatchExplanation": "._matching._reading",
    "ReadingStatus": "._matching._reading",
    "SentenceReading": "._matching._reading",
    "Matcher": "._matching._matcher",
    "Scorer": "._matching._scorer",
    "match": "._matching._matcher",
    "match_many": "._matching._matcher",
    "profile_text": "._profiling._narrative",
    "TEXT_RULES": "._profiling._narrative",
    "NO_STAGE": "._cohort._cohort",
    "plot_cohort": "._present._charts",
    "plot_profile": "._present._charts",
    "plot_progress": "._present._charts",
    "NOT_ATTAINED": "._cohort._cohort",
    "Agreement": "._cohort._agreement",
    "AgreementRow": "._cohort._agreement",
    "Moves": "._cohort._cohort",
    "Transition": "._cohort._cohort",
    "Cohort": "._cohort._cohort",
    "Skipped": "._base._lenient",
    "Progress": "._cohort._cohort",
    "agreement": "._cohort._agreement",
    "weighted_kappa": "._cohort._agreement",
    "Activity": "._planning._development",
    "ActivityLink": "._planning._development",
    "ActivityMap": "._planning._development",
    "CareerStage": "._planning._development",
    "Catalogue": "._planning._development",
    "EvaluationLevel": "._planning._development",
    "ExperienceBand": "._planning._development",
    "Opportunity": "._planning._development",
    "Provider": "._planning._development",
    "QualitySection": "._planning._development",
    "QualityStatement": "._planning._development",
    "load_catalogue": "._planning._development",
    "DevelopmentPlan": "._planning._planning",
    "EvaluationStep": "._planning._planning",
    "EvidenceStep": "._planning._planning",
    "GoalReview": "._planning._planning",
    "Milestone": "._planning._planning",
    "PlanGoal": "._planning._planning",
    "PlanReview": "._planning._planning",
    "SuggestedActivity": "._planning._planning",
    "plan": "._planning._planning",
    "to_case": "._interchange._case",
    "json_schema": "._present._schema",
    "profile_frame": "._cohort._frames",
    "order_stages": "._cohort._dtypes",
    "RECORD_COLUMNS": "._cohort._export",
    "RECORDS_DDL": "._cohort._frames",
    "self_assessment_template": "._interchange._template",
    "from_case": "._interchange._case",
    "OrganisationReview": "._planning._review",
    "ProgrammeItem": "._planning._review",
    "Rating": "._planning._review",
    "ReviewChange": "._planning._review",
    "SectionSummary": "._planning._review",
    "StatementRating": "._planning._review",
    "programme": "._planning._review",
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
    "CalibrationExample",
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
    "FileFormatError",
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
    "MissingDependencyError",
    "Moves",
    "Opportunity",
    "OrganisationReview",
    "OutputExistsError",
    "OutputFileError",
    "PlanGoal",
    "PlanReview",
    "Priority",
    "Problem",
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
    "Skipped",
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
    "calibration_examples",
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
    "order_stages",
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
