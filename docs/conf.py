"""Sphinx configuration for the trainerframework documentation."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))  # the reference-page generator

import trainerframework  # noqa: E402

project = "trainerframework"
author = "trainerframework developers"
copyright = "2026, trainerframework developers"  # noqa: A001 - Sphinx's name
release = trainerframework.__version__
version = release

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "framework_reference",
]
myst_enable_extensions = ["colon_fence", "deflist", "attrs_inline"]
myst_heading_anchors = 3
nb_execution_mode = "force"  # notebooks run at every build: a broken example fails the docs
nb_execution_raise_on_error = True
nb_execution_timeout = 300
exclude_patterns = ["_build", "conftest.py", "_ext"]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "undoc-members": False}
autoclass_content = "class"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"trainerframework {release}"
