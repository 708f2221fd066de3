"""One value of every public value type, for tests that must cover them all."""

from __future__ import annotations

import datetime
import functools

import trainerframework as tfw

FW = tfw.load_framework()

# the smallest framework: one category, two stages, a descriptor at each, no strands
MINI = tfw.Framework.from_document(
    {
        "schema_version": 1,
        "framework": {"id": "mini", "name": "Mini"},
        "stages": [{"id": "novice", "name": "Novice"}, {"id": "expert", "name": "Expert"}],
        "categories": [{"id": "cat", "name": "Cat"}],
        "descriptors": [
            {"id": "cat.novice.1", "category": "cat", "stage": "novice", "text": "Does a thing."},
            {"id": "cat.expert.1", "category": "cat", "stage": "expert", "text": "Does it well."},
        ],
    }
)


@functools.cache
def samples() -> dict[str, object]:
    """Public type name -> a value of that type (built through the public API)."""
    fw = FW
    t2t = "observation.teacher-to-trainer"
    items = [
        tfw.EvidenceItem(descriptor_id=f"{t2t}.1", judgement="met", source="self"),
        tfw.EvidenceItem(descriptor_id=f"{t2t}.1", judgement="partly", source="observer"),
        tfw.EvidenceItem(descriptor_id=f"{t2t}.2", judgement="met", source="self"),
        tfw.EvidenceItem(descriptor_id=f"{t2t}.2", judgement="not_met", source="observer"),
    ]
    p = tfw.profile(fw, tfw.Evidence.of(items))
    later = tfw.profile(fw, {d.id: "met" for d in fw.filter(stage="teacher-to-trainer")})
    text = tfw.profile_text(fw, "I use the checklist the district provides. We had a meeting.")
    (m,) = tfw.match(fw, "I use the checklist the district provides.", limit=1)
    assert m.explanation is not None
    comparison = p.compare(later)
    cohort = tfw.Cohort.synthetic(6, seed=3)
    labelled = [("I use the checklist the district provides.", "observation", "teacher-to-trainer")]
    table = tfw.reliability(fw, labelled)
    lexicon = tfw.Lexicon.bundled().extended(concepts={"observing": ["zorbling"]})
    values: dict[str, object] = {
        "Stage": fw.stages[0],
        "Descriptor": fw.descriptors[0],
        "Component": fw.components[0],
        "Category": fw.categories[-1],
        "Strand": fw.strands[0],
        "Example": fw.examples[0],
        "Source": fw.provenance.sources[0],
        "Provenance": fw.provenance,
        "Framework": fw,
        "Judgement": tfw.Judgement.PARTLY,
        "EvidenceItem": p.evidence.items[0],
        "Evidence": p.evidence,
        "Rules": tfw.Rules(threshold=0.5, source_weights={"observer": 2.0}),
        "Progression": tfw.Progression.INDEPENDENT,
        "Aggregation": tfw.Aggregation.POOLED,
        "Combine": tfw.Combine.MEAN,
        "Status": tfw.Status.NOT_ATTAINED,
        "Level": tfw.Level.COMPONENT,
        "Profile": p,
        "StageScore": p.categories[3].scores[0],
        "ScopeResult": p.categories[3],
        "DescriptorState": p.descriptor_state("observation.teacher-to-trainer.1"),
        "Explanation": p.explain("observation"),
        "Priority": p.priorities(limit=1)[0],
        "Gap": p.gaps({"observation": "autonomous"})[0],
        "Change": comparison.categories[3],
        "Comparison": comparison,
        "Match": m,
        "MatchExplanation": m.explanation,
        "SentenceReading": text.sentences[0],
        "ReadingStatus": tfw.ReadingStatus.CAPPED,
        "Assertion": tfw.Assertion.NEGATED,
        "Clause": tfw.read_clauses("I observe lessons but have never designed a course.")[1],
        "Problem": tfw.Problem("$.descriptors[4].stage", "unknown stage 'expert'"),
        "Skipped": tfw.Skipped((tfw.Problem("c.csv:3", "missing trainer id"),)),
        "Calibration": tfw.Calibration.bundled(),
        "WordModel": tfw.WordModel.bundled(),
        "OwnershipModel": tfw.OwnershipModel.bundled(),
        "ScorerWeights": tfw.ScorerWeights.bundled(),
        "CalibrationExample": tfw.calibration_examples(fw, labelled)[0],
        "LabelledStatement": tfw.LabelledStatement(*labelled[0]),
        "Reliability": table,
        "ReliabilityBin": table.bins[-1],
        "Lexicon": lexicon,
        "Concept": lexicon.concepts[0],
        "StageCue": lexicon.stage_cues[0],
        "Cohort": cohort,
        "Progress": cohort.progress(tfw.Cohort.synthetic(6, seed=4)),
        "Agreement": tfw.agreement(tfw.Cohort.synthetic(6, seed=3, sources=("self", "observer"))),
    }
    progress = values["Progress"]
    agreement = values["Agreement"]
    assert isinstance(progress, tfw.Progress)
    assert isinstance(agreement, tfw.Agreement)
    values |= {
        "Moves": progress.moves[0],
        "Transition": progress.transitions[0],
        "AgreementRow": agreement.categories[0],
    }
    catalogue = tfw.load_catalogue()
    development_plan = tfw.plan(p)
    review = development_plan.review(later)
    values |= {
        "Catalogue": catalogue,
        "Activity": catalogue.activities[0],
        "EvaluationLevel": catalogue.evaluation_levels[-1],
        "QualitySection": catalogue.quality_framework[2],
        "QualityStatement": catalogue.statements[0],
        "Provider": catalogue.providers[0],
        "CareerStage": catalogue.career_stages[0],
        "Opportunity": catalogue.opportunities[0],
        "ActivityMap": tfw.ActivityMap.bundled(),
        "ActivityLink": tfw.ActivityMap.bundled().links[0],
        "ExperienceBand": tfw.ActivityMap.bundled().experience[0],
        "EvidenceStep": tfw.plan(tfw.profile_text(fw, fw.example("julia").text)).collect[0],
        "DevelopmentPlan": development_plan,
        "PlanGoal": development_plan.goals[0],
        "SuggestedActivity": development_plan.goals[0].activities[0],
        "EvaluationStep": development_plan.evaluation[0],
        "Milestone": development_plan.timeline[0],
        "PlanReview": review,
        "GoalReview": review.goals[0],
    }
    org = tfw.OrganisationReview.from_mapping(
        {"1a": "embedded", "3c": "not_yet", "3b": "developing"},
        organisation="Centre",
        date=datetime.date(2026, 11, 1),
    )
    later_org = tfw.OrganisationReview.from_mapping({"1a": "developing", "3c": "embedded"})
    values |= {
        "OrganisationReview": org,
        "StatementRating": org.ratings[0],
        "Rating": tfw.Rating.DEVELOPING,
        "SectionSummary": org.sections()[2],
        "ReviewChange": org.compare(later_org)[0],
        "ProgrammeItem": tfw.programme(cohort, limit=1)[0],
    }
    return values
