"""See what a run removed: ``scrubber report OUTDIR -o report.html``, and one page's view
(``scrubber explain --html``).

The report is one self-contained HTML file (inline CSS, inline SVG charts, a little plain
script; no network): the run's totals and their conservation, removed lines by label and by
reason, kept share per site with the site's template lines, drop and error reasons, and a
seeded sample of documents shown line by line. The sampled documents are read again from the
run's inputs (``scrubber.origin``) and scrubbed again with the run's options and site
statistics: shards hold no removed text. Its size is bounded whatever the size of the run (a
cap on sampled documents, on lines and characters per document, on sites and error examples).

>>> import os, tempfile
>>> from scrubber.batch.runner import run
>>> folder = tempfile.mkdtemp()
>>> page = os.path.join(folder, "a.txt")
>>> with open(page, "w", encoding="utf-8") as f:
...     _ = f.write("首页 | 新闻\\n这是一段足够长的正文内容，"
...                 "用来说明清洗之后保留下来的是文章本身的段落。\\n")
>>> _ = run([page], os.path.join(folder, "out"))
>>> html = build_report(os.path.join(folder, "out"))
>>> html.startswith("<!DOCTYPE html>") and 'data-stat="documents_in">1<' in html
True
"""

from __future__ import annotations

from .rescrub import rescrub, template_lines
from .runinfo import RunError, read_run
from .scan import sample, scan_run

#: The seed of the sample when none is given: the same report for the same run.
DEFAULT_SEED = 0


def build_report(outdir: str, *, seed: int = DEFAULT_SEED, site_stats: str | None = None,
                 max_docs: int | None = None, max_shards: int | None = None) -> str:
    """The HTML report of the run in ``outdir`` (finished, running or stopped).

    ``site_stats``: the ``--site-stats`` file the run used, to scrub the samples again with
    it (a ``--learn-sites`` run keeps its own). ``max_shards``: read at most this many shards,
    spread over the run, for the sites table and the sample (the totals are the whole run's
    either way): a quicker report of a very large run. Raises :class:`RunError` when
    ``outdir`` holds no run.
    """
    from .page import report_html

    info = read_run(outdir, site_stats)
    scan = scan_run(info, seed, max_shards)
    picks = sample(scan) if max_docs is None else sample(scan, max_docs)
    views = rescrub(info, picks)
    templates: dict[str, list[str]] = {}
    if info.site_stats is not None:
        tops = [(site, row.pick[1]) for site, row in scan.top_sites()
                if row.pick is not None and row.template]
        for (site, _), view in zip(tops, rescrub(info, [p for _, p in tops]), strict=True):
            templates[site] = template_lines([view])
    return report_html(info, scan, views, templates, seed)


__all__ = ["DEFAULT_SEED", "RunError", "build_report"]
