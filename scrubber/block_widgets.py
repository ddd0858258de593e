"""The widgets a page embeds inside its article that the article block keeps: the cards of
products over their buttons (:mod:`scrubber.button_cards`) and the boxes of figures of a
ranking's records (:mod:`scrubber.stat_cards`), the article's table of contents
(:mod:`scrubber.contents_menus`)."""

from __future__ import annotations

from collections.abc import Sequence

from .button_cards import button_cards
from .contents_menus import contents_menus
from .features import LineFeatures
from .stat_cards import stat_cards


def block_widgets(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Take the embedded widgets' lines out of the article block (in place)."""
    button_cards(decisions, feats)
    stat_cards(decisions, feats)
    contents_menus(decisions, feats)
