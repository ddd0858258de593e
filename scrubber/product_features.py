"""A product's features and specifications between its name and its description.

On a shop's page for one product, the product's name (a line the page's <title> starts with:
"Studio Mic X2" under "Studio Mic X2 - Music Shop") heads the buy box, and the article search
often picks the description further down as the article. Between the two stand the buy box's
controls (price, stock, options, rating) and, in runs of their own, the product's feature
bullets and specifications ("Large-diaphragm condenser capsule", "Polar pattern: cardioid",
"Weight 311 g", "Brand<TAB>Acme"), which the gold text of such pages keeps.

After the name (at most ``GAP_MAX_LINES`` non-blank lines before the next kept line), a run of
at least ``FEATURE_MIN_RUN`` lines in a row that the passes left outside the article
(``before_article``) and that each read as a feature (``_is_feature``: words, no price, no
label waiting for its value, no rating, two words at least, shown once on the page) is the product's
(``product_feature``), when at least half of them describe a thing (``_described``: a word
in lower case, a figure, a label and its value; a menu's entries name pages: "Coffee
Tables", "Garden Decor"). A line of another shape ends the run: a price, a control ("Add to
cart"), a rule-named line.

So is a run of such lines right under the article, which the passes left after it
(``after_article``): the description's bullets and measures ("18K gold", "Pendant measures
3/4 in").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .features import LineFeatures
from .products import PRICE

#: A run of features holds at least this many lines (three are a strip of tabs or controls:
#: "Add to cart", "Add to list", "Description").
FEATURE_MIN_RUN = 4
#: The product's name stands at most this many non-blank lines before the next kept line.
GAP_MAX_LINES = 120
#: The product's name has at least this many characters ("Rode" alone is the brand).
NAME_MIN_CHARS = 8
#: The product's name has at least this many non-blank lines above it (the shop's header and
#: menus; a line right under the <title> heads a page of another kind).
NAME_MIN_LINE = 5
#: A feature line has at least this many units (a word alone is a tab or a badge's line:
#: "Specs", "Free", "Shipping")...
FEATURE_MIN_UNITS = 2
#: ... and at most this many units (longer, a paragraph the article search judged).
FEATURE_MAX_UNITS = 40
PRODUCT_FEATURE = ("content", "product_feature")
_GAP = ("noise", "before_article")
_AFTER = ("noise", "after_article")
#: A rating or a review count ("4.8 out of 5", "1,204 reviews"; lower case, anywhere).
_RATING = re.compile(r"\bout of \d|\b\d[\d,.]* (?:reviews?|ratings?)\b|\bstars?\b")
#: A word in lower case after the line's first.
_LOWER_WORD = re.compile(r"\s[a-z]")
_LETTER = re.compile(r"[^\W\d_]{2}")
#: Left off a line's end before it is looked up among the buying controls.
_TRAILING = " \t!.:"


def _is_feature(f: LineFeatures, shown: int) -> bool:
    """Whether the line reads as one of the product's features (see the module's docstring)."""
    return shown == 1 and FEATURE_MIN_UNITS <= f.units <= FEATURE_MAX_UNITS and \
        _LETTER.search(f.text) is not None and not f.text.endswith(":") and \
        PRICE.search(f.text) is None and _RATING.search(f.lower) is None


def _described(f: LineFeatures) -> bool:
    """Whether the line says something of a thing rather than names a page: a word in lower
    case after the first, a figure, a colon or a tab between a label and its value, or a
    sentence's end ("Gold-plated capsule", "Weight: 311 g"; not "Coffee Tables")."""
    return f.ends_sentence or "\t" in f.text or ":" in f.text or \
        any(c.isdigit() for c in f.text) or _LOWER_WORD.search(f.text) is not None


def _names(feats: Sequence[LineFeatures], lines: list[int]) -> list[int]:
    """The lines after the first that the first line (the page's <title>) starts with."""
    if not lines:
        return []
    title = feats[lines[0]].lower
    return [i for i in lines[1:] if len(feats[i].lower) >= NAME_MIN_CHARS
            and title.startswith(feats[i].lower)]


def _controls_key(f: LineFeatures) -> str:
    return f.lower.rstrip(_TRAILING)


def product_features(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
                     headline: int | None, controls: frozenset[str]) -> None:
    """Keep the runs of a product's features between its name (the ``headline`` or a line
    the page's <title> starts with) and the next kept line (see the module's docstring), in
    place."""
    lines = [i for i, f in enumerate(feats) if f.text]
    names = sorted({*_names(feats, lines), *([headline] if headline is not None else [])})
    if not names:
        return
    shown = Counter(feats[i].lower for i in lines)
    for i in lines:  # a buying control ("Add to cart") is no feature however often shown
        if _controls_key(feats[i]) in controls:
            shown[feats[i].lower] = 0
    position = {i: x for x, i in enumerate(lines)}
    for name in names:
        if position[name] < NAME_MIN_LINE:
            continue
        gap = []
        for i in lines[position[name] + 1:position[name] + 1 + GAP_MAX_LINES]:
            if decisions[i][0] == "content":
                break
            gap.append(i)
        else:
            continue
        _keep_runs(decisions, feats, gap, shown, _GAP)
    _trailing_runs(decisions, feats, lines, shown)


def _trailing_runs(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
                   lines: list[int], shown: Counter[str]) -> None:
    """Keep the runs of features right under the article (the description's bullets and
    specifications: "18K gold", "Pendant measures 3/4 in") that the passes left after it."""
    for x, i in enumerate(lines[:-1]):
        if decisions[i][0] == "content" and decisions[lines[x + 1]] == _AFTER:
            run = []
            for j in lines[x + 1:]:
                if decisions[j] != _AFTER or not _is_feature(feats[j], shown[feats[j].lower]):
                    break
                run.append(j)
            _keep_runs(decisions, feats, run, shown, _AFTER)


def _keep_runs(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
               gap: list[int], shown: Counter[str], outside: tuple[str, str]) -> None:
    run: list[int] = []
    for i in [*gap, -1]:
        if i >= 0 and decisions[i] == outside and \
                _is_feature(feats[i], shown[feats[i].lower]):
            run.append(i)
            continue
        if len(run) >= FEATURE_MIN_RUN and \
                sum(map(_described, (feats[j] for j in run))) * 2 >= len(run):
            for j in run:
                decisions[j] = PRODUCT_FEATURE
        run = []
