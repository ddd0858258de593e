"""The posts of a thread page (forum threads, Q&A pages, comment threads that are the page's
own content) and their chrome: what the line-by-line pass cannot see, since a line of
chrome ("Reply", "#3", "Posts: 1,204") is chrome only because it repeats around the posts.
These passes run before the context pass (:mod:`scrubber.regions`), and after it for the
post stamps and the replies that stand in a region (:mod:`scrubber.posts`).

- **Thread chrome.** A comment header repeated under every post ("Reply", "Add a comment"),
  and comment author lines ("X wrote:") when there are several, that start right where the
  article block ends, are the chrome of the page's own thread: removed, but they open no
  region, so the later posts count as the page's content. A comment box after an article
  (its header apart from the article, after share bars and tags) still opens its region; the
  heads of quoted posts ("X said:", "X wrote:") never do when there are several.
- **Thread posts.** Before the context pass: on a page where at least ``THREAD_MIN_MARKS`` kinds
  of post marks (``POST_MARKS`` per language, :mod:`scrubber.post_marks`: floor numbers, post
  counts, join dates, ranks, answer stamps, reputations, vote counts and controls; a line as a
  whole or one of its fields split by "·", "|", "•" or "・") each repeat and enclose paragraphs
  or replies that end a sentence (one kind is enough on a page with signed comments, or
  beside the posts' date stamps when it is a floor number, a poster's handle or a reply's
  depth in a comment tree ("level 2") the stamp stands right under, or a mark in a CJK
  script, or when the mark is a text board's whole post header: number, name and stamp,
  ``POST_HEADERS``; a stamp's shape may be one no date rule names, "10 Jul 22,, 00:17"; a
  handle with the post's time on one line, "u/dana_k · 3 hr. ago" or "[–]dana_k 45 points 2
  years ago" on a Reddit-like board, is two kinds at once), the short
  lines of repeated shape from the first mark to the last ("Reply", "Share", vote counts), the
  date stamps and the short lines between two of them (the poster's name and title; not after
  the shape of chrome that most often stands right above a post's body, where they are a short
  post), a sort menu over the replies ("Sort by:" and its options), and the heads of quotes
  ("X said:") up to the end of the last post, are the posts' chrome (``post_chrome``):
  removed, and transparent to the article search, so that the posts of the thread read as
  one run of text. A line of the thread that repeats an earlier one exactly (a
  quote of an earlier post inside a reply, a signature) is removed too (``post_repeat``), as
  is a reply's subject that repeats the thread's title or an earlier line ("Re: <title>"), as
  is a run of three short lines that repeats an earlier run (a poster's card no mark names:
  name, title, place). A line copied at the end of several posts, right above their chrome
  and under no quote's head, is the poster's signature, its first copy too
  (``post_signature``, :func:`scrubber.post_repeats.thread_signatures`). A post's byline
  among the chrome ("#4 Post by dana_k » 2024-04-15 20:41") is a stamp like its date, and
  its score counts with its sign ("-5" is "3"). The chrome runs back from the first mark of
  a repeated kind over the first post's own chrome (a question's single "asked" stamp, its
  votes), across one post body at most. A thread of
  two posts, whose chrome repeats only twice, is told by the same sequence of marks above
  each post (``THREAD_MIN_MARKS`` kinds, at the same distance apart); its chrome is then
  the shapes found once above each post.
  (The signed comments under the posts of a Q&A page: :mod:`scrubber.qa_comments`; the shape
  of a line as chrome: :mod:`scrubber.chrome_shapes`.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from .author_boxes import poster_name, poster_stats
from .chrome_shapes import (
    FLOOR,
    FLOOR_AND_STAMP,
    HANDLE_AND_STAMP,
    HEADER_KEY,
    NAME_KEYS,
    RANK_KEY,
    chrome_key,
    is_date_shape,
)
from .classify import Classified, Kind
from .features import LineFeatures
from .post_heads import poster_heads
from .post_marks import is_mark, is_post_header
from .post_repeats import POST_REPEAT, POST_SIGNATURE, thread_repeats, thread_signatures
from .pubdate import nearest_line
from .qa_comments import COMMENT_MIN_SIGNED, signatures

#: A line of at most this many units that ends in a capital and a full stop ends in a name's
#: initial ("Maria K."), no sentence: it may be a poster's name among the chrome.
INITIAL_MAX_UNITS = 3
#: A comment header repeated at least this many times is post chrome ("Reply" under each post).
HEADER_MIN_REPEATS = 3
#: ... as are comment author lines ("X wrote:") when there are at least this many.
AUTHOR_MIN_REPEATS = 2
#: ... provided the first of them stands within this many lines after the end of the article
#: block found without them: the chrome of the page's own thread, whose first post is that
#: block, not a comment box after an article (its header stands apart, after share bars,
#: tags and the like).
THREAD_MAX_GAP = 2
# The head of a quoted post: past tense ("said:", "wrote:", "写道："), unlike a blog comment's
# author line ("says:").
_QUOTE_HEAD = re.compile(r"(?:\bsaid|\bwrote|写道|寫道)\s*[:：]\s*$", re.IGNORECASE)
#: ... or a quote's own label over it ("Quote:", "Quote from dana_k", "Originally posted by
#: dana_k", "引用"), which no signature stands under.
_QUOTE_LABEL = re.compile(r"^(?:quote\b|originally posted by\b|引用)", re.IGNORECASE)

def thread_chrome(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                  article_end: int) -> list[int]:
    """The comment headers and author lines that are the chrome of the page's own thread:
    repeated (see above) and starting at most THREAD_MAX_GAP lines after ``article_end``
    (the end of the article block, or -1). The caller turns them into boilerplate lines that
    open no region."""
    headers = [i for i, c in enumerate(classified)
               if c.kind is Kind.HEADER and c.label == "comment"]
    if len(headers) < AUTHOR_MIN_REPEATS or article_end < 0:
        return []
    counts = Counter(feats[i].lower for i in headers if classified[i].reason != "comment_author")
    authors = [i for i in headers if classified[i].reason == "comment_author"]
    chrome = authors if len(authors) >= AUTHOR_MIN_REPEATS else []
    chrome += [i for i in headers if classified[i].reason != "comment_author"
               and counts[feats[i].lower] >= HEADER_MIN_REPEATS]
    if not chrome:
        return []
    # "X said:" and "X wrote:" head the quotes inside forum posts, wherever they stand.
    quotes = [i for i in chrome if _QUOTE_HEAD.search(feats[i].text)]
    first = min(chrome)
    gap = sum(1 for i in range(article_end, first) if feats[i].text)
    if gap <= THREAD_MAX_GAP:
        return sorted(chrome)
    return quotes if len(quotes) >= AUTHOR_MIN_REPEATS else []

# --- Post chrome of a thread page ----------------------------------------------------------
#: A line of post chrome has at most this many units and no sentence end...
CHROME_MAX_UNITS = 8
#: ... or this many when it is a post's date or byline ("#4 Post by dana_k » 2024-04-15 20:41",
#: "发表于 2024-3-1 21:00 | 只看该作者": the numbers of a date count one unit each).
STAMP_MAX_UNITS = 14
#: A shape of chrome repeats at least this many times on a thread page...
CHROME_MIN_REPEATS = 3
#: ... or this many times on a thread of two posts (see :func:`_thread_marks`).
TWO_POST_REPEATS = 2
#: ... a kind of post mark (one shape of :data:`scrubber.post_marks.POST_MARKS`) encloses a
#: paragraph between two of its lines at least this often...
THREAD_MIN_POSTS = 2
#: ... and at least this many kinds of marks do so (a floor number and a post count, a rank
#: and a join date): one repeated kind alone is also found on article pages (a list of
#: numbered sections, a comment box's "Reply", a review's "Helpful").
THREAD_MIN_MARKS = 2
#: A run of at most this many short lines between two lines of chrome is chrome too (the
#: poster's name and title between the controls of one post and the rank of the next).
CHROME_MAX_BETWEEN = 2
#: Before the first mark of a repeated kind, the first post's chrome runs back over lines of
#: the thread's chrome shapes at least this many other lines of text apart (more where the
#: thread's posts are longer).
CHROME_BACK_GAP = 4
#: Reasons of the date lines and bylines (any language's: "byline_en", ...), which are the
#: posts' stamps on a thread page ("#4 Post by dana_k » 2024-04-15 20:41").
_CHROME_DATES = ("date_line", "date_stamp", "relative_time", "byline")
POST_CHROME = Classified(Kind.BAD, "meta", "post_chrome")
#: A letter of a CJK script (kana, hanzi, hangul).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: A reply addressed to a poster ("@dana_k works for me", "@长日将尽 这个好像就可以了"): a
#: post's body, never a poster's name or title.
_MENTION = re.compile(r"@[^\s@]{1,40}\s+\S")
#: A post's whole header on a text board (number, name, stamp and ID: see
#: :data:`scrubber.post_marks.POST_HEADERS`) has at most this many units (a name of twenty
#: kana, the stamp's numbers one unit each).
HEADER_MAX_UNITS = 40
#: A sort control over a thread's replies (a mark, :data:`scrubber.post_marks.POST_MARKS`).
_SORT = re.compile(r"sort(?:ed)? by:?\s*")


def _dated_stop(f: LineFeatures, c: Classified) -> bool:
    """Whether a line's sentence end is the full stop after the time or date of a stamp,
    a mark or a date line ("Last edited by dana_k; 22 Apr 22, 09:08."), not a sentence
    (a short reply "Mine cost 40." stays one)."""
    text = f.text.rstrip()
    return (text.endswith(".") and text[-2:-1].isdigit()
            and (c.reason.startswith(_CHROME_DATES) or is_mark(f.lower.rstrip("."))))

def post_chrome(classified: list[Classified], feats: Sequence[LineFeatures]) -> list[int]:
    """The chrome of the posts of a thread page, labelled ``post_chrome`` (in place), and their
    indices, which the caller makes transparent to the article search: the posts then read as
    one run of text, whatever comment headers stand between them. A page is a thread when at
    least THREAD_MIN_MARKS kinds of post marks (:data:`scrubber.post_marks.POST_MARKS`) repeat,
    each enclosing paragraphs; then, from the first to the last of them, every short line whose
    shape repeats at least CHROME_MIN_REPEATS times is chrome ("Reply", "Share", a vote count),
    as are the marks themselves, the date stamps, the comment headers ("X said:" over a quote,
    "Reply") and the short lines between two lines of chrome; so is a line that repeats an
    earlier line of the thread exactly (``post_repeat``: a quote of an earlier post inside a
    reply, a signature)."""
    # Most pages hold no marks at all: they are looked for first, on the short lines only.
    # (A post's date stamp with its controls is longer: "发表于 2024-3-1 21:00 | 只看该作者",
    # and a text board's header longer still; every such header holds its date's "/".)
    headers = {i for i, f in enumerate(feats) if f.units <= HEADER_MAX_UNITS
               and not f.ends_sentence and "/" in f.lower and is_post_header(f.lower)}
    marks = [i for i, f in enumerate(feats) if (f.alnum and (f.units <= CHROME_MAX_UNITS or (
                 f.units <= STAMP_MAX_UNITS and classified[i].reason.startswith(_CHROME_DATES)))
             and is_mark(f.lower) and not f.ends_sentence
             and classified[i].kind is not Kind.GOOD) or i in headers]
    if len(marks) < THREAD_MIN_MARKS * TWO_POST_REPEATS:
        return []
    cand = [i for i, (c, f) in enumerate(zip(classified, feats, strict=True))
            if (f.alnum and c.kind is not Kind.GOOD and c.kind is not Kind.BLANK
            and (not f.ends_sentence or _dated_stop(f, c) or _ends_in_initial(f))
            and (f.units <= CHROME_MAX_UNITS or (
                f.units <= STAMP_MAX_UNITS and (c.reason.startswith(_CHROME_DATES)
                                                or is_mark(f.lower))))) or i in headers]
    # (A longer mark, "Reactions: A, B and 1 other person", is chrome inside the thread but
    # tells no thread.)
    marked = set(marks).union(i for i in cand if feats[i].units > CHROME_MAX_UNITS
                              and is_mark(feats[i].lower))
    keys = {i: HEADER_KEY if i in headers else chrome_key(feats[i]) for i in cand}
    shapes = Counter(keys.values())
    dated = [i for i in cand if feats[i].units <= CHROME_MAX_UNITS and i not in marked
             and (classified[i].reason.startswith(_CHROME_DATES) or is_date_shape(keys[i]))]
    enclosing, two_posts = _thread_marks(marks, dated, keys, shapes, classified, feats)
    if not enclosing:
        return []
    repeated = _repeated_shapes(cand, keys, shapes, enclosing if two_posts else [],
                                classified, feats)
    first = min(lines[0] for lines in enclosing)
    last_mark = max(lines[-1] for lines in enclosing)
    last = _last_post_end(first, last_mark, keys, repeated, classified, feats)
    first = _first_post_chrome(first, last, cand, keys, repeated, marked, classified, feats)
    # (A comment header after the last mark still ends the thread: "Reply" under the last
    # post is the heading of what follows it only in the context pass's eyes, which is what
    # keeps a footer's text out of the last post.)
    out = [i for i in cand if first <= i <= last and (
        i in repeated or classified[i].reason.startswith(_CHROME_DATES)
        or i in marked
        or (classified[i].kind is Kind.HEADER and classified[i].label == "comment"
            and (i < last_mark or _QUOTE_HEAD.search(feats[i].text) is not None)))]
    # (A text board's header and a reply's anchor, ">>2", always stand right above a body.)
    openers = _body_openers(first, last, set(out), keys, classified, feats).union(
        i for i in out if keys.get(i) == HEADER_KEY or feats[i].lower.startswith(">>"))
    out += _between_chrome(cand, set(out), feats, openers)
    out += _sort_menus(cand, marked, set(out) | {first}, feats)
    out += _poster_names(cand, set(out), feats)
    unquoted = [i for i in cand if _QUOTE_LABEL.match(feats[i].text) is None
                and _QUOTE_HEAD.search(feats[i].text) is None]
    out += poster_heads(unquoted, set(out), classified, feats, first, last, _is_body)
    for i in out:
        classified[i] = POST_CHROME
    # (The last post's control that stays a header still closes its signature.)
    after = nearest_line(feats, last, 1, len(feats))
    controls = {i for i in repeated if last_mark < i <= (last if after is None else after)}
    return sorted(set(out) | _copies(classified, feats, first, max([last, *controls]),
                                     set(out) | controls))


def _copies(classified: list[Classified], feats: Sequence[LineFeatures], first: int,
            last: int, chrome: set[int]) -> set[int]:
    """Name the lines of the thread (``first`` to ``last``) that copy others around the
    ``chrome`` (in place): quotes and cards (``post_repeat``), then signatures, which stand
    under no quote's head (``post_signature``); returns their indices."""
    copies = [i for i in thread_repeats(first, last, feats, chrome) if i not in chrome]
    for i in copies:
        classified[i] = POST_REPEAT
    heads = {i for i in range(first, last + 1) if _QUOTE_HEAD.search(feats[i].text)
             or _QUOTE_LABEL.match(feats[i].text)}
    signed = thread_signatures(first, last, feats, chrome, heads)
    for i in signed:
        classified[i] = POST_SIGNATURE
    return {*copies, *signed}

