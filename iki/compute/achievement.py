"""Capaian: what each indicator achieved against its target, to the end of a quarter.

Every rule, with its source and a worked example, is in docs/capaian.md. In short:

- the quarters are combined year to date by the indicator's `agregasi`; without one, a
  percentage, index or ratio takes the latest quarter and any other quantity the sum, so a
  percentage is never summed unless the file says `jumlah`;
- a formula indicator without `agregasi` combines each *variable* by its own `agregasi` and then
  evaluates its rumus once (a ratio of sums); with `agregasi`, the rumus is evaluated per quarter
  and the results are combined by it. A rumus that adds or subtracts a year-to-date total and a
  whole-year value (growth against last year's total) is computed only once TW1–TW4 are in;
- capaian = (1 + (realisation − target) / |target|) × 100, and (1 − (realisation − target) /
  |target|) × 100 for negative polarity: realisation / target and PermenPAN-RB 8/2021's
  (2 × target − realisation) / target for a positive target, and defined for a negative one; a
  target of 0 is met (100 %) or not (0 %); `capaian_negatif: kebalikan` gives target / realisation;
- a range target counts as met inside the range; outside it the nearer bound is the target;
- quarterly targets are cumulative or per quarter (`jenis`); a series that contradicts its kind
  gives no capaian;
- the capaian is then held between `batas_bawah_capaian` (default 0) and `batas_capaian`
  (default 120), and its predikat is read from the number as shown, rounded half up to one
  decimal, so the printed number and the predikat always agree;
- the office's capaian is that of the Kepala Dinas's indicators, with their coverage; below
  `cakupan_minimum` it has no predikat. The mean over positions is a second figure.

What cannot be computed is a named `State` with its reason, never a zero. Every function here is
pure and total: any model, however odd its numbers, gives a result and never raises.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from types import MappingProxyType

from iki import formula
from iki.compute import ikm
from iki.messages import text as message
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
    SurveyElement,
    Target,
)

FULL = 100.0
"""The capaian of an indicator that met its target exactly (or lies inside its range)."""

NOT_MET = 0.0
"""The capaian of a target of 0 that was not met."""

DISPLAY_DECIMALS = 1
"""Capaian is shown with one decimal (87,5 %); its predikat is read from that number."""


class State(StrEnum):
    """Whether a capaian could be computed and, if not, why. Values are stable for scripts;
    `label` is what a report shows."""

    COMPUTED = "dihitung"
    NO_TARGET = "belum-ada-target"
    ZERO_TARGET = "target-nol"
    """No longer produced (a target of 0 is met or not, docs/capaian.md); kept so that scripts
    reading older JSON know the value."""
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
    """Capaian in percent, held between the floor and the cap; None unless COMPUTED."""
    uncapped: float | None
    """Capaian before the floor and the cap (the same as `achievement` within them)."""
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
    """Every position's capaian at one period, with the office's.

    The office's capaian (`summary`) is that of the Kepala Dinas's indicators (the office's IKU,
    which the Perjanjian Kinerja carries), `penunjang` rows left out, weighted by their `bobot`;
    it has a predikat only when at least `cakupan_minimum` % of those indicators have a capaian.
    `position_mean`, the plain mean of the positions' means, is a second figure: `bobot` weighs
    indicators within a position, and has no meaning between positions.
    """

    organisation: str
    period: Period
    positions: tuple[PositionAchievement, ...]
    summary: Summary
    """The office's capaian from the Kepala Dinas's indicators; `grade` None below the minimum
    coverage."""
    positions_with_data: int
    cap: float | None
    head: PositionAchievement | None = None
    """The Kepala Dinas's capaian (the position without `atasan`), whichever positions are shown."""
    position_mean: Summary | None = None
    """Over the positions shown: `achievement` is the mean of the position means; `with_data` and
    `total` count indicators."""
    coverage: float | None = None
    """The share (%) of the Kepala Dinas's indicators (without `penunjang`) with a capaian."""
    minimum_coverage: float = 100.0
    floor: float | None = None

    @property
    def coverage_met(self) -> bool:
        return self.coverage is not None and self.coverage >= self.minimum_coverage


