"""Maintenance tools of trainerframework: the labelled-set reader, evaluation, fitting, lints, data builds.

Not part of the installed package (the wheel holds ``src/trainerframework``
only). Run each from the repository root as ``python -m tools.NAME``; the
tests import them as ``tools.NAME``. They use trainerframework's public API
only (one documented exception, see README.md). README.md lists them.
"""