def _thread_marks(marks: Sequence[int], dated: Sequence[int], keys: dict[int, str],
                  shapes: Counter[str], classified: Sequence[Classified],
                  feats: Sequence[LineFeatures]) -> tuple[list[list[int]], bool]:
    """The lines of each kind of mark that tells a thread (none when the page is not one),
    and whether the thread has two posts. A thread of three posts or more:
    THREAD_MIN_MARKS kinds of marks repeated CHROME_MIN_REPEATS times, each enclosing posts
    (one kind with signed comments, or with the posts' date stamps, ``dated``, as the
    second). A thread of two posts: the same sequence of marks
    twice, THREAD_MIN_MARKS kinds at the same distance apart with a post between them (the
    second poster's card repeats the first's)."""
    kinds: dict[str, list[int]] = {}
    for i in marks:
        if shapes[keys[i]] >= TWO_POST_REPEATS:
            kinds.setdefault(keys[i], []).append(i)
    enclosing = [lines for lines in kinds.values() if len(lines) >= CHROME_MIN_REPEATS
                 and _posts(lines, classified, feats) >= THREAD_MIN_POSTS]
    # Signed comments under the posts make a page a Q&A thread: one kind of mark is enough.
    if len(enclosing) >= THREAD_MIN_MARKS or (
            enclosing and len(signatures(feats)[1]) >= COMMENT_MIN_SIGNED) or (
            len(enclosing) == 1 and (FLOOR_AND_STAMP.fullmatch(keys[enclosing[0][0]])
                                     or keys[enclosing[0][0]] == HEADER_KEY
                                     or HANDLE_AND_STAMP.search(keys[enclosing[0][0]]))):
        return enclosing, False
    if len(enclosing) == 1 and (_CJK.search(keys[enclosing[0][0]]) is not None
                                or FLOOR.fullmatch(keys[enclosing[0][0]]) is not None
                                or keys[enclosing[0][0]] in NAME_KEYS):
        enclosing += _stamp_kinds(enclosing[0], dated, keys, classified, feats)
        return (enclosing, False) if len(enclosing) >= THREAD_MIN_MARKS else ([], False)
    if enclosing:
        return [], False
    apart: dict[int, list[list[int]]] = {}
    for lines in kinds.values():
        if len(lines) == shapes[keys[lines[0]]] == TWO_POST_REPEATS and _posts(
                lines, classified, feats) == 1:
            apart.setdefault(lines[1] - lines[0], []).append(lines)
    if not apart:
        return [], False
    # The distance shared by the most kinds (the nearest of equals).
    count, distance = max((len(group), -d) for d, group in apart.items())
    return (apart[-distance], True) if count >= THREAD_MIN_MARKS else ([], False)