# -- the rules, one function each --------------------------------------------------------------


def exact(value: float) -> Decimal:
    """A number as its decimal text says: 72.8 is 72.8, not the nearest binary fraction."""
    return Decimal(repr(value))


def _float(value: Decimal) -> float | None:
    """Back to a float; None when it does not fit one."""
    result = float(value)
    return result if math.isfinite(result) else None


def exact_mean(values: Sequence[float], weights: Sequence[float]) -> float | None:
    """Σ weight × value / Σ weight on the decimals as written, so that a mean at a band's edge
    (80,96 and 100,94 → 90,95 → 91,0 %) is not read from 90,94999…; None when the weights sum
    to 0 or a number does not fit."""
    if not all(math.isfinite(v) for v in (*values, *weights)):
        return None
    total = sum((exact(w) for w in weights), Decimal(0))
    if total == 0:
        return None
    try:
        pairs = zip(weights, values, strict=True)
        return _float(sum((exact(w) * exact(v) for w, v in pairs), Decimal(0)) / total)
    except (ArithmeticError, InvalidOperation):
        return None


def aggregate(values: Sequence[float], how: Aggregation) -> float | None:
    """Combine the quarters' values (in quarter order) to date; None when there are none, or
    when the result does not fit a float. Sums are exact on the decimals as written."""
    if not values:
        return None
    if how is Aggregation.LAST:
        return values[-1]
    finite = [v for v in values if math.isfinite(v)]
    if len(finite) != len(values):
        return None
    total = sum((exact(v) for v in values), Decimal(0))
    return _float(total / len(values) if how is Aggregation.MEAN else total)


def target_at(
    target: Target, quarter: int, how: Aggregation = Aggregation.SUM
) -> float | Range | None:
    """The target that applies at the end of quarter 1–4; per-quarter targets combine by the
    indicator's `agregasi` (`how`), as its realisation does."""
    if isinstance(target, QuarterlyTarget):
        return target.to(quarter, how)
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
    """Capaian (%) of a realisation against a target; None when undefined.

    (1 ± (realisation − target) / |target|) × 100: for a positive target this is exactly
    realisation / target × 100 (positive polarity) and (2 × target − realisation) / target × 100
    (negative polarity, PermenPAN-RB 8/2021); for a negative target (a growth of −5 %) a
    realisation above the target still scores above 100 % when higher is better. A target of 0
    is met (100 %) or not (0 %). `kebalikan` (target / realisation) is defined only for a
    positive target and realisation."""
    if not (math.isfinite(realisation) and math.isfinite(target)):
        return None
    if target == 0:
        met = realisation >= 0 if polarity is Polarity.POSITIVE else realisation <= 0
        return FULL if met else NOT_MET
    r, t = exact(realisation), exact(target)
    try:
        if polarity is Polarity.NEGATIVE and method is NegativeMethod.INVERSE:
            if realisation <= 0 or target < 0:
                return None
            value = t / r * 100
        else:
            change = (r - t) / abs(t)
            value = (1 + change if polarity is Polarity.POSITIVE else 1 - change) * 100
    except (ArithmeticError, InvalidOperation):
        return None
    return _float(value)


def shown(value: float) -> float:
    """The capaian as a report prints it: rounded half up to one decimal, from its decimal text
    (90,95 → 91,0). Its predikat is read from this number."""
    if not math.isfinite(value) or abs(value) >= 1e15:
        return value
    step = Decimal(1).scaleb(-DISPLAY_DECIMALS)
    return float(exact(value).quantize(step, rounding=ROUND_HALF_UP))


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
    """The predikat of a capaian as shown (`shown`): the band with the highest lower bound at or
    below it. A value below every bound takes the lowest band; above 100 % is the top band."""
    return scale(bands).grade(shown(value))


def cap(value: float, limit: float | None, floor: float | None = None) -> float:
    """Hold a capaian between the floor and the cap (either may be None: no limit)."""
    if limit is not None:
        value = min(value, limit)
    if floor is not None:
        value = max(value, floor)
    return value


