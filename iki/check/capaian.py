"""Checks of what capaian is computed from (codes K0xx): the rules of docs/capaian.md that a file
can contradict.

- K001 a percentage, index or ratio summed across quarters (`agregasi: jumlah`): the file says
  so, so `iki` sums, but 80 % and 90 % do not make 170 %;
- K002 quarterly targets that do not say whether they are cumulative or per quarter;
- K003 quarterly targets whose series contradicts their kind (a cumulative target that falls,
  or one repeated without `jenis`): no capaian is computed from them;
- K004 IKM elements in iki.yaml whose weights are unreadable or do not sum to exactly 1;
- K006 `batas_bawah_capaian` above `batas_capaian` in iki.yaml;
- K007 a position whose every indicator weighs `bobot: 0`: its mean has no weight to divide by.

K005 (an IKM survey with a different number of elements) is checked with the realisations, in
`iki.check.realisations`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from iki.diagnostics import Diagnostic, JsonPath, Severity
from iki.load.workspace import Workspace
from iki.messages import Said, say
from iki.model import Aggregation, Indicator, QuarterlyTarget


def _path(indicator: Indicator, *rest: str) -> JsonPath:
    return ("kinerja", indicator.index, *rest)


def _finding(file: str, path: JsonPath, severity: Severity, said: Said) -> Diagnostic:
    return Diagnostic.of(file, severity, said, path)


def aggregation(workspace: Workspace) -> Iterator[Diagnostic]:
    """K001: `agregasi: jumlah` on a percentage, index or ratio."""
    for position in workspace.office.positions:
        for indicator in position.indicators:
            if (
                indicator.rate
                and not indicator.ikm  # surveys are pooled per element, never summed
                and indicator.aggregation_given
                and indicator.aggregation is Aggregation.SUM
            ):
                yield _finding(
                    position.file,
                    _path(indicator, "agregasi"),
                    Severity.WARNING,
                    say("K001", id=indicator.id),
                )


def quarterly_targets(workspace: Workspace) -> Iterator[Diagnostic]:
    """K002 and K003: quarterly targets say their kind, and their series agrees with it."""
    for position in workspace.office.positions:
        for indicator in position.indicators:
            for year, target in sorted(indicator.targets.items()):
                if not isinstance(target, QuarterlyTarget):
                    continue
                path = _path(indicator, "target", str(year))
                problem = target.contradiction(summed=indicator.adds_up)
                if problem is not None:
                    yield _finding(
                        position.file,
                        path,
                        Severity.ERROR,
                        say("K003", year=str(year), id=indicator.id, problem=problem),
                    )
                elif target.kind is None:
                    yield _finding(
                        position.file,
                        path,
                        Severity.WARNING,
                        say("K002", year=str(year), id=indicator.id),
                    )


def survey_weights(workspace: Workspace) -> Iterator[Diagnostic]:
    """K004: the IKM elements' weights are readable and sum to exactly 1."""
    config = workspace.office.config
    elements = config.ikm_elements
    for n, element in enumerate(elements):
        if element.weight is None or element.weight <= 0:
            key = "K004.unreadable" if element.weight is None else "K004.not_positive"
            yield _finding(
                config.file,
                ("ikm_unsur", n, "bobot"),
                Severity.ERROR,
                say(key, name=element.name),
            )
    weights = [e.weight for e in elements]
    if any(w is None for w in weights):
        return
    total = sum((w for w in weights if w is not None), Fraction(0))
    if total != 1:
        yield _finding(
            config.file,
            ("ikm_unsur",),
            Severity.ERROR,
            say("K004", total=_decimal(total)),
        )
    names = [e.name for e in elements]
    for n, name in enumerate(names):
        if name in names[:n]:
            yield _finding(
                config.file,
                ("ikm_unsur", n, "unsur"),
                Severity.ERROR,
                say("K004.twice", name=name),
            )


def _decimal(value: Fraction) -> str:
    """0,999 as an Indonesian reader writes it: six decimals, or more when six would round a
    sum that is not 1 to "1" (0,9999999), so that the message never says "berjumlah 1"."""
    for places in range(6, 19):
        rounded = round(value, places)
        if rounded == value or rounded != 1:
            break
    else:  # within 10⁻¹⁸ of 1: cut towards the value instead of rounding to 1
        scale = 10**places
        cut = math.floor(value * scale) if value < 1 else math.ceil(value * scale)
        rounded = Fraction(cut, scale)
    exact = Decimal(rounded.numerator) / Decimal(rounded.denominator)
    text = f"{exact:.{places}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def limits(workspace: Workspace) -> Iterator[Diagnostic]:
    """K006: the floor of capaian is not above its cap."""
    config = workspace.office.config
    if config.cap is not None and config.floor is not None and config.floor > config.cap:
        yield _finding(
            config.file,
            ("batas_bawah_capaian",),
            Severity.ERROR,
            say("K006", floor=config.floor, cap=config.cap),
        )


def weights(workspace: Workspace) -> Iterator[Diagnostic]:
    """K007: a position's `bobot` do not all weigh 0 (a row without `bobot` weighs 1)."""
    for position in workspace.office.positions:
        rows = position.indicators
        given = [i.weight for i in rows if i.weight is not None]
        if rows and len(given) == len(rows) and all(w == 0 for w in given):
            yield _finding(
                position.file,
                _path(rows[0], "bobot"),
                Severity.ERROR,
                say("K007", id=position.id),
            )
