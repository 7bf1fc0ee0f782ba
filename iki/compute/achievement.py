"""Capaian: what each indicator achieved against its target, to the end of a quarter.

The rules follow PermenPAN-RB 8/2021 and common LKjIP practice (see docs/format.md, "Capaian"):

- the quarters are combined year to date by the indicator's `agregasi` (jumlah, rata-rata,
  terakhir); a formula indicator combines each *variable* by its own `agregasi` and then evaluates
  its rumus, so a percentage is a ratio of sums, never an average of quarterly ratios;
- positive polarity: realisation / target × 100; negative polarity (lower is better):
  (2 × target − realisation) / target × 100, or target / realisation × 100 where the indicator
  asks for `capaian_negatif: kebalikan`;
- a range target counts as met inside the range (100 %); above it the realisation is compared
  with the upper bound, below it with the lower bound;
- a quarterly target is cumulative to that quarter; an annual target holds for every quarter;
- an optional cap (`batas_capaian`) and the predikat scale come from iki.yaml.

What cannot be computed is a named `State` with its reason, never a zero. Every function here is
pure and total: any model, however odd its numbers, gives a result and never raises.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from iki import formula
from iki.compute import ikm
from iki.model import (
    QUARTERS,
    Aggregation,
    Config,
    GradeBand,
    Indicator,
    IndicatorRealisation,
    NegativeMethod,
    Office,
    Polarity,
    Position,
    QuarterEntry,
    QuarterlyTarget,
    Range,
    Target,
)

FULL = 100.0
"""The capaian of an indicator that met its target exactly (or lies inside its range)."""


class State(StrEnum):
    """Whether a capaian could be computed and, if not, why. Values are stable for scripts;
    `label` is what a report shows."""

    COMPUTED = "dihitung"
    NO_TARGET = "belum-ada-target"
    ZERO_TARGET = "target-nol"
    NO_REALISATION = "belum-ada-realisasi"
    UNDEFINED = "tidak-terdefinisi"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    State.COMPUTED: "dihitung",
    State.NO_TARGET: "belum ada target",
    State.ZERO_TARGET: "target nol",
    State.NO_REALISATION: "belum ada realisasi",
    State.UNDEFINED: "tidak dapat dihitung",
}


@dataclass(frozen=True)
class Period:
    """Year to date: from the start of `year` to the end of quarter `quarter` (1–4)."""

    year: int
    quarter: int

    @property
    def name(self) -> str:
        """TW1 … TW4, as in the files."""
        return QUARTERS[self.quarter - 1]

    @property
    def quarters(self) -> tuple[str, ...]:
        """The quarters counted: TW1 up to and including this one."""
        return QUARTERS[: self.quarter]

    @property
    def label(self) -> str:
        return f"{self.name} {self.year}"


@dataclass(frozen=True)
class Realised:
    """An indicator's realisation to date, before it meets its target."""

    value: float | None
    """None when nothing was realised, or when it cannot be computed (see `reason`)."""
    quarters: tuple[str, ...] = ()
    """The quarters that had data."""
    reason: str = ""
    """Why a realisation that has data cannot be computed (a division by zero, …)."""
    variables: Mapping[str, float | None] = field(default_factory=lambda: MappingProxyType({}))
    """For a formula indicator: each variable's value to date, as put into the rumus."""
    ikm: ikm.Index | None = None
    """For an IKM indicator: the index with its category."""


@dataclass(frozen=True)
class IndicatorAchievement:
    """One indicator's capaian at a period: what a report row shows."""

    indicator: Indicator
    period: Period
    target: float | Range | None
    """The target that applies at the period: the annual one, the cumulative quarterly one, or
    the range."""
    realised: Realised
    compared_with: float | None
    """The number the realisation was measured against: the target, or the bound of a range
    (None inside the range or when nothing was compared)."""
    achievement: float | None
    """Capaian in percent, after the cap; None unless the state is COMPUTED."""
    uncapped: float | None
    """Capaian before the cap (the same as `achievement` when no cap applies)."""
    grade: str | None
    """Predikat from the scale in iki.yaml."""
    state: State
    reason: str = ""
    """Detail of a state other than COMPUTED, in Indonesian, for the report."""

    @property
    def realisation(self) -> float | None:
        return self.realised.value

    @property
    def weight(self) -> float:
        """`bobot`, 1 when not given: without weights every indicator counts the same."""
        return 1.0 if self.indicator.weight is None else self.indicator.weight

    @property
    def capped(self) -> bool:
        return self.achievement != self.uncapped


