"""The pohon kinerja for a terminal: a Rich tree, rendered to text here so that the command line
only writes it. Every text from the files goes in as `rich.text.Text`, never as markup, so a
`[bold]` in an indicator is printed as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from io import StringIO

from rich.console import Console
from rich.text import Text
from rich.tree import Tree as RichTree

from iki.check.cascade import LinkKind
from iki.compute.pohon import IndicatorNode, Pohon, PositionNode, period_label, target_text
from iki.messages import language
from iki.printable import printable as _p
from iki.render.labels import LABELS

WIDTH = 100
"""Width when the output is not a terminal: fixed, so the text is the same on every machine."""

MARKS = {
    "uncascaded": ("tree_mark_uncascaded", "bold yellow"),
    "orphan": ("tree_mark_orphan", "bold yellow"),
    "supporting_work": ("tree_mark_supporting_work", "cyan"),
}
"""Each mark's label (a key of `iki.render.labels`) and style."""


def _labels() -> Mapping[str, str]:
    return LABELS[language()]


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
    labels = _labels()
    heading = labels["tree_title"].format(
        organisation=pohon.organisation, period=period_label(pohon)
    )
    console.print(Text(_p(heading), style="bold"))
    if pohon.root is not None:
        console.print(_tree(pohon.root, pohon))
    else:
        console.print(Text(labels["tree_no_head"], "red"))
    if pohon.unplaced:
        console.print(Text("\n" + labels["tree_outside"], style="bold red"))
        for node in pohon.unplaced:
            console.print(_tree(node, pohon))
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    return "\n".join([*lines, "", summary(pohon)]) + "\n"


def summary(pohon: Pohon) -> str:
    c = pohon.counts
    labels = _labels()
    parts = [
        labels["tree_count_positions"].format(n=c.positions, placed=c.placed),
        labels["tree_count_indicators"].format(n=c.indicators),
        labels["tree_count_uncascaded"].format(n=c.uncascaded),
        labels["tree_count_orphans"].format(n=c.orphans),
        labels["tree_count_supporting_work"].format(n=c.supporting_work),
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
        label.append(_p(" " + _labels()["tree_superior"].format(superior=node.superior)), "red")
    if node.capaian is not None:
        label.append(" · " + _labels()["tree_capaian"].format(value=node.capaian), "green")
    return label


def _indicator_label(indicator: IndicatorNode, node: PositionNode, pohon: Pohon) -> Text:
    labels = _labels()
    label = Text("• ")
    label.append(_p(indicator.id), style="bold")
    label.append(": ")
    label.append(_p(indicator.name))
    for support in indicator.supports:
        if support.kind is LinkKind.DIRECT:
            label.append(_p(f" ↑ {support.ref.partition('/')[2]}"), style="blue")
        elif support.kind is LinkKind.SKIP:
            skip = labels["tree_skip"].format(superior=node.superior)
            label.append(_p(f" ↑ {support.ref} ({skip})"), style="yellow")
        else:
            label.append(_p(f" ↑ {support.ref} ({labels['link_astray']})"), style="red")
    target = target_text(indicator.target, indicator.unit)
    shown = labels["tree_target"].format(period=period_label(pohon), target=target)
    label.append(_p(f" · {shown}"), style="dim")
    if indicator.capaian is not None:
        label.append(" · " + labels["tree_capaian"].format(value=indicator.capaian), "green")
    for attribute, (mark, style) in MARKS.items():
        if getattr(indicator, attribute):
            label.append(" ")
            label.append(f"[{labels[mark]}]", style=style)
    return label
