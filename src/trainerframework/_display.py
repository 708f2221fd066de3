"""How notebooks show values: the value asks, the presentation layer answers.

Value classes define ``_repr_html_`` as ``return html(self)``. The presentation
module (:mod:`trainerframework._html`) is looked up by name on first use, so
value modules never import presentation code; presentation imports the values.
"""

from __future__ import annotations

import importlib

__all__ = ["html"]


def html(obj: object) -> str:
    """The HTML table of a value (Framework, Category, Descriptor, Profile, ...), for ``_repr_html_``."""
    presentation = importlib.import_module(f"{__package__}._html")
    render = presentation.RENDERERS[type(obj).__name__]
    text: str = render(obj)
    return text
