"""The shapes of service and landing pages that the context pass misreads, run after it (each
in place on the decisions):

- **Introductions.** A line ending in a colon that the context pass left outside the article,
  right after a line of the article and right before lines it also left outside, introduces
  a list of the article ("Everything the plan includes:"): it is the article's, and
  :func:`scrubber.structure.introduced_lists` then takes the list under it. Not after the
  article's last line ("For more information, contact:" over an address) unless a sentence
  of ``RESUME_MIN_UNITS`` follows the list (the article's last section goes on), nor over
  fields and their values (another line of the list ends in a colon before such a
  sentence: "Price:", "Was:").
- **Inner headings.** A short line without sentence punctuation left outside the article
  between a line of the article and a sentence of it is the heading of that sentence's
  section ("Single sign-on" over its one-sentence description): a landing page repeats such
  sections, each too short for the article search to join them. So are up to
  ``HEADING_MAX_STACK`` such lines in a row (an eyebrow, a title, a figure), unless one of
  them is a price or is shown ``STACK_MAX_SHOWN`` times (a control under every card). The
  sentence has at least ``SECTION_MIN_UNITS`` units: a record's rank ("2.") under its
  "Compare" button is none.
- **Calls to action.** A button's label inside the article ("Explore the API", "Watch video",
  "Try the demo"): at most ``CTA_MAX_WORDS`` words, no sentence punctuation, starting with a
  verb of the ``CTA_VERBS`` table, and not over a sentence (a heading, "Get started", heads
  the paragraph under it; a button stands before another section or the page's chrome),
  unless its verb is one of ``BUTTON_VERBS`` ("Read their story", "Learn about pricing"
  under a quote or a teaser, over the next one: these verbs start a button, not a heading).
  So is a link to more on a subject, whatever stands under it: a phrase of ``MORE_LINKS``
  and "about" ("Learn more about security on Azure"), at most ``MORE_LINK_MAX_WORDS``
  words, no colon.
- **Price tables.** The lines between two parts of the article that hold a table of prices
  by category ("Student: $80", "Member: $130", again for each package: at least
  ``PRICE_MIN_ROWS`` rows of a label, a colon and an amount, and at least two labels that
  come back) are the article's (``price_table``), with the package names and the table's
  headings between them: a fee schedule written one cell a line. A currency switcher
  ("GBP: $110.82", "AUD: $232.60") names each label once.
- **Strips of figures.** At least ``STAT_MIN_PAIRS`` pairs in a row of a figure alone on its
  line ("167%", "3x", "40g"; no price) and, under it, what it counts in words starting in
  lower case ("increase in inbound leads"), left outside the article, are the page's
  (``stat_strip``): the key numbers of a landing or product page. Inside the article block
  they are named so too, and a product page's pass then keeps their figures, which it
  would take for the bare figures of a card.
- **Buttons end sections.** A section's heading may stand under a button left out of the
  article ("Learn more", "Read the report": ``BUTTON_MAX_SKIP`` of them at most, a few
  words, left out by where it stands or named a call to action or an ad's link) rather
  than right under the article's line; then even one heading line is checked as a stack is
  (no price, not shown on every card).
- **Banner loops.** Short lines that stand again in the same order at least
  ``LOOP_MIN_COPIES`` times in a row ("talk / play / chat", "talk / play / chat", ...) are the
  copies of a scrolling banner that the page holds for its animation, not the article's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures
from .plans import is_plan_section, keep_plans
from .regions import OUTSIDE_REASONS

#: Decisions of lines the context pass left outside the article (no rule named them).
_OUTSIDE = OUTSIDE_REASONS
_INTRODUCES = (":", "：")
#: An introduction is a phrase or a sentence: at least this many units (fewer: a field's label,
#: "Was:", "Price:") and at most this many (one sentence: "Three universities offer free
#: courses on the subject, among them:"; measured: 12 and 40 alike but for one page, which 40
#: gains).
INTRO_MIN_UNITS = 3
INTRO_MAX_UNITS = 40
LIST_INTRODUCTION = ("content", "list_introduction")
#: A section's heading has at most this many units.
HEADING_MAX_UNITS = 8
INNER_HEADING = ("content", "inner_heading")
#: A section's heading is a line or a few in a row (an eyebrow, a title, a figure: "Security",
#: "Embedded security and compliance", "34,000" over the sentence they head).
HEADING_MAX_STACK = 3
#: A line of such a stack is shown fewer times than this (twice: in the page's menu and over
#: its section; more often, a control under every card: "Add to wishlist").
STACK_MAX_SHOWN = 3
#: The sentence under a section's heading has at least this many units (a record's rank,
#: "2.", ends in a full stop too).
SECTION_MIN_UNITS = 3
#: A section ends with at most this many buttons ("Learn more", "Read the report") between
#: its last line and the next section's heading.
BUTTON_MAX_SKIP = 1
#: Reasons (prefixes: per language) of the buttons passed over.
_BUTTON_REASONS = ("call_to_action", "ad_marker")
#: A call to action has at most this many words ...
CTA_MAX_WORDS = 4
#: ... and starts with one of these verbs (lower case, per language).
#: Not "start": "Start date", "Start automating" head the lines under them as often.
CTA_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset((
        "explore", "try", "watch", "download", "get", "read", "see", "view",
        "discover", "request", "book", "schedule", "contact", "join", "shop", "buy", "order",
        "register", "subscribe", "learn", "find", "talk", "sign", "claim", "browse")),
}
_CTA_WORDS = frozenset().union(*CTA_VERBS.values())
#: The verbs of those that start a button even over a sentence (per language): a heading
#: starts with the others as often ("Get started", "Join the team" over their paragraph),
#: but "Read their story" under a customer's quote is a link, not the next quote's heading.
BUTTON_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset((
        "read", "explore", "find", "learn", "try", "see", "buy", "claim", "request",
        "schedule")),
}
_BUTTON_WORDS = frozenset().union(*BUTTON_VERBS.values())
CALL_TO_ACTION = ("noise", "call_to_action")
#: A link to more on a subject starts with one of these phrases and "about" ("Learn more
#: about our pricing"), per language ...
MORE_LINKS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("learn", "more"), ("read", "more"), ("find", "out", "more"), ("see", "more")),
}
_MORE_PHRASES = tuple(p for phrases in MORE_LINKS.values() for p in phrases)
#: ... and has at most this many words (longer: a sentence's start).
MORE_LINK_MAX_WORDS = 8
#: The keep reasons a call to action is taken from.
_CTA_FROM = frozenset(("article_block", "inner_heading", "card_text", "introduced_list",
                       "product_detail", "inner_sentence"))
#: A banner's loop is of lines of at most this many units ...
LOOP_MAX_UNITS = 3
#: ... at most this many different lines ...
LOOP_MAX_PERIOD = 6
#: ... that stand at least this many times in a row.
LOOP_MIN_COPIES = 3
BANNER_LOOP = ("noise", "banner_loop")
#: A strip of figures holds at least this many pairs of a figure and what it counts.
STAT_MIN_PAIRS = 3
STAT_STRIP = ("content", "stat_strip")
#: A figure alone on its line ("167%", "3x", "40g", "9-11g", ">100", "24/7"; no currency).
_FIGURE = re.compile(r"[<>+~]?\d[\d,.]*(?:[-/]\d[\d,.]*)?\s?(?:%|x|k|m|g|mg|ms|hrs?|\+)?\+?")
#: What a figure counts: words that start in lower case ("increase in inbound leads after 6
#: months"), no sentence, no field ("stock_limit:").
_COUNTED = re.compile(r"[a-z][\w&'’ -]{0,80}")
PRICE_TABLE = ("content", "price_table")
#: A table of prices has at least this many rows of a label and an amount ...
PRICE_MIN_ROWS = 3
#: ... that make at least this share of the lines between the two parts of the article ...
PRICE_MIN_SHARE = 0.3
#: ... and at least this many labels that stand on two rows or more.
PRICE_MIN_REPEATED_LABELS = 2
#: A row of a price table: a label of at most 40 characters, a colon and an amount in a
#: currency ("Student: $80", "Members: € 12.50").
#: An amount with its currency symbol.
_PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥]")
_PRICE_ROW = re.compile(r"([^:]{1,40}): ?[$€£¥]\s?\d")


def _text_neighbours(feats: Sequence[LineFeatures]) -> tuple[list[int], list[int]]:
    """For each line, the index of the nearest line with text above and below it (-1 when
    there is none)."""
    n = len(feats)
    above, below = [-1] * n, [-1] * n
    last = -1
    for i in range(n):
        above[i] = last
        if feats[i].text:
            last = i
    last = -1
    for i in range(n - 1, -1, -1):
        below[i] = last
        if feats[i].text:
            last = i
    return above, below


def _loose(i: int, decisions: Sequence[tuple[str, str]], classified: Sequence[Classified]) -> bool:
    """Whether line ``i`` was left outside the article by the context pass, no rule naming it."""
    return decisions[i][1] in _OUTSIDE and classified[i].kind is not Kind.BAD


def list_introductions(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                       feats: Sequence[LineFeatures]) -> None:
    """Lines ending in a colon, left outside right after a line of the article and before
    lines also left outside, are the article's (in place)."""
    above, below = _text_neighbours(feats)
    last = max((i for i, d in enumerate(decisions) if d[0] == "content"), default=-1)
    for i, f in enumerate(feats):
        if not f.text.endswith(_INTRODUCES) or not _loose(i, decisions, classified) or \
                not INTRO_MIN_UNITS <= f.units <= INTRO_MAX_UNITS:
            continue
        up, down = above[i], below[i]
        if up >= 0 and down >= 0 and decisions[up][0] == "content" and \
                _loose(down, decisions, classified) and \
                (i < last or _prose_resumes(down, decisions, classified, feats)) and \
                not _labels_follow(down, decisions, classified, feats):
            decisions[i] = LIST_INTRODUCTION