def _stamp_kinds(floors: Sequence[int], dated: Sequence[int], keys: dict[int, str],
                 classified: Sequence[Classified],
                 feats: Sequence[LineFeatures]) -> list[list[int]]:
    """The kinds of the posts' date stamps (``dated``) that count as a second kind of mark
    beside one kind, ``floors``: beside a mark in a CJK script ("3楼" / "2024-03-01 21:00" on
    a Chinese board, where the stamp stands on a line of its own), or those of the
    stamps that stand among the CHROME_MAX_BETWEEN lines right after a floor number or a
    poster's handle ("#3" / "10 Jul 22,, 00:17", "u/dana_k" / "3 hr. ago"; a ranking's "#3"
    heads an entry whose dates, if any, stand elsewhere; the thread's first post may carry
    its stamp above its title, apart from its handle). A feed's dates stand beside no such
    mark."""
    after: set[int] = set()
    if _CJK.search(keys[floors[0]]) is None:
        for i in floors:
            j, seen = i + 1, 0
            while j < len(feats) and seen < CHROME_MAX_BETWEEN:
                if feats[j].text:
                    after.add(j)
                    seen += 1
                j += 1
    stamps: dict[str, list[int]] = {}
    for i in dated:
        stamps.setdefault(keys[i], []).append(i)
    kinds = [[i for i in lines if i in after] if after else lines for lines in stamps.values()]
    return [lines for lines in kinds if len(lines) >= CHROME_MIN_REPEATS
            and _posts(lines, classified, feats) >= THREAD_MIN_POSTS]

