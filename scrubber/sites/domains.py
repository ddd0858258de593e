"""The site a page belongs to: the registrable domain of its URL.

Without a public-suffix list at hand, the registrable domain is the last two labels of the host,
or the last three when the second-to-last label is one of the common second-level suffixes
under a country code (``com.cn``, ``co.uk``, ``gov.cn`` ...). Hosts that are IP addresses are
their own site. Without the list, hosting suffixes (``github.io``, ``blogspot.com``) are one
site each: their users' pages share no template, so few lines reach a template's share there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ..fields import get_field

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
    if host and ":" in host:  # an IPv6 address
        return host
    if not host or "." not in host:
        return None
    host = host.rstrip(".")
    labels = host.split(".")
    if all(label.isdigit() for label in labels):
        return host
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def site_of(record: Mapping[str, Any], url_field: str = "url",
            group_field: str | None = None) -> str | None:
    """The site of a record: the value of ``group_field`` when one is named (a string, or an
    integer written in decimal), else the registrable domain of its ``url_field``; None when the
    record has none (such a page is scrubbed without a template and counted under no site).

    >>> site_of({"url": "https://news.example.co.uk/a"}), site_of({"id": 3})
    ('example.co.uk', None)
    >>> site_of({"url": "https://a.example.com/", "forum": 17}, group_field="forum")
    '17'
    """
    if group_field is not None:
        value = get_field(record, group_field)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value if isinstance(value, str) and value else None
    url = get_field(record, url_field)
    return registrable_domain(url) if isinstance(url, str) else None
