"""The one options object: every threshold and user keyword that changes scrubber's decisions.

Options is frozen and picklable; change it with ``dataclasses.replace`` or pass keyword
overrides to :func:`scrubber.scrub`. ``None`` turns an optional rule off.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

#: The labels a user keyword can be filed under (see ``Options.keywords``).
KEYWORD_LABELS = ("nav", "meta", "ad", "related", "links", "share", "footer", "comment")


@dataclass(frozen=True)
class Options:
    """Thresholds and switches for one call of :func:`scrubber.scrub`.

    Sizes are in *units*: one Han (or kana, hangul) character, or one word of an alphabetic
    script, counts one unit. A Chinese sentence of 30 characters and an English one of
    30 words weigh the same.
    """

    #: A line of at least this many units, with sentence punctuation, is a "good" paragraph
    #: (jusText's ``length_high``, rescaled to units).
    good_units: int = 22
    #: Below this many units a line is "short": only its neighbours decide it.
    short_units: int = 8
    #: A line at most this long, with no sentence punctuation, can be a heading, menu or
    #: byline; keyword rules of scope "short" only fire at or below it.
    heading_units: int = 30
    #: Keyword rules of scope "line" (footer, byline) fire only on lines up to this long.
    boilerplate_max_units: int = 80
    #: Cut a leading clause of an article paragraph when at most this share of its character
    #: bigrams occurs in the rest of the article (``None``: never cut).
    splice_max_overlap: float | None = 0.2
    #: A secondary article block is kept when its score is at least this share of the main
    #: block's score.
    secondary_block_share: float = 0.3
    #: Detect the headline and keep it (label ``title``); ``False`` removes it as ``meta``.
    keep_title: bool = True
    #: User keywords added to the built-in tables, per label: ``{"ad": ("赞助商",)}``.
    keywords: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())
    #: Built-in keywords to ignore, whatever their label.
    remove_keywords: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        # Accept a dict for ``keywords`` and lists for the tuples: keep the object hashable.
        kw: Any = self.keywords
        if isinstance(kw, dict):
            kw = kw.items()
        normalized = tuple(sorted((str(k), tuple(v)) for k, v in kw))
        for label, _ in normalized:
            if label not in KEYWORD_LABELS:
                raise ValueError(f"unknown keyword label {label!r}; use one of {KEYWORD_LABELS}")
        object.__setattr__(self, "keywords", normalized)
        object.__setattr__(self, "remove_keywords", tuple(self.remove_keywords))
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
                raise ValueError(f"option {f.name} must not be negative, got {value!r}")

    def with_overrides(self, **overrides: Any) -> Options:
        """Return a copy with ``overrides`` applied; unknown names raise ``TypeError``."""
        return replace(self, **overrides) if overrides else self


DEFAULT_OPTIONS = Options()