def _repeated_shapes(cand: Sequence[int], keys: dict[int, str], shapes: Counter[str],
                     pairs: Sequence[Sequence[int]], classified: Sequence[Classified],
                     feats: Sequence[LineFeatures]) -> set[int]:
    """The lines (``cand``) of a shape of chrome repeated in the thread: CHROME_MIN_REPEATS
    times, or, in a thread of two posts (``pairs``: its kinds of marks, each line in each
    post's card), twice, once among the chrome above each post (the second post's copy
    of the first's, not a subject or a link that its reply quotes)."""
    if not pairs:
        return {i for i in cand if shapes[keys[i]] >= CHROME_MIN_REPEATS}
    zones = [_card_zone([lines[k] for lines in pairs], classified, feats) for k in (0, 1)]
    twice: dict[str, list[int]] = {}
    for i in cand:
        if shapes[keys[i]] == TWO_POST_REPEATS:
            twice.setdefault(keys[i], []).append(i)
    out: set[int] = set()
    for a, b in twice.values():
        if a in zones[0] and b in zones[1]:
            out.update((a, b))
    return out

def _card_zone(marks: Sequence[int], classified: Sequence[Classified],
               feats: Sequence[LineFeatures]) -> range:
    """The lines of a post's chrome around its ``marks``: from the body above the first to
    the body below the last (neither included)."""
    lo, hi = min(marks), max(marks)
    while lo > 0 and not _is_body(classified[lo - 1], feats[lo - 1]):
        lo -= 1
    while hi + 1 < len(feats) and not _is_body(classified[hi + 1], feats[hi + 1]):
        hi += 1
    return range(lo, hi + 1)

