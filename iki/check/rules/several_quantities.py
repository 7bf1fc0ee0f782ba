"""An indicator measures one quantity.

"Jumlah kendaraan yang dipelihara dan jumlah sopir" is two indicators in one row: they have
different units, so the row can have neither one unit nor one target, and its achievement cannot
be computed. Split the row, or name the one quantity that matters.

**Bad**

```yaml
kinerja:
  - id: kendaraan-sopir
    sasaran: Penyediaan jasa pemeliharaan kendaraan dinas
    indikator: Jumlah kendaraan yang dipelihara dan jumlah sopir
```

**Good**

```yaml
kinerja:
  - id: kendaraan-terpelihara
    sasaran: Penyediaan jasa pemeliharaan kendaraan dinas
    indikator: Jumlah kendaraan dinas yang dipelihara
    satuan: kendaraan
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import COUNTING_WORDS
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q104", "indicator.several_quantities", Severity.WARNING, __doc__)


# A counting word that opens the text or a new item of a list: "…, jumlah …", "… dan jumlah …".
# "Persentase jumlah izin" counts once.
_OPENING = re.compile(
    r"(?:^|[,;/]|\b(?:dan|serta|atau)\b)\s*(" + "|".join(sorted(COUNTING_WORDS)) + r")\b",
    re.IGNORECASE,
)


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        counted = [m.group(1).lower() for m in _OPENING.finditer(indicator.name.strip())]
        if len(counted) > 1:
            yield RULE.at(
                position,
                indicator,
                "indikator",
                say("Q104", id=indicator.id, count=len(counted), quantities=tuple(counted)),
            )
