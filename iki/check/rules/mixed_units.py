"""The two sides of a ratio are in the same unit.

A percentage compares a part with its whole, so both are counted in the same unit: permits over
permits, staff over staff. "Jumlah yang mengikuti bintek (orang) / Anggaran yang tersedia
(rupiah) × 100" divides people by money: the result is not a percentage of anything, and no
target can be set for it. The rule compares the `satuan` of the variables on each side of every
`/` in the `rumus`; a side with a variable without `satuan` is not judged.

A rate of different units is legitimate when the indicator says so in its own unit
(`satuan: rupiah/orang` or `rupiah per orang`); such indicators are not reported.

**Bad**

```yaml
kinerja:
  - id: aparatur-disiplin
    sasaran: Meningkatnya disiplin aparatur
    indikator: Persentase aparatur yang memenuhi peraturan disiplin aparatur
    satuan: persen
    rumus:
      ekspresi: mengikuti_bintek / anggaran * 100
      variabel:
        mengikuti_bintek: {uraian: Jumlah yang mengikuti bintek, satuan: orang}
        anggaran: {uraian: Anggaran yang tersedia, satuan: rupiah}
```

**Good**

```yaml
kinerja:
  - id: aparatur-disiplin
    sasaran: Meningkatnya disiplin aparatur
    indikator: Persentase aparatur yang memenuhi peraturan disiplin aparatur
    satuan: persen
    rumus:
      ekspresi: disiplin / seluruh * 100
      variabel:
        disiplin: {uraian: Aparatur tanpa pelanggaran disiplin, satuan: orang}
        seluruh: {uraian: Seluruh aparatur, satuan: orang}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki import formula
from iki.check.rules import ratios
from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import normal_unit
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q111", "formula.mixed_units", Severity.WARNING, __doc__)


def _declares_rate(unit: str | None) -> bool:
    text = normal_unit(unit)
    return "/" in text or " per " in f" {text} "


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        tree = ratios.expression(indicator)
        if tree is None or _declares_rate(indicator.unit):
            continue
        for division in ratios.divisions(tree):
            top = ratios.units(indicator, division.left)
            bottom = ratios.units(indicator, division.right)
            if not top or not bottom or top == bottom:
                continue
            yield RULE.at(
                position,
                indicator,
                "rumus.ekspresi",
                say(
                    "Q111",
                    id=indicator.id,
                    top=_side(division.left, top),
                    bottom=_side(division.right, bottom),
                ),
            )
            break


def _side(side: formula.Expression, units: frozenset[str]) -> str:
    return f"{formula.to_text(side)} ({', '.join(sorted(units))})"
