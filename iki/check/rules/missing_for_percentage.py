"""A percentage has a formula.

A percentage ("Persentase …", or `satuan: persen`) is a part over a whole; unless the form says
which part and which whole, every reader computes it differently. Write it as `rumus`, with each
variable's description and unit. (When the penjelasan already states the computation in words,
Q110 reports the row instead; Indeks Kepuasan Masyarakat rows, `ikm: true`, are computed by the
regulation's method and need no formula.)

**Bad**

```yaml
kinerja:
  - id: izin-tepat-waktu
    sasaran: Meningkatnya pelayanan perizinan
    indikator: Persentase izin yang terbit tepat waktu
    satuan: persen
```

**Good**

```yaml
kinerja:
  - id: izin-tepat-waktu
    sasaran: Meningkatnya pelayanan perizinan
    indikator: Persentase izin yang terbit tepat waktu
    satuan: persen
    rumus:
      ekspresi: tepat_waktu / seluruh * 100
      variabel:
        tepat_waktu: {uraian: Izin yang terbit sesuai waktu dalam SOP, satuan: izin}
        seluruh: {uraian: Seluruh izin yang terbit, satuan: izin}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.ratios import states_computation
from iki.check.rules.wording import is_percentage
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q109", "formula.missing_for_percentage", Severity.WARNING, __doc__)


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        if (
            is_percentage(indicator.name, indicator.unit)
            and indicator.formula is None
            and not indicator.ikm
            and not states_computation(indicator.explanation)
        ):
            yield RULE.at(
                position,
                indicator,
                "indikator",
                say("Q109", id=indicator.id),
            )