@dataclass(frozen=True)
class Summary:
    """The mean capaian of a group, and how many of its indicators had one."""

    achievement: float | None
    """Mean capaian (%); None when no indicator of the group could be computed."""
    grade: str | None
    with_data: int
    """Indicators whose capaian could be computed."""
    total: int
    weighted: bool = False
    """Whether `bobot` weighted the mean."""


@dataclass(frozen=True)
class PositionAchievement:
    position: Position
    indicators: tuple[IndicatorAchievement, ...]
    summary: Summary


@dataclass(frozen=True)
class OfficeAchievement:
    """Every position's capaian at one period, with the office's mean.

    The office's mean is the plain mean of its positions' means: `bobot` weighs indicators within
    a position, and has no meaning between positions.
    """

    organisation: str
    period: Period
    positions: tuple[PositionAchievement, ...]
    summary: Summary
    """Over the positions: `achievement` is the mean of the position means; `with_data` and
    `total` count indicators."""
    positions_with_data: int
    cap: float | None


# -- the rules, one function each --------------------------------------------------------------


def aggregate(values: Sequence[float], how: Aggregation) -> float | None:
    """Combine the quarters' values (in quarter order) to date; None when there are none."""
    if not values:
        return None
    if how is Aggregation.LAST:
        return values[-1]
    # Plain sums: math.fsum raises on overflow, and untrusted numbers must never raise.
    total = sum(values)
    return total / len(values) if how is Aggregation.MEAN else total


def target_at(target: Target, quarter: int) -> float | Range | None:
    """The target that applies at the end of quarter 1–4."""
    if isinstance(target, QuarterlyTarget):
        return target.to(quarter)
    return target


def measure_against(realisation: float, target: float | Range) -> float | None:
    """The number a realisation is compared with: the target itself, or for a range the bound it
    lies beyond; None when it lies inside the range."""
    if not isinstance(target, Range):
        return target
    low, high = sorted((target.minimum, target.maximum))
    if realisation > high:
        return high
    if realisation < low:
        return low
    return None


def ratio(
    realisation: float,
    target: float,
    polarity: Polarity,
    method: NegativeMethod = NegativeMethod.REGULATION,
) -> float | None:
    """Capaian (%) of a realisation against a non-zero target; None when undefined."""
    if target == 0:
        return None
    if polarity is Polarity.POSITIVE:
        value = realisation / target * 100
    elif method is NegativeMethod.INVERSE:
        if realisation == 0:
            return None
        value = target / realisation * 100
    else:
        value = (2 * target - realisation) / target * 100
    return value if math.isfinite(value) else None


@dataclass(frozen=True)
class GradeScale:
    """The predikat bands ordered from the top, with each name's place, ready for lookups."""

    ordered: tuple[GradeBand, ...]
    """highest lower bound first; bands with equal bounds in the order written"""
    place: Mapping[str, int]
    """each name's place in `ordered` (the first, should a name repeat)"""
    negated: tuple[float, ...]
    """the bounds negated, ascending, for bisection"""

    def grade(self, value: float) -> str | None:
        if not self.ordered:
            return None
        if math.isnan(value):  # never at or above a bound: the lowest band, as before
            return self.ordered[-1].name
        found = bisect.bisect_left(self.negated, -value)
        return self.ordered[min(found, len(self.ordered) - 1)].name


_SCALES: dict[int, tuple[Sequence[GradeBand], GradeScale]] = {}


def scale(bands: Sequence[GradeBand]) -> GradeScale:
    """The scale of `bands`, made once per scale rather than sorted again for every row (a
    report grades every indicator, so that was rows × bands × log bands). Keyed by identity:
    the config's tuple lives as long as the run, and the cache holds it so its id stays its."""
    cached = _SCALES.get(id(bands))
    if cached is not None and cached[0] is bands:
        return cached[1]
    ordered = tuple(sorted(bands, key=lambda band: band.minimum, reverse=True))
    place: dict[str, int] = {}
    for n, band in enumerate(ordered):
        place.setdefault(band.name, n)
    made = GradeScale(ordered, MappingProxyType(place), tuple(-b.minimum for b in ordered))
    if len(_SCALES) > 16:
        _SCALES.clear()
    _SCALES[id(bands)] = (bands, made)
    return made


