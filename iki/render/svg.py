"""Two pictures for the HTML reports, drawn as inline SVG by plain arithmetic: the pohon kinerja
and a bar chart of capaian.

No script, no font metrics, no randomness: the layout depends on the data alone, so the same data
gives the same bytes. Widths of text are estimated from the number of characters (a sans-serif
letter at the sizes below is about 0.55 em wide), long texts are cut with "…" and the full text
is kept in the element's `<title>`, which a browser shows on hover.

Colours are not written here: boxes and bars carry classes (`band-0` … `band-4`, from the top
predikat to the bottom one, `band-none` without capaian) that the report's stylesheet colours, so
the table, the legend and the pictures share one palette.

Every text is escaped for XML; hrefs are built by the caller from validated ids only.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape as _xml_escape

# -- shared ------------------------------------------------------------------------------------


def escape(text: str) -> str:
    """Text for an SVG element or a double-quoted attribute."""
    return _xml_escape(text, {'"': "&quot;"})


def _n(value: float) -> str:
    """A coordinate: at most one decimal, no trailing zeros; the same text on every machine."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def cut(text: str, limit: int) -> str:
    """At most `limit` characters, with "…" when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cut_middle(text: str, limit: int) -> str:
    """At most `limit` characters, the middle replaced by "…": the end of a position's name is
    what tells two of the same title apart (… Perizinan I, … Perizinan II)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    tail = (limit - 3) // 2  # " … " takes three
    head, end = text[: limit - 3 - tail], text[len(text) - tail :]
    # whole words where a space is near: "Perizinan (Kasi … Perizinan I)"
    if " " in head[len(head) // 2 :]:
        head = head.rsplit(" ", 1)[0]
    if " " in end[: len(end) // 2]:
        end = end.split(" ", 1)[1]
    return f"{head.rstrip()} … {end.lstrip()}"


def band_class(band: int | None) -> str:
    return "band-none" if band is None else f"band-{band}"


def _linked(href: str | None, body: str) -> str:
    return f'<a href="{escape(href)}">{body}</a>' if href else body


# -- the pohon kinerja -------------------------------------------------------------------------

BOX_W = 226
BOX_H = 92
GAP_X = 34
GAP_Y = 12
MARGIN = 6
TITLE_CHARS = 24
"""Characters per title line: 12.5 px bold, about 8.2 px a letter, in a 226 px box. The sizes
are those of paper: drawn at its own size (one CSS px a px) no text is below 8 pt (10.7 px)."""
TITLE_LINES = 3
DETAIL_CHARS = 30
TITLE_LEADING = 16
DETAIL_LEADING = 14.5


@dataclass(frozen=True)
class TreeBox:
    """One position in the picture."""

    key: str
    """the position's id: the element's id"""
    title: str
    details: tuple[str, ...]
    """up to two short lines under the title: capaian, indicators"""
    band: int | None
    href: str | None
    children: tuple[TreeBox, ...] = ()


@dataclass(frozen=True)
class _Placed:
    box: TreeBox
    x: float
    y: float
    """top of the box"""


def _place(
    box: TreeBox, depth: int, top: float, placed: list[_Placed], edges: list[str]
) -> tuple[float, float]:
    """Place `box` and its subtree from `top` down; return its centre and the next free top.

    Leaves are stacked in order; a parent sits at the middle of its first and last child, so the
    spans of two subtrees never overlap and neither do their boxes.
    """
    x = MARGIN + depth * (BOX_W + GAP_X)
    if not box.children:
        placed.append(_Placed(box, x, top))
        return top + BOX_H / 2, top + BOX_H + GAP_Y
    centres = []
    for child in box.children:
        centre, top = _place(child, depth + 1, top, placed, edges)
        centres.append(centre)
    middle = (centres[0] + centres[-1]) / 2
    placed.append(_Placed(box, x, middle - BOX_H / 2))
    start, bend, end = x + BOX_W, x + BOX_W + GAP_X / 2, x + BOX_W + GAP_X
    for centre in centres:
        edges.append(f'<path d="M{_n(start)} {_n(middle)}H{_n(bend)}V{_n(centre)}H{_n(end)}"/>')
    return middle, top


def _box(item: _Placed) -> str:
    box = item.box
    lines = textwrap.wrap(box.title, TITLE_CHARS) or [""]
    if len(lines) > TITLE_LINES:
        lines = [*lines[: TITLE_LINES - 1], cut(" ".join(lines[TITLE_LINES - 1 :]), TITLE_CHARS)]
    left = _n(item.x + 7)
    first = item.y + 18
    texts = [
        f'<tspan x="{left}" y="{_n(first + TITLE_LEADING * i)}" class="t">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    ]
    below = first + TITLE_LEADING * len(lines) + 1
    texts += [
        f'<tspan x="{left}" y="{_n(below + DETAIL_LEADING * i)}">'
        f"{escape(cut(line, DETAIL_CHARS))}</tspan>"
        for i, line in enumerate(box.details[:2])
    ]
    body = (
        f'<g class="node {band_class(box.band)}" id="node-{escape(box.key)}">'
        f"<title>{escape(box.title)}</title>"
        f'<rect x="{_n(item.x)}" y="{_n(item.y)}" width="{BOX_W}" height="{BOX_H}" rx="4"/>'
        f"<text>{''.join(texts)}</text></g>"
    )
    return _linked(box.href, body)


def tree(roots: Sequence[TreeBox], aside: Sequence[TreeBox] = (), aside_label: str = "") -> str:
    """The positions from the root(s) rightward, one column per level; `aside` (positions that the
    tree cannot hold) below them under `aside_label`, one box each."""
    placed: list[_Placed] = []
    edges: list[str] = []
    top: float = MARGIN
    for root in roots:
        _, top = _place(root, 0, top, placed, edges)
    label = ""
    if aside:
        top += GAP_Y
        label = f'<text class="aside" x="{MARGIN}" y="{_n(top + 10)}">{escape(aside_label)}</text>'
        top += 16
        for box in aside:
            alone = TreeBox(box.key, box.title, box.details, box.band, box.href)
            _, top = _place(alone, 0, top, placed, edges)
    depth = max((round((p.x - MARGIN) / (BOX_W + GAP_X)) for p in placed), default=0)
    width = 2 * MARGIN + (depth + 1) * BOX_W + depth * GAP_X
    height = top - GAP_Y + MARGIN
    boxes = "".join(_box(p) for p in sorted(placed, key=lambda p: (p.x, p.y)))
    return (
        f'<svg class="tree" viewBox="0 0 {_n(width)} '
        f'{_n(height)}" width="{_n(width)}" height="{_n(height)}" role="img">'
        f'<g class="edges">{"".join(edges)}</g>{label}{boxes}</svg>'
    )


# -- the bar chart -------------------------------------------------------------------------------

LABEL_W = 340
BAR_X = 350
BAR_W = 400
ROW_H = 36
CHART_W = 940
LABEL_CHARS = 50
SUBLABEL_CHARS = 54
"""Label sizes of paper (11 px, 10.7 px: 8 pt at the chart's own size), about 6.6 px a letter."""


@dataclass(frozen=True)
class Bar:
    label: str
    """the indicator"""
    sublabel: str
    """the position"""
    value: float
    """capaian in percent; may be below 0 or far above 100"""
    text: str
    """the value as the report writes it, with the predikat"""
    band: int | None
    href: str | None


def axis_maximum(values: Sequence[float]) -> int:
    """100 %, or the largest value rounded up to 50, at most 200: a bar beyond is cut at the edge
    (its text still says the value), so one outlier does not squash every other bar."""
    largest = max(values, default=100.0)
    if not math.isfinite(largest) or largest <= 100:
        return 100
    return min(200, math.ceil(largest / 50) * 50)


def bar_chart(bars: Sequence[Bar]) -> str:
    maximum = axis_maximum([b.value for b in bars])
    step = 25 if maximum == 100 else 50
    scale = BAR_W / maximum
    top = 8
    bottom = top + ROW_H * len(bars)
    parts = []
    for tick in range(0, maximum + 1, step):
        x = BAR_X + tick * scale
        dashed = ' class="full"' if tick == 100 else ""
        parts.append(f'<line x1="{_n(x)}" y1="{top - 4}" x2="{_n(x)}" y2="{bottom}"{dashed}/>')
        parts.append(
            f'<text class="tick" x="{_n(x)}" y="{bottom + 16}" text-anchor="middle">{tick} %</text>'
        )
    for i, bar in enumerate(bars):
        y = top + i * ROW_H
        length = min(max(bar.value, 0.0), float(maximum)) * scale
        cut_off = bar.value > maximum
        label = (
            f'<text x="{LABEL_W}" y="{_n(y + 14)}" text-anchor="end" class="label">'
            f"{escape(cut(bar.label, LABEL_CHARS))}</text>"
            f'<text x="{LABEL_W}" y="{_n(y + 28)}" text-anchor="end" class="sublabel">'
            f"{escape(cut_middle(bar.sublabel, SUBLABEL_CHARS))}</text>"
        )
        value_x = BAR_X + length + 4
        row = (
            f'<g class="bar {band_class(bar.band)}">'
            f"<title>{escape(bar.label)} — {escape(bar.sublabel)}: {escape(bar.text)}</title>"
            f"{label}"
            f'<rect x="{BAR_X}" y="{_n(y + 8)}" width="{_n(length)}" height="18"/>'
            f'<text x="{_n(value_x)}" y="{_n(y + 21)}" class="value">'
            f"{'» ' if cut_off else ''}{escape(bar.text)}</text></g>"
        )
        parts.append(_linked(bar.href, row))
    height = bottom + 24
    return (
        f'<svg class="chart" viewBox="0 0 {CHART_W} '
        f'{height}" width="{CHART_W}" height="{height}" role="img">{"".join(parts)}</svg>'
    )
