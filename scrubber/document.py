"""Results: a verdict per input line, the document they rebuild, and its metadata."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from operator import attrgetter
from typing import Any

from .compiled import speedups as _speedups
from .features import LineFeatures

#: Labels of kept lines.
KEPT_LABELS = ("title", "content")
#: Labels of removed lines, with what each means (the README documents them too).
REMOVED_LABELS = {
    "meta": "bylines, date lines, source / author / editor lines, counters, the <title> copy",
    "ad": "advertising, promotion and SEO ad titles (hospital ads and the like)",
    "related": "related-article blocks: the header and everything up to the next block",
    "links": "link lists: friendly links, partner sites, the header and its items",
    "nav": "menus, breadcrumbs, pagination, login bars, link-list-shaped lines",
    "share": "share, print, QR-code and follow prompts",
    "footer": "copyright, licence, ICP and contact lines, cookie notices",
    "comment": "comment boxes: the header and everything up to the next block",
    "spam": "keyword stuffing and foreign text spliced into the page",
    "template": "lines repeated across many pages of the same site (needs site statistics)",
    "noise": "lines outside the article that no rule names: symbols, sidebars, chrome",
    "blank": "empty or white-space-only lines",
}
LABELS = KEPT_LABELS + tuple(REMOVED_LABELS)


@dataclass(frozen=True, slots=True)
class LineVerdict:
    """What scrubber decided about one input line."""

    number: int  # 1-based line number in the input
    text: str  # the input line, as it was (no line terminator)
    label: str  # one of LABELS
    reason: str  # stable snake_case name of the rule that decided
    keep: bool
    kept_text: str  # what of the line goes to the output: all of it, a trimmed part, or ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_SET_VERDICT = tuple(getattr(LineVerdict, field).__set__ for field in (
    "number", "text", "label", "reason", "keep", "kept_text"))


def make_verdict(number: int, text: str, label: str, reason: str, keep: bool,
                 kept_text: str) -> LineVerdict:
    """``LineVerdict(...)`` without the frozen dataclass's per-field ``object.__setattr__``
    (one verdict per input line: this halves its cost). Same object, same checks-free fields."""
    verdict = object.__new__(LineVerdict)
    set_number, set_text, set_label, set_reason, set_keep, set_kept = _SET_VERDICT
    set_number(verdict, number)
    set_text(verdict, text)
    set_label(verdict, label)
    set_reason(verdict, reason)
    set_keep(verdict, keep)
    set_kept(verdict, kept_text)
    return verdict


#: The reason of a kept line whose start was cut (a spliced clause).
CUT_REASON = "spliced_clause_cut"


def build_verdicts(raw: Sequence[str], decisions: Sequence[tuple[str, str]],
                   feats: Sequence[LineFeatures], cuts: dict[int, int]
                   ) -> tuple[LineVerdict, ...]:
    """Every line's verdict from its decision (label, reason): a kept line keeps its text
    without surrounding white space (:func:`scrubber.docs.code_indentation` gives code its
    indent back), less the characters ``cuts`` names for it. In C when
    the compiled module is built (one verdict per input line); :func:`build_verdicts_python`
    is the reference it is held to."""
    if _speedups is None:
        return build_verdicts_python(raw, decisions, feats, cuts)
    return _speedups.build_verdicts(raw, decisions, feats, cuts,  # type: ignore[no-any-return]
                                    _COMPILED_CONSTANTS)


def build_verdicts_python(raw: Sequence[str], decisions: Sequence[tuple[str, str]],
                          feats: Sequence[LineFeatures], cuts: dict[int, int]
                          ) -> tuple[LineVerdict, ...]:
    verdicts = []
    for i, (line, (label, reason), f) in enumerate(zip(raw, decisions, feats, strict=True)):
        keep = label in _KEPT
        kept = f.text if keep else ""
        if i in cuts:
            kept = kept[cuts[i]:]
            reason = CUT_REASON
        verdicts.append(make_verdict(i + 1, line, label, reason, keep, kept))
    return tuple(verdicts)


_KEPT = frozenset(KEPT_LABELS)
_LABEL = attrgetter("label")
_COMPILED_CONSTANTS = (LineVerdict, ("number", "text", "label", "reason", "keep", "kept_text"),
                       _KEPT, CUT_REASON)


#: How ``Metadata.author`` joins the names of ``Metadata.authors``.
AUTHOR_JOIN = ", "


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about itself. ``date`` is ISO 8601 at the precision the page gives:
    ``YYYY`` (4 characters), ``YYYY-MM`` (7), ``YYYY-MM-DD`` (10) or ``YYYY-MM-DDTHH:MM`` (16).
    ``authors`` holds every author in page order; ``author`` is them joined by ``", "``."""

    title: str | None = None
    date: str | None = None
    author: str | None = None
    source: str | None = None
    category: str | None = None
    authors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The fields in their order, ``authors`` as a list (written once per document: no
        ``dataclasses.asdict``, which deep-copies)."""
        return {"title": self.title, "date": self.date, "author": self.author,
                "source": self.source, "category": self.category,
                "authors": list(self.authors)}


@dataclass(frozen=True, slots=True)
class Document:
    """The result of :func:`scrubber.scrub`: the verdicts, and what they rebuild."""

    lines: tuple[LineVerdict, ...]
    metadata: Metadata = field(default_factory=Metadata)
    encoding: str | None = None  # the encoding used to decode bytes; None for str input
    warnings: tuple[str, ...] = ()  # decoding problems and the like, never raised
    #: The page's language from character statistics (:mod:`scrubber.lang`): "zh", "zh-Hant",
    #: "ja", "ko", "en", "latin" (another Latin-script language), "ru", "th", ...; None when
    #: the page has no letters.
    lang: str | None = None

    @property
    def text(self) -> str:
        """The kept text of the kept lines, joined by newlines."""
        return "\n".join(v.kept_text for v in self.lines if v.keep and v.kept_text)

    @property
    def removed(self) -> list[LineVerdict]:
        """Removed non-blank lines, in order (built on each access, like ``text``)."""
        return [v for v in self.lines if not v.keep and v.label != "blank"]

    @property
    def label_counts(self) -> dict[str, int]:
        """Lines per label, in the order the labels first occur (counted on each access)."""
        return dict(Counter(map(_LABEL, self.lines)))

    def __str__(self) -> str:
        return self.text