def _is_body(c: Classified, f: LineFeatures) -> bool:
    """Whether a line is a post's text: a paragraph, or a short or medium reply that ends a
    sentence ("不维护了已经。", "Works for me!", "Yes, hold the button for six seconds.")."""
    return c.kind is Kind.GOOD or (f.ends_sentence and c.kind in (Kind.SHORT, Kind.NEAR))

def _first_post_chrome(first: int, last: int, cand: Sequence[int], keys: dict[int, str],
                       repeated: set[int], marked: set[int], classified: Sequence[Classified],
                       feats: Sequence[LineFeatures]) -> int:
    """Where the thread's chrome begins: the first mark of a repeated kind, or earlier, the
    chrome of the first post (a question whose stamp is of a kind of its own: "asked" above
    "answered"): lines of a shape of the thread's chrome, marks, date stamps and comment
    headers, each at most as many lines of text before the next as the longest post between
    two lines of chrome inside the thread holds (and at least CHROME_BACK_GAP), and across
    one post's body at most (the first post's; the paragraphs above it are not the thread's),
    past which the lines of chrome stand at most CHROME_BACK_GAP lines apart (the stamps and
    votes over the first post, not a box of the page's header)."""
    chrome = [i for i in cand if first <= i <= last and i in repeated]
    inside = {keys[i] for i in chrome}
    reach = _longest_post(chrome, feats)
    short = set(cand)
    gap = 0
    bodies = 0
    in_body = False
    for i in range(first - 1, -1, -1):
        if not feats[i].text:
            continue
        c = classified[i]
        if i in short and (keys[i] in inside or i in marked or c.reason in _CHROME_DATES
                           or (c.kind is Kind.HEADER and c.label == "comment")):
            first, gap, in_body = i, 0, False
            continue
        if c.kind is Kind.GOOD and not in_body:
            bodies += 1
            in_body = True
            if bodies > 1:
                break
        gap += 1
        if gap > (reach if bodies == 0 else CHROME_BACK_GAP):
            break
    return first

