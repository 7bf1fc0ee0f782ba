"""An indicator has a unit.

Without `satuan` a target of "12" can be twelve documents, twelve per cent or twelve days, and
the realisations cannot be checked against it.

**Bad**

```yaml
kinerja:
  - id: makan-minum
    sasaran: Penyediaan makanan dan minuman rapat
    indikator: Jumlah makan minum yang disediakan
```

**Good**

```yaml
kinerja:
  - id: makan-minum
    sasaran: Penyediaan makanan dan minuman rapat
    indikator: Jumlah kotak makan minum yang disediakan
    satuan: kotak
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import blank
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q106", "indicator.no_unit", Severity.WARNING, __doc__)


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        if blank(indicator.unit):
            yield RULE.at(
                position,
                indicator,
                "satuan",
                say("Q106", id=indicator.id),
            )
