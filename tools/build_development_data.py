"""Regenerate ``src/trainerframework/data/development.json`` from seeds 002, 003 and 004.

The planning layer's data, verbatim from the seeds:

- ``activities``: the kinds of professional development activity that seed 002
  lists ("Professional development refers to a wide range of activities ...
  These include: ...") and the three kinds of mentoring and coaching it
  defines (after CUREE 2005), each with the seed's own words for it;
- ``evaluation_levels``: Guskey's five levels of evaluating professional
  development, as seed 002's Table 12 gives them (questions addressed, how
  information is gathered, what is measured or assessed, how it is used);
- ``quality_framework``: the Teacher Development Trust's CPD Quality Framework
  (seed 003), its seven sections and their lettered statements. The seed
  names five of the seven sections; the first two have no title in it, so
  their titles are left empty rather than invented;
- ``opportunities``: seed 004's table of development opportunities by career
  stage and kind of provider, one entry per listed opportunity. The table's
  "PLUS" (the previous stage's opportunities too) and "As above" are kept as
  markers in ``previous_stage_too``.

The only normalisation is whitespace (runs folded into one space) and the
removal of bullet characters and of line-break hyphenation the seeds do not
have. Every text is checked against its seed before the file is written.

Usage::

    python -m tools.build_development_data [SEEDS_DIR] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "trainerframework" / "data" / "development.json"

# (id, name, text): name and text are spans of seed 002
ACTIVITIES = (
    (
        "mentoring",
        "Mentoring",
        (
            "Mentoring is a structured, sustained process for supporting professional learners through "
            "significant career transitions."
        ),
    ),
    (
        "specialist-coaching",
        "Specialist coaching",
        (
            "Specialist coaching is a structured, sustained process for developing a specific aspect of a "
            "professional learner’s practice."
        ),
    ),
    (
        "co-coaching",
        "Collaborative (co-) coaching",
        (
            "Collaborative (co-) coaching is a structured, sustained process between two or more "
            "professional learners to help them embed new knowledge and skills from specialist sources "
            "in day-to-day practice."
        ),
    ),
    (
        "lesson-study",
        "lesson studies",
        (
            "encouraging teachers to work collaboratively to conduct lesson studies and/or research into the "
            "impact of any new teaching strategies they have implemented"
        ),
    ),
    ("team-teaching", "team teaching", "developing team teaching"),
    (
        "learning-communities",
        "teaching and learning communities",
        "developing teaching and learning communities",
    ),
    (
        "other-schools",
        "other successful schools",
        (
            "encouraging groups of teachers to engage with, and learn from, other successful schools – "
            "locally, nationally and internationally"
        ),
    ),
    ("training-courses", "Cambridge training courses", "attending Cambridge training courses"),
    ("becoming-trainers", "become trainers", "encouraging teachers to become trainers themselves"),
    ("becoming-examiners", "become examiners", "encouraging teachers to become examiners"),
    (
        "qualifications",
        "Cambridge Professional Development Qualifications",
        "encouraging teachers and leaders to take Cambridge Professional Development Qualifications.",
    ),
)

# Guskey's levels, seed 002 Table 12: (name, questions, gathered, measured, used)
LEVELS = (
    (
        "Participants’ reactions",
        (
            "Did they like it?",
            "Was their time well spent?",
            "Did the material make sense?",
            "Will it be useful?",
            "Was the leader knowledgeable and helpful?",
            "Was the environment right and fit for purpose?",
        ),
        ("Questionnaires administered at the end of the session.",),
        ("Initial satisfaction with the experience.",),
        ("To improve programme design and delivery.",),
    ),
    (
        "Participants’ learning",
        ("Did participants acquire the intended knowledge, conceptual understandings and skills?",),
        (
            "Questionnaires",
            "Simulations",
            "Demonstrations",
            "Participant reflections (oral and/or written)",
            "Professional portfolios of evidence.",
        ),
        ("New knowledge, understanding and skills of participants.",),
        ("To improve programme content, format and organisation.",),
    ),
    (
        "Organisation support and change",
        (
            "Was implementation advocated, facilitated and supported?",
            "Was the support public and overt?",
            "Were problems addressed quickly and efficiently?",
            "Were sufficient resources made available?",
            "Were successes recognised and shared?",
            "What was the impact on the organisation?",
            "Did it affect the organisation’s culture and procedures?",
        ),
        (
            "School records",
            "Minutes from follow-up meetings",
            "Questionnaires",
            "Structured interviews with participants and school leadership",
            "Professional portfolios of evidence.",
        ),
        ("The organisation’s advocacy, support, accommodation, facilitation and recognition.",),
        ("To document and improve organisation support.", "To inform future change efforts."),
    ),
    (
        "Participants’ use of new knowledge and skills",
        (
            "Did participants effectively apply the new knowledge and skills?",
            "Did classroom practice change as a result?",
        ),
        (
            "Questionnaires",
            "Structured interviews with participants and their mentors",
            "Participant reflections (oral and/or written)",
            "Professional portfolios of evidence",
            "Direct observations",
            "Video or audio tapes.",
        ),
        ("Degree and quality of implementation.",),
        ("To document and improve the implementation of programme content.",),
    ),
    (
        "Student outcomes",
        (
            "What was the impact on students?",
            "Did it affect student performance or achievement?",
            "Did it influence students’ physical or emotional well-being?",
            "Are students more confident as learners?",
            "Is student attendance improving?",
            "Are dropouts decreasing?",
            "Have levels of literacy and numeracy improved?",
        ),
        (
            "Student records (formative and summative)",
            "School records",
            "Questionnaires",
            "Structured interviews with students, parents, teachers, and/or leadership",
            "Professional portfolios of evidence.",
        ),
        (
            "Student learning outcomes:",
            "Cognitive (performance and achievement)",
            "Metacognitive or self-regulated learning",
            "Affective (attitudes and dispositions)",
            "Psychomotor (skills and behaviours).",
        ),
        (
            "To focus and improve all aspects of programme design, implementation and follow-up.",
            "To demonstrate the overall impact of professional development.",
        ),
    ),
)

PROVIDERS = (
    ("accreditation", "Accreditation opportunities"),
    ("individual", "Opportunities for individual action"),
    ("school", "Opportunities in school"),
    ("local", "Opportunities provided / brokered by Torbay"),
    ("national", "Opportunities through national programmes"),
)
CAREER_STAGES = (
    "nqt",
    "years-2-5",
    "post-threshold",
    "excellent-teacher",
    "advanced-skills-teacher",
    "leadership-team",
    "new-headteacher",
    "experienced-headteacher",
)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("•", " ")).strip()


def _seed(seeds: Path, prefix: str) -> str:
    (path,) = sorted(seeds.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def _verbatim(text: str, seed: str, where: str) -> str:
    if _clean(text) not in _clean(seed):
        msg = f"{where}: {text!r} is not in the seed"
        raise SystemExit(msg)
    return text


def _quality_framework(seed: str) -> list[dict[str, object]]:
    """Sections split at "Click here to find resources ...", each with its lettered statements."""
    parts = seed.split("Click here to find resources and tools to support you with this area")
    sections = []
    for number, part in enumerate(parts[1:], start=1):
        before = [line.strip() for line in parts[number - 1].strip().splitlines() if line.strip()]
        title = before[-1] if before and len(before[-1]) < 60 and not before[-1].endswith(".") else ""
        statements = [
            {"letter": m.group(1), "text": _clean(m.group(2))}
            for m in re.finditer(r"^([a-h])\. (.+)$", part, flags=re.MULTILINE)
        ]
        sections.append({"number": number, "title": title, "statements": statements})
    return sections


def _opportunities(
    seed: str,
) -> tuple[list[dict[str, object]], list[dict[str, object]], dict[str, list[str]]]:
    """(opportunities, "PLUS" / "As above" markers, the header lines of each career stage)."""
    cells = seed.split("\t")
    out: list[dict[str, object]] = []
    markers: list[dict[str, object]] = []
    headers = {}
    for row, stage in enumerate(CAREER_STAGES):
        start = 7 + 6 * row
        headers[stage] = [_clean(line) for line in cells[start].splitlines() if line.strip()]
        for column, (provider, _) in enumerate(PROVIDERS, start=1):
            lines = [_clean(line) for line in cells[start + column].splitlines() if line.strip()]
            if lines and lines[0] in {"PLUS", "As above"}:
                markers.append({"career_stage": stage, "provider": provider, "marker": lines[0]})
                lines = lines[1:]
            out += [{"career_stage": stage, "provider": provider, "text": text} for text in lines]
    return out, markers, headers


def build(seeds: Path) -> dict[str, object]:
    s002, s003, s004 = (_seed(seeds, p) for p in ("002", "003", "004"))
    activities = [
        {"id": i, "name": _verbatim(n, s002, i), "text": _verbatim(t, s002, i), "source": "002"}
        for i, n, t in ACTIVITIES
    ]
    levels = [
        {
            "level": number,
            "name": _verbatim(name, s002, f"level {number}"),
            "questions": [_verbatim(q, s002, f"level {number}") for q in questions],
            "gathered": [_verbatim(g, s002, f"level {number}") for g in gathered],
            "measured": [_verbatim(m, s002, f"level {number}") for m in measured],
            "used": [_verbatim(u, s002, f"level {number}") for u in used],
        }
        for number, (name, questions, gathered, measured, used) in enumerate(LEVELS, start=1)
    ]
    opportunities, markers, headers = _opportunities(s004)
    for entry in opportunities:
        _verbatim(str(entry["text"]), s004, str(entry["career_stage"]))
    for lines in headers.values():
        for line in lines:
            _verbatim(line, s004, "career stage")
    return {
        "schema_version": 1,
        "provenance": {
            "title": "Planning and evaluating professional development: activities, evaluation levels, "
            "quality framework, opportunities by career stage",
            "sources": [
                {
                    "id": "002",
                    "title": "7: Planning and managing a whole-school professional development programme",
                    "content": "activities; mentoring and coaching; Table 12, adapted from Five "
                    "Critical Levels of Professional Development Evaluation (Guskey 2000)",
                },
                {
                    "id": "003",
                    "title": "CPD Quality Framework (Teacher Development Trust)",
                    "content": "seven sections of lettered statements; the seed names sections 3 to 7 only",
                },
                {
                    "id": "004",
                    "title": "A framework for teachers’ professional learning",
                    "content": "opportunities by career stage and kind of provider; cells read in the order "
                    "of the source's tab-separated layout",
                },
            ],
            "normalisation": "Whitespace folded and bullet characters removed; nothing else changed. Titles "
            "the seeds do not give are empty. tools/build_development_data.py rebuilds this file.",
        },
        "activities": activities,
        "evaluation_levels": levels,
        "quality_framework": [
            {
                **section,
                "statements": [
                    {**st, "text": _verbatim(str(st["text"]), s003, f"section {section['number']}")}
                    for st in section["statements"]  # type: ignore[attr-defined]
                ],
            }
            for section in _quality_framework(s003)
        ],
        "providers": [{"id": i, "name": _verbatim(n, s004, i)} for i, n in PROVIDERS],
        "career_stages": [
            {"id": i, "name": " ".join(headers[i][:-1]), "standards": headers[i][-1]} for i in CAREER_STAGES
        ],
        "opportunities": opportunities,
        "previous_stage_too": markers,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.build_development_data", description=__doc__.splitlines()[0]
    )
    parser.add_argument("seeds", nargs="?", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.write_text(json.dumps(build(args.seeds), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
