"""Digests of profiling and cohort results, to check that faster code gives today's results.

``python -m tests.same_results`` prints the digests of the installed
trainerframework as JSON; ``tests/fixtures/same-results.json`` holds those of
the release before the cohort speed work (issue 24: interned profile state,
memoised scope states, column-built exports, packed agreement codes), and
``tests/test_same_results.py`` checks that the code of today gives the same.
Every float is written with ``float.hex``: "the same" means bit for bit.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from typing import Any

import trainerframework as tfw
from tools.labelled import load


def _float(x: float | None) -> str | None:
    return None if x is None else float.hex(x)


def profile_view(p: tfw.Profile) -> list[Any]:
    """Everything a profile says: each scope's stage, status, counts and scores, and its priorities."""
    scopes = [
        [
            r.id,
            r.stage.id if r.stage else None,
            r.status.value,
            r.judged,
            r.total,
            [[_float(s.score), s.attained, list(s.met), list(s.partly), list(s.not_met)] for s in r.scores],
        ]
        for r in (*p.categories, *p.components)
    ]
    priorities = [[x.descriptor.id, x.scope_id, x.target.id] for x in p.priorities(limit=8)]
    credit = [[d.id, _float(p.credit(d.id))] for d in p.framework.descriptors]
    return [scopes, priorities, credit, list(p.warnings)]


def _without_stage_label(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records without ``stage`` (added to them since; a function of ``stage_name`` and
    ``status`` that tests/test_cohort_columns.py checks), so the digests compare with before."""
    return [{k: v for k, v in r.items() if k != "stage"} for r in records]


def _csv_without_stage_label(text: str) -> str:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows and "stage" in rows[0]:
        at = rows[0].index("stage")
        rows = [r[:at] + r[at + 1 :] for r in rows]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def cohort_view(c: tfw.Cohort, later: tfw.Cohort | None = None) -> list[Any]:
    """A cohort's analyses and records."""
    out: list[Any] = [
        c.stage_distribution("category"),
        c.stage_distribution("component"),
        c.common_priorities(limit=20),
        [[list(k), v] for k, v in c.shapes().items()],
        _without_stage_label(c.to_records()),
        _csv_without_stage_label(c.to_csv()),
    ]
    if later is not None:
        progress = c.progress(later)
        out.append(tfw.dumps(progress))
    if any(len(p.evidence.sources) > 1 for _, p in c.profiles()):
        a = tfw.agreement(c, "self", "observer")
        out.append(
            [[r.id, r.pairs, _float(r.percent), _float(r.kappa)] for r in (*a.descriptors, *a.categories)]
        )
        out.append([a.pairs, _float(a.percent), _float(a.kappa)])
    return out


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def digests() -> dict[str, str]:
    """The digest of each set of results."""
    fw = tfw.load_framework()
    statements = [text for *_, text in load()][::7]
    labelled = [profile_view(tfw.profile_text(fw, text)) for text in statements]
    narratives = [profile_view(tfw.profile_text(fw, e.text)) for e in fw.examples]
    synthetic = tfw.Cohort.synthetic(10_000, seed=24)
    later = tfw.Cohort.synthetic(10_000, seed=25)
    two = tfw.Cohort.synthetic(2_000, seed=11, sources=("self", "observer"))
    rules = tfw.Rules(threshold=0.5, partly_weight=0.25, aggregation="pooled", min_evidence=2)
    pooled = tfw.Cohort.synthetic(1_000, seed=3, rules=rules, sources=("self", "observer"))
    return {
        "labelled statements (profile_text, every 7th)": _digest(labelled),
        "the framework's example narratives (profile_text)": _digest(narratives),
        "10k synthetic profiles": _digest([profile_view(p) for _, p in list(synthetic.profiles())[::10]]),
        "10k synthetic cohort": _digest(cohort_view(synthetic, later)),
        "2k synthetic cohort, self and observer": _digest(cohort_view(two)),
        "1k synthetic cohort, other rules": _digest(cohort_view(pooled)),
    }


if __name__ == "__main__":
    json.dump(digests(), sys.stdout, indent=2)
    sys.stdout.write("\n")
