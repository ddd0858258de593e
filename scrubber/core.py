"""scrub(): decode, measure, classify, decide in context, cut spliced clauses, build the result.

Classification never edits text; the last step builds every line's ``kept_text`` from the
decisions, so the output can always be rebuilt from the verdicts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from . import site_context
from .answer_heads import answer_heads
from .block_start import teaser_heads
from .block_widgets import block_widgets
from .cards import card_links, card_rows
from .classify import Classified, Kind, by_size, classify_lines, yearless_lines
from .consent import consent_boxes, consent_lines
from .credit_lines import chrome_lines
from .decode import decode
from .dialogs import report_dialogs
from .docs import (
    anchored_sections,
    code_indentation,
    code_lines,
    definition_lists,
    wordless_lines,
)
from .document import Document, Metadata, build_verdicts
from .doubles import doubled_lines
from .end_bios import article_ends
from .endmatter import disclaimers, end_headers, repeated_lines, resumed_end_headers
from .features import LineFeatures, document_features
from .frontpages import front_page_boxes
from .grids import keep_grids
from .headline import find_title
from .interstitials import interstitials
from .landing import (
    banner_loops,
    calls_to_action,
    inner_headings,
    list_introductions,
    price_tables,
)
from .lang import guess as guess_lang
from .lang import hant_fold
from .list_numbers import numbered_items, numbered_tails
from .listings import count_headers
from .metadata import extract
from .numbered import numbered_headers, numbered_records
from .options import DEFAULT_OPTIONS, Options
from .posts import (
    bounded_posts,
    first_post_head,
    greeting_lines,
    post_bodies,
    post_stamps,
    post_tails,
)
from .prices import price_tags, product_gap
from .products import product_details
from .qa_comments import post_comments
from .regions import (
    Decision,
    dated_head_headers,
    decide,
    empty_box_headers,
    headline_headers,
    hiding_headers,
    inline_boxes,
    region_reason,
)
from .rules import RuleSet, ruleset
from .signed_posts import signed_posts
from .site_context import apply_template
from .specs import spec_blocks
from .splice import article_bigrams, leading_clause, spliced_clause_end
from .structure import (
    code_runs,
    edge_sentences,
    emoji_decisions,
    emoji_lines,
    headline_runs,
    inner_list_lines,
    inner_sentences,
    introduced_lists,
    legal_headers,
    list_closers,
    menu_headers,
    prose_runs,
    unmark_lists,
    unslash_paths,
)
from .tables import tab_tables
from .threads import post_chrome, thread_chrome
from .titles import title_copy
from .urls import section_name, slug_words, url_date
from .verses import verse_lines
from .wiki_sections import wiki_sections

#: With a site template, a line the template does not name and that has at least this many
#: letters and digits counts one step more like content inside the article span.
UNIQUE_MIN_ALNUM = site_context.UNIQUE_MIN_ALNUM
#: How many times headers that hide the article are taken back (each round may uncover an
#: earlier header whose region then runs on over the article).
UNHIDE_ROUNDS = 3


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR and LF only (not on U+2028 or form feeds, which stay in the line)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def resolve_options(options: Options | None, overrides: dict[str, Any]) -> Options:
    base = DEFAULT_OPTIONS if options is None else options
    if not isinstance(base, Options):
        raise TypeError(f"options must be scrubber.Options, not {type(base).__name__}")
    return base.with_overrides(**overrides)


#: Corpus-level knowledge about a page's site: given a line, the reason name under which it is
#: site boilerplate (for example seen on most of the site's pages), or ``None``.
Template = Callable[[str], "str | None"]


def scrub(text: str | bytes, options: Options | None = None, /, *,
          template: Template | None = None, url: str | None = None,
          **overrides: Any) -> Document:
    """Separate the article from the boilerplate in the plain text of one scraped page.

    ``text`` is ``str`` or ``bytes`` (decoded with BOM, UTF-8 and chardet; problems become
    ``Document.warnings``). Options come from ``options`` and keyword overrides. ``template``
    is the explicit corpus-level input of site statistics (see :mod:`scrubber.sites`): lines it
    names are boilerplate (label ``template``) unless they are good paragraphs that end up
    inside the article. ``url`` is the page's address, when known: the words of its slug
    confirm the headline when no ``<title>`` line does, and a date in its path stands in for
    the one the text does not give (:mod:`scrubber.urls`).

    >>> doc = scrub("Home | News | Sport\\nA long enough sentence of article text, written "
    ...             "here to show what scrub keeps from a page and what it throws away.\\n"
    ...             "© 2024 Example")
    >>> [(v.label, v.reason) for v in doc.lines]
    [('nav', 'nav_keyword_en'), ('content', 'article_block'), ('footer', 'copyright')]
    """
    opts = resolve_options(options, overrides)
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    if isinstance(text, bytes | bytearray | memoryview):
        decoded = decode(bytes(text))
        text, encoding, warnings = decoded.text, decoded.encoding, decoded.warnings
    elif not isinstance(text, str):
        raise TypeError(f"scrub() takes str or bytes, not {type(text).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"scrub()'s url is a str or None, not {type(url).__name__}")

    raw = split_lines(text)
    guessed = guess_lang(text)
    hant = guessed.lang == "zh-Hant"
    feats = document_features(raw, hant_fold if hant else None)
    rules = ruleset(opts, hant)
    found = rules.scan_lines(feats, opts)
    classified = classify_lines(feats, rules, opts, found)
    _structure(classified, feats, rules, opts, guessed.lang)
    pending, named = _apply_template(template, feats, classified)
    transparent = named.union(post_chrome(classified, feats), post_comments(classified, feats),
                              card_links(classified, feats),
                              interstitials(classified, [f.lower for f in feats]))
    decisions, in_article, main_start = _in_context(classified, feats, opts, transparent,
                                                    guessed.tables)
    emoji_decisions(decisions, classified)
    if not guessed.tables:
        warnings = (*warnings, f"no keyword tables for the {guessed.script} script "
                               f"(lang {guessed.lang}): conservative mode")
    _after_context(decisions, classified, feats, in_article)
    price_tags(decisions, feats, url)  # needs the page's address
    for i, reason in pending.items():
        if decisions[i][0] == "noise" or (decisions[i][0] == "content" and
                                          not _inside_article(i, decisions, named)):
            decisions[i] = ("template", reason)

    title_index, page_title_index = _headline(decisions, feats, in_article, main_start, url,
                                              named, opts.keep_title)
    product_gap(decisions, feats, url, title_index)  # the features under the product's name
    teaser_heads(decisions, classified, feats, in_article, main_start, title_index)
    verdicts = code_indentation(
        build_verdicts(raw, decisions, feats, _spliced_cuts(decisions, feats, opts)), feats)
    metadata = _dated_by_url(extract(feats, decisions, in_article, main_start, title_index,
                                     page_title_index, bool(url) and not slug_words(url),
                                     guessed.lang), url)
    return Document(verdicts, metadata, encoding, warnings, guessed.lang)


def _headline(decisions: list[Decision], feats: list[LineFeatures], in_article: list[bool],
              main_start: int, url: str | None, named: frozenset[int], keep_title: bool
              ) -> tuple[int | None, int | None]:
    """Find the headline and the <title> copy that confirmed it (:func:`find_title`; without a
    byline or a <title> line to confirm it, it falls back on the line above the article that
    shares its words) and mark them (in place); returns their indices."""
    title_index, page_title_index = find_title(feats, decisions,
                                                _kept_start(decisions, in_article, main_start),
                                                slug_words(url), named, section_name(url))
    if title_index is not None:
        decisions[title_index] = ("title", "headline") if keep_title else ("meta", "headline")
    if page_title_index is not None:
        decisions[page_title_index] = ("meta", "page_title")
    return title_index, page_title_index


def _spliced_cuts(decisions: list[Decision], feats: list[LineFeatures], opts: Options
                  ) -> dict[int, int]:
    """{line index: characters cut from its start} for the content lines that open with a
    spliced clause (:mod:`scrubber.splice`); none when ``splice_max_overlap`` is None."""
    cuts: dict[int, int] = {}
    if opts.splice_max_overlap is None:
        return cuts
    content = [i for i, (label, _) in enumerate(decisions) if label == "content"]
    candidates = [i for i in content if leading_clause(feats[i].text)]
    if candidates:  # the article's bigrams are only needed when some clause may be cut
        grams = article_bigrams(feats[i].text for i in content)
        for i in candidates:
            cut = spliced_clause_end(feats[i].text, grams, opts.splice_max_overlap)
            if cut:
                cuts[i] = cut
    return cuts


def _dated_by_url(metadata: Metadata, url: str | None) -> Metadata:
    """The page's date from its URL's path when its text gives none, or only a coarser one
    that the URL's agrees with (the month, the URL the day: :func:`scrubber.urls.url_date`)."""
    found = url_date(url)
    if found is None or (metadata.date is not None and (
            len(metadata.date) >= len(found) or not found.startswith(metadata.date))):
        return metadata
    return replace(metadata, date=found)