#: After a list under the article's last line, a sentence of at least this many units is the
#: article going on.
RESUME_MIN_UNITS = 12


def _prose_resumes(start: int, decisions: Sequence[tuple[str, str]],
                   classified: Sequence[Classified], feats: Sequence[LineFeatures]) -> bool:
    """Whether the lines left outside from ``start`` on (a list) lead to a sentence of the
    article's size before any line a rule names: a list inside the article's last section,
    not the contact details after its closing line ("For more information, contact:")."""
    j = below = start
    while j < len(feats) and (not feats[j].text or _loose(j, decisions, classified)):
        f = feats[j]
        if j > below and f.ends_sentence and f.units >= RESUME_MIN_UNITS:
            return True
        j += 1
    return False


def _labels_follow(start: int, decisions: Sequence[tuple[str, str]],
                   classified: Sequence[Classified], feats: Sequence[LineFeatures]) -> bool:
    """Whether the lines left outside from ``start`` on hold another line ending in a colon
    before the article's prose resumes: fields and their values ("Environment:", "(4
    articles)"), no list."""
    j = start
    while j < len(feats) and (not feats[j].text or _loose(j, decisions, classified)):
        f = feats[j]
        if f.text.endswith(_INTRODUCES):
            return True
        if j > start and f.ends_sentence and f.units >= RESUME_MIN_UNITS:
            return False
        j += 1
    return False


