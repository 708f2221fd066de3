"""How values are shown: in notebooks (the value asks, the presentation layer answers) and on terminals.

Value classes define ``_repr_html_`` as ``return html(self)``. The presentation
module (:mod:`trainerframework._present._html`) is looked up by name on first use, so
value modules never import presentation code; presentation imports the values.

Text shown on a terminal goes through :func:`terminal_text`: a framework file,
an evidence file or a narrative is untrusted, and an escape sequence in it
could retitle the window, hide lines or rewrite what was printed before.
"""

from __future__ import annotations

import importlib

__all__ = ["html", "terminal_text"]


def html(obj: object) -> str:
    """The HTML table of a value (Framework, Category, Descriptor, Profile, ...), for ``_repr_html_``."""
    presentation = importlib.import_module("trainerframework._present._html")
    render = presentation.RENDERERS[type(obj).__name__]
    text: str = render(obj)
    return text


_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0)) if chr(code) not in "\n\t"}


def terminal_text(text: str) -> str:
    r"""``text`` with every C0 and C1 control but newline and tab (ESC, CR, DEL, U+009B ...) as ``\xNN``."""
    return text.translate(_CONTROLS)
