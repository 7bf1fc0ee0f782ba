"""What the yearly and quarterly documents of SAKIP hold: the Perjanjian Kinerja (PK) with its
rencana aksi, the quarterly report of capaian, and the comparison with another year.

Plain values only; `iki.render.forms` turns them into text. The PK follows the form used under
PermenPAN-RB 53/2014 (docs/sumber-sakip.md): a statement by the holder of the position (pihak
pertama) and the superior (pihak kedua), a table of sasaran, indikator and target, and the
quarterly targets of the rencana aksi. Nothing is dropped: a row without a target is a row that
says so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from iki.check.cascade import Tree
from iki.compute.achievement import (
    IndicatorAchievement,
    OfficeAchievement,
    Period,
    Realised,
    indicator_achievement,
    realise,
)
from iki.model import (
    QUARTERS,
    Indicator,
    KeyIndicator,
    Office,
    Polarity,
    Position,
    QuarterEntry,
    QuarterlyTarget,
    Target,
    renstra_id,
)

STRUCTURAL_TITLE = re.compile(
    r"^\s*(kepala|sekretaris|kabid|kabag|kasubag|kasubbag|kasubid|kasi)\b", re.IGNORECASE
)
"""Titles of the structural positions (eselon II–IV) that sign a PK: Kepala Dinas, Sekretaris,
Kepala Bidang, Kepala Bagian, Kepala Sub Bagian, Kepala Seksi, in full or abbreviated."""


def is_structural(position: Position, tree: Tree) -> bool:
    """Whether the position signs a Perjanjian Kinerja: it heads others, or its title is that of
    a structural position. Functional and administrative staff have an SKP instead."""
    return bool(tree.children.get(position.id)) or bool(STRUCTURAL_TITLE.match(position.title))


def structural_positions(office: Office, tree: Tree) -> tuple[Position, ...]:
    """The positions that sign a PK, from the head of the office down."""
    order = [*tree.preorder(), *tree.unplaced]
    found = [office.position(pid) for pid in order]
    return tuple(p for p in found if p is not None and is_structural(p, tree))


def carried_iku(office: Office, indicator: Indicator) -> tuple[KeyIndicator, ...]:
    """The Renstra IKU the row names in `mendukung`, as far as the Renstra has them."""
    plan = office.renstra
    if plan is None:
        return ()
    found = (plan.indicator(iku) for ref in indicator.supports if (iku := renstra_id(ref)))
    return tuple(i for i in found if i is not None)


# -- the Perjanjian Kinerja ------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementRow:
    indicator: Indicator
    target: Target
    """the year's target as written: a number, a range, quarterly targets, or None"""
    quarters: tuple[float | None, float | None, float | None, float | None] | None
    """the rencana aksi: cumulative targets to the end of each quarter; None when the target
    is not broken down by quarter"""
    iku: tuple[KeyIndicator, ...]


@dataclass(frozen=True)
class Agreement:
    position: Position
    superior: Position | None
    year: int
    rows: tuple[AgreementRow, ...]


def agreement(office: Office, position: Position, year: int) -> Agreement:
    rows = []
    for indicator in position.indicators:
        target = indicator.target(year)
        rows.append(
            AgreementRow(
                indicator=indicator,
                target=target,
                quarters=target.quarters if isinstance(target, QuarterlyTarget) else None,
                iku=carried_iku(office, indicator),
            )
        )
    superior = office.position(position.superior) if position.superior else None
    return Agreement(position, superior, year, tuple(rows))


# -- the quarterly report --------------------------------------------------------------------


class Trend(StrEnum):
    """This year's realisation to date against last year's to the same quarter."""

    BETTER = "membaik"
    WORSE = "menurun"
    SAME = "tetap"
    UNKNOWN = "tanpa-pembanding"


@dataclass(frozen=True)
class QuarterRow:
    achievement: IndicatorAchievement
    entry: QuarterEntry | None
    """the quarter's own entry, with its kendala and upaya"""
    previous: Realised | None
    """last year's realisation to the same quarter; None when last year has no file"""
    trend: Trend
    iku: tuple[KeyIndicator, ...]


@dataclass(frozen=True)
class QuarterReport:
    position: Position
    period: Period
    rows: tuple[QuarterRow, ...]
    previous_file: str | None
    """last year's realisation file of the position, when there is one"""


def trend(current: float | None, previous: float | None, polarity: Polarity) -> Trend:
    if current is None or previous is None:
        return Trend.UNKNOWN
    if math.isclose(current, previous, rel_tol=1e-9, abs_tol=1e-9):
        return Trend.SAME
    higher = current > previous
    return Trend.BETTER if higher == (polarity is Polarity.POSITIVE) else Trend.WORSE


def quarter_report(office: Office, position: Position, period: Period) -> QuarterReport:
    realisation = office.realisation(position.id, period.year)
    last_year = office.realisation(position.id, period.year - 1)
    last_period = Period(period.year - 1, period.quarter)
    rows = []
    for indicator in position.indicators:
        realised = realisation.indicator(indicator.id) if realisation else None
        result = indicator_achievement(indicator, realised, period, office.config)
        previous = (
            realise(indicator, last_year.indicator(indicator.id), last_period)
            if last_year is not None
            else None
        )
        rows.append(
            QuarterRow(
                achievement=result,
                entry=realised.entry(period.name) if realised else None,
                previous=previous,
                trend=trend(
                    result.realisation,
                    previous.value if previous else None,
                    indicator.polarity,
                ),
                iku=carried_iku(office, indicator),
            )
        )
    return QuarterReport(
        position, period, tuple(rows), last_year.file if last_year is not None else None
    )


def quarter_reports(
    office: Office, positions: Sequence[Position], period: Period
) -> tuple[QuarterReport, ...]:
    return tuple(quarter_report(office, p, period) for p in positions)


def quarter_number(name: str) -> int:
    return QUARTERS.index(name) + 1


# -- another year ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ComparedRow:
    current: IndicatorAchievement
    other: IndicatorAchievement
    trend: Trend


def compare(current: OfficeAchievement, other: OfficeAchievement) -> tuple[ComparedRow, ...]:
    """Each indicator at the current period beside the same indicator at the other year's same
    quarter (`iki achievement --compare-year`). The other year's target is the one the position
    file sets for that year; its realisation comes from that year's files."""
    others = {row.indicator.ref: row for position in other.positions for row in position.indicators}
    rows = []
    for position in current.positions:
        for row in position.indicators:
            then = others.get(row.indicator.ref)
            if then is None:
                continue
            rows.append(
                ComparedRow(
                    row, then, trend(row.realisation, then.realisation, row.indicator.polarity)
                )
            )
    return tuple(rows)


def years_with_files(office: Office) -> frozenset[int]:
    return frozenset(r.year for r in office.realisations)