def _structure(classified: list[Classified], feats: list[LineFeatures], rules: RuleSet,
               opts: Options, lang: str | None) -> None:
    """The page-structure passes before the context pass (in place): what a line alone cannot
    show (end-matter headings, emoji lines, lists, paths, menus, policy headings, code,
    headline runs, prose in short lines)."""
    yearless_lines(classified, feats)
    end_headers(classified, feats, opts.remove_keywords)
    emoji_lines(classified, feats)
    unmark_lists(classified, feats, rules, opts)
    numbered_records(classified, feats)
    unslash_paths(classified, feats)
    menu_headers(classified, feats)
    legal_headers(classified, feats)
    code_runs(classified, feats)
    headline_runs(classified, feats, lang)
    prose_runs(classified, feats, lang)
    consent_lines(classified, feats)
    title_copy(classified, feats)


def _after_context(decisions: list[Decision], classified: list[Classified],
                   feats: list[LineFeatures], in_article: list[bool]) -> None:
    """The passes after the context pass (in place), in order: content that is not paragraphs
    (grids, front pages' boxes, product sections, specifications, rows of cards, introduced
    lists, inner sentences and headings, introductions of lists, tab-separated tables), consent
    dialogs, the posts of a thread and their chrome, the page's chrome inside the article
    (repeated and doubled lines, banners, buttons, cards over buttons, stat fields, tables of
    contents, disclaimers),
    then a document's anchored sections, tables of prices, definition lists, code lines, the
    kept lines without words, photo credits, counts and markup (:mod:`scrubber.credit_lines`),
    and last the numbered items a rule took out of the article's lists
    (:mod:`scrubber.docs`, :mod:`scrubber.landing`, :mod:`scrubber.list_numbers`)."""
    keep_grids(decisions, classified, feats, in_article)
    front_page_boxes(decisions, classified, feats, in_article)
    product_details(decisions, classified, feats)
    spec_blocks(decisions, feats)
    consent_boxes(decisions, feats)
    report_dialogs(decisions, feats)
    card_rows(decisions, classified, feats)
    introduced_lists(decisions, classified, feats)
    inner_sentences(decisions, feats)
    verse_lines(decisions, feats)
    inner_headings(decisions, classified, feats)
    list_introductions(decisions, classified, feats)
    introduced_lists(decisions, classified, feats)  # the lists under the introductions
    tab_tables(decisions, feats)
    post_stamps(decisions, feats)
    post_bodies(decisions, classified, feats)
    signed_posts(decisions, classified, feats)
    first_post_head(decisions, classified, feats)
    post_tails(decisions, classified, feats)
    bounded_posts(decisions, classified, feats)
    answer_heads(decisions, feats)
    greeting_lines(decisions, feats)
    inner_list_lines(decisions, feats)
    list_closers(decisions, feats)
    edge_sentences(decisions, feats)
    wiki_sections(decisions, feats)
    repeated_lines(decisions, feats)
    doubled_lines(decisions, feats)
    banner_loops(decisions, feats)
    calls_to_action(decisions, feats)
    block_widgets(decisions, feats)
    disclaimers(decisions, feats)
    article_ends(decisions, feats)
    anchored_sections(decisions, classified, feats)
    price_tables(decisions, classified, feats)
    definition_lists(decisions, feats)
    code_lines(decisions, classified, feats)
    wordless_lines(decisions, feats)
    chrome_lines(decisions, feats)
    numbered_items(decisions, feats)
    numbered_tails(decisions, feats)


