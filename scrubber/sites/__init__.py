"""Site templates: lines repeated across a site's pages are boilerplate.

Two passes over a corpus. The first (:class:`SiteCounter`) counts, per site, on how many pages
each normalised line occurs; the second hands :meth:`SiteStats.template_for` to
:func:`scrubber.scrub` as its explicit ``template`` input. Nothing is global: the statistics are
an object you build, save, load and pass.

>>> counter = SiteCounter()
>>> for topic in "rain snow wind heat fog hail ice dust smoke storm".split():
...     counter.add("example.com", f"Example News | Home | World\\nA story about {topic}.")
>>> stats = counter.freeze()
>>> template = stats.template_for("example.com")
>>> template("Example  News | Home | World"), template("A story about rain.")
('repeated_on_site', None)
"""

from __future__ import annotations

from .counting import SiteCounter, SiteStats, SiteTemplate, line_key, normalize_line
from .domains import registrable_domain, site_of

__all__ = ["SiteCounter", "SiteStats", "SiteTemplate", "line_key", "normalize_line",
           "registrable_domain", "site_of"]