# -- realisations to date --------------------------------------------------------------------


def _entries(realised: IndicatorRealisation | None, period: Period) -> list[QuarterEntry]:
    """The non-empty entries of the period's quarters, in quarter order."""
    if realised is None:
        return []
    counted = period.quarters
    entries = [e for e in realised.entries if e.quarter in counted and not e.is_empty]
    return sorted(entries, key=lambda e: counted.index(e.quarter))


def realise(
    indicator: Indicator,
    realised: IndicatorRealisation | None,
    period: Period,
    scheme: Sequence[SurveyElement] | None = None,
) -> Realised:
    """The indicator's realisation to the end of the period, by the kind of indicator; `scheme`
    is the IKM's elements and weights (by default the regulation's nine)."""
    entries = _entries(realised, period)
    if indicator.ikm:
        return _realise_ikm(indicator, entries, scheme)
    if indicator.formula is not None:
        if indicator.aggregation_given:
            return _realise_formula_per_quarter(indicator, entries)
        return _realise_formula(indicator, entries, period)
    values = [e.value for e in entries if e.value is not None]
    quarters = tuple(e.quarter for e in entries if e.value is not None)
    if indicator.aggregation is Aggregation.LAST:
        quarters = quarters[-1:]
    value = aggregate(values, indicator.aggregation)
    if values and value is None:
        return Realised(None, quarters, message("reason.too_large"))
    return Realised(value, quarters)


def mixes_periods(indicator: Indicator) -> bool:
    """Whether the rumus adds or subtracts a summed variable (a total to date) and a `terakhir`
    variable (a value written once for the whole year, such as last year's total): like with
    like only once the year is complete. A ratio of the two (spent / annual budget) is progress
    and stays defined."""
    if indicator.formula is None:
        return False
    try:
        expression = formula.parse(indicator.formula.expression)
    except formula.FormulaSyntaxError:
        return False
    last = {v.name for v in indicator.formula.variables if v.aggregation is Aggregation.LAST}
    summed = {v.name for v in indicator.formula.variables} - last
    return _mixes(expression, summed, last)


def _mixes(expression: formula.Expression, summed: set[str], last: set[str]) -> bool:
    """Whether a sum or difference in the rumus joins terms of different periods. A summed
    variable counts as one "total to date", a `terakhir` variable or a number as none; a product
    adds the counts, a quotient subtracts them, and only terms of equal count may be added:
    `(n - n1) / n1 * 100` and the same growth written `n / n1 * 100 - 100` or `(n / n1 - 1) *
    100` all subtract a whole year from a part of one. Only rumus with both kinds of variable are
    judged (`a - 100` on a total alone is left as written)."""
    if not (summed and last) or not formula.variables(expression) & last:
        return False
    return _periods(expression, summed) is None


def _periods(expression: formula.Expression, summed: set[str]) -> int | None:
    """How many totals to date the term's value scales with; None when it adds unlike terms."""
    match expression:
        case formula.Variable(name):
            return 1 if name in summed else 0
        case formula.Negate(operand):
            return _periods(operand, summed)
        case formula.BinaryOp(operator, left, right):
            a, b = _periods(left, summed), _periods(right, summed)
            if a is None or b is None:
                return None
            if operator in "+-":
                return a if a == b else None
            return a + b if operator == "*" else a - b
    return 0


def _realise_formula(
    indicator: Indicator, entries: Sequence[QuarterEntry], period: Period
) -> Realised:
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
            return Realised(
                None,
                quarters,
                message("reason.not_filled_in", name=missing[0], quarter=entry.quarter),
            )
    values: dict[str, float | None] = {}
    for variable in indicator.formula.variables:
        given = [v for e in entries if (v := e.variables.get(variable.name)) is not None]
        values[variable.name] = aggregate(given, variable.aggregation)
    variables = MappingProxyType(dict(values))
    # A total to date is like a whole-year value only once every quarter of the year is in.
    complete = [e.quarter for e in entries if all(e.variables.get(n) is not None for n in summed)]
    if complete != list(QUARTERS) and mixes_periods(indicator):
        if not complete:
            span = f"s.d. {period.name}"
        elif len(complete) == 1 or complete == list(QUARTERS[: len(complete)]):
            span = complete[0] if len(complete) == 1 else f"{complete[0]}–{complete[-1]}"
        else:
            span = ", ".join(complete)
        return Realised(None, quarters, message("reason.mixed_total", quarters=span), variables)
    return _evaluate(indicator, quarters, values)