def _apply_template(template: Template | None, feats: list[LineFeatures],
                    classified: list[Classified]) -> tuple[dict[int, str], frozenset[int]]:
    """Mark the lines the site template names: as boilerplate right away, unless the line is a
    good paragraph (strong content evidence), which only stays if it sits inside the article
    (:func:`_inside_article`). The page's own lines are judged by where they lie: inside the
    article span short and medium ones move one step towards content, outside it the entries
    of a box framed by template lines are boilerplate (:mod:`scrubber.site_context`). Returns
    ({line index: reason} of the good paragraphs left for after the context pass, the indices
    of the named lines the context pass treats as transparent chrome)."""
    return apply_template(template, feats, classified)


def _demote(classified: list[Classified], headers: list[int]) -> None:
    """Turn region headers into plain boilerplate lines that open no region (in place)."""
    for h in headers:
        classified[h] = Classified(Kind.BAD, classified[h].label, classified[h].reason)


def _unbox(classified: list[Classified], boxes: list[list[int]]) -> None:
    """Turn the lines of boxes set inside the article (each a header, then its entries) into
    boilerplate lines that open no region, the entries labelled as the header's region
    (in place)."""
    for header, *entries in boxes:
        c = classified[header]
        classified[header] = Classified(Kind.BAD, c.label, c.reason)
        for i in entries:
            classified[i] = Classified(Kind.BAD, c.label, region_reason(c.reason))


