"""trainerframework: the Cambridge English Trainer Framework as immutable, typed Python objects.

>>> import trainerframework as tfw
>>> fw = tfw.load_framework()
>>> [s.name for s in fw.stages]
['From Teacher to Trainer', 'Autonomous Trainer', 'Lead Trainer']

Every public name is listed once, in ``__init__.pyi`` (the name table that
type checkers read), and imported from its module on first use, so
``import trainerframework`` stays fast; see ``_base/_names.py``.
"""

from ._base._names import attach

__version__ = "0.1.0"

__getattr__, __dir__, __all__ = attach(globals())
del attach