def _evaluate(
    indicator: Indicator, quarters: tuple[str, ...], values: Mapping[str, float | None]
) -> Realised:
    assert indicator.formula is not None
    variables = MappingProxyType(dict(values))
    try:
        expression = formula.parse(indicator.formula.expression)
    except formula.FormulaSyntaxError as exc:
        return Realised(
            None, quarters, message("reason.formula_unreadable", detail=exc.message), variables
        )
    if any(v is not None and not math.isfinite(v) for v in values.values()):
        return Realised(None, quarters, message("reason.too_large"), variables)
    result = formula.evaluate(expression, values)
    if isinstance(result, formula.Undefined):
        return Realised(None, quarters, result.reason, variables)
    if not math.isfinite(result):
        return Realised(None, quarters, message("reason.too_large"), variables)
    return Realised(result, quarters, "", variables)


def _realise_formula_per_quarter(indicator: Indicator, entries: Sequence[QuarterEntry]) -> Realised:
    """`agregasi` on a formula indicator: the rumus on each quarter's own variables (a
    `terakhir` variable carries over from the quarter that last gave it), the results combined
    by the indicator's `agregasi`: `terakhir` the latest quarter's, `rata-rata` their mean,
    `jumlah` their sum."""
    assert indicator.formula is not None
    if not entries:
        return Realised(None)
    if mixes_periods(indicator):
        return Realised(
            None,
            tuple(e.quarter for e in entries),
            message("reason.mixed_quarter"),
        )
    carried: dict[str, float] = {}
    results: list[Realised] = []
    for entry in entries:
        values: dict[str, float | None] = {}
        for variable in indicator.formula.variables:
            given = entry.variables.get(variable.name)
            if given is None and variable.aggregation is Aggregation.LAST:
                given = carried.get(variable.name)
            values[variable.name] = given
            if given is not None and variable.aggregation is Aggregation.LAST:
                carried[variable.name] = given
        results.append(_evaluate(indicator, (entry.quarter,), values))
    if indicator.aggregation is Aggregation.LAST:
        return results[-1]
    failed = next((r for r in results if r.value is None), None)
    quarters = tuple(q for r in results for q in r.quarters)
    if failed is not None:
        return Realised(None, quarters, f"{failed.quarters[0]}: {failed.reason}")
    value = aggregate([r.value for r in results if r.value is not None], indicator.aggregation)
    if value is None:
        return Realised(None, quarters, message("reason.too_large"))
    return Realised(value, quarters)


def _realise_ikm(
    indicator: Indicator,
    entries: Sequence[QuarterEntry],
    scheme: Sequence[SurveyElement] | None,
) -> Realised:
    surveys = [(e.quarter, ikm.Survey(e.elements, e.respondents)) for e in entries if e.elements]
    if not surveys:
        return Realised(None)
    if indicator.aggregation is Aggregation.LAST:
        surveys = surveys[-1:]
    quarters = tuple(q for q, _ in surveys)
    elements = tuple(scheme) if scheme is not None else ikm.DEFAULT_IKM_ELEMENTS
    index = ikm.index([s for _, s in surveys], elements)
    if index is None:
        if any(e.weight is None for e in elements):
            return Realised(None, quarters, message("reason.ikm_weights"))
        return Realised(None, quarters, message("reason.ikm_elements", count=str(len(elements))))
    return Realised(index.value, quarters, "", ikm=index)


# -- one indicator, one position, the office ------------------------------------------------


