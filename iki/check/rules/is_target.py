"""An indicator is not a target.

"2 dokumen" or "1 laporan" in the indicator column is a target (a number and a unit) written
where the indicator belongs: the row then says how much, but not of what. The number belongs in
`target`, the unit in `satuan`, and the indicator names what is counted.

**Bad**

```yaml
kinerja:
  - id: pra-fs
    sasaran: Jumlah pra FS yang dibuat
    indikator: 2 dokumen
```

**Good**

```yaml
kinerja:
  - id: pra-fs
    sasaran: Tersusunnya pra studi kelayakan investasi infrastruktur
    indikator: Jumlah pra FS yang dibuat
    satuan: dokumen
    target: {2025: 2}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import looks_like_target
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q102", "indicator.is_target", Severity.WARNING, __doc__)


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        if looks_like_target(indicator.name):
            yield RULE.at(
                position,
                indicator,
                "indikator",
                say("Q102", id=indicator.id, text=indicator.name.strip()),
            )
