"""The optional extras and how to install them.

The distribution is named ``scrubber-text`` on the package index (an unrelated, older project
holds the name ``scrubber`` there, so ``pip install 'scrubber[warc]'`` would install the wrong
thing); the import name ``scrubber`` and the ``scrubber`` command stay. Every install hint and
error message is built here, so none names the wrong distribution.

>>> install_hint("parquet")
"pip install 'scrubber-text[parquet]'"
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: The distribution name on the package index.
DISTRIBUTION = "scrubber-text"

#: Optional packages: the extra that installs each, and what it is needed for.
EXTRAS = {
    "fastwarc": ("warc", "reading WARC/WET files"),
    "zstandard": ("zstd", "reading zstd-compressed files"),
    "pyarrow": ("parquet", "reading and writing Parquet"),
    "resiliparse": ("html", "turning HTML into text"),
    "ray": ("ray", "the Ray engine"),
    "datatrove": ("datatrove", "the datatrove step"),
}


def install_hint(extra: str) -> str:
    """The command that installs ``extra``."""
    return f"pip install '{DISTRIBUTION}[{extra}]'"


def missing_message(package: str) -> str:
    """What to say when ``package`` is missing: what needs it and how to install it."""
    extra, what = EXTRAS[package.split(".")[0]]
    return f"{what} needs the {package} package: {install_hint(extra)}"


class MissingExtra(ImportError):
    """An optional package is not installed; the message says how to install it."""


def require(package: str) -> ModuleType:
    """Import ``package`` or raise :class:`MissingExtra` with the install hint."""
    try:
        return importlib.import_module(package)
    except ImportError:
        raise MissingExtra(missing_message(package)) from None


def available(package: str) -> bool:
    """Whether ``package`` can be imported."""
    try:
        importlib.import_module(package)
    except ImportError:
        return False
    return True
