"""Plain readings of the documented rules, for property tests against the library's fast paths."""

from __future__ import annotations

import trainerframework as tfw


def plain_stage(scores: list[float | None], rules: tfw.Rules) -> int:
    """The stage index a row of per-stage scores reaches by the rule table (-1: none).

    A stage is attained at the threshold (within 1e-9); a stage without
    descriptors (``None``) is passed over; under cumulative progression the
    first stage missed ends the climb.
    """
    stage = -1
    for t, score in enumerate(scores):
        if score is None:
            continue
        if score >= rules.threshold - 1e-9:
            stage = t
        elif rules.progression is tfw.Progression.CUMULATIVE:
            break
    return stage