def inner_headings(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                   feats: Sequence[LineFeatures]) -> None:
    """Short lines left outside between a line of the article and a sentence of it, at most
    HEADING_MAX_STACK of them in a row (each shown less than STACK_MAX_SHOWN times and no
    price, when more than one: the controls of every card repeat), are the headings of its
    sections (in place), after the strips of figures (:func:`stat_strips`), whose lines may
    stand over a heading."""
    stat_strips(decisions, classified, feats)
    above, below = _text_neighbours(feats)
    # Copies in the menus above the article do not count (the in-page menu names each
    # section): a card's control repeats under the article's own cards.
    first = next((i for i, d in enumerate(decisions) if d[0] == "content"), len(feats))
    shown = Counter(f.lower for f in feats[first:] if f.text)
    for i in range(len(feats)):
        if not _heading_shape(i, decisions, classified, feats):
            continue
        up = _over_buttons(above[i], above, decisions, feats)
        if up < 0 or decisions[up][0] != "content":
            continue
        stack = [i]
        down = below[i]
        while down >= 0 and len(stack) < HEADING_MAX_STACK and \
                _heading_shape(down, decisions, classified, feats):
            stack.append(down)
            down = below[down]
        # (After a button, one line is checked as a stack is: "69,99€", "Add to wishlist".)
        if (len(stack) > 1 or up != above[i]) and any(shown[feats[j].lower] >= STACK_MAX_SHOWN or
                                  _PRICE.search(feats[j].text) for j in stack):
            continue  # the controls of every card ("Add to wishlist", a price), no headings
        if down >= 0 and decisions[down][0] == "content" and feats[down].ends_sentence and \
                feats[down].units >= SECTION_MIN_UNITS:
            for j in stack:
                decisions[j] = INNER_HEADING


