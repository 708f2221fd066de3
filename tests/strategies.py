"""Hypothesis strategies: arbitrary valid framework documents and frameworks."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._model._framework import NO_STAGE_NAMES, framework_from_document

slugs = st.from_regex(r"[a-z][a-z0-9]{0,7}", fullmatch=True)
texts = (
    st.text(
        alphabet=st.characters(categories=["L", "N", "Zs", "Po"], exclude_characters="\x85\xa0"),
        min_size=1,
        max_size=60,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@st.composite
def framework_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid framework document: stages, categories, components, strands, examples."""
    stage_ids = draw(st.lists(slugs, min_size=1, max_size=4, unique=True))
    # stage names are distinct, and none is what tables call no stage ("not attained")
    names = draw(
        st.lists(
            texts.filter(lambda t: t not in NO_STAGE_NAMES),
            min_size=len(stage_ids),
            max_size=len(stage_ids),
            unique=True,
        )
    )
    stages = [
        {"id": f"s-{s}", "name": name, "description": draw(texts)}
        for s, name in zip(stage_ids, names, strict=True)
    ]
    cat_ids = draw(st.lists(slugs, min_size=1, max_size=4, unique=True))
    categories = []
    descriptors: list[dict[str, Any]] = []
    for cat in cat_ids:
        comp_slugs = draw(st.lists(slugs, max_size=2, unique=True))
        components = [{"id": f"{cat}.{c}", "name": draw(texts), "description": ""} for c in comp_slugs]
        categories.append(
            {
                "id": cat,
                "name": draw(texts),
                "description": draw(st.one_of(st.just(""), texts)),
                "component_detail": bool(components),
                "components": components,
            }
        )
        for scope, comp in [(cat, None)] + [(c["id"], c["id"]) for c in components]:
            for row in range(1, draw(st.integers(0, 3)) + 1):
                first = draw(st.integers(0, len(stages) - 1))
                last = draw(st.integers(first, len(stages) - 1))
                with_strand = draw(st.booleans())
                for stage in stages[first : last + 1]:
                    entry: dict[str, Any] = {"id": f"{scope}.{stage['id']}.{row}", "category": cat}
                    if comp is not None:
                        entry["component"] = comp
                    entry["stage"] = stage["id"]
                    if with_strand:
                        entry["strand"] = f"{scope}.{row}"
                    entry["text"] = draw(texts)
                    descriptors.append(entry)
    examples = [
        {
            "id": f"ex-{i}",
            "name": draw(texts),
            "stage": draw(st.sampled_from(stages))["id"],
            "text": draw(texts),
        }
        for i in range(draw(st.integers(0, 2)))
    ]
    doc = {
        "schema_version": 1,
        "framework": {"id": draw(slugs), "name": draw(texts)},
        "provenance": {
            "title": draw(texts),
            "publisher": draw(texts),
            "developed_with": "",
            "copyright": "",
            "sources": [{"id": "src", "title": draw(texts), "location": "", "content": ""}],
            "normalisation": "",
            "notes": "",
        },
        "stages": stages,
        "categories": categories,
        "descriptors": descriptors,
        "examples": examples,
    }
    # optional sections and keys left out, as a hand-written file would
    for key in ("provenance", "examples"):
        if draw(st.booleans()):
            del doc[key]
    for record in [*stages, *categories, *(c for cat in categories for c in cat["components"])]:
        if draw(st.booleans()):
            record.pop("description", None)
    for cat in categories:
        if draw(st.booleans()):
            del cat["component_detail"]
        if not cat["components"] and draw(st.booleans()):
            del cat["components"]
    return doc


frameworks = framework_documents().map(framework_from_document)


@st.composite
def framework_values(draw: st.DrawFn) -> object:
    """Any public value of a framework: the framework itself or one of its parts."""
    fw: tfw.Framework = draw(frameworks)
    parts: list[object] = [fw, fw.provenance, *fw.stages, *fw.categories, *fw.components]
    parts += [*fw.descriptors, *fw.strands, *fw.examples, *fw.provenance.sources]
    return draw(st.sampled_from(parts))


judgements = st.sampled_from(list(tfw.Judgement))
sources = st.sampled_from(["self", "observer", "peer", "mentor"])
dates = st.one_of(
    st.none(), st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2026, 12, 31))
)


