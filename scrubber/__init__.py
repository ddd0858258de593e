"""scrubber: separate the article from the boilerplate in scraped web page text.

>>> import scrubber
>>> page = ("首页 | 新闻 | 体育\\n"
...         "这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身的段落。\\n"
...         "版权所有 © 2024")
>>> scrubber.clean(page)
'这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身的段落。'
"""

from __future__ import annotations

from .batch import scrub_records
from .core import clean, scrub
from .document import KEPT_LABELS, LABELS, REMOVED_LABELS, Document, LineVerdict, Metadata
from .options import DEFAULT_OPTIONS, Options

__all__ = [
    "DEFAULT_OPTIONS",
    "KEPT_LABELS",
    "LABELS",
    "REMOVED_LABELS",
    "Document",
    "LineVerdict",
    "Metadata",
    "Options",
    "clean",
    "scrub",
    "scrub_records",
]
__version__ = "0.1.0"
