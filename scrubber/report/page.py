"""The HTML of a run report and of one explained page: sections built from data, one file.

Every number the report shows about the run carries ``data-stat="NAME"``, the name of its
field in ``stats.json``, so a test (or a reader) can check the page against the file.
"""

from __future__ import annotations

import os
from dataclasses import asdict
from html import escape
from pathlib import Path
from typing import Any

from ..document import KEPT_LABELS, Document
from ..options import DEFAULT_OPTIONS
from .charts import bar_chart, top
from .lines import REPORT_LIMITS, UNLIMITED, Limits, lines_html
from .rescrub import DIFFERS, MISSING, SAME, DocView
from .runinfo import RunInfo
from .scan import MAX_REASON_BUCKETS, Scan, SiteRow
from .style import colour, css, script

#: Reasons shown in the chart of removed lines by reason.
REASON_BARS = 20


def shell(title: str, body: str) -> str:
    """A whole page: inline CSS and script, no external resource."""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{css()}</style></head>"
            f"<body>{body}<script>{script()}</script></body></html>\n")


def _num(name: str, value: Any) -> str:
    return f'<b data-stat="{name}">{int(value or 0):,}</b>'


def _totals(stats: dict[str, Any]) -> str:
    got = [int(stats.get(k) or 0) for k in ("documents_in", "documents_out",
                                             "documents_dropped", "documents_failed")]
    holds = got[0] == sum(got[1:])
    check = ('<span class="ok" data-check="conservation">✓ every document accounted for</span>'
             if holds else '<span class="bad" data-check="conservation">✗ documents missing: '
             f'{got[0] - sum(got[1:]):,}</span>')
    labels = stats.get("lines_by_label") or {}
    lines = sum(labels.values()) - labels.get("blank", 0)
    kept = sum(labels.get(k, 0) for k in KEPT_LABELS)
    share = f"{kept / lines:.1%}" if lines else "–"
    cards = [("in", "documents_in"), ("out", "documents_out"), ("dropped", "documents_dropped"),
             ("failed", "documents_failed")]
    items = "".join(f'<div class="card"><span>{n}</span>{_num(k, stats.get(k))}</div>'
                    for n, k in cards)
    return (f'<section id="totals"><div class="cards">{items}</div>'
            f'<p class="eq">{_num("documents_in", got[0])} = {_num("documents_out", got[1])} out'
            f' + {_num("documents_dropped", got[2])} dropped + '
            f'{_num("documents_failed", got[3])} failed {check}</p>'
            f'<p class="sub">{lines:,} non-blank lines, <b>{share}</b> kept · '
            f'{_size(stats.get("bytes_in"))} in, {_size(stats.get("bytes_out"))} of text out · '
            f'{stats.get("seconds", 0):,.0f} s, {stats.get("docs_per_s", 0):,.0f} docs/s</p>'
            "</section>")


def _size(count: Any) -> str:
    count = int(count or 0)
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= scale:
            return f"{count / scale:,.1f} {unit}"
    return f"{count:,} bytes"


def _removed_charts(stats: dict[str, Any]) -> str:
    labels = top(stats.get("lines_by_label") or {}, 20, skip=(*KEPT_LABELS, "blank"))
    reasons = top(stats.get("removed_by_reason") or {}, REASON_BARS)
    return ('<section id="removed" class="two"><div><h2>Removed lines by label</h2>'
            + bar_chart(labels, label_colours=True, filter_kind="label", title="by label")
            + '</div><div><h2>Removed lines by reason</h2>'
            + bar_chart(reasons, filter_kind="reason", title="by reason") + "</div></section>")


def _site_table(scan: Scan, templates: dict[str, list[str]], info: RunInfo) -> str:
    rows = scan.top_sites()
    if not rows:
        return ('<section id="sites"><h2>Sites</h2><p class="none">no record names a site '
                "(no URL field, no --group-field)</p></section>")
    chart = bar_chart([(site, row.kept_share) for site, row in rows], share=True,
                      title="kept share per site")
    body = "".join(_site_row(site, row, templates.get(site, [])) for site, row in rows)
    note = "" if not scan.sites_forgotten else (
        f'<p class="sub">{scan.sites_forgotten:,} small sites were not counted (the table '
        "holds the largest sites only)</p>")
    used = ("with the run's site statistics" if info.site_stats is not None
            else escape(info.site_stats_note or "the run used no site statistics"))
    return (f'<section id="sites"><h2>Kept share per site (top {len(rows)} of '
            f'{len(scan.sites):,}, by documents)</h2><p class="sub">From '
            f'{_read_from(scan, info)}.</p>{chart}<table class="sites"><tr><th>site</th>'
            "<th>documents</th><th>lines kept</th><th>template lines</th>"
            f"<th>its template (a sampled page: {used})</th></tr>{body}</table>{note}"
            "</section>")


