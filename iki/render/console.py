"""The terminal view of achievement: rich tables coloured by predikat band.

Part of the command-line layer, the one place where Rich is used. Every text that comes from the
data files goes into a `rich.text.Text`, never through Rich's markup parser, so a name holding
`[bold]` is shown as written, and through `printable`, so a control character in it is shown as
an escape rather than obeyed by the terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from iki.compute.achievement import (
    IndicatorAchievement,
    OfficeAchievement,
    PositionAchievement,
    scale,
)
from iki.compute.forms import ComparedRow, Trend
from iki.messages import language
from iki.model import GradeBand
from iki.printable import printable as _p
from iki.render.achievement import (
    office_text,
    percent,
    positions_mean_text,
    realisation_text,
    state_text,
    summary_text,
    target_text,
)
from iki.render.labels import LABELS

PALETTE = ("green", "cyan", "yellow", "dark_orange", "red")
"""From the top band to the bottom one; a scale with other than five bands is spread over it."""

MUTED = "dim"


def band_style(grade: str | None, bands: Sequence[GradeBand]) -> str:
    """The colour of a predikat: its band's place in the scale, spread over the palette."""
    ranked = scale(bands)
    place = ranked.place.get(grade) if grade is not None else None
    if place is None:
        return MUTED
    if len(ranked.ordered) == 1:
        return PALETTE[0]
    return PALETTE[round(place / (len(ranked.ordered) - 1) * (len(PALETTE) - 1))]


def _row(result: IndicatorAchievement, bands: Sequence[GradeBand]) -> list[RenderableType]:
    style = band_style(result.grade, bands)
    name = Text(_p(result.indicator.id), style="bold")
    name.append("\n")
    name.append(_p(result.indicator.name), style=MUTED)
    if result.achievement is None:
        achievement = Text("–", style=MUTED)
    else:
        # The predikat sits under the percentage: one column less keeps 80 columns readable.
        achievement = Text(percent(result.achievement), style=f"bold {style}")
        achievement.append(_p(f"\n{result.grade}"), style=style)
    return [
        name,
        Text(_p(target_text(result.target, result.indicator.unit))),
        Text(_p(realisation_text(result))),
        achievement,
        Text(_p(state_text(result)), style="" if result.achievement is not None else MUTED),
    ]


def position_table(result: PositionAchievement, bands: Sequence[GradeBand]) -> Table:
    labels = LABELS[language()]
    title = Text(_p(result.position.title), style="bold")
    title.append(_p(f" ({result.position.id})"), style=MUTED)
    caption = Text(f"{labels['summary_position']}: ")
    caption.append(_p(summary_text(result.summary)), style=band_style(result.summary.grade, bands))
    table = Table(title=title, caption=caption, title_justify="left", caption_justify="left")
    # Every column folds rather than being cut off: officers type the id into `iki record`, a
    # target cut to "9.000.000.00…" reads as another number, and a reason cut short loses its fix.
    table.add_column(labels["col_indicator_short"], overflow="fold")
    table.add_column(labels["col_target"], justify="right", overflow="fold")
    table.add_column(labels["col_realisation"], justify="right", overflow="fold")
    table.add_column(labels["col_achievement"], justify="right", overflow="fold")
    table.add_column(labels["col_state"], overflow="fold")
    for row in result.indicators:
        table.add_row(*_row(row, bands))
    return table


def office_view(result: OfficeAchievement, bands: Sequence[GradeBand]) -> RenderableType:
    labels = LABELS[language()]
    heading = Text(labels["achievement_heading"].format(period=result.period.label), style="bold")
    if result.organisation:
        heading.append(_p(f" — {result.organisation}"))
    parts: list[RenderableType] = [heading]
    limits = []
    if result.floor is not None:
        limits.append(labels["limit_floor"].format(value=percent(result.floor)))
    if result.cap is not None:
        limits.append(labels["limit_cap"].format(value=percent(result.cap)))
    if limits:
        shown = labels["limits"].format(limits=labels["limits_and"].join(limits))
        parts.append(Text(shown, style=MUTED))
    for position in result.positions:
        parts.extend((Text(""), position_table(position, bands)))
    if len(result.positions) > 1:
        parts.append(Text(""))
        total = Text(f"{labels['summary_office']}: ", style="bold")
        total.append(
            _p(office_text(result, labels, percent)),
            style=band_style(result.summary.grade, bands),
        )
        parts.append(total)
        second = positions_mean_text(result, labels, percent)
        parts.append(Text(second[:1].upper() + second[1:], style=MUTED))
    return Group(*parts)


def print_office(console: Console, result: OfficeAchievement, bands: Sequence[GradeBand]) -> None:
    console.print(office_view(result, bands))


_TREND_STYLE = {Trend.BETTER: "green", Trend.WORSE: "red", Trend.SAME: "", Trend.UNKNOWN: MUTED}


def comparison_table(
    rows: Sequence[ComparedRow], current: OfficeAchievement, other: OfficeAchievement
) -> Table:
    """Each indicator beside the same indicator in another year, to the same quarter."""
    labels = LABELS[language()]
    now, then = current.period, other.period
    title = Text(labels["comparison_title"].format(now=now.label, then=then.label), style="bold")
    table = Table(title=title, title_justify="left")
    table.add_column(labels["col_indicator_short"], overflow="fold")
    for column in ("col_realisation_year", "col_achievement_year"):
        for year in (now.year, then.year):
            table.add_column(labels[column].format(year=year), justify="right", overflow="fold")
    table.add_column(labels["col_trend"])
    for row in rows:
        name = Text(_p(row.current.indicator.ref), style="bold")
        name.append("\n")
        name.append(_p(row.current.indicator.name), style=MUTED)
        table.add_row(
            name,
            Text(_p(realisation_text(row.current))),
            Text(_p(realisation_text(row.other))),
            Text(_p(_capaian(row.current))),
            Text(_p(_capaian(row.other))),
            Text(labels[f"trend_{row.trend.value}"], style=_TREND_STYLE[row.trend]),
        )
    return table


def _capaian(result: IndicatorAchievement) -> str:
    if result.achievement is None:
        return state_text(result)
    return f"{percent(result.achievement)} ({result.grade})"


def print_comparison(
    console: Console,
    rows: Sequence[ComparedRow],
    current: OfficeAchievement,
    other: OfficeAchievement,
) -> None:
    console.print(Text(""))
    console.print(comparison_table(rows, current, other))