def _in_context(classified: list[Classified], feats: list[LineFeatures], opts: Options,
                transparent: frozenset[int], tables: bool
                ) -> tuple[list[Decision], list[bool], int]:
    """The context pass, with what it tells about the headers: the chrome of the page's own
    thread, the headers of menus that hid the article, of boxes whose entries the scraper
    left out, of a listing's record counts and of end matter under which the article resumes
    open no region; then, when no line
    reads as a sentence or the script has no tables, the conservative mode (lines judged by
    their size alone). ``classified`` is changed in place."""
    decisions, in_article, main_start = decide(classified, feats, opts, transparent)
    chrome = thread_chrome(classified, feats, _block_end(in_article, main_start))
    if chrome:  # the page's own thread: its later posts are no comment region
        _demote(classified, chrome)
        decisions, in_article, main_start = decide(classified, feats, opts, transparent)
    for _ in range(UNHIDE_ROUNDS):
        hiding = headline_headers(classified, feats, decisions) or hiding_headers(
            classified, feats, decisions, in_article, main_start, transparent) or \
            empty_box_headers(classified, feats, decisions) or \
            dated_head_headers(classified, feats, decisions) or \
            count_headers(classified, feats, in_article) or \
            numbered_headers(classified, feats, decisions, in_article) or \
            resumed_end_headers(classified, feats)
        if not hiding:
            break
        _demote(classified, hiding)  # a menu's header hid the article
        decisions, in_article, main_start = decide(classified, feats, opts, transparent)
    boxed = inline_boxes(classified, feats, decisions)
    if boxed:  # a related box between two paragraphs: the article goes on under it, as over
        # a template's chrome inside it (the box neither ends it nor extends it)
        _unbox(classified, boxed)
        transparent = transparent.union(i for box in boxed for i in box)
        decisions, in_article, main_start = decide(classified, feats, opts, transparent)
    if main_start < 0 or not tables:
        relaxed = by_size(classified, feats, opts)
        if relaxed is not classified:
            decisions, in_article, main_start = decide(relaxed, feats, opts, transparent)
    return decisions, in_article, main_start


def _kept_start(decisions: list[Decision], in_article: list[bool], start: int) -> int:
    """Where the article block starts once the passes after the context pass have taken its
    first lines away (a dialog, a buying box the block opened with) or added lines right above
    it (a recipe's ingredients, its first sentence): its first line still kept, or ``start``
    when none is."""
    i = start
    while 0 <= i < len(decisions) and in_article[i] and decisions[i][0] != "content":
        i += 1
    if not (0 <= i < len(decisions) and decisions[i][0] == "content"):
        return start
    j = i - 1
    while j >= 0 and (decisions[j][1] in _ADDED_ABOVE or decisions[j][0] == "blank"):
        if decisions[j][0] != "blank":
            i = j
        j -= 1
    return i


#: The reasons of the lines the passes after the context pass add right above the article
#: block: a part of it its search left out (a recipe's ingredients) and its first sentence.
_ADDED_ABOVE = frozenset(("introduced_list", "edge_sentence", "article_block"))


def _block_end(in_article: list[bool], start: int) -> int:
    """The end (exclusive) of the block starting at ``start``, or -1 when there is none."""
    if start < 0:
        return -1
    end = start
    while end < len(in_article) and in_article[end]:
        end += 1
    return end


def _inside_article(i: int, decisions: list[Decision], named: frozenset[int]) -> bool:
    """Whether line ``i`` has article content on both sides: the nearest lines above and below
    that are neither blank nor named by the template are content (a quotation two articles
    share, not a disclaimer or a promotion at the article's edge)."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(decisions) and (decisions[j][0] == "blank" or j in named):
            j += step
        if not (0 <= j < len(decisions)) or decisions[j][0] != "content":
            return False
    return True


def clean(text: str | bytes, options: Options | None = None, /, *,
          template: Template | None = None, url: str | None = None, **overrides: Any) -> str:
    """The article text of one page: ``scrub(text, ...).text``."""
    return scrub(text, options, template=template, url=url, **overrides).text