def _site_row(site: str, row: SiteRow, lines: list[str]) -> str:
    shown = "".join(f"<li>{escape(t)}</li>" for t in lines) or "<li class=\"none\">–</li>"
    return (f"<tr><td>{escape(site)}</td><td>{row.docs:,}</td><td>{row.kept_share:.0%}</td>"
            f"<td>{row.template:,}</td><td><ul class=\"tpl\">{shown}</ul></td></tr>")


def _failures(stats: dict[str, Any], scan: Scan) -> str:
    dropped = bar_chart(top(stats.get("dropped_by_reason") or {}, 10), title="dropped")
    failed = bar_chart(top(stats.get("failed_by_error") or {}, 10), title="failed")
    rows = "".join(
        f"<tr><td>{escape(str(e.get('error')))}</td><td>{escape(_where_text(e))}</td>"
        f"<td>{escape(str(e.get('message'))[:200])}</td></tr>" for e in scan.errors)
    table = (f'<table class="errors"><tr><th>error</th><th>where</th><th>message</th></tr>'
             f"{rows}</table>") if rows else ""
    return ('<section id="failures" class="two"><div><h2>Dropped documents</h2>'
            f'{dropped}</div><div><h2>Failed documents</h2>{failed}</div>{table}</section>')


def _where_text(entry: dict[str, Any]) -> str:
    where = str(entry.get("file"))
    if entry.get("line") is not None:
        return f"{where}:{entry['line']}"
    return where if entry.get("offset") is None else f"{where}@{entry['offset']}"


def doc_html(view: DocView, number: int, limits: Limits) -> str:
    """One sampled document: its header (origin link, explain command, check) and lines."""
    labels, reasons = view.removed_labels(), view.removed_reasons()
    path = os.path.abspath(view.where.file)
    link = (f'<a class="src" href="{escape(Path(path).as_uri())}">'
            f"{escape(view.where.label())}</a>")
    command = "scrubber explain " + " ".join(view.where.explain_args())
    badge = {SAME: '<span class="ok" title="scrubbed again: same verdicts as the run">'
                   "✓ as in the run</span>",
             DIFFERS: f'<span class="bad" title="{escape(view.note or "")}">'
                      "✗ differs from the run</span>",
             MISSING: f'<span class="bad">✗ {escape(view.note or "not found")}</span>'}
    drop = (f'<span class="drop">dropped: {escape(view.drop_reason)}</span>'
            if view.drop_reason else "")
    chips = "".join(f'<span class="chip l-{escape(x)}">{escape(x)}</span>' for x in labels)
    heading = escape(view.title or (str(view.id) if view.id is not None else view.where.label()))
    return (f'<article class="doc" id="doc-{number}" data-labels="{escape(" ".join(labels))}" '
            f'data-reasons="{escape(" ".join(reasons))}" data-status="{view.status}">'
            f'<header><h3>{heading}</h3><div class="meta">{link} {badge.get(view.status, "")}'
            f' {drop} {chips}<code title="every line of this document">{escape(command)}</code>'
            f"</div></header>{lines_html(view.verdicts, limits)}</article>")


def _filters(stats: dict[str, Any], views: list[DocView]) -> str:
    labels = sorted({x for v in views for x in v.removed_labels()},
                    key=lambda x: -(stats.get("lines_by_label") or {}).get(x, 0))
    reasons = sorted({x for v in views for x in v.removed_reasons()})
    chips = "".join(f'<button type="button" class="chip l-{escape(x)}" data-label="{escape(x)}"'
                    f' aria-pressed="false">{escape(x)}</button>' for x in labels)
    options = "".join(f'<option value="{escape(x)}">{escape(x)}</option>' for x in reasons)
    return ('<div class="filters"><span>label</span>'
            f'<button type="button" class="chip all" data-label="" aria-pressed="true">all'
            f'</button>{chips}<label>reason <select id="f-reason"><option value="">all'
            f'</option>{options}</select></label>'
            '<input id="f-find" type="search" placeholder="find text…">'
            '<label><input id="f-removed" type="checkbox"> removed lines only</label>'
            '<span id="f-count"></span></div>')


