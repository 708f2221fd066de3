"""Shared test configuration: Hypothesis profiles and fixtures.

Profiles: ``dev`` (default, quick), ``ci`` (thorough; .ci/run selects it
with HYPOTHESIS_PROFILE=ci) and ``mutation`` (few, derandomized examples per
mutant, not shrunk; tools/mutation.sh selects it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

import trainerframework as tfw

settings.register_profile("dev", max_examples=40, deadline=None)
settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# tools/mutation.sh: few examples per mutant, and no shrinking (a failing example kills the
# mutant; shrinking it can outlast mutmut's time limit); mutmut runs tests from its own copy
settings.register_profile(
    "mutation",
    max_examples=15,
    deadline=None,
    derandomize=True,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.differing_executors],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def fw() -> tfw.Framework:
    return tfw.load_framework()


def seeds_dir() -> Path | None:
    """The seeds folder (../shared/seeds beside the repository), if present."""
    env = os.environ.get("TRAINERFRAMEWORK_SEEDS")
    path = Path(env) if env else ROOT.parent / "shared" / "seeds"
    return path if path.is_dir() else None


@pytest.fixture(scope="session")
def seeds() -> Path:
    path = seeds_dir()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("the seeds folder ../shared/seeds is missing: CI must check data fidelity")
        pytest.skip("seeds not available (set TRAINERFRAMEWORK_SEEDS)")
    return path
