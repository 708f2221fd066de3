"""Speed, memory and robustness measurements (not part of the installed package).

Run each from the repository root as ``python -m benchmarks.NAME``: those that
read the labelled sets import ``tools.labelled``, and the fuzz run imports
``tests.fuzzing``. Each measures its baseline in the same run and prints the ratio.
"""
