"""Build the optional compiled line measures (scrubber/_speedups.c).

All metadata lives in pyproject.toml. The extension is optional: without a C compiler the
install still succeeds and scrubber uses the pure-Python passes, which give the same results.
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("scrubber._speedups", ["scrubber/_speedups.c"], optional=True)])