def _read_from(scan: Scan, info: RunInfo) -> str:
    if scan.shards_read == len(info.shards):
        return f"all {len(info.shards):,} shards ({scan.scanned:,} documents)"
    return (f"<b>{scan.shards_read:,} of {len(info.shards):,} shards</b> ({scan.scanned:,} "
            "documents), spread over the run (--max-shards)")


def _samples(views: list[DocView], stats: dict[str, Any], seed: int, limits: Limits,
             source: str) -> str:
    same = sum(v.status == SAME for v in views)
    docs = "".join(doc_html(v, i, limits) for i, v in enumerate(views, 1))
    return (f'<section id="samples"><h2>Sampled documents ({len(views)})</h2>'
            f'<p class="sub">From {source}, seed {seed}: up to {REPORT_LIMITS.lines} lines of '
            "each document, a few per removed label, per frequent reason "
            f"(top {MAX_REASON_BUCKETS}) and per drop reason, read again from the run's inputs "
            "and scrubbed again: "
            f'<b data-check="same">{same}</b> of {len(views)} give the verdicts the run '
            "recorded. Struck-through lines were removed; hover a line for its reason; "
            "<del class=\"cut\">marked text</del> is a clause cut from a kept line.</p>"
            f"{_filters(stats, views)}{docs}</section>")


def _options_text(info: RunInfo) -> str:
    changed = {k: v for k, v in asdict(info.options).items()
               if getattr(DEFAULT_OPTIONS, k) != v}
    return ", ".join(f"{k}={v}" for k, v in changed.items()) or "default options"


def report_html(info: RunInfo, scan: Scan, views: list[DocView],
                templates: dict[str, list[str]], seed: int) -> str:
    stats = info.stats
    state = ('<span class="ok">complete</span>' if info.complete else
             '<span class="bad">not complete (running or stopped): counts of the chunks '
             "finished so far</span>")
    notes = "".join(f'<p class="sub">{escape(n)}</p>' for n in info.notes)
    head = (f"<header class=\"top\"><h1>scrubber report: {escape(info.outdir)}</h1>"
            f"<p class=\"sub\">{state} · scrubber {escape(str(info.fingerprint.get('scrubber')))}"
            f" · {stats.get('files', '?')} input files, {len(info.shards):,} shards · "
            f"{escape(_options_text(info))}</p>{notes}<nav><a href=\"#totals\">totals</a>"
            "<a href=\"#removed\">removed</a><a href=\"#sites\">sites</a>"
            "<a href=\"#failures\">dropped and failed</a><a href=\"#samples\">samples</a></nav>"
            "</header>")
    body = (head + _totals(stats) + _removed_charts(stats) + _site_table(scan, templates, info)
            + _failures(stats, scan)
            + _samples(views, stats, seed, REPORT_LIMITS, _read_from(scan, info)))
    return shell(f"scrubber report: {info.outdir}", f"<main>{body}</main>")


def explain_html(name: str, doc: Document) -> str:
    """``scrubber explain --html``: one page, every line, with the report's filters."""
    from .locate import Where

    view = DocView(Where(name), None, None, doc.lines, doc.metadata.title, "explained")
    # ``authors`` is a list: shown as the names it holds, in order.
    meta = " · ".join(f"{k}: {escape(v if isinstance(v, str) else ', '.join(v))}"
                      for k, v in doc.metadata.to_dict().items() if v)
    counts = " ".join(f'<span class="chip l-{escape(k)}" style="--c:{colour(k)}">{escape(k)} '
                      f"{n}</span>" for k, n in doc.label_counts.items())
    body = (f"<header class=\"top\"><h1>scrubber explain: {escape(name)}</h1>"
            f"<p class=\"sub\">{meta or 'no metadata found'} · encoding "
            f"{escape(doc.encoding or 'str')}</p><p>{counts}</p></header>"
            f'<section id="samples">{_filters({}, [view])}'
            f"{doc_html(view, 1, UNLIMITED)}</section>")
    return shell(f"scrubber explain: {name}", f"<main>{body}</main>")
