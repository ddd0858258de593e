"""Doctest collection: modules of an optional extra are collected only when it is installed
(their tests in tests/ say why they skip)."""

from __future__ import annotations

from importlib.util import find_spec

#: Modules that import an optional package at import time, and that package.
_NEEDS = {"scrubber/ray/engine.py": "ray", "scrubber/datatrove.py": "datatrove"}

collect_ignore = [path for path, package in _NEEDS.items() if find_spec(package) is None]