def _longest_post(chrome: Sequence[int], feats: Sequence[LineFeatures]) -> int:
    """The most lines of text between two successive lines of ``chrome`` (sorted): the
    longest post of the thread (at least CHROME_BACK_GAP)."""
    texts = [0] * (len(feats) + 1)
    for i, f in enumerate(feats):
        texts[i + 1] = texts[i] + (1 if f.text else 0)
    return max([CHROME_BACK_GAP] + [texts[b] - texts[a + 1] for a, b in pairwise(chrome)])

def _last_post_end(first: int, mark: int, keys: dict[int, str], repeated: set[int],
                   classified: Sequence[Classified], feats: Sequence[LineFeatures]) -> int:
    """The last line of the post whose last mark is ``mark``: its body up to the first
    paragraph after the mark and the short lines that follow it (its controls), or further,
    down to the controls under it, lines of the shapes repeated among the thread's chrome
    (``repeated`` lines from ``first`` to ``mark``: "Find", "Share"), when they stand within
    as many lines of text as the longest post above holds and no region's header stands
    before them (a quote at the top of the post is a paragraph). A comment header among
    those controls ("Reply", "Comment") ends the post above it: the heading of what follows
    the thread in the context pass's eyes."""
    n = len(feats)
    i = mark + 1
    while i < n and classified[i].kind is not Kind.GOOD:
        i += 1
    body = i
    while i + 1 < n and (not feats[i + 1].text or (
            classified[i + 1].kind is not Kind.GOOD and feats[i + 1].units <= CHROME_MAX_UNITS
            and not feats[i + 1].ends_sentence)):
        i += 1
    inside = sorted(j for j in repeated if first <= j <= mark)
    shapes = {keys[j] for j in inside}
    reach = _longest_post(inside, feats)
    j, seen = body + 1, 0
    while j < n and seen <= reach and not (j in repeated and keys[j] in shapes) and not (
            classified[j].kind is Kind.HEADER and classified[j].label != "comment"):
        seen += 1 if feats[j].text else 0
        j += 1
    if j >= n or j not in repeated or keys[j] not in shapes:
        return min(i, n - 1)
    while classified[j].kind is not Kind.HEADER and j + 1 < n and (
            not feats[j + 1].text or (j + 1 in repeated and keys[j + 1] in shapes)):
        j += 1
    return max(i, j - 1 if classified[j].kind is Kind.HEADER else j)

