"""Counting lines per site in bounded memory, and the statistics that come out of it.

Memory bound: a site's table holds at most ``max_lines_per_site`` line keys (8-byte hashes of
the normalised line) with their page counts. When a table is full, the keys seen on a single
earlier page are dropped (they cannot be template lines yet); if none can be dropped, new keys
are not admitted until they can. A page's keys already in the table are counted before its new
keys are admitted, and pruning never drops the keys of the page being counted, so a key is
dropped only when it was seen on a single page and a later page did not have it. Template lines
occur on most of a site's pages, so they are admitted on the site's first pages and never
dropped. Counting is exact for every admitted key, and it
depends only on the order of the input, which is fixed: the statistics are the same whatever the
number of workers that clean the corpus afterwards.

So memory is at most ``sites x max_lines_per_site`` entries (about 100 bytes each in CPython);
counting one site's million distinct lines keeps ``max_lines_per_site`` of them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import regex

from ..core import split_lines
from ..site_context import RECURRING_REASON

#: Default cap on the line keys kept per site.
MAX_LINES_PER_SITE = 50_000
#: A line is template on a site when it occurs on at least this share of the site's pages ...
MIN_SHARE = 0.5
#: ... and on at least this many pages.
MIN_PAGES = 5
#: The reason reported for a template line: the statistic that decided it.
REASON = "repeated_on_site"
FORMAT = "scrubber-site-stats"
VERSION = 1

_DIGITS = regex.compile(r"\d+")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
#: Lines shorter than this after normalisation are not counted (too little to recognise).
MIN_KEY_CHARS = 2


def normalize_line(line: str) -> str:
    """Case-folded, digits folded to 0, white space and punctuation removed."""
    normal: str = _DIGITS.sub("0", _NOT_WORD.sub("", line.casefold()))
    return normal


def line_key(line: str) -> int | None:
    """A stable 64-bit key of the normalised line (the same in every process), or None when
    the line is too short to count."""
    normal = normalize_line(line)
    if len(normal) < MIN_KEY_CHARS:
        return None
    return int.from_bytes(hashlib.blake2b(normal.encode("utf-8"), digest_size=8).digest(), "big")


class SiteCounter:
    """First pass: per site, on how many pages each normalised line occurs."""

    def __init__(self, max_lines_per_site: int = MAX_LINES_PER_SITE) -> None:
        if max_lines_per_site < 1:
            raise ValueError("max_lines_per_site must be at least 1")
        self.cap = max_lines_per_site
        self.sites: dict[str, dict[int, int]] = {}
        self.pages: dict[str, int] = {}
        self.dropped = 0  # keys dropped or refused because a table was full

    def add(self, site: str, text: str) -> None:
        """Count one page of ``site``."""
        table = self.sites.setdefault(site, {})
        self.pages[site] = self.pages.get(site, 0) + 1
        keys = {k for k in map(line_key, split_lines(text)) if k is not None}
        new = []
        for key in keys:  # the page's known keys first: counted before any pruning
            if key in table:
                table[key] += 1
            else:
                new.append(key)
        for key in new:
            if len(table) < self.cap or self._make_room(table, keys):
                table[key] = 1
            else:
                self.dropped += 1

    def _make_room(self, table: dict[int, int], page: set[int]) -> bool:
        """Drop the keys seen on a single page, except the page being counted."""
        singles = [k for k, count in table.items() if count == 1 and k not in page]
        for k in singles:
            del table[k]
        self.dropped += len(singles)
        return len(table) < self.cap

    def freeze(self, min_pages: int = MIN_PAGES) -> SiteStats:
        """The statistics, keeping only the lines seen on at least ``min_pages`` pages."""
        lines = {site: {k: c for k, c in table.items() if c >= min_pages}
                 for site, table in self.sites.items()}
        return SiteStats(dict(self.pages), lines)


class SiteTemplate:
    """The ``template`` argument of :func:`scrubber.scrub` for one site: called with a line, the
    reason when the line is template (on at least the template share of the site's pages), else
    None. :meth:`lookup` also tells the lines seen on several of the site's pages, too few to be
    template (a headline in the hot lists of many pages), and the lines too short to be counted
    at all, which say nothing about the page."""

    __slots__ = ("repeated", "several")

    def __init__(self, repeated: set[int], several: set[int]) -> None:
        self.repeated = frozenset(repeated)
        self.several = frozenset(several)

    def __call__(self, line: str) -> str | None:
        return REASON if line_key(line) in self.repeated else None

    def lookup(self, line: str) -> tuple[bool, str | None]:
        """(whether ``line`` is long enough to be counted, its reason): ``repeated_on_site``
        for a template line, ``recurring_on_site`` for a line on at least ``min_pages`` of the
        site's pages but not on enough to be template, else None."""
        key = line_key(line)
        if key is None:
            return False, None
        if key in self.repeated:
            return True, REASON
        return True, RECURRING_REASON if key in self.several else None


class SiteStats:
    """Second-pass input: page counts per site and the repeated lines' page counts."""

    def __init__(self, pages: dict[str, int], lines: dict[str, dict[int, int]],
                 min_share: float = MIN_SHARE, min_pages: int = MIN_PAGES) -> None:
        self.pages = pages
        self.lines = lines
        self.min_share = min_share
        self.min_pages = min_pages

    def share(self, site: str, line: str) -> float:
        """The share of ``site``'s pages on which ``line`` occurs (0 when unknown)."""
        key = line_key(line)
        pages = self.pages.get(site, 0)
        if key is None or not pages:
            return 0.0
        return self.lines.get(site, {}).get(key, 0) / pages

    def template_for(self, site: str | None) -> Callable[[str], str | None] | None:
        """The ``template`` argument of :func:`scrubber.scrub` for a page of ``site``, or None
        when the site has too few pages to judge."""
        if site is None:
            return None
        pages = self.pages.get(site, 0)
        table = self.lines.get(site)
        if not table or pages < self.min_pages:
            return None
        needed = max(self.min_pages, self.min_share * pages)
        repeated = {k for k, count in table.items() if count >= needed}
        if not repeated:
            return None
        return SiteTemplate(repeated, {k for k in table if k not in repeated})

    # --- files -------------------------------------------------------------------------------
    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the statistics as gzip JSON, atomically."""
        payload = {
            "format": FORMAT, "version": VERSION, "normalisation": "casefold,digits0,no-punct",
            "sites": {site: {"pages": self.pages[site],
                             "lines": {f"{k:016x}": c for k, c in sorted(self.lines[site].items())}}
                      for site in sorted(self.pages)},
        }
        target = Path(path)
        tmp = target.with_name(target.name + ".tmp")
        with gzip.open(tmp, "wt", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, target)

    @classmethod
    def load(cls, path: str | os.PathLike[str], min_share: float = MIN_SHARE,
             min_pages: int = MIN_PAGES) -> SiteStats:
        """Read statistics written by :meth:`save`; a clear ValueError for anything else (a
        missing, truncated or corrupt file, another format or version, a malformed table)."""
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                payload = json.load(handle)
        except (OSError, EOFError, ValueError, zlib.error) as error:  # ValueError: JSON, UTF-8
            raise ValueError(f"{path}: not a scrubber site statistics file ({error})") from None
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise ValueError(f"{path}: not a scrubber site statistics file")
        if payload.get("version") != VERSION:
            raise ValueError(f"{path}: unsupported site statistics version "
                             f"{payload.get('version')!r}")
        try:
            sites = payload["sites"]
            pages = {str(site): int(v["pages"]) for site, v in sites.items()}
            lines = {str(site): {int(k, 16): int(c) for k, c in v["lines"].items()}
                     for site, v in sites.items()}
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(f"{path}: malformed site statistics ({error!r})") from None
        return cls(pages, lines, min_share, min_pages)


def count_pages(pages: Iterable[tuple[str, str]],
                max_lines_per_site: int = MAX_LINES_PER_SITE) -> SiteCounter:
    """Count (site, text) pairs."""
    counter = SiteCounter(max_lines_per_site)
    for site, text in pages:
        counter.add(site, text)
    return counter