def _over_buttons(up: int, above: Sequence[int], decisions: Sequence[tuple[str, str]],
                  feats: Sequence[LineFeatures]) -> int:
    """The nearest line above ``up`` (itself included) that is not a button left out of the
    article: a section ends with its link ("Learn more", "Read the report") before the next
    section's heading. At most BUTTON_MAX_SKIP buttons are passed over."""
    for _ in range(BUTTON_MAX_SKIP):
        if up < 0 or not _button(decisions[up], feats[up]):
            break
        up = above[up]
    return up


def _button(decision: tuple[str, str], f: LineFeatures) -> bool:
    """Whether a line is a button's label left out of the article: a few words, no sentence,
    no colon, left out by where it stands or named a button (a call to action, an ad's "Learn
    more"); not a form's or a newsletter box's line, which end a section."""
    return (decision[1] in _OUTSIDE or decision[1].startswith(_BUTTON_REASONS)) and \
        0 < len(f.text.split()) <= CTA_MAX_WORDS and not f.ends_sentence and \
        not f.text.endswith(_INTRODUCES) and not f.is_cjk


def _heading_shape(i: int, decisions: Sequence[tuple[str, str]],
                   classified: Sequence[Classified], feats: Sequence[LineFeatures]) -> bool:
    """Whether line ``i`` may head a section: short, no sentence, no colon at its end, left
    outside the article by the context pass."""
    f = feats[i]
    return bool(f.text) and not f.ends_sentence and f.units <= HEADING_MAX_UNITS and \
        not f.text.endswith(_INTRODUCES) and _loose(i, decisions, classified)


def stat_strips(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                feats: Sequence[LineFeatures]) -> None:
    """Runs of at least STAT_MIN_PAIRS pairs of a figure and what it counts ("167%" over
    "increase in website traffic", "40g" over "plant-based protein"), left outside the
    article, are the page's own (``stat_strip``, in place)."""
    lines = [i for i, f in enumerate(feats) if f.text]
    x = 0
    while x + 1 < len(lines):
        y = x
        while y + 1 < len(lines) and _stat_pair(lines[y], lines[y + 1], decisions,
                                                classified, feats):
            y += 2
        if (y - x) // 2 >= STAT_MIN_PAIRS:
            for i in lines[x:y]:
                decisions[i] = STAT_STRIP
        x = max(y, x + 1)


def _strip_line(i: int, decisions: Sequence[tuple[str, str]],
                classified: Sequence[Classified]) -> bool:
    """Whether line ``i`` may be a line of a strip of figures: left outside the article, or
    inside its block (named a strip's all the same, so that a product page's pass does not
    take its figures for a card's)."""
    return _loose(i, decisions, classified) or decisions[i][1] == "article_block"


def _stat_pair(figure: int, label: int, decisions: Sequence[tuple[str, str]],
               classified: Sequence[Classified], feats: Sequence[LineFeatures]) -> bool:
    """Whether ``figure`` is a figure alone and ``label`` under it says what it counts, both
    each left outside the article or in its block."""
    return _strip_line(figure, decisions, classified) and \
        _strip_line(label, decisions, classified) and \
        _FIGURE.fullmatch(feats[figure].text) is not None and \
        _COUNTED.fullmatch(feats[label].text) is not None and feats[label].units >= 2