@st.composite
def evidence_items(draw: st.DrawFn, fw: tfw.Framework, ids: Sequence[str] | None = None) -> tfw.EvidenceItem:
    """One judgement about a descriptor of ``fw``."""
    pool = ids if ids is not None else [d.id for d in fw.descriptors]
    return tfw.EvidenceItem(
        descriptor_id=draw(st.sampled_from(pool)),
        judgement=draw(judgements),
        source=draw(sources),
        date=draw(dates),
        note=draw(st.one_of(st.just(""), texts)),
        confidence=draw(st.sampled_from([1.0, 0.75, 0.5, 0.25])),
    )


@st.composite
def evidences(draw: st.DrawFn, fw: tfw.Framework, max_size: int = 40) -> tfw.Evidence:
    """Evidence about descriptors of ``fw``, possibly several judgements per descriptor."""
    if not fw.descriptors:
        return tfw.Evidence(())
    return tfw.Evidence.of(draw(st.lists(evidence_items(fw), max_size=max_size)))


rules_values = st.builds(
    tfw.Rules,
    threshold=st.sampled_from([0.5, 0.6, 0.75, 1.0]),
    partly_weight=st.sampled_from([0.0, 0.25, 0.5, 1.0]),
    progression=st.sampled_from(list(tfw.Progression)),
    aggregation=st.sampled_from(list(tfw.Aggregation)),
    min_evidence=st.integers(1, 3),
    combine=st.sampled_from(list(tfw.Combine)),
    source_weights=st.dictionaries(sources, st.sampled_from([0.0, 0.5, 1.0, 2.0]), max_size=2),
)


@st.composite
def profiles(draw: st.DrawFn) -> tfw.Profile:
    """A profile of generated evidence against a generated framework, under generated rules."""
    fw = draw(frameworks)
    return tfw.profile(fw, draw(evidences(fw)), draw(rules_values))


FW = tfw.load_framework()
_IDS = [d.id for d in FW.descriptors]
_WORDS = [*_IDS, "met", "partly", "not_met", "descriptor", "descriptor_id", "judgement", "source", "date"]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=8)
    | st.sampled_from(_WORDS),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8) | st.sampled_from(_WORDS), inner, max_size=4)
    ),
    max_leaves=15,
)
"""Arbitrary JSON, seasoned with the bundled framework's ids and evidence field names."""

csv_texts = st.lists(
    st.lists(
        st.text(alphabet="abc,;\"' \n0123456789-.:", max_size=10) | st.sampled_from(_WORDS),
        max_size=6,
    ).map(",".join),
    max_size=6,
).map("\n".join)
"""Arbitrary CSV-ish text, seasoned the same way."""

_HOSTILE_STARTS = [
    "",
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\n",
    "'",
    "''",
    "'=",
    " =",
    "\uff1d",
    "\uff0b",
    "\uff0d",
    "\uff20",
]
_HOSTILE_ENDS = ["", "\r=cmd|' /C calc'!A0", "\n@SUM(1+1)", "\r\n-1", "\r", '=HYPERLINK("http://x","y")']
hostile_texts = st.builds(
    lambda start, middle, end: start + middle + end,
    st.sampled_from(_HOSTILE_STARTS),
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12),
    st.sampled_from(_HOSTILE_ENDS),
)
"""Text a spreadsheet might run: leading = + - @ tab CR (and full-width forms), embedded CR and LF."""


def poisoned_framework(fw: tfw.Framework | None = None) -> tfw.Framework:
    """``fw`` (default: the bundled one) with every name, description and text starting with a formula."""
    from trainerframework._model._format import framework_to_document

    doc = framework_to_document(fw or FW)
    payloads = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1+1", "\uff1d1"]
    count = 0

    def poison(text: str) -> str:
        nonlocal count
        count += 1
        return payloads[count % len(payloads)] + " " + text + "\r=cmd|' /C calc'!A0"

    doc["framework"]["name"] = poison(doc["framework"]["name"])
    for stage in doc["stages"]:
        stage["name"] = poison(stage["name"])
    for category in doc["categories"]:
        category["name"] = poison(category["name"])
        for component in category["components"]:
            component["name"] = poison(component["name"])
    for descriptor in doc["descriptors"]:
        descriptor["text"] = poison(descriptor["text"])
    return framework_from_document(doc, "<poisoned>")
