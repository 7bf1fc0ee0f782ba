"""The pohon kinerja as one value for `iki tree` and the reports: positions from the Kepala Dinas
down, each with its indicators, their targets for the year, their links and what the cascade
checks found about them.

Capaian is optional data from outside: `build(..., capaian=...)` takes display texts keyed by
indicator ref (`position/indicator`) or position id, so that the achievement computation can be
attached without this module knowing how it is computed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from iki.check.cascade import LinkKind, Tree
from iki.messages import Language, language
from iki.messages import text as message
from iki.model import Aggregation, Indicator, Office, Position, QuarterlyTarget, Range, Target
from iki.numbers import shown_decimals

NO_VALUES: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class SupportNode:
    """One `mendukung` of an indicator."""

    ref: str
    kind: LinkKind


@dataclass(frozen=True)
class IndicatorNode:
    ref: str
    id: str
    objective: str
    name: str
    unit: str | None
    target: Target
    """the target for the year, or to the end of the period when one is asked and it is set"""
    capaian: str | None
    supports: tuple[SupportNode, ...]
    supported_by: tuple[str, ...]
    supporting_work: bool
    """penunjang"""
    orphan: bool
    """tidak mendukung atasan"""
    uncascaded: bool
    """belum diturunkan"""


@dataclass(frozen=True)
class PositionNode:
    id: str
    title: str
    holder: str | None
    superior: str | None
    depth: int | None
    """0 for the Kepala Dinas; None outside the tree"""
    capaian: str | None
    indicators: tuple[IndicatorNode, ...]
    subordinates: tuple[PositionNode, ...]


@dataclass(frozen=True)
class Counts:
    positions: int
    placed: int
    indicators: int
    uncascaded: int
    orphans: int
    supporting_work: int


@dataclass(frozen=True)
class Pohon:
    organisation: str
    year: int
    quarter: int | None
    root: PositionNode | None
    unplaced: tuple[PositionNode, ...]
    """positions that the tree cannot hold (see the C001–C003 findings), without subordinates"""
    counts: Counts


def build(
    office: Office,
    tree: Tree,
    year: int,
    quarter: int | None = None,
    capaian: Mapping[str, str] = NO_VALUES,
) -> Pohon:
    orphans = {i.ref for i in tree.orphans}
    uncascaded = {i.ref for i in tree.uncascaded}

    def indicator_node(indicator: Indicator) -> IndicatorNode:
        return IndicatorNode(
            ref=indicator.ref,
            id=indicator.id,
            objective=indicator.objective,
            name=indicator.name,
            unit=indicator.unit,
            target=_target_for(indicator.target(year), quarter, indicator.aggregation),
            capaian=capaian.get(indicator.ref),
            supports=tuple(
                SupportNode(link.target, link.kind) for link in tree.supported(indicator.ref)
            ),
            supported_by=tree.supporters(indicator.ref),
            supporting_work=indicator.supporting_work,
            orphan=indicator.ref in orphans,
            uncascaded=indicator.ref in uncascaded,
        )

    def position_node(position: Position, with_subordinates: bool) -> PositionNode:
        subordinates = tree.children.get(position.id, ()) if with_subordinates else ()
        return PositionNode(
            id=position.id,
            title=position.title,
            holder=position.holder,
            superior=position.superior,
            depth=tree.depth.get(position.id),
            capaian=capaian.get(position.id),
            indicators=tuple(indicator_node(i) for i in position.indicators),
            subordinates=tuple(position_node(_get(office, s), True) for s in subordinates),
        )

    root = position_node(_get(office, tree.root), True) if tree.root is not None else None
    unplaced = tuple(position_node(_get(office, p), False) for p in tree.unplaced)
    indicators = [i for p in tree.superior for i in _get(office, p).indicators]
    return Pohon(
        organisation=office.config.organisation,
        year=year,
        quarter=quarter,
        root=root,
        unplaced=unplaced,
        counts=Counts(
            positions=len(tree.superior),
            placed=len(tree.depth),
            indicators=len(indicators),
            uncascaded=len(uncascaded),
            orphans=len(orphans),
            supporting_work=sum(1 for i in indicators if i.supporting_work),
        ),
    )


def _get(office: Office, position_id: str) -> Position:
    position = office.position(position_id)
    assert position is not None, position_id
    return position


def _target_for(target: Target, quarter: int | None, how: Aggregation) -> Target:
    """The target at the quarter; for the year, per-quarter targets combined to TW4 as the
    indicator's realisation is (`how`)."""
    if not isinstance(target, QuarterlyTarget):
        return target
    if quarter is not None:
        return target.to(quarter, how)
    if not target.cumulative and target.to(4, how) is not None:
        return target.to(4, how)
    return target


def walk(node: PositionNode) -> list[PositionNode]:
    """The node and everything under it, each position before its subordinates."""
    out = [node]
    for child in node.subordinates:
        out.extend(walk(child))
    return out


# -- display text shared by the formatters ---------------------------------------------------


def number(value: float) -> str:
    """As the run's language writes it: 1.234.567,5 in Indonesian, 1,234,567.5 in English —
    at most two decimals, no trailing zeros."""
    text = f"{value:,.{shown_decimals(value)}f}".rstrip("0").rstrip(".")
    if language() is not Language.ID:
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def target_text(target: Target, unit: str | None) -> str:
    """The target as a person reads it; 'belum ada target' when there is none."""
    suffix = f" {unit}" if unit else ""
    if target is None:
        return message("pohon.no_target")
    if isinstance(target, Range):
        return f"{number(target.minimum)}–{number(target.maximum)}{suffix}"
    if isinstance(target, QuarterlyTarget):
        # cumulative: the last quarter that has a target is the target so far
        last = max((n for n in range(1, 5) if target.to(n) is not None), default=None)
        if last is None:
            return message("pohon.no_target")
        if not target.cumulative:
            return f"{number(target.to(last) or 0)}{suffix} (TW{last})"
        return (
            f"{number(target.to(last) or 0)}{suffix} ({message('pohon.to', quarter=f'TW{last}')})"
        )
    return f"{number(target)}{suffix}"


def period_label(pohon: Pohon) -> str:
    to = f" {message('pohon.to', quarter=f'TW{pohon.quarter}')}" if pohon.quarter else ""
    return f"{pohon.year}{to}"