def grade(value: float, bands: Sequence[GradeBand]) -> str | None:
    """The predikat of a capaian: the band with the highest lower bound at or below it. A value
    below every bound takes the lowest band; above 100 % is simply the top band."""
    return scale(bands).grade(value)


def cap(value: float, limit: float | None) -> float:
    return min(value, limit) if limit is not None else value


# -- realisations to date --------------------------------------------------------------------


def _entries(realised: IndicatorRealisation | None, period: Period) -> list[QuarterEntry]:
    """The non-empty entries of the period's quarters, in quarter order."""
    if realised is None:
        return []
    counted = period.quarters
    entries = [e for e in realised.entries if e.quarter in counted and not e.is_empty]
    return sorted(entries, key=lambda e: counted.index(e.quarter))


def realise(
    indicator: Indicator, realised: IndicatorRealisation | None, period: Period
) -> Realised:
    """The indicator's realisation to the end of the period, by the kind of indicator."""
    entries = _entries(realised, period)
    if indicator.ikm:
        return _realise_ikm(indicator, entries)
    if indicator.formula is not None:
        return _realise_formula(indicator, entries)
    values = [e.value for e in entries if e.value is not None]
    quarters = tuple(e.quarter for e in entries if e.value is not None)
    value = aggregate(values, indicator.aggregation)
    if value is not None and not math.isfinite(value):
        return Realised(None, quarters, "hasil terlalu besar untuk dihitung")
    return Realised(value, quarters)


def _realise_formula(indicator: Indicator, entries: Sequence[QuarterEntry]) -> Realised:
    assert indicator.formula is not None
    quarters = tuple(e.quarter for e in entries)
    if not entries:
        return Realised(None)
    # A ratio of sums is like for like only when every summed variable covers the same
    # quarters: numerator of TW1–TW2 over denominator of TW1 alone would double the result.
    summed = [v.name for v in indicator.formula.variables if v.aggregation is not Aggregation.LAST]
    for entry in entries:
        missing = [name for name in summed if entry.variables.get(name) is None]
        if missing and len(missing) < len(summed):
            return Realised(None, quarters, f"nilai {missing[0]} belum diisi pada {entry.quarter}")
    values: dict[str, float | None] = {}
    for variable in indicator.formula.variables:
        given = [v for e in entries if (v := e.variables.get(variable.name)) is not None]
        values[variable.name] = aggregate(given, variable.aggregation)
    variables = MappingProxyType(dict(values))
    try:
        expression = formula.parse(indicator.formula.expression)
    except formula.FormulaSyntaxError as exc:
        return Realised(None, quarters, f"rumus tidak dapat dibaca: {exc.message}", variables)
    if any(v is not None and not math.isfinite(v) for v in values.values()):
        return Realised(None, quarters, "hasil terlalu besar untuk dihitung", variables)
    result = formula.evaluate(expression, values)
    if isinstance(result, formula.Undefined):
        return Realised(None, quarters, result.reason, variables)
    if not math.isfinite(result):
        return Realised(None, quarters, "hasil terlalu besar untuk dihitung", variables)
    return Realised(result, quarters, "", variables)


def _realise_ikm(indicator: Indicator, entries: Sequence[QuarterEntry]) -> Realised:
    surveys = [(e.quarter, ikm.Survey(e.elements, e.respondents)) for e in entries if e.elements]
    if not surveys:
        return Realised(None)
    if indicator.aggregation is Aggregation.LAST:
        surveys = surveys[-1:]
    quarters = tuple(q for q, _ in surveys)
    index = ikm.index([s for _, s in surveys])
    if index is None:
        return Realised(None, quarters, f"IKM memerlukan {ikm.ELEMENTS} nilai unsur")
    return Realised(index.value, quarters, "", ikm=index)


# -- one indicator, one position, the office ------------------------------------------------


