"""An indicator has a target for the project's year.

The year is `tahun` in `iki.yaml`. Without a target for it the indicator's achievement cannot be
computed and the report shows "belum ada target". A quarterly target counts as set when any
quarter has a number.

**Bad**

```yaml
kinerja:
  - id: pameran-investasi
    sasaran: Terselenggaranya pameran investasi
    indikator: Jumlah pameran investasi yang diikuti
    satuan: kali
    target:
      2025: null
```

**Good**

```yaml
kinerja:
  - id: pameran-investasi
    sasaran: Terselenggaranya pameran investasi
    indikator: Jumlah pameran investasi yang diikuti
    satuan: kali
    target:
      2025: 2
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office, QuarterlyTarget

RULE = Rule("Q108", "indicator.no_target", Severity.WARNING, __doc__)


def check(office: Office) -> Iterator[Diagnostic]:
    year = office.config.year
    for position, indicator in each_indicator(office):
        target = indicator.target(year)
        if isinstance(target, QuarterlyTarget) and any(q is not None for q in target.quarters):
            continue
        if target is not None and not isinstance(target, QuarterlyTarget):
            continue
        key = "Q108" if year in indicator.targets else "Q108.missing"
        yield RULE.finding(
            position.file,
            ("kinerja", indicator.index, "target", str(year)),
            say(key, year=str(year), id=indicator.id),
        )
