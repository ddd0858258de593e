"""Inline SVG bar charts: no script, no network, readable when printed.

Each bar carries its name and count in a ``<title>`` (shown on hover) and, when the chart
filters the samples, a ``data-filter`` attribute the page's script listens to.
"""

from __future__ import annotations

from html import escape

from .style import colour

#: Geometry of a horizontal bar chart, in SVG user units (the chart scales to its box).
WIDTH, ROW, NAME_WIDTH, VALUE_WIDTH = 560, 20, 190, 80


def _fmt(value: float, share: bool) -> str:
    return f"{value:.0%}" if share else f"{int(value):,}"


def bar_chart(rows: list[tuple[str, float]], *, label_colours: bool = False,
              filter_kind: str | None = None, share: bool = False, title: str = "") -> str:
    """Horizontal bars, one per (name, value), longest first as given. ``label_colours``
    colours each bar by the label it names; ``filter_kind`` (``label`` or ``reason``) makes
    each bar a filter of the samples; ``share`` shows values in 0..1 as percentages."""
    if not rows:
        return '<p class="none">none</p>'
    top = max(1.0 if share else max(v for _, v in rows), 1e-9)
    span = WIDTH - NAME_WIDTH - VALUE_WIDTH
    height = ROW * len(rows) + 4
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
             f'height="{height}" role="img" aria-label="{escape(title)}">']
    for i, (name, value) in enumerate(rows):
        y = i * ROW + 2
        width = max(span * value / top, 1.5 if value else 0)
        fill = colour(name) if label_colours else "var(--bar)"
        attrs = f' data-filter="{filter_kind}:{escape(name)}" class="bar filter"' \
            if filter_kind else ' class="bar"'
        shown = _fmt(value, share)
        parts.append(
            f'<g{attrs}><title>{escape(name)}: {shown}</title>'
            f'<text x="{NAME_WIDTH - 6}" y="{y + 14}" text-anchor="end" class="name">'
            f'{escape(name[:28])}</text>'
            f'<rect x="{NAME_WIDTH}" y="{y + 2}" width="{width:.1f}" height="{ROW - 5}" '
            f'rx="2" fill="{fill}"/>'
            f'<text x="{NAME_WIDTH + width + 5:.1f}" y="{y + 14}" class="value">{shown}</text>'
            '</g>')
    parts.append("</svg>")
    return "".join(parts)


def top(counts: dict[str, int], limit: int, skip: tuple[str, ...] = ()) -> list[tuple[str, float]]:
    """The ``limit`` largest counts, largest first (ties by name), without ``skip``."""
    items = [(k, float(v)) for k, v in counts.items() if k not in skip and v]
    return sorted(items, key=lambda kv: (-kv[1], kv[0]))[:limit]