def _posts(lines: Sequence[int], classified: Sequence[Classified],
           feats: Sequence[LineFeatures]) -> int:
    """How many times two successive ``lines`` (of one kind of mark) enclose a paragraph or
    a short reply that ends a sentence ("不维护了已经。", "Works for me!"): a feed's items
    are titles."""
    return sum(1 for a, b in pairwise(lines)
               if any(_is_body(classified[j], feats[j]) for j in range(a, b)))

def _body_openers(first: int, last: int, chrome: set[int], keys: dict[int, str],
                  classified: Sequence[Classified], feats: Sequence[LineFeatures]) -> set[int]:
    """The lines of chrome of the shape that most often stands right above a post's body
    (a paragraph) in the thread, when it does so at least THREAD_MIN_POSTS times: the floor
    number or the date stamp after which each post's text begins ("#4 · Jan 15, 2024")."""
    above: Counter[str] = Counter()
    previous = -1
    for i in range(first, last + 1):
        if not feats[i].text:
            continue
        if classified[i].kind is Kind.GOOD and previous in chrome:
            above[keys[previous]] += 1
        previous = i
    if not above:
        return set()
    count, key = max((n, k) for k, n in above.items())
    return {i for i in chrome if keys[i] == key} if count >= THREAD_MIN_POSTS else set()

def _sort_menus(cand: Sequence[int], marked: set[int], chrome: set[int],
                feats: Sequence[LineFeatures]) -> list[int]:
    """The sort controls over the replies ("Sort by:", "Sorted by:", marks) with their
    options, the short lines (``cand``) that run from one up to a line of the ``chrome``
    ("Best", "Top", "New", "Date modified (newest first)"): a menu, however long, no post."""
    short = set(cand)
    out: list[int] = []
    for i in marked:
        if _SORT.fullmatch(feats[i].lower) is None:
            continue
        run = [i]
        j = i + 1
        while j < len(feats) and j not in chrome and (j in short or not feats[j].text):
            if feats[j].text:
                run.append(j)
            j += 1
        if j in chrome:
            out += run
    return out


def _poster_names(cand: Sequence[int], chrome: set[int], feats: Sequence[LineFeatures]
                  ) -> list[int]:
    """The short lines (``cand``) that name a poster right above a line of their stats in
    the ``chrome`` ("mike_r" / "Posts: 42", a phpBB card under the post it signs; "Maria K."
    / "Pro (934) 2 years ago", a Q&A board's rank and score): a name is no body."""
    out = []
    for i in cand:
        if i in chrome or poster_name(feats[i].text) is None:
            continue
        j = i + 1
        while j < len(feats) and not feats[j].text:
            j += 1
        if j in chrome and (poster_stats(feats[j].text)
                            or chrome_key(feats[j]).startswith(RANK_KEY)):
            out.append(i)
    return out


def _ends_in_initial(f: LineFeatures) -> bool:
    """Whether a short line's full stop is a name's initial's ("Maria K."), no sentence's."""
    text = f.text.rstrip()
    return f.units <= INITIAL_MAX_UNITS and len(text) >= 3 and text[-1] == "." and \
        text[-2].isupper() and text[-3] == " "


def _between_chrome(cand: Sequence[int], chrome: set[int], feats: Sequence[LineFeatures],
                    openers: set[int]) -> list[int]:
    """The short lines (``cand``) standing in runs of at most CHROME_MAX_BETWEEN between two
    lines of ``chrome`` (blank lines aside), except after one of ``openers``: there the run
    is a short post's body ("This", "+1 from me"), not a poster's name and title; so is a
    reply addressed to a poster ("@dana_k works for me"), which ends the run."""
    short = set(cand)
    out: list[int] = []
    run: list[int] = []
    opened = False
    for i, f in enumerate(feats):
        if not f.text:
            continue
        if i in chrome:
            if opened and 0 < len(run) <= CHROME_MAX_BETWEEN:
                out += run
            opened, run = i not in openers, []
        elif i in short and opened and _MENTION.match(f.text) is None:
            run.append(i)
        else:
            opened, run = False, []
    return out
