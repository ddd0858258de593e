"""The site a page belongs to: the registrable domain of its URL.

Without a public-suffix list at hand, the registrable domain is the last two labels of the host,
or the last three when the second-to-last label is one of the common second-level suffixes
under a country code (``com.cn``, ``co.uk``, ``gov.cn`` ...). Hosts that are IP addresses are
their own site.
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: Second-level labels that, under a two-letter country code, form a public suffix.
SECOND_LEVEL = frozenset({
    "ac", "co", "com", "edu", "gov", "net", "org", "mil", "ne", "or", "go", "gob", "nic",
    "ltd", "plc", "sch", "nhs", "police", "mod", "gen", "biz", "info", "int", "web",
})


def registrable_domain(url: str) -> str | None:
    """``http://news.sohu.com/a/1.html`` -> ``sohu.com``; ``https://www.bbc.co.uk/`` ->
    ``bbc.co.uk``; None when the URL has no host.

    >>> registrable_domain("http://business.sohu.com/20050311/n224671.shtml")
    'sohu.com'
    >>> registrable_domain("https://www.people.com.cn/n1/2024/0424/c1.html")
    'people.com.cn'
    >>> registrable_domain("https://www.bbc.co.uk/news"), registrable_domain("not a url")
    ('bbc.co.uk', None)
    """
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.rstrip(".")
    labels = host.split(".")
    if all(label.isdigit() for label in labels):
        return host
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
