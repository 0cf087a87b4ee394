"""Small charts drawn on the server as SVG: no script, nothing fetched from elsewhere.

Each chart is an accessible image (``role="img"`` with a title) and every bar carries its own
``<title>``; the numbers are also written beside the bars, so nothing depends on colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

WIDTH = 320  # the drawing's own units: a phone's width, so its text is never shrunk there
FONT = 12


def _n(number: float) -> str:
    return f"{number:.1f}"


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    values: Sequence[int]


def column_chart(title: str, labels: Sequence[str], series: Sequence[Series]) -> SafeString:
    """Grouped columns, one group per label (e.g. a week), one column per series."""
    height, top, bottom, left = 170, 14, 34, 4
    plot_h = height - top - bottom
    peak = max([1, *(v for s in series for v in s.values)])
    group_w = (WIDTH - left) / max(1, len(labels))
    bar_w = max(2.0, (group_w - 6) / max(1, len(series)))
    bars = []
    for i, label in enumerate(labels):
        x0 = left + i * group_w + 3
        for j, s in enumerate(series):
            value = s.values[i]
            h = plot_h * value / peak
            x, y = x0 + j * bar_w, top + plot_h - h
            bars.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}">'
                    "<title>{} {}: {}</title></rect>"
                    '<text x="{}" y="{}" text-anchor="middle" font-size="{}">{}</text>',
                    _n(x), _n(y), _n(bar_w - 1), _n(h), s.colour, label, s.name, value,
                    _n(x + (bar_w - 1) / 2), _n(y - 2), FONT - 2, value if value else "",
                )
            )  # fmt: skip
        bars.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" font-size="{}">{}</text>',
                _n(x0 + (group_w - 6) / 2),
                height - bottom + 14,
                FONT - 1,
                label,
            )
        )
    legend = format_html_join(
        "",
        '<span><svg class="nt-swatch" viewBox="0 0 10 10" aria-hidden="true">'
        '<rect width="10" height="10" fill="{}"/></svg>{}</span> ',
        ((s.colour, s.name) for s in series),
    )
    return format_html(
        '<svg viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"'
        ' font-family="sans-serif"><title>{}</title>'
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#767676"/>{}</svg>'
        '<p class="nt-legend">{}</p>',
        WIDTH, height, title, title,
        left, _n(top + plot_h), WIDTH, _n(top + plot_h), SafeString("".join(bars)), legend,
    )  # fmt: skip


def bar_chart(title: str, rows: Sequence[tuple[str, int, str]]) -> SafeString:
    """Horizontal bars, the label written above each bar: (label, value, colour) rows."""
    if not rows:
        return SafeString("")
    row_h = 34
    height = row_h * len(rows) + 4
    peak = max([1, *(value for _label, value, _colour in rows)])
    room = WIDTH - 40  # leave room for the number after the longest bar
    parts = []
    for i, (label, value, colour) in enumerate(rows):
        y = i * row_h
        w = max(1.0, room * value / peak)
        parts.append(
            format_html(
                '<text x="0" y="{}" font-size="{}">{}</text>'
                '<rect x="0" y="{}" width="{}" height="12" fill="{}">'
                "<title>{}: {}</title></rect>"
                '<text x="{}" y="{}" font-size="{}">{}</text>',
                y + 12, FONT, label,
                y + 16, _n(w), colour, label, value,
                _n(w + 4), y + 27, FONT, value,
            )
        )  # fmt: skip
    return format_html(
        '<svg viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"'
        ' font-family="sans-serif"><title>{}</title>{}</svg>',
        WIDTH, height, title, title, SafeString("".join(parts)),
    )  # fmt: skip