def indicator_achievement(
    indicator: Indicator,
    realised: IndicatorRealisation | None,
    period: Period,
    config: Config,
) -> IndicatorAchievement:
    """An indicator's capaian at the period; every outcome is a result, never an exception."""
    target = target_at(indicator.target(period.year), period.quarter)
    done = realise(indicator, realised, period)

    def result(
        state: State,
        reason: str = "",
        compared: float | None = None,
        value: float | None = None,
    ) -> IndicatorAchievement:
        capped = cap(value, config.cap) if value is not None else None
        return IndicatorAchievement(
            indicator=indicator,
            period=period,
            target=target,
            realised=done,
            compared_with=compared,
            achievement=capped,
            uncapped=value,
            grade=grade(capped, config.grades) if capped is not None else None,
            state=state,
            reason=reason,
        )

    if target is None:
        return result(State.NO_TARGET)
    if not isinstance(target, Range) and target == 0:
        return result(State.ZERO_TARGET, "capaian terhadap target 0 tidak dapat dihitung")
    if done.value is None:
        if done.reason:
            return result(State.UNDEFINED, done.reason)
        return result(State.NO_REALISATION)
    compared = measure_against(done.value, target)
    if compared is None:
        return result(State.COMPUTED, value=FULL)
    if compared == 0:
        return result(State.ZERO_TARGET, "batas rentang yang dibandingkan bernilai 0", compared)
    value = ratio(done.value, compared, indicator.polarity, indicator.negative_method)
    if value is None:
        reason = (
            "realisasi 0: rumus kebalikan (target / realisasi) tidak dapat dihitung"
            if done.value == 0
            else "hasil terlalu besar untuk dihitung"
        )
        return result(State.UNDEFINED, reason, compared)
    return result(State.COMPUTED, compared=compared, value=value)


def summarise(results: Iterable[IndicatorAchievement], grades: Sequence[GradeBand]) -> Summary:
    """The mean (bobot-weighted when any indicator has a bobot) of the computed capaian."""
    results = list(results)
    computed = [r for r in results if r.achievement is not None]
    weighted = any(r.indicator.weight is not None for r in results)
    weights = [r.weight if weighted else 1.0 for r in computed]
    total_weight = sum(weights)
    mean: float | None = None
    if computed and total_weight > 0:
        mean = sum(w * (r.achievement or 0.0) for w, r in zip(weights, computed, strict=True))
        mean /= total_weight
        if not math.isfinite(mean):
            mean = None
    return Summary(
        achievement=mean,
        grade=grade(mean, grades) if mean is not None else None,
        with_data=len(computed),
        total=len(results),
        weighted=weighted,
    )


def position_achievement(position: Position, office: Office, period: Period) -> PositionAchievement:
    realisation = office.realisation(position.id, period.year)
    results = tuple(
        indicator_achievement(
            indicator,
            realisation.indicator(indicator.id) if realisation else None,
            period,
            office.config,
        )
        for indicator in position.indicators
    )
    return PositionAchievement(position, results, summarise(results, office.config.grades))


def office_achievement(
    office: Office, period: Period, position_ids: Sequence[str] | None = None
) -> OfficeAchievement:
    """Every position's capaian (or only those named), in id order, with the office's mean."""
    wanted = None if position_ids is None else set(position_ids)
    positions = tuple(
        position_achievement(p, office, period)
        for p in office.positions
        if wanted is None or p.id in wanted
    )
    means = [p.summary.achievement for p in positions if p.summary.achievement is not None]
    mean = sum(means) / len(means) if means else None
    if mean is not None and not math.isfinite(mean):
        mean = None
    summary = Summary(
        achievement=mean,
        grade=grade(mean, office.config.grades) if mean is not None else None,
        with_data=sum(p.summary.with_data for p in positions),
        total=sum(p.summary.total for p in positions),
    )
    return OfficeAchievement(
        organisation=office.config.organisation,
        period=period,
        positions=positions,
        summary=summary,
        positions_with_data=len(means),
        cap=office.config.cap,
    )


def latest_quarter(office: Office, year: int) -> int:
    """The last quarter of the year with any realisation entered; 4 when there is none."""
    found = [
        QUARTERS.index(entry.quarter) + 1
        for realisation in office.realisations
        if realisation.year == year
        for realised in realisation.indicators
        for entry in realised.entries
        if entry.quarter in QUARTERS and not entry.is_empty
    ]
    return max(found, default=len(QUARTERS))
