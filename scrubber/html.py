"""HTML in: a page given as markup is turned into text lines before it is scrubbed.

scrubber works on the plain text of a page, one block per line. A page that is still HTML (a
``.html`` file, a JSON field holding markup, a WARC ``response`` record of type ``text/html``)
is first turned into lines by Resiliparse's HTML-to-text extraction (``pip install
'scrubber-text[html]'``): every block element becomes a line, with *all* of the page's text —
menus, footers and link lists included, since telling them from the article is scrubber's own
job. The page's ``<title>`` goes first, as in a CommonCrawl WET record, so that it confirms the
headline (``metadata.title``) and is labelled as its copy.

>>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
True
>>> looks_like_html("首页 | 新闻\\n<三体> 是一部小说。"), looks_like_html("a < b and c > d")
(False, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .decode import decode
from .extras import require

#: How much of the start of a text is looked at to tell markup.
SNIFF_CHARS = 4096
#: A text is HTML when, after white space, a BOM, an XML declaration or comments, it opens
#: with a document tag ...
_DOCUMENT = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                       r"<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
#: ... or it opens with a tag and holds at least this many closing tags of common elements
#: (a fragment: the content field of a crawl holding "<p>...</p><p>...</p>").
_FRAGMENT_TAGS = 2
_CLOSING = re.compile(r"</(?:p|div|span|a|li|ul|ol|h[1-6]|table|tr|td|section|article|"
                      r"strong|em|b|i|title|head|body|html|script|style|nav|footer|header)\s*>",
                      re.I)
_SPACE = re.compile(r"\s+")
#: A lone surrogate (a ``\ud800`` escape in a JSON field): no UTF-8 holds it, and the HTML
#: parser encodes its input to UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


def looks_like_html(text: str | bytes) -> bool:
    """Whether ``text`` is markup rather than the plain text of a page."""
    start = text[: SNIFF_CHARS]
    if isinstance(start, bytes):
        start = _sniff_text(start)
    start = start.lstrip("\ufeff \t\r\n")
    if not start.startswith("<"):
        return False
    if _DOCUMENT.match(start):
        return True
    return len(_CLOSING.findall(start)) >= _FRAGMENT_TAGS


def _sniff_text(data: bytes) -> str:
    """The start of a page's bytes as text, enough to see its markup: UTF-16 by its byte order
    mark, or by the zero bytes of ASCII characters on every other byte; else UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    head = data[:200]
    if len(head) >= 8 and head.count(0) * 3 >= len(head):
        le = head[1::2].count(0) > head[0::2].count(0)
        return data[: len(data) // 2 * 2].decode("utf-16-le" if le else "utf-16-be", "replace")
    return data.decode("utf-8", "replace")


@dataclass(frozen=True)
class HtmlText:
    """The text lines of an HTML page, and how its bytes were decoded."""

    text: str
    title: str | None
    encoding: str | None  # None: the markup came as str
    warnings: tuple[str, ...] = ()


def html_to_text(markup: str | bytes) -> HtmlText:
    """The ``<title>`` and the text of every block of ``markup``, one block per line.

    Bytes are decoded as :func:`scrubber.scrub` decodes them (BOM, UTF-8, then chardet); in a
    ``str``, lone surrogates become U+FFFD with a warning (:func:`without_surrogates`).
    Raises :class:`scrubber.extras.MissingExtra` (an ``ImportError`` that says what to install)
    without Resiliparse.
    """
    require("resiliparse")
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    if isinstance(markup, bytes):
        decoded = decode(markup)
        markup, encoding, warnings = decoded.text, decoded.encoding, decoded.warnings
    else:
        markup, warnings = without_surrogates(markup)
    tree = HTMLTree.parse(markup)
    body = extract_plain_text(tree, preserve_formatting=True, main_content=False,
                              list_bullets=False, alt_texts=False, links=False,
                              noscript=False, comments=True)
    title = _SPACE.sub(" ", tree.title or "").strip() or None
    text = f"{title}\n{body}" if title else body
    return HtmlText(text, title, encoding, warnings)


def without_surrogates(markup: str) -> tuple[str, tuple[str, ...]]:
    """``markup`` with each lone surrogate replaced by U+FFFD, and the warning that says so
    (none when there is none). The HTML parser refused such a page with UnicodeEncodeError:
    the page failed, and the site statistics pass of a run (``--learn-sites``, ``scrubber
    stats``) stopped the whole run.

    >>> text, warnings = without_surrogates("<p>a\\ud800b</p>")
    >>> text == "<p>a\\ufffdb</p>", warnings
    (True, ('1 lone surrogate(s) replaced with U+FFFD',))
    """
    fixed, count = _SURROGATE.subn("\ufffd", markup)
    return fixed, (f"{count} lone surrogate(s) replaced with U+FFFD",) if count else ()
