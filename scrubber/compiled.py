"""The optional compiled module ``_speedups`` (built by setup.py when a C compiler is present),
or None. Every user of it keeps a pure-Python path that gives the same results."""

from __future__ import annotations

from types import ModuleType

speedups: ModuleType | None
try:
    from . import _speedups as speedups  # type: ignore[attr-defined,no-redef]
except ImportError:  # pragma: no cover - depends on the build
    speedups = None
