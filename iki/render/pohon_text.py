"""The pohon kinerja for a terminal: a Rich tree, rendered to text here so that the command line
only writes it. Every text from the files goes in as `rich.text.Text`, never as markup, so a
`[bold]` in an indicator is printed as written.
"""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.text import Text
from rich.tree import Tree as RichTree

from iki.check.cascade import LinkKind
from iki.compute.pohon import IndicatorNode, Pohon, PositionNode, period_label, target_text
from iki.printable import printable as _p

WIDTH = 100
"""Width when the output is not a terminal: fixed, so the text is the same on every machine."""

MARKS = {
    "uncascaded": ("belum diturunkan", "bold yellow"),
    "orphan": ("tidak mendukung atasan", "bold yellow"),
    "supporting_work": ("penunjang", "cyan"),
}


def render(pohon: Pohon, *, width: int = WIDTH, color: bool = False) -> str:
    out = StringIO()
    console = Console(
        file=out,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        highlight=False,
        emoji=False,
        markup=False,
    )
    # Data texts are escaped here, not on output: with colour, the output holds Rich's own escapes.
    title = Text(_p(f"Pohon kinerja {pohon.organisation} — {period_label(pohon)}"), style="bold")
    console.print(title)
    if pohon.root is not None:
        console.print(_tree(pohon.root, pohon))
    else:
        console.print(Text("(tidak ada Kepala Dinas: tidak ada jabatan tanpa atasan)", "red"))
    if pohon.unplaced:
        console.print(Text("\nDi luar pohon (lihat iki validate):", style="bold red"))
        for node in pohon.unplaced:
            console.print(_tree(node, pohon))
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    return "\n".join([*lines, "", summary(pohon)]) + "\n"


def summary(pohon: Pohon) -> str:
    c = pohon.counts
    parts = [
        f"{c.positions} jabatan ({c.placed} dalam pohon)",
        f"{c.indicators} indikator",
        f"{c.uncascaded} belum diturunkan",
        f"{c.orphans} tidak mendukung atasan",
        f"{c.supporting_work} penunjang",
    ]
    return " · ".join(parts)


def _tree(node: PositionNode, pohon: Pohon) -> RichTree:
    branch = RichTree(_position_label(node), guide_style="dim")
    _fill(branch, node, pohon)
    return branch


def _fill(branch: RichTree, node: PositionNode, pohon: Pohon) -> None:
    for indicator in node.indicators:
        branch.add(_indicator_label(indicator, node, pohon))
    for child in node.subordinates:
        _fill(branch.add(_position_label(child)), child, pohon)


def _position_label(node: PositionNode) -> Text:
    label = Text(_p(node.title), style="bold")
    label.append(_p(f" ({node.id})"), style="dim")
    if node.superior is not None and node.depth is None:
        label.append(_p(f" atasan: {node.superior}"), style="red")
    if node.capaian is not None:
        label.append(f" · capaian {node.capaian}", style="green")
    return label


def _indicator_label(indicator: IndicatorNode, node: PositionNode, pohon: Pohon) -> Text:
    label = Text("• ")
    label.append(_p(indicator.id), style="bold")
    label.append(": ")
    label.append(_p(indicator.name))
    for support in indicator.supports:
        if support.kind is LinkKind.DIRECT:
            label.append(_p(f" ↑ {support.ref.partition('/')[2]}"), style="blue")
        elif support.kind is LinkKind.SKIP:
            label.append(_p(f" ↑ {support.ref} (melompati {node.superior})"), style="yellow")
        else:
            label.append(_p(f" ↑ {support.ref} (bukan atasan)"), style="red")
    target = target_text(indicator.target, indicator.unit)
    label.append(_p(f" · target {period_label(pohon)}: {target}"), style="dim")
    if indicator.capaian is not None:
        label.append(f" · capaian {indicator.capaian}", style="green")
    for attribute, (mark, style) in MARKS.items():
        if getattr(indicator, attribute):
            label.append(" ")
            label.append(f"[{mark}]", style=style)
    return label
