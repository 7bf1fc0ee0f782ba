"""The pohon kinerja as a Mermaid `flowchart TD`, to paste into Markdown (GitHub renders it).

Each position is a subgraph holding its indicators; a plain line joins a position to its
superior, an arrow runs from an indicator to each indicator that supports it (the cascade read
top-down), dotted when the link skips a level or does not go to a superior. Node ids are made
from the ids of the files, reduced to `[a-z0-9_]`; labels are quoted and every character that
means something to Mermaid or HTML is written as an entity code, so no text from the files can
change the diagram.
"""

from __future__ import annotations

import re

from iki.check.cascade import LinkKind
from iki.compute.pohon import IndicatorNode, Pohon, PositionNode, period_label, target_text, walk

STYLES = {
    "belum": "fill:#fff4ce,stroke:#9a6700",
    "yatim": "fill:#ffebe9,stroke:#cf222e",
    "penunjang": "fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3",
}
"""Class names: belum diturunkan, tidak mendukung atasan (yatim), penunjang."""

_ENTITIES = {
    "#": "#35;",  # first: every entity below starts with '#'
    '"': "#quot;",
    "&": "#amp;",
    "<": "#lt;",
    ">": "#gt;",
    "`": "#96;",
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def escape(text: str) -> str:
    """Text safe inside a quoted Mermaid label: entity codes, no line breaks of its own."""
    text = _CONTROL.sub(" ", text)
    return "".join(_ENTITIES.get(ch, ch) for ch in text)


def node_id(kind: str, *parts: str) -> str:
    """`p_kepala_dinas`, `i_kepala_dinas__ikm`: letters, digits and `_` only.

    Ids in the files are `[a-z0-9]` words joined by single `-`, so `-` → `_` and `__` between
    parts keep distinct ids distinct; anything else is spelled as its code point.
    """

    def clean(part: str) -> str:
        part = part.replace("-", "_")
        return re.sub(r"[^a-z0-9_]", lambda m: f"x{ord(m.group()):x}", part)

    return kind + "_" + "__".join(clean(p) for p in parts)


def render(pohon: Pohon) -> str:
    lines = ["flowchart TD"]
    nodes = ([*walk(pohon.root)] if pohon.root else []) + list(pohon.unplaced)
    known = {node.id for node in nodes}
    classes: dict[str, list[str]] = {name: [] for name in STYLES}
    for node in nodes:
        lines.append(f'  subgraph {node_id("p", node.id)}["{escape(_position_label(node))}"]')
        for indicator in node.indicators:
            nid = node_id("i", node.id, indicator.id)
            label = "<br/>".join(escape(part) for part in _indicator_lines(indicator, pohon))
            lines.append(f'    {nid}["{label}"]')
            if indicator.uncascaded:
                classes["belum"].append(nid)
            if indicator.orphan:
                classes["yatim"].append(nid)
            if indicator.supporting_work:
                classes["penunjang"].append(nid)
        lines.append("  end")
    for node in nodes:
        if node.superior is not None and node.superior in known:
            lines.append(f"  {node_id('p', node.superior)} --- {node_id('p', node.id)}")
    for node in nodes:
        for indicator in node.indicators:
            for support in indicator.supports:
                position, _, target = support.ref.partition("/")
                if position not in known:
                    continue
                arrow = {
                    LinkKind.DIRECT: "-->",
                    LinkKind.SKIP: "-. melompat .->",
                    LinkKind.ASTRAY: "-. bukan atasan .->",
                }[support.kind]
                source = node_id("i", position, target)
                lines.append(f"  {source} {arrow} {node_id('i', node.id, indicator.id)}")
    for name, style in STYLES.items():
        lines.append(f"  classDef {name} {style}")
    for name, members in classes.items():
        if members:
            lines.append(f"  class {','.join(members)} {name}")
    return "\n".join(lines) + "\n"


def _position_label(node: PositionNode) -> str:
    return node.title + (f" · capaian {node.capaian}" if node.capaian is not None else "")


def _indicator_lines(indicator: IndicatorNode, pohon: Pohon) -> list[str]:
    lines = [
        indicator.name,
        f"target {period_label(pohon)}: {target_text(indicator.target, indicator.unit)}",
    ]
    if indicator.capaian is not None:
        lines.append(f"capaian {indicator.capaian}")
    warnings = [
        mark
        for flag, mark in (
            (indicator.uncascaded, "belum diturunkan"),
            (indicator.orphan, "tidak mendukung atasan"),
        )
        if flag
    ]
    if warnings:
        lines.append("⚠ " + ", ".join(warnings))
    if indicator.supporting_work:
        lines.append("penunjang")
    return lines


def render_positions(pohon: Pohon, titles: dict[str, str] | None = None) -> str:
    """Positions only, one box each (title, capaian, number of indicators), joined to their
    superiors: a diagram that stays readable on a page, where `render` with every indicator
    grows too wide to read. `titles` replaces a position's title (to tell apart two positions
    of the same name)."""
    lines = ["flowchart TD"]
    nodes = ([*walk(pohon.root)] if pohon.root else []) + list(pohon.unplaced)
    known = {node.id for node in nodes}
    for node in nodes:
        title = (titles or {}).get(node.id, node.title)
        parts = [title, f"{len(node.indicators)} indikator"]
        if node.capaian is not None:
            parts.append(f"capaian {node.capaian}")
        label = "<br/>".join(escape(part) for part in parts)
        lines.append(f'  {node_id("p", node.id)}["{label}"]')
    for node in nodes:
        if node.superior is not None and node.superior in known:
            lines.append(f"  {node_id('p', node.superior)} --> {node_id('p', node.id)}")
    return "\n".join(lines) + "\n"