def banner_loops(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Runs of short lines of the article block whose first LOOP_MAX_PERIOD lines or fewer
    stand again, in the same order, LOOP_MIN_COPIES times or more in a row are removed (in
    place)."""
    lines = [i for i, f in enumerate(feats) if f.text]
    short = [decisions[i][1] == "article_block" and feats[i].units <= LOOP_MAX_UNITS
             for i in lines]
    keys = [feats[i].lower for i in lines]
    n = len(lines)
    k = 0
    while k < n:
        if not short[k]:  # (every line of a loop is short: most lines start none)
            k += 1
            continue
        end = next((e for e in (_loop_end(keys, short, k, p)
                                for p in range(1, LOOP_MAX_PERIOD + 1))
                    if e > k), k)
        if end == k:
            k += 1
            continue
        for m in range(k, end):
            decisions[lines[m]] = BANNER_LOOP
        k = end


def _loop_end(keys: Sequence[str], short: Sequence[bool], k: int, period: int) -> int:
    """The end of the run from ``k`` of short lines each equal to the line ``period`` above
    it (whole copies of its first ``period`` lines only)."""
    if k + period > len(keys) or not all(short[k:k + period]) or \
            len(set(keys[k:k + period])) < period:
        return k
    end = k + period
    while end < len(keys) and short[end] and keys[end] == keys[end - period]:
        end += 1
    copies = (end - k) // period
    return k + copies * period if copies >= LOOP_MIN_COPIES else k


def calls_to_action(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Buttons' labels in the article block, not over a sentence of it, are removed (in
    place)."""
    _, below = _text_neighbours(feats)
    for i, f in enumerate(feats):
        if decisions[i][1] not in _CTA_FROM or f.ends_sentence or f.is_cjk:
            continue
        words = f.lower.split()
        if _more_link(words, f.text):
            decisions[i] = CALL_TO_ACTION
            continue
        if not 0 < len(words) <= CTA_MAX_WORDS or words[0] not in _CTA_WORDS or \
                f.text.endswith(_INTRODUCES):
            continue
        down = below[i]
        if words[0] not in _BUTTON_WORDS and down >= 0 and decisions[down][0] == "content" \
                and feats[down].ends_sentence:
            continue
        decisions[i] = CALL_TO_ACTION


def _more_link(words: Sequence[str], text: str) -> bool:
    """Whether the line is a link to more on a subject ("Learn more about security on
    Azure"): a phrase of the MORE_LINKS table, "about" and the subject, at most
    MORE_LINK_MAX_WORDS words and no colon (not a heading: "Learn more: the key factors")."""
    return len(words) <= MORE_LINK_MAX_WORDS and ":" not in text and \
        any(words[:len(p) + 1] == [*p, "about"] for p in _MORE_PHRASES)


def price_tables(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                 feats: Sequence[LineFeatures]) -> None:
    """The lines between two parts of the article that hold a table of prices by category
    are the article's (in place); so are those of a service's plans
    (:mod:`scrubber.plans`)."""
    text = [i for i, f in enumerate(feats) if f.text]
    n = 1
    while n < len(text):
        if decisions[text[n]][0] == "content" or decisions[text[n - 1]][0] != "content":
            n += 1
            continue
        end = n
        while end < len(text) and decisions[text[end]][0] != "content":
            end += 1
        gap = text[n:end]
        if end < len(text) and _price_table(gap, classified, feats):
            for i in gap:
                decisions[i] = PRICE_TABLE
        elif end < len(text) and is_plan_section(gap, classified, feats):
            keep_plans(gap, decisions, classified)
        n = end + 1


def _price_table(gap: Sequence[int], classified: Sequence[Classified],
                 feats: Sequence[LineFeatures]) -> bool:
    """Whether the lines of a gap in the article hold a table of prices by category (and no
    region's header)."""
    labels: Counter[str] = Counter()
    for i in gap:
        if classified[i].kind is Kind.HEADER:
            return False
        row = _PRICE_ROW.match(feats[i].text.strip())
        if row is not None:
            labels[row.group(1).strip().casefold()] += 1
    rows = sum(labels.values())
    return rows >= PRICE_MIN_ROWS and rows >= PRICE_MIN_SHARE * len(gap) and \
        sum(1 for count in labels.values() if count > 1) >= PRICE_MIN_REPEATED_LABELS