def indicator_achievement(
    indicator: Indicator,
    realised: IndicatorRealisation | None,
    period: Period,
    config: Config,
) -> IndicatorAchievement:
    """An indicator's capaian at the period; every outcome is a result, never an exception."""
    planned = indicator.target(period.year)
    target = target_at(planned, period.quarter, indicator.aggregation)
    done = realise(indicator, realised, period, config.ikm_elements)

    def result(
        state: State,
        reason: str = "",
        compared: float | None = None,
        value: float | None = None,
    ) -> IndicatorAchievement:
        held = cap(value, config.cap, config.floor) if value is not None else None
        return IndicatorAchievement(
            indicator=indicator,
            period=period,
            target=target,
            realised=done,
            compared_with=compared,
            achievement=held,
            uncapped=value,
            grade=grade(held, config.grades) if held is not None else None,
            state=state,
            reason=reason,
        )

    if isinstance(planned, QuarterlyTarget):
        contradiction = planned.contradiction(summed=indicator.adds_up)
        if contradiction is not None:
            return result(State.UNDEFINED, contradiction)
    if target is None:
        # A realisation that cannot be computed says why, target or not.
        return result(State.NO_TARGET, done.reason if done.value is None else "")
    if done.value is None:
        if done.reason:
            return result(State.UNDEFINED, done.reason)
        return result(State.NO_REALISATION)
    compared = measure_against(done.value, target)
    if compared is None:
        return result(State.COMPUTED, value=FULL)
    value = ratio(done.value, compared, indicator.polarity, indicator.negative_method)
    if value is None:
        if indicator.negative_method is NegativeMethod.INVERSE and (
            done.value <= 0 or compared < 0
        ):
            reason = message("reason.inverse")
        else:
            reason = message("reason.too_large")
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
        mean = exact_mean([r.achievement or 0.0 for r in computed], weights)
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


def head_of(office: Office) -> Position | None:
    """The Kepala Dinas: the one position without `atasan` (None when there is not exactly one;
    C001 reports a second)."""
    roots = [p for p in office.positions if p.superior is None]
    return roots[0] if len(roots) == 1 else None


def office_summary(
    head: PositionAchievement | None, config: Config
) -> tuple[Summary, float | None]:
    """The office's capaian from the Kepala Dinas's indicators without `penunjang`, and their
    coverage (%); no predikat below `cakupan_minimum`."""
    if head is None:
        return Summary(None, None, 0, 0), None
    rows = [r for r in head.indicators if not r.indicator.supporting_work]
    summary = summarise(rows, config.grades)
    coverage = 100.0 * summary.with_data / summary.total if summary.total else None
    if coverage is None or coverage < config.coverage:
        summary = Summary(
            summary.achievement, None, summary.with_data, summary.total, summary.weighted
        )
    return summary, coverage


def office_achievement(
    office: Office, period: Period, position_ids: Sequence[str] | None = None
) -> OfficeAchievement:
    """Every position's capaian (or only those named), in id order, with the office's capaian
    (from the Kepala Dinas's indicators) and the mean of the positions' means."""
    wanted = None if position_ids is None else set(position_ids)
    positions = tuple(
        position_achievement(p, office, period)
        for p in office.positions
        if wanted is None or p.id in wanted
    )
    means = [p.summary.achievement for p in positions if p.summary.achievement is not None]
    mean = exact_mean(means, [1.0] * len(means)) if means else None
    position_mean = Summary(
        achievement=mean,
        grade=grade(mean, office.config.grades) if mean is not None else None,
        with_data=sum(p.summary.with_data for p in positions),
        total=sum(p.summary.total for p in positions),
    )
    head_position = head_of(office)
    head = None
    if head_position is not None:
        head = next((p for p in positions if p.position.id == head_position.id), None)
        if head is None:
            head = position_achievement(head_position, office, period)
    summary, coverage = office_summary(head, office.config)
    return OfficeAchievement(
        organisation=office.config.organisation,
        period=period,
        positions=positions,
        summary=summary,
        positions_with_data=len(means),
        cap=office.config.cap,
        head=head,
        position_mean=position_mean,
        coverage=coverage,
        minimum_coverage=office.config.coverage,
        floor=office.config.floor,
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
