"""A percentage's formula multiplies by 100.

With `satuan: persen` the target is written as 90 for 90 %; a `rumus` that stops at the
fraction ("diterbitkan / seluruh") yields 0.9, and the achievement comes out a hundred times too
small. The rule reports percentages whose `rumus` divides but never multiplies by 100.

**Bad**

```yaml
kinerja:
  - id: izin-sesuai-sop
    sasaran: Meningkatnya pelayanan perizinan
    indikator: Persentase izin yang diterbitkan sesuai SOP
    satuan: persen
    rumus:
      ekspresi: sesuai_sop / diterbitkan
      variabel:
        sesuai_sop: {uraian: Izin yang diterbitkan sesuai SOP, satuan: izin}
        diterbitkan: {uraian: Seluruh izin yang diterbitkan, satuan: izin}
```

**Good**

```yaml
kinerja:
  - id: izin-sesuai-sop
    sasaran: Meningkatnya pelayanan perizinan
    indikator: Persentase izin yang diterbitkan sesuai SOP
    satuan: persen
    rumus:
      ekspresi: sesuai_sop / diterbitkan * 100
      variabel:
        sesuai_sop: {uraian: Izin yang diterbitkan sesuai SOP, satuan: izin}
        diterbitkan: {uraian: Seluruh izin yang diterbitkan, satuan: izin}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki import formula
from iki.check.rules import ratios
from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import is_percentage
from iki.diagnostics import Diagnostic, Severity
from iki.formula import BinaryOp, Number
from iki.messages import say
from iki.model import Office

RULE = Rule("Q113", "formula.percentage_not_times_100", Severity.WARNING, __doc__)


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        tree = ratios.expression(indicator)
        if (
            tree is None
            or not is_percentage(indicator.name, indicator.unit)
            or next(ratios.divisions(tree), None) is None
            or ratios.has_number(tree, 100)
        ):
            continue
        yield RULE.at(
            position,
            indicator,
            "rumus.ekspresi",
            say("Q113", id=indicator.id, formula=formula.to_text(BinaryOp("*", tree, Number(100)))),
        )
